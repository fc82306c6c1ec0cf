"""XLIFF 1.2 and 2.x, TMX and PO files, read with translate-toolkit: each translated unit is one
document (its target text), with its source text for the source-aware rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.document import Document
from audit.formats import bad, segment
from audit.inputs import InputError

INSTALL = "pip install 'audit[formats]'"


def _store(path: str, fmt: str, data: bytes):
    try:
        from translate.storage import po, tmx, xliff, xliff2
    except ImportError:
        raise InputError(f"{path}: reading {fmt.upper()} files needs translate-toolkit: {INSTALL}") from None
    if fmt == "xliff":
        version2 = re.search(rb"<xliff[^>]*\bversion\s*=\s*[\"']2", data[:4096])
        return (xliff2.Xliff2File if version2 else xliff.xlifffile).parsestring(data)
    return {"tmx": tmx.tmxfile, "po": po.pofile}[fmt].parsestring(data)


def read_translation_file(path: str, fmt: str) -> Iterator[Document | InputError]:
    import sys

    name = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as err:
        yield bad(path, f"{path}: cannot read: {err.strerror}")
        return
    try:
        store = _store(name, fmt, data)
    except InputError as err:
        err.path = name
        yield err
        return
    except Exception as err:  # lxml and the PO parser raise their own types
        where = f"{name}:{err.lineno}" if getattr(err, "lineno", None) else name
        yield bad(name, f"{where}: not a valid {fmt.upper()} file ({_reason(err)})")
        return
    source_lang = store.getsourcelanguage() or ""
    target_lang = store.gettargetlanguage() or ""
    if fmt == "po" and not target_lang:
        target_lang = (store.parseheader() or {}).get("Language", "") if hasattr(store, "parseheader") else ""
    seen: dict[str, int] = {}
    index = 0
    for unit in store.units:
        if unit.isheader() or not unit.istranslatable():
            continue
        index += 1
        target = unit.target
        if not target or not str(target).strip():
            continue  # not translated yet: nothing to audit
        uid = _unit_id(unit, fmt, index)
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:
            uid = f"{uid}~{seen[uid]}"
        element = getattr(unit, "xmlelement", None)
        line = getattr(element, "sourceline", 0) or 0
        yield segment(name, uid, str(target), line=line, source=str(unit.source or "") or None,
                      source_lang=source_lang, target_lang=target_lang)


def _unit_id(unit, fmt: str, index: int) -> str:
    """The id a person finds the unit by: XLIFF's id attribute, TMX's tuid, PO's msgctxt; else
    the unit's number in the file."""
    if fmt == "xliff":
        element = getattr(unit, "xmlelement", None)
        if element is not None and element.get("id"):
            return element.get("id")
        if unit.getid():  # XLIFF 2: the <unit>'s id
            return unit.getid().split("\x04")[-1]
    elif fmt == "tmx":
        element = getattr(unit, "xmlelement", None)
        if element is not None and element.get("tuid"):
            return element.get("tuid")
    elif fmt == "po":
        context = unit.getcontext() if hasattr(unit, "getcontext") else ""
        if context:
            return context
    return str(index)


def _reason(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:200]
