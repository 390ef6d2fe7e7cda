import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode';
import { importDocument } from '../../src/ingest';

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
});
