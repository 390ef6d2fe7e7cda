import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeFile } from '../../analysis/report';
import { call } from '../../api/dispatch';
import { toWireError } from '../../api/errors';
import type { DocumentRecord } from '../../store/records';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io';
import { formatTable, snippetForTerminal } from '../table';
import type { Command } from './types';

const json = { type: 'boolean', description: 'print JSON instead of a table' } as const;

function documentRow(d: DocumentRecord): string[] {
  return [
    String(d.id),
    d.title,
    d.kind,
    d.format,
    d.license ? `${d.license.name}${d.license.match === 'modified' ? ' (modified)' : ''}` : '—',
    d.commercialUse ?? '—',
    d.versionLabel ?? '',
    d.importedAt.slice(0, 10),
  ];
}

const DOCUMENT_HEADERS = ['ID', 'TITLE', 'KIND', 'FORMAT', 'LICENCE', 'COMMERCIAL USE', 'VERSION', 'IMPORTED'];

export const importCommand: Command = {
  name: 'import',
  usage: 'import <files…>',
  summary: 'import files into the library (each one on its own: a broken file does not stop the others)',
  options: { json },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    if (positionals.length === 0) throw new UsageError('import needs at least one file');
    const ctx = session();
    const results: Array<Record<string, unknown>> = [];
    let failed = 0;
    for (const file of positionals) {
      const path = resolve(io.cwd, file);
      try {
        const bytes = new Uint8Array(await readFile(path));
        const result = await call(ctx, 'documents-import', { name: file.split(/[\\/]/).pop()!, bytes });
        results.push({ file, ok: true, duplicate: result.duplicate, document: result.document, warnings: result.warnings });
        if (!values.json) {
          const d = result.document;
          io.stdout(
            result.duplicate
              ? `${file}: already in the library as document ${d.id} (“${d.title}”), same SHA-256; not imported again\n`
              : `${file}: imported as document ${d.id} (“${d.title}”, ${d.format}${d.pageCount ? `, ${d.pageCount} pages` : ''})\n`,
          );
          for (const w of result.warnings) io.stdout(`  note: ${w}\n`);
        }
      } catch (error) {
        failed++;
        const wire = toWireError(error);
        const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'FILE_NOT_FOUND' : wire.code;
        results.push({ file, ok: false, error: { ...wire, code } });
        io.stderr(`${file}: error ${code}: ${wire.message}\n`);
      }
    }
    if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
    return failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};

export const listCommand: Command = {
  name: 'list',
  usage: 'list',
  summary: 'list the documents in the library',
  options: {
    json,
    kind: { type: 'string', description: 'only this kind (model-license, acceptable-use-policy, service-terms, …)' },
    family: { type: 'string', description: 'only this family' },
    commercial: { type: 'string', description: 'only this commercial-use answer (permitted, conditional, non-commercial, not-addressed)' },
  },
  needsLibrary: true,
  async run({ values }, io, session) {
    const filter: Record<string, string> = {};
    if (typeof values.kind === 'string') filter.kind = values.kind;
    if (typeof values.family === 'string') filter.family = values.family;
    if (typeof values.commercial === 'string') filter.commercialUse = values.commercial;
    const docs = await call(session(), 'documents-list', filter as never);
    if (values.json) io.stdout(JSON.stringify(docs, null, 2) + '\n');
    else if (docs.length === 0) io.stdout('The library is empty. Import documents with: license-desk import <files…>\n');
    else io.stdout(formatTable(DOCUMENT_HEADERS, docs.map(documentRow)));
    return EXIT_OK;
  },
};

export function parseId(raw: string | undefined, what = 'document id'): number {
  const id = Number(raw);
  if (!raw || !Number.isInteger(id) || id <= 0) throw new UsageError(`expected a ${what} (a positive number), got ${JSON.stringify(raw ?? '')}`);
  return id;
}

export const showCommand: Command = {
  name: 'show',
  usage: 'show <id>',
  summary: 'show a document: metadata, summary and findings',
  options: { json, text: { type: 'boolean', description: 'also print the normalised text' } },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const id = parseId(positionals[0]);
    const detail = await call(session(), 'documents-get', { id });
    if (values.json) {
      const { model, ...rest } = detail;
      const out = { ...rest.document, analysis: rest.analysis, findings: rest.findings, blocks: model.blocks.length, ...(values.text ? { text: model.text } : {}) };
      io.stdout(JSON.stringify(out, null, 2) + '\n');
      return EXIT_OK;
    }
    const d = detail.document;
    const lines = [
      `${d.title}  (document ${d.id})`,
      `  kind: ${d.kind}   format: ${d.format}   pages: ${d.pageCount ?? '—'}   characters: ${d.characters}`,
      `  family: ${d.family ?? '—'}   version: ${d.versionLabel ?? '—'}   effective: ${d.effectiveDate ?? '—'}`,
      `  file: ${d.sourceName}   sha256: ${d.sha256}`,
      `  imported: ${d.importedAt}`,
    ];
    const a = detail.analysis?.assessment;
    if (a) {
      lines.push('', 'Summary');
      lines.push(`  licence: ${detail.analysis?.license ? `${detail.analysis.license.name} (${detail.analysis.license.match})` : 'not identified'}`);
      lines.push(`  commercial use: ${a.commercialUse}${a.commercialCondition ? ` — ${a.commercialCondition}` : ''}`);
      lines.push(`  attribution required: ${a.attributionRequired ? 'yes' : 'no'}`);
      lines.push(`  output ownership: ${a.outputOwnership}${a.outputRestrictions ? ' (with restrictions on outputs)' : ''}`);
      lines.push(`  acceptable use: ${a.acceptableUse}`);
    }
    if (detail.findings.length) {
      lines.push('', `Findings (${detail.findings.length})`);
      for (const f of detail.findings) {
        lines.push(`  [${f.category}] ${f.stance}${f.status !== 'suggested' ? ` — ${f.status}` : ''}${f.page ? ` (p. ${f.page})` : ''}: ${f.explanation}`);
        lines.push(`    “${f.quote.length > 200 ? `${f.quote.slice(0, 199)}…` : f.quote}”`);
      }
    }
    if (values.text) lines.push('', detail.model.text);
    io.stdout(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};

export const searchCommand: Command = {
  name: 'search',
  usage: 'search <query>',
  summary: 'full-text search across the library ("quoted phrases" stay together)',
  options: { json, limit: { type: 'string', description: 'most hits to print (default 20)' } },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('search needs a query');
    const limit = values.limit ? parseId(String(values.limit), 'limit') : 20;
    const hits = await call(session(), 'documents-search', { query, limit });
    if (values.json) {
      io.stdout(JSON.stringify(hits.map((h) => ({ ...h, snippet: h.snippet.replace(/[\u0002\u0003]/g, ''), highlighted: snippetForTerminal(h.snippet) })), null, 2) + '\n');
    } else if (hits.length === 0) {
      io.stdout(`No matches for ${JSON.stringify(query)}.\n`);
    } else {
      for (const h of hits) io.stdout(`${h.documentId}  ${h.documentTitle}${h.page ? ` (p. ${h.page})` : ''}\n    ${snippetForTerminal(h.snippet)}\n`);
    }
    return EXIT_OK;
  },
};

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: 'analyze <file>',
  summary: 'analyse a file without storing it: text, blocks, licence, findings and summary',
  options: { json },
  needsLibrary: false,
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (!file) throw new UsageError('analyze needs a file');
    const bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
    const report = await analyzeFile(bytes, file.split(/[\\/]/).pop()!);
    if (values.json) {
      io.stdout(JSON.stringify(report) + '\n');
      return EXIT_OK;
    }
    const lines = [
      `${report.document.title}`,
      `  format: ${report.document.format}   pages: ${report.document.pageCount ?? '—'}   characters: ${report.document.characters}   blocks: ${report.blocks.length}`,
      `  sha256: ${report.document.sha256}`,
      `  licence: ${report.license ? `${report.license.name} (${report.license.match})` : 'not identified'}`,
    ];
    if (report.assessment) {
      const a = report.assessment;
      lines.push(`  kind: ${a.kind}`, `  commercial use: ${a.commercialUse}${a.commercialCondition ? ` — ${a.commercialCondition}` : ''}`);
      lines.push(`  attribution required: ${a.attributionRequired ? 'yes' : 'no'}`, `  output ownership: ${a.outputOwnership}`, `  acceptable use: ${a.acceptableUse}`);
    }
    for (const w of report.warnings) lines.push(`  note: ${w}`);
    lines.push('', `Findings (${report.findings.length})`);
    for (const f of report.findings) lines.push(`  [${f.category}] ${f.stance}: ${f.explanation}`, `    “${f.quote.length > 200 ? `${f.quote.slice(0, 199)}…` : f.quote}”`);
    io.stdout(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  usage: 'reanalyze [<id>]',
  summary: 'run the current rules again over one document or the whole library (reviewer decisions are kept)',
  options: { json },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const id = positionals[0] ? parseId(positionals[0]) : undefined;
    const result = await call(session(), 'documents-reanalyze', { id });
    io.stdout(values.json ? JSON.stringify(result) + '\n' : `Re-analysed ${result.reanalyzed} document(s).\n`);
    return EXIT_OK;
  },
};
