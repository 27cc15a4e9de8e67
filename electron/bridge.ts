import { CHANNELS, splitChannel, type Channel } from '../src/platform/channels';
import type { IpcResult, ShellApi } from '../src/platform/contract';

export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;

/**
 * The object the preload exposes as `window.api`: one function per contract channel, each
 * passing exactly one payload to its own channel. `ipcRenderer` itself is never exposed. A
 * call that fails below the contract (no handler) still resolves to `{ ok: false, error }`.
 */
export function buildApi(invoke: Invoke): ShellApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [group, name] = splitChannel(channel);
    const call = (input?: unknown): Promise<unknown> =>
      invoke(channel, input).catch((err: unknown): IpcResult<never> => ({
        ok: false,
        error: {
          code: 'internal',
          message: `${channel}: ${err instanceof Error ? err.message : String(err)}`,
        },
      }));
    (api[group] ??= {})[name] = call;
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as ShellApi;
}
