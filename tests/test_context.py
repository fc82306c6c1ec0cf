"""The rule context's mention look-ups (by bisection) agree with a scan of every mention."""

import random

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
