"""One emitter per output format, behind one interface: begin(), document(report), end().

Each format's module is imported when the format is asked for (`emitter_class`), so a run loads
one emitter, not all of them."""

from __future__ import annotations

from importlib import import_module

from audit.emitters.base import Emitter

# format -> module and class; sarif to csv are the machine formats for CI (docs/ci.md)
FORMATS = {
    "text": ("text", "TextEmitter"), "json": ("json_format", "JsonEmitter"), "html": ("html", "HtmlEmitter"),
    "sarif": ("sarif", "SarifEmitter"), "jsonl": ("jsonl_format", "JsonlEmitter"), "junit": ("junit", "JunitEmitter"),
    "github": ("github", "GithubEmitter"), "csv": ("csv_format", "CsvEmitter"),
}


def emitter_class(name: str) -> type[Emitter]:
    module, cls = FORMATS[name]
    return getattr(import_module(f"audit.emitters.{module}"), cls)


__all__ = ["FORMATS", "Emitter", "emitter_class"]
