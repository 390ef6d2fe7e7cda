/**
 * Web pages saved as .html (a vendor's terms saved from the browser): read through the Markdown reader with their
 * structure, the site's navigation, scripts and footer left out. Pages are made at test time from corpus
 * Markdown with markdown-it, as a site would render it.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { sniffFormat } from '../../src/ingest/sniff';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';

const encode = (text: string) => new TextEncoder().encode(text);
const blocks = (model: DocumentModel) => model.blocks.map((b) => [b.kind, b.level, b.number, model.text.slice(b.start, b.end)]);

function savedPage(markdown: string, title: string): string {
  const body = new MarkdownIt({ html: true }).render(markdown);
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body { font-family: serif }</style>`,
    '<script>window.analytics = { track: "Terms page viewed" };</script></head>',
    '<body><nav><a href="/">Home</a> | <a href="/pricing">Pricing</a> | <a href="/terms">Terms</a></nav>',
    `<main>${body}</main>`,
    '<footer><p>&copy; 2024 Example Inc. Cookie settings</p></footer></body></html>',
  ].join('\n');
}

describe.skipIf(!corpusAvailable)('HTML pages', () => {
  it.each(['gemma-prohibited-use-policy-2024-02-21.md', 'llama-3.1-acceptable-use-policy.md', 'odc-by-1.0.md'])(
    '%s saved as a web page reads as its Markdown does: same blocks, no navigation, script or footer',
    async (file) => {
      const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, file));
      const fromMarkdown = await importDocument(encode(markdown), file);
      const fromPage = await importDocument(encode(savedPage(markdown, 'Terms')), file.replace(/\.md$/, '.html'));
      expect(blocks(fromPage)).toEqual(blocks(fromMarkdown));
      expect(fromPage.text).not.toMatch(/Pricing|analytics|Cookie settings|font-family/);
      expect(fromPage.warnings.join(' ')).toMatch(/web page \(HTML\)/);
    },
  );
});

/** The same page laid out with tables, as older sites do: a row of links, a column of links, the terms, a footer. */
function tableLaidPage(markdown: string, title: string): string {
  const body = new MarkdownIt({ html: true }).render(markdown);
  return [
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>`,
    '<table width="100%" border="0"><tr><td colspan="2"><a href="/">Home</a> | <a href="/policies">Policies</a> | <a href="/login">Log in</a></td></tr>',
    '<tr><td width="180" valign="top"><a href="/terms">Terms of use</a><br><a href="/privacy">Privacy policy</a><br><a href="/usage">Usage policies</a></td>',
    `<td valign="top"><table width="100%"><tr><td>${body}</td></tr></table></td></tr>`,
    '<tr><td colspan="2"><font size="1">&copy; 2026 Example Inc. All rights reserved. | <a href="/sitemap">Sitemap</a></font></td></tr>',
    '</table></body></html>',
  ].join('\n');
}

describe.skipIf(!corpusAvailable)('HTML pages laid out with tables', () => {
  it.each(['chatgpt-commercial-terms-2026-08-22.md', 'llama-3.1-acceptable-use-policy.md'])(
    '%s in a table layout reads as its Markdown does: no row or column of site links, no copyright footer',
    async (file) => {
      const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, file));
      const fromMarkdown = await importDocument(encode(markdown), file);
      const fromPage = await importDocument(encode(tableLaidPage(markdown, 'Terms')), file.replace(/\.md$/, '.html'));
      expect(blocks(fromPage)).toEqual(blocks(fromMarkdown));
      expect(fromPage.text).not.toMatch(/Log in|Sitemap|All rights reserved/);
    },
  );

  it('keeps a data table whose cells hold links when no table lays out the page', async () => {
    const page = '<!DOCTYPE html><html><body><h1>Policies</h1><table><tr><th>Policy</th><th>Where</th></tr><tr><td>Usage</td><td><a href="https://a.example/usage">EU</a> | <a href="https://a.example/usage-us">US</a></td></tr></table></body></html>';
    const model = await importDocument(encode(page), 'policies.html');
    expect(model.text).toContain('EU (https://a.example/usage)');
  });
});

describe('telling a web page from Markdown and text', () => {
  const sniff = (text: string, name: string) => sniffFormat(encode(text), name, () => text);

  it('knows a page by its doctype or <html> tag, whatever its name', () => {
    expect(sniff('<!-- saved -->\n<!doctype html><html><body><p>Terms</p></body></html>', 'terms.txt')).toEqual({ kind: 'format', format: 'markdown', html: true });
    expect(sniff('<html lang="en"><p>Terms</p></html>', 'terms')).toEqual({ kind: 'format', format: 'markdown', html: true });
  });

  it('takes a .html file of bare markup for a page, but not a Markdown file with HTML in it or text that mentions a tag', () => {
    expect(sniff('<h1>Terms of Service</h1>\n<p>These terms apply.</p>', 'terms.htm')).toEqual({ kind: 'format', format: 'markdown', html: true });
    expect(sniff('<div align="center"><img src="logo.png"></div>\n\n# Model card', 'README.md')).toEqual({ kind: 'format', format: 'markdown' });
    expect(sniff('Do not use <html> tags in your prompts.\nThat is all.', 'notes.txt')).toEqual({ kind: 'format', format: 'text' });
  });
});

describe('pages as browsers read them', () => {
  const read = async (html: string) => (await importDocument(encode(html), 'terms.html')).text;

  it('keeps the words of a page wrapped in one form, and of paragraphs and items left unclosed', async () => {
    const text = await read('<!DOCTYPE html><html><body><form id="page"><h1>Service Terms</h1><p>You may use the Service for your business.<p>You must not resell access.<ol><li>First duty<li>Second duty</ol></form></body></html>');
    expect(text).toMatch(/You may use the Service for your business\./);
    expect(text).toMatch(/You must not resell access\./);
    expect(text).toMatch(/First duty[\s\S]*Second duty/);
  });

  it('leaves out what scripts, styles and inline images hold, even markup-like text inside a script', async () => {
    const text = await read('<html><body><p>Before the icon <svg/> after it.</p><script>document.write("</p><p>Injected clause")</script><style>p::after { content: "Styled" }</style><p>Last clause &amp; end.</p></body></html>');
    expect(text).toMatch(/Before the icon\s+after it\./);
    expect(text).toMatch(/Last clause & end\./);
    expect(text).not.toMatch(/Injected|Styled|document\.write/);
  });
});

/** A page saved from a site that marks no main content: banner, menus, breadcrumbs and footer around a plain wrapper. */
function pageWithChrome(markdown: string, title: string, wrapperClass = 'content-wrapper'): string {
  const body = new MarkdownIt({ html: true }).render(markdown);
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title><script type="application/ld+json">{"@type":"WebPage"}</script></head>`,
    '<body><div id="onetrust-consent-sdk"><div role="dialog" aria-label="Cookie banner"><p>We use cookies to personalise content and ads. By clicking Accept you agree.</p><button>Accept all</button><a href="/cookies">Cookie settings</a></div></div>',
    '<a class="skip-link" href="#content">Skip to content</a>',
    '<header class="site-header"><a href="/">Example AI</a><ul class="main-menu"><li><a href="/models">Models</a></li><li><a href="/pricing">Pricing</a></li></ul></header>',
    '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/legal">Legal</a> › Terms</div>',
    `<div id="content" class="${wrapperClass}">${body}</div>`,
    '<div class="share-buttons">Share this page: <a href="https://twitter.com/share">Twitter</a></div>',
    '<div class="site-footer"><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/status">Status</a></li></ul><p>© 2025 Example AI</p></div>',
    '<noscript><img src="https://example.com/pixel.gif"></noscript><script src="bundle.js"></script></body></html>',
  ].join('\n');
}

describe.skipIf(!corpusAvailable)('HTML pages without a <main>', () => {
  it.each(['llama-api-terms-of-service-2025-11-11.md', 'chatgpt-acceptable-use-policy-current.md'])(
    '%s: cookie banner, skip link, menus, breadcrumbs, share buttons and site footer stay out',
    async (file) => {
      const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, file));
      const fromMarkdown = await importDocument(encode(markdown), file);
      const fromPage = await importDocument(encode(pageWithChrome(markdown, 'Terms')), file.replace(/\.md$/, '.html'));
      expect(blocks(fromPage)).toEqual(blocks(fromMarkdown));
      expect(fromPage.text).not.toMatch(/We use cookies|Skip to content|Status|Share this page|Home › Legal/);
    },
  );

  it('reads the content even when its wrapper is named like page chrome (it holds most of the page)', async () => {
    const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'llama-api-terms-of-service-2025-11-11.md'));
    const fromMarkdown = await importDocument(encode(markdown), 'terms.md');
    const fromPage = await importDocument(encode(pageWithChrome(markdown, 'Terms', 'layout has-side-menu')), 'terms.html');
    expect(blocks(fromPage)).toEqual(blocks(fromMarkdown));
  });
});
