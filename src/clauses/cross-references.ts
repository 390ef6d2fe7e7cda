/**
 * Clauses that say what they are about only by pointing at another section ("You may satisfy the conditions
 * in Section 3(a)(1) …", "Section 2 of this Agreement will not apply to you") take the category of the
 * section they point at: from its title (or its parents' titles), else from what was found inside it.
 */
import { taxonomyCategory } from './taxonomy';
import type { SectionIndex } from './sections';
import { referencesIn } from './sections';
import { CORE_CATEGORIES, type CoreCategory, type Stance } from './types';

const TITLE_CATEGORY: Array<[RegExp, CoreCategory]> = [
  [/\battribution\b|\bnotices?\b/i, 'attribution'],
  [/\bcommercial\b/i, 'commercial-use'],
  [/\boutputs?\b/i, 'output-ownership'],
  [/\buse restrictions?\b|\bacceptable use\b|\bprohibited uses?\b|\buse polic/i, 'acceptable-use'],
];

/** The unit depends on the referenced section: its conditions, requirements, or whether it applies. */
const RELATION =
  /\b(?:conditions? (?:in|of|set out in|under)|required (?:by|under)|requirements? (?:in|of|under)|comply with|satisf(?:y|ies|ied)|as required (?:by|under))\s+(?:the\s+)?(?:last sentence of\s+)?(?:section|paragraph|clause|article)\b|\b(?:section|paragraph|clause|article)\s+\S{1,20}\s+(?:of this (?:agreement|licen[cs]e)\s+)?(?:will|shall|does) not apply\b/i;

export interface SectionReferenceHit {
  category: CoreCategory;
  stance: Stance;
  explanation: string;
}

/**
 * What a unit is about through the section it refers to, or null. `categoriesIn(first, end)` gives the core
 * categories found in a block range (used when the referenced section has no telling title).
 */
export function categoryByReference(
  text: string,
  sections: SectionIndex,
  categoriesIn: (firstBlock: number, endBlock: number) => CoreCategory[],
): SectionReferenceHit | null {
  if (!RELATION.test(text)) return null;
  for (const path of referencesIn(text)) {
    const section = sections.resolve(path);
    if (!section) continue;
    const label = `Section ${path.join('.')}`;
    for (const title of sections.titles(section)) {
      const hit = TITLE_CATEGORY.find(([re]) => re.test(title));
      if (hit) return describe(hit[1], label, `“${title}”`);
    }
    // Only the very section named, not an ancestor, may lend the category of what was found inside it.
    if (section.path.length !== path.length) continue;
    const found = categoriesIn(section.firstBlock, section.endBlock);
    for (const category of CORE_CATEGORIES) {
      const share = found.filter((c) => c === category).length;
      if (found.length > 0 && share * 2 > found.length) return describe(category, label, 'clauses');
    }
  }
  return null;
}

function describe(category: CoreCategory, label: string, what: string): SectionReferenceHit {
  const name = taxonomyCategory(category).name.toLowerCase();
  const stance: Stance = category === 'commercial-use' ? 'restricts' : 'requires';
  return { category, stance, explanation: `Refers to ${label}, whose ${what === 'clauses' ? 'clauses concern' : `title ${what} concerns`} ${name}.` };
}
