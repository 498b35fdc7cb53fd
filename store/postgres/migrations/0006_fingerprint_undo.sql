-- What each Add since the last Saved did (fpindex.go), so that a writer
-- that died before its batch was stored can be undone slot by slot
-- instead of rebuilding the whole index from reuse_index. Rows live from
-- an Add to the next Saved: a batch's worth.
CREATE TABLE fp_pending (
    slot    BIGINT PRIMARY KEY,
    retired BIGINT,            -- the slot this Add retired, if any
    hashes  BIGINT[] NOT NULL,
    words   BIGINT[] NOT NULL,
    top     BIGINT[] NOT NULL
);
