"""Articles that belong to no story: sport, weather, councils, science, culture.

Two pairs of them share a stock paragraph inside the article body (the Valley
Post's "about our newsroom" note, the Ridgeway Times' hill-weather warning), so
tests can show that boilerplate alone does not link two articles.
"""

VALLEYPOST_NEWSROOM = "The Valley Post is an independent, reader-funded newsroom covering Ashcombe, Ridgeway and the villages of the Kest and Combe valleys. We do not take money from political parties or from the companies we report on, and our journalists follow the editors’ code of practice. If you value local reporting, please consider becoming a supporter: it costs less than a cup of coffee a week."

RIDGEWAY_WEATHER = "Conditions on the hills can change far more quickly than in the towns below. Forecasts in this article are based on information from the regional weather service at the time of publication and may be revised. Before heading out, check the latest mountain forecast, tell someone your route and expected return time, and carry a map, a torch and warm layers."

U = []


def add(**kw):
    kw.setdefault("story", None)
    kw.setdefault("role", "unrelated")
    U.append(kw)


# --- Harbour Gazette ----------------------------------------------------------

add(id="U01", outlet="gazette", url="https://harbourgazette.example/culture/seafarers-choir-fifty-years",
    file="gazette-seafarers-choir-fifty-years.html", section="Culture",
    title="Seafarers’ choir marks fifty years with a concert on the old grain quay",
    byline="Oksana Tereshko", published="2026-03-12T16:00:00Z", source="meta",
    tags=["Music", "Community"],
    paras=[
        "When the Holvanka Seafarers’ Choir first sang in public, in the spring of 1976, it had nine members, most of them deckhands on the coastal freighters, and a repertoire of four songs. On Sunday evening 62 singers will fill the old grain quay for a concert to mark the choir’s fiftieth season.",
        "The anniversary programme mixes the work songs the founders brought back from long voyages with pieces written for the choir in the past decade, including a setting of a poem about the 1983 storm that sank two fishing boats off the northern breakwater.",
        "“We still open every concert with the capstan song, because that is how the first rehearsal started,” said the choir’s director, Valentyna Shum, who joined as a teenage alto in 1991. “Back then you had to have been to sea to join. Now we take anybody who can hold a note and turn up on a Tuesday.”",
        "Membership has changed with the port. Only a handful of today’s singers have worked on ships; the rest are teachers, nurses, crane drivers, a retired judge and several students from the maritime college. Three of the founding members are still alive, and two of them, both in their eighties, will sing on Sunday.",
        "The choir has toured abroad eleven times and recorded three albums, the last of which was pressed on vinyl and sold out within a month. Its biggest audience came in 2019, when it sang for about 8,000 people at the reopening of the restored lighthouse.",
        "The concert begins at 7 p.m. Entry is free, though the choir will collect donations for the seamen’s mission, which has provided the rehearsal room rent-free since 1980. Organisers advise bringing a warm coat: the quay is open to the wind, and the last time the choir sang there, in October, the temperature fell to four degrees before the encore.",
    ],
    comments=[("Ivan S.", "My grandfather sang with them in the eighties. Will be there on Sunday!")])

add(id="U02", outlet="gazette", url="https://harbourgazette.example/sport/holvanka-rowers-take-coastal-regatta-title",
    file="gazette-holvanka-rowers-coastal-regatta.html", section="Sport",
    title="Holvanka rowers take coastal regatta title in gusty final",
    byline="Dmytro Lesyk", published="2026-03-08T18:20:00Z", source="meta",
    tags=["Rowing"],
    paras=[
        "Holvanka Rowing Club won the men’s coastal fours at the Northern Regatta on Sunday, holding off a late charge from Merevo in a final rowed into a headwind that gusted above 30 kilometres an hour.",
        "The crew of Artem Sych, Maksym Doroh, Bohdan Kulyk and Ilya Fenn, with Sofiia Lan coxing, led from the first buoy and crossed the line 4.2 seconds ahead of the defending champions. It is the club’s first regatta title since 2017.",
        "Conditions were so rough that race officials delayed the final by forty minutes and shortened the course from six kilometres to four. Two crews in the earlier heats were forced to retire after taking on water.",
        "“We practise in worse than this all winter, so when the wind picked up we were almost happy,” said Sych, who at 34 is the oldest member of the crew. “The younger lads kept the rhythm and Sofiia steered us through the chop perfectly.”",
        "The women’s double of Kateryna Oliinyk and Mila Hurska took bronze in their event, and the club’s under-18 quad finished fifth in a field of fourteen. In all, Holvanka collected six medals over the weekend, its best haul at the event.",
        "The club’s head coach, Roman Tkachuk, said the result was a reward for a winter of early-morning sessions in the outer harbour. “These athletes have been on the water at six o’clock in the dark since November,” he said. “They deserve a day like this.”",
        "The national coastal rowing championships will be held in Merevo in June. Holvanka has entered three crews.",
    ])

add(id="U03", outlet="gazette", url="https://harbourgazette.example/city/night-bus-extended-eastern-estates",
    file="gazette-night-bus-extended-eastern-estates.html", section="City",
    title="City council extends night bus to the eastern estates",
    byline="Oksana Tereshko", published="2026-03-05T12:10:00Z", source="meta",
    tags=["City council", "Transport"],
    paras=[
        "Holvanka city council voted on Thursday to extend the N4 night bus to the housing estates east of the railway, ending a long campaign by shift workers who have had no public transport home after midnight.",
        "From 1 April the route will continue beyond the central station to Lypova, Sadova and the Pivnichnyi estate, adding six stops and about 3.5 kilometres to the line. Buses will run every 40 minutes between midnight and 5 a.m., seven nights a week.",
        "The extension will cost the city about €310,000 a year, most of it for two additional drivers and the fuel for a third vehicle. Councillors approved it by 31 votes to 4, with two abstentions.",
        "Nadiia Koval, a cleaner at the regional hospital who collected more than 2,000 signatures for the change, watched the vote from the public gallery. “For six years I have paid for a taxi or walked for an hour in the dark,” she said afterwards. “Tonight I am going to go home and sleep.”",
        "Councillors who voted against said they supported the idea but objected to paying for it from the road maintenance budget. “We will be filling fewer potholes so that a bus can run empty at four in the morning,” said councillor Yevhen Marchenko.",
        "The transport department said passenger numbers would be reviewed after six months. If fewer than 40 people a night use the new section, the council could cut the frequency to one bus an hour. The department also plans to add lighting at two of the new stops, which are on unlit stretches of road.",
        "Fares will be the same as on daytime buses, and monthly passes will be valid.",
    ])

# --- Northwire ------------------------------------------------------------------

add(id="U04", outlet="northwire", url="https://www.northwire.example/en/story/NW-20260312-0077/daravian-central-bank-holds-key-rate",
    file="northwire-central-bank-holds-key-rate.html", section="Business",
    title="Daravian central bank holds key rate at 3.75% as inflation cools",
    byline="Marek Holub", published="2026-03-12T10:30:00Z", source="json-ld",
    paras=[
        "Daravia’s central bank left its main interest rate unchanged at 3.75% on Thursday, saying inflation had slowed faster than expected but that wage growth remained too strong to risk a cut.",
        "Consumer prices rose 3.1% in the year to February, down from 3.9% in January, as energy costs fell and food inflation eased for the fifth month in a row. The bank’s target is 2.5%.",
        "Governor Alina Shevchuk told a news conference that the monetary policy board had discussed a quarter-point reduction but decided to wait for first-quarter wage data, due in late April. “We are closer to the point where we can ease, but we are not there yet,” she said.",
        "Two of the seven board members voted for a cut, the first dissent since the bank began raising rates three years ago. Economists read the split as a signal that a reduction could come as early as May.",
        "“The language has clearly shifted,” said Petra Lindqvist, chief economist at a regional brokerage in the capital. “Unless the wage numbers are a shock, we expect 3.5% by the summer and 3% by the end of the year.”",
        "The daravian crown strengthened slightly against the euro after the decision, while yields on two-year government bonds fell four basis points. Mortgage lenders, which have held fixed rates steady since January, are not expected to move before the next meeting.",
        "The bank also raised its forecast for economic growth this year to 2.2% from 1.8%, citing stronger exports of machinery and processed food, and a recovery in construction after two weak years. It warned, however, that a slowdown among its main trading partners remained the biggest risk to the outlook.",
    ])

add(id="U05", outlet="northwire", url="https://www.northwire.example/en/story/NW-20260309-0031/divers-map-seagrass-meadows-northern-coast",
    file="northwire-divers-map-seagrass-meadows.html", section="Science",
    title="Divers map seagrass meadows along the northern coast for the first time",
    byline="Jonas Kettle", published="2026-03-09T07:50:00Z", source="json-ld",
    paras=[
        "Marine biologists have completed the first detailed map of the seagrass meadows along Daravia’s northern coast, finding almost twice the area that scientists had previously estimated.",
        "Over two summers, teams of volunteer divers and researchers from the Coastal Ecology Institute surveyed 140 kilometres of shoreline, combining dives with sonar and aerial photographs taken by drones at low tide. They recorded 3,900 hectares of meadow, against earlier estimates of about 2,000.",
        "Seagrass shelters young fish, steadies sandy seabeds against storms and stores carbon in the sediment beneath it, in some places more efficiently per hectare than forests on land. Many meadows elsewhere in Europe have shrunk over the past century because of pollution, dredging and boat anchors.",
        "“We found meadows in places where the charts simply showed sand,” said Dr Hanna Rybak, who led the project. “Some of them are clearly old and healthy. Others are patchy, and the patterns of damage match the routes that leisure boats take to the anchorages.”",
        "The institute has published the map online and shared it with the environment ministry, which is preparing a list of areas where anchoring could be restricted. Local fishing associations, which helped fund the survey, said they supported protection in principle but wanted to be consulted on where lines were drawn.",
        "The researchers plan to return to twenty sites every year to measure changes. They also want to test whether meadows can be restored by replanting shoots grown from seed in tanks, a technique that has had mixed results in other countries.",
    ])

add(id="U06", outlet="northwire", url="https://www.northwire.example/en/story/NW-20260313-0155/island-ferry-operator-orders-battery-vessels",
    file="northwire-island-ferry-operator-battery-vessels.html", section="Business",
    title="Island ferry operator orders two battery-powered vessels",
    byline="Marek Holub", published="2026-03-13T09:15:00Z", source="json-ld",
    paras=[
        "Skerry Lines, which runs passenger and car ferries to the southern islands, has ordered two battery-powered vessels from a shipyard in Merevo, the company said on Friday, in a deal worth €58 million.",
        "The ships, each able to carry 300 passengers and 60 cars, will replace two diesel ferries built in the 1990s on the busiest crossing, a 35-minute route between the mainland terminal at Saltbay and the island of Ormsey. They are due to enter service in the spring of 2028.",
        "The vessels will charge their batteries from shore connections at both ends of the route during the ten-minute turnaround. A small diesel generator will be kept on board for emergencies and for the longest winter crossings, when heating demand is highest.",
        "Skerry Lines’ chief executive, Tomas Brenn, said the new ferries would cut the company’s fuel bill by about €2.4 million a year and reduce noise for residents near the terminals. “People on Ormsey have lived with engine noise at six in the morning for thirty years,” he said. “That will end.”",
        "The order is backed by a €20 million grant from the government’s clean shipping programme. The grid operator must still build a new substation at Saltbay, which the company said was the biggest risk to the timetable.",
        "The Merevo yard, which has built mainly fishing vessels and tugs, said the contract would secure about 400 jobs for three years.",
    ])

# --- Valley Post (both carry the same "about our newsroom" paragraph) -----------

add(id="U07", outlet="valleypost", url="https://news.valleypost.example/2026/03/06/council-approves-protected-cycle-lanes-mill-road/",
    file="valleypost-council-approves-cycle-lanes-mill-road.html", section="Local",
    title="Council approves protected cycle lanes on Mill Road",
    byline="Sian Holloway", published="2026-03-06T00:00:00Z", source="url", precision="day",
    paras=[
        "Ashcombe town council has approved plans for protected cycle lanes along the full length of Mill Road, after a heated meeting in which residents, shopkeepers and cycling groups spoke for almost two hours.",
        "The scheme will put kerbed lanes on both sides of the road between the railway bridge and the Kestrel roundabout, a distance of 1.6 kilometres. To make room, the council will remove 48 of the 71 on-street parking spaces and narrow the central reservation.",
        "Councillors voted nine to five in favour. The work, costed at £1.2 million and paid for mostly from a regional active travel grant, is expected to start in September and take about four months.",
        "Supporters pointed to the road’s accident record: eleven people on bicycles have been injured on Mill Road in the past five years, two of them seriously. “My son cycles to school along there and I hold my breath every morning,” said Laura Benning, who spoke for the Mill Road Parents’ Group.",
        "Several traders said losing parking would drive customers to the retail park outside town. Graham Tull, who runs a hardware shop near the bridge, said half his trade came from people who needed to carry heavy goods to their cars. The council has promised two loading bays and twelve short-stay spaces on side streets.",
        "A consultation on the detailed design, including the position of bus stops and crossings, will open next month.",
        VALLEYPOST_NEWSROOM,
    ])

add(id="U08", outlet="valleypost", url="https://news.valleypost.example/2026/03/12/ashcombe-library-reopens-after-flood/",
    file="valleypost-ashcombe-library-reopens-after-flood.html", section="Culture",
    title="Ashcombe library reopens a year after the flood, with a café and a repair shop",
    byline="Sian Holloway", published="2026-03-12T00:00:00Z", source="url", precision="day",
    paras=[
        "Fourteen months after floodwater poured through its ground floor, Ashcombe’s public library reopened on Thursday morning to a queue of readers that stretched past the war memorial.",
        "The building on Bridge Street was closed in January last year when the Kest burst its banks and left 60 centimetres of muddy water in the lending hall. About 9,000 books were lost, along with the children’s section, the computers and most of the furniture.",
        "The renovated library has raised floors, waterproof wall linings and power sockets mounted a metre above the ground. The old reading room has become a small café run by a local social enterprise, and a former storeroom now hosts a repair shop where volunteers mend lamps, toasters and clothes every Saturday.",
        "“People told us what they wanted, and what they wanted was somewhere to sit and stay,” said the head librarian, Renée Dubois, who has worked at the branch for nineteen years. “A library isn’t only the books. It’s the warm room, the toilet, the printer, the person who helps you fill in a form.”",
        "The restoration cost £840,000, covered by insurance, the county council and £65,000 raised by residents through quiz nights, sponsored walks and a sale of salvaged furniture. Publishers and other libraries donated more than 4,000 books to rebuild the collection.",
        "The library will open six days a week, with late opening until 8 p.m. on Wednesdays.",
        VALLEYPOST_NEWSROOM,
    ])

# --- Pulse24 ------------------------------------------------------------------------

add(id="U09", outlet="pulse24", url="https://pulse24.example/seven-everyday-foods-that-may-sharpen-your-memory/",
    file="pulse24-seven-foods-sharpen-memory.html", section="Health",
    title="Seven everyday foods that may sharpen your memory",
    byline="Pulse24 Desk", published="2026-03-13T06:00:00Z", source="meta",
    paras=[
        "Forget expensive supplements. Nutrition researchers say that some of the most useful foods for an ageing brain are already in most kitchen cupboards. Here are seven worth adding to your weekly shop, and what the evidence actually says about them.",
        "1. Oily fish. Sardines, mackerel and herring are rich in omega-3 fats, which form part of the membranes of brain cells. Large observational studies link eating fish twice a week with slower memory decline, although trials of fish-oil capsules have been less convincing.",
        "2. Leafy greens. Spinach, kale and cabbage provide folate and vitamin K. One long-running study of older adults found that those who ate a daily serving of greens had memory scores similar to people several years younger.",
        "3. Berries. Blueberries and strawberries contain flavonoids, plant compounds that small trials have connected with better recall. The effects are modest, but berries are also a low-sugar snack.",
        "4. Eggs. Egg yolks are one of the best sources of choline, which the body uses to make a chemical messenger involved in memory.",
        "5. Nuts. A handful of walnuts or almonds a day supplies healthy fats and vitamin E. Nuts are a staple of the Mediterranean-style diets that are consistently associated with healthy ageing.",
        "6. Beans and lentils. They release energy slowly, keeping blood sugar steady, and are rich in fibre, which feeds gut bacteria that researchers increasingly believe influence the brain.",
        "7. Coffee and tea. Moderate caffeine improves alertness and attention in the short term. Green tea also contains an amino acid that appears to promote calm focus.",
        "No single food will prevent memory loss, experts stress. Sleep, exercise, not smoking and staying socially active matter at least as much as what is on your plate.",
    ],
    comments=[("Dana", "Coffee counts? Then I'm a genius."), ("Mike T.", "Sardines every day is not happening.")])

add(id="U10", outlet="pulse24", url="https://pulse24.example/why-your-phone-battery-drains-faster-in-winter/",
    file="pulse24-phone-battery-drains-faster-winter.html", section="Tech",
    title="Why your phone battery drains faster in winter, and what to do about it",
    byline="Pulse24 Desk", published="2026-03-02T08:30:00Z", source="meta",
    paras=[
        "If your phone seems to die twice as fast on a cold walk to work, you are not imagining it. Lithium-ion batteries, which power almost every smartphone, really do lose capacity when the temperature drops, and the reason lies in basic chemistry.",
        "A battery produces current when lithium ions travel through a liquid electrolyte from one electrode to the other. In the cold, that liquid becomes more viscous and the ions move more slowly. The battery cannot deliver power as easily, so the voltage sags, and the phone’s software reads the lower voltage as a nearly empty battery.",
        "The good news is that most of the lost charge is not really gone. Once the phone warms up, much of the apparent capacity returns. Manufacturers generally say their devices work best between 0 and 35 degrees Celsius.",
        "The bad news is that charging a very cold battery can do lasting harm. Below freezing, lithium can build up as metal on the surface of the electrode instead of slipping inside it, permanently reducing capacity. That is why some phones refuse to charge until they have warmed up.",
        "Engineers suggest a few simple habits. Keep the phone in an inside pocket, close to your body, rather than in a bag or a coat pocket. Avoid leaving it in a car overnight. Let it warm up to room temperature before plugging it in. And if you are heading somewhere truly cold, such as a ski slope, a small power bank kept warm in an inner pocket is the best insurance.",
        "Thin cases make little difference, but a phone in an insulated pouch will hold its charge noticeably longer on a frosty day.",
    ])

# --- InfoBridge (windows-1252, no dates) --------------------------------------------

add(id="U11", outlet="infobridge", url="https://infobridge.example/article.php?id=88004",
    file="infobridge-shipwreck-timber-dated.html", section="Science",
    title="Timber from estuary shipwreck dated to the early 1400s",
    byline="Staff Writer", published=None, source="",
    paras=[
        "Oak planks recovered from a wreck in the mud of the Sarn estuary were cut from trees felled between 1408 and 1416, according to tree-ring analysis published this week, making the vessel one of the oldest merchant ships found on this coast.",
        "The wreck was discovered in 2023 by a dredging crew clearing a silted channel. Archaeologists from the regional heritage service have since recovered about 40 timbers, a section of the keel and fragments of rope, barrel staves and leather shoes.",
        "Dendrochronologists compared the growth rings in the timbers with reference sequences built up from dated buildings and other wrecks. The pattern matched oak from forests several hundred kilometres to the south, suggesting that the ship was built far from where it sank.",
        "“The ship was probably a small cargo carrier, perhaps twenty metres long, working the coastal trade in grain, salt or cloth,” said Dr Elin Vasko, the archaeologist leading the project. “We think she sank at her mooring, because the lower hull is intact and there is no sign of a violent wreck.”",
        "Some of the finds have surprised the team. Among the barrel staves were pieces of cask made from fir, which does not grow locally, and a bronze weight stamped with a merchant’s mark that has not yet been identified.",
        "The timbers are being kept in tanks of water at a conservation laboratory while the team decides whether to raise the remaining hull. A final report is expected next year.",
    ])

# --- Today Report (dates only in the URL) --------------------------------------------

add(id="U12", outlet="todayreport", url="https://www.todayreport.example/science/2026/03/07/amateur-astronomer-spots-new-comet.html",
    file="todayreport-amateur-astronomer-spots-comet.html", section="Science",
    title="Amateur astronomer spots new comet from her back garden",
    byline="Nadia Brook", published="2026-03-07T00:00:00Z", source="url", precision="day",
    paras=[
        "A retired schoolteacher has discovered a new comet using a telescope in her back garden, becoming the first amateur in more than a decade to have one named after her.",
        "Margit Ellwood, 67, was photographing a faint galaxy in the early hours of 24 February when she noticed a small, fuzzy smudge that did not appear on older images of the same patch of sky. Over the next two nights she tracked it moving slowly against the background stars.",
        "She reported the object to an international clearing house for new discoveries, which asked professional observatories to confirm it. Within a week, the smudge had been officially designated a comet and given her name.",
        "“I thought it was a speck of dust on the camera,” Ellwood said. “I cleaned the lens twice before I believed it.”",
        "Astronomers say the comet is currently about 400 million kilometres from the Sun and far too faint to see without a telescope. Calculations of its orbit suggest it is a long-period comet, last seen in the inner solar system tens of thousands of years ago. It will make its closest approach to the Sun next January.",
        "Ellwood took up astronomy after retiring from teaching physics and spent two years building her own observatory, a garden shed with a roof that slides open on rails. She has since found two variable stars and several asteroids, but said a comet was something she had only dreamed of.",
        "Professional surveys now find most new comets automatically, but amateurs still make discoveries in parts of the sky that large telescopes watch less often, such as close to the Sun at dawn and dusk.",
    ])

add(id="U13", outlet="todayreport", url="https://www.todayreport.example/culture/2026/03/03/town-hall-clock-ticks-again.html",
    file="todayreport-town-hall-clock-ticks-again.html", section="Culture",
    title="Town hall clock ticks again after volunteers spend three years restoring it",
    byline="Nadia Brook", published="2026-03-03T00:00:00Z", source="url", precision="day",
    paras=[
        "For the first time since 2019, the clock on Kestermouth town hall is telling the right time, thanks to a group of retired engineers who spent three years taking it apart, repairing it and putting it back together.",
        "The clock, installed in 1902, had been stopped at twenty past four for almost seven years after a broken gear wheel jammed the mechanism. The council could not find the £90,000 a specialist firm quoted for the repair.",
        "Instead, five volunteers from the local model engineering society offered to do the work for nothing. They carried the movement down from the tower piece by piece, catalogued more than 300 parts and made a new gear wheel on a lathe in a member’s garage.",
        "“None of us had worked on a tower clock before,” said Alan Prewitt, 74, a former marine engineer. “But a clock is just a machine, and we have all spent our lives fixing machines.”",
        "The hardest part was the escapement, the mechanism that releases the gears one tooth at a time. Its pallets were so worn that the team had to build them up with new metal and file them back by hand, a job that took most of last winter.",
        "Local businesses paid for materials and for scaffolding inside the tower. The council has promised to pay for an electric winding system so that volunteers no longer have to climb 86 steps twice a week to wind it.",
        "The clock was restarted at noon on Saturday in front of a crowd of about 300 people. It struck twelve, a little slowly, and the crowd applauded.",
    ])

# --- Frontier Observer -------------------------------------------------------------

add(id="U14", outlet="frontier", url="https://frontierobserver.example/tolvyn-united-part-ways-with-coach-after-cup-exit/",
    file="frontier-tolvyn-united-part-ways-with-coach.html", section="Sport",
    title="Tolvyn United part ways with coach after cup exit",
    byline="Editorial Staff", published="2026-03-09T20:05:00Z", source="json-ld",
    paras=[
        "Tolvyn United dismissed head coach Fedir Malko on Monday, two days after the club was knocked out of the national cup by a second-division side.",
        "The 2-1 defeat at Lisna Dolyna on Saturday ended Tolvyn’s last realistic chance of a trophy this season and left the club eleventh in the league, nine points above the relegation places. It was their fourth defeat in five matches in all competitions.",
        "Malko, 48, was appointed in the summer of 2024 and led the team to third place in his first season, earning a place in European qualifying. But the club sold its two leading scorers last summer and has struggled to create chances since, scoring only 19 goals in 22 league games.",
        "In a short statement, the club thanked Malko “for his work and his commitment” and said assistant coach Serhii Bilyi would take charge of the team until the end of the season. The club’s president, Oleh Vynar, said a permanent appointment would be made “calmly, with no rush”.",
        "Supporters had turned against the coach in recent weeks, and some unfurled a banner calling for his departure during Saturday’s match. Several senior players, however, praised Malko on social media after the announcement.",
        "Tolvyn’s next match is at home to Pryrichne on Saturday. Bilyi, a former club captain who has never managed a senior team, said his priority was to “give the players back their confidence and give the fans a reason to sing”.",
    ])

# --- NewsGlobe Daily (no dates) -----------------------------------------------------

add(id="U15", outlet="newsglobe", url="https://newsglobe-daily.example/news/winter-swimmers-record-crowd-7732",
    file="newsglobe-winter-swimmers-record-crowd.html", section="Lifestyle",
    title="Record crowd of winter swimmers braves icy lake for charity",
    byline="NewsGlobe", published=None, source="",
    paras=[
        "More than 1,200 swimmers plunged into the icy water of Lake Vallin on Sunday for the annual winter swim, a record turnout for an event that began twenty years ago with a dozen friends and a bet.",
        "The water temperature was measured at 2.8 degrees Celsius shortly before the first wave of swimmers entered from the beach at Kirkhaven. Organisers had cut a 50-metre channel through a thin layer of ice on Saturday afternoon.",
        "Most participants stayed in for less than a minute, but about 80 experienced cold-water swimmers completed a 200-metre course marked with buoys, watched by lifeguards in dry suits. Medical teams treated three people for mild hypothermia; none needed hospital care.",
        "The event raised about €46,000 for a children’s hospice and for the lake’s volunteer rescue service, which bought a new rescue sled last year with money from the swim.",
        "“It hurts for about thirty seconds and then you feel fantastic for the rest of the day,” said Lena Haugsted, 71, who has taken part every year since the first swim. “My doctor says I am mad. My doctor also says my blood pressure is excellent.”",
        "Doctors warn that sudden immersion in cold water can trigger a dangerous gasp reflex and heart rhythm problems, and advise beginners to swim only at organised events, never alone, and to get out before they start to shiver uncontrollably.",
    ])

# --- MetroFlash --------------------------------------------------------------------------

add(id="U16", outlet="metroflash", url="https://metroflash.example/food/chef-opens-rooftop-restaurant-old-tram-depot",
    file="metroflash-chef-opens-rooftop-restaurant.html", section="Food",
    title="Chef opens rooftop restaurant above the old tram depot",
    byline="Lina Orsen", published="2026-03-11T14:45:00Z", source="meta",
    paras=[
        "The chef behind one of the capital’s most talked-about bistros has opened a second restaurant on the roof of the old tram depot in the Lantern district, with 70 seats, a wood-fired grill and a view across the railway yards to the river.",
        "Yana Moros, who trained in hotel kitchens on the coast before opening her first place six years ago, said the new restaurant would focus on vegetables and fish from small farms and boats within 150 kilometres of the city.",
        "“I wanted a kitchen where the fire does most of the work,” she said. “Smoke, ash, a little salt. If the ingredient is good you do not need to hide it.”",
        "The menu changes weekly. On opening night it included grilled leeks with hazelnut sauce, smoked trout with pickled beetroot, and a whole flatfish for two cooked over embers. Main courses cost between €19 and €32, and there is a set lunch for €24.",
        "The depot, built in 1911 and closed to trams in 1987, has been converted into offices, a climbing wall and a food market. The developers spent two years reinforcing the roof so that it could carry the restaurant’s kitchen and a glass dining room for winter.",
        "Booking opens a month in advance, and the first four weekends sold out within a day. Moros said she would keep ten tables free each evening for walk-in guests. “A restaurant should not only be for people who plan their lives a month ahead,” she said.",
    ])

# --- Ports & Cargo Weekly -------------------------------------------------------------

add(id="U17", outlet="portscargo", url="https://portsandcargo.example/technology/shipyard-launches-hydrogen-harbour-tug",
    file="portscargo-shipyard-launches-hydrogen-tug.html", section="Technology",
    title="Shipyard launches first hydrogen-powered harbour tug",
    byline="Ingrid Salo", published="2026-03-04T08:00:00Z", source="meta",
    paras=[
        "A shipyard in Saltbay has launched what it says is the country’s first harbour tug powered by hydrogen fuel cells, a 28-metre vessel that will begin trials in the spring.",
        "The tug, named Aurora, carries compressed hydrogen in tanks mounted behind the wheelhouse. Fuel cells convert the gas into electricity, which drives two electric motors with a combined bollard pull of 65 tonnes, comparable to a conventional diesel tug of the same size. A battery pack supplies extra power for short bursts of heavy work.",
        "The yard’s technical director, Piet Aalders, said the main challenge had been safety rather than propulsion. “Hydrogen is light and escapes quickly, which is good, but it burns easily. We designed the ventilation and the sensors first, and built the rest of the boat around them,” he said.",
        "Aurora will have enough fuel for about twelve hours of typical harbour work before refuelling, which will be done from a mobile trailer until a permanent filling station is built on the quay. The hydrogen will initially be delivered by truck from an industrial plant 90 kilometres away.",
        "The vessel cost about €14 million, roughly three times as much as a diesel equivalent, and half of that was paid by a national research programme. The operator hopes running costs will fall as hydrogen production grows.",
        "Harbour tugs are considered good candidates for alternative fuels because they work short shifts close to their base. The trial will run for eighteen months, and the results will be shared with other ports considering similar vessels.",
    ])

# --- Capital Courier -----------------------------------------------------------------

add(id="U18", outlet="courier", url="https://capitalcourier.example/politics/parliament-debates-free-school-meals-expansion",
    file="courier-parliament-debates-free-school-meals.html", section="Politics",
    title="Parliament debates expanding free school meals to all primary pupils",
    byline="Stefan Moroz", published="2026-03-11T17:40:00Z", source="json-ld",
    paras=[
        "Members of parliament clashed on Wednesday over a government proposal to give free lunches to every primary school pupil from September, a plan that would cost an estimated €180 million a year.",
        "At present, only children from low-income families receive free meals, about 28% of primary pupils. The education minister, Daryna Kostiv, told the chamber that the means test left out many families just above the threshold and stigmatised the children who did qualify.",
        "“A child who is hungry at eleven o’clock does not learn at eleven o’clock,” Ms Kostiv said. “We feed every child, and we stop asking six-year-olds to queue separately because of their parents’ payslips.”",
        "Opposition deputies said the money would be better spent on raising teachers’ salaries and repairing school buildings, more than 400 of which still have outdoor toilets according to a report last year. Others questioned whether school kitchens could cope with doubling the number of meals in six months.",
        "The school caterers’ association said many kitchens would need new equipment and more staff, and asked for at least a year to prepare. Local authorities, which employ the kitchen staff, warned that the national budget set aside for them did not cover wage increases agreed in January.",
        "The bill passed its first reading by 112 votes to 87 and now goes to the education committee, which has until the end of April to propose amendments. A final vote is expected in May.",
    ])

add(id="U19", outlet="courier", url="https://capitalcourier.example/culture/national-museum-returns-embroidered-costumes",
    file="courier-national-museum-returns-costumes.html", section="Culture",
    title="National museum returns embroidered wedding costumes to the village that made them",
    byline="Halyna Vira", published="2026-03-06T11:00:00Z", source="json-ld",
    paras=[
        "Three embroidered wedding costumes that left the mountain village of Verkhnie Pole more than a century ago went home on Friday, lent by the National Museum of Folk Art to the village’s newly opened heritage centre.",
        "The costumes, a bride’s dress, a groom’s shirt and a sleeveless jacket worn by the matchmaker, were bought by a travelling collector in 1908 and entered the museum’s collection in the 1930s. They have rarely been shown in public because the linen is fragile.",
        "Conservators spent eight months cleaning and stabilising the garments and built a climate-controlled display case for the small stone building that serves as the heritage centre. The loan is for five years and can be renewed.",
        "The costumes are embroidered in a distinctive pattern of red and black diamonds that older women in the village still stitch. Several of them came to the opening, some wearing blouses they had made in the same style.",
        "“My grandmother told me about these dresses, but I thought they were just a story,” said Mariia Hutsul, 81. “Now I have seen them with my own eyes, and I know our stitch is older than anyone remembered.”",
        "The museum’s director said the loan was part of a wider effort to show objects in the communities they came from, and that talks were under way with four other villages.",
    ])

# --- Ridgeway Times (two carry the same hill-weather paragraph) ------------------------

add(id="U20", outlet="ridgeway", url="https://ridgewaytimes.example/weather/frost-freezing-fog-forecast-uplands",
    file="ridgeway-frost-freezing-fog-forecast.html", section="Weather",
    title="Frost and freezing fog forecast for the uplands this weekend",
    byline="Carys Fenwick", published="2026-03-12T15:30:00Z", source="meta",
    paras=[
        "After a week of mild, damp weather, a sharp frost is forecast to return to the Ridgeway uplands from Friday night, with freezing fog likely to linger in the valleys until late morning on Saturday and Sunday.",
        "Forecasters expect temperatures to fall to minus five degrees on the high moors and around minus two in Ridgeway and Ashcombe. Skies should clear in the afternoons, giving two bright, still days with highs of six or seven degrees.",
        "The combination of fog and frost can make roads treacherous, particularly on the Combe Pass and the valley road below the Kestrel viaduct, where the sun does not reach the tarmac until midday. The county council said its gritting lorries would be out on the main routes from 8 p.m. on Friday.",
        "Gardeners are advised to cover early blossom and young seedlings, and livestock farmers to check water troughs, which are likely to freeze overnight.",
        "Walkers planning to head onto the tops should expect ice on paths above 400 metres and poor visibility in the early morning. Mountain rescue volunteers attended two incidents last weekend in which walkers became lost in fog.",
        RIDGEWAY_WEATHER,
        "Milder, wetter weather is expected to arrive from the west on Monday.",
    ])

add(id="U21", outlet="ridgeway", url="https://ridgewaytimes.example/sport/hill-runners-brave-sleet-ridgeway-fell-race",
    file="ridgeway-hill-runners-brave-sleet-fell-race.html", section="Sport",
    title="Hill runners brave sleet in the Ridgeway fell race",
    byline="Owen Pryce", published="2026-03-09T19:00:00Z", source="meta",
    paras=[
        "More than 230 runners tackled sleet, bog and a stiff north-westerly on Sunday in the 41st Ridgeway fell race, a 19-kilometre loop that climbs 1,100 metres over three summits.",
        "Cal Hendry of Ashcombe Harriers won the men’s race in 1 hour 48 minutes, almost four minutes ahead of the field, after breaking away on the steep descent from Black Knott. Freya Lomas, a 19-year-old student running only her second fell race, won the women’s race in 2:06, beating the course record holder into second place.",
        "“I couldn’t see my feet on the top for the sleet, so I just followed the flags and hoped,” Lomas said. “My hands stopped working about halfway round.”",
        "Race organisers enforced the full kit rule for the first time in several years, checking that every runner carried waterproofs, a hat, gloves, a map and a compass. Eleven runners withdrew at the checkpoint on the second summit, and two were helped down by marshals.",
        RIDGEWAY_WEATHER,
        "The race, which began in 1985 with 17 runners, raised £3,800 for the Ridgeway mountain rescue team, whose volunteers staffed the checkpoints. Next year’s race is provisionally set for the second Sunday in March.",
    ])

add(id="U22", outlet="ridgeway", url="https://ridgewaytimes.example/education/ashcombe-pupils-win-national-robotics-final",
    file="ridgeway-ashcombe-pupils-win-robotics-final.html", section="Education",
    title="Ashcombe pupils win national robotics final with a litter-picking rover",
    byline="Carys Fenwick", published="2026-03-05T13:20:00Z", source="meta",
    paras=[
        "A team of five pupils from Ashcombe Community School has won the national schools robotics final with a rover that can find and pick up litter on a beach.",
        "The 14- and 15-year-olds spent eight months designing and building the machine, which uses a camera and a small computer to tell plastic from seaweed and shells, and a gripper made from a modified garden tool to collect it. In the final round, it cleared a test area of 30 items in four minutes, picking up the wrong object only once.",
        "The team beat 46 other schools and a shortlist of eight finalists, including several from large city schools with dedicated engineering departments. The prize includes £5,000 for the school’s science department and a visit to a university robotics laboratory.",
        "“The hardest bit was teaching it what a crisp packet looks like when it’s wet and folded,” said team member Aisha Kerr, 15. “We took about two thousand photos on the beach at Porthmorrow to train it.”",
        "Their teacher, Martin Quayle, who runs an after-school engineering club, said the pupils had done almost all of the work themselves. “My job was mostly buying parts and driving the minibus,” he said.",
        "The team now plans to test the rover on a real beach clean-up with a local conservation group in the summer.",
    ])


# Extra paragraphs, inserted at the given position (negative counts from the end).
EXTRA = {
    "U02": (-1, "Merevo’s coach, Ludmila Danko, did not dispute the result but said the shortened course had suited the Holvanka crew’s fast start. “Over six kilometres we would have caught them,” she said. “We will find out in June.”"),
    "U03": (-1, "Drivers’ union representatives welcomed the decision but asked the council to provide a staffed rest room at the new terminus, saying that drivers on the existing night routes have nowhere to wait in winter except inside their buses."),
    "U04": (-1, "Business groups welcomed the decision to hold rates but urged the bank to move quickly once the wage figures were known. Retailers’ federation president Ostap Berezin said high borrowing costs were still holding back investment by small firms, particularly in the regions outside the capital."),
    "U05": (-1, "The survey also recorded smaller patches of a rarer species of seagrass in two sheltered bays, the first confirmed sightings on this coast for more than thirty years. The researchers have not published the exact locations, to protect the plants from disturbance by divers and boats."),
    "U06": (-1, "Passengers will notice other changes too. The new vessels will have a larger enclosed lounge, lifts between the car deck and the passenger deck, and space for twenty bicycles, which the current ferries carry on an open deck. Ticket prices will not rise because of the new ships, the company said."),
    "U10": (-1, "Very hot weather is a bigger long-term threat than cold. Leaving a phone on a car dashboard in summer sunshine, or charging it under a pillow, speeds up the chemical reactions that wear a battery out, and that damage does not reverse when the phone cools down."),
    "U11": (-1, "The estuary has yielded other finds over the years, including a dugout canoe and several medieval anchors, but this is the first complete hull section. The heritage service said the mud had preserved the timbers unusually well by keeping out oxygen."),
    "U12": (-1, "She plans to keep watching the comet as it brightens over the coming months. If its predicted path holds, it could become visible through good binoculars from dark sites by the autumn, although astronomers caution that the brightness of new comets is notoriously hard to forecast."),
    "U13": (-1, "The volunteers kept a detailed log of the restoration, with photographs of every part, so that future repairs will be easier. The notebook, now five volumes long, is being copied for the town archive."),
    "U14": (-1, "Malko becomes the fourth coach to leave a top-division club this season. His departure is expected to cost Tolvyn about half a million in compensation, as his contract ran until the summer of 2027, and the club’s board is said to want a younger replacement who can work with the academy players promoted in the autumn."),
    "U15": (-1, "Local businesses along the shore said the event now brought more visitors to Kirkhaven than any weekend of the summer. Cafés opened early, and a sauna built on a trailer by a local carpenter had a queue of shivering swimmers for most of the afternoon."),
    "U15b": (-1, "Next year’s swim is already planned for the first Sunday in February. Organisers said they would cap entries at 1,500 and add a second changing tent after long queues this year."),
    "U16": (-1, "The building’s owners said the restaurant was the final piece of a conversion that had brought about 600 jobs to the site. Residents of the surrounding streets, who had opposed an earlier plan for a late-night bar on the roof, said they had been promised that the terrace would close at eleven."),
    "U17": (-1, "Crews have spent three months training on a simulator and in the yard’s test hall. The operator said it had recruited two engineers with experience of hydrogen systems in the chemical industry, and that all its skippers would complete a new safety course before the tug enters regular service."),
    "U18": (-1, "Parent groups have lobbied for universal meals for several years, arguing that many working families fall just above the income threshold. A survey by the national parents’ association last autumn found that one in five primary pupils arrived at school without having eaten breakfast at least once a week."),
    "U19": (-1, "The heritage centre, opened last year in a former school, is run by volunteers and is open at weekends from May to October. It also holds a collection of photographs of village weddings from the 1920s onwards, donated by local families, and will host embroidery classes for children this summer."),
    "U19b": (-1, "Villagers raised money for the display case themselves, through a harvest fair and an online appeal that drew donations from descendants of families who emigrated from the valley a century ago."),
    "U20": (-2, "Anyone driving early on Saturday should allow extra time and watch for black ice on bridges and shaded bends. Bus operators said services on the upland routes might start later than timetabled if the roads had not been treated."),
    "U21": (-2, "Organisers said the course had been checked on Saturday afternoon and that a shorter bad-weather route over a single summit had been ready in case the forecast worsened. In the end the race director decided the full course was safe, as long as every runner carried full kit."),
    "U22": (-1, "The competition, now in its ninth year, asks teams to build a robot that solves an environmental problem. Last year’s winners designed a machine that sorted recycling, and the year before a drone that counted seabirds on cliffs."),
    "U22b": (-1, "The school’s head teacher, Gwen Harrow, said the win would help the club attract more pupils, particularly girls, three of whom were in the winning team."),
}

for _a in U:
    for _key in (_a["id"], _a["id"] + "b"):
        if _key in EXTRA:
            _pos, _text = EXTRA[_key]
            _a["paras"].insert(len(_a["paras"]) + _pos if _pos < 0 else _pos, _text)
