-- Provenance as the relate stage infers it, kept up to date article by
-- article: each article's immediate source (one row at most: an article
-- or an external outlet) and its story. The placeholder tables of 0001 are
-- replaced; nothing wrote to them.
DROP TABLE provenance_edges;
DROP TABLE stories;

-- story_id is the lowest article ID among the articles linked to this one
-- by relations (its own ID when it has none), so that a story keeps its ID
-- as later articles join it; NULL until the article has been related.
ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_story ON articles(story_id);

CREATE TABLE provenance_edges (
    to_article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    from_article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE, -- NULL for an external source
    external_outlet TEXT NOT NULL DEFAULT '',
    external_url    TEXT NOT NULL DEFAULT '',
    external_name   TEXT NOT NULL DEFAULT '',
    relation        TEXT NOT NULL,
    score           REAL NOT NULL DEFAULT 0,
    confidence      REAL NOT NULL,
    conflict        INTEGER NOT NULL DEFAULT 0,
    evidence        TEXT NOT NULL DEFAULT '[]', -- JSON list of evidence items (PRODUCT.md)
    lag_seconds     INTEGER,                    -- to's publication minus from's, when both are known
    CHECK (from_article_id IS NOT NULL OR external_outlet <> '')
);
CREATE INDEX provenance_edges_from ON provenance_edges(from_article_id);
