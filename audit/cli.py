"""The `audit` command line: typer, the one parser.

Each command imports what it needs (rules, glossaries, one emitter, the fixer...) when it runs, not
when this module is imported, so a command pays for its own modules only; `run` imports the rules
with the first document that has text. typer is held below 0.29, whose pydantic coercion of every
option costs about 0.15 s of start-up (docs/benchmarks.md). No `from __future__ import annotations`
here: typer reads every command's annotations at start-up, and would compile and eval each one
given as a string (about 30 ms).
"""

import itertools
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from audit.cli_options import (
    BatchSizeOption, ConfigOption, DeviceOption, GlossaryOption, IgnoreOption, ModelOption, NerModelOption,
    NoDefaultGlossaryOption, OfflineOption, SelectOption, SourceLangOption,
)
from audit.model import Severity  # --fail-on's choices

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Format(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    sarif = "sarif"
    jsonl = "jsonl"
    junit = "junit"
    github = "github"
    csv = "csv"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    xliff = "xliff"
    tmx = "tmx"
    po = "po"


class PenaltyScope(str, Enum):
    document = "document"
    run = "run"


class FixFormat(str, Enum):
    diff = "diff"
    criticmarkup = "criticmarkup"


_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def _echo(message: str, err: bool = False) -> None:
    """typer.echo for a line of text: ANSI codes stripped unless the stream is a terminal, flushed."""
    stream = sys.stderr if err else sys.stdout
    try:
        tty = stream.isatty()
    except Exception:
        tty = False
    stream.write((message if tty else _ANSI.sub("", message)) + "\n")
    stream.flush()


def _fail(message: str) -> NoReturn:
    _echo(f"audit: error: {message}", err=True)
    raise SystemExit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        from audit import __version__

        typer.echo(f"audit {__version__}")
        raise typer.Exit()


def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Audit machine-translated English news for translation artifacts and print a scored list of fixes."""


def _codes(values: list[str] | None) -> list[str]:
    return [c.strip() for v in values or [] for c in v.split(",") if c.strip()]


def _load_glossary(paths: list[Path] | None, defaults: bool, house_style: bool = False):
    from audit.glossary import GlossaryError, load_glossary

    try:
        return load_glossary(paths or [], defaults=defaults, house_style=house_style)
    except GlossaryError as err:
        for problem in err.problems:
            _echo(f"audit: glossary error: {problem}", err=True)
        raise SystemExit(EXIT_ERROR) from None


def _rules_and_glossary(cfg, lazy: bool = False) -> tuple[list | None, object]:
    """The rules and the glossary an effective configuration (file under command line) asks for;
    exit 2 on an unknown rule code or a bad glossary. `lazy`: None for "every rule" when no code is
    selected or ignored, so that the rule modules are imported when a document needs them (an
    empty input never does)."""
    selected, ignored = _codes(cfg["select"]), _codes(cfg["ignore"])
    glossary = _load_glossary([Path(p) for p in cfg["glossaries"]], cfg["default-glossary"], cfg["house-style"])
    if lazy and not selected and not ignored:
        return None, glossary
    from audit.rules import select_rules, unknown_codes

    unknown = unknown_codes(selected + ignored)
    if unknown:
        _fail(f"unknown rule code(s): {', '.join(unknown)} (see `audit rules`)")
    return select_rules(selected, ignored), glossary


def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched for .txt, .md, .jsonl, .xlf, .xliff, .tmx, .po), or - for stdin.")],
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format [default: text].")] = None,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    min_confidence: Annotated[
        Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, help="Hide findings less likely than this to be real errors [default: 0.5].")
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core) [default: 1].")
    ] = None,
    input_format: Annotated[
        Optional[InputFormat], typer.Option("--input-format", help="Format of the inputs (auto: by suffix; for - on stdin: text) [default: auto].")
    ] = None,
    fail_on: Annotated[
        Optional[Severity], typer.Option("--fail-on", help="Lowest severity of a shown finding that fails the run (exit 1) [default: any finding].")
    ] = None,
    max_penalty: Annotated[
        Optional[float], typer.Option("--max-penalty", min=0.0, help="Fail when the MQM penalty per 1,000 words is above this.")
    ] = None,
    penalty_scope: Annotated[
        Optional[PenaltyScope], typer.Option("--penalty-scope", help="--max-penalty per document or for the whole run [default: document].")
    ] = None,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="Baseline file (audit baseline): report and fail only on new findings.")
    ] = None,
    config: ConfigOption = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report to this file (e.g. report.html), not to standard output.")
    ] = None,
    decisions: Annotated[
        Optional[Path], typer.Option("--decisions", help="Decisions file of rejected suggestions (default: DOCUMENT.audit-decisions.yaml).")
    ] = None,
    source_lang: SourceLangOption = None,
    model: ModelOption = None,
    ner_model: NerModelOption = None,
    device: DeviceOption = None,
    batch_size: BatchSizeOption = None,
    offline: OfflineOption = False,
) -> None:
    """Audit PATHS and print the findings with their fixes, best first.

    Exit status: 0 when nothing fails, 1 when findings fail the run (with no --fail-on or
    --max-penalty: any finding shown), 2 on a usage or input error (a malformed feed line too).
    """
    from audit.emitters import emitter_class
    from audit.inputs import InputError, check_paths
    from audit.runner import audit_paths

    # configuration files under the command line
    ci = _run_control(config=config, format=format, glossary=glossary, no_default_glossary=no_default_glossary,
                      min_confidence=min_confidence, select=select, ignore=ignore, jobs=jobs,
                      input_format=input_format, fail_on=fail_on, max_penalty=max_penalty,
                      penalty_scope=penalty_scope, baseline=str(baseline) if baseline else None,
                      source_lang=source_lang)
    cfg = ci.config
    format, jobs, source_lang = Format(cfg["format"]), cfg["jobs"], _language(cfg["source-lang"])
    rules, gloss = _rules_and_glossary(cfg, lazy=True)
    # the neural extra's keys: the command line over the configuration file
    _configure_neural(model or cfg["model"], ner_model or cfg["ner-model"], device or cfg["device"],
                      batch_size or cfg["batch-size"], offline or bool(cfg["offline"]))
    try:
        files = check_paths(paths)  # folders are walked as the files are audited
    except InputError as err:
        _fail(str(err))
    first = next(files, None)
    if first is None:
        _fail(f"no .txt or .md files (nor .jsonl, .xlf, .xliff, .tmx, .po) found in {', '.join(paths)}")
    files = ci.inputs(itertools.chain([first], files))  # feeds and translation files: one document a segment
    from audit.gating import Progress

    progress = Progress(enabled=None if _progress_wanted(output) else False)
    from audit.decisions import DecisionsError, suppress_report

    sink = _open_output(output)
    color = sink is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    cls = emitter_class(format.value)
    stamp = _signature(cfg, gloss, rules, source_lang) if cls.shows_signature else None
    emitter = cls(sink.stream if sink else sys.stdout, color=color, width=_width(), signature=stamp)
    emitter.begin()
    rejected: dict = {}  # decisions files, read once each
    shown = 0
    errors = False
    for outcome in audit_paths(files, gloss, rules, ci.audit_threshold, jobs or os.cpu_count() or 1, source_lang):
        for w in outcome.warnings:
            _echo(f"audit: warning: {w}", err=True)
            emitter.warning(w)
        if outcome.error:
            _echo(f"audit: error: {outcome.error}", err=True)
            errors = True
        progress.update(outcome.report)
        if outcome.report is not None:
            outcome.report = ci.adjust(outcome.report)  # per-rule settings, per-path ignores, baseline
            try:
                report = suppress_report(outcome.report, decisions, rejected)
            except DecisionsError as err:
                _echo(f"audit: error: {err}", err=True)
                errors, report = True, outcome.report
            shown += len(report.findings)
            ci.record(report)
            emitter.document(report)
    progress.close()
    emitter.end()
    if sink:
        sink.close()
    if errors:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_FINDINGS if ci.failed() else EXIT_CLEAN)


def _signature(cfg, gloss, rules, source_lang: str | None):
    """The run's reproducibility signature (audit/signature.py), from its effective configuration."""
    from audit.signature import signature

    if rules is None:  # every rule: the signature lists the codes that ran
        from audit.rules import select_rules

        rules = select_rules()
    return signature(gloss, rules, select=_codes(cfg["select"]), ignore=_codes(cfg["ignore"]),
                     min_confidence=cfg["min-confidence"], house_style=cfg["house-style"],
                     rule_settings=cfg["rules"], source_lang=source_lang)


def _language(code: str | None) -> str | None:
    """'ru' for 'ru', 'ru-RU', 'RU'; exit 2 on something that is no language code."""
    if not code:
        return None
    from audit.formats import language_code

    lang = language_code(code)
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        _fail(f"--source-lang: '{code}' is not a language code (e.g. ru, fr, es)")
    return lang


def _run_control(**options):
    """The configuration (file and command line) and the CI settings of a run; exit 2 when bad."""
    from audit.config import ConfigError
    from audit.gating import RunControl

    try:
        return RunControl.from_options(**options)
    except ConfigError as err:
        _fail(str(err))


def baseline_command(
    paths: Annotated[list[str], typer.Argument(help="What `audit run` would audit: files, directories, or - for stdin.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write.")] = Path("audit-baseline.json"),
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    min_confidence: Annotated[
        Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, help="Record findings at or above this confidence [default: 0.5].")
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")] = None,
    input_format: Annotated[Optional[InputFormat], typer.Option("--input-format", help="Format of the inputs.")] = None,
    config: ConfigOption = None,
) -> None:
    """Record today's findings in a baseline file: `audit run --baseline FILE` then reports and
    fails only on new ones. Findings are matched by rule, flagged text and the words around them,
    so edits elsewhere in a document keep them matched. Exit status: 0, or 2 on an input error."""
    from audit.baseline import entries, write_baseline
    from audit.inputs import InputError, check_paths
    from audit.runner import audit_paths

    ci = _run_control(config=config, use_baseline=False, glossary=glossary, no_default_glossary=no_default_glossary,
                      min_confidence=min_confidence, select=select, ignore=ignore, jobs=jobs, input_format=input_format)
    cfg = ci.config
    rules, gloss = _rules_and_glossary(cfg)
    try:
        files = ci.inputs(check_paths(paths))
    except InputError as err:
        _fail(str(err))
    reports, errors = [], False
    for outcome in audit_paths(files, gloss, rules, ci.audit_threshold, cfg["jobs"] or os.cpu_count() or 1):
        for w in outcome.warnings:
            _echo(f"audit: warning: {w}", err=True)
        if outcome.error:
            _echo(f"audit: error: {outcome.error}", err=True)
            errors = True
        if outcome.report is not None and outcome.report.findings:
            reports.append(ci.adjust(outcome.report))  # only what a run would show is recorded
    rows = entries(reports)
    try:
        write_baseline(output, rows)
    except OSError as err:
        _fail(f"{output}: cannot write: {err.strerror}")
    _echo(f"audit: {len(rows)} findings recorded in {output}", err=True)
    raise SystemExit(EXIT_ERROR if errors else EXIT_CLEAN)


def config_command(
    config: ConfigOption = None,
) -> None:
    """Print the effective configuration: each key, its value and where it comes from (a
    configuration file or the default). Exit status 2 on a bad configuration file."""
    from audit.config import show

    typer.echo(show(_run_control(config=config, use_baseline=False).config))


def _progress_wanted(output) -> bool:
    """A progress line only where the report does not go to the terminal it would be drawn on."""
    return output is not None or not sys.stdout.isatty()


def _configure_neural(model: str | None, ner_model: str | None, device: str | None = None,
                      batch_size: int | None = None, offline: bool = False) -> None:
    """--model, --ner-model...: models are loaded on first use, once per process (docs/neural.md)."""
    if not (model or ner_model):
        return
    from audit.neural import DEFAULT_BATCH_SIZE, NeuralError, NeuralOptions, configure

    try:
        configure(NeuralOptions(model=model, ner_model=ner_model, device=device or "auto",
                                batch_size=batch_size or DEFAULT_BATCH_SIZE, offline=offline))
    except NeuralError as err:
        _fail(str(err))


def _open_output(output: Path | None):
    """--output: the report goes to a temporary file renamed into place at the end (None: stdout)."""
    if output is None:
        return None
    from audit.rewrite import AtomicOutput

    if output.is_dir():
        _fail(f"{output}: is a directory (--output names the report file)")
    try:
        return AtomicOutput(str(output))
    except OSError as err:
        _fail(f"{output}: cannot write: {err.strerror}")


def _width() -> int:
    if not sys.stdout.isatty():
        return 80
    try:
        return max(60, os.get_terminal_size().columns)
    except OSError:
        return 80


def rules() -> None:
    """List every rule: code, name and summary."""
    from audit.rules import REGISTRY

    import textwrap

    for code, r in sorted(REGISTRY.items()):
        typer.echo(f"{code}  {r.name}")
        typer.echo(textwrap.fill(r.summary, width=78, initial_indent="      ", subsequent_indent="      "))


def explain(code: Annotated[str, typer.Argument(help="A rule code, e.g. M001.")]) -> None:
    """Show a rule's full explanation, with an example and its fix."""
    from audit.explain import explain_rule
    from audit.rules import REGISTRY

    r = REGISTRY.get(code.upper())
    if r is None:
        _fail(f"unknown rule code '{code}' (see `audit rules`)")
    typer.echo(explain_rule(r, _load_glossary(None, True)))


def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation files (JSON Lines; see docs/gold-format.md).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Count findings at or above this confidence.")
    ] = 0.5,
    model: ModelOption = None,
    ner_model: NerModelOption = None,
    device: DeviceOption = None,
    batch_size: BatchSizeOption = None,
    offline: OfflineOption = False,
) -> None:
    """Measure the auditor on annotated documents: precision, recall, F1 and fix accuracy per
    artifact class, false alarms on clean documents, and a calibration table."""
    from audit.evaluation.gold import GoldError, load_gold
    from audit.evaluation.metrics import evaluate
    from audit.evaluation.report import as_json, as_text

    gloss = _load_glossary(glossary, not no_default_glossary)
    docs = []
    for path in gold:
        try:
            docs.extend(load_gold(path))
        except GoldError as err:
            for problem in err.problems:
                typer.echo(f"audit: gold error: {problem}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
    _configure_neural(model, ner_model, device, batch_size, offline)
    ev = evaluate(docs, gloss, threshold=min_confidence)
    from audit.neural import take_notes

    for note in take_notes():
        _echo(f"audit: warning: {note}", err=True)
    typer.echo(as_json(ev) if format is Format.json else as_text(ev))


def score_command(
    hyp: Annotated[Path, typer.Argument(help="Hypothesis file: one segment a line.")],
    ref: Annotated[list[Path], typer.Option("--ref", "-r", help="Reference file, line-aligned with HYP (repeatable).")],
    fixed: Annotated[bool, typer.Option("--fixed", help="Also score HYP after applying the auditor's fixes.")] = False,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Apply fixes at or above this confidence.")
    ] = 0.8,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    source_lang: SourceLangOption = None,
) -> None:
    """BLEU, chrF and TER of HYP against the references (sacrebleu), as is and with --fixed after
    the auditor's fixes; each score with its sacrebleu signature."""
    from audit.evaluation.reference import fixed_lines, score_lines
    from audit.inputs import InputError, load
    from audit.rules import select_rules

    def lines(path: Path) -> tuple[str, list[str]]:
        try:
            doc, _ = load(str(path))
        except InputError as err:
            _fail(str(err))
        if doc is None:
            _fail(f"{path}: not a text file")
        return doc.text, doc.text.splitlines()

    hyp_text, hyp_lines = lines(hyp)
    refs = [lines(r)[1] for r in ref]
    for r, ref_lines in zip(ref, refs):
        if len(ref_lines) != len(hyp_lines):
            _fail(f"{r}: {len(ref_lines)} lines, but {hyp} has {len(hyp_lines)}: files must be line-aligned")
    rows = [("as is", score_lines(hyp_lines, refs))]
    if fixed:
        gloss = _load_glossary(glossary, not no_default_glossary)
        new_lines, applied = fixed_lines(hyp_text, gloss, select_rules(), min_confidence, _language(source_lang))
        rows.append((f"fixed ({applied} fixes >= {min_confidence})", score_lines(new_lines, refs)))
    for label, scores in rows:
        typer.echo(f"{hyp} {label}: " + "  ".join(f"{s.name} {s.score:.2f}" for s in scores))
    for s in rows[0][1]:
        typer.echo(f"  {s.name} signature: {s.signature}")


def glossary_check(
    paths: Annotated[list[Path], typer.Argument(help="Glossary files or folders to validate.")],
    no_default_glossary: Annotated[
        bool, typer.Option("--no-default-glossary", help="Check the files alone, not against the bundled glossaries.")
    ] = False,
) -> None:
    """Validate glossary files, together with the bundled ones (as `audit run` loads them), so a
    clash with a bundled id or form is caught; every problem is reported as file:line: problem."""
    gloss = _load_glossary(paths, not no_default_glossary)
    typer.echo(f"ok: {len(gloss.entities)} entities")


def glossary_suggest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (searched for .txt and .md) to read names from.")],
    ner_model: Annotated[
        Optional[str], typer.Option("--ner-model", help="Token-classification model (id or folder); without one, capitalised multi-word names are used.")
    ] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Propose names seen at least this many times.")] = 2,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    device: DeviceOption = None,
    batch_size: BatchSizeOption = None,
    offline: OfflineOption = False,
) -> None:
    """Propose glossary entries (YAML, on standard output) for person and organisation names the
    glossary lacks, each with the spellings seen, the English one canonical by the romanisation
    conventions (no model needed for those), for a maintainer to review. See docs/neural.md."""
    from audit.inputs import InputError, check_paths, load
    from audit.neural import DEFAULT_BATCH_SIZE, NeuralError, NeuralOptions, check_options
    from audit.neural.suggest import collect, entries, to_yaml

    device, batch_size = device or "auto", batch_size or DEFAULT_BATCH_SIZE

    gloss = _load_glossary(glossary, not no_default_glossary)
    recogniser = None
    source = "capitalised names, no NER model"
    if ner_model:
        from audit.neural import missing_extra

        try:
            check_options(NeuralOptions(ner_model=ner_model, device=device, batch_size=batch_size, offline=offline))
            if missing_extra():
                raise NeuralError(missing_extra())
            from audit.neural.loading import load_ner
            from audit.neural.names import Recogniser

            recogniser = Recogniser(load_ner(ner_model, device, offline), batch_size)
            source = f"NER model {ner_model}"
        except NeuralError as err:
            _fail(str(err))
    try:
        files = list(check_paths(paths))
    except InputError as err:
        _fail(str(err))

    def documents():
        for path in files:
            try:
                doc, warnings = load(path)
            except InputError as err:
                _echo(f"audit: error: {err}", err=True)
                continue
            for w in warnings:
                _echo(f"audit: warning: {w}", err=True)
            if doc is not None:
                yield doc.path, doc.masked

    found = entries(collect(documents(), gloss, recogniser), gloss, min_count, source)
    header = (f"Suggested by `audit glossary suggest` ({source}) from {len(files)} files: {len(found)} entries.\n"
              "Review every entry before adding it: canonical form, type, pronoun, variants.")
    sys.stdout.write(to_yaml(found, header))


def fix(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched for .txt and .md), or - for stdin.")],
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Apply fixes at or above this confidence.")
    ] = 0.8,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="Also apply fixes marked unsafe (a person should look at them).")
    ] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff and change nothing (the default).")] = False,
    write: Annotated[bool, typer.Option("--write", help="Rewrite the files in place.")] = False,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write corrected copies under this folder, same relative paths.")
    ] = None,
    format: Annotated[
        FixFormat, typer.Option("--format", "-f", help="diff, or criticmarkup: the text with each change marked {~~old~>new~~}.")
    ] = None,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    decisions: Annotated[
        Optional[Path], typer.Option("--decisions", help="Decisions file of rejected suggestions (default: DOCUMENT.audit-decisions.yaml).")
    ] = None,
    config: ConfigOption = None,
    source_lang: SourceLangOption = None,
) -> None:
    """Apply the fixes: print a unified diff (default), rewrite the files (--write), or write
    corrected copies (--output DIR). Only fixes at or above --min-confidence, and unsafe ones only
    with --unsafe-fixes; a report of what was applied, skipped and remains goes to standard error
    (to standard output with --write or --output).

    Exit status: 0 when no finding remains, 1 when findings remain, 2 on a usage, input or write
    error (with --write or --output, nothing is written then).
    """
    from audit.fixing import FixOptions, run_fix
    from audit.inputs import InputError

    if sum([diff, write, output is not None]) > 1:
        _fail("choose one of --diff, --write and --output")
    ci = _run_control(config=config, use_baseline=False, glossary=glossary,
                      no_default_glossary=no_default_glossary, select=select, ignore=ignore, source_lang=source_lang)
    rules, gloss = _rules_and_glossary(ci.config)
    options = FixOptions(
        min_confidence=min_confidence, unsafe_fixes=unsafe_fixes,
        mode="write" if write else "output" if output is not None else "diff",
        output=output, format=(format or FixFormat.diff).value, decisions=decisions, settle=ci.settle,
        source_lang=_language(ci.config["source-lang"]),
    )
    try:
        status = run_fix(paths, gloss, rules, options, sys.stdout, sys.stderr)
    except InputError as err:
        _fail(str(err))
    raise SystemExit(status)


def review(
    paths: Annotated[list[str], typer.Argument(help="Documents (files or directories) to review.")],
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Show suggestions at or above this confidence.")
    ] = 0.5,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    glossary: GlossaryOption = None,
    no_default_glossary: NoDefaultGlossaryOption = False,
    decisions: Annotated[
        Optional[Path], typer.Option("--decisions", help="Decisions file to read and record rejections in (default: DOCUMENT.audit-decisions.yaml).")
    ] = None,
    config: ConfigOption = None,
    source_lang: SourceLangOption = None,
) -> None:
    """Review the suggestions one by one in the terminal: a accept, r reject, e edit the
    replacement, s skip, u undo, q quit. On quitting, accepted fixes are written to the documents
    and rejections to the decisions file, so they are not shown again by run, fix or review.

    Exit status: 0 when every suggestion was decided, 1 when some were left undecided, 2 on an error.
    """
    from audit.inputs import InputError
    from audit.review import run_review

    ci = _run_control(config=config, use_baseline=False, glossary=glossary,
                      no_default_glossary=no_default_glossary, select=select, ignore=ignore, source_lang=source_lang)
    rules, gloss = _rules_and_glossary(ci.config)
    try:
        status = run_review(paths, gloss, rules, min_confidence, decisions, ci.settle,
                            _language(ci.config["source-lang"]))
    except InputError as err:
        _fail(str(err))
    raise SystemExit(status)


app = typer.Typer(
    name="audit",
    help="Audit machine-translated English news for translation artifacts and print a scored list of fixes.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
glossary_app = typer.Typer(help="Work with glossaries.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(glossary_app, name="glossary")
app.callback()(main_callback)
app.command()(run)
app.command()(rules)
app.command()(explain)
app.command("eval")(eval_command)
app.command("score")(score_command)
app.command("baseline")(baseline_command)
app.command("config")(config_command)
app.command()(fix)
app.command()(review)
glossary_app.command("check")(glossary_check)
glossary_app.command("suggest")(glossary_suggest)


def main() -> None:
    app()
