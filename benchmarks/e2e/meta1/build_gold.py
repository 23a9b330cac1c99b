"""Build /work/hold/meta1/gold.json: blind metadata and boilerplate set meta1.

Thirty scraped-style Arabic news pages (articles/m1_*.txt), each annotated by hand for
title, outlet, published and boilerplate only; numbers, dates and claims are left empty.
The annotations follow shared/ANNOTATION.md section 1, shared/gold/NOTES.md and the calls
of set4-set6 (see NOTES.md here). Only goldkit's ``collector`` and ``build`` are used; its
``check`` and ``main`` are not called, since they check claims.
Run: python /work/hold/meta1/build_gold.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goldkit import build, collector

HERE = Path(__file__).resolve().parent
ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    """One page: numbers, dates and claims are empty in this set."""
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


page("m1_01_dams", "هسبريس", "2024-05-12",
     "حقينة سدود جهة طنجة تتجاوز 70 في المائة بعد أمطار الأسبوع الماضي",
     "سجلت نسبة ملء السدود", "ويرتقب أن تخفف")
page("m1_02_coach", "الخبر", "2024-06-25",
     "شباب بلوزداد يتعاقد مع مدرب تونسي لموسمين",
     "أعلنت إدارة شباب بلوزداد", "تراهن الإدارة على")
page("m1_03_heatwave", "موزاييك أف أم", "2024-07-09",
     "الرصد الجوي: الحرارة تصل إلى 47 درجة بالجنوب",
     "تونس - موزاييك أف أم -", "ودعا المعهد المواطنين")
page("m1_04_central_bank", "بوابة الوسط", "2024-11-10",
     "المركزي يعلن توفير 2.5 مليار دولار للاعتمادات المستندية حتى نهاية العام",
     "أعلن مصرف ليبيا المركزي", "ورحب عدد من رجال الأعمال",
     ["اقرأ أيضا:", "تراجع سعر الدولار في السوق الموازية بطرابلس"])
page("m1_05_floods", "صحراء ميديا", "2024-08-27",
     "أمطار نواكشوط",
     "غمرت مياه الأمطار", "وقالت المجموعة الحضرية")
page("m1_06_paving", "اليوم السابع", "2024-02-03",
     "محافظ القاهرة يتابع أعمال رصف 12 شارعا بمصر الجديدة",
     "تفقد محافظ القاهرة", "ووجه المحافظ")
page("m1_07_flu_vaccine", "مصراوي", "2024-10-15",
     "الصحة تبدأ حملة التطعيم ضد الإنفلونزا الموسمية في 2500 وحدة",
     "أعلنت وزارة الصحة والسكان", "وأضاف أن الوزارة تستهدف",
     ["إعلان", "اقرأ أيضًا:", "نصائح لتقوية المناعة مع تغير الفصول"])
page("m1_08_istanbul_tourism", "الأناضول", "2024-03-14",
     "إسطنبول تستقبل 2.6 مليون سائح أجنبي في أول شهرين من العام",
     "بزيادة قدرها 9 بالمئة", "ويعد مطار إسطنبول",
     ["صورة أرشيفية لميدان السلطان أحمد (الأناضول)", "إسطنبول/ الأناضول",
      "14.03.2024 11:20 GMT+3"])
page("m1_09_portsudan_water", "سودان تربيون", "2024-08-20",
     "«المياه لا تصل منذ أسبوعين».. شكاوى من العطش في أحياء بورتسودان",
     "يشكو سكان عدد من أحياء", "وعزت هيئة مياه")
page("m1_10_ramadan_market", "سبأ", "2024-03-20",
     "حملة لضبط أسعار السلع الغذائية في أسواق أمانة العاصمة خلال رمضان",
     "نفذت فرق مكتب الصناعة", "ودعا المواطنين إلى الإبلاغ")
page("m1_11_bookshops", "رصيف22", "2024-12-05",
     "المكتبات المستقلة في بيروت تقاوم الإغلاق: كيف يصمد باعة الكتب الصغار أمام الانهيار"
     " الاقتصادي وارتفاع الإيجارات وتراجع القراءة؟",
     "في شارع الحمرا", "ويلجأ بعض باعة الكتب")
page("m1_12_electricity", "شفق نيوز", "2024-07-22",
     "الكهرباء العراقية تعلن وصول الإنتاج إلى 27 ألف ميغاواط لأول مرة",
     "شفق نيوز/ أعلنت", "وأشار إلى أن الطلب")
page("m1_13_national_team", "السومرية نيوز", "2024-10-03",
     "كاساس يستدعي ثلاثة لاعبين جدد لمعسكر المنتخب قبل مواجهتي فلسطين والأردن",
     "كشف مصدر في اتحاد", "وأضاف أن الجهاز الفني",
     ["شاهد: لقطات من تدريبات المنتخب في ملعب جذع النخلة"])
page("m1_14_tawjihi", "عمون", "2024-06-09",
     "التربية تنشر 5 إرشادات لطلبة التوجيهي قبل بدء الامتحانات",
     "عمون - نشرت", "وأكد الناطق الإعلامي")
page("m1_15_exports", "بترا", "2024-05-17",
     "الصادرات الوطنية ترتفع 4.2 بالمئة في الربع الأول",
     "عمان 17 أيار (بترا)", "واحتلت الولايات المتحدة")
page("m1_16_fuel_prices", "لبنان 24", "2024-08-14",
     "انخفاض سعر البنزين 95 أوكتان.. إليكم جدول الأسعار الجديد",
     "صدر صباح اليوم", "ويعزو أصحاب المحطات")
page("m1_17_baalbeck", "الوكالة الوطنية للإعلام", "2024-07-03",
     "مهرجانات بعلبك تعلن برنامج دورتها الجديدة بأربع أمسيات",
     "وطنية - أعلنت", "وأضافت أن أسعار البطاقات")
page("m1_18_olive_harvest", "وفا", "2024-10-26",
     "مستعمرون يهاجمون قاطفي الزيتون في ترمسعيا ويحرقون عشرات الأشجار",
     "رام الله 26-10-2024 وفا-", "وأشار إلى أن هذا الاعتداء",
     ["مزارعون يجمعون ثمار الزيتون في أرض قريبة من ترمسعيا"])
page("m1_19_school_year", "سانا", "2024-09-15",
     "أكثر من 3 ملايين تلميذ يتوجهون إلى مدارسهم مع بدء العام الدراسي",
     "توجه أكثر من ثلاثة ملايين", "أقر الوزير")
page("m1_20_hajj_heat", "عكاظ", "2024-06-18",
     "الصحة: التعامل مع أكثر من 2700 حالة إجهاد حراري بين الحجاج",
     "أوضحت الوزارة أن معظم الحالات", "وأشارت الوزارة إلى أنها",
     ["فهد البندر (مكة المكرمة) okaz_online@"])
page("m1_21_iqama_service", "سبق", "2024-02-21",
     "إطلاق خدمة رقمية لتجديد الإقامة دون مراجعة الجوازات",
     "سبق- الرياض:", "وتأتي الخدمة ضمن")
page("m1_22_boursa", "القبس", "2024-02-27",
     "مؤشرات البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
     "أنهت بورصة الكويت", "ويرى متعاملون",
     ["اقرأ أيضاً", "الكويت تطرح مناقصة جديدة لمشروع الطاقة الشمسية"])
page("m1_23_heat_kuwait", "كونا", "2024-07-10",
     "الأرصاد: الحرارة تلامس 51 درجة مئوية وتحذير من الغبار",
     "الكويت - 10 - 7 (كونا)", "وأضاف أن الأجواء الحارة")
page("m1_24_trade", "وام", "2024-03-05",
     "تجارة الإمارات غير النفطية تنمو 12.6 بالمئة في 2023",
     "أبوظبي في 5 مارس / وام /", "وأكدت الوزارة أن اتفاقيات")
page("m1_25_bus_routes", "الإمارات اليوم", "2024-05-21",
     "«طرق دبي» تطلق 4 خطوط حافلات جديدة الشهر المقبل",
     "أعلنت هيئة الطرق", "وأضاف أن الهيئة ستعدل")
page("m1_26_museum", "الراية", "2024-04-16",
     "متحف قطر الوطني يطلق برنامجا للأطفال خلال الصيف",
     "أطلق متحف قطر الوطني", "وتأتي المبادرة")
page("m1_27_khareef", "أثير", "2024-07-01",
     "ظفار تستعد لموسم الخريف بـ 30 فعالية وتوقعات بمليون زائر",
     "أعلنت بلدية ظفار", "وتشمل الاستعدادات")
page("m1_28_sleep_study", "بي بي سي", "2025-03-12",
     "دراسة: النوم أقل من 6 ساعات يرفع خطر الإصابة بالسكري",
     "خلصت دراسة واسعة", "ويقول معدو الدراسة",
     ["صدر الصورة، Getty Images",
      "التعليق على الصورة، يوصي الأطباء البالغين بالنوم ما بين سبع وتسع ساعات ليلا"])
page("m1_29_phones_ai", "CNN", "2024-05-29",
     '"الذكاء الاصطناعي في جيبك": شركات الهواتف تتسابق على الميزات الجديدة',
     "دبي، الإمارات العربية المتحدة (CNN)--", "يرى خبراء أن الإجابة")
page("m1_30_germany_floods", "DW عربية", "2024-06-04",
     "فيضانات جنوب ألمانيا.. آلاف الأشخاص يغادرون منازلهم",
     "اضطر آلاف السكان", "وقال المستشار الألماني")


def own_checks(gold):
    """Set-specific asserts: title once as a line, metadata set, body size, files listed."""
    art = HERE / "articles"
    stems = sorted(p.stem for p in art.glob("m1_*.txt"))
    assert stems == sorted(a["article"] for a in gold), "pages and annotations differ"
    assert len(gold) == 30
    for a in gold:
        stem = a["article"]
        lines = [ln.strip() for ln in (art / f"{stem}.txt").read_text("utf-8").splitlines()]
        assert lines.count(a["title"]) == 1, (stem, "title not once as a line")
        assert a["outlet"] and a["published"], (stem, "outlet/published missing")
        for b in a["boilerplate"]:
            assert b in lines, (stem, b)
        assert a["title"] not in a["boilerplate"], stem
        assert not (a["numbers"] or a["dates"] or a["claims"]), stem
        body = a["_body"].split("\n", 1)[1]
        words = len(body.split())
        assert 60 <= words <= 150, (stem, words)
    outlets = [a["outlet"] for a in gold]
    assert len(set(outlets)) == 30, "outlets must all differ"


def main():
    gold = build(ARTICLES, HERE / "articles")
    own_checks(gold)
    for a in gold:
        a.pop("_body")
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for a in gold:
        print(f"{a['article']:24s} {a['published']} {a['outlet']:24s} bp {len(a['boilerplate']):2d}")


if __name__ == "__main__":
    main()
