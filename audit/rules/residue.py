"""Source-language residue: acronyms, exonyms, quotation marks and paragraphs left in the source language."""

from __future__ import annotations

import regex

from audit.document import EMAIL
from audit.language.detect import detect, language_name, looks_foreign
from audit.language.kinds import first_name_before
from audit.language.lexicon import english, is_function_word, thresholds, zipf
from audit.language.names import starts_sentence
from audit.language.spans import compiled, sentence_initial
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


_PRONOUNCED = regex.compile(r"(?:[^AEIOU.]{0,2}[AEIOU])+[^AEIOU.]{0,2}")
# Countries named by a common noun or a plural: "the United States", "the Netherlands".
_COUNTRY_WITH_ARTICLE = regex.compile(r"\b(?:United|Republic|Kingdom|Emirates|States|Islands|Netherlands|Philippines)\b")


def _takes_the(form: str, type_: str) -> bool:
    """Whether English puts "the" before this name: the UN, the SDF, the United States, the
    Syrian Observatory; but NATO and Hamas (acronyms read as words), Syria, Homs, persons."""
    if type_ in ("person", "city", "province", "region", "place", "crossing", "base"):
        return False
    if form.isupper() and len(form) >= 2:
        return not (len(form) >= 4 and _PRONOUNCED.fullmatch(form))
    if type_ == "country":
        return bool(_COUNTRY_WITH_ARTICLE.search(form))
    words = form.split()
    return len(words) > 1 and zipf(words[-1].lower()) >= 4.0


def _article_before(text: str, start: int) -> regex.Match | None:
    """The article or determiner right before a name, if any ("the ", "its ")."""
    return compiled(r"(?<![\p{L}])(\p{L}+)[ \t\u00a0]+$").search(text[max(0, start - 20) : start])


def _with_article(text: str, start: int, end: int, english_form: str, type_: str) -> tuple[int, int, str]:
    """The span and replacement that give the English form its article: "en Estados Unidos" →
    "in the United States", "la OTAN" → "NATO"."""
    before = _article_before(text, start)
    word = before.group(1).lower() if before else ""
    wants = _takes_the(english_form, type_)
    if word == "the" and not wants:
        begin = start - len(before.group(0))
        return begin, end, (english_form if not text[begin].isupper() else english_form[0].upper() + english_form[1:])
    if wants and word not in english()["determiners"] and not word.endswith(("'s", "’s")):
        initial = sentence_initial(text, start)
        return start, end, ("The " if initial else "the ") + english_form
    return start, end, english_form


def _not_from_source(ctx: Context, m) -> bool:
    """Whether the document's source language is known and is none of the languages the glossary
    gives this form: an Italian "Germania" in a translation from Russian is a name, not residue."""
    source = ctx.doc.source_lang
    if not source:
        return False
    return all(f.lang != source for f in ctx.glossary.forms.get(m.form.text, [m.form]) if f.kind == m.form.kind)


_NAME_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}")
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’.\-]*)[ \u00a0]+(?:(\p{Ll}{1,3})[ \u00a0]+)?$")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word follows, or one that does not start the sentence (nor is a function
    word) comes before, perhaps with a short particle that is no English word ("de", "do", "di"): the
    form is a word of a longer name."""
    if _NAME_AFTER.match(text, end):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is None or is_function_word(before.group(1)) or is_function_word(before.group(2) or "the"):
        return False  # "Paris and Neapel", "University of Ginebra": English words between, not a name's
    return not starts_sentence(text, before.start(1))


@rule(
    "R001",
    "source-language-acronym",
    category=Category.TERMINOLOGY,
    severity=Severity.MAJOR,
    example="Rami Abdel Rahman, director of the Syrian Observatory for Human Rights (OSDH), spoke.",
    evidence_for=("in_brackets",), evidence_against=("english_use",),
)
def source_language_acronym(ctx: Context, emit: Emit) -> None:
    """An acronym in the source language's form ("OSDH" for SOHR, "ONU" for UN, "OTAN" for NATO).

    What it does: matches the language-tagged `acronyms` of every glossary entity and replaces
    each with the entity's English acronym.

    Why is this bad: acronyms are translated with the name they stand for; a reader of English
    copy does not know "OSDH".

    Leaves alone: where the document's source language is known (`--source-lang`, a feed's or
    translation file's source language) and the acronym belongs to another language.

    Confidence: high; lower where the form is also common in English text, higher in
    parentheses after a name. Fix (safe): the English acronym.
    """
    for m in ctx.mentions:
        if m.form.kind != "acronym" or _not_from_source(ctx, m):
            continue
        entity = m.form.entity
        start, end, replacement = m.start, m.end, entity.acronym
        inside = _inside_parentheses(ctx.text, m.start, m.end)
        if not inside:
            start, end, replacement = _with_article(ctx.text, m.start, m.end, entity.acronym, entity.type)
        english_use = max(0.0, zipf(m.text.lower()) - 2.0)  # also an English word or acronym
        # safe where nothing English reads the same: rare in English, or in brackets after a name
        safe = inside or english_use <= 2 / 3
        emit(start, end, f"'{m.text}' is the {language_name(m.form.lang)} acronym; in English: '{replacement}'",
             evidence={"english_use": english_use, "in_brackets": inside}, replacement=replacement,
             applicability=Applicability.SAFE if safe else Applicability.UNSAFE)


@rule(
    "R002",
    "source-language-exonym",
    category=Category.TERMINOLOGY,
    severity=Severity.MAJOR,
    example="Rebels advanced towards Alep on Friday.",
    evidence_for=("source_over_english",), evidence_against=("english_use", "lone_topic"),
)
def source_language_exonym(ctx: Context, emit: Emit) -> None:
    """A place or body named in the source language's form ("Damas" for Damascus, "Alep" for Aleppo).

    What it does: matches the language-tagged `exonyms` of every glossary entity and replaces
    each with the entity's English name.

    Why is this bad: English copy uses the English exonym; the source form reads as a typo or a
    different place.

    Leaves alone: where the document's source language is known (`--source-lang`, a feed's or
    translation file's source language) and the form belongs to another language ("Germania",
    Italian, in a translation from Russian is a name); a form of the world glossary (open data,
    not a hand-made list) inside a longer name ("Berlino Hotel", "Banco de España"); any form
    after a first name, a person's surname ("the lawyer Tora Pekin").

    Confidence: from how much more common the form is in its source language than in English
    (wordfreq), and whether the document names other glossary entities. Fix (unsafe): the
    canonical English form.
    """
    loans = [p for p in english()["loan_phrases"]]
    for m in ctx.mentions:
        if m.form.kind != "exonym" or _not_from_source(ctx, m):
            continue
        if m.form.entity.reference and _in_longer_name(ctx.text, m.start, m.end):
            continue  # the world glossary's name inside another name: "Berlino Hotel", "Banco de España"
        if first_name_before(ctx.text, m.start):
            continue  # a surname: "the lawyer Tora Pekin"
        window = ctx.text[max(0, m.start - 20) : m.end + 20].lower()
        if any(p in window and m.text.lower() in p for p in loans):
            continue
        z_en = zipf(m.text.lower())
        z_src = zipf(m.text.lower(), m.form.lang) if m.form.lang in english()["source_languages"] else 0.0
        entity = m.form.entity
        start, end, replacement = _with_article(ctx.text, m.start, m.end, entity.canonical, entity.type)
        emit(start, end, f"'{m.text}' is the {language_name(m.form.lang)} name; in English: '{entity.canonical}'",
             evidence={"english_use": max(0.0, z_en - 1.5), "source_over_english": max(0.0, z_src - z_en),
                       "lone_topic": ctx.topic_entities <= 1},
             replacement=replacement, applicability=Applicability.UNSAFE)


_FOREIGN_QUOTES = regex.compile(r"«[ \u00a0\u202f]?|[ \u00a0\u202f]?»|„|‚|‹[ \u00a0\u202f]?|[ \u00a0\u202f]?›")
_QUOTE_FIX = {"«": "“", "»": "”", "„": "“", "‚": "‘", "‹": "‘", "›": "’"}


def _english_mark(text: str, m) -> tuple[int, int, str]:
    """The span to replace and the English mark for a foreign one, by where it stands: German
    prints »so«, marks pointing inwards; French « so » with inner spaces, which go too."""
    mark = m.group().strip(" \u00a0\u202f")
    if mark in "„‚":
        return m.start(), m.end(), _QUOTE_FIX[mark]
    at = m.start() + m.group().index(mark)
    before = text[at - 1 : at] if at else ""
    after = text[at + 1 : at + 2]
    opens = mark in "«‹"
    if (not before or before.isspace() or before in "([{—–-") and after and not after.isspace() and after not in ".,;:!?)]":
        opens = True
    elif before and not before.isspace() and (not after or after.isspace() or after in ".,;:!?)]"):
        opens = False
    single = mark in "‹›"
    english = ("‘" if single else "“") if opens else ("’" if single else "”")
    # a space inside the quotation goes with the mark; one outside stays
    start = m.start() if not opens else at
    end = m.end() if opens else at + 1
    return start, end, english


def _separator(text: str, at: int) -> bool:
    """A » or › standing free between a word and a capitalised one, no « open before it on its
    line: a breadcrumb's or menu's separator ("Home » World"), no quotation mark."""
    if text[at] not in "»›" or not regex.match(r"\p{L}[ \u00a0]$", text[max(0, at - 2) : at]) \
            or not regex.match(r"[ \u00a0]\p{Lu}", text[at + 1 : at + 3]):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("«") + line.count("‹") <= line.count("»") + line.count("›")


@rule(
    "R003",
    "foreign-quotation-marks",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="«With the grace of God we have liberated four cities», Ghani added.",
)
def foreign_quotation_marks(ctx: Context, emit: Emit) -> None:
    """Guillemets or low quotation marks in English text (« », „ “, ‹ ›).

    What it does: replaces « and » (with French inner spacing removed) by “ and ”, a German or
    Russian „ by “ and the “ that closes it by ”, and ‹ › by ‘ ’; the German »so« and ›so‹,
    marks pointing inwards, by where they stand.

    Why is this bad: English uses “ ” (or " "); source-language quotation marks are a sure sign
    of untouched MT output.

    Leaves alone: straight and English curly quotes; marks inside a paragraph left wholly in
    the source language (R004 reports the paragraph, a critical error that covers them); a » or
    › standing free between a word and a capitalised one, none open before it on its line: a
    breadcrumb's separator ("Home » World").

    Fix (safe): the English marks.
    """
    text = ctx.text
    for m in _FOREIGN_QUOTES.finditer(text):
        mark = m.group().strip(" \u00a0\u202f")
        if _separator(text, m.start() + m.group().index(mark)):
            continue
        start, end, english = _english_mark(text, m)
        emit(start, end, f"'{mark}' is not an English quotation mark", evidence={"guillemet": mark in "«»"},
             replacement=english, applicability=Applicability.SAFE)
        if mark == "„":
            # German/Russian quotes close with “ (an opening mark in English): make it ”
            line_end = text.find("\n", m.end())
            close = text.find("“", m.end(), len(text) if line_end == -1 else line_end)
            nxt = text.find("„", m.end())
            if close != -1 and (nxt == -1 or close < nxt):
                emit(close, close + 1, "'“' closes a „ quotation: in English it is '”'",
                     evidence={"closing_low_quote": 1.0}, replacement="”", applicability=Applicability.SAFE)


_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}'’]*")
_LETTER = regex.compile(r"\p{L}")
_NON_LATIN = regex.compile(r"[\p{Cyrillic}\p{Arabic}\p{Hebrew}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Greek}]")
_MIN_WORDS = thresholds()["untranslated"]["min_words"]
# scripts written without spaces between words: two characters count as a word
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


@rule(
    "R004",
    "untranslated-paragraph",
    category=Category.UNTRANSLATED,
    severity=Severity.CRITICAL,
    example="Las fuerzas rebeldes entraron en la ciudad de Homs durante la noche del sábado.",
    evidence_for=("langdetect_margin", "other_script"),
)
def untranslated_paragraph(ctx: Context, emit: Emit) -> None:
    """A paragraph (line) left in the source language.

    What it does: a cheap lexicon test first (the share of words more frequent in a source
    language than in English, by wordfreq, and the share of English function words; or a
    non-Latin script); only paragraphs that look foreign go to langdetect, which is slow.

    Why is this bad: untranslated text is a critical error in MQM (non-translation).

    Leaves alone: English paragraphs with loan phrases ("nom de guerre", "de facto"); short
    lines (fewer than 4 words; in Chinese, Japanese or Thai, written without spaces, two
    characters count as a word); a line with a single word in another script ("Posted 3
    февраля"); names; a site's notice that gives an e-mail address (page
    furniture in the site's language, not article text).

    No fix (display-only): there is nothing to substitute; the paragraph needs translating.
    """
    text = ctx.text
    for block in ctx.doc.blocks:
        chunk = text[block.start : block.end]
        letters = len(_LETTER.findall(chunk))
        if letters < 12:
            continue
        non_latin = len(_NON_LATIN.findall(chunk)) / letters
        if len(chunk.split()) + len(_UNSPACED.findall(chunk)) // 2 < _MIN_WORDS:
            continue  # a label or a credit line ("Стислий огляд подій"), not a paragraph
        if non_latin >= 0.5 and sum(1 for w in chunk.split() if _NON_LATIN.search(w)) \
                + len(_UNSPACED.findall(chunk)) // 2 < 2:
            continue  # one word of another script ("Posted 3 февраля 10:59"): R005's or R008's, no paragraph
        if EMAIL.search(ctx.doc.text, block.start, block.end):  # the text as written: addresses are masked
            continue  # a site's notice that gives its address ("Schreiben Sie uns an: ...@..."), no article text
        # names say nothing about the language a paragraph is in: lowercase words only
        words = [w for w in _LATIN_WORD.findall(chunk) if w[0].islower()]
        if non_latin < 0.5 and (len(words) < _MIN_WORDS or looks_foreign(words) < 0.5):
            continue
        detected = detect(chunk)
        if detected is None or detected[0] == "en" or detected[1] < 0.9:
            continue
        lang, prob = detected
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        emit(block.start + lead, block.end - trail, f"paragraph is not in English (langdetect: {lang}, p={prob:.2f})",
             evidence={"langdetect_margin": 10 * (prob - 0.9), "other_script": non_latin >= 0.5})
