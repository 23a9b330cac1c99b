"""Shared fixtures: the vendored seeds and their gold (tests read nothing outside the repo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.json"
SAMPLE = ROOT / "samples" / "saudinewsnet_300.jsonl.gz"


def check_spans(text: str, found) -> None:
    """Every mention's span is inside ``text``, spells its ``text``, and spans are sorted, disjoint."""
    last_end = 0
    for m in found:
        s, e = m.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == m.text
        assert s >= last_end, "spans overlap or are not sorted"
        last_end = e


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_by_id(gold) -> dict[str, dict]:
    return {g["article"]: g for g in gold}


@pytest.fixture(scope="session")
def seeds():
    from karabakh_nb import load_corpus

    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seeds_by_id(seeds):
    return {a.id: a for a in seeds}


@pytest.fixture(scope="session")
def sample_articles(seeds):
    """The seeds and the vendored SaudiNewsNet sample (300 real articles from other outlets)."""
    import datetime as dt
    import gzip

    from karabakh_nb import article_from_text

    out = list(seeds)
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(article_from_text(rec["text"], rec["id"], title=rec.get("title"),
                                         published=dt.date.fromisoformat(rec["date"])))
    return out


import matplotlib  # noqa: E402

matplotlib.use("Agg")
