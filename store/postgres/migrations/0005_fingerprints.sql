-- The reuse index (reuse.CandidateIndex) in the database, so that a relater
-- holds none of it in memory and starts without loading it (fpindex.go).
-- A slot is one Add: adding an article again kills its earlier slot, whose
-- postings stay and keep counting towards the caps, as in reuse.Index.
-- Hashes and word keys are reuse's uint64 values stored as their bits.

-- What the index was built with; a relater with other settings rebuilds it.
-- synced is the last slot known to be stored in reuse_index too.
CREATE TABLE fp_meta (
    one       BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    aliases   TEXT NOT NULL,
    cap       INTEGER NOT NULL,
    term_cap  INTEGER NOT NULL,
    stock_df  INTEGER NOT NULL,
    synced    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE fp_docs (
    slot       BIGINT PRIMARY KEY,
    article_id BIGINT NOT NULL,
    published  BIGINT NOT NULL,   -- Unix seconds, 0 when unknown
    nfp        INTEGER NOT NULL,  -- distinct fingerprints
    family     BIGINT NOT NULL,   -- slot of the first document of its story family
    alive      BOOLEAN NOT NULL
);
CREATE INDEX fp_docs_article ON fp_docs (article_id) WHERE alive;

-- The first cap documents holding a fingerprint; family is the document's,
-- so that counting a passage's story families reads these rows alone.
CREATE TABLE fp_postings (
    hash   BIGINT NOT NULL,
    slot   BIGINT NOT NULL,
    family BIGINT NOT NULL,
    PRIMARY KEY (hash, slot)
);

-- Per fingerprint: postings kept (n <= cap), documents beyond the cap, story
-- families among the postings, and whether it is stock text.
CREATE TABLE fp_hashes (
    hash     BIGINT PRIMARY KEY,
    n        INTEGER NOT NULL,
    over     INTEGER NOT NULL,
    families INTEGER NOT NULL,
    stock    BOOLEAN NOT NULL
);

-- Per word: its document frequency, and how many documents list it among
-- their top words (term postings, at most term_cap).
CREATE TABLE fp_words (
    key BIGINT PRIMARY KEY,
    df  INTEGER NOT NULL,
    top INTEGER NOT NULL
);

CREATE TABLE fp_terms (
    key  BIGINT NOT NULL,
    slot BIGINT NOT NULL,
    PRIMARY KEY (key, slot)
);
