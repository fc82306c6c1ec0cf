"""S: source-aware rules. Valid pairs (no finding) and invalid ones (flagged text, fixed output).
Each case is (source, source language, translation[, flagged text, fixed translation])."""

import pytest

from audit.document import Document
from audit.engine import find_all
from audit.fixer import apply_fixes
from audit.rules import REGISTRY


def check(code, source, lang, text, glossary):
    doc = Document(path="<test>", text=text, source=source, source_lang=lang)
    findings = [f for f in find_all(doc, glossary, [REGISTRY[code]]) if f.confidence >= 0.5]
    return findings, apply_fixes(text, findings)


S001_VALID = [
    ("Die Reparatur kostet 3.500 Euro.", "de", "The repair costs 3,500 euros."),
    ("Die Reparatur kostet 3,5 Millionen Euro.", "de", "The repair costs 3.5 million euros."),
    ("Die Reparatur kostet 3.500.000 Euro.", "de", "The repair costs 3.5 million euros."),
    ("Es kamen 5 Menschen.", "de", "Five people came."),
    ("Он приехал в 14 часов 2 марта.", "ru", "He arrived at 2 p.m. on March 2."),
    ("费用为300万元。", "zh", "The cost was 3 million yuan."),
    ("２月１４日のバレンタインデーを前に売れ行きが好調だ。", "ja", "Sales are booming ahead of Valentine's Day on February 14th."),
    ("Die Sitzung begann am 03.05.2023 um 14:30 Uhr.", "de", "The meeting began on 3 May 2023 at 2:30 p.m."),
    ("Er kaufte 1 Auto.", "de", "He bought a car."),
    ("Das Modell A320 und COVID-19.", "de", "The model and the pandemic."),
]
S001_INVALID = [
    ("Nach Angaben der Stadt kostet die Reparatur 3.500 Euro.", "de",
     "According to the city, the repair costs 3.500 euros.", "3.500",
     "According to the city, the repair costs 3,500 euros."),
    ("La reparación costó 2.750 euros, según el ayuntamiento.", "es",
     "The repair cost 2.750 euros, according to the council.", "2.750",
     "The repair cost 2,750 euros, according to the council."),
    ("Bei dem Unfall wurden 17 Menschen verletzt.", "de", "In the accident 71 people were injured.", "71",
     "In the accident 17 people were injured."),
    ("Bei dem Unfall wurden 17 Menschen verletzt.", "de", "People were injured in the accident.", "",
     "People were injured in the accident."),
]


@pytest.mark.parametrize("source,lang,text", S001_VALID)
def test_s001_valid(source, lang, text, bundled_glossary):
    assert check("S001", source, lang, text, bundled_glossary)[0] == []


@pytest.mark.parametrize("source,lang,text,flagged,fixed", S001_INVALID)
def test_s001_invalid(source, lang, text, flagged, fixed, bundled_glossary):
    findings, out = check("S001", source, lang, text, bundled_glossary)
    assert [f.text for f in findings] == [flagged]
    assert out == fixed


def test_s001_needs_the_source(bundled_glossary):
    findings = find_all(Document("<t>", "It costs 3.500 euros."), bundled_glossary, [REGISTRY["S001"]])
    assert findings == []


S002_VALID = [
    ("Die Weltgesundheitsorganisation warnte am Montag.", "de", "The World Health Organization warned on Monday."),
    ("Die Weltgesundheitsorganisation warnte am Montag.", "de", "The WHO warned on Monday."),
    ("Athleten aus Russland dürfen starten.", "de", "Russian athletes may compete."),
    ("La OTAN se reunió en Bruselas.", "es", "The alliance met in Brussels, NATO said."),
    ("La OTAN se reunió en Bruselas.", "de", "The alliance met in Brussels."),  # not a German form
]
S002_INVALID = [
    ("Die Weltgesundheitsorganisation warnte am Montag vor einer neuen Welle.", "de",
     "The agency warned on Monday of a new wave."),
    ("La OTAN se reunió el lunes en Bruselas.", "es", "The alliance met in Brussels on Monday."),
]


@pytest.mark.parametrize("source,lang,text", S002_VALID)
def test_s002_valid(source, lang, text, bundled_glossary):
    assert check("S002", source, lang, text, bundled_glossary)[0] == []


@pytest.mark.parametrize("source,lang,text", S002_INVALID)
def test_s002_invalid(source, lang, text, bundled_glossary):
    findings, out = check("S002", source, lang, text, bundled_glossary)
    assert len(findings) == 1 and findings[0].replacement is None and out == text  # display-only
    assert findings[0].start == findings[0].end == len(text)


S003_VALID = [
    ("Die Verhandlungen wurden am Montag fortgesetzt.", "de", "The negotiations resumed on Monday."),
    ("Apple iPhone 14 Pro", "de", "Apple iPhone 14 Pro"),  # names: nothing to translate
    ("„Game over“, sagte er.", "de", "\"Game over,\" he said."),
    ("The Rolling Stones spielen heute in Berlin.", "de", "The Rolling Stones play in Berlin today."),
]
S003_INVALID = [
    ("Die Verhandlungen wurden am Montag in Genf fortgesetzt.", "de",
     "Die Verhandlungen wurden am Montag in Genf fortgesetzt."),
    ("Сомнолог назвала причины проблем со сном", "ru", "Сомнолог назвала причины проблем со сном"),
    ("Врач рассказал о продуктах, которые мешают сну.", "ru",
     "Врач рассказал о продуктах питания, которые мешают здоровому сну."),
]


@pytest.mark.parametrize("source,lang,text", S003_VALID)
def test_s003_valid(source, lang, text, bundled_glossary):
    assert check("S003", source, lang, text, bundled_glossary)[0] == []


@pytest.mark.parametrize("source,lang,text", S003_INVALID)
def test_s003_invalid(source, lang, text, bundled_glossary):
    findings, out = check("S003", source, lang, text, bundled_glossary)
    assert [f.text for f in findings] == [text] and out == text  # display-only: needs translating
