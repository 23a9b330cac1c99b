"""Build meta10/gold.json: blind held-out gold for page chrome (meta10).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to the brief's 60-150 words.
Run: python build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta10.)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# goldkit sits in benchmarks/e2e, the parent folder (the set was written in /work/hold/meta10).
sys.path.insert(0, str(HERE.parent))

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi e-paper: a prayer-times widget first; Hijri-only crawl header two days later
# (26 Rabi II 1445 = 10 Nov 2023); Latin-only logo `ALMNATIQ` and a motto; one-item-a-line menu;
# a numbered `الأكثر قراءة` list and a kicker above the headline; Hijri + Gregorian dateline
# (`الأربعاء 24 ربيع الآخر 1445هـ الموافق 8 نوفمبر 2023م`); related headlines, domain line. The
# Arabic name only in the copyright (`لصحيفة المناطق الإلكترونية`), and a common word in the body
# (`المناطق الساحلية`).
page("m10_01_dammam_corniche_walkway", "المناطق", "2023-11-08",
     "أمانة الشرقية تفتتح ممشى جديدا على واجهة الدمام البحرية بطول ثلاثة كيلومترات",
     "افتتحت أمانة المنطقة", "وتوقع أن يستقطب")

# 02 UAE radio: a listen prompt and an on-air line first; Latin-only logo `NOOR DUBAI` and the
# frequency; a weather widget; menu; kicker and a podcast promo right above the headline; an ISO
# timestamp with `T` and a UTC offset (`2024-02-06T09:15:00+04:00`); the Arabic name only in the
# station's motto after the body (`نور دبي.. صوت الأسرة في الإمارات`); Latin copyright of the group.
page("m10_02_dubai_hatta_buses", "نور دبي", "2024-02-06",
     "هيئة الطرق في دبي تطلق خطين جديدين للحافلات بين المدينة وحتا",
     "أعلنت هيئة الطرق", "وتأتي الخطوة")

# 03 Omani paper: Eastern-digit Hijri + Gregorian crawl header a day later first; Latin-only logo
# `AZAMN`; currency and oil ticker; print-issue line and a kicker above the headline; dateline
# `الثلاثاء، 13 أغسطس 2019 - 08:20 م`; tag line `مسقط - «الزمن»` on its own line (outlet, quotes
# dropped); keywords row; Latin copyright.
page("m10_03_salalah_khareef", "الزمن", "2019-08-13",
     "أكثر من 60 ألف زائر لصلالة خلال إجازة عيد الأضحى",
     "استقبلت محافظة ظفار", "ويستمر مهرجان صلالة")

# 04 Kuwait news site: crawl header a day later first; Arabic + Latin logo; a stock, gold and
# currency ticker; an `عاجل |` ticker headline and a kicker above the headline; unpadded
# `15/3/2022` under it; read-also, follow prompt, copyright.
page("m10_04_kuwait_sahel_licences", "أخبار الكويت", "2022-03-15",
     "«الداخلية» تضيف خدمة تجديد رخص القيادة إلى تطبيق «سهل»",
     "أضافت وزارة الداخلية", "ودعت الوزارة")

# 05 Yemeni site: a weather widget first; Latin domain logo; the logo's ALT TEXT as a line
# (`شعار موقع الصحوة نت`, the only Arabic naming); menu; an `آخر الأخبار` list of two headlines
# and a kicker above the headline; `الأحد, 14 مارس, 2021 - 08:45 مساءً` and a stale relative stamp
# (`آخر تحديث: منذ 3 سنوات`); the body's `اليوم الأحد` agrees; Latin copyright.
page("m10_05_marib_tree_planting", "الصحوة نت", "2021-03-14",
     "مأرب: حملة لزراعة ألفي شجرة في شوارع المدينة وحدائقها",
     "أطلق مكتب الزراعة", "وتستمر الحملة")

# 06 Yemeni site: crawl header two days later first; Latin + Arabic logo; menu; a one-line news
# ticker; a sticky `أنت تقرأ الآن:` bar with the headline shortened and truncated; kicker; the
# headline; place-byline `المكلا – بران برس` and `2 أكتوبر 2024` on their own lines; tag row, Latin
# copyright.
page("m10_06_mukalla_fish_market", "بران برس", "2024-10-02",
     "المكلا: افتتاح سوق مركزي جديد للأسماك قرب ميناء الاصطياد",
     "افتتحت السلطة المحلية", "ورحب صيادون")

# 07 Iraqi TV: Latin-only logo `ALRABIAA` / `TV`; live line; menu; kicker, a video label with its
# duration and a view count above the headline; Levantine-month dateline `17 تشرين الأول 2023`
# and an update stamp the next day (`تحديث: 18-10-2023`); the Arabic name, an ordinal, only in the
# copyright (`قناة الرابعة الفضائية`, descriptors dropped) and as a common word in the body
# (`حتى الرابعة عصرا`).
page("m10_07_baghdad_abu_nuwas", "الرابعة", "2023-10-17",
     "أمانة بغداد تباشر تأهيل شارع أبي نؤاس وتعد بإنجاز المرحلة الأولى قبل نهاية العام",
     "باشرت أمانة بغداد", "ومن المقرر أن تكتمل")

# 08 Iraqi site of a pan-Arab network: Latin logo `ULTRA IRAQ`; the network row lists seven
# sister sites, among them the earlier outlet `ألترا صوت` and the site itself; menu; kicker and an
# author card (name, description, date `10 مايو 2022`) ABOVE the headline; a photo caption credited
# to the site under it; an update date after the body; copyright `© ألترا عراق 2022`.
page("m10_08_basra_shanasheel", "ألترا عراق", "2022-05-10",
     "البصرة تبدأ ترميم بيوت الشناشيل في محلتها القديمة",
     "بدأت دائرة التراث", "وتقدر مدة المشروع")

# 09 Lebanese daily (archive page): issue line with an Eastern-digit Levantine date first
# (`السبت ١٤ آذار ٢٠١٥ - السنة الحادية والأربعون - العدد ١٣٠١٩`); Arabic logo with the paper's two
# mottos (one names `الوطن`, an earlier outlet, as a common word); menu; section and page line and
# a surtitle (`بعد إغلاق طويل`) above the headline; `كتبت:` byline; print and send row; copyright.
# The body's `أمس الجمعة` agrees.
page("m10_09_beirut_hamra_cinema", "السفير", "2015-03-14",
     "صالة سينما قديمة في الحمراء تفتح أبوابها لأسبوع الفيلم القصير",
     "تعود «سينما النجمة»", "ويرى مهتمون")

# 10 Lebanese site: crawl-day header `الخميس 25 نيسان 2024` first; Latin-only logo; app banner;
# menu; language switch; breadcrumb; kicker; only `منذ يومين` under the headline: no full dateline,
# so published comes from the manifest (23 Apr 2024). The Arabic name only in the tagline after the
# body (`بيروت أوبزرفر موقع إخباري لبناني مستقل`); Latin copyright.
page("m10_10_lebanese_university_exams", "بيروت أوبزرفر", "2024-04-23",
     "الجامعة اللبنانية تحدد مواعيد امتحانات الفصل الثاني",
     "حددت إدارة الجامعة", "ودعت الرابطة الطلابية")

# 11 Syrian site: Latin-only logo; exchange-rate and gold ticker; menu; one-line news ticker;
# kicker; a headline that opens with a numeral; a comment count under it; NO date near the
# headline: name and date only in the credit line after the body (`المصدر: صاحبة الجلالة - خاص |
# 26/09/2021`); the body's `اليوم الأحد` agrees; Latin copyright.
page("m10_11_damascus_university_buses", "صاحبة الجلالة", "2021-09-26",
     "40 حافلة إضافية لنقل طلاب جامعة دمشق مع بدء العام الدراسي",
     "خصصت وزارة النقل", "ويشكو الطلاب")

# 12 Syrian site based abroad: a logo of digits and Latin (`7AL.NET`); menu; a category line and
# a hashtag row above the headline; the Arabic name only in the byline (`بواسطة: مراسل الحل نت في
# حلب`); WordPress month-first dates `أغسطس 23, 2022` and an update `أغسطس 24, 2022`; an ad marker
# `- إعلان -` between paragraphs 3 and 4 (inner_bp); related headline, Latin copyright.
page("m10_12_aleppo_school_clothes", "الحل نت", "2022-08-23",
     "أسعار الألبسة المدرسية في حلب تثقل كاهل العائلات مع اقتراب افتتاح المدارس",
     "مع اقتراب بداية", "ويتوقع التجار",
     ["- إعلان -"])

# 13 Jordanian local site (Irbid): crawl header with weather a day later first; prayer-times
# widget; Latin-only logo; one-item-a-line menu; a `هام |` ticker headline right above the
# headline; Hijri + Levantine Gregorian dateline (`الثلاثاء 16 ذو الحجة 1444 - 4 تموز 2023`); the
# Arabic name only in the tag `إربد – حسنى –` opening body line 1 (kept in the body).
page("m10_13_irbid_hashemi_street", "حسنى", "2023-07-04",
     "بلدية إربد تطرح عطاء تأهيل شارع الهاشمي وسط المدينة",
     "إربد – حسنى –", "وطالب تجار")

# 14 Palestinian agency: numeric crawl header two days later first (`الأربعاء 22/01/2020`); Latin
# logo `WATTAN` and a short Arabic logo `وطن`; prayer times; menu with `وطن TV`; a video label and a
# kicker above the headline; Levantine-month dateline `20 كانون الثاني 2020`; the full name only in
# the copyright (`لوكالة وطن للأنباء`, descriptor dropped; the short logo `وطن` not taken).
page("m10_14_ramallah_parking_meters", "وطن للأنباء", "2020-01-20",
     "بلدية رام الله تبدأ تركيب عدادات إلكترونية لمواقف السيارات وسط المدينة",
     "بدأت بلدية رام الله", "وانتقد سائقون")

# 15 Arab-Israeli portal: weather and shekel ticker first; Latin domain logo `bokra.net`;
# one-item-a-line menu; a gallery label and a kicker above the headline; a dotted date with a
# TWO-DIGIT year `16.12.18 | 13:45` (read day.month.year: 16 Dec 2018; the body's `أمس السبت`
# agrees); the Arabic name only in the copyright (`لموقع بكرا`).
page("m10_15_haifa_holiday_market", "بكرا", "2018-12-16",
     "سوق الأعياد يعود إلى وادي النسناس بمشاركة حرفيين من الجليل والمثلث",
     "افتتح في حي وادي", "وتشهد الأحياء العربية")

# 16 Egyptian TV: Latin-only logo `MEHWAR TV`; live line and a now-on-screen programme line; menu
# whose item `أخبار مصر` is also the kicker (and the name of m10_17's outlet); one line with both
# stamps (`نشر: ... 22 يناير 2024 ... | عدل: ... 23 يناير 2024 ...`); the Arabic name only in a
# programme promo after the body (`على شاشة المحور`), and also a common word in the body
# (`المحور الغربي`, `ومحور روض الفرج`).
page("m10_16_cairo_metro_line3", "المحور", "2024-01-22",
     "الأنفاق تبدأ التشغيل التجريبي لأربع محطات جديدة بالخط الثالث للمترو",
     "بدأت الهيئة القومية", "ويتوقع أن تخفف")

# 17 Egyptian state news site: Eastern-digit crawl header two days later first; the publisher
# (`الهيئة الوطنية للإعلام`) and a Latin logo `EGYNEWS` (the name's translation); news ticker; the
# Arabic name only as the home item of a `‹` breadcrumb (`أخبار مصر ‹ محافظات ‹ الإسكندرية`);
# kicker; Eastern-digit dateline `الأحد ١٨ يونيو ٢٠٢٣ - ١١:٠٥ ص`; copyright `EgyNews - ماسبيرو`.
page("m10_17_alexandria_beaches", "أخبار مصر", "2023-06-18",
     "الإسكندرية تفتح شواطئها للمصطافين مطلع الأسبوع المقبل",
     "أعلنت محافظة الإسكندرية", "ويتوقع أن تشهد")

# 18 Egyptian site: crawl-day header first; Arabic + Latin logo (a name with digits); menu;
# `أنت هنا:` breadcrumb; the page URL with the date in its path (`/2022/11/29/`); kicker; only
# `منذ 3 ساعات` under the headline. The URL's date is taken as the article's own (it agrees with the
# same-day header and the relative stamp); the manifest is not needed.
page("m10_18_giza_zoo_closure", "مصر 360", "2022-11-29",
     "حديقة الحيوان بالجيزة تغلق أبوابها عامين للتطوير",
     "أغلقت حديقة الحيوان", "وأبدى رواد الحديقة")

# 19 Sudanese site: crawl header two days later first; Latin-only logo; currency ticker; menu; an
# opinion box (label and a columnist's `يكتب:` headline) and a kicker above the headline; tag and
# date on ONE line (`القضارف: النورس نيوز | 9 نوفمبر 2021`); a read-also line between paragraphs 2
# and 3 (inner_bp); share row, Latin copyright.
page("m10_19_gedaref_sesame", "النورس نيوز", "2021-11-09",
     "انطلاق موسم تسويق السمسم في بورصة القضارف وسط توقعات بإنتاج وفير",
     "شهدت بورصة المحاصيل", "ويعد السمسم",
     ["اقرأ أيضاً: ارتفاع أسعار الذرة في أسواق القضارف"])

# 20 Sudanese daily: Arabic logo with a descriptive tagline; issue number; the front-page
# headlines (`عناوين العدد`, three headlines) and a kicker above the headline; an AMBIGUOUS
# Eastern-digit date `١٢-٠٢-٢٠١٩` (read day first: 12 Feb 2019; the body's `اليوم الثلاثاء` agrees,
# while 2 Dec 2019 was a Monday); comments label, copyright.
page("m10_20_atbara_cement", "المجهر", "2019-02-12",
     "مصنع أسمنت عطبرة يستأنف الإنتاج بعد توقف للصيانة",
     "استأنف مصنع أسمنت", "ويتوقع تجار مواد")

# 21 Libyan site: a crawl header EIGHT MONTHS later first (`الأحد 28 يناير 2024`); Latin-only logo;
# menu; previous/next article links (two other headlines) and a kicker above the headline;
# `الثلاثاء 30 مايو 2023`; the Arabic name only in the copyright, and a common word in the body
# (`فواصل زمنية`).
page("m10_21_libya_basic_education_exams", "فواصل", "2023-05-30",
     "انطلاق امتحانات شهادة التعليم الأساسي بمشاركة أكثر من 100 ألف طالب",
     "انطلقت صباح اليوم", "ومن المقرر إعلان")

# 22 Tunisian business site: a FRENCH crawl header a day later first (`Jeudi 13 juin 2024`);
# language switch; Latin-only logo and French tagline; a French flash ticker; menu; kicker;
# Maghreb month `الأربعاء 12 جوان 2024 - 10:45`; French newsletter prompt; the Arabic name only in
# the copyright.
page("m10_22_tunisia_dates_exports", "بيزنس نيوز", "2024-06-12",
     "ارتفاع قيمة صادرات التمور بنسبة 12 بالمائة خلال ثمانية أشهر",
     "ارتفعت قيمة صادرات", "وينطلق موسم جني")

# 23 Tunisian site: crawl header with weather two days later first (`أفريل`); Latin-only logo;
# menu; a PINNED story (label, another headline and ITS OWN date, 15 Apr) above the kicker and
# headline; `الأربعاء 17 أفريل 2024 | 13:22`; the Arabic name only in the byline (`بقلم: فريق آخر
# خبر أونلاين`; the name reads like a `latest news` label); French copyright without a name.
page("m10_23_tunis_light_metro", "آخر خبر أونلاين", "2024-04-17",
     "استئناف حركة المترو الخفيف على الخط السادس بعد أشغال صيانة دامت شهرين",
     "استأنفت شركة نقل تونس", "ورحب متساكنو")

# 24 Algerian TV: Hijri + Maghreb-month crawl header a day later first (`الخميس 05 شعبان 1445
# الموافق لـ 15 فيفري 2024`); prayer-times widget; Latin + Arabic logo; live prompt; menu; an
# `عاجل |` ticker and a kicker above a headline that opens with the label `بالفيديو..` (kept in
# the title); `14 فيفري 2024`; a video caption credited `(دزاير نيوز)` between paragraphs 1 and 2
# (inner_bp).
page("m10_24_oran_tramway", "دزاير نيوز", "2024-02-14",
     "بالفيديو.. امتداد ترامواي وهران نحو بئر الجير يدخل التشغيل التجريبي",
     "دخل امتداد خط", "وينتظر سكان الأحياء",
     ["فيديو: جولة على متن ترامواي وهران (دزاير نيوز)"])

# 25 Moroccan site, Arabic edition of a French weekly: a French link to the sister site first;
# MIXED-SCRIPT logo `TelQuel عربي`; a World Cup ticker headline; menu; kicker; ONE line with both
# stamps in Moroccan months (`نشر في 7 دجنبر 2022 على 16:40 | تحديث 8 دجنبر 2022 على 09:12`);
# read-also; the Arabic name only in the copyright (`© تيلكيل عربي 2022`).
page("m10_25_marrakech_tourism", "تيلكيل عربي", "2022-12-07",
     "مراكش تستعيد نشاطها السياحي وليالي المبيت تتجاوز مستويات ما قبل الجائحة",
     "سجلت مدينة مراكش", "في المقابل، يشكو")

# 26 Moroccan TV: crawl header a day later in Moroccan months first (`الأربعاء 18 غشت 2021`);
# Latin-only logo `MEDI1` / `TV`; language row; live line and a programme line with a time; menu;
# kicker; `الثلاثاء 17 غشت 2021 - 11:20 GMT+1`; the Arabic name (with a digit) only in the
# copyright.
page("m10_26_boraq_summer_trains", "ميدي 1", "2021-08-17",
     "البراق: رحلات مسائية إضافية بين طنجة والدار البيضاء خلال الصيف",
     "أعلن المكتب الوطني", "وكان عدد مستعملي")

# 27 Mauritanian site: Gregorian crawl header two days later first; Latin-only logo; menu; an ad
# label and a featured-video headline above the kicker and headline; a HIJRI-ONLY dateline
# (`الأربعاء 9 ربيع الأول 1444 هـ` = 5 Oct 2022); tag line `نواذيبو – مراسلون` on its own line; the
# name is a common plural noun, also in the body (`وأفاد مراسلون محليون`); Latin copyright.
page("m10_27_nouadhibou_octopus", "مراسلون", "2022-10-05",
     "افتتاح موسم صيد الأخطبوط وسط آمال الصيادين التقليديين في نواذيبو",
     "افتتحت وزارة الصيد", "ويشكل الأخطبوط")

# 28 Australian public broadcaster, Arabic service: network logo `SBS` and English menu first;
# service name `SBS Arabic`; English breadcrumb; an English podcast headline and an Arabic kicker
# above the headline; English `Published 21 May 2024 10:32am` and `Updated 22 May 2024 4:05pm`;
# `Source: SBS Arabic`; English share and follow lines; `© SBS`. No Arabic name on the page: the
# outlet is the service's Latin name, not the network.
page("m10_28_nsw_language_schools", "SBS Arabic", "2024-05-21",
     "ولاية نيو ساوث ويلز ترفع المنح المخصصة لمدارس اللغات المجتمعية",
     "أعلنت حكومة ولاية", "ويبدأ تلقي الطلبات")

# 29 Chinese international broadcaster, Arabic service: a CHINESE crawl header a day later first
# (`2023年9月22日 星期五`); Chinese logo `国际在线` and `CRI Online | Arabic`; menu; a photo caption
# credited `(صورة: شينخوا)` (an earlier outlet, here an agency credit) and a kicker above the
# headline; `2023-09-21 15:32:11`; credit line `المصدر: 国际在线` (the site's Chinese name); the
# Arabic name only in a follow prompt after the body; English copyright.
page("m10_29_yinchuan_expo", "إذاعة الصين الدولية", "2023-09-21",
     "افتتاح معرض الصين والدول العربية السادس في ينتشوان",
     "افتتح في مدينة ينتشوان", "ويقام المعرض")

# 30 Arab-American site (Houston): English weather widget first; Latin logo; English breaking
# ticker; menu; kicker; a MONTH-FIRST US numeric date `نشر بتاريخ: 12/05/2023` (read 5 Dec 2023;
# the body's `اليوم الثلاثاء` agrees, while 12 May 2023 was a Friday); the Arabic name only in the
# bilingual copyright (`Arab Times - أراب تايمز`).
page("m10_30_houston_winter_market", "أراب تايمز", "2023-12-05",
     "الجمعيات العربية في هيوستن تستعد لافتتاح سوق الشتاء السنوي",
     "تستعد الجمعيات العربية", "ودعت المنسقة")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(60, 150))
