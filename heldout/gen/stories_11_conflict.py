"""Reports on a fictional war between the Dorsk Federation and Talvania.

Invented spelling variants used by copies (list them in the alias table when
scoring): Velnohrad = Velnograd, Tyshkiv = Tyshkov, Zarivka = Zarevka,
Havryliuk = Gavrilyuk, Dorosh = Dorosh (unchanged); with the real pairs
Oleksandr = Aleksandr and Mykhailo = Mikhail for first names.
"""
from lib import base, pair, doc, derived
from boiler import FD_BACKGROUND, HT_ABOUT

# ---------------------------------------------------------------- bases

base("velnohrad-power", "compasspress.example", "2025-11-12T10:30:00Z", "velnohrad-power-station-shelled",
     "Shelling knocks out Velnohrad power station, 200,000 without heating", """
Artillery fire struck the main thermal power station in the Talvanian city of Velnohrad
overnight, cutting heating and hot water to about 200,000 residents as temperatures fell
below freezing, city officials said on Wednesday. (CPA)

Velnohrad's mayor, Iryna Sokil, said at least 40 shells had hit the plant and the
surrounding district between 1am and 3am. Two workers at the plant were killed and five were
injured, she said.

"The city is without heat in November. Our engineers are working, but we have to be honest
with people: this will take weeks, not days," Sokil told reporters outside the damaged
turbine hall.

Talvania's defence ministry blamed Dorsk forces positioned about 25 kilometres east of the
city. The Dorsk defence ministry said its forces had struck "military infrastructure" in the
area but did not mention the power station.

City authorities opened 60 heating points in schools and public buildings and said they would
distribute portable heaters to elderly residents. The national power company said it would try
to divert electricity to Velnohrad from the west of the country.

The power station, built in 1974, was the city's largest source of heat. It had been hit twice
before, in February and in June, but had been repaired both times.
""", style="news")

base("aldersund-talks", "granitewire.example", "2025-12-03T18:40:00Z", "aldersund-ceasefire-talks-open",
     "Dorsk and Talvania begin ceasefire talks in Aldersund", """
ALDERSUND, Dec 3 (GW) - Negotiators from the Dorsk Federation and Talvania sat down together on
Wednesday for the first direct ceasefire talks in more than a year, meeting for four hours in
a hotel in the neutral city of Aldersund.

The talks are being chaired by the former Aldersund foreign minister Henrik Solvang, who has
spent six months shuttling between the two capitals. In a statement after the first session,
he said: "Both delegations have come here in good faith. The distance between them remains
very large, but today they agreed on how to talk, and that is not nothing."

Talvania's delegation is led by deputy foreign minister Oleksandr Voronko. Dorsk has sent
Pavel Zhuravin, a senior adviser to the Dorsk president.

Officials on both sides said the first session dealt with the exchange of prisoners and the
safety of the Ardava dam, rather than the line of control, the most difficult issue.

Voronko told reporters the Talvanian side would not accept any ceasefire that left Dorsk forces
on the west bank of the Ardava. Zhuravin declined to comment.

The talks are due to continue on Thursday and Friday.

(Reporting by Alys Penrose; editing by Tom Greaves)
""", style="news")

base("prisoner-exchange", "compasspress.example", "2025-08-19T15:00:00Z", "dorsk-talvania-prisoner-exchange",
     "Dorsk and Talvania exchange 120 prisoners each", """
Dorsk and Talvania exchanged 120 prisoners of war each on Tuesday at a crossing point on the
Ardava river, the largest exchange since the war began, officials on both sides said. (CPA)

The Talvanian prisoners, most of them soldiers captured during the fighting around Tyshkiv
last winter, were taken by bus to a hospital in Velnohrad for medical checks. Talvania's
ombudsman for prisoners, Natalia Berezova, said many were underweight and several needed
treatment for untreated wounds.

Video released by the Talvanian government showed men wrapped in flags stepping off buses,
some in tears, as relatives waited behind a barrier. "I did not believe it until I saw his
face through the window," one woman, who gave her name as Olha, told reporters after meeting
her son.

The Dorsk defence ministry said the 120 Dorsk soldiers it received would be flown to the
capital for treatment and rehabilitation.

The exchange was negotiated with the help of the International Committee for Humanitarian
Protection, which registered each prisoner before the handover. The committee said it had
been given access to the Talvanian prisoners only twice during their captivity.

Berezova said Talvania believed that more than 2,000 of its soldiers and civilians remained in
Dorsk custody. "Today we brought 120 home. We will not stop until we bring home every one of
them," she said.

The two sides last exchanged prisoners in April, when 65 were returned by each side.
""", style="news")

base("commander-claim", "eastwatch.example", "2025-10-05T09:10:00Z", "dorosh-advised-havryliuk-leave-velnohrad",
     "Report: army chief advised President Havryliuk to abandon Velnohrad", """
Talvania's commander-in-chief, General Mykhailo Dorosh, advised President Oleksandr Havryliuk
last week to withdraw the army from Velnohrad, according to Velnohrad insiders cited by the
Abendpost.

The German-language newspaper reported on Saturday that Dorosh told the president at a
meeting of the defence council on 29 September that the city could not be held through the
winter without "unacceptable losses", and that the army should fall back to the line of the
Ardava river. Havryliuk rejected the advice, the paper said, citing two people present at the
meeting.

"The general told him the truth. The president did not want to hear it," one of the sources
was quoted as saying.

The president's office described the report as "fantasy" and said no such discussion had
taken place. A spokesman for the general staff said it did not comment on the meetings of the
defence council.

The report comes amid growing speculation in Talvanian media about tension between the
president and his army chief, whom he appointed in 2024. A military analyst told the Abendpost
that disagreements between political and military leaders were normal in wartime, but that
it was unusual for them to become public.

Velnohrad, the country's third city, has been under artillery fire for more than a year.
""")

base("tyshkiv-evacuation", "morningcourier.example", "2025-09-30T06:00:00Z", "tyshkiv-evacuation-convoy",
     "Last convoy leaves Tyshkiv as front line closes in", """
The last organised evacuation convoy left the frontline town of Tyshkiv on Monday, carrying
about 300 people west towards Velnohrad, as Talvanian officials warned that those who stayed
behind might not get another chance.

Tyshkiv had a population of about 32,000 before the war. Local officials estimate that fewer
than 1,500 remain, most of them elderly people who have refused to leave their homes.

The convoy of eleven buses and a dozen private cars set off from the town's central square
shortly after 7am, escorted by police vehicles. Volunteers spent the weekend going door to
door, trying to persuade reluctant residents to go.

"Some people tell us they were born here and will die here. We cannot force them," said
Andriy Kovalchuk, the head of the town's military administration. "We have left food and water
with those who stay, and we will come back for anyone who changes their mind, if we can."

Dorsk forces are now about four kilometres from the eastern edge of the town, according to
Talvania's army, and the town's last bridge over the Tysha river was damaged by a missile strike
on Friday.

At a reception centre in Velnohrad, evacuees described weeks without electricity or running
water. "We cooked on a fire in the yard and slept in the cellar," said Halyna, 71, who left
with her sister and two cats. "When the shop closed, I knew it was time."

The regional government said it had places for 2,000 evacuees in temporary housing and would
pay each a monthly allowance.
""")

base("fuel-depot-drone", "frontlinedigest.example", "2025-10-08T11:00:00Z", "drone-strike-dorsk-fuel-depot",
     "Drones set fuel depot ablaze deep inside Dorsk", """
A large fire broke out at a fuel depot in the Dorsk town of Krasnoye Pole early on Wednesday
after an attack by long-range drones, the regional governor said, in what appears to be one of
the deepest Talvanian strikes into Dorsk territory.

Governor Arkady Leskov said on his messaging channel that eleven drones had been shot down but
that debris from at least two had fallen on the depot, setting fire to four storage tanks. No
one was hurt, he said, and residents of nearby streets had been moved to a school as a
precaution.

Videos posted by residents showed a column of black smoke rising above the town, which lies
about 400 kilometres from the front line. Frontline Digest could not verify the videos.

The depot supplies fuel to a railway hub used to move military equipment towards the front,
according to a Talvanian military intelligence source, who said the strike was part of a
campaign against Dorsk's logistics.

Dorsk's defence ministry said its air defences had destroyed 37 drones over four regions
overnight.

""" + FD_BACKGROUND)

base("zarivka-demining", "frontlinedigest.example", "2025-10-15T09:30:00Z", "zarivka-mine-clearance-farmers",
     "Farmers wait as deminers clear the fields around Zarivka", """
A year after Dorsk forces withdrew from the village of Zarivka, the wheat fields around it are
still off limits. Teams from Talvania's emergency service have cleared 140 hectares since the
spring, but estimate that more than 2,000 hectares remain contaminated by mines and unexploded
shells.

Each morning the deminers walk out in lines from the edge of the village, sweeping metal
detectors from side to side. A field that takes a combine harvester an afternoon to cut can
take a demining team a month to clear.

"Every farmer wants us in his field first," said the team leader, Serhiy Bondar. "We have to
go where the danger to people is greatest: roads, gardens, the school. The fields come after."

Two farmers from Zarivka have been killed by mines since the village was retaken, both while
trying to work land that had not been cleared.

The government has promised compensation to farmers who cannot use their land, but many say
they have yet to receive it. Talvania's agriculture ministry says about a tenth of the
country's farmland may be contaminated.

""" + FD_BACKGROUND)

base("mobilisation-vote", "frontlinedigest.example", "2025-11-20T16:00:00Z", "dorsk-parliament-extends-mobilisation",
     "Dorsk parliament extends call-up of reservists for another year", """
The Dorsk parliament voted on Thursday to extend the mobilisation of reservists for another
twelve months, keeping about 180,000 men in uniform beyond the end of their original terms of
service.

The measure passed by 341 votes to 12, with a number of members absent. It also raises the
maximum age for reservists who can be called up from 50 to 55.

Defence minister Gennady Orlov told members that the army needed experienced soldiers at the
front while the "special operation" continued. He said the government would increase payments
to the families of mobilised men by 15 per cent.

Groups representing soldiers' wives have held small protests in several Dorsk cities in recent
weeks, calling for their husbands to be demobilised. Some of the women said they had been
warned by police not to take part.

The extension will be signed into law by the president, whose office has already said he
supports it.

""" + FD_BACKGROUND)

# ---------------------------------------------------------------- duplicates

pair("duplicate", "aldersund-talks",
     derived("meridianpost.example", "2025-12-03T20:00:00Z", "aldersund-talks-begin",
             title="Ceasefire talks open in Aldersund"),
     "wire copy under a subscriber's headline, the reporting line replaced by a credit",
     ops=[("sub", "(Reporting by Alys Penrose; editing by Tom Greaves)", "Granite Wire", None)])

pair("duplicate", "prisoner-exchange",
     derived("frontlinedigest.example", "2025-08-19T17:30:00Z", "prisoner-exchange-120-ardava"),
     "agency copy republished by an aggregator: (CPA) tag moved to a source line at the end",
     ops=[("sub", " (CPA)", "", None), ("post", "Source: Compass Press Agency", None)])

pair("duplicate", "velnohrad-power",
     derived("worldbrief.example", "2025-11-12T12:00:00Z", "velnohrad-power-plant-hit", style="news"),
     "same agency story with the casualty figure corrected (five -> six injured) and "
     "typographic quotes",
     hard=True,
     ops=[("sub", "five were injured", "six were injured", "number"), ("curly",)])

# ---------------------------------------------------------------- copies

pair("copy", "commander-claim",
     derived("truthfront.example", "2025-10-05T14:00:00Z", "general-told-gavrilyuk-abandon-velnograd",
             title="General told Gavrilyuk to abandon Velnograd"),
     "the reference case: copy swaps spellings (Velnohrad->Velnograd, Havryliuk->Gavrilyuk, "
     "Oleksandr->Aleksandr, Mykhailo->Mikhail), adds a framing clause about who initiated the "
     "fighting and drops the credit to the newspaper (twice)",
     hard=True,
     ops=[("sub", ", according to Velnohrad insiders cited by the Abendpost.",
           ", according to insiders.", "attribution"),
          ("sub", "A military analyst told the Abendpost", "A military analyst said", "attribution"),
          ("sub", "Velnohrad", "Velnograd", "alias"),
          ("sub", "Havryliuk", "Gavrilyuk", "alias"),
          ("sub", "Oleksandr", "Aleksandr", "alias"),
          ("sub", "Mykhailo", "Mikhail", "alias"),
          ("ins", "has been under artillery fire for more than a year",
           ", since Talvania initiated the fighting on the Ardava", "insert")])

pair("copy", "commander-claim",
     derived("newsrelay24.example", "2025-10-05T11:00:00Z", "army-chief-advised-president-abandon-city",
             title="Army chief 'advised president to abandon Velnohrad'", style="id"),
     "a second relay keeps the spellings and the credit but drops the denial by the "
     "president's office and alters the anonymous quote",
     hard=True,
     ops=[("del", "The president's office described the report as \"fantasy\" and said no such "
                  "discussion had taken place. A spokesman for the general staff said it did not "
                  "comment on the meetings of the defence council.", "delete"),
          ("sub", "\"The general told him the truth. The president did not want to hear it,\"",
           "\"The general told him the truth. The president refused to listen,\"", "quote")])

pair("copy", "velnohrad-power",
     derived("frontlinedigest.example", "2025-11-12T13:00:00Z", "velnograd-power-station-heating",
             title="Velnograd without heating after power station shelled"),
     "aggregator copy: Velnohrad spelled Velnograd, the Dorsk ministry's version dropped, "
     "the death toll changed, stock background paragraph appended",
     hard=True,
     ops=[("sub", " (CPA)", "", "attribution"),
          ("sub", "Velnohrad", "Velnograd", "alias"),
          ("sub", "Two workers at the plant were killed", "Three workers at the plant were killed", "number"),
          ("del", " The Dorsk defence ministry said its forces had struck \"military infrastructure\" "
                  "in the area but did not mention the power station.", "delete"),
          ("post", FD_BACKGROUND, "insert")])

pair("copy", "tyshkiv-evacuation",
     derived("worldbrief.example", "2025-09-30T10:00:00Z", "tyshkov-last-convoy", style="news",
             title="Last evacuation convoy leaves Tyshkov"),
     "copy with Tyshkiv->Tyshkov and Velnohrad->Velnograd, the two human-interest quotes "
     "removed and a closing sentence added",
     hard=True,
     ops=[("del", "At a reception centre in Velnohrad, evacuees described weeks without electricity "
                  "or running water. \"We cooked on a fire in the yard and slept in the cellar,\" "
                  "said Halyna, 71, who left with her sister and two cats. \"When the shop closed, I "
                  "knew it was time.\"", "delete"),
          ("sub", "Tyshkiv", "Tyshkov", "alias"),
          ("sub", "Velnohrad", "Velnograd", "alias"),
          ("post", "International aid agencies estimate that more than 400,000 people have been "
                   "displaced from the eastern regions since the start of the year.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "prisoner-exchange",
     doc("meridianpost.example", "2025-08-23T06:00:00Z", "prisoners-of-war-families-wait",
         "The families still waiting after the biggest prisoner exchange of the war", """
For 120 Talvanian families, Tuesday brought the phone call they had waited months for. For
thousands of others, it brought another week of silence.

The exchange on the Ardava was the largest of the war, and the images of men stepping off
buses into their families' arms were shown around the world. The Compass Press Agency's
report from the crossing captured the scale of what remains to be done:

{P1}

Behind that figure are families who do not know whether their sons and husbands are alive.
The humanitarian committee has registered fewer than half of the Talvanians the government
believes are held, and has been allowed to visit only a handful of the places where they are
detained.

In Velnohrad, a group of mothers meets every Thursday outside the regional administration,
holding photographs. Some have had no news for more than a year. "They tell us to be patient,"
said one, whose son was captured near Tyshkiv. "I have been patient for four hundred days."

The talks in Aldersund later this year are expected to make prisoners a priority, and both
sides have an interest in further exchanges. But each exchange has taken months to arrange,
and each has been smaller than the families hoped.

For now, the 120 men are in hospital in Velnohrad, gaining weight and being questioned gently
about what they saw. Their accounts, and the names they remember of others still held, may be
the most valuable thing they have brought home.
"""),
     "feature quotes the last three paragraphs of the agency report (~115 words, from the end)",
     passages=[("The exchange was negotiated with the help of", "when 65 were returned by each side.")])

pair("excerpt", "tyshkiv-evacuation",
     doc("thebulletin.example", "2025-10-04T08:00:00Z", "tyshkiv-photographs-exhibition-hollinsford",
         "Photographs of a town emptying: Tyshkiv exhibition opens in Hollinsford", """
An exhibition of photographs of the Talvanian frontline town of Tyshkiv opens at the Quayside
Gallery in Hollinsford this weekend, a week after the last organised convoy left the town.

The photographer, Marta Hnatyuk, grew up in Tyshkiv and has returned every month since the war
began to photograph the people who stayed. Her pictures show kitchens lit by candles, a
schoolroom with sandbags at the windows and a barber cutting hair in a cellar.

The timing is unplanned but painful. The Morning Courier's report on the final convoy
described what Hnatyuk's subjects now face:

{P1}

Several of the people in Hnatyuk's photographs were on the convoy. Others stayed. One picture,
of an old man feeding pigeons in the empty square, has become the image of the exhibition,
and Hnatyuk does not know whether he is still alive.

"I started this to show people abroad that Tyshkiv was a real place, with real people," she
said. "Now I think I am making a record of something that will not exist."

The exhibition is free and runs until 30 November. Donations will go to a charity supporting
evacuees in Velnohrad.
"""),
     "culture story quotes the first three paragraphs of a war report (~115 words)",
     passages=[("The last organised evacuation convoy left", "trying to persuade reluctant residents to go.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "aldersund-talks",
     doc("morningcourier.example", "2025-12-04T05:30:00Z", "aldersund-talks-first-day-dam-prisoners",
         "Ceasefire talks start with prisoners and a dam, not the front line", """
The first direct talks between Dorsk and Talvania in over a year began in Aldersund on
Wednesday with the two sides steering clear of the hardest question, where a ceasefire line
would run, and concentrating instead on prisoners and the Ardava dam.

Negotiators spent four hours together in a hotel in the neutral city. Talvania sent deputy
foreign minister Oleksandr Voronko; Dorsk is represented by Pavel Zhuravin, a senior adviser to
its president.

Henrik Solvang, a former Aldersund foreign minister who has spent half a year travelling between
the two capitals, is chairing the meetings. Afterwards he described both delegations as acting
in good faith. The gap between them was still very wide, he said, but they had at least agreed
on how to conduct the talks.

Speaking to journalists, Voronko ruled out any deal that would leave Dorsk troops on the Ardava's
west bank. Zhuravin would not comment.

Two more days of talks are scheduled.
"""),
     "heavily reworded wire story: new lead, merged sentences, mediator's statement paraphrased",
     hard=True)

pair("rewrite", "prisoner-exchange",
     doc("heronfm.example", "2025-08-19T19:00:00Z", "prisoner-swap-120-ardava-crossing",
         "Biggest prisoner swap of the war takes place on the Ardava", """
Two hundred and forty prisoners of war have gone home in the largest exchange of the conflict
so far, with Dorsk and Talvania each handing over 120 people at a crossing on the Ardava river.

Most of the Talvanians freed were soldiers taken prisoner near Tyshkiv last winter. They were
driven to a hospital in Velnohrad to be examined; Talvania's prisoners' ombudsman, Natalia
Berezova, said many had lost weight and some had wounds that had never been treated.

Government video showed men draped in flags getting off the buses, some crying, with relatives
waiting behind barriers. One mother, who gave only her first name, Olha, said she had not
believed it until she saw her son's face at the window.

Dorsk says its 120 returning soldiers will be flown to its capital for treatment.

The International Committee for Humanitarian Protection helped to arrange the handover and
registered every prisoner. It says it was allowed to see the Talvanian captives only twice.

Talvania believes more than 2,000 of its people, soldiers and civilians, are still held in
Dorsk. Berezova promised to keep going until every one was home. The previous exchange, in
April, involved 65 prisoners from each side.
"""),
     "reworded and partly reordered agency story; quotes turned into reported speech")

pair("rewrite", "tyshkiv-evacuation",
     doc("harbourtimes.example", "2025-09-30T15:00:00Z", "tyshkiv-convoy-elderly-stay",
         "Elderly residents stay put as Tyshkiv's last convoy departs", """
Fewer than 1,500 people remain in Tyshkiv, a town that was home to around 32,000 before the war,
and most of those who are left are elderly residents who will not go.

On Monday they watched the final organised convoy leave. Eleven buses and about twelve cars,
with police escorts, pulled out of the central square just after seven in the morning, taking
some 300 people west to Velnohrad. Over the weekend volunteers had knocked on doors trying to
change the minds of those determined to stay.

Andriy Kovalchuk, who heads the town's military administration, said nobody could be made to
leave. Food and water had been left for those remaining, he said, and officials would return
for anyone who changed their mind, if that was still possible.

According to Talvania's army, Dorsk troops are roughly four kilometres from the town's eastern
outskirts. A missile strike on Friday damaged the last bridge across the Tysha.

Evacuees arriving at a reception centre in Velnohrad spoke of living for weeks without power or
running water. Halyna, 71, who came with her sister and two cats, said they had cooked outdoors
and slept underground, and that she decided to go when the shop shut.

The region has 2,000 places in temporary accommodation and will give every evacuee a monthly
payment.

""" + HT_ABOUT),
     "heavily reworded and reordered; all quotes turned into reported speech",
     hard=True)

# ---------------------------------------------------------------- related

pair("related", "velnohrad-power",
     doc("granitewire.example", "2025-11-12T09:15:00Z", "talvania-velnohrad-heating-plant-strike",
         "Strike on Velnohrad heating plant kills one, leaves city in cold", """
VELNOHRAD, Nov 12 (GW) - One person was killed and six wounded when shells hit the combined heat
and power plant that supplies most of Velnohrad's heating, Talvanian officials said on Wednesday,
leaving much of the city without heat as the first frosts arrived.

The regional governor, Taras Melnyk, said the plant had been hit "dozens of times" in a
two-hour bombardment that began after midnight. He put the number of homes without heating at
around 80,000, and said emergency repairs could take up to a month.

Mayor Iryna Sokil asked residents to move elderly relatives to the heated shelters set up in
schools, and to avoid using gas stoves for warmth because of the risk of poisoning.

Dorsk said it had hit military targets near the city. It did not comment on the power plant.

The plant, built in the 1970s, has been damaged twice before this year.

(Reporting by Owen Pryce; editing by Alys Penrose)
""", style="news"),
     "independent wire report of the same strike that contradicts the other on casualties "
     "(one killed vs two) and scale (80,000 homes vs 200,000 residents)",
     hard=True)

pair("related", "aldersund-talks",
     doc("thebulletin.example", "2025-12-06T10:00:00Z", "aldersund-talks-end-agreement-dam",
         "Aldersund talks end with deal on dam inspectors, nothing on front line", """
Three days of ceasefire talks in Aldersund ended on Friday with a limited agreement to allow
international engineers to inspect the Ardava dam, and a promise to meet again in January.

The mediator, Henrik Solvang, told a news conference that the two delegations had also agreed
"in principle" to a further prisoner exchange, though no numbers or dates were set. He said
that the talks had been "serious and at times very difficult".

There was no progress on the central issue of where the two armies would stop. Talvania's chief
negotiator, Oleksandr Voronko, repeated that his country would not accept Dorsk forces on the
western bank of the river. Pavel Zhuravin, for Dorsk, said his side had made "constructive
proposals" that Talvania had rejected.

Engineers have warned for months that the dam, damaged by shelling last year, could fail if it
is not repaired. An inspection team from the International Water Safety Commission is expected
to visit within a month.

Fighting continued along the front during the talks, with both sides reporting artillery
exchanges near Tyshkiv.
"""),
     "follow-up three days later (end of the talks); independently written",
     hard=True)

pair("related", "fuel-depot-drone",
     doc("granitewire.example", "2025-10-08T08:20:00Z", "krasnoye-pole-depot-fire-drones",
         "Fire at Dorsk fuel depot after drone attack, governor says", """
KRASNOYE POLE, Oct 8 (GW) - Four fuel tanks caught fire at a depot in the Dorsk town of
Krasnoye Pole on Wednesday after a drone attack, the regional governor said, the latest in a
series of long-range strikes on Dorsk's fuel infrastructure.

Governor Arkady Leskov said air defences had shot down eleven drones over the region but that
falling wreckage had started the fire. He said there were no casualties. Firefighters were
still working to contain the blaze by mid-morning.

Talvania did not comment officially. A source in Talvania's military intelligence agency said
the depot fed a railway junction used to supply Dorsk troops.

The town is about 400 km from the front line. Dorsk's defence ministry said it had downed
37 drones overnight across four regions.

(Reporting by Tom Greaves; editing by Owen Pryce)
""", style="news"),
     "same strike reported independently by a wire agency, same figures, no shared sentences; "
     "A carries the aggregator's stock background paragraph")
