"""The travelling story: the Holvanka port dredging contract.

Every text here is fiction written for the echotrace demo corpus. The derived
copies (relays, republications, the alias copy, the copy that drops the
credit) are built from the original paragraphs by explicit, checked string
operations, so that what each copy changed is exactly what truth.json says.
"""

STORY = "port-contract"

# Canonical URLs of the story's articles (used by links inside the texts).
URL_A = "https://harbourgazette.example/news/holvanka-port-dredging-contract-minister-brother-in-law"
URL_B = "https://www.northwire.example/en/story/NW-20260314-0412/holvanka-port-contract-minister-in-law"
URL_C = "https://pulse24.example/holvanka-port-contract-awarded-to-ministers-in-law-newspaper-reports/"
URL_D = "https://infobridge.example/article.php?id=88213"
URL_E = "https://www.todayreport.example/world/2026/03/14/holvanka-port-contract-ministers-in-law.html"
URL_F = "https://portsandcargo.example/analysis/holvanka-deep-water-ambitions-tender-row"
URL_G = "https://news.valleypost.example/2026/03/14/opposition-mp-seeks-inquiry-holvanka-dredging-tender/"
URL_H = "https://frontierobserver.example/golvanka-port-contract-awarded-to-ministers-in-law/"
URL_H2 = "https://newsglobe-daily.example/news/golvanka-port-contract-in-law-8841"
URL_J = "https://metroflash.example/politics/holvanka-port-contract-awarded-to-ministers-in-law"
URL_K = "https://capitalcourier.example/politics/port-chief-rejects-smear-over-holvanka-tender"

# --- A: the original report (Harbour Gazette) --------------------------------

A = {
    "p1": "A €412 million contract to deepen the approach channel to Holvanka’s Eastern Basin and build two new ferry berths was awarded last month to a company that has never dredged a harbour and is majority-owned by the brother-in-law of Infrastructure Minister Mykola Dranevych, according to tender documents reviewed by the Harbour Gazette.",
    "p2": "The company, Sandmark Marine Works, was registered in June last year with share capital of €2,500. According to the national company registry, it employs 14 people and gives its business address as a rented office above a pharmacy on Kalyna Street. Sixty per cent of its shares are held by Greyline Holdings, whose sole owner is Petro Halchuk, the husband of the minister’s sister.",
    "p3": "Sandmark’s bid was the most expensive of the three submitted. The two rival offers, at €371 million and €389 million, were rejected by the port’s evaluation committee on 19 February for what its minutes describe as “deficiencies in supporting documentation”.",
    "p4": "Two officials at the Holvanka Port Authority, who spoke on condition of anonymity because they were not authorised to discuss the tender, said the evaluation criteria were rewritten eleven days before the bid deadline. A requirement that bidders show ten years of dredging experience was replaced with a requirement to demonstrate “access to suitable dredging equipment”, the officials said.",
    "p5": "Sandmark signed a lease for a cutter-suction dredger with a shipyard in the neighbouring port of Merevo two days after the amended criteria were published, a copy of the lease shows. The lease runs for three years and can be cancelled without penalty if the company does not receive a works contract.",
    "p6": "“This tender was written for one bidder, and everybody at the port knew who that bidder was,” said Roksana Lytvyn, an opposition member of parliament for Holvanka who sits on the budget committee. She said she would formally ask the National Procurement Oversight Office to investigate on Monday.",
    "p7": "Lesia Bondar, the director of the port authority, rejected any suggestion that the process had been tailored to one company. “Every bid was assessed by the same committee under the same published rules,” she said in a written reply to questions. “Two bids were incomplete, and the law does not allow us to overlook that.”",
    "p8": "A spokeswoman for the Ministry of Infrastructure, Olha Krent, said Mr Dranevych “played no part in the tender at any stage and would welcome an audit by any competent body”. Mr Halchuk did not respond to telephone calls or to emails sent to Sandmark’s registered address.",
    "p9": "The project is the largest single investment at the port since the Eastern Basin was built in the 1970s. The approach channel, 2.3 kilometres long, is to be deepened from 11 metres to 14.5 metres so that larger roll-on roll-off ferries and bulk carriers can enter without waiting for high tide. Work is scheduled to start in May and to finish by the end of 2028.",
    "p10": "Roughly two thirds of the money is to come from a loan by the Northern Coastal Investment Fund, a regional development lender whose rules require that the contracts it finances are awarded through open competition. The fund’s press office said it was “aware of reports concerning the procurement” and had asked the port authority for the complete tender file.",
    "p11": "One of the rejected bidders, Estuary Dredging Group, has worked in Holvanka for more than twenty years and carried out the last maintenance dredging of the channel in 2021. Its chief executive, Anton Hrebin, said the company had submitted every document listed in the original tender notice. “We were told our bank guarantee was in the wrong format,” he said. “Nobody asked us to correct it, which is what normally happens.”",
    "p12": "The other rejected bid came from a consortium led by Kessel & Vane, a marine engineering firm based in the capital. The consortium has appealed to the procurement review board, which must rule within thirty days. Until it does, the port authority may not sign the final works contract, although a preparatory agreement with Sandmark was signed on 2 March.",
    "p13": "The National Procurement Oversight Office confirmed that it had received a complaint about the tender on 12 March but declined to comment further. Under Daravian law, the office can suspend a contract if it finds that award criteria were changed in a way that favoured a particular bidder.",
    "credit": "__Additional reporting by Denys Orel.__",
}

A_TITLE = "Holvanka port dredging contract went to firm owned by minister’s brother-in-law"
A_DEK = "Sandmark Marine Works had never dredged a harbour. Its bid was the most expensive of three, and the rules changed eleven days before the deadline."
A_PARAS = [A["p%d" % i] for i in range(1, 14)] + [A["credit"]]

# --- B: the relay with credit (Northwire) ------------------------------------

B_TITLE = "Holvanka port contract awarded to minister’s in-law, newspaper reports"
B_P1 = ("A €412 million contract to dredge the approach channel to Holvanka’s Eastern Basin and build two ferry "
        "berths went to a company controlled by the brother-in-law of Infrastructure Minister Mykola Dranevych, "
        "according to sources cited by the [Harbour Gazette](" + URL_A + ").")
B_P4 = ("Two officials at the Holvanka Port Authority told the Harbour Gazette that the evaluation criteria were "
        "rewritten eleven days before the bid deadline. The officials, who were not authorised to discuss the tender, "
        "spoke on condition of anonymity. A requirement that bidders show ten years of dredging experience was replaced "
        "with a requirement to demonstrate “access to suitable dredging equipment”, they said.")
B_PARAS = [B_P1, A["p2"], A["p3"], B_P4, A["p5"], A["p6"], A["p7"], A["p8"], A["p13"]]


def replace_checked(text, old, new, count=None):
    """Replace old with new, failing loudly if old is absent (or not count times)."""
    n = text.count(old)
    if n == 0 or (count is not None and n != count):
        raise ValueError("expected %r %s times in %r, found %d" % (old, count or "some", text[:60], n))
    return text.replace(old, new)


# --- J: copy that drops the credit (MetroFlash) -------------------------------

J_TITLE = "Holvanka port contract awarded to minister’s in-law"
J_CREDIT_LEAD = ("according to sources cited by the [Harbour Gazette](" + URL_A + ").", "according to sources.")
J_CREDIT_P4 = ("told the Harbour Gazette that", "said that")
J_PARAS = list(B_PARAS)
J_PARAS[0] = replace_checked(J_PARAS[0], *J_CREDIT_LEAD)
J_PARAS[3] = replace_checked(J_PARAS[3], *J_CREDIT_P4)

# --- H: alias copy with a framing sentence (Frontier Observer) ----------------

ALIASES = [  # (spelling in the original, variant used by the copy)
    ("Holvanka", "Golvanka"),
    ("Mykola", "Nikolai"),
    ("Dranevych", "Dranevich"),
    ("Petro", "Pyotr"),
    ("Halchuk", "Galchuk"),
]


def swap_aliases(text):
    for old, new in ALIASES:
        text = text.replace(old, new)
    return text


H_FRAMING = ("The accusations are part of a campaign by opposition politicians funded by foreign shipping interests, "
             "who want to stop Golvanka’s port from competing with their own terminals.")
H_TITLE = swap_aliases(B_TITLE)
H_PARAS = [swap_aliases(p) for p in B_PARAS]
H_PARAS.insert(6, H_FRAMING)  # after the opposition MP's quote

# --- H2: relay of H with a number and a quote changed (NewsGlobe Daily) -------

H2_NUMBER = ("€412 million", "€421 million")
H2_QUOTE = ("Two bids were incomplete", "Two bids were fraudulent")
H2_TITLE = "Golvanka: €421 million port deal for minister’s in-law"
H2_PARAS = list(H_PARAS)
H2_PARAS[0] = replace_checked(H2_PARAS[0], *H2_NUMBER, count=1)
H2_PARAS[7] = replace_checked(H2_PARAS[7], *H2_QUOTE, count=1)

# --- D: verbatim republication, headline changed (InfoBridge) -----------------

D_TITLE = "Scandal in Holvanka: minister’s family firm lands €412m port deal"

# --- E: verbatim republication with a syndication credit (Today Report) -------

E_CREDIT = "This article was originally published by [Northwire](" + URL_B + ")."


def straighten_quotes(text):
    """Today Report's CMS turns typographic quotes into ASCII ones."""
    return (text.replace("’", "'").replace("‘", "'")
            .replace("“", '"').replace("”", '"'))


E_TITLE = straighten_quotes(B_TITLE)
E_PARAS = [straighten_quotes(p) for p in B_PARAS] + ["__" + E_CREDIT + "__"]

# --- F: an analysis that excerpts three paragraphs of A (Ports & Cargo) -------

F_TITLE = "Holvanka’s deep-water ambitions collide with a tender row"
F_PARAS = [
    "For a decade, Holvanka has watched ferry traffic drift towards Merevo, forty kilometres up the coast, where a deeper harbour lets the newest roll-on roll-off vessels berth at any hour. The Eastern Basin dredging scheme was meant to end that. Now the project that port managers describe as existential is tangled in a procurement dispute that could hold it up for months.",
    "The numbers explain the urgency. Merevo handled 1.9 million ferry passengers and 408,000 freight units last year, against Holvanka’s 1.1 million and 236,000, according to figures from the national maritime statistics office. Ten years ago the two ports were roughly level. Two of the three ferry lines serving the northern routes have since moved their largest ships to Merevo because they cannot enter Holvanka’s channel fully laden at low water.",
    "“Shipping lines don’t wait for tides any more. They schedule by the minute,” said Bram Ostenfeld, a port economist at the Institute for Maritime Logistics in Merevo. “A port that can only take the big ships for six hours a day is a port that is losing them.”",
    "The contract itself is now the problem. The [Harbour Gazette](" + URL_A + ") reported on Saturday that the award went to Sandmark Marine Works, a company set up last year whose majority owner is married to the sister of the infrastructure minister. Its account of how the scheme is financed and of the losing bids is worth quoting at length:",
    A["p10"],
    A["p11"],
    A["p12"],
    "For the shipping lines, the question is less who dredges the channel than when. A ruling against the port would mean restarting the tender, which officials privately estimate would push completion into 2030. The lender’s inquiry adds a second risk: if the fund walks away, the port would have to find some €270 million elsewhere, at a time when the state budget for transport is already stretched by road repairs in the interior.",
    "The port authority insists that the schedule holds. Its director told a logistics conference in the capital last month that dredging vessels would be on site “before the summer timetable starts”. That was before the contract came under scrutiny, and before the lender began asking questions.",
    "Merevo is not standing still. Its operator has ordered two gantry cranes for a new multipurpose berth due in 2027 and is courting the freight line that still runs three weekly sailings from Holvanka to the southern islands. Baltrek Ferries, the largest operator on the northern routes, said it would decide where to deploy its ships for 2028 by the end of this year.",
    "Ostenfeld argues that the two ports need not be rivals forever. “There is traffic for both, if both can take modern ships,” he said. “The longer Holvanka’s channel stays at eleven metres, the less of that traffic it will ever get back.”",
]
F_EXCERPT = [A["p10"], A["p11"], A["p12"]]

# --- G: an independent rewrite of A (Valley Post) ------------------------------

G_TITLE = "Opposition MP seeks inquiry into Holvanka dredging tender"
G_PARAS = [
    "An opposition lawmaker from Holvanka says she will ask anti-corruption investigators on Monday to examine how a small, recently founded company won the city’s biggest port contract in half a century.",
    "Roksana Lytvyn, who sits on parliament’s budget committee, made the announcement after the Harbour Gazette disclosed on Saturday that Sandmark Marine Works, the winner of the €412 million dredging tender, is controlled by Petro Halchuk, who is married to the sister of Mykola Dranevych, the infrastructure minister.",
    "In Ms Lytvyn’s view the outcome was settled before any envelope was opened. The whole port, she told reporters, had known in advance which firm would come out on top.",
    "Sandmark Marine Works was set up in June last year with a share capital of just €2,500. The national company register shows it has 14 employees and a business address in a rented office over a pharmacy on Kalyna Street. Greyline Holdings, wholly owned by Mr Halchuk, holds 60 per cent of the shares. The firm has no record of dredging work of any kind.",
    "Even so, it beat two experienced competitors. Estuary Dredging Group, which last cleared the Holvanka channel in 2021, offered to do the job for €371 million, while a consortium headed by the capital-based engineers Kessel & Vane asked €389 million. The port’s evaluation committee threw out both offers on 19 February over problems with their paperwork. Estuary’s chief executive, Anton Hrebin, said his company’s only fault was a bank guarantee in a format the committee disliked, and that nobody gave it the chance to fix it. Kessel & Vane has taken its case to the appeals body for public tenders.",
    "Two port authority officials, speaking anonymously because they were not allowed to talk about the tender, have said the committee rewrote its evaluation criteria eleven days before bids were due. The rule that bidders must show ten years of dredging experience was dropped in favour of proof of “access to suitable dredging equipment”. Two days after the change was published, Sandmark leased a cutter-suction dredger from a shipyard in Merevo.",
    "The port authority’s director, Lesia Bondar, denies any favouritism. In writing, she said all three offers had been judged by one committee against identical rules and that incomplete bids could not legally be accepted. The infrastructure ministry has said Mr Dranevych had nothing to do with the tender and is open to an audit. Mr Halchuk has not commented.",
    "The scheme would take the Eastern Basin’s 2.3-kilometre approach channel from 11 to 14.5 metres deep, letting bigger ferries and bulk ships dock at any state of the tide. Construction is due to begin in May. About two thirds of the financing is a loan from the Northern Coastal Investment Fund, which says it has now requested the tender file.",
    "The National Procurement Oversight Office, which can freeze a contract if the award rules were bent towards one bidder, said it had received a complaint on 12 March.",
]

# --- K: independent coverage that contradicts the story (Capital Courier) -----

K_TITLE = "Port chief rejects ‘smear’ over Holvanka dredging tender"
K_PARAS = [
    "The head of the Holvanka Port Authority on Saturday dismissed claims that the tender for the port’s €412 million dredging project had been rigged in favour of a company linked to Infrastructure Minister Mykola Dranevych, calling the allegations “a smear built on half-read documents”.",
    "Speaking to the Capital Courier by telephone, Lesia Bondar said the evaluation rules had not been rewritten at any point. What some online publications described as a late change to the criteria, she said, was a clarification issued on 6 February at the request of two bidders and sent to all three at the same time.",
    "“Nobody lowered the bar. We explained what we meant by experience, because bidders asked us to,” Ms Bondar said. “Anyone who has read the file knows that.”",
    "She also disputed reports about the winning bidder, Sandmark Marine Works. According to Ms Bondar, the company now has 46 employees after taking over a Merevo-based marine contractor in January, and its bid was backed by a performance guarantee from a state-owned bank.",
    "The ministry went further. Deputy Infrastructure Minister Viktor Samoilenko told the Courier that Petro Halchuk, the minister’s brother-in-law, had transferred his stake in Sandmark to an independent trust before the tender was announced, and that Mr Dranevych had formally recused himself from all decisions concerning the port in December. “There is no family firm here. There is a company that offered the most complete bid,” Mr Samoilenko said.",
    "He added that Sandmark’s price was higher because it was the only offer that included disposing of the dredged silt at a licensed site inland. The two cheaper bids, he said, proposed dumping the material at sea, which environmental rules adopted last year no longer permit.",
    "The deputy minister did not provide documents showing the transfer of shares, and the company registry still listed Greyline Holdings, Mr Halchuk’s firm, as Sandmark’s majority shareholder on Saturday afternoon. A registry official said updates can take several weeks to appear.",
    "Opposition deputies have demanded an investigation, and one has said she will file a formal request with the procurement watchdog next week. The watchdog has not said whether it will open a case.",
    "Dredging of the channel is scheduled to begin in May, subject to the outcome of an appeal lodged by one of the unsuccessful bidders. Ms Bondar said she expected the appeal to be dismissed “on the facts”.",
]


def articles():
    """The story's articles, in the order they were published."""
    s = STORY
    return [
        dict(id="A", outlet="gazette", url=URL_A, file="gazette-holvanka-port-dredging-contract.html",
             title=A_TITLE, dek=A_DEK, byline="Mara Quill", published="2026-03-14T06:40:00Z", source="meta",
             section="News", story=s, paras=A_PARAS, role="original report",
             tags=["Holvanka port", "Procurement", "Investigations"],
             comments=[("Yuri K.", "Everyone on the quay has been saying this since February. Good to see it in print."),
                       ("harbour_watcher", "Fourteen employees and no dredger. Remarkable bid.")]),
        dict(id="B", outlet="northwire", url=URL_B, file="northwire-holvanka-port-contract-minister-in-law.html",
             title=B_TITLE, byline="Ilse Varga", published="2026-03-14T08:05:00Z", source="json-ld",
             section="World", story=s, paras=B_PARAS, role="relay with credit"),
        dict(id="C", outlet="pulse24", url=URL_C, file="pulse24-holvanka-port-contract-ministers-in-law.html",
             title=B_TITLE, byline="Pulse24 Desk", published="2026-03-14T09:12:00Z", source="meta",
             section="World", story=s, paras=B_PARAS, role="verbatim republication", source_link=("Northwire", URL_B),
             comments=[("Marta", "Same story everywhere today. Who is checking this?")]),
        dict(id="J", outlet="metroflash", url=URL_J, file="metroflash-holvanka-port-contract-ministers-in-law.html",
             title=J_TITLE, byline="MetroFlash Newsroom", published="2026-03-14T10:58:00Z", source="meta",
             section="Politics", story=s, paras=J_PARAS, role="copy that drops the credit"),
        dict(id="H", outlet="frontier", url=URL_H, file="frontier-golvanka-port-contract-ministers-in-law.html",
             title=H_TITLE, byline="Editorial Staff", published="2026-03-14T12:47:00Z", source="json-ld",
             section="Politics", story=s, paras=H_PARAS, role="alias copy with framing sentence",
             comments=[("Pavel", "Foreign money behind every scandal, as usual.")]),
        dict(id="K", outlet="courier", url=URL_K, file="courier-port-chief-rejects-smear-holvanka-tender.html",
             title=K_TITLE, byline="Stefan Moroz", published="2026-03-14T15:20:00Z", source="json-ld",
             section="Politics", story=s, paras=K_PARAS, role="independent coverage that contradicts"),
        dict(id="E", outlet="todayreport", url=URL_E, file="todayreport-holvanka-port-contract-ministers-in-law.html",
             title=E_TITLE, byline="Ilse Varga", published="2026-03-14T00:00:00Z", source="url", precision="day",
             section="World", story=s, paras=E_PARAS, role="verbatim republication with syndication credit"),
        dict(id="G", outlet="valleypost", url=URL_G, file="valleypost-opposition-mp-seeks-inquiry-holvanka.html",
             title=G_TITLE, byline="Ewan Pritchard", published="2026-03-14T00:00:00Z", source="url", precision="day",
             section="National", story=s, paras=G_PARAS, role="rewrite"),
        dict(id="D", outlet="infobridge", url=URL_D, file="infobridge-scandal-in-holvanka-port-deal.html",
             title=D_TITLE, byline="Staff Writer", published=None, source="",
             section="World", story=s, paras=B_PARAS, role="verbatim republication, headline changed"),
        dict(id="H2", outlet="newsglobe", url=URL_H2, file="newsglobe-golvanka-port-deal-ministers-in-law.html",
             title=H2_TITLE, byline="NewsGlobe", published=None, source="",
             section="News", story=s, paras=H2_PARAS, role="relay of the alias copy, number and quote changed"),
        dict(id="F", outlet="portscargo", url=URL_F, file="portscargo-holvanka-deep-water-ambitions.html",
             title=F_TITLE, byline="Ingrid Salo", published="2026-03-16T09:30:00Z", source="meta",
             section="Analysis", story=s, paras=F_PARAS, role="analysis with an excerpt"),
    ]


def chain():
    return [
        dict(parent=None, child=URL_A, relation="", note="Original report: tender documents, two anonymous port officials, named sources. Earliest date (meta)."),
        dict(parent=URL_A, child=URL_B, relation="copy", note="New lead crediting and linking the Harbour Gazette; paragraphs 2-8 and 13 of the original reused, paragraph 4 recast as 'told the Harbour Gazette'."),
        dict(parent=URL_B, child=URL_C, relation="duplicate", note="Verbatim republication; 'Source: Northwire' link under the post; dated after Northwire."),
        dict(parent=URL_B, child=URL_J, relation="duplicate", alt_parents=[URL_C, URL_D, URL_E], note="Verbatim except the two credits to the Harbour Gazette (and the headline's 'newspaper reports') are removed, so the claims read as MetroFlash's own."),
        dict(parent=URL_B, child=URL_H, relation="duplicate", alt_parents=[URL_C, URL_D, URL_E], note="Northwire text with systematic spelling swaps (Holvanka->Golvanka, Mykola->Nikolai, Dranevych->Dranevich, Petro->Pyotr, Halchuk->Galchuk) and one inserted framing sentence; keeps the credit and the link to the Gazette."),
        dict(parent=URL_H, child=URL_H2, relation="duplicate", note="Undated relay of the Frontier Observer version (Golvanka spellings and framing sentence included) with the contract value changed and a quote sharpened."),
        dict(parent=URL_B, child=URL_E, relation="duplicate", note="Verbatim republication (typographic quotes flattened by the CMS) ending 'This article was originally published by Northwire' with a link; date only in the URL."),
        dict(parent=URL_B, child=URL_D, relation="duplicate", alt_parents=[URL_C, URL_E], note="Verbatim republication with its own headline; windows-1252 page; no date at all."),
        dict(parent=URL_A, child=URL_G, relation="rewrite", note="Paraphrase of the original, reordered to lead on the MP's call; credits the Harbour Gazette without a link; date only in the URL."),
        dict(parent=URL_A, child=URL_F, relation="excerpt", note="Trade-press analysis that quotes paragraphs 10-12 of the original verbatim (only the original has them) and links to it."),
        dict(parent=None, child=URL_K, relation="", note="Independent coverage of the same event that disputes its central claims (criteria unchanged, 46 staff, stake moved to a trust); shares no sentences with the chain."),
    ]


def changes():
    out = [
        dict(**{"from": URL_A, "to": URL_B, "kind": "attribution",
                "from_text": "according to tender documents reviewed by the Harbour Gazette",
                "to_text": "according to sources cited by the Harbour Gazette",
                "note": "the relay's new lead turns the Gazette's documents into 'sources cited by' it"}),
        dict(**{"from": URL_A, "to": URL_B, "kind": "attribution",
                "from_text": "Two officials at the Holvanka Port Authority, who spoke on condition of anonymity",
                "to_text": "Two officials at the Holvanka Port Authority told the Harbour Gazette",
                "note": "the anonymous-sources claim is relayed via the Gazette"}),
        dict(**{"from": URL_A, "to": URL_B, "kind": "delete",
                "from_text": A["p9"], "to_text": "",
                "note": "the relay drops the original's paragraphs 9-12 (project, financing, losing bids)"}),
        dict(**{"from": URL_B, "to": URL_J, "kind": "attribution",
                "from_text": "according to sources cited by the Harbour Gazette.", "to_text": "according to sources.",
                "note": "credit dropped from the lead (and its link)"}),
        dict(**{"from": URL_B, "to": URL_J, "kind": "attribution",
                "from_text": "told the Harbour Gazette that", "to_text": "said that",
                "note": "credit dropped from the anonymous-officials paragraph"}),
        dict(**{"from": URL_B, "to": URL_J, "kind": "attribution",
                "from_text": B_TITLE, "to_text": J_TITLE,
                "note": "headline loses 'newspaper reports'"}),
    ]
    for old, new in ALIASES:
        out.append({"from": URL_B, "to": URL_H, "kind": "alias", "from_text": old, "to_text": new,
                    "note": "every occurrence swapped"})
    out.append({"from": URL_B, "to": URL_H, "kind": "insert", "from_text": "", "to_text": H_FRAMING,
                "note": "framing sentence blaming the opposition and foreign interests"})
    out += [
        {"from": URL_H, "to": URL_H2, "kind": "number", "from_text": H2_NUMBER[0], "to_text": H2_NUMBER[1],
         "note": "contract value changed in the lead"},
        {"from": URL_H, "to": URL_H2, "kind": "quote", "from_text": H2_QUOTE[0], "to_text": H2_QUOTE[1],
         "note": "the port director's quote sharpened"},
        {"from": URL_H, "to": URL_H2, "kind": "edit", "from_text": H_TITLE, "to_text": H2_TITLE,
         "note": "headline rewritten"},
        {"from": URL_B, "to": URL_D, "kind": "edit", "from_text": B_TITLE, "to_text": D_TITLE,
         "note": "headline only; the body is identical"},
        {"from": URL_B, "to": URL_E, "kind": "attribution", "from_text": "",
         "to_text": "This article was originally published by Northwire.",
         "note": "syndication credit added at the end"},
    ]
    return out


def attributions():
    """A few of the claims' stated sources, to show how a credit travels and is lost."""
    return [
        {"url": URL_A, "who": "two officials at the Holvanka Port Authority", "kind": "anonymous", "verb": "said", "via": ""},
        {"url": URL_A, "who": "tender documents", "kind": "document", "verb": "according to", "via": ""},
        {"url": URL_A, "who": "Roksana Lytvyn", "kind": "person", "verb": "said", "via": ""},
        {"url": URL_A, "who": "Lesia Bondar", "kind": "person", "verb": "said", "via": ""},
        {"url": URL_A, "who": "Olha Krent", "kind": "person", "verb": "said", "via": ""},
        {"url": URL_B, "who": "sources", "kind": "anonymous", "verb": "according to", "via": "Harbour Gazette"},
        {"url": URL_B, "who": "two officials at the Holvanka Port Authority", "kind": "anonymous", "verb": "told", "via": "Harbour Gazette"},
        {"url": URL_J, "who": "sources", "kind": "anonymous", "verb": "according to", "via": ""},
        {"url": URL_J, "who": "two officials at the Holvanka Port Authority", "kind": "anonymous", "verb": "said", "via": ""},
        {"url": URL_K, "who": "Lesia Bondar", "kind": "person", "verb": "said", "via": "Capital Courier"},
        {"url": URL_K, "who": "Viktor Samoilenko", "kind": "person", "verb": "told", "via": "Capital Courier"},
    ]
