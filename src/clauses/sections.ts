/**
 * Section numbers and cross-references. Legal text often says what a clause is about only by pointing at
 * another section: "You may satisfy the conditions in Section 3(a)(1) …" is an attribution clause because
 * Section 3(a) is headed "Attribution". This module numbers the document's sections from the printed numbers
 * and outline levels of its blocks, and resolves such references to the referenced section's title.
 */
import type { Block, DocumentModel } from '../document/model';
import { isRunInHeading, leadingEnumerator, splitUnits } from './sentences';

export interface Section {
  /** Lower-case path of printed numbers, e.g. ["3", "a", "1"]. */
  path: string[];
  /** The section's title: a heading's text or a run-in title ("Attribution", "Additional Commercial Terms"). */
  title: string;
  /** Index of the block that opens the section, and of the first block after it. */
  firstBlock: number;
  endBlock: number;
}

export class SectionIndex {
  private readonly byKey = new Map<string, Section>();

  constructor(readonly sections: Section[]) {
    for (const s of sections) if (!this.byKey.has(s.path.join('.'))) this.byKey.set(s.path.join('.'), s);
  }

  /** The section a reference names, or its nearest numbered ancestor that exists. */
  resolve(path: string[]): Section | null {
    for (let n = path.length; n > 0; n--) {
      const hit = this.byKey.get(path.slice(0, n).join('.'));
      if (hit) return hit;
    }
    return null;
  }

  /** Titles of a section and its ancestors, nearest first. */
  titles(section: Section): string[] {
    const out: string[] = [];
    for (let n = section.path.length; n > 0; n--) {
      const s = this.byKey.get(section.path.slice(0, n).join('.'));
      if (s?.title) out.push(s.title);
    }
    return out;
  }
}

/** "Section 3", "3.", "(a)", "iv.", "4.2" -> ["3"], ["a"], ["iv"], ["4", "2"]. */
export function numberPath(number: string): string[] {
  const bare = number.replace(/^(?:section|article|clause|paragraph|§)\s*/i, '').trim();
  return bare
    .split(/[.()]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
}

export function indexSections(model: DocumentModel): SectionIndex {
  const sections: Section[] = [];
  const stack: Array<{ level: number; number: string[] }> = [];
  model.blocks.forEach((block, i) => {
    const number = block.number ?? leadingEnumerator(model.text.slice(block.start, Math.min(block.end, block.start + 24)));
    if (!number || /^[-*•◦▪‣]$/.test(number)) return;
    const level = block.level > 0 ? block.level : 1;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const own = numberPath(number);
    // "4.2" carries its whole path; "(b)" extends its parent's.
    const path = own.length > 1 ? own : [...(stack.length ? stack[stack.length - 1].number : []), ...own];
    const section: Section = { path, title: titleOf(model, block, number), firstBlock: i, endBlock: model.blocks.length };
    sections.push(section);
    stack.push({ level, number: path });
  });
  // A section ends where the next section at the same or a higher level begins.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const next = sections.slice(i + 1).find((n) => !isAncestor(s.path, n.path));
    s.endBlock = next ? next.firstBlock : model.blocks.length;
  }
  return new SectionIndex(sections);
}

function isAncestor(ancestor: string[], path: string[]): boolean {
  return ancestor.length < path.length && ancestor.every((p, i) => p === path[i]);
}

function titleOf(model: DocumentModel, block: Block, number: string): string {
  const text = model.text.slice(block.start, block.end);
  const afterNumber = text.startsWith(number) ? text.slice(number.length) : text.replace(/^\S+\s*/, '');
  const rest = afterNumber.replace(/^\s*(?:--|[-–—:.])?\s*/, '').trim();
  if (block.kind === 'heading' || rest.length <= 80) return rest.replace(/[.:]$/, '');
  const first = splitUnits(rest)[0];
  const firstText = first ? rest.slice(first.start, first.end) : '';
  // A run-in title is only the words before the first full stop: "Grant of Rights. You are granted …".
  const runIn = /^([^.]{2,70})\.\s/.exec(firstText);
  return runIn && isRunInHeading(`${runIn[1]}.`) ? runIn[1] : '';
}

/** "Section 3(a)(1)", "Section 1.b.i", "Section IV(a)", "paragraph 5" in a unit, with their paths. */
const REFERENCE =
  /\b(?:section|paragraph|clause|article)\s+((?:\d{1,3}|[ivxlc]{1,6})(?:\.\d{1,3})*(?:\.[a-z]{1,4})*(?:\s?\([a-z0-9]{1,4}\))*)(?![\w(])/gi;

export function referencesIn(text: string): string[][] {
  const out: string[][] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(text))) out.push(numberPath(m[1]));
  return out;
}
