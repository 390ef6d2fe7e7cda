import { MemoError } from './errors';

/** The parts of a memo after the heading block, in the order they print. */
export const MEMO_SECTIONS = ['summary', 'documents', 'findings', 'rationale', 'annotations', 'conditions', 'changes', 'signoff'] as const;
export type MemoSectionId = (typeof MEMO_SECTIONS)[number];

export const MEMO_SECTION_TITLES: Record<MemoSectionId, string> = {
  summary: 'Executive summary',
  documents: 'Documents reviewed',
  findings: 'Findings by category',
  rationale: 'Reasoning by topic',
  annotations: 'Counsel’s annotations and comments',
  conditions: 'Conditions and open questions',
  changes: 'Changes since an earlier version',
  signoff: 'Sign-off',
};

export const DEFAULT_PRIVILEGED_HEADER = 'Privileged & Confidential — Attorney Work Product';

export type MemoPageSize = 'A4' | 'Letter';

export interface MemoOptions {
  /** Only these sections (the heading block is always printed). Default: all. */
  include?: MemoSectionId[];
  /** Leave these sections out. Applied after `include`. */
  exclude?: MemoSectionId[];
  /** Print findings the reviewer rejected (marked as such). Default false: a rejected finding is not a finding. */
  includeRejected?: boolean;
  /** Header on every page. Default DEFAULT_PRIVILEGED_HEADER; an empty string prints no header. */
  privilegedHeader?: string;
  /** Paper for DOCX and print (HTML/PDF). Default A4. */
  pageSize?: MemoPageSize;
  /** IANA time zone for the dates printed in words. Default: the machine's. */
  timeZone?: string;
}

export interface ResolvedMemoOptions {
  sections: MemoSectionId[];
  includeRejected: boolean;
  privilegedHeader: string;
  pageSize: MemoPageSize;
  timeZone: string | undefined;
}

export function isMemoSection(value: string): value is MemoSectionId {
  return (MEMO_SECTIONS as readonly string[]).includes(value);
}

/** Reads section names as a person types them ("summary,findings", "sign-off"), refusing unknown ones by name. */
export function parseSectionList(values: string[]): MemoSectionId[] {
  const out: MemoSectionId[] = [];
  for (const raw of values.flatMap((v) => v.split(','))) {
    const name = raw.trim().toLowerCase().replace(/^sign-off$/, 'signoff');
    if (!name) continue;
    if (!isMemoSection(name)) {
      throw new MemoError('INVALID_OPTION', `There is no memo section “${raw.trim()}”. Sections: ${MEMO_SECTIONS.join(', ')}.`, { section: raw.trim() });
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

export function resolveMemoOptions(options: MemoOptions = {}): ResolvedMemoOptions {
  const include = options.include && options.include.length > 0 ? parseSectionList(options.include) : [...MEMO_SECTIONS];
  const exclude = parseSectionList(options.exclude ?? []);
  return {
    sections: MEMO_SECTIONS.filter((s) => include.includes(s) && !exclude.includes(s)),
    includeRejected: options.includeRejected ?? false,
    privilegedHeader: (options.privilegedHeader ?? DEFAULT_PRIVILEGED_HEADER).replace(/\s+/g, ' ').trim(),
    pageSize: options.pageSize ?? 'A4',
    timeZone: options.timeZone,
  };
}
