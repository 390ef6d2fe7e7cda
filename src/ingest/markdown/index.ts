import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { DocumentBuilder } from '../../document/builder';
import type { DocumentModel } from '../../document/model';
import { normaliseInline } from '../../document/normalise';
import { titleFromFileName, type ImportContext } from '../context';
import { MarkdownBlockWriter } from './blocks';
import { frontMatterTitle } from './front-matter';
import { prepareMdx } from './mdx';

const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * Markdown (CommonMark + GFM tables, autolinks and strikethrough; YAML/TOML front matter; MDX read as Markdown)
 * -> document model. The title is the front matter's `title`, else the first of the top-most headings, else the
 * file name.
 */
export function importMarkdown(text: string, bytes: Uint8Array, ctx: ImportContext): DocumentModel {
  const mdx = /\.mdx$/i.test(ctx.name);
  const source = normaliseLineEnds(mdx ? prepareMdx(normaliseLineEnds(text)) : text);
  const tree = parseMarkdown(source);

  const definitions = new Map<string, string>();
  let declaredTitle: string | null = null;
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (node.type === 'yaml' && declaredTitle === null) declaredTitle = frontMatterTitle('yaml', node.value);
    else if ((node as { type: string }).type === 'toml' && declaredTitle === null) {
      // mdast-util-frontmatter makes TOML nodes at run time; mdast's types only declare YAML.
      declaredTitle = frontMatterTitle('toml', (node as unknown as { value: string }).value);
    }
  }

  const builder = new DocumentBuilder();
  const writer = new MarkdownBlockWriter(builder, { source, definitions, mdx });
  writer.writeRoot(tree);

  const top = writer.headings.reduce((m, h) => Math.min(m, h.level), 6);
  const heading = writer.headings.find((h) => h.level === top);
  const title = normaliseInline(declaredTitle ?? heading?.text ?? '') || titleFromFileName(ctx.name);
  return builder.build({ bytes, format: 'markdown', title, pageCount: null, warnings: ctx.warnings });
}

/**
 * GitHub Flavored Markdown without its autolink literals: a bare address reads the same as text or as a link
 * whose label is its address (the text rules print it once either way), and finding them costs more than half
 * of the parse. Single tildes are not strikethrough (addresses such as /~user/ keep their characters).
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfmTable(), gfmStrikethrough({ singleTilde: false }), gfmFootnote(), gfmTaskListItem(), frontmatter([...FRONT_MATTER])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])],
  });
}

/** CRLF and lone CR (old Mac files) read as LF, so offsets into the source match what the parser saw. */
function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
