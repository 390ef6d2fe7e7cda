/**
 * The window's size, position and maximised state, kept in userData/window-state.json between runs and fitted
 * back onto the displays that exist now (a laptop undocked from its second monitor must not open off-screen).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  /** Absent on first run: the window is centred on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** How much of the window must overlap a display for its saved position to be kept (enough to grab it). */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

/** Reads a saved state; anything missing, malformed or implausible gives null (the default is used). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(v.width) || !finite(v.height) || v.width <= 0 || v.height <= 0) return null;
  const state: WindowState = { width: Math.round(v.width), height: Math.round(v.height), maximized: v.maximized === true };
  if (finite(v.x) && finite(v.y)) {
    state.x = Math.round(v.x);
    state.y = Math.round(v.y);
  }
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Fits a saved state onto the current displays' work areas. The size never exceeds the display the window lands
 * on (nor goes below the minimum); a saved position is kept when enough of the window overlaps some display,
 * then moved fully inside that display; otherwise the window is centred on the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[], primary: Rectangle): WindowState {
  const fitSize = (area: Rectangle) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  const centredOn = (area: Rectangle): WindowState => {
    const size = fitSize(area);
    return {
      ...size,
      x: Math.round(area.x + (area.width - size.width) / 2),
      y: Math.round(area.y + (area.height - size.height) / 2),
      maximized: state.maximized,
    };
  };
  if (state.x === undefined || state.y === undefined) return centredOn(primary);

  const saved: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.width >= Math.min(MIN_VISIBLE.width, saved.width) && o.height >= Math.min(MIN_VISIBLE.height, saved.height) && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return centredOn(primary);
  const size = fitSize(best);
  return {
    ...size,
    x: clamp(state.x, best.x, best.x + best.width - size.width),
    y: clamp(state.y, best.y, best.y + best.height - size.height),
    maximized: state.maximized,
  };
}

export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8'))) ?? { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the previous state, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/** The state to save: the normal (un-maximised) bounds, so un-maximising next time restores a sensible size. */
export function captureWindowState(win: TrackedWindow): WindowState {
  const bounds = win.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() };
}

/** Saves the window's state shortly after it moves or resizes, and at once when it closes. */
export function trackWindowState(win: TrackedWindow, file: string, delayMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!win.isDestroyed()) saveWindowState(file, captureWindowState(win));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
