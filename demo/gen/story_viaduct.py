"""The second, smaller story: the Kestrel Valley viaduct closure.

The original credits an outlet that is not in the corpus (Kestrel Weekly), so
its parent in the provenance tree is an external source.
"""

STORY = "viaduct-closure"
EXTERNAL = "external:kestrelweekly.example"
EXTERNAL_URL = "https://kestrelweekly.example/2026/03/09/viaduct-inspection-report"

URL_S1 = "https://ridgewaytimes.example/news/kestrel-valley-viaduct-shut-cracked-bearings"
URL_S2 = "https://infobridge.example/article.php?id=87940"
URL_S3 = "https://www.northwire.example/en/story/NW-20260310-0198/century-old-viaduct-damage-closes-kestrel-valley-line"
URL_S4 = "https://news.valleypost.example/2026/03/11/ashcombe-commuters-swap-train-for-bus/"

S1_TITLE = "Kestrel Valley viaduct shut to trains after inspectors find cracked bearings"
S1_PARAS = [
    "Trains between Ridgeway and Ashcombe will not run for at least six weeks after engineers found cracked bearings and shifted masonry on the Kestrel Valley viaduct, the line’s operator confirmed on Monday night.",
    "The closure was ordered after a routine inspection on 6 March found cracks in four of the cast-iron bearings beneath the viaduct’s central spans, according to the inspection report, which was [first obtained by Kestrel Weekly](" + EXTERNAL_URL + "). The report also records that two stones in the parapet of the seventh arch had moved by up to 40 millimetres since the previous inspection in 2024.",
    "Dalesway Rail, which runs the service, said replacement buses would run from the first train of the day on Tuesday, stopping at Ridgeway, Kestrel Bridge, Upper Combe and Ashcombe. Journeys will take about 25 minutes longer than by train.",
    "“We know this is a real blow for the 2,400 people who use the line every weekday,” said Helen Marsh, Dalesway’s operations director. “But the engineers were clear. We will not run a train over that structure until the bearings are replaced and the masonry has been checked stone by stone.”",
    "The viaduct, completed in 1894, carries the line 32 metres above the River Kest on eleven arches. It was listed as a structure of historic importance in 1987, which means any repair must be approved by the county’s heritage officer and carried out with matching materials.",
    "Network engineers estimate the repair at between £1.8 million and £2.5 million. The bearings will have to be cast to order, and a specialist foundry is expected to take at least a month to make them.",
    "Local councillor Priya Nandakumar, whose ward includes Upper Combe, said many residents had no alternative to the train. “Half the sixth-formers in this village get to college on the 7.42,” she said. “If the bus adds half an hour each way, families will notice.”",
    "Dalesway said season-ticket holders could claim a refund for the weeks of the closure and that it would add extra buses at peak times if demand required it. The last major repair to the viaduct, in 2009, closed the line for nine days.",
]

S3_TITLE = "Century-old viaduct damage closes Kestrel Valley rail line"
S3_PARAS = [
    "A rural rail line in the Kestrel Valley has been closed until at least late April after a safety inspection uncovered damage to the 132-year-old viaduct that carries it across the river, operator Dalesway Rail said.",
    "Engineers discovered cracked support bearings and displaced parapet stones during a scheduled examination last week, the company said in a statement on Tuesday. It did not give a date for reopening, but staff at Ridgeway station told passengers to expect about six weeks of disruption.",
    "Buses are replacing trains on the 14-mile route between Ridgeway and Ashcombe. The Kestrel Valley Rail Users’ Group, which represents passengers, said it had warned in 2022 that the structure needed attention. “We raised the condition of the bearings with the operator three and a half years ago and were told it was being monitored,” said the group’s chairman, Colin Reade.",
    "A Dalesway spokesman said the 2022 examination had found only surface corrosion and that the cracks were new. “Nothing in the previous reports suggested a structural problem,” he said, adding that the company had acted within hours of receiving the engineers’ findings.",
    "The Department of Transport said it had asked the operator for a full report and would consider emergency funding if repair costs exceeded the company’s maintenance budget. Rail engineers consulted by Northwire said work on a listed structure of that age could cost up to £2.5 million, largely because replacement parts must be made individually.",
    "Passengers at Ridgeway station on Tuesday morning said the replacement buses had left on time but were crowded. Some commuters said they would drive to work instead, adding to traffic on the narrow valley road, which already carries most of the lorries serving the quarries above Upper Combe.",
    "The closure is the third on a regional line this winter. In January, flooding shut the coastal route south of Porthmorrow for eleven days, and a landslip closed the Upland branch for a week in February.",
]

S4_TITLE = "Ashcombe commuters swap train for bus as viaduct repairs begin"
S4_PARAS = [
    "By ten past seven on Wednesday the queue for the replacement bus outside Ridgeway station stretched past the newsagent, and the first coach of the morning left with people standing in the aisle.",
    "It was the second day without trains across the Kestrel Valley, and regular passengers were already trading tips: which stop the driver waits at, which seats avoid the worst of the hill road, and how much earlier the alarm now has to go off.",
    "“Forty minutes on the train, an hour and ten on this,” said Dev Sharma, a nurse who works early shifts at Ashcombe General Hospital. “I can live with it for a week. Six weeks is another thing.”",
    "Scaffolding crews arrived at the foot of the viaduct on Wednesday afternoon, and a crane was due to be brought in along the valley road by the weekend so that engineers can reach the damaged bearings under the central arches. Dalesway Rail said the scaffold would take about ten days to complete.",
    "The company has laid on eleven buses for the morning peak, two more than on Tuesday, after complaints that the first day’s service left passengers behind at Upper Combe. A Dalesway manager at Ridgeway, who handed out timetables and bottles of water, said the operator was counting passengers at each stop and would adjust the timetable again on Monday.",
    "Students at Ashcombe Sixth Form College have been told they will not be marked late during the closure. The college’s principal, Ruth Ellery, said staff would put lessons and homework online for anyone who missed the first period.",
    "The county’s heritage officer said she expected to approve the repair method within days. Because the viaduct is protected, replacement bearings have to match the originals and any disturbed stonework must be reset with lime mortar rather than cement.",
    "For now, passengers are making the best of it. At Kestrel Bridge, where the bus stops beside the old level crossing, a café owner has started opening at half past six. “Somebody has to give them a coffee,” she said.",
]


def articles():
    s = STORY
    return [
        dict(id="S1", outlet="ridgeway", url=URL_S1, file="ridgeway-kestrel-valley-viaduct-shut.html",
             title=S1_TITLE, byline="Tom Averill", published="2026-03-10T07:15:00Z", source="meta",
             section="News", story=s, paras=S1_PARAS, role="original report (credits Kestrel Weekly)",
             comments=[("Jan from Upper Combe", "The 7.42 is the only way my daughter gets to college. Please sort this quickly."),
                       ("R. Ellis", "They said the same about the bridge in 2009.")]),
        dict(id="S3", outlet="northwire", url=URL_S3, file="northwire-century-old-viaduct-damage-closes-line.html",
             title=S3_TITLE, byline="Jonas Kettle", published="2026-03-10T11:40:00Z", source="json-ld",
             section="National", story=s, paras=S3_PARAS, role="independent coverage"),
        dict(id="S4", outlet="valleypost", url=URL_S4, file="valleypost-ashcombe-commuters-swap-train-for-bus.html",
             title=S4_TITLE, byline="Ewan Pritchard", published="2026-03-11T00:00:00Z", source="url", precision="day",
             section="Local", story=s, paras=S4_PARAS, role="independent follow-up"),
        dict(id="S2", outlet="infobridge", url=URL_S2, file="infobridge-kestrel-valley-viaduct-shut.html",
             title=S1_TITLE, byline="Staff Writer", published=None, source="",
             section="Local", story=s, paras=S1_PARAS, role="verbatim copy, no credit, no date"),
    ]


def chain():
    return [
        dict(parent=EXTERNAL, child=URL_S1, relation="related",
             note="Builds on an inspection report 'first obtained by Kestrel Weekly' (linked; not in the corpus)."),
        dict(parent=URL_S1, child=URL_S2, relation="duplicate",
             note="Verbatim copy without credit or date; direction from the original's date and the capture order."),
        dict(parent=None, child=URL_S3, relation="", note="Independent wire coverage of the same closure."),
        dict(parent=None, child=URL_S4, relation="", note="Independent follow-up the next day."),
    ]


def attributions():
    return [
        {"url": URL_S1, "who": "the inspection report", "kind": "document", "verb": "according to", "via": "Kestrel Weekly"},
        {"url": URL_S1, "who": "Helen Marsh", "kind": "person", "verb": "said", "via": ""},
        {"url": URL_S3, "who": "Colin Reade", "kind": "person", "verb": "said", "via": ""},
        {"url": URL_S3, "who": "A Dalesway spokesman", "kind": "institution", "verb": "said", "via": ""},
    ]
