"""What a CI run needs around the audit: the configuration resolved with the command line, the
per-rule and per-path settings and the baseline applied to each report, and the fail rules.

Exit status of `audit run`: 0 nothing fails, 1 findings fail (by --fail-on, --max-penalty, or, with
neither, any finding shown), 2 a usage or input error (a bad config, a malformed feed line...).
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audit.config import Config, ConfigError, load_config
from audit.codes import covers, origin
from audit.model import Finding, Report, Severity

RANK = {Severity.MINOR: 0, Severity.MAJOR: 1, Severity.CRITICAL: 2}


@dataclass
class RunControl:
    config: Config
    baseline: Any = None  # audit.baseline.Baseline
    failed_documents: int = 0
    words: int = 0
    penalty: float = 0.0
    failing_findings: int = 0
    _ignores: list[tuple[str, list[str]]] = field(default_factory=list)

    @classmethod
    def from_options(cls, config: Path | None = None, use_baseline: bool = True, search: bool = True,
                     **options: Any) -> "RunControl":
        """The configuration file (given, or found from the current folder up) under the command
        line's options (python names; None where not given). ConfigError on a bad file."""
        cfg = load_config(Path(config) if config else None, search=search)
        if options.pop("no_default_glossary", False):
            options["default_glossary"] = False
        if options.get("glossary"):
            options["glossaries"] = [str(p) for p in options.pop("glossary")]
        options.pop("glossary", None)
        for name in ("format", "input_format", "fail_on", "penalty_scope"):
            if options.get(name) is not None:
                options[name] = getattr(options[name], "value", options[name])
        for name in ("select", "ignore"):
            if options.get(name):
                options[name] = [c.strip() for v in options[name] for c in v.split(",") if c.strip()]
        cfg.override(**options)
        control = cls(cfg)
        control._ignores = [(pattern, [c.upper() for c in codes]) for pattern, codes in cfg["per-path-ignores"].items()]
        if use_baseline and cfg["baseline"]:
            from audit.baseline import Baseline, BaselineError

            try:
                control.baseline = Baseline.load(cfg["baseline"])
            except BaselineError as err:
                raise ConfigError(str(err)) from None
        return control

    # -- what the audit runs with ------------------------------------------------------
    @property
    def audit_threshold(self) -> float:
        """The confidence the engine keeps findings from: the lowest any rule asks for."""
        per_rule = [s["min-confidence"] for s in self.config["rules"].values() if "min-confidence" in s]
        return min([self.config["min-confidence"], *per_rule])

    def inputs(self, paths):
        """The paths, with feeds and translation files split into their segments."""
        from audit.formats import expand

        return expand(paths, self.config["input-format"])

    # -- each report -------------------------------------------------------------------
    def adjust(self, report: Report) -> Report:
        """Per-rule severity and minimum confidence, per-path ignores, then the baseline."""
        report = report.with_findings(self.settle(report.file or report.path, report.findings))
        if self.baseline is not None:
            report = self.baseline.new_findings(report)
        return report

    def settle(self, path: str, findings: list[Finding]) -> list[Finding]:
        """The findings as the configuration has them: per-rule severity and minimum confidence,
        per-path ignores (what `fix` and `review` act on too; the baseline only hides)."""
        rules = {code.upper(): s for code, s in self.config["rules"].items()}
        ignored = [c for pattern, codes in self._ignores if _path_matches(path, pattern) for c in codes]
        base = self.config["min-confidence"]
        kept = []
        for f in findings:
            settings = rules.get(f.rule) or rules.get(origin(f.rule), {})  # a split rule keeps its old settings
            if f.confidence < settings.get("min-confidence", base) or any(covers(c, f.rule) for c in ignored):
                continue
            if "severity" in settings and settings["severity"] != f.severity.value:
                f = replace(f, severity=Severity(settings["severity"]))
            kept.append(f)
        return kept

    def record(self, report: Report) -> None:
        """Count what the fail rules look at."""
        self.words += report.words
        self.penalty += report.score.penalty
        failing = self._failing(report)
        self.failing_findings += failing
        per_1000 = report.score.penalty_per_1000
        limit = self.config["max-penalty"]
        if failing or (limit is not None and self.config["penalty-scope"] == "document" and per_1000 > limit):
            self.failed_documents += 1

    def _failing(self, report: Report) -> int:
        fail_on = self.config["fail-on"]
        if fail_on is None:
            return 0 if self.config["max-penalty"] is not None else len(report.findings)
        lowest = RANK[Severity(fail_on)]
        return sum(1 for f in report.findings if RANK[f.severity] >= lowest)

    def failed(self) -> bool:
        limit = self.config["max-penalty"]
        if limit is not None and self.config["penalty-scope"] == "run":
            run_rate = 1000.0 * self.penalty / self.words if self.words else 0.0
            if run_rate > limit:
                return True
        return self.failed_documents > 0


def _path_matches(path: str, pattern: str) -> bool:
    path = path.replace("\\", "/").removeprefix("./")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.rstrip("/") + "/*") \
        or (pattern.startswith("**/") and fnmatch.fnmatch(path, pattern[3:]))


class Progress:
    """A progress line on standard error, for long runs on a terminal (silent otherwise: CI)."""

    def __init__(self, enabled: bool | None = None, delay: float = 1.0):
        import time

        if enabled is None:
            enabled = _isatty(sys.stderr) and not _isatty(sys.stdout)
        self.enabled = enabled
        self.start = time.monotonic()
        self.delay = delay
        self.last = 0.0
        self.documents = self.findings = 0
        self.shown = False

    def update(self, report: Report | None) -> None:
        if not self.enabled:
            return
        import time

        self.documents += 1
        self.findings += len(report.findings) if report else 0
        now = time.monotonic()
        if now - self.start < self.delay or now - self.last < 0.1:
            return
        self.last = now
        rate = self.documents / (now - self.start)
        sys.stderr.write(f"\r\033[K{_spinner(self.documents)} {self.documents:,} documents, "
                         f"{self.findings:,} findings ({rate:,.0f}/s)")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _spinner(n: int) -> str:
    return "|/-\\"[n % 4]


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except Exception:
        return False
