import type { Migration } from './types';

/**
 * Counsel's own highlights and comments, and the audit log of every change a reviewer makes. Annotations store
 * both W3C selectors (position and quote with context) so they can be re-anchored in a later version; a delete
 * is soft (deleted_at) so it can be undone, and the audit log keeps the before/after of each change.
 */
export const migration003: Migration = {
  version: 3,
  name: 'annotations and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        tags_json TEXT NOT NULL DEFAULT '[]',
        author TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL CHECK (end > start),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        page INTEGER,
        boxes_json TEXT NOT NULL DEFAULT '[]',
        anchor_status TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_status IN ('anchored', 'needs-confirmation', 'orphaned')),
        anchor_confidence REAL NOT NULL DEFAULT 1,
        carried_from INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX annotations_document ON annotations(document_id, start);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('document', 'finding', 'annotation', 'assessment')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        -- Kept without foreign keys: the trail must outlive what it describes.
        document_id INTEGER,
        assessment_id INTEGER,
        summary TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT
      ) STRICT;
      CREATE INDEX audit_document ON audit_log(document_id, at);
      CREATE INDEX audit_assessment ON audit_log(assessment_id, at);
      CREATE INDEX audit_entity ON audit_log(entity, entity_id, at);
    `);
  },
};
