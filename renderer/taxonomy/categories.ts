/**
 * Clause categories as the review view shows them: name, highlight colour, underline, definition, in the
 * taxonomy's order. They come from resources/taxonomy.json (the clause engine's taxonomy, read at build time);
 * the fallback below keeps the view usable if that file is missing or unreadable. Each category has its own
 * underline as well as its colour, so no category is told apart by colour alone.
 */
import type { Category } from '../app/types';

export type UnderlineStyle = 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';

export interface CategoryStyle {
  id: Category;
  label: string;
  /** A light tint (#rrggbb) drawn behind dark text. */
  color: string;
  underline: UnderlineStyle;
  thickUnderline: boolean;
  description: string;
  core: boolean;
}

type Fallback = Omit<CategoryStyle, 'id'>;

const FALLBACK: Record<Category, Fallback> = {
  'commercial-use': { label: 'Commercial use', color: '#FFD58A', underline: 'solid', thickUnderline: false, description: 'Whether and on what terms the material may be used commercially.', core: true },
  attribution: { label: 'Attribution and notices', color: '#A9DCF7', underline: 'dashed', thickUnderline: false, description: 'Notices, credits, licence copies and naming the licence requires.', core: true },
  'output-ownership': { label: 'Outputs', color: '#8FE0C4', underline: 'double', thickUnderline: false, description: 'Who owns what the model produces, and limits on using it.', core: true },
  'acceptable-use': { label: 'Acceptable use', color: '#F2BFDC', underline: 'wavy', thickUnderline: false, description: 'Prohibited and restricted uses, or an incorporated use policy.', core: true },
  redistribution: { label: 'Redistribution', color: '#F7EE9C', underline: 'dotted', thickUnderline: false, description: 'Conditions on sharing the model or derivatives.', core: false },
  derivatives: { label: 'Derivatives and fine-tuning', color: '#F6C3A3', underline: 'solid', thickUnderline: true, description: 'Fine-tuning, modification and derivative works.', core: false },
  'licence-changes': { label: 'Changes to the terms', color: '#B9D3EE', underline: 'dashed', thickUnderline: false, description: 'The provider may change the terms or the policy.', core: false },
  termination: { label: 'Termination', color: '#DCDCDC', underline: 'dashed', thickUnderline: true, description: 'When the licence ends and what happens then.', core: false },
  'liability-warranty': { label: 'Liability and warranty', color: '#E6D5B0', underline: 'dotted', thickUnderline: true, description: 'Disclaimers, limits of liability, indemnities.', core: false },
  'governing-law': { label: 'Governing law', color: '#CFE0A8', underline: 'double', thickUnderline: true, description: 'Applicable law and venue.', core: false },
  'data-and-training': { label: 'Data and training', color: '#D9CCF0', underline: 'wavy', thickUnderline: true, description: 'Training-data terms; the provider’s use of customer data.', core: false },
};

const CATEGORY_ORDER = Object.keys(FALLBACK) as Category[];

/** The taxonomy file, if the build found one (the glob matches nothing when it is absent). */
const taxonomyFiles = import.meta.glob('../../resources/taxonomy.json', { eager: true, import: 'default' }) as Record<string, unknown>;

const CSS_UNDERLINES: Record<string, UnderlineStyle> = { solid: 'solid', dashed: 'dashed', dotted: 'dotted', double: 'double', wavy: 'wavy', 'dash-dot': 'dashed' };

function readTaxonomy(raw: unknown): Map<string, Partial<Fallback>> {
  const out = new Map<string, Partial<Fallback>>();
  const list = raw && typeof raw === 'object' ? (raw as { categories?: unknown }).categories : null;
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string') continue;
    const color = [e.colour, e.color].find((c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c));
    const label = typeof e.name === 'string' && e.name.trim() ? e.name : undefined;
    const description = typeof e.definition === 'string' ? e.definition : undefined;
    const underlineName = typeof e.underline === 'string' ? e.underline : '';
    const base = underlineName.replace(/-thick$/, '');
    out.set(e.id, {
      color,
      label,
      description,
      ...(CSS_UNDERLINES[base] ? { underline: CSS_UNDERLINES[base], thickUnderline: underlineName.endsWith('-thick') } : {}),
    });
  }
  return out;
}

function buildCategories(): CategoryStyle[] {
  const fromFile = readTaxonomy(Object.values(taxonomyFiles)[0]);
  return CATEGORY_ORDER.map((id) => ({ id, ...FALLBACK[id], ...stripUndefined(fromFile.get(id) ?? {}) }));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const CATEGORIES: readonly CategoryStyle[] = buildCategories();
const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryStyle(id: Category): CategoryStyle {
  return BY_ID.get(id) ?? { id, label: id, color: '#DCDCDC', underline: 'solid', thickUnderline: false, description: '', core: false };
}

/** The CSS custom properties that paint a category: its tint, and its underline's style and weight. */
export function categoryVars(id: Category): Record<string, string> {
  const c = categoryStyle(id);
  return { '--cat': c.color, '--cat-line': c.underline, '--cat-thick': c.thickUnderline ? '3px' : '1.5px' };
}
