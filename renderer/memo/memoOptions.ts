/**
 * The export dialog's choices and how they become memo-render options. Section ids and titles follow
 * src/memo/options.ts (typed against the handler's own argument, so a section renamed there fails here).
 */
import type { HandlerInput } from '../../src/api/contract';

type RenderOptions = NonNullable<HandlerInput<'memo-render'>['options']>;
export type MemoSection = NonNullable<RenderOptions['include']>[number];
export type MemoPageSize = NonNullable<RenderOptions['pageSize']>;
/** What the reviewer saves: the engine renders DOCX, Markdown and HTML; PDF is the HTML printed by the app. */
export type MemoFormat = 'docx' | 'pdf' | 'md' | 'html';

export const MEMO_SECTION_CHOICES: { id: MemoSection; label: string }[] = [
  { id: 'summary', label: 'Executive summary (verdict table)' },
  { id: 'documents', label: 'Documents reviewed' },
  { id: 'findings', label: 'Findings by category' },
  { id: 'rationale', label: 'Reasoning by topic' },
  { id: 'annotations', label: 'Counsel’s annotations and comments' },
  { id: 'conditions', label: 'Conditions and open questions' },
  { id: 'changes', label: 'Changes since an earlier version' },
  { id: 'signoff', label: 'Sign-off' },
];

export const FORMAT_CHOICES: { id: MemoFormat; label: string; hint: string }[] = [
  { id: 'docx', label: 'Word (DOCX)', hint: 'Heading styles, tables, page numbers: for editing and filing.' },
  { id: 'pdf', label: 'PDF', hint: 'Printed from the preview, as it looks here.' },
  { id: 'md', label: 'Markdown', hint: 'Plain text with tables, for wikis and tickets.' },
  { id: 'html', label: 'HTML', hint: 'One self-contained page, no scripts.' },
];

export const DEFAULT_PRIVILEGED_HEADER = 'Privileged & Confidential — Attorney Work Product';

export interface MemoChoices {
  format: MemoFormat;
  sections: MemoSection[];
  includeRejected: boolean;
  privilegedHeader: string;
  pageSize: MemoPageSize;
}

export const DEFAULT_CHOICES: MemoChoices = {
  format: 'docx',
  sections: MEMO_SECTION_CHOICES.map((s) => s.id),
  includeRejected: false,
  privilegedHeader: DEFAULT_PRIVILEGED_HEADER,
  pageSize: 'A4',
};

/** The options memo-render takes for these choices (the heading block is always printed). */
export function renderOptions(choices: MemoChoices): RenderOptions {
  return {
    // An empty include list would mean "all sections" to the engine: leave every one out explicitly instead.
    ...(choices.sections.length > 0 ? { include: choices.sections } : { exclude: MEMO_SECTION_CHOICES.map((s) => s.id) }),
    includeRejected: choices.includeRejected,
    privilegedHeader: choices.privilegedHeader,
    pageSize: choices.pageSize,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
