/**
 * The app's two paint targets, measured where they can be: in the built renderer, in Debian's Chromium, through the
 * end-to-end tests that drive it (test/e2e/perf.spec.ts and the long-versions test of test/e2e/compare.spec.ts).
 * Those tests assert only generous bounds (the machines are shared); the numbers they measure are reported as
 * annotations, and this module runs them and puts those numbers in the bench table against the issues' targets:
 *   - issue 1/2: the first page of the 192-page PDF painted under 1 s after the reviewer chooses it;
 *   - issue 6: the compare view of two ~50-page versions painted under 300 ms after the comparison arrives.
 * Playwright builds the renderer first (its global setup), so this row takes a minute or two.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../test/support/corpus';
import type { BenchModule, BenchRow } from './types';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Target {
  /** The annotation the test records. */
  annotation: string;
  /** The test, by file and a part of its title. */
  file: string;
  title: string;
  name: string;
  limitMs: number;
  /** The milliseconds to judge, read from the annotation's description. */
  read(description: string): { ms: number; detail: string } | null;
}

const TARGETS: Target[] = [
  {
    annotation: 'first-page-painted-ms',
    file: 'test/e2e/perf.spec.ts',
    title: 'the 192-page PDF',
    name: 'app: first page of big-agreements.pdf (192 pages) painted after it is chosen',
    limitMs: 1000,
    read(description) {
      const m = /^(\d+) \(3-page baseline (\d+)\)/.exec(description);
      return m ? { ms: Number(m[1]), detail: `a 3-page PDF ${m[2]} ms` } : null;
    },
  },
  {
    annotation: 'compare-paint-ms',
    file: 'test/e2e/compare.spec.ts',
    title: 'two ~50-page versions',
    name: 'app: compare view of two ~50-page versions painted after the comparison arrives (median of 3)',
    limitMs: 300,
    read(description) {
      const m = /^([\d /]+) \(median (\d+)\)/.exec(description);
      return m ? { ms: Number(m[2]), detail: `runs ${m[1].trim()} ms` } : null;
    },
  },
];

interface JsonTest {
  annotations?: Array<{ type: string; description?: string }>;
  results?: Array<{ status: string; annotations?: Array<{ type: string; description?: string }>; error?: { message?: string } }>;
}
interface JsonSuite {
  specs?: Array<{ title: string; tests?: JsonTest[] }>;
  suites?: JsonSuite[];
}

/** Every annotation of every result in Playwright's JSON report, with the test it belongs to and its status. */
function annotations(report: { suites?: JsonSuite[] }): Array<{ title: string; status: string; type: string; description: string; error?: string }> {
  const out: Array<{ title: string; status: string; type: string; description: string; error?: string }> = [];
  const walk = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const result of test.results ?? []) {
          const notes = [...(test.annotations ?? []), ...(result.annotations ?? [])];
          if (!notes.length) out.push({ title: spec.title, status: result.status, type: '', description: '', error: result.error?.message });
          for (const a of notes) out.push({ title: spec.title, status: result.status, type: a.type, description: a.description ?? '', error: result.error?.message });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

const skipped = (t: Target, why: string): BenchRow => ({ name: t.name, measured: `not measured: ${why}`, reference: '—', ratio: null, target: `< ${t.limitMs} ms`, pass: false });

const bench: BenchModule = {
  title: 'app paint',
  async run(): Promise<BenchRow[]> {
    if (!existsSync(CHROMIUM)) return TARGETS.map((t) => skipped(t, `no Chromium at ${CHROMIUM}`));
    const grep = TARGETS.map((t) => t.title.replace(/[~.]/g, '\\$&')).join('|');
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...TARGETS.map((t) => t.file), '--grep', grep, '--reporter=json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) return TARGETS.map((t) => skipped(t, r.error!.message));
    let report: { suites?: JsonSuite[] };
    try {
      report = JSON.parse(r.stdout);
    } catch {
      return TARGETS.map((t) => skipped(t, `Playwright printed no report (exit ${r.status}): ${r.stderr.slice(0, 200)}`));
    }
    const found = annotations(report);
    return TARGETS.map((t) => {
      const note = found.find((a) => a.type === t.annotation);
      if (!note) {
        const ran = found.find((a) => a.title.includes(t.title));
        return skipped(t, ran ? `the test ${ran.status}${ran.error ? `: ${ran.error.split('\n')[0].slice(0, 160)}` : ''}` : 'the test did not run');
      }
      const value = t.read(note.description);
      if (!value) return skipped(t, `unreadable annotation "${note.description}"`);
      return {
        name: t.name,
        measured: `${value.ms} ms (${value.detail})`,
        reference: '—',
        ratio: null,
        target: `< ${t.limitMs} ms`,
        pass: value.ms < t.limitMs,
      };
    });
  },
};

export default bench;
