/**
 * Which way a page's text reads on the displayed page. A page can be shown sideways: a landscape table printed on
 * a portrait sheet, a page turned by a viewer's "rotate" and saved (its /Rotate no longer matching its content).
 * Its lines then run down or up the display, and the line reader (which keeps only text written left to right,
 * leaving out watermarks and margin notes) would drop the whole page. Such a page is read turned so that its text
 * is upright, as a reader would turn the sheet.
 */
import type { TextRun } from './page-lines';

/** A clockwise turn of the displayed page, in degrees. */
export type PageTurn = 0 | 90 | 180 | 270;

/**
 * The turn that makes most of the page's text upright: 0 unless the characters written in one other of the four
 * directions outnumber the upright ones by two to one (so a body page with a vertical margin note or a diagonal
 * watermark stays as it is). `viewport` maps user space to the displayed page, y downwards.
 */
export function uprightTurn(items: ReadonlyArray<TextRun | object>, viewport: readonly number[]): PageTurn {
  // Characters reading rightwards, downwards, leftwards and upwards on the display.
  const counts = [0, 0, 0, 0];
  const [va, vb, vc, vd] = viewport;
  for (const item of items) {
    if (!('str' in item)) continue;
    const run = item as TextRun;
    const [ta, tb] = run.transform;
    // Only the direction of the baseline matters: the viewport's linear part applied to the run's x axis.
    const a = va * ta + vc * tb;
    const b = vb * ta + vd * tb;
    // Per run of every page, so kept cheap: the larger component stands for the length, the run's length for
    // its characters (spaces included: a share is all that is asked).
    const advance = Math.max(Math.abs(a), Math.abs(b));
    if (!(advance > 0) || !Number.isFinite(advance)) continue;
    const characters = run.str.length;
    if (Math.abs(b) <= 0.05 * advance) counts[a > 0 ? 0 : 2] += characters;
    else if (Math.abs(a) <= 0.05 * advance) counts[b > 0 ? 1 : 3] += characters;
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if (counts[i] > counts[best]) best = i;
  if (best === 0 || counts[best] <= 2 * counts[0]) return 0;
  // Text reading downwards is upright once the page is turned a quarter anticlockwise (270° clockwise).
  return ([0, 270, 180, 90] as const)[best];
}
