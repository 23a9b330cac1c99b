"""The normalized view: each step, and offsets that map back to the raw text."""

from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

import karabakh_nb.normalize as nz


def test_doctests():
    assert doctest.testmod(nz).failed == 0


def test_each_step_on_real_words():
    assert nz.strip_diacritics("وَقْفٌ") == "وقف"
    assert nz.strip_tatweel("الأوّل".replace("و", "ـو")) == "الأوّل"
    assert nz.unify_alef("إطلاق أذربيجان آلاف") == "اطلاق اذربيجان الاف"
    assert nz.unify_alef_maqsura("على مستشفى") == "علي مستشفي"
    assert nz.unify_digits("٣٠٠ إلى ٤٠٠ و۵۰") == "300 إلى 400 و50"
    assert nz.unify_spaces("ستيباناكرت\u00a0عاصمة") == "ستيباناكرت عاصمة"
    assert nz.strip_invisibles("\u202bقره باغ\u202c\u200f") == "قره باغ"


def test_view_maps_back_to_raw_through_diacritics_and_controls():
    raw = "وتواصلت المفاوضات أكثرَ من \u200f١٠ ساعات، في تشرين الأوّل"
    view = nz.normalize(raw)
    assert "اكثر من 10 ساعات" in view.text
    s = view.text.index("اكثر من 10")
    start, end = view.raw_span((s, s + len("اكثر من 10")))
    assert raw[start:end] == "أكثرَ من \u200f١٠"
    s = view.text.index("الاول")
    start, end = view.raw_span((s, s + len("الاول")))
    assert raw[start:end] == "الأوّل"


def test_view_without_deletions_is_identity_on_offsets():
    raw = "مقتل أكثر من 1250 شخصا"
    view = nz.normalize(raw)
    assert view.raw_span((5, 9)) == (5, 9)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآءئؤ ٠١٢٣٤٥٦٧٨٩۰۱۲0123456789.,،")
    + ["\u064e", "\u0651", "\u0652", "\u0640", "\u200f", "\u202b", "\u202c", "\u00a0", "\ufeff"]),
    max_size=80))
def test_every_view_character_maps_to_a_raw_character_that_normalizes_to_it(raw):
    view = nz.normalize(raw)
    for i, ch in enumerate(view.text):
        j = view.raw_index(i)
        assert nz.normalize_text(raw[j]) == ch
    for i in range(len(view.text) + 1):
        for k in range(i, min(i + 5, len(view.text)) + 1):
            s, e = view.raw_span((i, k))
            assert 0 <= s <= e <= len(raw)
            assert nz.normalize_text(raw[s:e]) == view.text[i:k]


def test_decomposed_hamza_matches_the_composed_letter():
    import unicodedata

    composed = "مئات المسؤولين"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    view = nz.normalize(decomposed)
    assert view.text == nz.normalize_text(composed)
    s, e = view.raw_span((0, 4))
    assert decomposed[s:e] == unicodedata.normalize("NFD", "مئات")


def test_numbers_survive_decomposed_text():
    import unicodedata

    from karabakh_nb import extract_numbers

    text = unicodedata.normalize("NFD", "وأصيب مئات آخرون")
    [m] = extract_numbers(text)
    assert (m.low, m.high, m.qualifier) == (300, 1000, "vague")
    assert text[m.span[0]:m.span[1]] == m.text


_CUT_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآءئؤ ٠١٢٣٤٥٦٧٨٩0123456789.,،\n")
    + ["\u064e", "\u0651", "\u0652", "\u0640", "\u200f", "\u202b", "\u00a0", "\u0654"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CUT_ALPHABET, max_size=60), st.data())
def test_a_cut_of_the_view_is_the_view_of_the_cut(raw, data):
    """Stages cut sentence views from the article's view instead of normalizing again: the cut
    must be exactly what normalizing the sentence alone gives, offsets included."""
    view = nz.normalize(raw)
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    cut, fresh = view.slice(start, end), nz.normalize(raw[start:end])
    assert (cut.raw, cut.text) == (fresh.raw, fresh.text)
    assert cut.deleted == fresh.deleted
    assert [cut.raw_index(i) for i in range(len(cut.text) + 1)] == \
        [fresh.raw_index(i) for i in range(len(fresh.text) + 1)]
    assert view.text_of(start, end) == nz.normalize_text(raw[start:end])


def test_view_index_is_the_inverse_of_raw_index_on_kept_characters():
    raw = "أَكْثَرُ مِنْ \u200f١٠ قَتْلى"
    view = nz.normalize(raw)
    kept = [r for r in range(len(raw)) if r not in set(view.deleted)]
    assert [view.raw_index(view.view_index(r)) for r in kept] == kept
    assert [raw[r] for r in view.deleted] == ["\u064e", "\u0652", "\u064e", "\u064f",
                                              "\u0650", "\u0652", "\u200f", "\u064e", "\u0652"]
    assert view.view_index(len(raw)) == len(view.text)


def test_a_cut_between_a_letter_and_its_combining_hamza_reads_the_letter_alone():
    import unicodedata

    raw = unicodedata.normalize("NFD", "مئات")  # ya + combining hamza above
    view = nz.normalize(raw)
    cut = raw.index("\u0654")
    assert view.slice(0, cut).text == nz.normalize_text(raw[:cut])
    assert view.text_of(0, cut) == nz.normalize_text(raw[:cut])
    assert view.slice(0, cut).text != view.text[:cut]  # the whole text composes the pair
