import { call } from '../../api/dispatch';
import { ASSESSMENT_ROLES, DECISION_LABELS, ROLE_LABELS, VERDICT_LABELS, type AssessmentRole } from '../../assess/topics';
import type { Assessment } from '../../store/assessments';
import { EXIT_OK, UsageError } from '../io';
import { formatTable } from '../table';
import { parseId } from './documents';
import type { Command, ParsedCommand } from './types';

const SUBCOMMANDS = ['create', 'show', 'list'] as const;

/** "12:weights-license" -> { documentId: 12, role: 'weights-license' }. */
export function parseDocumentRole(raw: string): { documentId: number; role: AssessmentRole } {
  const match = /^\s*(\d+)\s*:\s*([a-z-]+)\s*$/.exec(raw);
  if (!match) throw new UsageError(`--doc takes ID:ROLE, e.g. 3:weights-license (got ${JSON.stringify(raw)})`);
  const role = match[2] as AssessmentRole;
  if (!ASSESSMENT_ROLES.includes(role)) throw new UsageError(`unknown role ${JSON.stringify(match[2])} in --doc ${raw}; roles: ${ASSESSMENT_ROLES.join(', ')}`);
  return { documentId: parseId(match[1]), role };
}

function stringList(value: ParsedCommand['values'][string]): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [value];
}

function requiredText(values: ParsedCommand['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`assess create needs --${name}`);
  return value;
}

function describe(a: Assessment): string {
  const lines = [
    `${a.modelName}  (assessment ${a.id})`,
    `  intended use: ${a.intendedUse}`,
    `  reviewer: ${a.reviewer}   status: ${a.status}   decision: ${a.decision ? DECISION_LABELS[a.decision] : '—'}`,
    `  created: ${a.createdAt}   updated: ${a.updatedAt}`,
    '',
    'Documents',
    ...a.documents.map((d) => `  ${d.documentId}  ${ROLE_LABELS[d.role]}`),
    '',
  ];
  const table = formatTable(
    ['TOPIC', 'VERDICT', 'DECIDED BY', 'CONDITIONS'],
    a.verdicts.map((v) => [
      v.title,
      `${VERDICT_LABELS[v.verdict] ?? (v.verdict || '—')}${v.editedBy && v.prefill && v.prefill.verdict !== v.verdict ? ' (edited)' : ''}`,
      v.decidingDocumentId === null ? '—' : `document ${v.decidingDocumentId}`,
      v.conditions.replace(/\s+/g, ' '),
    ]),
  );
  const extra = [
    ...(a.conditions.length ? ['', 'Conditions', ...a.conditions.map((c, i) => `  ${i + 1}. ${c}`)] : []),
    ...(a.openQuestions.length ? ['', 'Open questions', ...a.openQuestions.map((q, i) => `  ${i + 1}. ${q}`)] : []),
  ];
  return `${lines.join('\n')}\n${table}${extra.length ? `${extra.join('\n')}\n` : ''}`;
}

export const assessCommand: Command = {
  name: 'assess',
  usage: 'assess create|show|list',
  summary: 'create an assessment of documents (verdicts pre-filled as in the app; --reviewer names its reviewer); show <id>; list',
  options: {
    json: { type: 'boolean', description: 'print JSON (show, list; create prints the whole assessment)' },
    model: { type: 'string', description: 'create: the model assessed, e.g. "Llama 3.1 8B"' },
    use: { type: 'string', description: 'create: the intended use' },
    doc: { type: 'string', multiple: true, description: `create: a document and its role as ID:ROLE, repeatable (${ASSESSMENT_ROLES.join(', ')})` },
  },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const [sub, ...rest] = positionals;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      throw new UsageError(`assess needs one of ${SUBCOMMANDS.join(', ')}${sub ? ` (got ${JSON.stringify(sub)})` : ''}`);
    }
    if (sub === 'create') {
      const docs = stringList(values.doc).map(parseDocumentRole);
      if (docs.length === 0) throw new UsageError('assess create needs at least one --doc ID:ROLE');
      const created = await call(session(), 'assessments-create', {
        modelName: requiredText(values, 'model'),
        intendedUse: requiredText(values, 'use'),
        ...(typeof values.reviewer === 'string' ? { reviewer: values.reviewer } : {}),
        documents: docs,
      });
      // The id alone on stdout, so a batch script can capture it: id=$(license-desk assess create …).
      io.stdout(values.json ? `${JSON.stringify(created, null, 2)}\n` : `${created.id}\n`);
      return EXIT_OK;
    }
    if (sub === 'show') {
      const assessment = await call(session(), 'assessments-get', { id: parseId(rest[0], 'assessment id') });
      io.stdout(values.json ? `${JSON.stringify(assessment, null, 2)}\n` : describe(assessment));
      return EXIT_OK;
    }
    const all = await call(session(), 'assessments-list', undefined);
    if (values.json) io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    else if (all.length === 0) io.stdout('No assessments yet. Create one with: license-desk assess create --model NAME --use TEXT --doc ID:ROLE\n');
    else
      io.stdout(
        formatTable(
          ['ID', 'MODEL', 'INTENDED USE', 'REVIEWER', 'STATUS', 'DECISION', 'UPDATED'],
          all.map((a) => [String(a.id), a.modelName, a.intendedUse, a.reviewer, a.status, a.decision ?? '—', a.updatedAt.slice(0, 10)]),
          40,
        ),
      );
    return EXIT_OK;
  },
};
