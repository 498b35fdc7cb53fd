-- Import runs, so that a long import can be followed from the web UI and
-- `echotrace status`, and a failed one explained after the fact; and
-- watches, with which a newsroom asks to hear of copies of its articles.
CREATE TABLE import_runs (
    id       INTEGER PRIMARY KEY,
    source   TEXT NOT NULL,            -- paths, or an uploaded page's name
    started  TEXT NOT NULL,
    updated  TEXT NOT NULL,            -- last progress saved
    finished TEXT,                     -- NULL while running
    state    TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'interrupted')),
    articles INTEGER NOT NULL DEFAULT 0, -- new articles and new versions stored
    skipped  INTEGER NOT NULL DEFAULT 0,
    error    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_runs_started ON import_runs(started);

CREATE TABLE watches (
    id            INTEGER PRIMARY KEY,
    outlet        TEXT NOT NULL,             -- the watched outlet's domain
    webhook       TEXT NOT NULL DEFAULT '',  -- where events are POSTed; '' for none
    created       TEXT NOT NULL,
    last_delivery TEXT,
    last_status   INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT ''
);
