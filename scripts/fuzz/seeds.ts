/**
 * The files fuzz cases start from: real Markdown, text and Word files of the shared corpus, its real PDFs, and
 * small PDFs written from corpus texts in each PDF structure (pdf-writer.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_DIR, DOCUMENTS_DIR, FORMATS_DIR } from '../../test/support/corpus';
import { pageLines, writeTextPdf } from './pdf-writer';

export interface SeedFile {
  name: string;
  format: 'markdown' | 'text' | 'docx' | 'pdf';
  bytes: Uint8Array;
}

export interface FuzzSeeds {
  markdown: SeedFile[];
  text: SeedFile[];
  docx: SeedFile[];
  /** One to three pages, written here: quick to read, so most PDF cases use them. */
  smallPdf: SeedFile[];
  /** The corpus's own PDFs (Chromium and LibreOffice output, one truncated). */
  realPdf: SeedFile[];
  all(): SeedFile[];
}

/** Short and mid-sized documents: each case must be quick, and the structure is what is being damaged. */
const MARKDOWN = [
  'llama-3-acceptable-use-policy.md',
  'gemma-prohibited-use-policy-2024-02-21.md',
  'dolma-readme-2024-04-21-odc-by.md',
  'cohere-labs-acceptable-use-policy.mdx',
  'llama-3.2-acceptable-use-policy.md',
  'stability-ai-community-license-2024-07-05.md',
  'llama-api-acceptable-use-policy-current.md',
];
const TEXT = [
  'bsd-3-clause.txt',
  'mit-license-stability-ai-2024.txt',
  'chatglm-6b-model-license-2023-05-24.txt',
  'llama-2-community-license.txt',
  'gemma-terms-of-use-2025-03-24.txt',
  'apache-2.0.txt',
];
const DOCX = ['apache-2.0.docx', 'llama-3.2-acceptable-use-policy.docx', 'tongyi-qianwen-license-agreement.docx', 'llama-api-terms-of-service-2026-08-22.docx'];
const REAL_PDF = [
  [FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'],
  [FORMATS_DIR, 'gemma-terms-of-use-2025-03-24.chromium.pdf'],
  [FORMATS_DIR, 'stability-ai-community-license-2024-07-05.libreoffice.pdf'],
  [FORMATS_DIR, 'cc-by-nc-4.0-legalcode.libreoffice.pdf'],
  [BAD_DIR, 'truncated.pdf'],
] as const;
const PDF_SOURCES = ['llama-3.1-community-license.txt', 'bsd-3-clause.txt', 'gemma-terms-of-use-2025-03-24.txt', 'chatglm-6b-model-license-2023-05-24.txt'];

const read = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));

export function loadSeeds(): FuzzSeeds {
  const markdown = MARKDOWN.map((name) => ({ name, format: 'markdown' as const, bytes: read(DOCUMENTS_DIR, name) }));
  const text = TEXT.map((name) => ({ name, format: 'text' as const, bytes: read(DOCUMENTS_DIR, name) }));
  const docx = DOCX.map((name) => ({ name, format: 'docx' as const, bytes: read(FORMATS_DIR, name) }));
  const realPdf = REAL_PDF.map(([dir, name]) => ({ name, format: 'pdf' as const, bytes: read(dir, name) }));
  const smallPdf: SeedFile[] = [];
  for (const source of PDF_SOURCES) {
    const pages = pageLines(new TextDecoder().decode(read(DOCUMENTS_DIR, source)), 3);
    for (const [label, layout] of [
      ['plain', { compress: false, objectStreams: false }],
      ['flate', { compress: true, objectStreams: false }],
      ['objstm', { compress: true, objectStreams: true }],
    ] as const) {
      smallPdf.push({ name: `${source.replace(/\.txt$/, '')}.${label}.pdf`, format: 'pdf', bytes: writeTextPdf(pages, layout) });
    }
  }
  return { markdown, text, docx, smallPdf, realPdf, all: () => [...markdown, ...text, ...docx, ...smallPdf, ...realPdf] };
}
