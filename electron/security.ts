/**
 * The offline lockdown. The window is an untrusted page that happens to be ours: it renders imported documents,
 * so everything a page could use to reach out (network, navigation, new windows, webviews, permissions,
 * downloads) is refused here, in the main process, where the page cannot change it.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

/** The app's own origin: the renderer is served from app://desk/ by app-protocol.ts, never from file:// or http. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a response header with every file of the renderer. No 'unsafe-inline' or 'unsafe-eval' for scripts
 * (pdf.js runs with isEvalSupported: false); blob: workers for pdf.js; data:/blob: images for page renders;
 * data: fonts for pdf.js's embedded fonts. The renderer's own <meta> policy (renderer/index.html) is enforced as
 * well: the browser applies both, so a directive missing from either is as strict as the stricter one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** True only for URLs of the app's own origin (app://desk/...). The allow-list for navigation and IPC senders. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Whether the session may load a URL at all. The app's own files, and in-memory data:/blob: URLs the page makes
 * itself (pdf.js page images and workers). Everything else — http(s), ws(s), ftp, file, other schemes — is
 * cancelled, so a document that smuggles a remote image or script past sanitising still loads nothing.
 * devtools: is the developer tools' own UI (development builds only; it cannot reach the network either).
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') return true;
  // blob: URLs belong to the origin that made them; only ours may be loaded.
  if (scheme === 'blob:') return isAppUrl(url.slice('blob:'.length));
  return scheme === 'devtools:';
}

/**
 * Whether a frame may load a URL. The window itself only the app's own pages; a frame inside it also its own
 * inline document (about:srcdoc: the memo preview, script-less and sandboxed, whose HTML the engine rendered) —
 * never anything fetched from elsewhere.
 */
export function isFrameNavigationAllowed(url: string, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  return !isMainFrame && url === 'about:srcdoc';
}

/** A download the page started itself (a memo it generated as a blob); nothing from outside. */
export function isDownloadAllowed(url: string): boolean {
  return url.startsWith('blob:') ? isAppUrl(url.slice('blob:'.length)) : url.startsWith('data:');
}

/** The window's webPreferences: isolated, sandboxed, no Node, no webviews, no spellchecker downloads. */
export function secureWebPreferences(preloadPath: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The spellchecker downloads its dictionaries from a Google CDN on Windows and Linux.
    spellcheck: false,
    safeDialogs: true,
    // Middle-click on a link opens a window without a click event the page could cancel.
    disableBlinkFeatures: 'Auxclick',
    devTools: isDev,
  };
}

/** Locks down one session: every outside request cancelled, every permission denied, no downloads from outside. */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) event.preventDefault();
  });
}

/**
 * Locks down one web contents (every one the app creates, via app 'web-contents-created'): no webviews, no
 * navigation or redirect away from the app's origin (a dropped file or a clicked link would otherwise replace
 * the app), no new windows.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isFrameNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
