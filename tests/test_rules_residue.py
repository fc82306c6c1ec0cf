"""R: source-language residue. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest

from conftest import check
from rule_tester import Invalid, Table, rule_tests

R001_VALID = ["The Syrian Observatory for Human Rights (SOHR) said so.", "The UN envoy arrived in Damascus."]
R001_INVALID = [
    Invalid("the Syrian Observatory for Human Rights (OSDH), announced", "OSDH",
            "the Syrian Observatory for Human Rights (SOHR), announced", "safe"),
    Invalid("The ONU envoy arrived in Damascus.", "ONU", "The UN envoy arrived in Damascus.", "safe"),
    # the English form takes its article, or drops one it does not take
    Invalid("Troops of the OTAN arrived.", "the OTAN", "Troops of NATO arrived.", "safe", glossary="bundled_glossary"),
    Invalid("According to the ONU, aid arrived.", "ONU", "According to the UN, aid arrived.", "safe",
            glossary="bundled_glossary"),
    # a form of the document's source language is residue (ONU is French and Spanish)
    Invalid("The ONU envoy arrived in Damascus.", "ONU", "The UN envoy arrived in Damascus.", "safe",
            source_lang="es", glossary="bundled_glossary"),
]

R002_VALID = ["Rebels advanced towards Aleppo and Damascus.", "Damascene roses grow in Homs."]
R002_INVALID = [
    Invalid("Rebels advanced from Homs towards Alep.", "Alep", "Rebels advanced from Homs towards Aleppo.", "unsafe"),
    Invalid("The road from Homs to Damasco was cut.", "Damasco", "The road from Homs to Damascus was cut.", "unsafe"),
    Invalid("Prices are lower than in Etats-Unis.", "Etats-Unis", "Prices are lower than in the United States.",
            "unsafe", glossary="bundled_glossary"),
    Invalid("Rebels advanced from Homs towards Alep.", "Alep", "Rebels advanced from Homs towards Aleppo.", "unsafe",
            source_lang="fr", glossary="bundled_glossary"),
    Invalid("Germania has also begun casting new hosts in Homs.", "Germania",
            "Germany has also begun casting new hosts in Homs.", "unsafe", source_lang="it", glossary="bundled_glossary"),
]

R003_VALID = ["“With the grace of God,” Ghani said.", "He said \"yes\" and left."]
R003_INVALID = [
    Invalid("«With the grace of God we liberated four cities.", "«", "“With the grace of God we liberated four cities.",
            "safe"),
    Invalid("« Nous » said the writer.", ("« ", " »"), "“Nous” said the writer.", "safe"),
    Invalid("„Damascus awaits you“, he said.", ("„", "“"), "“Damascus awaits you”, he said.", "safe"),
    Invalid("He called it »a turning point« on Friday.", ("»", "«"), "He called it “a turning point” on Friday.", "safe"),
    Invalid("The slogan ›never again‹ returned.", ("›", "‹"), "The slogan ‘never again’ returned.", "safe"),
]

R004_VALID = [
    "He declared on Telegram, using his real name instead of his nom de guerre, Abu Mohammed al-Jolani.",
    "STARRING: Louise Bourgoin, Mathieu Amalric, Frédérique Bel, Gilles Lellouche",
    "The de facto leader met the press in Damascus on Monday.",
    # a label or credit line of three words is no paragraph, in any script
    "Fires were put out overnight.\nКороткий огляд новин\nThe rescuers left at dawn.",
]
R004_INVALID = [  # display-only: the whole paragraph, no replacement
    Invalid(t, t, t, "display-only") for t in (
        "Las fuerzas rebeldes entraron en la ciudad de Homs durante la noche del sábado.",
        "Les rebelles ont annoncé samedi la prise de la ville stratégique de Homs, au nord de Damas.",
        "Повстанцы объявили в субботу о взятии стратегического города Хомс.",
    )
]


@pytest.mark.parametrize("code,text,source_lang", [
    # another language's form is a name in a translation from this one
    ("R002", "Germania has also begun casting new hosts in Homs.", "ru"),
    ("R001", "The ONU envoy arrived in Damascus.", "de"),
])
def test_a_form_of_another_source_language_is_a_name(code, text, source_lang, bundled_glossary):
    assert check(code, text, bundled_glossary, source_lang=source_lang)[0] == []


TABLES = {
    "R001": Table(R001_VALID, R001_INVALID),
    "R002": Table(R002_VALID, R002_INVALID),
    "R003": Table(R003_VALID, R003_INVALID),
    "R004": Table(R004_VALID, R004_INVALID),
}
test_valid, test_invalid = rule_tests(TABLES)
