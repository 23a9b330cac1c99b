"""Source disagreement: which reports of the same quantity agree, and which cannot both be true.

Claims (one row per claim, as :func:`karabakh_nb.claims.claims_table` gives
them, or a list of :class:`~karabakh_nb.claims.Claim`) are grouped by
``measure``, ``subject`` and ``side`` within one *episode* of the conflict
(episodes are data: ``data/episodes.json``, or a table of your own). Each claim
becomes an interval of counts from its qualifier:

============  =============================================
qualifier     interval
============  =============================================
exact         [v, v]
approx        [v (1 - t), v (1 + t)], t = ``tolerance`` (10 %)
more_than     [v + 1, inf)   (counts are whole numbers)
at_least      [v, inf)
less_than     [0, v - 1]
up_to         [0, v]
range, vague  [low, high]    (the guide's bounds)
============  =============================================

Two claims of one group and one ``as_of`` day contradict when their intervals
are disjoint; a cumulative tally (killed, injured, displaced ...) contradicts an
earlier one from the same source when it falls below it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd

from . import lexicon

GROUP = ["measure", "subject", "side", "episode"]
#: measures whose tallies only grow over time
CUMULATIVE = frozenset({"killed", "injured", "displaced", "evacuated", "destroyed", "captured",
                        "detained"})
PAIR_COLUMNS = ["text", "value", "low", "high", "qualifier", "source_party", "source_text", "as_of",
                "article", "lower", "upper"]


def episodes(conflict: str = "karabakh") -> pd.DataFrame:
    """The episodes of ``conflict`` from ``data/episodes.json``: name, start, end (dates)."""
    spec = lexicon.load("episodes")["conflicts"]
    if conflict not in spec:
        raise KeyError(f"no episodes for conflict {conflict!r}; known: {sorted(spec)}")
    return pd.DataFrame([{"episode": e["name"], "start": dt.date.fromisoformat(e["start"]),
                          "end": dt.date.fromisoformat(e["end"])} for e in spec[conflict]])


def episode_of(day: dt.date | None, table: pd.DataFrame) -> str | None:
    """Name of the episode holding ``day`` (``None`` when none does)."""
    if day is None or (isinstance(day, float) and math.isnan(day)):
        return None
    for row in table.itertuples(index=False):
        if row.start <= day <= row.end:
            return row.episode
    return None


def as_table(claims: pd.DataFrame | Iterable[Any]) -> pd.DataFrame:
    """Claims as a DataFrame (a claims table passes through; Claim records are converted)."""
    if isinstance(claims, pd.DataFrame):
        return claims.copy()
    rows = []
    for c in claims:
        row = dataclasses.asdict(c) if dataclasses.is_dataclass(c) else dict(c)
        row.pop("span", None)
        rows.append(row)
    return pd.DataFrame(rows)


def interval(qualifier: str, value: float | None, low: float, high: float,
             tolerance: float = 0.1) -> tuple[float, float]:
    """The interval of counts a claim allows (see the module docstring).

    >>> interval("approx", 100, 100, 100)
    (90.0, 110.0)
    >>> interval("more_than", 400, 400, 400)
    (401, inf)
    """
    v = value if value is not None and not _isnan(value) else low
    if qualifier == "exact":
        return v, v
    if qualifier == "approx":
        return round(v * (1 - tolerance), 9), round(v * (1 + tolerance), 9)
    if qualifier == "more_than":
        return (v + 1 if float(v).is_integer() and v >= 1 else v), math.inf
    if qualifier == "at_least":
        return v, math.inf
    if qualifier == "less_than":
        return 0, (v - 1 if float(v).is_integer() and v >= 1 else v)
    if qualifier == "up_to":
        return 0, v
    return low, high


def _isnan(x: Any) -> bool:
    return isinstance(x, float) and math.isnan(x)


def point(qualifier: str, value: float | None, low: float, high: float) -> float:
    """One number standing for a claim: its value, or the middle of a range or vague bound."""
    if value is not None and not _isnan(value):
        return value
    return (low + high) / 2


def prepare(claims: pd.DataFrame | Iterable[Any], *, episode_table: pd.DataFrame | None = None,
            conflict: str = "karabakh", tolerance: float = 0.1) -> pd.DataFrame:
    """Add ``episode``, ``lower``, ``upper`` and ``estimate`` columns to a claims table.

    ``as_of`` (or, where it is missing, the article's ``published``) places a claim
    in an episode; claims outside every episode keep ``episode`` = ``None``.
    """
    table = as_table(claims)
    if table.empty:
        return table.assign(episode=[], lower=[], upper=[], estimate=[])
    eps = episodes(conflict) if episode_table is None else episode_table
    when = table["as_of"] if "as_of" in table else pd.Series([None] * len(table))
    if "published" in table:
        when = when.where(when.notna(), table["published"])
    table["as_of"] = [_as_date(d) for d in when]
    table["episode"] = [episode_of(d, eps) for d in table["as_of"]]
    bounds = [interval(r.qualifier, r.value, r.low, r.high, tolerance)
              for r in table.itertuples(index=False)]
    table["lower"] = [b[0] for b in bounds]
    table["upper"] = [b[1] for b in bounds]
    table["estimate"] = [point(r.qualifier, r.value, r.low, r.high)
                         for r in table.itertuples(index=False)]
    return table


def _as_date(d: Any) -> dt.date | None:
    if d is None or _isnan(d) or d is pd.NaT:
        return None
    if isinstance(d, pd.Timestamp):
        return d.date()
    if isinstance(d, dt.datetime):
        return d.date()
    if isinstance(d, str):
        return dt.date.fromisoformat(d[:10])
    return d


def claim_groups(claims: pd.DataFrame | Iterable[Any], **kwargs: Any) -> pd.DataFrame:
    """One row per group of comparable claims (same measure, subject, side and episode).

    Columns: the group keys, ``claims``, ``sources`` (distinct source parties),
    ``lowest`` and ``highest`` point estimate and their ``ratio``, first and last
    ``as_of``. Claims outside every episode are left out.
    """
    table = prepare(claims, **kwargs)
    table = table[table["episode"].notna()] if len(table) else table
    columns = [*GROUP, "claims", "sources", "parties", "lowest", "highest", "ratio", "first", "last"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for key, g in table.groupby(GROUP, sort=True, dropna=False):
        lowest, highest = float(g["estimate"].min()), float(g["estimate"].max())
        rows.append({**dict(zip(GROUP, key, strict=True)), "claims": len(g),
                     "sources": g["source_party"].nunique(),
                     "parties": ", ".join(sorted(g["source_party"].dropna().unique())),
                     "lowest": lowest, "highest": highest,
                     "ratio": highest / lowest if lowest else math.inf,
                     "first": min(g["as_of"]), "last": max(g["as_of"])})
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["claims", "ratio"], ascending=[False, False],
                           kind="stable").reset_index(drop=True)


def contradictions(claims: pd.DataFrame | Iterable[Any], **kwargs: Any) -> pd.DataFrame:
    """One row per pair of claims that cannot both be true.

    ``kind`` is ``disjoint`` (same group and ``as_of``, intervals that do not
    meet; two figures of one sentence are a list or a total and its part, never
    a contradiction) or ``decreasing`` (a cumulative tally from one source that falls below
    its own earlier figure). Each side of the pair is in columns suffixed ``_a``
    (the lower or earlier) and ``_b``.
    """
    table = prepare(claims, **kwargs)
    cols = [*GROUP, "kind", *[f"{c}_{s}" for s in "ab" for c in PAIR_COLUMNS]]
    if table.empty:
        return pd.DataFrame(columns=cols)
    table = table[table["episode"].notna()]
    rows = []
    for key, g in table.groupby(GROUP, sort=True, dropna=False):
        recs = g.sort_values(["as_of", "lower", "upper"], kind="stable").to_dict("records")
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                kind = _conflict(a, b, key[0])
                if kind:
                    lo, hi = (a, b) if (a["upper"], a["as_of"]) <= (b["upper"], b["as_of"]) \
                        or kind == "decreasing" else (b, a)
                    row = {**dict(zip(GROUP, key, strict=True)), "kind": kind}
                    row.update({f"{c}_a": lo.get(c) for c in PAIR_COLUMNS})
                    row.update({f"{c}_b": hi.get(c) for c in PAIR_COLUMNS})
                    rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def _conflict(a: dict, b: dict, measure: str) -> str | None:
    if _same_sentence(a, b):  # a list ('4 cities, 3 towns and 190 villages') or a total and its part
        return None
    if a["as_of"] == b["as_of"] and (a["upper"] < b["lower"] or b["upper"] < a["lower"]):
        return "disjoint"
    if (measure in CUMULATIVE and a["source_party"] == b["source_party"]
            and a["as_of"] is not None and b["as_of"] is not None and a["as_of"] < b["as_of"]
            and b["upper"] < a["lower"]):
        return "decreasing"
    return None


def _same_sentence(a: dict, b: dict) -> bool:
    return (a.get("article") is not None and a.get("article") == b.get("article")
            and a.get("sentence") is not None and a.get("sentence") == b.get("sentence"))


def source_matrix(claims: pd.DataFrame | Iterable[Any]) -> pd.DataFrame:
    """Claims counted by source party (rows) and measure (columns)."""
    table = as_table(claims)
    if table.empty:
        return pd.DataFrame()
    return pd.crosstab(table["source_party"], table["measure"]).sort_index()


def label(kind: str, code: str) -> str:
    """The Arabic display name of a code (``label("measure", "killed")``); unknown codes as is."""
    return lexicon.load("labels").get(kind, {}).get(code, code)
