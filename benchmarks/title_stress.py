"""Title stress benchmark: is the headline still found when unknown chrome stands above it?

Every page of ``benchmarks/e2e/set1..set9``, ``meta1`` and ``meta2`` with its gold title is
varied (deterministically, fixed seed): one line of a kind the rules may not know is put above
the headline, at the top of the page or right above the headline (between a menu and it), made
from templates with this file's own vocabulary (section labels, slogans, app promos, odd date
stamps, Latin lines, hashtag rows, tickers, label rows with '•', English breadcrumbs, price,
weather and currency tickers); and a known chrome line right above the headline is removed.

Printed: title accuracy per kind of variant and overall, and boilerplate precision (characters
taken as chrome that are gold chrome or an inserted line) with the count of body lines taken as
chrome that were not on the unvaried page. A benchmark, not a test (``tests/test_title_stress.py``
runs it on a few pages)::

    python benchmarks/title_stress.py [--per-page N] [--failures]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from karabakh_nb.cleaning import clean
from karabakh_nb.evaluate import gold_boilerplate_spans

E2E = Path(__file__).resolve().parent / "e2e"
SETS = [f"set{n}" for n in range(1, 10)] + ["meta1", "meta2"]
SEED = 15

#: Lines of kinds a page's header may show, by kind; ``{n}``, ``{d}``, ``{m}``, ``{h}``, ``{i}`` are
#: filled with numbers (``{d}`` a day, ``{m}`` a month, ``{h}`` an hour, ``{i}`` minutes).
TEMPLATES: dict[str, list[str]] = {
    "section_label": ["شؤون محلية", "تقارير وتحقيقات", "ملفات ساخنة", "قضايا إقليمية", "منوعات ثقافية"],
    "slogan": ["صحيفة عربية مستقلة", "صحيفة إلكترونية يومية مستقلة", "منبر الكلمة الحرة",
               "صوت الشارع منذ 19{n}", "جريدة يومية سياسية مستقلة"],
    "promo": ["حمّل التطبيق الآن", "اشترك في النشرة البريدية مجانا", "تابعونا على تيليغرام",
              "جرّب النسخة الرقمية الكاملة", "حمل تطبيقنا على هاتفك"],
    "odd_date": ["20{n}/{m}/{d} - {h}:{i}", "{d}.{m}.20{n} | {h}:{i} GMT", "{h}:{i} - {d}/{m}/20{n}",
                 "آخر تحديث: {h}:{i} ت.غ", "20{n}-{m}-{d}T{h}:{i}"],
    "latin": ["Latest News", "ARABIC EDITION", "www.almarsad-news.com", "Breaking", "LIVE"],
    "hashtags": ["#أخبار_اليوم #عاجل", "#الشرق_الأوسط #سياسة #تقارير", "#ترند #متابعات"],
    "ticker": ["عاجل | ارتفاع أسعار الوقود في الأسواق المحلية", "عاجل | افتتاح معرض الكتاب الدولي",
               "عاجل | تعليق الدراسة غدا بسبب الأمطار"],
    "bullet_row": ["سياسة • اقتصاد • رياضة • ثقافة", "الأكثر قراءة • فيديو • صور",
                   "محليات • دوليات • رأي"],
    "breadcrumb": ["Home > World > Middle East", "Home / News / Politics", "News » Region » Caucasus"],
    "market_ticker": ["الدولار 3.{n} | اليورو 4.{d} | الذهب {h}{i} دولار", "الرياض 3{d}° | جدة 3{m}°",
                      "برنت 8{d}.{i}$ ▲ 0.{m}%", "مؤشر السوق {h}{i}.{n} نقطة ▼"],
}
POSITIONS = ("top", "above_headline")


@dataclass
class Page:
    set: str
    id: str
    raw: str
    title: str
    gold_chars: set[int]
    title_at: int  # the start of the headline's line


@dataclass
class Tally:
    n: int = 0
    ok: int = 0
    failures: list[str] = field(default_factory=list)


def load_pages(sets: list[str] = SETS) -> list[Page]:
    pages = []
    for name in sets:
        for entry in json.loads((E2E / name / "gold.json").read_text(encoding="utf-8")):
            raw = (E2E / name / "articles" / f"{entry['article']}.txt").read_text(encoding="utf-8")
            title = entry.get("title")
            at = raw.find(title) if title else -1
            if at < 0:
                continue
            line_at = raw.rfind("\n", 0, at) + 1
            chars = {i for a, b in gold_boilerplate_spans(raw, entry.get("boilerplate", []), title)
                     for i in range(a, b)}
            pages.append(Page(name, entry["article"], raw, title, chars, line_at))
    return pages


def _fill(template: str, rng: random.Random) -> str:
    return template.format(n=rng.randint(10, 99), d=rng.randint(1, 9), m=rng.randint(1, 9),
                           h=rng.randint(10, 23), i=rng.randint(10, 59))


def variants(page: Page, rng: random.Random, per_page: int | None) -> list[tuple[str, str, set[int]]]:
    """(kind, raw, chrome characters) for each variant of ``page``."""
    out = []
    plan = [(kind, pos) for kind in TEMPLATES for pos in POSITIONS]
    if per_page is not None:
        plan = rng.sample(plan, min(per_page, len(plan)))
    for kind, pos in plan:
        line = _fill(rng.choice(TEMPLATES[kind]), rng)
        at = 0 if pos == "top" else page.title_at
        block = line + "\n"
        raw = page.raw[:at] + block + page.raw[at:]
        chars = {i + len(block) if i >= at else i for i in page.gold_chars} | set(range(at, at + len(line)))
        out.append((f"{kind}@{pos}", raw, chars))
    # a known chrome line right above the headline removed (the rules must not need it)
    above_end = page.title_at - 1
    if above_end > 0:
        above_at = page.raw.rfind("\n", 0, above_end) + 1
        line = page.raw[above_at:above_end]
        if line.strip() and all(i in page.gold_chars for i in range(above_at, above_end) if not
                                page.raw[i].isspace()):
            raw = page.raw[:above_at] + page.raw[page.title_at:]
            cut = page.title_at - above_at
            chars = {i - cut if i >= page.title_at else i for i in page.gold_chars if not above_at <= i <
                     page.title_at}
            out.append(("removed_line_above", raw, chars))
    return out


def _chrome(raw: str) -> tuple[str | None, set[int]]:
    c = clean(raw)
    return (c.title.text if c.title else None,
            {i for s in c.boilerplate for i in range(*s.span) if not raw[i].isspace()})


def run(pages: list[Page], per_page: int | None = 4, seed: int = SEED) -> dict:
    """Score every variant of ``pages``: per kind title accuracy; boilerplate precision."""
    rng = random.Random(seed)
    kinds: dict[str, Tally] = {}
    base = Tally()
    tp = fp = new_body = base_tp = base_fp = base_body = 0
    for page in pages:
        title, pred = _chrome(page.raw)
        base.n += 1
        base.ok += title == page.title
        gold_vis = {i for i in page.gold_chars if not page.raw[i].isspace()}
        base_tp += len(pred & gold_vis)
        base_fp += len(pred - gold_vis)
        base_body += len(_lines_of(page.raw, pred - gold_vis))
        for kind, raw, gold in variants(page, rng, per_page):
            title, pred = _chrome(raw)
            t = kinds.setdefault(kind.split("@")[0], Tally())
            t.n += 1
            if title == page.title:
                t.ok += 1
            else:
                t.failures.append(f"{page.set}/{page.id} {kind}: got {title!r}")
            gold_vis = {i for i in gold if not raw[i].isspace()}
            tp += len(pred & gold_vis)
            wrong = pred - gold_vis
            fp += len(wrong)
            new_body += len(_lines_of(raw, wrong))
    return {"base": base, "kinds": kinds, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "body_lines_as_chrome": new_body, "base_precision": base_tp / (base_tp + base_fp or 1),
            "base_body_lines_as_chrome": base_body}


def _lines_of(raw: str, chars: set[int]) -> set[int]:
    return {raw.rfind("\n", 0, i) + 1 for i in chars}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-page", type=int, default=None,
                    help="variants a page (a fixed-seed sample; default: all kinds at both places)")
    ap.add_argument("--failures", action="store_true", help="list the variants whose title is wrong")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    pages = load_pages()
    res = run(pages, args.per_page)
    total = Tally()
    print(f"{'variant kind':22} {'n':>5} {'title ok':>9} {'acc':>6}")
    b = res["base"]
    print(f"{'(unvaried pages)':22} {b.n:5} {b.ok:9} {b.ok / b.n:6.3f}")
    for kind, t in res["kinds"].items():
        total.n += t.n
        total.ok += t.ok
        total.failures += t.failures
        print(f"{kind:22} {t.n:5} {t.ok:9} {t.ok / t.n:6.3f}")
    print(f"{'ALL VARIANTS':22} {total.n:5} {total.ok:9} {total.ok / total.n:6.3f}")
    print(f"boilerplate precision (chars): unvaried {res['base_precision']:.4f}, variants "
          f"{res['precision']:.4f}; non-chrome lines taken as chrome: unvaried "
          f"{res['base_body_lines_as_chrome']}, variants {res['body_lines_as_chrome']}"
          f"  [{time.perf_counter() - t0:.1f}s]")
    if args.failures:
        print("\n".join(total.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
