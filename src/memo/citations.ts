import { pageAt } from '../document/anchors';
import type { DocumentModel } from '../document/model';
import { blockIndexAt, sectionAt } from '../document/sections';
import type { Assessment } from '../store/assessments';
import type { StoredFinding } from '../store/findings';
import type { Library } from '../store/library';
import type { DocumentRecord } from '../store/records';
import { excerpt, printable } from './text';
import type { MemoCitation } from './types';

/**
 * The documents of one assessment with what citing them needs: the memo's ref ("D1"), the title, and the stored
 * text (for section numbers and headings), each read once per memo.
 */
export class AttachedDocuments {
  private readonly records = new Map<number, DocumentRecord | null>();
  private readonly models = new Map<number, DocumentModel>();
  private readonly findingLists = new Map<number, StoredFinding[]>();
  private readonly refs = new Map<number, string>();

  constructor(
    private readonly library: Library,
    readonly attached: Assessment['documents'],
  ) {
    attached.forEach((d, i) => this.refs.set(d.documentId, `D${i + 1}`));
  }

  record(documentId: number): DocumentRecord | null {
    if (!this.records.has(documentId)) {
      try {
        this.records.set(documentId, this.library.documents.get(documentId));
      } catch {
        this.records.set(documentId, null);
      }
    }
    return this.records.get(documentId)!;
  }

  model(documentId: number): DocumentModel {
    let model = this.models.get(documentId);
    if (!model) {
      model = this.library.documents.getModel(documentId);
      this.models.set(documentId, model);
    }
    return model;
  }

  findings(documentId: number): StoredFinding[] {
    let list = this.findingLists.get(documentId);
    if (!list) {
      list = this.library.findings.listForDocument(documentId);
      this.findingLists.set(documentId, list);
    }
    return list;
  }

  ref(documentId: number): string {
    return this.refs.get(documentId) ?? '—';
  }

  title(documentId: number): string {
    return printable(this.record(documentId)?.title ?? `Document ${documentId} (no longer in the library)`);
  }

  /** A citation from what is known without the text (a clause kept with an answer, an orphaned highlight). */
  citation(documentId: number, section: string | null, page: number | null): MemoCitation {
    return { documentId, documentRef: this.ref(documentId), documentTitle: this.title(documentId), section: section ? printable(section) : null, heading: null, page };
  }

  /**
   * The citation of an offset in a document's current text: its section number; where the document numbers
   * nothing there, the heading it sits under, so the reader can still find the passage.
   */
  cite(documentId: number, offset: number, page: number | null): MemoCitation {
    const model = this.model(documentId);
    const section = sectionAt(model, offset);
    return { ...this.citation(documentId, section, page), heading: section ? null : headingAbove(model, offset, this.title(documentId)) };
  }

  /** The citation of an offset, with the page it is printed on (for paged formats). */
  citeOffset(documentId: number, offset: number): MemoCitation {
    return this.cite(documentId, offset, pageAt(this.model(documentId), offset));
  }

  /**
   * The citation of a clause an answer rests on: from the finding's place in the current text when the library
   * still holds that finding with the same words, else as it was recorded with the answer.
   */
  citeClause(documentId: number, clause: { findingId: number; quote: string; section: string | null; page: number | null }): MemoCitation {
    const live = this.record(documentId) ? this.findings(documentId).find((f) => f.findingId === clause.findingId && f.quote === clause.quote) : undefined;
    return live ? this.cite(documentId, live.start, live.page) : this.citation(documentId, clause.section, clause.page);
  }
}

/** The text of the nearest heading before an offset, unless it is only the document's own title. */
function headingAbove(model: DocumentModel, offset: number, title: string): string | null {
  for (let i = blockIndexAt(model.blocks, offset); i >= 0; i--) {
    const block = model.blocks[i];
    if (block.kind !== 'heading') continue;
    const text = printable(model.text.slice(block.start, block.end));
    if (i === 0 || text.toLowerCase() === title.toLowerCase()) return null;
    return excerpt(text, 60);
  }
  return null;
}
