import type { AlignedDocument, Alignment } from './align';
import type { LicenseDiffPart } from './types';

/** Words of context kept on each side of a change; longer equal runs are shortened with an ellipsis. */
const CONTEXT_WORDS = 5;
export const ELLIPSIS = '…';

/**
 * The compact word diff counsel reads: every changed word, with a few words of shared context around each
 * change. Equal and inserted text is quoted from the document, deleted text from the reference. Differences the
 * alignment judged ignorable (a link target, a copyright line, a re-split word) are shown as equal.
 */
export function buildDiffParts(alignment: Alignment, doc: AlignedDocument): LicenseDiffPart[] {
  const { ref, segments } = alignment;
  const parts: LicenseDiffPart[] = [];
  let equalFrom = -1;
  let equalTo = -1;

  const flushEqual = (isLast: boolean) => {
    if (equalFrom < 0 || equalTo <= equalFrom) {
      equalFrom = -1;
      return;
    }
    const isFirst = parts.length === 0;
    const n = equalTo - equalFrom;
    const headWords = isFirst ? 0 : CONTEXT_WORDS;
    const tailWords = isLast ? 0 : CONTEXT_WORDS;
    if (n <= headWords + tailWords + 1) {
      parts.push(docPart('equal', doc, equalFrom, equalTo));
    } else {
      const head = headWords > 0 ? docText(doc, equalFrom, equalFrom + headWords) : '';
      const tail = tailWords > 0 ? docText(doc, equalTo - tailWords, equalTo) : '';
      parts.push({
        op: 'equal',
        text: [head, ELLIPSIS, tail].filter(Boolean).join(' '),
        start: doc.tokens[equalFrom].start,
        end: doc.tokens[equalTo - 1].end,
        elided: true,
      });
    }
    equalFrom = -1;
  };

  for (const s of segments) {
    if (s.op === 'equal' || s.op === 'ignorable') {
      if (s.docTo > s.docFrom) {
        if (equalFrom < 0) equalFrom = s.docFrom;
        equalTo = s.docTo;
      }
      continue;
    }
    flushEqual(false);
    if (s.refTo > s.refFrom) {
      const at = s.docFrom < doc.tokens.length ? doc.tokens[s.docFrom].start : doc.text.length;
      const from = ref.tokens[s.refFrom].start;
      const to = ref.tokens[s.refTo - 1].end;
      parts.push({ op: 'delete', text: squeeze(ref.ref.text.slice(from, to)), start: at, end: at });
    }
    if (s.docTo > s.docFrom) parts.push(docPart('insert', doc, s.docFrom, s.docTo));
  }
  flushEqual(true);
  return parts;
}

function docPart(op: 'equal' | 'insert', doc: AlignedDocument, from: number, to: number): LicenseDiffPart {
  return { op, text: docText(doc, from, to), start: doc.tokens[from].start, end: doc.tokens[to - 1].end };
}

function docText(doc: AlignedDocument, from: number, to: number): string {
  return squeeze(doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
