"""The `audit` command line.

Commands are typer commands, but typer (with pydantic, which it uses to convert values) takes a
quarter of a second to import and set up: more than auditing a short document. So `audit run`
with plain arguments is parsed here without it (`_fast_run`), and everything else (help, other
commands, any unusual argument, every error in the arguments) goes to typer, built on first use.
Both paths call the same `run`, so the result is the same.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

if TYPE_CHECKING:
    import typer  # imported by _build_app(), which every typer command runs under

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Format(str, Enum):
    text = "text"
    json = "json"


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


def _load_glossary(paths: list[Path] | None, defaults: bool):
    from audit.glossary import GlossaryError, load_glossary

    try:
        return load_glossary(paths or [], defaults=defaults)
    except GlossaryError as err:
        for problem in err.problems:
            _echo(f"audit: glossary error: {problem}", err=True)
        raise SystemExit(EXIT_ERROR) from None


def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched for .txt and .md), or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    glossary: Annotated[
        Optional[list[Path]], typer.Option("--glossary", "-g", help="A glossary file or folder to add (repeatable).")
    ] = None,
    no_default_glossary: Annotated[
        bool, typer.Option("--no-default-glossary", help="Do not load the bundled glossaries.")
    ] = False,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Hide findings less likely than this to be real errors.")
    ] = 0.5,
    select: Annotated[
        Optional[list[str]], typer.Option("--select", help="Only these rule codes or prefixes (e.g. N,P001).")
    ] = None,
    ignore: Annotated[
        Optional[list[str]], typer.Option("--ignore", help="Skip these rule codes or prefixes (e.g. C004).")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")
    ] = 1,
) -> None:
    """Audit PATHS and print the findings with their fixes, best first.

    Exit status: 0 when no finding is shown, 1 when findings are shown, 2 on a usage or input error.
    """
    from audit.emitters import EMITTERS
    from audit.inputs import InputError, check_paths
    from audit.rules import select_rules, unknown_codes
    from audit.runner import audit_paths

    selected, ignored = _codes(select), _codes(ignore)
    unknown = unknown_codes(selected + ignored)
    if unknown:
        _fail(f"unknown rule code(s): {', '.join(unknown)} (see `audit rules`)")
    rules = select_rules(selected, ignored)
    gloss = _load_glossary(glossary, not no_default_glossary)
    try:
        files = check_paths(paths)  # folders are walked as the files are audited
    except InputError as err:
        _fail(str(err))
    first = next(files, None)
    if first is None:
        _fail(f"no .txt or .md files found in {', '.join(paths)}")
    files = itertools.chain([first], files)
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    emitter = EMITTERS[format.value](sys.stdout, color=color, width=_width())
    emitter.begin()
    shown = 0
    errors = False
    for outcome in audit_paths(files, gloss, rules, min_confidence, jobs or os.cpu_count() or 1):
        for w in outcome.warnings:
            _echo(f"audit: warning: {w}", err=True)
            emitter.warning(w)
        if outcome.error:
            _echo(f"audit: error: {outcome.error}", err=True)
            errors = True
        if outcome.report is not None:
            shown += len(outcome.report.findings)
            emitter.document(outcome.report)
    emitter.end()
    if errors:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_FINDINGS if shown else EXIT_CLEAN)


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
    glossary: Annotated[
        Optional[list[Path]], typer.Option("--glossary", "-g", help="A glossary file or folder to add (repeatable).")
    ] = None,
    no_default_glossary: Annotated[
        bool, typer.Option("--no-default-glossary", help="Do not load the bundled glossaries.")
    ] = False,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Count findings at or above this confidence.")
    ] = 0.5,
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
    ev = evaluate(docs, gloss, threshold=min_confidence)
    typer.echo(as_json(ev) if format is Format.json else as_text(ev))


def score_command(
    hyp: Annotated[Path, typer.Argument(help="Hypothesis file: one segment a line.")],
    ref: Annotated[list[Path], typer.Option("--ref", "-r", help="Reference file, line-aligned with HYP (repeatable).")],
    fixed: Annotated[bool, typer.Option("--fixed", help="Also score HYP after applying the auditor's fixes.")] = False,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Apply fixes at or above this confidence.")
    ] = 0.8,
    glossary: Annotated[
        Optional[list[Path]], typer.Option("--glossary", "-g", help="A glossary file or folder to add (repeatable).")
    ] = None,
    no_default_glossary: Annotated[
        bool, typer.Option("--no-default-glossary", help="Do not load the bundled glossaries.")
    ] = False,
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
        new_lines, applied = fixed_lines(hyp_text, gloss, select_rules(), min_confidence)
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


def _build_app() -> typer.Typer:
    """The typer application with every command (imports typer: a quarter of a second)."""
    global typer
    import typer

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
    glossary_app.command("check")(glossary_check)
    return app


def __getattr__(name: str):
    """`audit.cli.app`, the typer application, is built on first use."""
    if name == "app":
        app = globals()["app"] = _build_app()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# `audit run` options that _fast_run understands: flag or value, and whether it may repeat
_RUN_OPTIONS = {
    "--format": "format", "-f": "format",
    "--glossary": "glossary", "-g": "glossary",
    "--no-default-glossary": "no_default_glossary",
    "--min-confidence": "min_confidence",
    "--select": "select",
    "--ignore": "ignore",
    "--jobs": "jobs", "-j": "jobs",
}
_REPEATABLE = {"glossary", "select", "ignore"}
_CONFIDENCE = re.compile(r"\d(?:\.\d+)?")  # 0, 1, 0.5, 0.75
_JOBS = re.compile(r"0|[1-9]\d{0,3}")


def _parse_run(args: list[str]) -> dict | None:
    """The keyword arguments of `run` for `audit run ARGS` when ARGS are plain (known options with
    well-formed values, at least one path), else None: typer then parses them, and reports any error."""
    if not args or args[0] != "run":
        return None
    paths: list[str] = []
    values: dict[str, list[str]] = {}
    rest = iter(args[1:])
    for arg in rest:
        if arg == "-" or not arg.startswith("-"):
            if not arg:
                return None
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        key = _RUN_OPTIONS.get(name)
        if key is None:
            return None  # --help, --, -fjson, a typo...
        if key == "no_default_glossary":
            if eq:
                return None
            value = "1"
        elif not eq:
            value = next(rest, "")
        if not value or (value.startswith("-") and key != "no_default_glossary"):
            return None
        if key in values and key not in _REPEATABLE:
            return None
        values.setdefault(key, []).append(value)
    if not paths:
        return None
    kwargs: dict = {"paths": paths, "format": Format.text, "glossary": None, "no_default_glossary": False,
                    "min_confidence": 0.5, "select": None, "ignore": None, "jobs": 1}
    if "format" in values:
        if values["format"][0] not in ("text", "json"):
            return None
        kwargs["format"] = Format(values["format"][0])
    if "glossary" in values:
        kwargs["glossary"] = [Path(v) for v in values["glossary"]]
    kwargs["no_default_glossary"] = "no_default_glossary" in values
    if "min_confidence" in values:
        value = values["min_confidence"][0]
        if not _CONFIDENCE.fullmatch(value) or not 0.0 <= float(value) <= 1.0:
            return None
        kwargs["min_confidence"] = float(value)
    for key in ("select", "ignore"):
        if key in values:
            kwargs[key] = values[key]
    if "jobs" in values:
        if not _JOBS.fullmatch(values["jobs"][0]):
            return None
        kwargs["jobs"] = int(values["jobs"][0])
    return kwargs


def _fast_run(kwargs: dict) -> NoReturn:
    """Run `audit run` as typer would, without typer: the same exit statuses on an interrupt
    (130), end of input (1, 'Aborted!') and a closed pipe (1, silently)."""
    import errno

    try:
        try:
            run(**kwargs)
        except EOFError:
            _echo("", err=True)
            _echo("Aborted!", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            sys.exit(130)
    except OSError as err:
        if err.errno != errno.EPIPE:
            raise
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        sys.exit(1)
    sys.exit(0)


class _Pacified:
    """A stream whose flush ignores a closed pipe (click's PacifyFlushWrapper), so the interpreter's
    final flush prints no second error."""

    def __init__(self, stream):
        self._stream = stream

    def flush(self) -> None:
        import errno

        try:
            self._stream.flush()
        except OSError as err:
            if err.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _plain_environment() -> bool:
    """No shell-completion request and no ASCII-only stderr (which click would re-wrap)."""
    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return False
    import codecs

    try:
        return codecs.lookup(getattr(sys.stderr, "encoding", None) or "ascii").name != "ascii"
    except LookupError:
        return False


def main() -> None:
    kwargs = _parse_run(sys.argv[1:])
    if kwargs is not None and _plain_environment():
        _fast_run(kwargs)
    from audit.cli import app

    app()
