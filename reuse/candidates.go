package reuse

import "context"

// CandidateIndex is what the engine needs of an index of documents: the
// candidates worth aligning with a new document, the corpus statistics two
// texts are compared with, and the passages that became stock text. Index
// keeps it in memory; store/postgres keeps it in the database, for
// deployments whose corpus outgrows one process's memory. Every
// implementation must give the same answers on the same sequence of calls,
// so that where the index lives never changes a relation.
type CandidateIndex interface {
	// Add indexes a document; adding an ID again replaces its earlier
	// entry. The entry is one EntryFor made: its hashes, words and top
	// words each listed once.
	Add(ctx context.Context, e Entry) error
	// Candidates lists the indexed documents that may share text or a
	// story with e, most promising first, without e itself.
	Candidates(ctx context.Context, e Entry) ([]Candidate, error)
	// Corpus returns the statistics comparing the given documents reads,
	// having fetched whatever they need: the weights of their words and
	// the story families holding their fingerprints. It is valid until the
	// next Add.
	Corpus(ctx context.Context, docs ...*Doc) (Corpus, error)
	// TakeStocked returns the documents holding each passage that became
	// stock text since the last call and forgets them (see
	// Index.TakeStocked).
	TakeStocked(ctx context.Context) ([][]int64, error)
	// Indexed reports which of the IDs are indexed.
	Indexed(ctx context.Context, ids []int64) (map[int64]bool, error)
	// Len is the number of indexed documents.
	Len() int
}

// Corpus is what a comparison reads from the index.
type Corpus struct {
	Weights Weights
	// Families is the number of story families holding a fingerprint,
	// beyond the cap too (Comparer.DocFreq).
	Families func(fingerprint uint64) int
}

var _ CandidateIndex = (*Index)(nil)

// WordKey is the key under which the index counts a word given in folded
// form (Entry.Words, Entry.Top): the hash Doc.Keys holds for it.
func WordKey(folded string) uint64 { return hashString(folded) }
