import mammoth from 'mammoth';
import { zipSync } from 'fflate';

/**
 * The part of mammoth's document model (lib/documents.js) the importer reads. We take mammoth's *document*,
 * captured through its public transformDocument hook, and never its HTML: structure and text are all we need,
 * and imported markup is never trusted.
 */
export interface MammothDocument {
  type: 'document';
  children: MammothNode[];
  /** mammoth's Notes: resolve() finds the note a reference points to. */
  notes?: { resolve?(reference: { noteType: string; noteId: string }): MammothNote | null };
}

export interface MammothNote {
  type: 'note';
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: MammothNode[];
}

export type MammothNode =
  | {
      type: 'paragraph';
      children: MammothNode[];
      styleId: string | null;
      styleName: string | null;
      /** Direct indentation in twips, as written (strings or null). */
      indent?: { start?: string | null; firstLine?: string | null; hanging?: string | null };
    }
  | { type: 'run'; children: MammothNode[]; styleId: string | null; isBold: boolean; isItalic: boolean; verticalAlignment?: string }
  | { type: 'text'; value: string }
  | { type: 'tab' }
  | { type: 'break'; breakType: 'line' | 'page' | 'column' }
  | { type: 'checkbox'; checked: boolean }
  | { type: 'hyperlink'; children: MammothNode[]; href?: string; anchor?: string }
  | { type: 'table'; children: MammothNode[] }
  | { type: 'tableRow'; children: MammothNode[]; isHeader: boolean }
  | { type: 'tableCell'; children: MammothNode[]; colSpan: number; rowSpan: number }
  | { type: 'noteReference'; noteType: 'footnote' | 'endnote'; noteId: string }
  | { type: 'commentReference' | 'image' | 'bookmarkStart'; children?: undefined };

/**
 * Runs mammoth over a package holding only the given, already checked and inflated parts, stored without
 * compression: JSZip inside mammoth then has nothing to inflate, and no part we did not vet can reach it.
 */
export async function readWithMammoth(parts: Map<string, Uint8Array>): Promise<MammothDocument> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [path, data] of parts) entries[path] = [data, { level: 0 }];
  const zip = zipSync(entries);
  let captured: MammothDocument | null = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) },
    {
      externalFileAccess: false,
      transformDocument: (document: MammothDocument) => {
        captured = document;
        // Nothing left to render: the HTML is never used.
        return { ...document, children: [] };
      },
    },
  );
  if (!captured) throw new Error('mammoth returned no document');
  return captured;
}
