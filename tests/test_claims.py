"""Claims (ANNOTATION.md section 4): cues, subjects, sides, sources, as_of, tables, CLI and seed gold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GOLD, SEEDS
from karabakh_nb.claims import (
    Claim,
    claims_table,
    extract_claims,
    load_gazetteer,
    side_word,
    source_party,
)
from karabakh_nb.lexicon import examples
from karabakh_nb.loading import article_from_text


def claims_of(text: str, published: str | None = "2020-10-10", conflict="karabakh") -> list[Claim]:
    """Claims of a snippet read as news of ``conflict`` (a one-sentence snippet may name the
    conflict too rarely for the scope check, so it is off here and tested on its own below)."""
    return extract_claims(article_from_text(text, "t", published=published), conflict=conflict,
                          check_scope=False)


def one(text: str, **kw) -> Claim:
    got = claims_of(text, **kw)
    assert len(got) == 1, [(c.text, c.measure, c.rule) for c in got]
    return got[0]


def _plain(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def check_example(ex: dict) -> None:
    """Every expected claim is found (same low, high, measure) with the fields it lists; nothing else."""
    got = claims_of(ex["text"], ex.get("published"), ex.get("conflict", "karabakh"))
    free = list(got)
    problems = []
    for exp in ex["claims"]:
        hits = [g for g in free if (g.low, g.high, g.measure) == (exp["low"], exp["high"], exp["measure"])]
        if not hits:
            problems.append(f"missing {exp}")
            continue
        g = hits[0]
        free.remove(g)
        problems += [f"{exp['text']}: {k} expected {v!r}, got {_plain(getattr(g, k))!r} ({g.rule})"
                     for k, v in exp.items() if _plain(getattr(g, k)) != v]
    problems += [f"unexpected {g.text} ({g.measure}, {g.rule})" for g in free]
    assert not problems, "\n".join(problems)


# --- the examples corpora beside the data files ----------------------------------------------

CLAIM_CORPORA = ["claim_cues", "claim_subjects", "claim_attribution"]


@pytest.mark.parametrize("ex", [ex for name in CLAIM_CORPORA for ex in examples(name)],
                         ids=lambda ex: ex["text"][:40])
def test_examples_corpora(ex):
    check_example(ex)


def test_examples_corpora_are_large_enough_and_cover_other_conflicts():
    for name in CLAIM_CORPORA:
        rows = examples(name)
        assert len(rows) >= 15, name
    rows = [ex for name in CLAIM_CORPORA for ex in examples(name)]
    assert sum(1 for ex in rows if ex.get("conflict", "karabakh") is None) >= 20
    measures = {c["measure"] for ex in rows for c in ex["claims"]}
    assert {"killed", "injured", "displaced", "evacuated", "destroyed", "captured", "detained"} <= measures


@pytest.mark.parametrize("name,conflict", [("gazetteer_karabakh", "karabakh"), ("gazetteer_generic", None)])
def test_gazetteer_examples(name, conflict):
    rows = examples(name)
    assert len(rows) >= 15
    wrong = []
    for ex in rows:
        if "party" in ex and source_party(ex["text"], conflict) != ex["party"]:
            wrong.append((ex["text"], ex["party"], source_party(ex["text"], conflict)))
        if "side" in ex and side_word(ex["text"], conflict) != ex["side"]:
            wrong.append((ex["text"], ex["side"], side_word(ex["text"], conflict)))
        if "in_scope" in ex and load_gazetteer(conflict).covers(ex["text"]) != ex["in_scope"]:
            wrong.append((ex["text"], "in_scope", ex["in_scope"]))
    assert not wrong


def test_spelling_variants_resolve_to_one_party():
    for name in ("باشينيان", "باشنيان"):
        assert source_party(f"رئيس الوزراء {name}") == "armenia"
    for region in ("قره باغ", "قره باخ", "قرة باخ", "كاراباخ", "ناغورنو كاراباخ"):
        assert source_party(f"سلطات {region}") == "karabakh", region


def test_generic_gazetteer_knows_no_parties():
    assert source_party("وزارة الدفاع الأذربيجانية", None) == "unknown"
    assert source_party("الأمم المتحدة", None) == "international"
    assert source_party("وزارة الدفاع الأذربيجانية") == "azerbaijan"


# --- cue families, with their inflections ----------------------------------------------------


@pytest.mark.parametrize("text,measure", [
    ("وقُتل 5 أشخاص في القصف.", "killed"),
    ("وأسفر القصف عن مقتل 5 أشخاص.", "killed"),
    ("وأعلنت الشرطة أن 5 أشخاص قتلوا.", "killed"),
    ("ولقي 5 أشخاص مصرعهم في الهجوم.", "killed"),
    ("وأودت الغارة بحياة 5 أشخاص.", "killed"),
    ("وارتفعت حصيلة القتلى إلى 5 أشخاص.", "killed"),
    ("وسقط 5 قتلى في الاشتباكات.", "killed"),
    ("وأصيب 5 أشخاص في القصف.", "injured"),
    ("وأسفر القصف عن إصابة 5 أشخاص.", "injured"),
    ("وقالت الشرطة إن 5 أشخاص جرحوا.", "injured"),
    ("وقالت الشرطة إن 5 أشخاص أصيبوا بجروح.", "injured"),
    ("وارتفع عدد الجرحى إلى 5.", "injured"),
    ("ونقل 5 من المصابين إلى المستشفى.", "evacuated"),  # rule transferred (set4-6 reviewers)
    ("وأدى القتال إلى نزوح 5 آلاف شخص.", "displaced"),
    ("وقالت الأمم المتحدة إن 5 آلاف شخص نزحوا.", "displaced"),
    ("وفرّ 5 آلاف شخص من منازلهم.", "displaced"),
    ("وبلغ عدد النازحين 5 آلاف.", "displaced"),
    ("وأجلت السلطات 5 آلاف شخص.", "evacuated"),
    ("وتم إجلاء 5 آلاف شخص من المدينة.", "evacuated"),
    ("وأعلن الجيش تدمير 5 دبابات.", "destroyed"),
    ("وأسقطت الدفاعات الجوية 5 طائرات مسيرة.", "destroyed"),
    ("واستعاد الجيش السيطرة على 5 قرى.", "captured"),
    ("وسيطرت القوات على 5 مدن.", "captured"),
    ("وأسرت القوات 5 جنود.", "detained"),
    ("وأعلنت السلطات اعتقال 5 أشخاص.", "detained"),
    ("وأفرج عن 5 معتقلين.", "detained"),
])
def test_cue_families(text, measure):
    c = one(text, conflict=None)
    assert c.measure == measure
    assert c.low == c.high


def test_number_far_from_its_verb_in_the_same_sentence():
    c = one("ودمرت القوات خلال المعارك التي دارت في محيط المدينة 5 دبابات.", conflict=None)
    assert (c.measure, c.subject, c.rule) == ("destroyed", "equipment", "cue_far:destroyed")


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع الأذربيجانية \"هناك قتلى وجرحى\".",
    "ولاحقاً اعلنت روسيا عن مقتل عدد من جنودها في قصف.",
    "ونُقل أحدهم إلى المستشفى وهو يعاني من إصابات خطيرة.",
    "وأدى القصف إلى مقتل مدنيين من الجانبين.",
    "وتواصلت المفاوضات أكثر من 10 ساعات.",
    "واستمرت المعارك منذ أكثر من 30 عاماً.",
    "وتضم المدينة التي قصفت أمس 50 ألف نسمة.",
])
def test_tolls_without_numbers_and_numbers_without_tolls_are_not_claims(text):
    assert claims_of(text) == []


# --- totals and parts, duals, vague, fractions, each side ------------------------------------


def test_total_and_its_parts_in_one_sentence():
    got = claims_of("وارتفع العدد الرسمي للقتلى إلى أكثر من 400 قتيل، بينهم 22 مدنيا أرمنيا و31 أذربيجانيا.")
    assert [(c.text, c.low, c.measure, c.subject, c.side) for c in got] == [
        ("أكثر من 400", 400, "killed", "people", "both"),
        ("22", 22, "killed", "civilians", "armenia"),
        ("31", 31, "killed", "civilians", "azerbaijan"),
    ]
    assert [c.rule.split("+")[0] for c in got] == ["unit:killed", "part_of:killed", "list:killed"]


def test_dual_noun_is_a_claim_of_two():
    got = claims_of("وقالت أمينة المظالم إن سبعة من القتلى مدنيون بينهم طفلان.", published="2023-09-21")
    dual = [c for c in got if c.text == "طفلان"]
    assert len(dual) == 1
    d = dual[0]
    assert (d.value, d.low, d.high, d.qualifier) == (2, 2, 2, "exact")
    assert (d.subject, d.measure) == ("children", "killed")
    assert d.rule.startswith("dual_noun")


def test_plural_is_not_a_dual():
    assert claims_of("وأسفر القصف عن مقتل مدنيين.") == []


def test_vague_magnitudes():
    c = one("وقُتل آلاف الأشخاص في النزاع.", conflict=None)
    assert (c.value, c.low, c.high, c.qualifier) == (None, 3000, 10000, "vague")


def test_fraction_of_a_stated_population():
    c = one("وأفادت القوات الأرمينية بأن النزاع أدى إلى نزوح نصف سكان ناغورنو قره باغ "
            "البالغ عددهم نحو 140 ألفاً.")
    assert (c.text, c.value, c.low, c.high, c.qualifier) == ("نصف", 70000, 70000, 70000, "approx")
    assert (c.measure, c.side, c.source_party) == ("displaced", "armenia", "armenia")
    assert c.rule.startswith("fraction_of_population")


def test_fraction_without_a_population_is_not_a_claim():
    assert claims_of("وأدى القصف إلى نزوح نصف سكان المدينة.") == []


def test_each_side_claims_is_one_claim_of_both_sides():
    c = one("لكن الحصيلة قد تكون أعلى إذ يعلن كل جانب أنه قضى على الآلاف من جنود العدو.")
    assert (c.side, c.source_party, c.source_text, c.subject) == ("both", "unknown", "كل جانب", "soldiers")
    assert c.rule.startswith("each_side")


# --- attribution ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,party,source_text", [
    # a reporting verb before the number (VSO)
    ("وقالت وزارة الدفاع الأرمينية إن 15 جنديا قتلوا.", "armenia", "وزارة الدفاع الأرمينية"),
    # the subject before its verb (SVO)
    ("إلا أن روبن فاردانيان الرئيس السابق لحكومة ناغورني قره باخ قال إن 100 شخص قتلوا.", "karabakh",
     "روبن فاردانيان الرئيس السابق لحكومة ناغورني قره باخ"),
    # after the number
    ("وقتل 5 مدنيين في القصف، بحسب وزارة الدفاع الأذربيجانية.", "azerbaijan", "وزارة الدفاع الأذربيجانية"),
    ("وقتل 5 مدنيين في القصف، قالت سلطات الإقليم.", "karabakh", "سلطات الإقليم"),
    ("وقتل 5 مدنيين وفق الأمم المتحدة.", "international", "الأمم المتحدة"),
    # prepositions and phrases
    ("وحسبما أعلنته النيابة العامة الأذرية، فإن القصف أسفر عن مصرع 91 مدنيا.", "azerbaijan",
     "النيابة العامة الأذرية"),
    ("وبحسب ما أعلنت الخارجية الروسية قتل 3 جنود روس.", "russia", "الخارجية الروسية"),
    ("ونقلت وكالة إنترفاكس عن الرئيس الأذربيجاني قوله إن 20 جنديا قتلوا.", "azerbaijan",
     "الرئيس الأذربيجاني"),
    ("وقال بيان صادر عن وزارة الدفاع الروسية إن 6 جنود قتلوا.", "russia", "وزارة الدفاع الروسية"),
    ("وأفادت وكالة الصحافة الفرنسية بمقتل 11 شخصا.", "media", "وكالة الصحافة الفرنسية"),
    # official tallies with no author keep their own words
    ("وبلغت الحصيلة الرسمية 300 قتيل.", "media", "الحصيلة الرسمية"),
    # the outlet's own voice
    ("وقُتل 300 شخص في المعارك.", "media", None),
])
def test_attribution_patterns(text, party, source_text):
    c = one(text)
    assert (c.source_party, c.source_text) == (party, source_text)


def test_source_carried_from_the_previous_sentence():
    got = claims_of("وقالت وزارة الدفاع الأرمينية إن 15 جنديا قتلوا. وأضافت أن بين القتلى 3 ضباط.")
    assert [(c.low, c.source_party, c.source_text) for c in got] == [
        (15, "armenia", "وزارة الدفاع الأرمينية"), (3, "armenia", "وزارة الدفاع الأرمينية")]
    assert "carried_source" in got[1].rule


def test_source_is_not_carried_into_an_unrelated_sentence():
    got = claims_of("وقالت وزارة الدفاع الأرمينية إن 15 جنديا قتلوا. ووقعت اشتباكات أدت إلى مقتل 3 مدنيين.")
    assert [(c.low, c.source_party) for c in got] == [(15, "armenia"), (3, "media")]


def test_the_nearest_report_before_the_number_wins():
    got = claims_of("وأعلنت أرمينيا أن 32 شخصاً قتلوا، "
                    "وذكرت أمينة المظالم في قره باخ أن سبعة من القتلى مدنيون.")
    assert [(c.low, c.source_party) for c in got] == [(32, "armenia"), (7, "karabakh")]


def test_negated_report_is_no_source():
    c = one("وقتل 40 جنديا ولم تعلن باكو عن خسائرها.")
    assert c.source_party == "media"


# --- sides -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,side", [
    ("وقتل 5 جنود أرمن.", "armenia"),
    ("وقتل 5 جنود أذربيجانيين.", "azerbaijan"),
    ("وقتل 50 شخصا من الجانبين.", "both"),
    ("وأصيب ثلاثة صحافيين في قصف للقوات الأذربيجانية على بلدة شوشي.", "armenia"),  # attacker -> other side
    ("وأدت الاعتداءات الأرمينية إلى مصرع 9 مدنيين.", "azerbaijan"),
    ("وقتل 7 أشخاص في القصف على ستيباناكرت.", "armenia"),  # the target's side
    ("وأعلنت أرمينيا أن 32 شخصاً قتلوا.", "armenia"),  # the source's own losses
    ("وقالت روسيا إن 4 من جنودها أصيبوا.", "russia"),  # its own soldiers
    ("وقالت أذربيجان إنها دمرت 22 دبابة أرمينية.", "armenia"),  # equipment lost
    ("وأعلنت أذربيجان استعادة السيطرة على 5 قرى.", "armenia"),  # places lost
    ("وقُتل آلاف الأشخاص في النزاع.", "both"),  # a conflict-wide tally
])
def test_sides(text, side):
    assert one(text).side == side


def test_no_conflict_gazetteer_gives_side_unknown():
    text = "وقتل 5 جنود أرمن في قصف أذربيجاني، بحسب وزارة الدفاع الأرمينية."
    c = one(text, conflict=None)
    assert extract_claims(text)[0].side == "armenia"
    assert (c.side, c.source_party) == ("unknown", "unknown")


def test_articles_about_other_conflicts_get_the_generic_gazetteer():
    text = ("وقالت وزارة الدفاع الروسية إن 25 جنديا أوكرانيا قتلوا في الهجوم على مدينة خاركيف، "
            "بينما أعلنت الأمم المتحدة نزوح 5 آلاف شخص.")
    default, none = extract_claims(text), extract_claims(text, conflict=None)
    assert [(c.side, c.source_party) for c in default] == [(c.side, c.source_party) for c in none] == [
        ("unknown", "unknown"), ("unknown", "international")]
    karabakh = extract_claims(text, check_scope=False)
    assert karabakh[0].source_party == "russia"
    about = "وقالت وزارة الدفاع الأذربيجانية إن 12 مدنيا قتلوا في قصف أرميني على مدينة كنجة في أذربيجان."
    assert [(c.side, c.source_party) for c in extract_claims(about)] == [("azerbaijan", "azerbaijan")]


def test_a_conflict_gazetteer_can_be_given_as_a_dict():
    conflict = {"conflict": "test", "sides": ["north", "south", "both", "unknown"], "default_side": "both",
                "parties": {"north": {"side": "north", "reports_own_losses": True, "opponent": "south",
                                      "names": ["جمهورية الشمال"], "adjectives": ["الشمالية", "شمالي"]},
                            "south": {"side": "south", "reports_own_losses": True, "opponent": "north",
                                      "names": ["جمهورية الجنوب"], "adjectives": ["الجنوبية", "جنوبي"]}},
                "places": {"north": ["مدينة الشمال"]}}
    c = one("وقالت وزارة الدفاع الشمالية إن 12 جنديا قتلوا في قصف جنوبي.", conflict=conflict)
    assert (c.source_party, c.side) == ("north", "north")
    with pytest.raises(ValueError):
        load_gazetteer("no_such_conflict")


# --- as_of -----------------------------------------------------------------------------------


def test_as_of_from_a_dated_sentence():
    c = one("وارتفع العدد الرسمي للقتلى صباح الجمعة إلى أكثر من 400 قتيل.", published="2020-10-10")
    assert c.as_of == dt.date(2020, 10, 9)


def test_as_of_from_a_period_is_its_end():
    c = one("وقال الرئيس الروسي الأسبوع الماضي إن الحصيلة باتت قريبة من 5 آلاف قتيل.", published="2020-10-31")
    assert c.as_of == dt.date(2020, 10, 25)


def test_as_of_skips_the_start_of_a_count():
    c = one("وبلغت الحصيلة الرسمية للمعارك منذ 27 سبتمبر 300 قتيل.", published="2020-10-09")
    assert c.as_of == dt.date(2020, 10, 9)


def test_as_of_defaults_to_publication_and_to_none():
    assert one("وقُتل 3 أشخاص.", published="2021-01-02").as_of == dt.date(2021, 1, 2)
    assert one("وقُتل 3 أشخاص.", published=None).as_of is None


# --- records, tables, CLI --------------------------------------------------------------------


def test_plain_string_input_and_spans(seeds):
    text = "عنوان الخبر\n\nوقالت الوزارة إن 5 أشخاص قتلوا وأصيب 10 آخرون."
    got = extract_claims(text)
    assert [c.low for c in got] == [5, 10]
    for c in got:
        assert text[c.span[0]:c.span[1]] == c.text
    for art in seeds:
        for c in extract_claims(art):
            assert art.raw[c.span[0]:c.span[1]] == c.text
            assert c.sentence in art.raw
            assert c.low <= c.high


def test_claim_is_frozen():
    c = one("وقُتل 3 أشخاص.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.value = 4  # type: ignore[misc]


def test_claims_table(seeds):
    table = claims_table(seeds)
    assert list(table.columns) == ["article", "outlet", "published", "text", "value", "low", "high",
                                   "qualifier", "measure", "subject", "side", "source_party",
                                   "source_text", "as_of", "sentence", "start_char", "end_char", "rule"]
    assert len(table) == sum(len(extract_claims(a)) for a in seeds)
    assert set(table["article"]) == {a.id for a in seeds}
    row = table.iloc[0]
    art = next(a for a in seeds if a.id == row["article"])
    assert art.raw[row["start_char"]:row["end_char"]] == row["text"]
    assert row["outlet"] == art.outlet and row["published"] == art.published
    assert table.groupby("measure")["low"].sum().loc["killed"] > 0
    empty = claims_table([])
    assert empty.empty and list(empty.columns) == list(table.columns)


def test_cli_claims_writes_csv(tmp_path):
    from karabakh_nb.cli import main

    out = tmp_path / "claims.csv"
    assert main(["claims", str(SEEDS), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    table = pd.read_csv(out)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert len(table) >= sum(len(g["claims"]) for g in gold) * 0.8
    assert {"article", "measure", "side", "source_party", "start_char", "end_char"} <= set(table.columns)


# --- the seed gold ---------------------------------------------------------------------------


def test_seed_gold():
    from karabakh_nb.evaluate import evaluate

    r = evaluate(GOLD, SEEDS, dimensions=["claims"])
    assert r.score("claims") >= 0.85
    for attr in ("subject", "side", "source_party"):
        assert r.score("claims", attr) >= 0.90, attr


# --- robustness and speed --------------------------------------------------------------------

_PIECES = [*"قتلمصرعأصيبنزوحجلدمرأسيعدبينهمطفلان ٠١٢٣456789،.:؛\"()-\nةىئءؤًٌٍَُِّْـ\u200f",
           "مقتل ", "بينهم ", "قتلوا ", " 1250 ", "نصف سكان ", "البالغ عددهم ", "بحسب ", "الآلاف ",
           "وقالت وزارة الدفاع ", "طفلان ", "آلاف ", "كل جانب ", "الأرمينية ", "إن ", "، "]
_ALPHABET = st.sampled_from(_PIECES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_never_raises_and_spans_are_valid(text):
    for conflict in ("karabakh", None):
        for c in extract_claims(text, conflict=conflict):
            assert text[c.span[0]:c.span[1]] == c.text
            assert c.low <= c.high


def test_speed_on_a_1000_character_article(seeds):
    art = min(seeds, key=lambda a: abs(len(a.raw) - 2500))
    extract_claims(art)  # warm the compiled lexicons
    n = 20
    t0 = time.perf_counter()
    for _ in range(n):
        extract_claims(art)
    per_1000 = (time.perf_counter() - t0) / n / len(art.raw) * 1000
    assert per_1000 < 0.05, f"{per_1000 * 1000:.1f} ms per 1000 characters"


def test_scope_count_equals_counting_every_match(sample_articles):
    from karabakh_nb.claims import load_gazetteer

    scope = load_gazetteer("karabakh").scope
    counted = 0
    for art in sample_articles:
        n = sum(1 for _ in scope.finditer(art.view.text))
        for limit in (1, 2, 5):
            assert scope.count(art.view.text, limit) == min(n, limit)
        counted += n
    assert counted > 20  # the seeds are about the conflict


def test_a_short_brief_naming_the_conflict_once_is_read_with_its_gazetteer():
    brief = "وقالت وزارة الدفاع الأرمينية إن 15 جنديا قتلوا."
    [c] = extract_claims(article_from_text(brief, "b", published=dt.date(2020, 10, 5)))
    assert (c.side, c.source_party) == ("armenia", "armenia")
    # the same single mention in a longer text about something else is not enough
    other = " ".join(["وتواصلت الاجتماعات في العاصمة لبحث ملفات الاقتصاد والطاقة."] * 4)
    [c] = extract_claims(article_from_text(f"{other} {brief}", "l", published=dt.date(2020, 10, 5)))
    assert c.side == "unknown"
