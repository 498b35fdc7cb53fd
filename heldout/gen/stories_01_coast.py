"""Hollinsford and the western coast: ferry, pier, inquest, port."""
from lib import base, pair, doc, derived
from boiler import HT_ABOUT

# ---------------------------------------------------------------- bases

base("ferry-fares", "harbourtimes.example", "2025-06-02T07:00:00Z", "ardlow-ferry-fares-rise",
     "Ferry fares to Ardlow Island rise 12 per cent as council backs new pricing", """
Hollinsford council has approved a 12 per cent rise in fares on the ferry to Ardlow
Island, the first increase since 2021, despite objections from island residents who say
the crossing is their only link to the mainland.

Councillors voted 27 to 14 on Thursday night to raise a standard adult return from £8.40
to £9.40 from 1 July. Island residents holding a resident's card will pay £4.10, up from
£3.70, and children under 12 will continue to travel free.

The council's transport committee said the service, which carries about 410,000
passengers a year, lost £1.9 million in the last financial year, largely because of
higher fuel and insurance costs. "We have held fares for four years while the cost of
running the boats has gone up by a third," said the committee chair, Councillor Deborah
Quayle. "Doing nothing would mean cutting sailings, and nobody on the island wants that."

Opponents said the rise would fall hardest on islanders who cross daily for work, school
and hospital appointments. Martin Ferrie, who chairs the Ardlow Community Association,
told the meeting that a family of four making two return trips a week would pay more than
£200 extra a year. "For us this is not a tourist ride. It is the bus to work," he said.

An amendment from the Independent group to keep the resident fare at its current level
was defeated by four votes.

The council has promised to review the timetable in the autumn and to publish the
accounts of the ferry service each quarter. The new fares will be displayed at both
terminals from next week.

""" + HT_ABOUT)

base("pier", "harbourtimes.example", "2025-03-14T09:30:00Z", "hollinsford-pier-reopen-restoration",
     "Hollinsford pier to reopen next summer after £6.2m restoration", """
Hollinsford's Victorian pier will reopen to the public next summer, eight years after it
was closed because of storm damage, under a £6.2 million restoration plan unveiled on
Friday.

The Pier Trust said contractors would begin work in May on replacing 140 of the
structure's cast-iron columns, many of which were found to be cracked or corroded during
a survey in 2023. The decking, the bandstand and the café at the seaward end will also be
rebuilt.

About two thirds of the money comes from the National Heritage Fund, with the rest from
the council, a local lottery and more than 3,000 individual donors. The trust's chair,
Eleanor Pascoe, said the response from residents had been "extraordinary". "People have
sent us cheques for five pounds with letters about their first date on the pier," she
said. "This is their pier, and they have paid for it."

The pier opened in 1887 and was at its busiest in the 1950s, when steamers from Lydmouth
called there three times a day in summer. It was closed in 2017 after a storm tore away
part of the deck and left the seaward end cut off.

Engineers from the firm Brightwater Marine, which won the contract, said the most
difficult work would be at the end of the pier, where the columns stand in more than six
metres of water at high tide. Work there will be carried out from a jack-up barge between
May and September to avoid the winter swells.

The trust expects the pier to reopen in stages, with the first 200 metres open by Easter
and the full length by August. Entry will be free, although the trust plans to charge for
events in the restored pavilion.

Councillor Ravi Anand, the council's member for culture, said the reopening would bring
visitors back to the south end of the seafront, where several shops have closed since
the pier shut. "The pier was the reason people walked that far," he said.

""" + HT_ABOUT)

base("marigold-inquest", "harbourtimes.example", "2025-09-22T16:10:00Z", "marigold-inquest-day-one",
     "Marigold inquest: survivor says trawler rolled over 'in less than a minute'", """
An inquest into the deaths of three fishermen whose trawler capsized off Ardlow Island
last winter has heard that the crew had no warning before the vessel rolled over in less
than a minute.

The Marigold, a 19-metre trawler based in Hollinsford, sank on the night of 9 January
about eleven miles south-west of the island. The skipper, Thomas Garrow, 52, and
deckhands Liam Petrie, 24, and Andrius Kalnins, 37, died. A fourth crew member, Samuel
Oduya, 29, was rescued from a life raft by the Ardlow lifeboat after nearly four hours in
the water.

Giving evidence on the first day of the hearing at Hollinsford Coroner's Court, Mr Oduya
said the crew had been hauling nets in a moderate swell when the boat lurched heavily to
starboard. "There was a bang from below, and then the deck was a wall," he said. "I was
thrown against the rail. When I came up the boat was on her side and the lights were
still on under the water."

He told the court he had found the life raft, which had inflated automatically, and had
shouted for his crewmates for what he thought was about twenty minutes. "I heard Liam
once. After that I heard nothing," he said.

The Marine Casualty Investigation Board has already published an interim report which
found that the Marigold was carrying about 14 tonnes more than her recorded stability
limit, partly because of extra fishing gear and ice stored on the upper deck. The report
also found that a freeing port, designed to let water drain off the deck, had been welded
shut at some point in the previous two years.

Counsel for the Garrow family, Helen Birtwhistle, asked the lead investigator, Dr Fraser
Lumb, whether the skipper could have known that the boat was overloaded. Dr Lumb said the
vessel's stability booklet was out of date and did not reflect changes made to the boat
since 2016. "A skipper working from that booklet would have had a false picture of how
much margin he had," he said.

The owner of the Marigold, Garrow Fishing Ltd, was run by the skipper and his brother,
Neil Garrow. In a statement read to the court, Neil Garrow said the family had "never
knowingly put anyone at risk" and that the freeing port had been closed by a previous
owner.

The senior coroner for the western coast, Margaret Ellery, said she would examine whether
the rules for inspecting older fishing vessels were adequate. "Three men went to work and
did not come home. This inquest will look at every decision that put them in that
position, and at the rules that allowed it," she said.

The inquest, which is expected to last eight days, continues.

""" + HT_ABOUT)

base("port-cannabis", "harbourtimes.example", "2025-11-05T12:00:00Z", "cannabis-banana-crates-docks",
     "Cannabis worth £2.4m found hidden in banana crates at Hollinsford docks", """
Border officers found 240 kilograms of cannabis hidden among a shipment of bananas at
Hollinsford docks on Monday, the Harbour Times has learned.

The drugs, packed in vacuum-sealed bags beneath the fruit in eleven crates, have an
estimated street value of £2.4 million. They were discovered during a routine scan of a
refrigerated container that arrived on the Esperanza Line vessel Cala Verde from the
Caribbean.

Two men, aged 34 and 41, were arrested on Tuesday at an industrial unit in Eastfold where
the container was due to be delivered. Western Police said both had been released on bail
pending further inquiries.

A source at the port told the Harbour Times that it was the third seizure at the terminal
this year and the largest since 2019. "They are getting bolder, not more careful," the
source said.

Detective Inspector Kerry Lowther, who is leading the investigation, said: "This was a
significant seizure, and I want to thank the border team whose work stopped these drugs
reaching our streets. We are working with colleagues abroad to identify everyone
involved."

The importer named on the shipping documents, Fairfield Fresh Produce, said it had no
knowledge of the drugs and was co-operating fully with the police.

""" + HT_ABOUT)

base("ferry-strike-wire", "granitewire.example", "2025-07-10T10:42:00Z", "ardlow-ferry-crews-strike",
     "Ardlow ferry crews to strike for 48 hours over rosters", """
HOLLINSFORD, July 10 (GW) - Crews on the Hollinsford to Ardlow Island ferry will strike
for 48 hours from next Tuesday in a dispute over new rosters, the Maritime and Transport
Union said on Thursday.

The union said 62 of its 71 members on the route had voted in favour of action on a
turnout of 88 per cent. It says the new rosters, which Hollinsford council plans to
introduce in September, would cut rest breaks between shifts from twelve hours to ten.

"Tired crews on a busy route in winter weather is not a saving, it is a risk," the
union's regional organiser, Joanne Haig, said in a statement.

The council, which runs the service, said it was disappointed and that the new rosters
met all legal requirements. It said it would run a reduced timetable using agency staff
and would publish details on Monday.

The strike will be the first on the route since 2014. Around 1,100 passengers use the
ferry on a typical weekday in July.

(Reporting by Alys Penrose; editing by Tom Greaves)
""", style="news")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "ferry-fares",
     derived("newsrelay24.example", None, "ferry-fares-to-ardlow-island-rise-12-per-cent",
             title="Ardlow Island ferry fares to go up by 12%", style="id"),
     "undated relay republishes the whole article with a new headline; scraping residue "
     "(share buttons, 'Leave a Reply', 'Scroll to Top') left at the end of the text",
     ops=[("post", "Share this: Facebook X WhatsApp Email\n\nLeave a Reply\n\n"
                   "Your email address will not be published.\n\nScroll to Top", None)])

pair("duplicate", "ferry-strike-wire",
     derived("valleygazette.example", "2025-07-10T12:05:00Z", "ferry-crews-strike-48-hours"),
     "wire story run by a subscriber: agency tag written out, dateline shortened",
     ops=[("sub", "HOLLINSFORD, July 10 (GW) - ", "HOLLINSFORD - ", None),
          ("sub", "(Reporting by Alys Penrose; editing by Tom Greaves)",
           "— Granite Wire", None)])

# ---------------------------------------------------------------- copies

pair("copy", "port-cannabis",
     derived("redkitenews.example", "2025-11-05T18:40:00Z", "police-hunt-gang-cannabis-bananas",
             title="Police hunt gang after £2.5m drugs haul found in fruit shipment", style="news"),
     "relay drops both credits to the Harbour Times and the outlet's boilerplate, "
     "changes the street value and adds a framing intro",
     hard=False,
     ops=[("pre", "Police are hunting an international gang after a huge drugs haul was "
                  "discovered by chance at one of the country's busiest ports.", "insert"),
          ("sub", " on Monday, the Harbour Times has learned.", " on Monday.", "attribution"),
          ("sub", "£2.4 million", "£2.5 million", "number"),
          ("sub", "A source at the port told the Harbour Times that",
           "A source at the port said", "attribution"),
          ("del", HT_ABOUT, "delete")])

pair("copy", "ferry-strike-wire",
     doc("dailylantern.example", "2025-07-11T06:30:00Z", "islanders-brace-ferry-strike",
         "Islanders brace for ferry strike: 'We will be cut off'", """
Shopkeepers and commuters on Ardlow Island said on Thursday night that a two-day strike
by ferry crews would leave them stranded, as the council and the union traded blame over
a roster change that few passengers had heard of until this week.

"If the boat does not run, the bread does not come and I do not get to my shift at the
hospital," said Carys Mottram, a nurse who has crossed the water every working day for
eleven years. "Nobody asked us."

Here is the announcement as it was reported by the Granite Wire agency:

HOLLINSFORD, July 10 (GW) - Crews on the Hollinsford to Ardlow Island ferry will strike
for 48 hours from next Tuesday in a dispute over new rosters, the Maritime and Transport
Union said on Thursday.

The union said 62 of its 71 members on the route had voted in favour of action on a
turnout of 88 per cent. It says the new rosters, which Hollinsford council plans to
introduce in September, would cut rest breaks between shifts from twelve hours to ten.

"Tired crews on a busy route in winter weather is not a saving, it is a risk," the
union's regional organiser, Joanne Haig, said in a statement.

The council, which runs the service, said it was disappointed and that the new rosters
met all legal requirements. It said it would run a reduced timetable using agency staff
and would publish details on Monday.

The strike will be the first on the route since 2014. Around 1,100 passengers use the
ferry on a typical weekday in July.

The Daily Lantern understands that the council has approached two private operators
about chartering a smaller vessel for the two days. One of them, Saltway Charters,
confirmed it had been asked for a quote but said its boat could carry no more than 60
passengers a trip.

Ardlow's only doctor's surgery said it would move routine appointments to the following
week, and the island primary school, which breaks up for the summer on Friday, will not
be affected. The Ardlow Community Association has asked the council to guarantee places
on any reduced sailings for patients and key workers.

Island councillor Gwen Tregarth said the dispute showed how exposed the island was. "We
have one boat, one union and one council," she said. "When any of the three falls out
with the others, it is the island that pays."
"""),
     "short wire story embedded whole, reporting credit line dropped, inside a longer local "
     "article with its own reporting before and after (A is ~45% of B)",
     hard=True,
     changes=[{"kind": "delete", "a_text": "(Reporting by Alys Penrose; editing by Tom Greaves)"},
              {"kind": "insert", "b_text": "Here is the announcement as it was reported by the Granite Wire agency:"}])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "pier",
     doc("eastbankherald.example", "2025-04-20T08:00:00Z", "coast-piers-comeback",
         "The great pier comeback: why the coast is rebuilding its Victorian landmarks", """
Five years ago the coast's piers looked finished. Wenlow's had been sold for scrap, the
Stonemere pier was fenced off with a sign warning of falling masonry, and Hollinsford's
had been closed since a storm in 2017. Now three of them are being rebuilt, and the
people behind the projects say the money has come from places nobody expected.

At Hollinsford, the work is the most ambitious on the coast. As the Harbour Times
reported last month:

{P1}

The pattern is similar elsewhere. In Stonemere, a community interest company has raised
£1.1 million to replace the pier's timber deck, and the town council has agreed to take
on the cost of annual inspections. In Lydmouth, the city's pier has stayed open
throughout, but its owners are spending £800,000 on the pavilion roof after a survey
found water damage to the Edwardian ballroom.

What unites the schemes is a change in how they are paid for. Heritage grants still make
up the largest share, but each project has also leaned heavily on small donations and
local lotteries, and each has promised free entry. "The old model was a pier as an
amusement business," said Dr Annika Sorrell, who studies seaside architecture at the
University of Lydmouth. "The new model is a pier as a public street that happens to be
over the sea."

That model has its risks. Piers are expensive to insure and the sea does not stop
corroding iron because a trust has run out of money. Dr Sorrell said the projects that
would last were those that had set aside maintenance funds from the start, rather than
raising money for the rebuild and hoping for the best afterwards.

For now, the mood on the coast is optimistic. In Wenlow, where the pier was lost, a
campaign group has begun talking about a new one.
"""),
     "feature on several piers quotes a ~115-word middle passage of the pier story "
     "(history and engineering paragraphs)",
     passages=[("The pier opened in 1887", "to avoid the winter swells.")])

pair("excerpt", "marigold-inquest",
     doc("meridianpost.example", "2025-09-27T06:00:00Z", "fishing-safety-older-boats-analysis",
         "Analysis: the paperwork that sinks fishing boats", """
Fishing remains the most dangerous job in the country, and the inquest into the loss of
the Marigold this week has shown again how often the danger lies not in the weather but
in the paperwork.

Small trawlers are modified constantly. Owners add winches, shelters, fish-handling gear
and storage, each change reasonable on its own. But every kilogram added above the deck
raises the boat's centre of gravity, and the document that tells a skipper how much he
can safely carry, the stability booklet, is often years behind the boat he is actually
standing on.

The Marigold's case, heard in Hollinsford this week, is a textbook example. Evidence given
on the first day was summarised by the local paper, the Harbour Times:

{P1}

Nothing in the current rules would have caught this. Vessels under 24 metres are surveyed
every five years, and a survey checks that a booklet exists, not that it describes the
boat. The Marine Casualty Investigation Board recommended in 2019 that any structural
change to a fishing vessel should trigger a new stability assessment. Ministers accepted
the recommendation in principle and have not legislated.

Industry bodies say the cost of a new assessment, typically £4,000 to £7,000, would fall
hardest on the smallest owners. That is true, and it is also an argument that has been
made after every capsize of the last twenty years. The fleet has shrunk; the accident
rate per boat has not.

The coroner in the Marigold case has said she will look at the inspection rules. She will
be the fourth coroner in a decade to do so. The question now is whether anyone in
government is reading their reports.
"""),
     "analysis piece quotes a ~150-word passage from the middle of the inquest report "
     "(investigation findings and the investigator's evidence)",
     passages=[("The Marine Casualty Investigation Board has already",
                "much margin he had,\" he said.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "ferry-fares",
     doc("meridianpost.example", "2025-06-02T15:20:00Z", "ardlow-ferry-passengers-higher-fares",
         "Ardlow ferry passengers face higher fares from July", """
Islanders on Ardlow will pay more to reach the mainland from July after Hollinsford
council voted through a fare increase of 12 per cent, the first since 2021.

The decision, carried by 27 votes to 14 at Thursday evening's meeting, lifts the price of
an adult return ticket to £9.40 from £8.40. Holders of the resident's card will see their
fare go up from £3.70 to £4.10, while under-12s will still cross at no charge.

Higher fuel bills and insurance premiums left the service, used by roughly 410,000
passengers annually, £1.9 million in deficit last financial year, according to the
transport committee. Its chair, Councillor Deborah Quayle, argued that the authority had
kept prices unchanged for four years even as running costs climbed by a third, and that
the alternative was fewer sailings, "and nobody on the island wants that".

Island campaigners disagree. Martin Ferrie, chair of the Ardlow Community Association,
said daily commuters, pupils and patients travelling to hospital would bear the brunt,
estimating that a four-person household crossing twice a week would face an extra bill
of over £200 annually. "It is the bus to work," he told councillors.

The Independent group tried and failed, by a margin of four votes, to freeze the resident
fare. The council has pledged quarterly publication of the ferry accounts and an autumn
review of the timetable. Notices of the new prices go up at both terminals next week.
"""),
     "heavily reworded: every sentence recast, order changed, numbers and short quotes kept",
     hard=True)

# ---------------------------------------------------------------- related

pair("related", "pier",
     doc("heronfm.example", "2025-05-12T17:00:00Z", "barge-arrives-pier-work-begins",
         "Work begins on Hollinsford pier as jack-up barge arrives", """
A jack-up barge was towed into position beside Hollinsford pier this morning, marking the
start of the long-awaited rebuild of the seafront landmark.

Crews from Brightwater Marine spent the first hours fixing the barge's legs to the seabed
near the end of the pier. From there, over the coming weeks, they will begin lifting out
the corroded iron columns and driving in replacements.

Heron FM was there as the first column was cut free just after 11 o'clock. The project
manager, Dev Okonjo, told us it had gone "better than the rehearsal", but warned that the
timetable depends on calm seas. "Every day with a big swell is a day we lose," he said.
"We have built some slack into the summer, but not a lot."

The £6.2 million scheme, paid for largely by a heritage grant along with money from the
council and thousands of residents, is meant to see the pier fully open again by next
August. The landward section should reopen earlier, around Easter.

A small crowd gathered on the promenade to watch. Among them was 81-year-old Brenda
Hallam, who worked in the pier café as a teenager. "I never thought I would see anyone
try," she said. "I am going to come down every week and check on them."

The Pier Trust says it will post weekly progress photographs on its website, and the
footpath beside the pier entrance will stay open throughout the works.
"""),
     "follow-up two months later on the same project, independently written (start of works)",
     hard=True)

pair("related", "marigold-inquest",
     doc("courtroomreport.example", "2025-09-22T18:45:00Z", "marigold-coroner-opens-hearing",
         "Coroner to examine trawler inspection rules as Marigold hearing opens", """
The senior coroner for the western coast has said she will scrutinise the rules for
inspecting older fishing boats, as the inquest into the sinking of the Hollinsford
trawler Marigold began on Monday.

Opening the hearing, Margaret Ellery told the families of the three men who died: "Three
men went to work and did not come home. This inquest will look at every decision that put
them in that position, and at the rules that allowed it."

Thomas Garrow, the skipper and part-owner of the vessel, died alongside Liam Petrie and
Andrius Kalnins when the boat overturned south-west of Ardlow Island on 9 January. The
only survivor, Samuel Oduya, spent close to four hours in a life raft before the island's
lifeboat reached him.

Mr Oduya, visibly emotional, described a sudden heavy list while the crew were bringing
in the nets, followed within seconds by the boat going over. He said he called out for
the others for a long time from the raft.

Investigators have previously found that the boat was substantially over its stability
limit on the night and that a drainage opening in its side had been sealed. The lead
investigator, Dr Fraser Lumb, said the booklet the crew relied on to judge loading did
not describe the vessel as it had become.

Neil Garrow, the skipper's brother and co-director of Garrow Fishing Ltd, said in a
written statement that his family would never have put the crew in danger knowingly. He
blamed a former owner for the sealed opening.

Eight days have been set aside for the hearing.
"""),
     "independent court report of the same hearing; both quote the coroner's 32-word "
     "statement verbatim",
     hard=True,
     shared_text="Three men went to work and did not come home. This inquest will look at every "
                 "decision that put them in that position, and at the rules that allowed it")
