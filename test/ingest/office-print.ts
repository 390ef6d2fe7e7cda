/**
 * Word documents built at test time from corpus texts with the `docx` package, and printed to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`), so the PDF reader meets layouts the corpus PDFs do not have (two
 * columns, justified paragraphs without spacing, footnotes, Word-numbered lists) without committing the texts;
 * and web pages printed by Chromium (`chromium --headless --print-to-pdf`), as a browser's "Save as PDF" does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer, type Document } from 'docx';
import { DOCUMENTS_DIR } from '../support/corpus';

export function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const officeAvailable = commandExists('soffice');
export const chromiumAvailable = commandExists('chromium');

/** Prints an HTML page to PDF with headless Chromium (its default header and footer: date, title, URL, page). */
export function printWithChromium(html: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-print-'));
  try {
    writeFileSync(join(dir, 'page.html'), html);
    execFileSync(
      'chromium',
      ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${dir}/profile`, `--print-to-pdf=${join(dir, 'page.pdf')}`, `file://${join(dir, 'page.html')}`],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'page.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints Word documents to PDF with LibreOffice, all in one run; returns the PDFs by name. */
export async function printWithLibreOffice(documents: Record<string, Document>): Promise<Record<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'office-print-'));
  try {
    const names = Object.keys(documents);
    for (const name of names) writeFileSync(join(dir, `${name}.docx`), await Packer.toBuffer(documents[name]));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((name) => join(dir, `${name}.docx`))],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return Object.fromEntries(names.map((name) => [name, new Uint8Array(readFileSync(join(dir, `${name}.pdf`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The paragraphs of a corpus text, spaces collapsed: each non-empty line of a text written one paragraph per
 * line, or (`hardWrapped`) each run of lines between blank lines of a text wrapped at a fixed width.
 */
export function corpusParagraphs(file: string, hardWrapped = false): string[] {
  return readFileSync(join(DOCUMENTS_DIR, file), 'utf8')
    .split(hardWrapped ? /\r?\n\s*\r?\n/ : /\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
