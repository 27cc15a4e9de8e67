import { isAppUrl } from '../origin';

/** The part of an IPC event the sender check reads (IpcMainInvokeEvent). */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

/**
 * Whether an IPC call comes from one of the app's own pages: the calling frame's URL must be
 * on the app's scheme and host. Frames that are gone, remote pages, file:// and data: URLs
 * are refused.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

export function senderUrl(event: SenderEvent): string {
  return event.senderFrame?.url ?? '(a frame that is gone)';
}
