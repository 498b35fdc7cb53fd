package synth

// Topic frames: politics, courts, business, sport, weather. Each topic
// defines the kits every generic frame may use (thing, event, O, group,
// roleA..roleC) and its own.
const tplTopics1 = `
== politics
kit party: the Civic Union of {T}; the People's Alliance of {R}; the Green Forum of {T}; the Liberal Bloc of {T2}; the National Renewal party of {R}; the {x:last} Movement; the Farmers' Party of {R}; the Social Democrats of {T}
kit O: the Interior Ministry in {T}; the Finance Ministry in {T}; the {T} city council; the regional assembly in {T}; the governing coalition in {T}; the {T} transport ministry; the national parliament in {T}; the office of the governor of {T}
kit roleA: the interior minister of {R}; the finance minister of {R}; the deputy prime minister of {R}; the mayor of {T}; the speaker of the assembly in {T}; the transport minister of {R}; the governor of {T}
kit roleB: the opposition leader in {T}; a senior opposition lawmaker from {T2}; the leader of the {x:last} Movement; a rebel member of the coalition from {T2}; the head of the {T} branch of the opposition
kit roleC: a political analyst at {x:org}; a professor of politics in {T2}; a former adviser to {x:person}; a pollster with {x:company}; a commentator for {x:outlet}
kit group: voters in {T}; taxpayers in {T}; pensioners in {T}; tenants in {T}; commuters in {T}; public sector workers in {T}; small business owners in {T}; young families in {T}
kit thing: the {T} housing bill; the proposed fuel levy in {R}; the {T} pension reform; the new border checks at {T2}; the {T} regional budget; the draft media law backed by {A.last}; the {T} school funding plan; the {T2} rail privatisation plan; the electoral reform sought by {A.last}; the {T} rent cap; the {T} bypass plan; the water charges in {T}; the {T} port expansion plan
kit event: the vote in {T}; the debate in {T}; the cabinet meeting in {T}; the budget vote in {T}; the coalition talks in {T}; the confidence vote in {T}; the party congress in {T2}; the committee hearing in {T}
role title
{T} [lawmakers|council] [back|approve|reject] {thing}
{A.last} [defends|stands by] {thing} as {group} [protest|push back]
[Coalition|Government] [wobbles|in crisis] after {party} [walks out|quits talks]
{B.last} [demands|calls for] [inquiry|fresh vote] over {thing}
[Poll|Survey]: {P} percent of {group} [oppose|reject] {thing}
role lead
{A.role} {A} [announced|unveiled|presented] {thing} on {DAY}, [saying|arguing] it would [save|raise] {M} over {N1} years.
| {thing}, [announced|unveiled|presented] by {A.role} {A} on {DAY}, would [save|raise] {M} over {N1} years, [the government|{A.last}] [said|argued].
Lawmakers [in {T}|in the regional assembly] [approved|passed|backed] {thing} by {N1} votes on {DAY}, [handing|giving] {A} [a rare|an unexpected] [victory|boost].
| {thing} was [approved|passed|backed] by {N1} votes [in {T}|in the regional assembly] on {DAY}, [handing|giving] {A} [a rare|an unexpected] [victory|boost].
{B}, {B.role}, [called for|demanded] a [public inquiry|fresh vote|full review] into {thing} on {DAY} after {N2} [people|residents|voters] [signed|backed] a petition.
| After {N2} [people|residents|voters] [signed|backed] a petition, {B}, {B.role}, [called for|demanded] a [public inquiry|fresh vote|full review] into {thing} on {DAY}.
The [coalition|government] in {T} was [thrown into|plunged into] [turmoil|crisis] on {DAY} when {party} [withdrew|pulled] its {N1} [members|lawmakers] from {event}.
| {party} [withdrew|pulled] its {N1} [members|lawmakers] from {event} on {DAY}, [throwing|plunging] the [coalition|government] in {T} into [turmoil|crisis].
{A}, {A.role}, [faces|is facing] [growing|mounting] [pressure|criticism] over {thing}, with {P} percent of {group} [opposed|against it] in a [new|fresh] [poll|survey].
| With {P} percent of {group} [opposed|against it] in a [new|fresh] [poll|survey], {A}, {A.role}, [faces|is facing] [growing|mounting] [pressure|criticism] over {thing}.
role body
The [plan|proposal|measure] [would|is expected to] [cost|raise] {M} [in its first year|over {N1} years], [according to|based on] [estimates|figures] from {O}.
| [Estimates|Figures] from {O} [put|suggest] the [cost|revenue] of the [plan|proposal|measure] at {M} [in its first year|over {N1} years].
{B.last} [accused|criticised] {A.last} of [rushing|pushing] {thing} through {event} [without|with no] [proper|adequate] [consultation|scrutiny].
| {A.last} was [accused|criticised] by {B.last} of [rushing|pushing] {thing} through {event} [without|with no] [proper|adequate] [consultation|scrutiny].
[About|Roughly|Some] {N2} [people|protesters|demonstrators] [gathered|rallied] outside the [assembly|parliament building|town hall] in {T} [on {DAY}|ahead of {event}].
| Outside the [assembly|parliament building|town hall] in {T}, [about|roughly|some] {N2} [people|protesters|demonstrators] [gathered|rallied] [on {DAY}|ahead of {event}].
{party} [holds|has] {N1} of the [seats|mandates] in {T} and had [threatened|vowed] to [block|oppose] {thing}.
| Having [threatened|vowed] to [block|oppose] {thing}, {party} [holds|has] {N1} of the [seats|mandates] in {T}.
Under the [plan|proposal], {group} [earning|with incomes] below {M} would [pay|receive] {P} percent [less|more] [from {DATE}|from next year].
| {group} [earning|with incomes] below {M} would [pay|receive] {P} percent [less|more] [from {DATE}|from next year] under the [plan|proposal].
{C}, {C.role}, said the [row|dispute] over {thing} [could|might] [cost|lose] the [coalition|government] [its majority|support] in {T}.
| The [row|dispute] over {thing} [could|might] [cost|lose] the [coalition|government] [its majority|support] in {T}, [said|according to] {C}, {C.role}.
The [last|previous] [attempt|effort] to [pass|push through] [a similar|such a] [measure|law], in {x:year}, [collapsed|failed] after {N1} [days|weeks] of [debate|wrangling].
| [A similar|Such a] [measure|law] [collapsed|failed] in {x:year} after {N1} [days|weeks] of [debate|wrangling].
{A.last} [is due|is expected] to [meet|hold talks with] [leaders|representatives] of {party} in {T2} [on {x:day}|next week].
| [Talks|A meeting] between {A.last} and [leaders|representatives] of {party} [is due|is expected] in {T2} [on {x:day}|next week].
[Opinion polls|Surveys] [published|released] [this week|on {DAY}] [put|show] support for {party} at {P} percent, [down|up] from {N1} percent in {x:month}.
| Support for {party} [stands|is] at {P} percent, [down|up] from {N1} percent in {x:month}, [according to|in] [opinion polls|surveys] [published|released] [this week|on {DAY}].
The [ministry|government] [has said|says] {thing} [would|will] [affect|cover] [about|roughly] {N3} {group} [across|in] {R}.
| [About|Roughly] {N3} {group} [across|in] {R} [would|will] be [affected|covered] by {thing}, the [ministry|government] [has said|says].
{B.last} [said|argued] that [the money|the funds] [would be better spent|should be spent] on [schools|hospitals|roads|housing] in {T2} and {T}.
| [The money|The funds] [would be better spent|should be spent] on [schools|hospitals|roads|housing] in {T2} and {T}, {B.last} [said|argued].
[A final vote|The final reading] [is scheduled|is expected] for {DATE}, [though|but] [officials|aides] [said|conceded] it [could|may] [slip|be delayed].
| [Officials|Aides] [said|conceded] that [a final vote|the final reading] [scheduled|expected] for {DATE} [could|may] [slip|be delayed].
{A.last}'s [office|spokesperson] [rejected|dismissed] the [criticism|accusations] as [politically motivated|unfounded] [in a post|in remarks] on {DAY}.
| [In a post|In remarks] on {DAY}, {A.last}'s [office|spokesperson] [rejected|dismissed] the [criticism|accusations] as [politically motivated|unfounded].
[Members|Delegates] of {O} [spent|took] {N1} hours [debating|discussing] {thing} [before|ahead of] {event}.
| {thing} was [debated|discussed] for {N1} hours by [members|delegates] of {O} [before|ahead of] {event}.
[Delegations|Observers] from {T2} and {x:town} [attended|followed] {event} [from the gallery|as guests of {A.last}].
role quote
We [will not|cannot] [accept|support] {thing} in its [current|present] form, and {group} [know|understand] why
This is [a good day|an important day] for {group}, and for {A.last}
Nobody [asked|consulted] the {N2} people who [signed|backed] the petition
[The numbers|The figures] for {T} [simply|just] do not [add up|work], and {A.last} [knows|must know] it
We have [listened|been listening] to {group} for {N1} months, and {thing} is [the result|what they asked for]
I [expect|hope] {party} to [come back|return] to the table [before|by] {DATE}
If {thing} [fails|falls], [it will be|that will be] because of {B.last}, not [policy|substance]
[Our|My] [door|office] [remains|stays] open to anyone in {T} who [wants|is willing] to [talk|work with us]
[Voters|People] in {T2} [will|are going to] [remember|judge] this [in {x:year}|when {N1} seats are up]
We [are|were] {N1} votes short, [which|and that] [is|was] [not|hardly] a [defeat|disaster] for {party}
It is [too early|premature] to [say|tell] whether {event} [will|would] [change|shift] anything for {group}
[Frankly|Honestly], the [cost|price] to {T} of doing nothing [is|would be] [higher|greater] than {M}
[They|Our opponents] in {T2} had {N1} [years|chances] to [fix|solve] this and [did nothing|chose not to]
{thing} [is|was] [never|not] about {A.last}, it [is|was] about [fairness|trust] for {group}
role statement
{O} [remains|is] [committed|determined] to [delivering|completing] {thing} in {T} [in full|on time] and [will|shall] [consult|engage with] {group} [at every stage|throughout]
The [decision|step] on {thing} was [taken|made] by {A.last} [after careful|following careful] [consideration|review] [of all the evidence|of the options], [including|among them] the views of {N2} {group}
[The government|The ministry] [will|shall] [respond|reply] [fully|in detail] to the [questions|concerns] [raised|voiced] by {B.last} [in due course|before {DATE}]
role back
{R} has been [governed|run] by [coalitions|coalition governments] of {x:num} [parties|partners] for most of the time since {x:year}.
The [assembly|chamber] in {T} has {x:big} [registered|eligible] [members|voters] [per seat|for each seat], [among|one of] the [highest|largest] [ratios|figures] in {R}.
[Reforms|Changes] to the [voting|electoral] system [were|had been] [promised|proposed] in {x:year} and again in {x:year2}, [but|yet] [never|not] [enacted|passed].
[Turnout|Participation] at the [last|previous] [election|regional election] was {x:pct} percent, [down|falling] from {x:pct2} percent [a decade earlier|in {x:year}].

== courts
kit charge: fraud; embezzlement; bribery; money laundering; abuse of office; tax evasion; forgery; breach of trust
kit O: the {T} District Court; the Supreme Court of {R}; the Court of Appeal in {T}; the prosecutor's office in {T}; the regional court in {T2}; the Constitutional Court of {R}
kit roleA: the presiding judge in {T}; the chief judge of the {T} district court; a judge at the appeal court in {T}; the judge in the {T} case
kit roleB: the former director of {x:company}; a businessman from {T2}; the former deputy mayor of {T}; a former official at the {T} port; the defendant, a property developer from {T2}
kit roleC: the lead prosecutor in {T}; a lawyer for {B.last}; a lawyer representing victims in {T}; a legal scholar at the University of {T2}; the defence counsel for {B.last}
kit group: victims in {T}; families in {T}; shareholders of {x:company}; former employees of {x:company}; residents of {T}; taxpayers in {T}
kit thing: the {T} fraud case; the corruption trial of {B.last}; the appeal by {B.last}; the libel case against {B.last}; the extradition request for {B.last}; the inquiry into the {T} contract; the damages claim against {B.last}; the embezzlement case in {T}; the bribery trial of {B.last}; the case over the {T} land deal
kit event: the hearing in {T}; the ruling in {T}; the verdict in {T}; the sentencing in {T}; the appeal hearing in {T}; the first day of the {T} trial; the closing arguments in {T}
role title
{B.last} [found guilty|cleared|convicted] [of|over] {charge} in {T}
[Court|Judge] [rules|decides] on {thing}
{B.last} [jailed|sentenced] for {N1} years over {charge}
[Appeal|Retrial] [ordered|granted] in {thing}
[Prosecutors|State] [seek|demands] {N1} years for {B.last}
role lead
{O} [found|declared] {B}, {B.role}, guilty of {charge} on {DAY} and [sentenced|jailed] [him|the defendant] for {N1} years.
| {B}, {B.role}, was [found|declared] guilty of {charge} by {O} on {DAY} and [sentenced|jailed] for {N1} years.
{B}, {B.role}, was [cleared|acquitted] of {charge} on {DAY} after a [trial|hearing] that lasted {N1} [days|weeks].
| After a [trial|hearing] that lasted {N1} [days|weeks], {O} [cleared|acquitted] {B}, {B.role}, of {charge} on {DAY}.
Prosecutors in {T} [asked|urged] {O} on {DAY} to [jail|imprison] {B} for {N1} years over {thing}, [alleging|saying] that {M} had [vanished|gone missing].
| {O} was [asked|urged] on {DAY} by prosecutors in {T} to [jail|imprison] {B} for {N1} years over {thing}, in which {M} [allegedly|reportedly] [vanished|went missing].
{A}, {A.role}, [ordered|granted] a [retrial|new hearing] in {thing} on {DAY}, [citing|after finding] {N1} [procedural errors|errors in the original trial].
| A [retrial|new hearing] in {thing} was [ordered|granted] on {DAY} by {A}, {A.role}, [citing|after finding] {N1} [procedural errors|errors in the original trial].
{O} [ruled|decided] on {DAY} that {x:company} must [pay|repay] {M} to {N2} {group} in {thing}.
| {N2} {group} [must|are to] be [paid|repaid] {M} by {x:company}, {O} [ruled|decided] on {DAY}.
role body
The [court|judge] [heard|was told] that {M} had been [transferred|moved] through {N1} [companies|accounts] registered in {T2} between {x:year} and {x:year2}.
| Between {x:year} and {x:year2}, {M} had been [transferred|moved] through {N1} [companies|accounts] registered in {T2}, the [court|judge] [heard|was told].
{C}, {C.role}, [argued|told the court] that the [evidence|case] against {B.last} [rested|relied] on [a single|one] [witness|document].
| The [evidence|case] against {B.last} [rested|relied] on [a single|one] [witness|document], {C}, {C.role}, [argued|told the court].
{B.last} [denied|has denied] [all|every one of] the {N1} [charges|counts] and [plans|intends] to [appeal|challenge the ruling].
| [Denying|Having denied] [all|every one of] the {N1} [charges|counts], {B.last} [plans|intends] to [appeal|challenge the ruling].
[More than|Over] {N2} [pages|documents] of [evidence|bank records] were [submitted|filed] to {O} by {C.last} [during|over the course of] the [trial|case].
| {O} [received|was given] [more than|over] {N2} [pages|documents] of [evidence|bank records] from {C.last} [during|over the course of] the [trial|case].
{A.last} [rejected|dismissed] a [request|motion] by {C.last} to [exclude|throw out] [recordings|wiretaps] made in {T} in {x:year}.
| A [request|motion] by {C.last} to [exclude|throw out] [recordings|wiretaps] made in {T} in {x:year} was [rejected|dismissed] by {A.last}.
[Relatives|Supporters] of {B.last} [packed|filled] the [courtroom|public gallery] in {T} and [applauded|shouted] [as|when] {event} [was read out|ended].
| The [courtroom|public gallery] in {T} was [packed|filled] with [relatives|supporters] of {B.last}, who [applauded|shouted] [as|when] {event} [was read out|ended].
The [case|investigation] [began|started] in {x:year} after an [audit|inspection] of {x:company} [found|uncovered] {M} in [unexplained|unaccounted] [payments|transfers].
| An [audit|inspection] of {x:company} in {x:year} [found|uncovered] {M} in [unexplained|unaccounted] [payments|transfers], [prompting|triggering] the [case|investigation].
{N1} [witnesses|experts] [gave evidence|testified] [over|across] {x:num} [days|sessions], [including|among them] {x:person}, a former [accountant|manager] at {x:company}.
| [Among|Including] {x:person}, a former [accountant|manager] at {x:company}, {N1} [witnesses|experts] [gave evidence|testified] [over|across] {x:num} [days|sessions].
The [maximum|heaviest] [penalty|sentence] for {charge} [under|in] the [law|criminal code] of {R} is {N1} years in [prison|jail].
| [Under|In] the [law|criminal code] of {R}, {charge} [carries|is punishable by] up to {N1} years in [prison|jail].
{C.last} said [the defence|the team] would [file|lodge] an appeal [within|in] {N1} days.
| An appeal will be [filed|lodged] [within|in] {N1} days, {C.last} said.
The [ruling|verdict] [can|may] be [appealed|challenged] in {T2}, where the court [usually|typically] [takes|needs] {N1} months to [decide|rule].
{x:company} [said|stated] it had [cooperated|worked] with [investigators|prosecutors] in {T} [from the start|since {x:year}].
role quote
[Justice|The law] [has been|was] [served|done] in {T} today, and {N2} {group} [deserve|deserved] nothing less
{B.last} [is|was] [innocent|not guilty], and we [will|shall] [prove|show] it [in {T2}|at the {N1} hearings] to come
The [court|judge] [ignored|overlooked] {N1} [pieces|items] of evidence that [point|pointed] elsewhere
[This|Today] [sends|is] a [clear|strong] [message|signal] to anyone in {T} who, like {B.last}, [thinks|believes] they are above the law
We [waited|have waited] {N1} years for [this|a ruling] from {O} and [we are|we're] [relieved|exhausted]
{M} [is|was] [public|people's] money, and {N1} percent of it [must|should] [go back|be returned] to {T}
The [trial|case] [was|has been] [political|a show] from the day {A.last} took it in {x:year}
[Nobody|No one] [in|at] {x:company} [raised|flagged] [a single|one] [concern|warning] for {N1} years
We [respect|accept] the [decision|ruling] of {O} [but|and] [will|shall] [study|read] all {N1} pages
I [never|did not] [take|accept] a [single|one] [payment|bribe] from {x:company}, and the [records|documents] [show|prove] it
role statement
{O} [has|had] [considered|weighed] [all|every piece of] [the evidence|evidence] [presented|put before it] by {C.last} and {N1} witnesses and [reached|came to] its [decision|verdict] [independently|impartially]
The prosecutor's office in {T} [will|intends to] [study|examine] the [written|full] [ruling|judgment] [before deciding|and then decide] whether to [appeal|challenge it]
role back
The [court|judicial] system of {R} has [faced|drawn] [criticism|scrutiny] [over|for] [delays|backlogs], with {x:big} cases [pending|waiting] [at the end of|in] {x:year}.
[Reforms|Changes] [passed|adopted] in {x:year} [created|set up] {x:num} [specialised|new] [courts|chambers] for [corruption|financial crime] [cases|trials].
[Average|Typical] [trials|cases] in {R} [last|take] {x:num} months [from|between] [charge|indictment] [to|and] [verdict|ruling], [according to|says] {x:org}.
[Judges|Prosecutors] in {R} are [appointed|chosen] by a [council|panel] of {x:num} members [elected|picked] [every|once every] {x:num2} years.

== business
kit Co: {x:company}; {x:company} Group; {x:company} Holdings
kit O: {Co}; the board of {Co}; the central bank; the competition authority; the {T} Chamber of Commerce; the stock exchange in {T}
kit roleA: the chief executive of {Co}; the chair of {Co}; the founder of {Co}; the chief financial officer of {Co}
kit roleB: the head of the union at {Co}; a union representative in {T}; the leader of the workers' council in {T}; the union's secretary in {T}
kit roleC: an analyst at {x:company}; an economist at {x:org}; a fund manager in {T2}; a professor of economics in {T2}
kit group: shareholders of {Co}; workers in {T}; customers of {Co}; suppliers of {Co}; pensioners in {T}; investors in {Co}
kit thing: the {Co} merger; the takeover bid for {x:company}; the new {Co} factory in {T}; the job cuts at {Co}; the {Co} price increase; the {Co} bond sale; the {Co} restructuring plan; the plant closure in {T}; the expansion into {T2}; the {Co} dividend cut; the {T} warehouse project
kit event: the {Co} annual results; the shareholder meeting in {T}; the {Co} quarterly results; the board meeting in {T}; the {Co} investor call; the {Co} earnings report
role title
{Co} to [cut|shed] {N2} jobs
{Co} [profit|earnings] [falls|rises] {P} percent
{Co} [agrees|seals] {M} [deal|takeover]
[Union|Workers] [vows|threaten] strike over {thing}
[Regulator|Watchdog] [probes|examines] {thing}
role lead
{Co} [said|announced] on {DAY} it would [cut|shed] {N2} jobs [as part of|under] {thing}, [blaming|citing] [falling|weaker] demand in {R}.
| [Blaming|Citing] [falling|weaker] demand in {R}, {Co} [said|announced] on {DAY} it would [cut|shed] {N2} jobs [as part of|under] {thing}.
[Profits|Earnings] at {Co} [fell|rose] {P} percent to {M} [last year|in the latest quarter], the company said on {DAY}.
| {Co} said on {DAY} that its [profits|earnings] [fell|rose] {P} percent to {M} [last year|in the latest quarter].
{Co} [agreed|struck a deal] on {DAY} to [buy|acquire] {x:company2} for {M}, [creating|forming] one of the [largest|biggest] [groups|firms] in {R}.
| In a {M} [deal|agreement] [announced|struck] on {DAY}, {Co} will [buy|acquire] {x:company2}, [creating|forming] one of the [largest|biggest] [groups|firms] in {R}.
[Workers|Staff] at the {Co} [plant|site] in {T} [voted|decided] on {DAY} to [strike|walk out] over {thing}, [with|by] {P} percent [in favour|backing the action].
| [With|By] {P} percent [in favour|backing the action], [workers|staff] at the {Co} [plant|site] in {T} [voted|decided] on {DAY} to [strike|walk out] over {thing}.
The competition authority [opened|launched] an [investigation|inquiry] into {thing} on {DAY}, [saying|warning] it could [raise|push up] prices for {N3} customers.
| An [investigation|inquiry] into {thing} was [opened|launched] by the competition authority on {DAY} amid [concern|fears] it could [raise|push up] prices for {N3} customers.
role body
Shares in {Co} [fell|dropped|rose|climbed] {P} percent in [early|morning|afternoon] trading in {T} [after|following] the [announcement|news].
| [After|Following] the [announcement|news], shares in {Co} [fell|dropped|rose|climbed] {P} percent in [early|morning|afternoon] trading in {T}.
The company [employs|has] about {N3} people [worldwide|in {N1} countries], [including|of whom] {N2} [work|are based] in {T}.
| About {N3} people [work|are employed] by the company [worldwide|in {N1} countries], [including|of whom] {N2} [work|are based] in {T}.
{A}, {A.role}, said the [plan|restructuring] would [save|free up] {M} a year [by|from] {x:year}.
| The [plan|restructuring] would [save|free up] {M} a year [by|from] {x:year}, [said|according to] {A}, {A.role}.
{B.last} said the union [had|has] [not|never] been [consulted|informed] [before|ahead of] {thing} and [would|will] [seek|demand] talks in {T}.
| The union [had|has] [not|never] been [consulted|informed] [before|ahead of] {thing}, {B.last} said, [adding|saying] it [would|will] [seek|demand] talks in {T}.
{C}, {C.role}, [said|noted] that {Co} [had|has] [lost|given up] {P} percent of its [market share|customers] in {R} since {x:year}.
| {Co} [had|has] [lost|given up] {P} percent of its [market share|customers] in {R} since {x:year}, [said|noted] {C}, {C.role}.
[Sales|Revenue] in {R} [fell|rose] to {M}, [while|as] [costs|expenses] [climbed|grew] by {N1} percent.
| [While|As] [costs|expenses] [climbed|grew] by {N1} percent, [sales|revenue] in {R} [fell|rose] to {M}.
The [plant|factory] in {T} [opened|was built] in {x:year} and [produces|makes] [about|some] {N3} [units|tonnes] a year.
| [About|Some] {N3} [units|tonnes] a year are [produced|made] at the [plant|factory] in {T}, which [opened|was built] in {x:year}.
{Co} [expects|forecasts] [profits|sales] of [between|around] {M} [this year|next year], [below|above] [analysts'|market] [forecasts|expectations].
{x:company2}, a [rival|competitor] based in {T2}, [said|announced] last {x:month} that it [would|planned to] [cut|add] {N1}0 jobs.
The [deal|transaction] [still|also] [needs|requires] [approval|clearance] from [regulators|the competition authority] in {R} and {T2}.
| [Regulators|The competition authority] in {R} and {T2} [still|also] [need|have] to [approve|clear] the [deal|transaction].
[Dividends|Payouts] to {group} will be [cut|reduced] to {N1} cents a share, [from|down from] {N2} cents a year [earlier|before].
| {group} will [receive|get] {N1} cents a share in [dividends|payouts], [from|down from] {N2} cents a year [earlier|before].
[Talks|Negotiations] between {Co} and [unions|the union] are [due|scheduled] to [resume|begin] in {T} on {DATE}.
role quote
[These|This] [are|is] [difficult|painful] [decisions|choices], but {Co} [has|had] to [adapt|change] to survive in {R}
We [will|shall] [fight|oppose] every one of the {N2} [job cuts|redundancies] in {T}
The [market|demand] in {R} [has|had] [changed|shifted] [faster|more quickly] than anyone [expected|predicted]
[Investors|Shareholders] in {T} [want|wanted] a [clear|credible] plan, and {thing} [is|was] [not|hardly] [it|that plan]
Our [workers|people] in {T} [built|made] {Co}, and they [deserve|are owed] [better|more respect]
{M} [is|was] a [fair|good] price for {group}, and the [board|directors] [agreed|agree] unanimously
The [numbers|results] for {x:year} [are|were] {P} percent [better|worse] than {A.last} [feared|expected], but [not|hardly] good enough for {group}
[Nobody|No one] [at|in] {Co} [wants|wanted] [to close|to shut] a [plant|site] that has been in {T} since {x:year}
We [expect|see] [growth|demand] to [return|recover] in {R} [by|within] {N1} months
[Customers|Shoppers] in {T} will [pay|end up paying] for {thing} [one way or another|sooner or later]
role statement
{Co} [remains|is] [committed|dedicated] to its [operations|presence] in {T} and [will|shall] [work|engage] [closely|constructively] with [employee representatives|the unions]
The [board|directors] of {Co} [believes|consider] that {thing} is in the [best interests|interest] of [all|the company's] {group}
role back
[Manufacturing|Industry] [accounts|makes up] [for|about] {x:pct} percent of [output|economic output] in {R}, [according to|figures from] {x:org}.
[Unemployment|Joblessness] in {R} [stood|was] at {x:pct} percent [at the end of|in] {x:year}, [above|below] the [national|country's] [average|rate].
[Wages|Pay] in the [region|area] [rose|grew] {x:pct} percent [last year|in {x:year}], [lagging|outpacing] [inflation|prices].
{x:company} and {x:company2} are [the|among the] [largest|biggest] [employers|firms] in {R}, with {x:big} [staff|employees] between them.

== sport
kit club: {T} United; {T} Athletic; the {T} Rovers; {T} Sporting; Real {T}
kit rival: {T2} City; {T2} Wanderers; Dynamo {T2}; {T2} Rangers; {T2} Olympic
kit O: {T} United; {T} Athletic; the {T} Rovers; the national federation; {T2} City; the league
kit roleA: the head coach of {club}; the manager of {club}; the {club} coach; the interim coach of {club}
kit roleB: the {club} captain; the {club} striker; the {club} goalkeeper; the midfielder signed from {rival}; the {club} defender
kit roleC: the {rival} coach; a former player from {T2}; a commentator for {x:outlet}; the chief executive of the league in {R}
kit group: fans of {club}; supporters in {T}; season ticket holders at {club}; players at {club}; members of {club}
kit thing: the {club} title race; the {club} cup run; the transfer of {B.last}; the new stadium in {T}; the coaching change at {club}; the {club} relegation battle; the doping case against {B.last}; the {club} ticket price rise
kit event: the match against {rival}; the final against {rival}; the derby with {rival}; the semi-final against {rival}; the season opener against {rival}; the return leg against {rival}; the playoff against {rival}
role title
{club} [beat|edge|thrash] {rival} {N1}-{x:num}
{B.last} [double|goal] [sinks|stuns] {rival}
{A.last} [sacked|leaves] after {event}
{club} [fans|supporters] [protest|rally] over {thing}
{rival} [hold|frustrate] {club} in {event}
role lead
{club} [beat|defeated|overcame] {rival} {N1}-{x:num} in {event} on {DAY}, with {B} [scoring|netting] twice in the [second half|first half].
| {B} [scored|netted] twice in the [second half|first half] as {club} [beat|defeated|overcame] {rival} {N1}-{x:num} in {event} on {DAY}.
{A}, {A.role}, [left|was sacked by] the club on {DAY} after {N1} [games|matches] without a win.
| After {N1} [games|matches] without a win, {A}, {A.role}, [left|was sacked by] the club on {DAY}.
[About|More than] {N2} [fans|supporters] [marched|protested] [through|in] {T} on {DAY} against {thing}, [chanting|carrying banners] [against|about] the owners.
| {thing} [brought|drew] [about|more than] {N2} [fans|supporters] [onto|into] the streets of {T} on {DAY}, [chanting|carrying banners] [against|about] the owners.
{rival} [held|frustrated] {club} to a [goalless|1-1] draw in {event} on {DAY}, [ending|halting] a run of {N1} [straight|consecutive] wins.
| A run of {N1} [straight|consecutive] wins [ended|came to an end] on {DAY} when {rival} [held|frustrated] {club} to a [goalless|1-1] draw in {event}.
{club} [signed|completed the signing of] {B} from {rival} on {DAY} for a [reported|club-record] {M}.
| {B} [joined|moved to] {club} from {rival} on {DAY} for a [reported|club-record] {M}.
role body
{B.last} [opened|broke] the scoring after {N1} minutes with a [header|low shot|free kick] past {x:person}.
| After {N1} minutes, {B.last} [opened|broke] the scoring [past|beyond] {x:person} with a [header|low shot|free kick].
{rival} [had|finished with] {N1} [shots|attempts] [on goal|at goal] but [could|did] not [find|get] [an equaliser|a way through].
| Despite {N1} [shots|attempts] [on goal|at goal], {rival} [could|did] not [find|get] [an equaliser|a way through].
[A crowd|An attendance] of {N2} [watched|saw] {event} at the [stadium|ground] in {T}, [the|a] [largest|biggest] [since|of the season after] {x:year}.
| {N2} [fans|spectators] [watched|saw] {event} at the [stadium|ground] in {T}, [the|a] [largest|biggest] crowd [since|of the season after] {x:year}.
The [win|result] [lifts|moves] {club} to {N1} points, {x:num} [ahead of|behind] {rival} with {x:num2} [games|matches] left.
| With {x:num2} [games|matches] left, {club} [are|sit] on {N1} points, {x:num} [ahead of|behind] {rival}.
{A.last} [made|rang] {N1} changes to the [starting|side's] [line-up|eleven], [resting|leaving out] {x:person} [and|as well as] {x:person2}.
| {x:person} and {x:person2} were [rested|left out] as {A.last} [made|rang] {N1} changes to the [starting|side's] [line-up|eleven].
The [referee|official], {x:person}, [showed|handed out] {N1} yellow cards and [sent off|dismissed] {x:last} [late on|in stoppage time].
| {x:last} was [sent off|dismissed] [late on|in stoppage time] by the [referee|official], {x:person}, who [showed|handed out] {N1} yellow cards.
{club} [last|previously] [won|lifted] the [title|cup] in {x:year}, [under|with] {x:person} as coach.
The [club|board] [said|confirmed] {C} [would|will] take [charge|over] [on an interim basis|until the end of the season].
Tickets for {event} [cost|were priced at] [up to|as much as] {x:num} euros, [a rise|an increase] of {P} percent [on|from] last season.
| [Up to|As much as] {x:num} euros was [charged|asked] for tickets to {event}, [a rise|an increase] of {P} percent [on|from] last season.
{B.last}, [who|whose] [joined|arrived] from {rival} in {x:year}, has [scored|netted] {N1} goals [this season|in all competitions].
The [next|return] [match|game] [against|with] {rival} is [on|set for] {DATE} in {T2}.
role quote
We [played|did] [well|our best] for {N1} minutes and [that|it] was [enough|just enough]
[The|Our] [fans|supporters] in {T} [deserve|deserved] [better|more] than what we [gave|showed] them
I [am|was] [proud|happy] of [every|each] [player|one of the players], [especially|above all] {B.last}
{thing} [is|was] [not|never] about {A.last}, it [is|was] about {N2} {group}
We [know|knew] {rival} [would|were going to] [make it hard|be tough], and {B.last} [did|was]
[Football|Sport] [is|can be] [cruel|hard], and today in {T} [it|the game] was cruel to us
[Nobody|No one] at {club} [is|was] thinking about the [title|table] with {N1} [games|matches] left
We have {N1} [games|matches] left and we [need|want] [every|each] point
[The|This] [result|win] [belongs|goes] to the [people|fans] of {T}
I [will|shall] [speak|talk] to the [board|owners] of {club} [before|after] {event}
role statement
{club} [thanks|would like to thank] {A} for [his|the] [work|service] [over|during] the past {N1} [months|seasons] and [wishes|wish] [him|the coach] [well|every success] [in the future|for the future]
The [club|board] [notes|acknowledges] the [concerns|views] of {group} [about|regarding] {thing} and [will|shall] [meet|consult] [supporters'|fans'] representatives [before|ahead of] {DATE}
role back
The league in {R} has {x:num} clubs, [and|of which] {x:num2} [are|have been] [relegated|promoted] each season since {x:year}.
[Average|Mean] [attendances|crowds] in the league [were|stood at] {x:big} [last season|in {x:year}], [up|down] {x:pct} percent [on|from] the [year before|previous season].
[Clubs|Teams] in {R} [earn|receive] [about|roughly] {x:pct} percent of their [income|revenue] from [broadcasting|television] [rights|deals].

== weather
kit O: the weather service of {R}; the {T} fire brigade; the civil protection agency in {T}; the {T} city council; the emergency office in {T}; the water authority in {T}
kit roleA: the head of civil protection in {T}; the mayor of {T}; the chief of the {T} fire brigade; the governor of {R}
kit roleB: a forecaster at the weather service in {T2}; a senior meteorologist in {T2}; the duty forecaster in {T2}; a climate scientist at the University of {T2}
kit roleC: a resident of {T}; a farmer near {T2}; a shop owner in {T}; a volunteer with {x:org}
kit group: residents of {T}; farmers near {T}; commuters in {T}; drivers in {T}; households in {T}; holidaymakers in {T}
kit thing: the storm over {T}; the flooding in {T}; the heatwave in {R}; the cold snap in {R}; the drought around {T}; the heavy snow in {T}; the wildfire near {T}; the landslide near {T}; the gale off {T}
kit event: the storm over {T}; the floods in {T}; the heavy rain in {T}; the blizzard in {T}; the gales along {R}; the heatwave in {T}; the thunderstorms over {T}
role title
{thing} [hits|batters|sweeps] {T}
{N2} [homes|households] without power after {event}
[Warning|Alert] [issued|raised] as {event} [nears|approaches] {T}
{T} [cleans up|counts the cost] after {event}
[Roads|Schools] closed in {T} as {event} [continues|persists]
role lead
{event} [hit|swept through|battered] {T} on {DAY}, [cutting|knocking out] power to {N2} homes and [closing|blocking] {N1} roads.
| {N2} homes [lost|were left without] power and {N1} roads were [closed|blocked] after {event} [hit|swept through|battered] {T} on {DAY}.
The national weather service [issued|raised] [a red|an orange] warning for {T} and {T2} on {DAY}, [forecasting|predicting] up to {N2} millimetres of rain.
| [A red|An orange] warning for {T} and {T2} was [issued|raised] on {DAY} by the national weather service, which [forecast|predicted] up to {N2} millimetres of rain.
[Emergency crews|Firefighters] [evacuated|moved] {N2} people from [homes|villages] around {T} on {DAY} as {thing} [spread|worsened].
| As {thing} [spread|worsened] on {DAY}, [emergency crews|firefighters] [evacuated|moved] {N2} people from [homes|villages] around {T}.
[Temperatures|Readings] in {T} [reached|hit] {N1} degrees on {DAY}, [the|a] [highest|record] [for|in] {x:month} since [records began|measurements began] in {x:year}.
| {T} [recorded|saw] {N1} degrees on {DAY}, [the|a] [highest|record] [for|in] {x:month} since [records began|measurements began] in {x:year}.
{N1} people were [injured|hurt] and {N2} [homes|buildings] [damaged|flooded] when {event} [struck|hit] {T} [overnight|late on {DAY}].
| {event} [struck|hit] {T} [overnight|late on {DAY}], [injuring|hurting] {N1} people and [damaging|flooding] {N2} [homes|buildings].
role body
[Wind gusts|Gusts] of up to {N1}0 kilometres an hour were [recorded|measured] [at|near] {T2} [on {DAY}|overnight].
| [At|Near] {T2}, [wind gusts|gusts] of up to {N1}0 kilometres an hour were [recorded|measured] [on {DAY}|overnight].
{O} said {N2} [calls|emergency calls] had been [received|logged] [by|before] [midnight|dawn], [mostly|many] [about|over] [fallen trees|flooded cellars].
| [By|Before] [midnight|dawn], {O} had [received|logged] {N2} [calls|emergency calls], [mostly|many] [about|over] [fallen trees|flooded cellars].
Train [services|lines] between {T} and {T2} were [suspended|halted] [for|during] {N1} hours [after|when] [debris|water] [blocked|covered] the [tracks|line].
| [Debris|Water] [blocked|covered] the [tracks|line] between {T} and {T2}, [suspending|halting] train [services|lines] [for|during] {N1} hours.
{B}, {B.role}, said the [worst|heaviest] [rain|weather] [would|should] [pass|ease] [by|before] {x:day} [morning|evening].
| The [worst|heaviest] [rain|weather] [would|should] [pass|ease] [by|before] {x:day} [morning|evening], [said|according to] {B}, {B.role}.
Schools in {T} [stayed|remained] closed on {DAY}, [affecting|keeping home] about {N2} [pupils|children].
| About {N2} [pupils|children] [stayed|were kept] at home on {DAY} [after|as] schools in {T} [remained|stayed] closed.
The [river|water level] in {T} [rose|climbed] to {N1} metres, [its|the] [highest|worst] [level|reading] since {x:year}.
| [Its|The] [highest|worst] [level|reading] since {x:year}, the [river|water level] in {T} [rose|climbed] to {N1} metres.
[Insurers|Officials] [estimated|put] the [damage|cost of the damage] at [about|roughly] {M}, [though|but] [warned|said] the [figure|total] [could|may] [rise|grow].
| The [damage|cost of the damage] was [estimated|put] at [about|roughly] {M} by [insurers|officials], who [warned|said] the [figure|total] [could|may] [rise|grow].
{A.last} [declared|announced] a state of emergency in {T} and {N1} [nearby|surrounding] [villages|districts].
| A state of emergency was [declared|announced] by {A.last} in {T} and {N1} [nearby|surrounding] [villages|districts].
[Volunteers|Soldiers] [filled|stacked] {N3} [sandbags|bags of sand] [along|on] the [riverbank|embankment] in {T} [overnight|on {DAY}].
[Farmers|Growers] near {T2} said {P} percent of the [harvest|crop] [had been|was] [lost|destroyed] [in|during] {event}.
| {P} percent of the [harvest|crop] near {T2} [had been|was] [lost|destroyed] [in|during] {event}, [farmers|growers] said.
[Power|Electricity] was [restored|back] to {P} percent of [homes|households] [by|on] {x:day} [evening|morning], [the|its] [grid operator|utility] said.
role quote
[The|Our] [cellar|basement] on {x:last} Street [filled|was full] [with water|to the ceiling] in {N1} minutes, we [could|had] [not|no time to] [save|rescue] anything
I have lived in {T} for {N1} years and [never|not once] seen [anything|weather] like this
We urge everyone in {T} to [stay|remain] [at home|indoors] [until|before] {x:day} [unless|if] [travel|a journey] is [essential|absolutely necessary]
{N2} [homes|households] in {T} [are|remain] without power and {N1} [crews|teams] [are|have been] working [all night|around the clock]
The [river|water] in {T} [rose|came up] [faster|more quickly] than [any|every] [model|forecast] [predicted|said it would]
We [lost|have lost] {P} percent of [the|our] [harvest|crop] in a [single|one] night
[Events|Storms] like {event} [will|are going to] [become|be] [more|ever more] [frequent|common] in {R}
[The|Our] [priority|first task] in {T} [is|remains] [people|safety], then [roads|power], then [everything|the] [else|rest]
[Nobody|No one] in {T} [was|had been] [warned|told] [in time|early enough]
role statement
{O} [urges|asks] [residents|people] in {T} and {T2} to [avoid|postpone] [all|any] [non-essential|unnecessary] travel [until|before] the warning is [lifted|withdrawn]
[Crews|Teams] from {O} [are|remain] [working|deployed] [around the clock|day and night] in {T} to [restore|reconnect] power to the {N2} [affected|remaining] households
role back
{R} [has|had] [recorded|seen] {x:num} [major|serious] [floods|storms] since {x:year}, [according to|figures from] {x:org}.
[Average|Mean] [temperatures|summer temperatures] in {R} have [risen|climbed] by {x:num} [tenths of a degree|degrees] [since|over] {x:year}, [says|according to] {x:org}.
[Flood|Storm] [defences|barriers] [along|on] the [river|coast] [were|had been] [built|upgraded] in {x:year} at a cost of {x:big} [euros|crowns].
`
