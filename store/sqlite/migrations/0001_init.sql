-- The foundation schema. Times are TEXT in a fixed-width RFC 3339 UTC form
-- (2006-01-02T15:04:05.000000Z) so that they sort as strings; hashes are
-- 32-byte BLOBs. Uniqueness lives here, not in application code.

CREATE TABLE outlets (
    id         INTEGER PRIMARY KEY,
    domain     TEXT NOT NULL UNIQUE,       -- registrable domain (eTLD+1) or as mapped
    created_at TEXT NOT NULL
);

-- User-editable exceptions to the public suffix list: a host and its
-- subdomains belong to the given outlet.
CREATE TABLE outlet_mappings (
    host   TEXT PRIMARY KEY,
    outlet TEXT NOT NULL
);

-- User-defined groups of outlets (a suspected network, a newspaper chain).
CREATE TABLE outlet_groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE outlet_group_members (
    group_id  INTEGER NOT NULL REFERENCES outlet_groups(id) ON DELETE CASCADE,
    outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, outlet_id)
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL UNIQUE,       -- canonical URL: the article's identity
    outlet_id  INTEGER NOT NULL REFERENCES outlets(id),
    first_seen TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet_id);

-- Raw documents as fetched or imported, compressed. Never deleted by the
-- pipeline: re-extraction starts from here.
CREATE TABLE captures (
    id           INTEGER PRIMARY KEY,
    sha256       BLOB NOT NULL UNIQUE,     -- of the uncompressed body
    url          TEXT NOT NULL,            -- as fetched or as given; may differ from the canonical URL
    origin       TEXT NOT NULL,            -- file, jsonl, fetch, warc, feed
    origin_ref   TEXT NOT NULL DEFAULT '', -- path, path:line, WARC record id
    captured_at  TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    headers      TEXT NOT NULL DEFAULT '{}', -- JSON object
    compression  TEXT NOT NULL,            -- gzip
    body_size    INTEGER NOT NULL,
    body         BLOB NOT NULL,
    article_id   INTEGER REFERENCES articles(id),
    error        TEXT NOT NULL DEFAULT ''  -- why extraction failed, if it did
);
CREATE INDEX captures_article ON captures(article_id);

-- Every distinct text an article has had. A new capture whose text differs
-- from the version current at its capture time adds a version.
CREATE TABLE article_versions (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id),
    number           INTEGER NOT NULL,
    capture_id       INTEGER NOT NULL UNIQUE REFERENCES captures(id),
    seen_at          TEXT NOT NULL,
    text_sha256      BLOB NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    byline           TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL,
    lang             TEXT NOT NULL DEFAULT '',
    site             TEXT NOT NULL DEFAULT '',
    published        TEXT,                 -- NULL when unknown
    published_source TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, number)
);
CREATE INDEX article_versions_seen ON article_versions(article_id, seen_at);

CREATE TABLE version_links (
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, position)
);
CREATE INDEX version_links_url ON version_links(url);

-- What later stages fill in. Declared now so that the shape of the whole
-- store is visible in one place; their migrations may refine them.

-- Hashed word n-gram fingerprints of an article's newest version.
CREATE TABLE fingerprints (
    hash       INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,           -- token offset of the n-gram
    PRIMARY KEY (hash, article_id, position)
) WITHOUT ROWID;

-- Reuse between two articles, a_id < b_id.
CREATE TABLE relations (
    a_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation   TEXT NOT NULL,
    score      REAL NOT NULL,
    coverage_a REAL NOT NULL,
    coverage_b REAL NOT NULL,
    passages   TEXT NOT NULL DEFAULT '[]', -- JSON
    changes    TEXT NOT NULL DEFAULT '[]', -- JSON
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)
);

CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Directed provenance: from (earlier) → to (later). from_article_id is NULL
-- for an external source, named by external_outlet.
CREATE TABLE provenance_edges (
    id              INTEGER PRIMARY KEY,
    from_article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    external_outlet TEXT NOT NULL DEFAULT '',
    to_article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation        TEXT NOT NULL,
    confidence      REAL NOT NULL,
    evidence        TEXT NOT NULL DEFAULT '[]', -- JSON list of evidence items
    is_parent       INTEGER NOT NULL DEFAULT 0,
    story_id        INTEGER REFERENCES stories(id),
    UNIQUE (from_article_id, external_outlet, to_article_id)
);

CREATE TABLE attributions (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,            -- [start, end) in code points of the text
    "end"      INTEGER NOT NULL,
    source     TEXT NOT NULL,
    kind       TEXT NOT NULL,               -- person, outlet, institution, anonymous
    verb       TEXT NOT NULL DEFAULT '',
    relayed_via TEXT NOT NULL DEFAULT ''
);

CREATE TABLE feeds (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'feed', -- feed or sitemap
    etag        TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    next_poll   TEXT,
    last_poll   TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- Work for the pipeline stages, claimed by workers with a lease.
CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'queued', -- queued, running, done, dead
    attempts    INTEGER NOT NULL DEFAULT 0,
    run_after   TEXT NOT NULL,
    leased_until TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs(state, run_after);

-- Records that could not be read at all (a malformed JSONL line, a truncated
-- gzip), so that `status` can say what was skipped and why.
CREATE TABLE ingest_failures (
    id         INTEGER PRIMARY KEY,
    origin     TEXT NOT NULL,
    origin_ref TEXT NOT NULL,
    error      TEXT NOT NULL,
    at         TEXT NOT NULL,
    UNIQUE (origin, origin_ref)
);
