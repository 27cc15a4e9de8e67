import type { Notice } from '../../src/platform/contract';

export type NoticeInput = Omit<Notice, 'id' | 'message'>;

/** The notice in plain English, for logs; the renderer builds its own localised text. */
export function noticeMessage(n: NoticeInput): string {
  const kept = n.quarantinedPath ? ` The damaged copy is kept at ${n.quarantinedPath}.` : '';
  switch (n.kind) {
    case 'restored-backup':
      return `Your ${n.file} file was damaged (${n.detail}); we restored the backup from ${n.backupAt ?? 'an unknown time'}.${kept}`;
    case 'started-empty':
      return `Your ${n.file} file was damaged (${n.detail}) and no good backup was found, so it starts empty.${kept}`;
    case 'newer-version':
      return `Your ${n.file} file was written by a newer version of ShopDojo (${n.detail}). It is left untouched, and changes made now are not saved to it.`;
    case 'save-failed':
      return `Could not save your ${n.file} file (${n.detail}); the last saved copy is unchanged.`;
  }
}

/** Notices waiting for the renderer: `take()` hands them over once. */
export class NoticeQueue {
  private queue: Notice[] = [];
  private seq = 0;

  push(input: NoticeInput): Notice {
    this.seq += 1;
    const notice: Notice = { id: `n${this.seq}`, ...input, message: noticeMessage(input) };
    this.queue.push(notice);
    return notice;
  }

  take(): Notice[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  peek(): readonly Notice[] {
    return this.queue;
  }
}
