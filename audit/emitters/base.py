"""The emitter interface: documents are written as they are audited, never held all at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from audit.model import Finding, Report

if TYPE_CHECKING:
    from audit.signature import Signature


def fix_note(f: Finding) -> str:
    """The fix, as a CI message ends with it: " (fix: 'Homs north')"; '' without one."""
    shown = f.show_fix(delete="delete it", quote=lambda s: f"'{s}'")
    return "" if shown is None else f" (fix: {shown})"


class Emitter:
    shows_signature = False  # whether the report carries the run's signature (audit/signature.py)

    def __init__(self, out: TextIO, *, color: bool = False, width: int = 80, signature: Signature | None = None):
        self.out = out
        self.color = color
        self.width = width
        self.signature = signature
        self.reports = 0
        self.findings = 0
        self.words = 0
        self.penalty = 0.0

    def begin(self) -> None:
        """Called once before the first document."""

    def document(self, report: Report) -> None:
        self.reports += 1
        self.findings += len(report.findings)
        self.words += report.words
        self.penalty += report.score.penalty

    def warning(self, message: str) -> None:
        """A problem with one input that did not stop the run."""

    def end(self) -> None:
        """Called once after the last document."""
