import type { PhrasingContent } from 'mdast';
import type { Segment } from '../../document/builder';
import { htmlToInlineText, newHtmlState, type HtmlState } from './html-text';

export interface InlineContext {
  /** JSX-style tags in .mdx text are tags, not words. */
  mdx: boolean;
}

interface Style {
  bold: boolean;
  italic: boolean;
}

/**
 * Inline Markdown -> builder segments, following the model's text rules: markup dropped, emphasis kept as bold /
 * italic runs, a link as "label (url)" (an autolink or bare URL once; a link to an anchor in the document as its label), an image as its alt text (never fetched),
 * raw HTML as its text content.
 */
export function inlineSegments(nodes: PhrasingContent[], ctx: InlineContext): Segment[] {
  const out: Segment[] = [];
  walk(nodes, ctx, { bold: false, italic: false }, newHtmlState(), out);
  return out;
}

function walk(nodes: PhrasingContent[], ctx: InlineContext, style: Style, html: HtmlState, out: Segment[]): void {
  for (const node of nodes) {
    if (html.hiddenUntil !== null && node.type !== 'html') continue;
    switch (node.type) {
      case 'text':
        push(out, ctx.mdx ? stripJsx(node.value) : node.value, style);
        break;
      case 'inlineCode':
        push(out, node.value, style);
        break;
      case 'emphasis':
        walk(node.children, ctx, { ...style, italic: true }, html, out);
        break;
      case 'strong':
        walk(node.children, ctx, { ...style, bold: true }, html, out);
        break;
      case 'delete':
        walk(node.children, ctx, style, html, out);
        break;
      case 'break':
        push(out, ' ', style);
        break;
      case 'link':
        // "<https://…>" shows its address once; "[label](url)" and "[label][ref]" show both. A link to a place in the
        // same document ("[Section 4](#4-use)", a table of contents) shows its label alone: the anchor is no address.
        walk(node.children, ctx, style, html, out);
        if (!node.data?.autolink && node.url && !node.url.startsWith('#')) push(out, ` (${node.url})`, { bold: false, italic: false });
        break;
      case 'image':
        if (node.alt) push(out, node.alt, style);
        break;
      case 'html':
        push(out, htmlToInlineText(node.value, html), style);
        break;
      case 'footnoteReference':
        push(out, `[${node.label ?? node.identifier}]`, style);
        break;
      default: {
        // Extension nodes we do not know still carry their text in children or value.
        const other = node as { children?: unknown; value?: unknown };
        if (Array.isArray(other.children)) walk(other.children as PhrasingContent[], ctx, style, html, out);
        else if (typeof other.value === 'string') push(out, other.value, style);
      }
    }
  }
}

function push(out: Segment[], text: string, style: Style): void {
  if (!text) return;
  const segment: Segment = { text };
  if (style.bold) segment.bold = true;
  if (style.italic) segment.italic = true;
  out.push(segment);
}

/** Plain text of segments with spaces collapsed (for numbers, headings and titles). */
export function segmentsText(segments: Segment[]): string {
  return segments
    .map((s) => s.text)
    .join('')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** JSX component tags left in MDX text (CommonMark did not take them for HTML) are dropped. */
function stripJsx(text: string): string {
  return text.replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, '');
}
