import { memoStyles } from './html-styles';
import { MEMO_SECTION_TITLES, type MemoPageSize, type MemoSectionId } from './options';
import type { Memo, MemoCitation, MemoQuote } from './types';
import { findingLocations, footerText, reasoningQuote, summaryReferences } from './outline';
import { changePlace, citationText, earlierLine } from './wording';

export interface HtmlRenderOptions {
  pageSize?: MemoPageSize;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every string that reaches the markup goes through here: document text and reviewer input are untrusted. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Text that may hold several paragraphs (a quote spanning blocks, a comment with line breaks). */
function paragraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

function cite(c: MemoCitation): string {
  return escapeHtml(citationText(c));
}

function reasoningBlock(q: MemoQuote, locations: Map<number, string>): string {
  const { text, fullTextAt } = reasoningQuote(q, locations);
  return `<p class="cite">${cite(q.citation)}${fullTextAt ? ` · <span class="status">full text in ${escapeHtml(fullTextAt)}</span>` : ''}</p><blockquote>${paragraphs(text)}</blockquote>`;
}

const none = (text: string) => `<p class="none">${escapeHtml(text)}</p>`;

/**
 * The memo as one self-contained HTML page: inline styles, no scripts, no external resource of any kind (a
 * Content-Security-Policy says so too), so it prints the same offline, in the app's preview and in any browser.
 * This page is also what the PDF is printed from.
 */
export function renderMemoHtml(memo: Memo, options: HtmlRenderOptions = {}): string {
  const h = memo.heading;
  const footer = footerText(memo);
  const numberOf = (id: MemoSectionId) => memo.sections.indexOf(id) + 1;
  const heading2 = (id: MemoSectionId) => `<h2><span class="num">${numberOf(id)}.</span>${escapeHtml(MEMO_SECTION_TITLES[id])}</h2>`;
  const body = memo.sections.map((id) => `<section class="${id}" id="${id}">${heading2(id)}${SECTION_RENDERERS[id](memo, numberOf(id))}</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="author" content="${escapeHtml(h.reviewer)}">
<meta name="description" content="${escapeHtml(`Review memo for ${h.model}: ${h.intendedUse}`)}">
<title>${escapeHtml(h.title)}</title>
<style>${memoStyles(options.pageSize ?? 'A4', memo.privilegedHeader, footer)}</style>
</head>
<body>
${memo.privilegedHeader ? `<div class="privileged">${escapeHtml(memo.privilegedHeader)}</div>` : ''}
<header class="memo-head">
<p class="kicker">Memorandum</p>
<h1>${escapeHtml(h.title)}</h1>
<table class="facts"><tbody>
${[
  ['Model', h.model],
  ['Intended use', h.intendedUse],
  ['Reviewer', h.reviewer],
  ['Date', h.date],
  ['Status', h.statusLabel],
  ['Decision', h.decisionLabel],
  ['Assessment', `#${h.assessmentId}`],
]
  .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
  .join('\n')}
</tbody></table>
</header>
${body}
</body>
</html>
`;
}

type SectionRenderer = (memo: Memo, number: number) => string;

const SECTION_RENDERERS: Record<MemoSectionId, SectionRenderer> = {
  summary: (memo) => {
    if (memo.summary.length === 0) return none('The assessment has no topics.');
    const rows = memo.summary.map((r) => {
      const decider = r.decidingDocument
        ? `${escapeHtml(`${r.decidingDocument.documentRef} ${r.decidingDocument.title}`)}<div class="role">${escapeHtml(r.decidingDocument.roleLabel)}</div>`
        : '<span class="none">No document decides this topic</span>';
      const refs = summaryReferences(memo, r.clauses);
      const cites = refs.length ? `<ul class="cites">${refs.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : '';
      const suggested = r.edited && r.suggestedLabel ? `<div class="suggested">Reviewer’s answer; the analysis suggested “${escapeHtml(r.suggestedLabel)}”</div>` : '';
      const warnings = r.warnings.map((w) => `<p class="warning">⚠ ${escapeHtml(w)}</p>`).join('');
      return `<tr class="tone-${r.tone}"><th scope="row">${escapeHtml(r.title)}</th><td class="verdict"><strong>${escapeHtml(r.verdictLabel)}</strong>${suggested}</td><td>${r.conditions ? escapeHtml(r.conditions) : '<span class="none">None</span>'}${warnings}</td><td>${decider}${cites}</td></tr>`;
    });
    return `<table class="verdicts"><colgroup><col style="width:19%"><col style="width:22%"><col style="width:33%"><col style="width:26%"></colgroup>
<thead><tr><th scope="col">Topic</th><th scope="col">Verdict</th><th scope="col">Conditions</th><th scope="col">Deciding document</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
  },

  documents: (memo) => {
    if (memo.documents.length === 0) return none('No documents are attached to the assessment.');
    const rows = memo.documents.map(
      (d) =>
        `<tr><td>${escapeHtml(d.documentRef)}</td><td>${escapeHtml(d.title)}<div class="small">${escapeHtml(d.sourceName)}${d.pageCount ? ` · ${d.pageCount} pages` : ''}</div><div class="sha">SHA-256 ${escapeHtml(d.sha256)}</div></td><td>${escapeHtml(d.roleLabel)}</td><td>${escapeHtml(d.versionLabel ?? '—')}<div class="small">${d.effectiveDateLabel ? `Effective ${escapeHtml(d.effectiveDateLabel)}` : 'No effective date recorded'}</div></td><td>${escapeHtml(d.licenceLabel)}</td></tr>`,
    );
    return `<table class="documents"><colgroup><col style="width:7%"><col style="width:40%"><col style="width:15%"><col style="width:17%"><col style="width:21%"></colgroup>
<thead><tr><th scope="col">Ref</th><th scope="col">Document</th><th scope="col">Role</th><th scope="col">Version</th><th scope="col">Identified licence</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
  },

  findings: (memo, n) => {
    const intro = memo.includesRejectedFindings
      ? '<p class="small">Findings the reviewer rejected are included and marked as rejected.</p>'
      : '<p class="small">Findings the reviewer rejected are left out.</p>';
    if (memo.findings.length === 0) return intro + none('The analysis flagged no clauses in these documents.');
    return (
      intro +
      memo.findings
        .map(
          (g, i) =>
            `<h3><span class="num">${n}.${i + 1}</span>${escapeHtml(g.title)} (${g.findings.length})</h3>` +
            g.findings
              .map(
                (f) =>
                  `<div class="entry finding status-${f.status}"><p class="cite">${cite(f.citation)} · <span class="status">${escapeHtml(f.statusLabel)}</span></p><blockquote>${paragraphs(f.quote)}</blockquote>` +
                  `<p class="why">Why flagged (${escapeHtml(f.stance)}): ${escapeHtml(f.explanation)}${f.movedFrom ? ` — moved here by the reviewer from ${escapeHtml(f.movedFrom)}` : ''}</p></div>`,
              )
              .join('\n'),
        )
        .join('\n')
    );
  },

  rationale: (memo) => {
    const locations = findingLocations(memo);
    return memo.rationale
      .map(
        (r) =>
          `<div class="topic tone-${r.tone}"><h3>${escapeHtml(r.title)}<span class="label">${escapeHtml(r.verdictLabel)}</span></h3>` +
          (r.rationale ? paragraphs(r.rationale) : none('No rationale recorded: the answer is the analysis’s suggestion.')) +
          (r.editedBy ? `<p class="small">Answer recorded by ${escapeHtml(r.editedBy)}${r.editedAt ? ` on ${escapeHtml(r.editedAt)}` : ''}.</p>` : '') +
          (r.clauses.length ? `<p class="small">Rests on:</p>${r.clauses.map((q) => `<div class="entry">${reasoningBlock(q, locations)}</div>`).join('')}` : none('No clause is cited for this answer.')) +
          `</div>`,
      )
      .join('\n');
  },

  annotations: (memo) => {
    if (memo.annotations.length === 0) return none('Counsel made no annotations on these documents.');
    return memo.annotations
      .map(
        (a) =>
          `<div class="entry annotation"><p class="cite">${cite(a.citation)} · <span class="status">${escapeHtml(a.categoryLabel)}</span></p><blockquote>${paragraphs(a.quote)}</blockquote>` +
          (a.comment ? `<div class="comment">${paragraphs(a.comment)}</div>` : '') +
          `<p class="comment-meta">${escapeHtml(a.author)}${a.tags.length ? ` · Tags: ${escapeHtml(a.tags.join(', '))}` : ''}${a.anchorNote ? ` · ${escapeHtml(a.anchorNote)}` : ''}</p></div>`,
      )
      .join('\n');
  },

  conditions: (memo, n) =>
    `<h3><span class="num">${n}.1</span>Conditions</h3>${memo.conditions.length ? `<ol class="items">${memo.conditions.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>` : none('No conditions.')}` +
    `<h3><span class="num">${n}.2</span>Open questions</h3>${memo.openQuestions.length ? `<ol class="items">${memo.openQuestions.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>` : none('No open questions.')}` +
    (memo.notes.trim() ? `<h3><span class="num">${n}.3</span>Notes</h3>${paragraphs(memo.notes)}` : ''),

  changes: (memo) =>
    memo.changes
      .map(
        (c) =>
          `<h3>${escapeHtml(`${c.documentRef} ${c.documentTitle}`)}</h3><p class="small">${escapeHtml(earlierLine(c))}</p><p class="small">${escapeHtml(c.overview)}</p>` +
          (c.changes.length
            ? `<ol class="items">${c.changes
                .map(
                  (x) =>
                    `<li>${x.material ? '<strong>Material:</strong> ' : ''}${escapeHtml(x.summary)}${x.topics.length ? ` <span class="small">(${escapeHtml(x.topics.join(', '))})</span>` : ''}<span class="small"> — ${escapeHtml(changePlace(x))}</span></li>`,
                )
                .join('')}</ol>`
            : none('No change touches a clause or a summary answer.')),
      )
      .join('\n'),

  signoff: (memo) => {
    const s = memo.signOff;
    return `<table class="signoff"><tbody>
<tr><th scope="row">Reviewer</th><td>${escapeHtml(s.reviewer)}</td></tr>
<tr><th scope="row">Date</th><td>${s.date ? escapeHtml(s.date) : ''}</td></tr>
<tr><th scope="row">Decision</th><td>${escapeHtml(s.decisionLabel)}</td></tr>
<tr><th scope="row">Signature</th><td class="line"></td></tr>
</tbody></table>`;
  },
};
