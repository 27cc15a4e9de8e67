import type { IpcError } from '../../src/platform/contract';
import type { SaveResult } from '../persistence/file-store';

/** An expected refusal a handler throws; the dispatcher turns it into `{ ok: false, error }`. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/** Throws the IpcFailure a failed save stands for. */
export function saved(result: SaveResult): void {
  if (result.ok) return;
  throw new IpcFailure(result.code === 'read-only' ? 'read-only' : 'internal', result.message);
}
