"""Random text built from the tokens the rules care about: no crash, offsets exact, fixes clean."""

import random

from audit.document import Document
from audit.engine import find_all
from audit.fixer import apply_fixes
from audit.rules import select_rules

TOKENS = ["Homs", "north", "He", "It", "his", "the", "The", "And", "group", "HTS", "al", "Chareh", "«", "»",
          "„", "“", "”", ",", ".", ". .", ";", ":", "(", ")", "\n", "\n\n", "\r\n", "3,500", "U.S.", "  ", "é",
          "ş", "Дамаск", "'", "’s", "-", "Hayat", "Tahrir", "al-Sham", "OSDH", "Alep", "countryThe",
          "Russiathe", "said.The", "\u00a0", "…", "?", "!", "http://a.b/c", "a@b.co", "`code`", "---\n",
          "date 2024-01-01 ", "Since", "2015", "In", "Of", "al Chareh", "Ahmed", "Asad"]


def test_random_token_soup(bundled_glossary):
    rng = random.Random(7)
    rules = select_rules()
    for _ in range(600):
        text = "".join(rng.choice(TOKENS) + rng.choice([" ", "", " "]) for _ in range(rng.randint(0, 40)))
        doc = Document("<fuzz>", text, kind=rng.choice(["text", "markdown"]))
        findings = [f for f in find_all(doc, bundled_glossary, rules) if f.confidence >= 0.5]
        for f in findings:
            assert 0 <= f.start <= f.end <= len(text) and text[f.start : f.end] == f.text
        fixed = apply_fixes(text, findings)
        # a fix never deletes a letter it was not pointed at
        assert sum(c.isalpha() for c in fixed) >= sum(c.isalpha() for c in text) - sum(
            sum(c.isalpha() for c in f.text) for f in findings
        )
