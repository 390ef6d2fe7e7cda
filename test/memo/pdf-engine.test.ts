/** Finding a print engine on each platform, and what happens when there is none. */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ENV, chromiumPdfEngine, defaultPdfEngine, findChromium, MemoError, renderMemo } from '../../src/memo';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findChromium', () => {
  it('takes $LICENSE_DESK_CHROMIUM first, and refuses one that does not exist', () => {
    expect(findChromium({ [CHROMIUM_ENV]: '/opt/chromium/chrome', PATH: '/usr/bin' }, 'linux', only('/opt/chromium/chrome', '/usr/bin/chromium'))).toBe('/opt/chromium/chrome');
    let error: unknown;
    try {
      findChromium({ [CHROMIUM_ENV]: '/nowhere/chrome' }, 'linux', only('/usr/bin/chromium'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MemoError);
    expect(error).toMatchObject({ code: 'PDF_ENGINE_UNAVAILABLE', message: expect.stringMatching(/LICENSE_DESK_CHROMIUM points to \/nowhere\/chrome/) });
  });

  it('looks on the PATH and in the usual places for Chromium, Chrome and Edge', () => {
    expect(findChromium({ PATH: '/home/me/bin:/usr/local/bin' }, 'linux', only('/usr/local/bin/google-chrome'))).toBe('/usr/local/bin/google-chrome');
    expect(findChromium({ PATH: '' }, 'linux', only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({ HOME: '/Users/ann' }, 'darwin', only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'))).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(findChromium({ HOME: '/Users/ann' }, 'darwin', only('/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe(
      '/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', only('C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'))).toBe(
      'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(findChromium({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32', only('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'))).toBe(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findChromium({ PATH: '/usr/bin' }, 'linux', () => false)).toBeNull();
    expect(findChromium({}, 'win32', () => false)).toBeNull();
  });
});

describe('PDF without a print engine', () => {
  it('fails with PDF_ENGINE_UNAVAILABLE saying what to install or which format to use instead', async () => {
    let error: unknown;
    try {
      defaultPdfEngine({ [CHROMIUM_ENV]: '/nowhere/chrome' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'PDF_ENGINE_UNAVAILABLE', message: expect.stringMatching(/--format docx or --format md/) });
    await expect(renderMemo({} as never, 'pdf')).rejects.toMatchObject({ code: 'PDF_ENGINE_UNAVAILABLE', message: expect.stringMatching(/Install Chromium/) });
  });

  it('reports PDF_ENGINE_FAILED when the engine runs but prints nothing', async () => {
    // `false` is a real program that exits 1 at once: an engine that cannot print.
    await expect(chromiumPdfEngine('/bin/false').printToPdf('<!DOCTYPE html><p>x</p>')).rejects.toMatchObject({ code: 'PDF_ENGINE_FAILED', message: expect.stringMatching(/exit code 1/) });
    await expect(chromiumPdfEngine('/nowhere/chrome').printToPdf('<p>x</p>')).rejects.toMatchObject({ code: 'PDF_ENGINE_FAILED', message: expect.stringMatching(/could not start/) });
  });
});
