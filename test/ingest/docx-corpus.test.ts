/**
 * The corpus DOCX files (LibreOffice conversions of real licences and terms) through importDocument: list
 * numbers as the document prints them, headings, bold defined terms, titles, and every gold passage.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, FORMATS_DIR, corpusAvailable, loadLabels, loadVariants, locatePassage, readCorpusFile, wordRuns } from '../support/corpus';

const variants = corpusAvailable ? loadVariants().filter((v) => v.variant.endsWith('.docx')) : [];

async function importVariant(variant: string): Promise<DocumentModel> {
  return importDocument(readCorpusFile(FORMATS_DIR, variant), variant);
}

function textOf(model: DocumentModel, block: { start: number; end: number }): string {
  return model.text.slice(block.start, block.end);
}

function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!corpusAvailable)('corpus DOCX files', () => {
  it('has DOCX variants to test', () => {
    expect(variants.length).toBeGreaterThanOrEqual(4);
  });

  it.each(variants.map((v) => [v.variant, v.source]))('%s keeps every gold passage of %s', async (variant, source) => {
    const model = await importVariant(variant);
    expect(model.format).toBe('docx');
    // No exclusions are needed: link targets are kept after their labels ("label (https://…)"), so even
    // passages that quote a Markdown link's URL are found in the DOCX text.
    const label = loadLabels().find((l) => l.file === source)!;
    const runs = wordRuns(model.text);
    const missing = Object.entries(label.quotes).flatMap(([category, passages]) =>
      passages.filter((p) => !locatePassage(model.text, p, runs)).map((p) => `${category}: ${JSON.stringify(p).slice(0, 100)}`),
    );
    expect(missing).toEqual([]);
    // LibreOffice does not record a page count in docProps/app.xml.
    expect(model.pageCount).toBeNull();
  });

  it('prints the acceptable use policy’s nested list numbers as Word and LibreOffice print them', async () => {
    const model = await importVariant('llama-3.2-acceptable-use-policy.docx');
    const items = model.blocks.filter((b) => b.kind === 'list-item');
    // Read off LibreOffice's PDF of this file: the second level continues 2–8 across the third-level items
    // (deeper items do not reset it), and the four reporting channels are bullets (no number).
    expect(items.map((b) => [b.level, b.number])).toEqual([
      [1, '1.'],
      [2, '1.'],
      ...['1.', '2.', '3.', '4.', '5.', '6.'].map((n) => [3, n]),
      ...['2.', '3.', '4.', '5.', '6.', '7.', '8.'].map((n) => [2, n]),
      ...['2.', '3.', '4.', '5.'].map((n) => [1, n]),
      [1, null],
      [1, null],
      [1, null],
      [1, null],
    ]);
    expect(textOf(model, items[1])).toMatch(/^1\. Engage in, promote, generate/);
    expect(textOf(model, items[items.length - 1])).toMatch(/^Reporting violations/);
  });

  it('keeps headings by style, and gives Heading-styled titles', async () => {
    const terms = await importVariant('llama-api-terms-of-service-2026-08-22.docx');
    expect(terms.blocks[0].kind).toBe('heading');
    expect(terms.title).toBe('Meta Model API Terms of Service');
    expect(terms.blocks.filter((b) => b.kind === 'list-item').length).toBeGreaterThan(50);
    expect(Math.max(...terms.blocks.map((b) => b.level))).toBeGreaterThanOrEqual(3);
    // Bullets are dropped: no list item starts with a bullet symbol or Symbol-font private-use glyph.
    for (const block of terms.blocks.filter((b) => b.kind === 'list-item')) expect(textOf(terms, block)).not.toMatch(/^[•\uF0B7\-*]/);

    const apache = await importVariant('apache-2.0.docx');
    const heading = apache.blocks.find((b) => b.kind === 'heading')!;
    expect([heading.level, textOf(apache, heading)]).toEqual([2, 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION']);
    // Its sections are numbered by hand ("4. Redistribution. …", "(a) …"): the numbers are still read.
    const numbered = apache.blocks.filter((b) => b.number !== null).map((b) => [b.level, b.number]);
    expect(numbered).toEqual([...['1.', '2.', '3.', '4.'].map((n) => [1, n]), ...['(a)', '(b)', '(c)', '(d)'].map((n) => [2, n]), ...['5.', '6.', '7.', '8.', '9.'].map((n) => [1, n])]);
  });

  it('titles a document by its bold opening line when it has no heading, never by a file-name dc:title', async () => {
    const policy = await importVariant('llama-3.2-acceptable-use-policy.docx');
    expect(policy.title).toBe('Llama 3.2 Acceptable Use Policy');
  });

  it.each(variants.filter((v) => v.source.endsWith('.md')).map((v) => [v.variant, v.source]))(
    '%s keeps every term its source sets in bold as bold emphasis',
    async (variant, source) => {
      const model = await importVariant(variant);
      const markdown = readFileSync(join(DOCUMENTS_DIR, source), 'utf8');
      const boldInSource = [...markdown.matchAll(/\*\*([^*\n]+?)\*\*/g)].map((m) => m[1].replace(/\s+/g, ' ').trim()).filter(Boolean);
      expect(boldInSource.length).toBeGreaterThan(0);
      const emphasised = new Set(
        model.blocks.flatMap((b) => (b.emphasis ?? []).filter((e) => e.kind === 'bold').map((e) => model.text.slice(e.start, e.end))),
      );
      const emphasisedText = [...emphasised].join('\n');
      const missing = boldInSource.filter((term) => !emphasised.has(term) && !emphasisedText.includes(term));
      expect(missing).toEqual([]);
    },
  );

  const printer = commandExists('soffice') && commandExists('pdftotext');
  it.skipIf(!printer)('numbers every numbered list item as LibreOffice prints it (live comparison; skipped without soffice)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'docx-print-'));
    try {
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...variants.map((v) => join(FORMATS_DIR, v.variant))],
        { stdio: 'ignore', timeout: 120_000 },
      );
      for (const { variant } of variants) {
        const printed = execFileSync('pdftotext', ['-layout', join(out, variant.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' })
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim());
        const model = await importVariant(variant);
        for (const block of model.blocks.filter((b) => b.kind === 'list-item' && b.number)) {
          // Some printed line holds this number followed by the item's own words, up to where the line wraps.
          const text = textOf(model, block);
          const printedHere = printed.some((line) => {
            const at = line.startsWith(`${block.number} `) ? 0 : line.indexOf(` ${block.number} `) + 1;
            if (at < 0 || (at === 0 && !line.startsWith(`${block.number} `))) return false;
            const rest = line.slice(at);
            return rest.length > block.number!.length + 8 && text.startsWith(rest);
          });
          expect(printedHere, `${variant}: ${JSON.stringify(text.slice(0, 60))} printed`).toBe(true);
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
