"""The glossary matcher finds exactly what the one large regular expression over every spelling
finds (`full_pattern`, the definition of a match), on tricky strings, random ones and the corpora."""

import random
import re

import pytest
from conftest import ROOT, SHARED

from audit.document import Document
from audit.glossary.matcher import Matcher, full_pattern
from audit.glossary.model import Entity, Glossary, _prefer, _spellings

CORPORA = SHARED / "corpora" / "wmt23"
HELDOUT = ROOT / "bench" / "corpus" / "synthetic" / "heldout.hyp.en"


_PATTERNS: list[tuple[Glossary, re.Pattern]] = []  # compiled once per glossary (kept alive here)


def reference_find(glossary: Glossary, text: str) -> list:
    """Glossary.find as it was: the full pattern's matches, looked up."""
    pattern = next((p for g, p in _PATTERNS if g is glossary), None)
    if pattern is None:
        pattern = full_pattern([s for f in glossary.forms for s in _spellings(f)])
        _PATTERNS.append((glossary, pattern))
    out = []
    for m in pattern.finditer(text):
        forms = glossary.lookup(m.group())
        if forms:
            out.append((m.start(), m.end(), _prefer(forms)))
    return out


def same_spans(spellings: list[str], text: str) -> None:
    expected = [m.span() for m in full_pattern(spellings).finditer(text)]
    assert list(Matcher(spellings).spans(text)) == expected, text


TRICKY = [
    "", "Homs", " Homs ", "Homs-based", "pro-Homs", "Homs-1", "Homs-", "-Homs", "Homs_", "_Homs", "x_Homs_y",
    "homs", "HOMS", "Homsi", "AHoms", "Homs1", "1Homs", "Homs.", "(Homs)", "\"Homs\"", "Homs's", "Homs’",
    "Hayat Tahrir al-Sham", "Hayat  Tahrir\u00a0al-Sham", "Hayat\u00a0\u00a0Tahrir al-Sham", "hayat Tahrir al-Sham",
    "Hayat Tahrir al-Shami", "Hayat Tahrir al-Sham-led", "Hayat Tahrir al-Sham-2", "Hayat Tahrir al", "Hayat Tahrir",
    "al-Sham", "Al-Sham", "al-sham", "al-Shams", "the al-Sham front", "Ahrar al-Sham", "al-Sham-al-Sham",
    "New York", "New York City", "New  York", "New\u00a0York City", "New York-based", "New Yorker", "New York City's",
    "York New York", "NewYork", "New\nYork", "New\tYork", "new York", "New york",
    "U.S.", "U.S", "U.S.A.", "US", "us", "U.S.-led", "the U.S. said", "U.S.S.R.",
    "SOHR", "Sohr", "sOHR", "OSDH", "the SOHR-run", "SOHR2", "G7", "G7 summit", "G77", "7G", "G 7", "g7",
    "A'zaz", "a'zaz", "A'zazi", "A'", "a", "As-Suwayda", "as-Suwayda", "as Suwayda",
    "İstanbul", "i̇stanbul", "Istanbul", "istanbul", "İstanbul'da",
    "Jr.", "Jr. Smith", "Smith Jr.", "X  Y", "X Y", "X   Y", "Foo ", "Foo  bar", "Foo bar", "Foo", "Bar\u00a0Baz", "Bar Baz",
    "Ab", "Abc", "Ab-c", "Ab-cd", "Ab c", "Abc-", "Ab Abc Ab-c", "2024", "2024-25",
]

# spellings with what a real glossary seldom has: a prefix of another, punctuation inside and at
# the end, double and trailing spaces, a no-break space, a combining mark, digits
SPELLINGS = [
    "Homs", "Homs Governorate", "Hayat Tahrir al-Sham", "Tahrir", "al-Sham", "Al-Sham", "Ahrar al-Sham",
    "New", "New York", "New York City", "York", "U.S.", "U.S", "US", "SOHR", "G7", "G7 summit", "A'zaz", "a'zaz",
    "As-Suwayda", "as-Suwayda", "İstanbul", "i̇stanbul", "Jr.", "Smith Jr.", "X  Y", "Foo ", "Foo  bar",
    "Bar\u00a0Baz", "Ab", "Abc", "Ab-c", "2024", "Ab c", "Ab c d", "Ab c-d",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings(text):
    for t in (text, f"x {text} y", f"{text}{text}", f"{text} {text}", f"-{text}-", f"{text}-a"):
        same_spans(SPELLINGS, t)


def test_spelling_without_a_leading_letter_falls_back_to_the_pattern():
    spellings = [*SPELLINGS, "'s Gravenhage", "-ville"]
    assert Matcher(spellings)._fallback is not None
    for text in TRICKY + ["in 's Gravenhage", "Abc-ville", "x -ville"]:
        same_spans(spellings, text)


def test_random_texts():
    pieces = [*SPELLINGS, "Homs", "al", "Sham", "Ahrar", "New", "York", "City", "U", "S", "A", "a", "zaz", "As",
              "Suwayda", "Ab", "c", "d", "x", "1", "7", "G", "X", "Y", "Foo", "bar", "i", "\u0307", "stanbul"]
    glue = [" ", " ", " ", "  ", "\u00a0", "-", "_", "'", ".", ",", "\n", "", "", "s"]
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randrange(1, 12)))
        same_spans(SPELLINGS, text)


def test_glossary_find_on_tricky_strings():
    g = Glossary([
        Entity("hts", "Hayat Tahrir al-Sham", "group", aliases=["HTS", "Tahrir al-Sham"], variants=["Hayat Tahrir el-Sham"]),
        Entity("sham", "al-Sham", "region", variants=["el-Sham"]),
        Entity("nyc", "New York City", "city", aliases=["New York"], acronyms={"es": ["NYC"]}),
        Entity("us", "United States", "country", aliases=["U.S.", "US"], exonyms={"de": ["USA"]}),
    ])
    for text in [*TRICKY, "HTS and hts and Hts", "Tahrir al-Sham; tahrir al-Sham", "el-Sham El-Sham EL-SHAM",
                 "new York City, NYC, nYC", "USA usa U.S. u.S."]:
        assert g.find(text) == reference_find(g, text)


@pytest.fixture(scope="module")
def bundled(bundled_glossary):
    return bundled_glossary


def test_bundled_glossary_on_tricky_strings(bundled):
    assert bundled.matcher._fallback is None  # every bundled spelling starts with a letter or digit
    for text in TRICKY:
        for t in (text, f"Troops left {text}, then {text.lower()} and {text.upper()}."):
            assert bundled.find(t) == reference_find(bundled, t)


@pytest.mark.skipif(not HELDOUT.is_file(), reason="the synthetic corpus is not built")
def test_bundled_glossary_on_the_held_out_half(bundled):
    text = HELDOUT.read_text(encoding="utf-8")
    assert bundled.find(text) == reference_find(bundled, text)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the checkout")
def test_bundled_glossary_on_wmt23(bundled):
    files = sorted(CORPORA.glob("*.hyp.*.en"))
    assert len(files) == 18
    for path in files:
        doc = Document(path=str(path), text=path.read_text(encoding="utf-8"))
        for text in (doc.text, doc.masked):
            assert bundled.find(text) == reference_find(bundled, text), path
