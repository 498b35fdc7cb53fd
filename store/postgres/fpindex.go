package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/echotrace/echotrace/reuse"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ReuseIndex is reuse's candidate index kept in this database (migration
// 0005): fingerprint postings keyed by hash, term postings and word
// document frequencies in tables, so that a relater holds no per-article
// memory and starts without loading anything. It gives the answers
// reuse.Index gives on the same sequence of Adds, in the same order: the
// same caps (the first Cap documents of a fingerprint kept, the rest
// counted), the same stock-text rule over story families, the same
// replacement of an ID added again.
//
// It has one writer at a time: the process that relates, which holds the
// sequencer lock (package worker). That makes its caches exact: the
// number of documents, the word frequencies and the family counts it has
// read are changed only by its own Add, which updates them as it writes
// (write-through). A process that only reads (a web server finding a
// pasted passage) sees postings as they are now and frequencies as they
// were when it first read them, as an in-memory index loaded at start
// would.
type ReuseIndex struct {
	pool *pgxpool.Pool
	cfg  ReuseIndexConfig

	mu   sync.RWMutex
	docs int
	// gen is the weights' generation (reuse.CorpusWeights.Gen): it must
	// change at every Add, a replacing one too, and never come back in
	// this process, a Reset included, for a prepared text keeps weights
	// computed for one generation.
	gen int
	// Caches of fp_words.df and fp_hashes.families + over, filled by
	// Corpus for the documents about to be compared and kept exact by
	// Add. Dropped whole when they outgrow maxCached: refilling is exact.
	df       map[uint64]int32
	families map[uint64]int32
	// stocked are the fingerprints that became stock text since the last
	// TakeStocked (with TrackStock).
	stocked []uint64
	// lookupErr is a failed look-up the comparer could not be told of
	// (its callbacks return no error): the next call returns it.
	lookupErr error
}

// ReuseIndexConfig says how the index is built; an index built otherwise
// is out of sync and rebuilt (see InSync).
type ReuseIndexConfig struct {
	// Aliases is the version of the alias table the entries were computed
	// with.
	Aliases string
	// Cap, TermCap and StockDF are reuse.Index's; zero takes reuse's
	// defaults.
	Cap, TermCap, StockDF int
	// TrackStock remembers the fingerprints that become stock, for
	// TakeStocked.
	TrackStock bool
}

// maxCached bounds each cache: about 40 MB each at its fullest.
const maxCached = 1 << 20

var _ reuse.CandidateIndex = (*ReuseIndex)(nil)

// ReuseIndex opens the candidate index kept in this database.
func (db *DB) ReuseIndex(ctx context.Context, cfg ReuseIndexConfig) (*ReuseIndex, error) {
	def := reuse.NewIndex()
	if cfg.Cap == 0 {
		cfg.Cap = def.Cap
	}
	if cfg.TermCap == 0 {
		cfg.TermCap = def.TermCap
	}
	if cfg.StockDF == 0 {
		cfg.StockDF = def.StockDF
	}
	ix := &ReuseIndex{pool: db.pool, cfg: cfg, df: map[uint64]int32{}, families: map[uint64]int32{}}
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM fp_docs WHERE alive`).Scan(&ix.docs); err != nil {
		return nil, fmt.Errorf("open the reuse index: %w", err)
	}
	ix.gen = ix.docs
	return ix, nil
}

// InSync reports whether the index holds exactly the entries stored in
// reuse_index for its alias table, built with its settings. It is not
// after a crash between an Add and the saving of that article's entry
// (the slots past the last Saved), after InvalidateIndex, when it was built
// with other settings or another alias table, or when entries were stored
// by something else than a relater on this index (a copied corpus).
func (ix *ReuseIndex) InSync(ctx context.Context) (bool, error) {
	var aliases string
	var capN, termCap, stockDF int
	var synced, last int64
	var indexed, stored int
	err := ix.pool.QueryRow(ctx, `SELECT m.aliases, m.cap, m.term_cap, m.stock_df, m.synced,
			(SELECT coalesce(max(slot), 0) FROM fp_docs),
			(SELECT count(*) FROM fp_docs WHERE alive),
			(SELECT count(*) FROM reuse_index WHERE aliases = $1)
		FROM fp_meta m`, ix.cfg.Aliases).Scan(&aliases, &capN, &termCap, &stockDF, &synced, &last, &indexed, &stored)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("check the reuse index: %w", err)
	}
	return aliases == ix.cfg.Aliases && capN == ix.cfg.Cap && termCap == ix.cfg.TermCap && stockDF == ix.cfg.StockDF &&
		last <= synced && indexed == stored, nil
}

// truncateIndex empties every table of the index.
const truncateIndex = `TRUNCATE fp_meta, fp_docs, fp_postings, fp_hashes, fp_words, fp_terms, fp_pending`

// Reset empties the index and records its settings, for a rebuild.
func (ix *ReuseIndex) Reset(ctx context.Context) error {
	var b pgx.Batch
	b.Queue(truncateIndex)
	b.Queue(`INSERT INTO fp_meta (aliases, cap, term_cap, stock_df) VALUES ($1, $2, $3, $4)`,
		ix.cfg.Aliases, ix.cfg.Cap, ix.cfg.TermCap, ix.cfg.StockDF)
	if err := ix.pool.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("reset the reuse index: %w", err)
	}
	ix.restart(0)
	return nil
}

// restart forgets what the process knew of the tables after something
// rewrote them behind its caches (a reset, an undo, a load): they now
// hold docs live documents, and the weights are of a new generation.
func (ix *ReuseIndex) restart(docs int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.docs, ix.stocked, ix.lookupErr = docs, nil, nil
	ix.gen++
	clear(ix.df)
	clear(ix.families)
}

// Saved records that every entry added so far is stored in reuse_index,
// so that a restart can trust the index (InSync), and forgets how to undo
// them.
func (ix *ReuseIndex) Saved(ctx context.Context) error {
	if _, err := ix.pool.Exec(ctx, `WITH m AS (
			UPDATE fp_meta SET synced = (SELECT coalesce(max(slot), 0) FROM fp_docs) RETURNING synced
		)
		DELETE FROM fp_pending WHERE slot <= (SELECT synced FROM m)`); err != nil {
		return fmt.Errorf("mark the reuse index saved: %w", err)
	}
	return nil
}

// storedPending counts the Adds past synced whose very entries reuse_index
// holds, finished, for this index's alias table.
func (ix *ReuseIndex) storedPending(ctx context.Context, synced int64) (int64, error) {
	rows, err := ix.pool.Query(ctx, `SELECT p.hashes, p.words, p.top, d.article_id, r.entry
		FROM fp_pending p JOIN fp_docs d ON d.slot = p.slot
		JOIN reuse_index r ON r.article_id = d.article_id AND r.aliases = $2
		WHERE p.slot > $1`, perExecution, synced, ix.cfg.Aliases)
	if err != nil {
		return 0, fmt.Errorf("recover the reuse index: %w", err)
	}
	defer rows.Close()
	var n int64
	for rows.Next() {
		var hashes, words, top []int64
		var id int64
		var data []byte
		if err := rows.Scan(&hashes, &words, &top, &id, &data); err != nil {
			return 0, fmt.Errorf("recover the reuse index: %w", err)
		}
		var e reuse.Entry
		if err := e.UnmarshalBinary(data); err != nil {
			return 0, fmt.Errorf("recover the reuse index: entry of article %d: %w", id, err)
		}
		if slices.Equal(bits(e.Hashes), hashes) && slices.Equal(wordKeys(e.Words), words) && slices.Equal(wordKeys(e.Top), top) {
			n++
		}
	}
	return n, rows.Err()
}

// fpUndo reverses the Add of slot $1 (pending, the last one there is),
// returning the index to the state it left: its postings, term postings
// and document go, the slot it retired lives again, the counts it raised
// fall. A fingerprint's families are counted again from the postings
// left, and it is stock exactly when they reach $2 (StockDF): families
// only grow, so that is the state before the Add.
const fpUndo = `WITH p AS (SELECT * FROM fp_pending WHERE slot = $1::bigint),
	-- By (hash, slot), the keys: by slot alone, each undo read every
	-- posting (45 s to take over at 18,000 articles). The undo record
	-- lists every fingerprint and top word of the Add.
	posted AS (DELETE FROM fp_postings WHERE slot = $1::bigint AND hash = ANY(ARRAY(SELECT unnest(hashes) FROM p)) RETURNING hash),
	counts AS (
		SELECT q.hash, q.hash IN (SELECT hash FROM posted) AS was_posted,
			(SELECT count(DISTINCT family) FROM fp_postings f WHERE f.hash = q.hash AND f.slot <> $1::bigint) AS families
		FROM p CROSS JOIN unnest(p.hashes) AS q(hash)
	),
	hashes AS (
		UPDATE fp_hashes x SET
			n = CASE WHEN c.was_posted THEN x.n - 1 ELSE x.n END,
			over = CASE WHEN c.was_posted THEN x.over ELSE x.over - 1 END,
			families = c.families,
			stock = $2::int > 0 AND c.families >= $2::int
		FROM counts c WHERE x.hash = c.hash
	),
	termed AS (DELETE FROM fp_terms WHERE slot = $1::bigint AND key = ANY(ARRAY(SELECT unnest(top) FROM p)) RETURNING key),
	words AS (
		SELECT key, sum(df)::int AS df, sum(top)::int AS top FROM (
			SELECT unnest(p.words) AS key, 1 AS df, 0 AS top FROM p
			UNION ALL SELECT key, 0, 1 FROM termed
		) u GROUP BY key
	),
	worded AS (
		UPDATE fp_words w SET df = w.df - k.df, top = w.top - k.top FROM words k WHERE w.key = k.key
	),
	revived AS (UPDATE fp_docs SET alive = true WHERE slot = (SELECT retired FROM p)),
	doc AS (DELETE FROM fp_docs WHERE slot = $1::bigint)
	DELETE FROM fp_pending WHERE slot = $1::bigint`

// Recover undoes, newest first, the Adds whose entries were never stored:
// a writer that dies between indexing a batch and storing it leaves them,
// and the batch is pending again, to be related anew. When every one of
// them is stored already (the writer died between storing the batch and
// Saved), it keeps them. It returns false when neither holds (some stored
// and some not, or an Add without its undo record), and the index must
// be rebuilt. Only a writer may call it.
func (ix *ReuseIndex) Recover(ctx context.Context) (bool, error) {
	var synced, last, pending int64
	err := ix.pool.QueryRow(ctx, `SELECT m.synced, (SELECT coalesce(max(slot), 0) FROM fp_docs),
			(SELECT count(*) FROM fp_pending WHERE slot > m.synced)
		FROM fp_meta m`).Scan(&synced, &last, &pending)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("recover the reuse index: %w", err)
	}
	if last <= synced {
		return true, nil
	}
	if pending != last-synced {
		return false, nil
	}
	stored, err := ix.storedPending(ctx, synced)
	if err != nil {
		return false, err
	}
	switch stored {
	case pending:
		return true, ix.Saved(ctx)
	case 0:
	default:
		return false, nil
	}
	for slot := last; slot > synced; slot-- {
		if _, err := ix.pool.Exec(ctx, fpUndo, perExecution, slot, ix.cfg.StockDF); err != nil {
			return false, fmt.Errorf("undo slot %d of the reuse index: %w", slot, err)
		}
	}
	var docs int
	if err := ix.pool.QueryRow(ctx, `SELECT count(*) FROM fp_docs WHERE alive`).Scan(&docs); err != nil {
		return false, fmt.Errorf("recover the reuse index: %w", err)
	}
	ix.restart(docs)
	return true, nil
}

// Len implements reuse.CandidateIndex.
func (ix *ReuseIndex) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.docs
}

func (ix *ReuseIndex) takeLookupErr() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	err := ix.lookupErr
	ix.lookupErr = nil
	return err
}

// fpAdd is Add in one statement. Its parts all read the index as it was
// before it (data-modifying CTEs share one snapshot), which is what each
// rule wants: every fingerprint, word and top word of an entry is listed
// once (EntryFor makes them so), so each row changes once and its new
// state follows from its old one alone. $1 the ID, $2 its publication
// (Unix seconds, 0 when unknown), $3 the family named (0 for none), $4
// the fingerprints, $5 the word keys, $6 the top word keys, $7 Cap, $8
// StockDF, $9 TermCap. It returns whether an earlier slot of the ID was
// retired, and for each fingerprint its family count as Families gives it
// and whether it has just become stock (one row with a NULL hash when
// there are none).
const fpAdd = `WITH retired AS (
		UPDATE fp_docs SET alive = false WHERE article_id = $1::bigint AND alive RETURNING slot
	),
	-- The next slot; the family is that of the earlier document the entry
	-- names, when indexed, or the new slot itself.
	d AS (
		SELECT s.slot, coalesce(
			(SELECT f.family FROM fp_docs f WHERE $3::bigint <> 0 AND f.article_id = $3::bigint AND f.alive LIMIT 1),
			s.slot) AS family
		FROM (SELECT coalesce(max(slot), 0) + 1 AS slot FROM fp_docs) s
	),
	doc AS (
		INSERT INTO fp_docs (slot, article_id, published, nfp, family, alive)
		SELECT d.slot, $1::bigint, $2::bigint, cardinality($4::bigint[]), d.family, true FROM d
	),
	-- What undo needs, until the entry is stored (Saved).
	pending AS (
		INSERT INTO fp_pending (slot, retired, hashes, words, top)
		SELECT d.slot, (SELECT max(slot) FROM retired), $4::bigint[], $5::bigint[], $6::bigint[] FROM d
	),
	-- Each fingerprint: posted if held by fewer than Cap documents, counted
	-- beyond otherwise; stock once a posting brings its families to StockDF.
	cur AS (
		SELECT q.hash, coalesce(x.n, 0) AS n, coalesce(x.over, 0) AS over,
			coalesce(x.families, 0) AS families, coalesce(x.stock, false) AS stock,
			coalesce(x.n, 0) < $7::int AS kept,
			coalesce((SELECT true FROM fp_postings p WHERE p.hash = q.hash AND p.family = d.family LIMIT 1), false) AS known
		FROM unnest($4::bigint[]) AS q(hash) CROSS JOIN d
		LEFT JOIN LATERAL (SELECT * FROM fp_hashes x WHERE x.hash = q.hash LIMIT 1) x ON true
	),
	next AS (
		SELECT hash, stock,
			CASE WHEN kept THEN n + 1 ELSE n END AS n,
			CASE WHEN kept THEN over ELSE over + 1 END AS over,
			CASE WHEN kept AND NOT known THEN families + 1 ELSE families END AS families,
			stock OR ($8::int > 0 AND kept AND NOT known AND families + 1 >= $8::int) AS now_stock
		FROM cur
	),
	posted AS (
		INSERT INTO fp_postings (hash, slot, family)
		SELECT cur.hash, d.slot, d.family FROM cur CROSS JOIN d WHERE cur.kept
	),
	counted AS (
		INSERT INTO fp_hashes (hash, n, over, families, stock)
		SELECT hash, n, over, families, now_stock FROM next
		ON CONFLICT (hash) DO UPDATE SET n = excluded.n, over = excluded.over,
			families = excluded.families, stock = excluded.stock
	),
	-- Each word: counted in its frequency; each top word: posted if held
	-- by fewer than TermCap documents.
	k AS (
		SELECT key, sum(df)::int AS df, bool_or(top) AS top FROM (
			SELECT unnest($5::bigint[]) AS key, 1 AS df, false AS top
			UNION ALL SELECT unnest($6::bigint[]), 0, true
		) u GROUP BY key
	),
	wcur AS (
		SELECT k.key, k.df,
			k.top AND coalesce((SELECT w.top FROM fp_words w WHERE w.key = k.key), 0) < $9::int AS post
		FROM k
	),
	termed AS (
		INSERT INTO fp_terms (key, slot) SELECT wcur.key, d.slot FROM wcur CROSS JOIN d WHERE wcur.post
	),
	worded AS (
		INSERT INTO fp_words (key, df, top) SELECT key, df, CASE WHEN post THEN 1 ELSE 0 END FROM wcur
		ON CONFLICT (key) DO UPDATE SET df = fp_words.df + excluded.df, top = fp_words.top + excluded.top
	)
	SELECT EXISTS (SELECT 1 FROM retired), next.hash, next.families + next.over, next.now_stock AND NOT next.stock
	FROM (SELECT 1) one LEFT JOIN next ON true`

// perExecution plans a statement at every execution, with the statistics
// of the moment: the index grows from empty, and a plan cached while its
// tables were small (pgx prepares and caches statements, and PostgreSQL
// then settles on a generic plan) scans every posting once they are not
// (22 ms a candidate query at 1,000 articles instead of 3). Planning costs
// about a millisecond, and no extra round trip.
const perExecution = pgx.QueryExecModeCacheDescribe

// Add implements reuse.CandidateIndex in one statement.
func (ix *ReuseIndex) Add(ctx context.Context, e reuse.Entry) error {
	if err := ix.takeLookupErr(); err != nil {
		return err
	}
	var pub int64
	if !e.Published.IsZero() {
		pub = e.Published.Unix()
	}
	words, top := wordKeys(e.Words), wordKeys(e.Top)
	rows, err := ix.pool.Query(ctx, fpAdd, perExecution, e.ID, pub, e.Family, bits(e.Hashes), words, top,
		ix.cfg.Cap, ix.cfg.StockDF, ix.cfg.TermCap)
	if err != nil {
		return fmt.Errorf("index article %d: %w", e.ID, err)
	}
	type counted struct {
		hash      int64
		families  int32
		nowStocks bool
	}
	var retired bool
	var fams []counted
	for rows.Next() {
		var hash *int64
		var families *int32
		var nowStocks *bool
		if err := rows.Scan(&retired, &hash, &families, &nowStocks); err != nil {
			rows.Close()
			return fmt.Errorf("index article %d: %w", e.ID, err)
		}
		if hash != nil {
			fams = append(fams, counted{*hash, *families, *nowStocks})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("index article %d: %w", e.ID, err)
	}

	// Written: bring the caches along.
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if !retired {
		ix.docs++
	}
	ix.gen++
	for _, w := range words {
		if n, ok := ix.df[uint64(w)]; ok {
			ix.df[uint64(w)] = n + 1
		}
	}
	// The row order of the statement is not the entry's: the stocked list
	// keeps the entry's order, as reuse.Index does.
	var became map[uint64]bool
	for _, c := range fams {
		ix.families[uint64(c.hash)] = c.families
		if c.nowStocks && ix.cfg.TrackStock {
			if became == nil {
				became = map[uint64]bool{}
			}
			became[uint64(c.hash)] = true
		}
	}
	for _, h := range e.Hashes {
		if became[h] {
			ix.stocked = append(ix.stocked, h)
		}
	}
	return nil
}

// wordKeys are the keys of words in folded form, as BIGINT.
func wordKeys(words []string) []int64 {
	out := make([]int64, len(words))
	for i, w := range words {
		out[i] = int64(reuse.WordKey(w))
	}
	return out
}

// bits passes uint64 hashes as PostgreSQL's signed BIGINT, bit for bit.
func bits(hs []uint64) []int64 {
	out := make([]int64, len(hs))
	for i, h := range hs {
		out[i] = int64(h)
	}
	return out
}

// fpCandidates computes reuse.Index.Candidates in one statement; see that
// method for why each rule is there. $1 the entry's fingerprints, $2 the
// keys of its top words, $3 its ID, $4 its publication (Unix seconds, 0
// when unknown), $5 TermCap, $6 the related window in seconds, $7 Cap.
// The constants are reuse's.
//
// Every look-up is a LATERAL subquery with a LIMIT no posting list
// exceeds (Cap, TermCap), or a primary-key probe, so that the planner
// probes indexes instead of joining whole tables when its statistics lag
// behind a growing index (a hash join over every posting took 50 ms at
// 3,000 articles); it is planned at every execution (perExecution).
const fpCandidates = `WITH h AS (
		SELECT q.hash, coalesce(x.over, 0) > 0 AS capped, coalesce(x.stock, false) AS stock
		FROM unnest($1::bigint[]) AS q(hash)
		LEFT JOIN LATERAL (SELECT over, stock FROM fp_hashes x WHERE x.hash = q.hash LIMIT 1) x ON true
	),
	-- A text made mostly of capped fingerprints counts their postings too.
	mostly_capped AS (
		SELECT count(*) FILTER (WHERE capped) * 2 > cardinality($1::bigint[]) AS yes FROM h
	),
	shared AS (
		SELECT p.slot, count(*) AS n, count(*) FILTER (WHERE NOT h.capped AND NOT h.stock) AS rare
		FROM h CROSS JOIN LATERAL (SELECT slot FROM fp_postings p WHERE p.hash = h.hash LIMIT $7::int) p
		WHERE NOT h.capped OR (SELECT yes FROM mostly_capped)
		GROUP BY p.slot
	),
	by_print AS (
		SELECT d.article_id, s.n FROM shared s
		CROSS JOIN LATERAL (SELECT article_id, nfp, alive FROM fp_docs d WHERE d.slot = s.slot LIMIT 1) d
		WHERE d.alive AND d.article_id <> $3::bigint AND s.n >= 3
			AND (s.rare >= 3 OR 2 * s.n >= least(d.nfp, cardinality($1::bigint[])))
	),
	named AS (
		SELECT t.slot, count(*) AS n
		FROM unnest($2::bigint[]) AS q(key)
		JOIN LATERAL (SELECT top FROM fp_words w WHERE w.key = q.key LIMIT 1) w ON w.top < $5::int
		CROSS JOIN LATERAL (SELECT slot FROM fp_terms t WHERE t.key = q.key LIMIT $5::int) t
		GROUP BY t.slot HAVING count(*) >= 8
	),
	by_name AS (
		SELECT d.article_id, m.n, d.published FROM named m
		CROSS JOIN LATERAL (SELECT article_id, published, alive FROM fp_docs d WHERE d.slot = m.slot LIMIT 1) d
		WHERE d.alive AND d.article_id <> $3::bigint
	),
	cands AS (
		SELECT coalesce(p.article_id, m.article_id) AS article_id, coalesce(p.n, 0) AS shared, coalesce(m.n, 0) AS terms
		FROM by_print p FULL JOIN (
			SELECT * FROM by_name
			WHERE $4::bigint = 0 OR published = 0 OR abs(published - $4::bigint) <= $6::bigint
				OR article_id IN (SELECT article_id FROM by_print)
		) m ON m.article_id = p.article_id
	)
	SELECT article_id, shared, terms FROM (
		SELECT * FROM cands WHERE shared > 0
		UNION ALL
		(SELECT * FROM cands WHERE shared = 0 ORDER BY terms DESC, article_id LIMIT 16)
	) c ORDER BY shared DESC, terms DESC, article_id LIMIT 64`

// relatedWindow is reuse's bound on independent coverage in time.
const relatedWindow = 14 * 24 * time.Hour

// Candidates implements reuse.CandidateIndex in one round trip.
func (ix *ReuseIndex) Candidates(ctx context.Context, e reuse.Entry) ([]reuse.Candidate, error) {
	if err := ix.takeLookupErr(); err != nil {
		return nil, err
	}
	var pub int64
	if !e.Published.IsZero() {
		pub = e.Published.Unix()
	}
	rows, err := ix.pool.Query(ctx, fpCandidates, perExecution, bits(e.Hashes), wordKeys(e.Top), e.ID, pub, ix.cfg.TermCap, int64(relatedWindow/time.Second), ix.cfg.Cap)
	if err != nil {
		return nil, fmt.Errorf("candidates of %d: %w", e.ID, err)
	}
	defer rows.Close()
	var out []reuse.Candidate
	for rows.Next() {
		var c reuse.Candidate
		if err := rows.Scan(&c.ID, &c.Shared, &c.SharedTerms); err != nil {
			return nil, fmt.Errorf("candidates of %d: %w", e.ID, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("candidates of %d: %w", e.ID, err)
	}
	return out, nil
}

// Corpus implements reuse.CandidateIndex: it fetches, in one round trip,
// the frequencies of the documents' words and the family counts of their
// fingerprints that the caches lack (none, most of the time: a story's
// articles are compared with the same few earlier ones).
func (ix *ReuseIndex) Corpus(ctx context.Context, docs ...*reuse.Doc) (reuse.Corpus, error) {
	if err := ix.takeLookupErr(); err != nil {
		return reuse.Corpus{}, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	words, hashes := ix.missing(docs)
	if len(ix.df)+len(words) > maxCached || len(ix.families)+len(hashes) > maxCached {
		clear(ix.df)
		clear(ix.families)
		words, hashes = ix.missing(docs)
	}
	if err := ix.fetch(ctx, words, hashes); err != nil {
		return reuse.Corpus{}, err
	}
	return reuse.Corpus{
		Weights:  reuse.CorpusWeights{Docs: ix.docs, Gen: ix.gen, DF: ix.lookupDF, DFs: ix.lookupDFs},
		Families: ix.lookupFamilies,
	}, nil
}

// missing lists the documents' word keys and fingerprints absent from
// the caches, each once; the caller holds the lock.
func (ix *ReuseIndex) missing(docs []*reuse.Doc) (words, hashes []int64) {
	seenW, seenH := map[uint64]bool{}, map[uint64]bool{}
	for _, d := range docs {
		for _, k := range d.Keys {
			if _, ok := ix.df[k]; !ok && !seenW[k] {
				seenW[k] = true
				words = append(words, int64(k))
			}
		}
		for _, f := range d.Fingerprints {
			if _, ok := ix.families[f.Hash]; !ok && !seenH[f.Hash] {
				seenH[f.Hash] = true
				hashes = append(hashes, int64(f.Hash))
			}
		}
	}
	return words, hashes
}

// fetch fills the caches with these keys; the caller holds the lock.
// Nothing is cached unless every count was read.
func (ix *ReuseIndex) fetch(ctx context.Context, words, hashes []int64) error {
	if len(words)+len(hashes) == 0 {
		return nil
	}
	rows, err := ix.pool.Query(ctx, `SELECT false, q.key, w.df FROM unnest($1::bigint[]) AS q(key)
			CROSS JOIN LATERAL (SELECT df FROM fp_words w WHERE w.key = q.key LIMIT 1) w
		UNION ALL SELECT true, q.hash, x.families + x.over FROM unnest($2::bigint[]) AS q(hash)
			CROSS JOIN LATERAL (SELECT families, over FROM fp_hashes x WHERE x.hash = q.hash LIMIT 1) x`, perExecution, words, hashes)
	if err != nil {
		return fmt.Errorf("word and fingerprint counts: %w", err)
	}
	defer rows.Close()
	type count struct {
		isHash bool
		key    int64
		n      int32
	}
	var got []count
	for rows.Next() {
		var c count
		if err := rows.Scan(&c.isHash, &c.key, &c.n); err != nil {
			return fmt.Errorf("word and fingerprint counts: %w", err)
		}
		got = append(got, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("word and fingerprint counts: %w", err)
	}
	// Absent rows are zero counts.
	for _, k := range words {
		ix.df[uint64(k)] = 0
	}
	for _, h := range hashes {
		ix.families[uint64(h)] = 0
	}
	for _, c := range got {
		if c.isHash {
			ix.families[uint64(c.key)] = c.n
		} else {
			ix.df[uint64(c.key)] = c.n
		}
	}
	return nil
}

// lookupTimeout bounds a look-up Corpus did not foresee.
const lookupTimeout = 10 * time.Second

// lookup answers a comparer's question the caches cannot, which Corpus
// makes rare (never, for the comparisons the engine makes): the comparer
// cannot be given an error, so a failure is kept for the next call.
func (ix *ReuseIndex) lookup(words, hashes []int64) {
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.fetch(ctx, words, hashes); err != nil && ix.lookupErr == nil {
		ix.lookupErr = err
	}
}

func (ix *ReuseIndex) lookupDF(key uint64) int {
	ix.mu.RLock()
	n, ok := ix.df[key]
	ix.mu.RUnlock()
	if !ok {
		ix.lookup([]int64{int64(key)}, nil)
		ix.mu.RLock()
		n = ix.df[key]
		ix.mu.RUnlock()
	}
	return int(n)
}

func (ix *ReuseIndex) lookupDFs(keys []uint64, out []int32) {
	ix.mu.RLock()
	var absent []int64
	for i, k := range keys {
		n, ok := ix.df[k]
		if !ok {
			absent = append(absent, int64(k))
		}
		out[i] = n
	}
	ix.mu.RUnlock()
	if len(absent) == 0 {
		return
	}
	ix.lookup(absent, nil)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for i, k := range keys {
		out[i] = ix.df[k]
	}
}

func (ix *ReuseIndex) lookupFamilies(h uint64) int {
	ix.mu.RLock()
	n, ok := ix.families[h]
	ix.mu.RUnlock()
	if !ok {
		ix.lookup(nil, []int64{int64(h)})
		ix.mu.RLock()
		n = ix.families[h]
		ix.mu.RUnlock()
	}
	return int(n)
}

// TakeStocked implements reuse.CandidateIndex in one round trip.
func (ix *ReuseIndex) TakeStocked(ctx context.Context) ([][]int64, error) {
	if err := ix.takeLookupErr(); err != nil {
		return nil, err
	}
	ix.mu.Lock()
	stocked := ix.stocked
	ix.stocked = nil
	ix.mu.Unlock()
	if len(stocked) == 0 {
		return nil, nil
	}
	// A probe of fp_docs by slot for each posting (at most Cap of them a
	// passage), not a join: the planner hashed the whole of fp_docs for
	// it, a scan that grew with the corpus (at 15,000 articles it was
	// read 8,000 times, every other article).
	rows, err := ix.pool.Query(ctx, `SELECT p.hash, array_agg(d.article_id) FROM fp_postings p
		CROSS JOIN LATERAL (SELECT article_id, alive FROM fp_docs d WHERE d.slot = p.slot LIMIT 1) d
		WHERE p.hash = ANY($1::bigint[]) AND d.alive GROUP BY p.hash`, perExecution, bits(stocked))
	if err != nil {
		return nil, fmt.Errorf("stock passages: %w", err)
	}
	holders := map[uint64][]int64{}
	for rows.Next() {
		var h int64
		var ids []int64
		if err := rows.Scan(&h, &ids); err != nil {
			rows.Close()
			return nil, fmt.Errorf("stock passages: %w", err)
		}
		holders[uint64(h)] = ids
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stock passages: %w", err)
	}
	return reuse.StockSets(stocked, func(h uint64) []int64 { return holders[h] }), nil
}

// Indexed implements reuse.CandidateIndex in one round trip.
func (ix *ReuseIndex) Indexed(ctx context.Context, ids []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := ix.pool.Query(ctx, `SELECT article_id FROM fp_docs WHERE alive AND article_id = ANY($1::bigint[])`, perExecution, ids)
	if err != nil {
		return nil, fmt.Errorf("indexed articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("indexed articles: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}
