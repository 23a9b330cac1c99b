"""Shared code of the hand-written gold builders (set4/, set5/, set6/ build_gold.py).

Each set's build_gold.py holds only its annotations, written with the helpers below
(N, V, R, D for numbers and dates, C, CV for claims, and an ``article`` function made by
``collector``), and ends with a call to ``main`` giving its set-specific check parameters.
``build`` turns the annotations into gold records (boilerplate, body, claim sentences),
``check`` runs the mechanical gold checks, and ``main`` writes gold.json and prints a summary.
This module is not run by itself: run e.g. python benchmarks/e2e/set4/build_gold.py.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

E2E = Path(__file__).resolve().parent

SENT_SPLIT = re.compile(r"(?<=[.!؟])\s+")


# ================================================================ annotation helpers
def N(text, value=None, qual="exact", unit=None, low=None, high=None):
    if qual == "range" or qual == "vague":
        assert value is None and low is not None and high is not None
    else:
        low = high = value
    return {"text": text, "value": value, "low": low, "high": high,
            "qualifier": qual, "unit": unit}


def V(text, unit, scale):
    """vague quantity: scale is the unit of عشرات (10), مئات (100), آلاف (1000) ..."""
    return N(text, None, "vague", unit, 3 * scale, 10 * scale)


def R(text, low, high, unit):
    return N(text, None, "range", unit, low, high)


def D(text, start, end=None, grain="day", rel=True):
    return {"text": text, "start": start, "end": end or start, "grain": grain,
            "relative": rel}


def C(text, value, qual, measure, subject, side, party, src, key=None, as_of=None,
      low=None, high=None):
    """key: a substring locating the claim's sentence (default: the source words or text)."""
    if qual in ("range", "vague"):
        assert value is None
    else:
        low = high = value
    return {"text": text, "value": value, "low": low, "high": high, "qualifier": qual,
            "measure": measure, "subject": subject, "side": side,
            "source_party": party, "source_text": src,
            "_key": key, "_as_of": as_of}


def CV(text, scale, measure, subject, side, party, src, key=None, as_of=None):
    return C(text, None, "vague", measure, subject, side, party, src, key, as_of,
             3 * scale, 10 * scale)


def collector(articles):
    """Return the ``article(...)`` function that appends one annotated page to ``articles``."""
    def article(stem, outlet, published, title, body_start, body_end, inner_bp,
                numbers, dates, claims):
        articles.append(dict(stem=stem, outlet=outlet, published=published, title=title,
                             body_start=body_start, body_end=body_end, inner_bp=inner_bp,
                             numbers=numbers, dates=dates, claims=claims))
    return article


# ================================================================ build
def sentences(line):
    return [s for s in SENT_SPLIT.split(line.strip()) if s]


def build(articles, art):
    """Gold records of the annotated ``articles``, whose texts are in the folder ``art``."""
    manifest = (art / "manifest.csv").read_text(encoding="utf-8")
    out = []
    for a in articles:
        raw = (art / f"{a['stem']}.txt").read_text(encoding="utf-8")
        assert a["stem"] + ".txt" in manifest, a["stem"]
        lines = [ln.strip() for ln in raw.splitlines()]
        nonempty = [ln for ln in lines if ln]
        ti = nonempty.index(a["title"])
        bs = [i for i, ln in enumerate(nonempty) if ln.startswith(a["body_start"])]
        be = [i for i, ln in enumerate(nonempty) if ln.startswith(a["body_end"])]
        assert len(bs) == 1 and len(be) == 1, (a["stem"], bs, be)
        bs, be = bs[0], be[0]
        assert ti < bs <= be
        for ln in a["inner_bp"]:
            assert ln in nonempty[bs:be + 1], (a["stem"], ln)
        boiler = [ln for i, ln in enumerate(nonempty)
                  if i != ti and (i < bs or i > be or ln in a["inner_bp"])]
        body_lines = [ln for ln in nonempty[bs:be + 1] if ln not in a["inner_bp"]]
        content = [a["title"]] + body_lines
        claims = []
        for c in a["claims"]:
            key = c.pop("_key") or c["source_text"] or c["text"]
            as_of = c.pop("_as_of") or a["published"]
            cands = [s for ln in content for s in sentences(ln) if key in s and c["text"] in s]
            if not cands and key in a["title"]:
                cands = [a["title"]]
            assert len(cands) == 1, (a["stem"], key, cands)
            c["as_of"] = as_of
            c["sentence"] = cands[0]
            claims.append({k: c[k] for k in (
                "text", "value", "low", "high", "qualifier", "measure", "subject", "side",
                "source_party", "source_text", "sentence", "as_of")})
        out.append({"article": a["stem"], "outlet": a["outlet"], "published": a["published"],
                    "title": a["title"], "boilerplate": boiler, "numbers": a["numbers"],
                    "dates": a["dates"], "claims": claims,
                    "_body": "\n".join(content)})
    return out


# ================================================================ check
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague"}
MEASURES = {"killed", "injured", "displaced", "evacuated", "destroyed", "captured", "detained",
            "other"}
SUBJECTS = {"people", "civilians", "soldiers", "children", "journalists", "equipment",
            "places", "other"}
SIDES = {"armenia", "azerbaijan", "both", "russia", "unknown"}
PARTIES = {"azerbaijan", "armenia", "karabakh", "russia", "turkey", "france", "usa",
           "international", "media", "unknown"}


def _bounds_error(x: dict) -> str | None:
    """What is wrong with a number's or a claim's value and bounds, if anything: a range or a
    vague quantity has no value and low < high; any other has value == low == high."""
    if x["qualifier"] in ("range", "vague"):
        return "bad range" if x["value"] is not None or not x["low"] < x["high"] else None
    return None if x["value"] == x["low"] == x["high"] else "bad bounds"


def check(gold, art, keys_from, non_karabakh_from, min_words=150, max_words=450,
          bound_exceptions=(), claims_per_page=None, dual_endings=False):
    """Mechanical checks of ``gold`` (from ``build``; pops each record's ``_body``).

    art: the folder of the article texts.
    keys_from: a gold or seeds JSON file whose first record gives the field order.
    non_karabakh_from: the first stem of the non-Karabakh pages (their side must be
        unknown and their source party media, international or unknown).
    min_words, max_words: the allowed body length in words (the title excluded).
    bound_exceptions: claim texts whose bounds may differ from their number mention's.
    claims_per_page: (low, high) claims per page, or None for no limit.
    dual_endings: a claim of value 2 without a number mention must end in ان or ين.
    Returns the list of error messages.
    """
    errors = []

    def err(stem, msg):
        errors.append(f"{stem}: {msg}")

    ref = json.loads(Path(keys_from).read_text(encoding="utf-8"))
    keys3 = list(ref[0].keys())
    for a in gold:
        stem = a["article"]
        body = a.pop("_body")
        if list(a.keys()) != keys3:
            err(stem, f"keys {list(a.keys())} != {keys3}")
        raw = (art / f"{stem}.txt").read_text(encoding="utf-8")
        raw_lines = [ln.strip() for ln in raw.splitlines()]
        pub = dt.date.fromisoformat(a["published"])
        if a["title"] not in raw_lines:
            err(stem, "title is not a line")
        for b in a["boilerplate"]:
            if b not in raw_lines:
                err(stem, f"boilerplate not a line: {b}")
        body_only = body.split("\n", 1)[1]
        words = len(body_only.split())
        if not min_words <= words <= max_words:
            err(stem, f"body has {words} words")
        # numbers
        for n in a["numbers"]:
            if body.count(n["text"]) < sum(1 for m in a["numbers"] if m["text"] == n["text"]):
                err(stem, f"number text too rare in body: {n['text']}")
            if n["qualifier"] not in QUALS:
                err(stem, f"qualifier {n['qualifier']}")
            if (bad := _bounds_error(n)) is not None:
                err(stem, f"{bad} {n}")
            if n["unit"] is not None and n["unit"] not in body:
                err(stem, f"unit not in body {n['unit']}")
        # dates
        for d in a["dates"]:
            if body.count(d["text"]) < sum(1 for e in a["dates"] if e["text"] == d["text"]):
                err(stem, f"date text too rare in body: {d['text']}")
            s, e = dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])
            if s > e:
                err(stem, f"start>end {d}")
            if d["grain"] not in ("day", "week", "month", "year", "decade"):
                err(stem, f"grain {d}")
            if d["grain"] == "day" and (e - s).days > 1:
                err(stem, f"day span {d}")
            if d["grain"] == "week" and not (s.weekday() == 0 and (e - s).days == 6):
                err(stem, f"week not Mon-Sun {d}")
            if d["grain"] == "month" and s.day != 1:
                err(stem, f"month start {d}")
            if d["grain"] == "year" and not (s.month == 1 and s.day == 1 and e.month == 12
                                             and e.day == 31):
                err(stem, f"year bounds {d}")
            if d["relative"] and d["grain"] in ("day",) and s > pub and not any(
                    w in d["text"] for w in ("غدا", "المقبل")):
                err(stem, f"relative day after published {d}")
            for w, k in WEEKDAYS.items():
                if w in d["text"] and d["grain"] == "day":
                    if d["text"].startswith("ليل"):
                        continue
                    if s.weekday() != k and e.weekday() != k:
                        err(stem, f"weekday mismatch {d}")
        # claims
        for c in a["claims"]:
            if c["text"] not in c["sentence"]:
                err(stem, f"claim text not in sentence {c['text']}")
            if c["sentence"] not in body:
                err(stem, f"sentence not in body {c['sentence'][:40]}")
            if c["source_text"] is not None and c["source_text"] not in c["sentence"]:
                err(stem, f"source not in sentence {c['source_text']}")
            if c["measure"] not in MEASURES or c["subject"] not in SUBJECTS:
                err(stem, f"measure/subject {c}")
            if c["side"] not in SIDES or c["source_party"] not in PARTIES:
                err(stem, f"side/party {c}")
            if (bad := _bounds_error(c)) is not None:
                err(stem, f"{bad.replace('bad', 'bad claim')} {c}")
            if dt.date.fromisoformat(c["as_of"]) > pub:
                err(stem, f"as_of after published {c}")
            matching = [n for n in a["numbers"] if n["text"] == c["text"]]
            if matching:
                if not any((n["low"], n["high"]) == (c["low"], c["high"]) for n in matching) \
                        and c["text"] not in bound_exceptions:
                    err(stem, f"claim bounds differ from its number {c['text']}")
            elif c["value"] != 2:
                err(stem, f"claim without a number mention {c['text']}")
            if stem >= non_karabakh_from and c["side"] != "unknown":
                err(stem, "non-Karabakh side must be unknown")
            if stem >= non_karabakh_from and c["source_party"] not in (
                    "media", "international", "unknown"):
                err(stem, "non-Karabakh party")
        if claims_per_page is not None:
            lo, hi = claims_per_page
            if not lo <= len(a["claims"]) <= hi:
                err(stem, f"{len(a['claims'])} claims")
        if dual_endings:
            for c in a["claims"]:
                if c["value"] == 2 and not any(n["text"] == c["text"] for n in a["numbers"]):
                    if not re.search(r"(ان|ين)$", c["text"]):
                        err(stem, f"dual claim without dual ending {c['text']}")
    return errors


# ================================================================ main
def main(here, articles, **check_args):
    """Build the gold of the set folder ``here``, check it, write here/gold.json, print a
    summary and exit 1 if a check failed. check_args go to ``check`` (art is here/articles).
    """
    here = Path(here)
    art = here / "articles"
    gold = build(articles, art)
    errors = check(gold, art, **check_args)
    for e in errors:
        print("ERROR", e)
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    for a in gold:
        print(f"{a['article']:22s} numbers {len(a['numbers']):2d} dates {len(a['dates']):2d} "
              f"claims {len(a['claims']):2d} boilerplate {len(a['boilerplate']):2d}")
    sys.exit(1 if errors else 0)


# ================================================================ chrome sets (meta5 on)
def chrome_checks(gold, art, pages=30, body_words=(60, 150)):
    """The chrome sets' own asserts (``check`` is for claims and is not used): ``pages`` pages of as
    many outlets, each title once as a line and no boilerplate, every boilerplate line a raw line,
    bodies of ``body_words`` words in two lines or more, numbers, dates and claims empty."""
    assert len(gold) == pages
    outlets = [a["outlet"] for a in gold]
    assert len(set(outlets)) == pages, "outlets must all differ"
    for a in gold:
        stem = a["article"]
        lines = [ln.strip() for ln in (art / f"{stem}.txt").read_text(encoding="utf-8").splitlines()]
        assert lines.count(a["title"]) == 1, (stem, "title must occur once as a line")
        assert a["outlet"] and a["published"], stem
        assert len(a["published"]) == 10 and a["published"][4] == "-", stem
        for b in a["boilerplate"]:
            assert b in lines, (stem, b)
        assert a["title"] not in a["boilerplate"], stem
        assert a["numbers"] == [] and a["dates"] == [] and a["claims"] == [], stem
        body = a["_body"].split("\n", 1)[1]
        words = len(body.split())
        assert body_words[0] <= words <= body_words[1], (stem, words)
        assert len(body.split("\n")) >= 2, stem


def main_chrome(here, articles, **check_args):
    """Build the chrome set of the folder ``here``, run :func:`chrome_checks`, write here/gold.json
    and print each page's body words and boilerplate lines."""
    here = Path(here)
    gold = build(articles, here / "articles")
    chrome_checks(gold, here / "articles", **check_args)
    width = max(len(a["article"]) for a in gold) + 4
    for a in gold:
        words = len(a["_body"].split("\n", 1)[1].split())
        print(f"{a['article']:{width}s} body words {words:3d}  boilerplate {len(a['boilerplate']):2d}")
        a.pop("_body")
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
