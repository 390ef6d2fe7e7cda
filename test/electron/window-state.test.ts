import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type WindowState,
} from '../../electron/window-state';

// A 1920x1080 laptop screen (work area minus a 40 px panel) and a 2560x1440 monitor to its right.
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitor = { x: 1920, y: 0, width: 2560, height: 1400 };

const within = (s: WindowState, area: typeof laptop) =>
  s.x! >= area.x && s.y! >= area.y && s.x! + s.width <= area.x + area.width && s.y! + s.height <= area.y + area.height;

describe('fitting the saved window onto the displays there are now', () => {
  it('centres the first window on the primary display', () => {
    const fitted = fitToDisplays(DEFAULT_WINDOW_STATE, [laptop, monitor], laptop);
    expect(fitted).toMatchObject({ width: 1280, height: 820, x: 320, y: 110, maximized: false });
  });

  it('keeps a window that is fully on a display where it was', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('brings back a window left on a monitor that is no longer connected', () => {
    const onMonitor = { x: 2100, y: 100, width: 1600, height: 1000, maximized: true };
    const fitted = fitToDisplays(onMonitor, [laptop], laptop);
    expect(within(fitted, laptop)).toBe(true);
    expect(fitted.maximized).toBe(true);
  });

  it('re-centres a window of which only a sliver is visible', () => {
    const sliver = { x: 1900, y: 500, width: 1200, height: 800, maximized: false };
    const fitted = fitToDisplays(sliver, [laptop], laptop);
    expect(fitted).toMatchObject({ x: 360, y: 120 });
  });

  it('moves a partly off-screen window fully inside the display it is mostly on', () => {
    const hanging = { x: -300, y: -50, width: 1200, height: 800, maximized: false };
    const fitted = fitToDisplays(hanging, [laptop, monitor], laptop);
    expect(fitted).toMatchObject({ x: 0, y: 0, width: 1200, height: 800 });
  });

  it('shrinks a window larger than its display to the display, never below the minimum size', () => {
    const huge = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(fitToDisplays(huge, [laptop], laptop)).toMatchObject({ x: 0, y: 0, width: 1920, height: 1040 });
    const tiny = { x: 100, y: 100, width: 50, height: 40, maximized: false };
    expect(fitToDisplays(tiny, [laptop], laptop)).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
    // A display smaller than the minimum gets a window of the display's size, not an overflowing one.
    const small = { x: 0, y: 0, width: 640, height: 480 };
    expect(within(fitToDisplays(huge, [small], small), small)).toBe(true);
  });

  it('puts the window on the display it overlaps most', () => {
    const straddling = { x: 1500, y: 100, width: 1400, height: 900, maximized: false };
    const fitted = fitToDisplays(straddling, [laptop, monitor], laptop);
    expect(within(fitted, monitor)).toBe(true);
  });
});

describe('reading and writing the state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects malformed or implausible saved states', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('1280x800')).toBeNull();
    expect(parseWindowState({ width: -1, height: 800 })).toBeNull();
    expect(parseWindowState({ width: Number.NaN, height: 800 })).toBeNull();
    expect(parseWindowState({ width: 1000, height: 700, x: 'left', y: 3 })).toEqual({ width: 1000, height: 700, maximized: false });
    expect(parseWindowState({ width: 1000.4, height: 700, x: 10, y: 20, maximized: 'yes' })).toEqual({ width: 1000, height: 700, x: 10, y: 20, maximized: false });
  });

  it('round-trips through the file and falls back to the default on a missing or broken file', () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    const state = { x: 40, y: 60, width: 1400, height: 900, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual(['window-state.json']); // no temporary file left behind
    writeFileSync(file, '{"width": 14');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves the normal bounds and maximised flag when the window closes, and shortly after a move', () => {
    vi.useFakeTimers();
    try {
      const file = join(dir, 'tracked.json');
      const listeners = new Map<string, () => void>();
      const win = {
        on: (event: string, listener: () => void) => listeners.set(event, listener),
        getNormalBounds: () => ({ x: 10, y: 20, width: 1300, height: 850 }),
        isMaximized: () => true,
        isDestroyed: () => false,
      };
      trackWindowState(win as never, file, 400);
      expect([...listeners.keys()].sort()).toEqual(['close', 'maximize', 'move', 'resize', 'unmaximize']);
      listeners.get('move')!();
      expect(existsSync(file)).toBe(false);
      vi.advanceTimersByTime(450);
      expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1300, height: 850, maximized: true });
      rmSync(file);
      listeners.get('close')!();
      expect(existsSync(file)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
