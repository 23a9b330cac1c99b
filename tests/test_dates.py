"""Tests for karabakh_nb.dates: the examples corpora, the guide's "not a date" cases, Hijri
conversion, properties that hold for any input, and F1 on the hand-made seed gold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import check_spans
from karabakh_nb import lexicon
from karabakh_nb.dates import GRAINS, SAME_MONTH_RULE, DateMention, extract_dates
from karabakh_nb.loading import article_from_text
from karabakh_nb.mentions import article_dates

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"
DATA_FILES = ("months", "weekdays", "relative_dates")


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _as_dict(m: DateMention) -> dict:
    return {"text": m.text, "start": _iso(m.start), "end": _iso(m.end), "grain": m.grain,
            "relative": m.relative}


def _check_invariants(text: str, found: list[DateMention]) -> None:
    check_spans(text, found)
    for m in found:
        assert m.grain in GRAINS
        assert (m.start is None) == (m.end is None)
        if m.start is not None:
            assert m.start <= m.end
        assert isinstance(m.relative, bool)
        assert isinstance(m.rule, str) and m.rule


# --- data files and their examples ---------------------------------------------------------


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_has_a_description(name):
    data = lexicon.load(name)
    assert isinstance(data.get("description"), str) and len(data["description"]) > 40


def test_months_structure_is_stable():
    """numbers.py reads months.json: keep {description, gregorian, levantine, hijri}."""
    months = lexicon.load("months")
    for family in ("gregorian", "levantine", "hijri"):
        entries = months[family]
        assert [e["month"] for e in entries] == list(range(1, 13))
        assert all(e["names"] and all(isinstance(n, str) and n for n in e["names"])
                   for e in entries)


def _examples():
    for name in DATA_FILES:
        for i, row in enumerate(lexicon.examples(name)):
            yield pytest.param(row, id=f"{name}-{i}")


@pytest.mark.parametrize("name", DATA_FILES)
def test_examples_corpus_is_large_and_has_negatives(name):
    rows = lexicon.examples(name)
    assert len(rows) >= 15
    assert any(not r["dates"] for r in rows), "add negative examples"
    assert any(r["dates"] for r in rows)


@pytest.mark.parametrize("row", list(_examples()))
def test_examples(row):
    ref = dt.date.fromisoformat(row["reference"]) if row.get("reference") else None
    found = extract_dates(row["text"], ref)
    _check_invariants(row["text"], found)
    assert [_as_dict(m) for m in found] == row["dates"]


def test_title_weekday_examples():
    """Rule title_weekday_body (mentions.py): the examples with a headline, read as an article,
    give the headline's dates of 'title_dates' (the body's are checked by test_examples)."""
    rows = [r for r in lexicon.examples("weekdays") if "title" in r]
    assert len(rows) >= 4 and any(r["title_dates"][0]["text"] == r["title"].split()[-1]
                                  and r["title_dates"][0]["start"] > r["reference"] for r in rows)
    for row in rows:
        art = article_from_text(row["text"], "t", title=row["title"],
                                published=dt.date.fromisoformat(row["reference"]))
        assert art.title_span is not None
        got = [_as_dict(m) for m in article_dates(art) if m.span[1] <= art.title_span[1]]
        assert got == row["title_dates"], row["note"]


def test_day_of_same_month_takes_the_month_of_an_earlier_paragraph():
    """Rule day_of_same_month in an article: the month named last before it, in an earlier
    sentence or paragraph, resolves 'the same month'; a later date does not."""
    text = ("دخلت القوات مدينة شوشا في 8 نوفمبر 2020 بعد معارك استمرت أياما.\n\n"
            "وأعلنت الحكومة في 10 ديسمبر أن الأسرى سيعودون.\n\n"
            "ووصلت الدفعة الأولى منهم في الرابع عشر من الشهر نفسه، كما أعلنت الوزارة في 3 يناير.")
    art = article_from_text(text, "t", published=dt.date(2021, 1, 20))
    got = {m.text: (m.start, m.rule) for m in article_dates(art)}
    assert got["الرابع عشر من الشهر نفسه"] == (dt.date(2020, 12, 14), SAME_MONTH_RULE)
    alone = extract_dates("ووصلت الدفعة الأولى منهم في الرابع عشر من الشهر نفسه.", dt.date(2021, 1, 20))
    assert [(m.start, m.rule) for m in alone] == [(None, SAME_MONTH_RULE)]


# --- the guide's and the notes' "not a date" cases -----------------------------------------

NOT_DATES = [
    "اندلعت اشتباكات عنيفة خلال الليل على طول خط التماس.",
    "تتعرض المدينة للقصف منذ الصباح.",
    "وامتدت الاشتباكات في الأيام الأخيرة ليشمل القصف المدن المأهولة.",
    "يوجد حالياً 2116 مدنياً في القاعدة الرئيسة.",
    "في منطقة تشهد معارك منذ نحو أسبوعين.",
    "استمرت المعارك وعمليات القصف لليوم الثالث عشر على التوالي.",
    "في هذا النزاع المستمرّ منذ أكثر من 30 عاماً.",
    "وتقديم قوائم بالأسرى والمعتقلين خلال أسبوع بهدف تبادلهم.",
    "أن يقدما في غضون أسبوع لوائح بأسرى الحرب.",
    "أسفرت الاعتداءات حتى الآن عن مصرع 91 مدنيا.",
    "وأكدت وزارة الدفاع في وقت لاحق وقف إطلاق النار.",
]


@pytest.mark.parametrize("text", NOT_DATES)
@pytest.mark.parametrize("ref", [None, dt.date(2020, 10, 9)], ids=["noref", "ref"])
def test_not_dates(text, ref):
    assert extract_dates(text, ref) == []


def test_today_inside_ordinal_day_count_is_not_a_date_but_earlier_today_is():
    assert extract_dates("لليوم الثالث عشر على التوالي", dt.date(2020, 10, 9)) == []
    found = extract_dates("وفي وقت سابق اليوم، طلبت أرمينيا", dt.date(2020, 10, 31))
    assert [(m.text, m.start) for m in found] == [("اليوم", dt.date(2020, 10, 31))]


def test_time_of_day_is_in_the_span_but_not_a_date_alone():
    found = extract_dates("تتعرّض للقصف منذ الصباح اليوم الجمعة.", dt.date(2020, 10, 9))
    assert [m.text for m in found] == ["اليوم الجمعة"]


# --- resolution rules ------------------------------------------------------------------------


def test_weekday_pair_and_alternatives():
    ref = dt.date(2020, 10, 9)  # a Friday
    one = extract_dates("انتهت المفاوضات ليل الجمعة السبت.", dt.date(2020, 10, 10))
    assert [(m.text, m.start, m.end, m.rule) for m in one] == [
        ("ليل الجمعة السبت", dt.date(2020, 10, 9), dt.date(2020, 10, 10), "weekday_night_pair")]
    two = extract_dates("هدنة تنهي المعارك ليل الجمعة أو السبت، بحسب ما تتجه إليه الأطراف.", ref)
    assert len(two) == 2


def test_forward_context_needs_the_cue_before_the_weekday():
    ref = dt.date(2020, 10, 7)  # a Wednesday
    back = extract_dates("قال الوزير الأحد إن بلاده ستبدأ المفاوضات.", ref)
    assert back[0].start == dt.date(2020, 10, 4)
    fwd = extract_dates("قال الوزير إن بلاده ستبدأ المفاوضات الأحد.", ref)
    assert fwd[0].start == dt.date(2020, 10, 11)
    other = extract_dates("قال الوزير إن بلاده ستبدأ المفاوضات. والتقى الوفدان الأحد.", ref)
    assert other[0].start == dt.date(2020, 10, 4), "cues count only within the sentence"


def test_day_and_month_without_year_take_the_latest_year_on_or_before_the_reference():
    found = extract_dates("وقع الهجوم في 20 ديسمبر.", dt.date(2021, 1, 5))
    assert found[0].start == dt.date(2020, 12, 20) and found[0].relative
    leap = extract_dates("وقع الهجوم في 29 فبراير.", dt.date(2021, 1, 5))
    assert leap[0].start == dt.date(2020, 2, 29)
    assert extract_dates("في 31 سبتمبر", dt.date(2021, 1, 5)) == []


def test_without_reference_relative_mentions_stay_unresolved():
    text = "قال أمس إن القصف بدأ الجمعة، وإن الهدنة بدأت في 27 سبتمبر الأسبوع الماضي، لا في 10/10/2020."
    found = extract_dates(text)
    assert [m.text for m in found] == ["أمس", "الجمعة", "27 سبتمبر", "الأسبوع الماضي",
                                       "10/10/2020"]
    for m in found[:-1]:
        assert m.relative and m.start is None and m.end is None
    assert found[-1].start == dt.date(2020, 10, 10) and not found[-1].relative


def test_a_weekday_with_its_date_is_one_mention_and_picks_the_matching_year():
    ref = dt.date(2013, 2, 20)
    (m,) = extract_dates("يوم الخميس 15 اغسطس", ref)
    assert (m.text, m.start) == ("يوم الخميس 15 اغسطس", dt.date(2013, 8, 15))
    (m,) = extract_dates("يوم الاثنين في 18 شباط", ref)
    assert m.start == dt.date(2013, 2, 18)


def test_spans_point_into_the_raw_text_with_diacritics_and_controls():
    text = "وفي \u200f10 تشرين الأوّل/أكتوبر ٢٠٢٠ وقّع الطرفان."
    (m,) = extract_dates(text)
    assert text[m.span[0]:m.span[1]] == m.text == "10 تشرين الأوّل/أكتوبر ٢٠٢٠"
    assert m.start == dt.date(2020, 10, 10) and not m.relative


# --- Hijri -----------------------------------------------------------------------------------

HIJRI_PAIRS = [
    ("1 رمضان 1436", dt.date(2015, 6, 18)),
    ("1 شوال 1436 هـ", dt.date(2015, 7, 17)),
    ("10 ذي الحجة 1441هـ", dt.date(2020, 7, 31)),
    ("الأول من محرم 1442 هـ", dt.date(2020, 8, 20)),
    ("6 ربيع الأول ١٤٤٢ هـ", dt.date(2020, 10, 23)),
    ("1/9/1436هـ", dt.date(2015, 6, 18)),
]


@pytest.mark.parametrize("text,expected", HIJRI_PAIRS)
def test_hijri_known_pairs(text, expected):
    (m,) = extract_dates(f"جرى ذلك في {text} بحضور الوزير.")
    assert m.start == m.end == expected
    assert m.grain == "day" and not m.relative


def test_hijri_month_and_year_spans():
    (month,) = extract_dates("خلال رمضان 1436")
    assert (month.start, month.end, month.grain) == (dt.date(2015, 6, 18), dt.date(2015, 7, 16),
                                                      "month")
    (year,) = extract_dates("ميزانية العام 1442هـ")
    assert (year.start, year.end, year.grain) == (dt.date(2020, 8, 20), dt.date(2021, 8, 8),
                                                   "year")


@pytest.mark.parametrize("text", ["توفي سنة 440هـ", "في 5 رجب 1200 هـ", "عام 1700هـ",
                                  "في 30 صفر 1442 هـ", "15/13/1436هـ"])
def test_hijri_out_of_range_or_invalid_does_not_raise(text):
    found = extract_dates(text, dt.date(2020, 1, 1))
    _check_invariants(text, found)
    for m in found:
        if m.rule.startswith("hijri") and m.start is None:
            assert m.end is None


# --- properties --------------------------------------------------------------------------------

_WORDS = [n for fam in ("gregorian", "levantine", "hijri")
          for e in lexicon.load("months")[fam] for n in e["names"]]
_WORDS += [n for e in lexicon.load("weekdays")["weekdays"] for n in e["names"]]
_rel = lexicon.load("relative_dates")
_WORDS += [n for e in _rel["days"] for n in e["names"]] + _rel["times_of_day"]
_WORDS += ["الأسبوع الماضي", "العام", "عام", "بين عامي", "من", "في", "قبل", "يومين", "هـ",
           "القرن الماضي", "تسعينيات", "المقبل", "الماضي", "الموافق", "سيبدأ", "غداً", "أو",
           "/", "-", "(", ")", "،", ".", "\n", "\u200f", "\u202b", "\u064b", "\u0651", "\u0640"]
_TOKENS = st.one_of(
    st.sampled_from(_WORDS),
    st.integers(0, 3000).map(str),
    st.integers(0, 3000).map(lambda n: str(n).translate(str.maketrans("0123456789",
                                                                      "\u0660\u0661\u0662\u0663"
                                                                      "\u0664\u0665\u0666\u0667"
                                                                      "\u0668\u0669"))),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=6),
    st.sampled_from(["10/10/2020", "2020-10-10", "1988-1994", "6/3/1442", "31/02/2021"]),
)
_MIXED = st.lists(_TOKENS, max_size=40).map(" ".join)
_REFS = st.one_of(st.none(), st.dates())
_FAST = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.text(), _REFS)
def test_any_text_never_raises(text, ref):
    _check_invariants(text, extract_dates(text, ref))


@_FAST
@given(_MIXED, _REFS)
def test_arabic_mixtures_keep_invariants(text, ref):
    _check_invariants(text, extract_dates(text, ref))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKENS, min_size=200, max_size=600).map(" ".join), _REFS)
def test_long_lines_keep_invariants(text, ref):
    _check_invariants(text, extract_dates(text, ref))


def test_extreme_reference_dates():
    text = "أمس واليوم وغداً الأحد الأسبوع المقبل الشهر الماضي العام المقبل في 3 مارس " \
           "تسعينيات القرن الماضي قبل ثلاثة أيام 6 رمضان"
    for ref in (dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)):
        _check_invariants(text, extract_dates(text, ref))


# --- the fast scans return what the plain formulation returns --------------------------------


def _plain_anchor_pattern():
    """The anchor pattern with a lookbehind for the word start instead of a consumed boundary."""
    import re

    from karabakh_nb import dates

    pattern = dates._lex().anchor.pattern
    assert pattern.startswith("[^")
    close = pattern.index("]")
    return re.compile(f"(?<![{pattern[2:close]}]){pattern[close + 1:]}")


def test_anchor_scan_equals_the_lookbehind_pattern(sample_articles):
    from karabakh_nb import dates
    from karabakh_nb.normalize import Normalized

    plain = _plain_anchor_pattern()
    fams = dates._lex().anchor_families
    found = 0
    for art in sample_articles:
        v = art.view.text
        want: dict[str, list[tuple[int, int]]] = {}
        for m in plain.finditer(v):
            for fam in fams.get(m.group("w"), ()):
                want.setdefault(fam, []).append(m.span("a"))
        assert dates._Ctx(dates._lex(), Normalized(v, v), None).anchors() == want, art.id
        found += sum(map(len, want.values()))
    assert found > 1000



def test_scan_gates_hold_wherever_their_pattern_matches(sample_articles):
    """Rule scan_gate: _Ctx.scan tries a family's pattern only where its gate holds; the scan
    gives what matching the pattern at every word start near each anchor gives."""
    from karabakh_nb import dates
    from karabakh_nb.normalize import Normalized

    lex = dates._lex()
    matched = 0
    for art in sample_articles[:120]:
        v = art.view.text
        ctx = dates._Ctx(lex, Normalized(v, v), None)
        for fam, gate in lex.gates.items():
            pattern, back, want, pos = getattr(lex, fam), lex.anchor_back[fam], [], 0
            for a_start, a_end in ctx.anchors().get(fam, []):
                if a_end <= pos:
                    continue
                stop = min(len(v), a_end + dates._WINDOW_AFTER)
                for p in dates._word_starts(v, max(pos, a_start - back), a_end):
                    m = pattern.match(v, p, stop) if p >= pos else None
                    if m is not None:
                        assert gate.match(" " + v, p, stop + 1), (fam, v[p:m.end()])
                        want.append(m.span())
                        pos = max(m.end(), p + 1)
            assert [m.span() for m in ctx.scan(fam)] == want, (art.id, fam)
            matched += len(want)
    assert matched > 300


def test_article_dates_skip_only_sentences_without_dates(sample_articles):
    from karabakh_nb.mentions import _shifted, article_dates, sentence_views

    skipped = moved = 0
    for art in sample_articles:
        every = [m for seg, view in sentence_views(art)
                 for m in _shifted(extract_dates(seg.text, art.published, view=view), seg.span[0])]
        got = article_dates(art)
        for i, m in enumerate(got):  # rule title_weekday_body: a headline weekday read as the body's
            if m.rule == "title_weekday_body" and i < len(every) and every[i].span == m.span:
                assert every[i].rule == "weekday" and every[i].start < art.published < m.start, art.id
                got[i], moved = every[i], moved + 1
            elif m.rule == SAME_MONTH_RULE and i < len(every) and every[i].start is None:
                assert m.start is not None and every[i].span == m.span, art.id  # an earlier sentence's month
                got[i], moved = every[i], moved + 1
        assert got == every, art.id
        skipped += sum(not extract_dates(seg.text) for seg, _ in sentence_views(art))
    assert skipped > 1000 and moved < 10


def test_every_year_the_numbers_stage_drops_is_a_date(sample_articles):
    """'Not numbers: ... years' (ANNOTATION.md section 2): a year never falls between the stages."""
    from karabakh_nb.mentions import sentence_views
    from karabakh_nb.numbers import year_spans

    years = 0
    for art in sample_articles:
        for seg, view in sentence_views(art):
            spans = [(view.raw_span((s, e)), y) for s, e, y in year_spans(view.text)]
            if not spans:
                continue
            found = extract_dates(seg.text, art.published, view=view)
            for (s, e), y in spans:
                years += 1
                assert any(d.span[0] <= s and e <= d.span[1] and d.start is not None
                           and d.start.year <= y <= d.end.year for d in found), (seg.text, y)
    assert years > 50


# --- names after a date, a day split by punctuation, Hijri 30ths ----------------------------


@pytest.mark.parametrize("head", lexicon.load("months")["date_name_heads"]["heads"])
def test_a_day_and_month_after_a_name_head_is_a_name(head):
    ref = dt.date(2021, 5, 1)
    assert extract_dates(f"وقع الحادث قرب {head} 6 أكتوبر مساء.", ref) == []
    # with the article the head no longer opens a name: the date is read
    found = extract_dates(f"وقع الحادث في {lexicon.load('relative_dates')['grammar']['definite_article']}"
                          f"{head} 6 أكتوبر مساء.", ref)
    assert [(m.text, m.start) for m in found] == [("6 أكتوبر", dt.date(2020, 10, 6))]


@pytest.mark.parametrize("sep", [".", "-", "/"])
def test_a_day_split_by_punctuation_needs_a_cue(sep):
    ref = dt.date(2017, 9, 1)
    found = extract_dates(f"سأعود يوم 2{sep} أكتوبر", ref)
    assert [(m.start, m.rule) for m in found] == [(dt.date(2017, 10, 2), "punct_day_month")]
    assert extract_dates(f"2{sep} أكتوبر شهد توقيع اتفاقيات جديدة", ref) == []


def test_a_hijri_30th_of_a_29_day_month_is_the_day_after_the_29th():
    ref = dt.date(2012, 2, 12)
    days = [extract_dates(f"بتاريخ {d}/2/1433هـ", ref)[0].start for d in (29, 30)]
    first_of_next = extract_dates("بتاريخ 1/3/1433هـ", ref)[0].start
    assert days == [dt.date(2012, 1, 23), dt.date(2012, 1, 24)] == [days[0], first_of_next]
    # a month of 30 days in the table keeps its own 30th (Rabi al-Awwal 1433 has 30)
    assert extract_dates("بتاريخ 30/3/1433هـ", ref)[0].start == dt.date(2012, 2, 22)


# --- rule hijri_tabular: Hijri years before the Umm al-Qura table ---------------------------

def test_hijri_tabular_names_its_rule_and_meets_the_table():
    from karabakh_nb.dates import _TABLE_FIRST, _hijri_to_greg, _tabular_hijri_to_greg

    old = extract_dates("\u0641\u064a 5 \u0631\u0645\u0636\u0627\u0646 1250 \u0647\u0640",
                        dt.date(2016, 3, 1))  # "in 5 Ramadan 1250 AH"
    assert [(m.rule, str(m.start)) for m in old] == [("hijri_tabular", "1835-01-05")]
    new = extract_dates("\u0641\u064a 5 \u0631\u0645\u0636\u0627\u0646 1436 \u0647\u0640",
                        dt.date(2016, 3, 1))
    assert [m.rule for m in new] == ["hijri"]
    # the arithmetic calendar stays within two days of the sighted table where both read a year
    for m in range(1, 13):
        table = _hijri_to_greg(_TABLE_FIRST, m, 1)
        assert table is not None
        assert abs((_tabular_hijri_to_greg(_TABLE_FIRST, m, 1) - table).days) <= 2
    # one whole 30-year cycle is 10631 days
    assert (_tabular_hijri_to_greg(1331, 1, 1) - _tabular_hijri_to_greg(1301, 1, 1)).days == 10631



def test_article_anchors_give_each_sentence_what_a_search_would(sample_articles):
    """The dates table takes each sentence's anchor words from one pass over the article
    (dates.ArticleAnchors): the mentions are those of the sentence read on its own."""
    from karabakh_nb import dates as D
    from karabakh_nb.mentions import _sentences_at

    found = taken = 0
    for art in sample_articles[:60]:
        anchors = D.ArticleAnchors(art.view.text)
        for seg, view, at in _sentences_at(art, D.article_candidate_spans(anchors)):
            taken += anchors.of_sentence(view.text, at) is not None
            D.clear_cache()
            shared = D.extract_dates(seg.text, art.published, view=view, article=anchors, at=at)
            D.clear_cache()
            assert shared == D.extract_dates(seg.text, art.published, view=view)
            found += len(shared)
    assert found > 20 and taken > 100


def test_article_anchors_search_a_sentence_again_when_its_edge_is_inside_a_word(sample_articles):
    from karabakh_nb import dates as D

    text = sample_articles[0].view.text
    anchors = D.ArticleAnchors(text)
    cut = next(i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha())
    assert anchors.of_sentence(text[cut:], cut) is None  # a letter before the sentence
    assert anchors.of_sentence(text[1:], 0) is None  # not the same characters
    assert anchors.of_sentence(text, 0) is not None


def test_scan_finds_every_match_with_the_first_word_anchors_of_long_names(sample_articles):
    """Rule anchor_first_word: a name of several words whose first word is already an anchor of its
    family adds no anchor of its own (the words 'to', 'after', 'before' of the spoken day names
    stand in many sentences with no date). The scan near the anchors still gives every match a
    full finditer gives: on the articles, and on each such name set in a sentence (with a
    proclitic, after a time of day, before a weekday)."""
    from karabakh_nb import dates
    from karabakh_nb.normalize import Normalized

    lex = dates._lex()
    texts = [art.view.text for art in sample_articles[:120]]
    first_only = 0
    for family, names in lex.anchor_names.items():
        for toks in names:
            if len(toks) > 1:
                name = " ".join(toks)
                texts += [f"وقال المسؤول إن الاجتماع {name} في المدينة", f"ب{name}، ثم", f"مساء {name} الاحد"]
                # its later words are no anchors of the family: only the first word finds it
                first_only += not any(family in lex.anchor_families.get(t, ()) for t in toks[1:])
    assert first_only > 20
    matched = 0
    for v in texts:
        ctx = dates._Ctx(lex, Normalized(v, v), None)
        for family in lex.gates:
            want = [m.span() for m in getattr(lex, family).finditer(v)]
            assert [m.span() for m in ctx.scan(family)] == want, (family, v)
            matched += len(want)
    assert matched > 700


def test_year_part_rules_without_reference():
    """Rules year_part/year_part_months: a part of a year in digits resolves with no reference; a
    part of the current year keeps its span and rule but has no period without one."""
    rows = {r["text"]: r["dates"][0] for r in lexicon.examples("relative_dates")
            if r["dates"] and r["dates"][0]["grain"] == "month" and "year_part" in r.get("note", "")}
    seen = set()
    for text, want in rows.items():
        found = [m for m in extract_dates(text, None) if m.text == want["text"]]
        assert len(found) == 1, text
        m = found[0]
        seen.add(m.rule)
        if want["relative"]:
            assert (m.start, m.end, m.relative) == (None, None, True)
        else:
            assert (str(m.start), str(m.end), m.grain) == (want["start"], want["end"], "month")
    assert seen == {"year_part", "year_part_months", "year_part_restated", "year_part_bare_quarter"}
