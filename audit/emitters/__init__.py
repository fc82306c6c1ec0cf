"""One emitter per output format, behind one interface: begin(), document(report), end()."""

from audit.emitters.base import Emitter
from audit.emitters.html import HtmlEmitter
from audit.emitters.json_format import JsonEmitter
from audit.emitters.text import TextEmitter
from audit.emitters.csv_format import CsvEmitter
from audit.emitters.github import GithubEmitter
from audit.emitters.jsonl_format import JsonlEmitter
from audit.emitters.junit import JunitEmitter
from audit.emitters.sarif import SarifEmitter

EMITTERS: dict[str, type[Emitter]] = {"text": TextEmitter, "json": JsonEmitter, "html": HtmlEmitter}
# machine formats for CI (issue 5)
EMITTERS.update(sarif=SarifEmitter, jsonl=JsonlEmitter, junit=JunitEmitter, github=GithubEmitter, csv=CsvEmitter)

__all__ = ["EMITTERS", "Emitter", "HtmlEmitter", "JsonEmitter", "TextEmitter"]
