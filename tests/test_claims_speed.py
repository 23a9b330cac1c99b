"""The speed gates of karabakh_nb.claims change no output: each is checked against the plain way
on every sentence of the examples corpora (``data/*.examples.jsonl``) and of the end-to-end sets
(``benchmarks/e2e/*/articles``), from the sentence's start and from where its cue scan starts."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from conftest import example_and_e2e_texts
from karabakh_nb import claims
from karabakh_nb.loading import Article, article_from_text
from karabakh_nb.mentions import article_number_spans, remembered_number_spans, sentences
from karabakh_nb.numbers import may_hold_number, meets_number


@cache
def _articles() -> tuple[Article, ...]:
    """Every text of the examples corpora and every e2e article, read as an article."""
    return tuple(article_from_text(text, "t") for text in example_and_e2e_texts())


@cache
def _texts() -> tuple[str, ...]:
    """The views' texts of every sentence the examples and the e2e articles hold."""
    return tuple(art.view.text_of(*seg.span) for art in _articles() for seg in sentences(art))


def _starts(t: str, lex) -> list[int]:
    cue = claims._cue_from(t, lex)
    return [0] if cue is None else [0, cue]


def test_dual_gate_keeps_every_dual():
    lex = claims._lex()
    texts = _texts()
    assert len(texts) > 5000
    found = 0
    for t in texts:
        for start in _starts(t, lex):
            plain = lex.duals.search(t, start) is not None \
                or next(lex.construct_duals.scan(t, start), None) is not None
            assert claims._may_hold_dual(t, start, lex) == plain, t
            found += plain
    assert found > 100  # the corpora hold duals: the comparison is not between empty answers


def test_number_spans_answer_as_the_sentence_scan():
    """holds_number asks the article's number spans (the numbers table's) where the sentence's own
    scan (a digit, or a word atom: may_hold_number) was asked: both answer alike on every sentence."""
    arts = _articles()
    assert len(arts) > 1000
    meets = 0
    for art in arts:
        view = art.view
        spans = article_number_spans(view.text)
        assert remembered_number_spans(view.text) is spans
        for seg in sentences(art):
            text = view.text_of(*seg.span)
            plain = claims._DIGIT.search(text) is not None or may_hold_number(text)
            start, end = view.view_index(seg.span[0]), view.view_index(seg.span[1])
            assert meets_number(view.text, spans, start, end) == plain, text
            meets += plain
    assert meets > 1000


def test_claims_read_alike_with_and_without_the_number_spans():
    """extract_claims gives the same claims whether the numbers table read the article before it
    (its spans remembered) or not (each sentence scanned on its own)."""
    from karabakh_nb import mentions

    arts = [a for a in _articles() if len(a.raw) > 300]
    assert len(arts) > 100
    for art in arts:
        mentions._NUMBER_SPANS.clear()
        alone = claims.extract_claims(art)
        article_number_spans(art.view.text)
        assert claims.extract_claims(art) == alone


def test_no_number_no_dual_gate_keeps_every_sentence_it_lets_go():
    """may_claim lets a sentence go before its cue scan when it meets none of the number spans and
    no dual's word stands in it: there, holds_number's own scan finds no digit and no word atom (so
    it answered no number: a definite scale word alone, قرابة المليون, is none to it either) and
    no dual stands from any start."""
    lex = claims._lex()
    gone = 0
    for art in _articles():
        view = art.view
        spans = article_number_spans(view.text)
        for seg in sentences(art):
            start, end = view.view_index(seg.span[0]), view.view_index(seg.span[1])
            text = view.text_of(*seg.span)
            if meets_number(view.text, spans, start, end) or lex.any_dual.search(text) is not None:
                continue
            gone += 1
            assert claims._DIGIT.search(text) is None and not may_hold_number(text), text
            assert not any(claims._may_hold_dual(text, s, lex) for s in _starts(text, lex)), text
    assert gone > 1000


def _plain_words_between(s, a: int, b: int) -> int:
    """words_between as it was before index word_prefix: the word tokens between, walked."""
    if b <= a:
        return 0
    i, j = bisect_left(s.tok_start, a), bisect_left(s.tok_start, b)
    return sum(1 for k in range(i, j) if s.tok_word[k])


def test_word_prefix_index_answers_as_the_token_walk():
    """Index word_prefix (_Sent.words_counted) gives the same word counts as walking the tokens, between
    every two token edges (and offsets in between) of every sentence."""
    checked = 0
    for art in _articles():
        for seg in sentences(art):
            s = claims._Sent.build(seg, art.view.slice(*seg.span))
            edges = sorted({0, len(s.t), *s.tok_start, *s.tok_end, *range(0, len(s.t), 7)})
            for a in edges:
                for b in edges[::3]:
                    assert s.words_between(a, b) == _plain_words_between(s, a, b), (s.t, a, b)
                    checked += 1
    assert checked > 100_000


def test_text_facts_memo_answers_as_the_plain_reads():
    """Memo text_facts: _fighting, _war_word (weak or not) and _non_conflict answer as their plain reads
    on every sentence, asked first (a miss) and again (a hit), whatever was asked before."""
    lex = claims._lex()
    claims._FACTS.clear()
    seen = {"fighting": 0, "war": 0, "weak": 0, "non_conflict": 0}
    for t in _texts():
        for _ in range(2):
            plain = claims._fighting_plain(t, lex)
            assert claims._fighting(t, lex) == plain, t
            seen["fighting"] += plain
            plain = claims._war_word_plain(t, lex)
            assert claims._war_word(t, lex) == plain, t
            seen["war"] += plain
            plain = claims._war_word_plain(t, lex, weak=True)
            assert claims._war_word(t, lex, weak=True) == plain, t
            seen["weak"] += plain
            plain = claims._non_conflict_plain(t, lex)
            assert claims._non_conflict(t, lex) == plain, t
            seen["non_conflict"] += plain
    assert claims._FACTS
    assert min(seen.values()) > 50, seen  # each read says yes somewhere: no comparison of empty answers
    assert seen["war"] != seen["weak"]  # and the weak read differs from the other: its key must too
