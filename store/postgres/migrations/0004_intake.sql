-- The intake of a queued import (package worker): records staged by
-- `import --queue` in input order, extracted by any worker, then stored as
-- articles in that order by the one worker that relates (the sequencer).
-- A row lives from staging until its capture is stored; the captures table
-- holds the body after that.
CREATE SEQUENCE intake_seq;

CREATE TABLE intake (
    -- Input order: records are stored, and so related, in this order,
    -- whichever worker extracted them and when.
    seq           BIGINT PRIMARY KEY,
    run_id        BIGINT NOT NULL,
    -- Names the record in messages (FILE, FILE:LINE, FILE@OFFSET).
    ref           TEXT NOT NULL,
    sha256        BYTEA NOT NULL,
    -- The capture without its body, as JSON (origin, URL, content type,
    -- headers, capture time).
    capture       JSONB NOT NULL,
    body          BYTEA NOT NULL,
    state         TEXT NOT NULL DEFAULT 'raw' CHECK (state IN ('raw', 'extracted')),
    -- Set by extraction: exactly one of them.
    extraction    JSONB,
    extract_error TEXT NOT NULL DEFAULT '',
    -- A record staged again (an import re-run after a crash) is the same
    -- record: it keeps its place.
    UNIQUE (sha256)
);

-- What a queued import has become, for `import --queue --wait`, `status`
-- and the import run's end. The sequencer counts a batch in the
-- transaction that removes it from the intake, after storing it: a crash
-- in between stores nothing twice, and the retry counts the batch as
-- already stored.
CREATE TABLE intake_runs (
    run_id         BIGINT PRIMARY KEY,
    source         TEXT NOT NULL,
    started        TIMESTAMPTZ NOT NULL,
    -- The enqueuer has read every input: staged is final.
    reading_done   BOOLEAN NOT NULL DEFAULT false,
    staged         BIGINT NOT NULL DEFAULT 0,
    -- Counted when the reader skipped them (before staging).
    skipped_early  BIGINT NOT NULL DEFAULT 0,
    stored         BIGINT NOT NULL DEFAULT 0,
    new_articles   BIGINT NOT NULL DEFAULT 0,
    new_versions   BIGINT NOT NULL DEFAULT 0,
    unchanged      BIGINT NOT NULL DEFAULT 0,
    already_stored BIGINT NOT NULL DEFAULT 0,
    not_extracted  BIGINT NOT NULL DEFAULT 0,
    finished       TIMESTAMPTZ
);
