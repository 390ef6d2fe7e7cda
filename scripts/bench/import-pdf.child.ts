/**
 * Child process of import-pdf.bench.ts: imports one PDF from cold and prints, as one JSON line, the process's
 * peak RSS (worker threads included), its RSS before the import and the import's time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importDocument } from '../../src/ingest';

const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const baselineMb = Math.round(process.memoryUsage().rss / 1e6);
const started = performance.now();
const model = await importDocument(bytes, basename(file));
const seconds = (performance.now() - started) / 1000;
const maxRssMb = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
console.log(JSON.stringify({ maxRssMb, baselineMb, seconds, pages: model.pageCount }));
