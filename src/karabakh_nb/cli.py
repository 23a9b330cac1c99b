"""Command line: ``python -m karabakh_nb COMMAND ...``.

Commands:

* ``evaluate GOLD.json ARTICLES_DIR`` -- score the package on a gold file;
* ``articles PATH... [-o OUT]`` -- the corpus table (one row per article);
* ``numbers PATH... [-o OUT]`` / ``dates PATH... [-o OUT]`` / ``claims PATH... [-o OUT]``
  -- one row per mention or claim.

``PATH`` is a folder (its ``.txt``, ``.jsonl`` and ``.jsonl.gz`` files), a
``manifest.csv``, article files or JSON Lines files; ``OUT`` is written as CSV,
Parquet or JSON Lines by its suffix (default: CSV on standard output). Parquet is
written chunk by chunk, so memory stays flat on any corpus size. These commands run
:func:`karabakh_nb.batch.process_corpus`: ``--engine local`` (a process pool,
``--workers N``, default every core) or ``--engine dask`` (the Dask cluster at
``--scheduler ADDRESS``, else Dask's local process scheduler); ``--quiet`` hides the
progress bar and the summary. Inputs that cannot be processed are reported on
standard error; the exit status is 1 when there was any.

    python -m karabakh_nb claims CORPUS -o out.parquet --engine dask --workers 8
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
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


_SUFFIXES = (".csv", ".parquet", ".jsonl", ".json")


def _run_batch(args: argparse.Namespace) -> int:
    """One table of one run of :func:`~karabakh_nb.batch.process_corpus`, written to ``args.out``."""
    from .batch import process_corpus

    table = args.command
    out = None if args.out in (None, "-") else Path(args.out)
    if out is not None and out.suffix.lower() not in _SUFFIXES:
        raise SystemExit(f"{args.out}: unknown output format {out.suffix!r} (use .csv, .parquet or .jsonl)")
    options = {"engine": args.engine, "workers": args.workers, "quiet": args.quiet,
               "tables": (table,), "scheduler": args.scheduler}
    if getattr(args, "conflict", None) is not None:
        options["conflict"] = None if args.conflict.lower() == "none" else args.conflict
    if out is not None and out.suffix.lower() == ".parquet":  # streamed: memory stays flat
        out.parent.mkdir(parents=True, exist_ok=True)
        parts = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        try:
            result = process_corpus(args.paths, out=parts, **options)
            os.replace(result.paths[table], out)
        finally:
            shutil.rmtree(parts, ignore_errors=True)
    else:
        result = process_corpus(args.paths, **options)
        write_table(getattr(result, table), args.out)
    for source, reason in result.errors.itertuples(index=False):
        print(f"skipped {source}: {reason}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if not args.quiet:
        c = result.counts
        print(f"{c['inputs']} inputs: {c['articles']} articles processed, {c['errors']} not "
              f"processed" + (f"; {c[table]} {table}" if table != "articles" else ""), file=sys.stderr)
    return 1 if result.counts["errors"] else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m karabakh_nb",
                                     description="Arabic news: numbers, dates, claims, sources.")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("evaluate", help="score the package on a gold file (ANNOTATION.md section 5)")
    ev.add_argument("gold", help="gold JSON written by ANNOTATION.md")
    ev.add_argument("articles", help="folder with the gold's <article>.txt files")
    ev.add_argument("--max-errors", type=int, default=None, help="list at most this many errors")
    for name, help_ in (("articles", "one row per article"), ("numbers", "one row per number"),
                        ("dates", "one row per date"), ("claims", "one row per casualty claim")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("paths", nargs="+",
                       help="folder, manifest.csv, article files or JSON Lines (.jsonl, .jsonl.gz)")
        p.add_argument("-o", "--out", default=None, help="output file: .csv, .parquet or .jsonl")
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: a process pool (default); dask: a Dask cluster")
        p.add_argument("--workers", type=int, default=None, metavar="N",
                       help="worker processes (default: every core; 1: no pool)")
        p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: the address of a running Dask scheduler")
        p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
        if name == "claims":
            p.add_argument("--conflict", default=None, metavar="NAME",
                           help="gazetteer of sides and parties: a name (default: karabakh), a JSON "
                                "file, or 'none' for the generic one alone (a corpus on another conflict)")
    args = parser.parse_args(argv)

    if args.command == "evaluate":
        from .evaluate import evaluate, format_report

        print(format_report(evaluate(args.gold, args.articles), max_errors=args.max_errors))
        return 0
    return _run_batch(args)
