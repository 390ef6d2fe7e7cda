/**
 * `npm run bench`: every benchmark in the project, printed as one table with its target and the reference it
 * is compared with. Not part of the tests (timings vary); each module measures its reference in the same run.
 * Exit code 0 whatever the result — the table is the report. Pass names to run only some: `npm run bench -- import`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchRow } from './bench/types';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: Array<BenchRow & { group: string }> = [];
for (const file of files) {
  const mod = (await import(join(dir, file))).default as BenchModule;
  process.stderr.write(`running ${mod.title}…\n`);
  try {
    for (const row of await mod.run()) rows.push({ ...row, group: mod.title });
  } catch (error) {
    rows.push({ group: mod.title, name: file, measured: `FAILED: ${(error as Error).message}`, reference: '—', ratio: null, target: '—', pass: false });
  }
}

const headers = ['AREA', 'BENCHMARK', 'MEASURED', 'REFERENCE', 'RATIO', 'TARGET', 'OK'];
const table = rows.map((r) => [r.group, r.name, r.measured, r.reference, r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`, r.target, r.pass ? 'yes' : 'NO']);
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' │ ');
console.log(line(headers));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of table) console.log(line(r));
console.log(`\n${rows.filter((r) => r.pass).length}/${rows.length} targets met on this machine (${new Date().toISOString()}).`);
