"""Score the number and date extractors on other projects' public Arabic test suites.

    python benchmarks/suites.py [--failures] [--suite NAME] [--dimension numbers|dates]

The cases live in ``benchmarks/suites/<suite>_<numbers|dates>.jsonl`` (see the README
there for where each selection comes from, its licence, and what was left out of scope
and why). Nothing is fetched at run time. Each line is one case::

    {"id": ..., "source": {"repo": ..., "path": ..., "licence": ...}, "text": ...,
     "reference": "YYYY-MM-DD",            # dates only: the reference (publication) date
     "expect": [{"low": .., "high": .., "qualifier"?: ..}, ...]      # numbers
     "expect": [{"start": .., "end": .., "grain": ..}, ...]}         # dates

``expect`` lists every mention the guide (ANNOTATION.md sections 2 and 3) wants from the
text, in any order; an empty list means the text holds no number (or no date), so any
mention is a false positive. A case is correct when the extractor's mentions match the
list exactly: numbers on ``low``/``high`` (and ``qualifier`` where the case gives one),
dates on ``start``/``end``/``grain``. Prints, per suite and dimension, the number of
cases, the number correct and the share correct, then a Markdown table; ``--failures``
lists what came out wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from karabakh_nb.dates import extract_dates
from karabakh_nb.numbers import extract_numbers

SUITES_DIR = Path(__file__).resolve().parent / "suites"
DIMENSIONS = ("numbers", "dates")
BARS = {"numbers": 0.90, "dates": 0.85}


@dataclass
class Result:
    suite: str
    dimension: str
    cases: int = 0
    correct: int = 0
    failures: list[dict] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.correct / self.cases if self.cases else 0.0


def load_cases(dimension: str, suite: str | None = None) -> dict[str, list[dict]]:
    """{suite: cases} for one dimension, from ``benchmarks/suites/*_<dimension>.jsonl``."""
    out: dict[str, list[dict]] = {}
    for path in sorted(SUITES_DIR.glob(f"*_{dimension}.jsonl")):
        name = path.name[: -len(f"_{dimension}.jsonl")]
        if suite is not None and name != suite:
            continue
        with path.open(encoding="utf-8") as fh:
            out[name] = [json.loads(line) for line in fh if line.strip()]
    return out


def _key(x: float | int) -> float:
    return round(float(x), 9)


def predict_numbers(case: dict) -> list[dict]:
    return [{"low": m.low, "high": m.high, "qualifier": m.qualifier, "text": m.text}
            for m in extract_numbers(case["text"])]


def predict_dates(case: dict) -> list[dict]:
    ref = dt.date.fromisoformat(case["reference"]) if case.get("reference") else None
    return [{"start": m.start.isoformat() if m.start else None,
             "end": m.end.isoformat() if m.end else None, "grain": m.grain, "text": m.text}
            for m in extract_dates(case["text"], ref)]


def _match(expect: list[dict], got: list[dict], keys: tuple[str, ...], numeric: bool) -> bool:
    """Whether ``got`` holds exactly the mentions of ``expect`` (any order)."""
    if len(expect) != len(got):
        return False
    left = list(got)
    for want in expect:
        for i, g in enumerate(left):
            if all((_key(g[k]) == _key(want[k])) if numeric else g[k] == want[k] for k in keys) \
                    and all(g.get(k) == want[k] for k in want if k not in keys):
                del left[i]
                break
        else:
            return False
    return True


def score_case(dimension: str, case: dict) -> tuple[bool, list[dict]]:
    if dimension == "numbers":
        got = predict_numbers(case)
        return _match(case["expect"], got, ("low", "high"), True), got
    got = predict_dates(case)
    return _match(case["expect"], got, ("start", "end", "grain"), False), got


def run(dimensions: Iterable[str] = DIMENSIONS, suite: str | None = None) -> list[Result]:
    results = []
    for dim in dimensions:
        for name, cases in load_cases(dim, suite).items():
            res = Result(name, dim)
            for case in cases:
                ok, got = score_case(dim, case)
                res.cases += 1
                res.correct += ok
                if not ok:
                    res.failures.append({"id": case["id"], "text": case["text"],
                                         "expect": case["expect"], "got": got})
            results.append(res)
    return results


def totals(results: list[Result]) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for r in results:
        t = out.setdefault(r.dimension, Result("all", r.dimension))
        t.cases += r.cases
        t.correct += r.correct
    return out


def markdown(results: list[Result]) -> str:
    lines = ["| suite | dimension | cases | correct | share correct |", "|---|---|---:|---:|---:|"]
    for r in results + list(totals(results).values()):
        name = f"**{r.suite}**" if r.suite == "all" else r.suite
        lines.append(f"| {name} | {r.dimension} | {r.cases} | {r.correct} | {r.share:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list the cases that came out wrong")
    parser.add_argument("--suite", help="only this suite (file name prefix)")
    parser.add_argument("--dimension", choices=DIMENSIONS, help="only numbers or only dates")
    args = parser.parse_args(argv)
    dims = (args.dimension,) if args.dimension else DIMENSIONS
    results = run(dims, args.suite)
    for r in results + list(totals(results).values()):
        print(f"{r.suite:12s} {r.dimension:8s} cases {r.cases:4d}  correct {r.correct:4d}  "
              f"share {r.share:.3f}")
    if args.failures:
        for r in results:
            for f in r.failures:
                keep = ("low", "high", "qualifier") if r.dimension == "numbers" else (
                    "start", "end", "grain")
                got = [{k: g[k] for k in (*keep, "text")} for g in f["got"]]
                print(f"\nFAIL {f['id']}: {f['text']}\n  expect {f['expect']}\n  got    {got}")
    print()
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
