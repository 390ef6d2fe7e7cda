import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument, ImportError, type ImportErrorCode } from '../../src/ingest';
import { BAD_DIR, corpusAvailable, FORMATS_DIR, PROJECT_ROOT, readCorpusFile } from '../support/corpus';
import { buildDocx, deflatedSpaceBomb, documentXml, para, rawZip, storedEntry } from './docx-fixtures';

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import was expected to fail');
}

async function expectRefused(bytes: Uint8Array, name: string, code: ImportErrorCode, message: RegExp): Promise<ImportError> {
  const error = await refusal(importDocument(bytes, name));
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

const PREFIX = documentXml('').replace('</w:body></w:document>', '') + '<w:p><w:r><w:t xml:space="preserve">';
const SUFFIX = '</w:t></w:r></w:p></w:body></w:document>';

/** A package whose word/document.xml inflates to `megabytes` MB of spaces, and whose directory declares `declared`. */
function spaceBombDocx(megabytes: number, declared: (realSize: number) => number): Uint8Array {
  const bomb = deflatedSpaceBomb(PREFIX, megabytes, SUFFIX);
  return rawZip([
    storedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    { name: 'word/document.xml', stored: bomb.stored, method: 8, declaredSize: declared(bomb.size) },
  ]);
}

/** Runs an import that must be refused, and reports how long it took and how much the process grew. */
async function measureRefusal(bytes: Uint8Array): Promise<{ error: ImportError; ms: number; rssGrowth: number }> {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const error = await refusal(importDocument(bytes, 'bomb.docx'));
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { error, ms, rssGrowth: peak - rssBefore };
}

const MB = 1024 * 1024;

describe('DOCX zip bombs', () => {
  it('refuses a package that declares more decompressed bytes than the limit, before inflating anything', async () => {
    const bytes = spaceBombDocx(300, (size) => size);
    expect(bytes.byteLength).toBeLessThan(400 * 1024);
    const { error, ms, rssGrowth } = await measureRefusal(bytes);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/bomb\.docx was refused: .*(expands|decompressed)/);
    expect(ms).toBeLessThan(1000);
    expect(rssGrowth).toBeLessThan(100 * MB);
  });

  it('refuses an entry whose compression ratio gives it away even when the total is under the limit', async () => {
    const bytes = spaceBombDocx(150, (size) => size);
    const { error, ms } = await measureRefusal(bytes);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/word\/document\.xml expands \d+ times/);
    expect(error.details).toMatchObject({ part: 'word/document.xml' });
    expect(ms).toBeLessThan(1000);
  });

  it('stops inflating a part whose central directory lies about its size, quickly and in bounded memory', async () => {
    // Declares 20 KB; really 300 MB of spaces.
    const bytes = spaceBombDocx(300, () => 20 * 1024);
    const { error, ms, rssGrowth } = await measureRefusal(bytes);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/decompresses to more than .* it declares/);
    expect(ms).toBeLessThan(1000);
    expect(rssGrowth).toBeLessThan(100 * MB);
  });

  it('refuses an XML part too big to parse safely even when its ratio and the package total are within limits', async () => {
    // 300 MB of spaces in ~300 KB, declared as 40 MB: a ratio of about 130 and a total under 200 MB.
    const bytes = spaceBombDocx(300, () => 40 * MB);
    const { error, ms, rssGrowth } = await measureRefusal(bytes);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/word\/document\.xml is 40\.0 MB of XML; the largest part License Desk reads is 16\.0 MB/);
    expect(ms).toBeLessThan(1000);
    expect(rssGrowth).toBeLessThan(100 * MB);
  });

  it('refuses a part of more paragraphs or elements than any agreement before parsing it (mammoth’s memory grows with them)', async () => {
    // Numbered, so the package does not compress past the ratio limit first.
    const paragraphs = buildDocx({ body: Array.from({ length: 30_000 }, (_, i) => para(`${i * 7919}. The Licensee shall not sublicense ${i}.`)).join('') });
    const many = await measureRefusal(paragraphs);
    expect(many.error.code).toBe('TOO_LARGE');
    expect(many.error.message).toMatch(/bomb\.docx was refused: its text has 30,0\d\d paragraphs; the most License Desk reads is 25,000/);
    // Counting is a scan of the inflated XML (about a second on a loaded 2-core machine); parsing it would take far longer.
    expect(many.ms).toBeLessThan(5000);
    expect(many.rssGrowth).toBeLessThan(150 * MB);
    const runs = buildDocx({ body: `<w:p>${Array.from({ length: 250_000 }, (_, i) => `<w:r><w:t>${i * 7919} </w:t></w:r>`).join('')}</w:p>` });
    const elements = await measureRefusal(runs);
    expect(elements.error.code).toBe('TOO_LARGE');
    expect(elements.error.message).toMatch(/its text has 50\d,\d{3} XML elements; the most License Desk reads is 400,000/);
    expect(elements.rssGrowth).toBeLessThan(150 * MB);
  });

  it('applies the caller’s decompressed-size limit', async () => {
    const bytes = buildDocx({ body: para('A perfectly ordinary clause. '.repeat(200)) });
    const error = await refusal(importDocument(bytes, 'small.docx', { limits: { maxDecompressedBytes: 2000 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect((await importDocument(bytes, 'small.docx')).text).toMatch(/^A perfectly ordinary clause\./);
  });
});

describe('DOCX hostile XML', () => {
  it('refuses deeply nested XML without overflowing the stack', async () => {
    // Deep enough to overflow a recursive reader many times over, small enough (<1 MB) not to trip the ratio check first.
    const depth = 20_000;
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + para('deep') + '</w:sdtContent></w:sdt>'.repeat(depth);
    const started = performance.now();
    await expectRefused(buildDocx({ body }), 'deep.docx', 'TOO_LARGE', /word\/document\.xml has elements nested more than \d+ deep/);
    expect(performance.now() - started).toBeLessThan(2000);
    const deepStyles = '<w:style w:type="paragraph" w:styleId="x">' + '<w:rPr>'.repeat(5000) + '</w:rPr>'.repeat(5000) + '</w:style>';
    await expectRefused(buildDocx({ body: para('x'), styles: deepStyles }), 'deep-styles.docx', 'TOO_LARGE', /word\/styles\.xml has elements nested/);
  });

  it('still imports nesting just inside the limit (mammoth’s recursive reader copes with it)', async () => {
    // document(1) > body(2) > 120 × (sdt > sdtContent) > p > r > t = 245 levels.
    const body = '<w:sdt><w:sdtContent>'.repeat(120) + para('Nested clause text.') + '</w:sdtContent></w:sdt>'.repeat(120);
    const model = await importDocument(buildDocx({ body }), 'nested.docx');
    expect(model.text).toBe('Nested clause text.');
  });

  it('refuses a DTD (entity expansion) as corrupt', async () => {
    const lol = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = documentXml(para('&b;')).replace('?>', `?>${lol}`);
    await expectRefused(buildDocx({ body: '', documentXml: xml }), 'lol.docx', 'CORRUPT', /not a valid Word document: word\/document\.xml contains a DTD/);
  });

  it('refuses broken XML as corrupt', async () => {
    const xml = documentXml(para('unfinished')).replace('</w:body></w:document>', '');
    await expectRefused(buildDocx({ body: '', documentXml: xml }), 'broken.docx', 'CORRUPT', /not a valid Word document: word\/document\.xml contains broken XML/);
  });
});

describe('DOCX that is not a valid Word document', () => {
  it('says a zip-looking file without a zip directory is not a valid Word document', async () => {
    const bytes = new Uint8Array([...strToU8('PK\u0003\u0004word/document.xml'), ...new Uint8Array(500).fill(7)]);
    await expectRefused(bytes, 'fake.docx', 'CORRUPT', /^fake\.docx is not a valid Word document: its zip directory is missing/);
  });

  it('says a truncated package is corrupt', async () => {
    if (!corpusAvailable) return;
    const whole = readCorpusFile(FORMATS_DIR, 'apache-2.0.docx');
    await expectRefused(whole.subarray(0, Math.floor(whole.byteLength / 2)), 'apache-2.0.docx', 'CORRUPT', /not a valid Word document/);
  });

  it('says a package without word/document.xml is not a valid Word document', async () => {
    const bytes = rawZip([storedEntry('word/documentation.txt', 'notes'), storedEntry('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')]);
    await expectRefused(bytes, 'parts.docx', 'CORRUPT', /not a valid Word document: it has no main document part/);
  });

  it('detects a damaged part by its checksum', async () => {
    const files = unzipSync(buildDocx({ body: para('Original clause.') }));
    const good = files['word/document.xml'];
    const entries = Object.entries(files).map(([name, data]) => storedEntry(name, new TextDecoder().decode(data)));
    const index = entries.findIndex((e) => e.name === 'word/document.xml');
    const damaged = new Uint8Array(good);
    damaged[damaged.indexOf('O'.charCodeAt(0))] = 'X'.charCodeAt(0);
    entries[index] = { ...entries[index], stored: damaged };
    await expectRefused(rawZip(entries), 'damaged.docx', 'CORRUPT', /word\/document\.xml fails its checksum/);
  });

  it('says a zip-password-encrypted package is encrypted', async () => {
    const bytes = buildDocx({ body: para('secret') });
    // Set the "encrypted" flag on every central directory entry.
    const view = Buffer.from(bytes);
    for (let at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      view.writeUInt16LE(view.readUInt16LE(at + 8) | 1, at + 8);
    }
    await expectRefused(new Uint8Array(view), 'zipcrypto.docx', 'ENCRYPTED', /encrypted/);
  });

  it('says a password-protected Word file (an OLE container with an EncryptedPackage) needs its password removed', async () => {
    // Saved by LibreOffice with a password (ECMA-376 standard encryption), see test/fixtures/docx/README.md.
    const bytes = new Uint8Array(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'docx', 'password-protected.docx')));
    await expectRefused(bytes, 'password-protected.docx', 'ENCRYPTED', /password/);
  });

  it('gives bad/random-bytes.docx its specific error', async () => {
    if (!corpusAvailable) return;
    await expectRefused(readCorpusFile(BAD_DIR, 'random-bytes.docx'), 'random-bytes.docx', 'CORRUPT', /random-bytes\.docx is not a valid DOCX file/);
  });
});

describe('DOCX recognised by content', () => {
  it('imports a Word file named .pdf as DOCX, with the same text', async () => {
    if (!corpusAvailable) return;
    const bytes = readCorpusFile(FORMATS_DIR, 'llama-3.2-acceptable-use-policy.docx');
    const asDocx = await importDocument(bytes, 'policy.docx');
    const asPdf = await importDocument(bytes, 'policy.pdf');
    expect(asPdf.format).toBe('docx');
    expect(asPdf.text).toBe(asDocx.text);
    expect(asPdf.blocks.map((b) => b.number)).toEqual(asDocx.blocks.map((b) => b.number));
  });

  it('does not pass parts it did not check to mammoth (media and headers are never read)', async () => {
    const files = unzipSync(buildDocx({ body: para('Body text only.') }));
    files['word/header1.xml'] = strToU8('<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Running header</w:t></w:r></w:p></w:hdr>');
    // Not even valid image data: it must not matter, because it is never inflated or read.
    files['word/media/image1.png'] = strToU8('not a png');
    const model = await importDocument(zipSync(files), 'with-media.docx');
    expect(model.text).toBe('Body text only.');
  });
});
