"""The rule context's mention look-ups (by bisection) agree with a scan of every mention."""

import random

import regex

from audit.document import Document
from audit.language.context import Context

TEXT = ("Hayat Tahrir al-Sham said on Sunday that Abu Mohammed al-Jolani had entered Homs. "
        "The Syrian Observatory for Human Rights (SOHR) said the Syrian army left Hama and Homs; "
        "Bashar al-Assad was not seen in Damascus.")


def test_in_and_overlapping_mentions_agree_with_a_scan(bundled_glossary):
    ctx = Context(Document("<t>", TEXT), bundled_glossary)
    spans = [(m.start, m.end) for m in ctx.mentions]
    assert len(spans) >= 5
    rng = random.Random(7)
    probes = [(s, e) for s, e in spans] + [(s + 1, e) for s, e in spans] + [(s - 1, s) for s, e in spans]
    probes += [(a, a + rng.randint(1, 12)) for a in (rng.randrange(len(TEXT)) for _ in range(400))]
    for start, end in probes:
        assert ctx.in_mention(start, end) == any(s <= start and end <= e for s, e in spans), (start, end)
        assert ctx.overlaps_mention(start, end) == any(s < end and start < e for s, e in spans), (start, end)


def test_no_mentions(bundled_glossary):
    ctx = Context(Document("<t>", "Nothing to see here."), bundled_glossary)
    assert not ctx.in_mention(0, 3) and not ctx.overlaps_mention(0, 20)


def test_once_computes_a_view_once_per_document(bundled_glossary):
    calls = []

    def view(ctx):
        calls.append(ctx)
        return len(ctx.text)

    one, other = (Context(Document("<t>", text), bundled_glossary) for text in ("Homs.", "Aleppo."))
    assert (one.once(view), one.once(view), other.once(view)) == (5, 5, 7)
    assert calls == [one, other]


def test_positions_and_counts_in_a_window():
    from audit.language.spans import count_within, positions

    at = positions(regex.compile(r"\p{L}+"), "war and war and peace")
    assert at == {"war": [0, 8], "and": [4, 12], "peace": [16]}
    assert count_within(at["war"], 0, 8) == 2 and count_within(at["war"], 1, 7) == 0 and count_within([], 0, 9) == 0
