"""Mentions of an article: numbers and dates found in its title and body, as records and tables.

The extractors work on any string; here they run on each sentence of an
:class:`~karabakh_nb.loading.Article` (title and body, never boilerplate)
and their spans are shifted so that they index ``article.raw``. Relative dates
resolve against the article's ``published`` date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import pandas as pd

from .cleaning import Segment, split_sentences
from .dates import DateMention, extract_dates
from .dates import candidate_spans as date_spans
from .lexicon import overlaps_any
from .loading import Article
from .normalize import Normalized
from .numbers import NumberMention, extract_numbers
from .numbers import candidate_spans as number_spans


@cache
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record))


def _shifted(mentions: Iterable[Any], offset: int) -> list[Any]:
    """The mentions with their spans moved by ``offset`` (built positionally: the records are
    frozen, and ``dataclasses.replace`` costs several times more per mention)."""
    out = []
    for m in mentions:
        names = _field_names(type(m))
        values = [getattr(m, n) for n in names]
        i = names.index("span")
        values[i] = (m.span[0] + offset, m.span[1] + offset)
        out.append(type(m)(*values))
    return out


def sentences(article: Article) -> list[Segment]:
    """Where mentions are read: the title's sentences, then the body's (spans into ``raw``).

    Claims read the same sentences, so each sentence is scanned once per process
    (the extractors remember recent results).
    """
    head = split_sentences(article.title, article.title_span[0]) if article.title_span else []
    return head + article.sentences


def sentence_views(article: Article) -> list[tuple[Segment, Normalized]]:
    """:func:`sentences` with the matching view of each, cut from ``article.view``."""
    view = article.view
    return [(seg, view.slice(*seg.span)) for seg in sentences(article)]


def sentences_meeting(article: Article, spans: list[tuple[int, int]]) -> list[tuple[Segment, Normalized]]:
    """The sentences (with their views) that overlap one of ``spans``.

    ``spans`` are sorted, non-overlapping offsets into ``article.view.text``, as an
    extractor's ``candidate_spans`` gives them for the whole article in one scan;
    the other sentences hold nothing that extractor could find, and are skipped.
    """
    if not spans:
        return []
    view = article.view
    return [(seg, view.slice(*seg.span)) for seg in sentences(article)
            if overlaps_any(spans, view.view_index(seg.span[0]), view.view_index(seg.span[1]))]


def article_numbers(article: Article) -> list[NumberMention]:
    """Every number mention in the article's title and body; spans index ``article.raw``."""
    out: list[NumberMention] = []
    for seg, view in sentences_meeting(article, number_spans(article.view.text)):
        out.extend(_shifted(extract_numbers(seg.text, view=view, reference=article.published), seg.span[0]))
    return out


def article_dates(article: Article) -> list[DateMention]:
    """Every date mention in the title and body, resolved against ``article.published``."""
    out: list[DateMention] = []
    for seg, view in sentences_meeting(article, date_spans(article.view.text)):
        out.extend(_shifted(extract_dates(seg.text, article.published, view=view), seg.span[0]))
    return out


def _rows(article: Article, mentions: Iterable[Any]) -> list[dict[str, Any]]:
    rows = []
    for m in mentions:
        row = {"article": article.id}
        row.update({n: getattr(m, n) for n in _field_names(type(m)) if n != "span"})
        row["start_char"], row["end_char"] = m.span
        rows.append(row)
    return rows


_KINDS: dict[str, tuple[Callable[[Article], list[Any]], type]] = {
    "numbers": (article_numbers, NumberMention),
    "dates": (article_dates, DateMention),
}


def mentions_table(articles: Article | Iterable[Article], kind: str = "numbers") -> pd.DataFrame:
    """One row per mention (``kind`` is ``"numbers"`` or ``"dates"``), with the article id.

    Spans become two plain integer columns, ``start_char`` and ``end_char``, into
    the article's raw text.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {sorted(_KINDS)}, not {kind!r}")
    if isinstance(articles, Article):
        articles = [articles]
    extract, record = _KINDS[kind]
    rows = [row for art in articles for row in _rows(art, extract(art))]
    columns = ["article", *(f.name for f in dataclasses.fields(record) if f.name != "span"),
               "start_char", "end_char"]
    return pd.DataFrame(rows, columns=columns)


def corpus_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: id, outlet, published, title, paragraphs, sentences, characters."""
    rows = [{
        "id": a.id,
        "outlet": a.outlet,
        "published": a.published,
        "published_from": a.published_from,
        "title": a.title,
        "paragraphs": len(a.paragraphs),
        "sentences": len(a.sentences),
        "characters": len(a.raw),
        "body_characters": sum(len(p.text) for p in a.paragraphs),
        "boilerplate_pieces": len(a.boilerplate_segments),
        "encoding": a.encoding,
    } for a in articles]
    return pd.DataFrame(rows)
