"""What `audit run` imports on an empty file: the start-up path stays light (the time itself is
measured by `python bench/bench.py --startup-only`, not here)."""

import subprocess
import sys

PROBE = """
import sys
from audit.cli import main
sys.argv = ["audit", "run", sys.argv[1]]
try:
    main()
except SystemExit as exit:
    assert exit.code == 0, exit.code
heavy = sorted(m for m in ("audit.rules", "pydantic", "rapidfuzz", "babel", "translate")
               if m in sys.modules)
print("imported:", ",".join(heavy))
"""


def test_an_empty_run_imports_neither_rules_nor_pydantic(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = subprocess.run([sys.executable, "-c", PROBE, str(empty)], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "imported: ", out.stdout


def test_a_selected_code_is_still_checked_before_any_document(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = subprocess.run([sys.executable, "-m", "audit", "run", str(empty), "--select", "Q999"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "unknown rule code(s): Q999" in out.stderr
