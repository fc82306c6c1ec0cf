"""Text output for a copy-editor: one line per finding, fitted to the terminal."""

from __future__ import annotations

from audit.emitters.base import Emitter
from audit.model import Finding, Report, Severity

_COLORS = {Severity.CRITICAL: "\033[31m", Severity.MAJOR: "\033[33m", Severity.MINOR: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clip_left(s: str, n: int) -> str:
    return s if len(s) <= n else ("…" + s[len(s) - n + 1 :] if n > 0 else "")


def _clip_right(s: str, n: int) -> str:
    return s if len(s) <= n else (s[: n - 1] + "…" if n > 0 else "")


class TextEmitter(Emitter):
    def _paint(self, s: str, code: str) -> str:
        return f"{code}{s}{_RESET}" if self.color else s

    def document(self, report: Report) -> None:
        super().document(report)
        self.out.write(self._paint(report.path, _BOLD) + "\n")
        for key, value in report.metadata.items():
            self.out.write(f"  {key}: {value}\n")
        for warning in report.warnings:
            self.out.write(f"  warning: {warning}\n")
        loc_width = max((len(f"{f.line}:{f.column}") for f in report.findings), default=0)
        for f in report.findings:
            self.out.write(self.format_finding(f, loc_width) + "\n")
        s = report.score
        counts = ", ".join(f"{s.counts.get(sev.value, 0)} {sev.value}" for sev in reversed(Severity))
        self.out.write(
            f"  score {s.quality:.1f}/100: {_plural(len(report.findings), 'finding')} ({counts}) "
            f"in {_plural(report.words, 'word')}\n"
            f"  MQM penalty {s.penalty:g} points, {s.penalty_per_1000:.1f} per 1,000 words\n\n"
        )

    def format_finding(self, f: Finding, loc_width: int = 0) -> str:
        head = " " + f"{f.line}:{f.column}".rjust(loc_width) + f" {f.rule} {f.name} {round(f.confidence * 100):>3}% "
        shown = f.show_fix()
        fix = "" if shown is None else f" → {shown}"
        room = self.width - len(head) - len(fix)
        flagged = f.text.replace("\n", " ")
        if len(flagged) > room:
            flagged = _clip_right(flagged, max(8, room))
        room -= 2  # the marks around the flagged text
        spare = max(0, room - len(flagged))
        left = _clip_left(f.before.replace("\n", " "), spare // 2)
        right = _clip_right(f.after.replace("\n", " "), spare - len(left))
        if self.color:
            marked = f"{_BOLD}{flagged}{_RESET}"
        elif left or right:
            marked = f"‹{flagged}›"
        else:
            marked = flagged  # nothing around it: no marks needed
        code = self._paint(f.rule, _COLORS[f.severity])
        head = head.replace(f" {f.rule} ", f" {code} ", 1)
        return f"{head}{left}{marked}{right}{fix}"

    def warning(self, message: str) -> None:
        """Already on standard error, and in the document's block: not repeated here."""

    def end(self) -> None:
        if self.reports > 1:
            quality = max(0.0, 100.0 * (1 - self.penalty / self.words)) if self.words else 100.0
            self.out.write(
                f"{self.reports} documents, {_plural(self.words, 'word')}, {_plural(self.findings, 'finding')}; "
                f"score {quality:.1f}/100\n"
            )
