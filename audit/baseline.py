"""Baselines: today's findings, recorded, so that CI reports and fails only on new ones.

A finding is known by its document, its rule, the text it flags and the words around it (three
on each side) — never by its offset, so an edit elsewhere in the document does not make an old
finding new. Where the words around it changed too, the same rule on the same text in the same
document still matches, as many times as the baseline has it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import regex

from audit.codes import origin
from audit.model import Finding, Report

VERSION = 1
_WORD = regex.compile(r"[\p{L}\p{N}]+")
CONTEXT_WORDS = 3


class BaselineError(Exception):
    pass


def _key(path: str, f: Finding) -> tuple[str, str, str, str]:
    before = " ".join(_WORD.findall(f.before)[-CONTEXT_WORDS:])
    after = " ".join(_WORD.findall(f.after)[:CONTEXT_WORDS])
    return _norm(path), origin(f.rule), f.text, f"{before}|{after}"  # a split rule matches its old code


def _norm(path: str) -> str:
    return path.replace("\\", "/").removeprefix("./")


def fingerprint(path: str, f: Finding) -> str:
    """A stable hash of a finding's key (SARIF partialFingerprints)."""
    return hashlib.sha256("\x1f".join(_key(path, f)).encode("utf-8")).hexdigest()[:32]


def entries(reports) -> list[dict]:
    rows = []
    for report in reports:
        for f in report.findings:
            path, rule, text, context = _key(report.path, f)
            rows.append({"path": path, "rule": rule, "text": text, "context": context})
    return sorted(rows, key=lambda r: (r["path"], r["rule"], r["text"], r["context"]))


def write_baseline(path: Path, rows: list[dict]) -> None:
    from audit import __version__

    data = {"tool": "audit", "version": __version__, "baseline_version": VERSION, "findings": rows}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


class Baseline:
    def __init__(self, rows: list[dict]):
        self.exact: Counter = Counter((r["path"], r["rule"], r["text"], r["context"]) for r in rows)
        self.loose: Counter = Counter((r["path"], r["rule"], r["text"]) for r in rows)

    @classmethod
    def load(cls, path: Path | str) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as err:
            raise BaselineError(f"{path}: cannot read the baseline: {err.strerror}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise BaselineError(f"{path}: not a baseline file (not valid JSON: {err})") from None
        rows = data.get("findings") if isinstance(data, dict) else None
        if not isinstance(rows, list) or not all(
                isinstance(r, dict) and all(isinstance(r.get(k), str) for k in ("path", "rule", "text", "context"))
                for r in rows):
            raise BaselineError(f"{path}: not a baseline file (write one with `audit baseline PATH... --output FILE`)")
        return cls(rows)

    def new_findings(self, report: Report) -> Report:
        """The report without the findings the baseline knows (each baseline entry matches once)."""
        if not report.findings:
            return report
        keys = [_key(report.path, f) for f in report.findings]
        matched = [False] * len(keys)
        for i, key in enumerate(keys):  # first the same words around it
            if self.exact[key] > 0:
                self.exact[key] -= 1
                self.loose[key[:3]] -= 1
                matched[i] = True
        for i, key in enumerate(keys):  # then the same text, where the words around it changed
            if not matched[i] and self.loose[key[:3]] > 0:
                self.loose[key[:3]] -= 1
                matched[i] = True
        if not any(matched):
            return report
        return report.with_findings([f for f, m in zip(report.findings, matched) if not m])
