// Package synth generates synthetic news corpora with known reuse, for the
// reuse engine's tests, benchmarks and evaluations: articles in echotrace's
// JSONL import format and, beside them, the truth about every pair of
// articles that are related by construction.
//
// # What it must never do
//
// It never emits text taken from real articles: every sentence comes from
// the templates and invented vocabularies in this package (names and towns
// are built from syllables; outlets sit under the reserved .example
// domain). The only real names are the spellings in the alias list
// (Kyiv/Kiev, Mumbai/Bombay ...), there so that copies can swap them. Its
// output is test data: nothing in echotrace imports it into a corpus by
// default, and it must not be mixed with real captures.
//
// # The corpus
//
// The corpus is made of story families, generated one at a time from their
// own random stream (so memory stays constant and the output depends only
// on the Config). A family starts with an original written from an event
// (names, places, numbers, an official statement) and grows by
// derivations, each from the original or, for chains, from an earlier
// member:
//
//   - duplicate: the source near-identical (headline, a few words, dateline,
//     quotation marks); every pair joined by duplicates only shares at least
//     90% of its word 5-grams both ways.
//   - copy: the source with a republisher's changes: alias spellings swapped
//     systematically, the credit dropped, a number or a quote changed, a
//     framing sentence or paragraphs inserted, sentences deleted, or the
//     whole source embedded in a longer article; at least 70% of the
//     source's 5-grams are in the copy, and the copy is not near-identical.
//   - excerpt: a passage of 100 to 400 words (at most 45% of the source,
//     some exactly 100) from its start, middle or end, inside a longer
//     article about another story.
//   - rewrite: every sentence rendered again from the same facts with
//     another variant of its template (active/passive, attribution first or
//     last), synonyms substituted, sentences split, merged and reordered,
//     framing added; quotations and the statement stay verbatim, as in real
//     rewrites.
//   - related: the same event written up independently with templates the
//     family has not used: the same names, places and numbers, perhaps the
//     same official statement, no other long run of words.
//
// Singletons (by default 60% of articles) are originals alone. Unrelated
// articles share stock passages on purpose: outlets' "about us" blurbs and
// disclaimers, standard background paragraphs on a topic, widely quoted
// statements. They are listed in the truth file.
//
// # Relations between members of a family
//
// The relation of two members follows from the derivations on the path
// between them through their lowest common ancestor, and from what they
// measurably share:
//
//  1. a related edge on the path: related;
//  2. a rewrite and an excerpt: related (a paraphrased passage), or excerpt
//     if the rewrite kept a verbatim run of 50 words or more;
//  3. a rewrite with duplicates or copies: rewrite (two rewrites of one
//     source are rewrites of each other);
//  4. duplicates only: duplicate (two duplicates of one source are
//     duplicates of each other);
//  5. otherwise (duplicates, copies and excerpts): copy if no excerpt is on
//     the path and one side has at least 70% of its 5-grams in the other;
//     else excerpt if they share a run of at least 50 words (a copy and an
//     excerpt of one source are excerpt-related through the passage); else
//     related (two excerpts of different passages).
//
// Pairs of different families are unrelated and are not listed.
//
// # Measurements
//
// Shared fractions and runs are measured on the generated text, on
// normalized words: split on white space, punctuation trimmed, lower-cased,
// alias spellings folded (see Words, Containment, LongestCommonRun).
package synth
