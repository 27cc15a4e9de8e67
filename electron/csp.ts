/**
 * The Content-Security-Policy of every page the app serves. Scripts only from the app itself
 * (no inline script, no eval); styles from the app plus inline `style` attributes, which DOM
 * overlays and chart tooltips set; images, fonts and audio from the app or `data:`/`blob:`
 * URLs that the game builds itself; no plugins, frames, forms or remote connections at all.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
