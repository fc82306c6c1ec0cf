"""The pre-commit hook in .pre-commit-hooks.yaml, run by pre-commit itself on a sample repository."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("pre_commit")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_fails_on_findings_and_passes_on_clean_files(tmp_path):
    # the hook's repository: this checkout's files, committed (pre-commit clones it)
    hook_repo = tmp_path / "hook"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info",
                                                                      ".pytest_cache", "bench", "build", "dist"))
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", "-A")
    git(hook_repo, "commit", "-q", "-m", "hook")
    sample = tmp_path / "sample"
    sample.mkdir()
    git(sample, "init", "-q")
    (sample / "clean.txt").write_text("The rebels took Homs, north of Damascus, on Saturday.\n")
    (sample / "dirty.txt").write_text("The rebels took Homsnorth of Damascus on Saturday.\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    def try_repo(*files):
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "audit",
                               "--files", *files], cwd=sample, capture_output=True, text=True, env=env, timeout=600)

    git(sample, "add", "-A")
    passed = try_repo("clean.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    failed = try_repo("clean.txt", "dirty.txt")
    assert failed.returncode == 1 and "M001 glued-words" in failed.stdout, failed.stdout + failed.stderr
