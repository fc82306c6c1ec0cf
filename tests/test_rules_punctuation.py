"""C012-C024: quotation marks, dialogue dashes, numbers and marks set the source's way. Valid texts
(no finding) and invalid ones (flagged text, fixed output, applicability)."""

from rule_tester import Invalid, Table, rule_tests

TABLES = {
    "C012": Table(
        valid=["“We will win,” she said, “and soon.”",
               "He quoted the ’90s hit and the players’ union’s ‘final offer’.",
               "Ivanna, I”ll explain it to you.",  # a slip for an apostrophe, not a quotation mark
               "”",  # a mark alone: nothing says which way it points
               "The German press wrote „Sieg“ on Monday."],  # R003's
        invalid=[
            Invalid("The minister called it “a necessary step“, and left.", "“",
                    "The minister called it “a necessary step”, and left.", "safe"),
            Invalid("The coach replied:”Finally, a win“.", ("”", "“"), "The coach replied:“Finally, a win”.",
                    ("safe", "safe")),
            Invalid("Fans sang ‘Never again‘, a protest song.", "‘", "Fans sang ‘Never again’, a protest song.", "safe"),
            # the paragraph's last mark closes the quotation still open, and takes the space after it
            Invalid("“We played well, the game has changed, “Stukalov noted.", " “",
                    "“We played well, the game has changed,” Stukalov noted.", "unsafe"),
            # a closing mark spaced from the quotation loses the space
            Invalid("He said “real income fell by 20 percent “. Then he left.", " “",
                    "He said “real income fell by 20 percent”. Then he left.", "safe"),
            # a quotation opened with a straight mark closes with one
            Invalid('He called it "an act against the state.“ The party agreed.', "“",
                    'He called it "an act against the state." The party agreed.', "safe"),
        ],
    ),
    "C013": Table(
        valid=["“We will win,” she said.",
               "“He told me, ‘Get off in Glasgow,’ ” the driver said.",  # nested marks spaced apart
               "The list is published in the \"\"Financing Information\"\" section.",
               "He wrote “ so"],  # never closed: the pairing cannot place it
        invalid=[
            Invalid("Storms may last for another “ hour or two”.", "“ ", "Storms may last for another “hour or two”.", "safe"),
            Invalid("“Well done, good job ”.", " ”", "“Well done, good job”.", "safe"),
            Invalid("“We showed a good game, ”said the coach.", " ”", "“We showed a good game,” said the coach.", "safe"),
        ],
    ),
    "C014": Table(
        valid=["- What the program covers this week.\nWho lives there.\n- Why the town has no phones.",
               "- We send out alerts when fares fall. - We provide links to book them. - We never sell tickets.",
               "The plan – he said – was flawed from the start.",
               "The army held the line – a costly choice, the analysts said at length in their report.",
               "The talks ended, – said the envoy.",  # an en dash with no speech opened: a translator's choice
               "The army held. – The losses – heavy ones – were hidden, the officer said.",  # parenthetical dashes
               'He called the deal "historic" — and said more would follow.',  # no speaker opens the clause
               'They called it "a serious escalation" — a warning echoed in the report.',
               '- Han aims at Lee, "Even if it takes time, we will win." The rally goes on.\n'
               '- Lee rallies the day after his sentencing... "I will never die."'],  # headline list items
        invalid=[
            Invalid("– We will not give up the city. The defence holds, and it will hold, – said the mayor.",
                    ("– ", " –"), "“We will not give up the city. The defence holds, and it will hold,” said the mayor.",
                    ("safe", "safe")),
            # the speech runs over two paragraphs to its attribution
            Invalid("Genich spoke after the match:\n\n– How is this different from what he said before? "
                    "It hurts our eyes.\n\nThe club will not change the coach, – said Genich.",
                    ("– ", " –"), "Genich spoke after the match:\n\n“How is this different from what he said before? "
                    "It hurts our eyes.\n\nThe club will not change the coach,” said Genich.", ("safe", "safe")),
            # no attribution: the speech ends with its paragraph, where the rule closes it (unsafe)
            Invalid("The coach spoke:\n\n– We face a great team. It is hard to play against them.\n\nThe league resumes.",
                    "– ", "The coach spoke:\n\n“We face a great team. It is hard to play against them.”\n\nThe league resumes.",
                    "unsafe"),
            Invalid("Police identified the man as a local resident - the police said.", " -",
                    "Police identified the man as a local resident, the police said.", "safe"),
            Invalid('the "Steinmeier formula", - noted Zelensky.', ", -", 'the "Steinmeier formula", noted Zelensky.',
                    "safe"),
            Invalid("– We watched the film “Mother” yesterday and we liked it a lot, – said Anna.", ("– ", " –"),
                    "“We watched the film “Mother” yesterday and we liked it a lot,” said Anna.", ("safe", "safe")),
            Invalid("– We will hold the city whatever it costs us. – said the mayor.", ("– ", ". –"),
                    "“We will hold the city whatever it costs us,” said the mayor.", ("safe", "safe")),
            # an abbreviation keeps its full stop; a hyphen inside a word is no second dash
            Invalid("– We will work with our partners in the U.S. – said the mayor.", ("– ", " –"),
                    "“We will work with our partners in the U.S.,” said the mayor.", ("safe", "safe")),
            Invalid("The raid ended. – It was a well-known case for all of us – emphasized the officer.",
                    ("– ", " –"), "The raid ended. “It was a well-known case for all of us,” emphasized the officer.",
                    ("safe", "safe")),
            # speech opened by a dash inside the paragraph, closed by a dash and its speaker (Polish copy)
            Invalid("Nearly 500 officers took part. – There are 25 suspects in the case – emphasized the officer.",
                    ("– ", " –"), "Nearly 500 officers took part. “There are 25 suspects in the case,” emphasized the officer.",
                    ("safe", "safe")),
            # a dash between a closed quotation and its speaker
            Invalid('"Winter lowers the temperature slowly" — said the centre. "Snow is likely," — said the centre.',
                    ('" —', " —"), '"Winter lowers the temperature slowly," said the centre. "Snow is likely," said the centre.',
                    ("safe", "safe")),
            # Russian punctuation: a comma after the closing mark, then a dash
            Invalid("“The fund will get 99 billion roubles next year”, – he said.", " –",
                    "“The fund will get 99 billion roubles next year”, he said.", "safe"),
            Invalid('"It was important to show what people face now, – says the playwright.', " –",
                    '"It was important to show what people face now," says the playwright.', "safe"),
        ],
    ),
    "C015": Table(
        valid=["“We will double exports by 2030.”\n\n“And more,” he added.", "He said “so” and left."],
        invalid=[Invalid("“We will double our exports by 2030.” “\n\nHe added more.", " “",
                         "“We will double our exports by 2030.”\n\nHe added more.", "safe")],
    ),
    "C016": Table(
        valid=["He scored 3. Then the team left.", "Growth was 2.5 percent in 2019.",
               "1. Preheat the oven.", "The vote on 5 May passed. May was calm."],
        invalid=[
            Invalid("The team finished in the 5. place.", ".", "The team finished in the 5th place.", "safe"),
            Invalid("The vote is set on 22. May 2024.", ".", "The vote is set on 22 May 2024.", "safe"),
            Invalid("Goals: Werner (51., Gosens), Gaya (96.)", (".", "."), "Goals: Werner (51, Gosens), Gaya (96)",
                    ("safe", "safe")),
        ],
    ),
    "C017": Table(
        valid=["The meeting starts at 10:30 and Spain won 1-0.", "Group 3: 5 teams qualify.",
               "The ratio was 2:1 in 2020."],
        invalid=[
            Invalid("Spartak lost to CSKA (0: 1) on Sunday.", "0: 1", "Spartak lost to CSKA (0:1) on Sunday.", "safe"),
            Invalid("Werner made it 1 : 0 before the break.", "1 : 0", "Werner made it 1:0 before the break.", "safe"),
            Invalid("Wind speeds range from 50: 65 km per hour.", ": ", "Wind speeds range from 50 to 65 km per hour.",
                    "safe"),
        ],
    ),
    "C018": Table(
        valid=["Gusts reached 100 km/h.", "Use and / or as you like.", "It charges in 1.5 hours HFP/A2DP/ HSP/AVRCP."],
        invalid=[Invalid("Gusts reached 100 km / h on the coast.", "km / h", "Gusts reached 100 km/h on the coast.", "safe")],
    ),
    "C019": Table(
        valid=["The crowd chanted ¡Viva México! outside.", "Did he touch it twice?"],
        invalid=[Invalid("Did he touch it twice or not? ¡That was a penalty and everyone saw it!", "¡",
                         "Did he touch it twice or not? That was a penalty and everyone saw it!", "safe")],
    ),
    "C020": Table(
        valid=["“We will hold the city ... whatever it costs,” he said.", "“We will hold [...] the city,” he said.",
               "The score (3) was final.", "“I admire the country (…). In this episode I was clear,” he said."],
        invalid=[
            Invalid("“We will hold the city <...> whatever it costs,” he said.", "<...>",
                    "“We will hold the city ... whatever it costs,” he said.", "safe"),
            Invalid("“We will hold <…> the city,” he said.", "<…>", "“We will hold … the city,” he said.", "safe"),
        ],
    ),
    "C021": Table(
        valid=["The talks (held in Geneva) ended.", "1 ) Preheat the oven.", "( )", "f( x ) is a function."],
        invalid=[Invalid("The talks ( held in Geneva ) ended.", ("( ", " )"), "The talks (held in Geneva) ended.",
                         ("safe", "safe"))],
    ),
    "C022": Table(
        valid=["Russia's ministry spoke.", "He said 'so' and left.", "The 1990 's were calm."],
        invalid=[Invalid("Russia 's foreign ministry summoned the envoy.", " 's", "Russia's foreign ministry summoned the envoy.",
                         "safe")],
    ),
    "C023": Table(
        valid=["“Is it over?” he asked, “or not?”", "The road was closed. - It reopened later.",
               "Of course, it is hard sometimes))", "I gave it 4 stars. -The panel is soft. -The tone is loud.",
               "He said (twice)) Then he left.",
               'Winter is lowering the " degree ", keeping the air mild.'],  # a closing mark spaced from its word
        invalid=[
            Invalid("“, Is a very large storm”: the station is full.", ", ", "“Is a very large storm”: the station is full.",
                    "safe"),
            Invalid("The road was closed. -It was also hit by a mudslide.", "-",
                    "The road was closed. It was also hit by a mudslide.", "safe"),
            Invalid("Unless some record happens in the winter)) Because tomorrow it is warm.", "))",
                    "Unless some record happens in the winter. Because tomorrow it is warm.", "safe"),
        ],
    ),
    "C024": Table(
        valid=["US-led forces and UN-backed talks reached the EU-wide market.", "The F-16 flew; COVID-19 spread.",
               "The SVP-chief said so."],  # English compounds; no name after the title
        invalid=[
            Invalid("The invitation is welcome, says CVP-President Gerhard Pfister.", "-",
                    "The invitation is welcome, says CVP President Gerhard Pfister.", "safe"),
            Invalid("SVP-chief Albert Rösti stresses unity.", "-", "SVP chief Albert Rösti stresses unity.", "safe"),
        ],
        min_confidence=0.3,  # fitted on two real findings
    ),
    "C025": Table(
        valid=["Pre- and post-war rules differ; two- or three-day trips.", "Use the -ec flag.",
               'He said - "Maybe" - then left.', "It is like what- when I started, any- any update.",
               "- A list item\n- Another one", "He paused- then walked out; the result- announced on Monday- surprised.",
               "I don't- won't go."],
        invalid=[
            Invalid("Winds from the south- west reached a 22 -year -old record.", ("- ", " -", " -"),
                    "Winds from the south-west reached a 22-year-old record.", ("safe", "safe", "safe")),
            Invalid("the establishment of the self -operated place", " -", "the establishment of the self-operated place",
                    "safe"),
        ],
        min_confidence=0.3,  # fitted on one real finding
    ),
    "R003": Table(
        valid=[],
        invalid=[Invalid("He wants to believe that he touched it ». And then he left.", " »",
                         "He wants to believe that he touched it”. And then he left.", "safe")],
    ),
}
test_valid, test_invalid = rule_tests(TABLES)
