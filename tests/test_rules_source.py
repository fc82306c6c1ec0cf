"""S: source-aware rules: valid pairs (no finding) and invalid ones, through the rule tester."""

import pytest
from rule_tester import Invalid, Table, Valid, rule_tests

from audit.document import Document
from audit.engine import find_all
from audit.rules import REGISTRY

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
            # dates: a date's year may go where its day is given; Russian and Chinese date forms
            Valid('The report came out on March 3.', 'Отчёт вышел 3 марта 2021 г.', 'ru'),
            Valid('The committee met on February 10.', '委员会于2023年2月10日开会。', 'zh'),
            Valid('The shop opened in the winter of 2022.', '店は２２年冬に開業した。', 'ja'),
            Valid('The hall was built in 1890.', 'このホールは明治２３年に建てられた。', 'ja'),
            # names and codes: a model, a standard, a stock code, a unit glued to its number
            Valid('The air force sent an F-35 to intercept the object.', '空军出动F-35战机拦截该物体。', 'zh'),
            Valid('The standard has now been published.', '该标准GB 18030已经发布。', 'zh'),
            Valid('The company listed its shares that year.', '该公司（600519.SH）当年上市。', 'zh'),
            # scale characters and words: 万 and 亿, a rounded figure, a range sharing its scale word
            Valid('The company made a profit of 587,000 yen.', '会社は５８万７０００円の利益を上げた。', 'ja'),
            Valid('Some 19.93 million people lost their homes.', '约1993.03万人失去住所。', 'zh'),
            Valid('Between 4 and 6 million visitors are expected.', '预计游客400万至600万人次。', 'zh'),
            Valid('The epicentre was 10 kilometres deep.', '震源深度为10千米。', 'zh'),
            # numbers English writes in words
            Valid('The country depends almost entirely on imported gas.', 'Країна майже на 100% залежить від імпортного газу.', 'uk'),
            Valid('The market is open between noon and 2 p.m.', 'Der Markt ist zwischen 12 und 14 Uhr geöffnet.', 'de'),
            Valid('It is the sharpest rise in two decades.', 'Das ist der stärkste Anstieg seit 20 Jahren.', 'de'),
            Valid('A woman in her twenties runs the shop.', '一位20多岁的女性经营这家店。', 'zh'),
            Valid('Ninety percent of those asked agreed.', '回答者の９割が賛成した。', 'ja'),
            Valid('Half of the ice was still there the next day.', '翌日も氷が５割ほど残っていた。', 'ja'),
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
            # a scale character read as another scale: 530万 is 5.3 million, 2.1亿 210 million
            Invalid('The storm left 530 million people without power.', '530', 'The storm left 5.3 million people without power.', 'unsafe',
                    source='这场风暴使530万人断电。', source_lang='zh'),
            Invalid('About 2.1 billion people use the app.', '2.1 billion', 'About 210 million people use the app.', 'unsafe',
                    source='约有2.1亿人使用该应用。', source_lang='zh'),
            Invalid('Net profit last year was 2.13 billion yuan.', '2.13', 'Net profit last year was 2.313 billion yuan.', 'unsafe',
                    source='去年净利润为23.13亿元。', source_lang='zh'),
            Invalid('The budget was 52,5 billion roubles.', '52,5', 'The budget was 52.5 billion roubles.', 'unsafe',
                    source='Бюджет составил 52,5 млрд рублей.', source_lang='ru'),
            Invalid('Police recorded 26,000 violations this year.', '26,000', 'Police recorded 16,000 violations this year.', 'unsafe',
                    source='В этом году полиция зафиксировала 16 тысяч нарушений.', source_lang='ru'),
            # a date left out: display-only
            Invalid('The president signed the order on Friday.', '', 'The president signed the order on Friday.', 'display-only',
                    source='总统周五（2月10日）签署了这项命令。', source_lang='zh'),
            # no replacement where it cannot tell: a year for a count, a tenfold change, a converted unit
            Invalid('In 2023 the meeting drew delegates from abroad.', '', 'In 2023 the meeting drew delegates from abroad.', 'display-only',
                    source='Во встрече участвовали 150 делегатов из-за рубежа.', source_lang='ru'),
            Invalid('The project cost 10 yuan per person.', '', 'The project cost 10 yuan per person.', 'display-only',
                    source='这个项目每人花费100元。', source_lang='zh'),
            Invalid('The train runs at 180 miles an hour.', '', 'The train runs at 180 miles an hour.', 'display-only',
                    source='列车时速280公里。', source_lang='zh'),
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


@pytest.mark.parametrize("source", ["", "１２３４５６７８９０１２３４５６７８９０１２３", "9" * 400 + "万亿兆", "3,5,7,,9..1",
                                    "٣٤٥ شخصا", "２万２１３人、万万亿", "12. 13. 14. Januar", "明治 年 月 日 分の", "５割 ２分の１ 3点5"])
def test_s001_reads_odd_sources_without_error(bundled_glossary, source):
    doc = Document("<t>", "In 2023 some 345 people, 20,213 in all, came; 10 kilometres.", source=source, source_lang="zh")
    find_all(doc, bundled_glossary, [REGISTRY["S001"]])
