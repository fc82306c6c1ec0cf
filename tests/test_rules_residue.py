"""R: source-language residue. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest

from conftest import check
from rule_tester import Invalid, Table, Valid, rule_tests

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

R002_VALID = ["Rebels advanced towards Aleppo and Damascus.", "Damascene roses grow in Homs.",
              "Rebels advanced on Homs, said the lawyer Maria Alep."]  # a surname after a first name
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

R003_VALID = [
    "“With the grace of God,” Ghani said.", "He said \"yes\" and left.",
    # a breadcrumb's separator, no quotation mark
    "Home » World » The night the coalition almost fell\nThe talks ran late.",
]
R003_INVALID = [
    Invalid("«With the grace of God we liberated four cities.", "«", "“With the grace of God we liberated four cities.",
            "safe"),
    Invalid("« Nous » said the writer.", ("« ", " »"), "“Nous” said the writer.", "safe"),
    Invalid("„Damascus awaits you“, he said.", ("„", "“"), "“Damascus awaits you”, he said.", "safe"),
    Invalid("He called it »a turning point« on Friday.", ("»", "«"), "He called it “a turning point” on Friday.", "safe"),
    Invalid("The slogan ›never again‹ returned.", ("›", "‹"), "The slogan ‘never again’ returned.", "safe"),
    Invalid("He said « no » Then he left.", ("« ", " »"), "He said “no” Then he left.", "safe"),
]

R004_VALID = [
    "He declared on Telegram, using his real name instead of his nom de guerre, Abu Mohammed al-Jolani.",
    "STARRING: Louise Bourgoin, Mathieu Amalric, Frédérique Bel, Gilles Lellouche",
    "The de facto leader met the press in Damascus on Monday.",
    # a label or credit line of three words is no paragraph, in any script
    "Fires were put out overnight.\nКороткий огляд новин\nThe rescuers left at dawn.",
    "Fires were put out overnight.\n最新ニュース\nThe rescuers left at dawn.",
    "Posted 3 февраля 10:59\nFires were put out overnight.",  # one word of another script: no paragraph
    # a site's notice with its address: page furniture
    "Fires were put out overnight.\nDiese Seite wird automatisch übersetzt, schreiben Sie uns an: redaktion@example.org",
]
R004_INVALID = [  # display-only: the whole paragraph, no replacement
    Invalid(t, t, t, "display-only") for t in (
        "Las fuerzas rebeldes entraron en la ciudad de Homs durante la noche del sábado.",
        "Les rebelles ont annoncé samedi la prise de la ville stratégique de Homs, au nord de Damas.",
        "Повстанцы объявили в субботу о взятии стратегического города Хомс.",
        # written without spaces: two characters count as a word
        "反政府勢力は土曜日に戦略的な都市を制圧したと発表した。",
    )
]

R005_VALID = [
    "Officials in Kyiv (Київ) said the bridge would reopen.",                     # a native form in brackets
    "The sign reads \"Україна\" in large letters, a witness said.",                 # cited by a marker
    "The pleats form an omega (Ω) shape and the film is 15μm thick.",            # symbols and units
    "The Rakhiv branch of the State Enforcement Servicе was closed.",            # a look-alike letter
    "Listen to Hunan Daily Online - 华声在线 for more news on the floods.",        # a name's native form after a dash
    "Повстанцы объявили в субботу о взятии стратегического города Хомс.",        # a paragraph: R004's
    "Follow the account @芳芳一人食 on the platform for more videos.",                 # a handle
]
R005_INVALID = [
    Invalid("The man was detained with the силової support of special police units.", "силової",
            "The man was detained with the силової support of special police units.", "display-only"),
    Invalid("Rescuers reached the 越前 town hall after the storm had passed.", "越前",
            "Rescuers reached the 越前 town hall after the storm had passed.", "display-only"),
]

R006_VALID = [
    "Was it overly cute to the point of being twee? Most definitely.",          # an English word
    "In the Netherlands it is known as \"koe knuffelen\" and is popular.",       # cited
    "The coup d'état was backed by the junta, and the fiesta went on.",         # loan phrase, loanwords
    "The \"Zug der fröhlichen Leute\" (Parade of Happy People) was cancelled.",   # a title glossed
    "The Carabinieri del Ros arrested him at a clinic in Palermo.",              # a particle between names
    "Go to the ecco store if the other shop is closed, he said.",                # a brand English knows
    "The Spanish word gobierno means government, the teacher said.",            # introduced as a word
    "Las fuerzas del gobierno entraron en la ciudad durante la noche.",         # a paragraph: R004's
    "The paraglider was caught by a stron",                                      # an excerpt cut mid-word
    "He bought a döner at the station before the match.",                       # a loanword (data)
]
R006_INVALID = [
    Invalid("Talks with the gobierno resumed in the capital on Monday.", "gobierno",
            "Talks with the gobierno resumed in the capital on Monday.", "display-only"),
    Invalid("The ministerio announced that the talks would go on.", "ministerio",
            "The ministerio announced that the talks would go on.", "display-only"),
    # a word of the same language beside it goes with it
    Invalid("He refuses to treat the militia as [um grupo] terrorist, he said.", "um grupo",
            "He refuses to treat the militia as [um grupo] terrorist, he said.", "display-only"),
    Invalid("He praised the [ex-presidente de Cuba] in a speech on Friday.", "ex-presidente",
            "He praised the [ex-presidente de Cuba] in a speech on Friday.", "display-only"),
    Invalid("The head of the Organizzazione mondiale della sanità said on Sunday that it was over.",
            "Organizzazione mondiale della sanità",
            "The head of the Organizzazione mondiale della sanità said on Sunday that it was over.", "display-only"),
]

R007_VALID = [
    "Rockets hit Modi'in and Ra'anana, and the Qur'an was read in Sana'a.",    # ayin names
    "She'll say the club's coach, Galatasaray's, did it.",                      # English clitics
    "Prayers were held at the mosque on Jum'a in the city.",                     # one letter: source unknown
    "Galatasaray'da maçı kazandık ve çok mutluyuz, dedi Buruk.",                # a line in Turkish
]
R007_INVALID = [
    Invalid("Galatasaray'ın coach praised the team after the match.", "Galatasaray'ın",
            "Galatasaray's coach praised the team after the match.", "unsafe"),
    Invalid("Türkiye’nin exports rose in the first quarter, the ministry said.", "Türkiye’nin",
            "Türkiye’s exports rose in the first quarter, the ministry said.", "unsafe"),
    Invalid("The summit was held in Ankara'da on Tuesday with ministers.", "Ankara'da",
            "The summit was held in Ankara'da on Tuesday with ministers.", "display-only"),
    Invalid("The fans met the coach at Jum'a prayers before the match.", "Jum'a",
            "The fans met the coach at Jum'a prayers before the match.", "display-only", source_lang="tr"),
]

R008_VALID = [
    "The day of the Sept. 11, 2001, attacks was marked in New York.",          # English already
    "You pay more than 8 NIS per litre and it was 7 days ago.",                 # an acronym, an English word
    "He tested the Mars 17 rocket last year, state media said.",                # a name before a number
    "dimanche, octobre 6 2024\nThe authorities met on Sunday.",                # the page's own date line
    "Updated 3 февраля 11:22\nThe authorities met on Sunday.",                 # ...with its label
    "The talks of 7 March and April 3 ended without a deal.",                   # English months
]
R008_INVALID = [
    Invalid("MOSCOW, 3 февраля\nThe government announced new measures.", "3 февраля",
            "MOSCOW, February 3\nThe government announced new measures.", "safe"),
    Invalid("LIMA, 7 Ago. (EFE).- The government announced new measures on Monday.", "7 Ago.",
            "LIMA, Aug. 7 (EFE).- The government announced new measures on Monday.", "unsafe"),
    Invalid("The meeting was held on 15 de julio de 2023 in the capital.", "15 de julio de 2023",
            "The meeting was held on July 15, 2023 in the capital.", "safe"),
    Invalid("Elections set for dimanche 6 octobre 2024 were delayed, the junta said.", "dimanche 6 octobre 2024",
            "Elections set for Sunday, October 6, 2024 were delayed, the junta said.", "safe"),
    Invalid("The vote is on 7 мая in Moscow, officials said.", "7 мая", "The vote is on May 7 in Moscow, officials said.",
            "safe"),
    # the abbreviation's full stop that ends the sentence stays
    Invalid("The strike began on 12 Okt. The unions met again.", "12 Okt",
            "The strike began on Oct. 12. The unions met again.", "safe"),
]

R009_VALID = [
    "The meeting starts at 6 p.m. and ends at 9:30 p.m.",
    # durations, not clock times
    Valid("The storm lasted for 2h and the roads stayed shut in 3h of rain.", source_lang="fr"),
    Valid("Expect up to 2h of delays on the ring road.", source_lang="es"),
    # a language that does not write hours so
    Valid("The talks ended at 18h, the ministry said.", source_lang="de"),
    # a score, a code
    Valid("The A4h engine and the 2-18h window were tested.", source_lang="fr"),
]
R009_INVALID = [
    Invalid("The rain will stop around 18h and start again on Monday.", "18h",
            "The rain will stop around 6 p.m. and start again on Monday.", "safe", source_lang="es"),
    Invalid("Between 15h and 18h30 the square was closed to traffic.", ("15h", "18h30"),
            "Between 3 p.m. and 6:30 p.m. the square was closed to traffic.", ("safe", "safe"), source_lang="fr"),
    # the full stop of "a.m." ends the sentence
    Invalid("The alert ends at 9h30. Schools reopen on Monday.", "9h30.",
            "The alert ends at 9:30 a.m. Schools reopen on Monday.", "safe", source_lang="pt"),
    Invalid("The curfew begins at 0h and lifts at 12h each day.", ("0h", "12h"),
            "The curfew begins at midnight and lifts at noon each day.", ("unsafe", "safe"), source_lang="it"),
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
    "R005": Table(R005_VALID, R005_INVALID),
    "R006": Table(R006_VALID, R006_INVALID),
    "R007": Table(R007_VALID, R007_INVALID),
    "R008": Table(R008_VALID, R008_INVALID),
    "R009": Table(R009_VALID, R009_INVALID, min_confidence=0.0),
}
test_valid, test_invalid = rule_tests(TABLES)
