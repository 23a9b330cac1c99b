"""Build meta13/gold.json: blind held-out gold for page chrome (meta13).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks), with the body length held to
the brief's 60-150 words.
Run: python3 build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta13, and moved here after it was scored.)
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside goldkit
HERE = Path(__file__).resolve().parent
# goldkit sits in benchmarks/e2e, the folder above this set's.
sys.path.insert(0, str(HERE.parent))

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi weekly magazine: a crawl header two days later (Hijri and Gregorian) first; Latin logo
# `AL-YAMAMAH`; a PUBLISHER motto naming `مؤسسة اليمامة الصحفية`; menu; prayer times; an
# `في هذا العدد` list (one item naming `قصر اليمامة`, the palace) and a kicker above the headline;
# a HIJRI-ONLY NUMERIC issue line `العدد 2194 - 1433/4/22هـ` (= Thu 15 Mar 2012, Umm al-Qura);
# byline; the name also the old REGION in the body (`عرفت قديما باسم اليمامة`); the outlet from
# the copyright `لمجلة اليمامة - مؤسسة اليمامة الصحفية`.
page("m13_01_alkharj_public_library", "اليمامة", "2012-03-15",
     "مكتبة عامة جديدة في الخرج تفتح قاعاتها للطلاب والباحثين",
     "افتتحت محافظة الخرج", "ويأمل القائمون عليها")

# 02 UAE weekly magazine: a header eight days later first; Latin domain logo `ALSADA.NET`; menu;
# currency widget; the CURRENT ISSUE's week `العدد 584 | 8 - 14 نوفمبر 2009` (after the article);
# a most-read list and a kicker above the headline; YEAR-FIRST `تاريخ النشر: 2009-11-03`; byline;
# `صدى` a common noun in the body (`صدى واسعا`); comments; the name only in the copyright.
page("m13_02_dubai_metro_riders", "الصدى", "2009-11-03",
     "ركاب مترو دبي يتجاوزون التوقعات في الشهرين الأولين للتشغيل",
     "تجاوز عدد مستخدمي", "وتعتزم الهيئة")

# 03 Qatari TV site: Latin-only logo `QATAR TV`; a live line; menu; weather; a programme
# SCHEDULE with times (and `المجلس`); breadcrumb; a `شاهد:` video headline above the headline; a
# SPELLED dateline `الأربعاء، الرابع عشر من ديسمبر 2011` and an update stamp the next day; the
# Arabic name only in the newscast prompt (`على شاشة تلفزيون قطر`); `القطرية` in the body; the
# copyright names the PUBLISHER `المؤسسة القطرية للإعلام`.
page("m13_03_doha_dafna_park", "تلفزيون قطر", "2011-12-14",
     "افتتاح حديقة عائلية جديدة على كورنيش الدفنة بمساحات خضراء وملاعب للأطفال",
     "افتتحت وزارة البلدية", "وشهد يومها الأول")

# 04 Omani cultural e-magazine: a HIJRI-FIRST crawl header three days later first; Latin logo
# `ALFALQ`; menu; a `أحدث المواد` list (one item a quoted novel title) and a kicker above the
# headline; no date near the headline: the date only AFTER the body, EASTERN-DIGIT YEAR-FIRST
# `نشر في: ٢٠١٤/٠٥/١٢`; the name only in the footer link row (`عن الفلق | اتصل بنا`); a nameless
# copyright.
page("m13_04_muscat_reading_club", "الفلق", "2014-05-12",
     "نادي قراءة في مسقط يجمع الشباب حول الرواية العمانية كل أسبوع",
     "يلتقي نحو ثلاثين", "ويخطط النادي")

# 05 Kuwaiti weekly: Latin logo `AL-MAJALES`; an ENGLISH numeric crawl header three days later
# (`Tuesday 12/03/2013`); menu with `مجلس الأمة`; a stock-market widget; an `اخترنا لكم` list and
# a kicker above the headline; HIJRI FIRST `السبت 27 ربيع الآخر 1434 هـ - 9 مارس 2013`; byline;
# `المجالس` a common noun in the body (`في المجالس والديوانيات`); a READER COMMENT; the name in
# the copyright (`مجلة المجالس`).
page("m13_05_kuwait_municipal_licences", "المجالس", "2013-03-09",
     "البلدية تطلق خدمة إلكترونية لتجديد تراخيص المحلات دون مراجعة",
     "أطلقت بلدية الكويت", "ويمكن دفع الرسوم")

# 06 Yemeni party weekly site: a Hijri + Gregorian header three days later first; Latin logo
# `ALMITHAQ.NET`; the party motto; menu (with `كتابات`); an `عاجل:` ticker and a related list
# above the headline; an EASTERN-DIGIT dateline with the MONTH NAME between hyphens
# `الاثنين, ٢٠-ديسمبر-٢٠١٠`; byline; `ميثاق` in the headline and the body (`ميثاق شرف`,
# `بنود الميثاق`); the name only in the copyright (`لموقع الميثاق نت`).
page("m13_06_yemen_league_resumes", "الميثاق نت", "2010-12-20",
     "عودة الدوري اليمني بعد توقف خليجي 20 وميثاق شرف توقعه الأندية",
     "تستأنف مسابقة الدوري", "ويتصدر الترتيب")

# 07 Yemeni independent weekly: a GREGORIAN crawl header four days later (`اليوم: الأحد 14 مارس
# 2010`) first; Latin logo `ALNIDAA`; menu; a HIJRI-ONLY issue line `العدد 231 - الأربعاء 24 ربيع
# الأول 1431هـ` (= Wed 10 Mar 2010); a most-read list and a kicker above the headline; a STANDFIRST
# under the headline (body); `نداء` a common noun in the headline and the body; the name in the
# copyright (`صحيفة النداء`).
page("m13_07_sanaa_water_appeal", "النداء", "2010-03-10",
     "أحياء في صنعاء بلا ماء منذ أسابيع والأهالي يوجهون نداء إلى مؤسسة المياه",
     "أهالي السنينة والحصبة", "من جهته، عزا مسؤول")

# 08 Iraqi daily: Latin logo `ALTAAKHI`; menu; weather in Latin; an EASTERN-DIGIT Levantine header
# two days later; an `آخر الأخبار` list and a kicker above the headline; YEAR-FIRST `2015/04/21 |
# 8:07 م`; byline `أربيل – سامان نوري` (a person, not the outlet); an `اقرأ أيضا` line between
# body paragraphs (inner boilerplate); `التآخي` a common noun in the body; the name in the
# copyright (`جريدة التآخي - بغداد`).
page("m13_08_erbil_book_fair", "التآخي", "2015-04-21",
     "معرض أربيل الدولي للكتاب يفتتح دورته الجديدة بمشاركة مئات دور النشر",
     "افتتح في أربيل", "وتشهد أيام المعرض",
     ["اقرأ أيضا: السليمانية تستعد لمهرجان گلاويژ الثقافي"])

# 09 Iraqi opinion and news site: Latin logo `KITABAT`; an ENGLISH crawl header two days later;
# menu; an opinion list whose authors carry OUTLET-LIKE surnames (`علي السوداني`,
# `سعاد الجزائري`) right above the headline; only `منذ 6 سنوات` under it; the date only
# AFTER the body (`تاريخ النشر: الجمعة، 9 آذار 2018`); `كتابات` a common noun in the body;
# the name only in the disclaimer.
page("m13_09_mutanabbi_cafe", "كتابات", "2018-03-09",
     "مقهى ثقافي جديد في شارع المتنبي يستقبل رواد سوق الكتب كل جمعة",
     "افتتح عدد من الشباب", "وشهد يوم الافتتاح")

# 10 Syrian regional daily (Homs): a Hijri + Levantine crawl header two days later first; the
# PUBLISHER line (`مؤسسة الوحدة`, itself a used outlet name) above the Latin logo `AL-OROUBA`
# and the city; menu; issue number; an issue-headlines list (a club `الاتحاد`) and a kicker above
# the headline, which names a SCHOOL with the outlet's name (`ثانوية العروبة`); day-first with
# hyphens `الأحد 15-11-2009`; the name in the copyright (`صحيفة العروبة - حمص`).
page("m13_10_homs_school_library", "العروبة", "2009-11-15",
     "ترميم مكتبة ثانوية العروبة وتزويدها بألفي كتاب جديد",
     "أنهت مديرية التربية", "وتعد ثانوية العروبة")

# 11 Syrian radio site: Latin logo `ROZANA` and frequencies; menu; a listen-live line; an ENGLISH
# crawl header two days later; an `آخر الأخبار` list (place-prefixed items) and a kicker above the
# headline; Levantine `12 حزيران 2019 | منذ يومين`; byline; the Arabic name only in the podcast
# prompt (`برامج روزنة`); a Latin copyright.
page("m13_11_idlib_vegetable_prices", "روزنة", "2019-06-12",
     "ارتفاع أسعار الخضار في أسواق إدلب مع موجة الحر وتراجع الإنتاج المحلي",
     "ارتفعت أسعار الخضار", "ويأمل المستهلكون")

# 12 Lebanese weekly magazine: the PUBLISHER `دار الصياد` and a row of its SISTER TITLES first
# (`الأنوار | الصياد | الشبكة ...`); Latin logo `ASSAYAD`; menu; the CURRENT ISSUE line a week
# later (`الجمعة 11 تموز 2008`); an issue list and a kicker above the headline; a bare day-first
# `نشر في 4/7/2008`; byline with a photo credit; a photo caption between body paragraphs (inner
# boilerplate); `الصيادين`/`صيادو` all through the headline and the body; the magazine's Arabic
# name only in the subscription prompt after the body; the copyright names only the publisher.
page("m13_12_tyre_fishermen_port", "الصياد", "2008-07-04",
     "صيادو صور يفرحون برصيف جديد وغرفة تبريد في ميناء الصيادين",
     "بدأ صيادو مدينة صور", "ولا يزال الصيادون",
     ["مراكب الصيد عند الرصيف الجديد في ميناء صور (تصوير: علي عواضة)"])

# 13 Lebanese local site: Latin domain logo `BINTJBEIL.ORG`; a Levantine + Hijri crawl header two
# days later; menu; an OBITUARY line and an emigrants' list and a kicker above the headline;
# YEAR-FIRST `التاريخ: 2016-10-27`; the place tag `بنت جبيل – خاص:` opens body line 1 (kept in
# the body: it names the TOWN); the name in the copyright (`لموقع بنت جبيل`).
page("m13_13_bintjbeil_olive_press", "بنت جبيل", "2016-10-27",
     "معصرة زيتون حديثة في بنت جبيل تفتح أبوابها مع بدء موسم القطاف",
     "بنت جبيل – خاص:", "ويتوقع المزارعون")

# 14 Jordanian site: the browser-style PAGE TITLE (the headline with a ` | AKHBARALBALAD.NET`
# suffix) first; Latin logo; a Ramadan timetable; a Levantine header the next day; menu; an
# `عاجل |` ticker and a kicker above the headline; day-first `03-05-2021 11:52 PM`; an ad label
# `إعلان` between body paragraphs (inner boilerplate); `البلد` in `وسط البلد` (headline, body);
# the name only in the copyright (`لموقع أخبار البلد`).
page("m13_14_amman_downtown_ramadan", "أخبار البلد", "2021-05-03",
     "رمضان في وسط البلد.. أسواق عمّان القديمة تستعيد زبائنها قبل العيد",
     "استعادت أسواق وسط البلد", "وتشهد محال القطايف",
     ["إعلان"])

# 15 Palestinian site: Latin domain logo `alquds.com`; a Levantine + Hijri header the next day;
# menu; a Ramadan timetable; a most-viewed list and a one-word kicker `القدس` (the city) above the
# headline; a bare `5/6/2017` (day first: 5 June; the body's `أمس الأحد` is 4 June 2017, and the
# header's 6 June follows); byline `القدس - ...`; a JavaScript notice; the name only in the
# copyright (`© القدس دوت كوم`).
page("m13_15_jerusalem_ramadan_markets", "القدس دوت كوم", "2017-06-05",
     "فوانيس وقطايف.. أسواق البلدة القديمة تنتعش في رمضان رغم ضعف القدرة الشرائية",
     "تشهد أسواق البلدة القديمة", "ويأمل التجار")

# 16 Egyptian literary weekly: an ENGLISH crawl header two days later first; Latin logo
# `AKHBAR AL-ADAB`; the PUBLISHER `مؤسسة أخبار اليوم` and a SISTER-TITLE row of used outlet names
# (`بوابة أخبار اليوم | الأخبار | آخر ساعة | أخبار الأدب ...`); menu; the NEXT ISSUE's line
# (`الأحد 21 يوليو 2019`) and a next-issue list and a kicker above the headline; `نُشر: الاثنين، 15
# يوليو 2019`; byline; `الأدب` in the body; the copyright `أخبار الأدب - ... لمؤسسة أخبار اليوم`.
page("m13_16_mahfouz_museum", "أخبار الأدب", "2019-07-15",
     "متحف نجيب محفوظ يفتح أبوابه في تكية محمد بك أبو الدهب",
     "افتتحت وزارة الثقافة", "ويفتح المتحف أبوابه")

# 17 Egyptian illustrated weekly: an ENGLISH crawl header two days later first; Latin logo
# `AL MOSSAWAR` and a motto naming the PUBLISHER `دار الهلال`; menu; a photo-album headline and a
# kicker above the headline; only `منذ 2 يوم` and an update stamp the next day under it; a byline
# with `تصوير:`; a photo caption with `عدسة المصور:` between body paragraphs (inner
# boilerplate: the outlet's name as a common noun in a credit); the date only AFTER the body
# (`نشر بتاريخ: الأربعاء 2 نوفمبر 2022`); newsletter; the name in the copyright.
page("m13_17_sharm_climate_summit_preparations", "المصور", "2022-11-02",
     "قبل أيام من قمة المناخ.. شرم الشيخ تستعد بحافلات كهربائية ومحطات للطاقة الشمسية",
     "تواصل مدينة شرم الشيخ", "ويتوقع أن يشارك",
     ["حافلات كهربائية في أحد شوارع شرم الشيخ - عدسة المصور: محمود شعبان"])

# 18 Sudanese daily: an EASTERN-DIGIT Hijri-first crawl header two days later first; Latin logo
# `ALWAN`; menu; a columns list (name - author) and a kicker above the headline; EASTERN-DIGIT
# `الخميس، ١٢ أبريل ٢٠١٢م`; byline `الخرطوم: ...`; `بألوان` in the headline and the body; the
# name in the copyright (`صحيفة ألوان - الخرطوم`).
page("m13_18_khartoum_art_exhibition", "ألوان", "2012-04-12",
     "معرض تشكيلي في الخرطوم يحتفي بألوان النيل وحياة القرى",
     "افتتح بقاعة المركز", "ويستمر المعرض أسبوعا")

# 19 Sudanese TV site: an ENGLISH crawl header two days later first; Latin-only logo `BLUE NILE
# TV`; live line; menu; a section label and a kicker `النيل الأزرق` (the STATE) above the headline;
# day-first `18/09/2014 - 7:40 م`; a tag line `الدمازين - النيل الأزرق` (state or channel: the
# same string); the state and the river in the body; the name in the newscast prompt (`على شاشة
# النيل الأزرق`); a Latin copyright.
page("m13_19_blue_nile_harvest", "النيل الأزرق", "2014-09-18",
     "توقعات بإنتاج وفير من الذرة والسمسم في الدمازين بعد خريف ناجح",
     "توقعت وزارة الزراعة", "ويبدأ الحصاد")

# 20 Libyan daily, 2009 archive page: Latin logo `OEA`; weather; menu; an archive breadcrumb; a
# JAMAHIRIYA-CALENDAR issue line `الأربعاء 15 الطير 1377 و.ر` (الطير = April; 1377 from the
# Prophet's death = 2009; 15 Apr 2009 was a Wednesday); an issue-headlines list and a kicker above
# the headline; `أويا` the ancient CITY in the headline and the body; the name in the copyright
# (`لصحيفة أويا 2009`).
page("m13_20_tripoli_oea_gallery", "أويا", "2009-04-15",
     "قاعة جديدة لآثار أويا الرومانية في متحف السرايا الحمراء",
     "افتتح متحف السرايا", "ويفتح المتحف أبوابه")

# 21 Libyan site (Benghazi): an ENGLISH crawl header three days later first; Latin logo `BERNIQ`;
# menu; a parallel-market rate; a ticker and a kicker above the headline; a SPELLED dateline
# `الأحد الثالث والعشرون من يونيو 2013`; byline; `برنيق` the ancient CITY in the body; the Arabic
# name only in the newsletter prompt, glued to a preposition (`لبرنيق`); a Latin copyright.
page("m13_21_benghazi_berenice_dig", "برنيق", "2013-06-23",
     "استئناف التنقيب في سيدي اخريبيش لكشف أسرار المدينة الإغريقية تحت بنغازي",
     "استأنف فريق ليبي", "وتأمل المصلحة")

# 22 Tunisian party weekly: Latin logo `ALMAOUKIF`; a French/Arabic menu; weather; the NEXT ISSUE's
# line (`العدد 651 - الجمعة 22 جوان 2012`) and a next-issue list and a kicker above the headline;
# a bare `15/06/2012`; byline; `موقف` (a car park) in the headline and the body, and `موقفها`
# (a stance); French share row; the name in the copyright (`جريدة الموقف`).
page("m13_22_tunis_parking_garage", "الموقف", "2012-06-15",
     "موقف جديد للسيارات متعدد الطوابق في قلب العاصمة",
     "افتتحت بلدية تونس", "ويفتح الموقف أبوابه")

# 23 Algerian regional daily (Oran): a FRENCH crawl header two days later first; Latin logo `SAWT EL
# GHARB`; menu; prayer times; a ticker and a kicker above the headline; Algerian month `نشر في 19
# جويلية 2016`; byline; `الغرب الجزائري` in the body; a read-also line after the body; the name in
# the copyright (`جريدة صوت الغرب - وهران`).
page("m13_23_oran_theatre_reopens", "صوت الغرب", "2016-07-19",
     "المسرح الجهوي عبد القادر علولة يفتح أبوابه من جديد بعد عامين من الترميم",
     "أعيد أمس افتتاح", "ويعد المبنى")

# 24 Algerian daily: a Hijri + Gregorian crawl header two days later (`فيفري`) first; Latin logo
# `DJAZAIR NEWS`; menu; a most-read list and a kicker `الجزائر العاصمة` above the headline;
# `الأحد, 05 فيفري 2012 17:30`; a photo caption between body paragraphs (inner boilerplate);
# `الجزائر` the capital and the country everywhere; the name only in the copyright.
page("m13_24_algiers_snowfall", "الجزائر نيوز", "2012-02-05",
     "الثلوج تغطي أعالي العاصمة لأول مرة منذ سنوات وتربك حركة المرور",
     "استيقظ سكان أعالي", "وتداول شبان",
     ["الثلوج في أحد شوارع بوزريعة صباح اليوم - تصوير: سمير. ب"])

# 25 Moroccan local site (Nador): Latin domain logo `NADORCITY.COM`; a Moroccan-month + Hijri crawl
# header two days later (`غشت`); menu; a welcome banner, a video headline and a kicker `الناظور`
# above the headline; byline ABOVE the date; `الاثنين 21 غشت 2017 - 19:30`; `الناظور` the city in
# the body; a cookie notice; the name only in the copyright (`© 2017 ناظور سيتي`).
page("m13_25_nador_marchica_summer", "ناظور سيتي", "2017-08-21",
     "بحيرة مارتشيكا تستقطب آلاف المصطافين ومطالب بتنظيم الولوج إلى الشواطئ",
     "تستقطب بحيرة مارتشيكا", "وتتوقع الوكالة")

# 26 Moroccan party daily: Latin logo `RISALAT AL OUMMA`; the party motto (`حزب الاتحاد الدستوري`:
# `الاتحاد` a used outlet name); a crawl header two days later; menu; an editorial teaser, a
# most-read list and a kicker above the headline; `السبت 15 فبراير 2014`; `رسالة` and `الأمة`
# apart in the body; the name only in the subscription prompt, glued to a preposition
# (`لرسالة الأمة`); a nameless copyright.
page("m13_26_casablanca_book_fair", "رسالة الأمة", "2014-02-15",
     "المعرض الدولي للنشر والكتاب بالبيضاء يستقطب التلاميذ والأسر في يومه الثالث",
     "يواصل المعرض الدولي", "ويسدل المعرض ستاره")

# 27 Mauritanian site: Latin logo `ESSAHRAA`; a Gregorian + Hijri crawl header two days later;
# menu; exchange rates; an `آخر الأخبار` list and a kicker above the headline; only `منذ يومين`
# under it; a TAG LINE `أطار - الصحراء` on its own line (the outlet; also the DESERT); `الصحراء`
# the desert in the body; the date only AFTER the body (`نشر بتاريخ 28 يوليو 2015`); a nameless
# copyright.
page("m13_27_atar_guetna_festival", "الصحراء", "2015-07-28",
     "مهرجان الگيطنة ينطلق في أطار وسط إقبال على التمور ومنافسات الإبل",
     "انطلق في مدينة أطار", "وتعرف أسعار التمور")

# 28 German Arabic newspaper: a GERMAN crawl header two days later first; Latin logo `ABWAB`; menu;
# a cookie notice; a most-read list and a kicker above the headline; GERMAN dotted day-first
# `12.10.2017`; tag line `فرانكفورت - خاص`; `أبوابه` a common noun in the body; an `اقرأ أيضا`
# line between body paragraphs (inner boilerplate); German legal links; the name in the copyright.
page("m13_28_frankfurt_book_fair_arabic", "أبواب", "2017-10-12",
     "دور نشر عربية في معرض فرانكفورت للكتاب.. وجمهور جديد من القراء اللاجئين",
     "فتح معرض فرانكفورت", "ويستمر المعرض حتى الأحد",
     ["اقرأ أيضا: مكتبات برلين العامة تضيف آلاف الكتب العربية إلى رفوفها"])

# 29 Sydney Arabic weekly: Latin logo `EL BAYRAK` and an English tagline; an ENGLISH crawl header
# two days later with weather; Arabic and English menus; a community AGENDA with a future date and a
# kicker above the headline; Levantine `الخميس 25 تشرين الأول 2018`; `البيرق` a DABKE TROUPE in
# the body (`فرقة البيرق للدبكة`); ads prompt; the name in the copyright (`جريدة البيرق الأسبوعية`).
page("m13_29_sydney_arabic_school", "البيرق", "2018-10-25",
     "مدرسة عربية في بانكستاون توسع صفوف السبت بعد إقبال أبناء الجالية",
     "أعلنت مدرسة عربية", "ويبدأ التسجيل")

# 30 US government Arabic youth magazine, 2004 archive page: an ENGLISH archive stamp of 2024
# first; Latin logo `HI MAGAZINE`; a GREETING login line (`هاي.. كيف الحال؟`); a MONTH-ONLY issue
# line `عدد يوليو 2004`; menu; an issue list and a kicker above the headline; a DOUBLE-NAMED date
# `السبت 10 تموز/يوليو 2004`; `هاي` a greeting in the body; the name in the forum prompt and the
# copyright (`مجلة هاي`).
page("m13_30_vermont_summer_camp", "هاي", "2004-07-10",
     "طلاب عرب يقضون صيفهم في مخيم للتبادل الثقافي بولاية فيرمونت",
     "يقضي أكثر من ثلاثين", "وينتهي المخيم")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(60, 150))
