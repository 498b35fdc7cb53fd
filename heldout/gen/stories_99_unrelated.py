"""Unrelated pairs, most of them built to look related.

Hard cases: one outlet's boilerplate in both bodies; the same widely quoted
line in two different stories; the same topic but different events (two
matches, two fires, two strikes, two mountain incidents); the same places and
people in different stories.
"""
from lib import base, pair
from boiler import HT_ABOUT, FD_BACKGROUND, HW_DISCLAIMER, PRWIRE_NOTICE, SCOOP_TIPS

MARLOWE = ("A town that will not look after its old buildings should not be trusted to look "
           "after its people.")

base("corn-exchange", "wenlowweekly.example", "2025-03-06T08:00:00Z", "corn-exchange-demolition-plan",
     "Campaigners fight plan to demolish Wenlow Corn Exchange", """
Campaigners have launched a fight to save Wenlow's Corn Exchange after the town council
published plans to demolish the Victorian building and replace it with a car park and a row of
shops.

The Corn Exchange, built in 1864, has been empty since its last tenant, a carpet warehouse,
moved out in 2019. A survey commissioned by the council found dry rot in the roof and estimated
the cost of repairs at £2.7 million, money the council says it does not have.

The Wenlow Civic Society says the building could be restored with grants and turned into a
market hall and community space, as has happened in other towns. Its chair, Dr Alan Threlfall,
said he would remind councillors of the words of the late prime minister Edith Marlowe, who
grew up in the town: "A town that will not look after its old buildings should not be trusted
to look after its people."

The council's leader, Councillor Sandra Pym, said sentiment could not pay for a roof. "If
somebody can show me where £2.7 million is coming from, I will be the first to cheer," she said.

The building is not listed, which means the council does not need special permission to knock
it down. The civic society has applied for it to be listed. A decision on the demolition is
due in May.
""")

base("lido-reopens", "harbourtimes.example", "2025-06-30T08:00:00Z", "hollinsford-lido-reopens-crowds",
     "Crowds return as Hollinsford lido reopens after 20 years", """
More than 2,000 swimmers and sunbathers packed Hollinsford's seafront lido on Sunday as it
reopened to the public for the first time in two decades.

The 1930s open-air pool, with its curved white terraces and diving stage, closed in 2005 when the
council could no longer afford to heat it. It has been restored by a community trust at a cost of
£5.4 million, with a new solar heating system that keeps the water at 24C through the summer.

Cutting the ribbon, the town's mayor, Councillor Ravi Anand, quoted a line often repeated in
debates about the town's heritage, first spoken by Edith Marlowe in a speech in Hollinsford in
1968: "A town that will not look after its old buildings should not be trusted to look after its
people." He added: "Today, for once, we have done both."

The queue to get in stretched along the promenade before the gates opened at 10am. Among the
first in the water was 88-year-old Gwen Pascoe, who learned to swim at the lido in 1944.

Tickets cost £4.50 for adults and £2 for children, and residents of the town can buy a season
pass for £60.

""" + HT_ABOUT)

# ---------------------------------------------------------------- shared boilerplate

pair("unrelated", "ferry-fares", "pier",
     "same outlet and town, different stories; both end with the outlet's ~55-word 'About' "
     "paragraph",
     hard=True, shared_text=HT_ABOUT)

pair("unrelated", "marigold-inquest", "port-cannabis",
     "same outlet, both about Hollinsford's port and the sea; identical 'About' paragraph",
     hard=True, shared_text=HT_ABOUT)

pair("unrelated", "ardlow-harbour-wall", "lifeboat-station",
     "same outlet, both about harbour structures and safety at sea; identical 'About' paragraph",
     hard=True, shared_text=HT_ABOUT)

pair("unrelated", "fuel-depot-drone", "zarivka-demining",
     "same aggregator, same war, different events; identical stock background paragraph on "
     "the conflict",
     hard=True, shared_text=FD_BACKGROUND)

pair("unrelated", "zarivka-demining", "mobilisation-vote",
     "same aggregator, same war, different events; identical stock background paragraph",
     hard=True, shared_text=FD_BACKGROUND)

pair("unrelated", "mobilisation-vote", "fuel-depot-drone",
     "same aggregator, both about Dorsk; identical stock background paragraph",
     hard=True, shared_text=FD_BACKGROUND)

pair("unrelated", "waiting-times", "heatwave-advice",
     "same health outlet, both about hospital pressure; identical medical disclaimer",
     hard=True, shared_text=HW_DISCLAIMER)

pair("unrelated", "skylark-release", "screening-van-release",
     "two press releases from the same distributor (drone deliveries of prescriptions, lung "
     "screening): health-adjacent, same Tarn Valley, identical distributor notice",
     hard=True, shared_text=PRWIRE_NOTICE)

pair("unrelated", "corrick-parking", "jewellery-raid",
     "same tabloid, both about town-centre shops; identical tips-line boilerplate",
     hard=True, shared_text=SCOOP_TIPS)

pair("unrelated", "red-pandas", "lost-dog",
     "same tabloid, two happy animal stories; identical tips-line boilerplate",
     hard=True, shared_text=SCOOP_TIPS)

pair("unrelated", "foundry-licence", "corrick-parking",
     "same tabloid, both about councils and local businesses; identical tips-line boilerplate",
     hard=True, shared_text=SCOOP_TIPS)

pair("unrelated", "lido-reopens", "ferry-fares",
     "same outlet and town (and the same councillor's name appears in other stories); "
     "identical 'About' paragraph",
     hard=True, shared_text=HT_ABOUT)

# ---------------------------------------------------------------- the same quotation

pair("unrelated", "corn-exchange", "lido-reopens",
     "two heritage stories in different towns that quote the same widely repeated 19-word line "
     "of a former prime minister",
     hard=True, shared_text=MARLOWE)

# ---------------------------------------------------------------- same topic, different events

pair("unrelated", "rovers-athletic", "town-united",
     "two match reports from the same league, outlet and weekend; both mention Eastfold United "
     "and the league table",
     hard=True)

pair("unrelated", "eastfold-warehouse-fire", "eastfold-house-fire",
     "two different fires in the same town, two months apart",
     hard=True)

pair("unrelated", "bus-strike", "ferry-strike-wire",
     "two transport strikes reported by the same wire agency in the same house style",
     hard=True)

pair("unrelated", "velnohrad-power", "fuel-depot-drone",
     "two different strikes in the same war, a month apart",
     hard=True)

pair("unrelated", "missing-hiker", "black-fell-rescue",
     "two mountain incidents on Black Fell; the same rescue team leader is quoted in both",
     hard=True)

pair("unrelated", "corrick-bakery", "chennai-plant",
     "two job-loss announcements from the same wire agency",
     hard=True)

pair("unrelated", "aldersund-talks", "prisoner-exchange",
     "same war; the talks discuss prisoners, but the August exchange is a different event",
     hard=True)

pair("unrelated", "commander-claim", "tyshkiv-evacuation",
     "same war, both about the defence of Velnohrad's region, different stories",
     hard=True)

pair("unrelated", "hensley-trial", "farmer-cleared",
     "two unrelated criminal trials")

pair("unrelated", "church-lightning", "eastfold-house-fire",
     "two fires in different towns")

pair("unrelated", "storm-idris", "wenlow-snow",
     "two winter weather events on the same coast and hills, six weeks apart")

pair("unrelated", "tarn-floods", "hosepipe-ban",
     "flooding and drought on the same river: opposite problems, different events",
     hard=True)

pair("unrelated", "quarry-appeal", "solar-farm",
     "two planning disputes in the same region")

pair("unrelated", "skyway-routes", "rail-timetable",
     "two stories about cuts to transport routes from Lydmouth")

pair("unrelated", "old-bridge", "eastfold-bypass",
     "two road stories from the same council reporter")

pair("unrelated", "upper-mill-school", "tarnley-libraries",
     "same outlet and district council, Upper Mill appears in both")

pair("unrelated", "fells-stage", "lydmouth-marathon",
     "two endurance sport events, both finishing in Lydmouth")

pair("unrelated", "house-prices", "tessaly-results",
     "two business stories full of percentages")

pair("unrelated", "measles-drive", "waiting-times",
     "two health stories, both citing the Northern Health Board")

# ---------------------------------------------------------------- same places or people

pair("unrelated", "orchestra-tour", "kharkiv-chess",
     "two stories about northern visitors to Kharkiv (an orchestra tour, a chess tournament)",
     hard=True)

pair("unrelated", "dasgupta-prize", "mumbai-office",
     "both mention Mumbai and the north's links with India; different stories")

pair("unrelated", "odesa-grain", "orchestra-tour",
     "both mention Odesa; grain shipping and a youth orchestra")

pair("unrelated", "gdansk-tugs", "offshore-wind",
     "both about Hollinsford harbour's future (new tugs, a wind farm base)")

pair("unrelated", "estuary-microplastics", "brackwater-flood-release",
     "both about the Brackwater estuary; pollution study and flood defences")

pair("unrelated", "holm-beetle", "corrick-hoard",
     "two discoveries by volunteers (a beetle, a coin hoard), both involving a Lydmouth museum")

pair("unrelated", "university-strike", "observatory",
     "both about the University of Lydmouth; a strike and a telescope upgrade")

pair("unrelated", "pension-scandal", "council-cyber",
     "two stories about councils' troubles (pension losses, a cyber attack)")

pair("unrelated", "cattle-theft", "junior-tennis",
     "different topics from the same outlet (control case)")

pair("unrelated", "myanmar-wells", "mould-report",
     "different topics (control case)")

pair("unrelated", "herring-girls", "beijing-fair",
     "different topics, both mention Lydmouth (control case)")
