/**
 * The text rules of src/document/model.ts, checked on an imported document: whatever a hostile file does to an
 * importer, what comes out must still be a model whose offsets mean what every other layer assumes.
 */
import { createHash } from 'node:crypto';
import { BLOCK_SEPARATOR, type DocumentModel } from '../../src/document/model';

const BLOCK_KINDS = new Set(['heading', 'paragraph', 'list-item', 'table-cell']);
/** isSpace of src/document/normalise.ts, minus the one space a block may contain. */
const OTHER_SPACE = /[\t-\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Every rule the model breaks (empty when it follows them all); `bytes` are the file it was imported from. */
export function textRuleViolations(model: DocumentModel, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const say = (problem: string) => {
    if (problems.length < 12) problems.push(problem);
  };
  const { text, blocks } = model;
  if (typeof text !== 'string' || !Array.isArray(blocks)) return ['the model has no text or no blocks'];
  if (model.sha256 !== createHash('sha256').update(bytes).digest('hex')) say('sha256 is not the hash of the file');
  if (model.byteLength !== bytes.byteLength) say(`byteLength ${model.byteLength} is not the file's ${bytes.byteLength}`);
  if (blocks.length === 0) say('no blocks');
  if (typeof model.title !== 'string' || model.title.trim() === '') say('no title');

  let expectedStart = 0;
  blocks.forEach((block, i) => {
    const where = `block ${block.id ?? i}`;
    if (block.id !== `b${i + 1}`) say(`${where}: id is not b${i + 1}`);
    if (!BLOCK_KINDS.has(block.kind)) say(`${where}: unknown kind ${block.kind}`);
    if (block.kind === 'heading' && !(block.level >= 1 && block.level <= 6)) say(`${where}: heading level ${block.level}`);
    if (block.start !== expectedStart) say(`${where}: starts at ${block.start}, expected ${expectedStart} (blocks must be joined by one blank line)`);
    if (!(block.end > block.start)) say(`${where}: empty range ${block.start}–${block.end}`);
    const own = text.slice(block.start, block.end);
    if (own.includes('\n')) say(`${where}: contains a line break`);
    if (own !== own.trim() || own.startsWith(' ') || own.endsWith(' ')) say(`${where}: leading or trailing space`);
    if (own.includes('  ')) say(`${where}: a run of spaces`);
    if (OTHER_SPACE.test(own)) say(`${where}: whitespace other than a single space (U+${own.match(OTHER_SPACE)![0].charCodeAt(0).toString(16).padStart(4, '0')})`);
    if (INVISIBLE.test(own)) say(`${where}: an invisible character`);
    if (i < blocks.length - 1 && text.slice(block.end, block.end + BLOCK_SEPARATOR.length) !== BLOCK_SEPARATOR) say(`${where}: not followed by a blank line`);
    for (const run of block.emphasis ?? []) {
      if (run.start < block.start || run.end > block.end || run.start >= run.end) say(`${where}: emphasis ${run.start}–${run.end} outside the block`);
    }
    for (const box of block.boxes ?? []) {
      if (box.start < block.start || box.end > block.end || box.start >= box.end) say(`${where}: box ${box.start}–${box.end} outside the block`);
      if (model.pageCount !== null && !(box.page >= 1 && box.page <= model.pageCount)) say(`${where}: box on page ${box.page} of ${model.pageCount}`);
      if (![box.x, box.y, box.width, box.height].every(Number.isFinite)) say(`${where}: a box with a non-finite coordinate`);
    }
    if (block.page !== null && model.pageCount !== null && !(block.page >= 1 && block.page <= model.pageCount)) say(`${where}: page ${block.page} of ${model.pageCount}`);
    expectedStart = block.end + BLOCK_SEPARATOR.length;
  });
  const last = blocks[blocks.length - 1];
  if (last && last.end !== text.length) say(`the text goes on after the last block (${text.length - last.end} characters)`);
  if (model.format === 'pdf' && model.pages.length !== model.pageCount) say(`${model.pages.length} page sizes for ${model.pageCount} pages`);
  for (const page of model.pages) {
    if (!(Number.isFinite(page.width) && Number.isFinite(page.height) && page.width > 0 && page.height > 0)) say(`page ${page.number} measures ${page.width} × ${page.height}`);
  }
  return problems;
}
