"""Do the fixes make the text read more like a copy-editor's? chrF against the annotations' corrections.

For each machine-translated page of a half of the real-world set (bench/real/{tune,report}.gold.jsonl,
texts in bench/real/texts/: docs/real-set.md), the copy-editor's text is built from the gold
annotations: each artifact's first correction replaces its quote (an artifact with no correction
stays as it is: no replacement can be given). The page is then fixed as `audit fix --write` fixes a
file (every rule, the bundled glossaries, the default --min-confidence 0.8, safe fixes only unless
--unsafe-fixes; re-checked until stable: audit/fixer.py), and the chrF (sacrebleu) of the page as
it is and as fixed is computed against the corrected text, per page and for the half (corpus chrF).

Each fix applied is also scored alone: the text of the pass that applied it, with that fix only,
against the same reference. A fix that lowers chrF alone is listed (page, rule, confidence, flagged
text, replacement, the change), and so is every page whose fixed text scores lower than its original.

    python scripts/fix_check.py --half tune [--unsafe-fixes] [--min-confidence X] [--page ID] [--all] [--whitespace]

chrF as sacrebleu computes it by default leaves spaces out of its character n-grams, so a fix that
only adds or removes a space ('Homsnorth' -> 'Homs north', 'Homs ,' -> 'Homs,') changes nothing
there; --whitespace keeps them, to see those fixes too.

Develop and read the output on the tuning half only (docs/real-set.md); the report half is the
product's figure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "bench" / "real"


def corrected_text(doc) -> tuple[str, int]:
    """The page as the annotations correct it (each artifact's first correction), and how many
    annotations could not be applied with the others. Annotations of one span from two sides (' »'
    has a space before a quotation mark, '»' is a foreign mark) compose: each correction is taken as
    the few characters it changes in its quote, and changes that do not touch the same characters
    all apply (' »' becomes '”')."""
    from difflib import SequenceMatcher

    from audit.fixer import apply_edits
    from audit.model import Edit, conflict

    edits: list[Edit] = []
    left_out = 0
    for a in doc.artifacts:
        if not a.corrections:
            continue
        new = a.corrections[0]
        ops = SequenceMatcher(None, a.quote, new, autojunk=False).get_opcodes()
        mine = [Edit(a.start + i1, a.start + i2, new[j1:j2]) for op, i1, i2, j1, j2 in ops if op != "equal"]
        mine = [e for e in mine if e not in edits]  # two annotations asking for the same change
        if any(conflict(e, o) for e in mine for o in edits):
            left_out += 1
            continue
        edits += mine
    return apply_edits(doc.text, edits), left_out


WHITESPACE = False  # chrF's default leaves spaces out of its character n-grams (--whitespace keeps them)


def chrf(hypothesis: str, reference: str) -> float:
    from sacrebleu.metrics import CHRF

    return CHRF(whitespace=WHITESPACE).sentence_score(hypothesis, [reference]).score


def check(half: str, min_confidence: float, unsafe: bool, pages: list[str] | None, every: bool = False,
          out=sys.stdout) -> int:
    from sacrebleu.metrics import CHRF

    from audit.evaluation.gold import GoldError, load_gold
    from audit.fixer import apply_edits, fix_text
    from audit.fixing import finder
    from audit.glossary import load_glossary
    from audit.model import Applicability
    from audit.rules import select_rules

    path = REAL / f"{half}.gold.jsonl"
    try:
        docs = load_gold(path)
    except GoldError as err:
        print(f"fix_check: {err}", file=sys.stderr)
        return 2
    if pages:
        docs = [d for d in docs if d.id in pages]
        if not docs:
            print(f"fix_check: no page {', '.join(pages)} in {path.name}", file=sys.stderr)
            return 2
    glossary, rules = load_glossary(), select_rules()
    floor = Applicability.UNSAFE if unsafe else Applicability.SAFE
    originals, fixed_texts, references = [], [], []
    lowering, singles, worse_pages, fixes, left_out = [], [], [], 0, 0
    print(f"== {half} half: {len(docs)} machine-translated pages; fixes at >= {min_confidence:g}, "
          f"{'safe and unsafe' if unsafe else 'safe only'}; chrF {'with' if WHITESPACE else 'without'} spaces ==",
          file=out)
    for doc in docs:
        reference, overlapping = corrected_text(doc)
        left_out += overlapping
        find = finder(str(REAL / "texts" / f"{doc.id}.txt"), "text", glossary, rules, None)
        result = fix_text(doc.text, find, min_confidence=min_confidence, min_applicability=floor)
        before, after = chrf(doc.text, reference), chrf(result.text, reference)
        originals.append(doc.text)
        fixed_texts.append(result.text)
        references.append(reference)
        fixes += len(result.applied)
        for text, applied in result.steps:
            base = chrf(text, reference)
            for f in applied:
                delta = chrf(apply_edits(text, f.fix.edits), reference) - base
                singles.append((doc.id, f, delta))
                if delta < 0:
                    lowering.append((doc.id, f, delta))
        if after < before:
            worse_pages.append(doc.id)
        print(f"  {doc.id:<28} {len(result.applied):>3} fixes  chrF {before:6.2f} -> {after:6.2f} ({after - before:+.2f})",
              file=out)
    metric = CHRF(whitespace=WHITESPACE)
    total_before = metric.corpus_score(originals, [references]).score
    total_after = metric.corpus_score(fixed_texts, [references]).score
    print(f"\ncorpus chrF: {total_before:.2f} as is -> {total_after:.2f} fixed ({total_after - total_before:+.2f}); "
          f"{fixes} fixes applied, {len(lowering)} lower chrF alone, {len(worse_pages)} pages score lower fixed"
          + (f"; {left_out} annotations left out of the references (they change the same characters as another)" if left_out else ""), file=out)
    for page, f, delta in singles if every else lowering:
        mark = "LOWERS" if delta < 0 else "raises" if delta > 0 else "same  "
        print(f"  {mark} {page} {f.rule} {f.confidence:.2f} {f.text!r} -> {f.show_fix(quote=repr)} ({delta:+.3f})",
              file=out)
    for page in worse_pages:
        print(f"  WORSE  {page}", file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["tune", "report"], required=True)
    parser.add_argument("--min-confidence", type=float, default=0.8, help="apply fixes at or above this (fix's default 0.8)")
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    parser.add_argument("--page", action="append", help="only this page id (repeatable)")
    parser.add_argument("--whitespace", action="store_true",
                        help="count spaces in chrF's character n-grams (chrF leaves them out: a split glued word scores 0)")
    parser.add_argument("--all", action="store_true", help="list every fix with its change of chrF, not only those that lower it")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    global WHITESPACE
    WHITESPACE = args.whitespace
    return check(args.half, args.min_confidence, args.unsafe_fixes, args.page, args.all)


if __name__ == "__main__":
    sys.exit(main())
