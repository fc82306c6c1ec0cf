"""The dialogue dash of Russian, Ukrainian and Portuguese copy, left where English quotes speech."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english
from audit.language.text import WORD
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a paragraph opened by a dash before its first, capitalised word: "– We don't have time"
_OPENING = regex.compile(r"(?m)^[ \t]*([-–—])[ \t\u00a0]+(?=\p{Lu})")
# a dash before a short lowercase clause: ", – said Genich.", " - the police said."
_CLOSING = regex.compile(r"(?<=[\p{L}\p{N}.!?…”\"’)])(,?)([ \t\u00a0]*[-–—])[ \t\u00a0]+(?=\p{Ll})")
# a dash followed by a space inside an attribution: a parenthesis, so no attribution
_DASH_AFTER = regex.compile(r"[-–—]\s")
# a dash after a sentence's end, before a capital: speech opened inside a paragraph
_INNER_OPENING = regex.compile(r"(?<=[.!?…][ \t\u00a0]+)([-–—])[ \t\u00a0]+(?=\p{Lu})")
# a dash opening a sentence inside the paragraph: another item of a run-in list
_RUN_IN_ITEM = regex.compile(r"[.!?][ \t\u00a0]+[-–—][ \t\u00a0]+\p{Lu}")
# a quotation of four words or more inside the paragraph: the text quotes speech with marks, not
# dashes (a title is shorter: "the film “Mother”")
_QUOTED = regex.compile(r"[\"“«„][^\"“”«»„\n]*?\p{L}+(?:[^\"“”«»„\n\p{L}]+\p{L}+){3}[^\"“”«»„\n]*[\"”»“]")
_CLAUSE_END = regex.compile(r"[.!?…\n]|$")
_MAX_CLAUSE_WORDS = 6  # "said the head of the regional police": longer clauses go on with the sentence
_MIN_SPEECH_WORDS = 8  # a dash before fewer words is a list item or a caption
_CHAIN = 4  # paragraphs a quoted speech may run over before its attribution


def _paragraphs(ctx: Context) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in ctx.doc.blocks]


def _speech_paragraph(text: str, start: int, end: int) -> bool:
    """Full sentences, as speech is: enough words and a closing full stop, question or exclamation mark."""
    chunk = text[start:end].rstrip()
    return len(WORD.findall(chunk)) >= _MIN_SPEECH_WORDS and chunk[-1:] in ".!?…”\"’"


def _speaks(text: str, start: int, end: int) -> bool:
    """Somebody speaks to somebody: the paragraph says I, we or you."""
    pronouns = english()["speaker_pronouns"]
    return any(w.lower() in pronouns for w in WORD.findall(text[start:end]))


def _attributions(text: str) -> list[regex.Match]:
    """Dashes before a short clause that names a speaker and ends the sentence ("– said Genich.")."""
    verbs = english()["speech_verbs"] | english()["attribution_verbs"]
    found = []
    for m in _CLOSING.finditer(text):
        end = _CLAUSE_END.search(text, m.end()).start()
        words = [w.lower() for w in WORD.findall(text[m.end() : end])]
        if len(words) <= _MAX_CLAUSE_WORDS and _names_speaker(words, verbs) and not _DASH_AFTER.search(text, m.end(), end):
            found.append(m)
    return found


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation with another full stop in it ("U.S.")."""
    word = text[:stop].rsplit(None, 1)[-1] if text[:stop].strip() else ""
    return "." in word


def _names_speaker(words: list[str], verbs: frozenset[str]) -> bool:
    """A clause that opens with a speech verb ("said the mayor", "note the meteorologists") or with
    its speaker and then the verb ("the police said", "his lawyer told"): not "and said more would
    follow", "a warning echoed in the report"."""
    if not words:
        return False
    if words[0] in verbs:
        return True
    return words[0] not in _no_speaker_openers() and any(w in verbs for w in words[1:4])


@cache
def _no_speaker_openers() -> frozenset[str]:
    """Function words no speaker's name opens with: all but the determiners of "the police said"."""
    return english()["function_words"] - {"the", "his", "her", "their", "its", "our", "my"}


def _opened_quote_before(ctx: Context, pos: int, line_start: int) -> str:
    """The quotation mark opened earlier in the paragraph and still open at pos, if any."""
    marks = [q for q in ctx.quote_marks if line_start <= q.pos < pos and not q.single]
    return marks[-1].mark if marks and marks[-1].role == "open" else ""


@rule(
    "C014",
    "dialogue-dash",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="– We will not give up the city. The defence holds, and it will hold, – said the mayor.",
    evidence_for=("attributed",),
)
def dialogue_dash(ctx: Context, emit: Emit) -> None:
    """A dash that opens or closes quoted speech ("– We will hold. – said the mayor").

    What it does: flags a dash that opens a paragraph of speech (full sentences, not a list item),
    a dash after a sentence's end that opens speech closed in the same paragraph by a dash and its
    speaker ("in action. – There are 25 suspects – emphasized the officer."), a dash before a
    short clause that ends the sentence and names the speaker with a speech verb ("– said
    Genich", "- the police said"), and one between a closed quotation and its speaker ('frost"
    — said the centre', Russian 'year”, – he said'). The speech runs from the opening dash to the
    attribution, over the following paragraphs if need be; without an attribution it ends with
    its paragraph, unless the next paragraph goes on with more speech.

    Why is this bad: Russian, Ukrainian and Portuguese mark direct speech with dashes; English
    uses quotation marks, and a comma before the attribution of reported speech.

    Leaves alone: dashes in lists (short items, lines without a full stop, items run in one line,
    lines where nobody says I, we or you and no speaker is named, lines that quote speech of four
    words or more in quotation marks themselves), parenthetical dashes
    (a clause with no speech verb, one that does not open with the verb or its speaker: "— and
    said more would follow", or one followed by another dash), and an en or em dash before an
    attribution that opens no speech, unless a closed quotation stands before it (a translator's
    choice: only the hyphen is a slip there).

    Fix: “ for the opening dash (safe where the speech's end is known; unsafe where the rule
    closes it at the paragraph's end, adding ”); ” for the closing dash of an opened quotation
    (",” said Genich"); a comma for the hyphen of reported speech ("resident, the police said");
    a comma inside a closed quotation for the dash after it ('frost," said the centre'); no dash
    where a comma stands already ('year”, he said').
    """
    text = ctx.text
    paragraphs = _paragraphs(ctx)
    attributions = _attributions(text)
    closed_by: dict[int, int] = {}  # attribution start -> the opening dash it closes
    for m in _OPENING.finditer(text):
        i = next((k for k, (s, e) in enumerate(paragraphs) if s <= m.start() < e), None)
        if i is None or not _speech_paragraph(text, *paragraphs[i]):
            continue
        if _QUOTED.search(text, m.end(), paragraphs[i][1]):
            continue  # '- Kim: "Give him a nomination now"': speech quoted inside, the dash marks a list item
        neighbours = [paragraphs[k] for k in (i - 1, i + 1) if 0 <= k < len(paragraphs)]
        if any(_OPENING.match(text, s) and not _speech_paragraph(text, s, e) for s, e in neighbours):
            continue  # a list of dashed items
        chain = paragraphs[i : i + _CHAIN]
        for n, (s, e) in enumerate(chain):
            if n and (_OPENING.match(text, s) or text[s : s + 1] in "“\"«"):
                chain = chain[:n]
                break
        attribution = next((a for a in attributions if m.end() < a.start() < chain[-1][1]), None)
        start, end = paragraphs[i]
        if attribution is None and (not _speaks(text, start, end) or _RUN_IN_ITEM.search(text, m.end(), end)):
            continue  # nobody speaking, or "- We send alerts. - We give links.": a listing's items
        edits = [(m.start(1), m.end(), "“")]
        continued = i + 1 < len(paragraphs) and bool(text[paragraphs[i + 1][0]] in "“\"«" or _OPENING.match(text, paragraphs[i + 1][0]))
        if attribution is not None:
            closed_by[attribution.start()] = m.start(1)
        elif not continued and text[start:end].rstrip()[-1:] not in "”\"":
            close = len(text[start:end].rstrip()) + start
            edits.append((close, close, "”"))
        emit(m.start(1), m.end(), "a dialogue dash: English opens quoted speech with '“'",
             evidence={"attributed": attribution is not None, "continued": continued, "closed_here": len(edits) > 1},
             edits=edits, applicability=Applicability.SAFE if len(edits) == 1 else Applicability.UNSAFE)
    for m in _INNER_OPENING.finditer(text):
        # a dash after a sentence's end opens speech that a dash and its speaker close: Polish
        # and Russian copy ("... in action. – There are 25 suspects ... – emphasized the officer.")
        i = next((k for k, (s, e) in enumerate(paragraphs) if s <= m.start() < e), None)
        if i is None:
            continue
        end = paragraphs[i][1]
        attribution = next((a for a in attributions if m.end() < a.start() < end), None)
        if attribution is None or attribution.start() in closed_by or _QUOTED.search(text, m.end(), attribution.start()):
            continue
        if regex.search(r"(?:^|\s)[-–—]|[-–—](?:\s|$)", text[m.end() : attribution.start()]):
            continue  # another spaced dash between (a parenthesis or a list, not one speech); not "well-known"
        closed_by[attribution.start()] = m.start(1)
        emit(m.start(1), m.end(), "a dialogue dash: English opens quoted speech with '“'",
             evidence={"attributed": True, "continued": False, "closed_here": False, "inner": True},
             replacement="“", applicability=Applicability.SAFE)
    for a in attributions:
        line_start = text.rfind("\n", 0, a.start()) + 1
        comma, dash = a.group(1), a.group(2).strip()
        opener = _opened_quote_before(ctx, a.start(), line_start)
        closing = next((q for q in ctx.quote_marks if q.pos == a.start() - 1 and q.role == "close" and not q.single), None)
        if closing is not None and (not comma or dash != "-") and a.start() not in closed_by:
            # 'frost" — said the centre': the speech is quoted already; the dash goes, a comma
            # ends the quotation ('frost," said'), or stays where it is ('snowfall," said'; the
            # Russian 'year”, – he said', a comma after the closing mark)
            if comma or text[a.start() - 2 : a.start() - 1] in ",!?…":
                emit(a.start(2), a.end(2), f"a dash after a closed quotation{' and its comma' if comma else ''}, "
                     "before its speaker: English has none",
                     evidence={"attributed": 1.0, "opened": 1.0, "after_quote": 1.0},
                     replacement="", applicability=Applicability.SAFE)
            else:
                stop = text[a.start() - 2 : a.start() - 1] == "." and not _abbreviation(text, a.start() - 2)
                start = a.start() - 2 if stop else a.start() - 1  # 'frost." —' -> 'frost," said'
                emit(start, a.end(2), "a dash after a closed quotation, before its speaker: a comma inside the quotation in English",
                     evidence={"attributed": 1.0, "opened": 1.0, "after_quote": 1.0},
                     replacement="," + closing.mark, applicability=Applicability.SAFE)
            continue
        if a.start() in closed_by or opener:
            close = "\"" if opener == "\"" else "”"  # in the style of the quotation's opening mark
            before = text[a.start() - 1 : a.start()]
            start = a.start(2)
            if comma or before in "!?…":
                replacement = close  # ',” said', '?” said'
            elif before == "." and not _abbreviation(text, a.start() - 1):
                start, replacement = a.start() - 1, "," + close  # 'a lot. – said' -> 'a lot,” said'
            else:
                replacement = "," + close
            emit(start, a.end(2), "the dash before the speaker closes quoted speech: '”' in English",
                 evidence={"attributed": 1.0, "opened": 1.0, "hyphen": dash == "-"},
                 replacement=replacement, applicability=Applicability.SAFE)
        elif dash == "-":
            emit(a.start(), a.end(2), "a dialogue dash before the speaker: a comma in English",
                 evidence={"attributed": 1.0, "opened": 0.0, "hyphen": 1.0},
                 replacement=",", applicability=Applicability.SAFE)
