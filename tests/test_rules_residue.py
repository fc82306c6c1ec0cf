"""R: source-language residue. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest

from conftest import check

R001_VALID = ["The Syrian Observatory for Human Rights (SOHR) said so.", "The UN envoy arrived in Damascus."]
R001_INVALID = [
    ("the Syrian Observatory for Human Rights (OSDH), announced", "OSDH",
     "the Syrian Observatory for Human Rights (SOHR), announced"),
    ("The ONU envoy arrived in Damascus.", "ONU", "The UN envoy arrived in Damascus."),
]

R002_VALID = ["Rebels advanced towards Aleppo and Damascus.", "Damascene roses grow in Homs."]
R002_INVALID = [
    ("Rebels advanced from Homs towards Alep.", "Alep", "Rebels advanced from Homs towards Aleppo."),
    ("The road from Homs to Damasco was cut.", "Damasco", "The road from Homs to Damascus was cut."),
]

R003_VALID = ["“With the grace of God,” Ghani said.", "He said \"yes\" and left."]
R003_INVALID = [
    ("«With the grace of God we liberated four cities.", "«", "“With the grace of God we liberated four cities."),
    ("« Nous » said the writer.", "« ", "“Nous” said the writer."),
    ("„Damascus awaits you“, he said.", "„", "“Damascus awaits you”, he said."),
    ("He called it »a turning point« on Friday.", "»", "He called it “a turning point” on Friday."),
    ("The slogan ›never again‹ returned.", "›", "The slogan ‘never again’ returned."),
]

R004_VALID = [
    "He declared on Telegram, using his real name instead of his nom de guerre, Abu Mohammed al-Jolani.",
    "STARRING: Louise Bourgoin, Mathieu Amalric, Frédérique Bel, Gilles Lellouche",
    "The de facto leader met the press in Damascus on Monday.",
    # a label or credit line of three words is no paragraph, in any script
    "Fires were put out overnight.\nКороткий огляд новин\nThe rescuers left at dawn.",
]
R004_INVALID = [
    "Las fuerzas rebeldes entraron en la ciudad de Homs durante la noche del sábado.",
    "Les rebelles ont annoncé samedi la prise de la ville stratégique de Homs, au nord de Damas.",
    "Повстанцы объявили в субботу о взятии стратегического города Хомс.",
]


@pytest.mark.parametrize("code,text", [("R001", t) for t in R001_VALID] + [("R002", t) for t in R002_VALID]
                         + [("R003", t) for t in R003_VALID] + [("R004", t) for t in R004_VALID])
def test_valid(code, text, glossary):
    assert check(code, text, glossary)[0] == []


@pytest.mark.parametrize("code,text,flagged,fixed", [("R001", *c) for c in R001_INVALID]
                         + [("R002", *c) for c in R002_INVALID] + [("R003", *c) for c in R003_INVALID])
def test_invalid(code, text, flagged, fixed, glossary):
    findings, output = check(code, text, glossary)
    assert findings[0].text == flagged
    assert output == fixed


@pytest.mark.parametrize("text", R004_INVALID)
def test_r004_invalid_is_display_only(text, glossary):
    findings, output = check("R004", text, glossary)
    assert len(findings) == 1 and findings[0].text == text
    assert findings[0].replacement is None and output == text


@pytest.mark.parametrize("code,text,flagged,fixed", [
    # NATO is read as a word and takes no article
    ("R001", "Troops of the OTAN arrived.", "the OTAN", "Troops of NATO arrived."),
    # the English name takes the article
    ("R002", "Prices are lower than in Etats-Unis.", "Etats-Unis", "Prices are lower than in the United States."),
    ("R001", "According to the ONU, aid arrived.", "ONU", "According to the UN, aid arrived."),
])
def test_fix_gives_the_english_article(code, text, flagged, fixed, bundled_glossary):
    findings, output = check(code, text, bundled_glossary)
    assert [f.text for f in findings] == [flagged]
    assert output == fixed


@pytest.mark.parametrize("code,text,source_lang,flagged", [
    # a form of the document's source language is residue; another language's is a name
    ("R002", "Rebels advanced from Homs towards Alep.", "fr", "Alep"),
    ("R002", "Germania has also begun casting new hosts in Homs.", "ru", None),
    ("R002", "Germania has also begun casting new hosts in Homs.", "it", "Germania"),
    ("R001", "The ONU envoy arrived in Damascus.", "es", "ONU"),  # ONU is French and Spanish
    ("R001", "The ONU envoy arrived in Damascus.", "de", None),
])
def test_residue_of_the_source_language_only(code, text, source_lang, flagged, bundled_glossary):
    findings, _ = check(code, text, bundled_glossary, source_lang=source_lang)
    assert [f.text for f in findings] == ([flagged] if flagged else [])
