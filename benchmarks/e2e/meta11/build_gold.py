"""Build meta11/gold.json: blind held-out gold for page chrome (meta11).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to the brief's 60-150 words.
Run: python3 build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta11.)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# goldkit sits in benchmarks/e2e (the set was written in /work/hold/meta11 with an absolute path to it,
# dropped when the set was moved here in session 26's round).
sys.path.insert(0, str(HERE.parent))
sys.dont_write_bytecode = True  # no __pycache__ beside goldkit

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi regional site: a crawl header a day later with weather first; Latin-only logo
# `JAZANNEWS` and a motto; menu; an `عاجل |` ticker headline and a kicker above the headline; a
# NUMERIC HIJRI-ONLY dateline `الثلاثاء 1445/11/06هـ` (= 14 May 2024, a Tuesday); place-byline;
# a photo caption, share and keyword rows after the body; the Arabic name only in a WhatsApp
# channel prompt (`تابعوا قناة جازان نيوز على واتساب ...`); Latin domain copyright.
page("m11_01_jazan_mango_festival", "جازان نيوز", "2024-05-14",
     "انطلاق مهرجان المانجو الـ19 في صبيا بمشاركة أكثر من 150 مزارعا",
     "انطلقت مساء أمس", "ويتوقع المنظمون")

# 02 UAE radio: a crawl header a day later first; the PUBLISHER's Arabic name
# (`هيئة الشارقة للإذاعة والتلفزيون`) before a Latin-only logo `SHARJAH RADIO` / `FM 94.4`; listen
# and on-air lines; menu; kicker and a podcast promo right above the headline; only `منذ يوم` under
# it; the date only after the body, DOTTED (`نُشر: 01.11.2023 - 11:30`); the station's Arabic name
# only in the listen prompt after the body; the copyright names the publisher.
page("m11_02_sharjah_book_fair", "إذاعة الشارقة", "2023-11-01",
     "افتتاح الدورة الثانية والأربعين لمعرض الشارقة الدولي للكتاب بمشاركة 2033 ناشرا",
     "افتتح صباح اليوم", "ويستمر المعرض")

# 03 Bahraini daily: the BROWSER-TAB line first (`<headline> | أخبار البحرين`, not the title);
# weather and currency; the Arabic logo SPLIT over two lines (`أخبار` / `البحرين`) and a Latin
# logo; a same-day issue line; menu; kicker; a YEAR-FIRST stamp `2024/02/20 09:12 م` and a
# DAY-FIRST update stamp the next day (`21/02/2024 01:05 ص`); read-also, comments, Latin copyright.
page("m11_03_bahrain_grand_prix_tickets", "أخبار البحرين", "2024-02-20",
     "حجز كامل لتذاكر سباق جائزة البحرين الكبرى للفورمولا 1 قبل أسبوعين من انطلاقه",
     "أعلنت حلبة البحرين", "وتستضيف الحلبة")

# 04 Kuwaiti parliament site: a crawl header two days later first; Arabic logo `المجلس` (a common
# word: `مجلس الأمة`, `إلى المجلس` in the body) and motto; menu; a live line, kicker and a vote
# widget (`نتيجة التصويت ...: موافقة 7 | رفض 0`) above the headline; Hijri + Gregorian dateline
# (`7 محرم 1445هـ | 25 يوليو 2023م`); byline; related, share; copyright `موقع المجلس - ...`.
page("m11_04_kuwait_budget_committee", "المجلس", "2023-07-25",
     "لجنة الميزانيات توصي بتحصيل مستحقات الكهرباء المتأخرة على الجهات الحكومية",
     "أوصت لجنة الميزانيات", "وأحالت اللجنة")

# 05 Omani site (Arabic section of an English paper): a crawl header two days later first; Latin
# and Arabic logos; language row; menu; currency and oil; a numbered `الأكثر مشاهدة` list and a
# kicker above the headline; an ENGLISH MONTH-FIRST date `January 18, 2025 | 7:40 PM`; read-also,
# app prompt, Latin copyright of the publisher.
page("m11_05_muscat_marathon", "مسقط ديلي", "2025-01-18",
     "أكثر من 12 ألف عداء في ماراثون مسقط بنسخته الثالثة عشرة",
     "شارك أكثر من 12 ألف", "وأقيم على هامش")

# 06 Aden daily: a Hijri-first crawl header a day later first (`الأربعاء 16 ذو القعدة 1443 -
# 15 يونيو 2022`); Arabic logo and motto; menu; a cartoon box (label and a quoted caption) and a
# kicker above the headline; a Hijri-first dateline with `الموافق`; tag line `عدن / الأمناء / خاص`
# on its own line; comments label; the publisher's copyright.
page("m11_06_aden_load_shedding", "الأمناء", "2022-06-14",
     "كهرباء عدن تعلن جدولا جديدا لتخفيف الأحمال بساعتين تشغيل مقابل ساعتين انقطاع",
     "أعلنت المؤسسة العامة", "ووعدت المؤسسة")

# 07 Yemeni site: a crawl header three days later first; Latin-only logo `YAFA NEWS`; menu; a
# `الأكثر قراءة` list of two headlines and a kicker above the headline; a dateline WITHOUT HAMZAS
# (`الاربعاء 21 اكتوبر 2020`) and a stale `آخر تحديث: منذ 4 سنوات`; the place tag `يافع – خاص –`
# opens body line 1 (kept in the body; `يافع` is the region, not the outlet); the full Arabic name
# only in the copyright.
page("m11_07_yafa_sidr_honey", "يافع نيوز", "2020-10-21",
     "عسل السدر اليافعي يدخل موسم القطاف وسط توقعات بإنتاج وفير",
     "يافع – خاص –", "ويستمر موسم القطاف")

# 08 Iraqi site of a TV channel: a Levantine-month crawl header two days later first; the
# CHANNEL's name (`قناة الاتجاه الفضائية`) and a Latin logo; live line; menu; a video label and a
# video headline above the kicker and headline; a YEAR-FIRST stamp `2023/12/22 | 14:05`; the site's
# Arabic name only in the credit line after the body (`المصدر: الاتجاه برس`); Latin copyright.
page("m11_08_baghdad_mutanabbi_books", "الاتجاه برس", "2023-12-22",
     "شارع المتنبي يستضيف معرضا للكتب النادرة والمطبوعات العراقية القديمة",
     "احتضن شارع المتنبي", "وشهد المعرض")

# 09 Iraqi agency: Latin and Arabic logos (`وكالة أنباء براثا`, kept whole); menu; an
# `آخر الأخبار` list, a `خبر عاجل` label and a kicker above the headline; day-first
# `09/05/2017 - 10:21`, a relative `منذ 7 سنوات` and a view count; keyword row, comment form;
# copyright with a year range ending at the crawl year (`2004 - 2024`).
page("m11_09_karbala_water_project", "وكالة أنباء براثا", "2017-05-09",
     "افتتاح مشروع ماء كربلاء الكبير بطاقة 12 ألف متر مكعب في الساعة",
     "افتتحت الحكومة المحلية", "وتخطط المحافظة")

# 10 Lebanese weekly magazine, archive page: the crawl day TWELVE YEARS later first (`الخميس 14
# آذار 2024`); Arabic logo and the publisher line; menu; archive breadcrumb; an `في هذا العدد` list
# and a surtitle above the headline; NO date near the headline: ISO `تاريخ النشر: 2012-06-11` only
# after the body; section, read count, send/print; copyright.
page("m11_10_baalbek_festival_2012", "الشراع", "2012-06-11",
     "بعلبك تستعيد لياليها: برنامج حافل للمهرجانات الدولية هذا الصيف",
     "أعلنت لجنة مهرجانات", "وتباع البطاقات")

# 11 Lebanese site (Tripoli): a crawl header a day later with weather first; Latin-only logo; menu;
# a `الخبر السابق` box with another headline and a kicker above the headline; Levantine
# `الاثنين 18 أيلول 2023 - 11:40`; the Arabic name only in the about line after the body
# (`من نحن: سفير الشمال موقع إخباري ...`); Latin copyright.
page("m11_11_tripoli_crafts_fair", "سفير الشمال", "2023-09-18",
     "معرض رشيد كرامي الدولي يستضيف أول معرض للصناعات الحرفية منذ سنوات",
     "افتتح في معرض رشيد", "ويستمر المعرض")

# 12 Syrian daily: Arabic logo, motto and publisher line (`دار البعث`); an issue line of a LATER
# day (`العدد 17548 | الخميس 18 تشرين الثاني 2021`); menu; kicker; the article's own date with
# spaces `16 / 11 / 2021`; place-byline; print/send, copyright.
page("m11_12_homs_olive_oil", "البعث", "2021-11-16",
     "زيت الزيتون يرتفع في أسواق حمص مع بدء موسم العصر",
     "ارتفعت أسعار زيت", "ويطالب مستهلكون")

# 13 Syrian site, 2010 archive page: Latin-only logo; menu; a SITE-WIDE update stamp of the crawl
# day (`آخر تحديث للموقع: الأحد 03 آذار 2024 - 09:12`); a one-line ticker and a kicker above the
# headline; `الثلاثاء 20 تموز 2010 - 14:32`; two reader comments after the body; the Arabic name
# only in the comments disclaimer (`... عن رأي سيريانيوز`); Latin domain copyright.
page("m11_13_aleppo_university_admissions", "سيريانيوز", "2010-07-20",
     "جامعة حلب تستعد لاستقبال 12 ألف طالب جديد بعد صدور نتائج المفاضلة",
     "أعلنت جامعة حلب", "ويمكن للطلاب")

# 14 Jordanian site: a crawl header a day later with weather and a prayer-times widget first;
# Latin-only logo `ALBOSALA`; menu; an `عاجل |` ticker and a kicker above the headline; Levantine +
# Hijri dateline (`الاثنين 28 تشرين الثاني 2022 - 4 جمادى الأولى 1444`); the name is a common noun
# (`البوصلة الرقمية` in the body) and appears only in a newsletter prompt after it; copyright
# without a name.
page("m11_14_balqa_robot_prize", "البوصلة", "2022-11-28",
     "طلبة من جامعة البلقاء التطبيقية يفوزون بالمركز الأول في مسابقة عربية للروبوت",
     "فاز فريق من طلبة", "وكرم رئيس الجامعة")

# 15 Palestinian radio: Latin-only logo with the frequency; listen and now-playing lines; menu; a
# programme promo for the next day (`غدا الخميس 11/04: ...`) and a kicker above the headline; an
# AMBIGUOUS day-first `الأربعاء 10/04/2019 - 16:20` (10 Apr was a Wednesday, 4 Oct 2019 a Friday);
# the Arabic name only in the listen prompt after the body; Latin copyright.
page("m11_15_birzeit_student_elections", "راية إف إم", "2019-04-10",
     "قائمة «نحو المستقبل» تفوز بانتخابات مجلس طلبة جامعة بيرزيت",
     "فازت قائمة «نحو المستقبل»", "وهنأت إدارة الجامعة")

# 16 Arab-Israeli site (Haifa): a HEBREW crawl header a day later first (`יום שלישי, 28 במרץ
# 2017`); Latin domain logo; a menu of towns; weather; kicker and a gallery label above the
# headline; day-first `27/03/2017 - 18:45`; byline; the Arabic name only in the copyright
# (`لموقع حيفا نت`), and `حيفا` a common word throughout.
page("m11_16_haifa_theatre_day", "حيفا نت", "2017-03-27",
     "مسرح خشبة في حيفا يحتفل بيوم المسرح العالمي بعرض مسرحية جديدة",
     "احتفل مسرح خشبة", "وتعرض المسرحية")

# 17 Egyptian site: a crawl header two days later WITH A COPTIC DATE first (`الثلاثاء 6 مايو 2025
# - 28 برمودة 1741`); Latin logo `DARB` and a tagline naming the site with a three-letter common
# noun (`درب.. موقع إخباري مصري`); menu; an `أخبار عاجلة` list and a kicker above the headline;
# `الأحد 04 مايو 2025 - 03:15 م`; a Google News follow prompt; Latin copyright.
page("m11_17_cairo_old_rent_law", "درب", "2025-05-04",
     "لجنة الإسكان بمجلس النواب تبدأ مناقشة تعديلات قانون الإيجار القديم وسط جدل بين الملاك"
     " والمستأجرين",
     "بدأت لجنة الإسكان", "ومن المقرر أن تواصل")

# 18 Egyptian weekly: a crawl header two days later first; Arabic logo and tagline; menu with
# `النبأ TV`; a numbered `أهم الأخبار` list and a kicker above the headline; a MIDNIGHT stamp
# `الخميس، 16 مارس 2023 12:00 ص` and a stale `منذ عام`; most-viewed list, copyright.
page("m11_18_sayeda_zeinab_lanterns", "النبأ", "2023-03-16",
     "فوانيس رمضان في السيدة زينب.. ارتفاع الأسعار لا يمنع الزحام",
     "تشهد منطقة السيدة", "ويبدأ شهر رمضان")

# 19 Egyptian sport site: logo `KOORA+` (Latin and a symbol); menu; tomorrow's fixtures
# (`مباريات الغد - الأربعاء 18 يناير`, no year) and a score box (`نهاية المباراة`, `سموحة 2 - 0
# الإسماعيلي`) above the kicker and headline; unpadded `17/1/2023 - 9:58 م`; byline; the Arabic
# name only in a follow prompt and the copyright after the body.
page("m11_19_smouha_ismaily", "كورة بلس", "2023-01-17",
     "سموحة يهزم الإسماعيلي بهدفين ويقفز إلى المركز الخامس",
     "حقق سموحة فوزا", "ويلتقي سموحة")

# 20 Sudanese daily: Arabic logo with the descriptor (`صحيفة الحراك السياسي`) and tagline; an
# EASTERN-DIGIT issue line with Gregorian and Hijri dates, the only date on the page (`العدد ١٣٦٤ -
# الثلاثاء ١٣ فبراير ٢٠١٨ - ٢٧ جمادى الأولى ١٤٣٩`); menu; front-page teasers, one a near-repeat
# of the headline in other words, and a kicker above it; place-byline; `الحراك التجاري` in the body.
page("m11_20_gum_arabic_exports", "الحراك السياسي", "2018-02-13",
     "ارتفاع صادرات الصمغ العربي إلى 110 آلاف طن خلال العام الماضي",
     "أعلن المجلس القومي", "ويستحوذ السودان")

# 21 Sudanese site: Arabic logo `الديمقراطي` (an adjective; `التحول الديمقراطي` in the body) and a
# Latin one; menu; kicker; only `منذ 4 سنوات` under the headline; the date only after the body
# (`نشر بتاريخ: 2020-01-21`; the body's `اليوم الثلاثاء` agrees); tags, share, copyright.
page("m11_21_sudan_film_festival", "الديمقراطي", "2020-01-21",
     "انطلاق مهرجان السودان للسينما المستقلة في الخرطوم بعرض 45 فيلما",
     "انطلقت في الخرطوم", "ويختتم المهرجان")

# 22 Libyan daily, 2009 archive page: Arabic logo and tagline; menu; a photo-and-caption box and a
# kicker above the headline; a LIBYAN MONTH NAME (`الثلاثاء 7 الطير 2009`: الطير = April; 7 Apr
# 2009 was a Tuesday); tag line `بنغازي - قورينا`; read count, send/print, copyright.
page("m11_22_benghazi_cochlear_implant", "قورينا", "2009-04-07",
     "نجاح أول عملية لزراعة القوقعة للأطفال في مركز بنغازي الطبي",
     "أجرى فريق طبي", "ويبدأ الطفل")

# 23 Tunisian regional radio: a FRENCH crawl header two days later first; the NETWORK's Arabic name
# (`الإذاعة التونسية`) and the station's Latin logo `Radio Monastir`; menu; live frequency; kicker
# and a most-read item on the same story in other words above the headline; YEAR-FIRST
# `2019/11/26 10:05` and `منذ 4 سنوات`; the station's Arabic name only in its slogan after the
# body; French copyright of the network.
page("m11_23_monastir_olive_harvest", "إذاعة المنستير", "2019-11-26",
     "موسم جني الزيتون في ولاية المنستير: صابة تقدر بـ45 ألف طن",
     "انطلق موسم جني", "ويشكو عدد من الفلاحين")

# 24 Algerian daily: a same-day Hijri + Gregorian header (`... الموافق لـ 22 نوفمبر 2018`); Latin
# and Arabic logos and tagline; menu; kicker; `22 نوفمبر 2018 - 16:40`; a latest-news list after
# the body; copyright `ليومية صوت الأحرار` (descriptor dropped). The control page: nothing hard.
page("m11_24_apn_finance_law", "صوت الأحرار", "2018-11-22",
     "نواب المجلس الشعبي الوطني يصادقون على مشروع قانون المالية لسنة 2019",
     "صادق نواب المجلس", "وسيحال النص")

# 25 Moroccan site: a crawl header a day later in Moroccan months first (`الجمعة 04 نونبر 2016`);
# a logo with a DIGIT (`LAKOME2`); menu; a one-line ticker and a kicker above the headline;
# `الخميس 03 نونبر 2016 - 18:22`; the Arabic name (a two-letter pronoun phrase, `لكم`) only in the
# place tag opening body line 1 (`الرباط – لكم –`, kept in the body) and as a common word in a
# quote (`نقول لكم`); comments, Latin copyright.
page("m11_25_rabat_council_budget", "لكم", "2016-11-03",
     "مجلس مدينة الرباط يصادق على ميزانية 2017 في دورة أكتوبر",
     "الرباط – لكم –", "وتحال الميزانية")

# 26 Moroccan site: a crawl header a day later with weather first; Latin-only logo; menu with
# `الأول TV`; kicker and a video label above the headline; only `منذ يوم` under it; the date only
# after the body (`نشر في: 22 يونيو 2023 - 21:10`); the name is an ordinal (`اليوم الأول` in the
# body), in full only in the copyright (`لموقع الأول`).
page("m11_26_essaouira_gnaoua", "الأول", "2023-06-22",
     "مهرجان كناوة وموسيقى العالم بالصويرة يفتتح دورته الرابعة والعشرين بحضور جماهيري كبير",
     "انطلقت مساء اليوم الخميس", "ويتواصل المهرجان")

# 27 Mauritanian site: a crawl header two days later with weather first; Latin-only logo; menu; an
# ad label and a video headline above the kicker and headline; labelled `تاريخ النشر: الثلاثاء,
# 09 مارس 2021 - 18:45` and an update on the crawl day; the tag `أكجوجت (الحصاد)` in parentheses,
# like an agency credit; the name is a common noun (`الحصاد` in the body's last line).
page("m11_27_inchiri_gold_season", "الحصاد", "2021-03-09",
     "التنقيب السطحي عن الذهب: آلاف الشباب يتوافدون على إينشيري مع انطلاق الموسم الجديد",
     "يتوافد آلاف الشباب", "ويأمل المنقبون")

# 28 Russian international radio, Arabic service, 2013 archive page: RUSSIAN and English logos
# (`Голос России`, `The Voice of Russia`); language row; menu; a round-the-clock news list and a
# kicker above the headline; a DOTTED Russian-style stamp `25.06.2013, 23:46`; the Arabic name only
# in the listen prompt after the body; Russian copyright.
page("m11_28_baikonur_satellite", "صوت روسيا", "2013-06-25",
     "إطلاق قمر صناعي روسي جديد للاستشعار عن بعد من قاعدة بايكونور",
     "أطلق صاروخ من طراز", "وهذا الإطلاق هو الثالث")

# 29 Arabic edition of an American site, 2017: a MIXED-SCRIPT logo `HuffPost عربي`; menu; a
# `يتصدر الآن` list and a kicker above the headline; an author card (name, description) under it;
# MONTH-FIRST US stamps `08/15/2017 03:12 م AST | تم التحديث 08/16/2017 10:05 ص AST` (15 Aug; the
# body's `اليوم الثلاثاء` agrees); the Arabic name only in the copyright.
page("m11_29_food_waste_app", "هاف بوست عربي", "2017-08-15",
     "شباب مغاربة يطلقون تطبيقاً لتقليل هدر الطعام في المطاعم والأفراح",
     "أطلق أربعة شباب", "ويسعى الفريق")

# 30 Arabic weekly of the Sydney diaspora: an ENGLISH crawl header two days later first; Latin logo
# `El-Telegraph` and an English tagline; weather and exchange rate; menu; a Lebanon ticker headline
# and a kicker above the headline; Levantine `الثلاثاء 19 آذار 2024`; byline; the Arabic name only
# in the e-paper prompt after the body (`... العدد الكامل من التلغراف ...`); Latin copyright.
page("m11_30_lakemba_ramadan_nights", "التلغراف", "2024-03-19",
     "ليالي رمضان في لاكمبا تعود بأكثر من 100 بسطة للمأكولات",
     "عادت ليالي رمضان", "وتستمر الليالي")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(60, 150))
