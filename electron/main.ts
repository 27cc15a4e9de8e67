import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { registerIpc } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { openStores } from './persistence/stores';
import { systemClock } from './persistence/stamp';
import { APP_SCHEME_PRIVILEGES, serveAppFile } from './protocol';
import { APP_SCHEME } from './origin';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

/**
 * The desktop shell: one hardened window over the packaged renderer (`dist/`, served on
 * `app://shopdojo/`), the IPC contract's handlers, and the player's files in the user-data
 * folder. Built to `dist-electron/` (main.js as an ES module, preload.cjs bundled).
 */
const here = import.meta.dirname;
const RENDERER_ROOT = join(here, '..', 'dist');
const PRELOAD = join(here, 'preload.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
hardenApp(app);

if (!app.requestSingleInstanceLock()) app.quit();

function showSaveDialog(sender: WebContents, options: SaveDialogOptions) {
  const win = BrowserWindow.fromWebContents(sender);
  return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
}

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppFile(RENDERER_ROOT, request));

  const userData = app.getPath('userData');
  const stores = openStores(join(userData, 'save'), systemClock);
  for (const notice of stores.notices.peek()) console.warn(`[shopdojo] ${notice.message}`);
  const handlers = createHandlers({
    stores,
    now: systemClock,
    newId: randomUUID,
    exporter: { showSaveDialog, defaultDir: () => app.getPath('documents') },
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
      electron: process.versions.electron ?? '',
      userDataPath: userData,
    }),
  });
  registerIpc(ipcMain, handlers, (message, err) =>
    console.error(`[shopdojo] ${message}`, err ?? ''),
  );

  let main = createMainWindow(PRELOAD);
  app.on('second-instance', () => {
    if (main.isMinimized()) main.restore();
    main.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) main = createMainWindow(PRELOAD);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
