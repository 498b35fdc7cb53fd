package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBoilerplateRunes bounds the lines the boilerplate patterns may remove:
// site furniture is short, and a long paragraph that happens to mention a
// newsletter is prose.
const maxBoilerplateRunes = 160

// rxBoilerplate matches lines that are site furniture wherever they appear
// in an article: calls to share, subscribe or follow, cross-promotion
// labels, comment prompts. Such lines are identical across an outlet's
// articles, so left in the text they would make unrelated articles look
// like copies of each other. Every pattern is anchored on the whole line.
var rxBoilerplate = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	// "Read more: <headline>", "Related:", "See also" and translations.
	`(?:read|see|watch|listen)(?: (?:more|also|next))?|also read|related(?: (?:articles?|stories|content|coverage|news))?|recommended(?: for you)?|more from [^:]{1,40}|leggi anche|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leia (?:também|mais)|veja (?:também|mais)|lea también|lee también`,
	`(?:you )?(?:may|might) also like|more stories|most (?:read|popular|viewed)|trending(?: now)?|don't miss|top stories`,
	`continue reading(?: below)?|story continues below|article continues below(?: advertisement)?`,
	`advertisement|sponsored|anzeige|publicidad|publicidade|pubblicità`,
	`(?:leave|post|add) a (?:reply|comment)|you must (?:be )?log(?:ged)? in to post a comment|comments?|show comments|scroll to top|back to top`,
	`(?:share|tweet|email|print|pin)(?: (?:this|it))?(?: (?:article|story|post|page))?`,
	`tags?|filed under|categories|explore further`,
}, "|") + `)\s*[:|»>.…-]*\s*$` +
	// Lines that are a call to action whatever follows.
	`|^(?:click|tap) here\b` +
	`|^(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates|free)\b` +
	`|^follow (?:us|[\pL .'-]{1,40}) on (?:twitter|facebook|instagram|linkedin|youtube)\b` +
	`|\b(?:share (?:this|it) with (?:a|your) friends?|like this (?:story|article)\?)` +
	`|^(?:read|see|watch) (?:more|also|next)\s*[:|»>-]` +
	`|^(?:related|also read|recommended|leggi anche|lesen sie auch|lire aussi|leia também|veja também)\s*[:|»>-]`)

// rxLeadMeta matches the short lines that sit between a headline and the
// body: a bare URL, a reading time, a byline, a date stamp.
var rxLeadMeta = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`https?://\S+`,
	`(?:reading time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\s*:?\s*\d+.*`,
	`(?:updated|published|posted|last updated|atualizado|publicado|actualizado)\s*:?.*\d.*`,
	`by\s+[\pL .'-]{2,60}`,
}, "|") + `)$`)

// rxDateStamp recognises the parts of a date stamp: a clock time, a
// numeric date, or a month name (in the languages most common in news)
// next to a year.
var rxDateStamp = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-z]*\.?\b[^\n]{0,20}\b(?:19|20)\d\d\b`)

// dropBoilerplate removes site furniture from the article's blocks, and
// the date stamps, bylines and similar lines that precede the body.
func dropBoilerplate(blocks []block) []block {
	out := make([]block, 0, len(blocks))
	lead := true
	for _, b := range blocks {
		n := utf8.RuneCountInString(b.text)
		if n <= maxBoilerplateRunes {
			if rxBoilerplate.MatchString(b.text) {
				continue
			}
			if lead && (rxLeadMeta.MatchString(b.text) || isDateLine(b.text) || isMenuLine(b.text)) {
				continue
			}
		}
		lead = false
		out = append(out, b)
	}
	return out
}

// isDateLine reports whether text is a short date stamp ("NOVEMBER 20,
// 2019 10:43", "segunda-feira, 22 de janeiro de 2018 às 0:13").
func isDateLine(text string) bool {
	return utf8.RuneCountInString(text) <= 60 && len(strings.Fields(text)) <= 10 &&
		rxDateStamp.MatchString(text)
}

// dropLinkOnly removes the blocks that are nothing but a link where they
// are teasers for other articles rather than part of the article: two or
// more in a row, and at the start or end of the text, where teasers also
// come as headline-and-summary pairs (a link-only headline, then a short
// line of text).
func dropLinkOnly(blocks []block, linkOnly map[uint64]bool) []block {
	if len(linkOnly) == 0 {
		return blocks
	}
	is := make([]bool, len(blocks))
	for i, b := range blocks {
		var k textKey
		k.add(b.text)
		is[i] = linkOnly[k.h]
	}
	drop := make([]bool, len(blocks))
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && is[j] {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				drop[k] = true
			}
		}
		i = max(j, i+1)
	}
	// The leading and trailing teaser runs. A summary line counts as part
	// of a run only between two link-only headlines, or in a trailing run
	// of at least two headlines: a single link followed by a last short
	// sentence ends many articles.
	for i := 0; i < len(blocks); i++ {
		if !is[i] && !(i > 0 && is[i-1] && i+1 < len(blocks) && is[i+1] && isSummary(blocks[i].text)) {
			break
		}
		drop[i] = true
	}
	start, links := len(blocks), 0
	for i := len(blocks) - 1; i >= 0; {
		if is[i] {
			start, links = i, links+1
			i--
		} else if i > 0 && is[i-1] && isSummary(blocks[i].text) {
			start, links = i-1, links+1
			i -= 2
		} else {
			break
		}
	}
	for i := start; i < len(blocks); i++ {
		if links >= 2 || is[i] {
			drop[i] = true
		}
	}
	out := make([]block, 0, len(blocks))
	for i, b := range blocks {
		if !drop[i] {
			out = append(out, b)
		}
	}
	return out
}

// isSummary reports whether text is short enough to be a teaser's summary
// line rather than a paragraph of the article.
func isSummary(text string) bool {
	return utf8.RuneCountInString(text) <= 160
}

// rxTailFurniture matches the short lines a page template puts after the
// article: counters, "»" link lists, newsletter prompts, copyright lines.
var rxTailFurniture = regexp.MustCompile(`(?i)^(?:[»›]\s|(?:views|hits|reads|visits|comments)\s*:?\s*\d+$|newsletter\b|enter your e-?mail|(?:copyright|©|\(c\))\s|.*\ball rights reserved\b|.*\bscroll to top$|.*\bback to top$)`)

// trimTail drops template lines after the article's last prose paragraph:
// from the end, short lines that match rxTailFurniture, stopping at the
// first line that does not.
func trimTail(blocks []block) []block {
	end := len(blocks)
	for end > 0 {
		b := blocks[end-1]
		if utf8.RuneCountInString(b.text) > maxBoilerplateRunes || !rxTailFurniture.MatchString(b.text) {
			break
		}
		end--
	}
	return blocks[:end]
}

// rxMenuLine matches a navigation bar rendered as text: three or more
// short items separated by "|", "·", "•" or "/".
var rxMenuLine = regexp.MustCompile(`^(?:[^|·•/]{1,30}[|·•/]\s*){2,}[^|·•/]{1,30}$`)

// isMenuLine reports a menu or section label before the body: a navigation
// bar, or one to three words in capitals ("WORLD", "LOCAL NEWS").
func isMenuLine(text string) bool {
	if rxMenuLine.MatchString(text) {
		return true
	}
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 3
}
