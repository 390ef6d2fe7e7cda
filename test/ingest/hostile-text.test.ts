/**
 * Worst cases the fuzz run (test/reliability/fuzz.test.ts) found in the text importers, pinned down one by one:
 * Markdown nested or delimited beyond what the parser can read in time is read as plain text (its words kept);
 * a line indented by a huge run of spaces is split in linear time; half a surrogate pair never reaches the stored
 * text (it would not survive UTF-8 and would shift every offset after it).
 */
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/document/builder';
import { importDocument } from '../../src/ingest';
import { MARKDOWN_LIMITS, markdownOverload } from '../../src/ingest/markdown/complexity';
import { splitLines } from '../../src/ingest/text/lines';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const encode = (text: string) => new TextEncoder().encode(text);

async function timedImport(text: string, name: string) {
  const started = performance.now();
  const model = await importDocument(encode(text), name);
  return { model, ms: performance.now() - started };
}

describe('Markdown too complex to parse', () => {
  const policy = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'llama-3-acceptable-use-policy.md'));

  it('reads real documents as Markdown', () => {
    expect(markdownOverload(policy)).toBeNull();
    // Nesting a real policy uses (lists in quotes in lists) is far inside the limit.
    expect(markdownOverload('> - 1. item\n>   - nested\n>     > quoted\n')).toBeNull();
  });

  it('reads 5,000 nested quotes as plain text, quickly, keeping the words and saying why', async () => {
    const text = `${policy}\n\n${'>'.repeat(5_000)} quoted licence term\n`;
    expect(markdownOverload(text)).toMatch(/nested 5000 levels deep/);
    const { model, ms } = await timedImport(text, 'deep.md');
    expect(ms).toBeLessThan(5_000);
    expect(model.format).toBe('text');
    expect(model.warnings.join(' ')).toMatch(/imported as plain text: its lists or quotes are nested 5000 levels deep \(License Desk reads Markdown up to 48 levels\)/);
    expect(model.text).toContain('quoted licence term');
    expect(model.text).toContain('Violate the law or others’ rights');
  });

  it('reads a paragraph of thousands of emphasis markers, and thousands of footnotes, as plain text', () => {
    expect(markdownOverload(`${'*a '.repeat(MARKDOWN_LIMITS.maxDelimiters + 1)}\n`)).toMatch(/emphasis and link markers/);
    // The same markers spread over paragraphs are ordinary Markdown.
    expect(markdownOverload(`${'*a* b\n\n'.repeat(MARKDOWN_LIMITS.maxDelimiters)}`)).toBeNull();
    const notes = Array.from({ length: MARKDOWN_LIMITS.maxFootnoteDefinitions + 1 }, (_, i) => `[^${i}]: note ${i}`).join('\n');
    expect(markdownOverload(notes)).toMatch(/defines more than 1,000 footnotes/);
    // Markers inside a fenced code block are code, not Markdown structure.
    expect(markdownOverload(`\`\`\`\n${'>'.repeat(1_000)}\n\`\`\`\n`)).toBeNull();
  });
});

describe('text lines', () => {
  it('trims a line indented by 200,000 spaces in linear time', () => {
    const line = `${' '.repeat(200_000)}x${' \t'.repeat(100_000)}`;
    const started = performance.now();
    const [only] = splitLines(line);
    expect(performance.now() - started).toBeLessThan(500);
    expect(only.content).toBe('x');
  });
});

describe('half a surrogate pair', () => {
  it('becomes U+FFFD in the stored text, keeping every offset', () => {
    const builder = new DocumentBuilder();
    builder.addBlock({ kind: 'paragraph', segments: [{ text: 'Before \uD800 after, and a real pair \uD83D\uDE00 kept.' }] });
    builder.addBlock({ kind: 'paragraph', segments: [{ text: 'Next block \uDFFF.' }] });
    const model = builder.build({ bytes: new Uint8Array([1]), format: 'text', title: 't', pageCount: null });
    expect(model.text).toBe('Before \uFFFD after, and a real pair \uD83D\uDE00 kept.\n\nNext block \uFFFD.');
    // Well-formed UTF-16 survives a UTF-8 round trip (as SQLite stores it) unchanged.
    expect(new TextDecoder().decode(encode(model.text))).toBe(model.text);
    expect(model.text.slice(model.blocks[1].start, model.blocks[1].end)).toBe('Next block \uFFFD.');
  });
});
