"""Cleaning: split a raw article into title, boilerplate, paragraphs and sentences.

Nothing is rewritten. Every piece is a :class:`Segment` holding its verbatim
text and a ``(start, end)`` span into the raw string, and every boilerplate
segment names the rule that removed it, so a wrong call can be traced in one
step. The cues live in ``data/boilerplate.json`` (ANNOTATION.md section 1).

The rules, in the order they are tried on each line:

1. whole-line chrome (``line_rules``): JavaScript and cookie notices, share and
   comment widgets, "read more" and related links, tags (also a label and a comma
   list on one line), copyright, the source credit line (which names the outlet),
   photo credits and captions, site timestamps, reader-feedback widgets, editors'
   sign-offs of initials;
2. a caption that ends with an agency credit in parentheses (``(رويترز)``);
3. a line that is only a date and time: before the title it is the site header
   (``site_header_date``), after it the article's ``dateline``;
4. the first remaining line is the title; a later copy of it is ``repeated_title``;
5. any other line is body, after cutting out chrome glued into it: a date at
   its very start with text fused to it (a dateline), and inline photo credits
   and captions; once the body has begun, a line made only of known outlets and
   agencies ('فرانس24/ أ ف ب') is the closing credit.

At the end, a sign-off or a tag row glued after the last sentence is cut out.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from . import lexicon
from .normalize import INVISIBLES, Normalized, normalize, normalize_text, squash_spaces

ARABIC = lexicon.ARABIC_LETTER
_WORD_RE = re.compile(r"\S+")
_ARTICLE = "\u0627\u0644"  # the definite article, as a name key writes it
_COUNT_RE = re.compile(r"\d+(?:[.,]\d+)?")  # a number in a counter line: '1200', '1.2'
#: A reading on a widget line (rule widget): a number, a clock time or a temperature ('05:08', '28°').
_READING_RE = re.compile(r"[-+]?\d+(?:[.,:]\d+)?\u00b0?")
_BULLETS = "\u00bb\u203a\u2022\u25cf\u25aa\u25b6\u25c4\u2013\u2014-*>|\u00ab\u2039 \t"
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
#: rule newline_only_lines: :data:`_LINE_RE` on a text whose only line break is a newline.
_NEWLINE_LINE_RE = re.compile(r"[^\n]+")
#: rule one_line_pass: the last page's lines (:func:`_page_lines`), with the text they were found in.
_LAST_PAGE_LINES: tuple[str, tuple[re.Match[str], ...]] = ("", ())


def _page_lines(raw: str) -> tuple[re.Match[str], ...]:
    """``tuple(_LINE_RE.finditer(raw))``: the lines of a page, found once (rule one_line_pass).

    :func:`clean` and the top-of-page detectors it asks first (site masthead, motto, browser
    title, the record's headline, the menu) each walked the page's lines from its start again,
    the line pattern scanning a long paragraph each time; the matches of the page cleaned last
    are kept (the very string: ``raw`` is held, so its identity is never another text's) and
    handed out again, the same match objects in the same order."""
    global _LAST_PAGE_LINES
    last = _LAST_PAGE_LINES
    if last[0] is raw:
        return last[1]
    # (rule newline_only_lines: a page with no other line break than a newline has the same lines
    # as those of the newline's negation alone, whose run the regex engine scans far faster than
    # a class's)
    other_breaks = "\r" in raw or "\u2028" in raw or "\u2029" in raw
    lines = tuple((_LINE_RE if other_breaks else _NEWLINE_LINE_RE).finditer(raw))
    _LAST_PAGE_LINES = (raw, lines)
    return lines


#: A sentence's end: a full stop (not an ellipsis: 'ابحث في الموقع...'), a colon, a question mark.
_CHROME_END_RE = re.compile("(?<!\\.)[.!?\u061f:\u061b][\"'\u201d\u00bb)]*$")
#: A wire agency's tag alone in brackets or slashes, closing a story ('(أ ش أ)', '/العمانية/').
_BARE_AGENCY_RE = re.compile(r"\(\s*[^()/\d]{1,30}?\s*\)|/\s*[^()/\d]{1,30}?\s*/")
#: A blank line between two lines (two line breaks with only spaces between).
_BLANK_LINE_RE = re.compile(r"(?:\r?\n|[\r\u2028\u2029])[ \t\u00a0]*(?:\r?\n|[\r\u2028\u2029])")
#: A character a reader can see (lines with none, e.g. only NUL or bidi marks, are blank).
_VISIBLE_RE = re.compile(f"[^\\s\\x00-\\x1f\\x7f{INVISIBLES}]")
_ARABIC_RE = re.compile(f"[{ARABIC}]")
_LATIN_RE = re.compile(r"[A-Za-z]")
#: Letters of the scripts a page's header may be written in besides Arabic and Latin (Greek, Cyrillic,
#: Armenian, Hebrew, Georgian, CJK): a line of them and no Arabic letter above the headline is chrome
#: (rule foreign_header: a Hebrew or Russian site's header date, an Armenian logo).
_FOREIGN_LETTER_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff"
                                "\u10a0-\u10ff\u4e00-\u9fff]")
#: A sentence end: a run of marks not after a single-letter abbreviation (a letter alone after a
#: space, a bracket or a quote, or opening the text), closing quotes, then a space, a letter or the
#: end. The pattern opens on a mark, and the abbreviation test looks back from after that mark (its
#: lookbehinds take the mark in): an opening character class lets the regex engine skip to the next
#: mark without trying the pattern at every character (lookbehinds first made it try them all, and
#: search a line ~7 times slower); the matches are the same (rule sentence_end_mark_first,
#: tests/test_cleaning_speed.py checks them against the lookbehinds-first pattern).
_SENT_END_RE = re.compile(
    r"([.!?\u061f\u2026](?<![\s(\[\"'][^\W\d_][.!?\u061f\u2026])(?<!^[^\W\d_][.!?\u061f\u2026])"
    r"[.!?\u061f\u2026]*)([\"'\u201d\u2019\u00bb)\]]*)"
    rf"(?=\s|[{ARABIC}A-Za-z\"'\u201c\u00ab(]|$)"
)
_SENT_MARKS_RE = re.compile(r"[.!?\u061f\u2026]+")
#: Time of day as written in site headers and datelines (13:43, 10:51:02).
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
#: A numeric date ('16/11/2021', '2024-03-03'; slashes may be spaced: '16 / 11 / 2021').
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}(?:[/.\-]\d{1,2}[/.\-]|\s/\s\d{1,2}\s/\s)\d{1,4}")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[3-9]|20)\d{2}(?!\d)")
_TOKEN_RE = re.compile(rf"[{ARABIC}A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A verbatim piece of the raw text: ``raw[span[0]:span[1]] == text``.

    ``rule`` says what made it: a boilerplate rule name, ``"title"``,
    ``"paragraph"`` or ``"sentence"``.
    """

    text: str
    span: tuple[int, int]
    rule: str


@dataclass(slots=True)
class Cleaned:
    """The result of :func:`clean` on one raw text."""

    title: Segment | None = None
    boilerplate: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    dateline: Segment | None = None
    outlet: str | None = None
    outlet_rule: str | None = None
    byline_agency: str | None = None  # a wire agency a byline names ('باكو/ الأناضول'): not the outlet
    site_name: tuple[str, str] | None = None  # (name, rule): the site's masthead or copyright owner
    view: Normalized | None = None  # the matching view of the whole raw text, shared by later stages
    updated: Segment | None = None  # the first update stamp giving a day ('آخر تحديث: 12/10/2020 - 14:05')


# --- lexicon compilation (once per process) -------------------------------------------------


@dataclass(frozen=True, slots=True)
class _LineRule:
    name: str
    match: str
    max_words: int
    pattern: re.Pattern[str] | None
    tokens: frozenset[str] = frozenset()
    digits: bool = False
    needs: frozenset[str] = frozenset()  # 'only': one of these words must be there ('للقراءة')
    min_words: int = 1
    cased: re.Pattern[str] | None = None  # 'contains': its cues written with cased letters ('Copyright')
    readings: bool = False  # 'only' with digits: a clock time or a degree counts as a number (a widget)

    def matches(self, norm: str, cased_letters: bool = True) -> bool:
        """Whether the (normalized) line falls under the rule. ``cased_letters=False`` says the
        line has none of the cased letters of the 'contains' cues (:func:`_cased_cue_letters`):
        then no cue written with them can be in it, and that search is skipped."""
        if self.match == "only":  # every word of the line is a cue word (a row of share buttons)
            words = [w for w in (t.strip(_PUNCT) for t in norm.split()) if w]
            if len(words) < self.min_words:
                return False
            if self.digits:  # and numbers, at least one ('list 1 of 3')
                count = _READING_RE if self.readings else _COUNT_RE  # ('الفجر 05:08', '28° غائم')
                numbers = [w for w in words if count.fullmatch(w)]  # ('1.2 ألف مشاركة')
                words = [w for w in words if not count.fullmatch(w)]
                if not numbers:
                    return False
            if self.needs and not any(w.lower() in self.needs for w in words):
                return False
            return bool(words) and all(w.lower() in self.tokens for w in words)
        if self.pattern is not None and self.pattern.search(norm):
            return True
        return cased_letters and self.cased is not None and self.cased.search(norm) is not None


_PUNCT = ":|-\u2013\u2014\u2022/\u060c,.()[]"


def _is_cased(char: str) -> bool:
    """A letter with a case ('C', 'c'): matched ignoring case, unlike an Arabic letter."""
    return char.lower() != char or char.upper() != char


def _cased_cues(cues: list[str]) -> tuple[list[str], list[str]]:
    """``cues`` (normalized) split into those without a cased letter and those with one.

    An alternation of uncased cues is scanned far faster (the regex engine skips to the
    cues' first letters); the cased ones are only worth trying on a line with such letters.
    """
    forms = [normalize_text(c) for c in cues if c]
    cased = [f for f in forms if any(_is_cased(ch) for ch in f)]
    return [f for f in forms if f not in cased], cased


@cache
def _cased_cue_letters() -> re.Pattern[str]:
    """Any letter (ignoring case) that a 'contains' cue written with cased letters has: a line
    without one holds none of those cues."""
    letters = {ch for rule in lexicon.load("boilerplate")["line_rules"] if rule["match"] == "contains"
               for cue in _cased_cues(rule["cues"])[1] for ch in cue if _is_cased(ch)}
    return re.compile("[" + re.escape("".join(sorted(letters))) + "]" if letters else "(?!)",
                      re.IGNORECASE)


#: Characters outside ASCII that Python's IGNORECASE matching folds onto an ASCII letter (the
#: Turkish dotted and dotless i, the long s, the Kelvin and Angstrom signs).
_FOLDED_ONTO_ASCII = "\u0130\u0131\u017f\u212a\u212b"


@cache
def _cased_cue_letters_plain() -> re.Pattern[str]:
    """:func:`_cased_cue_letters` without IGNORECASE (rule cased_gate_plain): a class of every
    character the ignore-case class matches, written out (each letter in both cases, and the few
    characters folded onto one). An ignore-case class is tried at every character of a line; a
    plain one is skipped over by the regex engine's class scan, several times faster on a line of
    Arabic. (Checked equal on every code point: tests/test_cleaning_speed.py.)"""
    folded = _cased_cue_letters()
    letters = {c for ch in folded.pattern for c in (ch, ch.lower(), ch.upper())} | set(_FOLDED_ONTO_ASCII)
    chars = sorted(ch for ch in letters if len(ch) == 1 and folded.fullmatch(ch))
    return re.compile("[" + re.escape("".join(chars)) + "]" if chars else "(?!)")


@cache
def _rule_gates() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """One test per kind of whole-line rule that every rule of the kind needs a line to pass:
    the opening of any 'starts' or 'equals' cue, any Arabic (uncased) 'contains' cue anywhere,
    and the words of the 'only' rules. A body line fails all three, and then one test each
    replaces a search per rule (:func:`_candidate_rules`)."""
    rules = lexicon.load("boilerplate")["line_rules"]
    openings = [normalize_text(c) for r in rules if r["match"] in ("starts", "equals") for c in r["cues"]]
    plain = [f for r in rules if r["match"] == "contains" for f in _cased_cues(r["cues"])[0]]
    space = re.escape(" ")  # (a space of a cue is one space, as in :func:`lexicon.alternation`)
    words = frozenset(w for r in _rules() if r.match == "only" for w in r.tokens)
    return (re.compile(lexicon.trie(openings, space=space), re.IGNORECASE),
            re.compile(lexicon.trie(plain, space=space), re.IGNORECASE), words)


@cache
def _gate_tests() -> dict[str, tuple[int, Callable[[str], object]]]:
    """The tests of :func:`_rule_gates` and 'cased' (a letter of a cased 'contains' cue) by name,
    each with the most words of a line that a rule it gates may take."""
    opening, plain, words = _rule_gates()

    def only_word(norm: str) -> bool:  # (the first word as :meth:`_LineRule.matches` cuts words)
        first = next((w for w in (t.strip(_PUNCT) for t in norm.split()) if w), None)
        return first is not None and (bool(_READING_RE.fullmatch(first)) or first.lower() in words)

    def most(gate: str) -> int:
        return max([r.max_words for r in _rules() if gate in _gates_of(r)], default=-1)

    # (a test returns a match or None: the bound methods themselves, no wrapper to call)
    return {"opening": (most("opening"), opening.match),
            "plain": (most("plain"), plain.search),
            "cased": (most("cased"), _cased_cue_letters_plain().search),
            "only": (most("only"), only_word)}


@cache
def _most_gated_words() -> int:
    """The most words of a line that any gate of :func:`_gate_tests` may let through."""
    return max(most for most, _ in _gate_tests().values())


def _gates_of(rule: _LineRule) -> tuple[str, ...]:
    """The gates of which a line must pass one to fall under ``rule``."""
    if rule.match == "only":
        return ("only",)
    if rule.match == "contains":
        return ("plain", "cased") if rule.cased is not None else ("plain",)
    return ("opening",)  # 'starts' and 'equals' rules are anchored at the line's start


_NO_GATES: frozenset[str] = frozenset()


def _gates_passed(norm: str, n_words: int) -> frozenset[str]:
    """The gates a line of ``n_words`` words (counted as in :func:`_line_rule`) passes."""
    if n_words > _most_gated_words():  # (a long line of the body passes none)
        return _NO_GATES
    return frozenset(gate for gate, test in _gate_tests_for(n_words) if test(norm))


@cache
def _gate_tests_for(n_words: int) -> tuple[tuple[str, Callable[[str], object]], ...]:
    """The gates of :func:`_gate_tests` that a line of ``n_words`` words may pass, each with its
    test; the 'plain' one looks only for the cues of the rules that take a line so long
    (:func:`_plain_gate`): a cue of a rule that takes fewer words lets through no rule the line
    may fall under (a 'contains' rule with cased cues too is tried when the 'cased' gate passes,
    and then the line's Arabic cues of that rule are what the full gate would have found)."""
    return tuple((gate, _plain_gate(n_words) if gate == "plain" else test)
                 for gate, (most, test) in _gate_tests().items() if n_words <= most)


#: A 'plain' gate with at most this many cues tests each by ``in`` (at memory speed), not by a regex.
_MAX_SUBSTRING_CUES = 8


@cache
def _plain_gate(n_words: int) -> Callable[[str], object]:
    """The 'plain' gate for a line of ``n_words`` words: any Arabic (uncased) cue of a 'contains'
    rule taking at least ``n_words`` words (a paragraph of 50 words is looked at for the cookie
    notice's few cues only). Uncased cues match as written under IGNORECASE, so a substring test
    finds what the regex finds."""
    rules = lexicon.load("boilerplate")["line_rules"]
    forms = tuple(sorted({f for r in rules if r["match"] == "contains" and n_words <= r["max_words"]
                          for f in _cased_cues(r["cues"])[0]}))
    if len(forms) <= _MAX_SUBSTRING_CUES:
        return lambda norm: any(form in norm for form in forms)
    return re.compile(lexicon.trie(forms, space=re.escape(" ")), re.IGNORECASE).search


@cache
def _candidate_rules(n_words: int, gates: frozenset[str]) -> tuple[_LineRule, ...]:
    """The rules, in their order, that a line of ``n_words`` words passing ``gates`` may fall under."""
    return tuple(r for r in _rules() if n_words <= r.max_words and gates.intersection(_gates_of(r)))


@cache
def _rules() -> tuple[_LineRule, ...]:
    out = []
    for rule in lexicon.load("boilerplate")["line_rules"]:
        alt = lexicon.alternation(rule["cues"])
        if rule["match"] == "only":
            words = {w.lower() for c in rule["cues"] for w in normalize_text(c).split()}
            needs = frozenset(normalize_text(w).lower() for w in rule.get("needs", []))
            out.append(_LineRule(rule["name"], "only", rule["max_words"], None, frozenset(words),
                                 bool(rule.get("digits")), needs, int(rule.get("min_words", 1)),
                                 readings=bool(rule.get("readings"))))
            continue
        if rule["match"] == "contains":  # (one search for the Arabic cues, one for the Latin ones)
            plain, cased = (re.compile(f"(?:{lexicon.alternation(forms, normalize=False)})", re.IGNORECASE)
                            if forms else None for forms in _cased_cues(rule["cues"]))
            out.append(_LineRule(rule["name"], "contains", rule["max_words"], plain, cased=cased))
            continue
        if rule["match"] == "starts":
            pat = rf"^(?:{alt})"
        else:
            pat = rf"^(?:{alt})[\s.:!]*$"
        out.append(_LineRule(rule["name"], rule["match"], rule["max_words"],
                             re.compile(pat, re.IGNORECASE)))
    return tuple(out)


@cache
def _caption_re() -> tuple[re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["caption_credits"]
    alt = lexicon.alternation(spec["credits"])
    # in parentheses an outlet's name of two words or more too: '... في ريف اللاذقية (عنب بلدي)'
    names = [n for n in [*lexicon.load("boilerplate")["byline"]["outlets"],
                         *lexicon.load("boilerplate")["masthead"]["names"]] if len(n.split()) >= 2]
    alt_named = lexicon.alternation([*spec["credits"], *names])
    sep = r"\s*(?:[\u060c,/+]|\s\u0648|\s[\-\u2013]\s)\s*"  # a list: (أ ف ب، رويترز), (أرشيفية - أ ف ب)
    credits = rf"(?:{alt})(?:{sep}(?:{alt}))*"
    # (no full stop after an outlet's name: '... في منطقة (الشرق الأوسط).' ends a sentence)
    named = rf"(?:{alt_named})(?:{sep}(?:{alt_named}))*"
    # in quotes only an initialism ('"إ ب.أ"'): a quoted name is as often a source ('لـ "الجزيرة"')
    initials = lexicon.alternation([c for c in spec["credits"]
                                    if all(len(t) <= 2 for t in re.split(r"[\s.]+", c) if t)])
    enclosed = rf"\(\s*{credits}\s*\)|(?<=\s)[\"\u201c\u00ab]\s*(?:{initials})\s*[\"\u201d\u00bb]"
    # '... في طريقها إلى قره باغ - رويترز', '... مع بدء الهدنة / Gettyimages.ru'
    # ('... في الموصل- جيتي': the dash glued to the caption's last word, a space after it)
    dashed = rf"(?<=\S)(?:\s[\-\u2013]|[\-\u2013](?=\s)|\s?/)\s*(?:{alt})"
    return (re.compile(rf"(?:{enclosed})\s*\.?\s*$|{dashed}\s*$|\(\s*{named}\s*\)\s*$", re.IGNORECASE),
            spec["max_words"])


@cache
def _head_credit_re() -> re.Pattern[str]:
    """Rule caption_credits.heads: a credit in parentheses closing the line that names a source
    by its kind ('(إعلام الحوثيين)', '(الجيش الإسرائيلي)'): one of ``heads`` and at most
    ``head_max_words`` words in all, letters only; no full stop after it."""
    spec = lexicon.load("boilerplate")["caption_credits"]
    more = int(spec["head_max_words"]) - 1
    return re.compile(rf"\(\s*(?:{lexicon.alternation(spec['heads'])})(?![^\W_])"
                      rf"(?:[ \t\u00a0]+[^\W\d_]+){{0,{more}}}\s*\)\s*$")


@cache
def _labelled_credit_re() -> re.Pattern[str]:
    """Rule caption_credits.labels: a caption closed by a credit label and the credit (DW's
    '... صورة من: Name/REUTERS'): the label after a word or a sentence end, then at most
    ``label_credit_max_words`` words with no sentence end to the end of the line."""
    spec = lexicon.load("boilerplate")["caption_credits"]
    more = int(spec["label_credit_max_words"]) - 1
    # 'dash_labels' only after a spaced dash: '... خطابه - صورة: الخدمة الصحفية', '... - أرشيف أزتاك'
    # (written to open on the space, the lookbehinds checking the character before it, so the regex
    # engine jumps from space to space: opened by the lookbehinds, it tries every character)
    return re.compile(rf"\s(?:(?<=[^\W_]\s|[.!?\u061f]\s)\s*(?:{lexicon.alternation(spec['labels'])})"
                      rf"|(?<=[^\W_]\s)[\-\u2013]\s+(?:{lexicon.alternation(spec['dash_labels'])}))\s*"
                      rf"{_CREDIT_FIRST_WORD}(?:[ \t\u00a0]+[^\s!?\u061f]+){{0,{more}}}\s*$")


@cache
def _labelled_credit_words() -> int:
    """The most words (runs of non-spaces) a match of :func:`_labelled_credit_re` holds: a dash,
    the longest label, the credit's first word and ``label_credit_max_words - 1`` more, and one
    to spare."""
    spec = lexicon.load("boilerplate")["caption_credits"]
    label = max(len(normalize_text(w).split()) for w in [*spec["labels"], *spec["dash_labels"]])
    return 1 + label + int(spec["label_credit_max_words"]) + 1


def _labelled_credit(norm: str) -> re.Match[str] | None:
    """``_labelled_credit_re().search(norm)``, looked for among the line's last words only (rule
    labelled_credit_tail): a match runs from a space to the line's end and holds at most
    :func:`_labelled_credit_words` words, so it starts after the end of the word before them; the
    search starts there (its lookbehinds still see the text before), and the leftmost match it finds
    is the plain search's."""
    words = _labelled_credit_words()
    parts = norm.rsplit(None, words)
    start = len(parts[0]) if len(parts) > words else 0
    marks = _labelled_credit_marks()
    if marks and not any(mark in norm[start:] for mark in marks):
        return None  # (no label's colon, no dash label's dash among the last words)
    return _labelled_credit_re().search(norm, start)


@cache
def _labelled_credit_marks() -> str:
    """A mark a match of :func:`_labelled_credit_re` holds: a label's colon ('صورة من:', when every
    label has one) or the dash before a dash label; '' when some label has no colon (no gate)."""
    labels = lexicon.load("boilerplate")["caption_credits"]["labels"]
    return ":-\u2013" if all(":" in normalize_text(w) for w in labels) else ""


#: The first word of a labelled credit: no sentence end, though an agency's initials may hold dots
#: between letters ('صورة: أ.ف.ب', rule dotted_credit); a full stop closing the word ends a sentence.
_CREDIT_FIRST_WORD = r"[^\s.!?\u061f]+(?:\.[^\s.!?\u061f]+)*"


def _is_kind_caption(norm: str, n_words: int) -> bool:
    """A short caption closed by a credit naming its source's kind (:func:`_head_credit_re`) or
    by a credit label (:func:`_labelled_credit_re`); the caption itself is at most one sentence
    (the labelled credit may follow its full stop) and opens with no reporting verb."""
    if n_words > _caption_re()[1] or _opens_body_sentence(norm):
        return False
    # (the head credit closes the line with its bracket: a line ending otherwise is not searched)
    m = _head_credit_re().search(norm) if norm.rstrip().endswith(")") else None
    if m:
        return m.start() > 0 and not _SENT_END_RE.search(norm[:m.start()].rstrip())
    m = _labelled_credit(norm)
    if m:
        head = norm[:m.start()].rstrip().rstrip(".")
        return bool(head.strip()) and not _SENT_END_RE.search(head)
    return False


@cache
def _body_openers_re() -> re.Pattern[str]:
    openers = lexicon.load("boilerplate")["caption_credits"]["body_openers"]
    return re.compile(rf"^(?:{lexicon.alternation(openers)})(?![^\W_])")


def _opens_body_sentence(norm: str) -> bool:
    """A line opening with a reporting verb ('وقال المتحدث إن ... (رويترز).'): a body sentence naming
    its source, not a photo's caption."""
    return bool(_body_openers_re().match(norm))


def _may_end_with_credit(norm: str) -> bool:
    """False for a line that :func:`_caption_re` cannot match: one ending with a full stop that
    no bracket or quote closing a credit stands before ('... (رويترز).'): a dashed credit ends
    with the agency's name, and no name of ``caption_credits`` ends with a dot."""
    text = norm.rstrip()
    if not text.endswith("."):
        return True
    return text[:-1].rstrip().endswith((")", "\"", "\u201d", "\u00bb"))


@cache
def _inline_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple(
        (r["name"], r["extent"], re.compile(lexicon.alternation(r["cues"])))
        for r in lexicon.load("boilerplate")["inline_rules"]
    )


@cache
def _any_inline_cue() -> re.Pattern[str]:
    cues = [c for r in lexicon.load("boilerplate")["inline_rules"] for c in r["cues"]]
    return re.compile(lexicon.alternation(cues))


@cache
def _inline_cue_forms() -> tuple[str, ...]:
    rules = lexicon.load("boilerplate")["inline_rules"]
    return tuple(sorted({normalize_text(c) for r in rules for c in r["cues"] if c}))


@cache
def _inline_cue_keys() -> tuple[str, ...]:
    """The last words of the inline cues (:func:`_inline_cue_forms`), less any holding another: a
    line holding none of them holds no cue, and most cues share one ('صدر الصورة', 'حقوق الصورة')."""
    words = {cue.split()[-1] if cue.split() else cue for cue in _inline_cue_forms()}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _has_inline_cue(norm: str) -> bool:
    """``_any_inline_cue().search(norm)`` (its cues are literal, matched with their case), by a
    substring test per cue: a handful of ``in`` scans beat one regex scan of a long line; first
    one scan per word the cues end with (:func:`_inline_cue_keys`)."""
    return (any(key in norm for key in _inline_cue_keys())
            and any(cue in norm for cue in _inline_cue_forms()))


def _names(node) -> list[str]:
    """Every string under ``names`` keys of a lexicon (months, weekdays)."""
    if isinstance(node, dict):
        out = []
        for k, v in node.items():
            if k == "names" and isinstance(v, list):
                out.extend(x for x in v if isinstance(x, str))
            elif k != "description":
                out.extend(_names(v))
        return out
    if isinstance(node, list):
        return [n for item in node for n in _names(item)]
    return []


def _tokens(words: list[str]) -> frozenset[str]:
    toks = set()
    for w in words:
        for t in _TOKEN_RE.findall(normalize_text(w)):
            t = t.lower()
            toks.add(t)
            toks.add(t[len(_ARTICLE):] if t.startswith(_ARTICLE) else t)
    return frozenset(toks)


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (tokens, with and without the article)."""
    return _tokens(_names(lexicon.load("months")) + _names(lexicon.load("weekdays")))


@cache
def _weekday_words() -> frozenset[str]:
    return _tokens(_names(lexicon.load("weekdays")))


def shows_clock(line: str) -> bool:
    """True if a date line shows a time of day or a weekday: the site's own 'now' in a header.

    >>> shows_clock("10/10/2020")
    False
    """
    return _shows_clock(normalize_text(line))


def _shows_clock(norm: str) -> bool:
    return bool(_TIME_RE.search(norm)) or any(
        t.lower() in _weekday_words() for t in _TOKEN_RE.findall(norm))


@cache
def _date_words() -> frozenset[str]:
    """Everything that may stand on a date line: calendar names and dateline words."""
    return _calendar_words() | _tokens(lexicon.load("boilerplate")["dateline_words"]["words"])


@cache
def _agencies() -> frozenset[str]:
    spec = lexicon.load("boilerplate")["place_tag"]["agencies"]
    return frozenset(squash_spaces(normalize_text(a)).lower() for a in spec)


def agency_key(name: str) -> str | None:
    """``name``'s key when it is a known wire agency's name (``place_tag.agencies``), else ``None``."""
    key = squash_spaces(normalize_text(name)).lower()
    return key if key in _agencies() else None


@cache
def _outlets() -> dict[str, str]:
    """Known outlet names (normalized key -> name as listed)."""
    return {_name_key(o): o for o in lexicon.load("boilerplate")["byline"]["outlets"]}


@cache
def _outlet_aliases() -> dict[str, str]:
    """Every listed name of an outlet (comparison key) -> the outlet's canonical name."""
    out = {}
    for name, aliases in lexicon.load("boilerplate")["outlet_aliases"]["outlets"].items():
        for alias in [name, *aliases]:
            out[_name_key(alias)] = name
    return out


def _arabic_footer_name(line: str, result: Cleaned) -> str | None:
    """Rule arabic_footer_name: the owner a copyright ``line`` names, when written in Arabic letters only
    and the same outlet (:func:`canonical_outlet`) as the Latin logo ``result.site_name`` names."""
    owner = copyright_owner(line)
    if not owner or _LATIN_RE.search(owner) or not _ARABIC_RE.search(owner):
        return None
    logo = canonical_outlet(result.site_name[0])
    return owner if logo != result.site_name[0] and canonical_outlet(owner) == logo else None


def canonical_outlet(name: str) -> str:
    """An outlet's one canonical name ('BBC News عربي' and 'بي بي سي' are 'بي بي سي عربي'); a name
    the alias table does not list is kept as written. A listed name written with its site's
    address (rule site_name_form: 'Hespress.com') is that outlet too.

    >>> canonical_outlet("BBC News عربي"), canonical_outlet("فرانس 24"), canonical_outlet("الكرمل")
    ('بي بي سي عربي', 'فرانس24', 'الكرمل')
    >>> canonical_outlet("Hespress.com")
    'هسبريس'
    """
    key = _name_key(name)
    aliases = _outlet_aliases()
    if key in aliases:
        return aliases[key]
    bare = _site_address_name(key)  # (not a site word: 'بوابة المدينة' need not be المدينة)
    return aliases.get(bare, name) if bare else name


@lru_cache(maxsize=16)
def _name_key(text: str) -> str:
    """A name as a comparison key: normalized, spaces squashed, lower case, and a number glued to a
    name set apart ('فرانس24' reads as 'فرانس 24', 'عربي21' as 'عربي 21').

    The last few keys are kept: the top lines of a page are asked by several rules in turn (the
    logo, site-title, masthead and author-box tests), a long paragraph's key built once."""
    key = squash_spaces(normalize_text(text.strip(_NAME_TRIM))).lower()
    return _split_digit_seams(key) if _ANY_DIGIT_RE.search(key) else key


def _split_digit_seams(key: str) -> str:
    r"""``key`` with a space put where letters and digits meet inside a word ('abc24' -> 'abc 24').

    The same as ``re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ", key)`` (a letter is a
    word character that is no digit: ``str.isalnum`` and not ``str.isdecimal``), but only the digit
    runs are visited: the lookbehinds tried at every character of a long paragraph cost several times
    more."""
    parts: list[str] = []
    last, n = 0, len(key)
    for m in _DIGIT_RUN_RE.finditer(key):
        s, e = m.span()
        if s and key[s - 1].isalnum() and not key[s - 1].isdecimal():
            parts.append(key[last:s])
            last = s
        if e < n and key[e].isalnum() and not key[e].isdecimal():
            parts.append(key[last:e])
            last = e
    if not parts:
        return key
    parts.append(key[last:])
    return " ".join(parts)


_ANY_DIGIT_RE = re.compile(r"\d")
_DIGIT_RUN_RE = re.compile(r"\d+")


def _key_words_over(text: str, most: int) -> bool:
    """Whether :func:`_name_key` of ``text`` has more than ``most`` words, told without building the
    key of a long paragraph: the key is the same text, trimmed and normalized, with its spaces
    squashed (the same words), lower-cased (no space made or lost) and its digit seams split (only
    more words). A cheap test before a key is looked up in a list of short names."""
    return len(normalize_text(text.strip(_NAME_TRIM)).split(None, most)) > most


def _view_words_over(norm: str, most: int) -> bool:
    """:func:`_key_words_over` of a line of the view (rule view_words_over): the view holds no
    character the normalization changes (its table is idempotent, :data:`normalize._REPLACEMENTS`),
    so normalizing the line again gives it back unchanged, after scanning it all for one: a long
    paragraph's words are counted without that scan."""
    return len(norm.strip(_NAME_TRIM).split(None, most)) > most


def _most_words(keys: Iterable[str]) -> int:
    """The most words a key among ``keys`` has."""
    return max((len(k.split()) for k in keys), default=0)


@cache
def _outlets_most_words() -> int:
    return _most_words(_outlets())


@cache
def _agencies_most_words() -> int:
    return _most_words(_agencies())


@cache
def _author_box_heads_most_words() -> int:
    return _most_words(_author_box_heads())
#: More spaces than this and a line is a paragraph: no masthead, menu row or caption label is so long.
_MAX_MENU_SPACES = 120


_DASHES = "\\-\u2013\u2014"
_NAME_TRIM = f" \t()[]\"'\u00ab\u00bb\u201c\u201d:\u060c,.{INVISIBLES}"
_DASH_SPLIT_RE = re.compile(f"[{_DASHES}]")


def _holds_dash(text: str) -> bool:
    """``_DASH_SPLIT_RE.search(text) is not None`` by three substring scans (rule dashless_tag_gate):
    the class is tried at every character of a paragraph, a character is looked for at memory speed."""
    return "-" in text or "\u2013" in text or "\u2014" in text


#: Parts of a byline: dashes, a slash ('باكو/ الأناضول'), a spaced tatweel ('الحمد ـ الرياض'), or a
#: colon before a quoted name ('دمشق - لندن: «الشرق الأوسط»').
_BYLINE_SPLIT_RE = re.compile(f"[{_DASHES}/|]|(?<=\\s)\u0640+(?=\\s)|:(?=\\s*[\"\u201c\u00ab])")
#: A dot between two letters is part of a name ('العربية.نت'), not a sentence end.
_NAME_DOT_RE = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
#: A wire's day number after the place in its byline ('طوكيو 01- واس'): not a figure of the text.
_BYLINE_DAY_RE = re.compile(f"^([^\\d{_DASHES}]+?)\\s+\\d{{1,2}}\\s*(?=[{_DASHES}])")
#: A tatweel run between spaces. (Written to open on the tatweel itself, the lookbehind checking the
#: space before it, the regex engine jumps from tatweel to tatweel: ``(?<=\s)\u0640+(?=\s)``, with
#: the lookbehind first, finds the same runs but tries every character.)
_SPACED_TATWEEL_RE = re.compile(r"\u0640(?<=\s\u0640)\u0640*(?=\s)")
#: What splits a place byline ('موسكو: رائد جبر'): a dash, a slash, a colon or a spaced tatweel run.
#: It is looked for without the spaces around it (no ``\s*`` to try first at every character):
#: it never matches at a space, so it is found where ``\s*(?:...)\s*`` would be (a tatweel run
#: written tatweel first, as :data:`_SPACED_TATWEEL_RE`).
_PLACE_BYLINE_SEPARATOR_RE = re.compile(f"[{_DASHES}/:]|\u0640(?<=\\s\u0640)\u0640*(?=\\s)")
#: A social handle: '@okaz_online', or with its '@' typed last in a right-to-left line
#: ('okaz_online@'; an e-mail address, 'name@site.com', is none).
_HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}(?![\w@])|(?<![\w.@])[A-Za-z0-9_]{2,}@(?![\w.@])")
_PAREN_RE = re.compile(r"\([^()]*\)")


def known_outlet(part: str) -> str | None:
    """``part`` (a piece of a byline or place tag) as a known outlet, or ``None``.

    >>> known_outlet(" عين اليوم "), known_outlet("الرياض")
    ('عين اليوم', None)
    """
    key = _name_key(part)
    if key in _outlets() or _bare_site_name(key) in _masthead()[0] or _nation_named(key):
        return re.sub(rf"^[\s{re.escape(_NAME_TRIM)}]+|[\s{re.escape(_NAME_TRIM)}]+$", "", part)
    return None


@cache
def _outlet_nations() -> frozenset[str]:
    return _outlet_name_words()[2]


def _nation_named(key: str) -> bool:
    """Rule outlet_nation: a known site's name followed by its country's adjective, as a credit
    tells a paper from its namesakes abroad ('الشروق التونسية', 'النهار الجزائرية':
    ``masthead.paper_country_adjectives``), is that outlet, named so.

    >>> _nation_named(_name_key("الشروق التونسية")), _nation_named(_name_key("الحدود التونسية"))
    (True, False)
    """
    head, _, last = key.rpartition(" ")
    return bool(head) and last in _outlet_nations() and head in _masthead()[0]


def _bare_site_name(key: str) -> str | None:
    """Rule site_name_form: a name key written with a word for a site before it ('جريدة الخليج',
    ``masthead.site_words``) or the site's address after it ('Hespress.com', 'عمون نت',
    ``masthead.domain_suffixes``), without them; ``None`` when it has neither. Such a form is the
    site's name whatever its bare name means (الخليج is a region, البيان a statement): in a byline,
    a place tag or a credit (:func:`known_outlet`), and its address form as a masthead line.

    >>> _bare_site_name(_name_key("جريدة الخليج")), _bare_site_name("hespress.com")
    ('الخليج', 'hespress')
    >>> _bare_site_name(_name_key("الخليج")) is None
    True
    """
    prefix, suffix = _site_form_res()
    m, n = prefix.match(key), suffix.search(key)
    if not (m or n):
        return None
    bare = key[m.end() if m else 0:n.start() if n else len(key)].strip()
    return bare or None


def _site_address_name(key: str) -> str | None:
    """A name key written with the site's address after it ('hespress.com', 'عمون نت'), without it.
    (A site word before a name, 'جريدة الخليج', makes a masthead only with chrome around it:
    :func:`is_site_title`; standing alone above a sentence it may be the story's headline.)"""
    n = _site_form_res()[1].search(key)
    return key[:n.start()].strip() or None if n else None


@cache
def _site_form_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = lexicon.load("boilerplate")["masthead"]
    words = lexicon.alternation(spec["site_words"])
    suffixes = lexicon.alternation(spec["domain_suffixes"])
    return (re.compile(rf"(?:www\.|(?:{words})\s+(?=\S))"),
            re.compile(rf"(?:\.(?:com|net|org|info|tv|news|[a-z]{{2}})(?:\.[a-z]{{2}})?"
                       rf"|(?:\s+|\s*\.\s*)(?:{suffixes}))$"))


@cache
def _byline_words() -> tuple[frozenset[str], re.Pattern[str]]:
    spec = lexicon.load("boilerplate")["byline"]
    credit = frozenset(_name_key(w) for w in spec["credit_words"])
    lead = re.compile(rf"^\s*(?:{lexicon.alternation(spec['lead_words'])})(?![^\W\d_])"
                      rf"(?!\s*[{_DASHES}/])\s*:?\s*")
    return credit, lead


@cache
def _raw_lead_re() -> re.Pattern[str]:
    """A byline's lead word ('بواسطة:') as the raw line writes it, hamza and all."""
    words = lexicon.load("boilerplate")["byline"]["lead_words"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})(?![^\W\d_])(?!\s*[{_DASHES}/])\s*:?\s*")


@cache
def _joiner_re() -> re.Pattern[str]:
    """A word that joins the outlet to a wire agency in a credit after a lead word ('... مع أ ف ب')."""
    alt = lexicon.alternation(lexicon.load("boilerplate")["byline"].get("joiners", []))
    return re.compile(rf"\s+(?:{alt})\s+")


def byline_text(line: str) -> str:
    """A line's normalized text for the byline tests, a spaced tatweel kept as a dash.

    Normalizing drops the tatweel, which some sites print as the byline's dash ('الحمد ـ الرياض').

    >>> byline_text("عبدالكريم الحمد ـ الرياض")
    'عبدالكريم الحمد - الرياض'
    """
    return normalize_text(_SPACED_TATWEEL_RE.sub("-", line))


def byline_outlet(norm: str) -> tuple[bool, str | None]:
    """Whether a (normalized) line is a byline standing alone, and the known outlet it names.

    >>> byline_outlet("عين اليوم – الرياض")
    (True, 'عين اليوم')
    >>> byline_outlet("الهلال – النصر")[0]
    False
    >>> byline_outlet(normalize_text("بواسطة: يورونيوز مع أ ف ب"))
    (True, 'يورونيوز')
    >>> byline_outlet(normalize_text("سارة علي، خالد حسن و منى سعد – عين اليوم"))
    (True, 'عين اليوم')
    """
    spec = lexicon.load("boilerplate")["byline"]
    named = name_credit(norm)
    if named[0]:
        return named
    text = _strip_bullets(norm)
    if _n_words(text, spec["max_words"] + 1) > spec["max_words"] + 1:
        return False, None  # (too long even with a wire's day number cut out, as below)
    day = _BYLINE_DAY_RE.match(text)
    if day is not None and not known_outlet(text[:day.end()]):  # ('اليوم 24 - الرباط': a name's number)
        text = _BYLINE_DAY_RE.sub(r"\1 ", text)
    if (not text or _n_words(text, spec["max_words"]) > spec["max_words"]
            or _SENT_END_RE.search(_NAME_DOT_RE.sub("", text))):
        return False, None
    if any(re.search(r"\d", p) for p in _PAREN_RE.findall(text)):
        return False, None
    credit, lead = _byline_words()
    led = bool(lead.match(text))
    text = _PAREN_RE.sub(" ", lead.sub("", text))
    parts = [p.strip(_NAME_TRIM) for p in _BYLINE_SPLIT_RE.split(text)]
    if parts and not parts[-1]:
        parts.pop()  # a closing dash: 'عين اليوم –'
    if led:  # a credit after its lead word: 'النص بواسطة: فرانس24', 'بواسطة: يورونيوز مع أ ف ب'
        parts = [q.strip(_NAME_TRIM) for p in parts for q in _joiner_re().split(p)]
        if len(parts) == 1 and (outlet := known_outlet(parts[0])):
            return True, outlet
    if len(parts) == 1 and " " in parts[0] and _name_key(parts[0]) in credit:
        return True, None  # a staff credit alone under the headline ('فريق التحرير', 'هيئة التحرير')
    if not 2 <= len(parts) <= spec["max_parts"] or not all(parts):
        return False, None
    names = parts
    if len(parts) == 2 and (known_outlet(parts[1]) or known_outlet(parts[0])):
        # rule name_list: the names of several authors before (or after) the outlet, split by a
        # comma or a spaced 'و' ('عمر إبراهيم، داليا أبوالعيش – عين اليوم'): each name is a part
        names = [q.strip(_NAME_TRIM) for p in parts for q in _NAME_LIST_RE.split(p)]
        if not all(names) or len(names) > spec["max_parts"]:
            return False, None
    if any(len(p.split()) > spec["max_part_words"] or not _TOKEN_RE.search(p) for p in names):
        return False, None
    if any(re.search(r"\d", p) and not known_outlet(p) for p in parts):
        return False, None  # a figure: not a byline, unless a known outlet's own number ('فرانس24')
    outlet = next((o for p in parts if (o := known_outlet(p))), None)
    keys = {_name_key(p) for p in parts}
    if outlet or keys & credit or keys & _agencies():
        return True, outlet
    return False, None


#: What splits a list of authors' names in a byline: a comma or a 'و' between spaces.
_NAME_LIST_RE = re.compile("\\s*[\u060c,]\\s*|\\s+\u0648\\s+")


@cache
def _glued_and() -> str:
    """A 'و' glued to a wire agency's name ('اندبندنت عربية ووكالات', '... ورويترز'), as a pattern."""
    agencies = lexicon.alternation(lexicon.load("boilerplate")["place_tag"]["agencies"])
    return f"\u0648(?=(?:{agencies})(?![^\\W_]))"


@cache
def _credit_parts_re() -> re.Pattern[str]:
    """Parts of a closing credit: a slash, a dash, a plus, a comma, a bar, a spaced 'و'
    ('فرانس24/ أ ف ب') or a 'و' glued to an agency ('اندبندنت عربية ووكالات')."""
    return re.compile(f"\\s*(?:[{_DASHES}/+|\u060c,]|\\s\u0648(?=\\s)|\\s{_glued_and()})\\s*")


def closing_credit(norm: str) -> tuple[bool, str | None]:
    """Whether a (normalized) line is a credit made only of known outlets and wire agencies, and
    the first outlet it names: 'فرانس24/ أ ف ب' gives (True, 'فرانس24').

    >>> closing_credit(normalize_text("فرانس24/ أ ف ب")), closing_credit("سارة حسن/ رويترز")
    ((True, 'فرانس24'), (False, None))
    """
    if norm.count(" ") > _MAX_MENU_SPACES:
        return False, None
    text = _strip_bullets(norm).strip("()")
    long, first = _credit_head_scan(text)
    if long:  # (a sentence of the body: no need to find its first separator)
        return _named_credit(text)
    head = _first_credit_part(text, first).strip(_NAME_TRIM)
    if head and not _is_credit_name(head):  # (a sentence of the body: no need to cut the whole line)
        return _named_credit(text)
    parts = [p.strip(_NAME_TRIM) for p in _credit_parts_re().split(text)]
    parts = [p for p in parts if p]
    if len(parts) < lexicon.load("boilerplate")["closing_credit"]["min_parts"]:
        return False, None
    names = _masthead()[0]
    if not all(_is_credit_name(p) for p in parts):
        return _named_credit(text)
    return True, next((p for p in parts if _name_key(p) in names and _name_key(p) not in _agencies()), None)


@cache
def _credit_name_words() -> tuple[frozenset[str], int]:
    spec = lexicon.load("boilerplate")["closing_credit"]
    return frozenset(_name_key(w) for w in spec["name_words"]), int(spec["name_max_words"])


#: A name of a credit: words of letters only (no digit, no sentence mark).
_CREDIT_NAME_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0.][^\W\d_]+)*")


def _named_credit(text: str) -> tuple[bool, str | None]:
    """Rule closing_credit (named outlet): 'OUTLET / AGENCY' (either order) where the outlet is a
    name no list knows, made of at most ``name_max_words`` words of letters, one of them a word
    outlets are named with (``closing_credit.name_words``: إذاعة، قناة، الدولية، نيوز) opening or
    ending it, and no place. The agency is never the outlet.

    >>> _named_credit("مونت كارلو الدولية / ا ف ب"), _named_credit("سارة حسن/ رويترز")
    ((True, 'مونت كارلو الدولية'), (False, None))
    """
    if text.count("/") != 1 or text.count(" ") > 12:
        return False, None
    parts = [p.strip(_NAME_TRIM) for p in text.split("/")]
    keys = [_name_key(p) for p in parts]
    if not all(keys) or (keys[0] in _agencies()) == (keys[1] in _agencies()):
        return False, None
    name, key = (parts[1], keys[1]) if keys[0] in _agencies() else (parts[0], keys[0])
    words, most = _credit_name_words()
    split = key.split()
    if (len(split) > most or not _CREDIT_NAME_RE.fullmatch(name) or key in _places()
            or not (split[0] in words or split[-1] in words or " ".join(split[-2:]) in words)):
        return False, None  # (the word opens or ends the name: 'مقر قناة الجزيرة / رويترز' is a caption)
    return True, name


@cache
def _credit_separator_re() -> re.Pattern[str]:
    """What separates the parts of a closing credit, without the spaces around it
    (:func:`_credit_parts_re`): with no ``\\s*`` to try first at every character, it is far
    quicker to look for."""
    # (rule separator_class_first: one class of every character a match opens with, then which it
    # was: the engine skips to such a character by its class scan, where the alternation of three
    # branches was tried at every character; the same spans, the mark preferred to a spaced 'و' as
    # before, the two sets of characters being apart)
    glued = _glued_and()[len("\u0648"):]  # (the agencies' lookahead after the 'و')
    marks = f"{_DASHES}/+|\u060c,"
    return re.compile(f"[{marks}\\s](?:(?<=[{marks}])|(?<=\\s)\u0648(?:(?=\\s)|{glued}))")


def _first_credit_part(text: str, first: re.Match[str] | None = None) -> str:
    """``_credit_parts_re().split(text, maxsplit=1)[0]``: the text up to the spaces before the first
    separator. ``first``, when given, is that separator's match, already found
    (:func:`_credit_head_scan`: rule credit_head_once)."""
    m = first if first is not None else _credit_separator_re().search(text)
    if m is None:
        return text
    end = m.start()
    while end > 0 and text[end - 1].isspace():  # (``str.isspace`` is the regex's ``\s``)
        end -= 1
    return text[:end]


#: The first part of a closing credit is looked for within this many characters first
#: (:func:`_long_credit_head`).
_CREDIT_HEAD_WINDOW = 160


@cache
def _credit_separator_reach() -> int:
    """How many characters past its start a match of :func:`_credit_separator_re` looks at: a
    space, the 'و' and the longest agency with the character after it."""
    agencies = lexicon.load("boilerplate")["place_tag"]["agencies"]
    return 3 + max(len(normalize_text(a)) for a in agencies if a)


def _long_credit_head(text: str) -> bool:
    """True when the first part of a credit line (:func:`_first_credit_part`) is surely not empty
    and has more words than any credit name, told from its first characters only: no separator
    starts within :data:`_CREDIT_HEAD_WINDOW` characters (a separator's match there is found as
    in the whole text, the window reaching as far as a match looks), and the text up to there has
    more words than any name (the first part holds it all, and a part holding a text has at least
    its words). False says nothing: the whole line is to be read."""
    return _credit_head_scan(text)[0]


def _credit_head_scan(text: str) -> tuple[bool, re.Match[str] | None]:
    """:func:`_long_credit_head` of ``text``, and the first separator of the whole text when the window
    found it (else ``None``: not looked for), for :func:`_first_credit_part`.

    Rule credit_head_once: a separator matching before the window's end is the text's first, as
    the whole text's search finds it (no earlier match is missed, a match looking at most
    :func:`_credit_separator_reach` characters past its start): the line is not searched twice."""
    window = _CREDIT_HEAD_WINDOW
    if len(text) <= window:
        return False, None
    m = _credit_separator_re().search(text, 0, window + _credit_separator_reach())
    if m is not None and m.start() < window:
        return False, m
    most = _max_credit_name_words()
    return _n_words(normalize_text(text[:window].strip(_NAME_TRIM)), most) > most, None


@cache
def _max_credit_name_words() -> int:
    return max(len(key.split()) for key in _masthead()[0] | _agencies())


def _is_credit_name(part: str) -> bool:
    """A piece of a closing credit is a known outlet or a wire agency."""
    most = _max_credit_name_words()
    if _n_words(normalize_text(part.strip(_NAME_TRIM)), most) > most:
        return False  # (more words than any name: a sentence, no need of its key)
    key = _name_key(part)
    return key in _masthead()[0] or key in _agencies()


@cache
def _name_lead_re() -> re.Pattern[str]:
    leads = lexicon.load("boilerplate")["byline"]["name_leads"]
    return re.compile(rf"^(?:{lexicon.alternation(leads)})(?![^\W_])\s*", re.IGNORECASE)


def name_credit(norm: str) -> tuple[bool, str | None]:
    """A credit line that names one person or the outlet after its lead word, and the known outlet
    it names: 'بقلم: سارة حسن' is a byline naming none, 'بواسطة: يورونيوز' one.

    >>> name_credit(normalize_text("تحرير: عادل الشروعات")), name_credit("تحرير الرهائن")
    ((True, None), (False, None))
    >>> name_credit(normalize_text("بقلم: سارة حسن. وقال الوزير"))[0]
    False
    >>> name_credit(normalize_text("بقلم: منية العرفاوي - صحفية مختصة في الشأن الاقتصادي"))
    (True, None)
    """
    spec = lexicon.load("boilerplate")["byline"]
    text = _strip_bullets(norm)
    m = _name_lead_re().match(text)
    if not m:
        return False, None
    rest = text[m.end():].strip(_NAME_TRIM)
    if (named := _name_before_role(rest)) is not None:
        rest = named.strip(_NAME_TRIM)  # rule name_role_byline after a lead: 'بقلم: NAME - صحفية ...'
    if (not rest or not _TOKEN_RE.search(rest) or ":" in rest
            or _SENT_END_RE.search(_NAME_DOT_RE.sub("", text[m.end():]))):
        return False, None
    parts = [q.strip(_NAME_TRIM) for p in _BYLINE_SPLIT_RE.split(_PAREN_RE.sub(" ", rest))
             for q in _joiner_re().split(p)]
    # (a wire agency's initials beside the name are not words of it: 'فرانس 24 / أ ف ب')
    named = " ".join(p for p in parts if p and squash_spaces(p).lower() not in _agencies())
    if _n_words(named, spec["name_max_words"]) > spec["name_max_words"]:
        return False, None
    outlet = next((o for p in parts if p and (o := known_outlet(p))), None)
    if re.search(r"\d", rest) and not outlet:
        return False, None
    return True, outlet


def _as_written(line: str, outlet: str) -> str:
    """The outlet a byline names (read on its normalized text) as the raw line writes it.

    >>> _as_written("دمشق - لندن: «الشرق الأوسط»", "الشرق الاوسط")
    'الشرق الأوسط'
    >>> _as_written("بواسطة: سي إن إن بالعربية", "سي ان ان بالعربية")
    'سي إن إن بالعربية'
    """
    key = _name_key(outlet)
    for part in (q for p in _BYLINE_SPLIT_RE.split(_SPACED_TATWEEL_RE.sub("-", line))
                 for q in _joiner_re().split(_raw_lead_re().sub("", p))):
        if _name_key(part) == key:
            return known_outlet(part) or part.strip(_NAME_TRIM)
    # a credit opening with it, a 'و' glued to the agency after it: 'الشرق الأوسط ورويترز'
    words = line.split()
    for n in range(1, min(len(words), _max_credit_name_words()) + 1):
        head = " ".join(words[:n])
        if _name_key(head) == key:
            return head.strip(_NAME_TRIM)
    return outlet


def byline_agency(line: str) -> str | None:
    """The wire agency a byline names, as written ('باكو/ الأناضول' gives 'الأناضول'), or ``None``.

    >>> byline_agency("باكو/ الأناضول"), byline_agency("عين اليوم – الرياض")
    ('الأناضول', None)
    """
    for part in _BYLINE_SPLIT_RE.split(line):
        part = part.strip(_NAME_TRIM)
        if part and _name_key(part) in _agencies():
            return part
    return None


@cache
def _descriptor_words() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["masthead"]["descriptor_words"])


@cache
def _outlet_name_words() -> tuple[frozenset[str], ...]:
    spec = lexicon.load("boilerplate")["masthead"]
    return tuple(frozenset(_name_key(w) for w in spec[k])
                 for k in ("single_name_descriptors", "single_name_kept", "paper_country_adjectives",
                           "site_lead_words", "news_adjectives"))


def outlet_name(name: str) -> str:
    """Rule outlet_descriptor: an outlet's name without the word for a paper before it
    (``masthead.descriptor_words``), also after a site word ('موقع صحيفة البلاد' is 'البلاد'), and
    without the country's adjective after a paper's name ('جريدة الجريدة الكويتية' is 'الجريدة');
    a channel's or agency's word before a one-word name goes too ('قناة المملكة' is 'المملكة');
    a word that is part of a brand ('بوابة الوسط', 'وكالة الأنباء السعودية') stays.

    >>> outlet_name("صحيفة الرياض"), outlet_name("بوابة الوسط"), outlet_name("جريدة")
    ('الرياض', 'بوابة الوسط', 'جريدة')
    >>> outlet_name("موقع صحيفة البلاد"), outlet_name("جريدة الدار الكويتية"), outlet_name("وكالة هاوار")
    ('البلاد', 'الدار', 'هاوار')
    >>> outlet_name("وكالة الأنباء السعودية"), outlet_name("وكالة الأنباء"), outlet_name("الراي الكويتية")
    ('وكالة الأنباء السعودية', 'وكالة الأنباء', 'الراي الكويتية')
    >>> outlet_name("موقع قناة المنار"), outlet_name("موقع وكالة الأنباء"), outlet_name("موقع قناة الأخبار")
    ('المنار', 'موقع وكالة الأنباء', 'موقع قناة الأخبار')

    Rule outlet_news_adjective: after a site word, the adjective 'news' goes ('وكالة سما الإخبارية'
    is 'سما'; a bare brand keeps it); rule outlet_site_word: so does the word for a web site before a
    name, unless a generic one follows ('موقع المرصد الليبي' but 'موقع وكالة الأنباء').

    >>> outlet_name("وكالة سما الإخبارية"), outlet_name("شبكة رصد الإخبارية"), outlet_name("العين الإخبارية")
    ('سما', 'شبكة رصد', 'العين الإخبارية')
    >>> outlet_name("موقع العهد الإخباري"), outlet_name("موقع المرصد الليبي"), outlet_name("موقع")
    ('العهد', 'المرصد الليبي', 'موقع')
    >>> outlet_name("موقع هلا أخبار"), outlet_name("مؤسسة روزاليوسف"), outlet_name("قنوات الكأس")
    ('هلا أخبار', 'روزاليوسف', 'الكأس')
    >>> outlet_name("إذاعة الوصال"), outlet_name("قناة دجلة الفضائية"), outlet_name("تلفزيون سوريا")
    ('الوصال', 'دجلة', 'تلفزيون سوريا')
    >>> outlet_name("جريدة السلام اليومية"), outlet_name("فصل المقال الأسبوعية")
    ('السلام', 'فصل المقال')
    """
    words = name.split()
    keys = [_name_key(w) for w in words]
    if len(words) > 1 and keys[0] in _logo_words():
        words, keys = words[1:], keys[1:]  # rule logo_alt: 'شعار موقع X' names X's site
        name = " ".join(words)
    periodicity = _masthead_keys("paper_periodicity_adjectives")
    if len(words) > 2 and keys[-1] in periodicity:
        # rule outlet_periodicity: 'فصل المقال الأسبوعية'; a two-word name keeps it ('الأخبار اليومية')
        words, keys = words[:-1], keys[:-1]
        name = " ".join(words)
    whole = len(words)
    single, kept, adjectives, site_lead, news = _outlet_name_words()
    sites = _site_words()[0]
    if len(words) > 2 and keys[-1] in news and keys[0] in sites:
        words, keys = words[:-1], keys[:-1]  # rule outlet_news_adjective
    generic = len(keys) > 2 and keys[1] in single and keys[2] in kept  # ('موقع وكالة الأنباء' stays)
    if len(words) > 1 and keys[0] in site_lead and not generic:
        words, keys = words[1:], keys[1:]  # rule outlet_site_word ('موقع هلا أخبار' is 'هلا أخبار')
    if len(words) < whole:
        name = " ".join(words)
    if len(words) > 2 and keys[0] in sites and (
            keys[1] in _descriptor_words() or (len(words) == 3 and keys[1] in single)):
        words, keys = words[1:], keys[1:]  # 'موقع صحيفة X': a site, a paper's; 'موقع قناة X': a channel's
    if len(words) > 1 and keys[0] in _descriptor_words():
        if len(words) == 3 and (keys[2] in adjectives or keys[2] in periodicity):
            return words[1]  # 'جريدة X الكويتية', 'جريدة السلام اليومية': the paper X
        return " ".join(words[1:])
    if len(words) == 2 and keys[0] in single and keys[1] not in kept and keys[1] not in _country_keys():
        return words[1]  # 'قناة المملكة', 'وكالة هاوار', 'إذاعة الوصال'; not 'تلفزيون سوريا'
    return name


@cache
def _country_keys() -> frozenset[str]:
    """The countries and regions a headline names before its colon (claim_attribution.json
    ``headline_places``): a channel named after a country keeps its word ('تلفزيون سوريا')."""
    return frozenset(_name_key(w) for w in lexicon.load("claim_attribution")["headline_places"])


def names_agency(outlet: str, agency: str) -> bool:
    """Whether an outlet's name is the agency's own ('وكالة الأناضول' and 'الأناضول'): its words end it.

    >>> names_agency("وكالة الأناضول", "الأناضول"), names_agency("الجزيرة نت", "الأناضول")
    (True, False)
    >>> names_agency("وكالة الأنباء السعودية", "واس"), names_agency("Sputnik", "سبوتنيك")
    (True, True)
    >>> names_agency("شبكة شينخوا الإخبارية", "شينخوا"), names_agency("شبكة رصد الإخبارية", "شينخوا")
    (True, False)
    """
    words, own = _name_key(outlet).split(), _name_key(agency).split()
    if not own:
        return False
    # its words end the outlet's name, or one outlet under two listed names ('وكالة الأنباء
    # السعودية' and its initials 'واس')
    # or its words right after a word for a site ('شبكة شينخوا الإخبارية' and 'شينخوا')
    return (words[-len(own):] == own or _same_outlet(outlet, agency)
            or (len(words) > len(own) and words[0] in _site_words()[0] and words[1:1 + len(own)] == own))


def _same_outlet(a: str, b: str) -> bool:
    """Whether two names are one outlet's (``boilerplate.outlet_aliases``)."""
    return _name_key(canonical_outlet(a)) == _name_key(canonical_outlet(b))


@cache
def _places() -> frozenset[str]:
    return frozenset(_name_key(p) for p in lexicon.load("boilerplate")["byline"]["places"])


_BAR_RE = re.compile(r"\|")


def _two_part_tag(norm: str, sep_re: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """A short line in two parts around one separator (:data:`_PLACE_BYLINE_SEPARATOR_RE`), as
    written (each caller trims them); ``None`` for a line with a digit, a sentence end or not
    exactly one separator ('موسكو: رائد جبر' gives ('موسكو', ' رائد جبر')). ``sep_re`` is another
    separator to split on (:data:`_BAR_RE`)."""
    text = _strip_bullets(norm)
    if not text or re.search(r"\d", text) or _SENT_END_RE.search(text):
        return None
    sep_re = sep_re or _PLACE_BYLINE_SEPARATOR_RE
    sep = sep_re.search(text)
    if sep is None or sep_re.search(text, sep.end()) is not None:
        return None
    return text[:sep.start()], text[sep.end():]


#: A caption closed by a full stop before its credit has at most this many words.
_MAX_STOPPED_CAPTION_WORDS = 20


def _is_stopped_caption(norm: str) -> bool:
    """Rule stopped_caption: between the headline and the body, a caption of one short sentence
    closed by a full stop and then the credit in parentheses ('... في مركز الإيواء. (رويترز)');
    in the body such a line is a sentence quoting an agency and stays.

    >>> _is_stopped_caption("ناجون داخل مركز الإيواء. (رويترز)")
    True
    >>> _is_stopped_caption("وقال المسؤول إن 5 قتلوا. (رويترز)")
    False
    >>> _is_stopped_caption("قتل 5. وأصيب 3. (رويترز)")
    False
    """
    text = norm.rstrip()
    if not text.endswith(")") or _n_words(text, _MAX_STOPPED_CAPTION_WORDS) > _MAX_STOPPED_CAPTION_WORDS:
        return False
    m = _caption_re()[0].search(text)
    if m is None or text[m.start()] != "(" or _opens_body_sentence(text):
        return False
    head = text[:m.start()].rstrip()
    return head.endswith(".") and not _SENT_END_RE.search(head[:-1].rstrip(".")) and bool(head[:-1].strip())


@cache
def _photo_words() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["caption_credits"]["photo_words"])


_NAME_CREDIT_TAIL_RE = re.compile(r"\(\s*[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){1,2}\s*\)\s*$")


def _is_name_credited_caption(norm: str) -> bool:
    """Rule name_credited_caption: between the headline and the body, a caption of at most
    ``_MAX_STOPPED_CAPTION_WORDS`` words with no sentence end, naming a photo ('caption_credits.
    photo_words': 'صور', 'صورة', 'تصوير') and closed by its photographer's name of two or three words in
    parentheses ('طوابير السيارات على الطريق - صور صباح اليوم (سامي حسن)'). A subtitle naming no photo
    ('... يلتقي الرئيس (محمد علي)') stays."""
    text = norm.rstrip()
    if not text.endswith(")") or _n_words(text, _MAX_STOPPED_CAPTION_WORDS + 1) > _MAX_STOPPED_CAPTION_WORDS:
        return False
    m = _NAME_CREDIT_TAIL_RE.search(text)
    if m is None or _SENT_END_RE.search(text[:m.start()]) or _opens_body_sentence(text):
        return False
    words = _photo_words()
    return any(w in words for w in text[:m.start()].split())


#: A section label under the headline has at most this many parts ('المدن - سياسة': 2).
_MAX_SECTION_LABEL_PARTS = 3


def _all_sections(text: str, sections: Collection[str]) -> bool:
    """Whether ``text`` names a section (``masthead.sections``), whole or word by word ('عربي ودولي')."""
    return _name_key(text) in sections or all(_name_key(w) in sections for w in text.split())


def _is_section_label(norm: str) -> bool:
    """Rule section_label: below the headline, before the body, a short line naming the story's
    section ('عربي ودولي') maybe beside the site's name ('المدن - سياسة'): split as a menu is, every
    part a section's name (``masthead.sections``, whole or word by word) or a known site's name, one
    part at least a section's.

    >>> _is_section_label("عربي ودولي"), _is_section_label("قصف عنيف على المدينة")
    (True, False)
    """
    text = _strip_bullets(norm)
    if not text or text.count(" ") > 2 * _MAX_SECTION_LABEL_PARTS or _SENT_END_RE.search(text):
        return False
    names, sections = _masthead()
    parts = [p for p in _MENU_SPLIT_RE.split(text) if p]
    if not 1 <= len(parts) <= _MAX_SECTION_LABEL_PARTS:
        return False
    found = False
    for part in parts:
        if _all_sections(part, sections):
            found = True
        elif _name_key(part) not in names and not known_outlet(part):
            return False
    return found


@cache
def _writer_byline_re() -> re.Pattern[str]:
    """Rule writer_byline: below the headline, before the body, a line that is a writing verb
    ('byline.writer_verbs': 'كتب', 'بقلم'), maybe a colon, and a name of two or three words, with no
    digit or mark ('كتب أحمد علي', 'كتب: أحمد علي'); such a line with one word after the verb
    ('كتب التاريخ') or more is no name."""
    # rule dashed_writer_byline: a dash for the colon and a colon closing the name too
    # ('كتبت - مريم علي:', 'كتب- سامي حسن')
    verbs = lexicon.alternation(lexicon.load("boilerplate")["byline"]["writer_verbs"])
    return re.compile(rf"^\s*(?:{verbs})(?:[ \t\u00a0]*[:{_DASHES}][ \t\u00a0]*|[ \t\u00a0]+)"
                      rf"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){{1,2}}[ \t\u00a0]*:?\s*$")


#: Rule initial_byline: below the headline, before the body, an initial and a dot and one or two names
#: ('ب. سميرة', 'م.ع. الحسيني'): a writer signing with an initial.
_INITIAL_BYLINE_RE = re.compile(r"^\s*[^\W\d_]\.(?:[ \t\u00a0]?[^\W\d_]\.)?[ \t\u00a0]*"
                                r"[^\W\d_]{2,}(?:[ \t\u00a0]+[^\W\d_]{2,})?\s*$")


@cache
def _dated_byline_re() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.load("boilerplate")["byline"]["writer_verbs"])
    return re.compile(rf"^\s*(?:{verbs})[ \t\u00a0]*:?[ \t\u00a0]+[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){{0,4}}"
                      rf"[ \t\u00a0]*[|{_DASHES}][ \t\u00a0]*(\S.*)$")


def is_dated_byline(norm: str) -> bool:
    """Rule dated_byline: a writing verb, a name of up to five words, then a bar or dash and a date
    ('بقلم: محمد الأمين ولد سيدي | 27 أغسطس 2024'): the author and the story's day on one line."""
    m = _dated_byline_re().match(norm)
    if m is not None and _is_date_line(m.group(1)):
        return True
    # (a byline :func:`byline_outlet` reads, a bar or a slash, a date)
    return ("|" in norm or "/ " in norm) and _dated_byline(norm)[0]


def is_place_byline(norm: str) -> bool:
    """An author's byline naming a place and no outlet: 'موسكو: رائد جبر', 'أحمد البشيري – الباحة'.

    >>> is_place_byline("موسكو: رائد جبر"), is_place_byline("موسكو: تحذير من التصعيد في الإقليم")
    (True, False)
    """
    spec = lexicon.load("boilerplate")["byline"]
    if norm.rstrip().endswith(":"):
        # rule slashed_place_byline: 'PLACE/ NAME:' (a Palestinian daily's byline, the colon leading
        # into the story) keeps its colon; any other line ending with one leads into a list
        if "/" not in norm:
            return False
        norm = norm.rstrip()[:-1]
    if (two := _two_part_tag(norm)) is None:
        return False
    parts = [two[0].rstrip().strip(_NAME_TRIM), two[1].lstrip().strip(_NAME_TRIM)]
    if not all(parts):
        return False
    keys = [_name_key(p) for p in parts]
    places = _places()
    if (keys[0] in places) == (keys[1] in places):
        return False  # no place, or two places ('الهلال – النصر' has none, 'الرياض - جدة' two)
    other = parts[1] if keys[0] in places else parts[0]
    return len(other.split()) <= spec["max_part_words"] and bool(_TOKEN_RE.search(other))


#: Rule paren_place_tag: a place, then its credits in parentheses ('باكو (الاتحاد، وكالات)').
_PAREN_PLACE_TAG_RE = re.compile(r"^([^\W\d_]+(?:[ \t\u00a0][^\W\d_]+){0,2})\s*\(([^()\d]{2,60})\)\s*$")
_CREDIT_LIST_SPLIT_RE = re.compile(r"\s*[\u060c,/+]\s*|\s+\u0648(?=\S)")


def paren_place_tag(norm: str, site: str | None) -> tuple[bool, str | None]:
    """Rule paren_place_tag: a line that is a place of one to three words and, in parentheses, the
    credits of the story, each part a known outlet, the page's own site name ``site``, a wire agency
    or a credit word ('باكو (الاتحاد، وكالات)', 'غزة (الأناضول)'); and the outlet it names, if any.

    >>> paren_place_tag("باكو (الاتحاد، وكالات)", "الاتحاد"), paren_place_tag("الرئيس (المنتخب)", None)
    ((True, 'الاتحاد'), (False, None))
    """
    m = _PAREN_PLACE_TAG_RE.match(norm)
    if not m:
        return False, None
    credit_words = {_name_key(w) for w in lexicon.load("boilerplate")["byline"]["credit_words"]}
    outlet = None
    parts = [p for p in _CREDIT_LIST_SPLIT_RE.split(m.group(2).strip()) if p.strip()]
    if not parts:
        return False, None
    for part in parts:
        key = _name_key(part)
        if site and key == _name_key(site):
            outlet = outlet or part.strip(_NAME_TRIM)
        elif (named := known_outlet(part)) is not None:
            outlet = outlet or named
        elif key not in _agencies() and key not in credit_words:
            return False, None
    return True, outlet


def is_site_place_tag(norm: str, site: str | None) -> bool:
    """Rule masthead_place_tag: 'CITY - SITE' under the headline, the second part the name the
    page's own masthead gave ('بورتسودان - الشروق' on a page headed 'الشروق'): a place tag, even
    when the name is a common word that no byline list holds (a match 'الهلال - النصر' names no site).

    >>> is_site_place_tag("بورتسودان - الشروق", "الشروق"), is_site_place_tag("الهلال - النصر", "الشروق")
    (True, False)
    >>> is_site_place_tag("بورتسودان - الشروق", None), is_site_place_tag("أخبار اليوم - الشروق", "الشروق")
    (False, True)

    The site may come first, and a bar may split the two ('ليبيا أوبزرفر | بنغازي' on its page).

    >>> is_site_place_tag("ليبيا اوبزرفر | بنغازي", "ليبيا أوبزرفر")
    True
    """
    if not site:
        return False
    two = _two_part_tag(norm) or _two_part_tag(norm, _BAR_RE)
    if two is None:
        return False
    first, second = two[0].strip(_NAME_TRIM), two[1].strip(_NAME_TRIM)
    key = _name_key(site)
    return any(_name_key(name) == key and 1 <= len(place.split()) <= 2
               and bool(_TOKEN_RE.search(place)) and _name_key(place) != key
               for place, name in ((first, second), (second, first)))


@cache
def _leading_runs() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for run in lexicon.load("boilerplate")["leading_runs"]["runs"]:
        opener = lexicon.alternation(run["openers"])
        words = lexicon.alternation(run["words"])
        tail = rf"(?:[\s{_DASHES}|:\u060c,]+(?:{words})(?![^\W_]))*" if words else ""
        out.append((run["name"], re.compile(rf"^\s*(?:{opener})(?![^\W_]){tail}", re.IGNORECASE)))
    return tuple(out)


@cache
def _headline_label_re() -> re.Pattern[str]:
    """Rule labelled_shared_headline: a share label and a colon opening a line ('شارك: ')."""
    labels = lexicon.alternation(lexicon.load("boilerplate")["leading_runs"]["headline_labels"])
    return re.compile(rf"^\s*(?:{labels})\s*:\s*", re.IGNORECASE)


def _leading_run(norm: str) -> tuple[str, int] | None:
    """Chrome glued at the start of a line (share buttons, slider navigation): rule and end."""
    for name, pattern in _leading_runs():
        m = pattern.match(norm)
        if m:
            return name, m.end()
    return None


@cache
def _masthead() -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicon.load("boilerplate")["masthead"]
    names = {_name_key(n) for n in spec["names"]} | set(_outlets())
    return frozenset(names), frozenset(_name_key(w) for w in spec["sections"])


_MENU_SPLIT_RE = re.compile(r"\s*[|/>\u00bb\u203a\u2022\-\u2013\u2014]\s*")
_MENU_MARK_RE = re.compile(r"[|/>\u00bb\u203a\u2022\-\u2013\u2014]")  # (the split's marks alone)


@cache
def _site_words() -> tuple[frozenset[str], int]:
    spec = lexicon.load("boilerplate")["masthead"]
    return frozenset(_name_key(w) for w in spec["site_words"]), int(spec["site_max_words"])


def is_site_title(norm: str) -> bool:
    """A line that is a site's own name by its shape: a word for a site, a portal, a paper or a
    channel (``masthead.site_words``), then its name, all words of letters, at most
    ``site_max_words`` words ('موقع الحدث', 'بوابة الوسط', 'جريدة الصباح').

    >>> is_site_title("بوابة الوسط"), is_site_title("موقع الانفجار في بغداد اليوم"), is_site_title("جريدة")
    (True, False, False)
    """
    words, most = _site_words()
    text = _strip_bullets(norm)
    if _key_words_over(text, most + 1):
        return False
    key = _without_logo_word(_name_key(text))
    split = key.split()
    return (2 <= len(split) <= most and split[0] in words and _CREDIT_NAME_RE.fullmatch(key) is not None)


@cache
def _logo_words() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["masthead"].get("logo_words", []))


def _without_logo_word(key: str) -> str:
    """Rule logo_alt: a name key without a logo word before it ('شعار موقع الصحوة نت': a logo's
    alternative text is the name it shows)."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in _logo_words() else key


def _site_masthead_at(raw: str, view: Normalized, title_key: str | None,
                      judged: dict[int, str | None] | None = None) -> int | None:
    """Rule masthead (site name): the start of a line at the top of the page (nothing but chrome
    above it) that is a site's name by its shape (:func:`is_site_title`), not the known headline,
    right above the site's header date, a menu or other chrome. ``judged``, when given, receives
    each line's whole-line rule (:func:`_line_rule`) by its start, as :func:`_top_of_page` does."""
    judged = {} if judged is None else judged

    def rule_of(start: int, norm: str) -> str | None:
        if start not in judged:
            judged[start] = _line_rule(norm)
        return judged[start]

    found = None
    footer: list[str | None] = []  # the copyright footer's name key, read when first needed
    for n, m in enumerate(_page_lines(raw)):
        if n > _MAX_TOP_LINES:
            return None
        stripped = m.group().strip()
        if not _VISIBLE_RE.search(stripped):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        norm = view.text_of(start, start + len(stripped))
        if found is not None:
            items = _label_items(norm)
            below_chrome = (_is_date_line(norm) or masthead_rule(norm) is not None
                            or rule_of(start, norm) is not None or (items is not None and len(items) >= 2))
            return found if below_chrome else None
        if title_key is not None and _reads_key(norm, title_key):
            is_site = False
        elif is_site_title(norm):
            is_site = True
        else:
            # rule masthead_footer_twin: a name with digits that no list knows and that the page's
            # copyright footer gives as the site's ('الشارقة 24' atop a page whose footer reads '© 2024
            # الشارقة 24. جميع الحقوق محفوظة'): the site names itself twice
            # (a name of letters alone is rule masthead_footer's, once the menu is read; the footer is
            # read only for a short line with a digit, most pages' first line has none)
            # (so does a name in its address form, 'فبراير.كوم' atop a page whose footer reads
            # '© 2019 فبراير.كوم')
            key = _name_key(norm)
            address = _site_address_name(key)
            if (_ANY_DIGIT_RE.search(norm) or address is not None) \
                    and _ARABIC_RE.search(norm) is not None and len(norm.split()) <= _MAX_FOOTER_NAMED_WORDS:
                if not footer:
                    footer.append(_footer_site_key(raw))
                if footer[0] is not None and footer[0] in (key, address) and masthead_rule(norm) is None:
                    return start  # (named twice: no chrome below it is needed, a slogan may follow)
            is_site = False
        if is_site:
            found = start
        elif rule_of(start, norm) is None:
            if n == 0 and not _ARABIC_RE.search(norm) and len(norm.split()) <= 2:
                continue  # a Latin logo above the Arabic name ('Sharjah24')
            return None
    return None


#: How many of a page's last lines :func:`_footer_site_key` reads for its copyright footer.
_FOOTER_LINES = 12


def _footer_site_key(raw: str) -> str | None:
    """The name key of the site a copyright footer among the page's last lines names (known or not,
    with its digits: 'الساعة 24'), or ``None``."""
    lines = (m.group().strip() for m in reversed(_page_lines(raw)))  # (found once: rule one_line_pass)
    for line in islice((ln for ln in lines if ln), _FOOTER_LINES):
        norm = normalize_text(line)
        if _line_rule(norm) != "copyright":
            continue
        name = _copyright_name(line)[0]
        return _name_key(name) if name else None
    return None


@cache
def _slogan_words() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["masthead"]["slogan_words"])


def is_masthead_slogan(norm: str, masthead: str) -> bool:
    """Rule masthead_slogan: the paper's motto under its masthead line ``masthead``: a site word
    (``masthead.site_words``), then the masthead's name again or only ``masthead.slogan_words``.

    >>> is_masthead_slogan("جريدة يومية سياسية مستقلة", "الدستور")
    True
    >>> is_masthead_slogan("صحيفة أمريكية: مقتل 5 في هجوم", "الدستور")
    False
    >>> is_masthead_slogan("مجلة سياسية أسبوعية - بيروت", "X")
    True
    >>> is_masthead_slogan("صحيفة يومية تصدر عن دار النشر", "X")
    True
    >>> is_masthead_slogan("صحيفة يومية تكشف فساد الوزارة", "X")
    False
    >>> is_masthead_slogan("صحيفة دولية - مقتل 5 في هجوم", "X")
    False
    >>> is_masthead_slogan("جريدة عراقية يومية تصدر عن شبكة الإعلام العراقي", "الصباح")
    True
    >>> is_masthead_slogan("يومية سياسية تصدر عن مؤسسة الوحدة", "الثورة")
    True
    >>> is_masthead_slogan("يومية الحرب", "X")
    False
    >>> is_masthead_slogan("يومية أرمنية تصدر في بيروت", "X")
    True
    >>> is_masthead_slogan("أول صحيفة عربية في ألمانيا", "X"), is_masthead_slogan("أول صحيفة تغلق", "X")
    (True, False)
    >>> is_masthead_slogan("لسان حال حزب الاتحاد الدستوري", "X")
    True
    """
    words = _name_key(_strip_bullets(norm)).split()
    if len(words) < 2:
        return False
    if _opens_with(words, _masthead_keys("motto_phrases")):
        # rule motto_phrase: 'لسان حال حزب ...' (a party's mouthpiece), words of letters only
        return len(words) <= _MAX_MOTTO_PHRASE_WORDS and all(_TOKEN_RE.fullmatch(w) for w in words)
    if words[0] in _masthead_keys("motto_superlatives") and len(words) > 2 \
            and words[1] in _site_words()[0]:
        # rule motto_first: 'أول صحيفة عربية في ألمانيا', 'أول جريدة إلكترونية بالريف': a superlative
        # before the site word, its adjectives, and where it is first
        rest = words[2:]
        lead = _slogan_lead(rest, False)
        tail = rest[lead:]
        preps = _masthead_keys("motto_place_prepositions")
        return lead > 0 and all(_TOKEN_RE.fullmatch(w) for w in tail) and (
            not tail or (tail[0] in preps and 1 < len(tail) <= 3)
            or _slogan_tails_re().match(" ".join(tail)) is not None  # 'أول صحيفة يومية تصدر في مكة
            or (len(tail) <= 2 and any(tail[0].startswith(p) and len(tail[0]) > len(p) + 2 for p in preps)))
    definite = False
    if words[0] not in _site_words()[0]:
        if words[0] in _masthead_keys("motto_openers"):
            # rule siteless_motto: the periodicity opens the motto, its site word left out ('يومية
            # سياسية تصدر عن مؤسسة الوحدة' under 'صحيفة الثورة')
            return _is_motto(["", *words])
        if words[0].startswith(_ARTICLE) and words[0][len(_ARTICLE):] in _masthead_keys("motto_openers"):
            return _is_motto(words, True, True)  # (definite: 'الأسبوعية اللبنانية منذ 1943')
        if (words[0] in _slogan_words() or _is_nisba(words[0])) \
                and _slogan_tails_re().search(" ".join(words)) is not None:
            # rule siteless_motto: a slogan word opens it and the publisher's words follow ('ثقافية
            # منوعة تصدر كل شهرين عن ...'); slogan words alone are no motto without a site word
            return _is_motto(["", *words])
        # rule definite_motto: the site word with the article, its adjectives agreeing
        # ('الصحيفة اليومية الأولى في ...')
        if not (words[0].startswith(_ARTICLE) and words[0][len(_ARTICLE):] in _site_words()[0]):
            return False
        definite = True
    name = _name_key(masthead).split()
    if name and words[1:1 + len(name)] == name:
        return True  # 'صحيفة العرب - أول صحيفة عربية يومية ...' under 'العرب'
    return _is_motto(words, definite)



#: A motto's place after a dash ('مجلة سياسية أسبوعية - بيروت'): at most this many words.
_MOTTO_PLACE_WORDS = 2
_MOTTO_SPLIT_RE = re.compile(r"\s[\-\u2013\u2014]\s")


@cache
def _masthead_keys(name: str) -> frozenset[str]:
    """The name keys of the word list ``masthead.<name>`` of boilerplate.json (empty when absent)."""
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["masthead"].get(name, []))


def _is_motto(words: list[str], definite: bool = False, definite_origin: bool = False) -> bool:
    """A paper's motto, by its name-key words: a site word, then only ``masthead.slogan_words``
    ('جريدة يومية سياسية مستقلة'); rule motto_tail: or at least one of them then the publisher
    (``masthead.slogan_tails``: 'صحيفة يومية تصدر عن مؤسسة ...') or a place after a dash
    ('مجلة سياسية أسبوعية - بيروت')."""
    if len(words) > 3 and _YEAR_RE.fullmatch(words[-1]):
        # rule motto_since: 'أسبوعية جامعة تصدر عن مؤسسة اليمامة الصحفية منذ 1952', 'جريدة سياسية
        # يومية مستقلة - تأسست عام 1959'
        for n in (5, 4, 3, 2):  # (a phrase of one to four words, then the year)
            if len(words) > n + 1 and " ".join(words[-n:-1]) in _masthead_keys("motto_since"):
                words = words[:-n]
                if words[-1] in _MOTTO_DASHES:
                    words = words[:-1]
                break
    parts = _MOTTO_SPLIT_RE.split(" ".join(words), 1)
    head, place = parts[0], (parts[1] if len(parts) > 1 else None)
    rest = _TOKEN_RE.findall(" ".join(head.split()[1:]))
    if len(rest) != len(head.split()) - 1:
        return False  # (digits or marks among its words)
    lead = _slogan_lead(rest, definite, definite_origin)
    if lead == len(rest) and place is None:
        return lead > 0
    if lead == 0:
        return False
    if lead == len(rest):  # 'مجلة سياسية أسبوعية - بيروت'
        return (_CREDIT_NAME_RE.fullmatch(place.strip()) is not None
                and len(place.split()) <= _MOTTO_PLACE_WORDS)
    return _slogan_tails_re().match(" ".join(rest[lead:])) is not None


_MOTTO_DASHES = frozenset("-\u2013\u2014")


#: Rule motto_phrase: a motto opened by a phrase of masthead.motto_phrases has at most this many words.
_MAX_MOTTO_PHRASE_WORDS = 8


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether the name-key ``words`` open with one of the name-key ``phrases`` (one or more words)."""
    line = " ".join(words) + " "
    return any(line.startswith(p + " ") for p in phrases)


def _slogan_lead(rest: list[str], definite: bool, definite_origin: bool = False) -> int:
    """How many of ``rest`` (a motto's words after its site word) are slogan words or adjectives of
    origin, from the first; a definite adjective of origin only with ``definite_origin`` (after a
    definite periodicity: 'الأسبوعية اللبنانية'; after a site word it makes a name: 'الإذاعة التونسية')."""
    lead = 0
    while lead < len(rest) and (rest[lead] in _slogan_words() or _is_nisba(rest[lead])
                                or (definite and _definite_slogan_word(rest[lead], definite_origin))):
        lead += 1
    return lead


@cache
def _slogan_tails_re() -> re.Pattern[str]:
    tails = lexicon.load("boilerplate")["masthead"]["slogan_tails"]
    return re.compile(rf"(?:{lexicon.alternation([_name_key(t) for t in tails], normalize=False)})(?!\w)")


def _definite_slogan_word(word: str, origin: bool) -> bool:
    """A slogan word with the article ('اليومية'), or with ``origin`` a definite adjective of origin."""
    bare = word[len(_ARTICLE):]
    return word.startswith(_ARTICLE) and (bare in _slogan_words() or (origin and _is_feminine_nisba(bare)))


def _is_feminine_nisba(word: str) -> bool:
    """An adjective of origin with the feminine relative ending, as a definite motto's ('اللبنانية')."""
    return _is_nisba(word) and word.endswith("\u064a\u0629")


def _is_nisba(word: str) -> bool:
    """Rule masthead_slogan: an adjective of origin or kind in a motto ('عراقية', 'تونسية'): a word of
    letters with no article ending in the feminine relative ending, as the paper's word is feminine;
    or, after a masculine site word ('موقع إخباري يمني مستقل'), the masculine relative ending."""
    if word.startswith(_ARTICLE) or not word.isalpha():
        return False
    return (len(word) >= 5 and word.endswith("\u064a\u0629")) or (len(word) >= 4 and word.endswith("\u064a"))


def _slogan_at(raw: str, view: Normalized, site_at: int | None,
               asked: dict[tuple[Callable[[str], Any], str], Any] | None = None
               ) -> tuple[int, int | None] | None:
    """The start of a masthead's motto line (:func:`is_masthead_slogan`): the second line of the
    page, right under its first line when that is the site's masthead; with the first line's start
    when only the motto shows it is the masthead. Two lines are read, past the site's header date
    lines atop the page (rule motto_under_header_date)."""
    lines = []
    for start, norm in _visible_lines(raw, view):
        if not lines and len(norm) <= _MAX_HEADER_DATE_CHARS and (
                _once(asked, _is_date_line, norm) or (_ANY_DIGIT_RE.search(norm) and _LATIN_RE.search(norm)
                                                      and not _ARABIC_RE.search(norm))):
            continue  # 'الخميس 17 محرم 1432هـ الموافق 23 ديسمبر 2010م', 'Samstag, 14. Oktober 2017'
        if len(lines) == 1 and _ARABIC_RE.search(lines[0][1]) and not _ARABIC_RE.search(norm) \
                and _logo_rule(norm) == "latin_masthead":
            continue  # rule motto_under_logo_pair: 'مجلة اليمامة' / 'YAMAMAH MAGAZINE' / the motto
        lines.append((start, norm))
        if len(lines) == 3:
            break
    if len(lines) < 2:
        return None
    (top, name), (start, norm) = lines[:2]
    if (top != site_at and _logo_rule(name) == "latin_masthead" and not _ARABIC_RE.search(name)
            and is_masthead_slogan(norm, "")):
        # rule motto_under_latin_logo: a paper's motto right under its Latin logo ('ALMITHAQ.NET' /
        # 'صحيفة أسبوعية تصدر عن ...'); the logo names no outlet here
        return start, None
    if (len(lines) == 3 and top != site_at and _ARABIC_RE.search(name) and _ARABIC_RE.search(norm)
            and _short_label(name, _MAX_FOOTER_NAMED_WORDS)
            and _short_label(norm, _MAX_MENU_SLOGAN_WORDS) and _is_wide_menu_row(raw, lines[2][0])
            and _once(asked, _line_rule, norm) is None and _once(asked, masthead_rule, norm) is None):
        # rule slogan_over_menu: the page's first two short lines right above a wide menu row, both
        # in Arabic letters (a Latin logo and the Arabic one are rule arabic_logo_first's), are the
        # site's name and its motto ('أخبار الأمم المتحدة' / 'منظور عالمي قصص إنسانية' / 'الرئيسية
        # السلام والأمن الصحة ...'): a headline stands under the menu, never above it
        return start, top
    if (top != site_at and _once(asked, masthead_rule, name) is None and is_masthead_slogan(name, "")
            and (_once(asked, masthead_rule, norm) is not None or _once(asked, _is_date_line, norm)
                 or _once(asked, _line_rule, norm) is not None)):
        # rule motto_atop: the paper's motto is the page's first line (its logo an image), chrome
        # right under it (a menu, the site's date); over a line of text it may be the headline
        return top, None
    if top != site_at and _once(asked, masthead_rule, name) != "masthead":
        # rule motto_names_masthead: a short name of letters right above a paper's motto
        # ('الجماهير' / 'صحيفة يومية تصدر عن ...') is the paper's masthead
        key = _name_key(name)
        if (not key or len(key.split()) > _MAX_FOOTER_NAMED_WORDS
                or _CREDIT_NAME_RE.fullmatch(key) is None or not is_masthead_slogan(norm, name)):
            return None
        return start, top
    # rule motto_confirms_masthead: a known name over the paper's motto is the site's masthead,
    # even when it is also a section's word ('السياسة' over 'جريدة كويتية يومية مستقلة')
    return (start, top) if is_masthead_slogan(norm, name) else None


#: Rule motto_under_header_date: a header date line atop the page has at most this many characters.
_MAX_HEADER_DATE_CHARS = 80
#: Rule motto_under_header: the most header lines read above a paper's motto.
_MAX_HEADER_LINES_ABOVE_MOTTO = 5


def _visible_lines(raw: str, view: Normalized) -> Iterator[tuple[int, str]]:
    """The page's lines with a visible character, from the top: each line's start (past its
    leading spaces) and its normalized text."""
    for m in _page_lines(raw):
        stripped = m.group().strip()
        if _VISIBLE_RE.search(stripped):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield start, view.text_of(start, start + len(stripped))


def _motto_under_header(raw: str, view: Normalized,
                        asked: dict[tuple[Callable[[str], Any], str], Any] | None = None
                        ) -> tuple[int, None] | None:
    """Rule motto_under_header: the first line atop the page that is no header chrome (a date line,
    a Latin line, a menu row, a logo, a publisher's line), under at least two such lines, is the
    paper's motto when it reads as one ('دار الصياد للطباعة والنشر' / 'الأنوار | الصياد | ...' /
    'ASSAYAD' / 'الأسبوعية اللبنانية منذ 1943'). Its start, or ``None``."""
    above = 0
    for start, norm in _visible_lines(raw, view):
        if (not _ARABIC_RE.search(norm) or _once(asked, _is_date_line, norm) or _is_publisher_line(norm)
                or _once(asked, masthead_rule, norm) == "nav_menu" or _label_items(norm) is not None
                or _once(asked, _logo_rule, norm) is not None or _is_price_row(norm)):
            above += 1
            if above > _MAX_HEADER_LINES_ABOVE_MOTTO:
                return None
            continue
        return (start, None) if above >= 2 and is_masthead_slogan(norm, "") else None
    return None


#: Rule slogan_over_menu: the most words of a motto between the site's name and its menu row.
_MAX_MENU_SLOGAN_WORDS = 5


def _short_label(norm: str, most: int) -> bool:
    """A line of at most ``most`` words of letters (Arabic or Latin), no digit and no mark of a
    sentence: a name or a motto, never a headline's clause."""
    words = norm.split()
    return 0 < len(words) <= most and all(_TOKEN_RE.fullmatch(w) for w in words)


#: A site's name with its short form in parentheses ('... (بترا)'): rule _named_twice.
_NAME_AND_SHORT_RE = re.compile(r"^([^()]+?)\s*\(([^()]+)\)?$")


def _named_twice(key: str, names: frozenset[str]) -> bool:
    """A masthead that writes the site's full name and its short name in parentheses, both names of
    one outlet (an agency's logo: its full name, then its initials)."""
    if "(" not in key or not (m := _NAME_AND_SHORT_RE.match(key)):
        return False
    full, short = _name_key(m.group(1)), _name_key(m.group(2))
    return full in names and short in names | _agencies() and _same_outlet(full, short)


def _short_name(line: str) -> str | None:
    """The short name of a masthead written 'FULL NAME (SHORT)' (rule _named_twice), as written."""
    if not line.rstrip().endswith(")") or not (m := _NAME_AND_SHORT_RE.match(line.strip())):
        return None
    names = _masthead()[0]
    return m.group(2).strip() if _named_twice(_name_key(line), names) else None


def masthead_rule(norm: str) -> str | None:
    """Above the title: 'masthead' for a line that is the site's name, 'nav_menu' for a row of sections.

    >>> masthead_rule("اندبندنت عربية"), masthead_rule("الرئيسية | أخبار | العالم")
    ('masthead', 'nav_menu')
    >>> masthead_rule("أخبار سارة") is None
    True
    """
    if norm.count(" ") > _MAX_MENU_SPACES:
        return None  # a paragraph (a record's whole text may stand on one line), never a menu row
    names, sections = _masthead()
    key = _name_key(_strip_bullets(norm))
    if not key:
        return None
    if key in names or (_names_opening().match(key) and _site_address_name(key) in names) \
            or _named_twice(key, names):
        return "masthead"
    if _spaced_menu_items(key, sections) >= _MIN_SPACED_MENU_ITEMS:
        return "nav_menu"  # a row of sections split by single spaces only
    # each item a section, or a few section words with no separator ('أخبار العالم'); the first
    # item that is neither settles it, so a paragraph costs one item (its words counted, its key
    # not built, when it has more words than an item or a section may: :func:`_item_words_most`)
    found = False
    for piece in _menu_pieces(key):
        if _key_words_over(piece, _item_words_most()):
            return "nav_menu" if _is_home_led_pipe_menu(key) else None
        k = _name_key(piece)
        if not k:
            continue
        if not (k in sections or (len(k.split()) <= _MAX_MENU_ITEM_WORDS
                                  and all(w in sections for w in k.split()))):
            return "nav_menu" if _is_home_led_pipe_menu(key) else None
        found = True
    return "nav_menu" if found else None


@cache
def _item_words_most() -> int:
    """The most words a menu piece's key may have and be an item (:func:`masthead_rule`): a known
    section's, or up to ``_MAX_MENU_ITEM_WORDS`` section words."""
    return max(_MAX_MENU_ITEM_WORDS, _most_words(_masthead()[1]))


#: Rule home_led_menu: a row split by pipes of at least this many items.
_MIN_HOME_LED_ITEMS = 4


def _is_home_led_pipe_menu(key: str) -> bool:
    """Rule home_led_menu: a row of items split by pipes that opens with the site's home item
    (``masthead.home_items``: 'الرئيسية | أخبار | كتابات | أرشيف'), at least ``_MIN_HOME_LED_ITEMS``
    items, each one to three words of letters (no digit, no sentence): a site's menu even when some
    of its sections are not listed. A headline with a pipe ('الرئيسية تعلن ... | الأسبوع') is not:
    its first item is no bare home item.

    >>> _is_home_led_pipe_menu("الرئيسية | اخبار | كتابات | ارشيف | كاريكاتير")
    True
    >>> _is_home_led_pipe_menu("الرئيسية | وزير المالية يعلن زيادة الرواتب 10 بالمية")
    False
    """
    if "|" not in key:
        return False
    items = [p.strip() for p in key.split("|")]
    if len(items) < _MIN_HOME_LED_ITEMS or items[0] not in _home_items():
        return False
    return all(_LABEL_ITEM_RE.fullmatch(item) is not None for item in items[1:])


@cache
def _ticker_re() -> re.Pattern[str]:
    """Rule breaking_ticker: above the headline and under the site's chrome (a masthead, a menu), a
    line opening with a breaking-news label and a colon or bar ('masthead.ticker_openers': 'عاجل:
    ...') is the site's news ticker, not the story; a text's first line 'عاجل: ...' is its headline."""
    openers = lexicon.load("boilerplate")["masthead"]["ticker_openers"]
    return re.compile(rf"^\s*(?:{lexicon.alternation(openers)})\s*[:|]\s*\S", re.IGNORECASE)


#: A row of sections with nothing but single spaces between them is a menu with at least this many.
_MIN_SPACED_MENU_ITEMS = 4


@cache
def _names_opening() -> re.Pattern[str]:
    """Any name key of :func:`_masthead` at the start of a key: a key that a site's address ends
    ('hespress.com') opens with the name :func:`_site_address_name` gives, so a key no name opens
    (a paragraph) needs no search for an address at its end."""
    return re.compile(lexicon.trie(_masthead()[0], space=re.escape(" ")))


def _menu_pieces(key: str) -> Iterator[str]:
    """``_MENU_SPLIT_RE.split(key)``, piece by piece (a separator is never empty): a paragraph's first
    piece settles it, with no need to cut the rest. Each separator's mark is found by a scan for the
    marks alone (a class the engine skips to; ``_MENU_SPLIT_RE`` opens with ``\\s*`` and is tried at
    every character), then the spaces before it are taken back: the split's leftmost match starts
    where the run of spaces before the mark starts."""
    pos = 0
    for mark in _MENU_MARK_RE.finditer(key):
        start = mark.start()  # (never inside the last separator: its spaces hold no mark)
        while start > pos and key[start - 1].isspace():
            start -= 1
        m = _MENU_SPLIT_RE.match(key, start)
        yield key[pos:start]
        pos = m.end()
    yield key[pos:]


def _spaced_menu_items(key: str, sections: frozenset[str]) -> int:
    """How many known sections a row with no separator is made of, read left to right taking the
    longest section at each word ('الرئيسية اخبار الشرق الاوسط رياضة' is four); a word may open
    with و or ال that the section lacks ('وتكنولوجيا', 'العربي').

    Some items of a real menu are no known section ('الرئيسية اخبار العالم شرق اوسط علوم رياضة
    صحة'): with at least five known items, the first and the last among them, up to one unknown
    word for two known items is allowed,
    none of them a word of two letters or less (a headline's في، من، عن). 0 when the row holds a
    separator, a digit or a mark, or when it has more unknown words than that.

    >>> _spaced_menu_items("الرئيسية اخبار العالم شرق اوسط علوم وتكنولوجيا رياضة صحة", _masthead()[1])
    7
    >>> _spaced_menu_items("اخبار العالم والاقتصاد والرياضة في اسبوع", _masthead()[1])
    0
    """
    if not _TAG_RE.fullmatch(key):  # (words of letters: no separator either, found at the first mark)
        return 0
    words, i, n, unknown = key.split(), 0, 0, 0
    ends: list = [False, False]  # the first and the last word are a known section's (None: the
    # word before is, and the row goes on)
    while i < len(words):
        size = 0 if not _may_open_section(words[i], sections) else next(
            (k for k in range(min(_MAX_MENU_ITEM_WORDS, len(words) - i), 0, -1)
             if _section_at(words[i:i + k], sections)), 0)
        if not size:
            if len(words[i]) <= 2:
                return 0
            # 'تحقيقات ومطولات': a known section and an unknown one joined by و end the row too
            last = i == len(words) - 1
            ends[1] = last and ends[1] is None and words[i].startswith("\u0648")
            unknown, i = unknown + 1, i + 1
            if unknown * 2 > n + len(words) - i:
                return 0  # (each word left adds one item at most: too many unknown words already)
            continue
        ends = [ends[0] or i == 0, True if i + size == len(words) else None]
        i, n = i + size, n + 1
    if unknown and not all(ends):
        return 0  # a headline ends on what it says ('... والرياضة الافريقية تتصدر')
    if unknown and n < _MIN_SPACED_MENU_ITEMS + 1:
        return 0  # 'اخبار اوروبا اقتصاد رياضة تتراجع' is a headline: four sections and a verb
    return n if unknown * 2 <= n else 0


#: What a menu item may carry that its section's name does not: a conjunction, an article or both.
_ITEM_PREFIXES = ("", "\u0648", "\u0627\u0644", "\u0648\u0627\u0644")


@cache
def _section_heads(sections: frozenset[str]) -> frozenset[str]:
    """The first word of each section's name (rule section_head_gate)."""
    return frozenset(s.split(" ")[0] for s in sections)


def _may_open_section(word: str, sections: frozenset[str]) -> bool:
    """Rule section_head_gate: whether :func:`_section_at` may hold for some words opening with
    ``word`` (a word has no space): a section they are is ``word``, less a prefix, then a space and
    the rest, so that form is a section's first word. A headline's word that opens no section is
    passed after one look-up per prefix, instead of one name built and looked up per length and
    prefix."""
    heads = _section_heads(sections)
    return any(word.startswith(pre) and len(word) - len(pre) >= 2 and word[len(pre):] in heads
               for pre in _ITEM_PREFIXES)


def _section_at(words: list[str], sections: frozenset[str]) -> bool:
    """The words are one section's name, their first word maybe opening with و, ال or وال."""
    if not words:
        return False
    head, rest = words[0], words[1:]
    for pre in _ITEM_PREFIXES:
        if head.startswith(pre) and len(head) - len(pre) >= 2:
            if " ".join([head[len(pre):], *rest]) in sections:
                return True
    return False


_MAX_MENU_ITEM_WORDS = 3

#: One item of a navigation menu: one to three words of letters only (no digit, no punctuation).
_LABEL_ITEM_RE = re.compile(rf"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){{0,{_MAX_MENU_ITEM_WORDS - 1}}}")
_LABEL_SPLIT_RE = re.compile(r"\s*[|/>\u00bb\u203a\u2022\u00b7\u2027\-\u2013\u2014]\s*")
#: Rule label_char_gate: a character no label line holds. The items of :func:`_label_items` and
#: :func:`_wide_row_items` are letters, digits (a numbered item's) and spaces; what splits them is
#: spaces and the separators of ``_LABEL_SPLIT_RE`` / ``_WIDE_ROW_SPLIT_RE``; what is stripped around
#: them is spaces and ``_BULLETS``. Any other character (a comma, a full stop, a colon, a bracket)
#: would stand inside an item, which then matches neither item pattern: a line holding one has no
#: items, found by one scan that stops at a paragraph's first mark instead of two splits of it.
_NO_LABEL_CHAR_RE = re.compile(
    rf"[^\w\s|/>\u00bb\u203a\u2022\u00b7\u2027\-\u2013\u2014{re.escape(_BULLETS)}]")
#: A line above the title of at most this many words, not ending a sentence, reads as a headline.
_MAX_HEADLINE_LIKE_WORDS = 25


def _label_items(norm: str) -> list[str] | None:
    """The items of a label line ('سياسة', 'عرب وعالم', 'Home | News', '• منوعات'), or ``None``.

    A label is what a menu is made of: one to three words of letters with no digit, no sentence and
    no punctuation, or a row of such items split by | / > » • · or a dash.

    >>> _label_items("ثقافة وفنون"), _label_items("Home | News · عربي")
    (['ثقافة وفنون'], ['Home', 'News', 'عربي'])
    >>> _label_items("انفجار في مستودع وقود"), _label_items("هدنة هشة."), _label_items("كوب 29")
    (None, None, None)
    """
    if norm.count(" ") > _MAX_MENU_SPACES:
        return None  # a paragraph
    if _NO_LABEL_CHAR_RE.search(norm):
        return None  # a comma, a full stop, a colon...: a sentence's, no menu item's
    text = _strip_bullets(norm).rstrip(_BULLETS)
    items = [p for p in _LABEL_SPLIT_RE.split(text) if p]
    if items and all(_LABEL_ITEM_RE.fullmatch(p) for p in items):
        return items
    return _wide_row_items(text)


#: A wide menu row: items split by a separator or by two or more spaces.
_WIDE_ROW_SPLIT_RE = re.compile(r"\s*[|/>\u00bb\u203a\u2022\u00b7\u2027\-\u2013\u2014]\s*|\s{2,}")
#: A menu item with its number ('الجزيرة 360', 'عربي21'): one or two words of letters, then digits.
_NUMBERED_ITEM_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]*\d{1,4}")
#: A wide row is a menu only with at least this many items.
_MIN_WIDE_ROW_ITEMS = 3


def _wide_row_items(text: str) -> list[str] | None:
    """The items of a menu row that plain labels do not make: items split by two or more spaces
    ('الرئيسية  آخر الأخبار  اقتصاد'), or a row with an item holding a number ('... | منوعات |
    الجزيرة 360'). At least three items, one of them a known section, and fewer numbered items
    than plain ones (a headline with a double space, 'كوب 29', is no menu).

    >>> _wide_row_items("الرئيسية  اخر الاخبار  اقتصاد  رياضة")
    ['الرئيسية', 'اخر الاخبار', 'اقتصاد', 'رياضة']
    >>> _wide_row_items("الرئيسية | اخبار | منوعات | الجزيرة 360")[-1]
    'الجزيرة 360'
    >>> _wide_row_items("وقف اطلاق النار  في قره باغ  اليوم") is None
    True
    """
    items = [p for p in _WIDE_ROW_SPLIT_RE.split(text) if p]
    if len(items) < _MIN_WIDE_ROW_ITEMS:
        return None
    plain = [p for p in items if _LABEL_ITEM_RE.fullmatch(p)]
    if len(plain) * 2 <= len(items) or not all(p in plain or _NUMBERED_ITEM_RE.fullmatch(p) for p in items):
        return None
    sections = _masthead()[1]
    return items if any(_name_key(p) in sections for p in plain) else None


def _looks_like_headline(stripped: str) -> bool:
    """A line that can head an article: words, not too long, not ending with a full stop or colon.

    A question or an exclamation mark may end a headline; a full stop or a colon ends a lede.
    """
    most = _MAX_HEADLINE_LIKE_WORDS
    if not _TOKEN_RE.search(stripped) or _n_words(stripped, most) > most:
        return False
    return not re.search(r"(?<!\.)[.:\u061b][\"'\u201d\u00bb)]*$", stripped)


def _once(asked: dict[tuple[Callable[[str], Any], str], Any] | None, test: Callable[[str], Any],
          text: str) -> Any:
    """``test(text)``, remembered in ``asked`` when given: the answers of a line test (a function of
    the line's text alone) that two readings of one page ask of the same line (:func:`clean` reads
    again the top lines :func:`_top_of_page` read, and the lines the header tests looked ahead at:
    their :func:`_line_rule` too)."""
    if asked is None:
        return test(text)
    key = (test, text)
    if key not in asked:
        asked[key] = test(text)
    return asked[key]


def _top_of_page(raw: str, view: Normalized, title_key: str | None,
                 judged: dict[int, str | None] | None = None,
                 site_at: int | None = None,
                 asked: dict[tuple[Callable[[str], Any], str], Any] | None = None,
                 title_line: int | None = None) -> tuple[frozenset[int], int | None]:
    """Read the lines above the headline structurally: which are a menu, and which is the title.

    Lines a rule already takes (a masthead, share buttons, a site date, a byline) are passed
    over; the others are labels (:func:`_label_items`) until the first line that is not. A run
    of labels there is the site's navigation menu (rule ``nav_menu``), however its sections are
    named, and the title is that line when it reads like a headline. A single label alone above
    it, not a known section, is a kicker ('خبر عاجل', body) when it has one or two words or
    the line below is the known title, else the headline itself (above a standfirst). When that
    line is a lede instead (a sentence, or a long line), the headline is the last label of the
    run that is not a known section; of two labels, the first, unless it is a known section (a
    short headline with nothing above it still wins).
    With ``title`` known, only labels above a line reading it are a menu.
    With ``title_line`` (the start of the headline's line, known from the browser title or from
    the record's title), a line above it that no rule takes and that reads as no sentence (a
    search box 'ابحث في الأيام...', a site's full name, a language switcher) is the page's header
    (rule above_headline), not body; a sentence there stays body (the title is then inside it).

    Returns the start offsets of the menu lines and the start of the title line (``None``: no
    decision, the first line that can be a title is). ``judged``, when given, receives each line's
    whole-line rule (:func:`_line_rule`) by its start, so that :func:`clean` need not judge it again;
    ``asked`` (see :func:`_once`) the answers of the line tests that clean asks again (the
    :func:`masthead_rule` of the lines above the body too).
    """
    run: list[tuple[int, bool, int]] = []  # (start, a known section or masthead, words if one item)
    links = lexicon.load("boilerplate")["read_more_list"]
    in_list = False  # the lines above, down to a links header, are a list of links ('الأكثر تداولا')
    numbered: bool | None = None  # whether the list's items are numbered ('1. ...'; None: no item yet)
    list_end = 0  # the end of the line before
    pending: list[int] = []  # unruled lines above the known headline's line, no sentences
    chrome = False  # a line above was a rule's (a logo, a masthead, a date, a byline)
    site = None  # the site's name atop the page, for a caption it credits (rule site_caption)
    if site_at is not None:
        end = raw.find("\n", site_at)
        site = raw[site_at:end if end >= 0 else len(raw)].strip()
    caption_next = ""  # 'credit' or 'label': the line before heads a caption, this line is no headline
    logo_above = False  # the line before is a logo line (:func:`_logo_rule`)
    menu_above = False  # the line before is a label of the run (a menu's item)
    adjacent_next = False  # the line before labels the previous or next article: this line is its link
    last_item: tuple[int, str] | None = None  # the list's item on the line before (rule list_ends_at_date)
    for n, m in enumerate(_page_lines(raw)):
        if n > _MAX_TOP_LINES:
            break
        line = m.group()
        stripped = line.strip()
        if not _VISIBLE_RE.search(stripped):
            in_list = False  # (a blank line ends a list of links)
            continue
        if in_list and _BLANK_LINE_RE.search(raw, list_end, m.start()):
            in_list = False  # (a blank line ends a list of links)
        if in_list and numbered and not _NUMBERED_LINK_RE.match(stripped):
            in_list = False  # rule numbered_list_end: a list of numbered links ends at a line with no number
        list_end = m.end()
        start = m.start() + len(line) - len(line.lstrip())
        norm = view.text_of(start, start + len(stripped))
        is_title = start == title_line or (title_key is not None and _reads_key(norm, title_key))
        if run and not is_title and _CRUMB_MARKS_RE.fullmatch(stripped):
            # rule crumb_separator: a line of a breadcrumb's separators alone ('/', '>', '»') between
            # its items, under a menu: part of the menu
            if judged is not None:
                judged[start] = "nav_menu"
            menu_above = chrome = True
            continue
        if not is_title and (adjacent_next or _is_adjacent_label(norm)):
            # rule adjacent_article: '« المقال السابق' and the headline under it link to another
            # article of the site (as 'المقال التالي »' and its headline do): neither is this page's
            if judged is not None:
                judged[start] = "related_links"
            adjacent_next, chrome = not adjacent_next, True
            continue
        if not is_title and _is_adjacent_link(norm):
            # rule adjacent_inline: the label and the other article's headline on one line, after a
            # colon ('المقال السابق: بلدية مصراتة تبدأ صيانة الطريق الساحلي'): a link, no headline
            if judged is not None:
                judged[start] = "related_links"
            chrome = True
            continue
        if not is_title:
            known = "masthead" if start == site_at else _once(asked, masthead_rule, norm)
            whole = judged[start] if judged is not None and start in judged else _line_rule(norm)
            if in_list and known is None and (whole in _LIST_ENDING_DATES or (
                    whole is None and _once(asked, _is_date_line, norm))):
                # rule list_ends_at_date: a date line ends a list of links, and the item right above
                # it, headline-like, is the page's headline (a page dates its story under its
                # headline, never a link of its list)
                in_list = False
                item = last_item[1] if last_item is not None else ""
                if (last_item and judged is not None and judged.get(last_item[0]) == "related_links"
                        and _n_words(item, _MIN_MOVED_TITLE_WORDS) >= _MIN_MOVED_TITLE_WORDS
                        and not _ends_statement(item) and not _weak_headline(item)):
                    del judged[last_item[0]]
                    return frozenset(), None
            if whole is None and known is None:
                whole = _top_line_rule(norm, stripped, in_list, site, links)
            last_item = (start, norm) if whole == "related_links" else None
            # (a 'more' link above the site's menu is an item of the page's header: DW's 'المزيد من العروض')
            opened = whole == "read_more" and bool(run) and _is_links_header(norm, links)
            if in_list and whole == "related_links" and numbered is None:
                numbered = _NUMBERED_LINK_RE.match(stripped) is not None  # (its first item tells)
            in_list = opened or (in_list and whole == "related_links")
            if opened:
                numbered = None
            if judged is not None:
                judged[start] = whole
            logo = _once(asked, _logo_rule, norm)
            if logo is not None or (logo_above and is_site_title(norm)):
                logo_above = chrome = True  # a site's logo lines ('Lebanon24', 'سانا', its full name)
                continue
            logo_above = False
            if known == "masthead" and site is None:
                site = stripped  # (the first site name atop the page credits a caption below)
            if known == "masthead" or whole is not None or _once(asked, _is_date_line, norm):
                # a photo credit, or a caption label that is not a menu's section ('فيديو'), heads a caption
                # (a credit word that is a menu's section too, 'صور' in a menu, heads none)
                label = known is None and _is_caption_label(norm)
                # (a one-word credit right under menu items is the last item, rule menu_credit_word)
                credit = (whole == "photo_credit" and known is None
                          and not (menu_above and _label_items(norm) is not None))
                caption_next = "label" if label else "credit" if credit else ""
                menu_above = False
                chrome = True
                continue
            if caption_next:
                after_label, caption_next = caption_next == "label", ""
                if _is_caption_after_credit(norm, after_label):
                    continue  # the caption under a photo credit or a bare caption label: no headline
            bnorm = byline_text(stripped) if "\u0640" in stripped else norm
            if (_once(asked, byline_outlet, bnorm)[0] or (run and is_place_byline(bnorm))
                    or ((run or "|" in norm) and _once(asked, is_dated_byline, norm))):  # (dated_byline)
                continue  # (an author's place byline counts below a headline only: 'القدس: اعتقالات')
            items = _label_items(norm)
            if items is not None:
                run.append((start, known is not None, len(stripped.split()) if len(items) == 1 else 0))
                menu_above = True
                continue
            menu_above = False
            if ((_weak_headline(norm) or (title_key is None and not run))
                    and _headline_below(raw, view, m.end(), norm, asked)):
                if judged is not None:  # rule implausible_headline: a ticker, a hashtag row, a price row
                    judged[start] = "breaking_ticker" if _ticker_re().match(norm) else "above_headline"
                chrome = True
                continue
            if (title_line is not None and start < title_line and not _CHROME_END_RE.search(stripped)
                    and _n_words(stripped, _MAX_HEADLINE_LIKE_WORDS + 1) <= _MAX_HEADLINE_LIKE_WORDS):
                pending.append(start)  # header, once the page shows chrome above the headline
                continue
        if is_title and pending and judged is not None and (run or chrome or title_key is None):
            for k in pending:  # (some line above was a rule's: a masthead, a logo, a date, a byline)
                judged[k] = "above_headline"
        if not run or (title_key is not None and not is_title):
            return frozenset(), None
        if is_title or _looks_like_headline(stripped) or _dated_long_headline(raw, view, m.end(), stripped):
            if len(run) == 1 and not run[0][1] and run[0][2]:  # one label, not a known section
                if is_title or run[0][2] <= _MAX_TOP_KICKER_WORDS:
                    return frozenset(), start  # a kicker: body
                return frozenset(), None  # a short headline above a standfirst
            return frozenset(s for s, _, _ in run), start
        # a lede: the headline is a label of the run
        if len(run) == 1:
            return frozenset(), None
        if len(run) == 2:  # (below a site's name a row of several items is its menu too)
            menu_row = run[0][1] or (run[0][2] == 0 and (
                site_at is not None or _is_wide_menu_row(raw, run[0][0])))
            return (frozenset({run[0][0]}), run[1][0]) if menu_row else (frozenset(), None)
        unknown = [k for k, (_, known_, _) in enumerate(run) if not known_]
        if not unknown:
            return frozenset(), None
        k = unknown[-1]
        return frozenset(s for s, _, _ in run[:k]), run[k][0]
    return frozenset(), None


#: Rule list_ends_at_date: the whole-line rules of a dated line that ends a list of links (a date line too).
_LIST_ENDING_DATES = frozenset({"publish_stamp", "dated_byline", "site_timestamp"})
#: A line of a breadcrumb's separators alone: slashes, angle brackets, guillemets, arrows, bars.
_CRUMB_MARKS_RE = re.compile(r"[/\\>\u00bb\u203a\u2190\u2192|\u2022\s]+")


@cache
def _adjacent_labels() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["adjacent_articles"]["labels"])


def _is_adjacent_link(norm: str) -> bool:
    """Whether ``norm`` is a link to the previous or the next article with its headline on the same
    line after a colon (rule adjacent_inline: 'المقال التالي: المصرف المركزي يعلن ...').

    >>> label = "\u0627\u0644\u0645\u0642\u0627\u0644 \u0627\u0644\u062a\u0627\u0644\u064a"
    >>> _is_adjacent_link(normalize_text(label + ": \u0623 \u0628")), _is_adjacent_link(label)
    (True, False)
    """
    label = _colon_label(norm)
    return label is not None and _is_adjacent_label(label)


def _colon_label(norm: str) -> str | None:
    """The words before a line's first colon when text follows it ('المقال التالي: ...', 'بودكاست: ...'),
    else ``None`` (rules adjacent_inline and promo_title)."""
    label, colon, rest = norm.partition(":")
    return label.strip() if colon and rest.strip() else None


def _is_adjacent_label(norm: str) -> bool:
    """Whether ``norm`` is a link label to the previous or the next article (``adjacent_articles``:
    'المقال السابق', 'الخبر التالي'), with its arrows or guillemets.

    >>> label = "\u0627\u0644\u0645\u0642\u0627\u0644 \u0627\u0644\u0633\u0627\u0628\u0642"
    >>> _is_adjacent_label(normalize_text("\u00ab " + label)), _is_adjacent_label(label + " 2")
    (True, False)
    """
    return len(norm) <= _MAX_ADJACENT_LABEL and _name_key(norm.strip(_ARROWS)) in _adjacent_labels()


#: A previous/next label is short; the arrows around it are stripped before the lookup.
_MAX_ADJACENT_LABEL = 40
_ARROWS = " \u00ab\u00bb<>\u2039\u203a\u2190\u2192\u25c0\u25b6\u276e\u276f"


#: Marks of a market ticker that a headline does not carry: arrows up and down (a degree sign may:
#: 'الحرارة تصل إلى 50° في الكويت'); or a hashtag opening the line. (The arrows alone in a class:
#: a class the engine scans for at once, where an alternation with '^#' is tried at every character.)
_WIDGET_MARK_RE = re.compile(r"[\u25b2\u25bc\u2191\u2193]")
#: Rule number_row (of price_row): an item of a label and a number alone ('الطوارئ 999', 'الإسعاف 998').
_NUMBER_ITEM_RE = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s+\d{2,}\s*$")
#: An item of a price row: a label with a letter, a colon and a figure with at most a short unit of no
#: digit after it ('الدولار: 3,475 ل.س', 'غرام الذهب عيار 21: 183,000 ل.س'; not a time '10:35'); a row
#: holds two or more, split by bars.
_PRICE_ITEM_RE = re.compile(r"^(?=[^:=|]*[^\W\d_])[^:=|]{1,40}[:=]\s*[+-]?\d[\d.,\u066b\u066c]*%?"
                            r"(?:\s+[^\s|\d]+){0,2}\s*$")
#: Rule timetable_row: a part of a row that ends with a one- or two-word name and a clock time.
_TIMETABLE_ITEM_RE = re.compile(r"(?:^|[:\-\u2013])\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s+\d{1,2}:\d{2}\s*$")
#: A row split by a bar or a bullet whose first part is one or two words ('LABEL | ...', 'A • B • C').
_BAR_ROW_RE = re.compile(r"^\s*[^\s|\u2022]+(?:\s+[^\s|\u2022]+)?\s*[|\u2022]")
#: A slogan or promo line holds at least this many of its words (one alone is common in headlines:
#: 'لجنة مستقلة للتحقيق') ...
_MIN_HEADER_WORDS = 2
#: ... and has at most this many words.
_MAX_HEADER_LINE_WORDS = 5
#: Rule header_greeting: a greeting banner or a visitor's welcome bar has at most this many words.
_MAX_GREETING_WORDS = 12
#: Rule print_page_line: a page word and a page number opening the line.
_PAGE_NUMBER_RE = re.compile(r"^\s*([^\W\d_]+)\s+\d{1,3}(?:\s*$|\s+[\-\u2013|])")


@cache
def _greeting_re() -> re.Pattern[str]:
    words = lexicon.load("boilerplate")["header_line"].get("greetings", [])
    return re.compile(rf"(?:^|\s)(?:{lexicon.alternation(words)})(?!\w)")


@cache
def _page_words() -> frozenset[str]:
    words = lexicon.load("boilerplate")["header_line"].get("page_words", [])
    return frozenset(normalize_text(w) for w in words)


#: A headline below has at least this many words.
_MIN_BELOW_HEADLINE_WORDS = 3


@cache
def _header_words() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["header_line"]["words"])


def _weak_headline(norm: str) -> int:
    """How plainly a line taken for the headline is a header line instead (0: not at all):
    3 for a market ticker's arrows or a hashtag row (:data:`_WIDGET_MARK_RE`); 2 for a news ticker
    (:func:`_ticker_re`: 'عاجل: ...', 'آخر الأخبار: ... | ...') or a row led by a
    short label and a bar or bullet ('LABEL | ...', 'الرياض 31° | جدة 34°'), or no Arabic letter;
    1 for a site's slogan or an app promo (two of ``boilerplate.header_line``'s words in five words
    at most: 'صحيفة عربية مستقلة', 'حمّل التطبيق الآن'), known only when a headline stands below."""
    if norm.startswith("#") or _WIDGET_MARK_RE.search(norm) or _is_price_row(norm):
        return 3
    if _ticker_re().match(norm):
        return 2  # rule breaking_ticker: 'آخر الأخبار: ... | ...', a ticker's label and a colon or bar
    # (Arabic is looked for first: found at once in an Arabic line, where a Latin letter is not)
    if _BAR_ROW_RE.match(norm) or (not _ARABIC_RE.search(norm) and _LATIN_RE.search(norm)):
        return 2  # (a line of digits and marks alone, a poem's '«1»', is none of these)
    if _n_words(norm, _MAX_GREETING_WORDS) <= _MAX_GREETING_WORDS and _greeting_re().search(norm) is not None:
        return 2  # rule header_greeting: 'كل عام وأنتم بخير.. عيد فطر سعيد', 'السلام عليكم، زائرنا الكريم'
    if (m := _PAGE_NUMBER_RE.match(norm)) is not None and m.group(1) in _page_words():
        return 2  # rule print_page_line: 'الصفحة 6 - محليات', a print edition's page
    if _n_words(norm, _MAX_HEADER_LINE_WORDS) <= _MAX_HEADER_LINE_WORDS:  # (a paragraph is not cut)
        words = _header_words()
        if len({w for w in norm.split() if w in words}) >= _MIN_HEADER_WORDS:
            return 1
    return 1 if _is_overline(norm) else 0


def _is_price_row(norm: str) -> bool:
    """Rule price_row: a row of two or more prices or rates split by bars, each a label, a colon and a
    figure ('الدولار: 3,475 ل.س | اليورو: 4,060 ل.س'), is a market widget, plainly no headline.

    >>> _is_price_row("USD: 3,475 | EUR: 4,060"), _is_price_row("USD: 3,475"), _is_price_row("A | B")
    (True, False, False)
    >>> _is_price_row("USD = 3.67 | EUR = 5.49"), _is_price_row("Fajr 4:49 | Dhuhr 12:09")
    (True, True)
    >>> _is_price_row("Match 4:49 | then the final")
    False
    """
    if "|" not in norm:
        return False
    parts = norm.split("|")
    if len(parts) < 2:
        return False
    if len(parts) >= 3 and all(_NUMBER_ITEM_RE.match(p) for p in parts):
        return True  # rule number_row: 'الطوارئ 999 | الإسعاف 998 | الدفاع المدني 997'
    if ":" not in norm and "=" not in norm:
        return False
    if all(_PRICE_ITEM_RE.match(p.strip()) for p in parts):
        return True
    # rule timetable_row: every part ends with a name and a clock time, the first after a label
    # ('مواقيت الصلاة - الرياض: الفجر 4:49 | الظهر 12:09', 'إمساكية رمضان - عمّان: الإمساك 4:07 | ...')
    return all(_TIMETABLE_ITEM_RE.search(p) for p in parts)


@cache
def _overline_re() -> tuple[re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["header_line"]
    openers = lexicon.alternation(spec["overline_openers"])
    return re.compile(rf"(?:{openers})\s"), int(spec["overline_max_words"])


#: What shows a main clause after a concessive phrase: a comma, a colon, a headline's two dots, a dash.
_CLAUSE_MARK_RE = re.compile(r"[\u060c,:;\u061b\-\u2013\u2014]|\.\.")


def _is_overline(norm: str) -> bool:
    """Rule overline (of implausible_headline, weight 1): a line opened by a concessive word
    (``header_line.overline_openers``: 'رغم تراجع الكميات مقارنة بالموسم الماضي') and holding no main
    clause after it (no comma, colon, dash or two dots), at most ``overline_max_words`` words: the
    headline's overline, above the headline itself."""
    pattern, most = _overline_re()
    return (bool(pattern.match(norm)) and _n_words(norm, most) <= most
            and not _CLAUSE_MARK_RE.search(norm) and not _SENT_END_RE.search(norm))


def _next_line(raw: str, view: Normalized, end: int) -> tuple[str, str, int] | None:
    """The next visible line after ``end``: (stripped, normalized, its end), or ``None``."""
    for m in _LINE_RE.finditer(raw, end):
        stripped = m.group().strip()
        if _VISIBLE_RE.search(stripped):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            return stripped, view.text_of(start, start + len(stripped)), m.end()
    return None


def _under_headline(stripped: str, norm: str,
                    asked: dict[tuple[Callable[[str], Any], str], Any] | None) -> bool:
    """A line that stands right under a headline: a date line, a byline, a dated byline, a publication
    stamp or a share row (a whole-line rule other than a menu's)."""
    bnorm = byline_text(stripped) if "\u0640" in stripped else norm
    if _once(asked, _is_date_line, norm) or _once(asked, byline_outlet, bnorm)[0]:
        return True
    if is_place_byline(bnorm) or _once(asked, is_dated_byline, norm):
        return True
    rule = _once(asked, _line_rule, norm)
    return rule is not None and rule != "nav_menu"


#: A sentence's end inside a line ('... والقوة في ذلك. الشيخ ...'): a paragraph, no headline.
#: (Two dots are a headline's pause: 'اتفاق لوقف الحرب.. ما حصيلة 44 يوما؟'.)
_INNER_SENTENCE_END_RE = re.compile(r"(?<![.\d])\.\s")


def _short_headline_like(stripped: str) -> bool:
    """A line below that can be the headline: headline-like (:func:`_looks_like_headline`) with no
    sentence ending inside it (a quotation and its author's name is no headline)."""
    return _looks_like_headline(stripped) and not _INNER_SENTENCE_END_RE.search(stripped)


_TRAIL_SPLIT_RE = re.compile(r"\s[>\u00bb\u203a]\s")


def _trail_to_headline(raw: str, view: Normalized, end: int, norm: str) -> bool:
    """Rule trail_to_headline: a breadcrumb trail of three parts or more ('SITE > SECTION >
    HEADLINE') whose last part is the next line, the headline written once more under it: the
    trail is chrome (rule breadcrumb), the line under it the title."""
    parts = _TRAIL_SPLIT_RE.split(norm)
    if len(parts) < 3 or not parts[-1].strip():
        return False
    nxt = _next_line(raw, view, end)
    return nxt is not None and _key_of(nxt[1]) == _key_of(parts[-1])


def _headline_below(raw: str, view: Normalized, end: int, norm: str,
                    asked: dict[tuple[Callable[[str], Any], str], Any] | None) -> bool:
    """Rule implausible_headline: the line about to be taken as the headline (no record title names
    it) is a header line no rule knows, and the next line is the headline. It is so when the line is
    plainly no headline (:func:`_weak_headline` 3: a hashtag row or a market ticker, over any line
    that is no sentence; 2: a ticker 'LABEL | ...', a weather row, a Latin line) or reads as a slogan
    or promo (1) and the next line reads as a headline (three words or more, Arabic, no sentence
    end, no rule's) followed by a date line, a byline, a share row or the story's first paragraph,
    right under it or under its standfirst (for 1; for 2, by anything),
    or the site's header goes on below it (a masthead or a logo; for 2, a menu's labels too).
    Cheap: the line's own marks and words first."""
    weak = _weak_headline(norm)
    if not weak:
        return _header_block_below(raw, view, end, asked)
    nxt = _next_line(raw, view, end)
    if nxt is None:
        return False
    stripped, nnorm, nend = nxt
    if weak == 3 and _short_headline_like(stripped):
        return True  # (a hashtag row or a market ticker over any chrome or headline: no sentence below)
    if _once(asked, masthead_rule, nnorm) is not None or _once(asked, _logo_rule, nnorm) or (
            weak == 2 and _label_items(nnorm) is not None):
        return True  # the site's header goes on below it (its name, its menu): the headline is further down
    if (not _ARABIC_RE.search(nnorm) or _n_words(nnorm, _MIN_BELOW_HEADLINE_WORDS) < _MIN_BELOW_HEADLINE_WORDS
            or not _short_headline_like(stripped) or _weak_headline(nnorm)):
        return False
    if _once(asked, _line_rule, nnorm) is not None or _once(asked, masthead_rule, nnorm) is not None \
            or _under_headline(stripped, nnorm, asked):
        return False
    if weak >= 2:
        return True
    for _ in range(2):  # (the line under the headline, or under its standfirst)
        after = _next_line(raw, view, nend)
        if after is None:
            return False
        if _under_headline(after[0], after[1], asked) or _is_paragraph(after[0]):
            return True
        if not _could_be_title(after[0]):
            return False
        nend = after[2]
    return False


#: The most lines a page's header block runs below a line taken for the headline (rule header_block).
_MAX_HEADER_BLOCK_LINES = 8
#: A menu row below the line has at least this many items.
_MIN_BLOCK_MENU_ITEMS = 3


def _is_block_chrome(stripped: str, norm: str,
                     asked: dict[tuple[Callable[[str], Any], str], Any] | None) -> bool:
    """A line of a page's header block: a menu's labels, a whole-line rule's (a breadcrumb, a meta line),
    a masthead, a date line or a byline (:func:`_under_headline`)."""
    return (_label_items(norm) is not None or _once(asked, masthead_rule, norm) is not None
            or _under_headline(stripped, norm, asked))


def _header_block_below(raw: str, view: Normalized, end: int,
                        asked: dict[tuple[Callable[[str], Any], str], Any] | None) -> bool:
    """Rule header_block (of implausible_headline): the line about to be taken as the headline (a
    site's full name no list knows, 'الجمهورية العربية السورية - الوكالة ...') stands atop the page's
    header block: right under it (no blank line between) a menu row of several items or a breadcrumb,
    then only header chrome (labels, a date line, a byline, a meta line) down to a blank line, and
    below that a headline-like line of three words or more that the story's first paragraph (or a
    date line, a byline) follows. A menu never stands under a headline, so the line is the header's.
    Cheap: the next line must be a menu row or a breadcrumb, read only when no blank line comes first."""
    if _BLANK_LINE_RE.match(raw, end) or end >= len(raw):
        return False
    nxt = _next_line(raw, view, end)
    if nxt is None:
        return False
    items = _label_items(nxt[1])
    if ((items is None or len(items) < _MIN_BLOCK_MENU_ITEMS)
            and _once(asked, _line_rule, nxt[1]) not in ("nav_menu", "breadcrumb")):
        return False  # (the line's whole-line rule is remembered: clean reads the line next)
    pos = nxt[2]
    for _ in range(_MAX_HEADER_BLOCK_LINES):
        if _BLANK_LINE_RE.match(raw, pos):
            break
        line = _next_line(raw, view, pos)
        if line is None or not _is_block_chrome(line[0], line[1], asked):
            return False
        pos = line[2]
    else:
        return False
    head = _next_line(raw, view, pos)
    if head is None:
        return False
    stripped, hnorm, hend = head
    if (not _ARABIC_RE.search(hnorm) or _n_words(hnorm, _MIN_BELOW_HEADLINE_WORDS) < _MIN_BELOW_HEADLINE_WORDS
            or not _short_headline_like(stripped) or _weak_headline(hnorm)
            or _once(asked, _line_rule, hnorm) is not None or _is_block_chrome(stripped, hnorm, asked)):
        return False
    after = _next_line(raw, view, hend)
    return after is not None and (_is_paragraph(after[0]) or _under_headline(after[0], after[1], asked))


#: A paragraph of the story: a sentence of at least this many words.
_MIN_PARAGRAPH_WORDS = 12


def _is_paragraph(stripped: str) -> bool:
    """A body paragraph: a long sentence ending in a full stop, or a line too long for a headline."""
    n = _n_words(stripped, _MAX_TITLE_WORDS)
    return n > _MAX_TITLE_WORDS or (n >= _MIN_PARAGRAPH_WORDS and _ends_statement(stripped))


def _line_reading(raw: str, view: Normalized, title_key: str) -> int | None:
    """The start of the first of the top lines that reads ``title_key`` (the record's title)."""
    for n, m in enumerate(_page_lines(raw)):
        if n > _MAX_TOP_LINES:
            break
        stripped = m.group().strip()
        if stripped:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if _reads_key(view.text_of(start, start + len(stripped)), title_key):
                return start
    return None


#: An item of a numbered list: a number and a dot, a bracket or a dash opening the line ('1. ...', '2) ...').
_NUMBERED_LINK_RE = re.compile(r"^\s*[0-9\u0660-\u0669]{1,2}\s*[.)\-\u2013]\s")


def _top_line_rule(norm: str, stripped: str, in_list: bool, site: str | None, links: dict) -> str | None:
    """The rules of a line above the headline that no whole-line rule takes, read from where it stands:

    * related_links: a line of a list of links under its header ('الأكثر تداولا', 'الأكثر قراءة')
      down to a blank line: headlines of other stories, not this page's;
    * weather_widget (bare): a place and a temperature alone ('عمّان 14°'), or a row of them
      ('الطقس في طرابلس 29° | بنغازي 27°'): in the body such a line may be the story's own list item;
    * site_caption: a photo caption credited to the site named atop the page
      ('... خلال تمرين على إخلاء مركبات - أخبار الآن');
    * publisher_header: a publisher's line (:func:`_is_publisher_line`).
    """
    if in_list and _n_words(stripped, links["line_max_words"] + 1) <= links["line_max_words"] \
            and not _ends_statement(stripped):
        return "related_links"
    if "\u00b0" in norm and _is_weather_widget(norm, bare=True):
        return "weather_widget"
    if site is not None and _CREDIT_TAIL_DASH_RE.search(norm) and _is_site_caption(norm, site):
        return "photo_caption"
    if _is_publisher_line(norm):
        return "publisher_header"
    return None


#: Rule publisher_header: a publisher's line atop the page has at most this many words.
_MAX_PUBLISHER_WORDS = 5


@cache
def _publisher_words() -> frozenset[str]:
    words = lexicon.load("boilerplate")["copyright_owner"].get("publisher_words", ())
    return frozenset(_name_key(w) for w in words)


def _is_publisher_line(norm: str) -> bool:
    """Rule publisher_header: above the headline, a short line of letters opened by a publisher's word
    (``copyright_owner.publisher_words``: 'دار الصياد للطباعة والنشر', 'مؤسسة روزاليوسف') is the
    publisher's header, chrome that names no outlet (the paper is one of its titles)."""
    words = _name_key(norm).split()
    return 1 < len(words) <= _MAX_PUBLISHER_WORDS and words[0] in _publisher_words() \
        and all(_TOKEN_RE.fullmatch(w) for w in words)


def _dated_long_headline(raw: str, view: Normalized, end: int, stripped: str) -> bool:
    """Rule dated_long_headline: a line too long to read as a headline (a 39-word headline), with
    no sentence end, is the headline when the next line is the story's date line ('نشر في 26 يناير
    2025'): a lede is not dated under it."""
    if _ends_sentence(stripped) or len(stripped.split()) > _MAX_TITLE_WORDS:
        return False
    for m in _LINE_RE.finditer(raw, end):
        nxt = m.group().strip()
        if _VISIBLE_RE.search(nxt):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            return bool(_is_date_line(view.text_of(start, start + len(nxt))))
    return False


#: Rule wide_menu_row: a row of this many labels ('الرئيسية | أخبار | تقارير | رأي | فيديو') is a menu
#: by itself, with no site name above it.
_MIN_WIDE_MENU_ITEMS = 5


def _is_wide_menu_row(raw: str, start: int) -> bool:
    end = raw.find("\n", start)
    items = _label_items(normalize_text(raw[start:end if end >= 0 else len(raw)]))
    return items is not None and len(items) >= _MIN_WIDE_MENU_ITEMS


#: A label alone above a headline is a kicker ('خبر عاجل') when this short; a longer one is the title.
_MAX_TOP_KICKER_WORDS = 2
#: The menu and the headline are looked for among the first lines of a page only.
_MAX_TOP_LINES = 60


@cache
def _caption_opening() -> tuple[frozenset[str], frozenset[str], int]:
    spec = lexicon.load("boilerplate")["caption_opening"]
    return (frozenset(normalize_text(w) for w in spec["words"]),
            frozenset(normalize_text(w) for w in spec["not_second"]), int(spec["max_words"]))


@cache
def _caption_phrases() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["caption_opening"]["phrases"])


def _is_caption_opening(norm: str) -> bool:
    """'صورة لأعضاء الاتحاد في جولة ميدانية': a caption naming its picture (no verb, no end); rule
    caption_phrase: 'جانب من الدمار الذي خلفته الغارات', a view of what the picture shows."""
    first, not_second, most = _caption_opening()
    words = norm.split(None, most + 1)
    if not 3 <= len(words) <= most:
        return False
    if " ".join(words[:2]) in _caption_phrases():
        return not _inner_sentence_end(norm)
    if words[0] not in first:
        return False
    second = words[1]
    if not second.startswith("\u0644") or len(second) < 3 or second in not_second:
        return False
    return not _inner_sentence_end(norm)


def _inner_sentence_end(norm: str) -> bool:
    """A sentence end before the last character, or a closing colon: body text, not a caption."""
    text = norm.rstrip()
    return text.endswith((":", "\u061b")) or _SENT_END_RE.search(text[:-1]) is not None


def _is_caption_after_credit(norm: str, after_label: bool = False) -> bool:
    spec = lexicon.load("boilerplate")["caption_after_credit"]
    n = _n_words(norm, spec["max_words"])
    least = 1 if after_label else spec["min_words"]
    return (least <= n <= spec["max_words"] and not _inner_sentence_end(norm)
            and not _SENT_MARKS_RE.search(norm.rstrip()[-1:]))


@cache
def _caption_labels() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["caption_after_credit"]["labels"])


def _is_caption_label(norm: str) -> bool:
    """A caption label standing alone ('التعليق على الصورة،', 'فيديو'): its caption is the next line."""
    return norm.count(" ") <= _MAX_MENU_SPACES and _name_key(_strip_bullets(norm)) in _caption_labels()


_EMAIL_LINE_RE = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$", re.ASCII)
#: Rule labelled_email: a label (no sentence mark in it), a colon, and an e-mail address ending the line,
#: or then a second label and a phone number ('| الهاتف: 0000 45 25 222+').
_LABELLED_EMAIL_RE = re.compile(
    r"^[^\W\d_][^:.!?\u061f@]{0,80}:\s*[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\s*"
    r"(?:[|\u2013\-\u060c,]\s*[^\W\d_][^:.!?\u061f@\d]{0,30}:\s*\+?[\d\s\-]{6,20}\+?\s*)?$")


def _n_lettered_words(norm: str) -> int:
    """The words of a line that are not a group of a phone number ('0000', '222+')."""
    return sum(1 for w in norm.split() if not w.strip("+-()").isdigit())


@cache
def _labelled_email_max() -> int:
    return int(lexicon.load("boilerplate")["contact_footer"]["labelled_email_max_words"])


@cache
def _author_roles() -> tuple[frozenset[str], int]:
    spec = lexicon.load("boilerplate")["byline"]
    return frozenset(_name_key(w) for w in spec["author_roles"]), int(spec["author_note_max_words"])


def _is_author_note(norm: str) -> bool:
    """Rule author_note: an op-ed's note on its writer, an asterisk (stripped before ``norm``) and a
    writer's role (``byline.author_roles``) first: '* كاتب وباحث أردني متخصص في شؤون القوقاز'.

    >>> _is_author_note("كاتب وباحث أردني"), _is_author_note("ارتفاع أسعار الوقود")
    (True, False)
    """
    roles, most = _author_roles()
    words = norm.split(None, 1)
    return (bool(words) and _name_key(words[0]) in roles and _n_words(norm, most) <= most
            and not _SENT_END_RE.search(norm.rstrip().rstrip(".")))


def _is_footer_continuation(norm: str) -> bool:
    spec = lexicon.load("boilerplate")["contact_footer"]
    return (_n_words(norm, spec["max_words"]) <= spec["max_words"]
            and re.search(rf"\d{{{int(spec['min_digits'])},}}", norm) is not None)


# --- line tests ------------------------------------------------------------------------------


def _n_words(text: str, cap: int) -> int:
    """Number of words in ``text``, counted up to ``cap + 1`` (enough to compare with ``cap``).

    >>> _n_words("a b  c", 10), _n_words("a b c d", 2)
    (3, 3)
    """
    return len(text.split(None, cap))


@cache
def _max_rule_words() -> int:
    """The most words a line may have and still fall under a whole-line rule."""
    return max([r.max_words for r in _rules()] + [_caption_re()[1]])


#: A caption closed by a spaced dash and a credit ('... إلى قره باغ - رويترز') has at least this many
#: words: 'موسكو - رويترز' is a byline.
_MIN_DASHED_CAPTION_WORDS = 5


def _is_dashed_caption(norm: str, n_words: int) -> bool:
    """'... في طريقها إلى قره باغ - رويترز' is a caption; a byline, even after chrome, is not."""
    return (n_words >= _MIN_DASHED_CAPTION_WORDS and _leading_run(norm) is None
            and not byline_outlet(norm)[0])


def _is_site_caption(norm: str, site: str) -> bool:
    """Rule site_caption: a photo caption credited to the page's own site after a spaced dash
    ('صورة تظهر أحد ممرات السجن بعد فتحه - زمان الوصل' on زمان الوصل's page): at least
    ``_MIN_DASHED_CAPTION_WORDS`` words before the dash, no sentence end, no reporting verb first.

    >>> _is_site_caption("صورة تظهر أحد ممرات السجن بعد فتحه - زمان الوصل", "زمان الوصل")
    True
    >>> _is_site_caption("وقال المتحدث إن الوضع صعب جدا في المدينة - زمان الوصل", "زمان الوصل")
    False
    """
    m = _CREDIT_TAIL_DASH_RE.search(norm)
    if not m or _name_key(norm[m.end():]) != _name_key(site):
        return False
    head = norm[:m.start()].strip()
    n = _n_words(head, _caption_re()[1] + 1)
    return (_MIN_DASHED_CAPTION_WORDS <= n <= _caption_re()[1] and not _SENT_END_RE.search(head)
            and not _opens_body_sentence(head) and byline_outlet(norm)[0] is False)


_BRACKET_CREDIT_RE = re.compile(r"\(([^()\d]{2,40})\)\s*$")


def _is_credited_caption(norm: str, site: str) -> bool:
    """Rule site_caption_top: a caption under the headline is closed by the page's own site after
    a dash (rule site_caption), by a wire agency after a dash ('مبنى متضرر في
    ستيباناكرت جراء القصف - تسنيم'), or by a short credit in brackets, at most four words:
    the site's own, a wire agency's or a known outlet's, or an agency and a photographer after a slash
    ('أفراد من عائلة نازحة يصلون إلى ملعب (إفي/ماريو كاييس)'). What comes before it is a caption's
    words: no sentence end, no reporting verb first.

    >>> _is_credited_caption("أفراد من عائلة نازحة يصلون إلى ملعب في المدينة (إفي/ماريو كاييس)", "")
    True
    >>> _is_credited_caption("وقال المتحدث إن القصف طال المدينة (أ ف ب)", "")
    False
    >>> _is_credited_caption("وعندما تصبح ثقافة العيب اشد علينا من (الحرام)", "")
    False
    """
    if site and _is_site_caption(norm, site):
        return True
    m = _BRACKET_CREDIT_RE.search(norm)
    if m is not None:
        credit = m.group(1).strip()
        words = credit.replace("/", " ").split()
        named = "/" in credit or _name_key(credit) == _name_key(site) or known_outlet(credit) \
            or _name_key(credit) in _agencies()
        if not 1 <= len(words) <= 4 or _SENT_END_RE.search(credit) or norm.count("(") > 1 or not named:
            return False  # (a person's name alone in brackets may credit a linked story's author)
        head = norm[:m.start()].strip()
    else:
        m = _CREDIT_TAIL_DASH_RE.search(norm)
        tail = _name_key(norm[m.end():]) if m else ""
        if not tail or tail not in _agencies():
            return False  # (an outlet's name after a dash closes its own sentence: a place tag's credit)
        head = norm[:m.start()].strip()
    n = _n_words(head, _caption_re()[1] + 1)
    return (_MIN_DASHED_CAPTION_WORDS <= n <= _caption_re()[1] and not _SENT_END_RE.search(head)
            and not _opens_body_sentence(head))


@cache
def _weather_spec() -> tuple[int, int, frozenset[str]]:
    spec = lexicon.load("boilerplate")["weather_widget"]
    return (int(spec["max_words"]), int(spec["place_max_words"]),
            frozenset(normalize_text(c).lower() for c in spec["conditions"]))


@cache
def _weather_re() -> re.Pattern[str]:
    """Rule weather_widget: a place, a temperature ('38°', '-3°C', '25 °', or with an Arabic unit
    letter of ``weather_widget.units``) and what follows it."""
    units = "".join(normalize_text(u) for u in lexicon.load("boilerplate")["weather_widget"]["units"])
    return re.compile(r"^(?P<place>[^\W\d_]+(?:[\s\-][^\W\d_]+)*)\s*[-:|\u2013]?\s*"
                      rf"-?\d{{1,2}}\s?\u00b0\s?[CFcf{re.escape(units)}]?(?![\w])\s*[-|\u2013]?\s*(?P<rest>[^\d]*)$")


def _is_weather_widget(norm: str, bare: bool = False) -> bool:
    """Rule weather_widget: a header's weather box, 'تونس 38° مشمس' (place, temperature, and a
    condition of the list); a sentence giving a temperature ('بلغت الحرارة 47° في الظل') or a list
    item without a condition ('قفصة 47°') stays.

    >>> _is_weather_widget("الدوحة 25° غائم جزئيا"), _is_weather_widget("سجلت قفصة 47° أمس")
    (True, False)

    With ``bare`` (above the headline, rule weather_widget's bare form), a place and a temperature
    alone ('عمّان 14°') and a row of them after a weather label ('الطقس في طرابلس 29° | بنغازي 27°')
    are a widget too.
    """
    most, place_most, conditions = _weather_spec()
    text = norm.strip()
    if bare:
        text = _weather_label_re().sub("", text)
        items = [p.strip() for p in text.split("|")] if "|" in text else [text]
        return len(items) <= most and all(
            (m := _weather_re().match(p)) is not None and len(m.group("place").split()) <= place_most
            and (not (rest := m.group("rest").strip(_PUNCT + " ").lower()) or rest in conditions)
            for p in items)
    m = _weather_re().match(text)
    if m is None or len(norm.split()) > most or len(m.group("place").split()) > place_most:
        return False
    rest = m.group("rest").strip(_PUNCT + " ").lower()
    return rest in conditions  # (a bare 'قفصة 47°' may be an item of the story's own list)


@cache
def _weather_label_re() -> re.Pattern[str]:
    """A weather box's label before its places ('الطقس في', 'حالة الطقس:')."""
    labels = sorted((normalize_text(w) for w in lexicon.load("boilerplate")["weather_widget"]["labels"]),
                    key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, labels)) + r")\s*:?\s*")


def _strip_bullets(text: str) -> str:
    return text.strip().lstrip(_BULLETS).strip()


def line_rule(line: str) -> str | None:
    """Name of the whole-line boilerplate rule ``line`` falls under, or ``None``.

    >>> line_rule("Sorry, you need to enable JavaScript to visit this website.")
    'javascript_notice'
    """
    return _line_rule(normalize_text(line))


def _line_rule(norm: str) -> str | None:
    """:func:`line_rule` on the line's normalized text."""
    bare = norm.strip()
    norm = _strip_bullets(norm)
    if not norm:
        chars = lexicon.load("boilerplate")["separator_line"]["chars"]
        return "separator" if bare and all(c in chars or c.isspace() for c in bare) else None
    n_words = _n_words(norm, _max_rule_words())
    if "@" in norm and _is_tweet_line(bare, norm, n_words):
        return "tweet_embed"
    gates = _gates_passed(norm, n_words)
    for rule in _candidate_rules(n_words, gates):  # (none, for most lines of the body)
        if rule.matches(norm, "cased" in gates):
            return rule.name
    if _is_signoff(norm):  # (before captions: its agencies in parentheses would read as one's credit)
        return "signoff"
    if "\u00b0" in norm and _is_weather_widget(norm):
        return "weather_widget"
    if n_words <= 1 and _BARE_URL_RE.match(norm):
        return "story_link"
    if norm[:1].isdigit() and _TIMED_TICKER_RE.match(norm):
        return "timed_ticker"
    if n_words <= 8 and norm.rstrip()[-1:] in _WIRE_DATELINE_ENDS and _is_wire_dateline(norm):
        return "wire_dateline"
    if norm.lstrip()[:1] in "-\u2013\u2014(" and _is_wire_footer(norm):
        return "wire_footer"
    pattern, max_words = _caption_re()
    if n_words <= max_words and _may_end_with_credit(norm) and not _opens_body_sentence(norm):
        m = pattern.search(norm)
        if (m and not _SENT_END_RE.search(norm[: m.start()].rstrip())
                and (norm[m.start()] in "(\"\u201c\u00ab" or _is_dashed_caption(norm, n_words))):
            return "photo_caption"
    if _is_kind_caption(norm, n_words):
        return "photo_caption"
    if n_words <= _time_line()[1] + 1 and _is_time_line(norm):
        return "site_timestamp"
    # (below, a line with more words than a test takes fails it: ``n_words``, counted up to one
    # more than any rule takes, is never above the line's count, and skips the test's own count)
    if n_words <= _caption_opening()[2] and _is_caption_opening(norm):
        return "photo_caption"
    if _EMAIL_LINE_RE.match(norm):
        return "author_contact"
    if ("@" in norm and _n_lettered_words(norm) <= _labelled_email_max()
            and _LABELLED_EMAIL_RE.match(norm)):  # (a phone's digit groups count as no words)
        return "author_contact"  # rule labelled_email: 'للتواصل مع قسم الاقتصاد: economy@site.com'
    if bare[:1] == "*" and _is_author_note(norm):
        return "author_note"
    if n_words <= _MAX_HANDLE_LINE_WORDS and _HANDLE_RE.search(norm) and not _SENT_END_RE.search(norm):
        return "author_contact"
    if n_words <= _relative_stamp_re()[1] and _is_relative_stamp(norm):
        return "site_timestamp"
    if n_words <= _follow_prompt_re()[1] and _is_follow_prompt(norm):
        return "app_prompt"
    if _is_tag_row(norm):
        return "tags"
    if n_words <= _feedback_words()[3] and _is_feedback_prompt(norm):
        return "feedback_widget"
    if "|" in norm and (rule := _stamp_pair(norm)):
        return rule
    return None


_STAMP_RULES = frozenset({"publish_stamp", "site_timestamp"})


def _stamp_pair(norm: str) -> str | None:
    """Rule stamp_pair: a publication stamp and an update stamp on one line, split by a bar
    ('نشر في: ... 3:15 م | آخر تحديث: ... 5:40 م'): each part a stamp by itself, the line is the
    first part's rule (too long for either rule alone)."""
    parts = [p.strip() for p in norm.split("|")]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return None
    rules = [_line_rule(p) for p in parts]
    return rules[0] if all(r in _STAMP_RULES for r in rules) else None


@cache
def _hashtag_line_re() -> tuple[re.Pattern[str], int]:
    """Rule hashtag_line: a line of hashtags only ('#ناغورني قره باغ', '#أذربيجان #أرمينيا'): each a
    mark and words of letters or digits (maybe joined by '_'), no sentence mark, colon or comma."""
    spec = lexicon.load("boilerplate")["hashtag_line"]
    mark = re.escape(spec["mark"])
    tag = rf"{mark}[^\W_]+(?:[ \t\u00a0_]+[^\W_]+)*"
    return re.compile(rf"{tag}(?:\s*{tag})*\s*$"), int(spec["max_words"])


def _is_hashtag_line(norm: str) -> bool:
    """A line of hashtags only (:func:`_hashtag_line_re`).

    >>> _is_hashtag_line("#ناغورني قره باغ"), _is_hashtag_line("#عاجل: انفجار يهز العاصمة.")
    (True, False)
    """
    if not norm.startswith("#"):
        return False
    pattern, most = _hashtag_line_re()
    return _n_words(norm, most) <= most and bool(pattern.match(norm))


def _cut_trailing_hashtags(result: Cleaned) -> None:
    """Hashtag lines that end the text, below the last body line, are its tags; a hashtag line with
    body below it is the article's own crosshead (a column's series title) and stays."""
    paras = result.paragraphs
    view = result.view
    assert view is not None  # clean builds it first
    k = 0
    while k < len(paras) - 1 and _is_hashtag_line(view.text_of(*paras[-1 - k].span).strip()):
        k += 1
    for p in paras[len(paras) - k:]:
        result.boilerplate.append(Segment(p.text, p.span, "tags"))
    del paras[len(paras) - k:]


@cache
def _tag_row_re() -> re.Pattern[str]:
    spec = lexicon.load("boilerplate")["tag_row"]
    item = rf"[^\W_]+(?:[ \t\u00a0]+[^\W_]+){{0,{int(spec['max_item_words']) - 1}}}"
    sep = r"\s*[\u060c,|]\s*"
    more = int(spec["min_items"]) - 1
    return re.compile(rf"^(?:{lexicon.alternation(spec['labels'])})\s*:?\s+{item}(?:{sep}{item}){{{more},}}"
                      rf"\s*[\u060c,]?$", re.IGNORECASE)


_SPACED_ITEMS_RE = re.compile(r"\s{2,}")
#: An item of a spaced tag row: words of letters only (a hyphen or an apostrophe inside a name).
_TAG_ITEM_RE = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?: [^\W\d_]+(?:[-'\u2019][^\W\d_]+)*)*")


def _is_spaced_tag_row(line: str) -> bool:
    """Rule spaced_tags: a row of short items set apart by two spaces or more, no label.

    >>> _is_spaced_tag_row("قره باغ  أرمينيا  أذربيجان  حصار")
    True
    >>> _is_spaced_tag_row("وقال الوزير  إن القصف استمر")
    False
    """
    spec = lexicon.load("boilerplate")["spaced_tags"]
    items = _SPACED_ITEMS_RE.split(line.strip())
    return len(items) >= spec["min_items"] and all(
        len(i.split()) <= spec["item_max_words"] and _TAG_ITEM_RE.fullmatch(i) is not None for i in items)


def _is_tag_row(norm: str) -> bool:
    """A tag label and a comma list of short items on one line ('الموضوعات أذربيجان، أرمينيا').

    >>> _is_tag_row("الموضوعات ناغورني قره باغ، أرمينيا")
    True
    >>> _is_tag_row("الموضوعات التي ناقشها الاجتماع كثيرة، منها.")
    False
    """
    # (the anchored label pattern first: it fails on a line's first word, where counting the spaces
    # of a long paragraph reads it all; both tests are pure, so the order changes no answer)
    return _tag_row_re().match(norm) is not None and norm.count(" ") <= _MAX_MENU_SPACES


@cache
def _feedback_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, frozenset[str]]:
    spec = lexicon.load("boilerplate")["feedback_prompt"]
    return (_tokens(spec["article_words"]), _tokens(spec["feedback_words"]), _tokens(spec["openers"]),
            int(spec["max_words"]), _tokens(spec.get("answers", [])))


def _is_feedback_prompt(norm: str) -> bool:
    """'كيف ترى المقالة؟', 'قيّم هذا المقال': a short line asking the reader's view of the article,
    maybe with its answer buttons after the question ('هل كان هذا المقال مفيدا؟ نعم | لا')."""
    articles, feedback, openers, most, answers = _feedback_words()
    if _n_words(norm, most) > most:
        return False
    tokens = [t.lower() for t in _TOKEN_RE.findall(norm)]
    if not tokens or not any(t in articles for t in tokens) or not any(t in feedback for t in tokens):
        return False
    q = max(norm.rfind("?"), norm.rfind("\u061f"))
    return (q >= 0 and all(t.lower() in answers for t in _TOKEN_RE.findall(norm, q + 1))) \
        or tokens[0] in openers


#: A group of initials: letters one or two at a time, joined by dots ('ع.ج.م', 'ح.ز').
_INITIALS = r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})*\.?"
#: An editors' sign-off (DW): initials split by slashes, then maybe the agencies in parentheses.
_SIGNOFF_RE = re.compile(rf"^{_INITIALS}(?:\s*/\s*{_INITIALS})+\s*(?:\([^()]{{1,80}}\))?\s*$")


def _is_signoff(norm: str) -> bool:
    """'ع.ج.م/ ح.ز (أ ف ب، رويترز)': editors' initials, one group at least with a dot, or a wire's
    spaced editors' code with none ('ع ن ع / ه ب ع', :data:`_SPACED_SIGNOFF_RE`), or one dotted
    group alone (:data:`_LONE_SIGNOFF_RE`).

    >>> _is_signoff("ع.ج.م/ ح.ز (أ ف ب، رويترز)"), _is_signoff("ع.ح/ ف.ي"), _is_signoff("قال/ وأضاف")
    (True, True, False)
    """
    if not _SIGNOFF_RE.match(norm):
        return (_SPACED_SIGNOFF_RE.match(norm) is not None
                or ("." in norm and _LONE_SIGNOFF_RE.match(norm) is not None)
                or (norm.lstrip().startswith("(") and _is_bracketed_signoff(norm))
                or _is_letters_signoff(norm))
    return "." in norm.split("(", 1)[0]


#: rule letters_signoff: an editor's initials as two or three single letters split by spaces, alone
#: on their line ('ع ع', BNA's and SUNA's closing line); a word of two letters is no initials.
_LETTERS_SIGNOFF_RE = re.compile(r"^\s*[^\W\d_](?:[ \t\u00a0]+[^\W\d_]){1,2}\s*$")
#: rule bracketed_code_signoff: a wire's spaced editors' code in parentheses, two letters at least
#: before the slash ('(ح ع/ر)', ANHA's closing line).
_BRACKETED_CODE_RE = re.compile(
    r"^\s*\(\s*[^\W\d_](?:[ \t\u00a0]+[^\W\d_]){1,3}\s*/\s*[^\W\d_](?:[ \t\u00a0]+[^\W\d_]){0,3}\s*\)\s*$")
#: rule agency_initials_signoff: a known wire agency in parentheses, then the editor's dotted
#: initials ('(وال) ع.م', LANA's closing line).
_AGENCY_INITIALS_RE = re.compile(
    r"^\s*\(\s*([^()]{2,20}?)\s*\)\s*[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2}){1,2}\.?\s*$")


def _is_letters_signoff(norm: str) -> bool:
    """Editors' initials without dots closing a story: 'ع ع', '(ح ع/ر)', '(وال) ع.م'. Latin letters
    and a known agency's spaced initials ('أ ف ب', its credit) are not so read.

    >>> _is_letters_signoff("ع ع"), _is_letters_signoff("(ح ع/ر)"), _is_letters_signoff("(وال) ع.م")
    (True, True, True)
    >>> _is_letters_signoff("عن"), _is_letters_signoff("A B"), _is_letters_signoff("(أ/ب)")
    (False, False, False)
    """
    if len(norm) > 40 or _LATIN_RE.search(norm):
        return False
    if _LETTERS_SIGNOFF_RE.match(norm):
        return agency_key(norm.strip()) is None
    if _BRACKETED_CODE_RE.match(norm):
        return True
    m = _AGENCY_INITIALS_RE.match(norm)
    return m is not None and agency_key(m.group(1)) is not None


#: rule bracketed_signoff: an editor's initials joined by dots, alone in parentheses ('(د.ع)'), the
#: closing signature of a paper's story; a wire agency's initials so written ('(أ.ف.ب)') are its credit.
_BRACKETED_SIGNOFF_RE = re.compile(
    r"^\s*\(\s*([^\W\d_]{1,2}\.\s?[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})?\.?)\s*\)\s*$")


def _is_bracketed_signoff(norm: str) -> bool:
    """'(د.ع)' is an editor's closing signature; '(أ.ف.ب)', a known agency, is not.

    >>> _is_bracketed_signoff("(د.ع)"), _is_bracketed_signoff("(أ.ف.ب)"), _is_bracketed_signoff("(أ.ب)")
    (True, False, False)
    """
    m = _BRACKETED_SIGNOFF_RE.match(norm)
    if m is None:
        return False
    group = m.group(1)
    return all(agency_key(form) is None for form in (group, group.replace(".", " "), group.replace(".", "")))


#: rule signoff, a wire's spaced editors' code: groups of two to four single letters split by
#: spaces, the groups split by a slash ('ع ن ع / ه ب ع', KUNA's closing line). Single letters only:
#: 'قال / وأضاف' or 'أ / ب' (one letter a side) is no code. A slash may open and close it ('/ع ش/ م ع', QNA).
_SPACED_SIGNOFF_RE = re.compile(
    r"^\s*/?\s*[^\W\d_](?:\s+[^\W\d_]){1,3}(?:\s*/\s*[^\W\d_](?:\s+[^\W\d_]){1,3})+\s*/?\s*$")


#: rule signoff, one group alone: an editor's initials joined by dots, maybe under a rule of '=' or
#: '_' ('ي.ع', '==========ع.ش', WAFA's and NNA's closing lines), or a writer's first name and the
#: initial of the family name ('محمد. ب', an Algerian daily's byline). Two to three groups of one or
#: two letters: 'أ.ب.ت.ث' or a word and a full stop ('انتهى.') are no sign-off.
_LONE_SIGNOFF_RE = re.compile(
    r"^\s*[=_]{0,40}\s*(?:[^\W\d_]{1,2}\.\s?[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})?"
    r"|[^\W\d_]{2,12}\.\s[^\W\d_])\.?\s*$")


#: A line that is only a web address ('https://wam.ae/a/b3k2p9x', 'www.spa.gov.sa/2345'): the
#: story's short link (rule story_link).
#: Rule timed_ticker: a news ticker's item, a clock time and a bar before a headline ('10:45 | ...'):
#: a story's sentence does not open with a time set off by a bar.
_TIMED_TICKER_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*\|\s*\S")
_BARE_URL_RE = re.compile(r"^\s*(?:https?://|www\.)[^\s/]+\.[^\s/]+(?:/\S*)?\s*$", re.I)
#: rule wire_dateline: a national agency's dateline alone on its line, 'CITY DAY MONTH (AGENCY)'
#: ('جنيف 13 نيسان (بترا)', 'الكويت - 13 - 4 (كونا)', 'عمان 5 أيار 2023 (بترا)').
_WIRE_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[-\u2013\u060c,]?\s*\d{1,2}\s*[-/]?\s*"
    r"(?P<month>\d{1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s*[-/]?\s*\d{4})?\s*\((?P<ag>[^()]{1,30})\)"
    r"\s*[-\u2013\u2014]{0,3}\s*$")
#: rule wire_dateline, the agency after a comma ('باكو، 17 أكتوبر، أذرتاج',
#: 'يريفان، 20 أكتوبر 2020، أرمنبريس.'): a place, a comma, a day, a month name and maybe a year,
#: a comma, the agency and maybe a full stop.
_WIRE_DATELINE_COMMA_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[\u060c,]\s*\d{1,2}\s+"
    r"(?P<month>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+\d{4})?\s*[\u060c,]\s*(?P<ag>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
    r"\s*\.?\s*$")
#: rule wire_dateline, the agency between slashes ('المنامة في 23 يونيو / بنا /'): a place, maybe a
#: short particle, a day, a month name and maybe a year, then the agency between slashes.
_WIRE_DATELINE_SLASH_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+(?:[^\W\d_]{1,2}\s+)?\d{1,2}\s+"
    r"(?P<month>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+\d{4})?\s*/\s*(?P<ag>[^/\d]{1,30}?)\s*/\s*$")
#: Initials of an editors' code, letters one or two at a time split by spaces ('م ع', 'ر ش').
_SPACED_INITIALS = r"[^\W\d_]{1,2}(?:\s+[^\W\d_]{1,2}){0,3}"
#: rule wire_footer: a national agency's closing line, dashes, the agency in parentheses, then
#: maybe the editors' initials split by a slash and a date and time ('--(بترا) م ع/ر ش 13/04/2023 11:50:21').
_WIRE_FOOTER_RE = re.compile(
    rf"^\s*(?P<dash>[-\u2013\u2014]{{1,3}})?\s*\((?P<ag>[^()\d]{{1,30}})\)\s*"
    rf"(?P<ini>{_SPACED_INITIALS}(?:\s*/\s*{_SPACED_INITIALS})*)?\s*"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{4})?\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


#: The last character of a wire dateline: the agency's closing parenthesis, the dashes after it
#: ('باكو - 5 - 4 (كونا) --'), or the agency's name (or a full stop) after a comma, in Arabic or
#: Latin letters ('باكو، 17 أكتوبر، APA': the agencies' list holds apa, afp, reuters, kuna).
_WIRE_DATELINE_ENDS = (frozenset(")-\u2013\u2014./") | frozenset(chr(c) for c in range(0x0621, 0x064B))
                       | frozenset(string.ascii_letters))


def _is_wire_dateline(norm: str) -> bool:
    """A dateline of a national agency alone on its line: a place of one to three words, a day,
    a month (a name or digits) and maybe a year, then a known agency in parentheses, or after a
    comma, the month a name then ('باكو، 17 أكتوبر، أذرتاج', :data:`_WIRE_DATELINE_COMMA_RE`).

    >>> _is_wire_dateline("جنيف 13 نيسان (بترا)"), _is_wire_dateline("قتل 13 شخصا (رويترز)")
    (True, False)
    >>> _is_wire_dateline("المنامة في 23 يونيو / بنا /"), _is_wire_dateline("قتل 13 شخصا / بنا /")
    (True, False)
    """
    m = (_WIRE_DATELINE_RE.match(norm) or _WIRE_DATELINE_COMMA_RE.match(norm)
         or _WIRE_DATELINE_SLASH_RE.match(norm))
    if m is None or squash_spaces(m.group("ag")).lower() not in _agencies():
        return False
    calendar = _calendar_words()
    month = m.group("month")
    if not month.isdigit() and not all(t.lower() in calendar for t in _TOKEN_RE.findall(month)):
        return False
    return not any(t.lower() in calendar for t in _TOKEN_RE.findall(m.group("place")))


def _is_wire_footer(norm: str) -> bool:
    """A wire's closing line: a known agency in parentheses after dashes, or followed by the
    editors' initials split by a slash or by a numeric date.

    >>> _is_wire_footer("--(بترا) م ع/ر ش 13/04/2023 11:50:21"), _is_wire_footer("(رويترز) قال")
    (True, False)
    """
    m = _WIRE_FOOTER_RE.match(norm)
    if m is None or squash_spaces(m.group("ag")).lower() not in _agencies():
        return False
    ini = m.group("ini") or ""
    return bool(m.group("dash") or "/" in ini or m.group("date"))


@cache
def _follow_prompt_re() -> tuple[re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["follow_prompt"]
    pat = (rf"^(?:{lexicon.alternation(spec['openers'])})(?![^\W_]).*?\s"
           rf"(?:{lexicon.alternation(spec['prepositions'])})\s+"
           rf"(?:{lexicon.alternation(spec['networks'])})[\s.:!]*$")
    return re.compile(pat, re.IGNORECASE), int(spec["max_words"])


def _is_follow_prompt(norm: str) -> bool:
    """'تابعوا العربية على تويتر': a short line asking the reader to follow the site on a network."""
    pattern, most = _follow_prompt_re()
    return _n_words(norm, most) <= most and bool(pattern.match(norm))


#: An embedded tweet's signature: a dash, the tweeter's name, the handle in parentheses, the day.
_TWEET_SIGNATURE_RE = re.compile(r"^[\-\u2013\u2014]\s*[^\s()@][^()@]{0,60}?\s*\(@[A-Za-z0-9_]{2,}\)"
                                 r"[^()@]{0,40}?(?:(?<!\d)(?:19|20)\d\d)?\s*$")


@cache
def _tweet_share_re() -> tuple[re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["tweet_lines"]
    pat = rf"\s(?:{lexicon.alternation(spec['via_words'])})\s*@[A-Za-z0-9_]{{2,}}\s*$"
    return re.compile(pat, re.I), int(spec["max_words"])


def _is_tweet_line(bare: str, norm: str, n_words: int) -> bool:
    """Rule tweet_embed (boilerplate.json tweet_lines): a share line, a headline closed by 'via
    @handle' ('... عبر @site_news'), or an embedded tweet's signature ('— سارة علي (@sara_ali) 3 مارس
    2024'; ``bare``: the line before its bullets are stripped). A sentence naming a handle stays body."""
    if _TWEET_SIGNATURE_RE.match(bare):
        return True
    pattern, most = _tweet_share_re()
    if n_words > most:
        return False
    m = pattern.search(norm)
    return bool(m) and not _SENT_END_RE.search(norm[:m.start()].rstrip())


#: A short line with a social-media handle is the author's contact ('سامر إلياس صحافي @samerelias').
_MAX_HANDLE_LINE_WORDS = 6


@cache
def _relative_stamp_re() -> tuple[re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["relative_stamp"]
    pat = (rf"^(?:{lexicon.alternation(spec['openers'])})\s+(?:\d+\s+)?"
           rf"(?:{lexicon.alternation(spec['units'])})(?:\s+[^\W\d_]+)?\s*$")
    return re.compile(pat), int(spec["max_words"])


def _is_relative_stamp(norm: str) -> bool:
    """A line that is only a relative time: 'منذ 3 ساعات'."""
    pattern, most = _relative_stamp_re()
    return _n_words(norm, most) <= most and bool(pattern.match(norm))


@cache
def _time_line() -> tuple[frozenset[str], int]:
    spec = lexicon.load("boilerplate")["time_line"]
    return _tokens(spec["words"]), int(spec["max_other_words"])


def _is_time_line(norm: str) -> bool:
    """A line that is a time of day and a zone or period word or two (a wire's '19:52 ت م')."""
    if not _TIME_RE.search(norm):
        return False
    rest = _TIME_RE.sub(" ", norm)
    if re.search(r"\d", rest):
        return False
    words, most = _time_line()
    tokens = _TOKEN_RE.findall(rest)
    return len(tokens) <= most and all(t.lower() in words for t in tokens)


def is_date_line(line: str) -> bool:
    """True if ``line`` holds a calendar date (and maybe a time) and next to no other words.

    >>> is_date_line("10/10/2020 [ 10:51 ]"), is_date_line("16 / 11 / 2021"), is_date_line("2 - 0")
    (True, True, False)
    """
    return _is_date_line(normalize_text(line))


def _is_date_line(norm: str) -> bool:
    """:func:`is_date_line` on the line's normalized text."""
    spec = lexicon.load("boilerplate")["dateline_words"]
    n = _n_words(norm, spec["max_words"])
    if not n or n > spec["max_words"]:
        return False
    if not _ANY_DIGIT_RE.search(norm):
        # rule date_line_digit_gate: a numeric date and a year are digits, and a yearless date line
        # holds one day number; a line with no digit (most short lines: headlines, labels) is none
        return False
    if not (_NUMERIC_DATE_RE.search(norm) or _YEAR_RE.search(norm)):
        return _is_yearless_date_line(norm)
    rest = _TIME_RE.sub(" ", _NUMERIC_DATE_RE.sub(" ", norm))
    tokens = _TOKEN_RE.findall(rest)
    known = _date_words()
    other = [t for t in tokens if t.lower() not in known]
    if len(other) > spec["max_other_words"]:
        return False
    # a date line carries a calendar date: a numeric date, a time, or a month or weekday name
    # (a bare year or year range, as in a crosshead 'موسم 2013 - 2014', is not enough)
    calendar = _calendar_words()
    return bool(_NUMERIC_DATE_RE.search(norm) or _TIME_RE.search(norm)
                or any(t.lower() in calendar for t in tokens))


#: rule yearless_date_line: a day of the month, alone in digits ('السبت 5 تشرين الأول')
_DAY_NUMBER_RE = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)")


@cache
def _month_words() -> frozenset[str]:
    """Month name tokens (with and without the article)."""
    return _tokens(_names(lexicon.load("months")))


def _is_yearless_date_line(norm: str) -> bool:
    """Rule yearless_date_line: a weekday, a day of the month and a month name, and nothing else
    but a time of day, is a date line though it writes no year (a site header's 'السبت 5 تشرين
    الأول'): no sentence is only that.

    >>> _is_yearless_date_line("السبت 5 تشرين الاول"), _is_yearless_date_line("5 تشرين الاول")
    (True, False)
    """
    rest = _TIME_RE.sub(" ", norm)
    days = _DAY_NUMBER_RE.findall(rest)
    if len(days) != 1 or len(re.findall(r"\d+", rest)) != 1:
        return False
    tokens = [t.lower() for t in _TOKEN_RE.findall(rest)]
    if not 2 <= len(tokens) <= 5 or _TOKEN_RE.sub("", _DAY_NUMBER_RE.sub("", rest)).strip(" ,\u060c-|/"):
        return False
    months, weekdays = _month_words(), _weekday_words()
    return (all(t in months or t in weekdays for t in tokens)
            and any(t in weekdays for t in tokens) and any(t in months and t not in weekdays for t in tokens))


def leading_date(line: str) -> int:
    """Length of a full date (day, month, year) that opens ``line`` with text glued after it.

    Returns 0 when the line does not start with such a date, or when the date is
    followed by a space (then it is ordinary body text).

    Rule leading_date_digit_gate: the extractor is not asked about a line with no digit in
    its first 80 characters (most first lines). Asked with no reference date, it gives a
    day that is not relative only when the day's year is written, and every year it reads
    is digits (a year word with no digits, 'this year', needs the reference); normalizing
    makes Western digits only of Eastern Arabic and Persian ones, themselves digits to the gate
    (``\\d``). tests/test_cleaning_speed.py checks the gate against the plain call.
    """
    from .dates import extract_dates  # local import: dates depends on nothing here

    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    if not stripped[:1].isdigit() and not _ARABIC_RE.match(stripped[:1]):
        return 0
    if not _ANY_DIGIT_RE.search(stripped, 0, 80):
        return 0  # rule leading_date_digit_gate
    for m in extract_dates(stripped[:80]):
        if m.span[0] != 0:
            break
        end = m.span[1]
        if m.relative or m.grain != "day" or end >= len(stripped):
            break
        nxt = stripped[end]
        if not nxt.isspace() and nxt not in ".,:;\u060c\u061b":
            return offset + end
        break
    return 0


def place_tag_outlet(paragraph: str) -> str | None:
    """The outlet named by a place tag opening ``paragraph``, if any.

    Two orders are written: 'CITY - OUTLET -' (القدس - الكرمل -) and, closed by a
    colon, 'OUTLET- CITY:' (سبق- الرياض:) or 'AUTHOR- OUTLET:' (أيمن حسن- سبق:). A part
    that is a known outlet (``byline.outlets``) is the outlet, in any order; a tag
    without one names no outlet when its other part is a wire agency (أنقرة- رويترز:)
    or when it is closed by a colon (the author-first order is as common as the
    outlet-first one); a dash-closed tag gives its second part, unless that part opens
    an aside (وصل - بحفظ الله ورعايته -). A dash glued to the next word after a space
    opens an aside (غادر -بحفظ الله-), not a tag. Wire agencies are credits, not outlets.

    >>> place_tag_outlet("القدس - الكرمل - قال مسؤول"), place_tag_outlet("سبق- الرياض: أعلنت الوزارة")
    ('الكرمل', 'سبق')
    >>> place_tag_outlet("أيمن حسن- سبق: كشفت الشركة"), place_tag_outlet("أنقرة- رويترز: قال الوزير")
    ('سبق', None)
    >>> place_tag_outlet("يافع – خاص – بدأ موسم جني العسل")
    >>> place_tag_outlet("طهران - باكو - وكالات: عبر الآلاف النهر")
    """
    quoted = _quoted_tag_outlet(paragraph)
    if quoted is not None:
        return quoted or None
    if m := _PAREN_TAG_RE.match(paragraph):  # rule paren_tag: 'الكويت (كونا) --', 'غزة (شبكة قدس) -'
        return known_outlet(m.group(1))
    text = paragraph.lstrip(_NAME_TRIM)
    if not _holds_dash(text):
        return None  # rule dashless_tag_gate: both tests below need a dash (a paragraph of the body)
    opening = _DASH_SPLIT_RE.split(text.split(":", 1)[0], maxsplit=3)[:3]
    if len(opening) >= 2:  # a known outlet among the first parts, in either order
        for part in opening:
            part = part.strip(_NAME_TRIM)
            if len(part.split()) <= 3 and (o := known_outlet(part)):
                return o
    m = re.match(r"\s*([^\s\-\u2013\u2014]+(?: [^\s\-\u2013\u2014]+){0,2})(\s*)[-\u2013\u2014](\s*)"
                 r"([^\-\u2013\u2014:]{2,40}?)\s*([-\u2013\u2014:])", text)
    if not m or len(m.group(4).split()) > 4:
        return None
    if m.group(2) and not m.group(3):
        return None  # "word -aside-": a parenthesis, not a tag
    if m.group(5) == ":":
        return None  # no known outlet in 'X- Y:': author-first or outlet-first, it cannot tell
    first, outlet = m.group(1).strip(), m.group(4).strip()
    if _name_key(first) in _agencies() or _name_key(outlet) in _agencies():
        return None
    if _name_key(outlet) in _credit_words():
        return None  # rule credit_word_tag: 'يافع – خاص –', 'عدن - متابعات -': a credit, no outlet
    if len(opening) >= 3 and (_name_key(last := opening[2].strip(_NAME_TRIM)) in _credit_words()
                              or _name_key(last) in _agencies()):
        return None  # rule places_then_credit: 'طهران - باكو - وكالات:': two places, then the credit
    if _opens_aside(outlet):
        return None
    if not _ARABIC_RE.search(outlet) and not _LATIN_RE.search(outlet):
        return None
    return outlet


_QUOTED = "\"\u00ab\u00bb\u201c\u201d"
_TAG_PLACE = f"[^\\s{_DASHES}:{_QUOTED}]+(?: [^\\s{_DASHES}:{_QUOTED}]+){{0,2}}"
#: A wire-style place tag, the credit in parentheses after the place and a dash or colon after it
#: ('الكويت (كونا) --', 'غزة (شبكة قدس) -'): a known outlet there is the outlet, an agency a wire.
_PAREN_TAG_RE = re.compile(f"\\s*[^\\s{_DASHES}:{_QUOTED}()]+(?: [^\\s{_DASHES}:{_QUOTED}()]+){{0,2}}"
                           f"\\s*\\(\\s*([^()\\n\\d]{{2,40}}?)\\s*\\)\\s*(?:[{_DASHES}]+|:)")
_TAG_QUOTED = f"[\"\u00ab\u201c]\\s*([^{_QUOTED}\\n:]{{2,40}}?)\\s*[\"\u00bb\u201d]"
#: A place tag with a quoted part: 'صنعاء - «المصدر أونلاين» -', 'عدن - "عدن الغد":'.
_QUOTED_TAG_RE = re.compile(
    f"\\s*{_TAG_PLACE}\\s*[{_DASHES}]\\s*{_TAG_QUOTED}\\s*[{_DASHES}:]")


#: A byline line of a place and a quoted outlet's name, in either order: 'صنعاء - «المصدر أونلاين»'.
_QUOTED_BYLINE_RE = re.compile(
    f"{_TAG_PLACE}\\s*[{_DASHES}:]\\s*{_TAG_QUOTED}|{_TAG_QUOTED}\\s*[{_DASHES}:]\\s*{_TAG_PLACE}")


def _quoted_tag_outlet(paragraph: str) -> str | None:
    """Rule place_tag (quoted): a part of the place tag in quotes or guillemets is a name, never a
    place, so it is the outlet, without its quotes ('صنعاء - «المصدر أونلاين» -' gives المصدر أونلاين).
    ``''`` for a quoted wire agency (no outlet), ``None`` when the paragraph opens no such tag.

    >>> _quoted_tag_outlet('عدن - "عدن الغد": افتتح المحافظ'), _quoted_tag_outlet("بيروت - «رويترز» - قال")
    ('عدن الغد', '')
    """
    m = _QUOTED_TAG_RE.match(paragraph)
    if m is None:
        return None
    name = m.group(1).strip()
    most = lexicon.load("boilerplate")["place_tag"]["quoted_max_words"]
    if len(name.split()) > most or not _TOKEN_RE.search(name) or _SENT_MARKS_RE.search(name):
        return None
    return "" if _name_key(name) in _agencies() else name


@cache
def _aside_openers() -> re.Pattern[str]:
    words = lexicon.load("boilerplate")["place_tag"]["aside_openers"]
    return re.compile(rf"^(?:{lexicon.alternation(words)})(?![^\W_])")


def _opens_aside(part: str) -> bool:
    return bool(_aside_openers().match(normalize_text(part)))


def credit_outlet(line: str) -> str | None:
    """The outlet a source credit line names: 'المصدر : الجزيرة مباشر + وكالات' gives its first part."""
    spec = lexicon.load("boilerplate")["credit_split"]["separators"]
    m = re.match(r"[^:\-]*[:\-]\s*(.+)$", line.strip())
    if not m:
        return None
    part = m.group(1)
    if _agency_credit(part):
        return None
    for sep in spec:
        part = part.split(sep)[0]
    part = part.strip(" .\u060c")
    if not part or squash_spaces(normalize_text(part)).lower() in _agencies():
        return None
    return part


#: A credit's last part after a spaced dash ('دبي - وام'): rule agency_credit; the caption tests
#: (:func:`_top_line_rule`, :func:`_is_site_caption`) ask it too.
_CREDIT_DASH_RE = re.compile(r"\s[-\u2013\u2014]\s")
#: the spaced dash before a credit at a line's end: the last dash, at most 40 characters from the end
#: ('صورة ... - تصوير: فلان - SITE' is credited to SITE; rule site_caption)
_CREDIT_TAIL_DASH_RE = re.compile(rf"\s[{_DASHES}]\s*(?=[^{_DASHES}]{{1,40}}$)")


@cache
def _agency_name_re() -> re.Pattern[str]:
    words = lexicon.load("boilerplate")["credit_split"]["agency_name_openers"]
    return re.compile(rf"^(?:{lexicon.alternation(words)})(?![^\W\d_])")


def _agency_credit(part: str) -> bool:
    """Rule agency_credit: what a source credit names is a wire agency, not the outlet, when it is a
    place and an agency ('المصدر: دبي - وام': the part after its last spaced dash is an agency) or a
    news agency's own name by its shape ('وكالة الأنباء الوطنية الصومالية (صونا)':
    ``credit_split.agency_name_openers``); the site carrying the copy names itself elsewhere."""
    pieces = _CREDIT_DASH_RE.split(part.strip())
    if len(pieces) > 1 and squash_spaces(normalize_text(pieces[-1].strip(" .\u060c"))).lower() in _agencies():
        return True
    if _agency_name_re().match(normalize_text(part.strip())) is not None:
        return True
    if _press_office_re().match(normalize_text(part.strip())) is not None:
        return True  # rule press_office_credit: 'المصدر: المكتب الإعلامي لوزارة ...' is a source, no outlet
    # rule agency_word_credit: a known agency after a word for an agency ('وكالة الأناضول')
    words = squash_spaces(normalize_text(part.strip(" .\u060c"))).lower().split(" ", 1)
    return len(words) == 2 and words[0] in _agency_words() and words[1] in _agencies()


@cache
def _press_office_re() -> re.Pattern[str]:
    words = lexicon.load("boilerplate")["credit_split"]["press_office_openers"]
    return re.compile(rf"^(?:{lexicon.alternation(words)})(?![^\W\d_])")


@cache
def _agency_words() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["credit_split"]["agency_words"])


# --- inline chrome ---------------------------------------------------------------------------


def _inline_segments(line: str, base: int, view: Normalized | None = None) -> list[Segment]:
    """Chrome glued inside a body line: inline photo credits and captions (``view``: the line's
    own view when the caller has it, ``normalize(line)``)."""
    view = normalize(line) if view is None else view
    out: list[Segment] = []
    for name, extent, pattern in _inline_rules():
        for m in pattern.finditer(view.text):
            start = m.start()
            end = _extent_end(view.text, m.end(), extent)
            s, e = view.raw_span((start, end))
            piece = line[s:e]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(Segment(piece, (base + s + lead, base + s + lead + len(piece)), name))
    out.sort(key=lambda seg: seg.span)
    return out


_LINK_TAIL_RE = re.compile(r"[^\s]*")


def _extent_end(text: str, pos: int, extent: str) -> int:
    """Where an inline credit or caption that starts its body at ``pos`` ends."""
    m = re.match(r"\s*[\u060c,:\-]?\s*", text[pos:])
    pos += m.end()
    if extent == "line":  # a trailer that runs to the end of the line (a story link and its headline)
        return len(text.rstrip())
    if extent == "tweet":  # an embedded tweet's picture link, and the tweet's signature after it
        pos = _LINK_TAIL_RE.match(text, pos).end()
        sig = _TWEET_SIGNATURE_RE.match(text[pos:].strip())
        return len(text.rstrip()) if sig else pos
    if extent == "sentence":
        s = _SENT_END_RE.search(text, pos)
        return s.end() if s else len(text)
    # credit: the shortest run up to the next inline cue, a Latin-to-Arabic seam, or a sentence end
    stops = [len(text)]
    nxt = _any_inline_cue().search(text, pos)
    if nxt:
        stops.append(nxt.start())
    seam = re.search(rf"(?<=[A-Za-z.)])(?=[{ARABIC}])", text[pos:])
    if seam and _LATIN_RE.match(text[pos:pos + 1] or " "):
        stops.append(pos + seam.start())
    sent = _SENT_END_RE.search(text, pos)
    if sent:
        stops.append(sent.end())
    return min(stops)


# --- sentences -------------------------------------------------------------------------------


def split_sentences(text: str, base: int = 0) -> list[Segment]:
    """Sentences of one paragraph, each a verbatim segment with a span offset by ``base``.

    Splits after . ! ? and the Arabic question mark (with any closing quote),
    also where the next sentence is glued on with no space, but not inside
    numbers (``2.5``) or after a single-letter abbreviation.
    """
    out: list[Segment] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        # (:func:`_add_piece`, written out: a paragraph has a sentence or more, an article dozens)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            s = base + start + len(piece) - len(piece.lstrip())
            out.append(Segment(stripped, (s, s + len(stripped)), "sentence"))
        start = end
    _add_piece(out, text, start, len(text), base, "sentence")
    return out


def _add_piece(out: list[Segment], text: str, start: int, end: int, base: int, rule: str) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = base + start + lead
    out.append(Segment(stripped, (s, s + len(stripped)), rule))


# --- the cleaner -----------------------------------------------------------------------------

_MAX_TITLE_WORDS = 40


def clean(raw: str, title: str | None = None, *, title_in_text: bool = True) -> Cleaned:
    """Split ``raw`` into title, boilerplate, paragraphs and sentences (all spans into ``raw``).

    ``title``, when the headline is known from elsewhere (a JSON record's field),
    is not guessed: a line equal to it that stands above the body (below at most
    one short kicker such as 'خبر عاجل') is the title, and a later copy is
    ``repeated_title``; a line equal to it further down, inside the body (a verse of
    a poem that gave the record its headline), is body and ``Cleaned.title`` stays
    ``None``. ``title_in_text=False`` says the headline was put before the text by
    the loader (it is the first line): then a later line equal to it is body, never
    a repeat.
    """
    result = Cleaned(view=normalize(raw))
    view = result.view
    title_key = _title_key(title) if title else None
    body_started = False
    body_lines = 0  # body lines above the title, while it is not found
    links = lexicon.load("boilerplate")["read_more_list"]
    pending_links = 0  # short lines still to take as the headlines a bare "read more" introduces
    links_numbered: bool | None = None  # whether those headlines are numbered ('1. ...'; None: none yet)
    footer = lexicon.load("boilerplate")["contact_footer"]
    pending_footer = 0  # short number lines still to take as the rest of an SMS footer
    tag_list = lexicon.load("boilerplate")["tag_list"]
    pending_tags = 0  # short lines still to take as the tags a bare tags header introduces
    previous = None  # the rule of the line before (None: body)
    after_label = False  # the line before was a caption label standing alone
    last_line: Segment | None = None  # the line before, when it went whole to the body
    moved: Segment | None = None  # a body line just taken as the caption above the credit below it
    top_name: str | None = None  # the first masthead line above the headline
    judged: dict[int, str | None] = {}  # whole-line rules of the top lines, judged above the loop
    site_at = _site_masthead_at(raw, view, title_key, judged)  # a site's name atop its page ('بوابة الوسط')
    asked: dict[tuple[Callable[[str], Any], str], Any] = {}  # line tests _top_of_page answered
    if (slogan := _slogan_at(raw, view, site_at, asked) or _motto_under_header(raw, view, asked)) is not None:
        judged[slogan[0]] = "masthead_slogan"
        if slogan[1] is not None and site_at is None:
            site_at = slogan[1]  # (the name above the paper's motto, 'جريدة يومية مستقلة')
    page_title = _page_title_at(raw, view)  # (a record's own title does not make the line body)
    if page_title is None:
        page_title = _repeated_page_title_at(raw, view)  # lower down, its headline alone under it
    title_line = None  # the headline's line, when known before the top is read
    if page_title is not None:
        judged[page_title[0]] = "page_title"  # '<headline> - SITE' atop the page: chrome, not the title
        title_line = page_title[2] if title_key is None else None
    if title_key is not None:
        title_line = _line_reading(raw, view, title_key)
    menu, title_at = _top_of_page(raw, view, title_key, judged, site_at, asked, title_line)
    for m in _page_lines(raw):
        line = m.group()
        stripped = line.strip()
        if not _VISIBLE_RE.search(stripped):
            continue
        lead = len(line) - len(line.lstrip())
        seg_span = (m.start() + lead, m.start() + lead + len(stripped))
        norm = view.text_of(*seg_span)
        rule = judged[seg_span[0]] if seg_span[0] in judged else _once(asked, _line_rule, norm)
        if rule is None and seg_span[0] == site_at:
            rule = "masthead"
        if (rule == "photo_credit" and result.title is None and not body_started
                and _once(asked, masthead_rule, norm) == "nav_menu"):
            rule = "nav_menu"  # rule menu_credit_word: 'صور' among the menu's sections above the headline
        own_rule = rule  # the line's own rule, before a pending count takes it
        if rule is None and body_started and (promo := _body_promo(norm)) is not None:
            rule = promo  # rules video_promo, app_available: 'فيديو | ...', 'تطبيق X متاح الآن'
        if rule is None and body_started and previous == "comment_widget" and _is_reader_comment(norm):
            rule = "comment_widget"  # rule reader_comments: 'NAME: ...' under the comments' header
        if rule is None and body_started and previous is not None and _is_story_code(norm):
            rule = "story_code"  # a wire story's serial under its closing chrome ('//انتهى//', '0064')
        if rule is None and body_started and previous is not None and _is_hashtag_line(norm):
            rule = "tags"  # hashtags under the closing chrome ('المصدر: ...', a channel's prompt)
        if rule is None and body_started and "  " in stripped and _is_spaced_tag_row(stripped):
            rule = "tags"  # rule spaced_tags: 'قره باغ  أرمينيا  أذربيجان  حصار' under the story
        if rule is None and _once(asked, _is_date_line, norm):
            rule = _date_line_rule(norm, result, body_started)
        if rule is None and pending_tags:
            most = tag_list["line_max_words"]
            if _is_tag_line(norm, most) or _is_tag_items(norm, most):
                rule = "tags"
                pending_tags -= 1
            else:
                pending_tags = 0
        if rule is None and pending_links:
            if (len(stripped.split()) <= links["line_max_words"] and not _ends_statement(stripped)
                    and not (links_numbered and not _NUMBERED_LINK_RE.match(stripped))):
                rule = "related_links"
                pending_links -= 1
                if links_numbered is None:
                    links_numbered = _NUMBERED_LINK_RE.match(stripped) is not None  # (its first item tells)
            else:
                pending_links = 0  # (rule numbered_list_end: a numbered list ends at a line with no number)
        if rule is None and pending_footer:
            if _is_footer_continuation(norm):
                rule = "contact_footer"
                pending_footer -= 1
            else:
                pending_footer = 0
        if rule is None and previous == "share_widget" and _SHARE_COUNT_RE.match(norm):
            rule = "share_widget"  # rule share_count: the bare count under a share button ('شارك', '125')
        if (rule is None and (previous == "photo_credit" or after_label) and seg_span[0] != title_at
                and _is_caption_after_credit(norm, after_label)):  # (the headline read above is no caption)
            rule = "photo_caption"
        if moved is not None:
            # the credit heads a caption below it (BBC: credit, 'التعليق على الصورة،', caption):
            # the line above it was body after all
            if ((rule == "photo_caption" and not _is_bare_credit(norm, own_rule))
                    or (rule is not None and _is_caption_label(norm))):
                _undo_caption(result, moved)
            moved = None
        after_label = rule is not None and _is_caption_label(norm)
        # (above the headline a bare 'more' link is a menu's item, DW's 'المزيد من العروض': the
        # lines below it are the menu and the headline, no list of links)
        if (rule == "read_more" and _is_links_header(norm, links)
                and (result.title is not None or body_started)):
            pending_links = links["max_lines"]
            links_numbered = None  # (a new list: its own first item tells whether it is numbered)
        if rule == "list_end":
            pending_links = 0
        # a header opens a count of lines to take; a line the count took opens none (else the
        # count would never run out)
        if (own_rule == "tags" and len(stripped.split()) <= tag_list["header_max_words"]
                and (result.title is not None or body_started)):  # (above the headline: a menu's item)
            pending_tags = tag_list["max_lines"]
        if own_rule == "contact_footer" and not pending_footer:
            pending_footer = footer["max_lines"]
        previous = rule
        reads_title = rule is None and title_key is not None and _reads_key(norm, title_key)
        if reads_title:
            if result.title is None and (
                    body_lines == 0 or (body_lines == 1 and _is_kicker(result.paragraphs))):
                result.title = Segment(stripped, seg_span, "title")
                continue
            if result.title is not None and title_in_text:
                rule = "repeated_title"
        elif (rule is None and title_key and result.title is not None and title_in_text
              and len(norm) > len(title_key) and _reads_prefixed_key(norm, title_key)):
            rule = "repeated_title"  # the headline again under its category ('عام / <headline>', SPA)
        elif (rule is None and title_key and result.title is not None and "://" in norm
              and _reads_linked_key(norm, title_key)):
            rule = "repeated_title"  # rule linked_title: a share line, '<headline> https://site/a/1'
        if rule is None and result.title is None and not body_started and not reads_title:
            if seg_span[0] in menu:  # (an author's byline above the headline: 'عبدالكريم الحمد - الرياض')
                rule = "byline" if is_place_byline(norm) else "nav_menu"
            else:
                rule = _once(asked, masthead_rule, norm)
                if rule is None:
                    rule = _once(asked, _logo_rule, norm)
                if rule is None and _FOREIGN_LETTER_RE.search(norm) and not _ARABIC_RE.search(norm):
                    rule = "foreign_header"  # 'יום שלישי, 28 במרץ 2017' atop the page: no headline, no body
                if (rule is None and result.boilerplate and is_site_title(norm)
                      and result.boilerplate[-1].rule in _LOGO_RULES):
                    rule = "masthead"  # the site's full name under its logo ('وكالة الأنباء ...')
                if rule is None and result.boilerplate and _ticker_re().match(norm):
                    rule = "breaking_ticker"  # (under the site's chrome: a text may open with its own
                    # headline 'عاجل: ...')
        if ((rule is None or (rule == "photo_caption" and _named_credit(_strip_bullets(norm))[0]))
                and body_started and (credit := closing_credit(norm))[0]):
            rule = "source_credit"  # the story's closing credit ('فرانس24/ أ ف ب')
            if credit[1] and result.outlet is None:
                result.outlet, result.outlet_rule = _as_written(stripped, credit[1]), "source_credit"
        if (rule is None and body_started and result.site_name is not None and len(norm) <= 60
                and _is_site_byline(result, norm, credited=True)):
            rule = "byline"  # rule closing_site_credit: 'المسلة - متابعة' closing that site's story
        if (rule is None and body_started and result.site_name is not None
                and _closing_logo(norm, result.site_name[0])):
            rule = "masthead"  # the site's logo at the foot: its short name, as the page writes it
            result.site_name = (stripped, "masthead")
        if (rule is None and body_started and result.site_name is not None
                and _is_site_caption(norm, result.site_name[0])):
            rule = "photo_caption"  # rule site_caption: '... بعد فتحه - زمان الوصل' on that site's page
        if (rule is None and body_started and norm[:1] in "(/" and _BARE_AGENCY_RE.fullmatch(norm)
                and _name_key(norm.strip("()/ ")) in _agencies()):
            rule = "source_credit"  # rule bare_agency_credit: the wire's tag closing the story, '(أ ش أ)'
        if rule is None and body_started and "/" in norm and _is_agency_staff_credit(norm):
            rule = "source_credit"  # rule agency_staff_credit: 'وام/ أحمد النعيمي/ عبدالناصر منعم'
        if rule is None and body_started and (named := name_credit(norm))[0]:
            rule = "byline"  # a credit naming its author below the text ('تحرير: عادل الشروعات')
            _note_byline(result, stripped, named[1])
        if (rule is None and not body_started and result.title is not None
                and _once(asked, is_dated_byline, norm)):
            rule = "dated_byline"  # 'بقلم: NAME | 27 أغسطس 2024' under the headline: it dates the story
        if rule is None and not body_started and result.title is not None and _is_name_role_byline(norm):
            rule = "byline"  # rule name_role_byline: 'ليلى بدر - صحافية لبنانية' under the headline
        if (rule is None and body_started and ("|" in norm or "/ " in norm) and result.title is not None
                and _dated_byline(norm)[0]):
            # rule closing_dated_byline: 'CITY - NAME | 20 يونيو 2024' closing the story (a byline,
            # a bar, a date: no sentence of the body is written so) dates it as it would above
            rule = "dated_byline"
        if rule is None and (not body_started or _only_a_lede_above(result)):
            bnorm = byline_text(stripped) if "\u0640" in stripped else norm
            is_byline, outlet = _once(asked, byline_outlet, bnorm)
            if not is_byline and "|" in bnorm:
                is_byline, outlet = _dated_byline(bnorm)
            if is_byline:
                rule = "byline"
                _note_byline(result, stripped, outlet)
                if result.outlet is None and outlet is None and top_name is not None and (
                        named := _part_naming_site(stripped, top_name)):
                    result.outlet, result.outlet_rule = named, "place_tag"  # rule site_named_byline
            elif result.title is not None and is_site_place_tag(
                    bnorm[:-1] if bnorm.endswith(":") else bnorm,  # ('بغداد - الصباح الجديد:')
                    site := result.site_name[0] if result.site_name else top_name):
                rule = "byline"  # 'عمان - الرأي' on الرأي's page: the tag names the outlet
                if result.outlet is None and site is not None:
                    result.outlet, result.outlet_rule = site, "place_tag"
            elif result.title is not None and (
                    is_place_byline(bnorm) or _QUOTED_BYLINE_RE.fullmatch(stripped)
                    or _writer_byline_re().match(bnorm) or _INITIAL_BYLINE_RE.match(bnorm)):
                rule = "byline"  # (a place and a quoted name: 'الحديدة - «يمن مونيتور»')
            elif result.title is not None and _is_outlet_line(norm, result.site_name):
                rule = "byline"  # rule outlet_byline: the site's own name alone under the headline
                if result.outlet is None:
                    result.outlet, result.outlet_rule = stripped, "byline"
            elif result.title is not None and "(" in norm and (
                    tag := paren_place_tag(norm, result.site_name[0] if result.site_name else None))[0]:
                rule = "byline"  # rule paren_place_tag: 'باكو (الاتحاد، وكالات)'
                if tag[1] and result.outlet is None:
                    result.outlet, result.outlet_rule = _as_written(stripped, tag[1]), "place_tag"
            elif result.title is not None and _is_section_label(norm):
                rule = "nav_menu"  # the story's section under its headline ('عربي ودولي', 'المدن - سياسة')
            elif result.title is not None and not body_started and (
                    _is_stopped_caption(norm) or _is_name_credited_caption(norm)):
                rule = "photo_caption"  # '... مركز إيواء في المدينة. (رويترز)' under the headline
            elif result.title is not None and (credit := closing_credit(norm))[0]:
                rule = "source_credit"  # the credit under the headline ('اندبندنت عربية ووكالات')
                if credit[1] and result.outlet is None:
                    result.outlet, result.outlet_rule = _as_written(stripped, credit[1]), "source_credit"
        if rule == "publish_stamp":
            _header_date_yields(result, body_started, norm, labelled=True)
        if rule is not None and last_line is not None and _is_bare_credit(norm, own_rule):
            if _caption_above_credit(result, last_line):
                moved = last_line
        if rule == "copyright" and last_line is not None and body_started:
            _brand_above_footer(result, last_line)
        last_line = None
        if rule is not None:
            seg = Segment(stripped, seg_span, rule)
            result.boilerplate.append(seg)
            # (an update stamp above the headline is the site's, not the story's)
            if (rule == "site_timestamp" and result.updated is None and result.title is not None
                    and stamp_date(stripped) is not None):
                result.updated = seg
            if rule == "dated_byline" and result.dateline is None:
                result.dateline = seg
            if rule == "dateline" or (rule == "publish_stamp" and result.dateline is None
                                      and _YEAR_RE.search(norm)):
                result.dateline = seg
            elif rule == "site_timestamp" and result.dateline is None:
                result.dateline = _publish_part(stripped, seg_span)
            if (top_name is None and result.title is None and (rule == "masthead" or (
                    rule == "nav_menu" and len(result.boilerplate) == 1 and not raw[:seg_span[0]].strip()))):
                top_name = stripped  # the name atop the page, even a section's word ('الرأي'), or
                # the page's first line read as a menu's item ('الصباح الجديد'): a tag may name it
            if rule in ("masthead", "copyright", "agency_masthead") and result.site_name is None:
                name = copyright_owner(stripped) if rule == "copyright" else (
                    stripped if seg_span[0] == site_at or _is_site_name(norm, result) else None)
                if name and rule == "masthead" and (short := _short_name(stripped)):
                    name = short  # 'FULL NAME (SHORT)': the site as it credits itself
                if name and rule == "agency_masthead" and (agency := _agency_after_dash(stripped)):
                    name = agency  # 'COUNTRY - AGENCY': the agency's own page
                if name and rule == "masthead" and is_masthead_slogan(norm, ""):
                    name = None  # rule motto_no_name: 'جريدة إلكترونية جهوية مستقلة' names no site
                if name:
                    result.site_name = (name, rule)
            elif (rule == "masthead" and result.title is None and result.site_name[1] == "masthead"
                  and len(result.boilerplate) > 1 and result.boilerplate[-2].text == result.site_name[0]
                  and result.boilerplate[-2].rule == "masthead"
                  and _ARABIC_RE.search(norm) and not _ARABIC_RE.search(result.site_name[0])
                  and _is_site_name(norm, result)):
                # rule arabic_logo_first: a Latin logo right above the Arabic one ('Rudaw' / 'روداو'):
                # the site is named as its Arabic logo writes it
                result.site_name = (stripped, rule)
            elif (rule == "copyright" and result.site_name[1] == "masthead"
                  and _LATIN_RE.search(result.site_name[0])
                  and (owner := _arabic_footer_name(stripped, result))):
                # rule arabic_footer_name: a logo in Latin letters ('BBC News عربي') and a copyright footer
                # naming the same outlet in Arabic ('© 2025 بي بي سي'): the site as its Arabic name writes it
                result.site_name = (owner, rule)
            if rule == "byline" and result.outlet is None and (named := byline_name(stripped)):
                result.outlet, result.outlet_rule = named, "byline"
            if rule == "source_credit" and result.outlet is None:
                outlet = credit_outlet(stripped)
                if outlet:
                    result.outlet, result.outlet_rule = outlet, "source_credit"
            continue
        if title_at is not None and seg_span[0] > title_at:
            title_at = None  # the line chosen above the body went to a rule: the first line left is
        if title_key is None and (title_at is None or seg_span[0] == title_at) and _could_be_title(stripped):
            if _trail_to_headline(raw, view, m.end(), norm):
                result.boilerplate.append(Segment(stripped, seg_span, "breadcrumb"))
                title_at = None
                continue
            if not body_started and _headline_below(raw, view, m.end(), norm, asked):
                # rule implausible_headline: a ticker, a hashtag row, a slogan above a better headline
                result.boilerplate.append(Segment(stripped, seg_span, "above_headline"))
                title_at = None
                continue
            result.title = Segment(stripped, seg_span, "title")
            title_key = _key_of(norm)
            continue
        if _body_line(result, stripped, seg_span[0], body_started, norm):
            body_started = True
            if result.title is None:
                body_lines += 1
            if result.paragraphs[-1].span == seg_span:  # the whole line is one paragraph
                last_line = result.paragraphs[-1]
    if result.paragraphs:
        _cut_trailing_signoff(result)
        _cut_closing_names(result)
        _cut_closing_signature(result)
    if len(result.paragraphs) > 1:
        _cut_author_box(result)
    if len(result.paragraphs) > 1:
        _cut_site_blurb(result, raw)
    if len(result.paragraphs) > 2 and _ANY_DIGIT_RE.search(result.paragraphs[-1].text):
        _cut_results_widget(result)
    if result.paragraphs and any(s.rule == "photo_credit" for s in result.boilerplate):
        _caption_under_label(result, raw)
    if result.paragraphs:
        _cut_trailing_tags(result)
        _cut_trailing_hashtags(result)
        _cut_trailing_tag_lines(result, tag_list)
        _cut_trailing_captions(result, raw)
    if len(result.paragraphs) > 2:
        _cut_footer_line(result, raw)
    if result.outlet is None and result.paragraphs and result.title is not None:
        _domain_place_tag(result)
    if result.title is not None and len(result.paragraphs) > 1 and title is None:
        _title_under_list_label(result)
    if result.title is not None and len(result.paragraphs) > 1 and title is None:
        _title_above_date(result)
    if result.title is not None and result.site_name is not None and result.site_name[1] == "copyright":
        _footer_name_above_title(result)
    _dateline_near_top(result)
    _wire_dateline(result)
    if len(result.paragraphs) > 1 and result.title is not None:
        _name_by_dateline(result, raw)
    for p in result.paragraphs:
        result.sentences.extend(split_sentences(p.text, p.span[0]))
    if result.outlet is None and result.paragraphs:
        outlet = place_tag_outlet(result.paragraphs[0].text)
        if outlet:
            result.outlet, result.outlet_rule = outlet, "place_tag"
        elif result.byline_agency is None:
            result.byline_agency = place_tag_agency(result.paragraphs[0].text)
    if result.outlet is None and result.byline_agency is None and result.dateline is not None:
        result.byline_agency = trailing_agency(result.dateline.text)
    if result.outlet is None and result.byline_agency is None:
        # rule own_line_wire_tag: the agency's dated tag on its own line ('CITY في D MONTH / AGENCY /')
        # names the agency as the same tag opening the story would
        tag = next((seg for seg in result.boilerplate if seg.rule == "wire_dateline"), None)
        if tag is not None:
            result.byline_agency = place_tag_agency(tag.text)
    if result.site_name is None:
        _masthead_named_by_footer(result, raw)
    if result.title is not None and result.paragraphs:
        _site_caption_above_body(result)
    if result.site_name is None or result.site_name[1] == "copyright":
        _masthead_above_home(result, raw)  # (the logo ranks above the footer)
    if result.site_name is None or result.site_name[1] == "copyright":
        _masthead_by_logo(result, raw)  # (the logo ranks above the footer, as above)
    if result.site_name is None and page_title is not None:
        result.site_name = (page_title[1], "page_title")  # named only in the browser title
    publisher = result.site_name is not None and result.site_name[1] == "copyright" \
        and _names_publisher(result, result.site_name[0])
    if result.site_name is None or not _ARABIC_RE.search(result.site_name[0]) or publisher:
        named = result.site_name
        result.site_name = None if publisher else named
        _logo_transliteration(result, raw)
        if result.site_name is None:
            result.site_name = named  # (no logo's Arabic form on the page: the publisher it is)
    return result


@cache
def _transliteration() -> tuple[list[tuple[str, str]], dict[str, str], frozenset[str], int, int,
                                  dict[str, frozenset[str]]]:
    spec = lexicon.load("boilerplate")["logo_transliteration"]
    classes = {normalize_text(a): normalize_text(b) for a, b in spec["arabic_classes"].items()}
    latin = [(a, "".join(classes.get(c, c) for c in normalize_text(b))) for a, b in spec["latin"]]
    latin.sort(key=lambda x: -len(x[0]))  # digraphs first
    weak = frozenset(normalize_text(w) for w in spec["arabic_weak"]) | frozenset(spec["arabic_weak"])
    spelled = {k: frozenset(normalize_text(w) for w in ws) for k, ws in spec["spelled_letters"].items()}
    return latin, classes, weak, int(spec["min_letters"]), int(spec["max_words"]), spelled


def _squeeze(letters: str) -> str:
    """A skeleton with each letter written twice in a row counted once ('ss', a shadda's doubling)."""
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def latin_skeleton(name: str) -> str:
    """Rule logo_transliteration: the consonant skeleton of a Latin name, in Arabic letter classes.

    >>> latin_skeleton("Shems FM") == arabic_skeleton("\u0634\u0645\u0633 \u0623\u0641 \u0623\u0645")
    True
    """
    latin = _transliteration()[0]
    text = "".join(c for c in name.lower() if "a" <= c <= "z" or "0" <= c <= "9")  # (Arabizi: 7AL)
    out, i = [], 0
    while i < len(text):
        for a, b in latin:
            if text.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            i += 1
    return _squeeze("".join(out))


def _arabic_letters(norm: str) -> str:
    """The consonants of normalized Arabic words in letter classes, none dropped for doubling."""
    _, classes, weak, *_ = _transliteration()
    return "".join(classes.get(c, c) for c in norm if c not in weak and _ARABIC_RE.match(c))


def arabic_skeleton(text: str) -> str:
    """Rule logo_transliteration: the consonant skeleton of Arabic words, in letter classes."""
    return _squeeze(_arabic_letters(normalize_text(text)))


#: A run of Arabic words inside one line, with no mark between them (rule logo_transliteration).
_ARABIC_WORDS_RE = re.compile(rf"[{ARABIC}]+(?:[ \t\u00a0]+[{ARABIC}]+)*")
#: A Latin acronym: two to four capitals, alone.
_ACRONYM_RE = re.compile(r"^[A-Z]{2,4}$")
#: A Latin logo line of one to three words (rule logo_transliteration reads one moved above the headline).
_LATIN_LOGO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,2}$")
#: Rule logo_transliteration reads this many characters at each end of a long page.
_TRANSLITERATION_EDGE = 6000


def _spells(words: list[str], acronym: str, spelled: dict[str, frozenset[str]]) -> bool:
    """Whether Arabic ``words`` spell a Latin ``acronym`` letter by letter ('إن آر تي' is 'nrt')."""
    if len(words) != len(acronym):
        return False
    return all(w in spelled.get(c, ()) for w, c in zip(words, acronym, strict=True))


def _names_publisher(result: Cleaned, name: str) -> bool:
    """Rule publisher_owner: a copyright footer's owner that is a publisher, opened by a publisher's
    word ('دار الهلال') or named by the page's motto as who issues the paper ('ثقافية منوعة تصدر كل
    شهرين عن أرامكو السعودية'), is the paper's publisher: a Latin logo's Arabic form on the page
    names the paper itself."""
    key = _name_key(name)
    if key.split()[:1] and key.split()[0] in _publisher_words():
        return True
    return any(seg.rule == "masthead_slogan" and key and key in _name_key(seg.text)
               and _slogan_tails_re().search(_name_key(seg.text)) is not None for seg in result.boilerplate)


def _logo_transliteration(result: Cleaned, raw: str) -> None:
    """Rule logo_transliteration (``boilerplate.logo_transliteration``): a site named only in Latin
    letters (its logo, its copyright line) or not at all under a Latin logo takes the Arabic form of
    its name that the page writes elsewhere ('SHAM FM' / 'حمّلوا تطبيق شام إف إم'), the one whose
    consonant skeleton is the Latin name's, or that spells its acronym ('NRT' / 'إن آر تي')."""
    latin_names = [seg.text for seg in result.boilerplate if seg.rule == "latin_masthead"
                   or (seg.rule == "above_headline" and _LATIN_LOGO_RE.match(seg.text.strip()))]
    if result.site_name is not None:
        latin_names.insert(0, result.site_name[0])
    if not latin_names:
        return
    *_, min_letters, max_words, spelled = _transliteration()
    wanted: dict[str, int] = {}  # skeleton -> its length (the longer the surer)
    acronyms: list[str] = []
    partial: dict[str, int] = {}  # the skeletons of a part of a name's words ('HASHTAG SYRIA')
    for name in latin_names:
        words = [w for w in re.split(r"[\s.|/-]+", name.strip()) if w]
        if words and _ACRONYM_RE.match(words[0]):
            acronyms.append(words[0].lower())  # 'MTV Lebanon': the acronym is the name
        skel = latin_skeleton(" ".join(words))
        if len(skel) >= min_letters:
            wanted.setdefault(skel, len(skel))
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = latin_skeleton(" ".join(words[i:j]))
                if (i, j) != (0, len(words)) and len(part) >= (min_letters if i == 0 else min_letters + 1):
                    partial.setdefault(part, len(part))  # (a later word's short skeleton: too common)
    if not wanted and not partial and not acronyms:
        return
    best: tuple[int, str, int, int] | None = None
    clitics = frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["logo_transliteration"].get(
        "glued_prepositions", ()))
    # (a page names itself near its top or its foot: a long text's middle is not read)
    edge = _TRANSLITERATION_EDGE
    text = raw if len(raw) <= 2 * edge else raw[:edge] + "\n" + raw[-edge:]
    for run in _ARABIC_WORDS_RE.finditer(text):
        words = run.group().split()
        norms_all = [normalize_text(w) for w in words]
        letters = [_arabic_letters(n) for n in norms_all]
        bare = [_arabic_letters(n[len(_ARTICLE):]) if n.startswith(_ARTICLE) and len(n) > len(_ARTICLE) + 1
                else None for n in norms_all]  # (not 'الى', إلى normalized)
        glued = [_arabic_letters(n[1:]) if n[:1] in clitics and len(n) > 4 else None for n in norms_all]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + max_words) + 1):
                form = " ".join(words[i:j])
                norms = norms_all[i:j]
                skels = [_squeeze("".join(letters[i:j]))]
                if bare[i] is not None:  # a Latin logo may drop the article ('MEHWAR' / 'المحور')
                    skels.append(_squeeze(bare[i] + "".join(letters[i + 1:j])))
                if glued[i] is not None and not wanted.get(skels[0]) \
                        and wanted.get(_squeeze(glued[i] + "".join(letters[i + 1:j]))):
                    # rule transliteration_proclitic: 'لرسالة الأمة' for RISALAT AL OUMMA: the name
                    # without the preposition glued to it
                    skels = [_squeeze(glued[i] + "".join(letters[i + 1:j]))]
                    form = form[1:]
                score = max(wanted.get(k, 0) for k in skels)
                if score and j - i > 1 and _squeeze("".join(letters[i + 1:j])) in skels:
                    score = 0  # (a first word that adds no letter of its own: 'وعلى البوصلة' is no ALBOSALA)
                if score and score <= min_letters and (i, j) != (0, len(words)):
                    score = 0  # (a three-letter skeleton inside a longer run: 'مواقيت الصلاة' is no ALWASL)
                if not score and i == 0 and j == len(words):
                    # a part of the Latin name only as a whole run of Arabic words ('هاشتاغ' alone
                    # on its line, not 'تونس' inside 'تونس الرقمية' for 'Tunisie Numérique')
                    score = max(partial.get(k, 0) for k in skels)
                if not score:
                    score = next((len(a) for a in acronyms if _spells(norms, a, spelled)), 0)
                if score and (best is None or score > best[0]
                              or (score == best[0] and best[2] == run.start() and j - i > best[3])):
                    best = (score, form, run.start(), j - i)  # ('ميدل إيست آي' over 'ميدل إيست')
    if best is not None:
        form = best[1]
        for clitic in lexicon.load("boilerplate")["logo_transliteration"].get("proclitics", ()):
            rest = form[len(clitic):]
            if form.startswith(clitic) and len(rest.split()[0]) > len(clitic) + 2 and _squeeze(
                    "".join(_arabic_letters(normalize_text(w)) for w in rest.split())) == _squeeze(
                    "".join(_arabic_letters(normalize_text(w)) for w in form.split())):
                form = rest  # rule transliteration_proclitic: 'وكتابات' in the body names كتابات (KITABAT)
                break
        result.site_name = (form, "logo_transliteration")


def _site_caption_above_body(result: Cleaned) -> None:
    """Rule site_caption_top: rule site_caption under the headline, above the story's first full
    paragraph, once the page's site name is known (from its footer too): 'امرأة تقف أمام رفوف شبه
    فارغة في متجر بستيباناكرت - درج' on درج's page is the lead photo's caption."""
    site = result.site_name[0] if result.site_name else ""
    lede = _title_under_list_conf()["lede_min_words"]
    for i, p in enumerate(result.paragraphs):
        if len(p.text.split()) >= lede:
            return
        if p.span[0] > result.title.span[0] and _is_credited_caption(normalize_text(p.text), site):
            result.boilerplate = sorted([*result.boilerplate, Segment(p.text, p.span, "photo_caption")],
                                        key=lambda b: b.span[0])
            result.sentences = [x for x in result.sentences if not (p.span[0] <= x.span[0] < p.span[1])]
            del result.paragraphs[i]
            return


@cache
def _title_under_list_conf() -> dict[str, Any]:
    return lexicon.load("boilerplate")["title_under_list"]


def _domain_place_tag(result: Cleaned) -> None:
    """Rule domain_place_tag: the first body line 'PLACE - NAME', a place of one or two words of
    letters and the name the page's copyright footer gives as the site's address ('أبوظبي - 24' on
    a page whose footer reads '© 2020 24.ae'), is a place tag naming the outlet, though a name of
    digits is in no list: it moves to the boilerplate (rule byline) and gives the outlet as written.
    A Latin name ('hespress.com') is left to the other rules."""
    names = {n for seg in result.boilerplate if seg.rule == "copyright" for tok in seg.text.split()
             if "." in tok and (n := _site_address_name(_name_key(tok))) and not _LATIN_RE.search(n)}
    if not names:
        return
    first = result.paragraphs[0]
    parts = _PLACE_BYLINE_SEPARATOR_RE.split(_strip_bullets(first.text.strip()))
    if len(parts) != 2:
        return
    place, name = (p.strip(_NAME_TRIM) for p in parts)
    if (_name_key(name) not in names or not 1 <= len(place.split()) <= 2
            or _CREDIT_NAME_RE.fullmatch(place) is None):
        return
    result.paragraphs.pop(0)
    bp = result.boilerplate
    at = next((i for i, seg in enumerate(bp) if seg.span[0] > first.span[0]), len(bp))
    bp.insert(at, Segment(first.text, first.span, "byline"))
    result.outlet, result.outlet_rule = name, "place_tag"


def place_tag_agency(paragraph: str) -> str | None:
    """The wire agency a place tag opening ``paragraph`` names, as written ('دمشق - سبوتنيك. أعلن'
    gives 'سبوتنيك'): a credit, not the outlet, unless the site is the agency's own.

    >>> place_tag_agency("دمشق - سبوتنيك. أعلن الوالي"), place_tag_agency("القدس - الكرمل - قال")
    ('سبوتنيك', None)
    """
    dashed, slashed = _place_agency_re()
    m = dashed.match(paragraph)
    if m is None and "/" in paragraph:  # (the WAM opener needs a slash: most paragraphs skip it)
        m = slashed.match(paragraph) or _agency_first_re().match(paragraph)
    if m is None and "(" in paragraph:
        m = _dated_paren_agency_re().match(paragraph)
    if m is None:
        m = _glued_agency_re().match(paragraph)
    return m.group(1) if m else None


@cache
def _agency_alt() -> str:
    """The wire agencies of ``place_tag.agencies`` as one alternation, for the agency-tag patterns."""
    return lexicon.alternation(lexicon.load("boilerplate")["place_tag"]["agencies"], normalize=False)


@cache
def _glued_agency_re() -> re.Pattern[str]:
    """Rule glued_agency_tag: a one-word place glued to the agency by a hyphen, then a space, opening
    the first paragraph ('موسكو-سانا أعلنت ...', SANA's style)."""
    alt = _agency_alt()
    return re.compile(rf"\s*[^\W\d_]+-({alt})(?=\s)")


@cache
def _dated_paren_agency_re() -> re.Pattern[str]:
    """Rule dated_paren_agency: the place, the day and month (a year may follow; the date written
    in words or in digits, 'كسلا 5-5-2024'), then the agency in parentheses, opening the first
    paragraph ('بكين 12 مايو 2024 (شينخوا) أظهرت ...')."""
    alt = _agency_alt()
    day = r"\d{1,2}(?:\s+[^\W\d_]+(?:\s+\d{4})?|[-/.]\d{1,2}(?:[-/.]\d{2,4})?)"
    return re.compile(rf"\s*{_TAG_PLACE}\s+{day}\s*\(\s*({alt})\s*\)")


@cache
def _agency_first_re() -> re.Pattern[str]:
    """Rule agency_first_tag: the agency first, a slash, then the place, closed by a dash or a colon
    ('تسنيم / طهران – تعرضت ...', 'الأناضول/ أنقرة: ...')."""
    alt = _agency_alt()
    return re.compile(rf"\s*({alt})\s*/\s*{_TAG_PLACE}\s*[{_DASHES}:]")


@cache
def _place_agency_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt = _agency_alt()
    # 'دمشق - سبوتنيك.', and wire style with the agency in parentheses: 'الكويت (كونا) --'
    # and WAM's opener, the agency between slashes after the place and its day:
    # 'CITY في 27 مايو / وام / ...' (at most three words between)
    return (re.compile(rf"\s*{_TAG_PLACE}\s*(?:[{_DASHES}/]|\()\s*({alt})\s*\)?\s*[{_DASHES}:.(]"),
            re.compile(rf"\s*{_TAG_PLACE}(?:\s+[^\s/]+){{1,3}}?\s+/\s*({alt})\s*/"))


def trailing_agency(line: str) -> str | None:
    """The wire agency ending a dateline, as written (SPA's '... 27 سبتمبر 2023 م واس' gives 'واس').

    >>> trailing_agency("يريفان 12 ربيع الأول 1445 هـ الموافق 27 سبتمبر 2023 م واس")
    'واس'
    >>> trailing_agency("الأحد 12 أكتوبر 2020") is None
    True
    """
    words = line.split()
    for n in (1, 2, 3):  # ('أ ف ب' is three words)
        if len(words) > n and _name_key(part := " ".join(words[-n:]).strip(_NAME_TRIM)) in _agencies():
            return part
    return None


def _is_site_name(norm: str, result: Cleaned) -> bool:
    """A masthead that names the site: above any menu row, and no section's name as well
    ('الشرق الأوسط' is a paper and a menu's item)."""
    if any(seg.rule == "nav_menu" for seg in result.boilerplate):
        return False
    return _name_key(_strip_bullets(norm)) not in _masthead()[1]


@cache
def _copyright_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = lexicon.load("boilerplate")["copyright_owner"]
    forms = spec["phrases"] + [normalize_text(w) for w in spec["phrases"]]
    phrase = re.compile(rf"(?:{lexicon.alternation(forms, normalize=False)})\s*", re.IGNORECASE)
    words = lexicon.alternation(spec["after_mark"])
    # (the years after the mark go with it, four digits each: a shorter number is a name, '© 218')
    years = r"(?:[\s\-\u2013/]|\d{4}(?!\d))*"
    mark = re.compile(rf"(?:\u00a9|\(c\)|copyright){years}(?:(?:{words}){years})?", re.IGNORECASE)
    return phrase, mark


#: Where a copyright owner's name ends: a sentence mark, a separator or a year, Gregorian or Hijri
#: in any digits ('... 2024', '... الأحساء نيوز 1446هـ', '... شبكة الإعلام العراقي ٢٠٢٣').
_OWNER_END_RE = re.compile(r"[.|\u060c,;\u061b\-\u2013\u2014(\[]"
                           r"|\s(?:[1\u0661][49\u0664\u0669]|[2\u0662][0\u0660])\d\d(?!\d)")


def _copyright_name(line: str) -> tuple[str | None, bool]:
    """The short name a copyright footer gives after © and the year or after 'all rights reserved
    to', known or not, and whether it came after that phrase; ``(None, False)`` when none.

    >>> notice = ("\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 "
    ...           "\u0645\u062d\u0641\u0648\u0638\u0629")
    >>> _copyright_name(notice + " \u00a9 2024")
    (None, False)
    """
    spec = lexicon.load("boilerplate")["copyright_owner"]
    phrase, mark = _copyright_re()
    text = line.strip().lstrip(_BULLETS)
    m = phrase.search(text)
    after_phrase = bool(m) and bool(text[m.end():].strip(_NAME_TRIM + "\u0640"))
    if after_phrase:
        rest = text[m.end():].lstrip(" \u0640")
        if m.group().endswith("\u0644") and rest[:1] == "\u0644":
            rest = "\u0627" + rest  # 'محفوظة للمؤسسة': لـ + ال written لل, the name is 'المؤسسة ...'
    else:
        k = mark.search(text)
        if not k:
            return _name_before_notice(text, spec["max_words"])
        rest = text[k.end():]
    rest = mark.sub(" ", rest)
    name = _OWNER_END_RE.split(rest, 1)[0].strip(_NAME_TRIM + "\u0640")
    if (not after_phrase and (k := mark.search(text)) and k.start() > 0
            and (not name or _name_key(name) in _reserved_phrases())):
        # rule name_before_mark: 'أخبار ليبيا 24 © كل الحقوق محفوظة 2024', the name before ©
        # and the bare notice after it: taken as a name after the phrase (not the notice itself
        # before it: 'جميع الحقوق محفوظة © 2024' names no one)
        name, after_phrase = _OWNER_END_RE.split(text[:k.start()], 1)[0].strip(_NAME_TRIM + "\u0640"), True
        if _name_key(name) in _reserved_phrases() or phrase.search(name) is not None:
            return None, False
    if not name or _n_words(name, spec["max_words"]) > spec["max_words"] or not (
            _TOKEN_RE.search(name) or (_DIGITS_NAME_RE.fullmatch(name) and not _YEAR_RE.fullmatch(name))):
        return None, False  # (a name of digits alone stands when it is no year: '© 218')
    if after_phrase and m and (first := _name_key(name).split()[:1]) and first[0] in _publisher_words() \
            and (k := mark.search(text, 0, m.start())) is not None:
        # rule publisher_after_phrase: '© 2019 أخبار الأدب - جميع الحقوق محفوظة لمؤسسة أخبار اليوم':
        # the rights are the publisher's, the name after © is the site's
        site = _OWNER_END_RE.split(_YEAR_RE.sub(" ", text[k.end():m.start()]), 1)[0]
        site = site.strip(_NAME_TRIM + "\u0640")
        if site and _TOKEN_RE.search(site) and _n_words(site, spec["max_words"]) <= spec["max_words"]:
            return site, True
    return name, after_phrase


#: Rule name_before_notice: the site's name, a separator, the bare notice and at most a year after it.
_NOTICE_TAIL_RE = re.compile(r"[\s\d\-\u2013.]*")


def _name_before_notice(text: str, most: int) -> tuple[str | None, bool]:
    """Rule name_before_notice: a footer with no © that writes the site's name, a separator and the
    bare notice with at most a year after it ('موقع المجلس - جميع الحقوق محفوظة 2023') names the site
    before the notice; ``(None, False)`` otherwise."""
    for pos in (i for i, ch in enumerate(text) if ch in _NOTICE_SEPARATORS):
        tail = normalize_text(text[pos + 1:].strip())
        phrase = next((p for p in _reserved_notices() if tail.startswith(p)), None)
        if phrase is None or not _NOTICE_TAIL_RE.fullmatch(tail[len(phrase):]):
            continue
        name = _OWNER_END_RE.split(text[:pos], 1)[0].strip(_NAME_TRIM + "\u0640")  # (not its place)
        if name and _TOKEN_RE.search(name) and _n_words(name, most) <= most:
            return name, True
        return None, False
    return None, False


#: What separates a site's name from the notice after it (rule name_before_notice).
_NOTICE_SEPARATORS = "-\u2013\u2014|."


@cache
def _reserved_notices() -> tuple[str, ...]:
    """The bare notices, normalized, longest first (rule name_before_notice)."""
    spec = lexicon.load("boilerplate")["copyright_owner"]
    return tuple(sorted({normalize_text(p) for p in spec["reserved"]}, key=len, reverse=True))


#: A site's name written in digits alone ('218'), in a copyright line (rule _copyright_name).
_DIGITS_NAME_RE = re.compile(r"\d{2,4}")


@cache
def _reserved_phrases() -> frozenset[str]:
    """The bare notice after © ('كل الحقوق محفوظة'), by its name key."""
    return frozenset(_name_key(p) for p in lexicon.load("boilerplate")["copyright_owner"]["reserved"])


_MAX_FOOTER_NAMED_WORDS = 3


def _masthead_named_by_footer(result: Cleaned, raw: str) -> None:
    """Rule masthead_footer: the page's first line, a short name that no list knows as a site or
    that is also a menu's section ('الأخبار', 'النشرة'), is the site's masthead when the page's
    copyright footer names it ('© 2024 جريدة الأخبار', 'جميع الحقوق محفوظة © النشرة 2022'): the
    site names itself twice. Its line becomes rule masthead and names the site."""
    bp = result.boilerplate
    if not bp or bp[0].rule != "nav_menu" or raw[:bp[0].span[0]].strip():
        return
    top = bp[0]
    key = _name_key(top.text)
    if (not key or len(key.split()) > _MAX_FOOTER_NAMED_WORDS
            or _CREDIT_NAME_RE.fullmatch(key) is None):
        return
    for seg in reversed(bp):
        if seg.rule == "copyright":
            name = _copyright_name(seg.text)[0]
            if name is not None and key in (_name_key(name), _bare_site_name(_name_key(name))):
                bp[0] = Segment(top.text, top.span, "masthead")
                result.site_name = (top.text, "masthead")
            return


@cache
def _home_items() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["masthead"]["home_items"])


def _top_name_item(result: Cleaned, raw: str) -> int | None:
    """Rules masthead_above_home and masthead_logo_pair: the index in ``result.boilerplate`` of the
    page's first line read as a menu's item when only the site's Latin logo stands above it and it
    is a short name of letters that is no section (a logo candidate), with a segment after it;
    ``None`` otherwise."""
    bp = result.boilerplate
    k = 0
    while k < len(bp) and bp[k].rule == "latin_masthead":
        k += 1
    if k + 1 >= len(bp) or bp[k].rule != "nav_menu":
        return None
    top = bp[k]
    edges = [0, *(e for seg in bp[:k] for e in seg.span), top.span[0]]
    if any(raw[edges[i]:edges[i + 1]].strip() for i in range(0, len(edges), 2)):
        return None  # (only the Latin logo above it)
    key = _name_key(top.text)
    if (not key or len(key.split()) > _MAX_FOOTER_NAMED_WORDS or key in _masthead()[1]
            or _CREDIT_NAME_RE.fullmatch(key) is None):
        return None
    return k


def _masthead_above_home(result: Cleaned, raw: str) -> None:
    """Rule masthead_above_home: the page's first line (or the first under its Latin logo), a short
    name of letters that is no section, read as a menu's item, right above the menu's home item
    ('الرئيسية', ``masthead.home_items``) is the site's logo: a menu opens with its home item, and
    what stands above it is the site's name ('الصومال الجديد' / 'الرئيسية' / 'أخبار' ...)."""
    bp = result.boilerplate
    k = _top_name_item(result, raw)
    if k is None:
        return
    menu = k + 1
    if bp[menu].rule == "latin_masthead" and menu + 1 < len(bp) \
            and not raw[bp[k].span[1]:bp[menu].span[0]].strip():
        menu += 1  # (its Latin logo or address under it: 'المركزية' / 'almarkazia.com' / 'الرئيسية ...')
    if (bp[menu].rule != "nav_menu" or not _opens_menu(bp[menu].text)
            or raw[bp[menu - 1].span[1]:bp[menu].span[0]].strip()):
        return
    top = bp[k]
    bp[k] = Segment(top.text, top.span, "masthead")
    result.site_name = (top.text, "masthead")


def _opens_menu(line: str) -> bool:
    """Rule masthead_above_home: a menu row that opens the page's menu: its home item alone or
    opening the row ('الرئيسية', 'الصفحة الرئيسية | وطنية | ...')."""
    key = _name_key(line)
    return key in _home_items() or _name_key(key.split("|", 1)[0]) in _home_items()


#: A bare web address standing as a line ('elfagr.org', 'www.almalnews.com').
_ADDRESS_LINE_RE = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}/?", re.IGNORECASE)


def _names_in(key: str, text: str) -> bool:
    """Whether a name key stands as whole words in a line ('الحوار' in '© الحوار 2024')."""
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", _name_key(text)) is not None


def _masthead_by_logo(result: Cleaned, raw: str) -> None:
    """Rule masthead_logo_pair: at the very top of the page (only the site's Latin logo above), a
    short name of letters read as a menu's item is the site's Arabic logo when the site names itself
    once more right there or at the foot: its web address on the line under it ('بوابة الفجر' over
    'elfagr.org'), or a copyright footer naming it or the Latin logo above it ('El Hiwar' /
    'الحوار' ... '© الحوار 2024'; 'Al-Monitor' / 'المونيتور' ... '© 2024 Al-Monitor'), or a
    byline under the headline naming it among other words (rule team_byline: 'فريق المونيتور'), or a
    follow prompt at the foot naming it (rule follow_prompt_name: 'Al Ekhbariya' / 'الإخبارية' ...
    'تابعوا الإخبارية على منصاتها الرقمية')."""
    bp = result.boilerplate
    k = _top_name_item(result, raw)
    if k is None:
        return
    top, key = bp[k], _name_key(bp[k].text)
    below = bp[k + 1]
    named = (below.rule == "latin_masthead" and not raw[top.span[1]:below.span[0]].strip()
             and _ADDRESS_LINE_RE.fullmatch(below.text.strip()) is not None)
    if not named:
        logos = [key, *(_name_key(seg.text) for seg in bp[:k])]
        named = any(seg.rule == "copyright" and any(_names_in(name, seg.text) for name in logos)
                    for seg in bp[k + 1:])
    if not named:  # rule team_byline: the staff's byline names it ('فريق المونيتور' under 'المونيتور')
        named = any(seg.rule == "byline" and _names_in(key, seg.text) and _name_key(seg.text) != key
                    for seg in bp[k + 1:])
    if not named:  # rule follow_prompt_name: the page asks the reader to follow it by that name
        named = any(seg.rule == "app_prompt" and _names_in(key, seg.text)
                    and _is_follow_prompt(normalize_text(seg.text)) for seg in bp[k + 1:])
    if named:
        bp[k] = Segment(top.text, top.span, "masthead")
        result.site_name = (top.text, "masthead")


def copyright_owner(line: str) -> str | None:
    """The site a copyright footer names, as written: after © and the year, or after 'all rights
    reserved to'. A name after a bare © must be a known outlet or masthead; one after the phrase
    need only be a short name.

    >>> copyright_owner("© 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.")
    'بي بي سي'
    >>> copyright_owner("جميع الحقوق محفوظة لـ قناة الحرة © 2024"), copyright_owner("© 2023 شركة ما")
    ('قناة الحرة', None)
    >>> copyright_owner("جميع الحقوق محفوظة © أثر برس 2025")
    'أثر برس'
    """
    name, after_phrase = _copyright_name(line)
    if name is None:
        return None
    if after_phrase and _name_key(name) not in _agencies():
        return name
    if _holds_notice(line) and (_ARABIC_RE.search(name) or _DIGITS_NAME_RE.fullmatch(name)) \
            and _name_key(name) not in _agencies():
        # rule notice_beside_mark: a bare © whose line also holds the rights notice ('جميع الحقوق
        # محفوظة © أثر برس 2025', '© 2023 شؤون عمانية. جميع الحقوق محفوظة') is the site's own footer,
        # not a photo's credit: its Arabic name is the site's, known or not (a Latin one, cut at its
        # hyphen, 'Al-Monitor', is left to the logo)
        return name
    if _bare_site_name(_name_key(name)) is not None:
        return name  # rule site_form_owner: a site word and a name ('© جريدة العلم 2019') is a site's name
    return name if _name_key(name) in _masthead()[0] else None


def _holds_notice(line: str) -> bool:
    """Whether ``line`` holds a rights notice (``copyright_owner.reserved``: 'جميع الحقوق محفوظة')."""
    key = _name_key(line)
    return any(p in key for p in _reserved_phrases())


#: Rules of a line that may be a photo's credit standing alone under its caption.
_CREDIT_RULES = frozenset({"photo_credit", "photo_caption"})


def _is_bare_credit(norm: str, own_rule: str | None) -> bool:
    """A line that is only a photo credit: '(رويترز)', 'رويترز', 'الصورة: فرانس برس', 'صورة من: AFP'.

    >>> _is_bare_credit("(رويترز)", "photo_caption")
    True
    >>> _is_bare_credit("جنود على الطريق (رويترز)", "photo_caption")
    False
    >>> _is_bare_credit("صورة أرشيفية لميدان السلطان أحمد (الأناضول)", "photo_credit")
    False
    """
    if own_rule == "photo_credit":
        return not _is_self_caption(norm)
    if own_rule != "photo_caption":
        return False
    m = _caption_re()[0].search(norm)
    return m is not None and not norm[:m.start()].strip(_NAME_TRIM)


#: The most words a photo label ('صورة أرشيفية') takes before its credit in parentheses.
_CREDIT_LABEL_MAX_WORDS = 2


def _is_self_caption(norm: str) -> bool:
    """Rule self_caption: a photo credit line that describes its photo itself before the credit in
    parentheses ('صورة أرشيفية لميدان السلطان أحمد (الأناضول)'): a caption of its own, so the line
    above it is no caption ('صورة أرشيفية (رويترز)', 'تصوير: أحمد علي' are bare credits)."""
    text = norm.strip()
    if not text.endswith(")") or "(" not in text:
        return False
    head = text[: text.rfind("(")].strip(_NAME_TRIM)
    return len(head.split()) > _CREDIT_LABEL_MAX_WORDS and ":" not in head


def _caption_above_credit(result: Cleaned, line: Segment) -> bool:
    """The body line right above a bare credit is the photo's caption when it reads like one (a few
    words, no sentence end: :func:`_is_caption_after_credit`): it moves to the boilerplate as
    ``photo_caption``. A body sentence that ends with an agency keeps its full stop and stays.
    Returns whether it moved."""
    if not result.paragraphs or result.paragraphs[-1] is not line:
        return False
    if not _is_caption_after_credit(result.view.text_of(*line.span)):
        return False
    result.paragraphs.pop()
    result.boilerplate.append(Segment(line.text, line.span, "photo_caption"))
    return True


#: rule footer_brand: a site's name in Latin letters alone on its line ('Okaz', 'Lebanon24', 'Al Watan').
_LATIN_BRAND_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[ .\-][A-Za-z0-9]+){0,2}")


def _brand_above_footer(result: Cleaned, line: Segment) -> None:
    """Rule footer_brand: the body line right above a copyright line that is only a site's name in
    Latin letters ('Okaz' over '© جميع الحقوق محفوظة ...') is the footer's logo: it moves to the
    boilerplate as ``masthead``. An Arabic line there (a closing one-line paragraph) stays."""
    if not result.paragraphs or result.paragraphs[-1] is not line or not _LATIN_BRAND_RE.fullmatch(line.text):
        return
    result.paragraphs.pop()
    result.boilerplate.append(Segment(line.text, line.span, "masthead"))


def _undo_caption(result: Cleaned, line: Segment) -> None:
    """Put back in the body a line :func:`_caption_above_credit` took."""
    k = next(i for i, x in enumerate(result.boilerplate) if x.span == line.span)
    del result.boilerplate[k]
    paras = result.paragraphs
    at = next((i for i, p in enumerate(paras) if p.span[0] > line.span[0]), len(paras))
    paras.insert(at, line)


@cache
def _trailing_tags_re() -> tuple[re.Pattern[str], str]:
    """The tag-row pattern, and the marks that cannot follow the opening of its match (the
    search starts at the last of them)."""
    spec = lexicon.load("boilerplate")["trailing_tags"]
    cues = lexicon.alternation(spec["cues"])
    forms = [*spec["cues"], *map(normalize_text, spec["cues"])]
    stops = "".join(c for c in ".!?\u061f\u2026:" if not any(c in f for f in forms))
    return (re.compile(rf"(?:^|(?<=[.!?\u061f\u2026\"'\u201d\u00bb)])\s)\s*(?:{cues})"
                       r"\s+[^\W\d_][^.!?\u061f\u2026:\d]*$"), stops)


def _cut_trailing_tags(result: Cleaned) -> None:
    """A tag row at the end of the last paragraph ('... بهذه المناسبة. سمات السعودية اليمن')."""
    last = result.paragraphs[-1]
    text = result.view.text_of(*last.span)  # == normalize_text(last.text)
    pattern, stops = _trailing_tags_re()
    # a mark of ``stops`` never follows the opening of a match: search from the last one (the
    # pattern's lookbehind still sees the character before it)
    m = pattern.search(text, max([text.rfind(c) for c in stops] + [0]))
    if not m:
        return
    words = text[m.start():].split()
    if len(words) - 1 > lexicon.load("boilerplate")["trailing_tags"]["max_words"]:
        return
    own = result.view.slice(*last.span)  # == normalize(last.text), cut from the article's view
    start = own.raw_span((m.start(), m.end()))[0]
    start += len(last.text[start:]) - len(last.text[start:].lstrip())
    base = last.span[0]
    result.paragraphs.pop()
    _add_piece(result.paragraphs, last.text, 0, start, base, "paragraph")
    result.boilerplate.append(Segment(last.text[start:], (base + start, last.span[1]), "tags"))


#: A sign-off glued after the last sentence of the text ('... صدت الهجوم. ع.ج.م/ ح.ز (أ ف ب)').
_GLUED_SIGNOFF_RE = re.compile(rf"(?<=[.!?\u061f\"'\u201d\u00bb)])\s+({_SIGNOFF_RE.pattern[1:-1]})$")


#: A bullet opening a closing signature ('• محمود عيسى'): rule closing_signature.
_SIGNATURE_BULLETS = "\u2022\u25cf\u25aa"
_SIGNATURE_RE = re.compile(
    rf"^[{_SIGNATURE_BULLETS}][ \t\u00a0]*([^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){{1,2}})\s*$")


def _cut_closing_signature(result: Cleaned) -> None:
    """Rule closing_signature: the last body line, a bullet and a name of two or three words of
    letters ('• محمود عيسى'), is the writer's signature, unless the line above it is a bulleted
    item too (a list's last item, '• ارتفاع الأسعار', stays body)."""
    if len(result.paragraphs) < 2:
        return
    last = result.paragraphs[-1]
    if last.text[:1] not in _SIGNATURE_BULLETS or not _SIGNATURE_RE.match(last.text):
        return
    if result.paragraphs[-2].text.lstrip()[:1] in _SIGNATURE_BULLETS:
        return
    result.paragraphs.pop()
    result.boilerplate.append(Segment(last.text, last.span, "closing_signature"))


def _cut_trailing_signoff(result: Cleaned) -> None:
    """An editors' sign-off glued to the end of the last paragraph, after its last sentence: cut out
    as ``signoff`` (its dots are no sentence ends)."""
    last = result.paragraphs[-1]
    if "/" not in last.text:  # (initials are split by slashes; the view keeps every '/')
        return
    own = result.view.slice(*last.span)
    m = _GLUED_SIGNOFF_RE.search(own.text)
    if not m or "." not in m.group(1).split("(", 1)[0]:
        return
    start = own.raw_span((m.start(1), m.end(1)))[0]
    base = last.span[0]
    result.paragraphs.pop()
    _add_piece(result.paragraphs, last.text, 0, start, base, "paragraph")
    result.boilerplate.append(Segment(last.text[start:], (base + start, last.span[1]), "signoff"))


_SLASHED_NAMES_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){1,2}"
                               r"(?:[ \t\u00a0]*/[ \t\u00a0]*[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){1,2}){1,2}")


_FULL_STOP_END_RE = re.compile(r"[.!?\u061f\u2026][\"'\u201d\u00bb)]*\s*$")


def _cut_closing_names(result: Cleaned) -> None:
    """Rule closing_names: the last body line is two or three names of two or three words each split
    by slashes ('ريم علي/ سامي حسن'), under a paragraph that ends a sentence: the editors signing the
    story (like the initials of rule signoff). A line of one-word names ('الأهلي/ الزمالك') or a list's
    item under a colon stays."""
    paras = result.paragraphs
    if len(paras) < 2 or "/" not in paras[-1].text:
        return
    last = paras[-1]
    norm = result.view.text_of(*last.span)  # == normalize_text(last.text): a paragraph is stripped
    if not ((_SLASHED_NAMES_RE.fullmatch(norm) or _is_name_and_wires(norm))
            and _FULL_STOP_END_RE.search(paras[-2].text)):
        return
    paras.pop()
    result.boilerplate.append(Segment(last.text, last.span, "signoff"))


#: The most words of a page's closing footer line (rule footer_line): 'هيئة الإذاعة والتلفزيون'.
_MAX_FOOTER_LINE_WORDS = 4
#: The fewest lines of chrome between the story's end and that line.
_MIN_FOOTER_CHROME = 2


def _cut_footer_line(result: Cleaned, raw: str) -> None:
    """Rule footer_line: the page's last line, a few words of letters (at most
    ``_MAX_FOOTER_LINE_WORDS``, no digit or mark), standing under at least ``_MIN_FOOTER_CHROME``
    lines of chrome and nothing else that close the story (a foot date, a follow prompt, a handle),
    the story's last paragraph ending a sentence: the site's or its parent body's name in the footer
    ('... تابعوا الإخبارية على منصاتها' / '@handle' / 'هيئة الإذاعة والتلفزيون'), never the story's."""
    paras = result.paragraphs
    last, before = paras[-1], paras[-2]
    text = last.text.strip()
    if (_n_words(text, _MAX_FOOTER_LINE_WORDS + 1) > _MAX_FOOTER_LINE_WORDS or not _TAG_RE.fullmatch(text)
            or raw[last.span[1]:].strip() or not _FULL_STOP_END_RE.search(before.text)):
        return
    between = sorted((seg for seg in result.boilerplate
                      if before.span[1] <= seg.span[0] and seg.span[1] <= last.span[0]),
                     key=lambda seg: seg.span)
    if len(between) < _MIN_FOOTER_CHROME:
        return
    pos = before.span[1]
    for seg in between:
        if raw[pos:seg.span[0]].strip():
            return
        pos = seg.span[1]
    if raw[pos:last.span[0]].strip():
        return
    paras.pop()
    result.boilerplate.append(Segment(last.text, last.span, "site_footer"))


#: A credit in guillemets glued to a sentence's end and followed by a sentence opened by 'و'
#: ('... في السوق.«الاقتصادية» وأضاف ...'): the sentence before it is a photo's caption.
_GLUED_CREDIT_RE = re.compile("(?<=[.!\u061f])[ \t\u00a0]?\u00ab([^\u00bb\n]{2,30})\u00bb"
                              "(?=[ \t\u00a0]+\u0648)")
#: Where a sentence ends inside a line: the caption starts after the last one before its credit.
_CAPTION_START_RE = re.compile(r"[.!\u061f][\"'\u201d\u00bb)]*\s+")
#: The most words of a caption glued before its credit.
_MAX_GLUED_CAPTION_WORDS = 25


def _glued_captions(line: str, base: int) -> list[Segment]:
    """Rule glued_caption (segment rule photo_caption): inside a body line, a known outlet's or a wire
    agency's name in guillemets glued right after a sentence's end and followed by a sentence opened
    by 'و' ('... أمامهم. أحد باعة التمور في السوق.«الاقتصادية» وأضاف ...'): a photo's caption and its
    credit that the page ran into the text; the caption is the one sentence before the credit (3 to
    ``_MAX_GLUED_CAPTION_WORDS`` words, no quotation in it). '«الاقتصادية» علمت أن ...' (the outlet as
    a sentence's subject) stays body."""
    out: list[Segment] = []
    for m in _GLUED_CREDIT_RE.finditer(line):
        key = _name_key(m.group(1))
        if key not in _agencies() and key not in _outlets() and key not in _masthead()[0]:
            continue
        end_mark = m.start() - 1
        start = 0
        for s in _CAPTION_START_RE.finditer(line, 0, end_mark):
            start = s.end()
        caption = line[start:end_mark]
        if any(q in caption for q in "\"\u00ab\u00bb\u201c\u201d"):
            continue
        if not 3 <= _n_words(caption, _MAX_GLUED_CAPTION_WORDS + 1) <= _MAX_GLUED_CAPTION_WORDS:
            continue
        if out and start < out[-1].span[1] - base:
            continue
        out.append(Segment(line[start:m.end()], (base + start, base + m.end()), "photo_caption"))
    return out


def _is_name_and_wires(norm: str) -> bool:
    """Rule closing_name_wires (of closing_names): the writer's initial and name ('م. بوعلام'), then a
    slash and a credit word or a wire agency ('وكالات', 'أ ف ب'): the writer signing a story put
    together from the wires ('م. بوعلام / وكالات'). A full name beside an agency ('سارة حسن/ رويترز')
    is left as it was (an earlier example keeps it in the body)."""
    parts = norm.split("/")
    if len(parts) != 2:
        return False
    name, wire = parts[0].strip(), parts[1].strip(_NAME_TRIM)
    key = _name_key(wire)
    if key not in _agencies() and key not in _credit_words():
        return False
    return bool(_INITIAL_BYLINE_RE.match(name))


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["byline"]["credit_words"])


_TAG_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)*")


def _is_tag_line(norm: str, most: int) -> bool:
    """A tag: a few words of letters only (no digit, punctuation, quote or bracket)."""
    text = _strip_bullets(norm)
    # (rule tag_words_first: the words are counted first, the pattern then read over a short line
    # only, not over a paragraph up to its first mark; both tests are of the text alone)
    return _n_words(text, most) <= most and bool(_TAG_RE.fullmatch(text))


_TAG_ITEM_SPLIT_RE = re.compile(r"[ \t\u00a0]*[,\u060c|][ \t\u00a0]*")


def _is_tag_items(norm: str, most: int) -> bool:
    """Rule tag_items: under a tags header, several tags on one line split by commas or bars, each a
    tag ('سوق الهال, الخضار, الأسعار').

    >>> _is_tag_items("سوق الهال, الخضار, الاسعار", 4), _is_tag_items("وقال الوزير، إن الاسعار سترتفع.", 4)
    (True, False)
    """
    items = _TAG_ITEM_SPLIT_RE.split(_strip_bullets(norm).strip())
    return len(items) >= 2 and all(_is_tag_line(i, most) for i in items)


#: One-letter proclitics a name may carry in the text ('وأذربيجان', 'لأرمينيا'): 'and', 'to', 'with'...
_PROCLITICS = "[\u0648\u0641\u0628\u0644\u0643]{0,2}"

#: Lines that close an article: what follows them is the page's, not the story's.
_CLOSING_RULES = frozenset({"source_credit", "copyright", "site_notice"})


def _cut_trailing_tag_lines(result: Cleaned, spec: dict) -> None:
    """Tags listed one per line with no header at the very end ('روسيا' / 'أرمينيا' / 'أذربيجان').

    At least ``min_lines`` such lines must end the text, right after a paragraph that ends a
    sentence, and they must name what the title or the body above names (a tag points
    to what the story is about; at least ``min_lines`` of them and half of them must: 'القوقاز'
    may tag a story on Armenia and Azerbaijan), unless a closing credit line stands between them and the
    body ('المصدر: RT + وكالات' / 'حرب غزة' / 'حماس'): a list introduced by a colon, a letter's
    sign-off ('أخوك المخلص' / a name) or captions stay.
    """
    paras = result.paragraphs
    view = result.view
    assert view is not None  # clean builds it first

    def norm_of(seg: Segment) -> str:  # == normalize_text(seg.text), cut from the article's view
        return view.text_of(*seg.span)

    k = 0
    while k < len(paras) and _is_tag_line(norm_of(paras[-1 - k]), spec["tail_max_words"]):
        k += 1
    if k < spec["min_lines"] or k == len(paras):
        return
    before = paras[-1 - k].text
    if not _SENT_MARKS_RE.search(before.rstrip()[-1:]) and not re.search(r"[.!?\u061f][\"'\u201d\u00bb)]+$",
                                                                     before.rstrip()):
        return
    # below the closing credit line ('المصدر: RT + وكالات') the article is over: no need to be named
    closed = any(seg.rule in _CLOSING_RULES and paras[-1 - k].span[1] <= seg.span[0] < paras[-k].span[0]
                 for seg in result.boilerplate)
    above = " ".join(_key_of(norm_of(p)) for p in paras[:-k])
    if result.title is not None:
        above = _key_of(norm_of(result.title)) + " " + above
        # rule section_tag_repeat: the story's section label above its headline ('لبنان') names it too
        above += "".join(" " + _key_of(norm_of(seg)) for seg in result.boilerplate
                         if seg.rule == "nav_menu" and seg.span[1] <= result.title.span[0]
                         and _MENU_SPLIT_RE.search(seg.text) is None)
    # the site's footer right below them (copyright, site notice): the page's chrome, one tag named
    # is enough ('أوكرانيا' / 'روسيا' / 'الحرب الروسية الأوكرانية' / '© 2025 ...')
    end = paras[-1].span[1]
    footer = any(seg.rule in _CLOSING_RULES and seg.span[0] >= end for seg in result.boilerplate)
    if not closed:
        named = 0
        for p in paras[-k:]:
            tag = _key_of(normalize_text(_strip_bullets(p.text)))
            named += bool(re.search(rf"(?<![^\W\d_]){_PROCLITICS}{re.escape(tag)}(?![^\W\d_])", above))
        # (most of them name the story's topic)
        if (named < 1 if footer else named < spec["min_lines"] or 2 * named < k):
            return
    for p in paras[-k:]:
        result.boilerplate.append(Segment(p.text, p.span, "tags"))
    del paras[-k:]


#: a caption line: after any leading dots ('..ويصافح العسكريين'), letters and spaces only (no digit,
#: sentence mark, colon, comma, bracket, bullet, quote or Latin letter)
_CAPTION_LETTER = r"(?:[^\W\d_A-Za-z]|[\u064b-\u065f\u0670])"
_CAPTION_LINE_RE = re.compile(rf"\.*{_CAPTION_LETTER}+(?:[ \t\u00a0]+{_CAPTION_LETTER}+)*")
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")


def _cut_trailing_captions(result: Cleaned, raw: str) -> None:
    """Rule ``trailing_captions``: a gallery's captions printed after the story's last paragraph.

    At least ``min_lines`` short lines (at most ``max_words`` words and ``max_chars`` characters,
    letters only: no digit, sentence mark, colon, comma, bullet or Latin letter; not opening with a
    reporting verb) end the text, EACH ITS OWN PARAGRAPH (a blank line before every one of them),
    right after a full paragraph (more than ``max_words`` words) that ends a sentence. A poem, a
    list, a letter's sign-off or a column's footnote is written one line under the other with no
    blank line between, or after a colon: those stay.
    """
    spec = lexicon.load("boilerplate")["trailing_captions"]
    paras, most = result.paragraphs, spec["max_words"]
    k = 0
    while k < len(paras) - 1:
        p, before = paras[-1 - k], paras[-2 - k]
        text = p.text.strip()
        if not (len(text) <= spec["max_chars"] and _CAPTION_LINE_RE.fullmatch(text)
                and _n_words(text, most + 1) <= most and _BLANK_LINE_RE.search(raw, before.span[1], p.span[0])
                and not _opens_body_sentence(normalize_text(text.lstrip(".")))):
            break
        k += 1
    if k == 0 or k == len(paras):
        return
    # captions a line rule took already (rule caption_phrase: 'جانب من الحضور') count in the run
    end = paras[-1 - k].span[1]
    taken = sum(1 for b in result.boilerplate if b.rule == "photo_caption" and b.span[0] > end)
    if k + taken < spec["min_lines"]:
        return
    last = paras[-1 - k].text.rstrip()
    if not _SENT_MARKS_RE.search(last[-1:]) or _n_words(last, most + 1) <= most:
        return
    for p in paras[-k:]:
        result.boilerplate.append(Segment(p.text, p.span, "photo_caption"))
    del paras[-k:]


def _caption_under_label(result: Cleaned, raw: str) -> None:
    """Rule caption_under_label: a photo's label alone in parentheses ('(ملف صور)', '(صورة أرشيفية)')
    and right under it a caption of one short sentence closed by its credit ('... بشرقي الصين. (شينخوا)'):
    the caption goes with its label. A body sentence quoting an agency stays when no label is above it."""
    labels = [s for s in result.boilerplate if s.rule == "photo_credit" and s.text.startswith("(")
              and s.text.rstrip().endswith(")")]
    for label in labels:
        for i, p in enumerate(result.paragraphs):
            if p.span[0] < label.span[1]:
                continue
            if not raw[label.span[1]:p.span[0]].strip() and _is_stopped_caption(normalize_text(p.text)):
                result.boilerplate.append(Segment(p.text, p.span, "photo_caption"))
                del result.paragraphs[i]
            break


_TEAM = r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){0,2}"
_SCORE_LINE_RE = re.compile(rf"{_TEAM}[ \t\u00a0]+\d{{1,3}}[ \t\u00a0]*[{_DASHES}]"
                            rf"[ \t\u00a0]*\d{{1,3}}[ \t\u00a0]+{_TEAM}")
_MIN_SCORE_LINES = 2
_MAX_RESULTS_HEADING_WORDS = 3


def _cut_results_widget(result: Cleaned) -> None:
    """Rule results_widget: a scores box printed after the story, below chrome that closes the body:
    at least ``_MIN_SCORE_LINES`` last lines each a score ('العربي 31 - 25 قطر'), maybe under a short
    heading of letters ('نتائج الجولة'). Scores listed in the body, with no chrome between the story
    and them, stay body."""
    paras = result.paragraphs
    k = 0
    while k < len(paras) - 1 and _SCORE_LINE_RE.fullmatch(result.view.text_of(*paras[-1 - k].span)):
        k += 1
    if k < _MIN_SCORE_LINES:
        return
    head = paras[-1 - k].text.strip()
    if (k < len(paras) - 1 and _TAG_RE.fullmatch(head)
            and _n_words(head, _MAX_RESULTS_HEADING_WORDS + 1) <= _MAX_RESULTS_HEADING_WORDS):
        k += 1
    if k == len(paras) or not _chrome_between(result, paras[-1 - k].span[1], paras[-k].span[0]):
        return
    for p in paras[-k:]:
        result.boilerplate.append(Segment(p.text, p.span, "results_widget"))
    del paras[-k:]


_HEADER_DATE_RULES = frozenset({"dateline", "date_line", "publish_stamp", "site_timestamp"})


def _name_by_dateline(result: Cleaned, raw: str) -> None:
    """Rule name_by_dateline: under the headline, the first body line is a name of two or three words
    of letters (no mark, no digit) standing right above or right below the story's date line, with
    only blank space between them ('نادين سلامة' over 'الجمعة 17 أيار 2024'): the writer's byline. A
    short line with no date beside it stays body. The name may stand under a standfirst instead (a
    second headline-like line right under the headline, no sentence end: 'مستأجرون يتحدثون عن ...' /
    'هند عادل' / 'Mar 4, 2025'), when the two lines touch."""
    at = 0
    if not _BOX_NAME_RE.fullmatch(result.paragraphs[0].text.strip()):
        if not _standfirst_above_name(result, raw):
            return
        at = 1
    first = result.paragraphs[at]
    if result.paragraphs[0].span[0] < result.title.span[1]:
        return
    for seg in result.boilerplate:
        if seg.rule not in _HEADER_DATE_RULES:
            continue
        gap = (raw[seg.span[1]:first.span[0]] if seg.span[1] <= first.span[0]
               else raw[first.span[1]:seg.span[0]])
        if not gap.strip() and gap.count("\n") <= 1:
            del result.paragraphs[at]
            result.boilerplate.append(Segment(first.text, first.span, "byline"))
            return


def _standfirst_above_name(result: Cleaned, raw: str) -> bool:
    """Rule name_by_dateline's standfirst: the first body line is headline-like (at most
    ``_MAX_HEADLINE_WORDS`` words, no sentence end, a line of its own) and the second, on the very next
    line or under the date line right below it, is a name of two or three words of letters."""
    paras = result.paragraphs
    if len(paras) < 3 or not _BOX_NAME_RE.fullmatch(paras[1].text.strip()):
        return False
    stand = paras[0].text.strip()
    gap, lines = raw[paras[0].span[1]:paras[1].span[0]], 1
    if gap.strip():
        between = [seg for seg in result.boilerplate
                   if paras[0].span[1] <= seg.span[0] and seg.span[1] <= paras[1].span[0]]
        if len(between) != 1 or between[0].rule not in _HEADER_DATE_RULES:
            return False
        gap, lines = gap.replace(between[0].text, "", 1), 2
    return (not gap.strip() and gap.count("\n") == lines and not _SENT_END_RE.search(stand)
            and _n_words(stand, _MAX_HEADLINE_WORDS + 1) <= _MAX_HEADLINE_WORDS
            and raw[paras[0].span[0] - 1:paras[0].span[0]] in ("", "\n"))


_MAX_BLURB_WORDS = 15


def _cut_site_blurb(result: Cleaned, raw: str) -> None:
    """Rule site_blurb: the site's line on itself closing the body, right above the page's closing
    notice or copyright: at most ``_MAX_BLURB_WORDS`` words with no full stop at its end, opened by a
    wire agency's or a known outlet's name (or the page's own) and no colon after it ('الأناضول أكبر
    وكالة أنباء تركية، تأسست عام 1920' above 'يحظر نشر الأخبار ...'). A body sentence ends with a
    full stop; a credit 'الأناضول: ...' is a quote."""
    last = result.paragraphs[-1]
    text = result.view.text_of(*last.span)  # == normalize_text(last.text): a paragraph is stripped
    if _FULL_STOP_END_RE.search(text) or _n_words(text, _MAX_BLURB_WORDS + 1) > _MAX_BLURB_WORDS:
        return
    after = [seg for seg in result.boilerplate if seg.span[0] >= last.span[1]]
    if not after:
        return
    first = min(after, key=lambda seg: seg.span[0])
    if first.rule not in _CLOSING_RULES or raw[last.span[1]:first.span[0]].strip():
        return
    words = text.split()
    own = _name_key(result.site_name[0]) if result.site_name else None
    for k in (1, 2, 3):
        if len(words) <= k or words[k - 1].endswith(":") or words[k].startswith(":"):
            continue
        key = _name_key(" ".join(words[:k]))
        if key in _agencies() or key in _outlets() or key == own:
            result.paragraphs.pop()
            result.boilerplate.append(Segment(last.text, last.span, "site_notice"))
            return


_BOX_NAME_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){1,2}")


@cache
def _author_box_heads() -> frozenset[str]:
    return frozenset(_name_key(h) for h in lexicon.load("boilerplate")["byline"]["author_box_heads"])


_SPACED_DASH_RE = re.compile(r"\s+[-\u2013\u2014\u0640]+\s+")  # a dash, an en or em dash, a tatweel
_NAME_WORDS_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,2}")


def _is_name_role_byline(norm: str) -> bool:
    """Rule name_role_byline: a writer's name of two or three words, a spaced dash and a role line
    (``byline.author_roles``: 'ليلى بدر - صحافية لبنانية').

    >>> _is_name_role_byline("ليلى بدر - صحافية لبنانية"), _is_name_role_byline("غزة - وزارة الصحة")
    (True, False)
    """
    named = _name_before_role(norm.strip())
    return named is not None and _NAME_WORDS_RE.fullmatch(named) is not None


def _name_before_role(text: str) -> str | None:
    """The words before a spaced dash when a writer's role line with no digit follows it ('NAME -
    صحافية لبنانية'), else ``None``."""
    parts = _SPACED_DASH_RE.split(text)
    if len(parts) == 2 and _is_role_line(parts[1]) and not _ANY_DIGIT_RE.search(parts[1]):
        return parts[0]
    return None


def _is_role_line(text: str) -> bool:
    """A writer's role line: opened by one of ``byline.author_roles``, short, one sentence at most."""
    roles, most = _author_roles()
    first = text.split(None, 1)
    if not first or _name_key(first[0]) not in roles or _n_words(text, most + 1) > most:
        return False
    return not _SENT_END_RE.search(text.rstrip().rstrip("."))


def _chrome_between(result: Cleaned, start: int, end: int, rules: frozenset[str] | None = None) -> bool:
    return any(start <= s.span[0] and s.span[1] <= end and (rules is None or s.rule in rules)
               for s in result.boilerplate)


_BYLINE_RULES = frozenset({"byline"})


def _is_outlet_line(norm: str, site_name: tuple[str, str] | None) -> bool:
    """Rule outlet_byline's test: the line is a known outlet's name, or the page's own site name
    (asked only of a line with no more words than the longest of those names has)."""
    site_key = _name_key(site_name[0]) if site_name is not None else None
    most = max(_outlets_most_words(), len(site_key.split()) if site_key is not None else 0)
    if _view_words_over(norm, most):
        return False
    key = _name_key(norm)
    return key in _outlets() or (site_key is not None and key == site_key)


def _closing_logo(norm: str, site_name: str) -> bool:
    """Rule closing_logo: after the body, a line that is only the site's name without its word for a
    paper ('جريدة الجريدة الكويتية' atop the page, 'الجريدة' alone at its foot), or a known masthead's
    name that opens that name: the site's logo closing the page, never a paragraph."""
    if _key_words_over(norm, _site_words()[1]):
        return False
    key, bare = _name_key(norm), _name_key(outlet_name(site_name))
    return key != "" and (key in (_name_key(site_name), bare)
                          or (key in _masthead()[0] and bare.startswith(key + " ")))


def _cut_author_box(result: Cleaned) -> None:
    """Rule author_box_tail (boilerplate.json byline.description): the writer's box at the page's
    end, among the last body paragraphs: a heading ('عن الكاتب') and one or two short lines under it;
    or, after chrome closing the body, a name and a role line ('رنا حداد' / 'صحافية لبنانية ...');
    or a role line right under a closing byline ('بقلم: هند الكعبي' / 'محررة الصحة والجمال')."""
    paras = result.paragraphs
    heads, most = _author_box_heads(), _author_roles()[1]
    cut = 0
    for k in (3, 2):
        if (len(paras) > k and not _key_words_over(paras[-k].text, _author_box_heads_most_words())
                and _name_key(paras[-k].text) in heads
                and all(_n_words(p.text, most + 1) <= most for p in paras[-k + 1:])):
            cut = k
            break
    if not cut:
        # rule author_bio_tail: the last paragraph opens with the writer's name a byline above the
        # body gave and a role word ('منية العرفاوي صحفية في جريدة ...، تهتم بملفات ...')
        words = result.view.text_of(*paras[-1].span).split()
        roles = _author_roles()[0]
        bylines = [f" {_name_key(seg.text)} " for seg in result.boilerplate
                   if seg.rule in _BYLINE_RULES and seg.span[1] <= paras[-1].span[0]]
        if any(len(words) > n and _name_key(words[n]) in roles
               and any(f" {_name_key(' '.join(words[:n]))} " in b for b in bylines) for n in (2, 3)):
            cut = 1
    if not cut:
        # (a paragraph is stripped: the view's text of its span is normalize_text of its text)
        name, role = paras[-2].text, result.view.text_of(*paras[-1].span)
        above = paras[-3] if len(paras) > 2 else None
        if not _is_role_line(role):
            return
        if (above is not None and _BOX_NAME_RE.fullmatch(result.view.text_of(*paras[-2].span))
                and (_chrome_between(result, above.span[1], paras[-2].span[0])
                     or _named_atop(result, name) or _box_link_below(result, paras[-1]))):
            cut = 2
        elif _chrome_between(result, paras[-2].span[1], paras[-1].span[0], _BYLINE_RULES):
            cut = 1
    if not cut:
        return
    for p in paras[-cut:]:
        result.boilerplate.append(Segment(p.text, p.span, "author_box"))
    del paras[-cut:]


def _named_atop(result: Cleaned, name: str) -> bool:
    """Rule author_box_tail's repeated name: the closing name is the writer's name that a line of
    chrome above the body gave ('كتب جاد الخوري | 4 كانون الأول 2024' atop, 'جاد الخوري' at the foot)."""
    key = f" {_name_key(name)} "
    start = result.paragraphs[0].span[0]
    return any(seg.span[1] <= start and key in f" {_name_key(seg.text)} " for seg in result.boilerplate)


def _box_link_below(result: Cleaned, role: Segment) -> bool:
    """Rule author_box_tail's link: the next line of the page is the box's own chrome ('كل مقالات
    الكاتب', rule author_box), right under the role line."""
    after = [seg for seg in result.boilerplate if seg.span[0] >= role.span[1]]
    if not after:
        return False
    first = min(after, key=lambda seg: seg.span[0])
    return first.rule == "author_box" and not result.view.text_of(role.span[1], first.span[0]).strip()


_MAX_KICKER_WORDS = 3
_MAX_HEADLINE_WORDS = 15
_MAX_STANDFIRST_WORDS = 40  # rule standfirst_then_credits


def _only_a_headline_above(result: Cleaned) -> bool:
    """The body so far is one line that reads like a second headline (short, no sentence end).

    A byline may stand below it ('الرياضي تكشف حقيقة ...' / 'عبدالكريم الحمد ـ الرياض').
    """
    return (len(result.paragraphs) == 1 and len(result.paragraphs[0].text.split()) <= _MAX_HEADLINE_WORDS
            and not _ends_sentence(result.paragraphs[0].text))


def _only_a_lede_above(result: Cleaned) -> bool:
    """Rule standfirst_then_credits: the body so far is one line under the headline that reads like
    a second headline (:func:`_only_a_headline_above`) or a standfirst, one paragraph of at most
    ``_MAX_STANDFIRST_WORDS`` words on the line right under the headline: a byline or the article's
    date line may stand below it
    ('مع اقتراب العام الدراسي، تتضاعف الإيجارات ...' / 'داماس بوست – خاص' / 'الاثنين ٠٥-٠٩-٢٠٢٢')."""
    return _only_a_headline_above(result) or _only_a_standfirst_above(result)


def _only_a_standfirst_above(result: Cleaned) -> bool:
    """The body so far is one paragraph of at most ``_MAX_STANDFIRST_WORDS`` words on the line right
    under the headline (no blank line between: a blank line opens the story itself)."""
    if result.title is None or len(result.paragraphs) != 1:
        return False
    first = result.paragraphs[0]
    return (first.span[0] > result.title.span[0]
            and result.view.raw.count("\n", result.title.span[1], first.span[0]) == 1
            and _n_words(first.text, _MAX_STANDFIRST_WORDS) <= _MAX_STANDFIRST_WORDS)


def _lede_credit_above(result: Cleaned) -> bool:
    """Rule standfirst_then_credits for a date line: the body so far reads like a second headline
    (:func:`_only_a_headline_above`), or is a standfirst with a byline under it (the credits' block:
    'TEASER' / 'بقلم: NAME' / '16 نوفمبر 2024 - 13:10'); a date line right under a short first
    paragraph alone may open a timeline's entries and stays the text's own."""
    if _only_a_headline_above(result):
        return True
    bp = result.boilerplate
    return (_only_a_standfirst_above(result) and bool(bp) and bp[-1].rule in _BYLINE_RULES
            and bp[-1].span[0] > result.paragraphs[0].span[1])


def _is_kicker(paragraphs: list[Segment]) -> bool:
    """One short line above the headline ('خبر عاجل'), not a line of a poem or a lede."""
    return (len(paragraphs) == 1 and len(paragraphs[0].text.split()) <= _MAX_KICKER_WORDS
            and not _ends_sentence(paragraphs[0].text))


#: A dash or slash between the parts of a date written out with a month name, next to a letter
#: ('17 - أكتوبر - 2020', '17 / تشرين الأول / 2020'); one between two digits ('10/10/2020') is kept.
_NAMED_DATE_SEPARATOR_RE = re.compile(r"[^\S\n]*[-/\u2013\u2014][^\S\n]*(?=[^\W\d_])"
                                      r"|(?<=[^\W\d_])[^\S\n]*[-/\u2013\u2014][^\S\n]*")
#: A month name in parentheses between day and year ('السبت 17 (أكتوبر) 2020'): read without them.
_PARENTHESIZED_WORD_RE = re.compile(r"\(\s*([^\W\d_]+(?:[^\S\n][^\W\d_]+)?)\s*\)")
#: Month name first, then day and year, as some site templates print it ('أكتوبر 17, 2020',
#: 'تشرين الأول 17، 2020'): read day first. A month name of two words (تشرين الأول) is taken whole.
#: One word before the day is tried first (a weekday may stand before the month: 'السبت أكتوبر 17, 2020').
_MONTH_FIRST_RES = tuple(
    re.compile(rf"(?<![^\W\d_])([^\W\d_]+{two})[^\S\n]+(\d{{1,2}})[^\S\n]*[,\u060c]?[^\S\n]+(\d{{4}})(?!\d)")
    for two in ("", r"[^\S\n][^\W\d_]+"))


@cache
def _issue_words() -> frozenset[str]:
    spec = next(r for r in lexicon.load("boilerplate")["line_rules"] if r["name"] == "issue_number")
    return frozenset(normalize_text(w) for w in spec["needs"])


def is_issue_line(text: str) -> bool:
    """Whether a header line opens with the word for a paper's issue ('العدد 231 - ...')."""
    words = normalize_text(text).split(None, 1)
    return bool(words) and words[0] in _issue_words()


def line_date(text: str) -> _dt.date | None:
    """The full, absolute day a dateline or publish stamp gives, or ``None``.

    A time of day glued to the next label ('نشرت في: 09/07/2024 - 10:15آخر تحديث: ...') is read
    apart: the pieces between times are tried when the whole line gives no day. A line that gives
    a Gregorian day and a Hijri one apart (a site header 'الجمعة، 20 شوال 1446هـ - 18 أبريل 2025')
    gives the Gregorian one: that is the day the site prints, the Hijri one is converted and may
    be a day off by local sighting (rule ``gregorian_first``). A date whose day, month name and
    year are set apart by dashes or slashes ('17 - أكتوبر - 2020', '17 / تشرين الأول / 2020') is
    read with spaces for them when the line gives no day as written (rule ``named_date_separators``);
    so is a month name in parentheses between day and year ('17 (أكتوبر) 2020', rule
    ``month_in_parentheses``) and a month name written before the day ('أكتوبر 17, 2020', rule
    ``month_first``, as WordPress templates print it). English month names are read too ('17 Oct
    2020', 'Oct 17, 2020', rule ``latin_month``).

    >>> line_date("نشرت في: 09/07/2024 - 10:15آخر تحديث: 09/07/2024 - 14:02")
    datetime.date(2024, 7, 9)
    >>> line_date("الأحد 1 نوفمبر") is None
    True
    >>> line_date("3 - Mai - 2021"), line_date("10/10/2020 [ 10:51 ]")
    (None, datetime.date(2020, 10, 10))
    >>> line_date("Oct 17, 2020"), line_date("17 October 2020 10:30 AM")
    (datetime.date(2020, 10, 17), datetime.date(2020, 10, 17))
    >>> line_date("16.12.18 | 13:45")  # rule short_year_stamp
    datetime.date(2018, 12, 16)
    """
    day = _line_day(text)
    if day is None:
        spaced = _NAMED_DATE_SEPARATOR_RE.sub(" ", text)
        if spaced != text:
            day = _line_day(spaced)
    if day is None:
        # rule month_in_parentheses: '17 (أكتوبر) 2020' reads as '17 أكتوبر 2020'
        bare = _PARENTHESIZED_WORD_RE.sub(r"\1", text)
        if bare != text:
            day = _line_day(bare)
    if day is None:
        # rule month_first: 'أكتوبر 17, 2020' reads as '17 أكتوبر 2020' (only a month name makes a day
        # of it: the rewritten text is read by the dates module as any date line is)
        for month_first in _MONTH_FIRST_RES:
            turned = month_first.sub(r"\2 \1 \3", text)
            if turned != text and (day := _line_day(turned)) is not None:
                break
    if day is None and (turned := _YEAR_FIRST_RE.sub(r"\2 \1", text)) != text:
        # rule year_first: Elaph's 'GMT 10:20 2024 الثلاثاء 9 يوليو' (the year before the weekday,
        # day and month that close the line) reads as '... الثلاثاء 9 يوليو 2024'
        day = _line_day(turned)
    if day is None and (turned := _SHORT_YEAR_RE.sub(_full_year, text)) != text:
        # rule short_year_stamp: a stamp's numeric day with a two-digit year ('16.12.18 | 13:45')
        # reads with the century (2018; a year past _SHORT_YEAR_PIVOT is of the 1900s)
        day = _line_day(turned)
    if day is None and _LATIN_RE.search(text):
        # rule latin_month: '17 Oct 2020', 'October 17, 2020 10:30 AM' read with the Arabic name
        # of the month in place of the English one (months data, 'latin'), then as any date line
        names, pattern = _latin_months()
        arabic = pattern.sub(lambda m: names[m.group(1).lower()], text)
        if arabic != text:
            day = line_date(arabic)
    return day


#: rule short_year_stamp: day, month and a two-digit year, split by one mark ('16.12.18', '5/3/21').
_SHORT_YEAR_RE = re.compile(r"(?<![\d.:/\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{2})(?![\d.:/\-])")
#: rule short_year_stamp: a two-digit year up to this one is of the 2000s, a later one of the 1900s.
_SHORT_YEAR_PIVOT = 69


def _full_year(m: re.Match[str]) -> str:
    """rule short_year_stamp: '16.12.18' -> '16.12.2018'."""
    year = int(m.group(4))
    century = 2000 if year <= _SHORT_YEAR_PIVOT else 1900
    return f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{century + year}"


#: rule year_first: a year, then maybe a weekday, a day and a month name (one or two words) ending
#: the line: the year is read after the month.
_YEAR_FIRST_RE = re.compile(
    r"(?<!\d)((?:1[89]|20)\d\d)\s+((?:[^\W\d_]+\s+)?\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*$")


@cache
def _latin_months() -> tuple[dict[str, str], re.Pattern[str]]:
    """English month names (lowercased) to the first Arabic Gregorian name of the month, and a
    pattern for them as whole words (a dot after a short form is taken with it: 'Oct.')."""
    months = lexicon.load("months")
    arabic = {e["month"]: e["names"][0] for e in months["gregorian"]}
    names = {n.lower(): arabic[e["month"]] for e in months["latin"]["months"] for n in e["names"]}
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return names, re.compile(rf"(?<![A-Za-z])({alt})(?:\.|(?![A-Za-z]))", re.IGNORECASE)


def _line_day(text: str) -> _dt.date | None:
    """:func:`line_date` on the line as written: the first Gregorian day, else the first Hijri one."""
    from .dates import extract_dates  # local import: dates depends on nothing here

    hijri: _dt.date | None = None
    for piece in [text, *_TIME_RE.split(text)]:
        if not _VISIBLE_RE.search(piece):
            continue
        for m in extract_dates(piece):
            if m.start is not None and m.grain == "day" and not m.relative:
                if not _is_hijri_rule(m.rule):
                    return m.start
                hijri = hijri or m.start
        if hijri is not None:
            return hijri
    return hijri


def _is_hijri_rule(rule: str) -> bool:
    """A date read from a Hijri date alone (a merged 'Hijri الموافق Gregorian' day is Gregorian)."""
    return "hijri" in rule and "gregorian" not in rule


@cache
def _publish_cue_re() -> re.Pattern[str]:
    cues = [c for r in lexicon.load("boilerplate")["line_rules"] if r["name"] == "publish_stamp"
            for c in r["cues"]]
    return re.compile(lexicon.alternation(cues), re.IGNORECASE)


def stamp_date(text: str) -> _dt.date | None:
    """The day an update stamp gives for the article: the publication date when the stamp names it
    too ('آخر تحديث: 13/10/2020 نشر في: 12/10/2020' gives 12 October), else its own day.

    >>> stamp_date("آخر تحديث: 13/10/2020 - 10:00 نشر في: 12/10/2020"), stamp_date("آخر تحديث: 12/10/2020")
    (datetime.date(2020, 10, 12), datetime.date(2020, 10, 12))
    """
    norm = normalize_text(text)
    m = _publish_cue_re().search(norm)
    if m and (day := line_date(norm[m.end():])) is not None:
        return day
    return line_date(norm)


def _publish_part(line: str, span: tuple[int, int]) -> Segment | None:
    """The publication stamp an update stamp carries after it ('آخر تحديث: 18/10/2020 - نشر في:
    17/10/2020' gives 'نشر في: 17/10/2020'), as a ``publish_stamp`` segment of the line when it gives
    a full day (rule ``publish_after_update``): the article's dateline, the update is a later edit.
    The whole line stays boilerplate (``site_timestamp``); ``None`` when no such part."""
    view = normalize(line)
    m = _publish_cue_re().search(view.text)
    if m is None or m.start() == 0:
        return None
    start = view.raw_index(m.start())
    if line_date(line[start:]) is None:
        return None
    return Segment(line[start:], (span[0] + start, span[1]), "publish_stamp")


#: A wire dateline opening the first body paragraph: one to three words of place, a comma, dash or
#: space, the date, then an agency in parentheses or slashes and/or a dash or colon ('بيروت، 27 تشرين
#: الثاني 2020 (رويترز) -', 'باكو - 17 - 10 - 2020 (كونا) --'). With no comma or dash after the place
#: the agency is needed ('قالت الشركة يوم 4 يناير 2021 - في بيان -' is a sentence). The date is read by
#: line_date, taken as short as it can be first, then as long ('17 - 10 - 2020 (كونا) --').
_WIRE_DATELINE_RES = tuple(re.compile(
    r"[ \t]*(?P<place>[^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[ \t]*(?P<sep>[,\u060c\-\u2013\u2014]?)[ \t]*"
    r"(?:[^\W\d_]{1,2}[ \t]+)?"  # a short particle before the date
    rf"(?P<date>\d[^()\n]{{3,40}}{lazy})[ \t]*"
    r"(?:(?P<agency>\([^()\n]{1,30}\)|/[^/\n\d]{1,30}/)[ \t]*[\-\u2013\u2014:]*|[\-\u2013\u2014:]+)")
    for lazy in ("?", ""))


def _only_date_words(text: str) -> bool:
    """Every word of ``text`` is a calendar or dateline word (a month, a weekday, 'م', 'هـ')."""
    known = _date_words()
    return all(t.lower() in known for t in _TOKEN_RE.findall(normalize_text(text)))


def _wire_dateline(result: Cleaned) -> None:
    """A wire dateline opening the first body paragraph dates the article when no line above does
    (rule ``wire_dateline``): 'بيروت، 27 تشرين الثاني 2020 (رويترز) - قال ...'. Only a full date counts
    (ANNOTATION.md section 1: a dateline without its year, 'بيروت، 27 تشرين الثاني (رويترز) -', is not a
    full dateline, so the manifest dates the article). The tag stays in the body, as a place tag does
    (NOTES 001); ``dateline`` is set to the tag, not added to the boilerplate. A body sentence opening
    with a date ('في 17 أكتوبر 2020 قصفت ...') has no place before the date and no tag after it."""
    if (result.dateline is not None and line_date(result.dateline.text) is not None) \
            or not result.paragraphs:
        return
    para = result.paragraphs[0]
    head = para.text[:96]
    if not _ANY_DIGIT_RE.search(head[:48]):  # gate: a date opens within the first words
        return
    for wire in _WIRE_DATELINE_RES:
        m = wire.match(head)
        if (m is not None and (m.group("sep") or m.group("agency")) and _only_date_words(m.group("date"))
                and line_date(m.group("date")) is not None):
            break
    else:
        return
    start = para.span[0] + m.start("place")
    result.dateline = Segment(para.text[m.start("place"):m.end()].rstrip(), (start, para.span[0] + m.end()),
                              "wire_dateline")


#: Date lines below the top that may still give the article's date when no dateline was found.
_LATE_DATE_RULES = frozenset({"date_line", "publish_stamp"})


def _content_words(text: str, prefixes: tuple[str, ...]) -> set[str]:
    """The words of ``text`` that carry its content, for comparing a headline with its lede: the
    normalized words of at least three letters (or any number), each without one leading prefix
    of ``prefixes`` (the article and the clitics glued before it), so that 'الباكالوريا' and
    'لامتحان الباكالوريا' share a word.

    >>> sorted(_content_words("في 2024", ()))
    ['2024']
    """
    out: set[str] = set()
    for w in re.findall(r"[^\W_]+(?:[.,]\d+)?", normalize_text(text)):
        if w[0].isdigit():
            out.add(w)
            continue
        for p in prefixes:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        if len(w) >= 3:
            out.add(w)
    return out


def _title_under_list_label(result: Cleaned) -> None:
    """Rule title_under_list_label: a headline taken right under a list's label in the page's header
    ('رائج الآن', 'آخر الأخبار': ``title_under_list.labels``) may be the list's first item, the real
    headline one of the short lines after it. When the title shares at most ``max_title_shared``
    content words with the lede (the first long paragraph) and one of the short lines after it, above
    the lede, shares at least ``min_shared`` and ``margin`` more, the first such line is the title;
    the title taken and the lines between are the list's items (``related_links``)."""
    conf = _title_under_list_conf()
    title = result.title
    assert title is not None
    above = [b for b in result.boilerplate if b.span[1] <= title.span[0]]
    if not any(_is_list_label(_label_key(b.text)) for b in above[-_LIST_LABEL_REACH:]):
        return  # (the label, or the label and the list's first items that rules took: 'ملف: ...')
    run: list[Segment] = []
    lede = None
    for p in result.paragraphs:
        if p.span[0] < title.span[0]:
            continue
        if len(p.text.split()) >= conf["lede_min_words"]:
            lede = p
            break
        if len(p.text.split()) > conf["max_line_words"] or len(run) >= conf["max_lines"]:
            return
        run.append(p)
    if lede is None or not run:
        return
    prefixes = tuple(normalize_text(x) for x in conf["prefixes"])
    words = _content_words(lede.text, prefixes)
    own = len(_content_words(title.text, prefixes) & words)
    if own > conf["max_title_shared"]:
        return
    for k, p in enumerate(run):
        shared = len(_content_words(p.text, prefixes) & words)
        if shared >= conf["min_shared"] and shared - own >= conf["margin"]:
            _move_title(result, p, run[:k], "related_links")
            return


def _move_title(result: Cleaned, head: Segment, between: list[Segment], rule: str) -> None:
    """Make ``head`` the title, a paragraph or a chrome line (a list's item, rules title_in_links and
    title_above_lede): the title taken before and the paragraphs ``between`` them become chrome of
    ``rule`` (rules title_under_list_label and title_above_date)."""
    t = result.title
    assert t is not None
    moved = [Segment(t.text, t.span, rule), *(Segment(q.text, q.span, rule) for q in between)]
    kept = [b for b in result.boilerplate if b is not head]
    result.boilerplate = sorted(kept + moved, key=lambda b: b.span[0])
    taken = {id(q) for q in (*between, head)}
    result.paragraphs = [q for q in result.paragraphs if id(q) not in taken]
    result.title = Segment(head.text, head.span, "title")


@cache
def _ticker_label_keys() -> frozenset[str]:
    return frozenset(_label_key(w) for w in lexicon.load("boilerplate")["masthead"]["ticker_openers"])


def _under_ticker_label(result: Cleaned, title: Segment) -> bool:
    """Rule title_above_date: the title taken stands right under a breaking-news label alone on its
    line ('عاجل' / 'مطار ... يستأنف رحلاته'): it may be the ticker's item."""
    above = [b for b in result.boilerplate if b.span[1] <= title.span[0]]
    key = _label_key(above[-1].text) if above else ""
    return key in _ticker_label_keys() and key not in _list_labels()  # (a list's: title_under_list_label)


#: The date lines (and bylines) that stand right under a headline (rule title_above_date).
_UNDER_TITLE_DATE_RULES = frozenset({"dateline", "date_line", "site_timestamp", "publish_stamp", "byline"})
#: Marks of a breadcrumb or a menu row in a line taken for the headline (rule title_above_date).
_TRAIL_MARK_RE = re.compile(r"[|\u2190\u2192#]")  # (not '»': a headline's quote)
#: A trail of guillemets: two ' » ' between words and no opening '«' (a quote pairs them).
_GUILLEMET_TRAIL_RE = re.compile("^[^\u00ab]*\\s\u00bb\\s[^\u00ab]*\\s\u00bb\\s[^\u00ab]*$")
#: A title of at most this many words is a section's or a widget's label (rule title_above_date) ...
_MAX_LABEL_TITLE_WORDS = 3
#: ... and the headline found above the date line has at least this many.
_MIN_MOVED_TITLE_WORDS = 4
#: A line that ends with one full stop ends a sentence (two are a kicker's pause: 'مع بداية الموسم..',
#: a colon a kicker's end: 'صيف القراءة في الشارقة:').
_FULL_STOP_END_RE = re.compile(r"(?<!\.)\.[\"'\u201d\u00bb)]*$")


#: A short line split by a dash: a place and an outlet, a byline ('المكلا – بران برس').
_DASHED_SHORT_RE = re.compile(r"^[^\s\-\u2013\u2014]+(?:\s[^\s\-\u2013\u2014]+)?"
                              r"\s[\-\u2013\u2014]\s\S+(?:\s\S+)?$")


def _byline_under_title(stripped: str, norm: str) -> bool:
    """Rule title_above_date: a line between a headline and its date line that is a byline (a line
    that stands under a headline, :func:`_under_headline`, or a place and an outlet split by a dash in
    at most four words: 'المكلا – بران برس')."""
    return bool(_DASHED_SHORT_RE.match(stripped.strip())) or _under_headline(stripped, norm, None)


#: A programme's slot in a schedule: a title, a dash and a clock time ending the line ('النشرة المغاربية -
#: 12:00'), no headline (rule title_above_date).
_SCHEDULE_END_RE = re.compile(r"\s[\-\u2013\u2014]\s*\d{1,2}:\d{2}\s*$")


@cache
def _promo_labels() -> frozenset[str]:
    return frozenset(_label_key(w) for w in lexicon.load("boilerplate")["header_line"]["promo_labels"])


def _promo_title(norm: str) -> bool:
    """Rule promo_title: ``norm`` opens with a promo label and a colon (``header_line.promo_labels``:
    'بودكاست: ...', 'أنت تقرأ الآن: ...')."""
    label = _colon_label(norm)
    return label is not None and _label_key(label) in _promo_labels()


def _is_footer_site_name(result: Cleaned, line: str) -> bool:
    """Rule title_is_site_name: a title taken that is, word for word, the name the page's copyright
    footer gives its owner ('جميع الحقوق محفوظة © هيئة الشارقة للإذاعة والتلفزيون 2023') is the
    site's name atop the page, a masthead, no headline (rule title_above_date)."""
    if result.site_name is None or result.site_name[1] != "copyright":
        return False
    key = _name_key(line)
    return bool(key) and key == _name_key(result.site_name[0])


def _footer_name_above_title(result: Cleaned) -> None:
    """Rule footer_name_above_title: a line above the title that is, word for word, the name the
    page's copyright footer gives its owner ('زارتونك' over the headline, '© زارتونك 2023' at the
    foot) is the site's masthead, no body: it becomes rule masthead and names the site."""
    t = result.title
    assert t is not None
    for p in result.paragraphs:
        if p.span[0] >= t.span[0]:
            return
        if _is_footer_site_name(result, p.text):
            result.paragraphs.remove(p)
            result.boilerplate = sorted([*result.boilerplate, Segment(p.text, p.span, "masthead")],
                                        key=lambda b: b.span[0])
            result.site_name = (p.text, "masthead")
            return


#: Rule title_over_section: the chrome rules a section's label standing alone on its line may get.
_SECTION_LABEL_RULES = frozenset({"nav_menu", "source_credit", "breadcrumb"})
#: A menu row holds at least this many items split by bars.
_MIN_MENU_ROW_ITEMS = 3


def _menu_items(text: str) -> list[str] | None:
    """The name keys of a menu row's items ('الرئيسية | سياسة | محليات'), or ``None`` when ``text`` is
    no row of at least ``_MIN_MENU_ROW_ITEMS`` short items split by bars."""
    if text.count("|") < _MIN_MENU_ROW_ITEMS - 1:
        return None
    items = [_name_key(x) for x in text.split("|")]
    if any(not x or len(x.split()) > _MAX_LABEL_TITLE_WORDS for x in items):
        return None
    return items


def _section_between(result: Cleaned, t: Segment, head: Segment) -> bool:
    """Rule title_over_section: between a long title taken and the line right above the page's first
    date line under it stands the site's menu row or the story's section label (a short line that is
    an item of a menu row on the page, or a short chrome line of a menu, a credit or a breadcrumb:
    'ثقافة وفن', 'اللجان', 'متابعات'), and no headline-like line stands between that label and the
    line above the date: the title taken is a widget's or the site's header line (a slogan, a video's
    or a cartoon's caption), the headline the line above the date, under its section."""
    lines = sorted([*((p, True) for p in result.paragraphs if t.span[1] <= p.span[0] < head.span[0]),
                    *((b, False) for b in result.boilerplate if t.span[1] <= b.span[0] < head.span[0])],
                   key=lambda x: x[0].span[0])
    menus: set[str] | None = None
    last = None
    for seg, body in lines:
        if body and (_menu_items(seg.text) is not None or _is_section_trail(seg.text)):
            last = seg
        elif (not body and seg.rule in _SECTION_LABEL_RULES
              and len(seg.text.split()) <= _MAX_LABEL_TITLE_WORDS):
            last = seg
        elif body and len(seg.text.split()) <= _MAX_LABEL_TITLE_WORDS:
            if menus is None:
                menus = {x for m in (*result.paragraphs, *result.boilerplate) if m.span[1] <= head.span[0]
                         for x in (_menu_items(m.text) or ())}
            if _name_key(seg.text) in menus:
                last = seg
    if last is None:
        return False
    return not any(body and last.span[1] <= seg.span[0] and _headline_like_line(result, seg)
                   for seg, body in lines)


#: The marks of a breadcrumb's trail between spaces ('عربي ودولي › أرمينيا وأذربيجان').
_TRAIL_SPLIT_RE = re.compile("\\s[\u203a\u00bb>]\\s")


def _is_section_trail(text: str) -> bool:
    """Rule title_over_section: a breadcrumb's trail of short items split by '›', '»' or '>' between
    spaces, with no opening guillemet (a quote pairs them)."""
    if "\u00ab" in text:
        return False
    parts = _TRAIL_SPLIT_RE.split(text.strip())
    return len(parts) >= 2 and all(p.strip() and len(p.split()) <= _MAX_LABEL_TITLE_WORDS for p in parts)


def _headline_like_line(result: Cleaned, seg: Segment) -> bool:
    """A line that could be a headline (rule title_over_section): at least ``_MIN_MOVED_TITLE_WORDS``
    words, no bar or arrow of a row, no header line."""
    norm = result.view.text_of(*seg.span)
    return (_n_words(norm, _MIN_MOVED_TITLE_WORDS) >= _MIN_MOVED_TITLE_WORDS
            and not _TRAIL_MARK_RE.search(norm) and not _weak_headline(norm))


def _menu_section_title(result: Cleaned, norm: str) -> bool:
    """Rule menu_section_title: a title taken of at most ``_MAX_LABEL_TITLE_WORDS`` words whose first
    word is an item of a menu row above it ('دوليات وقضايا' under 'الرئيسية | لبنان | عرب | دوليات') is
    the story's section label, a weak title (rule title_above_date)."""
    t = result.title
    assert t is not None
    words = norm.split()
    if not words or len(words) > _MAX_LABEL_TITLE_WORDS:
        return False
    first = _name_key(words[0])
    return bool(first) and any(
        seg.rule == "nav_menu" and seg.span[1] <= t.span[0] and "|" in seg.text
        and first in {_name_key(p) for p in _MENU_SPLIT_RE.split(seg.text) if p}
        for seg in result.boilerplate)


def _headline_shaped(text: str, norm: str) -> bool:
    """A line that may be moved to the title (rules title_above_date, title_in_links,
    title_above_lede): ``_MIN_MOVED_TITLE_WORDS`` to ``_MAX_HEADLINE_WORDS`` words, Arabic, shaped as
    a headline and no header line."""
    return (_MIN_MOVED_TITLE_WORDS <= _n_words(norm, _MAX_HEADLINE_WORDS + 1) <= _MAX_HEADLINE_WORDS
            and _ARABIC_RE.search(norm) is not None and _short_headline_like(text)
            and not _weak_headline(norm))


def _headline_above_date(result: Cleaned, t: Segment, date: Segment, weak: bool,
                         long_title: bool) -> tuple[Segment, list[Segment]] | None:
    """Rule title_above_date: the headline-like line right above the date line ``date`` under the
    title taken ``t``, and the paragraphs from the title down to it; ``None`` when there is none."""
    between = [p for p in result.paragraphs if t.span[1] <= p.span[0] < date.span[0]]
    if not between or any(between[-1].span[1] <= b.span[0] < date.span[0] for b in result.boilerplate):
        return None
    while len(between) > 1 and _byline_under_title(between[-1].text, result.view.text_of(*between[-1].span)):
        between = between[:-1]  # a byline between the headline and its date line ('المكلا – بران برس')
    if long_title:
        if not _section_between(result, t, between[-1]):
            return None
        weak = True  # rule title_over_section: the headline's section stands between
    if not weak and len(between) < 2:
        return None  # a short headline and its standfirst above the date line ('هدنة في غزة' / ...)
    head = between[-1]
    hnorm = result.view.text_of(*head.span)
    if not _headline_shaped(head.text, hnorm) or _under_headline(head.text, hnorm, None):
        return None  # (a byline above the date line, 'القاهرة - بوابة الوسط', is none)
    if any((_n_words(p.text, _MAX_HEADLINE_WORDS + 1) > _MAX_HEADLINE_WORDS
            or _FULL_STOP_END_RE.search(p.text)) and _menu_items(p.text) is None for p in between[:-1]):
        return None  # the story has begun above the date line: its first line is no headline (a long
        # menu row is none of the story's)
    return head, between


#: Rule weak_title_later_date: the date lines under a weak title tried for the headline above them.
_WEAK_TITLE_DATES = 3
#: Rule title_in_links: the chrome rules that may stand between a weak title and a links list's last item.
_LINKS_CHROME_RULES = frozenset({"read_more", "related_links", "nav_menu", "breadcrumb"})


def _headline_in_links(result: Cleaned, t: Segment, date: Segment) -> Segment | None:
    """Rule title_in_links: under a weak title (a promo, a motto, a label) a 'read more' list runs down
    to the page's first date line, with no paragraph between: its last item, right above the date
    line and headline-like, is the headline (a page sets its date under its headline, never under a
    list's link). The segment, or ``None``."""
    if any(t.span[1] <= p.span[0] < date.span[0] for p in result.paragraphs):
        return None
    between = [b for b in result.boilerplate if t.span[1] <= b.span[0] < date.span[0]]
    if len(between) < 2 or between[-1].rule != "related_links" or between[0].rule != "read_more" \
            or any(b.rule not in _LINKS_CHROME_RULES for b in between):
        return None
    last = between[-1]
    if not _headline_shaped(last.text, result.view.text_of(*last.span)) or last.text.strip()[:1] in _BULLETS:
        return None
    return last


#: Rule title_above_lede: chrome that may stand between the headline and its lede (a byline).
_LEDE_BYLINE_RULES = frozenset({"byline", "dated_byline"})


def _title_above_lede(result: Cleaned, t: Segment) -> None:
    """Rule title_above_lede: under a weak title (a breadcrumb's trail, a motto, a label) and a list's
    label ('في هذا العدد', 'عناوين العدد': ``title_under_list.labels``) with its short items, when no
    date line under the title shows the headline, the short headline-like line right above the
    story's first long paragraph (its lede) is the headline, a paragraph or the list's last item: a
    list's items are not followed by a story. The title and the lines between become chrome."""
    after = [p for p in result.paragraphs if p.span[0] >= t.span[1]]
    lede_words = _title_under_list_conf()["lede_min_words"]
    k = next((i for i, p in enumerate(after) if _n_words(p.text, lede_words) >= lede_words), None)
    if k is None:
        return
    lede = after[k].span[0]
    above = sorted((s for s in (*after[:k], *result.boilerplate) if t.span[1] <= s.span[0] < lede),
                   key=lambda s: s.span[0])
    while len(above) > 1 and (above[-1].rule in _LEDE_BYLINE_RULES or _byline_under_title(
            above[-1].text, result.view.text_of(*above[-1].span))):
        above.pop()  # (the writer's byline between the headline and its lede: 'خان يونس - إسلام عبد الله')
    head = above[-1] if above else None
    if head is None or (head.rule != "related_links" and head not in after[:k]):
        return
    between = [p for p in after[:k] if p.span[0] < head.span[0]]
    if (not _headline_shaped(head.text, result.view.text_of(*head.span)) or _ends_statement(head.text)
            or head.text.strip()[:1] in _BULLETS
            or any(_n_words(p.text, _MAX_HEADLINE_WORDS + 1) > _MAX_HEADLINE_WORDS or _ends_statement(p.text)
                   for p in between)):
        return
    labels = [s for s in (*result.boilerplate, *between) if t.span[1] <= s.span[0] < head.span[0]]
    if not any(_is_list_label(_label_key(s.text)) for s in labels) and not (
            _promo_title(result.view.text_of(*t.span)) and _section_between(result, t, head)):
        return  # (rule promo_over_section: a promo taken for the title, the story's section label below it)
    _move_title(result, head, between, "above_headline")


def _title_above_date(result: Cleaned) -> None:
    """Rule title_above_date: a title taken at the top of the page that reads as a label (a section's
    name or a widget's, at most ``_MAX_LABEL_TITLE_WORDS`` words: 'أخبار محلية'، 'استمع مباشرة'), a
    breadcrumb or a menu row (a bar, an arrow, a hashtag), a header line (:func:`_weak_headline`), a
    paper's motto ('صحيفة أسبوعية تصدر كل جمعة') or a line under a lone breaking-news label, while a
    headline-like line of ``_MIN_MOVED_TITLE_WORDS`` words or more stands right above the page's first
    date line under it (a dateline, a date line, a publish stamp, 'منذ ساعتين'), with only short lines
    that end no sentence between them: that line is the headline, as a page sets its date right under
    it; the title taken and the lines between are chrome above the headline (``above_headline``; the
    title, when it is the name the copyright footer gives, ``masthead``: rule title_is_site_name). A
    title of two or three words, or one under a breaking-news label, wants at least one line between:
    a short headline's standfirst right above its date line is no headline."""
    t = result.title
    assert t is not None
    norm = result.view.text_of(*t.span)
    site_named = _is_footer_site_name(result, t.text)
    weak = site_named or _menu_section_title(result, norm) or bool(
        _TRAIL_MARK_RE.search(norm) or _GUILLEMET_TRAIL_RE.match(norm) or _weak_headline(norm)
        or is_masthead_slogan(norm, "")
        or _n_words(norm, 2) < 2  # (one word: a section's name, 'أخبار')
        or _promo_title(norm) or _SCHEDULE_END_RE.search(norm) is not None or _is_section_trail(norm)
        or _is_list_label(_label_key(norm)))  # (a list's label taken for the title: 'العدد الحالي')
    long_title = not weak and _n_words(norm, _MAX_LABEL_TITLE_WORDS + 1) > _MAX_LABEL_TITLE_WORDS \
        and not _under_ticker_label(result, t)
    dates = [b for b in result.boilerplate if b.span[0] >= t.span[1] and b.rule in _UNDER_TITLE_DATE_RULES]
    if not dates:
        if weak:
            _title_above_lede(result, t)
        return
    candidates = dates[:1]
    if weak and len(dates) > 1 \
            and not any(t.span[1] <= p.span[0] < dates[0].span[0] for p in result.paragraphs):
        # rule header_date_under_widget: a widget's row taken for the title with the site's header
        # date right under it ('مواقيت الصلاة ... | الفجر 4:32' / 'الجمعة 26 ربيع الآخر 1445'): the
        # headline stands above the next date line
        candidates = dates[1:2]
    elif long_title:
        # rule title_over_section: the first date line under a slogan may be the site's header date
        # under its menu; the headline then stands above the next one
        candidates = dates[:2]
    if weak:
        # rule weak_title_later_date: under a weak title the site's own stamps (an update line, an
        # issue line) may come first; the headline stands above a later date line
        candidates += [d for d in dates[:_WEAK_TITLE_DATES] if d not in candidates]
    for date in candidates:
        if (found := _headline_above_date(result, t, date, weak, long_title)) is not None:
            break
    else:
        if weak and (link := _headline_in_links(result, t, dates[0])) is not None:
            _move_title(result, link, [], "above_headline")
        elif weak:
            _title_above_lede(result, t)
        return
    head, between = found
    _move_title(result, head, between[:-1], "above_headline")
    if site_named:
        _rename(result, next(b for b in result.boilerplate if b.span == t.span), "masthead")
    old = result.dateline
    if (old is not None and old.span[1] <= head.span[0] and date.rule == "date_line"
            and line_date(date.text) is not None):
        # rule header_date_under_widget: the date line under the headline found is the story's
        # dateline; the one above it (under the widget taken for the title, or atop the page) was
        # the site's header date
        _rename(result, old, "site_header_date")
        result.dateline = _rename(result, date, "dateline")


@cache
def _list_labels() -> frozenset[str]:
    return frozenset(_label_key(w) for w in lexicon.load("boilerplate")["title_under_list"]["labels"])


#: Rule title_under_list_label: the label stands among the last this many chrome lines above the title.
_LIST_LABEL_REACH = 3
#: Rule list_label_tail: a list's label may go on with at most this many words ('الأكثر قراءة هذا الأسبوع').
_MAX_LIST_LABEL_TAIL = 2


def _is_list_label(key: str) -> bool:
    """A list's label (``title_under_list.labels``), alone or with a short tail ('الأكثر قراءة هذا
    الأسبوع', rule list_label_tail)."""
    if key in _list_labels():
        return True
    words = key.split()
    return any(" ".join(words[:n]) in _list_labels() for n in range(max(1, len(words) - _MAX_LIST_LABEL_TAIL),
                                                                    len(words)))


def _label_key(text: str) -> str:
    return " ".join(normalize_text(text).strip(_BULLETS + ":").split())


def _dateline_near_top(result: Cleaned) -> None:
    """When no dateline gives a day, a date line or publish stamp near the top is the dateline.

    Near the top: every body paragraph above it is a short line that ends no sentence (chrome
    the rules did not know, a second headline), so the article's text has not begun; or one
    paragraph stands above it (a standfirst: 'headline / teaser / 02.10.2020') and it is the
    only date line of the text (several are a timeline's). A site-header date above the title
    (``site_header_date``) is the crawl day and never taken; a date line that is taken is renamed
    ``dateline``.
    """
    if result.dateline is not None and line_date(result.dateline.text) is not None:
        return
    lone = sum(seg.rule == "date_line" for seg in result.boilerplate) == 1
    for seg in sorted(result.boilerplate, key=lambda x: x.span):
        if seg.rule not in _LATE_DATE_RULES:
            continue
        above = [p for p in result.paragraphs if p.span[0] < seg.span[0]]
        if any(_n_words(p.text, _MAX_HEADLINE_WORDS) > _MAX_HEADLINE_WORDS or _ends_sentence(p.text)
               for p in above) and not (len(above) == 1 and lone):
            return  # the article's text has begun above it
        if line_date(seg.text) is None:
            continue
        if seg.rule == "date_line":
            seg = _rename(result, seg, "dateline")
        result.dateline = seg
        return


@cache
def _date_labels() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lexicon.load("boilerplate")["published_label"]["labels"])


def _is_labelled_date(norm: str) -> bool:
    """A date line that opens with a publication label ('تاريخ 29.10.2020', 'بتاريخ: 3/5/2021'); a
    label may be two words (rule ``two_word_label``: 'نشر يوم', 'أضيف بتاريخ' before the date)."""
    words = _strip_bullets(norm).split(None, 2)
    return bool(words) and (words[0].rstrip(":") in _date_labels()
                            or (len(words) > 1 and f"{words[0]} {words[1].rstrip(':')}" in _date_labels()))


def _header_date_yields(result: Cleaned, body_started: bool, norm: str, labelled: bool = False) -> bool:
    """A date above the headline and a dated line right below it (before the body), or a
    labelled publication stamp anywhere ('نشر في: ...', 'تاريخ 29.10.2020'): that one is the
    article's dateline, the one above the site's header near its menu (the crawl day). Renames
    the one above ``site_header_date`` and returns True; False when no such pair."""
    old = result.dateline
    if (old is None or result.title is None or old.rule != "dateline"
            or old.span[0] > result.title.span[0]
            or (body_started and not labelled and not _lede_credit_above(result))
            or line_date(norm) is None):
        return False
    _rename(result, old, "site_header_date")
    result.dateline = None
    return True


def _rename(result: Cleaned, seg: Segment, rule: str) -> Segment:
    """Give the boilerplate segment ``seg`` (this very object) the rule ``rule`` in place; return the
    renamed segment (a date line read as the dateline, a header date as the site's)."""
    k = next(i for i, x in enumerate(result.boilerplate) if x is seg)
    result.boilerplate[k] = Segment(seg.text, seg.span, rule)
    return result.boilerplate[k]


def _date_line_rule(norm: str, result: Cleaned, body_started: bool) -> str:
    """Site header, dateline or a date line inside the body, by where the line stands.

    Above the title, a date showing a clock or a weekday is the site's header (the
    crawl day); a plain date there, or any date line between title and body, is
    the article's dateline. Later date lines are ``date_line``.
    """
    if _is_labelled_date(norm):
        _header_date_yields(result, body_started, norm, labelled=True)
        return "publish_stamp"  # 'تاريخ 29.10.2020': the article's date wherever it stands
    if _header_date_yields(result, body_started, norm):
        return "dateline"
    if result.dateline is not None or (body_started and not _lede_credit_above(result)):
        return "date_line"  # (a standfirst or second headline may stand above the dateline)
    if result.title is None and _shows_clock(norm):
        return "site_header_date"
    return "dateline"


@cache
def _links_header_phrases() -> frozenset[str]:
    return frozenset(_name_key(w) for w in lexicon.load("boilerplate")["read_more_list"]["header_phrases"])


def _is_links_header(norm: str, spec: dict) -> bool:
    """A 'read more' line that heads a list of links: a few words ('اقرأ أيضاً', 'قصص مقترحة'), or
    a longer header listed in ``read_more_list.header_phrases`` ('المزيد حول هذه القصة:')."""
    text = _strip_bullets(norm)
    if _n_words(text, spec["header_max_words"]) <= spec["header_max_words"]:
        return True
    if text.count(" ") <= _MAX_MENU_SPACES and _name_key(text) in _links_header_phrases():
        return True
    return _is_section_links_header(text)


#: A section's name after 'more from' has at most this many spaces ('المزيد من عربي ودولي': 1).
_MAX_SECTION_SPACES = 3


@cache
def _section_header_re() -> re.Pattern[str]:
    openers = lexicon.load("boilerplate")["read_more_list"]["section_openers"]
    return re.compile(rf"^(?:{lexicon.alternation(openers)})[ \t\u00a0]+(.+?)[\s:]*$", re.IGNORECASE)


def _is_section_links_header(text: str) -> bool:
    """Rule section_links_header: 'more from' and a section's name ('المزيد من عربي ودولي'):
    one of ``read_more_list.section_openers``, then words that are all the names of sections
    (``masthead.sections``), as a menu's items are."""
    m = _section_header_re().match(text)
    if m is None or m.group(1).count(" ") > _MAX_SECTION_SPACES:
        return False
    sections = _masthead()[1]
    return _all_sections(m.group(1), sections)


def _ends_statement(line: str) -> bool:
    """Ends with a full stop, a colon or an ellipsis: a lede, not a headline ('ما الذي يعنيه سقوط شوشا؟').

    >>> _ends_statement("ما الذي يعنيه سقوط شوشا؟"), _ends_statement("وقال الوزير إن القصف مستمر.")
    (False, True)
    """
    return bool(re.search(r"[.:\u2026][\"'\u201d\u00bb)]*$", line))


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?\u061f:\u2026][\"'\u201d\u00bb)]*$", line))


def _could_be_title(line: str) -> bool:
    """A headline: not too long, and with words (not a separator such as '***')."""
    return _n_words(line, _MAX_TITLE_WORDS) <= _MAX_TITLE_WORDS and _TOKEN_RE.search(line) is not None


_PAGE_TITLE_SEPARATORS = "|-\u2013\u2014"
_PAGE_TITLE_SITE = r"\s+([^\W\d_]+(?:\.[^\W\d_]+){0,3}(?:[ \t\u00a0][^\W\d_]+){0,3})\s*"
#: A browser-title line: the headline, then a dash or bar and a short site name ('<headline> - SITE').
_PAGE_TITLE_RE = re.compile(rf"^(.+?)\s+[{re.escape(_PAGE_TITLE_SEPARATORS)}]{_PAGE_TITLE_SITE}$")
#: What follows the separator of a browser-title line: the site's name and spaces.
_PAGE_TITLE_TAIL_RE = re.compile(_PAGE_TITLE_SITE)


def _page_title_match(norm: str) -> re.Match[str] | None:
    """``_PAGE_TITLE_RE.match(norm)``, tried only when the line's tail can be a site's name (rule
    page_title_tail_gate): the name and the spaces around it hold no separator, so the separator of
    a match is the line's last one, and what follows it must be the name. A paragraph is told by a
    few ``rfind`` and one short match, not by the lazy pattern tried at each of its characters."""
    last = max(norm.rfind(sep) for sep in _PAGE_TITLE_SEPARATORS)
    if last < 0 or _PAGE_TITLE_TAIL_RE.fullmatch(norm, last + 1) is None:
        return None
    return _PAGE_TITLE_RE.match(norm)

#: The share of the browser title's words (before its site name) a later line must hold to be its headline.
_PAGE_TITLE_SHARE = 0.6
_MIN_PAGE_TITLE_WORDS = 3
#: The browser title is read on the second line too, under a first line of at most this many words.
_MAX_PAGE_TOP_WORDS = 6


#: How many top lines rule page_title reads: the first, and each next one under short lines only.
_PAGE_TITLE_TRIES = 3


def _page_title_at(raw: str, view: Normalized) -> tuple[int, str, int] | None:
    """Rule page_title: the page's first line is its browser title, the headline then a dash or bar
    and the site's name ('<headline> - SITE', '... | SITE'), when a line below (among the top lines)
    holds most of its words (the headline, worded the same or a little otherwise: a country prefix
    'X: ' dropped, a longer ending). Returns the line's start, the site name written after it and
    the start of the headline's line below.
    Only the first line is read, and the second under a short first one (a slogan, a promo, a ticker
    no rule knows put above it), and the third under two short ones (rule page_title_under_logos: a
    site's logo lines, 'الأسبوع' / 'بوابة الأسبوع'): a cheap test."""
    lines = iter(_page_lines(raw))
    for tries in range(_PAGE_TITLE_TRIES):  # (the first line, or one under short header lines no rule knows)
        for m in lines:
            stripped = m.group().strip()
            if _VISIBLE_RE.search(stripped):
                break
        else:
            return None
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        norm = view.text_of(start, start + len(stripped))
        found = _page_title_match(norm)
        if (found or tries == _PAGE_TITLE_TRIES - 1
                or _n_words(norm, _MAX_PAGE_TOP_WORDS) > _MAX_PAGE_TOP_WORDS):
            break
    if not found or _n_words(found.group(1), _MIN_PAGE_TITLE_WORDS) < _MIN_PAGE_TITLE_WORDS:
        return None
    head = set(_TOKEN_RE.findall(found.group(1).lower()))
    if len(head) < _MIN_PAGE_TITLE_WORDS:
        return None
    for n, m2 in enumerate(lines):
        if n > _MAX_TOP_LINES:
            break
        line = m2.group().strip()
        if len(line) < 2:
            continue
        s2 = m2.start() + len(m2.group()) - len(m2.group().lstrip())
        words = set(_TOKEN_RE.findall(view.text_of(s2, s2 + len(line)).lower()))
        if len(head & words) >= _PAGE_TITLE_SHARE * len(head) and len(words) <= 2 * len(head):
            tail = found.group(2)
            return start, stripped[len(stripped) - len(tail):] if stripped.endswith(tail) else tail, s2
    return None


#: A browser-title line has a separator between its headline and the site's name (a cheap gate).
_PAGE_TITLE_GATE_RE = re.compile(r"\s[|\-\u2013\u2014]\s")
#: The headline's own line stands at most this many lines under its browser-title line (a breadcrumb between).
_PAGE_TITLE_REACH = 2


def _repeated_page_title_at(raw: str, view: Normalized) -> tuple[int, str, int] | None:
    """Rule page_title_repeated: among the top lines (above the first paragraph), a browser-title
    line '<headline> - SITE' or '<headline> | SITE' whose headline stands alone, word for word, on
    one of the next two lines (a breadcrumb may come between) is chrome: the bare line is the title.
    Returns what ``_page_title_at`` returns. Only short lines with a separator are matched."""
    visible = (m for m in _page_lines(raw) if _VISIBLE_RE.search(m.group()))
    lines = list(islice(visible, 1))  # (read as far as asked: the body's first line ends the search)
    for n in range(_MAX_TOP_LINES):
        if n == len(lines):
            break
        m = lines[n]
        stripped = m.group().strip()
        if _n_words(stripped, _MAX_TITLE_WORDS) > _MAX_TITLE_WORDS:
            return None  # the body has begun
        lines.extend(islice(visible, n + 1 + _PAGE_TITLE_REACH - len(lines)))  # (this line's reach)
        if not _PAGE_TITLE_GATE_RE.search(stripped):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        found = _page_title_match(view.text_of(start, start + len(stripped)))
        if not found or _n_words(found.group(1), _MIN_PAGE_TITLE_WORDS) < _MIN_PAGE_TITLE_WORDS:
            continue
        head = found.group(1).strip()
        for m2 in lines[n + 1:n + 1 + _PAGE_TITLE_REACH]:
            s2 = m2.start() + len(m2.group()) - len(m2.group().lstrip())
            if view.text_of(s2, s2 + len(m2.group().strip())) == head:
                tail = found.group(2)
                return start, stripped[len(stripped) - len(tail):] if stripped.endswith(tail) else tail, s2
    return None


def _is_latin_name_line(norm: str) -> bool:
    """Rule latin_masthead: above the headline, a short line with Latin letters and no Arabic one
    (a site's English name or menu: 'Lebanon24', 'Syrian Arab News Agency', 'Shafaq News'): an
    Arabic page's headline is in Arabic."""
    # (Arabic looked for first: an Arabic line answers at its first letter, a Latin scan reads it all)
    return (_ARABIC_RE.search(norm) is None and _LATIN_RE.search(norm) is not None
            and _n_words(norm, _MAX_LATIN_NAME_WORDS + 1) <= _MAX_LATIN_NAME_WORDS)


_MAX_LATIN_NAME_WORDS = 6


def _logo_rule(norm: str) -> str | None:
    """A logo line above the headline: rule latin_masthead (:func:`_is_latin_name_line`) or rule
    agency_masthead (a wire agency's short name alone, 'سانا', 'وفا': atop the agency's own page);
    or the site's weather box there (rule weather_widget), no headline either."""
    if _is_latin_name_line(norm):
        return "latin_masthead"
    if "\u00b0" in norm and _is_weather_widget(norm):
        return "weather_widget"  # 'تونس 38° مشمس' above the headline: the site's weather box
    if not _key_words_over(norm, _agencies_most_words()) and _name_key(norm) in _agencies():
        return "agency_masthead"
    if _agency_after_dash(norm) is not None:
        return "agency_masthead"  # rule agency_name_after_dash: 'COUNTRY - AGENCY'S FULL NAME'
    return None


def _agency_after_dash(line: str) -> str | None:
    """Rule agency_name_after_dash: a logo line of two parts around a spaced dash whose second part
    is a wire agency's full name (``place_tag.agencies``, two words or more: 'الجمهورية العربية
    السورية - الوكالة العربية السورية للأنباء'): that part as written, else ``None``."""
    if " - " not in line and not _CREDIT_DASH_RE.search(line):
        return None
    parts = _CREDIT_DASH_RE.split(line.strip())
    if len(parts) != 2:
        return None
    last = parts[1].strip()
    if len(last.split()) < 2 or _key_words_over(last, _agencies_most_words()):
        return None
    return last if _name_key(last) in _agencies() else None

#: Logo lines atop a page: a full name written under one is the site's masthead too.
_LOGO_RULES = frozenset({"masthead", "latin_masthead", "agency_masthead"})


def _title_key(text: str) -> str:
    return _key_of(normalize_text(text))


def _key_of(norm: str) -> str:
    """A normalized line as a comparison key (its spaces are already unified by the view).

    ``str.split`` cuts on the same whitespace as a regex ``\\s+``, several times faster than
    a substitution on a long line."""
    return " ".join(norm.split()).lower()


def _reads_key(norm: str, key: str) -> bool:
    """Whether a normalized line's key (:func:`_key_of`) is ``key``.

    A line with another number of words than the key has another key: counting its words up to
    one more than the key has is enough to tell, without building the key of a long paragraph.
    """
    if not key:
        return _key_of(norm) == key
    n = key.count(" ") + 1
    return len(norm.split(None, n)) == n and _key_of(norm) == key


#: A category prefix before a repeated headline ('عام / ', 'دولي | '): one or two words and a slash or
#: bar (not a colon or dash: 'وقال الوزير: ...' or 'الرياض - ...' opens a body line).
_TITLE_PREFIX_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0][^\W\d_]+)?[ \t\u00a0]*[/|][ \t\u00a0]*")


#: rule linked_title: a web address closing a line.
_URL_TAIL_RE = re.compile(r"\s+https?://\S+\s*$", re.I)
#: rule share_count: a line that is only a number (a share counter, '125', '1.2K').
_SHARE_COUNT_RE = re.compile(r"^\s*\d{1,7}(?:[.,]\d)?[KkMm]?\s*$")


def _reads_linked_key(norm: str, key: str) -> bool:
    """A share line: the headline (``key``) and the story's web address after it.

    >>> _reads_linked_key("انفجار في المستودع https://site.com/a/12", "انفجار في المستودع")
    True
    >>> _reads_linked_key("انفجار في المستودع القديم https://site.com/a/12", "انفجار في المستودع")
    False
    """
    m = _URL_TAIL_RE.search(norm)
    return m is not None and _reads_key(norm[:m.start()], key)


def _reads_prefixed_key(norm: str, key: str) -> bool:
    """A line that is the headline (``key``) under a short category prefix: 'عام / <headline>'.

    >>> _reads_prefixed_key("عام / انفجار في المستودع", "انفجار في المستودع")
    True
    >>> _reads_prefixed_key("وقال الوزير: انفجار في المستودع", "انفجار في المستودع")
    False
    """
    m = _TITLE_PREFIX_RE.match(norm)
    return bool(m) and _reads_key(norm[m.end():], key)


@cache
def _story_code_re() -> re.Pattern[str]:
    spec = lexicon.load("boilerplate")["story_code"]
    return re.compile(rf"\d{{{int(spec['min_digits'])},{int(spec['max_digits'])}}}")


@cache
def _body_promo_res() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    spec = lexicon.load("boilerplate")["body_promos"]
    video = re.compile(rf"^(?:{lexicon.alternation(spec['media_labels'])})\s*\|\s*\S")
    app = re.compile(rf"^(?:{lexicon.alternation(spec['app_openers'])})\s.*?"
                     rf"(?<!\S)(?:{lexicon.alternation(spec['available_cues'])})(?!\w)")
    return video, app, int(spec["max_words"])


def _body_promo(norm: str) -> str | None:
    """Rules video_promo and app_available (``boilerplate.body_promos``): a promotion line in the body,
    a video label and a bar before a short headline, or an app said to be available; at most
    ``max_words`` words with no sentence end. ``None`` for any other line (one pattern per kind).

    >>> _body_promo("فيديو | جولة داخل المحطة الجديدة"), _body_promo(normalize_text("تطبيق الشرق متاح الآن"))
    ('video_promo', 'app_available')
    >>> _body_promo("تطبيق القانون متاح الآن للجميع."), _body_promo("فيديو يظهر لحظة الانفجار")
    (None, None)
    """
    video, app, most = _body_promo_res()
    rule = ("video_promo" if video.match(norm) else None) if "|" in norm else (
        "app_available" if app.match(norm) else None)  # (anchored: most lines fail at their first word)
    if rule is None or _n_words(norm, most) > most or _SENT_END_RE.search(norm):
        return None
    return rule


def _is_story_code(norm: str) -> bool:
    """A line that is only a short run of digits ('0064'): a wire story's serial number."""
    text = norm.strip()
    return len(text) <= 12 and bool(_story_code_re().fullmatch(text))


_READER_COMMENT_RE = re.compile(r"([^\W\d_]+(?:[ \t\u00a0][^\W\d_]+){0,2})[ \t\u00a0]*:[ \t\u00a0]*\S")
#: A reader's comment under the comments' header is short (rule reader_comments).
_MAX_COMMENT_WORDS = 40


def _is_reader_comment(norm: str) -> bool:
    """Rule reader_comments: under a comments' header or another comment ('التعليقات (4)'), a line
    'NAME: TEXT', a name of one to three words of letters before the colon and a short text.

    >>> _is_reader_comment("ام الخير: الشركة تعد ولا تفي"), _is_reader_comment("الوزارة تعلن: لا زيادة")
    (True, True)
    """
    most = _MAX_COMMENT_WORDS
    return _READER_COMMENT_RE.match(norm) is not None and _n_words(norm, most) <= most


def _dated_byline(norm: str) -> tuple[bool, str | None]:
    """Rule dated_byline: a byline and its date split by a bar, 'بقلم: محمد علي | 27 أغسطس 2024'
    (the byline part as :func:`byline_outlet` reads it, the date part a date line).

    >>> _dated_byline(normalize_text("بقلم: محمد علي | 27 أغسطس 2024"))
    (True, None)
    >>> _dated_byline(normalize_text("الحكومة تقر الموازنة | 27 أغسطس 2024"))
    (False, None)

    Rule dated_place_byline: the byline part may be a place and a writer or desk
    ('المنامة - محرر الشؤون البرلمانية | 20 يونيو 2024', :func:`is_place_byline`).

    >>> _dated_byline(normalize_text("المنامة - محرر الشؤون البرلمانية | 20 يونيو 2024"))
    (True, None)
    >>> _dated_byline(normalize_text("المنامة - الحكومة تقر الموازنة العامة للعامين | 20 يونيو 2024"))
    (False, None)
    """
    head, bar, tail = norm.rpartition("|")
    if not bar:
        # rule slashed_dated_byline: a slash and a space before a date with no slash of its own
        # ('موسكو - وكالات - إسلام أون لاين.نت/ 5-9-2004')
        head, bar, tail = norm.rpartition("/ ")
        if "/" in tail:
            return False, None
    if not bar or not head.strip() or not _is_date_line(tail.strip()):
        return False, None
    found = byline_outlet(head.strip())
    if not found[0] and is_place_byline(head.strip()):
        return True, None
    return found


def _is_agency_staff_credit(norm: str) -> bool:
    """Rule agency_staff_credit: a wire's closing credit, the agency then its staff split by slashes
    ('وام/ أحمد النعيمي/ عبدالناصر منعم'): the first part a wire agency, at least two slashes, and
    the whole a byline by :func:`byline_outlet` (short name parts, no sentence).

    >>> _is_agency_staff_credit("وام/ أحمد النعيمي/ عبدالناصر منعم")
    True
    >>> _is_agency_staff_credit("وام/ أحمد النعيمي")
    False
    """
    parts = norm.split("/")
    if len(parts) < 3 or squash_spaces(parts[0].strip(_NAME_TRIM)).lower() not in _agencies():
        return False
    return byline_outlet(norm)[0]


def _part_naming_site(line: str, site: str) -> str | None:
    """Rule site_named_byline: a credit line naming no known outlet whose part (split by dashes or
    slashes) is the name atop the page ('عمّان - الرأي - وكالات' on a page headed 'الرأي', a name that
    is also a common word and so in no outlet list): that part, as written, is the outlet."""
    key = _name_key(site)
    for part in _BYLINE_SPLIT_RE.split(line):
        part = part.strip(_NAME_TRIM)
        if part and _name_key(part) == key:
            return part
    return None


def _note_byline(result: Cleaned, text: str, outlet: str | None) -> None:
    """What a byline tells: its known outlet is the article's (as the text writes it); a byline
    naming no known outlet may still name a wire agency ('باكو/ الأناضول')."""
    if outlet and result.outlet is None:
        result.outlet, result.outlet_rule = _as_written(text, outlet), "byline"
    elif not outlet and result.byline_agency is None:
        result.byline_agency = byline_agency(text)


#: A part of a byline wholly in quotes or guillemets ('«المصدر أونلاين»').
_QUOTED_PART_RE = re.compile(r"[\"\u00ab\u201c]\s*([^\"\u00ab\u00bb\u201c\u201d]+?)\s*[\"\u00bb\u201d]")


def byline_name(line: str) -> str | None:
    """The outlet a byline naming no known outlet still names: a part in quotes (a name, never a
    place: 'صنعاء - «المصدر أونلاين»'), or an outlet's name beside a wire agency
    (:func:`_named_credit`: 'مونت كارلو الدولية / أ ف ب'); agencies never.

    >>> byline_name("صنعاء - «المصدر أونلاين»"), byline_name("إذاعة الشرق / رويترز")
    ('المصدر أونلاين', 'إذاعة الشرق')
    >>> byline_name("باكو/ الأناضول") is None
    True
    """
    most = lexicon.load("boilerplate")["place_tag"]["quoted_max_words"]
    for part in _BYLINE_SPLIT_RE.split(line):
        m = _QUOTED_PART_RE.fullmatch(part.strip())
        if m and len(m.group(1).split()) <= most and _name_key(m.group(1)) not in _agencies():
            return m.group(1)
    named, name = _named_credit(_strip_bullets(line.strip()))
    return _as_written(line, name) if named and name else None


#: Most words of a part of a site byline ('الجماهير - هدى قدور').
_SITE_BYLINE_PART_WORDS = 3
#: A part of a site byline: words of letters only.
_LETTER_WORDS_RE = re.compile(r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)*")


def _site_keys(result: Cleaned) -> frozenset[str]:
    if result.site_name is None:
        return frozenset()
    name = result.site_name[0]
    return frozenset(k for k in (_name_key(name), _name_key(outlet_name(name))) if k)


def _is_site_byline(result: Cleaned, norm: str, credited: bool = False) -> bool:
    """Rule site_byline: before the body, a line of two parts split by a dash or a slash, each of
    at most three words of letters, one of them the page's own site name (its masthead, maybe with
    its descriptor dropped, maybe after a credit word): 'عمان - المملكة', 'الجماهير - هدى قدور',
    'قامشلو - مراسل هاوار' on the pages of قناة المملكة, الجماهير and وكالة هاوار. A sentence under
    a dash ('عمان - أعلنت الحكومة ...') has more words and stays body. ``credited``: the other part
    must be a credit word ('المسلة - متابعة'), as a closing credit after the body must."""
    if result.site_name is None or len(norm) > 60 or _ANY_DIGIT_RE.search(norm):
        return False
    if _SENT_MARKS_RE.search(norm):
        return False
    # (a colon may close it, introducing the story: 'الثورة – ريم صالح:')
    parts = [p.strip() for p in _BYLINE_SPLIT_RE.split(byline_text(norm).strip().removesuffix(":").rstrip())]
    if len(parts) == 1 and not credited:
        return _is_site_desk(result, parts[0])
    if len(parts) != 2 or not all(_LETTER_WORDS_RE.fullmatch(p) for p in parts):
        return False
    if any(len(p.split()) > _SITE_BYLINE_PART_WORDS for p in parts):
        return False
    sites = _site_keys(result)
    for i, part in enumerate(parts):
        key = _name_key(part)
        words = key.split()
        if key in sites or (len(words) > 1 and words[0] in _credit_words() and " ".join(words[1:]) in sites):
            return not credited or _name_key(parts[1 - i]) in _credit_words()
    return False


@cache
def _site_desk_words() -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicon.load("boilerplate")["byline"]
    return (frozenset(_name_key(w) for w in spec["site_desks"]),
            frozenset(_name_key(w) for w in spec["site_staff"]))


def _is_site_desk(result: Cleaned, text: str) -> bool:
    """Rule site_desk_byline (of site_byline): the site's own name and a desk word after it
    ('روداو ديجيتال'), or a staff word and the site's name ('فريق الرقيب'): the story's byline."""
    if not _LETTER_WORDS_RE.fullmatch(text):
        return False
    words = _name_key(text).split()
    if not 2 <= len(words) <= _SITE_BYLINE_PART_WORDS + 2:
        return False
    sites = _site_keys(result)
    desks, staff = _site_desk_words()
    for cut in (1, 2):
        if (" ".join(words[:-cut]) in sites and " ".join(words[-cut:]) in desks
                or " ".join(words[:cut]) in staff and " ".join(words[cut:]) in sites):
            return True
    return False


def _body_line(result: Cleaned, line: str, base: int, body_started: bool, norm: str) -> bool:
    """Cut glued chrome out of one body line; the rest becomes paragraphs.

    Returns whether any body text was left (a line that is all chrome adds none).
    """
    chrome: list[Segment] = []
    start = 0  # where the line's text after a leading run of chrome starts
    own: Normalized | None = None  # the line's own view (its text is ``norm``), cut when needed
    run = _leading_run(norm)
    if run is None and result.title is not None and ":" in norm:
        m = _headline_label_re().match(norm)
        if m and _title_key(norm[m.end():].strip()) == _title_key(result.title.text):
            run = ("share_widget", m.end())  # (the shared headline makes the whole line the label's)
    if run is not None:
        rule, run_end = run
        own = result.view.slice(base, base + len(line))  # to map the run's end back to raw
        raw_end = own.raw_span((0, run_end))[1]
        piece = line[:raw_end].rstrip()
        chrome.append(Segment(piece, (base, base + len(piece)), rule))
        rest = line[raw_end:]
        start = raw_end + len(rest) - len(rest.lstrip())
        if (result.title is not None and rest.strip(" :\t\u00a0")
                and _title_key(rest.strip(" :\t\u00a0")) == _title_key(result.title.text)):
            # rule shared_headline: a share button and the headline it shares ('شارك على فيسبوك: HEADLINE')
            chrome[-1] = Segment(line.rstrip(), (base, base + len(line.rstrip())), rule)
            start = len(line)
        if not body_started and start < len(line):
            is_byline, outlet = byline_outlet(byline_text(line[start:]))
            if is_byline:
                chrome.append(Segment(line[start:], (base + start, base + len(line)), "byline"))
                _note_byline(result, line[start:], outlet)
                start = len(line)
    if not body_started and start == 0 and not chrome and _is_site_byline(result, norm):
        chrome.append(Segment(line.strip(), (base + len(line) - len(line.lstrip()),
                                             base + len(line.rstrip())), "byline"))
        start = len(line)
    if not body_started and start < len(line):
        n = leading_date(line[start:])
        if n:
            text = line[start:start + n].rstrip()
            chrome.append(Segment(text.strip(), (base + start + len(text) - len(text.lstrip()),
                                                 base + start + len(text)), "dateline"))
    if _has_inline_cue(norm):
        own = own or result.view.slice(base, base + len(line))
        chrome.extend(s for s in _inline_segments(line, base, own)
                      if not chrome or s.span[0] >= chrome[-1].span[1])
    if "\u00bb" in line and (glued := _glued_captions(line, base)):
        chrome.extend(s for s in glued if not chrome or s.span[0] >= chrome[-1].span[1])
        chrome.sort(key=lambda seg: seg.span)
    if not chrome:
        result.paragraphs.append(Segment(line, (base, base + len(line)), "paragraph"))
        return True
    n_before = len(result.paragraphs)
    pos = base
    for seg in chrome:
        _add_piece(result.paragraphs, line, pos - base, seg.span[0] - base, base, "paragraph")
        result.boilerplate.append(seg)
        if seg.rule == "dateline" and result.dateline is None:
            result.dateline = seg
        pos = seg.span[1]
    _add_piece(result.paragraphs, line, pos - base, len(line), base, "paragraph")
    return len(result.paragraphs) > n_before
