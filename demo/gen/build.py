#!/usr/bin/env python3
"""Build the echotrace demo corpus: demo/corpus/*.html and demo/truth.json.

Run from anywhere:  python3 demo/gen/build.py
The output is deterministic; commit it together with any change here.
"""

import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import story_port as port  # noqa: E402
import story_viaduct as viaduct  # noqa: E402
import unrelated  # noqa: E402
from templates import OUTLETS, plain  # noqa: E402

DEMO = os.path.dirname(HERE)
CORPUS = os.path.join(DEMO, "corpus")


def all_articles():
    arts = port.articles() + viaduct.articles() + unrelated.U
    for a in arts:
        a.setdefault("precision", "second" if a["published"] else "")
        a.setdefault("tags", [])
        a.setdefault("comments", [])
    return arts


def render(arts):
    for key, site in OUTLETS.items():
        site["articles"] = [a for a in arts if a["outlet"] == key]
    os.makedirs(CORPUS, exist_ok=True)
    for name in os.listdir(CORPUS):
        if name.endswith(".html"):
            os.remove(os.path.join(CORPUS, name))
    for a in arts:
        site = OUTLETS[a["outlet"]]
        assert a["url"].startswith("https://" + site["host"] + "/"), a["url"]
        page = site["render"](a, site)
        data = page.encode(site["charset"])  # strict: fails on an unencodable character
        if len(data) >= 30 * 1024:
            raise SystemExit("%s is %d bytes" % (a["file"], len(data)))
        with open(os.path.join(CORPUS, a["file"]), "wb") as f:
            f.write(data)


def relations(arts):
    by = {a["id"]: a["url"] for a in arts}
    rels = []

    def rel(x, y, kind, accept=None, note=""):
        r = {"a": by[x], "b": by[y], "relation": kind}
        if accept:
            r["accept"] = accept
        if note:
            r["note"] = note
        rels.append(r)

    relay = ["B", "C", "J", "H", "E", "D", "H2"]  # the Northwire text and its republications
    for x, y in itertools.combinations(relay, 2):
        alias_side = (x in ("H", "H2")) != (y in ("H", "H2"))
        rel(x, y, "duplicate", ["duplicate", "copy"] if alias_side else None,
            "near-identical after folding spelling variants" if alias_side else "")
    for y in relay:
        rel("A", y, "copy", ["copy", "excerpt"], "the relay text: most of it is the original's paragraphs 2-8 and 13")
    rel("A", "F", "excerpt", note="paragraphs 10-12 of the original, verbatim")
    rel("A", "G", "rewrite", note="paraphrase of the original")
    for y in relay:
        rel("G", y, "rewrite", ["rewrite", "related"])
        rel("F", y, "related", note="same story; the excerpted paragraphs are not in the relay text")
    rel("F", "G", "related", ["related", "rewrite"], "the rewrite paraphrases the paragraphs the analysis quotes")
    for y in ["A", "F", "G"] + relay:
        rel("K", y, "related", note="independent coverage that contradicts the story")
    s2 = ["S1", "S2", "S3", "S4"]
    for x, y in itertools.combinations(s2, 2):
        rel(x, y, "duplicate" if {x, y} == {"S1", "S2"} else "related")
    return rels


def hard_negatives(arts):
    by = {a["id"]: a["url"] for a in arts}
    return [
        {"a": by["U07"], "b": by["U08"], "relation": "unrelated",
         "note": "same outlet; both bodies contain the identical 'about our newsroom' paragraph", "shared_text": unrelated.VALLEYPOST_NEWSROOM},
        {"a": by["U20"], "b": by["U21"], "relation": "unrelated",
         "note": "same outlet; both bodies contain the identical hill-weather paragraph", "shared_text": unrelated.RIDGEWAY_WEATHER},
        {"a": by["U02"], "b": by["A"], "relation": "unrelated",
         "note": "same outlet and same city name (Holvanka), different story"},
        {"a": by["U03"], "b": by["A"], "relation": "unrelated",
         "note": "same outlet, mentions the Eastern Basin, different story"},
        {"a": by["U06"], "b": by["F"], "relation": "unrelated",
         "note": "ferries and the Merevo shipyard, different story"},
        {"a": by["U20"], "b": by["S1"], "relation": "unrelated",
         "note": "same outlet, mentions the Kestrel viaduct, different story"},
    ]


def truth(arts):
    articles = []
    for a in arts:
        articles.append({
            "id": a["id"],
            "file": "corpus/" + a["file"],
            "url": a["url"],
            "outlet": OUTLETS[a["outlet"]]["domain"],
            "title": plain(a["title"]),
            "byline": a["byline"],
            "published": a["published"],
            "published_source": a["source"],
            "published_precision": a["precision"],
            "charset": OUTLETS[a["outlet"]]["charset"],
            "story": a["story"],
            "role": a["role"],
        })
    stories = [
        {"id": port.STORY, "title": "Holvanka port dredging contract", "root": port.URL_A,
         "urls": [a["url"] for a in arts if a["story"] == port.STORY]},
        {"id": viaduct.STORY, "title": "Kestrel Valley viaduct closure", "root": viaduct.URL_S1,
         "urls": [a["url"] for a in arts if a["story"] == viaduct.STORY]},
    ]
    outlets = [{"outlet": s["domain"], "name": s["name"], "hosts": [s["host"]], "charset": s["charset"]}
               for s in OUTLETS.values()]
    return {
        "description": "Ground truth for the echotrace demo corpus. All text is fiction written for this corpus. "
                       "Times are UTC; published_precision 'day' means only the date is known (from the URL path).",
        "outlets": outlets,
        "articles": articles,
        "relations": relations(arts),
        "hard_negatives": hard_negatives(arts),
        "chain": port.chain() + viaduct.chain(),
        "changes": port.changes(),
        "aliases": [{"a": x, "b": y} for x, y in port.ALIASES],
        "attributions": port.attributions() + viaduct.attributions(),
        "external_sources": [{"outlet": "kestrelweekly.example", "name": "Kestrel Weekly",
                              "url": viaduct.EXTERNAL_URL, "cited_by": [viaduct.URL_S1, viaduct.URL_S2]}],
        "stories": stories,
    }


def main():
    arts = all_articles()
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    render(arts)
    t = truth(arts)
    with open(os.path.join(DEMO, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d articles, %d outlets, %d relations" % (len(arts), len({a["outlet"] for a in arts}), len(t["relations"])))


if __name__ == "__main__":
    main()
