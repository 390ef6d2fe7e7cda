/**
 * A small, iterative XML tokenizer for the few WordprocessingML parts read directly (document, styles,
 * numbering, properties). Iterative so that hostile nesting cannot overflow the stack; it also enforces the
 * depth limit that protects mammoth's recursive reader, refuses DTDs (Word never writes one, and entity
 * expansion is a classic bomb), and resolves namespace prefixes so `ns0:p` and `w:p` read the same.
 */

export class XmlProblem extends Error {
  constructor(
    readonly reason: 'malformed' | 'too-deep' | 'dtd',
    message: string,
  ) {
    super(message);
  }
}

/** Deeper than any real document (nested tables add three levels each); well inside mammoth's recursion. */
export const MAX_XML_DEPTH = 256;

export interface XmlTag {
  /** Qualified name with the canonical prefix for known namespaces ("w:p"), else as written. */
  name: string;
  /** Prefix as written in the source ("" for the default namespace), for writing sibling elements. */
  sourcePrefix: string;
  /** Attributes by canonical qualified name, entity-decoded. */
  attributes: Map<string, string>;
  /** Offsets of the tag itself in the source: [start, end). */
  start: number;
  end: number;
  selfClosing: boolean;
  /** 1 for the root element. */
  depth: number;
}

export interface XmlVisitor {
  open?(tag: XmlTag): void;
  /** Also called for self-closing tags, right after open. */
  close?(name: string, end: number): void;
  /** Entity-decoded character data (CDATA included). */
  text?(text: string): void;
}

/** Canonical prefixes, as mammoth names them, for the namespaces the importer looks at. */
const CANONICAL_PREFIXES = new Map<string, string>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'cp'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'ep'],
  ['http://purl.oclc.org/ooxml/officeDocument/extendedProperties', 'ep'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'rel'],
  ['http://www.w3.org/XML/1998/namespace', 'xml'],
]);

/** Ends a tag or attribute name: whitespace, '/', '>', '='. Char codes, because this loop runs per character. */
function endsName(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62 || code === 61;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function scanXml(xml: string, visitor: XmlVisitor, maxDepth = MAX_XML_DEPTH): void {
  const stack: Array<{ name: string; raw: string; scope: Map<string, string> }> = [];
  const baseScope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let scope = baseScope;
  let at = 0;
  const length = xml.length;
  let seenRoot = false;

  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      if (visitor.text && stack.length > 0) visitor.text(decodeEntities(xml.slice(at, textEnd)));
      else if (stack.length === 0 && /\S/.test(xml.slice(at, textEnd)) && seenRoot) {
        throw new XmlProblem('malformed', 'text after the root element');
      }
    }
    if (lt < 0) break;
    at = lt;

    if (xml.startsWith('<!--', at)) {
      at = skipPast(xml, at + 4, '-->');
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at + 9);
      if (end < 0) throw new XmlProblem('malformed', 'unterminated CDATA section');
      visitor.text?.(xml.slice(at + 9, end));
      at = end + 3;
      continue;
    }
    if (xml.startsWith('<?', at)) {
      at = skipPast(xml, at + 2, '?>');
      continue;
    }
    if (xml.startsWith('<!', at)) {
      // <!DOCTYPE …> or any other declaration: Office never writes one.
      throw new XmlProblem('dtd', 'a DTD (document type declaration), which Word never writes');
    }
    if (xml[at + 1] === '/') {
      const end = xml.indexOf('>', at + 2);
      if (end < 0) throw new XmlProblem('malformed', 'unterminated end tag');
      const raw = xml.slice(at + 2, end).trim();
      const open = stack.pop();
      if (!open || open.raw !== raw) throw new XmlProblem('malformed', `mismatched end tag </${raw}> at offset ${at}`);
      visitor.close?.(open.name, end + 1);
      scope = stack.length > 0 ? stack[stack.length - 1].scope : baseScope;
      at = end + 1;
      continue;
    }

    // Start tag: name, attributes (values may contain '>'), optional '/'.
    let i = at + 1;
    while (i < length && !endsName(xml.charCodeAt(i))) i++;
    const raw = xml.slice(at + 1, i);
    if (!raw) throw new XmlProblem('malformed', `a '<' without a tag name at offset ${at}`);
    const rawAttributes: Array<[string, string]> = [];
    let selfClosing = false;
    for (;;) {
      while (i < length && isWhitespace(xml.charCodeAt(i))) i++;
      if (i >= length) throw new XmlProblem('malformed', 'unterminated start tag');
      const code = xml.charCodeAt(i);
      if (code === 62) break; // '>'
      if (code === 47 && xml.charCodeAt(i + 1) === 62) {
        selfClosing = true;
        i++;
        break;
      }
      const nameStart = i;
      while (i < length && !endsName(xml.charCodeAt(i))) i++;
      const attributeName = xml.slice(nameStart, i);
      while (i < length && isWhitespace(xml.charCodeAt(i))) i++;
      if (!attributeName || xml[i] !== '=') throw new XmlProblem('malformed', `bad attribute in <${raw}> at offset ${i}`);
      i++;
      while (i < length && isWhitespace(xml.charCodeAt(i))) i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new XmlProblem('malformed', `unquoted attribute in <${raw}> at offset ${i}`);
      const valueEnd = xml.indexOf(quote, i + 1);
      if (valueEnd < 0) throw new XmlProblem('malformed', 'unterminated attribute value');
      rawAttributes.push([attributeName, decodeEntities(xml.slice(i + 1, valueEnd))]);
      i = valueEnd + 1;
    }
    const end = i + 1;
    if (stack.length === 0 && seenRoot) throw new XmlProblem('malformed', 'more than one root element');
    seenRoot = true;

    let tagScope = scope;
    for (const [attributeName, value] of rawAttributes) {
      if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) {
        if (tagScope === scope) tagScope = new Map(scope);
        tagScope.set(attributeName === 'xmlns' ? '' : attributeName.slice(6), value);
      }
    }
    const depth = stack.length + 1;
    if (depth > maxDepth) throw new XmlProblem('too-deep', `elements nested more than ${maxDepth} deep`);
    const name = canonicalName(raw, tagScope, true);
    const attributes = new Map<string, string>();
    for (const [attributeName, value] of rawAttributes) {
      if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) continue;
      attributes.set(canonicalName(attributeName, tagScope, false), value);
    }
    const colon = raw.indexOf(':');
    visitor.open?.({ name, sourcePrefix: colon < 0 ? '' : raw.slice(0, colon), attributes, start: at, end, selfClosing, depth });
    if (selfClosing) {
      visitor.close?.(name, end);
    } else {
      stack.push({ name, raw, scope: tagScope });
      scope = tagScope;
    }
    at = end;
  }
  if (stack.length > 0) throw new XmlProblem('malformed', `the element <${stack[stack.length - 1].raw}> is never closed (truncated)`);
  if (!seenRoot) throw new XmlProblem('malformed', 'no root element');
}

function canonicalName(raw: string, scope: Map<string, string>, isElement: boolean): string {
  const colon = raw.indexOf(':');
  // Unprefixed attributes have no namespace; unprefixed elements take the default one.
  if (colon < 0 && !isElement) return raw;
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  const uri = scope.get(prefix);
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIXES.get(uri);
  if (canonical) return `${canonical}:${local}`;
  return raw;
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new XmlProblem('malformed', `unterminated ${terminator === '-->' ? 'comment' : 'processing instruction'}`);
  return end + terminator.length;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface XmlTreeVisitor {
  /** `path` holds the canonical names of the element's ancestors, root first. */
  open?(tag: XmlTag, path: readonly string[]): void;
  close?(name: string, end: number, path: readonly string[]): void;
  text?(text: string, path: readonly string[]): void;
}

/**
 * scanXml with ancestor paths, reading markup-compatibility blocks the way a reader that knows no extensions
 * must: an mc:AlternateContent is replaced by its mc:Fallback, and mc:Choice content is never seen.
 */
export function scanXmlTree(xml: string, visitor: XmlTreeVisitor, maxDepth = MAX_XML_DEPTH): void {
  const path: string[] = [];
  // One entry per open element: whether it was pushed on `path` (transparent wrappers are not).
  const pushed: boolean[] = [];
  let hiddenDepth = 0;
  scanXml(
    xml,
    {
      open(tag) {
        if (hiddenDepth > 0 || tag.name === 'mc:Choice') {
          hiddenDepth++;
          pushed.push(false);
          return;
        }
        if (tag.name === 'mc:AlternateContent' || tag.name === 'mc:Fallback') {
          pushed.push(false);
          return;
        }
        visitor.open?.(tag, path);
        path.push(tag.name);
        pushed.push(true);
      },
      close(name, end) {
        const wasPushed = pushed.pop();
        if (hiddenDepth > 0) {
          hiddenDepth--;
          return;
        }
        if (!wasPushed) return;
        path.pop();
        visitor.close?.(name, end, path);
      },
      text(text) {
        if (hiddenDepth === 0) visitor.text?.(text, path);
      },
    },
    maxDepth,
  );
}

/** Word's on/off values: absent value means on. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}
