import { writeFileSync } from 'atomically';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromStamp, STAMP_PATTERN, toStamp, type Clock } from './stamp';

export interface BackupFile {
  path: string;
  /** When the backup was written (ISO). */
  at: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rotating backups of one store file: `backups/<name>.<stamp>[~n].json`, the newest `keep`
 * kept. Each copy is written atomically, so a crash never leaves half a backup.
 */
export class Backups {
  private readonly pattern: RegExp;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly keep: number,
    private readonly now: Clock,
  ) {
    this.pattern = new RegExp(`^${escapeRe(name)}\\.(${STAMP_PATTERN})(?:~(\\d+))?\\.json$`);
  }

  /** Newest first. */
  list(): BackupFile[] {
    if (!existsSync(this.dir)) return [];
    const found: { path: string; stamp: string; n: number; at: string }[] = [];
    for (const file of readdirSync(this.dir)) {
      const m = this.pattern.exec(file);
      const at = m?.[1] ? fromStamp(m[1]) : undefined;
      if (!m?.[1] || at === undefined) continue;
      found.push({ path: join(this.dir, file), stamp: m[1], n: Number(m[2] ?? 0), at });
    }
    found.sort((a, b) => (a.stamp === b.stamp ? b.n - a.n : a.stamp < b.stamp ? 1 : -1));
    return found.map(({ path, at }) => ({ path, at }));
  }

  /** Writes a new backup and drops the oldest beyond `keep`. Returns the new backup. */
  write(text: string): BackupFile {
    mkdirSync(this.dir, { recursive: true });
    const date = this.now();
    const stamp = toStamp(date);
    let path = join(this.dir, `${this.name}.${stamp}.json`);
    for (let n = 1; existsSync(path); n++) path = join(this.dir, `${this.name}.${stamp}~${n}.json`);
    writeFileSync(path, text);
    for (const old of this.list().slice(this.keep)) rmSync(old.path, { force: true });
    return { path, at: date.toISOString() };
  }
}
