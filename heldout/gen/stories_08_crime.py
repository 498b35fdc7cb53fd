"""Crime and emergencies."""
from lib import base, pair, doc, derived
from boiler import SCOOP_TIPS, HT_ABOUT

# ---------------------------------------------------------------- bases

base("jewellery-raid", "thescoop.example", "2025-10-02T06:00:00Z", "marrowgate-jewellers-raid-axe-gang",
     "AXE GANG TERROR: Masked raiders smash Marrowgate jewellers in 90 seconds", """
A masked gang armed with axes smashed their way into a Marrowgate jewellers in broad
daylight and escaped with watches and rings worth £300,000 - in just 90 seconds.

Terrified staff and customers cowered as the four raiders, dressed in black with their faces
covered, shattered display cabinets at Hartley & Crane on Market Street shortly after 11am
on Wednesday.

Shocked shopper Janet Mills, 71, who was choosing a birthday present for her granddaughter,
said: "They came through the door screaming and swinging axes. I thought I was going to die.
I just got down on the floor and prayed."

The gang grabbed luxury watches and trays of diamond rings before fleeing on two motorbikes
towards the ring road. One of the bikes was later found burned out on wasteland in Millfield.

Owner Richard Crane, 54, whose grandfather founded the shop in 1931, said: "My staff are
heroes. They did exactly what they are trained to do - stay back and stay safe. Watches can
be replaced. People cannot."

Police said no one was injured. Detective Sergeant Amir Haq of Western Police said: "This was
a terrifying ordeal for everyone in the shop. We are working through CCTV and would urge
anyone with dashcam footage of Market Street or the ring road between 11am and 11.30am to
come forward."

It is the second raid on a Marrowgate jewellers in three months.

""" + SCOOP_TIPS, style="news")

base("eastfold-warehouse-fire", "heronfm.example", "2025-09-14T08:00:00Z", "eastfold-warehouse-fire-industrial-estate",
     "Huge fire at Eastfold warehouse: residents told to keep windows shut", """
More than 60 firefighters are tackling a large fire at a warehouse on the Hawthorn
Industrial Estate in Eastfold this morning.

The fire broke out at around 2.30am at a unit used by a company that stores furniture and
mattresses. At its height twelve fire engines and two aerial ladder platforms were at the
scene. Smoke could be seen from as far away as Corrick.

People living nearby have been asked to keep their doors and windows closed because of the
smoke, and the Eastfold Road is closed between the roundabout at Holm Lane and the junction
with Station Road.

Group manager Lisa Dunmore of the Northern Fire and Rescue Service said the building was
well alight when the first crews arrived. "The contents of this warehouse burn very fiercely
and the roof has partly collapsed, so we are fighting this from the outside," she said. "We
expect to be here for much of the day."

No one is thought to have been inside the building, and there are no reports of injuries.
Two neighbouring units have suffered smoke damage.

The cause of the fire is not yet known. A fire investigation team will examine the site once
it is safe to do so.
""")

base("eastfold-house-fire", "dailylantern.example", "2025-11-23T18:30:00Z", "eastfold-house-fire-family-escape",
     "Family of five escape Eastfold house fire after smoke alarm wakes them", """
A family of five escaped from their burning home in Eastfold in the early hours of Sunday
after a smoke alarm woke them, fire officers have said.

The fire started in the kitchen of the terraced house on Lime Grove at around 3.15am and
quickly spread to the ground-floor living room. The parents and their three children, aged
between four and eleven, climbed out through a first-floor window onto the roof of a rear
extension, where neighbours helped them down with a ladder.

The father, 38, was treated in hospital for smoke inhalation and was later discharged. The
rest of the family were checked by paramedics at the scene.

Two fire engines from Eastfold and one from Corrick attended. Crews wearing breathing
apparatus put out the fire within forty minutes, but the ground floor of the house was
badly damaged.

Station manager Craig Fenwick said the family owed their lives to a working smoke alarm.
"They had fitted the alarm only a few months ago, and it did exactly what it was meant to
do," he said. "If it had not been there, I do not think we would be talking about a happy
ending."

Investigators believe the fire was caused by a tumble dryer that had been left running
overnight. The fire service advises people not to leave dryers and washing machines running
while they are asleep or out of the house.

Neighbours have started a collection for the family, who are staying with relatives.
""")

base("missing-hiker", "granitewire.example", "2025-10-20T17:50:00Z", "search-missing-hiker-fells",
     "Search resumes for hiker missing on the Fells for three days", """
WENLOW, Oct 20 (GW) - More than 80 mountain rescue volunteers, a coastguard helicopter and
search dogs resumed the search on Monday for a 34-year-old hiker who has been missing on the
Fells since Friday.

Lucy Harrower, a teacher from Lydmouth, set out alone from the car park at Wenlow Head on
Friday morning to walk a 22-kilometre circuit over Black Fell and High Pike. She was reported
missing by her partner when she did not return that evening.

Her car was found at the car park. A walker has reported seeing a woman matching her
description near the summit of Black Fell at around 1pm on Friday, shortly before cloud came
down over the high ground.

"We are covering the ground as thoroughly as we can, but it is a huge area and the weather
has been against us," said Mike Ellwood, leader of the Wenlow Mountain Rescue Team.

Western Police said they were keeping an open mind but that there was nothing to suggest
anyone else was involved. Ms Harrower's family issued a photograph and asked anyone who was
on the Fells on Friday to contact the police.

(Reporting by Tom Greaves; editing by Owen Pryce)
""", style="news")

base("council-cyber", "civicledger.example", "2025-06-10T12:00:00Z", "corrick-council-cyber-attack",
     "Corrick council hit by cyber attack: benefits payments delayed", """
Corrick District Council has been hit by a cyber attack that has shut down its computer
systems, delaying housing benefit payments to about 3,400 households and closing its online
services.

The attack was discovered early on Saturday when staff found that files on the council's
servers had been encrypted and a ransom demand left on several machines. The council said it
had shut down its network to stop the attack spreading and had called in the National Cyber
Defence Centre.

Chief executive Moira Langdale said the council would not pay a ransom. "We will not reward
criminals, and paying would give no guarantee that our systems or data would be returned,"
she said. "Our priority is to get payments to the people who depend on them."

Housing benefit payments due on Monday will be made by the end of the week using backup
records, the council said. Emergency payments are available at the council offices on Bridge
Street for anyone left without money for food or heating.

The council's website, online payments and its planning portal are offline. Bin collections
and other front-line services are running normally.

It is not yet known whether residents' personal data has been stolen. The council said it
had informed the data protection regulator and would contact anyone whose information had
been affected.

A group calling itself Black Lantern has claimed responsibility on a website used by criminal
gangs to publish stolen data.
""")

base("cattle-theft", "valleygazette.example", "2025-03-11T07:30:00Z", "cattle-rustling-tarn-valley-farms",
     "Police warn farmers after 90 cattle stolen from Tarn Valley farms", """
Police have warned farmers in the Tarn Valley to check their fields and locks after 90
cattle worth about £150,000 were stolen from four farms in less than a month.

The largest theft took place at Beck Side Farm, near Ravensby, where 41 young beef cattle
were taken from a field overnight on 24 February. Thieves cut a padlock on a gate and are
thought to have loaded the animals into a lorry using a portable ramp.

The other thefts were at farms near Upper Mill, Fellgate and Low Garth.

PC Hannah Colley of Western Police's rural crime team said the thefts appeared to be the
work of an organised gang with knowledge of livestock. "Moving forty cattle in the dark is
not something an amateur does. These are people who know animals and who have somewhere to
take them," she said.

Police believe the cattle may have been taken to be slaughtered illegally and sold as meat,
or moved to other farms using forged ear tags and documents.

Farmer Ian Lowther, who lost the cattle at Beck Side, said the theft had cost him a year's
profit. "You do not just lose the animals. You lose the work that went into them, and you
lose your sleep," he said.

The National Farmers' Council has urged its members to take photographs of their animals'
ear tags, to install cameras at field gates and to report any unfamiliar vehicles.

Anyone with information is asked to call Western Police or the Crimestoppers line
anonymously.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "jewellery-raid",
     derived("newsrelay24.example", None, "axe-gang-marrowgate-jewellers", style="id"),
     "tabloid story scraped by a relay with the same text; headline shortened; site residue "
     "('Related posts', 'Leave a comment') appended",
     ops=[("post", "Related posts\n\nLeave a comment", None)])

pair("duplicate", "missing-hiker",
     derived("lydmouthlive.example", "2025-10-20T19:00:00Z", "lucy-harrower-missing-fells-search"),
     "wire story republished with the dateline dropped and typographic quotes",
     ops=[("sub", "WENLOW, Oct 20 (GW) - ", "", None), ("curly",)])

pair("duplicate", "council-cyber",
     derived("corrickdaily.example", "2025-06-10T14:30:00Z", "council-cyber-attack-ransom",
             title="Council will not pay ransom after cyber attack, says chief executive",
             style="news"),
     "same article with a new headline and a corrected household count (3,400 -> 3,040)",
     hard=True,
     ops=[("sub", "about 3,400 households", "about 3,040 households", "number")])

# ---------------------------------------------------------------- copies

pair("copy", "jewellery-raid",
     derived("marrowgatenow.example", "2025-10-02T10:00:00Z", "market-street-jewellers-robbed",
             title="Market Street jewellers robbed by gang on motorbikes", style="news"),
     "local site copies the tabloid story but strips its most sensational lines and the "
     "tips-line boilerplate, and changes the value",
     ops=[("sub", "£300,000", "£250,000", "number"),
          ("del", " - in just 90 seconds", "delete"),
          ("sub", "\"They came through the door screaming and swinging axes. I thought I was going "
                  "to die. I just got down on the floor and prayed.\"",
           "\"They came through the door screaming and swinging axes.\"", "quote"),
          ("sub", "Terrified staff and customers cowered as", "Staff and customers looked on as", "edit"),
          ("del", SCOOP_TIPS, "delete")])

pair("copy", "missing-hiker",
     doc("meridianpost.example", "2025-10-21T06:00:00Z", "fells-search-harrower-mountain-safety",
         "Fells search continues as rescuers urge caution on the hills", """
The search for a missing hiker on the Fells entered its fourth day on Tuesday, as mountain
rescue teams warned that the autumn weather on the high ground can change within minutes.

The Granite Wire news agency reported on Monday:

WENLOW, Oct 20 (GW) - More than 80 mountain rescue volunteers, a coastguard helicopter and
search dogs resumed the search on Monday for a 34-year-old hiker who has been missing on the
Fells since Friday.

Lucy Harrower, a teacher from Lydmouth, set out alone from the car park at Wenlow Head on
Friday morning to walk a 22-kilometre circuit over Black Fell and High Pike. She was reported
missing by her partner when she did not return that evening.

Her car was found at the car park. A walker has reported seeing a woman matching her
description near the summit of Black Fell at around 1pm on Friday, shortly before cloud came
down over the high ground.

"We are covering the ground as thoroughly as we can, but it is a huge area and the weather
has been against us," said Mike Ellwood, leader of the Wenlow Mountain Rescue Team.

Western Police said they were keeping an open mind but that there was nothing to suggest
anyone else was involved. Ms Harrower's family issued a photograph and asked anyone who was
on the Fells on Friday to contact the police.

Mountain rescue teams in the north have been called out more than 400 times this year, a
record. Most callouts involve walkers who are lost or injured, and team leaders say many
could be avoided with better planning. They advise walkers to leave a route with someone at
home, to carry a map and compass as well as a phone, and to turn back if cloud comes down.

The Wenlow team, which is made up entirely of volunteers, has asked people not to join the
search themselves, saying untrained searchers can make the job harder.
"""),
     "national paper runs the short wire story whole (reporting line dropped) inside a longer "
     "article",
     hard=True,
     changes=[{"kind": "delete", "a_text": "(Reporting by Tom Greaves; editing by Owen Pryce)"},
              {"kind": "insert", "b_text": "The Granite Wire news agency reported on Monday:"}])

pair("copy", "cattle-theft",
     derived("farmingnorth.example", "2025-03-12T08:00:00Z", "ninety-cattle-stolen-tarn-valley",
             title="90 cattle stolen from four Tarn Valley farms"),
     "farming site copies the story with an added credit and intro, cattle value changed, and "
     "the farmer's quote cut",
     ops=[("pre", "Rural crime is on the rise again in the north, and the latest thefts have left "
                  "one valley's farmers checking their gates every night.", "insert"),
          ("sub", "worth about £150,000", "worth about £180,000", "number"),
          ("del", "Farmer Ian Lowther, who lost the cattle at Beck Side, said the theft had cost "
                  "him a year's profit. \"You do not just lose the animals. You lose the work that "
                  "went into them, and you lose your sleep,\" he said.", "delete"),
          ("post", "This report first appeared in the Tarn Valley Gazette.", "attribution")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "council-cyber",
     doc("meridianpost.example", "2025-06-14T06:00:00Z", "ransomware-councils-small-authorities",
         "Why small councils are the soft targets of ransomware gangs", """
When a ransomware gang encrypted the servers of Corrick District Council last weekend, it
chose a target that has become typical: a small authority, with a modest IT budget, holding
the personal details of tens of thousands of people and running payments that vulnerable
residents cannot do without.

Corrick's response has so far been exemplary in one respect. As the Civic Ledger reported,
the council refused from the start to negotiate:

{P1}

That is the advice of every security agency, and it is the right one. But refusing to pay
only works if you can recover without the criminals' help, and that depends on decisions
taken long before an attack: whether backups are kept offline, whether they are tested, and
whether anyone has practised a rebuild.

There is reason to worry that many councils have not done that work. A survey of 60
authorities by the Local Government Digital Forum last year found that one in four had not
tested a full restore of their systems from backup in the previous two years. Several said
they could not afford to.

The cost of not doing it is now visible. One southern council hit in 2022 spent £8 million
and eighteen months rebuilding its systems, and residents' data was published online.

Ministers have promised a cyber resilience fund for local government, but it has yet to open.
Until it does, small councils will remain the easiest way for a gang to make money, or at
least to try.
"""),
     "analysis quotes three adjacent paragraphs (~125 words) from the middle",
     passages=[("Chief executive Moira Langdale said the council would not pay a ransom.",
                "and other front-line services are running normally.")])

pair("excerpt", "cattle-theft",
     doc("meridianpost.example", "2025-03-20T06:00:00Z", "rural-crime-livestock-gangs",
         "Organised gangs turn to the countryside as livestock theft soars", """
Rural crime used to mean a stolen quad bike or a few sheep taken from a hillside. Police
forces in the north say it now increasingly means organised gangs, with lorries, forged
paperwork and buyers lined up before the animals have been taken.

Livestock thefts reported to forces in the region rose by 38 per cent last year, according to
figures from the National Farmers' Council, and the value of animals stolen rose faster still.

The latest case is in the Tarn Valley, where four farms have lost 90 cattle in a month. The
Valley Gazette's report included the clearest account yet of how police think such gangs
operate:

{P1}

Forged ear tags are the crucial part of the business. Every cow in the country has a tag and
a passport, and a legitimate abattoir will not accept an animal without them. Gangs that can
make convincing copies can move stolen cattle into the legal food chain, where they become
almost impossible to trace.

The government is introducing electronic identification for cattle, already used for sheep,
which should make forgery much harder. But it will not be compulsory until 2027.

Until then, farmers are being told to protect themselves with cameras, better locks and
photographs of their animals' tags. Several said this week that they had begun sleeping in
their vehicles at field gates on nights when cattle were out.

Rural crime teams, meanwhile, remain small. Western Police's covers an area of 2,000 square
kilometres with six officers.
"""),
     "analysis quotes the middle of a local report (~165 words: the largest theft, the "
     "officer's quote and the police theory)",
     passages=[("The largest theft took place at Beck Side Farm", "using forged ear tags and documents.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "jewellery-raid",
     doc("dailylantern.example", "2025-10-02T09:00:00Z", "hartley-crane-robbery-market-street",
         "Gang with axes robs Market Street jewellers", """
Four men armed with axes robbed Hartley & Crane, the jewellers on Marrowgate's Market Street,
on Wednesday morning, taking watches and rings estimated to be worth £300,000.

The robbers, dressed in black and masked, broke the display cabinets just after 11am and were
gone within about a minute and a half. They left on two motorbikes heading for the ring road;
one of the bikes was found burned out on waste ground in Millfield later in the day.

Nobody was hurt. Janet Mills, 71, who had been buying a birthday present, said the men burst
in shouting and swinging their axes, and that she lay on the floor until they had left.

Richard Crane, 54, the third generation of his family to run the business, praised his staff
for following their training and keeping their distance. "Watches can be replaced. People
cannot," he said.

Detective Sergeant Amir Haq of Western Police appealed for dashcam footage from Market Street
or the ring road between 11am and 11.30am.

Another Marrowgate jeweller was raided three months ago.
"""),
     "tabloid crime story rewritten in plain register: no verbatim sentences, quotes mostly "
     "paraphrased",
     hard=True)

pair("rewrite", "council-cyber",
     doc("heronfm.example", "2025-06-10T17:00:00Z", "corrick-council-ransom-attack-benefits",
         "Corrick benefits delayed after ransomware attack on council", """
About 3,400 households in Corrick will get their housing benefit late after a ransomware
attack knocked out the district council's computers.

Staff arriving on Saturday found the council's files encrypted and a ransom note on a number
of machines. The council took its whole network offline to contain the damage and has
brought in the National Cyber Defence Centre.

Payments that were due on Monday will be made by the end of this week from backup records.
In the meantime, anyone who has no money for food or heating can get an emergency payment at
the council offices on Bridge Street.

The chief executive, Moira Langdale, has ruled out paying the criminals, saying it would
reward them and would not guarantee that systems or data came back.

The website, online payments and the planning portal are down, but bins are being emptied as
normal.

A gang calling itself Black Lantern says it carried out the attack. The council does not yet
know whether personal data was taken, but has told the data protection regulator and will
contact anyone affected.
"""),
     "reworded for radio, reordered, quote converted to reported speech")

# ---------------------------------------------------------------- related

pair("related", "eastfold-warehouse-fire",
     doc("dailylantern.example", "2025-09-15T07:00:00Z", "hawthorn-estate-fire-arson-arrest",
         "Man arrested on suspicion of arson after Eastfold warehouse blaze", """
A 27-year-old man has been arrested on suspicion of arson after a fire destroyed a furniture
warehouse on the Hawthorn Industrial Estate in Eastfold on Sunday.

Western Police said the man, from Corrick, was detained on Sunday evening and remained in
custody. Officers are examining CCTV from neighbouring units, which is understood to show a
figure near the rear of the building shortly before the fire was reported.

The warehouse, used by the storage firm Comfort Depot, was gutted. At the height of the blaze
a dozen fire engines were at the scene, and a plume of black smoke drifted across the
Eastbank for most of the day. Residents were told to keep windows closed.

Comfort Depot's owner, Sunil Varma, said about £1.5 million of stock had been lost, much of it
belonging to customers who had stored furniture while moving house. "We are contacting every
one of them. Some have lost everything they own," he said.

Fire crews remained at the site on Monday morning damping down hot spots. The Eastfold Road
has reopened.
"""),
     "follow-up next day on the same fire (an arrest); independent text")

pair("related", "missing-hiker",
     doc("harbourtimes.example", "2025-10-22T12:00:00Z", "lucy-harrower-found-safe",
         "Missing hiker found alive after five nights on the Fells", """
Lucy Harrower, the hiker missing on the Fells since Friday, has been found alive, cold and
exhausted but conscious, by a search dog in a gully below the summit of Black Fell.

The 34-year-old teacher was spotted just after 8am on Wednesday by Skye, a border collie
working with the Wenlow Mountain Rescue Team, about 600 metres from the path she had been
following. She was airlifted to Lydmouth Royal Infirmary with a broken ankle and
hypothermia.

Team leader Mike Ellwood said she had sheltered under an overhanging rock and had drunk from
a stream. "She did everything right once she was hurt. She stayed put, she kept out of the
wind and she kept going," he said. "Skye found her in a place we had walked past twice."

Ms Harrower's partner thanked the more than 200 volunteers who took part in the five-day
search.

Her family said in a statement that she was "sore, tired and very, very lucky".

""" + HT_ABOUT),
     "follow-up two days later (found alive); independently written",
     hard=True)

pair("related", "jewellery-raid",
     doc("marrowgatenow.example", "2025-10-09T16:00:00Z", "two-charged-hartley-crane-robbery",
         "Two charged over Hartley & Crane jewellery robbery", """
Two men have been charged with robbery after last week's raid on the Hartley & Crane
jewellers in Marrowgate, in which a gang carrying axes took watches and rings.

Liam Dorsey, 24, of no fixed address, and Kyle Fenwick, 29, from Lydmouth, are also charged
with possessing offensive weapons. They appeared before Marrowgate magistrates on Thursday
and were remanded in custody to appear at Lydmouth Crown Court next month.

Western Police said about a third of the stolen items had been recovered during searches of
two addresses in Lydmouth on Tuesday. Detectives are still looking for two other men.

The force has put the value of the goods taken at £270,000, lower than the figure reported
at the time of the raid.

Detective Sergeant Amir Haq thanked members of the public who had sent in dashcam footage.
"It made a real difference," he said.
"""),
     "follow-up a week later (charges) that revises the value of the goods",
     hard=True)
