"""Inputs that hold many documents: a JSON Lines feed, XLIFF, TMX and PO files.

Each segment becomes one Document, with the path "file#unit-id", offsets within the segment, and
the source text where the file has it (for the source-aware rules). Bad records come out as
InputError values in their turn, so the runner reports them (exit 2) and goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from audit.document import Document
from audit.inputs import InputError

FORMATS = ("auto", "text", "jsonl", "xliff", "tmx", "po")
SUFFIXES = {".jsonl": "jsonl", ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx", ".po": "po"}


def format_of(path: str, input_format: str | None = None) -> str:
    """'text' or the structured format of an input: --input-format where given, else the suffix."""
    if input_format and input_format != "auto":
        return input_format
    if path == "-":
        return "text"
    return SUFFIXES.get(Path(path).suffix.lower(), "text")


def expand(paths: Iterable[str], input_format: str | None = None) -> Iterator[str | Document | InputError]:
    """Plain files stay paths (read by the runner, in a worker with --jobs); structured files are
    split here, as they are read, into their segments."""
    for path in paths:
        fmt = format_of(path, input_format)
        if fmt == "text":
            yield path
        elif fmt == "jsonl":
            from audit.formats.jsonl import read_jsonl

            yield from read_jsonl(path)
        else:
            from audit.formats.translation import read_translation_file

            yield from read_translation_file(path, fmt)


def segment(file: str, unit: str, text: str, *, line: int = 0, source: str | None = None,
            source_lang: str = "", target_lang: str = "", reference: str | None = None,
            metadata: dict[str, str] | None = None) -> Document:
    """A Document for one segment of a multi-document file."""
    doc = Document(path=f"{file}#{unit}", text=text, unit=unit, file=file, unit_line=line,
                   source=source, source_lang=language_code(source_lang), target_lang=language_code(target_lang),
                   reference=reference)
    if metadata:
        doc.metadata = {**{str(k): str(v) for k, v in metadata.items()}, **doc.metadata}
    return doc


def language_code(code: str | None) -> str:
    """'de' for 'de', 'de-DE', 'de_AT', 'DE'."""
    return (code or "").replace("_", "-").split("-")[0].lower()


def bad(path: str, message: str) -> InputError:
    err = InputError(message)
    err.path = path
    return err
