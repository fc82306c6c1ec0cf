"""Reading glossary YAML files with line numbers, and validating them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from audit.glossary import cache as _cache
from audit.glossary.model import PRONOUNS, Entity, Glossary, entity_types

KEYS = {"id", "canonical", "type", "pronoun", "aliases", "variants", "acronyms", "exonyms", "note", "gloss"}
TOP_KEYS = {"entities", "version", "description", "language", "house-style", "reference"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANG = re.compile(r"^[a-z]{2}$")
BUNDLED = Path(__file__).resolve().parent.parent / "glossaries"  # inside an installed wheel
SOURCE_TREE = Path(__file__).resolve().parents[2] / "glossaries"  # a source checkout


class GlossaryError(Exception):
    """Every problem found in the glossaries, one 'file:line: problem' per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _Str(str):
    line: int = 0


@cache
def _line_loader():
    """A safe loader (libyaml's where installed: ten times faster) that remembers the line of
    every string and mapping. Built on first use: a run whose glossaries all come from the
    compiled cache never imports yaml."""
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        def construct_yaml_str(self, node):  # noqa: D401 - yaml hook
            value = _Str(super().construct_yaml_str(node))
            value.line = node.start_mark.line + 1
            return value

        def construct_mapping(self, node, deep=False):
            mapping = super().construct_mapping(node, deep=deep)
            mapping["__line__"] = node.start_mark.line + 1
            return mapping

    LineLoader.add_constructor("tag:yaml.org,2002:str", LineLoader.construct_yaml_str)
    return LineLoader


def default_glossary_paths() -> list[Path]:
    folder = BUNDLED if BUNDLED.is_dir() else SOURCE_TREE
    return sorted(folder.glob("*.y*ml")) if folder.is_dir() else []


def _expand(paths: list[Path]) -> list[Path]:
    out = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml"))))
        else:
            out.append(p)
    return out


def _line(value, default: int) -> int:
    return getattr(value, "line", default) or default


def _string_list(value, where: str, problems: list[str], line: int, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}:{line}: '{key}' must be a list of non-empty strings")
        return []
    return list(value)


def _lang_table(value, where: str, problems: list[str], line: int, key: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"{where}:{line}: '{key}' must map language codes to lists of forms")
        return {}
    out = {}
    for lang, forms in value.items():
        if lang == "__line__":
            continue
        if not isinstance(lang, str) or not _LANG.match(lang):
            problems.append(f"{where}:{_line(lang, line)}: '{key}': language code '{lang}' is not two lowercase letters")
            continue
        out[lang] = _string_list(forms, where, problems, _line(lang, line), f"{key}: {lang}")
    return out


def _parse_file(path: Path, problems: list[str]) -> list[Entity]:
    """A file's entities: from its compiled copy where one is cached (large files: audit.glossary.cache),
    else parsed (and the copy kept where it parsed without a problem)."""
    where = str(path)
    try:
        raw = path.read_bytes()
        cached = _cache.load(raw, where)
        if cached is not None:
            return cached
        text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        problems.append(f"{where}: no such file")
        return []
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{where}: cannot read: {err}")
        return []
    before = len(problems)
    entities = _parse_text(text, where, problems)
    if len(problems) == before and entities:
        _cache.store(raw, entities)
    return entities


def _parse_text(text: str, where: str, problems: list[str]) -> list[Entity]:
    import yaml

    try:
        data = yaml.load(text, Loader=_line_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        problems.append(f"{where}{line}: invalid YAML: {problem}")
        return []
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        problems.append(f"{where}:1: expected a mapping with an 'entities' list")
        return []
    for key in data:
        if key not in TOP_KEYS and key != "__line__":
            problems.append(f"{where}:{_line(key, 1)}: unknown top-level key '{key}'")
    flags = {}
    for key in ("house-style", "reference"):
        flags[key] = data.get(key, False)
        if not isinstance(flags[key], bool):
            problems.append(f"{where}:{_line(flags[key], 1)}: '{key}' must be true or false")
            flags[key] = False
    entities = []
    for item in data["entities"]:
        entity = _parse_entity(item, where, problems)
        if entity:
            entity.house_style = flags["house-style"]
            entity.reference = flags["reference"]
            entities.append(entity)
    return entities


def _parse_entity(item, where: str, problems: list[str]) -> Entity | None:
    if not isinstance(item, dict):
        problems.append(f"{where}:{_line(item, 1)}: an entity must be a mapping")
        return None
    line = item.get("__line__", 0)
    ok = True
    for key in item:
        if key != "__line__" and key not in KEYS:
            problems.append(f"{where}:{_line(key, line)}: unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
            ok = False
    for key in ("id", "canonical", "type"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problems.append(f"{where}:{line}: entity is missing '{key}'")
            ok = False
    if not ok:
        return None
    if not _ID.match(item["id"]):
        problems.append(f"{where}:{_line(item['id'], line)}: id '{item['id']}' must be lowercase letters, digits and '-'")
    etype = item["type"]
    if etype not in entity_types():
        problems.append(f"{where}:{_line(etype, line)}: unknown type '{etype}' (known: {', '.join(sorted(entity_types()))})")
    pronoun = item.get("pronoun")
    if pronoun is None:
        if etype == "person":
            problems.append(f"{where}:{line}: person '{item['id']}' needs a pronoun (he, she or they)")
        pronoun = entity_types().get(etype, {}).get("pronoun", "it")
    elif pronoun not in PRONOUNS:
        problems.append(f"{where}:{_line(pronoun, line)}: pronoun '{pronoun}' is not one of he, she, it, they")
    return Entity(
        id=str(item["id"]),
        canonical=str(item["canonical"]).strip(),
        type=str(etype),
        pronoun=str(pronoun),
        aliases=_string_list(item.get("aliases"), where, problems, line, "aliases"),
        variants=_string_list(item.get("variants"), where, problems, line, "variants"),
        acronyms=_lang_table(item.get("acronyms"), where, problems, line, "acronyms"),
        exonyms=_lang_table(item.get("exonyms"), where, problems, line, "exonyms"),
        note=str(item.get("note") or ""),
        gloss=str(item.get("gloss") or ""),
        source=where,
        line=line,
    )


def _check_consistency(entities: list[Entity], problems: list[str]) -> None:
    ids: dict[str, Entity] = {}
    accepted: dict[str, Entity] = {}
    wrong: dict[str, tuple[Entity, str]] = {}
    for e in entities:
        if e.id in ids:
            first = ids[e.id]
            problems.append(f"{e.source}:{e.line}: duplicate id '{e.id}' (first at {first.source}:{first.line})")
        ids.setdefault(e.id, e)
        for form in e.accepted:
            if form not in accepted or accepted[form].reference:
                accepted[form] = e  # another glossary's accepted form is what counts against a claim
    _yield_reference_forms(entities)
    for e in entities:
        claims = [(v, "variant") for v in e.variants]
        claims += [(f, f"{lang} acronym") for lang, fs in e.acronyms.items() for f in fs]
        claims += [(f, f"{lang} exonym") for lang, fs in e.exonyms.items() for f in fs]
        for form, kind in claims:
            owner = accepted.get(form)
            clash = form in wrong and wrong[form][0] is not e
            if not clash and (owner is None or owner.reference):
                wrong.setdefault(form, (e, kind))
                continue
            where = f"{e.source}:{_line(form, e.line)}"
            if owner is not None and not owner.reference:
                whose = "its own" if owner is e else f"'{owner.id}' ({owner.source}:{owner.line})"
                problems.append(f"{where}: {kind} '{form}' of '{e.id}' is also an accepted form of {whose}")
            if clash:
                other, _ = wrong[form]
                problems.append(
                    f"{where}: {kind} '{form}' is claimed by '{e.id}' and by '{other.id}' ({other.source}:{other.line})"
                )
            wrong.setdefault(form, (e, kind))


def _yield_reference_forms(entities: list[Entity]) -> None:
    """A reference glossary (the world glossary) gives way: its wrong forms that another glossary
    accepts or claims are dropped, and its accepted forms never make another's wrong form an error
    (they are not matched in a text). Precision first: the hand-made glossary knows its beat."""
    if not any(e.reference for e in entities):
        return
    own = [e for e in entities if not e.reference]
    taken = {f for e in own for f in e.accepted}
    taken.update(f for e in own for f in e.variants)
    taken.update(f for e in own for table in (e.acronyms, e.exonyms) for fs in table.values() for f in fs)
    for e in entities:
        if e.reference and taken:
            e.variants = [f for f in e.variants if f not in taken]
            e.exonyms = {lang: kept for lang, fs in e.exonyms.items() if (kept := [f for f in fs if f not in taken])}
            e.acronyms = {lang: kept for lang, fs in e.acronyms.items() if (kept := [f for f in fs if f not in taken])}


def load_glossary(paths: list[Path] | None = None, *, defaults: bool = True, house_style: bool = False) -> Glossary:
    """Load the bundled glossaries (unless defaults=False) and `paths`; raise GlossaryError on any problem.
    `house_style`: every canonical form is the house's (as if each file declared `house-style: true`)."""
    files = (default_glossary_paths() if defaults else []) + _expand([Path(p) for p in paths or []])
    seen: set[Path] = set()
    files = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # each file once
    problems: list[str] = []
    entities: list[Entity] = []
    for path in files:
        entities.extend(_parse_file(path, problems))
    _check_consistency(entities, problems)
    if problems:
        raise GlossaryError(problems)
    if house_style:
        for e in entities:
            e.house_style = True
    return Glossary(entities)
