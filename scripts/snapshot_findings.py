"""Every finding of every rule, at any confidence, on the project's measurement texts: to show that a
refactoring keeps behaviour (compare two snapshots with `diff`).

    python scripts/snapshot_findings.py OUT.tsv [--confidence]

Texts: the real-world set's pages laid out on this machine (bench/real/texts), the synthetic
held-out half (bench/corpus/synthetic/heldout.gold.jsonl, after `python bench/synthetic.py`), the
seed, and the 18 WMT23 hypothesis files (../shared/corpora/wmt23, each file one document). One
line a finding: where, rule, span, replacement(s), applicability (and the confidence with
--confidence), sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.document import Document  # noqa: E402
from audit.engine import find_all  # noqa: E402
from audit.evaluation.gold import load_gold  # noqa: E402
from audit.glossary import load_glossary  # noqa: E402
from audit.inputs import load  # noqa: E402
from audit.rules import select_rules  # noqa: E402


def documents():
    for path in sorted((ROOT / "bench/real/texts").glob("*.txt")):
        yield Document(path=f"real/{path.stem}", text=path.read_text(encoding="utf-8"))
    heldout = ROOT / "bench/corpus/synthetic/heldout.gold.jsonl"
    if heldout.exists():
        for doc in load_gold(heldout):
            yield Document(path=f"synthetic/{doc.id}", text=doc.text)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc = load(str(path))[0]
        doc.path = f"seed/{path.name}"
        yield doc
    for path in sorted((ROOT.parent / "shared/corpora/wmt23").glob("*.hyp.*.en")):
        yield Document(path=f"wmt23/{path.name}", text=path.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--confidence", action="store_true", help="write each finding's confidence too")
    args = parser.parse_args()
    glossary, rules = load_glossary(), select_rules()
    lines = []
    for doc in documents():
        for f in find_all(doc, glossary, rules):
            fields = [doc.path, f.rule, str(f.start), str(f.end), repr(f.replacement), f.applicability.value]
            if args.confidence:
                fields.append(f"{f.confidence:.3f}")
            lines.append("\t".join(fields))
    args.out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} findings -> {args.out}")


if __name__ == "__main__":
    main()
