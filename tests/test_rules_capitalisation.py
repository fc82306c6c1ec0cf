"""C: capitalisation and punctuation. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""


from conftest import check
from rule_tester import Invalid, Table, rule_tests

CASES_VALID = {
    "C001": [
        "Russia and Iran back the government.",
        "Russia And Iran Meet In Geneva To Discuss Syria",  # a headline
        "He works for The Washington Post in Beirut.",
        # after a whole clause, a capital after a comma is a writer's comma splice
        "The quality is guaranteed and the price is fair, In the future, I will buy more.",
        "The film \"Everybody Dies But Me\" was shown.",
        "2 The other party answered the call.",
        "She said: The time has come.",
        "The Hague court ruled on Monday.",
        "#local #news The first issue of the magazine was printed.",
        "Radcliffe will star in the film adaptation of On the Western Front next year.",
        "The show opened at The Venetian Macau in May.",  # a name: a capital follows the nationality
        "The film “Love, And Other Drugs” opened.",  # a title in quotation marks
    ],
    "C002": [
        "Prices rose 5% (excl. tax) last year.",
        "The U.S. army left. It said so.",
        "Wait... and then it came.",
        "He bought an iPhone. iPhones are popular.",
        "Is it true? yes, it is.",
        "Set it after the -ec option. matter.",
        "I don't know about that though. lol",
        "They called it “a shock”. shock”.",  # one word of debris
        "The warning ends at 6 a.m. on Saturday. also Météo-France.",  # a label, not a sentence
        "The ceremony ended by noon. rice field.",  # too few words to be a sentence
    ],
    "C003": [
        "He waited... and waited.",
        "Troops from the U.S., Russia and Iran.",
        "Wait. . . then go.",
        "It was small.. Really small.",
        "What?! No way.",
        "Is it true? - asked the reporter.",
        "a long—and costly—war",
        "Really?? I doubt it.",
        "Not the ring for me. :( Too bad.",  # an emoticon
        "Werner (51., Gosens) scored first.",  # a German ordinal: C016
        "“Why?”, he asked.",  # a house style
        "He works for the U.S.”, she said.",
    ],
    "C004": [
        "The rebels entered Homs, the observatory said.",
        "Check it out :)",
        "And so on ...",
        "Spain led 1 : 0 at the break.",  # a score: C017
        "Posted by : Staff reporter\nShort link :\nThe rebels entered Homs.",  # a page's labels
        "The bill was called “a disaster.” , in the words of one deputy.",  # the doubled mark: C003
    ],
    "C007": [
        "It may rain on Monday; troops march at 5 and level 1 may select a mode.",
        "They ate french fries in Kyiv on May 22.",
        "The Ukrainian army and the French Foreign Ministry agreed in August.",
        "They served tea in fine china and sold a football jersey.",  # country names that are English nouns
    ],
    "C006": [
        "The repair will cost $25 million, the ministry said.",
        "Prices rose to R$4.89 and 25 € in Lisbon.",
        "The budget is USD 25 million, or FCFA 500 million.",
    ],
    "C005": [
        "Troops from the U.S. to the east left.",  # an abbreviation
        "He waited... for hours.",  # an ellipsis
        "The army withdrew, it said. an NGO confirmed the report.",  # a word that may start a sentence: C002
        "Prices rose (approx. for the year) by 5%.",
    ],
}

CASES_VALID["C008"] = [
    "The gross domestic product (GDP) fell; give us the data, the rest of us said.",
    "Iwate's city and prefecture officials met; the German biathletes were fast.",
    "The Sahara greener, the desert smaller: the Porsche fullback scored.",
    "The Miso Ramen stand sells miso soup.",
    "He served as a minister in past Erdogan cabinets.",  # a plural noun, no surname
    "On his evening show, Hisham elaborated, “The club wants both players.”",  # a verb, no surname
]
CASES_VALID["C009"] = [
    # a single capital: no habit, no declared German source
    "Severe Thunderstorms with hail are forecast; a thunderstorm is due.",
    # names with a function word inside, and a name written capitalised more often than not
    ("The Ministry of Health and the health ministry of Bavaria met; Windows help and Windows updates "
     "came with new windows."),
]

CASES_VALID["C010"] = [
    "He won two awards; Smith won one; he also coached.",  # a name keeps its capital
    "Cities: Teruel (Aragon); Tarragona (Catalonia); The Hague (Netherlands).",  # a list of names
    "THE MARKETS; It Was A Good Year For Stocks",  # a headline
]
CASES_VALID["C011"] = [
    "iPhone sales rose in May across the region.\n\nimage",  # inner capital; a one-word caption
    "The court ruled on Monday.\nthe appeal was rejected later on the same day.",  # no blank line: wrapped text
    "dimanche, octobre 6 2024 à Paris et à Lyon",  # a first word English does not know
]

CASES_INVALID = {
    "C001": [
        ("Relations between Russia And Iran have deepened.", "And", "Relations between Russia and Iran have deepened.", 'unsafe'),
        ("The war in Syria Since 2015 has displaced millions.", "Since",
         "The war in Syria since 2015 has displaced millions.", 'safe'),
        # a preposition after a sentence's short opening phrase
        ("Waves reach 7 meters. For its part, In the Basque Country, the notice stays.", "In",
         "Waves reach 7 meters. For its part, in the Basque Country, the notice stays.", 'safe'),
        ("the rule of The family lasted decades", "The", "the rule of the family lasted decades", 'safe'),
        # the word repeats the one before it: lowercasing would leave "the the"
        ("the exchange rate of the The dollar jumped", " The", "the exchange rate of the dollar jumped", 'safe'),
        ("the fate of The Al Assad family", "The", "the fate of the Al Assad family", 'unsafe'),
        # a preposition after a name: the capital is the error; a lost full stop is the alternative
        ("the central bank of Egypt With the currency falling, the dollar rose", "With",
         "the central bank of Egypt with the currency falling, the dollar rose", 'unsafe'),
        # a determiner after a lowercase word: a new subject, so the full stop comes first
        ("the count was completed The total rose by a third", "The",
         "the count was completed. The total rose by a third", 'unsafe'),
        ("floods hit the region of Kyushu Due to heavy rain", "Due", "floods hit the region of Kyushu due to heavy rain",
         'unsafe'),
        ("the coach told him “well done”, And Pérez thanked the team", "And",
         "the coach told him “well done”, and Pérez thanked the team", 'safe'),
        ("In a brilliant career The Mexican beat his rivals.", "The", "In a brilliant career the Mexican beat his rivals.",
         'unsafe'),
    ],
    "C002": [
        # the words after the stop open a clause of their own: the capital, safe
        ("He lost the match, this is different. but he allowed the rival to waste time.", "b",
         "He lost the match, this is different. But he allowed the rival to waste time.", 'safe'),
        # otherwise the capital, unsafe: deleting the stop is the alternative
        ("The army withdrew, it said. an NGO confirmed the report.", "a",
         "The army withdrew, it said. An NGO confirmed the report.", 'safe'),
        ("to allocate 100 billion rubles to airlines. and capitalize Aeroflot", "a",
         "to allocate 100 billion rubles to airlines. And capitalize Aeroflot", 'unsafe'),
    ],
    "C003": [
        ("The ministry denied the reports. . Fighting continued.", ". .",
         "The ministry denied the reports. Fighting continued.", 'safe'),
        ("the rebels (…). , said the army", ". ,", "the rebels (…), said the army", 'safe'),
        ("losses,, because of the war", ",,", "losses, because of the war", 'safe'),
        ("Half of the vehicles lost? : USA sees stocks shrink", "? :",
         "Half of the vehicles lost? : USA sees stocks shrink", 'display-only'),  # pointed at, no fix
        ("Is this a used item? ? ?", "? ? ?", "Is this a used item???", 'safe'),
        ("The agency gave its reasons.: the storm had passed.", ".:", "The agency gave its reasons: the storm had passed.",
         'safe'),
        ("He answered “We lost the match today, friend.”.\nNext season starts soon.", "”.",
         "He answered “We lost the match today, friend.”\nNext season starts soon.", 'safe'),
        ('He called it "a betrayal of the voters." , in the words of his party.', '." ,',
         'He called it "a betrayal of the voters", in the words of his party.', 'safe'),
        ("“There is nothing left!”. The mayor then left.", "”.", "“There is nothing left!” The mayor then left.", 'safe'),
        ("a systematic project——Four discussions", "——", "a systematic project—Four discussions", 'safe'),
    ],
    "C004": [
        ("The rebels entered Homs , the observatory said.", " ", "The rebels entered Homs, the observatory said.", 'safe'),
        # a sentence at a line's start is no label
        ("He said : the plan is ready.", " ", "He said: the plan is ready.", 'safe'),
        # one enumeration, one finding, every space mended together
        ("The army lost tanks , trucks , drones .", " , trucks , drones .", "The army lost tanks, trucks, drones.",
         'safe'),
        ("The war will end «of course» , the sources said.", " ", "The war will end «of course», the sources said.", 'safe'),
    ],
    "C007": [
        ("The bank set the rate on may 22; at the values of 21 may, it rose.", ("m", "m"),
         "The bank set the rate on May 22; at the values of 21 May, it rose.", "safe"),
        ("He has been held since monday by the ukrainian army.", ("m", "u"),
         "He has been held since Monday by the Ukrainian army.", "safe"),
        ("Argentina beat qatar and won a place at the final.", "q", "Argentina beat Qatar and won a place at the final.",
         "safe"),
    ],
    "C008": [
        ("The rate set by the national Bank of Ukraine (NBU) rose; the national Bank said so.", ("n", "n"),
         "The rate set by the National Bank of Ukraine (NBU) rose; the National Bank said so.", "safe"),
        ("In second place was Max verstappen, and the team boss, Christian horner, was happy.", ("v", "h"),
         "In second place was Max Verstappen, and the team boss, Christian Horner, was happy.", "unsafe"),
        ("The race went to Kowalczyk again, so Marek kowalczyk is the champion.", "k",
         "The race went to Kowalczyk again, so Marek Kowalczyk is the champion.", "safe"),
        # a person's two-word name written capitalised elsewhere: its first word, even a word English knows
        ("The players were Ding Xia and Gong Xiangyu; even gong Xiangyu lost.", "g",
         "The players were Ding Xia and Gong Xiangyu; even Gong Xiangyu lost.", "safe"),
        ("The hryvnia weakened against the us by 11 cents in Barnim, oberhavel and Uckermark.", ("us", "o"),
         "The hryvnia weakened against the US by 11 cents in Barnim, Oberhavel and Uckermark.", ("safe", "unsafe")),
        ("The warning covers Saale-holzland and Weimar.", "h", "The warning covers Saale-Holzland and Weimar.", "unsafe"),
    ],
    "C009": [
        (("In the regions severe Thunderstorms with hail threaten, and it came to Floods and accidents. The "
          "Storm caused damage; a storm and floods and thunderstorms are rare here."), ("T", "F", "S"),
         ("In the regions severe thunderstorms with hail threaten, and it came to floods and accidents. The "
          "storm caused damage; a storm and floods and thunderstorms are rare here."), "unsafe"),
        Invalid("A Thunderstorm hit the town; the thunderstorm passed.", "T",
                "A thunderstorm hit the town; the thunderstorm passed.", "unsafe", source_lang="de"),
    ],
    "C010": [
        ("His songs earned him gold records; He also received an award.", "He",
         "His songs earned him gold records; he also received an award.", "safe"),
        # a function word too: the second sentence goes on in lowercase
        ("The plan should be implemented; Because in many regions the roads are poor.", "Because",
         "The plan should be implemented; because in many regions the roads are poor.", "safe"),
    ],
    "C011": [
        ("Court upholds the arrest\n\nthe city court on Thursday rejected the appeal against the arrest.", "t",
         "Court upholds the arrest\n\nThe city court on Thursday rejected the appeal against the arrest.", "safe"),
        ("in Senegal, residents refuse to let the president stay on", "i",
         "In Senegal, residents refuse to let the president stay on", "safe"),
    ],
    "C006": [
        ("The repair will cost $ 25 million, the ministry said.", "$ ",
         "The repair will cost $25 million, the ministry said.", "safe"),
        ("Diesel will go from R$ 4.89 to R$ 4.49 per liter.", ("R$ ", "R$ "),
         "Diesel will go from R$4.89 to R$4.49 per liter.", "safe"),
        ("A ticket costs € 5 and £ 4.", ("€ ", "£ "), "A ticket costs €5 and £4.", "safe"),
    ],
    "C005": [
        ("Prices will be reviewed at the end of the year. that we have planned.", ".",
         "Prices will be reviewed at the end of the year that we have planned.", 'unsafe'),
        ("“There is no doubt about it”. said the minister on Monday.", ".",
         "“There is no doubt about it” said the minister on Monday.", 'unsafe'),
        ("The pound fell. for long periods it stayed low.", ".", "The pound fell for long periods it stayed low.", 'unsafe'),
        # a preposition goes on with the sentence, even before a name
        ("Prices here are a third lower than in other countries. of Europe. Wages are lower too.", ".",
         "Prices here are a third lower than in other countries of Europe. Wages are lower too.", 'unsafe'),
        # who said it, after the quotation: a comma
        ("The suspect was put “out of the question”. this judicial source said.", ".",
         "The suspect was put “out of the question”, this judicial source said.", 'unsafe'),
    ],
}


def test_c002_habit_never_raises_confidence(glossary):
    # the writer's habit of lowercase starts is evidence against; the real set has too few such
    # documents to give it weight (audit/data/calibration.json), so it may only lower confidence
    chatty = "ok. so we went. then we left. it was fine. we ate. it rained. The end."
    habit, _ = check("C002", chatty, glossary, min_confidence=0.0)
    single, _ = check("C002", "The army withdrew, it said. an NGO confirmed the report.", glossary, min_confidence=0.0)
    assert habit[0].evidence["habit"] > 0 and single[0].evidence["habit"] == 0
    assert max(f.confidence for f in habit) <= single[0].confidence


def test_c002_and_c005_offer_the_other_reading(glossary):
    # the capital and the stray stop are two readings of one place: each rule offers the other's fix
    findings, _ = check("C002", "The army withdrew, it said. an NGO confirmed the report.", glossary,
                        min_confidence=0.3)
    assert [(f.replacement, [(a.start, a.edits[0].replacement) for a in f.alternatives]) for f in findings] == \
        [("A", [(26, "")])]
    findings, _ = check("C005", "at the end of the year. that we have planned.", glossary, min_confidence=0.3)
    assert [(f.replacement, [a.edits[0].replacement for a in f.alternatives]) for f in findings] == [("", [",", "T"])]


def test_c001_offers_the_lost_full_stop(glossary):
    findings, _ = check("C001", "the central bank of Egypt With the currency falling", glossary)
    assert [a.edits[0].replacement for a in findings[0].alternatives] == [". "]


# C002's fitted confidence sits near even odds (the real tuning half confirms few of its findings):
# its table counts findings from 0.3
MIN_CONFIDENCE = {"C002": 0.3}

TABLES = {
    **{code: Table(valid=CASES_VALID.get(code, []),
                   invalid=[case if isinstance(case, Invalid) else Invalid(*case) for case in CASES_INVALID.get(code, [])],
                   min_confidence=MIN_CONFIDENCE.get(code, 0.5))
       for code in sorted(set(CASES_VALID) | set(CASES_INVALID))},
}
test_valid, test_invalid = rule_tests(TABLES)


def test_c009_leaves_a_place_name_alone(bundled_glossary):
    # the world glossary knows Rome: its capital is no German noun's, whatever "rome" says
    text = "The citizens of rome cheered and the mayor of Rome spoke at the town hall."
    assert check("C009", text, bundled_glossary, source_lang="de")[0] == []
