"""False alarms of the source-aware rules (S...) on WMT23 translations, against their sources.

Pairs each WMT23 source segment with a translation of it (one document per segment, with its
source and source language, as a feed would give them) and runs the S rules. On the professional
references (`--system refA`, the default) every finding is a false alarm, except on reference lines
the translators left in another script (counted apart, as scripts/false_alarms.py does) and the
references' own slips a person has read and judged (a figure misread, a number dropped: the
verdicts in bench/corpus/s001-refs-judged.jsonl). On machine translations (`--system hyp`, or a
system's name) the findings are for a person to judge: a verdicts file (`--judged`) says which are
real, and the script counts the rest as false alarms until someone reads them. Prints findings
per 1,000 segments and per 10,000 words, overall and per rule, and the replacements offered.

    python scripts/source_false_alarms.py [--show]                      # the references
    python scripts/source_false_alarms.py --system hyp --lang zh \\
        --judged bench/corpus/s001-zh-en-judged.jsonl [--show]          # zh-en MT, judged
    python scripts/source_false_alarms.py --system hyp --lang zh --jsonl NEW.jsonl   # to judge

A verdict is one JSON line: {"file", "line" (1-based), "rule", "flagged" (the flagged text, "" for a
display-only finding at the segment's end), "verdict": "true" or "false", "fix": "right", "wrong" or
null (no replacement), "note"}.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import regex

from audit.document import Document
from audit.engine import audit_document
from audit.glossary import load_glossary
from audit.rules import select_rules

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora" / "wmt23"
REFERENCE_VERDICTS = ROOT / "bench" / "corpus" / "s001-refs-judged.jsonl"
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")


def translation_files(corpora: Path, system: str = "refA", langs: list[str] | None = None):
    """(language, source file, translation file) for each XX-en pair and system asked for:
    `system` is a name (refA, ONLINE-B), several with commas, or "hyp" for every hypothesis."""
    for src in sorted(corpora.glob("generaltest2023.*-en.src.*")):
        lang = src.suffix[1:]
        if langs and lang not in langs:
            continue
        if system == "hyp":
            targets = sorted(corpora.glob(f"generaltest2023.{lang}-en.hyp.*.en"))
        else:
            targets = [corpora / f"generaltest2023.{lang}-en.{'ref' if s.startswith('ref') else 'hyp'}.{s}.en"
                       for s in system.split(",")]
        yield from ((lang, src, tgt) for tgt in targets if tgt.is_file())


def pairs(corpora: Path, system: str = "refA", langs: list[str] | None = None):
    """(language, translation file name, line number, source line, translation line)."""
    for lang, src, tgt in translation_files(corpora, system, langs):
        s_lines = src.read_text(encoding="utf-8").splitlines()
        t_lines = tgt.read_text(encoding="utf-8").splitlines()
        yield from ((lang, tgt.name, i + 1, s, t) for i, (s, t) in enumerate(zip(s_lines, t_lines)))


def load_verdicts(path: Path | None) -> dict[tuple[str, int, str, str], dict]:
    """Verdicts by (file, line, rule, flagged text)."""
    if path is None or not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            out[v["file"], int(v["line"]), v["rule"], v["flagged"]] = v
    return out


class Tally:
    """What a run found (a plain class: tests load this script without registering it as a module)."""

    def __init__(self) -> None:
        self.segments = self.words = 0
        self.per_rule: Counter[str] = Counter()
        self.other_script = 0  # findings on lines in another script (really untranslated)
        self.judged_true = self.judged_false = 0
        self.replacements = self.fix_right = self.fix_wrong = 0
        self.found: list[dict] = []

    @property
    def findings(self) -> int:
        return sum(self.per_rule.values())

    @property
    def false_alarms(self) -> int:
        """Findings not shown real: judged false, or not judged (lines in another script are real)."""
        return self.findings - self.other_script - self.judged_true


def tally(corpora: Path, min_confidence: float = 0.5, system: str = "refA", langs: list[str] | None = None,
          select: tuple[str, ...] = ("S",), verdicts: dict | None = None, show=None) -> Tally:
    glossary = load_glossary()
    rules = select_rules(list(select))
    verdicts = verdicts or {}
    out = Tally()
    for lang, name, line, source, target in pairs(corpora, system, langs):
        doc = Document(path=f"{name}:{line}", text=target, source=source, source_lang=lang)
        report = audit_document(doc, glossary, rules, min_confidence)
        out.segments += 1
        out.words += report.words
        for f in report.findings:
            out.per_rule[f"{f.rule} {f.name}"] += 1
            other = bool(_OTHER_SCRIPT.search(target))
            out.other_script += other
            v = verdicts.get((name, line, f.rule, f.text), {}) if not other else {}
            out.judged_true += v.get("verdict") == "true"
            out.judged_false += v.get("verdict") == "false"
            if f.replacement is not None:
                out.replacements += 1
                out.fix_right += v.get("fix") == "right"
                out.fix_wrong += v.get("fix") == "wrong"
            record = {"file": name, "line": line, "rule": f.rule, "flagged": f.text, "replacement": f.replacement,
                      "message": f.message, "verdict": v.get("verdict"), "fix": v.get("fix"), "note": v.get("note", "")}
            out.found.append(record)
            if show:
                mark = f" [{v['verdict']}{', fix ' + v['fix'] if v.get('fix') else ''}]" if v else ""
                fix = f" -> {f.replacement!r}" if f.replacement is not None else ""
                show(f"{name}:{line} {f.rule} {f.confidence:.2f} '{f.text}'{fix} {f.message}{mark}\n"
                     f"  src: {source[:200]}\n  tgt: {target[:200]}")
    return out


def measure(corpora: Path, min_confidence: float = 0.5, system: str = "refA", show=None):
    """(segments, words, findings per rule, findings that are real: on lines in another script,
    or the references' own slips judged in bench/corpus/s001-refs-judged.jsonl)."""
    t = tally(corpora, min_confidence, system, verdicts=load_verdicts(REFERENCE_VERDICTS), show=show)
    return t.segments, t.words, t.per_rule, t.other_script + t.judged_true


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--system", default="refA", help="refA (default), a system's name, several with commas, or hyp")
    parser.add_argument("--lang", help="source languages, comma-separated (default: all)")
    parser.add_argument("--select", default="S", help="rules (codes or prefixes, comma-separated; default S)")
    parser.add_argument("--judged", type=Path, help="verdicts (JSON lines); default for refA: " + str(REFERENCE_VERDICTS.relative_to(ROOT)))
    parser.add_argument("--jsonl", type=Path, help="write every finding, with any verdict, to this file")
    parser.add_argument("--show", action="store_true", help="print every finding")
    args = parser.parse_args(argv)
    judged = args.judged or (REFERENCE_VERDICTS if args.system == "refA" else None)
    t = tally(args.corpora, args.min_confidence, args.system, args.lang.split(",") if args.lang else None,
              tuple(args.select.split(",")), load_verdicts(judged), print if args.show else None)
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in t.found), encoding="utf-8")
    per_k = 1000 / max(t.segments, 1)
    print(f"{t.segments} segments, {t.words} words ({args.system}), {t.findings} findings >= {args.min_confidence}: "
          f"{per_k * t.findings:.2f} per 1,000 segments, {10000 * t.findings / max(t.words, 1):.2f} per 10,000 words")
    print(f"  on lines in another script: {t.other_script}; judged real: {t.judged_true}, judged false: "
          f"{t.judged_false}, not judged: {t.findings - t.other_script - t.judged_true - t.judged_false}"
          + (f" ({judged.relative_to(ROOT) if judged.is_relative_to(ROOT) else judged})" if judged else ""))
    print(f"  false alarms (judged false or not judged): {t.false_alarms}, {per_k * t.false_alarms:.2f} per 1,000 segments")
    print(f"  replacements offered: {t.replacements} (judged right {t.fix_right}, wrong {t.fix_wrong})")
    for name, n in t.per_rule.most_common():
        print(f"  {name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
