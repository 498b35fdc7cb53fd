"""Weather."""
from lib import base, pair, doc, derived
from boiler import HT_ABOUT

# ---------------------------------------------------------------- bases

base("storm-idris", "weatherdesk.example", "2025-12-06T09:00:00Z", "storm-idris-batters-coast",
     "Storm Idris: 94mph gusts leave 70,000 homes without power", """
Storm Idris brought gusts of up to 94mph to the western coast overnight, leaving about
70,000 homes without power, closing the Hollinsford to Ardlow ferry and bringing down trees
across roads and railway lines.

The strongest gust was recorded at the Ardlow Island lighthouse at 3.40am. Gusts of more
than 70mph were measured at Hollinsford harbour and on the high ground of the Fells, and
the national weather service said several stations had recorded their highest December
wind speeds since 1999.

Northern Grid said engineers had restored supplies to around 25,000 properties by 8am but
warned that some rural customers might be without electricity until Monday. Most of the
damage was caused by trees falling on overhead lines in the Tarn Valley and on the
Eastbank.

The railway line between Lydmouth and Hollinsford was closed after a tree fell on the track
near Corrick, and the Fells Road was blocked by a fallen lorry at Black Fell summit. No
one was seriously hurt.

Coastguards were called to Hollinsford harbour just after midnight after three yachts broke
from their moorings. Two were recovered; the third was driven onto the harbour wall and
sank.

A red warning for wind, the highest level, was lifted at 7am, but an amber warning remains
in force until 6pm. Forecasters say heavy rain following the storm could cause flooding on
the Tarn and its tributaries over the weekend.

"This is a storm that people will remember," said the weather service's chief
meteorologist, Dr Alasdair Cowan. "The worst of the wind is now moving away, but the ground
is saturated and the rivers are rising, so the danger is not over."
""")

base("tarn-floods", "granitewire.example", "2025-12-07T14:20:00Z", "tarn-flood-warnings-idris",
     "Severe flood warnings on the Tarn as rivers rise after Storm Idris", """
TARNLEY, Dec 7 (GW) - Two severe flood warnings, meaning a danger to life, were issued for
the River Tarn on Sunday as heavy rain following Storm Idris pushed river levels close to
records.

The warnings cover Tarnley town centre and the village of Low Garth, where about 400
properties are at risk. Residents were advised to move to higher ground.

The river at Tarnley Bridge reached 4.71 metres at noon, 12 centimetres below the record
set in 2015, and was still rising, the Rivers and Coasts Authority said. It expects the
river to peak late on Sunday evening.

Emergency services evacuated 35 residents of a care home in Low Garth on Sunday morning.
A rest centre has been opened at Tarnley Leisure Centre.

"Please do not try to walk or drive through flood water," the authority's duty manager,
Karen Bellis, said. "Thirty centimetres of moving water is enough to float a car."

A further 22 flood warnings and 40 less serious flood alerts are in force across the north.

(Reporting by Owen Pryce; editing by Alys Penrose)
""", style="news")

base("wenlow-snow", "compasspress.example", "2026-01-19T12:00:00Z", "wenlow-record-snowfall",
     "Wenlow buried under record 64cm of snow", """
The town of Wenlow recorded 64 centimetres of snow in 36 hours, the deepest fall in the
north since records began, the national weather service said on Monday. (CPA)

The previous record, 58 centimetres, was set at the Black Fell weather station in 1963.

Hundreds of drivers were stranded overnight on the Fells Road between Wenlow and Tarnley,
where mountain rescue teams and farmers with tractors helped to free vehicles. About 200
people spent the night in the town's school and community hall.

All schools in Wenlow and the surrounding villages were closed on Monday, and bin
collections were suspended. The town's only supermarket ran out of bread and milk by
mid-morning.

"We have had big snow before, but nothing like this," said Wenlow councillor Ruth Armitage.
"The snow is above the windowsills in parts of the old town."

Forecasters say further snow showers are expected on Tuesday, followed by a slow thaw from
Wednesday. The weather service has warned of a risk of flooding as the snow melts.

The regional assembly said it had sent extra gritters and snowploughs from Lydmouth and
asked the army to be ready to help if needed.
""", style="news")

base("hosepipe-ban", "valleygazette.example", "2025-08-05T08:30:00Z", "tarn-water-hosepipe-ban",
     "Tarn Water announces hosepipe ban for 640,000 customers", """
A hosepipe ban will come into force across the Tarn Valley and Lydmouth next Friday, after
the driest spring and summer in the region for more than sixty years.

Tarn Water said the ban, its first since 2018, would affect about 640,000 customers. From
15 August, using a hosepipe to water gardens, wash cars or fill paddling pools and
swimming pools will be banned, with fines of up to £1,000 for anyone caught breaking the
rules.

The company's reservoirs are at 47 per cent of capacity, compared with an average of 78
per cent for the time of year. Rainfall between March and July was just over half the
long-term average.

"We do not take this decision lightly," said Tarn Water's operations director, Hugh
Penrose. "A ban now gives us the best chance of protecting supplies for essential use into
the autumn if the dry weather continues."

The company has been criticised for leakage, which it says accounts for about 19 per cent
of the water it puts into its pipes. Campaigners said customers should not be asked to save
water while so much was being lost underground.

Tarn Water said it had increased the number of leak-detection teams from 30 to 45 this
summer and was fixing about 400 leaks a week.

The ban does not apply to watering with a can, using a hosepipe for health and safety
reasons, or to businesses that need water for their work.
""")

base("church-lightning", "heronfm.example", "2025-08-16T07:45:00Z", "lightning-strike-st-cuthberts-wenlow",
     "Lightning strike sets fire to Wenlow church roof", """
Firefighters spent more than four hours tackling a blaze at St Cuthbert's Church in Wenlow
after the 15th-century building was struck by lightning during a thunderstorm last night.

The fire broke out in the roof of the nave shortly after 10pm. Eight crews from across the
Fells attended, and the roof of the nave partly collapsed shortly before midnight. The
tower and the chancel were saved.

Nobody was inside the church at the time and no one was hurt.

Watch manager Andy Crossley said firefighters had worked hard to stop the fire spreading to
the tower, which holds a ring of eight bells. "Lightning strikes on old buildings are rare,
but when they happen the fire gets into roof timbers that have been drying out for
centuries," he said.

The vicar, the Reverend Claire Moffat, said she had watched from the churchyard as the roof
burned. "It is heartbreaking, but the building is not the church. The church is the people,
and they were all there last night, helping to carry things out," she said.

Parishioners rescued a medieval chest, the parish registers and the altar cross before
firefighters made the building safe. The church's stained glass east window, dating from
1872, appears to have survived.

Sunday services will be held in the church hall.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "storm-idris",
     derived("heronfm.example", "2025-12-06T10:30:00Z", "storm-idris-94mph-power-cuts"),
     "republished with the meteorologist's name misspelled (Cowan -> Cowen) and '8am' "
     "written as '8 a.m.'",
     hard=True,
     ops=[("sub", "Dr Alasdair Cowan", "Dr Alasdair Cowen", "alias"),
          ("sub", "by 8am", "by 8 a.m.", "edit")])

pair("duplicate", "wenlow-snow",
     derived("fellsidenews.example", "2026-01-19T15:00:00Z", "wenlow-64cm-snow-record",
             style="news"),
     "agency copy with the (CPA) tag replaced by a dash-credit at the end",
     ops=[("sub", " (CPA)", "", None), ("post", "- Compass Press Agency", None)])

pair("duplicate", "church-lightning",
     derived("wenlowweekly.example", "2025-08-16T11:00:00Z", "st-cuthberts-roof-fire-lightning",
             title="St Cuthbert's roof destroyed after lightning strike"),
     "same text, 'last night' changed to 'on Friday night' after the day turned, new headline",
     ops=[("sub", "during a thunderstorm last night", "during a thunderstorm on Friday night", "edit"),
          ("sub", "they were all there last night", "they were all there on Friday night", "edit")])

# ---------------------------------------------------------------- copies

pair("copy", "storm-idris",
     derived("newsrelay24.example", "2025-12-06T12:00:00Z", "storm-idris-100mph-winds", style="id",
             title="Storm Idris: 100mph winds batter coast"),
     "relay inflates the gust figure, drops the yacht paragraph, adds a framing intro and "
     "removes the meteorologist's name",
     ops=[("pre", "Terrifying footage shared on social media shows waves crashing over the "
                  "harbour wall as the worst storm in a generation hit the coast.", "insert"),
          ("sub", "gusts of up to 94mph", "gusts of nearly 100mph", "number"),
          ("del", "Coastguards were called to Hollinsford harbour just after midnight after three "
                  "yachts broke from their moorings. Two were recovered; the third was driven onto "
                  "the harbour wall and sank.", "delete"),
          ("sub", "said the weather service's chief meteorologist, Dr Alasdair Cowan.",
           "said a forecaster.", "attribution")])

pair("copy", "tarn-floods",
     doc("valleygazette.example", "2025-12-07T19:00:00Z", "low-garth-care-home-evacuated-flood",
         "Care home evacuated as Tarn nears record level", """
Sandbags were stacked three high along Bridge Street in Tarnley on Sunday afternoon, as
shopkeepers who remember 2015 prepared for the worst.

"Last time we had a metre of water in here. We lost everything," said Pauline Haworth, who
runs a hardware shop near the bridge. "This time the stock is upstairs and I am staying put
until I see what the river does."

The latest from the Granite Wire news agency:

TARNLEY, Dec 7 (GW) - Two severe flood warnings, meaning a danger to life, were issued for
the River Tarn on Sunday as heavy rain following Storm Idris pushed river levels close to
records.

The warnings cover Tarnley town centre and the village of Low Garth, where about 400
properties are at risk. Residents were advised to move to higher ground.

The river at Tarnley Bridge reached 4.71 metres at noon, 12 centimetres below the record
set in 2015, and was still rising, the Rivers and Coasts Authority said. It expects the
river to peak late on Sunday evening.

Emergency services evacuated 35 residents of a care home in Low Garth on Sunday morning.
A rest centre has been opened at Tarnley Leisure Centre.

"Please do not try to walk or drive through flood water," the authority's duty manager,
Karen Bellis, said. "Thirty centimetres of moving water is enough to float a car."

A further 22 flood warnings and 40 less serious flood alerts are in force across the north.

(Reporting by Owen Pryce; editing by Alys Penrose)

The care home, Garth House, said its residents had been moved to a sister home in
Ravensby and were safe and well. Staff went with them.

Tarnley's flood barriers, built after 2015, were raised on Saturday night. They protect the
town centre up to a level of 5.2 metres. The council said volunteers were needed to fill
sandbags at the depot on Mill Lane from 8am on Monday, and asked anyone who could help to
bring gloves and a spade.

The Valley Gazette will update this story through the evening.
"""),
     "wire story embedded whole and unchanged (credit line included) inside a longer local "
     "story; A is about half of B",
     hard=True,
     changes=[{"kind": "insert", "b_text": "The latest from the Granite Wire news agency:"}])

pair("copy", "hosepipe-ban",
     derived("lydmouthlive.example", "2025-08-05T12:00:00Z", "hosepipe-ban-lydmouth-what-you-can-do",
             title="Hosepipe ban: what you can and cannot do from 15 August"),
     "copy with leakage criticism removed, a quote trimmed and a reader-service paragraph "
     "added at the end",
     ops=[("del", "The company has been criticised for leakage, which it says accounts for about "
                  "19 per cent of the water it puts into its pipes. Campaigners said customers "
                  "should not be asked to save water while so much was being lost underground.",
           "delete"),
          ("del", "Tarn Water said it had increased the number of leak-detection teams from 30 to "
                  "45 this summer and was fixing about 400 leaks a week.", "delete"),
          ("del", " \"A ban now gives us the best chance of protecting supplies for essential use "
                  "into the autumn if the dry weather continues.\"", "delete"),
          ("post", "Customers who are unsure whether the ban applies to them can check the "
                   "exemptions on Tarn Water's website or call its customer line, which will stay "
                   "open until 8pm during the first week of the ban.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "storm-idris",
     doc("meridianpost.example", "2025-12-08T06:00:00Z", "storm-idris-grid-resilience",
         "After Idris, questions about a grid that keeps falling over", """
Three days after Storm Idris, about 4,000 homes in the Tarn Valley are still without power,
and the questions being asked of Northern Grid are the same ones asked after the last big
storm, and the one before that.

The scale of the damage was clear within hours. The Weather Desk's first report on
Saturday morning set out how quickly the outages spread and how far they reached:

{P1}

The same pattern, in the same places, followed storms in 2021 and 2023. Overhead lines in
the valley run through woodland that is cut back on a rotation of five to seven years, and
the trees most likely to fall are the ones between cuts. Northern Grid has a plan to put
some rural lines underground, but it covers 140 kilometres of a network of more than 9,000.

The company says it restored three quarters of customers within 24 hours and has paid
compensation automatically to everyone without power for more than 48 hours. It points out
that winds of this strength would damage any overhead network.

That is true, but storms of this strength are no longer rare. The weather service says the
north has had four storms with gusts above 85mph in six years, compared with four in the
previous twenty. A network designed for the old climate will keep failing in the new one.

The regulator is due to publish its review of the company's storm response in the spring.
Residents of the valley, some of whom have now lost power for more than two days three
times in five winters, will be reading it closely.
"""),
     "analysis quotes the first three paragraphs of a storm report (~150 words, from the start)",
     passages=[("Storm Idris brought gusts of up to 94mph", "in the Tarn Valley and on the Eastbank.")])

pair("excerpt", "hosepipe-ban",
     doc("gardenersnorth.example", "2025-08-08T09:00:00Z", "hosepipe-ban-garden-survival-guide",
         "Hosepipe ban: a gardener's survival guide", """
For the first time in seven years, gardeners in the Tarn Valley will have to put the hose
away. Tarn Water's ban starts on 15 August, and it could last into October if the autumn is
as dry as the summer.

The details of what is and is not allowed matter. The Valley Gazette's report set out the
company's position:

{P1}

So what can you do? First, water at the right time. Early morning is best, when less water
is lost to evaporation and plants have the day to use it. Second, water the roots, not the
leaves: a full can poured slowly at the base of a plant does more good than a sprinkling
over the top.

Prioritise. Lawns look terrible in a drought but almost always recover when the rain
returns, so they should be the last thing you water. Newly planted trees and shrubs,
vegetables that are cropping and anything in a pot should come first.

Mulch everything you can. A layer of compost, bark or even grass clippings five centimetres
deep will keep moisture in the soil and the roots cool.

And collect every drop. Water butts are still available from garden centres, and the water
from washing-up and baths, used without strong detergent, is fine for most ornamental
plants.

Finally, take heart. Most established gardens survive a dry summer better than their owners
fear.
"""),
     "gardening feature quotes the first three paragraphs of a news report (~150 words)",
     passages=[("A hosepipe ban will come into force", "just over half the long-term average.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "tarn-floods",
     doc("heronfm.example", "2025-12-07T16:00:00Z", "tarnley-low-garth-danger-to-life-warnings",
         "Danger to life warnings for Tarnley and Low Garth", """
People in Tarnley town centre and Low Garth are being told to head for higher ground, with
the River Tarn just short of its highest ever level.

The Rivers and Coasts Authority has put two severe flood warnings in place, its top level,
which means lives could be at risk. Around 400 homes and businesses are in the danger area.

At midday the Tarn at Tarnley Bridge stood at 4.71 metres, only 12 centimetres off the 2015
record, and it was still going up. The authority thinks the peak will come late this
evening.

This morning, 35 people living in a Low Garth care home were evacuated. Anyone needing
shelter can go to the rest centre at Tarnley Leisure Centre.

The authority's Karen Bellis is urging people to stay out of flood water, on foot or in a
car, warning that just thirty centimetres of fast-flowing water can lift a vehicle.

Across the north there are another 22 flood warnings and 40 flood alerts, all following the
rain that came in behind Storm Idris.
"""),
     "wire story rewritten for radio: second person, reordered, quote paraphrased")

pair("rewrite", "wenlow-snow",
     doc("meridianpost.example", "2026-01-20T06:00:00Z", "wenlow-snow-record-stranded-drivers",
         "Stranded drivers spend night in school as record snow hits Wenlow", """
About 200 people slept in a school and a community hall in Wenlow on Sunday night after
64 centimetres of snow in a day and a half cut the town off and broke a national record.

The weather service confirmed on Monday that the fall was the deepest recorded anywhere in
the north, beating the 58 centimetres measured at Black Fell in 1963.

Hundreds of motorists were trapped on the Fells Road to Tarnley, and farmers with tractors
joined mountain rescue teams to dig cars out.

In the town, schools in Wenlow and nearby villages shut, rubbish collections were put on
hold and the supermarket had no bread or milk left by late morning. Councillor Ruth
Armitage said parts of the old town had snow piled higher than the windowsills.

The regional assembly has sent snowploughs and gritters from Lydmouth and has asked the
army to stand by.

More snow showers are forecast for Tuesday before a gradual thaw sets in on Wednesday,
which forecasters warn may bring flooding.
"""),
     "agency copy reworded with a new lead built from a detail; quote paraphrased",
     hard=True)

pair("rewrite", "hosepipe-ban",
     doc("heronfm.example", "2025-08-05T12:30:00Z", "hosepipe-ban-from-15-august",
         "Hosepipe ban from 15 August across Tarn Valley and Lydmouth", """
Tarn Water is bringing in a hosepipe ban from 15 August, its first since 2018, after the
driest spring and summer in the region for more than sixty years.

About 640,000 customers in the Tarn Valley and Lydmouth will be affected. Using a hosepipe
to water gardens, wash cars or fill paddling pools and swimming pools will not be allowed,
and anyone caught faces a fine of up to £1,000.

Reservoirs are at 47 per cent of capacity, against an average of 78 per cent for early
August, after rainfall from March to July came in at just over half the normal amount.

Operations director Hugh Penrose said: "We do not take this decision lightly. A ban now
gives us the best chance of protecting supplies for essential use into the autumn if the dry
weather continues."

Campaigners point out that leaks account for about 19 per cent of the water Tarn Water puts
into its pipes. The company says it now has 45 leak-detection teams, up from 30, and is
repairing about 400 leaks a week.

Watering cans are still allowed, as is hosepipe use for health and safety reasons, and
businesses that need water for their work are exempt.
"""),
     "lightly reworded: same order, some phrases and the full quote verbatim")

# ---------------------------------------------------------------- related

pair("related", "storm-idris",
     doc("harbourtimes.example", "2025-12-06T15:00:00Z", "idris-harbour-yachts-sunk",
         "Idris leaves trail of damage across Hollinsford", """
Hollinsford woke on Saturday to smashed windows, uprooted trees and, in the inner harbour,
the mast of a yacht poking out of the water beside the sea wall.

The boat, a 9-metre sloop called Halcyon, was one of three that tore loose from their
moorings around midnight as Storm Idris reached its peak. Harbour staff and coastguards
managed to secure two of them. The third was pounded against the wall and went down within
minutes. Its owner, who lives in Lydmouth, was not on board.

The strongest gust in the town, 78mph, was recorded on the harbour anemometer at 3.15am.
Out on Ardlow Island, the lighthouse measured considerably more.

Across Hollinsford, about 9,000 homes lost power. By the afternoon all but 600 had been
reconnected. A section of the roof of the Quayside bus station was torn off, and the
seafront road was closed for several hours while council crews cleared debris.

The ferry to Ardlow did not sail on Saturday and will resume on Sunday morning if the swell
has dropped.

Council leader Deborah Quayle thanked harbour staff, who she said had worked through the
night. "They went out in conditions nobody should have to work in," she said.

""" + HT_ABOUT),
     "the same storm reported by a local paper from the harbour's angle; shares names and "
     "facts but no sentences")

pair("related", "hosepipe-ban",
     doc("meridianpost.example", "2025-08-06T06:00:00Z", "tarn-water-ban-leaks-criticism",
         "Tarn Water ban prompts anger over leaking pipes", """
Tarn Water's decision to ban hosepipes from next week has reopened a long-running argument
about the amount of water the company loses through leaks.

The company says leakage is about 19 per cent of what it supplies. The regulator's latest
figures, published in June, put it at 23 per cent, among the worst in the country, and
show that Tarn Water has missed its leakage target for four years running.

"Customers are being asked to let their gardens die while a fifth of the water never reaches
a tap," said Naomi Rudd of the campaign group Clean Tarn. "The company should fix its pipes
before it fines its customers."

Tarn Water says it has increased its leak-finding teams by half this summer. It also argues
that the ban, starting on 15 August, is driven by the weather: its reservoirs are less than
half full after one of the driest springs on record.

The ban affects around 640,000 customers. Fines for breaking it can reach £1,000, though the
company has not fined anyone during previous bans.

Tarn Water's owners paid £86 million in dividends last year.
"""),
     "same event, independently written the next day; contradicts the first report's leakage "
     "figure (23% vs the company's 19%)",
     hard=True)

pair("related", "church-lightning",
     doc("wenlowweekly.example", "2025-08-21T10:00:00Z", "st-cuthberts-appeal-restoration",
         "St Cuthbert's launches £1.2m appeal to replace fire-damaged roof", """
The parish of St Cuthbert's in Wenlow has launched an appeal to raise £1.2 million to
rebuild the roof of its medieval church, five days after it was destroyed by a fire started
by a lightning strike.

Surveyors who inspected the building this week found that the walls of the nave are sound
but that almost all of the roof timbers will have to be replaced. The church was insured,
but the parish says the policy will cover only part of the cost of a roof built to
heritage standards.

The Reverend Claire Moffat said more than £40,000 had been given in the first two days,
much of it from people who no longer live in the town. "We have had letters from people
who were married here fifty years ago," she said.

The diocese has offered a grant of £100,000, and the parish will apply to the heritage fund.

The medieval chest and the parish registers, carried out of the burning building by
parishioners, have been taken to the county archive for checking. The tower and its bells
were undamaged, and bell-ringers rang a quarter peal on Sunday to mark the start of the
appeal.
"""),
     "follow-up five days later on the same fire (the restoration appeal)",
     hard=True)
