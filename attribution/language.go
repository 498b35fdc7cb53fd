package attribution

import "strings"

// Language holds the words the extractor recognises in one language. The
// patterns that combine them (subject before the verb, "according to X",
// "X cited by Y") follow English word order; a language with another order
// needs its own pattern functions as well as its own word lists.
type Language struct {
	Name string
	// SpeechVerbs maps a verb form to its lemma ("said" → "say").
	SpeechVerbs map[string]string
	// NeedComplement lists verb forms that are attributions only before
	// "that", a comma, a quote or the end of the clause: "the company added
	// that…" is a credit, "the company added 200 jobs" is not.
	NeedComplement map[string]bool
	// NotObject lists, per lemma, words that right after the verb mean the
	// verb is not a statement ("said nothing", "claimed responsibility").
	NotObject map[string]map[string]bool
	// Neutral lemmas report speech without judging it; a copy that swaps
	// one neutral verb for another keeps the credit, a swap to or from a
	// loaded one ("claimed", "alleged") changes it.
	Neutral map[string]bool
	// RelayParticiples introduce the relay after a source: "insiders cited
	// by Bild", "documents reviewed by the Gazette".
	RelayParticiples map[string]bool
	// ContextRelays open a sentence that names the relay of the statement in
	// it: "Speaking to the Courier, Lesia Bondar said…".
	ContextRelays [][]string
	// CreditPhrases name the outlet a whole text comes from: "This article
	// was originally published by Northwire".
	CreditPhrases [][]string
	// PostModifiers follow an anonymous source and belong to it: "people
	// familiar with the matter".
	PostModifiers [][]string
	// Prepositions that attach an identifying phrase to a source ("officials
	// at the port authority", "a spokeswoman for the ministry").
	AttachPrepositions map[string]bool

	Determiners      map[string]bool
	Indefinite       map[string]bool
	Pronouns         map[string]bool
	Stop             map[string]bool // function words that end a noun phrase
	SkipBeforeVerb   map[string]bool // "has", "also", "later" between subject and verb
	Passive          map[string]bool // "was told", "is said to"
	Negation         map[string]bool
	TimeWords        map[string]bool
	TimePrepositions map[string]bool
	Titles           map[string]bool // "Mr", "Dr", "Minister" before a name
	Connectors       map[string]bool // "of", "and", "&" inside a proper name
	RelativeStarts   map[string]bool // "who", "which": a clause, not an appositive
	NegativeHeads    map[string]bool

	AnonymousNouns   map[string]bool // always anonymous: "sources", "insiders"
	RoleNouns        map[string]bool // a person by role: "analyst", "minister"
	Spokes           map[string]bool // speaks for an institution: "spokesman"
	InstitutionNouns map[string]bool
	CompanySuffixes  map[string]bool
	OutletNouns      map[string]bool // unnamed outlets: "media", "the newspaper"
	OutletSuffixes   map[string]bool // "Post", "Times", "Gazette"
	KnownOutlets     map[string]bool // lower-case names: "reuters", "bild"
	DocumentNouns    map[string]bool
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func phrases(list ...string) [][]string {
	out := make([][]string, len(list))
	for i, p := range list {
		out[i] = strings.Fields(p)
	}
	return out
}

// English is the default language.
var English = newEnglish()

func newEnglish() *Language {
	verbs := map[string]string{}
	for lemma, forms := range map[string]string{
		"say":         "said says say",
		"tell":        "told tells tell",
		"report":      "reported reports",
		"claim":       "claimed claims claim",
		"state":       "stated states",
		"announce":    "announced announces",
		"confirm":     "confirmed confirms confirm",
		"warn":        "warned warns warn",
		"add":         "added adds",
		"write":       "wrote writes",
		"explain":     "explained explains",
		"insist":      "insisted insists insist",
		"argue":       "argued argues argue",
		"note":        "noted notes",
		"allege":      "alleged alleges allege",
		"acknowledge": "acknowledged acknowledges",
		"admit":       "admitted admits",
		"disclose":    "disclosed discloses",
		"reveal":      "revealed reveals",
		"declare":     "declared declares",
		"testify":     "testified testifies",
		"deny":        "denied denies",
		"show":        "show shows showed",
		"cite":        "cited cites",
		"quote":       "quoted quotes",
	} {
		for _, f := range strings.Fields(forms) {
			verbs[f] = lemma
		}
	}
	l := &Language{
		Name:           "en",
		SpeechVerbs:    verbs,
		NeedComplement: set("added adds noted notes wrote writes explained explains declared declares"),
		NotObject: map[string]map[string]bool{
			"say":   set("nothing little"),
			"tell":  set("to"),
			"claim": set("responsibility victory title lives life prize credit asylum benefits compensation damages gold silver bronze seat seats"),
			"deny":  set("bail entry access permission visas visa"),
			"state": set("nothing"),
		},
		Neutral:          set("say tell report state announce add write explain note confirm"),
		RelayParticiples: set("cited quoted consulted interviewed contacted reached polled surveyed obtained seen reviewed"),
		ContextRelays: phrases(
			"speaking to", "speaking with", "talking to", "in an interview with",
			"in comments to", "in a statement to", "writing in", "in an interview on",
		),
		CreditPhrases: phrases(
			"originally published by", "first published by", "originally published in",
			"first published in", "first appeared in", "originally appeared in",
			"first appeared on", "republished from", "reproduced from", "courtesy of",
			"as reported by", "first reported by", "reported by", "as cited by", "cited by",
			"quoted by", "as quoted by",
		),
		PostModifiers: phrases(
			"familiar with", "close to", "briefed on", "involved in", "knowledgeable about",
			"with knowledge of", "with direct knowledge of", "with access to", "aware of",
		),
		AttachPrepositions: set("at for of from in within"),
		Determiners: set("the a an its their his her our this that these those some several many " +
			"two three four five six seven eight nine ten dozens other both all most few another one"),
		Indefinite: set("a an some several many two three four five six seven eight nine ten dozens other both all most few another one"),
		Pronouns:   set("he she they it we i you one someone who which this that these those there nobody everyone everybody anyone anybody somebody none all each"),
		Stop: set("that which who whom whose when where while because although though but and or nor if as " +
			"after before since so than until unless whether there here not also to is was were are am be been being " +
			"has have had do does did will would can could may might must shall should of at for from in on with by about " +
			"into over under without within against between during through across near via per like among towards toward " +
			"upon off up down out said says told reported it he she they we i you what how why then now still just even " +
			"only already yet again ago later earlier previously publicly privately repeatedly recently reportedly " +
			"allegedly separately subsequently initially finally also never always often once yesterday today tonight " +
			"according speaking adding citing saying the a an its their his her our this these those"),
		SkipBeforeVerb: set("has have had will would also later earlier previously repeatedly publicly privately " +
			"again recently separately subsequently then first last long reportedly once already"),
		Passive:  set("is was were are am be been being get got gets"),
		Negation: set("not never n't neither nor didn't doesn't don't won't wouldn't hasn't haven't hadn't cannot can't"),
		TimeWords: set("monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night " +
			"yesterday today tonight week weekend month year january february march april may june july august " +
			"september october november december"),
		TimePrepositions: set("on in last this late early"),
		Titles: set("mr mrs ms miss dr prof professor sir dame lord lady minister president prime deputy senator " +
			"general gen col colonel judge justice mayor governor chancellor chief commander captain capt councillor " +
			"councilor inspector sergeant sgt detective rev father sister secretary ambassador rep gov lt maj admiral " +
			"premier king queen prince princess sheikh"),
		Connectors:     set("of and & for de del van von der al bin la le du da"),
		RelativeStarts: set("who whose which whom that"),
		NegativeHeads:  set("plan plans schedule tradition custom rules law laws instructions taste script form expectations"),

		AnonymousNouns: set("sources source insiders insider officials people persons individuals someone " +
			"diplomats witnesses residents locals passengers commuters staff employees workers observers critics " +
			"supporters opponents protesters villagers parents fans experts analysts investigators"),
		RoleNouns: set("minister director president spokesperson spokesman spokeswoman analyst chairman chairwoman " +
			"chairperson chair mayor governor chief head commander secretary ceo executive professor researcher " +
			"economist lawyer attorney engineer councillor councilor official prosecutor judge diplomat ambassador " +
			"general colonel officer manager founder owner adviser advisor aide expert teacher doctor resident witness " +
			"member deputy mp senator lawmaker activist campaigner candidate leader inspector editor journalist reporter " +
			"correspondent scientist historian curator coach captain farmer student neighbour neighbor source insider " +
			"representative negotiator investigator consultant specialist strategist auditor banker trader investor " +
			"employee worker staffer nurse surgeon paramedic firefighter soldier pilot sailor driver passenger commuter " +
			"villager parent fan protester critic supporter opponent organiser organizer volunteer colleague relative " +
			"lecturer academic commentator whistleblower chancellor premier envoy person individual diplomat economist " +
			"physician architect planner landlord tenant shopkeeper homeowner engineer defendant plaintiff claimant suspect victim survivor " +
			"master skipper guide ranger keeper warden steward"),
		Spokes: set("spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen representative"),
		InstitutionNouns: set("ministry ministries department police army military government council office agency " +
			"court committee university hospital company firm authority authorities commission parliament administration " +
			"embassy prosecutors prosecution registry watchdog regulator union party fund board service institute " +
			"foundation bank cabinet presidency secretariat senate assembly municipality navy coastguard federation " +
			"association club school college trust charity organisation organization inspectorate tribunal customs " +
			"directorate bureau centre center headquarters command forces guard kremlin pentagon operator operators " +
			"group consortium alliance coalition network utility insurer lender brigade opposition shipyard yard museum " +
			"library airport theatre orchestra team league church diocese prison plant factory mine council"),
		CompanySuffixes: set("inc ltd corp corporation company co plc llc gmbh ag sa group holdings works rail railways " +
			"airlines airline bank energy motors partners industries systems technologies logistics shipping"),
		OutletNouns: set("media newspaper newspapers paper tabloid broadcaster broadcasters outlet outlets press " +
			"television tv radio channel website site blog magazine daily weekly"),
		OutletSuffixes: set("post times news gazette herald tribune wire report journal tv radio weekly daily courier " +
			"observer chronicle express mail telegraph standard guardian independent review monitor inquirer dispatch " +
			"sentinel examiner globe star record ledger bulletin magazine press today online broadcasting television"),
		KnownOutlets: set("reuters ap afp bild rt tass bbc cnn interfax bloomberg dpa ansa efe xinhua spiegel kommersant " +
			"vedomosti ria ukrinform unian politico axios npr nbc cbs abc sky itv zdf ard euronews guardian telegraph " +
			"economist haaretz izvestia pravda"),
		DocumentNouns: set("report reports document documents papers statement statements data figures records minutes " +
			"filing filings survey study poll memo letter census audit analysis assessment estimate estimates " +
			"leaks files file transcript transcripts emails copy copies"),
	}
	for _, name := range []string{"associated press", "al jazeera", "sky news", "der spiegel", "le monde", "ria novosti", "deutsche welle", "voice of america", "radio liberty"} {
		l.KnownOutlets[name] = true
	}
	return l
}
