"""Rejected suggestions, remembered: `audit review` records them, and `run`, `fix` and `review` do
not show them again (format: docs/decisions-format.md).

A decision is matched by the rule, the flagged text and the words around it, never by offsets, so
it survives edits elsewhere in the document.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from audit.model import Finding, Report

SUFFIX = ".audit-decisions.yaml"
CONTEXT_WORDS = 2  # words each side that must agree
_WORD = re.compile(r"\w+")
_HEADER = (
    "# audit decisions: suggestions a person rejected. `audit run`, `audit fix` and `audit review`\n"
    "# do not show them again. Delete an entry to see its suggestion again (docs/decisions-format.md).\n"
)


class DecisionsError(Exception):
    """A decisions file that cannot be read (exit 2)."""


@dataclass(frozen=True)
class Decision:
    document: str  # the document's path relative to the decisions file's folder
    rule: str
    text: str
    before: str  # the words just before the flagged text (up to CONTEXT_WORDS)
    after: str  # the words just after it
    replacement: str | None = None  # the fix that was rejected, for the reader
    message: str = ""

    @property
    def key(self) -> tuple:
        return (self.document, self.rule, self.text, self.before, self.after)


def _context_words(before: str, after: str) -> tuple[str, str]:
    """The last words before and the first words after, as they appear in a finding's context.
    A context clipped in mid-word (Finding.before/after hold about 20 characters) loses the clipped word."""
    left = _WORD.findall(before)
    if left and before[:1].isalnum() and len(before) >= 20:
        left = left[1:]
    right = _WORD.findall(after)
    if right and after[-1:].isalnum() and len(after) >= 20:
        right = right[:-1]
    return " ".join(left[-CONTEXT_WORDS:]), " ".join(right[:CONTEXT_WORDS])


def _agrees(recorded: str, current: str, side: str) -> bool:
    """Context words agree where both have them (a clipped context may hold fewer)."""
    a, b = recorded.split(), current.split()
    n = min(len(a), len(b))
    if len(a) != len(b) and n < 1:
        return False
    return a[len(a) - n :] == b[len(b) - n :] if side == "before" else a[:n] == b[:n]


def sidecar(document: str) -> Path:
    """The default decisions file of a document: next to it, named after it."""
    return Path(document + SUFFIX)


def decision_for(finding: Finding, document: str) -> Decision:
    before, after = _context_words(finding.before, finding.after)
    return Decision(document, finding.rule, finding.text, before, after, finding.show_fix(delete=""), finding.message)


class Decisions:
    """The rejected suggestions of one decisions file."""

    def __init__(self, path: Path, entries: list[Decision] | None = None):
        self.path = Path(path)
        self.entries: list[Decision] = entries or []

    @classmethod
    def load(cls, path: Path) -> "Decisions":
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as err:
            raise DecisionsError(f"{path}: cannot read decisions file: {err}") from None
        import yaml

        try:
            data = yaml.safe_load(raw) or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise DecisionsError(f"{path}{where}: not a valid decisions file (bad YAML)") from None
        if not isinstance(data, dict) or not isinstance(data.get("rejected", []), list):
            raise DecisionsError(f"{path}: not a valid decisions file (expected a 'rejected:' list)")
        entries = []
        for i, item in enumerate(data.get("rejected") or [], start=1):
            if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("document", "rule", "text")):
                raise DecisionsError(f"{path}: rejected entry {i}: needs 'document', 'rule' and 'text'")
            entries.append(Decision(
                str(item["document"]), str(item["rule"]), str(item["text"]),
                str(item.get("before") or ""), str(item.get("after") or ""),
                item.get("replacement"), str(item.get("message") or ""),
            ))
        return cls(path, entries)

    def document_key(self, document: str) -> str:
        """How this file names a document: its path relative to the file's folder."""
        folder = os.path.dirname(os.path.abspath(self.path))
        return Path(os.path.relpath(os.path.abspath(document), folder)).as_posix()

    def rejected(self, finding: Finding, document: str) -> bool:
        key = self.document_key(document)
        before, after = _context_words(finding.before, finding.after)
        return any(
            d.document == key and d.rule == finding.rule and d.text == finding.text
            and _agrees(d.before, before, "before") and _agrees(d.after, after, "after")
            for d in self.entries
        )

    def reject(self, finding: Finding, document: str) -> None:
        decision = decision_for(finding, self.document_key(document))
        if all(d.key != decision.key for d in self.entries):
            self.entries.append(decision)

    def dump(self) -> str:
        import yaml

        items = []
        for d in self.entries:
            item = {"document": str(d.document), "rule": str(d.rule), "text": str(d.text), "before": str(d.before),
                    "after": str(d.after)}
            if d.replacement is not None:
                item["replacement"] = str(d.replacement)
            if d.message:
                item["message"] = str(d.message)
            items.append(item)
        body = yaml.safe_dump({"version": 1, "rejected": items}, allow_unicode=True, sort_keys=False, width=100)
        return _HEADER + body


def for_document(document: str, path: Path | None = None, cache: dict | None = None) -> Decisions | None:
    """The decisions that apply to a document: the file given, else the one next to it (None
    where there is none). `cache` keeps a file given for many documents read once."""
    if path is None:
        if document in ("-", "<stdin>"):
            return None
        if "#" in document and not os.path.exists(document):
            document = document.rsplit("#", 1)[0]  # a unit of a feed file: the file's decisions
        path = sidecar(document)
        if not path.exists():
            return None
    if cache is not None and path in cache:
        return cache[path]
    decisions = Decisions.load(path)
    if cache is not None:
        cache[path] = decisions
    return decisions


def suppress(findings: list[Finding], document: str, decisions: Decisions | None) -> list[Finding]:
    """The findings a person has not rejected."""
    if decisions is None or not decisions.entries:
        return findings
    return [f for f in findings if not decisions.rejected(f, document)]


def suppress_report(report: Report, path: Path | None = None, cache: dict | None = None) -> Report:
    """`audit run`'s filter: the report without rejected findings, scored again."""
    decisions = for_document(report.path, path, cache)
    kept = suppress(report.findings, report.path, decisions)
    return report if len(kept) == len(report.findings) else report.with_findings(kept)
