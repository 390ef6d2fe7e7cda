import type { Block, DocumentModel } from '../../document/model';
import { isHeadingLine } from '../text/headings';

/**
 * Word-numbered clause captions: "1. Definitions", "2. Grant of Rights" typed as items of a numbered list and set
 * in bold, each followed by its clause — the way many licences are drafted in Word. Read as list items they
 * are no sections of the outline (the text and Markdown imports of the same licence make them headings). Such an
 * item becomes a heading at its list level when its words are a caption (Title Case or capitals, no sentence),
 * all bold, and no neighbouring item at its level is a bold caption too — a list of bold titled entries ("1. Violence
 * and Terrorism", "2. Child Exploitation") stays a list.
 */
export function promoteNumberedCaptions(model: DocumentModel): void {
  const captions = model.blocks.map((block) => block.kind === 'list-item' && block.number !== null && isBoldCaption(model.text, block));
  model.blocks.forEach((block, i) => {
    if (!captions[i]) return;
    const sibling = (j: number) => captions[j] === true && model.blocks[j].level === block.level;
    if (sibling(i - 1) || sibling(i + 1)) return;
    const next = model.blocks[i + 1];
    // A caption heads something: its clause follows, as a paragraph or as items of a deeper level.
    if (!next || (next.kind === 'list-item' && next.level <= block.level) || next.kind === 'heading') return;
    block.kind = 'heading';
  });
}

function isBoldCaption(text: string, block: Block): boolean {
  const whole = text.slice(block.start, block.end);
  const number = block.number ?? '';
  const offset = whole.startsWith(number) ? number.length : 0;
  const caption = whole.slice(offset).trim();
  // "Survival and Termination." — a caption may close with a full stop or a colon, as the text reader allows.
  if (!caption || !isHeadingLine(caption.replace(/[.:]$/, ''))) return false;
  const from = block.end - caption.length;
  return (block.emphasis ?? []).some((e) => e.kind === 'bold' && e.start <= from && e.end >= block.end);
}
