"""Compact e2e score lines: one per set (F1 per dimension, title/published/outlet counts).

    python benchmarks/e2e_scores.py [ROOT] [SET ...]   # sets: seeds, set1..set15, meta1..meta6

ROOT is a checkout (default: this one); sets default to all of them. Two checkouts
whose lines are byte-identical score the same on every gold file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from karabakh_nb.evaluate import evaluate

HERE = Path(__file__).resolve().parent.parent


def sets_of(root: Path) -> list[str]:
    found = sorted((p.parent.name for p in (root / "benchmarks" / "e2e").glob("*/gold.json")),
                   key=lambda s: (s.startswith("meta"), len(s), s))
    return ["seeds", *found]


def line(root: Path, name: str) -> str:
    if name == "seeds":
        gold, articles = root / "tests" / "gold" / "seeds.json", root / "seeds"
    else:
        gold, articles = root / "benchmarks" / "e2e" / name / "gold.json", \
            root / "benchmarks" / "e2e" / name / "articles"
    report = evaluate(gold, articles)
    parts = [f"{row.dimension.split()[0][:4]} {row.f1:.3f}"
             for row in report.scores.itertuples(index=False)]
    meta = report.metadata
    parts += [f"{c[0]}{int(meta[c + '_ok'].sum())}/{len(meta)}"
              for c in ("title", "published", "outlet") if c + "_ok" in meta]
    return f"{name} " + " ".join(parts)


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else HERE
    for name in argv[1:] or sets_of(root):
        print(line(root, name), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
