package synth

import (
	"fmt"
	"time"
)

// Config says what corpus to generate. Zero fields take the defaults
// documented on each.
type Config struct {
	Seed     int64
	Articles int // total articles; required
	// MeanWords is the mean length of an article's own text (default 600);
	// lengths vary log-normally and are kept within [MinWords, MaxWords]
	// (defaults 150 and 1500).
	MeanWords, MinWords, MaxWords int
	Outlets                       int           // default 200
	Start                         time.Time     // default 2025-01-01T00:00:00Z
	Span                          time.Duration // originals are spread over it; default one year
	// ShuffleWindow is how many articles are held back and emitted in a
	// random order, so that derived articles do not always follow their
	// sources (default 4096).
	ShuffleWindow int
	FamilyMix     FamilyMix
	// Chains makes families propagate over several levels, as relay
	// networks do: most derived articles take from an earlier derived one
	// (a relay of a relay), preferring the most recent, and lags follow a
	// heavier-tailed law (median about 3 hours, a tenth over a day, up to
	// two weeks). The truth then records each member's true publication
	// time and whether the article was left undated, so that provenance
	// can be scored with and without dates. Off by default: corpora made
	// without it are unchanged.
	Chains bool
}

// FamilyMix says how the corpus is split into story families and how
// family members are derived.
type FamilyMix struct {
	// InFamilies is the share of articles that belong to families of two
	// or more (default 0.4; negative for none: every article a singleton).
	InFamilies float64
	// Family sizes are drawn in [MinSize, MaxSize] (defaults 2 and 12),
	// small ones more often.
	MinSize, MaxSize int
	// Relative weights of the derivations (defaults 0.2, 0.3, 0.15, 0.2,
	// 0.15). If all are zero the defaults apply.
	Duplicate, Copy, Excerpt, Rewrite, Related float64
	// Chain is the chance that a derived article derives from another
	// derived article rather than the original (default 0.35).
	Chain float64
	// Undated is the share of derived articles without a published date
	// (default 0.1).
	Undated float64
}

func (c Config) withDefaults() (Config, error) {
	if c.Articles < 0 {
		return c, fmt.Errorf("synth: Articles is negative")
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.MeanWords, 600)
	def(&c.MinWords, 150)
	def(&c.MaxWords, 1500)
	def(&c.Outlets, 200)
	def(&c.ShuffleWindow, 4096)
	if c.Start.IsZero() {
		c.Start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.Span == 0 {
		c.Span = 365 * 24 * time.Hour
	}
	m := &c.FamilyMix
	if m.InFamilies == 0 {
		m.InFamilies = 0.4
	}
	if m.InFamilies < 0 {
		m.InFamilies = 0
	}
	def(&m.MinSize, 2)
	def(&m.MaxSize, 12)
	if m.Duplicate == 0 && m.Copy == 0 && m.Excerpt == 0 && m.Rewrite == 0 && m.Related == 0 {
		m.Duplicate, m.Copy, m.Excerpt, m.Rewrite, m.Related = 0.2, 0.3, 0.15, 0.2, 0.15
	}
	if m.Chain == 0 {
		m.Chain = 0.35
	}
	if m.Undated == 0 {
		m.Undated = 0.1
	}
	switch {
	case c.MinWords < 50 || c.MaxWords < c.MinWords || c.MeanWords < c.MinWords || c.MeanWords > c.MaxWords:
		return c, fmt.Errorf("synth: need 50 <= MinWords <= MeanWords <= MaxWords")
	case c.Outlets < 2:
		return c, fmt.Errorf("synth: need at least 2 outlets")
	case m.MinSize < 2 || m.MaxSize < m.MinSize:
		return c, fmt.Errorf("synth: need 2 <= MinSize <= MaxSize")
	case m.InFamilies > 1 || m.Duplicate < 0 || m.Copy < 0 || m.Excerpt < 0 || m.Rewrite < 0 || m.Related < 0:
		return c, fmt.Errorf("synth: bad FamilyMix")
	case c.ShuffleWindow < 1:
		return c, fmt.Errorf("synth: ShuffleWindow must be positive")
	}
	return c, nil
}
