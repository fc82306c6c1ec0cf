"""False alarms of the source-aware rules (S...) on human translations.

Pairs each WMT23 source segment with its professional reference translation (one document per
segment, with its source and source language, as a feed would give them) and runs the S rules:
every finding is a false alarm, except on reference lines the translators left in another script
(counted apart, as scripts/false_alarms.py does). Prints findings per 1,000 segments and per
10,000 words, overall and per rule.

    python scripts/source_false_alarms.py [--corpora ../shared/corpora/wmt23] [--show] [--system refA]

`--system ONLINE-B` runs on a machine translation instead (findings there are for a person to
judge: real errors or false alarms).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

from audit.document import Document
from audit.engine import audit_document
from audit.glossary import load_glossary
from audit.rules import select_rules

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wmt23"
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")


def pairs(corpora: Path, system: str = "refA"):
    """(language, source line, translation line) for every XX-en pair in the corpus."""
    for src in sorted(corpora.glob("generaltest2023.*-en.src.*")):
        lang = src.suffix[1:]
        kind = "ref" if system.startswith("ref") else "hyp"
        tgt = corpora / f"generaltest2023.{lang}-en.{kind}.{system}.en"
        if not tgt.is_file():
            continue
        s_lines = src.read_text(encoding="utf-8").splitlines()
        t_lines = tgt.read_text(encoding="utf-8").splitlines()
        yield from ((lang, s, t) for s, t in zip(s_lines, t_lines))


def measure(corpora: Path, min_confidence: float = 0.5, system: str = "refA", show=None):
    """(segments, words, findings per rule, findings on lines in another script)."""
    glossary = load_glossary()
    rules = select_rules(["S"])
    segments = words = other = 0
    per_rule: Counter[str] = Counter()
    for i, (lang, source, target) in enumerate(pairs(corpora, system)):
        doc = Document(path=f"{lang}#{i}", text=target, source=source, source_lang=lang)
        report = audit_document(doc, glossary, rules, min_confidence)
        segments += 1
        words += report.words
        for f in report.findings:
            per_rule[f"{f.rule} {f.name}"] += 1
            other += bool(_OTHER_SCRIPT.search(target))
            if show:
                show(f"{lang}#{i} {f.rule} {f.confidence:.2f} {f.message}\n  src: {source[:160]}\n  tgt: {target[:160]}")
    return segments, words, per_rule, other


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--system", default="refA")
    parser.add_argument("--show", action="store_true", help="print every finding")
    args = parser.parse_args(argv)
    segments, words, per_rule, other = measure(args.corpora, args.min_confidence, args.system,
                                               print if args.show else None)
    total = sum(per_rule.values())
    print(f"{segments} segments, {words} words ({args.system}), {total} findings >= {args.min_confidence}: "
          f"{1000 * total / max(segments, 1):.2f} per 1,000 segments, {10000 * total / max(words, 1):.2f} per 10,000 words")
    print(f"  without lines in another script: {total - other} findings, "
          f"{1000 * (total - other) / max(segments, 1):.2f} per 1,000 segments")
    for name, n in per_rule.most_common():
        print(f"  {name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
