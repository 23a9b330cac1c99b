"""Build meta8/gold.json: blind held-out gold for page chrome (meta8).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to this set's 75-115 words.
Run: python benchmarks/e2e/meta8/build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, held out for session 23, and moved here at its end.)
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


# 01 Saudi portal: Hijri + Gregorian crawl header two days later; an `عاجل:` ticker headline and a
# kicker above the headline; credit `أخبار 24 - الرياض`; the article's own date is Hijri ONLY
# (`الاثنين 18 شعبان 1446هـ` = 17 Feb 2025, Umm al-Qura).
page("m8_01_riyadh_parking", "أخبار 24", "2025-02-17",
     "أمانة الرياض تبدأ تطبيق المواقف المدفوعة في 4 أحياء شمال العاصمة",
     "بدأت أمانة منطقة الرياض", "وتعتزم الأمانة")

# 02 Saudi women's magazine: Latin + Arabic logo; `آخر تحديث:` two days after publication ABOVE the
# kicker and headline; standfirst (body); place-byline and a credited caption before paragraph 1;
# the first-publication date only after the body (`نُشر لأول مرة:`).
page("m8_02_jeddah_book_fair", "سيدتي", "2024-12-12",
     "معرض جدة للكتاب يفتح أبوابه بمشاركة ألف دار نشر وجناح خاص للأطفال",
     "تستمر فعاليات المعرض", "ويفتح المعرض أبوابه",
     ["جدة - نوال الحربي",
      "افتتاح معرض جدة للكتاب - المصدر: هيئة الأدب والنشر والترجمة"])

# 03 Abu Dhabi science magazine: Latin-only logo plus `العربية`; kicker; a caption with a Latin
# photo credit right ABOVE the headline; byline and date only after the body, then an author
# bio; the Arabic name only in the copyright line.
page("m8_03_arabian_leopard", "ناشيونال جيوغرافيك العربية", "2025-02-10",
     "ولادة 3 أشبال من النمر العربي تعزز آمال إنقاذ السلالة المهددة بالانقراض",
     "أعلن مركز إكثار", "ويأتي الإعلان متزامنا")

# 04 Kuwait site: Gregorian + Hijri crawl header a day later (Eid days); Arabic + Latin logo; label
# `خاص سبر` above a headline that opens with a quoted name; year-first `2024/06/19 - 03:40 م`;
# view count; print and font widgets, comment count.
page("m8_04_kuwait_power_cuts", "سبر", "2024-06-19",
     '"الكهرباء": قطع مبرمج لمدة ساعتين في 5 مناطق مع ارتفاع الأحمال',
     "أعلنت وزارة الكهرباء", "وتنشر الوزارة جدول")

# 05 Bahraini site run from abroad: Arabic + Latin logo, `English` link; kicker; the date and a
# reading time on one line ABOVE the headline; body cites `لـ"مرآة البحرين"`; tag row.
page("m8_05_bahrain_meat_prices", "مرآة البحرين", "2023-03-14",
     "أسعار اللحوم الحمراء ترتفع مجددا في البحرين قبيل رمضان",
     "شهدت أسواق اللحوم", "ويطالب مواطنون")

# 06 Oman radio: Latin logo with the frequency, `إذاعة الوصال`; live and listen lines; an
# on-air programme line with times above the menu; kicker; Hijri + Gregorian date; tag line
# `مسقط - الوصال` on its own line.
page("m8_06_muscat_ramadan_market", "الوصال", "2024-03-25",
     "سوق رمضان في مطرح يمدد ساعات عمله حتى الثانية فجرا",
     "قررت بلدية مسقط", "ودعا المتسوقين")

# 07 Qatar sports TV: Latin-only logo; competition label, a scoreboard line `الدحيل 4 - 2 الريان`
# and `انتهت` right above a SHORT headline; `28/11/2023 - 21:45 (توقيت الدوحة)`; the Arabic name
# only in a watch prompt and the copyright line.
page("m8_07_duhail_rayyan", "بي إن سبورتس", "2023-11-28",
     "الدحيل يقلب الطاولة على الريان",
     "قلب الدحيل تأخره", "ويلتقي الدحيل")

# 08 Yemeni platform: Hijri-only crawl header two days later (29 Safar 1445 = 14 Sep 2023); Arabic +
# Latin logo; two-word kicker; headline with `:`; standfirst (body); name-only byline, the date
# `12 سبتمبر، 2023` and a caption credited `- خيوط` before paragraph 1; author bio after.
page("m8_08_sanaa_water_tankers", "خيوط", "2023-09-12",
     "صهاريج المياه في صنعاء: أسعار تتضاعف وأسر تقلص استهلاكها إلى النصف",
     "مع تراجع الضخ", "ويطالب السكان السلطات",
     ["محمد القاضي", "12 سبتمبر، 2023",
      "عامل يملأ صهريجا من بئر خاصة في أطراف صنعاء - خيوط"])

# 09 Yemeni TV: crawl header first; logo `قناة السعيدة` + Latin; kicker and `منذ 4 ساعات` ABOVE the
# headline; no full dateline (manifest: 6 Oct 2024; the body's `اليوم الأحد` agrees); tag line
# `المكلا - السعيدة` on its own line.
page("m8_09_mukalla_honey_fair", "السعيدة", "2024-10-06",
     "معرض العسل الحضرمي ينطلق في المكلا بمشاركة 70 نحالا",
     "افتتح في مدينة المكلا", "ويهدف المعرض")

# 10 Iraq portal: Latin + Arabic logo; one-line menu; a breadcrumb written one item a line
# (`الرئيسية` / `/` / `محلي` / `/`) whose LAST item is the headline: the only copy of it on the
# page; Levantine month `22 كانون الثاني 2024`; tag line `بغداد - ناس نيوز` on its own line.
page("m8_10_baghdad_overpass", "ناس نيوز", "2024-01-22",
     "افتتاح مجسر ساحة قحطان في بغداد أمام حركة السير بعد اكتمال أعماله",
     "افتتحت أمانة بغداد", "ويشهد جانب الكرخ")

# 11 Iraq TV: Eastern-digit crawl header two days later (`نيسان`); Latin + Arabic logo; a live
# prompt `دجلة | شاهد البث المباشر` and a kicker above the headline; Eastern-digit year-first date
# without zero padding `٢٠٢٣/٤/١١`; a video-still caption after the body.
page("m8_11_measles_campaign", "دجلة", "2023-04-11",
     "الصحة تطلق حملة تلقيح ضد الحصبة تستهدف مليوني طفل في 10 محافظات",
     "أطلقت وزارة الصحة", "وأكدت الوزارة أن اللقاحات")

# 12 Lebanon portal: Latin-only logo; previous/next navigation with two headlines right above the
# kicker and headline; `الإثنين 05 آب 2024 - 12:10`; the Arabic name only in an app prompt and
# the copyright line.
page("m8_12_beirut_airport", "ليبانون فايلز", "2024-08-05",
     "مطار بيروت يسجل تراجعا في عدد الركاب خلال تموز",
     "سجلت حركة الركاب", "وفي المقابل، حافظت")

# 13 Lebanon TV: Latin-only logo and `LIVE`; a video duration `02:14` and `فيديو` right above a
# headline ending `(فيديو)`; `15-01-2024 | 08:40`; `▶ شاهد التقرير:` mid-body; the Arabic name
# only inside a body sentence (`مندوبة "أم تي في"`); Latin copyright.
page("m8_13_dahr_baidar_snow", "أم تي في", "2024-01-15",
     "الثلوج تقطع طريق ضهر البيدر والجيش يعمل على فتحها (فيديو)",
     "أدت العاصفة الثلجية", "ومن المتوقع أن يستمر",
     ["▶ شاهد التقرير: الثلوج تغطي قرى البقاع الغربي"])

# 14 Syria site: Eastern-digit Levantine crawl header two days later; Latin + Arabic logo; a hashtag
# row right above the headline; credit `هاشتاغ - خاص`; `21 آب, 2023` (Latin comma); read-also
# line after the body.
page("m8_14_damascus_bread", "هاشتاغ", "2023-08-21",
     "أفران دمشق: طوابير أطول ورغيف أخف بعد تعديل المخصصات",
     "عادت الطوابير", "ويطالب سكان بزيادة")

# 15 Jordan site: Levantine crawl header two days later; Latin + Arabic logo with descriptor;
# kicker; headline opens with a quoted name; `28-07-2024 10:05 AM`; tag `زاد الأردن الإخباري -`
# opens body line 1, which also holds a full FUTURE date (`الخميس 8 آب 2024`); a share line
# repeating the headline truncated with `...`.
page("m8_15_tawjihi_results", "زاد الأردن", "2024-07-28",
     '"التربية" تحدد موعد إعلان نتائج التوجيهي وتطلق رابط الاستعلام الإلكتروني',
     "زاد الأردن الإخباري - أعلنت", "وأشار إلى أن لجان")

# 16 Arab-Israeli portal: domain as the first line, logo and sister paper; `>` breadcrumb with two
# sections; two-digit-year dotted date `17.12.23 | 19:05`; byline naming the outlet; credited
# caption before paragraph 1; comment count, submission address and footer.
page("m8_16_nazareth_christmas_market", "بانيت", "2023-12-17",
     "افتتاح سوق الميلاد في الناصرة وسط حضور عائلي وإجراءات تنظيمية",
     "افتتحت بلدية الناصرة", "ويأمل التجار")

# 17 Egypt business paper: Arabic + Latin logo; kicker and a surtitle phrase (`بعد قرارات البنك
# المركزي`) right above the headline; `الخميس، 7 مارس 2024 - 02:15 م`; `كتب:` byline; the body
# names a later meeting date (`28 مارس`).
page("m8_17_egypt_gold_prices", "البورصة", "2024-03-07",
     "تراجع أسعار الذهب في مصر والجرام عيار 21 يفقد 400 جنيه",
     "تراجعت أسعار الذهب", "ويترقب المتعاملون")

# 18 Egypt health portal: Arabic + Latin logo; kicker; `آخر تحديث:` and a medical-review line and a
# disclaimer under the headline; the publication date only after the body (`تاريخ النشر:`, two
# days before the update); sources line; feedback widget.
page("m8_18_heatstroke_tips", "الكونسلتو", "2024-06-10",
     "ضربة الشمس: 6 علامات تستدعي الذهاب إلى الطوارئ فورا",
     "مع ارتفاع درجات", "وينصح الأطباء")

# 19 Egypt site: the page's <title> line `<headline> | المصريون` first; kicker; headline with `..`;
# `الثلاثاء 01 أغسطس 2023 | 04:12 م`; `كتب:` byline; related list and a comments widget.
page("m8_19_cairo_metro_tickets", "المصريون", "2023-08-01",
     "زيادة أسعار تذاكر المترو.. تعرف على الأسعار الجديدة",
     "أعلنت الشركة المصرية", "ودعت الركاب")

# 20 Sudanese site abroad: Latin + Arabic logo; kicker and a `كتب:` byline ABOVE the headline;
# `08-05-2024` under it; two reader comments with LATER dates after the body.
page("m8_20_cairo_sudanese_school", "سودانايل", "2024-05-08",
     "مدرسة سودانية جديدة في القاهرة تستقبل 600 تلميذ من أبناء الأسر اللاجئة",
     "افتتحت جمعية", "ويواجه آلاف التلاميذ")

# 21 Sudan portal: Latin-only logo; an `آخر الأخبار` list of two dated headlines (26 and 27 Dec)
# right above the headline; no date line: the date is only in the tag `بورتسودان 28 ديسمبر 2024
# (كوش نيوز) –` opening body line 1 (which gives the outlet too); short link; nameless copyright.
page("m8_21_port_sudan_exams", "كوش نيوز", "2024-12-28",
     "انطلاق امتحانات الشهادة السودانية في بورتسودان وسط ترتيبات أمنية مشددة",
     "بورتسودان 28 ديسمبر", "ودعا أولياء الأمور")

# 22 Morocco TV portal: Latin + Arabic logo; a numbered `الأكثر قراءة` list of three headlines
# and a kicker above the headline; credit `شوف تيفي - مراكش`; Moroccan month `17 يوليوز 2024`.
page("m8_22_marrakech_heat", "شوف تيفي", "2024-07-17",
     "مراكش تختنق تحت موجة حر غير مسبوقة ودرجات الحرارة تقترب من 47",
     "تعيش مدينة مراكش", "ونصحت السلطات الصحية")

# 23 Morocco site in Darija: Latin-only logo; a `فيديو.` promoted headline and a kicker above the
# Darija headline; credit `كود الرباط //`; Moroccan month `14 نونبر 2024`; the outlet's short
# name also appears as a common word in the body (`كود QR`); tag words after the body.
page("m8_23_rabat_tram", "كود", "2024-11-14",
     "الترامواي فالرباط غادي يوصل حتى لحي يعقوب المنصور: أشغال جديدة وطرق مغلوقة",
     "انطلقت هاد السيمانة", "والسكان كيطالبو")

# 24 Algeria site: crawl header two days later with `جوان`; Latin + Arabic logo; a one-line
# `آخر الأخبار:` ticker; headline with `:`; `الثلاثاء 11 جوان 2024`; credit `أوراس - الجزائر`;
# the body names the later Eid date (`الأحد 16 جوان`).
page("m8_24_algiers_water_eid", "أوراس", "2024-06-11",
     "الجزائر العاصمة: برنامج استثنائي لتوزيع المياه تحسبا لعيد الأضحى",
     "أعلنت شركة المياه", "ووضعت الشركة رقما")

# 25 Tunisian independent blog/magazine: Latin + Arabic logo (a common word, `نواة`); kicker; the
# byline and date `22 أوت 2023` on one line ABOVE the headline; standfirst (body); author bio,
# licence line and related list after; no copyright line.
page("m8_25_kerkennah_octopus", "نواة", "2023-08-22",
     "قرقنة: صيادو الأخطبوط بين تراجع المخزون والراحة البيولوجية",
     "في الأرخبيل، يعيش", "في المقابل، تقول السلطات")

# 26 Tunisia radio (Sousse): crawl header two days later with `جويلية`; Latin-only logo; live
# programme line and a kicker above the headline; year-first `2024-07-09 10:20`; the Arabic name
# only in the closing credit `المصدر: جوهرة أف أم`; Latin footer.
page("m8_26_sousse_hotels", "جوهرة أف أم", "2024-07-09",
     "سوسة: نسبة امتلاء النزل تتجاوز 80 بالمائة في ذروة الموسم",
     "أفاد المندوب الجهوي", "ولفت إلى أن عدد")

# 27 Libya site: crawl header first (two days later); Latin-only logo; kicker; no date under the
# headline: the date only at the foot (`نشر بتاريخ: السبت 04 نوفمبر 2023 - 13:05`); the Arabic
# name only in the closing credit `المصدر: ليبيا المستقبل`; nameless copyright.
page("m8_27_tripoli_fuel_queues", "ليبيا المستقبل", "2023-11-04",
     "طوابير أمام محطات الوقود في طرابلس وشركة البريقة تطمئن المواطنين",
     "شهدت عدد من محطات", "ودعت المواطنين إلى عدم")

# 28 Arabic site in Sweden: Latin-only logo; language row; a Swedish + Arabic cookie banner and its
# button; kicker; place-credit `الكومبس – ستوكهولم`; ISO dates `نُشر: 2023-11-01 11:30 | تحديث:
# ...`; Latin copyright.
page("m8_28_sweden_work_permits", "الكومبس", "2023-11-01",
     "رفع الحد الأدنى لراتب تصاريح العمل في السويد يدخل حيز التنفيذ",
     "بدأ اليوم الأربعاء", "ويستثنى من الشرط")

# 29 Arabic site in Berlin: Latin-only logo; four-language row; a `>` breadcrumb ending in the
# headline TRUNCATED with `...` right above it; German dotted date `05.12.2024`; `تحرير:` byline;
# the body names a later full date (`الأول من يناير 2025`); footer `© 2024 أمل برلين`.
page("m8_29_berlin_deutschlandticket", "أمل برلين", "2024-12-05",
     "تذكرة دويتشلاند تيكت ترتفع إلى 58 يورو: ما الذي يتغير لسكان برلين؟",
     "يرتفع سعر تذكرة", "ويحصل المستفيدون")

# 30 Japanese public broadcaster, Arabic service: Latin-only logo plus `العربية`; an English-format
# date `Mar. 24, 2025 15:20 JST` right above a short headline; `Read in English` under it; the
# Arabic name only in the copyright line.
page("m8_30_tokyo_cherry_blossoms", "إن إتش كيه", "2025-03-24",
     "تفتح أزهار الكرز رسميا في طوكيو",
     "أعلنت وكالة الأرصاد", "ويعد موسم أزهار")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(75, 115))
