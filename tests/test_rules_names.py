"""N: names. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest

from conftest import check

N001_VALID = [
    "Ahmed al-Sharaa spoke in Damascus.",
    # a listed variant inside somebody else's name is not shown
    "Foreign Minister Chareh Khalil met the envoy in Damascus and Homs.",
    "Abu Mohammed al-Jolani and HTS took Homs.",
    "Rami Abdel Rahman runs the observatory.",
]

N001_INVALID = [
    # the span grows over the rest of the same name, so the fix is the whole house form
    ("his leader Ahmed al Chareh called it historic in Homs", "Ahmed al Chareh",
     "his leader Ahmed al-Sharaa called it historic in Homs"),
    ("The leader, Ahmed al-Chareh, said the war was over in Homs.", "Ahmed al-Chareh",
     "The leader, Ahmed al-Sharaa, said the war was over in Homs."),
    # a variant with as many words as the canonical form becomes the canonical form
    ("Hisbollah fighters left Homs and Damascus.", "Hisbollah", "Hezbollah fighters left Homs and Damascus."),
    ("Al Chareh spoke in Damascus.", "Al Chareh", "Al-Sharaa spoke in Damascus."),
    ("Rebels loyal to Chareh took Homs and Damascus.", "Chareh", "Rebels loyal to Sharaa took Homs and Damascus."),
]


@pytest.mark.parametrize("text", N001_VALID)
def test_n001_valid(text, glossary):
    assert check("N001", text, glossary)[0] == []


@pytest.mark.parametrize("text,flagged,fixed", N001_INVALID)
def test_n001_invalid(text, flagged, fixed, glossary):
    findings, output = check("N001", text, glossary)
    assert [f.text for f in findings] == [flagged]
    assert output == fixed


N002_VALID = [
    "Mohammed al-Rahmoun spoke in Damascus.",
    "Aron Lund of Century International spoke about Homs.",
    "Interior Minister spoke on state television in Damascus.",
    "The Hassan family lives in London.",  # single word known to English: never fuzzy-matched
]

N002_INVALID = [
    # spellings not listed in the glossary, found by the transliteration key
    ("Interior Minister Mohamed al Rahmun declared in Damascus.", "Mohamed al Rahmun",
     "Interior Minister Mohammed al-Rahmoun declared in Damascus."),
    ("the commander, Hasan Abdel Ghani, said in Homs", "Hasan Abdel Ghani",
     "the commander, Hassan Abdul Ghani, said in Homs"),
    ("his nom de guerre, Abu Mohamed al Jolani, in Syria", "Abu Mohamed al Jolani",
     "his nom de guerre, Abu Mohammed al-Jolani, in Syria"),
    ("Mohamed al-Rahmoun met the HTS leaders in Homs.", "Mohamed al-Rahmoun",
     "Mohammed al-Rahmoun met the HTS leaders in Homs."),
]


@pytest.mark.parametrize("text", N002_VALID)
def test_n002_valid(text, glossary):
    assert check("N002", text, glossary)[0] == []


def test_n002_single_word_keeps_the_last_sound(bundled_glossary):
    """One word is matched to a glossary name only if its folded key ends as the name's does."""
    text = "Fighting resumed near Latakea on Monday, the Syrian army said."
    findings, output = check("N002", text, bundled_glossary)
    assert [f.text for f in findings] == ["Latakea"]
    assert output == "Fighting resumed near Latakia on Monday, the Syrian army said."
    europarl = "Damascus and Aleppo reported it from Syria; the terminology in the Europar reprocessing was new."
    assert check("N002", europarl, bundled_glossary)[0] == []


@pytest.mark.parametrize("text,flagged,fixed", N002_INVALID)
def test_n002_invalid(text, flagged, fixed, glossary):
    findings, output = check("N002", text, glossary)
    assert [f.text for f in findings] == [flagged]
    assert output == fixed


N003_VALID = ["Supporters of al-Jolani gathered in Idlib.", "Al-Jolani spoke first."]

N003_INVALID = [
    ("Supporters of al Jolani gathered in Homs.", "al Jolani", "Supporters of al-Jolani gathered in Homs."),
    ("Al Jolani spoke first in Homs.", "Al Jolani", "Al-Jolani spoke first in Homs."),
]


@pytest.mark.parametrize("text", N003_VALID)
def test_n003_valid(text, glossary):
    assert check("N003", text, glossary)[0] == []


@pytest.mark.parametrize("text,flagged,fixed", N003_INVALID)
def test_n003_invalid(text, flagged, fixed, glossary):
    findings, output = check("N003", text, glossary)
    assert [f.text for f in findings] == [flagged]
    assert output == fixed


def test_n004_valid(glossary):
    assert check("N004", "Jolani spoke. Later Jolani left; HTS and al-Sharaa stayed.", glossary)[0] == []


def test_n004_invalid(glossary):
    text = "Jolani spoke in Homs. Jolani left. Later, Julani met the envoy."
    findings, output = check("N004", text, glossary)
    assert [f.text for f in findings] == ["Julani"]
    assert output == "Jolani spoke in Homs. Jolani left. Later, Jolani met the envoy."
