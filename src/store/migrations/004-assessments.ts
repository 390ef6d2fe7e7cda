import type { Migration } from './types';

/**
 * Assessments: a model + an intended use, the library documents that apply (each in a role), a verdict per topic
 * (pre-filled from the analysis, editable with a rationale), the overall decision, conditions, open questions.
 */
export const migration004: Migration = {
  version: 4,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        model_name TEXT NOT NULL,
        intended_use TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-review', 'decided')),
        decision TEXT CHECK (decision IN ('approved', 'approved-with-conditions', 'rejected', 'needs-information')),
        conditions_json TEXT NOT NULL DEFAULT '[]',
        open_questions_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        decided_at TEXT
      ) STRICT;

      CREATE TABLE assessment_documents (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('weights-license', 'code-license', 'training-data-license', 'acceptable-use-policy', 'service-terms', 'other')),
        position INTEGER NOT NULL,
        PRIMARY KEY (assessment_id, document_id, role)
      ) STRICT;
      CREATE INDEX assessment_documents_document ON assessment_documents(document_id);

      CREATE TABLE assessment_verdicts (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        conditions TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        deciding_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        deciding_findings_json TEXT NOT NULL DEFAULT '[]',
        prefill_json TEXT,
        warnings_json TEXT NOT NULL DEFAULT '[]',
        edited_by TEXT,
        edited_at TEXT,
        PRIMARY KEY (assessment_id, topic)
      ) STRICT;
    `);
  },
};
