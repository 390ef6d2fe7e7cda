import type { MemoPageSize } from './options';
import type { VerdictTone } from './types';
import { TONE_FILL } from './wording';

/**
 * A CSS string literal that cannot end the string or the <style> element it sits in: everything but letters,
 * digits and spaces is written as a CSS escape ("\3C " for "<"), so reviewer text in a page-margin box is inert.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).toUpperCase()} `;
  return `${out}"`;
}

const SERIF = `Georgia, Cambria, "Liberation Serif", "Times New Roman", serif`;
const SANS = `"Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif`;
const MONO = `Consolas, Menlo, "DejaVu Sans Mono", "Liberation Mono", monospace`;

const TONES: VerdictTone[] = ['favourable', 'caution', 'restrictive', 'neutral'];

/**
 * Styles for the memo, designed for print first: page size and margins in @page, the privileged header and
 * "Page N of M" in the page-margin boxes (Chromium 131+, so Electron's printToPDF and headless Chromium both
 * print them), quotations set off with a rule and an indent, blocks kept whole across page breaks where they fit.
 * On screen (the app's live preview) the same page is shown on a sheet, with the header as a banner.
 */
export function memoStyles(pageSize: MemoPageSize, privilegedHeader: string, footerLeft: string): string {
  const size = pageSize === 'Letter' ? 'letter' : 'A4';
  const header = privilegedHeader ? `@top-center { content: ${cssString(privilegedHeader)}; font: 600 7.5pt ${SANS}; letter-spacing: 0.06em; text-transform: uppercase; color: #7a1f1f; }` : '';
  return `
@page {
  size: ${size};
  margin: 22mm 20mm 20mm 20mm;
  ${header}
  @bottom-left { content: ${cssString(footerLeft)}; font: 7.5pt ${SANS}; color: #666; white-space: nowrap; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt ${SANS}; color: #444; white-space: nowrap; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/1.45 ${SERIF}; color: #1a1a1a; overflow-wrap: anywhere; word-break: normal; hyphens: manual; }
h1, h2, h3, h4, th, .kicker, .cite, .privileged, .small, .role, .suggested, .cites, .warning, .why, .comment-meta { font-family: ${SANS}; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 4mm; font-weight: 650; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; padding-bottom: 1.2mm; border-bottom: 0.6pt solid #999; font-weight: 650; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; font-weight: 650; break-after: avoid; }
h2 .num, h3 .num { color: #555; margin-right: 0.4em; }
p { margin: 0 0 2mm; }
.kicker { margin: 0 0 1mm; font-size: 8.5pt; letter-spacing: 0.14em; text-transform: uppercase; color: #555; }
.privileged { display: none; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border: 0.5pt solid #b5b5b5; }
thead th { background: #2f3b4c; color: #fff; font-size: 8.5pt; font-weight: 600; border-color: #2f3b4c; }
tbody th { font-size: 9.5pt; font-weight: 600; }
td { font-size: 9.5pt; }
tr { break-inside: avoid; }
table.facts th, table.facts td { border: none; padding: 0.8mm 0; font-size: 10pt; }
table.facts th { width: 32mm; color: #555; font-weight: 500; }
table.facts { margin-bottom: 2mm; border-top: 1.2pt solid #2f3b4c; border-bottom: 0.6pt solid #999; }
table.facts tr:first-child th, table.facts tr:first-child td { padding-top: 2mm; }
table.facts tr:last-child th, table.facts tr:last-child td { padding-bottom: 2mm; }
${TONES.map((t) => `.tone-${t} .verdict { background: #${TONE_FILL[t]}; }`).join('\n')}
.verdict strong { display: block; font-family: ${SANS}; font-size: 9.5pt; }
.small, .role, .suggested, .cites { font-size: 8.5pt; color: #444; }
.cites { margin: 1mm 0 0; padding: 0; list-style: none; }
.warning { font-size: 8.5pt; color: #7a4a00; margin: 1mm 0 0; }
.sha { font-family: ${MONO}; font-size: 7pt; color: #555; word-break: break-all; overflow-wrap: anywhere; }
.cite { font-size: 8.5pt; color: #333; margin: 0 0 1mm; }
.cite .status { color: #555; }
blockquote { margin: 0 0 1.5mm 4mm; padding: 0.5mm 0 0.5mm 4mm; border-left: 2.2pt solid #8797ad; color: #222; font-size: 10pt; }
blockquote p { margin: 0 0 1mm; }
blockquote p:last-child { margin-bottom: 0; }
.entry { margin: 0 0 4mm; break-inside: avoid; }
.why, .comment-meta { font-size: 8.5pt; color: #444; margin: 0 0 0 8mm; }
.comment { margin: 1mm 0 1mm 8mm; }
.none { color: #555; font-style: italic; }
ol.items { margin: 0 0 3mm; padding-left: 7mm; }
ol.items li { margin-bottom: 1.2mm; }
.topic { margin: 0 0 5mm; }
.topic h3 { display: flex; gap: 3mm; align-items: baseline; }
.topic h3 .label { font-weight: 500; font-size: 9pt; padding: 0.4mm 2mm; border-radius: 1mm; }
${TONES.map((t) => `.topic.tone-${t} h3 .label { background: #${TONE_FILL[t]}; }`).join('\n')}
table.signoff { width: 70%; margin-top: 4mm; }
table.signoff th { width: 30mm; background: #f3f3f3; }
table.signoff td.line { height: 14mm; }
section.signoff { break-inside: avoid; }
@media screen {
  html { background: #e9e9e9; }
  body { max-width: ${pageSize === 'Letter' ? '216mm' : '210mm'}; margin: 6mm auto; padding: 12mm 20mm 20mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
  .privileged { display: block; margin: 0 0 6mm; text-align: center; font-size: 7.5pt; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: #7a1f1f; }
}
`;
}
