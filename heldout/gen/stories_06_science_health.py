"""Science and health."""
from lib import base, pair, doc, derived
from boiler import HW_DISCLAIMER, PRWIRE_NOTICE

# ---------------------------------------------------------------- bases

base("holm-beetle", "sciencebeat.example", "2025-05-21T10:00:00Z", "new-beetle-species-holm-wood",
     "New species of beetle found in ancient woodland on bypass route", """
A beetle previously unknown to science has been discovered in Holm Wood, the ancient
woodland near Eastfold that lies on the edge of the route of a planned bypass.

The insect, a small dark-brown weevil about 3 millimetres long, was found by volunteers
from the Eastfold Natural History Society during a survey of dead wood in the autumn of
2023. Specimens were sent to the Lydmouth Museum of Natural History, where entomologists
spent more than a year comparing them with museum collections before concluding that they
belonged to a new species.

The weevil has been named Acalles holmensis, after the wood. It is described in a paper
published this week in the Northern Journal of Entomology.

"We were looking for a rare species that had last been recorded in the wood in the 1950s,"
said Margaret Oyelowo, the society's recorder, who found the first specimen in a rotting
oak branch. "We did not find it, but we found something better."

Dr Rhys Anwen, curator of insects at the museum and the paper's lead author, said the
beetle appeared to live only in the decaying wood of very old oaks. "Species like this are
a sign of woodland that has been continuously wooded for centuries. You cannot plant a
wood and expect to find them there fifty years later," he said.

So far the weevil has been found at only three spots in the wood, all within 400 metres of
one another. The researchers say it is too early to know whether it lives elsewhere.

The discovery is likely to be raised by campaigners who oppose the current route of the
Eastfold bypass, which would pass within 150 metres of one of the sites. The council said
it would take account of any new ecological information when the application returns to
its planning committee.
""")

base("waiting-times", "healthwatchtoday.example", "2025-09-11T06:30:00Z", "northern-hospital-waiting-lists-record",
     "Northern hospital waiting list reaches record 412,000", """
The number of people waiting for planned hospital treatment in the north has reached a
record 412,000, new figures show, despite a government promise to bring waiting lists down
by the end of the year.

The figures, published by the Northern Health Board on Thursday, show the list grew by
6,300 in July. Almost 29,000 patients have been waiting for more than a year, up from
24,500 in January.

Orthopaedics, which includes hip and knee replacements, has the longest waits: the median
patient has been on the list for 31 weeks. Waiting times for eye surgery and
gynaecology have also increased.

The board's medical director, Dr Amrit Sandhu, said hospitals had carried out more
operations in July than in any month since 2019 but that demand was growing faster. "Our
teams are working flat out, and we are treating more people than ever," she said. "But
more people than ever need us."

Patient groups said the figures showed the scale of the task. "Behind each of these
numbers is someone living in pain, often unable to work," said Elaine Forsyth of the
Patients' Voice North charity.

The health minister, Kwabena Appiah, said the government remained committed to reducing
the list and pointed to two new surgical centres opening in Lydmouth and Tarnley next
year, which will be dedicated to planned operations.

Emergency departments also had a difficult month. Only 68 per cent of patients were seen
within four hours, against a target of 95 per cent.

""" + HW_DISCLAIMER)

base("measles-drive", "dailylantern.example", "2025-01-15T07:00:00Z", "measles-vaccination-schools-marrowgate",
     "Nurses to visit every Marrowgate school as measles cases rise", """
School nurses will visit every primary and secondary school in Marrowgate over the next
six weeks to offer catch-up measles vaccinations, after the number of confirmed cases in
the borough rose to 23.

Health officials said all of the cases were in children or young adults who had not
received two doses of the measles, mumps and rubella vaccine. Four children have needed
hospital treatment, although none is seriously ill.

Uptake of the second dose of the vaccine among five-year-olds in Marrowgate is 81 per
cent, well below the 95 per cent needed to prevent outbreaks, according to figures from
the Northern Health Board.

Dr Helen Strachan, the borough's director of public health, urged parents to check their
children's records. "Measles is not a mild illness. It spreads faster than almost any
other disease we know, and it can cause pneumonia and brain swelling," she said. "Two
doses of the vaccine give almost complete protection, and it is never too late to catch
up."

Parents will receive a letter and a consent form through their child's school. Vaccines
will also be available at drop-in clinics at the Marrowgate Health Centre on Tuesday and
Saturday mornings.

The first cases were confirmed in December among pupils at two primary schools in the
Castle and Millfield areas of the town. Officials said the outbreak had since spread to a
secondary school and a nursery.
""")

base("estuary-microplastics", "sciencebeat.example", "2025-03-05T09:00:00Z", "brackwater-estuary-microplastics-study",
     "Brackwater estuary mud holds more microplastic than any site surveyed in the north", """
Mud from the Brackwater estuary contains more microplastic particles than any other
coastal site surveyed in the north, according to a study by researchers at the University
of Lydmouth.

The team took sediment cores from 28 sites along the coast between Hollinsford and the
mouth of the Tarn over two years. At the most contaminated site, a mudflat below the old
Brackwater paper mill, they counted an average of 3,400 particles in every kilogram of dry
sediment, around six times the average for the coast as a whole.

Most of the particles were fibres, the kind shed by synthetic clothing during washing,
which reach rivers through treated and untreated sewage. Fragments of harder plastics
made up most of the rest. The researchers also found tiny beads of the kind once used in
cosmetics, which were banned in 2018, suggesting that particles already in the estuary
will remain there for many years.

"Estuaries act like a filter," said Dr Naomi Cheung, who led the study. "The river slows
down as it meets the tide, and whatever it is carrying settles out. What we are seeing in
the Brackwater mud is, in effect, the laundry of everyone upstream."

The study, published in the journal Coastal Sediment Research, does not show any direct
harm to wildlife, and the researchers caution against alarm. But earlier laboratory work
has shown that some shellfish and worms that live in estuary mud ingest microplastics, and
the Brackwater estuary supports one of the largest populations of wading birds on the
coast, which feed on those animals.

The researchers dated layers within the cores using naturally occurring radioactive
isotopes. They found that particle numbers began to rise in the 1970s and increased most
steeply between 2000 and 2015, before levelling off in the most recent layers.

Dr Cheung said the levelling off was encouraging but not yet proof of improvement. "We
would need another ten years of cores to say that with confidence," she said. "What we
can say is that the problem did not appear overnight, and it will not go away overnight."

The water company responsible for the Tarn catchment, Tarn Water, said it was investing
£140 million in upgrades to sewage treatment works upstream of the estuary, including
equipment to reduce storm overflows. It said it would study the findings.

The team plans to extend the survey to estuaries on the eastern coast next year.
""")

base("observatory", "meridianpost.example", "2025-10-21T08:00:00Z", "high-pike-observatory-upgrade",
     "High Pike observatory to get £9m telescope upgrade", """
The High Pike Observatory, the north's largest optical telescope, is to receive a £9 million
upgrade that its operators say will keep it at the front of research into stars beyond our
galaxy for another twenty years.

The money, from the National Research Council and the University of Lydmouth, will pay for
a new camera, a system that corrects for the blurring caused by the atmosphere, and a
replacement for the dome's ageing motors, which date from the telescope's opening in 1979.

The observatory, 840 metres above sea level on the northern edge of the Fells, has one of
the darkest skies in the country. It is used by about 300 astronomers a year from 14
countries.

"The mirror is as good today as the day it was made. It is everything around it that has
grown old," said the observatory's director, Professor Ingrid Halvorsen. "With the new
instruments we will see objects four times fainter than we can now."

Work will begin in January, and the telescope will be out of use for about eight months.
Astronomers with projects already scheduled will be offered time on partner telescopes
abroad.

The observatory also runs a public visitor centre, which attracts about 40,000 people a
year. It will remain open during the works, with a temporary exhibition about the upgrade.
""")

base("screening-van-release", "prwire.example", "2025-02-26T07:00:00Z", "mobile-lung-screening-van-tarn-valley",
     "Mobile lung health checks to reach 60,000 people in the Tarn Valley", """
TARNLEY, 26 February 2025 - The Northern Health Board today launched a mobile lung health
check service that will offer scans to around 60,000 current and former smokers in the Tarn
Valley over the next three years.

The service uses a specially equipped truck carrying a low-dose CT scanner, which will
visit supermarket car parks, leisure centres and community halls across the valley. People
aged 55 to 74 who have ever smoked will be invited by letter from their GP practice.

Lung cancer is the leading cause of cancer death in the north. Around three quarters of
cases are currently diagnosed at a late stage, when treatment is less likely to succeed.
Pilot schemes elsewhere have found that around three quarters of cancers detected through
lung health checks are found at an early stage.

Dr Owain Pritchard, clinical lead for the programme, said: "This is about bringing the
scanner to people rather than asking them to come to us. Catching lung cancer early can be
the difference between a cure and a few months."

The service has been funded with £7.8 million from the Northern Cancer Programme. The first
checks will take place in Ravensby next month.

About the Northern Health Board

The Northern Health Board plans and provides health services for 2.4 million people in the
north.

Media contact: communications@northernhealth.example

""" + PRWIRE_NOTICE, style="news")

base("heatwave-advice", "healthwatchtoday.example", "2025-07-14T05:00:00Z", "heatwave-amber-alert-advice",
     "Amber heat alert: how to keep yourself and others safe this week", """
An amber heat health alert is in force across the north until Friday, with temperatures
expected to reach 33C in Lydmouth and the Tarn Valley on Wednesday and Thursday.

The alert, issued by the Northern Health Security Agency, means that hot weather is likely
to affect the whole health service and that people over 65, young children and those with
heart or lung conditions are at increased risk.

Doctors say the most important thing is to keep cool. Stay out of the sun between 11am and
3pm, close curtains on windows that face the sun, and drink plenty of fluids, even if you
do not feel thirsty. Avoid alcohol and heavy exercise in the hottest part of the day.

Check on neighbours, relatives and friends who live alone or who might struggle to keep
cool, particularly older people. Never leave a child, a vulnerable adult or a pet in a
parked car.

Signs of heat exhaustion include a headache, dizziness, feeling sick, cramps and heavy
sweating. Anyone showing these signs should be moved somewhere cool, given water to drink
and helped to cool down. If they do not feel better within 30 minutes, or if they become
confused or stop sweating, call 999: heatstroke is a medical emergency.

Dr Farida Khalil, a consultant in emergency medicine at Lydmouth Royal Infirmary, said the
hospital typically saw a rise in admissions among older patients on the second and third
day of a heatwave. "People cope with the first hot day. It is the nights that do not cool
down that wear people out," she said.

""" + HW_DISCLAIMER)

base("ward-closure-protest", "eastbankherald.example", "2025-05-31T16:00:00Z", "fellgate-ward-closure-march",
     "Hundreds march against Fellgate hospital ward closure", """
More than 800 people marched through Fellgate on Saturday to protest against the planned
closure of the town's community hospital ward, which campaigners say will force elderly
patients to travel 30 miles to Tarnley for care.

The march, organised by the Save Fellgate Hospital campaign, set off from the market cross
and ended with speeches outside the hospital on Moor Lane. Many of the marchers carried
placards and photographs of relatives who had been treated on the ward.

The 16-bed Heather Ward provides care for patients, most of them elderly, who no longer need
to be in a main hospital but are not yet well enough to go home. The Northern Health Board
plans to close it in October, moving the beds to Tarnley General Hospital, as part of a
plan approved in the regional budget earlier this year.

The health board says the ward has struggled to recruit nurses and has relied on agency
staff for more than two years, at a cost of about £900,000 a year. It says patients will
receive more care at home through an expanded community nursing team.

Campaign chair Gwen Hartley told the crowd that families would be split apart. "When my
mother was on Heather Ward I could sit with her every afternoon. If she had been in
Tarnley, I would have seen her twice a week, because that is as often as the bus goes,"
she said.

The town's assembly member, Rhian Cadwell, who was one of two coalition members to vote
against the budget, also spoke. She said she would keep fighting "for as long as it takes".

A public consultation on the closure ends on 20 June.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "waiting-times",
     derived("patientnews.example", "2025-09-11T08:00:00Z", "waiting-list-412000-record",
             title="Record 412,000 people now waiting for hospital treatment in the north"),
     "republished with a new headline, an 'Updated' line and typographic quotes; "
     "the publisher's disclaimer kept",
     ops=[("pre", "Updated 11 September 2025, 09:00", None), ("curly",)])

pair("duplicate", "observatory",
     derived("sciencebeat.example", "2025-10-21T12:00:00Z", "high-pike-telescope-9m-upgrade",
             title="High Pike telescope gets £9m new camera and optics"),
     "same text run by a second outlet with a byline line and one corrected figure "
     "(300 -> 320 astronomers)",
     ops=[("pre", "By Meridian Post science staff", None),
          ("sub", "about 300 astronomers", "about 320 astronomers", "number")])

# ---------------------------------------------------------------- copies

pair("copy", "measles-drive",
     derived("newsrelay24.example", "2025-01-15T11:30:00Z", "measles-outbreak-marrowgate-23-cases",
             title="Measles outbreak: 23 cases confirmed in Marrowgate", style="id"),
     "relay with one number changed (23 -> 25 cases), the last paragraph moved up to become "
     "the second, and a sentence on national figures added",
     hard=True,
     ops=[("del", "The first cases were confirmed in December among pupils at two primary schools "
                  "in the Castle and Millfield areas of the town. Officials said the outbreak had "
                  "since spread to a secondary school and a nursery.", None),
          ("after", "the borough rose to 23.",
           "The first cases were confirmed in December among pupils at two primary schools in the "
           "Castle and Millfield areas of the town. Officials said the outbreak had since spread "
           "to a secondary school and a nursery.", None),
          ("sub", "rose to 23.", "rose to 25.", "number"),
          ("post", "Nationally, measles cases last year were at their highest level for more than "
                   "a decade.", "insert")])

pair("copy", "screening-van-release",
     doc("tarnleytoday.example", "2025-02-26T12:00:00Z", "lung-check-truck-coming-to-ravensby",
         "Lung check truck coming to Ravensby next month", """
A lorry carrying a CT scanner will park in Ravensby next month, as the first stop of a new
lung screening service for the Tarn Valley.

The Northern Health Board today launched a mobile lung health check service that will
offer scans to around 60,000 current and former smokers in the Tarn Valley over the next
three years.

The service uses a specially equipped truck carrying a low-dose CT scanner, which will
visit supermarket car parks, leisure centres and community halls across the valley. People
aged 55 to 74 who have ever smoked will be invited by letter from their GP practice.

Lung cancer is the leading cause of cancer death in the north. Around three quarters of
cases are currently diagnosed at a late stage, when treatment is less likely to succeed.
Pilot schemes elsewhere have found that around three quarters of cancers detected through
lung health checks are found at an early stage.

Dr Owain Pritchard, clinical lead for the programme, said: "This is about bringing the
scanner to people rather than asking them to come to us. Catching lung cancer early can be
the difference between a cure and a few months."

The service has been funded with £7.8 million from the Northern Cancer Programme.

Ravensby GP Dr Alison Marr welcomed the service. "Many of my patients would never travel
to Tarnley for a scan," she said. "If the scanner is outside the Co-op, they will come."
"""),
     "local paper runs the body of a health board release: dateline, boilerplate and "
     "distributor notice dropped, one sentence dropped, own intro and local reaction added",
     changes=[{"kind": "delete", "a_text": "The first checks will take place in Ravensby next month."},
              {"kind": "insert", "b_text": "Ravensby GP Dr Alison Marr welcomed the service."}])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "estuary-microplastics",
     doc("brackwaterbugle.example", "2025-03-09T09:00:00Z", "estuary-birdwatchers-plastics-worry",
         "Birdwatchers fear for estuary waders after plastics study", """
Birdwatchers who count the waders on the Brackwater estuary every month say they are
worried by a study that found the estuary mud to be the most plastic-polluted on the
northern coast.

The estuary is home each winter to about 40,000 wading birds, including knot, dunlin,
redshank and curlew, which probe the mud for worms and shellfish. Volunteers from the
Brackwater Bird Club have counted them every month since 1971.

"We have watched the numbers of some species fall for years without knowing why," said the
club's chairman, Derek Fairlie. "Nobody is saying the plastic is the reason. But when you
read that the mud they feed in is full of it, you cannot help wondering."

The university study, published last week, found the highest concentrations of
microplastic below the old paper mill. Its conclusions about how long the pollution has
been building, and what might happen next, were cautious:

{P1}

The bird club wants the university to study the birds' prey directly. Dr Cheung said her
team had applied for funding to do exactly that, by examining the worms and shellfish at
the most contaminated sites.

Tarn Water's chief executive, Ben Ashworth, is due to meet members of the bird club and
the town council next month.
"""),
     "local follow-up quotes the last part of a science story (~200 words, from the isotope "
     "dating to the water company's response)",
     passages=[("The researchers dated layers within the cores", "It said it would study the findings.")])

pair("excerpt", "ward-closure-protest",
     doc("meridianpost.example", "2025-06-04T06:00:00Z", "community-hospitals-closures-north",
         "The slow disappearance of the community hospital", """
Community hospitals, the small local units that used to sit in almost every market town,
are disappearing from the north. Twenty years ago there were 41; by the end of this year
there will be 19. Each closure is fought, and most closures go ahead anyway.

The arguments follow a familiar script. Health boards point to the cost of staffing small
wards around the clock and to evidence that many patients recover better at home. Families
point to the distances involved and to the lack of public transport in rural areas.

The latest battle is in Fellgate, where hundreds of residents marched last weekend. The
Eastbank Herald's report from the march set out both sides:

{P1}

Research on what happens to patients after closures is thin. A study of six closures in
the south found no change in death rates, but a rise in the time patients spent in main
hospitals waiting for discharge, as community nursing teams struggled to cope. Health
boards say they have learned from that experience; campaigners say the nurses promised to
replace the wards are often never recruited.

What is clear is that the decisions are being driven by staffing as much as by money.
Nursing vacancies in the northern health service stand at about 11 per cent, and small
units in remote towns find it hardest to recruit. Closing a ward does not create more
nurses; it moves the ones that exist to where the board thinks they will do most good.

Whether that is where patients and their families want them is a different question, and
one that a consultation, however long, rarely settles.
"""),
     "analysis quotes a ~125-word passage from the middle of a protest report (the ward and "
     "the health board's case)",
     passages=[("The 16-bed Heather Ward provides care", "an expanded community nursing team.")])

pair("excerpt", "holm-beetle",
     doc("civicledger.example", "2025-05-28T17:00:00Z", "eastfold-bypass-beetle-objection",
         "Bypass campaigners cite new beetle in fresh objection", """
Campaigners against the current route of the Eastfold bypass have lodged a fresh objection
with the council, citing the discovery of a new species of weevil in Holm Wood.

The Holm Wood Alliance's 14-page submission argues that the council's environmental
assessment, already the subject of legal doubt over its bat survey, did not consider
invertebrates that depend on ancient oaks, and that the new species makes a northern route
around the wood unavoidable.

The discovery was described in ScienceBeat last week. In the passage the alliance quotes in
its submission, the museum's curator explains why the find matters:

{P1}

The council's head of planning, Mark Aldous, said officers had not yet read the submission
in full. He said ecologists working for the council would assess whether the weevil's
habitat would be affected, and that the findings would be included in the report to the
planning committee in July.

Parents campaigning for the bypass reacted with dismay. Nadia Cruickshank of the Eastfold
Primary parents' association said: "First it was the bats, now it is a beetle the size of
a grain of rice. We have nothing against either of them. We just want the lorries off the
high street."

The alliance says it will seek a judicial review if the council approves the current route
without a new assessment.
"""),
     "council report quotes two paragraphs (~105 words, near the floor) from the second half "
     "of a science story",
     hard=True,
     passages=[("Dr Rhys Anwen, curator of insects", "The researchers say it is too early to know whether it lives elsewhere.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "holm-beetle",
     doc("eastbankherald.example", "2025-05-22T07:30:00Z", "holm-wood-weevil-new-to-science",
         "Weevil new to science discovered in Holm Wood", """
A weevil new to science has been found in Holm Wood, the ancient woodland near Eastfold on
the edge of the planned bypass route.

The tiny dark-brown beetle, about 3 millimetres long, was found by volunteers from the
Eastfold Natural History Society during a survey of dead wood in the autumn of 2023.
Entomologists at the Lydmouth Museum of Natural History then spent more than a year
checking the specimens against museum collections before deciding that they belonged to a
species nobody had described.

Named Acalles holmensis after the wood, it is described this week in the Northern Journal
of Entomology.

The society's recorder, Margaret Oyelowo, found the first specimen in a rotting branch of
oak. "We were looking for a rare species that had last been recorded in the wood in the
1950s," she said. "We did not find it, but we found something better."

According to the museum's curator of insects, Dr Rhys Anwen, who is the paper's lead
author, the weevil seems to live only in decaying wood from very old oaks, which makes it a
sign that a wood has stood continuously for centuries. "You cannot plant a wood and expect
to find them there fifty years later," he said.

It has been recorded at only three spots so far, all within 400 metres of one another, and
the team cannot yet say whether it occurs anywhere else.

Opponents of the bypass route, which would pass within 150 metres of one of the sites, are
expected to raise the find. The council said it would take account of any new ecological
information when the scheme goes back to its planning committee.
"""),
     "lightly reworded: same order, many phrases and both quotes kept verbatim")

pair("rewrite", "measles-drive",
     doc("heronfm.example", "2025-01-15T12:00:00Z", "measles-catch-up-jabs-marrowgate-schools",
         "Catch-up measles jabs offered in Marrowgate schools", """
Every school in Marrowgate will be visited by nurses offering measles vaccinations over the
next six weeks, as confirmed cases in the borough reach 23.

Four children have been treated in hospital, though none is seriously ill. All of the
people infected are children or young adults who had not had both doses of the MMR
vaccine, health officials say.

The outbreak began in December at two primary schools in the Castle and Millfield areas
and has spread to a secondary school and a nursery.

In Marrowgate only 81 per cent of five-year-olds have had their second dose, against the 95
per cent needed to stop the disease spreading, Northern Health Board figures show.

The borough's director of public health, Dr Helen Strachan, is asking parents to check
their children's vaccination records. She warned that measles spreads more quickly than
almost any other illness and can lead to pneumonia and swelling of the brain, adding that
"it is never too late to catch up".

Consent forms will be sent home through schools. There will also be drop-in clinics on
Tuesday and Saturday mornings at the Marrowgate Health Centre.
"""),
     "reordered (outbreak history moved up), quote mostly paraphrased",
     hard=True)

pair("rewrite", "observatory",
     doc("fellsidenews.example", "2025-10-22T08:00:00Z", "fells-telescope-eight-month-closure",
         "Fells telescope to close for eight months for new camera", """
The telescope at High Pike will be shut for about eight months from January while it is
fitted with £9 million worth of new equipment.

Funding from the National Research Council and the University of Lydmouth will buy a new
camera and adaptive optics to cancel out atmospheric blurring. The motors that turn the
dome, original to the 1979 building, are being replaced too.

Sitting 840 metres up on the northern edge of the Fells, under some of the country's
darkest skies, the observatory is the largest optical telescope in the north. Some 300
astronomers from 14 countries use it each year, and those with observing time already
booked will be found slots on partner instruments overseas.

Director Professor Ingrid Halvorsen said the main mirror was still in perfect condition but
the equipment around it had aged. With the upgrade, she said, astronomers would be able to
detect objects a quarter as bright as the faintest they can see today, keeping the
telescope at the cutting edge for two more decades.

The visitor centre, which welcomes around 40,000 people each year, stays open throughout,
with an exhibition explaining the work.
"""),
     "reworded and reordered; the director's quote paraphrased ('four times fainter' -> "
     "'a quarter as bright')",
     hard=True)

pair("rewrite", "heatwave-advice",
     doc("lydmouthlive.example", "2025-07-14T09:00:00Z", "lydmouth-33c-heat-alert-what-to-do",
         "33C expected in Lydmouth: what the amber heat alert means for you", """
Temperatures could hit 33C in Lydmouth and the Tarn Valley on Wednesday and Thursday, and
an amber heat health alert covers the whole north until Friday.

What does amber mean? The Northern Health Security Agency says the heat is likely to put
pressure on the entire health service, and that over-65s, young children and people with
heart or lung problems face greater risk.

Keeping cool is the priority. Between 11am and 3pm, stay in the shade. Draw the curtains on
sunny windows. Drink regularly, whether or not you feel thirsty, and go easy on alcohol and
strenuous activity during the hottest hours.

Look out for others, especially older people and anyone living alone. Children, vulnerable
adults and pets should never be left in a parked car.

Know the signs of heat exhaustion: headache, dizziness, nausea, cramps and heavy sweating.
Get the person somewhere cool, give them water and help them cool off. Call 999 if they have
not improved after half an hour, or if they become confused or stop sweating, because that
could be heatstroke, which is an emergency.

At Lydmouth Royal Infirmary, emergency consultant Dr Farida Khalil says admissions of older
patients tend to climb on day two and three of a heatwave. "People cope with the first hot
day. It is the nights that do not cool down that wear people out," she said.
"""),
     "health advice reworded by a local site, advice reordered into Q&A style, disclaimer dropped")

# ---------------------------------------------------------------- related

pair("related", "waiting-times",
     doc("meridianpost.example", "2025-09-11T11:00:00Z", "waiting-list-record-orthopaedics",
         "Hip and knee patients bear brunt as waiting list hits new high", """
Patients needing hip and knee operations in the north now typically wait more than seven
months, as the region's overall list for planned treatment climbed to a new high in July.

Figures from the Northern Health Board put the total at 412,000. Around 29,000 people have
waited longer than a year, an increase of more than 4,000 since the start of the year.

Surgeons say the orthopaedic backlog reflects a shortage of beds rather than of staff.
"When the wards are full of emergency patients, planned operations are the first thing to
be cancelled," said Mr Jonathan Reilly, an orthopaedic surgeon in Hollinsford. "We have
theatre teams standing idle because there is nowhere to put patients afterwards."

That is the logic behind the two surgical hubs due to open next year in Lydmouth and
Tarnley, which will not take emergency admissions. The health minister, Kwabena Appiah,
said they would "protect planned surgery from winter pressures".

The board says hospitals are doing more operations than at any time since 2019. Its medical
director told reporters that demand was simply rising faster than capacity.

A&E performance also slipped, with fewer than seven in ten patients seen within four hours.
"""),
     "independent report on the same statistics from the orthopaedic angle")

pair("related", "estuary-microplastics",
     doc("meridianpost.example", "2025-03-05T17:00:00Z", "microplastics-estuaries-laundry-study",
         "Washing machine fibres pile up in northern estuary, scientists find", """
Fibres from synthetic clothing have built up in the mud of a northern estuary at levels far
above those found elsewhere on the coast, according to new research.

Scientists from the University of Lydmouth sampled 28 sites between Hollinsford and the
Tarn. The Brackwater estuary, and in particular a mudflat near a disused paper mill, was the
worst, with concentrations about six times the coastal average. The paper's summary
states: "Sediment microplastic concentrations in the Brackwater estuary exceed those
reported from any other site on the northern coast."

The fibres are shed in domestic washing and pass through sewage works. The study also found
plastic microbeads, banned from cosmetics seven years ago, a sign of how long the particles
persist.

Lead author Dr Naomi Cheung compared estuaries to a sieve that catches what rivers carry.

Campaigners want water companies to install fibre filters at treatment works and
manufacturers to fit them to new washing machines. Tarn Water, which serves the catchment,
said it was already spending heavily on its treatment plants.

Other scientists urged caution. Professor Leon Marsh of the Coastal Ecology Institute said
the study was well designed but that the effect of microplastics on estuary wildlife
remained poorly understood. "Finding it in the mud is the first step, not the last," he
said.
"""),
     "independent report of the same study; quotes a sentence of the paper's summary that the "
     "first report does not",
     hard=True)

pair("related", "screening-van-release",
     doc("healthwatchtoday.example", "2025-03-18T09:00:00Z", "first-lung-checks-ravensby",
         "First lung health checks held in Ravensby car park", """
The first patients have been scanned on the Tarn Valley's new mobile lung screening truck,
which spent its opening week in the car park of Ravensby's leisure centre.

Around 340 people attended appointments in the first five days, according to the Northern
Health Board, and about one in five was referred on for further tests, mostly for
conditions other than cancer.

Among them was retired lorry driver Mick Hebden, 68, who smoked for forty years before
stopping in 2010. "I would not have gone to the hospital. I walked past it on the way to get
my paper," he said. "It took ten minutes."

The scanner, funded by a £7.8 million grant, moves to Upper Mill next month. Around 60,000
people in the valley aged between 55 and 74 with a history of smoking are eligible, and will
be contacted by their surgery.

Clinicians say a similar service elsewhere found most cancers at a stage when they could
still be treated successfully.

""" + HW_DISCLAIMER),
     "follow-up three weeks after the launch release, independently written; the outlet's "
     "disclaimer appears only in B")

pair("related", "ward-closure-protest",
     doc("heronfm.example", "2025-05-31T13:30:00Z", "fellgate-march-heather-ward-live",
         "Live: Fellgate hospital march", """
13:05 - The march is under way from the market cross. Organisers estimated the crowd at
about 500 when it set off, but more people are joining along Castle Street. Plenty of
homemade banners: "Heather Ward saved my dad" is a common one.

13:20 - Police have closed Castle Street to traffic while the marchers pass. Officers say
the atmosphere is good-natured.

13:40 - The front of the march has reached the hospital on Moor Lane. Campaign chair Gwen
Hartley is first to speak. She tells the crowd the health board has "never once" come to
Fellgate to explain itself in person.

13:55 - Assembly member Rhian Cadwell has the microphone now. She voted against the regional
budget partly over this closure and says she will not stop fighting. Loud applause.

14:10 - The Northern Health Board has sent us a statement. It says the ward's sixteen beds
have depended on agency nurses for more than two years, and that an enlarged community
nursing team will look after patients in their own homes. The move to Tarnley General is
planned for October.

14:25 - Speeches over. Organisers now put the turnout at more than 800. The consultation
closes on 20 June.
"""),
     "live blog of the same march, written independently as it happened, with a different "
     "crowd estimate at the start")
