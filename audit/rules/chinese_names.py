"""One Chinese name written in pinyin and in Wade-Giles in one document."""

from __future__ import annotations

from collections import defaultdict

import regex

from audit.language.romanisation import chinese_readings
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# two or three capitalised words, each one syllable or a hyphenated or joined given name
_NAME = regex.compile(r"(?<![\p{L}\-'’])[A-Z][a-z]+(?:-[a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[a-z]+)?){1,3}(?![\p{L}\-])")


def _chinese_part(m) -> tuple[int, int] | None:
    """The longest run of two words or more inside a match that pinyin or Wade-Giles reads
    ("President Lai Ching-te" -> "Lai Ching-te")."""
    words = list(regex.finditer(r"\S+", m.group()))
    for size in range(len(words), 1, -1):
        for i in range(len(words) - size + 1):
            start, end = m.start() + words[i].start(), m.start() + words[i + size - 1].end()
            if any(chinese_readings(m.string[start:end])):
                return start, end
    return None


@rule(
    "N010",
    "chinese-name-in-two-romanisations",
    category=Category.INCONSISTENCY,
    severity=Severity.MINOR,
    example="President Lai Ching-te spoke in Taipei. Lai Ching-te thanked the voters, and Lai Qingde left.",
    evidence_for=("usual_uses",), evidence_against=("tie",),
)
def chinese_name_in_two_romanisations(ctx: Context, emit: Emit) -> None:
    """One Chinese name written in two romanisations in one document: pinyin and Wade-Giles ("Lai
    Ching-te ... Lai Qingde", "Hsi Chin-ping ... Xi Jinping").

    What it does: reads each run of two or three capitalised words as pinyin (a given name joined,
    its syllables from pypinyin's list) and as Wade-Giles (one syllable a hyphenated part, each
    syllable's pinyin from audit/data/syllables.yaml, written by scripts/build_syllables.py from
    pypinyin). A run that only Wade-Giles reads and a run that only pinyin reads, with the same
    pinyin syllables, are one person or place written two ways.

    Why is this bad: the reader meets two names for one person; a Taiwanese name has its own
    spelling in English (mostly Wade-Giles), a mainland one its pinyin, and the translation mixed
    them.

    Leaves alone: runs both romanisations read alike ("Chang Wei" may be pinyin Chang or Wade-Giles
    Zhang); irregular spellings neither system writes (Tsai Ing-wen); names the glossary knows
    (its own rules give the glossary's form); a single word.

    Fix (unsafe): the spelling the document uses more often; where both are used as often, none
    (which one English uses depends on the person: pointed at only).
    """
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _NAME.finditer(ctx.text):
        if ctx.overlaps_mention(m.start(), m.end()):
            continue
        found = _chinese_part(m)
        if found is not None:
            where[ctx.text[found[0]:found[1]]].append(found)
    pinyin_forms, wade_forms = {}, {}
    for name in where:
        as_pinyin, as_wade = chinese_readings(name)
        if as_pinyin and not as_wade:
            pinyin_forms[name] = as_pinyin
        elif as_wade and not as_pinyin:
            wade_forms[name] = as_wade
    for wade, wade_reads in wade_forms.items():
        for pinyin, pinyin_reads in pinyin_forms.items():
            if len(wade.split()) != len(pinyin.split()) or not wade_reads & pinyin_reads:
                continue
            nw, np_ = len(where[wade]), len(where[pinyin])
            if nw == np_:  # a tie: the later spelling is pointed at, with no fix
                minority = wade if where[wade][0] > where[pinyin][0] else pinyin
                usual = pinyin if minority == wade else wade
            else:
                minority, usual = (wade, pinyin) if nw < np_ else (pinyin, wade)
            system = "Wade-Giles" if minority == wade else "pinyin"
            for start, end in where[minority]:
                emit(start, end, f"'{minority}' is '{usual}' in {system}: this document writes the name both ways",
                     evidence={"usual_uses": min(3, len(where[usual])), "tie": nw == np_},
                     replacement=None if nw == np_ else usual,
                     applicability=Applicability.UNSAFE)
