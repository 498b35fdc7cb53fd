-- Feeds and sitemaps are polled on a schedule that backs off when they are
-- unchanged or failing; every URL fetched, skipped or failed is logged, so
-- that a feed that silently stops is noticed (`echotrace status`).
ALTER TABLE feeds ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0; -- consecutive polls with nothing new
ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;  -- consecutive failed polls
ALTER TABLE feeds ADD COLUMN items INTEGER NOT NULL DEFAULT 0;     -- pages stored from it, in all
ALTER TABLE feeds ADD COLUMN last_new TEXT;                         -- when it last listed something new
CREATE INDEX feeds_next_poll ON feeds(next_poll);

CREATE TABLE fetch_log (
    id       INTEGER PRIMARY KEY,
    url      TEXT NOT NULL,
    feed_id  INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    at       TEXT NOT NULL,
    status   INTEGER NOT NULL DEFAULT 0,  -- HTTP status, 0 when none was received
    outcome  TEXT NOT NULL,               -- stored, unchanged, skipped, failed
    error    TEXT NOT NULL DEFAULT ''     -- why, for skipped and failed
);
CREATE INDEX fetch_log_at ON fetch_log(at);
CREATE INDEX captures_url ON captures(url);
