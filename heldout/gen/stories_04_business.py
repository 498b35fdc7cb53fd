"""Business, markets and press releases."""
from lib import base, pair, doc, derived
from boiler import PRWIRE_NOTICE

# ---------------------------------------------------------------- bases

base("corrick-bakery", "granitewire.example", "2025-09-02T08:05:00Z", "corrick-foods-close-wenlow-bakery",
     "Corrick Foods to close Wenlow bakery with loss of 210 jobs", """
WENLOW, Sept 2 (GW) - Corrick Foods will close its bakery in Wenlow next spring with the
loss of 210 jobs, the company said on Tuesday, blaming rising energy costs and the loss of
a supermarket contract.

The plant, which makes sliced bread and rolls for supermarket own-brand ranges, has
operated since 1968. Production will move to the company's larger site in Lydmouth, where
Corrick Foods said about 60 new jobs would be created.

"This has been an extremely difficult decision and we know how hard it will be for our
colleagues in Wenlow," chief executive Sandra Okafor said in a statement. "The site's
energy costs have nearly tripled in three years and it is no longer viable."

The company lost a contract to supply one of its largest customers, the supermarket chain
Harvest Stores, in June. It did not say how much the contract was worth.

The Bakers' and Food Workers' Union said it would fight the closure and called on the
regional assembly to intervene. A 45-day consultation with staff begins on Wednesday.

Corrick Foods employs about 2,300 people at six sites. Its shares are not listed.

(Reporting by Tom Greaves; editing by Owen Pryce)
""", style="news")

base("tessaly-results", "marketsdaily.example", "2025-08-07T07:15:00Z", "tessaly-telecom-half-year-results",
     "Tessaly Telecom profit falls 18% as price war bites, dividend held", """
Tessaly Telecom reported an 18 per cent fall in first-half profit on Thursday as a price
war among mobile operators squeezed margins, but held its dividend and said it expected
conditions to improve in the second half.

Pre-tax profit for the six months to June fell to £142 million from £173 million a year
earlier. Revenue was almost flat at £1.21 billion, as growth in broadband customers offset
lower average spending by mobile subscribers.

The company added 38,000 broadband customers in the period, taking its total to 1.02
million, and lost 51,000 mobile contract customers, many of them to cheaper rivals. Average
revenue per mobile user fell 6 per cent to £14.20 a month.

Chief executive Owen Brakespeare said the mobile market had become "irrational" after two
competitors cut prices in the spring. "We are not going to chase customers at a loss," he
told analysts on a call. "We have the best network in the north and we will be paid for
it."

The interim dividend was held at 4.1p a share. Tessaly repeated its forecast of full-year
underlying earnings of between £560 million and £590 million, but warned that the lower end
of that range was now more likely.

Shares rose 2.4 per cent in morning trading, as investors had feared a dividend cut.
Analysts at Calloway Reeve said the results were "better than feared, not better than
expected".

Tessaly is spending £900 million over three years to extend its fibre network to 2.5
million homes. It said it had reached 1.6 million homes by the end of June and remained on
schedule. The company also confirmed that it was in talks to sell its mast business, which
it values at up to £700 million, but said no decision had been taken.
""")

base("skylark-release", "prwire.example", "2025-06-17T07:00:00Z", "skylark-logistics-raises-14m-series-a",
     "Skylark Logistics raises £14 million to scale drone deliveries for rural pharmacies", """
LYDMOUTH, 17 June 2025 - Skylark Logistics, the drone delivery company, today announced
that it has raised £14 million in a Series A funding round led by Northbridge Ventures,
with participation from Fellside Capital and existing investors.

The funding will be used to expand Skylark's service delivering prescription medicines
from pharmacies to patients in remote rural areas, grow its engineering team from 35 to
80 people and seek approval to fly beyond the visual line of sight of its pilots across a
wider area.

Skylark currently operates in the Tarn Valley, where its drones have completed more than
9,000 deliveries since the service launched in 2023, with an average delivery time of 23
minutes compared with over two hours by road.

"Patients in the valley used to wait half a day for a prescription. Now they wait less
than half an hour," said Imogen Achterberg, co-founder and chief executive of Skylark
Logistics. "This investment lets us take that service to every rural community that
needs it."

Marcus Hale, partner at Northbridge Ventures, said: "Skylark has proved something many
people thought was years away. We are excited to back a team with a safe, working service
and a clear route to scale."

About Skylark Logistics

Skylark Logistics was founded in 2021 by Imogen Achterberg and Femi Adebayo and is based
in Lydmouth. Its drones carry payloads of up to 3kg over distances of up to 40km.

Media contact: press@skylark-logistics.example

""" + PRWIRE_NOTICE, style="news")

base("price-war", "meridianpost.example", "2025-10-10T06:00:00Z", "supermarket-price-war-who-pays",
     "The supermarket price war: who really pays for cheaper baskets?", """
Walk into any supermarket in the north this autumn and the signs are the same: prices
locked, prices cut, prices matched. Harvest Stores has cut the cost of 1,200 everyday
products. Greenway has promised to match its rival on 800 lines. The discounters, who
started the fight, say they will not be beaten on anything.

For shoppers, after three years in which food prices rose faster than wages, this looks
like good news. The price of a basket of 40 common items tracked by the Consumer Prices
Panel fell by 2.3 per cent between June and September, the first fall over a quarter since
2019. But a price war is not a gift. Somebody pays for it, and the question is who.

The supermarkets say they are paying themselves. Harvest Stores told investors last month
that it would accept a lower operating margin, down from 3.9 per cent to about 3.2 per
cent, to win back customers lost to the discounters. Greenway, which is owned by a private
equity group and carries more debt, has been less specific.

Suppliers tell a different story. Several food manufacturers, speaking on condition of
anonymity because they fear losing contracts, described being asked to fund price cuts
through "investment" payments, longer payment terms and the loss of promotional deals. One
manufacturer of chilled desserts said the terms offered by one chain this summer would
have turned a small profit into a loss on every pot. "They call it a partnership," he
said. "It is a partnership in the way that a lion and a zebra are partners."

Farmers are even further down the chain. Milk prices paid to dairy farmers in the Tarn
Valley fell by 2p a litre in August, at a time when feed and fuel costs remain high. The
National Farmers' Council says about one in eight dairy farms in the region is now losing
money on every litre it produces.

There are limits to what the regulator can do. The Grocery Supply Code forbids retailers
from demanding retrospective payments or changing terms without notice, but it does not
stop them from negotiating hard on new contracts. The code adjudicator, Moira Kendrick,
said in her annual report that complaints from suppliers had risen by 40 per cent, but that
most concerned practices that were "unfair but not unlawful".

Economists are divided on how long the war can last. Dr Tariq Benn of the University of
Lydmouth argues that the discounters' lower costs mean they can sustain cheaper prices far
longer than the traditional chains. "This ends when one of the big four decides it cannot
afford to keep playing," he said. "That could take two years."

For now, shoppers are the winners. But if the price of a cheaper basket is a smaller dairy
industry and fewer local manufacturers, the bill may arrive later, and it may be larger.
""")

base("fellgate-brewery", "valleygazette.example", "2025-04-15T09:00:00Z", "fellgate-brewery-bought-national-group",
     "Fellgate Brewery sold to national group in £18m deal", """
Fellgate Brewery, the family firm that has brewed beer in the Tarn Valley since 1872, has
been sold to the national drinks group Crownfield Brands in a deal worth £18 million.

The brewery, which employs 74 people and owns 21 pubs across the valley, was owned by the
Hebblethwaite family for five generations. Chairman James Hebblethwaite said there was no
one in the next generation who wanted to run it.

"This is a sad day for our family but a good day for the brewery," he said. "Crownfield
has the money to invest that we do not, and they have promised that Fellgate beer will
still be brewed in Fellgate."

Crownfield said it would keep the brewery open, retain all staff and invest £2.5 million
in new brewing equipment over the next two years. Its best-known beer, Fellgate Bitter,
will be sold in supermarkets nationwide for the first time from the autumn.

The pubs will be transferred to Crownfield's managed pub division. The company did not
say whether any would be sold.

Local drinkers reacted with caution. Sue Metcalfe, chair of the Tarn Valley branch of the
Real Ale Society, said she had seen too many regional breweries bought and closed. "We
have heard promises like this before. We will be watching," she said.

Crownfield owns eight breweries and about 1,400 pubs. It closed the Ashby Vale brewery two
years after buying it in 2017.
""")

base("skyway-routes", "granitewire.example", "2025-01-29T11:30:00Z", "skyway-northern-cuts-lydmouth-routes",
     "Skyway Northern to cut four routes from Lydmouth airport", """
LYDMOUTH, Jan 29 (GW) - Regional airline Skyway Northern will stop flying four routes from
Lydmouth airport from the end of March, it said on Wednesday, citing weak demand and a rise
in airport charges.

The routes to Hollinsford, Ardlow Island, Tarnley and the southern city of Vennick account
for about 140,000 passengers a year. Skyway will keep its busiest routes from Lydmouth,
including its flights to the capital.

"We have worked hard to make these routes pay, but the numbers no longer add up," chief
commercial officer Gareth Imrie said. He said landing charges at Lydmouth had risen by 22
per cent since 2023.

Lydmouth Airport said it was disappointed and that its charges remained among the lowest
in the country. It said it was in talks with other airlines about the routes.

The Ardlow Island route is subsidised by the regional assembly, which said it would seek a
new operator. Islanders can also reach the mainland by ferry, a crossing of about 90
minutes.

About 30 Skyway staff based in Lydmouth will be offered jobs elsewhere in the company.

(Reporting by Alys Penrose; editing by Tom Greaves)
""", style="news")

base("house-prices", "compasspress.example", "2025-03-28T09:00:00Z", "northern-house-prices-rise-march",
     "House prices in the north rise 4.1% as mortgage rates ease", """
House prices in the northern regions rose by 4.1 per cent in the year to March, the
fastest pace for two years, as falling mortgage rates brought buyers back to the market,
figures from the Hearthstone Building Society showed on Friday. (CPA)

The average price of a home in the north reached £214,600, compared with £206,200 a year
earlier. Prices rose 0.6 per cent in March alone.

Lydmouth recorded the strongest growth among the region's cities, at 5.7 per cent, while
prices in Hollinsford rose 3.2 per cent. In rural areas of the Tarn Valley prices were
almost unchanged.

"Buyers who stepped back when mortgage rates peaked are returning," said Hearthstone's
chief economist, Dr Leona Fairweather. "The typical two-year fixed rate is now about a
point lower than a year ago, and that is making a real difference to what people can
borrow."

She said she expected prices to keep rising at about 3 to 4 per cent this year, although
a shortage of homes for sale could push them higher in some cities.

First-time buyers accounted for 36 per cent of purchases with a mortgage, the highest
share since 2021, Hearthstone said. The average deposit paid by a first-time buyer in the
north was £31,400.

Estate agents reported more viewings in February and March than in any two months since
the summer of 2022, the society added.
""", style="news")

base("pension-scandal", "marketsdaily.example", "2025-12-02T07:00:00Z", "northern-workers-pension-fund-losses",
     "Workers' pension fund lost £86m on property loans, report finds", """
A pension fund for 60,000 council and transport workers in the north lost £86 million on
a series of property loans that its trustees did not fully understand, an independent
report has found.

The Northern Workers' Pension Scheme lent money between 2018 and 2021 to developers of
student flats and care homes through a specialist investment manager, Arbury Capital.
Several of the developers collapsed during the pandemic and the loans were written off.

The report, by the accountancy firm Pike Marsden, said the trustees had approved the
investments on the basis of "presentations rather than analysis". It found that the
scheme's investment committee met only four times in three years while the loans were
being made, and that minutes of those meetings ran to less than two pages each.

The loans made up about 3 per cent of the scheme's £2.9 billion of assets. The scheme
remains in surplus, and members' pensions are not at risk, its chairman said.

"The trustees got this wrong, and we are sorry," said chairman Colin Wragge, who joined the
board in 2022. "Nobody's pension will be reduced, but members are entitled to expect better
than this from the people looking after their savings."

Arbury Capital said the losses reflected "an unprecedented shock to the property market"
and that the risks had been explained in detail to the trustees at the time.

The Pensions Regulator said it was reviewing the report. The unions representing scheme
members have called for three of the trustees who approved the loans, and who remain on
the board, to step down.

The report recommends that the scheme stop making direct property loans, that it appoint
two independent professional trustees and that it publish the minutes of its investment
committee.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "corrick-bakery",
     derived("lydmouthlive.example", "2025-09-02T10:30:00Z", "wenlow-bakery-closure-210-jobs"),
     "wire story republished with the agency tag spelled out as an end line; reporting line removed",
     ops=[("sub", "WENLOW, Sept 2 (GW) - ", "WENLOW - ", None),
          ("sub", "(Reporting by Tom Greaves; editing by Owen Pryce)", "Granite Wire", None)])

pair("duplicate", "skylark-release",
     derived("techvalley.example", "2025-06-17T09:30:00Z", "press-release-skylark-logistics-14m",
             title="Press release: Skylark Logistics raises £14 million", style="news"),
     "press release republished verbatim with a 'Press release' label line at the top",
     ops=[("pre", "PRESS RELEASE", None)])

pair("duplicate", "fellgate-brewery",
     derived("fellsidenews.example", "2025-04-15T13:20:00Z", "fellgate-brewery-sold-crownfield",
             style="news"),
     "one corrected number (74 -> 76 staff); otherwise identical",
     hard=True,
     ops=[("sub", "employs 74 people", "employs 76 people", "number")])

pair("duplicate", "house-prices",
     derived("meridianpost.example", "2025-03-28T11:00:00Z", "house-prices-north-rise-41",
             title="Northern house prices up 4.1% in a year"),
     "agency copy run by a subscriber: the (CPA) tag moved from the first paragraph to a byline "
     "line, straight quotes made typographic",
     ops=[("sub", " (CPA)", "", None), ("pre", "By Compass Press Agency", None), ("curly",)])

# ---------------------------------------------------------------- copies

pair("copy", "corrick-bakery",
     derived("wenlowweekly.example", "2025-09-03T06:00:00Z", "bakery-workers-shock-closure",
             title="Bakery workers in shock as Corrick Foods confirms Wenlow closure"),
     "local paper runs the wire copy with its own opening and union reaction, a changed job "
     "figure and the wire credit removed",
     ops=[("pre", "Workers at the Wenlow bakery learned on Tuesday morning, at a meeting in the "
                  "canteen before the first shift, that the plant where many of their parents "
                  "also worked is to close.", "insert"),
          ("sub", "WENLOW, Sept 2 (GW) - Corrick Foods", "Corrick Foods", "attribution"),
          ("sub", "about 60 new jobs", "about 50 new jobs", "number"),
          ("after", "A 45-day consultation with staff begins on Wednesday.",
           "Union organiser Dave Kinnear said: \"Half the people in that building have given "
           "Corrick twenty years or more. They deserve better than an announcement over "
           "breakfast.\"", "insert"),
          ("del", "(Reporting by Tom Greaves; editing by Owen Pryce)", "delete")])

pair("copy", "tessaly-results",
     derived("newsrelay24.example", "2025-08-07T09:00:00Z", "tessaly-telecom-profit-falls-18",
             title="Tessaly Telecom profit down 18%", style="id"),
     "relay copy with errors introduced: two figures changed, analyst quote dropped, mast sale "
     "sentence dropped",
     hard=True,
     ops=[("sub", "38,000 broadband customers", "83,000 broadband customers", "number"),
          ("sub", "£142 million from £173 million", "£142 million from £178 million", "number"),
          ("del", " Analysts at Calloway Reeve said the results were \"better than feared, not "
                  "better than expected\".", "delete"),
          ("del", " The company also confirmed that it was in talks to sell its mast business, "
                  "which it values at up to £700 million, but said no decision had been taken.",
           "delete")])

pair("copy", "skylark-release",
     doc("dronetimes.example", "2025-06-18T08:00:00Z", "skylark-series-a-rural-pharmacy",
         "Skylark bags £14m for rural pharmacy drone deliveries", """
Lydmouth drone operator Skylark Logistics has closed a £14 million Series A round, one of
the largest raises by a drone delivery start-up in the north this year.

LYDMOUTH, 17 June 2025 - Skylark Logistics, the drone delivery company, today announced
that it has raised £14 million in a Series A funding round led by Northbridge Ventures,
with participation from Fellside Capital and existing investors.

The funding will be used to expand Skylark's service delivering prescription medicines
from pharmacies to patients in remote rural areas, grow its engineering team from 35 to
80 people and seek approval to fly beyond the visual line of sight of its pilots across a
wider area.

Skylark currently operates in the Tarn Valley, where its drones have completed more than
9,000 deliveries since the service launched in 2023, with an average delivery time of 23
minutes compared with over two hours by road.

"Patients in the valley used to wait half a day for a prescription. Now they wait less
than half an hour," said Imogen Achterberg, co-founder and chief executive of Skylark
Logistics. "This investment lets us take that service to every rural community that
needs it."

Marcus Hale, partner at Northbridge Ventures, said: "Skylark has proved something many
people thought was years away. We are excited to back a team with a safe, working service
and a clear route to scale."

The beyond-visual-line-of-sight approval is the crucial step. Regulators have so far
granted such permissions only in narrow corridors, and Skylark's plan to cover the whole
valley would make it one of the first operators with area-wide approval. Dronetimes
understands a decision is expected early next year.
"""),
     "trade site runs a press release nearly whole, dropping the 'About' section, the media "
     "contact and the distributor's notice, with its own intro and closing analysis",
     changes=[{"kind": "delete", "a_text": "About Skylark Logistics"},
              {"kind": "insert", "b_text": "The beyond-visual-line-of-sight approval is the crucial step."}])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "tessaly-results",
     doc("meridianpost.example", "2025-08-08T06:00:00Z", "northern-telecoms-mobile-price-war",
         "Mobile price war leaves northern operators counting the cost", """
The price war in the north's mobile market has claimed its first casualty, at least in the
profit column. Tessaly Telecom, the largest operator in the region, reported a sharp fall
in profit on Thursday, and its rivals are unlikely to have fared much better when they
report next month.

The trigger was the decision in March by two smaller networks, Brightcell and Link North,
to cut the price of their most popular contracts by roughly a third. Tessaly's figures show
what followed, as reported by Markets Daily:

{P1}

Tessaly's refusal to match the cuts is a bet that customers will pay more for a better
network. There is some evidence for that: independent coverage surveys consistently place
it first for rural signal strength. But network quality is hard for customers to see, and
price is easy.

Brightcell, for its part, says it is winning customers at a profit, although as a private
company it does not publish detailed accounts. Link North's owners are reported to be
exploring a sale, which would suggest otherwise.

The regulator has so far declined to intervene, saying lower prices are good for
consumers. That is true in the short run. The risk is that a prolonged war leaves the
region with operators that cannot afford to invest in the rural masts and fibre the north
still lacks. Tessaly alone plans to spend £900 million on fibre over three years; that
budget looks much less secure at a lower profit.

The second half of the year will show whether Tessaly's bet was wise. If mobile customer
losses slow, it will have held its nerve at a modest cost. If they do not, a dividend cut
may be only the beginning.
"""),
     "analysis quotes ~95 words (at the floor) from the middle of a results story (customer "
     "numbers and the chief executive's quote)",
     hard=True,
     passages=[("The company added 38,000 broadband customers", "we will be paid for it.\"")])

pair("excerpt", "price-war",
     doc("farmingnorth.example", "2025-10-14T07:00:00Z", "dairy-farmers-price-war-squeeze",
         "Dairy farmers say they are paying for the supermarket price war", """
Dairy farmers in the Tarn Valley met in Ravensby on Monday night to discuss what several
described as a crisis, after a second cut in milk prices in three months.

Around 120 farmers filled the auction mart canteen. Many said they were now producing milk
at a loss, and at least four said they had decided to sell their herds before the winter.
"My father milked cows here for fifty years and I have done thirty," said Ian Lowther, who
farms 180 cows at Beck Side. "I will not do another five at these prices."

The meeting came days after the Meridian Post published an analysis of the supermarket
price war that set out where the pressure on the supply chain was landing. It is worth
reading the central section in full:

{P1}

The farmers' anger was aimed less at the supermarkets, which most of them do not supply
directly, than at the processors who buy their milk and sell it on. Two of the three big
processors in the region cut their prices by 2p a litre from September, and farmers said
they had been given less than a month's notice.

The National Farmers' Council's regional chair, Gwen Appleby, told the meeting that the
council would press the government to extend the Grocery Supply Code to cover the
contracts between processors and farmers, as it had been promising to do since 2022. "The
code protects the people who sell to the supermarkets," she said. "It does nothing for the
people at the bottom of the chain, and that is where the pain is."

A representative of one of the processors, Dale Foods, had been invited to the meeting but
did not attend. In a statement, the company said it had cut prices "with great reluctance"
and would raise them again as soon as the market allowed.

Farmers agreed to set up a working group to negotiate jointly with processors and to meet
again in January.
"""),
     "long passage (~290 words, the upper bound) from the middle of an analysis, quoted "
     "inside a longer farming report",
     passages=[("Suppliers tell a different story.", "were \"unfair but not unlawful\".")])

pair("excerpt", "pension-scandal",
     doc("civicledger.example", "2025-12-04T18:00:00Z", "council-pension-losses-members-questions",
         "Council workers demand answers over £86m pension loss", """
Council employees in Lydmouth packed a union meeting on Thursday to demand answers about
the losses in their pension scheme, as the council confirmed that it had no representative
on the scheme's investment committee when the loans were made.

The Northern Workers' Pension Scheme covers staff at eleven councils and two transport
authorities, including about 9,000 current and former Lydmouth City Council employees.
This week's report on its property loans made uncomfortable reading:

{P1}

At Thursday's meeting, held in the Guildhall's function room, members repeatedly asked
whether their pensions were safe. Union officials said they were, because the scheme's
benefits are defined by law and guaranteed by the employers, but that the loss would make
future contributions more expensive for councils and, in time, for taxpayers.

"Every pound lost is a pound the council will have to find again," said Marion Felgate,
branch secretary of the Public Services Union. "That means jobs, and it means services."

Lydmouth's deputy leader, Councillor Kwame Asante, said the council would seek a seat on
the scheme's investment committee and would support the report's call for independent
trustees. He declined to say whether the council backed calls for three trustees to
resign.

The scheme's chairman, Colin Wragge, has agreed to attend a public meeting in Lydmouth in
January.
"""),
     "council reporter quotes ~110 words from the second and third paragraphs of a business "
     "report (close to the floor)",
     hard=True,
     passages=[("The Northern Workers' Pension Scheme lent money", "less than two pages each.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "corrick-bakery",
     doc("meridianpost.example", "2025-09-02T13:00:00Z", "wenlow-bakery-to-shut-energy-costs",
         "Energy bills and lost contract doom Wenlow bakery", """
Corrick Foods is to shut its Wenlow bakery next spring, putting 210 jobs at risk, after the
site's energy costs nearly tripled in three years and a major supermarket customer took its
business elsewhere.

The plant has made own-brand sliced bread and rolls for supermarkets since 1968. Its work
will be transferred to the company's bigger bakery in Lydmouth, where the firm expects to
create about 60 jobs.

Chief executive Sandra Okafor called it "an extremely difficult decision" and said the site
was "no longer viable". In June the company lost its contract with Harvest Stores, one of
its biggest customers; it has not disclosed the value of that deal.

Staff consultation, which must last 45 days, starts on Wednesday. The Bakers' and Food
Workers' Union has pledged to fight the closure and wants the regional assembly to step in.

The unlisted company has about 2,300 employees across six sites.
"""),
     "wire copy condensed and reworded by a national paper; quotes cut to fragments",
     hard=True)

pair("rewrite", "price-war",
     doc("redkitenews.example", "2025-10-11T09:00:00Z", "price-war-cheaper-basket-cost",
         "Cheaper shopping, but who foots the bill? Inside the supermarket price war", """
Prices locked, prices cut, prices matched: those are the signs in every northern
supermarket this autumn. Harvest Stores has cut the cost of 1,200 everyday products, and
Greenway has promised to match its rival on 800 lines. The discounters, who started the
fight, insist they will not be beaten.

After three years in which food prices outpaced wages, shoppers are finally catching a
break. A basket of 40 common items monitored by the Consumer Prices Panel got 2.3 per cent
cheaper from June to September, the first quarterly fall since 2019. Yet a price war is not
a gift, and somebody pays for it.

According to the supermarkets, they are footing the bill themselves. Harvest Stores told
investors last month that it would accept an operating margin of roughly 3.2 per cent,
down from 3.9 per cent, to win back shoppers who had defected to the discounters. Greenway,
owned by a private equity group and more heavily indebted, has said less.

Suppliers see it differently. Several manufacturers, who asked not to be named for fear of
losing contracts, said they were being asked to pay for price cuts through "investment"
payments, longer payment terms and lost promotions. A maker of chilled desserts said one
chain's summer terms would have turned a slim profit into a loss on every pot. "They call
it a partnership," he said. "It is a partnership in the way that a lion and a zebra are
partners."

Further down the chain are the farmers. Tarn Valley dairy farmers were paid 2p a litre less
for their milk in August, even though feed and fuel remain expensive, and the National
Farmers' Council reckons about one dairy farm in eight in the region now loses money on
every litre.

The regulator's powers are limited. The Grocery Supply Code prohibits retrospective
payments and unannounced changes to terms, but hard bargaining over new contracts is
allowed. In her annual report, code adjudicator Moira Kendrick said supplier complaints had
risen 40 per cent, most about practices that were "unfair but not unlawful".

How long can it last? Dr Tariq Benn of the University of Lydmouth thinks the discounters'
lower costs let them keep prices down far longer than the traditional chains. "This ends
when one of the big four decides it cannot afford to keep playing," he said. "That could
take two years."

Shoppers are winning for now. But if the cost of cheaper baskets is a smaller dairy sector
and fewer local manufacturers, the bill may come later, and be bigger.
"""),
     "lightly reworded relay of an analysis: same order and structure, sentences recast, "
     "quotes verbatim (the kind of rewrite relay sites use to evade duplicate detection)",
     hard=True)

pair("rewrite", "skyway-routes",
     doc("islandvoice.example", "2025-01-29T17:00:00Z", "ardlow-flights-to-end-skyway",
         "Ardlow flights to end in March as Skyway pulls out", """
Flights between Ardlow Island and Lydmouth will end at the close of March after Skyway
Northern announced it was dropping the route, along with three others from the city's
airport.

The airline blamed weak demand and landing charges that it says have gone up 22 per cent
since 2023. Its chief commercial officer, Gareth Imrie, said Skyway had tried hard to make
the routes profitable but "the numbers no longer add up".

As well as Ardlow, Skyway will stop flying from Lydmouth to Hollinsford, Tarnley and
Vennick. Together the four routes carry roughly 140,000 passengers a year. Flights to the
capital and the airline's other busy routes are unaffected.

The regional assembly, which subsidises the island service, says it will look for a
replacement airline. Until one is found, islanders will have to rely on the ferry, which
takes around an hour and a half.

Lydmouth Airport disputed the airline's account, insisting its charges are still among
the cheapest in the country, and said it was already talking to other carriers.

Skyway's 30 or so Lydmouth-based staff will be offered posts elsewhere in the business.
"""),
     "wire story reworked for an island paper: new local lead, reordered, sentences recast")

pair("rewrite", "house-prices",
     doc("lydmouthlive.example", "2025-03-28T14:00:00Z", "lydmouth-house-prices-lead-north",
         "Lydmouth leads the north as house prices climb", """
Lydmouth is the north's house price hotspot, with values in the city up 5.7 per cent on a
year ago, according to the Hearthstone Building Society.

Across the northern regions as a whole, prices rose 4.1 per cent in the twelve months to
March, the quickest rate of growth in two years. A typical home now costs £214,600, up
from £206,200. Hollinsford saw a rise of 3.2 per cent, while in the rural Tarn Valley
prices barely moved. March alone brought a 0.6 per cent increase.

Hearthstone's chief economist, Dr Leona Fairweather, put the recovery down to cheaper
borrowing. Two-year fixed mortgage rates are around a percentage point lower than they
were a year ago, she said, which was bringing back buyers who had held off when rates
peaked.

She predicts growth of 3 to 4 per cent over the year, possibly more in cities where few
homes are on the market.

First-time buyers made up 36 per cent of mortgage purchases, their biggest share since
2021, putting down an average deposit of £31,400. Agents say February and March brought
more viewings than any two-month period since summer 2022.
"""),
     "agency story recast with a local lead, reordered, all quotes turned into reported speech",
     hard=True)

# ---------------------------------------------------------------- related

pair("related", "fellgate-brewery",
     doc("marketsdaily.example", "2025-04-15T12:30:00Z", "crownfield-buys-fellgate-brewery",
         "Crownfield adds Fellgate to brewing stable in £15m deal", """
Crownfield Brands has bought Fellgate Brewery, the Tarn Valley family brewer, for £15
million, extending its push into regional ales as sales of mass-market lager stagnate.

Crownfield said the price, paid in cash, included Fellgate's estate of 21 pubs. People
familiar with the deal said the pubs accounted for more than two thirds of the value.

The acquisition is Crownfield's third of a regional brewer in four years. Its chief
executive, Rupert Lindqvist, said premium regional beers were growing while national
brands were not. "Drinkers want a beer with a place and a story behind it," he said.
"Fellgate has both."

The company plans to take Fellgate Bitter into national supermarket distribution this
year and to put £2.5 million into the brewery. It has committed to keeping brewing on the
existing site.

Analysts at Calloway Reeve called the deal "small but sensible" and said Crownfield had
paid a full price for the pubs. Crownfield shares were unchanged.

The Hebblethwaite family had owned Fellgate since it was founded in 1872.
"""),
     "independent business report of the same deal that disagrees on the price (£15m vs £18m)",
     hard=True)

pair("related", "skyway-routes",
     doc("lydmouthlive.example", "2025-02-03T12:00:00Z", "lydmouth-airport-talks-new-airline",
         "Lydmouth airport in talks to save routes dropped by Skyway", """
Lydmouth Airport says it has held "positive" talks with two airlines about taking over some
of the routes Skyway Northern is abandoning at the end of March.

The airport's managing director, Fiona Grieve, would not name the carriers but said at
least one was interested in the Hollinsford and Tarnley services. "We would not have
expected to have these conversations so quickly. It tells you the routes have a future,"
she said.

She rejected Skyway's claim that rising airport charges were to blame. According to the
airport, its charges per passenger went up by less than the rate of inflation last year,
and the 22 per cent figure quoted by the airline covers a three-year period that included
new security equipment required by law.

The regional assembly has begun a tender for the subsidised Ardlow Island service and
hopes to award it by the end of February, leaving little time for a new operator to be
ready by April.

Travel agents in the city report a rush of bookings on the last Skyway flights before the
routes close.
"""),
     "follow-up five days later (the airport's response), independently written")

pair("related", "pension-scandal",
     doc("meridianpost.example", "2025-12-02T18:30:00Z", "pension-trustees-resign-calls",
         "Unions call for trustees to quit after £86m pension loss", """
Three trustees of the Northern Workers' Pension Scheme are facing calls to resign after an
inquiry concluded that the scheme lost £86 million on loans to property developers that it
had approved without proper scrutiny.

The scheme, which looks after the pensions of 60,000 council and transport staff, put money
into loans for student housing and care home developments through Arbury Capital between
2018 and 2021. The investigation, carried out by Pike Marsden, found that decisions were
based on "presentations rather than analysis".

The Public Services Union and the Transport Workers' Union said in a joint letter that
trust could not be restored while those responsible remained. "Members cannot be asked to
trust the same people who signed off these loans," said the letter, signed by both general
secretaries.

The scheme's chairman, Colin Wragge, apologised and said no member would see their pension
cut, since the scheme's £2.9 billion fund remains in surplus. He did not respond to the
resignation calls.

Arbury Capital has defended its conduct, saying the risks were made clear at the time and
the losses were caused by an extraordinary collapse in the property market.

The Pensions Regulator is examining the findings.
"""),
     "same day, independent report with a different angle (the unions' resignation call)")
