/**
 * How counsel's highlights are painted: the clause category's colour (a plain note has its own), drawn as a
 * solid underline bar with a light tint and a comment marker — never the findings' tinted-background style, so
 * a reviewer tells their own highlights from the engine's suggestions at a glance.
 */
import type { Category } from '../app/types';
import { CATEGORIES, categoryStyle } from '../taxonomy/categories';
import type { AnnotationCategory } from '../state/annotations';

const NOTE = { label: 'Note', color: '#9FB4E0' };

export function annotationLabel(category: string): string {
  return category === 'note' ? NOTE.label : categoryStyle(category as Category).label;
}

export function annotationColour(category: string): string {
  return category === 'note' ? NOTE.color : categoryStyle(category as Category).color;
}

export function annotationVars(category: string): Record<string, string> {
  return { '--ann': annotationColour(category) };
}

/** The categories a highlight can take, as the pickers list them: a note first, then the taxonomy. */
export const ANNOTATION_CATEGORY_CHOICES: { id: AnnotationCategory; label: string; core: boolean }[] = [
  { id: 'note', label: NOTE.label, core: true },
  ...CATEGORIES.map((c) => ({ id: c.id, label: c.label, core: c.core })),
];
