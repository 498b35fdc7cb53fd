"""Culture, arts and heritage; two touring stories with real place-name variants."""
from lib import base, pair, doc, derived
from boiler import SCOOP_TIPS, HT_ABOUT

# ---------------------------------------------------------------- bases

base("herring-girls", "meridianpost.example", "2025-02-20T07:00:00Z", "lydmouth-gallery-herring-girls",
     "Lydmouth gallery buys Rowntree's 'Herring Girls' for £1.4m", """
Lydmouth Art Gallery has bought The Herring Girls, the best-known painting by the
nineteenth-century artist Agnes Rowntree, for £1.4 million, ensuring that it will stay on
public display in the city where it was painted.

The canvas, which shows three women gutting herring on the Hollinsford quayside in 1884,
had been in a private collection since the 1920s and was put up for sale last year. The
government placed a temporary export bar on it in June after a buyer from abroad agreed to
pay the asking price.

The gallery raised the money in eight months with grants of £800,000 from the National
Heritage Fund and £250,000 from the Art Foundation, and more than £350,000 from a public
appeal. About 6,000 people gave to the appeal, including schoolchildren who held bake sales.

Rowntree, who was born in Hollinsford in 1852, was one of the first women admitted to the
Lydmouth School of Art. She painted working women on the coast for more than thirty years
but was largely forgotten after her death in 1919, until an exhibition in 2009 revived
interest in her work.

"This is the painting that made people look again at Agnes Rowntree," said the gallery's
director, Dr Yusuf Adair. "It belongs here, on the coast she painted, where the
granddaughters of those women can come and see it."

The Herring Girls will go on display in the gallery's main hall from 1 March, with free
entry. It will then tour to Hollinsford and Tarnley next year.
""")

base("playhouse-closure", "dailylantern.example", "2025-06-18T17:00:00Z", "marrowgate-playhouse-to-close",
     "Marrowgate Playhouse to close after 92 years as grant is cut", """
The Marrowgate Playhouse, one of the oldest working theatres in the north, will close at the
end of the year after losing its arts council grant, its board announced on Wednesday.

The 540-seat theatre on Castle Hill, which opened in 1933, received £310,000 a year from the
Northern Arts Council, about a fifth of its income. The council told the theatre last month
that the grant would end in March as part of a review of its spending across the region.

The board said it had examined every option, including cutting the number of productions
and asking the borough council for support, but could not close the gap. "We have kept this
theatre open through a depression, a war and a pandemic," said the chair, Helen Wardle. "It
breaks our hearts that we cannot keep it open through this."

The Playhouse employs 26 full-time staff and about 60 casual workers. Its Christmas pantomime,
which has run every year since 1946, sells about 22,000 tickets and will go ahead this
December as its final production.

Generations of local actors began their careers at the Playhouse, which runs a youth theatre
for 180 young people. Among its former members is the television actor Daniel Moss, who
called the news "devastating" in a message to supporters.

The Northern Arts Council said it had to make difficult choices with a budget that had fallen
in real terms, and that it was directing money to areas with no theatre at all. "We recognise
how much the Playhouse means to Marrowgate," a spokesperson said.

Marrowgate Borough Council leader Councillor Peter Ainsley said the council would meet the
board next week. He said the council could not replace the grant but might be able to help
with the building, which it owns.

A campaign to save the theatre, started on Wednesday evening, had gathered more than 8,000
signatures by midnight.
""")

base("film-festival", "thebulletin.example", "2025-10-13T09:00:00Z", "hollinsford-film-festival-golden-anchor",
     "Hollinsford Film Festival: 'The Salt Road' wins Golden Anchor", """
The Salt Road, a debut feature about a family of salt-makers on a dying stretch of coast,
won the Golden Anchor for best film at the Hollinsford Film Festival on Saturday night.

The film, directed by 31-year-old Marisol Quintero, was shot over six weeks on the Brackwater
estuary with a cast that included several non-professional actors from the town. It had
been one of fourteen films in the main competition.

Announcing the award, the jury president, the actor Rosalind Thwaite, read the jury's
citation: "For a film of rare patience and honesty, which finds in the smallest gestures of
a family the whole weight of a changing world, and which trusts its audience to look."

Quintero, who grew up in Lydmouth, said she had made the film "for the people who let us
into their lives and their kitchens". She said the £25,000 prize would go towards her next
film, which she hopes to shoot on Ardlow Island.

The award for best director went to Tomasz Wierzbicki for The Quiet Year, and the audience
award to the documentary Last Orders, about the closure of a village pub in the Tarn Valley.

The festival, in its 23rd year, sold a record 31,000 tickets over ten days. Its director,
Fergus Blyth, said the festival would add a third screen next year.
""")

base("corrick-hoard", "sciencebeat.example", "2025-04-09T10:00:00Z", "corrick-roman-coin-hoard",
     "Hoard of 2,600 Roman coins found by detectorists near Corrick", """
Two metal detectorists have found a hoard of more than 2,600 Roman coins buried in a pot in a
field near Corrick, in what archaeologists say is one of the largest discoveries of its kind
in the north.

Gary Thwaites and his son-in-law, Dean Murray, found the first coins in a ploughed field in
November. When they realised more coins were buried below, they stopped digging and called
the regional finds officer, who arranged for archaeologists to lift the pot and the soil
around it in one piece.

The pot was taken to the Lydmouth Museum, where conservators spent three months removing the
coins one at a time. They found 2,611 coins, most of them bronze, dating from about AD 260 to
AD 290, a period of political crisis in the Roman empire when several rival emperors issued
their own coinage.

"The fact that they stopped and called us is what makes this find so valuable," said Dr
Eleanor Baird, the museum's curator of archaeology. "Because the pot was excavated
properly, we know exactly how it was buried and what was around it. That tells us far more
than the coins alone."

Archaeologists also found traces of a timber building close to where the pot was buried,
suggesting that it was hidden inside or beside a farmhouse. Why the owner never returned for
it is unknown.

Mr Thwaites, a retired postman, has been detecting for 22 years. "You dream about this, but
you never think it will happen," he said. "When we saw the first green coins come up in the
soil, my hands were shaking."

A coroner will now decide whether the find is treasure under the law. If it is, a museum
will be able to acquire it, with a reward shared between the finders and the landowner. The
Lydmouth Museum has said it hopes to acquire the hoard and put it on display.
""")

base("foundry-licence", "thescoop.example", "2025-09-25T21:30:00Z", "foundry-music-venue-licence-revoked",
     "LAST ORDERS: Legendary Lydmouth gig venue The Foundry shut down by council", """
Legendary Lydmouth music venue The Foundry has been stripped of its licence after a string of
noise complaints and a drugs raid - sparking fury from music fans.

Council bosses revoked the licence on Thursday after a three-hour hearing, meaning the 400-
capacity club on Dock Street must stop selling alcohol and putting on gigs immediately.

Police told the licensing committee that officers had found cocaine in the venue's toilets
during a raid in July, and that there had been 14 reports of fights outside the club since
January.

Neighbours living in new flats across the road had also complained of thumping music until
3am. One resident told the hearing: "I have not had a full night's sleep in a year."

But fans say The Foundry is a vital part of Lydmouth's music scene. Dozens of famous bands
played there on their way up, and a petition to save it has been signed by more than 19,000
people.

Owner Darren Kitching, 47, said he was "gutted" and would appeal. "We have done everything
they asked. We put in soundproofing, we hired more door staff. They were always going to shut
us down once the flats went up," he fumed.

The venue has 21 days to lodge an appeal with the magistrates' court.

""" + SCOOP_TIPS, style="news")

base("orchestra-tour", "valleygazette.example", "2025-07-08T08:00:00Z", "youth-orchestra-tour-ukraine",
     "Tarn Valley Youth Orchestra to end summer tour in Kyiv", """
The Tarn Valley Youth Orchestra will end its summer tour with a concert in Kyiv, the first
time the orchestra has played outside its home country in its 41-year history.

The 68 musicians, aged between 13 and 21, will perform in Lviv, Odesa and Kharkiv before the
final concert at a concert hall in Kyiv on 9 August. The tour was arranged through a
partnership with the Kharkiv Youth Philharmonic, whose players visited the Tarn Valley last
year.

The programme includes a new piece by the Tarnley composer Holly Brindle, written for both
orchestras, which the two groups will perform together in Kharkiv. The players will also
take part in workshops with students from the music academy in Odesa.

"When the Kharkiv players came to us last summer, our young people made friendships that
have carried on every week online," said the orchestra's music director, Andrew Sowerby.
"This tour is their chance to return the welcome."

The conductor of the Kharkiv orchestra, Volodymyr Tkachenko, said the visit would be "a
celebration of what young musicians can build together".

The tour has been funded by a grant of £38,000 from the Northern Arts Council and by
fundraising by the players' families, who held concerts, sponsored walks and a quiz night.

The orchestra will give a send-off concert at Tarnley Town Hall on 26 July.
""")

base("dasgupta-prize", "thebulletin.example", "2025-11-06T12:00:00Z", "meera-dasgupta-coast-prize-kolkata",
     "Hollinsford novelist Meera Dasgupta wins Coast Prize, heads to Kolkata", """
Hollinsford novelist Meera Dasgupta has won the Coast Prize for fiction for her third novel,
The Monsoon Ledger, a family saga that moves between the western coast and Kolkata.

The £15,000 prize, awarded at a ceremony in Lydmouth on Wednesday evening, is given each year
to a novel by a writer living in the north. The judges called the book "a generous, funny
and heartbreaking story about what families carry across oceans".

Dasgupta, 46, was born in Kolkata and moved to Hollinsford with her parents when she was
nine. Her father ran a grocery shop on Harbour Street for thirty years. The novel follows
three generations of a family of shopkeepers, from a market in Kolkata to a corner shop in a
fictional northern port.

"I wrote this book for my father, who kept the accounts of the shop in a ledger in two
languages," she said in her acceptance speech. "He did not live to read it, but he is in
every page."

Dasgupta will travel to India next month for a tour of literary festivals, including events
in Kolkata, Mumbai and Chennai. A translation of the novel into Bengali is due next year.

The other shortlisted authors were Finn Ashcroft, Grace Obi-Lowe, Harriet Penhaligon and
Simon Achebe-Hart.
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "herring-girls",
     derived("artnorth.example", "2025-02-20T10:00:00Z", "herring-girls-stays-lydmouth",
             title="'The Herring Girls' stays in Lydmouth"),
     "same article with straight quotes made typographic and the gallery director's surname "
     "spelled differently (Adair -> Adare)",
     hard=True,
     ops=[("curly",), ("sub", "Dr Yusuf Adair", "Dr Yusuf Adare", "alias")])

pair("duplicate", "playhouse-closure",
     derived("marrowgatenow.example", "2025-06-18T19:30:00Z", "playhouse-close-92-years", style="news"),
     "republished with the petition figure updated (8,000 -> 9,000) and a 'Read more' line "
     "left at the end",
     ops=[("sub", "more than 8,000 signatures", "more than 9,000 signatures", "number"),
          ("post", "Read more: Playhouse pantomime tickets on sale now", None)])

# ---------------------------------------------------------------- copies

pair("copy", "orchestra-tour",
     derived("easterndispatch.example", "2025-07-09T06:00:00Z", "youth-orchestra-tour-kiev",
             title="Youth orchestra to end tour in Kiev"),
     "copy swaps Ukrainian spellings for Russian-derived ones (Kyiv->Kiev, Kharkiv->Kharkov, "
     "Odesa->Odessa, Lviv->Lvov, Volodymyr->Vladimir), drops the funding paragraph, adds a sentence",
     hard=True,
     ops=[("sub", "Kyiv", "Kiev", "alias"),
          ("sub", "Kharkiv", "Kharkov", "alias"),
          ("sub", "Odesa", "Odessa", "alias"),
          ("sub", "Lviv", "Lvov", "alias"),
          ("sub", "Volodymyr Tkachenko", "Vladimir Tkachenko", "alias"),
          ("del", "The tour has been funded by a grant of £38,000 from the Northern Arts Council and "
                  "by fundraising by the players' families, who held concerts, sponsored walks and a "
                  "quiz night.", "delete"),
          ("ins", "the first time the orchestra has played outside its home country in its 41-year "
                  "history.", " Cultural exchanges of this kind have grown in recent years.", "insert")])

pair("copy", "dasgupta-prize",
     derived("globaldesk.example", "2025-11-07T04:00:00Z", "dasgupta-coast-prize-calcutta",
             title="Calcutta-born novelist wins Coast Prize"),
     "copy uses the older city names (Kolkata->Calcutta, Mumbai->Bombay, Chennai->Madras), "
     "drops the shortlist paragraph and adds an intro",
     hard=True,
     ops=[("sub", "Kolkata", "Calcutta", "alias"),
          ("sub", "Mumbai", "Bombay", "alias"),
          ("sub", "Chennai", "Madras", "alias"),
          ("pre", "A novelist who left India as a child has won one of the most coveted literary "
                  "awards in the north.", "insert"),
          ("del", "The other shortlisted authors were Finn Ashcroft, Grace Obi-Lowe, Harriet "
                  "Penhaligon and Simon Achebe-Hart.", "delete")])

pair("copy", "corrick-hoard",
     derived("detectingtoday.example", "2025-04-10T08:00:00Z", "corrick-hoard-2600-coins-detectorists",
             title="Father and son-in-law find 2,600-coin Roman hoard"),
     "hobby site copies the story, changes the coin count and the finder's years of "
     "experience, drops the curator's quote and adds advice to detectorists",
     ops=[("sub", "They found 2,611 coins", "They found 2,661 coins", "number"),
          ("sub", "has been detecting for 22 years", "has been detecting for 25 years", "number"),
          ("del", "\"The fact that they stopped and called us is what makes this find so valuable,\" "
                  "said Dr Eleanor Baird, the museum's curator of archaeology. \"Because the pot was "
                  "excavated properly, we know exactly how it was buried and what was around it. "
                  "That tells us far more than the coins alone.\"", "delete"),
          ("post", "If you find a group of coins or a pot, stop digging, record the spot and call "
                   "your regional finds officer. As this find shows, it is the context that makes a "
                   "hoard important.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "playhouse-closure",
     doc("meridianpost.example", "2025-06-21T06:00:00Z", "regional-theatres-arts-funding-cuts",
         "Arts council cuts leave the north's old theatres fighting for survival", """
The Northern Arts Council's decision to redirect its theatre budget towards towns with no
theatre at all was always going to produce losers. This week the first of them emerged.

The Marrowgate Playhouse, which has survived almost a century of economic crises, will close
at Christmas. The Daily Lantern's report captured both the scale of the loss and the reasons
for it:

{P1}

The Playhouse is unlikely to be the last. Two other theatres in the region, in Wenlow and
Stonemere, have been told their grants will be cut by half, and the council's own figures
suggest that eleven of the organisations it funds have reserves of less than three months'
running costs.

There is a serious argument for the council's strategy. Large parts of the north have no
professional theatre within an hour's travel, and children in those towns may never see a
live play. Spreading money more widely is a defensible choice.

But a theatre, once closed, is very hard to reopen. Buildings are sold or converted, staff
move away and audiences lose the habit. Marrowgate's borough council owns the Playhouse
building and says it will look for a way to keep it in cultural use. Campaigners will hope
that means more than a community hall with a stage.

The council's funding round for 2026 opens in September. Those who run the north's older
theatres will be reading the guidance with some dread.
"""),
     "analysis quotes ~120 words from the start of a news story (paragraphs 2-3)",
     passages=[("The 540-seat theatre on Castle Hill", "keep it open through this.\"")])

pair("excerpt", "corrick-hoard",
     doc("corrickdaily.example", "2025-04-12T09:00:00Z", "corrick-coins-farm-landowner",
         "The farmer whose field held 2,600 Roman coins", """
When Bill Atherton agreed to let two metal detectorists walk his ploughed fields above
Corrick three years ago, he expected them to find horseshoes and ring pulls.

Instead his field has produced one of the largest Roman coin hoards ever found in the north.
The discovery was announced this week by the Lydmouth Museum, and ScienceBeat's account of
the excavation explained why archaeologists are so excited:

{P1}

Mr Atherton, 67, whose family has farmed at Low Barns since 1911, says he had always known
there was "something old" in the field, because the plough turned up pieces of pottery every
spring. "My father used to say the Romans had a house up there. We thought it was a story."

He and the two detectorists signed an agreement before they began to share any reward
equally, as the national code of practice recommends.

The museum has asked that the exact location of the field is not published, to protect it
from illegal detecting. A geophysical survey is planned for the summer to look for more of
the building.

Mr Atherton says he is happy for the museum to have the coins. "They have been in my field
for seventeen hundred years. I am quite happy for them to go somewhere people can see them,"
he said.
"""),
     "local feature quotes two paragraphs from the middle of a science story (~145 words: "
     "the conservation work and the curator's quote)",
     passages=[("The pot was taken to the Lydmouth Museum", "That tells us far more than the coins alone.\"")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "herring-girls",
     doc("harbourtimes.example", "2025-02-20T12:00:00Z", "herring-girls-painting-saved-for-coast",
         "Painting of Hollinsford quayside saved for the coast", """
A painting of three women gutting fish on the Hollinsford quay in 1884 has been saved for the
north after Lydmouth Art Gallery raised £1.4 million to buy it.

The Herring Girls is the most famous work of Agnes Rowntree, who was born in Hollinsford in
1852 and became one of the first women to study at the Lydmouth School of Art. For more than
three decades she painted the working women of the coast, but after her death in 1919 she
slipped into obscurity until a 2009 exhibition brought her back to attention.

The canvas had been privately owned since the 1920s. When it was offered for sale last year,
a foreign buyer agreed to the asking price, and the government imposed a temporary bar on
its export in June to give a public collection the chance to match the offer.

It took the gallery eight months. The National Heritage Fund contributed £800,000 and the Art
Foundation £250,000, while some 6,000 members of the public, schoolchildren with bake sales
among them, raised more than £350,000.

Gallery director Dr Yusuf Adair said the painting belonged on the coast Rowntree had painted,
where descendants of the women in it could see it.

It goes on show in the gallery's main hall from 1 March, free of charge, and will visit
Hollinsford and Tarnley next year.

""" + HT_ABOUT),
     "reworded and reordered for the painter's home town; the director's quote paraphrased",
     hard=True)

pair("rewrite", "film-festival",
     doc("lydmouthlive.example", "2025-10-13T13:00:00Z", "lydmouth-director-quintero-golden-anchor",
         "Lydmouth director's debut takes top prize at Hollinsford festival", """
A Lydmouth-raised director has won the Golden Anchor, the top award at the Hollinsford Film
Festival, with her first feature film.

Marisol Quintero, 31, made The Salt Road over six weeks on the Brackwater estuary, casting
several people from the town who had never acted before. It tells the story of a family of
salt-makers on a declining stretch of coast, and it beat thirteen other films in the main
competition.

The jury, led by the actor Rosalind Thwaite, praised the film's patience and honesty and the
way it "trusts its audience to look".

Quintero dedicated the award to the people who had let her crew into their homes and
kitchens. She plans to put the £25,000 prize money towards her next project, which she hopes
to film on Ardlow Island.

Other winners on Saturday night included Tomasz Wierzbicki, named best director for The
Quiet Year, and Last Orders, a documentary about a Tarn Valley village pub closing down,
which took the audience award.

Now in its 23rd year, the ten-day festival sold a record 31,000 tickets. Director Fergus Blyth
says a third screen will be added next year.
"""),
     "reworded for a local angle; the jury citation reduced to a fragment")

pair("rewrite", "corrick-hoard",
     doc("meridianpost.example", "2025-04-09T15:00:00Z", "roman-hoard-corrick-crisis-coins",
         "Roman coins from an age of crisis unearthed near Corrick", """
More than 2,600 Roman coins buried in a pot during one of the most turbulent periods in the
empire's history have been found in a field near Corrick.

Metal detectorists Gary Thwaites and Dean Murray, his son-in-law, turned up the first coins
in a ploughed field in November. Realising that there were more below, they stopped and
called in the regional finds officer, and archaeologists lifted the pot together with the
surrounding soil in a single block.

At the Lydmouth Museum, conservators took three months to extract 2,611 coins, one by one.
Most are bronze and date from roughly AD 260 to AD 290, when rival emperors competed for power
and several minted their own money.

Dr Eleanor Baird, the museum's curator of archaeology, said the decision to stop digging was
what made the find so valuable, because a proper excavation revealed how the pot was buried
and what lay around it.

That work uncovered traces of a timber building nearby, which suggests that the hoard was
concealed in or next to a farmhouse. Nobody knows why its owner never came back for it.

Mr Thwaites, a retired postman who has been detecting for 22 years, said his hands were
shaking when the first green coins appeared in the soil.

A coroner must now rule on whether the hoard counts as treasure. If so, a museum can acquire
it and the reward will be shared by the finders and the landowner; the Lydmouth Museum wants
to buy it and display it.
"""),
     "heavily reworded national version; all quotes turned into reported speech",
     hard=True)

# ---------------------------------------------------------------- related

pair("related", "film-festival",
     doc("screennorth.example", "2025-10-12T23:30:00Z", "salt-road-golden-anchor-review",
         "'The Salt Road' takes the Golden Anchor in a strong year for Hollinsford", """
It was not a surprise. From its first screening on the festival's second night, The Salt Road
was the film people talked about in the queues, and on Saturday the jury agreed, giving
Marisol Quintero's quiet, unhurried debut the Golden Anchor.

Jury president Rosalind Thwaite read the citation from the stage of the Regent: "For a film of
rare patience and honesty, which finds in the smallest gestures of a family the whole weight
of a changing world, and which trusts its audience to look."

That last phrase is the key to the film. Quintero holds her shots long after most directors
would cut, and lets her non-professional cast, several of them real salt-workers from
Brackwater, simply get on with their work. Nothing much happens, and everything does.

The Quiet Year, Tomasz Wierzbicki's chilly Baltic drama, was a worthy winner of best director.
The audience prize for Last Orders, a warm documentary about a village pub's final weeks,
will surprise nobody who heard the applause at its screening.

A record 31,000 tickets were sold this year. On this evidence, the festival's programmers
deserve a good share of the credit.
"""),
     "critic's review of the same awards written independently; both quote the 36-word jury "
     "citation verbatim",
     hard=True,
     shared_text="For a film of rare patience and honesty, which finds in the smallest gestures of "
                 "a family the whole weight of a changing world, and which trusts its audience to look.")

pair("related", "foundry-licence",
     doc("lydmouthlive.example", "2025-09-26T08:00:00Z", "foundry-licence-hearing-decision",
         "The Foundry loses licence after police evidence of drugs and disorder", """
Lydmouth City Council's licensing committee has revoked the premises licence of The Foundry,
the live music club on Dock Street, following a review requested by Western Police.

The committee heard evidence on Thursday that class A drugs were found in the venue in July
and that officers had been called to 14 incidents of disorder nearby this year. Residents of
the Wharfside apartments, completed last year opposite the club, gave evidence about late-
night noise.

Representatives of the venue argued that the problems had been addressed, pointing to new
acoustic insulation and extra security staff, and asked the committee to impose conditions
instead. The committee chair, Councillor Margaret Iqbal, said members were not confident that
conditions would be followed.

The Foundry has hosted many touring bands over its 30-year history, and supporters say
Lydmouth will lose an important part of its cultural life. An online petition has more than
19,000 signatures.

The venue has three weeks to appeal to the magistrates' court. Its owner, Darren Kitching,
has said he will do so.
"""),
     "same licensing decision reported soberly the next morning; independent text")

pair("related", "orchestra-tour",
     doc("thebulletin.example", "2025-08-11T09:00:00Z", "tarn-valley-youth-orchestra-kyiv-finale",
         "Standing ovation for Tarn Valley players at tour finale", """
The Tarn Valley Youth Orchestra finished its first tour abroad with a standing ovation in
Kyiv on Saturday night, after a final concert that included the premiere of a joint work with
their hosts from Kharkiv.

Holly Brindle's Two Rivers, written for the combined orchestras of more than 120 young
players, had been performed in Kharkiv earlier in the week, but the Kyiv performance was the
first before a full hall. The composer, who travelled with the orchestra, took a bow with
both conductors.

Over three weeks the players gave five concerts and took part in workshops with students in
Odesa. Several of the older players said the highlight had been staying with the families of
the Kharkiv musicians who had visited the valley last year.

"Some of them have been messaging each other every day for a year. Now they have played
together in a concert hall in a capital city. I do not think they will ever forget it," said
music director Andrew Sowerby.

The orchestra returns home on Tuesday. A concert of music from the tour is planned for
Tarnley Town Hall in October.
"""),
     "follow-up a month later (the tour's final concert), independently written",
     hard=True)
