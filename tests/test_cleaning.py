"""Cleaning: each boilerplate rule on real snippets, sentences, spans, and the seed gold."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import GOLD, SEEDS
from karabakh_nb import article_from_text, lexicon
from karabakh_nb.cleaning import clean, is_date_line, line_date, line_rule, split_sentences
from karabakh_nb.evaluate import evaluate

EXAMPLES = [e for e in lexicon.examples("boilerplate") if "text" in e]
PAGES = [e for e in lexicon.examples("boilerplate") if "page" in e]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_boilerplate_examples(example):
    assert line_rule(example["text"]) == example["rule"]


@pytest.mark.parametrize("example", PAGES, ids=[e["title"][:30] for e in PAGES])
def test_page_examples_find_the_menu_and_the_headline(example):
    art = article_from_text(example["page"], "page")
    assert art.title == example["title"]
    assert [s.rule for s in art.boilerplate_segments] == example["rules"]
    if "outlet" in example:
        assert art.outlet == example["outlet"]
        assert art.outlet_canonical == example.get("outlet_canonical", example["outlet"])
    if "published" in example:
        assert (art.published.isoformat() if art.published else None) == example["published"]
    if "published_from" in example:
        assert art.published_from == example["published_from"]


def test_every_rule_has_an_example():
    rules = {r["name"] for r in lexicon.load("boilerplate")["line_rules"]}
    assert rules <= {e["rule"] for e in EXAMPLES}


@pytest.mark.parametrize("line, expected", [
    ("10/10/2020 [ 10:51 ]", True),
    ("الجمعة 23 أكتوبر 2020الساعة 13:43\u00a0مساءً\u00a0بتوقيت القدس المحتلة", True),
    ("31 أكتوبر/ تشرين الأول 2020", True),
    ("الأحد ٢٠ سبتمبر ٢٠٢٣ - ٠٣:١٥ م", True),
    ("وقف إطلاق نار بين أرمينيا وأذربيجان", False),
    ("وخاضت أرمينيا وأذربيجان حربا على ناغورنو كاراباخ في 1988-1994", False),
    ("اندلع القتال في 27 سبتمبر 2020 بين القوات الأذربيجانية والانفصاليين الأرمن", False),
    ("موسم 2013 - 2014 م", False),
    ("مسؤول في الخارجية الأميركية (1982 - 2003)", False),
    ("17 Oct 2020", True),
    ("Oct 17, 2020", True),
    ("وزار الوفد المدينة في Oct 2020 ضمن جولة إقليمية طويلة شملت عدة دول", False),
])
def test_date_lines(line, expected):
    assert is_date_line(line) is expected


def test_site_header_before_title_dateline_after_it_and_repeated_title():
    raw = (SEEDS / "001_3bac4744d1ebe7a2.txt").read_text(encoding="utf-8")
    c = clean(raw)
    rules = [(s.rule, s.text[:10]) for s in c.boilerplate]
    assert [r for r, _ in rules] == ["site_header_date", "dateline", "repeated_title",
                                     "read_more"]
    assert c.title.text == "وقف إطلاق نار بين أرمينيا وأذربيجان"
    assert c.dateline.text == "10/10/2020 [ 10:51 ]"
    assert c.outlet == "الكرمل" and c.outlet_rule == "place_tag"
    assert c.paragraphs[0].text.startswith("القدس - الكرمل -")  # the place tag stays in the body


def test_chrome_glued_into_a_body_line_is_cut_out():
    raw = (SEEDS / "004_e6aa6f2cf8c433dc.txt").read_text(encoding="utf-8")
    art = article_from_text(raw, "004")
    pieces = [(s.rule, s.text) for s in art.boilerplate_segments]
    assert pieces[0] == ("dateline", "31 أكتوبر/ تشرين الأول 2020")
    assert pieces[1] == ("photo_credit", "صدر الصورة، Getty Images")
    assert pieces[2][0] == "photo_caption" and pieces[2][1].endswith("جارتها أذربيجان.")
    assert pieces[3][0] == "cookie_notice"
    assert art.paragraphs[0].text.startswith("قالت روسيا السبت")
    # run-together sentences are split where a full stop meets the next word
    first = [s.text for s in art.sentences[:3]]
    assert first[0].startswith("قالت روسيا السبت") and first[0].endswith("الأراضي الأرمينية.")
    assert first[1].startswith("وجاء في تصريح")


def test_credit_line_names_the_outlet_and_captions_with_agency_credits_go():
    raw = (SEEDS / "000_c17dd4986839ee8b.txt").read_text(encoding="utf-8")
    c = clean(raw)
    assert c.outlet == "الجزيرة مباشر" and c.outlet_rule == "source_credit"
    assert [s.rule for s in c.boilerplate] == ["photo_caption", "source_credit"]
    # crossheads and standfirsts stay in the body
    assert any(p.text == "استنجاد بروسيا" for p in c.paragraphs)


def test_sentences_keep_decimals_abbreviations_and_quotes():
    text = 'وبلغ العدد 2.5 مليون. وقال د. أحمد: "انتهى القتال." ثم غادر!ولم يعد'
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["وبلغ العدد 2.5 مليون.", 'وقال د. أحمد: "انتهى القتال."', "ثم غادر!",
                     "ولم يعد"]


def test_whitespace_oddities_do_not_break_matching_and_raw_keeps_them():
    raw = "عنوان الخبر\n\n\u200fاقرأ\u00a0أيضاً\n\nنص\u200b الخبر هنا.\n\nSpread\u00a0the love\n"
    art = article_from_text(raw, "x")
    assert art.boilerplate == ["\u200fاقرأ\u00a0أيضاً", "Spread\u00a0the love"]
    assert art.raw == raw
    assert art.body == "نص\u200b الخبر هنا."


def test_every_segment_is_a_verbatim_span_of_raw(seeds):
    for art in seeds:
        for seg in art.paragraphs + art.sentences + art.boilerplate_segments:
            assert art.raw[seg.span[0]:seg.span[1]] == seg.text
        # body, title and boilerplate never overlap
        spans = sorted([p.span for p in art.paragraphs] + [s.span for s in art.boilerplate_segments]
                       + [art.title_span])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), art.id


def test_boilerplate_f1_on_the_seed_gold(seeds):
    report = evaluate(GOLD, seeds, dimensions=[])
    assert report.score("boilerplate (chars)") >= 0.95
    assert report.metadata["title_ok"].all()
    assert report.metadata["published_ok"].all()


def test_a_plain_date_above_the_body_is_the_dateline_and_gives_published():
    # wire style (Saudi Press Agency): place, Hijri and Gregorian date, agency; no title line
    raw = ("القاهرة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n"
           "طرحت وزارة المالية المصرية اليوم سندات خزانة بقيمة 6.5 مليار جنيه لأجل ثلاث سنوات.\n")
    art = article_from_text(raw, "spa", title="المالية المصرية تطرح سندات خزانة")
    assert art.dateline.text.startswith("القاهرة 25 شوال 1436")
    assert str(art.published) == "2015-08-10" and art.published_from == "dateline"
    # the record's headline is not in the text: it is put before it, so its mentions are read
    title = "المالية المصرية تطرح سندات خزانة"
    assert art.title == title and art.title_span == (0, len(title))
    assert art.raw == f"{title}\n\n{raw}" and art.caveats == [
        "title put before the text (offsets into the text shift by its length + 2)"]
    assert art.body.startswith("طرحت وزارة المالية")


def test_a_known_title_is_found_in_the_text_and_its_repeat_removed():
    raw = "خبر عاجل\n\nعنوان الخبر\n\nنص أول.\n\nعنوان الخبر\n"
    art = article_from_text(raw, "x", title="عنوان الخبر")
    assert art.title_span == (raw.index("عنوان"), raw.index("عنوان") + len("عنوان الخبر"))
    assert [s.rule for s in art.boilerplate_segments] == ["repeated_title"]
    assert art.body == "خبر عاجل\n\nنص أول."


def test_a_separator_line_is_not_a_title():
    art = article_from_text("***\nعنوان حقيقي\nنص الخبر هنا.\n***\n", "x")
    assert art.title == "عنوان حقيقي"


def test_headlines_listed_under_a_bare_read_more_header_are_boilerplate():
    raw = ("عنوان الخبر\n\nقتل 5 أشخاص في القصف. وأصيب 12 آخرون.\n\nاقرأ أيضاً\n"
           "روسيا تدعو إلى وقف القتال\nأرمينيا تعلن التعبئة العامة\n"
           "وقالت الوزارة في بيان لاحق إن عمليات الإجلاء مستمرة في المناطق الحدودية منذ الصباح.\n")
    art = article_from_text(raw, "x")
    assert [(s.rule, s.text) for s in art.boilerplate_segments] == [
        ("read_more", "اقرأ أيضاً"), ("related_links", "روسيا تدعو إلى وقف القتال"),
        ("related_links", "أرمينيا تعلن التعبئة العامة")]
    assert art.paragraphs[-1].text.startswith("وقالت الوزارة")


def test_a_full_stop_after_a_diacritic_still_ends_the_sentence():
    parts = [s.text for s in split_sentences("أودت بحياة الآلاف في شهر ونيّف.وقال الوسطاء إنهم اتفقوا.")]
    assert parts == ["أودت بحياة الآلاف في شهر ونيّف.", "وقال الوسطاء إنهم اتفقوا."]


def test_a_story_link_glued_to_the_last_paragraph_is_cut_out():
    raw = ("مدني الباحة يسيطر على حريق\n\nسيطرت فرق الدفاع المدني على حريق شب في مساحة 200 متر. "
           "وطالب الدفاع المدني بالحذر. رابط الخبر بصحيفة الوئام: مدني الباحة يسيطر على حريق")
    art = article_from_text(raw, "link")
    assert [s.rule for s in art.boilerplate_segments] == ["story_link"]
    assert art.boilerplate == ["رابط الخبر بصحيفة الوئام: مدني الباحة يسيطر على حريق"]
    assert art.paragraphs[-1].text.endswith("وطالب الدفاع المدني بالحذر.")


def test_a_byline_line_is_boilerplate_and_names_the_outlet():
    # Ain Alyoum style: slider navigation glued to 'OUTLET – CITY' or 'AUTHOR – OUTLET' above the body
    for first, rules in [("عين اليوم – الرياض", ["byline"]),
                         ("عمر إبراهيم – عين اليوم", ["byline"]),
                         ("Next Previous رصد وتصوير: أحمد حجازي – عين اليوم وسط", None)]:
        raw = f"{first}\nقام وزير النقل بجولة على مشروعات الطرق في المنطقة.\n"
        art = article_from_text(raw, "b", title="وزير النقل يتفقد مشروعات الطرق")
        if rules is None:  # the byline has four words in a part: only the navigation is cut
            assert [s.rule for s in art.boilerplate_segments] == ["nav_widget"]
            continue
        assert [s.rule for s in art.boilerplate_segments] == rules
        assert art.outlet == "عين اليوم" and art.outlet_from == "byline"
        assert art.body == "قام وزير النقل بجولة على مشروعات الطرق في المنطقة."
    art = article_from_text("Next Previous عين اليوم – جدة\nقال المتحدث إن العمل مستمر.\n", "n",
                            title="العمل مستمر")
    assert [(s.rule, s.text) for s in art.boilerplate_segments] == [
        ("nav_widget", "Next Previous"), ("byline", "عين اليوم – جدة")]
    assert art.outlet == "عين اليوم"


@pytest.mark.parametrize("credit, outlet", [
    ("بواسطة: يورونيوز مع أ ف ب", "يورونيوز"),      # the outlet with a wire agency, joined by 'مع'
    ("النص بواسطة: فرانس24", "فرانس24"),            # one known outlet alone after the lead word
    ("النص بواسطة: فرانس 24 / أ ف ب", "فرانس 24"),  # a wire's initials are no words of the name
    ("النص بواسطة: سكاي نيوز عربية مع رويترز", "سكاي نيوز عربية"),
    ("بواسطة: سي إن إن بالعربية", "سي إن إن بالعربية"),
    ("بواسطة: أحمد حسن", None),                     # an author's name alone: a byline naming no outlet
    ("بقلم: سارة حسن", None),
    ("تحرير: عادل الشروعات", None),
    ("تحرير الرهائن", "-"),                          # no colon: 'تحرير' is a noun, the line is body
])
def test_a_credit_after_its_lead_word_names_the_outlet(credit, outlet):
    raw = f"انفجار في مستودع وقود\n{credit}\nقال مسؤولون إن انفجارا وقع في مستودع وقود اليوم.\n"
    art = article_from_text(raw, "v")
    assert art.title == "انفجار في مستودع وقود" and art.outlet == (None if outlet == "-" else outlet)
    if outlet != "-":
        assert [(s.rule, s.text) for s in art.boilerplate_segments] == [("byline", credit)]
    else:
        assert art.boilerplate_segments == [] and art.body.startswith(credit)


def test_a_credit_naming_its_editor_below_the_text_is_a_byline():
    raw = ("انفجار في مستودع وقود\nقال مسؤولون إن انفجارا وقع في مستودع وقود اليوم.\n"
           "تحرير: عادل الشروعات\nبقلم الشهود تروى القصة كاملة.\n")
    art = article_from_text(raw, "v")
    assert [(s.rule, s.text) for s in art.boilerplate_segments] == [("byline", "تحرير: عادل الشروعات")]
    assert art.body.endswith("بقلم الشهود تروى القصة كاملة.")  # a sentence: body


def test_a_dash_line_without_a_credit_is_not_a_byline():
    # a crosshead such as a match 'الهلال – النصر' names no outlet, agency or credit word
    raw = "الهلال – النصر\nيلتقي الفريقان مساء اليوم في لندن.\n"
    art = article_from_text(raw, "c", title="السوبر في لندن")
    assert art.boilerplate_segments == [] and art.body.startswith("الهلال – النصر")
    assert art.outlet is None


@pytest.mark.parametrize("opening, outlet", [
    ("أيمن حسن- سبق: كشفت شركة فيسبوك عن شعارها الجديد.", "سبق"),   # author first, known outlet
    ("\u202bسبق- الرياض: أعلنت الوزارة عن خطتها.", "سبق"),            # invisible mark before the tag
    ("أنقرة- رويترز: قال وزير الخارجية التركي إن الأراضي طهرت.", None),  # a wire credit
    ("وصل - بحفظ الله ورعايته - خادم الحرمين الشريفين إلى المغرب.", None),  # an aside, not a tag
    ("فجعت- كما فجع الكثيرون- بوفاة الشيخ.", None),
    ("حنان الحامدي – جدة (تصوير: علي الزهراني): افتتح المعرض.", None),  # author and city
    ("القدس - الكرمل - قال مسؤول إن المفاوضات مستمرة.", "الكرمل"),
])
def test_place_tag_outlet_reads_known_outlets_and_rejects_asides_and_wires(opening, outlet):
    art = article_from_text(opening, "p", title="عنوان")
    assert art.outlet == outlet


def test_a_poem_verse_equal_to_the_record_title_stays_in_the_body():
    raw = ("وين الصبر ياعين من هو فقدناه\nياشين دار عقبه اليوم شيناه\n"
           "لولا غلا من فيه ماكان جيناه\n")
    title = "ياشين دار عقبه اليوم شيناه"
    art = article_from_text(raw, "poem", title=title)
    assert art.title_span == (0, len(title)) and art.raw == f"{title}\n\n{raw}"
    assert art.boilerplate_segments == []  # the verse is not a repeated title
    assert [p.text for p in art.paragraphs] == raw.strip().split("\n")
    # a short kicker above the headline does not push the headline into the body
    art = article_from_text("عاجل\nعنوان الخبر\nنص الخبر.\n", "k", title="عنوان الخبر")
    assert art.title_span == (5, 16) and art.caveats == []


def test_the_line_after_a_photo_credit_is_its_caption_unless_a_crosshead_or_a_sentence():
    raw = ("الصورة: رويترز\nجنود أرمن يطلقون قذيفة مدفعية في اتجاه مواقع أذربيجانية قرب خط التماس\n"
           "قتل 5 أشخاص في القصف.\n(تصوير: أحمد علي)\nالوساطة الدولية\nوقال الوسيط إن المحادثات مستمرة.\n"
           "الصورة: أ ف ب\nوقال المتحدث إن الجيش رد على مصادر النيران. وأضاف أن القصف توقف\n")
    art = article_from_text(raw, "cap", title="قصف على خط التماس")
    assert [s.rule for s in art.boilerplate_segments] == [
        "photo_credit", "photo_caption", "photo_credit", "photo_credit"]
    assert "الوساطة الدولية" in art.body and "وأضاف أن القصف توقف" in art.body


def test_an_sms_footer_and_its_number_lines_are_boilerplate():
    raw = ("عنوان المقال\nنص المقال هنا وفيه 3 أفكار.\nwriter@example.com\n"
           "للتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (47) ثم مسافة ثم نص الرسالة إلى\n"
           "88591 - Stc\n635031 - Mobily\n737221 - Zain\n")
    art = article_from_text(raw, "sms")
    assert [s.rule for s in art.boilerplate_segments] == ["author_contact"] + ["author_contact"] + [
        "contact_footer"] * 4
    assert art.body == "نص المقال هنا وفيه 3 أفكار."


def test_a_share_row_glued_before_the_first_sentence_is_cut_out():
    raw = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك وافق مجلس الوزراء على 15 تعيينا.\n"
    art = article_from_text(raw, "okaz", title="تعيينات جديدة")
    assert art.boilerplate == ["شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"]
    assert art.body == "وافق مجلس الوزراء على 15 تعيينا."


def test_a_tag_row_ending_the_text_is_cut_but_a_crosshead_of_the_same_word_stays():
    raw = ("عين اليوم – جدة\nسمات القائد الناجح\nوقال المدرب إن الفريق جاهز للمباراة.\n"
           "وارتفعت الفضة 0.3 بالمئة إلى 14.88 دولار للأوقية. سمات ارتفاع الذهب\n")
    art = article_from_text(raw, "tags", title="الفضة ترتفع")
    assert [(s.rule, s.text) for s in art.boilerplate_segments] == [
        ("byline", "عين اليوم – جدة"), ("tags", "سمات ارتفاع الذهب")]
    assert art.paragraphs[0].text == "سمات القائد الناجح"
    assert art.paragraphs[-1].text.endswith("14.88 دولار للأوقية.")
    # on a line of its own, and after a last sentence that holds digits, the same
    art = article_from_text("نص الخبر هنا.\nسمات الجوازات وافدون وثيقة سفر\n", "t2", title="عنوان")
    assert art.boilerplate == ["سمات الجوازات وافدون وثيقة سفر"]
    art = article_from_text("ولا يزال البحث جاريا عن سمات المشتبه به\n", "t3", title="عنوان")
    assert art.boilerplate == []  # not after a sentence end: body


def test_masthead_menu_and_skip_link_above_the_title_and_the_publish_stamp_gives_published():
    raw = ("تخطي إلى المحتوى\nالعربية\nالرئيسية | أخبار العالم\n"
           "أذربيجان تعلن إسقاط طائرة أرمينية\nدبي - العربية.نت\n"
           "نشر في: 04 أكتوبر ,2020: 08:46 ص GST آخر تحديث: 04 أكتوبر ,2020: 11:20 ص GST\n"
           "أعلنت وزارة الدفاع الأذربيجانية، الأحد، أن قواتها أسقطت طائرة حربية أرمينية.\n"
           "أخبار\n")
    art = article_from_text(raw, "alarabiya")
    assert art.title == "أذربيجان تعلن إسقاط طائرة أرمينية"
    assert [s.rule for s in art.boilerplate_segments] == [
        "skip_link", "masthead", "nav_menu", "byline", "publish_stamp"]
    assert art.outlet == "العربية.نت" and str(art.published) == "2020-10-04"
    assert art.body.endswith("أخبار")  # below the title a section word is body


def test_a_dateline_below_a_standfirst_gives_published_and_a_separator_bar_is_chrome():
    raw = ("أرمينيا وأذربيجان تتبادلان الاتهامات\n"
           "قتلى وجرحى في قصف متبادل بعد ساعات من سريان الهدنة\n12/10/2020\n|\n"
           "تبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.\n22/10/2020\n***\nوقال الوزير إن القصف مستمر.\n")
    art = article_from_text(raw, "aj")
    assert str(art.published) == "2020-10-12" and art.dateline.text == "12/10/2020"
    assert [s.rule for s in art.boilerplate_segments] == ["dateline", "separator", "date_line"]
    assert art.body.startswith("قتلى وجرحى") and "***" in art.body


def test_author_bylines_with_a_place_tatweel_slash_or_day_number_are_boilerplate():
    for line, outlet in [("موسكو: رائد جبر", None), ("أحمد البشيري – الباحة", None),
                         ("عبدالكريم الحمد ـ الرياض", None), ("باكو/ الأناضول", None),
                         ("طوكيو 01- واس", None), ("عين اليوم ـ الرياض", "عين اليوم")]:
        art = article_from_text(f"عنوان الخبر هنا\n{line}\nأعلنت الوزارة تقديم منحة جديدة.\n", "b")
        assert [(s.rule, s.text) for s in art.boilerplate_segments] == [("byline", line)], line
        assert art.outlet == outlet
    # not a byline: a headline naming a place (first line), a score, a place with a long phrase
    for raw in ["القدس: اعتقالات\nاعتقلت قوات الاحتلال 15 مواطنا.\n",
                "عنوان الخبر\nفاز الهلال 3 - 1\nعقد رئيس النادي اجتماعا.\n",
                "عنوان الخبر\nموسكو: تحذير من تصعيد خطير في الإقليم\nعقد رئيس النادي اجتماعا.\n",
                "عنوان الخبر\nالرياض - جدة\nعقد رئيس النادي اجتماعا.\n"]:
        art = article_from_text(raw, "n")
        assert art.boilerplate_segments == [], raw


def test_a_byline_below_a_second_headline_of_a_record_is_boilerplate():
    raw = ("الرياضي تكشف حقيقة اللاعبين الذين بعثوا برسائل\nعبدالكريم الحمد ـ الرياض\n\n"
           "من هم اللاعبون الذين أسقطوا المدرب؟\nهذا هو السؤال الكبير.\nناصر الطميحي ـ جدة\n")
    art = article_from_text(raw, "r", title="4 أسقطوا سامي")
    assert [s.text for s in art.boilerplate_segments] == ["عبدالكريم الحمد ـ الرياض"]
    assert "ناصر الطميحي ـ جدة" in art.body  # deep in the body a name and a place is text


def test_a_caption_under_a_bare_label_goes_but_a_sentence_under_a_credit_stays():
    raw = ("عنوان الخبر\n28 سبتمبر/ أيلول 2020\nصدر الصورة، Reuters\nالتعليق على الصورة،\n"
           "جنود أذربيجانيون في منطقة تارتار\nتواصلت المعارك العنيفة لليوم الثاني.\nأرشيفية\n"
           "وأفادت وزارة الدفاع بأن القوات شنت هجوما على مناطق مدنية، بينها العاصمة ستيباناكرت.\n"
           "فيديو\nاحتفالات في باكو بعد إعلان استعادة شوشة\n")
    art = article_from_text(raw, "bbc")
    assert [s.rule for s in art.boilerplate_segments] == [
        "dateline", "photo_credit", "photo_caption", "photo_caption", "photo_credit", "share_widget",
        "photo_caption"]
    assert "وأفادت وزارة الدفاع" in art.body


def test_tag_lines_under_a_header_or_ending_the_text_go_but_a_list_after_a_colon_stays():
    raw = "عنوان\nقال الوزير إن القصف مستمر.\nالكلمات الدالة\nأرمينيا\nأذربيجان\nقال الوزير.\n"
    art = article_from_text(raw, "t")
    assert [s.rule for s in art.boilerplate_segments] == ["tags", "tags", "tags"]
    assert art.body.endswith("قال الوزير.")
    art = article_from_text("روسيا تحذر أرمينيا\nقال الوزير إن القصف على أذربيجان مستمر.\n"
                            "روسيا\nأرمينيا\nأذربيجان\n", "t2")
    assert [s.text for s in art.boilerplate_segments] == ["روسيا", "أرمينيا", "أذربيجان"]
    for raw in ["عنوان\nوالفائزون هم:\nمحمد علي\nأحمد سعيد\n",
                "خطاب من عبدالله فراج\nوالله يحفظك ويرعاك..\nأخوك المخلص\nعبدالله فراج السهلي\n",
                "روسيا تحذر أرمينيا\nقال الوزير إن القصف مستمر.\n(*) روسيا\n(**) أرمينيا\n",
                "عنوان\nقال الوزير إن القصف مستمر.\nأرمينيا\n",
                "عنوان\nقال الوزير إن القصف مستمر\nأرمينيا\nأذربيجان\n"]:
        assert article_from_text(raw, "t3").boilerplate_segments == [], raw


def test_a_menu_of_unlisted_sections_above_a_known_title_is_chrome_and_the_dateline_is_read():
    # no section here is in masthead.sections: the run of short labels above the headline is the menu
    raw = "القوقاز\nآسيا الوسطى\nملفات خاصة\nعنوان الخبر\n12/10/2020\nقال الوزير إن القصف مستمر.\n"
    art = article_from_text(raw, "m", title="عنوان الخبر")
    assert art.title_span == (raw.index("عنوان"), raw.index("عنوان") + len("عنوان الخبر"))
    assert art.caveats == [] and str(art.published) == "2020-10-12"
    assert [s.rule for s in art.boilerplate_segments] == ["nav_menu"] * 3 + ["dateline"]
    # without the title, the first headline-like line below the labels is the title
    art = article_from_text(raw.replace("عنوان الخبر", "انسحاب القوات من منطقة أغدام"), "m2")
    assert art.title == "انسحاب القوات من منطقة أغدام" and str(art.published) == "2020-10-12"
    # below the title, labels are body (a crosshead), and a lede under one label keeps it as title
    art = article_from_text("انسحاب القوات من أغدام\nملفات خاصة\nقال الوزير إن القصف مستمر.\n", "m3")
    assert art.title == "انسحاب القوات من أغدام" and art.body.startswith("ملفات خاصة")


def test_a_read_more_list_goes_on_past_a_question_and_tags_below_the_closing_credit_go():
    raw = ("عنوان الخبر هنا\nقال الوزير إن القصف مستمر.\nاقرأ أيضا\nlist of 3 items\nlist 1 of 3\n"
           "ما الذي يعنيه سقوط شوشا؟\nlist 2 of 3\nأرمينيا.. محتجون يقتحمون البرلمان\nend of list\n"
           "وأضاف أن المحادثات مستمرة.\nالمصدر: RT + وكالات\nحرب غزة\nحماس\n")
    art = article_from_text(raw, "rm")
    assert art.body == "قال الوزير إن القصف مستمر.\n\nوأضاف أن المحادثات مستمرة."
    assert [s.rule for s in art.boilerplate_segments] == [
        "read_more", "list_marker", "list_marker", "related_links", "list_marker", "related_links",
        "list_end", "source_credit", "tags", "tags"]
    # a lede ending with a full stop ends the list; with no closing credit, unnamed short lines stay
    art = article_from_text("عنوان الخبر هنا\nقال الوزير إن القصف مستمر.\nاقرأ أيضا\n"
                            "وأضاف أن المحادثات مستمرة.\nحرب غزة\nحماس\n", "rm2")
    assert art.body.endswith("وأضاف أن المحادثات مستمرة.\n\nحرب غزة\n\nحماس")


def test_the_line_counts_after_a_tags_header_and_an_sms_footer_run_out():
    """A bare tags header takes at most ``tag_list.max_lines`` lines and an SMS footer at most
    ``contact_footer.max_lines`` number lines: a line the count took opens no new count."""
    body = "قال مسؤول إن الوضع هادئ في المنطقة اليوم بعد أيام من التوتر.\n"
    names = ["روسيا", "أرمينيا", "أذربيجان", "تركيا", "إيران", "فرنسا", "أمريكا", "الصين", "مصر", "لبنان",
             "سوريا", "العراق", "الأردن", "قطر", "عمان", "الكويت", "اليمن", "ليبيا", "تونس", "الجزائر"]
    art = article_from_text("عنوان الخبر هنا الطويل نسبيا\n" + body + "الوسوم\n" + "\n".join(names), "tags")
    cap = lexicon.load("boilerplate")["tag_list"]["max_lines"]
    assert sum(seg.rule == "tags" for seg in art.boilerplate_segments) == cap + 1  # the header too
    footer = "للاشتراك أرسل رقم 1 إلى 88591\n" + "\n".join(f"8859{i} - Stc" for i in range(10))
    art = article_from_text("عنوان الخبر هنا الطويل نسبيا\n" + body + footer, "sms")
    cap = lexicon.load("boilerplate")["contact_footer"]["max_lines"]
    assert sum(seg.rule == "contact_footer" for seg in art.boilerplate_segments) == cap + 1


def test_an_editors_sign_off_is_chrome_alone_or_glued_and_its_dots_end_no_sentence():
    sentences = ["قالت الوزارة إن 5 جنود قتلوا.", "وتقول يريفان إن قواتها صدت الهجوم."]
    body, signoff = " ".join(sentences), "ع.ج.م/ ح.ز (أ ف ب، رويترز)"
    head = "أذربيجان تعلن مقتل 5 جنود في اشتباكات حدودية"
    for raw in (f"{head}\n{body}\n{signoff}\n", f"{head}\n{body} {signoff}\n"):
        c = clean(raw)
        assert [(s.rule, s.text) for s in c.boilerplate] == [("signoff", signoff)]
        assert [s.text for s in c.sentences] == sentences
    # a slash between a title and a name is no sign-off: no group of initials with a dot
    assert clean(f"{head}\n{body} قال أ/ محمد\n").boilerplate == []


@pytest.mark.parametrize("line, expected", [
    ("17 Oct 2020", dt.date(2020, 10, 17)),
    ("Oct 17, 2020", dt.date(2020, 10, 17)),
    ("October 17, 2020 10:30 AM", dt.date(2020, 10, 17)),
    ("Sept. 3, 2015", dt.date(2015, 9, 3)),
    ("3 - Octo - 2021", None),
])
def test_latin_month_date_lines_are_read(line, expected):
    assert line_date(line) == expected


def test_a_known_headline_opening_with_the_breaking_label_stays_the_title():
    head = "عاجل: زلزال بقوة 5 درجات يضرب شمال البلاد"
    body = "ضرب زلزال بقوة 5 درجات شمال البلاد فجر اليوم دون أن يسفر عن ضحايا."
    c = clean(f"{head}\n\n{body}\n", title=head)
    assert c.title is not None and c.title.text == head
    assert c.boilerplate == []
    # with no headline known, a text's first line is its headline, even with the label
    c = clean(f"{head}\n\n{body}\n")
    assert c.title is not None and c.title.text == head and c.boilerplate == []
    # under the site's menu, the ticker above the page's headline is chrome
    menu = "الرئيسية | أخبار | رياضة | فيديو"
    c = clean(f"{menu}\n{head}\n\nزلزال يضرب شمال البلاد\n\n{body}\n")
    assert [(s.rule, s.text) for s in c.boilerplate] == [("nav_menu", menu), ("breaking_ticker", head)]
    assert c.title.text == "زلزال يضرب شمال البلاد"


def test_header_lines_above_a_known_headline_are_chrome_not_body():
    """With the headline known (the record's title, or a browser-title line naming it), lines above
    it that no rule takes and that are no sentences are the page's header (rule above_headline) once
    the page shows chrome there; sentences above it stay body, and so do verses with no chrome above."""
    title = "افتتاح مستشفى جديد للأطفال في المنامة"
    raw = ("SNA\nالوكالة الوطنية للأخبار الصحية\nEnglish | Français | العربية\n"
           f"الرئيسية\nأخبار\nتقارير\n\n{title}\n\nافتتح وزير الصحة مستشفى جديدا للأطفال.\n")
    art = article_from_text(raw, "given", title=title)
    assert art.title == title
    assert [p.text for p in art.paragraphs] == ["افتتح وزير الصحة مستشفى جديدا للأطفال."]
    assert "above_headline" in [s.rule for s in art.boilerplate_segments]
    # no record title: the browser-title line names the headline, and an unknown line above it is
    # chrome (a search box has a rule of its own, search_box)
    raw2 = (f"{title} | أخبار الخليج\nأخبار الخليج\nمحليات\nاقتصاد\nرياضة\n\nموقع أخبار الخليج الإلكتروني\n"
            f"ابحث في الموقع...\n\n{title}\n\nافتتح وزير الصحة مستشفى جديدا للأطفال.\n")
    art2 = article_from_text(raw2, "page")
    assert art2.title == title
    header = [(s.text, s.rule) for s in art2.boilerplate_segments
              if s.rule in ("above_headline", "search_box")]
    assert header == [("موقع أخبار الخليج الإلكتروني", "above_headline"), ("ابحث في الموقع...", "search_box")]
    # a sentence above the known headline stays body
    raw3 = f"الرئيسية\nأخبار\nقال الوزير إن العمل بدأ.\n{title}\nنص الخبر.\n"
    art3 = article_from_text(raw3, "s", title=title)
    assert "قال الوزير إن العمل بدأ." in [p.text for p in art3.paragraphs]
