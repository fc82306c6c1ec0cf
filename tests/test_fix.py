"""`audit fix`: the diff, rewriting in place, corrected copies, CriticMarkup, decisions, and never losing text."""

import os
import re
import shutil
import stat
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.decisions import Decisions, sidecar
from audit.fixer import apply_edits, fix_text, plan_fixes
from audit.model import Applicability, Category, Edit, Finding, Fix, Severity, conflict
from audit.rewrite import Transaction, read_source
from conftest import ROOT
from test_seed import EXPECTED

SEED = ROOT / "seeds" / "000_adb5dee0cf9549f4.txt"
DIRTY = "The rebels took Homsnorth of Damascus on Saturday. The Kremlin backs Russiathe main ally. The group said OSDH counted the dead.\n"
# what a default `fix` makes of it: the safe fixes only ("Russia, the" or "Russia the"? a person decides)
DIRTY_FIXED = DIRTY.replace("Homsnorth", "Homs north").replace("OSDH", "SOHR")


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def seed_with(fixes) -> bytes:
    """The seed with the given (flagged text in context, corrected context) substitutions, nothing else."""
    text = SEED.read_bytes().decode("utf-8")
    for phrase, fixed in fixes:
        assert text.count(phrase) == 1, phrase
        text = text.replace(phrase, fixed)
    return text.encode("utf-8")


ALL_FIXES = [(p, c[-1]) for p, c in EXPECTED]  # "Homs north of Damascus": the rule's own fix


@pytest.fixture
def seed_copy(tmp_path):
    dest = tmp_path / "seed.txt"
    shutil.copyfile(SEED, dest)
    return dest


def test_default_is_a_diff_that_changes_nothing(seed_copy):
    before = seed_copy.read_bytes()
    result = run("fix", seed_copy)
    assert result.exit_code == 1  # the two P003 findings remain: fitted on real text, below fix's default 0.8
    assert f"--- {seed_copy}" in result.stdout and "+In Damascus, Interior Minister Mohammed al-Rahmoun" in result.stdout
    assert "9 fixes to apply, 0 skipped, 2 findings remain" in result.stderr
    assert re.search(r"remains +3:72 P003 'his' → 'its' \(\d+%\): below --min-confidence 0.8", result.stderr)
    assert seed_copy.read_bytes() == before


def test_diff_applies_with_patch(tmp_path, seed_copy, monkeypatch):
    monkeypatch.chdir(tmp_path)
    diff = run("fix", "seed.txt", "--unsafe-fixes", "--min-confidence", "0.5").stdout
    assert diff.startswith("--- a/seed.txt\n+++ b/seed.txt\n")
    subprocess.run(["git", "apply", "-p1"], input=diff.encode(), cwd=tmp_path, check=True)
    assert seed_copy.read_bytes() == seed_with(ALL_FIXES)


def test_acceptance_write_applies_every_listed_fix_and_nothing_else(seed_copy):
    """The core acceptance's eleven fixes are all safe at the confidence `run` shows them at."""
    result = run("fix", "--write", "--min-confidence", "0.5", seed_copy)
    assert result.exit_code == 0
    assert seed_copy.read_bytes() == seed_with(ALL_FIXES)
    assert "11 fixes applied, 0 skipped, 0 findings remain" in result.stdout


def test_unsafe_fixes_only_when_asked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    # at 0.6, so that the unsafe glue split is in reach (its fitted confidence is below fix's 0.8)
    result = run("fix", "--write", "--min-confidence", "0.6", path)
    assert result.exit_code == 1 and path.read_text() == DIRTY_FIXED
    assert "2 fixes applied, 1 skipped, 1 finding remains" in result.stdout
    assert re.search(r"skipped +1:\d+ M001 'Russiathe' → 'Russia, the' \(\d+%\): unsafe fix \(apply with --unsafe-fixes\)",
                     result.stdout)
    result = run("fix", "--write", "--unsafe-fixes", "--min-confidence", "0.6", path)
    assert result.exit_code == 0 and "Russia, the main ally" in path.read_text()


def test_acceptance_write_with_unsafe_fixes_applies_every_listed_fix(seed_copy):
    result = run("fix", "--write", "--unsafe-fixes", "--min-confidence", "0.5", seed_copy)
    assert seed_copy.read_bytes() == seed_with(ALL_FIXES)
    assert "11 fixes applied, 0 skipped, 0 findings remain" in result.stdout and result.exit_code == 0
    again = run("fix", "--write", "--unsafe-fixes", "--min-confidence", "0.5", seed_copy)  # idempotent
    assert seed_copy.read_bytes() == seed_with(ALL_FIXES) and again.exit_code == 0


def test_output_dir_keeps_relative_paths(tmp_path, monkeypatch):
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(DIRTY)
    (src / "b.md").write_text("Clean text.\n")
    monkeypatch.chdir(tmp_path)
    result = run("fix", "in", "--output", "out")
    assert result.exit_code == 1 and "in/sub/a.txt: 2 fixes applied" in result.stdout
    assert (tmp_path / "out" / "in" / "sub" / "a.txt").read_text() == DIRTY_FIXED
    assert (tmp_path / "out" / "in" / "sub" / "b.md").read_text() == "Clean text.\n"
    assert (src / "a.txt").read_text() == DIRTY


def test_encoding_bom_line_endings_and_permissions_are_kept(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + DIRTY.replace("\n", "\r\n").encode() * 2)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 owners said OSDH counted them.\r\n".encode("cp1252"))
    os.chmod(crlf, 0o640)
    run("fix", "--write", crlf, latin)
    assert crlf.read_bytes() == b"\xef\xbb\xbf" + DIRTY.replace("\n", "\r\n").replace("OSDH", "SOHR").encode() * 2
    assert stat.S_IMODE(os.stat(crlf).st_mode) == 0o640
    assert latin.read_bytes() == "Caf\u00e9 owners said SOHR counted them.\r\n".encode("cp1252")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".audit-tmp")]


def test_symlink_stays_a_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DIRTY)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run("fix", "--write", link)
    assert link.is_symlink() and "SOHR" in target.read_text()


def test_refuses_a_file_changed_since_it_was_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    source, _ = read_source(str(path))
    with Transaction() as t:
        t.stage_rewrite(source, source.text.replace("OSDH", "SOHR"))
        path.write_text(DIRTY + "A paragraph the editor just wrote.\n")
        problems = t.commit()
    assert problems == [f"{path}: changed since it was read; not rewritten"]
    assert path.read_text().endswith("just wrote.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_an_error_leaves_every_file_as_it_was(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(DIRTY)
    bad = tmp_path / "b.txt"
    bad.write_bytes("OSDH said \u201cyes\u201d.\n".encode("utf-8"))
    with Transaction() as t:
        t.stage_rewrite(read_source(str(good))[0], "new text\n")
        with pytest.raises(KeyboardInterrupt):
            raise KeyboardInterrupt  # an interrupt before commit
    assert good.read_text() == DIRTY and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    unreadable = tmp_path / "c.txt"
    unreadable.write_text(DIRTY)
    os.chmod(unreadable, 0)
    if os.access(unreadable, os.R_OK):  # root reads anything: a structured file is refused instead
        unreadable = tmp_path / "c.jsonl"
        unreadable.write_text("{}\n")
    result = run("fix", "--write", good, unreadable)
    assert result.exit_code == 2 and "nothing was rewritten" in result.output
    assert good.read_text() == DIRTY


def test_stdin_diff_and_no_write():
    result = run("fix", "-", input=DIRTY)
    assert "+" + DIRTY_FIXED in result.stdout
    assert run("fix", "-", "--write", input=DIRTY).exit_code == 2


def test_criticmarkup(seed_copy):
    result = run("fix", seed_copy, "--unsafe-fixes", "--min-confidence", "0.5", "--format", "criticmarkup")
    out = result.stdout
    for mark in ("{~~Homsnorth~>Homs north~~}", "al-Sham {--He --}posted", "that {~~his~>its~~} forces",
                 "{~~OSDH~>SOHR~~}", "{~~«~>“~~}With", "{~~al Chareh~>al-Sharaa~~}"):
        assert mark in out, mark
    assert run("fix", seed_copy, "--write", "--format", "criticmarkup").exit_code == 2


def test_select_and_confidence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    assert "SOHR" not in run("fix", path, "--select", "M").stdout
    assert run("fix", path, "--min-confidence", "1").stdout == ""
    assert run("fix", path, "--select", "Z9").exit_code == 2
    assert run("fix", path, "--write", "--diff").exit_code == 2


def test_decisions_are_honoured_by_run_and_fix(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    [finding] = [f for f in _findings(path) if f.rule == "R001"]
    decisions = Decisions(sidecar(str(path)))
    decisions.reject(finding, str(path))
    sidecar(str(path)).write_text(decisions.dump())
    # an edit elsewhere in the document does not lose the decision
    path.write_text("A new first sentence.\n" + DIRTY)
    assert "R001" not in run("run", path).output
    assert "SOHR" not in run("fix", path, "--unsafe-fixes").stdout
    other = tmp_path / "b.txt"
    other.write_text(DIRTY)
    assert "R001" in run("run", other).output  # another document: its own decisions
    sidecar(str(path)).write_text("rejected: [1, 2\n")
    bad = run("run", path)
    assert bad.exit_code == 2 and "a.txt.audit-decisions.yaml:" in bad.output and "Traceback" not in bad.output


def _findings(path):
    from audit.document import Document
    from audit.engine import find_all
    from audit.glossary import load_glossary
    from audit.rules import select_rules

    return find_all(Document(str(path), path.read_text()), load_glossary(), select_rules())


def _finding(start, end, replacement, confidence=0.9, applicability=Applicability.SAFE, rule="X001", text=""):
    return Finding(rule, "x", Category.SPELLING, Severity.MAJOR, confidence, start, end, "m",
                   Fix.replacing(start, end, replacement, applicability), text=text)


def test_overlaps_the_better_fix_wins_deterministically():
    a = _finding(0, 5, "A", confidence=0.9)
    b = _finding(3, 8, "B", confidence=0.95)
    c = _finding(8, 8, "C", confidence=0.5)  # touches b: no conflict
    for order in ([a, b, c], [c, b, a]):
        plan = plan_fixes(order)
        assert plan.applied == [b, c]
        assert [s.finding for s in plan.skipped] == [a] and "overlaps a better fix" in plan.skipped[0].reason
    assert conflict(Edit(2, 2, "x"), Edit(2, 2, "y")) and conflict(Edit(3, 3, "x"), Edit(2, 5, "y"))
    assert not conflict(Edit(0, 2, "x"), Edit(2, 4, "y"))


def test_unsafe_and_low_confidence_fixes():
    unsafe = _finding(0, 1, "U", applicability=Applicability.UNSAFE)
    low = _finding(2, 3, "L", confidence=0.3)
    plan = plan_fixes([unsafe, low], min_confidence=0.8, min_applicability=Applicability.SAFE)
    assert plan.applied == [] and [s.finding for s in plan.skipped] == [unsafe]
    assert apply_edits("abcdef", [Edit(0, 1, "X"), Edit(3, 3, "+")]) == "Xbc+def"


def test_passes_repeat_until_nothing_changes_and_a_cycle_is_not_applied():
    def find(text):  # one fix at a time: "aaa" -> "aa" -> "a"
        i = text.find("aa")
        return [] if i < 0 else [_finding(i, i + 2, "a")]

    result = fix_text("xaaaa", find, min_confidence=0.5)
    assert result.text == "xa" and len(result.applied) == 3 and result.passes == 3
    assert [t for t, _ in result.steps] == ["xaaaa", "xaaa", "xaa"]

    def flip(text):  # each fix undone by the next: the first does not do what it says
        return [_finding(0, 1, "b" if text[0] == "a" else "a", text=text[0])]

    result = fix_text("a", flip, min_confidence=0.5)
    assert result.text == "a" and result.applied == []
    assert result.skipped[0].reason == "not applied: in the text with the other fixes, X001 finds 'b' there"


def _toy(*rules):
    """A finder made of toy rules, (code, pattern, fix of group 1: a string or a function of it,
    confidence), with overlapping findings resolved as the engine does (the more confident stands)."""
    def find(text):
        found = []
        for code, pattern, fix, confidence in rules:
            for m in re.finditer(pattern, text):
                new = fix(m.group(1)) if callable(fix) else fix
                found.append(_finding(m.start(1), m.end(1), new, confidence, rule=code, text=m.group(1)))
        kept = []
        for f in sorted(found, key=lambda f: -f.confidence):
            if not any(f.start < k.end and k.start < f.end for k in kept):
                kept.append(f)
        return kept
    return find


SPACE = ("C903", r"\w( ,)", ",", 0.95)  # a space before a comma
GLUED = ("M903", r"(,)\w", ", ", 0.9)  # a comma glued to the next word
SPLIT = ("M904", r"([a-z])[A-Z]he\b", lambda c: c + ". ", 0.95)  # two sentences glued: 'countryThe'
MIDDLE = ("C901", r"[a-z]([A-Z])he\b", str.lower, 0.9)  # a capitalised function word mid-sentence
START = ("C902", r"\. ([a-z])", str.upper, 0.9)  # a sentence that starts in lowercase


def test_a_fix_whose_promise_holds_only_in_the_composed_text_is_applied():
    """The space fix alone leaves 'Homs,north', where the glued comma (hidden before under the
    overlapping space finding) is flagged on the comma it wrote; the next pass fixes that, and in the
    text the two make together nothing is left: both stand."""
    result = fix_text("Homs ,north of it.", _toy(SPACE, GLUED), min_confidence=0.8)
    assert result.text == "Homs, north of it." and result.passes == 2 and not result.skipped
    assert [f.rule for f in result.applied] == ["C903", "M903"]


def test_two_artifacts_that_touch_are_not_fixed_one_at_a_time_into_a_text_still_wrong():
    # the glued comma below the fix confidence: the space fix alone would leave 'Homs,north'
    weak = GLUED[:3] + (0.6,)
    result = fix_text("Homs ,north of it.", _toy(SPACE, weak), min_confidence=0.8)
    assert result.text == "Homs ,north of it." and result.applied == []
    [skipped] = result.skipped
    assert skipped.finding.rule == "C903"
    assert skipped.reason == "not applied: in the text with the other fixes, M903 finds ',' there"
    # 'countryThe': split into two sentences and lowercased as mid-sentence, each fix right for what
    # its rule saw, make 'country. the', which the next pass capitalises again; the lowercase is
    # withdrawn (the two fixes cancel out) and the split stands alone
    result = fix_text("the countryThe rest.", _toy(SPLIT, MIDDLE, START), min_confidence=0.5)
    assert result.text == "the country. The rest." and [f.rule for f in result.applied] == ["M904"]
    [skipped] = result.skipped
    assert (skipped.finding.rule, skipped.reason) == ("C901", "not applied: undone by C902")
    # without a rule that flags the composed text, nothing says it is wrong
    assert fix_text("the countryThe rest.", _toy(SPLIT, MIDDLE), min_confidence=0.5).text == "the country. the rest."


def test_findings_below_the_check_confidence_or_only_beside_a_fix_withdraw_nothing():
    faint = START[:3] + (0.3,)
    result = fix_text("the countryThe rest.", _toy(SPLIT, MIDDLE, faint), min_confidence=0.5)
    assert result.text == "the country. the rest." and len(result.applied) == 2
    # a finding next to what a fix wrote, not on it: the fix did what it said
    beside = _toy(("R903", r"(»)", "”", 0.95), ("C904", r"\w( )”", "", 0.6))
    result = fix_text("he said »", beside, min_confidence=0.8)
    assert result.text == "he said ”" and [f.rule for f in result.applied] == ["R903"]


def test_the_recheck_terminates_when_every_fix_makes_a_new_finding():
    calls = []

    def find(text):  # every fix writes text that is flagged again
        calls.append(text)
        return [_finding(len(text) - 1, len(text), text[-1] + "x", text=text[-1])]

    result = fix_text("ab", find, min_confidence=0.5)
    assert result.text == "ab" and result.applied == []
    assert [s.finding.rule for s in result.skipped] == ["X001"] and "not applied" in result.skipped[0].reason
    assert len(calls) == len(set(calls)) <= 1 + 4  # each text audited once: at most the passes' texts


def test_describe_shows_what_a_fix_became_with_the_others():
    from audit.fixing import FileOutcome, describe

    find = _toy(("M905", r"(Russiathe)", "Russia the", 0.9), ("C905", r"(Russia the)", "Russia, the", 0.9))
    result = fix_text("Backs Russiathe ally.", find, min_confidence=0.5)
    assert result.text == "Backs Russia, the ally." and result.passes == 2
    [first, _] = result.applied
    assert result.composed == {id(first): "Russia, the"}
    lines = describe(FileOutcome("a.txt", result), 0.5, True)
    assert lines[1] == "  applied  0:0 M905 'Russiathe' → 'Russia the' (90%); with the other fixes: 'Russia, the'"
    assert lines[2] == "  applied  0:0 C905 'Russia the' → 'Russia, the' (90%)"


def test_module_entry_point_runs_fix(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    proc = subprocess.run([sys.executable, "-m", "audit", "fix", str(path)], capture_output=True, text=True)
    assert proc.returncode == 1 and "+The rebels took" in proc.stdout and "2 fixes to apply" in proc.stderr


def test_fix_follows_the_configuration(tmp_path, monkeypatch):
    """`fix` reads audit.toml as `run` does: select/ignore, per-rule settings, per-path ignores."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "drafts" / "b.txt").write_text(DIRTY)
    (tmp_path / "audit.toml").write_text(
        'ignore = ["M"]\n\n[per-path-ignores]\n"drafts/*" = ["R001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("fix", "--write", "a.txt", "drafts/b.txt")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.txt").read_text() == DIRTY.replace("OSDH", "SOHR")  # no M fixes
    assert (tmp_path / "drafts" / "b.txt").read_text() == DIRTY  # R001 ignored there too


def _shown(text, *fixes):
    """Findings of `text` as the engine hands them to a report: (flagged text, replacement or a Fix
    maker, confidence); located, with their context."""
    from audit.document import Document

    doc = Document("<t>", text)
    out = []
    for quote, fix in fixes:
        start = text.index(quote)
        f = _finding(start, start + len(quote), fix) if isinstance(fix, str) else \
            Finding("X001", "x", Category.SPELLING, Severity.MAJOR, 0.9, start, start + len(quote), "m", fix(start))
        f.line, f.column = doc.line_col(start)
        f.text = quote
        f.before, f.after = doc.context(f.start, f.end)
        out.append(f)
    return out


def _text_report(findings, width=80):
    import io

    from audit.emitters.text import TextEmitter
    from audit.model import Report, score_findings

    out = io.StringIO()
    TextEmitter(out, width=width).document(Report("<t>", 20, findings, score_findings(findings, 20)))
    return out.getvalue().splitlines()


def test_the_text_report_shows_a_line_with_its_fixes_together():
    text = "First line.\nThe rebels took Homsnorth of Damascus , the capital, on Saturday morning.\n"
    lines = _text_report(_shown(text, ("Homsnorth", "Homs north"), (" ,", ",")))
    assert lines[3] == "  line 2 fixed: The rebels took Homs north of Damascus, the capital, on…"
    assert lines[4].startswith("  score ")
    # one fix on a line: its own line says it all
    assert not [x for x in _text_report(_shown(text, ("Homsnorth", "Homs north"))) if "fixed:" in x]


def test_the_composed_line_joins_what_the_findings_show_and_wraps():
    text = ("In the city of Homsnorth of Damascus the rebels, who had waited for weeks outside it, said "
            "that OSDH had counted the dead of the night's fighting.\n")
    assert "  line 1 fixed: …city of Homs north of… …said that SOHR had…" in _text_report(
        _shown(text, ("Homsnorth", "Homs north"), ("OSDH", "SOHR")), width=70)  # shorter context to fit
    lines = _text_report(_shown(text, ("Homsnorth", "Homs north"), ("OSDH", "SOHR")), width=50)
    composed = [x for x in lines if x.startswith(("  line 1 fixed:", "    "))]
    assert composed == ["  line 1 fixed: In the city of Homs north of",
                        "    Damascus the… …it, said that SOHR had counted",
                        "    the…"]  # whole words, wrapped
    assert all(len(x) <= 50 for x in composed)


def test_no_composed_line_where_a_fix_reaches_beyond_what_is_shown():
    text = "He said «we will win the war this year» on Sunday morning in the capital, and Homsnorth fell.\n"
    def quotes(start):
        close = text.index("»")
        return Fix((Edit(start, start + 1, "“"), Edit(close, close + 1, "”")), Applicability.SAFE)

    lines = _text_report(_shown(text, ("«", quotes), ("Homsnorth", "Homs north")))
    assert not [x for x in lines if "fixed:" in x]


def test_a_long_span_mended_by_small_edits_shows_the_edits():
    """A copy-editor reads what changes, not a rewritten sentence to compare by eye."""
    from audit.document import Document
    from audit.engine import find_all
    from audit.glossary import load_glossary
    from audit.rules import REGISTRY

    text = "The leaders of Italy , France , Germany and the heads of the European institutions met .\n"
    findings = find_all(Document("<t>", text), load_glossary(), [REGISTRY["C004"]])
    assert len(findings) == 1 and len(findings[0].fix.edits) == 3
    line = _text_report(findings, width=120)[1]
    assert line.endswith("→ 3 edits: ' ,' → ',', ' ,' → ',', ' .' → '.'"), line
