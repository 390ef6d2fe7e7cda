/** The runs both viewers draw highlights from: every mark must start and end exactly on its offsets. */
import { describe, expect, it } from 'vitest';
import { findingsOverlapping, splitRuns, type DocumentMarks } from '../../renderer/review/textRuns';
import { findAll } from '../../renderer/state/viewer';
import type { StoredFinding } from '../../renderer/app/types';

function finding(findingId: number, start: number, end: number, category: StoredFinding['category'] = 'commercial-use'): StoredFinding {
  return {
    findingId,
    documentId: 1,
    id: `f${findingId}`,
    category,
    suggestedCategory: category,
    reviewerCategory: null,
    start,
    end,
    quote: '',
    page: null,
    stance: 'permits',
    facts: {},
    rule: 'test/rule',
    confidence: 1,
    explanation: '',
    status: 'suggested',
    reviewedBy: null,
    reviewedAt: null,
  } as StoredFinding;
}

function marks(findings: StoredFinding[], extra: Partial<DocumentMarks> = {}): DocumentMarks {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  return {
    findings: sorted,
    maxFindingLength: Math.max(0, ...sorted.map((f) => f.end - f.start)),
    findHits: [],
    currentFind: 0,
    flashed: null,
    activeFindingId: null,
    ...extra,
  };
}

describe('splitRuns', () => {
  it('cuts a block exactly at finding boundaries and covers it without gaps', () => {
    const runs = splitRuns(100, 200, marks([finding(1, 120, 150), finding(2, 140, 260)]));
    expect(runs.map((r) => [r.start, r.end, r.findings.map((f) => f.findingId)])).toEqual([
      [100, 120, []],
      [120, 140, [1]],
      [140, 150, [1, 2]],
      [150, 200, [2]],
    ]);
  });

  it('colours an overlap by the narrower finding, or by the one in focus', () => {
    const both = marks([finding(1, 0, 100), finding(2, 10, 20)]);
    expect(splitRuns(0, 100, both).find((r) => r.start === 10)!.findings[0].findingId).toBe(2);
    const focused = marks([finding(1, 0, 100), finding(2, 10, 20)], { activeFindingId: 1 });
    expect(splitRuns(0, 100, focused).find((r) => r.start === 10)!.findings[0].findingId).toBe(1);
  });

  it('marks bold runs, find hits and the current hit', () => {
    const runs = splitRuns(
      0,
      30,
      marks([], { findHits: [{ start: 2, end: 5 }, { start: 20, end: 25 }], currentFind: 1 }),
      { emphasis: [{ start: 0, end: 10, kind: 'bold' }] },
    );
    expect(runs.map((r) => [r.start, r.end, r.bold, r.find])).toEqual([
      [0, 2, true, null],
      [2, 5, true, 'hit'],
      [5, 10, true, null],
      [10, 20, false, null],
      [20, 25, false, 'current'],
      [25, 30, false, null],
    ]);
  });
});

describe('findingsOverlapping', () => {
  it('finds exactly the findings overlapping a span among thousands', () => {
    const all = Array.from({ length: 3000 }, (_, i) => finding(i + 1, i * 10, i * 10 + 5 + (i % 7) * 20));
    const m = marks(all);
    const expected = all.filter((f) => f.start < 5050 && f.end > 5000).map((f) => f.findingId);
    expect(findingsOverlapping(m, 5000, 5050).map((f) => f.findingId).sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('findAll', () => {
  it('matches case-insensitively and across any whitespace, including between blocks', () => {
    const text = 'The Licensee may\n\nlicensee MAY not';
    expect(findAll(text, 'licensee may')).toEqual({ hits: [{ start: 4, end: 16 }, { start: 18, end: 30 }], truncated: false });
    expect(findAll(text, 'may licensee').hits).toEqual([{ start: 13, end: 26 }]);
    expect(findAll(text, '(.*)').hits).toEqual([]);
  });
});
