"""The speed gates of karabakh_nb.cleaning change no answer: each gated line test is checked against
the same test with its gate turned off (the gate's pattern made to match nothing, or the plain code
it stands for) on every line of the examples corpora (``data/*.examples.jsonl``) and of the e2e sets
(``benchmarks/e2e/*/articles/*.txt``), and on lines made to sit at the gates' edges."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import example_and_e2e_texts
from karabakh_nb import cleaning, lexicon
from karabakh_nb.normalize import normalize_text

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
    lines = {line.strip() for text in example_and_e2e_texts() for line in cleaning._LINE_RE.findall(text)}
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
        if widget.search(norm) or cleaning._is_price_row(norm):
            return 3
        if cleaning._ticker_re().match(norm):  # a news ticker's label and a colon or bar
            return 2
        if cleaning._BAR_ROW_RE.match(norm) or (cleaning._LATIN_RE.search(norm)
                                                 and not cleaning._ARABIC_RE.search(norm)):
            return 2
        tokens = norm.split()
        if cleaning._greeting_re().search(norm) and len(tokens) <= cleaning._MAX_GREETING_WORDS:
            return 2  # a greeting banner, a welcome or login bar
        page = cleaning._PAGE_NUMBER_RE.match(norm)
        if page and page.group(1) in cleaning._page_words():
            return 2  # a print edition's page header
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


def test_menu_pieces_cut_as_the_split():
    """_menu_pieces (each mark found alone, the spaces before it taken back) cuts every line, and
    lines of separators and odd spaces, as ``_MENU_SPLIT_RE.split`` does."""
    odd = ["a -- b", " - a", "a - ", "a\x1c-\x1fb", "a\u2003|\u00a0b", "a \u200b- b", "--", "a / > b", ""]
    for line in [*_lines(), *odd]:
        assert list(cleaning._menu_pieces(line)) == cleaning._MENU_SPLIT_RE.split(line), line


def test_spaced_menu_reads_a_line_of_letters_only():
    """A key of words of letters (``_TAG_RE``) holds no separator: _spaced_menu_items need not look."""
    sections = cleaning._masthead()[1]
    for line in _lines():
        if cleaning._TAG_RE.fullmatch(line):
            assert not cleaning._MENU_SPLIT_RE.search(line), line
        key = cleaning._name_key(line)
        plain = (0 if cleaning._MENU_SPLIT_RE.search(key) or not cleaning._TAG_RE.fullmatch(key)
                 else cleaning._spaced_menu_items(key, sections))
        assert cleaning._spaced_menu_items(key, sections) == plain, line


def test_menu_item_word_gate_drops_no_menu(monkeypatch):
    """masthead_rule settles a menu piece with more words than an item or a section may have
    (:func:`cleaning._item_words_most`) without building its key: the same answers as with every
    piece's key built, and the gate is no bound looser than the sections'."""
    assert cleaning._item_words_most() >= cleaning._most_words(cleaning._masthead()[1])
    lines = [*_lines(), "الرئيسية | اخبار | كتابات | ارشيف", "اخبار العالم - رياضة", "سياسة / اقتصاد"]
    gated = [cleaning.masthead_rule(line) for line in lines]
    monkeypatch.setattr(cleaning, "_item_words_most", lambda: 10 ** 6)
    assert [cleaning.masthead_rule(line) for line in lines] == gated
    assert gated.count("nav_menu") > 20 and gated.count("masthead") > 20


def test_kind_caption_credits_found_as_by_the_plain_searches():
    """Rule labelled_credit_tail: the labelled credit looked for among the last words finds the
    plain search's match; a head credit matches only a line ending with its bracket."""
    spec = lexicon.load("boilerplate")["caption_credits"]
    labels = [*spec["labels"], *spec["dash_labels"]]
    made = [f"جنود في الطريق {label} {' '.join(['اسم'] * n)}" for label in labels for n in range(1, 8)]
    made += [f"جنود في الطريق - {label} رويترز" for label in spec["dash_labels"]]
    found = 0
    for line in [*_lines(), *(normalize_text(t) for t in made)]:
        plain = cleaning._labelled_credit_re().search(line)
        fast = cleaning._labelled_credit(line)
        assert (fast and fast.span()) == (plain and plain.span()), line
        found += plain is not None
        if cleaning._head_credit_re().search(line):
            assert line.rstrip().endswith(")"), line
    assert found > 50 and cleaning._labelled_credit_marks()


@cache
def _raw_lines() -> tuple[str, ...]:
    """Every raw line (not normalized) of the examples corpora and the e2e articles."""
    return tuple(sorted({line for text in example_and_e2e_texts() for line in text.splitlines()}))


def test_leading_date_digit_gate_drops_no_date(monkeypatch):
    """Rule leading_date_digit_gate: leading_date answers as without the gate on every raw line
    of the examples and e2e sets (whole and from each word on), on lines that open with a date
    in words, and on dates glued to what follows; the gate fires on most lines."""
    made = ["12/05/2020الرياض", "\u0661\u0662/\u0660\u0665/\u0662\u0660\u0662\u0660-الرياض",
            "الأحد 5 مايو 2020م-الرياض", "5 مايو 2020(واس)", "الخامس من مايو-الرياض", "12 مايو، الرياض"]
    lines = [*_raw_lines(), *made]
    starts = [line[m.start():] for line in _raw_lines()[:3000] for m in re.finditer(r"(?<!\S)\S", line)]
    lines += starts[:60000]
    gated = [cleaning.leading_date(line) for line in lines]
    dropped = sum(not cleaning._ANY_DIGIT_RE.search(line.lstrip()[:80]) for line in lines)
    monkeypatch.setattr(cleaning, "_ANY_DIGIT_RE", re.compile(""))
    assert [cleaning.leading_date(line) for line in lines] == gated
    assert dropped > len(lines) // 2
    assert sum(n > 0 for n in gated) >= 3


#: The sentence-end pattern as written before rule sentence_end_mark_first: lookbehinds first.
_LOOKBEHIND_FIRST_SENT_END_RE = re.compile(
    r"(?<![\s(\[\"'][^\W\d_])(?<!^[^\W\d_])([.!?\u061f\u2026]+)([\"'\u201d\u2019\u00bb)\]]*)"
    rf"(?=\s|[{cleaning.ARABIC}A-Za-z\"'\u201c\u00ab(]|$)"
)


def test_sentence_ends_found_as_by_the_lookbehinds_first_pattern():
    """Rule sentence_end_mark_first: the pattern that opens on a mark finds the same matches (spans
    and groups) as the one that opens on its lookbehinds, scanning every raw and normalized line
    of the examples and e2e sets and made edge lines, from their start and from every 5th offset."""
    made = ["a.", " a.", "(a..", "x a.b", "\u0627.\u0628", 'a..."', ".", "..", " a!?", "3.5", "a.)b",
            '"a.!', "[b.. c", "'\u0644?\u061f \u0645", "\u2026\u2026", "ab. c", "\u00bb\u0628. x"]
    found = 0
    for line in [*_raw_lines(), *_lines(), *made]:
        for pos in (0, *range(1, len(line), 5)):
            plain = [(m.span(), m.groups()) for m in _LOOKBEHIND_FIRST_SENT_END_RE.finditer(line, pos)]
            assert [(m.span(), m.groups()) for m in cleaning._SENT_END_RE.finditer(line, pos)] == plain, line
            found += len(plain)
    assert found > 10000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".!?\u061f\u2026\"'\u201d\u00bb)](\u201c\u00ab[ \n\tبقAa1٢")),
               max_size=40))
def test_sentence_ends_on_made_texts_as_by_the_lookbehinds_first_pattern(text):
    """Rule sentence_end_mark_first on arbitrary runs of marks, quotes, brackets, letters and digits."""
    assert [(m.span(), m.groups()) for m in cleaning._SENT_END_RE.finditer(text)] == \
        [(m.span(), m.groups()) for m in _LOOKBEHIND_FIRST_SENT_END_RE.finditer(text)]


def test_page_lines_are_the_line_pattern_s():
    """Rule one_line_pass: the lines :func:`cleaning._page_lines` keeps for a page are the line
    pattern's matches over it, the same spans of the same string, asked again or not; an equal text
    that is another string gets its own matches."""
    breaks = ["a\nb\r\nc\u2028d\u2029\n\n e ", "a\rb", "x\u2028", "\u2029y\n z", "\n\n", "a\n \nb\n"]
    texts = [*example_and_e2e_texts(), *EDGES, *breaks]
    for text in [*texts, *(t.replace("\n", "\r\n") for t in texts[:50])]:  # (rule newline_only_lines too)
        lines = cleaning._page_lines(text)
        assert [m.span() for m in lines] == [m.span() for m in cleaning._LINE_RE.finditer(text)]
        assert all(m.string is text for m in lines)
        assert cleaning._page_lines(text) is lines
        other = "".join(["", text, " "])[:-1] if len(text) > 1 else text
        assert [m.span() for m in cleaning._page_lines(other)] == [m.span() for m in lines]
        assert all(m.string is other for m in cleaning._page_lines(other))


def test_view_words_over_is_key_words_over_on_view_lines():
    """Rule view_words_over: on a line of the view, counting its words without normalizing it again
    answers as :func:`cleaning._key_words_over` does (the view is its own normalization)."""
    from karabakh_nb.normalize import normalize

    views = [normalize(text) for text in example_and_e2e_texts()]
    lines = [*_lines(), *(v.text_of(*m.span()) for v in views for m in cleaning._LINE_RE.finditer(v.raw))]
    for line in lines:
        assert normalize_text(line) == line
        for most in (0, 1, 2, 3, 5, 8, 13):
            assert cleaning._view_words_over(line, most) == cleaning._key_words_over(line, most), (line, most)


def test_plain_cased_gate_is_the_ignore_case_class():
    """Rule cased_gate_plain: the plain class of the 'cased' gate matches the very characters the
    ignore-case class matches, on every code point (surrogates aside)."""
    folded, plain = cleaning._cased_cue_letters(), cleaning._cased_cue_letters_plain()
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert (folded.match(ch) is None) == (plain.match(ch) is None), hex(code)
    for line in _lines():
        assert (folded.search(line) is None) == (plain.search(line) is None), line


def test_section_head_gate_lets_every_section_through():
    """Rule section_head_gate: :func:`cleaning._section_at` never holds for words whose first word
    fails :func:`cleaning._may_open_section`; and the row count is the ungated one on every line."""
    sections = cleaning._masthead()[1]
    for line in _lines():
        words = line.split()
        for i in range(len(words)):
            if not cleaning._may_open_section(words[i], sections):
                assert not any(cleaning._section_at(words[i:i + k], sections) for k in (1, 2, 3)), line
    for name in sections:  # (each section, with every prefix, opens itself)
        for pre in cleaning._ITEM_PREFIXES:
            words = (pre + name).split()
            if words and cleaning._section_at(words, sections):
                assert cleaning._may_open_section(words[0], sections), name


def test_dashless_tag_gate_changes_no_place_tag(monkeypatch):
    """Rule dashless_tag_gate: :func:`cleaning.place_tag_outlet` answers the same with the gate
    turned off, on every line and paragraph of the corpora; the gate is the dash class's search."""
    texts = [*_lines(), *example_and_e2e_texts(), "القدس - الكرمل - قال", "سبق\u2013 الرياض: قال",
             "a\u2014b\u2014c", "بلا شرطة: هنا"]
    for text in texts:
        assert cleaning._holds_dash(text) == (cleaning._DASH_SPLIT_RE.search(text) is not None)
    gated = [cleaning.place_tag_outlet(t) for t in texts]
    monkeypatch.setattr(cleaning, "_holds_dash", lambda text: True)
    assert [cleaning.place_tag_outlet(t) for t in texts] == gated


def test_separator_class_first_matches_as_the_alternation():
    """Rule separator_class_first: the credit separator pattern finds the spans the alternation it
    replaced found, over every line and text, whole and in windows."""
    seps = f"[{cleaning._DASHES}/+|\u060c,]|\\s\u0648(?=\\s)|\\s"
    old, new = re.compile(f"{seps}{cleaning._glued_and()}"), cleaning._credit_separator_re()
    assert old.pattern != new.pattern
    names = [normalize_text(a) for a in lexicon.load("boilerplate")["place_tag"]["agencies"] if a]
    made = [f"قناة العربية{sep}و{a}{tail}" for a in names for sep in (" ", "\t", "-", "")
            for tail in ("", " ", "ي", "/", "، وكالات")]
    for text in [*_lines(), *(normalize_text(t) for t in example_and_e2e_texts()), *made, "- و و ،و"]:
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
        for end in (3, 40, 160 + cleaning._credit_separator_reach()):
            a, b = old.search(text, 0, end), new.search(text, 0, end)
            assert (a and a.span()) == (b and b.span())


def test_tag_words_first_changes_no_tag_line():
    """Rule tag_words_first: :func:`cleaning._is_tag_line` answers as the pattern-first order did."""
    for text in _lines():
        for most in (1, 2, 3, 5):
            bare = cleaning._strip_bullets(text)
            plain = bool(cleaning._TAG_RE.fullmatch(bare)) and cleaning._n_words(bare, most) <= most
            assert cleaning._is_tag_line(text, most) == plain


def test_date_line_digit_gate_drops_no_date_line(monkeypatch):
    """Rule date_line_digit_gate: :func:`cleaning._is_date_line` answers as with its digit gate turned
    off (the gate's pattern made to match every line), on every line of the corpora and on date
    lines written with Eastern digits, with no year and with month names only; the gate fires."""
    made = ["السبت 5 تشرين الاول", "السبت \u0665 تشرين الاول", "10/10/2020 [ 10:51 ]", "الاثنين 12 مايو 2015",
            "مايو 2015", "السبت تشرين الاول", "الاثنين", "\u0661\u0662/\u0665/\u0662\u0660\u0661\u0665"]
    lines = [*_lines(), *(normalize_text(t) for t in made)]
    gated = [cleaning._is_date_line(line) for line in lines]
    dropped = sum(cleaning._ANY_DIGIT_RE.search(line) is None for line in lines)
    monkeypatch.setattr(cleaning, "_ANY_DIGIT_RE", re.compile(""))
    assert [cleaning._is_date_line(line) for line in lines] == gated
    assert dropped > len(lines) // 3 and sum(gated) > 20


def test_tag_row_label_first_answers_as_the_space_count_first():
    """Rule tag_row: :func:`cleaning._is_tag_row` (the anchored label pattern before the space count)
    answers as the count-first order, on every line and on rows past the space bound."""
    label = normalize_text(lexicon.load("boilerplate")["tag_row"]["labels"][0])
    made = [f"{label} {'، '.join(['اسم'] * n)}" for n in (2, 3, 60, 130)]
    for line in [*_lines(), *made]:
        plain = line.count(" ") <= cleaning._MAX_MENU_SPACES and bool(cleaning._tag_row_re().match(line))
        assert cleaning._is_tag_row(line) == plain, line


def test_credit_head_once_cuts_the_first_part_as_a_second_search(monkeypatch):
    """Rule credit_head_once: the separator :func:`cleaning._credit_head_scan` found in its window
    cuts the same first part as a search of the whole text, and :func:`cleaning.closing_credit`
    answers as when the text is searched again; on every line and text of the corpora and on long
    lines with a separator about the window's edge."""
    window = cleaning._CREDIT_HEAD_WINDOW
    names = [normalize_text(a) for a in lexicon.load("boilerplate")["place_tag"]["agencies"] if a]
    made = [f"{'كلمة ' * (n // 5)}{'x' * (n % 5)}{sep}{tail}" for n in range(window - 12, window + 12)
            for sep in (" / ", "، ", " و ", " و", "-") for tail in (names[0], "رويترز", "نص آخر طويل")]
    texts = [*_lines(), *(normalize_text(t) for t in example_and_e2e_texts()), *made]
    reused = 0
    for text in texts:
        long, first = cleaning._credit_head_scan(text)
        assert long == cleaning._long_credit_head(text)
        if first is not None:
            reused += 1
            assert cleaning._first_credit_part(text, first) == cleaning._first_credit_part(text), text
    assert reused > 100
    gated = [cleaning.closing_credit(t) for t in texts]
    scan = cleaning._credit_head_scan
    monkeypatch.setattr(cleaning, "_credit_head_scan", lambda text: (scan(text)[0], None))
    assert [cleaning.closing_credit(t) for t in texts] == gated
