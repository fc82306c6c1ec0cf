"""A name of Cyrillic origin in another language's romanisation, that English knows in no spelling."""

from __future__ import annotations

import regex

from audit.language.lexicon import thresholds, zipf
from audit.language.names import source_languages
from audit.language.origins import (
    best_reading,
    english_cost,
    native_ending_marks,
    own_names,
)
from audit.language.romanisation import east_asian, language_name
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.foreign_romanisation import cyrillic_spelling, english_spelling

_LIMITS = thresholds()["cyrillic_names"]
_NAME_WORD = regex.compile(rf"(?<![\p{{L}}\-'’])\p{{Lu}}[\p{{Ll}}\p{{M}}]{{{_LIMITS['min_letters'] - 1},}}(?![\p{{L}}])")


@rule(
    "N009",
    "cyrillic-name-in-foreign-romanisation",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Prosecutor General Iryna Wenediktowa opened the case on Friday.",
    evidence_for=("marks", "same_convention"), evidence_against=("source_word_zipf", "other_source_lang"),
)
def cyrillic_name_in_foreign_romanisation(ctx: Context, emit: Emit) -> None:
    """A Russian, Ukrainian or Belarusian name English does not know in any spelling, written the
    way German, French, Spanish... write such names ("Wenediktowa" for Venediktova, "Markuschyn"
    beside German "Selenskyj").

    What it does: a capitalised word English does not know (wordfreq) is read back letter by letter
    into Cyrillic with each language's column of the Cyrillic table (audit/data/romanisation.yaml:
    German w for в, sch for ш, tsch for ч, j for й; French ou for у, tch for ч...). Where the reading
    uses two hallmarks of one language's convention, or one where the document shows that
    convention in another name nearby, and the name written the English way ends as such names do
    (-ov, -ova, -enko, -sky, -yn...), and English's own column does not read the spelling as
    cheaply, the name was copied in the source's romanisation.

    Why is this bad: English news writes such names in their English romanisation (BGN/PCGN); a
    reader, a search or an archive does not find the foreign one.

    Leaves alone: words English knows, however rare (Pankow, Kowalski); a name English knows under
    another spelling (N007 gives that one); Polish and Czech spellings, the languages' own names
    looking the same; a slip of a word English knows (a letter too many or two swapped:
    "Doestoevsky"); a German name with one hallmark and no other such name near (Modrow,
    Strelow); spellings English reads as they stand ("Falkushchenko"); spellings whose English
    form does not end as a Slavic name; Chinese and
    Japanese syllable strings; names the glossary knows.

    Fix (unsafe): the BGN/PCGN spelling of the name read back (a person should check it: English
    may know the person under another).
    """
    langs = source_languages(ctx)
    candidates, established = [], []
    for m in _NAME_WORD.finditer(ctx.text):
        word = m.group()
        if ctx.in_mention(m.start(), m.end()) or zipf(word.casefold()) >= _LIMITS["unknown"] \
                or east_asian(word):
            continue
        known = english_spelling(word, langs) or cyrillic_spelling(word, langs)
        if known is not None:  # N007's: a name English knows, in this convention
            established.append((m.start(), known[1] if isinstance(known, tuple) else known.lang, word))
            continue
        reading = best_reading(word, langs)
        if reading is None or reading.zipf > 0 or own_names(reading.lang) or not reading.slavic:
            continue
        if _slip_of_known(word.casefold()):
            continue  # a letter too many or two swapped in a word English knows ("Doestoevsky"): a typo
        plain = english_cost(word)
        if plain is not None and plain <= reading.cost:
            continue  # English reads it as cheaply: it may be English already ("Falkushchenko")
        marks = len(reading.marks) - native_ending_marks(word, reading)
        if marks < 1:
            continue  # only the ending of a native name (German Modrow, Strelow)
        candidates.append((m, reading))
        if marks >= _LIMITS["marks"]:
            established.append((m.start(), reading.lang, word))
    source = ctx.doc.source_lang
    for m, reading in candidates:
        # another name of the same convention nearby (the document's, not a feed file's far end)
        same = sum(1 for at, lang, other in established
                   if lang == reading.lang and other != m.group() and abs(at - m.start()) <= _LIMITS["near"])
        if len(reading.marks) - native_ending_marks(m.group(), reading) < _LIMITS["marks"] and not same:
            continue
        word = m.group()
        replacement = reading.standard[:1].upper() + reading.standard[1:]
        emit(m.start(), m.end(), f"'{word}' is a name written as {language_name(reading.lang)} writes it "
             f"({', '.join(dict.fromkeys(reading.marks))}); in English: '{replacement}'",
             evidence={"marks": len(reading.marks), "same_convention": min(3, same),
                       "source_word_zipf": zipf(word.casefold(), reading.lang) if reading.lang in _WORDFREQ else 0.0,
                       "other_source_lang": bool(source) and reading.lang != source},
             replacement=replacement, applicability=Applicability.UNSAFE)


def _slip_of_known(word: str) -> bool:
    """Whether deleting one letter or swapping two neighbours gives a word English knows."""
    known = _LIMITS["slip_known"]
    return any(zipf(word[:i] + word[i + 1:]) >= known for i in range(len(word))) or any(
        zipf(word[:i] + word[i + 1] + word[i] + word[i + 2:]) >= known for i in range(len(word) - 1))


_WORDFREQ = {"de", "fr", "es", "it", "pt", "tr", "pl", "cs", "nl"}
