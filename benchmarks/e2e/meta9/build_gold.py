"""Build meta9/gold.json: blind held-out gold for page chrome (meta9).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to this set's 75-115 words.
Run: python benchmarks/e2e/meta9/build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta9, held out for session 24, and moved here at its end.)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # goldkit, in benchmarks/e2e

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi sports media: the page's <title> line `<headline> — ثمانية` first; Latin-only logo
# `THMANYAH` / `SPORTS`; a `|` category line above the headline; Hijri + Gregorian date on one line
# (`الخميس 18 صفر 1446 هـ الموافق 22 أغسطس 2024 م`); reading time. The Arabic name, a common number
# word, is only in the <title> line, the app prompt and the copyright, and also occurs in the body
# as a numeral word (`ثمانية ملاعب`).
page("m9_01_saudi_offside_tech", "ثمانية", "2024-08-22",
     "الحكام يعتمدون تقنية التسلل شبه الآلية في دوري المحترفين",
     "أعلنت لجنة الحكام", "وسيشاهد الجمهور")

# 02 Saudi regional paper: Hijri-only crawl header two days later (3 Rabi I 1446 = 6 Sep 2024);
# logo `صحيفة الأحساء نيوز الإلكترونية` + Latin; credit line `الأحساء نيوز - الهفوف`; the article's
# own date is a HIJRI-ONLY, year-first numeral `1446/3/1 هـ` (= 4 Sep 2024); a caption credited
# `(واس)` between paragraphs 1 and 2 (an agency credit, not the outlet).
page("m9_02_ahsa_dates_auction", "الأحساء نيوز", "2024-09-04",
     "مزاد التمور في الأحساء يسجل أعلى تداول يومي منذ بداية موسم الصرام",
     "سجل مزاد التمور", "ويستمر المزاد يوميا",
     ["جانب من ساحة مزاد التمور في الهفوف (واس)"])

# 03 UAE family magazine: sister-publication row of the publishing house first (`الخليج | كل الأسرة
# | Gulf Today | ...`); Arabic + Latin logo; one-item-a-line menu; kicker; the headline SPLIT over
# two lines, a topic line ending in `:` (boilerplate, as a surtitle) and the headline proper;
# date, place-byline; standfirst (body); caption after the body; footer names only the house
# (`دار الخليج للصحافة والطباعة والنشر`).
page("m9_03_sharjah_summer_reading", "كل الأسرة", "2024-07-09",
     "مكتبات عامة تفتح أبوابها للأطفال حتى المساء",
     "برامج يومية للحكي", "وتنصح المشرفة")

# 04 Kuwait site: Hijri + Gregorian crawl header a day later; Arabic + Latin logo; an `عاجل |`
# ticker headline, an update stamp (`آخر تحديث: 14 يناير 2025`) and a kicker ABOVE the headline;
# credit `الكويتية - خاص` and `نشر في: 13 يناير 2025` under it; view count, print and font widgets.
page("m9_04_kuwait_abandoned_cars", "الكويتية", "2025-01-13",
     "البلدية ترفع 312 سيارة مهملة من شوارع الفروانية خلال أسبوع",
     "رفعت فرق بلدية", "وتنتقل الحملة")

# 05 Yemeni site: Latin-only logo and a Latin copyright; a numbered `الأكثر قراءة` list of two
# headlines and a kicker above the headline; Hijri + Gregorian date on one line; the Arabic name
# only in the tag `تعز (نشوان نيوز) –` opening body line 1.
page("m9_05_taiz_university", "نشوان نيوز", "2023-10-05",
     "جامعة تعز تفتح باب التسجيل للعام الجامعي الجديد وتعلن رسوم الكليات",
     "تعز (نشوان نيوز)", "ودعا المتقدمين")

# 06 Yemeni site: crawl header first (three days later); Latin + Arabic logo; a `»` breadcrumb
# repeating the FULL headline after `الرئيسية » تقارير »` right above the kicker and headline; the
# date only after the body (`14 فبراير، 2024`, under the place-byline).
page("m9_06_socotra_flights", "يمن فيوتشر", "2024-02-14",
     "عودة الرحلات الأسبوعية إلى سقطرى تنعش موسم السياحة في الأرخبيل",
     "استأنفت رحلة أسبوعية", "وتخضع زيارة الأرخبيل")

# 07 Iraqi daily: the publisher line (journalists' syndicate) first; Arabic + Latin logo; issue
# number + Levantine date; kicker; a headline SPLIT over two lines: line 1 the title, line 2 a
# second deck opening with `و` (body, as a standfirst); tag line `بغداد/ الزوراء:` after the deck
# (inner_bp); the date again after the body; copyright names only the syndicate.
page("m9_07_mutanabbi_street", "الزوراء", "2024-11-26",
     "شارع المتنبي يستعيد واجهاته التراثية",
     "وأصحاب المكتبات يترقبون", "ويعد الشارع",
     ["بغداد/ الزوراء:"])

# 08 Kurdistan TV, Arabic service: Latin-only logo `NRT` + `عربية`; language row; `LIVE`; an
# `عاجل` strip headline and a kicker right above the headline; ISO date `2024-04-24 | 14:05`; the
# Arabic name only in a watch prompt after the body; footer names the company in Latin.
page("m9_08_dukan_lake", "إن آر تي", "2024-04-24",
     "ارتفاع منسوب بحيرة دوكان يعيد الأمل للمزارعين وأصحاب المنتجعات",
     "ارتفع منسوب المياه", "كما يستعد أصحاب")

# 09 Iraqi state TV: the page's <title> line (a shortened headline + `| العراقية الإخبارية`) first;
# the network `شبكة الإعلام العراقي` / `IMN` and its channel row (with `جريدة الصباح`); kicker;
# Eastern-digit day-first unpadded `١١/٦/٢٠٢٣`; tag `الديوانية/ العراقية الإخبارية:` opening body
# line 1 (outlet, descriptor dropped); copyright names only the network.
page("m9_09_diwaniyah_wheat", "العراقية", "2023-06-11",
     "سايلوات الديوانية تتسلم أكثر من 300 ألف طن من الحنطة منذ بدء موسم التسويق",
     "الديوانية/ العراقية", "ودعا الفلاحين")

# 10 Lebanon TV: Latin-only logo `OTV` / `LEBANON`; a video teaser headline `▶ 01:48 | ...` and a
# kicker above a short headline; `الأربعاء 29 أيار 2024 | 10:15`; the Arabic name only in a
# YouTube prompt; Latin copyright.
page("m9_10_lebanon_fuel_prices", "أو تي في", "2024-05-29",
     "انخفاض سعر صفيحة البنزين وارتفاع طفيف للغاز",
     "انخفض سعر صفيحة", "وتصدر الوزارة")

# 11 Sidon local site: crawl-day header `الثلاثاء 2 تموز 2024` first; Arabic + Latin logo; a `←`
# breadcrumb ending in the headline TRUNCATED with `...`; kicker; only `منذ ساعتين` under the
# headline: no full dateline, so published comes from the manifest (2 Jul 2024).
page("m9_11_saida_beach", "صيدا أون لاين", "2024-07-02",
     "بلدية صيدا تبدأ حملة تنظيف الشاطئ الشعبي قبل ذروة الموسم",
     "بدأت بلدية صيدا", "ويعد الشاطئ الشعبي")

# 12 Syrian radio: Latin logo with frequency; listen prompt and on-air programme line; kicker;
# an AMBIGUOUS day-month date `11-12-2023` (read day first: 11 Dec; the body's `اليوم الاثنين`
# agrees); tag line `دمشق - شام إف إم` on its own line; Latin copyright.
page("m9_12_damascus_heating_diesel", "شام إف إم", "2023-12-11",
     "بدء توزيع الدفعة الثانية من مازوت التدفئة في دمشق وريفها",
     "بدأت شركة المحروقات", "ويشكو كثير")

# 13 Syrian economy site: Latin-only logo; a price-update stamp dated the NEXT day (`17/10/2024`)
# and an exchange-rate ticker at the top; one-item-a-line menu; kicker and a surtitle `مع بداية
# موسم القطاف..` right above the headline; year-first `2024/10/16 - 14:32`; the Arabic name only
# in the copyright line.
page("m9_13_olive_oil_prices", "سيريا ستيبس", "2024-10-16",
     "أسعار زيت الزيتون تتراجع في الأسواق السورية وتوقعات بإنتاج أفضل",
     "تراجعت أسعار زيت", "ويرى متابعون")

# 14 Jordan site: <title> line (a shorter wording + `| الوكيل الإخباري`) first; Hijri + Gregorian
# crawl header two days later; logo `الوكيل الإخباري` + Latin; `03-03-2025 11:42 AM`; tag
# `الوكيل الإخباري -` opening body line 1 (outlet, descriptor dropped).
page("m9_14_amman_ramadan_bus", "الوكيل", "2025-03-03",
     "أمانة عمّان تعدل مواعيد تشغيل الباص سريع التردد خلال شهر رمضان",
     "الوكيل الإخباري - أعلنت", "ودعت الركاب")

# 15 Nazareth weekly's site: domain line, paper logo `الصنارة` and paper tagline; kicker; a photo
# caption right ABOVE the headline; dotted `01.09.2023 - 08:10`; credit line `الناصرة - الصنارة
# نت` (the site, not the paper); footer `صحيفة الصنارة`.
page("m9_15_nazareth_school_year", "الصنارة نت", "2023-09-01",
     "افتتاح السنة الدراسية في البلدات العربية بنقص في المعلمين وازدحام على المداخل",
     "توجه عشرات آلاف", "ودعت الأهالي")

# 16 Egypt economy paper: an exchange-rate ticker dated the NEXT day (`05/12/2024`) first; Latin +
# Arabic logo; two category lines (`البورصة والشركات`, `مؤشرات`) above the headline; `كتب:` byline
# and `4 ديسمبر 2024` under it; read-also and follow lines after the body.
page("m9_16_egx_session", "حابي", "2024-12-04",
     "البورصة المصرية تربح 18 مليار جنيه في ختام تعاملات الأربعاء بدعم من مشتريات الأجانب",
     "ارتفع المؤشر الرئيسي", "ويرى محللون")

# 17 Egypt site: Latin-only logo `dotmsr`; a read-also headline line and a kicker above the
# headline; `الأربعاء، 14 أغسطس 2024 03:20 م`; gallery counter `1 / 6` and an archive caption
# before paragraph 1; the Arabic name only in the copyright line.
page("m9_17_cairo_monorail", "دوت مصر", "2024-08-14",
     "بدء التشغيل التجريبي لمونوريل شرق النيل بين العاصمة الإدارية ومدينة نصر",
     "بدأت الهيئة القومية", "ولم تعلن الهيئة")

# 18 Egypt sports site: Latin + Arabic logo; kicker, a competition line and a scoreboard line
# `مصر 30 - 26 تونس` right above the headline; only `منذ 21 ساعة` near it; the full date only
# after the body (`نشر بتاريخ: 25-10-2024 | 21:40`).
page("m9_18_handball_youth", "بطولات", "2024-10-25",
     "منتخب شباب اليد يتوج باللقب العربي على حساب تونس",
     "توج منتخب مصر", "وقال المدير الفني")

# 19 Sudanese site: Latin-only logo and Latin copyright; kicker and a `كتب:` byline ABOVE the
# headline; `17 يناير، 2024`; the Arabic name only in an app prompt; two reader comments with
# LATER dates (18 and 19 Jan) after the body.
page("m9_19_kassala_fruit", "مداميك", "2024-01-17",
     "تراجع أسعار الموز والقريب فروت في أسواق كسلا مع وفرة الإنتاج",
     "كسلا – شهدت", "وتعد كسلا")

# 20 Sudanese paper: <title> line (shortened headline + `- صحيفة الطريق`) first; Eastern-digit crawl
# header two days later; logo `الطريق` (a common word, also in the body: `الطريق القومي`); kicker;
# Eastern-digit `٨ أغسطس ٢٠٢٣`; tag line `بورتسودان - الطريق` on its own line.
page("m9_20_portsudan_bread", "الطريق", "2023-08-08",
     "زيادة جديدة في سعر الرغيف ببورتسودان والمخابز تشكو ارتفاع تكلفة الدقيق",
     "رفعت مخابز", "ولم تعلن سلطات")

# 21 Libyan TV: crawl header a day later first; a digits-only logo `218` and the network row
# `218TV | 218NEWS`; kicker; AMBIGUOUS `06/05/2024 - 13:25` (read day first: 6 May; the body's
# `اليوم الاثنين` agrees); outlet only as digits in a follow prompt and the copyright.
page("m9_21_tripoli_post_delivery", "218", "2024-05-06",
     "البريد الليبي يطلق خدمة توصيل الطرود إلى المنازل في طرابلس",
     "أطلقت الشركة العامة", "وتأتي الخدمة")

# 22 Libyan site: crawl header two days later first; Latin + Arabic logo; an `اقرأ أيضا` list of
# two headlines and a kicker right above the headline; no date near it: the date only after the
# body (`نُشر في 20 ديسمبر 2023`), then the credit `مصراتة - خاص المتوسط`; the name is also a
# common word in the body (`البحر المتوسط`).
page("m9_22_misrata_container_ship", "المتوسط", "2023-12-20",
     "ميناء المنطقة الحرة بمصراتة يستقبل أكبر سفينة حاويات في تاريخه",
     "رست في ميناء", "ويأمل تجار")

# 23 Moroccan paper's site: crawl header a day later; Latin domain logo + Arabic name; kicker; the
# headline followed by its FRENCH version (`FR | Bac 2024 : ...`); published `الخميس 27 يونيو 2024`
# and an update stamp the next day under it.
page("m9_23_morocco_bac_results", "الأحداث المغربية", "2024-06-27",
     "نسبة النجاح في الدورة العادية للباكالوريا تبلغ 68 بالمئة",
     "أعلنت وزارة التربية", "وتنطلق مباريات")

# 24 Tangier regional site: crawl header a day later (`يوليوز`); Latin-only logo and copyright;
# regional tagline; hashtag trend row and kicker above the headline; Moroccan month `الإثنين 15
# يوليوز 2024`; the Arabic name only in a follow prompt.
page("m9_24_tangier_marhaba", "شمال بوست", "2024-07-15",
     "عملية مرحبا: ميناء طنجة المتوسط يستقبل أزيد من 40 ألف مسافر في يوم واحد",
     "استقبل ميناء طنجة", "ويرتقب أن تبلغ")

# 25 Algerian public radio: Latin-only logo `Radio Algérienne`; four-language row; a live line for
# one of its channels (`القناة الأولى`); kicker; a FRENCH date line `Publié le 10/09/2024 à 11:32`;
# the Arabic name only in the copyright line.
page("m9_25_algiers_school_supplies", "الإذاعة الجزائرية", "2024-09-10",
     "معرض الأدوات المدرسية بالعاصمة: أسعار في المتناول قبل أيام من الدخول المدرسي",
     "انطلق بقصر المعارض", "ويستمر المعرض")

# 26 Tunisian radio: crawl header two days later first; Latin-only logo with frequency; live line;
# a podcast promo line and a kicker above the headline; `23/12/2024 - 14:10`; the Arabic name only
# in a listen prompt; Latin copyright.
page("m9_26_sfax_olive_oil", "شمس أف أم", "2024-12-23",
     "صفاقس: تراجع أسعار زيت الزيتون عند الإنتاج يثير قلق الفلاحين",
     "تشهد معاصر", "ويتوقع أن تسجل")

# 27 Mauritanian site: Latin-only logo and copyright; kicker; no date near the headline: the date
# only after the body, Hijri + Gregorian (`الثلاثاء 9 رمضان 1445 هـ / 19 مارس 2024`); the Arabic
# name (a common word) only in the tag `نواكشوط (تقدمي) –` opening body line 1.
page("m9_27_nouakchott_water", "تقدمي", "2024-03-19",
     "شركة الماء تعلن برنامجا لتوزيع المياه في تفرغ زينة خلال رمضان",
     "نواكشوط (تقدمي)", "ودعا السكان")

# 28 International migrants' site, Arabic edition: Latin-only logo `InfoMigrants`; language row; an
# update stamp (`06/11/2024`) ABOVE the kicker and headline; `نشر في: 05/11/2024` and the byline
# `مهاجر نيوز` under it; sister-network links (`فرانس 24 | مونت كارلو الدولية | RFI`) and the
# group's Latin copyright after the body.
page("m9_28_france_residence_permits", "مهاجر نيوز", "2024-11-05",
     "فرنسا: منصة إلكترونية جديدة لتجديد بطاقات الإقامة تدخل الخدمة",
     "بدأت السلطات الفرنسية", "وتشكو الجمعيات")

# 29 Arabic site in London: <title> line (a shorter wording + `| عرب لندن`) first; English cookie
# banner; Latin + Arabic logo; weather widget; kicker; English-format date `Wednesday, 26 February
# 2025`; Latin copyright of the company.
page("m9_29_london_tfl_fares", "عرب لندن", "2025-02-26",
     "ارتفاع أجور المواصلات في لندن مطلع مارس: ما الذي يتغير على الركاب؟",
     "ترتفع أجور المواصلات", "وتنصح الهيئة")

# 30 Vatican news portal, Arabic edition: Latin-only logo; language row; kicker; an audio widget
# (`استمع` / `02:41`) right above the headline; AMBIGUOUS `10/04/2024` (read day first: 10 Apr;
# the body's `اليوم الأربعاء` agrees); the Arabic name only in the footer, after the dicastery.
page("m9_30_vatican_museums", "فاتيكان نيوز", "2024-04-10",
     "المتاحف الفاتيكانية تمدد فتح أبوابها مساء الجمعة حتى نهاية أكتوبر",
     "أعلنت إدارة المتاحف", "ويزور المتاحف")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(75, 115))
