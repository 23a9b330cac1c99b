"""An HTML view of an article for checking the extraction by eye.

``show(article)`` renders the whole raw text right to left (``dir="rtl"``) with
numbers, dates, claims and their sources highlighted in colour, boilerplate
greyed out, and a legend. Nothing is rewritten: the article ``<div>`` holds the
raw text exactly (markup stripped and entities unescaped, it *is* ``article.raw``),
and each highlight carries a tooltip saying what was found and by which rule.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from .loading import Article, article_from_text

#: kind -> (CSS, legend label code in data/labels.json "view")
STYLES = {
    "boilerplate": "color:#999;text-decoration:line-through;text-decoration-color:#ccc",
    "date": "background:#d8f0d8",
    "number": "border-bottom:2px solid #1f5fbf",
    "claim": "background:#ffe08a;font-weight:bold",
    "source": "background:#f6c6d6",
}
ORDER = ["boilerplate", "source", "date", "number", "claim"]


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of the raw text."""

    start: int
    end: int
    kind: str
    note: str


def marks(article: Article) -> list[Mark]:
    """Everything the view highlights: boilerplate, dates, numbers, claims and claim sources."""
    from .mentions import article_dates, article_numbers

    out = [Mark(*s.span, "boilerplate", f"boilerplate: {s.rule}") for s in article.boilerplate_segments]
    out += [Mark(*m.span, "date", f"date {m.start}..{m.end} ({m.grain}; {m.rule})")
            for m in article_dates(article)]
    out += [Mark(*m.span, "number", f"number {m.low}..{m.high} {m.qualifier} ({m.rule})")
            for m in article_numbers(article)]
    for c in _claims(article):
        out.append(Mark(*c.span, "claim",
                        f"claim: {c.measure} {c.subject}, side {c.side}, source {c.source_party}, "
                        f"as of {c.as_of} ({c.rule})"))
        src = _source_span(article, c)
        if src:
            out.append(Mark(*src, "source", f"source: {c.source_party}"))
    return out


def _claims(article: Article) -> list:
    try:
        from .claims import extract_claims
    except ImportError:  # the claims stage is optional for the view
        return []
    return extract_claims(article)


def _source_span(article: Article, claim) -> tuple[int, int] | None:
    span = getattr(claim, "source_span", None)
    if span:
        return tuple(span)
    text = getattr(claim, "source_text", None)
    if not text:
        return None
    sent = next((s for s in article.sentences if s.span[0] <= claim.span[0] < s.span[1]), None)
    lo, hi = (sent.span if sent else (0, len(article.raw)))
    i = article.raw.find(text, lo, hi)
    if i < 0:
        # carried from the previous sentence
        i = article.raw.rfind(text, 0, claim.span[0])
    return (i, i + len(text)) if i >= 0 else None


def render(raw: str, spans: Iterable[Mark]) -> str:
    """``raw`` as HTML, every character escaped, highlighted pieces wrapped in classed spans."""
    spans = [m for m in spans if 0 <= m.start < m.end <= len(raw)]
    cuts = sorted({0, len(raw), *(m.start for m in spans), *(m.end for m in spans)})
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        here = [m for m in spans if m.start <= a and b <= m.end]
        piece = html.escape(raw[a:b], quote=False)
        if not here:
            parts.append(piece)
            continue
        kinds = sorted({m.kind for m in here}, key=ORDER.index)
        style = ";".join(STYLES[k] for k in kinds)
        title = html.escape(" | ".join(dict.fromkeys(m.note for m in here)))
        parts.append(f'<span class="{" ".join("kn-" + k for k in kinds)}" style="{style}" '
                     f'title="{title}">{piece}</span>')
    return "".join(parts)


class ArticleView:
    """What :func:`show` returns: displays as HTML in Jupyter; ``.html`` is the markup."""

    def __init__(self, html_text: str):
        self.html = html_text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"ArticleView({len(self.html)} characters of HTML)"


def show(article: Article | str, *, title: str | None = None) -> ArticleView:
    """An HTML view of ``article`` (or of any text) with its extraction highlighted.

    The legend names each colour; hovering a highlight shows what was found.
    """
    if isinstance(article, str):
        article = article_from_text(article, "text")
    from . import lexicon

    names = lexicon.load("labels")["view"]
    legend = " ".join(f'<span style="{STYLES[k]};padding:0 4px;margin-left:6px">{html.escape(names[k])}'
                      f"</span>" for k in reversed(ORDER))
    head = html.escape(title or article.id)
    body = render(article.raw, marks(article))
    return ArticleView(
        f'<div class="kn-view" dir="rtl" lang="ar" style="font-family:\'DejaVu Sans\',sans-serif;'
        f'line-height:1.9;text-align:right">'
        f'<div class="kn-legend" style="margin-bottom:6px"><b>{head}</b> {legend}</div>'
        f'<div class="kn-article" style="white-space:pre-wrap;border:1px solid #ddd;padding:8px">'
        f"{body}</div></div>")
