/**
 * Imported documents are untrusted. The renderer builds every piece of document text with React text nodes, so
 * no HTML string from a file can reach the DOM; this test keeps it that way by refusing the APIs that parse HTML.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/corpus';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * The one frame: the memo export dialog previews the engine's own memo HTML (every string in it escaped by
 * src/memo/html.ts, its page under its own CSP) in a frame that may run no script. It is checked below rather
 * than refused.
 */
const MEMO_PREVIEW = join('renderer', 'memo', 'MemoPreview.tsx');

describe('the renderer', () => {
  const sources = files(join(PROJECT_ROOT, 'renderer'));

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('never parses an HTML string into the page', () => {
    const offences: string[] = [];
    const htmlSinks = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;
    const frameSource = /srcdoc/i;
    for (const file of sources) {
      const preview = relative(PROJECT_ROOT, file) === MEMO_PREVIEW;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (htmlSinks.test(line) || (!preview && frameSource.test(line))) offences.push(`${relative(PROJECT_ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offences).toEqual([]);
  });

  it('renders no link or image element a document could point somewhere', () => {
    const offences: string[] = [];
    for (const file of sources.filter((f) => f.endsWith('.tsx'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/<(a|img|iframe|object|embed|link|script)[\s>]/g)) {
        if (m[1] === 'iframe' && relative(PROJECT_ROOT, file) === MEMO_PREVIEW) continue;
        offences.push(`${relative(PROJECT_ROOT, file)}: <${m[1]}>`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('previews the memo in one frame that runs no script', () => {
    const code = readFileSync(join(PROJECT_ROOT, MEMO_PREVIEW), 'utf8');
    const frames = [...code.matchAll(/<iframe\b[^>]*>/g)].map((m) => m[0]);
    expect(frames).toHaveLength(1);
    // Same origin only so the app can hand the frame its style sheet; never scripts, forms, popups or navigation.
    expect(frames[0]).toMatch(/\ssandbox="allow-same-origin"/);
    expect(code).not.toMatch(/allow-(scripts|forms|popups|top-navigation|modals)/);
  });
});
