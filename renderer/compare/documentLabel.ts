import type { DocumentRecord } from '../app/types';
import { FORMAT_LABELS } from '../app/vocabulary';

/** A document as a choice in a list: title, version, date and format (two renderings of one licence share a title). */
export function documentLabel(d: DocumentRecord): string {
  const date = d.effectiveDate && d.effectiveDate !== d.versionLabel ? ` (${d.effectiveDate})` : '';
  return `${d.title}${d.versionLabel ? ` — ${d.versionLabel}` : ''}${date} · ${FORMAT_LABELS[d.format]}`;
}
