"""Glue in camel case: two words run together where the second keeps its capital ("ElisabethBorne",
"ofUkraine"), or two sentences where the full stop and space were lost ("countryThe")."""

from __future__ import annotations

from collections.abc import Callable

import regex

from audit.language.lexicon import english, zipf
from audit.language.spans import sentence_initial
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.glue_joins import join
from audit.rules.glued_words import camel_split, glued_tokens


def _reading(part: str, i: int, names: frozenset[str], one_word_names: frozenset[str], text: str,
             alone: Callable[[str], bool], end: int) -> tuple[str, Applicability, dict] | None:
    """How a camel-case token text[end - len(part):end] reads: ("glue", ...) two words run
    together, ("sentence", ...) two sentences, or None (a brand or a name): with its applicability
    and evidence."""
    left, right = part[:i], part[i:]
    zl, zr = zipf(left.lower()), zipf(right.lower())
    data = english()
    # a title abbreviation before its full stop starts a sentence as a function word does ("statementMr. Novak")
    title = right.lower() in data["abbreviations"] and right.lower() in data["person_heads"] and text[end : end + 1] == "."
    function_word = right.lower() in data["function_words"] or right in data["subject_pronouns"] or title

    def glued(applicability=Applicability.UNSAFE, **features: float):
        return "glue", applicability, {**features, "left_zipf": zl, "right_zipf": zr}

    if left.islower() and left in english()["function_words"] and len(left) >= 2 and len(right) >= 4 and zr >= 3.0:
        # "ofUkraine", "betweenAnkara": a function word glued to the name of a link; a glossary
        # name is strong evidence, another capitalised word may be code ("toString")
        return glued(function_word_left=1.0, glossary_right=float(right.lower() in names))
    if left[0].isupper() and left.lower() in english()["function_words"] and (
            right.lower() in names or right.lower() in one_word_names):
        # "InRussia", "WithChina": a sentence's first word glued to the glossary name of a link
        return glued(sentence_first_word=1.0, glossary_right=1.0)
    if left[0].isupper() and left.lower() in data["prepositions"] and len(right) >= 5 and 1.0 <= zr < 3.5 \
            and sentence_initial(text, end - len(part)):
        # "InCantabria has an orange alert": a sentence's first preposition glued to a name English
        # knows but seldom uses (a place, not a word: "ForRoyal" is a brand; "InDesign", "InBev"
        # are known whole)
        return glued(sentence_first_word=1.0, glossary_right=0.0)
    if left[0].isupper() and regex.search(rf"\b{left}\s+{right}\b", text):
        # "ElisabethBorne" where the document also writes "Elisabeth Borne": the same name, glued
        return glued(Applicability.SAFE, spaced_elsewhere=1.0)
    if left[0].isupper() and not function_word:
        # halves of three letters or more, not a doubling: "LaPark", "PayPay" are brands
        halves = min(len(left), len(right)) >= 3 and left != right
        if halves and alone(left) and alone(right):
            return glued(halves_alone=1.0)  # "NitzanHorowitz" where the document writes "Nitzan" and "Horowitz"
        if left.lower() in names and zr >= 3.0 and len(left) >= 4:
            return glued(glossary_left=1.0)  # "IdlibGovernorate": a glossary name glued to the next capitalised word
        if halves and right.lower() in english()["institution_heads"]:
            return glued(institution_right=1.0)  # "ColumbiaUniversity", "CzechRepublic": a name's head noun
        if halves and alone(right) and zr < 4.0:
            # "IlyaYegorov" where the document writes "Yegorov": a surname is used alone, a
            # brand's second half is not ("CornwallLive" beside "Cornwall"); a common word alone
            # says nothing ("ScanDisk" beside "Disk Defragmenter")
            return glued(right_alone=1.0)
        if len(left) >= 3 and zl < 4.0 and len(right) >= 4 and right.lower() in data["person_heads"]:
            return glued(title_right=1.0)  # "UrsoMinister of Business": a name, then its title
        return None  # "YouTube", "PlayStation": a capitalised compound is a name
    if function_word and left.islower():
        return "sentence", Applicability.UNSAFE, {"left_zipf": zl}
    if function_word or (min(zl, zr) >= 3.0 and len(right) >= 4):
        # two content words run together ("leftUkraine") are as often a brand, and a short
        # capitalised second half almost always is ("teamLab", "myApp")
        return glued(function_word=float(function_word), content_camel=float(not function_word))
    return None


def _camel_tokens(ctx: Context, reading: str):
    """(start, token, cut, applicability, evidence) of the camel-case tokens that read so."""
    names, one_word_names = ctx.glossary.name_words, ctx.glossary.one_word_names
    for m, part, _token_z, words in glued_tokens(ctx):
        cut = camel_split(part)
        if cut is None:
            continue
        found = _reading(part, cut, names, one_word_names, ctx.text, words.near(m.start()), m.end())
        if found is not None and found[0] == reading:
            yield m.start(), part, cut, *found[1:]


@rule(
    "M003",
    "glued-camel-case",
    category=Category.SPELLING,
    severity=Severity.MAJOR,
    example="Talks with Elisabeth Borne resumed; ElisabethBorne said the plan was ready.",
)
def glued_camel_case(ctx: Context, emit: Emit) -> None:
    """Two words run together where the second keeps its capital ("ofUkraine", "InRussia",
    "ElisabethBorne").

    What it does: looks at tokens English does not know with one lowercase-to-capital turn. A
    function word glued to a name ("ofUkraine", "InRussia"; at a sentence's start, a preposition
    glued to any name English knows: "InCantabria"), a name the document also writes apart
    ("Elisabeth Borne"), halves the document writes alone nearby, a glossary name or an
    institution's head noun as one half ("IdlibGovernorate", "ColumbiaUniversity"), a name English
    does not know glued to a title ("UrsoMinister") are two words.

    Why is this bad: pipelines that strip markup drop the space at hyperlinks; the reader sees
    the glue at once.

    Leaves alone: capitalised compounds that are names and brands ("YouTube", "PlayStation",
    "CornwallLive" beside "Cornwall"), a short capitalised second half ("teamLab"), single-letter
    prefixes ("iPhone"); a sentence run into the next ("countryThe") is M004's.

    Fix: insert the space ("of Ukraine"); safe where the document writes the pair apart, unsafe
    otherwise; a name and its title are an appositive ("Urso, Minister of Business"; unsafe).
    """
    for start, part, cut, applicability, evidence in _camel_tokens(ctx, "glue"):
        left, right = part[:cut], part[cut:]
        mended = join(ctx, start, start + len(part), left, right, safe=applicability is Applicability.SAFE)
        mended.emit(emit, start, start + len(part), f"'{part}' looks like two words glued together: '{left}' and '{right}'",
                    evidence)


@rule(
    "M004",
    "glued-sentences",
    category=Category.SPELLING,
    severity=Severity.MAJOR,
    example="The rebels took the countryThe army withdrew on Sunday.",
)
def glued_sentences(ctx: Context, emit: Emit) -> None:
    """Two sentences run together with no full stop or space ("the countryThe army").

    What it does: flags a lowercase word glued to a capitalised function word, subject pronoun or
    title abbreviation ("countryThe", "yesterdayHe", "statementMr."), in a token English does not
    know.

    Why is this bad: MT pipelines that join paragraphs or strip markup lose the full stop and the
    space; the reader meets one run-on word.

    Leaves alone: known words and brands, a function word before a capitalised name ("ofUkraine":
    M003's).

    Fix (unsafe), chosen from what follows (audit/rules/glue_joins.py): a full stop and a space
    ("country. The"); a comma and a lowercase article before a relative pronoun, an appositive
    ("the council, the body that oversees"); a lowercase conjunction, which goes on with the
    phrase ("her partner and their daughter"). The other reading is the alternative.
    """
    for start, part, cut, _applicability, evidence in _camel_tokens(ctx, "sentence"):
        left, right = part[:cut], part[cut:]
        mended = join(ctx, start, start + len(part), left, right, sentence=True)
        message = (f"'{part}' runs two sentences together: a full stop and a space are missing before '{right}'"
                   if mended.replacement.startswith(f"{left}.") else
                   f"'{part}' looks like two words glued together: '{left}' and '{right}'")
        mended.emit(emit, start, start + len(part), message, evidence)
