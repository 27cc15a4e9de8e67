import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { ALL_COMMAND_TYPES, BOT_LEVELS, ROLES } from '../sim/ids';
import type { StreamEntry } from './stream';

/**
 * One team's append-only journal: a JSON line per record. The first line is the header
 * (scenario, version, seed, seats); then every stream entry the host applied, in order. A seat
 * claim also keeps a hash of the seat's key, so a restarted host can hand the seat back.
 * Lines are written with one `write` each; a torn last line (the host killed mid-write) is
 * dropped on reading, the lines before it are kept.
 */

const SEAT_ROLES = [...ROLES, 'trainer'] as const;

const seatDefSchema = z.strictObject({
  id: z.string(),
  role: z.enum(SEAT_ROLES),
  bot: z.enum(BOT_LEVELS).optional(),
});

export const journalHeaderSchema = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(1),
  code: z.string(),
  team: z.number().int().min(1),
  scenario: z.strictObject({ id: z.string(), version: z.number().int() }),
  seed: z.number().int(),
  seats: z.array(seatDefSchema),
});
export type JournalHeader = z.infer<typeof journalHeaderSchema>;

const base = { seq: z.number().int().min(1), tick: z.number().int().min(0) };
const entrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('cmd'),
    cid: z.string(),
    command: z.strictObject({
      seat: z.string(),
      role: z.enum(SEAT_ROLES),
      type: z.enum(ALL_COMMAND_TYPES),
      payload: z.record(z.string(), z.unknown()),
    }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('seat'),
    seat: z.string(),
    bot: z.enum(BOT_LEVELS).nullable(),
    name: z.string().optional(),
    keyHash: z.string().optional(),
  }),
  z.strictObject({ ...base, kind: z.literal('pace'), paused: z.boolean(), speed: z.number() }),
  z.strictObject({ ...base, kind: z.literal('checkpoint'), hash: z.string() }),
]);
/** A journalled entry: a stream entry, plus the seat key's hash on a seat claim. */
export type JournalEntry = StreamEntry & { keyHash?: string };

export interface JournalContents {
  header: JournalHeader;
  entries: JournalEntry[];
}

/** Reads a journal; a malformed line other than a torn last one is an error naming the line. */
export function readJournal(path: string): JournalContents {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const parsed: unknown[] = [];
  lines.forEach((line, i) => {
    try {
      parsed.push(JSON.parse(line));
    } catch {
      if (i < lines.length - 1) throw new Error(`${path}:${i + 1}: not a JSON line`);
    }
  });
  const header = journalHeaderSchema.safeParse(parsed[0]);
  if (!header.success) throw new Error(`${path}:1: not a journal header (${header.error.message})`);
  const entries: JournalEntry[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const e = entrySchema.safeParse(parsed[i]);
    if (!e.success) throw new Error(`${path}:${i + 1}: bad journal entry (${e.error.message})`);
    entries.push(e.data);
  }
  return { header: header.data, entries };
}

/** An open journal file that only ever grows. */
export class JournalWriter {
  private fd: number | null;

  private constructor(fd: number) {
    this.fd = fd;
  }

  /** Starts a new journal with its header (refuses to overwrite one). */
  static create(path: string, header: JournalHeader): JournalWriter {
    if (existsSync(path)) throw new Error(`${path}: a journal is already there`);
    const w = new JournalWriter(openSync(path, 'a'));
    w.write(header);
    w.sync();
    return w;
  }

  /** Reopens an existing journal to go on appending after a restart. */
  static reopen(path: string): JournalWriter {
    // A torn last line must not glue onto the next record: start on a fresh line.
    const text = readFileSync(path, 'utf8');
    const w = new JournalWriter(openSync(path, 'a'));
    if (text.length > 0 && !text.endsWith('\n')) w.raw('\n');
    return w;
  }

  write(record: JournalHeader | JournalEntry): void {
    this.raw(JSON.stringify(record) + '\n');
  }

  /** Flushes to the disk: after checkpoints and pace changes, the points a restart resumes. */
  sync(): void {
    if (this.fd !== null) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }

  private raw(text: string): void {
    if (this.fd === null) throw new Error('journal closed');
    writeSync(this.fd, text);
  }
}
