/**
 * The app is served from its own privileged scheme, `app://shopdojo/…`, never from a web
 * origin: the protocol handler, the sender check and the navigation guard all use this.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shopdojo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Whether a URL is one of the app's own pages or files. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === `${APP_SCHEME}:` &&
      u.host === APP_HOST &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}
