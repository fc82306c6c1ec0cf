"""C: capitalisation and punctuation. Valid texts (no finding) and invalid ones (flagged text, fixed output)."""


from conftest import check
from rule_tester import Invalid, Table, rule_tests

CASES_VALID = {
    "C001": [
        "Russia and Iran back the government.",
        "Russia And Iran Meet In Geneva To Discuss Syria",  # a headline
        "He works for The Washington Post in Beirut.",
        "The film \"Everybody Dies But Me\" was shown.",
        "2 The other party answered the call.",
        "She said: The time has come.",
        "The Hague court ruled on Monday.",
        "#local #news The first issue of the magazine was printed.",
        "Radcliffe will star in the film adaptation of On the Western Front next year.",
    ],
    "C002": [
        "Prices rose 5% (excl. tax) last year.",
        "The U.S. army left. It said so.",
        "Wait... and then it came.",
        "He bought an iPhone. iPhones are popular.",
        "Is it true? yes, it is.",
        "Set it after the -ec option. matter.",
        "I don't know about that though. lol",
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
        "The bill was called “a disaster.” , in the words of one deputy.",  # the doubled mark: C003
    ],
    "C007": [
        "It may rain on Monday; troops march at 5 and level 1 may select a mode.",
        "They ate french fries in Kyiv on May 22.",
        "The Ukrainian army and the French Foreign Ministry agreed in August.",
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

CASES_INVALID = {
    "C001": [
        ("Relations between Russia And Iran have deepened.", "And", "Relations between Russia and Iran have deepened.", 'unsafe'),
        ("The war in Syria Since 2015 has displaced millions.", "Since",
         "The war in Syria since 2015 has displaced millions.", 'safe'),
        ("the rule of The family lasted decades", "The", "the rule of the family lasted decades", 'safe'),
        ("the fate of The Al Assad family", "The", "the fate of the Al Assad family", 'unsafe'),
    ],
    "C002": [
        # pointed at without a fix: the capital is an alternative, the full stop may be the error
        ("The army withdrew, it said. an NGO confirmed the report.", "a",
         "The army withdrew, it said. an NGO confirmed the report.", 'display-only'),
        ("to allocate 100 billion rubles to airlines. and capitalize Aeroflot", "a",
         "to allocate 100 billion rubles to airlines. and capitalize Aeroflot", 'display-only'),
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


def test_c002_offers_the_capital_as_an_alternative(glossary):
    findings, _ = check("C002", "The army withdrew, it said. an NGO confirmed the report.", glossary,
                        min_confidence=0.3)
    assert [(f.replacement, [a.edits[0].replacement for a in f.alternatives]) for f in findings] == [(None, ["A"])]


# C002's fitted confidence sits near even odds (the real tuning half confirms few of its findings):
# its table counts findings from 0.3
MIN_CONFIDENCE = {"C002": 0.3}

TABLES = {
    **{code: Table(valid=CASES_VALID.get(code, []),
                   invalid=[Invalid(*case) for case in CASES_INVALID.get(code, [])],
                   min_confidence=MIN_CONFIDENCE.get(code, 0.5))
       for code in sorted(set(CASES_VALID) | set(CASES_INVALID))},
}
test_valid, test_invalid = rule_tests(TABLES)
