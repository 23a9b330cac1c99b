"""Build meta14/gold.json: blind held-out gold for page chrome (meta14).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks), with the body length held to
the brief's 60-150 words.
Run: python3 build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository, in /work/hold/meta14, and moved here after it was scored.)
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
    """One page: the body is every non-empty line from the one starting with ``body_start`` to the
    one starting with ``body_end``, less ``inner_bp``; every other line but the title is
    boilerplate."""
    article(stem, outlet, published, title, body_start, body_end, list(inner_bp), [], [], [])


# 01 Saudi bimonthly (Aramco): Latin logo `QAFILAH`; a motto naming the PUBLISHER `أرامكو السعودية`;
# an ENGLISH crawl header six days later; a TWO-MONTH issue line `عدد مارس - أبريل 2016`; PREVIOUS
# and NEXT article headlines and a section label above the headline; a HIJRI-ONLY dateline with
# the month spelled `5 جمادى الآخرة 1437هـ` (= Mon 14 Mar 2016, Umm al-Qura); a photo caption
# between body paragraphs (inner); `قافلة` a common noun in the body; the name only in the
# subscription prompt (`مجلة القافلة`); the copyright names only the publisher.
page("m14_01_hofuf_palm_house", "القافلة", "2016-03-14",
     "بيت النخلة في الهفوف.. متحف صغير يروي حكاية ألف عام من التمر",
     "افتتحت أمانة الأحساء", "ويفتح البيت أبوابه",
     ["البيت الطيني في حي الكوت بعد ترميمه (تصوير: حسن المبارك)"])

# 02 UAE police monthly: an EMERGENCY-NUMBERS bar (`الطوارئ 999`) first; the logo is the NUMBER
# `999` over `MAGAZINE`; a site-update stamp five days later; a MONTH-ONLY issue line; a
# BREADCRUMB ending in the TRUNCATED headline and an awareness slogan above the headline; a
# published + modified pair (`07/09/2014` and `09/09/2014`); `الأحد المقبل` in the body; the
# name only in the copyright (`مجلة 999`).
page("m14_02_school_bus_safety", "999", "2014-09-07",
     "حملة توعوية لسلامة الطلاب في الحافلات المدرسية مع بدء العام الدراسي",
     "أطلقت الإدارة العامة للمرور", "ويمكن لأولياء الأمور")

# 03 Bahraini weekly, PRINT-PAGE view: Latin logo `ADHWAA Weekly`; the issue line (Hijri and
# Gregorian) is the article's date; a PAGE-CONTENTS list whose second bullet is the headline
# itself (`• افتتاح ...`); page navigation; a photo caption between body paragraphs (inner);
# `أضواء` a common noun in the body; the name only in the PRINT FOOTER, which carries a later
# date (`طُبعت هذه الصفحة من موقع أضواء الإلكتروني بتاريخ 02/08/2010`).
page("m14_03_bahrain_summer_festival", "أضواء", "2010-07-24",
     "افتتاح مهرجان صيف البحرين للأطفال بمشاركة واسعة",
     "انطلقت مساء أمس", "ويستمر المهرجان أربعة أسابيع",
     ["جانب من ورشة الرسم في المهرجان (تصوير: محمد المخرق)"])

# 04 Kuwaiti weekly: a stock/currency/weather bar first; Latin logo `AL-BALAGH`; a crawl header
# five days later; an editor's-picks list above the headline; a SPACED day-first date
# `18 - 4 - 2011`; an AGENCY dateline `الكويت - كونا` on its own line (a used outlet name, not
# the outlet); `بلاغات` in the body; two READER COMMENTS with later dates; the name only in the
# copyright (`لجريدة البلاغ`).
page("m14_04_rawda_farmers_market", "البلاغ", "2011-04-18",
     "جمعية الروضة وحولي تطلق سوقا أسبوعيا للمزارعين الكويتيين",
     "أطلقت جمعية الروضة", "ويقام السوق كل اثنين")

# 05 Omani cultural monthly (WordPress): Latin logo `ALTAKWEEN`; a vertical menu; a `اليوم:`
# header four years later; an issue-picks list (one item names the used `نزوى`, the town) and a
# TAG ROW above the headline; an AMERICAN-ORDER date `أكتوبر 3, 2017` with a reading time and a
# month issue; a PULL QUOTE between body paragraphs (inner: it repeats body words); `تكوين` a
# common noun in the body; an author bio; the name in the footer `عن التكوين: ...`.
page("m14_05_bahla_mobile_library", "التكوين", "2017-10-03",
     "حافلة تتحول إلى مكتبة متنقلة تجوب قرى بهلا",
     "بدأت حافلة حولتها", "وتنوي الجمعية",
     ["«الهدف هو تكوين عادة القراءة لدى الصغار»"])

# 06 Yemeni party weekly, 2008 site: Latin domain logo `alwahdawi.net`; a motto naming the PARTY
# `التنظيم الوحدوي الشعبي الناصري`; a site-update stamp two days later (month name between
# hyphens); an editorial line and an issue-headlines list above the headline (which opens with
# a place `تعز:`); `التاريخ: 12/2/2008 م`; a visitor's comment dated the next day; the name only
# in the VISITOR COUNTER (`عدد زوار الوحدوي`); a nameless copyright.
page("m14_06_taiz_markets_cleanup", "الوحدوي", "2008-02-12",
     "تعز: حملة لتنظيف الأسواق القديمة بمشاركة المتطوعين والتجار",
     "دشن مكتب الأشغال", "وتستمر الحملة أسبوعين")

# 07 Yemeni state daily (Mukalla): Latin logo `HADRAMOUT DAILY`; the PUBLISHER `مؤسسة 14 أكتوبر`
# (a used outlet name); a header two days later; a ticker; the Hijri + Gregorian dateline, the
# byline and a PHOTO CAPTION all ABOVE the headline (the headline comes last); `حضرموت` the
# GOVERNORATE in the menu and the body; the name in the closing line `حضرموت.. صحيفة يومية`.
page("m14_07_mukalla_fish_market", "حضرموت", "2012-11-06",
     "افتتاح سوق جديد للأسماك في المكلا بمواصفات حديثة",
     "افتتح محافظ حضرموت", "ومن المقرر أن ينتقل")

# 08 Iraqi illustrated weekly: Latin logo `ALIF BAA`; an English numeric crawl header three days
# later; a cover line and an editorial teaser above the headline; Iraqi month `11 أيار 2005`; a
# STANDFIRST under the byline (kept in the body); `ألف باء` a common phrase in the body (`ألف
# باء الزراعة`); `الزوراء` (a used outlet name) the PARK in the headline and the body; the name in
# the back-issues line and the publisher `دار ألف باء للصحافة`.
page("m14_08_baghdad_flower_festival", "ألف باء", "2005-05-11",
     "مهرجان الزهور يعيد الألوان إلى حديقة الزوراء",
     "مئات الأنواع من الورود", "ويستمر المهرجان حتى")

# 09 Iraqi daily: a Latin domain and Latin logo `AL-ADALA`; a Levantine + Hijri crawl header two
# days later; the ISSUE line `العدد (1042) الثلاثاء 20/3/2007` is the only article date; a
# section label and an OVERLINE (`بعد توقف دام عامين`) above the headline; `شط العرب` (the used
# `العرب` inside) and `قصر العدالة` (the courthouse) in the headline and the body; the name in the
# copyright (`صحيفة العدالة`).
page("m14_09_basra_river_boats", "العدالة", "2007-03-20",
     "زوارق شط العرب تعود لنقل الركاب بين ضفتي البصرة",
     "عادت الزوارق النهرية", "ويعمل الخط يوميا")

# 10 Syrian daily: a WELCOME line `أهلا بكم في بلدنا` first (the name, or "our country"); Latin
# logo `BALADNA`; a Levantine crawl header two days later; a multi-item ticker and a most-commented
# list (one a question) above the headline; the date GLUED to the byline `دمشق - ... - 19/1/2010`;
# a video embed line between body paragraphs (inner); `في بلدنا` a common phrase in the body; the
# ad prompt names the paper (`للإعلان في بلدنا`); a LATIN copyright.
page("m14_10_damascus_gas_buses", "بلدنا", "2010-01-19",
     "النقل الداخلي يتسلم أولى حافلات الغاز.. والتشغيل على ثلاثة خطوط خلال أيام",
     "تسلمت الشركة العامة", "وتتوقع الشركة وصول",
     ["شاهد الفيديو: جولة داخل إحدى الحافلات الجديدة (2:14)"])

# 11 Syrian weekly: Latin logo `AL-AZMINA`; a last-issue headline `من العدد الماضي:` and a section
# label above the headline; a SPACED date `8 - 6 - 2009` with a place tag; `عبر الأزمنة` a common
# phrase in the body; a page-visit log with a later date; the name in the closing line
# `مجلة الأزمنة الأسبوعية - دمشق`.
page("m14_11_aleppo_khan_hotel", "الأزمنة", "2009-06-08",
     "خان أثري في حلب القديمة يتحول إلى فندق تراثي",
     "افتتح في حلب القديمة", "ويستقبل الفندق")

# 12 Lebanese weekly: Latin logo `AL HAWADETH`; a NEXT-ISSUE promo `الجمعة 28 نيسان 2006`; a
# ticker; a SECTION called `حوادث الأسبوع` (in the menu too) above the headline; `الحوادث`
# (accidents) in the headline and the body; `نشر في: 26/04/2006`; a photo caption with an agency
# credit between body paragraphs (inner); the name only in the POSTAL ADDRESS line.
page("m14_12_airport_road_signals", "الحوادث", "2006-04-26",
     "إشارات ضوئية وكاميرات على طريق المطار للحد من الحوادث",
     "بدأت وزارة الأشغال", "ويأمل السكان",
     ["تقاطع على طريق المطار في بيروت (دالاتي ونهرا)"])

# 13 Lebanese arts weekly: Latin logo `ACHABAKA`; only a RELATIVE stamp `منذ 10 سنوات` at the top;
# a horoscope line; a GALLERY counter `1 / 12` and a SLIDE CAPTION (a sentence) above the
# headline; an English short date `02 Aug 2013` glued to the byline; a photo caption between body
# paragraphs (inner); `على الشبكة` (online) in the body; the name only in the Instagram prompt
# (`تابعوا الشبكة`); a Latin copyright.
page("m14_13_tripoli_youth_theatre", "الشبكة", "2013-08-02",
     "فرقة شبابية من طرابلس تحصد جائزة مهرجان مسرح الشباب",
     "حصدت فرقة «خيال»", "ومنحت لجنة التحكيم",
     ["المخرجة مع لجنة التحكيم بعد إعلان النتائج - الصورة من صفحة المهرجان"])

# 14 Jordanian weekly: Latin logo `SHIHAN NEWS`; a SPELLED crawl header a week later
# (`الاثنين الثاني والعشرون من تشرين الثاني 2004`); an Eid greeting; a POLL question and its
# answers above the headline; a metadata row `القسم ... | تاريخ النشر: 15/11/2004 | ...`;
# `جبل شيحان` (the mountain) in the headline and the body; a reader comment dated the next day;
# the name in the footer (`صحيفة شيحان الأسبوعية`).
page("m14_14_karak_shihan_park", "شيحان", "2004-11-15",
     "متنزه جديد على سفح جبل شيحان يستقبل زوار العيد",
     "افتتحت بلدية الكرك", "وتعتزم البلدية")

# 15 Palestinian weekly (Gaza): Latin domain logo; a Levantine + Hijri crawl header two days later;
# a menu item `الاستقلال TV` (the sister channel); a ticker and a PHOTO-OF-THE-DAY caption above
# the headline; NO dateline: the date only in the short-link URL after the body
# (`.../2011/09/22/8841`); `مدرسة الاستقلال` (a school) in the body; the name in the copyright
# (`صحيفة الاستقلال - غزة`).
page("m14_15_khanyounis_robotics", "الاستقلال", "2011-09-22",
     "طلاب من خان يونس يفوزون بالمركز الأول في مسابقة للروبوتات",
     "فاز فريق من طلاب", "وكرمت مديرية التعليم")

# 16 Haifa weekly: a HEBREW crawl header a week later (`יום חמישי, 24 במאי 2012`) first; Latin logo
# `FASL AL-MAQAL`; a menu link to the used `عرب 48`; a print-edition label and a section above the
# headline; the headline and the body name IBN RUSHD'S BOOK `«فصل المقال»`; `17/05/2012 - 14:20`;
# the name in the ad prompt and the footer (`صحيفة فصل المقال الأسبوعية`).
page("m14_16_haifa_ibn_rushd", "فصل المقال", "2012-05-17",
     "ندوة في حيفا تستعيد ابن رشد وكتابه «فصل المقال»",
     "نظم نادي حيفا", "ويعتزم النادي")

# 17 Egyptian women's weekly: Latin logo `HAWAA`; the publisher `دار الهلال` in the motto; a menu
# item `مطبخ حواء`; a horoscope and a recipe teaser above the headline; only `منذ 9 سنوات` above
# it; the byline `خاص حواء`; an `اقرئي أيضا` line between body paragraphs (inner); `بنات حواء`
# in the body; the date only AFTER the body, MONTH-FIRST ASP.NET style `2/21/2015 2:15:00 PM`; the
# copyright names only the publisher.
page("m14_17_fayoum_crafts_women", "حواء", "2015-02-21",
     "سيدات الفيوم يتعلمن الخوص والفخار.. ومعرض لمنتجاتهن في القاهرة",
     "أطلقت جمعية أهلية", "وتنظم الجمعية معرضا",
     ["اقرئي أيضا: مشروعات صغيرة تدار من البيت"])

# 18 Egyptian religious weekly: Latin logo `AQIDATY`; a crawl header three days later; prayer
# times; a hadith-of-the-day and a FATWA QUESTION above the headline; an EASTERN-DIGIT dateline
# with its Hijri date; the Arabic name ONLY IN THE BODY, glued (`لـ«عقيدتي»`); a read-also link to
# the used `الجمهورية أونلاين`; the copyright names only the publisher `دار التحرير` (`التحرير` a
# used outlet name).
page("m14_18_rashid_mosque_restoration", "عقيدتي", "2018-12-04",
     "بدء ترميم مسجد المحلي الأثري في رشيد بعد سنوات من تسرب المياه",
     "بدأ المجلس الأعلى للآثار", "ويأمل أهالي رشيد")

# 19 Sudanese daily: an ENGLISH crawl header two days later first; Latin logo `ALRAED`; exchange
# rates; the FRONT-PAGE headline `المانشيت: ...` above the headline; `الإثنين, 28 يناير 2013
# 08:14`; the NEXT DAY's print edition link; `الرائد` a police RANK in the body; the name in the
# ad prompt (`صحيفة الرائد`); a nameless copyright.
page("m14_19_khartoum_licence_renewal", "الرائد", "2013-01-28",
     "شرطة المرور تدشن نظاما إلكترونيا لتجديد رخص القيادة بالخرطوم",
     "دشنت الإدارة العامة", "ويبدأ العمل بالنظام")

# 20 Sudanese state radio: Latin logo `OMDURMAN RADIO`; the CALL SIGN `هنا أم درمان..`;
# frequencies; an ENGLISH crawl header three days later; a now-playing line and a newscast list
# above the headline; a SPACED date `9 / 10 / 2019`; an AGENCY dateline `أم درمان (سونا) -` on its
# own line (`سونا` a used outlet name); `أم درمان` the city everywhere; the name in the copyright
# after the broadcaster (`الهيئة السودانية للإذاعة والتلفزيون - إذاعة أم درمان`).
page("m14_20_omdurman_khalil_farah", "إذاعة أم درمان", "2019-10-09",
     "أم درمان تحتفي بذكرى خليل فرح بأمسية غنائية في دار الفنانين",
     "أحيت فرق فنية", "وتستمر فعاليات الذكرى")

# 21 Libyan weekly, 2006: Latin logo `AZZAHF AL AKHDAR`; a crawl header nine days later; a maxim
# and an in-this-issue line above the headline; the issue line with the HIJRI date and the LIBYAN
# MONTH NAME with a Gregorian year (`19 رمضان 1427 - 12 التمور 2006`); `الزحف الأخضر` the
# AFFORESTATION PROJECT in the body; the name in the footer with `الجماهيرية` (the used
# `الجماهير` inside).
page("m14_21_sabha_green_belt", "الزحف الأخضر", "2006-10-12",
     "عشرة آلاف شتلة على طريق مطار سبها لصد زحف الرمال",
     "غرست الفرق الزراعية", "وتمتد المرحلة الثانية")

# 22 Libyan site: a COOKIE NOTICE first; Latin domain logo `ALMINBAR.LY`; a crawl header four days
# later; a breaking line above the headline; `30 مارس، 2014 | آخر تحديث: 2 أبريل، 2014`;
# `جمعية المنبر الثقافي` (the organiser) in the body; the name in the newsletter prompt
# (`لموقع المنبر`).
page("m14_22_misrata_book_fair", "المنبر", "2014-03-30",
     "معرض للكتاب المستعمل في مصراتة.. آلاف العناوين بأسعار رمزية",
     "انطلق في مدينة مصراتة", "ويستمر المعرض ثلاثة أيام")

# 23 Tunisian weekly: a FRENCH crawl header two days later first; Latin logo `AL I'LAN`; an AD
# label `إعلان` and an AD TEXT (a sentence) above the headline; the dateline Hijri first
# `الاثنين 15 رمضان 1429 الموافق لـ15 سبتمبر 2008`; a tag line `تونس - الإعلان`; `الإعلان`
# (the announcement) in the body; the ad prompt; the name in the copyright (`جريدة الإعلان`).
page("m14_23_tunis_medina_festival", "الإعلان", "2008-09-15",
     "سهرات مهرجان المدينة تنطلق بالمالوف في دار الأصرم",
     "افتتحت سهرات مهرجان", "وتنطلق العروض كل ليلة")

# 24 Algerian daily: a GREETING login line `السلام عليكم، زائرنا الكريم` first; Latin logo
# `ESSALAM`; a Gregorian + Hijri crawl header two days later (`ماي`); a LIVE SCORE and a video
# teaser above the headline; `نشر في 23 ماي 2016`; a French ad label `PUBLICITÉ` between body
# paragraphs (inner); `حي السلام` (the district) in the headline and the body; the name in the
# copyright (`جريدة السلام اليومية`).
page("m14_24_oran_swimming_pool", "السلام", "2016-05-23",
     "وهران: مسبح نصف أولمبي جديد في حي السلام",
     "دشنت السلطات المحلية", "ويفتح المسبح أبوابه",
     ["PUBLICITÉ"])

# 25 Algerian local site (Djelfa): Latin domain logo `djelfa.info`; an AMAZIGH NEW YEAR greeting
# with the Amazigh year `2970`; a crawl header two days later (`جانفي`); a live line and an
# opinion teaser above the headline (which opens with the city `الجلفة:`); NO date near the
# headline: the date only AFTER the body (`نشر في 14 جانفي 2020`); a reader comment of the next
# day; `الجلفة` the city everywhere; the Arabic name only in the follow prompt.
page("m14_25_djelfa_local_market", "الجلفة إنفو", "2020-01-14",
     "الجلفة: سوق جوارية جديدة بحي بربيح تفتح أبوابها بعد طول انتظار",
     "فتحت السوق الجوارية", "وتفتح السوق أبوابها كل يوم")

# 26 Moroccan daily: a French + Arabic crawl header two days later first; Latin logo
# `AL MOUNAATAF`; a cartoon line and a column teaser above the headline; a published + updated
# pair; `المنعطف` (the road bend) in the headline and the body; an inline newsletter prompt
# between body paragraphs (inner); Moroccan `يوليوز` in the body; the name in the PDF link
# (`لجريدة المنعطف`).
page("m14_26_ifrane_road_bend", "المنعطف", "2013-06-19",
     "أشغال لتوسيع المنعطف الخطير بمدخل إفران قبل موسم الصيف",
     "انطلقت أشغال توسيع", "وطالب سائقو",
     ["اشترك في نشرتنا البريدية لتصلك أهم الأخبار"])

# 27 Moroccan literary monthly (Tangier): Latin logo `Tanja Al Adabia`; a Hijri NEW YEAR greeting;
# a MONTH-ONLY issue line in Moroccan months (`نونبر 2011`); an issue-file teaser and a VERSE in
# guillemets above the headline; a bare `29 نونبر 2011`; `طنجة` (the city) in the body; the name
# in the about line (`طنجة الأدبية: مجلة ثقافية شهرية ...`).
page("m14_27_asilah_short_story", "طنجة الأدبية", "2011-11-29",
     "أصيلة تحتضن ملتقى وطنيا للقصة القصيرة",
     "احتضنت مدينة أصيلة", "واختتم الملتقى")

# 28 Mauritanian site: a place + crawl header a week later first; Latin logo `KARAMA`; exchange
# rates; a quoted BLOG POST of the day above the headline; a FRENCH dateline `Publié le
# 05/04/2018 à 11:30`; `كرامة` a common noun in the body; `الرياض` (a used outlet name) a Nouakchott
# district in the body; the name in the contact line (`راسلوا كرامة`); a Latin copyright.
page("m14_28_nouakchott_water_tanks", "كرامة", "2018-04-05",
     "خزانات جديدة لمياه الشرب في أحياء الترحيل بتوجنين",
     "بدأت الشركة الوطنية للماء", "وتشمل المرحلة الثانية")

# 29 DIGITAL PRESS ARCHIVE page of a 1989 article: the archive's Latin and Arabic names; a
# browse breadcrumb; an ITEM CARD with the headline after `العنوان:`, the SOURCE `المصدر:
# التضامن، العدد 321، ص 44`, the original date `15/07/1989` and the UPLOAD date `03/02/2021`; the
# headline line again under `النص الكامل:`; `تضامن` a common noun and `الثورة`, `المتوسط` (used
# outlet names) in the body; the archive's copyright.
page("m14_29_paris_calligraphy_1989", "التضامن", "1989-07-15",
     "خطاطون عرب في باريس.. معرض للخط العربي على هامش احتفالات المئوية الثانية للثورة",
     "افتتح في قاعة بلدية", "ويستمر المعرض حتى نهاية آب")

# 30 International Arabic radio service: a DUTCH crawl header a week later first; the network's
# Latin name and its Arabic name (`إذاعة هولندا العالمية - القسم العربي`); a language row; an
# ENGLISH headline of the same story (`Read in English: ...`) above the headline; a Dutch-style
# `03-12-2009`; an audio-player line between body paragraphs (inner); `هنا` (here) in the body;
# the service's name only in the programmes prompt (`برامج هنا أمستردام`); a Latin copyright.
page("m14_30_van_gogh_arabic_guide", "هنا أمستردام", "2009-12-03",
     "دليل صوتي بالعربية يرافق زوار متحف فان غوخ في أمستردام",
     "أطلق متحف فان غوخ", "ويتوفر الدليل",
     ["▶ استمع إلى التقرير (3:42)"])


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(60, 150))
