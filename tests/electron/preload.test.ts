import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/platform/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null } as unknown)),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => ({ ...electron, default: electron }));

async function exposed() {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, unknown];
  return { key, api: api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>> };
}

describe('the preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it("exposes exactly the contract's functions on window.api, nothing else", async () => {
    const { key, api } = await exposed();
    expect(key).toBe('api');
    const names = Object.entries(api).flatMap(([group, fns]) =>
      Object.entries(fns).map(([name, fn]) => {
        expect(typeof fn).toBe('function');
        return `${group}.${name}`;
      }),
    );
    expect(names.sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    // ipcRenderer and its methods are nowhere in it.
    const values = Object.values(api).flatMap((g) => Object.values(g));
    for (const v of [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)])
      expect(values).not.toContain(v);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|send|on\b|ipc/i);
  });

  it('each function sends exactly its own channel and one payload', async () => {
    const { api } = await exposed();
    await api.profiles?.create?.({ name: 'Ann' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('profiles.create', {
      name: 'Ann',
    });
    await (api.notices?.take as (...a: unknown[]) => Promise<unknown>)('extra', 'args');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('notices.take', 'extra');
    await api.settings?.get?.();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('settings.get', undefined);
  });

  it('a call that fails below the contract still resolves to an error result', async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("No handler registered for 'app.info'"),
    );
    await expect(api.app?.info?.()).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "app.info: No handler registered for 'app.info'" },
    });
  });
});
