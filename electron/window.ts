import { BrowserWindow } from 'electron';
import { APP_ENTRY } from './origin';
import { hardenContents } from './security';

/** The game's one window, over the packaged renderer served on the app scheme. */
export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#1d2330',
    title: 'ShopDojo 电商运营道场',
    // Written out here, not built by a helper, so `npm run lint:security` can read every value.
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK: reviewed; it exposes only the contract's functions (tests/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
