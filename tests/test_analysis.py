"""Source disagreement: intervals, episodes, groups and contradictions."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from karabakh_nb import analysis as an
from karabakh_nb import lexicon


@pytest.fixture(scope="module")
def gold_claims(gold) -> pd.DataFrame:
    """The hand-annotated claims of the seeds as a claims table (input for the analysis logic)."""
    return pd.DataFrame([dict(c, article=g["article"], published=g["published"])
                         for g in gold for c in g["claims"]])


@pytest.mark.parametrize("qualifier, value, low, high, expected", [
    ("exact", 32, 32, 32, (32, 32)),
    ("approx", 100, 100, 100, (90.0, 110.0)),
    ("more_than", 400, 400, 400, (401, math.inf)),
    ("at_least", 5, 5, 5, (5, math.inf)),
    ("less_than", 24, 24, 24, (0, 23)),
    ("up_to", 50, 50, 50, (0, 50)),
    ("range", None, 300, 400, (300, 400)),
    ("vague", None, 3000, 10000, (3000, 10000)),
])
def test_intervals_by_qualifier(qualifier, value, low, high, expected):
    assert an.interval(qualifier, value, low, high) == expected


@pytest.mark.parametrize("example", lexicon.examples("episodes"), ids=lambda e: e["date"])
def test_episodes_from_their_examples(example):
    table = an.episodes(example["conflict"])
    assert an.episode_of(dt.date.fromisoformat(example["date"]), table) == example["episode"]


@pytest.mark.parametrize("example", lexicon.examples("labels"), ids=lambda e: e["code"])
def test_labels_from_their_examples(example):
    assert an.label(example["kind"], example["code"]) == example["label"]


def test_the_2020_death_toll_group_holds_every_report(gold_claims):
    groups = an.claim_groups(gold_claims)
    top = groups.iloc[0]
    assert (top.measure, top.subject, top.side, top.episode) == ("killed", "people", "both", "2020 war")
    assert top.claims == 6 and top.parties == "media, russia"
    assert top.lowest == 350 and top.highest == 6500
    prepared = an.prepare(gold_claims)
    texts = set(prepared[(prepared.measure == "killed") & (prepared.subject == "people")
                         & (prepared.side == "both")].text)
    assert {"300 إلى 400", "أكثر من 400", "أكثر من 1250", "قريبة من 5 آلاف", "آلاف"} <= texts


def test_contradictions_in_the_seeds(gold_claims):
    pairs = an.contradictions(gold_claims)
    found = {(r.text_a, r.source_party_a, r.text_b, r.source_party_b) for r in pairs.itertuples()}
    assert ("32", "armenia", "ما يقرب من 100", "karabakh") in found
    assert ("300 إلى 400", "media", "أكثر من 400", "media") in found
    # '4 cities, 3 towns and 190 villages' is a list in one sentence, not a contradiction
    assert not ((pairs.text_a == "3") & (pairs.text_b == "4")).any()
    assert set(pairs.columns) >= {f"{c}_{s}" for s in "ab" for c in (
        "text", "low", "high", "qualifier", "source_party", "source_text", "as_of", "article")}


def test_a_tally_that_falls_below_the_same_sources_earlier_one_contradicts_it():
    claims = pd.DataFrame([
        {"article": "a", "sentence": "s1", "text": "أكثر من 500", "value": 500, "low": 500, "high": 500,
         "qualifier": "more_than", "measure": "killed", "subject": "people", "side": "armenia",
         "source_party": "armenia", "source_text": "وزارة الدفاع", "as_of": dt.date(2020, 10, 5)},
        {"article": "b", "sentence": "s2", "text": "300", "value": 300, "low": 300, "high": 300,
         "qualifier": "exact", "measure": "killed", "subject": "people", "side": "armenia",
         "source_party": "armenia", "source_text": "وزارة الدفاع", "as_of": dt.date(2020, 10, 12)},
    ])
    pairs = an.contradictions(claims)
    assert list(pairs.kind) == ["decreasing"]
    assert (pairs.text_a[0], pairs.text_b[0]) == ("أكثر من 500", "300")


def test_claims_outside_every_episode_are_not_grouped(gold_claims):
    moved = gold_claims.assign(as_of="2019-01-01", published="2019-01-01")
    assert an.claim_groups(moved).empty and an.contradictions(moved).empty


def test_source_matrix_counts_every_claim(gold_claims):
    m = an.source_matrix(gold_claims)
    assert m.to_numpy().sum() == len(gold_claims)
    assert m.loc["russia", "evacuated"] == 4
