"""Side-by-side with peers on the same gold and the same texts.

    python benchmarks/peers.py [GOLD.json ARTICLES_DIR] [--repeat N]

Runs this package's number and date extractors, dateparser's ``search_dates``
(``languages=['ar']``, relative base = the article's publication date) and
pyarabic's number reader (``extract_number_phrases`` + ``text2number``) over the
title and body of each gold article (boilerplate removed by this package's
cleaner for everyone), scores each by ANNOTATION.md section 5 (numbers match on
low/high, dates on start/end) and times it. Prints a Markdown table.

Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from karabakh_nb import load_article
from karabakh_nb.dates import extract_dates
from karabakh_nb.evaluate import Tally, match
from karabakh_nb.numbers import extract_numbers

ROOT = Path(__file__).resolve().parent.parent


def ours_numbers(text: str, ref: dt.date | None) -> list[dict]:
    return [{"text": m.text, "low": m.low, "high": m.high} for m in extract_numbers(text)]


def ours_dates(text: str, ref: dt.date | None) -> list[dict]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in extract_dates(text, ref)]


def pyarabic_numbers(text: str, ref: dt.date | None) -> list[dict]:
    from pyarabic.number import extract_number_phrases, text2number

    out = []
    for phrase in extract_number_phrases(text):
        digits = phrase.replace(",", "").replace("\u066c", "")
        try:
            value: float = float(digits)
        except ValueError:
            value = text2number(phrase)
        if value:
            value = int(value) if float(value).is_integer() else value
            out.append({"text": phrase, "low": value, "high": value})
    return out


def dateparser_dates(text: str, ref: dt.date | None) -> list[dict]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(ref, dt.time())} if ref else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ar"], settings=settings) or []
    return [{"text": s, "start": d.date(), "end": d.date()} for s, d in found]


def forget() -> None:
    """Empty the extractors' caches of recent results."""
    from karabakh_nb import dates, numbers

    numbers.clear_cache()
    dates.clear_cache()


SYSTEMS: list[tuple[str, str, Callable[[str, dt.date | None], list[dict]]]] = [
    ("karabakh-nb", "numbers", ours_numbers),
    ("pyarabic", "numbers", pyarabic_numbers),
    ("karabakh-nb", "dates", ours_dates),
    ("dateparser", "dates", dateparser_dates),
]
KEYS = {"numbers": ("low", "high"), "dates": ("start", "end")}


def run(gold_path: Path, articles_dir: Path, repeat: int) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    arts = {g["article"]: load_article(articles_dir / f"{g['article']}.txt") for g in gold}
    rows = []
    for system, dim, fn in SYSTEMS:
        tally = Tally()
        for g in gold:
            art = arts[g["article"]]
            pred = [p for seg in art.content() for p in fn(seg.text, art.published)]
            pairs, missed, false = match(g[dim], pred, KEYS[dim])
            tally.tp += len(pairs)
            tally.fn += len(missed)
            tally.fp += len(false)
        start = time.perf_counter()
        for _ in range(repeat):
            forget()  # time real scans, not the extractors' memory of recent sentences
            for art in arts.values():
                for seg in art.content():
                    fn(seg.text, art.published)
        seconds = time.perf_counter() - start
        rows.append({"system": system, "dimension": dim, "precision": tally.precision,
                     "recall": tally.recall, "f1": tally.f1,
                     "articles_per_s": repeat * len(arts) / seconds})
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| system | dimension | precision | recall | F1 | articles/s |",
             "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['system']} | {r['dimension']} | {r['precision']:.3f} | "
                     f"{r['recall']:.3f} | {r['f1']:.3f} | {r['articles_per_s']:,.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=ROOT / "tests" / "gold" / "seeds.json", type=Path)
    parser.add_argument("articles", nargs="?", default=ROOT / "seeds", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="timing repetitions over the texts")
    args = parser.parse_args(argv)
    rows = run(args.gold, args.articles, args.repeat)
    print(f"# python benchmarks/peers.py {args.gold.name} {args.articles.name} --repeat {args.repeat}")
    print(f"# python {sys.version.split()[0]}, {len(json.loads(args.gold.read_text()))} gold articles")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
