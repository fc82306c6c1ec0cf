"""S: source-aware rules: valid pairs (no finding) and invalid ones, through the rule tester."""

from audit.document import Document
from audit.engine import find_all
from audit.rules import REGISTRY
from rule_tester import Invalid, Table, Valid, rule_tests


TABLES = {
    "S001": Table(
        glossary="bundled_glossary",
        valid=[
            Valid('The repair costs 3,500 euros.', 'Die Reparatur kostet 3.500 Euro.', 'de'),
            Valid('The repair costs 3.5 million euros.', 'Die Reparatur kostet 3,5 Millionen Euro.', 'de'),
            Valid('The repair costs 3.5 million euros.', 'Die Reparatur kostet 3.500.000 Euro.', 'de'),
            Valid('Five people came.', 'Es kamen 5 Menschen.', 'de'),
            Valid('He arrived at 2 p.m. on March 2.', 'Он приехал в 14 часов 2 марта.', 'ru'),
            Valid('The cost was 3 million yuan.', '费用为300万元。', 'zh'),
            Valid("Sales are booming ahead of Valentine's Day on February 14th.", '２月１４日のバレンタインデーを前に売れ行きが好調だ。', 'ja'),
            Valid('The meeting began on 3 May 2023 at 2:30 p.m.', 'Die Sitzung begann am 03.05.2023 um 14:30 Uhr.', 'de'),
            Valid('He bought a car.', 'Er kaufte 1 Auto.', 'de'),
            Valid('The model and the pandemic.', 'Das Modell A320 und COVID-19.', 'de'),
        ],
        invalid=[
            Invalid('According to the city, the repair costs 3.500 euros.', '3.500', 'According to the city, the repair costs 3,500 euros.', 'unsafe',
                    source='Nach Angaben der Stadt kostet die Reparatur 3.500 Euro.', source_lang='de'),
            Invalid('The repair cost 2.750 euros, according to the council.', '2.750', 'The repair cost 2,750 euros, according to the council.', 'unsafe',
                    source='La reparación costó 2.750 euros, según el ayuntamiento.', source_lang='es'),
            Invalid('In the accident 71 people were injured.', '71', 'In the accident 17 people were injured.', 'unsafe',
                    source='Bei dem Unfall wurden 17 Menschen verletzt.', source_lang='de'),
            Invalid('People were injured in the accident.', '', 'People were injured in the accident.', 'display-only',
                    source='Bei dem Unfall wurden 17 Menschen verletzt.', source_lang='de'),
        ],
    ),
    "S002": Table(
        glossary="bundled_glossary",
        valid=[
            Valid('The World Health Organization warned on Monday.', 'Die Weltgesundheitsorganisation warnte am Montag.', 'de'),
            Valid('The WHO warned on Monday.', 'Die Weltgesundheitsorganisation warnte am Montag.', 'de'),
            Valid('Russian athletes may compete.', 'Athleten aus Russland dürfen starten.', 'de'),
            Valid('The alliance met in Brussels, NATO said.', 'La OTAN se reunió en Bruselas.', 'es'),
            Valid('The alliance met in Brussels.', 'La OTAN se reunió en Bruselas.', 'de'),
        ],
        invalid=[
            Invalid('The agency warned on Monday of a new wave.', '', 'The agency warned on Monday of a new wave.', 'display-only',
                    source='Die Weltgesundheitsorganisation warnte am Montag vor einer neuen Welle.', source_lang='de'),
            Invalid('The alliance met in Brussels on Monday.', '', 'The alliance met in Brussels on Monday.', 'display-only',
                    source='La OTAN se reunió el lunes en Bruselas.', source_lang='es'),
        ],
    ),
    "S003": Table(
        glossary="bundled_glossary",
        valid=[
            Valid('The negotiations resumed on Monday.', 'Die Verhandlungen wurden am Montag fortgesetzt.', 'de'),
            Valid('Apple iPhone 14 Pro', 'Apple iPhone 14 Pro', 'de'),
            Valid('"Game over," he said.', '„Game over“, sagte er.', 'de'),
            Valid('The Rolling Stones play in Berlin today.', 'The Rolling Stones spielen heute in Berlin.', 'de'),
        ],
        invalid=[
            Invalid('Die Verhandlungen wurden am Montag in Genf fortgesetzt.', 'Die Verhandlungen wurden am Montag in Genf fortgesetzt.', 'Die Verhandlungen wurden am Montag in Genf fortgesetzt.', 'display-only',
                    source='Die Verhandlungen wurden am Montag in Genf fortgesetzt.', source_lang='de'),
            Invalid('Сомнолог назвала причины проблем со сном', 'Сомнолог назвала причины проблем со сном', 'Сомнолог назвала причины проблем со сном', 'display-only',
                    source='Сомнолог назвала причины проблем со сном', source_lang='ru'),
            Invalid('Врач рассказал о продуктах питания, которые мешают здоровому сну.', 'Врач рассказал о продуктах питания, которые мешают здоровому сну.', 'Врач рассказал о продуктах питания, которые мешают здоровому сну.', 'display-only',
                    source='Врач рассказал о продуктах, которые мешают сну.', source_lang='ru'),
        ],
    ),
}
test_valid, test_invalid = rule_tests(TABLES)


def test_s001_needs_the_source(bundled_glossary):
    findings = find_all(Document("<t>", "It costs 3.500 euros."), bundled_glossary, [REGISTRY["S001"]])
    assert findings == []
