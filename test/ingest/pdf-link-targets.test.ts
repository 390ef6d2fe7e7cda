/**
 * Link targets written after their label in PDF text ("label (url)"): where the link's measured end falls inside
 * an address, the target still goes after the whole address.
 */
import { describe, expect, it } from 'vitest';
import { placeLinkTargets } from '../../src/ingest/pdf/link-targets';
import type { PlacedRun } from '../../src/ingest/pdf/page-lines';

const run = (str: string, x0: number, x1: number): PlacedRun => ({ str, x0, x1, baseline: 10, top: 2, bottom: 12, size: 10, font: 'serif' });
const withInserts = (r: PlacedRun) => [...(r.inserts ?? [])].sort((a, b) => b.at - a.at).reduce((s, { at, text }) => s.slice(0, at) + text + s.slice(at), r.str);

describe('PDF link targets', () => {
  it('puts a mail link target after the whole address when the link area ends short of it', () => {
    // 40 characters over 400 points; the link area stops two characters before the end of the address.
    const line = run('Address means team.partners@tii.ae. Next', 0, 400);
    placeLinkTargets([line], [{ url: 'mailto:team.partners@tii.ae', x0: 140, x1: 330, top: 0, bottom: 14 }]);
    expect(withInserts(line)).toBe('Address means team.partners@tii.ae (mailto:team.partners@tii.ae). Next');
  });

  it('leaves a link label that is not an address where it ends ("Download PDF|View")', () => {
    const line = run('Download PDFView previous terms', 0, 310);
    placeLinkTargets([line], [{ url: 'https://cdn.example/terms.pdf', x0: 0, x1: 120, top: 0, bottom: 14 }]);
    expect(withInserts(line)).toBe('Download PDF (https://cdn.example/terms.pdf)View previous terms');
  });
});
