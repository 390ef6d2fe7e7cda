import { Parser } from 'htmlparser2';

/**
 * A whole HTML page (vendor terms saved from the browser as .html) written out as Markdown for the Markdown
 * reader, keeping the structure counsel reads by: headings, list items with their nesting and printed numbers,
 * paragraphs, table rows, bold, and links' targets. Only the page's main content is read when it marks one (<main>, or
 * a single <article>), so site navigation and footers stay out; page chrome (menus, cookie banners, breadcrumbs;
 * see isPageChrome) stays out wherever it is; scripts, styles and the <head> never count.
 * The page is read by htmlparser2 (tags, attributes, entities, comments, raw-text elements and the tags HTML lets
 * authors leave unclosed, as browsers read them); nothing is fetched or executed.
 */
export function htmlDocumentToMarkdown(html: string): string {
  const writer = new MarkdownOut();
  const tokens = mainContent(tokenize(html));
  const lists: Array<{ ordered: boolean; next: number }> = [];
  /** Open elements that hide what they hold (scripts, styles, forms …): their text is not the page's words. */
  let hidden = 0;
  let link: string | null = null;
  const chrome = pageChrome(tokens);
  layoutTableChrome(tokens, chrome);
  for (const [i, token] of tokens.entries()) {
    if (chrome[i]) continue;
    if (token.text !== undefined) {
      if (hidden === 0) writer.text(token.text);
      continue;
    }
    const { name, closing, attributes } = token;
    if (HIDDEN.has(name)) {
      hidden += closing ? -1 : 1;
      continue;
    }
    if (hidden > 0) continue;
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

/** Page chrome never holds this share of a page's words: an element that does is the page's content after all. */
const CHROME_SHARE = 0.2;

/**
 * Which tokens belong to page chrome (see isPageChrome): the whole of each such element, unless it holds a fifth of
 * the page's text or more (a site whose content sits in an element named like a menu).
 */
function pageChrome(tokens: readonly Token[]): boolean[] {
  const hide = new Array<boolean>(tokens.length).fill(false);
  // The page's words: text outside scripts, styles and the like.
  let total = 0;
  let hidden = 0;
  for (const t of tokens) {
    if (t.text !== undefined) total += hidden === 0 ? t.text.trim().length : 0;
    else if (HIDDEN.has(t.name)) hidden += t.closing ? -1 : 1;
  }
  const open: string[] = [];
  let start = -1;
  let startDepth = 0;
  let chars = 0;
  tokens.forEach((token, i) => {
    if (token.text !== undefined) {
      if (start >= 0) chars += token.text.trim().length;
      return;
    }
    if (token.closing) {
      const at = open.lastIndexOf(token.name);
      if (at >= 0) open.length = at;
      if (start >= 0 && open.length <= startDepth) {
        if (chars < CHROME_SHARE * total) hide.fill(true, start, i + 1);
        start = -1;
      }
      return;
    }
    if (start < 0 && isPageChrome(token.name, token.attributes, open)) {
      start = i;
      startDepth = open.length;
      chars = 0;
    }
    if (!VOID.has(token.name)) open.push(token.name);
  });
  return hide;
}

/**
 * Page chrome of a page laid out with a table (older sites, and pages saved from a portal's frame): the terms sit in
 * one cell, the site's links in another ("Home | Policies | Log in", a column of links to other policies) and its
 * copyright line in a third, with no <nav> or <footer> to tell them. In a page whose tables hold headings or other
 * tables (so they lay out the page, not data), a cell holding nothing but two or more links (and separators), or a
 * short cell opening with a copyright line, is chrome: its tokens are marked in `hide`.
 */
function layoutTableChrome(tokens: readonly Token[], hide: boolean[]): void {
  let tables = 0;
  let layout = false;
  for (const t of tokens) {
    if (t.text !== undefined) continue;
    if (t.name === 'table') {
      if (!t.closing && tables > 0) layout = true;
      tables += t.closing ? -1 : 1;
    } else if (tables > 0 && !t.closing && /^h[1-6]$/.test(t.name)) layout = true;
  }
  if (!layout) return;
  const cells: Array<{ start: number; links: number; linked: boolean; words: string; inLink: number }> = [];
  tokens.forEach((t, i) => {
    const cell = cells[cells.length - 1];
    if (t.text !== undefined) {
      if (!cell) return;
      if (cell.inLink > 0) cell.linked ||= /\p{L}/u.test(t.text);
      else if (cell.words.length < COPYRIGHT_CELL) cell.words += t.text;
      return;
    }
    if (t.name === 'td' || t.name === 'th') {
      if (!t.closing) cells.push({ start: i, links: 0, linked: false, words: '', inLink: 0 });
      else if (cell) {
        cells.pop();
        const words = cell.words.replace(/[\s|·•\-–—/]+/g, ' ').trim();
        const linkList = cell.links >= 2 && cell.linked && words === '';
        const copyright = /^(©|\(c\)|copyright\b)/i.test(words) && cell.words.length < COPYRIGHT_CELL;
        if (linkList || copyright) hide.fill(true, cell.start, i + 1);
      }
      return;
    }
    if (!cell) return;
    if (t.name === 'a') {
      if (!t.closing) cell.links++;
      cell.inLink += t.closing ? -1 : 1;
    } else if (!t.closing && (BLOCKS.has(t.name) || /^h[1-6]$/.test(t.name) || t.name === 'li') && t.name !== 'div') {
      // A cell with paragraphs, lists or headings of its own is content, whatever links it holds.
      cell.words += ' content ';
    }
  });
}

/** A copyright line in a cell of its own is short; a cell this long is content. */
const COPYRIGHT_CELL = 200;

/**
 * What a saved page carries around its terms: site navigation, a cookie or consent banner, a "skip to content" link,
 * breadcrumbs, share buttons, the site's header and footer. Told by element (<nav>; a <header> or <footer> not
 * inside the content's <main>, <article> or <section>), by ARIA role, or by the names sites give these parts in
 * their class or id ("cookie-banner", "onetrust-consent-sdk", "breadcrumbs", "skip-link", "site-footer").
 */
function isPageChrome(name: string, attributes: Record<string, string>, open: readonly string[]): boolean {
  if (name === 'nav') return true;
  if ((name === 'header' || name === 'footer') && !open.some((n) => n === 'main' || n === 'article' || n === 'section')) return true;
  const role = attribute(attributes, 'role').toLowerCase();
  if (CHROME_ROLES.has(role) || attribute(attributes, 'aria-modal') === 'true') return true;
  const names = `${attribute(attributes, 'class')} ${attribute(attributes, 'id')}`.toLowerCase();
  return names.trim() !== '' && names.split(/[^a-z0-9]+/).some((word) => CHROME_NAMES.has(word));
}

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menubar', 'menu']);
const CHROME_NAMES = new Set(['cookie', 'cookies', 'cookiebanner', 'consent', 'gdpr', 'onetrust', 'breadcrumb', 'breadcrumbs', 'skip', 'skiplink', 'share', 'sharing', 'social', 'navbar', 'topbar', 'navigation', 'sitenav', 'menu', 'megamenu', 'footer', 'sitefooter', 'siteheader', 'masthead']);
/** Elements that hold nothing and have no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title', 'button', 'select']);
const BLOCKS = new Set('address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer header hr main nav p pre section summary table tbody thead tfoot tr'.split(' '));

type Token =
  | { text: string; name?: undefined; closing?: undefined; attributes?: undefined }
  | { text?: undefined; name: string; closing: boolean; attributes: Record<string, string> };

/**
 * The page as a flat run of opening tags, closing tags and text (entities decoded). Every opened element is closed,
 * where the page leaves it open too (an unclosed <p> or <li>), so the run nests like the tree a browser builds.
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => tokens.push({ name, closing: false, attributes }),
      onclosetag: (name) => tokens.push({ name, closing: true, attributes: {} }),
      ontext: (text) => tokens.push({ text }),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return tokens;
}

/** The tokens of the page's <main>, or of its only <article>; else the whole page. */
function mainContent(tokens: Token[]): Token[] {
  for (const name of ['main', 'article']) {
    const opens = tokens.flatMap((t, i) => (t.name === name && !t.closing ? [i] : []));
    if (opens.length !== 1) continue;
    let depth = 0;
    for (let i = opens[0]; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.name !== name) continue;
      depth += t.closing ? -1 : 1;
      if (depth === 0) return tokens.slice(opens[0], i + 1);
    }
  }
  return tokens;
}

function attribute(attributes: Record<string, string>, name: string): string {
  return attributes[name] ?? '';
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
