"""The title stress benchmark (benchmarks/title_stress.py) on a few pages: an unknown header line put
above the headline (a hashtag row, a market ticker, a 'LABEL | ...' ticker, a slogan) does not take
the title, and no body line becomes chrome."""

import importlib.util
import random
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "title_stress.py"
_spec = importlib.util.spec_from_file_location("title_stress", _PATH)
title_stress = importlib.util.module_from_spec(_spec)
sys.modules["title_stress"] = title_stress  # (its dataclasses look their module up)
_spec.loader.exec_module(title_stress)


@pytest.fixture(scope="module")
def pages():
    found = [p for p in title_stress.load_pages(["set5", "meta1"])
             if p.id in {"e5_01_tovuz", "e5_02_hadrut", "m1_02_coach", "m1_03_heatwave"}]
    assert len(found) == 4
    return found


def test_variants_put_the_line_where_asked(pages):
    page = pages[0]
    kinds = {k for k, _, _ in title_stress.variants(page, random.Random(1), None)}
    assert {"hashtags@top", "ticker@above_headline", "slogan@top"} <= kinds
    for kind, raw, chrome in title_stress.variants(page, random.Random(1), None):
        if kind.endswith("@above_headline"):
            head = raw.index(page.title)
            line = raw[raw.rfind("\n", 0, head - 1) + 1:head - 1]
            assert all(i in chrome for i in range(head - 1 - len(line), head - 1))


@pytest.mark.parametrize("line", ["#أخبار_اليوم #متابعات", "النفط 81.2 ▲ الذهب 2301 ▼",
                                  "عاجل | تعليق الرحلات في المطار بسبب الضباب",
                                  "صحيفة إلكترونية يومية مستقلة"])
def test_unknown_header_line_above_the_headline_is_not_the_title(pages, line):
    for page in pages:
        raw = page.raw[:page.title_at] + line + "\n" + page.raw[page.title_at:]
        title, chrome = title_stress._chrome(raw)
        assert title == page.title, page.id
        _, base = title_stress._chrome(page.raw)  # no body line taken as chrome that was not before
        shift = len(line) + 1
        assert {i - shift if i >= page.title_at + shift else i for i in chrome
                if not page.title_at <= i < page.title_at + shift} <= base | page.gold_chars


def test_run_reports_accuracy_per_kind(pages):
    res = title_stress.run(pages, per_page=6)
    assert res["base"].ok == len(pages)
    assert sum(t.n for t in res["kinds"].values()) >= 6 * len(pages)
    assert res["precision"] == 1.0
