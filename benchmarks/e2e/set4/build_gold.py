"""Build and check set4/gold.json from hand-written annotations.

The annotations below were written from the articles and ANNOTATION.md alone (with
shared/gold/NOTES.md for the open calls); the package was not run on the texts.
Run: python benchmarks/e2e/set4/build_gold.py  (writes gold.json, then checks it).
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


# ---------------------------------------------------------------- 1. April 2016
article(
    "e4_01_april2016", "الجزيرة", "2016-04-05",
    "باكو تعلن وقف إطلاق النار في قره باغ ويريفان تتحدث عن خروقات",
    "أعلنت وزارة الدفاع الأذربيجانية اليوم الثلاثاء", "ويعود النزاع على الإقليم",
    [],
    [
        N("أربعة", 4, unit="أيام"),
        N("31", 31, unit="عسكرييها"),
        N("29", 29, unit="جنديا"),
        N("101", 101, unit="آخرون"),
        N("28", 28),
        N("أكثر من 320", 320, "more_than", "جنديا"),
        N("24", 24, unit="دبابة"),
        N("نحو 15", 15, "approx", "منظومة"),
        N("نحو 200", 200, "approx", "عسكري"),
        N("ستة", 6, unit="مدنيين"),
        N("12", 12, unit="عاما"),
        N("نحو ألفين", 2000, "approx", "سكان"),
        N("نحو 30 ألف", 30000, "approx", "شخص"),
        N("سبع", 7, unit="مناطق"),
    ],
    [
        D("اليوم الثلاثاء", "2016-04-05"),
        D("عام 1994", "1994-01-01", "1994-12-31", "year", False),
        D("صباح اليوم", "2016-04-05"),
        D("ليل الجمعة السبت", "2016-04-01", "2016-04-02"),
        D("أمس الاثنين", "2016-04-04"),
        D("السبت", "2016-04-02"),
        D("الأسبوع المقبل", "2016-04-11", "2016-04-17", "week"),
        D("عامي 1988 و1994", "1988-01-01", "1994-12-31", "year", False),
    ],
    [
        C("31", 31, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan", "باكو"),
        C("29", 29, "exact", "killed", "soldiers", "armenia", "armenia", "يريفان", key="29 جنديا"),
        C("101", 101, "exact", "injured", "soldiers", "armenia", "armenia", "يريفان", key="101 آخرون"),
        C("28", 28, "exact", "other", "soldiers", "armenia", "armenia", "يريفان", key="وفُقد 28"),
        C("أكثر من 320", 320, "more_than", "killed", "soldiers", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="أكثر من 320"),
        C("24", 24, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="24 دبابة"),
        C("نحو 15", 15, "approx", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="نحو 15"),
        C("طائرتين", 2, "exact", "destroyed", "equipment", "azerbaijan", "karabakh",
          "وزارة الدفاع في قره باغ", key="طائرتين"),
        C("نحو 200", 200, "approx", "killed", "soldiers", "azerbaijan", "karabakh",
          "وزارة الدفاع في قره باغ", key="نحو 200"),
        C("ستة", 6, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("نحو ألفين", 2000, "approx", "displaced", "people", "armenia", "armenia",
          "وزارة الخارجية الأرمينية"),
        C("نحو 30 ألف", 30000, "approx", "killed", "people", "both", "media", None),
        C("سبع", 7, "exact", "captured", "places", "azerbaijan", "media", None, key="وسبع مناطق"),
    ],
)

# ---------------------------------------------------------------- 2. Ganja, Oct 2020
article(
    "e4_02_ganja", "القدس العربي", "2020-10-17",
    "أذربيجان: 13 قتيلا في قصف صاروخي على كنجة.. وأرمينيا تنفي",
    "باكو - (أ ف ب) - قُتل 13 مدنيا", "ودعت وزارة الخارجية الفرنسية",
    [],
    [
        N("13", 13, unit="قتيلا"),
        N("13 مدنيا على الأقل", 13, "at_least", "مدنيا"),
        N("أكثر من 50", 50, "more_than", "آخرين"),
        N("نحو 20", 20, "approx", "منزلا"),
        N("ثلاثة", 3, unit="أطفال"),
        N("10", 10, unit="أشخاص"),
        N("أكثر من 30", 30, "more_than", "آخرين"),
        N("673", 673, unit="مقاتليها"),
        N("36", 36, unit="مدنيا"),
        N("60", 60, unit="مدنيا"),
        N("270", 270, unit="آخرون"),
    ],
    [
        D("ليل الجمعة السبت", "2020-10-16", "2020-10-17"),
        D("العاشر من أكتوبر/تشرين الأول", "2020-10-10"),
        D("فجر الأحد 11 أكتوبر", "2020-10-11"),
        D("27 سبتمبر/أيلول", "2020-09-27"),
    ],
    [
        C("13", 13, "exact", "killed", "people", "azerbaijan", "azerbaijan", "أذربيجان",
          key="أذربيجان: 13 قتيلا"),
        C("13 مدنيا على الأقل", 13, "at_least", "killed", "civilians", "azerbaijan", "azerbaijan",
          "السلطات الأذربيجانية", as_of="2020-10-17"),
        C("أكثر من 50", 50, "more_than", "injured", "civilians", "azerbaijan", "azerbaijan",
          "السلطات الأذربيجانية", as_of="2020-10-17"),
        C("نحو 20", 20, "approx", "destroyed", "other", "azerbaijan", "azerbaijan",
          "حكمت حاجييف، مساعد الرئيس الأذربيجاني"),
        C("ثلاثة", 3, "exact", "killed", "children", "azerbaijan", "azerbaijan",
          "حكمت حاجييف، مساعد الرئيس الأذربيجاني"),
        C("10", 10, "exact", "killed", "people", "azerbaijan", "azerbaijan",
          "النيابة العامة في باكو", as_of="2020-10-11"),
        C("أكثر من 30", 30, "more_than", "injured", "people", "azerbaijan", "azerbaijan",
          "النيابة العامة في باكو", as_of="2020-10-11"),
        C("673", 673, "exact", "killed", "soldiers", "armenia", "karabakh",
          "السلطات الانفصالية في قره باغ"),
        C("36", 36, "exact", "killed", "civilians", "armenia", "karabakh",
          "السلطات الانفصالية في قره باغ"),
        C("60", 60, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "مكتب المدعي العام الأذربيجاني"),
        C("270", 270, "exact", "injured", "civilians", "azerbaijan", "azerbaijan",
          "مكتب المدعي العام الأذربيجاني"),
    ],
)

# ---------------------------------------------------------------- 3. Sept 2022 clashes
article(
    "e4_03_sept2022", "الشرق الأوسط", "2022-09-16",
    "أرمينيا: 135 جندياً قتلوا في الاشتباكات مع أذربيجان... وباكو تعلن 77",
    "أعلن رئيس الوزراء الأرميني نيكول باشينيان، أمس الخميس", "وتعد هذه المواجهات الأعنف",
    [],
    [
        N("135", 135, unit="جندياً"),
        N("77", 77),
        N("135", 135),
        N("أكثر من 7600", 7600, "more_than", "شخص"),
        N("1400 طفل تقريبا", 1400, "approx", "طفل"),
        N("77", 77, unit="جنودها"),
        N("50", 50, unit="عسكريا"),
        N("ثلاث", 3, unit="منظومات"),
        N("7", 7, unit="جنود"),
        N("20 عسكريا على الأقل", 20, "at_least", "عسكريا"),
        N("44", 44, unit="يوما"),
    ],
    [
        D("أمس الخميس", "2022-09-15"),
        D("مساء الثلاثاء", "2022-09-13"),
        D("مساء الأربعاء", "2022-09-14"),
        D("2020", "2020-01-01", "2020-12-31", "year", False),
        D("العاشر من نوفمبر/تشرين الثاني 2020", "2020-11-10", rel=False),
    ],
    [
        C("135", 135, "exact", "killed", "soldiers", "armenia", "armenia", "أرمينيا",
          key="أرمينيا: 135"),
        C("77", 77, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan", "باكو",
          key="أرمينيا: 135"),
        C("135", 135, "exact", "killed", "soldiers", "armenia", "armenia",
          "رئيس الوزراء الأرميني نيكول باشينيان", as_of="2022-09-15"),
        C("أكثر من 7600", 7600, "more_than", "displaced", "people", "armenia", "armenia",
          "باشينيان", key="أكثر من 7600"),
        C("1400 طفل تقريبا", 1400, "approx", "displaced", "children", "armenia", "armenia",
          "باشينيان", key="أكثر من 7600"),
        C("77", 77, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="77 من جنودها"),
        C("50", 50, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="77 من جنودها", as_of="2022-09-13"),
        C("ثلاث", 3, "exact", "destroyed", "equipment", "armenia", "azerbaijan", "الوزارة",
          key="ثلاث منظومات"),
        C("7", 7, "exact", "killed", "soldiers", "armenia", "international",
          "اللجنة الدولية للصليب الأحمر"),
        C("20 عسكريا على الأقل", 20, "at_least", "detained", "soldiers", "armenia", "armenia",
          "أمين المظالم الأرميني"),
    ],
)

# ---------------------------------------------------------------- 4. Sept 2023 offensive
article(
    "e4_04_offensive2023", "اندبندنت عربية", "2023-09-20",
    "الانفصاليون في قره باغ يقبلون وقف النار بعد يوم من الهجوم الأذربيجاني",
    "وافقت السلطات الانفصالية الأرمنية", "ومن المقرر أن تبدأ محادثات",
    [],
    [
        N("أقل من 24", 24, "less_than", "ساعة"),
        N("ما لا يقل عن 32", 32, "at_least", "شخصا"),
        N("سبعة", 7, unit="مدنيين"),
        N("أكثر من 200", 200, "more_than", "آخرين"),
        N("نحو 10 آلاف", 10000, "approx", "شخص"),
        N("16", 16, unit="بلدة"),
        N("أكثر من 90", 90, "more_than", "موقعا"),
        N("نحو 20", 20, "approx", "مركبة"),
        N("40", 40, unit="قطعة"),
        N("ستة", 6, unit="أشخاص"),
        N("40 ألف", 40000, unit="أسرة"),
        N("نحو 120 ألف", 120000, "approx", "أرمني"),
    ],
    [
        D("اليوم الأربعاء", "2023-09-20"),
        D("صباح الثلاثاء", "2023-09-19"),
        D("أواخر ثمانينيات القرن الماضي", "1980-01-01", "1989-12-31", "decade"),
        D("2020", "2020-01-01", "2020-12-31", "year", False),
        D("غدا الخميس", "2023-09-21"),
    ],
    [
        C("ما لا يقل عن 32", 32, "at_least", "killed", "people", "armenia", "karabakh",
          "أمين المظالم في الإقليم غيغام ستيبانيان"),
        C("سبعة", 7, "exact", "killed", "civilians", "armenia", "karabakh",
          "أمين المظالم في الإقليم غيغام ستيبانيان"),
        C("أكثر من 200", 200, "more_than", "injured", "people", "armenia", "karabakh",
          "أمين المظالم في الإقليم غيغام ستيبانيان"),
        C("طفلين", 2, "exact", "killed", "children", "armenia", "karabakh",
          "أمين المظالم في الإقليم غيغام ستيبانيان"),
        C("نحو 10 آلاف", 10000, "approx", "evacuated", "people", "armenia", "karabakh",
          "وأضاف"),
        C("أكثر من 90", 90, "more_than", "captured", "places", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("نحو 20", 20, "approx", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("40", 40, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية"),
        C("ستة", 6, "exact", "killed", "people", "azerbaijan", "azerbaijan", "مكتب المدعي العام",
          as_of="2023-09-19"),
    ],
)

# ---------------------------------------------------------------- 5. Exodus, Sept 2023
article(
    "e4_05_exodus", "الخليج", "2023-09-30",
    "نزوح شبه كامل لسكان قره باغ.. و١٧٠ قتيلاً في انفجار مستودع الوقود",
    "أعلنت الحكومة الأرمينية، اليوم السبت", "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    [],
    [
        N("١٧٠", 170, unit="قتيلاً"),
        N("١٠٠٤١٧", 100417, unit="شخصا"),
        N("نحو ١٢٠ ألف", 120000, "approx", "أرمني"),
        N("٢١٠٤٣", 21043, unit="سيارة"),
        N("نحو ١٧ ألف", 17000, "approx", "طفل"),
        V("مئات", "السكان", 100),
        N("١٧٠", 170, unit="قتيلا"),
        N("أكثر من ٢٠٠", 200, "more_than", "شخص"),
        V("العشرات", None, 10),
        N("٩٠", 90, unit="جرحى"),
        N("١٢", 12),
        N("ما يصل إلى ٥٠ ألف", 50000, "up_to", "شخص"),
    ],
    [
        D("اليوم السبت", "2023-09-30"),
        D("١٩ أيلول/سبتمبر", "2023-09-19"),
        D("الأحد الماضي", "2023-09-24"),
        D("مساء الاثنين", "2023-09-25"),
        D("أمس الجمعة", "2023-09-29"),
        D("الخميس", "2023-09-28"),
        D("الأول من كانون الثاني/يناير ٢٠٢٤", "2024-01-01", rel=False),
    ],
    [
        C("١٧٠", 170, "exact", "killed", "people", "armenia", "media", None,
          key="و١٧٠ قتيلاً"),
        C("١٠٠٤١٧", 100417, "exact", "displaced", "people", "armenia", "armenia",
          "الحكومة الأرمينية", as_of="2023-09-30"),
        C("نحو ١٧ ألف", 17000, "approx", "displaced", "children", "armenia", "armenia",
          "المتحدثة باسم الحكومة نازيلي باغداساريان"),
        C("١٧٠", 170, "exact", "killed", "people", "armenia", "karabakh", "السلطات الانفصالية",
          key="وارتفعت حصيلة الانفجار"),
        C("أكثر من ٢٠٠", 200, "more_than", "injured", "people", "armenia", "karabakh",
          "السلطات الانفصالية"),
        CV("العشرات", 10, "other", "people", "armenia", "karabakh", "السلطات الانفصالية"),
        C("٩٠", 90, "exact", "evacuated", "people", "armenia", "armenia", "وزارة الصحة الأرمينية"),
        C("١٢", 12, "exact", "injured", "people", "armenia", "armenia", "الوزارة",
          key="وقالت الوزارة إن ١٢"),
    ],
)

# ---------------------------------------------------------------- 6. Stepanakert, Oct 2020
article(
    "e4_06_stepanakert", "فرانس24", "2020-10-04",
    "قره باغ: قصف عنيف على ستيباناكرت وأذربيجان تتهم أرمينيا باستهداف كنجة",
    "أفادت سلطات إقليم ناغورني قره باغ الانفصالية", "ودعت فرنسا والولايات المتحدة وروسيا",
    ["إقرأ أيضا", "ناغورني قره باغ: ماكرون يتهم تركيا بإرسال \"جهاديين\" سوريين إلى المنطقة"],
    [
        V("عشرات", "المدنيين", 10),
        N("21", 21, unit="عسكريا"),
        N("223", 223),
        N("اثنين", 2, unit="مدنيين"),
        N("24", 24),
        N("121", 121, unit="جريحا"),
        N("تسع", 9, unit="قرى"),
        N("أكثر من 3000", 3000, "more_than", "جندي"),
        N("130", 130, unit="دبابة"),
        N("ما لا يقل عن 250", 250, "at_least", "شخصا"),
        N("نحو 50", 50, "approx", "مدنيا"),
        N("الثلاث", 3, unit="الدول"),
    ],
    [
        D("الأحد", "2020-10-04"),
        D("27 سبتمبر/أيلول", "2020-09-27"),
        D("صباح اليوم، الأحد", "2020-10-04"),
        D("27 سبتمبر/أيلول", "2020-09-27"),
    ],
    [
        CV("عشرات", 10, "injured", "civilians", "armenia", "karabakh",
           "المتحدث باسم رئيس الإقليم فاغرام بوغوسيان"),
        C("21", 21, "exact", "killed", "soldiers", "armenia", "karabakh", "وزارة الدفاع في قره باغ"),
        C("223", 223, "exact", "killed", "soldiers", "armenia", "karabakh", "وزارة الدفاع في قره باغ"),
        C("اثنين", 2, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("24", 24, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("121", 121, "exact", "injured", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("تسع", 9, "exact", "captured", "places", "armenia", "azerbaijan",
          "الرئيس الأذربيجاني إلهام علييف"),
        C("أكثر من 3000", 3000, "more_than", "killed", "soldiers", "azerbaijan", "armenia",
          "المتحدثة باسمها شوشان ستيبانيان"),
        C("130", 130, "exact", "destroyed", "equipment", "azerbaijan", "armenia",
          "المتحدثة باسمها شوشان ستيبانيان"),
        C("ما لا يقل عن 250", 250, "at_least", "killed", "people", "both", "media",
          "حصيلة جمعتها وكالة فرانس برس"),
        C("نحو 50", 50, "approx", "killed", "civilians", "both", "media",
          "حصيلة جمعتها وكالة فرانس برس"),
    ],
)

# ---------------------------------------------------------------- 7. Sudan, Zamzam
article(
    "e4_07_zamzam", "بي بي سي عربي", "2025-04-15",
    "الأمم المتحدة: أكثر من 400 قتيل في هجوم الدعم السريع على مخيم زمزم",
    "قالت الأمم المتحدة إن أكثر من 400", "ويستضيف وزراء خارجية بريطانيا",
    ["صدر الصورة، Reuters", "التعليق على الصورة، صورة بالأقمار الصناعية تظهر حرائق في مخيم زمزم"],
    [
        N("أكثر من 400", 400, "more_than", "قتيل"),
        N("أكثر من 400", 400, "more_than", "شخص"),
        N("تسعة", 9, unit="العاملين"),
        R("ما بين 60 ألفا و80 ألف", 60000, 80000, "أسرة"),
        N("ما يصل إلى 400 ألف", 400000, "up_to", "شخص"),
        N("نحو 60", 60, "approx", "كيلومترا"),
        N("تجاوز 500", 500, "more_than", "مدني"),
        N("نحو نصف مليون", 500000, "approx", "شخص"),
        V("عشرات الآلاف", None, 10000),
        N("أكثر من 12 مليون", 12000000, "more_than", "شخص"),
    ],
    [
        D("أبريل/ نيسان 2023", "2023-04-01", "2023-04-30", "month", False),
        D("الجمعة", "2025-04-11"),
        D("أغسطس/ آب الماضي", "2024-08-01", "2024-08-31", "month"),
        D("الأسبوع الماضي", "2025-04-07", "2025-04-13", "week"),
        D("اليوم الثلاثاء", "2025-04-15"),
        D("اليوم", "2025-04-15"),
    ],
    [
        C("أكثر من 400", 400, "more_than", "killed", "people", "unknown", "international",
          "الأمم المتحدة", key="الأمم المتحدة: أكثر من 400"),
        C("أكثر من 400", 400, "more_than", "killed", "people", "unknown", "international",
          "الأمم المتحدة", key="قالت الأمم المتحدة إن أكثر من 400"),
        C("تسعة", 9, "exact", "killed", "other", "unknown", "international",
          "المنسقة المقيمة للأمم المتحدة في السودان كليمنتين نكويتا سلامي"),
        C("ما بين 60 ألفا و80 ألف", None, "range", "displaced", "other", "unknown",
          "international", "المنظمة الدولية للهجرة", low=60000, high=80000),
        C("ما يصل إلى 400 ألف", 400000, "up_to", "displaced", "people", "unknown",
          "international", "المنظمة الدولية للهجرة"),
        C("تجاوز 500", 500, "more_than", "killed", "civilians", "unknown", "unknown",
          "الحكومة السودانية"),
        CV("عشرات الآلاف", 10000, "killed", "people", "unknown", "international", "الأمم المتحدة",
           key="عشرات الآلاف"),
        C("أكثر من 12 مليون", 12000000, "more_than", "displaced", "people", "unknown",
          "international", "الأمم المتحدة", key="أكثر من 12 مليون"),
    ],
)

# ---------------------------------------------------------------- 8. Gaza, flour massacre
article(
    "e4_08_gaza_flour", "الأناضول", "2024-03-01",
    "ارتفاع ضحايا \"مجزرة الطحين\" في غزة إلى 115 شهيدا",
    "أعلنت وزارة الصحة في قطاع غزة، الجمعة", "وتقدّر الأمم المتحدة أن نحو ثلاثة أرباع",
    [],
    [
        N("115", 115, unit="شهيدا"),
        N("115", 115, unit="شهيدا"),
        N("760", 760, unit="مصابا"),
        V("عشرات", "الجرحى", 10),
        N("104 أشخاص على الأقل", 104, "at_least", "أشخاص"),
        N("أكثر من 700", 700, "more_than", None),
        V("آلاف", "الفلسطينيين", 1000),
        V("العشرات", None, 10),
        N("أكثر من 200", 200, "more_than", "مصاب"),
        N("30 ألفا و228", 30228, unit="شهيدا"),
        N("71 ألفا و377", 71377, unit="مصابا"),
        N("نحو ثلاثة أرباع", 0.75, "approx", "سكان"),
        N("2.3 مليون", 2300000, unit="نسمة"),
    ],
    [
        D("الجمعة", "2024-03-01"),
        D("أمس الخميس", "2024-02-29"),
        D("السابع من أكتوبر/تشرين الأول الماضي", "2023-10-07"),
    ],
    [
        C("115", 115, "exact", "killed", "people", "unknown", "media", None,
          key="ارتفاع ضحايا \"مجزرة الطحين\""),
        C("115", 115, "exact", "killed", "people", "unknown", "unknown",
          "وزارة الصحة في قطاع غزة", as_of="2024-03-01"),
        C("760", 760, "exact", "injured", "people", "unknown", "unknown",
          "وزارة الصحة في قطاع غزة", as_of="2024-03-01"),
        CV("عشرات", 10, "injured", "people", "unknown", "unknown",
           "المتحدث باسم الوزارة أشرف القدرة"),
        C("104 أشخاص على الأقل", 104, "at_least", "killed", "people", "unknown", "unknown",
          "الوزارة", key="104 أشخاص", as_of="2024-02-29"),
        C("أكثر من 700", 700, "more_than", "injured", "people", "unknown", "unknown",
          "الوزارة", key="104 أشخاص", as_of="2024-02-29"),
        CV("العشرات", 10, "killed", "people", "unknown", "unknown",
           "المتحدث باسم الجيش الإسرائيلي دانيال هاغاري"),
        C("أكثر من 200", 200, "more_than", "injured", "people", "unknown", "international",
          "منظمة الصحة العالمية"),
        C("30 ألفا و228", 30228, "exact", "killed", "people", "unknown", "unknown", "وزارة الصحة",
          key="30 ألفا و228"),
        C("71 ألفا و377", 71377, "exact", "injured", "people", "unknown", "unknown",
          "وزارة الصحة", key="30 ألفا و228"),
        C("نحو ثلاثة أرباع", 1725000, "approx", "displaced", "people", "unknown",
          "international", "الأمم المتحدة", key="ثلاثة أرباع"),
    ],
)

# ---------------------------------------------------------------- 9. Yemen, Ras Isa
article(
    "e4_09_yemen", "المصدر أونلاين", "2025-04-18",
    "الحوثيون: 74 قتيلاً و171 جريحاً في غارات أمريكية على ميناء رأس عيسى",
    "أعلنت وزارة الصحة في حكومة الحوثيين", "وبدأ الحوثيون مهاجمة السفن",
    [],
    [
        N("74", 74, unit="قتيلاً"),
        N("171", 171, unit="جريحاً"),
        N("74", 74, unit="قتيلا"),
        N("171", 171, unit="جريحا"),
        N("أكثر من 200", 200, "more_than", "شخص"),
        V("عشرات", "الأطفال", 10),
        N("12", 12, unit="شخصا"),
        N("نحو 70", 70, "approx", "في المئة"),
        N("أكثر من 19 مليون", 19000000, "more_than", "شخص"),
        N("20", 20, unit="طائرة"),
    ],
    [
        D("مساء الخميس", "2025-04-17"),
        D("الشهر الماضي", "2025-03-01", "2025-03-31", "month"),
        D("15 مارس/آذار", "2025-03-15"),
        D("قبل يومين", "2025-04-16"),
        D("نوفمبر/تشرين الثاني 2023", "2023-11-01", "2023-11-30", "month", False),
    ],
    [
        C("74", 74, "exact", "killed", "people", "unknown", "unknown", "الحوثيون",
          key="الحوثيون: 74"),
        C("171", 171, "exact", "injured", "people", "unknown", "unknown", "الحوثيون",
          key="الحوثيون: 74"),
        C("74", 74, "exact", "killed", "people", "unknown", "unknown",
          "وزارة الصحة في حكومة الحوثيين", as_of="2025-04-17"),
        C("171", 171, "exact", "injured", "people", "unknown", "unknown",
          "وزارة الصحة في حكومة الحوثيين", as_of="2025-04-17"),
        C("أكثر من 200", 200, "more_than", "killed", "people", "unknown", "unknown", "جماعة الحوثي"),
        CV("عشرات", 10, "killed", "children", "unknown", "unknown", "جماعة الحوثي"),
        C("12", 12, "exact", "killed", "people", "unknown", "unknown",
          "وكالة \"سبأ\" التابعة للحوثيين", as_of="2025-04-16"),
        C("20", 20, "exact", "destroyed", "equipment", "unknown", "unknown", "الحوثيون",
          key="إسقاط 20"),
    ],
)

# ---------------------------------------------------------------- 10. Syria, coast
article(
    "e4_10_syria_coast", "عنب بلدي", "2025-03-10",
    "المرصد السوري: أكثر من ألف قتيل في أعمال عنف بالساحل خلال أربعة أيام",
    "قال المرصد السوري لحقوق الإنسان إن 1311", "وتعد هذه الأحداث الأعنف",
    [],
    [
        N("أكثر من ألف", 1000, "more_than", "قتيل"),
        N("أربعة", 4, unit="أيام"),
        N("1311", 1311, unit="شخصا"),
        N("830", 830, unit="مدنيا"),
        N("231", 231, unit="عناصر"),
        N("250", 250, unit="مسلحا"),
        N("30", 30, unit="يوما"),
        N("111 مدنيا على الأقل", 111, "at_least", "مدنيا"),
        V("آلاف", "السكان", 1000),
        N("نحو 6 آلاف", 6000, "approx", "شخص"),
    ],
    [
        D("الخميس الماضي", "2025-03-06"),
        D("مساء الأحد", "2025-03-09"),
        D("الثامن من كانون الأول 2024", "2024-12-08", rel=False),
        D("مطلع شهر رمضان", "2025-03-01", "2025-03-29", "month"),
    ],
    [
        C("أكثر من ألف", 1000, "more_than", "killed", "people", "unknown", "international",
          "المرصد السوري", key="المرصد السوري: أكثر من ألف"),
        C("1311", 1311, "exact", "killed", "people", "unknown", "international",
          "المرصد السوري لحقوق الإنسان"),
        C("830", 830, "exact", "killed", "civilians", "unknown", "international",
          "المرصد السوري لحقوق الإنسان"),
        C("231", 231, "exact", "killed", "soldiers", "unknown", "international", "المرصد",
          key="231 من عناصر"),
        C("250", 250, "exact", "killed", "soldiers", "unknown", "international", "المرصد",
          key="231 من عناصر"),
        C("111 مدنيا على الأقل", 111, "at_least", "killed", "civilians", "unknown",
          "international", "المفوضية السامية للأمم المتحدة لحقوق الإنسان"),
        CV("آلاف", 1000, "displaced", "people", "unknown", "media", "تقديرات محلية",
           key="ونزح آلاف"),
        C("نحو 6 آلاف", 6000, "approx", "displaced", "people", "unknown", "media",
          "تقديرات محلية", key="ونزح آلاف"),
    ],
)

# ---------------------------------------------------------------- 11. Ukraine, Sumy
article(
    "e4_11_sumy", "الشرق", "2025-04-14",
    "زيلينسكي: 35 قتيلاً في ضربة صاروخية روسية على سومي.. وموسكو تتحدث عن اجتماع لقادة عسكريين",
    "ارتفعت حصيلة الضربة الصاروخية الروسية", "ويأتي الهجوم بعد لقاء",
    ["اقرأ أيضاً", "ويتكوف يلتقي بوتين في سان بطرسبورغ لبحث وقف الحرب"],
    [
        N("35", 35, unit="قتيلاً"),
        N("35", 35, unit="قتيلا"),
        N("117", 117, unit="جريحا"),
        N("15", 15, unit="طفلا"),
        N("أكثر من 60", 60, "more_than", "عسكريا"),
        N("20", 20, unit="شخصا"),
        N("تسعة", 9, unit="أطفال"),
        N("ما يزيد على 12 ألفا و900", 12900, "more_than", "مدني"),
        N("أكثر من ثلاث", 3, "more_than", "سنوات"),
    ],
    [
        D("صباح الأحد", "2025-04-13"),
        D("اليوم الاثنين", "2025-04-14"),
        D("أحد الشعانين", "2025-04-13"),
        D("هذا العام", "2025-01-01", "2025-12-31", "year"),
        D("الرابع من أبريل/نيسان", "2025-04-04"),
        D("24 فبراير/شباط 2022", "2022-02-24", rel=False),
        D("الجمعة", "2025-04-11"),
    ],
    [
        C("35", 35, "exact", "killed", "people", "unknown", "unknown", "زيلينسكي",
          key="زيلينسكي: 35"),
        C("35", 35, "exact", "killed", "people", "unknown", "unknown", "خدمة الطوارئ الأوكرانية",
          as_of="2025-04-14"),
        C("طفلان", 2, "exact", "killed", "children", "unknown", "unknown",
          "خدمة الطوارئ الأوكرانية", as_of="2025-04-14"),
        C("117", 117, "exact", "injured", "people", "unknown", "unknown",
          "خدمة الطوارئ الأوكرانية", as_of="2025-04-14"),
        C("15", 15, "exact", "injured", "children", "unknown", "unknown", "خدمة الطوارئ",
          key="15 طفلا"),
        C("أكثر من 60", 60, "more_than", "killed", "soldiers", "unknown", "unknown",
          "وزارة الدفاع الروسية"),
        C("20", 20, "exact", "killed", "people", "unknown", "media", None, key="20 شخصا",
          as_of="2025-04-04"),
        C("تسعة", 9, "exact", "killed", "children", "unknown", "media", None, key="20 شخصا",
          as_of="2025-04-04"),
        C("ما يزيد على 12 ألفا و900", 12900, "more_than", "killed", "civilians", "unknown",
          "international", "بعثة الأمم المتحدة لمراقبة حقوق الإنسان في أوكرانيا"),
    ],
)

# ---------------------------------------------------------------- 12. Burkina Faso, Barsalogho
article(
    "e4_12_barsalogho", "مونت كارلو الدولية", "2024-08-29",
    "مجزرة بارسالوغو: تقديرات تتحدث عن مئات القتلى في بوركينا فاسو",
    "قال تجمع \"العدالة من أجل بارسالوغو\"", "ويحكم البلاد منذ سبتمبر/أيلول 2022",
    [],
    [
        V("مئات", "القتلى", 100),
        N("نحو 400", 400, "approx", "شخص"),
        N("نحو 300", 300, "approx", "عنصر"),
        N("يصل إلى 600", 600, "up_to", None),
        N("ما لا يقل عن 200", 200, "at_least", "قتيل"),
        V("عشرات", "الجثث", 10),
        N("72", 72, unit="ساعة"),
        N("أكثر من 20 ألف", 20000, "more_than", "شخص"),
        N("ما يزيد على مليوني", 2000000, "more_than", "شخص"),
        N("ثمانية", 8, unit="أشهر"),
    ],
    [
        D("السبت الماضي", "2024-08-24"),
        D("الثلاثاء", "2024-08-27"),
        D("عام 2015", "2015-01-01", "2015-12-31", "year", False),
        D("سبتمبر/أيلول 2022", "2022-09-01", "2022-09-30", "month", False),
    ],
    [
        CV("مئات", 100, "killed", "people", "unknown", "media", "تقديرات",
           key="مجزرة بارسالوغو: تقديرات"),
        C("نحو 400", 400, "approx", "killed", "people", "unknown", "unknown",
          "تجمع \"العدالة من أجل بارسالوغو\"", as_of="2024-08-24"),
        C("نحو 300", 300, "approx", "killed", "soldiers", "unknown", "unknown",
          "جماعة نصرة الإسلام والمسلمين"),
        C("يصل إلى 600", 600, "up_to", "killed", "people", "unknown", "unknown",
          "مصدر أمني فرنسي"),
        C("ما لا يقل عن 200", 200, "at_least", "killed", "people", "unknown", "international",
          "الأمم المتحدة", key="ما لا يقل عن 200"),
        CV("عشرات", 10, "killed", "people", "unknown", "unknown", "مقاطع مصورة نشرها مسلحون"),
        C("أكثر من 20 ألف", 20000, "more_than", "killed", "people", "unknown", "international",
          "منظمات غير حكومية"),
        C("ما يزيد على مليوني", 2000000, "more_than", "displaced", "people", "unknown",
          "international", "منظمات غير حكومية"),
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

    set3 = json.loads((HERE.parent / "set3" / "gold.json").read_text(encoding="utf-8"))
    keys3 = list(set3[0].keys())
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
        if not 150 <= words <= 450:
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
                if not any((n["low"], n["high"]) == (c["low"], c["high"]) for n in matching) \
                        and c["text"] not in ("نصف", "نحو ثلاثة أرباع"):
                    err(stem, f"claim bounds differ from its number {c['text']}")
            elif c["value"] != 2:
                err(stem, f"claim without a number mention {c['text']}")
            if stem >= "e4_07" and c["side"] != "unknown":
                err(stem, "non-Karabakh side must be unknown")
            if stem >= "e4_07" and c["source_party"] not in ("media", "international", "unknown"):
                err(stem, "non-Karabakh party")
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
