-- Full-text search over each article's newest version: its title and text.
--
-- search_index is an FTS5 table with external content: it stores only the
-- inverted index, and reads titles and texts (for snippets) from
-- article_versions by rowid, so the text is not stored twice. Its rowid is
-- the version's ID; only the newest version of each article is indexed, so
-- that an article is found by what it says now, not by a text it replaced.
--
-- The outlet is not indexed: it is a filter (a join on articles), and it
-- changes when outlets are reassigned, which would leave the index stale.
--
-- unicode61 with remove_diacritics 2 folds case and Latin diacritics
-- (Kyïv = Kyiv, café = cafe) in the index and in queries alike.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, text,
    content = 'article_versions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Which version of each article search_index holds. An external-content
-- index can only forget a row when told the exact values it indexed, and
-- the triggers below need to know which row that is.
CREATE TABLE search_versions (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    version_id INTEGER NOT NULL UNIQUE
);

-- The triggers keep the index on each article's newest version (the same
-- order as the store's reads: latest seen_at, then highest number) as
-- Ingest adds versions, moves a version's seen_at earlier, and Reextract
-- rewrites a version's title or text. Each one forgets what the index
-- holds for the article, then indexes the newest version. Versions change
-- a few at a time, so a trigger's extra work is one article's text.

-- A new version: the index changes only when it is the newest (a capture
-- older than the current text, as WARC files deliver them, is not).
CREATE TRIGGER search_version_added AFTER INSERT ON article_versions
WHEN NEW.id = (SELECT n.id FROM article_versions n WHERE n.article_id = NEW.article_id
               ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text)
        SELECT 'delete', v.id, v.title, v.text
        FROM search_versions s JOIN article_versions v ON v.id = s.version_id
        WHERE s.article_id = NEW.article_id;
    INSERT OR REPLACE INTO search_versions(article_id, version_id) VALUES (NEW.article_id, NEW.id);
    INSERT INTO search_index(rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
END;

-- A changed version: its title or text when it is the indexed one, or its
-- seen_at, which may change which version is the newest. The index holds
-- the OLD values of this row when it is the indexed one, and the current
-- values of another row otherwise (that row did not change).
CREATE TRIGGER search_version_changed AFTER UPDATE OF seen_at, title, text ON article_versions
WHEN OLD.seen_at IS NOT NEW.seen_at
  OR ((OLD.title IS NOT NEW.title OR OLD.text IS NOT NEW.text)
      AND OLD.id IN (SELECT version_id FROM search_versions))
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text)
        SELECT 'delete', s.version_id,
               CASE WHEN s.version_id = OLD.id THEN OLD.title ELSE v.title END,
               CASE WHEN s.version_id = OLD.id THEN OLD.text ELSE v.text END
        FROM search_versions s JOIN article_versions v ON v.id = s.version_id
        WHERE s.article_id = OLD.article_id;
    INSERT OR REPLACE INTO search_versions(article_id, version_id)
        SELECT NEW.article_id, n.id FROM article_versions n WHERE n.article_id = NEW.article_id
        ORDER BY n.seen_at DESC, n.number DESC LIMIT 1;
    INSERT INTO search_index(rowid, title, text)
        SELECT v.id, v.title, v.text
        FROM search_versions s JOIN article_versions v ON v.id = s.version_id
        WHERE s.article_id = NEW.article_id;
END;

-- Nothing deletes versions today; if something does, the index must not
-- keep pointing at a row that is gone.
CREATE TRIGGER search_version_deleted AFTER DELETE ON article_versions
WHEN OLD.id IN (SELECT version_id FROM search_versions)
BEGIN
    INSERT INTO search_index(search_index, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
    DELETE FROM search_versions WHERE article_id = OLD.article_id;
    INSERT INTO search_versions(article_id, version_id)
        SELECT OLD.article_id, n.id FROM article_versions n WHERE n.article_id = OLD.article_id
        ORDER BY n.seen_at DESC, n.number DESC LIMIT 1;
    INSERT INTO search_index(rowid, title, text)
        SELECT v.id, v.title, v.text
        FROM search_versions s JOIN article_versions v ON v.id = s.version_id
        WHERE s.article_id = OLD.article_id;
END;

-- Index the articles already stored.
INSERT INTO search_versions(article_id, version_id)
    SELECT a.id, (SELECT n.id FROM article_versions n WHERE n.article_id = a.id
                  ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)
    FROM articles a
    WHERE EXISTS (SELECT 1 FROM article_versions n WHERE n.article_id = a.id);
INSERT INTO search_index(rowid, title, text)
    SELECT v.id, v.title, v.text
    FROM search_versions s JOIN article_versions v ON v.id = s.version_id
    ORDER BY v.id;
