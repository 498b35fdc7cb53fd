"""More pairs on the existing base stories: excerpts, light rewrites, follow-ups."""
from lib import pair, doc, passage, BASES
from boiler import HT_ABOUT

# ---------------------------------------------------------------- excerpts

pair("excerpt", "marigold-inquest",
     doc("fishingnews.example", "2025-10-01T07:00:00Z", "marigold-families-safety-campaign",
         "Marigold families launch campaign for stability checks on every boat", """
The families of the three men who died when the Hollinsford trawler Marigold capsized have
launched a campaign for compulsory stability checks on every fishing vessel that is altered,
a week after the inquest into the sinking opened.

The campaign, called Margin, takes its name from the evidence of the lead investigator, who
told the inquest that the crew had been working from a stability booklet that gave them a
false picture of "how much margin" they had. The families want any change to a boat's
equipment or structure to trigger a new assessment, paid for by a national fund rather than
by owners.

The inquest's opening days were reported by the Harbour Times, whose account of the closing
evidence on the first day set out the family's position and the coroner's intentions:

{P1}

Helen Birtwhistle, the barrister who represents the Garrow family at the inquest, said the
campaign was not about blame. "Neil Garrow lost his brother. The Petrie and Kalnins families
lost a son and a husband. They are united on this: the rules have to change," she said.

The campaign has the support of the fishermen's mission in Hollinsford and of the Northern
Fishermen's Federation, which had previously opposed new stability rules on grounds of cost.
Its chairman, Douglas Rennie, said the Marigold case had changed his mind. "We cannot keep
burying men and saying the paperwork was too expensive," he said.

A petition launched on Monday had gathered 6,200 signatures by Wednesday evening. The
families plan to deliver it to the transport ministry when the inquest ends.
"""),
     "campaign story quotes the last three paragraphs of the inquest report (~120 words, from "
     "the end), with the outlet's boilerplate left out",
     passages=[("The owner of the Marigold, Garrow Fishing Ltd,", "continues.")])

pair("excerpt", "price-war",
     doc("eastbankherald.example", "2025-10-18T08:00:00Z", "your-money-price-war-stock-up",
         "Your money: should you stock up while the supermarket price war lasts?", """
Readers have been asking whether the current round of supermarket price cuts is a good time to
fill the cupboards. The short answer is: for some things, yes, but do not expect the bargains to
last forever.

The cuts are real. Our own basket of 25 everyday items, which we check at three supermarkets on
the Eastbank every month, cost £3.10 less in October than in July. Tinned goods, pasta, cleaning
products and toiletries have fallen most.

How long will it last? Nobody knows for sure, but the analysis in the Meridian Post last week
offered the best guess we have seen:

{P1}

Our advice, then. Stock up on things that keep: tins, dried goods, toilet roll, washing powder.
Buy fresh food as you need it, because those prices move week by week and the cuts there are
smaller anyway. Use the price-matching promises, but check the small print, as some only apply
to shopping in store, not online.

And be wary of multibuy offers on items you would not normally buy. A bargain you throw away is
not a bargain.

If you have spotted a price cut, or a rise disguised as a cut, let us know. Next month we will
look at how the price war is affecting the smaller independent shops on the Eastbank, several of
which say they cannot compete.
"""),
     "consumer column quotes the last four paragraphs of an analysis (~250 words) nearly "
     "verbatim: the economist's surname misspelled in the quote (Benn -> Ben)",
     hard=True,
     passages=[("Farmers are even further down the chain.", "and it may be larger.",
                [("Dr Tariq Benn", "Dr Tariq Ben", "alias")])])

pair("excerpt", "hensley-trial",
     doc("brackwaterbugle.example", "2025-05-09T09:00:00Z", "building-society-members-react-trial",
         "Building society savers 'felt betrayed' as former director goes on trial", """
Members of the Brackwater Building Society have spoken of their anger and disbelief as the
trial of its former finance director continues in Lydmouth.

The society has been part of life in the town for 140 years. Many families have saved with it
for generations, and its branch on Fore Street, with its wood-panelled counter, is something of
a local landmark. For many members, the allegations have been hard to absorb.

"My grandmother opened my first account there when I was born," said Karen Dowell, 52, who runs a
florist's shop opposite the branch. "You trusted those people like you trusted the doctor."

The prosecution's case, and the line the defence will take, were summarised at the end of
Tuesday's opening by Courtroom Report:

{P1}

The society stresses that no member lost any money, because the sums involved were recovered
through insurance. But several members said that was not the point. "It was our money, whatever
the insurance says," said retired teacher Ron Eldridge, who has been a member for 60 years. "We
are a mutual. We are supposed to own the place."

The society's chief executive, Martha Lowell, wrote to all members this week promising to
publish a report on what had gone wrong once the trial was over, and to hold an open meeting in
the town.

The trial continues.
"""),
     "local story quotes the last four paragraphs of a court report (~200 words, from the end)",
     passages=[("The jury was shown photographs of a villa", "expected to last five weeks.")])

pair("excerpt", "assembly-budget",
     doc("civicalliance.example", "2025-03-03T10:00:00Z", "opposition-response-budget-hole",
         "Opposition briefing: the budget's £440m hole, in the words of the press", """
This briefing is published by the opposition group in the Northern Regional Assembly for members,
activists and anyone following the budget debate. It sets out why the group voted against the
budget on Friday and what it will press for in the coming months.

Our central objection is simple. The budget counts money that does not exist. Two items account
for almost all of the problem: savings that have not been identified, and a transfer from the
national government that has not been promised. Together they come to about £440 million, nearly
one pound in every twenty of the budget.

We are not alone in saying so. The most thorough independent account of the budget so far, the
Meridian Post's analysis on Saturday, sets out the problem better than we could, and we
reproduce the central section here in full:

{P1}

What follows from this? First, we will ask the Budget Scrutiny Office to report on the
efficiency programme every quarter, not once a year, so that the assembly knows early if the
savings are not appearing.

Second, we will propose that the two hospital units at Upper Mill and Fellgate stay open until
the back-office merger has delivered its first savings, so that patients are not made to pay
in advance for money that may never arrive.

Third, we will ask the finance minister to publish the "names, dates and people responsible"
she says the efficiency plan now contains. If the plan is as concrete as she says, there is no
reason to keep it private.

We supported much of what the budget is meant to pay for, including the money for hospitals
and for rural buses. Our argument is not with the spending. It is with the arithmetic. A budget
that relies on hope leaves the people who use public services exposed when the hope runs out,
and it is usually the least well-off who are hurt first.

The finance committee meets on 12 March. Members of the public can attend or watch online.
"""),
     "party briefing quotes ~255 words (near the upper bound: paragraphs 3-6) of an analysis inside "
     "a longer document",
     hard=True,
     passages=[("The trouble is what holds the line up.", "\"I am confident we will deliver.\"")])

ROUNDUP = doc("islandvoice.example", "2025-08-16T07:00:00Z", "coast-week-in-review-harbours",
              "Coast week: a new home for the lifeboat, and a wall for Ardlow at last", """
Welcome to Coast Week, our Saturday look at the news from the harbours and islands of the
western coast. This week, two stories about the structures that keep people safe at sea.

First, Hollinsford, where the lifeboat crew have finally left their old boathouse. The Harbour
Times was at the opening:

{P1}

Here on Ardlow, meanwhile, the scaffolding is due to go up next month for the harbour wall
repairs. For readers who missed the announcement in the spring, this is how the Harbour Times
reported the contract:

{P2}

Quay Street residents tell us the temporary barrier held up well in last week's spring tides,
but nobody is looking forward to another autumn behind it. The council has promised an
inspection before the equinox gales.

In other coast news: the Ardlow regatta raised £2,300 for the lifeboat, the Saturday ferry
will run an extra sailing in August, and the island shop is looking for a part-time assistant.
Applications to Morag at the counter.
""")
ROUNDUP["text"] = (ROUNDUP["text"]
    .replace("{P1}", passage(BASES["lifeboat-station"]["text"],
                             "Hollinsford's volunteer lifeboat crew moved into their new station",
                             "the difference between someone being alive and not,\" she said."))
    .replace("{P2}", passage(BASES["ardlow-harbour-wall"]["text"],
                             "A £4.8 million contract to rebuild",
                             "which owns the harbour.")))

pair("excerpt", "lifeboat-station", ROUNDUP,
     "weekly round-up quotes the first three paragraphs (~140 words) of this story; the same "
     "round-up also quotes another article (see the Ardlow harbour wall pair)",
     hard=True)

pair("excerpt", "ardlow-harbour-wall", ROUNDUP,
     "the same weekly round-up seen from its other source: it quotes the first three "
     "paragraphs (~100 words) of this story after a passage from another article",
     hard=True)

pair("excerpt", "velnohrad-power",
     doc("meridianpost.example", "2025-11-12T16:00:00Z", "live-talvania-war-12-november",
         "Live: Talvania war, Wednesday 12 November", """
16:02 - That is all from us for today. Thank you for following. A summary of the day's main
developments is below, and our live coverage resumes at 7am tomorrow.

15:40 - The Aldersund foreign ministry says it is still hoping to host direct talks between the
two sides before the end of the year. A spokeswoman said "contacts are continuing at a technical
level" but gave no date.

14:15 - Talvania's national power company says it has managed to divert some electricity to
Velnohrad from the west of the country, restoring power, though not heating, to about half of the
homes that lost it overnight.

12:30 - More on this morning's strike on the Velnohrad power station. The Compass Press Agency has
this report from the city:

{P1}

11:05 - The Dorsk defence ministry's daily briefing claims its air defences shot down 24
Talvanian drones overnight over three border regions. There is no independent confirmation.

09:20 - Talvania's parliament has approved an emergency fund of 1.2 billion hryvna for winter
repairs to energy infrastructure, including the Velnohrad plant.

07:00 - Good morning and welcome to our live coverage. Overnight, artillery fire hit the main power
station in Velnohrad, cutting heating to much of the city.
"""),
     "live blog with one timestamped entry quoting an agency story's first three paragraphs "
     "(~105 words)",
     hard=True,
     passages=[("Artillery fire struck the main thermal power station", "outside the damaged turbine hall.")])

pair("excerpt", "commander-claim",
     doc("factcheckdesk.example", "2025-10-08T10:00:00Z", "fact-check-dorosh-havryliuk-velnohrad-claim",
         "Fact check: did Talvania's army chief advise abandoning Velnohrad?", """
Claim: Talvania's commander-in-chief told President Havryliuk to give up the city of Velnohrad.

Verdict: Unproven. The claim rests on two anonymous sources quoted by one newspaper. It has been
denied by the president's office, and no other outlet has independently confirmed it. Versions
circulating on social media add details that appear in no original report.

The claim spread quickly at the weekend after it was published by the news site Eastwatch, which
attributed it to a German-language newspaper. The key passage reads:

{P1}

We were unable to find the original Abendpost article online. The paper's website carries a
shorter report, dated Saturday, which says that "disagreements" over the defence of Velnohrad were
discussed at the defence council, but does not say that the general advised a withdrawal or quote
the line about the president not wanting to hear the truth.

We also found at least nine copies of the Eastwatch text on other sites. Several drop the credit
to the Abendpost entirely, which makes the claim look like their own reporting. One rewrites the
names using Russian-derived spellings and adds a sentence saying that Talvania "initiated the
fighting", a claim that appears nowhere in the original.

A spokesman for the general staff declined to comment when we contacted him, repeating that it
does not discuss the defence council's meetings.

We will update this article if further evidence emerges.
"""),
     "fact-check quotes the first three paragraphs of the report it examines (~120 words)",
     hard=True,
     passages=[("Talvania's commander-in-chief, General Mykhailo Dorosh,", "did not want to hear it,\" one of the sources was quoted as saying.")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "pier",
     doc("lydmouthlive.example", "2025-03-14T15:00:00Z", "hollinsford-pier-6m-rebuild-reopen",
         "Hollinsford pier will reopen next summer after £6.2m rebuild", """
Hollinsford's Victorian pier will reopen to the public next summer, eight years after storm damage
forced it to close, the Pier Trust announced on Friday as it unveiled a £6.2 million restoration
plan.

From May, contractors will replace 140 of the pier's cast-iron columns, many of which a 2023 survey
found to be cracked or corroded. The decking, the bandstand and the café at the seaward end will
also be rebuilt.

The National Heritage Fund is providing about two thirds of the money; the council, a local lottery
and more than 3,000 individual donors have given the rest. Trust chair Eleanor Pascoe described the
public response as "extraordinary". "People have sent us cheques for five pounds with letters about
their first date on the pier," she said. "This is their pier, and they have paid for it."

Opened in 1887, the pier was at its busiest in the 1950s, when Lydmouth steamers called three times
a day every summer. A storm in 2017 ripped away part of the deck, leaving the seaward end cut off,
and it has been shut ever since.

Brightwater Marine, the contractor, expects the hardest part of the job to be at the far end, where
the columns stand in more than six metres of water at high tide. That work will be done from a
jack-up barge between May and September, avoiding winter swells.

The first 200 metres should be open by Easter, with the full length following in August. Entry will
be free, though events in the restored pavilion will be ticketed.

Councillor Ravi Anand, who is responsible for culture, hopes the pier will bring visitors back to
the south end of the seafront, where several shops have shut since 2017. "The pier was the reason
people walked that far," he said.
"""),
     "lightly reworded: same order, clauses recast, quotes and some phrases verbatim")

pair("rewrite", "mayor-expenses",
     doc("marrowgatenow.example", "2025-04-08T09:00:00Z", "mayor-geoffrey-tolland-resigns-audit",
         "Mayor Geoffrey Tolland resigns after audit of his expenses", """
Geoffrey Tolland has resigned as mayor of Marrowgate after an internal audit found £11,200 of
expenses claims for events the council could find no record of.

Mr Tolland, 66, has been a Civic Alliance councillor for the Castle ward since 2011 and became
mayor last May. He announced his decision on Monday evening in a two-line letter to the chief
executive, and will stay on as a councillor while the standards committee investigates.

The audit examined 43 claims made between June and February. It found that 17 of them, mostly
for mileage and hospitality, were for civic engagements that did not appear in the mayor's diary
or in the records of the organisations he said he had visited.

Through his solicitor, Mr Tolland said he had "made errors of record-keeping, not of honesty" and
would pay back anything found to have been claimed wrongly. He said a paperwork dispute would not
be allowed to distract from the office of mayor.

Chief executive Lorna Fairbairn confirmed the referral to the standards committee and said it
would be "inappropriate to comment further while that process is under way".

Opposition leader Hamid Qureshi asked why the claims had been approved in the first place.
"Somebody signed these off. The questions do not stop with the mayor," he said.

The deputy mayor, Sheila Brandon, will carry out the mayor's duties until the full council elects
a successor on 24 April.
"""),
     "lightly reworded: same order and many phrases kept; the kind of near-copy rewrite a local "
     "site makes (the closest rewrite to a copy in the set)",
     hard=True)

pair("rewrite", "storm-idris",
     doc("fellsidenews.example", "2025-12-06T11:00:00Z", "storm-idris-fells-trees-power",
         "Storm Idris: trees down and thousands without power across the Fells", """
Tens of thousands of homes lost power overnight as Storm Idris swept in from the west with gusts
of up to 94mph, the strongest of them at the Ardlow Island lighthouse at 3.40am.

Falling trees brought down overhead lines across the Tarn Valley and the Eastbank, leaving about
70,000 properties without electricity at the height of the storm. Northern Grid had reconnected
roughly 25,000 by 8am but warned that some rural customers could be cut off until Monday.

On the high ground of the Fells and at Hollinsford harbour, gusts topped 70mph. Several weather
stations recorded their highest December wind speeds since 1999.

Travel was badly disrupted. A tree on the line near Corrick closed the railway between Lydmouth
and Hollinsford, an overturned lorry blocked the Fells Road at the summit of Black Fell, and the
Ardlow ferry did not sail. No serious injuries were reported.

In Hollinsford harbour three yachts broke loose around midnight; two were recovered, but the third
was smashed against the harbour wall and sank.

The red wind warning ended at 7am, but an amber warning runs until 6pm, and forecasters expect the
rain that follows the storm to push the Tarn and its tributaries towards flood levels over the
weekend. Chief meteorologist Dr Alasdair Cowan warned that with saturated ground and rising
rivers, "the danger is not over".
"""),
     "reworded and reordered local version; quote cut to a fragment")

pair("rewrite", "velnohrad-power",
     doc("worldbrief.example", "2025-11-12T14:00:00Z", "velnohrad-freezing-without-heat-shelling", style="news",
         title="Velnohrad residents face freezing nights after power station shelled", text="""
About 200,000 people in Velnohrad have no heating or hot water after overnight shelling hit the
city's main thermal power station, and the mayor says repairs will take weeks.

Iryna Sokil told reporters outside the damaged turbine hall that at least 40 shells fell on the
plant and the area around it between 1am and 3am, killing two workers and injuring five. She said
engineers were at work but that residents deserved honesty about how long it would take.

Talvania's defence ministry says the fire came from Dorsk positions around 25 kilometres to the
east. Dorsk's ministry acknowledged striking "military infrastructure" nearby without referring
to the plant.

Sixty heating points have been set up in schools and public buildings, and elderly people will be
given portable heaters. The national power company is trying to route electricity to the city
from the west.

Built in 1974, the plant was Velnohrad's biggest heat source. It had already been damaged and
repaired after attacks in February and June.
"""),
     "agency story reworded by a relay; quote paraphrased, sentences merged")

# ---------------------------------------------------------------- related

pair("related", "corrick-hoard",
     doc("corrickdaily.example", "2025-07-15T12:00:00Z", "corrick-hoard-declared-treasure",
         "Corrick coin hoard declared treasure at inquest", """
A hoard of Roman coins found by two metal detectorists near Corrick was formally declared
treasure by a coroner on Tuesday, clearing the way for the Lydmouth Museum to buy it.

At a short hearing in Lydmouth, the coroner, Stephen Ollard, heard evidence from the museum that
the 2,611 coins had been buried together in a single pot in the late third century. He said the
find "plainly meets the legal definition" of treasure.

An independent committee will now value the hoard. The museum will then have to raise the money,
which will be shared between the finders, Gary Thwaites and Dean Murray, and the landowner.

Early estimates put the value at between £60,000 and £90,000, although coin hoards of this period
are common enough that individual coins are not especially valuable. The importance of the find,
the museum says, lies in its size and in the evidence of the building found beside it.

The coins will go on temporary display at the museum from next month while the valuation takes
place.
"""),
     "follow-up three months later (the coroner's treasure ruling)",
     hard=True)

pair("related", "dasgupta-prize",
     doc("harbourtimes.example", "2025-11-06T16:00:00Z", "hollinsford-author-coast-prize-shop",
         "Harbour Street shopkeeper's daughter wins Coast Prize", """
The daughter of a Harbour Street grocer has won the north's best-known fiction prize for a novel
inspired by her father's shop.

Meera Dasgupta, who went to Quayside Primary and Hollinsford High, received the Coast Prize at a
dinner in Lydmouth on Wednesday for The Monsoon Ledger. The judges described it as "a generous,
funny and heartbreaking story about what families carry across oceans".

Customers of the shop, which closed in 2018 when her father retired, remember him well. "He knew
what everybody bought and he had it on the shelf before you asked," said Doreen Maddox, 80, who
lived opposite. "He would be so proud of her."

Dasgupta, now 46, still lives in Hollinsford and writes in a room above what used to be the shop.
She said the prize money would pay for her trip to India next month, her first visit in eleven
years.

Copies of the novel sold out at the town's bookshop on Thursday morning. More are on order.

""" + HT_ABOUT),
     "independent local-angle report of the same prize; both quote the judges' 13-word phrase",
     hard=True,
     shared_text="a generous, funny and heartbreaking story about what families carry across oceans")

pair("related", "council-cyber",
     doc("meridianpost.example", "2025-06-24T06:00:00Z", "corrick-council-data-published-black-lantern",
         "Corrick residents' data published online by ransomware gang", """
Personal details of thousands of Corrick residents have been published online by the criminal
group that attacked the district council's computers two weeks ago, after the council refused to
pay a ransom.

The files, posted on Monday night on a site used by the group known as Black Lantern, include
names, addresses and bank details of people who receive housing benefit, along with scanned
copies of payslips and tenancy agreements. Security researchers who examined the files estimated
that they related to about 5,000 people.

The council confirmed that data had been stolen and said it was writing to everyone affected. It
has set up a helpline and is offering free credit monitoring for a year.

Residents expressed alarm. "I gave them my details because I had to, to get help with my rent,"
said one woman who had checked the list. "Now anyone can see where I live and what I earn."

The council's systems are gradually coming back online. Benefit payments delayed by the attack
have now been made.
"""),
     "follow-up two weeks later (stolen data published), independently written",
     hard=True)

pair("related", "playhouse-closure",
     doc("thebulletin.example", "2025-09-30T09:00:00Z", "marrowgate-playhouse-reprieve-trust",
         "Marrowgate Playhouse reprieved as council and donors step in", """
The Marrowgate Playhouse will stay open for at least three more years after the borough council
agreed to waive its rent and a group of local businesses pledged £450,000, the theatre's board
announced on Tuesday.

The rescue package, which follows a campaign that collected 31,000 signatures, fills most of the
gap left by the loss of the theatre's arts council grant in the spring. The board said it would
cut the number of in-house productions from eight a year to five and rely more on touring shows.

"Three months ago we were planning our last pantomime. Now we are planning a future," said the
board's chair, Helen Wardle.

Six posts will still be lost, and ticket prices will rise by an average of £2.

The Northern Arts Council, whose decision prompted the crisis, said it welcomed the news and would
be happy to consider a future application from the theatre.
"""),
     "follow-up three months later that reverses the first story (the theatre is saved)",
     hard=True)

# ---------------------------------------------------------------- excerpts of two separate passages

pair("excerpt", "estuary-microplastics",
     doc("anglingnorth.example", "2025-03-12T08:00:00Z", "microplastics-estuary-what-it-means-anglers",
         "What the Brackwater plastics study means for anglers", """
Anglers who fish the Brackwater estuary for bass and flounder have been asking what last week's
study of microplastics in the estuary mud means for them and for the fish. We read the research
and the coverage of it so you do not have to.

First, what was found. ScienceBeat's report gave the clearest summary of the numbers:

{P1}

That is a striking figure, but it is a figure for mud, not for fish. The same report was careful
about what the study did and did not show:

{P2}

So, should you stop eating your catch? Nobody is saying that. Microplastics have been found in
fish from almost every sea that has been tested, and the health effects for people who eat them
are not known. The particles mostly sit in the gut, which is removed when a fish is cleaned.

What the study does suggest is that the estuary's food chain, from worms to flatfish to the birds
and anglers at the top, is sitting on a large store of plastic that will not go away soon. The
university team says it hopes to study the fish directly next year, and it would like anglers to
help by donating gut samples from their catches. If you are interested, the club secretary has
the details.

In the meantime, the club's own contribution is simple: take your line home. Discarded fishing
line is plastic too, and our stretch of the shore is as good a place as any to start.
"""),
     "angling club article quotes two separate passages of a science story (~120 words from "
     "the start, ~60 words from the middle)",
     passages=[("The team took sediment cores from 28 sites", "will remain there for many years."),
               ("The study, published in the journal Coastal Sediment Research,", "which feed on those animals.")])

pair("excerpt", "rovers-athletic",
     doc("refwatch.example", "2025-11-11T09:00:00Z", "ref-watch-maguire-second-yellow-saltmarsh",
         "Ref Watch: was Maguire's second yellow at the Saltmarsh Ground fair?", """
Every week Ref Watch looks at one refereeing decision from the Northern League that got people
talking. This week: Sean Maguire's dismissal in Brackwater Rovers' 2-1 win over Marrowgate
Athletic, which Athletic's manager says cost his side the match.

Pitchside's match report described the incident and its aftermath:

{P1}

Athletic's manager was in no doubt after the game. As the report put it:

{P2}

We have looked at the footage from two angles. The first caution, for a trip on Daniel Okafor
on the edge of the centre circle in the 33rd minute, looks correct to us: Maguire was late and
made no attempt to play the ball. The second is closer. The television angle shows Maguire
getting a touch on the ball before his trailing leg catches Okafor. From the referee's position,
behind the play, the contact would have looked like a straightforward late challenge.

Under the laws, a foul that is reckless earns a caution whether or not the ball is played first.
A touch on the ball does not make a reckless challenge fair. Our panel of three former referees
split two to one in favour of Anita Khan's decision.

Verdict: harsh, but within the laws. And it is worth saying that Athletic were already struggling
to contain Rovers before the red card. Ten men made it harder, but the equaliser came from a move
that an eleven-man defence would also have found difficult to stop.

Next week: the penalty that never was at Wenlow.
"""),
     "refereeing column quotes two separate passages of a match report (~105 words: the red "
     "card and the equaliser; ~30 words: the manager's complaint)",
     hard=True,
     passages=[("The game turned seven minutes after the break.", "lifted the ball over Stott."),
               ("Reddaway said the sending-off had decided the match.", "\"With eleven men we win that game.\"")])

pair("excerpt", "waiting-times",
     doc("meridianpost.example", "2025-09-13T06:00:00Z", "comment-waiting-list-promise",
         "Comment: the waiting-list promise that keeps slipping away", """
Every government makes promises about hospital waiting lists, and most of them break those
promises quietly. This government made its promise loudly, and the figures published this week
show how far it has to go.

Here is the state of things, as HealthWatch Today set it out on Thursday:

{P1}

Those are not abstractions. A median wait of 31 weeks for a new hip means the better part of a
year of pain, of lost sleep, of a job put at risk or given up. For an older patient it can mean
a permanent loss of independence that no operation will restore.

The government's answer is bricks and mortar. The same report summarised it:

{P2}

Surgical hubs are a good idea. Separating planned operations from emergency care protects them
from being cancelled every winter. But hubs need surgeons, anaesthetists, theatre nurses and
beds for recovery, and the north is short of all four. A new building staffed by people moved
from an old one adds nothing.

What would help is unglamorous: more recovery beds in existing hospitals, so that operations are
not cancelled for lack of somewhere to put the patient afterwards, and a serious plan to keep
the theatre staff the region already has. Neither makes for a ribbon-cutting.

The minister says the government remains committed. The patients on the list would settle for
a date.
"""),
     "comment piece quotes two separate passages of a news story (~115 words from the start, "
     "~35 words: the minister's answer)",
     passages=[("The figures, published by the Northern Health Board on Thursday,", "\"But more people than ever need us.\""),
               ("The health minister, Kwabena Appiah,", "dedicated to planned operations.")])
