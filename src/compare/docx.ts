import { BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, WidthType, type IBorderOptions } from 'docx';
import type { DocumentModel } from '../document/model';
import { buildComparisonReport, type RedlineParagraph } from './redline';
import type { Comparison } from './types';

/** Page geometry in twips (A4, 20 mm margins), as the review memo uses. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const SANS = 'Arial';
const BODY = 'Georgia';
const INSERTED = '1F4E9A';
const DELETED = 'A4262C';
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'B5B5B5' };

/** XML 1.0 forbids control characters: one in a document's text would make the file unreadable in Word. */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(UNPRINTABLE, '');

function run(text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number; font?: string } = {}): TextRun {
  return new TextRun({ text: clean(text), ...options });
}

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

function table(fractions: number[], headings: string[], rows: Array<{ cells: string[]; material: boolean }>): Table {
  const widths = fractions.map((f) => Math.floor(CONTENT_WIDTH * f));
  const text = (t: string, bold = false, color?: string) => new Paragraph({ children: [run(t, { bold, color, size: 18, font: SANS })] });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell([text(h, true, 'FFFFFF')], widths[i], '2F3B4C')) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell([text(c, i === 0 && r.material)], widths[i], i === 0 && r.material ? 'FBEAEA' : undefined)) })),
    ],
  });
}

function redlineParagraph(p: RedlineParagraph): Paragraph[] {
  const out: Paragraph[] = [];
  if (p.label) out.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 0 }, children: [run(p.label, { font: SANS, size: 15, color: p.material ? DELETED : '555555', bold: p.material })] }));
  const runs = p.segments.map((s) =>
    s.mark === 'inserted'
      ? new TextRun({ text: clean(s.text), color: INSERTED, underline: { type: UnderlineType.SINGLE, color: INSERTED } })
      : s.mark === 'deleted'
        ? new TextRun({ text: clean(s.text), color: DELETED, strike: true })
        : new TextRun({ text: clean(s.text), bold: p.heading, italics: p.movedAway, color: p.movedAway ? '555555' : undefined }),
  );
  out.push(
    new Paragraph({
      children: runs,
      spacing: { after: 100 },
      ...(p.changeId ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: p.material ? DELETED : '8797AD', space: 6 } } } : {}),
    }),
  );
  return out;
}

/**
 * The comparison as a Word redline: the material changes, the summary answers that changed, the list of
 * changes, then the later version with inserted words underlined in blue and deleted words struck in red —
 * formatting rather than tracked revisions, so it prints the same everywhere and nobody "accepts" it by mistake.
 */
export async function renderComparisonDocx(comparison: Comparison, oldModel: DocumentModel, newModel: DocumentModel): Promise<Uint8Array> {
  const r = buildComparisonReport(comparison, oldModel, newModel);
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text)] });
  const plain = (text: string, options: { italics?: boolean; color?: string } = {}) => new Paragraph({ spacing: { after: 80 }, children: [run(text, options)] });
  const body: Array<Paragraph | Table> = [
    new Paragraph({ children: [run('VERSION COMPARISON', { font: SANS, size: 16, color: '555555' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(r.title)] }),
    plain(`Earlier: ${r.oldTitle} (${r.oldSource})`),
    plain(`Later: ${r.newTitle} (${r.newSource})`),
    plain(r.statsLine),
    heading('Material changes'),
    ...(r.materialSummary.length
      ? r.materialSummary.map((l) => new Paragraph({ bullet: { level: 0 }, children: [run(l)] }))
      : [plain('No material change: no clause fact, operative wording, flagged clause or summary answer differs.', { italics: true })]),
    ...r.termRenames.map((t) => plain(t, { italics: true })),
    heading('Summary answers'),
    r.summaryChanges.length
      ? table(
          [0.2, 0.17, 0.17, 0.46],
          ['Summary answer', 'Earlier', 'Later', 'In words'],
          r.summaryChanges.map((s) => ({ cells: [s.field, s.old, s.new, `${s.summary}${s.material ? '' : ' (no changed wording explains it)'}`], material: s.material })),
        )
      : plain('The summary answers (commercial use, attribution, outputs, acceptable use) are the same in both versions.', { italics: true }),
    heading('All changes'),
    r.changes.length
      ? table(
          [0.16, 0.14, 0.2, 0.5],
          ['Change', 'Where', 'Topics', 'What changed'],
          r.changes.map((c) => ({ cells: [`${c.id} ${c.kind}${c.material ? ' — material' : ''}`, c.where, c.categories.join(', ') || '—', c.summary], material: c.material })),
        )
      : plain('The two versions have the same wording.', { italics: true }),
    heading('Redline of the later version'),
    new Paragraph({
      spacing: { after: 160 },
      children: [
        run('Inserted words are ', { size: 17, font: SANS }),
        new TextRun({ text: 'underlined in blue', color: INSERTED, underline: { type: UnderlineType.SINGLE, color: INSERTED }, size: 17, font: SANS }),
        run(', deleted words ', { size: 17, font: SANS }),
        new TextRun({ text: 'struck through in red', color: DELETED, strike: true, size: 17, font: SANS }),
        run('; a moved block is printed where it now is.', { size: 17, font: SANS }),
      ],
    }),
    ...r.redline.flatMap(redlineParagraph),
  ];
  const doc = new Document({
    title: clean(r.title),
    subject: 'Version comparison',
    description: clean(`${r.oldTitle} compared with ${r.newTitle}`),
    creator: 'License Desk',
    styles: {
      default: {
        document: { run: { font: BODY, size: 21, color: '1A1A1A' }, paragraph: { spacing: { after: 80, line: 264 } } },
        title: { run: { font: SANS, size: 34, bold: true } },
        heading1: { run: { font: SANS, size: 24, bold: true }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [run(`${r.title} — page `, { size: 15, font: SANS, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, font: SANS, color: '555555' })] })] }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
