"""The real-world development set (docs/real-set.md): its committed records are complete and its
composition meets what the set promises. The texts are third-party and stay on the machine that
laid them out; where they are present, every annotation must still locate in its text."""

import json
from collections import Counter

import pytest

from conftest import ROOT

REAL = ROOT / "bench" / "real"
PAGES = sorted((REAL / "pages").glob("*.json"))


def pages():
    return [json.loads(p.read_text(encoding="utf-8")) for p in PAGES]


def test_every_page_record_is_complete():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import real_set

    for page in pages():
        assert not real_set.record_problems(page), (page["id"], real_set.record_problems(page))
        assert page.get("sha256") and page.get("chars"), f"{page['id']}: not sealed"
        for art in page.get("artifacts", []):
            assert art["class"] in real_set.CLASSES
            assert art.get("quote") and (not art.get("context") or art["quote"] in art["context"]), (page["id"], art)


def test_the_set_is_as_broad_as_promised():
    mt = [p for p in pages() if p["kind"] == "mt"]
    edited = [p for p in pages() if p["kind"] == "edited"]
    assert len(mt) >= 80 and len(edited) >= 25
    assert len({p["site"] for p in mt}) >= 15
    assert len({p["source_lang"] for p in mt}) >= 6
    assert len({p["story"] for p in mt}) >= 6
    assert max(Counter(p["site"] for p in pages()).values()) <= 8
    conflicts = Counter(p["conflict"] for p in mt if p.get("conflict"))
    assert not conflicts or max(conflicts.values()) <= len(mt) / 4


def test_halves_are_split_by_site():
    split = json.loads((REAL / "split.json").read_text())
    for page in pages():
        assert split.get(page["site"]) in ("tune", "report"), page["id"]
    for half in ("tune", "report"):
        gold = [json.loads(line) for line in (REAL / f"{half}.gold.jsonl").read_text().splitlines()]
        assert {split[d["source"]["site"]] for d in gold} == {half}


@pytest.mark.skipif(not any((REAL / "texts").glob("*.txt")), reason="the third-party texts are not laid out here")
def test_every_annotation_locates_in_its_text():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "real_set.py"), "check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
