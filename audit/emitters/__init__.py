"""One emitter per output format, behind one interface: begin(), document(report), end()."""

from audit.emitters.base import Emitter
from audit.emitters.json_format import JsonEmitter
from audit.emitters.text import TextEmitter

EMITTERS: dict[str, type[Emitter]] = {"text": TextEmitter, "json": JsonEmitter}

__all__ = ["EMITTERS", "Emitter", "JsonEmitter", "TextEmitter"]
