import type { Migration } from './types';

/** Documents, their original bytes (evidence), their blocks, and the full-text index over block text. */
export const migration001: Migration = {
  version: 1,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        family TEXT,
        version_label TEXT,
        effective_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'markdown', 'text')),
        source_name TEXT NOT NULL,
        byte_length INTEGER NOT NULL,
        page_count INTEGER,
        characters INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Kept apart from documents so listing the library never reads the blobs.
      CREATE TABLE document_files (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      ) STRICT;

      CREATE TABLE document_texts (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        pages_json TEXT NOT NULL DEFAULT '[]',
        warnings_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;

      CREATE TABLE blocks (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        block_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list-item', 'table-cell')),
        level INTEGER NOT NULL,
        number TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        page INTEGER,
        extra_json TEXT,
        PRIMARY KEY (document_id, ordinal)
      ) STRICT, WITHOUT ROWID;

      -- One row per block; rowid links back to blocks through (document_id, ordinal) kept unindexed.
      CREATE VIRTUAL TABLE blocks_fts USING fts5(
        text,
        document_id UNINDEXED,
        ordinal UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE INDEX documents_kind ON documents(kind);
      CREATE INDEX documents_family ON documents(family);
    `);
  },
};
