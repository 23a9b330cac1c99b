"""Number mentions in Arabic news text (ANNOTATION.md section 2).

:func:`extract_numbers` finds every quantity written in digits (Western, Eastern
Arabic, Persian) or in words, with its qualifier ("more than", "about" ...), its
bounds, and the counted noun written right after it. Ranges ("from X to Y",
"between X and Y", "X-Y") and vague magnitudes ("tens", "thousands", "tens of
thousands") get ``low``/``high`` and no ``value``.

How it works, in one pass per pattern family over the normalized view
(:func:`karabakh_nb.normalize.normalize`):

1. two regexes find the atoms: vague magnitudes, digit groups with an
   optional scale word or percent sign, and runs of number words, which a small
   state machine (:class:`_Run`) turns into values ("three hundred and five and
   twenty" = 325);
2. when there are number words, one regex marks the word sequences that are never
   numbers: ordinals ("the third ten" = thirteenth), idioms ("from one side" =
   unilaterally), words that only look like a clitic plus a number;
3. each atom is checked against its neighbours with anchored regexes: model
   designations (S-400, Covid-19), numeric dates, times of day, years and days of
   the month, ordinals and identifiers written in digits, qualifier cues, range
   connectors, and the counted noun;
4. numbers inside a date found by :func:`karabakh_nb.dates.extract_dates` are
   dropped, and spans are mapped back to the raw text.

Every word list is data (``data/number_words.json``, ``data/qualifiers.json``,
``data/number_exclusions.json`` and the month names of ``data/months.json``, each
with an examples corpus beside it); this module holds no Arabic literal.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, partial
from typing import Any

from .lexicon import (
    ARABIC_LETTER,
    BOUNDARY,
    gated_search,
    load,
    mask_markup,
    merge_spans,
    overlaps_any,
    trie,
    word_start_spans,
)
from .memo import Memo, remembered
from .normalize import TATWEEL, Normalized, normalize, normalize_text

__all__ = ["NumberMention", "extract_numbers"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One quantity in the text.

    ``text`` is ``raw[span[0]:span[1]]`` verbatim, qualifier words included;
    ``value`` is ``None`` for a range or a vague quantity; ``unit`` is the
    counted noun as written after the number, or ``None``; ``rule`` names the
    rule that produced the mention.
    """

    text: str
    value: float | int | None
    low: float | int
    high: float | int
    qualifier: str
    unit: str | None
    span: tuple[int, int]
    rule: str


# --- regex building blocks (no Arabic literals: letters come from the data files) ----------

_L = ARABIC_LETTER
_WS = r"[^\S\n]"  # horizontal whitespace (a number never spans a line break)
_B = rf"(?<![{_L}A-Za-z0-9])"  # word start
_E = rf"(?![{_L}A-Za-z0-9])"  # word end
_LB = rf"(?<![{_L}])"  # no Arabic letter before
_LE = rf"(?![{_L}])"  # no Arabic letter after
_TA_MARBUTA = "\u0629"
_ALIF = "\u0627"
_HA = "\u0647"
_OPEN = "[(\\[\u00ab\u201c\"']"  # an opening bracket or quote
_CLOSE = "[)\\]\u00bb\u201d\"']"  # a closing bracket or quote
_DASHES_DEFAULT = "-\u2013\u2014"
#: Digits (already Western on the view) with thousands groups and one decimal part. Rule
#: dotted_thousands_decimal: dot groups of three digits then a dot and one or two digits
#: (1.071.5 tons) have one reading only, thousands dots then a decimal dot (1071.5).
_DIGITS = (r"(?<![0-9A-Za-z])(?<![0-9][.,:/\u066b\u066c\u060c])"
           r"(?:[0-9]{1,3}(?:\u060c[0-9]{3})+(?![0-9])"
           r"|[0-9]{1,3}(?:\.[0-9]{3})+\.[0-9]{1,2}(?![0-9])"
           r"|[0-9]+(?:(?:[,\u066c][0-9]{3})+|(?:\.[0-9]{3}){2,})?(?:[.,\u066b][0-9]+)?)"
           r"(?![0-9A-Za-z\u066b\u066c])(?![.,:/\u060c][0-9])")
_MAX_DIGITS = 15
_DOT3 = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
#: rule scale_glued_digits: digits, maybe one mark, right before a bare scale word (322;8 billion)
_GLUED_DIGITS_BEFORE = re.compile(r"[0-9][.,:/\u060c\u061b\u066b\u066c]?[^\S\n]*\Z")


def _norm(word: str) -> str:
    return " ".join(normalize_text(word).split())


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (already normalized), factored as a trie; a space
    in a phrase matches any run of horizontal whitespace."""
    return trie(words, space=f"{_WS}+")


def _forms(words: Iterable[str], *, marbuta: bool = False, article: str = "",
           lam_article: str = "") -> set[str]:
    """Normalized forms of ``words``, with spelling variants.

    ``marbuta`` adds the final-ha spelling of words ending in ta marbuta;
    ``article``/``lam_article`` add the lam-lam spelling of definite words (li + al-).
    """
    out: set[str] = set()
    for w in words:
        n = _norm(w)
        if not n:
            continue
        out.add(n)
        if marbuta and n.endswith(_TA_MARBUTA):
            out.add(n[:-1] + _HA)
        if article and lam_article and n.startswith(article) and len(n) > len(article) + 1:
            out.add(lam_article + n[len(article):])
    return out


class _Gated:
    """Rule window_gate: a pattern searched in the window before a number (``search(v, lo, end)``,
    its matches ending at ``end``), whose every match holds a match of ``gate`` (a slash, a dash,
    an opening bracket, the article right before the number): the gate is one cheap scan (a
    character set, or a literal the regex engine skips to), and the pattern, which would be tried
    at each position of the window, is searched only in a window where the gate matches. Most
    windows hold no gate match: the answer is then ``None``, as the pattern's would be.

    >>> g = _Gated("/", r"[0-9] */ *\\Z")
    >>> g.search("1 / ", 0, 4), g.search("1 x ", 0, 4)
    (<re.Match object; span=(0, 4), match='1 / '>, None)
    """

    __slots__ = ("plain", "gate")

    def __init__(self, gate: str, pattern: str) -> None:
        self.plain = re.compile(pattern)
        self.gate = re.compile(gate)

    def search(self, v: str, lo: int, end: int) -> re.Match[str] | None:
        """``plain.search(v, lo, end)``."""
        if self.gate.search(v, lo, end) is None:
            return None
        return self.plain.search(v, lo, end)


def _never() -> _Gated:
    """A gated pattern that never matches (the default of a rule whose data is absent)."""
    return _Gated("(?!)", "(?!)")


# --- the lexicon, compiled once ------------------------------------------------------------


@dataclass
class _Lex:
    words: dict[str, tuple[str, float | int, str]] = field(default_factory=dict)
    # no word atom can hold a digit (no number word, vague word, clitic or percent marker has
    # one): word atoms and digit runs never overlap (see candidate_spans)
    atoms_digitless: bool = False
    definite: dict[str, str] = field(default_factory=dict)  # definite cardinal form -> bare form
    teen_pairs: dict[str, frozenset[str]] = field(default_factory=dict)
    def_ambiguous: frozenset[str] = frozenset()  # definite categories that are also ordinals
    def_plain_max: int = 10  # definite cardinals up to this are never ordinals (the five)
    def_homographs: frozenset[str] = frozenset()  # bare forms whose definite spelling is a word too
    plural: re.Pattern[str] = re.compile("(?!)")
    prep_clitics: str = ""
    code_before: re.Pattern[str] = re.compile("(?!)")
    rank_after: re.Pattern[str] = re.compile("(?!)")
    rank_before: re.Pattern[str] = re.compile("(?!)")
    bare_bracket: re.Pattern[str] = re.compile("(?!)")
    goal_before: re.Pattern[str] = re.compile("(?!)")
    count_nouns: tuple[str, ...] = ()
    edition: re.Pattern[str] = re.compile("(?!)")
    name_number: re.Pattern[str] = re.compile("(?!)")
    brand_model: re.Pattern[str] = re.compile("(?!)")
    type_model: re.Pattern[str] = re.compile("(?!)")  # rule model_type_head
    ident_soft: frozenset[str] = frozenset()  # identifier heads after which a counted noun counts
    ident_range: re.Pattern[str] = re.compile("(?!)")  # an identifier head before a range opener
    ident_counted: frozenset[str] = frozenset()  # the nouns that make digits after them a count
    raw_letter_before: re.Pattern[str] = re.compile("(?!)")
    one: frozenset[str] = frozenset()
    one_of: frozenset[str] = frozenset()  # raw forms of "one" meaning "one of" before a definite noun
    definite_after: re.Pattern[str] = re.compile("(?!)")
    multiplicand: frozenset[str] = frozenset()
    scale_repeat: re.Pattern[str] = re.compile("(?!)")  # the scale with the article after its fraction
    def_scales: dict[str, float | int] = field(default_factory=dict)
    clitics: str = ""
    conj_letters: str = ""
    decimal_letters: str = ""
    reversed_marks: str = ""  # invisible marks after a decimal point that flip the groups (8.<RLM>168)
    reversed_mark: re.Pattern[str] = re.compile("(?!)")  # one of them, anywhere in a text
    conj_stop: frozenset[str] = frozenset()
    def_clitics: tuple[str, ...] = ()
    dash_pair_max: int = 0
    conj: str = ""
    article: str = ""
    vague: dict[str, tuple[int, int]] = field(default_factory=dict)
    pct_unit: str = "%"
    pct_marker: re.Pattern[str] = re.compile("(?!)")
    stop: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    unit_from: str = ""
    elatives: frozenset[str] = frozenset()  # rule unit_from_elative
    from_sources: frozenset[str] = frozenset()  # rule unit_from_source
    from_places: frozenset[str] = frozenset()  # rule unit_from_possessive: homes left are no group
    hamza_plural: re.Pattern[str] = re.compile("(?!)")  # rule unit_hamza_plural (on the raw word)
    hamza_plural_range: tuple[int, int] = (0, -1)
    fraction_period: re.Pattern[str] = re.compile("(?!)")  # rule fraction_period (at the fraction)
    unit_year_head: re.Pattern[str] = re.compile("(?!)")  # rule unit_not_year_head (at the unit)
    glued_year_head: re.Pattern[str] = re.compile("(?!)")  # rule glued_unit: a year head before
    scale_verbs: frozenset[str] = frozenset()  # rule scale_verb
    scale_verb_clitics: str = ""
    scale_verb_after: re.Pattern[str] = re.compile("(?!)")  # rule scale_verb_after_relative
    major_before: list[tuple[re.Pattern[str], frozenset[str], int]] = field(default_factory=list)
    scale_verb_definite: re.Pattern[str] = re.compile("(?!)")
    scale_verb_accusative: re.Pattern[str] = re.compile("(?!)")
    elative_homographs: frozenset[str] = frozenset()
    elative_periods: frozenset[str] = frozenset()
    pron_suffixes: tuple[str, ...] = ()
    glued_next: str = ""  # rule unit_glued_conjunction: letters after a glued wa that open a new word
    glued_min: int = 4
    poss_plural: tuple[str, ...] = ()  # rule unit_possessive
    poss_singular: tuple[str, ...] = ()
    poss_suffixes: tuple[str, ...] = ()  # both lists: what _possessive asks about first
    poss_singular_stem_end: str = ""
    poss_min_stem: int = 3
    poss_stem_not_end: str = ""
    year_lo: int = 1900
    year_hi: int = 2100
    bc_after: re.Pattern[str] = re.compile("(?!)")  # rule bc_year: "the year 750 BC"
    era_after: re.Pattern[str] = re.compile("(?!)")  # rule era_year: "14 AD", "622 of the Hijra"
    word_atoms: re.Pattern[str] = re.compile("(?!)")
    word_gate: re.Pattern[str] | None = None  # rule word_atom_gate (see _first_word_gate)
    digit_atoms: re.Pattern[str] = re.compile("(?!)")
    excl: re.Pattern[str] = re.compile("(?!)")  # searched by word_start_spans: group "x"
    excl_gate: re.Pattern[str] | None = None  # rule excl_gate (see _first_word_gate)
    designation: re.Pattern[str] = re.compile("(?!)")  # a model name before the digits
    designation_bare: _Gated = field(default_factory=_never)  # a Latin letter or a letter and a dash
    numeric_date: re.Pattern[str] = re.compile("(?!)")
    numeric_date_gate: re.Pattern[str] = re.compile("")  # rule numeric_date_gate (see _lex)
    verb: re.Pattern[str] = re.compile("(?!)")
    verb_prefix: re.Pattern[str] = re.compile("(?!)")  # whole-word imperfect/future verb shapes
    cue_after_far: re.Pattern[str] = re.compile("(?!)")
    after_gap: int = 0
    gap_word: re.Pattern[str] = re.compile("(?!)")
    def_count_heads: frozenset[str] = frozenset()  # the age of (sinn) the thirty: a count
    def_accusative: re.Pattern[str] = re.compile("(?!)")  # the noun after 11..99 (a year, a person)
    def_age_after: re.Pattern[str] = re.compile("(?!)")  # the seventy of her age: an age, a count
    heads: re.Pattern[str] = re.compile("(?!)")
    glued_clitic: re.Pattern[str] = re.compile("(?!)")
    slash_before: _Gated = field(default_factory=_never)
    slash_after: re.Pattern[str] = re.compile("(?!)")
    enum_before: re.Pattern[str] = re.compile("(?!)")
    exponent_before: re.Pattern[str] = re.compile("(?!)")
    exponent_unit: re.Pattern[str] = re.compile("(?!)")
    enum_after: re.Pattern[str] = re.compile("(?!)")
    enum_line_before: re.Pattern[str] = re.compile("(?!)")
    label_open: _Gated = field(default_factory=_never)
    designation_num: re.Pattern[str] = re.compile("(?!)")
    label_close: re.Pattern[str] = re.compile("(?!)")
    enum_dot_after: re.Pattern[str] = re.compile("(?!)")
    zero_decimal: re.Pattern[str] = re.compile("(?!)")
    month_before: re.Pattern[str] = re.compile("(?!)")
    day_after: re.Pattern[str] = re.compile("(?!)")
    street_after: re.Pattern[str] = re.compile("(?!)")  # rule latin_street_number
    letter_code_after: re.Pattern[str] = re.compile("(?!)")  # rule letter_code: form 101/A
    issue_before: re.Pattern[str] = re.compile("(?!)")  # rule issue_number: the issue (12) of ...
    issue_after: re.Pattern[str] = re.compile("(?!)")
    name_branches: frozenset[str] = frozenset()  # rule name_branch: camp 15 infantry
    year_suffix: re.Pattern[str] = re.compile("(?!)")
    year_pair_after: re.Pattern[str] = re.compile("(?!)")  # rule year_pair_suffix
    time_after: re.Pattern[str] = re.compile("(?!)")
    am_after: re.Pattern[str] = re.compile("(?!)")  # rule am_pm_time
    pm_after: re.Pattern[str] = re.compile("(?!)")
    am_near: re.Pattern[str] = re.compile("(?!)")
    al_ordinal_before: _Gated = field(default_factory=_never)  # rule al_digits_ordinal
    next_word: re.Pattern[str] = re.compile("(?!)")
    next_word_closed: re.Pattern[str] = re.compile("(?!)")
    opened: re.Pattern[str] = re.compile("(?!)")
    closer: re.Pattern[str] = re.compile("(?!)")
    score_after: re.Pattern[str] = re.compile("(?!)")
    score_before: _Gated = field(default_factory=_never)
    nil_dash_after: re.Pattern[str] = re.compile("(?!)")
    nil_dash_before: re.Pattern[str] = re.compile("(?!)")
    quoted_name_before: re.Pattern[str] = re.compile("(?!)")
    quoted_title: re.Pattern[str] = re.compile("(?!)")  # rule quoted_title
    pair_elative: re.Pattern[str] = re.compile("(?!)")  # rule definite_pair_unit
    pair_not: frozenset[str] = frozenset()
    quoted_name_after: re.Pattern[str] = re.compile("(?!)")
    prev_word: re.Pattern[str] = re.compile("(?!)")
    cf_singulars: frozenset[str] = frozenset()
    cf_adjective: re.Pattern[str] = re.compile("(?!)")
    prev_word_comma: re.Pattern[str] = re.compile("(?!)")
    cue_before: re.Pattern[str] = re.compile("(?!)")
    cue_subject: re.Pattern[str] = re.compile("(?!)")
    possessed_word: re.Pattern[str] = re.compile("(?!)")  # rule cue_possessed_subject: its population
    count_not_year: re.Pattern[str] = re.compile("(?!)")  # rule count_not_year: a count head and its verb
    count_after_year: re.Pattern[str] = re.compile("(?!)")  # rule count_after_year: "of them" / a plural verb
    count_after_comp: re.Pattern[str] = re.compile("(?!)")  # rule count_after_year: "that" before the number
    def_scale: re.Pattern[str] = re.compile("(?!)")
    def_scale_value: dict[str, int] = field(default_factory=dict)
    def_fractions: frozenset[str] = frozenset()  # rule definite_fraction_after_cue
    def_frac_not_before: re.Pattern[str] = re.compile("(?!)")
    def_frac_measures: frozenset[str] = frozenset()
    # the def_scale forms no other form starts with: a text holds a def_scale match only if it holds
    # one of them (a substring test, far cheaper than the pattern's scan, which opens on a lookbehind)
    def_scale_keys: tuple[str, ...] = ()
    count_pronoun: re.Pattern[str] = re.compile("(?!)")
    cue_after: re.Pattern[str] = re.compile("(?!)")
    from_before: re.Pattern[str] = re.compile("(?!)")
    between_before: re.Pattern[str] = re.compile("(?!)")
    gap_and_bayn: re.Pattern[str] = re.compile("(?!)")  # rule range_bayn_comma
    change_before: re.Pattern[str] = re.compile("(?!)")  # rule change_not_range: by a rate of X% to Y%
    change_ratio: float = 2.0
    gap_to: re.Pattern[str] = re.compile("(?!)")
    gap_and: re.Pattern[str] = re.compile("(?!)")
    gap_dash: re.Pattern[str] = re.compile("(?!)")
    gap_list: re.Pattern[str] = re.compile("(?!)")
    run_piece: re.Pattern[str] = re.compile(r"\S+")
    homographs: dict[str, float] = field(default_factory=dict)
    homograph_heads: frozenset[str] = frozenset()  # rule homograph_before_mass_noun (with suffixes)
    decimal_gap: re.Pattern[str] = re.compile("(?!)")
    negative_before: re.Pattern[str] = re.compile("(?!)")
    negative_signs: str = ""
    clock: re.Pattern[str] = re.compile("(?!)")
    # a time head or time of day, on the view behind one space: no word, no clock drop
    clock_word: re.Pattern[str] = re.compile("(?!)")
    # the substring gates of the whole-text searches event_head and half_anywhere (see _keys): no
    # key in a text, no match, with no regex scan (measured: for clock_word and dual_noun, with
    # some twenty and forty keys, the regex scan, which opens on a character class, is the faster)
    event_keys: tuple[str, ...] = ()
    half_keys: tuple[str, ...] = ()
    far_keys: tuple[str, ...] = ()  # rule far_cue_keys: of cue_after_far (see _far_cue_after)
    unit_symbol_after: re.Pattern[str] = re.compile("(?!)")
    month_right_before: re.Pattern[str] = re.compile("(?!)")
    event_name: re.Pattern[str] = re.compile("(?!)")  # a war named by its length (its number group)
    event_head: re.Pattern[str] = re.compile("(?!)")  # its head word: no head, no event name
    frac_pron: frozenset[str] = frozenset()  # fractions with a pronoun suffix (half of them)
    after_noun: frozenset[str] = frozenset()  # numbers written after their noun (volunteers two)
    after_noun_plural: re.Pattern[str] = re.compile("(?!)")
    pct_before: str = ""  # percent signs written before their digits (%70)
    half_after: re.Pattern[str] = re.compile("(?!)")  # rule and_a_half: "and a half" after a number
    half_anywhere: re.Pattern[str] = re.compile("(?!)")  # the same after one space: any in a text?
    half_dual: re.Pattern[str] = re.compile("(?!)")  # a dual noun and a half (two hours and a half)
    half_single: re.Pattern[str] = re.compile("(?!)")  # rule single_and_a_half: a year and a half
    half_single_from: re.Pattern[str] = re.compile("(?!)")  # "from a metre to" before it
    half_follow: frozenset[str] = frozenset()  # words that may follow the half (it ends its phrase)
    dual_range: re.Pattern[str] = re.compile("(?!)")  # rule range_dual_start: a dual opens a range
    dual_noun: re.Pattern[str] = re.compile("(?!)")  # a space and a listed dual: none, no dual range
    # rule clock_dual_gate: a time head, a time of day or a dual noun, on the view behind one space:
    # where neither clock_word nor dual_noun can match (see _lex)
    clock_dual: re.Pattern[str] = re.compile("")
    unit_abbrev: frozenset[str] = frozenset()
    glued_units: frozenset[str] = frozenset()  # rule glued_unit: 200m written against the digits
    bracket_ident_before: re.Pattern[str] = re.compile("(?!)")
    bracket_ident_after: re.Pattern[str] = re.compile("(?!)")
    next_word_quoted: re.Pattern[str] = re.compile("(?!)")
    dual_construct: frozenset[str] = frozenset()  # rule dual_construct: million-aa + noun = two million
    dual_construct_after: re.Pattern[str] = re.compile("(?!)")
    weak: str = ""  # rule range_noun_inside: letters dropped to compare a singular and a plural
    # rule first_word_lookahead: the lookahead put before the alternation of heads, cue_before and
    # cue_subject (see _first_words), by pattern name
    lookaheads: dict[str, str] = field(default_factory=dict)


def _keys(forms: Iterable[str]) -> tuple[str, ...]:
    """Substrings one of which every match of ``_trie(forms)`` (or of a pattern that holds it)
    contains: the longest word of each form (every word of a matched phrase stands in the text
    as written), keeping only the keys no other key is part of. Searching them with ``in`` is a
    necessary condition of a match, far cheaper than the regex scan of a whole text.

    >>> _keys(["ab cdef", "cde", "xy"])
    ('cde', 'xy')
    """
    keys = {max(f.split(), key=len) for f in forms if f.split()}
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _found(pattern: re.Pattern[str], keys: tuple[str, ...], v: str) -> bool:
    """``pattern.search(v) is not None``, where every match of ``pattern`` holds one of ``keys``
    (see :func:`_keys`): the regex runs only when a key stands in ``v``."""
    return any(k in v for k in keys) and pattern.search(v) is not None


def _month_names() -> set[str]:
    try:
        data = load("months")
    except (FileNotFoundError, ValueError):  # the date helper's file is not there yet
        return set()
    names: set[str] = set()
    if isinstance(data, dict):
        for family, entries in data.items():
            if family == "description" or not isinstance(entries, list):
                continue
            for entry in entries:
                if isinstance(entry, dict):
                    names.update(n for n in entry.get("names", []) if isinstance(n, str))
    return _forms(names)


@cache
def _lex() -> _Lex:
    nw = load("number_words")
    qd = load("qualifiers")
    ex = load("number_exclusions")
    lx = _Lex()
    article, lam = _norm(nw["definite_article"]), _norm(nw["lam_definite"])
    lx.article = article
    lx.one_of = frozenset(ex.get("one_of", []))  # raw: the view folds their hamza into another word
    lx.definite_after = re.compile(rf"{_WS}+{re.escape(article)}") if article else re.compile("(?!)")
    lx.clitics = "".join(_norm(c) for c in nw["clitics"])
    lx.conj = _norm(nw["conjunction"])
    lx.conj_letters = "".join(_norm(c) for c in nw.get("clause_conjunctions", [nw["conjunction"]]))
    cl = "[" + re.escape(lx.clitics) + "]"

    # number words: form -> (category, value, kind)
    def add(cat: str, entries: Iterable[dict[str, Any]]) -> None:
        for entry in entries:
            for f in _forms(entry["forms"], marbuta=True):
                lx.words.setdefault(f, (cat, entry["value"], entry.get("kind", "")))

    add("unit", nw["units"])
    add("teen", nw.get("single_word_teens", []))
    add("teenunit", nw["teen_units"])
    add("ten", [nw["ten"]])
    add("tens", nw["tens"])
    add("hundred", nw["hundreds"])
    add("scale", nw["scales"])
    # rule definite_scale_after_cue: "about the million", a definite singular scale word after a cue
    single_scales = {f: e["value"] for e in nw["scales"] if e.get("kind") == "single"
                     for f in _forms(e["forms"])}
    lx.def_scale_value = {d + f: val for f, val in single_scales.items() for d in (article, lam)}
    dfa = nw.get("definite_fractions_after_cue", {})
    dfrac = {d + f: e["value"] for e in dfa.get("forms", [])
             for f in _forms(e["forms"]) for d in (article, lam)}
    lx.def_fractions = frozenset(dfrac)
    lx.def_frac_measures = frozenset(_forms(dfa.get("measures", [])))
    nb = dfa.get("not_before", [])
    if nb:
        lx.def_frac_not_before = re.compile(rf"{_WS}+(?:{_trie(_forms(nb))}){_E}")
    lx.def_scale_value.update(dfrac)
    if single_scales:
        lx.def_scale = re.compile(rf"{_B}(?:{_trie(lx.def_scale_value)}){_E}")
        # the gate: each form after the letters both its prefixes end with (the article and the lam
        # share their last letter): half the substring tests, and still a necessary condition of a match
        tail = os.path.commonprefix([article[::-1], lam[::-1]])[::-1]
        frac_forms = [f for e in dfa.get("forms", []) for f in _forms(e["forms"])]
        gate = {tail + f for f in list(single_scales) + frac_forms}
        lx.def_scale_keys = tuple(sorted(k for k in gate
                                         if not any(k != o and k.startswith(o) for o in gate)))
    add("frac", nw["fractions"])
    suffixes = [_norm(x) for x in nw.get("fraction_pronoun_suffixes", [])]
    frac_pron = {f + x for entry in nw["fractions"] for f in _forms(entry["forms"]) for x in suffixes}
    add("frac", [{"value": e["value"], "forms": [f + x for f in _forms(e["forms"]) for x in suffixes]}
                 for e in nw["fractions"]])
    lx.frac_pron = frozenset(frac_pron)
    adj = nw.get("adjective_numbers", {})
    lx.after_noun = frozenset(_forms(adj.get("forms", [])))
    if adj.get("noun_pattern"):
        lx.after_noun_plural = re.compile(adj["noun_pattern"])
    add("fracpl", nw["fraction_plurals"])
    # definite cardinals (the thirteen, the twenty): the article glued to the first word
    dc = nw.get("definite_cardinals", {})
    skip = _forms(dc.get("except", []), marbuta=True)
    for cat, fam in dc.get("families", {}).items():
        entries = [nw[fam]] if isinstance(nw[fam], dict) else nw[fam]
        for entry in entries:
            for f in _forms(entry["forms"], marbuta=True) - skip:
                for d in (article + f, lam + f):
                    if d not in lx.words:
                        lx.words[d] = (cat, entry["value"], entry.get("kind", ""))
                        lx.definite[d] = f
    lx.teen_pairs = {_norm(k): frozenset(_forms(v)) for k, v in dc.get("teen_pairs", {}).items()}
    lx.def_ambiguous = frozenset(c for c, fam in dc.get("families", {}).items()
                                 if fam in dc.get("ambiguous_families", []))
    lx.def_plain_max = int(dc.get("plain_max", 10))
    lx.def_homographs = frozenset(_forms(dc.get("homographs", []), marbuta=True))
    lx.def_count_heads = frozenset(_forms(dc.get("count_heads", [])))
    age = dc.get("age_after")
    if age:
        nouns = _forms(age["nouns"])
        owned = {n + _norm(x) for n in _forms(age["owned"]) for x in age["suffixes"]}
        lx.def_age_after = re.compile(
            f"{_WS}+(?:{_trie(_forms(age['preps']))}){_WS}+(?P<u>{_trie(nouns | owned)})(?!\\w)")
    acc = dc.get("accusative_noun_pattern")
    if acc:
        lx.def_accusative = re.compile(acc)
    plural = dc.get("plural_patterns", [])
    if plural:
        lx.plural = re.compile("|".join(f"(?:{_norm(p)})" for p in plural))
    lx.one = frozenset(_forms(nw["one"]))
    lx.multiplicand = frozenset(_forms(nw["hundred_multiplicand"], marbuta=True))
    lx.pct_unit = nw["percent_unit"]
    lx.pct_before = "".join(nw.get("percent_signs_before", []))
    for pair in nw.get("major_and_minor", {}).get("pairs", []):  # rule major_and_minor
        lx.major_before.append((
            re.compile(rf"{_LB}(?<![0-9]{_WS})(?:{_trie(_forms(pair['major']))}){_WS}+\Z"),
            frozenset(_forms(pair["minor"])), int(pair["factor"])))
    scale_forms = {f for f, (c, _, _) in lx.words.items() if c == "scale"} | set(lx.multiplicand)
    pct = _trie(_forms(nw["percent_markers"]))
    # rule percent_sign_glued: a percent sign binds to the number before it whatever follows it
    # (8%and sugars); a marker written in letters must end its word
    signs = "".join(m for m in nw["percent_markers"] if len(m) == 1 and not m.isalpha())
    pct_end = rf"(?:[{re.escape(signs)}]|(?:{pct}){_LE})" if signs else rf"(?:{pct}){_LE}"
    lx.pct_marker = re.compile(pct_end)  # rule percent_unit_as_written: the marker a mention ends with

    for entry in qd["vague"]:
        for f in _forms(entry["forms"], article=article, lam_article=lam):
            lx.vague.setdefault(f, (entry["low"], entry["high"]))
    lx.atoms_digitless = _DIGIT_RUN.search(" ".join([*lx.words, *lx.vague, *_forms(nw["percent_markers"]),
                                                      lx.clitics, lx.conj])) is None

    lx.def_scales = {article + f: v for f, (c, v, k) in lx.words.items()
                     if c == "scale" and k not in ("dual", "plural")}
    if lx.def_scales:
        lx.scale_repeat = re.compile(rf"{_WS}+({_trie(lx.def_scales)}){_E}")
    word = _trie(lx.words)
    for entry in nw.get("fraction_homographs", []):
        for f in _forms(entry["forms"]):
            lx.homographs[f] = entry["value"]
    heads = _forms(nw.get("fraction_homograph_heads", {}).get("words", []), marbuta=True)
    lx.homograph_heads = frozenset(heads | {h[:-1] + "\u062a" + x if h.endswith(_TA_MARBUTA) else h + x
                                            for h in heads for x in suffixes})
    lx.decimal_gap = re.compile(rf"{_WS}+(?:{_trie(_forms(nw.get('decimal_words', [])))}){_WS}+")
    lx.negative_before = re.compile(
        rf"{_LB}(?:{_trie(_forms(nw.get('negative_words', [])))}){_WS}+\Z")
    lx.negative_signs = "".join(nw.get("negative_signs", []))
    lx.decimal_letters = "".join(_norm(c) for c in nw.get("decimal_letters", []))
    lx.reversed_marks = "".join(nw.get("reversed_decimal_marks", []))
    if lx.reversed_marks:
        lx.reversed_mark = re.compile(f"[{re.escape(lx.reversed_marks)}]")
    ra_decimal = (rf"(?<![0-9A-Za-z])[0-9]{{1,3}}[{re.escape(lx.decimal_letters)}][0-9]+"
                  rf"(?![0-9A-Za-z.,\u066b\u066c])" if lx.decimal_letters else "(?!)")
    # a percent marker glued to its preposition (bil-mi'a) is not the definite hundred
    token = rf"(?!(?:{pct}){_LE})(?:(?:{word})|{cl}(?:{word})){_E}"
    # The atoms, in two patterns searched side by side (see _matches): word atoms on the
    # view behind one space, so the pattern opens on a consumed word-boundary character
    # (the regex engine then skips from boundary to boundary instead of trying every
    # position); digit atoms on the view itself.
    lx.word_atoms = re.compile(
        rf"[^{_L}A-Za-z0-9](?P<at>{cl}?(?P<vague>{_trie(lx.vague)}){_E}"
        rf"|(?P<words>{token}(?:{_WS}+(?:{re.escape(lx.conj)}{_WS}+)?{token})*)"
        rf"(?:{_WS}*(?P<wpct>{pct_end}))?)")
    lx.word_gate = _first_word_gate([*lx.words, *lx.vague], lx.clitics)  # rule word_atom_gate
    # digits in brackets or quotes may have their scale word after the closing one: (303) thousand
    # rule comma_decimal: the Arabic comma glued between digits, one or two digits after it and a
    # scale word or a percent next, is a decimal mark (322<comma>8 billion, 12<comma>5%): a list
    # comma is spaced
    comma_decimal = (rf"(?<![0-9A-Za-z])(?<![0-9][.,:/\u066b\u066c\u060c])[0-9]+\u060c[0-9]{{1,2}}"
                     rf"(?={_WS}*(?:{_trie(scale_forms)}){_E}|{_WS}*(?:{pct_end}))")
    lx.digit_atoms = re.compile(
        rf"(?P<opened>(?<={_OPEN})|(?<={_OPEN}{_WS}))?(?P<digits>{ra_decimal}|{comma_decimal}|{_DIGITS})"
        rf"(?:(?(opened)(?P<closed>{_WS}*{_CLOSE})?){_WS}*(?P<dscale>{_trie(scale_forms)}){_E})?"
        rf"(?:{_WS}*(?P<dpct>{pct_end}))?")

    # what is never a number
    ordinals = _trie(_forms(ex["ordinals"], article=article, lam_article=lam))
    teen = _trie(_forms(ex["ordinal_teen"]))
    idioms = _trie(_forms(ex["idioms"], article=article, lam_article=lam))
    false = _trie(_forms(ex["false_friends"]))
    # rule false_friend_count: a false friend followed by a counted plural is its number (for six times)
    ffc = ex.get("false_friend_counts", {}).get("forms", [])
    false_count = rf"(?!{_WS}+(?:{_trie(_forms(ffc))}){_E})" if ffc else ""
    # rule model_head: a weapon or aircraft name (Hawk 65) is read like a model prefix (Su 25)
    models = _trie(_forms(ex["model_prefixes"]) | _forms(ex.get("model_heads", []))
                   | _forms(ex.get("digit_name_heads", [])))
    dashes = "".join(qd["range"].get("dashes", [])) or _DASHES_DEFAULT
    dash_cls = "[" + re.escape(dashes) + "]"
    names = _trie(_forms(ex.get("name_heads", [])))
    # rule word_name_head: Six Sigma, Formula One: the number word belongs to the name
    wn = ex.get("word_name_heads", {}).get("forms", [])
    word_names = rf"|{cl}?(?:{_trie(_forms(wn))}){_WS}+(?:{word}){_E}" if wn else ""
    # rule one_of_pronoun: one of them (a pronoun like "one of them"), unless a qualifier follows
    op = ex.get("one_of_pronoun", {})
    # (not after a feminine noun it agrees with: "a piece one of them" is one piece;
    # "which" (ayya, folded to alif-ya-ta) is no noun)
    agree = rf"(?:(?<!{_TA_MARBUTA}{_WS})|(?<=[^{_L}]{_ALIF}\u064a{_TA_MARBUTA}{_WS}))"
    firsts = "".join(sorted({f[0] for f in _forms(op.get("forms", []))} | set(lx.clitics)))
    one_of = (rf"|(?=[{re.escape(firsts)}]){agree}{cl}?(?:{_trie(_forms(op['forms']))}){_E}"
              rf"(?!{_WS}+(?:{_trie(_forms(op.get('unless_after', [])))}){_E})" if op else "")
    # opens on a consumed word-boundary character (searched by word_start_spans, see there)
    lx.excl = re.compile(
        rf"{BOUNDARY}(?P<x>{cl}?(?:{ordinals})(?:{_WS}+(?:{teen}))?{_E}"
        rf"|{cl}?(?:{idioms}){_E}"
        rf"|(?:{false}){_E}{false_count}"
        # a name (Abu Sabaa) ends where the clause does; "father of three children" counts
        rf"|{cl}?(?:{names}){_WS}+(?:{word}){_E}(?={_WS}*(?:[^\w\s]|$))"
        rf"{word_names}{one_of})")
    lx.excl_gate = _first_word_gate(  # rules excl_gate, excl_gate_two_words
        [*_forms(ex["ordinals"], article=article, lam_article=lam),
         *_forms(ex["idioms"], article=article, lam_article=lam), *_forms(ex["false_friends"]),
         *_forms(ex.get("name_heads", [])), *_forms(wn), *_forms(op.get("forms", []))], lx.clitics, words=2)
    sv = ex.get("scale_verbs", {})
    lx.scale_verbs = frozenset(_forms(sv.get("forms", [])))
    lx.scale_verb_clitics = "".join(_norm(c) for c in sv.get("clitics", []))
    aw = sv.get("after_words", [])
    if aw:  # rule scale_verb_after_relative: who wrote (a book)
        lx.scale_verb_after = re.compile(rf"{_LB}(?:{_trie(_forms(aw))}){_WS}+\Z")
    lx.scale_verb_definite = re.compile(rf"{_WS}+{re.escape(article)}[{_L}]{{3}}")
    lx.scale_verb_accusative = re.compile(rf"{_WS}+[{_L}]{{2,}}{_ALIF}{_LE}")
    evn = ex.get("event_names")
    if evn:  # a war named by its length: the number group is never a count
        art = rf"(?:{re.escape(article)}|{re.escape(lam)})"
        num_words = rf"(?={art})(?:{word})(?:{_WS}+(?:{re.escape(lx.conj)}{_WS}*)?(?:{word}))*{_E}"
        lx.event_head = re.compile(_trie(_forms(evn["heads"])))
        lx.event_keys = _keys(_forms(evn["heads"]))
        lx.event_name = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(evn['heads']))}){_WS}+"
            rf"(?:(?:{_trie(_forms(evn['periods']))}){_WS}+(?P<n1>{num_words})"
            rf"|(?P<n2>{num_words}|{art}{_WS}*[0-9]+(?![0-9])){_WS}+"
            rf"(?:{_trie(_forms(evn['period_counts']))}){_E})")
    # digits that belong to a designation: S-400, Su 25, F-16, Covid-19, a letter glued to "-"
    # (two patterns, as one alternation split: a window meets the rule when either matches; the
    # second, a Latin letter or a letter glued to a dash, holds a Latin letter or a dash)
    lx.designation = re.compile(rf"{_B}{cl}?(?:{models}){_WS}?{dash_cls}?{_WS}?\Z")
    lx.designation_bare = _Gated(
        f"[A-Za-z{re.escape(dashes)}]",
        rf"(?:(?<![0-9A-Za-z])(?<![0-9]{_WS})[A-Za-z]{{1,8}}{_WS}?{dash_cls}?{_WS}?"  # not 25 X 25
        rf"|[{_L}A-Za-z]{dash_cls})\Z")
    # a designation's digits and a space before a glued "and": S-300 and-400
    lx.designation_num = re.compile(
        rf"{_B}{cl}?(?:{models}){_WS}?{dash_cls}?{_WS}?[0-9]+{_WS}+\Z")
    # a score with a word for nil: 2-0 written "2-nil"
    score = _trie(_forms(ex.get("score_words", [])))
    # (a nil written as a digit, 3-0: never the end of a longer number, 20-30 is a range)
    lx.score_after = re.compile(rf"{_WS}*{dash_cls}{_WS}*{cl}?(?:{score}){_LE}(?![0-9]|[.,][0-9])")
    lx.score_before = _Gated(
        dash_cls, rf"{_LB}(?<![0-9])(?<![0-9][.,]){cl}?(?:{score}){_WS}*{dash_cls}{_WS}*\Z")
    lx.nil_dash_after = re.compile(rf"{_WS}*{dash_cls}{_WS}*[0-9]")  # the nil of 0-2
    lx.nil_dash_before = re.compile(rf"[0-9]{_WS}*{dash_cls}{_WS}*\Z")  # the nil of 2-0
    # rule quoted_name: a pair of quotes holding one or two words and then the digits is a name
    # or model ('"Hermes 450"', a drone): the digits close the quote, so nothing is counted
    qword = rf"[{_L}A-Za-z]{{2,}}"
    lx.quoted_name_before = re.compile(
        rf"(?<![^\s(])[\"\u201c\u00ab]{_WS}*{qword}(?:{_WS}+{qword})?{_WS}*{dash_cls}?{_WS}*\Z")
    lx.quoted_name_after = re.compile(rf"{_WS}*[\"\u201d\u00bb]")
    dp = ex.get("definite_pair_unit", {})
    lx.pair_elative = re.compile(dp.get("elative_pattern") or "(?!)")
    lx.pair_not = frozenset(_forms(dp.get("not", [])))
    qt = ex.get("quoted_title_heads", {}).get("forms", [])
    if qt:  # rule quoted_title: the hashtag «a million roses», the film "three in one": a title
        lx.quoted_title = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(qt))}){_WS}*[\"\u201c\u00ab]{_WS}*#?{_WS}*\Z")
    # a numeric date written with hyphens (2020-10-10), read around a digit atom
    lx.numeric_date = re.compile(
        rf"(?<![0-9])[0-9]{{1,4}}(?P<sep>{dash_cls}|[./]){_WS}?[0-9]{{1,2}}{_WS}?(?P=sep){_WS}?"
        rf"[0-9]{{1,4}}(?![0-9])")
    # rule numeric_date_gate: every numeric date holds a digit, a separator, one or two digits and a
    # separator again; the gate opens on a digit (a character scan), the date on a lookbehind (tried
    # at every position of the window)
    lx.numeric_date_gate = re.compile(
        rf"[0-9](?:{dash_cls}|[./]){_WS}?[0-9]{{1,2}}{_WS}?(?:{dash_cls}|[./])")

    # context around an atom
    heads = {
        "time": _forms(ex["time_heads"]),
        "year": _forms(ex["year_heads"]),
        "yearsoft": _forms(ex["year_soft_heads"]),
        "ordh": _forms(ex["ordinal_heads"], article=article, lam_article=lam),
        "ident": _forms(ex["identifier_heads"], article=article, lam_article=lam),
    }
    links = _trie(_forms(ex.get("year_head_links", [])))
    # rule unit_not_year_head: "to 21700 (in the) year 2014": the year head before a year is no unit
    lx.unit_year_head = re.compile(rf"(?:{_trie(heads['year'])}){_WS}+[0-9]{{4}}(?![0-9])")
    # rule glued_unit: after a year head the glued letter is the era (the year 70 AD), not metres
    lx.glued_year_head = re.compile(rf"{_LB}(?:{_trie(heads['year'])}){_WS}+\Z")
    # rule identifier_adjective: nisba adjectives between an identifier head and its digits
    # (the UN resolution 2216); never a stop word (the resolution which ...)
    ia = ex.get("identifier_adjectives", {})
    not_adj = _trie(_forms(ex["unit_stopwords"] + ia.get("not", [])))
    adj = (rf"(?:{_WS}+(?!(?:{not_adj}){_E}){ia['pattern']}{_E})"
           rf"{{0,{int(ia.get('max', 1))}}}" if ia else "")
    # rule identifier_range: forms 101 to 119, forms of the elections from 101 to 119 (one
    # definite word may name what the identifiers belong to)
    rh = _forms(ex.get("identifier_range_heads", {}).get("forms", []))
    lx.ident_range = re.compile(rf"{_B}{cl}?{_trie(rh)}{adj}"
                                rf"(?:{_WS}+{re.escape(article)}[{_L}]{{2,}})?{_WS}*(?:\({_WS}*)?\Z")
    # rule identifier_apposition: the resolutions, namely (hiya) 822 and 853: an appositive
    # pronoun between an identifier head and its digits (after an optional comma or colon)
    il = _forms(ex.get("identifier_links", {}).get("forms", []))
    ilink = rf"(?:{_WS}*[,\u060c:]?{_WS}*{_trie(il)}{_E})?" if il else ""
    head_alt = "|".join(
        f"(?P<{k}>{_trie(v)}(?:{_WS}+(?P<ylink>{links}))?)" if k == "year" and links != "(?!)"
        else f"(?P<{k}>{_trie(v)})(?P<adj>{adj}){ilink}" if k == "ident"
        else f"(?P<{k}>{_trie(v)})" for k, v in heads.items())  # a year head may take "of"
    lx.lookaheads["heads"] = ahead = _first_words(set().union(*heads.values()), lx.clitics)
    lx.heads = re.compile(
        rf"{_B}{ahead}{cl}?(?:{head_alt}){_WS}*(?:{_OPEN}{_WS}*)?(?P<al>{re.escape(article)})?"
        rf"{_WS}*(?:{_OPEN}{_WS}*)?\Z")  # the article may precede a space or a quote: the 23rd (al-"23")
    lx.glued_clitic = re.compile(rf"{_LB}(?P<c>{cl})\Z")
    # digits joined to digits by a slash (a date, a season, a reference number)
    lx.slash_before = _Gated("[/+]", rf"[0-9{_L}]{_WS}*/{_WS}*\Z|[0-9]\+\Z")
    lx.slash_after = re.compile(rf"{_WS}*/{_WS}*[0-9]|\+[0-9]")
    # the number of an enumerated line: "1- ...", "2) ..." at a line or sentence start
    lx.enum_before = re.compile(rf"(?:\A|[\n.:!?\u061f\u061b]){_WS}*\(?\Z")
    lx.enum_after = re.compile(rf"{_WS}*[-\u2013)]{_WS}+(?![0-9])")
    # rule enum_dot_line: "5. text" opening a line is an item number too (only at a line start:
    # after a sentence a dot may end a sentence that ends with a number)
    lx.enum_line_before = re.compile(rf"(?:\A|\n){_WS}*\Z")
    # rule bracket_identifier: a whole number alone in round brackets right after one of these heads
    # (and at most one adjective) is a page, part or course number, not a count
    bh = _forms(ex.get("bracket_identifier_heads", []), marbuta=True)
    if bh:
        lx.bracket_ident_before = re.compile(
            rf"{_B}{cl}?(?:{_trie(bh)})(?:{_WS}+[{_L}]{{3,}})?{_WS}*\({_WS}*\Z")
        # not when an indefinite accusative noun (the counted noun of 11..99) or a listed counted noun
        # follows the bracket: "12 players took part in the course" keeps its count
        lx.bracket_ident_after = re.compile(
            rf"{_WS}*\)(?!{_WS}*[{_L}]{{2,}}\u0627{_E})(?:{_WS}*(?P<w>[{_L}]+))?")
    # rule bracket_label: a bare number alone in brackets or guillemets, (2), [3], «1», that opens a
    # line or a clause (after a mark or a comma), or in guillemets or square brackets has no word
    # after it, is a list item's label when the list's next or previous label is there too
    lx.label_open = _Gated("[(\\[\u00ab]", rf"(?:(?P<lead>\A|[\n.:!?\u061f\u061b\u060c,]){_WS}*)?"
                               rf"(?P<o>[(\[\u00ab]){_WS}*\Z")
    lx.label_close = re.compile(rf"{_WS}*(?P<c>[)\]\u00bb])(?P<bare>{_WS}*(?:[^\s{_L}A-Za-z0-9]|\Z|\n))?")
    lx.enum_dot_after = re.compile(rf"\.{_WS}+(?=[{_L}])")
    # a leading zero before one decimal mark pads a decimal (04.<RLM>5 = 5.04, 04<ra>8 = 8.04):
    # never a telephone or reference number; a zero group of three (000<ra>22) is a thousands group
    lx.zero_decimal = re.compile(
        rf"(?!000[^0-9])(?P<lead>0[0-9]*)[.\u066b{re.escape(lx.decimal_letters)}][0-9]+(?![0-9.,\u066b\u066c])")
    lx.def_clitics = tuple(sorted({c + article for c in lx.clitics} | {lam}, key=len,
                                  reverse=True))
    lx.conj_stop = frozenset(_forms(ex.get("unit_after_conjunction_stopwords", [])))
    lx.prep_clitics = "".join(_norm(c) for c in ex.get("preposition_clitics", []))
    codes = ex.get("code_heads", [])
    if codes:
        # rule code_head_record: the record (number) 1500 points is measured, not a code
        cnb = ex.get("code_head_not_before", {}).get("forms", [])
        record = rf"(?!{_WS}+(?:{_trie(_forms(cnb))}){_E})" if cnb else ""
        lx.code_before = re.compile(
            rf"(?<![{_L}A-Za-z])(?:{_trie(_forms(codes))})(?![{_L}A-Za-z]){record}"
            rf"[^0-9\n.\u060c,\u061b]{{0,25}}\Z")
    ranks = _trie(_forms(ex.get("rank_words", [])))
    lx.rank_after = re.compile(rf"{_WS}+(?:{ranks}){_LE}")
    lx.rank_before = re.compile(rf"{_LB}(?:{ranks}){_WS}*[,\u060c]?{_WS}*{re.escape(lx.conj)}?\Z")
    # a closing bracket with no counted noun after it: punctuation, the end, or a new item with "and"
    lx.bare_bracket = re.compile(
        rf"{_WS}*[)\]](?:(?P<colon>{_WS}*:)|{_WS}*(?:[^\s{_L}]|\Z)|{_WS}+{re.escape(lx.conj)}[{_L}]|\Z)")
    goals = ex.get("goal_words", [])
    if goals:
        lx.goal_before = re.compile(rf"{_B}{cl}?(?:{_trie(_forms(goals))}){_E}")
    lx.count_nouns = tuple(sorted(_forms(qd.get("subject_between", {}).get("counts", [])),
                                  key=len, reverse=True))
    ic = ex.get("identifier_counts", {})
    lx.ident_soft = frozenset(_forms(ic.get("soft_heads", []), article=article, lam_article=lam))
    lx.ident_counted = frozenset(_forms(ic.get("counted_nouns", []), marbuta=True))
    nnh = ex.get("name_number_heads", [])
    if nnh:  # Operation 1027, the Tower 22, M 23: the bare number right after the head names it
        lx.name_number = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(nnh, article=article, lam_article=lam))}){_WS}*{dash_cls}?{_WS}*\Z")
    mt = ex.get("model_type_heads", {})
    if mt.get("forms"):  # rule model_type_head: of the type Jet Phenom 300, a designation
        tok = rf"(?:[{_L}A-Za-z]{{2,}}|[0-9]+)"
        lx.type_model = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(mt['forms']))}){_WS}+(?:{_OPEN}{_WS}*)?"
            rf"(?P<ws>{tok}(?:{_WS}+{tok}){{0,{int(mt.get('max_words', 3)) - 1}}}){_WS}*{dash_cls}?{_WS}*\Z")
    brands = ex.get("model_brands", [])
    if brands:  # rule model_brand_word: Embraer Phenom 300, the brand and a model word before the digits
        lx.brand_model = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(brands))}){_WS}+(?P<w>[{_L}]{{3,}}){_WS}*{dash_cls}?{_WS}*\Z")
    letters = ex.get("raw_letter_prefixes", [])
    if letters:  # M 23 written with the hamza of a Latin letter name, read on the raw text
        lx.raw_letter_before = re.compile(
            rf"(?<![{_L}A-Za-z])(?:{'|'.join(map(re.escape, letters))}){_WS}?{dash_cls}?{_WS}?\Z")
    eds = ex.get("edition_heads", [])
    heads_ord = _forms(ex["ordinal_heads"], article=article, lam_article=lam)
    if eds:
        lx.edition = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(eds))})(?P<between>(?:{_WS}+[{_L}]+){{0,2}}){_WS}+\Z")
        # rule al_digits_after_noun: an edition or ordinal head, at most two words before the
        # article of the digits (the Abha festival for shopping the-17th)
        lx.edition_al = re.compile(
            rf"{_B}{cl}?(?:{_trie(_forms(eds) | heads_ord | _forms(ex.get('al_ordinal_heads', [])))})"
            rf"(?:{_WS}+[{_L}]+){{0,2}}{_WS}+"
            rf"{re.escape(article)}{_WS}*\Z")
    lx.dash_pair_max = int(ex.get("dash_pair_without_unit_max", 0))
    exp_heads = _trie(_forms(ex.get("unit_exponent_heads", [])))
    lx.exponent_before = re.compile(rf"(?:[0-9]{_WS}*|{_B})(?:{exp_heads})\Z")
    # rule unit_exponent: a unit symbol with its power glued (m2, km2, cm3, m²) is one unit
    lx.exponent_unit = re.compile(rf"{_WS}*((?:{exp_heads})[23\u00b2\u00b3])(?![0-9{_L}A-Za-z])")
    lx.months = frozenset(_month_names())
    month = _trie(lx.months)
    sep_cls = r"[\s,\u060c/()\[\]" + re.escape(dashes) + "]"
    lx.month_before = re.compile(
        rf"{_LB}(?:{month})(?:{_WS}*[/(]{_WS}*(?:{month}){_WS}*\)?)?{sep_cls}*\Z")
    unit_from = _norm(ex["unit_from"])
    lx.unit_from = unit_from
    ue = ex.get("unit_from_elatives", {})
    fp = ex.get("fraction_period")
    if fp:
        lx.fraction_period = re.compile(
            rf"(?:{_trie(_forms(fp['fractions']))}){_WS}+(?:{_trie(_forms(fp['after'], marbuta=True))}){_E}")
    hp = ex.get("unit_hamza_plural")
    if hp:
        lx.hamza_plural = re.compile(hp["pattern"])
        lx.hamza_plural_range = (int(hp["min"]), int(hp["max"]))
    lx.from_sources = frozenset(_forms(ex.get("unit_from_sources", {}).get("forms", []), marbuta=True))
    lx.from_places = frozenset(_forms(ex.get("unit_from_possessive", {}).get("places", []), marbuta=True))
    lx.elatives = frozenset(_forms(ue.get("forms", [])))
    lx.elative_homographs = frozenset(_forms(ue.get("homographs", [])))
    lx.elative_periods = frozenset(_forms(ue.get("periods", [])))
    # rule letter_code: digits, a slash and one letter alone (form 101/A) are a code
    lx.letter_code_after = re.compile(rf"{_WS}?/{_WS}?[{_L}](?![{_L}0-9])")
    iss = ex.get("issue_numbers", {})
    if iss.get("heads") and iss.get("publications"):  # rule issue_number
        lx.issue_before = re.compile(
            rf"{_B}(?:{_trie(_forms(iss['heads']))})(?:{_WS}+[{_L}]+)?{_WS}*{_OPEN}?{_WS}*\Z")
        lx.issue_after = re.compile(
            rf"{_WS}*{_CLOSE}?{_WS}*(?:{_trie(_forms(iss.get('links', [])))}){_WS}+"
            rf"(?:{_trie(_forms(iss['publications'], article=article, lam_article=lam))}){_LE}")
    lx.name_branches = frozenset(_forms(ex.get("name_number_branches", [])))
    streets = ex.get("latin_street_words", {}).get("words", [])
    if streets:
        street_alt = "|".join(re.escape(w) for w in sorted(streets, key=len, reverse=True))
        lx.street_after = re.compile(
            rf"[A-Za-z]?{_WS}+(?:[A-Za-z][A-Za-z'\-]*{_WS}+){{0,2}}(?i:{street_alt})(?![A-Za-z0-9])")
    # rule day_glued_of: "4 of May" with "of" glued to the digits, or with the article on the month
    # after it: the day of a date is no quantity
    lx.day_after = re.compile(
        rf"{_WS}*(?:{re.escape(unit_from)}{_WS}*(?:{re.escape(lx.article)}(?={_trie(lx.months)}))?)?"
        rf"(?:{_trie(lx.months | _forms(ex['day_after']))})"
        rf"{_LE}")
    # an era letter glued to a power (4000 m2, 3000 m3) is a unit of area or volume, not a year
    lx.year_suffix = re.compile(rf"{_WS}*(?:{_trie(_forms(ex['year_suffixes']))}){_LE}(?![23\u00b2\u00b3])")
    # rule year_pair_suffix: the academic year 1436 1437 AH: a year written before the suffixed one
    lx.year_pair_after = re.compile(
        rf"{_WS}+[0-9]{{4}}{_WS}*(?:{_trie(_forms(ex['year_suffixes']))}){_LE}(?![23\u00b2\u00b3])")
    days = ex.get("clock", {}).get("construct_days")
    # rule tod_of_day: a time of day in construct with a day (3 in the morning of today) marks no hour
    of_day = rf"(?!{_WS}+(?:{_trie(_forms(days))}){_E})" if days else ""
    lx.time_after = re.compile(rf"{_WS}*(?:{_trie(_forms(ex['time_after']))}){_E}{of_day}")
    ap = ex.get("am_pm")
    if ap:  # rule am_pm_time: 10 a.m.; 3 p.m. only beside an a.m. time (p.m. alone is metres)
        am, pm = _trie(_forms(ap["am"])), _trie(_forms(ap["pm"]))
        lx.am_after = re.compile(rf"{_WS}*(?:{am}){_E}")
        lx.pm_after = re.compile(rf"{_WS}*(?:{pm}){_E}")
        lx.am_near = re.compile(rf"(?<![0-9])[0-9]{{1,2}}(?::[0-9]{{2}})?{_WS}*(?:{am}){_E}")
    # rule al_digits_ordinal: digits with the article (al-23) right after a definite nisba adjective
    # (the world jamboree the-23rd) are an ordinal; after a plural (the states the-15) they count
    al_right_before = rf"{re.escape(article)}{_WS}*\Z"  # the gate of both: the article before the digits
    lx.al_ordinal_before = _Gated(
        al_right_before,
        rf"{_B}(?:{'|'.join(re.escape(c) for c in (*lx.def_clitics, article))})[{_L}]{{2,}}\u064a"
        rf"{_WS}+{re.escape(article)}{_WS}*\Z")
    # rule al_digits_after_noun: digits with the article (al-17, written with a tatweel or a space)
    # after any other word: the festival the-17th, her title the-21st (the words before are read
    # by _al_digits_ordinal, which keeps the count after a definite plural)
    lx.al_digits_before = _Gated(
        al_right_before,
        rf"(?<![{_L}])(?:(?P<w2>[{_L}]+){_WS}+)?(?P<w1>[{_L}]+){_WS}+{re.escape(article)}{_WS}*\Z")
    lx.year_lo, lx.year_hi = ex["year_range"]
    if ex.get("bc_suffixes"):
        lx.bc_after = re.compile(rf"{_WS}*(?:{_trie(_forms(ex['bc_suffixes']))}){_LE}")
    if ex.get("era_suffixes"):
        lx.era_after = re.compile(rf"{_WS}*(?:{_trie(_forms(ex['era_suffixes']))}){_LE}")
    lx.month_right_before = re.compile(rf"{_LB}(?:{month}){_WS}+\Z")
    symbols = "".join(ex.get("unit_symbols", []))
    if symbols:
        lx.unit_symbol_after = re.compile(rf"{_WS}*[{re.escape(symbols)}]")
    ck = ex.get("clock")
    if ck:
        wrun = rf"(?:{word})(?:{_WS}+(?:{re.escape(lx.conj)}{_WS}*)?(?:{word}))*{_E}"
        # (rule hour_range: an hour is 0 to 24; no clock reads 93 before a time of day)
        hour = (rf"(?:(?:[01]?[0-9]|2[0-4])(?::[0-9]{{2}}){{0,2}}(?![0-9])"
                rf"|(?:{_trie(_forms(ck['hours']))}){_E}|{wrun})")
        minute = (rf"(?:[0-9]{{1,2}}(?![0-9])|(?:{_trie(_forms(ck['minute_fractions']))}){_E}|{wrun})"
                  rf"(?:{_WS}+(?:{_trie(_forms(ck['minute_words']))}){_E})?")
        frac = _trie(_forms(ck["minute_fractions"]))
        # rule tod_of_day: a time of day in construct with a day (the morning of today) marks no hour
        days = rf"(?!{_WS}+(?:{_trie(_forms(ck['construct_days']))}){_E})" if ck.get("construct_days") else ""
        lx.clock = re.compile(
            rf"(?P<head>{_B}{cl}?(?:{_trie(_forms(ex['time_heads']))}){_WS}+)?"
            rf"(?P<hour>{hour})"
            rf"(?:{_WS}*{re.escape(lx.conj)}{_WS}*{minute})?"
            rf"(?:{_WS}+(?:{_trie(_forms(ck['except']))}){_WS}+(?:(?:{frac}){_E}|[0-9]{{1,2}}(?![0-9])))?"
            rf"(?P<tod>{_WS}+(?:{_trie(_forms(ck['times_of_day']))}){_E}{days})?")
        # rule clock_gate: a clock match's head opens a word (maybe behind a clitic) and its time of
        # day follows a space, so one of them stands right after a character that is no letter or
        # digit in the view behind one space; opening on that character, the scan skips from word
        # to word
        lx.clock_word = re.compile(rf"[^{_L}A-Za-z0-9](?:{cl}?(?:{_trie(_forms(ex['time_heads']))})"
                                   rf"|{_trie(_forms(ck['times_of_day']))})")
    lx.next_word = re.compile(rf"{_WS}*([{_L}]+)")
    lx.next_word_closed = re.compile(rf"{_WS}*[)\]\u00bb\u201d\"']{_WS}*([{_L}]+)")
    # rule unit_quoted: one noun alone in guillemets or quotes after the number (108 <<martyrs>>)
    lx.next_word_quoted = re.compile(rf"{_WS}*[\u00ab\u201c\"]([{_L}]+)[\u00bb\u201d\"]")
    # rule unit_abbreviation: a unit abbreviation (km) is a counted noun whatever its letters spell
    lx.unit_abbrev = frozenset(_forms(ex.get("unit_abbreviations", [])))
    lx.glued_units = frozenset(_forms(ex.get("glued_unit_abbreviations", {}).get("words", [])))
    lx.opened = re.compile(rf"[(\[\u00ab\u201c\"']{_WS}*\Z")
    lx.closer = re.compile(rf"{_WS}*{_CLOSE}")
    lx.prev_word = re.compile(rf"([{_L}]+){_WS}+\Z")
    lx.stop = frozenset(_forms(ex["unit_stopwords"]))
    verb_nouns = _forms(ex.get("unit_verb_noun_exceptions", {}).get("forms", []))
    verb_alts = "|".join(f"(?:{p})" for p in ex["unit_verb_patterns"])
    # rule unit_verb_noun_exception: a noun in -w plus the accusative alif (a member) is no verb
    lx.verb = re.compile((rf"^(?!(?:{_trie(verb_nouns)})$)(?:{verb_alts})" if verb_nouns else verb_alts)
                         or "(?!)")
    lx.verb_prefix = re.compile("|".join(f"(?:{p})" for p in ex.get("unit_verb_word_patterns", []))
                                or "(?!)")
    lx.pron_suffixes = tuple(sorted(_forms(ex["unit_pronoun_suffixes"]), key=len, reverse=True))
    gc = ex.get("unit_glued_conjunction", {})
    lx.glued_next = "".join(_norm(c) for c in gc.get("next_letters", []))
    lx.glued_min = int(gc.get("min_length", 4))
    po = ex.get("unit_possessive", {})
    lx.poss_plural = tuple(sorted(_forms(po.get("plural", [])), key=len, reverse=True))
    lx.poss_singular = tuple(sorted(_forms(po.get("singular", [])), key=len, reverse=True))
    lx.poss_suffixes = lx.poss_plural + lx.poss_singular
    lx.poss_singular_stem_end = "".join(_norm(c) for c in po.get("singular_stem_end", []))
    lx.poss_min_stem = int(po.get("min_stem", 3))
    lx.poss_stem_not_end = "".join(_norm(c) for c in po.get("stem_not_end", []))

    # qualifiers and ranges
    particles = tuple(_norm(w) + " " for w in qd.get("joinable_particles", {}).get("words", []))
    before = {q: _joined(_forms(p), particles) for q, p in qd["before"].items()}
    before_alt = "|".join(f"(?P<{q}>{_trie(forms)})" for q, forms in before.items())
    rate = _trie(_forms(qd.get("cue_rate_words", {}).get("words", []), marbuta=True))
    lx.lookaheads["cue_before"] = ahead = _first_words(set().union(*before.values()), lx.clitics)
    lx.cue_before = re.compile(  # rule cue_rate_word: "more than (the) rate 30%"
        rf"{_LB}{ahead}{cl}?(?:{before_alt}){_WS}+(?:(?:{rate}){_WS}+)?(?:{re.escape(article)}{_WS}*)?"
        rf"(?:{_OPEN}{_WS}*)?\Z")
    lx.cue_subject, lx.lookaheads["cue_subject"] = _subject_cues(qd.get("subject_between"), cl, lx.clitics)
    if (sbq := qd.get("subject_between") or {}).get("pronoun_suffixes"):
        lx.possessed_word = re.compile(rf"[{_L}]{{2,}}(?:{_trie(_forms(sbq['pronoun_suffixes']))})")
    lx.count_not_year = _count_not_year(qd.get("subject_between"), ex, cl)
    lx.count_after_year, lx.count_after_comp = _count_after_year(ex)
    cpron = _count_pronoun_forms(qd.get("subject_between") or {})
    lx.count_pronoun = re.compile(rf"{_WS}(?:{_trie(cpron)}){_LE}" if cpron else "(?!)")
    after_alt = "|".join(f"(?P<{q}>{_trie(_forms(p))})" for q, p in qd["after"].items())
    lx.cue_after = re.compile(rf"{_WS}*(?:{after_alt}){_E}")
    far = qd.get("after_far", {})
    if far.get("qualifiers"):
        far_alt = "|".join(f"(?P<{q}>{_trie(_forms(qd['after'][q]))})" for q in far["qualifiers"])
        lx.cue_after_far = re.compile(rf"{_WS}*(?:{far_alt}){_E}")
        lx.far_keys = _keys(f for q in far["qualifiers"] for f in _forms(qd["after"][q]))
        lx.after_gap = int(far.get("max_words", 0))
    lx.gap_word = re.compile(rf"{_WS}+([{_L}]+){_E}")
    rng = qd["range"]
    lx.weak = "".join(_norm(c) for c in rng.get("noun_inside_weak_letters", []))
    lx.from_before = re.compile(rf"{_LB}{cl}?(?P<w>{_trie(_forms(rng['from']))}){_WS}+\Z")
    lx.between_before = re.compile(
        rf"{_LB}{cl}?(?P<w>{_trie(_forms(rng['between']))}){_WS}+\Z")
    lx.gap_to = re.compile(rf"{_WS}+(?:{_trie(_forms(rng['to']))}){_WS}+")
    # rule single_and_a_half: "from a metre to a metre and a half" is a range of which the first end
    # is a bare noun: one of that noun (rule range_single_start) when it is the same noun, else the
    # half is left alone rather than reported as 1.5 exact
    lx.half_single_from = re.compile(
        rf"{_LB}{cl}?(?:{_trie(_forms(rng['from']) | _forms(rng['between']))}){_WS}+(?P<n>[{_L}]+)"
        rf"{_WS}+(?:{_trie(_forms(rng['to']) | _forms(rng['and']))}){_WS}*\Z")
    chg = qd.get("change_not_range", {})
    if chg.get("openers"):
        lx.change_before = re.compile(rf"{_LB}(?:{_trie(_forms(chg['openers']))}){_WS}+\Z")
        lx.change_ratio = float(chg.get("min_ratio", 2))
    # rule range_bayn_comma: after "between", a comma may stand before the "and" (between 80, and 90
    # percent); elsewhere a comma before "and" separates two counts
    lx.gap_and = re.compile(rf"{_WS}+(?:{_trie(_forms(rng['and']))}){_WS}*")
    lx.gap_and_bayn = re.compile(rf"(?:{_WS}*[,\u060c]{_WS}*|{_WS}+)(?:{_trie(_forms(rng['and']))}){_WS}*")
    lx.gap_dash = re.compile(rf"{_WS}*{dash_cls}{_WS}*")
    lx.gap_list = re.compile(rf"{_WS}*[,\u060c]?{_WS}*(?:{re.escape(lx.conj)})?{_WS}*")
    hf = nw.get("and_a_half")
    if hf:
        half = rf"{re.escape(lx.conj)}{_WS}*(?:{_trie(_forms(hf['forms']))}){_E}"
        lx.half_after = re.compile(rf"{_WS}+{half}")
        lx.half_anywhere = re.compile(rf"{_WS}{half}")  # opens on a character: a fast search
        lx.half_keys = _keys(_forms(hf["forms"]))
        lx.half_dual = re.compile(rf"{_B}{cl}?(?P<d>{_trie(_forms(nw['dual_nouns']['forms']))}){_WS}+{half}")
        lx.half_follow = frozenset(_forms(hf.get("followers", [])))
        if hf.get("single_nouns"):
            single = _trie(_forms(hf["single_nouns"]))
            lx.half_single = re.compile(rf"{_B}{cl}?(?P<d>{single}){_WS}+{half}")
    cf = nw.get("conj_fraction", {})
    lx.cf_singulars = frozenset(_forms(cf.get("singulars_before", []), marbuta=True))
    lx.cf_adjective = re.compile(cf.get("adjective_pattern") or "(?!)")
    lx.prev_word_comma = re.compile(rf"([{_L}]+){_WS}*[,\u060c]?{_WS}*\Z")
    if nw.get("dual_nouns"):  # rule range_dual_start: "between two years (a dual) to three years"
        opener = _trie(_forms(rng["from"]) | _forms(rng["between"]))
        # rule dual_gate: the dual of a dual range follows a space: the gate opens on that space (a
        # character class the scan skips to)
        lx.dual_noun = re.compile(rf"{_WS}(?:{_trie(_forms(nw['dual_nouns']['forms']))})")
        lx.dual_range = re.compile(
            rf"{_LB}{cl}?(?P<w>{opener}){_WS}+(?P<d>{_trie(_forms(nw['dual_nouns']['forms']))})"
            rf"(?={_WS}+(?:{_trie(_forms(rng['to']) | _forms(rng['and']))}){_WS}*[0-9{_L}])")
    # rule clock_dual_gate: every match of clock_word (a time head, maybe behind a clitic, or a time of
    # day, after a character that is no letter or digit) and of dual_noun (a dual noun after a space)
    # holds a match of this one trie of all their words after such a character, on the view behind one
    # space: one scan of a text where neither stands (most) answers for both
    ck = ex.get("clock") or {}
    time_heads = _forms(ex["time_heads"]) if ck else set()
    gate_words = (time_heads | {c + h for h in time_heads for c in lx.clitics}
                  | _forms(ck.get("times_of_day", [])) | _forms(nw.get("dual_nouns", {}).get("forms", [])))
    lx.clock_dual = re.compile(rf"[^{_L}A-Za-z0-9](?:{_trie(gate_words)})" if gate_words else "(?!)")
    dc = nw.get("dual_construct", {})
    if dc.get("forms"):  # rule dual_construct: a scale word in -aa right before its noun is a dual
        lx.dual_construct = frozenset(_forms(dc["forms"]))
        stops = _trie(_forms(dc.get("not_before", [])))
        lx.dual_construct_after = re.compile(
            rf"{_WS}+(?!{re.escape(lx.conj)})(?!(?:{stops}){_E})[{_L}]{{2,}}")
    return lx


def _first_word_gate(forms: Iterable[str], clitics: str, words: int = 1) -> re.Pattern[str]:
    """Where a pattern that reads one of ``forms`` (maybe behind one of ``clitics``) right after a
    boundary character may open: one trie of their first words, with the clitics folded in, after
    a boundary character and before one (a character that is no letter or digit).

    Rules word_atom_gate (the word atoms: number and vague words) and excl_gate (the words that are
    never numbers: ordinals, idioms, false friends, names): such a pattern opens on a boundary
    character, then reads a form, which ends its word (the next character is no letter or digit)
    or, in a phrase, a space, so the form's first word with its clitic stands there as one whole
    word. The gate matches wherever the pattern does (see :func:`lexicon.gated_search`), and its one
    trie costs far less at each word than the pattern's alternation (a clitic or none, then each
    family of forms).

    With ``words`` = 2 (rule excl_gate_two_words) the trie reads a phrase's first two words: a
    phrase of the forms stands whole in the text, its words apart by spaces only, so its first two
    stand there too, the second ending its word. Phrases that open on a preposition (in, from, on)
    then no longer open the gate at every preposition of the text.
    """
    return re.compile(rf"[^{_L}A-Za-z0-9](?:{_trie(_openings(forms, clitics, words))})(?![{_L}A-Za-z0-9])")


def _openings(forms: Iterable[str], clitics: str, words: int = 1) -> set[str]:
    """The first ``words`` words of each of ``forms``, each also behind each of ``clitics``: what
    :func:`_first_word_gate` and :func:`_first_words` build their trie of."""
    firsts = {" ".join(f.split()[:words]) for f in forms if f.split()}
    return firsts | {c + f for f in firsts for c in clitics}


def _first_words(forms: Iterable[str], clitics: str) -> str:
    """Rule first_word_lookahead: a lookahead for a pattern that opens (after its word-start
    assertion) on one of ``clitics`` or none, then an alternation of named groups each opening on
    one of ``forms``: a trie of the forms' first words, each also behind each clitic. Every match
    of the pattern holds it, so the pattern's language is unchanged; at a word start where no such
    word stands (most) the match fails on the one trie, instead of trying each group behind a
    clitic and without one (the regex engine skips an alternative by its first letter only when
    it opens on a letter, never on a named group).

    >>> _first_words(["ab cd", "ae"], "w")
    '(?=(?:(?:a(?:b|e)|wa(?:b|e))))'
    """
    firsts = _openings(forms, clitics)
    return f"(?=(?:{_trie(firsts)}))" if firsts else ""


def _joined(forms: set[str], particles: tuple[str, ...]) -> set[str]:
    """Rule cue_joined_particle: each cue also with its leading particles (ma, then la) typed
    joined to the next word: "ma yuqarib" -> "mayuqarib", "ma la yaqillu an" -> "mala yaqillu an",
    "malayaqillu an" (qualifiers.json, joinable_particles)."""
    out = set(forms)
    todo = list(forms)
    while todo:
        f = todo.pop()
        head = ""
        rest = f
        while True:
            p = next((p for p in particles if rest.startswith(p)), None)
            if p is None:
                break
            joined = head + p[:-1] + rest[len(p):]
            if joined not in out:
                out.add(joined)
                todo.append(joined)
            head, rest = head + p, rest[len(p):]
    return out


def _count_pronoun_forms(sb: dict[str, Any]) -> set[str]:
    """The count nouns of 'subject_between' with a pronoun suffix (its number, their toll): a final ta
    marbuta becomes 'pronoun_stem_end' before the suffix."""
    stem_end = _norm(sb.get("pronoun_stem_end", ""))
    out: set[str] = set()
    for n in _forms(sb.get("counts", [])):
        stem = n[:-1] + stem_end if stem_end and n.endswith(_TA_MARBUTA) else n
        out.update(stem + suf for suf in _forms(sb.get("pronoun_suffixes", [])))
    return out


def _subject_cues(sb: dict[str, Any] | None, cl: str, clitics: str) -> tuple[re.Pattern[str], str]:
    """The cues separated from their number by the counted subject (qualifiers.json
    'subject_between'): verb, count noun, one to 'max_words' subject words, maybe a
    preposition, then the number. One named group per qualifier. With the pattern, the lookahead
    of rule first_word_lookahead it holds (see _first_words)."""
    if not sb or not sb.get("cues"):
        return re.compile("(?!)"), ""
    counts = _trie(_forms(sb["counts"]))
    stop = _trie(_forms(sb.get("stop", [])))
    word = rf"{_WS}+(?!(?:{stop}){_LE})[{_L}]+"
    n_words = int(sb.get('max_words', 3))
    # rule cue_subject_adverbial: a stop word may stand inside the subject, neither right after the
    # count noun (a number OF soldiers) nor right before the number (rose TO 10), as the head of a
    # time or place phrase (the toll of the victims SINCE the start of the war exceeded 18 thousand)
    any_word = rf"{_WS}+[{_L}]+"
    subject = (rf"{_WS}+(?:(?:{counts}){_LE}(?:{word})"
               rf"(?:(?:{any_word}){{0,{n_words - 2}}}(?:{word}))?")
    if pron := _count_pronoun_forms(sb):
        # the subject as a pronoun on the count noun (its number neared 30 thousand): no subject word needed
        subject += rf"|(?:{_trie(pron)}){_LE}(?:{word}){{0,{n_words}}}"
    subject += ")"
    # rule cue_possessed_subject: before the preposition of a cue ("its population exceeds 8 thousand",
    # yazid sukkanuha 'ala) the subject may be any one noun with a pronoun suffix; the preposition keeps
    # the verb from being read with an object ("exceeded its budget 8 thousand" has none)
    poss = (rf"|{_WS}+[{_L}]{{2,}}(?:{_trie(_forms(sb['pronoun_suffixes']))}){_LE}"
            if sb.get("pronoun_suffixes") else "")
    # rule cue_free_subject: before one of the "free_subject" prepositions (an) the subject may be
    # any one to 'max_words' words (the countries where the income of the individual falls below 600
    # dollars): that preposition after a comparison verb says "than", which no other reading takes
    fs = sb.get("free_subject") or {}
    free = frozenset(_forms(fs.get("preps", [])))
    free_subject = rf"|(?:{word}){{1,{int(fs.get('max_words', n_words))}}}" if free else ""
    groups = []
    all_verbs: set[str] = set()
    for q, phrases in sb["cues"].items():
        by_prep: dict[str, set[str]] = {}
        for ph in phrases:
            verb, _, prep = ph.partition("*")
            by_prep.setdefault(_norm(prep), set()).add(_norm(verb))
            all_verbs.add(_norm(verb))
        alts = [(rf"(?:{_trie(verbs)})(?:{subject}{poss}{free_subject if prep in free else ''})"
                 rf"{_WS}+(?:{re.escape(prep)}){_WS}+" if prep
                 else rf"(?:{_trie(verbs)}){subject}{_WS}+")
                for prep, verbs in sorted(by_prep.items())]
        groups.append(f"(?P<{q}>{'|'.join(alts)})")
    ahead = _first_words(all_verbs, clitics)
    return re.compile(rf"{_LB}{ahead}{cl}?(?:{'|'.join(groups)})\Z"), ahead


def _count_not_year(sb: dict[str, Any] | None, ex: dict[str, Any], cl: str) -> re.Pattern[str]:
    """Rule count_not_year (number_exclusions.json 'count_not_year'): a count head, one to
    'max_words' subject words (no stop word, year head or soft year head) and a verb right before
    the number, or the verb first and its count head and subject words right before it."""
    cn = ex.get("count_not_year") or {}
    if not sb or not sb.get("counts") or not cn.get("verbs"):
        return re.compile("(?!)")
    counts = _trie(_forms(sb["counts"]))
    verbs = _trie(_forms(cn["verbs"]))
    bare = _trie(_forms(v.split()[0] for v in cn["verbs"]))  # verb first: its preposition after the subject
    preps = _trie(_forms(v.split()[1] for v in cn["verbs"] if " " in v))
    stop = _trie(_forms(sb.get("stop", []) + ex["year_heads"] + ex["year_soft_heads"]))
    word = rf"{_WS}+(?!(?:{stop}){_LE})[{_L}]+"
    words = rf"(?:{word}){{1,{int(sb.get('max_words', 3))}}}"
    head = rf"{_LB}{cl}?(?:{counts}){_LE}{words}"
    return re.compile(rf"(?:{head}{_WS}+{cl}?(?:{verbs})"
                      rf"|{_LB}{cl}?(?:{bare}){_WS}+{head}(?:{_WS}+(?:{preps}))?){_WS}+\Z")


def _count_after_year(ex: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Rule count_after_year (number_exclusions.json 'count_after_year'): the pattern matched
    right after a year-like number (group 'part': a partitive pronoun; group 'verb': a verb agreeing
    with a plural subject), and the complementizer the verb needs right before the number."""
    ca = ex.get("count_after_year") or {}
    if not ca.get("partitives"):
        return re.compile("(?!)"), re.compile("(?!)")
    part = _trie(_forms(ca["partitives"]))
    past = _trie(_forms(ca.get("plural_past_suffixes", [])))
    pre = _trie(_forms(ca.get("plural_present_prefixes", [])))
    pres = _trie(_forms(ca.get("plural_present_suffixes", [])))
    after = re.compile(rf"{_WS}+(?:(?P<part>{part})|(?P<verb>[{_L}]{{2,}}(?:{past})"
                       rf"|(?:{pre})[{_L}]{{2,}}(?:{pres})))(?![{_L}])")
    comp = re.compile(rf"{_LB}(?:{_trie(_forms(ca.get('complementizers', [])))}){_WS}+\Z")
    return after, comp


def _count_after(v: str, a: _Atom, lex: _Lex) -> bool:
    """Rule count_after_year: a year-like number that a partitive pronoun ("2000 of them") or,
    after a complementizer, a plural verb ("that 2000 were killed") follows is a count (the
    atom's rule then names this rule)."""
    m = lex.count_after_year.match(v, a.end)
    if m is None or (m.group("part") is None
                     and lex.count_after_comp.search(v, max(0, a.outer - 8), a.outer) is None):
        return False
    a.rule = "count_after_year"
    return True


# --- atoms ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    start: int  # view offset of the number itself (clitic excluded)
    end: int  # view offset after the number, its scale word and its percent sign
    kind: str  # digits | words | vague
    value: float | int | None
    low: float | int
    high: float | int
    rule: str
    outer: int = -1  # view offset before the glued clitic (== start when none)
    scale: int = 1
    base: float | int = 0
    pct: bool = False
    plain4: bool = False  # four digits, no separator, scale or percent: a year candidate
    dot3: bool = False  # one dot and three digits (12.400): decimal, or thousands before a noun
    is_one: bool = False
    clitic: str = ""  # the one-letter prefix glued before the number (outside the mention)
    unit: tuple[int, int] | None = None
    direct_unit: bool = False
    day: bool = False
    year: bool = False
    year_bare: bool = False
    ident: bool = False
    ordinal: bool = False  # digits after an ordinal head (the minute 59, place 20)
    drop: bool = False
    qualifier: str = "exact"
    span: tuple[int, int] = (0, 0)
    frac_run: bool = False  # a fraction read from a unit and a fraction plural (3 quarters)
    definite: str = ""  # a definite cardinal: "plain" (the five), "ambiguous" (the twenty: or 20th)
    closed: bool = False  # its scale word follows the closing bracket or quote: (303) thousand
    frac_scale: int = 0  # ends in "and a half" of this scale (a million and a half)


def _num(x: Decimal | float | int) -> float | int:
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() else float(x)
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def _digits_value(s: str, ra: str = "") -> Decimal | None:
    """Value of a digit group as matched by ``_DIGITS`` (``None`` when it is too long)."""
    if s.isdigit():  # the common case: digits alone
        return Decimal(s) if len(s) <= _MAX_DIGITS else None
    if len(s) > _MAX_DIGITS and sum(c.isdigit() for c in s) > _MAX_DIGITS:
        return None
    if ra:  # wire-service decimal written fraction first: 4<ra>10 is 10.4
        frac, _, whole = s.partition(ra)
        return Decimal(whole + "." + frac)
    marks = [c for c in s if not c.isdigit()]
    if not marks:
        return Decimal(s)
    last = marks[-1]
    head, _, tail = s.rpartition(last)
    if len(marks) > 1:  # thousands groups, maybe with a decimal part
        if last in ",\u066c\u060c" and len(tail) == 3 and all(m == last for m in marks):
            return Decimal(re.sub(r"[^0-9]", "", s))
        if last == "." and len(tail) == 3 and all(m == "." for m in marks):
            return Decimal(s.replace(".", ""))
        return Decimal(re.sub(r"[^0-9]", "", head) + "." + tail)
    if last == "\u060c" and len(tail) < 3:  # rule comma_decimal (digit_atoms): 322<comma>8 billion
        return Decimal(head + "." + tail)
    if last in "\u066c\u060c" or (last == "," and len(tail) == 3 and len(head) <= 3):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)  # one dot group: decimal (see _Atom.dot3)


class _Run:
    """The state machine that reads one compound number out of a run of number words."""

    __slots__ = ("start", "end", "clitic", "lead", "total", "cur", "last", "last_scale",
                 "ntok", "first_form", "first_cat", "valid", "unit_val", "definite")

    def __init__(self, start: int, end: int, clitic: str, lead: str, cat: str, val: Any,
                 kind: str, form: str, definite: bool = False) -> None:
        # clitic: the letter glued before the first word; lead: the clitic or a separate "wa"
        self.start, self.end, self.clitic, self.lead = start, end, clitic, lead
        self.total: float | int = 0
        self.cur: float | int = 0
        self.last = cat
        self.last_scale = 0
        self.ntok = 1
        self.first_form, self.first_cat = form, cat
        self.definite = definite  # the first word carries the article (the thirteen)
        self.valid = True
        self.unit_val: float | int = val if cat == "unit" else 0
        if cat == "scale":
            if kind == "plural":
                self.valid = False
            self.total = val * (2 if kind == "dual" else 1)
            self.last_scale = val
        elif cat == "fracpl":
            self.valid = False
        else:
            self.cur = val

    def join(self, conn: str, cat: str, val: Any, kind: str, form: str, lex: _Lex) -> bool:
        last, cur = self.last, self.cur
        if form in lex.frac_pron or self.first_form in lex.frac_pron:
            return False  # half of them is a whole number mention on its own
        if form in lex.definite and not (self.definite and conn == "w"):
            return False  # only "the five and the twenty" joins a definite word
        if (conn == "sp" and cat == "ten" and last == "teenunit" and self.definite
                and (pair := lex.teen_pairs.get(lex.definite.get(self.first_form, ""))) is not None
                and lex.definite.get(form, form) not in pair):
            return False  # al-ahad ashara is Sunday and ten (the eleven is al-ahad ashar)
        if conn == "sp":
            if cat == "ten" and last in ("unit", "teenunit") and cur % 100 < 10:
                self.cur, self.last = cur + 10, "teen"
            elif (cat == "hundred" and form in lex.multiplicand and last == "unit"
                  and 3 <= cur <= 9):
                self.cur, self.last = cur * 100, "hundred"
            elif (cat == "scale" and kind != "dual" and cur > 0
                  and last in ("unit", "teen", "ten", "tens", "hundred", "frac")
                  and (not self.last_scale or val < self.last_scale)):
                self.total, self.cur = self.total + cur * val, 0
                self.last, self.last_scale = "scale", val
            elif cat == "fracpl" and last == "unit":
                # only the unit just read is multiplied: a hundred and three quarters
                self.cur = _num(Decimal(str(cur)) - Decimal(str(self.unit_val))
                                + Decimal(str(self.unit_val)) * Decimal(str(val)))
                self.last = "frac"
            elif (cat in ("unit", "teen", "ten") and last == "hundred" and cur % 100 == 0
                  and cur > 0):
                self.cur, self.last = cur + val, cat  # colloquial: five hundred five and twenty
            elif cat == "scale" and last == "fracw" and val == self.last_scale:
                pass  # the scale repeated after its fraction: two million and half a million
            else:
                return False
        else:  # joined by the conjunction
            if cat == "tens" and last == "unit" and cur % 100 < 10:
                self.cur, self.last = cur + val, "tens"
            elif (last == "hundred" and cat in ("unit", "teen", "teenunit", "ten", "tens")
                  and cur % 100 == 0):
                self.cur, self.last = cur + val, cat
            elif last == "scale" and cat in ("unit", "teen", "teenunit", "ten", "tens", "hundred"):
                self.cur, self.last = val, cat
            elif cat == "frac" and last not in ("fracw", "teenunit"):
                if last == "scale":
                    self.total += val * self.last_scale
                else:
                    self.cur = cur + val
                    self.last_scale = 0
                self.last = "fracw"
            else:
                return False
        if cat == "unit":
            self.unit_val = val
        self.ntok += 1
        return True

    def atom(self, lex: _Lex, v: str) -> _Atom | None:
        if not self.valid or self.last == "teenunit":
            return None
        value = _num(Decimal(str(self.total)) + Decimal(str(self.cur)))
        single_frac = self.ntok == 1 and self.first_cat == "frac"
        a = _Atom(self.start, self.end, "words", value, value, value,
                  ("fraction_pronoun" if self.first_form in lex.frac_pron else "fraction")
                  if single_frac else "words", clitic=self.clitic)
        a.outer = self.start - len(self.clitic)
        if self.last == "scale" and self.last_scale:
            a.scale, a.base = self.last_scale, _num(value / self.last_scale)
            a.rule = "words_scale"
        else:
            a.base = value
        a.frac_run = self.last == "frac" and self.total == 0 and 0 < value < 1
        if self.last == "fracw" and self.last_scale:
            a.frac_scale = self.last_scale
        a.is_one = self.ntok == 1 and self.first_form in lex.one
        if self.definite:
            # with a scale word (the four million) a definite number is never an ordinal
            ambiguous = not self.last_scale and (self.first_cat in lex.def_ambiguous
                                                 or value > lex.def_plain_max)
            a.definite = ("ambiguous" if ambiguous else "homograph"
                          if lex.definite[self.first_form] in lex.def_homographs else "plain")
        if a.is_one and self.lead:
            return None
        if (single_frac and self.lead == lex.conj and a.rule == "fraction"
                and not _conj_fraction(v, a.outer, self.end, lex)):
            # "... and a half" after a noun: not a count (and a quarter of them is)
            return None
        return a


def _conj_fraction(v: str, outer: int, end: int, lex: _Lex) -> bool:
    """Rule conj_fraction: a fraction glued to the conjunction is a new quantity when a definite
    noun follows it ("and a third of the country", "and half the residents fled"), unless that noun
    repeats the word before the conjunction ("an hour and half the hour", "five years and half the
    year": the half of that count, read by and_a_half), nor follows a singular of time or measure
    ("once and a half the amount"), nor joins two definite adjectives ("quarterly and semi-annual");
    data: number_words.conj_fraction."""
    m = lex.next_word.match(v, end)
    if m is None or not m.group(1).startswith(lex.article) or not _nounish(m.group(1), lex, definite=True):
        return False
    after = m.group(1)
    prev = lex.prev_word_comma.search(v, max(0, outer - 40), outer)
    if prev is None:
        return True
    before = prev.group(1)
    if lex.cf_adjective.match(before) and lex.cf_adjective.match(after):
        return False  # coordinated adjectives: the quarterly and semi-annual
    if not v[prev.end(1):outer].strip():  # right before the conjunction, no comma between
        return before not in lex.cf_singulars and not _same_noun(before, after, lex)
    return True


def _word_atoms(v: str, s: int, e: int, lex: _Lex) -> list[_Atom]:
    runs: list[_Run] = []
    run: _Run | None = None
    pending_conj = False
    for m in lex.run_piece.finditer(v, s, e):
        piece = m.group()
        if piece == lex.conj:
            pending_conj = True
            continue
        if piece in lex.words:
            glued, form = "", piece
        elif piece[0] in lex.clitics and piece[1:] in lex.words:
            glued, form = piece[0], piece[1:]
        else:  # cannot happen with the atom patterns; be safe
            if run is not None:
                runs.append(run)
            run, pending_conj = None, False
            continue
        clitic = glued or (lex.conj if pending_conj else "")
        pending_conj = False
        cat, val, kind = lex.words[form]
        joined = False
        if run is not None:
            conn = "w" if clitic == lex.conj else ("" if clitic else "sp")
            joined = bool(conn) and run.join(conn, cat, val, kind, form, lex)
        if run is not None and joined:
            run.end = m.end()
        else:
            if run is not None:
                runs.append(run)
            run = _Run(m.start() + len(glued), m.end(), glued, clitic, cat, val, kind, form,
                       form in lex.definite)
    if run is not None:
        runs.append(run)
    atoms = []
    for r in runs:
        a = r.atom(lex, v)
        if a is None:
            continue
        if (r.ntok == 1 and r.first_form in lex.dual_construct and not r.clitic.strip(lex.conj)
                and lex.dual_construct_after.match(v, r.end)
                and not _digit_before(v, a.outer)):
            # rule dual_construct: "two million riyals", a construct dual with no number before
            # it; after a number (20 million-aa) it is the accusative singular
            a.value = a.low = a.high = a.value * 2
            a.base, a.rule = 2, "dual_construct"
        atoms.append(a)
    return atoms


def _matches(v: str, lex: _Lex) -> Iterator[tuple[re.Match[str], bool]]:
    """The atom matches of ``v`` in text order, as one ``finditer`` of the two atom patterns
    joined by alternation would give them (leftmost first; a match resumes the scan at its end),
    each with whether it is a word atom match (its offsets are then one more than in ``v``: the
    word pattern reads the view behind a space).
    """
    spaced = " " + v
    words, gate = lex.word_atoms, lex.word_gate
    mw = gated_search(words, gate, spaced)
    md = _digit_search(v, 0, lex)
    while mw is not None or md is not None:
        w_start = mw.start("at") - 1 if mw is not None else len(v) + 1
        if md is not None and md.start() < w_start:
            end = md.end()
            yield md, False
        else:
            assert mw is not None
            end = mw.end() - 1
            yield mw, True
        if mw is not None and mw.start("at") - 1 < end:
            mw = gated_search(words, gate, spaced, end)
        if md is not None and md.start() < end:
            md = _digit_search(v, end, lex)


_ANY_DIGIT = re.compile("[0-9]")
_DIGIT_RUN = re.compile("[0-9]+")


def candidate_spans(view: str) -> list[tuple[int, int]]:
    """Where a number may stand in ``view`` (normalized text): its word atoms and digit runs.

    Sorted and non-overlapping. A stretch of text that meets none of them holds
    no number mention, so a caller with many sentences (the pipeline, one
    article at a time) can skip those without running the extractor.
    """
    lex = _lex()
    spans = [m.span() for m in _DIGIT_RUN.finditer(view)]
    # (group "at" runs to the match's end)
    spans += word_start_spans(lex.word_atoms, view, "at", lex.word_gate)
    if lex.atoms_digitless:
        # each list is sorted and non-overlapping, and no word atom meets a digit run: the
        # union sorted is already merged
        return sorted(spans)
    return merge_spans(spans)


def candidate_word_spans(view: str) -> list[tuple[int, int]]:
    """What :func:`candidate_spans` of ``view`` holds besides its digit runs: the spans of its word
    atoms (sorted, non-overlapping), or, were a word atom able to hold a digit, all its spans.

    A stretch of text meets one of :func:`candidate_spans` exactly when it holds a digit or meets
    one of these (no word atom meets a digit run, so the two lists are not merged there).
    """
    lex = _lex()
    if lex.atoms_digitless:
        return word_start_spans(lex.word_atoms, view, "at", lex.word_gate)
    return candidate_spans(view)


def meets_number(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a digit or meets one of ``spans`` (the word atoms of
    :func:`candidate_word_spans`): exactly where it meets one of :func:`candidate_spans`, which lists
    the digit runs besides.

    >>> meets_number("a 12 b", [], 0, 3), meets_number("a 12 b", [], 4, 6), meets_number("ab", [(0, 2)], 1, 2)
    (True, False, True)
    """
    return _ANY_DIGIT.search(text, start, end) is not None or overlaps_any(spans, start, end)


def may_hold_number(view: str) -> bool:
    """Whether :func:`candidate_spans` of ``view`` is not empty (a digit or a number word stands
    in it), found with at most two searches instead of listing every span.

    >>> may_hold_number("no number here"), may_hold_number("room 12")
    (False, True)
    """
    lex = _lex()
    return _DIGIT_RUN.search(view) is not None or gated_search(lex.word_atoms, lex.word_gate,
                                                               " " + view) is not None


def _digit_search(v: str, pos: int, lex: _Lex) -> re.Match[str] | None:
    """``lex.digit_atoms.search(v, pos)``, tried only where a digit stands (every digit atom
    starts with one), which skips the rest of the text at the speed of a character scan."""
    while (d := _ANY_DIGIT.search(v, pos)) is not None:
        m = lex.digit_atoms.match(v, d.start())
        if m is not None:
            return m
        pos = d.start() + 1
    return None


def _atoms(v: str, lex: _Lex) -> list[_Atom]:
    atoms: list[_Atom] = []
    decimal_letters = lex.decimal_letters
    for m, word in _matches(v, lex):
        if word and m.group("vague") is not None:
            s, e = m.span("vague")
            s, e, outer = s - 1, e - 1, m.start("at") - 1
            low, high = lex.vague[m.group("vague")]
            a = _Atom(s, e, "vague", None, low, high, "vague", outer=outer)
            a.clitic = v[outer:s]
            a.qualifier = "vague"
            atoms.append(a)
        elif not word:
            s, e = m.span("digits")
            digits = m.group("digits")
            scale_word, pct = m.group("dscale"), m.group("dpct")
            plain = digits.isdigit()
            if plain and not scale_word:
                # rule plain_digits_int: digits alone, no scale word: their value is the int (what
                # _num of their Decimal gives), and no decimal letter nor dot stands in them
                if len(digits) > _MAX_DIGITS:
                    continue
                val = int(digits)
            else:
                letter = next((c for c in digits if c in decimal_letters), "") if decimal_letters else ""
                val = _digits_value(digits, letter)
                if val is None:
                    continue
            a = _Atom(s, m.end(), "digits", 0, 0, 0, "digits", outer=s)
            a.base = _num(val)
            if scale_word:
                a.closed = m.group("closed") is not None
                cat, sval, _ = lex.words[scale_word]
                a.scale = sval
                val = val * sval
                a.rule = "digits_scale"
            if pct:
                a.pct = True
                a.rule = "digits_percent"
            a.value = a.low = a.high = _num(val)
            a.plain4 = len(digits) == 4 and plain and not scale_word and not pct
            a.dot3 = (not plain and not scale_word and not pct and digits[0] != "0"
                      and _DOT3.fullmatch(digits) is not None)
            g = lex.glued_clitic.search(v, max(0, s - 2), s)
            if g:
                a.clitic, a.outer = g.group("c"), g.start("c")
            atoms.append(a)
        else:
            ws, we = m.span("words")
            found = _word_atoms(v, ws - 1, we - 1, lex)
            if m.group("wpct") is not None and found:
                found[-1].end, found[-1].pct = m.end() - 1, True
            atoms.extend(found)
    extra = False
    for m in lex.def_scale.finditer(v) if any(k in v for k in lex.def_scale_keys) else ():
        # the million after "about" (qualifiers.json 'before'): the scale alone is the number
        s, e = m.span()
        cue = lex.cue_before.search(v, max(0, s - 40), s)
        if cue is None or cue.lastgroup is None or any(b.start < e and s < b.end for b in atoms):
            continue
        val = lex.def_scale_value[m.group()]
        if m.group() in lex.def_fractions:
            if lex.definite_after.match(v, e) or lex.def_frac_not_before.match(v, e):
                continue  # "until the second half of the year": a part of a period, not a quantity
            if any(b.start > e and v[e:b.start].isspace() for b in atoms):
                continue  # "the half million": the fraction is part of the number after it
            a = _Atom(s, e, "words", val, val, val, "definite_fraction_after_cue", outer=s)
            a.base = val
        else:
            a = _Atom(s, e, "words", val, val, val, "definite_scale_after_cue", outer=s)
            a.scale, a.base = val, 1
        atoms.append(a)
        extra = True
    if extra:
        atoms.sort(key=lambda a: a.start)
    return atoms


# --- context -------------------------------------------------------------------------------


def _refine(v: str, atoms: list[_Atom], lex: _Lex, clock_dual: bool = True) -> list[_Atom]:
    """Local readings that need two atoms or the characters around one: a decimal part written
    out ("seven comma five"), an integer and a fraction ("twenty and three fifths"), a fraction
    homograph before a definite noun ("a fifth of the pie", spelled like "five"), a leading
    decimal point (.77), a minus sign or word, and the numbers of a time of day (dropped)."""
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (a is not None and a.kind in ("digits", "words") and b.kind in ("digits", "words")
                and isinstance(a.value, int) and isinstance(b.value, int) and b.value >= 0
                and a.scale == 1 and b.scale == 1 and not a.pct
                and lex.decimal_gap.fullmatch(v, a.end, b.start)):
            frac = Decimal(str(b.value)) / (Decimal(10) ** len(str(b.value)))
            a.value = a.low = a.high = a.base = _num(Decimal(a.value) + frac)
            a.end, a.pct, a.is_one, a.rule = b.end, b.pct, False, "decimal_words"
            continue
        if (a is not None and b.frac_run and a.kind == "words" and a.scale == 1 and not a.pct
                and isinstance(a.value, int) and lex.gap_and.fullmatch(v, a.end, b.start)):
            a.value = a.low = a.high = a.base = _num(Decimal(a.value) + Decimal(str(b.value)))
            a.end, a.rule = b.end, "words_fraction"
            continue
        out.append(b)
    for a in out:
        if a.frac_scale and (m := lex.scale_repeat.match(v, a.end)) is not None \
                and lex.def_scales.get(m.group(1)) == a.frac_scale:
            a.end = m.end()  # a million and half the million: the scale repeated with the article
        if a.kind == "words" and a.end - a.start <= 4:
            h = lex.homographs.get(v[a.start:a.end])
            if (h is not None and v.startswith(lex.article, a.end + 1) and v[a.end:a.end + 1] == " "
                    and (nw := lex.next_word.match(v, a.end)) is not None
                    and _nounish(nw.group(1), lex, definite=True)):  # rule homograph_not_before_word:
                # "five to ten" (khams ila, spelled like the article) is no fifth
                a.value = a.low = a.high = a.base = h
                a.rule, a.is_one = "fraction", False
            elif (h is not None and v[a.end:a.end + 1] == " " and (nw := lex.next_word.match(v, a.end))
                  is not None and nw.group(1) in lex.homograph_heads):
                a.value = a.low = a.high = a.base = h  # rule homograph_before_mass_noun: a fifth of the
                a.rule, a.is_one = "fraction", False  # world economy (a singular whole, no count)
        if a.kind == "digits" and a.start == a.outer and a.start >= 1:
            c, before = v[a.start - 1], v[a.start - 2] if a.start >= 2 else " "
            if before.isspace() or before in "([":
                if c and c in lex.pct_before and not a.pct and a.scale == 1 and not (
                        a.start >= 3 and v[a.start - 3].isdigit()):
                    a.pct, a.rule = True, "digits_percent"  # the sign typed first: %70
                    a.start = a.outer = a.start - 1
                    a.plain4 = a.dot3 = False
                elif c in ".\u066b" and isinstance(a.value, int) and a.scale == 1 and a.value >= 0:
                    digits = v[a.start:a.end].rstrip("%\u066a ")
                    if digits.isdigit():
                        a.value = a.low = a.high = a.base = _num(Decimal("0." + digits))
                        a.start = a.outer = a.start - 1
                elif c and c in lex.negative_signs and a.value is not None:
                    a.value = a.low = a.high = -a.value
                    a.base = -a.base
                    a.start = a.outer = a.start - 1
        if a.kind in ("digits", "words") and a.value is not None:
            neg = lex.negative_before.search(v, max(0, a.outer - 12), a.outer)
            if neg is not None:
                a.value = a.low = a.high = -a.value
                a.base = -a.base
                a.start = a.outer = neg.start()
                a.is_one = False
    keep: list[_Atom] = []
    # a dropped time has a head or time of day (rule clock_gate)
    clock_words = (clock_dual and any(a.kind != "vague" for a in out)
                   and lex.clock_word.search(" " + v) is not None)
    for a in out:
        if a.kind != "vague" and clock_words:
            drop = False
            for m in lex.clock.finditer(v, max(0, a.outer - 16), min(len(v), a.end + 80)):
                if m.start() > a.start:
                    break
                if (m.group("head") is not None or m.group("tod") is not None) and \
                        m.start() <= a.start < m.end():
                    drop = True
                    break
            if drop:
                continue
        keep.append(a)
    return keep


def _nounish(w: str, lex: _Lex, *, definite: bool) -> bool:
    if w in lex.unit_abbrev:
        return True
    if len(w) < 2 or w in lex.stop or w in lex.months or lex.verb.search(w) or lex.verb_prefix.search(w):
        return False
    if w in lex.words or w in lex.vague:
        return False
    if w[0] in lex.clitics and (w[1:] in lex.stop or w[1:] in lex.conj_stop
                                or lex.verb.search(w[1:])):
        return False
    if w.startswith(lex.def_clitics) and len(w) > 4:  # a preposition and the article: not what is
        return False  # counted; rule short_stem_not_article: no noun has a stem of one letter after
        # the article, so a four-letter word is a noun spelled like them (an adult, baaligh)
    if _glued_conjunction(w, lex) or _possessive(w, lex):
        return False
    # the article needs a stem of three letters after it: alif-madda + lam + two letters (a vehicle)
    # normalizes like al + two letters, which no counted noun is
    # rule hamza_alif_accusative: a noun whose hamza-alif folds into al- (albums, written alif-hamza
    # lam ...) is told from a definite word by its accusative alif: the article takes no tanween
    return definite or not (w.startswith(lex.article) and len(w) > len(lex.article) + 2) or (
        len(w) >= 6 and w.endswith(_ALIF) and not w.endswith((_ALIF * 2, "\u064a" + _ALIF)))
    # (not an elative or a name in -ya: the highest, Germany)


def _glued_conjunction(w: str, lex: _Lex) -> bool:
    """Rule unit_glued_conjunction: ``w`` is the conjunction wa glued to a new word (a new
    conjunct or clause: "and Bloomberg", "and it reaches", "and wounded", "and they two", "and the
    Tunisians", "and five"), which the counted noun right after a number never is; nouns whose
    root starts with waw (job, unit, death) stay."""
    if len(w) < 3 or not lex.conj or w[0] != lex.conj:
        return False
    rest = w[1:]
    if rest in lex.stop or rest in lex.words or rest in lex.vague or rest.startswith(lex.article):
        return True
    return len(w) >= lex.glued_min and rest[0] in lex.glued_next


def _noun_before(w: str, start: int, lex: _Lex) -> tuple[int, int] | None:
    """The span of the plural noun ``w`` (at ``start``) that "two" follows as an adjective;
    a conjunction glued to it is left out ("and gunmen two" counts the gunmen)."""
    if _glued_conjunction(w, lex) and not w[1:].startswith(lex.article):
        w, start = w[1:], start + 1
    if lex.after_noun_plural.search(w) and len(w) > 3 and _nounish(w, lex, definite=True):
        return start, start + len(w)
    return None


def _possessive(w: str, lex: _Lex) -> bool:
    """Rule unit_possessive: ``w`` carries a possessive pronoun ("their death", "others of them",
    "its value"), so it is definite and no counted noun; short or alif-final stems (dirham, share,
    dirhams) are nouns."""
    if not w.endswith(lex.poss_suffixes):
        return False  # no suffix of either list (most words): the loops would find none
    for suf in lex.poss_plural:
        if w.endswith(suf):
            stem = w[:-len(suf)]
            return len(stem) >= lex.poss_min_stem and stem[-1] not in lex.poss_stem_not_end
    for suf in lex.poss_singular:
        if w.endswith(suf):
            stem = w[:-len(suf)]
            if len(stem) >= lex.poss_min_stem and stem[-1] in lex.poss_singular_stem_end:
                return True
    return False


def _elative_head(v: str, pos: int, w: str, lex: _Lex) -> tuple[int, int] | None:
    """Rule unit_from_elative: the definite plural after the elative ``w`` (ending at ``pos``)
    after "of" is what is counted (four of the best-known workers), or the plural in construct
    with a definite noun (five of the most prominent members of the committee); None when there is none, or
    when the elative is a homograph of a period plural before a period (three of the months of
    the year)."""
    m = lex.next_word.match(v, pos)
    if m is None:
        return None
    n = m.group(1)
    if not _nounish(n, lex, definite=True) or n.endswith(lex.pron_suffixes):
        return None
    if not n.startswith(lex.article):  # an indefinite noun in construct: of the best players of the league
        m2 = lex.next_word.match(v, m.end())
        if (m2 is None or not m2.group(1).startswith(lex.article) or n[0] in lex.clitics
                or w in lex.elative_homographs):  # three of the months of his life
            return None
    if w in lex.elative_homographs and n in lex.elative_periods:
        return None
    return m.span(1)


#: The rule a mention's name ends with when its unit is the possessive group after 'of' (its soldiers).
UNIT_FROM_POSSESSIVE = "unit_from_possessive"


def _unit(v: str, pos: int, lex: _Lex, vague: bool, opened: bool = False
          ) -> tuple[tuple[int, int] | None, bool]:
    """(span of the counted noun after ``pos``, whether it follows the number directly).

    ``opened``: the number stands in brackets or quotes, so its noun may follow the
    closing one ("(15) worshippers").
    """
    e = lex.exponent_unit.match(v, pos)
    if e is not None:
        return e.span(1), True  # rule unit_exponent: 30 km2, six thousand m2
    m = lex.next_word.match(v, pos)
    if m is None and opened:
        m = lex.next_word_closed.match(v, pos)
    if m is None:
        m = lex.next_word_quoted.match(v, pos)
    if not m:
        return None, False
    w = m.group(1)
    if m.start(1) == pos and w in lex.glued_units and pos and v[pos - 1].isdigit():
        d = pos - 1
        while d > 0 and v[d - 1].isdigit():
            d -= 1
        if lex.glued_year_head.search(v, max(0, d - 24), d) is None:
            return m.span(1), True  # rule glued_unit: 200 with a glued metre sign is 200 metres
        return None, False
    if w == lex.unit_from:
        m2 = lex.next_word.match(v, m.end())
        if m2 is None:
            return None, False
        w2 = m2.group(1)
        if w2 in lex.elatives:
            el = _elative_head(v, m2.end(), w2, lex)
            if el is not None or w2 not in lex.elative_homographs:
                return el, False
        if w2.endswith(lex.pron_suffixes):
            # rule unit_from_possessive: 50 of its soldiers (jund + ha): the group the count is taken
            # from is its counted noun when the word without its pronoun is a noun
            suffix = next(x for x in lex.pron_suffixes if w2.endswith(x))
            stem = w2[:-len(suffix)]
            if len(stem) >= 3 and stem not in lex.from_places and _nounish(stem, lex, definite=True):
                return m2.span(1), False
            return None, False
        if not _nounish(w2, lex, definite=True):
            return None, False
        if w2 in lex.from_sources:
            return None, False  # rule unit_from_source: 100 from the port of Qatif, 5 from a village
        return m2.span(1), False
    if w[0] in lex.prep_clitics and w[1:] in lex.ident_counted:
        return None, False  # rule unit_preposition_noun: "650 to a person" (li-shakhs) is no counted noun
    if _nounish(w, lex, definite=vague):
        return m.span(1), True
    return None, False


def _definite_ordinal(v: str, a: _Atom, lex: _Lex) -> bool:
    """Whether a definite cardinal (the five, the twenty) is not a count; give it the counted
    noun before it when it follows one as an adjective (the three detainees, written "the
    detainees the three").

    The definite tens and hundreds, and every definite cardinal above ten, are also ordinals
    ("the twentieth century" is "the century the twenty", "the eleventh floor" may be "the floor
    the eleven"): they count only after a definite plural ("the twenty players") or right before
    an indefinite counted noun, with no definite word before them ("during the thirty years").
    """
    h = lex.heads.search(v, max(0, a.outer - 40), a.outer)
    if h is not None and h.group("ident") is not None and a.definite == "plain" and (
            (plural := _plural_before(v, h.start(), h.span("ident"), lex)) is not None):
        a.unit, a.direct_unit = plural, False  # the resolutions (of) the Security Council the four
        return False
    if h is not None and (h.group("ordh") is not None or h.group("ident") is not None):
        return True  # the round of the four (the semi-final), a street name
    if (a.direct_unit and a.unit is not None and isinstance(a.value, int) and 11 <= a.value <= 99
            and not lex.def_accusative.search(v[a.unit[0]:a.unit[1]])):
        a.unit, a.direct_unit = None, False  # the thirty, then a verb: no counted noun after it
    prev = lex.prev_word.search(v, max(0, a.outer - 40), a.outer)
    w = prev.group(1) if prev is not None else ""
    if w in lex.def_count_heads:
        return False  # at the age of the thirty
    prev_def = w.startswith(lex.article) or w.startswith(lex.def_clitics)
    if not prev_def and (age := lex.def_age_after.match(v, a.end)) is not None:
        a.unit, a.direct_unit = age.span("u"), False  # rule definite_age_after: in the seventy of
        return False  # her age (an age, a count); the anniversary the seventy of the state is not
    plural = prev_def and lex.plural.search(w) is not None and w not in lex.words
    if lex.cue_before.search(v, max(0, a.outer - 40), a.outer) is not None:
        return False  # more than the two hundred: a qualified number is a count, never an ordinal
    if a.definite == "ambiguous" and prev_def and not plural and prev is not None and w not in lex.words:
        # a construct: the sectors (of) the market the fifteen; the adjective goes with the head
        head = lex.prev_word.search(v, max(0, prev.start() - 40), prev.start())
        hw = head.group(1) if head is not None else ""
        if (head is not None and hw and not hw.startswith(lex.article) and hw not in lex.stop
                and hw[0] not in lex.conj_letters
                and hw not in lex.words and hw[0] not in lex.prep_clitics
                and lex.plural.search(lex.article + hw) is not None):
            prev, plural = head, True
    if a.definite == "ambiguous" and not plural and (prev_def or not a.direct_unit):
        return True
    if a.definite == "homograph" and not prev_def and not a.direct_unit:
        return True  # the lady (al-sitt), the lion (al-sab'), the fifth (al-khumus)
    if (a.definite == "homograph" and not prev_def and a.direct_unit and a.unit is not None
            and v[a.unit[1] - 1] == _TA_MARBUTA):  # (the states the five permanent: a count)
        return True  # rule homograph_title: the lady Amina (al-sitt + a singular name); six counts a plural
    if plural and prev is not None:  # an adjective: what is counted stands before it
        a.unit, a.direct_unit = prev.span(1), False
    elif prev_def and not a.direct_unit:
        a.unit = None
    elif prev_def and a.unit is not None and v[a.unit[0]] == lex.conj and not plural:
        # rule definite_conjunct_not_unit: the planes the Rafale the three and-planes ...: a definite
        # cardinal after a definite word is its adjective; the word glued to "and" opens a new conjunct
        a.unit, a.direct_unit = None, False
    return False


def _plural_before(v: str, start: int, head: tuple[int, int], lex: _Lex) -> tuple[int, int] | None:
    """The counted plural of a definite cardinal after an identifier head (its span ``head``;
    ``start`` is where the head and its clitic start): the head itself when it is one definite
    plural (the resolutions the four), else an indefinite plural right before it, whose construct
    it completes (resolutions (of) the Security Council the four)."""
    word = v[head[0]:head[1]]
    if " " not in word and word.startswith(lex.article) and lex.plural.search(word):
        return head
    prev = lex.prev_word.search(v, max(0, start - 40), start)
    if prev is None:
        return None
    w = prev.group(1)
    if (w.startswith(lex.article) or w in lex.stop or w in lex.words or w[0] in lex.conj_letters
            or lex.plural.search(lex.article + w) is None):
        return None
    return prev.span(1)


def _context(v: str, a: _Atom, lex: _Lex) -> None:
    """Mark ``a`` as a time, ordinal, identifier, day or year, and find its unit."""
    if a.kind == "vague":
        # a vague word in quotes ("hundreds" the workers) has its noun after the closing quote
        a.unit, a.direct_unit = _unit(v, a.end, lex, True,
                                      bool(lex.opened.search(v, max(0, a.outer - 3), a.outer)))
        last = v[a.start:a.end].split()[-1]
        if a.direct_unit and any(last.startswith(p) and last[len(p):] in lex.vague
                                 for p in (lex.article, *lex.def_clitics)):
            a.unit, a.direct_unit = None, False  # the thousands (al-alaf) is no construct: the word
            # after it is not what is counted ("the thousands left the city")
        return
    lo = max(0, a.outer - 40)
    if _QUOTE_OPEN.search(v, max(0, a.outer - 3), a.outer) and lex.quoted_title.search(v, lo, a.outer):
        a.drop = True  # rule quoted_title: a number opening a quoted title names, it counts nothing
        return
    if a.kind == "digits" and _not_a_quantity(v, a, lex):
        a.drop = True
        return
    if a.rule == "fraction" and lex.fraction_period.match(v, a.start):
        a.drop = True  # rule fraction_period: the quarter of the year, quarterly: a period, not a share
        return
    if a.rule == "fraction_pronoun" and lex.definite_after.match(v, a.end):
        a.drop = True  # its quarter the fiscal, its half the second: a period, not a share
        return
    if a.is_one or a.rule == "fraction_pronoun":  # the counted noun comes before "one" ("one
        # person" is "person one"); half of them counts what the pronoun stands for
        a.unit, a.direct_unit = None, False
    elif a.kind == "words" and not a.clitic and v[a.start:a.end] in lex.after_noun and (
            (prev := lex.prev_word.search(v, max(0, a.outer - 40), a.outer)) is not None
            and (noun := _noun_before(prev.group(1), prev.start(1), lex)) is not None):
        a.unit, a.direct_unit = noun, False  # volunteers two: the noun before is counted
        a.rule = "words_after_noun"
    else:
        after = lex.cue_after.match(v, a.end)
        a.unit, a.direct_unit = _unit(v, after.end() if after else a.end, lex,
                                      a.rule == "fraction",
                                      bool(lex.opened.search(v, max(0, a.outer - 3), a.outer)))
        if (a.unit is not None and a.plain4 and lex.year_lo <= a.value <= lex.year_hi
                and v[a.unit[0]] in lex.conj_letters):
            a.unit, a.direct_unit = None, False  # "World Cup 2014 and then ...": no noun
        if a.unit is not None and lex.unit_year_head.match(v, a.unit[0]):
            a.unit, a.direct_unit = None, False  # rule unit_not_year_head
    if a.kind == "digits" and not a.direct_unit and not a.pct and a.scale == 1 and (
            ed := lex.edition.search(v, max(0, a.outer - 40), a.outer)) is not None and all(
            w not in lex.stop and w[0] not in lex.prep_clitics for w in ed.group("between").split()):
        a.drop = True  # the Jeddah festival 36: an edition
        return
    if (a.kind == "digits" and not a.direct_unit and not a.pct and a.scale == 1 and not a.definite
            and (bm := lex.brand_model.search(v, max(0, a.outer - 40), a.outer)) is not None
            and _nounish(bm.group("w"), lex, definite=True) and bm.group("w") not in lex.words):
        a.drop = True  # rule model_brand_word: Embraer Phenom 300 (from the airport), a designation
        return
    if (a.kind == "digits" and not a.direct_unit and not a.pct and a.scale == 1 and not a.definite
            and not a.clitic and (tm := lex.type_model.search(v, max(0, a.outer - 50), a.outer)) is not None
            and _type_model_words(tm.group("ws"), lex)):
        a.drop = True  # rule model_type_head: of the type Jet Phenom 300, a designation
        return
    if (a.kind == "digits" and not a.pct and a.scale == 1 and not a.definite
            and (a.unit is None or v[a.unit[0]:a.unit[1]] in lex.name_branches)
            and lex.name_number.search(v, max(0, a.outer - 30), a.outer)):
        a.drop = True  # Operation 1027, the Tower 22: a name, and nothing is counted; rule
        return  # name_branch: a service branch after it is part of the name (camp 15 infantry)
    if (a.kind == "digits" and a.scale == 1 and not a.pct
            and (not a.direct_unit or (a.unit is not None and v[a.unit[0]] in lex.prep_clitics))
            and lex.al_ordinal_before.search(v, max(0, a.outer - 40), a.outer)):
        a.drop = a.ordinal = True  # rule al_digits_ordinal: the world jamboree the-23 (23rd)
        return
    if (a.kind == "digits" and a.scale == 1 and not a.pct and not a.plain4
            and _al_digits_ordinal(v, a, lex)):
        a.drop = a.ordinal = True
        return
    if a.definite and _definite_ordinal(v, a, lex):
        a.drop = True
        return
    if (a.definite and a.kind == "words" and a.unit is None and isinstance(a.value, int)
            and 3 <= a.value <= 10):
        pair = _definite_pair_noun(v, a.end, lex)
        if pair is not None:
            a.unit, a.direct_unit = pair, True  # rule definite_pair_unit: the five the days (5 days)
    h = lex.heads.search(v, lo, a.outer)
    if h is not None:
        if h.group("time") is not None:
            a.drop = True
        elif h.group("ident") is not None and not a.is_one and not a.definite:
            # "month one" is "one month"; a definite cardinal was judged by _definite_ordinal
            if not _identifier_count(v, a, h.group("ident"), lex, bool(h.group("adj"))):
                a.ident = a.drop = True
            elif a.rule == "digits":
                a.rule = "digits_after_identifier"  # the law 61 deputies: a count after all
        elif h.group("ordh") is not None and a.kind == "digits" and a.scale == 1:
            # (with a scale word it counts: "today 65 thousand and 36 people")
            if (h.group("al") is not None or not a.direct_unit
                    or (a.unit is not None and v[a.unit[0]] in lex.prep_clitics)):
                a.drop = a.ordinal = True  # the minute 59 with a shot: a noun after a preposition
        elif h.group("year") is not None and (
                a.plain4 or (a.kind == "words" and 1000 <= a.value <= 2999)) and (
                "ylink" not in h.re.groupindex or h.group("ylink") is None
                or (a.plain4 and lex.year_lo <= a.value <= lex.year_hi)):
            a.year = True  # after "of" (the first quarter of 2015) only a year in range
        elif (h.group("yearsoft") is not None and a.plain4
              and lex.year_lo <= a.value <= lex.year_hi):
            a.year = True
    if a.drop:
        return
    if a.dot3 and a.direct_unit:  # "12.400 dollars", "33.288 bottles": a thousands dot
        a.value = a.low = a.high = int(v[a.start:a.end].replace(".", ""))
    if lex.time_after.match(v, a.end) and not (isinstance(a.value, int | float) and a.value > 24):
        a.drop = True  # (rule hour_range: no clock reads 93 before a time of day: 93 then counts)
        return
    if (a.kind == "digits" and a.scale == 1 and not a.pct and isinstance(a.value, int) and 1 <= a.value <= 12
            and (lex.am_after.match(v, a.end) or (lex.pm_after.match(v, a.end) and (
                lex.am_near.search(v, max(0, a.outer - 30), a.outer)
                or lex.am_near.search(v, a.end, min(len(v), a.end + 30)))))):
        a.drop = True  # rule am_pm_time: (from 10 a.m. to 3 p.m.) are times of day
        return
    if (a.scale == 1 and not a.pct and isinstance(a.value, int) and 1 <= a.value <= 31
            and (lex.day_after.match(v, a.end)
                 or (a.kind == "digits" and lex.month_right_before.search(v, lo, a.outer)))
            and not _after_definite_plural(v, a, lo, lex)):
        a.day = True
    if a.plain4 and isinstance(a.value, int) and not a.year:
        if lex.month_before.search(v, lo, a.outer):
            a.year = True
        elif lex.year_suffix.match(v, a.end) or lex.year_pair_after.match(v, a.end):
            a.year = True  # (rule year_pair_suffix: 1436 1437 AH)
        elif lex.year_lo <= a.value <= lex.year_hi and not a.direct_unit:
            a.year_bare = True


def _al_digits_ordinal(v: str, a: _Atom, lex: _Lex) -> bool:
    """Rule al_digits_after_noun: digits with the article before them (al-17, al-21), with no
    counted noun after them, are an ordinal after a definite feminine singular (the Arab
    championship the-21st; when that word is an adjective, its definite head ends in -a too: not
    "the lanterns the-Ramadan the-110", a non-human plural with a feminine adjective) or at most
    two words after an edition or ordinal head (the festival for shopping the-17th, the century
    the-14th). After a definite plural, at most one adjective between (the years the-15 coming,
    the emerging markets the-25), they count it, and the word after them is no counted noun (an
    adjective: the markets the-25 high-value). After an indefinite word (a verb, a preposition,
    a possessed noun) nothing changes."""
    m = lex.al_digits_before.search(v, max(0, a.outer - 60), a.outer)
    if m is None or lex.cue_before.search(v, max(0, a.outer - 40), a.outer) is not None:
        return False  # more than the 20: a qualified number counts
    bare = not a.direct_unit or (a.unit is not None and v[a.unit[0]] in lex.prep_clitics)
    if lex.edition_al.search(v, max(0, a.outer - 60), a.outer) is not None:
        return bare
    for g in ("w1", "w2"):
        w = m.group(g) or ""
        if (w.startswith(lex.article) or w.startswith(lex.def_clitics)) and (
                lex.plural.search(w) is not None and w not in lex.words):
            if a.unit is None or v[a.unit[1] - 1] != _ALIF:  # (the detainees the-30 days: a tamyiz)
                a.unit, a.direct_unit = None, False  # the markets the-25 high-value: not "high"
            return False
    w1 = m.group("w1")
    if not w1.startswith(lex.article) or not w1.endswith(_TA_MARBUTA) or w1 in lex.words:
        return False  # only a definite feminine singular (the championship the-21st) or a head
    w2 = m.group("w2") or ""
    if (w2.startswith(lex.article) or w2.startswith(lex.def_clitics)) and not w2.endswith(_TA_MARBUTA):
        return False  # an adjective in -a after a definite head that is no feminine singular: a
        # non-human plural (the Ramadan lanterns the-110, the Arab states the-5) is counted
    return bare


def _definite_pair_noun(v: str, end: int, lex: _Lex) -> tuple[int, int] | None:
    """Rule definite_pair_unit: the span of the definite plural right after a definite cardinal
    ending at ``end`` (the five the days), which it counts; None for an elative, a word in -a/-i,
    a stop word, a number word or a listed exception."""
    nx = lex.next_word.match(v, end)
    if nx is None:
        return None
    w = nx.group(1)
    if (w.startswith(lex.article) and lex.plural.search(w) is not None
            and not w.endswith(("\u0649", "\u064a")) and w not in lex.stop and w not in lex.words
            and w not in lex.pair_not and not lex.pair_elative.search(w)):
        return nx.span(1)
    return None


def _after_definite_plural(v: str, a: _Atom, lo: int, lex: _Lex) -> bool:
    """Rule cardinal_after_plural_not_day: a definite cardinal right after a definite plural noun
    (the months the three of July) is that noun's count, not a day of the month after it."""
    if not a.definite:
        return False
    prev = lex.prev_word.search(v, max(lo, a.outer - 40), a.outer)
    w = prev.group(1) if prev is not None else ""
    return (w.startswith(lex.article) or w.startswith(lex.def_clitics)) and (
        lex.plural.search(w) is not None and w not in lex.words)


def _type_model_words(ws: str, lex: _Lex) -> bool:
    """Rule model_type_head: the words between a type head and its digits name a model: the last is
    a word, and none is a stop word, a number word or a definite word (of the new type, range 125)."""
    words = ws.split()
    if not words[-1][0].isalpha():
        return False
    return all(w.isdigit() or (w not in lex.stop and w not in lex.words and w not in lex.vague
                               and not w.startswith(lex.article) and not w.startswith(lex.def_clitics))
               for w in words)


def _counted_head(v: str, head: int, lex: _Lex) -> bool:
    """Whether the code head starting at ``head`` is the counted noun of a number right before
    it (41 thousand phones): then it names no phone number."""
    before = v[max(0, head - 30):head].rstrip()
    if before[-1:].isdigit():
        return True
    w = lex.prev_word.search(v, max(0, head - 30), head)
    return w is not None and (w.group(1) in lex.words
                              or (w.group(1)[:1] in lex.clitics and w.group(1)[1:] in lex.words))


def _counted_after(v: str, a: _Atom, lex: _Lex) -> bool:
    """Whether the word right after the digits of ``a`` is a known counted noun (``identifier_counts``
    ``counted_nouns``: dead, persons, dollars): the digits count it, whatever head stands before them."""
    unit, direct = _unit(v, a.end, lex, False, False)
    return direct and unit is not None and v[unit[0]:unit[1]] in lex.ident_counted


def _identifier_count(v: str, a: _Atom, head: str, lex: _Lex, adj: bool = False) -> bool:
    """Whether digits after the identifier head ``head`` count after all: the head is one that
    also names something measured or voted on (a flight, a law) and the word right after the
    digits is a known counted noun, a unit, a currency or a person (this flight 12 tons, the law
    61 deputies); an adverb (the resolution 242 at once) or an adjective leaves an identifier.
    A scale word counts after any head: no name or reference number is written with one (the
    figure 100 billion). Rule identifier_adjective_count: after a head and its nisba adjective any
    indefinite noun right after the digits is what they count (the air base 40 planes): the
    adjective describes the thing (a base), whose name is then no more than the head itself."""
    if a.kind == "digits" and a.scale != 1:
        return True
    if adj and a.direct_unit and a.unit is not None:
        u = v[a.unit[0]:a.unit[1]]
        if not u.startswith(lex.article) and u[0] not in lex.prep_clitics:
            return True
    return (head in lex.ident_soft and a.direct_unit and a.unit is not None
            and v[a.unit[0]:a.unit[1]] in lex.ident_counted)


def _not_a_quantity(v: str, a: _Atom, lex: _Lex) -> bool:
    """Digits that name or date something: a designation, a numeric date, a slash
    reference, the number of an enumerated line, a short code or phone number after a
    sending word, a rank after a rank (third in the Arab world and 14th worldwide), a
    bare number in brackets after a noun in a line about goals (a goal minute) or before a
    colon (a part)."""
    lo = max(0, a.outer - 24)
    if a.kind == "digits" and a.scale == 1 and not a.pct and lex.street_after.match(v, a.end):
        return True  # rule latin_street_number: 10 Downing Street, 1 Pont St
    if a.kind == "digits" and a.scale == 1 and not a.pct and lex.letter_code_after.match(v, a.end):
        return True  # rule letter_code: form 101/A, a code and not a count
    if (a.kind == "digits" and a.scale == 1 and not a.pct and lex.issue_after.match(v, a.end)
            and lex.issue_before.search(v, max(0, a.outer - 40), a.outer)):
        return True  # rule issue_number: the issue (12) of the bulletin
    if (a.kind == "digits" and a.scale == 1 and not a.pct and a.end - a.start >= 4
            and sum(c.isdigit() for c in v[a.start:a.end]) >= 4
            and (cm := lex.code_before.search(v, max(0, a.outer - 40), a.outer)) is not None
            and not _counted_head(v, cm.start(), lex)
            and lex.cue_before.search(v, max(0, a.outer - 30), a.outer) is None
            and not _counted_after(v, a, lex)):
        # rule code_head: a bare run of 4+ digits after a sending word or a phone; rule
        # code_head_counted: digits with a counted noun right after them count (the figure raised to
        # 2908 dead)
        return True
    if lex.rank_after.match(v, a.end) and lex.rank_before.search(v, max(0, a.outer - 30), a.outer):
        return True
    if (not a.pct and isinstance(a.base, int) and (br := lex.bare_bracket.match(v, a.end))
            and (op := lex.opened.search(v, max(0, a.outer - 3), a.outer)) and v[op.start()] in "(["
            and (br.group("colon") is not None
                 or lex.goal_before.search(v[max(0, a.outer - 200):a.outer].rsplit("\n", 1)[-1]))):
        prev = lex.prev_word.search(v, max(0, op.start() - 30), op.start())
        w = prev.group(1) if prev is not None else ""
        if (_nounish(w, lex, definite=False) and not w.startswith(lex.count_nouns)
                and w not in lex.conj_stop):  # not "the killing of (15)", "the toll of the dead (37)"
            return True
    if v[a.start] == "0" and a.start + 1 < len(v) and v[a.start + 1].isdigit() and not (
            (zd := lex.zero_decimal.match(v, a.start, a.end)) is not None
            and (a.scale > 1 or a.pct or len(zd.group("lead")) != 3)):
        # a telephone or reference number; not a decimal padded with a zero (04.5 million),
        # though a zero-led group of three without a scale may be a thousands group (070.659)
        return True
    # rule and_count_after_model: a count joined by "and" after a model's name (12 MiG planes and 4
    # tanks) opens a new item: a designation never takes its number through a glued "and"
    if (lex.designation.search(v, lo, a.outer) or lex.designation_bare.search(v, lo, a.outer)) \
            and a.clitic != lex.conj:
        return True
    if a.clitic == lex.conj and _designation_and(v, a, lex):
        return True
    if lex.score_after.match(v, a.end) or lex.score_before.search(v, lo, a.outer):
        return True
    if a.kind == "digits" and a.value == 0 and not a.pct and (
            lex.nil_dash_after.match(v, a.end) or lex.nil_dash_before.search(v, lo, a.outer)):
        return True  # a nil beside a dash and a number (0-2, 2 - 0): a score, nothing counted
    # (four plain digits are left to the year rules: a war named by its year in quotes is a date)
    if (a.scale == 1 and not a.pct and not a.plain4 and lex.quoted_name_after.match(v, a.end)
            and (q := lex.quoted_name_before.search(v, max(0, a.outer - 40), a.outer))
            and _cue_before(v, a, q.start(), lex) is None):  # '"about 300"' still counts
        return True
    if a.end - a.start == 1 and v[a.start] in "23" and lex.exponent_before.search(v, lo, a.start):
        return True
    if lex.slash_before.search(v, lo, a.outer) or lex.slash_after.match(v, a.end):
        return True
    if lex.enum_after.match(v, a.end) and lex.enum_before.search(v, lo, a.outer):
        return True
    if lex.enum_dot_after.match(v, a.end) and lex.enum_line_before.search(v, lo, a.outer):
        return True  # rule enum_dot_line: "5. text" at a line start
    if _bracket_label(v, a, lex):
        return True
    if (a.scale == 1 and not a.pct and (bi := lex.bracket_ident_after.match(v, a.end)) is not None
            and bi.group("w") not in lex.ident_counted
            and lex.bracket_ident_before.search(v, max(0, a.outer - 40), a.outer)):
        return True  # rule bracket_identifier: page (9), course (45), a number in brackets after its head
    hi = min(len(v), a.end + 24)
    return lex.numeric_date_gate.search(v, lo, hi) is not None and any(  # rule numeric_date_gate
        m.start() <= a.start < m.end() for m in lex.numeric_date.finditer(v, lo, hi))


def _designation_and(v: str, a: _Atom, lex: _Lex) -> bool:
    """Rule designation_and: digits joined by "and" to a designation's digits, with no counted
    noun after them, are a second designation (S-300 and 400, MiG 29 and 35): the glued "and"
    opens a new model, not a count, when the word after is no noun (a preposition, a mark, the
    end)."""
    if a.pct or a.scale != 1 or not lex.designation_num.search(v, max(0, a.outer - 30), a.outer):
        return False
    nxt = lex.next_word.match(v, a.end)
    return nxt is None or nxt.group(1) in lex.stop


_PAIRS = {"(": ")", "[": "]", "\u00ab": "\u00bb"}
_QUOTE_OPEN = re.compile("[\"\u201c\u00ab]")  # the cheap gate of rule quoted_title
#: How far (characters) a list's next or previous label is looked for.
_LABEL_REACH = 2000


def _bracket_label(v: str, a: _Atom, lex: _Lex) -> bool:
    """Rule bracket_label: a bare whole number alone in a pair of brackets or guillemets that
    numbers a list's items: it opens a line or a clause ("(2) ...", "[3] ...", "... : «1» ...,
    «2» ...") or, in guillemets or square brackets, has no word after it, and the label before
    or after it in the list (n - 1 or n + 1, in the same brackets) is there too, save in square
    brackets (no count is written so). A number so written with no such neighbour is a count
    ("«11» companies", "(354863) persons")."""
    if a.pct or a.scale != 1 or not isinstance(a.base, int) or a.clitic:
        return False
    op = lex.label_open.search(v, max(0, a.outer - 8), a.outer)
    cl = lex.label_close.match(v, a.end)
    if op is None or cl is None or _PAIRS[op.group("o")] != cl.group("c"):
        return False
    if op.group("lead") is None and (op.group("o") == "(" or cl.group("bare") is None):
        return False
    if op.group("o") == "[":
        return True  # (a count is never written in square brackets: a label or a note's number)
    o, c = re.escape(op.group("o")), re.escape(cl.group("c"))
    near = v[max(0, op.start() - _LABEL_REACH):cl.end() + _LABEL_REACH]
    return any(re.search(rf"{o}{_WS}*{n}{_WS}*{c}", near) for n in (a.base - 1, a.base + 1) if n >= 0)


def _far_cue_after(v: str, a: _Atom, lex: _Lex) -> re.Match[str] | None:
    """A cue after the counted noun and up to ``after_gap`` more words (an adjective, a
    partitive pronoun): "13 fighters Houthi at least", "12 of them at least". The words
    between are no number, no word glued to a clause conjunction, no verb.

    Rule far_cue_keys: every match of ``cue_after_far`` holds one of ``far_keys`` (see
    :func:`_keys`); in a text with none (most) the words are not read."""
    if not any(k in v for k in lex.far_keys):
        return None
    pos = a.unit[1] if a.unit is not None and a.direct_unit else a.end
    for _ in range(lex.after_gap):
        m = lex.gap_word.match(v, pos)
        if m is None:
            return None
        w = m.group(1)
        if (w in lex.words or w in lex.vague or w[0] in lex.conj_letters
                or lex.verb.search(w) or lex.verb_prefix.search(w)):
            return None
        pos = m.end()
        c = lex.cue_after_far.match(v, pos)
        if c is not None and c.lastgroup is not None:
            return c
    return None


def _cue_before(v: str, a: _Atom, lo: int, lex: _Lex) -> tuple[str, int] | None:
    m = lex.cue_before.search(v, max(lo, a.outer - 40), a.outer)
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup, m.start(m.lastgroup)


def _same_noun(x: str, y: str, lex: _Lex) -> bool:
    """Two spellings of one noun (a singular and its broken plural, metre/metres): the consonant
    skeleton of one, its article and weak letters dropped, is a subsequence of the other's."""
    def skeleton(w: str) -> str:
        w = w[len(lex.article):] if w.startswith(lex.article) else w
        return "".join(c for c in w if c not in lex.weak and c.isalpha())
    p, q = sorted((skeleton(x), skeleton(y)), key=len)
    if not p:
        return False
    it = iter(q)
    return all(c in it for c in p)


def _range(v: str, a: _Atom, b: _Atom, lo: int, lex: _Lex) -> tuple[str, int] | None:
    """(rule, view start) when atoms ``a`` and ``b`` form a range, else ``None``."""
    if a.kind == "vague" or b.kind == "vague" or (a.pct and not b.pct):
        return None
    if a.year and not (b.plain4 and lex.year_lo <= b.value <= lex.year_hi):
        return None  # rule year_not_range_start: "for 2015 to 13.2 billion": a year, then an amount
    window = max(lo, a.outer - 20)
    aend, rule = a.end, ""
    if a.rule in ("range_dual_start", "range_single_start"):
        rule = a.rule
    elif (a.unit is not None and a.direct_unit and a.unit[0] >= a.end
          and not lex.gap_to.fullmatch(v, a.end, b.start)
          and not lex.gap_and_bayn.fullmatch(v, a.end, b.start)
          and (lex.from_before.search(v, window, a.outer) or lex.between_before.search(v, window, a.outer))):
        if b.unit is not None and not _same_noun(v[slice(*a.unit)], v[slice(*b.unit)], lex):
            return None  # "between 5 persons and 10 women": two counts
        aend, rule = a.unit[1], "range_noun_inside"  # "between six metres to 33 metres"
    if not 0 <= b.outer - aend <= 24:
        return None
    if lex.gap_to.fullmatch(v, aend, b.start):
        f = lex.from_before.search(v, window, a.outer)
        if f is not None and lex.cue_before.search(v, window, a.outer) is None:
            return rule or "range_min_ila", f.start("w")
        f = lex.between_before.search(v, window, a.outer) if rule else None
        if f is not None:  # "between X (noun) to Y": the opener is in the mention
            return rule, f.start("w")
        if rule:
            return None
        if (a.pct and b.pct and a.value is not None and b.value is not None
                and b.value >= lex.change_ratio * a.value and lex.change_before.search(v, window, a.outer)):
            return None  # rule change_not_range: "by a rate of 2% to 5%" is a change, two numbers
        return "range_ila", a.start
    if lex.gap_and_bayn.fullmatch(v, aend, b.start):
        f = lex.between_before.search(v, window, a.outer)
        return (rule or "range_bayn", f.start("w")) if f is not None else None
    if not rule and a.kind == "digits" and b.kind == "digits" and lex.gap_dash.fullmatch(v, a.end, b.start):
        return "range_dash", a.start
    return None


def _compounds(v: str, atoms: list[_Atom], lex: _Lex) -> list[_Atom]:
    """Join a scaled number and a smaller one after the conjunction ("3 thousand and 500",
    "a million and 200 thousand") into one number."""
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (a is not None and a.kind in ("digits", "words") and b.kind in ("digits", "words")
                and a.scale > 1 and not a.pct and not (a.day or a.year or b.day or b.year)
                and isinstance(b.value, (int, float)) and 0 < b.value < a.scale
                and (lex.gap_and.fullmatch(v, a.end, b.start)
                     or (b.scale > 1 and b.kind == "digits" and not v[a.end:b.start].strip())
                     # rule compound_without_and: "a thousand five hundred" = 1500, a hundreds word
                     # right after a scale word, the "and" left out
                     or (a.kind == b.kind == "words" and b.value % 100 == 0 and b.value < 1000
                         and not v[a.end:b.start].strip()))):
            a.end, a.unit, a.direct_unit, a.pct = b.end, b.unit, b.direct_unit, b.pct
            a.value = a.low = a.high = _num(Decimal(str(a.value)) + Decimal(str(b.value)))
            a.scale = b.scale if b.scale > 1 else 1
            a.base, a.rule, a.plain4, a.year_bare, a.dot3 = a.value, "compound", False, False, False
            a.kind = "digits" if "digits" in (a.kind, b.kind) else "words"
            continue
        out.append(b)
    return out


def _half_ends_phrase(v: str, end: int, lex: _Lex, scaled: bool = False, unit: str = "") -> bool:
    """The half read by rule and_a_half ends its phrase: punctuation, the end of the text, or a
    follower word next (not "and half the population", a new phrase); after a scale word
    ("3 million and a half riyals") any indefinite word may follow."""
    rest = v[end:end + 40].lstrip()
    if not rest or not (rest[0].isalpha() or rest[0].isdigit()):
        return True
    m = lex.next_word.match(rest)
    if m is None:
        return False
    w = m.group(1)
    if unit and w.startswith(lex.article) and _same_noun(w, unit, lex):
        return True  # "five years and half the year": the counted noun repeated with the article
    if len(w) > 3 and w[0] == lex.conj and (lex.verb.search(w[1:]) or lex.verb_prefix.search(w[1:])):
        return True  # rule half_before_clause: "five years and a half and-heads ...": a new clause
    return w in lex.half_follow or (scaled and not w.startswith(lex.article))


def _and_a_half(v: str, atoms: list[_Atom], lex: _Lex) -> list[_Atom]:
    """Rule and_a_half: "five years and a half" = 5.5 (the noun stays the unit), "3 million and a
    half" = 3500000 (half of the scale), "3 and a half" = 3.5; rule dual_and_a_half: "two hours
    (a dual) and a half" = 2.5, the dual is the unit (data: number_words.and_a_half)."""
    halves: list[tuple[int, int]] = []
    for a in atoms:
        if (a.kind not in ("digits", "words") or not isinstance(a.value, (int, float)) or a.pct
                or a.day or a.year or a.ident or a.frac_scale or a.rule == "compound"
                or a.value != int(a.value)):
            continue
        m = lex.half_after.match(v, a.end)
        if m is None and a.unit is not None and a.direct_unit and a.scale == 1:
            m = lex.half_after.match(v, a.unit[1])
        unit = v[a.unit[0]:a.unit[1]] if a.unit is not None and m is not None and m.start() > a.end else ""
        if m is None or not _half_ends_phrase(v, m.end(), lex, a.scale > 1 and m.start() == a.end, unit):
            continue
        base = a.base if a.scale > 1 and a.base else a.value
        scale = a.scale if a.scale > 1 and a.base else 1
        a.value = a.low = a.high = _num((Decimal(str(base)) + Decimal("0.5")) * scale)
        a.end, a.plain4, a.year_bare, a.dot3 = m.end(), False, False, False
        if a.unit is None:  # "3 million and a half riyals": the noun follows the half
            a.unit, a.direct_unit = _unit(v, m.end(), lex, False)
        a.rule = "and_a_half"
        halves.append(m.span())
    for m in lex.half_dual.finditer(v):
        taken = [(a.outer if a.outer >= 0 else a.start, a.end) for a in atoms
                 if a.kind != "words" or a.value != 0.5]
        if overlaps_any(taken, m.start(), m.end()) or not _half_ends_phrase(v, m.end(), lex):
            continue
        a = _Atom(m.start("d"), m.end(), "words", 2.5, 2.5, 2.5, "dual_and_a_half", outer=m.start("d"))
        a.unit, a.direct_unit = m.span("d"), True
        atoms.append(a)
        halves.append((m.end("d"), m.end()))
    for m in lex.half_single.finditer(v):  # rule single_and_a_half: a year and a half = 1.5 years
        taken = [(a.outer if a.outer >= 0 else a.start, a.end) for a in atoms
                 if a.kind != "words" or a.value != 0.5]
        if overlaps_any(taken, m.start(), m.end()) or \
                not _half_ends_phrase(v, m.end(), lex, unit=m.group("d")):
            continue
        fm = lex.half_single_from.search(v, max(0, m.start("d") - 40), m.start("d"))
        if fm is not None:
            if not _same_noun(fm.group("n"), m.group("d"), lex):
                continue  # from the morning to an hour and a half: a range whose first end is no number
            # rule range_single_start: "from a metre to a metre and a half" = 1..1.5 metres
            one = _Atom(fm.start("n"), fm.end("n"), "words", 1, 1, 1, "range_single_start",
                        outer=fm.start("n"))
            one.unit, one.direct_unit = fm.span("n"), True
            atoms.append(one)
        a = _Atom(m.start("d"), m.end(), "words", 1.5, 1.5, 1.5, "single_and_a_half", outer=m.start("d"))
        a.unit, a.direct_unit = m.span("d"), True
        atoms.append(a)
        halves.append((m.end("d"), m.end()))
    if not halves:
        return atoms
    keep = [a for a in atoms if a.rule in ("and_a_half", "dual_and_a_half", "single_and_a_half")
            or not overlaps_any(halves, a.start, a.end)]
    return sorted(keep, key=lambda a: a.start)


def _major_and_minor(v: str, atoms: list[_Atom], lex: _Lex) -> None:
    """Rule major_and_minor (number_words.json): a kilo and 500 grams is 1500 grams, one mention
    from the major unit's word (a lone major word: no number stands before it)."""
    for a in atoms:
        if (a.clitic != lex.conj or a.unit is None or a.pct or a.kind not in ("digits", "words")
                or not isinstance(a.value, (int, float))):
            continue
        for major, minor, factor in lex.major_before:
            m = major.search(v, max(0, a.outer - 24), a.outer)
            if m is None or v[a.unit[0]:a.unit[1]] not in minor or _digit_before(v, m.start()):
                continue
            prev = lex.prev_word.search(v, max(0, m.start() - 30), m.start())
            if prev is not None and (prev.group(1) in lex.words or prev.group(1) in lex.vague):
                continue  # three kilos and 500 grams: two counts
            a.value = a.low = a.high = _num(Decimal(str(a.value)) + factor)
            a.start = a.outer = m.start()
            a.clitic, a.rule = "", "major_and_minor"
            break


def _dual_range_starts(found: list[re.Match[str]], atoms: list[_Atom]) -> list[_Atom]:
    """Rule range_dual_start: a dual noun after "from"/"between" and before "to"/"and" opens a
    range ("between two years (a dual) to three years" = 2..3); it is kept only as a range's
    start (see :func:`_keep_single`)."""
    spans = [(a.start, a.end) for a in atoms]
    for m in found:
        if overlaps_any(spans, *m.span("d")):
            continue
        a = _Atom(m.start("d"), m.end("d"), "words", 2, 2, 2, "range_dual_start", outer=m.start("d"))
        a.unit, a.direct_unit = m.span("d"), True
        atoms.append(a)
    return sorted(atoms, key=lambda a: a.start)


def _make_range(v: str, a: _Atom, b: _Atom, rng: tuple[str, int], lex: _Lex) -> _Atom | None:
    """The range atom for ``a`` .. ``b``; an atom of kind ``drop`` when the pair is a date;
    ``None`` when the two numbers do not make a range after all."""
    rule, start = rng
    if a.day or b.day or a.year or b.year or (a.year_bare and b.year_bare):
        return _Atom(a.start, b.end, "drop", None, 0, 0, rule)  # days or years: a date
    low, high = a.value, b.value
    if low is None or high is None:
        return None
    if b.scale > 1 and a.scale == 1 and low < b.base:
        low = _num(Decimal(str(low)) * b.scale)
    if not low < high:
        return _Atom(a.start, b.end, "drop", None, 0, 0, rule) if rule == "range_dash" else None
    if (rule == "range_dash" and b.unit is None and not b.pct and high <= lex.dash_pair_max
            and not lex.unit_symbol_after.match(v, b.end)):
        return _Atom(a.start, b.end, "drop", None, 0, 0, rule)  # a score or a reference
    if (a.kind == b.kind == "digits" and a.scale == b.scale == 1 and not b.pct
            and lex.ident_range.search(v, max(0, start - 60), start)
            and (b.unit is None or v[slice(*b.unit)] not in lex.ident_counted)):
        return _Atom(a.start, b.end, "drop", None, 0, 0, "identifier_range")  # forms 101 to 119
    r = _Atom(a.start, b.end, "range", None, low, high, rule, outer=a.outer)
    r.qualifier, r.unit, r.pct = "range", b.unit, b.pct
    if r.unit is None and a.unit is not None and a.unit[1] <= b.start:
        r.unit = a.unit  # "from 5 persons to 10": the noun inside the range counts both
    r.span = (start, b.end)
    return r


def _shared_percent(v: str, out: list[_Atom], lex: _Lex) -> None:
    """Rule percent_shared_and: in "4.6 and 6.9 per cent" the percent unit written after the last
    number is shared by the bare numbers joined to it by "and", as a range shares its unit (a number
    with its own counted noun or cue keeps it; one above 100 counts something else: 300 and 20% of them)."""
    for a, b in zip(reversed(out[:-1]), reversed(out[1:]), strict=True):
        if (b.pct and not a.pct and a.kind == b.kind == "digits" and a.unit is None
                and a.qualifier == "exact" and a.span[1] == a.end and a.value is not None and a.value <= 100
                and lex.gap_and.fullmatch(v, a.end, b.span[0])):
            a.pct, a.rule = True, "percent_shared_and"


def _shared_scale(v: str, out: list[_Atom], lex: _Lex) -> None:
    """Rule scale_shared_and: in "3.8 and 3.9 million barrels" the scale word written after the last
    number is shared by a bare number joined to it by "and", with its counted noun, as a range shares
    them: 3.8 is 3,800,000 barrels, and 450 in "450 and 344 thousand trucks" is 450,000 trucks. Only a
    bare number below a thousand with no noun, cue or percent of its own takes it."""
    for a, b in zip(reversed(out[:-1]), reversed(out[1:]), strict=True):
        if (b.scale > 1 and a.scale == 1 and not a.pct and not b.pct and a.kind == b.kind == "digits"
                and a.unit is None and a.qualifier == "exact" and a.span[1] == a.end
                and isinstance(a.value, (int, float)) and isinstance(b.base, (int, float))
                and 0 < a.value < 1000
                and not a.day and not a.year and lex.gap_and.fullmatch(v, a.end, b.span[0])):
            a.value = a.low = a.high = _num(Decimal(str(a.value)) * b.scale)
            a.unit, a.scale, a.rule = b.unit, b.scale, "scale_shared_and"


def _keep_single(v: str, a: _Atom, lo: int, lex: _Lex) -> bool:
    """Decide whether a single atom is a number mention; set its qualifier and span."""
    if a.day or a.year or a.rule in ("range_dual_start", "range_single_start"):  # a dual alone is no number
        return False
    if a.rule == "words_scale" and a.base == 1 and not a.clitic and \
            _GLUED_DIGITS_BEFORE.search(v, max(0, a.outer - 4), a.outer):
        return False  # rule scale_glued_digits: digits not read stand glued to it: never 1 x scale
    if a.kind == "digits" and lex.bc_after.match(v, a.end):
        return False  # rule bc_year: a year before Christ (no date either: dates start at year 1)
    if a.kind == "digits" and lex.era_after.match(v, a.end):
        return False  # rule era_year: digits with an era word after them are a year ("14 AD")
    if a.is_one and not a.pct:  # "one" counts only right after a counted noun ("person one"),
        # or as a share (one per cent)
        prev = lex.prev_word.search(v, max(0, a.outer - 30), a.outer)
        if ((prev is None or not (_nounish(w := prev.group(1), lex, definite=True)
                                  or (_glued_conjunction(w, lex) and not w[1:].startswith(lex.article)
                                      and _nounish(w[1:], lex, definite=True))))
                and lex.cue_after.match(v, a.end) is None and _far_cue_after(v, a, lex) is None
                and (v[:a.outer].strip() or v[a.end:].strip())):  # "one" alone on the text counts
            return False  # "one of them at least" counts too
    span_s, span_e = a.start, a.end
    if a.kind != "vague":
        cue = _cue_before(v, a, lo, lex)
        if cue is not None:
            a.qualifier, span_s = cue
        elif (a.year_bare and lex.count_not_year.search(v, max(lo, a.outer - 80), a.outer) is None
              and not _count_after(v, a, lex)):
            return False
        else:
            after = lex.cue_after.match(v, a.end)
            if after is None and a.unit is not None and a.direct_unit:
                after = lex.cue_after.match(v, a.unit[1])
            if after is None and (sym := lex.unit_symbol_after.match(v, a.end)) is not None:
                after = lex.cue_after.match(v, sym.end())  # 3.42$ at least
            if after is None:
                after = _far_cue_after(v, a, lex)
            if after is not None and after.lastgroup is not None:
                a.qualifier, span_e = after.lastgroup, after.end()
            else:  # "the number of the dead exceeded 100": the verb qualifies, the text is the number
                cut = a.outer  # a bracket round the number stands outside the cue: ... (750)
                br = lex.opened.search(v, max(lo, a.outer - 3), a.outer)
                if br is not None and v[br.start()] in "([" and a.unit is not None:  # not a restatement
                    cut = br.start()
                m = lex.cue_subject.search(v, max(lo, a.outer - 80), cut)
                if m is not None and m.lastgroup is not None:
                    a.qualifier = m.lastgroup
                    words = v[m.start(m.lastgroup):m.end()].split()
                    if lex.count_pronoun.search(v, m.start(), m.end()) is not None or (
                            len(words) in (3, 4) and lex.possessed_word.fullmatch(words[-2])
                            and not words[-3].startswith(lex.count_nouns)):  # not "its number's"
                        # "its number neared 30 thousand": the cue with its pronoun subject is
                        # written before the number, as a 'before' cue (its number exceeded) is
                        span_s = m.start(m.lastgroup)
    op = lex.opened.search(v, max(0, a.outer - 3), a.outer)
    if op is not None and a.kind == "digits":  # keep the brackets or quotes of "(303) thousand" paired
        if a.closed:
            span_s = min(span_s, op.start())
        if span_s <= op.start() and span_e == a.end and (cl := lex.closer.match(v, a.end)):
            span_e = cl.end()
    a.span = (span_s, span_e)
    return True


# --- the extractor -------------------------------------------------------------------------

_IN_DATES: ContextVar[bool] = ContextVar("karabakh_nb_numbers_in_dates", default=False)


def _date_spans(nv: Normalized, reference: dt.date | None, article: Any = None,
                at: int = 0) -> list[tuple[int, int]]:
    """Raw spans of the dates in ``nv.raw``, from :mod:`karabakh_nb.dates` (numbers inside a
    date are not quantities).

    The call is the one the dates table makes for the same sentence and
    reference (with the same anchor words of the article, ``article`` at offset ``at``, when the
    caller has them), so in the pipeline one date extraction of a sentence serves both tables.
    """
    if _IN_DATES.get():
        return []
    token = _IN_DATES.set(True)
    try:
        from .dates import extract_dates

        return merge_spans(d.span for d in extract_dates(nv.raw, reference, view=nv, article=article, at=at))
    except Exception:  # noqa: BLE001 - numbers must stay correct whatever the date stage does
        return []
    finally:
        _IN_DATES.reset(token)


def extract_numbers(text: str, *, view: Normalized | None = None,
                    reference: dt.date | None = None, article: Any = None, at: int = 0
                    ) -> list[NumberMention]:
    """Every number mention in ``text``, sorted by span (see :class:`NumberMention`).

    Spans index ``text`` itself; ``text[s:e] == mention.text``. Never raises on a
    string. ``view``, when the caller has it, is ``normalize(text)`` (cut from a
    view of the whole article), so the text is not normalized again.
    ``reference`` is the publication date the text's dates resolve against: the
    numbers that belong to a date are left out, and the dates are found by the
    same call the dates table makes. Results for recent texts are remembered
    (mentions are immutable): the pipeline asks about the same sentence for the
    numbers table and for claims. ``article``, with ``view``, is the
    :class:`~karabakh_nb.dates.ArticleAnchors` of the whole article's view, in which ``view``
    starts at offset ``at``: the date extraction takes the sentence's anchor words from there
    (the same dates, as the dates table finds them).
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    extract = partial(_extract, article=article, at=at) if article is not None else _extract
    return remembered(_MEMO, extract, text, reference, view)


_MEMO = Memo(8192)


def clear_cache() -> None:
    """Forget remembered results (for benchmarks that time real scans)."""
    _MEMO.clear()
    _YEARS.clear()


def year_spans(view: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` of the years written in digits that this stage leaves out as years
    (after a year head, a preposition or period word, in a list after one, or with an era
    suffix), on normalized text. The dates stage reports them as year dates.

    >>> year_spans("\u0641\u064a 2011 \u06482014")  # "in 2011 and 2014"
    [(3, 7, 2011), (9, 13, 2014)]
    """
    view = mask_markup(view)
    found = _YEARS.get(view)
    if found is None:
        lex = _lex()
        found = _years_of(_read_atoms(view, lex), lex)
        _YEARS.put(view, found)
    return list(found)


#: Years by view text: the numbers pass stores them while it reads a sentence, so the dates
#: pass it triggers for the same sentence finds them without reading the atoms again.
_YEARS = Memo(8192)


def _years_of(atoms: list[_Atom], lex: _Lex) -> tuple[tuple[int, int, int], ...]:
    return tuple((a.start, a.end, int(a.value)) for a in atoms
                 if a.kind == "digits" and a.year and a.plain4 and not a.drop
                 and lex.year_lo <= a.value <= lex.year_hi)


def _digit_before(v: str, i: int) -> bool:
    """Whether the last character before ``i``, spaces skipped, is a digit (without copying ``v``).

    >>> _digit_before("20 x", 3), _digit_before("a  x", 3), _digit_before(" x", 1)
    (True, False, False)
    """
    while i and v[i - 1].isspace():
        i -= 1
    return i > 0 and v[i - 1].isdigit()


def _scale_verb(v: str, a: _Atom, lex: _Lex) -> bool:
    """Rule scale_verb: a lone "thousand" that is the verb "he wrote / he formed": no number before
    it, and a definite word after it (wrote the professor), or, glued to "and", an accusative
    noun (and he wrote books); a thousand counts an indefinite genitive (and a thousand soldiers)."""
    if a.kind != "words" or v[a.start:a.end] not in lex.scale_verbs or _digit_before(v, a.outer):
        return False
    if lex.scale_verb_definite.match(v, a.end):
        return True
    if not a.clitic and lex.scale_verb_after.search(v, max(0, a.outer - 12), a.outer):
        return True  # rule scale_verb_after_relative: the one who wrote a book
    return bool(a.clitic) and a.clitic in lex.scale_verb_clitics and bool(
        lex.scale_verb_accusative.match(v, a.end))


def _read_atoms(v: str, lex: _Lex, clock_dual: bool = True) -> list[_Atom]:
    """The atoms of ``v``, refined, with their context read and listed years and identifiers
    marked (drops are marked, not removed). ``clock_dual`` False: rule clock_dual_gate found no
    time word in ``v``."""
    atoms = _refine(v, _atoms(v, lex), lex, clock_dual)
    if not atoms:
        return []
    if any(a.kind == "words" for a in atoms):
        excl = word_start_spans(lex.excl, v, "x", lex.excl_gate)
        if excl:
            atoms = [a for a in atoms if a.kind != "words"
                     or not overlaps_any(excl, a.start, a.end)]
    if lex.scale_verbs:
        atoms = [a for a in atoms if not _scale_verb(v, a, lex)]
    names = [m.span(m.lastgroup) for m in lex.event_name.finditer(v) if m.lastgroup] \
        if _found(lex.event_head, lex.event_keys, v) else []
    if names:  # the Four-Day War, the 44-day war (al-44): a name, not a count
        atoms = [a for a in atoms if a.kind == "vague" or not overlaps_any(names, a.start, a.end)]
    for a in atoms:
        _context(v, a, lex)
        if (a.rule == "definite_fraction_after_cue" and a.unit is not None
                and lex.unit_from not in v[a.end:a.unit[0]].split()
                and not (a.direct_unit and v[a.unit[0]:a.unit[1]] in lex.def_frac_measures)):
            a.unit = None  # a definite fraction counts no noun right after it, only one after "of"
            # (or a unit of measure: about half an hour)

    # identifiers and years listed after a head ("resolutions 822 and 853", "in 2011 and
    # 2014"): the whole list is excluded
    for prev, a in zip(atoms, atoms[1:], strict=False):
        _dot3_restated(v, prev, a)
        if a.kind != "digits" or not lex.gap_list.fullmatch(v, prev.end, a.outer):
            continue
        if prev.ident or (prev.ordinal and not a.direct_unit):  # place 20 and 14 worldwide
            a.ident = a.drop = True
        elif prev.year and a.plain4 and lex.year_lo <= a.value <= lex.year_hi:
            a.year = True
    return atoms


# what may stand between a number and its restatement: a bracket or quote, and spaces
_RESTATE_AFTER = re.compile(rf"{_WS}*{_CLOSE}?{_WS}*")
_RESTATE_BEFORE = re.compile(rf"{_WS}*{_OPEN}{_WS}*")


def _dot3_restated(v: str, a: _Atom, b: _Atom) -> None:
    """Rule dot3_restated: one dot and three digits right next to the same number in words
    ("(30.000) thirty thousand", "thirty thousand (30.000)") is a thousands dot: 30000."""
    if a.dot3 and b.kind == "words" and not a.drop:
        d, w, gap = a, b, _RESTATE_AFTER.fullmatch(v, a.end, b.outer)
    elif b.dot3 and a.kind == "words" and not b.drop:
        d, w, gap = b, a, _RESTATE_BEFORE.fullmatch(v, a.end, b.outer)
    else:
        return
    whole = int(v[d.start:d.end].replace(".", ""))
    if gap is not None and w.value == whole:
        d.value = d.low = d.high = whole
        d.base, d.dot3, d.rule = whole, False, "dot3_restated"


_ONE_DOT = re.compile(r"([0-9]+)\.([0-9]+)(?![0-9])")


def _reversed_decimals(nv: Normalized, atoms: list[_Atom], lex: _Lex) -> None:
    """Rule ``digits_reversed_decimal``: a right-to-left mark typed right after the decimal
    point shows a decimal copied in display order, fraction first (``8.<RLM>168`` is 168.8,
    ``29.<RLM>0`` is 0.29), like the wire services' ``4<ra>10``; the groups are swapped."""
    raw, v = nv.raw, nv.text
    for a in atoms:
        if a.kind != "digits" or a.rule not in ("digits", "digits_scale", "digits_percent"):
            continue
        m = _ONE_DOT.match(v, a.start)
        if m is None or (m.end() < len(v) and v[m.end()] in ".,\u066b\u066c"):
            continue
        dot = nv.raw_index(m.start(2) - 1)
        if not any(c in lex.reversed_marks for c in raw[dot + 1:nv.raw_index(m.start(2))]):
            continue
        val = Decimal(m.group(2) + "." + m.group(1))
        a.base = _num(val)
        a.value = a.low = a.high = _num(val * a.scale)
        a.dot3 = False
        a.rule = "digits_reversed_decimal"


#: Rule tatweel_dash: a tatweel between two digits, a space allowed on either side (2015<tatweel>2025,
#: 3 <tatweel> 5), is the dash some sites type: the view deletes tatweel, which would glue the two numbers
#: into one (20152025). The first tatweel of the run reads as a dash (same length, so every span holds).
_DIGIT_CLS = "0-9\u0660-\u0669\u06f0-\u06f9"
_RAW_NEXT_WORD = re.compile(rf"{_WS}+([{_L}]+)(?![{_L}])")
#: Rule tatweel_item_dash: so is a tatweel between an item number and its text (1 <tatweel> appoint ...),
#: which the list-item rule (enum_after) then reads like "1 - appoint" (only at a line or clause start).
_TATWEEL_DASH = re.compile(rf"(?:(?<=[{_DIGIT_CLS}])|(?<=[{_DIGIT_CLS}]{_WS})){TATWEEL}"
                           rf"(?={TATWEEL}*(?:{_WS}?[{_DIGIT_CLS}]|{_WS}+[{_L}]))")


def _extract(text: str, nv: Normalized, reference: dt.date | None, article: Any = None,
             at: int = 0) -> list[NumberMention]:
    dates_nv = nv  # the dates are read on the text the dates table reads (tatweel and all)
    if TATWEEL in nv.raw and (dashed := _TATWEEL_DASH.sub("-", nv.raw)) != nv.raw:
        # rule tatweel_dash (mentions keep the raw text, tatweel and all); one character for one,
        # so the raw offsets of the dashed text are those of the text the dates are read on
        nv = normalize(dashed)
    lex = _lex()
    v = mask_markup(nv.text)  # rule markup_masked: no number inside &#39; or <img width="300">
    clock_dual = lex.clock_dual.search(" " + v) is not None  # rule clock_dual_gate
    atoms = _read_atoms(v, lex, clock_dual)
    if lex.reversed_mark.search(text):
        _reversed_decimals(nv, atoms, lex)
    _YEARS.put(v, _years_of(atoms, lex))
    half = _found(lex.half_anywhere, lex.half_keys, v)
    duals = list(lex.dual_range.finditer(v)) if clock_dual and lex.dual_noun.search(v) else []
    if not atoms and not half and not duals:
        return []
    atoms = _compounds(v, [a for a in atoms if not a.drop], lex)
    if half:
        atoms = _and_a_half(v, atoms, lex)
    if lex.major_before:
        _major_and_minor(v, atoms, lex)
    if duals:
        atoms = _dual_range_starts(duals, atoms)

    out: list[_Atom] = []
    i, lo = 0, 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        rng = _range(v, a, b, lo, lex) if b is not None else None
        if rng is not None and b is not None:
            r = _make_range(v, a, b, rng, lex)
            if r is not None:
                i += 2
                if r.kind == "range":
                    out.append(r)
                    lo = r.span[1]
                continue
        i += 1
        if _keep_single(v, a, lo, lex):
            out.append(a)
            lo = max(lo, a.span[1])

    if not out:
        return []
    _shared_percent(v, out, lex)
    _shared_scale(v, out, lex)
    cores = [nv.raw_span((a.start, a.end)) for a in out]
    dates = _date_spans(dates_nv, reference, article, at)
    mentions: list[NumberMention] = []
    last_end = -1
    for a, core in zip(out, cores, strict=True):
        if dates and overlaps_any(dates, core[0], core[1]):
            continue
        s, e = nv.raw_span(a.span)
        if lex.raw_letter_before.search(text, max(0, s - 8), s):
            continue  # M 23: a Latin letter spelled out in Arabic names a group or a model
        if s < last_end:  # cannot happen (cues never reach a neighbour); stay safe
            continue
        if a.is_one:
            word = text[slice(*nv.raw_span((a.start, a.end)))]
            if word[:1] in lex.clitics and word[1:] in lex.one_of:
                # "and one of the options", "and one of the security men" (a construct, no
                # article right after it): the view spells it like "one"; rule one_of_construct
                continue
        unit: str | None
        rule = a.rule
        if a.pct:
            # rule percent_unit_as_written: the percent marker as the text writes it (the words
            # 'in the hundred' or the sign), as a counted noun is written; none found: percent_unit
            found = [m.span() for m in lex.pct_marker.finditer(v, a.start, a.end)]
            if found:
                us, ue = nv.raw_span(found[-1])
                unit = text[us:ue]
            else:
                unit = lex.pct_unit
        elif a.unit is not None:
            us, ue = nv.raw_span(a.unit)
            unit = text[us:ue]
            if not a.direct_unit and v[a.unit[0]:a.unit[1]].endswith(lex.pron_suffixes):
                rule = f"{a.rule}+{UNIT_FROM_POSSESSIVE}"
        else:
            unit = None
            lo_n, hi_n = lex.hamza_plural_range
            if (not a.definite and not a.pct and a.qualifier not in ("range", "vague")
                    and isinstance(a.value, int) and lo_n <= a.value <= hi_n
                    and (nw := _RAW_NEXT_WORD.match(text, nv.raw_span((a.end, a.end))[0])) is not None
                    and lex.hamza_plural.match(nw.group(1))):
                unit = nw.group(1)  # rule unit_hamza_plural: four brigades (alwiya, hamza-alif + lam)
        value = None if a.qualifier in ("range", "vague") else a.value
        mentions.append(NumberMention(text[s:e], value, a.low if value is None else value,
                                      a.high if value is None else value, a.qualifier, unit,
                                      (s, e), rule))
        last_end = e
    return mentions
