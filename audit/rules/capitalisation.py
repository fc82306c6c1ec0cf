"""Capitalisation and punctuation residue: capitals mid-sentence, lowercase starts, stray marks."""

from __future__ import annotations

import regex

from audit.language.lexicon import english, zipf
from audit.language.spans import (
    compiled,
    is_headline,
    line_bounds,
    mid_sentence,
    word_after,
    word_before,
)
from audit.model import Applicability, Category, Fix, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.lowercase_names import nationalities
from audit.rules.stray_full_stop import lowercase_after_stops

_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}+(?![\p{L}\-'’])")
def _title_follows(text: str, pos: int) -> bool:
    """'On the Western Front', 'Of the Rings': lowercase function words, then a capitalised word."""
    function_words = english()["function_words"]
    for i in range(3):
        nxt = word_after(text, pos)
        if nxt is None:
            return False
        word = nxt.group()
        if word.lower() not in function_words or word[0].isupper():
            return i > 0 and word[0].isupper()
        pos = nxt.end()
    return False


_OPENING_PHRASE_WORDS = 4  # "For its part,": a sentence's opening phrase is this short


def _after_opening_phrase(ctx: Context, pos: int) -> bool:
    """Whether only a short phrase, capitalised at its sentence's start, stands between the
    sentence's start and the comma before `pos`."""
    start = ctx.sentence_start(pos)
    words = compiled(r"\p{L}+").findall(ctx.text, start, pos)
    return 0 < len(words) <= _OPENING_PHRASE_WORDS and words[0][0].isupper() and ctx.text[start:pos].count(",") == 1


_TITLE_RUN = regex.compile(r"(?:\p{Lu}\p{L}*,?[ \t\u00a0]+){3}$")


def _title_run(text: str, pos: int) -> bool:
    """Three capitalised words in a row before `pos`, a capitalised function word among them
    ("Eat This, Not That"): title case, not a stray capital."""
    run = _TITLE_RUN.search(text, max(0, pos - 60), pos)
    return bool(run) and any(w.lower() in english()["function_words"] for w in regex.findall(r"\p{L}+", run.group()))


@rule(
    "C001",
    "capitalised-function-word",
    category=Category.GRAMMAR,
    severity=Severity.MINOR,
    example="Relations between Russia And Iran have deepened.",
    evidence_against=("others_in_document",),
)
def capitalised_function_word(ctx: Context, emit: Emit) -> None:
    """A function word capitalised in mid-sentence ("Syria Since 2015", "Russia And Iran").

    What it does: flags an article, conjunction or preposition (the list in
    audit/data/english.yaml) written with a capital after a word on the same line; after a comma,
    a conjunction, or a preposition before a lowercase word ("For its part, In the Basque
    Country").

    Why is this bad: MT systems carry the capital of a source-language sentence start, or of a
    lost paragraph boundary, into the middle of an English sentence.

    Leaves alone: title-case lines (headlines) and title-case runs ("the Eat This, Not That
    portal"), the start of a sentence or quotation, after a colon or dash, function words that
    belong to a glossary name ("The Hague"), and function words before a capitalised phrase that
    is not a glossary name ("the novel On the Shore", "The Washington Post"): a title or a name,
    as often as not.

    Confidence: strong when a lowercase word follows; weaker where a lost full stop is as likely
    ("completed The total") and in documents that do it often.

    Fix (safe for strong cases, unsafe otherwise): lowercase the word; delete it where it repeats
    the word before ("of the The dollar"). Where a full stop may have been lost instead
    ("completed The total"), no fix: the finding only points at it.
    """
    text = ctx.text
    function_words = english()["function_words"]
    starts = {m.start: m for m in ctx.mentions}
    hits = []
    compounds = english()["compound_prepositions"]
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        low = word.lower()
        nxt = word_after(text, m.end())
        compound = nxt is not None and f"{low} {nxt.group()}" in compounds  # "Japan Due to river flooding"
        if (low not in function_words and not compound) or low in english()["capitalised_fine"]:
            continue
        # after a comma only a conjunction: "my friend”, And Pérez responded" (a capital after a comma
        # is otherwise a writer's comma splice: "..., It is")
        # nor a preposition before a lowercase word after a short opening phrase ("For its part, In
        # the Basque Country"; after a clause, "..., In the future, I" is a comma splice)
        preposition = low in english()["prepositions"] and nxt is not None and nxt.group()[:1].islower() \
            and _after_opening_phrase(ctx, m.start())
        after_comma = (low in english()["clause_conjunctions"] or preposition) and not mid_sentence(text, m.start()) \
            and mid_sentence(text, m.start(), after_comma=True) \
            and not _quoted_title(text, m.start(), m.end())
        if not (mid_sentence(text, m.start()) or after_comma) or ctx.in_mention(m.start(), m.start() + 1):
            continue
        if is_headline(text, m.start()):
            continue
        before = word_before(text, m.start())
        if before and "." in before:
            continue  # "U.S. And" could be a sentence end
        if text[max(0, m.start() - len(before) - 2) : m.start()].lstrip()[:1] in ("#", "@"):
            continue  # "#nrw #news The first issue": a run of hashtags ends where the sentence starts
        if before[:1].isupper() and (nxt := word_after(text, m.end())) and nxt.group()[:1].isupper() and _quoted(text, m.start()):
            continue  # a title in quotation marks: "Everybody Dies But Me"
        if _title_run(text, m.start()):
            continue  # "the Eat This, Not That portal": a title written in title case
        number = compiled(r"[ \t\u00a0]+\d").match(text[m.end() : m.end() + 3])
        if nxt is None and not number:
            continue
        after = nxt.group() if nxt else "0"
        after_function_word = before.lower() in english()["never_final"]
        if number and low in english()["before_numbers"]:
            branch = "before_number"  # "Syria Since 2015", "fighting In 2012": a preposition before a date
        elif after_comma:
            branch = "after_comma"
        elif low == "the" and after.lower() in nationalities() and not _capital_after(text, nxt.end()):
            branch = "before_nationality"  # "in a brilliant career The Mexican prevailed" ("The Venetian Macau": a name)
        elif _title_follows(text, m.end()):
            continue  # "the novel On the Shore", "works for The Washington Post": a title or a name
        elif after[0].islower():
            # "of The city": certain; "completed The total": a lost full stop is as likely
            if after_function_word or (low not in english()["sentence_openers"] and not compound):
                branch = "lowercase_after"
            else:
                branch = "possible_sentence_start"
        elif (
            nxt is not None
            and nxt.start() in starts
            and starts[nxt.start()].form.entity.is_person
            and not starts[nxt.start()].text.lower().startswith(low + " ")
        ):
            branch = "before_person"  # "of The Al Assad family": a person's name takes no article
        elif low in ("and", "or", "but", "since", "nor"):
            branch = "conjunction_rare" if zipf(after.lower()) < 4.0 else "conjunction_common"
        else:
            continue  # "works for The Washington Post": a title or a name, as often as not
        hits.append((m.start(), m.end(), word, branch))
    # a text that often runs sentences together without a full stop ("good The color") has a
    # habit, not an MT artifact: weigh each hit by how many others the document has
    for start, end, word, branch in hits:
        evidence = {branch: 1.0, "others_in_document": min(3, len(hits) - 1) / 3}
        if branch == "possible_sentence_start":
            # a lost full stop is as likely as a stray capital. A determiner after a lowercase word
            # opens a new subject ("the work was completed The total assets"): the stop comes first;
            # a preposition or a capital after a name is the capital's error ("Central Bank of Egypt
            # With the currency falling"): the lowercase comes first. Either way the other is offered
            prev_end = len(text[max(0, start - 40):start].rstrip()) + max(0, start - 40)
            stop, lower = Fix.replacing(prev_end, start, ". "), Fix.replacing(start, end, word.lower())
            after_name = word_before(text, start)[:1].isupper()
            first, other = (stop, lower) if word.lower() in english()["determiners"] and not after_name else (lower, stop)
            emit(start, end, f"'{word}' is capitalised in mid-sentence: lowercase it, or a full stop is missing before it",
                 evidence={**evidence, "after_name": after_name}, edits=first.edits,
                 applicability=Applicability.UNSAFE, alternatives=[other])
            continue
        if word_before(text, start).lower() == word.lower():
            # "of the The dollar": lowercasing would leave the word twice; the repeat goes
            gap = len(text[:start].rstrip(" \t\u00a0"))
            emit(gap, end, f"'{word}' is capitalised in mid-sentence and repeats the word before it",
                 evidence=evidence, replacement="", applicability=Applicability.SAFE)
            continue
        # the lowercase is the one repair where nothing but the capital is odd
        sure = branch in ("before_number", "lowercase_after", "after_comma")
        emit(start, end, f"'{word}' is capitalised in mid-sentence", evidence=evidence, replacement=word.lower(),
             applicability=Applicability.SAFE if sure else Applicability.UNSAFE)


@rule(
    "C002",
    "lowercase-sentence-start",
    category=Category.GRAMMAR,
    severity=Severity.MINOR,
    example="The army withdrew, it said. an NGO confirmed the report.",
    evidence_for=("opens_clause",),
    evidence_against=("habit",),
)
def lowercase_sentence_start(ctx: Context, emit: Emit) -> None:
    """A sentence that starts with a lowercase letter after a full stop ("it said. an NGO").

    What it does: flags a lowercase word after a full stop (not after ? or !, where a title or
    a quotation often goes on in lowercase) that starts words of their own: the reading of
    stray_full_stop.py, shared with C005, which takes the stops that are stray instead.

    Why is this bad: MT systems cut a sentence where the source had a line break or a footnote,
    or lose a capital; either way the reader stumbles.

    Leaves alone: after abbreviations (etc., e.g., U.S., a.m., the list in
    audit/data/english.yaml), after ellipses, words with inner capitals ("iPhone"), one-word
    debris ("the -ec option. matter.", "shock”. shock”."), a few capitalised words after a
    lowercase one ("also Météo-France.": a label, not a sentence); and a word that goes on with the
    sentence before ("the year. that we", "”. this source said."): the stop is stray (C005).

    Confidence: higher where the words after the stop open a clause of their own (a subject
    pronoun or determiner first: "but he allowed"); lower in documents that often start sentences
    in lowercase (chat or social media style, where it is the writer's habit).

    Fix (safe where the words after the stop open a clause of their own, unsafe otherwise): the
    capital. Deleting the stop is the alternative: in machine translation the stop is as often the
    error ("airlines. and capitalize Aeroflot": a sentence cut in two).
    """
    text = ctx.text
    hits = [s for s in lowercase_after_stops(text) if s.verdict == "capital"]
    # a writer who often starts sentences in lowercase has a habit, not an MT artifact: judge each
    # hit by how often the *other* sentences in the document start in lowercase
    uppercase_starts = len(compiled(r"[.!?][ \t\u00a0]+\p{Lu}").findall(text))
    others = len(hits) - 1
    habit = others / (others + uppercase_starts) if others >= 2 else 0.0
    for s in hits:
        sure = bool(s.evidence["opens_clause"]) and habit == 0.0
        emit(s.start, s.start + 1, f"sentence starts with a lowercase letter: '{s.word}' (or the full stop before it is stray)",
             evidence={**s.evidence, "habit": max(0.0, habit - 0.05)}, replacement=s.word[0].upper(),
             applicability=Applicability.SAFE if sure else Applicability.UNSAFE,
             alternatives=[Fix.replacing(s.stop, s.stop + 1, "")])


def _capital_after(text: str, pos: int) -> bool:
    """Whether a capitalised word follows `pos`, after spaces only."""
    nxt = word_after(text, pos)
    return nxt is not None and nxt.group()[:1].isupper()


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Capitalised words on both sides of a comma, in quotation marks ("“Love, And Other Drugs”")."""
    before = word_before(text, text.rfind(",", 0, start))
    return _quoted(text, start) and _capital_after(text, end) and before[:1].isupper()


def _quoted(text: str, pos: int) -> bool:
    start, _ = line_bounds(text, pos)
    opening = sum(text.count(q, start, pos) for q in "“«\"")
    closing = text.count("”", start, pos) + text.count("»", start, pos)
    return opening > closing if "“" in text[start:pos] or "«" in text[start:pos] else text.count('"', start, pos) % 2 == 1

