// markdown-it-footnote ships no types; it is a markdown-it plugin (see ./parse).
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';
  export default function footnotes(md: MarkdownIt): void;
}
