"""No space after a punctuation mark: "earlier,fighting", "said.The"."""

from __future__ import annotations

import regex

from audit.language.lexicon import english, zipf
from audit.language.spans import compiled, line_bounds, line_label
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a comma or semicolon between two words (the second lowercase, capitalised or an acronym after a
# lowercase word); a colon after a lowercase word, before a word or a quotation opening on one; a
# sentence mark between a lowercase word (or a quotation or bracket closing after one) and a
# capitalised one
_QUOTE = "\"“”«„"
_COMMON = 3.5  # an adverb in -ly this common after a full stop opens a sentence ("Olympics.Especially")
_OPENING = "“«„"  # marks that only open a quotation (a colon's may be any: ':”Finally')
_MISSING_SPACE = regex.compile(
    rf"(?<=\p{{L}}{{2}})([,;])(?=[{_OPENING}]?\p{{L}}\p{{Ll}}|(?<=\p{{Ll}}[,;])\p{{Lu}}{{2,}}\b)"
    rf"|(?<=\p{{Ll}}{{3}})(:)(?=[{_QUOTE}]?\p{{L}}\p{{Ll}})"
    rf"|(?<=\p{{Ll}}{{2}}[\"”’»)\]]?)([.!?])(?=[{_OPENING}]?\p{{Lu}}\p{{Ll}})"
    rf"|(?<=\p{{Ll}}{{2}})([!?])(?=[\p{{Lu}}\p{{N}}])"  # "disagree!A:", "win!2:": a list marker after it
    rf"|(?<=(?<![\p{{N}}:.,])\p{{N}})(:)(?=\p{{Lu}}\p{{Ll}}{{2}})"  # "2:Sponsors": a numbered point, not 10:30
    rf"|(?<=[\p{{L}},;][ \t\u00a0]\p{{N}}{{1,4}})(\.)(?=\p{{Lu}}\p{{Ll}}+\b)"  # "in 2022.The" (not "1.Build": a list's number)
)


def _tag_line(text: str, pos: int) -> bool:
    """Whether the line is a list of tags or keywords, not prose: three or more items of at most
    four words each, all glued by commas, and no sentence mark at its end."""
    line = text[slice(*line_bounds(text, pos))].strip()
    items = line.split(",")
    return (len(items) >= 4 and not compiled(r",\s").search(line) and line[-1:] not in ".!?…"
            and all(0 < len(item.split()) <= 4 and compiled(r"^\p{L}").match(item) for item in items))


@rule(
    "M002",
    "missing-space-after-punctuation",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The army said earlier,fighting continued near Hama.",
)
def missing_space_after_punctuation(ctx: Context, emit: Emit) -> None:
    """A comma, semicolon, colon or full stop glued to the next word ("earlier,fighting", "said.The").

    What it does: flags a comma or semicolon between two words ("earlier,fighting",
    "Idlib,the", "city,Erdogan", "missiles,GMLRS"), a colon after a lowercase word, before a
    word or a quotation mark ("yet:the", "replied:“Finally"), and a full stop, question or
    exclamation mark between a lowercase word, or a quotation or bracket closed after one, and a
    capitalised word ("ago.He", "two hours”.Runoff"), or between a number and a common
    capitalised word ("in 2022.The"); a question or exclamation mark before any
    capital or digit ("disagree!A", "win!2": the points of a list); a colon between a number and
    a capitalised word ("2:Sponsors"); a comma or a sentence mark may be followed by a
    quotation's opening mark ("said,“We", "ago.“The").

    Why is this bad: MT pipelines that join segments or strip markup drop the space; the reader
    sees two words run into one.

    Leaves alone: numbers (3,500; 2.5; 10:30), abbreviations (U.S., e.g.), URLs and e-mail
    addresses (masked before any rule runs), URI schemes ("mailto:"), file and domain names
    ("example.com": the next part is lowercase; "news.Today", "Diya.Business": a capitalised name
    with a dot, unless a common adverb follows it: "Olympics.Especially"), times and ratios
    ("10:30", "3:1"),
    labels ("Source:Xinhua": a capitalised word before the colon; "Release time:Apr 16": a
    label that opens its line, no sentence after it), code-like runs of single
    letters ("a,b,c") and lists written without spaces ("red,green,blue": more than one glued mark
    in a token is data, not prose; a line of four or more short items glued by commas, none
    spaced and no full stop at its end, is a list of tags: "Economia,Haddad,Ministério da Fazenda").

    Fix (safe): insert the space after the mark.
    """
    text = ctx.text
    for m in _MISSING_SPACE.finditer(text):
        mark = m.group()
        left = compiled(r"\S*$").search(text, 0, m.start()).group()
        token = left + compiled(r"\S*").match(text, m.start()).group()
        if "." in left or "@" in left or "/" in left:
            continue  # a domain, a path, an abbreviation chain
        if sum(token.rstrip(",;:.!?)]\"”’'»").count(c) for c in ",;:") > 1:
            # "red,green,blue", "key:value;key:value": data written without spaces (a mark that
            # ends the token is prose: "tea,coffee, sugar")
            continue
        if mark == "," and _tag_line(text, m.start()):
            continue  # "Economia,Haddad,Ministério da Fazenda": a list of tags, written so on purpose
        nxt = compiled(rf"[{_QUOTE}]?(\p{{L}}+)").match(text, m.end())
        right = nxt.group(1) if nxt else ""
        left_word = compiled(r"\p{L}+(?=[\"”’»)\]]?$)").search(left)
        if mark == ":" and (left_word and (left_word.group().lower() in english()["uri_schemes"]
                                           or left_word.group()[0].isupper()) or line_label(text, m.start())):
            continue  # "mailto:", and labels: "Source:Xinhua", "Note:You", "Release time:Apr 16" (a lost space or a style)
        opener = right.lower() in english()["function_words"] or right in english()["subject_pronouns"]
        if mark in ".!?" and right.lower() in english()["tlds"] and not opener:
            continue  # "example.It" is a domain, "laptop.It was" a lost space
        adverb = right.lower().endswith("ly") and zipf(right.lower()) >= _COMMON  # a sentence's first word, no brand's
        if mark in ".!?" and left[:1].isupper() and not opener and not adverb:
            continue  # "Neva.Today", "Diya.Business": a name with a dot in it ("Olympics.Especially" is none)
        if mark == "." and left.isdigit() and zipf(right.lower()) < _COMMON:
            continue  # "3.Ba", "2.Bundesliga": a code or a numbered name, not a sentence's first word
        zl = zipf(left_word.group().lower()) if left_word else 0.0
        # a capitalised or upper-case word after the mark may be a name English does not know
        zr = zipf(right.lower()) if right[:1].islower() else max(zipf(right.lower()), 3.0)
        emit(m.start(), m.end(), f"no space after '{mark}'",
             evidence={"min_zipf": min(zl, zr) - 3.0, "full_stop": mark in ".!?", "opener": opener,
                       "colon": mark == ":", "capital_right": right[:1].isupper()},
             replacement=f"{mark} ", applicability=Applicability.SAFE)
