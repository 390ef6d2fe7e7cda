/**
 * `npm run fuzz`: hostile and broken input against the importers, longer than the CI run (test/reliability/
 * fuzz.test.ts runs the same cases, 2,000 of them). Every case is rebuilt from the seed and its number, so a
 * problem seen once can be replayed alone:
 *
 *   npm run fuzz -- --count 20000                  cases 0–19999 with a fresh seed (printed)
 *   npm run fuzz -- --time 30m                     as many cases as fit in 30 minutes
 *   npm run fuzz -- --seed 1234 --case 17,912      replay cases 17 and 912 of run 1234
 *   npm run fuzz -- --seed 1234 --case 17 --save /tmp/cases   …and write their files there
 *
 * Other options: --workers N (import processes, default 2), --case-timeout 60s, --memory 1536 (MB per case).
 * Exit code 1 when any case failed, hung, crashed or exceeded memory, or the library is damaged.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCase } from './fuzz/cases';
import { newRunSeed } from './fuzz/random';
import { replayCommand, runFuzz } from './fuzz/runner';
import { loadSeeds } from './fuzz/seeds';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    time: { type: 'string' },
    case: { type: 'string' },
    save: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'case-timeout': { type: 'string', default: '60s' },
    memory: { type: 'string', default: '1536' },
    keep: { type: 'boolean', default: false },
  },
});

/** "90s", "30m", "2h" or plain milliseconds. */
function duration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
}

const seed = values.seed !== undefined ? Number(values.seed) : newRunSeed();
const cases = values.case?.split(',').map((c) => Number(c.trim()));
const budgetMs = values.time ? duration(values.time) : undefined;
// With a time budget the count is only an upper bound.
const count = budgetMs !== undefined && values.count === '2000' ? Number.MAX_SAFE_INTEGER : Number(values.count);

if (values.save && cases) {
  mkdirSync(values.save, { recursive: true });
  const seeds = loadSeeds();
  for (const index of cases) {
    const c = buildCase(seeds, seed, index);
    const file = join(values.save, `${seed}-${index}-${c.name}`);
    writeFileSync(file, c.bytes);
    console.log(`${file}\n  ${c.kind}: ${c.detail}`);
  }
}

console.error(`fuzz seed ${seed}${cases ? `, cases ${cases.join(',')}` : budgetMs ? `, for ${values.time}` : `, ${count} cases`}`);
const workDir = mkdtempSync(join(tmpdir(), 'license-desk-fuzz-'));
const report = await runFuzz({
  seed,
  count,
  cases,
  budgetMs,
  caseTimeoutMs: duration(values['case-timeout']!),
  workers: Number(values.workers),
  memoryLimitMb: Number(values.memory),
  workDir,
  progress: (line) => console.error(line),
});

console.log(`\nseed ${report.seed}: ${report.cases} cases in ${(report.elapsedMs / 1000).toFixed(0)} s`);
console.log(`  documents stored: ${report.documents}; refused: ${Object.entries(report.refusals).map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
console.log(`  analysis of the documents: ${(report.analysisMs / 1000).toFixed(1)} s of ${(Object.values(report.kindMs).reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s of cases`);
console.log(`  case time: p50 ${report.durations.p50} ms, p95 ${report.durations.p95} ms, max ${report.durations.max} ms; peak memory of an import process ${report.peakMemoryMb} MB`);
console.log(`  slowest: ${report.durations.slowest.map((s) => `#${s.index} ${s.kind} ${s.ms} ms`).join('; ')}`);
console.log(`  library: ${report.library.documents} documents; ${report.library.problems.length === 0 ? 'integrity, foreign keys, search index and whole documents: ok' : report.library.problems.join('; ')}`);
if (report.library.missing.length > 0) console.log(`  stored documents missing from the library: ${report.library.missing.join(', ')}`);
const byKind = Object.entries(report.kinds).sort((a, b) => b[1] - a[1]);
console.log(`  mix (cases, seconds): ${byKind.map(([kind, n]) => `${kind} ${n} ${((report.kindMs[kind] ?? 0) / 1000).toFixed(1)}`).join(', ')}`);
for (const p of report.problems) console.log(`\n✗ case ${p.index} ${p.problem} — ${p.kind} — ${p.name}\n  ${p.detail}\n  ${p.message.replace(/\n/g, '\n  ')}`);
const failed = report.problems.length > 0 || report.library.problems.length > 0 || report.library.missing.length > 0;
if (report.problems.length > 0) console.log(`\nreplay: ${replayCommand(seed, [...new Set(report.problems.map((p) => p.index))])}`);
if (values.keep) console.log(`\nlibrary kept at ${join(workDir, 'fuzz-library.sqlite')}`);
else rmSync(workDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
