"""Command line: ``python -m karabakh_nb COMMAND ...``.

Commands:

* ``evaluate GOLD.json ARTICLES_DIR`` -- score the package on a gold file;
* ``articles PATH... [-o OUT]`` -- the corpus table (one row per article);
* ``numbers PATH... [-o OUT]`` / ``dates PATH... [-o OUT]`` -- one row per mention.

``PATH`` is a folder of ``.txt`` articles, a ``manifest.csv`` or article files;
``OUT`` is written as CSV, Parquet or JSON Lines by its suffix (default: CSV on
standard output). Files that cannot be read are reported on standard error and
skipped; the exit status is 1 when any was.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd


def write_table(table: pd.DataFrame, out: str | None) -> None:
    """Write ``table`` to ``out`` by its suffix (.csv, .parquet, .jsonl/.json), or CSV to stdout."""
    if out is None or out == "-":
        table.to_csv(sys.stdout, index=False)
        return
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        table.to_parquet(path, index=False)
    elif suffix in (".jsonl", ".json"):
        table.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")
    elif suffix == ".csv":
        table.to_csv(path, index=False)
    else:
        raise SystemExit(f"{out}: unknown output format {suffix!r} (use .csv, .parquet or .jsonl)")


def _load(paths: Sequence[str]):
    from .loading import Corpus, load_corpus

    corpus = Corpus()
    for p in paths:
        part = load_corpus(p, on_error="skip") if Path(p).is_dir() or p.endswith(".csv") \
            else load_corpus([p], on_error="skip")
        corpus.extend(part)
        corpus.skipped.extend(part.skipped)
    for path, reason in corpus.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m karabakh_nb",
                                     description="Arabic news: numbers, dates, claims, sources.")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("evaluate", help="score the package on a gold file (ANNOTATION.md section 5)")
    ev.add_argument("gold", help="gold JSON written by ANNOTATION.md")
    ev.add_argument("articles", help="folder with the gold's <article>.txt files")
    ev.add_argument("--max-errors", type=int, default=None, help="list at most this many errors")
    for name, help_ in (("articles", "one row per article"), ("numbers", "one row per number"),
                        ("dates", "one row per date")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("paths", nargs="+", help="folder, manifest.csv or article files")
        p.add_argument("-o", "--out", default=None, help="output file: .csv, .parquet or .jsonl")
    args = parser.parse_args(argv)

    if args.command == "evaluate":
        from .evaluate import evaluate, format_report

        print(format_report(evaluate(args.gold, args.articles), max_errors=args.max_errors))
        return 0
    corpus = _load(args.paths)
    from .mentions import corpus_table, mentions_table

    table = corpus_table(corpus) if args.command == "articles" \
        else mentions_table(corpus, args.command)
    write_table(table, args.out)
    return 1 if corpus.skipped else 0
