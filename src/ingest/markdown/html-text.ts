/**
 * The readable text of raw HTML found in Markdown (and of MDX/JSX tags): tags dropped, `<br>` a space, an
 * image its alt text, script and style content dropped entirely, entities decoded. Nothing is ever fetched or
 * executed; this is string work only.
 */

/** Carries "inside <script>" across the separate inline HTML nodes of one paragraph. */
export interface HtmlState {
  hiddenUntil: string | null;
}

export function newHtmlState(): HtmlState {
  return { hiddenUntil: null };
}

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(' '),
);
const CELL_ELEMENTS = new Set(['td', 'th']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<(\/?)([A-Za-z][\w.:-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;

/**
 * Text of an HTML fragment, split where block elements (paragraphs, list items, headings, rows) break the flow.
 * Empty chunks are dropped.
 */
export function htmlToChunks(html: string, state: HtmlState = newHtmlState()): string[] {
  return scanHtml(html, state)
    .split(BLOCK_BREAK)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
}

/** Text of an inline HTML fragment (usually one tag) as it sits in its sentence: `<br>` is a space, not nothing. */
export function htmlToInlineText(html: string, state: HtmlState): string {
  return scanHtml(html, state).split(BLOCK_BREAK).join(' ');
}

/** Marks where a block element breaks the text (a private-use character that never occurs in the input's text). */
const BLOCK_BREAK = '\uE000';

function scanHtml(html: string, state: HtmlState): string {
  let out = '';
  let at = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = (s: string) => {
    if (state.hiddenUntil === null) out += decodeEntities(s).replaceAll(BLOCK_BREAK, '');
  };
  while ((m = TOKEN.exec(html))) {
    text(html.slice(at, m.index));
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      text(m[1]); // CDATA is text
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (!name) continue; // comment, declaration, processing instruction
    const closing = m[2] === '/';
    if (state.hiddenUntil !== null) {
      if (closing && name === state.hiddenUntil) state.hiddenUntil = null;
      continue;
    }
    if (HIDDEN_ELEMENTS.has(name)) {
      if (!closing && !/\/\s*$/.test(m[4])) state.hiddenUntil = name;
      continue;
    }
    if (name === 'br' || name === 'wbr') out += ' ';
    else if (name === 'img' || name === 'area' || (name === 'input' && /type\s*=\s*["']?image/i.test(m[4]))) out += ` ${attribute(m[4], 'alt')} `;
    else if (BLOCK_ELEMENTS.has(name)) out += BLOCK_BREAK;
    else if (CELL_ELEMENTS.has(name)) out += ' ';
  }
  text(html.slice(at));
  return out;
}

function attribute(attributes: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : '';
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', sect: '§', para: '¶', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°',
  times: '×', divide: '÷', shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C', ensp: ' ', emsp: ' ', thinsp: ' ',
};

/**
 * Browsers also read the oldest named entities without their semicolon ("Blog&nbsp | Site", "&copy 2024"), which
 * hand-written HTML headers of READMEs and model cards rely on: only those, and only before a non-alphanumeric.
 * One pass, so "&amp;nbsp" stays the text "&nbsp".
 */
const ENTITY = /&(?:(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|(amp|lt|gt|quot|nbsp|copy|reg)(?![A-Za-z0-9;]))/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string | undefined, legacy: string | undefined) => {
    if (legacy) return NAMED_ENTITIES[legacy];
    if (!body) return whole;
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
