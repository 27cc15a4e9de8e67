import type { Notice } from './contract';
import { decodeFile, describeIssues, type FileSpec, type StoreName } from './store-migrations';

/** The part of `Storage` the browser stores use (a Map-backed fake stands in for it in tests). */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type NoticeSink = (n: Omit<Notice, 'id' | 'message'>) => void;

export const PREFIX = 'shopdojo.';
export const keyOf = (name: StoreName) => `${PREFIX}${name}`;
export const backupKeyOf = (name: StoreName) => `${PREFIX}backup.${name}`;
export const quarantineKeyOf = (name: StoreName, at: string) => `${PREFIX}quarantine.${name}.${at}`;

type Read =
  | { ok: true; data: unknown; text: string }
  | { ok: false; problem: Notice['problem']; detail: string };

function readKey(kv: KeyValue, key: string): Read {
  const text = kv.getItem(key);
  if (text === null) return { ok: false, problem: 'missing', detail: 'no saved copy' };
  if (text.trim() === '') return { ok: false, problem: 'empty', detail: 'the saved copy is empty' };
  try {
    return { ok: true, data: JSON.parse(text) as unknown, text };
  } catch (err) {
    return {
      ok: false,
      problem: 'invalid-json',
      detail: err instanceof Error ? err.message : 'bad JSON',
    };
  }
}

/**
 * One persisted "file" in browser storage, with the shell's rules: checked with zod and migrated
 * on first read; a damaged entry is moved aside (quarantined under its own key, never deleted),
 * the last good copy restored if there is one, and the player told through a notice. A newer
 * version's entry is left untouched and the store turns read-only.
 */
export class LocalStore<T> {
  private data: T | undefined;
  readOnly = false;

  constructor(
    private readonly kv: KeyValue,
    private readonly spec: FileSpec<T>,
    private readonly notify: NoticeSink,
    private readonly now: () => Date,
  ) {}

  get(): T {
    this.data ??= this.load();
    return this.data;
  }

  /** Validates and writes `next`; returns an error message and changes nothing when it cannot. */
  save(next: T): string | undefined {
    this.get();
    if (this.readOnly) return `${this.spec.name}: this file is read-only now`;
    const checked = this.spec.schema.safeParse(next);
    if (!checked.success) return `${this.spec.name}: ${describeIssues(checked.error)}`;
    const key = keyOf(this.spec.name);
    const previous = this.kv.getItem(key);
    try {
      // The copy being replaced was good (it passed the checks): it becomes the backup.
      if (previous !== null) this.kv.setItem(backupKeyOf(this.spec.name), previous);
      this.kv.setItem(key, JSON.stringify(checked.data));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.notify({
        kind: 'save-failed',
        problem: 'write-failed',
        file: this.spec.name,
        at: this.stamp(),
        detail,
      });
      return `${this.spec.name}: ${detail}`;
    }
    this.data = checked.data;
    return undefined;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private load(): T {
    const { name } = this.spec;
    const read = readKey(this.kv, keyOf(name));
    if (!read.ok && read.problem === 'missing') return this.spec.empty();
    if (read.ok) {
      const decoded = decodeFile(this.spec, read.data);
      if (decoded.ok) {
        if (decoded.fromVersion < this.spec.version) {
          // Keep the pre-migration copy as the backup, then store the migrated file.
          this.kv.setItem(backupKeyOf(name), read.text);
          this.kv.setItem(keyOf(name), JSON.stringify(decoded.data));
        }
        return decoded.data;
      }
      if (decoded.problem === 'newer-version') {
        this.readOnly = true;
        this.notify({
          kind: 'newer-version',
          problem: 'newer-version',
          file: name,
          at: this.stamp(),
          detail: decoded.message,
        });
        return this.spec.empty();
      }
      return this.recover('schema-invalid', decoded.message);
    }
    return this.recover(read.problem, read.detail);
  }

  private recover(problem: Notice['problem'], detail: string): T {
    const { name } = this.spec;
    const at = this.stamp();
    const quarantinedPath = quarantineKeyOf(name, at);
    this.kv.setItem(quarantinedPath, this.kv.getItem(keyOf(name)) ?? '');
    this.kv.removeItem(keyOf(name));
    const backup = readKey(this.kv, backupKeyOf(name));
    const decoded = backup.ok ? decodeFile(this.spec, backup.data) : undefined;
    if (decoded?.ok) {
      this.notify({ kind: 'restored-backup', problem, file: name, at, detail, quarantinedPath });
      this.kv.setItem(keyOf(name), JSON.stringify(decoded.data));
      return decoded.data;
    }
    this.notify({ kind: 'started-empty', problem, file: name, at, detail, quarantinedPath });
    return this.spec.empty();
  }
}
