import { describe, expect, it } from 'vitest';
import { parseBullet, parseMarker, romanValue } from '../../src/ingest/text/numbering';
import { NumberingOutline } from '../../src/ingest/text/outline';

describe('printed numbers at the start of a line', () => {
  it('reads the numbering schemes of legal documents, keeping the number as printed', () => {
    const cases: Array<[string, string, string]> = [
      ['1. Definitions', '1.', 'Definitions'],
      ['4.2 Use Restrictions', '4.2', 'Use Restrictions'],
      ['2.3.4. Notices', '2.3.4.', 'Notices'],
      ['(a) "Agreement" means', '(a)', '"Agreement" means'],
      ['a) The work must carry', 'a)', 'The work must carry'],
      ['iv. Your use of the Llama Materials', 'iv.', 'Your use of the Llama Materials'],
      ['(iv) rights protecting', '(iv)', 'rights protecting'],
      ['Section 3. Term.', 'Section 3.', 'Term.'],
      ['Section 2 -- Scope.', 'Section 2', 'Scope.'],
      ['Section I: PREAMBLE', 'Section I', 'PREAMBLE'],
      ['Article 2', 'Article 2', ''],
      ['ARTICLE 4 - GOVERNING LAW', 'ARTICLE 4', 'GOVERNING LAW'],
      ['一、定义', '一、', '定义'],
      ['3.限制', '3.', '限制'],
      ['§ 4 Haftung', '§ 4', 'Haftung'],
    ];
    for (const [line, number, rest] of cases) expect(parseMarker(line), line).toMatchObject({ number, rest });
  });

  it('does not take words, abbreviations or cross-references for numbers', () => {
    for (const line of ['e.g. a model', 'U.S. export law', 'Section 3 of this Agreement applies', 'Section 2(b) applies', 'mix. of words', '2024 was a year', 'A.I. systems'])
      expect(parseMarker(line), line).toBeNull();
  });

  it('gives decimal numbers their depth, ignoring a trailing ".0"', () => {
    expect(parseMarker('4.2.1 Notices')?.depth).toBe(3);
    expect(parseMarker('1.0 DEFINITIONS')?.depth).toBe(1);
  });

  it('reads roman numerals strictly', () => {
    expect(romanValue('xiv')).toBe(14);
    expect(romanValue('iiii')).toBeNull();
    expect(romanValue('vx')).toBeNull();
  });

  it('recognises bullets and not rules', () => {
    expect(parseBullet('• Violence or terrorism')).toMatchObject({ symbol: '•', rest: 'Violence or terrorism' });
    expect(parseBullet('- item')).toMatchObject({ symbol: '-', rest: 'item' });
    expect(parseBullet('* * *')).toBeNull();
    expect(parseBullet('-not a bullet')).toBeNull();
  });
});

describe('outline levels', () => {
  const place = (outline: NumberingOutline, line: string, indent = 0) => {
    const marker = parseMarker(line);
    if (!marker) throw new Error(line);
    return outline.place(marker, indent);
  };

  it('reads "i." after "h." as the letter and after "(a)" as a roman one', () => {
    const outline = new NumberingOutline();
    place(outline, 'g. x');
    place(outline, 'h. x');
    expect(place(outline, 'i. x')).toMatchObject({ level: 1, reading: { style: 'lower.' } });
    const other = new NumberingOutline();
    place(other, 'a. x');
    expect(place(other, 'i. x')).toMatchObject({ level: 2, reading: { style: 'roman.' } });
    expect(place(other, 'ii. x').level).toBe(2);
    expect(place(other, 'b. x').level).toBe(1);
  });

  it('lets indentation decide when the document indents', () => {
    const outline = new NumberingOutline();
    expect(place(outline, 'a. x', 2).level).toBe(1);
    expect(place(outline, '1. x', 7).level).toBe(2);
    expect(place(outline, 'a. x', 12).level).toBe(3);
    expect(place(outline, '2. x', 7).level).toBe(2);
    expect(place(outline, 'b. x', 2).level).toBe(1);
  });

  it('knows the next number of an open list', () => {
    const outline = new NumberingOutline();
    place(outline, '1. x');
    place(outline, '(a) x');
    expect(outline.continues(parseMarker('(b) y')!, 0)).toBe(true);
    expect(outline.continues(parseMarker('2. y')!, 0)).toBe(true);
    expect(outline.continues(parseMarker('(4) y')!, 0)).toBe(false);
    expect(outline.continues(parseMarker('7. y')!, 0)).toBe(false);
  });
});
