/**
 * Reading units for matching: web and mail addresses are blanked (their words are not the clause's), at the same
 * length, and the scan that finds them stays linear on hostile text (a long run of letters, digits and dots in a
 * unit that also holds an address once took minutes: the fuzz found it).
 */
import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from '../../src/clauses/units';

describe('normalising a unit for matching', () => {
  it('blanks web and mail addresses at the same length, and keeps the words around them', () => {
    const text = 'Report misuse to abuse@acme.example or at https://acme.example/report_abuse, as the policy says.';
    const out = normaliseForMatching(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/abuse@|https|report_abuse/);
    expect(out).toMatch(/^Report misuse to +or at +,? as the policy says\.$/);
  });

  it('reads a 300,000-character run of dotted numbers beside an address in one pass (no hang)', () => {
    const run = '1.1.'.repeat(75_000);
    const text = `Write to legal@acme.example about section ${run} of these terms.`;
    const out = normaliseForMatching(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('legal@acme');
    expect(out.endsWith(' of these terms.')).toBe(true);
  }, 20_000);
});
