"""Build /work/hold/meta5/gold.json: blind held-out gold for page chrome (meta5).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims).
Run: python benchmarks/e2e/meta5/build_gold.py  (writes gold.json, then checks it).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Bahrain daily: <title>-style line first; issue + Hijri + Gregorian line; byline tag.
page("m5_01_muharraq_walkway", "الوسط", "2016-04-12",
     "بلدي المحرق يقر موازنة ممشى الساحل الشمالي",
     "أقر المجلس البلدي", "وصوّت لصالح")

# 02 Oman portal: kicker + three-word title; آخر تحديث above تاريخ النشر; footer-only name.
page("m5_02_mutrah_parking", "شؤون عمانية", "2023-10-17",
     "مواقف مطرح الجديدة",
     "بدأت بلدية مسقط", "وأشارت البلدية")

# 03 Kuwait weekly: quote headline + deck (body); date only in the byline, dd/mm.
page("m5_03_coop_prices", "الطليعة", "2022-03-02",
     "«الجمعيات ليست مخازن للتجار».. اتحاد التعاونيات يرفض زيادة أسعار 80 سلعة",
     "الاتحاد يطالب وزارة", "في المقابل، يقول",
     ["كتب: فيصل العنزي - 02/03/2022"])

# 04 Saudi e-paper: <title> line and breadcrumb repeat the headline; one-word list in body.
page("m5_04_rain_warning", "المواطن", "2024-04-23",
     "أمطار غزيرة على 6 مناطق حتى الخميس",
     "نبّه المركز", "يرجح المركز")

# 05 Gulf portal: منذ 5 ساعات + kicker; share line repeats the headline; agency credit.
page("m5_05_oil_prices", "الخليج الجديد", "2024-09-09",
     "النفط يرتفع مع تراجع المخزونات الأمريكية وعواصف خليج المكسيك",
     "ارتفعت أسعار النفط", "ويترقب المتعاملون")

# 06 Lebanon portal: Latin logo; kicker خاص (also a menu item); Arabic name in byline.
page("m5_06_generator_tariff", "ليبانون ديبايت", "2024-02-08",
     'تسعيرة المولدات لشباط: انخفاض طفيف و"فوضى" في العدادات',
     "أصدرت وزارة الطاقة", "وتؤكد الوزارة")

# 07 Lebanon site: crawl header; English name line above the headline; caption, read-also.
page("m5_07_south_olives", "العهد", "2024-11-29",
     "مزارعو الجنوب يعودون إلى حقول الزيتون بعد وقف إطلاق النار",
     "عاد مئات المزارعين", "وتعمل البلديات",
     ["مزارع يتفقد أشجار الزيتون المحترقة في بلدة دير قانون النهر",
      "اقرأ أيضًا: بلديات الجنوب تبدأ مسح الأضرار في المنازل والطرق"])

# 08 Syria site: breadcrumb ending in the headline; place-tag line; question line in body.
page("m5_08_idlib_wheat", "بلدي نيوز", "2023-06-14",
     "مزارعو إدلب يبيعون القمح بأقل من كلفته",
     "بدأ مزارعو ريفي", "وشهدت المنطقة")

# 09 Syria site: English name + kicker (also a menu item) above a 22-word headline.
page("m5_09_damascus_fares", "أثر برس", "2025-01-12",
     "تعرفة جديدة لسرافيس دمشق وريفها بعد تعديل سعر المازوت: الراكب يدفع 2000 ليرة على"
     " الخطوط القصيرة و3000 على الطويلة ابتداءً من اليوم",
     "أصدرت محافظة دمشق", "ودعت المحافظة")

# 10 Jordan daily: <title> line `| السبيل`; منذ ساعتين; numbered list in body and chrome.
page("m5_10_domestic_tourism", "السبيل", "2024-07-03",
     'برنامج "أردنّا جنّة" ينطلق بثلاثة مسارات جديدة هذا الصيف',
     "أعلنت وزارة السياحة", "ويستمر البرنامج")

# 11 Palestine portal: crawl header a day later; 35-word headline; tag opens body line 1.
page("m5_11_grape_festival", "دنيا الوطن", "2022-08-17",
     "بالصور: وزارة الزراعة تطلق مهرجان العنب الخليلي في بلدة حلحول بمشاركة أكثر من 60"
     " مزارعاً وتعاونية نسوية وتدعو المواطنين إلى زيارة الأجنحة والتسوق مباشرة من"
     " المزارعين لدعم المنتج الوطني في ظل تراجع الأسعار هذا الموسم",
     "الخليل - دنيا الوطن", "ويفتح المهرجان")

# 12 Palestine agency: crawl header; category line; share line repeats the headline.
page("m5_12_gaza_trucks", "سما", "2024-03-05",
     "الأونروا: 15 شاحنة فقط وصلت شمال قطاع غزة منذ بداية الشهر",
     "غزة / سما /", "وطالبت بفتح")

# 13 Palestine daily: short question headline among short menu items; date in author box.
page("m5_13_nablus_water", "الحياة الجديدة", "2023-09-21",
     "من يدفع ثمن المياه؟",
     "أثار قرار بلدية", "بهذه العبارة")

# 14 Iraq network: numeric logo `964`; English date; شاهد: label mid-body.
page("m5_14_basra_heat", "شبكة 964", "2024-07-08",
     "البصرة تقلص الدوام الرسمي مع تجاوز الحرارة 50 درجة",
     "قررت الحكومة المحلية", "ونصحت دائرة الصحة",
     ["شاهد: طوابير أمام محطات تعبئة المياه في أبي الخصيب"])

# 15 Iraq agency: <title> line with the site name FIRST; date + view count above headline.
page("m5_15_budget_vote", "المعلومة", "2025-01-20",
     "البرلمان يؤجل التصويت على جداول الموازنة إلى الأسبوع المقبل",
     "المعلومة/ بغداد", "وأضاف أن عدداً")

# 16 Egypt portal: domain-only name (manifest); breadcrumb + إعلان; read-also, إعلان mid-body.
page("m5_16_ramadan_prices", "مبتدا", "2024-03-14",
     "أسعار الياميش تتراجع في أسبوع رمضان الأول.. والبلح الأكثر طلباً",
     "تراجعت أسعار عدد", "ويتوقع التجار",
     ["اقرأ أيضا: الحكومة تطرح 7 آلاف طن سكر في المنافذ", "إعلان"])

# 17 Egypt portal: quote headline after kicker رياضة; outlet only in the footer.
page("m5_17_ahly_coach", "الموجز", "2023-09-16",
     'مدرب الأهلي: "لم نلعب مباراة جيدة.. لكن النقاط الثلاث هي الأهم"',
     "أبدى المدير الفني", "ويلتقي الأهلي",
     ["شاهد: هدف الأهلي الوحيد في المباراة"])

# 18 Egypt daily: English + portal name lines above headline; standfirst; meta line inside.
page("m5_18_alexandria_hall", "أخبار اليوم", "2023-12-04",
     "افتتاح قاعة جديدة للمخطوطات في متحف الإسكندرية القومي",
     "القاعة تضم 140", "ومن المقرر أن",
     ["نشر: الإثنين، 04 ديسمبر 2023 - 01:15 م | كتب: أحمد سامي"])

# 19 Morocco portal: ticker headlines and a most-viewed item just above the headline; ماي.
page("m5_19_casablanca_tram", "العمق المغربي", "2024-05-17",
     "انطلاق التجارب التقنية للخط الثالث من ترامواي الدار البيضاء",
     "انطلقت، اليوم الجمعة", "ودعت الشركة الراجلين")

# 20 Morocco portal: quote standfirst; tag line inside; date only at the foot after tags.
page("m5_20_eid_sheep", "أخبارنا المغربية", "2024-06-09",
     "أسعار الأضاحي تلهب جيوب الأسر قبل أسبوع من العيد",
     'كساب: "الغلاء', "ويرجع الكسابة",
     ["أخبارنا المغربية ـ الدار البيضاء"])

# 21 Algeria daily: three-word headline after a font-size toolbar; tag opens body line 1.
page("m5_21_plowing_season", "الشعب", "2024-11-19",
     "حملة الحرث والبذر",
     "البويرة - الشعب", "كما دعا المدير")

# 22 Tunisia portal: French cookie line; kicker; أوت; share line repeats the headline.
page("m5_22_sfax_water", "تونس الرقمية", "2024-08-22",
     "انقطاع الماء في معتمديات من صفاقس.. والصوناد توضح",
     "شهدت عدة مناطق", "ويشتكي متساكنون")

# 23 Libya site: منذ يومين; breadcrumb repeat; carries the state agency (المصدر: line).
page("m5_23_benghazi_port", "المرصد الليبي", "2023-12-05",
     "ارتفاع حركة الحاويات في ميناء بنغازي 18% خلال نوفمبر",
     "أعلنت إدارة ميناء", "وأضافت أن خطة")

# 24 Mauritania agency: crawl header; French name line; date only in the body tag, dd/mm.
page("m5_24_octopus_season", "الوكالة الموريتانية للأنباء", "2025-02-11",
     "وزير الصيد يشرف على افتتاح موسم صيد الأخطبوط بنواذيبو",
     "نواذيبو، 11/02/2025", "وقال رئيس اتحادية")

# 25 Sudan portal: WordPress `أغسطس 26, 2024`; breadcrumb repeat; a bare credit line.
page("m5_25_gedaref_sorghum", "النيلين", "2024-08-26",
     "شح الجازولين يهدد الموسم الزراعي في القضارف",
     "حذر مزارعون", "وطالب اتحاد المزارعين")

# 26 Yemen site: kicker + standfirst; Gregorian + Hijri line and place tag inside.
page("m5_26_taiz_tankers", "الموقع بوست", "2024-03-28",
     "أسعار صهاريج المياه تثقل كاهل سكان تعز في رمضان",
     "سعر الوايت الواحد", "وتعتمد أحياء عدة",
     ["الخميس, 28 مارس, 2024 - 06:40 مساءً | 18 رمضان 1445",
      "تعز - الموقع بوست - خاص"])

# 27 Iranian agency: Eastern digits + Solar Hijri; news-code line; tag without a year.
page("m5_27_pistachio_exports", "إرنا", "2024-10-01",
     "إيران تتوقع تصدير ١٥٠ ألف طن من الفستق هذا الموسم",
     "طهران/ ١ أكتوبر", "وأشار إلى أن المنتجين")

# 28 US radio site: 23:05 GMT (next day in the region) + تم التحديث; kicker; (AP) credit.
page("m5_28_daily_steps", "راديو سوا", "2025-02-18",
     "دراسة: 7 آلاف خطوة يومياً تكفي لخفض مخاطر الوفاة المبكرة",
     "خلصت دراسة واسعة", "وينصح الأطباء")

# 29 pan-Arab portal: quote-led headline + standfirst; date, author, caption inside.
page("m5_29_novel_prize", "ألترا صوت", "2021-12-05",
     '"الكتابة عن المدن الصغيرة ليست حنيناً".. ست روايات في القائمة القصيرة لجائزة'
     " الرواية الأولى",
     "تضم القائمة كتّاباً", "وتمنح الجائزة",
     ["الأحد 05 ديسمبر 2021", "فريق التحرير", "أغلفة الروايات المرشحة (فيسبوك)"])

# 30 Egypt-focused network: Latin logo; kicker فيديو; Eastern-digit date; video label.
page("m5_30_bread_prices", "شبكة رصد", "2022-06-14",
     "ارتفاع جديد في سعر رغيف الخبز الحر بالقاهرة",
     "رفعت مخابز", "ويقول مواطنون إن الخبز",
     ["شاهد الفيديو | مواطنون يتحدثون عن سعر الرغيف"])


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES)
