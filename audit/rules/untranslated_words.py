"""Words left in the source language inside English sentences: a run of another script (R005), a
Latin-script word common in a source language and rare in English (R006)."""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from audit.language.detect import language_name
from audit.language.lexicon import DATA, english, thresholds, zipf
from audit.language.spans import line_bounds
from audit.language.text import inside
from audit.model import Category, Severity
from audit.rules.base import Context, Emit, rule

_T = thresholds()["untranslated_words"]

# a run of letters of a script other than Latin, words joined by a space, hyphen or apostrophe
_OTHER = r"[^\P{L}\p{Latin}]\p{M}*"
_OTHER_RUN = regex.compile(rf"(?:{_OTHER})+(?:[ \-'’](?:{_OTHER})+)*")
_LETTER = regex.compile(r"\p{L}")
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}]*")
# a Latin-script token (hyphenated words are one): not inside a hashtag, handle, number or code
_TOKEN = regex.compile(r"(?<![\p{L}\p{M}\p{N}#@_])\p{Latin}[\p{Latin}\p{M}]*(?:-\p{Latin}[\p{Latin}\p{M}]*)*"
                       r"(?![\p{L}\p{M}\p{N}_])")
_SEPARATORS = "-–—/:=|•"  # "Kyiv / Київ", "Hunan Daily Online - 华声在线": a name's native form beside it


@cache
def data() -> dict:
    """The rules' language data (audit/data/untranslated.yaml)."""
    import yaml

    return yaml.safe_load((DATA / "untranslated.yaml").read_text(encoding="utf-8"))


@cache
def _language_names() -> frozenset[str]:
    """English names of languages (CLDR, through babel): "Spanish", "Ukrainian"."""
    from babel import Locale

    return frozenset(n for n in Locale("en").languages.values() if n.isalpha())


@cache
def _cited_markers() -> tuple[regex.Pattern, regex.Pattern]:
    def alternation(phrases):
        return "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))

    d = data()
    before = regex.compile(rf"(?:^|[^\p{{L}}])(?:{alternation(d['cited_before'])})[\s:,\"“‘'«]*$", regex.IGNORECASE)
    after = regex.compile(rf"^[\s\"”’'»,;–—-]*(?:{alternation(d['cited_after'])})(?:[^\p{{L}}]|$)", regex.IGNORECASE)
    return before, after


def source_languages(ctx: Context) -> list[str]:
    """The languages a word may be left in: the document's source language where it is known and
    wordfreq has it, else every source language the residue rules weigh."""
    langs = list(english()["source_languages"])
    source = ctx.source_language
    return [source] if source in langs else langs


def foreign_score(word: str, langs: list[str]) -> tuple[str, float, float]:
    """The language among `langs` where a lowercase word is commonest, its Zipf frequency there and
    in English."""
    lang = max(langs, key=lambda lg: zipf(word, lg))
    return lang, zipf(word, lang), zipf(word)


def is_english(word: str) -> bool:
    """A lowercase word English uses as much as any source language does, and commonly."""
    z_en = zipf(word)
    if z_en < _T["english_word"]:
        return False
    return z_en + 1.0 >= max(zipf(word, lg) for lg in english()["source_languages"])


def english_words(text: str, start: int, end: int, skip: tuple[int, int]) -> tuple[int, int]:
    """(English words, foreign words) of text[start:end] outside `skip`: lowercase Latin words only
    (names say nothing of the language a sentence is in)."""
    english_count = foreign = 0
    langs = list(english()["source_languages"])
    for m in _LATIN_WORD.finditer(text, start, end):
        w = m.group()
        if not w.islower() or skip[0] <= m.start() < skip[1]:
            continue
        if is_english(w):
            english_count += 1
        else:
            _, z_src, z_en = foreign_score(w, langs)
            foreign += z_src >= _T["source_min"] and z_src - z_en >= _T["support_over_english"]
    return english_count, foreign


def cited(ctx: Context, start: int, end: int, *, brackets: bool = False) -> bool:
    """Whether the foreign words at [start, end) are cited on purpose: a whole quotation or a
    bracket of their own (a name's native form, a title, a slogan), glossed with a translation in
    brackets after them, introduced as a word or name ("known as", "the slogan"), or next to the
    name of their language. `brackets`: square brackets count too (not for Latin-script words,
    which an editor's [insertion] may leave untranslated)."""
    text = ctx.text
    q = inside(ctx.quotations, start)
    if q and end <= q[1] and english_words(text, q[0], q[1], (start, end))[0] == 0:
        return True
    left, right = text[max(0, start - 60) : start], text[end : end + 60]
    opening = "([" if brackets else "("
    if left.rstrip(" \"“‘'«")[-1:] in opening and right.lstrip(" \"”’'»")[:1] in ")]":
        return True
    if right.lstrip(" \"”’'»")[:1] == "(":
        return True  # glossed: 'the "Zug der fröhlichen Leute" (Parade of Happy People)'
    before, after = _cited_markers()
    if before.search(left) or after.search(right):
        return True
    near = regex.findall(r"\p{L}+", left)[-3:] + regex.findall(r"\p{L}+", right)[:3]
    return any(w in _language_names() for w in near)


def _loan_phrase(text: str, start: int, end: int, word: str) -> bool:
    window = text[max(0, start - 25) : end + 25].lower()
    return any(word in p.split() and p in window for p in english()["loan_phrases"])


def _truncated(text: str, end: int) -> bool:
    """The word is the last thing in the text, with no full stop: an excerpt cut mid-word."""
    return not text[end:].strip()


@rule(
    "R005",
    "other-script-word",
    category=Category.UNTRANSLATED,
    severity=Severity.MAJOR,
    example="The man was detained with the силової support of special police units.",
    evidence_for=("english_neighbours",),
)
def other_script_word(ctx: Context, emit: Emit) -> None:
    """A word or a few words in another script (Cyrillic, Chinese, Arabic, Hebrew, Greek...) left
    inside an English sentence.

    What it does: finds each run of letters of a script other than Latin, of two letters or more,
    in a line whose Latin-script words are English and that is mostly in Latin script.

    Why is this bad: the English reader cannot read the word at all; MT systems leave a word they
    could not translate (an inflected form, a word glued to a number) in the source script.

    Leaves alone: single letters and symbols (α, μm, Ω), letters inside a Latin-script word (a
    look-alike letter); lines mostly in another script (R004 reports a paragraph left
    untranslated); a name's native form given beside it (in brackets, after a dash or slash), a
    whole quotation (a cited word, a title, a slogan), words introduced as words or names ("the
    word", "known as") or next to their language's name; dates (R008 translates the month).

    No fix (display-only): the words need translating.
    """
    from audit.rules.source_dates import date_spans

    text = ctx.text
    for m in _OTHER_RUN.finditer(text):
        start, end = m.span()
        letters = len(_LETTER.findall(m.group()))
        if letters < _T["min_letters"] or text[start - 1 : start] in ("@", "#"):
            continue
        if inside(date_spans(text, tuple(source_languages(ctx))), start):
            continue
        if _LATIN_WORD.match(text[end : end + 1]) or (start and _LATIN_WORD.match(text[start - 1])):
            continue  # a look-alike letter in a Latin word ("Servicе"), or a mixed-script name
        line_start, line_end = line_bounds(text, start)
        line = text[line_start:line_end]
        other_letters = sum(1 for c in line if c.isalpha() and not _LATIN_WORD.match(c))
        if 2 * other_letters >= len(_LETTER.findall(line)):
            continue  # a paragraph or label in the source language: R004's, or page furniture
        english_count, foreign = english_words(text, line_start, line_end, (start, end))
        if english_count == 0 or foreign > english_count:
            continue
        if text[:start].rstrip(" \t\u00a0")[-1:] in _SEPARATORS or cited(ctx, start, end, brackets=True):
            continue
        before = regex.search(r"(\p{Latin}+)[ \t\u00a0]+$", text[max(0, start - 30) : start])
        after = regex.match(r"[ \t\u00a0]+(\p{Latin}+)", text[end : end + 30])
        neighbours = sum(1 for w in (before, after) if w and w.group(1).islower() and is_english(w.group(1)))
        script = unicodedata.name(m.group()[0], "other").split()[0].title()
        emit(start, end, f"'{m.group()}' is in {script} script, left untranslated in an English sentence",
             evidence={"english_neighbours": neighbours, "letters": min(letters, 20) / 10,
                       "words": len(m.group().split())})


def _core(word: str, langs: list[str]) -> tuple[str, float, float] | None:
    """(language, Zipf there, Zipf in English) of a lowercase word common in a source language and
    rare in English; None for any other word."""
    if len(word) < 3 or not word.islower() or word in data()["loanwords"]:
        return None
    z_en = zipf(word)
    if z_en > _T["english_max"]:
        return None
    lang, z_src, _ = foreign_score(word, langs)
    if z_src < _T["source_min"] or z_src - z_en < _T["source_over_english"]:
        return None
    return lang, z_src, z_en


def _goes_with(word: str, lang: str) -> bool:
    """A word that goes with a source-language word of `lang`: commoner there than in English."""
    z_src = zipf(word.lower(), lang)
    return word.islower() and z_src >= _T["source_min"] and z_src - zipf(word.lower()) >= _T["support_over_english"]


def _adjacent(text: str, a, b) -> bool:
    """Tokens a and b (a first) are next to each other, spaces only between them."""
    return a.end() < b.start() and not text[a.end() : b.start()].strip(" \t\u00a0")


@rule(
    "R006",
    "untranslated-word",
    category=Category.UNTRANSLATED,
    severity=Severity.MAJOR,
    example="Talks with the gobierno resumed in the capital on Monday.",
    evidence_for=("source_over_english", "supported", "source_language"),
    evidence_against=("english_use",),
)
def untranslated_word(ctx: Context, emit: Emit) -> None:
    """A word left in the source language inside an English sentence ("talks with the gobierno",
    "treating Hamas as [um grupo] terrorist").

    What it does: finds lowercase words common in a source language (wordfreq; the document's
    source language where it is known) and rare in English, that stand in English syntax (after
    "the", "with"...) or beside another word of the same language; the words of that language
    around them are reported with them.

    Why is this bad: an English reader cannot understand the word; it is a non-translation (MQM
    Accuracy/Untranslated).

    Leaves alone: words English uses (loanwords such as "junta", "fiesta"; loan phrases such as
    "de facto", "coup d'état"); names and titles (capitalised words; "del" and "da" between two
    capitalised words); words cited on purpose (a whole quotation, glossed with a translation in
    brackets, introduced by "known as", "the word", or next to their language's name); sentences
    not in English (R004 reports those paragraphs); month and weekday names in dates (R008).

    No fix (display-only): the word needs translating, and the right English word depends on the
    sentence.
    """
    from audit.rules.source_dates import date_spans

    text = ctx.text
    langs = source_languages(ctx)
    determiners = english()["determiners"] | english()["prepositions"]
    tokens = list(_TOKEN.finditer(text))
    done = -1
    for i, m in enumerate(tokens):
        if m.start() < done:
            continue
        cores = [c for c in (_core(p, langs) for p in m.group().split("-")) if c]
        if not cores or inside(date_spans(text, tuple(langs)), m.start()):
            continue
        lang, z_src, z_en = max(cores, key=lambda c: c[1] - c[2])
        prev = tokens[i - 1] if i and _adjacent(text, tokens[i - 1], m) else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) and _adjacent(text, m, tokens[i + 1]) else None
        if prev and nxt and prev.group()[0].isupper() and nxt.group()[0].isupper():
            continue  # a particle inside a name ("Museo del Prado")
        first = last = i
        while first and _adjacent(text, tokens[first - 1], tokens[first]) and _goes_with(tokens[first - 1].group(), lang):
            first -= 1
        while (last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1])
               and _goes_with(tokens[last + 1].group(), lang)):
            last += 1
        supported = first < i or last > i
        if first and _adjacent(text, tokens[first - 1], tokens[first]) and _goes_with(tokens[first - 1].group().lower(), lang):
            first -= 1  # the capitalised head of a phrase left whole ("Organizzazione mondiale della sanità")
        while last > i and last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1]) \
                and tokens[last + 1].group()[0].isupper():
            last -= 1  # "presidente da Venezuela": the linking word goes with the name
        embedded = prev is not None and prev.group().lower() in determiners
        source_known = ctx.source_language == lang
        if not (supported or (embedded and (z_en <= _T["lone_english_max"] or source_known))):
            continue
        start, end = tokens[first].start(), tokens[last].end()
        words = [t.group() for t in tokens[first : last + 1]]
        if any(_loan_phrase(text, start, end, w.lower()) for w in words) or _truncated(text, end):
            continue
        s_start, s_end = ctx.sentence_bounds(start)
        english_count, foreign = english_words(text, s_start, s_end, (start, end))
        if english_count < _T["english_words"] or foreign >= english_count or cited(ctx, start, end):
            continue
        done = end
        name = language_name(lang)
        emit(start, end, f"'{text[start:end]}' is {name}, left untranslated (common in {name}, rare in English)",
             evidence={"english_use": z_en, "source_over_english": z_src - z_en, "supported": supported,
                       "after_determiner": embedded, "source_language": source_known, "words": len(words)})
