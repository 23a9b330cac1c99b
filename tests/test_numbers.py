"""Tests for karabakh_nb.numbers: the examples corpora, the guide's exclusions, properties
that hold for any input, and recall/precision on the hand-made seed gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import check_spans
from karabakh_nb import lexicon, numbers
from karabakh_nb.numbers import NumberMention, extract_numbers

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = ("number_words", "qualifiers", "number_exclusions")
QUALIFIERS = {"exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague"}


def _check_invariants(text: str, found: list[NumberMention]) -> None:
    check_spans(text, found)
    for m in found:
        assert m.low <= m.high
        assert m.qualifier in QUALIFIERS
        if m.qualifier in ("range", "vague"):
            assert m.value is None
        else:
            assert m.value == m.low == m.high
        for x in (m.value, m.low, m.high):
            assert x is None or isinstance(x, int) or not float(x).is_integer()
        assert m.unit is None or isinstance(m.unit, str) and m.unit
        assert isinstance(m.rule, str) and m.rule


# --- the examples corpora beside the data files ---------------------------------------------


def _example_cases():
    for name in DATA_FILES:
        for i, ex in enumerate(lexicon.examples(name), 1):
            yield pytest.param(ex, id=f"{name}:{i}")


@pytest.mark.parametrize("example", list(_example_cases()))
def test_examples(example):
    found = extract_numbers(example["text"])
    _check_invariants(example["text"], found)
    got = [(m.text, m.low, m.high, m.qualifier) for m in found]
    want = [(n["text"], n["low"], n["high"], n["qualifier"]) for n in example["numbers"]]
    assert got == want
    for m, n in zip(found, example["numbers"], strict=True):
        if "unit" in n:
            assert m.unit == n["unit"], m
        if "value" in n:
            assert m.value == n["value"], m


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_files_are_described_and_have_examples(name):
    data = lexicon.load(name)
    assert isinstance(data.get("description"), str) and len(data["description"]) > 40
    rows = lexicon.examples(name)
    assert len(rows) >= 15
    assert any(not r["numbers"] for r in rows)
    assert any(r["numbers"] for r in rows)


def test_examples_cover_every_qualifier_and_vague_magnitude():
    data = lexicon.load("qualifiers")
    seen_q: set[str] = set()
    seen_bounds: set[tuple[int, int]] = set()
    for name in DATA_FILES:
        for row in lexicon.examples(name):
            for n in row["numbers"]:
                seen_q.add(n["qualifier"])
                if n["qualifier"] == "vague":
                    seen_bounds.add((n["low"], n["high"]))
    assert set(data["before"]) | set(data["after"]) | {"range", "vague", "exact"} <= seen_q
    common = {(v["low"], v["high"]) for v in data["vague"] if v["high"] <= 10_000_000}
    assert {(30, 100), (300, 1000), (3000, 10000), (30000, 100000), (3, 9)} <= seen_bounds
    assert common & seen_bounds


def test_no_arabic_literal_in_engine():
    src = Path(numbers.__file__).read_text(encoding="utf-8")
    arabic = [c for c in src if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"]
    assert not arabic, "Arabic belongs in data/*.json"


# --- the guide's exclusions (ANNOTATION.md section 2) ----------------------------------------

EXCLUDED = [
    # dates, days of the month, years
    ("وبدأت أذربيجان في 27 سبتمبر الماضي عملية عسكرية", "27"),
    ("واندلع القتال مجددا في 27 أيلول/سبتمبر بين الطرفين", "27"),
    ("ووقعت الحرب في عام 2020 مجددا", "2020"),
    ("وفي 2020 اندلعت الحرب", "2020"),
    ("وخلال العام 2019 تكررت الاشتباكات", "2019"),
    ("10/10/2020 [ 10:51 ]", "10"),
    ("وخاضت أرمينيا وأذربيجان حربا في 1988-1994", "1988"),
    ("يوم 10 تشرين الأول/أكتوبر 2020 لأغراض إنسانية", "10"),
    ("31 أكتوبر/ تشرين الأول 2020", "2020"),
    ("في التاسع من أكتوبر (تشرين الأول)", "التاسع"),
    ("وفي 2020-10-10 قصفت المدينة", "2020"),
    # times of day
    ('سيبدأ "اعتبارًا من الساعة 12,00 يوم 10"', "12,00"),
    ("الجمعة 23 أكتوبر 2020الساعة 13:43 مساءً", "13"),
    ("وقع الانفجار عند الساعة 10 صباحا", "10"),
    # ordinals
    ("استمرت المعارك لليوم الثالث عشر على التوالي", "عشر"),
    ("وهو الأمل الأول لإنهاء القتال", "الأول"),
    ("فيما الصحافي الثاني من أرمينيا", "الثاني"),
    ("وتوقف القتال في اليوم الـ44 من الحرب", "44"),
    # names and model designations
    ("منظومة إس-400 الروسية", "400"),
    ("بفيروس كوفيد-19", "19"),
    ("مقاتلات F-16 التركية", "16"),
    ("صواريخ S-300", "300"),
    ("طائرة سو-25", "25"),
    ("وطالبت بتنفيذ قرارات مجلس الأمن 822 و853", "853"),
    # idioms
    ("أعادت بلاده من طرف واحد سيدة عجوز", "واحد"),
    ("اتفقا في آن واحد على الهدنة", "واحد"),
    ("ونقل أحدهم إلى المستشفى", "أحد"),
    ("وهي إحدى أكبر المدن", "إحدى"),
    ("كأحد أولويات بنود المحادثات", "أحد"),
    ("وهي واحدة من أكثر المناطق تضررا", "واحدة"),
    # duals, durations without a numeral, vague counts outside the table
    ("سبعة من القتلى مدنيون بينهم طفلان", "طفلان"),
    ("مقتل مدنيين من الجانبين", "الجانبين"),
    ("في منطقة تشهد معارك منذ نحو أسبوعين", "أسبوعين"),
    ("واعلنت روسيا مقتل عدد من جنودها", "عدد"),
    ("ودوت صفارات الإنذار مرات عدة خلال الليل", "عدة"),
    ("بحياة الآلاف في شهر ونيّف", "شهر"),
    ("وتقديم قوائم بالأسرى خلال أسبوع", "أسبوع"),
    ("أن يقدما في غضون أسبوع لوائح بأسرى الحرب", "أسبوع"),
    ("وقال المتحدث لست متأكدا", "لست"),
]


@pytest.mark.parametrize(("text", "piece"), EXCLUDED, ids=[t[1] + ":" + str(i)
                                                         for i, t in enumerate(EXCLUDED)])
def test_guide_exclusions(text, piece):
    found = extract_numbers(text)
    _check_invariants(text, found)
    start = text.index(piece)
    stop = start + len(piece)
    hit = [m for m in found if m.span[0] < stop and m.span[1] > start]
    assert not hit, hit


@pytest.mark.parametrize(("text", "mention", "qualifier", "value"), [
    ("هذا النزاع المستمر منذ أكثر من 30 عاماً", "أكثر من 30", "more_than", 30),
    ("وأصيب أكثر من 200 في أقل من 24 ساعة", "أقل من 24", "less_than", 24),
    ("وأضافت أنه يوجد حالياً 2116 مدنياً", "2116", "exact", 2116),
    ("وقالت إنها أجلت أكثر من 2000 مدني", "أكثر من 2000", "more_than", 2000),
])
def test_durations_and_large_numbers_are_numbers(text, mention, qualifier, value):
    found = {m.text: m for m in extract_numbers(text)}
    assert mention in found
    assert found[mention].qualifier == qualifier
    assert found[mention].value == value


def test_separators_and_scripts():
    cases = {
        "قتل 1,250 شخصا": 1250,
        "قتل ١٬٢٥٠ شخصا": 1250,
        "قتل ۱۲۵۰ شخصا": 1250,
        "كلفة 2.5 مليون دولار": 2_500_000,
        "كلفة ٢٫٥ مليون دولار": 2_500_000,
        "كلفة 2,5 مليار دولار": 2_500_000_000,
        "نزح 1.250.000 شخص": 1_250_000,
    }
    for text, value in cases.items():
        (m,) = extract_numbers(text)
        assert m.value == value and isinstance(m.value, int), (text, m)


def test_spans_point_into_raw_text_with_diacritics_and_controls():
    text = "وقُتِلَ أَكْثَرُ مِنْ \u200f١٢٥٠ شَخْصاً"
    (m,) = extract_numbers(text)
    assert m.value == 1250 and m.qualifier == "more_than"
    assert text[m.span[0]:m.span[1]] == m.text
    assert m.unit == "شَخْصاً"


def test_number_results_do_not_depend_on_the_date_stage(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with_dates = [extract_numbers(t) for t in texts]
    monkeypatch.setattr(numbers, "_date_spans", lambda text, cores: [])
    without = [extract_numbers(t) for t in texts]
    assert [[(m.low, m.high) for m in ms] for ms in with_dates] == \
        [[(m.low, m.high) for m in ms] for ms in without]


# --- properties for any input -----------------------------------------------------------------


def _lexicon_words() -> list[str]:
    nw = lexicon.load("number_words")
    qd = lexicon.load("qualifiers")
    ex = lexicon.load("number_exclusions")
    words: list[str] = []
    for fam in ("units", "teen_units", "tens", "hundreds", "scales", "fractions",
                "fraction_plurals"):
        for entry in nw[fam]:
            words += entry["forms"]
    words += nw["ten"]["forms"] + nw["percent_markers"] + nw["clitics"]
    for cues in [*qd["before"].values(), *qd["after"].values(), *qd["range"].values()]:
        words += cues
    for entry in qd["vague"]:
        words += entry["forms"]
    for key in ("ordinals", "idioms", "time_heads", "year_heads", "identifier_heads",
                "model_prefixes", "unit_stopwords"):
        words += ex[key]
    for fam in ("gregorian", "levantine"):
        for entry in lexicon.load("months").get(fam, []):
            words += entry["names"]
    return sorted(set(words))


_PIECES = st.one_of(
    st.sampled_from(_lexicon_words()),
    st.from_regex(r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,6}([.,\u066b\u066c:/-][0-9]{1,4})?",
                  fullmatch=True),
    st.sampled_from(["\u200f", "\u202b", "\u202c", "\u200e", "\u0640", "\u064b", "\u0651",
                     "\u00a0", "\n", "-", "/", "%", "\u066a", "(", ")", "\u060c", ".", ",",
                     "\ufeff", "\u0000", "\udcff", "S", "F-", "e"]),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06ff), max_size=6),
)
_SEPARATORS = st.sampled_from([" ", "", "  ", " \u0648", "\n", "\u200f "])


@st.composite
def _arabicish(draw):
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=30))
    return "".join(p + s for p, s in parts)


_FAST = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.text())
def test_any_text_never_raises(text):
    _check_invariants(text, extract_numbers(text))


@_FAST
@given(_arabicish())
def test_arabic_mixtures_keep_invariants(text):
    _check_invariants(text, extract_numbers(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_arabicish(), st.integers(min_value=50, max_value=400))
def test_very_long_lines_keep_invariants(chunk, times):
    text = (chunk + " ") * times
    _check_invariants(text, extract_numbers(text))


def test_degenerate_inputs():
    for text in ["", " ", "\u200f", "0", "9" * 5000, "1," * 3000, "\u0660" * 40,
                 "\x00\x01\x02", "-" * 1000, "و" * 1000, "ألف " * 2000]:
        _check_invariants(text, extract_numbers(text))


# --- the fast scans return what the plain formulation returns --------------------------------


def _plain_atom_pattern():
    """The atom patterns as one alternation with a lookbehind for the word start (what the
    two boundary-opening patterns of ``_matches`` stand for, scanned much faster)."""
    import re

    lex = numbers._lex()
    assert lex.word_atoms.pattern.startswith(lexicon.BOUNDARY)
    body = lex.word_atoms.pattern[len(lexicon.BOUNDARY):]
    return re.compile(f"{lexicon.WORD_START}{body}|{lex.digit_atoms.pattern}")


def test_atom_scan_equals_one_alternation_on_real_sentences(sample_articles):
    from karabakh_nb.mentions import sentence_views

    lex, plain = numbers._lex(), _plain_atom_pattern()
    n = 0
    for art in sample_articles:
        for _, view in sentence_views(art):
            v = view.text
            # a word atom match reads the view behind one space, from its group "at"
            assert [(h.start("at") - 1, h.end() - 1) if word else h.span()
                    for h, word in numbers._matches(v, lex)] == \
                [m.span() for m in plain.finditer(v)], v
            n += 1
    assert n > 2000


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["ثلاثة", "مئة", "الف", "و", "بضع", "عشرات", "20", "1.5", "٪", "%",
                                 " ", " ", "-", ".", "،", "A", "قتل", "ب", "ال", "\n", "3", "0"]),
                max_size=25))
def test_atom_scan_equals_one_alternation_on_jumbled_pieces(pieces):
    from karabakh_nb.normalize import normalize_text

    v = normalize_text("".join(pieces))
    assert [(h.start("at") - 1, h.end() - 1) if word else h.span()
            for h, word in numbers._matches(v, numbers._lex())] == \
        [m.span() for m in _plain_atom_pattern().finditer(v)]


def test_article_numbers_skip_only_sentences_without_numbers(sample_articles):
    """The pipeline runs the extractor only on sentences that meet the article's candidate
    spans; the result must equal running it on every sentence."""
    from karabakh_nb.mentions import _shifted, article_numbers, sentence_views

    skipped = 0
    for art in sample_articles:
        every = [m for seg, view in sentence_views(art)
                 for m in _shifted(extract_numbers(seg.text, view=view, reference=art.published),
                                   seg.span[0])]
        assert article_numbers(art) == every, art.id
        skipped += sum(not extract_numbers(seg.text) for seg, _ in sentence_views(art))
    assert skipped > 1000  # the gate has sentences to skip


def test_reversed_decimal_rule_needs_the_mark_right_after_the_point():
    # Asharq al-Awsat copies decimals in display order with a right-to-left mark after the point
    [m] = extract_numbers("استقر الدولار عند 92.\u200f123 ين")
    assert (m.value, m.rule) == (123.92, "digits_reversed_decimal")
    # a mark elsewhere (before the number, after it) leaves the number as written
    [m] = extract_numbers("استقر الدولار عند \u200f92.12\u200f ين")
    assert (m.value, m.rule) == (92.12, "digits")


def test_candidate_spans_sorted_union_is_merged(sample_articles):
    """No word atom meets a digit run (the data holds no digit), so the sorted union of the two
    scans that candidate_spans returns is what merging the spans gives."""
    import re

    lex = numbers._lex()
    assert lex.atoms_digitless
    for art in sample_articles:
        v = art.view.text
        spans = [m.span() for m in re.finditer("[0-9]+", v)]
        spans += lexicon.word_start_spans(lex.word_atoms, v, "at")
        assert numbers.candidate_spans(v) == lexicon.merge_spans(spans)


def test_numbers_read_their_dates_with_the_article_anchors_as_on_their_own(sample_articles):
    """The numbers table reads the dates of a sentence (whose numbers are no quantities) with the
    article's anchor words, as the dates table does: the mentions are those of the sentence read
    on its own, and the anchors are found once for both tables."""
    from karabakh_nb import dates as D
    from karabakh_nb import numbers as N
    from karabakh_nb.mentions import _sentences_at

    found = in_dates = 0
    for art in sample_articles[:60]:
        anchors = D.article_anchors(art.view.text)
        assert D.article_anchors(art.view.text) is anchors  # remembered for the dates table
        for seg, view, at in _sentences_at(art, N.candidate_spans(art.view.text)):
            N.clear_cache()
            D.clear_cache()
            shared = N.extract_numbers(seg.text, view=view, reference=art.published, article=anchors, at=at)
            N.clear_cache()
            D.clear_cache()
            alone = N.extract_numbers(seg.text, view=view, reference=art.published)
            assert shared == alone
            found += len(shared)
            in_dates += bool(D.extract_dates(seg.text, art.published, view=view))
    assert found > 50 and in_dates > 20
