import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/platform/contract';
import { tempDir } from './helpers';

/** Just enough of Electron for the main process to start. */
const m = vi.hoisted(() => {
  const fn = () => vi.fn();
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    once = vi.fn();
    loadURL = vi.fn((url: string) => {
      this.record.loaded.push(url);
      return Promise.resolve();
    });
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }
  const session = {
    setPermissionRequestHandler: fn(),
    setPermissionCheckHandler: fn(),
    setDevicePermissionHandler: fn(),
    webRequest: { onBeforeRequest: fn(), onHeadersReceived: fn() },
  };
  const state = { userData: '' };
  const electron = {
    app: {
      whenReady: () => Promise.resolve(),
      enableSandbox: fn(),
      requestSingleInstanceLock: () => true,
      on: fn(),
      quit: fn(),
      getPath: vi.fn((_name: string) => state.userData),
      getVersion: () => '0.1.0',
      getName: () => 'ShopDojo',
      getLocale: () => 'zh-CN',
    },
    BrowserWindow,
    dialog: { showSaveDialog: fn() },
    ipcMain: { handle: fn(), on: fn() },
    protocol: { registerSchemesAsPrivileged: fn(), handle: fn() },
    session: { defaultSession: session },
  };
  return { electron, windows, session, state };
});
vi.mock('electron', () => ({ ...m.electron, default: m.electron }));

describe('the main process', () => {
  it('starts hardened: app scheme, sandbox, guards, IPC, stores, one window', async () => {
    m.state.userData = tempDir();
    await import('../../electron/main');
    await new Promise((r) => setTimeout(r, 0));
    const { app, protocol, ipcMain } = m.electron;

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      }),
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(m.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(m.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual([...CHANNELS].sort());

    expect(m.windows).toHaveLength(1);
    const prefs = m.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(m.windows[0]?.loaded).toEqual(['app://shopdojo/index.html']);

    // The stores live under userData/save and are not written until something changes.
    const profiles = join(m.state.userData, 'save', 'profiles.json');
    expect(existsSync(profiles)).toBe(false);
    const create = ipcMain.handle.mock.calls.find(([c]) => c === 'profiles.create')?.[1] as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>;
    const fromApp = { senderFrame: { url: 'app://shopdojo/index.html' }, sender: {} };
    await expect(create(fromApp, { name: 'Ann' })).resolves.toMatchObject({ ok: true });
    expect(existsSync(profiles)).toBe(true);
  });
});
