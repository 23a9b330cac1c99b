"""Mentions of an article: numbers and dates found in its title and body, as records and tables.

The extractors work on any string; here they run on each sentence of an
:class:`~karabakh_nb.loading.Article` (title and body, never boilerplate)
and their spans are shifted so that they index ``article.raw``. Relative dates
resolve against the article's ``published`` date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from operator import attrgetter
from typing import Any

import pandas as pd

from . import lexicon
from .cleaning import Segment, split_sentences
from .dates import DateMention, article_anchors, extract_dates, has_same_period, resolve_same_period
from .lexicon import overlaps_any
from .loading import Article
from .memo import Memo
from .normalize import Normalized, normalize_text
from .numbers import NumberMention, candidate_word_spans, extract_numbers, meets_number


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
    return [(seg, view) for seg, view, _ in _sentences_at(article, spans)]


def _sentences_at(article: Article, spans: list[tuple[int, int]],
                  digits: bool = False) -> list[tuple[Segment, Normalized, int]]:
    """:func:`sentences_meeting`, each with the offset where its view starts in ``article.view``.

    With ``digits``, a sentence that holds a digit is read too, so ``spans`` need not list the
    digit runs of the view: a sentence meets a digit run exactly when a digit stands in it. (A
    sentence whose view is empty, all diacritics or invisible marks, is then never read: it meets
    no span, or only a digit run it cuts, and holds nothing to find.)

    The sentences, their view offsets, whether each holds a digit and their views are laid out
    once per article (:func:`_layout`) and shared by the numbers and the dates pass.
    """
    if not spans and not digits:
        return []
    lay = _layout(article)
    return [lay.at(i) for i, (start, end, has_digit) in enumerate(lay.bounds)
            if (digits and has_digit) or overlaps_any(spans, start, end)]


class _Layout:
    """Rule sentence_layout: an article's :func:`sentences`, with the view offsets of each
    (``start``, ``end``), whether a digit stands in ``view.text[start:end]`` (:func:`meets_number`
    with no spans) and its view, cut on first use: what :func:`_sentences_at` asks of every
    sentence, found once for the numbers pass and the dates pass (and the same answers)."""

    __slots__ = ("view", "title", "title_span", "body", "segments", "bounds", "views")

    def __init__(self, article: Article) -> None:
        view = article.view
        text = view.text
        self.view, self.title, self.title_span = view, article.title, article.title_span
        self.body = tuple(article.sentences)
        self.segments = sentences(article)
        self.bounds = []
        for seg in self.segments:
            start, end = view.view_index(seg.span[0]), view.view_index(seg.span[1])
            self.bounds.append((start, end, meets_number(text, [], start, end)))
        self.views: list[Normalized | None] = [None] * len(self.segments)

    def same(self, article: Article) -> bool:
        """Whether ``article`` reads as the one laid out (its view, title and sentences)."""
        return (self.view is article.view and self.title == article.title
                and self.title_span == article.title_span and self.body == tuple(article.sentences))

    def at(self, i: int) -> tuple[Segment, Normalized, int]:
        seg = self.segments[i]
        nv = self.views[i]
        if nv is None:
            nv = self.views[i] = self.view.slice(*seg.span)
        return seg, nv, self.bounds[i][0]


#: The layouts of the last articles read (more than a batch chunk's, as :data:`_NUMBER_SPANS`),
#: by the article's id, checked against the article before use (:meth:`_Layout.same`).
_LAYOUTS = Memo(1024)


def _layout(article: Article) -> _Layout:
    """:class:`_Layout` of ``article``, remembered while it reads the same."""
    found = _LAYOUTS.get(id(article))
    if found is None or not found.same(article):
        found = _Layout(article)
        _LAYOUTS.put(id(article), found)
    return found


#: The word-atom spans of the last articles read (more than a batch chunk's): the claims of an
#: article ask which of its sentences may hold a number after its numbers table was read.
_NUMBER_SPANS = Memo(1024)


def article_number_spans(view: str) -> list[tuple[int, int]]:
    """``candidate_word_spans(view)`` of an article's view text, remembered (see
    :func:`remembered_number_spans`); with the digits, :func:`meets_number` tells from them which
    sentences may hold a number."""
    found = _NUMBER_SPANS.get(view)
    if found is None:
        found = candidate_word_spans(view)
        _NUMBER_SPANS.put(view, found)
    return found


def remembered_number_spans(view: str) -> list[tuple[int, int]] | None:
    """The spans :func:`article_number_spans` gave for ``view`` lately, else ``None`` (nothing is
    scanned: a caller with few sentences to ask about reads them one by one instead)."""
    return _NUMBER_SPANS.get(view)


def _numbers_in(article: Article) -> Iterator[tuple[int, list[NumberMention]]]:
    """``(offset, mentions)`` per sentence, the spans still indexing the sentence; the dates
    in a sentence (whose numbers are no quantities) are read with the article's anchor words,
    by the same call the dates table makes."""
    published = article.published
    anchors = article_anchors(article.view.text)
    for seg, view, start in _sentences_at(article, article_number_spans(article.view.text), digits=True):
        yield seg.span[0], extract_numbers(seg.text, view=view, reference=published,
                                           article=anchors, at=start)


def _dates_in(article: Article) -> Iterator[tuple[int, list[DateMention]]]:
    """The anchor words of the dates are found once for the article: they tell which sentences
    to read, and each sentence read takes its own from there. A bare weekday in the headline
    may then take the body's reading of the same weekday (:func:`_title_weekdays`)."""
    published = article.published
    anchors = article_anchors(article.view.text)
    found = [(seg.span[0], extract_dates(seg.text, published, view=view, article=anchors, at=start))
             for seg, view, start in _sentences_at(article, anchors.spans(), digits=True)]
    if published is not None and article.title_span is not None:
        found = _title_weekdays(found, article.title_span[1], published)
    if any(has_same_period(ms) for _, ms in found):
        last = (None, None)  # rules day_of_same_month, month_same_year across sentences: named last before
        for i, (offset, ms) in enumerate(found):
            found[i] = (offset, (got := resolve_same_period(ms, last))[0])
            last = got[1]
    yield from found


@cache
def _weekday_names() -> frozenset[str]:
    """The normalized definite weekday names (weekdays.json)."""
    return frozenset(normalize_text(n) for e in lexicon.load("weekdays")["weekdays"] for n in e["names"])


def _title_weekdays(found: list[tuple[int, list[DateMention]]], title_end: int,
                    published: dt.date) -> list[tuple[int, list[DateMention]]]:
    """Rule title_weekday_body: headlines use the present tense for coming events ('the team
    meets its rival Wednesday'), so a bare weekday in the headline (rule weekday, nothing after
    the name, resolved back to a day before ``published``) names the same day as the body's
    reading of that weekday when the body reads it forward (a weekday with 'next', a future
    verb, or a day and month on it, within the coming week) and never names the past one: the
    headline mention then takes that day, its span unchanged, with this rule's name."""
    title = [(i, j, m) for i, (off, ms) in enumerate(found) if off < title_end for j, m in enumerate(ms)
             if m.rule == "weekday" and m.grain == "day" and m.start is not None and m.start < published]
    if not title:
        return found
    names = _weekday_names()
    body = [m for off, ms in found if off >= title_end for m in ms
            if m.grain == "day" and m.start is not None and m.start == m.end]
    for i, j, m in title:
        last = normalize_text(m.text).split()[-1:]
        if not last or last[0] not in names:
            continue  # a modifier after the name ('the past'): the headline says which day
        ahead = {b.start for b in body if published < b.start <= published + dt.timedelta(days=7)
                 and b.start.isoweekday() == m.start.isoweekday()}
        if len(ahead) != 1 or any(b.start == m.start for b in body):
            continue
        day = ahead.pop()
        ms = list(found[i][1])  # a copy: extract_dates remembers the list it gave
        ms[j] = DateMention(m.text, day, day, "day", True, m.span, "title_weekday_body")
        found[i] = (found[i][0], ms)
    return found


def article_numbers(article: Article) -> list[NumberMention]:
    """Every number mention in the article's title and body; spans index ``article.raw``."""
    return [m for offset, found in _numbers_in(article) for m in _shifted(found, offset)]


def article_dates(article: Article) -> list[DateMention]:
    """Every date mention in the title and body, resolved against ``article.published``."""
    return [m for offset, found in _dates_in(article) for m in _shifted(found, offset)]


_KINDS: dict[str, tuple[Callable[[Article], Iterator[tuple[int, list[Any]]]], type]] = {
    "numbers": (_numbers_in, NumberMention),
    "dates": (_dates_in, DateMention),
}


def mentions_columns(articles: Article | Iterable[Article], kind: str = "numbers") -> dict[str, list[Any]]:
    """The columns of :func:`mentions_table` as lists (built column by column, with no record
    per mention: what the batch pipeline turns into Arrow without a pandas frame)."""
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {sorted(_KINDS)}, not {kind!r}")
    if isinstance(articles, Article):
        articles = [articles]
    found_in, record = _KINDS[kind]
    names = [n for n in _field_names(record) if n != "span"]
    ids: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    values: list[list[Any]] = [[] for _ in names]
    getters = [attrgetter(n) for n in names]
    for art in articles:
        for offset, found in found_in(art):
            if not found:
                continue
            ids.extend([art.id] * len(found))
            for m in found:
                s, e = m.span
                starts.append(s + offset)
                ends.append(e + offset)
            for column, get in zip(values, getters, strict=True):
                column.extend(map(get, found))
    return {"article": ids, **dict(zip(names, values, strict=True)), "start_char": starts, "end_char": ends}


def mentions_table(articles: Article | Iterable[Article], kind: str = "numbers") -> pd.DataFrame:
    """One row per mention (``kind`` is ``"numbers"`` or ``"dates"``), with the article id.

    Spans become two plain integer columns, ``start_char`` and ``end_char``, into
    the article's raw text.
    """
    columns = mentions_columns(articles, kind)
    if not columns["article"]:
        return pd.DataFrame([], columns=list(columns))  # object columns, as from no records
    return pd.DataFrame(columns, columns=list(columns))


def corpus_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: id, outlet (as named, and its canonical name), published, title,
    paragraphs, sentences, characters."""
    rows = [{
        "id": a.id,
        "outlet": a.outlet,
        "outlet_canonical": a.outlet_canonical,
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
