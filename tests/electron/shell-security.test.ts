import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../electron/csp';
import { isAppUrl } from '../../electron/origin';
import { resolveAppFile, serveAppFile } from '../../electron/protocol';
import {
  hardenApp,
  hardenContents,
  hardenSession,
  isAllowedRequest,
} from '../../electron/security';
import { tempDir } from './helpers';

describe('the app protocol', () => {
  it('maps app://shopdojo/… into the renderer folder and nowhere else', () => {
    const root = '/opt/shopdojo/dist';
    expect(resolveAppFile(root, 'app://shopdojo/')).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://shopdojo/assets/a%20b.js?v=1#x')).toBe(
      `${root}/assets/a b.js`,
    );
    // The URL parser resolves dot segments first: this stays inside the folder.
    expect(resolveAppFile(root, 'app://shopdojo/../secret.txt')).toBe(`${root}/secret.txt`);
    for (const url of [
      'app://shopdojo/assets/..%2f..%2fsecret.txt',
      'app://shopdojo/%00.js',
      'app://shopdojo/%E0%A4%A',
      'app://elsewhere/index.html',
      'https://shopdojo/index.html',
      'not a url',
    ])
      expect(resolveAppFile(root, url), url).toBeNull();
  });

  it('serves files with their type, the CSP and nosniff; 404 and 405 otherwise', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>ShopDojo</title>');
    writeFileSync(join(root, 'assets', 'game.js'), 'console.log(1)');
    const page = await serveAppFile(root, new Request('app://shopdojo/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('ShopDojo');
    const js = await serveAppFile(root, new Request('app://shopdojo/assets/game.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serveAppFile(root, new Request('app://shopdojo/missing.js'))).status).toBe(404);
    expect((await serveAppFile(root, new Request('app://shopdojo/assets'))).status).toBe(404);
    const post = new Request('app://shopdojo/index.html', { method: 'POST', body: 'x' });
    expect((await serveAppFile(root, post)).status).toBe(405);
  });

  it('the CSP allows no remote, inline or eval script, no frames, no objects', () => {
    const directives = Object.fromEntries<string[]>(
      CSP.split('; ').map((d) => {
        const [name = '', ...values] = d.split(' ');
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

describe('session and page guards', () => {
  function fakeSession() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    };
    hardenSession(s as unknown as Session);
    return s;
  }

  it('denies every permission request and check', () => {
    const s = fakeSession();
    const callback = vi.fn();
    const request = s.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'])
      request({}, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    const check = s.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('cancels every request that is not the app’s own', () => {
    const s = fakeSession();
    const before = s.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const cancelled = (url: string) => {
      let out: boolean | undefined;
      before({ url }, (r) => (out = r.cancel));
      return out;
    };
    expect(cancelled('app://shopdojo/assets/x.png')).toBe(false);
    expect(cancelled('https://cdn.example/phaser.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AA==')).toBe(true);
  });

  it('puts the same CSP on every response', () => {
    const s = fakeSession();
    const headers = s.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let got: Record<string, string[]> = {};
    headers({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (got = r.responseHeaders));
    expect(got).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CSP] });
  });

  it('pages may not navigate, open windows or attach webviews', () => {
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    hardenContents({ on, setWindowOpenHandler } as unknown as WebContents);
    const events = on.mock.calls.map(([name]) => name as string);
    expect(events).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-frame-navigate',
        'will-redirect',
        'will-attach-webview',
      ]),
    );
    for (const [, listener] of on.mock.calls) {
      const event = { preventDefault: vi.fn() };
      (listener as (e: unknown, url: string) => void)(event, 'app://shopdojo/index.html');
      expect(event.preventDefault).toHaveBeenCalled();
    }
    const open = setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(open()).toEqual({ action: 'deny' });
    const appOn = vi.fn();
    hardenApp({ on: appOn } as unknown as App);
    expect(appOn).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('isAppUrl knows only app://shopdojo', () => {
    expect(isAppUrl('app://shopdojo/x')).toBe(true);
    expect(isAppUrl('app://shopdojo:8080/x')).toBe(false);
    expect(isAppUrl('app://shopdojo.example/x')).toBe(false);
    expect(isAppUrl('app:shopdojo')).toBe(false);
  });
});
