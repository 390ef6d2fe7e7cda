import { normaliseInline } from '../../document/normalise';
import { scanXmlTree } from './xml-scanner';

/** docProps/core.xml dc:title, normalised; null when absent or empty. */
export function readCoreTitle(xml: string | null): string | null {
  if (!xml) return null;
  let title = '';
  scanXmlTree(xml, {
    text(text, path) {
      if (path.length === 2 && path[1] === 'dc:title') title += text;
    },
  });
  return normaliseInline(title) || null;
}

/** docProps/app.xml <Pages>: the page count Word recorded when it last saved (LibreOffice omits it). */
export function readPageCount(xml: string | null): number | null {
  if (!xml) return null;
  let pages = '';
  scanXmlTree(xml, {
    text(text, path) {
      if (path.length === 2 && path[1] === 'ep:Pages') pages += text;
    },
  });
  const count = Number(pages.trim());
  return pages.trim() && Number.isInteger(count) && count > 0 ? count : null;
}

const PLACEHOLDER_TITLES = /^(untitled|document\s*\d*|title|doc\d*|microsoft word\b.*|click here\b.*|enter title\b.*|\[?title\]?)$/i;
const FILE_NAME = /\.(docx?|dotx?|pdf|odt|rtf|txt|md)$/i;

/**
 * Whether a dc:title is a title a person gave the document, rather than what tools leave behind: empty,
 * template placeholders ("Document1", "Microsoft Word - x.doc"), a file name, or a slug such as
 * "apache-2.0" (converters copy the source file's name into the property).
 */
export function isRealTitle(title: string, fileStem: string): boolean {
  const t = title.trim();
  if (t.length < 2) return false;
  if (PLACEHOLDER_TITLES.test(t) || FILE_NAME.test(t)) return false;
  if (t.toLowerCase() === fileStem.trim().toLowerCase()) return false;
  if (!/\s/.test(t) && /[-_]/.test(t)) return false;
  return /\p{L}/u.test(t);
}
