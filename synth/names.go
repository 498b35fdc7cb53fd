package synth

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invented vocabularies. Surnames and town names are built from syllables so
// that the pools are large (tens of thousands of each): unrelated stories
// then almost never share a name, which is what keeps their texts apart.
// Nothing here is taken from a real text.

var firstNames = strings.Fields(`Anna Marek Ilsa Tomas Lena Pavel Greta Oskar Mira Jonas Vera Lukas Nadia
Emil Sofia Adrian Klara Viktor Elena Bruno Irena Stefan Dana Felix Hana Roman Lea Milan Petra
Hugo Zora Daniel Maya Tobias Alma Leon Rosa Nikolai Edith Samuel Ines Filip Lucia Arne Selma Igor
Carla Matteo Olga Henrik Yara Dmitri Ada Kasper Nora Julian Eva Anton Iris Boris Alina Rafael Dora
Mikael Lara Goran Tessa Erik Mina Laszlo Clara Ruben Ivana Oliver Sara Andrei Linnea Theo Kira
Marcus Freya Bogdan Agnes Nils Tamara Vincent Elif Karim Amira Yusuf Leila Omar Noor Hamid Samira
Tariq Aisha Ravi Priya Arjun Meera Kiran Anil Sunita Kenji Aiko Hiro Yuki Chen Mei Wei Lin Jun Hua
Kwame Ama Kofi Efua Tunde Ngozi Sipho Thandi Jomo Wanjiru Diego Paula Mateo Camila Andres Valeria
Joaquin Ximena Tiago Beatriz Rui Ines Patrick Siobhan Declan Aoife Rhys Cerys Ewan Isla Callum Morag
Hannes Frida Jarek Zofia Wiktor Ola Janos Eszter Mihai Ioana Dragan Vesna Luka Mateja Arvo Liis
Raimo Aino Ruta Darius Egle Maris Ilze Ilya Daria Artem Polina Taras Oksana Yuri Lesya Marta Ostap`)

var surOnset = strings.Fields(`B D G H K L M N P R S T V Z Br Dr Gr Kr Tr St Sk Vl Zh Ch Sh Fr Pl Bl Gl Kl Sl Sv Har Bel Mor Tal Ost Var Kel Dun Ash`)
var surVowel = strings.Fields(`a e i o u a o e`)
var surMid = strings.Fields(`l r n m v d k t s z lv rn nd rk st ld rv mb nk sk`)
var surEnd = strings.Fields(`ic ova enko ard ley ton ez elli ani sen ski ov ek ar ane ino uk oy er ovic asz ek iak yan idis escu ard ssen berg holm wick ford ing ez ari`)

var townEnd = strings.Fields(`ova burg ford ka mouth vik grad stead ano ets holm ley wick ovo ice any ach ow en ara ost ava ir uni ene`)

// aliasGroups are spellings of one name; index 0 is the canonical spelling
// used in stored sentences, and articles render one of the others when their
// outlet prefers it. Real ones (transliterations and renamed cities) come
// first; invented towns with two spellings are added by buildVocab.
var realAliasGroups = [][]string{
	{"Kyiv", "Kiev"},
	{"Kharkiv", "Kharkov"},
	{"Odesa", "Odessa"},
	{"Zelenskyy", "Zelensky", "Zelenskiy"},
	{"Volodymyr", "Vladimir"},
	{"Bakhmut", "Artyomovsk"},
	{"Lviv", "Lvov"},
	{"Mykolaiv", "Nikolaev"},
	{"Beijing", "Peking"},
	{"Mumbai", "Bombay"},
	{"Kolkata", "Calcutta"},
	{"Chennai", "Madras"},
	{"Myanmar", "Burma"},
}

// Real places in the alias list, used as the scene of some conflict and
// politics stories so that copies can swap their spellings.
var conflictPlaces = []string{"Kyiv", "Kharkiv", "Odesa", "Bakhmut", "Lviv", "Mykolaiv"}
var worldPlaces = []string{"Beijing", "Mumbai", "Kolkata", "Chennai", "Myanmar"}

var companySuffix = strings.Fields(`Logistics Foods Energy Holdings Shipping Pharma Motors Textiles Bank Telecom Mining
Airlines Software Steel Cement Insurance Dairy Brewing Rail Media Chemicals Timber Glassworks Robotics Fisheries
Construction Paper Solar Grain Tobacco Optics Semiconductors Plastics Furniture Biotech Freight Retail`)

var orgKinds = []string{"Chamber of Commerce", "Residents' Association", "Teachers' Union", "Farmers' Cooperative",
	"Port Authority", "Water Board", "Hospital Trust", "Civic Forum", "Housing Association", "Transport Authority",
	"Taxpayers' Alliance", "Nurses' Union", "Small Business Federation", "Heritage Society", "Cyclists' Club",
	"Tenants' Union", "Angling Society", "Chamber of Trade", "Pensioners' League", "Students' Council"}

var outletPapers = strings.Fields(`Tribune Herald Courier Gazette Post Chronicle Observer Star Sentinel Record Telegraph Examiner Mercury Advertiser`)

var outletWords = strings.Fields(`Pulse Metro Info News Daily Global Truth Frontier Capital Valley Harbour Northern Southern Eastern
Western Coastal Civic Open Free Clear Signal Beacon Compass Meridian Summit Lantern Mirror Echo Prism Vista Horizon
Anchor Citizen Public Common Patriot Insight Focus Radar Vector Orbit Bridge Quill Torch`)
var outletTails = strings.Fields(`24 Now Wire Today Report Flash Bridge Globe Times Line Point Press Hub Digest Ledger
Monitor Watch Review Journal Dispatch Online Express Live Feed Brief`)

var weekdays = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)
var months = strings.Fields(`January February March April May June July August September October November December`)

// vocab is built once, from a fixed seed: the pools are part of the
// package, not of a corpus, so every seed draws from the same names.
type vocab struct {
	surnames []string
	towns    []string
	aliases  [][]string // realAliasGroups then invented ones
	invAlias []int      // indices in aliases of invented towns
	fold     map[string]string
	foldHash map[uint64]uint64 // wordHash of a lower-case spelling → of its group's first
	aliasOf  map[string]int    // any spelling → group
}

func buildVocab() *vocab {
	r := newRNG(20260314, 0)
	v := &vocab{fold: map[string]string{}, foldHash: map[uint64]uint64{}, aliasOf: map[string]int{}}
	seen := map[string]bool{}
	for _, n := range firstNames {
		seen[n] = true
	}
	for _, g := range realAliasGroups {
		for _, s := range g {
			seen[s] = true
		}
	}
	word := func(ends []string) string {
		for {
			w := pick(&r, surOnset) + pick(&r, surVowel) + pick(&r, surMid)
			if r.chance(0.35) {
				w += pick(&r, surVowel) + pick(&r, surMid)
			}
			w += pick(&r, ends)
			w = cleanName(w)
			if len(w) >= 5 && len(w) <= 12 && !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	for len(v.surnames) < 30000 {
		v.surnames = append(v.surnames, word(surEnd))
	}
	for len(v.towns) < 6000 {
		v.towns = append(v.towns, word(townEnd))
	}
	v.aliases = append(v.aliases, realAliasGroups...)
	for len(v.invAlias) < 400 {
		base := word(townEnd)
		alt := respell(base, &r)
		if alt == base || seen[alt] {
			continue
		}
		seen[alt] = true
		v.invAlias = append(v.invAlias, len(v.aliases))
		v.aliases = append(v.aliases, []string{base, alt})
	}
	for gi, g := range v.aliases {
		for _, s := range g {
			v.fold[strings.ToLower(s)] = strings.ToLower(g[0])
			if s != g[0] {
				v.foldHash[wordHash(strings.ToLower(s))] = wordHash(strings.ToLower(g[0]))
			}
			v.aliasOf[s] = gi
		}
	}
	return v
}

// respell makes a second spelling of an invented place name the way
// transliterations differ: H/G, k/c, v/w, -ov/-off, y/i.
func respell(s string, r *rng) string {
	rules := [][2]string{{"H", "G"}, {"k", "c"}, {"v", "w"}, {"ov", "off"}, {"i", "y"}, {"ch", "tch"}, {"sh", "sch"}, {"ts", "tz"}, {"K", "C"}, {"V", "W"}, {"a", "aa"}}
	start := r.intn(len(rules))
	for i := range rules {
		ru := rules[(start+i)%len(rules)]
		if strings.Contains(s, ru[0]) {
			if ru[0] == "H" || ru[0] == "K" || ru[0] == "V" {
				if strings.HasPrefix(s, ru[0]) {
					return ru[1] + s[1:]
				}
				continue
			}
			return strings.Replace(s, ru[0], ru[1], 1)
		}
	}
	return s
}

// cleanName drops doubled letters that read badly and capitalises.
func cleanName(w string) string {
	b := []byte(strings.ToLower(w))
	out := b[:0]
	for i, c := range b {
		if i >= 2 && c == b[i-1] && c == b[i-2] {
			continue
		}
		out = append(out, c)
	}
	r, n := utf8.DecodeRune(out)
	return string(unicode.ToUpper(r)) + string(out[n:])
}
