/**
 * Damage to Markdown and plain-text files: constructs nested far beyond any document (the parsers' worst cases),
 * enormous lines, NUL bytes, invalid UTF-8, other encodings, invisible characters, hostile HTML.
 */
import { concat, type Mutant } from './mutate-bytes';
import type { Random } from './random';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Nesting depths: mostly plausible, often far past any real document, sometimes absurd. */
function depth(rng: Random): number {
  return rng.weighted([
    [rng.int(2, 12), 3],
    [rng.int(13, 200), 3],
    [rng.int(201, 2_000), 3],
    [rng.int(2_001, 30_000), 1],
  ] as const);
}

/** Constructs that nest: each returns the text of one nested structure `n` levels deep. */
const NESTERS: Record<string, (n: number) => string> = {
  blockquotes: (n) => `${'>'.repeat(n)} quoted licence term\n`,
  'spaced blockquotes': (n) => `${'> '.repeat(n)}quoted licence term\n`,
  'indented lists': (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + '\n',
  'inline list markers': (n) => `${'- '.repeat(n)}item\n`,
  'ordered lists': (n) => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}1. clause ${i}`).join('\n') + '\n',
  'link brackets': (n) => `${'['.repeat(n)}label${']'.repeat(n)}(https://example.invalid)\n`,
  'unclosed brackets': (n) => `${'['.repeat(n)} text\n`,
  'link parentheses': (n) => `[label](${'('.repeat(n)}x${')'.repeat(n)})\n`,
  emphasis: (n) => `${'*'.repeat(n)}bold${'*'.repeat(n)}\n`,
  'alternating emphasis': (n) => `${'*_'.repeat(n)}term${'_*'.repeat(n)}\n`,
  'unclosed emphasis': (n) => `${'*a '.repeat(n)}\n`,
  'code ticks': (n) => `${'`'.repeat(n)} code ${'`'.repeat(n - 1)}\n`,
  'html elements': (n) => `${'<div>'.repeat(n)}text${'</div>'.repeat(Math.floor(n / 2))}\n`,
  'html comments': (n) => `${'<!--'.repeat(n)} x\n`,
  'table columns': (n) => `| ${Array.from({ length: n }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(n)}\n| ${'x | '.repeat(n)}\n`,
  footnotes: (n) => Array.from({ length: n }, (_, i) => `[^${i}]: note [^${i + 1}]`).join('\n') + '\n',
  'reference definitions': (n) => Array.from({ length: n }, (_, i) => `[r${i}]: https://example.invalid/${i} "t"`).join('\n') + '\n',
};

function insertAtLine(rng: Random, text: string, insert: string): string {
  const lines = text.split('\n');
  const at = rng.int(0, lines.length);
  return [...lines.slice(0, at), '', insert, ...lines.slice(at)].join('\n');
}

/** Nesters whose text grows with the square of the depth (one indented line per level). */
const QUADRATIC = new Set(['indented lists', 'ordered lists', 'footnotes']);

export function deepNesting(rng: Random, bytes: Uint8Array): Mutant {
  const kind = rng.pick(Object.keys(NESTERS));
  const n = QUADRATIC.has(kind) ? Math.min(depth(rng), 1_500) : depth(rng);
  return { bytes: encoder.encode(insertAtLine(rng, decoder.decode(bytes), NESTERS[kind](n))), detail: `${kind} nested ${n} deep` };
}

export function enormousLine(rng: Random, bytes: Uint8Array): Mutant {
  const size = rng.weighted([
    [rng.int(5_000, 60_000), 16],
    [rng.int(60_000, 400_000), 3],
    [rng.int(400_000, 1_500_000), 1],
  ] as const);
  // Besides plain runs, runs of what the clause patterns look for (printed numbers, dotted numbers, policy names,
  // conditions on outputs), where a pattern that backtracks badly shows as a hang.
  const kind = rng.pick(['words', 'one token', 'url', 'spaces', 'punctuation', 'list numbers', 'dotted numbers', 'policy names', 'conditions']);
  const unit = {
    words: 'licensee shall not ',
    'one token': 'x',
    url: 'https://example.invalid/aaaaaaaa/',
    spaces: ' \t',
    punctuation: '.,;:!?',
    'list numbers': '1. (a) ',
    'dotted numbers': '1.1.',
    'policy names': 'this Acme Acceptable Use Policy ',
    conditions: 'if you use any outputs to train a model, ',
  }[kind]!;
  const line = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return { bytes: encoder.encode(insertAtLine(rng, decoder.decode(bytes), line)), detail: `a line of ${size} characters (${kind})` };
}

export function nulBytes(rng: Random, bytes: Uint8Array): Mutant {
  const count = rng.int(1, 64);
  // Past the first 8 KB too, where format sniffing no longer looks.
  const parts: Uint8Array[] = [];
  const cuts = Array.from({ length: count }, () => rng.int(0, bytes.length)).sort((a, b) => a - b);
  let last = 0;
  for (const cut of cuts) {
    parts.push(bytes.subarray(last, cut), new Uint8Array(rng.int(1, 4)));
    last = cut;
  }
  parts.push(bytes.subarray(last));
  return { bytes: concat(parts), detail: `${count} runs of NUL bytes` };
}

const INVALID_UTF8 = [[0xff], [0xfe], [0xc3], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xbf, 0xbf], [0xf0, 0x9f, 0x98]];

export function invalidUtf8(rng: Random, bytes: Uint8Array): Mutant {
  const count = rng.weighted([
    [rng.int(1, 4), 2],
    [rng.int(5, 200), 2],
    [rng.int(201, 5_000), 1],
  ] as const);
  let out = bytes;
  for (let i = 0; i < count; i++) {
    const at = rng.int(0, out.length);
    out = concat([out.subarray(0, at), Uint8Array.from(rng.pick(INVALID_UTF8)), out.subarray(at)]);
  }
  return { bytes: out, detail: `${count} invalid UTF-8 sequences` };
}

export function reencode(rng: Random, bytes: Uint8Array): Mutant {
  const text = decoder.decode(bytes);
  const kind = rng.pick(['utf-16le with BOM', 'utf-16be with BOM', 'utf-16le without BOM', 'utf-8 BOM twice', 'latin-1', 'odd length utf-16']);
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  const out: Record<string, () => Uint8Array> = {
    'utf-16le with BOM': () => concat([Uint8Array.from([0xff, 0xfe]), le]),
    'utf-16be with BOM': () => concat([Uint8Array.from([0xfe, 0xff]), be]),
    'utf-16le without BOM': () => new Uint8Array(le),
    'utf-8 BOM twice': () => concat([Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bytes]),
    'latin-1': () => new Uint8Array(Buffer.from(text, 'latin1')),
    'odd length utf-16': () => concat([Uint8Array.from([0xff, 0xfe]), le.subarray(0, le.length - 1)]),
  };
  return { bytes: out[kind](), detail: kind };
}

const ODD_CHARACTERS = ['\u200b', '\u00ad', '\u00a0', '\u2028', '\u2029', '\u202e', '\ufeff', '\u0301', '\u0000', '\u000b', '\u000c', '\r', '\u3000', '\ud800', '\udfff', '\ufffd', '\u{1f600}'];

export function oddCharacters(rng: Random, bytes: Uint8Array): Mutant {
  const chars = Array.from(decoder.decode(bytes));
  const count = rng.int(1, Math.max(1, Math.floor(chars.length / 10)));
  for (let i = 0; i < count; i++) {
    const at = rng.int(0, chars.length);
    chars.splice(at, 0, rng.pick(ODD_CHARACTERS).repeat(rng.chance(0.1) ? rng.int(2, 500) : 1));
  }
  return { bytes: encoder.encode(chars.join('')), detail: `${count} invisible, control, combining or unpaired characters` };
}

export function lineEnds(rng: Random, bytes: Uint8Array): Mutant {
  const text = decoder.decode(bytes);
  const kind = rng.pick(['CR only', 'CRLF', 'mixed', 'no line breaks', 'thousands of blank lines'] as const);
  const out = {
    'CR only': () => text.replace(/\n/g, '\r'),
    CRLF: () => text.replace(/\n/g, '\r\n'),
    mixed: () => text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r'])),
    'no line breaks': () => text.replace(/\n/g, ' '),
    'thousands of blank lines': () => insertAtLine(rng, text, '\n'.repeat(rng.int(1_000, 20_000))),
  }[kind]();
  return { bytes: encoder.encode(out), detail: kind };
}

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src="https://example.invalid/x.png" onerror="window.__pwned=1">',
  '[click](javascript:alert(1))',
  '<iframe src="https://example.invalid"></iframe>',
  '<style>@import url(https://example.invalid/x.css)</style>',
  '![x](https://example.invalid/beacon.gif)',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
  '<svg><script>1</script></svg>',
  '&amp;'.repeat(5_000),
  '&#x110000;&#0;&#xD800;',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>&b;',
];

export function htmlPayloads(rng: Random, bytes: Uint8Array): Mutant {
  let text = decoder.decode(bytes);
  const count = rng.int(1, 6);
  for (let i = 0; i < count; i++) text = insertAtLine(rng, text, rng.pick(PAYLOADS));
  return { bytes: encoder.encode(text), detail: `${count} script, handler, javascript: and remote-resource payloads` };
}

export function frontMatter(rng: Random, bytes: Uint8Array): Mutant {
  const kind = rng.pick(['unclosed yaml', 'huge yaml', 'toml', 'yaml anchors', 'title only']);
  const head = {
    'unclosed yaml': '---\ntitle: Licence\n',
    'huge yaml': `---\n${Array.from({ length: rng.int(100, 5_000) }, (_, i) => `key${i}: ${'v'.repeat(rng.int(1, 50))}`).join('\n')}\n---\n`,
    toml: '+++\ntitle = "Licence"\n[a.b.c]\nx = [1, [2, [3]]]\n+++\n',
    'yaml anchors': `---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\ntitle: *d\n---\n`,
    'title only': `---\ntitle: ${'T'.repeat(rng.int(1, 50_000))}\n---\n`,
  }[kind];
  return { bytes: concat([encoder.encode(head), bytes]), detail: `front matter: ${kind}` };
}

export const TEXT_MUTATIONS = { deepNesting, enormousLine, nulBytes, invalidUtf8, reencode, oddCharacters, lineEnds, htmlPayloads, frontMatter } as const;
