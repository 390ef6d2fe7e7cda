import type { Migration } from './types';

/**
 * Versions of one licence: notices raised when a newer version of a document an assessment relies on is
 * imported (which categories changed, which assessments and topics it touches).
 * A notice goes with either document; an assessment's link to a notice goes with the assessment.
 */
export const migration005: Migration = {
  version: 5,
  name: 'version notices',
  up(db) {
    db.exec(`
      CREATE TABLE version_notices (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        previous_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        family TEXT NOT NULL,
        created_at TEXT NOT NULL,
        changed_categories_json TEXT NOT NULL DEFAULT '[]',
        material_categories_json TEXT NOT NULL DEFAULT '[]',
        summary_json TEXT NOT NULL DEFAULT '[]',
        counts_json TEXT NOT NULL DEFAULT '{}',
        dismissed_at TEXT,
        dismissed_by TEXT,
        CHECK (document_id <> previous_document_id)
      ) STRICT;
      CREATE INDEX version_notices_document ON version_notices(document_id);
      CREATE INDEX version_notices_previous ON version_notices(previous_document_id);

      CREATE TABLE version_notice_assessments (
        notice_id INTEGER NOT NULL REFERENCES version_notices(id) ON DELETE CASCADE,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        topics_json TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (notice_id, assessment_id)
      ) STRICT;
      CREATE INDEX version_notice_assessments_assessment ON version_notice_assessments(assessment_id);
    `);
  },
};
