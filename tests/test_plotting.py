"""Right-to-left Arabic on figures, checked by reading the rendered pixels back with Tesseract."""

from __future__ import annotations

import shutil

import arabic_reshaper
import matplotlib.pyplot as plt
import pytest
from bidi.algorithm import get_display

from karabakh_nb import plotting
from karabakh_nb.plotting import LRI, PDI, ar, legibility, use_arabic_style, wrong_way

LABELS = {
    "title": "حصيلة القتلى في ناغورني قره باغ",
    "xlabel": "التاريخ الذي يصح عنده الرقم",
    "ylabel": "عدد الجرحى (%)",
    "ticks": ["وزارة الدفاع الأذربيجانية", "F-16 طائرات مقاتلة", "2020-10-09 يوم الجمعة"],
    "legend": "أكثر من 1250 قتيلا",
    "note": "تراجع الحصيلة −5% خلال يوم",
    "multiline": "الرئيس الروسي\nفلاديمير بوتين",
    "money": "كلفة الذخيرة 5$ للطلقة",
}


def _figure(prepare):
    use_arabic_style()
    fig, ax = plt.subplots(figsize=(10, 6), dpi=100)
    # the data stays low so that no line crosses the text Tesseract must read
    ax.plot([0, 1, 2], [0.2, 0.5, 0.3], label=prepare(LABELS["legend"]))
    ax.set_ylim(0, 4.2)
    ax.set_title(prepare(LABELS["title"]), loc="right", fontsize=16)
    ax.set_xlabel(prepare(LABELS["xlabel"]), fontsize=14)
    ax.set_ylabel(prepare(LABELS["ylabel"]), fontsize=14)
    ax.set_xticks([0, 1, 2], [prepare(t) for t in LABELS["ticks"]], fontsize=12)
    ax.annotate(prepare(LABELS["note"]), (1.4, 2.9), fontsize=15, ha="center")
    ax.annotate(prepare(LABELS["multiline"]), (1.5, 1.4), fontsize=15, ha="center")
    ax.annotate(prepare(LABELS["money"]), (0.45, 1.9), fontsize=15, ha="center")
    plotting.legend_rtl(ax, loc="upper left", fontsize=13)
    fig.tight_layout()
    return fig


def _expected():
    return [LABELS["title"], LABELS["xlabel"], LABELS["legend"], *LABELS["ticks"],
            LABELS["multiline"], LABELS["note"], LABELS["money"]]


def test_native_ar_only_adds_isolates():
    for text in _expected():
        out = ar(text, native=True)
        assert out.replace(LRI, "").replace(PDI, "") == text
    assert ar("2020-10-09 يوم", native=True) == f"{LRI}2020-10-09{PDI} يوم"
    assert ar("no arabic here 2020", native=True) == "no arabic here 2020"


def test_legacy_ar_reshapes_and_reorders_line_by_line():
    text = "الرئيس الروسي\nفلاديمير بوتين"
    expected = "\n".join(get_display(arabic_reshaper.reshape(x), base_dir="R")
                         for x in text.split("\n"))
    assert ar(text, native=False) == expected
    assert wrong_way(text) == expected


def test_native_path_is_chosen_on_matplotlib_with_libraqm():
    from matplotlib import ft2font

    assert plotting.shapes_natively() == hasattr(ft2font, "__libraqm_version__")


needs_tesseract = pytest.mark.skipif(
    not plotting.tesseract_available("ara"),
    reason="Tesseract with its Arabic model is not installed "
           "(Debian: apt-get install tesseract-ocr tesseract-ocr-ara; .ci/run does it)")


@needs_tesseract
@pytest.mark.parametrize("fmt, tool", [("png", None), ("svg", "rsvg-convert"), ("pdf", "pdftoppm")])
def test_arabic_reads_back_right_to_left_and_the_wrong_way_does_not(fmt, tool):
    if tool and shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: librsvg2-bin / poppler-utils; .ci/run does it)")
    right = _figure(ar)
    wrong = _figure(wrong_way)
    try:
        good = legibility(right, _expected(), fmt=fmt)
        bad = legibility(wrong, _expected(), fmt=fmt)
    finally:
        plt.close(right)
        plt.close(wrong)
    assert good >= 0.75, f"{fmt}: only {good:.0%} of the Arabic read back from the right figure"
    assert bad <= 0.3, f"{fmt}: {bad:.0%} read back from the reversed figure: the check is blind"
