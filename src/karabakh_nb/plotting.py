"""Plotting with Arabic that reads right to left, letters joined.

matplotlib >= 3.11 is built with libraqm: it shapes Arabic and orders mixed
Arabic, digits and Latin itself, choosing the paragraph direction from the
first strong character. The classic recipe (``arabic_reshaper.reshape`` then
``bidi.algorithm.get_display``) applied on top of that reverses the text a
second time. So :func:`ar`:

* on a matplotlib that shapes natively, returns the text itself with each
  left-to-right run of an Arabic line (Latin words, numbers, dates such as
  ``2020-10-09``) wrapped in a directional isolate, so the line reads right to
  left even when it opens with Latin or digits and dates keep their order;
* on an older matplotlib, reshapes and reorders each line with
  arabic-reshaper and python-bidi.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import matplotlib
import matplotlib.dates
import matplotlib.pyplot as plt

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


#: A left-to-right run inside Arabic text: Latin words, numbers, dates, times, ranges, percents.
_LTR_RUN = re.compile(r"[-\u2212+]?[A-Za-z0-9][A-Za-z0-9\-\u2212/:.,_%+]*"
                      r"(?:[ ]+[-\u2212+]?[A-Za-z0-9][A-Za-z0-9\-\u2212/:.,_%+]*)*")
LRI, PDI = "\u2066", "\u2069"


def _line_native(line: str) -> str:
    """Isolate each left-to-right run (``2020-10-09``, ``F-16``, ``-5%``) in an Arabic line.

    The layout engine then orders the runs as units inside right-to-left text
    (without isolation it reorders the parts of ``2020-10-09``), and the line's
    direction comes from its first Arabic letter even when it opens with Latin or digits.
    """
    if not _ARABIC_RE.search(line) or LRI in line:
        return line
    return _LTR_RUN.sub(lambda m: LRI + m.group() + PDI, line)


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


# --- figures of the disagreement analysis ---------------------------------------------------

#: one colour per source party, stable across figures (unknown parties cycle through the rest)
PARTY_COLORS = {"azerbaijan": "#1f77b4", "armenia": "#d62728", "karabakh": "#ff7f0e",
                "russia": "#2ca02c", "turkey": "#8c564b", "france": "#9467bd", "usa": "#17becf",
                "international": "#e377c2", "media": "#7f7f7f", "unknown": "#bcbd22"}


def _party_color(party: str, seen: dict[str, str]) -> str:
    if party in PARTY_COLORS:
        return PARTY_COLORS[party]
    spare = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"]
    return seen.setdefault(party, spare[len(seen) % len(spare)])


def lexicon_labels(kind: str) -> dict[str, str]:
    """The code -> Arabic label mapping of one kind (``measure``, ``source_party`` ...)."""
    from . import lexicon

    return lexicon.load("labels").get(kind, {})


def _label(kind: str, code: str) -> str:
    from .analysis import label

    return label(kind, code)


def group_title(measure: str, subject: str, side: str, episode: str | None = None) -> str:
    """An Arabic title for a group of claims: 'قتلى (أشخاص) · الطرفان · 2020 war'."""
    parts = [f"{_label('measure', measure)} ({_label('subject', subject)})", _label("side", side)]
    if episode:
        parts.append(_label("episode", str(episode)))
    return " \u00b7 ".join(parts)


def plot_timeline(claims, *, group: dict | None = None, ax: plt.Axes | None = None,
                  annotate: bool = True, **prepare_kwargs) -> plt.Axes:
    """Reported tolls over time, one colour per source party.

    Each claim is drawn at its ``as_of`` day as the interval its qualifier allows
    (a bar from lower to upper bound, a dot for an exact figure); an open-ended
    claim (``more_than``, ``at_least``) is a triangle pointing up from its lower
    bound. ``group`` picks the measure/subject/side/episode (default: the group
    with the most claims). The y axis is logarithmic.
    """
    import numpy as np

    from .analysis import GROUP, claim_groups, prepare

    table = prepare(claims, **prepare_kwargs)
    if group is None:
        groups = claim_groups(table)
        if groups.empty:
            raise ValueError("no claim falls in an episode: nothing to plot")
        group = groups.iloc[0][GROUP].to_dict()
    sel = table
    for k, v in group.items():
        sel = sel[sel[k] == v]
    sel = sel.sort_values(["as_of", "source_party", "lower"], kind="stable")
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 5))
    seen: dict[str, str] = {}
    parties = list(dict.fromkeys(sel["source_party"]))
    width = 0.18 * max(len(parties) - 1, 1)
    offsets = dict(zip(parties, np.linspace(-width, width, len(parties)) if len(parties) > 1
                       else [0.0], strict=True))
    plotted: set[str] = set()
    stacked: dict[tuple, int] = {}
    for r in sel.itertuples(index=False):
        k = stacked[(r.as_of, r.source_party)] = stacked.get((r.as_of, r.source_party), -1) + 1
        x = matplotlib.dates.date2num(r.as_of) + offsets[r.source_party] + 0.6 * k
        color = _party_color(r.source_party, seen)
        name = ar(_label("source_party", r.source_party)) if r.source_party not in plotted else None
        plotted.add(r.source_party)
        if r.upper == float("inf"):
            ax.plot([x], [r.lower], marker="^", markersize=11, color=color, linestyle="none",
                    label=name)
            ax.annotate("", (x, r.lower * 1.9), (x, r.lower), color=color,
                        arrowprops={"arrowstyle": "->", "color": color, "lw": 1.5})
        elif r.upper > r.lower:
            ax.plot([x, x], [max(r.lower, 1), r.upper], color=color, linewidth=6,
                    solid_capstyle="butt", alpha=0.8, label=name)
        else:
            ax.plot([x], [r.lower], marker="o", markersize=8, color=color, linestyle="none",
                    label=name)
        if annotate:
            ax.annotate(ar(r.text), (x, max(r.lower, 1)), xytext=(-8, -2),
                        textcoords="offset points", ha="right", va="top", fontsize=8)
    ax.set_yscale("log")
    ax.margins(x=0.12)
    ax.xaxis.set_major_locator(matplotlib.dates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%Y-%m-%d"))
    ax.set_title(ar(group_title(**{k: group[k] for k in ("measure", "subject", "side")},
                                episode=group.get("episode"))), loc="right")
    ax.set_ylabel(ar(_label("figure", "timeline_ylabel")))
    ax.set_xlabel(ar(_label("figure", "timeline_xlabel")), loc="right")
    ax.yaxis.set_label_position("right")
    ax.yaxis.tick_right()
    ax.grid(axis="y", alpha=0.3)
    legend_rtl(ax, loc="upper left", title=ar(_label("figure", "legend_title")))
    return ax


def plot_group_comparison(claims, *, group: dict | None = None, ax: plt.Axes | None = None,
                          **prepare_kwargs) -> plt.Axes:
    """The claims of one group side by side: one row per claim, labelled with its source's words."""
    from .analysis import GROUP, claim_groups, prepare

    table = prepare(claims, **prepare_kwargs)
    if group is None:
        group = claim_groups(table).iloc[0][GROUP].to_dict()
    sel = table
    for k, v in group.items():
        sel = sel[sel[k] == v]
    sel = sel.sort_values(["as_of", "lower"], kind="stable").reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.6 * len(sel) + 1.6))
    seen: dict[str, str] = {}
    top = max([u for u in sel["upper"] if u != float("inf")] + list(sel["lower"]) + [1]) * 3
    labels = []
    for y, r in enumerate(sel.itertuples(index=False)):
        color = _party_color(r.source_party, seen)
        upper = top if r.upper == float("inf") else r.upper
        if upper > r.lower:
            ax.plot([max(r.lower, 1), upper], [y, y], color=color, linewidth=8,
                    solid_capstyle="butt", alpha=0.85)
        else:
            ax.plot([r.lower], [y], marker="o", markersize=9, color=color)
        if r.upper == float("inf"):
            ax.plot([top], [y], marker=">", markersize=10, color=color)
        source = r.source_text if isinstance(r.source_text, str) and r.source_text \
            else _label("source_party", r.source_party)
        labels.append(ar(f"{_short(source, 34)} \u2014 {r.text} ({r.as_of})"))
    ax.set_yticks(range(len(sel)), labels)
    ax.yaxis.tick_right()
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel(ar(_label("figure", "comparison_xlabel")), loc="right")
    ax.set_title(ar(group_title(**{k: group[k] for k in ("measure", "subject", "side")},
                                episode=group.get("episode"))), loc="right")
    ax.grid(axis="x", alpha=0.3)
    return ax


def plot_source_matrix(claims, *, ax: plt.Axes | None = None) -> plt.Axes:
    """How many claims each source party makes about each measure, as an annotated grid."""
    from .analysis import source_matrix

    matrix = source_matrix(claims)
    order = list(lexicon_labels("measure"))
    matrix = matrix[sorted(matrix.columns, key=lambda m: order.index(m) if m in order else len(order))]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.3 * max(len(matrix.columns), 2) + 3,
                                      0.55 * max(len(matrix), 2) + 1.8))
    # right to left: the first measure stands on the right
    matrix = matrix[matrix.columns[::-1]]
    ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(matrix.columns)),
                  [ar(_label("measure", m)) for m in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), [ar(_label("source_party", p)) for p in matrix.index])
    ax.yaxis.tick_right()
    vmax = matrix.to_numpy().max() if matrix.size else 0
    for (i, j), v in __import__("numpy").ndenumerate(matrix.to_numpy()):
        if v:
            ax.text(j, i, str(v), ha="center", va="center",
                    color="white" if v > vmax / 2 else "black")
    ax.set_title(ar(_label("figure", "matrix_title")), loc="right")
    return ax


def save_figure(fig, name: str, folder) -> list:
    """Save ``fig`` as PNG and SVG (deterministic: no dates in the metadata) under ``folder``."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext in ("png", "svg"):
        path = folder / f"{name}.{ext}"
        meta = {"Date": None} if ext == "svg" else {"Software": None}
        fig.savefig(path, metadata=meta, bbox_inches="tight")
        paths.append(path)
    return paths


# --- reading the pixels back ----------------------------------------------------------------


def tesseract_available(lang: str = "ara") -> bool:
    """True when the ``tesseract`` command and its ``lang`` model are installed."""
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if exe is None:
        return False
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True)
    return lang in out.stdout.split()


def rasterize(fig, fmt: str = "png", *, dpi: int = 200) -> bytes:
    """PNG bytes of ``fig`` drawn through the ``png`` (Agg), ``svg`` or ``pdf`` backend.

    SVG is rasterized with ``rsvg-convert`` (Debian ``librsvg2-bin``) and PDF with
    ``pdftoppm`` (Debian ``poppler-utils``), so what is read back is what that
    backend wrote, not a second Agg rendering.
    """
    import io
    import subprocess
    import tempfile
    from pathlib import Path

    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, facecolor="white")
    if fmt == "png":
        return buf.getvalue()
    if fmt == "svg":
        return subprocess.run(["rsvg-convert", "--format", "png", "--zoom", str(dpi / 72),
                               "--background-color", "white"], input=buf.getvalue(),
                              capture_output=True, check=True).stdout
    if fmt == "pdf":
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "fig.pdf"
            src.write_bytes(buf.getvalue())
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(src),
                            str(Path(tmp) / "page")], check=True, capture_output=True)
            return (Path(tmp) / "page.png").read_bytes()
    raise ValueError(f"unknown format {fmt!r}: use png, svg or pdf")


def read_back(fig, *, fmt: str = "png", lang: str = "ara", dpi: int = 200, psm: int = 6) -> str:
    """Render ``fig`` through a backend and read its text back with Tesseract."""
    import subprocess

    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "--psm", str(psm)],
                         input=rasterize(fig, fmt, dpi=dpi), capture_output=True, check=True)
    return out.stdout.decode("utf-8")


_READ_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]{2,}|[0-9]{2,}")


def legibility(fig, expected: Iterable[str], **kwargs) -> float:
    """Share of the Arabic words and numbers of ``expected`` that Tesseract reads back from ``fig``.

    Reversed or unjoined Arabic reads back as other words and reversed numbers as
    other numbers, so this falls towards 0 when text is drawn the wrong way and
    stays high when it is drawn right. ``kwargs`` go to :func:`read_back`.
    """
    from .normalize import normalize_text

    def tokens(text: str) -> list[str]:
        return _READ_TOKEN.findall(normalize_text(text))

    want = [w for t in expected for w in tokens(t)]
    if not want:
        raise ValueError("expected labels hold no Arabic words or numbers")
    got = set(tokens(read_back(fig, **kwargs)))
    return sum(w in got for w in want) / len(want)
