/**
 * Crash safety: a process importing documents and writing annotations against a library file is killed with
 * SIGKILL at random moments, again and again. After every kill the library must open, pass SQLite's integrity
 * checks, hold every document whole (file, text, blocks, search rows, analysis) or not at all, and hold every
 * annotation save the process acknowledged (the call returned and the process said so) with its content.
 *
 * Kills are aimed: half while an import is running (the longest transaction, and PDF page workers), half among
 * annotation writes. The run's seed is printed; LICENSE_DESK_CRASH_SEED repeats a run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryProblems } from '../../src/store/integrity';
import { Library } from '../../src/store/library';
import { buildImportChild } from '../../scripts/fuzz/runner';
import { Random, newRunSeed } from '../../scripts/fuzz/random';
import { CORPUS_DIR, PROJECT_ROOT, corpusAvailable } from '../support/corpus';

const KILLS = 50;
const seed = process.env.LICENSE_DESK_CRASH_SEED ? Number(process.env.LICENSE_DESK_CRASH_SEED) : newRunSeed();
const work = mkdtempSync(join(tmpdir(), 'ld-crash-'));
const libraryPath = join(work, 'library.sqlite');
let child: { main: string; dir: string };

beforeAll(async () => {
  child = await buildImportChild(join(PROJECT_ROOT, 'test', 'reliability', 'support', 'crash-child.ts'));
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (child) rmSync(child.dir, { recursive: true, force: true });
});

/** What the test knows an annotation must look like: the last acknowledged save, and a save in flight if any. */
interface Expected {
  comment: string | null;
  deleted: boolean;
  /** A write that began but was not acknowledged before the kill: either state is acceptable. */
  pending?: { comment?: string; deleted?: boolean };
}

interface Round {
  phase: string;
  lines: number;
  exit: string;
}

/** Starts the writer, lets it work until the chosen moment, kills it; returns the phase it was in. */
async function runAndKill(rng: Random, round: number, expected: Map<number, Expected>, documents: Set<number>): Promise<Round> {
  const proc: ChildProcess = spawn(process.execPath, [child.main, libraryPath, String(seed * 1000 + round), CORPUS_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-3000)));
  const aimAt = round % 2 === 0 ? 'import' : rng.pick(['create', 'update', 'delete', 'any']);
  let phase = 'starting';
  let lines = 0;
  let armed = false;
  let buffer = '';
  const exited = new Promise<string>((resolve) => proc.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const kill = () => proc.kill('SIGKILL');
  // Whatever happens, the writer dies within a few seconds of starting.
  const deadline = setTimeout(kill, 8_000 + rng.int(0, 2_000));

  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      lines++;
      const [what, action, idText, ...rest] = line.split(' ');
      const id = Number(idText);
      if (what === 'begin') {
        phase = action;
        if (action === 'update') expected.get(id)!.pending = { comment: rest.join(' ') };
        if (action === 'delete') expected.get(id)!.pending = { deleted: true };
        // Aim: once the chosen kind of write has begun (after a few writes of warm-up), kill within its span.
        if (!armed && lines > rng.int(2, 12) && (aimAt === 'any' || action === aimAt)) {
          armed = true;
          setTimeout(kill, action === 'import' ? rng.int(0, 400) : rng.int(0, 3));
        }
      } else if (what === 'ack') {
        if (action === 'import') documents.add(id);
        else if (action === 'create') expected.set(id, { comment: rest.join(' '), deleted: false });
        else if (action === 'update') expected.set(id, { comment: rest.join(' '), deleted: expected.get(id)!.deleted });
        else if (action === 'delete') expected.set(id, { comment: expected.get(id)!.comment, deleted: true });
      }
    }
  });
  const exit = await exited;
  clearTimeout(deadline);
  if (exit !== 'SIGKILL') throw new Error(`the writer stopped by itself (${exit}) in round ${round}: ${stderr}`);
  return { phase, lines, exit };
}

function verify(round: Round, index: number, expected: Map<number, Expected>, documents: Set<number>): void {
  const where = `after kill ${index + 1} (seed ${seed}, during ${round.phase})`;
  const library = Library.open(libraryPath);
  try {
    expect(libraryProblems(library.db), where).toEqual([]);
    const ids = new Set((library.db.prepare('SELECT id FROM documents').all() as Array<{ id: number }>).map((r) => r.id));
    for (const id of documents) expect(ids.has(id), `${where}: acknowledged document ${id}`).toBe(true);
    const rows = new Map(
      (library.db.prepare('SELECT id, comment, deleted_at FROM annotations').all() as Array<{ id: number; comment: string; deleted_at: string | null }>).map((r) => [r.id, r]),
    );
    for (const [id, want] of expected) {
      const row = rows.get(id);
      expect(row, `${where}: acknowledged annotation ${id}`).toBeDefined();
      const comments = [want.comment, want.pending?.comment].filter((c) => c !== undefined);
      expect(comments, `${where}: content of annotation ${id}`).toContain(row!.comment);
      const deleted = row!.deleted_at !== null;
      expect(deleted === want.deleted || (want.pending?.deleted === true && deleted), `${where}: deletion of annotation ${id}`).toBe(true);
    }
    // What the library holds now (saves that committed just before a kill included) is what the next round starts from.
    for (const [id, row] of rows) expected.set(id, { comment: row.comment, deleted: row.deleted_at !== null });
  } finally {
    library.close();
  }
}

describe.skipIf(!corpusAvailable)('killing the app in the middle of imports and annotation writes', () => {
  it(`loses nothing acknowledged and leaves no half-written document, over ${KILLS} SIGKILLs`, { timeout: 240_000 }, async () => {
    console.log(`crash test seed ${seed} (LICENSE_DESK_CRASH_SEED=${seed} repeats it)`);
    const rng = new Random(BigInt(seed));
    const expected = new Map<number, Expected>();
    const documents = new Set<number>();
    const phases: Record<string, number> = {};
    for (let i = 0; i < KILLS; i++) {
      const round = await runAndKill(rng, i, expected, documents);
      phases[round.phase] = (phases[round.phase] ?? 0) + 1;
      verify(round, i, expected, documents);
    }
    console.log(`kills by phase: ${JSON.stringify(phases)}; ${documents.size} documents and ${expected.size} annotations acknowledged`);
    // The kills landed where they were aimed: in imports, and in each kind of annotation write.
    expect(phases.import ?? 0).toBeGreaterThanOrEqual(KILLS / 4);
    expect((phases.create ?? 0) + (phases.update ?? 0) + (phases.delete ?? 0)).toBeGreaterThanOrEqual(KILLS / 4);
    expect(documents.size).toBeGreaterThan(5);
    expect(expected.size).toBeGreaterThan(20);
  });
});
