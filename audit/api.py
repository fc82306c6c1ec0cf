"""The Python API: the same findings as `audit run`, for feeds processed inside other programs.

    import audit
    report = audit.check_text("The rebels took Homsnorth.", source=None)
    for f in report.findings:
        print(f.rule, f.text, f.replacement, f.confidence)

    for report in audit.check_documents([{"id": "1", "text": "...", "source": "...", "source_lang": "de"}]):
        ...

Options are those of `audit run` (glossary, select, ignore, min_confidence, rules' settings...);
with config=True the configuration file found from the current folder up applies too, as on the
command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from audit.document import Document
from audit.model import Report

_GLOSSARIES: dict = {}


def _control(config: bool | str | Path, options: dict[str, Any]):
    from audit.gating import RunControl

    path = Path(config) if isinstance(config, (str, Path)) else None
    return RunControl.from_options(config=path, search=config is True, **options)


def _setup(config, options):
    from audit.glossary import load_glossary
    from audit.rules import select_rules, unknown_codes

    control = _control(config, options)
    cfg = control.config
    unknown = unknown_codes(cfg["select"] + cfg["ignore"])
    if unknown:
        raise ValueError(f"unknown rule code(s): {', '.join(unknown)}")
    key = (tuple(cfg["glossaries"]), cfg["default-glossary"], cfg["house-style"])
    if key not in _GLOSSARIES:
        _GLOSSARIES[key] = load_glossary([Path(p) for p in cfg["glossaries"]], defaults=cfg["default-glossary"],
                                         house_style=cfg["house-style"])
    return control, _GLOSSARIES[key], select_rules(cfg["select"], cfg["ignore"])


def check_documents(documents: Iterable[Mapping[str, Any] | Document | str], *, config: bool | str | Path = False,
                    **options: Any) -> Iterator[Report]:
    """Audit documents: dicts with the keys of a JSON Lines feed (id, text, and optional source,
    source_lang, target_lang, reference, metadata), Documents, or plain strings. Yields one Report
    per document, in order, as `audit run` computes it (its findings best first, with fixes)."""
    from audit.engine import audit_document
    from audit.formats import segment

    control, glossary, rules = _setup(config, options)
    for i, item in enumerate(documents, 1):
        if isinstance(item, str):
            doc = Document(path=f"<text>#{i}", text=item, unit=str(i), file="<text>")
        elif isinstance(item, Document):
            doc = item
        else:
            unit = str(item.get("id", i))
            doc = segment(str(item.get("path", "<api>")), unit, item["text"], source=item.get("source"),
                          source_lang=item.get("source_lang", ""), target_lang=item.get("target_lang", ""),
                          reference=item.get("reference"), metadata=item.get("metadata"))
        yield control.adjust(audit_document(doc, glossary, rules, control.audit_threshold))


def check_text(text: str, *, source: str | None = None, source_lang: str = "", path: str = "<text>",
               config: bool | str | Path = False, **options: Any) -> Report:
    """Audit one text (with its source, where given, for the source-aware rules)."""
    doc = Document(path=path, text=text, source=source, source_lang=source_lang)
    return next(check_documents([doc], config=config, **options))
