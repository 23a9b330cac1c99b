"""Access to the data files under ``karabakh_nb/data/``.

Arabic is data, not code: every word list the engine matches (month names,
number words, cue verbs, boilerplate cues, parties ...) lives in a JSON file
beside an examples file (``NAME.examples.jsonl``) that the tests read. This
module loads them once and offers the small helpers every stage uses to turn a
word list into one compiled alternation over the normalized text.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from .normalize import normalize_text

DATA_PACKAGE = "karabakh_nb.data"


@cache
def load(name: str) -> Any:
    """Load ``data/NAME.json`` (parsed once per process)."""
    path = resources.files(DATA_PACKAGE).joinpath(f"{name}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:  # pragma: no cover - packaging error
        raise FileNotFoundError(f"karabakh_nb data file {name}.json is missing") from exc


def examples(name: str) -> list[dict[str, Any]]:
    """The examples corpus beside ``data/NAME.json`` (``NAME.examples.jsonl``), one dict a line."""
    path = resources.files(DATA_PACKAGE).joinpath(f"{name}.examples.jsonl")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}.examples.jsonl line {n}: {exc}") from exc
    return rows


def alternation(words: Iterable[str], *, normalize: bool = True) -> str:
    """A regex alternation of ``words``, longest first, each escaped.

    Words are normalized first (the same view :func:`karabakh_nb.normalize.normalize`
    gives the text) so a lexicon may be written with hamza and diacritics.
    """
    forms = {normalize_text(w) if normalize else w for w in words if w}
    return "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w)))


def trie(forms: Iterable[str], *, space: str = r"\s+") -> str:
    """One regex for many literal forms, factored by common prefixes (much faster to scan
    than a flat alternation). Longer forms are tried first; a space in a form matches
    ``space``; empty forms are skipped; no forms give a pattern that never matches.
    """
    root: dict[str, Any] = {}
    for f in forms:
        if not f:
            continue
        node = root
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root, space) or "(?!)"


def _trie_node(node: dict[str, Any], space: str) -> str:
    parts = [(space if ch == " " else re.escape(ch)) + _trie_node(child, space)
             for ch, child in sorted(node.items()) if ch]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


#: Arabic letters (no digits, no punctuation) for word boundaries in patterns.
ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06ff"
#: A lookbehind/lookahead pair that stands for an Arabic or Latin word boundary.
WORD_START = rf"(?<![{ARABIC_LETTER}A-Za-z0-9])"
WORD_END = rf"(?![{ARABIC_LETTER}A-Za-z0-9])"
#: The character before a word (the negation of the lookbehind in :data:`WORD_START`).
BOUNDARY = rf"[^{ARABIC_LETTER}A-Za-z0-9]"


def word_start_spans(pattern: re.Pattern[str], view: str, group: str,
                     gate: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans (into ``view``) of ``group`` in the matches of ``pattern``, a pattern of the form
    ``BOUNDARY + (?P<group>...)``: the same spans, in the same order, as ``finditer`` over
    ``view`` of ``WORD_START + (...)`` would give.

    A pattern that opens on a lookbehind makes the regex engine try every position of the
    text; one that opens on a consumed boundary character lets it skip from boundary to
    boundary. The view is searched behind one space (the boundary before its first word), and
    the next search starts at the previous match's last character, which may be the boundary
    of the next word, as the lookbehind would allow.

    >>> fast = re.compile(BOUNDARY + r"(?P<w>ab-?)")
    >>> plain = re.compile(WORD_START + r"ab-?")
    >>> text = "ab xab ab-ab, (ab"
    >>> word_start_spans(fast, text, "w") == [m.span() for m in plain.finditer(text)]
    True
    >>> word_start_spans(fast, text, "w")
    [(0, 2), (7, 10), (10, 12), (15, 17)]

    With ``gate`` (see :func:`gated_search`) the pattern is tried only where the gate matches.
    """
    spaced, pos, out = " " + view, 0, []
    while (m := gated_search(pattern, gate, spaced, pos)) is not None:
        s, e = m.span(group)
        out.append((s - 1, e - 1))
        pos = m.end() - 1
    return out


def gated_search(pattern: re.Pattern[str], gate: re.Pattern[str] | None, text: str,
                 pos: int = 0) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, where ``gate`` (if given) matches at every position at
    which ``pattern`` does: ``pattern`` is matched only at the gate's matches, leftmost first.

    A gate costs one cheap scan where the pattern would try a large alternation at every
    position it may open on; the first gate position where the pattern matches is the leftmost
    match, since the pattern matches nowhere the gate does not.

    >>> gated_search(re.compile("ab+c"), re.compile("a"), "xabd abbc")
    <re.Match object; span=(5, 9), match='abbc'>
    """
    if gate is None:
        return pattern.search(text, pos)
    while (g := gate.search(text, pos)) is not None:
        m = pattern.match(text, g.start())
        if m is not None:
            return m
        pos = g.start() + 1
    return None


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``spans``.

    >>> merge_spans([(5, 8), (0, 2), (1, 3)])
    [(0, 3), (5, 8)]
    """
    ordered = sorted(spans)
    if not ordered:
        return []
    out: list[tuple[int, int]] = []
    cs, ce = ordered[0]  # the open span, in locals: no tuple rebuilt per overlap
    for s, e in ordered[1:]:
        if s < ce:
            if e > ce:
                ce = e
        else:
            out.append((cs, ce))
            cs, ce = s, e
    out.append((cs, ce))
    return out


def overlaps_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) meets one of ``spans`` (sorted and non-overlapping).

    >>> overlaps_any([(0, 3), (5, 8)], 3, 5), overlaps_any([(0, 3), (5, 8)], 2, 6)
    (False, True)
    """
    i = bisect_left(spans, (e, -1))
    return i > 0 and spans[i - 1][1] > s


#: Rule markup_masked: an HTML entity (&#39; &quot; &nbsp; &#8211;) or tag (<br>, <img width="300">)
#: left in scraped text.
_MARKUP = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                     r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>")


def _markup_mask(m: re.Match[str]) -> str:
    piece = m.group()
    if piece[0] == "&":
        char = html.unescape(piece)
        if len(char) == 1 and not char.isalnum() and char != piece:
            return (" " if char.isspace() else char).ljust(len(piece))
    return " " * len(piece)


def mask_markup(view: str) -> str:
    """``view`` with HTML entities and tags left in scraped text blanked out, character for
    character (same length, so every offset still maps to the raw text): the digits of
    ``&#39;`` or ``<img width="300">`` are no number, and an entity that stands for a space or
    a punctuation mark (``&nbsp;``, ``&#8211;``, ``&quot;``) becomes that mark followed by
    spaces, so ``12&nbsp;<month>`` and ``2015&#8211;2016`` read as written (rule markup_masked).

    >>> mask_markup("2015&#8211;2016 &#39;x&#39;") == "2015\u2013" + 6 * " " + "2016 '    x'    "
    True
    """
    if "&" not in view and "<" not in view:
        return view
    return _MARKUP.sub(_markup_mask, view)
