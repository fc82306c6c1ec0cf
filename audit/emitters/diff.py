"""Unified diff of a fixed document (difflib), as `patch -p1` and `git apply` read it."""

from __future__ import annotations

import difflib
import re

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")  # lines end at \n only (not at \r, \f or U+2028)


def unified_diff(path: str, old: str, new: str) -> str:
    """The diff from `old` to `new` ('' when equal); a last line without a newline is marked as diff does."""
    if old == new:
        return ""
    out = []
    a, b = (path, path) if path.startswith("/") else (f"a/{path}", f"b/{path}")  # git's labels for relative paths
    for line in difflib.unified_diff(_LINE.findall(old), _LINE.findall(new), a, b):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
