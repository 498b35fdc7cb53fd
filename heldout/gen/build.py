#!/usr/bin/env python3
"""Assemble ../pairs.jsonl from the hand-written story modules.

    cd heldout/gen && python3 build.py

Every stories_*.py module registers its base articles and its pairs through
lib.base and lib.pair. The output is deterministic (pairs in id order).
"""
import glob
import importlib
import json
import os
import re
import sys

import lib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

for path in sorted(glob.glob(os.path.join(HERE, "stories_*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])


def resolve_doc(ref):
    if isinstance(ref, str):
        return dict(lib.BASES[ref])
    return ref


def build_pair(p):
    a = resolve_doc(p["a"])
    b = p["b"]
    changes = list(p["changes"])
    if isinstance(b, dict) and b.get("derived"):
        text, ch = lib.apply_ops(a["text"], p["ops"])
        changes = ch + changes
        m = b
        b = lib.doc(m["outlet"], m["published"], m["slug"], m["title"] or a["title"],
                    "", style=m["style"], host=m["host"], url=m["url"])
        b["text"] = text
    else:
        b = dict(resolve_doc(b))
        if p["passages"]:
            text = b["text"]
            for i, spec in enumerate(p["passages"], 1):
                start, end = spec[0], spec[1]
                subs = spec[2] if len(spec) > 2 else []
                ptxt = lib.passage(a["text"], start, end)
                for old, new, kind in subs:
                    assert old in ptxt, (p["id"], old)
                    ptxt = ptxt.replace(old, new)
                    if kind:
                        changes.append({"kind": kind, "a_text": old, "b_text": new})
                key = "{P%d}" % i
                assert key in text, (p["id"], key)
                text = text.replace(key, ptxt)
            b["text"] = text
        assert "{P" not in b["text"], p["id"]
    out = {"id": p["id"], "relation": p["relation"], "hard": p["hard"], "note": p["note"],
           "a": a, "b": b}
    if p["shared_text"]:
        out["shared_text"] = p["shared_text"]
    if changes:
        out["expected_changes"] = changes
    return out


def words(s):
    return [w for w in re.split(r"[^\w]+|_", s.lower()) if w]


def lcs_ratio(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1] / max(len(a), len(b))


def containment(a, b, n=5):
    ga = {" ".join(a[i:i + n]) for i in range(len(a) - n + 1)}
    gb = {" ".join(b[i:i + n]) for i in range(len(b) - n + 1)}
    return len(ga & gb) / max(1, len(ga))


def accept(p):
    """Second labels for pairs in the band between two relations.

    Declared alias swaps are folded first (as the engine's alias table would).
    duplicate/copy: a copy whose words match A in order at >= 0.88 (few,
    small edits) also accepts duplicate; a duplicate below 0.90 also accepts
    copy. excerpt/copy: an excerpt whose passages hold half or more of A's
    5-grams also accepts copy. Everything else is strict.
    """
    btext = p["b"]["text"]
    for c in p.get("expected_changes", []):
        if c["kind"] == "alias" and c.get("a_text") and c.get("b_text"):
            btext = btext.replace(c["b_text"], c["a_text"])  # fold declared variants
    a, b = words(p["a"]["text"]), words(btext)
    r = p["relation"]
    if r == "copy" and lcs_ratio(a, b) >= 0.88:
        return ["copy", "duplicate"]
    if r == "duplicate" and lcs_ratio(a, b) < 0.90:
        return ["duplicate", "copy"]
    if r == "excerpt" and containment(a, b) >= 0.50:
        return ["excerpt", "copy"]
    return None


def main():
    pairs = [build_pair(p) for p in lib.PAIRS]
    for p in pairs:
        acc = accept(p)
        if acc:
            p["accept"] = acc
    ids = [p["id"] for p in pairs]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    pairs.sort(key=lambda p: p["id"])
    with open(os.path.join(HERE, "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    counts = {}
    hard = {}
    for p in pairs:
        counts[p["relation"]] = counts.get(p["relation"], 0) + 1
        hard[p["relation"]] = hard.get(p["relation"], 0) + (1 if p["hard"] else 0)
    for r in ["duplicate", "copy", "excerpt", "rewrite", "related", "unrelated"]:
        print(f"{r:10s} {counts.get(r, 0):3d} pairs, {hard.get(r, 0):3d} hard")
    print(f"{len(lib.BASES)} base articles, {len(pairs)} pairs")


if __name__ == "__main__":
    main()
