/**
 * Markdown source -> an mdast tree (the syntax tree the block writer walks), parsed by markdown-it: CommonMark
 * with GitHub's tables and `~~strikethrough~~`, GFM footnotes (markdown-it-footnote, definitions kept where the
 * author wrote them), task-list checkboxes dropped from the item text, and YAML (`---`) or TOML (`+++`) front
 * matter read by us. Raw HTML is kept as html nodes (the writer reads its text; nothing is rendered), bare
 * addresses are not turned into links (a bare address reads the same either way) and typographic replacements
 * are off, so the text is exactly what the author typed.
 *
 * markdown-it rather than micromark: the same CommonMark reading at a fraction of the cost (a 46,000-character
 * set of terms parses in about 10 ms instead of about 80 ms), which is most of the time a Markdown import takes.
 */
import markdownItParser, { type MarkdownIt, type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import type { BlockContent, DefinitionContent, FootnoteDefinition, List, ListItem, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';

declare module 'mdast' {
  interface ListItemData {
    /** "." or ")" after an ordered item's number, as the author typed it. */
    delimiter?: string;
  }
  interface LinkData {
    /** Written `<https://…>`: its text is its address. */
    autolink?: boolean;
  }
}

let parser: MarkdownIt | null = null;

function markdownIt(): MarkdownIt {
  if (parser) return parser;
  const md = markdownItParser('default', { html: true, linkify: false, typographer: false, breaks: false });
  // Link targets are text here, never followed or rendered: every target is kept exactly as the author wrote it
  // (markdown-it would percent-encode and punycode it, and turn a `javascript:` link back into bracketed source).
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.use(footnotes);
  // GFM footnotes only ("[^1]" and "[^1]: …"), and each definition stays where it is in the document
  // (the plugin would otherwise drop unreferenced ones and move the rest to the end).
  md.inline.ruler.disable('footnote_inline');
  md.core.ruler.disable('footnote_tail');
  parser = md;
  return md;
}

/** Front matter: a fenced block at the very start of the file (the closing fence alone on its line). */
const FRONT_MATTER = [
  { type: 'yaml', open: /^---[ \t]*\n/, close: /^---[ \t]*$/m },
  { type: 'toml', open: /^\+\+\+[ \t]*\n/, close: /^\+\+\+[ \t]*$/m },
] as const;

/** The front matter block at the very start of the file, and the source after it. */
function splitFrontMatter(source: string): { node: { type: 'yaml' | 'toml'; value: string } | null; body: string } {
  for (const { type, open, close } of FRONT_MATTER) {
    const opening = open.exec(source);
    if (!opening) continue;
    const rest = source.slice(opening[0].length);
    const end = close.exec(rest);
    if (!end) continue;
    return { node: { type, value: rest.slice(0, end.index).replace(/\n$/, '') }, body: rest.slice(end.index + end[0].length) };
  }
  return { node: null, body: source };
}

type Container = Root | Parent;

/** Markdown text -> mdast Root. */
export function parseMarkdown(source: string): Root {
  const { node: frontMatter, body } = splitFrontMatter(source);
  const tokens = markdownIt().parse(body, {});
  const root: Root = { type: 'root', children: [] };
  if (frontMatter) (root.children as unknown[]).push(frontMatter);
  const stack: Container[] = [root];
  const top = () => stack[stack.length - 1];
  const append = (node: RootContent | BlockContent | DefinitionContent | ListItem | TableRow | TableCell) => {
    (top().children as unknown[]).push(node);
  };
  const open = (node: Parent) => {
    append(node as BlockContent);
    stack.push(node);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        append({ type: 'heading', depth: Number(t.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: inline?.type === 'inline' ? phrasing(inline.children ?? []) : [] });
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const children = inline?.type === 'inline' ? phrasing(inline.children ?? []) : [];
        const parent = top();
        // "[ ] " / "[x] " opening a list item's first paragraph is a GFM task checkbox, not text.
        if (parent.type === 'listItem' && parent.children.length === 0) dropTaskCheckbox(children, parent as ListItem);
        append({ type: 'paragraph', children });
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const list: List = { type: 'list', ordered, spread: false, children: [] };
        if (ordered) list.start = Number(t.attrGet('start') ?? 1);
        open(list);
        break;
      }
      case 'list_item_open': {
        const item: ListItem = { type: 'listItem', spread: false, children: [] };
        if (t.markup === '.' || t.markup === ')') item.data = { delimiter: t.markup };
        open(item);
        break;
      }
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] } as Parent);
        break;
      case 'footnote_reference_open':
        open({ type: 'footnoteDefinition', identifier: String(t.meta?.label ?? ''), label: String(t.meta?.label ?? ''), children: [] } as FootnoteDefinition);
        break;
      case 'table_open':
        open({ type: 'table', children: [] } as Table);
        break;
      case 'tr_open':
        open({ type: 'tableRow', children: [] } as TableRow);
        break;
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        append({ type: 'tableCell', children: inline?.type === 'inline' ? phrasing(inline.children ?? []) : [] });
        i += 2;
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'footnote_reference_close':
      case 'table_close':
      case 'tr_close':
        stack.pop();
        break;
      case 'code_block':
      case 'fence':
        append({ type: 'code', lang: t.info.trim().split(/\s+/)[0] || null, value: t.content.replace(/\n$/, '') });
        break;
      case 'html_block':
        append({ type: 'html', value: t.content.replace(/\n$/, '') });
        break;
      case 'hr':
        append({ type: 'thematicBreak' });
        break;
      default:
        // thead/tbody wrappers, and anything a future rule adds: no text of their own.
        break;
    }
  }
  return root;
}

/** Inline tokens -> mdast phrasing content; soft line breaks stay as "\n" in the text, as in mdast. */
function phrasing(tokens: Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const top = () => stack[stack.length - 1].children;
  const text = (value: string) => {
    if (!value) return;
    const children = top();
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    top().push(node);
    stack.push(node);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        text(t.content);
        break;
      case 'softbreak':
        text('\n');
        break;
      case 'hardbreak':
        top().push({ type: 'break' });
        break;
      case 'code_inline':
        top().push({ type: 'inlineCode', value: t.content });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open': {
        const link = { type: 'link' as const, url: String(t.attrGet('href') ?? ''), children: [] as PhrasingContent[] };
        if (t.markup === 'autolink') (link as { data?: { autolink: boolean } }).data = { autolink: true };
        open(link as PhrasingContent & { children: PhrasingContent[] });
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      case 'image':
        top().push({ type: 'image', url: String(t.attrGet('src') ?? ''), alt: plainText(t.children ?? []) });
        break;
      case 'html_inline':
        top().push({ type: 'html', value: t.content });
        break;
      case 'footnote_ref': {
        const label = String(t.meta?.label ?? '');
        top().push({ type: 'footnoteReference', identifier: label, label });
        break;
      }
      default:
        if (t.content) text(t.content);
    }
  }
  return root.children;
}

/** An image's alternative text: its inline content without markup. */
function plainText(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
    else if (t.type === 'image') out += plainText(t.children ?? []);
    else if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline') out += t.content;
  }
  return out;
}

const TASK_CHECKBOX = /^\[[ xX]\][ \t]+(?=\S)/;

function dropTaskCheckbox(children: PhrasingContent[], item: ListItem): void {
  const first = children[0];
  if (first?.type !== 'text') return;
  const m = TASK_CHECKBOX.exec(first.value);
  if (!m) return;
  item.checked = m[0][1] !== ' ';
  first.value = first.value.slice(m[0].length);
  if (!first.value) children.shift();
}
