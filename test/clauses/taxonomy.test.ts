import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy, TaxonomyError } from '../../src/clauses/taxonomy';
import { CATEGORIES, CORE_CATEGORIES } from '../../src/clauses/types';
import taxonomyJson from '../../resources/taxonomy.json';

// Colour science for the checks: sRGB -> linear -> (simulated colour vision) -> CIE Lab.
const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear RGB. */
const VISION: Record<string, number[][]> = {
  typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lab = (hex: string, vision: number[][]) => {
  const l = rgb(hex).map(linear);
  const [r, g, b] = vision.map((row) => Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('describes exactly the categories the detector emits, core ones flagged, in a fixed order', () => {
    expect(taxonomy.categories.map((c) => c.id)).toEqual([...CATEGORIES]);
    expect(taxonomy.categories.filter((c) => c.core).map((c) => c.id)).toEqual([...CORE_CATEGORIES]);
    for (const c of taxonomy.categories) {
      expect(c.definition.length).toBeGreaterThan(60);
      expect(c.examples.length).toBeGreaterThan(0);
    }
  });

  it('uses highlight colours readable behind dark text, with a distinct underline per category', () => {
    for (const c of taxonomy.categories) expect(contrast(c.colour, '#1a1a1a')).toBeGreaterThanOrEqual(7);
    expect(new Set(taxonomy.categories.map((c) => c.underline)).size).toBe(taxonomy.categories.length);
  });

  it('keeps the four core colours apart for typical and colour-blind vision, and all colours apart for typical vision', () => {
    const core = taxonomy.categories.filter((c) => c.core);
    for (const [name, vision] of Object.entries(VISION)) {
      for (let i = 0; i < core.length; i++)
        for (let j = i + 1; j < core.length; j++) {
          const d = deltaE(lab(core[i].colour, vision), lab(core[j].colour, vision));
          expect(d, `${core[i].id} vs ${core[j].id} (${name})`).toBeGreaterThanOrEqual(15);
        }
    }
    const all = taxonomy.categories;
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(deltaE(lab(all[i].colour, VISION.typical), lab(all[j].colour, VISION.typical))).toBeGreaterThan(5);
  });

  it('refuses a taxonomy with a missing category, a wrong core flag or a duplicate colour, naming the problem', () => {
    const base = JSON.parse(JSON.stringify(taxonomyJson)) as { categories: Array<Record<string, unknown>> };
    const missing = { ...base, categories: base.categories.slice(1) };
    expect(() => parseTaxonomy(missing)).toThrow(/categories missing: commercial-use/);
    const wrongCore = { ...base, categories: base.categories.map((c, i) => (i === 4 ? { ...c, core: true } : c)) };
    expect(() => parseTaxonomy(wrongCore)).toThrow(/"redistribution" must have core: false/);
    const sameColour = { ...base, categories: base.categories.map((c, i) => (i === 1 ? { ...c, colour: base.categories[0].colour } : c)) };
    expect(() => parseTaxonomy(sameColour)).toThrow(TaxonomyError);
    expect(() => parseTaxonomy({ ...base, categories: [...base.categories, { ...base.categories[0], id: 'pricing' }] })).toThrow(TaxonomyError);
  });
});
