"""The HTML view: nothing lost or reordered, everything found is highlighted."""

from __future__ import annotations

import html
import re
from importlib.util import find_spec

import pytest

from karabakh_nb import show
from karabakh_nb.view import Mark, render

ARTICLE_DIV = re.compile(r'<div class="kn-article"[^>]*>(.*)</div></div>$', re.S)


def _text(view_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", ARTICLE_DIV.search(view_html).group(1)))


def test_view_text_is_the_raw_text_for_every_seed(seeds):
    for art in seeds:
        v = show(art)
        assert _text(v.html) == art.raw, art.id
        assert 'dir="rtl"' in v.html
        for kind in ("kn-number", "kn-date", "kn-boilerplate"):
            assert kind in v.html, (art.id, kind)
        if find_spec("karabakh_nb.claims"):
            from karabakh_nb.claims import extract_claims

            claims = extract_claims(art)
            assert ("kn-claim" in v.html) == bool(claims), art.id
            assert ("kn-source" in v.html) == any(c.source_text for c in claims), art.id


def test_view_of_plain_text_escapes_markup_and_keeps_it():
    text = "قتل <b>5</b> أشخاص & أصيب 12 آخرون أمس."
    v = show(text)
    assert _text(v.html) == text
    assert "<b>5</b>" not in v.html


@pytest.mark.parametrize("spans", [
    [Mark(0, 4, "claim", "c"), Mark(2, 8, "number", "n")],
    [Mark(0, 10, "boilerplate", "b"), Mark(3, 5, "date", "d")],
    [Mark(5, 3, "date", "bad"), Mark(0, 99, "number", "out of range")],
])
def test_overlapping_and_bad_spans_never_change_the_text(spans):
    raw = "أكثر من 400 قتيل"
    assert html.unescape(re.sub(r"<[^>]+>", "", render(raw, spans))) == raw
