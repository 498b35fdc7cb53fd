package synth

// Topic frames: politics, courts, business, sport, weather. Each topic
// defines the kits every generic frame may use (thing, event, O, group,
// roleA..roleC) and its own.
const tplTopics1 = `
== politics
kit thing: the housing bill; the proposed fuel levy; the pension reform; the new border checks; the regional budget; the draft media law; the school funding plan; the rail privatisation plan; the electoral reform; the rent cap; the {T} bypass plan; the water charges; the {T} port expansion plan
kit event: the vote; the debate; the cabinet meeting; the budget vote; the coalition talks; the confidence vote; the party congress; the committee hearing
kit O: the Interior Ministry; the Finance Ministry; the {T} city council; the regional assembly in {T}; the governing coalition; the Ministry of Transport; the national parliament; the office of the governor of {T}
kit roleA: the interior minister; the finance minister; the deputy prime minister; the mayor of {T}; the speaker of the regional assembly; the transport minister; the governor of {T}
kit roleB: the opposition leader; a senior opposition lawmaker; the leader of the {x:last} Movement; a rebel member of the coalition; the head of the {T} branch of the opposition
kit roleC: a political analyst at {x:org}; a professor of politics in {T2}; a former adviser to the government; a pollster with {x:company}; a commentator for {x:outlet}
kit group: voters; taxpayers; pensioners; tenants; commuters; public sector workers; small business owners; young families
kit party: the Civic Union; the People's Alliance; the Green Forum; the Liberal Bloc; the National Renewal party; the {x:last} Movement; the Farmers' Party of {R}; the Social Democrats of {T}
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
{party} [holds|has] {N1} of the [seats|mandates] in the [assembly|chamber] and had [threatened|vowed] to [block|oppose] {thing}.
| Having [threatened|vowed] to [block|oppose] {thing}, {party} [holds|has] {N1} of the [seats|mandates] in the [assembly|chamber].
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
This is [a good day|an important day] for {group} in {T}
Nobody [asked|consulted] the {N2} people who [signed|backed] the petition
[The numbers|The figures] [simply|just] do not [add up|work], and {O} [knows|must know] it
We have [listened|been listening] to {group} for {N1} months, and {thing} is [the result|what they asked for]
I [expect|hope] {party} to [come back|return] to the table [before|by] {DATE}
If {thing} [fails|falls], [it will be|that will be] because of [politics|party games], not [policy|substance]
[Our|My] [door|office] [remains|stays] open to anyone in {T} who [wants|is willing] to [talk|work with us]
[Voters|People] in {T2} [will|are going to] [remember|judge] this [at the next election|when they vote]
We [are|were] {N1} votes short, [which|and that] [is|was] [not|hardly] a [defeat|disaster]
It is [too early|premature] to [say|tell] whether {event} [will|would] [change|shift] anything for {group}
[Frankly|Honestly], the [cost|price] of doing nothing [is|would be] [higher|greater] than {M}
[They|Our opponents] had {N1} [years|chances] to [fix|solve] this and [did nothing|chose not to]
{thing} [is|was] [never|not] about [money|ideology], it [is|was] about [fairness|trust] for {group} in {T}
role statement
{O} [remains|is] [committed|determined] to [delivering|completing] {thing} in {T} [in full|on time] and [will|shall] [consult|engage with] {group} [at every stage|throughout]
The [decision|step] on {thing} was [taken|made] [after careful|following careful] [consideration|review] [of all the evidence|of the options], [including|among them] the views of {N2} {group}
[The government|The ministry] [will|shall] [respond|reply] [fully|in detail] to the [questions|concerns] [raised|voiced] by {B.last} [in due course|before {DATE}]
role back
{R} has been [governed|run] by [coalitions|coalition governments] of {x:num} [parties|partners] for most of the time since {x:year}.
The [assembly|chamber] in {T} has {x:big} [registered|eligible] [members|voters] [per seat|for each seat], [among|one of] the [highest|largest] [ratios|figures] in {R}.
[Reforms|Changes] to the [voting|electoral] system [were|had been] [promised|proposed] in {x:year} and again in {x:year2}, [but|yet] [never|not] [enacted|passed].
[Turnout|Participation] at the [last|previous] [election|regional election] was {x:pct} percent, [down|falling] from {x:pct2} percent [a decade earlier|in {x:year}].

== courts
kit thing: the fraud case; the corruption trial; the appeal; the libel case; the extradition request; the inquiry into the {T} contract; the damages claim; the embezzlement case; the bribery trial; the case over the {T} land deal
kit event: the hearing; the ruling; the verdict; the sentencing; the appeal hearing; the first day of the trial; the closing arguments
kit O: the {T} District Court; the Supreme Court; the Court of Appeal in {T}; the prosecutor's office in {T}; the regional court in {T2}; the Constitutional Court
kit roleA: the presiding judge; the chief judge of the district court; a judge at the appeal court; the judge in the case
kit roleB: the former director of {x:company}; a businessman from {T2}; the former deputy mayor of {T}; a former official at the {T} port; the defendant, a property developer
kit roleC: the lead prosecutor; a lawyer for the defence; a lawyer representing the victims; a legal scholar at the University of {T2}; the defence counsel
kit group: the victims; the families; the shareholders; the former employees; the residents; the taxpayers of {T}
kit charge: fraud; embezzlement; bribery; money laundering; abuse of office; tax evasion; forgery; breach of trust
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
[More than|Over] {N2} [pages|documents] of [evidence|bank records] were [submitted|filed] to {O} [during|over the course of] the [trial|case].
| {O} [received|was given] [more than|over] {N2} [pages|documents] of [evidence|bank records] [during|over the course of] the [trial|case].
{A.last} [rejected|dismissed] a [request|motion] by the defence to [exclude|throw out] [recordings|wiretaps] made in {T} in {x:year}.
| A [request|motion] by the defence to [exclude|throw out] [recordings|wiretaps] made in {T} in {x:year} was [rejected|dismissed] by {A.last}.
[Relatives|Supporters] of {B.last} [packed|filled] the [courtroom|public gallery] in {T} and [applauded|shouted] [as|when] {event} [was read out|ended].
| The [courtroom|public gallery] in {T} was [packed|filled] with [relatives|supporters] of {B.last}, who [applauded|shouted] [as|when] {event} [was read out|ended].
The [case|investigation] [began|started] in {x:year} after an [audit|inspection] of {x:company} [found|uncovered] {M} in [unexplained|unaccounted] [payments|transfers].
| An [audit|inspection] of {x:company} in {x:year} [found|uncovered] {M} in [unexplained|unaccounted] [payments|transfers], [prompting|triggering] the [case|investigation].
{N1} [witnesses|experts] [gave evidence|testified] [over|across] {x:num} [days|sessions], [including|among them] {x:person}, a former [accountant|manager] at {x:company}.
| [Among|Including] {x:person}, a former [accountant|manager] at {x:company}, {N1} [witnesses|experts] [gave evidence|testified] [over|across] {x:num} [days|sessions].
The [maximum|heaviest] [penalty|sentence] for {charge} [under|in] the [law|criminal code] of {R} is {N1} years in [prison|jail].
| [Under|In] the [law|criminal code] of {R}, {charge} [carries|is punishable by] up to {N1} years in [prison|jail].
{C.last} said [the defence|the team] would [file|lodge] an appeal with {O} [within|in] {N1} days.
| An appeal will be [filed|lodged] with {O} [within|in] {N1} days, {C.last} said.
The [ruling|verdict] [can|may] be [appealed|challenged] at the Supreme Court, [which|and it] [usually|typically] [takes|needs] {N1} months to [decide|rule].
{x:company} [said|stated] it had [cooperated|worked] with [investigators|prosecutors] in {T} [from the start|since {x:year}].
role quote
[Justice|The law] [has been|was] [served|done] today, and the {N2} {group} [deserve|deserved] nothing less
My client [is|was] [innocent|not guilty], and we [will|shall] [prove|show] it at the [appeal|next hearing]
The [court|judge] [ignored|overlooked] {N1} [pieces|items] of evidence that [point|pointed] elsewhere
[This|Today] [sends|is] a [clear|strong] [message|signal] to anyone in {T} who [thinks|believes] they are above the law
We [waited|have waited] {N1} years for [this|a ruling] and [we are|we're] [relieved|exhausted]
{M} [is|was] [public|people's] money, and [it|every cent of it] [must|should] be [returned|paid back]
The [trial|case] [was|has been] [political|a show] from the [first|very first] day
[Nobody|No one] [in|at] {x:company} [raised|flagged] [a single|one] [concern|warning] for {N1} years
We [respect|accept] the [decision|ruling] of {O} [but|and] [will|shall] [study|read] it [carefully|closely]
I [never|did not] [take|accept] a [single|one] [payment|bribe], and the [records|documents] [show|prove] it
role statement
{O} [has|had] [considered|weighed] [all|every piece of] [the evidence|evidence] [presented|put before it] in {thing} and [reached|came to] its [decision|verdict] [independently|impartially]
The prosecutor's office in {T} [will|intends to] [study|examine] the [written|full] [ruling|judgment] [before deciding|and then decide] whether to [appeal|challenge it]
role back
The [court|judicial] system of {R} has [faced|drawn] [criticism|scrutiny] [over|for] [delays|backlogs], with {x:big} cases [pending|waiting] [at the end of|in] {x:year}.
[Reforms|Changes] [passed|adopted] in {x:year} [created|set up] {x:num} [specialised|new] [courts|chambers] for [corruption|financial crime] [cases|trials].
[Average|Typical] [trials|cases] in {R} [last|take] {x:num} months [from|between] [charge|indictment] [to|and] [verdict|ruling], [according to|says] {x:org}.
[Judges|Prosecutors] in {R} are [appointed|chosen] by a [council|panel] of {x:num} members [elected|picked] [every|once every] {x:num2} years.

== business
kit thing: the merger; the takeover bid; the new factory; the job cuts; the price increase; the bond sale; the restructuring plan; the plant closure in {T}; the expansion into {T2}; the dividend cut; the {T} warehouse project
kit event: the annual results; the shareholder meeting; the quarterly results; the board meeting; the investor call; the earnings report
kit Co: {x:company}; {x:company} Group; {x:company} Holdings
kit O: {Co}; the board of {Co}; the central bank; the competition authority; the {T} Chamber of Commerce; the stock exchange in {T}
kit roleA: the chief executive of {Co}; the chair of {Co}; the founder of {Co}; the chief financial officer of {Co}
kit roleB: the head of the union at {Co}; a union representative in {T}; the leader of the workers' council; the union's regional secretary
kit roleC: an analyst at {x:company}; an economist at {x:org}; a fund manager in {T2}; a professor of economics in {T2}
kit group: shareholders; workers; customers; suppliers; pensioners; investors
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
{B.last} said the union [had|has] [not|never] been [consulted|informed] [before|ahead of] the [decision|announcement] and [would|will] [seek|demand] talks.
| The union [had|has] [not|never] been [consulted|informed] [before|ahead of] the [decision|announcement], {B.last} said, [adding|saying] it [would|will] [seek|demand] talks.
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
[Investors|Shareholders] [want|wanted] a [clear|credible] plan, and {thing} [is|was] [not|hardly] [it|that plan]
Our [workers|people] in {T} [built|made] this company, and they [deserve|are owed] [better|more respect]
{M} [is|was] a [fair|good] price for {group}, and the [board|directors] [agreed|agree] unanimously
The [numbers|results] [are|were] [better|worse] than [we feared|expected], but [not|hardly] good enough
[Nobody|No one] [at|in] {Co} [wants|wanted] [to close|to shut] a [plant|site] that has been in {T} since {x:year}
We [expect|see] [growth|demand] to [return|recover] in {R} [by|within] {N1} months
[Customers|Shoppers] will [pay|end up paying] for {thing} [one way or another|sooner or later]
role statement
{Co} [remains|is] [committed|dedicated] to its [operations|presence] in {T} and [will|shall] [work|engage] [closely|constructively] with [employee representatives|the unions]
The [board|directors] of {Co} [believes|consider] that {thing} is in the [best interests|interest] of [all|the company's] {group}
role back
[Manufacturing|Industry] [accounts|makes up] [for|about] {x:pct} percent of [output|economic output] in {R}, [according to|figures from] {x:org}.
[Unemployment|Joblessness] in {R} [stood|was] at {x:pct} percent [at the end of|in] {x:year}, [above|below] the [national|country's] [average|rate].
[Wages|Pay] in the [region|area] [rose|grew] {x:pct} percent [last year|in {x:year}], [lagging|outpacing] [inflation|prices].
{x:company} and {x:company2} are [the|among the] [largest|biggest] [employers|firms] in {R}, with {x:big} [staff|employees] between them.

== sport
kit thing: the title race; the cup run; the transfer; the new stadium in {T}; the coaching change; the relegation battle; the doping case; the ticket price rise
kit event: the match; the final; the derby; the semi-final; the season opener; the return leg; the playoff
kit O: {T} United; {T} Athletic; the {T} Rovers; the national federation; {T2} City; the league
kit club: {T} United; {T} Athletic; the {T} Rovers; {T} Sporting; Real {T}
kit rival: {T2} City; {T2} Wanderers; Dynamo {T2}; {T2} Rangers; {T2} Olympic
kit roleA: the head coach of {club}; the manager of {club}; the {club} coach; the interim coach of {club}
kit roleB: the {club} captain; the striker; the goalkeeper; the {rival} midfielder; the defender
kit roleC: the {rival} coach; a former national team player; a commentator for {x:outlet}; the league's chief executive
kit group: fans; supporters; season ticket holders; players; the club's members
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
{B.last} [opened|broke] the scoring after {N1} minutes with a [header|low shot|free kick] [from|at] the [edge of the area|far post].
| After {N1} minutes, {B.last} [opened|broke] the scoring with a [header|low shot|free kick] [from|at] the [edge of the area|far post].
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
{thing} [is|was] [not|never] [about|a matter of] [money|one man], it [is|was] about the [club|future]
We [know|knew] {rival} [would|were going to] [make it hard|be tough], and they [did|were]
[Football|Sport] [is|can be] [cruel|hard], and today [it|the game] was cruel to us
[Nobody|No one] [here|in this dressing room] [is|was] thinking about the [title|table] yet
We have {N1} [games|matches] left and we [need|want] [every|each] point
[The|This] [result|win] [belongs|goes] to the [people|fans] of {T}
I [will|shall] [speak|talk] to the [board|owners] [before|after] {event}, [not|and not] before
role statement
{club} [thanks|would like to thank] {A} for [his|the] [work|service] [over|during] the past {N1} [months|seasons] and [wishes|wish] [him|the coach] [well|every success] [in the future|for the future]
The [club|board] [notes|acknowledges] the [concerns|views] of {group} [about|regarding] {thing} and [will|shall] [meet|consult] [supporters'|fans'] representatives [before|ahead of] {DATE}
role back
The league in {R} has {x:num} clubs, [and|of which] {x:num2} [are|have been] [relegated|promoted] each season since {x:year}.
[Average|Mean] [attendances|crowds] in the league [were|stood at] {x:big} [last season|in {x:year}], [up|down] {x:pct} percent [on|from] the [year before|previous season].
[Clubs|Teams] in {R} [earn|receive] [about|roughly] {x:pct} percent of their [income|revenue] from [broadcasting|television] [rights|deals].

== weather
kit thing: the storm; the flooding; the heatwave; the cold snap; the drought; the heavy snow; the wildfire; the landslide near {T}; the gale
kit event: the storm; the floods; the heavy rain; the blizzard; the gales; the heatwave; the thunderstorms
kit O: the national weather service; the {T} fire brigade; the civil protection agency; the {T} city council; the regional emergency office; the water authority in {T}
kit roleA: the head of the civil protection agency; the mayor of {T}; the chief of the {T} fire brigade; the regional governor
kit roleB: a forecaster at the national weather service; a senior meteorologist; the duty forecaster; a climate scientist at the University of {T2}
kit roleC: a resident of {T}; a farmer near {T2}; a shop owner in {T}; a volunteer with {x:org}
kit group: residents; farmers; commuters; drivers; households; holidaymakers
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
[The|Our] [cellar|basement] [filled|was full] [with water|to the ceiling] in {N1} minutes, we [could|had] [not|no time to] [save|rescue] anything
I have lived in {T} for {N1} years and [never|not once] seen [anything|weather] like this
[Please|We urge everyone to] [stay|remain] [at home|indoors] [unless|if] [travel|a journey] is [essential|absolutely necessary]
{N2} [homes|households] [are|remain] without power and [crews|our teams] [are|have been] working [all night|around the clock]
The [river|water] [rose|came up] [faster|more quickly] than [any|every] [model|forecast] [predicted|said it would]
We [lost|have lost] [half|most] of [the|our] [harvest|crop] in a [single|one] night
[Events|Storms] like {event} [will|are going to] [become|be] [more|ever more] [frequent|common] in {R}
[The|Our] [priority|first task] [is|remains] [people|safety], then [roads|power], then [everything|the] [else|rest]
[Nobody|No one] in {T} [was|had been] [warned|told] [in time|early enough]
role statement
{O} [urges|asks] [residents|people] in {T} and {T2} to [avoid|postpone] [all|any] [non-essential|unnecessary] travel [until|before] the warning is [lifted|withdrawn]
[Crews|Teams] from {O} [are|remain] [working|deployed] [around the clock|day and night] in {T} to [restore|reconnect] power to the {N2} [affected|remaining] households
role back
{R} [has|had] [recorded|seen] {x:num} [major|serious] [floods|storms] since {x:year}, [according to|figures from] {x:org}.
[Average|Mean] [temperatures|summer temperatures] in {R} have [risen|climbed] by {x:num} [tenths of a degree|degrees] [since|over] {x:year}, [says|according to] {x:org}.
[Flood|Storm] [defences|barriers] [along|on] the [river|coast] [were|had been] [built|upgraded] in {x:year} at a cost of {x:big} [euros|crowns].
`
