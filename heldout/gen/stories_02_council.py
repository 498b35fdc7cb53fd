"""Local councils and regional politics."""
from lib import base, pair, doc, derived
from boiler import SCOOP_TIPS

# ---------------------------------------------------------------- bases

base("eastfold-bypass", "civicledger.example", "2025-02-18T22:30:00Z", "eastfold-bypass-vote-pulled",
     "Eastfold bypass vote pulled at last minute after legal warning", """
A decision on the £48 million Eastfold bypass was pulled from the agenda of Tuesday's
planning committee less than an hour before the meeting, after lawyers warned that the
council's environmental assessment might not survive a court challenge.

The 3.2-mile road would take lorries away from Eastfold's high street, where traffic
counts show more than 1,400 heavy goods vehicles pass the primary school each weekday. It
has been promised, in one form or another, since 1994.

But the route crosses the edge of Holm Wood, an area of ancient woodland, and campaigners
from the Holm Wood Alliance wrote to the council last week arguing that its survey of bat
roosts had been carried out in the wrong season. In a note circulated to councillors on
Tuesday afternoon, the council's head of legal services, Priya Haldane, said the point was
"not without merit" and recommended a delay.

The committee chair, Councillor Alan Brereton, told the public gallery that he shared
their frustration. "I have been a councillor for nineteen years and I have voted for this
road four times," he said. "I would rather wait six weeks and make a decision that stands
than make one tonight that a judge tears up in the spring."

Around 60 residents had come to the meeting, many of them parents from Eastfold Primary
who have campaigned for the bypass since a pupil was struck by a lorry in 2021. Several
left before the chair had finished speaking. "Every delay is another term of children
crossing that road," said Nadia Cruickshank, who chairs the school's parents'
association. "The bats have had a better hearing than our kids."

The Holm Wood Alliance said it did not oppose a bypass in principle but wanted the council
to consider a northern route that would avoid the wood, which it estimates would add £9
million to the cost. Its spokesman, Ewan Tulloch, said: "We are not the ones who cut
corners on the survey. We asked the council to do its job properly, and it turns out the
council's own lawyers agree."

A fresh bat survey will be carried out in April and May, when the animals are active.
Officers expect the application to return to the committee in July. The government has
set aside £31 million for the scheme, but the offer is conditional on work starting
before the end of next year.
""")

base("mayor-expenses", "dailylantern.example", "2025-04-08T06:00:00Z", "marrowgate-mayor-quits-expenses",
     "Marrowgate mayor quits over £11,200 expenses claims", """
Marrowgate's mayor, Geoffrey Tolland, resigned on Monday evening after an internal audit
found he had claimed £11,200 in expenses for events that the council could find no record
of.

Mr Tolland, 66, who has represented the Castle ward for the Civic Alliance since 2011 and
became mayor last May, announced his decision in a two-line letter to the chief executive.
He will remain a councillor while an investigation by the standards committee continues.

The audit, seen by the Daily Lantern, examined 43 claims made between June and February.
It found that 17 of them, mostly for mileage and hospitality, related to civic engagements
that did not appear in the mayor's diary or in the records of the organisations he said
he had visited.

In a statement issued through his solicitor, Mr Tolland said he had "made errors of
record-keeping, not of honesty" and would repay any money found to have been claimed
wrongly. "I have served this town for fourteen years and I will not let a paperwork
dispute distract from the office of mayor," he said.

The council's chief executive, Lorna Fairbairn, said the matter had been referred to the
standards committee and that it would be "inappropriate to comment further while that
process is under way".

Opposition leader Councillor Hamid Qureshi said residents would want to know why the
claims had been approved in the first place. "Somebody signed these off. The questions do
not stop with the mayor," he said.

The deputy mayor, Councillor Sheila Brandon, will carry out the mayor's duties until the
full council elects a successor on 24 April.
""")

base("tarnley-libraries", "valleygazette.example", "2025-01-21T08:15:00Z", "three-tarnley-libraries-could-close",
     "Three Tarnley libraries could close under council savings plan", """
Three of Tarnley's seven public libaries could close next year under proposals published
by the district council on Monday to save £640,000.

The branches at Ravensby, Kettle Lane and Upper Mill would shut in April if the plans go
ahead, with a mobile library visiting each area once a week instead. The central library
and the branches at Fellgate, Brook Street and Harlow Green would stay open, although
opening hours at Harlow Green would be cut from 40 to 32 hours a week.

A twelve-week public consultation opens today. The council says the three branches had
the lowest visitor numbers last year: Upper Mill, the smallest, recorded an average of 41
visits a day.

Councillor Fiona Mackintosh, the cabinet member for communities, said: "Nobody becomes a
councillor to close libraries. But our budget has fallen by a quarter in real terms since
2015 and we must protect the services that people cannot do without."

Campaigners have already begun organising. Friends of Ravensby Library, which has run
reading groups at the branch for more than twenty years, will hold a public meeting at the
village hall on Thursday. Its secretary, Tom Ashworth, said the library was the only
public building left in the village. "The bank went, the post office went, the pub went.
This is the last place you can sit down without buying anything," he said.

The consultation closes on 15 April, and a final decision is expected in June.
""")

base("assembly-budget", "meridianpost.example", "2025-03-01T07:00:00Z", "assembly-budget-arithmetic-hope",
     "Assembly budget passes, but the arithmetic is built on hope", """
The Northern Regional Assembly passed its budget for the coming year on Friday by 41
votes to 36, after a day of debate in which the governing coalition lost two of its own
members and needed the abstention of the three Green members to get it through.

On paper, the plan is modest. Total spending rises by 2.8 per cent to £9.6 billion. There
is an extra £210 million for the region's hospitals, £75 million to keep rural bus routes
running and a freeze on the regional element of council tax for the second year in a
row. The finance minister, Ruth Haverley, called it "a budget for holding the line".

The trouble is what holds the line up. Nearly £300 million of the plan depends on savings
that have not yet been identified, described in the documents as "efficiency and
transformation". Another £140 million assumes that the national government will repeat a
one-off transfer it made last year and has given no sign of making again.

Opposition finance spokesman Ian Collard said the budget had "a hole you could sail a
ferry through". That is partisan, but the assembly's own fiscal watchdog, the Budget
Scrutiny Office, made a similar point in gentler language last week, warning that the
savings target was "ambitious relative to recent delivery". In the past three years, the
assembly has met on average 54 per cent of its declared efficiency targets.

There is also a political problem. The two coalition members who voted against, both from
rural constituencies in the Tarn Valley, objected to the closure of two small hospital
units, at Upper Mill and Fellgate, which the health department says will free up money
and staff for the main hospital in Tarnley. Their revolt is unlikely to be the last. The
coalition's majority on paper is now just three.

Ms Haverley insists the numbers add up. In an interview after the vote, she said the
efficiency savings would come from merging back-office functions across the region's
health boards, a plan that has been discussed since 2019. "This time the plan has names,
dates and people responsible for it," she said. "I am confident we will deliver."

Perhaps. But a budget is a statement of intent, and the test of this one will come in the
autumn, when the first quarterly figures show whether the savings are real. If they are
not, the assembly will face a choice between an emergency budget and a raid on reserves
that are already at their lowest since the assembly was founded.

For now, the hospitals get their money and the buses keep running. The bill for that may
simply have been sent to next year.
""")

base("wenlow-byelection", "granitewire.example", "2025-05-16T02:10:00Z", "civic-alliance-holds-wenlow-north",
     "Civic Alliance holds Wenlow North in by-election as turnout slumps", """
WENLOW, May 16 (GW) - The Civic Alliance held the Wenlow North seat in the regional
assembly in a by-election on Thursday, but with a sharply reduced majority on a turnout of
just 27 per cent, results showed early on Friday.

Alliance candidate Morag Dunleavy won 6,814 votes, ahead of the Independent Rhys Calder on
5,902 and the Greens' Tamsin Oyelaran on 2,377. The seat's previous holder, the
Alliance's Duncan Feeney, had a majority of 4,650 at the last general election.

The by-election was called after Feeney stepped down in March for health reasons.

"People have sent a message, and I have heard it," Dunleavy said after the count at
Wenlow leisure centre. "My job now is to earn back the trust of those who stayed at
home."

Calder, a former headteacher who campaigned against the closure of the town's maternity
unit, said he was proud of the result. "We came from nowhere to within a thousand votes,"
he said.

Turnout at the last assembly election in the constituency was 51 per cent.

(Reporting by Owen Pryce; editing by Alys Penrose)
""", style="news")

base("corrick-parking", "thescoop.example", "2025-08-19T05:30:00Z", "parking-rip-off-corrick",
     "PARKING RIP-OFF: Corrick shoppers stung £6 for an hour as council cashes in", """
Shoppers in Corrick are being charged up to £6 for an hour's parking after the town
council quietly hiked fees at its busiest car park, The Scoop can reveal.

Drivers using the Market Square car park now pay £6 for up to an hour, up from £2.50,
while a three-hour stay costs a whopping £14. Bosses at the council's parking department
insist the new prices are needed to "manage demand".

But furious traders say the hike is killing the high street. Baker Jim Pardoe, 58, whose
family has run Pardoe's on Bridge Street for three generations, said: "Tuesday was the
quietest day I have had in thirty years. People come in, see the board and drive straight
out to the retail park where it's free."

Mum-of-three Kelly Sands, 34, was hit with a £70 fine after her ticket ran out four
minutes early. "I was stuck in the queue at the chemist. Four minutes! It's daylight
robbery," she fumed.

The council raked in £1.3 million from parking last year, figures obtained by The Scoop
show - and is on course to smash that total.

A council spokesman said the charges were reviewed every year and that cheaper parking
was still available at the Leisure Centre car park, a ten-minute walk from the shops.

""" + SCOOP_TIPS, style="news")

base("brackwater-flood-release", "environment-ministry.example", "2025-10-03T11:00:00Z",
     "minister-opens-brackwater-flood-defences",
     "Environment Minister opens £22 million Brackwater flood defences", """
Environment Minister Joanna Tripp today opened the £22 million Brackwater tidal flood
defence scheme, which will protect 1,850 homes and 230 businesses from flooding.

The scheme, built over three years by the Rivers and Coasts Authority, includes 2.4
kilometres of new and raised flood walls, a tidal barrier across Mill Creek and two new
pumping stations. It reduces the annual chance of flooding for properties in the town
centre from 1 in 20 to 1 in 200.

Opening the scheme, the Environment Minister said:

"Brackwater has flooded four times in the last twenty years, and every time families have
had to start again. These defences mean that the people of this town can go to bed on a
stormy night knowing that they are protected.

"This government is investing a record £5.2 billion in flood defences across the country,
and Brackwater shows what that investment means for real communities."

Rivers and Coasts Authority area director Colin Ashdown said:

"This has been one of the most complex schemes we have delivered, built in a working town
centre on a tidal river. I want to thank residents and businesses for their patience
during construction."

The scheme was funded by £17.5 million from the government, £3 million from Brackwater
Town Council and £1.5 million from local businesses through the Brackwater Business
Improvement District.

Notes to editors

1. The Brackwater scheme was completed on time and £400,000 under budget.

2. Photographs of the opening are available on request from the press office.

3. The Rivers and Coasts Authority is responsible for managing flood risk from main rivers
and the sea.
""", style="news", host="www.environment-ministry.example")

base("lydmouth-council-tax", "civicledger.example", "2025-02-11T21:50:00Z", "lydmouth-freezes-council-tax",
     "Lydmouth freezes council tax but raises charges for garden waste and parking permits", """
Lydmouth City Council will freeze its share of council tax for the coming year, but
residents will pay more for garden waste collections, parking permits and burials under a
budget approved on Monday night.

The freeze means a Band D household will pay £1,742 to the city council, the same as this
year. The charge for the brown-bin garden waste service rises from £45 to £62 a year, a
residents' parking permit goes up from £80 to £110, and the fee for a burial in a council
cemetery rises by 15 per cent.

The council's leader, Councillor Bernard Osei, said the freeze would help families
struggling with the cost of living. "People have told us very clearly that they cannot
afford another rise in their council tax bill," he said. "We have listened. The charges we
are raising are for services that people choose to use."

The opposition group said the increases were a tax rise by another name. Its finance
spokeswoman, Councillor Jenny Halloran, said the garden waste charge alone would add £17
to the bills of about 38,000 households. "If you have a garden and a car, this budget
costs you more than a council tax rise would have," she said. "It is a freeze on the
front page and a rise in the small print."

The budget, worth £412 million, also includes £6 million for repairs to council housing
and the closure of two of the city's five household waste sites, at Dockside and Crane
Street, which officers say will save £900,000 a year.

It was passed by 38 votes to 21, with two abstentions.
""")

base("stonemere-cycle-lane", "eastbankherald.example", "2025-06-25T14:00:00Z", "stonemere-scraps-seafront-cycle-lane",
     "Stonemere scraps seafront cycle lane after two-year row", """
Stonemere's seafront cycle lane is to be removed, two years after it was installed, after
councillors voted to scrap a scheme that divided the town more bitterly than any issue in
recent memory.

The 1.6-kilometre lane along the Esplanade, separated from traffic by a kerb and planters,
was built in 2023 with £1.9 million of government money. Supporters said it gave families
a safe route to the beach and schools. Opponents, including most of the seafront's
hoteliers, said it had halved the number of parking spaces, jammed the road in summer and
made deliveries almost impossible.

At a meeting on Tuesday night, the council's environment committee voted six to three to
remove the kerbs and planters and restore the road to its previous layout. The work will
cost about £340,000 and is expected to be carried out over the winter.

In a statement after the vote, the council said: "The committee has listened carefully to
residents and businesses on both sides of this debate. It has concluded that the current
layout does not work for the Esplanade, and will look again at safer cycling routes
elsewhere in the town."

Cycling campaigners said the decision was a disgrace. "Every count we have done shows more
people cycling on the Esplanade than before, including hundreds of children," said Laura
Fitzwilliam of Stonemere on Wheels. "The council has torn up two million pounds of public
money because a few people shouted loudest."

Hotelier Graham Pennock, who led the campaign against the lane, said the committee had
made the right decision. "Nobody is against bikes. We are against a design that was
dropped on us without asking," he said. "Our guests could not even get their suitcases to
the door."

The government department that funded the lane said it was disappointed and would
consider whether any of the grant should be repaid. Under the terms of the funding, the
council had agreed to keep the lane for at least five years.

The council's chief engineer, Samantha Oduya, told the committee that a cheaper option of
narrowing the lane and restoring some parking had been considered but rejected because
the road was too narrow for both. She said a report on alternative routes, including one
along the old railway line behind the seafront, would come to the committee in the
autumn.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "tarnley-libraries",
     derived("fellsidenews.example", "2025-01-21T13:00:00Z", "tarnley-libraries-consultation",
             title="Tarnley library closures: consultation opens", style="news"),
     "syndicated copy with a typo fixed and one number corrected (41 -> 47 visits a day)",
     hard=True,
     ops=[("sub", "public libaries", "public libraries", "edit"),
          ("sub", "an average of 41", "an average of 47", "number")])

pair("duplicate", "wenlow-byelection",
     derived("heronfm.example", "2025-05-16T06:00:00Z", "wenlow-north-by-election-result"),
     "wire story republished with typographic quotes and the editing credit removed",
     ops=[("curly",), ("sub", "(Reporting by Owen Pryce; editing by Alys Penrose)",
                       "Reporting by Owen Pryce.", None)])

pair("duplicate", "lydmouth-council-tax",
     derived("lydmouthlive.example", "2025-02-12T07:30:00Z", "council-tax-freeze-charges-rise",
             title="Council tax frozen in Lydmouth - but brown bin charge jumps to £62"),
     "same text with a new headline, a photo caption line at the top and a byline line",
     ops=[("pre", "Lydmouth City Council's chamber during Monday's budget meeting. "
                  "Photo: Civic Ledger", None),
          ("post", "By the Civic Ledger local democracy team", None)])

# ---------------------------------------------------------------- copies

pair("copy", "mayor-expenses",
     derived("townwatch.example", "2025-04-08T11:20:00Z", "mayor-tolland-resigns",
             title="Marrowgate mayor Tolland resigns amid expenses scandal", style="news"),
     "copy adds a framing sentence, drops the credit to the Daily Lantern, alters a quote "
     "and drops the closing paragraph (close to a duplicate: word overlap ~0.89)",
     hard=True,
     ops=[("ins", "standards committee continues.",
           " The resignation is the latest in a string of scandals to hit the Civic Alliance,"
           " which has run the town hall for a decade.", "insert"),
          ("sub", "The audit, seen by the Daily Lantern, examined", "The audit examined",
           "attribution"),
          ("sub", "errors of record-keeping, not of honesty", "errors of bookkeeping, not of honesty",
           "quote"),
          ("del", "The deputy mayor, Councillor Sheila Brandon, will carry out the mayor's duties "
                  "until the full council elects a successor on 24 April.", "delete")])

pair("copy", "assembly-budget",
     derived("newsrelay24.example", "2025-03-01T10:05:00Z", "regional-assembly-passes-budget-41-36",
             title="Regional Assembly passes budget by 41 votes to 36", style="id"),
     "relay runs the first three quarters of an analysis, drops the last two paragraphs "
     "and adds a source line",
     ops=[("del", "Perhaps. But a budget is a statement of intent, and the test of this one will "
                  "come in the autumn, when the first quarterly figures show whether the savings "
                  "are real. If they are not, the assembly will face a choice between an emergency "
                  "budget and a raid on reserves that are already at their lowest since the "
                  "assembly was founded.", "delete"),
          ("del", "For now, the hospitals get their money and the buses keep running. The bill "
                  "for that may simply have been sent to next year.", "delete"),
          ("post", "Source: Meridian Post", "attribution")])

pair("copy", "brackwater-flood-release",
     doc("eastbankherald.example", "2025-10-03T15:30:00Z", "brackwater-flood-defences-opened",
         "Brackwater's £22m flood defences officially opened", """
Brackwater's new tidal flood defences were officially opened today, three years after
work began and a decade after the town's worst flood in living memory.

Environment Minister Joanna Tripp today opened the £22 million Brackwater tidal flood
defence scheme, which will protect 1,850 homes and 230 businesses from flooding.

The scheme, built over three years by the Rivers and Coasts Authority, includes 2.4
kilometres of new and raised flood walls, a tidal barrier across Mill Creek and two new
pumping stations. It reduces the annual chance of flooding for properties in the town
centre from 1 in 20 to 1 in 200.

Opening the scheme, the Environment Minister said: "Brackwater has flooded four times in
the last twenty years, and every time families have had to start again. These defences
mean that the people of this town can go to bed on a stormy night knowing that they are
protected.

"This government is investing a record £5.2 billion in flood defences across the country,
and Brackwater shows what that investment means for real communities."

Rivers and Coasts Authority area director Colin Ashdown said: "This has been one of the
most complex schemes we have delivered, built in a working town centre on a tidal river. I
want to thank residents and businesses for their patience during construction."

The scheme was funded by £17.5 million from the government, £3 million from Brackwater
Town Council and £1.5 million from local businesses through the Brackwater Business
Improvement District.

Not everyone was celebrating. Residents of Quay Row, a street of 40 houses downstream of
the new barrier, say they were left outside the scheme and fear water will now be pushed
towards them. "We have been told our risk has not changed. We would like to see the
modelling," said Quay Row resident Denise Kirkham.

The Rivers and Coasts Authority said separate work to protect Quay Row was being designed
and would be consulted on next year.
"""),
     "outlet runs a government press release almost whole (churnalism): own intro and a "
     "critical resident's view added at the end, 'Notes to editors' dropped, quote "
     "introductions joined to the quotes",
     changes=[{"kind": "insert", "b_text": "Not everyone was celebrating."},
              {"kind": "delete", "a_text": "Notes to editors"},
              {"kind": "delete", "a_text": "The Brackwater scheme was completed on time and £400,000 under budget."}])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "eastfold-bypass",
     doc("eastbankherald.example", "2025-02-22T09:00:00Z", "letter-from-eastfold-road-never-comes",
         "Letter from Eastfold: the road that never comes", """
Every town has a promise it has stopped believing in. In Eastfold it is a road.

My grandmother signed the first petition for the bypass. My mother went to the public
inquiry in 1998 and came home saying it would be built before I left primary school. I
left primary school in 2004. This week I sat in the council chamber with my own daughter's
classmates' parents and watched the decision slip away again, this time for a bat survey.

For anyone who has not followed the saga, the Civic Ledger's account of the evening set
out the problem clearly:

{P1}

I do not blame the bats, and I do not really blame the Holm Wood campaigners, who have at
least been consistent. If the survey was done in the wrong season, it should be done
again. What I cannot understand is how a council that has been planning this road for
thirty years managed to commission a survey at the wrong time of year in the first place.

There is a pattern here that anyone in Eastfold will recognise. A consultation that
overruns. A funding deadline that looms. A technical problem discovered at the last
possible moment. Then a delay, a new timetable and a promise.

Meanwhile the lorries keep coming down the high street, past the school gates, at the
rate of one every forty seconds in the morning rush. The children who were in reception
when the current plan was drawn up are now in their final year.

The council says the application will be back in July. I will be there. So, I suspect,
will my grandmother's petition, framed in the corridor of the town hall, where it has
hung for longer than I have been alive.
"""),
     "opinion column quotes a ~110-word passage (close to the floor) from near the start "
     "of a council report",
     hard=True,
     passages=[("The 3.2-mile road would take", "recommended a delay.")])

pair("excerpt", "assembly-budget",
     doc("eastbankherald.example", "2025-03-01T12:00:00Z", "weekend-briefing-budget-savings",
         "Weekend briefing: what the assembly budget means for the Eastbank", """
Good morning. This weekend's briefing looks at the regional budget, which squeezed through
the assembly on Friday, and what it means for services on our side of the river.

The headline numbers look kind to the Eastbank: hospital money goes up, the rural bus
subsidy survives and the regional part of your council tax bill will not change. But the
Meridian Post's analysis this morning picks at the foundations, and it is worth quoting at
length:

{P1}

For the Eastbank, the most important line is the one about bus subsidies. The £75 million
pot is what keeps the 41 and 43 routes running to the villages beyond Corrick, and it was
cut by a fifth only two years ago. If the savings fail to appear in the autumn, transport
is the budget line most likely to be raided first.

The Post also points to the shaky arithmetic of the coalition itself:

{P2}

Neither of the rebels represents an Eastbank seat, but our assembly members will be under
pressure too. Two of them, both in the coalition, sit on the health committee that must
approve the back-office merger the finance minister is relying on.

We will follow the first quarterly figures when they appear in October. In the meantime,
if you use the village buses and have noticed any changes to the timetable, write to us at
the usual address. Have a good weekend.
"""),
     "newsletter quotes two separate passages of an analysis (one ~130 words, one ~75 words)",
     passages=[("The trouble is what holds the line up.", "declared efficiency targets."),
               ("There is also a political problem.", "is now just three.")])

pair("excerpt", "stonemere-cycle-lane",
     doc("meridianpost.example", "2025-07-02T06:00:00Z", "cycle-lanes-backlash-councils",
         "From Stonemere to Lydmouth, councils retreat on cycle lanes", """
Two years ago, councils up and down the coast were competing for government money to
build protected cycle lanes. This summer, several of them are pulling the lanes out again.

The most striking reversal came last week in Stonemere, where the seafront lane was voted
out after a long campaign by hoteliers. The town has had to confront two awkward facts: the
grant conditions it signed, and the absence of any plan B. The Eastbank Herald's report of
the meeting ended on exactly those two points:

{P1}

Stonemere is not alone. In Lydmouth, a lane on Harbour Road was narrowed in April after
complaints from bus operators, and the city council has quietly dropped a second scheme
that had already been designed. In Corrick, a trial lane on the high street lasted eleven
weeks.

Transport researchers say the problem is rarely the idea of a cycle lane and usually the
speed at which the lanes were built. Much of the money arrived with short deadlines, and
councils rushed schemes through with little consultation. "The lanes that were built fast
are the lanes being ripped out now," said Professor Dilys Morgan of the Northern Transport
Institute. "The ones that were argued over for years before they were built are mostly
still there."

The government has said it will not fund lanes that councils cannot commit to keeping,
and officials are understood to be reviewing whether Stonemere must repay part of its
grant. That decision, more than any vote in a council chamber, may determine how willing
other towns are to try again.
"""),
     "national analysis quotes the last two paragraphs (~120 words) of a local report",
     passages=[("The government department that funded the lane", "come to the committee in the autumn.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "eastfold-bypass",
     doc("valleygazette.example", "2025-02-19T10:30:00Z", "eastfold-bypass-decision-delayed-bats",
         "Eastfold bypass decision delayed over bat survey", """
A decision on the £48 million Eastfold bypass has been postponed after the council's own
lawyers warned that its environmental assessment might not survive a court challenge.

The item was pulled from Tuesday's planning committee agenda less than an hour before the
meeting. In a note to councillors that afternoon, the head of legal services, Priya
Haldane, said a complaint about the bat survey was "not without merit" and advised a
delay.

The Holm Wood Alliance had written to the council last week to argue that the survey of
bat roosts along the route, which skirts the ancient woodland of Holm Wood, was done in
the wrong season.

Committee chair Councillor Alan Brereton told residents in the public gallery he shared
their frustration. "I have been a councillor for nineteen years and I have voted for this
road four times," he said. "I would rather wait six weeks and make a decision that stands
than make one tonight that a judge tears up in the spring."

About 60 people attended, many of them parents from Eastfold Primary, where more than
1,400 lorries pass the gates every weekday. Parents have pressed for the 3.2-mile road
since a pupil was hit by a lorry in 2021, and some walked out before the chair had
finished. Nadia Cruickshank, who chairs the parents' association, said: "The bats have had
a better hearing than our kids."

The alliance says it is not against a bypass, but wants a northern route around the wood
to be considered, at an estimated extra cost of £9 million. "We asked the council to do
its job properly, and it turns out the council's own lawyers agree," said its spokesman,
Ewan Tulloch.

A new survey will take place in April and May, when bats are active, and the scheme is
expected back before the committee in July. The government's £31 million contribution
depends on work starting before the end of next year. The road has been promised since
1994.
"""),
     "lightly reworded: same order for the most part, several long quotes kept verbatim, "
     "narrative sentences recast")

pair("rewrite", "wenlow-byelection",
     doc("eastbankherald.example", "2025-05-16T09:40:00Z", "wenlow-north-dunleavy-wins-narrowly",
         "Dunleavy scrapes home in Wenlow North as three in four voters stay away", """
Morag Dunleavy kept Wenlow North for the Civic Alliance in Thursday's by-election, but a
majority that stood at 4,650 at the general election shrank to fewer than a thousand votes,
and barely a quarter of the electorate took part.

Dunleavy polled 6,814 votes. The Independent candidate Rhys Calder, a former headteacher
who built his campaign around saving the town's maternity unit, came second with 5,902,
and Tamsin Oyelaran of the Greens took 2,377. Turnout was 27 per cent, against 51 per
cent at the last assembly election.

Speaking at Wenlow leisure centre after the declaration in the early hours of Friday, the
new member acknowledged the scale of the warning. "People have sent a message, and I have
heard it," she said, adding that she now had to win back those who had not voted.

Calder said his supporters had come "from nowhere to within a thousand votes".

The contest was triggered when Duncan Feeney, the Alliance member who held the seat, stood
down on health grounds in March.
"""),
     "wire story rewritten by a local paper: merged and reordered sentences, new lead, "
     "short quotes kept")

pair("rewrite", "corrick-parking",
     doc("valleygazette.example", "2025-08-20T08:00:00Z", "corrick-market-square-parking-charges",
         "Corrick parking charges more than double at Market Square", """
Charges at Corrick's Market Square car park have more than doubled, with an hour's stay
rising from £2.50 to £6, prompting complaints from traders who say the increase is driving
customers away from the town centre.

A three-hour stay at the car park, the closest to the shops, now costs £14. The town
council says the new tariff is intended to "manage demand" for spaces.

Jim Pardoe, 58, a third-generation baker on Bridge Street, said trade had dropped sharply.
He described Tuesday as his quietest day in thirty years and said customers were choosing
the free parking at the out-of-town retail park instead.

One resident, Kelly Sands, 34, said she received a £70 penalty after overstaying by four
minutes while queueing at a pharmacy, which she called "daylight robbery".

According to figures reported by The Scoop, the council earned £1.3 million from parking
in the last financial year and is expected to exceed that this year.

The council said it reviews charges annually and pointed drivers to the Leisure Centre car
park, which is cheaper and about ten minutes' walk from the shops.
"""),
     "tabloid story rewritten in a sober register: register change, tabloid phrasing gone, "
     "numbers kept; tips-line boilerplate dropped",
     hard=True)

pair("rewrite", "lydmouth-council-tax",
     doc("morningcourier.example", "2025-02-12T05:45:00Z", "lydmouth-budget-freeze-small-print",
         "A freeze on the front page: Lydmouth's budget leans on fees", """
Households in Lydmouth will see no change in the city council's part of their council tax
bill this year. What they pay for brown bins, parking permits and burials is another
matter.

Councillors approved a £412 million budget on Monday evening by 38 votes to 21, with two
members abstaining. It holds the Band D charge at £1,742. To balance the books, the
annual garden waste fee climbs to £62 from £45, a residents' parking permit will cost £110
instead of £80, and burial fees at council cemeteries go up 15 per cent.

Council leader Bernard Osei defended the approach, saying residents had made plain they
could not absorb another increase in council tax. In his view, the fees that are rising
apply to services people opt into.

Opposition councillor Jenny Halloran, who speaks on finance, was scathing. About 38,000
households pay for garden waste collection, and each will now pay £17 more, she said,
arguing that anyone with both a garden and a car would be worse off than under a
conventional tax rise. She called it "a freeze on the front page and a rise in the small
print".

Elsewhere in the budget, £6 million is earmarked for council housing repairs. Two of the
city's five tips, Dockside and Crane Street, will close, saving an estimated £900,000 each
year.
"""),
     "heavily reworded and restructured; quotes turned into reported speech except one",
     hard=True)

# ---------------------------------------------------------------- related

pair("related", "mayor-expenses",
     doc("thescoop.example", "2025-04-08T19:00:00Z", "mayor-tolland-pushed-out",
         "MAYOR'S EXIT: Party bosses forced out Tolland over £12,600 claims", """
Disgraced Marrowgate mayor Geoffrey Tolland was pushed out by his own party bosses after
racking up £12,600 in dodgy expenses, The Scoop has been told.

Civic Alliance chiefs gave the 66-year-old an ultimatum on Monday afternoon: quit by six
o'clock or be suspended from the group, according to a party insider. Less than two hours
later he sent his resignation letter.

The claims include £2,300 for "civic hospitality" at a golf club and hundreds of pounds of
mileage for trips the council says it cannot trace. An audit found that 19 of his claims
could not be matched to any engagement.

"He thought he could ride it out. The leadership made it clear he couldn't," our source
said.

Tolland, who has sat for Castle ward since 2011, insists he did nothing dishonest and says
he will pay back anything claimed in error. He is staying on as a councillor.

Opposition boss Hamid Qureshi fumed: "Somebody rubber-stamped every one of these claims.
We want to know who."

The Civic Alliance denied that Tolland had been forced out. A spokesman said the mayor had
"made his own decision, with dignity".
"""),
     "same event, independent tabloid account that contradicts the first on the amount "
     "(£12,600 vs £11,200) and the number of claims (19 vs 17), and claims he was forced out",
     hard=True)

pair("related", "tarnley-libraries",
     doc("civicledger.example", "2025-01-22T07:00:00Z", "tarnley-library-cuts-mobile-service",
         "Mobile van to replace three Tarnley branches if cuts approved", """
A weekly visit from a mobile library would be all that is left of public library provision
in Ravensby, Upper Mill and Kettle Lane, if Tarnley District Council approves savings
proposals published this week.

The council wants to cut £640,000 from its library budget, which currently stands at £3.1
million. Officers say closing the three smallest branches, which between them employ nine
full-time staff, would deliver most of that. The remainder would come from shorter hours
at Harlow Green and a reduced book fund.

Visitor figures released alongside the proposals show wide variation across the seven
branches. The central library recorded about 690 visits a day last year; Upper Mill
averaged fewer than fifty.

The council has pointed to the mobile service, which already serves outlying farms and
hamlets, as an alternative. But campaigners say a van parked for two hours on a Wednesday
cannot replace a building. The Friends of Ravensby Library, formed in 2002, plans a public
meeting this week.

Cabinet member Fiona Mackintosh has said the authority must prioritise services residents
cannot do without after years of real-terms budget cuts.

The consultation runs until 15 April. Responses can be made online or on paper forms
available at every branch. Cabinet is due to decide in June.
"""),
     "independent report of the same proposals the next day, different angle (the mobile "
     "van), extra figures")

pair("related", "brackwater-flood-release",
     doc("heronfm.example", "2025-10-03T17:30:00Z", "brackwater-barrier-residents-react",
         "Brackwater residents welcome new flood barrier, but some still worried", """
"I have moved my furniture upstairs four times. I would like never to do it again." That
was the verdict of Alan Rudd, who has lived on Mill Street in Brackwater for 35 years, as
the town's new tidal defences were opened this afternoon.

The £22 million scheme includes a barrier across Mill Creek that can be closed when a high
tide and a swollen river threaten the town. Heron FM watched a test closure, which took
just under nine minutes.

Environment Minister Joanna Tripp, who performed the opening, told the crowd that the town
could now "go to bed on a stormy night knowing that they are protected". She said
Brackwater had flooded four times in twenty years.

Engineers say the new walls and pumps cut the yearly risk of flooding in the town centre
tenfold. More than eighteen hundred homes are covered.

Not every street is. On Quay Row, just downstream of the barrier, householders say they
were told their risk had not changed, and they want to see the evidence. The Rivers and
Coasts Authority says it is designing separate protection for the street.

Local businesses put £1.5 million towards the cost, the town council £3 million and the
government the rest.
"""),
     "independent radio report of the same opening; quotes a 12-word fragment of the "
     "minister's statement but writes its own account",
     shared_text="go to bed on a stormy night knowing that they are protected")

pair("related", "stonemere-cycle-lane",
     doc("civicledger.example", "2025-06-25T09:00:00Z", "stonemere-esplanade-lane-vote",
         "Stonemere councillors vote 6-3 to remove Esplanade cycle lane", """
Councillors in Stonemere voted by six to three on Tuesday evening to take out the
protected cycle lane on the Esplanade, ending a dispute that has run since the lane opened
in 2023.

Removal of the kerbs and planters will cost around £340,000 and should be finished before
next spring. The original scheme cost £1.9 million, paid by the government on condition
that it stayed in place for five years.

The council issued a short statement after the meeting: "The committee has listened
carefully to residents and businesses on both sides of this debate. It has concluded that
the current layout does not work for the Esplanade, and will look again at safer cycling
routes elsewhere in the town."

The debate lasted nearly three hours. Councillor Owen Marsh, who proposed removal, said
the lane had "split streets and even families". Councillor Bethan Cole, who voted to keep
it, warned that the town could be asked to repay part of the grant and accused colleagues
of "throwing away money we will not see again".

A petition to keep the lane gathered 2,140 signatures; one to remove it gathered 3,020.

Officers are to report on alternative routes, including the disused railway behind the
seafront, in the autumn.
"""),
     "independent report of the same vote; both quote the council's 45-word statement "
     "verbatim",
     hard=True,
     shared_text="The committee has listened carefully to residents and businesses on both sides "
                 "of this debate. It has concluded that the current layout does not work for the "
                 "Esplanade, and will look again at safer cycling routes elsewhere in the town.")
