import { AlignmentType, BorderStyle, type IStylesOptions } from 'docx';
import type { MemoPageSize } from './options';

/** Page geometry in twentieths of a point (twips), as Word measures it. */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Width between the side margins: what a full-width table spans. */
  contentWidth: number;
}

const MM = 56.7;

export function pageGeometry(size: MemoPageSize): PageGeometry {
  const [width, height] = size === 'Letter' ? [12240, 15840] : [11906, 16838];
  const side = Math.round(20 * MM);
  return {
    width,
    height,
    margin: { top: Math.round(24 * MM), bottom: Math.round(20 * MM), left: side, right: side, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
    contentWidth: width - 2 * side,
  };
}

export const BODY_FONT = 'Georgia';
export const SANS_FONT = 'Arial';
export const MONO_FONT = 'Consolas';

/** Style ids the memo uses beyond Word's built-in headings; "Quote" is Word's own name, so Word lists it as such. */
export const STYLE = {
  quote: 'Quote',
  citation: 'MemoCitation',
  note: 'MemoNote',
  comment: 'MemoComment',
  kicker: 'MemoKicker',
  tableText: 'MemoTableText',
  tableHead: 'MemoTableHead',
  header: 'MemoHeader',
  footer: 'MemoFooter',
} as const;

/**
 * Word styles for the memo: real Title / Heading 1 / Heading 2 styles (so Word's navigation pane and a table of
 * contents work), and named paragraph styles for quotations, citations and notes, so a firm can restyle the memo
 * in Word by editing styles rather than paragraphs.
 */
export function memoDocxStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: 21, color: '1A1A1A' }, paragraph: { spacing: { after: 100, line: 264 } } },
      title: { run: { font: SANS_FONT, size: 38, bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 160 } } },
      heading1: {
        run: { font: SANS_FONT, size: 26, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 360, after: 140 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 2 } } },
      },
      heading2: { run: { font: SANS_FONT, size: 22, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
      heading3: { run: { font: SANS_FONT, size: 20, bold: true, color: '333333' }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 20, color: '222222' },
        paragraph: {
          indent: { left: 567, right: 284 },
          spacing: { after: 60 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: '8797AD', space: 8 } },
        },
      },
      { id: STYLE.citation, name: 'Memo Citation', basedOn: 'Normal', next: STYLE.quote, run: { font: SANS_FONT, size: 17, color: '333333' }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
      { id: STYLE.note, name: 'Memo Note', basedOn: 'Normal', next: 'Normal', run: { font: SANS_FONT, size: 17, color: '444444' }, paragraph: { indent: { left: 567 }, spacing: { after: 120 } } },
      { id: STYLE.comment, name: 'Memo Comment', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 567 }, spacing: { before: 60, after: 60 } } },
      { id: STYLE.kicker, name: 'Memo Kicker', basedOn: 'Normal', next: 'Title', run: { font: SANS_FONT, size: 17, color: '555555', allCaps: true, characterSpacing: 30 }, paragraph: { spacing: { after: 100 } } },
      { id: STYLE.tableText, name: 'Memo Table Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 40, line: 252 } } },
      { id: STYLE.tableHead, name: 'Memo Table Heading', basedOn: 'Normal', run: { font: SANS_FONT, size: 17, bold: true, color: 'FFFFFF' }, paragraph: { spacing: { after: 0 } } },
      {
        id: STYLE.header,
        name: 'Memo Header',
        basedOn: 'Normal',
        run: { font: SANS_FONT, size: 15, bold: true, allCaps: true, characterSpacing: 10, color: '7A1F1F' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
      { id: STYLE.footer, name: 'Memo Footer', basedOn: 'Normal', run: { font: SANS_FONT, size: 15, color: '555555' }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}
