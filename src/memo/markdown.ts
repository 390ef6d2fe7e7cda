import { MEMO_SECTION_TITLES, type MemoSectionId } from './options';
import type { Memo, MemoQuote } from './types';
import { findingLocations, reasoningQuote, summaryReferences } from './outline';
import { changePlace, citationText, earlierLine } from './wording';

/**
 * Inline text that Markdown must print as written. Document text is untrusted: HTML tags, entities and Markdown
 * syntax in it are escaped so a viewer shows them as characters and never runs or links them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~#!]/g, (c) => `\\${c}`)
    // An ampersand is only a problem where it would start an entity ("&lt;" must print as written).
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    // GFM turns bare addresses into links and, inside them, ignores the escapes above; keep addresses as text.
    .replace(/\b(https?|ftp|mailto):/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.')
    .replace(/@/g, '\\@')
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, '\\$1')}`);
}

/** A table cell: one line, pipes escaped (by escapeMarkdown), never empty. */
function cellText(text: string): string {
  const line = escapeMarkdown(text.replace(/\s+/g, ' ').trim());
  return line || ' ';
}

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.map(cellText).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function blockquote(text: string): string {
  return lines(text)
    .map((l) => `> ${escapeMarkdown(l)}`)
    .join('\n>\n');
}

function reasoningBlock(q: MemoQuote, locations: Map<number, string>): string {
  const { text, fullTextAt } = reasoningQuote(q, locations);
  return `*${escapeMarkdown(citationText(q.citation))}${fullTextAt ? ` · full text in ${fullTextAt}` : ''}*\n\n${blockquote(text)}`;
}

function paragraphs(text: string): string {
  return lines(text).map(escapeMarkdown).join('\n\n');
}

type SectionWriter = (memo: Memo, number: number) => string;

const SECTIONS: Record<MemoSectionId, SectionWriter> = {
  summary: (memo) =>
    memo.summary.length === 0
      ? '_The assessment has no topics._'
      : table(
          ['Topic', 'Verdict', 'Conditions', 'Deciding document'],
          memo.summary.map((r) => [
            `**${cellText(r.title)}**`,
            `**${cellText(r.verdictLabel)}**${r.edited && r.suggestedLabel ? ` (reviewer’s answer; the analysis suggested “${cellText(r.suggestedLabel)}”)` : ''}`,
            [r.conditions ? cellText(r.conditions) : 'None', ...r.warnings.map((w) => `⚠ ${cellText(w)}`)].join('<br>'),
            r.decidingDocument
              ? [`${cellText(`${r.decidingDocument.documentRef} ${r.decidingDocument.title}`)} (${cellText(r.decidingDocument.roleLabel)})`, ...summaryReferences(memo, r.clauses).map(cellText)].join('<br>')
              : 'No document decides this topic',
          ]),
        ),

  documents: (memo) =>
    memo.documents.length === 0
      ? '_No documents are attached to the assessment._'
      : table(
          ['Ref', 'Document', 'Role', 'Version', 'Effective date', 'Identified licence', 'SHA-256'],
          memo.documents.map((d) => [
            cellText(d.documentRef),
            `${cellText(d.title)}<br>${cellText(d.sourceName)}`,
            cellText(d.roleLabel),
            cellText(d.versionLabel ?? '—'),
            cellText(d.effectiveDateLabel ?? '—'),
            cellText(d.licenceLabel),
            `\`${d.sha256}\``,
          ]),
        ),

  findings: (memo, n) => {
    const intro = memo.includesRejectedFindings ? '_Findings the reviewer rejected are included and marked as rejected._' : '_Findings the reviewer rejected are left out._';
    if (memo.findings.length === 0) return `${intro}\n\n_The analysis flagged no clauses in these documents._`;
    return [
      intro,
      ...memo.findings.map((g, i) =>
        [
          `### ${n}.${i + 1} ${escapeMarkdown(g.title)} (${g.findings.length})`,
          ...g.findings.map(
            (f) =>
              `*${escapeMarkdown(citationText(f.citation))} · ${escapeMarkdown(f.statusLabel)}*\n\n${blockquote(f.quote)}\n\nWhy flagged (${escapeMarkdown(f.stance)}): ${escapeMarkdown(f.explanation)}${f.movedFrom ? ` — moved here by the reviewer from ${escapeMarkdown(f.movedFrom)}` : ''}`,
          ),
        ].join('\n\n'),
      ),
    ].join('\n\n');
  },

  rationale: (memo) => {
    const locations = findingLocations(memo);
    return memo.rationale
      .map((r) =>
        [
          `### ${escapeMarkdown(r.title)} — ${escapeMarkdown(r.verdictLabel)}`,
          r.rationale ? paragraphs(r.rationale) : '_No rationale recorded: the answer is the analysis’s suggestion._',
          ...(r.editedBy ? [`_Answer recorded by ${escapeMarkdown(r.editedBy)}${r.editedAt ? ` on ${escapeMarkdown(r.editedAt)}` : ''}._`] : []),
          ...(r.clauses.length ? ['Rests on:', ...r.clauses.map((q) => reasoningBlock(q, locations))] : ['_No clause is cited for this answer._']),
        ].join('\n\n'),
      )
      .join('\n\n');
  },

  annotations: (memo) =>
    memo.annotations.length === 0
      ? '_Counsel made no annotations on these documents._'
      : memo.annotations
          .map((a) =>
            [
              `*${escapeMarkdown(citationText(a.citation))} · ${escapeMarkdown(a.categoryLabel)}*`,
              blockquote(a.quote),
              ...(a.comment ? [paragraphs(a.comment)] : []),
              `— ${escapeMarkdown(a.author)}${a.tags.length ? ` · Tags: ${escapeMarkdown(a.tags.join(', '))}` : ''}${a.anchorNote ? ` · ${escapeMarkdown(a.anchorNote)}` : ''}`,
            ].join('\n\n'),
          )
          .join('\n\n'),

  conditions: (memo, n) => {
    const list = (items: string[], empty: string) => (items.length ? items.map((c, i) => `${i + 1}. ${escapeMarkdown(c.replace(/\s+/g, ' ').trim())}`).join('\n') : `_${empty}_`);
    return [
      `### ${n}.1 Conditions`,
      list(memo.conditions, 'No conditions.'),
      `### ${n}.2 Open questions`,
      list(memo.openQuestions, 'No open questions.'),
      ...(memo.notes.trim() ? [`### ${n}.3 Notes`, paragraphs(memo.notes)] : []),
    ].join('\n\n');
  },

  changes: (memo) =>
    memo.changes
      .map((c) =>
        [
          `### ${escapeMarkdown(`${c.documentRef} ${c.documentTitle}`)}`,
          `_${escapeMarkdown(earlierLine(c))}_`,
          `_${escapeMarkdown(c.overview)}_`,
          c.changes.length
            ? c.changes
                .map(
                  (x) =>
                    `- ${x.material ? '**Material:** ' : ''}${escapeMarkdown(x.summary.replace(/\s+/g, ' '))}${x.topics.length ? ` (${escapeMarkdown(x.topics.join(', '))})` : ''} — ${escapeMarkdown(changePlace(x))}`,
                )
                .join('\n')
            : '_No change touches a clause or a summary answer._',
        ].join('\n\n'),
      )
      .join('\n\n'),

  signoff: (memo) => {
    const s = memo.signOff;
    return table(
      ['Sign-off', ' '],
      [
        ['Reviewer', cellText(s.reviewer)],
        ['Date', s.date ? cellText(s.date) : ' '],
        ['Decision', cellText(s.decisionLabel)],
        ['Signature', '______________________________'],
      ],
    );
  },
};

/** The memo as GitHub-flavoured Markdown: the same sections, tables and quotations as the DOCX and PDF. */
export function renderMemoMarkdown(memo: Memo): string {
  const h = memo.heading;
  const head = [
    ...(memo.privilegedHeader ? [`**${escapeMarkdown(memo.privilegedHeader)}**`] : []),
    `# ${escapeMarkdown(h.title)}`,
    table(
      ['Memorandum', ' '],
      [
        ['Model', cellText(h.model)],
        ['Intended use', cellText(h.intendedUse)],
        ['Reviewer', cellText(h.reviewer)],
        ['Date', cellText(h.date)],
        ['Status', cellText(h.statusLabel)],
        ['Decision', cellText(h.decisionLabel)],
        ['Assessment', `\\#${h.assessmentId}`],
      ],
    ),
  ];
  const sections = memo.sections.map((id, i) => `## ${i + 1}. ${escapeMarkdown(MEMO_SECTION_TITLES[id])}\n\n${SECTIONS[id](memo, i + 1)}`);
  return `${[...head, ...sections].join('\n\n')}\n`;
}
