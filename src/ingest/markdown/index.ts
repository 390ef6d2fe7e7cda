import { DocumentBuilder } from '../../document/builder';
import type { DocumentModel } from '../../document/model';
import { normaliseInline } from '../../document/normalise';
import { titleFromFileName, type ImportContext } from '../context';
import { MarkdownBlockWriter } from './blocks';
import { frontMatterTitle } from './front-matter';
import { prepareMdx } from './mdx';
import { parseMarkdown } from './parse';

/**
 * Markdown (CommonMark + GFM tables, footnotes, task lists and strikethrough; YAML/TOML front matter; MDX read as
 * Markdown; see ./parse)
 * -> document model. The title is the front matter's `title`, else the first of the top-most headings, else the
 * file name.
 */
export function importMarkdown(text: string, bytes: Uint8Array, ctx: ImportContext): DocumentModel {
  const mdx = /\.mdx$/i.test(ctx.name);
  const source = normaliseLineEnds(mdx ? prepareMdx(normaliseLineEnds(text)) : text);
  const tree = parseMarkdown(source);

  let declaredTitle: string | null = null;
  const first = tree.children[0] as { type: string; value?: string } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml')) declaredTitle = frontMatterTitle(first.type, first.value ?? '');

  const builder = new DocumentBuilder();
  const writer = new MarkdownBlockWriter(builder, { mdx });
  writer.writeRoot(tree);

  const top = writer.headings.reduce((m, h) => Math.min(m, h.level), 6);
  const heading = writer.headings.find((h) => h.level === top);
  const title = normaliseInline(declaredTitle ?? heading?.text ?? '') || titleFromFileName(ctx.name);
  return builder.build({ bytes, format: 'markdown', title, pageCount: null, warnings: ctx.warnings });
}

/** CRLF and lone CR (old Mac files) read as LF. */
function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
