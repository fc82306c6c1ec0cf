"""Merged words: two words glued together where the translation pipeline lost a space."""

from __future__ import annotations

from collections.abc import Callable

import regex

from audit.language.compounds import ends_compounds, inflection, starts_compounds
from audit.language.lexicon import english, thresholds, word_endings, zipf
from audit.language.spans import compiled, count_within, positions
from audit.model import Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.glue_joins import join

_PART = regex.compile(r"\p{L}+")
# A token that the splitter may look at: letters only (no digits, no dots), at least 5 of them.
_GLUE = thresholds()["glue"]  # Zipf frequencies and lengths (audit/data/thresholds.yaml)
_MIN_LEN, _KNOWN_TOKEN = _GLUE["min_letters"], _GLUE["known_token"]
_COMMON, _VERY_COMMON, _GLUE_VERB = _GLUE["common"], _GLUE["very_common"], _GLUE["glue_verb"]
_ARTICLE_NOUN = _GLUE["article_noun"]
_SOURCE_NAME = _GLUE["source_name"]
_FEW_HEADS, _FEW_TAILS = thresholds()["compounds"]["few_heads"], thresholds()["compounds"]["few_tails"]


def _no_compound(left: str, right: str) -> bool:
    """Whether neither half is one English builds closed compounds with: the left half starts few
    English words ("victory", not "over"), the right half ends few ("answered", not "wood")."""
    return starts_compounds(left) <= _FEW_HEADS and ends_compounds(right) <= _FEW_TAILS


def _splits(part: str, names: frozenset[str], alone: Callable[[str], bool], one_word_names: frozenset[str],
            source: str = ""):
    """Yield (left, right, rank, kind of evidence) for every split of `part` into two attested
    words; the rank only picks the likeliest split of a token (the finding's confidence comes from
    its evidence); `alone(word)`: whether the text writes the word alone nearby (then it is a name);
    `source`: the document's source language, whose common words are names the MT kept."""
    data = english()
    function_words, name_endings = data["function_words"], data["name_endings"]
    capitalised = part[0].isupper()
    low = part.lower()
    for article in ("a", "an"):  # "for amaritime storm", "anorange notice": the article glued to its noun
        rest = low[len(article):]
        if not capitalised and low.startswith(article) and len(rest) >= 5 and zipf(rest) >= _ARTICLE_NOUN \
                and (rest[0] in "aeiou") == (article == "an"):
            yield article, part[len(article):], 1.2, "article_word"
    for i in range(2, len(part) - 1):
        left, right = part[:i], part[i:]
        low_left, low_right = left.lower(), right.lower()
        zl, zr = zipf(low_left), zipf(low_right)
        glossary_left = capitalised and len(left) >= 4 and low_left in names
        # the document writes the left half alone elsewhere ("Amazon ... Amazoncustomer")
        alone_left = capitalised and len(left) >= 5 and alone(left)
        name_left = glossary_left or (capitalised and len(left) >= 4 and zl >= 4.0)
        # two-letter function words that end many foreign names ("Susanin", "Robertas"): only after
        # a glossary name, or "is", "on"... after a well-known longer one ("Ukraineis", "Russiaon");
        # others ("at", "of") after any name ("Saturdayat")
        fw_right = (low_right in function_words and (
            len(right) >= 3 or glossary_left or (capitalised and low_left in one_word_names)
            or (name_left and low_right not in name_endings))) or (
            low_right in data["glue_after_common_word"] and len(left) >= 5 and zl >= 4.0) or (
            not capitalised and low_right in data["glue_after_lowercase_word"] and len(left) >= 4 and zl >= _VERY_COMMON)
        if low_right in data["suffix_words"]:
            continue  # "Powderless", "Clockwise": a derivation, not a glued pair
        name_suffix = low_right in data["name_suffixes"]  # "Sassover": a name's ending
        # an unknown capitalised left half that ends as words do: "Nordstr|and" leaves no word
        unknown_left = capitalised and len(left) >= 4 and zl < 4.0 and low_left[-3:] in word_endings()
        # a short capitalised word glued to a content word is a brand or a name ("Ministop",
        # "Postbank", "Jianlong"): only a glossary name or a function word makes it a glued pair
        common_right = zr >= _VERY_COMMON and len(right) >= 3 and (
            glossary_left or (not name_suffix and len(left) >= 5))
        if capitalised and len(left) >= 5 and low_right in data["institution_heads"]:
            # "Anadoluagency", "Israeligovernment": a name glued to the head noun of an institution
            # (not a short prefix: "Eurocouncil")
            yield left, right, 1.0, "institution_right"
        elif (name_left and (fw_right or common_right)) or (
                # a name the source language knows well, kept by the MT ("In Galiciathe orange warning")
                fw_right and capitalised and len(left) >= 5 and len(right) >= 3 and source
                and zipf(low_left, source) >= _SOURCE_NAME):
            # "Homsnorth", "Russiathe", "Assadfrom": a name glued to a common word
            # a capitalised common word glued to a content word is as often a brand ("Postbank")
            strong = glossary_left or fw_right
            kind = ("source_name_function_word" if not name_left  # known by the source language only
                    else "name_function_word" if fw_right else "glossary_name" if glossary_left else "name_common_word")
            yield left, right, (2.6 if strong else -0.3) + 0.4 * (zr - 5.0), kind
        elif alone_left and len(right) >= 4 and zr >= _COMMON:
            # a name of this document glued to a common word ("Amazoncustomer", "Ruifeireports");
            # not short halves, which are syllables of romanised names ("Lingkong", "Alfredson")
            yield left, right, 0.6 + 0.4 * (zr - 4.0), "document_name"
        elif capitalised and len(left) >= 6 and len(right) >= 6 and min(zl, zr) >= 3.0 and right.islower():
            # two long words ("Ukrainianpsychologists"): brands glue short ones ("Postbank")
            yield left, right, 0.5 + 0.3 * (min(zl, zr) - 3.5), "long_pair"
        elif unknown_left and len(right) >= 3 and low_right in function_words \
                and low_right not in name_endings and not name_suffix \
                and not (len(left) <= 4 and low_right in data["short_stem_name_endings"]):
            # an unknown name glued to a function word ("Luhanskand", "Yamashinawhen"); not one
            # that ends names ("Kulmbacher", "Baikonor", a short "Vilfand")
            yield left, right, 1.0, "unknown_name_function_word"
        elif unknown_left and len(left) >= 5 and len(right) >= 4 and zr >= _GLUE_VERB and not name_suffix:
            # an unknown name glued to one of the commonest words ("Polinsaid", "Scheinfeldis")
            yield left, right, 0.8 + 0.5 * (zr - _GLUE_VERB), "unknown_name"
        elif capitalised and len(left) >= 4 and zl < _COMMON and len(right) >= 5 and zr >= 3.0 and not name_suffix \
                and (inflection(low_right) in ("ed", "ing") or low_right in data["person_heads"]) \
                and _no_compound(low_left, low_right):
            # a name glued to a verb form or a title no compound ends in ("Mahmoodranked",
            # "Burukevaluated", "Ursominister")
            yield left, right, 0.7, "name_verb" if inflection(low_right) else "name_title"
        elif not capitalised and low_right.capitalize() in data["subject_pronouns"] and len(left) >= 4 and zl >= _COMMON:
            # "ministrythey will": a subject pronoun glued to the noun before it (glue_joins.py
            # chooses between a pro-drop trace and a lost full stop)
            yield left, right, 1.0, "word_pronoun"
        elif not capitalised and fw_right and zl >= _COMMON and len(left) >= 3 \
                and low_right not in data["compound_particles"]:
            # "countrythe": a word glued to a function word (not a particle: "readthrough")
            yield left, right, 1.8 + 0.3 * (zl - 4.0), "word_function_word"
        elif not capitalised and zl >= _COMMON and len(left) >= 3 and len(right) >= 4 and zr >= 3.0 \
                and inflection(low_right) and _no_compound(low_left, low_right):
            # a word glued to a verb form, neither half a compound's ("victoryanswered", "plangiven")
            yield left, right, 0.5 + 0.3 * (min(zl, zr) - 4.0), "word_verb"
        elif not capitalised and zl >= _COMMON and zr >= _COMMON and len(left) >= 3 and len(right) >= 3 \
                and _no_compound(low_left, low_right):
            # two content words: English forms closed compounds, so this is weak evidence; none
            # where the left half heads many or the right ends many ("pretrained", "antiweapon")
            yield left, right, -1.5 + 0.3 * (min(zl, zr) - 4.0), "content_pair"


def _best_split(part: str, names: frozenset[str], alone: Callable[[str], bool],
                one_word_names: frozenset[str], source: str = "") -> tuple[str, str, float, str] | None:
    return max(_splits(part, names, alone, one_word_names, source), key=lambda s: s[2], default=None)


class _Words:
    """Where each word of the text occurs. "The text also writes it alone" is evidence within an
    article, not across a whole feed file audited as one document: only occurrences within
    WINDOW characters count."""

    WINDOW = 3000

    def __init__(self, text: str):
        self.starts = positions(_PART, text)

    def count(self, word: str) -> int:
        return len(self.starts.get(word, ()))

    def near(self, pos: int) -> Callable[[str], bool]:
        def alone(word: str) -> bool:
            return count_within(self.starts.get(word, []), pos - self.WINDOW, pos + self.WINDOW) > 0
        return alone


# a word alone between these is cited: a title, a name, a transliteration ("[Haporeach]")
_OPENING_QUOTES = "\"“‘'«„‹[("
_CLOSING_QUOTES = "\"”’'»“›])"


def glued_tokens(ctx: Context) -> list:
    """(match, token, its Zipf frequency, where each word of the text occurs) for every token the
    glue rules look at: letters only, five or more, not upper case, not a hashtag, handle, file or
    domain name, not a word English knows (Zipf 1.5 or more: a word or a brand), not a site's name
    before its domain, not a word quoted or bracketed alone (cited as written). Computed once per
    document: M001, M003 and M004 each read them."""
    return ctx.once(_candidate_tokens)


def _candidate_tokens(ctx: Context) -> list:
    text = ctx.text
    words = _Words(text)
    found = []
    for m in _PART.finditer(text):
        part = m.group()
        if len(part) < _MIN_LEN or part.isupper():
            continue
        # a hashtag or handle is glued on purpose; a part glued to a digit, dot or underscore (a
        # file name, "3D", "U.S.", a URL) is not a word; nor is one in a hyphenated compound or an
        # option ("-funsigned-char")
        before = text[m.start() - 2 : m.start()].rjust(2)
        after = text[m.end() : m.end() + 2].ljust(2)
        if before[1] in "_#@" or before[1].isdigit() or after[0].isdigit() or after[0] == "_":
            continue
        if (after[0] in ".-" and after[1].isalpha()) or (before[1] == "-" and not before[0].isalpha()):
            continue
        token_z = zipf(part.lower())
        if token_z >= _KNOWN_TOKEN:
            continue
        if _site_name(text, m.end()):
            continue  # "Chinanews com", "Chinanews dot com": a web site's name, written as one word
        if before[1] in _OPENING_QUOTES and after[0] in _CLOSING_QUOTES:
            continue  # a word quoted or bracketed alone is cited as written ("the "Borderguards" association")
        found.append((m, part, token_z, words))
    return found


def camel_split(part: str) -> int | None:
    """Index of the one lowercase-to-capital transition, if the word is 'lowerUpper' shaped."""
    cuts = [i for i in range(1, len(part)) if part[i - 1].islower() and part[i].isupper()]
    if len(cuts) != 1:
        return None
    i = cuts[0]
    left, right = part[:i], part[i:]
    if len(left) < 2 or len(right) < 2 or not right[1:].islower():
        return None
    return i



def _site_name(text: str, end: int) -> bool:
    """Whether a top-level domain follows the word ("Chinanews com", "Chinanews dot com"): not an
    English word ("it", "news", "tv") but a domain's ending, so the word is a site's name."""
    nxt = compiled(r"(?:\s+dot\s+|[ .])(\p{Ll}{2,4})\b").match(text, end)
    if not nxt:
        return False
    tld = nxt.group(1)
    return tld in english()["tlds"] and tld not in english()["function_words"] and zipf(tld) < 5.0


@rule(
    "M001",
    "glued-words",
    category=Category.SPELLING,
    severity=Severity.MAJOR,
    example="The rebels announced the capture of the strategic city of Homsnorth of Damascus.",
    evidence_for=("alone_left", "glossary_left"), evidence_against=("token_zipf", "left_compounds", "right_compounds"),
)
def glued_words(ctx: Context, emit: Emit) -> None:
    """Two words run together with no space ("Homsnorth", "Russiathe", "Ukrainianpsychologists").

    What it does: looks at every lowercase-tailed token English does not know (wordfreq) and
    tries every split into two halves English knows. A split is evidence of glue in proportion
    to how unlikely the halves are to form one word: a name (from the glossary, or one the
    document writes alone nearby) glued to a function word or a very common word, a name common
    in the document's source language glued to a function word ("In Galiciathe orange warning",
    from Spanish), a word glued to
    a function word or a subject pronoun, an article glued to the noun after it ("amaritime"),
    a word or a name glued to a verb form or a title where
    neither half is one English builds closed compounds with (wordfreq's list: "victoryanswered",
    "Mahmoodranked", not "forkball", "pretrained"), two long words, two content words neither of
    which heads or ends many compounds. Each kind of split is one
    evidence feature, fitted on its own rate, with how many English compounds each half starts or
    ends (after a lowercase half only: English builds no closed compound on a name).

    Why is this bad: MT pipelines that strip markup drop the space at hyperlinks and paragraph
    joins; a reader sees it at once and a spell-checker often does not.

    Leaves alone: what may be one word: known words and brands, acronyms, words with digits,
    hashtags, handles, file and site names, a form of a word English knows ("birdbaths"), a
    token the document repeats (a glue accident does not repeat itself), a word quoted or
    bracketed alone (cited as written), a derivation or a name's ending as the right half
    (`suffix_words`, `name_suffixes`, `name_endings` in audit/data/english.yaml), and short
    capitalised words glued to content words (brands: "Postbank"). Camel case is M003's and M004's.

    Example and fix: "the city of Homsnorth of Damascus" -> "Homs north" (safe after a glossary
    name); the joining mark comes from the evidence (audit/rules/glue_joins.py): a name glued to
    an article or to a title before "of" gets a comma ("Russia, the main ally"; unsafe). One fix
    mends a glued half that is itself an artifact: a glossary exonym ("Alepnorth" -> "Aleppo
    north"), a subject pronoun repeating the noun phrase that opens its clause ("The ministrythey
    will" -> "The ministry will"; else a lost full stop: "ministry. They"); unsafe.
    """
    names = ctx.glossary.name_words
    source = ctx.source_language if ctx.source_language in english()["source_languages"] else ""
    for m, part, token_z, words in glued_tokens(ctx):
        if camel_split(part) is not None or not part[1:].islower():
            continue  # camel case is M003's and M004's; other mixed case is a brand or a code
        if words.count(part) > 1:
            continue  # a glue accident does not repeat itself: a repeated token is a name or a brand
        if inflection(part.lower(), _KNOWN_TOKEN):
            continue  # a form of a word English knows ("birdbaths", "cleansings")
        alone = words.near(m.start())
        split = _best_split(part, names, alone, ctx.glossary.one_word_names, source)
        if split is None:
            continue
        left, right, _rank, kind = split
        # a glossary name and a word: the space is the one repair; before an article a comma may be
        # wanted instead ("Russia, the main ally"), and other joins are chosen from the evidence
        mended = join(ctx, m.start(), m.end(), left, right, safe=left[0].isupper() and left.lower() in names)
        # one feature per kind of split: each is fitted on its own rate
        mended.emit(emit, m.start(), m.end(), f"'{part}' looks like two words glued together: '{left}' and '{right}'",
                    {kind: 1.0, "alone_left": left[0].isupper() and alone(left), "token_zipf": token_z,
                     "left_zipf": zipf(left.lower()), "right_zipf": zipf(right.lower()),
                     "glossary_left": left[0].isupper() and left.lower() in names,
                     # English builds no closed compound on a name: the halves' compounds say nothing there
                     "left_compounds": 0.0 if left[0].isupper() else starts_compounds(left),
                     "right_compounds": 0.0 if left[0].isupper() else ends_compounds(right)})


