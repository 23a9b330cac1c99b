"""The evaluation: section 5 scoring, traceable errors, and the package's scores on the seed gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from conftest import GOLD, SEEDS
from karabakh_nb.cli import main
from karabakh_nb.evaluate import evaluate, gold_boilerplate_spans, match


def test_numbers_and_dates_on_the_seed_gold(seeds):
    report = evaluate(GOLD, seeds, dimensions=["numbers", "dates"])
    assert report.score("numbers") >= 0.95
    assert report.score("numbers", "qualifier") >= 0.95
    assert report.score("dates") >= 0.95
    assert report.score("dates", "grain") >= 0.95


def test_matching_is_one_to_one_and_prefers_the_same_text():
    gold = [{"text": "آلاف", "low": 3000, "high": 10000}, {"text": "الآلاف", "low": 3000, "high": 10000}]
    pred = [{"text": "الآلاف", "low": 3000, "high": 10000}]
    pairs, missed, false = match(gold, pred, ("low", "high"))
    assert [(g["text"], p["text"]) for g, p in pairs] == [("الآلاف", "الآلاف")]
    assert [g["text"] for g in missed] == ["آلاف"] and false == []


def test_a_repeated_title_is_located_after_the_title_itself():
    raw = (SEEDS / "001_3bac4744d1ebe7a2.txt").read_text(encoding="utf-8")
    title = "وقف إطلاق نار بين أرمينيا وأذربيجان"
    spans = gold_boilerplate_spans(raw, ["10/10/2020 [ 10:51 ]", title], title)
    first = raw.index(title)
    assert spans[1][0] > first and raw[spans[1][0]:spans[1][1]] == title


def test_a_one_word_tag_line_is_located_on_its_own_line_not_in_the_body():
    # set4's tag lines (أرمينيا, أذربيجان, القوقاز) come after a header the gold does not list:
    # a plain search put them on the same words in the body, scoring right output as wrong
    art_dir = Path(__file__).resolve().parent.parent / "benchmarks" / "e2e" / "set4"
    entry = next(g for g in json.loads((art_dir / "gold.json").read_text(encoding="utf-8"))
                 if g["article"] == "e4_03_sept2022")
    raw = (art_dir / "articles" / "e4_03_sept2022.txt").read_text(encoding="utf-8")
    spans = gold_boilerplate_spans(raw, entry["boilerplate"], entry["title"])
    also_in_body = 0
    for tag in ("أرمينيا", "أذربيجان", "القوقاز"):
        i, j = next(s for s in spans if raw[s[0]:s[1]] == tag)
        line_start, line_end = raw.rfind("\n", 0, i) + 1, raw.find("\n", j)
        assert raw[line_start:line_end if line_end >= 0 else None].strip() == tag
        also_in_body += raw.find(tag) < i
    assert also_in_body >= 2  # the words are in the body earlier too: a plain search finds those


def test_every_miss_and_false_hit_is_listed_with_its_text(tmp_path, seeds):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    bent = copy.deepcopy(gold)
    dropped = bent[0]["numbers"].pop(0)           # the package will find it: a false hit
    bent[1]["numbers"].append({"text": "سبعون", "value": 70, "low": 70, "high": 70,
                               "qualifier": "exact", "unit": None})  # never in the text: a miss
    bent[2]["dates"][0]["grain"] = "week"         # matched, wrong attribute
    report = evaluate(bent, seeds, dimensions=["numbers", "dates"])
    errs = report.errors
    assert ((errs.kind == "false_hit") & (errs.text == dropped["text"])).any()
    assert ((errs.kind == "miss") & (errs.text == "سبعون")).any()
    wrong = errs[errs.kind == "wrong_attribute"]
    assert wrong.detail.str.contains("grain: gold 'week', got 'day'").any()
    assert report.score("dates", "grain") < 1.0


def test_command_line_prints_errors_then_scores(capsys):
    assert main(["evaluate", str(GOLD), str(SEEDS)]) == 0
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["dimension", "gold"])
    assert header > 0 and lines[header - 1].startswith("Scores")
    rows = [line.split()[0] for line in lines[header + 1:]]
    assert rows[:2] == ["numbers", "dates"] and rows[-1] == "boilerplate"  # the scores come last
    assert "title accuracy: 1.000 (5/5)" in out
