import type { WebContents } from 'electron';
import type { z } from 'zod';
import {
  CHANNELS,
  contract,
  type Channel,
  type Contract,
  type IpcError,
  type IpcResult,
  type Output,
} from '../../src/platform/contract';
import { describeIssues } from '../../src/platform/store-migrations';
import { IpcFailure } from './failure';
import { isTrustedSender, senderUrl, type SenderEvent } from './sender';

export interface CallContext {
  /** The page that called: export prints it to PDF and parents the save dialog on its window. */
  sender: WebContents;
}

export type Handlers = {
  [C in Channel]: (
    input: z.output<Contract[C]['input']>,
    ctx: CallContext,
  ) => Output<C> | Promise<Output<C>>;
};

export type InvokeEvent = SenderEvent & { sender: WebContents };

/** The part of `ipcMain` registration needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => unknown): void;
}

const failure = (error: IpcError): IpcResult<never> => ({ ok: false, error });

function invalid(channel: Channel, error: z.ZodError): IpcResult<never> {
  return failure({
    code: 'invalid-payload',
    message: `${channel}: ${describeIssues(error)}`,
    issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}

/**
 * One IPC call: checks the sender, validates the payload with the contract's schema, runs the
 * handler and checks its result. Never throws: every outcome is an IpcResult.
 */
export async function dispatch<C extends Channel>(
  channel: C,
  event: InvokeEvent,
  payload: unknown,
  handlers: Handlers,
  log: (message: string, err?: unknown) => void = () => {},
): Promise<IpcResult<Output<C>>> {
  if (!isTrustedSender(event)) {
    const url = senderUrl(event);
    log(`refused ${channel} from ${url}`);
    return failure({
      code: 'forbidden-sender',
      message: `${channel}: refused a call from ${url}; only the app's own pages may call`,
    });
  }
  const spec = contract[channel] as { input: z.ZodType; output: z.ZodType };
  const input = spec.input.safeParse(payload);
  if (!input.success) return invalid(channel, input.error);
  try {
    const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
    const value: unknown = await handler(input.data, { sender: event.sender });
    const output = spec.output.safeParse(value);
    if (!output.success) {
      log(`${channel} returned a result outside the contract: ${describeIssues(output.error)}`);
      return failure({ code: 'internal', message: `${channel}: the app produced a bad result` });
    }
    return { ok: true, value: output.data as Output<C> };
  } catch (err) {
    if (err instanceof IpcFailure) return failure({ code: err.code, message: err.message });
    log(`${channel} failed`, err);
    return failure({ code: 'internal', message: `${channel}: something went wrong in the app` });
  }
}

/** Registers one `ipcMain.handle` per contract channel. */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  log?: (message: string, err?: unknown) => void,
): void {
  for (const channel of CHANNELS)
    ipcMain.handle(channel, (event, payload) => dispatch(channel, event, payload, handlers, log));
}
