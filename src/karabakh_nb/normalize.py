"""Normalization for matching: a *view* of the raw text with a map back to it.

The raw text is never rewritten. :func:`normalize` returns a :class:`Normalized`
whose ``text`` is convenient for matching (no diacritics, no tatweel, one alef,
one ya, Western digits, plain spaces, no invisible controls) and whose
:meth:`Normalized.raw_span` turns any span found on that text back into a span
of the original string.

Every character-level step is a small named function with one job, in the
manner of CAMeL Tools' ``utils/normalize.py``; :func:`normalize` composes them
into one ``str.translate`` table so the whole view costs one pass.

All characters are written as escapes: engine code holds no Arabic literals.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

# --- character classes (code points only) -------------------------------------------------

#: Arabic harakat, tanwin, shadda, sukun, dagger alef, Quranic marks.
DIACRITICS = "".join(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD),
                                       *range(0x06DF, 0x06E5), 0x06E7, 0x06E8,
                                       *range(0x06EA, 0x06EE)])
TATWEEL = "\u0640"
#: Zero-width and bidirectional control characters (never visible, break matching).
INVISIBLES = ("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"
              "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")
#: Space-like characters that are not U+0020.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: Alef with hamza above/below, madda, wasla -> bare alef.
ALEF_FORMS = "\u0623\u0625\u0622\u0671"
ALEF = "\u0627"
ALEF_MAQSURA = "\u0649"
YA = "\u064a"
#: Farsi ya and kaf, common in scraped Arabic, unified with the Arabic letters.
FARSI_YA = "\u06cc"
FARSI_KAF = "\u06a9"
KAF = "\u0643"
EASTERN_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
ARABIC_DECIMAL = "\u066b"
ARABIC_THOUSANDS = "\u066c"


def _table_delete(chars: str) -> dict[int, None]:
    return {ord(c): None for c in chars}


def _table_map(src: str, dst: str) -> dict[int, str]:
    if len(dst) == 1:
        return {ord(c): dst for c in src}
    return {ord(a): b for a, b in zip(src, dst, strict=True)}


def _flat(table: dict[int, str | None]) -> list[int | str | None] | dict[int, str | None]:
    """``table`` as a list indexed by code point over the Basic Multilingual Plane.

    ``str.translate`` looks every character up in its table; a list lookup is
    cheaper than a dict one (about a quarter less time per character), and a
    character past the list's end is kept as it is, like a character a dict lacks.
    A table with entries past the plane stays a dict.
    """
    if any(k >= 0x10000 for k in table):
        return table
    flat: list[int | str | None] = list(range(0x10000))
    for k, v in table.items():
        flat[k] = ord(v) if v is not None and len(v) == 1 else v
    return flat


def _dense(table: dict[int, str | None]) -> dict[int, str | None]:
    """``table`` plus identity entries for ASCII, Latin, Arabic and general punctuation.

    ``str.translate`` raises and swallows a ``KeyError`` for every character a dict
    table lacks; with the common characters present it runs about twice as fast.
    """
    dense: dict[int, str | None] = {i: chr(i) for i in (*range(0x0700), *range(0x2000, 0x2070))}
    dense.update(table)
    return dense


_DIACRITICS_TABLE = _table_delete(DIACRITICS)
_TATWEEL_TABLE = _table_delete(TATWEEL)
_INVISIBLES_TABLE = _table_delete(INVISIBLES)
_SPACES_TABLE = _table_map(ODD_SPACES, " ")
_ALEF_TABLE = _table_map(ALEF_FORMS, ALEF)
_MAQSURA_TABLE = {ord(ALEF_MAQSURA): YA, ord(FARSI_YA): YA, ord(FARSI_KAF): KAF}
_DENSE_SPACES_TABLE = _dense(_SPACES_TABLE)
_DIGITS_TABLE = {**_table_map(EASTERN_DIGITS, "0123456789"),
                 **_table_map(PERSIAN_DIGITS, "0123456789")}


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda and sukun.

    >>> strip_diacritics("\u0642\u064f\u062a\u0650\u0644\u064e")  # qutila -> qtl
    '\u0642\u062a\u0644'
    """
    return text.translate(_DIACRITICS_TABLE)


def strip_tatweel(text: str) -> str:
    """Remove the kashida (tatweel) used to stretch words.

    >>> strip_tatweel("\u0645\u0640\u0640\u0646")
    '\u0645\u0646'
    """
    return text.translate(_TATWEEL_TABLE)


def strip_invisibles(text: str) -> str:
    """Remove zero-width and bidi control characters (LRM, RLM, ALM, embeddings, isolates).

    >>> strip_invisibles("12\u200f3")
    '123'
    """
    return text.translate(_INVISIBLES_TABLE)


def unify_spaces(text: str) -> str:
    """Turn no-break and other typographic spaces into a plain space (one for one).

    >>> unify_spaces("a\u00a0b")
    'a b'
    """
    return text.translate(_DENSE_SPACES_TABLE)


def unify_alef(text: str) -> str:
    """Map alef with hamza above or below, madda and wasla to bare alef.

    >>> unify_alef("\u0623\u0643\u062b\u0631") == "\u0627\u0643\u062b\u0631"
    True
    """
    return text.translate(_ALEF_TABLE)


def unify_alef_maqsura(text: str) -> str:
    """Map alef maqsura (and Farsi ya) to ya, Farsi kaf to kaf.

    >>> unify_alef_maqsura("\u0639\u0644\u0649") == "\u0639\u0644\u064a"
    True
    """
    return text.translate(_MAQSURA_TABLE)


def unify_digits(text: str) -> str:
    """Map Eastern Arabic and Persian digits to Western digits.

    >>> unify_digits("\u0661\u0662\u0665\u0660 \u06f4")
    '1250 4'
    """
    return text.translate(_DIGITS_TABLE)


# --- the composed view ---------------------------------------------------------------------

_DELETED = DIACRITICS + TATWEEL + INVISIBLES
_FULL_TABLE = _flat({
    **_DIACRITICS_TABLE, **_TATWEEL_TABLE, **_INVISIBLES_TABLE, **_SPACES_TABLE,
    **_ALEF_TABLE, **_MAQSURA_TABLE, **_DIGITS_TABLE,
})
_DELETED_RE = re.compile("[" + re.escape(_DELETED) + "]")
#: Any character the view changes (maps or deletes): text without one is its own view. A class
#: scan finds one far faster than ``str.translate`` copies the text (most lexicon words and
#: pieces of lines handed to :func:`normalize_text` are normalized already).
_CHANGED_RE = re.compile("[" + re.escape("".join(
    chr(c) for c, v in enumerate(_FULL_TABLE) if v != c)) + "]")


def _replacements() -> tuple[tuple[str, str], ...]:
    """The table as (character, its replacement) pairs, a deleted character replaced by ''."""
    pairs = []
    for code, value in enumerate(_FULL_TABLE):
        if value == code:
            continue
        if isinstance(value, int):
            value = chr(value)
        pairs.append((chr(code), value or ""))
    changed = {char for char, _ in pairs}
    # (replacing one by one equals translating at once only if no replacement is changed again)
    assert not any(changed & set(new) for _, new in pairs), "the normalization table is not idempotent"
    return tuple(pairs)


_REPLACEMENTS = _replacements()


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalized view of ``raw``.

    ``text`` is the view; ``raw_index(i)`` is the offset in ``raw`` of the view's
    character ``i``; ``raw_span((s, e))`` maps a half-open span of the view back to
    ``raw``. Mapping is O(log d), d the number of deleted characters; when nothing
    was deleted the offsets are the same.
    """

    raw: str
    text: str
    _keys: tuple[int, ...] = field(default=(), repr=False)
    _deleted: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def deleted(self) -> tuple[int, ...]:
        """Offsets in ``raw`` of the characters the view drops (diacritics, tatweel, invisibles)."""
        return self._deleted

    def view_index(self, r: int) -> int:
        """Offset in the view of raw offset ``r`` (a deleted character maps to the next kept one).

        >>> normalize("\u0645\u0650\u0646 1").view_index(3)
        2
        """
        return r - bisect_left(self._deleted, r) if self._deleted else r

    def text_of(self, start: int, end: int) -> str:
        """The view's text for ``raw[start:end]``: ``normalize_text(raw[start:end])`` without the work."""
        if end < len(self.raw) and self.raw[end] == "\u0654":
            return normalize_text(self.raw[start:end])
        return self.text[self.view_index(start):self.view_index(end)]

    def slice(self, start: int, end: int) -> Normalized:
        """The view of ``raw[start:end]``, cut from this one instead of normalizing again.

        Equal to ``normalize(raw[start:end])``: normalization maps characters one
        by one, except a letter composed with a combining hamza that follows it,
        which is re-read when the cut falls between the two.

        >>> v = normalize("\u0623\u0643\u0652\u062b\u064e\u0631 \u0645\u0650\u0646")
        >>> v.slice(7, 10) == normalize(v.raw[7:10])
        True
        """
        raw = self.raw[start:end]
        if end < len(self.raw) and self.raw[end] == "\u0654":
            return normalize(raw)
        if not self._deleted:
            return Normalized(raw, self.text[start:end])
        a, b = bisect_left(self._deleted, start), bisect_left(self._deleted, end)
        text = self.text[start - a:end - b]
        if a == b:
            return Normalized(raw, text)
        deleted = tuple(d - start for d in self._deleted[a:b])
        return Normalized(raw, text, tuple(d - j for j, d in enumerate(deleted)), deleted)

    def raw_index(self, i: int) -> int:
        """Offset in ``raw`` of the view's character ``i`` (``len(text)`` maps to ``len(raw)``)."""
        if not self._keys:
            return i
        if i >= len(self.text):
            return len(self.raw)
        return i + bisect_right(self._keys, i)

    def raw_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a half-open span of the view to the matching half-open span of ``raw``.

        The raw span starts at the first character and ends after the last
        character of the match, so diacritics inside it are kept but the span
        never reaches into the next word.
        """
        start, end = span
        if not self._keys:
            return start, end
        if end <= start:
            pos = self.raw_index(start)
            return pos, pos
        return self.raw_index(start), self.raw_index(end - 1) + 1 + self._trailing(end - 1)

    def _trailing(self, i: int) -> int:
        """Number of deleted diacritics directly after the view's character ``i`` in raw."""
        r = self.raw_index(i) + 1
        n = 0
        while r + n < len(self.raw) and self.raw[r + n] in DIACRITICS:
            n += 1
        return n


#: A base letter followed by a combining hamza (decomposed text, NFD) -> the composed letter.
_COMPOSE_HAMZA = re.compile("([\u064a\u0649\u0648])\u0654")
_COMPOSED = {"\u064a": "\u0626", "\u0649": "\u0626", "\u0648": "\u0624"}


def compose_hamza(text: str) -> str:
    """Turn ya or waw + combining hamza above (decomposed text) into the composed letter.

    The combining mark stays (it is deleted with the diacritics), so the length
    and every offset are unchanged.

    >>> compose_hamza("\u0645\u064a\u0654\u0627\u062a") == "\u0645\u0626\u0654\u0627\u062a"
    True
    """
    return _COMPOSE_HAMZA.sub(lambda m: _COMPOSED[m.group(1)] + "\u0654", text)


def normalize(raw: str) -> Normalized:
    """Build the matching view of ``raw``.

    >>> v = normalize("\u0623\u0643\u0652\u062b\u064e\u0631 \u0645\u0650\u0646 \u0661\u0662\u0665\u0660")
    >>> v.text == "\u0627\u0643\u062b\u0631 \u0645\u0646 1250"
    True
    >>> s, e = v.raw_span((v.text.index("1250"), len(v.text)))
    >>> v.raw[s:e] == "\u0661\u0662\u0665\u0660"
    True
    """
    if not _CHANGED_RE.search(raw):
        return Normalized(raw, raw)
    text = _apply_table(compose_hamza(raw) if "\u0654" in raw else raw)
    if len(text) == len(raw):
        return Normalized(raw, text)
    deleted = tuple(m.start() for m in _DELETED_RE.finditer(raw))
    keys = tuple(d - j for j, d in enumerate(deleted))
    return Normalized(raw, text, keys, deleted)


def normalize_text(raw: str) -> str:
    """The normalized string alone, for lexicon entries and comparisons."""
    if not _CHANGED_RE.search(raw):
        return raw
    return _apply_table(compose_hamza(raw) if "\u0654" in raw else raw)


#: Below this length ``str.translate`` is the faster way to apply the table (:func:`_apply_table`).
_TRANSLATE_MAX_LEN = 128


def _apply_table(text: str) -> str:
    """``text.translate(_FULL_TABLE)``, on a long text by replacing only the characters it holds.

    ``str.translate`` looks every character up in the table; ``str.replace`` of the few changed
    characters a page holds (an alef with hamza, alef maqsura, a shadda ...) runs at memory speed,
    about three times faster on an article. Both give the same text: no replacement is itself
    a character the table changes (:data:`_REPLACEMENTS`), so the order of the replacements
    does not matter.
    """
    if len(text) <= _TRANSLATE_MAX_LEN:
        return text.translate(_FULL_TABLE)
    for char, new in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, new)
    return text


def squash_spaces(text: str) -> str:
    """Collapse whitespace runs to one space and strip the ends (for comparing lines).

    >>> squash_spaces("  a \u00a0 b\\n")
    'a b'
    """
    return " ".join(text.split())  # (every typographic space is whitespace to ``str.split``)
