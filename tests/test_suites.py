"""Accuracy on other projects' public Arabic test suites (vendored in benchmarks/suites/).

The cases are selections from facebook/duckling, scrapinghub/dateparser and
microsoft/Recognizers-Text, plus cases of pyarabic's kinds written for this project, each
with the value ANNOTATION.md sections 2 and 3 give it (see benchmarks/suites/README.md).
The bar: at least 0.90 of the number cases and 0.85 of the date cases come out right.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_NAME = "karabakh_nb_benchmark_suites"
_spec = importlib.util.spec_from_file_location(_NAME, ROOT / "benchmarks" / "suites.py")
assert _spec is not None and _spec.loader is not None
suites = importlib.util.module_from_spec(_spec)
sys.modules[_NAME] = suites  # dataclasses look their module up here
_spec.loader.exec_module(suites)


def test_every_case_is_well_formed():
    for dim in suites.DIMENSIONS:
        for name, cases in suites.load_cases(dim).items():
            assert cases, name
            ids = [c["id"] for c in cases]
            assert len(ids) == len(set(ids)), name
            for c in cases:
                assert c["text"] and isinstance(c["expect"], list)
                assert {"repo", "path", "licence"} <= set(c["source"])
                keys = ("low", "high") if dim == "numbers" else ("start", "end", "grain")
                for e in c["expect"]:
                    assert all(k in e for k in keys), c["id"]
                if dim == "dates":
                    assert c["reference"], c["id"]


def test_sources_have_a_readme_with_their_licences():
    readme = (ROOT / "benchmarks" / "suites" / "README.md").read_text(encoding="utf-8")
    for path in (ROOT / "benchmarks" / "suites").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["source"]["repo"] in readme
            break


@pytest.mark.parametrize("dimension", suites.DIMENSIONS)
def test_share_correct_clears_the_bar(dimension):
    total = suites.totals(suites.run((dimension,)))[dimension]
    assert total.cases >= 100
    assert total.share >= suites.BARS[dimension], (
        f"{dimension}: {total.correct}/{total.cases} = {total.share:.3f} "
        f"< {suites.BARS[dimension]} (python benchmarks/suites.py --failures)")
