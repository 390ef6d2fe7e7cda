import type { Migration } from './types';

/**
 * The analysis of each document (licence identification and summary) and its findings, with the reviewer's
 * decision on each finding. A re-analysis replaces suggestions but carries decisions over (see findings repo).
 */
export const migration002: Migration = {
  version: 2,
  name: 'analyses and findings',
  up(db) {
    db.exec(`
      CREATE TABLE analyses (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        rules_version TEXT NOT NULL,
        analyzed_at TEXT NOT NULL,
        license_json TEXT,
        assessment_json TEXT NOT NULL,
        license_id TEXT,
        license_match TEXT,
        commercial_use TEXT NOT NULL
      ) STRICT;

      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL,
        category TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        page INTEGER,
        stance TEXT NOT NULL,
        facts_json TEXT NOT NULL DEFAULT '{}',
        rule TEXT NOT NULL,
        confidence REAL NOT NULL,
        explanation TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
        reviewer_category TEXT,
        reviewed_by TEXT,
        reviewed_at TEXT,
        UNIQUE (document_id, finding_key)
      ) STRICT;

      CREATE INDEX findings_document ON findings(document_id, start);
      CREATE INDEX analyses_commercial ON analyses(commercial_use);
    `);
  },
};
