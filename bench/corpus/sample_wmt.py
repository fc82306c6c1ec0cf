#!/usr/bin/env python3
"""Draw 320 WMT23 MT segments (6 pairs x 3 systems) for hand annotation.

About a third of each (pair, system) cell is drawn from segments that a cheap
pre-filter marks as *likely* to hold an artifact; the rest is drawn uniformly
from the remaining segments. The pre-filter only chooses what to read: it never
decides an annotation. Segments shorter than 6 words are skipped.

Writes wmt23-mt.unannotated.jsonl next to this script.
"""
import json
import os
import random
import re

SEED = 20241124
TOTAL = 320
CORPUS_DIR = "/work/shared/corpora/wmt23"
PAIRS = ["de", "he", "ja", "ru", "uk", "zh"]
SYSTEMS = ["ONLINE-B", "NLLB_Greedy", "GPT4-5shot"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wmt23-mt.unannotated.jsonl")

FUNCTION_WORDS = r"(?:And|Of|The|In|On|At|To|For|With|From|By|Or|But|A|An|As|Is|Are|Was|Were)"
PREFILTER = [
    re.compile(r"[«»„‹›]"),
    re.compile(r" [,.;:!?](?:\s|$)"),                 # space before punctuation
    re.compile(r"\. \.|, ,|,,|\.\s*,|,\s*\.(?!\.)"),   # doubled / stray marks
    re.compile(r"[a-z][.!?][A-Z]"),                    # said.The
    re.compile(r"[a-z],[a-z]"),                         # earlier,fighting
    re.compile(r"[A-Za-z]+ (?:He|She|It|They) [a-z]"),  # capitalised pronoun mid-sentence
    re.compile(r"[a-z,] " + FUNCTION_WORDS + r" [a-z]"),  # capitalised function word mid-sentence
    re.compile(r"[a-z][.!?] [a-z]"),                    # lowercase after full stop
    re.compile(r"\b[a-z]{17,}\b"),                       # long unknown-looking word
]


def flagged(text):
    return any(p.search(text) for p in PREFILTER)


def main():
    rng = random.Random(SEED)
    cells = [(p, s) for p in PAIRS for s in SYSTEMS]
    base, extra = divmod(TOTAL, len(cells))
    sizes = [base + (1 if i < extra else 0) for i in range(len(cells))]
    records = []
    for (pair, system), size in zip(cells, sizes):
        fname = f"generaltest2023.{pair}-en.hyp.{system}.en"
        with open(os.path.join(CORPUS_DIR, fname), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        cand = [(i + 1, t.strip()) for i, t in enumerate(lines) if len(t.split()) >= 6]
        hot = [c for c in cand if flagged(c[1])]
        n_hot = min(round(size / 3), len(hot))
        picked = rng.sample(hot, n_hot)
        taken = {ln for ln, _ in picked}
        rest = [c for c in cand if c[0] not in taken]
        picked += rng.sample(rest, size - n_hot)
        picked.sort()
        for ln, text in picked:
            records.append({
                "id": f"wmt23-{pair}-en-{system}-{ln:04d}",
                "text": text,
                "source": {"corpus": "wmt23", "file": fname, "line": ln},
                "artifacts": [],
            })
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
