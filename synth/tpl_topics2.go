package synth

// Topic frames: science, crime, culture, conflict.
const tplTopics2 = `
== science
kit journal: the Journal of Applied Ecology of {R}; the {x:last} Review of Medicine; Annals of the {T} Academy; the Northern Journal of Physics; the {x:last} Letters in Chemistry
kit O: the University of {T}; the {T} Institute of Technology; the Science Academy of {R}; the {T} Medical Centre; the Institute for Marine Research in {T}; the space agency of {R}
kit roleA: a professor of biology at the University of {T}; the lead author of the {T} study; the head of the {x:last} team; a geneticist at the {T} Medical Centre
kit roleB: an independent researcher in {T2}; a physicist in {T2} who was not involved; a reviewer for {journal}; an epidemiologist at {x:org}
kit roleC: the director of {O}; the science minister of {R}; a spokesperson for {x:org}; a doctoral student from {T2}
kit group: patients in {T}; researchers in {R}; farmers near {T}; fishermen in {T}; students in {T}; doctors in {T}
kit thing: the {T} study; the vaccine trial at {O}; the telescope project in {T}; the research on soil bacteria near {T}; the gene therapy trial in {T}; the survey of fish in the {T} river; the fossil find near {T}; the battery research in {T}; the climate model built in {T}; the bird migration study in {T}
kit event: the publication in {journal}; the conference in {T2}; the launch in {T}; the announcement in {T}; the press briefing in {T}; the peer review by {journal}
role title
[Scientists|Researchers] in {T} [report|find] {N1} [new|unexpected] [results|species]
{thing} [shows|suggests] [promise|link] [for|to] {group}
[Study|Research] [questions|challenges] [claim|view] on {thing}
{T} [team|researchers] [wins|secures] {M} [grant|funding]
role lead
[Researchers|Scientists] at {O} said on {DAY} that {thing} had [found|identified] {N1} [previously unknown|new] [species|compounds] [near|around] {T}.
| {N1} [previously unknown|new] [species|compounds] [near|around] {T} had been [found|identified] by {thing}, [researchers|scientists] at {O} said on {DAY}.
{thing}, [published|reported] in {journal} on {DAY}, [suggests|indicates] that [about|roughly] {P} percent of {group} [may|could] [benefit|be affected].
| [About|Roughly] {P} percent of {group} [may|could] [benefit|be affected], [suggests|according to] {thing}, [published|reported] in {journal} on {DAY}.
{A}, {A.role}, [presented|unveiled] the [results|findings] of {thing} at {event} on {DAY}, [after|following] {N1} years of [work|fieldwork].
| [After|Following] {N1} years of [work|fieldwork], the [results|findings] of {thing} were [presented|unveiled] at {event} on {DAY} by {A}, {A.role}.
{O} [received|won] {M} [in funding|in grants] on {DAY} to [expand|continue] {thing} [over|for] the next {N1} years.
| {M} [in funding|in grants] was [awarded|granted] to {O} on {DAY} to [expand|continue] {thing} [over|for] the next {N1} years.
role body
The [team|researchers] [collected|analysed] {N3} [samples|measurements] from {N1} [sites|locations] [between|from] {x:year} and {x:year2}.
| {N3} [samples|measurements] from {N1} [sites|locations] were [collected|analysed] by the [team|researchers] [between|from] {x:year} and {x:year2}.
{B}, {B.role}, said the [results|findings] were [promising|interesting] but [needed|required] [confirmation|replication] in {x:num} more [sites|patients].
| The [results|findings] were [promising|interesting] but [needed|required] [confirmation|replication] in {x:num} more [sites|patients], [said|according to] {B}, {B.role}.
[About|Some] {N2} [volunteers|participants] [took part|were enrolled] in the [trial|study], [which|and it] [ran|lasted] for {N1} months.
| The [trial|study], which [ran|lasted] for {N1} months, [enrolled|involved] [about|some] {N2} [volunteers|participants].
The [work|project] was [funded|paid for] by {x:org} and {x:company}, [which|who] [contributed|provided] {M} [between them|in total].
| {x:org} and {x:company} [funded|paid for] the [work|project], [contributing|providing] {M} [between them|in total].
[Samples|Specimens] [taken|gathered] near {T2} [showed|contained] {P} percent [more|fewer] [bacteria|particles] than [those|ones] from {T}.
| Compared with [those|ones] from {T}, [samples|specimens] [taken|gathered] near {T2} [showed|contained] {P} percent [more|fewer] [bacteria|particles].
{A.last} said the [team|group] [planned|hoped] to [publish|release] [its data|the full data] on {N2} [samples|cases] so [others|other labs] [could|can] [check|test] it.
| The [team|group] [planned|hoped] to [publish|release] [its data|the full data] on {N2} [samples|cases] so [others|other labs] [could|can] [check|test] it, {A.last} said.
The [method|technique] [used|developed] in {T} [costs|needs] [about|roughly] {P} percent [less|fewer resources] than [existing|current] [ones|approaches].
[Earlier|Previous] [studies|work] [in|from] {x:year} had [suggested|pointed to] [the opposite|a weaker effect], [based on|using] [only|just] {x:num} [cases|samples].
| [Only|Just] {x:num} [cases|samples] [underpinned|were behind] [earlier|previous] [studies|work] [in|from] {x:year}, which had [suggested|pointed to] [the opposite|a weaker effect].
{C}, {C.role}, [said|confirmed] a [second|follow-up] [phase|stage] [would|will] [start|begin] in {T2} [on|from] {DATE}.
| A [second|follow-up] [phase|stage] [would|will] [start|begin] in {T2} [on|from] {DATE}, [said|confirmed] {C}, {C.role}.
The [findings|paper] [drew|attracted] [criticism|questions] from {N1} [researchers|scientists] who [said|argued] the [sample|dataset] was too [small|narrow].
| {N1} [researchers|scientists] [criticised|questioned] the [findings|paper], [saying|arguing] the [sample|dataset] was too [small|narrow].
The [instrument|device] [weighs|weighed] {N1} kilograms and [can|could] [measure|detect] [changes|signals] of {P} percent [or less|and below].
role quote
We [did not|never] [expect|predict] to find {N1} [new|unknown] [species|compounds] in [one|a single] [place|season]
This [is|was] [a first step|an early result] for {group}, [not|and not] a [cure|breakthrough]
The [data|numbers] from {T} [speak|spoke] for themselves, and anyone [can|may] [check|examine] them
[Science|Research] [takes|needs] time, and {thing} [took|has taken] {N1} years [of|of hard] work
[If|Should] the [results|findings] [hold|stand], [they|it] [could|would] [change|matter] [a lot|a great deal] for {group}
I [would|want to] [see|wait for] a [larger|bigger] [trial|study] than the {N2} [cases|samples] in {T} [before|until] [drawing|I draw] [conclusions|any conclusion]
[Our|The] [team|students] [counted|measured] every [sample|specimen] by hand, {N2} of them
[Funding|Money] [for|like] this [is|was] [rare|hard to find] in {R}, and we [are|were] [grateful|lucky] to {x:org}
role statement
{O} [welcomes|notes] the [publication|findings] of {thing} and [will|shall] [support|fund] [further|follow-up] [research|work] in {T} [over|during] the [coming|next] {N1} years
[All|The] data [from|behind] {thing} [will|shall] be [made|published] [openly|publicly] [available|accessible] [by|before] {DATE}, {O} [said|confirmed]
role back
[Spending|Investment] on research in {R} [was|stood at] {x:pct} percent of [output|economic output] in {x:year}, [below|above] the [regional|international] [average|norm].
The [institute|university] [was|had been] [founded|established] in {x:year} and [has|now has] {x:big} [students|staff] [across|on] {x:num} [campuses|sites].
[About|Some] {x:num} [teams|groups] [across|in] {R} [work|are working] on [similar|related] [questions|problems], [according to|says] {x:org}.

== crime
kit O: the {T} police; the police of {R}; the national police in {T}; the {T} prosecutor's office; the customs service in {T}; the border guard at {T}
kit roleA: a police spokesperson in {T}; the {T} police chief; the head of the police in {R}; a spokesperson for the {T} prosecutor's office
kit roleB: a witness in {T}; a neighbour in {T}; the owner of the {T} shop; a local resident of {T}; the victim's brother, a teacher in {T2}
kit roleC: a criminologist at the University of {T2}; a former detective in {T2}; a lawyer for one of the suspects from {T2}; a security consultant with {x:company}
kit group: residents of {T}; shop owners in {T}; victims in {T}; drivers in {T}; pensioners in {T}; families in {T}
kit thing: the {T} robbery; the arson attack in {T}; the fraud scheme in {T}; the stabbing in {T}; the burglaries in {T}; the drug seizure at {T}; the car thefts in {T}; the smuggling ring in {T}; the shooting near {T}; the cyberattack on {x:company}
kit event: the raid in {T}; the arrests in {T}; the search in {T}; the investigation in {T}; the police operation in {T}; the manhunt around {T}
role title
[Police|Officers] [arrest|detain] {N1} [over|after] {thing}
{N3} [seized|found] in {T} {event}
[Manhunt|Search] [under way|continues] after {thing}
{T} [shaken|stunned] by {thing}
role lead
Police in {T} [arrested|detained] {N1} people on {DAY} [in connection with|over] {thing}, [seizing|recovering] [cash|goods] worth {M}.
| {N1} people were [arrested|detained] on {DAY} by police in {T} [in connection with|over] {thing}, and [cash|goods] worth {M} [seized|recovered].
{O} [launched|began] a [manhunt|search] on {DAY} after {thing} [left|injured] {N1} people [in hospital|hurt] in {T}.
| A [manhunt|search] was [launched|begun] by {O} on {DAY} after {thing} [left|injured] {N1} people [in hospital|hurt] in {T}.
[Customs officers|Officers] [seized|found] {N2} kilograms of [drugs|cigarettes|counterfeit goods] [at|near] the port of {T} on {DAY}, {O} said.
| {N2} kilograms of [drugs|cigarettes|counterfeit goods] were [seized|found] [at|near] the port of {T} on {DAY}, {O} said.
{N1} [homes|shops|cars] [in|around] {T} were [targeted|hit] [over|during] the [weekend|past week] in [what|a series] police [called|described as] [organised|linked] [attacks|crimes].
| Police [called|described] the [attacks|crimes] on {N1} [homes|shops|cars] [in|around] {T} [over|during] the [weekend|past week] [organised|linked].
role body
{A}, {A.role}, said the [suspects|men] were [aged|between the ages of] {N1} and {x:num} and [known|familiar] to police.
| The [suspects|men], [aged|between the ages of] {N1} and {x:num}, were [known|familiar] to police, [said|according to] {A}, {A.role}.
[Officers|Detectives] [searched|raided] {N1} [addresses|properties] in {T} and {T2} [early|at dawn] on {DAY}.
| {N1} [addresses|properties] in {T} and {T2} were [searched|raided] [early|at dawn] on {DAY} by [officers|detectives].
{B}, {B.role}, said [they|the family] [heard|had heard] [shouting|a loud bang] [shortly|just] after {N1} [pm|am].
| [Shouting|A loud bang] was [heard|audible] [shortly|just] after {N1} [pm|am], [said|according to] {B}, {B.role}.
The [scheme|fraud] [targeted|cheated] [about|more than] {N2} {group}, [most|many] of them [over|above the age of] {N1}.
| [About|More than] {N2} {group}, [most|many] of them [over|above the age of] {N1}, were [targeted|cheated] by the [scheme|fraud].
[Police|Investigators] [recovered|found] {N1} [vehicles|phones|weapons] and {M} in cash [during|in] {event}.
| {N1} [vehicles|phones|weapons] and {M} in cash were [recovered|found] [during|in] {event}.
[Crime|Burglary] in {T} [rose|fell] {P} percent [last year|in {x:year}], [according to|figures from] {O} [show|say].
| {O} [figures|statistics] [show|say] [crime|burglary] in {T} [rose|fell] {P} percent [last year|in {x:year}].
The [suspects|two main suspects] [are due|are expected] [in court|before a judge] in {T} on {DATE}, [where|and] prosecutors [will|are expected to] [seek|ask for] [custody|detention].
{C}, {C.role}, said [gangs|groups] [in|around] {T} had [shifted|moved] [to|towards] [online|phone] fraud [since|after] {x:year}.
| [Since|After] {x:year}, [gangs|groups] [in|around] {T} had [shifted|moved] [to|towards] [online|phone] fraud, [said|according to] {C}, {C.role}.
[Anyone|People] with [information|details] [is|are] [asked|urged] to [contact|call] {O} [on|at] {x:num} {x:big}.
The [victim|injured man], {N1}, was [taken|flown] to hospital in {T2}, [where|and] [his|the] condition was [described as|said to be] [stable|serious].
| [Taken|Flown] to hospital in {T2}, the [victim|injured man], {N1}, was [in|said to be in] a [stable|serious] condition.
[Cameras|Footage] from {N1} [shops|streets] [helped|allowed] [detectives|officers] to [identify|trace] the [car|van] [used|involved].
role quote
We [have|had] [been|were] [following|watching] this [group|gang] for {N1} months
[It|This] [was|is] [the|a] [quietest|calmest] street in {T}, and now [this|look at it]
[Please|We ask] {group} [not to|never] [give|hand over] [bank details|cash] to [anyone|strangers] [on the phone|at the door]
[Nobody|No one] [should|must] [feel|be] [unsafe|afraid] in their own [home|street] in {T}
[The|These] [gangs|groups] in {T} [move|change] [faster|quicker] than the [law|police] [can|does]
I [heard|saw] [everything|it all] from my [window|balcony] on {x:last} Street and [called|phoned] the police [at once|straight away]
{N1} [arrests|suspects] [is|was] [a start|a good start] for {T}, [not|but not] the [end|whole story]
role statement
{O} [is|has been] [working|in contact] [closely|continuously] with [partners|colleagues] in {T2} and [does|will] not [rule out|exclude] further arrests after the {N1} so far
[An investigation|A criminal investigation] [into|over] {thing} in {T} [is|remains] [under way|ongoing], and [no|no further] [details|information] [will|can] be [released|given] [at this stage|for now]
role back
[Recorded|Reported] crime in {R} [fell|dropped] by {x:pct} percent [between|from] {x:year} and {x:year2}, [according to|figures from] {x:org}.
The [police|force] in {R} [employs|has] {x:big} [officers|staff] and [has|had] [faced|seen] [cuts|budget cuts] [since|after] {x:year}.
[Phone|Online] fraud [accounted|was responsible] for {x:pct} percent of [reported|recorded] [offences|crimes] in {R} in {x:year}.

== culture
kit O: the {T} Museum of Art; the National Theatre in {T}; the {T} Philharmonic; the culture ministry of {R}; the {T} Film Festival; the {x:last} Foundation
kit roleA: the director of the {T} Museum of Art; the director of the {T} festival; the curator of the {T} exhibition; the conductor of the {T} Philharmonic
kit roleB: a painter from {T2}; the author of the novel set in {T2}; a sculptor from {T2}; the lead actor, who grew up in {T2}; the composer, a native of {T2}
kit roleC: a critic for {x:outlet}; an art historian at the University of {T2}; a visitor from {T2}; the culture minister of {R}
kit group: visitors in {T}; audiences in {T}; artists in {T}; readers in {T}; collectors in {T}; musicians in {T}
kit thing: the {T} exhibition; the {T} film festival; the new opera production in {T}; the {T} book prize; the {T} theatre season; the restoration of the {T} cathedral; the {T} museum reopening; the music festival in {T}; the sale of the {x:last} collection; the dance premiere in {T}
kit event: the opening night in {T}; the premiere in {T}; the award ceremony in {T}; the auction in {T}; the reopening in {T}; the gala in {T}
role title
{thing} [opens|draws crowds] in {T}
{B.last} [wins|takes] [prize|award] at {event}
[Record|Sold-out] [crowds|audience] for {thing}
{T} [museum|gallery] [recovers|returns] [painting|works]
role lead
{thing} [opened|began] in {T} on {DAY}, [bringing|showing] {N1}0 [works|pieces] by {B} to the public for the first time.
| {N1}0 [works|pieces] by {B} [went on show|were shown] in {T} for the first time on {DAY}, when {thing} [opened|began].
{B}, {B.role}, [won|took] the [main|top] [prize|award] at {event} in {T} on {DAY}, [worth|with a purse of] {M}.
| The [main|top] [prize|award] at {event} in {T}, [worth|with a purse of] {M}, [went to|was won by] {B}, {B.role}, on {DAY}.
[More than|Over] {N2} [people|visitors] [attended|saw] {thing} [in|during] its first {N1} days, {O} said on {DAY}.
| {O} said on {DAY} that [more than|over] {N2} [people|visitors] had [attended|seen] {thing} [in|during] its first {N1} days.
A [painting|portrait] by {B} [sold|went] for {M} at {event} in {T} on {DAY}, [far above|well over] its [estimate|expected price].
| {M} was [paid|bid] for a [painting|portrait] by {B} at {event} in {T} on {DAY}, [far above|well over] its [estimate|expected price].
role body
The [exhibition|show] [runs|continues] until {DATE} and [includes|features] [works|loans] from {N1} [museums|collections] in {R} and [abroad|beyond].
| [Works|Loans] from {N1} [museums|collections] in {R} and [abroad|beyond] [are|will be] on show until {DATE}.
{A}, {A.role}, said [preparations|planning] for {thing} [took|had taken] {N1} years and [cost|required] {M}.
| [Preparations|Planning] for {thing} [took|had taken] {N1} years and [cost|required] {M}, [said|according to] {A}, {A.role}.
[Tickets|Seats] for {event} [sold out|were gone] [within|in] {N1} [hours|minutes], [organisers|the organisers] said.
| [Organisers|The organisers] said [tickets|seats] for {event} [sold out|were gone] [within|in] {N1} [hours|minutes].
{B.last}, who was born in {T2} in {x:year}, [spent|worked for] {N1} years [in|abroad in] {x:town} [before|and then] [returning|moving back] to {R}.
| Born in {T2} in {x:year}, {B.last} [spent|worked for] {N1} years [in|abroad in] {x:town} [before|and then] [returning|moving back] to {R}.
{C}, {C.role}, [called|described] {thing} [the|a] [most|more] [ambitious|important] [show|event] [in|seen in] {T} [for|in] a decade.
| {thing} is [the|a] [most|more] [ambitious|important] [show|event] [in|seen in] {T} [for|in] a decade, [said|according to] {C}, {C.role}.
The [building|hall] [was|had been] [closed|shut] for {N1} years for [repairs|restoration] [costing|worth] {M}.
| [Repairs|Restoration] [costing|worth] {M} [kept|had kept] the [building|hall] [closed|shut] for {N1} years.
[Critics|Reviewers] were [divided|split], with {x:outlet} [calling|describing] the [production|show] [bold|daring] and {x:outlet2} [dull|overlong].
| The [production|show] [divided|split] [critics|reviewers]: {x:outlet} [called|described] it [bold|daring], {x:outlet2} [dull|overlong].
The [collection|works] [includes|include] {N1} [drawings|paintings] [once|that once] [owned|belonging] to {x:person}, a [collector|merchant] from {x:town}.
[Entry|Admission] is [free|half price] for [children|students] under {N1}, and [costs|is] {x:num} [crowns|euros] for [adults|everyone else].
role quote
[I|We] [wanted|hoped] [people|visitors] in {T} to [see|feel] [what|how] {B.last} [saw|felt]
[This|The] [prize|award] [belongs|goes] to [everyone|all the people] in {T2} who [worked|helped] on [it|this] for {N1} years
[Art|Culture] [is|was] [not|never] [a luxury|an extra] in {T} in [hard|difficult] times, it [is|was] a [necessity|lifeline]
[The|This] [building|hall] [waited|had waited] {N1} years for [this|tonight]
[I|We] [still|honestly] [cannot|can't] [believe|quite believe] [the|this] [price|figure] of {M}
{group} [queued|waited] [for {N1} hours|in the rain], and [that|this] [says|tells us] [everything|enough]
[Every|Each] [painting|work] [here|in this room] [has|had] [a story|its own history] in {T2}, [some|many] of them [sad|painful]
role statement
{O} [is|was] [delighted|proud] [with|by] the [response|interest] of {group} to {thing} and [thanks|would like to thank] [all|the] {N1} [lenders|partners] [who made it possible|for their support]
[Proceeds|Revenue] from {event} in {T} [will|shall] [go|be used] [towards|for] [the|a] [restoration|education] [fund|programme] of {O}
role back
The [museum|gallery] [was|had been] [founded|opened] in {x:year} and [holds|keeps] [about|more than] {x:big} [objects|works] in its [collection|stores].
[Public|State] [spending|funding] on culture in {R} [fell|rose] by {x:pct} percent [between|from] {x:year} and {x:year2}.
[The|This] [festival|season] [draws|attracts] [about|some] {x:big} [visitors|guests] a year, [according to|says] {x:org}.

== conflict
kit O: the defence ministry in {T2}; the general staff in {T2}; the military administration in {T}; the foreign ministry in {T2}; the emergency service in {T}; the {T} city administration
kit roleA: the head of the military administration in {T}; a spokesperson for the general staff in {T2}; the commander of the forces near {T}; the defence minister of {R}; the governor of the {T} region
kit roleB: a military analyst at {x:org}; a retired colonel from {T2}; a defence expert in {T2}; a researcher at the {x:last} Institute for Security Studies
kit roleC: a resident of {T}; a volunteer driver in {T2}; a nurse at the {T} hospital; an aid worker with {x:org}
kit group: civilians in {T}; residents of {T}; soldiers near {T}; refugees from {T}; volunteers in {T}; families in {T}
kit thing: the shelling of {T}; the drone attack on {T}; the offensive near {T}; the ceasefire talks in {T2}; the prisoner exchange near {T2}; the evacuation of {T}; the counteroffensive near {T}; the strike on the {T} power station; the blockade of the port of {T}; the retreat from {T}
kit event: the overnight attack on {T}; the shelling of {T}; the offensive near {T}; the missile strike on {T}; the drone raid on {T}; the artillery barrage on {T}
role title
{event} [on|hits] {T} [kills|leaves] {N1} [dead|injured]
{A.last}: [troops|forces] [hold|push back] near {T}
[Talks|Ceasefire] [stall|collapse] over {thing}
{N2} [evacuated|flee] as {event} [nears|hits] {T}
[Commander|General] [urged|advised] [leaders|president] to [abandon|leave] {T}, [insiders|sources] say
role lead
{event} on {T} [killed|left] {N1} people [dead|dead and {x:num} injured] [overnight|on {DAY}], {O} said.
| {O} said {N1} people were [killed|left dead] in {event} on {T} [overnight|on {DAY}].
{A}, {A.role}, said on {DAY} that [forces|troops] had [pushed back|repelled] {N1} [attacks|assaults] [near|around] {T} [in the past day|since {x:day}].
| [Forces|Troops] had [pushed back|repelled] {N1} [attacks|assaults] [near|around] {T} [in the past day|since {x:day}], {A}, {A.role}, said on {DAY}.
[About|More than] {N2} [civilians|residents] were [evacuated|moved] from {T} on {DAY} as {thing} [intensified|spread], the regional [authorities|administration] said.
| The regional [authorities|administration] said [about|more than] {N2} [civilians|residents] were [evacuated|moved] from {T} on {DAY} as {thing} [intensified|spread].
[Delegations|Negotiators] [meeting|gathered] in {T2} [failed|were unable] to [agree|reach a deal] on {thing} on {DAY}, [after|despite] {N1} hours of talks.
| [After|Despite] {N1} hours of talks in {T2} on {DAY}, [delegations|negotiators] [failed|were unable] to [agree|reach a deal] on {thing}.
The [army|military] [commander|chief] [advised|urged] [leaders|the government] to [abandon|withdraw from] {T}, [insiders|sources] [cited by|quoted by] {x:outlet} said on {DAY}.
| [Insiders|Sources] [cited by|quoted by] {x:outlet} said on {DAY} that the [army|military] [commander|chief] had [advised|urged] [leaders|the government] to [abandon|withdraw from] {T}.
role body
{O} said {N1} [drones|missiles] were [launched|fired] [overnight|on {DAY}], of which {x:num} were [shot down|intercepted] [over|near] {T2}.
| Of {N1} [drones|missiles] [launched|fired] [overnight|on {DAY}], {x:num} were [shot down|intercepted] [over|near] {T2}, {O} said.
{B}, {B.role}, said the [front|line] near {T} had [barely|hardly] [moved|shifted] [in|over] the past {N1} [weeks|months].
| The [front|line] near {T} had [barely|hardly] [moved|shifted] [in|over] the past {N1} [weeks|months], [said|according to] {B}, {B.role}.
[Power|Electricity] was [cut|knocked out] to {N3} [homes|households] in {T} [after|when] [a strike|the attack] [hit|damaged] a [substation|power plant].
| A [strike|the attack] [hit|damaged] a [substation|power plant], [cutting|knocking out] [power|electricity] to {N3} [homes|households] in {T}.
[Volunteers|Aid workers] [delivered|brought] {N1} [tonnes|truckloads] of [food|water|medicine] to {T} [on {DAY}|overnight], {C.last} said.
| {N1} [tonnes|truckloads] of [food|water|medicine] were [delivered|brought] to {T} by [volunteers|aid workers] [on {DAY}|overnight], {C.last} said.
The [claims|reports] [could|can] not be [independently|separately] [verified|confirmed] [by|from] {T2}.
The [city|town] of {T} had [a pre-war|a peacetime] population of [about|around] {N3}, [of whom|and] [fewer|less] than {P} percent [remain|remained].
| [Fewer|Less] than {P} percent of the [pre-war|peacetime] population of {T}, [about|around] {N3}, [remain|remained] in the [city|town].
President {LEADER}, [speaking|calling] from {T2}, [discussed|raised] {thing} with {x:num} [allies|partners] on {DAY}, his office said.
| {thing} was [discussed|raised] by President {LEADER}, [speaking|calling] from {T2}, with {x:num} [allies|partners] on {DAY}, his office said.
{N2} [soldiers|prisoners] were [exchanged|swapped] [near|at] {T2} on {DAY}, [the|a] [largest|biggest] [exchange|swap] since {x:month}.
| The [largest|biggest] [exchange|swap] since {x:month} [saw|involved] {N2} [soldiers|prisoners] [exchanged|swapped] [near|at] {T2} on {DAY}.
[Damage|Repairs] to [the|a] [bridge|rail line] [near|outside] {T} [would|will] [take|need] {N1} weeks [and|to fix and] [cost|at a cost of] {M}.
[Schools|Shops] in {T} [switched|moved] to [online|shorter] [lessons|hours] [after|following] {event}, [the|a] city [official|spokesperson] said.
| [After|Following] {event}, [schools|shops] in {T} [switched|moved] to [online|shorter] [lessons|hours], [the|a] city [official|spokesperson] said.
{A.last} [denied|rejected] [reports|claims] that [troops|forces] had [withdrawn|pulled back] from {T2}, [calling them|describing them as] [false|untrue].
| [Reports|Claims] that [troops|forces] had [withdrawn|pulled back] from {T2} were [denied|rejected] by {A.last} as [false|untrue].
role quote
We [heard|counted] {N1} [explosions|blasts] [before|after] [midnight|dawn], and then the [lights|power] went out
The [situation|position] near {T} [is|remains] [difficult|tense] but [under control|stable]
[Nobody|No one] in {T} [sleeps|slept] [any more|these days], we [just|simply] [wait|listen]
[Every|Each] [day|night] [we|the teams] [bring|take] [water|bread] to [the|those] {N2} people who [stayed|remain] in {T}
[Talks|Negotiations] in {T2} [will|can] [only|not] [succeed|work] [if|unless] [both sides|everyone] [want|wants] them to
[The|Our] [hospital|clinic] [treated|took in] {N1} [wounded|patients] [in|during] [one|a single] [night|shift]
[They|The attackers] [hit|struck] [the|a] [power station|substation] in {T} [again|{x:num} times], [as|just as] [everyone|we] [expected|feared]
[We|I] [will not|won't] [leave|abandon] {T}, this [is|remains] [our|my] [home|city]
role statement
The [defence|armed] forces [continue|are continuing] to [hold|defend] [their|all] positions [near|around] {T} and the situation [remains|is] [under control|difficult but controlled]
[Civilians|Residents] in {T} and {T2} [are|remain] [urged|advised] to [heed|follow] air raid [warnings|alerts] and [remain|stay] in [shelters|safe places] [until|before] {x:num} [am|pm]
role back
[The|This] [conflict|war] [began|started] in {x:year} and has [displaced|uprooted] [more than|over] {x:big} people, [according to|says] {x:org}.
[Fighting|Shelling] [along|on] the {x:num}-kilometre front [has|had] [continued|gone on] [almost|nearly] [daily|without pause] since {x:month} {x:year}.
[Several|A number of] [rounds|attempts] of [talks|negotiations] [in|held in] {x:town} and {x:town2} [have|had] [failed|ended] [without|with no] a [lasting|durable] ceasefire.
[International|Foreign] [aid|assistance] [to|for] the [region|country] [totalled|reached] {x:big} million [euros|dollars] in {x:year}, [says|according to] {x:org}.
`
