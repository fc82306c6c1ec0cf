"""False alarms on clean English: findings per 10,000 words on text no MT system produced.

Runs the auditor, with every rule and the bundled glossaries, over the WMT23 English originals
(generaltest2023.en-de.src.en) and the human reference translations (*.ref.refA.en), and prints
the number of findings at or above --min-confidence per 10,000 words, overall and per rule; and
the same figure without the findings on lines written in another script (some references leave
Russian or Ukrainian lines untranslated: flagging those is right, but they are not clean English).

The human text has a few real slips ("distinctions,,", "parts.While"); flagging them is right too.
The ones found so far, each checked by hand, are listed in bench/corpus/errata.jsonl and corrected
before the text is audited (audit/evaluation/errata.py); --no-errata audits the text as it is.

The files carry no document boundaries, so each is one document; --lines-per-document N cuts them
into documents of N lines instead, for the rules that read a whole document's people (P013): a
harsher test, since a cut may leave a pronoun without the person it refers to.

    python scripts/false_alarms.py [--corpora ../shared/corpora/wmt23] [--show] [--no-errata]
                                   [--lines-per-document N]
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


def _documents(path: str, text: str, lines_per_document: int) -> list[tuple[int, Document]]:
    """(first line - 1, document) of a file: the whole file, or runs of `lines_per_document` lines."""
    if lines_per_document <= 0:
        return [(0, Document(path=path, text=text))]
    lines = text.splitlines()
    return [(i, Document(path=path, text="\n".join(lines[i: i + lines_per_document])))
            for i in range(0, len(lines), lines_per_document)]


def measure(corpora: Path, min_confidence: float = 0.5, show=None,
            errata: Path | None = ERRATA, lines_per_document: int = 0) -> tuple[int, Counter, int, int]:
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
        for offset, doc in _documents(doc.path, text, lines_per_document):
            report = audit_document(doc, glossary, rules, min_confidence)
            words += report.words
            lines = doc.text.splitlines()
            for f in report.findings:
                per_rule[f"{f.rule} {f.name}"] += 1
                other_script += bool(_OTHER_SCRIPT.search(lines[f.line - 1]))
                if show:
                    show(f"{path.name}:{offset + f.line}:{f.column} {f.rule} {f.confidence:.2f} "
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
    parser.add_argument("--lines-per-document", type=int, default=0,
                        help="audit runs of N lines as documents (default: a file is one document)")
    args = parser.parse_args(argv)
    missing = [f for f in clean_files(args.corpora) if not f.is_file()]
    if missing:
        print(f"error: missing corpus file {missing[0]}", file=sys.stderr)
        return 2
    words, per_rule, other_script, corrected = measure(args.corpora, args.min_confidence,
                                                       print if args.show else None, args.errata,
                                                       args.lines_per_document)
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
