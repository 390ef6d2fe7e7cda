import type { Segment } from '../../document/builder';
import { isAllCaps, isHeadingLine } from '../text/headings';
import { LIST_JOINER_END, REFERENCE_END, SENTENCE_END } from '../text/line-ends';
import { parseMarker } from '../text/numbering';
import type { NumberingOutline } from '../text/outline';

/** Lines longer than this were not wrapped by hand: each is a paragraph of its own. */
const UNWRAPPED_LINE = 100;

/**
 * Splits one Markdown paragraph where its author plainly meant separate blocks although Markdown joins the lines:
 * licences pasted into .md files keep "a.  Distribution …", "b.  Use Restrictions …" on consecutive lines, and an
 * ALL-CAPS title line directly above its text. Wrapped prose stays one paragraph: a soft line break starts a new
 * block only before a numbered line that follows a finished sentence (not "… version\n2.0 of the"), after a
 * title line, or everywhere when the lines are paragraph-long (one paragraph per line).
 */
export function splitParagraphLines(segments: Segment[], outline: NumberingOutline): Segment[][] {
  const lines = splitAtLineBreaks(segments);
  if (lines.length === 1) return lines;
  const texts = lines.map(lineText);
  const oneParagraphPerLine = texts.slice(0, -1).some((t) => t.length > UNWRAPPED_LINE);

  const groups: Segment[][] = [lines[0]];
  let groupLines = 1;
  for (let k = 1; k < lines.length; k++) {
    const previous = texts[k - 1];
    const current = texts[k];
    const marker = parseMarker(current);
    let starts: boolean;
    if (groupLines === 1 && isAllCaps(previous) && isHeadingLine(previous)) starts = true;
    else if (oneParagraphPerLine) starts = !(/^\p{Ll}/u.test(current) && !SENTENCE_END.test(previous));
    else if (!marker || REFERENCE_END.test(previous)) starts = false;
    else starts = SENTENCE_END.test(previous) || LIST_JOINER_END.test(previous) || outline.continues(marker, 0);
    if (starts) {
      groups.push(lines[k]);
      groupLines = 1;
    } else {
      const group = groups[groups.length - 1];
      group.push({ ...lines[k][0], text: ` ${lines[k][0]?.text ?? ''}` }, ...lines[k].slice(1));
      groupLines++;
    }
  }
  return groups.map((g) => g.filter((s) => s.text !== ''));
}

/** Segments split at the soft line breaks inside their text. */
function splitAtLineBreaks(segments: Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const segment of segments) {
    const parts = segment.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      lines[lines.length - 1].push({ ...segment, text: part });
    });
  }
  return lines;
}

function lineText(line: Segment[]): string {
  return line
    .map((s) => s.text)
    .join('')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}
