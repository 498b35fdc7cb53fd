"""Northern firms abroad: stories whose copies swap real name variants.

The variant pairs are real spellings (Gdańsk/Gdansk/Danzig, Beijing/Peking,
Myanmar/Burma, Yangon/Rangoon, Odesa/Odessa, Mykolaiv/Nikolaev,
Kharkiv/Kharkov, Oleksandr/Aleksandr, Mumbai/Bombay, Chennai/Madras); the
firms, people and events are fictional.
"""
from lib import base, pair, doc, derived
from boiler import HT_ABOUT

# ---------------------------------------------------------------- bases

base("gdansk-tugs", "marketsdaily.example", "2025-05-27T08:30:00Z", "hollinsford-port-orders-tugs-gdansk",
     "Hollinsford port orders two hybrid tugs from Gdańsk yard", """
Hollinsford Port Authority has ordered two hybrid diesel-electric tugs from the Gdańsk
shipbuilder Baltic Marine Works in a contract worth about £24 million, the authority said on
Tuesday.

The 32-metre tugs, which can run on battery power for up to two hours, will replace three
vessels built in the 1980s. They are due to be delivered from Gdańsk in the spring of 2027
and are expected to cut the fuel used by the port's towing fleet by about 40 per cent.

The port's chief executive, Alan Birkett, said the authority had received bids from five
yards in four countries. "Baltic Marine Works offered the best design, the best price and a
delivery date we could trust," he said.

The yard has built more than thirty tugs and workboats for ports around the North Sea and
the Baltic since it was founded in 2004. Its managing director, Katarzyna Nowicka, said the
Hollinsford order was the yard's first from the north and that she hoped it would lead to
more.

The decision to build abroad was criticised by the Maritime and Transport Union, which said
the order should have gone to a domestic yard. The authority said no domestic yard had
bid.

Hollinsford handled 6.2 million tonnes of cargo last year, its highest figure for a decade,
and is in the middle of a £150 million programme to deepen its main channel and extend its
container terminal.
""")

base("beijing-fair", "compasspress.example", "2025-04-16T06:45:00Z", "lydmouth-robotics-firm-beijing-deal",
     "Lydmouth robotics firm signs £30m deal at Beijing trade fair", """
Lydmouth-based Ferris Robotics has signed a £30 million agreement to supply fruit-picking
robots to a farming group in northern China, the company said on Wednesday after the deal
was signed at an agricultural technology fair in Beijing. (CPA)

The agreement with Golden Field Agriculture covers 400 of Ferris's strawberry-picking robots
over three years, with an option for a further 600. It is the company's largest contract and
its first in Asia.

Ferris chief executive Dr Hannah Lusk, who signed the deal in Beijing, said the robots would
be assembled in Lydmouth, creating about 70 jobs. "Farms everywhere are short of workers at
harvest time. Our robots work through the night and they do not bruise the fruit," she said.

The company, founded in 2016 as a spin-out from the University of Lydmouth, employs 180
people. It expects revenue of about £22 million this year.

Golden Field, which grows fruit under glass on more than 2,000 hectares, said it had tested
the robots for a full season before signing. Its deputy general manager, Zhao Lin, said the
machines had picked strawberries at about 80 per cent of the speed of an experienced worker.

The northern trade minister, who led a delegation of 24 companies to the Beijing fair, said
the deal showed what firms in the region could achieve abroad.
""", style="news")

base("myanmar-wells", "meridianpost.example", "2025-09-03T07:00:00Z", "waterbridge-wells-myanmar",
     "Hollinsford charity's wells bring clean water to 40 villages in Myanmar", """
A small Hollinsford charity has completed its hundredth well in Myanmar, bringing clean
drinking water to about 40 villages in the dry zone in the centre of the country.

WaterBridge was founded in 2012 by Ruth Calloway, a retired engineer, after she visited the
region on holiday and saw children walking for hours to collect water from a muddy pond. The
charity now employs twelve local staff, based in Yangon, who organise drilling teams and
train villagers to maintain the pumps.

Each well costs about £4,500 to drill and equip with a hand pump and serves around 400
people. In the villages where WaterBridge has worked, local health workers say cases of
diarrhoea among young children have fallen by more than half.

"The well is only the start. What matters is that the village can keep it working for
twenty years, and that is why we train the people who use it," said Mrs Calloway, now 74.

The charity raises most of its money in Hollinsford, through a sponsored swim across the
harbour each summer and a second-hand bookshop on Harbour Street staffed by volunteers. It
raised £186,000 last year.

WaterBridge's director in Yangon, Daw Khin Myo, said demand was growing as the dry season
lengthened. "Ponds that lasted until May now dry up in March. More villages are asking for
help every year," she said.

The charity plans to drill another 60 wells over the next three years.
""")

base("odesa-grain", "granitewire.example", "2025-03-04T13:15:00Z", "hollinsford-mill-grain-odesa",
     "Hollinsford mill takes first grain cargo from Odesa in three years", """
HOLLINSFORD, March 4 (GW) - A cargo ship carrying 28,000 tonnes of milling wheat from Odesa
docked in Hollinsford on Tuesday, the first shipment of Ukrainian grain to the port's flour
mill since 2022, the mill's owner said.

Harbour Mills said the wheat, loaded in Odesa and at the nearby port of Mykolaiv, had been
bought to blend with locally grown grain for bread flour. The company said it expected to
take four or five more cargoes this year.

"Black Sea wheat has the protein content our bakers need, and the price is right," said
Harbour Mills' commercial director, Peter Gaskell. "Before 2022 we took a ship from Odesa
almost every month. We would like to get back to that."

The ship, the Nordic Aster, took 19 days to make the voyage. Unloading is expected to take
three days.

Farmers' groups in the north said imports were undercutting local growers. The National
Farmers' Council said the price of domestic milling wheat had fallen 8 per cent since
January.

Harbour Mills employs 140 people and supplies flour to about 300 bakeries.

(Reporting by Alys Penrose; editing by Tom Greaves)
""", style="news")

base("kharkiv-chess", "compasspress.example", "2025-10-27T19:00:00Z", "tarnley-grandmaster-wins-kharkiv-open",
     "Tarnley grandmaster Morrow wins Kharkiv Open", """
Tarnley grandmaster Eliot Morrow won the Kharkiv Open chess tournament on Monday, beating the
top seed in a dramatic final round to finish on 7.5 points from nine games. (CPA)

Morrow, 26, needed a win with the black pieces against Oleksandr Hrytsenko, the tournament's
highest-rated player, and got it after a six-hour game that was decided when Hrytsenko
overstepped the time limit in a drawn endgame.

"I was ready to offer a draw twenty moves earlier. I am very lucky, and I know it," Morrow
said. "Oleksandr played beautifully for most of the game."

The result lifts Morrow above 2,650 on the international rating list for the first time and
makes him the highest-rated player from the north.

The tournament in Kharkiv, in its eleventh year, attracted 214 players from 19 countries. It
is played in the hall of the city's university.

Hrytsenko finished second on seven points, with Dutch grandmaster Pieter Smit third. Morrow
takes home a first prize of 8,000 euros.

Morrow learned to play at the chess club at Tarnley Library and became a grandmaster at the
age of 19. He now lives in Lydmouth, where he coaches at the university.
""", style="news")

base("mumbai-office", "marketsdaily.example", "2025-01-22T07:30:00Z", "corrick-weavers-mumbai-office",
     "Corrick Weavers opens Mumbai office to chase Indian demand for tweed", """
Corrick Weavers, the 180-year-old textile mill in the Tarn Valley, has opened an office in
Mumbai to sell its tweed directly to Indian fashion houses, which now account for nearly a
fifth of its sales.

The mill, which employs 95 people and still weaves on looms in a stone building beside the
river Corrick, said orders from India had grown from almost nothing in 2019 to £2.3 million
last year, driven by demand for heavy wool jackets in hill stations and for the export
collections of Mumbai designers.

Managing director Fiona Galbraith said that until now the company had sold through an agent.
"Our customers in Mumbai want to see the cloth, feel it and talk to the people who make it.
You cannot do that through a middleman five thousand miles away," she said.

The office, in the Lower Parel district, will be run by Anjali Mehta, who previously worked
for a Mumbai textile importer. It will have a showroom and a staff of three.

The mill also sells heavily to Japan and South Korea. Exports make up 70 per cent of its
turnover of £12.4 million.

Corrick Weavers said it was recruiting eight more weavers and apprentices this year to keep
up with demand.
""")

base("chennai-plant", "granitewire.example", "2025-11-11T09:20:00Z", "pellham-auto-parts-chennai-production",
     "Lydmouth car parts maker to move some production to Chennai", """
LYDMOUTH, Nov 11 (GW) - Northgate Components, which makes brake parts for car manufacturers,
said on Tuesday it would move production of two product lines from Lydmouth to its plant in
Chennai, putting 120 jobs at risk in the north.

The company said the move would cut costs and bring production closer to carmakers in southern
India, which now take more than a third of its output. About 80 new jobs will be created at
the Chennai plant, which opened in 2017 and employs 400 people.

"Our customers are increasingly in Asia, and we have to build where they build," chief
executive Robert Hannay said. "Lydmouth remains our headquarters and our centre for design
and engineering."

The 120 affected workers are on the production lines for brake calipers and brake discs at
the Lydmouth plant, which employs 650 people. The company said it hoped to redeploy some of
them.

The Unite Engineering union said it was "deeply disappointed" and would ask the company to
reconsider. Its regional officer, Carl Hepworth, said the Lydmouth lines were among the most
productive in the group and that workers had accepted a pay freeze two years ago to keep them
in the city.

Northgate was founded in Lydmouth in 1958 as a family foundry and was bought by its managers in
2001. It now has plants in four countries, and its brake parts are fitted to about one in
twelve new cars sold in Europe.

Northgate Components reported revenue of £310 million last year.

(Reporting by Owen Pryce; editing by Alys Penrose)
""", style="news")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "mumbai-office",
     derived("textileworld.example", "2025-01-22T11:00:00Z", "corrick-weavers-mumbai-showroom",
             title="Corrick Weavers opens Mumbai showroom"),
     "identical body under a new headline, with one old city name in a single place "
     "(Mumbai -> Bombay in the last mention only)",
     hard=True,
     ops=[("sub", "for a Mumbai textile importer", "for a Bombay textile importer", "alias")])

pair("duplicate", "kharkiv-chess",
     derived("chessnorth.example", "2025-10-27T21:00:00Z", "morrow-kharkiv-open-win"),
     "agency copy with the (CPA) tag removed and the prize written in a different form",
     ops=[("sub", " (CPA)", "", None), ("sub", "8,000 euros", "€8,000", "edit")])

pair("duplicate", "odesa-grain",
     derived("portsandharbours.example", "2025-03-04T16:00:00Z", "nordic-aster-odesa-wheat-hollinsford"),
     "wire copy with the dateline and the reporting line removed",
     ops=[("sub", "HOLLINSFORD, March 4 (GW) - ", "", None),
          ("del", "(Reporting by Alys Penrose; editing by Tom Greaves)", None)])

# ---------------------------------------------------------------- copies

pair("copy", "gdansk-tugs",
     derived("shippingbrief.example", "2025-05-28T06:00:00Z", "baltic-marine-works-hollinsford-tugs",
             title="Baltic Marine Works wins Hollinsford tug order"),
     "trade copy writes Gdańsk without its accent (Gdansk), drops the union's criticism and "
     "adds a line about the yard's order book",
     hard=True,
     ops=[("sub", "Gdańsk", "Gdansk", "alias"),
          ("del", "The decision to build abroad was criticised by the Maritime and Transport Union, "
                  "which said the order should have gone to a domestic yard. The authority said no "
                  "domestic yard had bid.", "delete"),
          ("post", "Baltic Marine Works now has eleven vessels on order, its fullest order book "
                   "since it was founded.", "insert")])

pair("copy", "gdansk-tugs",
     derived("heritagecoast.example", "2025-06-02T09:00:00Z", "danzig-built-tugs-return",
             title="Danzig-built tugs for Hollinsford"),
     "copy uses the historic German name (Gdańsk -> Danzig) throughout and adds a paragraph "
     "of maritime history; the chief executive's quote is dropped",
     hard=True,
     ops=[("sub", "Gdańsk", "Danzig", "alias"),
          ("del", "The port's chief executive, Alan Birkett, said the authority had received bids "
                  "from five yards in four countries. \"Baltic Marine Works offered the best "
                  "design, the best price and a delivery date we could trust,\" he said.", "delete"),
          ("after", "since it was founded in 2004.",
           "Ships have sailed between Hollinsford and the Baltic ports for centuries. In the 1890s "
           "timber from the Baltic arrived at the harbour almost every week, and several "
           "Hollinsford families made their fortunes in the trade.", "insert")])

pair("copy", "beijing-fair",
     derived("worldbrief.example", "2025-04-16T12:00:00Z", "ferris-robotics-peking-deal", style="news",
             title="Ferris Robotics wins £30m order in Peking"),
     "copy uses the old romanization (Beijing -> Peking), drops the agency tag and the final "
     "paragraph, and adds a framing sentence",
     hard=True,
     ops=[("del", "The northern trade minister, who led a delegation of 24 companies to the Beijing "
                  "fair, said the deal showed what firms in the region could achieve abroad.",
           "delete"),
          ("sub", "Beijing", "Peking", "alias"),
          ("sub", " (CPA)", "", "attribution"),
          ("ins", "It is the company's largest contract and its first in Asia.",
           " Western robotics firms have struggled to win business in China's fast-growing farm "
           "technology market.", "insert")])

pair("copy", "myanmar-wells",
     derived("globaldesk.example", "2025-09-04T05:00:00Z", "waterbridge-100-wells-burma",
             title="British-founded charity drills 100th well in Burma"),
     "copy uses the older names (Myanmar -> Burma, Yangon -> Rangoon), cuts the fundraising "
     "paragraph and changes the cost of a well",
     hard=True,
     ops=[("sub", "Myanmar", "Burma", "alias"),
          ("sub", "Yangon", "Rangoon", "alias"),
          ("sub", "about £4,500", "about £5,400", "number"),
          ("del", "The charity raises most of its money in Hollinsford, through a sponsored swim "
                  "across the harbour each summer and a second-hand bookshop on Harbour Street "
                  "staffed by volunteers. It raised £186,000 last year.", "delete")])

pair("copy", "odesa-grain",
     derived("easterndispatch.example", "2025-03-05T07:00:00Z", "odessa-wheat-cargo-hollinsford",
             title="Odessa wheat cargo arrives in Hollinsford"),
     "copy with Russian-derived spellings (Odesa -> Odessa, Mykolaiv -> Nikolaev), the "
     "farmers' objection removed and a new closing paragraph",
     hard=True,
     ops=[("sub", "Odesa", "Odessa", "alias"),
          ("sub", "Mykolaiv", "Nikolaev", "alias"),
          ("del", "Farmers' groups in the north said imports were undercutting local growers. The "
                  "National Farmers' Council said the price of domestic milling wheat had fallen 8 "
                  "per cent since January.", "delete"),
          ("del", "(Reporting by Alys Penrose; editing by Tom Greaves)", "delete"),
          ("post", "Grain exports through the Black Sea ports have recovered steadily over the past "
                   "two years.", "insert")])

pair("copy", "kharkiv-chess",
     derived("easterndispatch.example", "2025-10-28T06:00:00Z", "morrow-wins-kharkov-open",
             title="Morrow wins Kharkov Open"),
     "copy swaps Kharkiv -> Kharkov and Oleksandr -> Aleksandr, drops the last paragraph and "
     "changes the score",
     hard=True,
     ops=[("sub", "Kharkiv", "Kharkov", "alias"),
          ("sub", "Oleksandr", "Aleksandr", "alias"),
          ("sub", "7.5 points from nine games", "8 points from nine games", "number"),
          ("del", "Morrow learned to play at the chess club at Tarnley Library and became a "
                  "grandmaster at the age of 19. He now lives in Lydmouth, where he coaches at the "
                  "university.", "delete")])

pair("copy", "chennai-plant",
     derived("redkitenews.example", "2025-11-11T14:00:00Z", "northgate-jobs-move-madras", style="news",
             title="120 Lydmouth jobs at risk as Northgate moves work to Madras"),
     "copy uses Madras for Chennai, drops the wire credit and the revenue line, and adds a "
     "local reaction sentence",
     hard=True,
     ops=[("sub", "Chennai", "Madras", "alias"),
          ("sub", "LYDMOUTH, Nov 11 (GW) - ", "", "attribution"),
          ("del", "Northgate Components reported revenue of £310 million last year.", "delete"),
          ("del", "(Reporting by Owen Pryce; editing by Alys Penrose)", "delete"),
          ("post", "Workers leaving the Lydmouth plant on Tuesday evening said they had heard "
                   "about the move from the news before their managers told them.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "myanmar-wells",
     doc("harbourtimes.example", "2025-09-10T08:00:00Z", "harbour-swim-waterbridge-record",
         "Record 430 swimmers cross harbour for well charity", """
A record 430 swimmers crossed Hollinsford harbour on Sunday in the annual sponsored swim for
WaterBridge, the town's own water charity, raising an estimated £48,000.

The swim, from the lifeboat slip to the far side of the inner harbour, is about 800 metres.
The fastest swimmer, 17-year-old Cerys Mottram, finished in 11 minutes. The oldest, 83-year-
old retired harbourmaster Bill Pengelly, took a little under an hour and was cheered all the
way in.

The charity was in the national news last week after completing its hundredth well. As the
Meridian Post described it:

{P1}

Founder Ruth Calloway, who started the swim herself in 2013 with eleven friends, handed out
medals on the slipway. She said the money raised on Sunday would pay for ten more wells.

Next year's swim will be on the first Sunday in September. Organisers say they may have to
limit entries for safety reasons.

""" + HT_ABOUT),
     "local story quotes the national report's first three paragraphs (~130 words)",
     passages=[("A small Hollinsford charity has completed its hundredth well", "have fallen by more than half.")])

pair("excerpt", "chennai-plant",
     doc("meridianpost.example", "2025-11-14T06:00:00Z", "northern-manufacturing-jobs-asia",
         "The quiet drift of northern manufacturing towards Asia", """
There was no dramatic closure this week, no factory gates chained shut. But the announcement
by Northgate Components that it will move two product lines from Lydmouth to India is part of
a pattern that is slowly reshaping manufacturing in the north.

The company's reasoning was laid out plainly in the announcement, as carried by the Granite
Wire agency:

{P1}

Northgate is following its customers, and it is not alone. In the past two years at least
five northern engineering firms have opened or expanded plants in India, Vietnam or Mexico,
usually while keeping design and head-office jobs at home. The jobs that move are production
jobs, often well paid and often in towns with few alternatives.

Economists argue that this is how a mature economy evolves, and that the design and
engineering roles that stay are more valuable than the assembly work that goes. That is true
in aggregate. It is less comforting for a 50-year-old machinist in Lydmouth whose skills were
built for a job that now exists in Chennai.

The regional assembly has a retraining fund, but it is small and oversubscribed. The union at
Northgate has asked the company to pay for retraining for any worker who is not redeployed.
The company has not yet replied.

What happens to those 120 workers will be a small test of whether the north's policy for
manufacturing amounts to more than hoping the next factory stays.
"""),
     "analysis quotes the wire story's second to fourth paragraphs (~140 words)",
     passages=[("The company said the move would cut costs", "The company said it hoped to redeploy some of them.")])

# ---------------------------------------------------------------- related

pair("related", "beijing-fair",
     doc("lydmouthlive.example", "2025-04-17T08:00:00Z", "ferris-robotics-70-jobs-china-order",
         "Strawberry robots order to create 70 jobs in Lydmouth", """
Seventy new jobs are coming to Lydmouth after Ferris Robotics landed the biggest order in its
history, from a fruit-growing company in China.

The robot maker, which started life in a university laboratory nine years ago, will build 400
of its strawberry-picking machines at its factory on the Riverside business park. It is
recruiting engineers, technicians and assembly staff, and says it will take on ten
apprentices.

"We have been working towards this for four years," said Dr Hannah Lusk, the company's
chief executive, speaking on her return from China. "The robots will be made here by people
from this city."

The robots use cameras and soft grippers to find and pick ripe fruit, and can work through the
night. Ferris says they pick at about four fifths the speed of an experienced human picker.

The £30 million order could grow if the customer, Golden Field Agriculture, takes up an option
for 600 more machines.

Ferris employs 180 people and is one of the university's most successful spin-out companies.
"""),
     "independent local story on the same deal, from the jobs angle; Lusk's quote differs")

pair("related", "kharkiv-chess",
     doc("tarnleytoday.example", "2025-10-28T09:00:00Z", "eliot-morrow-library-chess-club",
         "Library chess club celebrates as former pupil wins abroad", """
Members of the Tuesday chess club at Tarnley Library gathered around a laptop on Monday night
to watch one of their own win a major international tournament.

Eliot Morrow, who first came to the club as an eight-year-old, beat the top seed in the final
round of the Kharkiv Open to take first place with 7.5 points. The game lasted six hours and
ended when his opponent ran out of time.

"We were all shouting at the screen," said club organiser Derek Lyle, 71, who taught Morrow
the rules. "He was the best eight-year-old I ever saw, and he never stopped asking questions."

Morrow, now 26, has sent the club a message promising to visit before Christmas and to give a
simultaneous display against its members.

The club meets every Tuesday from 6pm and welcomes players of all ages and abilities. Membership
is free.
"""),
     "independent local angle on the same result")
