"""Snapshot the pipeline's output, to prove a speed change leaves it identical.

    python benchmarks/snapshot.py write OUT.pkl [--corpus DIR] [--workers 2]
    python benchmarks/snapshot.py compare A.pkl B.pkl

``write`` runs :func:`karabakh_nb.process_corpus` on every record of the shared
corpus (``../shared/corpus`` beside the repository, when present), every
``benchmarks/e2e/*/articles`` folder and the bundled ``seeds``, and pickles the
five tables (articles, numbers, dates, claims, errors). ``compare`` checks two
snapshots table by table, row for row (``source`` paths are compared from the
repository root on, so two checkouts compare equal), and prints ``ALL EQUAL`` or
the first difference of each table. It reads whatever ``karabakh_nb`` is
importable: point ``PYTHONPATH`` at a checkout's ``src`` to snapshot that one.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "numbers", "dates", "claims", "errors")


def sources(corpus: Path) -> list[Path]:
    """The inputs of a snapshot: the corpus files, each e2e articles folder, the seeds."""
    found = sorted(corpus.glob("*.jsonl")) + sorted(corpus.glob("*.jsonl.gz")) if corpus.is_dir() else []
    found += sorted((ROOT / "benchmarks" / "e2e").glob("*/articles"))
    found.append(ROOT / "seeds")
    return found


def write(out: Path, corpus: Path, workers: int) -> None:
    from karabakh_nb import process_corpus

    start = time.perf_counter()
    result = process_corpus([str(p) for p in sources(corpus)], workers=workers, quiet=True)
    tables = {t: getattr(result, t) for t in TABLES}
    with out.open("wb") as fh:
        pickle.dump(tables, fh)
    rows = ", ".join(f"{t} {len(f):,}" for t, f in tables.items())
    print(f"{out}: {rows} ({time.perf_counter() - start:.0f} s)")


def _rooted(frame: pd.DataFrame) -> pd.DataFrame:
    if "source" in frame:
        frame = frame.copy()
        frame["source"] = frame["source"].astype(str).map(
            lambda s: re.sub(r"^.*?/(benchmarks|seeds|shared)/", r"/ROOT/\1/", s))
    return frame


def compare(a: Path, b: Path) -> bool:
    left, right = (pickle.loads(p.read_bytes()) for p in (a, b))
    same = True
    for t in TABLES:
        try:
            pd.testing.assert_frame_equal(_rooted(left[t]), _rooted(right[t]))
        except AssertionError as exc:
            same = False
            print(f"{t}: DIFFERS\n{str(exc)[:2000]}")
    print("ALL EQUAL" if same else "DIFFERENT")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    w.add_argument("--workers", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.out, args.corpus, args.workers)
        return 0
    return 0 if compare(args.a, args.b) else 1


if __name__ == "__main__":
    sys.exit(main())
