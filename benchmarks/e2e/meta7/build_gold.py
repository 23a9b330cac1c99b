"""Build meta7/gold.json: blind held-out gold for page chrome (meta7).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims),
with the body length held to this set's 75-110 words.
Run: python benchmarks/e2e/meta7/build_gold.py  (writes gold.json beside itself, then checks it).
(Written outside the repository in session 22, held out, and moved here after its scoring.)
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


# 01 Morocco portal: Latin-only logo; one-line menu; a numbered `الأكثر قراءة` list of three
# headlines at the top, then a kicker `اقتصاد`, then the headline; credit `آشكاين - هيئة التحرير`.
page("m7_01_tangier_port", "آشكاين", "2024-09-14",
     "ميناء طنجة المتوسط يرفع طاقته الاستيعابية بمحطة حاويات جديدة",
     "أعلنت الوكالة الخاصة", "وينتظر أن تستقبل")

# 02 Morocco portal: crawl header two days later; breadcrumb ending in the FULL headline
# (`الرئيسية » جهات » <headline>`) right above it; credit `الأيام 24 - متابعة`; `نشر في:`.
page("m7_02_casablanca_tram", "الأيام 24", "2025-03-10",
     "الدار البيضاء.. الخط الثالث للطرامواي يمدد ساعات عمله خلال رمضان",
     "قررت شركة", "ودعت الشركة المرتفقين")

# 03 Algeria (Annaba) daily: crawl header two days later with `جويلية`; a name that reads like a
# widget label (`آخر ساعة`); city kicker that is also a menu item; dotted date `02.07.2024`;
# credited caption mid-body.
page("m7_03_annaba_beaches", "آخر ساعة", "2024-07-02",
     "فتح 14 شاطئا جديدا للسباحة بعنابة وتجنيد 320 عون حراسة",
     "قررت مصالح ولاية عنابة", "ويرتقب أن تنطلق",
     ["شاطئ ريزي عمر خلال الأيام الأولى من موسم الاصطياف - تصوير: م. رضا"])

# 04 Tunisia weekly/portal: crawl header two days later; kicker; headline with a colon and `...`;
# standfirst (body); byline with a role and the date before the first paragraph; caption
# `(أرشيف)` mid-body; author bio after the body.
page("m7_04_tunis_bread", "الشارع المغاربي", "2024-11-16",
     "مخابز تونس: طوابير من جديد... والمهنيون يتحدثون عن نقص في الفارينة المدعمة",
     "عادت الطوابير", "في المقابل، أكدت",
     ["بقلم: منية العرفاوي - صحفية مختصة في الشأن الاقتصادي",
      "16 نوفمبر 2024 - 13:10",
      "طابور أمام مخبزة بحي التضامن (أرشيف)"])

# 05 Tunisia radio: Latin-only logo and a live-stream line; kicker that is also a menu item; the
# tag `صفاقس - ديوان أف أم -` opens body line 1; Arabic name in the body and the app prompt.
page("m7_05_sfax_olive", "ديوان أف أم", "2023-11-07",
     "صفاقس: انطلاق موسم جني الزيتون وسعر الكلغ بين 2 و2.5 دينار",
     "صفاقس - ديوان", "ودعا المندوب")

# 06 Libya site: Latin + Arabic logo; language row; two `شريط الأخبار:` ticker headlines right
# above the headline; credit `ليبيا أوبزرفر | بنغازي`; newsletter and app lines.
page("m7_06_benghazi_flights", "ليبيا أوبزرفر", "2024-10-22",
     "الخطوط الأفريقية تعود إلى مطار بنينا بثلاث رحلات أسبوعية إلى إسطنبول",
     "أعلنت شركة الخطوط", "ويأمل مسافرون")

# 07 Mauritania site: slogan; comment count `4 تعليقات` under the date; four reader comments
# (sentence-like lines with names) after the body.
page("m7_07_nouakchott_water", "أقلام حرة", "2023-08-09",
     "انقطاع المياه يدخل أسبوعه الثاني في أحياء من عرفات والرياض",
     "تعيش أحياء", "وطالب السكان السلطات")

# 08 Saudi (Dammam) daily: Hijri + Gregorian crawl header two days later; a name that is a
# common word (`اليوم`, also in the body as `اليوم الاثنين`); kicker; place-outlet line
# `الدمام - اليوم`; Hijri + Gregorian article line.
page("m7_08_dammam_rain", "اليوم", "2024-11-04",
     "تعليق الدراسة الحضورية في مدارس الدمام والخبر غدا بسبب الأمطار",
     "قررت الإدارة العامة", "وأكدت أمانة")

# 09 Saudi e-paper: Hijri + Gregorian crawl header; only `منذ 3 ساعات` (manifest gives the
# date, the evening before the crawl day); kicker and the stamp ABOVE the headline.
page("m7_09_taif_roses", "الوئام", "2025-04-26",
     "مهرجان الورد الطائفي يستقبل 60 ألف زائر في أسبوعه الأول",
     "أعلنت أمانة محافظة الطائف", "ويستمر المهرجان")

# 10 UAE business magazine: Latin-only logo on two lines; cookie banner; kicker; standfirst
# (body); byline and date inside; the Arabic name only in the copyright line.
page("m7_10_uae_startups", "فوربس الشرق الأوسط", "2023-10-03",
     "شركات ناشئة إماراتية تجمع 480 مليون دولار في الربع الثالث",
     "تصدرت شركات", "ويرى مستثمرون",
     ["بقلم فريق التحرير", "3 أكتوبر 2023"])

# 11 Kuwait e-paper: crawl header (Gregorian + Hijri) three days later; a name that is a
# common word (`الآن`, also `حتى الآن` in the body); `12/09/2024` settled by `اليوم الخميس`;
# view count; the tag `الكويت - الآن:` opens body line 1; headline opens with a quoted name.
page("m7_11_kuwait_school_buses", "الآن", "2024-09-12",
     '"التربية" توقع عقود النقل المدرسي لـ 120 حافلة جديدة',
     "الكويت - الآن:", "وكانت الوزارة قد")

# 12 Qatar TV: Latin logo; live-stream lines; the date and a kicker ABOVE the headline and no
# line below it; uncredited caption and a `▶ شاهد الفيديو:` line mid-body; name in the footer.
page("m7_12_souq_waqif_dates", "الريان", "2024-07-23",
     "انطلاق مهرجان الرطب المحلي في سوق واقف بمشاركة 110 مزارع",
     "انطلقت، اليوم الثلاثاء", "وتنظم اللجنة",
     ["جانب من أجنحة المهرجان في الساحة الشرقية لسوق واقف",
      "▶ شاهد الفيديو: جولة في أجنحة مهرجان الرطب"])

# 13 Yemen (Aden) site: Arabic + Latin logo; two-word kicker; slashed year-first Gregorian +
# Hijri date line; tag line `عدن تايم - خاص:` on its own line.
page("m7_13_aden_electricity", "عدن تايم", "2023-06-18",
     "محطات كهرباء عدن تستلم شحنة وقود جديدة وتقلص ساعات الانطفاء إلى 8 ساعات",
     "أعلنت المؤسسة العامة للكهرباء", "وطالب ناشطون")

# 14 Syrian state daily: the outlet is named like a month (`تشرين`); crawl header
# `الثلاثاء 12 تشرين الثاني 2024` first, two days after `الأحد, 10 تشرين الثاني 2024`; name-only
# byline; tag `اللاذقية – تشرين:` opens body line 1.
page("m7_14_latakia_citrus", "تشرين", "2024-11-10",
     "الحمضيات في اللاذقية: موسم وفير وأسعار لا تغطي التكاليف",
     "اللاذقية – تشرين:", "بدورها، أكدت")

# 15 Syria portal: Latin-only logo; kicker; standfirst (body); credit `داماس بوست – خاص` and an
# Eastern-digit date `الاثنين ٠٥-٠٩-٢٠٢٢` before the first paragraph; no footer.
page("m7_15_damascus_rent", "داماس بوست", "2022-09-05",
     "طلاب الجامعات يبحثون عن غرف في ضواحي دمشق: الإيجار يبتلع المصروف",
     "مع اقتراب العام", "وبينما تؤكد",
     ["داماس بوست – خاص", "الاثنين ٠٥-٠٩-٢٠٢٢"])

# 16 Lebanon news agency: crawl header a day later; a one-line `آخر الأخبار:` ticker with three
# items; kicker; short headline; the tag `المركزية -` opens body line 1; read-also mid-body.
page("m7_16_lebanon_fuel_prices", "المركزية", "2024-04-16",
     "البنزين يرتفع 8 آلاف ليرة والمازوت يستقر",
     "المركزية - صدر", "وتصدر الوزارة",
     ["اقرأ أيضا: أصحاب المولدات: التسعيرة الجديدة تصدر مطلع الشهر"])

# 17 Lebanon portal: Latin-only logo (`SBI` / `Sawt Beirut International`); kicker; author name
# and role under the headline; credited caption `(أرشيف)` mid-body; the Arabic name only in the
# closing credit `المصدر: ...`; nameless copyright line.
page("m7_17_byblos_festival", "صوت بيروت إنترناشونال", "2023-06-12",
     "مهرجانات بيبلوس تعلن برنامج صيف 2023: خمس حفلات بين تموز وآب",
     "أعلنت لجنة مهرجانات", "ويراهن القيمون",
     ["مسرح مهرجانات بيبلوس قرب الميناء القديم في جبيل (أرشيف)"])

# 18 Jordan site: Hijri + Levantine crawl header a day later; `>` breadcrumb ending in the FULL
# headline; `نشر بتاريخ: 14-05-2024`; font-size widget `A A`; tag `جفرا نيوز -` opens body line 1.
page("m7_18_zarqa_job_fair", "جفرا نيوز", "2024-05-14",
     "العمل تنظم يوما وظيفيا في الزرقاء بمشاركة 45 شركة",
     "جفرا نيوز - نظمت", "ودعا الباحثين")

# 19 Jordan site: Latin + Arabic logo and tagline; a bare `السوسنة -` tag line above the body and
# the same tag opening body line 1; a `الأكثر مشاهدة` list of three headlines MID-body.
page("m7_19_jerash_festival", "السوسنة", "2023-05-29",
     "مهرجان جرش ينطلق في 26 تموز بمشاركة فنانين من 12 دولة",
     "السوسنة - أعلنت", "ويعد المهرجان",
     ["الأكثر مشاهدة",
      "انخفاض أسعار الذهب محليا في التسعيرة الثانية",
      "الأرصاد: أجواء حارة نسبيا في أغلب المناطق",
      "تعديل ساعات عمل جسر الملك حسين"])

# 20 Gaza site: kicker; date line, tag line `غزة- الرسالة نت` and a byline with a role that names
# the outlet, all under the headline; credited caption mid-body.
page("m7_20_gaza_sardines", "الرسالة نت", "2023-05-21",
     "موسم السردين في غزة: صيد وفير وأسعار في متناول الأسر",
     "مع بداية موسم", "وتقدر نقابة",
     ["صيادون يفرغون صناديق السردين في ميناء غزة - تصوير: محمد عوض"])

# 21 Iraq TV site: one-line menu; Eastern-digit year-first date, read count and comment count
# ABOVE the headline; read-also mid-body; tag row.
page("m7_21_basra_corniche", "الشرقية نيوز", "2024-03-05",
     "البصرة تطلق مشروع تأهيل كورنيش شط العرب بكلفة 14 مليار دينار",
     "أعلنت الحكومة المحلية في البصرة", "ويعد الكورنيش")

# 22 Iraq portal: Latin-only logo; `منذ يومين` above the headline; a `صورة:` caption right under
# it; the full date only at the foot (`تاريخ النشر 14 شباط 2022`); the body cites `لـ"يس عراق"`.
page("m7_22_mosul_library", "يس عراق", "2022-02-14",
     "المكتبة المركزية لجامعة الموصل تفتح أبوابها للطلبة بعد إعادة إعمارها",
     "افتتحت جامعة الموصل", "وتوافد عشرات")

# 23 Egypt portal: crawl header two days later; kicker that is also a menu item; byline with a
# role; `الخميس، 05 ديسمبر 2024 01:45 م`.
page("m7_23_giza_metro", "أهل مصر", "2024-12-05",
     "غلق جزئي لشارع الهرم لمدة 3 أشهر لتنفيذ أعمال مترو الخط الرابع",
     "أعلنت الإدارة العامة لمرور", "وناشدت قائدي")

# 24 Egypt paper: <title> line `... | صوت الأمة` first; a surtitle phrase (kicker) right above the
# headline; headline with a quoted name; `كتب` byline.
page("m7_24_alex_storm", "صوت الأمة", "2024-12-21",
     'محافظ الإسكندرية يرفع حالة الطوارئ استعدادا لنوة "الفيضة الكبرى"',
     "رفع محافظ الإسكندرية", "وتوقعت هيئة")

# 25 Egypt sports portal: Latin + Arabic logo; an `إعلان` line right above the headline and
# another mid-body; headline opens `رسميا..`; `الأكثر قراءة` list after the body.
page("m7_25_ismaily_coach", "يلا كورة", "2024-10-14",
     "رسميا.. الإسماعيلي يتعاقد مع مدرب تونسي لمدة موسمين",
     "أعلن النادي الإسماعيلي", "وكان مجلس الإدارة",
     ["إعلان"])

# 26 Sudan daily: tagline; kicker that is also a menu item; dotted year-first date
# `2024.02.11`; place-outlet line `بورتسودان: الصيحة`; read-also mid-body; comment form.
page("m7_26_port_sudan_bread", "الصيحة", "2024-02-11",
     "أصحاب المخابز في بورتسودان يرفعون سعر الرغيف ويقلصون الوزن",
     "رفع عدد من أصحاب", "ودعت جمعية",
     ["اقرأ أيضا: ارتفاع أسعار الخضروات في سوق بورتسودان الكبير"])

# 27 Sudanese network in exile: Latin + Arabic logo; `English` link; kicker; headline with `..`;
# standfirst (body); name-only byline and an Eastern-digit date inside; caption `(عاين)`
# mid-body; author bio after the body.
page("m7_27_river_nile_schools", "عاين", "2024-08-27",
     "في ولاية نهر النيل.. مدارس تستعد لفتح أبوابها وأسر نازحة تبحث عن بديل",
     "تعود الدراسة", "وقالت معلمة",
     ["عادل حسن", "٢٧ أغسطس ٢٠٢٤", "أسر نازحة تقيم في فصول مدرسة بمدينة الدامر (عاين)"])

# 28 London site, Arabic edition: Latin logo plus `عربي`; newsletter line above a kicker;
# standfirst (body); author name, role naming the outlet, and a GMT date inside; translation
# notes after the body.
page("m7_28_uk_tuition", "ميدل إيست آي", "2025-02-03",
     "جامعات بريطانية ترفع رسوم الطلاب الدوليين وطلاب الخليج يراجعون خياراتهم",
     "تستعد عدة جامعات", "وتقول الجامعات",
     ["سامر خليل", "مراسل ميدل إيست آي في لندن", "الاثنين 3 فبراير 2025 11:02 GMT"])

# 29 Italian agency, Arabic service: Latin + Arabic logo; three-language row; kicker that is also
# a menu item; `18/07/2024 12:40`; tag `روما، 18 يوليو (نوفا) -` opens body line 1; `(نوفا)`
# closing line.
page("m7_29_italy_tunisia_workers", "نوفا", "2024-07-18",
     "إيطاليا وتونس تتفقان على رفع حصة العمال الموسميين في القطاع الزراعي",
     "روما، 18 يوليو", "ويواجه القطاع")

# 30 Syrian opposition site based abroad: Levantine crawl header two days later (the first Eid
# day); Latin logo; kicker that is also a menu item; year-first date; `أورينت نت - خاص`.
page("m7_30_gaziantep_residence", "أورينت نت", "2023-06-26",
     "دوائر الهجرة في غازي عنتاب تغلق أبوابها خلال عطلة العيد والمواعيد تُنقل آليا",
     "أعلنت مديرية الهجرة", "ويقيم في غازي")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES, pages=30, body_words=(75, 110))
