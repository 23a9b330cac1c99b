"""The speed gates of karabakh_nb.cleaning change no answer: each gated line test is checked against
the same test with its gate turned off (the gate's pattern made to match nothing, or the plain code
it stands for) on every line of the examples corpora (``data/*.examples.jsonl``) and of the e2e sets
(``benchmarks/e2e/*/articles/*.txt``), and on lines made to sit at the gates' edges."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from karabakh_nb import cleaning, lexicon
from karabakh_nb.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "karabakh_nb" / "data"
NEVER = re.compile("(?!)")

#: Lines at the gates' edges: labels with bullets and numbers, browser titles, marks in names.
EDGES = [
    "• سياسة | اقتصاد •", "الرئيسية  اخر الاخبار  اقتصاد  رياضة", "الرئيسية | اخبار | الجزيرة 360",
    "Home | News · عربي", "* منوعات *", "«رياضة»", "هدنة هشة.", "a_b | c", "كوب 29", "",
    "انفجار في بغداد اليوم - موقع الأخبار", "خبر طويل جدا هنا | الموقع  ", "a - b - c d", "a -b",
    "x \u2014 y z w v u", "x - 12", "x | y.", "- الموقع", "قال الوزير - من هنا - الموقع",
    "#هاشتاغ وسم", "الذهب \u25b2 2.5", "Latin only line", "نص with Latin", "12 34", "موقع إخباري",
]


@cache
def _lines() -> tuple[str, ...]:
    """Every line of the examples corpora and the e2e articles, normalized, and the edge lines."""
    texts: list[str] = []
    for path in sorted(DATA.glob("*.examples.jsonl")):
        texts += [row["text"] for row in lexicon.examples(path.name.split(".")[0])
                  if isinstance(row.get("text"), str)]
    for path in sorted(ROOT.glob("benchmarks/e2e/*/articles/*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    lines = {line.strip() for text in texts for line in cleaning._LINE_RE.findall(text)}
    return tuple(sorted(normalize_text(line) for line in [*lines, *EDGES]))


def test_the_corpora_are_read():
    assert len(_lines()) > 5000


def test_label_char_gate_drops_no_label_line(monkeypatch):
    """Rule label_char_gate: _label_items gated answers as ungated, and the gate fires (most lines
    hold a mark) while lines with items are still found."""
    lines = _lines()
    gated = [cleaning._label_items(line) for line in lines]
    dropped = sum(bool(cleaning._NO_LABEL_CHAR_RE.search(line)) for line in lines)
    monkeypatch.setattr(cleaning, "_NO_LABEL_CHAR_RE", NEVER)
    assert [cleaning._label_items(line) for line in lines] == gated
    assert dropped > len(lines) // 2
    assert sum(items is not None for items in gated) > 100


def test_page_title_tail_gate_drops_no_browser_title(monkeypatch):
    """Rule page_title_tail_gate: _page_title_match finds what the plain pattern finds."""
    lines = [*_lines(), *(f"{line} - الموقع" for line in _lines()[::7])]
    found = 0
    for line in lines:
        plain = cleaning._PAGE_TITLE_RE.match(line)
        fast = cleaning._page_title_match(line)
        assert (fast and fast.groups()) == (plain and plain.groups()), line
        found += plain is not None
    assert found > 100


def test_weak_headline_reads_the_marks_as_the_plain_tests():
    """_weak_headline (arrows apart from the leading hashtag, Arabic looked for before Latin, words
    counted before they are cut) answers as the plain tests it stands for."""
    widget = re.compile(r"^#|[\u25b2\u25bc\u2191\u2193]")
    words = cleaning._header_words()

    def plain(norm: str) -> int:
        if widget.search(norm):
            return 3
        if cleaning._BAR_ROW_RE.match(norm) or (cleaning._LATIN_RE.search(norm)
                                                 and not cleaning._ARABIC_RE.search(norm)):
            return 2
        tokens = norm.split()
        if (len(tokens) <= cleaning._MAX_HEADER_LINE_WORDS
                and len({w for w in tokens if w in words}) >= cleaning._MIN_HEADER_WORDS):
            return 1
        return 1 if cleaning._is_overline(norm) else 0

    for line in _lines():
        assert cleaning._weak_headline(line) == plain(line), line


@pytest.mark.parametrize("line", ["", "***", "a", " ".join(["كلمة"] * 40), " ".join(["كلمة"] * 41), "12 34"])
def test_could_be_title_counts_as_the_split(line):
    plain = len(line.split()) <= cleaning._MAX_TITLE_WORDS and len(cleaning._TOKEN_RE.findall(line)) >= 1
    assert cleaning._could_be_title(line) == plain
