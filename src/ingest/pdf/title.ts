import { normaliseInline } from '../../document/normalise';
import { titleFromFileName } from '../context';
import type { ClassifiedBlock } from './classify';

/**
 * The document's title: the PDF's own Title when it looks like one, else its first unnumbered heading (the
 * largest on the first two pages), else the file name. Producers often fill Title with a file name or a slug
 * ("bigdev4.html", "cc-by-nc-4.0-legalcode", "Microsoft Word - draft.docx"), which is no title.
 */
export function pdfTitle(metadataTitle: unknown, blocks: readonly ClassifiedBlock[], headingTexts: readonly string[], fileName: string): string {
  if (typeof metadataTitle === 'string' && looksLikeTitle(metadataTitle)) return normaliseInline(metadataTitle);
  let best: { text: string; size: number } | undefined;
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || block.number || block.group.lines[0].page > 2) return;
    if (!best || block.size > best.size) best = { text: headingTexts[i], size: block.size };
  });
  if (best && best.text.length <= 200) return best.text;
  return titleFromFileName(fileName);
}

export function looksLikeTitle(raw: string): boolean {
  const title = normaliseInline(raw);
  if ((title.match(/\p{L}/gu) ?? []).length < 3 || title.length > 200) return false;
  if (/^(untitled|document\d*|microsoft (word|powerpoint|excel)\b)/i.test(title)) return false;
  if (/\.(html?|pdf|docx?|rtf|txt|md|odt|pages|tex|xml)$/i.test(title)) return false;
  // A slug or a path: no spaces, words tied with - _ . or /.
  if (!/\s/.test(title) && /[-_./\\]/.test(title)) return false;
  return true;
}
