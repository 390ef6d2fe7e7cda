import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';

const CP1252_SPECIALS: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };

/** Encodes text as a legacy Windows editor would have saved it. */
function toWindows1252(text: string): Uint8Array {
  return new Uint8Array(
    Array.from(text, (ch) => {
      const code = CP1252_SPECIALS[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}

const LATIN1_SAMPLE = 'Lizenzgebühr für die Nutzung des Modells: 1.000 € pro Jahr. © Société Générale, “Straße” – Zürich';

describe('text decoding', () => {
  it('reads a Latin-1 / Windows-1252 file with its accents, euro sign and curly quotes, and says so', async () => {
    // Latin-1 bytes for the accents, Windows-1252 bytes for €, “ ” and – (Buffer's 'latin1' cannot write those).
    const cp1252 = new Uint8Array(
      Array.from(`${LATIN1_SAMPLE}\n`, (ch) => ({ '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 })[ch] ?? ch.charCodeAt(0)),
    );
    expect(new TextDecoder('utf-8').decode(cp1252)).toContain('\uFFFD'); // not UTF-8

    const model = await importDocument(cp1252, 'lizenz.txt');
    expect(model.text).toBe(LATIN1_SAMPLE);
    expect(model.warnings.join(' ')).toMatch(/not UTF-8.*Windows-1252/);

    const plainLatin1 = decodeText(new Uint8Array(Buffer.from('Gebühr für Société', 'latin1')));
    expect(plainLatin1).toMatchObject({ text: 'Gebühr für Société', encoding: 'windows-1252' });
  });

  it('keeps the UTF-8 of a mostly-UTF-8 file and reads only its stray bytes as Windows-1252', () => {
    const bytes = new Uint8Array([...Buffer.from('Société “Générale” '), 0xe9, ...Buffer.from(' fin')]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Société “Générale” é fin');
    expect(decoded.encoding).toBe('utf-8+windows-1252');
    expect(decoded.warning).toMatch(/1 byte/);
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM or recognisably without one', () => {
    const text = 'Gebühr für Société — 使用许可';
    expect(decodeText(new Uint8Array(Buffer.from(text))).text).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toMatchObject({ text, encoding: 'utf-8', warning: null });
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toMatchObject({ text, encoding: 'utf-16le' });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text, encoding: 'utf-16be' });
    const english = 'The Licensee may use the Model for research.';
    expect(decodeText(new Uint8Array(Buffer.from(english, 'utf16le')))).toMatchObject({ text: english, encoding: 'utf-16le' });
  });

  it('imports a UTF-16 file with a BOM and CRLF line ends like its UTF-8 twin', async () => {
    const source = 'MODEL LICENSE\r\n\r\n1. Grant. You may use the Model.\r\n2. Limits. You may not sell it.\r\n';
    const utf8 = await importDocument(new Uint8Array(Buffer.from(source)), 'licence.txt');
    const utf16 = await importDocument(new Uint8Array([0xff, 0xfe, ...Buffer.from(source, 'utf16le')]), 'licence.txt');
    expect(utf16.text).toBe(utf8.text);
    expect(utf16.blocks.map((b) => b.number)).toEqual([null, '1.', '2.']);
    expect(utf16.warnings).toEqual([]);
  });

  it.skipIf(!corpusAvailable)('imports a real licence saved as Windows-1252 with CRLF line ends exactly like its UTF-8 original', async () => {
    // The Llama 3.1 licence has curly quotes and apostrophes; its one U+2028 has no Windows-1252 byte.
    const original = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'llama-3.1-community-license.txt')).replaceAll('\u2028', '');
    const utf8 = await importDocument(new TextEncoder().encode(original), 'llama-3.1-community-license.txt');
    const legacy = await importDocument(toWindows1252(original.replace(/\n/g, '\r\n')), 'llama-3.1-community-license.txt');
    expect(legacy.text).toBe(utf8.text);
    expect(legacy.blocks.map((b) => [b.kind, b.number, b.level])).toEqual(utf8.blocks.map((b) => [b.kind, b.number, b.level]));
    expect(legacy.text).toContain('“Llama Materials” means, collectively, Meta’s proprietary Llama 3.1');
    expect(legacy.warnings).toEqual(['The file is not UTF-8; it was read as Windows-1252 (Latin-1).']);
  });
});
