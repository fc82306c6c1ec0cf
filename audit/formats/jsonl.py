"""A JSON Lines feed: one document per line, streamed (memory stays flat however long the feed).

    {"id": "0412", "text": "...", "source": "...", "source_lang": "es", "target_lang": "en",
     "reference": "...", "metadata": {"date": "2024-12-08"}}

`id` and `text` are required; other keys are ignored. A bad line is reported with its line number and the reason, and
the rest of the feed is audited.
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from collections.abc import Iterator

from audit.document import Document
from audit.formats import bad, segment
from audit.inputs import InputError

KEYS = {"id", "text", "source", "source_lang", "target_lang", "reference", "metadata"}


def read_jsonl(path: str) -> Iterator[Document | InputError]:
    name = "<stdin>" if path == "-" else path
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as err:
        yield bad(path, f"{path}: cannot read: {err.strerror}")
        return
    seen: set[str] = set()
    with stream if path != "-" else nullcontext(stream):
        for number, raw in enumerate(stream, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield bad(name, f"{name}:{number}: not valid UTF-8 (byte {err.start})")
                continue
            if not line.strip():
                continue
            item = parse_record(line, f"{name}:{number}")
            if isinstance(item, InputError):
                item.path = name
                yield item
                continue
            unit = item["id"]
            if unit in seen:  # a set of ids only: memory grows with the ids, never the text
                yield bad(name, f"{name}:{number}: duplicate id {unit!r}")
                continue
            seen.add(unit)
            yield segment(name, unit, item["text"], line=number, source=item.get("source"),
                          source_lang=item.get("source_lang", ""), target_lang=item.get("target_lang", ""),
                          reference=item.get("reference"), metadata=item.get("metadata"))


def parse_record(line: str, where: str) -> dict | InputError:
    """The checked fields of one feed line, or an InputError saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(f"{where}: not valid JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return InputError(f"{where}: expected a JSON object, found {type(record).__name__}")
    unit = record.get("id")
    if isinstance(unit, bool) or not isinstance(unit, (str, int)) or str(unit) == "":
        return InputError(f"{where}: 'id' is required: a non-empty string or an integer")
    if not isinstance(record.get("text"), str):
        return InputError(f"{where}: 'text' is required and must be a string")
    for key in ("source", "source_lang", "target_lang", "reference"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return InputError(f"{where}: '{key}' must be a string")
    metadata = record.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return InputError(f"{where}: 'metadata' must be an object")
    # other keys are the feed's own business: ignored
    return {**{k: v for k, v in record.items() if k in KEYS and v is not None}, "id": str(unit)}
