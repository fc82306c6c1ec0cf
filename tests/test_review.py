"""`audit review`, driven as a user drives it: a pseudo-terminal of 80x24 (pexpect), keys sent, the
screen read back through a terminal emulator (pyte)."""

import os
import shutil
import sys
import time

import pexpect
import pyte
import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT

SEED = ROOT / "seeds" / "000_adb5dee0cf9549f4.txt"


class Terminal:
    def __init__(self, *args, cwd):
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        env = {**os.environ, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "ESCDELAY": "25"}
        env.pop("NO_COLOR", None)
        self.child = pexpect.spawn(sys.executable, ["-m", "audit", "review", *args], cwd=str(cwd),
                                   dimensions=(24, 80), env=env)

    @property
    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        end = time.time() + timeout
        while needle not in self.text:
            if time.time() > end:
                raise AssertionError(f"{needle!r} not on screen:\n{self.text}")
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.1))
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                if needle not in self.text:
                    raise AssertionError(f"exited before {needle!r} showed:\n{self.text}") from None
        return self.text

    def press(self, keys: str, then: str) -> str:
        self.child.send(keys)
        return self.wait_for(then)

    def finish(self) -> tuple[str, int]:
        out = self.child.read().decode("utf-8", "replace")
        self.child.close()
        return out, self.child.exitstatus


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    return path


def test_review_session(doc, tmp_path):
    term = Terminal("article.txt", cwd=tmp_path)
    screen = term.wait_for("q save & quit")
    assert "1/11" in screen
    # the first suggestion in text order, in its sentence, with its confidence and explanation
    assert "M001 glued-words" in screen and "confidence" in screen and "looks like two words glued" in screen
    assert "[-Homsnorth-]{+Homs north+}" in screen
    assert "a accept  r reject  e edit  s skip  u undo  q save & quit" in screen
    assert all(len(line.rstrip()) <= 80 for line in term.screen.display)
    # the highlight is drawn in reverse video
    row = next(i for i, line in enumerate(term.screen.display) if "[-Homsnorth-]" in line)
    col = term.screen.display[row].index("[-Homsnorth-]") + 2
    assert term.screen.buffer[row][col].reverse

    term.press("e", "replacement (Enter: accept, Esc: cancel): Homs north")
    term.child.send("\x7f" * len("Homs north"))
    term.press("Homs, north\r", "2/11")  # edited, accepted
    # a screen arrives in pieces: wait for the part to check, not only the counter
    assert "P001 spurious-subject-pronoun" in term.wait_for("P001 spurious-subject-pronoun")
    term.press("r", "3/11")  # the pronoun: rejected
    term.press("s", "4/11")  # skipped
    term.press("u", "3/11")  # undo the skip
    term.press("a", "4/11")  # accepted after all: his -> its
    assert "accepted 2 · rejected 1 · skipped 0 · left 8" in term.wait_for("accepted 2 · rejected 1 · skipped 0 · left 8")
    term.child.send("q")
    out, status = term.finish()
    assert status == 1  # some suggestions were left undecided
    assert "article.txt: 2 accepted, 1 rejected, 8 left undecided" in out

    text = doc.read_text(encoding="utf-8")
    assert "city of Homs, north of Damascus" in text and "that its forces control" in text
    assert "Hayat Tahrir al-Sham He posted" in text  # rejected: not changed
    decisions = (tmp_path / "article.txt.audit-decisions.yaml").read_text(encoding="utf-8")
    assert "rule: P001" in decisions and "document: article.txt" in decisions

    # not shown again by run, fix or review
    assert "P001 spurious-subject-pronoun  99% …r al-Sham" not in CliRunner().invoke(app, ["run", str(doc)]).output
    assert "al-Sham posted" not in CliRunner().invoke(app, ["fix", str(doc), "--unsafe-fixes"]).stdout
    term = Terminal("article.txt", cwd=tmp_path)
    screen = term.wait_for("P003 personal-pronoun-for-organisation")
    assert "1/8" in screen  # the rejected pronoun is not shown again; the next "his" comes first
    term.child.send("\x03")  # Ctrl-C: quit without saving
    out, status = term.finish()
    assert "nothing saved" in out and status == 1


def test_review_needs_a_terminal(doc):
    result = CliRunner().invoke(app, ["review", str(doc)])
    assert result.exit_code == 2 and "needs a terminal" in result.output


def test_nothing_to_review(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("The rebels took Homs on Saturday.\n")
    result = CliRunner().invoke(app, ["review", str(path)])
    assert result.exit_code == 0 and "nothing to review" in result.output
