package reuse

import (
	"encoding/binary"
	"errors"
	"strings"
	"time"
)

// entryFormat versions the binary form of an Entry. Format 2 adds the
// family; format 1 entries still decode, with no family.
const entryFormat = 2

// MarshalBinary encodes an entry for storage: a version byte, the
// publication time, the hashes as little-endian uint64, then the words and
// the top words as newline-separated text.
func (e Entry) MarshalBinary() ([]byte, error) {
	words, top := strings.Join(e.Words, "\n"), strings.Join(e.Top, "\n")
	b := make([]byte, 0, 1+8+4+8*len(e.Hashes)+4+len(words)+4+len(top))
	b = append(b, entryFormat)
	var pub int64
	if !e.Published.IsZero() {
		pub = e.Published.Unix()
	}
	b = binary.LittleEndian.AppendUint64(b, uint64(pub))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Hashes)))
	for _, h := range e.Hashes {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = append(b, words...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(top)))
	b = append(b, top...)
	b = binary.LittleEndian.AppendUint64(b, uint64(e.Family))
	return b, nil
}

var errBadEntry = errors.New("malformed index entry")

// UnmarshalBinary decodes what MarshalBinary wrote; ID is not part of it.
func (e *Entry) UnmarshalBinary(b []byte) error {
	if len(b) < 13 || (b[0] != 1 && b[0] != entryFormat) {
		return errBadEntry
	}
	format := b[0]
	pub := int64(binary.LittleEndian.Uint64(b[1:]))
	if pub != 0 {
		e.Published = time.Unix(pub, 0).UTC()
	}
	n := int(binary.LittleEndian.Uint32(b[9:]))
	b = b[13:]
	if n < 0 || len(b) < 8*n+4 {
		return errBadEntry
	}
	e.Hashes = make([]uint64, n)
	for i := range e.Hashes {
		e.Hashes[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	b = b[8*n:]
	readText := func() ([]string, error) {
		if len(b) < 4 {
			return nil, errBadEntry
		}
		l := int(binary.LittleEndian.Uint32(b))
		if l < 0 || len(b) < 4+l {
			return nil, errBadEntry
		}
		s := string(b[4 : 4+l])
		b = b[4+l:]
		if s == "" {
			return nil, nil
		}
		return strings.Split(s, "\n"), nil
	}
	var err error
	if e.Words, err = readText(); err != nil {
		return err
	}
	if e.Top, err = readText(); err != nil {
		return err
	}
	if format >= 2 {
		if len(b) < 8 {
			return errBadEntry
		}
		e.Family = int64(binary.LittleEndian.Uint64(b))
	}
	return nil
}
