import { browserPlatform } from './browser';
import { electronPlatform, shellApi } from './electron';
import type { Platform } from './platform';

export type { Platform } from './platform';
export { PlatformError } from './platform';

const navLocale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en');

let current: Platform | undefined;

/** The platform this page runs on: the Electron shell when its preload is present, else the browser. */
export function getPlatform(): Platform {
  if (!current) {
    const api = shellApi();
    current = api
      ? electronPlatform(api, navLocale)
      : browserPlatform(window.localStorage, navLocale);
  }
  return current;
}
