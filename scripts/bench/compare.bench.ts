/**
 * Version comparison speed (issue 6): a whole `license-desk compare --json` run on the two ChatGPT commercial terms
 * versions (~46k characters each) minus a `license-desk --version` run (the process and module start-up every
 * command pays), against `git diff --no-index --word-diff` on the same files, all measured in this run. Each time
 * is the median of several runs, the runs of the three commands interleaved so a busy machine slows them alike.
 * Target: compare's own work ≤ 10× git's word diff. A second row times the engine alone (in this process, warm).
 * The command is first bundled as `npm run build` does, so what is timed is what a user runs after a build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/analysis';
import { compareDocuments } from '../../src/compare';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, PROJECT_ROOT } from '../../test/support/corpus';
// @ts-expect-error -- plain .mjs build script without type declarations
import { bundleCli } from '../bundle-electron.mjs';
// @ts-expect-error -- plain .js bin helper without type declarations
import { currentCliBundle } from '../../bin/bundle-check.js';
import type { BenchModule, BenchRow } from './types';

const RUNS = 7;
const TARGET = 10;
const OLD = join(DOCUMENTS_DIR, 'chatgpt-commercial-terms-2025-11-11.md');
const NEW = join(DOCUMENTS_DIR, 'chatgpt-commercial-terms-2026-08-22.md');
const BIN = join(PROJECT_ROOT, 'bin', 'license-desk.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(command: string, args: string[], okCodes: number[]): number {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (r.error) throw r.error;
  if (!okCodes.includes(r.status ?? -1)) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return seconds;
}

const bench: BenchModule = {
  title: 'Version comparison',
  async run(): Promise<BenchRow[]> {
    await bundleCli({ root: PROJECT_ROOT, logLevel: 'error' });
    const runner = currentCliBundle(PROJECT_ROOT) ? 'bundled CLI' : 'CLI from source (tsx)';
    // One untimed run of each, so the file cache is warm for all of them.
    timed(process.execPath, [BIN, 'compare', OLD, NEW, '--json'], [0]);
    timed(process.execPath, [BIN, '--version'], [0]);
    timed('git', ['diff', '--no-index', '--word-diff', OLD, NEW], [0, 1]);
    const compare: number[] = [];
    const version: number[] = [];
    const git: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      compare.push(timed(process.execPath, [BIN, 'compare', OLD, NEW, '--json'], [0]));
      version.push(timed(process.execPath, [BIN, '--version'], [0]));
      git.push(timed('git', ['diff', '--no-index', '--word-diff', OLD, NEW], [0, 1]));
    }
    const own = Math.max(0, median(compare) - median(version));
    const gitSeconds = median(git);
    const ratio = own / gitSeconds;

    // The engine alone, warm, on models already imported and analysed: what the app pays per comparison.
    const load = async (path: string) => {
      const model = await importDocument(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
      return { model, analysis: analyzeDocument(model) };
    };
    const [a, b] = await Promise.all([load(OLD), load(NEW)]);
    const engine: number[] = [];
    let changes = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      changes = compareDocuments(a.model, b.model, { oldAnalysis: a.analysis, newAnalysis: b.analysis }).changes.length;
      engine.push((performance.now() - started) / 1000);
    }
    const engineSeconds = median(engine);
    const kchars = Math.round((a.model.text.length + b.model.text.length) / 1000);
    return [
      {
        name: `compare --json ChatGPT commercial terms 2025-11 → 2026-08 (${kchars}k characters, ${runner}), median of ${RUNS}`,
        measured: `${own.toFixed(3)} s own work (run ${median(compare).toFixed(2)} s − --version ${median(version).toFixed(2)} s)`,
        reference: `git diff --word-diff ${gitSeconds.toFixed(3)} s`,
        ratio,
        target: `≤ ${TARGET}× git word diff`,
        pass: ratio <= TARGET,
      },
      {
        name: `comparison engine alone on the same pair (imported, analysed), median of ${RUNS}`,
        measured: `${(engineSeconds * 1000).toFixed(1)} ms (${changes} changes)`,
        reference: `git diff --word-diff ${gitSeconds.toFixed(3)} s`,
        ratio: engineSeconds / gitSeconds,
        target: `≤ ${TARGET}× git word diff`,
        pass: engineSeconds / gitSeconds <= TARGET,
      },
    ];
  },
};

export default bench;
