"""Schools, transport, environment, animals and housing."""
from lib import base, pair, doc, derived
from boiler import HT_ABOUT, SCOOP_TIPS

# ---------------------------------------------------------------- bases

base("upper-mill-school", "valleygazette.example", "2025-03-25T08:00:00Z", "upper-mill-primary-inadequate",
     "Upper Mill Primary rated inadequate as inspectors criticise leadership", """
Upper Mill Primary School has been rated inadequate by inspectors, who found that pupils'
reading had fallen well behind and that leaders had not acted on warnings given two years
ago.

The report by the Schools Inspectorate, published on Monday, placed the 190-pupil school in
special measures. It was rated good at its previous full inspection in 2019 and requires
improvement in 2023.

Inspectors said too many pupils left the school unable to read fluently. In last summer's
national tests, 41 per cent of eleven-year-olds met the expected standard in reading,
compared with 74 per cent nationally. The report said the school had changed its approach to
teaching phonics three times in four years, leaving staff confused and pupils with gaps in
their knowledge.

The inspectors praised pupils' behaviour, which they said was "calm and courteous", and the
care given to children with special educational needs. But they said governors had been too
ready to accept leaders' assurances that things were improving.

The headteacher, Graham Ollerenshaw, who has led the school since 2016, announced his
retirement last month. In a letter to parents, the chair of governors, Deborah Lister, said
the board accepted the findings "in full" and that an experienced headteacher from a
neighbouring school would take over in April.

Tarnley District Council said it would work with the school and that it expected a rapid
improvement. Under national rules, schools placed in special measures are normally turned
into academies, and the council said discussions with academy trusts had begun.

Parents at the school gate on Monday afternoon were divided. "The teachers have been
wonderful with my son," said one mother. "But I was shocked by the reading results. Nobody
told us."
""")

base("bus-strike", "granitewire.example", "2025-10-06T07:00:00Z", "lydmouth-bus-drivers-strike",
     "Lydmouth bus drivers begin week-long strike over pay", """
LYDMOUTH, Oct 6 (GW) - About 800 bus drivers in Lydmouth began a week-long strike on Monday in
a dispute over pay, halting almost all services in the city and leaving tens of thousands of
commuters and schoolchildren to find other ways to travel.

The drivers, employed by Citylink Lydmouth, rejected a pay offer of 4.5 per cent last month.
Their union, the Transport Workers' Union, is seeking 8 per cent, saying drivers' pay has
fallen behind that of neighbouring cities.

Citylink said it would run a limited service on four routes to the Lydmouth Royal Infirmary
and the university, using managers and agency drivers. "We have made a fair offer, the best
in the company's history, and we remain ready to talk," managing director Simon Thackray said.

The union's regional secretary, Bernadette Keane, said drivers had not taken the decision
lightly. "Our members start at 5am and finish at midnight, and they earn less than drivers
in Hollinsford doing the same job," she said.

Schools in the city said pupils who could not get in would be set work online. Traffic was
heavy on main roads into the city centre during the morning rush hour.

Citylink carries about 150,000 passengers on a typical weekday.

(Reporting by Owen Pryce; editing by Tom Greaves)
""", style="news")

base("old-bridge", "civicledger.example", "2025-01-14T16:00:00Z", "tarnley-old-bridge-closed-repairs",
     "Tarnley Old Bridge closed for a year after inspectors find cracked arch", """
Tarnley's Old Bridge, the 18th-century stone crossing that carries the main road over the
River Tarn, will be closed to traffic for about a year after engineers found cracks in one of
its three arches, Tarnley District Council said on Tuesday.

The bridge was closed to vehicles on Monday evening, a week after a routine inspection by
divers found that the base of the central pier had been scoured away by the river, causing
the arch above it to move. Pedestrians and cyclists can still use a footway on the upstream
side.

The council's head of highways, Andrew Pell, said there was no immediate risk of collapse but
that the bridge could not safely carry heavy vehicles. "We have taken this decision to protect
the bridge and the people who use it. It has stood for 260 years and we intend it to stand for
260 more," he said.

Repairs, which will involve building a temporary dam around the pier and underpinning it with
concrete, are expected to cost about £3.5 million. Work cannot start until the summer, when
the river is at its lowest.

The closure means a diversion of about eleven kilometres for drivers, via the bypass and the
New Bridge at Low Garth. About 14,000 vehicles a day used the Old Bridge.

Traders on Bridge Street, already recovering from the flood in December, said the closure
would hit business hard. Pauline Haworth, who runs a hardware shop near the bridge, said: "We
survived the water. I am not sure we will survive a year of nobody being able to get to us."

The council said it would review parking charges in the town centre and consider a free
shuttle bus from the car parks on the far side of the river.
""")

base("rail-timetable", "meridianpost.example", "2025-05-12T06:00:00Z", "northern-rail-timetable-changes",
     "New rail timetable promises faster trips, but some towns lose their trains", """
The biggest change to the north's rail timetable for a decade comes into force next Sunday,
promising faster journeys between the region's cities but leaving several smaller towns with
fewer trains than before.

Under the new timetable, drawn up by the operator Northern Lines, journeys between Lydmouth and
Hollinsford will be cut from 74 minutes to 61, with two fast trains an hour instead of one.
Trains between Lydmouth and Tarnley will run every 20 minutes during the day.

To make room for the faster trains, however, stopping services at six smaller stations will be
reduced. Corrick, Low Garth and Ravensby Halt will lose their hourly service and get a train
every two hours instead, and the last train from Lydmouth to Wenlow will leave at 10.15pm,
almost an hour earlier than now.

Northern Lines said the changes would benefit far more passengers than they inconvenienced.
"More than 90 per cent of our customers will see their journeys get faster or more frequent,"
said the company's planning director, Naomi Featherstone. "We know that is no comfort to people
in the towns that lose out, and we will keep the timetable under review."

Campaigners in Corrick, where about 600 people a day use the station, said the change would
push people back into their cars. "We were promised a better railway, not a faster one for the
cities and a worse one for everyone else," said Trevor Blandford of the Corrick Rail Users'
Group.

The regional assembly's transport committee has called the company's managing director to
give evidence next month. The assembly, which part-funds rural services, said it had not been
told in advance about the cuts to stopping trains.

Passengers are advised to check times before they travel from next Sunday.
""")

base("red-pandas", "thescoop.example", "2025-07-02T06:00:00Z", "lydmouth-zoo-red-panda-twins",
     "CUB-BELIEVABLE! Lydmouth Zoo's red panda twins make first appearance", """
These adorable red panda twins have stepped out in public for the first time - and they are
already stealing hearts at Lydmouth Zoo.

The brother and sister, born in May to mum Mei and dad Taro, spent their first six weeks hidden
in a nest box before keepers caught them on camera exploring their enclosure.

Keepers are now asking the public to help name the pair, with visitors invited to vote on a
shortlist of four names for each cub.

Head keeper Sarah Lomas said: "Mum has done everything right. The cubs are climbing already,
and they are a bit clumsy, which is lovely to watch. They are a real boost for the species."

Red pandas are endangered in the wild, with fewer than 10,000 thought to remain in the forests
of the Himalayas and southern China. The zoo is part of an international breeding programme.

The twins are the first red pandas born at Lydmouth since 2018.

Visitors can see them in the Mountain Forest area of the zoo, although keepers warn the shy
cubs may spend much of the day asleep in the treetops.

""" + SCOOP_TIPS, style="news")

base("offshore-wind", "sciencebeat.example", "2025-09-16T11:00:00Z", "saltfleet-bank-wind-farm-approved",
     "Ministers approve Saltfleet Bank wind farm off the western coast", """
The government has approved plans for a 1.2-gigawatt wind farm on Saltfleet Bank, about 30
kilometres off the western coast, which would be the largest source of renewable electricity
in the north once complete.

The project, developed by Westerly Power, will have up to 80 turbines, each taller than 250
metres to the tip of the blade. It is expected to produce enough electricity for about 1.3
million homes and to cost about £3.6 billion.

Power from the turbines will come ashore by cable near Brackwater and be connected to the
national grid at a new substation inland. Construction is due to start in 2027, with the
first power in 2030.

Westerly Power said the project would create about 600 jobs during construction and 90
permanent jobs in operations and maintenance, which will be based at Hollinsford harbour.

The approval followed a two-year examination in which fishermen and bird conservation groups
raised concerns. Hollinsford's fishing fleet said the turbines would block traditional fishing
grounds, while the Coastal Birds Trust warned of the risk to gannets and kittiwakes, which
feed on the bank.

The energy minister attached conditions requiring Westerly to pause turbines during periods of
heavy bird migration and to pay into a fund to support fishermen affected by the project.

"This is a project the whole coast can be proud of," said Westerly's chief executive, Magnus
Orr. "It will power more than a million homes with clean energy and bring skilled jobs to a
harbour that badly needs them."

The Coastal Birds Trust said it was disappointed but welcomed the conditions. Its director,
Dr Lorna Baxendale, said: "We will watch closely to make sure these safeguards are more than
words on paper."
""")

base("boil-water", "heronfm.example", "2025-08-27T09:00:00Z", "corrick-boil-water-notice",
     "Boil water notice for 9,000 homes in Corrick", """
About 9,000 homes and businesses in Corrick have been told to boil their tap water before
drinking it after tests found bacteria in the supply.

Tarn Water issued the notice last night after routine sampling at the Corrick Edge reservoir
detected traces of E. coli. The company says the risk to health is low but that boiling is a
precaution until the supply has been flushed and retested.

Customers should bring water to a rolling boil and let it cool before drinking it, brushing
their teeth or preparing food. Water can still be used without boiling for washing, bathing
and flushing toilets.

Bottled water is being handed out at Corrick Leisure Centre and at the car park of the
Market Square, and will be delivered to customers on the company's priority services register.

Tarn Water's head of water quality, Dr Sunita Rao, said: "We are sorry for the disruption.
We are taking this very seriously and expect to lift the notice within 48 to 72 hours, once
we have two clear sets of results."

Schools in the area are closed for the summer holidays. Cafés and restaurants have been told to
follow the same advice.
""")

base("black-fell-rescue", "eastbankherald.example", "2025-02-10T13:00:00Z", "black-fell-climbers-rescued-night",
     "Climbers rescued from Black Fell gully after night in the snow", """
Two climbers who spent a night trapped on a snow-covered ledge on Black Fell were rescued on
Sunday morning in an operation involving 40 mountain rescue volunteers and a coastguard
helicopter.

The men, aged 31 and 36 and both from Lydmouth, had been climbing a gully on the north face of
the mountain on Saturday afternoon when one of them fell about eight metres and injured his
leg. His partner managed to lower him onto a ledge, but the pair could not climb up or down.

They raised the alarm by phone at about 4.30pm. Rescuers from the Wenlow and Fellgate teams
reached the top of the gully shortly before midnight but decided it was too dangerous to bring
the men down in the dark, with strong winds and avalanche risk. Two team members were lowered
to the ledge with sleeping bags, a stove and a tent, and stayed with the climbers overnight.

At first light the coastguard helicopter from Hollinsford winched both men from the ledge.
The injured climber was taken to Lydmouth Royal Infirmary with a broken lower leg. His partner
was unhurt but was treated for mild hypothermia.

"They were well equipped and experienced, and they did the right things after the accident,"
said Mike Ellwood, leader of the Wenlow Mountain Rescue Team. "But the conditions on the north
face this weekend were as serious as anything we have seen in years."

The rescue took nineteen hours in total. Ellwood said the two volunteers who spent the night on
the ledge had shown "extraordinary commitment".

It was the team's twelfth callout of the year so far.
""")

base("lost-dog", "thescoop.example", "2025-05-08T06:00:00Z", "lost-dog-bramble-home-three-years",
     "PAWS FOR JOY: Lost dog Bramble home after THREE YEARS thanks to microchip", """
A springer spaniel who vanished on a family walk three years ago has been reunited with her
overjoyed owners - after turning up 60 miles away.

Bramble, now seven, bolted after a deer on the Fells near Wenlow in April 2022 and was never
seen again, despite weeks of searching by owners Mark and Julie Haslam and hundreds of
volunteers.

But last week a dog warden in Lydmouth scanned a stray found wandering on a trading estate -
and the microchip showed Bramble's name and the Haslams' phone number.

Julie, 49, said: "I nearly dropped the phone. We had never given up hope, but after three
years you start to prepare yourself for the worst. When we opened the van door she jumped
straight into my arms as if she had never been away."

Nobody knows where Bramble spent her missing years, but vets say she is in good health and
well fed, suggesting someone had been looking after her.

The couple's children, Ellie, 15, and Sam, 12, had kept her lead and bowl by the back door.

Dog warden Carl Nuttall said: "This is exactly why microchipping matters. It is the best bit of
the job."

""" + SCOOP_TIPS, style="news")

base("solar-farm", "civicledger.example", "2025-04-03T21:00:00Z", "ravensby-solar-farm-refused",
     "Councillors reject Ravensby solar farm against officers' advice", """
Plans for one of the largest solar farms in the north, on farmland near Ravensby, were
rejected by Tarnley District Council's planning committee on Wednesday night, against the
advice of its own officers.

The 49.9-megawatt scheme by Sunfold Energy would have covered about 95 hectares of fields at
Moor End Farm with ground-mounted panels, enough, the company said, to power 16,000 homes. It
would have been in place for 40 years.

Planning officers had recommended approval, concluding that the benefits of renewable energy
outweighed the harm to the landscape and the loss of farmland, most of which they said was
of moderate quality.

But councillors voted seven to four against, agreeing with objectors that the panels would
damage views from the Fells and take productive land out of use. More than 400 objections
had been lodged, along with about 120 letters of support.

Councillor Jean Whitworth, who represents Ravensby, said: "Nobody in this village is against
solar power. Put it on roofs, on car parks, on warehouses. But do not cover the best views in
the valley with glass for forty years."

Sunfold Energy said it was disappointed and was considering an appeal. Its development manager,
Liam Cartwright, said the decision was "hard to reconcile with the council's own declaration
of a climate emergency". The company could appeal to the national planning inspectorate,
which would make the final decision.

Under planning rules, councils that refuse applications against officers' advice can be
ordered to pay the applicant's costs if the refusal is found to be unreasonable.
""")

base("mould-report", "dailylantern.example", "2025-11-27T07:00:00Z", "greystone-homes-mould-report",
     "Damp and mould found in one in five homes of Marrowgate housing association", """
One in five homes owned by Marrowgate's largest housing association has damp or mould, a survey
commissioned after the death of a tenant's baby has found.

Greystone Homes, which owns about 6,800 properties in the borough, said inspectors had visited
every one of its homes since March and found problems in 1,420. In 310, the mould was judged
serious enough to pose a risk to health.

The survey was ordered after the death last year of four-month-old Amara Nwosu, whose family
lived in a Greystone flat on the Millfield estate. A coroner found that the baby had died of a
respiratory illness and that the mould in the flat had "more than minimally contributed" to
her death. The family had complained about the mould eleven times.

Greystone's chief executive, Philip Harrow, apologised to tenants. "We let people down, and we
let Amara's family down in the worst possible way," he said. "This survey was meant to find
every problem, and it has. Now we will fix them."

The association said it would spend £22 million over three years on ventilation, insulation
and repairs, and had hired 40 extra staff. Homes with the most serious problems will be
treated first, and families in the worst-affected homes have been offered temporary housing.

The tenants' group Greystone Residents Together said the figures confirmed what people had
been saying for years. "We were told it was condensation, that we should open the windows.
Now we know it was the buildings," said its chair, Grace Okonkwo.

The housing regulator said it was monitoring Greystone's progress closely. The survey found
that most of the problems were in blocks of flats built in the 1960s and 1970s, which make up
about a third of the association's homes.

Amara's parents said in a statement that they hoped no other family would go through what
they had.
""")

base("university-strike", "meridianpost.example", "2025-02-24T06:00:00Z", "lydmouth-university-lecturers-strike",
     "Lydmouth University lecturers begin strike over job cuts", """
Lecturers at the University of Lydmouth began a three-week strike on Monday over plans to cut
about 240 jobs, in a dispute that union leaders say is the most serious at the university in
its 60-year history.

The university says it must save £28 million a year after a fall in the number of
international students, whose fees have kept many courses afloat. It plans to close its
departments of modern languages and music and to merge several others.

Members of the University Staff Union voted by 78 per cent to strike on a turnout of 61 per
cent. Picket lines were set up at the main entrances to the campus from 7am on Monday, and most
lectures were cancelled.

"Nobody wants to be out here. We want to be teaching," said Dr Anwen Price, a senior lecturer in
modern languages and the union's branch president. "But a university that closes its
languages department has stopped being a university for the whole of the north."

The vice-chancellor, Professor Martin Aske, said the university had no choice. "If we do
nothing, we will run out of money within three years. I understand the anger, and I share the
sadness, but I have a responsibility to the 19,000 students who depend on this institution
surviving," he said.

Students are divided. The students' union has backed the strike, but some students in their
final year said they were worried about their degrees. The university said it would make sure
no student was disadvantaged in their final marks.

The union says it will consider further action, including a refusal to mark exams, if the
university does not withdraw the plans. Talks are due to resume on Thursday.

The University of Lydmouth is the largest employer in the city after the health service, with
about 4,200 staff.
""")

base("ardlow-harbour-wall", "harbourtimes.example", "2025-04-23T08:00:00Z", "ardlow-harbour-wall-repair-contract",
     "£4.8m contract to rebuild Ardlow harbour wall awarded", """
A £4.8 million contract to rebuild the storm-damaged harbour wall on Ardlow Island has been
awarded to a firm from Lydmouth, with work due to start in September.

The 120-metre wall protects the island's small harbour, its lifeboat station and about 40
houses on Quay Street. Part of it collapsed during a storm in January 2024, and a temporary
barrier of rock-filled bags has been in place since.

The regional assembly will pay £3.6 million of the cost, with the rest coming from Hollinsford
council, which owns the harbour.

Morven Civil Engineering, which won the contract against three other bidders, said it would
use stone quarried on the island for the face of the wall, to match the original, which was
built in 1851.

"The islanders have been living behind sandbags for more than a year. They deserve a proper
wall, and they deserve one that looks like it belongs," said the firm's project director,
Alastair Fyfe.

Islanders welcomed the news but said they were worried about another winter with only the
temporary barrier. The council said it would inspect the barrier monthly and before every
forecast storm.

The work is expected to take 14 months.

""" + HT_ABOUT)

base("lifeboat-station", "harbourtimes.example", "2025-08-12T08:00:00Z", "hollinsford-new-lifeboat-station-opens",
     "Hollinsford's new lifeboat station opens after 30-year wait", """
Hollinsford's volunteer lifeboat crew moved into their new station on Sunday, ending three
decades of launching from a converted boatshed that one crew member described as "a museum
with a slipway".

The £3.2 million station, on the east side of the harbour, has a boathouse large enough for
the crew's new all-weather lifeboat, changing rooms, a training room and a workshop. It was
paid for almost entirely by donations and legacies, including £900,000 left by a retired
fishmonger who died in 2021.

Coxswain Jenna Trevithick said the new building would cut the time it takes to launch by
about three minutes. "Three minutes does not sound like much, but in cold water it is the
difference between someone being alive and not," she said.

The crew of 28 volunteers launched 61 times last year, rescuing 43 people.

The old boathouse, built in 1903, will be sold, with the money going to the lifeboat charity.

About 600 people attended an open day at the new station, where children were shown around
the lifeboat and the crew demonstrated a rescue in the harbour.

""" + HT_ABOUT)

# ---------------------------------------------------------------- duplicates

pair("duplicate", "upper-mill-school",
     derived("tarnleytoday.example", "2025-03-25T10:00:00Z", "upper-mill-primary-special-measures",
             title="Upper Mill Primary placed in special measures"),
     "same text with a new headline and one phrase edited ('requires improvement in 2023' -> "
     "'was judged to require improvement in 2023')",
     ops=[("sub", "and requires improvement in 2023", "and was judged to require improvement in 2023",
           "edit")])

pair("duplicate", "bus-strike",
     derived("lydmouthlive.example", "2025-10-06T08:00:00Z", "bus-strike-day-one",
             title="Bus strike: what you need to know"),
     "wire copy republished with the dateline removed and a closing 'live updates' line",
     ops=[("sub", "LYDMOUTH, Oct 6 (GW) - ", "", None),
          ("post", "Follow our live page for updates on the strike throughout the day.", None)])

pair("duplicate", "old-bridge",
     derived("tarnleytoday.example", "2025-01-14T18:30:00Z", "old-bridge-closure-year"),
     "republished with the cost corrected (£3.5m -> £3.8m) and curly quotes",
     hard=True,
     ops=[("sub", "about £3.5 million", "about £3.8 million", "number"), ("curly",)])

pair("duplicate", "red-pandas",
     derived("newsrelay24.example", None, "red-panda-twins-lydmouth-zoo", style="id",
             title="Red panda twins make first appearance at Lydmouth Zoo"),
     "tabloid story relayed with a calmer headline; an embedded-video placeholder line added",
     ops=[("after", "exploring their enclosure.", "[Video: the twins explore their enclosure]", None)])

pair("duplicate", "offshore-wind",
     derived("energyinsider.example", "2025-09-16T14:00:00Z", "saltfleet-bank-approved-westerly",
             title="Saltfleet Bank wind farm gets go-ahead"),
     "same article with the turbine count corrected (80 -> 84) and the cost written "
     "differently (£3.6 billion -> £3.6bn)",
     hard=True,
     ops=[("sub", "up to 80 turbines", "up to 84 turbines", "number"),
          ("sub", "about £3.6 billion", "about £3.6bn", "edit")])

pair("duplicate", "boil-water",
     derived("corrickdaily.example", "2025-08-27T10:30:00Z", "boil-water-notice-corrick-homes", style="news"),
     "radio story republished by a local site with 'last night' changed to 'on Tuesday night'",
     ops=[("sub", "issued the notice last night", "issued the notice on Tuesday night", "edit")])

pair("duplicate", "black-fell-rescue",
     derived("mountainnews.example", "2025-02-10T17:00:00Z", "black-fell-gully-rescue-helicopter",
             title="Nineteen-hour rescue on Black Fell"),
     "republished by a specialist site with a photo credit line and one hyphenation change "
     "(first light -> first-light)",
     ops=[("pre", "Photo: Wenlow Mountain Rescue Team", None),
          ("sub", "At first light", "At first-light", "edit")])

pair("duplicate", "lost-dog",
     derived("redkitenews.example", "2025-05-08T09:00:00Z", "bramble-spaniel-home-after-three-years",
             style="news"),
     "same tabloid text with the capitals in the headline removed and the relay's one-line "
     "share prompt appended after the tips-line boilerplate",
     ops=[("post", "Share this story with a dog lover.", None)])

pair("duplicate", "mould-report",
     derived("marrowgatenow.example", "2025-11-27T09:00:00Z", "greystone-homes-mould-one-in-five",
             style="news"),
     "republished verbatim, with a 'Trigger warning' line about the baby's death at the top",
     ops=[("pre", "This article discusses the death of a baby.", None)])

pair("duplicate", "university-strike",
     derived("campusnews.example", "2025-02-24T09:00:00Z", "lydmouth-strike-begins",
             title="Strike begins at Lydmouth as 240 jobs threatened"),
     "same article with the vote share corrected (78 -> 87 per cent)",
     hard=True,
     ops=[("sub", "voted by 78 per cent", "voted by 87 per cent", "number")])

pair("duplicate", "ardlow-harbour-wall",
     derived("islandvoice.example", "2025-04-23T12:00:00Z", "harbour-wall-contract-awarded"),
     "island paper reprints the story with permission, boilerplate kept, a reprint credit "
     "line added at the top",
     ops=[("pre", "Reprinted with permission from the Harbour Times.", "attribution")])

# ---------------------------------------------------------------- copies

pair("copy", "boil-water",
     derived("newsrelay24.example", "2025-08-27T12:00:00Z", "e-coli-corrick-tap-water", style="id",
             title="E. coli found in Corrick tap water: 9,000 homes affected"),
     "relay sharpens the risk language, changes the number of homes, drops the apology and "
     "the schools line",
     ops=[("sub", "About 9,000 homes", "More than 9,500 homes", "number"),
          ("sub", "The company says the risk to health is low but that boiling is a precaution "
                  "until the supply has been flushed and retested.",
           "Customers have been warned not to drink the water until further notice.", "edit"),
          ("sub", "\"We are sorry for the disruption. We are taking this very seriously and expect",
           "\"We expect", "quote"),
          ("del", "Schools in the area are closed for the summer holidays. Cafés and restaurants "
                  "have been told to follow the same advice.", "delete")])

pair("copy", "mould-report",
     derived("newsrelay24.example", "2025-11-27T13:00:00Z", "housing-association-mould-baby-death",
             style="id", title="Baby death housing association finds mould in 1,420 homes"),
     "relay puts the baby's case first (two paragraphs moved), cuts the tenants' group and the "
     "regulator, and adds a sentence",
     hard=True,
     ops=[("del", "The survey was ordered after the death last year of four-month-old Amara Nwosu, "
                  "whose family lived in a Greystone flat on the Millfield estate. A coroner found "
                  "that the baby had died of a respiratory illness and that the mould in the flat had "
                  "\"more than minimally contributed\" to her death. The family had complained about "
                  "the mould eleven times.", None),
          ("pre", "The survey was ordered after the death last year of four-month-old Amara Nwosu, "
                  "whose family lived in a Greystone flat on the Millfield estate. A coroner found "
                  "that the baby had died of a respiratory illness and that the mould in the flat had "
                  "\"more than minimally contributed\" to her death. The family had complained about "
                  "the mould eleven times.", None),
          ("del", "The tenants' group Greystone Residents Together said the figures confirmed what "
                  "people had been saying for years. \"We were told it was condensation, that we "
                  "should open the windows. Now we know it was the buildings,\" said its chair, "
                  "Grace Okonkwo.", "delete"),
          ("del", "The housing regulator said it was monitoring Greystone's progress closely. ",
           "delete"),
          ("post", "Cases like Amara's have led to new legal duties on landlords to fix damp and "
                   "mould within fixed deadlines.", "insert")])

pair("copy", "university-strike",
     derived("redkitenews.example", "2025-02-24T12:00:00Z", "lydmouth-uni-strike-languages-music",
             style="news", title="Lydmouth Uni strike: languages and music to close"),
     "copy drops the students paragraph and the employer line, alters the vice-chancellor's "
     "quote and adds a framing intro",
     ops=[("pre", "Universities across the country are cutting courses as the money from "
                  "international students dries up, and Lydmouth is the latest.", "insert"),
          ("sub", "I understand the anger, and I share the sadness, but I have",
           "I understand the anger, but I have", "quote"),
          ("del", "Students are divided. The students' union has backed the strike, but some "
                  "students in their final year said they were worried about their degrees. The "
                  "university said it would make sure no student was disadvantaged in their final "
                  "marks.", "delete"),
          ("del", "The University of Lydmouth is the largest employer in the city after the health "
                  "service, with about 4,200 staff.", "delete")])

pair("copy", "lifeboat-station",
     derived("coastalcharities.example", "2025-08-13T08:00:00Z", "hollinsford-lifeboat-station-legacy",
             title="Fishmonger's legacy helps build new lifeboat station"),
     "charity sector site copies the story, replaces the paper's boilerplate with its own "
     "closing paragraph about legacies, and changes the launch figures",
     ops=[("sub", "launched 61 times last year, rescuing 43 people",
           "launched 66 times last year, rescuing 43 people", "number"),
          ("del", HT_ABOUT, "delete"),
          ("post", "Legacies fund more than a third of the lifeboat service's work. Anyone thinking "
                   "of leaving a gift in their will can ask the charity for a free guide.", "insert")])

pair("copy", "ferry-fares",
     derived("islandvoice.example", "2025-06-03T07:00:00Z", "ferry-fares-what-islanders-said",
             title="Ferry fares: what was said in the council chamber"),
     "island paper runs the Harbour Times story without its boilerplate, with its own intro "
     "and a closing call for readers' views; the Independent amendment paragraph dropped",
     ops=[("pre", "Island Voice readers will want to know exactly what was said when their fares "
                  "went up. Here is the Harbour Times' account of Thursday's meeting.", "insert"),
          ("del", "An amendment from the Independent group to keep the resident fare at its current "
                  "level was defeated by four votes.", "delete"),
          ("del", HT_ABOUT, "delete"),
          ("post", "How will the new fares affect you? Write to us at the usual address or leave a "
                   "note at the shop.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "upper-mill-school",
     doc("meridianpost.example", "2025-04-01T06:00:00Z", "phonics-churn-small-schools",
         "When schools keep changing how they teach reading, children pay", """
There is a striking sentence in a school inspection report published in the Tarn Valley last
week. It describes a small primary school that changed its method of teaching children to read
three times in four years, and the results of that churn.

The Valley Gazette's report on Upper Mill Primary summarised what the inspectors found:

{P1}

The problem is not peculiar to Upper Mill. Since the government began approving and funding
particular phonics programmes, schools have been encouraged, and sometimes pressured, to switch
to the latest approved scheme. Each switch means new training, new books and new routines. In a
large school, with specialist staff, that can be absorbed. In a school of 190 pupils, it can be
chaotic.

Reading specialists say consistency matters more than the choice of scheme. "Almost any decent
programme taught well and consistently will work," said Dr Fiona Maddox, who researches early
reading at the University of Lydmouth. "What does not work is starting again every eighteen
months."

The inspectorate has said it does not require schools to use any particular programme. But
headteachers say the message they receive is different, and that inspectors look for the
approved schemes.

For the children of Upper Mill, the consequences are already clear. Most of those who left last
summer did so reading below the expected standard. Whatever the new leadership chooses, it
would do well to choose once.
"""),
     "education analysis quotes ~115 words from the middle of an inspection story",
     passages=[("Inspectors said too many pupils left the school", "that things were improving.")])

pair("excerpt", "old-bridge",
     doc("heritagecoast.example", "2025-01-20T09:00:00Z", "old-bridges-river-scour-heritage",
         "The hidden threat to the north's historic bridges", """
The north has more than 300 stone bridges built before 1800, and most of them still carry
traffic their builders could not have imagined. The biggest threat to them is not the weight
of that traffic but something much harder to see: the river eating away at their foundations.

Engineers call it scour. Fast water, especially in floods, lifts gravel and sand from around
the base of a bridge's piers. Over years, or in a single flood, it can leave a pier standing on
almost nothing.

Tarnley's Old Bridge is the latest example. The Civic Ledger reported last week:

{P1}

The December flood on the Tarn, one of the highest on record, is the likely cause. Such floods
are becoming more frequent, and engineers say many old bridges were never designed for them.

Inspections of underwater foundations are expensive and need divers, so many councils carry
them out only every six years, or after a major flood. Several of the region's engineers told
us they suspect other bridges have similar damage that has not been found.

There are techniques to protect piers, such as aprons of rock or concrete around their bases,
but each costs hundreds of thousands of pounds. For councils with stretched budgets, it is
tempting to wait. Tarnley shows what that wait can cost: £3.5 million and a town cut in half
for a year.
"""),
     "heritage feature quotes the first two paragraphs of a council story (~100 words)",
     hard=True,
     passages=[("Tarnley's Old Bridge, the 18th-century stone crossing", "footway on the upstream side.")])

pair("excerpt", "rail-timetable",
     doc("corrickdaily.example", "2025-05-14T08:00:00Z", "corrick-station-trains-halved",
         "Corrick to lose half its trains in new timetable", """
Corrick's railway station will lose half of its trains from Sunday, when a new timetable for
the north comes into force.

The town's hourly service to Lydmouth will be replaced by a train every two hours, a change that
passengers say will make the railway almost useless for getting to work. About 600 people a day
use the station, many of them commuters and students.

The Meridian Post's report on the new timetable set out how the operator justifies the changes:

{P1}

Local councillor Aled Morgan said he had asked Northern Lines to meet passengers in Corrick
before the changes take effect. "They have not been here once," he said. "They should come and
stand on the platform at 7.40 in the morning and explain to people why their train has gone."

Northern Lines said timetables were a matter of balancing the needs of millions of passengers,
and that it would consider restoring some services at the next timetable change in December.

The Corrick Rail Users' Group is collecting signatures for a petition to the regional
assembly, whose transport committee will question the company's managing director next month.
"""),
     "local paper quotes two middle paragraphs of the timetable story (~120 words)",
     passages=[("Northern Lines said the changes would benefit far more passengers", "Trevor Blandford of the Corrick Rail Users' Group.")])

pair("excerpt", "offshore-wind",
     doc("harbourtimes.example", "2025-09-18T08:00:00Z", "saltfleet-fishermen-fear-bank",
         "Fishermen fear for Saltfleet Bank grounds as wind farm approved", """
For Hollinsford's fishing fleet, Saltfleet Bank is not a blank space on a map. It is where
their fathers and grandfathers fished for sole and plaice, and where several of the port's
twenty boats still make most of their money.

The decision to approve a wind farm on the bank was greeted in the harbour on Tuesday with
anger and resignation. As ScienceBeat reported, the objections had been heard but not accepted:

{P1}

Skipper Ian Pascoe, whose boat the Morning Star has fished the bank for 30 years, said the fund
would not replace what was lost. "They talk about compensation as if we just want money. We
want to fish. You cannot trawl between turbines," he said.

Westerly Power says that some kinds of fishing, such as potting for crab and lobster, can take
place within wind farms, and that it will work with the fleet on safe routes through the site.
Several fishermen said potting was not an option for boats rigged for trawling.

The harbour itself stands to gain. The operations base for the wind farm, with its 90
permanent jobs, will be in Hollinsford, and the harbour master said the port was already
planning new berths for service vessels.

"It is a strange day," said Pascoe. "The harbour will be busier than it has been in years, and
the fishermen will be tied up in it."

""" + HT_ABOUT),
     "local paper quotes three middle paragraphs of the approval story (~130 words)",
     passages=[("The approval followed a two-year examination", "bring skilled jobs to a harbour that badly needs them.\"")])

pair("excerpt", "black-fell-rescue",
     doc("meridianpost.example", "2025-02-15T06:00:00Z", "mountain-rescue-volunteers-demand",
         "Record callouts stretch the volunteers who rescue people from the hills", """
Mountain rescue teams in the north have already been called out more often this year than in
the same period of any year on record, and the people who answer those calls are all
volunteers.

Last weekend's rescue on Black Fell showed what that means in practice. The Eastbank Herald's
account described the night-long operation:

{P1}

Two people spent a freezing night on a ledge, unpaid, so that two strangers would not be alone.
Nobody in the mountain rescue world thought it remarkable enough to mention at the time.

Teams are funded almost entirely by donations. Each pays for its own vehicles, radios,
stretchers and medical equipment, and members buy much of their own clothing. The Wenlow team
estimates its annual running costs at £60,000.

Team leaders say the growth in callouts is driven partly by the popularity of the hills since
the pandemic, and partly by walkers who rely on their phones for navigation and are lost when
the battery fails or the signal drops. Others blame social media, which encourages people to
attempt routes beyond their experience.

None of them want to discourage people from going to the hills. What they ask is that visitors
carry a map, check the forecast and turn back in time. And, they add, if you enjoy the
mountains, consider putting something in the collection tin.
"""),
     "analysis quotes ~130 words from the middle of a rescue story (the fall and the night on "
     "the ledge)",
     passages=[("The men, aged 31 and 36 and both from Lydmouth", "and stayed with the climbers overnight.")])

pair("excerpt", "solar-farm",
     doc("energyinsider.example", "2025-04-08T07:00:00Z", "solar-refusals-councils-officers-advice",
         "Solar developers face a wave of refusals from local councillors", """
Solar developers in the north have had a bruising spring. Of eleven large ground-mounted schemes
decided by councils since January, six have been refused, and in four of those cases councillors
went against their own planning officers' recommendations.

The latest is Sunfold Energy's 49.9-megawatt scheme near Ravensby. The Civic Ledger's report of
the decision set out the arguments that swayed the committee:

{P1}

The argument that solar panels belong on roofs rather than fields is popular and, in principle,
reasonable. But rooftop solar is slower and more expensive to install at scale, and the grid
connections needed for large schemes are usually in rural areas. Developers say that if every
field site is refused, national targets for solar power will not be met.

Appeals are likely. The national planning inspectorate has allowed most solar appeals in the
past three years, and councils that refuse against their officers' advice risk paying the
developer's costs. Sunfold has said it is considering its options.

For investors, the refusals add months and money to every project. Several developers said they
were now spending more on community consultation before applying, and some have offered
villages a share of the profits. Whether that is enough to change the minds of committees like
Tarnley's remains to be seen.
"""),
     "trade analysis quotes ~125 words from the middle of a planning story (officers' advice, "
     "the vote and the councillor's quote)",
     passages=[("Planning officers had recommended approval", "with glass for forty years.\"")])

pair("excerpt", "mould-report",
     doc("meridianpost.example", "2025-12-01T06:00:00Z", "social-housing-mould-crisis-north",
         "One in five homes: the scale of the mould problem in social housing", """
The survey by Greystone Homes, Marrowgate's largest housing association, is the first in the
north to inspect every home a landlord owns for damp and mould. Its findings should worry every
social landlord in the region.

The headline figures were reported by the Daily Lantern last week:

{P1}

Greystone is not an outlier. Most social landlords in the north own large numbers of flats built
in the 1960s and 1970s, when buildings were designed with little insulation and poor
ventilation. Many of those blocks have since had their windows sealed and their heating changed,
often making condensation worse.

What is unusual about Greystone is that it looked. Most landlords still rely on tenants to
report problems, and tenants who have been told for years that mould is their own fault, caused
by drying washing indoors, often stop reporting.

The government has now introduced deadlines for landlords to investigate and repair damp and
mould. That is welcome, but deadlines only apply to problems that are reported. A survey of
every home, like Greystone's, would find many that are not.

The cost will be considerable. If Greystone's ratio holds across the region, more than 60,000
social homes in the north may have damp or mould. At Greystone's cost of about £15,000 per
affected home, the bill would approach £1 billion.
"""),
     "analysis quotes the first three paragraphs of the news story (~135 words)",
     passages=[("One in five homes owned by Marrowgate's largest housing association", "The family had complained about the mould eleven times.")])

pair("excerpt", "university-strike",
     doc("campusnews.example", "2025-03-03T08:00:00Z", "languages-students-strike-week-two",
         "Week two of the strike: language students fear for their futures", """
On the second Monday of the strike at the University of Lydmouth, the picket line outside the
Arts Tower was smaller but louder, and a good number of those on it were students.

Many were from the modern languages department, which the university plans to close. Final-year
student Ceri Gwynne said she had spent a year abroad in Spain and Argentina only to learn, on her
return, that her department would not exist by the time her younger brother applied. "I came
here because of this department. In two years, nobody will," she said.

The plans were set out when the strike began last week. The Meridian Post reported:

{P1}

Students' union president Joel Ampofo said the union would hold an emergency meeting on Thursday
to discuss joining the pickets formally. "This is our education too," he said.

The university said a final decision on the departments would not be taken until the summer, and
that all students currently enrolled would be able to complete their courses.

Talks between the university and the union resumed on Thursday last week without agreement. A
further meeting is scheduled for Wednesday.
"""),
     "campus news quotes paragraphs two to four of the strike story (~140 words)",
     passages=[("The university says it must save £28 million a year", "stopped being a university for the whole of the north.\"")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "upper-mill-school",
     doc("heronfm.example", "2025-03-25T12:00:00Z", "upper-mill-school-reading-inspectors",
         "Reading standards drag Upper Mill Primary into special measures", """
Only 41 per cent of Upper Mill Primary's eleven-year-olds reached the expected standard in
reading last year, against 74 per cent across the country, and inspectors have now put the
school into special measures.

The Schools Inspectorate's report, out on Monday, rates the 190-pupil school inadequate. It was
judged good in 2019 and in need of improvement in 2023, and inspectors say warnings given then
were not acted on.

Among the problems they found was constant change in how reading was taught: the school switched
its phonics method three times in four years, which the report says left teachers unsure and
children with gaps.

It was not all bad news. Behaviour was described as calm and courteous, and children with special
educational needs were well looked after. Governors, however, were criticised for accepting too
readily what leaders told them.

Headteacher Graham Ollerenshaw, in post since 2016, said last month that he would retire. Governors'
chair Deborah Lister told parents the findings were accepted in full and that a headteacher from a
nearby school would take charge in April.

Schools in special measures usually become academies, and Tarnley District Council says it has
started talking to academy trusts.
"""),
     "radio rewrite leading on the test results; reordered, quotes paraphrased",
     hard=True)

pair("rewrite", "bus-strike",
     doc("meridianpost.example", "2025-10-06T12:00:00Z", "lydmouth-buses-halted-strike",
         "Lydmouth's buses halted as drivers walk out for a week", """
Almost every bus in Lydmouth stayed in the depot on Monday as 800 drivers started a week of
strike action over pay, forcing commuters and pupils to find another way in.

Drivers at Citylink Lydmouth turned down a 4.5 per cent rise last month. The Transport Workers'
Union wants 8 per cent and argues that its members now earn less than colleagues in nearby
cities; its regional secretary, Bernadette Keane, pointed out that drivers in Hollinsford are
paid more for identical work and shifts that run from 5am to midnight.

Citylink's managing director, Simon Thackray, described the company's offer as the best it had
ever made and said he was ready to keep talking. The company is running a skeleton service on
four routes serving the university and the Lydmouth Royal Infirmary, staffed by managers and
agency drivers.

Main roads into the city were congested during the morning peak. Schools said pupils unable to
get in would be given work online.

On an ordinary weekday about 150,000 people travel on Citylink buses.
"""),
     "wire story reworded and reordered; both quotes paraphrased",
     hard=True)

pair("rewrite", "rail-timetable",
     doc("lydmouthlive.example", "2025-05-12T10:00:00Z", "new-rail-timetable-winners-losers",
         "New rail timetable: the winners and losers", """
From next Sunday, the north gets its biggest timetable shake-up in ten years. Here is who gains
and who loses.

Winners: passengers between Lydmouth and Hollinsford. The journey drops from 74 minutes to 61,
and there will be two fast trains every hour rather than one. Lydmouth to Tarnley gets a train
every 20 minutes through the day.

Losers: six smaller stations. Corrick, Low Garth and Ravensby Halt go from an hourly train to
one every two hours. Wenlow's last train from Lydmouth will leave at 10.15pm, nearly an hour
earlier than at present.

Operator Northern Lines says the faster trains needed space on the tracks, and that more than
nine in ten of its passengers will get quicker or more frequent journeys. Planning director Naomi
Featherstone admitted that was little comfort to those in the towns losing trains, and promised
the timetable would be kept under review.

Campaigners in Corrick, where around 600 people use the station daily, fear people will go back
to driving. Trevor Blandford of the Corrick Rail Users' Group said people had been promised a
better railway, not one that was faster for the cities and worse for everyone else.

The regional assembly, which helps pay for rural services, says it was not warned about the cuts
and has summoned Northern Lines' managing director to appear before its transport committee next
month.

Check your times before you travel.
"""),
     "analysis recast as a winners-and-losers explainer; quotes paraphrased")

pair("rewrite", "offshore-wind",
     doc("harbourtimes.example", "2025-09-16T16:00:00Z", "saltfleet-wind-farm-jobs-harbour",
         "Wind farm approval brings 90 permanent jobs to Hollinsford harbour", """
Hollinsford harbour will be the maintenance base for the Saltfleet Bank wind farm, bringing 90
permanent jobs to the town, after ministers gave the £3.6 billion project the go-ahead on
Tuesday.

Developer Westerly Power plans up to 80 turbines on the bank, roughly 30 kilometres offshore, each
more than 250 metres high at blade tip. At 1.2 gigawatts, the scheme would be the north's biggest
renewable power source, supplying the equivalent of 1.3 million homes. Around 600 people will be
employed during construction, which is due to begin in 2027, and the first electricity should flow
in 2030. The cable will land near Brackwater.

Westerly's chief executive, Magnus Orr, said the project would bring skilled work to a harbour that
badly needed it.

The two-year examination heard objections from the town's fishermen, who say the turbines will
cover their traditional grounds, and from the Coastal Birds Trust, which feared for gannets and
kittiwakes feeding on the bank. The minister's conditions require turbines to stop during heavy
bird migration and set up a fund for affected fishermen. The trust's director, Dr Lorna
Baxendale, said it would watch closely to make sure the safeguards were more than words on paper.

""" + HT_ABOUT),
     "reworded with a local jobs lead; several paragraphs merged, quotes paraphrased",
     hard=True)

pair("rewrite", "black-fell-rescue",
     doc("heronfm.example", "2025-02-10T14:00:00Z", "rescuers-stay-overnight-black-fell-ledge",
         "Rescuers spent the night on a ledge with injured climber", """
Two mountain rescue volunteers spent Saturday night on a snowy ledge on Black Fell alongside two
stranded climbers, before a coastguard helicopter lifted all of them to safety on Sunday morning.

The climbers, both from Lydmouth and aged 31 and 36, were in a gully on the mountain's north face
on Saturday afternoon when one fell about eight metres and hurt his leg. His partner lowered him
to a ledge, but neither could move up or down from there, and they phoned for help at around
half past four.

About 40 volunteers from the Wenlow and Fellgate teams turned out. They reached the top of the
gully just before midnight but judged that high winds and the avalanche risk made it too
dangerous to bring the pair down in darkness. Instead, two volunteers were lowered to the ledge
with a tent, sleeping bags and a stove.

At dawn the helicopter from Hollinsford winched the men off. The injured climber, whose lower leg
is broken, was flown to Lydmouth Royal Infirmary; his partner had mild hypothermia.

Wenlow team leader Mike Ellwood said the climbers were experienced and well equipped and had done
the right things, but the north face had been as dangerous as he had seen it in years. He praised
the "extraordinary commitment" of the two who stayed out overnight.

The whole operation took nineteen hours, and it was the team's twelfth callout this year.
"""),
     "reworded radio version; new lead, quotes mostly paraphrased")

pair("rewrite", "lost-dog",
     doc("wenlowweekly.example", "2025-05-09T08:00:00Z", "bramble-reunited-microchip-lydmouth",
         "Microchip reunites Wenlow family with spaniel missing since 2022", """
A Wenlow family's springer spaniel, missing since she ran off after a deer on the Fells three
years ago, is back home after a dog warden found her 60 miles away in Lydmouth.

Bramble, who is now seven, disappeared in April 2022 while out with Mark and Julie Haslam, and
weeks of searching by the couple and hundreds of volunteers found no trace of her.

Last week a warden in Lydmouth picked up a stray on a trading estate, scanned its microchip and
found the Haslams' names and number. Julie Haslam, 49, said she almost dropped the phone, and that
Bramble leapt into her arms as soon as the van door opened.

How Bramble lived in the intervening years is a mystery. Vets say she is healthy and well fed, a
sign that someone was caring for her.

The couple's children, Ellie, 15, and Sam, 12, had never moved her lead and bowl from beside the
back door.

Warden Carl Nuttall said the case showed why microchipping matters.
"""),
     "tabloid story rewritten in a plain local register; quotes paraphrased, boilerplate gone",
     hard=True)

pair("rewrite", "mould-report",
     doc("civicledger.example", "2025-11-27T12:00:00Z", "greystone-survey-1420-homes-mould",
         "Greystone survey finds damp or mould in 1,420 homes", """
Damp or mould has been found in 1,420 of the 6,800 homes owned by Greystone Homes, Marrowgate's
biggest housing association, and in 310 of them the problem is bad enough to be a health risk.

Greystone inspected all of its properties from March onwards. The survey was commissioned after
an inquest into the death of four-month-old Amara Nwosu, who lived with her family in a Greystone
flat on the Millfield estate. The coroner found that mould in the flat had more than minimally
contributed to the respiratory illness that killed her. Her parents had complained about it
eleven times.

Chief executive Philip Harrow apologised, saying Greystone had let its tenants down and had let
Amara's family down "in the worst possible way". The association plans to spend £22 million over
three years on ventilation, insulation and repairs, has recruited 40 more staff, and will deal
with the worst homes first. Families in those homes have been offered somewhere else to live in
the meantime.

Most of the problems are in blocks of flats from the 1960s and 1970s, around a third of Greystone's
stock.

Grace Okonkwo, who chairs Greystone Residents Together, said tenants had been told for years that
the cause was condensation and that they should open their windows. The housing regulator says it
is keeping a close eye on progress.

In a statement, Amara's parents said they hoped no other family would suffer as they had.
"""),
     "reworded and reordered; most quotes converted to reported speech")

# ---------------------------------------------------------------- related

pair("related", "bus-strike",
     doc("lydmouthlive.example", "2025-10-10T17:00:00Z", "bus-strike-ends-deal-agreed",
         "Bus strike called off after drivers accept 6.5% deal", """
Lydmouth's bus strike has ended two days early after drivers voted to accept an improved pay
offer, and full services will run from Saturday morning.

The deal, agreed after eleven hours of talks at the offices of the conciliation service on
Thursday, gives drivers a rise of 6.5 per cent this year and a further 2 per cent next April.
Union members voted to accept it at a mass meeting on Friday afternoon.

Bernadette Keane of the Transport Workers' Union said the drivers had "stood together and won a
fair deal". Citylink Lydmouth's managing director, Simon Thackray, said he was glad the dispute
was over and apologised to passengers for the disruption.

Businesses in the city centre said footfall had fallen by a third during the strike. The city
council said it would look at whether a free travel day could be offered to bring shoppers back.

Season ticket holders will be offered a refund for the days without a service.
"""),
     "follow-up four days later (the strike ends); independently written",
     hard=True)

pair("related", "old-bridge",
     doc("heronfm.example", "2025-01-14T13:00:00Z", "tarnley-bridge-shut-diversion",
         "Drivers face 11km diversion as Tarnley's Old Bridge shuts", """
Drivers who normally cross the Tarn in the centre of Tarnley face a detour of around 11
kilometres after the town's Old Bridge was shut to traffic.

Divers checking the bridge's foundations last week found that the river had washed away the
riverbed around its central support. The arch above has shifted, and the council says the
bridge cannot take the weight of vehicles until it is repaired.

People can still walk and cycle across.

The repair job will not begin until the summer, when the water is low enough for engineers to
work around the pier, and the council expects the bridge to be shut for about a year. The cost
is estimated at £3.5 million.

Around 14,000 vehicles crossed the bridge each day. The signed diversion takes traffic along the
bypass and over the New Bridge at Low Garth. Bus operators say some routes will be changed.

Shopkeepers on Bridge Street, who were flooded only last month, fear customers will stay away.
The council says it is looking at parking charges and a possible free shuttle bus.
"""),
     "independent radio report of the same closure, same day")

pair("related", "red-pandas",
     doc("lydmouthlive.example", "2025-08-20T10:00:00Z", "red-panda-twins-named-vote",
         "Lydmouth Zoo's red panda twins named after public vote", """
Lydmouth Zoo's red panda cubs have names at last: Bao and Lin.

More than 12,000 votes were cast in the zoo's naming competition, which ran for six weeks over the
summer holidays. Bao, the male, got 41 per cent of the vote for his name, and Lin, the female, 38
per cent for hers.

The twins, born in May, are now about the size of a house cat and have started eating bamboo
alongside their mother's milk. Keepers say Lin is the bolder of the two and is usually first out
of the nest box in the morning.

The zoo said the competition had raised £3,400 for a red panda conservation project in Nepal, as
voters were asked for a small donation.

The cubs are part of a European breeding programme and are expected to move to other zoos when
they are about two years old.
"""),
     "follow-up seven weeks later (the cubs are named)",
     hard=True)

pair("related", "solar-farm",
     doc("valleygazette.example", "2025-04-04T08:00:00Z", "ravensby-villagers-celebrate-solar-refusal",
         "Ravensby villagers celebrate as solar farm turned down", """
Campaigners in Ravensby were celebrating on Thursday after councillors threw out plans for a
solar farm covering fields at Moor End Farm, but the developer has warned it may take the fight
to appeal.

The Ravensby Fields Action Group, which collected more than 400 objections, held an impromptu
gathering at the village hall after Wednesday's meeting. Its chair, Colin Bramwell, said: "We
are not anti-green. We are pro-countryside. There are better places for this."

The panels would have covered around 95 hectares. Sunfold Energy said they would have produced
enough electricity for 16,000 homes and that sheep could have continued to graze beneath them.

The planning committee's seven to four vote went against a recommendation from officers, who
judged the farmland to be of moderate quality. That leaves the council exposed to a costs claim
if Sunfold appeals and wins.

Landowner Richard Moorhouse, whose family farms Moor End, said he was disappointed. The lease
would have given the farm a steady income for four decades, he said, at a time when farming
alone no longer paid.
"""),
     "independent local report of the same vote from the villagers' side, next day")

pair("related", "university-strike",
     doc("lydmouthlive.example", "2025-02-24T16:00:00Z", "university-picket-lines-first-day",
         "Picket lines at Lydmouth University as three-week strike begins", """
Hundreds of lecturers and support staff joined picket lines around the University of Lydmouth on
Monday, the first day of a strike against plans to cut around 240 jobs.

Strikers gathered from 7am at the Park Road and Riverside entrances, with placards reading "No
languages, no university" and "Save our music". By mid-morning a crowd of about 300, including
students, had marched to the administration building.

Most teaching was cancelled, although the library and student services stayed open.

The university wants to save £28 million a year and says the number of overseas students, who pay
higher fees, has dropped sharply. It plans to close modern languages and music.

Vice-chancellor Martin Aske has said the university could run out of money within three years
without the savings. The University Staff Union disputes the figures and says the university has
reserves of more than £100 million.

The strike is due to last until 14 March. Talks are scheduled for Thursday.
"""),
     "independent same-day report of the first strike day; adds the union's reserves claim")
