"""Date mentions in Arabic news: find them, resolve them to calendar periods.

:func:`extract_dates` reads a text (raw, as published) and returns
:class:`DateMention` objects: the verbatim surface string, its span in the
raw text, and the period it names (``start``..``end`` inclusive, with a
``grain``). Relative mentions (weekday names, ``أمس``, ``الأسبوع الماضي``, a day
and month without a year ...) are resolved against a reference date, normally
the article's publication date; without one they keep ``start``/``end`` None.

The rules follow ``ANNOTATION.md`` section 3. Matching runs on the normalized
view of :func:`karabakh_nb.normalize.normalize` (one alef, one ya, no
diacritics, Western digits) and every span is mapped back to the raw text.

All words live in data files (``months.json``, ``weekdays.json``,
``relative_dates.json``); this module holds no Arabic literals. Every regex is
built once, on first use. One pass finds the anchor words of all word families
(month names, weekday and day words, ``عام`` ...); each family's pattern is then
searched only in a window around its anchors, and the digit families make one
pass each, so an article costs a few passes in C, not a loop in Python.

Rule families, in order of precedence when two candidates overlap (the longer
candidate wins first, then the earlier family):

* ``calendar``: day / month (two families, double naming) / year, parts of a
  month, ``الماضي``/``المقبل`` after them; a day split from its month by a dot, dash
  or slash only after a day cue (``punct_day_month``); no day and month right after a
  place or body head noun of ``date_name_heads`` (``مدينة 6 أكتوبر`` is a name);
* ``hijri``: Hijri dates and Hijri years (converted with ``hijridate``); a range of days
  of one Hijri month (``من 19 إلى 21 شوال الجاري``, ``hijri_day_range``); a weekday before
  a yearless Hijri day, also an ordinal word (``يوم الثلاثاء الثالث من ذي القعدة``,
  ``weekday_hijri``), picks the Hijri year in which the day falls on that weekday;
* ``day_of_month``: a day of the reference month or the one before or after it
  (``15 الجاري``, ``الخامس من الشهر المقبل``, ``التاسع عشر من هذا الشهر``);
* ``numeric``: ``10/10/2020``, ``2020-10-10`` ...; a yearless ``21/09`` after a cue word
  or a weekday (a weekday also picks the Hijri reading when only it falls on that day)
  and a month with its year ``2/2013``; a day before a full numeric date after an opener
  (``من 16 إلى 23/12/1436``, ``بين 3 و 7/10/2020``) makes one range of days of that month
  (``numeric_day_range``, ``numeric_hijri_day_range``);
* ``year_range``, ``year``, ``bare_years`` (a year in digits after one of the
  ``year_soft_heads`` of ``number_exclusions.json``, the same words after which the
  numbers stage drops it as a year, or with an era suffix), ``decade``;
* ``night_pair`` (``ليل الجمعة السبت``), ``day`` (weekdays and day words with
  time-of-day words; a weekday with an ordinal day, ``السبت السادس عشر``), ``period``
  (``الأسبوع الماضي``), ``count_back``.

Adjacent references to one day are then merged (``الجمعة 9 أكتوبر 2020``,
Hijri date ``الموافق`` Gregorian date).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any

from hijridate import Gregorian, Hijri
from hijridate.ummalqura import HIJRI_RANGE

from . import lexicon
from .memo import Memo, remembered
from .normalize import Normalized, normalize_text

__all__ = ["DateMention", "extract_dates"]

GRAINS = ("day", "week", "month", "year", "decade")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date mention: the surface text, its span, and the period it names."""

    text: str  # raw[span[0]:span[1]], verbatim
    start: _dt.date | None  # resolved period, inclusive
    end: _dt.date | None
    grain: str  # day | week | month | year | decade
    relative: bool  # True if resolving needed the reference date
    span: tuple[int, int]  # offsets into the text passed in
    rule: str  # name of the rule that produced it


# --- regex building blocks (no Arabic literals) ---------------------------------------------

_L = lexicon.ARABIC_LETTER
_WS = r"[^\S\n]"  # whitespace, but a date never runs over a line break
_WSTART = lexicon.WORD_START
_WEND = lexicon.WORD_END
_NAME_END = rf"(?![{_L}A-Za-z])"  # end of a name; a digit may follow ("2020" glued)
_DIGIT_BEFORE = r"(?<![\d.,/:\-])"
_COMMA = "\u060c"  # Arabic comma
_LAM = "\u0644"  # the preposition glued to 'this year' after a month ("رمضان لهذا العام")
_OPEN, _CLOSE = "(", ")"
_GLOSS_CLOSE = re.compile(r"[^\S\n]?\)")  # rule bracket_gloss_close
_GLOSS_OPEN = re.compile(r"\([^\S\n]?$")
_SPLIT_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile("[.!?\u061f\n]")
# the word sets of relative_dates.json today_nowadays that rule today_nowadays reads (_Lex.nowadays)
_NOWADAYS_SETS = ("era_heads", "lasting_verbs", "witness_verbs", "world_heads", "in_words")
# rule tatweel_dash: a tatweel run standing alone between digits is a dash ("2 ــ 4 ذي الحجة",
# "2015 ـ 2020"); normalization deletes it, so a space beside it becomes "-" in the dates' view
_TATWEEL_DASH = re.compile(r"(?<=\d)([^\S\n]*)\u0640+([^\S\n]*)(?=\d)")
# rule tatweel_year_range: two years glued by a tatweel ("2015ـ2025"), which the view reads as 8 digits
_TATWEEL_YEARS = re.compile(r"(?<![\d.,\u066b\u066c])(\d{4})\u0640+(\d{4})(?![\d.,\u066b\u066c]?\d)")
_PREV_WORD = re.compile(rf"([{_L}]+)[^\S\n]*$")
_NEXT_WORD = re.compile(rf"^[^\S\n]*([{_L}]+)")
_RANGE_CLOSERS = frozenset(".,;:)\n\u060c\u061b")
_TATWEEL = "\u0640"
_TANWIN_FATH = "\u064b"
_WINDOW_AFTER = 200  # longest reach of a family match past its anchor word


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Lookup key of a matched name: normalized, with all whitespace removed. Remembered: the
    same few thousand names and neighbouring words come back in every article."""
    return _SPLIT_WS.sub("", normalize_text(text))


def _atoms(word: str) -> list[str]:
    """Regex atoms of one lexicon entry: normalized, escaped, flexible inner spaces.

    A token of the form WA + AL + ... (``والعشرين``) also matches with a space
    after the conjunction.
    """
    atoms: list[str] = []
    wa_al = _and_article()
    for i, tok in enumerate(normalize_text(word).split()):
        if i:
            atoms.append(_WS + "+")
        for j, ch in enumerate(tok):
            atoms.append(re.escape(ch))
            if j == 0 and tok.startswith(wa_al) and len(tok) > 3:
                atoms.append(_WS + "*")
    return atoms


@cache
def _and_article() -> str:
    """The conjunction glued to a definite article (may be written apart: "و العشرين")."""
    grammar = lexicon.load("relative_dates")["grammar"]
    return normalize_text(grammar["and"][0] + grammar["definite_article"])


def _alt(words) -> str:
    """A regex matching any lexicon entry, longest match first.

    Entries are normalized and folded into a character trie, so the pattern
    branches once per letter instead of once per word (much faster to scan).
    """
    trie: dict[str, Any] = {}
    for w in words:
        if not w or not w.strip():
            continue
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [atom + _trie_regex(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _scan_anchor_words(names_of: dict[str, list[list[str]]]) -> dict[str, set[str]]:
    """The families of each anchor word (rule anchor_first_word): the words of its one-word names,
    then every word of three letters or more of each longer name, unless the name's first word
    is already one of the family's anchors (that word stands at the same place in every match
    of the name, no later in it than any other word of it: the scan finds the match from there).

    >>> sorted(_scan_anchor_words({"day": [["ab"], ["ab", "cde"], ["xyz", "cde"]]}))
    ['ab', 'cde', 'xyz']
    >>> _scan_anchor_words({"day": [["ab"], ["ab", "cde"]], "year": [["cde"]]})
    {'ab': {'day'}, 'cde': {'year'}}
    """
    out: dict[str, set[str]] = {}
    for family, names in names_of.items():
        own = {toks[0] for toks in names if len(toks) == 1}
        for toks in names:
            if len(toks) > 1 and toks[0] not in own:
                own.update(t for t in toks if len(t) >= 3)
        for tok in own:
            out.setdefault(tok, set()).add(family)
    return out


def _folded_anchors(plain: re.Pattern[str], families: dict[str, tuple[str, ...]],
                    proclitics: list[str]) -> dict[str, Any]:
    """The anchor pattern with the proclitics folded into its trie, and the families of each word
    it matches (``anchor`` and ``anchor_families`` of :class:`_Lex`), and whether every match
    of it is letters only (``anchor_letters``: so in the folded pattern).

    ``plain`` tries a proclitic, then the anchor trie, and backtracks to the trie alone;
    one trie of the words and the words with a proclitic is searched faster, and finds the
    same spans: every word is letters only, so a match is the whole run of letters after its
    boundary, whichever way it splits. Which anchor word the match holds (its families) is the
    one ``plain`` finds in it, read here once per folded form. When a word or a proclitic is
    not letters only, or opens with the conjunction and article (which may be written apart),
    the plain pattern is kept.
    """
    letters = re.compile(rf"[{_L}]+")
    wa_al = _and_article()
    if not all(letters.fullmatch(w) and normalize_text(w) == w for w in [*families, *proclitics]) \
            or any(w.startswith(wa_al) and len(w) > 3 for w in families):
        return {"anchor": plain, "anchor_families": families, "anchor_letters": False}
    folded: dict[str, tuple[str, ...]] = {}
    for form in {*families, *(p + w for p in proclitics for w in families)}:
        m = plain.match(" " + form)
        if m is not None and m.group("a") == form:  # always, by the argument above
            folded[form] = families.get(m.group("w"), ())
    trie: dict[str, Any] = {}
    for form in folded:
        node = trie
        for ch in form:
            node = node.setdefault(re.escape(ch), {})
        node[""] = {}
    pattern = rf"[^{_L}A-Za-z](?P<a>(?P<w>{_trie_regex(trie)}))(?![{_L}A-Za-z])"
    return {"anchor": re.compile(pattern), "anchor_families": folded, "anchor_letters": True}


def _index(entries, key: str, value: str) -> dict[str, Any]:
    """Map each name (as a lookup key) of ``entries`` to ``entry[value]``."""
    out: dict[str, Any] = {}
    for entry in entries:
        for name in entry[key]:
            out.setdefault(_key(name), entry[value])
    return out


# --- the compiled lexicon -------------------------------------------------------------------


@dataclass(frozen=True)
class _Lex:
    month_num: dict[str, int]
    hijri_num: dict[str, int]
    ordinal_day: dict[str, int]
    cardinal_day: dict[str, int]  # cardinal words for a day before a month (واحد وعشرين مايو)
    needs_context: frozenset[str]
    clipped: frozenset[str]  # rule clipped_month: "يوني" read only between a day and a year
    hijri_needs_year: frozenset[str]
    weekday_iso: dict[str, int]
    weekday_not_after: frozenset[str]
    weekday_not_before: frozenset[str]
    day_words: dict[str, dict[str, Any]]
    today_not_after: frozenset[str]
    today_not_before: frozenset[str]
    today_elative_in: frozenset[str]  # rule today_elative_day: "في اليوم الأكثر دموية"
    today_elatives: frozenset[str]
    tomorrow_verb_guard: frozenset[str]
    count_numbers: dict[str, int]
    count_guard_after: frozenset[str]
    count_guard_before: frozenset[str]
    period_grain: dict[str, str]
    period_offset: dict[str, int]
    month_offset: dict[str, int]
    decade_of: dict[str, int]
    century_rel: dict[str, int]
    century_abs: dict[str, int]
    century_hijri: dict[str, int]
    adjective_suffix: str
    definite_article: str
    recurring: re.Pattern[str]
    hijri_suffixes: frozenset[str]
    default_century: int
    calendar: re.Pattern[str]
    hijri: re.Pattern[str]
    hijri_year: re.Pattern[str]
    numeric: re.Pattern[str]
    numeric_gate: re.Pattern[str]  # a digit, then a date separator: every numeric date holds one
    year_range: re.Pattern[str]
    year_range_phrase: re.Pattern[str]
    year: re.Pattern[str]
    decade: re.Pattern[str]
    night_pair: re.Pattern[str]
    day: re.Pattern[str]
    day_plain: re.Pattern[str]  # the day pattern without the raw_exact day words
    weekday_name: re.Pattern[str]
    period: re.Pattern[str]
    weekday_person: re.Pattern[str]  # rule weekday_person_name: "عبدالله الخميس" is a family name
    onward: re.Pattern[str]  # rule onward: "اعتبارا من الأحد" looks forward
    by_cue: re.Pattern[str]  # rule by_deadline: "بحلول سبتمبر" (by September) looks forward
    until_cue: re.Pattern[str]  # rule until_frame: "تؤجل المحاكمة إلى الإثنين" looks forward
    planned: re.Pattern[str]  # rule planned_event: "طلب عقد مؤتمر في سبتمبر": the nearest September
    prayer_before: re.Pattern[str]  # rule weekday_prayer: "صلاة الجمعة" is the prayer
    place_before: re.Pattern[str]  # rule weekday_place_name: "مستشفى الخميس" is a place
    prev_compare: re.Pattern[str]  # rule previous_period: a comparison before "العام السابق"
    prev_words: frozenset[str]
    prev_not_before: frozenset[str]
    prev_not_before_prefixes: tuple[str, ...]
    prev_adjective_units: frozenset[str]
    prev_adjective_heads: frozenset[str]
    count_back: re.Pattern[str]
    future: re.Pattern[str]
    anchor: re.Pattern[str]
    anchor_families: dict[str, tuple[str, ...]]
    anchor_back: dict[str, int]
    anchor_names: dict[str, list[list[str]]]  # each family's names, as words: what the anchors cover
    gates: dict[str, re.Pattern[str]]  # rule scan_gate: where a family's match may start
    month_alone_cue: re.Pattern[str]
    hijri_generic_before: re.Pattern[str]  # rule hijri_generic: "مثل شهر رمضان"
    hijri_habit_after: re.Pattern[str]  # rule hijri_generic: "... يستهلكون"
    year_range_cue: re.Pattern[str]
    bridge_gap: re.Pattern[str]
    week_gap: re.Pattern[str]
    four_digits: re.Pattern[str]
    future_first: re.Pattern[str]
    month_number: dict[str, int]
    nth: re.Pattern[str]
    nth_ord: dict[str, int]
    weekday_after: re.Pattern[str]
    holiday: re.Pattern[str]
    holidays: dict[str, tuple[str, int, int]]
    future_first_raw: frozenset[str]
    weekday_indefinite: dict[str, int]
    past_aux: re.Pattern[str] = re.compile("(?!)")  # rule past_frame: was ... had
    past_particle: re.Pattern[str] = re.compile("(?!)")
    past_event_before: frozenset[str] = frozenset()  # rule past_event_noun: "هجوم الاثنين"
    event_links: frozenset[str] = frozenset()  # rule past_event_noun: "هجوم إلكتروني في مايو"
    since_before: frozenset[str] = frozenset()  # rule since_month: "منذ مارس" is past
    past_verb: re.Pattern[str] = re.compile("(?!)")  # rule past_verb_after_cue: "بحسب ما أعلن الأربعاء"
    year_parts: frozenset[str] = frozenset()  # part-of-period words, kept in the mention's text
    year_lead: frozenset[str] = frozenset()  # rule part_word_year: year_parts and the seasons
    bare_part_not_before: frozenset[str] = frozenset()  # rule part_of_period_bare: "أواخر العام نفسه"
    year_bare: re.Pattern[str] = re.compile("(?!)")  # four digits standing alone
    year_bounds: tuple[int, int] = (1900, 2100)  # the numbers stage's year range
    year_era: re.Pattern[str] = re.compile("(?!)")  # a Gregorian era suffix right after them
    proclitic_letters: frozenset[str] = frozenset()  # one-letter proclitics (و، ف، ب ...)
    day_word_proclitic: frozenset[tuple[str, str]] = frozenset()  # rule day_word_proclitic: "لامس"
    today_conjunctions: frozenset[str] = frozenset()  # "بعد أن": the guard word is a conjunction
    today_quotes: str = ""  # a day word between these marks is a name (the newspaper "اليوم")
    day_of_month: re.Pattern[str] = re.compile("(?!)")  # "15 الجاري", "الخامس من الشهر الماضي"
    day_month_offset: dict[str, int] | None = None  # its modifier -> months from the reference
    numeric_short: re.Pattern[str] = re.compile("(?!)")  # "21/09", "2/2013"
    numeric_day_cues: frozenset[str] = frozenset()  # a yearless "21/09" is a date only after these
    numeric_month_not_after: frozenset[str] = frozenset()  # "رقم 12/2013" numbers a document
    day_before: re.Pattern[str] = re.compile("(?!)")  # "10 و" before "11 أكتوبر"
    list_gap: re.Pattern[str] = re.compile("(?!)")  # "و" or a comma between two listed months
    or_year: re.Pattern[str] = re.compile("(?!)")  # rule listed_or_year: "أو 2017" after a year
    and_year: re.Pattern[str] = re.compile("(?!)")  # rule decade_and_year: "و2020" after a decade
    month_list_gap: re.Pattern[str] = re.compile("(?!)")  # list_gap, or "أو", between two months
    month_list_mods: frozenset[str] = frozenset()  # dual/plural month modifiers (القادمين)
    bare_range_span: int = 0  # rule bare_year_range: at most this many years apart
    bare_range_after: frozenset[str] = frozenset()  # the words (and "") that may follow it
    # rule year_range_amount: a counted noun right after two years ("1900-2000 dollars") makes them an amount
    range_amount_nouns: frozenset[str] = frozenset()
    historic_min: int = 9999  # rule historic_year_range: the earliest first year
    year_word_end: re.Pattern[str] = re.compile("(?!)")  # rule year_word_range: "العام " right before
    historic_max_span: int = 0
    historic_cue: re.Pattern[str] = re.compile("(?!)")  # "عاش في الفترة ما بين"
    sunnah_marks: tuple[str, ...] = ()  # a shadda on the nun: "sunnah", not "year"
    sunnah_adjectives: frozenset[str] = frozenset()
    weekday_ordinal: re.Pattern[str] = re.compile("(?!)")  # "السبت السادس عشر": the ordinal after
    weekday_ordinal_min: int = 6  # smaller ordinals after a weekday count weekdays
    of_words: frozenset[str] = frozenset()  # "من": "التاسع من أكتوبر"
    date_name_heads: frozenset[str] = frozenset()  # a day and month right after one is a name
    delivery_heads: frozenset[str] = frozenset()  # a bare month right after one is the coming one
    today_name_heads: frozenset[str] = frozenset()  # rule today_name_head: a newspaper's name
    # rule today_quoted_name: the rest of a known outlet's name that ends in a day word ("رأي اليوم")
    today_quoted_names: frozenset[str] = frozenset()
    yesterday_not_before: frozenset[str] = frozenset()  # rule yesterday_elative: most in need
    past_after: frozenset[str] = frozenset()  # rule yesterday_the_past: the recent past
    past_proclitics: frozenset[str] = frozenset()
    past_heads: frozenset[str] = frozenset()
    # rule today_nowadays: "عالم اليوم", "نعيش اليوم" (the word sets of _NOWADAYS_SETS, each there)
    nowadays: dict[str, frozenset[str]] = field(
        default_factory=lambda: dict.fromkeys(_NOWADAYS_SETS, frozenset()))
    range_gap: re.Pattern[str] = re.compile("(?!)")  # rule range_order: "إلى" between two dates
    numeric_range_head: re.Pattern[str] = re.compile("(?!)")  # "من 16 إلى" before "23/12/1436"
    month_range_head: re.Pattern[str] = re.compile("(?!)")  # rule month_range: "بين" before a month
    month_range_gap: re.Pattern[str] = re.compile("(?!)")  # rule month_range: "و" between two months
    holiday_day: dict[str, int] | None = None  # "ثاني أيام عيد الفطر": days after the holiday's first
    holiday_cues: frozenset[str] = frozenset()  # rule holiday_yearless: "في عيد الفصح", "عشية عيد الميلاد"
    holiday_number_after: re.Pattern[str] = re.compile("(?!)")  # "عيد الميلاد الـ70": a birthday
    listed_range_heads: frozenset[str] = frozenset()  # rule listed_day_range: "يومي 17 و18 سبتمبر"
    this_weekday: frozenset[str] = frozenset()  # rule this_weekday: "هذا الخميس" is this week's Thursday
    this_week_start: int = 6  # ... in the week from Saturday (ISO 6) to Friday
    listed_range_weekdays: bool = False  # ... and "يومي الأحد والاثنين" too
    listed_range_headless: bool = False  # rule listed_day_pair: "في 19 و20 سبتمبر" with no head
    rate: dict[str, Any] | None = None  # rule rate_per_period: "في اليوم" after a quantity is "per day"
    event_year: re.Pattern[str] = re.compile("(?!)")  # rule event_year: "مونديال البرازيل 2014"
    year_list_paren: re.Pattern[str] = re.compile("(?!)")  # rule year_list_paren: "الأعوام (1962، 1974)"
    event_heads: tuple[str, ...] = ()  # all event heads as plain text: a cheap gate for event_year(_direct)
    event_year_direct: re.Pattern[str] = re.compile("(?!)")  # rule event_year_direct: "إكسبو 2020"
    census_year: re.Pattern[str] = re.compile("(?!)")  # rule census_year: "عند إحصاء 1989"
    month_brands: frozenset[str] = frozenset()  # rule month_brand_name: "نيسان" is also Nissan
    month_brand_context: re.Pattern[str] = re.compile("(?!)")  # ... a car or sales word near it
    month_brand_window: int = 0
    era_words: frozenset[str] = frozenset()  # rule era_year_short: "ميلاديا" after a year of 3 digits
    era_year: re.Pattern[str] = re.compile("(?!)")
    era_min: int = 100
    year_word_keys: frozenset[str] = frozenset()
    cue_year_before: re.Pattern[str] = re.compile("(?!)")  # rule year_after_time_cue: "ما قبل 1850"
    cue_year_min: int = 1000
    two_digit: re.Pattern[str] = re.compile("(?!)")  # rule two_digit_year: "عام 56"
    two_digit_heads: frozenset[str] = frozenset()
    two_digit_not_before: frozenset[str] = frozenset()
    still_before: re.Pattern[str] = re.compile("(?!)")  # rule still_to_this_day: "لا تزال ... حتى اليوم"
    until_words: frozenset[str] = frozenset()
    decade_age: re.Pattern[str] = re.compile("(?!)")  # rule decade_age: "السبعينات من عمري"
    dual_two_names: frozenset[str] = frozenset()  # rule dual_pronoun_two: "ببلدينا الاثنين"
    dual_two_suffixes: tuple[str, ...] = ()
    dual_two_min_stem: int = 3
    weekday_list_mod: re.Pattern[str] = re.compile("(?!)")  # rule weekday_list_modifier
    anchor_letters: bool = False  # every anchor match is letters only (see _Ctx._scan)


@cache
def _lex() -> _Lex:
    """Load the three data files and build every pattern (once per process)."""
    months = lexicon.load("months")
    weekdays = lexicon.load("weekdays")
    rel = lexicon.load("relative_dates")

    clipped = (months.get("clipped") or {}).get("months", [])  # rule clipped_month
    month_num = {**_index(months["levantine"], "names", "month"),
                 **_index(months["gregorian"], "names", "month"), **_index(clipped, "names", "month")}
    hijri_num = _index(months["hijri"], "names", "month")
    # rule lam_ordinal_day: 'للسادس' is 'ل' + 'السادس' (months.json day_ordinals lam_form)
    lam = months["day_ordinals"].get("lam_form", {})
    day_ordinals = [{"day": e["day"], "names": e["names"] + [
        lam["prefix"] + n[len(lam["article"]):] for n in e["names"] if lam and n.startswith(lam["article"])]}
        for e in months["day_ordinals"]["days"]]
    ordinal_day = _index(day_ordinals, "names", "day")
    cardinal_day = _index(months.get("day_cardinals", {}).get("days", []), "names", "day")
    weekday_iso = {**_index(weekdays["weekdays"], "names", "iso"),
                   **_index([e for e in weekdays["weekdays"] if "bare_names" in e],
                            "bare_names", "iso")}
    day_words: dict[str, dict[str, Any]] = {}
    for entry in rel["days"]:
        for name in entry["names"]:
            day_words.setdefault(_key(name), entry)
    period_grain = _index(rel["periods"], "names", "grain")
    period_offset = {_key(w): int(k) for k, ws in rel["period_modifiers"].items() for w in ws}
    list_mods = {k: ws for k, ws in rel.get("month_list_modifiers", {}).items() if k != "description"}
    month_offset = {_key(w): int(k) for k, ws in [*rel["month_modifiers"].items(), *list_mods.items()]
                    for w in ws}
    decade_of = _index(rel["decades"], "names", "decade")
    century_rel = _index(rel["centuries"]["relative"], "names", "offset")
    century_abs = _index(rel["centuries"]["absolute"], "names", "start")
    century_hijri = _index(rel["centuries"].get("hijri_relative", []), "names", "offset")
    cb = rel["count_back"]
    count_numbers = {_key(w): n for w, n in cb["numbers"].items()}
    pguard = rel.get("proclitic_guard") or {}

    def keys(words) -> frozenset[str]:
        return frozenset(_key(w) for w in words)

    all_month_names = [n for e in months["gregorian"] + months["levantine"] + clipped for n in e["names"]]
    mn = _alt(all_month_names)
    hmn = _alt(n for e in months["hijri"] for n in e["names"])
    ordn = _alt(n for e in day_ordinals for n in e["names"])
    cardn = _alt(n for e in months.get("day_cardinals", {}).get("days", []) for n in e["names"])
    pro = _alt(rel["proclitics"])
    parts = _alt(rel["part_of_period"])
    mmod = _alt(w for ws in [*rel["month_modifiers"].values(), *list_mods.values()] for w in ws)
    pmod = _alt(w for ws in rel["period_modifiers"].values() for w in ws)
    units = _alt(n for e in rel["periods"] for n in e["names"])
    yunits = _alt(n for e in rel["periods"] if e["grain"] == "year" for n in e["names"])
    this = _alt(rel["this_words"])
    year_words = _alt(rel["year_words"])
    gsuf = _alt(rel["gregorian_year_suffix"])
    hsuf = _alt(rel["hijri_year_suffix"])
    wd = _alt(n for e in weekdays["weekdays"] for n in e["names"])
    bare = _alt(n for e in weekdays["weekdays"] for n in e.get("bare_names", []))
    day_word = _alt(weekdays["day_word"])
    tod = _alt(rel["times_of_day"])
    reldays = _alt(n for e in rel["days"] for n in e["names"])
    conn = _alt(weekdays["pair_connectors"])
    decw = _alt(n for e in rel["decades"] for n in e["names"])
    cent = _alt([n for e in rel["centuries"]["relative"] for n in e["names"]]
                + [n for e in rel["centuries"]["absolute"] for n in e["names"]]
                + [n for e in rel["centuries"].get("hijri_relative", []) for n in e["names"]])
    cnt_words = _alt(cb["numbers"])
    cnt_dual = _alt(cb["dual"])
    cnt_units = _alt(cb["plural_units"])
    cnt_before = _alt(cb["before"])
    yr = rel["year_range"]
    yr_open = _alt(yr["openers"])
    yr_words = _alt(yr["year_words"])
    yr_popen = _alt(yr["period_openers"])
    yr_conn = _alt(yr["connectors"])
    grammar = rel["grammar"]
    min_ = _alt(grammar["of"])
    shahr = _alt(grammar["month_word"])
    and_ = _alt(grammar["and"])
    conj = _alt(grammar["conjunction_proclitics"])
    or_ = _alt(grammar.get("or", []))

    start = rf"{_WSTART}(?:(?:{pro})(?=[{_L}\d]))?"
    ws, ws1 = _WS + "*", _WS + "+"
    dconn = _alt(months.get("day_range_connectors", ["-"]))
    daynum = rf"{_DIGIT_BEFORE}(?P<d>\d{{1,2}})(?:{ws}(?:{dconn}){ws}(?P<d2>\d{{1,2}}))?(?!\d)"
    article = _alt([grammar["definite_article"]])
    # rule day_glued_of: من may be glued to the day's digits ("٤من مايو")
    day = (rf"(?:(?:{article}(?=\d))?{daynum}(?:(?P<dp>[./\-]|{ws1}/){ws}|{ws}(?:{min_}){ws1}|{ws})"
           rf"|(?P<dord>{ordn})(?:{ws1}(?:{min_}))?{ws1}"
           rf"|(?P<dcard>{cardn})(?:{ws1}(?:{min_}))?{ws1})")
    dom = rel.get("day_of_month", {})
    same_after, same_before = _alt(dom.get("same_after", [])), _alt(dom.get("same_before", []))
    mnums = months.get("month_numbers", {}).get("months", [])
    mnumw = _alt(n for e in mnums for n in e["names"])
    ylinks = _alt(grammar.get("year_links", grammar["of"]))
    month = (rf"(?P<mon>(?P<m1>{mn}){_NAME_END}"
             rf"(?:(?:{ws}[/\\\-\u2013]{ws}|{ws1})(?P<m2>{mn}){_NAME_END}"
             rf"|{ws}(?:(?P<glq>\u00ab)|\(){ws}(?P<m3>{mn}){ws}(?(glq)\u00bb|\)))?)")
    ysep = rf"(?(dp)[,{_COMMA}/]|[,{_COMMA}])?"  # a slash-split day may have its year split too
    year = (rf"(?P<yr>{ws}{ysep}{ws}(?:(?:{ylinks}){ws1})?(?:(?P<yw>{year_words}){ws1})?"
            rf"(?:(?P<y>\d{{4}})(?!\d)(?:{ws}(?P<ygs>{gsuf}){_WEND})?"
            rf"|(?P<y3>\d{{3}})(?!\d){ws}(?P<ygs3>{gsuf}){_WEND})"
            rf"|{ws1}(?:(?:{min_}){ws1})?(?:(?:{yunits}){ws1}(?P<yrmod>{pmod})"
            rf"|(?P<ythis>{_LAM}?(?:{this}){ws1}(?:{yunits}))"
            rf"|(?P<ysame>(?:{yunits}){ws1}(?:{same_after})|(?:{same_before}){ws1}(?:{yunits})))"
            rf"{_WEND})")  # (لهذا العام: a glued lam; ysame: rule month_same_year)
    calendar = (rf"{start}(?P<m>(?:(?P<part>{parts}){ws1})?(?:{day})?"
                rf"(?:(?P<shahrn>{shahr}){ws1}(?P<mnum>\d{{1,2}}(?!\d)|{mnumw}){_WEND}"
                rf"|(?:(?P<shahr>{shahr}){ws1})?{month})(?:{year})?"
                rf"(?P<md>{ws1}(?P<mod>{mmod}){_WEND})?)")
    # (hyr, rule hijri_month_this_year: 'this year', 'last year' after the month, "رمضان لهذا العام")
    hijri = (rf"{start}(?P<m>(?:(?P<part>{parts}){ws1})?(?:{day})?"
             rf"(?:(?P<shahr>{shahr}){ws1})?(?P<hm>{hmn}){_NAME_END}"
             rf"(?:(?P<yr>{ws}{ysep}{ws}(?:(?:{min_}){ws1})?(?:(?:{year_words}){ws1})?"
             rf"(?P<y>\d{{3,4}})(?!\d)(?:{ws}(?P<hsuf>{hsuf}){_WEND})?)"
             rf"|(?P<hyr>{ws1}(?:(?:{min_}){ws1})?(?:{_LAM}?(?:{this}){ws1}(?:{yunits})"
             rf"|(?:{yunits}){ws1}(?P<hymod>{pmod})){_WEND}))?"
             rf"(?P<md>{ws1}(?P<mod>{mmod}){_WEND})?)")
    # Digit-first patterns put their boundary check after the first digit, so the
    # regex engine can skip to digits instead of trying every position.
    first_digit = r"\d(?<![\d./\-\\]\d)"
    hijri_year = (rf"(?P<m>(?P<y>{first_digit}\d{{2,3}})(?!\d){ws}(?P<hsuf>{hsuf}){_WEND})")
    sep1, sep2 = rf"{ws}(?P<s1>[/.\-\\]){ws}", rf"{ws}(?P<s2>[/.\-\\]){ws}"
    numeric_short = (rf"(?P<m>(?P<a>{first_digit}\d?){ws}/{ws}(?:(?P<y>\d{{4}})|(?P<b>\d{{1,2}})))"
                     rf"(?!\d|{ws}[./\-]{ws}\d)")
    dmods = dom.get("modifiers", {})
    dmod, mword = _alt(w for ws in dmods.values() for w in ws), _alt(dom.get("month_words", []))
    day_of_month = (rf"{start}(?P<m>{day}"
                    rf"(?:(?P<this>{this}){ws1}(?P<mw>{mword})|(?:(?P<mw2>{mword}){ws1})?(?P<mod>{dmod})"
                    rf"|(?P<same>(?:{mword}){ws1}(?:{same_after})|(?:{same_before}){ws1}(?:{mword}))){_WEND})")
    # "16-23/12/1436": the date's day may follow a first day and a glued dash (rule numeric_day_range)
    numeric_first = (rf"(?:{first_digit}|\d(?<=(?<![\d./\-\\])\d[-\u2013]\d)"
                     rf"|\d(?<=(?<![\d./\-\\])\d\d[-\u2013]\d))")
    numeric = (rf"(?P<m>(?:(?P<a>{numeric_first}\d?){sep1}(?P<b>\d{{1,2}}){ws}(?P=s1){ws}"
               rf"(?P<c>\d{{4}})|(?P<y>{first_digit}\d{{3}}){sep2}(?P<mm>\d{{1,2}}){ws}(?P=s2){ws}"
               rf"(?P<dd>\d{{1,2}}))"
               rf"(?!\d|{ws}[./\-\\]{ws}\d(?!\d?:\d))(?:{ws}(?P<hsuf>{hsuf}){_WEND}|{ws}(?P<gsuf>{gsuf}){_WEND})?)")
    ndr = rel.get("numeric_day_range", {})
    nd_from, nd_between, nd_and = (_alt(ndr.get(k, [])) for k in (
        "from_openers", "between_openers", "between_connectors"))
    numeric_range_head = (rf"{start}(?:(?:{nd_from}){ws1}(?P<d>{first_digit}\d?)(?!\d){ws}(?:{dconn})"
                          rf"|(?:{nd_between}){ws1}(?P<d2>{first_digit}\d?)(?!\d){ws}(?:{nd_and})){ws}$"
                          rf"|(?P<d3>{first_digit}\d?)[-\u2013]$")
    mr = rel.get("month_range", {})
    mr_open, mr_and = (_alt(mr.get(k, [])) for k in ("openers", "connectors"))
    month_range_head = rf"{start}(?:{mr_open}){ws1}$"
    month_range_gap = rf"{ws1}(?:{mr_and}){ws}$"
    # rule hijri_year_pair: "1436 1437ه", two years apart by a space only, the Hijri suffix after both
    year_range = (rf"(?P<m>(?P<y1>{first_digit}\d{{2,3}})(?!\d)(?:{ws}(?P<ysep>[-\u2013\u2014/]){ws}"
                  rf"|(?P<ysp>{ws1})(?=\d{{4}}{ws}(?:{hsuf}){_WEND}))"
                  rf"(?P<y2>\d{{3,4}})(?![\d]|[./\-]\d)(?:{ws}(?P<ysuf>{gsuf}|{hsuf}){_WEND})?)")
    yr_bare = _alt(yr.get("bare_openers", []))
    year_range_phrase = (rf"{start}(?P<m>(?:(?:{yr_open}){ws1}(?P<yw>{yr_words})|(?:{yr_popen})"
                         rf"|(?P<bare>{yr_bare}))"
                         rf"{ws1}(?P<y1>\d{{3,4}})(?!\d){ws}(?:{yr_conn}){ws}"
                         rf"(?:(?:{year_words}){ws1})?(?P<y2>\d{{3,4}})(?!\d)"
                         rf"(?:{ws}(?P<ysuf>{gsuf}|{hsuf}){_WEND})?)")
    # rule stray_stop_year: "خلال عام .2014", a sentence's full stop copied before its last year
    year_alone = (rf"{start}(?P<m>(?:{year_words}){ws1}(?:\.(?=\d{{4}}(?!\d)[^\S\n]*(?:$|\n)|\d{{4}} ))?"
                  rf"(?P<y>\d{{4}})(?!\d)"
                  rf"(?:{ws}(?P<gsuf>{gsuf}){_WEND}|{ws}(?P<hsuf>{hsuf}){_WEND})?"
                  rf"(?P<more>(?:{ws}[,{_COMMA}]?{ws}(?:{and_}|{or_}){ws}\d{{4}}(?!\d))*))")
    decade = (rf"{start}(?P<m>(?P<dec>{decw}){_WEND}"
              rf"(?:{ws1}(?:(?:{min_}){ws1})?(?P<cent>{cent}){_WEND})?)")
    night = _alt(rel["times_of_night"])
    pairs = []
    wd_entries = sorted(weekdays["weekdays"], key=lambda e: e["iso"])
    for i, entry in enumerate(wd_entries):
        nxt = wd_entries[(i + 1) % 7]
        a, b = _alt(entry["names"]), _alt(nxt["names"])
        pairs.append(rf"(?:{a}){_WEND}(?:{ws}(?:{conn}){ws}|{ws1})(?:{b})")
    night_pair = (rf"{start}(?P<m>(?P<tod>{night}){ws1}(?:(?:{day_word}){ws1})?"
                  rf"(?:{'|'.join(pairs)}){_WEND})")
    def day_pattern(rel_words: str) -> str:
        return (rf"{start}(?P<m>(?:(?P<tod>{tod}){ws1})?"
                rf"(?:(?P<rel>{rel_words}){_WEND}"
                rf"(?:{ws}[,{_COMMA}]?{ws}(?:(?:{day_word}){ws1})?(?P<wa>{wd}){_WEND}"
                rf"|{ws}\({ws}(?:(?:{day_word}){ws1})?(?P<wb>{wd}){ws}\))?"
                rf"|(?:(?:(?:{day_word}){ws1})?(?P<wd>{wd})"
                rf"|(?:{day_word}){ws1}(?P<wbare>{bare})){_WEND}"
                rf"(?:{ws1}(?P<mod>{pmod}){_WEND})?))")

    day_re = day_pattern(reldays)
    day_plain_re = day_pattern(_alt(n for e in rel["days"] if not e.get("raw_exact") for n in e["names"]))
    bare = rel.get("part_of_period_bare") or {}
    bparts = _alt(bare.get("parts", []))
    eparts, eunits = _alt(bare.get("edge_parts", [])), _alt(bare.get("edge_units", []))
    pg = weekdays.get("person_guard") or {}
    person_before = (rf"(?:^|[^{_L}])(?:{conj})?(?:(?P<title>{_alt(pg.get('titles', []))}){ws1})?"
                     rf"(?:(?P<given>{_alt(pg.get('given_names', []))})"
                     rf"|(?P<given2>(?:{_alt(pg.get('given_name_prefixes', []))}){ws}[{_L}]+)"
                     rf"|(?P<kin>{_alt(pg.get('kin_words', []))})){ws}$")
    onw = rel.get("onward") or {}
    onward = (rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(onw.get('openers', []))}){ws1}(?:{_alt(grammar['of'])})"
              rf"(?:{ws1}(?:{_alt(onw.get('gap_words', []))}))?{ws}$")
    byc = rel.get("by_deadline") or {}
    by_cue = (rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(byc.get('words', []))})"
              rf"(?:{ws1}(?:{_alt(byc.get('gap_words', []))}))*{ws1}$")
    until = byc.get("until_frame") or {}
    until_cue = (rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(until.get('verbs', []))})"
                 rf"(?:{ws1}[^\s.!?\u061f\u061b\u060c,;:()]+){{0,{int(until.get('max_words', 0))}}}"
                 rf"{ws1}(?:{_alt(until.get('links', []))})"
                 rf"(?:{ws1}(?:{_alt(byc.get('gap_words', []))}))*{ws1}$")
    plan = rel.get("planned_event") or {}
    word_ = rf"{ws1}[^\s.!?\u061f\u061b\u060c,;:()]+"  # one more word of the same clause
    plan_nouns = _alt(plan.get("nouns", []))
    planned = (rf"(?:^|[^{_L}])(?:{pro})?(?:(?:{_alt(plan.get('intent_words', []))})"
               rf"(?:{word_}){{0,{int(plan.get('max_gap', 0))}}}{ws1}(?:{plan_nouns})"
               rf"|(?:{_alt(plan.get('purpose_forms', []))})){_WEND}"
               rf"(?:{word_}){{0,{int(plan.get('max_words', 0))}}}"
               rf"{ws1}(?:{_alt(plan.get('links', []))})"
               rf"(?:{ws1}(?:{_alt(plan.get('gap_words', []))}))?{ws1}$")
    prayer = weekdays.get("prayer_guard") or {}
    prayer_before = rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(prayer.get('words', []))}){ws1}$"
    place = weekdays.get("place_guard") or {}
    place_before = (rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(place.get('heads', []))})"
                    rf"(?:{ws1}|{ws1}[{_L}]+(?P<join>{ws}[-\u2013]{ws}|{ws1}))$")
    prev = rel.get("previous_modifier") or {}
    prevmod = _alt(prev.get("words", []))
    prev_compare = (rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(prev.get('comparison_words', []))})[^{_L}]"
                    rf"(?:[^.!?\u061f\u061b\u060c,;:\n()]|(?<=\d)[.,\u066b\u066c](?=\d))*$")
    period = (rf"{start}(?P<m>(?:(?P<part>{parts}){ws1})?(?:(?P<unit>{units}){ws1}(?P<mod>{pmod}|{prevmod})"
              rf"|(?P<this>{this}){ws1}(?P<unit2>{units})"
              rf"|(?P<bpart>{bparts}){ws1}(?P<unit3>{units})(?![^\S\n]*\d)"
              rf"|(?P<epart>{eparts}){ws1}(?P<unit4>{eunits})(?![^\S\n]*\d)){_WEND})")
    count_back = (rf"{start}(?P<m>(?:{cnt_before}){ws1}(?:(?P<dual>{cnt_dual})"
                  rf"|(?P<n>\d{{1,2}}|{cnt_words}){ws1}(?:{cnt_units})){_WEND})")
    pframe = rel.get("past_frame") or {}
    pcues = rel.get("past_cues") or {}
    # rule future_place_name: a place the conflicts' gazetteers name is never a future verb ("سيونيك")
    exc = _alt(rel["future_prefix_exceptions"] + _gazetteer_place_words())
    fpre = _alt(rel["future_prefix"])
    stems = _alt(rel.get("future_prefix_exception_stems", [])) or "(?!)"
    persons = _alt(grammar["future_persons"])
    first = grammar.get("future_first_person", [])
    future_first = (rf"{_WSTART}(?:{conj})?(?:{fpre})(?P<p>{_alt(first)})[{_L}]{{2,9}}{_WEND}"
                    if first else "(?!)")
    fname = rel.get("future_prefix_name_shape") or {}
    vowels = "".join(normalize_text(v) for v in fname.get("long_vowels", []))
    name_shape = (rf"(?!(?:{fpre})(?:{persons})[{_L}]*[{vowels}][{_L}]*(?:{_alt(fname['suffixes'])}){_WEND})"
                  if vowels and fname.get("suffixes") else "")  # rule future_name_shape: "ستيبانيان"
    future = (rf"{_WSTART}(?:{conj})?(?:(?:{_alt(rel['future_cues'])}){_WEND}"
              rf"|(?!(?:{exc}){_WEND})(?!{stems}){name_shape}(?:{fpre})(?:{persons})[{_L}]{{2,9}}{_WEND})")
    cue = _alt(rel["month_alone_cues"])
    # rule month_cue_proclitic: a noun cue may carry a preposition ('لشهري مايو', 'بنهاية مارس')
    ncue = _alt(rel.get("month_alone_noun_cues") or [])
    hg = rel.get("hijri_generic") or {}
    month_alone_cue = rf"(?:^|[^{_L}])(?:(?:{conj})?(?:{cue})|(?:{pro})?(?:{ncue})){ws}$"
    year_range_cue = rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(yr['cues'])}){ws}$"
    bridge = _alt(rel["same_day_bridge"])
    # rule bridge_bracket: either date of a same-day pair may stand in brackets, "يوم الأحد (10/شوال /
    # 1436هـ ) الموافق (26/7/2015م)": a closing bracket may open the gap, an opening one follow the bridge
    bridge_gap = (rf"^(?:{ws}(?:{gsuf}|{hsuf}))?[\s,{_COMMA}\-\u2013()]*"
                  rf"(?:(?:{bridge})[\s,{_COMMA}:(]*)?$")

    # anchor words: every match of a word family contains one of these words
    anchor_words: dict[str, set[str]] = {}
    names_of: dict[str, list[list[str]]] = {}

    def anchor(family: str, words) -> None:
        for w in words:
            toks = normalize_text(w).split()
            names_of.setdefault(family, []).append(toks)
            for tok in toks:
                if len(tok) >= 3 or len(toks) == 1:
                    anchor_words.setdefault(tok, set()).add(family)

    anchor("calendar", all_month_names + list(grammar["month_word"]))
    hol = rel.get("holidays", {})
    hol_names: dict[str, tuple[str, int, int]] = {}
    for kind in ("gregorian", "hijri"):
        for e in hol.get(kind, []):
            for n in e["names"]:
                hol_names.setdefault(_key(n), (kind, e["month"], e["day"]))
    for e in hol.get("easter_days", []):
        for n in e["names"]:
            hol_names.setdefault(_key(n), ("easter", 0, e["offset"]))
    for n in hol.get("orthodox_easter", []):
        hol_names.setdefault(_key(n), ("orthodox_easter", 0, 0))
    for n in hol.get("easter", []):
        hol_names.setdefault(_key(n), ("easter", 0, 0))
    hol_all = [n for e in hol.get("gregorian", []) + hol.get("hijri", []) + hol.get("easter_days", [])
               for n in e["names"]] + hol.get("easter", []) + hol.get("orthodox_easter", [])
    hol_alt = _alt(hol_all)
    hol_day = _alt(hol.get("day_of_holiday", {}))
    hol_glued = _alt(hol.get("day_of_holiday_glued", []))
    holiday = (rf"{start}(?P<m>(?:(?P<hday>{hol_day}){ws1}(?:{hol_glued})?)?(?P<h>{hol_alt}){_WEND}"
               rf"(?:{ws1}(?:(?:{year_words}){ws1})?(?P<y>\d{{4}})(?!\d)|{ws1}(?P<hmod>{mmod}){_WEND})?)"
               ) if hol_names else "(?!)"
    anchor("holiday", hol_all)
    nw_ = months.get("nth_weekday", {})
    nth_ord: dict[str, int] = {}
    for fam in ("ordinals", "definite_ordinals"):
        for e in nw_.get(fam, []):
            for n in e["names"]:
                nth_ord[_key(n)] = e["n"]
    for n in nw_.get("last", []) + nw_.get("definite_last", []):
        nth_ord[_key(n)] = -1
    bare_wd = _alt(n for e in weekdays["weekdays"] for n in e.get("bare_names", []))
    o1 = _alt(n for e in nw_.get("ordinals", []) for n in e["names"])
    o2 = _alt(n for e in nw_.get("definite_ordinals", []) for n in e["names"])
    l1, l2 = _alt(nw_.get("last", [])), _alt(nw_.get("definite_last", []))
    dw1, dw2 = _alt(nw_.get("day", [])), _alt(nw_.get("definite_day", []))
    links = _alt(nw_.get("links", []))
    nth = (rf"(?:(?P<o>{o1}|{l1}){ws1}(?:(?:{dw1}){ws1})?(?P<w1>{bare_wd})"
           rf"|(?:(?:{dw1}){ws1})?(?P<w2>{wd}){ws1}(?P<o2>{o2}|{l2})"
           rf"|(?P<lastday>(?:{l1}){ws1}(?:{dw1})|(?:{dw2}){ws1}(?:{l2}))"
           rf"|(?P<o4>{o1}){ws1}(?:{dw1}))"
           rf"{ws1}(?:(?:{links}){_WEND}{ws}|(?:{links}))?$") if nw_ else "(?!)"
    anchor("hijri", (n for e in months["hijri"] for n in e["names"]))
    anchor("day_of_month", [w for ws in dmods.values() for w in ws] + dom.get("month_words", []))
    anchor("day", [n for e in weekdays["weekdays"] for n in e["names"] + e.get("bare_names", [])]
           + [n for e in rel["days"] for n in e["names"]])
    anchor("night_pair", (n for e in weekdays["weekdays"] for n in e["names"]))
    anchor("period", (n for e in rel["periods"] for n in e["names"]))
    anchor("decade", (n for e in rel["decades"] for n in e["names"]))
    anchor("count_back", cb["before"])
    anchor("year", rel["year_words"])
    anchor("bare_quarter", (rel.get("bare_quarter") or {}).get("heads", []))  # rule year_part_bare_quarter
    anchor("year_range_phrase", yr["year_words"] + yr["period_openers"] + rel["year_words"])
    # rule scan_gate: the words a family's match can open on (after a proclitic), or its anchor
    # words, in one trie; the regex engine skips in one search to the next word start where one
    # stands (see _Ctx.scan). A gate holds wherever its pattern matches: each pattern's first
    # word is one of these (or a day in digits, where the family has one), and nothing after it is
    # required.
    day_open = [n for e in day_ordinals for n in e["names"]] \
        + [n for e in months.get("day_cardinals", {}).get("days", []) for n in e["names"]]
    wd_names = [n for e in weekdays["weekdays"] for n in e["names"]]
    dg, no = rf"|(?:{article})?\d", ""  # the family may open on a day in digits, or not
    openers: dict[str, tuple[list[str], str]] = {  # family -> (opening words, digit alternative)
        "calendar": (rel["part_of_period"] + day_open + grammar["month_word"] + all_month_names, dg),
        "hijri": (rel["part_of_period"] + day_open + grammar["month_word"]
                  + [n for e in months["hijri"] for n in e["names"]], dg),
        "day_of_month": (day_open, dg),
        "year_range_phrase": (yr["openers"] + yr["period_openers"], no),
        "year": (rel["year_words"], no),
        "decade": ([n for e in rel["decades"] for n in e["names"]], no),
        "night_pair": (rel["times_of_night"], no),
        "day": (rel["times_of_day"] + [n for e in rel["days"] for n in e["names"]] + weekdays["day_word"]
                + wd_names, no),
        "period": (rel["part_of_period"] + [n for e in rel["periods"] for n in e["names"]]
                   + rel["this_words"], no),
        "count_back": (cb["before"], no),
        "holiday": (list(hol.get("day_of_holiday", {})) + hol_all, no),
    }
    # searched behind one space (see _Ctx.scan): it opens on a consumed boundary character, as the
    # word start of start does, so the regex engine skips from boundary to boundary
    gates = {fam: re.compile(rf"{lexicon.BOUNDARY}(?:(?:{pro})(?=[{_L}\d]))?"
                             rf"(?:{_alt(list(words) + [w for w, f in anchor_words.items() if fam in f])}"
                             rf"{digit})")
             for fam, (words, digit) in openers.items()}
    anchor_back = {"holiday": 24, "calendar": 64, "hijri": 64, "day": 40, "night_pair": 40, "period": 32,
                   "decade": 8, "count_back": 8, "year": 8, "year_range_phrase": 40,
                   "day_of_month": 64}

    c = re.compile
    ev = rel.get("event_years") or {}
    ev_heads, ev_list = _alt(ev.get("heads", [])), _alt(ev.get("list_heads", []))
    ev_gap = int(ev.get("max_gap_words", 2))
    ev_y = r"(?:19|20)\d\d(?![\d.,\u066b\u066c]\d|\d)"
    brand = months.get("brand_homonyms") or {}
    al_raw = grammar["definite_article"]
    # rule anchor_first_word: the scan needs one anchor per match, the nearest its start: a name of
    # several words whose first word is already an anchor of its family (a name of one word, as
    # "today" opens "today the one after tomorrow") adds no anchor of its own; its other words
    # ("to", "after", "before") stand in many sentences that hold no date
    scan_words = _scan_anchor_words(names_of)
    # searched on the view behind one space: the pattern opens on a consumed word-boundary
    # character, so the regex engine skips from boundary to boundary (see _Ctx.scan)
    anchor_re = (rf"[^{_L}A-Za-z](?P<a>(?:(?:{pro})(?=[{_L}]))?(?P<w>{_alt(scan_words)}))"
                 rf"(?![{_L}A-Za-z])")
    era = rel.get("era_years") or {}
    cy = rel.get("cue_years") or {}
    tdy = rel.get("two_digit_years") or {}
    tnow = rel.get("today_nowadays") or {}
    dual2 = weekdays.get("dual_pronoun_two") or {}
    lmod_words = [w for ws in list_mods.values() for w in ws]
    lmods = _alt(lmod_words)
    return _Lex(
        era_words=keys(era.get("words", [])),
        # rule era_year_short: three digits and an era word (the year word before it is looked up)
        era_year=c(rf"(?P<y>{first_digit}\d\d)(?!\d|[.,\u066b\u066c]\d){ws}(?P<suf>{gsuf}){_WEND}"),
        era_min=int(era.get("min_year", 100)),
        year_word_keys=keys(rel["year_words"]),
        cue_year_before=c(rf"(?:^|[^{_L}])(?:{pro})?(?:{_alt(cy.get('cues', []))}){ws1}$"),
        cue_year_min=int(cy.get("min_year", 1000)),
        two_digit=c(r"\d(?<![\d.,\u066b\u066c/:\-]\d)\d(?!\d|[%\u066a]|[.,\u066b\u066c/:\-]\d)"),
        two_digit_heads=keys(tdy.get("heads", [])),
        two_digit_not_before=keys(tdy.get("not_before", [])),
        still_before=c(rf"{_WSTART}(?:{conj})?(?:{_alt(tnow.get('still_verbs', []))}){_WEND}"
                       rf"[^.!?\u061f\u061b\n]*$"),
        until_words=keys(tnow.get("until_words", [])),
        decade_age=c(rf"{ws1}(?:{_alt(rel.get('decade_age', {}).get('after', []))}){_WEND}"),
        dual_two_names=keys(dual2.get("names", [])),
        dual_two_suffixes=tuple(normalize_text(x) for x in dual2.get("suffixes", [])),
        dual_two_min_stem=int(dual2.get("min_stem", 3)),
        # the first weekday of the list, or the last (the modifier stays out of the span, as before)
        weekday_list_mod=c(rf"(?:{ws}[,{_COMMA}]?{ws}(?:{and_}|{or_}){ws}(?:(?:{day_word}){ws1})?(?:{wd}))?"
                           rf"{ws1}(?P<lm>{lmods}){_WEND}" if list_mods else "(?!)"),
        **_folded_anchors(c(anchor_re), {k: tuple(sorted(v)) for k, v in scan_words.items()},
                          [normalize_text(p) for p in rel["proclitics"]]),
        anchor_back=anchor_back,
        anchor_names=names_of,
        gates=gates,
        month_num=month_num,
        hijri_num=hijri_num,
        ordinal_day=ordinal_day,
        cardinal_day=cardinal_day,
        needs_context=keys(months.get("gregorian_needs_context", [])),
        clipped=keys(n for e in clipped for n in e["names"]),
        hijri_needs_year=keys(months.get("hijri_needs_year", [])),
        weekday_iso=weekday_iso,
        weekday_not_after=keys(weekdays["not_after"]),
        weekday_not_before=keys(weekdays["not_before"]),
        day_words=day_words,
        day_word_proclitic=frozenset((_key(p), _key(w)) for p in pguard.get("proclitics", [])
                                     for w in pguard.get("words", [])),
        today_not_after=keys(rel["today_guard"]["not_after"]),
        today_not_before=keys(rel["today_guard"]["not_before"]),
        today_elative_in=keys(rel["today_guard"].get("elative_day", {}).get("prepositions", [])),
        today_elatives=keys(rel["today_guard"].get("elative_day", {}).get("elatives", [])),
        tomorrow_verb_guard=keys(rel["tomorrow_verb_guard"]),
        count_numbers=count_numbers,
        count_guard_after=keys(rel["count_guard_after"]),
        count_guard_before=keys(rel["count_guard_before"]),
        period_grain=period_grain,
        period_offset=period_offset,
        month_offset=month_offset,
        decade_of=decade_of,
        century_rel=century_rel,
        century_abs=century_abs,
        century_hijri=century_hijri,
        definite_article=normalize_text(grammar["definite_article"]),
        adjective_suffix=normalize_text(rel["today_guard"].get("adjective_suffix", "")),
        hijri_suffixes=keys(rel["hijri_year_suffix"]),
        recurring=c(rf"{ws}[,{_COMMA}]?{ws}(?:{_alt(rel['recurring_after'])}){_WEND}"),
        default_century=int(rel.get("decade_default_century", 1900)),
        calendar=c(calendar),
        hijri=c(hijri),
        hijri_year=c(hijri_year),
        numeric=c(numeric),
        numeric_gate=c(rf"\d{ws}[/.\-\\]"),
        year_range=c(year_range),
        year_range_phrase=c(year_range_phrase),
        year=c(year_alone),
        decade=c(decade),
        night_pair=c(night_pair),
        day=c(day_re),
        day_plain=c(day_plain_re),
        weekday_name=c(rf"(?:{wd}){_WEND}"),
        period=c(period),
        weekday_person=c(person_before),
        onward=c(onward),
        by_cue=c(by_cue),
        until_cue=c(until_cue),
        planned=c(planned),
        prayer_before=c(prayer_before),
        place_before=c(place_before),
        prev_compare=c(prev_compare),
        prev_words=keys(prev.get("words", [])),
        prev_not_before=keys(prev.get("not_before", [])),
        prev_not_before_prefixes=tuple(normalize_text(w) for w in prev.get("not_before_prefixes", [])),
        prev_adjective_units=keys(prev.get("adjective_units", [])),
        prev_adjective_heads=keys(prev.get("adjective_heads", [])),
        count_back=c(count_back),
        future=c(future),
        month_alone_cue=c(month_alone_cue),
        hijri_generic_before=c(rf"(?:^|[^{_L}])(?:{_alt(hg.get('before', []))}){ws1}$"),
        hijri_habit_after=c(rf"(?:{ws1}(?:{_alt(hg.get('gap_words', []))}))?{ws1}"
                            rf"(?:{_alt(hg.get('verb_prefixes', []))})[{_L}]{{2,8}}"
                            rf"(?:{_alt(hg.get('verb_suffixes', []))}){_WEND}"),
        year_range_cue=c(year_range_cue),
        historic_min=int(yr.get("historic_min", 9999)),
        year_word_end=c(rf"(?:^|[^{_L}])(?:{pro})?(?:{year_words}){ws}$"),
        historic_max_span=int(yr.get("historic_max_span", 0)),
        historic_cue=c(rf"(?:^|[^{_L}])(?:{conj})?(?:{_alt(yr['historic_cues'])})(?![{_L}])")
        if yr.get("historic_cues") else re.compile("(?!)"),
        bridge_gap=c(bridge_gap),
        week_gap=c(rf"^{ws}(?:(?:{min_}){ws1})?$"),
        four_digits=c(r"\d{4}"),
        future_first=c(future_first),
        past_aux=c(rf"{_WSTART}(?:{conj})?(?:{_alt(pframe.get('auxiliaries', []))}){_WEND}"),
        past_particle=c(rf"{_WSTART}(?:{conj})?(?:{_alt(pframe.get('particles', []))}){_WEND}"),
        past_event_before=keys(pcues.get("event_nouns", [])),
        event_links=keys(pcues.get("event_links", [])),
        since_before=keys(pcues.get("since_words", [])),
        past_verb=c(rf"{_WSTART}(?:{conj})?(?:{_alt(pcues.get('verbs', []))}){_WEND}"),
        month_number=_index(mnums, "names", "month"),
        nth=c(nth),
        nth_ord=nth_ord,
        weekday_after=c(rf"(?:(?:{day_word}){ws1})?(?P<w>{wd}){ws}$"),
        holiday=c(holiday),
        holidays=hol_names,
        future_first_raw=frozenset(first),
        weekday_indefinite={_key(n[len(al_raw):]): e["iso"] for e in weekdays["weekdays"]
                            for n in e["names"] if n.startswith(al_raw) and len(n) > len(al_raw) + 2},
        # a year the numbers stage drops as a year is a year date (see _bare_years)
        year_parts=keys(rel["part_of_period"]),
        year_lead=keys(rel["part_of_period"] + rel["year_seasons"]["words"]),
        bare_part_not_before=keys((rel.get("part_of_period_bare") or {}).get("not_before", [])),
        year_bounds=tuple(lexicon.load("number_exclusions")["year_range"]),
        # the boundary check after the first digit, so the regex engine skips to digits
        year_bare=c(r"\d(?<![\d.,\u066b\u066c]\d)\d{3}(?!\d|[.,\u066b\u066c]\d)"),
        year_era=c(rf"{ws}(?P<gsuf>{gsuf}){_WEND}"),
        proclitic_letters=frozenset(_key(p) for p in rel["proclitics"] if len(_key(p)) == 1),
        today_conjunctions=keys(rel["today_guard"].get("conjunctions", [])),
        today_quotes="".join(rel["today_guard"].get("quotes", [])),
        day_of_month=c(day_of_month),
        day_month_offset={_key(w): int(k) for k, ws in dmods.items() for w in ws},
        numeric_short=c(numeric_short),
        numeric_day_cues=keys(rel.get("numeric_day", {}).get("cues", [])),
        numeric_month_not_after=keys(rel.get("numeric_day", {}).get("month_not_after", [])),
        weekday_ordinal=c(rf"{ws1}(?P<dord>{ordn}){_WEND}"),
        day_before=c(rf"{_DIGIT_BEFORE}(?P<d>\d{{1,2}})(?:{ws}[,{_COMMA}]{ws}(?:{and_})?|{ws}(?:{and_})){ws}$"),
        list_gap=c(rf"{ws}[,{_COMMA}]?{ws}(?:{and_}){ws}$|{ws}[,{_COMMA}]{ws}$"),
        or_year=c(rf"{ws}(?:{or_}){ws}(?P<y>\d{{4}})(?![\d.,\u066b\u066c]\d|{ws}[%\u066a])"),
        and_year=c(rf"{ws}[,{_COMMA}]?{ws}(?:{and_}){ws}(?P<y>\d{{4}})(?![\d.,\u066b\u066c]\d|{ws}[%\u066a])"),
        month_list_gap=c(rf"{ws}[,{_COMMA}]?{ws}(?:{and_}|{or_}){ws}$|{ws}[,{_COMMA}]{ws}$"
                         rf"|{ws1}(?:{dconn}){ws1}$"),
        month_list_mods=keys(lmod_words),
        bare_range_span=int(yr.get("bare_max_span", 0)),
        bare_range_after=keys(lexicon.load("number_exclusions")["unit_stopwords"]) | {""},
        range_amount_nouns=keys(lexicon.load("number_exclusions")["identifier_counts"]["counted_nouns"]),
        sunnah_marks=tuple(rel.get("sunnah_guard", {}).get("marks", [])),
        sunnah_adjectives=keys(rel.get("sunnah_guard", {}).get("adjectives", [])),
        of_words=keys(grammar["of"]),
        date_name_heads=keys(months.get("date_name_heads", {}).get("heads", [])),
        delivery_heads=keys(rel.get("delivery_month", {}).get("heads", [])),
        weekday_ordinal_min=int(weekdays.get("ordinal_day_after", {}).get("min_day", 32)),
        today_name_heads=keys(rel["today_guard"].get("name_heads", [])),
        today_quoted_names=_quoted_day_names(rel["days"], lexicon.load("boilerplate")["byline"]["outlets"]),
        yesterday_not_before=keys(rel.get("yesterday_guard", {}).get("not_before", [])),
        past_after=keys(rel.get("yesterday_guard", {}).get("past_after", [])),
        past_proclitics=keys(rel.get("yesterday_guard", {}).get("past_proclitics", [])),
        past_heads=keys(rel.get("yesterday_guard", {}).get("past_heads", [])
                        + rel["today_nowadays"]["era_heads"]),
        nowadays={k: keys(tnow.get(k, [])) for k in _NOWADAYS_SETS},
        range_gap=c(rf"{ws}(?:{dconn}){ws}$"),
        numeric_range_head=c(numeric_range_head),
        month_range_head=c(month_range_head),
        month_range_gap=c(month_range_gap),
        rate=_rate_guard(rel.get("rate_guard")),
        holiday_cues=keys(hol.get("yearless_cues", [])),
        holiday_day={_key(k): int(v) for k, v in hol.get("day_of_holiday", {}).items()},
        holiday_number_after=c(rf"{ws}(?:{article})?\u0640*\d"),
        listed_range_heads=keys(rel.get("listed_day_range", {}).get("heads", [])),
        this_weekday=keys(rel["this_words"]),
        this_week_start=int(weekdays.get("this_week_start", 6)),
        listed_range_weekdays=bool(rel.get("listed_day_range", {}).get("weekdays", False)),
        listed_range_headless=bool(rel.get("listed_day_range", {}).get("headless", False)),
        event_year=c(rf"{_WSTART}(?:{conj})?(?:{pro})?(?:{ev_heads}){_WEND}"
                     rf"(?:[^\S\n]+[{_L}]+){{1,{ev_gap}}}[^\S\n]+(?P<y>{ev_y})"),
        event_year_direct=c(rf"{_WSTART}(?:{conj})?(?:{pro})?(?:{_alt(ev.get('direct_heads', []))}){_WEND}"
                            rf"[^\S\n]+(?P<y>{ev_y})(?![^\S\n]*[-\u2013\u0640/][^\S\n]*\d)"),
        # rule census_year: a census head after a preposition of time or source, then a year
        census_year=c(rf"{_WSTART}(?:{conj})?(?:{_alt(ev.get('census', {}).get('before', []))}){_WEND}"
                      rf"[^\S\n]+(?:{_alt(ev.get('census', {}).get('heads', []))}){_WEND}"
                      rf"[^\S\n]+(?P<y>{ev_y})(?![^\S\n]*[-\u2013\u0640/][^\S\n]*\d)")
        if ev.get("census") else re.compile("(?!)"),
        event_heads=tuple(sorted({normalize_text(h) for h in ev.get("heads", []) + ev.get("direct_heads", [])
                                  + ev.get("census", {}).get("heads", []) if h and h.strip()})),
        year_list_paren=c(rf"{_WSTART}(?:{conj})?(?:{pro})?(?:{ev_heads}|{ev_list}){_WEND}"
                          rf"(?:[^\S\n]+[{_L}]+){{0,{ev_gap}}}[^\S\n]*\((?P<ys>[^\S\n]*{ev_y}"
                          rf"(?:[^\S\n]*(?:[,{_COMMA}]|{and_})[^\S\n]*{ev_y})*)[^\S\n]*\)"),
        month_brands=keys(brand.get("names", [])),
        month_brand_context=c(rf"{_WSTART}(?:{conj})?(?:{pro})?(?:{_alt(brand.get('context', []))}){_WEND}"
                              if brand.get("context") else "(?!)"),
        month_brand_window=int(brand.get("window", 0)),
    )


def _rate_guard(rg: dict[str, Any] | None) -> dict[str, Any] | None:
    """The data of rule rate_per_period, with the number words of ``number_words.json``."""
    if not rg:
        return None
    nw = lexicon.load("number_words")
    words: set[str] = set()
    for fam in ("units", "teen_units", "single_word_teens", "ten", "tens", "hundreds", "scales",
                "fractions", "fraction_plurals"):
        entries = nw.get(fam, [])
        for entry in [entries] if isinstance(entries, dict) else entries:
            words.update(_key(f) for f in entry.get("forms", []))
    words.update(_key(w) for w in rg.get("quantity_words", []))
    return {"preps": frozenset(_key(w) for w in rg.get("prepositions", [])),
            "glued": frozenset(_key(w) for w in rg.get("glued", [])),
            "keys": frozenset(rg.get("keys", [])),
            "single": frozenset(_key(w) for w in rg.get("single", [])),
            "quantity": frozenset(words),
            "before": int(rg.get("window_before", 0)), "after": int(rg.get("window_after", 0))}


# --- calendar arithmetic --------------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _month_end(y: int, m: int) -> _dt.date:
    if m == 12:
        return _dt.date(y, 12, 31)
    return _dt.date(y, m + 1, 1) - _dt.timedelta(days=1)


@lru_cache(maxsize=4096)  # remembered (as the conversions below): a few hundred months recur
def _month_span(y: int, m: int) -> tuple[_dt.date, _dt.date] | None:
    if not (_dt.MINYEAR <= y <= _dt.MAXYEAR and 1 <= m <= 12):
        return None
    return _dt.date(y, m, 1), _month_end(y, m)


def _year_span(y: int) -> tuple[_dt.date, _dt.date] | None:
    if not (_dt.MINYEAR <= y <= _dt.MAXYEAR):
        return None
    return _dt.date(y, 1, 1), _dt.date(y, 12, 31)


def _shift(ref: _dt.date, days: int) -> _dt.date | None:
    try:
        return ref + _dt.timedelta(days=days)
    except OverflowError:
        return None


Span = tuple[_dt.date, _dt.date]


def _choose(cands: list[Span], ref: _dt.date, how: str) -> Span | None:
    """Pick the occurrence of a yearless day or month that the text means.

    ``cands`` are the occurrences in consecutive years, oldest first. ``back``:
    the latest that starts on or before ``ref``; ``past``: the latest that ends
    before ``ref``; ``forward``: the earliest that ends on or after ``ref``;
    ``next``: the earliest that starts after ``ref``; ``nearest``: the closest
    to ``ref`` either way (a sentence about the future may still look back).
    """
    if how == "back":
        return next((c for c in reversed(cands) if c[0] <= ref), None)
    if how == "past":
        return next((c for c in reversed(cands) if c[1] < ref), None)
    if how == "forward":
        return next((c for c in cands if c[1] >= ref), None)
    if how == "next":
        return next((c for c in cands if c[0] > ref), None)

    def distance(c: Span) -> int:
        if c[0] <= ref <= c[1]:
            return 0
        return min(abs((c[0] - ref).days), abs((c[1] - ref).days))

    return min(cands, key=distance) if cands else None


def _greg_candidates(month: int, day: int | None, day2: int | None,
                     years: range) -> list[Span]:
    out: list[Span] = []
    for y in years:
        if day is None:
            span = _month_span(y, month)
        else:
            first = _safe_date(y, month, day)
            last = _safe_date(y, month, day2) if day2 else first
            span = (first, last) if first is not None and last is not None else None
        if span is not None:
            out.append(span)
    return out


def _weekday(iso: int, ref: _dt.date, how: str) -> _dt.date | None:
    """The weekday ``iso`` (1 = Monday) nearest ``ref`` in direction ``how``."""
    wd = iso - 1
    if how == "back":
        delta = -((ref.weekday() - wd) % 7)
    elif how == "past":
        delta = -((ref.weekday() - wd) % 7 or 7)
    elif how == "next":
        delta = (wd - ref.weekday()) % 7 or 7
    else:  # forward: on or after
        delta = (wd - ref.weekday()) % 7
    return _shift(ref, delta)


def _weekday_near(iso: int, around: _dt.date) -> _dt.date | None:
    """The date with weekday ``iso`` closest to ``around`` (within three days)."""
    delta = (iso - 1 - around.weekday()) % 7
    if delta > 3:
        delta -= 7
    return _shift(around, delta)


#: The first Hijri year of hijridate's Umm al-Qura table (1343); earlier years are read with
#: the tabular calendar (rule hijri_tabular).
_TABLE_FIRST = HIJRI_RANGE[0][0]
_JDN_ORDINAL = 1721425  # Julian day number minus date.toordinal()
_HIJRI_EPOCH_JDN = 1948439  # the day before 1 Muharram 1 (Friday 16 July 622, Julian)


def _tabular_hijri_to_greg(y: int, m: int, d: int) -> _dt.date | None:
    """Rule hijri_tabular: the Gregorian day of a Hijri date by the tabular (arithmetic, civil)
    Islamic calendar: months of 30 and 29 days alternating, 354 days a year plus a leap day
    closing Dhu al-Hijja in 11 years of every 30 (those where (14 + 11y) mod 30 < 11), counted
    from 1 Muharram 1 = 16 July 622 (Julian). Used for the years before the Umm al-Qura table
    (within a day or two of the sighted calendar).

    >>> _tabular_hijri_to_greg(1300, 1, 1), _tabular_hijri_to_greg(1, 1, 1)
    (datetime.date(1882, 11, 12), datetime.date(622, 7, 19))
    """
    if y < 1 or not 1 <= m <= 12 or not 1 <= d <= 30:
        return None
    jdn = d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + _HIJRI_EPOCH_JDN
    return _dt.date.fromordinal(jdn - _JDN_ORDINAL)


def _tabular_rule(rule: str, y: int | None) -> str:
    """The rule name, marked ``_tabular`` when the Hijri year ``y`` is read by rule hijri_tabular."""
    return f"{rule}_tabular" if y is not None and y < _TABLE_FIRST else rule


@lru_cache(maxsize=16384)
def _hijri_to_greg(y: int, m: int, d: int) -> _dt.date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura table). A 30th of a month the table counts
    29 days (``30-02-1433``) is the day after its 29th: by moon sighting a month has 29 or 30
    days, a day off the table now and then, so the writer's 30th is the table's 1st of the next.
    Years before the table are read by the tabular calendar (rule hijri_tabular)."""
    if y < _TABLE_FIRST:
        return _tabular_hijri_to_greg(y, m, d)
    try:
        g = Hijri(y, m, d).to_gregorian()
        return _dt.date(g.year, g.month, g.day)
    except Exception:  # hijridate raises several exception types out of its range
        if d != 30:
            return None
    day29 = _hijri_to_greg(y, m, 29)
    return _shift(day29, 1) if day29 is not None else None


def _hijri_month_span(y: int, m: int) -> Span | None:
    first = _hijri_to_greg(y, m, 1)
    nxt = _hijri_to_greg(y + (m == 12), m % 12 + 1, 1)
    if first is None or nxt is None:
        return None
    return first, nxt - _dt.timedelta(days=1)


def _hijri_year_span(y: int) -> Span | None:
    first, nxt = _hijri_to_greg(y, 1, 1), _hijri_to_greg(y + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return first, nxt - _dt.timedelta(days=1)


def _hijri_years_span(y1: int, y2: int) -> Span | None:
    first, last = _hijri_year_span(y1), _hijri_year_span(y2)
    if first is None or last is None:
        return None
    return first[0], last[1]


@lru_cache(maxsize=16384)
def _greg_to_hijri_year(day: _dt.date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except Exception:  # out of hijridate's range
        return None


def _hijri_candidates(month: int, day: int | None, years: range) -> list[Span]:
    out: list[Span] = []
    for y in years:
        if day is None:
            span = _hijri_month_span(y, month)
        else:
            g = _hijri_to_greg(y, month, day)
            span = (g, g) if g is not None else None
        if span is not None:
            out.append(span)
    return out


_HOW_BY_OFFSET = {-1: "past", 0: "current", 1: "next"}


# --- the extraction pass ----------------------------------------------------------------------


# A candidate: view span, family precedence, payload.
@dataclass(slots=True)
class _Cand:
    s: int
    e: int
    prio: int
    start: _dt.date | None
    end: _dt.date | None
    grain: str
    relative: bool
    rule: str
    iso: int = 0  # weekday named, for merging with an explicit date
    kind: str = ""  # "weekday" / "dayword" / "calendar_day" / "hijri_day"


_BOUNDARY_CHAR = re.compile(lexicon.BOUNDARY)


def _word_starts(view: str, lo: int, hi: int) -> list[int]:
    """The offsets in ``lo``..``hi - 1`` where :data:`lexicon.WORD_START` holds in ``view``
    (the start of the text, or right after a character that is no letter or digit).

    >>> _word_starts("ab 12,c", 0, 7)
    [0, 3, 6]
    """
    out = [0] if lo <= 0 < hi else []
    out.extend(m.end() for m in _BOUNDARY_CHAR.finditer(view, max(lo - 1, 0), hi - 1))
    return out


def _anchor_words(lex: _Lex, view: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, families)`` of the anchor words in ``view``, in order, from one pass."""
    fams, out = lex.anchor_families, []
    spaced, pos = " " + view, 0
    while (a := lex.anchor.search(spaced, pos)) is not None:
        start, end = a.start("a") - 1, a.end("a") - 1
        out.append((start, end, fams.get(a.group("w"), ())))
        pos = end  # the next match may open on the boundary at view offset end - 1
    return out


def _by_family(words: list[tuple[int, int, tuple[str, ...]]], shift: int) -> dict[str, list[tuple[int, int]]]:
    """Anchor spans by family, moved back by ``shift``."""
    out: dict[str, list[tuple[int, int]]] = {}
    for start, end, families in words:
        for fam in families:
            out.setdefault(fam, []).append((start - shift, end - shift))
    return out


_ANCHOR_LETTER = re.compile(rf"[{_L}A-Za-z]")  # a character that cannot stand before an anchor


class ArticleAnchors:
    """The anchor words of a whole article's view, found in one pass, for its sentences.

    A sentence's anchors are the article's that fall inside it, as long as the
    sentence reads the same characters and its edges are word edges in the
    article too (a letter just outside would change what the anchor pattern
    sees there); otherwise :meth:`of_sentence` gives None and the sentence is
    searched on its own. Either way the sentence gets the anchors one pass over
    it would find.
    """

    __slots__ = ("text", "view", "words", "starts")

    def __init__(self, view: str) -> None:
        self.text, self.view = view, lexicon.mask_markup(view)
        self.words = _anchor_words(_lex(), self.view)
        self.starts = [w[0] for w in self.words]

    def spans(self) -> list[tuple[int, int]]:
        """Sorted spans of the anchor words."""
        return [(start, end) for start, end, _ in self.words]

    def of_sentence(self, text: str, at: int) -> dict[str, list[tuple[int, int]]] | None:
        """Anchor spans by family of the sentence whose (masked) view ``text`` starts at offset
        ``at`` of the article's view, in sentence offsets; None when they must be searched."""
        end, view = at + len(text), self.view
        if not view.startswith(text, at) or _letter_at(view, at - 1) or _letter_at(view, end):
            return None  # (an empty text past the end gets None, and then no anchors either way)
        i, j = bisect_left(self.starts, at), bisect_left(self.starts, end)
        if (i and self.words[i - 1][1] > at) or (j > i and self.words[j - 1][1] > end):
            return None  # an anchor word runs over an edge of the sentence
        return _by_family(self.words[i:j], at)


_ANCHORS = Memo(1024)


def article_anchors(view: str) -> ArticleAnchors:
    """``ArticleAnchors(view)``, remembered for the last articles read: the numbers table reads
    the dates of its sentences with them, and the dates table then finds them again."""
    found = _ANCHORS.get(view)
    if found is None:
        found = ArticleAnchors(view)
        _ANCHORS.put(view, found)
    return found


def _letter_at(view: str, i: int) -> bool:
    return 0 <= i < len(view) and _ANCHOR_LETTER.match(view, i) is not None


def _tatweel_dashes(nv: Normalized, view: str) -> str:
    """Rule tatweel_dash (see _TATWEEL_DASH): the view with a dash for each spaced tatweel between digits."""
    chars = None
    for m in _TATWEEL_DASH.finditer(nv.raw):
        r = m.start(1) if m.group(1) else (m.start(2) if m.group(2) else -1)
        if r < 0:
            continue  # glued: rule tatweel_year_range reads it
        if chars is None:
            chars = list(view)
        chars[nv.view_index(r)] = "-"
    return view if chars is None else "".join(chars)


class _Ctx:
    """Per-call state: the view, the reference, and lazily built sentence/future indexes."""

    __slots__ = ("lex", "nv", "view", "ref", "digits", "digits3", "_bounds", "_future", "_past",
                 "_anchors", "_spaced")

    def __init__(self, lex: _Lex, nv: Normalized, ref: _dt.date | None,
                 anchors: ArticleAnchors | None = None, at: int = 0) -> None:
        # rule markup_masked: HTML entities and tags left in scraped text read as what they stand for
        self.lex, self.nv, self.view, self.ref = lex, nv, lexicon.mask_markup(nv.text), ref
        if "\u0640" in nv.raw:
            self.view = _tatweel_dashes(nv, self.view)
        self.digits = _ANY_DIGIT.search(self.view) is not None  # digit families need one
        # a year in digits needs three in a row (hijri_year, year_range, year_bare): one search for all
        self.digits3 = self.digits and _THREE_DIGITS.search(self.view) is not None
        self._bounds: list[int] | None = None
        self._future: list[int] | None = None
        self._past: list[int] = []
        self._spaced: str | None = None
        self._anchors = anchors.of_sentence(self.view, at) if anchors is not None else None

    def scan(self, family: str):
        """Matches of ``family``'s pattern, searched only near its anchor words.

        Every match of a word family contains one of its anchor words (month
        names for the calendar, weekday and day words for days ...), found for all
        families by one pass of :attr:`_Lex.anchor`; the family pattern is then
        matched at each word start from a little before the anchor to its end
        (every family pattern opens on a word start, and a match that starts after
        the anchor belongs to a later one), seeing at most :data:`_WINDOW_AFTER`
        characters past the anchor. Same matches as a full ``finditer``, at a
        fraction of the cost. Only the word starts where the family's gate holds
        (rule ``scan_gate``: a word the pattern can open on, or an anchor word) are
        tried: one search of the gate finds the next, and the pattern cannot match
        at the others.
        """
        spots = self.anchors().get(family)
        if not spots:
            return ()
        return self._scan(family, spots)

    def _scan(self, family: str, spots: list[tuple[int, int]]):
        pattern, gate = getattr(self.lex, family), self.lex.gates[family]
        back = self.lex.anchor_back[family]
        view, n, pos = self.view, len(self.view), 0
        if self._spaced is None:
            self._spaced = " " + view
        spaced = self._spaced  # a gate match at its offset k consumes view[k - 1]: a word starts at view[k]
        # rule scan_anchor_cut: a gate match opens on a boundary character (no letter or digit), so
        # none opens at spaced offsets a_start + 1 .. a_end - 1 (view[a_start:a_end - 1]) when the
        # anchor is letters only: once q passes a_start, the next gate match (if any) starts at or
        # after a_end and ends the loop, and it is not searched for (up to _WINDOW_AFTER ahead)
        cut = 0 if self.lex.anchor_letters else n + 1
        for a_start, a_end in spots:
            if a_end <= pos:
                continue
            stop = min(n, a_end + _WINDOW_AFTER)
            q = max(pos, a_start - back, 0)
            last = a_start + cut
            while q <= last and (g := gate.search(spaced, q, stop + 1)) is not None \
                    and (p := g.start()) < a_end:
                m = pattern.match(view, p, stop)
                if m is None:
                    q = p + 1
                    continue
                yield m
                q = pos = max(m.end(), p + 1)

    def anchors(self) -> dict[str, list[tuple[int, int]]]:
        """Anchor spans by family, from one pass over the view (or cut from the article's)."""
        if self._anchors is None:
            self._anchors = _by_family(_anchor_words(self.lex, self.view), 0)
        return self._anchors

    def prev_word(self, s: int) -> str:
        m = _PREV_WORD.search(self.view, max(0, s - 40), s)
        return _key(m.group(1)) if m else ""

    def next_word(self, e: int) -> str:
        m = _NEXT_WORD.match(self.view[e:e + 40])
        return _key(m.group(1)) if m else ""

    def onward(self, s: int) -> bool:
        """Rule onward: the date at ``s`` follows 'starting from' (اعتبارا من، ابتداء من، بدءا من)."""
        return self.lex.onward.search(self.view, max(0, s - 40), s) is not None

    def by_deadline(self, s: int) -> bool:
        """Rule by_deadline: the date at ``s`` follows 'by' (بحلول): a deadline, the nearest one ahead;
        or rule until_frame (:meth:`until`)."""
        return self.lex.by_cue.search(self.view, max(0, s - 40), s) is not None or self.until(s)

    def until(self, s: int) -> bool:
        """Rule until_frame: the date at ``s`` follows 'to'/'until' after a postponement or a present
        of lasting: where the thing ends, ahead."""
        return self.lex.until_cue.search(self.view, max(0, s - 80), s) is not None

    def forward(self, s: int, anywhere: bool = False) -> bool:
        """True when the sentence holding offset ``s`` looks forward.

        A future cue (``سوف``, a verb with the future prefix, ``غداً``, ``مقررة`` ...)
        must come before ``s`` in the sentence; with ``anywhere`` it may also
        come after (used for a day and month, whose reading is then the nearest).
        Rule ``past_frame``: a pluperfect frame (an auxiliary 'was' and later the particle
        'had', relative_dates.json past_frame) whose particle stands after the last future
        cue before ``s`` sets what follows it in the past: the sentence does not look forward
        there, even with ``anywhere`` (the cue was a misread name, or governs another clause).
        """
        if self._bounds is None:
            self._bounds = [m.start() for m in _SENTENCE_END.finditer(self.view)]
            self._future = [m.start() for m in self.lex.future.finditer(self.view)]
            raw = self.nv.raw
            for m in self.lex.future_first.finditer(self.view):
                i = self.nv.raw_index(m.start("p"))
                if raw[i:i + 1] in self.lex.future_first_raw:
                    self._future.append(m.start())
            self._future.sort()
            aux = [m.start() for m in self.lex.past_aux.finditer(self.view)]
            if aux:
                bounds = self._bounds
                for m in self.lex.past_particle.finditer(self.view):
                    k = bisect_left(aux, m.start())  # an auxiliary before it in its sentence
                    if k and bisect_left(bounds, aux[k - 1]) == bisect_left(bounds, m.start()):
                        self._past.append(m.start())
        assert self._future is not None
        i = bisect_left(self._bounds, s)
        sent_start = self._bounds[i - 1] + 1 if i else 0
        if self._past:
            k = bisect_left(self._past, s)
            if k and self._past[k - 1] >= sent_start:
                before = bisect_left(self._future, s)
                if not before or self._future[before - 1] < self._past[k - 1]:
                    return False
        limit = s
        if anywhere:
            limit = self._bounds[i] if i < len(self._bounds) else len(self.view)
        j = bisect_left(self._future, sent_start)
        return j < len(self._future) and self._future[j] < limit

    def _event_noun(self, w: str) -> bool:
        """Whether the word ``w`` (a key) is an event noun of ``past_event_before``, or one after a
        one-letter proclitic."""
        return w in self.lex.past_event_before or (
            w[:1] in self.lex.proclitic_letters and w[1:] in self.lex.past_event_before)

    def looks_back(self, s: int, m_start: int) -> str:
        """A weekday at ``s`` (its match from ``m_start``, with يوم or a time of day) in a sentence
        that :meth:`forward` finds looking forward is still a report of what happened.

        Rule past_event_noun: the word before the match is a verbal noun of a past event
        (``هجوم الاثنين``) or a 'was held' verb (``عقد الاثنين``); rule past_verb_after_cue: a
        perfect-tense verb (relative_dates.json past_cues) stands after the last future cue before
        ``s`` in the sentence. Called only after :meth:`forward`, so the cue index is built."""
        w = self.prev_word(m_start)
        if self._event_noun(w):
            return "past_event_noun"
        if w in self.lex.event_links:  # بعد هجوم إلكتروني في مايو: the event's noun, an adjective, 'in'
            at = m_start
            for k in range(3):  # 'in' itself, then the two words before it
                m = _PREV_WORD.search(self.view, max(0, at - 40), at)
                if m is None:
                    break
                at = m.start()
                if k and self._event_noun(_key(m.group(1))):
                    return "past_event_noun"
        if self._future is None or self._bounds is None:
            return ""
        j = bisect_left(self._future, s)
        if not j or self.lex.past_verb.search(self.view, self._future[j - 1], s) is None:
            return ""
        return "past_verb_after_cue"


def _yearless_how(ctx: _Ctx, s: int, m_start: int) -> str:
    """How a yearless day and month or month at ``s`` (its match from ``m_start``) is resolved.

    Forward after a future cue before it in its sentence, or a deadline; the nearest with a
    future cue after it, or 'starting from'; else back. Rules past_event_noun and
    past_verb_after_cue (as for a weekday, :meth:`_Ctx.looks_back`) scope a future cue to its
    own clause: a perfect verb after the last future cue ('ستتمكن ... اتفاق تم التوصل إليه في
    نهاية يوليو') or a past event noun right before the date ('بعد هجمات 11 سبتمبر وأن إيران
    ستهيمن') make the date look back."""
    if ctx.prev_word(m_start) in ctx.lex.since_before:
        return "back"  # rule since_month: 'since March' (منذ مارس) starts in the past
    fwd = ctx.forward(s)
    if fwd or ctx.by_deadline(s):
        return "back" if fwd and not ctx.by_deadline(s) and ctx.looks_back(s, m_start) else "forward"
    if ctx.onward(s):
        return "nearest"
    if ctx.forward(s, anywhere=True):
        return "back" if ctx.looks_back(s, m_start) == "past_event_noun" else "nearest"
    if ctx.lex.planned.search(ctx.view, max(0, s - 160), s) is not None:
        return "nearest"  # rule planned_event: "صوتت لمصلحة عقد مؤتمر عام في أيلول"
    return "back"


def _day_of(lex: _Lex, m: re.Match[str]) -> tuple[int | None, int | None, bool]:
    """(day, last day of a range, ok) from the day groups of a calendar or Hijri match."""
    if m.group("d") is not None:
        day = int(m.group("d"))
        day2 = int(m.group("d2")) if m.group("d2") is not None else None
        if not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
            return None, None, False
        return day, day2, True
    if m.group("dord") is not None:
        day = lex.ordinal_day.get(_key(m.group("dord")))
        return day, None, day is not None
    if m.group("dcard") is not None:
        day = lex.cardinal_day.get(_key(m.group("dcard")))
        return day, None, day is not None
    return None, None, True


def _punct_day_ok(ctx: _Ctx, m: re.Match[str]) -> bool:
    """A day split from its month by a dot, dash or slash ("يوم 2- أكتوبر") is read only right
    after a day cue (``numeric_day`` cues of relative_dates.json: يوم، في، بتاريخ ...) or a
    weekday (rule ``punct_day_month``): "2- أكتوبر شهد ..." opening a line is an item number."""
    if m.group("dp") is None:
        return True
    s = m.start("m")
    while s > 0 and ctx.view[s - 1] in " (":  # a cue before an opening parenthesis: "الأحد (10/شوال"
        s -= 1
    prev, lex = ctx.prev_word(s), ctx.lex
    cues = lex.numeric_day_cues
    if prev[:1] in lex.proclitic_letters and (prev[1:] in cues or prev[1:] in lex.weekday_iso):
        prev = prev[1:]
    return prev in cues or prev in lex.weekday_iso


def _names_a_place(ctx: _Ctx, s: int) -> bool:
    """True when the word right before offset ``s`` (a day before a month) is one of the
    ``date_name_heads`` (maybe with a one-letter clitic): "مدينة 6 أكتوبر" is a name
    (rule ``date_name_head``)."""
    view, heads = ctx.view, ctx.lex.date_name_heads
    k = s
    while k > 0 and view[k - 1] in _NAME_QUOTES_OPEN:  # (rule quoted_date_name: 'محطة «20 يناير»')
        k -= 1
    quoted = k < s
    while k > 0 and view[k - 1] in " \t":
        k -= 1
    prev = ctx.prev_word(k)
    if prev in heads or (prev[:1] in ctx.lex.proclitic_letters and prev[1:] in heads):
        return True
    if quoted and len(prev) == 1 and prev in ctx.lex.proclitic_letters:
        # rule quoted_date_name_list: 'محطتي «20 يناير» و«28 مايو»': the next name of the list
        j = k - 1
        while j > 0 and view[j - 1] in " \t":
            j -= 1
        if j > 0 and view[j - 1] in _NAME_QUOTES_CLOSE:
            opening = max(view.rfind(q, max(0, j - 40), j - 1) for q in _NAME_QUOTES_OPEN)
            return opening >= 0 and _names_a_place(ctx, opening + 1)
    return False


#: Quotes around a place's name written as a date (rule quoted_date_name: 'محطة «20 يناير»').
_NAME_QUOTES_OPEN = "\u00ab\"\u201c"
_NAME_QUOTES_CLOSE = "\u00bb\"\u201d"


def _delivery_month(ctx: _Ctx, s: int) -> bool:
    """Rule delivery_month: a month with no year right after one of relative_dates.json
    delivery_month heads (maybe with a one-letter clitic: 'عقود برنت تسليم سبتمبر', 'لتسليم أغسطس')
    names a futures contract's delivery month, the coming one (on or after the reference month)."""
    prev, heads = ctx.prev_word(s), ctx.lex.delivery_heads
    return bool(heads) and (prev in heads or (prev[:1] in ctx.lex.proclitic_letters and prev[1:] in heads))


def _calendar(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref, view = ctx.lex, ctx.ref, ctx.view
    last_end: int | None = None  # end of the previous calendar mention (a list of months)
    chain: list[tuple[_Cand, int, int | None, int | None]] = []  # listed months with no modifier yet
    for m in ctx.scan("calendar"):
        shahr = m.group("shahr") or m.group("shahrn")
        if m.group("mnum") is not None:
            t = m.group("mnum")
            month = int(t) if t.isdigit() else lex.month_number.get(_key(t))
            if month is None or not 1 <= month <= 12:
                continue
            second, mon_end, full_month, mon_start = None, m.end("mnum"), True, m.start("shahrn")
        else:
            month = lex.month_num.get(_key(m.group("m1")))
            if month is None:
                continue
            second = m.group("m2") or m.group("m3")
            mon_end, mon_start = m.end("mon"), m.start("mon")
            full_month = True
            if second is not None and lex.month_num.get(_key(second)) != month:
                mon_end, full_month = m.end("m1"), False  # "September October": keep the first
        day, day2, ok = _day_of(lex, m)
        if not ok or not _punct_day_ok(ctx, m):
            continue
        s = m.start("m")
        if day is not None and m.group("part") is None and _names_a_place(ctx, s):
            continue  # "مدينة 6 أكتوبر", "جسر 6 أكتوبر": a name (rule date_name_head)
        if day is None and m.group("part") is None and shahr is None:
            s = mon_start
        end = mon_end
        year: int | None = None
        year_off: int | None = None
        same_year = False
        if m.group("yr") is not None and full_month:
            if m.group("y") is not None or m.group("y3") is not None:
                y = int(m.group("y") or m.group("y3"))
                # rule era_year: an era suffix (1099 AD, 921 AD) makes any year from 100 on a year
                era = m.group("ygs") is not None or m.group("ygs3") is not None
                if (100 if era else 1000 if m.group("yw") else 1700) <= y <= 2199:
                    year, end = y, m.end("yr")
            elif m.group("yrmod") is not None:
                year_off, end = lex.period_offset.get(_key(m.group("yrmod")), 0), m.end("yr")
            elif m.group("ythis") is not None:
                year_off, end = 0, m.end("yr")
            elif m.group("ysame") is not None:
                # rule month_same_year: the year of a date before it (resolve_same_period); the
                # reference's year stands in until then
                year_off, end, same_year = 0, m.end("yr"), True
        clipped = bool(lex.clipped) and m.group("m1") is not None and _key(m.group("m1")) in lex.clipped
        if clipped and (day is None or year is None):
            continue  # rule clipped_month: "يوني" (June clipped) is read only between a day and a year
        mod_off: int | None = None
        if m.group("md") is not None and full_month and m.group("yr") is None:
            mod_off, end = lex.month_offset.get(_key(m.group("mod")), 0), m.end("md")
        listed = last_end is not None and 0 <= s - last_end <= 8 and \
            lex.month_list_gap.match(view, last_end, s) is not None  # "شهري سبتمبر وأكتوبر"
        if year is None and year_off is None and mod_off is None:
            if lex.recurring.match(view, end):
                continue  # "في شهر نوفمبر من كل عام"
            # rule named_month_cue: "آب" alone is also a word; its other name in brackets or after
            # a slash ("آب (أغسطس)", "آب/أغسطس") or a part-of-month word ("بداية آب") makes it a month
            vague = m.group("m1") is not None and _key(m.group("m1")) in lex.needs_context \
                and m.group("part") is None and not (
                second is not None and full_month)
            if day is None and shahr is None and not listed and (
                    vague or (m.group("part") is None
                              and not lex.month_alone_cue.search(view, max(0, s - 24), s))) \
                    and not _delivery_month(ctx, s):
                continue  # a bare month name needs a preposition (or a delivery head) before it
            if day is None and shahr is None and m.group("part") is None and \
                    _month_brand(ctx, m.group("m1"), s, end):
                continue  # "في نيسان متشوقون لإطلاق السيارة": the car maker
        if day is not None and year is None and not _greg_candidates(month, day, day2,
                                                                     range(2000, 2001)):
            continue  # "31 September": no such day in any year (2000 was a leap year)
        grain = "day" if day is not None else "month"
        span: Span | None = None
        delivery = False
        if year is not None:
            got = _greg_candidates(month, day, day2, range(year, year + 1))
            if not got:
                continue  # "31 September 2020"
            span = got[0]
        elif ref is not None:
            if year_off is not None:
                got = _greg_candidates(month, day, day2, range(ref.year + year_off,
                                                               ref.year + year_off + 1))
                span = got[0] if got else None
            else:
                if mod_off is None and day is None and _delivery_month(ctx, s):
                    how, delivery = "forward", True
                elif mod_off is None:
                    how = _yearless_how(ctx, s, m.start())
                else:
                    how = _HOW_BY_OFFSET[max(-1, min(1, mod_off))]
                    if day is not None and how == "past":
                        how = "back"
                span = _yearless_span(month, day, day2, ref, how)
        if day is not None:
            rule = "day_range_month" if day2 else (
                "ordinal_day_month" if m.group("dord") else
                "cardinal_day_month" if m.group("dcard") else
                "punct_day_month" if m.group("dp") else "day_month")
        else:
            rule = "part_of_month" if m.group("part") is not None else (
                "delivery_month" if delivery else "month")
        if year is not None:
            rule += "_year"
        if clipped:
            rule = "clipped_month"
        if same_year:
            rule = MONTH_SAME_YEAR_RULE
        start, stop = span if span else (None, None)
        bare = grain == "month" and year is None and year_off is None and mod_off is None
        cand = _Cand(s, end, 0, start, stop, grain, year is None, rule,
                     kind="calendar_day" if grain == "day" and not day2 else "month_bare" if bare else "")
        out.append(cand)
        if not listed:
            chain = []
        if mod_off is not None and _key(m.group("mod")) in lex.month_list_mods and ref is not None:
            # rule month_list_modifier: "نوفمبر أو ديسمبر القادمين": the plural modifier is every
            # listed month's
            for c, mo, d1, d2 in chain:
                picked = _yearless_span(mo, d1, d2, ref, how)
                c.start, c.end = picked if picked else (None, None)
                c.rule, c.kind = "month_list_modifier", ""
            chain = []
        elif year is None and year_off is None and mod_off is None:
            chain.append((cand, month, day, day2))
        else:
            if year is not None and listed and chain:
                # rule month_list_year: a list of bare months closed by a month with its year
                # ("شهري سبتمبر وأكتوبر 2015") shares that year; a month later in the calendar
                # than the closing one falls in the year before ("ديسمبر ويناير 2016")
                for c, mo, d1, d2 in chain:
                    got = _greg_candidates(mo, d1, d2, range(year - (mo > month), year - (mo > month) + 1))
                    if got and c.grain == "month":
                        c.start, c.end = got[0]
                        c.relative, c.rule, c.kind = False, "month_list_year", ""
            chain = []
        last_end = end
        if m.group("d") is not None and day2 is None and m.group("part") is None:
            _listed_days(ctx, m.start("d"), month, start, year is None, out)


def _yearless_span(month: int, day: int | None, day2: int | None, ref: _dt.date, how: str) -> Span | None:
    """A yearless Gregorian month (or day of it) resolved against ``ref``: in ``ref``'s own year
    when ``how`` is "current", else the candidate of the years around it that ``_choose`` picks.
    Rule next_month_from_first: a whole month with 'next' (أغسطس المقبل) that begins on the reference
    day itself is still the coming one (a piece dated the 1st was written the day before, and its
    'يوليو الحالي وأغسطس المقبل' are this July and this August), not the one a year on."""
    if how == "current":
        got = _greg_candidates(month, day, day2, range(ref.year, ref.year + 1))
        return got[0] if got else None
    if how == "next" and day is None:
        return next((c for c in _greg_candidates(month, None, None, range(ref.year, ref.year + 2))
                     if c[0] >= ref), None)
    return _choose(_greg_candidates(month, day, day2, range(ref.year - 8, ref.year + 9)), ref, how)


def _listed_days(ctx: _Ctx, s: int, month: int, first: _dt.date | None, relative: bool,
                 out: list[_Cand], hijri_year: int | None = None, hijri: bool = False) -> None:
    """Day numbers listed before a day and month ("في 8 و9 و10 أكتوبر"): each is a day of that
    month in the same year (``first`` is the resolved day after them). With ``hijri`` (rule
    listed_hijri_day: "يومي 5 و6 ربيع الأول") the month is a Hijri one, the days of the same Hijri
    year (``hijri_year``, when written and older than the Umm al-Qura table, by the tabular calendar)."""
    top = 30 if hijri else 31
    while (b := ctx.lex.day_before.search(ctx.view, max(0, s - 12), s)) is not None:
        d = int(b.group("d"))
        if not 1 <= d <= top:
            return
        if first is None:
            date = None
        elif not hijri:
            date = _safe_date(first.year, month, d)
        elif hijri_year is not None and hijri_year < _TABLE_FIRST:
            date = _hijri_to_greg(hijri_year, month, d)
        else:
            date = _hijri_day_in_same_year(first, month, d)
        if first is not None and date is None:
            return
        out.append(_Cand(b.start("d"), b.end("d"), 0 if not hijri else 1, date, date, "day", relative,
                         "listed_day_month" if not hijri else "listed_hijri_day",
                         kind="calendar_day" if not hijri else "hijri_day"))
        s = b.start("d")


def _hijri(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref = ctx.lex, ctx.ref
    bare: tuple[_Cand, int] | None = None  # the last bare Hijri month (no day, year or modifier)
    for m in ctx.scan("hijri"):
        month = lex.hijri_num.get(_key(m.group("hm")))
        if month is None:
            continue
        day, day2, ok = _day_of(lex, m)
        if not ok or (day is not None and day > 30) or (day2 is not None and day2 > 30) \
                or not _punct_day_ok(ctx, m):
            continue
        if day is not None and _names_a_place(ctx, m.start("m")):
            continue  # "مسجد 17 رمضان": a name (rule date_name_head)
        y_txt = m.group("y")
        if y_txt is not None and len(y_txt) == 3 and m.group("hsuf") is None:
            y_txt = None  # "رجب 300 ..." is not a year
        mod_off = None
        s = m.start("m")
        if y_txt is None and m.group("hyr") is not None and m.group("md") is None:
            # rule hijri_month_this_year: the month in the reference's Hijri year, or the one before
            # or after it ("رمضان لهذا العام", "رمضان العام الماضي")
            end, year_off = m.end("hyr"), lex.period_offset.get(_key(m.group("hymod") or ""), 0)
            hy = _greg_to_hijri_year(ref) if ref is not None else None
            got = _hijri_candidates(month, day, range(hy + year_off, hy + year_off + 1)) if hy else []
            out.append(_Cand(s, end, 1, *(got[0] if got else (None, None)),
                             "day" if day is not None else "month", True, "hijri_month_this_year",
                             kind="hijri_day" if day is not None else ""))
            continue
        if y_txt is None:
            end = m.end("hm")
            if m.group("md") is not None and m.group("yr") is None:
                mod_off, end = lex.month_offset.get(_key(m.group("mod")), 0), m.end("md")
            if _key(m.group("hm")) in lex.hijri_needs_year and m.group("shahr") is None:
                continue  # "صفر" is zero unless "شهر" names it
            at = m.start("hm") if m.group("part") is not None else s  # a part word may be the cue
            if day is None and mod_off is None and m.group("shahr") is None and \
                    not lex.month_alone_cue.search(ctx.view, max(0, at - 24), at):
                continue  # a bare Hijri month needs "شهر" or a preposition ("رمضان" is also a name)
            if mod_off is None and lex.recurring.match(ctx.view, end):
                continue
            if day is None and mod_off is None and (
                    lex.hijri_generic_before.search(ctx.view, max(0, s - 12), s) is not None
                    or lex.hijri_habit_after.match(ctx.view, end) is not None):
                continue  # rule hijri_generic: "مثل بداية شهر رمضان", "في شهر رمضان فقط يستهلكون"
        else:
            end = m.end("yr")
        grain = "day" if day is not None else "month"
        span: Span | None = None
        if y_txt is not None:
            y = int(y_txt)
            if y >= 1800 and m.group("hsuf") is None:
                # "رمضان 2015": the Hijri month that begins in Gregorian year y
                hy = _greg_to_hijri_year(_dt.date(y, 7, 1)) if y <= 9999 else None
                for cand in _hijri_candidates(month, day, range(hy - 1, hy + 2) if hy else range(0)):
                    if cand[0].year == y:
                        span = cand
                        break
            else:
                got = _hijri_candidates(month, day, range(y, y + 1))
                span = got[0] if got else None
        elif ref is not None:
            hy = _greg_to_hijri_year(ref)
            if hy is not None:
                if mod_off is None:
                    how = "forward" if ctx.until(s) else (
                        "nearest" if ctx.forward(s, anywhere=True) or ctx.onward(s) else "back")
                else:
                    how = _HOW_BY_OFFSET[max(-1, min(1, mod_off))]
                    if day is not None and how == "past":
                        how = "back"
                if how == "current":
                    got = _hijri_candidates(month, day, range(hy, hy + 1))
                    span = got[0] if got else None
                else:
                    span = _choose(_hijri_candidates(month, day, range(hy - 2, hy + 3)), ref, how)
        start, stop = span if span else (None, None)
        hy_txt = int(y_txt) if y_txt is not None and int(y_txt) < 1800 else None
        if day2 is not None:  # rule hijri_day_range: "من 19 إلى 21 شوال الجاري"
            if hy_txt is not None and hy_txt < _TABLE_FIRST:
                stop = _hijri_to_greg(hy_txt, month, day2) if start is not None else None
            else:
                stop = _hijri_day_in_same_year(start, month, day2) if start is not None else None
            start = start if stop is not None else None
            out.append(_Cand(s, end, 1, start, stop, grain, y_txt is None,
                             _tabular_rule("hijri_day_range", hy_txt)))
            continue
        # rule part_of_hijri_month: "منتصف شهر رمضان المنصرم" keeps its part word, as part_of_month does
        rule = "part_of_hijri_month" if m.group("part") is not None and day is None else "hijri"
        cand = _Cand(s, end, 1, start, stop, grain, y_txt is None, _tabular_rule(rule, hy_txt),
                     kind="hijri_day" if grain == "day" else "")
        out.append(cand)
        if bare is not None and hy_txt is not None and 0 <= s - bare[0].e <= 8 and (
                lex.month_list_gap.match(ctx.view, bare[0].e, s) is not None
                or ctx.lex.range_gap.match(ctx.view[bare[0].e:s])):
            # rule hijri_month_pair_year: a bare Hijri month listed or paired with the next one,
            # which carries its year ("رمضان وشوال 1437هـ", "رمضان - شوال 1437"), shares that year
            # (the year before when it comes later in the calendar: "ذو الحجة ومحرم 1438")
            hy_first = hy_txt - (bare[1] > month)
            got = _hijri_candidates(bare[1], None, range(hy_first, hy_first + 1))
            if got:
                b = bare[0]
                b.start, b.end = got[0]
                b.relative, b.rule = False, _tabular_rule("hijri_month_pair_year", hy_first)
        bare = (cand, month) if y_txt is None and day is None and mod_off is None else None
        if m.group("d") is not None:  # rule listed_hijri_day: "يومي 5 و6 ربيع الأول"
            _listed_days(ctx, m.start("d"), month, start, y_txt is None, out, hy_txt, hijri=True)
    for m in lex.hijri_year.finditer(ctx.view) if ctx.digits3 else ():
        span = _hijri_year_span(int(m.group("y")))
        out.append(_Cand(m.start("m"), m.end("m"), 1, *(span or (None, None)), "year", False,
                         _tabular_rule("hijri_year", int(m.group("y")))))


def _hijri_day_in_same_year(first: _dt.date, month: int, day: int) -> _dt.date | None:
    """The Gregorian date of Hijri ``day`` of ``month`` in the Hijri year of ``first``."""
    try:
        hy = Gregorian(first.year, first.month, first.day).to_hijri().year
    except Exception:  # out of hijridate's range
        return None
    return _hijri_to_greg(hy, month, day)


def _numeric(ctx: _Ctx, out: list[_Cand]) -> None:
    if not ctx.digits or ctx.lex.numeric_gate.search(ctx.view) is None:
        return  # the numeric pattern opens on a choice of two groups, which no scan can skip to
    for m in ctx.lex.numeric.finditer(ctx.view):
        if m.group("c") is not None:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("c"))
            d, mo = a, b
            if not (1 <= mo <= 12) and 1 <= a <= 12:
                d, mo = b, a  # month-first, when day-first cannot be
        else:
            y, mo, d = int(m.group("y")), int(m.group("mm")), int(m.group("dd"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        hijri = m.group("hsuf") is not None or (1300 <= y <= 1600 and m.group("gsuf") is None)
        if hijri:
            if d > 30:
                continue
            date = _hijri_to_greg(y, mo, d)
            rule = _tabular_rule("numeric_hijri", y)
        else:
            date = _safe_date(y, mo, d) if 1800 <= y <= 2199 else None
            if date is None:
                continue
            rule = "numeric"
        glued = ctx.view[m.start("m") - 1:m.start("m")] in ("-", "\u2013") and m.start("m") > 0
        head = _numeric_range_head(ctx, m.start("m"), d) if m.group("c") is not None else None
        if glued and head is None:
            continue  # "25-23/12/1436", "1-2-23/12/1436": no range of days
        if head is not None:
            s, d1 = head  # rule numeric_day_range: "من 16 إلى 23/12/1436", "بين 3 و 7/10/2020"
            first = _hijri_to_greg(y, mo, d1) if hijri else _safe_date(y, mo, d1)
            if first is not None:
                out.append(_Cand(s, m.end("m"), 2, first, date, "day", False,
                                 _tabular_rule("numeric_hijri_day_range", y) if hijri
                                 else "numeric_day_range"))
                continue
        out.append(_Cand(m.start("m"), m.end("m"), 2, date, date, "day", False, rule,
                         kind="hijri_day" if hijri else "calendar_day"))


def _numeric_range_head(ctx: _Ctx, s: int, day: int) -> tuple[int, int] | None:
    """Rule numeric_day_range: the first day of 'من 16 إلى 23/12/1436' before the date at ``s``
    (its offset and number), when an opener and a connector join it and it is below ``day``."""
    h = ctx.lex.numeric_range_head.search(ctx.view, max(0, s - 40), s)
    if h is None:
        return None
    g = next(k for k in ("d", "d2", "d3") if h.group(k) is not None)
    d1 = int(h.group(g))
    return (h.start(g), d1) if 1 <= d1 < day else None


def _numeric_short(ctx: _Ctx, out: list[_Cand]) -> None:
    """A day and month in digits with no year ("يوم السبت 21/09"), after a cue word or a weekday;
    a month and a year ("2/2013") unless a designation word comes before it ("رقم 12/2013")."""
    if not ctx.digits or "/" not in ctx.view:  # its day and month, or month and year, part at a slash
        return
    lex, ref = ctx.lex, ctx.ref
    for m in lex.numeric_short.finditer(ctx.view):
        s, e = m.span("m")
        prev = ctx.prev_word(s)
        if prev[:1] in lex.proclitic_letters and prev[1:] in lex.numeric_day_cues:
            prev = prev[1:]
        if m.group("y") is not None:
            month, y = int(m.group("a")), int(m.group("y"))
            span = _month_span(y, month) if 1 <= month <= 12 and 1800 <= y <= 2199 else None
            if span is not None and prev not in lex.numeric_month_not_after:
                out.append(_Cand(s, e, 2, *span, "month", False, "numeric_month_year"))
            continue
        if prev[:1] in lex.proclitic_letters and prev[1:] in lex.weekday_iso:
            prev = prev[1:]
        iso = lex.weekday_iso.get(prev, 0)
        padded = m.group("a")[0] == "0" or m.group("b")[0] == "0"  # "22/04": no fraction is written so
        if prev not in lex.numeric_day_cues and not iso and not padded:
            continue  # "3/4" alone is a fraction or a ratio
        a, b = int(m.group("a")), int(m.group("b"))
        how = "forward" if ctx.forward(s) or ctx.by_deadline(s) else (
            "nearest" if ctx.forward(s, anywhere=True) or ctx.onward(s) else "back")
        readings = [(False, b, a), (False, a, b)]  # (hijri, month, day): day first, else month first
        if iso:
            readings += [(True, b, a), (True, a, b)]  # the Saudi press dates in Hijri too
        found = None
        for hijri, mo, d in readings:
            if not (1 <= mo <= 12 and 1 <= d <= (30 if hijri else 31)):
                continue
            if ref is None:
                if iso or not _greg_candidates(mo, d, None, range(2000, 2001)):
                    continue  # a weekday can only be checked against a reference
                found = (hijri, None)
                break
            reach = 1 if iso else 8  # with a weekday: the nearest year in which it falls on it
            if hijri:
                hy = _greg_to_hijri_year(ref)
                cands = _hijri_candidates(mo, d, range(hy - reach, hy + reach + 1)) if hy else []
            else:
                cands = _greg_candidates(mo, d, None, range(ref.year - reach, ref.year + reach + 1))
            if iso:
                cands = [c for c in cands if c[0].isoweekday() == iso]
            span = _choose(cands, ref, "nearest" if iso else how)
            if span is not None:
                found = (hijri, span)
                break
        if found is None:
            continue
        hijri, span = found
        out.append(_Cand(s, e, 2, *(span or (None, None)), "day", True,
                         "numeric_day_month_hijri" if hijri else "numeric_day_month",
                         kind="hijri_day" if hijri else "calendar_day"))


def _days_of_month(ctx: _Ctx, out: list[_Cand]) -> None:
    """A day of the month before, of or after the reference month: "15 الجاري", "الخامس عشر من الشهر
    الماضي", "التاسع عشر من هذا الشهر"."""
    lex, ref = ctx.lex, ctx.ref
    offsets = lex.day_month_offset or {}
    for m in ctx.scan("day_of_month"):
        day, day2, ok = _day_of(lex, m)
        if m.group("same") is not None:
            if ok and day is not None and day2 is None and _punct_day_ok(ctx, m):
                # rule day_of_same_month: the month is the one of a date before it (resolve_same_period)
                out.append(_Cand(m.start("m"), m.end("m"), 0, None, None, "day", True, SAME_MONTH_RULE))
            continue
        off = 0 if m.group("this") is not None else offsets.get(_key(m.group("mod") or ""))
        if not ok or day is None or off is None or not _punct_day_ok(ctx, m):
            continue
        if (m.group("dord") is not None or m.group("dcard") is not None) and m.group("mw") is None \
                and m.group("mw2") is None:
            continue  # "المؤتمر الرابع القادم": an ordinal needs the month word to be a day
        span: Span | None = None
        if ref is not None:
            idx = ref.year * 12 + ref.month - 1 + off
            got = _greg_candidates(idx % 12 + 1, day, day2, range(idx // 12, idx // 12 + 1))
            if not got:
                continue  # "31 الجاري" in a month of thirty days
            span = got[0]
        out.append(_Cand(m.start("m"), m.end("m"), 0, *(span or (None, None)), "day", True,
                         "day_of_relative_month", kind="" if day2 else "month_day"))


def _weekday_month_day(iso: int, day: int, ref: _dt.date) -> _dt.date | None:
    """The ``day`` of a month, within six months of ``ref``, that falls on weekday ``iso`` and
    lies nearest ``ref`` (the earlier one on a tie)."""
    found = []
    for k in range(-6, 7):
        idx = ref.year * 12 + ref.month - 1 + k
        d = _safe_date(idx // 12, idx % 12 + 1, day)
        if d is not None and d.isoweekday() == iso:
            found.append(d)
    return min(found, key=lambda d: (abs((d - ref).days), d)) if found else None


def _range_cand(s: int, e: int, y1: int, y2: int, hijri: bool) -> _Cand:
    if hijri:
        span = _hijri_years_span(y1, y2)
        return _Cand(s, e, 3, *(span or (None, None)), "year", False, _tabular_rule("hijri_year_range", y1))
    return _Cand(s, e, 3, _dt.date(y1, 1, 1), _dt.date(y2, 12, 31), "year", False, "year_range")


def _plausible_range(y1: int, y2: int, hijri: bool) -> bool:
    """Two years in digits joined by a dash or a tatweel can be a range of years: rising, within
    1300-1600 and 50 years apart (Hijri) or within 1800-2100 and 100 years apart (Gregorian)."""
    if hijri:
        return 1300 <= y1 < y2 <= 1600 and y2 - y1 <= 50
    return 1800 <= y1 < y2 <= 2100 and y2 - y1 <= 100


#: Rule historic_year_range: the quote or bracket that may enclose a lifespan or a reign ("(1732 - 1763)")
_HIST_OPEN = re.compile("[(\u201c\u201d\u00ab\"\u2033][^\\S\n]*$")
_HIST_CLOSE = re.compile("^[^\\S\n]*[)\u201d\u201c\u00bb\"\u2033]")


def _historic_range(ctx: _Ctx, s: int, e: int, y1: int, y2: int) -> bool:
    """Rule historic_year_range: two years joined by a dash (a lifespan or a reign:
    "(1732 - 1763)", "ما بين \u201c1162 - 1227\u201d") are a year range when they rise from
    ``historic_min`` at most ``historic_max_span`` years (any before 1800, which the plain year_range
    rule refuses; later ones it reads in round brackets but not in quotes), are enclosed in brackets
    or quotes or follow one of its ``historic_cues`` (a period, a life or a reign), and no counted
    noun follows them (only a punctuation mark or a function word: "(1300-1330) دولارا" is an
    amount)."""
    lex, view = ctx.lex, ctx.view
    if not (lex.historic_min <= y1 < y2 <= 2100 and y2 - y1 <= lex.historic_max_span):
        return False
    close = _HIST_CLOSE.match(view[e:e + 4])
    opened = _HIST_OPEN.search(view, max(0, s - 4), s) is not None
    if close is not None:
        e += close.end()
    after = view[e:e + 3].lstrip(" \t")
    nxt = ctx.next_word(e)
    if (after and after[0] not in _RANGE_CLOSERS and nxt not in lex.bare_range_after
            and not (close is not None and nxt.startswith(lex.definite_article))):
        return False  # a counted noun is indefinite: "(1542-1605) الهند" is no amount
    lo = max(0, s - 32)
    if opened:  # the cue stands before the bracket
        s = _HIST_OPEN.search(view, lo, s).start()
    if opened and close is not None and y1 >= 1000:
        return True  # three digits in brackets are more often a count ("(600-800)"): they need a cue
    return lex.historic_cue.search(view, lo, s) is not None


def _year_ranges(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, view = ctx.lex, ctx.view
    if not _any_digits3(ctx):
        return  # both years of a phrase are three or four digits (and so is every year below)
    for m in ctx.scan("year_range_phrase"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        suffix = _key(m.group("ysuf") or "")
        if y1 < 1000 or y2 < 1000:  # rule era_year_range: short years need an era word after the range
            # rule era_year_range_short_suffix: after a year word ("between the years 500 and 600 AD")
            # the short Gregorian suffix is the era; without one ("between 500 and 600 m") it stays metres
            era = suffix in lex.era_words or (
                m.group("yw") is not None and lex.year_era.match(view, m.end("y2")) is not None)
            if era and lex.era_min <= y1 < y2 <= 2100:
                cand = _range_cand(m.start("m"), m.end("m"), y1, y2, False)
                cand.rule = "era_year_range"
                out.append(cand)
                continue
            if suffix not in lex.hijri_suffixes:
                continue
        # rule hijri_year_range_phrase: an era suffix after the second year (between 1320 and 1330 AH)
        # applies to both years
        if suffix in lex.hijri_suffixes:
            if 1 <= y1 < y2 <= 1600 and y2 - y1 <= 100:
                out.append(_range_cand(m.start("m"), m.end("m"), y1, y2, True))
        elif m.group("bare") is not None:
            # rule bare_year_range: "بين 2014 و2015" with no year word: two near recent years and
            # no word after them (a unit: "بين 2000 و2010 ريال" is an amount)
            lo, hi = lex.year_bounds
            if lo <= y1 < y2 <= hi and y2 - y1 <= lex.bare_range_span and \
                    ctx.next_word(m.end("m")) in lex.bare_range_after and not m.group("ysuf"):
                cand = _range_cand(m.start("m"), m.end("m"), y1, y2, False)
                cand.rule = "bare_year_range"
                out.append(cand)
        elif 1000 <= y1 < y2 <= 2199:
            out.append(_range_cand(m.start("m"), m.end("m"), y1, y2, False))
    if ctx.digits3 and "\u0640" in ctx.nv.raw:
        nv = ctx.nv
        for m in _TATWEEL_YEARS.finditer(nv.raw):  # rule tatweel_year_range: "2015ـ2025"
            y1, y2 = int(m.group(1)), int(m.group(2))
            s, e = nv.view_index(m.start()), nv.view_index(m.end())
            suf = _NEXT_WORD.match(view[e:e + 40])  # an era suffix after the second year is in the span
            hijri = 1300 <= y1 < y2 <= 1500
            if suf is not None and (_key(suf.group(1)) in lex.hijri_suffixes if hijri
                                    else lex.year_era.match(view, e) is not None):
                e += suf.end(1)
            if _plausible_range(y1, y2, hijri) \
                    and ctx.next_word(e) not in lex.range_amount_nouns:  # rule year_range_amount
                cand = _range_cand(s, e, y1, y2, hijri)
                cand.rule = "tatweel_year_range"
                out.append(cand)
    for m in lex.year_range.finditer(view) if ctx.digits3 else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        suffix = _key(m.group("ysuf") or "")
        if y1 < 1000 or y2 < 1000:  # rule era_year_range: "570 - 632 ميلاديا"
            if suffix in lex.era_words and m.group("ysep") != "/" and lex.era_min <= y1 < y2 <= 2100:
                cand = _range_cand(m.start("m"), m.end("m"), y1, y2, False)
                cand.rule = "era_year_range"
                out.append(cand)
            elif (not suffix and m.group("ysep") != "/"
                  and _historic_range(ctx, m.start("m"), m.end("m"), y1, y2)):
                cand = _range_cand(m.start("m"), m.end("m"), y1, y2, False)
                cand.rule = "historic_year_range"
                out.append(cand)
            elif suffix in lex.hijri_suffixes and m.group("ysep") != "/" and 1 <= y1 < y2 and y2 - y1 <= 100:
                # rule hijri_year_range_short: a Hijri suffix after the second of two short years
                # ("(295 - 320هـ)", a reign) is both years' era, as for four-digit ones
                out.append(_range_cand(m.start("m"), m.end("m"), y1, y2, True))
            continue
        if m.group("ysp") is not None:
            if suffix in lex.hijri_suffixes and y2 == y1 + 1 and _plausible_range(y1, y2, True):
                cand = _range_cand(m.start("m"), m.end("m"), y1, y2, True)
                cand.rule = "hijri_year_pair"
                out.append(cand)
            continue
        season = m.group("ysep") == "/" and y1 == y2 + 1 and not suffix
        if season:  # rule season_years: "موسم 2017/2016", a season across a year turn written reversed
            y1, y2 = y2, y1
        hijri = suffix in lex.hijri_suffixes or (not suffix and 1300 <= y1 < y2 <= 1500)
        s, e = m.start("m"), m.end("m")
        if not _plausible_range(y1, y2, hijri):
            # rule historic_year_range also takes a pair the Hijri guess (1300-1500, no suffix) refuses:
            # more than 50 years apart it is a lifespan or an era in Gregorian years ("(1332-1406)")
            if (not hijri or not suffix) and m.group("ysep") != "/" and _historic_range(ctx, s, e, y1, y2):
                cand = _range_cand(s, e, y1, y2, False)
                cand.rule = "historic_year_range"
                out.append(cand)
            continue
        after = view[e:e + 3].lstrip(" \t")
        if season:
            if lex.year_range_cue.search(view, max(0, s - 24), s) is not None:
                cand = _range_cand(s, e, y1, y2, hijri)
                cand.rule = "season_years"
                out.append(cand)
            continue
        if not suffix and ctx.next_word(e) in lex.range_amount_nouns:
            continue  # rule year_range_amount: "between 1900-2000 dollars" is an amount
        if (suffix or lex.year_range_cue.search(view, max(0, s - 24), s) is not None
                or (view[max(0, s - 1):s] == _OPEN and view[e:e + 1] == _CLOSE)
                or not after or after[0] in _RANGE_CLOSERS):
            out.append(_range_cand(s, e, y1, y2, hijri))
        elif not suffix and _word_range(m) and lex.year_word_end.search(view, max(0, s - 24), s):
            cand = _range_cand(s, e, y1, y2, hijri)  # rule year_word_range: "العام 1435/1436"
            cand.rule += "_after_year_word"
            out.append(cand)
        elif not hijri and _historic_range(ctx, s, e, y1, y2):  # in quotes, or after a life's cue
            cand = _range_cand(s, e, y1, y2, hijri)
            cand.rule = "historic_year_range"
            out.append(cand)


def _word_range(m: re.Match[str]) -> bool:
    """Rule year_word_range: two years of one calendar (a match of the year_range pattern) that a
    year word before them introduces ("العام 1435/1436", "للعام 1436-1437", "عام 2014-2015") are
    one range, read by :func:`_year_ranges`, not the first year alone: rising, no era suffix
    (the suffixed pair is read already), and plausible as a range (see :func:`_plausible_range`); two
    Hijri years split by a slash must follow each other (a school or fiscal year)."""
    if m.group("ysuf"):
        return False
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    hijri = 1300 <= y1 < y2 <= 1500
    if m.group("ysep") == "/" and not (hijri and y2 == y1 + 1):
        return False
    return _plausible_range(y1, y2, hijri)


def _any_digits3(ctx: _Ctx) -> bool:
    """Three digits in a row in the view, of any script (what ``\\d{3}`` of a pattern matches): a cheap
    gate of the families whose every match holds a year in digits. ``ctx.digits3`` answers for a
    view with Western digits; only a view without them is searched again."""
    return ctx.digits3 or (not ctx.digits and _THREE_DIGITS.search(ctx.view) is not None)


def _years(ctx: _Ctx, out: list[_Cand]) -> None:
    if not _any_digits3(ctx):
        return  # the year after a year word is four digits
    for m in ctx.scan("year"):
        y = int(m.group("y"))
        hijri = m.group("hsuf") is not None or (m.group("gsuf") is None and 1350 <= y <= 1470)
        first_end = m.end("y")
        if m.group("gsuf") or m.group("hsuf"):
            first_end = m.end("gsuf") if m.group("gsuf") else m.end("hsuf")
        spans = [(m.start("m"), first_end, y)]
        more = m.group("more")
        if more:
            base = m.start("more")
            for k in ctx.lex.four_digits.finditer(more):
                spans.append((base + k.start(), base + k.end(), int(k.group())))
        rng = ctx.lex.year_range.match(ctx.view, m.start("y")) if not more else None
        if rng is not None and _word_range(rng):
            continue  # rule year_word_range: "العام 1435/1436" is the range after the year word
        for s, e, yy in spans:
            if hijri:
                span = _hijri_year_span(yy)
                out.append(_Cand(s, e, 4, *(span or (None, None)), "year", False,
                                 _tabular_rule("hijri_year", yy)))
            elif 1000 <= yy <= 2199:
                out.append(_Cand(s, e, 4, _dt.date(yy, 1, 1), _dt.date(yy, 12, 31), "year",
                                 False, "year"))


def _bare_years(ctx: _Ctx, out: list[_Cand]) -> None:
    """A year in digits that the numbers stage leaves out as a year: after a preposition or
    period word (في 2015، مطلع 2016), in a list after one (في 2011 و2014), or with an era
    suffix (2014م, also inside a date this module cannot read whole). One shared reading, so a
    year is never lost between the two stages."""
    if not ctx.digits3 or ctx.lex.year_bare.search(ctx.view) is None:
        return
    from .numbers import year_spans  # local: numbers asks this module about dates

    lex, view = ctx.lex, ctx.view
    years = year_spans(view)
    seen = {s for s, _, _ in years}
    lo, hi = lex.year_bounds
    years += [(m.start(), m.end(), int(m.group())) for m in lex.year_bare.finditer(view)
              if m.start() not in seen and lo <= int(m.group()) <= hi and lex.year_era.match(view, m.end())]
    # rule listed_or_year: "في 2016 أو 2017": a year in digits after "أو" and a found year is a year too
    for _, e, _ in list(years):
        k = lex.or_year.match(view, e)
        if k is not None and k.start("y") not in seen and lo <= int(k.group("y")) <= hi:
            seen.add(k.start("y"))
            years.append((k.start("y"), k.end("y"), int(k.group("y"))))
    for s, e, y in sorted(years):
        era = lex.year_era.match(view, e)
        word = _PREV_WORD.search(view, max(0, s - 40), s)
        key = _key(word.group(1)) if word else ""
        if key[:1] in lex.proclitic_letters and key[1:] in lex.year_parts:
            key = key[1:]
        if key in lex.year_parts and word is not None:
            s = word.end(1) - len(key)  # the part word (مطلع، نهاية) is part of the mention
        out.append(_Cand(s, era.end() if era else e, 6, _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year",
                         False, "year_bare"))


def _no_noun_after(ctx: _Ctx, e: int) -> bool:
    """No counted noun follows offset ``e``: nothing, or a function word or verb of the numbers
    stage's unit_stopwords, also behind a one-letter proclitic ("وما", "وحتى")."""
    nxt, after = ctx.next_word(e), ctx.lex.bare_range_after
    return nxt in after or (nxt[:1] in ctx.lex.proclitic_letters and nxt[1:] in after)


def _short_years(ctx: _Ctx, out: list[_Cand]) -> None:
    """Years the numbers stage would read as amounts. Rule era_year_short: three digits with an era
    word after them ("نحو عام 600 ميلاديا"; the short "م" only after a year word). Rule
    year_after_time_cue: four digits below the numbers stage's years after a preposition of time
    ("ما قبل 1850، ابتداء من 1471") with no noun after them. Rule two_digit_year: two digits after
    a singular year word with no noun after them ("عام 56" = 1956). Only on text with digits."""
    if not ctx.digits:
        return
    lex, view = ctx.lex, ctx.view
    if ctx.digits3:
        for m in lex.era_year.finditer(view):
            y = int(m.group("y"))
            word = _PREV_WORD.search(view, max(0, m.start() - 40), m.start())
            yw = word is not None and _key(word.group(1)) in lex.year_word_keys
            if y < lex.era_min or not (yw or _key(m.group("suf")) in lex.era_words):
                continue
            s = word.start(1) if yw and word is not None else m.start()
            out.append(_Cand(s, m.end(), 4, _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year", False,
                             "era_year_short"))
        lo = lex.year_bounds[0]
        for m in lex.year_bare.finditer(view):
            y = int(m.group())
            if not lex.cue_year_min <= y < lo or not _no_noun_after(ctx, m.end()):
                continue
            if view[m.end():m.end() + 2].lstrip(" \t")[:1] in ("-", "\u2013", "/", "%", "\u066a"):
                continue  # a range or a date: its own family
            if lex.cue_year_before.search(view, max(0, m.start() - 30), m.start()) is not None:
                out.append(_Cand(m.start(), m.end(), 6, _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year",
                                 False, "year_after_time_cue"))
    if not lex.two_digit_heads:
        return
    for m in lex.two_digit.finditer(view):
        word = _PREV_WORD.search(view, max(0, m.start() - 40), m.start())
        if word is None or _key(word.group(1)) not in lex.two_digit_heads:
            continue
        nxt = ctx.next_word(m.end())
        if not _no_noun_after(ctx, m.end()) or nxt in lex.two_digit_not_before:
            continue
        if view[m.end():m.end() + 1] not in ("", " ", "\t", "\n") and view[m.end()] not in _RANGE_CLOSERS:
            continue  # "عام 56%", "عام 15-16": not a short year
        if nxt:
            k = _NEXT_WORD.match(view[m.end():m.end() + 40])
            if k is not None and ctx.next_word(m.end() + k.end()) in lex.two_digit_not_before:
                continue  # "سنة 20 في المئة"
        nn, ref = int(m.group()), ctx.ref
        y = None if ref is None else (2000 + nn if 2000 + nn <= ref.year else 1900 + nn)
        span = _year_span(y) if y is not None else None
        out.append(_Cand(word.start(1), m.end(), 6, *(span or (None, None)), "year", True, "two_digit_year"))


def _event_years(ctx: _Ctx, out: list[_Cand]) -> None:
    """Rule event_year: a year one or two words after an event head ("أولمبياد بكين 2008"); rule
    year_list_paren: years alone in brackets after an event head or a year word ("الأعوام التالية
    (1962، 1974)", "الإحصاء الأول (1962)"). Only on text with digits."""
    if not ctx.digits3:
        return
    lex, view = ctx.lex, ctx.view
    # gates: each pattern needs one of its heads as plain text (event_year), or a bracket (year_list_paren)
    heads = any(h in view for h in lex.event_heads)
    for pattern, rule in ((lex.event_year, "event_year"), (lex.event_year_direct, "event_year_direct"),
                          (lex.census_year, "census_year")):
        # rule event_year_direct: a year right after a head that never counts things ("إكسبو 2020 دبي")
        for m in pattern.finditer(view) if heads else ():
            y = int(m.group("y"))
            out.append(_Cand(m.start("y"), m.end("y"), 6, _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year",
                             False, rule))
    for m in lex.year_list_paren.finditer(view) if "(" in view else ():
        base = m.start("ys")
        for k in lex.four_digits.finditer(m.group("ys")):
            y = int(k.group())
            out.append(_Cand(base + k.start(), base + k.end(), 6, _dt.date(y, 1, 1), _dt.date(y, 12, 31),
                             "year", False, "year_list_paren"))


def _month_brand(ctx: _Ctx, name: str | None, s: int, e: int) -> bool:
    """Rule month_brand_name: a bare month name that is also a brand (نيسان, Nissan) with a car or
    sales word near it is the brand."""
    lex = ctx.lex
    if name is None or _key(name) not in lex.month_brands:
        return False
    w = lex.month_brand_window
    return lex.month_brand_context.search(ctx.view, max(0, s - w), min(len(ctx.view), e + w)) is not None


def _decades(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref = ctx.lex, ctx.ref
    hijri_k = ""  # the Hijri century of the last decade that named one
    for m in ctx.scan("decade"):
        dec = lex.decade_of.get(_key(m.group("dec")))
        if dec is None or (m.group("cent") is None and lex.decade_age.match(ctx.view, m.end("m"))):
            continue  # rule decade_age: "أواخر السبعينات من عمري" is an age
        k = _key(m.group("cent") or "")
        rule = "decade"
        if k in lex.century_hijri:
            hijri_k = k
        elif not k and hijri_k:
            # rule decade_hijri_era: a bare decade after one of a Hijri century in the same text
            # ('في ثمانينيات القرن الهجري الماضي ... في النصف الأول من الثمانينيات') is of that era
            k, rule = hijri_k, "decade_hijri_era"
        # rule bare_decade: a decade with no century ('التسعينيات') takes its century from the
        # reference date, like a day and month without a year: relative (ANNOTATION.md 'relative')
        relative = not k or k in lex.century_rel or k in lex.century_hijri
        span: Span | None = None
        if k in lex.century_hijri:
            hy = _greg_to_hijri_year(ref) if ref else None
            if hy is not None:
                first = (hy // 100 + lex.century_hijri[k]) * 100 + dec
                span = _hijri_years_span(first, first + 9)
        else:
            century: int | None = lex.century_abs.get(k, lex.default_century)
            if k in lex.century_rel:
                century = (ref.year // 100 + lex.century_rel[k]) * 100 if ref else None
            if century is not None and 1 <= century + dec <= 9990:
                span = _dt.date(century + dec, 1, 1), _dt.date(century + dec + 9, 12, 31)
        out.append(_Cand(m.start("m"), m.end("m"), 5, *(span or (None, None)), "decade",
                         relative, rule))
        # rule decade_and_year: 'حربي التسعينيات و2020': a year in digits listed after a decade
        lo, hi = lex.year_bounds
        if (k2 := lex.and_year.match(ctx.view, m.end("m"))) is not None and lo <= int(k2.group("y")) <= hi:
            y = int(k2.group("y"))
            out.append(_Cand(k2.start("y"), k2.end("y"), 6, _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year",
                             False, "decade_and_year"))


def _night_pairs(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref = ctx.lex, ctx.ref
    for m in ctx.scan("night_pair"):
        first = lex.weekday_name.search(ctx.view, m.end("tod"), m.end("m"))
        iso = lex.weekday_iso.get(_key(first.group())) if first else None
        if not iso:
            continue
        start = end = None
        if ref is not None:
            start = _weekday(iso, ref, "forward" if ctx.forward(m.start("m")) else "back")
            end = _shift(start, 1) if start else None
        out.append(_Cand(m.start("m"), m.end("m"), 6, start, end, "day", True,
                         "weekday_night_pair", iso=iso, kind="night_pair"))


def _days(ctx: _Ctx, out: list[_Cand]) -> None:
    for m in ctx.scan("day"):
        _day(ctx, m, out)


def _day(ctx: _Ctx, m: re.Match[str], out: list[_Cand]) -> None:
    """The candidate of one match of the day pattern: a day word or a weekday."""
    lex, ref = ctx.lex, ctx.ref
    s, e = m.start("m"), m.end("m")
    if m.group("rel") is not None:
        entry = lex.day_words.get(_key(m.group("rel")))
        if entry is None or (entry.get("needs_time_of_day") and m.group("tod") is None
                             and m.group("wa") is None and m.group("wb") is None):
            return  # "غد" is tomorrow after a time of day or before a weekday ("غد الأربعاء")
        if s > m.start() and m.start("rel") == s and \
                (ctx.view[m.start():s], _key(m.group("rel"))) in lex.day_word_proclitic:
            return  # rule day_word_proclitic: "لامس" (touched) is no ل + أمس
        if entry.get("raw_exact") and ctx.nv.raw[slice(*ctx.nv.raw_span(m.span("rel")))] not in \
                entry["names"]:
            # "اليوم الى بعد بكرة" (to) is not "اليوم الي بعد بكرة": read its words one by one
            for m2 in lex.day_plain.finditer(ctx.view, s, e):
                _day(ctx, m2, out)
            return
        key = entry["key"]
        wa = m.group("wa") or m.group("wb")
        if wa is None and not _day_word_ok(ctx, m, key):
            return
        start = _shift(ref, int(entry["offset"])) if ref is not None else None
        iso = lex.weekday_iso.get(_key(wa), 0) if wa is not None else 0
        if start is not None and iso:
            start = _weekday_near(iso, start)
        out.append(_Cand(s, e, 6, start, start, "day", True, key, iso=iso, kind="dayword"))
        return
    name = "wd" if m.group("wd") is not None else "wbare"
    iso = lex.weekday_iso.get(_key(m.group(name)), 0)
    if not iso or ctx.prev_word(m.start()) in lex.weekday_not_after:
        return
    if m.start(name) == s and _key(m.group(name)) in lex.dual_two_names and _dual_pronoun(ctx, s):
        return  # rule dual_pronoun_two: "ببلدينا الاثنين" (our two countries, both), not Monday
    if m.start(name) == s and m.group("mod") is None:  # rule weekday_person_name
        pm = lex.weekday_person.search(ctx.view, max(0, s - 40), s)
        if pm is not None and pm.group("title") is None:
            return  # "الكاتب محمد الخميس", "عبد الله الجمعة", "آل الخميس": a family name
    if m.start(name) == s and m.group("mod") is None and _names_a_place_weekday(ctx, s):
        return  # rule weekday_place_name: "مستشفى الخميس", "طريق بيشة ـ الخميس"
    prayer = m.start(name) == s and m.group("mod") is None and \
        lex.prayer_before.search(ctx.view, max(0, s - 30), s) is not None
    o = lex.weekday_ordinal.match(ctx.view, e) if m.group("mod") is None else None
    oday = lex.ordinal_day.get(_key(o.group("dord")), 0) if o is not None else 0
    if o is not None and oday >= lex.weekday_ordinal_min and \
            ctx.next_word(o.end()) not in lex.of_words:  # "السبت السادس عشر", not "... من شوال"
        date = _weekday_month_day(iso, oday, ref) if ref is not None else None
        if ref is None or date is not None:
            out.append(_Cand(s, o.end(), 6, date, date, "day", True, "weekday_ordinal_day",
                             iso=iso, kind="weekday_day"))
    if ctx.next_word(m.end(name)) in lex.weekday_not_before:
        return
    start = None
    rule = "weekday"
    this = _PREV_WORD.search(ctx.view, max(0, s - 40), s) if m.group("mod") is None else None
    if this is not None and _key(this.group(1)) not in lex.this_weekday:
        this = None
    if this is not None:  # rule this_weekday: "هذا الخميس", the one of this week, ahead or behind
        s, rule = this.start(1), "this_weekday"
    if ref is not None:
        lm = lex.weekday_list_mod.match(ctx.view, e) if m.group("mod") is None else None
        if m.group("mod") is not None or lm is not None:
            mk = _key(m.group("mod") if lm is None else lm.group("lm"))
            off = lex.period_offset.get(mk, lex.month_offset.get(mk, 0))
            how = "past" if off < 0 else ("next" if off > 0 else "forward")
            if lm is not None:
                rule = "weekday_list_modifier"  # "يومي الجمعة و السبت المقبلين": both ahead
        else:
            fwd = ctx.forward(s)  # first: looks_back reads the cue index it builds
            pinned = ctx.onward(s) or ctx.by_deadline(s)
            back = ctx.looks_back(s, m.start()) if fwd and not pinned else ""
            how = "back" if back or not (fwd or pinned) else "forward"
            if back:  # rules past_event_noun, past_verb_after_cue: a report of what happened
                rule = back
        start = _weekday(iso, ref, how)
        if this is not None:
            ws = lex.this_week_start
            start = _shift(ref, (iso - ws) % 7 - (ref.isoweekday() - ws) % 7)
        if start is not None and m.group("mod") is not None and abs(off) > 1:
            start = _shift(start, 7 * (off - (1 if off > 0 else -1)))  # "الأربعاء قبل الماضي"
    if prayer:  # rule weekday_prayer: "صلاة الجمعة" is the prayer unless a day word names that day
        rule = "weekday_prayer"
    out.append(_Cand(s, e, 6, start, start, "day", True, rule, iso=iso,
                     kind="weekday"))


def _names_a_place_weekday(ctx: _Ctx, s: int) -> bool:
    """Rule weekday_place_name: the weekday at ``s`` stands in construct after a place noun
    ("مستشفى الخميس"), or is joined by a dash or a tatweel to a name after one ("طريق بيشة ـ الخميس")."""
    pm = ctx.lex.place_before.search(ctx.view, max(0, s - 50), s)
    if pm is None:
        return False
    join = pm.group("join")
    if join is None or "-" in join or "\u2013" in join:
        return True
    rs, re_ = ctx.nv.raw_span(pm.span("join"))
    return "\u0640" in ctx.nv.raw[rs:re_]  # a spaced tatweel is deleted from the view


def _dual_pronoun(ctx: _Ctx, s: int) -> bool:
    """Rule dual_pronoun_two: the word before ``s`` is a noun with a dual and a pronoun suffix
    ("ببلدينا", "لوالديهما"): what stands before its first matching suffix, a proclitic included,
    has at least ``min_stem`` letters (the prepositions "لدينا", "علينا" are too short)."""
    lex = ctx.lex
    w = ctx.prev_word(s)
    for suf in lex.dual_two_suffixes:
        if w.endswith(suf):
            return len(w) - len(suf) >= lex.dual_two_min_stem
    return False


_CLAUSE_END = re.compile("[.!?\u061f\u061b\u060c,;:\n()]")
_WORD_OR_DIGITS = re.compile(rf"[{_L}]+|\d+")


def _rate_per_period(ctx: _Ctx, m: re.Match[str], prev: str, nxt: str, key: str) -> bool:
    """Rule rate_per_period: "مليون برميل في اليوم", "ثلاث مرات في اليوم", "24 ساعة باليوم",
    "يقرأ في اليوم ألف كتاب", "في اليوم الواحد": the day word after "in" (or a glued bi-) is a
    rate when a quantity stands in its clause (a few words either side), not the reference day."""
    rg = ctx.lex.rate
    if not rg or key not in rg["keys"]:
        return False
    view, s, e = ctx.view, m.start("m"), m.end("m")
    glued = s >= 1 and view[s - 1:s] in rg["glued"] and (s < 2 or not view[s - 2].isalpha())
    if not glued and prev not in rg["preps"]:
        return False
    if nxt in rg["single"]:
        return True
    lo = max(0, s - 160)
    cut = [x.end() for x in _CLAUSE_END.finditer(view, lo, s)]
    before = _WORD_OR_DIGITS.findall(view, cut[-1] if cut else lo, s)[-(rg["before"] + 1):-1]
    end = _CLAUSE_END.search(view, e, e + 80)
    after = _WORD_OR_DIGITS.findall(view, e, end.start() if end else e + 80)[:rg["after"]]

    def quantity(w: str) -> bool:
        k = _key(w)
        return w[:1].isdigit() or k in rg["quantity"] or (
            k[:1] in ctx.lex.proclitic_letters and k[1:] in rg["quantity"])

    return any(quantity(w) for w in before + after)


def _day_word_ok(ctx: _Ctx, m: re.Match[str], key: str) -> bool:
    """Guards for a bare day word: "ذلك اليوم", "اليوم التالي", "غدا" the verb ..."""
    lex = ctx.lex
    prev = ctx.prev_word(m.start()) if m.group("tod") is None else ""
    nxt = ctx.next_word(m.end("m"))
    al = lex.definite_article
    if m.group("tod") is None and _rate_per_period(ctx, m, prev, nxt, key):
        return False
    if key in ("today", "tonight"):
        s, e = m.span("m")
        view, quotes = ctx.view, lex.today_quotes
        if quotes and s > 0 and e < len(view) and view[s - 1] in quotes and view[e] in quotes:
            return False  # a name in quotes: the newspaper "اليوم"
        if quotes and e < len(view) and view[e] in quotes and lex.today_quoted_names \
                and _quoted_name_head(view, s, quotes) in lex.today_quoted_names:
            return False  # rule today_quoted_name: the outlet "رأي اليوم" in quotes
        if prev in lex.today_not_after:
            return False  # (also a fraction of a day: "three days and half the day" is a duration)
        base = prev[1:] if prev[:1] in lex.proclitic_letters else ""
        if key == "today" and prev and _nowadays(ctx, s, prev, base, nxt):
            return False
        if key == "today" and (prev in lex.until_words or base in lex.until_words) and \
                lex.still_before.search(view, max(0, s - 100), s) is not None:
            return False  # rule still_to_this_day: "لا تزال تستخدم حتى اليوم", like "حتى الآن"
        if prev in lex.today_name_heads or base in lex.today_name_heads:
            return False  # rule today_name_head: the newspaper Al-Yaum (in the newspaper Al-Yaum)
        if prev in lex.today_elative_in and nxt in lex.today_elatives:
            return False  # rule today_elative_day: "في اليوم الأكثر دموية", the bloodiest day
        if nxt in lex.today_not_before:
            after = _NEXT_WORD.match(view[e:e + 40])
            after_next = ctx.next_word(e + after.end()) if after else ""
            if after_next not in lex.today_conjunctions:  # "اليوم بعد أن": still today
                return False
        suffix = lex.adjective_suffix
        # "اليوم الوطني": a definite nisba adjective makes it a named day, not today
        return not (suffix and len(nxt) > 4 and nxt.startswith(al) and nxt.endswith(suffix)
                    and not lex.weekday_name.match(nxt))
    if key == "yesterday" and m.group("tod") is None:
        if nxt in lex.yesterday_not_before:
            return False  # rule yesterday_elative: "most in need", not yesterday
        glued = _key(ctx.view[m.start():m.start("m")])
        if _key(m.group("rel")).startswith(al) and (
                nxt in lex.past_after or glued in lex.past_proclitics
                # (a construct takes no proclitic on its second term: 'رحل عن عالمنا بالأمس' = yesterday)
                or (not glued and (prev in lex.past_heads
                                   or (prev[:1] in lex.proclitic_letters and prev[1:] in lex.past_heads)))):
            return False  # rule yesterday_the_past: "like the past", "the recent past", "stars of the past"
    if key == "tomorrow" and m.group("tod") is None:
        if prev in lex.tomorrow_verb_guard:
            return False
        rs, re_ = ctx.nv.raw_span(m.span("rel"))
        raw_has_tanwin = _TANWIN_FATH in ctx.nv.raw[rs:re_]  # "غداً" is surely tomorrow
        if not raw_has_tanwin and nxt.startswith(al) and not lex.weekday_name.match(nxt):
            return False
    return True


@cache
def _gazetteer_place_words() -> list[str]:
    """Every one-word place name of the bundled gazetteers (``gazetteer_*.json`` ``places`` and
    ``party_places``): proper nouns that may open like a future verb (سيونيك) but never are one
    (rule future_place_name)."""
    from importlib import resources

    words: set[str] = set()
    for path in resources.files("karabakh_nb.data").iterdir():
        if path.name.startswith("gazetteer_") and path.name.endswith(".json"):
            gaz = lexicon.load(path.name[:-len(".json")])
            for key in ("places", "party_places"):
                for names in (gaz.get(key) or {}).values():
                    if isinstance(names, list):
                        words.update(n for n in names if isinstance(n, str) and " " not in n.strip())
    return sorted(words)


def _quoted_day_names(days: list[dict[str, Any]], outlets: list[str]) -> frozenset[str]:
    """Rule today_quoted_name's keys: of each known outlet (boilerplate.json ``byline.outlets``) whose
    name ends in today's word, the words before it, as :func:`_key` writes them ('رأي اليوم' gives
    the key of 'رأي')."""
    today = {_key(n) for d in days if d.get("key") in ("today", "tonight") for n in d["names"]}
    found = set()
    for name in outlets:
        head, _, last = normalize_text(name).strip().rpartition(" ")
        if head and _key(last) in today:
            found.add(_key(head))
    return frozenset(found)


def _quoted_name_head(view: str, s: int, quotes: str, reach: int = 30) -> str | None:
    """The words between the opening quote before ``s`` (within ``reach`` characters, on its line)
    and ``s``, as :func:`_key` writes them, or ``None`` when no quote opens there.

    >>> _quoted_name_head('باكو - "راي اليوم" -', 12, '"')
    'راي'
    """
    for i in range(s - 1, max(-1, s - reach - 1), -1):
        ch = view[i]
        if ch in quotes:
            return _key(view[i + 1:s]) or None
        if ch == "\n":
            return None
    return None


def _nowadays(ctx: _Ctx, s: int, prev: str, base: str, nxt: str) -> bool:
    """Rule today_nowadays: "اليوم" at ``s`` means 'nowadays' (relative_dates.json today_nowadays):
    after an indefinite era noun ("عالم اليوم", "لأجيال اليوم"), after a verb of living
    ("نعيش اليوم"), or after "العالم" with such a verb (or a 'witnessed' verb, or "في") around it."""
    now = ctx.lex.nowadays
    era, lasting, world = now["era_heads"], now["lasting_verbs"], now["world_heads"]
    if prev in era or base in era or prev in lasting or base in lasting:
        return True
    if prev not in world and base not in world:
        return False
    if nxt in lasting:
        return True
    pm = _PREV_WORD.search(ctx.view, max(0, s - 40), s)
    before = ctx.prev_word(pm.start(1)) if pm is not None else ""
    return before in lasting or before in now["witness_verbs"] or before in now["in_words"]


def _periods(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref = ctx.lex, ctx.ref
    for m in ctx.scan("period"):
        ug = next(g for g in ("unit", "unit2", "unit3", "unit4") if m.group(g))
        grain = lex.period_grain.get(_key(m.group(ug)))
        if grain is None:
            continue
        bare = m.group("unit3") is not None or m.group("unit4") is not None
        if bare:  # rule part_of_period_bare: "منتصف الشهر", this month (edge_of_period_bare: "نهاية العام")
            nxt = ctx.next_word(m.end("m"))
            if nxt.startswith(lex.definite_article) or nxt in lex.bare_part_not_before:
                continue  # "منتصف العام الدراسي", "مطلع الشهر الكريم", "أواخر العام نفسه"
        if grain == "year" and _sunnah(ctx, m.start(ug), m.end(ug)):
            continue
        off = lex.period_offset.get(_key(m.group("mod")), 0) if m.group("mod") else 0
        if m.group("mod") and _key(m.group("mod")) in lex.prev_words:
            if not _previous_period_ok(ctx, m):
                continue
            off = -1
        span: Span | None = None
        if ref is not None:
            if grain == "week":
                monday = _shift(ref, -ref.weekday() + 7 * off)
                sunday = _shift(monday, 6) if monday else None
                span = (monday, sunday) if monday and sunday else None
            elif grain == "month":
                idx = ref.year * 12 + ref.month - 1 + off
                span = _month_span(idx // 12, idx % 12 + 1)
            else:
                span = _year_span(ref.year + off)
        when = {-1: "past", 0: "this", 1: "next"}[max(-1, min(1, off))]
        rule = (f"{when}_{grain}" if not bare
                else "part_of_period_bare" if m.group("unit3") else "edge_of_period_bare")
        out.append(_Cand(m.start("m"), m.end("m"), 7, *(span or (None, None)), grain, True,
                         rule, kind="week" if grain == "week" else ""))


_VOWEL_MARKS = re.compile("[\u064b-\u0650\u0652]")


def _sunnah(ctx: _Ctx, s: int, e: int) -> bool:
    """Rule sunnah_guard: the year word written with a shadda on its nun, or followed by an
    adjective of the practice ("هذه السنّة الحسنة"), is "sunnah", not a year."""
    lex = ctx.lex
    if ctx.next_word(e) in lex.sunnah_adjectives:
        return True
    rs, re_ = ctx.nv.raw_span((s, e))
    raw = ctx.nv.raw[rs:re_]
    if raw == ctx.view[s:e]:
        return False  # no mark was written
    raw = _VOWEL_MARKS.sub("", raw)
    return any(k in raw for k in lex.sunnah_marks)


def _previous_period_ok(ctx: _Ctx, m: re.Match[str]) -> bool:
    """Rule previous_period: "العام السابق", "الشهر السابق" is the period before the reference's,
    like "الماضي", but not where it is the period before another one: after a comparison in its
    clause ("بزيادة 5% عن العام السابق", "مقارنة بالشهر السابق"), before "ل"/"على" ("الأسبوع
    السابق للانتخابات"), nor "العام" as the adjective "general" after a definite noun
    ("الأمين العام السابق", the former secretary-general)."""
    lex, view = ctx.lex, ctx.view
    s = m.start("unit")
    if _key(m.group("unit")) in lex.prev_adjective_units and m.group("part") is None and \
            ((pw := ctx.prev_word(s)) in lex.prev_adjective_heads
             or (pw[:1] in lex.proclitic_letters and pw[1:] in lex.prev_adjective_heads)):
        return False
    nxt = ctx.next_word(m.end("mod"))
    if nxt in lex.prev_not_before or (nxt.startswith(lex.prev_not_before_prefixes) and len(nxt) > 3):
        return False
    return lex.prev_compare.search(view, max(0, m.start("m") - 120), m.start("m")) is None


def _count_back(ctx: _Ctx, out: list[_Cand]) -> None:
    lex, ref = ctx.lex, ctx.ref
    for m in ctx.scan("count_back"):
        if m.group("dual") is not None:
            n = 2
        else:
            txt = m.group("n")
            n = int(txt) if txt.isdigit() else lex.count_numbers.get(_key(txt), 0)
        if not 1 <= n <= 31:
            continue
        if ctx.next_word(m.end("m")) in lex.count_guard_after or \
                ctx.prev_word(m.start()) in lex.count_guard_before:
            continue
        start = _shift(ref, -n) if ref is not None else None
        out.append(_Cand(m.start("m"), m.end("m"), 8, start, start, "day", True, "days_ago"))


_YEAR_PART_BACK, _YEAR_PART_AHEAD = 64, 160  # reach of a year_part match around its gate string
_YEAR_RESTATED = re.compile(r"[^\S\n]+(\d{4})(?!\d|[.,/\-]\d)")  # rule year_part_restated
_YEAR_DIGITS_AFTER = re.compile(r"[^\S\n]*\d")  # a year word followed by digits is that year, not this one


@dataclass(frozen=True)
class _YearPartLex:
    pattern: re.Pattern[str]
    part_months: dict[str, int]
    ordinal: dict[str, int]
    count: dict[str, int]
    last: frozenset[str]
    offset: dict[str, int]
    article: str
    not_adjectives: frozenset[str]
    gate: tuple[str, ...]  # every match holds one of these strings (a part noun or a plural of month)


@cache
def _year_part_lex() -> _YearPartLex | None:
    """The pattern of rules year_part and year_part_months (relative_dates.json 'year_parts'),
    compiled once."""
    rel = lexicon.load("relative_dates")
    yp = rel.get("year_parts")
    if not yp:
        return None
    ws, ws1 = _WS + "*", _WS + "+"
    art = normalize_text(rel["grammar"]["definite_article"])
    counts = [n for e in yp["counts"] for n in e["names"]]
    dcount = rf"(?:{_alt([art + n for n in counts])}|{art}\u0640*\d\d?)"
    icount = rf"(?:{_alt(counts)}|\d\d?)"
    edge = _alt(yp["first"] + yp["last"])
    year_def = [n for e in rel["periods"] if e["grain"] == "year"
                for n in e["names"] if _key(n).startswith(art)]
    mods = [w for ws_ in rel["period_modifiers"].values() for w in ws_] + yp.get("current_modifiers", [])
    year_def = year_def + yp.get("glued_year_words", [])
    gsuf = rf"(?:{ws}(?:{_alt(rel['gregorian_year_suffix'])})(?![{_L}]))?"  # "عام 2015 م", "العام 2014م"
    year_heads = _alt(rel["year_words"] + yp.get("glued_year_words", []))
    year = (rf"(?:(?:{year_heads}){ws})?(?P<y>(?:19|20)\d\d)(?!\d|{ws}[-/\u2013]{ws}\d){gsuf}"
            rf"|(?:{_alt(rel['this_words'])}){ws1}(?P<tw>{_alt(year_def)})"
            rf"|(?P<cw>{_alt(year_def)})(?:{ws1}(?P<mod>{_alt(mods)}))?")
    part = rf"(?P<head>{_alt([n for e in yp['parts'] for n in e['names']])}){ws1}" \
           rf"(?P<ord>{_alt([n for e in yp['ordinals'] for n in e['names']])})"
    months = (rf"(?:{_alt(yp['month_plurals'])}){ws1}(?P<c1>{dcount}){ws1}(?P<e1>{edge})"
              rf"|(?P<c2>{dcount}){ws1}(?:{_alt(yp['month_plurals_indefinite'])}){ws1}(?P<e2>{edge})"
              rf"|(?P<e3>{_alt(yp['first_before'] + yp['last_before'])}){ws1}(?P<c3>{icount}){ws1}"
              rf"(?:{_alt(yp['month_plurals_indefinite'])})")
    pro = _alt(rel["proclitics"])
    pattern = re.compile(
        rf"{_WSTART}(?:(?:{pro})(?=[{_L}]))?(?P<m>(?:(?:{_alt(rel['part_of_period'])}){ws1})?"
        rf"(?:{part}|{months}){_NAME_END}{ws1}(?:(?:{_alt(rel['grammar']['of'])}){ws1})?(?:{year}))"
        rf"(?![{_L}A-Za-z\d])")
    return _YearPartLex(
        pattern=pattern,
        part_months={_key(n): int(e["months"]) for e in yp["parts"] for n in e["names"]},
        ordinal={_key(n): int(e["n"]) for e in yp["ordinals"] for n in e["names"]},
        count={_key(n): int(e["n"]) for e in yp["counts"] for n in e["names"]},
        last=frozenset(_key(n) for n in yp["last"] + yp["last_before"]),
        offset={_key(w): int(k) for k, ws_ in rel["period_modifiers"].items() for w in ws_},
        article=art,
        not_adjectives=frozenset(_key(w) for w in yp.get("not_adjectives", [])),
        gate=tuple(sorted({_key(n) for e in yp["parts"] for n in e["names"]}
                          | {_key(n) for n in yp["month_plurals_indefinite"]})),
    )


def _year_part_matches(yl: _YearPartLex, view: str) -> Iterator[re.Match[str]]:
    """Matches of the year_part pattern, searched only around its gate strings (found by plain
    substring search, no regex pass over the text): a match opens at most
    :data:`_YEAR_PART_BACK` characters before the part noun or plural of month it holds."""
    hits: list[int] = []
    for w in yl.gate:
        i = view.find(w)
        while i >= 0:
            hits.append(i)
            i = view.find(w, i + 1)
    if not hits:
        return
    done, n = 0, len(view)
    for h in sorted(hits):
        if h < done:
            continue
        stop = min(n, h + _YEAR_PART_AHEAD)
        m = yl.pattern.search(view, max(done, h - _YEAR_PART_BACK), stop)
        if m is not None and m.end() >= stop and stop < n:  # cut by the window: look again, whole
            m = yl.pattern.search(view, m.start())
        if m is not None:
            done = m.end()
            yield m


@dataclass(frozen=True)
class _BareQuarterLex:
    pattern: re.Pattern[str]
    ordinal: dict[str, int]
    not_before: frozenset[str]
    not_adjectives: frozenset[str]  # year_parts 'not_adjectives': "إلى" opens like the article
    article: str
    lam: str
    sports: re.Pattern[str]
    window: int
    year_later: re.Pattern[str]  # a year named later in the clause: "... 294 مليارا للعام الماضي"
    year_reach: int
    fiscal: re.Pattern[str]  # rule bare_quarter_fiscal: "السنة المالية" near it


@cache
def _bare_quarter_lex() -> _BareQuarterLex | None:
    """The pattern of rule year_part_bare_quarter (relative_dates.json 'bare_quarter'), compiled once."""
    rel = lexicon.load("relative_dates")
    bq, yp = rel.get("bare_quarter"), rel.get("year_parts")
    if not bq or not yp or not bq.get("heads"):
        return None
    ords = [n for e in yp["ordinals"] for n in e["names"]]
    pro = _alt(rel["proclitics"])
    # a part word before it stays in the span, as in year_part ("بنهاية الربع الأول")
    part = _alt(rel["part_of_period"])
    pattern = re.compile(rf"{_WSTART}(?:(?:{pro})(?=[{_L}]))?(?P<m>(?:(?:{part}){_WS}+)?"
                         rf"(?:{_alt(bq['heads'])}){_WS}+(?P<ord>{_alt(ords)})){_WEND}")
    art = _key(rel["grammar"]["definite_article"])
    return _BareQuarterLex(
        pattern=pattern,
        ordinal={_key(n): int(e["n"]) for e in yp["ordinals"] for n in e["names"]},
        not_before=frozenset(_key(w) for w in bq.get("not_before", [])),
        not_adjectives=frozenset(_key(w) for w in yp.get("not_adjectives", [])),
        article=art, lam=art[-1:],
        sports=re.compile(rf"{_WSTART}(?:(?:{pro})(?=[{_L}]))?(?:{_alt(bq.get('sports_words', []))}){_WEND}"),
        window=int(bq.get("window", 160)),
        year_later=re.compile(rf"{_WSTART}(?:(?:{_alt(bq.get('year_later', []))}){_WEND}"
                              rf"|(?:19|20)\d\d(?!\d))"),
        year_reach=int(bq.get("year_later_reach", 80)),
        fiscal=re.compile(rf"{_WSTART}(?:(?:{pro})(?=[{_L}]))?(?:{_alt(bq.get('fiscal_years', []))}){_WEND}"
                          if bq.get("fiscal_years") else "(?!)"))


def _bare_quarters(ctx: _Ctx, out: list[_Cand]) -> None:
    """Rule year_part_bare_quarter: "في الربع الثاني" with no year after it is the latest second
    quarter begun on or before the reference (as a month without a year), unless it is a part of
    something else (a word of 'not_before', a definite or ل-word after it) or of a match (a sports
    word near it). Gated by the quarter noun among the sentence's anchor words."""
    bl = _bare_quarter_lex()
    if bl is None or not ctx.anchors().get("bare_quarter"):
        return
    view = ctx.view
    for m in bl.pattern.finditer(view):
        n = bl.ordinal.get(_key(m.group("ord")), 0)
        if not 1 <= n <= 4:
            continue  # "الربع الأخير": the last one of which year is not said
        k = n
        nxt = ctx.next_word(m.end("m"))
        if nxt in bl.not_before or (nxt.startswith((bl.article, bl.lam)) and nxt not in bl.not_adjectives):
            continue  # "الربع الأول من السكان", "الربع الأول للعام المالي"
        if bl.sports.search(view, max(0, m.start() - bl.window), m.end() + bl.window) is not None:
            continue  # "الربع الثاني" of a basketball match
        if bl.fiscal.search(view, max(0, m.start() - bl.window), m.end() + bl.window) is not None:
            continue  # rule bare_quarter_fiscal: a quarter of a company's fiscal year, not of the calendar
        cl = _CLAUSE_END.search(view, m.end(), m.end() + bl.year_reach)
        if bl.year_later.search(view, m.end(), cl.start() if cl else m.end() + bl.year_reach):
            continue  # "في الربع الأول 294 مليارا للعام الماضي": that year's quarter, not this one
        start = end = None
        if ctx.ref is not None:
            y = ctx.ref.year
            first = _safe_date(y, 3 * k - 2, 1)
            if first is not None and first > ctx.ref:
                y -= 1
            first = _safe_date(y, 3 * k - 2, 1)
            span = _month_span(y, 3 * k)
            start, end = (first, span[1]) if first is not None and span is not None else (None, None)
        out.append(_Cand(m.start("m"), m.end("m"), 3, start, end, "month", True, "year_part_bare_quarter"))


def _year_parts(ctx: _Ctx, out: list[_Cand]) -> None:
    """Rules year_part and year_part_months: a half, a quarter or the first/last N months of a
    year ("النصف الأول من 2015", "الربع الثالث من العام الجاري", "الأشهر الستة الأولى من العام"):
    that part's first to last day, grain month; relative unless the year is in digits. Gated by a
    year in digits or a period word of the sentence (every match holds one)."""
    if not ctx.digits3 and not ctx.anchors().get("period"):
        return
    yl = _year_part_lex()
    if yl is None:
        return
    for m in _year_part_matches(yl, ctx.view):
        if m.group("head") is not None:
            size = yl.part_months.get(_key(m.group("head")), 0)
            n = yl.ordinal.get(_key(m.group("ord")), 0)
            k = 12 // size if n == -1 and size else n
            if not size or not 1 <= k <= 12 // size:
                continue  # "النصف الثالث": no such half
            m1, m2, rule = (k - 1) * size + 1, k * size, "year_part"
        else:
            c = m.group("c1") or m.group("c2") or m.group("c3")
            ck = _key(c).lstrip("\u0640")
            ck = ck[len(yl.article):] if ck.startswith(yl.article) else ck
            ck = ck.lstrip("\u0640")
            n = int(ck) if ck.isdigit() else yl.count.get(ck, 0)
            if not 1 < n < 12:
                continue
            last = _key(m.group("e1") or m.group("e2") or m.group("e3")) in yl.last
            m1, m2, rule = (13 - n, 12, "year_part_months") if last else (1, n, "year_part_months")
        if m.group("y") is not None:
            y: int | None = int(m.group("y"))
            relative = False
        else:
            relative = True
            if m.group("cw") is not None and m.group("mod") is None:
                nxt = ctx.next_word(m.end("m"))
                if (_YEAR_DIGITS_AFTER.match(ctx.view, m.end("m"))
                        or (nxt.startswith(ctx.lex.definite_article) and nxt not in yl.not_adjectives)
                        or nxt in ctx.lex.bare_part_not_before):
                    continue  # "الربع الأول من العام المالي", "النصف الأول من العام نفسه", "العام 2014x"
            off = yl.offset.get(_key(m.group("mod")), 0) if m.group("mod") else 0
            y = ctx.ref.year + off if ctx.ref is not None else None
        e = m.end("m")
        if m.group("mod") is not None and (w := _YEAR_RESTATED.match(ctx.view, e)) is not None \
                and int(w.group(1)) == (y if y is not None else int(w.group(1))):
            # rule year_part_restated: "الربع الثاني من العام الجاري 2015": the year written after
            # the modified year word is the same year (the written one, with no reference), one mention
            e, relative, rule, y = w.end(), False, rule + "_restated", int(w.group(1))
        first = _safe_date(y, m1, 1) if y is not None else None
        span = _month_span(y, m2) if y is not None else None
        start, end = (first, span[1]) if first is not None and span is not None else (None, None)
        out.append(_Cand(m.start("m"), e, 2, start, end, "month", relative, rule))


def _easter(y: int) -> _dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


def _orthodox_easter(y: int) -> _dt.date:
    """Orthodox (Eastern) Easter Sunday: the Julian computus, moved to the Gregorian calendar."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return _dt.date(y, month, day + 1) + _dt.timedelta(days=y // 100 - y // 400 - 2)


def _holiday_in(kind: str, month: int, day: int, y: int) -> _dt.date | None:
    """The holiday's day in the Gregorian year ``y`` (for an Easter day, ``day`` is its offset
    from Easter Sunday)."""
    if kind == "gregorian":
        return _safe_date(y, month, day)
    if kind == "easter":
        return _easter(y) + _dt.timedelta(days=day)
    if kind == "orthodox_easter":
        return _orthodox_easter(y)
    hy = _greg_to_hijri_year(_dt.date(y, 1, 1))
    for cand_y in (range(hy, hy + 2) if hy else range(0)):
        g = _hijri_to_greg(cand_y, month, day)
        if g is not None and g.year == y:
            return g
    return None


def _holidays(ctx: _Ctx, out: list[_Cand]) -> None:
    """Named days (holidays.json entries of relative_dates.json): with a year ("عيد الفطر 2013"), the
    day in that year; without one (rule holiday_yearless), only after one of the 'yearless_cues'
    ("في عيد الفصح", "عشية عيد الميلاد", "احتفل ... بعيد الفصح"), after a day of the holiday ("ثاني أيام
    عيد الفطر": that day) or before a month modifier ("عيد الفطر الماضي"): the occurrence nearest the
    reference, or the one the modifier names; a recurring one ("عيد الفطر من كل عام") is no date."""
    lex, ref, view = ctx.lex, ctx.ref, ctx.view
    for m in ctx.scan("holiday"):
        kind, month, day = lex.holidays.get(_key(m.group("h")), ("", 0, 0))
        if not kind:
            continue
        nth = (lex.holiday_day or {}).get(_key(m.group("hday") or ""), 0)
        if m.group("y") is not None:
            y = int(m.group("y"))
            date = _holiday_in(kind, month, day, y) if 1000 <= y <= 2199 else None
            if date is not None:
                date = date + _dt.timedelta(days=nth)
                out.append(_Cand(m.start("m"), m.end("m"), 1, date, date, "day", False, "holiday",
                                 kind="calendar_day"))
            continue
        glued = view[m.start():m.start("m")]
        prev = _key(glued) if glued.strip() else ctx.prev_word(m.start("m"))
        if prev[:1] in lex.proclitic_letters and prev not in lex.holiday_cues:
            prev = prev[1:]
        off = lex.month_offset.get(_key(m.group("hmod"))) if m.group("hmod") is not None else None
        if prev not in lex.holiday_cues and _key(m.group("h").split()[0]) in lex.holiday_cues:
            prev = _key(m.group("h").split()[0])  # "ليلة رأس السنة", "عشية عيد الميلاد": a cue of its own
        cued = prev in lex.holiday_cues or off is not None or m.group("hday") is not None
        if not cued or lex.recurring.match(view, m.end("m")) \
                or lex.holiday_number_after.match(view, m.end("m")):
            continue  # "عيد الميلاد الـ70": a birthday, not Christmas
        date = None
        if ref is not None:
            cands = [(d, d) for y in range(ref.year - 1, ref.year + 2)
                     if (d := _holiday_in(kind, month, day, y)) is not None]
            how = "nearest"
            if off is not None:  # "عيد الفطر الماضي", "عيد الأضحى المقبل", "عيد الفطر الحالي"
                how = {-1: "past", 1: "next"}.get(max(-1, min(1, off)), "current")
                if how == "current":
                    cands = [c for c in cands if c[0].year == ref.year]
            got = _choose(cands, ref, how) if how != "current" else (cands[0] if cands else None)
            if got is None:
                continue
            date = got[0] + _dt.timedelta(days=nth)
        out.append(_Cand(m.start("m"), m.end("m"), 1, date, date, "day", True, "holiday_yearless",
                         kind="holiday_day"))


def _nth_weekday(y: int, month: int, iso: int, n: int) -> _dt.date | None:
    return _nth_weekday_in(_dt.date(y, month, 1), _month_end(y, month), iso, n)


def _nth_weekday_in(first: _dt.date, last: _dt.date, iso: int, n: int) -> _dt.date | None:
    """The n-th (``n`` = -1: the last) weekday ``iso`` of the month ``first``..``last``, Gregorian
    or Hijri alike."""
    if n > 0:
        d = _shift(first, (iso - 1 - first.weekday()) % 7 + 7 * (n - 1))
        return d if d is not None and d <= last else None
    return _shift(last, -((last.weekday() - (iso - 1)) % 7))


def _nth(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """The n-th (or last) weekday of a month, and the last day of a month, read from the words
    before a month candidate; an ordinal day after a weekday name (Tuesday the third of ...) is
    the n-th weekday too."""
    lex, view = ctx.lex, ctx.view
    out: list[_Cand] = []
    for c in kept:
        new = None
        lo = out[-1].e if out and out[-1].kind not in ("weekday", "dayword") else 0
        if c.rule == "hijri" and c.kind == "hijri_day" and c.relative and c.start is not None and \
                (w := lex.weekday_after.search(view, max(lo, c.s - 24), c.s)) is not None and \
                (not out or out[-1].e <= w.start()):  # a kept weekday or day word merges later
            # rule weekday_hijri: "يوم الثلاثاء الثالث من شهر ذي القعدة" is the weekday and the
            # Hijri day (the n-th weekday reading is for Gregorian months), in the Hijri
            # year in which that day falls on that weekday
            iso = lex.weekday_iso.get(_key(w.group("w")), 0)
            d = _same_hijri_day_on_weekday(c.start, iso) if iso else None
            if d is not None and d.isoweekday() == iso:
                new = _Cand(w.start(), c.e, c.prio, d, d, "day", True, "weekday_hijri",
                            kind="hijri_day")
        elif c.start is not None and (c.grain == "month" or c.rule.startswith("ordinal_day_month")):
            m = lex.nth.search(view, max(lo, c.s - 48), c.s)
            y, mo = c.start.year, c.start.month
            if m is not None and c.grain == "month":
                rule = "nth_weekday"
                if m.group("lastday") is not None:
                    d: _dt.date | None = c.end
                elif m.group("o4") is not None:  # "ثالث يوم من شهر عشرة": the n-th day of the month
                    n = lex.nth_ord.get(_key(m.group("o4")), 0)
                    d = _shift(c.start, n - 1) if n > 0 else None
                    d = d if d is not None and c.end is not None and d <= c.end else None
                    rule = "nth_day_of_month"
                else:
                    w = m.group("w1") or m.group("w2")
                    iso = lex.weekday_iso.get(_key(w), 0) or lex.weekday_indefinite.get(_key(w), 0)
                    n = lex.nth_ord.get(_key(m.group("o") or m.group("o2")), 0)
                    d = _nth_weekday_in(c.start, c.end, iso, n) if iso and n and c.end else None
                if d is not None:
                    new = _Cand(m.start(), c.e, c.prio, d, d, "day", c.relative, rule, kind="nth")
            elif c.grain == "day" and c.start.day <= 5:
                w = lex.weekday_after.search(view, max(lo, c.s - 24), c.s)
                iso = lex.weekday_iso.get(_key(w.group("w")), 0) if w else 0
                d = _nth_weekday(y, mo, iso, c.start.day) if iso else None
                if w is not None and d is not None:
                    new = _Cand(w.start(), c.e, c.prio, d, d, "day", c.relative, "nth_weekday",
                                kind="nth")
        if new is not None:
            while out and out[-1].e > new.s:
                out.pop()
            out.append(new)
        else:
            out.append(c)
    return out


_ANY_DIGIT = re.compile("[0-9]")
_THREE_DIGITS = re.compile(r"\d\d\d")
_DIGIT_RUN = re.compile("[0-9]+")


def candidate_spans(view: str) -> list[tuple[int, int]]:
    """Where a date may stand in ``view`` (normalized text): its anchor words and digit runs.

    Sorted and non-overlapping. Every date holds a digit or an anchor word, so a
    stretch of text that meets none of them holds no date, and a caller with many
    sentences can skip those without running the extractor.
    """
    return article_candidate_spans(ArticleAnchors(view))


def article_candidate_spans(anchors: ArticleAnchors) -> list[tuple[int, int]]:
    """:func:`candidate_spans` of the view whose anchor words ``anchors`` holds."""
    spans = [m.span() for m in _DIGIT_RUN.finditer(anchors.text)]
    spans.extend(anchors.spans())
    return lexicon.merge_spans(spans)


_FAMILIES = (_holidays, _calendar, _days_of_month, _hijri, _numeric, _numeric_short, _year_ranges, _years,
             _bare_years, _short_years, _event_years, _decades, _night_pairs, _days, _periods, _count_back,
             _year_parts, _bare_quarters)
_DIGITS, _DIGITS3 = "#digits", "#digits3"  # no anchor family is named so
# rule family_gate: what each family needs to find anything (any one of: its anchor families, a
# Western digit, three digits in a row), read off its body: a family whose needs the sentence
# does not meet returns at once and is not called. Each family still checks them itself.
_FAMILY_NEEDS: dict[Any, frozenset[str]] = {
    _holidays: frozenset({"holiday"}), _calendar: frozenset({"calendar"}),
    _days_of_month: frozenset({"day_of_month"}), _hijri: frozenset({"hijri", _DIGITS3}),
    _numeric: frozenset({_DIGITS}), _numeric_short: frozenset({_DIGITS}),
    _year_ranges: frozenset({"year_range_phrase", _DIGITS3}), _years: frozenset({"year"}),
    _bare_years: frozenset({_DIGITS3}), _short_years: frozenset({_DIGITS}),
    _event_years: frozenset({_DIGITS3}),
    _decades: frozenset({"decade"}), _night_pairs: frozenset({"night_pair"}), _days: frozenset({"day"}),
    _periods: frozenset({"period"}), _count_back: frozenset({"count_back"}),
    _year_parts: frozenset({"period", _DIGITS3}), _bare_quarters: frozenset({"bare_quarter"}),
}


@cache
def _families_for(found: frozenset[str]) -> tuple[Any, ...]:
    """The families (in :data:`_FAMILIES` order) whose needs ``found`` meets (rule family_gate);
    ``found`` holds the sentence's anchor families and :data:`_DIGITS` / :data:`_DIGITS3`."""
    return tuple(f for f in _FAMILIES if not _FAMILY_NEEDS[f].isdisjoint(found))


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep non-overlapping candidates: longest first, then family precedence, then leftmost."""
    cands.sort(key=lambda c: (c.s - c.e, c.prio, c.s))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_Cand] = []
    for c in cands:
        if c.e <= c.s:
            continue
        i = bisect_right(starts, c.s)
        if i and ends[i - 1] > c.s:
            continue
        if i < len(starts) and starts[i] < c.e:
            continue
        starts.insert(i, c.s)
        ends.insert(i, c.e)
        kept.insert(i, c)
    return kept


def _same_day_on_weekday(day: _dt.date, iso: int) -> _dt.date:
    """A yearless day named with its weekday ("الخميس 15 أغسطس"): the year, within one of the
    resolved one, in which that day falls on that weekday (else the resolved day unchanged)."""
    for years in (0, -1, 1):
        cand = _safe_date(day.year + years, day.month, day.day)
        if cand is not None and cand.isoweekday() == iso:
            return cand
    return day


def _same_day_near(day: _dt.date, around: _dt.date) -> _dt.date:
    """The day and month of ``day`` in the year (within one of ``around``'s) nearest ``around``."""
    cands = [d for k in (-1, 0, 1) if (d := _safe_date(around.year + k, day.month, day.day))]
    return min(cands, key=lambda d: abs((d - around).days)) if cands else day


def _same_hijri_day_on_weekday(day: _dt.date, iso: int) -> _dt.date:
    """The Hijri twin of :func:`_same_day_on_weekday`: a yearless Hijri day named with its weekday
    ("يوم الثلاثاء 26 شوال") in the Hijri year, within one of the resolved one, in which it falls
    on that weekday."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except Exception:  # out of hijridate's range
        return day
    for years in (0, 1, -1):
        cand = _hijri_to_greg(h.year + years, h.month, h.day)
        if cand is not None and cand.isoweekday() == iso:
            return cand
    return day


def _weekday_in_week(iso: int, week: _Cand, s: int, e: int) -> _Cand:
    start = _shift(week.start, iso - 1) if week.start is not None else None
    return _Cand(s, e, week.prio, start, start, "day", True, "weekday_of_week", iso=iso,
                 kind="weekday_in_week")


def _pair_day(c: _Cand | None) -> bool:
    return c is not None and c.grain == "day" and c.kind == "calendar_day" and c.start is not None


def _weekday_pair_ranges(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Two consecutive weekdays glued to the two days they name: "ليل الأحد الاثنين 26-27 يناير",
    "الأحد والاثنين 26 و27 يناير" are ONE mention, the first day to the second, not a relative
    night (or two weekdays) beside an explicit range. A yearless range takes the year in which its
    first day falls on the first weekday named."""
    view, lex = ctx.view, ctx.lex
    out: list[_Cand] = []
    i, n = 0, len(kept)
    while i < n:
        a, j = kept[i], i + 1
        iso = a.iso
        if a.kind == "weekday" and j < n and kept[j].kind == "weekday" and \
                kept[j].iso == iso % 7 + 1 and lex.list_gap.match(view[a.e:kept[j].s]):
            j += 1  # "الأحد والاثنين"
        elif a.kind != "night_pair":
            iso = 0
        c = kept[j] if iso and j < n and lex.bridge_gap.match(view[kept[j - 1].e:kept[j].s]) else None
        last = None
        if c is not None and c.grain == "day" and c.start is not None and c.end is not None \
                and c.rule.startswith("day_range") and (c.end - c.start).days == 1:
            last = j
        elif _pair_day(c) and j + 1 < n and _pair_day(d := kept[j + 1]) and c is not None \
                and d.start is not None and c.start is not None \
                and (d.start - c.start).days == 1 and lex.list_gap.match(view[c.e:d.s]):
            last = j + 1  # "25 و26 يناير": a listed day then the day and month
        if last is None:
            out.append(a)
            i += 1
            continue
        first, end = kept[j], kept[last]
        start, stop = first.start, end.end
        if start is not None and stop is not None and first.relative:
            moved = _same_day_on_weekday(start, iso)
            stop = _shift(stop, (moved - start).days)
            start = moved
        out.append(_Cand(a.s, end.e, end.prio, start, stop, "day", end.relative,
                         "weekday_pair_day_range"))
        i = last + 1
    return out


def _listed_day_ranges(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Rule listed_day_range: consecutive days listed after a plural or dual of "day" ("يومي 17 و18
    سبتمبر", "أيام 3 و4 و5 مارس", "يومي الأحد والاثنين") are ONE mention, the first day to the last.
    Listed weekdays must follow each other in the week; the first is resolved as a weekday alone and
    the others are the days after it. Days that do not follow each other stay separate mentions."""
    lex, view = ctx.lex, ctx.view
    if not lex.listed_range_heads:
        return kept
    out: list[_Cand] = []
    i, n = 0, len(kept)
    while i < n:
        a = kept[i]
        if a.kind not in ("weekday", "hijri_day") and not _pair_day(a):
            out.append(a)  # no listed range opens on it: its head word is not looked up
            i += 1
            continue
        hm = _PREV_WORD.search(view, max(0, a.s - 40), a.s)
        head = _key(hm.group(1)) if hm else ""
        if head[:1] in lex.proclitic_letters and head[1:] in lex.listed_range_heads:
            head = head[1:]
        headed = head in lex.listed_range_heads
        weekdays = (a.kind == "weekday" and a.iso and a.grain == "day" and lex.listed_range_weekdays
                    and headed)
        if not (headed or (lex.listed_range_headless and a.rule == "listed_day_month")) or not (
                weekdays or _pair_day(a) or a.kind == "hijri_day"):
            out.append(a)
            i += 1
            continue
        j = i
        while j + 1 < n and lex.list_gap.match(view[kept[j].e:kept[j + 1].s]):
            b, c = kept[j], kept[j + 1]
            if weekdays:
                ok = c.kind == "weekday" and c.grain == "day" and c.iso == b.iso % 7 + 1
            else:
                ok = (c.kind == a.kind and c.grain == "day" and b.start is not None and c.start is not None
                      and (c.start - b.start).days == 1)
            if not ok:
                break
            j += 1
        if j == i:
            out.append(a)
            i += 1
            continue
        start, end = a.start, kept[j].end
        if weekdays:
            end = _shift(start, j - i) if start is not None else None
        hs = a.s  # rule listed_day_pair: with no head the mention starts at the first day
        if headed:  # "يومي" in the text, not "و"/"خلال"
            hs = hm.start(1) + len(hm.group(1)) - len(head) if hm else a.s
        out.append(_Cand(hs, kept[j].e, a.prio, start, end, "day",
                         any(c.relative for c in kept[i:j + 1]),
                         "listed_day_range" if headed else "listed_day_pair"))
        i = j + 1
    return out


def _merge(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Merge adjacent references to one day into one mention."""
    view, lex = ctx.view, ctx.lex
    kept = _listed_day_ranges(ctx, _weekday_pair_ranges(ctx, kept))
    for i, c in enumerate(kept):  # "Sunday of last week" with a bare weekday name
        if c.kind == "week":
            m = _PREV_WORD.search(view, max(0, c.s - 40), c.s)
            iso = lex.weekday_indefinite.get(_key(m.group(1))) if m else None
            if iso and m is not None and (i == 0 or kept[i - 1].e <= m.start(1)):
                kept[i] = _weekday_in_week(iso, c, m.start(1), c.e)
    if len(kept) < 2:
        return [c for c in kept if c.rule != "weekday_prayer"]
    out: list[_Cand] = [kept[0]]
    for c in kept[1:]:
        a = out[-1]
        gap = view[a.e:c.s]
        if len(gap) <= 24:
            merged = None
            if a.kind == "weekday" and c.kind == "dayword" and not c.iso and not gap.strip() \
                    and c.start is not None and c.start.isoweekday() == a.iso:
                # rule weekday_day_word: "خطبة الجمعة غداً" written on a Thursday, one mention of that day
                merged = _Cand(a.s, c.e, c.prio, c.start, c.start, "day", True, "weekday_" + c.rule,
                               iso=a.iso, kind="dayword")
            elif a.kind in ("weekday", "dayword") and c.kind == "holiday_day" and a.start == c.start \
                    and a.start is not None and lex.bridge_gap.match(gap) and "(" not in gap:
                # "اليوم الثلاثاء خامس أيام عيد الفطر": a yearless holiday naming the same day
                merged = _Cand(a.s, c.e, c.prio, a.start, a.start, "day", True, "weekday_" + c.rule,
                               kind="calendar_day")
            elif a.kind in ("weekday", "dayword") and c.kind in ("calendar_day", "hijri_day", "month_day") \
                    and lex.bridge_gap.match(gap):
                start = c.start
                if start is not None and a.iso and c.relative and c.kind == "calendar_day":
                    start = _same_day_on_weekday(start, a.iso)
                elif start is not None and a.iso and c.relative and c.kind == "hijri_day":
                    start = _same_hijri_day_on_weekday(start, a.iso)
                if start is None or not a.iso or start.isoweekday() == a.iso or not c.relative:
                    merged = _Cand(a.s, c.e, c.prio, start, start, c.grain, c.relative,
                                   "weekday_" + c.rule, kind=c.kind)
            elif {a.kind, c.kind} == {"weekday", "week"} and lex.week_gap.match(gap):
                day, week = (a, c) if a.kind == "weekday" else (c, a)
                merged = _weekday_in_week(day.iso, week, a.s, c.e)
            elif {a.kind, c.kind} == {"calendar_day", "hijri_day"} and lex.bridge_gap.match(gap):
                greg, hij = (a, c) if a.kind == "calendar_day" else (c, a)
                day, relative = greg.start, greg.relative
                if day is not None and hij.start is not None and greg.relative and not hij.relative:
                    day = _same_day_near(day, hij.start)  # a yearless day takes the Hijri date's year
                    relative = False
                if hij.start is None or day is None or abs((day - hij.start).days) <= 2:
                    merged = _Cand(a.s, c.e, a.prio, day, day, "day", relative, "hijri_gregorian",
                                   kind="calendar_day")
            elif a.grain == c.grain == "year" and a.relative and not c.relative and not gap.strip() \
                    and a.start is not None and (a.start, a.end) == (c.start, c.end):
                # rule period_with_year: "العام الماضي 2014", "بداية العام المقبل 2016م": the written
                # year names the same year as the relative period, one mention that needs no reference
                merged = _Cand(a.s, c.e, a.prio, a.start, a.end, "year", False, "period_with_year")
            elif a.grain == c.grain == "year" and a.relative and c.rule == "hijri_year" and not gap.strip() \
                    and a.start is not None and c.start is not None and ctx.ref is not None \
                    and _hijri_year_of(c.start) == _greg_to_hijri_year(ctx.ref) + a.start.year - ctx.ref.year:
                # rule period_with_year, Hijri: "العام الحالي 1436 هـ" is that Hijri year, one mention
                merged = _Cand(a.s, c.e, a.prio, c.start, c.end, "year", False, "period_with_year")
            elif a.grain == c.grain == "year" and a.relative and not c.relative and not gap.strip() \
                    and c.rule.startswith(("hijri_year_range", "year_range")) and ctx.ref is not None \
                    and a.start is not None and c.start is not None and c.end is not None \
                    and c.start <= _shift(ctx.ref, 365 * (a.start.year - ctx.ref.year)) <= c.end:
                # rule period_with_year_range: "هذا العام 1436 / 1437هـ", a school or fiscal year written
                # as two years right after the relative year it runs through: one mention, the range
                merged = _Cand(a.s, c.e, a.prio, c.start, c.end, "year", False, "period_with_year_range")
            if merged is not None:
                out[-1] = merged
                continue
        out.append(c)
    return [c for c in out if c.rule != "weekday_prayer"]


def _hijri_year_of(first: _dt.date) -> int:
    """The Hijri year that begins on ``first`` (-1 when unknown: never equal to a year)."""
    return _greg_to_hijri_year(first + _dt.timedelta(days=15)) or -1


def _year_moved(c: _Cand, years: int) -> _Cand | None:
    """``c`` moved by ``years`` years of its own calendar (Hijri years for a Hijri date)."""
    if c.start is None or c.end is None:
        return None
    try:
        if c.rule.startswith(("hijri", "weekday_hijri")):
            a, b = c.start, c.end
            ha = Gregorian(a.year, a.month, a.day).to_hijri()
            hb = Gregorian(b.year, b.month, b.day).to_hijri()
            start = Hijri(ha.year + years, ha.month, ha.day).to_gregorian()
            end = Hijri(hb.year + years, hb.month, hb.day).to_gregorian()
            start, end = _dt.date(start.year, start.month, start.day), _dt.date(end.year, end.month, end.day)
        else:
            start = _safe_date(c.start.year + years, c.start.month, min(c.start.day, 28)
                               if (c.start.month, c.start.day) == (2, 29) else c.start.day)
            end = _safe_date(c.end.year + years, c.end.month, c.end.day) or \
                _month_end(c.end.year + years, c.end.month)
    except Exception:  # out of hijridate's range
        return None
    if start is None or end is None:
        return None
    return _Cand(c.s, c.e, c.prio, start, end, c.grain, c.relative, c.rule, iso=c.iso, kind=c.kind)


def _range_order(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Rule range_order: two dates joined by a range connector ("من 20 ديسمبر إلى 5 يناير",
    "من 4 شوال إلى 6 ذو القعدة") are a period, so its end comes after its start. Each took the
    latest year on or before the reference (or after it, looking forward) on its own; when the end
    falls before the start, a yearless end moves one year forward or a yearless start one year
    back, whichever puts the period nearest the reference date (the end first on a tie). A start
    named by its weekday (today, Monday) never moves by a year; the end after it still does."""
    view = ctx.view
    for i in range(len(kept) - 1):
        a, b = kept[i], kept[i + 1]
        if (a.grain != b.grain or a.grain not in ("day", "month") or a.start is None
                or b.start is None or b.start >= a.start or b.iso
                or not ctx.lex.range_gap.match(view[a.e:b.s])):
            continue
        options = []
        if b.relative and (m := _year_moved(b, 1)) is not None:
            options.append((a, m))  # (a weekday start stays: "today, Monday, until 21 Shawwal")
        if a.relative and not a.iso and (m := _year_moved(a, -1)) is not None:
            options.append((m, b))
        options = [(x, y) for x, y in options if x.start is not None and y.start is not None
                   and x.start <= y.start]
        if options:  # the period nearest the reference (containing it, best), the end moved first
            kept[i], kept[i + 1] = min(options, key=lambda o: _distance(o[0].start, o[1].end, ctx.ref))
    return kept


def _month_pair_year(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Rule month_pair_year: two Gregorian months joined by a range connector ("من سبتمبر إلى
    نوفمبر 2015", "من سبتمبر حتى نوفمبر المقبل") are one period, so a month named alone (no year,
    no modifier) takes its year from the other month: the same year, or the next (previous) one
    when the calendar order says so, so that the end never comes before the start. Both stay
    mentions, as for a day range (rule range_order); the moved month's rule names this rule."""
    view = ctx.view
    for i in range(len(kept) - 1):
        a, b = kept[i], kept[i + 1]
        if (a.grain == b.grain == "day" and a.kind == b.kind == "calendar_day" and a.relative
                and not b.relative and a.start is not None and b.start is not None
                and "hijri" not in a.rule and "hijri" not in b.rule
                and (ctx.lex.range_gap.match(view[a.e:b.s]) or ctx.lex.month_range_gap.match(view[a.e:b.s]))):
            # rule day_pair_year: من 5 أكتوبر إلى 13 نوفمبر 2015، في 5 أكتوبر و13 نوفمبر 2015: the
            # yearless day takes the year of the day it is paired with (the year before when it
            # comes later in the calendar)
            year = b.start.year - ((a.start.month, a.start.day) > (b.start.month, b.start.day))
            day = _safe_date(year, a.start.month, a.start.day)
            if day is not None:
                kept[i] = _Cand(a.s, a.e, a.prio, day, day, "day", a.relative, "day_pair_year", a.iso, a.kind)
            continue
        if (a.grain != "month" or b.grain != "month" or (a.kind == "month_bare") == (b.kind == "month_bare")
                or a.start is None or b.start is None or "hijri" in a.rule or "hijri" in b.rule
                or not ctx.lex.range_gap.match(view[a.e:b.s])):
            continue
        if a.kind == "month_bare":
            span = _month_span(b.start.year - (a.start.month > b.start.month), a.start.month)
            if span is not None:
                kept[i] = _Cand(a.s, a.e, a.prio, span[0], span[1], "month", b.relative, "month_pair_year")
        else:
            span = _month_span(a.start.year + (b.start.month < a.start.month), b.start.month)
            if span is not None:
                kept[i + 1] = _Cand(b.s, b.e, b.prio, span[0], span[1], "month", a.relative,
                                    "month_pair_year")
    return kept


def _month_range(ctx: _Ctx, kept: list[_Cand]) -> list[_Cand]:
    """Rule month_range: two months with their years joined after a 'between' opener ("بين
    تشرين الثاني/نوفمبر 2022 وشباط/فبراير 2023") are one period, like a day range: one mention of
    grain month from the first day of the first month to the last day of the second (the opener is
    not part of the span). A yearless first month takes the second's year, or the year before when
    it comes later in the calendar ("بين نوفمبر وفبراير 2023")."""
    view, lex = ctx.view, ctx.lex
    out: list[_Cand] = []
    for c in kept:
        a = out[-1] if out else None
        if (a is not None and a.grain == c.grain == "month" and not c.relative and a.start is not None
                and c.start is not None and c.end is not None and not a.iso and not c.iso
                and lex.month_range_gap.match(view[a.e:c.s])
                and lex.month_range_head.search(view, max(0, a.s - 12), a.s)):
            first = a.start
            if a.relative:
                first = _safe_date(c.start.year - (a.start.month > c.start.month), a.start.month, 1)
            if first is not None and first < c.start and (c.end - first).days < 3 * 366:
                out[-1] = _Cand(a.s, c.e, a.prio, first, c.end, "month", False, "month_range")
                continue
        out.append(c)
    return out


def _part_word_year(ctx: _Ctx, kept: list[_Cand]) -> None:
    """Rule part_word_year (relative_dates.json 'year_seasons'): a season or a part-of-period word
    right before a mention of grain year ("صيف 2019", "مطلع العام 2016", "خريف العام الماضي") joins
    its text; the period stays the whole year."""
    lex, view = ctx.lex, ctx.view
    prev_end = 0
    for c in kept:
        if c.grain == "year":
            word = _PREV_WORD.search(view, max(0, c.s - 40), c.s)
            if word is not None:
                key = _key(word.group(1))
                if key not in lex.year_lead and key[:1] in lex.proclitic_letters:
                    key = key[1:]
                s = word.end(1) - len(key)
                if key in lex.year_lead and s >= prev_end:
                    c.s = s
        prev_end = c.e


def _distance(start: _dt.date | None, end: _dt.date | None, ref: _dt.date | None) -> int:
    """Days from ``ref`` to the period ``start``..``end`` (0 inside it)."""
    if start is None or end is None or ref is None:
        return 0
    return max(0, (start - ref).days, (ref - end).days)


def extract_dates(text: str, reference: _dt.date | None = None, *,
                  view: Normalized | None = None, article: ArticleAnchors | None = None,
                  at: int = 0) -> list[DateMention]:
    """Date mentions in ``text``, resolved against ``reference`` where needed.

    Returns the mentions sorted by span, non-overlapping, each with
    ``text[span[0]:span[1]] == mention.text``. Relative mentions get
    ``start``/``end`` None when ``reference`` is None. Never raises on a str.
    ``view``, when the caller has it, is ``normalize(text)`` (cut from a view of
    the whole article), so the text is not normalized again. Results for recent
    texts are remembered (mentions are immutable): the pipeline asks about the
    same sentence for the dates table and for claims. ``article``, with ``view``, holds
    the anchor words of the whole article's view, in which ``view`` starts at offset
    ``at``: the sentence's are taken from there instead of searched again (same result).
    """
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    extract = partial(_extract, article=article, at=at) if article is not None else _extract
    return remembered(_MEMO, extract, text, reference, view)


_MEMO = Memo(8192)


def clear_cache() -> None:
    """Forget remembered results (for benchmarks that time real scans)."""
    _MEMO.clear()
    _ANCHORS.clear()


def _extract(text: str, nv: Normalized, reference: _dt.date | None,
             article: ArticleAnchors | None = None, at: int = 0) -> list[DateMention]:
    lex = _lex()
    ctx = _Ctx(lex, nv, reference, article, at)
    if not ctx.digits and not ctx.anchors():
        return []  # every date holds a digit or an anchor word
    cands: list[_Cand] = []
    found = set(ctx.anchors())
    if ctx.digits:
        found.add(_DIGITS)
        if ctx.digits3:
            found.add(_DIGITS3)
    for family in _families_for(frozenset(found)):
        family(ctx, cands)
    if not cands:
        return []
    kept = _month_range(ctx, _range_order(ctx, _month_pair_year(ctx, _merge(ctx, _nth(ctx, _select(cands))))))
    _part_word_year(ctx, kept)
    out: list[DateMention] = []
    for c in kept:
        s, e = nv.raw_span((c.s, c.e))
        while e < len(text) and text[e] == _TATWEEL and e > s and text[e - 1] != " ":
            e += 1  # "1436هـ": keep the kashida of an abbreviation
        if _OPEN in text[s:e] and text.count(_OPEN, s, e) > text.count(_CLOSE, s, e):
            # rule bracket_gloss_close: a bracketed gloss of the same day ("الأحد الماضي (3 يناير)") is
            # part of the mention with both its brackets, as "التاسع من أكتوبر (تشرين الأول)" is
            close = _GLOSS_CLOSE.match(text, e)
            if close is not None:
                e = close.end()
        elif _CLOSE in text[s:e] and text.count(_CLOSE, s, e) > text.count(_OPEN, s, e):
            # the same rule from the other side: "يوم (الأحد) الموافق للأول من ذي القعدة" keeps the
            # bracket that opens its first part
            opening = _GLOSS_OPEN.search(text, max(0, s - 2), s)
            if opening is not None:
                s = opening.start()
        start, end = c.start, c.end
        if start is None or end is None or end < start:
            start = end = None
        out.append(DateMention(text[s:e], start, end, c.grain, c.relative, (s, e), c.rule))
    return resolve_same_period(out)[0] if has_same_period(out) else out


#: Rule day_of_same_month (relative_dates.json ``day_of_month``): "20 من الشهر نفسه".
SAME_MONTH_RULE = "day_of_same_month"
#: Rule month_same_year: "الثاني من أبريل من العام نفسه", "آب (أغسطس) من نفس العام".
MONTH_SAME_YEAR_RULE = "month_same_year"


def _one_month(m: DateMention) -> tuple[int, int] | None:
    """(year, month) of a mention that names one month: a day, days or the month itself."""
    if m.start is None or m.end is None or m.grain not in ("day", "month"):
        return None
    if (m.start.year, m.start.month) != (m.end.year, m.end.month):
        return None
    return m.start.year, m.start.month


def _one_year(m: DateMention) -> int | None:
    """The year of a mention that names a time within one year."""
    if m.start is None or m.end is None or m.grain not in ("day", "week", "month", "year"):
        return None
    return m.start.year if m.start.year == m.end.year else None


def same_month_day(text: str) -> int | None:
    """The day a mention of rule day_of_same_month names ("الرابع من الشهر ذاته" = 4).

    >>> same_month_day("في 20 من الشهر نفسه")
    20
    """
    m = _lex().day_of_month.search(normalize_text(text))
    if m is None or m.group("same") is None:
        return None
    day, _, ok = _day_of(_lex(), m)
    return day if ok else None


def _in_year(d: _dt.date, year: int) -> _dt.date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


_Named = tuple[tuple[int, int] | None, int | None]  # the month (year, month) and the year named last
_SAME_PERIOD_RULES = frozenset({SAME_MONTH_RULE, MONTH_SAME_YEAR_RULE})


def has_same_period(mentions: list[DateMention]) -> bool:
    """Whether a mention of ``mentions`` names 'the same month' or 'the same year' (the only ones
    :func:`resolve_same_period` changes)."""
    return any(m.rule in _SAME_PERIOD_RULES for m in mentions)


def resolve_same_period(mentions: list[DateMention], last: _Named = (None, None)
                        ) -> tuple[list[DateMention], _Named]:
    """Rules day_of_same_month and month_same_year: give each day of 'the same month' the month of
    the nearest date before it that names one month, and each month (or day of it) of 'the same
    year' the year of the nearest date before it that names one year. ``last`` is ``(month, year)``
    named last before ``mentions`` (``month`` as ``(year, month)``). Returns the mentions (a new list
    when one changed) and what they leave named last, for the text that follows."""
    out = mentions
    month, year = last
    for i, m in enumerate(mentions):
        got: DateMention | None = None
        if m.rule == SAME_MONTH_RULE and m.start is None and month is not None:
            day = same_month_day(m.text)
            when = _safe_date(month[0], month[1], day) if day is not None else None
            if when is not None:
                got = DateMention(m.text, when, when, m.grain, m.relative, m.span, m.rule)
        elif m.rule == MONTH_SAME_YEAR_RULE and m.start is not None and m.end is not None \
                and year is not None and m.start.year != year:
            start, end = _in_year(m.start, year), _in_year(m.end, year)
            if start is not None and end is not None:
                got = DateMention(m.text, start, end, m.grain, m.relative, m.span, m.rule)
        if got is not None:
            if out is mentions:
                out = list(mentions)
            out[i] = m = got
        month = _one_month(m) or month
        year = y if (y := _one_year(m)) is not None else year
    return out, (month, year)
