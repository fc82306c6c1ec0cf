"""A regular expression that matches any of many strings, built as a trie.

A plain alternation of thousands of names makes the regex engine try each one at every
position; the trie shares prefixes, so each position costs one walk down the tree.
"""

from __future__ import annotations

import re

_END = ""


def trie_pattern(strings: list[str]) -> str:
    """A non-capturing pattern matching any of `strings` (longest match first at each point).

    A space in a string matches one or more spaces or no-break spaces.
    """
    root: dict = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(root)


_ATOMS: dict[str, str] = {" ": r"[ \u00a0]+"}  # character -> its pattern


def _atom(ch: str) -> str:
    atom = _ATOMS.get(ch)
    if atom is None:
        atom = _ATOMS[ch] = re.escape(ch)
    return atom


def _emit(node: dict) -> str:
    # most nodes have one child and end no string: a run of them is a plain sequence of atoms
    run = []
    while len(node) == 1 and _END not in node:
        (ch, node), = node.items()
        run.append(_atom(ch))
    head = "".join(run)
    branches = [_atom(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    optional = _END in node
    if not branches:
        return head
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # where a shorter string ends, the longer ones are tried first (greedy), then the end
    return head + (f"(?:{body})?" if optional else body)
