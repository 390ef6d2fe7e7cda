/**
 * A PDF protected by an owner password only (printing, copying or editing restricted, no password to open it), as
 * vendors often publish their terms: it opens without a password, so it must import as the unprotected file does —
 * not be refused as encrypted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { FORMATS_DIR, corpusAvailable } from '../support/corpus';
import { commandExists } from './office-print';

describe.skipIf(!corpusAvailable || !commandExists('qpdf'))('a PDF with an owner password only (live; skipped without qpdf)', () => {
  it.each([
    ['printing', ['--print=none']],
    ['copying, printing and editing', ['--print=none', '--extract=n', '--modify=none']],
  ])('imports one restricting %s as its unprotected original', async (_, restrictions) => {
    const source = join(FORMATS_DIR, 'cc-by-nc-4.0-legalcode.libreoffice.pdf');
    const dir = mkdtempSync(join(tmpdir(), 'owner-password-'));
    try {
      const out = join(dir, 'restricted.pdf');
      execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', ...restrictions, '--', source, out], { stdio: 'ignore' });
      const restricted = await importDocument(new Uint8Array(readFileSync(out)), 'cc-by-nc.pdf');
      const original = await importDocument(new Uint8Array(readFileSync(source)), 'cc-by-nc.pdf');
      expect(readFileSync(out).includes('/Encrypt')).toBe(true);
      expect(restricted.text).toBe(original.text);
      expect(restricted.blocks.map((b) => b.kind)).toEqual(original.blocks.map((b) => b.kind));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
