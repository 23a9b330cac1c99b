"""Plotting with Arabic that reads right to left, letters joined.

matplotlib >= 3.11 is built with libraqm: it shapes Arabic and orders mixed
Arabic, digits and Latin itself, choosing the paragraph direction from the
first strong character. The classic recipe (``arabic_reshaper.reshape`` then
``bidi.algorithm.get_display``) applied on top of that reverses the text a
second time. So :func:`ar`:

* on a matplotlib that shapes natively, returns the text itself, with a
  right-to-left mark before any line that holds Arabic but opens with Latin
  letters or digits (so ``"F-16 طائرات"`` still reads right to left);
* on an older matplotlib, reshapes and reorders each line with
  arabic-reshaper and python-bidi.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import matplotlib
import matplotlib.pyplot as plt

RLM = "\u200f"
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_STRONG_RE = re.compile(r"[^\W\d_]")


@cache
def shapes_natively() -> bool:
    """True when this matplotlib lays out complex scripts itself (built with libraqm)."""
    from matplotlib import ft2font

    return hasattr(ft2font, "__libraqm_version__")


def ar(text: str, *, native: bool | None = None) -> str:
    """Prepare ``text`` (which may mix Arabic, digits and Latin) for display on a figure.

    ``native`` forces a code path (``None``: detect the running matplotlib).

    >>> ar("abc") == "abc"
    True
    """
    if text is None:
        return text
    text = str(text)
    if not _ARABIC_RE.search(text):
        return text
    if native is None:
        native = shapes_natively()
    return "\n".join(_line_native(x) if native else _line_legacy(x) for x in text.split("\n"))


def _line_native(line: str) -> str:
    if not _ARABIC_RE.search(line) or line.startswith(RLM):
        return line
    first = _STRONG_RE.search(line)
    if first and not _ARABIC_RE.match(first.group()):
        return RLM + line
    if first is None or line[: first.start()].strip():  # digits, signs or brackets lead
        return RLM + line
    return line


def _line_legacy(line: str) -> str:
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(line), base_dir="R")


def wrong_way(text: str) -> str:
    """The classic reshape + get_display recipe, whatever matplotlib does.

    Only for tests and demonstrations: on a matplotlib that shapes natively this
    draws the text reversed, the mistake :func:`ar` exists to avoid.
    """
    return "\n".join(_line_legacy(x) for x in str(text).split("\n"))


def use_arabic_style() -> None:
    """Set matplotlib up for Arabic figures.

    The DejaVu Sans font that matplotlib ships (it has the Arabic glyphs; no
    system font needed), right-aligned titles, legends with the marker on the
    right (through :func:`legend_rtl`; matplotlib has no rcParam for it), Unicode
    minus signs, and deterministic SVG/PDF output.
    """
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": ["DejaVu Sans"],
        "axes.titlelocation": "right",
        "axes.unicode_minus": True,
        "svg.hashsalt": "karabakh-nb",
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "figure.dpi": 100,
        "savefig.dpi": 100,
    })


def legend_rtl(ax: plt.Axes, *args, **kwargs):
    """A legend for Arabic labels: marker on the right of its label, text aligned right."""
    kwargs.setdefault("markerfirst", False)
    kwargs.setdefault("alignment", "right")
    handles, labels = ax.get_legend_handles_labels()
    if not args and "labels" not in kwargs:
        args = (handles, [ar(x) for x in labels])
    return ax.legend(*args, **kwargs)


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def bar_rtl(labels: Sequence[str], values: Sequence[float], *, title: str | None = None,
            xlabel: str | None = None, ax: plt.Axes | None = None,
            label_chars: int = 48, color: str = "#4C72B0") -> plt.Axes:
    """Horizontal bars that grow leftwards from labels on the right, as an Arabic reader expects."""
    if ax is None:
        height = 0.55 * max(len(labels), 1) + 1.2
        _, ax = plt.subplots(figsize=(9, height))
    ypos = list(range(len(labels)))
    ax.barh(ypos, list(values), color=color)
    ax.set_yticks(ypos, [ar(_short(x, label_chars)) for x in labels])
    ax.yaxis.tick_right()
    ax.invert_xaxis()
    ax.invert_yaxis()
    ax.spines[["left", "top"]].set_visible(False)
    for y, v in zip(ypos, values, strict=True):
        ax.annotate(f"{v:,.0f}", (v, y), xytext=(-4, 0), textcoords="offset points",
                    va="center", ha="right", fontsize=9)
    if title:
        ax.set_title(ar(title), loc="right")
    if xlabel:
        ax.set_xlabel(ar(xlabel), loc="right")
    return ax


def plot_article_lengths(table, *, label: str = "title", value: str = "body_characters",
                         ax: plt.Axes | None = None, title: str | None = None,
                         xlabel: str | None = None) -> plt.Axes:
    """Bar chart of article lengths from :func:`karabakh_nb.corpus_table`, Arabic titles readable."""
    labels: Iterable[str] = [t if isinstance(t, str) and t else i
                             for t, i in zip(table[label], table["id"], strict=True)]
    return bar_rtl(list(labels), list(table[value]), ax=ax, title=title, xlabel=xlabel)
