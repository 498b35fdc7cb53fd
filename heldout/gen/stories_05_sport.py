"""Sport."""
from lib import base, pair, doc, derived

# ---------------------------------------------------------------- bases

base("rovers-athletic", "pitchside.example", "2025-11-08T17:25:00Z", "brackwater-rovers-2-1-marrowgate-athletic",
     "Brackwater Rovers 2-1 Marrowgate Athletic: Okafor double keeps Rovers top", """
Two goals from Daniel Okafor kept Brackwater Rovers at the top of the Northern League as
they came from behind to beat ten-man Marrowgate Athletic at the Saltmarsh Ground.

Athletic took the lead after 14 minutes when Rovers goalkeeper Lewis Fenn spilled a
low cross from the right and Jordan Pilkington tapped in from three yards. For the rest of
the first half the visitors defended deep and comfortably, and Rovers managed only one shot
on target, a header from Callum Reade that was straight at Athletic keeper Mark Stott.

The game turned seven minutes after the break. Athletic captain Sean Maguire, already
booked for a foul on Okafor, caught the striker late on the halfway line and was shown a
second yellow card by referee Anita Khan. Maguire's manager, Phil Reddaway, was also sent
to the stands for his protests.

Rovers equalised on the hour. Reade's cross from the left was headed back across goal by
centre-back Tom Ashby and Okafor volleyed in at the far post. The winner came in the 78th
minute, when Okafor ran on to a long ball from Fenn, held off Athletic's last defender and
lifted the ball over Stott.

Athletic almost snatched a point in stoppage time but Pilkington's shot from the edge of
the area was deflected wide.

"We were poor in the first half and I told them so," said Rovers manager Gill Hartley. "But
the second half showed what this group is about. Daniel was outstanding."

Reddaway said the sending-off had decided the match. "The first booking was soft and the
second was softer," he said. "With eleven men we win that game."

The crowd of 4,812 was the largest at the Saltmarsh Ground this season. Rovers are three
points clear of Eastfold United, who play on Sunday.
""")

base("town-united", "pitchside.example", "2025-11-09T16:55:00Z", "hollinsford-town-0-3-eastfold-united",
     "Hollinsford Town 0-3 Eastfold United: Ndlovu hat-trick closes gap", """
Eastfold United moved to within a point of the Northern League leaders after Precious
Ndlovu's second-half hat-trick sank Hollinsford Town at a wet and windy Harbour Park.

The first half was played almost entirely in Hollinsford's half, with United's wingers
repeatedly getting behind the home full-backs, but Town goalkeeper Ryan Penhale made four
fine saves to keep the score level at the break, the best of them a one-handed stop from
Kieran Walsh's curling free-kick.

Ndlovu broke the deadlock three minutes after the restart, turning his marker on the edge
of the box and firing low into the corner. He doubled the lead in the 64th minute from the
penalty spot after Walsh was tripped by Town defender Josh Tremayne, and completed his
hat-trick with a header from a corner twelve minutes from time.

Hollinsford, who have now lost five of their last six league games, rarely threatened.
Their best chance fell to substitute Ollie Branagh, whose shot from twelve yards hit the
crossbar with United already three goals ahead.

United manager Kenny Adeyemi said his side had been patient. "We knew the goal would come if
we kept moving the ball. Precious is in the form of his life," he said.

Town's interim manager, Steve Lomax, admitted his side had been second best. "Ryan kept us in
it for 45 minutes, but you cannot ask your goalkeeper to do that all afternoon," he said.

Hollinsford drop to 17th in the table, two points above the relegation places. The
attendance was 1,973.
""")

base("fells-stage", "compasspress.example", "2025-06-12T16:40:00Z", "tour-of-the-fells-stage-four-brennan",
     "Brennan wins queen stage of Tour of the Fells to take race lead", """
Irish-born rider Aoife Brennan won the fourth stage of the Tour of the Fells on Thursday
with a solo attack on the final climb to High Pike, taking the overall lead with two
stages remaining. (CPA)

Brennan, 27, who rides for the Corrick-based team Velocita, attacked with 4.5 kilometres
of the 168-kilometre stage from Tarnley remaining and crossed the line 38 seconds ahead of
Dutch rider Femke Roos. Overnight leader Clara Weiss finished fourth, 1 minute 12 seconds
down, and drops to third overall.

"I have looked at that climb on the map every day for a year," Brennan said at the finish.
"When the gradient hit fifteen per cent I knew it was now or never."

The stage was shaped by heavy rain in the valley, which caused several crashes on the
descent from Black Fell. Belgian rider Lotte Vermeulen, who started the day second
overall, abandoned after one of them with a suspected broken collarbone.

Brennan now leads Roos by 24 seconds, with Weiss a further 19 seconds back. Friday's
fifth stage is a flat 152 kilometres along the coast from Hollinsford to Lydmouth,
before Saturday's short time trial decides the race.

The Tour of the Fells, now in its twelfth year, has been part of the women's international
calendar since 2022.
""", style="news")

base("tarnley-rfc-coach", "thescoop.example", "2025-02-04T21:00:00Z", "tarnley-rfc-sack-coach-mcbride",
     "AXED! Tarnley boss McBride booted out after nightmare run", """
Tarnley RFC have sacked head coach Dougie McBride after a horror run of seven straight
defeats left the club staring at relegation.

Club chiefs wielded the axe on Tuesday night, just 48 hours after the humiliating 41-6
hammering at home to bitter rivals Lydmouth Saints.

McBride, 52, was only appointed in the summer on a three-year deal after leading
Stonemere to promotion. But his side have won just three of 15 league games and sit
second from bottom in the Championship North, four points adrift of safety.

Insiders told The Scoop that senior players had lost faith in his methods. One said: "The
dressing room went weeks ago. Everyone could see it except him."

Chairman Brian Oldroyd said in a statement: "Dougie is a good man who has given everything
to this club. But results have not been good enough and we owe it to our supporters to act
now while there is still time."

Assistant coach Rhodri Pugh will take charge for Saturday's crunch trip to fellow
strugglers Wenlow. Former Tarnley captain Jack Eastwood has already been linked with the
job.

Fans had chanted for McBride's head during Sunday's mauling. Season-ticket holder Gary
Firth, 61, said: "It's a mercy killing. Nobody wanted it to end like this."
""", style="news")

base("junior-tennis", "valleygazette.example", "2025-07-29T10:00:00Z", "ravensby-teenager-wins-regional-tennis",
     "Ravensby teenager crowned northern junior tennis champion", """
A 15-year-old from Ravensby has become the first player from the Tarn Valley to win the
Northern Junior Tennis Championships for more than twenty years.

Isla Drummond, who trains at Tarnley Lawn Tennis Club, beat the top seed, Priya Lennox of
Lydmouth, 6-4, 3-6, 7-5 in Sunday's under-16 girls' final at the Lydmouth Tennis Centre.
The final lasted two hours and 41 minutes.

Isla, a pupil at Tarnley High School, saved two match points at 4-5 in the deciding set
before winning the last three games. "I was just trying not to think about the score," she
said afterwards. "When she hit the last ball long I did not believe it for a second."

Her coach, Mark Ellison, said he had never seen a junior player fight back like it. "She
has a lot of talent, but what wins matches like that is character," he said.

The victory earns Isla a place at the national junior championships in August. The last
Tarn Valley player to win a northern junior title was Rob Haigh in 2003.

Tarnley Lawn Tennis Club, which has 240 members, is raising money to cover the cost of a
floodlit court so that juniors can train through the winter.
""")

base("lydmouth-marathon", "eastbankherald.example", "2025-04-27T15:30:00Z", "lydmouth-marathon-course-record",
     "Course record falls as Kiprotich wins Lydmouth Marathon", """
Kenyan runner Daniel Kiprotich smashed the Lydmouth Marathon course record by almost two
minutes on Sunday, crossing the line on the Promenade in 2 hours 8 minutes 41 seconds in
cool, still conditions that runners described as perfect.

The previous record, 2:10:33, had stood since 2016. Kiprotich, 24, who was running only his
third marathon, pulled away from a group of four runners at the 32-kilometre mark on the
climb out of the Old Town and was never caught. His compatriot Samuel Ruto was second in
2:10:02, also inside the old record, with local favourite Owen Pritchard third in 2:12:50,
a personal best.

The women's race was won by Ethiopian runner Tigist Alemu in 2:26:14, with Hollinsford's
Beth Carrow second in 2:29:40 in her first marathon.

"I thought maybe I could run 2:10 here. When I saw the clock at 35 kilometres, I knew
something special was possible," Kiprotich said. "The people on the streets pushed me all
the way."

More than 11,000 runners started the race, the largest field in its 38-year history. The
organisers, Lydmouth Running Events, said the event had raised about £2.1 million for
charity.

Pritchard, a 29-year-old physiotherapist who trains with Lydmouth Harriers, said he was
"over the moon" to finish on the podium in his home city. "I run these streets every
morning on the way to work. To come round the last corner in third was unbelievable," he
said.

Race director Siobhan Kerr said the new course, which was changed last year to avoid
roadworks on the Harbour Road, had proved faster than expected. "We hoped it would be
quick, but nobody expected this," she said.

Three runners were treated in hospital for exhaustion and were said to be in a stable
condition. The St John Ambulance teams on the course treated more than 300 people, most
for blisters and minor injuries.
""")

base("athletic-takeover", "pitchside.example", "2025-08-28T12:00:00Z", "marrowgate-athletic-takeover-consortium",
     "Marrowgate Athletic agree takeover by fans-backed consortium", """
Marrowgate Athletic have agreed to be taken over by a consortium of local businesspeople
and supporters, ending two years of uncertainty over the future of one of the Northern
League's oldest clubs.

The consortium, called Athletic Together, will buy the 83 per cent stake owned by property
developer Clive Standish for a nominal £1 and take on the club's debts of around £2.3
million. It will also buy the club's ground, the Ironworks Road stadium, from a company
controlled by Mr Standish for £1.75 million.

Athletic Together is led by Nasreen Qadir, who runs a logistics business in Marrowgate,
and includes the former Athletic captain Martin Keogh. More than 1,600 supporters have
bought shares worth £250 each through a community share offer, raising £400,000, and the
supporters' trust will have two seats on a new board of seven.

"This club belongs in this town, and from today it belongs to this town," Ms Qadir said at
a press conference at the ground. "Nobody will ever again be able to hold it to ransom by
owning the stadium separately."

Mr Standish bought the club in 2014 and separated the ownership of the ground in 2019, a
move that supporters feared was a step towards selling the land for housing. He had put
the club up for sale in 2023, saying he could no longer afford to fund its losses.

In a statement, he said he was "proud of what we achieved together" and wished the new
owners well.

The deal still needs the approval of the league, which is expected next month. The club,
which was founded in 1881 by workers at the Marrowgate ironworks, has had three managers in
the past two years and narrowly avoided relegation last season.

Manager Phil Reddaway said the players had been told of the deal on Wednesday morning.
"You could feel the weight lift in the dressing room," he said. "Now we can get on with
football."
""")

# ---------------------------------------------------------------- duplicates

pair("duplicate", "rovers-athletic",
     derived("brackwaterbugle.example", "2025-11-08T19:00:00Z", "rovers-beat-ten-man-athletic",
             title="Okafor at the double as Rovers beat ten-man Athletic", style="news"),
     "match report republished by a local paper with a new headline and the crowd figure "
     "corrected (4,812 -> 4,821)",
     ops=[("sub", "4,812", "4,821", "number")])

pair("duplicate", "junior-tennis",
     derived("tarnleytoday.example", "2025-07-29T12:30:00Z", "isla-drummond-northern-junior-champion",
             title="Isla Drummond wins northern junior title"),
     "same text with a photo caption line at the top and typographic quotes",
     ops=[("pre", "Isla Drummond with the Northern Junior Championships trophy. (Photo: Tarnley LTC)", None),
          ("curly",)])

# ---------------------------------------------------------------- copies

pair("copy", "fells-stage",
     derived("cyclingnorth.example", "2025-06-12T19:10:00Z", "brennan-high-pike-yellow",
             title="Brennan soars on High Pike to take Tour of the Fells lead"),
     "copy with the agency tag and the race-history line dropped, one time gap changed, and "
     "a sentence about Brennan's team added (close to a duplicate: word overlap ~0.90)",
     hard=True,
     ops=[("sub", " (CPA)", "", "attribution"),
          ("sub", "38 seconds ahead", "36 seconds ahead", "number"),
          ("ins", "crossed the line 36 seconds ahead of Dutch rider Femke Roos.",
           " It is the first stage win of Velocita's season.", "insert"),
          ("del", "The Tour of the Fells, now in its twelfth year, has been part of the women's "
                  "international calendar since 2022.", "delete")])

pair("copy", "athletic-takeover",
     derived("marrowgatenow.example", "2025-08-28T15:00:00Z", "athletic-together-takeover-agreed",
             title="Athletic Together takeover agreed: what happens next", style="news"),
     "local site copies the report, adds an introduction and a closing 'what happens next' "
     "paragraph, and drops the owner's statement",
     ops=[("pre", "It is the news Marrowgate Athletic supporters have waited two years to hear.",
           "insert"),
          ("del", "In a statement, he said he was \"proud of what we achieved together\" and "
                  "wished the new owners well.", "delete"),
          ("post", "What happens next: the league's board meets on 18 September to consider the "
                   "deal. If it is approved, the consortium expects to complete the purchase of "
                   "the ground within a month, and the supporters' trust will elect its two "
                   "directors at a meeting in October.", "insert")])

# ---------------------------------------------------------------- excerpts

pair("excerpt", "lydmouth-marathon",
     doc("runnersdigest.example", "2025-05-02T08:00:00Z", "spring-marathon-roundup-fast-times",
         "Spring marathon round-up: fast courses, fast times, and a question mark", """
It has been a spring of fast times on the northern marathon circuit. Wenlow, Corrick and
Lydmouth all produced course records within three weeks of one another, and personal bests
were everywhere.

The standout performance came in Lydmouth, where the men's race turned into a procession.
The local paper's account of the race captured how it unfolded:

{P1}

That performance, on a course altered last year, has inevitably raised questions. A
course record on a new route is a record on a route with no history, and experienced
observers have asked whether the new loop around the Old Town was measured correctly.
The organisers say the course was measured by an accredited measurer in February, and
the measurement report will be submitted to the national federation with the results.

In Wenlow, conditions were less kind but the times were still quick. Local club runner
Hannah Breckon took four minutes off her best to win the women's race in 2:31:08, and the
men's race came down to a sprint finish between three runners separated by two seconds.

Corrick's race, the smallest of the three with just under 2,000 finishers, produced the
surprise of the season. Fell runner Tom Dacre, racing his first road marathon, won in
2:15:22 wearing a pair of trail shoes he had bought the day before.

The autumn season begins in Hollinsford in September. Entries are already close to the
limit.
"""),
     "round-up quotes the race story's first two paragraphs (~125 words)",
     passages=[("Kenyan runner Daniel Kiprotich smashed", "a personal best.")])

pair("excerpt", "athletic-takeover",
     doc("meridianpost.example", "2025-09-06T07:00:00Z", "fan-ownership-football-northern-league",
         "Who owns the ground? The lesson of Marrowgate Athletic", """
Football clubs in the lower leagues have learned the hard way that owning the club is not
the same as owning the ground. When the two are separated, the stadium becomes an asset
and the club a tenant, and tenants can be evicted.

Marrowgate Athletic's supporters understood this better than most. Their new owners, a
consortium of local businesspeople and fans, have made reuniting club and ground the heart
of their rescue, as Pitchside reported when the deal was agreed:

{P1}

That structure, with the ground held alongside the club and supporters represented on the
board, has become the model for a generation of rescues. At least nine clubs in the
northern leagues have been bought by community-backed groups in the past decade. Most have
survived. The ones that struggled were usually those that bought the club but could not
afford the ground, and spent years paying rent to the very people they had replaced.

It is not a cure for every ill. Community-owned clubs still lose money, and a share offer
raises cash once, not every year. Several have had to return to supporters for a second
round of investment, with diminishing results. Fans on a board can also find themselves
making the decisions they once criticised, such as raising ticket prices or selling a
popular player.

But the alternative, as Athletic's supporters can testify, is worse. Two years of not
knowing whether the club would have a home has a cost that does not appear in any
accounts. The league will decide on the takeover this month. It would be a surprise if it
stood in the way.
"""),
     "analysis quotes ~150 words: the middle of a takeover story spanning three paragraphs",
     passages=[("The consortium, called Athletic Together,", "owning the stadium separately.\"")])

# ---------------------------------------------------------------- rewrites

pair("rewrite", "tarnley-rfc-coach",
     doc("valleygazette.example", "2025-02-05T09:00:00Z", "tarnley-rfc-part-company-mcbride",
         "Tarnley RFC part company with head coach after seven defeats", """
Tarnley RFC and head coach Dougie McBride have parted company, the club announced on
Tuesday evening, with the side second from bottom of Championship North after seven
consecutive defeats.

The decision follows Sunday's 41-6 home loss to Lydmouth Saints. McBride, 52, joined on a
three-year contract last summer, having taken Stonemere up the previous season, but
Tarnley have won only three of their 15 league matches and are four points from safety.

Chairman Brian Oldroyd praised McBride as a man who had "given everything to this club"
but said the board had a duty to supporters to act while there was still time to avoid
relegation.

Assistant coach Rhodri Pugh becomes interim head coach and will lead the team at Wenlow,
another side near the bottom, on Saturday. Former club captain Jack Eastwood is among
those tipped as a permanent successor.

Some supporters had called for a change during Sunday's defeat, and there have been
suggestions that senior players had lost confidence in the coach's approach.
"""),
     "tabloid story rewritten in a neutral register: no verbatim sentences, chairman's "
     "quote paraphrased, anonymous quote dropped",
     hard=True)

pair("rewrite", "fells-stage",
     doc("heronfm.example", "2025-06-12T18:00:00Z", "brennan-takes-lead-tour-of-fells",
         "Brennan takes Tour of the Fells lead with High Pike win", """
Aoife Brennan is the new leader of the Tour of the Fells after a solo win at the top of
High Pike on today's fourth stage.

The 27-year-old Velocita rider, whose team is based in Corrick, went clear 4.5 kilometres
from the end of the 168-kilometre stage, which started in Tarnley. She had 38 seconds in
hand over Femke Roos of the Netherlands at the line.

Clara Weiss, who began the day in the leader's jersey, came in fourth, 1 minute 12 seconds
behind, and slips to third. Brennan's lead over Roos is 24 seconds, with Weiss another 19
seconds adrift.

Brennan said she had studied the climb every day for a year and knew she had to go when
the road reached fifteen per cent.

Rain made the descent of Black Fell treacherous, and a series of crashes put Belgium's
Lotte Vermeulen, second overall this morning, out of the race with what is thought to be a
broken collarbone.

Tomorrow's 152-kilometre stage from Hollinsford to Lydmouth is flat, leaving Saturday's
short time trial to settle the overall standings.
"""),
     "radio website rewrite of agency copy: split and merged sentences, quote paraphrased")

pair("rewrite", "town-united",
     doc("eastfoldecho.example", "2025-11-09T20:00:00Z", "ndlovu-hat-trick-united-harbour-park",
         "Ndlovu treble fires United to within a point of the top", """
Precious Ndlovu scored three times after half-time as Eastfold United won 3-0 at Hollinsford
Town to close to within a point of the Northern League leaders.

It took United until three minutes into the second half to break through, despite
dominating the first 45 minutes at a rain-soaked Harbour Park. Ndlovu spun away from his
marker on the edge of the area and drove a low shot into the corner. His second, on 64
minutes, was a penalty awarded when Josh Tremayne brought down Kieran Walsh, and he
finished the job with a header from a corner in the 78th minute.

Before the break, Town's goalkeeper Ryan Penhale had kept United out with four good saves,
including a one-handed effort to deny Walsh from a free-kick.

The home side barely created a chance. Substitute Ollie Branagh struck the bar from twelve
yards at 3-0.

Manager Kenny Adeyemi said patience had paid off and that Ndlovu was "in the form of his
life". Town's interim boss Steve Lomax conceded his team had been second best and said
Penhale had kept them in the game for the first half.

Hollinsford have lost five of their last six and are 17th, two points clear of the drop
zone. The crowd was 1,973.
"""),
     "match report rewritten by the winners' local paper: same facts, reordered (goals before "
     "the first half), quotes paraphrased")

# ---------------------------------------------------------------- related

pair("related", "rovers-athletic",
     doc("marrowgateathletic.example", "2025-11-08T18:30:00Z", "match-report-brackwater-away",
         "Match report: Brackwater Rovers 2 Athletic 1", """
Athletic's players gave everything at the Saltmarsh Ground but left empty-handed after a
second-half comeback by the league leaders, played out against ten men for the final 38
minutes.

Jordan Pilkington's sixth goal of the season, pounced on after the Rovers keeper could not
hold a cross, gave the Whites a deserved lead midway through the first half. Mark Stott
was rarely troubled at the other end.

The afternoon changed with Sean Maguire's dismissal shortly after half-time, a decision
the club will be asking the league's referees' body to review. Video of the incident shows
Maguire playing the ball before any contact with Daniel Okafor.

Rovers levelled from a move that began with a disputed corner, Okafor finishing at the back
post, and the same player added a second twelve minutes from time after a long clearance
caught our defence square.

Pilkington went close in added time, his effort deflected wide of the post.

Manager Phil Reddaway, who was sent to the stand, said: "The lads were magnificent with
ten men. I am proud of every one of them, and I am not going to say any more about the
officials."

Athletic host Wenlow Town on Tuesday night. Tickets are available from the club shop.
"""),
     "the losing club's own report of the same match: partisan angle, disputes the red card, "
     "and Reddaway's quote differs from the other report's",
     hard=True)

pair("related", "lydmouth-marathon",
     doc("lydmouthlive.example", "2025-05-06T11:00:00Z", "marathon-course-short-record-void",
         "Lydmouth Marathon course 180 metres short, record will not stand", """
The Lydmouth Marathon course was 180 metres too short, organisers admitted on Tuesday,
meaning that the record-breaking times set nine days ago will not be recognised.

A check by the national federation's course measurers found that a cone marking a
turnaround on the new Old Town loop had been placed in the wrong position on race day. The
course had been correctly measured in February.

Daniel Kiprotich's winning time of 2:08:41 will stand as the result of the race but not as
a course record, which remains 2:10:33. Personal bests set on the day, including Owen
Pritchard's 2:12:50, will not count for national rankings.

Race director Siobhan Kerr apologised to the 11,000 runners. "This was a human error on
the morning and it is our responsibility," she said. "We are devastated for every runner
who set a time they were proud of."

Kiprotich's agent said the runner was disappointed but understood. The organisers have
promised an independent review of race-day procedures before next year's event and are
offering every finisher a discount on next year's entry.
"""),
     "follow-up nine days later that contradicts the first report's central claim (the "
     "course record does not stand)",
     hard=True)

pair("related", "tarnley-rfc-coach",
     doc("rugbynorth.example", "2025-02-05T13:00:00Z", "mcbride-exit-tarnley-analysis",
         "McBride's Tarnley tenure: what went wrong", """
When Tarnley appointed Dougie McBride last summer, the club believed it had signed the most
promising coach in the north. Seven months later he has gone, with the team in the bottom
two and a trip to Wenlow on Saturday that could shape the rest of the season.

The problems began in pre-season. Tarnley lost three senior forwards to retirement and
injury, and the replacements McBride wanted were beyond the club's budget. He switched to
an expansive, high-tempo game that had worked at Stonemere but relied on fitness and
handling that the squad did not yet have.

Results were respectable at first, with three wins by October. Then came a run of narrow
defeats, followed by heavier ones, culminating in Sunday's 41-6 loss to Lydmouth Saints in
which Tarnley conceded six tries.

Rhodri Pugh, in interim charge, is expected to go back to a tighter, kicking game. Whoever
takes the job permanently will find a squad with ability but little confidence.

McBride, who was on a three-year deal, is understood to have left on good terms. He said
in a brief message to supporters that he was grateful for their backing.
"""),
     "independent analysis of the same sacking written the next day; different structure "
     "and content")
