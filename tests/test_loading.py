"""Loading: every decoding, the manifest, bad files with clear errors, corpus order."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from conftest import SEEDS
from karabakh_nb import ArticleError, load_article, load_corpus, read_manifest
from karabakh_nb.loading import ManifestRow, article_from_text, decode, url_date

SEED = SEEDS / "001_3bac4744d1ebe7a2.txt"
TEXT = SEED.read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding, prefix, codec", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("utf-16-le", b"\xff\xfe", "utf-16"),
    ("utf-16-be", b"\xfe\xff", "utf-16"),
    ("cp1256", b"", "cp1256"),
])
def test_every_encoding_gives_the_same_article(tmp_path, encoding, prefix, codec):
    path = _write(tmp_path, "a.txt", prefix + TEXT.encode(encoding))
    art = load_article(path)
    assert art.raw == TEXT
    assert art.encoding == codec
    assert art.title == "وقف إطلاق نار بين أرمينيا وأذربيجان"
    assert art.published == dt.date(2020, 10, 10)
    assert ("decoded as cp1256" in art.caveats) == (codec == "cp1256")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\xef\xbb\xbf", "empty file"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 50, "binary"),
    (b"caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise", "undecodable"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
])
def test_bad_files_raise_an_error_naming_the_file(tmp_path, data, reason):
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert reason in str(info.value)


def test_missing_file_and_folder_errors_name_the_path(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


def test_nul_bytes_and_bidi_controls_do_not_stop_loading(tmp_path):
    text = TEXT.replace("وقف لإطلاق النار", "وقف\u200f لإطلاق\u00a0النار", 1)
    path = _write(tmp_path, "odd.txt", text.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 1))
    art = load_article(path)
    assert "\x00" in art.raw and "\u200f" in art.raw
    assert art.title == "وقف إطلاق نار بين أرمينيا وأذربيجان"
    for seg in art.paragraphs + art.sentences + art.boilerplate_segments:
        assert art.raw[seg.span[0]:seg.span[1]] == seg.text


def test_decode_is_the_same_function_the_loader_uses():
    assert decode(TEXT.encode("cp1256"), "x") == (TEXT, "cp1256")


def test_manifest_is_read_and_keyword_arguments_override(tmp_path):
    rows = read_manifest(SEEDS / "manifest.csv")
    assert rows["002_3b66d0b5936da8ec.txt"].published == dt.date(2023, 9, 21)
    art = load_article(SEEDS / "002_3b66d0b5936da8ec.txt")
    assert art.published == dt.date(2023, 9, 21) and art.published_from == "manifest"
    art = load_article(SEEDS / "002_3b66d0b5936da8ec.txt", published="2023-09-22",
                       outlet="مثال")
    assert art.published == dt.date(2023, 9, 22) and art.published_from == "argument"
    assert art.outlet == "مثال"


def test_bad_manifest_names_the_row(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,10/10/2020\n", encoding="utf-8")
    _write(tmp_path, "a.txt", TEXT.encode())
    with pytest.raises(ArticleError, match=r"manifest.csv: row 2: published '10/10/2020'"):
        load_article(tmp_path / "a.txt")
    (tmp_path / "manifest.csv").write_text("name,published\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="no 'file' column"):
        read_manifest(tmp_path / "manifest.csv")


def test_corpus_order_is_stable_and_manifest_order_is_kept(tmp_path):
    corpus = load_corpus(SEEDS)
    assert [a.id for a in corpus] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    rev = tmp_path / "manifest.csv"
    names = [p.name for p in sorted(SEEDS.glob("*.txt"), reverse=True)]
    rev.write_text("file\n" + "\n".join(names) + "\n", encoding="utf-8")
    for n in names:
        (tmp_path / n).write_bytes((SEEDS / n).read_bytes())
    assert [a.id for a in load_corpus(rev)] == [Path(n).stem for n in names]


def test_corpus_reports_skipped_files(tmp_path):
    _write(tmp_path, "a.txt", TEXT.encode())
    _write(tmp_path, "b.txt", b"")
    _write(tmp_path, "c.txt", bytes(range(256)) * 4)
    with pytest.raises(ArticleError, match="b.txt: empty file"):
        load_corpus(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path, on_error="skip")
    assert [a.id for a in corpus] == ["a"]
    assert [(Path(p).name, r.split(" ")[0]) for p, r in corpus.skipped] == [
        ("b.txt", "empty"), ("c.txt", "binary")]
    assert any("2 file(s) skipped" in str(w.message) for w in caught)


def test_published_and_outlet_are_right_for_every_seed(seeds, gold_by_id):
    for art in seeds:
        g = gold_by_id[art.id]
        assert art.title == g["title"], art.id
        assert str(art.published) == g["published"], art.id
        assert art.outlet == g["outlet"], art.id


def test_published_comes_from_the_dateline_not_the_site_header(seeds_by_id):
    art = seeds_by_id["001_3bac4744d1ebe7a2"]
    assert art.published == dt.date(2020, 10, 10) and art.published_from == "dateline"
    header = art.boilerplate_segments[0]
    assert header.rule == "site_header_date" and "23" in header.text
    art = seeds_by_id["004_e6aa6f2cf8c433dc"]
    assert art.published == dt.date(2020, 10, 31) and art.published_from == "dateline"


def test_an_agency_byline_is_the_outlet_only_on_the_agency_own_site():
    raw = "أذربيجان وأرمينيا تتبادلان الأسرى\nباكو/ الأناضول\nأجرت أذربيجان وأرمينيا عملية تبادل للأسرى.\n"
    art = article_from_text(raw, "aa", manifest=ManifestRow("aa", outlet="وكالة الأناضول"))
    assert (art.outlet, art.outlet_from) == ("الأناضول", "byline")
    art = article_from_text(raw, "aj", manifest=ManifestRow("aj", outlet="الجزيرة نت"))
    assert (art.outlet, art.outlet_from) == ("الجزيرة نت", "manifest")  # a wire credit elsewhere
    assert art.outlet_canonical == "الجزيرة"  # its one name, for grouping
    assert article_from_text(raw, "none").outlet is None


def test_published_from_a_date_line_near_the_top_when_no_dateline_was_found():
    # two chrome lines the rules do not know start the body: the date line below is still the dateline
    raw = ("الأحد 1 نوفمبر 2020\nقره باغ.. قصف على كنجة يخرق الهدنة\nخدمة الرسائل القصيرة\n"
           "النسخة الورقية\n11/10/2020\nباكو- قالت أذربيجان إن 10 مدنيين قتلوا.\n")
    art = article_from_text(raw, "top")
    assert (art.published, art.published_from) == (dt.date(2020, 10, 11), "dateline")
    assert art.dateline.text == "11/10/2020" and art.dateline.rule == "dateline"
    # one standfirst may stand above it ('headline / teaser / 02.10.2020')
    raw = ("ميركل تدعو إلى وقف فوري للقتال\nدعت المستشارة الألمانية إلى وقف فوري لإطلاق النار.\n"
           "02.10.2020\nوقالت ميركل إن على الطرفين العودة إلى المفاوضات.\n")
    assert article_from_text(raw, "dw").published == dt.date(2020, 10, 2)
    # below two paragraphs, or as one of a timeline's date lines, a date line is the text's own
    raw = ("قصف على كنجة يخرق الهدنة\nقال الوزير إن القصف مستمر منذ أيام.\nوأضاف أن القوات تتقدم.\n"
           "27/09/2020\nبدأ الهجوم.\n")
    art = article_from_text(raw, "deep")
    assert art.published is None and [s.rule for s in art.boilerplate_segments] == ["date_line"]
    raw = ("محطات الحرب\nهذه أبرز محطات الحرب.\n27/09/2020\nبدأ الهجوم.\n10/11/2020\nتوقفت الحرب.\n")
    art = article_from_text(raw, "timeline")
    assert art.published is None and [s.rule for s in art.boilerplate_segments] == ["date_line"] * 2


def test_a_feminine_publish_stamp_with_the_time_glued_to_the_next_label_gives_the_date():
    raw = ("أوكرانيا تعلن الحداد بعد ضربات روسية\n"
           "نشرت في: 09/07/2024 - 10:15آخر تحديث: 09/07/2024 - 14:02\n"
           "أعلنت السلطات الأوكرانية يوم حداد.\n")
    art = article_from_text(raw, "f24")
    assert (art.published, art.published_from) == (dt.date(2024, 7, 9), "dateline")


def test_the_site_header_date_stays_the_crawl_day_and_the_manifest_gives_the_date():
    raw = ("القدس العربي\nالخميس 6 نوفمبر 2025\nالرئيسية\nأخبار\nسياسة\n"
           "مقتل أكثر من 460 في مستشفى بالفاشر\nقالت المنظمة إن 460 شخصا قتلوا.\n")
    art = article_from_text(raw, "q", manifest=ManifestRow("q.txt", published=dt.date(2025, 10, 29)))
    assert (art.published, art.published_from) == (dt.date(2025, 10, 29), "manifest")
    assert art.title == "مقتل أكثر من 460 في مستشفى بالفاشر"


@pytest.mark.parametrize("byline, outlet", [
    ("دبي - العربية.نت", "العربية.نت"),
    ("فرانس24 / أ ف ب", "فرانس24"),  # a credit line: the outlet and the wire, the outlet's number glued
    ("دمشق - لندن: «الشرق الأوسط»", "الشرق الأوسط"),  # given as written (with its hamza)
    ("عربي21- أحمد صبري", "عربي21"),
])
def test_the_outlet_comes_from_a_place_and_outlet_line_or_a_credit_line(byline, outlet):
    raw = f"قصف على مدينة بردعة\n{byline}\nقالت النيابة العامة إن 21 مدنيا قتلوا.\n"
    art = article_from_text(raw, "b", manifest=ManifestRow("b.txt", outlet="منفذ آخر"))
    assert (art.outlet, art.outlet_from) == (outlet, "byline")
    assert art.boilerplate == [byline]


def test_a_headline_naming_an_outlet_before_a_colon_is_no_byline():
    art = article_from_text("الجزيرة: تحذير من التصعيد\nقال الوزير إن القصف مستمر.\n", "h")
    assert art.title == "الجزيرة: تحذير من التصعيد" and art.boilerplate == []


def test_masthead_or_copyright_names_the_outlet_only_when_nothing_else_does():
    raw = ("BBC News عربي\nالرئيسية أخبار العالم شرق أوسط علوم وتكنولوجيا رياضة صحة فيديو\n\n"
           "البرلمان يصوت على الاتفاق\n\nصوت البرلمان الخميس على مسودة الاتفاق.\n"
           "© 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.\n")
    art = article_from_text(raw, "m")
    # rule arabic_footer_name: the Latin logo's outlet named in Arabic by the footer is named in Arabic
    assert (art.outlet, art.outlet_from) == ("بي بي سي", "copyright")
    assert art.outlet_canonical == "بي بي سي عربي"
    art = article_from_text(raw.replace("© 2024 بي بي سي. بي بي سي", "© 2024 BBC. BBC"), "m")
    assert (art.outlet, art.outlet_from) == ("BBC News عربي", "masthead")  # as the page names it
    art = article_from_text(raw.split("\n", 1)[1], "c")  # no masthead: the copyright owner
    assert (art.outlet, art.outlet_from, art.outlet_canonical) == ("بي بي سي", "copyright", "بي بي سي عربي")
    art = article_from_text(raw, "m", manifest=ManifestRow("m.txt", outlet="بي بي سي عربي"))
    assert (art.outlet, art.outlet_from) == ("بي بي سي عربي", "manifest")
    # the agency's own site: the outlet as its byline names it
    raw = "وكالة الأناضول\n\nعنوان الخبر هنا\n\nأنقرة/ الأناضول\n\nقال الوزير إن الهدنة صامدة.\n"
    art = article_from_text(raw, "a")
    assert art.outlet == "الأناضول"


def test_an_update_stamp_gives_the_date_only_when_no_publication_stamp_or_manifest_does():
    manifest = ManifestRow("u.txt", published=dt.date(2020, 1, 1))
    raw = ("عنوان الخبر هنا\nآخر تحديث: 13/10/2020 - 10:00\nنشر في: 12/10/2020 - 08:30\n"
           "قال الوزير إن القصف مستمر.\n")
    art = article_from_text(raw, "u", manifest=manifest)
    assert (art.published, art.published_from) == (dt.date(2020, 10, 12), "dateline")
    raw = "عنوان الخبر هنا\nآخر تحديث: 13/10/2020 - 10:00\nقال الوزير إن القصف مستمر.\n"
    art = article_from_text(raw, "u")
    assert (art.published, art.published_from) == (dt.date(2020, 10, 13), "update_stamp")
    # the guide's order: the text's dateline, else the manifest; an update is no publication day
    art = article_from_text(raw, "u", manifest=manifest)
    assert (art.published, art.published_from) == (dt.date(2020, 1, 1), "manifest")
    # above the headline the stamp is the site's (its last update), not the story's
    raw = "آخر تحديث: 13/10/2020 - 10:00\nعنوان الخبر هنا\nقال الوزير إن القصف مستمر.\n"
    art = article_from_text(raw, "u", manifest=manifest)
    assert (art.published, art.published_from) == (dt.date(2020, 1, 1), "manifest")


def test_a_closing_credit_names_the_outlet_as_written_with_its_canonical_name_beside_it():
    raw = "قصف على مدينة كنجة\nقالت السلطات إن 12 مدنيا قتلوا.\nونفت يريفان ذلك.\nفرانس 24/ أ ف ب\n"
    art = article_from_text(raw, "c")
    assert (art.outlet, art.outlet_from, art.outlet_canonical) == ("فرانس 24", "source_credit", "فرانس24")
    assert art.boilerplate == ["فرانس 24/ أ ف ب"] and len(art.paragraphs) == 2
    assert article_from_text(raw, "c", outlet="France 24").outlet == "France 24"
    # other words beside an outlet's name: no credit, the line stays in the body
    raw = "قصف على مدينة كنجة\nقالت السلطات إن 12 مدنيا قتلوا.\nالجزيرة ومراسلوها في الميدان\n"
    assert article_from_text(raw, "c").boilerplate == []


def test_the_site_header_date_gives_the_date_only_below_the_manifest_and_above_an_update_stamp():
    raw = ("صحيفة الأفق\nالرئيسية\nأخبار\nالثلاثاء 14 نوفمبر 2023 08:20\n"
           "افتتاح معبر حدودي جديد بين البلدين\n"
           "آخر تحديث: 15/11/2023 - 10:00\n"
           "افتتح وزيرا النقل في البلدين معبرا حدوديا جديدا صباح أمس.\n")
    art = article_from_text(raw, "h")
    assert (art.published, art.published_from) == (dt.date(2023, 11, 14), "header")
    assert [s.rule for s in art.boilerplate_segments if "2023" in s.text] == ["site_header_date",
                                                                            "site_timestamp"]
    # the manifest's date ranks above the header's (which may be the crawl day)
    art = article_from_text(raw, "h", manifest=ManifestRow("h.txt", published=dt.date(2023, 11, 12)))
    assert (art.published, art.published_from) == (dt.date(2023, 11, 12), "manifest")
    # without the header line, the update stamp is the last resort
    art = article_from_text(raw.replace("الثلاثاء 14 نوفمبر 2023 08:20\n", ""), "u")
    assert (art.published, art.published_from) == (dt.date(2023, 11, 15), "update_stamp")
    # the relative dates of the text resolve against the header's day
    from karabakh_nb import extract_dates
    art = article_from_text(raw, "h")
    found = [(m.text, m.start) for m in extract_dates(art.body, art.published)]
    assert found == [("صباح أمس", dt.date(2023, 11, 13))]


def test_a_site_name_atop_its_page_is_the_masthead_and_names_the_outlet_only_when_nothing_else_does():
    raw = ("بوابة النهار\nالأحد 11 أكتوبر 2020\nالرئيسية\n"
           "قصف على مدينة كنجة\nقالت السلطات إن 12 مدنيا قتلوا.\n")
    art = article_from_text(raw, "s")
    assert (art.outlet, art.outlet_from) == ("بوابة النهار", "masthead")
    assert [s.rule for s in art.boilerplate_segments] == ["masthead", "site_header_date", "nav_menu"]
    art = article_from_text(raw, "s", manifest=ManifestRow("s.txt", outlet="منفذ آخر"))
    assert (art.outlet, art.outlet_from) == ("منفذ آخر", "manifest")
    # a closing credit naming the outlet beside a wire agency ranks above the masthead
    art = article_from_text(raw + "قناة الفجر الإخبارية / أ ف ب\n", "s")
    # (named without the channel's word and the adjective 'news': outlet_news_adjective)
    assert (art.outlet, art.outlet_from) == ("الفجر", "source_credit")
    # the same words heading a story with no chrome below them are its headline
    art = article_from_text("بوابة النهار\nقالت السلطات إن 12 مدنيا قتلوا في القصف.\n", "h")
    assert art.title == "بوابة النهار" and art.outlet is None


@pytest.mark.parametrize("url, day", [
    ("http://www.al-jazirah.com/2015/20150805/ln2.htm", dt.date(2015, 8, 5)),
    ("http://www.okaz.com.sa/new/Issues/20150805/Con20150805784687.htm", dt.date(2015, 8, 5)),
    ("http://www.aleqt.com/2015/08/05/article_974886.html", dt.date(2015, 8, 5)),
    ("http://example.com/news/story-20150805-12.html", dt.date(2015, 8, 5)),
    ("http://www.alriyadh.com/1066701", None),                      # an article id
    ("http://example.com/a/20151066/b", None),                       # no calendar date
    ("http://example.com/a/18500805/b", None),                       # no plausible year
    ("http://example.com/a/201508051/b", None),                      # a longer digit run
    ("http://example.com/News_Detail.aspx?ArticleID=20150805", None),  # an id in the query
    ("http://20150805.example.com/a", None),                         # the host
])
def test_url_date_reads_only_a_delimited_valid_day(url, day):
    assert url_date(url) == day


def test_a_url_day_ranks_below_the_manifest_date_and_above_the_header_date():
    raw = "الخميس 6 أغسطس 2015\n\nعنوان الخبر\n\nنص الخبر هنا.\n"
    url = "http://example.com/Issues/20150805/a.htm"
    art = article_from_text(raw, "u", manifest=ManifestRow("u", url=url))
    assert (art.published, art.published_from) == (dt.date(2015, 8, 5), "url")
    assert any("URL" in c for c in art.caveats)
    art = article_from_text(raw, "u", manifest=ManifestRow("u", url=url, published=dt.date(2015, 8, 4)))
    assert (art.published, art.published_from) == (dt.date(2015, 8, 4), "manifest")


def test_weekday_order_reads_a_stamp_whose_first_date_is_no_day():
    """Rule weekday_order compares the stamp's first day-and-month with the dateline's day: a first
    date that is no day at all ('00/05/2023') cannot be read either way, and raises nothing."""
    page = ("ARAB TIMES\nالجالية العربية تنظم معرضا للكتاب في المدينة\n"
            "نشر بتاريخ: 00/05/2023 - 12/05/2023\n\n"
            "تنظم الجالية العربية معرضها السنوي للكتاب، وقال المنظمون في بيان اليوم الثلاثاء إن المعرض "
            "يضم ثلاثين دار نشر.\n")
    art = article_from_text(page, "stamp")
    assert art.published == dt.date(2023, 5, 12)
    # the same stamp with its day first only: '10/03/2023' read day first is a Friday, and the lead
    # says today is a Tuesday, so the stamp is month first (3 October 2023)
    art2 = article_from_text(page.replace("00/05/2023 - 12/05/2023", "10/03/2023"), "stamp")
    assert art2.published == dt.date(2023, 10, 3)
