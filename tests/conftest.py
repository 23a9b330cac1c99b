"""Shared fixtures: the vendored seeds and their gold (tests read nothing outside the repo)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.json"
SAMPLE = ROOT / "samples" / "saudinewsnet_300.jsonl.gz"


@cache
def example_texts() -> tuple[str, ...]:
    """Every text of the data examples corpora (``src/karabakh_nb/data/*.examples.jsonl``)."""
    from karabakh_nb import lexicon

    files = sorted((ROOT / "src" / "karabakh_nb" / "data").glob("*.examples.jsonl"))
    rows = [row for path in files for row in lexicon.examples(path.name[:-len(".examples.jsonl")])]
    return tuple(row["text"] for row in rows if isinstance(row.get("text"), str))


@cache
def e2e_texts() -> tuple[str, ...]:
    """Every e2e article (``benchmarks/e2e/*/articles/*.txt``), whole."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("benchmarks/e2e/*/articles/*.txt")))


def example_and_e2e_texts() -> tuple[str, ...]:
    """:func:`example_texts`, then :func:`e2e_texts`: what the speed tests check a gate against
    the plain way on."""
    return example_texts() + e2e_texts()


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
