import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { APP_SCHEME_PRIVILEGES, handleAppProtocol, resolveAppAsset, serveAppAsset } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

// A built renderer in miniature, with a secret next to it that no app:// URL may reach.
const base = mkdtempSync(join(tmpdir(), 'ld-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>License Desk</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'pdf.worker-abc.mjs'), 'self.onmessage = () => {}');
writeFileSync(join(base, 'secret.txt'), 'library password');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppAsset(root, new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as a standard, secure origin with fetch support (pdf.js workers and assets)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) });
    // Never allowed to bypass the CSP.
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(resolveAppAsset(root, 'app://desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://desk/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://desk/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
    for (const url of [
      'app://desk/..%2fsecret.txt',
      'app://desk/assets/..%2f..%2fsecret.txt',
      'app://desk/%2e%2e%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/assets%00.js',
      'app://desk/%E0%A4%A',
      'app://other/index.html',
      'https://desk/index.html',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('serves the page with the CSP header and its content type', async () => {
    const response = await get('app://desk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>License Desk</title>');
    const worker = await get('app://desk/assets/pdf.worker-abc.mjs');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 (with the CSP) for missing files and for any way out of the folder', async () => {
    for (const url of ['app://desk/missing.js', 'app://desk/..%2fsecret.txt', 'app://desk/../secret.txt', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('library password');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://desk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('installs the handler for the app scheme', async () => {
    const handle = vi.fn();
    handleAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const response = (await handle.mock.calls[0][1](new Request('app://desk/'))) as Response;
    expect(response.status).toBe(200);
  });
});
