/**
 * Pages shown sideways: a page turned by a viewer's rotate and saved (its /Rotate no longer matching its
 * content), or a landscape table printed across a portrait sheet. Their text is read with the page turned upright,
 * not dropped as text printed at an angle.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { uprightTurn } from '../../src/ingest/pdf/text-direction';
import { FORMATS_DIR, corpusAvailable } from '../support/corpus';
import { commandExists } from './office-print';
import { A4, run } from './pdf-runs';

/** A run whose baseline points along (cos, sin) in PDF user space (y upwards). */
const turnedRun = (str: string, cos: number, sin: number) => ({ str, transform: [10 * cos, 10 * sin, -10 * sin, 10 * cos, 300, 400], width: 6 * str.length, fontName: 'body' });

describe('which way a page reads', () => {
  it('leaves an upright page, and one with a vertical margin note or a diagonal watermark, as it is', () => {
    const body = Array.from({ length: 20 }, (_, i) => run('The Licensee may use the Model for any lawful purpose.', 72, 100 + 14 * i, 260));
    expect(uprightTurn(body, A4)).toBe(0);
    expect(uprightTurn([...body, turnedRun('Draft for discussion only - not for circulation - version 3', 0, 1)], A4)).toBe(0);
    expect(uprightTurn([...body.slice(0, 3), turnedRun('CONFIDENTIAL '.repeat(30), Math.SQRT1_2, Math.SQRT1_2)], A4)).toBe(0);
  });

  it('turns a page whose text runs up, down or backwards across the display', () => {
    const lines = (cos: number, sin: number) => Array.from({ length: 10 }, () => turnedRun('Fees payable for commercial use of the Model', cos, sin));
    // Up the page in user space is up the display too: turning the page a quarter clockwise makes it upright.
    expect(uprightTurn(lines(0, 1), A4)).toBe(90);
    expect(uprightTurn(lines(0, -1), A4)).toBe(270);
    expect(uprightTurn(lines(-1, 0), A4)).toBe(180);
    // A page number printed upright does not keep a sideways table page from being turned.
    expect(uprightTurn([...lines(0, 1), run('12', 290, 800, 10)], A4)).toBe(90);
  });
});

const qpdfAvailable = commandExists('qpdf');

describe.skipIf(!corpusAvailable || !qpdfAvailable)('a LibreOffice PDF with pages turned by qpdf (live; skipped without qpdf)', () => {
  const source = join(FORMATS_DIR, 'cc-by-nc-4.0-legalcode.libreoffice.pdf');

  function turnPages(rotations: string[]): Uint8Array {
    const dir = mkdtempSync(join(tmpdir(), 'turned-pages-'));
    try {
      const out = join(dir, 'turned.pdf');
      execFileSync('qpdf', [source, ...rotations.map((r) => `--rotate=${r}`), out], { stdio: 'ignore' });
      return new Uint8Array(readFileSync(out));
    } catch (error) {
      // qpdf exits 3 when it wrote the file with warnings.
      const out = join(dir, 'turned.pdf');
      try {
        return new Uint8Array(readFileSync(out));
      } catch {
        throw error;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const blockTexts = (model: DocumentModel) => model.blocks.map((b) => `${b.kind} ${b.level} ${b.number ?? ''} ${model.text.slice(b.start, b.end)}`);

  it('reads pages turned a quarter, half and three quarters exactly as the upright original, and says they were turned', async () => {
    const original = await importDocument(new Uint8Array(readFileSync(source)), 'cc-by-nc.pdf');
    const turned = await importDocument(turnPages(['+90:2', '180:3', '+270:4']), 'cc-by-nc.pdf');
    expect(turned.text).toBe(original.text);
    expect(blockTexts(turned)).toEqual(blockTexts(original));
    expect(turned.warnings).toContain('Pages 2, 3, 4 are shown sideways; their text was read with the page turned upright.');
    expect(turned.warnings.some((w) => /printed at an angle/.test(w))).toBe(false);
    // The pages report the size they were read at (upright, as printed), where their boxes are measured.
    expect(turned.pages).toEqual(original.pages);
  });
});
