/**
 * Runs fuzz cases in child processes (import-child.ts, bundled as the app is) against one library file, and
 * reports every case that did not end well: a failure (an error that is not an ImportError, a document that
 * breaks the text rules or does not survive storage), a hang (no answer within the case time limit: the child is
 * killed and replaced), a crash (the child died), or a case that pushed memory past the limit. At the end the
 * library must pass SQLite's checks and hold every stored document whole.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../src/store/library';
import { libraryProblems } from '../../src/store/integrity';
import { PROJECT_ROOT } from '../../test/support/corpus';
// @ts-expect-error -- plain .mjs build script without type declarations
import { bundleElectron } from '../bundle-electron.mjs';
import { buildCase, type FuzzCase } from './cases';
import type { CaseReply, CaseRequest } from './protocol';
import { loadSeeds } from './seeds';

export interface FuzzOptions {
  seed: number;
  /** Cases 0 … count-1, unless `cases` names some. */
  count: number;
  /** Replay these case numbers only. */
  cases?: number[];
  /** Stop starting new cases after this long (the longer `npm run fuzz` runs). */
  budgetMs?: number;
  caseTimeoutMs: number;
  workers: number;
  /** A case that takes a child's peak memory above this fails. */
  memoryLimitMb: number;
  workDir: string;
  progress?: (line: string) => void;
}

export interface CaseProblem {
  index: number;
  kind: string;
  name: string;
  detail: string;
  problem: 'failure' | 'hang' | 'crash' | 'memory' | 'text-rules';
  message: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  documents: number;
  /** Refusals by ImportError code. */
  refusals: Record<string, number>;
  /** Cases per damage family (e.g. "docx/centralDirectory"), and the time they took altogether. */
  kinds: Record<string, number>;
  kindMs: Record<string, number>;
  /** Time spent analysing the documents that imported (part of the cases' time). */
  analysisMs: number;
  problems: CaseProblem[];
  peakMemoryMb: number;
  durations: { p50: number; p95: number; max: number; slowest: Array<{ index: number; kind: string; ms: number }> };
  library: { documents: number; problems: string[]; missing: number[] };
  elapsedMs: number;
}

interface Slot {
  child: ChildProcess;
  ready: Promise<void>;
  stderr: string;
  peakMb: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const say = options.progress ?? (() => undefined);
  mkdirSync(options.workDir, { recursive: true });
  const libraryPath = join(options.workDir, 'fuzz-library.sqlite');
  rmSync(libraryPath, { force: true });
  Library.open(libraryPath).close();
  const child = await buildImportChild();
  const seeds = loadSeeds();

  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    documents: 0,
    refusals: {},
    kinds: {},
    kindMs: {},
    analysisMs: 0,
    problems: [],
    peakMemoryMb: 0,
    durations: { p50: 0, p95: 0, max: 0, slowest: [] },
    library: { documents: 0, problems: [], missing: [] },
    elapsedMs: 0,
  };
  const durations: Array<{ index: number; kind: string; ms: number }> = [];
  const storedIds = new Set<number>();
  // Named cases, or 0, 1, 2 … up to count (which a time budget makes unbounded).
  const named = options.cases ? [...options.cases] : null;
  let following = 0;
  const nextIndex = (): number | undefined => (named ? named.shift() : following < options.count ? following++ : undefined);
  const outOfTime = () => options.budgetMs !== undefined && Date.now() - started > options.budgetMs;
  const problem = (c: FuzzCase, kind: CaseProblem['problem'], message: string) => {
    report.problems.push({ index: c.index, kind: c.kind, name: c.name, detail: c.detail, problem: kind, message });
    say(`case ${c.index} ${kind.toUpperCase()} (${c.kind}, ${c.detail}): ${message.split('\n')[0]}`);
  };

  const spawn = (): Slot => {
    const importer = fork(child.main, [libraryPath], {
      serialization: 'advanced',
      // pdf.js writes its warnings to the console: keep stderr (the tail explains a crash), drop stdout.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [`--max-old-space-size=${options.memoryLimitMb + 512}`],
    });
    const slot: Slot = { child: importer, stderr: '', peakMb: 0, ready: Promise.resolve() };
    importer.stderr!.on('data', (chunk: Buffer) => (slot.stderr = (slot.stderr + chunk.toString()).slice(-4000)));
    slot.ready = new Promise((resolve, reject) => {
      importer.once('message', (m: CaseReply) => (m.type === 'ready' ? resolve() : reject(new Error(`unexpected first message ${m.type}`))));
      importer.once('exit', (code) => reject(new Error(`the import child exited with ${code} before it was ready: ${slot.stderr}`)));
    });
    // Awaited before the slot's first case; a child killed at the end of the run must not reject unheard.
    slot.ready.catch(() => undefined);
    return slot;
  };

  /** Runs one case on a slot; returns the slot to use next (a new one when the child had to go). */
  const runOne = (slot: Slot, c: FuzzCase): Promise<Slot> =>
    new Promise((resolve) => {
      const { child } = slot;
      let settled = false;
      const finish = (next: Slot) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(next);
      };
      const onMessage = (m: CaseReply) => {
        if (m.type === 'stray' && (m.index === c.index || m.index === -1)) problem(c, 'failure', m.message);
        if (m.type !== 'result' || m.index !== c.index) return;
        durations.push({ index: c.index, kind: c.kind, ms: m.ms });
        report.kindMs[c.kind] = (report.kindMs[c.kind] ?? 0) + m.ms;
        report.peakMemoryMb = Math.max(report.peakMemoryMb, m.peakRssMb);
        if (m.peakRssMb > options.memoryLimitMb && m.peakRssMb > slot.peakMb) problem(c, 'memory', `the import process peaked at ${m.peakRssMb} MB (limit ${options.memoryLimitMb} MB)`);
        slot.peakMb = Math.max(slot.peakMb, m.peakRssMb);
        if (m.outcome === 'document') {
          report.documents++;
          report.analysisMs += m.analysisMs;
          storedIds.add(m.documentId);
        } else if (m.outcome === 'refused') report.refusals[m.code] = (report.refusals[m.code] ?? 0) + 1;
        else problem(c, 'failure', m.message);
        if (m.violations.length > 0) problem(c, 'text-rules', m.violations.join('; '));
        finish(slot);
      };
      const onExit = (code: number | null, signal: string | null) => {
        problem(c, 'crash', `the import process died (${signal ?? `exit code ${code}`}) on this case: ${slot.stderr.trim().split('\n').slice(-6).join(' | ')}`);
        finish(spawn());
      };
      const timer = setTimeout(() => {
        problem(c, 'hang', `no answer within ${options.caseTimeoutMs / 1000} s; the import process was killed`);
        child.off('exit', onExit);
        child.kill('SIGKILL');
        finish(spawn());
      }, options.caseTimeoutMs);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ index: c.index, name: c.name, bytes: c.bytes } satisfies CaseRequest);
    });

  const slots = Array.from({ length: options.workers }, spawn);
  await Promise.all(
    slots.map(async (first) => {
      let slot = first;
      for (;;) {
        await slot.ready.catch((error: Error) => {
          throw new Error(`the import child could not start: ${error.message}`);
        });
        const index = nextIndex();
        if (index === undefined || outOfTime()) break;
        const c = buildCase(seeds, options.seed, index);
        report.kinds[c.kind] = (report.kinds[c.kind] ?? 0) + 1;
        report.cases++;
        slot = await runOne(slot, c);
        if (report.cases % 250 === 0) say(`${report.cases} cases, ${report.documents} documents, ${report.problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s`);
      }
      slot.child.kill('SIGKILL');
    }),
  );

  const sorted = durations.map((d) => d.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  report.durations = { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, slowest: [...durations].sort((a, b) => b.ms - a.ms).slice(0, 5) };

  rmSync(child.dir, { recursive: true, force: true });
  const library = Library.open(libraryPath);
  try {
    report.library.problems = libraryProblems(library.db);
    const ids = new Set((library.db.prepare('SELECT id FROM documents').all() as Array<{ id: number }>).map((r) => r.id));
    report.library.documents = ids.size;
    report.library.missing = [...storedIds].filter((id) => !ids.has(id));
  } finally {
    library.close();
  }
  report.elapsedMs = Date.now() - started;
  return report;
}

/** The import child bundled with the app's own bundler: pdf.js loads natively, small PDFs read in-process. */
export async function buildImportChild(entry = join(PROJECT_ROOT, 'scripts', 'fuzz', 'import-child.ts')): Promise<{ main: string; dir: string }> {
  // The bundle must sit inside the project so that its external packages (better-sqlite3, pdfjs-dist) resolve.
  const dir = join(PROJECT_ROOT, 'node_modules', '.cache', 'license-desk-fuzz', `${process.pid}-${Date.now()}`);
  const { main } = (await bundleElectron({ root: PROJECT_ROOT, outDir: dir, mainEntry: entry, logLevel: 'error' })) as { main: string };
  return { main, dir };
}

/** The command that repeats some cases of a run. */
export function replayCommand(seed: number, indexes: number[]): string {
  return `npm run fuzz -- --seed ${seed} --case ${indexes.slice(0, 20).join(',')}`;
}
