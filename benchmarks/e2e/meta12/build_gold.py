"""Build meta12/gold.json: blind held-out gold for page chrome (meta12).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to the brief's 60-150 words.
Run: python3 build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta12.)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# goldkit sits in benchmarks/e2e, the folder above (the set was written in /work/hold/meta12 with an
# absolute path to it, dropped when the set was moved here at session 26's end).
sys.path.insert(0, str(HERE.parent))
sys.dont_write_bytecode = True  # no __pycache__ beside goldkit

from goldkit import collector, main_chrome  # noqa: E402

ARTICLES = []
article = collector(ARTICLES)


def page(stem, outlet, published, title, body_start, body_end, inner_bp=()):
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi site: a crawl header two days later (Hijri with `الموافق` and Gregorian) and weather
# first; Latin-only logo `ALMOKHTSAR` and a motto; menu; a numbered `الأكثر تداولا` list and a
# breadcrumb ending in the TRUNCATED headline above it; a HIJRI-ONLY dateline IN WORDS
# (`الأحد 14 ربيع الآخر 1437هـ` = 24 Jan 2016, Umm al-Qura, a Sunday); place-byline; share, tags,
# comment prompt; the Arabic name only in the app prompt; Latin domain copyright.
page("m12_01_riyadh_ebook_lending", "المختصر", "2016-01-24",
     "مكتبة الملك فهد الوطنية تتيح إعارة الكتب الإلكترونية لأول مرة",
     "أطلقت مكتبة الملك فهد", "ويشترط للتسجيل")

# 02 UAE daily, 2007 archive page: the crawl day SEVENTEEN YEARS later first; Latin logo
# `AL WAHDA` and a motto; menu; a currency widget; a RESULTS TICKER (`الوحدة 2 - 1 العين ...`: the
# outlet's name as a football club) and an archive breadcrumb above the headline; day-first with
# hyphens `تاريخ النشر: 18-03-2007` (the body's `أمس` is the 17th); byline; print/send and a
# read-also list; the name only in the copyright (`لصحيفة الوحدة`); `نادي الوحدة` in the body.
page("m12_02_alwahda_youth_academy", "الوحدة", "2007-03-18",
     "نادي الوحدة يفتتح أكاديمية للناشئين بأربعة ملاعب معشبة في أبوظبي",
     "افتتح نادي الوحدة أمس", "وتعد الأكاديمية")

# 03 Qatari cultural monthly: a crawl header eight years later first; Latin logo `DOHA MAGAZINE`;
# a weather line `الدوحة 22°` (the outlet's name as a city); motto; menu; a MONTH-ONLY issue line
# `العدد 98 | ديسمبر 2015`; an `في هذا العدد` list and a kicker above the headline; `6 ديسمبر 2015 |
# 11:20`; a tag line `الدوحة - خاص` on its own line (the city, as the text's own place tag); photo
# credit, share; the name in the subscribe prompt and the copyright (`مجلة الدوحة`).
page("m12_03_doha_quran_manuscripts", "الدوحة", "2015-12-06",
     "متحف الفن الإسلامي يعرض مخطوطات نادرة للمصحف الشريف من عشرة قرون",
     "افتتح متحف الفن", "ويستمر المعرض حتى")

# 04 Omani cultural quarterly: the PUBLISHER's line first (`مؤسسة عمان للصحافة ...`); Latin logo
# `NIZWA`; menu; a QUARTERLY issue line `العدد 88 - أكتوبر 2016`; an `أحدث الإضافات` list and a
# kicker above the headline; a plain YEAR-FIRST `تاريخ الإضافة: 2016/10/13` (date not hard); a
# photo caption BETWEEN body paragraphs (inner boilerplate); the name only in the copyright, and
# `نزوى` a town in the body (`قلعة نزوى`).
page("m12_04_nizwa_jabrin_restoration", "نزوى", "2016-10-13",
     "بعد ثلاث سنوات من الترميم.. حصن جبرين يفتح أبوابه للزوار من جديد",
     "أعادت وزارة التراث", "ويستقبل الحصن",
     ["السقف الخشبي المنقوش في قاعة الشمس بعد ترميمه - الصورة من وزارة التراث والثقافة"])

# 05 Kuwait University newspaper: a crawl header four days later first; Latin logo `AFAQ` and a
# motto with a year; menu; an EVENTS AGENDA with future dated items (`الأحد 24 مارس`, `الثلاثاء 2
# أبريل`) and a kicker above the headline; an UNPADDED day-first `13/3/2019` with no weekday;
# byline; comments; the name, a common word (`آفاقا` in the body), only in the copyright
# (`جريدة آفاق`).
page("m12_05_kuwait_univ_solar_robot", "آفاق", "2019-03-13",
     "طلبة الهندسة يبتكرون روبوتا لتنظيف الألواح الشمسية من الغبار دون ماء",
     "ابتكر فريق", "ويشارك الفريق")

# 06 Aden daily: a crawl header a day later (Gregorian and Hijri) first; a logo that READS AS A
# DATE (`14 أكتوبر`, no year) and a publisher motto; menu; issue number; kicker; `الأربعاء 09
# أكتوبر 2013 - الساعة 22:40`; tag line `عدن / 14 أكتوبر / خاص`; `ثورة 14 أكتوبر` in the body;
# keywords, print, the publisher's copyright.
page("m12_06_aden_container_terminal", "14 أكتوبر", "2013-10-09",
     "ارتفاع مناولة الحاويات في ميناء عدن خلال الأشهر التسعة الأولى من العام",
     "أعلنت مؤسسة موانئ", "وتتزامن هذه المؤشرات")

# 07 Yemeni site (Shabwa): a HIJRI-FIRST crawl header a day later first; Latin-only logo; menu; a
# one-line `آخر الأخبار` ticker and a kicker above the headline; an EASTERN-DIGIT YEAR-FIRST
# dateline `٢٠٢١/٠٧/١٢ - ١٠:١٥ م` and `منذ يوم`; the place tag `عتق – خاص –` opens body line 1
# (kept in the body); share; the Arabic name only inside a republishing notice (`... بشرط ذكر
# المصدر: شبوة برس`); a nameless copyright.
page("m12_07_ataq_water_wells", "شبوة برس", "2021-07-12",
     "تدشين مشروع لإعادة تأهيل آبار المياه في مدينة عتق بمضخات تعمل بالطاقة الشمسية",
     "عتق – خاص –", "ورحب الأهالي")

# 08 Iraqi site: an ENGLISH crawl header the next day first; Latin domain logo and an English
# tagline (`Voice of Iraq - since 2003`); menu; an `آخر المقالات` list and a kicker above the
# headline; Levantine `نشر بتاريخ: 2 أيار 2017 - 21:48` (the body's `اليوم الثلاثاء` agrees); a
# view count; an `اقرأ أيضا` line BETWEEN body paragraphs (inner boilerplate); the Arabic name
# only in the contributors' prompt after the body; Latin copyright with a year range.
page("m12_08_basra_council_projects", "صوت العراق", "2017-05-02",
     "مجلس محافظة البصرة يصوت على خطة مشاريع تنمية الأقاليم للعام الحالي",
     "صوّت مجلس محافظة", "ومن المقرر أن ترسل",
     ["اقرأ أيضا: وزارة التخطيط تحدد موعد إطلاق تخصيصات المحافظات"])

# 09 Iraqi daily: a Levantine crawl header two days later first; Latin logo `AL-MUSTAQILLA` and a
# tagline with the ADJECTIVE `مستقلة`; menu; PREVIOUS and NEXT story boxes (two headlines) and a
# kicker above the headline; only `قبل يومين` under it; the date only after the body, day-first
# with hyphens (`تاريخ النشر: 11-10-2022`); view count; the name only in the footer.
page("m12_09_baghdad_tomato_prices", "المستقلة", "2022-10-11",
     "انخفاض أسعار الطماطم في أسواق بغداد مع وصول إنتاج مزارع الزبير",
     "شهدت أسواق الجملة", "في المقابل، اشتكى")

# 10 Lebanese weekly magazine: Latin logo `AL AFKAR` and a motto; menu; an ISSUE LINE of a LATER day
# (`العدد 3125 | الجمعة 24 تشرين الثاني 2017`); an interview teaser and a kicker above the
# headline; a bare day-first `20/11/2017`; byline; tags, send/print; the name, a common noun
# (`تبادل الأفكار` in the body), only in the footer (`موقع مجلة الأفكار`).
page("m12_10_lebanese_expat_registration", "الأفكار", "2017-11-20",
     "إقبال على تسجيل المغتربين للانتخابات النيابية قبل انتهاء المهلة",
     "تواصل وزارة الخارجية", "ويقترع المغتربون")

# 11 Syrian regional daily (Hama), 2010 archive page: Arabic logo and a publisher line naming
# `مؤسسة الوحدة`; menu; a SITE-WIDE update stamp of the crawl day (2024); an issue-contents list
# and a kicker above the headline; Levantine `الاثنين 14 حزيران 2010` and an issue number; a
# copyright with a range ending at the crawl year.
page("m12_11_hama_wheat_marketing", "الفداء", "2010-06-14",
     "أكثر من 200 ألف طن من القمح تسلمتها مراكز حماة منذ بدء الموسم",
     "بلغت كميات القمح", "ويستمر الاستلام")

# 12 Syrian site: an ENGLISH MONTH-FIRST crawl header two days later first; a Latin logo WITH A
# DIGIT (`ALL4SYRIA`); menu; an `عاجل:` ticker and a kicker above the headline; `12 أيار، 2016`
# with a comma (the body's `يوم الخميس` agrees); a desk byline; a disclaimer, share; the Arabic
# name only in the copyright (`© 2016 كلنا شركاء`).
page("m12_12_gaziantep_syrian_students", "كلنا شركاء", "2016-05-12",
     "ألفا طالب سوري يتقدمون لامتحان القبول في الجامعات التركية في غازي عنتاب",
     "تقدم نحو ألفي", "وتعلن النتائج")

# 13 Jordanian site: Arabic and Latin logos; menu with `وفيات`; a crawl header two days later with
# weather; an `عاجل |` ticker and a kicker above the headline; day-first with hyphens `03-07-2017
# 10:45 AM` (3 July 2017 a Monday as the body says; 7 March 2017 was a Tuesday); an `اقرأ أيضا`
# line between body paragraphs; a follow prompt; a nameless copyright.
page("m12_13_jordan_voter_rolls", "صراحة نيوز", "2017-07-03",
     "الهيئة المستقلة للانتخاب تنشر الجداول النهائية للناخبين للانتخابات البلدية واللامركزية",
     "أعلنت الهيئة المستقلة", "ودعت الهيئة الأحزاب",
     ["اقرأ أيضا: الحكومة تقر نظام الأبنية الجديد"])

# 14 Palestinian site: Latin logo; a HIJRI-FIRST header of the same day (`السبت 19 شعبان 1439 | 5
# أيار 2018`); menu; currency widget; kicker; a TIME-FIRST dateline `10:15 ص - 05 أيار 2018`; the
# place tag `رام الله - زمن برس:` opens body line 1 (kept in the body); share, related, copyright.
page("m12_14_ramallah_book_fair", "زمن برس", "2018-05-05",
     "معرض فلسطين الدولي للكتاب ينطلق في رام الله بمشاركة أكثر من 500 دار نشر",
     "رام الله - زمن برس:", "ويتضمن البرنامج")

# 15 Egyptian weekly magazine: a GREETING widget `صباح الخير | القاهرة 17°` (the outlet's name as a
# greeting) first; the PUBLISHER `مؤسسة روزاليوسف` (itself a magazine name); Latin logo; motto;
# menu; the NEXT ISSUE's line (`العدد 3211 | الثلاثاء 6 فبراير 2018`, a week later); a teaser and a
# kicker above the headline; `الثلاثاء 30 يناير 2018 - 01:45 م`; byline; the name in the copyright.
page("m12_15_cairo_book_fair_crowds", "صباح الخير", "2018-01-30",
     "معرض القاهرة للكتاب في يومه الرابع: زحام في سراي الأطفال وإقبال على الروايات",
     "واصل معرض القاهرة", "ويستمر المعرض حتى العاشر")

# 16 Egyptian arts magazine: a crawl header two days later first; the PUBLISHER `دار الهلال` and a
# row of its SISTER MAGAZINES (`الهلال | المصور | الكواكب | حواء ...`); Latin logo `AL-KAWAKEB` and
# a motto; menu; a numbered most-read list and a kicker above the headline, which opens with a
# quoted film title; a STANDFIRST right under it (body), then the date line (`نشر في: 22/11/2018 ...
# | آخر تحديث: 23/11/2018 ...`) and the byline INSIDE the body span (inner boilerplate).
page("m12_16_cairo_film_festival", "الكواكب", "2018-11-22",
     "\"ليل خارجي\" يمثل مصر في المسابقة الرسمية لمهرجان القاهرة السينمائي الأربعين",
     "تصفيق طويل لأبطال", "ويختتم المهرجان",
     ["نشر في: 22/11/2018 - 09:20 م | آخر تحديث: 23/11/2018 - 11:05 ص", "كتب: كريم فؤاد"])

# 17 Sudanese party paper: an EASTERN-DIGIT crawl header a day later (Hijri first) first; Arabic
# logo `الميدان` (a common noun: `ميدانيا` in the body) and its party motto; menu; kicker; an
# EASTERN-DIGIT day-first dateline `١٩-٠٢-٢٠١٩`; tag line `الخرطوم: الميدان`; copyright.
page("m12_17_khartoum_flour_quotas", "الميدان", "2019-02-19",
     "ولاية الخرطوم تزيد حصص الدقيق المدعوم للمخابز لتقليص صفوف الخبز",
     "أعلنت حكومة ولاية", "ودعت الولاية")

# 18 Sudanese TV site: an ENGLISH MONTH-FIRST crawl header two days later first; Latin and Arabic
# logos and an Arabic motto; live line; menu; a `شاهد أيضا:` video headline and a kicker above the
# headline; ENGLISH `Jan 4, 2022 · 6:32 PM` and `منذ يومين` (the body's `الثلاثاء` agrees); the
# Arabic name again in the follow prompt; Latin copyright.
page("m12_18_sudan_measles_campaign", "سودان بكرة", "2022-01-04",
     "وزارة الصحة تطلق حملة تطعيم ضد الحصبة تستهدف 8 ملايين طفل",
     "أطلقت وزارة الصحة", "وتأتي الحملة")

# 19 Libyan regional site (Fezzan): a crawl header three days later first; Latin logo `FASANEA`
# and a motto; menu; a parallel-market rate; a most-read list and a kicker above the headline;
# `الثلاثاء، 17 أكتوبر 2023 - 15:20` and an update the next day; tag line `سبها – فسانيا` (the
# only Arabic naming, close to the region `فزان` of the body); a photo caption between body
# paragraphs (inner boilerplate); Latin copyright.
page("m12_19_sabha_dates_market", "فسانيا", "2023-10-17",
     "سوق التمور في سبها يستقبل إنتاج الموسم وسط تراجع الأسعار",
     "بدأ سوق التمور", "ودعا مزارعون",
     ["صناديق التمور في سوق سبها - تصوير: عبد الله الحضيري"])

# 20 Libyan daily, 2008 archive page: Arabic logo and motto; menu; a volume and issue line;
# kicker; a JAMAHIRIYA-CALENDAR dateline `الأحد 16 الحرث 1376 و.ر` (الحرث = November; years
# counted from the Prophet's death, 1376 = 2008; 16 Nov 2008 was a Sunday); tag line `طرابلس -
# الشمس`; the copyright's 2008 agrees.
page("m12_20_tripoli_cardiac_unit", "الشمس", "2008-11-16",
     "افتتاح وحدة جديدة لقسطرة القلب في مركز طرابلس الطبي",
     "افتتحت أمس بمركز", "ومن المتوقع أن تبدأ")

# 21 Tunisian TV site: a FRENCH crawl header two days later first; Latin logo `NESSMA`; live line;
# menu; a sports ticker and a kicker above the headline; TUNISIAN month `الثلاثاء 07 جانفي 2020 -
# 18:10`; an ad label `إعلان` between body paragraphs (inner boilerplate); the name only in the
# newscast prompt, and `نسمة` a common noun in the body (`مليون نسمة`); French copyright.
page("m12_21_tunisia_olive_oil_exports", "نسمة", "2020-01-07",
     "صادرات زيت الزيتون التونسي ترتفع خلال الشهرين الأولين من الموسم",
     "ارتفعت صادرات تونس", "وتتوقع وزارة الفلاحة",
     ["إعلان"])

# 22 Algerian sports daily: a crawl header two days later (Algerian month `أوت`) first; Latin logo
# `EL HEDDAF` and a row of sister titles (`Le Buteur | El Heddaf TV | الهداف الأسبوعي`); menu; a
# friendly-results ticker and a kicker above the headline; `الثلاثاء 10 أوت 2021 - 21:30` and the
# PRINT ISSUE of the next day (`صدر في عدد الأربعاء 11 أوت 2021`); `الهداف` a common noun in the
# body (`الهداف السابق`); comments count; the name in the app prompt; Latin copyright.
page("m12_22_belouizdad_new_striker", "الهداف", "2021-08-10",
     "شباب بلوزداد يتعاقد مع مهاجم جديد لمدة موسمين تحسبا للمنافسة القارية",
     "أنهت إدارة شباب", "ويدخل شباب بلوزداد")

# 23 Algerian daily: a weather row and a crawl header two days later (`فيفري`) first; Latin logo
# `WAKT EL DJAZAIR` and a motto; menu; an `آخر الأخبار` list and a kicker above the headline;
# `نشر في 19 فيفري 2019`; byline; keywords; the name only in the copyright (`جريدة وقت الجزائر`);
# `الوقت` a common word in the body.
page("m12_23_algiers_tram_extension", "وقت الجزائر", "2019-02-19",
     "أشغال توسعة خط الترامواي في العاصمة تبلغ مراحلها الأخيرة",
     "بلغت أشغال توسعة", "ويأمل سكان")

# 24 Moroccan party daily: a crawl header a day later in MOROCCAN months (`يوليوز`) first; Latin
# logo `AL ALAM` and the party motto with a year; menu; a most-read list and a kicker above the
# headline; `الثلاثاء 9 يوليوز 2019 - 20:15` (the body's `أمس الاثنين` is the 8th); the name, a
# common noun (`نشر العلم والمعرفة` in the body), only in the copyright (`جريدة العلم`).
page("m12_24_morocco_education_questions", "العلم", "2019-07-09",
     "وزير التربية الوطنية أمام مجلس النواب: 200 مؤسسة تعليمية جديدة مع الدخول المدرسي المقبل",
     "أعلن وزير التربية", "وختمت الجلسة")

# 25 Moroccan site: Arabic and Latin logos; a crawl header three days later in Moroccan months
# (`غشت`) and weather; menu; an `عاجل:` ticker and a kicker above the headline, which ends with
# `إلى غاية الجمعة`; `09 غشت 2022 - 11:40` and `منذ 3 أيام`; an `اقرأ أيضا` line between body
# paragraphs (inner boilerplate); follow prompt, Latin copyright.
page("m12_25_morocco_heatwave_alert", "سيت أنفو", "2022-08-09",
     "نشرة إنذارية: موجة حر تصل إلى 46 درجة بعدد من الأقاليم إلى غاية الجمعة",
     "أعلنت المديرية العامة", "ويرتقب أن تعرف",
     ["اقرأ أيضا: السلطات تمنع السباحة في السدود والبحيرات خلال الصيف"])

# 26 Mauritanian site: a Hijri + Gregorian crawl header two days later first; Latin and Arabic logos
# (`ZAHRAA CHINGUITT` / `زهرة شنقيط`); menu; exchange rates; an `آخر الأخبار` list and a kicker
# above the headline; day-first with hyphens `19-12-2019 | 22:10` (the body's `اليوم الخميس`
# agrees); share; the name again in the copyright (`لموقع زهرة شنقيط`); `شنقيط` a town in the
# headline and the body.
page("m12_26_chinguetti_heritage_festival", "زهرة شنقيط", "2019-12-19",
     "انطلاق مهرجان مدائن التراث في شنقيط بحضور وزير الثقافة",
     "انطلقت مساء اليوم الخميس", "ويستمر المهرجان أسبوعا")

# 27 US-funded Arabic platform: Latin logo `IRFAA SAWTAK`; menu of countries; a most-read list and a
# kicker above the headline; a STANDFIRST under it (body); a byline with the date glued (`بقلم: علي
# قيس | 13 مارس 2019`) and an update stamp a day later INSIDE the body span (inner boilerplate);
# the name, an imperative phrase, in a body sentence (`لموقع ارفع صوتك`) and in the about line
# after the body, which names the network; the copyright names only `MBN`.
page("m12_27_mosul_library_volunteers", "ارفع صوتك", "2019-03-13",
     "متطوعون يعيدون ملء رفوف المكتبة المركزية لجامعة الموصل",
     "آلاف الكتب وصلت", "ويأمل الطلبة",
     ["بقلم: علي قيس | 13 مارس 2019", "آخر تحديث: 14 مارس 2019"])

# 28 US international radio, Arabic service, 2001 archive page: logo `VOA` and English names;
# language row; menu; an `آخر الأخبار` list (one item with a weekday, `الثلاثاء`) and a kicker
# above the headline; a MONTH-FIRST US stamp `04/07/2001 - 03:40 PM EDT` (7 Apr 2001, a Saturday
# as the body says; 4 July 2001 was a Wednesday); the Arabic name only in the listen prompt;
# an English footer.
page("m12_28_mars_odyssey_launch", "صوت أمريكا", "2001-04-07",
     "إطلاق المسبار \"مارس أوديسي\" في رحلة تستغرق ستة أشهر إلى المريخ",
     "أطلقت وكالة الفضاء", "ويفترض أن يدخل")

# 29 Los Angeles Arabic-American weekly: Latin logo `BEIRUT TIMES` and an English tagline; an
# ENGLISH crawl header three days later; weather in °F; English and Arabic menus; an ENGLISH
# HEADLINE and its section label above the Arabic kicker and headline; a MONTH-FIRST
# `03/07/2016 | الاثنين` (7 Mar 2016, a Monday; 3 July 2016 was a Sunday); byline; the Arabic name
# only in the subscribe prompt, and `بيروت` a city (`البيروتية` in the body); Latin copyright.
page("m12_29_anaheim_lebanese_festival", "بيروت تايمز", "2016-03-07",
     "مهرجان لبناني في أنهايم يجمع آلاف الزوار من أبناء الجالية",
     "استضافت مدينة أنهايم", "واختتم المهرجان")

# 30 Montreal Arabic paper: a FRENCH crawl header the next day first; Latin logo `SADA AL MASHREK`
# and a French tagline; a mixed French/Arabic menu; weather; a French `À lire aussi` headline and a
# kicker above the headline; a FRENCH dateline `Montréal, le 3 octobre 2018` and the tag line
# `مونتريال – خاص`; the Arabic name only in the ad prompt (`مشرقية` in the body); Latin copyright.
page("m12_30_quebec_election_arab_candidates", "صدى المشرق", "2018-10-03",
     "نواب من أصول عربية يدخلون الجمعية الوطنية في كيبيك بعد الانتخابات التشريعية",
     "أسفرت الانتخابات", "وينتظر أن يؤدي")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(60, 150))
