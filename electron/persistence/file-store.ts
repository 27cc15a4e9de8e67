import ElectronStore from 'electron-store';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Notice } from '../../src/platform/contract';
import {
  decodeFile,
  describeIssues,
  type FileSpec,
  type StoreName,
} from '../../src/platform/store-migrations';
import { Backups } from './backups';
import type { NoticeQueue } from './notices';
import { quarantineFile } from './quarantine';
import { readStoreFile } from './read-file';
import type { Clock } from './stamp';

export interface FileStoreOptions<T> {
  /** The folder every store file lives in (absolute). */
  dir: string;
  spec: FileSpec<T>;
  now: Clock;
  notices: NoticeQueue;
  /** Good copies kept in `backups/` (default 5). */
  keepBackups?: number;
  /** A save writes a backup when the newest is at least this old (default 5 minutes; 0: every save). */
  backupEveryMs?: number;
}

export type SaveResult =
  { ok: true } | { ok: false; code: 'read-only' | 'write-failed' | 'invalid'; message: string };

interface Loaded<T> {
  data: T;
  readOnly: boolean;
  /** The file on disk must be rewritten (migrated, or restored from a backup). */
  rewrite: boolean;
}

const serialize = (data: unknown) => JSON.stringify(data, undefined, '\t');
const codeOf = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);

/**
 * One persisted file: read and checked once at start-up (zod + our migrations), then kept in
 * memory and written through electron-store, whose writes are atomic (conf writes a temporary
 * file and renames it over the old one, via `atomically`). A damaged file is quarantined and
 * the newest good backup restored, and the player is told — never a silent reset.
 */
export class FileStore<T> {
  readonly name: StoreName;
  readonly path: string;
  readonly readOnly: boolean;
  private data: T;
  private readonly backups: Backups;
  private readonly writer: ElectronStore<Record<string, unknown>> | undefined;
  private lastBackup: number;

  constructor(private readonly opts: FileStoreOptions<T>) {
    this.name = opts.spec.name;
    this.path = join(opts.dir, `${this.name}.json`);
    this.backups = new Backups(
      join(opts.dir, 'backups'),
      this.name,
      opts.keepBackups ?? 5,
      opts.now,
    );
    const loaded = this.load();
    this.data = loaded.data;
    this.lastBackup = Date.parse(this.backups.list()[0]?.at ?? '1970-01-01T00:00:00Z');
    this.writer = loaded.readOnly ? undefined : this.openWriter();
    this.readOnly = !this.writer;
    if (this.writer && loaded.rewrite) this.write(this.data);
  }

  private openWriter(): ElectronStore<Record<string, unknown>> | undefined {
    try {
      return new ElectronStore<Record<string, unknown>>({
        cwd: this.opts.dir,
        name: this.name,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        watch: false,
      });
    } catch (err) {
      // E.g. a folder the game may not write to: play on from memory, and say so.
      this.notify({ kind: 'save-failed', problem: 'write-failed', detail: codeOf(err) });
      return undefined;
    }
  }

  get(): T {
    return this.data;
  }

  /** Validates and writes `next`; the file and memory stay as they were when that fails. */
  save(next: T): SaveResult {
    if (this.readOnly || !this.writer)
      return { ok: false, code: 'read-only', message: `${this.name}: this file is read-only now` };
    const checked = this.opts.spec.schema.safeParse(next);
    if (!checked.success)
      return {
        ok: false,
        code: 'invalid',
        message: `${this.name}: ${describeIssues(checked.error)}`,
      };
    return this.write(checked.data);
  }

  private write(data: T): SaveResult {
    try {
      (this.writer as ElectronStore<Record<string, unknown>>).store = data as Record<
        string,
        unknown
      >;
    } catch (err) {
      this.notify({ kind: 'save-failed', problem: 'write-failed', detail: codeOf(err) });
      return { ok: false, code: 'write-failed', message: `${this.name}: ${codeOf(err)}` };
    }
    this.data = data;
    const now = this.opts.now().getTime();
    if (now - this.lastBackup >= (this.opts.backupEveryMs ?? 5 * 60_000))
      this.backup(serialize(data));
    return { ok: true };
  }

  private backup(text: string): void {
    try {
      this.backups.write(text);
      this.lastBackup = this.opts.now().getTime();
    } catch {
      // A backup that cannot be written leaves the saved file itself as it is.
    }
  }

  private notify(n: Omit<Notice, 'id' | 'message' | 'file' | 'at'>): void {
    this.opts.notices.push({ ...n, file: this.name, at: this.opts.now().toISOString() });
  }

  private load(): Loaded<T> {
    const { spec } = this.opts;
    const read = readStoreFile(this.path);
    if (read.state === 'missing')
      return this.backups.list().length > 0
        ? this.recover('missing', 'the file was missing')
        : { data: spec.empty(), readOnly: false, rewrite: false };
    if (read.state === 'bad') return this.recover(read.problem, read.detail);
    const decoded = decodeFile(spec, read.value);
    if (decoded.ok) {
      // The copy as found is a good backup: before a migration, or when it differs from the last.
      const newest = this.backups.list()[0];
      if (!newest || readFileSync(newest.path, 'utf8') !== read.text) this.backup(read.text);
      return { data: decoded.data, readOnly: false, rewrite: decoded.fromVersion < spec.version };
    }
    if (decoded.problem === 'newer-version') {
      this.notify({ kind: 'newer-version', problem: 'newer-version', detail: decoded.message });
      return { data: spec.empty(), readOnly: true, rewrite: false };
    }
    return this.recover('schema-invalid', decoded.message);
  }

  private recover(problem: Notice['problem'], detail: string): Loaded<T> {
    let quarantinedPath: string | undefined;
    let readOnly = false;
    if (problem !== 'missing') {
      try {
        quarantinedPath = quarantineFile(
          this.path,
          join(this.opts.dir, 'quarantine'),
          this.opts.now,
        );
      } catch (err) {
        // Never write over a damaged file we could not set aside: run from memory this time.
        readOnly = true;
        detail = `${detail}; it could not be moved aside (${codeOf(err)}), so nothing is saved over it`;
      }
    }
    const where = quarantinedPath ? { quarantinedPath } : {};
    for (const backup of this.backups.list()) {
      const read = readStoreFile(backup.path);
      const decoded = read.state === 'parsed' ? decodeFile(this.opts.spec, read.value) : undefined;
      if (!decoded?.ok) continue;
      this.notify({ kind: 'restored-backup', problem, detail, backupAt: backup.at, ...where });
      return { data: decoded.data, readOnly, rewrite: !readOnly };
    }
    this.notify({ kind: 'started-empty', problem, detail, ...where });
    return { data: this.opts.spec.empty(), readOnly, rewrite: !readOnly };
  }
}
