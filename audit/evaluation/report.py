"""Printing an evaluation: a table per artifact class, false alarms, and the calibration table."""

from __future__ import annotations

import json

from audit import __version__
from audit.evaluation.metrics import ClassCounts, Evaluation


def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def _row(name: str, c: ClassCounts) -> str:
    return (f"{name:<18} {c.gold:>5} {c.found:>6} {c.true_positives:>5} {_pct(c.precision):>6} "
            f"{_pct(c.recall):>6} {_pct(c.f1):>6} {_pct(c.fix_accuracy):>6}")


def as_text(ev: Evaluation) -> str:
    lines = [f"{ev.documents} documents; findings at confidence >= {ev.threshold}", "",
             f"{'class':<18} {'gold':>5} {'found':>6} {'true':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'fixes':>6}"]
    for cls in sorted(ev.per_class):
        lines.append(_row(cls, ev.per_class[cls]))
    lines.append(_row("overall", ev.overall))
    fa = ev.false_alarms_per_10k
    lines += ["", f"clean documents: {ev.clean_words} words, {ev.clean_findings} findings"
              + ("" if fa is None else f", {fa:.2f} per 10,000 words")]
    lines += ["", f"by rule (confidence >= {ev.threshold}):", f"{'rule':<10} {'found':>6} {'true':>5} {'prec':>6}"]
    for code, (found, true) in sorted(ev.per_rule().items()):
        lines.append(f"{code:<10} {found:>6} {true:>5} {_pct(true / found):>6}")
    lines += ["", "calibration (all findings, by confidence; a bucket of 20 or more is calibrated when",
              "its precision is within 0.1 of its mean confidence):",
              f"{'bucket':<10} {'findings':>8} {'mean conf':>9} {'precision':>9}"]
    for low, high, n, mean, precision in ev.calibration():
        verdict = "" if n < 20 else ("  ok" if abs(precision - mean) <= 0.1 else "  off")
        lines.append(f"{low:.1f}-{high:.1f}   {n:>8} {mean:>9.2f} {precision:>9.2f}{verdict}")
    return "\n".join(lines)


def _counts(c: ClassCounts) -> dict:
    return {"gold": c.gold, "found": c.found, "true_positives": c.true_positives, "precision": c.precision,
            "recall": c.recall, "f1": c.f1, "fix_accuracy": c.fix_accuracy, "fixes_checked": c.fixes_checked}


def as_json(ev: Evaluation) -> str:
    return json.dumps({
        "tool": {"name": "audit", "version": __version__},
        "threshold": ev.threshold,
        "documents": ev.documents,
        "classes": {cls: _counts(c) for cls, c in sorted(ev.per_class.items())},
        "overall": _counts(ev.overall),
        "clean": {"words": ev.clean_words, "findings": ev.clean_findings,
                  "per_10000_words": ev.false_alarms_per_10k},
        "rules": {code: {"found": found, "true_positives": true, "precision": true / found}
                  for code, (found, true) in sorted(ev.per_rule().items())},
        "calibration": [{"low": lo, "high": hi, "findings": n, "mean_confidence": m, "precision": p,
                         "calibrated": None if n < 20 else abs(p - m) <= 0.1}
                        for lo, hi, n, m, p in ev.calibration()],
    }, indent=1)
