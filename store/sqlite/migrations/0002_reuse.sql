-- The reuse index: one entry per article, computed from its newest version
-- with a given alias table. Entries are what the in-memory index is
-- rebuilt from at start, so that a restart recomputes nothing. An entry
-- whose version or alias table is not the current one is stale, and the
-- relate stage redoes it.
DROP TABLE fingerprints;
CREATE TABLE reuse_index (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    aliases    TEXT NOT NULL,   -- version of the alias table
    entry      BLOB NOT NULL,   -- reuse.Entry, binary
    indexed_at TEXT NOT NULL
);

ALTER TABLE relations ADD COLUMN measures TEXT NOT NULL DEFAULT '{}';
ALTER TABLE relations ADD COLUMN found_at TEXT NOT NULL DEFAULT '';
CREATE INDEX relations_b ON relations(b_id);
