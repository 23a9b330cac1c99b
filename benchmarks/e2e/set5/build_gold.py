"""Build and check set5/gold.json from hand-written annotations.

The annotations below were written from the articles and ANNOTATION.md alone (with
shared/gold/NOTES.md for the open calls); the package was not run on the texts.
Run: python benchmarks/e2e/set5/build_gold.py  (writes gold.json, then checks it).
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
# ---------------------------------------------------------------- 1. Tovuz, July 2020
article(
    "e5_01_tovuz", "سكاي نيوز عربية", "2020-07-15",
    "أذربيجان تعلن مقتل جنرال و11 عسكريا في اشتباكات توفوز",
    "أعلنت وزارة الدفاع الأذربيجانية، الأربعاء", "ودعت روسيا والولايات المتحدة",
    ["اقرأ أيضا", "روسيا تدعو أرمينيا وأذربيجان إلى وقف التصعيد",
     'تركيا تتعهد بدعم باكو "بكل إمكاناتها"'],
    [
        N("11", 11, unit="عسكريا"),
        N("11", 11, unit="عسكريا"),
        N("76", 76, unit="عاما"),
        N("نحو 300", 300, "approx", "كيلومتر"),
        N("أربعة", 4, unit="جنود"),
        N("خمسة", 5, unit="آخرون"),
        N("13", 13, unit="طائرة"),
        N("ثلاثة", 3, unit="أيام"),
        N("نحو مليون", 1000000, "approx", "برميل"),
        V("الآلاف", None, 1000),
        N("الثلاث", 3, unit="الدول"),
        N("نحو 200", 200, "approx", "شخص"),
        N("أربعة", 4, unit="أيام"),
    ],
    [
        D("الأربعاء", "2020-07-15"),
        D("صباح أمس الثلاثاء", "2020-07-14"),
        D("ظهر الأحد 12 يوليو/تموز", "2020-07-12"),
        D("ليل الثلاثاء الأربعاء", "2020-07-14", "2020-07-15"),
        D("أبريل/نيسان 2016", "2016-04-01", "2016-04-30", "month", False),
    ],
    [
        C("11", 11, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan", "أذربيجان",
          key="أذربيجان تعلن مقتل"),
        C("11", 11, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="إلى 11 عسكريا"),
        C("أربعة", 4, "exact", "killed", "soldiers", "armenia", "armenia",
          "المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان", key="أربعة جنود"),
        C("ضابطان", 2, "exact", "killed", "soldiers", "armenia", "armenia",
          "المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان"),
        C("خمسة", 5, "exact", "injured", "soldiers", "armenia", "armenia",
          "المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان"),
        C("13", 13, "exact", "destroyed", "equipment", "azerbaijan", "armenia", "ستيبانيان",
          key="13 طائرة"),
        C("نحو 200", 200, "approx", "killed", "people", "both", "media", None,
          as_of="2016-04-30"),
    ],
)

# ---------------------------------------------------------------- 2. Hadrut, Oct 2020
article(
    "e5_02_hadrut", "RT", "2020-10-12",
    "قره باغ.. أذربيجان تعلن السيطرة على حدروت والانفصاليون يتحدثون عن 532 قتيلا",
    "أعلن الرئيس الأذربيجاني إلهام علييف", "ويتنازع البلدان على الإقليم",
    ["اقرأ المزيد", "لافروف: على أرمينيا وأذربيجان الالتزام بالهدنة الإنسانية"],
    [
        N("532", 532, unit="قتيلا"),
        N("تسع", 9, unit="قرى"),
        N("532", 532),
        N("7", 7, unit="أسماء"),
        N("21", 21, unit="مدنيا"),
        N("أكثر من 80", 80, "more_than", "آخرين"),
        N("42", 42, unit="قتيلا"),
        N("206", 206, unit="جرحى"),
        N("10", 10, unit="قتلى"),
        N("14", 14, unit="دبابة"),
        N("6", 6, unit="منظومات"),
        N("ما لا يقل عن 200", 200, "at_least", "العسكريين"),
        N("ما يزيد على 3 آلاف", 3000, "more_than", "جندي"),
        N("أكثر من 10", 10, "more_than", "ساعات"),
        V("مئات", "المنازل", 100),
        V("عشرات الآلاف", "المدنيين", 10000),
    ],
    [
        D("أمس الأحد", "2020-10-11"),
        D("ظهر السبت", "2020-10-10"),
        D("اليوم الاثنين", "2020-10-12"),
        D("27 سبتمبر/أيلول", "2020-09-27"),
        D("ليل السبت الأحد", "2020-10-10", "2020-10-11"),
        D("1991", "1991-01-01", "1991-12-31", "year", False),
    ],
    [
        C("532", 532, "exact", "killed", "soldiers", "armenia", "karabakh", "الانفصاليون",
          key="الانفصاليون يتحدثون"),
        C("تسع", 9, "exact", "captured", "places", "armenia", "azerbaijan",
          "الرئيس الأذربيجاني إلهام علييف"),
        C("532", 532, "exact", "killed", "soldiers", "armenia", "karabakh",
          "السلطات الانفصالية", key="ارتفع اليوم الاثنين إلى 532"),
        C("7", 7, "exact", "killed", "soldiers", "armenia", "karabakh", "السلطات الانفصالية",
          key="7 أسماء"),
        C("21", 21, "exact", "killed", "civilians", "armenia", "karabakh", "السلطات الانفصالية",
          key="21 مدنيا"),
        C("أكثر من 80", 80, "more_than", "injured", "civilians", "armenia", "karabakh",
          "السلطات الانفصالية", key="أكثر من 80"),
        C("42", 42, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("206", 206, "exact", "injured", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية"),
        C("10", 10, "exact", "killed", "civilians", "azerbaijan", "azerbaijan",
          "النيابة العامة الأذربيجانية", key="10 قتلى", as_of="2020-10-11"),
        C("14", 14, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="14 دبابة"),
        C("6", 6, "exact", "destroyed", "equipment", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="6 منظومات"),
        C("ما لا يقل عن 200", 200, "at_least", "killed", "soldiers", "armenia", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", key="ما لا يقل عن 200"),
        C("ما يزيد على 3 آلاف", 3000, "more_than", "killed", "soldiers", "azerbaijan",
          "armenia", "يريفان"),
        CV("مئات", 100, "destroyed", "other", "both", "international",
           "اللجنة الدولية للصليب الأحمر"),
        CV("عشرات الآلاف", 10000, "displaced", "civilians", "both", "international",
           "اللجنة الدولية للصليب الأحمر"),
    ],
)

# ---------------------------------------------------------------- 3. Prisoner swap, Dec 2020
article(
    "e5_03_prisoners", "يورونيوز", "2020-12-15",
    "تبادل أول دفعة من الأسرى بين أرمينيا وأذربيجان بعد شهر على اتفاق وقف النار",
    "أعلنت أرمينيا وأذربيجان، مساء الاثنين", "ونشرت روسيا بموجب الاتفاق",
    [],
    [
        N("ستة", 6, unit="أسابيع"),
        N("44", 44, unit="أسيرا"),
        N("12", 12, unit="مواطنيها"),
        N("أكثر من 200", 200, "more_than", "أرميني"),
        N("2783", 2783, unit="جنديا"),
        N("2718", 2718, unit="قتيلا"),
        N("ما يصل إلى 3 آلاف", 3000, "up_to", None),
        N("نحو ألفي", 2000, "approx", "جندي"),
        N("خمس", 5, unit="سنوات"),
    ],
    [
        D("مساء الاثنين", "2020-12-14"),
        D("27 سبتمبر/أيلول الماضي", "2020-09-27"),
        D("الثالث من ديسمبر/كانون الأول", "2020-12-03"),
        D("الأسبوع الماضي", "2020-12-07", "2020-12-13", "week"),
        D("العاشر من نوفمبر/تشرين الثاني", "2020-11-10"),
    ],
    [
        C("44", 44, "exact", "detained", "people", "armenia", "azerbaijan",
          "جهاز أمن الدولة الأذربيجاني"),
        C("12", 12, "exact", "detained", "people", "azerbaijan", "azerbaijan",
          "جهاز أمن الدولة الأذربيجاني"),
        C("مدنيان", 2, "exact", "detained", "civilians", "azerbaijan", "azerbaijan",
          "جهاز أمن الدولة الأذربيجاني"),
        C("أكثر من 200", 200, "more_than", "other", "people", "armenia", "armenia", "يريفان"),
        C("2783", 2783, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع في باكو", as_of="2020-12-03"),
        C("2718", 2718, "exact", "killed", "soldiers", "armenia", "armenia",
          "وزارة الصحة الأرمينية"),
        C("ما يصل إلى 3 آلاف", 3000, "up_to", "killed", "soldiers", "armenia", "armenia",
          "وزارة الصحة الأرمينية"),
    ],
)

# ---------------------------------------------------------------- 4. Lachin corridor, Dec 2022
article(
    "e5_04_lachin", "النهار العربي", "2022-12-27",
    'ممر لاتشين مغلق لليوم الـ16... 120 ألف أرمني في قره باغ تحت "الحصار"',
    "يدخل إغلاق ممر لاتشين", "وتعود جذور الأزمة",
    [],
    [
        N("120 ألف", 120000, unit="أرمني"),
        N("نحو 120 ألف", 120000, "approx", "شخص"),
        V("عشرات", "الأذربيجانيين", 10),
        N("نحو 1100", 1100, "approx", "شخص"),
        N("270", 270, unit="طفلا"),
        N("أكثر من 400", 400, "more_than", "طن"),
        N("10", 10, unit="مرضى"),
        N("23", 23, unit="شاحنة"),
        N("نحو ألفي", 2000, "approx", "عنصر"),
        N("30", 30, unit="في المئة"),
        N("ثلاثة", 3, unit="أيام"),
        N("44", 44, unit="يوما"),
        N("أكثر من 6500", 6500, "more_than", "شخص"),
    ],
    [
        D("12 كانون الأول/ديسمبر", "2022-12-12"),
        D("أمس الاثنين", "2022-12-26"),
        D("الأسبوع الماضي", "2022-12-19", "2022-12-25", "week"),
        D("الخميس", "2022-12-22"),
        D("منتصف الشهر", "2022-12-01", "2022-12-31", "month"),
        D("خريف 2020", "2020-01-01", "2020-12-31", "year", False),
    ],
    [
        C("نحو 1100", 1100, "approx", "displaced", "people", "armenia", "karabakh",
          "سلطات الإقليم"),
        C("270", 270, "exact", "displaced", "children", "armenia", "karabakh", "سلطات الإقليم"),
        C("10", 10, "exact", "evacuated", "people", "armenia", "international",
          "اللجنة الدولية للصليب الأحمر"),
        C("أكثر من 6500", 6500, "more_than", "killed", "people", "both", "media",
          "حصيلة رسمية", as_of="2020-12-31"),
    ],
)

# ---------------------------------------------------------------- 5. Fuel depot, Sept 2023
article(
    "e5_05_fuel_depot", "واس", "2023-09-27",
    "ارتفاع حصيلة انفجار مستودع وقود في ناغورنو قره باغ إلى 68 قتيلاً",
    "أعلنت السلطات المحلية في إقليم", "وأفادت اللجنة الدولية للصليب الأحمر",
    [],
    [
        N("68", 68, unit="قتيلاً"),
        N("68", 68, unit="قتيلاً"),
        N("105", 105, unit="مفقودين"),
        N("أكثر من 290", 290, "more_than", "مصاباً"),
        N("168", 168, unit="جريحاً"),
        N("142", 142),
        V("مئات", "السكان", 100),
        N("42 ألفاً و500", 42500, unit="شخص"),
        N("نحو 120 ألفاً", 120000, "approx", None),
        N("نحو 24", 24, "approx", "ساعة"),
        N("192", 192, unit="جنودها"),
        N("511", 511, unit="آخرون"),
        N("ما لا يقل عن 200", 200, "at_least", "شخص"),
        N("10", 10, unit="مدنيين"),
        N("خمسة", 5, unit="أطفال"),
        N("23", 23, unit="مصاباً"),
    ],
    [
        D("اليوم", "2023-09-27"),
        D("مساء الاثنين الماضي", "2023-09-25"),
        D("الأحد", "2023-09-24"),
        D("19 سبتمبر الجاري", "2023-09-19"),
        D("أمس", "2023-09-26"),
    ],
    [
        C("68", 68, "exact", "killed", "people", "armenia", "media", None,
          key="وقود في ناغورنو قره باغ إلى 68"),
        C("68", 68, "exact", "killed", "people", "armenia", "karabakh",
          "السلطات المحلية في إقليم ناغورنو قره باغ"),
        C("105", 105, "exact", "other", "people", "armenia", "karabakh",
          "السلطات المحلية في إقليم ناغورنو قره باغ"),
        C("أكثر من 290", 290, "more_than", "injured", "people", "armenia", "karabakh",
          "السلطات المحلية في إقليم ناغورنو قره باغ"),
        C("168", 168, "exact", "injured", "people", "armenia", "karabakh",
          "وزارة الصحة في الإقليم"),
        C("142", 142, "exact", "evacuated", "people", "armenia", "karabakh",
          "وزارة الصحة في الإقليم"),
        C("42 ألفاً و500", 42500, "exact", "displaced", "people", "armenia", "armenia",
          "الحكومة الأرمينية"),
        C("192", 192, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2023-09-26"),
        C("511", 511, "exact", "injured", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع الأذربيجانية", as_of="2023-09-26"),
        C("ما لا يقل عن 200", 200, "at_least", "killed", "soldiers", "armenia", "karabakh",
          "سلطات الإقليم"),
        C("10", 10, "exact", "killed", "civilians", "armenia", "karabakh", "سلطات الإقليم"),
        C("خمسة", 5, "exact", "killed", "children", "armenia", "karabakh", "سلطات الإقليم"),
        C("23", 23, "exact", "evacuated", "people", "armenia", "international",
          "اللجنة الدولية للصليب الأحمر"),
    ],
)

# ---------------------------------------------------------------- 6. Almaty talks, May 2024
article(
    "e5_06_almaty_talks", "الحرة", "2024-05-10",
    "مباحثات ألماتي.. هل تطوي أرمينيا وأذربيجان صفحة 3 عقود من الحرب؟",
    "بدأ وزيرا خارجية أرمينيا وأذربيجان", "وكان البلدان قد اتفقا",
    ["اقرأ أيضاً", "أرمينيا تعيد أربع قرى حدودية إلى أذربيجان",
     'علييف: السلام "أقرب من أي وقت مضى"'],
    [
        N("3", 3, unit="عقود"),
        V("عشرات الآلاف", None, 10000),
        N("نحو 30 ألف", 30000, "approx", "قتيل"),
        N("ما يقارب مليون", 1000000, "approx", "شخص"),
        N("44", 44, unit="يوما"),
        N("2908", 2908, unit="جنود"),
        N("3825", 3825, unit="جنديا"),
        N("أقل من 24", 24, "less_than", "ساعة"),
        N("أكثر من 100 ألف", 100000, "more_than", "سكانه"),
        N("11.5 مليون", 11500000, unit="دولار"),
        N("نحو 1000", 1000, "approx", "كيلومتر"),
        N("أربع", 4, unit="قرى"),
    ],
    [
        D("الجمعة", "2024-05-10"),
        D("أواخر ثمانينيات القرن الماضي", "1980-01-01", "1989-12-31", "decade"),
        D("عامي 1988 و1994", "1988-01-01", "1994-12-31", "year", False),
        D("خريف 2020", "2020-01-01", "2020-12-31", "year", False),
        D("سبتمبر/أيلول 2023", "2023-09-01", "2023-09-30", "month", False),
        D("الخميس", "2024-05-09"),
        D("الشهر الماضي", "2024-04-01", "2024-04-30", "month"),
    ],
    [
        CV("عشرات الآلاف", 10000, "killed", "people", "both", "media", None),
        C("نحو 30 ألف", 30000, "approx", "killed", "people", "both", "media", None,
          as_of="1994-12-31"),
        C("ما يقارب مليون", 1000000, "approx", "displaced", "people", "both", "media", None,
          as_of="1994-12-31"),
        C("2908", 2908, "exact", "killed", "soldiers", "azerbaijan", "azerbaijan",
          "وزارة الدفاع في باكو", as_of="2020-12-31"),
        C("3825", 3825, "exact", "killed", "soldiers", "armenia", "armenia",
          "الأرقام الرسمية في يريفان", as_of="2020-12-31"),
        C("أكثر من 100 ألف", 100000, "more_than", "displaced", "people", "armenia", "media",
          None, as_of="2023-09-30"),
    ],
)

# ---------------------------------------------------------------- 7. Libya, Tripoli Aug 2023
article(
    "e5_07_tripoli", "العربية.نت", "2023-08-16",
    "ليبيا.. ارتفاع حصيلة اشتباكات طرابلس إلى 55 قتيلا و146 جريحا",
    "ارتفعت حصيلة الاشتباكات العنيفة", "وتعد هذه المواجهات الأعنف",
    ["اقرأ أيضاً", "الدبيبة يزور مناطق الاشتباكات ويتعهد بالتعويض",
     'واشنطن تدعو إلى "وقف فوري" للقتال في طرابلس'],
    [
        N("55", 55, unit="قتيلا"),
        N("146", 146, unit="جريحا"),
        N("55", 55, unit="قتيلا"),
        N("146", 146, unit="جريحا"),
        N("27", 27, unit="قتيلا"),
        N("106", 106, unit="جرحى"),
        N("نحو 15", 15, "approx", "ساعة"),
        N("234", 234, unit="عائلة"),
        V("عشرات", "المرضى", 10),
        N("نحو 60", 60, "approx", "منزلا"),
        N("نحو 200", 200, "approx", "كيلومتر"),
        N("32", 32, unit="شخصا"),
        N("159", 159, unit="آخرون"),
    ],
    [
        D("صباح اليوم الأربعاء", "2023-08-16"),
        D("مساء أمس", "2023-08-15"),
        D("مساء الاثنين", "2023-08-14"),
        D("أمس", "2023-08-15"),
        D("أغسطس/آب 2022", "2022-08-01", "2022-08-31", "month", False),
    ],
    [
        C("55", 55, "exact", "killed", "people", "unknown", "media", None,
          key="ارتفاع حصيلة اشتباكات طرابلس"),
        C("146", 146, "exact", "injured", "people", "unknown", "media", None,
          key="ارتفاع حصيلة اشتباكات طرابلس"),
        C("55", 55, "exact", "killed", "people", "unknown", "unknown", "مركز طب الطوارئ والدعم"),
        C("146", 146, "exact", "injured", "people", "unknown", "unknown",
          "مركز طب الطوارئ والدعم"),
        C("27", 27, "exact", "killed", "people", "unknown", "unknown", "المركز",
          key="27 قتيلا", as_of="2023-08-15"),
        C("106", 106, "exact", "injured", "people", "unknown", "unknown", "المركز",
          key="106 جرحى", as_of="2023-08-15"),
        C("234", 234, "exact", "evacuated", "other", "unknown", "unknown", "المركز",
          key="234 عائلة"),
        CV("عشرات", 10, "evacuated", "people", "unknown", "unknown", "المركز", key="234 عائلة"),
        C("نحو 60", 60, "approx", "destroyed", "other", "unknown", "unknown",
          "الهلال الأحمر الليبي"),
        C("32", 32, "exact", "killed", "people", "unknown", "unknown", "وزارة الصحة",
          as_of="2022-08-31"),
        C("159", 159, "exact", "injured", "people", "unknown", "unknown", "وزارة الصحة",
          as_of="2022-08-31"),
    ],
)

# ---------------------------------------------------------------- 8. Somalia, Mogadishu Oct 2022
article(
    "e5_08_mogadishu", "الجزيرة مباشر", "2022-10-30",
    "الرئيس الصومالي: 100 قتيل على الأقل في تفجيري مقديشو",
    "قال الرئيس الصومالي حسن شيخ محمود", "وتعهد الرئيس بمواصلة",
    ["اقرأ أيضا", "حركة الشباب.. من هي وكيف تمول عملياتها؟",
     "الصومال: الجيش يستعيد بلدات في ولاية هيرشبيلي"],
    [
        N("100 قتيل على الأقل", 100, "at_least", "قتيل"),
        N("ما لا يقل عن 100", 100, "at_least", "شخص"),
        N("300", 300, unit="آخرون"),
        N("30 شخصا على الأقل", 30, "at_least", "شخصا"),
        N("أكثر من 35", 35, "more_than", "جريحا"),
        N("أكثر من 500", 500, "more_than", "شخص"),
        N("نحو 20 ألف", 20000, "approx", "جندي"),
        N("500", 500, unit="مصاب"),
        N("ثلاثة", 3, unit="أيام"),
    ],
    [
        D("ظهر أمس السبت", "2022-10-29"),
        D("مساء السبت", "2022-10-29"),
        D("14 أكتوبر/تشرين الأول 2017", "2017-10-14", rel=False),
        D("أغسطس/آب الماضي", "2022-08-01", "2022-08-31", "month"),
    ],
    [
        C("100 قتيل على الأقل", 100, "at_least", "killed", "people", "unknown", "unknown",
          "الرئيس الصومالي", key="تفجيري مقديشو"),
        C("ما لا يقل عن 100", 100, "at_least", "killed", "people", "unknown", "unknown",
          "الرئيس الصومالي حسن شيخ محمود", as_of="2022-10-29"),
        C("300", 300, "exact", "injured", "people", "unknown", "unknown",
          "الرئيس الصومالي حسن شيخ محمود", as_of="2022-10-29"),
        C("30 شخصا على الأقل", 30, "at_least", "killed", "people", "unknown", "unknown",
          "الشرطة", as_of="2022-10-29"),
        C("أكثر من 35", 35, "more_than", "evacuated", "people", "unknown", "unknown",
          "خدمة إسعاف آمين"),
        C("أكثر من 500", 500, "more_than", "killed", "people", "unknown", "media", None,
          as_of="2017-10-14"),
    ],
)

# ---------------------------------------------------------------- 9. Iraq, Mosul toll (Dec 2017)
article(
    "e5_09_mosul", "عربي21", "2017-12-21",
    "تحقيق: ما بين ٩ آلاف و١١ ألف مدني قتلوا في معركة الموصل",
    "كشف تحقيق أجرته وكالة أسوشيتد برس", "وقدرت الأمم المتحدة كلفة",
    [],
    [
        R("ما بين ٩ آلاف و١١ ألف", 9000, 11000, "مدني"),
        R("ما بين ٩ آلاف و١١ ألف", 9000, 11000, "مدني"),
        N("عشرة", 10, unit="أضعاف"),
        N("٩٦٠٦", 9606, unit="جثث"),
        N("ما لا يقل عن ٣٢٠٠", 3200, "at_least", "الوفيات"),
        N("٣٢٦", 326, unit="مدنيا"),
        N("ما لا يقل عن ٥٨٠٥", 5805, "at_least", None),
        N("قرابة تسعة", 9, "approx", "أشهر"),
        N("أكثر من ٩٠٠ ألف", 900000, "more_than", "شخص"),
        N("نحو ٣٠٠ ألف", 300000, "approx", None),
        N("أكثر من ملياري", 2000000000, "more_than", "دولار"),
        N("تصل إلى ٨٠", 80, "up_to", "في المئة"),
    ],
    [
        D("تموز/يوليو الماضي", "2017-07-01", "2017-07-31", "month"),
        D("العاشر من تموز/يوليو الماضي", "2017-07-10"),
        D("١٧ تشرين الأول/أكتوبر ٢٠١٦", "2016-10-17", rel=False),
    ],
    [
        C("ما بين ٩ آلاف و١١ ألف", None, "range", "killed", "civilians", "unknown", "media",
          "تحقيق", key="تحقيق:", low=9000, high=11000),
        C("ما بين ٩ آلاف و١١ ألف", None, "range", "killed", "civilians", "unknown", "media",
          "وكالة أسوشيتد برس", low=9000, high=11000),
        C("٩٦٠٦", 9606, "exact", "killed", "people", "unknown", "unknown",
          "سجلات المشرحة في المدينة"),
        C("ما لا يقل عن ٣٢٠٠", 3200, "at_least", "killed", "civilians", "unknown", "media",
          "التحقيق"),
        C("٣٢٦", 326, "exact", "killed", "civilians", "unknown", "unknown",
          "المتحدث باسم التحالف الدولي الكولونيل ريان ديلون"),
        C("ما لا يقل عن ٥٨٠٥", 5805, "at_least", "killed", "civilians", "unknown",
          "international", "منظمة العفو الدولية", as_of="2017-07-31"),
        C("أكثر من ٩٠٠ ألف", 900000, "more_than", "displaced", "people", "unknown",
          "international", "الأمم المتحدة"),
        C("نحو ٣٠٠ ألف", 300000, "approx", "displaced", "people", "unknown", "international",
          "الأمم المتحدة"),
    ],
)

# ---------------------------------------------------------------- 10. Ethiopia, Tigray Nov 2022
article(
    "e5_10_tigray", "TRT عربي", "2022-11-03",
    "إثيوبيا وتيغراي توقعان اتفاقاً لوقف الأعمال العدائية بعد عامين من الحرب",
    "وقّعت الحكومة الإثيوبية وجبهة", "ورحب الأمين العام للأمم المتحدة",
    ["اقرأ أيضاً", 'آبي أحمد: الاتفاق "انتصار لإثيوبيا"', "ما الذي تعنيه الهدنة لإريتريا؟"],
    [
        N("عشرة", 10, unit="أيام"),
        N("ما يصل إلى 600 ألف", 600000, "up_to", "شخص"),
        R("ما بين 385 ألفاً و600 ألف", 385000, 600000, "مدني"),
        N("أكثر من مليوني", 2000000, "more_than", "شخص"),
        N("نحو 5.2 مليون", 5200000, "approx", "شخص"),
        N("6 ملايين", 6000000),
        N("30", 30, unit="يوماً"),
        V("عشرات الآلاف", None, 10000),
        N("4 عمال إغاثة على الأقل", 4, "at_least", "عمال"),
    ],
    [
        D("مساء الأربعاء", "2022-11-02"),
        D("الرابع من نوفمبر/تشرين الثاني 2020", "2020-11-04", rel=False),
        D("الشهر الماضي", "2022-10-01", "2022-10-31", "month"),
        D("الأسبوع الماضي", "2022-10-24", "2022-10-30", "week"),
    ],
    [
        C("ما يصل إلى 600 ألف", 600000, "up_to", "killed", "people", "unknown", "international",
          "الوسيط الإفريقي الرئيس النيجيري الأسبق أولوسيغون أوباسانجو"),
        C("ما بين 385 ألفاً و600 ألف", None, "range", "killed", "civilians", "unknown",
          "international", "باحثين في جامعة غنت البلجيكية", low=385000, high=600000),
        C("أكثر من مليوني", 2000000, "more_than", "displaced", "people", "unknown",
          "international", "الأمم المتحدة"),
        CV("عشرات الآلاف", 10000, "displaced", "people", "unknown", "international",
           "منظمة أطباء بلا حدود"),
        C("4 عمال إغاثة على الأقل", 4, "at_least", "killed", "other", "unknown", "unknown",
          "مصادر إنسانية", as_of="2022-10-30"),
    ],
)

# ---------------------------------------------------------------- 11. Mali, Bamako Sept 2024
article(
    "e5_11_bamako", "الميادين نت", "2024-09-19",
    'مالي: أكثر من 70 قتيلاً في هجوم باماكو.. و"نصرة الإسلام" تتبنى',
    "كشفت مصادر أمنية مالية", "وتشير تقديرات منظمة أكليد",
    [],
    [
        N("أكثر من 70", 70, "more_than", "قتيلاً"),
        N("أكثر من 70", 70, "more_than", "قتيلاً"),
        N("255", 255, unit="جريحاً"),
        N("77", 77, unit="شخصاً"),
        N("نحو 50", 50, "approx", "طلاب"),
        N("20", 20, unit="مشتبهاً"),
        V("المئات", "عناصر", 100),
        N("6", 6, unit="طائرات"),
        V("عشرات", "الجنود", 10),
        N("نحو 1500", 1500, "approx", "عنصر"),
        N("أكثر من 3 آلاف", 3000, "more_than", "شخص"),
        N("الستة", 6, unit="الأشهر"),
    ],
    [
        D("اليوم الخميس", "2024-09-19"),
        D("فجر الثلاثاء", "2024-09-17"),
        D("الأربعاء", "2024-09-18"),
        D("أواخر تموز/يوليو الماضي", "2024-07-01", "2024-07-31", "month"),
        D("آب/أغسطس 2020", "2020-08-01", "2020-08-31", "month", False),
        D("2022", "2022-01-01", "2022-12-31", "year", False),
    ],
    [
        C("أكثر من 70", 70, "more_than", "killed", "people", "unknown", "media", None,
          key="مالي: أكثر من 70"),
        C("أكثر من 70", 70, "more_than", "killed", "people", "unknown", "unknown",
          "مصادر أمنية مالية"),
        C("255", 255, "exact", "injured", "people", "unknown", "unknown", "مصادر أمنية مالية"),
        C("77", 77, "exact", "killed", "people", "unknown", "unknown", "وثيقة رسمية"),
        C("نحو 50", 50, "approx", "killed", "soldiers", "unknown", "media",
          'صحيفة "لو سولاي" المحلية', as_of="2024-09-18"),
        C("20", 20, "exact", "detained", "people", "unknown", "unknown", "الحكومة الانتقالية"),
        CV("المئات", 100, "killed", "soldiers", "unknown", "unknown",
           "جماعة نصرة الإسلام والمسلمين"),
        C("6", 6, "exact", "destroyed", "equipment", "unknown", "unknown",
          "جماعة نصرة الإسلام والمسلمين", key="6 طائرات"),
        CV("عشرات", 10, "killed", "soldiers", "unknown", "unknown", "متمردو الطوارق",
           as_of="2024-07-31"),
        C("أكثر من 3 آلاف", 3000, "more_than", "killed", "people", "unknown", "international",
          "تقديرات منظمة أكليد"),
    ],
)

# ---------------------------------------------------------------- 12. Syria, Idlib Feb 2020
article(
    "e5_12_idlib", "سبوتنيك", "2020-02-28",
    "أنقرة: مقتل 33 جنديا تركيا في غارة جوية بإدلب",
    "دمشق - سبوتنيك.", "وتأتي هذه التطورات",
    [],
    [
        N("33", 33, unit="جنديا"),
        N("33", 33, unit="جنديا"),
        N("9", 9, unit="قتلى"),
        N("32", 32, unit="جنديا"),
        N("309", 309, unit="عناصر"),
        N("5", 5, unit="مروحيات"),
        N("23", 23, unit="دبابة"),
        N("أكثر من 20", 20, "more_than", "بلدة"),
        N("ما لا يقل عن 16", 16, "at_least", "عنصرا"),
        V("عشرات", "المسلحين", 10),
        N("نحو 950 ألف", 950000, "approx", "شخص"),
        N("أكثر من نصف", 0.5, "more_than", None),
        N("13", 13, unit="جنديا"),
        N("الأربعة", 4, unit="الأسابيع"),
    ],
    [
        D("فجر اليوم الجمعة", "2020-02-28"),
        D("مساء أمس", "2020-02-27"),
        D("أمس", "2020-02-27"),
        D("الأول من ديسمبر/كانون الأول الماضي", "2019-12-01"),
        D("عام 2011", "2011-01-01", "2011-12-31", "year", False),
        D("الخامس من مارس/آذار المقبل", "2020-03-05"),
    ],
    [
        C("33", 33, "exact", "killed", "soldiers", "unknown", "unknown", "أنقرة",
          key="أنقرة: مقتل"),
        C("33", 33, "exact", "killed", "soldiers", "unknown", "unknown",
          "والي ولاية هاتاي التركية رحمي دوغان", key="إلى 33 جنديا"),
        C("9", 9, "exact", "killed", "soldiers", "unknown", "unknown",
          "والي ولاية هاتاي التركية رحمي دوغان", key="9 قتلى", as_of="2020-02-27"),
        C("32", 32, "exact", "injured", "soldiers", "unknown", "unknown", "دوغان",
          key="32 جنديا"),
        C("309", 309, "exact", "killed", "soldiers", "unknown", "unknown",
          "وزارة الدفاع التركية"),
        C("5", 5, "exact", "destroyed", "equipment", "unknown", "unknown",
          "وزارة الدفاع التركية", key="5 مروحيات"),
        C("23", 23, "exact", "destroyed", "equipment", "unknown", "unknown",
          "وزارة الدفاع التركية", key="23 دبابة"),
        C("أكثر من 20", 20, "more_than", "captured", "places", "unknown", "unknown",
          "مصدر عسكري سوري"),
        C("ما لا يقل عن 16", 16, "at_least", "killed", "soldiers", "unknown", "international",
          "المرصد السوري لحقوق الإنسان", as_of="2020-02-27"),
        CV("عشرات", 10, "killed", "soldiers", "unknown", "international",
           "المرصد السوري لحقوق الإنسان", as_of="2020-02-27"),
        C("نحو 950 ألف", 950000, "approx", "displaced", "people", "unknown", "international",
          "الأمم المتحدة"),
        C("أكثر من نصف", 475000, "more_than", "displaced", "children", "unknown",
          "international", "الأمم المتحدة"),
        C("13", 13, "exact", "killed", "soldiers", "unknown", "media", None,
          key="وكانت تركيا قد خسرت"),
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

    set3 = json.loads((HERE.parent / "set4" / "gold.json").read_text(encoding="utf-8"))
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
                        and c["text"] not in ("أكثر من نصف",):
                    err(stem, f"claim bounds differ from its number {c['text']}")
            elif c["value"] != 2:
                err(stem, f"claim without a number mention {c['text']}")
            if stem >= "e5_07" and c["side"] != "unknown":
                err(stem, "non-Karabakh side must be unknown")
            if stem >= "e5_07" and c["source_party"] not in ("media", "international", "unknown"):
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
