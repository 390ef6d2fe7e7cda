/**
 * The clause taxonomy counsel reads (resources/taxonomy.json), validated on load: every category the detector
 * can emit is described there exactly once, and nothing else is.
 */
import { z } from 'zod';
import taxonomyJson from '../../resources/taxonomy.json';
import { CATEGORIES, CORE_CATEGORIES, type Category } from './types';

const UNDERLINES = ['solid', 'dashed', 'dotted', 'double', 'wavy', 'dash-dot', 'solid-thick', 'dashed-thick', 'dotted-thick', 'double-thick', 'wavy-thick'] as const;

const categorySchema = z.object({
  id: z.enum(CATEGORIES),
  name: z.string().min(1),
  core: z.boolean(),
  definition: z.string().min(20),
  examples: z.array(z.string().min(1)).min(1),
  /** Highlight colour behind dark text, "#RRGGBB". */
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  /** A second, colour-independent cue for the same category. */
  underline: z.enum(UNDERLINES),
});

const taxonomySchema = z.object({
  version: z.number().int().positive(),
  about: z.string(),
  categories: z.array(categorySchema),
});

export type TaxonomyCategory = z.infer<typeof categorySchema> & { id: Category };
export interface Taxonomy {
  version: number;
  about: string;
  categories: TaxonomyCategory[];
}

export class TaxonomyError extends Error {
  readonly code = 'TAXONOMY_INVALID';
}

/** Validates a taxonomy document; throws TaxonomyError naming the first problem. */
export function parseTaxonomy(input: unknown): Taxonomy {
  const parsed = taxonomySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TaxonomyError(`taxonomy.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = parsed.data.categories.map((c) => c.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new TaxonomyError(`taxonomy.json: category "${duplicate}" is listed twice`);
  const missing = CATEGORIES.filter((id) => !ids.includes(id));
  if (missing.length) throw new TaxonomyError(`taxonomy.json: categories missing: ${missing.join(', ')}`);
  for (const c of parsed.data.categories) {
    const core = (CORE_CATEGORIES as readonly string[]).includes(c.id);
    if (c.core !== core) throw new TaxonomyError(`taxonomy.json: "${c.id}" must have core: ${core}`);
  }
  const colours = parsed.data.categories.map((c) => c.colour.toLowerCase());
  const sameColour = colours.find((c, i) => colours.indexOf(c) !== i);
  if (sameColour) throw new TaxonomyError(`taxonomy.json: colour ${sameColour} is used by two categories`);
  // Keep the order of CATEGORIES so lists and legends read the same everywhere.
  const ordered = CATEGORIES.map((id) => parsed.data.categories.find((c) => c.id === id)!);
  return { version: parsed.data.version, about: parsed.data.about, categories: ordered };
}

let cached: Taxonomy | null = null;

/** The bundled taxonomy (validated once). */
export function loadTaxonomy(): Taxonomy {
  cached ??= parseTaxonomy(taxonomyJson);
  return cached;
}

export function taxonomyCategory(id: Category): TaxonomyCategory {
  return loadTaxonomy().categories.find((c) => c.id === id)!;
}
