import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/** Requests the app may make: its own files, and the data/blob URLs and devtools it builds. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || /^(data|blob|devtools):/.test(url);
}

/**
 * Session-wide guards: every permission request and check is refused, every request that is
 * not the app's own is cancelled, and every response carries the CSP (the app protocol sets it
 * as well; this covers anything else that loads).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
  // The policy is written out (the same as CSP, which a test checks) so that
  // `npm run lint:security` can read and evaluate it.
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; frame-src 'none'; child-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
        ],
      },
    }),
  );
}

/** Per-page guards: no navigation anywhere, no new windows, no <webview>. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies `hardenContents` to every page the app ever creates. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
