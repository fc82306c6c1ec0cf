"""A reproducibility signature for a report, as sacrebleu stamps its scores: what the findings
depend on besides the text. Built once per run, shown in JSON, SARIF and HTML reports:

    audit:0.1.0|glossaries:general+syria+world#ab12cd|calibration:9f8e7d|rules:all|min-conf:0.5

- the version; the glossary files that gave entities (names, in load order, and a hash of their
  bytes; `+house-style` where every canonical form is the house's);
- the calibration: a hash of audit/data/calibration.json;
- the rules: `all`, or the selected codes or prefixes, `-` the ignored ones (`N,R-C004`), with
  `+settings#hash` where the configuration changes a rule's severity or confidence;
- the minimum confidence, and the source language where one is given for the run.

Two reports with the same signature were made by the same auditor, configured the same way.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from audit.calibration import CALIBRATION_FILE

SHORT = 6  # hex digits of a hash in the one-line form


def _sha256(chunks: list[bytes]) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(len(chunk).to_bytes(8, "big") + chunk)  # lengths too: file boundaries count
    return h.hexdigest()


@dataclass(frozen=True)
class Signature:
    version: str
    glossaries: tuple[str, ...]  # file names without suffix, in load order
    glossary_hash: str  # sha256 of the files' bytes
    house_style: bool
    calibration_hash: str  # sha256 of the calibration file
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    codes: tuple[str, ...]  # the rules that ran
    rule_settings_hash: str  # sha256 of the configuration's per-rule settings; '' without any
    min_confidence: float
    source_lang: str = ""

    def __str__(self) -> str:
        glossaries = "+".join(self.glossaries) or "none"
        parts = [f"audit:{self.version}",
                 f"glossaries:{glossaries}#{self.glossary_hash[:SHORT]}" + ("+house-style" if self.house_style else ""),
                 f"calibration:{self.calibration_hash[:SHORT]}"]
        rules = ",".join(self.select) or "all"
        if self.ignore:
            rules += "-" + ",".join(self.ignore)
        if self.rule_settings_hash:
            rules += f"+settings#{self.rule_settings_hash[:SHORT]}"
        parts += [f"rules:{rules}", f"min-conf:{self.min_confidence:g}"]
        if self.source_lang:
            parts.append(f"source-lang:{self.source_lang}")
        return "|".join(parts)

    def as_dict(self) -> dict:
        return {"text": str(self), "version": self.version,
                "glossaries": {"names": list(self.glossaries), "sha256": self.glossary_hash,
                               "house_style": self.house_style},
                "calibration": {"sha256": self.calibration_hash},
                "rules": {"select": list(self.select), "ignore": list(self.ignore), "codes": list(self.codes),
                          "settings_sha256": self.rule_settings_hash},
                "min_confidence": self.min_confidence, "source_lang": self.source_lang or None}


def signature(glossary, rules, *, select: list[str], ignore: list[str], min_confidence: float,
              house_style: bool = False, rule_settings: dict | None = None, source_lang: str | None = None,
              calibration: Path = CALIBRATION_FILE) -> Signature:
    """The signature of a run with this glossary (audit.glossary.Glossary) and these rules."""
    from audit import __version__

    files = [f for f in dict.fromkeys(e.source for e in glossary.entities) if Path(f).is_file()]  # those that gave entities
    settings = json.dumps(rule_settings, sort_keys=True).encode() if rule_settings else b""
    return Signature(
        version=__version__,
        glossaries=tuple(Path(f).stem for f in files),
        glossary_hash=_sha256([Path(f).read_bytes() for f in files]),
        house_style=house_style or glossary.house_style,
        calibration_hash=_sha256([calibration.read_bytes()]) if calibration.is_file() else "",
        select=tuple(select), ignore=tuple(ignore), codes=tuple(r.code for r in rules),
        rule_settings_hash=_sha256([settings]) if settings else "",
        min_confidence=min_confidence, source_lang=source_lang or "",
    )
