"""Courts and inquiries."""
from lib import base, pair, doc, derived

# ---------------------------------------------------------------- bases

base("hensley-trial", "courtroomreport.example", "2025-05-06T17:20:00Z", "hensley-fraud-trial-opens",
     "Former building society director 'treated members' money as his own', fraud trial told", """
A former finance director of the Brackwater Building Society moved £3.8 million of
members' money through a network of shell companies to pay for a villa, a yacht and his
children's school fees, a jury at Lydmouth Crown Court was told on Tuesday.

Victor Hensley, 61, of Saltings Lane, Brackwater, denies eleven counts of fraud by abuse
of position and two of money laundering. The offences are alleged to have taken place
between 2016 and 2022, when the society's auditors noticed unexplained payments to a
supplier that did not appear to exist.

Opening the case for the prosecution, Catherine Wyndham KC said Mr Hensley had been
trusted with the society's accounts for almost twenty years and had used that trust "as a
key to the till". She told the jury: "This was not a moment of madness. It was a careful,
patient scheme, repeated month after month, designed so that no single payment would look
large enough to be questioned."

The court heard that Mr Hensley set up four companies, registered to addresses in
Lydmouth and abroad, which invoiced the society for consultancy, software licences and
"branch refurbishment". Ms Wyndham said none of the companies had any employees and none
had supplied anything. Over six years, she said, they received 214 payments, most of them
between £12,000 and £24,000.

The jury was shown photographs of a villa on the southern coast bought in 2019 for
£1.15 million, and of a 14-metre motor yacht named Second Wind. Ms Wyndham said both
purchases could be traced, through the accounts of the shell companies, to the building
society.

The building society, which has 41,000 members and eleven branches, has since repaid the
money to its reserves from an insurance claim. Its chief executive, Martha Lowell, is
expected to give evidence later in the trial.

Mr Hensley's barrister, Jonathan Price KC, told the jury that his client accepted that
some of the payments were "irregular", but that the defence would show the society's
board had approved arrangements that allowed him to be paid through the companies. "The
question for you is not whether the paperwork was untidy," he said. "It is whether Mr
Hensley was dishonest. He says he was not."

The trial, before Judge Rosalind Cardew, is expected to last five weeks.
""")

base("landlord-fined", "dailylantern.example", "2025-03-19T15:45:00Z", "landlord-fined-unsafe-flats",
     "Marrowgate landlord fined £48,000 for 'death trap' flats", """
A Marrowgate landlord has been ordered to pay more than £48,000 after council inspectors
found tenants living in flats with no working fire alarms, exposed wiring and a fire
escape that had been padlocked shut.

Dennis Arkwright, 57, of Moor Road, pleaded guilty at Marrowgate Magistrates' Court to
nine offences under housing and fire safety law relating to a converted house on Station
Terrace, where eleven people were living in six flats.

The court heard that inspectors visited the building in August last year after a tenant
complained about damp. They found that the smoke alarms in the communal hallway had no
batteries, that the rear fire door was padlocked and that a fuse box had been left open
with live wires exposed at child height.

Arkwright was fined £36,000 and ordered to pay £11,240 in costs and a victim surcharge of
£900.

District Judge Nadine Osei said the landlord had shown "a complete disregard for the
safety of people who were paying him to keep a roof over their heads". She added: "The
only reason this court is not dealing with a far more serious matter is luck."

In mitigation, Arkwright's solicitor said he had owned the building for 22 years, had
been unwell and had relied on a managing agent who had let him down. All the work
required by the council had since been done, the court heard.

Councillor Ayesha Begum, who is responsible for housing at Marrowgate Borough Council,
said: "Most landlords in this town do a good job. This case shows what happens to those
who do not."
""")

base("farmer-cleared", "valleygazette.example", "2025-10-14T16:00:00Z", "farmer-cleared-boundary-dispute",
     "Tarn Valley farmer cleared of assault in boundary row", """
A Tarn Valley farmer accused of attacking his neighbour with a fence post during a long-
running dispute over a field boundary has been cleared by a jury.

Alistair Brough, 48, of High Garth Farm, near Ravensby, was found not guilty of assault
occasioning actual bodily harm after a three-day trial at Tarnley Crown Court. The jury
took just under two hours to reach its verdict.

The prosecution had alleged that Mr Brough struck his neighbour, Keith Dobson, 63, on the
arm with a wooden post in April last year, when the two men argued over a new fence Mr
Dobson was putting up along the edge of a field both claim to own.

Mr Brough told the jury that Mr Dobson had swung the post at him first and that he had
grabbed it to protect himself. "I have known Keith for thirty years. I would never hit
him. I was frightened he was going to hit me," he said.

Mr Dobson, who suffered a fractured wrist, told the court that Mr Brough had "lost his
temper completely" and snatched the post from the back of his tractor.

There were no independent witnesses. A video filmed on Mr Dobson's phone, which the
prosecution had hoped would settle the matter, began only after the injury had been
caused.

Outside court, Mr Brough said he was relieved and hoped the two families could "find a
way to live next to each other again". The dispute over the boundary, which concerns a
strip of land about four metres wide, is the subject of separate civil proceedings due to
be heard next year.
""")

base("quarry-appeal", "meridianpost.example", "2025-07-23T13:10:00Z", "appeal-court-quashes-corrick-edge-quarry",
     "Appeal court quashes permission for Corrick Edge quarry extension", """
The Court of Appeal has quashed planning permission for a 30-year extension to a
limestone quarry at Corrick Edge, ruling that ministers failed to take proper account of
its effect on a protected landscape.

In a judgment handed down on Wednesday, three judges found that the planning minister had
been wrong to grant permission against the advice of his own inspector without explaining
why the economic benefits outweighed the harm to the Fellside National Landscape, which
borders the site.

The extension, sought by Greystone Aggregates, would have added 42 hectares to the quarry
and allowed the extraction of a further 18 million tonnes of stone. The company said it
would protect 130 jobs and supply crushed rock for road-building across the north.

Lady Justice Amery, giving the lead judgment, said the minister's decision letter had
"recited the benefits at length and the harm in a single sentence". She said: "The law
does not require a minister to agree with his inspector. It does require him to show that
he has grappled with her reasons. That was not done here."

The case was brought by Save Corrick Edge, a group of residents and walkers, after the
High Court rejected their challenge last year. Its chair, Ruth Elsworthy, said: "We have
been told for three years that we were wasting our time. Today three judges have said we
were right."

Greystone Aggregates said it was disappointed and was considering an appeal to the Supreme
Court. Its managing director, Paul Devenish, said the company had followed every step of
the planning process. "Nothing in this judgment says the quarry is in the wrong place. It
says the paperwork was inadequate, and paperwork can be fixed," he said.

The decision will now return to the planning minister, who must decide the application
again. Quarrying on the existing site, which has permission until 2031, is not affected.

The government said it would study the judgment carefully.
""")

base("pavilion-arson", "eastbankherald.example", "2025-04-29T12:30:00Z", "teenager-sentenced-pavilion-fire",
     "Teenager sentenced for fire that destroyed Tarnley cricket pavilion", """
A teenager who set fire to Tarnley Cricket Club's pavilion, destroying 140 years of club
history, has been sentenced to a twelve-month youth rehabilitation order.

The 16-year-old boy, who cannot be named because of his age, admitted arson at Tarnley
Youth Court. He was also ordered to pay £500 compensation and to carry out 80 hours of
unpaid work.

The court heard that the boy and two friends broke into the timber pavilion on the night
of 3 August last year and lit a fire using newspapers and a can of lighter fluid they had
found in the groundsman's shed. The fire spread quickly and the building was destroyed
within an hour, despite the efforts of four fire crews.

Honours boards dating back to 1884, the club's scorebooks and a bat signed by the 1926
touring side were among the items lost. The club estimates the cost of replacing the
building at £420,000.

The chairman of the bench, Rebecca Hurst, told the boy: "You did not intend this to
happen, but it did, and a whole community has lost something it can never get back."

The two other boys were given youth cautions.

Club chairman Tony Weatherall said members had been "heartened" by a fundraising
campaign that has raised £185,000 so far. "We will rebuild, but we cannot rebuild the
history," he said.
""")

base("pellham-breach", "marketsdaily.example", "2025-11-18T14:25:00Z", "pellham-energy-class-action-data-breach",
     "Judge lets 190,000 customers sue Pellham Energy over data breach", """
A judge has allowed a group action on behalf of about 190,000 customers of Pellham Energy
to go ahead, in a ruling that could expose the supplier to compensation claims of more
than £40 million over a data breach in 2023.

Mr Justice Harcourt, sitting in the High Court's business list, rejected Pellham's
argument that the claimants had suffered no real harm because no bank details were taken
in the attack. Names, addresses, dates of birth and meter readings were stolen from a
customer database and later offered for sale online.

"The law does not require a claimant to show that a fraudster has emptied her bank
account," the judge said. "The loss of control over personal information of this kind,
and the distress and risk that follow, are capable of being real harm."

The claim is led by Maureen Ashby, a retired teacher from Corrick, whose details were
among those published. Her lawyers, the firm Dunmore Hale, argue that Pellham ignored two
warnings from its own security team that the database was exposed to the internet.

Pellham said it would study the judgment and was considering an appeal. "We take the
security of our customers' data extremely seriously and we apologised unreservedly at the
time," a spokeswoman said. "We do not accept that the claim has merit."

Shares in Pellham's parent company, Pellham Group, fell 3.1 per cent in afternoon trading.

Lawyers said the ruling was significant because courts have often refused to allow group
claims over data breaches where claimants cannot show financial loss. Dunmore Hale said
about 12,000 customers had signed up so far and it expected many more after the ruling.
A full trial is unlikely before 2027.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "landlord-fined",
     derived("marrowgatenow.example", "2025-03-19T18:00:00Z", "landlord-fined-station-terrace",
             style="news"),
     "same text with a dateline prefixed to the first paragraph",
     ops=[("sub1", "A Marrowgate landlord has been ordered", "MARROWGATE - A Marrowgate landlord has been ordered", None)])

pair("duplicate", "pavilion-arson",
     derived("tarnleytoday.example", "2025-04-29T16:45:00Z", "youth-sentenced-cricket-pavilion-fire",
             title="Youth sentenced over Tarnley cricket pavilion blaze"),
     "a single word changed in the body ('teenager' -> 'youth' in the lead) and a new headline",
     hard=True,
     ops=[("sub1", "A teenager who set fire", "A youth who set fire", "edit")])

# ---------------------------------------------------------------- copies

pair("copy", "farmer-cleared",
     derived("redkitenews.example", "2025-10-14T20:10:00Z", "farmer-not-guilty-fence-post",
             title="Farmer not guilty of fence post attack on neighbour", style="news"),
     "relay shortens names on second mention, drops the paragraph about the video and the "
     "civil case, and adds a closing line",
     ops=[("del", "There were no independent witnesses. A video filmed on Mr Dobson's phone, which the "
                  "prosecution had hoped would settle the matter, began only after the injury had "
                  "been caused.", "delete"),
          ("del", " The dispute over the boundary, which concerns a strip of land about four metres "
                  "wide, is the subject of separate civil proceedings due to be heard next year.",
           "delete"),
          ("sub", "Mr Brough", "Brough", "edit"),
          ("sub", "Mr Dobson", "Dobson", "edit"),
          ("post", "Neighbour disputes over boundaries are among the most common causes of civil "
                   "litigation between landowners in rural areas.", "insert")])

pair("copy", "pavilion-arson",
     derived("newsrelay24.example", "2025-04-29T20:00:00Z", "boy-16-pavilion-arson-sentenced",
             title="Boy, 16, sentenced after cricket pavilion destroyed in blaze", style="id"),
     "copy changes two numbers (compensation, fundraising total), drops the magistrate's "
     "quote and adds a framing intro",
     ops=[("pre", "A cricket club that lost more than a century of history in a single night has "
                  "spoken of its determination to rebuild.", "insert"),
          ("sub", "£500 compensation", "£800 compensation", "number"),
          ("sub", "£185,000 so far", "£158,000 so far", "number"),
          ("del", "The chairman of the bench, Rebecca Hurst, told the boy: \"You did not intend "
                  "this to happen, but it did, and a whole community has lost something it can "
                  "never get back.\"", "delete")])

pair("copy", "pellham-breach",
     derived("energyinsider.example", "2025-11-19T08:00:00Z", "pellham-group-action-ruling",
             title="Pellham faces group action after High Court ruling"),
     "trade site copies the story, softens the company's quote, credits the source and drops "
     "the share-price line",
     ops=[("sub", "\"We do not accept that the claim has merit.\"",
           "\"We will defend the claim robustly.\"", "quote"),
          ("del", "Shares in Pellham's parent company, Pellham Group, fell 3.1 per cent in "
                  "afternoon trading.", "delete"),
          ("post", "This story was first reported by Markets Daily.", "attribution")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "hensley-trial",
     doc("marketsdaily.example", "2025-05-08T07:30:00Z", "mutuals-governance-hensley-trial",
         "Column: Brackwater trial is a warning for every small mutual", """
Small building societies like to say that they are different from banks, and in most ways
they are. They are owned by their members, they lend carefully and they rarely make
headlines. The trial now under way in Lydmouth is a reminder that being small and
trusted has its own dangers.

The prosecution's opening, as reported by Courtroom Report, describes a scheme that
depended entirely on one man being left alone with the books:

{P1}

Whatever the jury decides about Mr Hensley, the governance questions are already clear.
How did four suppliers with no staff pass the society's procurement checks? Why did a
finance director control both the approval of invoices and the reconciliation of the
accounts that paid them? And why did it take the auditors six years to notice?

None of this is unusual in a small organisation. A society with eleven branches does not
have the staff of a high-street bank, and the same few people wear several hats. That is
precisely why the controls that separate those hats matter more, not less. The regulator
has said repeatedly that it expects smaller firms to meet the same standards on
segregation of duties as large ones, however inconvenient that is.

There is also a lesson for members. Mutuals hold annual meetings that are open to every
saver, and those meetings are usually poorly attended. Members who want their societies
to stay independent should take more interest in who is checking the checkers.

The trial is expected to run until June. The sector would do well not to wait for the
verdict before reviewing its own arrangements.
"""),
     "business column quotes the opening of a court report (first three paragraphs, ~170 words)",
     passages=[("A former finance director of the Brackwater Building Society",
                "large enough to be questioned.\"")])

pair("excerpt", "quarry-appeal",
     doc("fellsidenews.example", "2025-07-24T09:00:00Z", "corrick-edge-walkers-celebrate",
         "Corrick Edge: walkers celebrate, quarry workers worry", """
On the path above Corrick Edge on Wednesday evening, members of Save Corrick Edge opened a
bottle of sparkling wine and toasted the view. Two miles away, in the canteen at the
quarry gate, the mood was very different.

The ruling that brought both reactions came from the Court of Appeal earlier in the day.
The heart of the judgment, as the Meridian Post reported, was a criticism of how the
decision had been explained rather than of the quarry itself:

{P1}

For the quarry's workforce, that distinction offers little comfort. Darren Holt, who has
driven a dump truck at the site for eighteen years, said the uncertainty was the worst
part. "Nobody is saying we are finished, but nobody is saying we are safe either," he said.
"I have a mortgage. I would like to know if I need to start looking."

The company employs 130 people at Corrick Edge, most of them from the villages within ten
miles of the site, and buys in haulage and maintenance from several local firms.

Campaigners insist they are not trying to close the existing quarry, which has permission
to operate until 2031. They want the extension refused, and restoration of the worked-out
areas to begin.

Both sides now wait for the planning minister, who must take the decision again, and for
Greystone Aggregates, which has not yet said whether it will go to the Supreme Court.
"""),
     "local feature quotes ~135 words from the middle of a national report (judgment and "
     "campaigners' reaction)",
     passages=[("Lady Justice Amery, giving the lead judgment", "we were right.\"")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "hensley-trial",
     doc("lydmouthlive.example", "2025-05-06T20:00:00Z", "hensley-villa-yacht-fraud",
         "Villa and yacht 'bought with savers' cash', court hears", """
Savers' money from a small building society paid for a £1.15 million villa, a motor yacht
called Second Wind and school fees, prosecutors have claimed at the start of a fraud trial
in Lydmouth.

Victor Hensley, who was finance director of the Brackwater Building Society for almost two
decades, is accused of diverting £3.8 million between 2016 and 2022. The 61-year-old, from
Saltings Lane in Brackwater, has pleaded not guilty to eleven charges of fraud by abuse of
position and two of money laundering.

According to Catherine Wyndham KC, for the Crown, he created four companies with no staff
and no genuine business, some registered abroad, and had them bill the society for
software, consultancy and branch refits that never happened. Those firms were paid 214
times over six years, usually sums of between £12,000 and £24,000, small enough, she
suggested, to avoid attracting attention. She described the scheme as "careful" and
"patient", rather than a moment of madness, and said he had used his position "as a key
to the till".

Jurors saw pictures of the villa, bought in 2019 on the southern coast, and the 14-metre
boat. The prosecution says both can be traced back to society funds via the companies'
bank accounts. The fraud came to light in 2022, when auditors queried payments to a
supplier they could not find.

Defending, Jonathan Price KC conceded that some payments were "irregular" but said the
board had signed off arrangements under which Mr Hensley was paid through the companies.
The issue, he told jurors, was dishonesty, not untidy paperwork, and his client denies
any.

The society, which has 41,000 members and eleven branches, recovered the money through
insurance. Its chief executive, Martha Lowell, will give evidence. Judge Rosalind Cardew
expects the trial to run for five weeks.
"""),
     "heavily reworded court report: new lead built from a detail, long quote turned into "
     "reported speech with short fragments kept",
     hard=True)

pair("rewrite", "farmer-cleared",
     doc("heronfm.example", "2025-10-14T18:30:00Z", "high-garth-farmer-not-guilty",
         "Ravensby farmer found not guilty after fence row", """
A farmer from near Ravensby has been cleared of attacking his neighbour with a fence post.

Alistair Brough, 48, of High Garth Farm, was found not guilty of assault occasioning actual
bodily harm at Tarnley Crown Court today. The jury deliberated for a little under two hours
at the end of a three-day trial.

Prosecutors said Mr Brough hit Keith Dobson, 63, on the arm with a wooden post in April
last year while the two argued about a fence Mr Dobson was building. Each man claims the
field beside it as his own.

Mr Brough said in evidence that his neighbour had swung the post first and that he had
only grabbed it to defend himself. "I have known Keith for thirty years. I would never hit
him," he told jurors.

Mr Dobson, whose wrist was broken, said Mr Brough had "lost his temper completely".

Nobody else saw what happened, and a phone video taken by Mr Dobson started after he had
been hurt.

Speaking outside court, Mr Brough said he was relieved and wanted the families to find a
way to live side by side again. A civil case over the four-metre strip of disputed land is
due next year.
"""),
     "lightly reworded: the same order, sentences shortened and recast, quotes kept")

pair("rewrite", "pellham-breach",
     doc("meridianpost.example", "2025-11-18T19:00:00Z", "pellham-data-breach-ruling-harm",
         "Data breach victims need not prove financial loss, judge rules in Pellham case", """
Customers whose personal details were stolen from Pellham Energy can bring a group claim
against the company even though no bank details were taken, the High Court has ruled.

The decision by Mr Justice Harcourt clears the way for a claim on behalf of roughly
190,000 people whose names, addresses, dates of birth and meter readings were taken from a
customer database in 2023 and then advertised for sale online. Potential compensation
could exceed £40 million.

Pellham had argued that without financial loss there was no real harm. The judge
disagreed: losing control of personal information, and the distress and risk that come
with it, could amount to real harm in law, he said, adding that a claimant did not have to
show "that a fraudster has emptied her bank account".

The lead claimant is Maureen Ashby, a retired teacher living in Corrick. Her solicitors,
Dunmore Hale, say the supplier's own security staff warned twice that the database could
be reached from the internet, and that the warnings were ignored. About 12,000 customers
have joined the claim so far, and the firm expects the ruling to bring in many more.

Pellham, which may appeal, repeated its apology for the breach and said it did not accept
the claim had merit. Pellham Group shares closed 3.1 per cent lower.

Courts have often turned away group claims over data breaches where those affected could
not point to money lost, which is why lawyers see the ruling as important. A trial is not
expected before 2027.
"""),
     "reworded and reordered; the judge's long quote reduced to paraphrase and a fragment")

# ---------------------------------------------------------------- related

pair("related", "landlord-fined",
     doc("civicledger.example", "2025-03-20T12:00:00Z", "station-terrace-hmo-prosecution",
         "Council hails prosecution of Station Terrace landlord", """
Marrowgate Borough Council says a £48,000 penalty handed to a private landlord this week
should serve as a warning to anyone renting out unsafe homes in the borough.

Dennis Arkwright admitted nine housing and fire safety offences at the town's magistrates'
court on Tuesday. His property on Station Terrace, a Victorian house split into six flats,
was home to eleven tenants when the council's private housing team inspected it last
August.

According to the council, inspectors found a padlocked fire exit, smoke detectors without
batteries and an uncovered fuse board. The visit was prompted by a tenant's complaint
about damp.

The council has brought eleven prosecutions against private landlords in the past two
years, up from three in the previous two. It has also introduced a licensing scheme for
shared houses in four wards, and is consulting on extending it to the whole borough.

Councillor Ayesha Begum, the cabinet member for housing, said: "Most landlords in this
town do a good job. This case shows what happens to those who do not."

Tenants who are worried about the condition of their home can contact the private housing
team on the council's website. The council said all reports are treated in confidence.
"""),
     "independent account from the council's angle, next day; both carry the councillor's "
     "short statement verbatim",
     hard=True,
     shared_text="Most landlords in this town do a good job. This case shows what happens to those "
                 "who do not.")

pair("related", "quarry-appeal",
     doc("marketsdaily.example", "2025-07-29T10:15:00Z", "greystone-supreme-court-appeal-quarry",
         "Greystone to seek Supreme Court hearing over Corrick Edge quarry", """
Greystone Aggregates will ask the Supreme Court to restore planning permission for the
extension of its Corrick Edge quarry, the company said on Tuesday, six days after losing
in the Court of Appeal.

The firm said its lawyers had identified "an important point of principle" about how much
detail ministers must give when they disagree with a planning inspector. It has 28 days
from the judgment to apply for permission to appeal.

Analysts said the stakes go beyond one quarry. Greystone has two other extensions awaiting
ministerial decisions, and its reserves at Corrick Edge account for roughly a fifth of its
crushed rock output. "Without the extension the site runs down by the end of the decade,"
said Helen Marchbank, who covers building materials at broker Calloway Reeve.

Greystone shares have fallen 6 per cent since last Wednesday.

The residents' group Save Corrick Edge said it was ready to fight again and had launched an
appeal for £20,000 to cover legal costs. The planning ministry said it would not redetermine
the application while further legal proceedings were pending.
"""),
     "follow-up six days later from a business angle (company seeks Supreme Court appeal)",
     hard=True)
