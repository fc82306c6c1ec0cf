"""N: names. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest
from conftest import check
from rule_tester import Invalid, Table, Valid, rule_tests

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
     "his leader Ahmed al-Sharaa called it historic in Homs", 'safe'),
    ("The leader, Ahmed al-Chareh, said the war was over in Homs.", "Ahmed al-Chareh",
     "The leader, Ahmed al-Sharaa, said the war was over in Homs.", 'safe'),
    # a variant with as many words as the canonical form becomes the canonical form
    ("Hisbollah fighters left Homs and Damascus.", "Hisbollah", "Hezbollah fighters left Homs and Damascus.", 'unsafe'),
    ("Al Chareh spoke in Damascus.", "Al Chareh", "Al-Sharaa spoke in Damascus.", 'safe'),
    ("Rebels loyal to Chareh took Homs and Damascus.", "Chareh", "Rebels loyal to Sharaa took Homs and Damascus.", 'unsafe'),
]


N002_VALID = [
    "Mohammed al-Rahmoun spoke in Damascus.",
    "Aron Lund of Century International spoke about Homs.",
    "Interior Minister spoke on state television in Damascus.",
    "The Hassan family lives in London.",  # single word known to English: never fuzzy-matched
    # accepted English spellings of a glossary name are no translation artifact (house style: N003)
    "Interior Minister Mohamed al-Rahmoun declared in Damascus.",
    "Muhammad al-Rahmoun met the HTS leaders in Homs.",
    "the commander, Hasan Abdel Ghani, said in Homs",
    "Ahmed al-Shara spoke in Damascus; Bashar Al-Assad had fled.",
]

N002_INVALID = [
    # spellings not listed in the glossary that follow another language's conventions
    ("Bachar al-Assad fled Damascus for Moscow.", "Bachar al-Assad", "Bashar al-Assad fled Damascus for Moscow.", 'unsafe'),
    ("Baschar al-Assad fled Damascus for Moscow.", "Baschar al-Assad", "Bashar al-Assad fled Damascus for Moscow.", 'unsafe'),
    ("The rebels of Ahmed al-Scharaa entered Homs.", "Ahmed al-Scharaa", "The rebels of Ahmed al-Sharaa entered Homs.", 'unsafe'),
]


def test_n002_single_word_keeps_the_last_sound(bundled_glossary):
    """One word is matched to a glossary name only if its folded key ends as the name's does."""
    text = "Fighting resumed near Dschableh on Monday, the Syrian army said."
    findings, output = check("N002", text, bundled_glossary)
    assert [f.text for f in findings] == ["Dschableh"]
    assert output == "Fighting resumed near Jableh on Monday, the Syrian army said."
    europarl = "Damascus and Aleppo reported it from Syria; the terminology in the Europar reprocessing was new."
    assert check("N002", europarl, bundled_glossary)[0] == []


def test_n002_names_the_source_language(glossary):
    findings, _ = check("N002", "Baschar al-Assad fled Damascus for Moscow.", glossary)
    assert "German" in findings[0].message


N003_VALID = ["Supporters of al-Jolani gathered in Idlib.", "Al-Jolani spoke first.", "Jolani spoke; Ahmed al-Sharaa left."]

N003_INVALID = [
    ("Supporters of al Jolani gathered in Homs.", "al Jolani", "Supporters of al-Jolani gathered in Homs.", 'safe'),
    ("Al Jolani spoke first in Homs.", "Al Jolani", "Al-Jolani spoke first in Homs.", 'safe'),
    ("Later, Julani met the envoy in Homs.", "Julani", "Later, Jolani met the envoy in Homs.", 'safe'),
    ("The forces of Bashar Al-Assad left Homs.", "Bashar Al-Assad", "The forces of Bashar al-Assad left Homs.", 'safe'),
]


@pytest.mark.parametrize("text,_flagged,_fixed,_applicability", N003_INVALID)
def test_n003_is_silent_without_a_house_style(text, _flagged, _fixed, _applicability, glossary):
    assert check("N003", text, glossary)[0] == []


N005_VALID = [
    "Hayat Tahrir al-Sham took Homs on Sunday.",
    # the glossary accepts it
    "The Levant Liberation Committee took Homs on Sunday.",
    "Hamas, the Islamic Resistance Movement, rejected the plan.",
    # a gloss the text gives itself
    "Hayat Tahrir al-Sham, or Organisation for the Liberation of the Levant, controls Idlib.",
    "HTS (which means Committee for the Liberation of the Levant) controls Idlib.",
    # not all of the name's meaning, or lowercase prose
    "The liberation of the Levant was their goal.",
    "a movement of islamic resistance grew in the camps",
]

N005_INVALID = [
    ("The Committee for the Liberation of the Levant announced the capture of Homs.",
     "The Committee for the Liberation of the Levant", "Hayat Tahrir al-Sham announced the capture of Homs.", 'unsafe'),
    ("On Monday the Movement of Islamic Resistance said it accepted the truce.",
     "the Movement of Islamic Resistance", "On Monday Hamas said it accepted the truce.", 'unsafe'),
    ("Ankara blamed the Party of the Workers of Kurdistan for the attack.",
     "Party of the Workers of Kurdistan", "Ankara blamed the Kurdistan Workers' Party for the attack.", 'unsafe'),
]


N006_VALID = [
    "Sergei Shoigu met Valery Gerasimov. Shoigu left.",
    # accepted English variations of one name are not this rule's
    "Dmitry Peskov spoke. Dmitri Peskov later added more.",
    # two different names
    "Peskova, his daughter, said Peskov was in Sochi.",
    # a Latin-script name keeps its accents: the bare form is no English convention
    "Coach Renato Gaúcho praised the team. Gaucho said the draw was fair.",
]

N006_INVALID = [
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. Peskow added that talks would go on.",
     "Peskow", "Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov added that talks would go on.", 'unsafe'),
    ("Defence Minister Sergei Shoigu arrived. Choïgou met the generals.",
     "Choïgou", "Defence Minister Sergei Shoigu arrived. Shoigu met the generals.", 'unsafe'),
    ("Zelenski spoke in Kyiv. President Zelensky then left.", "Zelenski",
     "Zelensky spoke in Kyiv. President Zelensky then left.", 'unsafe'),
    # one name in two conventions, once each: the Cyrillic reading says it is one person
    ("Prosecutor Iryna Venediktova spoke. Wenediktowa added that the case was open.", "Wenediktowa",
     "Prosecutor Iryna Venediktova spoke. Venediktova added that the case was open.", "unsafe"),
]


N007_VALID = [
    "Kremlin spokesman Dmitry Peskov said the talks had failed.",
    # a Latin-script name keeps its own letters and accents
    "The singer Ferdi Tayfur was buried in Yeniköy; coach Renato Gaúcho watched Kılıç.",
    # Chinese and Japanese names are in their own romanisation
    "Zhao Chunshan and Liu Yichan met in Chiryu and Fukuji.",
    # French spellings of African names are the names' own
    "Prime Minister Moctar Ouane and the director Nabil Ayouch spoke.",
    # a German name ending in -ow is German
    "Former premier Hans Modrow died in Berlin; Justus Strelow won in Oberhof.",
    # an s doubled between vowels is many names' own (a weak row: it relates a glossary name only)
    "According to Martijn Rasser, the export rules changed.",
]

N007_INVALID = [
    ("Kremlin spokesman Dmitri Peskow said the talks had failed.", "Peskow",
     "Kremlin spokesman Dmitri Peskov said the talks had failed.", 'unsafe'),
    ("Power was cut at the plant near Riwne on Sunday.", "Riwne", "Power was cut at the plant near Rivne on Sunday.", 'unsafe'),
    # French spellings of Arabic and Persian names: a final é
    ("Hamas leader Ismaïl Haniyé was killed in Tehran.", "Haniyé",
     "Hamas leader Ismaïl Haniyeh was killed in Tehran.", "unsafe"),
    # names of Cyrillic origin read back letter by letter by a language's column of the table
    ("Wagner's founder Jewgeni Prigojine was buried in private.", ("Jewgeni", "Prigojine"),
     "Wagner's founder Yevgeni Prigozhin was buried in private.", ("unsafe", "unsafe")),
    ("The reactor at Chmelnyzkyj was shut down on Friday.", "Chmelnyzkyj",
     "The reactor at Khmelnitsky was shut down on Friday.", "unsafe"),
    # no Slavic ending of its own (or only German's -ow), beside a name of the convention that has one
    ("Defence Minister Schoigu met General Gerassimow and Jewgeni Prigoschin.", ("Schoigu", "Gerassimow", "Jewgeni", "Prigoschin"),
     "Defence Minister Shoigu met General Gerasimov and Evgeny Prigozhin.", ("unsafe",) * 4),
]


N009_VALID = [
    "Prosecutor General Iryna Venediktova opened the case on Friday.",
    # one hallmark alone, and only in the ending the language's own names have
    "Hans Modrow led the last communist government; Modrow died at 95.",
    # English reads it as it stands
    "Goalkeeper Falkushchenko saved twice.",
    # Polish and Czech names look the same in their own spelling
    "The mayor, Tomasz Wiszniewski, and Jan Kowalczyk spoke.",
    # English knows it (N007's)
    "Kremlin spokesman Dmitri Peskow spoke.",
]

N009_INVALID = [
    ("Prosecutor General Iryna Wenediktowa opened the case on Friday.", "Wenediktowa",
     "Prosecutor General Iryna Venediktova opened the case on Friday.", "unsafe"),
    # one hallmark, beside another name the same convention writes
    ("The mayor, Wolodymyr Selenskyj, and Mykola Markuschyn met in the city.", "Markuschyn",
     "The mayor, Wolodymyr Selenskyj, and Mykola Markushyn met in the city.", "unsafe"),
]

N010_VALID = [
    "President Lai Ching-te spoke in Taipei; Lai Ching-te thanked the voters.",
    # both romanisations read it alike: nothing says which is meant
    "Chang Wei met the mayor, and Zhang Wei left.",
    # an irregular spelling neither system writes
    "Tsai Ing-wen met Cai Yingwen's cousin.",
    # two names
    "Xi Jinping met Li Qiang in Beijing.",
]

N010_INVALID = [
    ("President Lai Ching-te spoke in Taipei. Lai Ching-te thanked the voters, and Lai Qingde left.", "Lai Qingde",
     "President Lai Ching-te spoke in Taipei. Lai Ching-te thanked the voters, and Lai Qingde left.".replace(
         "and Lai Qingde", "and Lai Ching-te"), "unsafe"),
    # once each: pointed at, with no fix
    ("The bureau chief Ke Shudan spoke first; later Ko Shu-tan said more.", "Ko Shu-tan",
     "The bureau chief Ke Shudan spoke first; later Ko Shu-tan said more.", "display-only"),
]

N008_VALID = [
    # a macron English news drops is no name's own accent
    "Trains from Tōkyō were late. Tokyo Metro said the Tokyo line reopened.",
    # two names one letter apart that English knows
    "Flights from Kyoto were delayed, Kyodo news agency said. Kyodo added more.",
    # a noun and its adjective, a man and a woman of one family
    "Bavaria voted. Bavarian voters stayed home. Peskova said Peskov was in Sochi.",
    # once each, or neither spelling known to English: nothing settles which is right
    "Groisman spoke first. Groysman left.",
    "Prime Minister Madbowli met the governors. Madbowli said the plan was ready. Madbouli left.",
    # a tie of accents in an English original: house style may drop them in a caption
    "Regional President Carlos Mazon. Protesters demanded that Carlos Mazón resign.",
    # closed and open once each: nothing settles which is right
    "Checo blamed Red Bull. Redbull said nothing.",
]

N008_INVALID = [
    ("Opposition leader Navalny was jailed. Navalny said the trial was a farce. Navalmy appealed.",
     "Navalmy", "Opposition leader Navalny was jailed. Navalny said the trial was a farce. Navalny appealed.", 'unsafe'),
    # a tie of accents in a translation: the accent is the name's own
    ("Foreign Minister Yván Gil replied. Yvan Gil left.", "Yvan", "Foreign Minister Yván Gil replied. Yván Gil left.",
     'unsafe', "es"),
    # an accent dropped on a word ending in a vowel is no gender ending (Gaucho / Gaúcho)
    ("Coach Renato Gaúcho praised the side. Gaucho admitted the draw was fair. Gaúcho left.", "Gaucho",
     "Coach Renato Gaúcho praised the side. Gaúcho admitted the draw was fair. Gaúcho left.", "unsafe"),
    ("Julián Álvarez scored twice. Julian missed the penalty, and Julián left.", "Julian",
     "Julián Álvarez scored twice. Julián missed the penalty, and Julián left.", 'unsafe'),
    ("President Emmanuel Macron spoke. Emmanuel thanked them. Emmanuel left; Emannuel Macron returned.",
     "Emannuel", "President Emmanuel Macron spoke. Emmanuel thanked them. Emmanuel left; Emmanuel Macron returned.", 'unsafe'),
    # one name closed and open: the rarer form takes the usual one
    ("Checo blamed Red Bull for the strategy. Redbull said nothing. Red Bull won.", "Redbull",
     "Checo blamed Red Bull for the strategy. Red Bull said nothing. Red Bull won.", "unsafe"),
    ("The writer Fang Fang spoke. Fang Fang smiled, and Fangfang left.", "Fangfang",
     "The writer Fang Fang spoke. Fang Fang smiled, and Fang Fang left.", "unsafe"),
]


N004_VALID = ["Jolani spoke. Later Jolani left; HTS and al-Sharaa stayed."]

N004_INVALID = [
    ("Jolani spoke in Homs. Jolani left. Later, Julani met the envoy.", "Julani",
     "Jolani spoke in Homs. Jolani left. Later, Jolani met the envoy.", "unsafe"),
]

N011_VALID = [
    # the surname in the first name's gender; a first name borne by both; no Slavic ending
    Valid("Pyotr Verzilov and Maria Alyokhina were detained; Anna Politkovskaya was remembered.", source_lang="ru"),
    Valid("Sasha Petrova and Jan Ivanova spoke.", source_lang="ru"),
    Valid("Alfred Molina and Louise Bourgoin starred.", source_lang="ru"),
    # from another source, a surname written one way only is left alone
    "Giacomo Casanova wrote his memoirs.",
]

N011_INVALID = [
    # Russian genitive -a left after a man's first name
    Invalid("The court jailed Peter Verzilova for fifteen days.", "Verzilova",
            "The court jailed Peter Verzilov for fifteen days.", "unsafe", source_lang="ru"),
    # a woman's first name, a man's form, with a patronymic between
    Invalid("Deputy editor Alexandra Sergeyevna Suzdalev resigned.", "Suzdalev",
            "Deputy editor Alexandra Sergeyevna Suzdaleva resigned.", "unsafe", source_lang="ru"),
    # any source, where the document writes the other form too
    Invalid("Maria Zakharov spoke. Zakharova added that talks went on.", "Zakharov",
            "Maria Zakharova spoke. Zakharova added that talks went on.", "unsafe"),
]

N013_VALID = [
    # Russians keep their names' Russian forms; Ukrainians' in KMU or the press's y-forms
    Valid("Vladimir Putin, Sergei Shoigu and Dmitry Peskov met Volodymyr Zelensky and Andriy Yermak.", source_lang="uk"),
    Valid("Mykhailo Podolyak and Ihor Klymenko spoke; Yuriy Kovalenko agreed.", source_lang="uk"),
    # firms and places keep the forms English knows them by; a lone first name names nobody sure
    Valid("Energoatom said Gostomel and Kirovograd had power; Oleg called.", source_lang="uk"),
    # surnames English knows, and the first names before them
    Valid("Oleg Sentsov and Igor Sikorsky were remembered; Galina Grigorenko spoke.", source_lang="uk"),
    # from any other source language, a Russian form is the source's own
    Valid("Oleg Kovalenko and Galina Grigorenko spoke.", source_lang="ru"),
]

N013_INVALID = [
    # the Russian form of a first name, before a Ukrainian surname
    Invalid("Spokesman Oleg Nikolenko said Mikhail Podolyak agreed.", ("Oleg", "Mikhail"),
            "Spokesman Oleh Nikolenko said Mykhailo Podolyak agreed.", ("unsafe", "unsafe"), source_lang="uk"),
    # a surname in Russian romanisation: g for г, i for и
    Invalid("Deputy Galina Gunko thanked Ihor Simonenko.", ("Galina", "Gunko", "Simonenko"),
            "Deputy Halyna Hunko thanked Ihor Symonenko.", ("unsafe", "unsafe", "unsafe"), source_lang="uk"),
    Invalid("The deputies were Anatoly Gunko and Volodymyr Tsibulko.", ("Anatoly", "Gunko", "Tsibulko"),
            "The deputies were Anatolii Hunko and Volodymyr Tsybulko.", ("unsafe", "unsafe", "unsafe"), source_lang="uk"),
]

N012_VALID = [
    "Al-Hilal beat al-Nassr; al-Assad spoke.",
    # a dash spaced on both sides; the sun-letter articles are English words
    "We asked Al - the bartender - for more. Sales rose as -5 became -3, at -10 degrees.",
]

N012_INVALID = [
    ("Jorge Jesus, the coach of Al -hilal, praised the fans.", "Al -hilal",
     "Jorge Jesus, the coach of Al-Hilal, praised the fans.", "safe"),
    ("Forces loyal to al- Assad advanced.", "al- Assad", "Forces loyal to al-Assad advanced.", "safe"),
]


TABLES = {
    "N001": Table(N001_VALID, [Invalid(*case) for case in N001_INVALID]),
    "N002": Table(N002_VALID, [Invalid(*case) for case in N002_INVALID]),
    "N003": Table(N003_VALID, [Invalid(*case) for case in N003_INVALID], glossary="house_glossary"),
    "N004": Table(N004_VALID, [Invalid(*case) for case in N004_INVALID]),
    "N005": Table(N005_VALID, [Invalid(*case) for case in N005_INVALID]),
    "N006": Table(N006_VALID, [Invalid(*case) for case in N006_INVALID]),
    "N007": Table(N007_VALID, [Invalid(*case) for case in N007_INVALID]),
    "N008": Table(N008_VALID, [Invalid(*case) for case in N008_INVALID]),
    "N009": Table(N009_VALID, [Invalid(*case) for case in N009_INVALID]),
    "N010": Table(N010_VALID, [Invalid(*case) for case in N010_INVALID]),
    # fitted on few real findings: tested from 0.3
    "N011": Table(N011_VALID, N011_INVALID, min_confidence=0.3),
    "N012": Table(N012_VALID, [Invalid(*case) for case in N012_INVALID], min_confidence=0.3),
    "N013": Table(N013_VALID, N013_INVALID, min_confidence=0.3),
}
test_valid, test_invalid = rule_tests(TABLES)
