import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { MemoError, MEMO_FORMATS, MEMO_SECTIONS, defaultPdfEngine, parseSectionList, type MemoFormat, type MemoSectionId } from '../../memo';
import { EXIT_OK, UsageError } from '../io';
import { parseId } from './documents';
import type { Command, ParsedCommand } from './types';

const EXTENSION_FORMATS: Record<string, MemoFormat> = { '.docx': 'docx', '.pdf': 'pdf', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

function sections(value: ParsedCommand['values'][string], option: string): MemoSectionId[] | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  try {
    return parseSectionList(Array.isArray(value) ? value : [value]);
  } catch (error) {
    if (error instanceof MemoError) throw new UsageError(`--${option}: ${error.message.replace(/\.$/, '')}`);
    throw error;
  }
}

function formatOf(values: ParsedCommand['values'], out: string): MemoFormat {
  const raw = typeof values.format === 'string' ? values.format.toLowerCase() : EXTENSION_FORMATS[extname(out).toLowerCase()];
  if (!raw) throw new UsageError(`say which format with --format ${MEMO_FORMATS.join('|')} (the file name ${JSON.stringify(basename(out))} does not tell)`);
  const format = raw === 'markdown' ? 'md' : raw;
  if (!(MEMO_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${MEMO_FORMATS.join(', ')} (got ${JSON.stringify(raw)})`);
  return format as MemoFormat;
}

/** Written under a temporary name in the same folder and renamed, so a failed export never leaves half a memo. */
async function writeAtomically(path: string, content: Uint8Array | string): Promise<void> {
  const staging = await mkdtemp(join(dirname(path), '.memo-'));
  try {
    const partial = join(staging, basename(path));
    await writeFile(partial, content);
    await rename(partial, path);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export const memoCommand: Command = {
  name: 'memo',
  usage: 'memo <assessment-id>',
  summary: 'export the review memo of an assessment as DOCX, PDF, Markdown or HTML',
  options: {
    format: { type: 'string', description: `${MEMO_FORMATS.join(', ')} (default: from the --out file name)` },
    out: { type: 'string', short: 'o', description: 'file to write; "-" prints Markdown or HTML to stdout' },
    include: { type: 'string', multiple: true, description: `only these sections, comma-separated or repeated (${MEMO_SECTIONS.join(', ')})` },
    exclude: { type: 'string', multiple: true, description: 'leave these sections out' },
    'include-rejected': { type: 'boolean', description: 'also print the findings the reviewer rejected, marked as rejected' },
    header: { type: 'string', description: 'header on every page (default "Privileged & Confidential — Attorney Work Product"; "" for none)' },
    'page-size': { type: 'string', description: 'A4 (default) or Letter' },
  },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const assessmentId = parseId(positionals[0], 'assessment id');
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) throw new UsageError('memo needs --out PATH (the file to write)');
    const format = formatOf(values, out);
    if (out === '-' && (format === 'docx' || format === 'pdf')) throw new UsageError(`a ${format} memo is binary: write it to a file with --out PATH`);
    const pageSizeRaw = typeof values['page-size'] === 'string' ? values['page-size'].toLowerCase() : 'a4';
    if (pageSizeRaw !== 'a4' && pageSizeRaw !== 'letter') throw new UsageError(`--page-size must be A4 or Letter (got ${JSON.stringify(values['page-size'])})`);
    const options = {
      include: sections(values.include, 'include'),
      exclude: sections(values.exclude, 'exclude'),
      includeRejected: values['include-rejected'] === true,
      ...(typeof values.header === 'string' ? { privilegedHeader: values.header } : {}),
      pageSize: pageSizeRaw === 'letter' ? ('Letter' as const) : ('A4' as const),
    };
    if (out !== '-' && !existsSync(dirname(resolve(io.cwd, out)))) throw new UsageError(`the folder ${dirname(resolve(io.cwd, out))} does not exist`);
    // Find the print engine before doing any work, so a machine without one fails at once with what to install.
    const engine = format === 'pdf' ? defaultPdfEngine(io.env) : null;
    const rendered = await call(session(), 'memo-render', { assessmentId, format: format === 'pdf' ? 'html' : format, options });
    const content = engine ? await engine.printToPdf(rendered.content as string) : rendered.content;
    if (out === '-') {
      io.stdout(content as string);
      return EXIT_OK;
    }
    const path = resolve(io.cwd, out);
    await writeAtomically(path, content);
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    io.stdout(`Wrote the ${format.toUpperCase()} memo of assessment ${assessmentId} (“${rendered.title}”) to ${path} (${Math.max(1, Math.round(size / 1024))} KB)\n`);
    return EXIT_OK;
  },
};
