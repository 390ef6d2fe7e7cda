/**
 * Fuzz cases: case i of a run is built from the run seed and i alone (see random.ts), from the corpus files in
 * seeds.ts, by one of the mutations of mutate-*.ts. The mix favours cheap inputs (small Markdown, text and
 * DOCX files, one-to-three-page PDFs) so thousands of cases fit in a CI run; real PDFs and huge inputs are a
 * steady minority. A PDF case costs about half a second whatever its size (its page worker starts and loads
 * pdf.js), five times a text case: PDFs are one case in seven.
 */
import { anyByteMutation, splice, type Mutant } from './mutate-bytes';
import { DOCX_MUTATIONS } from './mutate-docx';
import { hugePageCount, PDF_MUTATIONS } from './mutate-pdf';
import { TEXT_MUTATIONS } from './mutate-text';
import { Random } from './random';
import type { FuzzSeeds, SeedFile } from './seeds';

export interface FuzzCase {
  index: number;
  /** File name given to the importer (its extension is part of the test: it decides Markdown vs text). */
  name: string;
  /** Which family of damage, e.g. "docx/centralDirectory". */
  kind: string;
  /** The seed file and exactly what was done to it. */
  detail: string;
  bytes: Uint8Array;
}

type Builder = (rng: Random, seeds: FuzzSeeds) => { seed: SeedFile; kind: string; mutant: Mutant; name?: string };

const BUILDERS: Array<readonly [Builder, number]> = [
  // Markdown and text: damage to the bytes, and to the structure the parsers walk.
  [(rng, seeds) => withSeed(rng.pick([...seeds.markdown, ...seeds.text]), (seed) => ({ kind: 'text/bytes', mutant: anyByteMutation(rng, seed.bytes) })), 12],
  [
    (rng, seeds) =>
      withSeed(rng.pick([...seeds.markdown, ...seeds.markdown, ...seeds.text]), (seed) => {
        const name = rng.pick(Object.keys(TEXT_MUTATIONS) as Array<keyof typeof TEXT_MUTATIONS>);
        return { kind: `text/${name}`, mutant: TEXT_MUTATIONS[name](rng, seed.bytes) };
      }),
    36,
  ],
  // Word: the zip and the XML inside it.
  [
    (rng, seeds) =>
      withSeed(rng.pick(seeds.docx), (seed) => {
        const name = rng.pick(Object.keys(DOCX_MUTATIONS) as Array<keyof typeof DOCX_MUTATIONS>);
        return { kind: `docx/${name}`, mutant: DOCX_MUTATIONS[name](rng, seed.bytes) };
      }),
    22,
  ],
  [(rng, seeds) => withSeed(rng.pick(seeds.docx), (seed) => ({ kind: 'docx/bytes', mutant: anyByteMutation(rng, seed.bytes) })), 5],
  // PDF: small generated files in the three structures, most of the time; the corpus's real PDFs sometimes.
  [
    (rng, seeds) =>
      withSeed(rng.pick(seeds.smallPdf), (seed) => {
        const name = rng.pick(Object.keys(PDF_MUTATIONS) as Array<keyof typeof PDF_MUTATIONS>);
        return { kind: `pdf/${name}`, mutant: PDF_MUTATIONS[name](rng, seed.bytes) };
      }),
    10,
  ],
  [(rng, seeds) => withSeed(rng.pick(seeds.smallPdf), (seed) => ({ kind: 'pdf/bytes', mutant: anyByteMutation(rng, seed.bytes) })), 3],
  [
    (rng, seeds) =>
      withSeed(rng.pick(seeds.realPdf), (seed) => {
        if (rng.chance(0.5)) return { kind: 'real-pdf/bytes', mutant: anyByteMutation(rng, seed.bytes) };
        const name = rng.pick(['brokenXref', 'streamLengths', 'pageTree', 'brokenFilter'] as const);
        return { kind: `real-pdf/${name}`, mutant: PDF_MUTATIONS[name](rng, seed.bytes) };
      }),
    1,
  ],
  [(rng, seeds) => withSeed(rng.pick(seeds.text), (seed) => ({ kind: 'pdf/hugePageCount', mutant: hugePageCount(rng, new TextDecoder().decode(seed.bytes)), name: 'many-pages.pdf' })), 0.5],
  // Any file under any name, or two files glued together.
  [
    (rng, seeds) => {
      const all = seeds.all();
      const seed = rng.pick(all);
      const other = rng.pick(all);
      const name = rng.pick(['glued.pdf', 'glued.docx', 'glued.md', 'glued.txt', 'glued']);
      return { seed, kind: 'any/splice', mutant: splice(rng, seed.bytes, other.bytes), name };
    },
    3,
  ],
];

function withSeed(seed: SeedFile, build: (seed: SeedFile) => { kind: string; mutant: Mutant; name?: string }) {
  return { seed, ...build(seed) };
}

const EXTENSIONS: Record<SeedFile['format'], string> = { markdown: 'md', text: 'txt', docx: 'docx', pdf: 'pdf' };

export function buildCase(seeds: FuzzSeeds, runSeed: number, index: number): FuzzCase {
  const rng = Random.forCase(runSeed, index);
  const builder = rng.weighted(BUILDERS);
  const { seed, kind, mutant, name } = builder(rng, seeds);
  // Now and then the extension lies: content decides the format, the name only Markdown vs text.
  const extension = rng.chance(0.05) ? rng.pick(['pdf', 'docx', 'md', 'txt', 'mdx', 'bin']) : seed.name.endsWith('.mdx') ? 'mdx' : EXTENSIONS[seed.format];
  return {
    index,
    name: name ?? `case-${index}.${extension}`,
    kind,
    detail: `${seed.name}: ${mutant.detail}`,
    bytes: mutant.bytes,
  };
}
