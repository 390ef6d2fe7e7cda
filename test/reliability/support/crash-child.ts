/**
 * The process crash.test.ts kills: imports corpus documents and writes annotations (create, edit, delete) against
 * one library file through the handler map, as the app does, for as long as it lives. Bundled and run with plain
 * node (like the app) so that it starts quickly.
 *
 * It reports on stdout, one line each, written synchronously so that a line the test reads was written before
 * the kill:
 *   begin <phase> [<annotation id> <comment>]   before a call (phase: import | create | update | delete)
 *   ack import <document id>                    after documents-import returned
 *   ack create|update <annotation id> <comment> after the annotation call returned
 *   ack delete <annotation id>
 */
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../../src/api/context';
import { call } from '../../../src/api/dispatch';
import { Library } from '../../../src/store/library';
import { Random } from '../../../scripts/fuzz/random';

const [libraryPath, seedText, corpusDir] = process.argv.slice(2);
const rng = new Random(BigInt(seedText));
const ctx = createContext(Library.open(libraryPath), 'Crash Test');

/** Short and long documents of each text format, and PDFs (read by page workers: a kill lands mid-worker too). */
const SOURCES = [
  ['documents', 'llama-3-acceptable-use-policy.md'],
  ['documents', 'bsd-3-clause.txt'],
  ['documents', 'llama-2-community-license.txt'],
  ['documents', 'chatgpt-commercial-terms-2026-08-22.md'],
  ['documents', 'odc-odbl-1.0.md'],
  ['formats', 'apache-2.0.docx'],
  ['formats', 'tongyi-qianwen-license-agreement.docx'],
  ['formats', 'gemma-terms-of-use-2025-03-24.chromium.pdf'],
] as const;
const files = SOURCES.map(([dir, name]) => ({ name, bytes: new Uint8Array(readFileSync(join(corpusDir, dir, name))) }));

const say = (line: string) => writeSync(1, `${line}\n`);

/** The same document made distinct (its own SHA-256): a comment line for text, trailing bytes after a PDF or zip. */
function distinctCopy(file: { name: string; bytes: Uint8Array }, n: string): Uint8Array {
  const marker = file.name.endsWith('.md') ? `\n\n<!-- copy ${n} -->\n` : file.name.endsWith('.txt') ? `\n\nCopy ${n}.\n` : `\n%copy ${n}\n`;
  if (file.name.endsWith('.docx')) {
    // A zip may carry a comment after its end record: bump the comment length and append.
    const comment = Buffer.from(`copy ${n}`);
    const out = Buffer.concat([Buffer.from(file.bytes), comment]);
    out.writeUInt16LE(comment.length, file.bytes.length - 2);
    return new Uint8Array(out);
  }
  return new Uint8Array(Buffer.concat([Buffer.from(file.bytes), Buffer.from(marker)]));
}

async function documentsWithText(): Promise<Array<{ id: number; characters: number }>> {
  return (await call(ctx, 'documents-list', undefined)).map((d) => ({ id: d.id, characters: d.characters }));
}

async function liveAnnotations(documentId: number): Promise<number[]> {
  return (await call(ctx, 'annotations-list', { documentId })).map((a) => a.id);
}

async function writeForever(): Promise<never> {
  for (let step = 1; ; step++) await writeOnce(step);
}

async function writeOnce(step: number): Promise<void> {
  const tag = `${seedText}-${step}`;
  const documents = await documentsWithText();
  const action = documents.length === 0 ? 'import' : rng.weighted([['import', 2], ['create', 5], ['update', 3], ['delete', 1]] as const);
  if (action === 'import') {
    const file = rng.pick(files);
    say(`begin import`);
    const result = await call(ctx, 'documents-import', { name: file.name, bytes: distinctCopy(file, tag) });
    say(`ack import ${result.document.id}`);
    return;
  }
  const document = rng.pick(documents);
  const annotations = await liveAnnotations(document.id);
  const comment = `note ${tag} ${'x'.repeat(rng.int(0, 400))}`;
  if (action === 'create' || annotations.length === 0) {
    const start = rng.int(0, document.characters - 2);
    const end = Math.min(document.characters, start + rng.int(1, 200));
    say(`begin create`);
    const created = await call(ctx, 'annotations-create', { documentId: document.id, start, end, category: rng.pick(['note', 'commercial-use', 'attribution'] as const), comment });
    say(`ack create ${created.id} ${comment}`);
  } else if (action === 'update') {
    const id = rng.pick(annotations);
    say(`begin update ${id} ${comment}`);
    await call(ctx, 'annotations-update', { id, comment });
    say(`ack update ${id} ${comment}`);
  } else {
    const id = rng.pick(annotations);
    say(`begin delete ${id}`);
    await call(ctx, 'annotations-delete', { id });
    say(`ack delete ${id}`);
  }
}

// A bundle in CommonJS form (like the app's main process) has no top-level await.
void writeForever();
