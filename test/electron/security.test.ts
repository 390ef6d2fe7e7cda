import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../support/corpus';

// The module must not need Electron at run time (it only types against it): a value import would hit this mock.
vi.mock('electron', () => ({}));

import type { Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isFrameNavigationAllowed,
  isAppUrl,
  isDownloadAllowed,
  isRequestAllowed,
  secureWebPreferences,
} from '../../electron/security';

/** A stand-in for Session/WebContents: records every listener and handler so the test can fire them. */
function recorder() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const on = (event: string, listener: (...args: unknown[]) => void) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  };
  const emit = (event: string, ...args: unknown[]) => {
    const list = listeners.get(event) ?? [];
    expect(list.length, `a listener for "${event}"`).toBeGreaterThan(0);
    for (const listener of list) listener(...args);
  };
  const handler = (name: string) => {
    const h = handlers.get(name);
    expect(h, `handler ${name} installed`).toBeTypeOf('function');
    return h!;
  };
  return { listeners, handlers, on, emit, handler };
}

function fakeEvent(url?: string) {
  return { url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

function hardenedSession() {
  const r = recorder();
  const session = {
    webRequest: { onBeforeRequest: (listener: (...args: unknown[]) => unknown) => r.handlers.set('onBeforeRequest', listener) },
    setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => r.handlers.set('permissionRequest', h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => r.handlers.set('permissionCheck', h),
    setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => r.handlers.set('devicePermission', h),
    setSpellCheckerEnabled: (enabled: boolean) => r.handlers.set('spellchecker', () => enabled),
    on: r.on,
  };
  hardenSession(session as unknown as Session);
  /** What the session answers for a request to url: cancelled or not. */
  const request = (url: string, resourceType = 'other') => {
    let answer: { cancel?: boolean } | undefined;
    r.handler('onBeforeRequest')({ url, resourceType, method: 'GET' }, (response: { cancel?: boolean }) => (answer = response));
    expect(answer, `an answer for ${url}`).toBeDefined();
    return answer!.cancel === true ? 'cancelled' : 'allowed';
  };
  return { ...r, request };
}

describe('the app-origin allow-list', () => {
  it('accepts only pages of app://desk', () => {
    for (const url of [APP_ENTRY_URL, 'app://desk/', 'app://desk/assets/index-abc123.js', 'app://desk/index.html#/review/12', 'app://DESK/index.html']) {
      expect(isAppUrl(url), url).toBe(true);
    }
    for (const url of [
      'app://evil/index.html',
      'app://desk.evil.com/',
      'app://desk@evil.com/',
      'app://user:pass@desk/',
      'http://desk/index.html',
      'https://desk/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:app://desk/0f6c6a3e-0000-4000-8000-000000000000',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('network refusal', () => {
  const outside = [
    'http://example.com/logo.png',
    'https://example.com/tracker.js',
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:8080/',
    'http://localhost:5173/src/main.tsx',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file.pdf',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'blob:https://example.com/0f6c6a3e-0000-4000-8000-000000000000',
    'app://other-host/index.html',
    'chrome-extension://abcdefghijklmnop/script.js',
    'HTTPS://EXAMPLE.COM/upper-case-scheme',
  ];

  it('cancels every request that would leave the app, whatever kind of resource it is', () => {
    const s = hardenedSession();
    for (const url of outside) {
      for (const type of ['mainFrame', 'subFrame', 'script', 'image', 'font', 'xhr', 'webSocket', 'media', 'ping']) {
        expect(s.request(url, type), `${type} ${url}`).toBe('cancelled');
      }
    }
  });

  it('lets the app load its own files and the data/blob URLs it makes itself', () => {
    const s = hardenedSession();
    for (const url of [APP_ENTRY_URL, 'app://desk/assets/pdf.worker-abc.mjs', 'app://desk/pdfjs/cmaps/UniJIS-UTF16-H.bcmap', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://desk/0f6c6a3e-0000-4000-8000-000000000000']) {
      expect(s.request(url), url).toBe('allowed');
    }
    expect(outside.every((url) => !isRequestAllowed(url))).toBe(true);
  });

  it('refuses downloads from anywhere but the page itself', () => {
    const s = hardenedSession();
    const download = (url: string) => {
      const event = fakeEvent();
      s.emit('will-download', event, { getURL: () => url });
      return event.defaultPrevented ? 'refused' : 'allowed';
    };
    expect(download('https://example.com/malware.exe')).toBe('refused');
    expect(download('file:///etc/passwd')).toBe('refused');
    expect(download('blob:app://desk/0f6c6a3e-0000-4000-8000-000000000000')).toBe('allowed');
    expect(isDownloadAllowed('blob:https://example.com/x')).toBe(false);
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    const s = hardenedSession();
    expect(s.handler('spellchecker')()).toBe(false);
  });
});

describe('permission denial', () => {
  it('denies every permission request and check', () => {
    const s = hardenedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'fileSystem', 'unknown']) {
      const callback = vi.fn();
      s.handler('permissionRequest')({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(s.handler('permissionCheck')({}, permission, 'app://desk', {}), permission).toBe(false);
    }
    expect(s.handler('devicePermission')({ deviceType: 'usb', origin: 'app://desk' })).toBe(false);
  });
});

describe('navigation, new windows and webviews', () => {
  function hardenedContents() {
    const r = recorder();
    const contents = { on: r.on, setWindowOpenHandler: (h: (...args: unknown[]) => unknown) => r.handlers.set('windowOpen', h) };
    hardenWebContents(contents as unknown as WebContents);
    const navigate = (event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string) => {
      const e = fakeEvent(url);
      r.emit(event, e, url);
      return e.defaultPrevented ? 'denied' : 'allowed';
    };
    return { ...r, navigate };
  }

  it('denies navigation and redirects away from the app origin, in every frame', () => {
    const c = hardenedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///home/user/contract.pdf', 'javascript:alert(1)', 'data:text/html,hi', 'app://evil/']) {
        expect(c.navigate(event, url), `${event} ${url}`).toBe('denied');
      }
      expect(c.navigate(event, APP_ENTRY_URL), `${event} to the app`).toBe('allowed');
    }
  });

  it('lets a frame inside the window show its own inline document (the memo preview), and nothing else new', () => {
    const c = hardenedContents();
    const frameNavigation = (url: string, isMainFrame: boolean) => {
      const e = { ...fakeEvent(url), isMainFrame };
      c.emit('will-frame-navigate', e, url);
      return e.defaultPrevented ? 'denied' : 'allowed';
    };
    expect(frameNavigation('about:srcdoc', false)).toBe('allowed');
    expect(frameNavigation(APP_ENTRY_URL, false)).toBe('allowed');
    // The window itself never becomes an inline document, and a frame loads nothing from elsewhere.
    expect(frameNavigation('about:srcdoc', true)).toBe('denied');
    expect(c.navigate('will-navigate', 'about:srcdoc')).toBe('denied');
    for (const url of ['about:srcdocx', 'about:blank#x', 'https://example.com/', 'data:text/html,hi', 'blob:https://example.com/1', 'file:///etc/passwd']) {
      expect(frameNavigation(url, false), url).toBe('denied');
    }
    expect(isFrameNavigationAllowed('about:srcdoc', false)).toBe(true);
    expect(isFrameNavigationAllowed('about:srcdoc', true)).toBe(false);
  });

  it('opens no new window, not even for the app origin', () => {
    const c = hardenedContents();
    for (const url of ['https://example.com/', APP_ENTRY_URL, 'about:blank']) {
      expect(c.handler('windowOpen')({ url, disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it('blocks every webview from attaching', () => {
    const c = hardenedContents();
    const event = fakeEvent();
    c.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window preferences', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
    // Whatever the mode, the lockdown itself never loosens in development.
    const { devTools: _a, ...prod } = secureWebPreferences('/p', false);
    const { devTools: _b, ...dev } = secureWebPreferences('/p', true);
    expect(dev).toEqual(prod);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts, styles and connections only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins, frames, media, base rewriting, being framed and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('media-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is the same policy the renderer’s own <meta> tag declares (both apply: a difference would break or loosen one)', () => {
    const html = readFileSync(join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'a CSP meta tag in renderer/index.html').not.toBeNull();
    const parse = (policy: string) =>
      Object.fromEntries(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...values]) => [name, [...values].sort()]),
      );
    // frame-ancestors is ignored in a <meta> policy: only the header can carry it.
    const { 'frame-ancestors': frameAncestors, ...header } = parse(CONTENT_SECURITY_POLICY);
    expect(frameAncestors).toEqual(["'none'"]);
    expect(header).toEqual(parse(meta![1]));
  });

  it('never allows inline or eval’d script, or any remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });
});
