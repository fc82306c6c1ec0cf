"""M: merged words. Each table: valid texts (no finding) and invalid ones (flagged text, fixed output)."""


import pytest
from rule_tester import Invalid, Table, rule_tests

from audit.rules.glued_words import _best_split

M001_VALID = [
    # the same glue from English, where "Galicia" is no common word: left alone
    "In Galiciathe orange warning covers the coast.",
    "The rebels took Homs north of Damascus.",
    "Nevertheless, the talks continued.",
    "He posted a photo on LinkedIn and YouTube.",
    "The new iPhone and the PlayStation sold well.",
    "Officials in the U.S. said 3,500 prisoners were freed.",
    "Compile it with -funsigned-char to be safe.",
    "The store is Chinanews, and Chinanews is a brand.",
    "She gave a pushback against the proposal.",
    "Ivan Susanin is one such case.",
    # a short unknown stem before "and" is a surname's ending (Rowland, England)
    "The forecaster Roman Velfand said July would be hot.",
    "Record it in your bankbook.",
    "The amoral, asymmetric and atypical cases of anaerobic bacteria.",  # words English makes with a- and an-
    "Visit www.examplesite.com for details.",
    "Call toString on the object.",
    "Abusaid is a common name.",
    "I finally watched #Heartstopper today.",
    'The reaction of the "Borderguards" association came later.',
    "Robertas and Bruno came; Kinokuni Shinkin Bank agreed.",
    "According to Chinanews com, the number rose; Chinanews dot com said so too.",
    "When Gil Sassover moves between punches, Locomore trains follow.",
    "Investments in the South [Haporeach] grow.",
    "I drank Kulmbacher beer at Baikonor with Mansour.",
    "News from Cornwall: CornwallLive reported it.",
    "Pay with PayPay; the park, LaPark, is in La Paz near Park Street.",
    "Shots by Oliver Bjorkstrand; the borough of Søndre Nordstrand.",
    "Use ScanDisk, Disk Defragmenter and the rest.",
    "Chen Jianlong of Postbank shops at Ministop; Skinfood sells a Powderless toner.",
    "Zelensky will speak at the Eurocouncil summit.",
]

M001_INVALID = [
    ("the strategic city of Homsnorth of Damascus", "Homsnorth", "the strategic city of Homs north of Damascus", 'safe'),
    ("Moscow remains Russiathe main ally.", "Russiathe", "Moscow remains Russia, the main ally.", 'unsafe'),
    ("the country was ruled by Bashar al-Assadfrom 2000", "Assadfrom", "the country was ruled by Bashar al-Assad from 2000", 'safe'),
    ("Ukraineis cleared of mines", "Ukraineis", "Ukraine is cleared of mines", 'unsafe'),
    # an article glued to its noun at a link boundary
    ("Two regions keep an orange notice for amaritime storm.", "amaritime",
     "Two regions keep an orange notice for a maritime storm.", 'unsafe'),
    ('Anna Polin spoke. "It is distorted information," Polinsaid.', "Polinsaid",
     'Anna Polin spoke. "It is distorted information," Polin said.', 'unsafe'),
    ("He arrived on Saturdayat noon.", "Saturdayat", "He arrived on Saturday at noon.", 'unsafe'),
    ("A group of Ukrainianpsychologists met.", "Ukrainianpsychologists", "A group of Ukrainian psychologists met.", 'unsafe'),
    ("Amazon said that Amazoncustomer data was safe.", "Amazoncustomer", "Amazon said that Amazon customer data was safe.", 'unsafe'),
    ("the entire Luhanskand Donetsk regions", "Luhanskand", "the entire Luhansk and Donetsk regions", 'unsafe'),
    ("Prices in Russiaon Monday rose.", "Russiaon", "Prices in Russia on Monday rose.", 'unsafe'),
    ("The Turkish Anadoluagency notes that", "Anadoluagency", "The Turkish Anadolu agency notes that", 'unsafe'),
]


M002_VALID = [
    "More than 3,500 prisoners were freed.",
    "Release time:Apr 16, 2024\n  • Post category:Environment\nThe fires were put out.",  # labels
    "The U.S. and the U.K. agreed.",
    "Read it on example.com today.",
    "Growth was 2.5 percent, i.e. slow.",
    "The variables a,b,c are integers.",
    "The outlet Neva.Today reported it, in the virtual Action.Business centre.",
    "[Source:Xinhua] The report was published.",
    "Write to mailto:desk or call tel:112.",
    "The colours red,green,blue are used.",
    "Note:You must register first.",
    "It met at 10:30 on Monday.",
    "The ratio was 3:1 at 10:30.",
    "He plays in the 2.Bundesliga; see Fig.2.The and version 1.2.Three.",  # a numbered name, a figure, a version
    "The trip ends on March 31.\nEconomy,Haddad,Finance Ministry,fiscal framework",  # a line of tags
    "Tips:\n1.Build a strong community.\n2.Rest when you need to.",  # a list's numbers, written so
]

M002_INVALID = [
    ("Earlier,fighting continued.", ",", "Earlier, fighting continued.", 'safe'),
    # the points of a list run on after a sentence mark; two common words make no dotted name
    ("The team must win!2:Sponsors want a medal.", ("!", ":"), "The team must win! 2: Sponsors want a medal.",
     'safe'),
    ("It failed at the Tokyo Olympics.Especially in 2022, it lost.", ".",
     "It failed at the Tokyo Olympics. Especially in 2022, it lost.", 'safe'),
    ("the army said.The rebels", ".", "the army said. The rebels", 'safe'),
    ("The rebels entered Aleppo.The army left.", ".", "The rebels entered Aleppo. The army left.", 'safe'),
    ("talks failed;fighting resumed", ";", "talks failed; fighting resumed", 'safe'),
    ("docked at the ISS,the agency said", ",", "docked at the ISS, the agency said", 'safe'),
    ("ended in separation,Lopez and Affleck", ",", "ended in separation, Lopez and Affleck", 'safe'),
    ("fired missiles,GMLRS and shells", ",", "fired missiles, GMLRS and shells", 'safe'),
    ("not over yet:the army waits", ":", "not over yet: the army waits", 'safe'),
    ("the laptop.It was broken", ".", "the laptop. It was broken", 'safe'),
    ("a relaxed year in 2022.The trials left are good.", ".", "a relaxed year in 2022. The trials left are good.", 'safe'),
    # prose whose every comma lost its space is no list of tags
    ("Officials said the army,the police and the navy,backed by drones,moved into the town.", (",", ",", ","),
     "Officials said the army, the police and the navy, backed by drones, moved into the town.", ('safe',) * 3),
    ("The talks ended.\nFurthermore,considering the cost", ",", "The talks ended.\nFurthermore, considering the cost", 'safe'),
    ("it rained today;The roads flooded", ";", "it rained today; The roads flooded", 'safe'),
    ("Do not use for industrial chemicals,alcohol, or oils.", ",", "Do not use for industrial chemicals, alcohol, or oils.", 'safe'),
    ("come back to life:sunflowers, toys and houses", ":", "come back to life: sunflowers, toys and houses", 'safe'),
]

M003_VALID = [
    # brands and a common word after a sentence's first preposition
    "ForRoyal is a well-known brand. InDesign and YouTube are programs.",
]

M003_INVALID = [
    ("the critical infrastructure ofUkraine was hit", "ofUkraine", "the critical infrastructure of Ukraine was hit", 'unsafe'),
    ("relations betweenAnkara and Yerevan", "betweenAnkara", "relations between Ankara and Yerevan", 'unsafe'),
    ("Stocks fell. InRussia, prices rose.", "InRussia", "Stocks fell. In Russia, prices rose.", 'unsafe'),
    # at a sentence's start, a preposition glued to a place English knows but seldom writes
    ("Waves reach 5 meters.\n\nInCantabria the alert is orange.", "InCantabria",
     "Waves reach 5 meters.\n\nIn Cantabria the alert is orange.", 'unsafe'),
    ("Elisabeth Borne spoke. Later ElisabethBorne left.", "ElisabethBorne", "Elisabeth Borne spoke. Later Elisabeth Borne left.", 'safe'),
    ("Nitzan met Horowitz. Then NitzanHorowitz spoke.", "NitzanHorowitz", "Nitzan met Horowitz. Then Nitzan Horowitz spoke.", 'unsafe'),
    ("Yegorov called. IlyaYegorov said no.", "IlyaYegorov", "Yegorov called. Ilya Yegorov said no.", 'unsafe'),
    ("She studied at ColumbiaUniversity for years.", "ColumbiaUniversity", "She studied at Columbia University for years.", 'unsafe'),
]

M004_INVALID = [
    ("the army left the countryThe role of Iran grew", "countryThe", "the army left the country. The role of Iran grew", 'unsafe'),
    # the joining mark chosen from what follows: an appositive, a conjunction, a title abbreviation
    ("He chairs the councilThe body that oversees elections.", "councilThe",
     "He chairs the council, the body that oversees elections.", 'unsafe'),
    # a word glued to its own repeat
    ("The mayor spoke. But theThe city leaves us no choice.", "theThe",
     "The mayor spoke. But the city leaves us no choice.", 'unsafe'),
    ("She leaves her husband, piero rossiAnd their two sons.", "rossiAnd",
     "She leaves her husband, piero rossi and their two sons.", 'unsafe'),
    ("The talks collapsed, according to a statementMr. Novak said on Friday.", "statementMr",
     "The talks collapsed, according to a statement. Mr. Novak said on Friday.", 'unsafe'),
]

M003_INVALID += [
    # a name glued to its title: an appositive
    ("The delegates met Ilaria BrunettiMinister of Culture on Monday.", "BrunettiMinister",
     "The delegates met Ilaria Brunetti, Minister of Culture on Monday.", 'unsafe'),
    # a subject pronoun glued after the name that is the clause's subject: a pro-drop trace
    ("The head of the agency, Marta VilaroHe assured that pensions would rise.", "VilaroHe",
     "The head of the agency, Marta Vilaro assured that pensions would rise.", 'unsafe'),
]

M005_VALID = [
    "“We have done everything we could,” he said.",
    "He said “no”, then left the room.",
    "She wrote “The End”.",
    "The 12\"screen and the \"15\"display are on sale.",
    "(S)he will decide on the (re)election and the (counter)attack.",
    "It happened in [PROJECT4]and [PROJECT5] last year.",
    "“Why?” “Because.”",
    "The talks were “useless” said nobody.",
]

M005_INVALID = [
    ("“We have done everything we could,”he said after the vote.", "he",
     "“We have done everything we could,” he said after the vote.", 'safe'),
    ("“Enough!”He shouted at the referee.", "He", "“Enough!” he shouted at the referee.", 'unsafe'),
    ("“We won.”He left the stadium at once.", "He", "“We won.” He left the stadium at once.", 'safe'),
    ("The former leader [of the party]praised the deal.", "]praised",
     "The former leader [of the party] praised the deal.", 'safe'),
    # a closing mark spaced from its quotation: the quotation-mark rules move the space; the
    # speaker's pronoun is lowercased here
    ("“Come on, come on! ”He snapped at the reporters.", "He",
     "“Come on, come on! ”he snapped at the reporters.", 'unsafe'),
]

M006_VALID = [
    "A New Year began in the city.",
    "XBox sales rose. XBox remains popular.",
    "He met the DJ Khaled on stage; MRes students came too.",
    "The IPhone is not how Apple writes it.",
]

M006_INVALID = [
    ("WDue to a strike by train drivers, most trains were cancelled.", "W",
     "Due to a strike by train drivers, most trains were cancelled.", 'unsafe'),
    ("The weekend was calm.\nTThe storm hit the coast on Monday.", "T",
     "The weekend was calm.\nThe storm hit the coast on Monday.", 'safe'),
]

M002_INVALID += [
    # a full stop after a closing quotation mark; a colon before an opening one
    ("gusts of 90 km/h in two hours”.Flooding followed.", ".", "gusts of 90 km/h in two hours”. Flooding followed.", 'safe'),
    ("The coach replied:“Finally, a win.”", ":", "The coach replied: “Finally, a win.”", 'safe'),
]

# New kinds of split, tested whatever confidence the fitted model gives them (it is refitted on
# the tuning data): a word glued to a verb form or a two-letter word, a name glued to a verb form,
# a subject pronoun glued to its noun, a glossary exonym glued to a word (one composed fix)
M001_ANY_CONFIDENCE = [
    ("The mayor presented a housing plangiven the shortage of homes.", "plangiven",
     "The mayor presented a housing plan given the shortage of homes.", 'unsafe'),
    ("Fans cheered the victorycontinued into the night.", "victorycontinued",
     "Fans cheered the victory continued into the night.", 'unsafe'),
    ("The striker Okonkworanked third in the scoring table.", "Okonkworanked",
     "The striker Okonkwo ranked third in the scoring table.", 'unsafe'),
    ("She moved her bodyto the rhythm.", "bodyto", "She moved her body to the rhythm.", 'unsafe'),
    ("The family is in painso we ask for privacy.", "painso", "The family is in pain so we ask for privacy.", 'unsafe'),
    ("The ministrythey will hold talks on Monday.", "ministrythey", "The ministry will hold talks on Monday.", 'unsafe'),
    ("Officials said that the ministrythey will hold talks.", "ministrythey",
     "Officials said that the ministry will hold talks.", 'unsafe'),
    ("The army captured the ministrythey will hold talks.", "ministrythey",
     "The army captured the ministry. They will hold talks.", 'unsafe'),
    ("In the ministrythey will hold talks.", "ministrythey", "In the ministry they will hold talks.", 'unsafe'),
    ("Rebels advanced on Alepnorth of the capital.", "Alepnorth", "Rebels advanced on Aleppo north of the capital.", 'unsafe'),
    # a name the source language knows well, kept by the MT, glued to a function word
    Invalid("In Galiciathe orange warning covers the coast.", "Galiciathe",
            "In Galicia, the orange warning covers the coast.", 'unsafe', source_lang="es"),
]


TABLES = {
    "M001": Table(M001_VALID, [Invalid(*case) for case in M001_INVALID]),
    "M002": Table(M002_VALID, [Invalid(*case) for case in M002_INVALID]),
    "M003": Table(M003_VALID, [Invalid(*case) for case in M003_INVALID]),
    "M004": Table([], [Invalid(*case) for case in M004_INVALID]),
    "M005": Table(M005_VALID, [Invalid(*case) for case in M005_INVALID], min_confidence=0.0),
    "M006": Table(M006_VALID, [Invalid(*case) for case in M006_INVALID], min_confidence=0.0),
}
test_valid, test_invalid = rule_tests(TABLES)
_, test_invalid_any_confidence = rule_tests(
    {"M001": Table([], [case if isinstance(case, Invalid) else Invalid(*case) for case in M001_ANY_CONFIDENCE],
                   min_confidence=0.0)})


@pytest.mark.parametrize("token,kind", [
    ("victoryanswered", "word_verb"), ("Burukevaluated", "name_verb"), ("bodyto", "word_function_word"),
    ("ministrythey", "word_pronoun"),
    # closed compounds English has not attested: a prefix, or a word that ends many compounds, is
    # no glued pair; two content words that head and end few compounds are a weak one
    ("pretrained", None), ("autogenerated", None), ("forkballs", None),
    ("saucemaking", None), ("counterprotesters", None), ("policeambulance", "content_pair"),
    # names that end in an English word are no glue
    ("Kettering", None), ("Sandringham", None), ("Hastings", None),
])
def test_split_kinds(token, kind, glossary):
    """The kind of split decides the evidence; compounds and names never read as a glued verb."""
    split = _best_split(token, glossary.name_words, lambda word: False, glossary.one_word_names)
    assert (split[3] if split else None) == kind
