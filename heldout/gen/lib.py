"""Helpers for assembling the held-out pairs from hand-written texts.

Texts are written in the story modules as triple-quoted strings: paragraphs
are separated by blank lines, and line breaks inside a paragraph are joined
with a space. Nothing here invents wording: it only assembles, applies the
small deliberate edits declared for duplicates and copies, and lifts the
declared passages for excerpts.
"""
import re
import textwrap

BASES = {}   # id -> doc dict
PAIRS = []   # pair specs, resolved by build.py


def clean(text):
    text = textwrap.dedent(text).strip("\n")
    paras = re.split(r"\n\s*\n", text)
    out = []
    for p in paras:
        p = " ".join(line.strip() for line in p.strip().splitlines())
        p = re.sub(r"(\w)- (?=\w)", r"\1-", p)  # a hyphenated word broken across source lines
        p = re.sub(r"[ \t]+", " ", p).strip()
        if p:
            out.append(p)
    return "\n\n".join(out)


def url_for(outlet, date, slug, style="date", host=None):
    host = host or outlet
    y, m, d = date[:4], date[5:7], date[8:10]
    if style == "date":
        return f"https://{host}/{y}/{m}/{d}/{slug}"
    if style == "news":
        return f"https://{host}/news/{slug}"
    if style == "id":
        return f"https://{host}/{slug}.html"
    return f"https://{host}/{style}/{slug}"


def doc(outlet, published, slug, title, text, style="date", host=None, url=None):
    d = {
        "url": url or url_for(outlet, published or "0000-00-00", slug, style, host),
        "outlet": outlet,
        "title": title,
        "published": published,
        "text": clean(text),
    }
    return d


def base(bid, outlet, published, slug, title, text, **kw):
    assert bid not in BASES, bid
    BASES[bid] = doc(outlet, published, slug, title, text, **kw)
    return bid


PREFIX = {"duplicate": "dup", "copy": "copy", "excerpt": "exc", "rewrite": "rew",
          "related": "rel", "unrelated": "unr"}
_count = {}


def pair(relation, a, b, note, hard=False, ops=None, shared_text=None,
         changes=None, passages=None):
    """Register a pair; ids are numbered per relation in registration order."""
    _count[relation] = _count.get(relation, 0) + 1
    pid = "%s-%03d" % (PREFIX[relation], _count[relation])
    PAIRS.append(dict(id=pid, relation=relation, a=a, b=b, note=note, hard=hard,
                      ops=ops or [], shared_text=shared_text, changes=changes or [],
                      passages=passages or []))


def derived(outlet, published, slug, title=None, style="date", host=None, url=None):
    """The metadata of a duplicate or copy whose text is made from A by ops."""
    return {"derived": True, "outlet": outlet, "published": published, "slug": slug,
            "title": title, "style": style, "host": host, "url": url}


# ---- edit operations for duplicates and copies -------------------------
# ("sub", old, new, kind)        replace every occurrence (kind None: not reported)
# ("sub1", old, new, kind)       replace the first occurrence only
# ("del", text, kind)            remove text (a sentence, a clause, a paragraph)
# ("pre", text, kind)            new first paragraph
# ("post", text, kind)           new last paragraph
# ("after", anchor, text, kind)  new paragraph after the paragraph holding anchor
# ("ins", anchor, text, kind)    text inserted right after anchor, inside its paragraph
# ("curly",)                     straight quotes and apostrophes made typographic
# ("straight",)                  the reverse


def curly(s):
    out = []
    open_ = True
    for i, ch in enumerate(s):
        if ch == '"':
            out.append("\u201c" if open_ else "\u201d")
            open_ = not open_
        elif ch == "'":
            prev = s[i - 1] if i else " "
            out.append("\u2018" if prev in " \n(" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def straight(s):
    return (s.replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u2018", "'").replace("\u2019", "'"))


def apply_ops(text, ops):
    changes = []
    for op in ops:
        k = op[0]
        if k in ("sub", "sub1"):
            _, old, new, kind = op
            assert old in text, f"sub: {old!r} not found"
            text = text.replace(old, new, 1 if k == "sub1" else -1)
            if kind:
                c = {"kind": kind}
                if old.strip():
                    c["a_text"] = old.strip()
                if new.strip():
                    c["b_text"] = new.strip()
                changes.append(c)
        elif k == "del":
            _, old, kind = op
            assert old in text, f"del: {old!r} not found"
            text = text.replace(old, "", 1)
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            text = re.sub(r"  +", " ", text)
            if kind:
                changes.append({"kind": kind, "a_text": old.strip()})
        elif k == "pre":
            _, new, kind = op
            text = clean(new) + "\n\n" + text
            if kind:
                changes.append({"kind": kind, "b_text": clean(new)})
        elif k == "post":
            _, new, kind = op
            text = text + "\n\n" + clean(new)
            if kind:
                changes.append({"kind": kind, "b_text": clean(new)})
        elif k == "after":
            _, anchor, new, kind = op
            paras = text.split("\n\n")
            idx = [i for i, p in enumerate(paras) if anchor in p]
            assert idx, f"after: {anchor!r} not found"
            paras.insert(idx[0] + 1, clean(new))
            text = "\n\n".join(paras)
            if kind:
                changes.append({"kind": kind, "b_text": clean(new)})
        elif k == "ins":
            _, anchor, new, kind = op
            assert anchor in text, f"ins: {anchor!r} not found"
            text = text.replace(anchor, anchor + new, 1)
            if kind:
                changes.append({"kind": kind, "b_text": new.strip()})
        elif k == "curly":
            text = curly(text)
        elif k == "straight":
            text = straight(text)
        else:
            raise ValueError(op)
    return text, changes


def passage(text, start, end):
    """The verbatim span of text from the start anchor through the end anchor."""
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]
