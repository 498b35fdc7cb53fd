-- Full-text search over each article's newest version: its title and text.
--
-- search_index is an FTS5 table with external content: it stores only the
-- inverted index, and reads titles and texts (for snippets) from
-- article_versions by rowid, so the text is not stored twice. Its rowid is
-- the version's ID; only the newest version of each article is indexed, so
-- that an article is found by what it says now, not by a text it replaced.
--
-- The outlet is not indexed as text: it is a filter (search_docs), and it
-- changes when outlets are reassigned, which would leave the index stale.
--
-- unicode61 with remove_diacritics 2 folds case and Latin diacritics
-- (Kyïv = Kyiv, café = cafe) in the index and in queries alike.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, text,
    content = 'article_versions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What search filters and orders on, one row per article, for the version
-- search_index holds. A query that matches a common word ranks tens of
-- thousands of rows; reading each one's filters from article_versions
-- (a page or more per row, for the text) cost several times the ranking
-- itself. This table is small and keyed like search_index, so a query
-- reads it in order. An external-content index can only forget a row
-- when told the exact values it indexed, and version_id says which row
-- that is.
CREATE TABLE search_docs (
    version_id INTEGER PRIMARY KEY,             -- search_index's rowid
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id),
    outlet_id  INTEGER NOT NULL,
    published  TEXT,                            -- NULL when unknown
    lang       TEXT NOT NULL,                   -- lower case
    newest     TEXT NOT NULL                    -- published, or first seen: orders equal scores
);

-- The relation filter asks, for each matching article, whether it has a
-- relation of a kind; these answer from the index alone.
CREATE INDEX search_relations_a ON relations(a_id, relation);
CREATE INDEX search_relations_b ON relations(b_id, relation);

-- The triggers keep the index on each article's newest version (the same
-- order as the store's reads: latest seen_at, then highest number) as
-- Ingest adds versions, moves a version's seen_at earlier, and Reextract
-- rewrites a version. Each one forgets what the index holds for the
-- article, then indexes the newest version. Versions change a few at a
-- time, so a trigger's extra work is one article's text.

-- A new version: the index changes only when it is the newest (a capture
-- older than the current text, as WARC files deliver them, is not).
CREATE TRIGGER search_version_added AFTER INSERT ON article_versions
WHEN NEW.id = (SELECT n.id FROM article_versions n WHERE n.article_id = NEW.article_id
               ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text)
        SELECT 'delete', v.id, v.title, v.text
        FROM search_docs d JOIN article_versions v ON v.id = d.version_id
        WHERE d.article_id = NEW.article_id;
    INSERT OR REPLACE INTO search_docs(version_id, article_id, outlet_id, published, lang, newest)
        SELECT NEW.id, a.id, a.outlet_id, NEW.published, lower(NEW.lang), coalesce(NEW.published, a.first_seen)
        FROM articles a WHERE a.id = NEW.article_id;
    INSERT INTO search_index(rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
END;

-- A changed version: what search shows of it when it is the indexed one,
-- or its seen_at, which may change which version is the newest. The index
-- holds the OLD values of this row when it is the indexed one, and the
-- current values of another row otherwise (that row did not change).
CREATE TRIGGER search_version_changed AFTER UPDATE OF seen_at, title, text, published, lang ON article_versions
WHEN OLD.seen_at IS NOT NEW.seen_at
  OR ((OLD.title IS NOT NEW.title OR OLD.text IS NOT NEW.text
       OR OLD.published IS NOT NEW.published OR OLD.lang IS NOT NEW.lang)
      AND OLD.id IN (SELECT version_id FROM search_docs))
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text)
        SELECT 'delete', d.version_id,
               CASE WHEN d.version_id = OLD.id THEN OLD.title ELSE v.title END,
               CASE WHEN d.version_id = OLD.id THEN OLD.text ELSE v.text END
        FROM search_docs d JOIN article_versions v ON v.id = d.version_id
        WHERE d.article_id = OLD.article_id;
    INSERT OR REPLACE INTO search_docs(version_id, article_id, outlet_id, published, lang, newest)
        SELECT n.id, a.id, a.outlet_id, n.published, lower(n.lang), coalesce(n.published, a.first_seen)
        FROM article_versions n JOIN articles a ON a.id = n.article_id
        WHERE n.article_id = NEW.article_id
        ORDER BY n.seen_at DESC, n.number DESC LIMIT 1;
    INSERT INTO search_index(rowid, title, text)
        SELECT v.id, v.title, v.text
        FROM search_docs d JOIN article_versions v ON v.id = d.version_id
        WHERE d.article_id = NEW.article_id;
END;

-- Nothing deletes versions today; if something does, the index must not
-- keep pointing at a row that is gone.
CREATE TRIGGER search_version_deleted AFTER DELETE ON article_versions
WHEN OLD.id IN (SELECT version_id FROM search_docs)
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
    DELETE FROM search_docs WHERE version_id = OLD.id;
    INSERT INTO search_docs(version_id, article_id, outlet_id, published, lang, newest)
        SELECT n.id, a.id, a.outlet_id, n.published, lower(n.lang), coalesce(n.published, a.first_seen)
        FROM article_versions n JOIN articles a ON a.id = n.article_id
        WHERE n.article_id = OLD.article_id
        ORDER BY n.seen_at DESC, n.number DESC LIMIT 1;
    INSERT INTO search_index(rowid, title, text)
        SELECT v.id, v.title, v.text
        FROM search_docs d JOIN article_versions v ON v.id = d.version_id
        WHERE d.article_id = OLD.article_id;
END;

-- An article moved to another outlet (outlet mappings) or first seen
-- earlier than thought.
CREATE TRIGGER search_article_changed AFTER UPDATE OF outlet_id, first_seen ON articles
BEGIN
    UPDATE search_docs SET outlet_id = NEW.outlet_id, newest = coalesce(published, NEW.first_seen)
    WHERE article_id = NEW.id;
END;

-- Index the articles already stored.
INSERT INTO search_docs(version_id, article_id, outlet_id, published, lang, newest)
    SELECT v.id, a.id, a.outlet_id, v.published, lower(v.lang), coalesce(v.published, a.first_seen)
    FROM articles a
    JOIN article_versions v ON v.id = (SELECT n.id FROM article_versions n WHERE n.article_id = a.id
                                      ORDER BY n.seen_at DESC, n.number DESC LIMIT 1);
INSERT INTO search_index(rowid, title, text)
    SELECT v.id, v.title, v.text
    FROM search_docs d JOIN article_versions v ON v.id = d.version_id
    ORDER BY v.id;
