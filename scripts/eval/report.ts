/** Text report of an evaluation run: numbers per set, then every miss. */
import { CORE_CATEGORIES } from '../../src/clauses/types';
import type { SetResult } from './run';
import { FIELDS, type Miss, type SetSummary } from './score';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

export function formatSummary(title: string, s: SetSummary): string[] {
  const lines: string[] = [];
  lines.push(`${title}: ${s.documents} documents${s.importFailures ? `, ${s.importFailures} import failures (counted as misses)` : ''}`);
  lines.push(`  fields     ${FIELDS.map((f) => `${f} ${pct(s.fields[f].accuracy)} (${s.fields[f].correct}/${s.fields[f].total})`).join('  ')}  (kind ${pct(s.kind.accuracy)})`);
  lines.push(`  recall     ${[...CORE_CATEGORIES, 'core' as const].map((c) => `${c} ${pct(s.recall[c].value)} (${s.recall[c].found}/${s.recall[c].total})`).join('  ')}`);
  lines.push(`  precision  ${[...CORE_CATEGORIES, 'core' as const].map((c) => `${c} ${pct(s.precision[c].value)} (${s.precision[c].correct}/${s.precision[c].total})`).join('  ')}`);
  return lines;
}

function short(text: string, n = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

export function formatMiss(m: Miss): string {
  switch (m.kind) {
    case 'import':
      return `IMPORT      ${m.file}: ${m.error}`;
    case 'field':
      return `FIELD       ${m.file}  ${m.field}: expected ${m.expected}, got ${m.got}${m.decidedBy.length ? ` (decided by ${m.decidedBy.join(', ')})` : ''}`;
    case 'recall':
      return `RECALL      ${m.file}  [${m.category}] "${short(m.passage)}"${m.near ? `  — flagged there: ${m.near}` : ''}`;
    case 'unlocatable':
      return `UNLOCATABLE ${m.file}  [${m.category}] "${short(m.passage)}" (words not found in the analysed text)`;
    case 'precision':
      return `PRECISION   ${m.file}  [${m.category}] ${m.findingId} ${m.rule}: "${short(m.quote)}"`;
  }
}

export function formatReport(results: SetResult[], options: { misses: boolean }): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(...formatSummary(`${r.name} (clause findings only)`, r.summary));
    if (r.withReference) lines.push(...formatSummary(`${r.name} (with licence reference, as the product runs)`, r.withReference));
    lines.push(`  time       import ${(r.importMs / 1000).toFixed(2)} s, analysis ${(r.analysisMs / 1000).toFixed(2)} s`);
    lines.push('');
  }
  if (options.misses) {
    for (const r of results) {
      const misses = r.scores.flatMap((s) => s.misses);
      lines.push(`── misses in ${r.name} (${misses.length}) ──`);
      const order: Miss['kind'][] = ['import', 'field', 'recall', 'unlocatable', 'precision'];
      for (const kind of order) for (const m of misses.filter((x) => x.kind === kind)) lines.push(formatMiss(m));
      lines.push('');
    }
  }
  return lines.join('\n');
}
