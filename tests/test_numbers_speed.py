"""The speed rules of karabakh_nb.numbers change no output. Each gate is checked to hold wherever
its pattern matches, and each gated scan to equal the plain one, on every text of the examples
corpora (``data/*.examples.jsonl``) and on every line of the e2e sets' articles
(``benchmarks/e2e/*/articles/*.txt``)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from conftest import e2e_texts, example_texts
from karabakh_nb import lexicon, numbers
from karabakh_nb.lexicon import mask_markup
from karabakh_nb.normalize import normalize_text

ROOT = Path(__file__).resolve().parent.parent


@cache
def _texts() -> tuple[str, ...]:
    """The normalized (and masked) views of every example text and every e2e article line."""
    raw = [*example_texts(), *(line for text in e2e_texts() for line in text.splitlines())]
    return tuple(mask_markup(normalize_text(t)) for t in raw if t.strip())


def test_the_corpora_are_there():
    texts = _texts()
    assert len(texts) > 3000
    assert sum(bool(numbers.candidate_spans(v)) for v in texts) > 1000


def test_word_gate_holds_wherever_a_word_atom_opens():
    """Rule word_atom_gate: at every position where the word atom pattern matches, so does its gate."""
    lex = numbers._lex()
    seen = 0
    for v in _texts():
        spaced = " " + v
        for q in range(len(spaced)):
            if lex.word_atoms.match(spaced, q) is not None:
                assert lex.word_gate.match(spaced, q) is not None, (q, v)
                seen += 1
    assert seen > 1000


def test_gated_word_scans_equal_the_plain_ones():
    lex = numbers._lex()
    for v in _texts():
        assert lexicon.word_start_spans(lex.word_atoms, v, "at", lex.word_gate) == \
            lexicon.word_start_spans(lex.word_atoms, v, "at"), v
        assert numbers.may_hold_number(v) == bool(numbers.candidate_spans(v)), v


@pytest.mark.parametrize("text", [
    "",
    "ثلاثة",  # a number word alone, at both edges
    "وثلاثة آلاف و500",  # a clitic, a scale word, digits glued to "and"
    "عشرات الآلاف من الناس",  # a vague phrase
    "بالمئة و 5 في المئة",  # percent markers that are no number word
    "ثلاثةA ثلاثة1 Aثلاثة",  # Latin letters and digits glued to a number word
    "(عشرة) «مئة» -خمسة-",
])
def test_word_gate_at_its_edges(text):
    lex = numbers._lex()
    v = normalize_text(text)
    spaced = " " + v
    for q in range(len(spaced) + 1):
        gated = lexicon.gated_search(lex.word_atoms, lex.word_gate, spaced, q)
        plain = lex.word_atoms.search(spaced, q)
        assert (gated and gated.span()) == (plain and plain.span()), (q, text)


def test_excl_gate_holds_wherever_an_exclusion_opens():
    """Rule excl_gate: at every position where the exclusion pattern matches, so does its gate."""
    lex = numbers._lex()
    seen = 0
    for v in _texts():
        spaced = " " + v
        for q in range(len(spaced)):
            if lex.excl.match(spaced, q) is not None:
                assert lex.excl_gate.match(spaced, q) is not None, (q, v)
                seen += 1
        assert lexicon.word_start_spans(lex.excl, v, "x", lex.excl_gate) == \
            lexicon.word_start_spans(lex.excl, v, "x"), v
    assert seen > 100


def test_clock_and_dual_gates_hold_wherever_their_rules_match():
    """Rule clock_gate: a text with a clock match that has a head or a time of day (what drops a
    number as a time) holds a match of clock_word behind one space; rule dual_gate: a text with a
    dual range holds a match of dual_noun."""
    lex = numbers._lex()
    clocks = duals = 0
    for v in _texts():
        clock_word = lex.clock_word.search(" " + v) is not None
        dual_noun = lex.dual_noun.search(v) is not None
        for p in range(len(v)):
            m = lex.clock.match(v, p)
            if m is not None and (m.group("head") is not None or m.group("tod") is not None):
                assert clock_word, v
                clocks += 1
            if lex.dual_range.match(v, p) is not None:
                assert dual_noun, v
                duals += 1
    assert clocks > 20 and duals > 0


def _articles(sample_articles):
    from karabakh_nb import load_corpus

    arts = list(sample_articles)
    for d in sorted(ROOT.glob("benchmarks/e2e/*/articles")):
        arts.extend(load_corpus(d))
    return arts


def test_sentences_read_with_the_digit_test_are_those_meeting_the_candidate_spans(sample_articles):
    """The tables read a sentence when a digit stands in it or it meets a word atom (numbers) or an
    anchor word (dates): the sentences that meet the extractors' candidate spans, digit runs and
    all (save a sentence with an empty view, which holds nothing to find)."""
    from karabakh_nb import dates
    from karabakh_nb.mentions import _sentences_at

    read = 0
    for art in _articles(sample_articles):
        v = art.view.text
        anchors = dates.article_anchors(v)
        for plain, fast in (
                (_sentences_at(art, numbers.candidate_spans(v)),
                 _sentences_at(art, numbers.candidate_word_spans(v), digits=True)),
                (_sentences_at(art, dates.article_candidate_spans(anchors)),
                 _sentences_at(art, anchors.spans(), digits=True))):
            plain = [(seg.span, at) for seg, view, at in plain if view.text]
            assert [(seg.span, at) for seg, _, at in fast] == plain, art.id
            read += len(plain)
    assert read > 3000


def _window_gated(lex) -> dict[str, object]:
    """The patterns of the text before a number searched behind a gate (rule window_gate)."""
    return {name: getattr(lex, name) for name in ("slash_before", "score_before", "label_open",
                                                  "al_ordinal_before", "al_digits_before",
                                                  "designation_bare")}


def _ends(v: str) -> list[int]:
    """Where a number may start in ``v``: each word start and digit-run start, and the end."""
    return [q for q in range(len(v) + 1)
            if q == len(v) or (v[q].isalnum() and (q == 0 or not v[q - 1].isalnum()))]


def test_window_gates_hold_inside_every_match():
    """Rule window_gate: every match of a gated pattern ending at a word or digit start of an
    example or e2e text holds a match of its gate (so the gate matches in any window the pattern
    matches in), and the gated search equals the plain one there, at each window width the stage
    reads (8, 24, 40 and 60 characters)."""
    lex = numbers._lex()
    gated = _window_gated(lex)
    seen = dict.fromkeys(gated, 0)
    for v in _texts():
        for end in _ends(v):
            for name, g in gated.items():
                m = g.plain.search(v, max(0, end - 60), end)
                if m is not None:
                    assert g.gate.search(v, m.start(), end) is not None, (name, end, v)
                    seen[name] += 1
                for width in (8, 24, 40):
                    lo = max(0, end - width)
                    f, p = g.search(v, lo, end), g.plain.search(v, lo, end)
                    assert (f and (f.span(), f.groups())) == (p and (p.span(), p.groups())), (name, end, v)
    assert all(seen.values()), seen  # each rule matches somewhere: the comparison is not empty


@pytest.mark.parametrize("text", [
    "", "/", "3/", "3 / ", "3+", "x-", "2 -", "(", "[ ", "«", "ال", "ال ", "F-", "S 400 و",
    "مباراة المنافسة - ", "المهرجان الدولي ال", "(1) البند «", "الموسم 2014/",
])
def test_window_gates_at_their_edges(text):
    """Each gated search equals the plain one for every window of a short text."""
    lex = numbers._lex()
    v = normalize_text(text)
    for name, g in _window_gated(lex).items():
        for end in range(len(v) + 1):
            for lo in range(end + 1):
                f, p = g.search(v, lo, end), g.plain.search(v, lo, end)
                assert (f and (f.span(), f.groups())) == (p and (p.span(), p.groups())), (name, lo, end, text)


def test_designation_split_answers_as_the_joined_pattern():
    """The designation rule is two patterns (a model name; a Latin letter or a dash): a window meets
    one of them exactly when it meets their joined alternation."""
    lex = numbers._lex()
    joined = re.compile(rf"(?:{lex.designation.pattern})|(?:{lex.designation_bare.plain.pattern})")
    hits = 0
    for v in _texts():
        for end in _ends(v):
            lo = max(0, end - 24)
            split = bool(lex.designation.search(v, lo, end) or lex.designation_bare.search(v, lo, end))
            assert split == bool(joined.search(v, lo, end)), (end, v)
            hits += split
    assert hits > 50


def _sentences_at_plain(art, spans, digits=False):
    """:func:`mentions._sentences_at` as it was before rule sentence_layout: each sentence's view
    offsets, digit test and view found again on every call."""
    from karabakh_nb.mentions import sentences

    if not spans and not digits:
        return []
    view, out = art.view, []
    text = view.text
    for seg in sentences(art):
        start, end = view.view_index(seg.span[0]), view.view_index(seg.span[1])
        if (numbers.meets_number(text, spans, start, end) if digits
                else lexicon.overlaps_any(spans, start, end)):
            out.append((seg, view.slice(*seg.span), start))
    return out


def test_sentence_layout_reads_the_sentences_the_plain_loop_reads(sample_articles):
    """Rule sentence_layout: the sentences, views and offsets :func:`mentions._sentences_at` gives
    from the article's layout (found once, for the numbers and the dates pass, asked twice here)
    are those the plain loop finds, on every example text and e2e article and the sample."""
    from karabakh_nb import article_from_text, dates
    from karabakh_nb.mentions import _sentences_at

    arts = _articles(sample_articles)
    arts += [article_from_text(t, f"example-{i}") for i, t in enumerate(example_texts())]
    read = 0
    for art in arts:
        v = art.view.text
        anchors = dates.article_anchors(v)
        for spans, digits in ((numbers.candidate_word_spans(v), True), (anchors.spans(), True),
                              (numbers.candidate_spans(v), False), ([], True), ([], False)):
            for _ in range(2):
                fast = [(seg, nv, at) for seg, nv, at in _sentences_at(art, spans, digits)]
                assert fast == _sentences_at_plain(art, spans, digits), art.id
            read += len(fast)
    assert read > 5000


def test_sentence_layout_follows_an_edited_article(sample_articles):
    """A layout is kept only while the article reads the same: sentences replaced or edited in
    place, or a new title, are laid out again (copies are edited: the fixture is shared)."""
    import dataclasses

    from karabakh_nb.mentions import _sentences_at

    art = dataclasses.replace(next(a for a in sample_articles if len(a.sentences) > 3))
    art.sentences = list(art.sentences)
    assert _sentences_at(art, [], digits=True) == _sentences_at_plain(art, [], digits=True)
    art.sentences.pop(0)  # in place
    assert _sentences_at(art, [], digits=True) == _sentences_at_plain(art, [], digits=True)
    art.sentences = art.sentences[1:]
    assert _sentences_at(art, [], digits=True) == _sentences_at_plain(art, [], digits=True)
    art.title, art.title_span = None, None
    assert _sentences_at(art, [], digits=True) == _sentences_at_plain(art, [], digits=True)


def test_clock_dual_gate_holds_wherever_clock_word_or_dual_noun_matches():
    """Rule clock_dual_gate: a text in which clock_word (the gate of rule clock_gate) or dual_noun
    (rule dual_gate) matches holds a match of clock_dual, so a text with none reads as before."""
    lex = numbers._lex()
    clocks = duals = quiet = 0
    for v in _texts():
        spaced = " " + v
        gate = lex.clock_dual.search(spaced) is not None
        clock, dual = lex.clock_word.search(spaced) is not None, lex.dual_noun.search(v) is not None
        if clock or dual:
            assert gate, v
        clocks += clock
        duals += dual
        quiet += not gate
    assert clocks > 20 and duals > 20 and quiet > 1000


def test_far_cue_keys_stand_wherever_a_far_cue_matches():
    """Rule far_cue_keys: a text in which cue_after_far matches anywhere holds one of far_keys, so
    _far_cue_after, which returns only such a match, answers None in a text with none."""
    lex = numbers._lex()
    assert lex.far_keys
    seen = 0
    for v in _texts():
        for p in range(len(v)):
            m = lex.cue_after_far.match(v, p)
            if m is not None and m.lastgroup is not None:
                assert any(k in v for k in lex.far_keys), v
                seen += 1
                break
    assert seen > 20


def test_plain_digits_read_as_their_int():
    """Rule plain_digits_int: a digit atom of digits alone and no scale word has the value _num
    gives for the Decimal of its digits (an int), as the general reading would, and no dot3."""
    lex = numbers._lex()
    seen = 0
    for v in _texts():
        for a in numbers._atoms(v, lex):
            digits = v[a.start:a.end]
            if a.kind == "digits" and digits.isdigit():
                ref = numbers._num(numbers._digits_value(digits))
                assert (a.value, type(a.value), a.base, type(a.base), a.dot3) == \
                    (ref, type(ref), ref, type(ref), False), v
                seen += 1
    assert seen > 1000


def test_numeric_date_gate_holds_inside_every_numeric_date():
    """Rule numeric_date_gate: every match of numeric_date, in any window ending at or after it
    (the window's end may cut the last group short), holds a match of its gate, so a window with
    none holds no numeric date."""
    lex = numbers._lex()
    seen = 0
    for v in _texts():
        for p in range(len(v)):
            if not v[p].isdigit():
                continue
            for end in range(p + 1, min(len(v), p + 20) + 1):
                m = lex.numeric_date.match(v, p, end)
                if m is not None:
                    assert lex.numeric_date_gate.search(v, m.start(), m.end()) is not None, (p, end, v)
                    seen += 1
    assert seen > 50


def test_possessive_suffix_test_answers_as_the_loops():
    """_possessive asks first whether a word ends with any suffix of its two lists: a word of the
    example and e2e texts with none is no possessive for the loops either."""
    lex = numbers._lex()
    words = {w for v in _texts() for w in re.findall(r"\w+", v)}
    assert len(words) > 10000
    for w in words:
        loops = any(w.endswith(s) for s in lex.poss_plural + lex.poss_singular)
        assert w.endswith(lex.poss_suffixes) == loops, w
        if not loops:
            assert not numbers._possessive(w, lex), w


def test_first_word_lookaheads_change_no_search():
    """Rule first_word_lookahead: heads, cue_before and cue_subject search as they would without
    their lookahead, in every window the stage reads before a number (up to 80 characters) ending
    at a word or digit start of an example or e2e text."""
    lex = numbers._lex()
    seen = dict.fromkeys(lex.lookaheads, 0)
    for name, ahead in lex.lookaheads.items():
        fast = getattr(lex, name)
        assert ahead and ahead in fast.pattern, name
        plain = re.compile(fast.pattern.replace(ahead, "", 1))
        for v in _texts():
            for end in _ends(v):
                for width in (30, 40, 80):
                    lo = max(0, end - width)
                    f, p = fast.search(v, lo, end), plain.search(v, lo, end)
                    assert (f and (f.span(), f.groupdict())) == (p and (p.span(), p.groupdict())), \
                        (name, end, v)
                    seen[name] += p is not None
    assert all(seen.values()), seen
