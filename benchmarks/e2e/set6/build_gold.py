"""Build and check set6/gold.json from hand-written annotations.

The annotations below were written from the articles and ANNOTATION.md alone (with
shared/gold/NOTES.md for the open calls); the package was not run on the texts.
Run: python benchmarks/e2e/set6/build_gold.py  (writes gold.json, then checks it).
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"

SENT_SPLIT = re.compile(r"(?<=[.!؟])\s+")


def N(text, value=None, qual="exact", unit=None, low=None, high=None):
    if qual == "range" or qual == "vague":
        assert value is None and low is not None and high is not None
    else:
        low = high = value
    return {"text": text, "value": value, "low": low, "high": high,
            "qualifier": qual, "unit": unit}


def V(text, unit, scale):
    """vague quantity: scale is the unit of عشرات (10), مئات (100), آلاف (1000) ..."""
    return N(text, None, "vague", unit, 3 * scale, 10 * scale)


def R(text, low, high, unit):
    return N(text, None, "range", unit, low, high)


def D(text, start, end=None, grain="day", rel=True):
    return {"text": text, "start": start, "end": end or start, "grain": grain,
            "relative": rel}


def C(text, value, qual, measure, subject, side, party, src, key=None, as_of=None,
      low=None, high=None):
    """key: a substring locating the claim's sentence (default: the source words or text)."""
    if qual in ("range", "vague"):
        assert value is None
    else:
        low = high = value
    return {"text": text, "value": value, "low": low, "high": high, "qualifier": qual,
            "measure": measure, "subject": subject, "side": side,
            "source_party": party, "source_text": src,
            "_key": key, "_as_of": as_of}


def CV(text, scale, measure, subject, side, party, src, key=None, as_of=None):
    return C(text, None, "vague", measure, subject, side, party, src, key, as_of,
             3 * scale, 10 * scale)


ARTICLES = []


def article(stem, outlet, published, title, body_start, body_end, inner_bp,
            numbers, dates, claims):
    ARTICLES.append(dict(stem=stem, outlet=outlet, published=published, title=title,
                         body_start=body_start, body_end=body_end, inner_bp=inner_bp,
                         numbers=numbers, dates=dates, claims=claims))

# ---------------------------------------------------------------- 1. 1992-94 war retrospective
article(
    "e6_01_war1994", "العربي الجديد", "2024-05-12",
    "ثلاثون عاماً على هدنة بيشكيك: حرب قره باغ الأولى بالأرقام",
    "في 12 مايو/أيار 1994 دخل وقف إطلاق النار", "وتقول اللجنة الدولية للصليب الأحمر",
    [],
    [
        N("ثلاثون", 30, unit="عاماً"),
        N("نحو 30 ألف", 30000, "approx", "شخص"),
        N("أكثر من 20 ألفاً", 20000, "more_than", "مواطنيها"),
        N("نحو أربعة آلاف", 4000, "approx"),
        N("قرابة ستة آلاف", 6000, "approx", "قتيل"),
        N("613", 613, unit="مدنياً"),
        N("106", 106, unit="نساء"),
        N("63", 63, unit="طفلاً"),
        N("1275", 1275, unit="سكانها"),
        N("ما لا يقل عن 200", 200, "at_least", "مدني"),
        N("سبع", 7, unit="مناطق"),
        N("أكثر من 600 ألف", 600000, "more_than", "أذربيجاني"),
        N("نحو 350 ألف", 350000, "approx", "أرمني"),
        N("نحو 200", 200, "approx", "عسكري"),
        N("44", 44, unit="يوماً"),
        N("نحو 4500", 4500, "approx", "مفقود"),
    ],
    [
        D("12 مايو/أيار 1994", "1994-05-12", rel=False),
        D("26 فبراير/شباط 1992", "1992-02-26", rel=False),
        D("عام 1993", "1993-01-01", "1993-12-31", "year", False),
        D("تسعينيات القرن الماضي", "1990-01-01", "1999-12-31", "decade", True),
        D("أبريل/نيسان 2016", "2016-04-01", "2016-04-30", "month", False),
        D("2020", "2020-01-01", "2020-12-31", "year", False),
    ],
    [
        C("نحو 30 ألف", 30000, "approx", "killed", "people", "both", "media",
          "التقديرات الأكثر تداولاً", as_of="1994-05-12"),
        C("أكثر من 20 ألفاً", 20000, "more_than", "killed", "people", "azerbaijan", "azerbaijan",
          "باكو", key="أكثر من 20 ألفاً"),
        C("نحو أربعة آلاف", 4000, "approx", "other", "people", "azerbaijan", "azerbaijan",
          "باكو", key="أكثر من 20 ألفاً"),
        C("قرابة ستة آلاف", 6000, "approx", "killed", "people", "armenia", "armenia", "يريفان",
          key="قرابة ستة آلاف"),
        C("613", 613, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية", as_of="1992-02-26"),
        C("106", 106, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية", as_of="1992-02-26"),
        C("63", 63, "exact", "killed", "children", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية", as_of="1992-02-26"),
        C("1275", 1275, "exact", "detained", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية", as_of="1992-02-26"),
        C("ما لا يقل عن 200", 200, "at_least", "killed", "civilians", "azerbaijan", "international",
          "منظمة هيومن رايتس ووتش", as_of="1993-12-31"),
        C("سبع", 7, "exact", "captured", "places", "azerbaijan", "media", None, key="سبع مناطق"),
        C("أكثر من 600 ألف", 600000, "more_than", "displaced", "people", "azerbaijan", "international",
          "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", as_of="1999-12-31"),
        C("نحو 350 ألف", 350000, "approx", "displaced", "people", "armenia", "international",
          "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", as_of="1999-12-31"),
        C("نحو 200", 200, "approx", "killed", "soldiers", "both", "media", None,
          key="نحو 200 عسكري", as_of="2016-04-30"),
        C("نحو 4500", 4500, "approx", "other", "people", "both", "international",
          "اللجنة الدولية للصليب الأحمر"),
    ],
)

# ---------------------------------------------------------------- 2. Tovuz, July 2020
article(
    "e6_02_tovuz2020", "سكاي نيوز عربية", "2020-07-15",
    "باكو: مقتل 11 عسكرياً بينهم لواء في اشتباكات تاوز الحدودية",
    "أعلنت وزارة الدفاع الأذربيجانية، اليوم الأربعاء", "وقال وزير الدفاع التركي",
    [],
    [
        N("11", 11, unit="عسكرياً"),
        N("11", 11, unit="عسكرياً"),
        N("76", 76, unit="عاماً"),
        N("نحو 20", 20, "approx", "جندياً"),
        N("13", 13, unit="طائرة"),
        N("أربعة", 4, unit="عسكريين"),
        N("عشرة", 10, unit="آخرين"),
        N("7 منازل على الأقل", 7, "at_least", "منازل"),
        N("نحو 100", 100, "approx", "سكان"),
        N("11", 11, unit="جندياً"),
    ],
    [
        D("اليوم الأربعاء", "2020-07-15"),
        D("الأحد", "2020-07-12"),
        D("فجر الثلاثاء", "2020-07-14"),
        D("عام 1994", "1994-01-01", "1994-12-31", "year", False),
    ],
    [
        C("11", 11, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan", "باكو",
          key="باكو: مقتل"),
        C("11", 11, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="ارتفاع حصيلة قتلاها"),
        C("نحو 20", 20, "approx", "killed", "soldiers", "armenia",
          "azerbaijan", "وأضافت", key="وقتلت نحو 20"),
        C("13", 13, "exact", "destroyed", "equipment", "azerbaijan", "armenia",
          "المتحدثة باسمها شوشان ستيبانيان"),
        C("أربعة", 4, "exact", "killed", "soldiers", "armenia", "armenia", "وأوضحت"),
        C("ضابطان", 2, "exact", "killed", "soldiers", "armenia", "armenia", "وأوضحت"),
        C("عشرة", 10, "exact", "injured", "soldiers", "armenia", "armenia", "وأوضحت"),
        C("7 منازل على الأقل", 7, "at_least", "destroyed", "other", "armenia", "armenia", "يريفان"),
        C("نحو 100", 100, "approx", "evacuated", "people", "azerbaijan", "azerbaijan",
          "السلطات المحلية في تاوز"),
        C("11", 11, "exact", "killed", "soldiers", "azerbaijan", "turkey",
          "وزير الدفاع التركي خلوصي أكار"),
    ],
)

# ---------------------------------------------------------------- 3. 2020 war, end of week one
article(
    "e6_03_week1_2020", "فرانس 24", "2020-10-04",
    "الانفصاليون في قره باغ: مقتل 51 عسكرياً إضافياً مع دخول المعارك أسبوعها الثاني",
    "أعلنت وزارة الدفاع في إقليم ناغورني قره باغ", "ودعا الرئيس الفرنسي",
    [],
    [
        N("51", 51, unit="عسكرياً"),
        N("51", 51, unit="عسكرياً"),
        N("209", 209, unit="عسكريين"),
        N("130", 130, unit="دبابة"),
        N("200", 200, unit="قطعة"),
        N("25", 25, unit="منظومة"),
        N("أكثر من 2300", 2300, "more_than", "جندي"),
        N("24", 24, unit="مدنياً"),
        N("121", 121, unit="آخرون"),
        N("19", 19, unit="مدنياً"),
        N("أكثر من 80", 80, "more_than", "آخرين"),
        N("ثلاث", 3, unit="طائرات"),
        N("49", 49, unit="طائرة"),
        N("أكثر من 7 آلاف", 7000, "more_than", "نازح"),
        N("نحو 250", 250, "approx", "شخصاً"),
    ],
    [
        D("اليوم الأحد", "2020-10-04"),
        D("27 سبتمبر/أيلول", "2020-09-27"),
        D("مساء السبت", "2020-10-03"),
    ],
    [
        C("51", 51, "exact", "killed", "soldiers", "armenia", "karabakh",
          "الانفصاليون في قره باغ"),
        C("51", 51, "exact", "killed", "soldiers", "armenia", "karabakh",
          "وزارة الدفاع في إقليم ناغورني قره باغ"),
        C("209", 209, "exact", "killed", "soldiers", "armenia", "karabakh",
          "وزارة الدفاع في إقليم ناغورني قره باغ"),
        C("130", 130, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("200", 200, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("25", 25, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("أكثر من 2300", 2300, "more_than", "killed", "soldiers", "armenia", "azerbaijan",
          "وأضافت"),
        C("24", 24, "exact", "killed", "civilians", "azerbaijan", "azerbaijan", "لكنها قالت",
          as_of="2020-10-03"),
        C("121", 121, "exact", "injured", "civilians", "azerbaijan", "azerbaijan", "لكنها قالت",
          as_of="2020-10-03"),
        C("19", 19, "exact", "killed", "civilians", "armenia", "karabakh",
          "المدافع عن حقوق الإنسان في قره باغ أرتاك بغلريان"),
        C("أكثر من 80", 80, "more_than", "injured", "civilians", "armenia", "karabakh",
          "المدافع عن حقوق الإنسان في قره باغ أرتاك بغلريان"),
        C("ثلاث", 3, "exact", "destroyed", "equipment", "azerbaijan", "armenia",
          "المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان"),
        C("49", 49, "exact", "destroyed", "equipment", "azerbaijan", "armenia",
          "المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان"),
        C("أكثر من 7 آلاف", 7000, "more_than", "displaced", "people", "armenia", "armenia",
          "الحكومة الأرمينية"),
        C("نحو 250", 250, "approx", "killed", "people", "both", "media",
          "إحصاء لوكالة فرانس برس"),
    ],
)

# ---------------------------------------------------------------- 4. Shusha, Nov 2020
article(
    "e6_04_shusha", "الجزيرة", "2020-11-09",
    "علييف: قواتنا حررت شوشة.. وستيباناكرت تتحدث عن معارك مستمرة",
    "أعلن الرئيس الأذربيجاني إلهام علييف، أمس الأحد", "ودعت منظمة العفو الدولية",
    [],
    [
        N("خمس", 5, unit="مدن"),
        N("286", 286, unit="قرية"),
        N("45", 45, unit="عسكرياً"),
        N("1221", 1221, unit="عسكرياً"),
        N("نحو 50", 50, "approx", "مدنياً"),
        N("93", 93, unit="مدنياً"),
        N("407", 407, unit="آخرين"),
        N("أكثر من 3 آلاف", 3000, "more_than", "منزل"),
        N("8", 8, unit="دبابات"),
        N("4", 4, unit="راجمات"),
        N("قرابة 5 آلاف", 5000, "approx", "شخص"),
        N("نحو 90 ألفاً", 90000, "approx", "سكان"),
        N("قرابة 40 ألف", 40000, "approx", "نازح"),
    ],
    [
        D("أمس الأحد", "2020-11-08"),
        D("مساء الأحد", "2020-11-08"),
        D("27 سبتمبر/أيلول الماضي", "2020-09-27"),
        D("أواخر سبتمبر/أيلول", "2020-09-01", "2020-09-30", "month"),
        D("الشهر الماضي", "2020-10-01", "2020-10-31", "month"),
    ],
    [
        C("خمس", 5, "exact", "captured", "places", "armenia", "azerbaijan", "علييف",
          key="خمس مدن", as_of="2020-11-08"),
        C("286", 286, "exact", "captured", "places", "armenia", "azerbaijan", "علييف",
          key="خمس مدن", as_of="2020-11-08"),
        C("45", 45, "exact", "killed", "soldiers", "armenia", "karabakh", "وزارة الدفاع في الإقليم"),
        C("1221", 1221, "exact", "killed", "soldiers", "armenia", "karabakh",
          "وزارة الدفاع في الإقليم"),
        C("نحو 50", 50, "approx", "killed", "civilians", "armenia", "karabakh", "وأضافت"),
        C("93", 93, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("407", 407, "exact", "injured", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("أكثر من 3 آلاف", 3000, "more_than", "destroyed", "other", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("8", 8, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("4", 4, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("قرابة 5 آلاف", 5000, "approx", "killed", "people", "both", "russia",
          "الرئيس الروسي فلاديمير بوتين", as_of="2020-10-31"),
        C("نحو 90 ألفاً", 90000, "approx", "displaced", "people", "armenia", "karabakh",
          "سلطات قره باغ"),
        C("قرابة 40 ألف", 40000, "approx", "displaced", "people", "armenia", "armenia",
          "وزارة الطوارئ الأرمينية"),
    ],
)

# ---------------------------------------------------------------- 5. POW exchange, Dec 2020 (Eastern digits)
article(
    "e6_05_pows", "الخليج", "2020-12-15",
    "تبادل ٤٤ أسيراً أرمينياً و١٢ أذربيجانياً بوساطة روسية",
    "أعلنت أرمينيا وأذربيجان، أمس الاثنين", "واتهمت منظمة هيومن رايتس ووتش",
    [],
    [
        N("٤٤", 44, unit="أسيراً"),
        N("١٢", 12, unit="أذربيجانياً"),
        N("٤٤", 44, unit="أسيراً"),
        N("١٢", 12, unit="مواطنيها"),
        N("أكثر من ٦٠", 60, "more_than", "شخصاً"),
        N("١٩٦٠", 1960, unit="جندياً"),
        N("أكثر من ٤١ ألف", 41000, "more_than", "نازح"),
        N("٢٧١٨", 2718, unit="عسكرياً"),
        N("٤٤", 44, unit="يوماً"),
        N("٢٧٨٣", 2783, unit="جنودها"),
        N("أكثر من ١٠٠", 100, "more_than", "آخرين"),
        N("نحو ٢٠٠", 200, "approx", "شخص"),
        N("١٧", 17, unit="جريحاً"),
        N("ما لا يقل عن ٢٠", 20, "at_least", "أسيراً"),
    ],
    [
        D("أمس الاثنين", "2020-12-14"),
        D("١٠ نوفمبر/تشرين الثاني الماضي", "2020-11-10"),
        D("منتصف نوفمبر/تشرين الثاني", "2020-11-01", "2020-11-30", "month"),
        D("الثالث من ديسمبر/كانون الأول", "2020-12-03"),
    ],
    [
        C("٤٤", 44, "exact", "detained", "people", "armenia", "media", None, key="تبادل ٤٤"),
        C("١٢", 12, "exact", "detained", "people", "azerbaijan", "media", None, key="تبادل ٤٤"),
        C("٤٤", 44, "exact", "detained", "people", "armenia", "armenia",
          "رئيس الوزراء الأرميني نيكول باشينيان"),
        C("١٢", 12, "exact", "detained", "people", "azerbaijan", "azerbaijan", "باكو",
          key="تسلّم ١٢"),
        C("مدنيان", 2, "exact", "detained", "civilians", "azerbaijan", "azerbaijan", "باكو",
          key="مدنيان"),
        C("أكثر من ٦٠", 60, "more_than", "detained", "people", "armenia", "armenia",
          "مكتب باشينيان"),
        C("أكثر من ٤١ ألف", 41000, "more_than", "other", "people", "armenia", "russia",
          "وزارة الدفاع الروسية"),
        C("٢٧١٨", 2718, "exact", "killed", "soldiers", "armenia", "armenia",
          "وزارة الصحة الأرمينية"),
        C("٢٧٨٣", 2783, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2020-12-03"),
        C("أكثر من ١٠٠", 100, "more_than", "other", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2020-12-03"),
        C("نحو ٢٠٠", 200, "approx", "other", "people", "both", "international",
          "اللجنة الدولية للصليب الأحمر"),
        C("١٧", 17, "exact", "evacuated", "people", "armenia", "international",
          "اللجنة الدولية للصليب الأحمر"),
        C("ما لا يقل عن ٢٠", 20, "at_least", "detained", "people", "armenia", "international",
          "منظمة هيومن رايتس ووتش"),
    ],
)

# ---------------------------------------------------------------- 6. Sept 2022 border fighting
article(
    "e6_06_sept2022", "اندبندنت عربية", "2022-09-21",
    "يريفان: ارتفاع عدد جنودنا القتلى في المواجهات مع أذربيجان إلى 207",
    "أعلنت وزارة الدفاع الأرمينية، اليوم الأربعاء", "وتعد هذه المواجهات الأعنف",
    [],
    [
        N("207", 207),
        N("207", 207),
        N("16", 16, unit="مجنداً"),
        N("135", 135, unit="قتيلاً"),
        N("293", 293, unit="عسكرياً"),
        N("20", 20, unit="آخرين"),
        N("80", 80, unit="عسكرياً"),
        N("281", 281, unit="آخرين"),
        N("أكثر من 2700", 2700, "more_than", "مدني"),
        N("ما لا يقل عن 200", 200, "at_least", "شخص"),
        N("أكثر من 100", 100, "more_than", "جندي"),
        N("100", 100, unit="جندي"),
    ],
    [
        D("اليوم الأربعاء", "2022-09-21"),
        D("ليل الاثنين الثلاثاء", "2022-09-12", "2022-09-13"),
        D("الخميس الماضي", "2022-09-15"),
        D("الأحد", "2022-09-18"),
        D("2020", "2020-01-01", "2020-12-31", "year", False),
        D("مساء الأربعاء الماضي", "2022-09-14"),
    ],
    [
        C("207", 207, "exact", "killed", "soldiers", "armenia", "armenia", "يريفان",
          key="يريفان: ارتفاع"),
        C("207", 207, "exact", "killed", "soldiers", "armenia", "armenia",
          "وزارة الدفاع الأرمينية"),
        C("16", 16, "exact", "killed", "soldiers", "armenia", "armenia", "وزارة الدفاع الأرمينية"),
        C("135", 135, "exact", "killed", "soldiers", "armenia", "armenia", "الوزارة",
          key="الحصيلة السابقة", as_of="2022-09-15"),
        C("293", 293, "exact", "injured", "soldiers", "armenia", "armenia", "وأضافت"),
        C("20", 20, "exact", "detained", "soldiers", "armenia", "armenia", "وأضافت"),
        C("80", 80, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("281", 281, "exact", "injured", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("منظومتين", 2, "exact", "destroyed", "equipment", "armenia", "azerbaijan", "باكو"),
        C("أكثر من 2700", 2700, "more_than", "displaced", "civilians", "armenia", "armenia",
          "أمينة المظالم الأرمينية كريستينه غريغوريان"),
        C("ما لا يقل عن 200", 200, "at_least", "killed", "people", "both", "france",
          "وزيرة الخارجية الفرنسية كاترين كولونا"),
        C("أكثر من 100", 100, "more_than", "killed", "soldiers", "armenia", "usa",
          "رئيسة مجلس النواب الأميركي نانسي بيلوسي", as_of="2022-09-18"),
        C("100", 100, "exact", "killed", "soldiers", "armenia", "armenia", "يريفان",
          key="جثث 100"),
    ],
)

# ---------------------------------------------------------------- 7. Sept 2023 offensive and exodus
article(
    "e6_07_exodus2023", "العربية.نت", "2023-10-02",
    "قره باغ شبه خالية: أكثر من 100 ألف لاجئ يصلون إلى أرمينيا خلال أسبوع",
    "أعلنت الحكومة الأرمينية، أمس الأحد", "ووصلت بعثة للأمم المتحدة",
    [],
    [
        N("أكثر من 100 ألف", 100000, "more_than", "لاجئ"),
        N("100 ألف و514", 100514, unit="شخصاً"),
        N("نحو 120 ألفاً", 120000, "approx"),
        N("أكثر من 30 ألف", 30000, "more_than", "طفل"),
        N("200 شخص على الأقل", 200, "at_least", "شخص"),
        N("10", 10, unit="مدنيين"),
        N("خمسة", 5, unit="أطفال"),
        N("أكثر من 400", 400, "more_than", "آخرين"),
        N("192", 192, unit="جنودها"),
        N("511", 511),
        N("أكثر من 90", 90, "more_than", "موقعاً"),
        V("مئات", "السكان", 100),
        N("218", 218, unit="شخصاً"),
        N("105", 105, unit="آخرين"),
        N("نحو 290", 290, "approx", "مصاباً"),
        N("خمسة", 5, unit="عناصر"),
        N("أكثر من 5 آلاف", 5000, "more_than", "مدني"),
        N("نحو 30", 30, "approx", "عاماً"),
        R("ما بين 50 و1000", 50, 1000, "السكان"),
    ],
    [
        D("أمس الأحد", "2023-10-01"),
        D("24 سبتمبر/أيلول", "2023-09-24"),
        D("19 سبتمبر/أيلول", "2023-09-19"),
        D("21 سبتمبر/أيلول", "2023-09-21"),
        D("الخميس الماضي", "2023-09-28"),
        D("25 سبتمبر/أيلول", "2023-09-25"),
        D("20 سبتمبر/أيلول", "2023-09-20"),
        D("أمس الأحد", "2023-10-01"),
    ],
    [
        C("أكثر من 100 ألف", 100000, "more_than", "displaced", "people", "armenia", "media", None,
          key="قره باغ شبه خالية"),
        C("100 ألف و514", 100514, "exact", "displaced", "people", "armenia", "armenia",
          "الحكومة الأرمينية", as_of="2023-10-01"),
        C("أكثر من 30 ألف", 30000, "more_than", "displaced", "children", "armenia", "armenia",
          "نائب رئيس الوزراء الأرميني تيغران خاتشاتريان"),
        C("200 شخص على الأقل", 200, "at_least", "killed", "people", "armenia", "karabakh",
          "أمين المظالم في قره باغ غيغام ستيبانيان", as_of="2023-09-21"),
        C("10", 10, "exact", "killed", "civilians", "armenia", "karabakh",
          "أمين المظالم في قره باغ غيغام ستيبانيان", as_of="2023-09-21"),
        C("خمسة", 5, "exact", "killed", "children", "armenia", "karabakh",
          "أمين المظالم في قره باغ غيغام ستيبانيان", as_of="2023-09-21"),
        C("أكثر من 400", 400, "more_than", "injured", "people", "armenia", "karabakh",
          "أمين المظالم في قره باغ غيغام ستيبانيان", as_of="2023-09-21"),
        C("192", 192, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2023-09-28"),
        C("511", 511, "exact", "injured", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2023-09-28"),
        C("أكثر من 90", 90, "more_than", "captured", "places", "armenia", "azerbaijan", "وأضافت",
          key="أكثر من 90 موقعاً"),
        C("218", 218, "exact", "killed", "people", "armenia", "karabakh", "السلطات الانفصالية"),
        C("105", 105, "exact", "other", "people", "armenia", "karabakh", "السلطات الانفصالية"),
        C("نحو 290", 290, "approx", "evacuated", "people", "armenia", "karabakh",
          "السلطات الانفصالية"),
        C("خمسة", 5, "exact", "killed", "soldiers", "russia", "russia", "وزارة الدفاع الروسية",
          as_of="2023-09-20"),
        C("أكثر من 5 آلاف", 5000, "more_than", "evacuated", "civilians", "armenia", "russia",
          "وأضافت", key="آوت في قاعدتها"),
    ],
)

# ---------------------------------------------------------------- 8. Sudan, El Geneina
article(
    "e6_08_geneina", "DW عربية", "2024-01-19",
    "الأمم المتحدة: ما بين 10 آلاف و15 ألف قتيل في الجنينة بدارفور",
    "قدّر تقرير لخبراء الأمم المتحدة", "وتقدّر الأمم المتحدة أن الحرب شرّدت",
    [],
    [
        R("ما بين 10 آلاف و15 ألف", 10000, 15000, "قتيل"),
        R("ما بين 10 آلاف و15 ألف", 10000, 15000, "شخص"),
        N("نحو 500 ألف", 500000, "approx", "سوداني"),
        N("أكثر من 850", 850, "more_than", "جريحاً"),
        N("87 شخصاً على الأقل", 87, "at_least", "شخصاً"),
        N("أكثر من 1300", 1300, "more_than", "شخص"),
        N("ما لا يقل عن 8 آلاف", 8000, "at_least", "وافد"),
        V("مئات", "عناصر", 100),
        N("أكثر من 7 ملايين", 7000000, "more_than", "شخص"),
        N("أكثر من 13 ألف", 13000, "more_than", "قتيل"),
    ],
    [
        D("اليوم الجمعة", "2024-01-19"),
        D("العام الماضي", "2023-01-01", "2023-12-31", "year"),
        D("أبريل/نيسان 2023", "2023-04-01", "2023-04-30", "month", False),
        D("منتصف يونيو/حزيران", "2023-06-01", "2023-06-30", "month"),
        D("14 يونيو/حزيران", "2023-06-14"),
        D("يوليو/تموز", "2023-07-01", "2023-07-31", "month"),
        D("نوفمبر/تشرين الثاني", "2023-11-01", "2023-11-30", "month"),
    ],
    [
        C("ما بين 10 آلاف و15 ألف", None, "range", "killed", "people", "unknown", "international",
          "الأمم المتحدة", key="الأمم المتحدة: ما بين", low=10000, high=15000),
        C("ما بين 10 آلاف و15 ألف", None, "range", "killed", "people", "unknown", "international",
          "تقرير لخبراء الأمم المتحدة", low=10000, high=15000),
        C("نحو 500 ألف", 500000, "approx", "displaced", "people", "unknown", "international",
          "التقرير", key="نحو 500 ألف"),
        C("أكثر من 850", 850, "more_than", "injured", "people", "unknown", "international",
          "منظمة أطباء بلا حدود", as_of="2023-06-30"),
        C("87 شخصاً على الأقل", 87, "at_least", "killed", "people", "unknown", "international",
          "مكتب حقوق الإنسان التابع للأمم المتحدة", as_of="2023-07-31"),
        C("أكثر من 1300", 1300, "more_than", "killed", "people", "unknown", "international",
          "منظمات حقوقية محلية", as_of="2023-11-30"),
        C("ما لا يقل عن 8 آلاف", 8000, "at_least", "displaced", "people", "unknown", "international",
          "المفوضية الأممية لشؤون اللاجئين", as_of="2023-11-30"),
        CV("مئات", 100, "detained", "soldiers", "unknown", "unknown", "قوات الدعم السريع",
           key="أسرت مئات"),
        C("أكثر من 7 ملايين", 7000000, "more_than", "displaced", "people", "unknown",
          "international", "الأمم المتحدة", key="شرّدت"),
        C("أكثر من 13 ألف", 13000, "more_than", "killed", "people", "unknown", "international",
          "مشروع بيانات مواقع وأحداث النزاعات المسلحة (أكليد)"),
    ],
)

# ---------------------------------------------------------------- 9. Gaza, al-Tabi'in school
article(
    "e6_09_gaza_school", "عربي21", "2024-08-10",
    "الدفاع المدني في غزة: أكثر من 90 شهيداً في قصف مدرسة تؤوي نازحين",
    "قال الدفاع المدني في قطاع غزة", "ودانت مصر وقطر والأردن",
    [],
    [
        N("أكثر من 90", 90, "more_than", "شهيداً"),
        N("أكثر من 90", 90, "more_than", "فلسطينياً"),
        N("11", 11, unit="طفلاً"),
        N("6", 6, unit="نساء"),
        V("عشرات", "المصابين", 10),
        N("19 مسلحاً على الأقل", 19, "at_least", "مسلحاً"),
        N("39 ألفاً و790", 39790, unit="شهيداً"),
        N("92 ألفاً و14", 92014, unit="مصاباً"),
        N("ما يزيد على 274", 274, "more_than", "شخصاً"),
        N("21 مدرسة على الأقل", 21, "at_least", "مدرسة"),
        N("نحو 1.9 مليون", 1900000, "approx", "شخص"),
        N("قرابة 90", 90, "approx", "في المئة"),
    ],
    [
        D("فجر اليوم السبت", "2024-08-10"),
        D("السابع من أكتوبر/تشرين الأول الماضي", "2023-10-07"),
        D("مطلع يوليو/تموز", "2024-07-01", "2024-07-31", "month"),
    ],
    [
        C("أكثر من 90", 90, "more_than", "killed", "people", "unknown", "unknown",
          "الدفاع المدني في غزة"),
        C("أكثر من 90", 90, "more_than", "killed", "people", "unknown", "unknown",
          "الدفاع المدني في قطاع غزة"),
        C("11", 11, "exact", "killed", "children", "unknown", "unknown",
          "المتحدث باسم الجهاز محمود بصل"),
        C("6", 6, "exact", "killed", "civilians", "unknown", "unknown",
          "المتحدث باسم الجهاز محمود بصل"),
        CV("عشرات", 10, "injured", "people", "unknown", "unknown",
           "المتحدث باسم الجهاز محمود بصل"),
        C("19 مسلحاً على الأقل", 19, "at_least", "killed", "soldiers", "unknown", "unknown",
          "الجيش الإسرائيلي"),
        C("39 ألفاً و790", 39790, "exact", "killed", "people", "unknown", "unknown",
          "وزارة الصحة في غزة"),
        C("92 ألفاً و14", 92014, "exact", "injured", "people", "unknown", "unknown",
          "وزارة الصحة في غزة"),
        C("ما يزيد على 274", 274, "more_than", "killed", "people", "unknown", "international",
          "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"),
        C("21 مدرسة على الأقل", 21, "at_least", "other", "other", "unknown", "international",
          "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"),
        C("نحو 1.9 مليون", 1900000, "approx", "displaced", "people", "unknown", "international",
          "الأمم المتحدة", key="نحو 1.9 مليون"),
    ],
)

# ---------------------------------------------------------------- 10. Yemen, Saada migrant centre
article(
    "e6_10_saada", "يمن مونيتور", "2025-04-29",
    "الحوثيون: 68 قتيلاً و47 جريحاً من المهاجرين الأفارقة بغارة أميركية على صعدة",
    "أعلنت جماعة الحوثي، أمس الاثنين", "ووثّقت منظمة \"إيروورز\"",
    [],
    [
        N("68", 68, unit="قتيلاً"),
        N("47", 47, unit="جريحاً"),
        N("68", 68, unit="مهاجراً"),
        N("47", 47, unit="آخرين"),
        N("115", 115, unit="مهاجراً"),
        N("نحو 5 آلاف", 5000, "approx", "مهاجر"),
        N("أكثر من 60 ألف", 60000, "more_than", "مهاجر"),
        N("أكثر من 800", 800, "more_than", "غارة"),
        V("مئات", "المقاتلين", 100),
        N("ما لا يقل عن 250", 250, "at_least", "مدنياً"),
        N("نحو 400", 400, "approx", "آخرين"),
        N("80", 80, unit="شخصاً"),
        N("150", 150, unit="آخرين"),
        R("ما بين 27 و55", 27, 55, "مدنياً"),
    ],
    [
        D("أمس الاثنين", "2025-04-28"),
        D("العام الماضي", "2024-01-01", "2024-12-31", "year"),
        D("15 مارس/آذار", "2025-03-15"),
        D("منتصف مارس/آذار", "2025-03-01", "2025-03-31", "month"),
        D("17 أبريل/نيسان", "2025-04-17"),
    ],
    [
        C("68", 68, "exact", "killed", "people", "unknown", "unknown", "الحوثيون"),
        C("47", 47, "exact", "injured", "people", "unknown", "unknown", "الحوثيون"),
        C("68", 68, "exact", "killed", "people", "unknown", "unknown", "جماعة الحوثي",
          as_of="2025-04-28"),
        C("47", 47, "exact", "injured", "people", "unknown", "unknown", "جماعة الحوثي",
          as_of="2025-04-28"),
        C("نحو 5 آلاف", 5000, "approx", "detained", "people", "unknown", "international",
          "المنظمة الدولية للهجرة"),
        CV("مئات", 100, "killed", "soldiers", "unknown", "unknown", "القيادة المركزية الأميركية"),
        C("ما لا يقل عن 250", 250, "at_least", "killed", "civilians", "unknown", "unknown",
          "وزارة الصحة في حكومة الحوثيين"),
        C("نحو 400", 400, "approx", "injured", "civilians", "unknown", "unknown",
          "وزارة الصحة في حكومة الحوثيين"),
        C("80", 80, "exact", "killed", "people", "unknown", "unknown", "الجماعة",
          key="رأس عيسى في 17", as_of="2025-04-17"),
        C("150", 150, "exact", "injured", "people", "unknown", "unknown", "الجماعة",
          key="رأس عيسى في 17", as_of="2025-04-17"),
        C("ما بين 27 و55", None, "range", "killed", "civilians", "unknown", "international",
          "منظمة \"إيروورز\"", low=27, high=55),
    ],
)


# ================================================================ build
def sentences(line):
    return [s for s in SENT_SPLIT.split(line.strip()) if s]


def build():
    manifest = (ART / "manifest.csv").read_text(encoding="utf-8")
    out = []
    for a in ARTICLES:
        raw = (ART / f"{a['stem']}.txt").read_text(encoding="utf-8")
        assert a["stem"] + ".txt" in manifest, a["stem"]
        lines = [ln.strip() for ln in raw.splitlines()]
        nonempty = [ln for ln in lines if ln]
        ti = nonempty.index(a["title"])
        bs = [i for i, ln in enumerate(nonempty) if ln.startswith(a["body_start"])]
        be = [i for i, ln in enumerate(nonempty) if ln.startswith(a["body_end"])]
        assert len(bs) == 1 and len(be) == 1, (a["stem"], bs, be)
        bs, be = bs[0], be[0]
        assert ti < bs <= be
        for ln in a["inner_bp"]:
            assert ln in nonempty[bs:be + 1], (a["stem"], ln)
        boiler = [ln for i, ln in enumerate(nonempty)
                  if i != ti and (i < bs or i > be or ln in a["inner_bp"])]
        body_lines = [ln for ln in nonempty[bs:be + 1] if ln not in a["inner_bp"]]
        content = [a["title"]] + body_lines
        claims = []
        for c in a["claims"]:
            key = c.pop("_key") or c["source_text"] or c["text"]
            as_of = c.pop("_as_of") or a["published"]
            cands = [s for ln in content for s in sentences(ln) if key in s and c["text"] in s]
            if not cands and key in a["title"]:
                cands = [a["title"]]
            assert len(cands) == 1, (a["stem"], key, cands)
            c["as_of"] = as_of
            c["sentence"] = cands[0]
            claims.append({k: c[k] for k in (
                "text", "value", "low", "high", "qualifier", "measure", "subject", "side",
                "source_party", "source_text", "sentence", "as_of")})
        out.append({"article": a["stem"], "outlet": a["outlet"], "published": a["published"],
                    "title": a["title"], "boilerplate": boiler, "numbers": a["numbers"],
                    "dates": a["dates"], "claims": claims,
                    "_body": "\n".join(content)})
    return out


WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague"}
MEASURES = {"killed", "injured", "displaced", "evacuated", "destroyed", "captured", "detained",
            "other"}
SUBJECTS = {"people", "civilians", "soldiers", "children", "journalists", "equipment",
            "places", "other"}
SIDES = {"armenia", "azerbaijan", "both", "russia", "unknown"}
PARTIES = {"azerbaijan", "armenia", "karabakh", "russia", "turkey", "france", "usa",
           "international", "media", "unknown"}


def check(gold):
    errors = []

    def err(stem, msg):
        errors.append(f"{stem}: {msg}")

    seeds = json.loads((HERE.parents[2] / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    keys3 = list(seeds[0].keys())
    for a in gold:
        stem = a["article"]
        body = a.pop("_body")
        if list(a.keys()) != keys3:
            err(stem, f"keys {list(a.keys())} != {keys3}")
        raw = (ART / f"{stem}.txt").read_text(encoding="utf-8")
        raw_lines = [ln.strip() for ln in raw.splitlines()]
        pub = dt.date.fromisoformat(a["published"])
        if a["title"] not in raw_lines:
            err(stem, "title is not a line")
        for b in a["boilerplate"]:
            if b not in raw_lines:
                err(stem, f"boilerplate not a line: {b}")
        body_only = body.split("\n", 1)[1]
        words = len(body_only.split())
        if not 200 <= words <= 450:
            err(stem, f"body has {words} words")
        # numbers
        for n in a["numbers"]:
            if body.count(n["text"]) < sum(1 for m in a["numbers"] if m["text"] == n["text"]):
                err(stem, f"number text too rare in body: {n['text']}")
            if n["qualifier"] not in QUALS:
                err(stem, f"qualifier {n['qualifier']}")
            if n["qualifier"] in ("range", "vague"):
                if n["value"] is not None or not n["low"] < n["high"]:
                    err(stem, f"bad range {n}")
            elif not (n["value"] == n["low"] == n["high"]):
                err(stem, f"bad bounds {n}")
            if n["unit"] is not None and n["unit"] not in body:
                err(stem, f"unit not in body {n['unit']}")
        # dates
        for d in a["dates"]:
            if body.count(d["text"]) < sum(1 for e in a["dates"] if e["text"] == d["text"]):
                err(stem, f"date text too rare in body: {d['text']}")
            s, e = dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])
            if s > e:
                err(stem, f"start>end {d}")
            if d["grain"] not in ("day", "week", "month", "year", "decade"):
                err(stem, f"grain {d}")
            if d["grain"] == "day" and (e - s).days > 1:
                err(stem, f"day span {d}")
            if d["grain"] == "week" and not (s.weekday() == 0 and (e - s).days == 6):
                err(stem, f"week not Mon-Sun {d}")
            if d["grain"] == "month" and s.day != 1:
                err(stem, f"month start {d}")
            if d["grain"] == "year" and not (s.month == 1 and s.day == 1 and e.month == 12
                                             and e.day == 31):
                err(stem, f"year bounds {d}")
            if d["relative"] and d["grain"] in ("day",) and s > pub and not any(
                    w in d["text"] for w in ("غدا", "المقبل")):
                err(stem, f"relative day after published {d}")
            for w, k in WEEKDAYS.items():
                if w in d["text"] and d["grain"] == "day":
                    if d["text"].startswith("ليل") and "ليل" in d["text"]:
                        continue
                    if s.weekday() != k and e.weekday() != k:
                        err(stem, f"weekday mismatch {d}")
        # claims
        for c in a["claims"]:
            if c["text"] not in c["sentence"]:
                err(stem, f"claim text not in sentence {c['text']}")
            if c["sentence"] not in body:
                err(stem, f"sentence not in body {c['sentence'][:40]}")
            if c["source_text"] is not None and c["source_text"] not in c["sentence"]:
                err(stem, f"source not in sentence {c['source_text']}")
            if c["measure"] not in MEASURES or c["subject"] not in SUBJECTS:
                err(stem, f"measure/subject {c}")
            if c["side"] not in SIDES or c["source_party"] not in PARTIES:
                err(stem, f"side/party {c}")
            if c["qualifier"] in ("range", "vague"):
                if c["value"] is not None or not c["low"] < c["high"]:
                    err(stem, f"bad claim range {c}")
            elif not (c["value"] == c["low"] == c["high"]):
                err(stem, f"bad claim bounds {c}")
            dt.date.fromisoformat(c["as_of"])
            if dt.date.fromisoformat(c["as_of"]) > pub:
                err(stem, f"as_of after published {c}")
            matching = [n for n in a["numbers"] if n["text"] == c["text"]]
            if matching:
                if not any((n["low"], n["high"]) == (c["low"], c["high"]) for n in matching):
                    err(stem, f"claim bounds differ from its number {c['text']}")
            elif c["value"] != 2:
                err(stem, f"claim without a number mention {c['text']}")
            if stem >= "e6_08" and c["side"] != "unknown":
                err(stem, "non-Karabakh side must be unknown")
            if stem >= "e6_08" and c["source_party"] not in ("media", "international", "unknown"):
                err(stem, "non-Karabakh party")
        if not 8 <= len(a["claims"]) <= 15:
            err(stem, f"{len(a['claims'])} claims")
        for c in a["claims"]:
            if c["value"] == 2 and not any(n["text"] == c["text"] for n in a["numbers"]):
                if not re.search(r"(ان|ين)$", c["text"]):
                    err(stem, f"dual claim without dual ending {c['text']}")
    return errors


if __name__ == "__main__":
    gold = build()
    errors = check(gold)
    for e in errors:
        print("ERROR", e)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    for a in gold:
        print(f"{a['article']:22s} numbers {len(a['numbers']):2d} dates {len(a['dates']):2d} "
              f"claims {len(a['claims']):2d} boilerplate {len(a['boilerplate']):2d}")
    sys.exit(1 if errors else 0)
