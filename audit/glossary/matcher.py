r"""Finding every spelling of a glossary in a text, indexed by each spelling's first word.

What a match is, is the regular expression `full_pattern`:

    (?<![^\W_])(?<!-)(?:a trie of every spelling)(?![^\W_]|-[^\W\d_])

leftmost, non-overlapping, and at each point the first spelling the trie tries that fits
(longest first, backing off to a shorter one where the lookahead fails); a space in a spelling
matches a run of spaces or no-break spaces. Compiling that pattern for thousands of spellings
costs every process a tenth of a second or more; `Matcher` finds the same spans without it.

A match starts a run of letters and digits (`[^\W_]+`, a "run" below) that no hyphen precedes,
and the spelling's leading run is that whole run: what follows it in the spelling (a space,
punctuation, or the end) matches no letter or digit. So the spellings are indexed by their
leading run; the scan lists the text's runs (in C) and visits only those that lead some
spelling. There the text decides: if a longer spelling can go on with what follows (its next
character and next run), a small pattern over the spellings that run leads, compiled on first
use, makes the regular expression's own choice; otherwise only the run itself can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from audit.glossary.trie import trie_pattern

_RUN = re.compile(r"[^\W_]+")  # letters and digits ([^\W_] is str.isalnum, one character at a time)
_AFTER = r"(?![^\W_]|-[^\W\d_])"  # no letter or digit next, nor a hyphen and a letter ("Homs-based")
_HYPHEN_LETTER = re.compile(r"-[^\W\d_]")


def full_pattern(spellings: list[str]) -> re.Pattern:
    """The one regular expression over every spelling: what a match is."""
    # the standard library compiles this large pattern four times faster than `regex`;
    # [^\W_] is a letter or digit, [^\W\d_] a letter
    return re.compile(rf"(?<![^\W_])(?<!-){trie_pattern(spellings)}{_AFTER}")


class Matcher:
    """The spans of `spellings` in a text: those `full_pattern(spellings).finditer` finds."""

    def __init__(self, spellings: list[str]):
        self._fallback: re.Pattern | None = None
        by_head: dict[str, set[str]] = {}
        for s in spellings:
            m = _RUN.match(s)
            if m is None:  # a spelling that starts with punctuation (or is empty): no run leads it
                self._fallback = full_pattern(spellings)
                return
            by_head.setdefault(m.group(), set()).add(s)
        self._spellings = {head: sorted(ss) for head, ss in by_head.items()}
        # leading run -> (is it a spelling itself, the characters that follow it in longer spellings,
        # the runs that come next in them: None where one has no second run ("Jr."))
        self._heads: dict[str, tuple[bool, str, frozenset[str] | None]] = {}
        for head, ss in by_head.items():
            longer = [s for s in ss if len(s) > len(head)]
            nexts = {s[len(head)] for s in longer}
            if " " in nexts:
                nexts.add("\u00a0")  # a space in a spelling matches a no-break space too
            seconds = [_RUN.search(s, len(head)) for s in longer]
            second_runs = None if None in seconds else frozenset(m.group() for m in seconds)
            self._heads[head] = (head in ss, "".join(sorted(nexts)), second_runs)
        self._patterns: dict[str, re.Pattern] = {}

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every match, left to right."""
        if self._fallback is not None:
            for m in self._fallback.finditer(text):
                yield m.span()
            return
        heads = self._heads
        runs = _RUN.findall(text)
        n, count = len(text), len(runs)
        done = 0  # where the last match ended: matches do not overlap
        last, last_end = -1, 0  # the last run located: its index and where it ends
        for k in compress(range(count), map(heads.__contains__, runs)):
            head = runs[k]
            whole, nexts, seconds = heads[head]
            # a longer spelling goes on with the text's next run ("Russian Defence Ministry" needs
            # "Defence" or "Ministry" after "Russian"), as all its characters in between are not
            # letters or digits, and nor are the text's
            longer = seconds is None or (k + 1 < count and runs[k + 1] in seconds)
            if not (whole or longer):
                continue
            # where run k starts: at least one character separates each run from the next, so
            # at or after `at`; it is the first whole run `head` there, unless runs in between
            # that were passed over without being located are `head` too: then count them off
            between = runs[last + 1:k]
            skip = between.count(head)
            at = last_end if skip else last_end + len(between) + sum(map(len, between))
            start = at - 1
            while True:
                start = text.find(head, start + 1)
                if start < 0:  # cannot be: run k is there
                    raise AssertionError(f"run {k} ({head!r}) not found")
                end = start + len(head)
                if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                    continue  # inside a longer run
                if not skip:
                    break
                skip -= 1
            last, last_end = k, end
            if start < done or (start and text[start - 1] == "-"):
                continue
            after = text[end:end + 1]
            if longer and after and after in nexts:  # a longer spelling may match: the pattern decides
                m = self._pattern(head).match(text, start)
                if m is not None:
                    done = m.end()
                    yield start, done
            elif whole and (after != "-" or not _HYPHEN_LETTER.match(text, end)):
                done = end
                yield start, end

    def _pattern(self, head: str) -> re.Pattern:
        """The spellings that `head` leads, as `full_pattern` tries them (without the lookbehinds,
        checked by the scan)."""
        pattern = self._patterns.get(head)
        if pattern is None:
            pattern = self._patterns[head] = re.compile(trie_pattern(self._spellings[head]) + _AFTER)
        return pattern
