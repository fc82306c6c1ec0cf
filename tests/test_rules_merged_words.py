"""M: merged words. Each table: valid texts (no finding) and invalid ones (flagged text, fixed output)."""


from rule_tester import Invalid, Table, rule_tests

M001_VALID = [
    "The rebels took Homs north of Damascus.",
    "Nevertheless, the talks continued.",
    "He posted a photo on LinkedIn and YouTube.",
    "The new iPhone and the PlayStation sold well.",
    "Officials in the U.S. said 3,500 prisoners were freed.",
    "Compile it with -funsigned-char to be safe.",
    "The store is Chinanews, and Chinanews is a brand.",
    "She gave a pushback against the proposal.",
    "Ivan Susanin is one such case.",
    "Record it in your bankbook.",
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
    "The U.S. and the U.K. agreed.",
    "Read it on example.com today.",
    "Growth was 2.5 percent, i.e. slow.",
    "The variables a,b,c are integers.",
    "The outlet Neva.Today reported it.",
    "[Source:Xinhua] The report was published.",
    "Write to mailto:desk or call tel:112.",
    "The colours red,green,blue are used.",
    "Note:You must register first.",
    "It met at 10:30 on Monday.",
]

M002_INVALID = [
    ("Earlier,fighting continued.", ",", "Earlier, fighting continued.", 'safe'),
    ("the army said.The rebels", ".", "the army said. The rebels", 'safe'),
    ("The rebels entered Aleppo.The army left.", ".", "The rebels entered Aleppo. The army left.", 'safe'),
    ("talks failed;fighting resumed", ";", "talks failed; fighting resumed", 'safe'),
    ("docked at the ISS,the agency said", ",", "docked at the ISS, the agency said", 'safe'),
    ("ended in separation,Lopez and Affleck", ",", "ended in separation, Lopez and Affleck", 'safe'),
    ("fired missiles,GMLRS and shells", ",", "fired missiles, GMLRS and shells", 'safe'),
    ("not over yet:the army waits", ":", "not over yet: the army waits", 'safe'),
    ("the laptop.It was broken", ".", "the laptop. It was broken", 'safe'),
    ("The talks ended.\nFurthermore,considering the cost", ",", "The talks ended.\nFurthermore, considering the cost", 'safe'),
    ("it rained today;The roads flooded", ";", "it rained today; The roads flooded", 'safe'),
    ("Do not use for industrial chemicals,alcohol, or oils.", ",", "Do not use for industrial chemicals, alcohol, or oils.", 'safe'),
    ("come back to life:sunflowers, toys and houses", ":", "come back to life: sunflowers, toys and houses", 'safe'),
]

M003_INVALID = [
    ("the critical infrastructure ofUkraine was hit", "ofUkraine", "the critical infrastructure of Ukraine was hit", 'unsafe'),
    ("relations betweenAnkara and Yerevan", "betweenAnkara", "relations between Ankara and Yerevan", 'unsafe'),
    ("Stocks fell. InRussia, prices rose.", "InRussia", "Stocks fell. In Russia, prices rose.", 'unsafe'),
    ("Elisabeth Borne spoke. Later ElisabethBorne left.", "ElisabethBorne", "Elisabeth Borne spoke. Later Elisabeth Borne left.", 'safe'),
    ("Nitzan met Horowitz. Then NitzanHorowitz spoke.", "NitzanHorowitz", "Nitzan met Horowitz. Then Nitzan Horowitz spoke.", 'unsafe'),
    ("Yegorov called. IlyaYegorov said no.", "IlyaYegorov", "Yegorov called. Ilya Yegorov said no.", 'unsafe'),
    ("She studied at ColumbiaUniversity for years.", "ColumbiaUniversity", "She studied at Columbia University for years.", 'unsafe'),
]

M004_INVALID = [
    ("the army left the countryThe role of Iran grew", "countryThe", "the army left the country. The role of Iran grew", 'unsafe'),
]


TABLES = {
    "M001": Table(M001_VALID, [Invalid(*case) for case in M001_INVALID]),
    "M002": Table(M002_VALID, [Invalid(*case) for case in M002_INVALID]),
    "M003": Table([], [Invalid(*case) for case in M003_INVALID]),
    "M004": Table([], [Invalid(*case) for case in M004_INVALID]),
}
test_valid, test_invalid = rule_tests(TABLES)
