import type { DocumentModel } from '../document/model';
import { buildComparisonReport, type RedlineParagraph } from './redline';
import type { Comparison } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Control characters and lone surrogates make no sense in a report and some break UTF-8 output. */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every string reaching the markup goes through here: document text is untrusted. */
function esc(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLES = `
:root { color-scheme: light; }
body { font: 15px/1.55 Georgia, 'Times New Roman', serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3, .label, table, .kicker { font-family: Arial, Helvetica, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #b5b5b5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #2f3b4c; color: #fff; }
tr.material td:first-child { border-left: 4px solid #a4262c; }
.facts th { width: 8rem; background: #f3f3f3; }
.material-list li { margin-bottom: .3rem; }
.badge { display: inline-block; font: bold .7rem Arial, sans-serif; padding: 0 .35rem; border-radius: 3px; background: #a4262c; color: #fff; }
.legend { font: .8rem Arial, sans-serif; color: #444; }
.redline p { margin: .45rem 0; }
.redline p.h { font-weight: bold; font-family: Arial, Helvetica, sans-serif; margin-top: 1rem; }
.redline .changed { border-left: 3px solid #8797ad; padding-left: .6rem; }
.redline .changed.material { border-left-color: #a4262c; }
.redline .away { color: #555; font-style: italic; }
.label { display: block; font-size: .72rem; color: #555; }
a { color: #1f4e9a; }
ins { color: #1f4e9a; text-decoration: underline; background: #e8f0fb; }
del { color: #a4262c; text-decoration: line-through; background: #fbeaea; }
@media print { body { margin: 0; max-width: none; } .redline .changed { break-inside: avoid; } }
`;

function paragraphHtml(p: RedlineParagraph): string {
  const body = p.segments
    .map((s) => (s.mark === 'inserted' ? `<ins>${esc(s.text)}</ins>` : s.mark === 'deleted' ? `<del>${esc(s.text)}</del>` : esc(s.text)))
    .join('');
  const classes = [p.heading ? 'h' : '', p.changeId ? 'changed' : '', p.material ? 'material' : '', p.movedAway ? 'away' : ''].filter(Boolean).join(' ');
  const id = p.label && p.changeId ? ` id="${esc(p.changeId)}${p.movedAway ? '-from' : ''}"` : '';
  const label = p.label ? `<span class="label">${esc(p.label)}</span>` : '';
  return `<p${classes ? ` class="${classes}"` : ''}${id}>${label}${body}</p>`;
}

/**
 * The comparison as one self-contained HTML page: inline styles, no scripts, no external resource (a
 * Content-Security-Policy says so too), all document text escaped; the only links are to the changes in the page.
 * Counsel can open, print or send it as is.
 */
export function renderComparisonHtml(comparison: Comparison, oldModel: DocumentModel, newModel: DocumentModel): string {
  const r = buildComparisonReport(comparison, oldModel, newModel);
  const material = r.materialSummary.length
    ? `<ul class="material-list">${r.materialSummary.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`
    : '<p>No material change: no clause fact, operative wording, flagged clause or summary answer differs.</p>';
  const renames = r.termRenames.map((t) => `<p class="legend">${esc(t)}</p>`).join('');
  const summary = r.summaryChanges.length
    ? `<table class="summary"><thead><tr><th scope="col">Summary answer</th><th scope="col">Earlier</th><th scope="col">Later</th><th scope="col">In words</th></tr></thead><tbody>${r.summaryChanges
        .map((s) => `<tr${s.material ? ' class="material"' : ''}><td>${esc(s.field)}</td><td>${esc(s.old)}</td><td>${esc(s.new)}</td><td>${esc(s.summary)}${s.material ? '' : ' <span class="legend">(no changed wording explains it)</span>'}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>The summary answers (commercial use, attribution, outputs, acceptable use) are the same in both versions.</p>';
  const changes = r.changes.length
    ? `<table class="changes"><thead><tr><th scope="col">Change</th><th scope="col">Where</th><th scope="col">Topics</th><th scope="col">What changed</th></tr></thead><tbody>${r.changes
        .map(
          (c) =>
            `<tr${c.material ? ' class="material"' : ''}><td><a href="#${esc(c.id)}">${esc(c.id)}</a> ${esc(c.kind)}${c.material ? ' <span class="badge">material</span>' : ''}</td><td>${esc(c.where)}</td><td>${esc(c.categories.join(', ') || '—')}</td><td>${esc(c.summary)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>The two versions have the same wording.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(r.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<p class="kicker">Version comparison</p>
<h1>${esc(r.title)}</h1>
<table class="facts"><tbody>
<tr><th scope="row">Earlier</th><td>${esc(r.oldTitle)}<br><span class="legend">${esc(r.oldSource)}</span></td></tr>
<tr><th scope="row">Later</th><td>${esc(r.newTitle)}<br><span class="legend">${esc(r.newSource)}</span></td></tr>
<tr><th scope="row">Result</th><td>${esc(r.statsLine)}</td></tr>
</tbody></table>
</header>
<section id="material"><h2>Material changes</h2>${material}${renames}</section>
<section id="summary"><h2>Summary answers</h2>${summary}</section>
<section id="changes"><h2>All changes</h2>${changes}</section>
<section id="redline" class="redline"><h2>Redline of the later version</h2>
<p class="legend">Wording of the later version. <ins>Inserted words</ins> are underlined, <del>deleted words</del> struck through; a moved block is printed where it now is.</p>
${r.redline.map(paragraphHtml).join('\n')}
</section>
</body>
</html>
`;
}
