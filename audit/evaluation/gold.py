"""Reading gold annotation files (docs/gold-format.md), with errors that name the file and line."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

from audit.rules.base import ARTIFACT_CLASSES

CLASSES = frozenset(ARTIFACT_CLASSES.values())


class GoldError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class GoldArtifact:
    cls: str
    start: int
    end: int
    quote: str
    corrections: tuple[str, ...] = ()
    kind: str = ""  # a sub-type within the class, for people and reports ("acronym", "calque"...)


@dataclass
class GoldDocument:
    id: str
    text: str
    clean: bool = False
    artifacts: list[GoldArtifact] = field(default_factory=list)
    where: str = ""
    source_lang: str = ""  # the language the text was translated from, where the record says


def _within(context: str, quote: str) -> int:
    """Where `quote` stands in its context: first as a whole word ("he" in "where he brought" is
    the pronoun, not the end of "where"), else its first occurrence."""
    edge = r"(?<!\w)" if quote[0].isalnum() else ""
    tail = r"(?!\w)" if quote[-1].isalnum() else ""
    m = regex.search(edge + regex.escape(quote) + tail, context)
    return m.start() if m else context.find(quote)


def _locate(text: str, art: dict, where: str, problems: list[str]) -> tuple[int, int] | None:
    quote = art.get("quote")
    if not isinstance(quote, str) or not quote:
        problems.append(f"{where}: artifact without a 'quote'")
        return None
    if isinstance(art.get("start"), int):
        start = art["start"]
        if text[start : start + len(quote)] != quote:
            problems.append(f"{where}: quote {quote!r} is not at offset {start}")
            return None
        return start, start + len(quote)
    context = art.get("context")
    if context:
        at = text.find(context)
        if at == -1 or context.find(quote) == -1:
            problems.append(f"{where}: context {context!r} (with quote {quote!r}) not found in the text")
            return None
        start = at + _within(context, quote)
        return start, start + len(quote)
    at = text.find(quote)
    if at == -1:
        problems.append(f"{where}: quote {quote!r} not found in the text")
        return None
    return at, at + len(quote)


def load_gold(path: Path) -> list[GoldDocument]:
    problems: list[str] = []
    docs: list[GoldDocument] = []
    ids: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as err:
        raise GoldError([f"{path}: cannot read: {err.strerror}"]) from err
    except UnicodeDecodeError:
        raise GoldError([f"{path}: not UTF-8"]) from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: invalid JSON: {err.msg} (column {err.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            problems.append(f"{where}: a record needs a string 'id'")
            continue
        if record["id"] in ids:
            problems.append(f"{where}: duplicate id {record['id']!r}")
        ids.add(record["id"])
        text = record.get("text")
        if text is None and isinstance(record.get("path"), str):
            try:
                text = (path.parent / record["path"]).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as err:
                problems.append(f"{where}: cannot read {record['path']}: {err}")
                continue
        if not isinstance(text, str):
            problems.append(f"{where}: a record needs 'text' or 'path'")
            continue
        origin = record.get("source") if isinstance(record.get("source"), dict) else {}
        source_lang = record.get("source_lang") or origin.get("source_lang") or ""
        doc = GoldDocument(record["id"], text, bool(record.get("clean", False)), where=where,
                           source_lang=source_lang if isinstance(source_lang, str) else "")
        for art in record.get("artifacts") or []:
            if not isinstance(art, dict) or art.get("class") not in CLASSES:
                problems.append(f"{where}: artifact class must be one of {', '.join(sorted(CLASSES))}")
                continue
            span = _locate(text, art, where, problems)
            if span is None:
                continue
            corrections = art.get("corrections") or []
            doc.artifacts.append(GoldArtifact(art["class"], span[0], span[1], art["quote"], tuple(corrections),
                                              str(art.get("kind") or "")))
        docs.append(doc)
    if problems:
        raise GoldError(problems)
    return docs
