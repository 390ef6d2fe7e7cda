import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { MONO_FONT, STYLE, memoDocxStyles, pageGeometry, type PageGeometry } from './docx-styles';
import { MEMO_SECTION_TITLES, type MemoPageSize, type MemoSectionId } from './options';
import type { Memo, MemoQuote } from './types';
import { findingLocations, footerText, reasoningQuote, summaryReferences } from './outline';
import { TONE_FILL, changePlace, citationText, earlierLine } from './wording';

export interface DocxRenderOptions {
  pageSize?: MemoPageSize;
}

type Block = Paragraph | Table;

function runs(text: string, options: { bold?: boolean; italics?: boolean; font?: string; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text, ...options });
}

function para(text: string, style?: string, extra: ParagraphChild[] = []): Paragraph {
  return new Paragraph({ style, children: [runs(text), ...extra] });
}

/** One paragraph per line of a text that may hold several (quotes spanning blocks, comments). */
function paras(text: string, style?: string): Paragraph[] {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length ? lines : ['']).map((l) => para(l, style));
}

const none = (text: string) => new Paragraph({ children: [runs(text, { italics: true, color: '555555' })] });

function reasoningQuoteParagraphs(q: MemoQuote, locations: Map<number, string>): Paragraph[] {
  const { text, fullTextAt } = reasoningQuote(q, locations);
  return [para(`${citationText(q.citation)}${fullTextAt ? ` · full text in ${fullTextAt}` : ''}`, STYLE.citation), ...paras(text, STYLE.quote)];
}

const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'B5B5B5' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children: children.length ? children : [para('')],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

/** A full-width table with a dark heading row repeated on every page and rows that do not split. */
function grid(geometry: PageGeometry, fractions: number[], headings: string[], rows: Array<Array<{ children: Paragraph[]; fill?: string }>>): Table {
  const widths = fractions.map((f) => Math.floor(geometry.contentWidth * f));
  return new Table({
    width: { size: geometry.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell([para(h, STYLE.tableHead)], widths[i], '2F3B4C')) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.children, widths[i], c.fill)) })),
    ],
  });
}

function labelled(geometry: PageGeometry, rows: Array<[string, Paragraph[]]>, bordered: boolean): Table {
  const widths = [Math.floor(geometry.contentWidth * (bordered ? 0.22 : 0.2)), Math.floor(geometry.contentWidth * (bordered ? 0.48 : 0.8))];
  const border = bordered ? GRID : NO_BORDER;
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([new Paragraph({ style: STYLE.tableText, children: [runs(label, { bold: bordered, color: '555555' })] })], widths[0], bordered ? 'F3F3F3' : undefined), cell(value, widths[1])],
        }),
    ),
  });
}

type SectionBuilder = (memo: Memo, number: number, geometry: PageGeometry) => Block[];

const SECTIONS: Record<MemoSectionId, SectionBuilder> = {
  summary: (memo, _n, g) => {
    if (memo.summary.length === 0) return [none('The assessment has no topics.')];
    return [
      grid(
        g,
        [0.19, 0.22, 0.33, 0.26],
        ['Topic', 'Verdict', 'Conditions', 'Deciding document'],
        memo.summary.map((r) => [
          { children: [new Paragraph({ style: STYLE.tableText, children: [runs(r.title, { bold: true })] })] },
          {
            fill: TONE_FILL[r.tone],
            children: [
              new Paragraph({ style: STYLE.tableText, children: [runs(r.verdictLabel, { bold: true })] }),
              ...(r.edited && r.suggestedLabel ? [para(`Reviewer’s answer; the analysis suggested “${r.suggestedLabel}”`, STYLE.footer)] : []),
            ],
          },
          { children: [...(r.conditions ? paras(r.conditions, STYLE.tableText) : [none('None')]), ...r.warnings.map((w) => new Paragraph({ style: STYLE.footer, children: [runs(`⚠ ${w}`, { color: '7A4A00' })] }))] },
          {
            children: r.decidingDocument
              ? [
                  para(`${r.decidingDocument.documentRef} ${r.decidingDocument.title}`, STYLE.tableText),
                  para(r.decidingDocument.roleLabel, STYLE.footer),
                  ...summaryReferences(memo, r.clauses).map((c) => para(c, STYLE.footer)),
                ]
              : [none('No document decides this topic')],
          },
        ]),
      ),
    ];
  },

  documents: (memo, _n, g) => {
    if (memo.documents.length === 0) return [none('No documents are attached to the assessment.')];
    return [
      grid(
        g,
        [0.07, 0.4, 0.15, 0.17, 0.21],
        ['Ref', 'Document', 'Role', 'Version', 'Identified licence'],
        memo.documents.map((d) => [
          { children: [para(d.documentRef, STYLE.tableText)] },
          {
            children: [
              para(d.title, STYLE.tableText),
              para(`${d.sourceName}${d.pageCount ? ` · ${d.pageCount} pages` : ''}`, STYLE.footer),
              new Paragraph({ style: STYLE.footer, children: [runs('SHA-256 '), runs(d.sha256, { font: MONO_FONT, size: 13 })] }),
            ],
          },
          { children: [para(d.roleLabel, STYLE.tableText)] },
          { children: [para(d.versionLabel ?? '—', STYLE.tableText), para(d.effectiveDateLabel ? `Effective ${d.effectiveDateLabel}` : 'No effective date recorded', STYLE.footer)] },
          { children: [para(d.licenceLabel, STYLE.tableText)] },
        ]),
      ),
    ];
  },

  findings: (memo, n) => {
    const out: Block[] = [para(memo.includesRejectedFindings ? 'Findings the reviewer rejected are included and marked as rejected.' : 'Findings the reviewer rejected are left out.', STYLE.footer)];
    if (memo.findings.length === 0) return [...out, none('The analysis flagged no clauses in these documents.')];
    memo.findings.forEach((g, i) => {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${n}.${i + 1}  ${g.title} (${g.findings.length})`)] }));
      for (const f of g.findings) {
        out.push(para(`${citationText(f.citation)} · ${f.statusLabel}`, STYLE.citation));
        out.push(...paras(f.quote, STYLE.quote));
        out.push(para(`Why flagged (${f.stance}): ${f.explanation}${f.movedFrom ? ` — moved here by the reviewer from ${f.movedFrom}` : ''}`, STYLE.note));
      }
    });
    return out;
  },

  rationale: (memo) => {
    const locations = findingLocations(memo);
    return memo.rationale.flatMap((r) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${r.title} — `), runs(r.verdictLabel, { bold: false })] }),
      ...(r.rationale ? paras(r.rationale) : [none('No rationale recorded: the answer is the analysis’s suggestion.')]),
      ...(r.editedBy ? [para(`Answer recorded by ${r.editedBy}${r.editedAt ? ` on ${r.editedAt}` : ''}.`, STYLE.footer)] : []),
      ...(r.clauses.length ? [para('Rests on:', STYLE.footer), ...r.clauses.flatMap((q) => reasoningQuoteParagraphs(q, locations))] : [none('No clause is cited for this answer.')]),
    ]);
  },

  annotations: (memo) => {
    if (memo.annotations.length === 0) return [none('Counsel made no annotations on these documents.')];
    return memo.annotations.flatMap((a) => [
      para(`${citationText(a.citation)} · ${a.categoryLabel}`, STYLE.citation),
      ...paras(a.quote, STYLE.quote),
      ...(a.comment ? paras(a.comment, STYLE.comment) : []),
      para(`${a.author}${a.tags.length ? ` · Tags: ${a.tags.join(', ')}` : ''}${a.anchorNote ? ` · ${a.anchorNote}` : ''}`, STYLE.note),
    ]);
  },

  conditions: (memo, n) => {
    const list = (items: string[]) => items.map((c, i) => new Paragraph({ indent: { left: 567, hanging: 397 }, children: [new TextRun({ children: [`${i + 1}.`, new Tab(), c] })], tabStops: [{ type: TabStopType.LEFT, position: 567 }] }));
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${n}.1  Conditions`)] }),
      ...(memo.conditions.length ? list(memo.conditions) : [none('No conditions.')]),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${n}.2  Open questions`)] }),
      ...(memo.openQuestions.length ? list(memo.openQuestions) : [none('No open questions.')]),
      ...(memo.notes.trim() ? [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${n}.3  Notes`)] }), ...paras(memo.notes)] : []),
    ];
  },

  changes: (memo) =>
    memo.changes.flatMap((c) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [runs(`${c.documentRef} ${c.documentTitle}`)] }),
      para(earlierLine(c), STYLE.footer),
      para(c.overview, STYLE.footer),
      ...(c.changes.length
        ? c.changes.map(
            (x, i) =>
              new Paragraph({
                indent: { left: 567, hanging: 397 },
                tabStops: [{ type: TabStopType.LEFT, position: 567 }],
                children: [
                  new TextRun({ children: [`${i + 1}.`, new Tab()] }),
                  ...(x.material ? [runs('Material: ', { bold: true })] : []),
                  runs(x.summary),
                  ...(x.topics.length ? [runs(` (${x.topics.join(', ')})`, { color: '555555' })] : []),
                  runs(` — ${changePlace(x)}`, { color: '555555' }),
                ],
              }),
          )
        : [none('No change touches a clause or a summary answer.')]),
    ]),

  signoff: (memo, _n, g) => {
    const s = memo.signOff;
    return [
      labelled(
        g,
        [
          ['Reviewer', [para(s.reviewer, STYLE.tableText)]],
          ['Date', [para(s.date ?? '', STYLE.tableText)]],
          ['Decision', [para(s.decisionLabel, STYLE.tableText)]],
          ['Signature', [para('', STYLE.tableText), para('', STYLE.tableText), para('', STYLE.tableText)]],
        ],
        true,
      ),
    ];
  },
};

/**
 * The memo as a Word document: Title and Heading styles, the verdict table shaded per verdict, quotations in
 * Word's Quote style, the privileged header on every page, "Page N of M" in the footer, and the title and author
 * in the document properties.
 */
export async function renderMemoDocx(memo: Memo, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const geometry = pageGeometry(options.pageSize ?? 'A4');
  const h = memo.heading;
  const numberOf = (id: MemoSectionId) => memo.sections.indexOf(id) + 1;
  const body: Block[] = [
    para('Memorandum', STYLE.kicker),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [runs(h.title)] }),
    labelled(
      geometry,
      [
        ['Model', [para(h.model, STYLE.tableText)]],
        ['Intended use', paras(h.intendedUse, STYLE.tableText)],
        ['Reviewer', [para(h.reviewer, STYLE.tableText)]],
        ['Date', [para(h.date, STYLE.tableText)]],
        ['Status', [para(h.statusLabel, STYLE.tableText)]],
        ['Decision', [para(h.decisionLabel, STYLE.tableText)]],
        ['Assessment', [para(`#${h.assessmentId}`, STYLE.tableText)]],
      ],
      false,
    ),
  ];
  for (const id of memo.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [runs(`${numberOf(id)}.  ${MEMO_SECTION_TITLES[id]}`)] }));
    body.push(...SECTIONS[id](memo, numberOf(id), geometry));
  }

  const doc = new Document({
    title: h.title,
    subject: `Licence review memo: ${h.model}`,
    description: `Review of ${h.model} for: ${h.intendedUse}`,
    creator: h.reviewer,
    lastModifiedBy: h.reviewer,
    keywords: 'licence review; memo',
    styles: memoDocxStyles(),
    sections: [
      {
        properties: { page: { size: { width: geometry.width, height: geometry.height }, margin: geometry.margin } },
        headers: { default: new Header({ children: memo.privilegedHeader ? [para(memo.privilegedHeader, STYLE.header)] : [] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                tabStops: [{ type: TabStopType.RIGHT, position: geometry.contentWidth }],
                children: [runs(footerText(memo)), new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
