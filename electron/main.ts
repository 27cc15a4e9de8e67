import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';

/**
 * The desktop shell's skeleton: one hardened window over the packaged renderer. IPC,
 * persistence and the custom protocol arrive with the playable game.
 */
function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // Navigation, new windows and permission requests are denied: the app never shows remote content.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(join(import.meta.dirname, '..', 'dist', 'index.html'));
  return win;
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  createWindow();
});

app.on('window-all-closed', () => app.quit());
