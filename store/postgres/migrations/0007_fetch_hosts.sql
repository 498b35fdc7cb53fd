-- Queued fetching (package worker): `add --queue` enqueues fetch jobs,
-- and workers on any number of machines fetch the pages and stage them in
-- the intake like a queued import's records.

-- Each server's turn, shared by every worker, so that all of them together
-- ask one server no more often than one of them alone would: one request
-- at a time, and the next no sooner than the interval (the robots.txt
-- Crawl-delay when longer, a Retry-After when later) after the last one
-- ended. Times are the database's, so that the workers' clocks do not
-- matter.
CREATE TABLE fetch_hosts (
    -- "host:port", as source/web names a server (web.ServerOf).
    server       TEXT PRIMARY KEY,
    -- No request to the server starts before this. While a request is in
    -- flight it is the latest that request may end (its claim time plus
    -- the fetcher's timeout), so that a worker that died mid-request
    -- holds the server no longer than that.
    next_allowed TIMESTAMPTZ NOT NULL,
    -- Who has the turn now: a token of the request in flight, '' between
    -- requests.
    holder       TEXT NOT NULL DEFAULT '',
    -- The robots.txt Crawl-delay, when the server gives one.
    delay        INTERVAL NOT NULL DEFAULT '0',
    -- A Retry-After (or backoff) no request may start before, whoever
    -- ends the request in flight.
    held_until   TIMESTAMPTZ NOT NULL DEFAULT '-infinity'
);

-- What became of each queued fetch, for `add --queue --wait` and anyone
-- following it: written when the job is enqueued (outcome NULL) and when
-- its fetch has ended. A fetched page goes on as a record of the intake;
-- what storing made of it is read from its capture.
CREATE TABLE fetch_pages (
    key        TEXT PRIMARY KEY,  -- the fetch job's key
    url        TEXT NOT NULL,     -- as asked for
    -- NULL while the fetch is to come; then staged (in the intake, by
    -- sha256), unchanged, skipped or failed.
    outcome    TEXT CHECK (outcome IN ('staged', 'unchanged', 'skipped', 'failed')),
    final_url  TEXT NOT NULL DEFAULT '',
    status     INTEGER NOT NULL DEFAULT 0,
    reason     TEXT NOT NULL DEFAULT '',
    sha256     BYTEA,
    fetched_at TIMESTAMPTZ
);
