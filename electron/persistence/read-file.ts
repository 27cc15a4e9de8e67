import { readFileSync } from 'node:fs';

export type FileProblem = 'empty' | 'invalid-json' | 'unreadable';

export type ReadResult =
  | { state: 'missing' }
  | { state: 'parsed'; text: string; value: unknown }
  | { state: 'bad'; problem: FileProblem; detail: string };

const errorCode = (err: unknown): string =>
  typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'unknown error';

/**
 * Reads and parses one JSON store file without trusting it: a missing file, an empty one, one
 * that is not JSON (truncated by a crash or a full disk) and one that cannot be read at all
 * are told apart, so the caller can say what happened.
 */
export function readStoreFile(path: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { state: 'missing' };
    return { state: 'bad', problem: 'unreadable', detail: `cannot be read (${errorCode(err)})` };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { state: 'bad', problem: 'empty', detail: 'the file is empty' };
  try {
    return { state: 'parsed', text, value: JSON.parse(body) as unknown };
  } catch {
    // JSON.parse quotes the file around the failure; the file's content stays out of messages.
    return {
      state: 'bad',
      problem: 'invalid-json',
      detail: `not valid JSON (${body.length} characters; cut short or damaged)`,
    };
  }
}
