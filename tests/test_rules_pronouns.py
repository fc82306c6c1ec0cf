"""P: pronouns. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""

import pytest

from conftest import check
from rule_tester import Invalid, Table, rule_tests

P001_VALID = [
    "The group said it would fight. He posted on Telegram.",
    "Hayat Tahrir al-Sham: He who waits wins.",
    "Why He Left The Party And What Comes Next",
    "The commander said, He is ready.",
    "“It would be the third city,” he said.",
]

P001_INVALID = [
    ("The Syrian Islamist group Hayat Tahrir al-Sham He posted on Telegram.", "He ",
     "The Syrian Islamist group Hayat Tahrir al-Sham posted on Telegram.", 'safe'),
    ("Homs It would be the third major city taken.", "It ", "Homs would be the third major city taken.", 'safe'),
    ("Ghani They announced the capture.", "They ", "Ghani announced the capture.", 'safe'),
]


def test_p008_after_lowercase_word_suggests_full_stop(glossary):
    text = "Tourism revenue It will return to normal."
    findings, output = check("P008", text, glossary, min_confidence=0.0)
    assert findings and findings[0].confidence < 0.5
    assert output == "Tourism revenue. It will return to normal."
    assert [f.rule for f in findings] == ["P008"]


P002_VALID = [
    "He Syrian is not a phrase anyone writes.",
    "He Turkish coffee lovers know well.",
    "He told Reuters the army was ready.",
    "He said the Syrian Observatory was right.",
    "He Who Dares Wins Again Tonight",
]

P002_INVALID = [
    ("He Syrian Observatory for Human Rights reported clashes.", "He",
     "The Syrian Observatory for Human Rights reported clashes.", 'safe'),
    ("According to He Syrian Observatory, fighting went on.", "He",
     "According to the Syrian Observatory, fighting went on.", 'safe'),
    ("Ankara backs the rebels. He Turkish Defense Ministry added more.", "He",
     "Ankara backs the rebels. The Turkish Defense Ministry added more.", 'safe'),
]


P003_VALID = [
    # a man named between the group and the pronoun
    "HTS said its leader Ahmed al-Sharaa would speak, and his forces advanced.",
    # the pronoun points forward
    "The observatory has a network. For his part, the commander Hassan Abdul Ghani said more.",
    # the group's spokesman is the antecedent
    "The spokesman of Hayat Tahrir al-Sham said his forces control Homs.",
    # words inside a quotation do not bind the pronoun outside it
    "“The army will not pass,” he said.",
    # a person in the previous sentence may be the antecedent
    "Aron Lund spoke to reporters. The government fell, and his view was clear.",
    "HTS fighters entered; Ghani said his men were ready.",
    "The group praised his/her courage.",
    # a preposition opens an adjunct: the possessive may be the man's
    "Zelenskyy spoke. He said how much support Ukraine had received during his trip to London.",
    # a pronoun passes on its own antecedent, not the country before it
    "My husband wants to return to Ukraine and we could stay, but he will do his best.",
]

P003_INVALID = [
    ("The group Hayat Tahrir al-Sham said that his forces control the city.", "his",
     "The group Hayat Tahrir al-Sham said that its forces control the city.", 'safe'),
    ("Hayat Tahrir al-Sham posted that his forces control Homs, while his leader spoke.", ("his", "his"),
     "Hayat Tahrir al-Sham posted that its forces control Homs, while its leader spoke.", 'safe'),
    ("The Syrian Observatory said His sources were reliable.", "His",
     "The Syrian Observatory said Its sources were reliable.", 'safe'),
]


P004_VALID = [
    "Asma al-Assad thanked her supporters.",
    "Bashar al-Assad and his allies met.",
    "After the replacement of Bashar al-Assad, it is possible to talk.",
    # he and him point to a man the text has not named
    "Asma al-Assad was right to fight with him when he wanted her back.",
    # "its" after a reporting verb is the topic's, not the speaker's
    "The company reported losses. He praised its work.",
    "The ministry published the plan. She said its budget was too small.",
    # a man named in the document may own "his"
    "The minister met his father. She said his visit was useful.",
    "Nazim Wehbe arrived. She welcomed his brother.",
    # something in reach that "its" may mean: a thing in the sentence before, a noun after a determiner
    "The company released a phone. He praised its design.",
    "He loves the school and its teachers.",
    # "her" before a determiner is an object; a name of unknown gender may own "his"
    "Shimada met Collins. He bought her a camera.",
    "Grady and Collins met. She said his help mattered.",
    "Grady and Collins met in Paris. Collins thought she had found his best friend.",
    "Macron made a proposal on Tuesday. Merkel said she had found his ideas interesting.",
    # a noun that may be a thing stays one when a "he" follows it; a name may be a thing too
    "The computer crashed, so he decided to replace its fan.",
    "The old projector failed when he tried to replace its lamp.",
    "The laptop froze again. He pressed its power button.",
    "The car stopped. He opened its door.",
    # a possessive after a reporting verb may belong to somebody spoken of before
    "Collins arrived. She said his help mattered.",
]

P004_INVALID = [
    ("Asma al-Assad thanked his supporters.", "his", "Asma al-Assad thanked her supporters.", 'unsafe'),
    ("Bashar al-Assad and its allies met in Damascus.", "its", "Bashar al-Assad and his allies met in Damascus.", 'unsafe'),
]


def test_p003_possessive_right_after_its_subject(bundled_glossary):
    """The possessive a few plain words after its subject, whoever else the text names."""
    findings, output = check("P003", "She promised new sanctions. Iraq has his own sanctions list.", bundled_glossary)
    assert [f.text for f in findings] == ["his"]
    assert output == "She promised new sanctions. Iraq has its own sanctions list."


@pytest.mark.parametrize("text,fixed", [
    ("She took his book. She read his notes.", "She took her book. She read her notes."),
    ("He bought her first camera and her first lens.", "He bought his first camera and his first lens."),
    ("He was a clever epidemiologist. He never complained, not even while enduring its severe illness and its pain.",
     "He was a clever epidemiologist. He never complained, not even while enduring his severe illness and his pain."),
])
def test_p004_a_wrong_possessive_does_not_vouch_for_the_next(text, fixed, glossary):
    findings, output = check("P004", text, glossary)
    assert output == fixed


def test_p009_country_called_her_with_no_woman_in_reach(bundled_glossary):
    """A country's "her" a sentence after it, nobody in reach a woman (uk-en MT: Ukrainian "її"):
    reported, unsafe, as the sentence before may name its owner."""
    text = "Russia is not interested in building healthy economic ties. Her priority is to rebuild the USSR."
    findings, output = check("P009", text, bundled_glossary, min_confidence=0.0)
    assert [f.text for f in findings] == ["Her"] and findings[0].applicability.value == "unsafe"
    assert output == "Russia is not interested in building healthy economic ties. Its priority is to rebuild the USSR."
    with_woman = "Russia and Maria Zakharova are not interested in ties. Her priority is to rebuild the USSR."
    assert check("P009", with_woman, bundled_glossary, min_confidence=0.0)[0] == []


def test_first_names_and_titles_tell_a_persons_gender(glossary):
    """The document's people: a first name most of whose bearers are one gender (open data), a
    title; a family name two people of different genders share tells nothing."""
    from audit.document import Document
    from audit.language.context import Context

    text = ("Angelina Rossi sang with Pino Rossi. Mrs Tanaka met President Emmanuel Macron and Andrea Conti. "
            "The band played until April Monday.")
    people = Context(Document("x", text), glossary).antecedents.people
    assert people["Angelina"] == "she" and people["Tanaka"] == "she"
    assert people["Emmanuel"] == "he" and people["Macron"] == "he"
    assert "Rossi" not in people and "Andrea" not in people and "Conti" not in people  # both genders
    assert "April" not in people  # a month, not a first name


def test_country_names_come_from_cldr():
    from audit.language.kinds import countries

    text = "Poland and Bosnia and Herzegovina met; Jordan Henderson did not."
    assert [text[a:b] for a, b in countries(text)] == ["Poland", "Bosnia and Herzegovina"]


P009_VALID = [
    # a woman within reach may own "her"
    "Poland sent Maria Kowalska, and her report was clear.",
    "The newspaper interviewed Angela Merkel. She said her government would act.",
    "The minister met the company. She said her view was clear.",
    # a person noun after a preposition's noun phrase
    "The head of the agency said her team was ready.",
    "The company praised his/her courage.",
]

P009_INVALID = [
    ("Poland said she would veto the budget.", "she", "Poland said it would veto the budget.", "safe"),
    ("France reinforces her claims over the islands.", "her", "France reinforces its claims over the islands.", "safe"),
    ("The daily said her sources in the ministry confirmed it.", "her",
     "The daily said its sources in the ministry confirmed it.", "unsafe"),
    # the possessive's own noun phrase ("her prime minister") is not its owner
    ("Hungary blocked the package, and her prime minister said so.", "her",
     "Hungary blocked the package, and its prime minister said so.", "safe"),
]

P010_VALID = [
    # a man within reach, or named in the next sentence, may own "his"
    "The company reported record profits. His chief executive said he was pleased.",
    "The election was still stolen. His interviewer disagreed. A day later, Donald Trump spoke.",
    "The ministry met Mr Smith. His plan was approved.",
    # the same sentence is P003's
    "The group Hayat Tahrir al-Sham said that his forces control the city.",
]

P010_INVALID = [
    ("The Syrian Observatory for Human Rights reported the clashes. His sources counted 40 dead.", "His",
     "The Syrian Observatory for Human Rights reported the clashes. Its sources counted 40 dead.", "unsafe"),
    ("The company reported record profits. His shares rose by a tenth.", "His",
     "The company reported record profits. Its shares rose by a tenth.", "unsafe"),
]

P011_VALID = [
    # a man named before may be "he"; a name of unknown gender in reach may be anyone
    "Marco Rossi arrived. Angelina Mango thanked the audience after he sang.",
    "Angelina Mango thanked Kowalski after he sang.",
    # an object is never its own clause's subject: "him" is somebody else
    "Did you see it? Julian Alvarez touched her twice.",
    # a quotation speaks for its speaker
    "Angelina Mango said: “He was very good”.",
    # both genders bear the first name
    "Andrea Conti thanked the audience after she sang.",
]

P011_INVALID = [
    ("Angelina Mango thanked the audience after he won the festival.", "he",
     "Angelina Mango thanked the audience after she won the festival.", "unsafe"),
    ("Mrs Tanaka opened the shop, and customers thanked him for it.", "him",
     "Mrs Tanaka opened the shop, and customers thanked her for it.", "unsafe"),
]

P012_VALID = [
    # a person spoken of before, or within reach, may be "he" or "she"
    "The driver parked. The car that she drove was red.",
    "Mr Smith bought a house. The house which he bought is old.",
    "The report, which he wrote, is long.",
    "Kowalski held the record. The record which he held was old.",
]

P012_INVALID = [
    ("The euro rose to 29 hryvnia, a level which he had held since May.", "he",
     "The euro rose to 29 hryvnia, a level which it had held since May.", "unsafe"),
]

P005_INVALID = [  # a subject pronoun, a verb, and "its" before what only a person has
    ("She gently cupped its father's cheeks.", "its", "She gently cupped her father's cheeks.", 'unsafe'),
    ("Despite a penalty lap, he and its twin brother finished.", "its", "Despite a penalty lap, he and his twin brother finished.", 'unsafe'),
]

P006_INVALID = [  # the other gender's possessive where the document names nobody of that gender
    ("She cupped his father's cheeks.", "his", "She cupped her father's cheeks.", "unsafe"),
]

P007_VALID = [
    # an adverb after "her" makes it an object, not a possessive
    "Did he touch it twice? He saw that Julian touched her twice.",
    # a woman named before, out of reach, may own "her"
    "Giulia Rossi was killed in November. Her family grieved. The trial was long. "
    "The court heard witnesses. Caruso shook hands with her father.",
]

P007_INVALID = [
    # the other gender's possessive where the reach names nobody of that gender
    ("At the end of January, she won his first big air event.", "his",
     "At the end of January, she won her first big air event.", 'unsafe'),
    # nothing within reach that "its" could mean, and a person just before it
    ("He was a clever epidemiologist. He never complained, not even while enduring its severe illness.", "its",
     "He was a clever epidemiologist. He never complained, not even while enduring his severe illness.", 'unsafe'),
    # a woman named earlier, out of reach; the name takes the gender of the "he" after it
    ("Mrs Tanaka opened the shop in 1990. Customers came from far away. Prices stayed low. "
     "Shimada started taking photos three years ago, when he bought her first camera.", "her",
     "Mrs Tanaka opened the shop in 1990. Customers came from far away. Prices stayed low. "
     "Shimada started taking photos three years ago, when he bought his first camera.", 'unsafe'),
]

# the document's people, read in order: a pronoun nobody could be, after a woman named twice
_GIULIA = "Giulia Ferri won the regional final on Sunday. She thanked her family. Giulia "
P013_VALID = [
    # a man named before may be "he"
    "Marco Bassi trained her. " + _GIULIA + "said that he had helped.",
    # a person noun of unknown gender just before: the coach may be a man
    _GIULIA + "praised the coach, and he smiled.",
    # a name of unknown gender later in the sentence may be meant
    _GIULIA + "celebrated while he, Kowalczyk, watched.",
    # a quotation speaks for its speaker; "he or she" is anybody
    _GIULIA + "said: “He was very good”. Whoever wins, he or she will race again.",
    # a name in a quotation just before may be meant
    _GIULIA + "said: “I thank Antonio”. Later he drove her home.",
    # a clause that ends in a comma before the name is no apposition: the minister may be a man
    "Teresa Ribera warned the firms on Monday. She said that she would act. The minister for Industry met the "
    "unions in Madrid on Tuesday, Teresa Ribera said. Later, he defended the plan.",
    # named once only, and called "she" once: first-name data alone do not make a story
    "Jan will hurt you before she lets you see it.",
]

P013_INVALID = [
    (_GIULIA + "won for his talent, not for his name.", ("his", "his"),
     _GIULIA + "won for her talent, not for her name.", "unsafe"),
    (_GIULIA + "smiled. On the podium, he wept.", "he", _GIULIA + "smiled. On the podium, she wept.", "unsafe"),
    # and the other way: a man named twice, the text's own "his", then "she"
    ("Paolo Conte signed the contract on Monday. He thanked his family. Paolo said that she was ready.", "she",
     "Paolo Conte signed the contract on Monday. He thanked his family. Paolo said that he was ready.", "unsafe"),
    # a person noun beside her name is she; a rare capitalised word later in a sentence leaves that
    # sentence's pronoun alone ("the daily Ara": maybe a person), not the ones after it; "General State
    # Budgets" names nobody
    ("The vice president of the Government and minister for Ecology, Teresa Ribera, warned the firms. She said "
     "that she would act. He said so to the daily Vilaweb on Monday. Later, he defended the General State Budgets.", "he",
     "The vice president of the Government and minister for Ecology, Teresa Ribera, warned the firms. She said "
     "that she would act. He said so to the daily Vilaweb on Monday. Later, she defended the General State Budgets.",
     "unsafe"),
]

P014_VALID = [
    # a sentence that opens with a place, a clause or a verb of saying; a pronoun after a quotation
    "In Jerusalem they decided to wait. When Macron arrived he said little. Putin told Macron he would come.",
    "“It is me, Matteo” he said without resisting.",
    # a comma between: an apposition, then the clause
    "The driver, Sergio Pérez, he said, will stay.",
]

P014_INVALID = [
    ("The Mexican pilot Sergio “Checo” Pérez he almost managed to take third place.", "he ",
     "The Mexican pilot Sergio “Checo” Pérez almost managed to take third place.", "unsafe"),
    ("The one from Inter he is still the top scorer.", "he ", "The one from Inter is still the top scorer.", "unsafe"),
]


TABLES = {
    "P001": Table(P001_VALID, [Invalid(*case) for case in P001_INVALID]),
    "P002": Table(P002_VALID, [Invalid(*case) for case in P002_INVALID]),
    "P003": Table(P003_VALID, [Invalid(*case) for case in P003_INVALID]),
    "P004": Table(P004_VALID, [Invalid(*case) for case in P004_INVALID]),
    "P005": Table([], [Invalid(*case) for case in P005_INVALID]),
    "P006": Table([], [Invalid(*case) for case in P006_INVALID]),
    "P007": Table(P007_VALID, [Invalid(*case) for case in P007_INVALID]),
    "P009": Table(P009_VALID, [Invalid(*case) for case in P009_INVALID], glossary="bundled_glossary"),
    "P010": Table(P010_VALID, [Invalid(*case) for case in P010_INVALID], glossary="bundled_glossary"),
    # no text yet shows P011 or P012 right, and each was wrong once on human English: fitted below 0.5
    "P011": Table(P011_VALID, [Invalid(*case) for case in P011_INVALID], min_confidence=0.1),
    "P012": Table(P012_VALID, [Invalid(*case) for case in P012_INVALID], min_confidence=0.1),
    "P013": Table(P013_VALID, [Invalid(*case) for case in P013_INVALID], min_confidence=0.3),
    "P014": Table(P014_VALID, [Invalid(*case) for case in P014_INVALID], min_confidence=0.3),
    # P008's findings stay below 0.5 (a lost full stop is one reading of two): see the test above
    "P008": Table(P001_VALID, []),
}
test_valid, test_invalid = rule_tests(TABLES)
