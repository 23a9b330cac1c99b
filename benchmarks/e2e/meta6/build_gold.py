"""Build meta6/gold.json: blind development gold for page chrome (meta6).

Thirty invented scraped-style pages, each with hand-made gold for title, outlet, published
and boilerplate only. numbers, dates and claims are empty lists on purpose (not scored here).
The annotations were written from the pages and the guide alone; the package was not run.
Uses goldkit's collector and main_chrome (its chrome_checks; goldkit's check/main check claims).
Run: python benchmarks/e2e/meta6/build_gold.py  (writes gold.json, then checks it).
(Written outside the repository in session 20 and moved here after its first scoring.)
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


# 01 Saudi daily: <title> line with two suffixes first; crawl header Hijri + Gregorian two
# days later; kicker محليات (also a menu item); author-place byline; article Hijri + Gregorian.
page("m6_01_jeddah_tunnel", "مكة", "2024-02-25",
     "إغلاق جزئي لنفق طريق الأمير ماجد مع شارع فلسطين لأعمال الصيانة",
     "أعلنت أمانة محافظة جدة", "وكانت الأمانة قد")

# 02 UAE government portal: prayer-time and weather widget, kicker, then the date ABOVE the
# headline; the tag `الشارقة 24:` opens body line 1; caption without credit mid-body.
page("m6_02_sharjah_book_fair", "الشارقة 24", "2024-11-06",
     "معرض الشارقة الدولي للكتاب يفتح أبوابه بمشاركة 2520 ناشراً من 112 دولة",
     "الشارقة 24: انطلقت", "ويفتح المعرض أبوابه",
     ["جانب من حفل الافتتاح في مركز إكسبو الشارقة"])

# 03 UAE business portal: cookie line; `رائج الآن` + an unrelated headline just above the
# headline; standfirst (body); byline `بواسطة: فريق ...` and date inside; Latin logo only.
page("m6_03_dubai_property", "أريبيان بزنس", "2024-05-13",
     "عقارات دبي تسجل تصرفات بقيمة 17.4 مليار درهم في أسبوع",
     "ارتفاع لافت في صفقات", "ويرى محللون أن الطلب",
     ["بواسطة: فريق أريبيان بزنس", "الإثنين، 13 مايو 2024 - 18:20 بتوقيت دبي"])

# 04 Kuwait daily: crawl header (Gregorian + Hijri) two days later; weather and currency
# widgets; five-word headline under a kicker; date only under the byline, dd-mm-yyyy.
page("m6_04_kuwait_radars", "الشاهد", "2019-07-14",
     "رادارات ذكية على الدائري السادس",
     "أعلنت الإدارة العامة للمرور", "ودعا المصدر قائدي")

# 05 Syrian state daily: tagline; breadcrumb and `التاريخ:` line ABOVE the headline;
# Levantine month; tag line `الثورة – ريم صالح:` on its own line.
page("m6_05_damascus_vegetables", "الثورة", "2021-10-19",
     "تراجع أسعار البندورة والخيار في سوق الهال بدمشق مع ذروة الإنتاج",
     "انخفضت أسعار عدد", "وطالب مواطنون مديرية")

# 06 NE Syria agency: one-line language switch; نُشر + تحديث lines; report byline; tag
# line on its own; caption credited (نورث برس) mid-body; editor credit after the body.
page("m6_06_hasakah_cotton", "نورث برس", "2023-09-26",
     "مزارعو القطن في الحسكة يشكون تأخر صرف مستحقاتهم وغلاء المحروقات",
     "يشكو مزارعو القطن", "وقال مسؤول في هيئة الزراعة",
     ["مزارع يجمع القطن في ريف الحسكة الشرقي، 25 أيلول/سبتمبر 2023 (نورث برس)"])

# 07 Lebanon portal: Latin logo only; author name, author role and date ABOVE the headline;
# the Arabic name only in the footer (the body says `لـ"أساس"`); one-line closing paragraph.
page("m6_07_beirut_electricity", "أساس ميديا", "2024-01-12",
     "كهرباء لبنان: ست ساعات تغذية... إذا وصلت الشحنة في موعدها",
     "أبلغت مؤسسة كهرباء لبنان", "وبين الوعد والشحنة")

# 08 Lebanon TV site: Latin logos; an `عاجل:` ticker headline right above the headline;
# `منذ 3 ساعات` under it; the full date only at the foot (`تاريخ النشر: 19-01-2022`).
page("m6_08_lebanon_storm", "الجديد", "2022-01-19",
     'العاصفة "جويل" تضرب لبنان: ثلوج على ارتفاع 800 متر وطرقات جبلية مقطوعة',
     "تتأثر الأراضي اللبنانية", "وقررت وزارة التربية")

# 09 Jordan site: Eastern-digit header date; prayer-time widget; `ذات صلة` + a related
# headline right above the headline; kicker AFTER the headline; read-also mid-body.
page("m6_09_tawjihi_schedule", "هلا أخبار", "2024-05-08",
     "التربية تعلن جدول امتحانات التوجيهي للدورة الصيفية 2024",
     "هلا أخبار – أعلنت", "وأكدت أن إجراءات",
     ['اقرأ أيضاً: "التربية" تحدد موعد صرف مكافآت مراقبي الامتحانات'])

# 10 Jordan magazine: question headline with a colon under a kicker; standfirst (body); text
# and photo credits and an Eastern-digit date between standfirst and first paragraph.
page("m6_10_amman_bookshops", "حبر", "2023-03-12",
     "مكتبات وسط البلد: ما الذي يبقى حين يرحل الباعة؟",
     "ثلاث مكتبات أغلقت", "ويأمل بعضهم",
     ["نص: ليلى عبد الرحيم", "تصوير: يزن الخطيب", "١٢ آذار ٢٠٢٣"])

# 11 Palestine agency: crawl header four days later; `/` breadcrumb; tag `غزة - صفا` opens
# body line 1; caption without credit mid-body; one-line share row with `|`.
page("m6_11_gaza_water", "صفا", "2022-07-19",
     "بلدية غزة تعلن جدولاً جديداً لتوزيع المياه على الأحياء بسبب أزمة الكهرباء",
     "غزة - صفا", "وطالبت البلدية الجهات",
     ["صورة أرشيفية لمواطن يملأ عبوات المياه من صنبور عام في غزة"])

# 12 Iraq site: currency widget; kicker; year-first date `2023/02/07`; read count; tag opens
# body line 1; read-also mid-body; closing `انتهى`.
page("m6_12_baghdad_dollar", "موازين نيوز", "2023-02-07",
     "انخفاض أسعار صرف الدولار في بورصتي الكفاح والحارثية ببغداد",
     "بغداد/ موازين نيوز", "ويتوقع متعاملون",
     ["اقرأ ايضاً: المركزي العراقي يعلن سعراً رسمياً جديداً للدولار"])

# 13 Iraq (Basra) radio/TV site: one-line menu; a credited photo caption right ABOVE the
# headline; `البصرة..` inside the headline; Eastern-digit year-first date; `خاص - المربد`.
page("m6_13_basra_desalination", "المربد", "2024-08-12",
     "البصرة.. تشغيل محطة تحلية جديدة تغطي 60 ألف نسمة في أبي الخصيب",
     "بدأت الحكومة المحلية", "ويشكو سكان في القضاء")

# 14 Egypt portal: portal-name line above the logo; kicker; standfirst (body); `كتب -` and
# `الأحد 23/يوليو/2023 - 09:12 م` between standfirst and first paragraph.
page("m6_14_theater_festival", "روزاليوسف", "2023-07-23",
     "وزيرة الثقافة تفتتح الدورة السادسة عشرة للمهرجان القومي للمسرح المصري",
     "العروض تقام على 9 مسارح", "وتتاح تذاكر العروض",
     ["كتب - محمد خضير", "الأحد 23/يوليو/2023 - 09:12 م"])

# 15 Egypt sports portal: Latin logo; a score widget (competition, score, `انتهت`) right
# above the headline; the Arabic name only in the footer.
page("m6_15_league_match", "في الجول", "2023-10-20",
     "بيراميدز يهزم المصري ويقفز إلى صدارة الدوري",
     "حقق بيراميدز فوزاً", "ورفع بيراميدز رصيده")

# 16 Egypt portal: breadcrumb and `منذ 5 ساعات` above the headline; name-only byline;
# credited caption and `إعلان` mid-body; the date only at the foot (نشر في / آخر تحديث).
page("m6_16_cairo_monorail", "مصر العربية", "2024-03-10",
     "مونوريل شرق النيل يبدأ التشغيل التجريبي بالركاب الشهر المقبل",
     "أعلنت الهيئة القومية للأنفاق", "ولم تعلن الهيئة",
     ["قطار المونوريل خلال أحد الاختبارات - تصوير: محمود صابر", "إعلان"])

# 17 Egypt state agency: full name in logo; kicker `صحة` (also a menu item); tag
# `القاهرة في 15 فبراير /أ ش أ/` without a year opens body line 1; closing code `ن ع/ر ه`.
page("m6_17_polio_campaign", "أ ش أ", "2025-02-15",
     "انطلاق حملة التطعيم ضد شلل الأطفال في 27 محافظة غداً",
     "القاهرة في 15 فبراير", "وخصصت الوزارة")

# 18 Morocco state agency: Latin + French + Arabic names; Tifinagh in the language row;
# kicker `جهات` (also a menu item); tag `الرباط (ومع) -` opens body line 1.
page("m6_18_dam_levels", "ومع", "2024-03-11",
     "نسبة ملء السدود تبلغ 31 في المائة بعد التساقطات الأخيرة",
     "الرباط (ومع)", "وتتوقع المديرية العامة")

# 19 Morocco portal: `»` breadcrumb ending in the truncated headline; `هيئة التحرير`;
# Moroccan month `شتنبر`; comment form after the body.
page("m6_19_school_year", "مدار21", "2024-09-04",
     "انطلاق الموسم الدراسي الجديد وسط نقص في الأطر التربوية بعدد من الجهات",
     "انطلقت، اليوم الأربعاء", "كما دعت الأسر")

# 20 Algeria daily: crawl header two days later with `جانفي`; French logo; tagline; a city
# kicker `قسنطينة` (also a menu item); initials byline; the date under it.
page("m6_20_ali_mendjeli_housing", "النصر", "2023-01-08",
     "توزيع 1200 مسكن عمومي إيجاري بعلي منجلي قبل نهاية الشهر",
     "كشف والي قسنطينة", "ويرتقب أن تستفيد")

# 21 Algeria portal: crawl header 01:30 the next day; only relative stamps (manifest gives
# the date); one-line menu with `-`; kicker under `منذ 4 ساعات`; read-also list after.
page("m6_21_car_imports", "TSA عربي", "2024-07-13",
     "أسعار السيارات المستوردة تواصل الارتفاع رغم وصول شحنات جديدة",
     "تواصل أسعار السيارات", "ويترقب المتعاملون")

# 22 Tunisia portal: header date with `جويلية`; kicker; year-first date ABOVE the headline;
# headline opens with a quoted name; bare name line as byline; Arabic cookie notice.
page("m6_22_heatwave", "حقائق أون لاين", "2024-07-10",
     '"الرصد الجوي" يحذر: درجات حرارة تصل إلى 46 درجة بعدد من الولايات',
     "حذر المعهد الوطني", "كما نبهت الحماية المدنية")

# 23 Libya portal: a name that reads like a time (`الساعة 24`) and a slogan with
# `على مدار الساعة`; crawl header three days later; credit `الساعة 24 | متابعة`.
page("m6_23_tripoli_power", "الساعة 24", "2022-06-30",
     "الشركة العامة للكهرباء تعلن جدولاً لطرح الأحمال في طرابلس يصل إلى 6 ساعات",
     "أعلنت الشركة العامة للكهرباء", "وشهدت عدة أحياء")

# 24 Mauritania site: the headline is the line after three `آخر الأخبار` ticker headlines
# (the date and the body follow it); WordPress date; tag line `السراج – نواكشوط`.
page("m6_24_bac_results", "السراج", "2023-07-25",
     "نسبة النجاح في الباكالوريا تبلغ 13.7 في المائة",
     "أعلنت وزارة التهذيب الوطني", "وتوجه عدد من الناجحين")

# 25 Sudan radio in exile: crawl header two days later; one-line menu; `Read in English`
# after the headline; the only date in the body tag `كسلا: 3 أكتوبر 2023: راديو دبنقا`.
page("m6_25_kassala_cholera", "راديو دبنقا", "2023-10-03",
     "ارتفاع حالات الكوليرا في كسلا وسط اكتظاظ مراكز الإيواء",
     "كسلا: 3 أكتوبر 2023", "وطالب متطوعون",
     ["اقرأ أيضاً: نقص الأدوية المنقذة للحياة في مستشفيات القضارف"])

# 26 Sudan daily: kicker; headline opens with «...»; `14 نوفمبر، 2022`; comment count;
# place-outlet line `الخرطوم: اليوم التالي`; comment form after the body.
page("m6_26_gold_exports", "اليوم التالي", "2022-11-14",
     "«الذهب» يرفد الخزينة بـ 1.2 مليار دولار في تسعة أشهر",
     "كشفت الشركة السودانية", "في المقابل، يشكو")

# 27 Yemen site: <title> line `| يمن شباب نت` first; kicker; update line printed ABOVE the
# publication line (with Hijri); `عدن - خاص`; credit `المصدر: يمن شباب نت` after the body.
page("m6_27_aden_riyal", "يمن شباب نت", "2023-01-15",
     "الريال اليمني يواصل التراجع في عدن ويتجاوز 1260 أمام الدولار",
     "واصل الريال اليمني", "وانعكس تراجع العملة")

# 28 Swiss public broadcaster's Arabic service: Latin logo; cookie banner; kicker; standfirst
# (body); published + updated lines and credit `سويس إنفو/ ك.ب` inside; `(وكالات)` after.
page("m6_28_glacier_ai", "سويس إنفو", "2023-06-14",
     "نموذج ذكاء اصطناعي سويسري يتنبأ بذوبان الأنهار الجليدية حتى نهاية القرن",
     "طوّر باحثون في لوزان", "ووفق النتائج الأولية",
     ["هذا المحتوى تم نشره يوم 14 يونيو 2023 - 09:00",
      "تم تحديثه يوم 15 يونيو 2023 - 11:20",
      "سويس إنفو/ ك.ب"])

# 29 tech blog: domain-only name (manifest); author name and role ABOVE a question
# headline; نُشر + آخر تحديث + reading time; list lead-in ending in `:` inside the body.
page("m6_29_phone_battery", "أراجيك", "2024-09-02",
     "هل تستنزف التحديثات بطارية هاتفك؟ إليك ما تقوله الاختبارات",
     "مع كل تحديث كبير", "وفي حالات نادرة")

# 30 Qatar sports channels: Latin logo; a hashtag kicker `#كأس_الأمير` above the headline;
# ambiguous `04/05/2024` settled by `اليوم السبت`; `فيديو |` link after the body.
page("m6_30_amir_cup", "الكأس", "2024-05-04",
     "الغرافة يتوج بلقب كأس الأمير بعد الفوز على الوكرة بركلات الترجيح",
     "توج فريق الغرافة", "وحضر المباراة")


if __name__ == "__main__":
    main_chrome(HERE, ARTICLES)
