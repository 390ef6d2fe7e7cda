/**
 * Builds the reference licence library (resources/licenses/texts/*.txt and library.json) from the hand-kept
 * catalogue (resources/licenses/catalogue.json) and two collections of real texts: the shared corpus
 * (../shared/corpus/documents + SOURCES.tsv) and Debian's /usr/share/common-licenses, copied unchanged into
 * test/fixtures/common-licenses (its README records their provenance).
 *
 *   npx tsx scripts/build-license-library.ts [--corpus <dir>] [--check]
 *
 * Each text is taken verbatim from its corpus file, then only made readable: the part named by startAt/endBefore
 * is cut out, Markdown markup is removed (link labels kept, link targets dropped, as a reader of the rendered page
 * sees it) and hard-wrapped lines are joined into paragraphs. The words are never edited. `--check` rebuilds in
 * memory and fails when the committed files differ (so a stale library is caught in CI).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ReferenceFactsSchema } from '../src/licenses/facts';
import type { LibraryFile, LibraryReference } from '../src/licenses/library-file';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const corpusDir = corpusArg >= 0 ? resolve(args[corpusArg + 1]) : resolve(root, '..', 'shared', 'corpus');
const checkOnly = args.includes('--check');
const outDir = join(root, 'resources', 'licenses');

const PhraseSpan = z.object({ from: z.string().min(1), to: z.string().min(1) });
const CatalogueEntry = z.object({
  id: z.string().regex(/^[A-Za-z0-9.+-]+$/),
  name: z.string(),
  family: z.string(),
  spdx: z.array(z.string()),
  huggingFace: z.string().optional(),
  version: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dateNote: z.string().optional(),
  source: z.object({
    /** Where `file` is: the shared corpus (default) or the copies of Debian's common licences. */
    collection: z.enum(['corpus', 'debian-common-licenses']).optional(),
    file: z.string(),
    startAt: z.string().optional(),
    endBefore: z.string().optional(),
    markdown: z.boolean().optional(),
    unwrap: z.boolean().optional(),
    retrieved: z.string().optional(),
  }),
  optional: z.array(PhraseSpan).optional(),
  variables: z.array(z.object({ text: z.string().min(1), maxWords: z.number().int().positive() })).optional(),
  facts: ReferenceFactsSchema,
});
const Catalogue = z.object({ references: z.array(CatalogueEntry) });
type Entry = z.infer<typeof CatalogueEntry>;

/** Debian's common licences: the package and version they were copied from, and where the copies are kept. */
const DEBIAN = { repository: 'Debian base-files 12.4+deb12u11', version: '12.4+deb12u11', copies: 'test/fixtures/common-licenses' };

interface SourceRow {
  title: string;
  repository: string;
  path: string;
  commit: string;
}

function loadSources(): Map<string, SourceRow> {
  const rows = new Map<string, SourceRow>();
  const lines = readFileSync(join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [file, title, repository, path, commit] = line.split('\t');
    rows.set(file, { title, repository, path, commit: commit.trim() });
  }
  return rows;
}

function cut(text: string, entry: Entry): string {
  let start = 0;
  let end = text.length;
  if (entry.source.startAt) {
    start = text.indexOf(entry.source.startAt);
    if (start < 0) throw new Error(`${entry.id}: startAt not found in ${entry.source.file}`);
  }
  if (entry.source.endBefore) {
    end = text.indexOf(entry.source.endBefore, start + 1);
    if (end < 0) throw new Error(`${entry.id}: endBefore not found in ${entry.source.file}`);
  }
  return text.slice(start, end);
}

/** Markdown -> the text a reader of the rendered page sees: markup dropped, link labels kept, targets dropped. */
function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return '';
      return line
        .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
        .replace(/^(\s*)#{1,6}\s+/, '$1')
        .replace(/\*\*|__/g, '')
        .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
        .replace(/[ \t]+$/, '');
    })
    .join('\n');
}

const COPYRIGHT_LINE = /^(?:copyright\s+(?:\(c\)|©|\d{4}|\[yyyy\]|<year>)|©)/i;
const LINE_STARTER = /^(?:[-*•]\s|\(?[0-9A-Za-z]{1,4}[.)]\s|\([0-9A-Za-z]{1,4}\)\s)/;

/** Joins hard-wrapped lines into one line per paragraph or list item; short lines (headings) stay alone. */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => l.trim().length));
  const paragraphs = text.split(/\n[ \t]*\n/);
  return paragraphs
    .map((para) => {
      const out: string[] = [];
      let previousRaw = '';
      for (const raw of para.split('\n')) {
        const line = raw.trim();
        if (!line) continue;
        const previous = out.at(-1);
        const previousShort = previousRaw.trim().length < width * 0.5;
        if (previous === undefined || previousShort || (LINE_STARTER.test(line) && /[.:;!?,"”)]$/.test(previous)) || (COPYRIGHT_LINE.test(line) && /[.:;!?"”)>]$/.test(previous)) || COPYRIGHT_LINE.test(previous)) {
          out.push(line);
        } else {
          out[out.length - 1] = /[A-Za-z]-$/.test(previous) ? previous + line : `${previous} ${line}`;
        }
        previousRaw = raw;
      }
      return out.join('\n');
    })
    .filter((p) => p.length > 0)
    .join('\n\n');
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Finds a phrase with flexible whitespace; returns [start, end) or throws. */
function findPhrase(text: string, phrase: string, from: number, id: string): [number, number] {
  const pattern = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) throw new Error(`${id}: phrase not found in the reference text: "${phrase}"`);
  return [m.index, m.index + m[0].length];
}

function build(): { library: LibraryFile; texts: Map<string, string> } {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')));
  const sources = loadSources();
  const texts = new Map<string, string>();
  const references: LibraryReference[] = [];
  const seen = new Set<string>();
  for (const entry of catalogue.references) {
    if (seen.has(entry.id)) throw new Error(`duplicate reference id ${entry.id}`);
    seen.add(entry.id);
    const debian = entry.source.collection === 'debian-common-licenses';
    const source: SourceRow | undefined = debian
      ? { title: entry.name, repository: DEBIAN.repository, path: `/usr/share/common-licenses/${entry.source.file.replace(/\.txt$/, '')}`, commit: DEBIAN.version }
      : sources.get(entry.source.file);
    if (!source) throw new Error(`${entry.id}: ${entry.source.file} is not listed in SOURCES.tsv`);
    const sourcePath = debian ? join(root, DEBIAN.copies, entry.source.file) : join(corpusDir, 'documents', entry.source.file);
    let text = readFileSync(sourcePath, 'utf8').replace(/\r\n?/g, '\n');
    text = cut(text, entry);
    if (entry.source.markdown) text = stripMarkdown(text);
    if (entry.source.unwrap) text = unwrap(text);
    text = tidy(text) + '\n';

    const optional = (entry.optional ?? []).map((span) => {
      const [start] = findPhrase(text, span.from, 0, entry.id);
      const [, end] = findPhrase(text, span.to, start, entry.id);
      return { start, end };
    });
    const variables: LibraryReference['variables'] = [];
    for (const variable of entry.variables ?? []) {
      let from = 0;
      // Every occurrence of a template phrase is variable (BSD names the holder in two places).
      for (;;) {
        const re = new RegExp(variable.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g');
        re.lastIndex = from;
        const m = re.exec(text);
        if (!m) break;
        variables.push({ start: m.index, end: m.index + m[0].length, maxWords: variable.maxWords });
        from = m.index + m[0].length;
      }
      if (from === 0) throw new Error(`${entry.id}: variable phrase not found: "${variable.text}"`);
    }

    const file = `texts/${entry.id}.txt`;
    texts.set(file, text);
    references.push({
      id: entry.id,
      name: entry.name,
      family: entry.family,
      spdx: entry.spdx,
      ...(entry.huggingFace ? { huggingFace: entry.huggingFace } : {}),
      version: entry.version,
      date: entry.date,
      ...(entry.dateNote ? { dateNote: entry.dateNote } : {}),
      text: file,
      sha256: createHash('sha256').update(text).digest('hex'),
      provenance: {
        ...(debian ? { copy: `${DEBIAN.copies}/${entry.source.file}` } : { corpusFile: entry.source.file }),
        repository: source.repository,
        path: source.path,
        commit: source.commit,
        sourceTitle: source.title,
        ...(entry.source.retrieved ? { retrieved: entry.source.retrieved } : {}),
        ...(entry.source.startAt ? { startAt: entry.source.startAt } : {}),
        ...(entry.source.endBefore ? { endBefore: entry.source.endBefore } : {}),
        transformations: [
          ...(entry.source.startAt || entry.source.endBefore ? ['excerpt'] : []),
          ...(entry.source.markdown ? ['markdown-to-text'] : []),
          ...(entry.source.unwrap ? ['unwrapped'] : []),
        ],
      },
      optional,
      variables,
      facts: entry.facts,
    });
  }
  return { library: { schema: 1, references }, texts };
}

function main(): void {
  const { library, texts } = build();
  const libraryJson = JSON.stringify(library, null, 2) + '\n';
  if (checkOnly) {
    const stale: string[] = [];
    if (!existsSync(join(outDir, 'library.json')) || readFileSync(join(outDir, 'library.json'), 'utf8') !== libraryJson) stale.push('library.json');
    for (const [file, text] of texts) {
      const path = join(outDir, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
    }
    if (stale.length > 0) {
      console.error(`The licence library is stale; run scripts/build-license-library.ts. Differs: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log(`licence library up to date (${library.references.length} references)`);
    return;
  }
  const textDir = join(outDir, 'texts');
  if (existsSync(textDir)) for (const f of readdirSync(textDir)) rmSync(join(textDir, f));
  mkdirSync(textDir, { recursive: true });
  for (const [file, text] of texts) writeFileSync(join(outDir, file), text);
  writeFileSync(join(outDir, 'library.json'), libraryJson);
  console.log(`wrote ${library.references.length} references to ${outDir}`);
}

main();
