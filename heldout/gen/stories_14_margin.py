"""A few more duplicates and copies of existing base stories."""
from lib import pair, derived

# ---------------------------------------------------------------- duplicates

pair("duplicate", "quarry-appeal",
     derived("fellsidenews.example", "2025-07-23T16:00:00Z", "corrick-edge-quarry-quashed", style="news",
             title="Corrick Edge quarry extension quashed by appeal judges"),
     "same text under another headline, with an 'Updated' line and the extension's area "
     "written as '42ha'",
     ops=[("pre", "Updated 23 July 2025, 17:05", None),
          ("sub", "added 42 hectares to the quarry", "added 42ha to the quarry", "edit")])

pair("duplicate", "tarn-floods",
     derived("heronfm.example", "2025-12-07T15:00:00Z", "tarn-severe-flood-warnings-gw"),
     "wire story as run by a subscriber: dateline kept, reporting line replaced by 'Source: GW'",
     ops=[("sub", "(Reporting by Owen Pryce; editing by Alys Penrose)", "Source: GW", None)])

pair("duplicate", "holm-beetle",
     derived("eastfoldecho.example", "2025-05-21T14:00:00Z", "holm-wood-new-beetle-species"),
     "one measurement corrected (3 millimetres -> 4 millimetres) and one word changed "
     "('volunteers' -> 'members')",
     hard=True,
     ops=[("sub", "about 3 millimetres long", "about 4 millimetres long", "number"),
          ("sub", "was found by volunteers from the Eastfold", "was found by members of the Eastfold",
           "edit")])

pair("duplicate", "price-war",
     derived("morningcourier.example", "2025-10-11T05:00:00Z", "supermarket-price-war-analysis-syndicated",
             title="Who pays for the supermarket price war?"),
     "a long analysis syndicated to a partner paper with a one-line origin credit at the end",
     ops=[("post", "This article originally appeared in the Meridian Post.", "attribution")])

# ---------------------------------------------------------------- copies

pair("copy", "skyway-routes",
     derived("travelnorth.example", "2025-01-29T15:00:00Z", "skyway-northern-route-cuts-what-now",
             title="Skyway Northern drops four Lydmouth routes: your options"),
     "travel site copies the wire story, drops the staff paragraph and the reporting line, "
     "and adds advice for passengers with bookings",
     ops=[("sub", "LYDMOUTH, Jan 29 (GW) - ", "", "attribution"),
          ("del", "About 30 Skyway staff based in Lydmouth will be offered jobs elsewhere in the "
                  "company.", "delete"),
          ("del", "(Reporting by Alys Penrose; editing by Tom Greaves)", "delete"),
          ("post", "Passengers with bookings after the end of March should be offered a full refund "
                   "or a rebooking on another Skyway route. Check your confirmation email before "
                   "calling the airline, as lines are expected to be busy.", "insert")])

pair("copy", "pension-scandal",
     derived("pensionsweek.example", "2025-12-02T12:00:00Z", "nwps-86m-property-loan-losses",
             title="NWPS report: £86m lost on property loans"),
     "trade copy with the member count changed, the apology quote shortened, the unions' call "
     "dropped, and a credit line to the source",
     ops=[("sub", "for 60,000 council and transport workers", "for 65,000 council and transport workers",
           "number"),
          ("sub", "\"The trustees got this wrong, and we are sorry,\" said chairman Colin Wragge, who "
                  "joined the board in 2022. \"Nobody's pension will be reduced, but members are "
                  "entitled to expect better than this from the people looking after their "
                  "savings.\"",
           "\"The trustees got this wrong, and we are sorry,\" said chairman Colin Wragge, who "
           "joined the board in 2022.", "quote"),
          ("del", "The unions representing scheme members have called for three of the trustees who "
                  "approved the loans, and who remain on the board, to step down.", "delete"),
          ("post", "Source: Markets Daily", "attribution")])

pair("copy", "holm-beetle",
     derived("redkitenews.example", "2025-05-21T18:00:00Z", "tiny-beetle-could-halt-bypass", style="news",
             title="Tiny beetle could halt £48m bypass"),
     "relay leads with a framing sentence about the bypass, alters the recorder's quote and "
     "drops the museum's method paragraph",
     ops=[("pre", "A beetle smaller than a grain of rice could be the latest obstacle to a road "
                  "that Eastfold has been promised for thirty years.", "insert"),
          ("sub", "\"We did not find it, but we found something better.\"",
           "\"We did not find it, but we found something much more exciting.\"", "quote"),
          ("del", " Specimens were sent to the Lydmouth Museum of Natural History, where "
                  "entomologists spent more than a year comparing them with museum collections "
                  "before concluding that they belonged to a new species.", "delete")])

pair("copy", "estuary-microplastics",
     derived("newsrelay24.example", "2025-03-05T13:00:00Z", "brackwater-mud-microplastic-record",
             style="id", title="Brackwater mud has most microplastic in the north, study says"),
     "relay runs the first seven of ten paragraphs and stops (the last ~30% of A dropped), "
     "with one figure changed",
     hard=True,
     ops=[("sub", "an average of 3,400 particles", "an average of 3,600 particles", "number"),
          ("del", "Dr Cheung said the levelling off was encouraging but not yet proof of "
                  "improvement. \"We would need another ten years of cores to say that with "
                  "confidence,\" she said. \"What we can say is that the problem did not appear "
                  "overnight, and it will not go away overnight.\"", "delete"),
          ("del", "The water company responsible for the Tarn catchment, Tarn Water, said it was "
                  "investing £140 million in upgrades to sewage treatment works upstream of the "
                  "estuary, including equipment to reduce storm overflows. It said it would study "
                  "the findings.", "delete"),
          ("del", "The team plans to extend the survey to estuaries on the eastern coast next year.",
           "delete")])
