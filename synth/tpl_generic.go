package synth

// Frames used by every topic. The rules of the template language are in
// grammar.go. Literal runs are kept short, with a slot or a choice every few
// words, so that two unrelated stories rarely share eight words in a row.
const tplGeneric = `
== generic
role say
«{Q}», {SP.last} said.
| {SP.last} said: «{Q}.»
| «{Q}», said {SP.last}.
«{Q}», {SP}, {SP.role}, [told|said in an interview with] {x:outlet}.
| {SP}, {SP.role}, [told|said in an interview with] {x:outlet}: «{Q}.»
| Speaking to {x:outlet}, {SP}, {SP.role}, said: «{Q}.»
«{Q}», {SP.last} [said|added] on {DAY}.
| On {DAY}, {SP.last} [said|added]: «{Q}.»
«{Q}», {SP.last} [wrote|said] in a [post|message] [seen by {x:outlet}|shared {x:num} times] on {DAY}.
| In a [post|message] [seen by {x:outlet}|shared {x:num} times] on {DAY}, {SP.last} [wrote|said]: «{Q}.»
«{Q}», {SP.last} [told reporters|told journalists] [in {T}|after the meeting].
| [Speaking to reporters|Speaking to journalists] [in {T}|after the meeting], {SP.last} said: «{Q}.»
«{Q}», [according to|said] {SP}, {SP.role}.
| According to {SP}, {SP.role}, «{Q}.»
«{Q}», {SP.last} said, [adding|and added] that {x:num} [people|officials|staff] had been [consulted|involved] [so far|to date].
| {SP.last} said {x:num} [people|officials|staff] had been [consulted|involved] [so far|to date], adding: «{Q}.»
[Asked|Pressed] about {thing}, {SP.last} [replied|answered]: «{Q}.»
| «{Q}», {SP.last} [replied|answered] when [asked|pressed] about {thing}.
«{Q}», {SP.role}, {SP}, [said|told] [a news conference|a press briefing] in {T}.
| At [a news conference|a press briefing] in {T}, {SP.role}, {SP}, said: «{Q}.»
{SP.last}, [speaking|talking] [by phone|from {T2}], [was|sounded] [blunt|defiant|cautious]: «{Q}.»
| «{Q}», {SP.last} said [by phone|from {T2}], [sounding|in a tone that was] [blunt|defiant|cautious].

role statesay
In a statement, {O} said: «{S}.»
| «{S}», {O} said in a statement.
| {O} said in a [written|brief] statement: «{S}.»
A [spokesperson|spokeswoman|spokesman] for {O} [read out|issued] a statement: «{S}.»
| «{S}», read a statement [issued|released] by {O} [on {DAY}|late on {DAY}].
| The statement [issued|released] by {O} [on {DAY}|late on {DAY}] read: «{S}.»
[Asked about|Asked to comment on] {thing}, {O} [referred|pointed] [reporters|journalists] to its statement: «{S}.»
| {O}, [asked about|asked to comment on] {thing}, [referred|pointed] [reporters|journalists] to a statement that read: «{S}.»
The [official|only official] [line|response] from {O} [came|arrived] [on {DAY}|late on {DAY}]: «{S}.»
| {O} [gave|offered] its [official|only official] [line|response] [on {DAY}|late on {DAY}]: «{S}.»

role context
[Figures|Data] [published|released] by {x:org} [in {x:month}|last year] [show|suggest] that {x:num} [households|businesses|families] in {x:town} have been [affected|hit] since {x:year}.
A [similar|comparable] [dispute|case|episode] in {x:town} in {x:year} [took|lasted] {x:num} [weeks|months] to [resolve|settle].
[Local|Regional] [media|newspapers], [including|among them] {x:outlet}, have [covered|followed] the [story|matter|issue] since {x:month} {x:dom}.
{x:person}, [a researcher|an analyst|a consultant] at {x:org}, [said|noted] that {x:num} [such|similar] [cases|disputes] [were|had been] [recorded|reported] in {x:town}.
The [nearest|closest] [comparable|similar] [case|example], in {x:town}, [involved|concerned] {x:company} and [ended|was settled] in {x:year}.
{x:person}, [a resident|an official] of {x:town}, {x:num} [kilometres|miles] [away|to the north|to the south], said [nothing unusual|no change] had been [noticed|seen] since {x:year}.
{x:company}, which [employs|has] {x:big} [people|staff] in {x:town}, [declined to comment|did not respond to {x:outlet}].
[Turnout|Attendance|Interest] was {x:pct} percent [higher|lower] than [expected|forecast], [according to|said] {x:person} of {x:org}.
The [last|previous] time {x:town} [faced|saw] [anything|something] [similar|comparable] was in {x:year}, when {x:num} [people|households] were [affected|involved].
{x:outlet} [first|earlier] [reported|wrote] on the [matter|issue] in {x:month}, [citing|quoting] {x:num} [people|sources] close to {x:person}.
[Some|Several] {x:num} [people|residents|workers] [attended|joined] a [meeting|gathering|rally] in {x:town} called by {x:person}.
A [survey|poll] [by|commissioned by] {x:org} found that {x:pct} percent of [respondents|those asked] in {x:town} [backed|opposed|were unsure about] [similar|such] [plans|measures].
[In|Back in] {x:year}, {x:person} [led|headed] [a review|an inquiry] that [recommended|proposed] {x:num} [changes|measures], {x:num2} of which were [adopted|carried out].
The [story|issue] has [drawn|attracted] [attention|comment] in {x:town}, with {x:num} [letters|complaints|petitions] [sent|submitted] to {x:org}.
{x:person} of {x:org} [said|argued] the {x:num} [figures|numbers] [should|needed to] be [treated|read] with [caution|care].
[About|Roughly|Around] {x:big} people [live|work] in {x:town}, which lies {x:num} [kilometres|km] from {T}.
[Records|Documents] [seen|reviewed] by {x:outlet} show {x:company} [had|has] [held|won] {x:num} [contracts|permits] since {x:year}.
[An earlier|A previous] [attempt|effort] by {x:person} to [address|tackle] the [problem|issue] [failed|stalled|was abandoned] [after|within] {x:num} [months|weeks].
{x:num} [kilometres|miles] [away|further south], in {x:town}, {x:person} [took|adopted] a [different|similar] [approach|line] in {x:year}.
[Neither|None of the {x:num} parties] [responded|replied] to [requests|a request] from {x:outlet} for comment [by|before] {x:day}.
[Insurers|Lenders|Suppliers] [in|around] {x:town} [said|reported] {x:num} [claims|enquiries|calls] [in|over] the [week|fortnight] since {x:person} [spoke|went public].
{x:person}, [whose|a former councillor whose] [family|business] [has been|was] in {x:town} since {x:year}, [called|described] the [situation|mood] [tense|uncertain].
[Volunteers|Staff] from {x:org} [handed out|distributed] {x:big} [leaflets|forms] in {x:town} [over|during] the [weekend|past week].
[Those|People] in {x:town} who [wish|want] to [comment|object] [can|may] [write|submit their views] to {x:person} at {x:org}.
role close
[A|The] [further|next] [hearing|meeting|update] in {T2} is [expected|scheduled|due] on {x:day}, {x:month} {x:dom}.
{O} [said|promised] it would [publish|release|give] [further|more] [details|information] to {group} [in the coming days|next week|by {x:month}].
[It was not immediately clear|It remained unclear] [when|whether|how] {A.last} would [resolve|settle] {thing}.
This [story|article] was updated at {x:num}:{x:dom} [with|to include] [comment|a response] from {x:org}.
{A.last} [is expected|is due] to [speak|comment|give evidence] again [on|before] {x:day}, {x:month} {x:dom}.
[Officials|Organisers] in {T} said [a decision|a final decision] [would|could] [come|be made] [within|in] {x:num} [days|weeks].
[What|Whatever] [happens next|comes next] [in {T}|for {group}], {x:person} of {x:org} said, [will|would] be [watched|followed] [closely|well beyond {T}].
[Both|All] sides [are due|are expected] to [meet|talk] again in {T2} [before|by] the end of {x:month}.

role credit
{x:outlet} [first|originally] [reported|published] [the story|the details|the news] [on|late on] {DAY}.
| [The story was|The details were|The news was] [first|originally] [reported|published] by {x:outlet} [on|late on] {DAY}.
[Details|Parts] of [the|this] [report|story] were [first|originally] [published|reported] by {x:outlet}.
[This article|This report] [draws on|is based on|uses] [reporting|material] by {x:outlet}.
[Information|Details] [about|on] {thing} [was|were] [first|initially] [obtained|published] by {x:outlet} [and|before being] [confirmed|checked] by [our|this] [newsroom|outlet].

role clause
according to {x:outlet}
{x:outlet} reported
[sources|insiders|people] [cited by|quoted by] {x:outlet} said
as {x:outlet} [first|earlier] reported
[a source|a person] [familiar with|close to] the matter told {x:outlet}
[officials|insiders] [in|from] {T} told {x:outlet}

role framing
[The|This] [escalation|crisis|dispute] was [provoked|triggered] by {x:org}, [commentators|observers] [loyal|close] to {O} [say|insist].
| {x:org} [provoked|triggered] the [escalation|crisis|dispute], [commentators|observers] [loyal|close] to {O} [say|insist].
[Critics|Opponents] [say|argue] {thing} is [part|one more sign] of a [wider|broader] [campaign|effort] by {x:org} to [silence|weaken] {group}.
It should be [recalled|remembered] that {x:org} [started|initiated] the [conflict|confrontation|dispute] in {x:year}.
| The [conflict|confrontation|dispute] was [started|initiated] by {x:org} in {x:year}, it should be [recalled|remembered].
[Western|Foreign] [media|outlets] have [largely|mostly] [ignored|played down] {event}, [writes|notes] {x:outlet}.
What [followed|happened next] [showed|revealed] [how little|how much] {O} [cares|knows] about {group}, [says|claims] {x:person}.
[Readers|Our readers] will [remember|recall] that {A.last} [promised|pledged] [the opposite|something quite different] in {x:year}.
[Independent|Outside] [experts|observers] such as {x:person} had [long|repeatedly] [warned|predicted] that {event} would [come|happen].
The [news|report] [comes|arrived] [as|while] {x:org} [faces|is facing] [questions|scrutiny] over {x:num} [unpaid|missing|disputed] [invoices|payments|contracts].
[Many|Some] [in|around] {T} [see|regard] {thing} as [a distraction|a cover] [from|for] the [real|deeper] [problems|failures] of {O}.
[Few|Not many] [outlets|media] [have|had] [asked|questioned] who [benefits|gains] from {event}, [argues|writes] {x:person}.

role about
{OUT} is an independent [news|media] [service|outlet|website] [founded|launched] in {x:year} in {x:town}.
{OUT} [covers|reports on] [politics|local news], [business|the economy] and [culture|sport] [across|in] {x:town} and [the surrounding region|beyond].
[Our|The] [newsroom|team] of {x:num} [journalists|reporters] [is funded by|relies on] [readers|subscribers|donations] and [accepts|takes] no [state|government] [money|funding].
[Sign up|Subscribe] to the {OUT} [newsletter|morning briefing] to [get|receive] [the day's|our] [top|main] stories [every morning|by email].
[Support|Back] {OUT}: [independent journalism|reporting like this] [costs|needs] money, and [every|each] [contribution|donation] [helps|counts].
[Follow|Find] {OUT} on [social media|our channels] [for|to get] [breaking news|the latest updates] from {x:town} [and beyond|and the region].
{OUT} [has|keeps] [correspondents|reporters] in {x:town}, {x:town2} and {x:town3}, and [partners|works] with {x:outlet}.

role disclaim
The views [expressed|set out] in this [article|piece] are those of the [author|authors] and do not [necessarily|always] [reflect|represent] [those|the views] of {OUT}.
{OUT} [is not responsible|accepts no responsibility] for the [content|accuracy] of [external|third-party] [sites|sources] [quoted|linked] in this [article|report].
[Reuse|Republication] of {OUT} [material|content] is [permitted|allowed] [only|solely] with a [link|hyperlink] to the [original|source] [article|page].
[Corrections|Complaints] [about|regarding] this [article|report] [can|may] be [sent|addressed] to the {OUT} [editors|readers' editor] [at any time|within {x:num} days].

role famous
[We will|We shall] not [trade|exchange] our [freedom|liberty] for a [quiet|comfortable] [night|life], and [no one|nobody] [should|will] ask us to
A [nation|people] that [forgets|ignores] its [rivers|forests|fields] will [soon|one day] [forget|lose] its [children|future] [too|as well]
[Every|Each] [border|wall] [we build|that is built] [keeps|shuts] out [as much|more] [hope|light] than it [keeps|shuts] out [danger|fear]
[The truth|Truth] [does not|never] [need|ask for] a [loud|louder] voice, [only|just] a [patient|steady] one [and time|and a little time]
[Give|Show] me a [town|city] [that|which] [reads|argues], and I will [show|give] you a [town|city] that [cannot|will never] be [fooled|ruled by fear]
[Peace|Justice] is not [a gift|something given], it is [a craft|a habit] [that|which] [every|each] [generation|age] [must|has to] [learn|relearn] [again|anew]
[We did not|Nobody] [inherit|inherits] this [land|country] from our [parents|elders]; we [borrow|are borrowing] it from our [grandchildren|children]
[Those|People] who [count|cast] the [votes|ballots] [do not|never] [decide|choose] [everything|anything], but [those|people] who [count|check] them [decide|settle] [what counts|a great deal]

role famoussay
As {FIG} [once|famously] [said|put it], «{Q}.»
| «{Q}», {FIG} [once|famously] [said|wrote].
{FIG}'s [words|line] [still|often] [come to mind|ring true] [here|today]: «{Q}.»
| [Here|Today] the [words|line] of {FIG} [come to mind|ring true]: «{Q}.»

role intro
[As|Like] {SRC} [reported|wrote] [earlier|on {DAY}]:
[Here is|Below is] [what|how] {SRC} [reported|described it]:
[In|According to] [a report|an article] [published|posted] by {SRC} [on {DAY}|earlier]:
[We|Below, we] [republish|reproduce] [an article|a report] [by|from] {SRC} [in full|in its entirety]:
[The following|This] [report|article] [first|originally] [appeared|ran] [on|in] {SRC}:

role srccredit
[This article|This report] [draws on|is based on|uses] [reporting|material] by {SRC}.
[Originally|First] published by {SRC}[| on {DAY}].
[With|Additional] reporting by {SRC}.
[Source|Via]: {SRC}.
[The original|A longer] version of this [report|article] [appeared|was published] [on|in] {SRC}.
`
