import type { WebContents } from 'electron';
import { loadScenarioFile } from '../../src/scenario/load-file';
import { playAndReport, type RunReport } from '../../src/sim/report';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch, type Handlers, type InvokeEvent } from '../../electron/ipc/dispatch';
import type { Channel, Input, IpcResult, Output } from '../../src/platform/contract';
import { openStores } from '../../electron/persistence/stores';
import { stepClock, tempDir } from './helpers';

/** An IPC event from a frame at `url` (null: a frame that is gone). */
export function eventFrom(url: string | null, sender: Partial<WebContents> = {}): InvokeEvent {
  return { senderFrame: url === null ? null : { url }, sender: sender as WebContents };
}

export const APP_PAGE = 'app://shopdojo/index.html';

/** Calls a channel as the app's page would and returns the value (fails the test on an error). */
export async function ok<C extends Channel>(
  handlers: Handlers,
  channel: C,
  payload?: Input<C>,
  sender = {},
) {
  const result: IpcResult<Output<C>> = await dispatch(
    channel,
    eventFrom(APP_PAGE, sender),
    payload,
    handlers,
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let cached: RunReport | undefined;
/** A real run report of the tutorial (computed once). */
export function tutorialReport(): RunReport {
  cached ??= playAndReport(loadScenarioFile('scenarios/tutorial-one-order.yaml'), {
    lang: 'en',
  }).report;
  return structuredClone(cached);
}

/** Real stores in a temp folder, handlers over them, and a dialog that answers `savePath`. */
export function setup(savePath: string | null = null) {
  const dir = tempDir();
  const now = stepClock();
  const stores = openStores(dir, now, { backupEveryMs: 0 });
  let n = 0;
  const dialogCalls: unknown[] = [];
  const handlers = createHandlers({
    stores,
    now,
    newId: () => `id-${++n}`,
    exporter: {
      showSaveDialog: (_sender, options) => {
        dialogCalls.push(options);
        return Promise.resolve(
          savePath === null ? { canceled: true } : { canceled: false, filePath: savePath },
        );
      },
      defaultDir: () => '/home/learner/Documents',
    },
    appInfo: () => ({
      name: 'ShopDojo',
      version: '0.1.0',
      platform: 'linux',
      locale: 'zh-CN',
      electron: '42.0.0',
      userDataPath: dir,
    }),
  });
  return { dir, now, stores, handlers, dialogCalls };
}
