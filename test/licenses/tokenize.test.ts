import { describe, expect, it } from 'vitest';
import { tokenizeLegalText } from '../../src/licenses/tokenize';

const words = (text: string) => tokenizeLegalText(text).map((t) => t.word);
const kinds = (text: string) => tokenizeLegalText(text).map((t) => `${t.word}:${t.kind}`);

describe('tokenizeLegalText: what counts as the words of a licence', () => {
  it('ignores case, quote styles, dashes, accents and ligatures', () => {
    expect(words('“Licensee’s” NON‑EXCLUSIVE — royalty–free ﬁne-tuning café')).toEqual(words('"licensee\'s" non-exclusive - royalty-free fine-tuning cafe'));
  });

  it('drops section and list numbering at the start of a line or after a sentence, in every common style', () => {
    const numbered = ['1. License Rights.', 'a. Grant of Rights.', 'iv. Your use', '1.b.i If you', '10.2 Choice of law', '(a) the power', 'b) the owner', '4.2(b) The Licensee', 'II. RESEARCH USE'];
    expect(numbered.map(words)).toEqual([
      ['license', 'rights'], ['grant', 'of', 'rights'], ['your', 'use'], ['if', 'you'], ['choice', 'of', 'law'],
      ['the', 'power'], ['the', 'owner'], ['the', 'licensee'], ['research', 'use'],
    ]);
    expect(words('as follows. 2. Additional Commercial Terms.')).toEqual(['as', 'follows', 'additional', 'commercial', 'terms']);
  });

  it('keeps numbers that are wording: thresholds, versions, references inside a sentence', () => {
    expect(words('greater than 700 million monthly active users')).toContain('700');
    expect(words('Llama 3.1 Version Release Date: July 23, 2024')).toEqual(['llama', '3.1', 'version', 'release', 'date', 'july', '23', '2024']);
    expect(words('conditions added under section 7 apply')).toContain('7');
    expect(words('I accept. CIVIL liability')).toEqual(['i', 'accept', 'civil', 'liability']);
  });

  it('reads Markdown and HTML markup as a reader of the rendered page would', () => {
    expect(words('## **Prohibited Uses**\n\n* <span style="x">Reporting</span> &amp; more')).toEqual(['prohibited', 'uses', 'reporting', 'more']);
  });

  it('marks link targets, so a target shown by one rendering and hidden by another is not a difference', () => {
    expect(kinds('found at [the policy](https://llama.com/use-policy).')).toEqual([
      'found:word', 'at:word', 'the:word', 'policy:word', 'https:link', 'llama:link', 'com:link', 'use:link', 'policy:link',
    ]);
    expect(kinds('the policy (https://llama.com/use-policy)').filter((k) => k.endsWith(':link'))).toHaveLength(5);
    // A URL written out in the sentence is wording.
    expect(kinds('available at https://llama.com/use-policy').every((k) => k.endsWith(':word'))).toBe(true);
  });

  it('marks copyright statements, whose holder and year differ from copy to copy', () => {
    expect(kinds('Copyright (c) 2024 Stability AI\n\nPermission is hereby granted').map((k) => k.split(':')[1])).toEqual([
      'copyright', 'copyright', 'copyright', 'copyright', 'copyright', 'word', 'word', 'word', 'word',
    ]);
    expect(kinds('Copyright [yyyy] [name of copyright owner]').every((k) => k.endsWith(':copyright'))).toBe(true);
    // A licence clause about copyright is not a copyright statement.
    expect(kinds('c. Copyright and Similar Rights means copyright').every((k) => k.endsWith(':word'))).toBe(true);
    // Nor is a required notice that quotes one mid-sentence without a year.
    expect(kinds('"Llama 2 is licensed under the LLAMA 2 Community License, Copyright (c) Meta Platforms, Inc."').every((k) => !k.endsWith(':copyright'))).toBe(true);
  });

  it('drops lines that are only a page number', () => {
    expect(words('end of a clause.\n3\nPage 4 of 12\n- 5 -\nNext clause')).toEqual(['end', 'of', 'a', 'clause', 'next', 'clause']);
  });

  it('treats each Chinese character as a word and keeps offsets into the original text', () => {
    const text = 'ChatGLM-6B 模型团队';
    const tokens = tokenizeLegalText(text);
    expect(tokens.map((t) => t.word)).toEqual(['chatglm', '6b', '模', '型', '团', '队']);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });
});
