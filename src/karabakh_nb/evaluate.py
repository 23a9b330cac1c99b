"""Evaluation against gold written by ANNOTATION.md (section 5).

Per article, predictions are matched to gold one to one:

* numbers: same ``low`` and ``high``; then ``qualifier`` accuracy over the matches;
* dates: same ``start`` and ``end``; then ``grain`` (and ``relative``) accuracy;
* claims: same ``low``, ``high`` and ``measure``; then ``subject``, ``side`` and
  ``source_party`` accuracy (once :mod:`karabakh_nb.claims` exists);
* boilerplate: character-level precision and recall over the non-space
  characters of ``raw`` covered by the gold segments and by
  ``Article.boilerplate_segments``;
* metadata: ``title``, ``published`` and ``outlet`` accuracy.

Precision, recall and F1 are micro-averaged over articles. Every miss and
every false hit is listed with its text, so a wrong answer can be traced.

Run it from the shell with ``python -m karabakh_nb evaluate GOLD.json ARTICLES_DIR``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .loading import Article, load_article
from .normalize import squash_spaces

#: dimension -> (key attributes that must match, attributes whose accuracy is reported)
DIMENSIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "numbers": (("low", "high"), ("qualifier", "unit")),
    "dates": (("start", "end"), ("grain", "relative")),
    "claims": (("low", "high", "measure"), ("subject", "side", "source_party")),
}


@dataclass
class Tally:
    """Counts for one dimension, added up over articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: dict[str, int] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attr: str) -> float | None:
        return self.agree[attr] / self.tp if self.tp and attr in self.agree else None


@dataclass
class Report:
    """The evaluation: ``scores`` (one row per dimension) and ``errors`` (one row per miss/false hit)."""

    scores: pd.DataFrame
    errors: pd.DataFrame
    metadata: pd.DataFrame

    def score(self, dimension: str, column: str = "f1") -> float:
        """One figure, e.g. ``report.score("numbers")`` or ``report.score("dates", "grain")``."""
        return float(self.scores.set_index("dimension").loc[dimension, column])

    def __str__(self) -> str:
        return format_report(self)


# --- value helpers ---------------------------------------------------------------------------


def _norm_value(v: Any) -> Any:
    """Make gold JSON values and predicted values comparable (dates as ISO strings, 5.0 == 5)."""
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        return squash_spaces(v)
    return v


def _get(obj: Any, attr: str) -> Any:
    return _norm_value(obj.get(attr) if isinstance(obj, dict) else getattr(obj, attr, None))


def match(gold: Sequence[Any], pred: Sequence[Any], keys: Sequence[str]
          ) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """One-to-one matching on ``keys``: first pairs that also share their surface text, then the rest.

    Returns ``(pairs, missed_gold, false_predictions)``.
    """
    def key(x: Any) -> tuple:
        return tuple(_get(x, k) for k in keys)

    free = list(pred)
    paired: dict[int, Any] = {}
    for same_text in (True, False):
        for gi, g in enumerate(gold):
            if gi in paired:
                continue
            for pi, p in enumerate(free):
                if key(p) == key(g) and (not same_text or _get(p, "text") == _get(g, "text")):
                    paired[gi] = free.pop(pi)
                    break
    pairs = [(g, paired[gi]) for gi, g in enumerate(gold) if gi in paired]
    missed = [g for gi, g in enumerate(gold) if gi not in paired]
    return pairs, missed, free


# --- boilerplate -----------------------------------------------------------------------------


def gold_boilerplate_spans(raw: str, segments: Sequence[str], title: str | None = None
                           ) -> list[tuple[int, int]]:
    r"""Locate gold boilerplate strings in ``raw``, in order, never on the title line itself.

    Gold lists segments verbatim and in text order; a segment equal to the title
    (a repeated headline) is found after the title's own occurrence. A segment that is a
    whole line somewhere is placed on such a line first, so a one-word tag line (``أرمينيا``)
    is not put on the same word inside an earlier body sentence.

    >>> raw = "Menu\nHead\n\nArmenia and Azerbaijan met.\n\nArmenia"
    >>> gold_boilerplate_spans(raw, ["Menu", "Armenia"], "Head")
    [(0, 4), (40, 47)]
    >>> gold_boilerplate_spans("Head - Site\nHead\n\nBody.", ["Head - Site"], "Head")
    [(0, 11)]
    """
    def squashed(s: str) -> str:
        return " ".join(s.split())

    title_span = None
    if title:  # the title's own line first: not its words inside a '<headline> - SITE' line above it
        title_span = _find_line_after(raw, title, 0, None)
        i = raw.find(title) if title_span is None else -1
        if i >= 0:
            title_span = (i, i + len(title))
    spans, pos = [], 0
    for seg in segments:
        found = _find_line_after(raw, seg, pos, title_span)
        if found is None:
            found = _find_after(raw, seg, pos, title_span)
        if found is None:
            found = _find_after(raw, seg, 0, title_span)
        if found is None and squashed(seg) != seg:  # whitespace differences
            found = _find_after(raw, squashed(seg), 0, title_span)
        if found is None:
            continue
        spans.append(found)
        pos = found[1]
    return spans


def _find_after(raw: str, seg: str, pos: int, avoid: tuple[int, int] | None
                ) -> tuple[int, int] | None:
    while True:
        i = raw.find(seg, pos)
        if i < 0:
            return None
        if avoid and i < avoid[1] and i + len(seg) > avoid[0]:
            pos = i + 1
            continue
        return i, i + len(seg)


def _find_line_after(raw: str, seg: str, pos: int, avoid: tuple[int, int] | None
                     ) -> tuple[int, int] | None:
    """The first occurrence of ``seg`` at or after ``pos`` that is a whole line (but for blanks)."""
    while (found := _find_after(raw, seg, pos, avoid)) is not None:
        i, j = found
        line_start = raw.rfind("\n", 0, i) + 1
        line_end = raw.find("\n", j)
        line_end = len(raw) if line_end < 0 else line_end
        if not raw[line_start:i].strip() and not raw[j:line_end].strip():
            return found
        pos = i + 1
    return None


def _covered(raw: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not raw[i].isspace()}


# --- scoring ---------------------------------------------------------------------------------


def _predict(article: Article, dims: Iterable[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for dim in dims:
        if dim == "numbers":
            from .mentions import article_numbers
            out[dim] = article_numbers(article)
        elif dim == "dates":
            from .mentions import article_dates
            out[dim] = article_dates(article)
        elif dim == "claims":
            from .claims import extract_claims
            out[dim] = extract_claims(article)
    return out


def available_dimensions() -> list[str]:
    """The mention dimensions this installation can predict (claims once that stage exists)."""
    from importlib.util import find_spec

    dims = ["numbers", "dates"]
    if find_spec("karabakh_nb.claims") is not None:
        dims.append("claims")
    return dims


def evaluate(gold: str | Path | list[dict[str, Any]],
             articles: str | Path | Iterable[Article] | Callable[[str], Article],
             dimensions: Sequence[str] | None = None) -> Report:
    """Score the package on ``gold`` (a gold JSON file or its parsed list).

    ``articles`` is a folder holding ``<article>.txt`` files (read with their
    manifest), an iterable of loaded articles, or a function from id to article.
    """
    entries = json.loads(Path(gold).read_text(encoding="utf-8")) if isinstance(
        gold, str | Path) else gold
    loader = _article_source(articles)
    dims = list(dimensions) if dimensions is not None else available_dimensions()
    tallies = {d: Tally() for d in dims}
    bp = Tally()
    errors: list[dict[str, Any]] = []
    meta_rows: list[dict[str, Any]] = []
    for entry in entries:
        art = loader(entry["article"])
        preds = _predict(art, [d for d in dims if d in entry])
        for dim, pred in preds.items():
            keys, attrs = DIMENSIONS[dim]
            pairs, missed, false = match(entry[dim], pred, keys)
            t = tallies[dim]
            t.tp += len(pairs)
            t.fn += len(missed)
            t.fp += len(false)
            for attr in attrs:
                t.agree[attr] = t.agree.get(attr, 0) + sum(
                    _get(g, attr) == _get(p, attr) for g, p in pairs)
            errors.extend(_error_row(entry["article"], dim, "miss", g, keys) for g in missed)
            errors.extend(_error_row(entry["article"], dim, "false_hit", p, keys) for p in false)
            for g, p in pairs:
                wrong = [a for a in attrs if _get(g, a) != _get(p, a) and a != "unit"]
                if wrong:
                    errors.append(_error_row(entry["article"], dim, "wrong_attribute", p, keys,
                                             detail="; ".join(f"{a}: gold {_get(g, a)!r}, "
                                                              f"got {_get(p, a)!r}" for a in wrong)))
        if "boilerplate" in entry:
            gold_chars = _covered(art.raw, gold_boilerplate_spans(
                art.raw, entry["boilerplate"], entry.get("title")))
            pred_chars = _covered(art.raw, (s.span for s in art.boilerplate_segments))
            bp.tp += len(gold_chars & pred_chars)
            bp.fp += len(pred_chars - gold_chars)
            bp.fn += len(gold_chars - pred_chars)
            errors.extend(_boilerplate_errors(entry, art))
        meta_rows.append(_metadata_row(entry, art))
    return Report(_scores_table(tallies, bp), pd.DataFrame(errors, columns=[
        "article", "dimension", "kind", "text", "key", "detail"]), pd.DataFrame(meta_rows))


def _article_source(articles: Any) -> Callable[[str], Article]:
    if callable(articles) and not isinstance(articles, str | Path):
        return articles
    if isinstance(articles, str | Path):
        folder = Path(articles)
        if not folder.is_dir():
            raise NotADirectoryError(f"{folder}: articles must be a folder of <article>.txt files")
        return lambda art_id: load_article(folder / f"{art_id}.txt")
    by_id = {a.id: a for a in articles}

    def lookup(art_id: str) -> Article:
        if art_id not in by_id:
            raise KeyError(f"gold article {art_id!r} is not among the articles given")
        return by_id[art_id]
    return lookup


def _error_row(article: str, dim: str, kind: str, item: Any, keys: Sequence[str],
               detail: str = "") -> dict[str, Any]:
    return {"article": article, "dimension": dim, "kind": kind, "text": _get(item, "text"),
            "key": ", ".join(str(_get(item, k)) for k in keys), "detail": detail}


def _boilerplate_errors(entry: dict[str, Any], art: Article) -> list[dict[str, Any]]:
    gold = {squash_spaces(s) for s in entry["boilerplate"]}
    pred = {squash_spaces(s.text): s.rule for s in art.boilerplate_segments}
    rows = [{"article": entry["article"], "dimension": "boilerplate", "kind": "miss", "text": s,
             "key": "", "detail": ""} for s in entry["boilerplate"] if squash_spaces(s) not in pred]
    rows += [{"article": entry["article"], "dimension": "boilerplate", "kind": "false_hit",
              "text": s, "key": "", "detail": f"rule {rule}"}
             for s, rule in pred.items() if s not in gold]
    return rows


def _metadata_row(entry: dict[str, Any], art: Article) -> dict[str, Any]:
    row: dict[str, Any] = {"article": entry["article"]}
    for attr in ("title", "published", "outlet"):
        if attr in entry:
            g, p = _get(entry, attr), _get(art, attr)
            row[attr] = p
            row[f"{attr}_ok"] = g == p
            if g != p:
                row[f"{attr}_gold"] = g
    return row


def _scores_table(tallies: dict[str, Tally], bp: Tally) -> pd.DataFrame:
    rows = []
    for dim, t in tallies.items():
        row = {"dimension": dim, "gold": t.tp + t.fn, "predicted": t.tp + t.fp, "matched": t.tp,
               "precision": t.precision, "recall": t.recall, "f1": t.f1}
        for attr in DIMENSIONS[dim][1]:
            row[attr] = t.accuracy(attr)
        rows.append(row)
    rows.append({"dimension": "boilerplate (chars)", "gold": bp.tp + bp.fn,
                 "predicted": bp.tp + bp.fp, "matched": bp.tp, "precision": bp.precision,
                 "recall": bp.recall, "f1": bp.f1})
    return pd.DataFrame(rows)


def format_report(report: Report, *, max_errors: int | None = None) -> str:
    """The report as text: every miss and false hit first, then metadata accuracy and the scores.

    The scores come last so that the end of the output (``| tail``) is the summary.
    """
    lines: list[str] = []
    errs = report.errors if max_errors is None else report.errors.head(max_errors)
    if len(errs):
        lines += [f"Errors ({len(report.errors)}):"]
        for r in errs.itertuples(index=False):
            extra = f"  [{r.detail}]" if r.detail else ""
            key = f" ({r.key})" if r.key else ""
            lines.append(f"  {r.article}  {r.dimension:<11} {r.kind:<15} {r.text}{key}{extra}")
        lines.append("")
    meta = report.metadata
    for attr in ("title", "published", "outlet"):
        col = f"{attr}_ok"
        if col in meta:
            lines.append(f"{attr} accuracy: {meta[col].mean():.3f} "
                         f"({int(meta[col].sum())}/{len(meta)})")
    lines += ["", "Scores (micro-averaged over articles; ANNOTATION.md section 5):"]
    lines.append(report.scores.to_string(index=False, float_format=lambda x: f"{x:.3f}",
                                         na_rep="-"))
    return "\n".join(lines)
