package reuse

import (
	"slices"
)

// IndexedDoc is one slot of an Index as ExportDocs hands it out: a document
// added once (a document added again has a later slot, and this one is no
// longer alive).
type IndexedDoc struct {
	Slot uint32
	ID   int64
	// Published is in Unix seconds, 0 when unknown.
	Published int64
	// Fingerprints is the number of distinct fingerprints of the entry.
	Fingerprints int
	// Family is the slot of the first document of its story family.
	Family uint32
	Alive  bool
}

// IndexedFingerprint is one fingerprint's postings: the slots of the first
// Cap documents holding it, in slot order, how many more held it, the
// number of story families among the slots, and whether it is stock text.
type IndexedFingerprint struct {
	Hash     uint64
	Slots    []uint32
	Over     int
	Families int
	Stock    bool
}

// IndexedWord is one word key's document frequency and its term postings
// (the first TermCap documents listing it among their names), in slot
// order. A key may have postings and no frequency (a name that was never
// among a document's words) or the reverse.
type IndexedWord struct {
	Key   uint64
	DF    int32
	Slots []uint32
}

// ExportDocs, ExportFingerprints and ExportWords hand out everything the
// index holds, each part in ascending order of its key (slot, hash, word
// key), so that a bulk load into a B-tree appends: another store of the
// same index (the one kept in PostgreSQL) is then loaded whole instead of
// entry by entry, and built in memory from the stored entries, then
// copied, it is the state the same Adds would have left there. The slices
// passed are reused between calls. Each holds the index's lock while it
// runs; a non-nil error from fn stops it and is returned.
func (ix *Index) ExportDocs(fn func(IndexedDoc) error) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for slot, d := range ix.docs {
		if err := fn(IndexedDoc{Slot: uint32(slot), ID: d.id, Published: d.published, Fingerprints: int(d.nfp),
			Family: d.family, Alive: d.alive}); err != nil {
			return err
		}
	}
	return nil
}

// ExportFingerprints: see ExportDocs.
func (ix *Index) ExportFingerprints(fn func(IndexedFingerprint) error) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.deltaCount > 0 {
		ix.mergeLocked()
	}
	var fams []uint32
	for lo := 0; lo < len(ix.hashes); {
		h := ix.hashes[lo]
		hi := lo
		for hi < len(ix.hashes) && ix.hashes[hi] == h {
			hi++
		}
		slots := ix.slots[lo:hi]
		fams = fams[:0]
		for _, s := range slots {
			if f := ix.docs[s].family; !slices.Contains(fams, f) {
				fams = append(fams, f)
			}
		}
		_, stock := ix.stock[h]
		if err := fn(IndexedFingerprint{Hash: h, Slots: slots, Over: ix.over[h], Families: len(fams), Stock: stock}); err != nil {
			return err
		}
		lo = hi
	}
	return nil
}

// ExportWords: see ExportDocs.
func (ix *Index) ExportWords(fn func(IndexedWord) error) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	keys := make([]uint64, 0, len(ix.termDF)+len(ix.terms))
	for k := range ix.termDF {
		keys = append(keys, k)
	}
	for k := range ix.terms {
		if _, ok := ix.termDF[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := fn(IndexedWord{Key: k, DF: ix.termDF[k], Slots: ix.terms[k]}); err != nil {
			return err
		}
	}
	return nil
}
