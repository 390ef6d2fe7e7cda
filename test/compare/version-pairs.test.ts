/**
 * The real version pairs of the corpus (VERSIONS.tsv): every change the file calls material is reported material
 * with its category, in counsel's words, and the pairs whose core terms did not change report no material change
 * in a core category.
 */
import { describe, expect, it } from 'vitest';
import { CORE_CATEGORIES } from '../../src/clauses/types';
import type { Comparison } from '../../src/compare';
import { corpusAvailable } from '../support/corpus';
import { compareCorpus, expectWellFormed, loadVersionPairs, reasonsOf } from './support';

const core = CORE_CATEGORIES as readonly string[];

function materialCategories(c: Comparison): string[] {
  return [...new Set(reasonsOf(c).map((r) => r.category).filter((x): x is NonNullable<typeof x> => x !== null))];
}

function coreMaterial(c: Comparison) {
  return reasonsOf(c).filter((r) => r.category && core.includes(r.category));
}

/** Our reading of each VERSIONS.tsv line, as checks on the comparison. */
const EXPECTATIONS: Record<string, (c: Comparison) => void> = {
  'llama-3-community-license.txt': (c) => {
    const reasons = reasonsOf(c);
    // The ban on using outputs to improve other large language models (1.b.v) is gone.
    const ban = reasons.find((r) => r.category === 'output-ownership' && r.kind === 'clause-removed');
    expect(ban?.summary).toMatch(/^Output use: the restriction on using outputs .* was removed \(“v\. You will not use the Llama Materials or any output/);
    expect(ban?.change.kind).toBe('deleted');
    expect(ban?.change.oldSection).toBe('1.b.v');
    // The change's own line says what it does; the policy now incorporated by reference rests on several changes
    // and is said after it.
    expect(ban?.change.summary).toMatch(/^Output use: the restriction on using outputs .* was removed/);
    // The notice and the naming prefix, as facts.
    expect(reasons.find((r) => r.fact?.name === 'noticeText')).toMatchObject({
      category: 'attribution',
      fact: { old: 'Built with Meta Llama 3', new: 'Built with Llama' },
      summary: 'Attribution: the required notice changed from “Built with Meta Llama 3” to “Built with Llama”',
    });
    // One prefix replaced by another: "Llama" in "Llama Materials" does not keep the old name beside the new.
    expect(reasons.find((r) => r.fact?.name === 'namePrefix')).toMatchObject({
      category: 'attribution',
      fact: { old: 'Llama 3', new: 'Llama' },
      summary: 'Attribution: the naming rule changed from a “Llama 3” prefix to a “Llama” prefix',
    });
    // The naming rule now also covers models trained on outputs: building on outputs comes with a condition, which
    // is no new ban.
    const outputs = reasons.find((r) => r.category === 'output-ownership' && r.kind === 'clause-added');
    expect(outputs?.change.newSection).toBe('1.b.i');
    expect(outputs?.summary).toMatch(/^Output use: a clause setting conditions on using outputs to train, improve or develop AI models was added .*outputs or results of the Llama Materials to create, train/);
    expect(reasons.filter((r) => /restriction on using outputs .* was added/.test(r.summary))).toEqual([]);
    // The acceptable use policy is no longer appended but incorporated by reference.
    expect(c.summaryChanges).toContainEqual(expect.objectContaining({ field: 'acceptableUse', old: 'embedded', new: 'by-reference', material: true }));
    const policy = reasons.filter((r) => r.kind === 'summary' && r.category === 'acceptable-use');
    expect(policy.length).toBeGreaterThan(0);
    expect(policy.some((r) => r.change.kind === 'deleted' && r.change.categories.includes('acceptable-use'))).toBe(true);
    expect(c.materialSummary[0]).toBe('Acceptable use: the acceptable use policy is no longer part of the document; it is incorporated by reference');
    // Then the clauses topic by topic as counsel weigh them: the ban on improving other models with outputs gone
    // comes before the changed notice texts.
    const at = (pattern: RegExp) => c.materialSummary.findIndex((line) => pattern.test(line));
    expect(at(/^Output use: the restriction on using outputs .* was removed/)).toBe(1);
    expect(at(/^Output use: the restriction on using outputs .* was removed/)).toBeLessThan(at(/^Attribution: the required notice changed/));
    expect(at(/^Acceptable use: the incorporated policy moved/)).toBeLessThan(at(/^Attribution: /));
  },
  'llama-3.1-acceptable-use-policy.md': (c) => {
    const eu = reasonsOf(c).find((r) => /European Union/.test(r.summary));
    expect(eu).toMatchObject({ category: 'acceptable-use', kind: 'clause-added' });
    expect(eu?.summary).toMatch(/the rights are now excluded in the European Union/);
  },
  'gemma-terms-of-use-2024-02-21.txt': (c) => {
    const reasons = reasonsOf(c);
    const latest = reasons.find((r) => /latest version of Gemma/.test(r.summary));
    expect(latest).toMatchObject({ category: 'licence-changes', kind: 'clause-removed' });
    const appendix = reasons.find((r) => r.kind === 'definition');
    expect(appendix?.summary).toMatch(/the definition of “Gemma” changed: .*“in the Appendix”/);
    expect(coreMaterial(c)).toEqual([]);
  },
  'chatglm-6b-model-license-2023-05-24.txt': (c) => {
    expect(c.summaryChanges).toContainEqual(expect.objectContaining({ field: 'commercialUse', old: 'non-commercial', new: 'permitted', material: true }));
    const reasons = reasonsOf(c).filter((r) => r.category === 'commercial-use');
    expect(reasons.map((r) => r.summary)).toContain('Commercial use: the grant is no longer limited to non-commercial and research purposes');
    // "commercial" struck from the prohibited purposes.
    expect(reasons.some((r) => r.kind === 'clause-removed' && /You will not use, copy, modify/.test(r.summary))).toBe(true);
  },
  'tongyi-qianwen-license-agreement-2023-08-03-original.txt': (c) => {
    expect(reasonsOf(c).map((r) => [r.category, r.summary])).toEqual([['liability-warranty', 'Liability: the wording of an obligation changed: “defend” added']]);
    expect(coreMaterial(c)).toEqual([]);
  },
  'stable-video-diffusion-non-commercial-community-license-2023-11-21-original.txt': (c) => {
    const reasons = reasonsOf(c);
    expect(reasons.map((r) => r.kind)).toEqual(['definition']);
    expect(reasons[0].summary).toMatch(/the definition of “Software” changed: “StableCode” replaced by “models and algorithms/);
    expect(coreMaterial(c)).toEqual([]);
    expect(c.summaryChanges).toEqual([]);
  },
  'chatgpt-commercial-terms-2025-11-11.md': (c) => {
    expect(coreMaterial(c)).toEqual([]);
    expect(c.summaryChanges).toEqual([]);
    // The contracting entity is a party: its change is reported; product names and dates are not material.
    expect(reasonsOf(c).map((r) => r.summary)).toEqual(['Definitions: the definition of “OpenAI Contracting Party” changed: “L.L.C” replaced by “OpCo, LLC”']);
    expect(c.changes.some((x) => !x.material && /“Team” replaced by “Business, ChatGPT for Clinicians”/.test(x.summary))).toBe(true);
  },
  'cohere-usage-guidelines-2024-04.mdx': (c) => {
    expect(materialCategories(c)).toContain('acceptable-use');
    expect(c.summaryChanges).toContainEqual(expect.objectContaining({ field: 'commercialUse', old: 'conditional', new: 'not-addressed' }));
    expect(reasonsOf(c).some((r) => r.category === 'commercial-use' && /approval is no longer required/.test(r.summary))).toBe(true);
  },
  'dolma-readme-2024-01-30-impact-mr.md': (c) => {
    expect(materialCategories(c)).toEqual(expect.arrayContaining(['commercial-use', 'attribution', 'acceptable-use']));
    const licence = c.changes.find((x) => x.material && x.newSection === '2');
    expect(licence?.parts.some((p) => p.op === 'insert' && /ODC-BY/.test(p.text))).toBe(true);
    expect(licence?.parts.some((p) => p.op === 'delete' && /ImpACT/.test(p.text))).toBe(true);
  },
  'laion-5b-announcement-2023-01-25.md': (c) => {
    const availability = reasonsOf(c).filter((r) => r.category === 'data-and-training');
    expect(availability.length).toBeGreaterThan(0);
    expect(availability[0].summary).toMatch(/We release the following packages/);
  },
};

describe.skipIf(!corpusAvailable)('the corpus version pairs', () => {
  const pairs = corpusAvailable ? loadVersionPairs() : [];

  it('has an expectation for every pair in VERSIONS.tsv', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const p of pairs) expect(Object.keys(EXPECTATIONS), p.older).toContain(p.older);
  });

  for (const pair of pairs) {
    it(`${pair.older} → ${pair.newer}: ${pair.material.slice(0, 80)}`, async () => {
      const { comparison, before, after } = await compareCorpus(pair.older, pair.newer);
      expectWellFormed(comparison, before.model, after.model);
      EXPECTATIONS[pair.older]?.(comparison);
    });
  }

  it('Llama API terms 2025-11 → 2026-08: the earlier capture is an error page, so every term of the later one is new and material', async () => {
    const { comparison, before, after } = await compareCorpus('llama-api-terms-of-service-2025-11-11.md', 'llama-api-terms-of-service-2026-08-22.md');
    expectWellFormed(comparison, before.model, after.model);
    expect(materialCategories(comparison)).toEqual(expect.arrayContaining(['commercial-use', 'output-ownership', 'acceptable-use', 'liability-warranty', 'governing-law']));
    expect(comparison.summaryChanges.map((s) => s.field)).toEqual(expect.arrayContaining(['commercialUse', 'outputOwnership']));
  });
});
