-- Full-text search over each article's newest version: its title and text.
--
-- echotrace_search is the 'simple' configuration (no stemming and no stop
-- words: a corpus mixes languages, and a name must be found as written)
-- with unaccent in front of it for words that are not plain ASCII, so that
-- Kyïv = Kyiv and café = cafe, in the index and in queries alike, as
-- SQLite's unicode61 remove_diacritics 2 does. unaccent ships with
-- PostgreSQL's contrib and is a trusted extension; where it cannot be
-- installed, search still works but tells diacritics apart.
DO $$
DECLARE
    unaccent_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'echotrace: the unaccent extension is not available (%): search will tell diacritics apart', SQLERRM;
    END;
    CREATE TEXT SEARCH CONFIGURATION echotrace_search (COPY = pg_catalog.simple);
    -- The extension may live in a schema that is not on the search path:
    -- name its dictionary with its schema.
    SELECT n.nspname INTO unaccent_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    IF unaccent_schema IS NOT NULL THEN
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION echotrace_search
            ALTER MAPPING FOR word, hword, hword_part WITH %I.unaccent, simple', unaccent_schema);
    END IF;
END
$$;

-- One row per article, for its newest version (latest seen_at, then the
-- highest number: the store's reads use the same order), with what search
-- filters and orders on beside the document, so that ranking reads this
-- table only. The outlet is a filter, not indexed text: it changes when
-- outlets are reassigned.
CREATE TABLE search_docs (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version_id BIGINT NOT NULL UNIQUE,
    outlet_id  BIGINT NOT NULL,
    published  TIMESTAMPTZ,                 -- NULL when unknown
    lang       TEXT NOT NULL,               -- lower case
    newest     TIMESTAMPTZ NOT NULL,        -- published, or first seen: orders equal scores
    -- The title weighs A and the text D, so that ranking can count a word
    -- in the title for more.
    document   TSVECTOR NOT NULL
);
CREATE INDEX search_docs_document ON search_docs USING GIN (document);

-- search_refresh makes search_docs hold an article's newest version.
-- changed is the version a trigger saw change (NULL for a deletion): when
-- the index already holds the newest version and that is not the one that
-- changed, nothing is redone, so that an older capture arriving late (as
-- WARC files deliver them) costs no tokenizing.
CREATE FUNCTION search_refresh(article BIGINT, changed BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    newest_id BIGINT;
BEGIN
    SELECT v.id INTO newest_id FROM article_versions v
    WHERE v.article_id = article ORDER BY v.seen_at DESC, v.number DESC LIMIT 1;
    IF newest_id IS NULL THEN
        DELETE FROM search_docs WHERE article_id = article;
        RETURN;
    END IF;
    IF newest_id IS DISTINCT FROM changed
       AND EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = article AND d.version_id = newest_id) THEN
        RETURN;
    END IF;
    INSERT INTO search_docs (article_id, version_id, outlet_id, published, lang, newest, document)
    SELECT a.id, v.id, a.outlet_id, v.published, lower(v.lang), coalesce(v.published, a.first_seen),
        setweight(to_tsvector('echotrace_search', v.title), 'A') || setweight(to_tsvector('echotrace_search', v.text), 'D')
    FROM article_versions v JOIN articles a ON a.id = v.article_id
    WHERE v.id = newest_id
    ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id, outlet_id = excluded.outlet_id,
        published = excluded.published, lang = excluded.lang, newest = excluded.newest, document = excluded.document;
END
$$;

CREATE FUNCTION search_version_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM search_refresh(OLD.article_id, NULL);
        RETURN OLD;
    END IF;
    PERFORM search_refresh(NEW.article_id, NEW.id);
    RETURN NEW;
END
$$;

-- A new version, a version whose seen_at moved (which may change which one
-- is the newest), a version rewritten by re-extraction, a version gone.
CREATE TRIGGER search_version_added AFTER INSERT ON article_versions
    FOR EACH ROW EXECUTE FUNCTION search_version_changed();
CREATE TRIGGER search_version_updated AFTER UPDATE OF seen_at, title, text, published, lang ON article_versions
    FOR EACH ROW WHEN (OLD.seen_at IS DISTINCT FROM NEW.seen_at OR OLD.title IS DISTINCT FROM NEW.title
        OR OLD.text IS DISTINCT FROM NEW.text OR OLD.published IS DISTINCT FROM NEW.published
        OR OLD.lang IS DISTINCT FROM NEW.lang)
    EXECUTE FUNCTION search_version_changed();
CREATE TRIGGER search_version_deleted AFTER DELETE ON article_versions
    FOR EACH ROW EXECUTE FUNCTION search_version_changed();

-- An article moved to another outlet (outlet mappings) or first seen
-- earlier than thought: its filters change, not its document.
CREATE FUNCTION search_article_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_docs SET outlet_id = NEW.outlet_id, newest = coalesce(published, NEW.first_seen)
    WHERE article_id = NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER search_article_changed AFTER UPDATE OF outlet_id, first_seen ON articles
    FOR EACH ROW WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR OLD.first_seen IS DISTINCT FROM NEW.first_seen)
    EXECUTE FUNCTION search_article_changed();
