"""Applying fixes: one fixer shared by every command that rewrites text."""

from __future__ import annotations

from collections.abc import Iterable

from audit.model import Applicability, Finding

_LADDER = [Applicability.DISPLAY_ONLY, Applicability.UNSAFE, Applicability.SAFE]


def apply_fixes(text: str, findings: Iterable[Finding], *, min_applicability: Applicability = Applicability.UNSAFE) -> str:
    """Apply the findings' edits, leftmost first; an edit overlapping an earlier one is skipped."""
    floor = _LADDER.index(min_applicability)
    edits = sorted(
        f.edit for f in findings if f.edit is not None and _LADDER.index(f.applicability) >= floor
    )
    out, pos = [], 0
    for edit in edits:
        if edit.start < pos:
            continue
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)
