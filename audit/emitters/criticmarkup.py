"""CriticMarkup: the fixed document with every change marked, {~~old~>new~~}, {--deleted--},
{++inserted++}: the plain-text track-changes convention editors review in their tools."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"[\w'’-]+|\s+|[^\w\s]", re.UNICODE)  # words (al-Sharaa is one), spaces, marks


def criticmarkup(old: str, new: str) -> str:
    """`new`, with what changed from `old` marked word by word (unchanged text is kept as is)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    changes: list[list] = []  # [op, old text, new text]; a lone space between two changes joins them
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        before, after = "".join(a[i1:i2]), "".join(b[j1:j2])
        if changes and op != "equal" and len(changes) >= 2 and changes[-1][0] == "equal" \
                and changes[-1][1] == " " and changes[-2][0] != "equal":
            _, space, _ = changes.pop()
            changes[-1][1] += space + before
            changes[-1][2] += space + after
            continue
        changes.append([op, before, after])
    out = []
    for op, before, after in changes:
        if op == "equal":
            out.append(before)
        elif not after:
            out.append("{--" + before + "--}")
        elif not before:
            out.append("{++" + after + "++}")
        else:
            out.append("{~~" + before + "~>" + after + "~~}")
    return "".join(out)
