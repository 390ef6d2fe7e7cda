import { decodeEntities } from './html-text';

/**
 * A whole HTML page (vendor terms saved from the browser as .html) written out as Markdown for the Markdown
 * reader, keeping the structure counsel reads by: headings, list items with their nesting and printed numbers,
 * paragraphs, table rows, bold, and links' targets. Only the page's main content is read when it marks one (<main>, or
 * a single <article>), so site navigation and footers stay out; scripts, styles and the <head> never count.
 * String work only: nothing is fetched or executed.
 */
export function htmlDocumentToMarkdown(html: string): string {
  const writer = new MarkdownOut();
  const tokens = tokenize(mainContent(html));
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let hiddenUntil: string | null = null;
  let link: string | null = null;
  for (const token of tokens) {
    if (token.text !== undefined) {
      if (hiddenUntil === null) writer.text(token.text);
      continue;
    }
    const { name, closing, attributes } = token;
    if (hiddenUntil !== null) {
      if (closing && name === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (HIDDEN.has(name)) {
      if (!closing && !/\/\s*$/.test(attributes)) hiddenUntil = name;
      continue;
    }
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      writer.block(closing ? '' : `${'#'.repeat(Number(heading[1]))} `);
    } else if (name === 'ol' || name === 'ul') {
      // A nested list goes on in its parent item's list: each item on its own line, indented a level deeper.
      if (closing) lists.pop();
      else {
        if (lists.length === 0) writer.block('');
        lists.push({ ordered: name === 'ol', next: Number(attribute(attributes, 'start')) || 1 });
      }
      if (closing && lists.length === 0) writer.block('');
    } else if (name === 'li') {
      const list = lists[lists.length - 1];
      if (!closing && list) writer.line(`${'    '.repeat(lists.length - 1)}${list.ordered ? `${list.next++}. ` : '- '}`);
    } else if (name === 'a') {
      const href = closing ? null : attribute(attributes, 'href');
      if (!closing && href && /^(https?:|mailto:)/i.test(href)) {
        link = href;
        writer.raw('[');
      } else if (closing && link) {
        writer.raw(`](${link.replace(/[()\s]/g, encodeURIComponent)})`);
        link = null;
      }
    } else if (name === 'strong' || name === 'b') {
      // Bold is kept: a bold line standing alone is how many terms pages set their captions.
      writer.raw('**');
    } else if (name === 'br') writer.text(' ');
    else if (name === 'td' || name === 'th') writer.text(' ');
    else if (BLOCKS.has(name)) {
      // Inside a list item a paragraph carries on the item (a continuation line); elsewhere it is a block.
      if (lists.length === 0) writer.block('');
      else if (!writer.atLineStart) writer.line('    '.repeat(lists.length));
    }
  }
  return writer.done();
}

const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title', 'button', 'select', 'form']);
const BLOCKS = new Set('address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer header hr main nav p pre section summary table tbody thead tfoot tr'.split(' '));

type Token = { text: string; name?: undefined; closing?: undefined; attributes?: undefined } | { text?: undefined; name: string; closing: boolean; attributes: string };

const TAG = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<(\/?)([A-Za-z][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (m.index > at) tokens.push({ text: decodeEntities(html.slice(at, m.index)) });
    at = TAG.lastIndex;
    if (m[2]) tokens.push({ name: m[2].toLowerCase(), closing: m[1] === '/', attributes: m[3] });
  }
  if (at < html.length) tokens.push({ text: decodeEntities(html.slice(at)) });
  return tokens;
}

/** The content of the page's <main>, or of its only <article>; else the whole page. */
function mainContent(html: string): string {
  for (const name of ['main', 'article']) {
    const opens = [...html.matchAll(new RegExp(`<${name}[\\s>]`, 'gi'))];
    if (opens.length !== 1) continue;
    const start = opens[0].index;
    const end = html.toLowerCase().lastIndexOf(`</${name}>`);
    if (end > start) return html.slice(start, end);
  }
  return html;
}

function attribute(attributes: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : '';
}

/** Markdown text built block by block; the words of the page are escaped so that they read as words. */
class MarkdownOut {
  private out = '';
  private lineStart = true;

  /** Nothing written on the current line yet but its prefix. */
  get atLineStart(): boolean {
    return this.lineStart;
  }

  /** Ends the current block and starts a new one with `prefix` (a heading's "## "). */
  block(prefix: string): void {
    this.out = this.out.replace(/[ \t]+$/, '').replace(/\n+$/, '');
    if (this.out !== '') this.out += '\n\n';
    this.out += prefix;
    this.lineStart = true;
  }

  /** Starts a new line (a list item) with `prefix`; an empty line before it is dropped. */
  line(prefix: string): void {
    this.out = this.out.replace(/[ \t]+$/, '');
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
    this.out += prefix;
    this.lineStart = true;
  }

  raw(markup: string): void {
    this.out += markup;
    this.lineStart = false;
  }

  text(text: string): void {
    let words = text.replace(/\s+/g, ' ');
    if (this.lineStart) words = words.replace(/^ /, '');
    if (words === '') return;
    words = words.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
    // A sentence that starts like a list marker or a heading is text, not Markdown.
    if (this.lineStart) words = words.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
    this.out += words;
    this.lineStart = false;
  }

  done(): string {
    return `${this.out.trim()}\n`;
  }
}
