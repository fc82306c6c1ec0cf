"""Precision sweep: the auditor's findings on unannotated machine-translated pages, judged by a reader.

The real set (docs/real-set.md) measures recall and precision on pages annotated in full; a sweep
only judges what the auditor says, so it is cheap and can cover more sites. Its pages come from
sites outside the real set; each line of bench/sweep/judged/*.jsonl is one page (url, query and
source language, as for the real set) with every finding shown at confidence >= 0.5 when it was
judged: rule, flagged text, fix, a short quoted context, the verdict (TRUE: an artifact a
copy-editor wants flagged; FALSE: a false alarm) and whether the fix gives publishable text. The
texts stay machine-local in bench/sweep/texts/ (ignored by git), laid out again as the real set's
are (docs/real-set.md: query the search tool, write the excerpt exactly).

This script audits the pages again with the code as it is now and sets each finding against the
judgements (same rule, same flagged text, spaces aside): the judged findings still shown, those no longer shown,
and the new ones, which a reader must judge before a figure is trusted.

    python scripts/sweep.py [--show]

The sweep is for tuning: its pages are neither half of the real set, so what it teaches may be
used; the report half stays the product's figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "bench" / "sweep"


KEY_CHARS = 40  # a longer flagged text (a paragraph) is recorded by its start: no third-party sentence committed


def _key(flagged: str) -> str:
    """A flagged text as judgements record it: its spaces aside (a span may have grown by them
    since: ' “' for '“'), its first KEY_CHARS characters ("…" marks the cut)."""
    return flagged.strip().removesuffix("…")[:KEY_CHARS]


def judged_pages() -> list[dict]:
    pages = []
    for path in sorted((SWEEP / "judged").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                pages.append(json.loads(line))
            except json.JSONDecodeError as err:
                sys.exit(f"{path}:{n}: invalid JSON: {err.msg}")
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every finding with its verdict")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    args = parser.parse_args(argv)

    from audit.document import Document
    from audit.engine import audit_document
    from audit.glossary import load_glossary
    from audit.rules import select_rules

    glossary, rules = load_glossary(), select_rules()
    tally: Counter = Counter()
    missing = []
    for page in judged_pages():
        path = SWEEP / "texts" / f"{page['id']}.txt"
        if not path.exists():
            missing.append(page["id"])
            continue
        text = path.read_text(encoding="utf-8")
        doc = Document(path=str(path), text=text, source_lang=page.get("source_lang", ""))
        report = audit_document(doc, glossary, rules, min_confidence=args.min_confidence)
        unmatched = list(page["findings"])
        for f in report.findings:
            key = (f.rule, _key(text[f.start : f.end]))
            same = [j for j in unmatched if (j["rule"], _key(j["flagged"])) == key]
            # two judged findings of one rule and text: the one whose quoted context stands here
            near = text[max(0, f.start - 120) : f.end + 120]
            j = next((j for j in same if j.get("context") and j["context"] in near), same[0] if same else None)
            if j is not None:
                unmatched.remove(j)
                tally[j["verdict"]] += 1
                label = j["verdict"]
            else:
                tally["new"] += 1
                label = "NEW"
            if args.show or label == "NEW":
                left, right = doc.context(f.start, f.end, 40)
                print(f"  {label:5} {page['id']} {f.rule} {f.confidence:.2f} {key[1]!r} -> {f.replacement!r}  "
                      f"…{left}[{text[f.start:f.end]}]{right}…")
        for j in unmatched:
            tally[f"gone {j['verdict']}"] += 1
            if args.show or j["verdict"] == "TRUE":
                print(f"  GONE  {page['id']} {j['rule']} {j['flagged']!r} (judged {j['verdict']})")
    if missing:
        print(f"{len(missing)} texts missing from {SWEEP / 'texts'}: {', '.join(missing)}")
    shown = tally["TRUE"] + tally["FALSE"]
    print(f"judged findings still shown: {shown} ({tally['TRUE']} TRUE, {tally['FALSE']} FALSE); "
          f"no longer shown: {tally['gone TRUE']} TRUE, {tally['gone FALSE']} FALSE; new, unjudged: {tally['new']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
