#!/usr/bin/env python3
"""Per-pair figures for ../pairs.jsonl (the same crude measures as the Go test)."""
import json, re, sys, os

def words(s):
    return [w for w in re.split(r"[^\w]+|_", s.lower()) if w]

def grams(w, n):
    return {" ".join(w[i:i+n]) for i in range(len(w)-n+1)}

def cont(a, b, n=5):
    ga = grams(a, n)
    return len(ga & grams(b, n)) / max(1, len(ga))

def lcs(a, b):
    prev = [0]*(len(b)+1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j-1]+1 if x == y else max(prev[j], cur[j-1]))
        prev = cur
    return prev[-1]

def run(a, b):
    best = 0
    prev = [0]*(len(b)+1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            v = prev[j-1]+1 if x == y else 0
            cur.append(v)
            if v > best: best = v
        prev = cur
    return best

sel = sys.argv[1] if len(sys.argv) > 1 else ""
for line in open(os.path.join(os.path.dirname(__file__), "..", "pairs.jsonl")):
    p = json.loads(line)
    if sel and not p["id"].startswith(sel):
        continue
    a, b = words(p["a"]["text"]), words(p["b"]["text"])
    print(f'{p["id"]:9s} {"H" if p["hard"] else " "} A={len(a):3d} B={len(b):3d} '
          f'c5(A in B)={cont(a,b):.2f} c5(B in A)={cont(b,a):.2f} lcs/max={lcs(a,b)/max(len(a),len(b)):.2f} '
          f'run={run(a,b):3d} c12={len(grams(a,12)&grams(b,12)):3d}')
