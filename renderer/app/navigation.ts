/**
 * The sidebar's sections. Each entry names the view it opens; views still to come (assessments, comparisons)
 * are added here and in the App's view table.
 */
import type { ViewName } from '../state/ui';

export interface NavigationEntry {
  view: ViewName;
  label: string;
  /** Views reached from this one that keep it marked as current (an assessment, from the assessments). */
  alsoCurrentFor?: ViewName[];
}

export const PRIMARY_NAVIGATION: NavigationEntry[] = [
  { view: 'library', label: 'Library' },
  { view: 'versions', label: 'Versions' },
  { view: 'compare', label: 'Compare' },
  { view: 'assessments', label: 'Assessments', alsoCurrentFor: ['assessment'] },
  { view: 'matrix', label: 'Licence matrix' },
];
