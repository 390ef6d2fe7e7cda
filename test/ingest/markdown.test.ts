import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, locatePassage, readCorpusFile } from '../support/corpus';

async function importCorpusMarkdown(file: string): Promise<DocumentModel> {
  return importDocument(readCorpusFile(DOCUMENTS_DIR, file), file);
}

async function importMarkdownString(text: string, name = 'sample.md'): Promise<DocumentModel> {
  return importDocument(new TextEncoder().encode(text), name);
}

const textOf = (model: DocumentModel, block: Block) => model.text.slice(block.start, block.end);
const texts = (model: DocumentModel) => model.blocks.map((b) => textOf(model, b));
const blockStarting = (model: DocumentModel, prefix: string) => {
  const block = model.blocks.find((b) => textOf(model, b).startsWith(prefix));
  if (!block) throw new Error(`no block starts with ${JSON.stringify(prefix)}`);
  return block;
};
const emphasised = (model: DocumentModel, block: Block, kind: 'bold' | 'italic') =>
  (block.emphasis ?? []).filter((e) => e.kind === kind).map((e) => model.text.slice(e.start, e.end));

describe.skipIf(!corpusAvailable)('Markdown documents from the corpus', () => {
  it('reads the OpenAI Services Agreement: setext headings keep "1." as their number, bulleted clauses keep "1.1."', async () => {
    const model = await importCorpusMarkdown('chatgpt-commercial-terms-2026-08-22.md');
    expect(model.format).toBe('markdown');
    expect(model.title).toBe('OpenAI Services Agreement');
    expect(blockStarting(model, 'OpenAI Services Agreement')).toMatchObject({ kind: 'heading', level: 1 });
    expect(blockStarting(model, '1. Services.')).toMatchObject({ kind: 'heading', level: 2, number: '1.' });
    expect(blockStarting(model, '1.1. Services Term. OpenAI will deliver')).toMatchObject({ kind: 'list-item', level: 1, number: '1.1.' });
    expect(blockStarting(model, 'a. Provisioning.')).toMatchObject({ kind: 'list-item', level: 2, number: 'a.' });
    expect(model.text).not.toMatch(/\*\*|\\\.|^\* /m);
    // A link keeps its target after its label.
    expect(model.text).toContain('“Usage Policies” means the usage policies at: https://openai.com/policies/usage-policies (https://openai.com/policies/usage-policies/).');
  });

  it('takes the title of an .mdx page from its front matter and leaves the front matter and HTML tags out of the text', async () => {
    const model = await importCorpusMarkdown('cohere-usage-guidelines-2024-04.mdx');
    expect(model.title).toBe('Usage Guidelines');
    expect(model.text).not.toMatch(/slug:|createdAt|<a |target="_blank"|href/);
    expect(model.text).toContain('you should refer to the Generation and Representation model cards');
    expect(blockStarting(model, '(Qiu et al., 2020) describes the history')).toMatchObject({ kind: 'paragraph' });
    expect(blockStarting(model, '3. Understand and Prevent Disallowed Use Cases')).toMatchObject({ kind: 'heading', level: 3, number: '3.' });
    const harassment = blockStarting(model, 'Harassment: Bullying');
    expect(harassment).toMatchObject({ kind: 'list-item', level: 2 });
    expect(emphasised(model, harassment, 'bold')).toEqual(['Harassment:']);
    // An explicit link shows its address; a mailto link too.
    expect(model.text).toContain('safety@cohere.ai (mailto:safety@cohere.ai)');
  });

  it('makes a bold line standing alone a heading, and nests the Llama 3.1 use policy’s bullets', async () => {
    const model = await importCorpusMarkdown('llama-3.1-acceptable-use-policy.md');
    expect(model.title).toBe('Llama 3.1 Acceptable Use Policy');
    expect(blockStarting(model, 'Prohibited Uses')).toMatchObject({ kind: 'heading' });
    expect(blockStarting(model, 'Violate the law or others’ rights, including to:')).toMatchObject({ kind: 'list-item', level: 1, number: null });
    expect(blockStarting(model, 'Violence or terrorism')).toMatchObject({ kind: 'list-item', level: 3 });
    // Raw HTML: the span's text stays, the tag goes.
    expect(model.text).toContain('Reporting issues with the model: https://github.com/meta-llama/llama-models/issues');
    expect(model.text).not.toContain('<span');
    const policy = blockStarting(model, 'Meta is committed');
    expect(emphasised(model, policy, 'bold')).toEqual(['Policy']);
  });

  it('keeps nested ordered numbers and their levels (Gemma prohibited use policy)', async () => {
    const model = await importCorpusMarkdown('gemma-prohibited-use-policy-2024-02-21.md');
    expect(blockStarting(model, '2. Perform or facilitate dangerous, illegal, or malicious activities')).toMatchObject({ kind: 'list-item', level: 1, number: '2.' });
    expect(blockStarting(model, '1. Facilitation or promotion of illegal activities')).toMatchObject({ level: 2, number: '1.' });
    expect(blockStarting(model, '3. Facilitating or encouraging users to commit any type of crimes')).toMatchObject({ level: 3, number: '3.' });
    expect(blockStarting(model, '4. Generate sexually explicit content')).toMatchObject({ level: 1, number: '4.' });
  });

  it('turns GFM tables into table cells with their position (LAION-5B 2023)', async () => {
    const model = await importCorpusMarkdown('laion-5b-announcement-2023-01-25.md');
    const cells = model.blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.length).toBeGreaterThan(20);
    const header = cells.filter((c) => c.table?.table === 1 && c.table.row === 1).map((c) => textOf(model, c));
    expect(header).toEqual(['Clip Model', 'Dataset', 'URL', 'Size', 'Host']);
    const hosted = cells.find((c) => textOf(model, c).startsWith('image embeddings & metadata (https://huggingface.co/datasets/laion/laion2b-multi-vit-l-14'));
    expect(hosted?.table).toMatchObject({ table: 1, column: 3, header: false });
    expect(model.text).not.toContain('|');
  });

  it('reads a licence pasted into a .md file as the plain text it is: capital titles are headings, lettered lines are items', async () => {
    const model = await importCorpusMarkdown('stability-ai-community-license-2024-07-05.md');
    expect(model.title).toBe('STABILITY AI COMMUNITY LICENSE AGREEMENT');
    expect(blockStarting(model, 'IV. GENERAL TERMS')).toMatchObject({ kind: 'heading', number: 'IV.' });
    expect(blockStarting(model, 'b. Use Restrictions.')).toMatchObject({ kind: 'list-item', number: 'b.', level: 1 });
    expect(blockStarting(model, '(iii) Ownership of Outputs.')).toMatchObject({ kind: 'list-item', number: '(iii)', level: 2 });
  });

  it('shows an image by its alt text and drops HTML comments (Dolma README)', async () => {
    const model = await importCorpusMarkdown('dolma-readme-2024-04-21-odc-by.md');
    expect(texts(model)[0]).toBe("Dolma's official logo. It's dolma written in yellow, round lowercase letters over a blue background.");
    expect(model.text).not.toMatch(/raw\.githubusercontent|\{% raw %\}|<!--/);
    expect(locatePassage(model.text, 'Dolma is licensed under **[ODC-BY](https://opendatacommons.org/licenses/by/1-0/)**; see our')).not.toBeNull();
  });
});

describe('Markdown rules', () => {
  it('honours an ordered list’s start number and delimiter; later paragraphs of an item are number-less items', async () => {
    const model = await importMarkdownString('3. Third clause\n4. Fourth clause\n\n   More about the fourth.\n\n   1) nested one\n   2) nested two\n');
    expect(model.blocks.map((b) => [b.kind, b.level, b.number, textOf(model, b)])).toEqual([
      ['list-item', 1, '3.', '3. Third clause'],
      ['list-item', 1, '4.', '4. Fourth clause'],
      ['list-item', 1, null, 'More about the fourth.'],
      ['list-item', 2, '1)', '1) nested one'],
      ['list-item', 2, '2)', '2) nested two'],
    ]);
  });

  it('renders links as "label (url)", autolinks and bare URLs once, images as alt text, and raw HTML as its text', async () => {
    const model = await importMarkdownString(
      'See <https://a.example/x>, www.b.example and [the policy](https://c.example/p) or ![company logo](logo.png). One<br>two <script>alert(1)</script>three <style>p { color: red }</style><b>four</b>.',
    );
    expect(model.text).toBe('See https://a.example/x, www.b.example and the policy (https://c.example/p) or company logo. One two three four.');
  });

  it('shows a link to a place in the same document (a card\'s table of contents, "see [Section 4](#4-use)") as its label alone', async () => {
    const model = await importMarkdownString('- [Licensing Information](#licensing-information)\n\nUse is limited as set out in [Section 4](#4-use) and [the policy](https://c.example/p#bans).');
    expect(texts(model)).toEqual(['Licensing Information', 'Use is limited as set out in Section 4 and the policy (https://c.example/p#bans).']);
  });

  it('decodes legacy HTML entities written without their semicolon, as browsers do ("Blog&nbsp | Site"), and leaves other ampersands', async () => {
    const bare = await importMarkdownString('<p align="center"><a href="https://a.example">Blog</a>&nbsp | <a href="https://b.example">Site</a>&nbsp; | R&D &copy 2024 &notanentity</p>');
    const full = await importMarkdownString('<p align="center"><a href="https://a.example">Blog</a>&nbsp; | <a href="https://b.example">Site</a>&nbsp; | R&D &copy; 2024 &notanentity</p>');
    expect(bare.text).toBe(full.text);
    expect(bare.text).not.toContain('&nbsp');
    expect(bare.text).toContain('R&D © 2024 &notanentity');
    expect((await importMarkdownString('<p>Write &amp;nbsp; for a space</p>')).text).toBe('Write &nbsp; for a space');
  });

  it('keeps every link target exactly as written: not percent-encoded, not punycoded, not dropped for its scheme', async () => {
    const model = await importMarkdownString('See [the terms](https://bücher.example/agb?q=a%20b) and [accept](javascript:void(0)), or <https://bücher.example/ü>.');
    expect(model.text).toBe('See the terms (https://bücher.example/agb?q=a%20b) and accept (javascript:void(0)), or https://bücher.example/ü.');
  });

  it('keeps footnotes where they are written (also one nobody cites), reference links with their address, and drops task checkboxes', async () => {
    const model = await importMarkdownString(
      [
        'Use is limited[^1] as set out in [the policy][aup].',
        '',
        '[^1]: Limited to research.',
        '',
        '- [x] Attribution given',
        '- [ ] Notice file `NOTICE\nincluded`',
        '',
        '[^2]: A note nobody cites.',
        '',
        '[aup]: https://a.example/aup',
        '',
        'After the notes.',
      ].join('\n'),
    );
    expect(texts(model)).toEqual([
      'Use is limited[1] as set out in the policy (https://a.example/aup).',
      '[1] Limited to research.',
      'Attribution given',
      'Notice file NOTICE included',
      '[2] A note nobody cites.',
      'After the notes.',
    ]);
  });

  it('drops markup, thematic breaks and code fences but keeps block quotes and code as paragraphs', async () => {
    const model = await importMarkdownString('# Title\n\n> Quoted **bold** and _italic_\n\n***\n\n```\nconst a = 1;\n```\n\nEscaped \\*stars\\* & 1\\. stay\n');
    expect(texts(model)).toEqual(['Title', 'Quoted bold and italic', 'const a = 1;', 'Escaped *stars* & 1. stay']);
    expect(emphasised(model, model.blocks[1], 'bold')).toEqual(['bold']);
    expect(emphasised(model, model.blocks[1], 'italic')).toEqual(['italic']);
  });

  it('treats MDX imports, comments and JSX components like HTML: only their text content remains', async () => {
    const model = await importMarkdownString(
      '---\ntitle: "Acme Model Policy"\n---\nimport { Note } from "./note";\n\n{/* internal */}\n\n<Note type="warning">\nDo not use the model for **weapons**.\n</Note>\n\n<Card href={links.policy}>See the policy.</Card>\n',
      'policy.mdx',
    );
    expect(model.title).toBe('Acme Model Policy');
    expect(texts(model)).toEqual(['Do not use the model for weapons.', 'See the policy.']);
  });

  it('titles a document by TOML front matter, else its top heading, else its file name', async () => {
    expect((await importMarkdownString('+++\ntitle = "From TOML"\n+++\n\n# Heading\n')).title).toBe('From TOML');
    expect((await importMarkdownString('## Minor\n\n# Main Title\n\ntext')).title).toBe('Main Title');
    expect((await importMarkdownString('Just text.', 'vendor-terms.md')).title).toBe('vendor-terms');
  });

  it('reads a bold or capitalised line standing alone as a heading, keeping its number', async () => {
    const model = await importMarkdownString('## Terms\n\n**1. Definitions**\n\nText.\n\nII. RESTRICTIONS\n\n**Note:** not a heading.\n');
    expect(model.blocks.map((b) => [b.kind, b.level, b.number, textOf(model, b)])).toEqual([
      ['heading', 2, null, 'Terms'],
      ['heading', 3, '1.', '1. Definitions'],
      ['paragraph', 0, null, 'Text.'],
      ['heading', 3, 'II.', 'II. RESTRICTIONS'],
      ['paragraph', 0, null, 'Note: not a heading.'],
    ]);
  });

  it('does not split wrapped prose at a number in the middle of a sentence', async () => {
    const model = await importMarkdownString('The Licensee may use the Work under version\n2.0 of the License, and the terms in Section\n4. No more.\n');
    expect(model.blocks).toHaveLength(1);
    expect(model.blocks[0].kind).toBe('paragraph');
  });
});
