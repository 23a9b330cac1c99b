"""The speed rules of karabakh_nb.dates change no output: rule family_gate (a family is called
only when the sentence meets its needs), rule scan_anchor_cut (a family scan stops looking for gate
matches past its anchor's start) and the digit gates of the year families. Each is checked against
the plain way on every sentence of the dates examples corpora, and on sentences made to sit at the
edges of the rules (a year word with no digits, digits of another script, an anchor at the end)."""

from __future__ import annotations

import datetime as dt

import pytest

from karabakh_nb import dates, lexicon
from karabakh_nb.normalize import normalize

DATA_FILES = ("months", "weekdays", "relative_dates")


def _texts() -> list[tuple[str, dt.date | None]]:
    out = []
    for name in DATA_FILES:
        for row in lexicon.examples(name):
            ref = dt.date.fromisoformat(row["reference"]) if row.get("reference") else None
            out.append((row["text"], ref))
    return out


def _candidates(text: str, ref: dt.date | None, families) -> list[tuple]:
    ctx = dates._Ctx(dates._lex(), normalize(text), ref)
    cands: list = []
    for family in families:
        family(ctx, cands)
    return [(c.s, c.e, c.prio, c.start, c.end, c.grain, c.relative, c.rule) for c in cands]


def _gated(text: str, ref: dt.date | None) -> list[tuple]:
    ctx = dates._Ctx(dates._lex(), normalize(text), ref)
    found = set(ctx.anchors())
    if ctx.digits:
        found.add(dates._DIGITS)
        if ctx.digits3:
            found.add(dates._DIGITS3)
    return _candidates(text, ref, dates._families_for(frozenset(found)))


def test_every_family_has_its_needs():
    assert set(dates._FAMILY_NEEDS) == set(dates._FAMILIES)
    assert all(needs for needs in dates._FAMILY_NEEDS.values())


def test_family_gate_keeps_every_candidate_of_the_examples():
    texts = _texts()
    assert len(texts) > 300
    kept = 0
    for text, ref in texts:
        plain = _candidates(text, ref, dates._FAMILIES)
        assert _gated(text, ref) == plain, text
        kept += bool(plain)
    assert kept > 200  # the corpora hold dates: the comparison is not between empty lists


def _plain_scan(ctx, family: str) -> list[tuple[int, int]]:
    """The scan without the anchor cut: gate matches are looked for up to the window's end."""
    spots = ctx.anchors().get(family)
    if not spots:
        return []
    lex, view = ctx.lex, ctx.view
    pattern, gate, back = getattr(lex, family), lex.gates[family], lex.anchor_back[family]
    spaced, n, pos, out = " " + view, len(view), 0, []
    for a_start, a_end in spots:
        if a_end <= pos:
            continue
        stop = min(n, a_end + dates._WINDOW_AFTER)
        q = max(pos, a_start - back, 0)
        while (g := gate.search(spaced, q, stop + 1)) is not None and (p := g.start()) < a_end:
            m = pattern.match(view, p, stop)
            if m is None:
                q = p + 1
                continue
            out.append(m.span())
            q = pos = max(m.end(), p + 1)
    return out


def test_anchor_cut_finds_the_same_matches():
    assert dates._lex().anchor_letters  # the data's anchor words are letters only
    families = sorted(dates._lex().anchor_back)
    seen = 0
    for text, ref in _texts():
        for family in families:
            ctx = dates._Ctx(dates._lex(), normalize(text), ref)
            plain = _plain_scan(ctx, family)
            assert [m.span() for m in ctx.scan(family)] == plain, (family, text)
            seen += len(plain)
    assert seen > 300


@pytest.mark.parametrize("text", [
    "قال المسؤول إن العام الماضي شهد تراجعا بين الطرفين",  # year words, no digits: no year
    "انتهت الحرب عام ١٩٩٤ بعد ست سنوات",  # Eastern digits: normalized, a year
    "انتهت الحرب عام \uff11\uff19\uff19\uff14 بعد ست سنوات",  # full-width digits: no ASCII digit
    "في الفترة بين \uff12\uff10\uff11\uff10 و\uff12\uff10\uff11\uff15 نما الاقتصاد",
    "وصل الوفد يوم الاثنين",  # an anchor at the very end
    "اجتمع الطرفان بعد ظهر الثلاثاء 12 أكتوبر 2020 في موسكو",
])
def test_gates_at_their_edges(text):
    ref = dt.date(2020, 10, 15)
    assert _gated(text, ref) == _candidates(text, ref, dates._FAMILIES)
