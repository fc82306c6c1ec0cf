"""False alarms on clean English: findings per 10,000 words on text no MT system produced.

Runs the auditor, with every rule and the bundled glossaries, over the WMT23 English originals
(generaltest2023.en-de.src.en) and the human reference translations (*.ref.refA.en), and prints
the number of findings at or above --min-confidence per 10,000 words, overall and per rule; and
the same figure without the findings on lines written in another script (some references leave
Russian or Ukrainian lines untranslated: flagging those is right, but they are not clean English).

The human text has a few real slips ("distinctions,,", "parts.While"); flagging them is right too.
The ones found so far, each checked by hand, are listed in bench/corpus/errata.jsonl and corrected
before the text is audited (audit/evaluation/errata.py); --no-errata audits the text as it is.

    python scripts/false_alarms.py [--corpora ../shared/corpora/wmt23] [--show] [--no-errata]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

from audit.document import Document
from audit.engine import audit_document
from audit.evaluation.errata import apply_errata, load_errata
from audit.glossary import load_glossary
from audit.inputs import load
from audit.rules import select_rules

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wmt23"
ERRATA = Path(__file__).resolve().parents[1] / "bench" / "corpus" / "errata.jsonl"


def clean_files(corpora: Path) -> list[Path]:
    return [corpora / "generaltest2023.en-de.src.en", *sorted(corpora.glob("*.ref.refA.en"))]


_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")


def measure(corpora: Path, min_confidence: float = 0.5, show=None,
            errata: Path | None = ERRATA) -> tuple[int, Counter, int, int]:
    """Audit the clean files, their errata corrected: (words, findings per rule, findings on lines
    in another script, errata applied) at or above min_confidence."""
    glossary = load_glossary()
    rules = select_rules()
    slips = load_errata(errata) if errata else {}
    words = corrected = 0
    per_rule: Counter[str] = Counter()
    other_script = 0
    for path in clean_files(corpora):
        doc, _ = load(str(path))
        text, n = apply_errata(path.name, doc.text, slips)
        corrected += n
        doc = Document(path=doc.path, text=text)
        report = audit_document(doc, glossary, rules, min_confidence)
        words += report.words
        lines = doc.text.splitlines()
        for f in report.findings:
            per_rule[f"{f.rule} {f.name}"] += 1
            other_script += bool(_OTHER_SCRIPT.search(lines[f.line - 1]))
            if show:
                show(f"{path.name}:{f.line}:{f.column} {f.rule} {f.confidence:.2f} "
                     f"…{f.before[-25:]}[{f.text}]{f.after[:25]}… → {f.replacement!r}")
    return words, per_rule, other_script, corrected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--show", action="store_true", help="print every finding")
    parser.add_argument("--errata", type=Path, default=ERRATA,
                        help="slips corrected first (default bench/corpus/errata.jsonl)")
    parser.add_argument("--no-errata", dest="errata", action="store_const", const=None, help="audit the text as it is")
    args = parser.parse_args(argv)
    missing = [f for f in clean_files(args.corpora) if not f.is_file()]
    if missing:
        print(f"error: missing corpus file {missing[0]}", file=sys.stderr)
        return 2
    words, per_rule, other_script, corrected = measure(args.corpora, args.min_confidence,
                                                       print if args.show else None, args.errata)
    total = sum(per_rule.values())
    print(f"{corrected} slips of the human text corrected first ({args.errata})" if args.errata
          else "the human text as it is (no errata)")
    rate = 10000 * total / words if words else 0.0
    print(f"clean English: {len(clean_files(args.corpora))} files, {words} words, {total} findings at "
          f"confidence >= {args.min_confidence}: {rate:.2f} per 10,000 words")
    english_only = 10000 * (total - other_script) / words if words else 0.0
    print(f"without the {other_script} on lines in another script: {total - other_script} findings, "
          f"{english_only:.2f} per 10,000 words")
    for rule, n in sorted(per_rule.items()):
        print(f"  {rule}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
