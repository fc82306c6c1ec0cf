"""Text output for a copy-editor: one line per finding, fitted to the terminal; and for a line of
the text with several fixes, what it reads with all of them together."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from audit.emitters.base import Emitter
from audit.model import Edit, Finding, Report, Severity

_COLORS = {Severity.CRITICAL: "\033[31m", Severity.MAJOR: "\033[33m", Severity.MINOR: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
CONTEXT = 20  # the characters of context a finding carries either side (Document.context): fewer, the line ends


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clip_left(s: str, n: int) -> str:
    return s if len(s) <= n else ("…" + s[len(s) - n + 1 :] if n > 0 else "")


def _clip_right(s: str, n: int) -> str:
    return s if len(s) <= n else (s[: n - 1] + "…" if n > 0 else "")


_LONG_FIX = 40  # a rewritten span longer than this is shown as its edits


def _compact_fix(f: Finding) -> str | None:
    """The fix as show_fix gives it, except a long span rewritten by several small edits ("spaces
    before the marks of an enumeration"), shown as the edits themselves: the reader sees what
    changes, not a sentence to compare by eye."""
    shown = f.show_fix()
    edits = f.fix.edits if f.fix else ()
    if shown is None or len(edits) < 2 or len(shown) <= _LONG_FIX \
            or not all(f.start <= e.start and e.end <= f.end for e in edits):
        return shown
    parts = []
    for e in edits[:3]:
        a, b = e.start - f.start, e.end - f.start
        mark = f.text[b : b + 1]  # the character after: a deleted space shows where it was (" ," → ",")
        parts.append(f"'{f.text[a:b]}{mark}' → '{e.replacement}{mark}'")
    return f"{len(edits)} edits: " + ", ".join(parts) + (", …" if len(edits) > 3 else "")


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
        for line in self.composed_lines(report.findings):
            self.out.write(line + "\n")
        s = report.score
        counts = ", ".join(f"{s.counts.get(sev.value, 0)} {sev.value}" for sev in reversed(Severity))
        self.out.write(
            f"  score {s.quality:.1f}/100: {_plural(len(report.findings), 'finding')} ({counts}) "
            f"in {_plural(report.words, 'word')}\n"
            f"  MQM penalty {s.penalty:g} points, {s.penalty_per_1000:.1f} per 1,000 words\n\n"
        )

    def format_finding(self, f: Finding, loc_width: int = 0) -> str:
        head = " " + f"{f.line}:{f.column}".rjust(loc_width) + f" {f.rule} {f.name} {round(f.confidence * 100):>3}% "
        shown = _compact_fix(f)
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

    def composed_lines(self, findings: list[Finding]) -> list[str]:
        """For each line of the text with two fixes or more: what the stretches its findings show of
        it read with all the fixes together (the better fix where two claim the same text, as `audit
        fix` chooses); fitted to the width, else wrapped."""
        by_line: dict[int, list[Finding]] = defaultdict(list)
        for f in findings:
            by_line[f.line].append(f)
        out = []
        for line in sorted(by_line):
            pieces = composed(by_line[line])
            if not pieces:
                continue
            head = f"  line {line} fixed: "
            for context in (20, 12):
                body = " ".join(_window(*piece, context) for piece in pieces)
                if len(head) + len(body) <= self.width:
                    out.append(head + body)
                    break
            else:
                body = " ".join(_window(*piece, 20) for piece in pieces)
                out += textwrap.wrap(body, self.width, initial_indent=head, subsequent_indent="    ",
                                     break_long_words=False, break_on_hyphens=False)
        return out

    def warning(self, message: str) -> None:
        """Already on standard error, and in the document's block: not repeated here."""

    def end(self) -> None:
        if self.reports > 1:
            quality = max(0.0, 100.0 * (1 - self.penalty / self.words)) if self.words else 100.0
            self.out.write(
                f"{self.reports} documents, {_plural(self.words, 'word')}, {_plural(self.findings, 'finding')}; "
                f"score {quality:.1f}/100\n"
            )


def composed(findings: list[Finding]) -> list[tuple[str, int, int, bool, bool]]:
    """The stretches of one line that its findings show (each flagged text with its context), each
    with its fixes applied, where its changes begin and end, whether it starts and ends the line; only
    where two fixes or more apply on the line, and none where a fix reaches beyond what is shown."""
    from audit.fixer import apply_edits, plan_fixes

    fixable = [f for f in findings if f.fix is not None]
    if len(fixable) < 2:
        return []
    known: dict[int, str] = {}
    for f in findings:
        for base, shown in ((f.start - len(f.before), f.before), (f.start, f.text), (f.end, f.after)):
            for i, ch in enumerate(shown):
                if known.setdefault(base + i, ch) != ch:
                    return []  # the contexts disagree (a carriage return left out): show nothing
    edits = plan_fixes(fixable).edits
    if len(edits) < 2 or any(not all(p in known for p in range(e.start, e.end))
                             or (e.start not in known and e.start - 1 not in known) for e in edits):
        return []
    stretches: list[list[int]] = []
    for p in sorted(known):
        if stretches and stretches[-1][1] == p:
            stretches[-1][1] = p + 1
        else:
            stretches.append([p, p + 1])
    first = min(findings, key=lambda f: f.start)
    line_start = first.start - (first.column - 1)
    pieces = []
    for a, b in stretches:
        mine = [e for e in edits if a <= e.start <= b]
        if mine:
            text = "".join(known[p] for p in range(a, b))
            fixed = apply_edits(text, [Edit(e.start - a, e.end - a, e.replacement) for e in mine])
            grown = sum(len(e.replacement) - (e.end - e.start) for e in mine)
            ends_line = any(f.end + len(f.after) == b and len(f.after) < CONTEXT for f in findings)
            pieces.append((fixed, mine[0].start - a, mine[-1].end - a + grown, a == line_start, ends_line))
    return pieces


def _window(text: str, a: int, b: int, starts_line: bool, ends_line: bool, context: int) -> str:
    """A stretch cut to whole words within `context` characters either side of its changes [a, b)."""
    lo, hi = max(0, a - context), min(len(text), b + context)
    cut_left, cut_right = lo > 0 or not starts_line, hi < len(text) or not ends_line
    if cut_left and (space := text.find(" ", lo, a)) != -1:
        lo = space + 1
    if cut_right and (space := text.rfind(" ", b, hi)) != -1:
        hi = space
    shown = text[lo:a].lstrip() + text[a:b] + text[b:hi].rstrip()
    return ("…" if cut_left else "") + shown.replace("\n", " ") + ("…" if cut_right else "")
