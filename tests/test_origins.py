"""The Cyrillic table read both ways (audit/language/origins.py) and Chinese names read as pinyin
and Wade-Giles (audit/language/romanisation.py)."""

import pytest

from audit.language.origins import best_reading, english_cost, reads_as, spellings
from audit.language.romanisation import chinese_readings, east_asian, explain


@pytest.mark.parametrize("word,lang,english", [
    ("Saporischschja", "de", "zaporizhzhya"),   # German sch for ж, j for я, s for з
    ("Tcheliabinsk", "fr", "chelyabinsk"),      # French tch for ч, ia for я
    ("Gerassimow", "de", "gerasimov"),
    ("Prigojine", "fr", "prigozhin"),           # French j for ж, -ine for -ин
    ("Jarkov", "es", "kharkov"),                # Spanish j for х
])
def test_a_spelling_is_read_back_and_written_the_english_way(word, lang, english):
    reading = best_reading(word)
    assert (reading.lang, reading.english) == (lang, english)
    assert reading.marks  # it used the convention's hallmarks


def test_a_name_english_does_not_know_gets_bgn_pcgn_spelling():
    reading = best_reading("Wenediktowa")
    assert reading.zipf == 0 and reading.standard == "venediktova" and reading.slavic
    assert reading.source == "венедиктова"


def test_english_reads_its_own_spellings_as_cheaply():
    assert english_cost("Falkushchenko") <= best_reading("Falkushchenko").cost
    assert english_cost("Wenediktowa") is None  # w is no English letter for a Cyrillic name


def test_the_english_form_written_out_in_a_convention():
    assert spellings("Peskov", "de") == "Peskow"
    assert spellings("Chelyabinsk", "fr") == "Tcheliabinsk"
    assert spellings("Kharkiv", "es") == "Jarkiv"
    assert spellings("Peskov", "fr") is None  # French writes it as English does


def test_two_spellings_of_one_cyrillic_name():
    reading, target = reads_as("Choïgou", ("Shoigu", "Lavrov"))
    assert target == "Shoigu" and reading.lang == "fr"
    how = explain("Wenediktowa", ["Venediktova"])
    assert how.foreign and how.strong
    assert explain("Ghebreyesus", ["Gebreyesus"]) is None  # no Slavic name: not read as one


def test_chinese_names_in_pinyin_and_wade_giles():
    pinyin, wade = chinese_readings("Lai Qingde")
    assert ("lai", "qing", "de") in pinyin and not wade
    pinyin, wade = chinese_readings("Lai Ching-te")
    assert ("lai", "qing", "de") in wade and not pinyin
    assert all(chinese_readings("Chang Wei"))  # both systems read it
    assert chinese_readings("Tsai Ing-wen") == (frozenset(), frozenset())
    assert chinese_readings("Ali Ça") == (frozenset(), frozenset())  # not ASCII letters: no reading


def test_pinyin_writes_an_apostrophe_before_a_vowel_syllable():
    assert not east_asian("Daan", ("pinyin",))  # no da-an (pinyin would write da'an)
    assert east_asian("Chunshan", ("pinyin",))
    assert east_asian("Kameneko", ("hepburn",)) and not east_asian("Kameneko", ("pinyin",))


@pytest.mark.parametrize("text", ["", "-", "Ъ", "W" * 60, "Щщщщщ", "Sch-sch-sch", "ÿÿÿ", "a'b"])
def test_any_input_reads_without_error(text):
    best_reading(text)
    english_cost(text)
    chinese_readings(text)
    spellings(text, "de")
