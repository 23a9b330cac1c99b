"""Throughput of the whole pipeline (load, clean, numbers, dates, claims) on real Arabic news.

    python benchmarks/throughput.py [CORPUS] [--scales 1,4,16] [--scale-limit N] [--profile 500]

CORPUS is a folder, a ``.jsonl``/``.jsonl.gz`` file or anything
:func:`karabakh_nb.process_corpus` reads (default: ``../shared/corpus`` beside the
repository, 5,000 SaudiNewsNet articles). For each scale k the corpus is streamed
k times over (the same records again, under renamed ids; nothing is held in
memory: the tables go to Parquet in a temporary folder), once in one process and
once on every core. Each run is a fresh child process, so its peak memory
(``ru_maxrss`` of the process and of its pool workers) is its own.

The reference is ``dateparser.search_dates(text, languages=["ar"])``, dates
alone, on the first ``--dateparser-subset`` articles (it is slow); the pipeline
runs on the same subset for a like-for-like ratio. ``--profile N`` profiles the
pipeline (one process, pyinstrument) on the first N articles and lists its hot spots.

Prints Markdown tables to paste into the README, and the command that made them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


# --- reading the corpus (for sizes, the dateparser subset and the profile) ---------------------


def _jsonl_files(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(p for p in source.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz")))
    return [source] if source.name.endswith((".jsonl", ".jsonl.gz")) else []


def _texts(source: Path):
    """The article texts of ``source``, streamed (JSON Lines records, else ``.txt`` files)."""
    files = _jsonl_files(source)
    for path in files:
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        yield text
    if not files:
        from karabakh_nb.loading import corpus_paths

        for path in corpus_paths(source):
            yield path.read_bytes().decode("utf-8", "replace")


def _size(source: Path) -> tuple[int, float]:
    """Records and megabytes (UTF-8 bytes of the texts) in one pass of the corpus."""
    n = size = 0
    for text in _texts(source):
        n += 1
        size += len(text.encode("utf-8"))
    return n, size / 1e6


def _peak_mb() -> tuple[float, float]:
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return own, children


# --- one measured run, in a child process ---------------------------------------------------------


def _child(spec: dict) -> dict:
    import karabakh_nb as kn

    kind = spec["kind"]
    source = Path(spec["corpus"])
    warm = [{"id": "warm-up", "text": next(_texts(source))}]
    if kind != "dateparser":  # imports (pandas, pyarrow) and compiled lexicons are not throughput
        kn.process_corpus(warm, workers=1, quiet=True)
    if kind == "pipeline":
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            result = kn.process_corpus([source] * spec["scale"], workers=spec["workers"], out=out,
                                       quiet=True)
            seconds = time.perf_counter() - start
        internal = int(result.errors["reason"].str.contains(r"stage failed:|loading failed:").sum())
        counts = dict(result.counts, internal_errors=internal)
    elif kind == "subset":  # the pipeline on the first N articles, in this process
        texts = list(islice(_texts(source), spec["n"]))
        records = [{"id": f"s{i}", "text": t} for i, t in enumerate(texts)]
        start = time.perf_counter()
        result = kn.process_corpus(records, workers=1, quiet=True)
        seconds = time.perf_counter() - start
        counts = dict(result.counts)
    elif kind == "dateparser":
        from dateparser.search import search_dates

        texts = list(islice(_texts(source), spec["n"]))
        search_dates(texts[0][:200], languages=["ar"])  # warm-up: language data loaded
        start = time.perf_counter()
        found = sum(len(search_dates(t, languages=["ar"]) or ()) for t in texts)
        seconds = time.perf_counter() - start
        counts = {"inputs": len(texts), "dates": found}
    else:
        raise ValueError(kind)
    own, children = _peak_mb()
    return {"seconds": seconds, "counts": counts, "peak_self_mb": own, "peak_children_mb": children}


def _run_child(spec: dict) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--_child", json.dumps(spec)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark child failed: {spec}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the profile ------------------------------------------------------------------------------------

#: Extractors whose time is also reported per calling stage (work done twice shows here).
INNER = ("extract_numbers", "extract_dates", "normalize", "normalize_text", "split_sentences", "clean")
STAGES = {  # function name -> stage (inclusive time; the first match on a stack wins)
    "claims_table": "claims (claims.py)",
    "article_from_text": "load + clean (loading.py, cleaning.py)",
    "decode": "load + clean (loading.py, cleaning.py)",
    "article_numbers": "numbers (numbers.py)",
    "article_dates": "dates (dates.py)",
    "_numbers_in": "numbers (numbers.py)",  # the batch tables read sentences through these
    "_dates_in": "dates (dates.py)",
}


def profile(source: Path, n: int) -> None:
    from pyinstrument import Profiler

    import karabakh_nb as kn

    records = [{"id": f"s{i}", "text": t} for i, t in enumerate(islice(_texts(source), n))]
    kn.process_corpus(records[:5], workers=1, quiet=True)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    kn.process_corpus(records, workers=1, quiet=True)
    profiler.stop()
    root = profiler.last_session.root_frame()
    total = root.time
    stages: dict[str, float] = {}
    own: dict[tuple[str, str], float] = {}
    inner: dict[tuple[str, str], float] = {}

    def walk(frame, stage, caller, above=frozenset()):
        if frame.is_synthetic:  # pyinstrument's [self] leaves: counted in total_self_time
            return
        name = frame.function or "?"
        if stage is None and name in STAGES:
            stage = STAGES[name]
            stages[stage] = stages.get(stage, 0.0) + frame.time
        if stage is not None and name in INNER and name not in above:
            inner[(stage, name)] = inner.get((stage, name), 0.0) + frame.time
            above = above | {name}
        if (frame.file_path_short or "").startswith("<"):  # a builtin: name its caller
            key = (f"{name} (in {caller[0]})", caller[1])
        else:
            key = (name, f"{frame.file_path_short}:{frame.line_no}")
        own[key] = own.get(key, 0.0) + frame.total_self_time
        for child in frame.children:
            walk(child, stage, key, above)

    walk(root, None, ("?", "?"))
    stages["batch overhead (batch.py: items, tables, Arrow)"] = total - sum(stages.values())
    print(f"\n### Profile: one process, {len(records)} articles, {total:.2f} s (pyinstrument)\n")
    print("| stage | seconds | share |\n|---|---:|---:|")
    for stage, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {sec:.2f} | {sec / total:.0%} |")
    print("\nExtractors by calling stage (inclusive; the same text normalized or scanned again "
          "shows up under several stages):\n\n| stage | function | seconds | share |\n|---|---|---:|---:|")
    for (stage, name), sec in sorted(inner.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"| {stage} | `{name}` | {sec:.2f} | {sec / total:.0%} |")
    print("\nTop functions by own time:\n\n| function | where | seconds | share |\n|---|---|---:|---:|")
    for (name, where), sec in sorted(own.items(), key=lambda kv: -kv[1])[:15]:
        print(f"| `{name}` | {where} | {sec:.2f} | {sec / total:.0%} |")


# --- main ------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--scales", default="1,4,16", help="corpus multiples to run (default 1,4,16)")
    ap.add_argument("--scale-limit", type=int, default=None, help="skip scales above this")
    ap.add_argument("--workers", type=int, default=None, help="'all cores' workers (default: every core)")
    ap.add_argument("--modes", default="1,all", help="1 (one process) and/or all (every core)")
    ap.add_argument("--dateparser-subset", type=int, default=200, metavar="N")
    ap.add_argument("--skip-dateparser", action="store_true")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile on the first N articles")
    ap.add_argument("--_child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        print(json.dumps(_child(json.loads(args._child))))
        return 0

    source = Path(args.corpus).resolve()
    if not source.exists():
        raise SystemExit(f"{source}: no such corpus (pass a folder or a .jsonl file)")
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    if args.scale_limit is not None:
        scales = [s for s in scales if s <= args.scale_limit]
    cores = os.cpu_count() or 1
    all_workers = args.workers or cores
    modes = [1 if m.strip() == "1" else all_workers for m in args.modes.split(",") if m.strip()]
    n_records, megabytes = _size(source)
    print(f"corpus: {source} ({n_records:,} articles, {megabytes:.1f} MB of text); "
          f"{cores} cores; Python {platform.python_version()}", file=sys.stderr)

    rows = []
    for scale in scales:
        for workers in modes:
            r = _run_child({"kind": "pipeline", "corpus": str(source), "scale": scale, "workers": workers})
            c = r["counts"]
            rows.append((scale, workers, r, c))
            print(f"  {scale:>2}x, {workers} worker(s): {c['inputs']:,} inputs in {r['seconds']:.1f} s "
                  f"({c['inputs'] / r['seconds']:.0f}/s), {c['errors']} errors "
                  f"({c['internal_errors']} internal)", file=sys.stderr)

    ref = sub = None
    if not args.skip_dateparser:
        n = args.dateparser_subset
        ref = _run_child({"kind": "dateparser", "corpus": str(source), "n": n})
        sub = _run_child({"kind": "subset", "corpus": str(source), "n": n})

    cmd = " ".join(["python", "benchmarks/throughput.py", *map(shlex.quote, sys.argv[1:])])
    print(f"\nMeasured with `{cmd}` ({cores} cores, Python {platform.python_version()}, "
          f"{platform.machine()}); corpus `{source.name}`: {n_records:,} articles, {megabytes:.1f} MB "
          "of text; k x = the corpus streamed k times over.\n")
    print("| corpus | articles | MB | processes | seconds | articles/s | MB/s | errors | "
          "peak RSS driver (MB) | peak RSS worker (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scale, workers, r, c in rows:
        sec = r["seconds"]
        print(f"| {scale}x | {c['inputs']:,} | {megabytes * scale:.1f} | {workers} | {sec:.1f} | "
              f"{c['inputs'] / sec:.0f} | {megabytes * scale / sec:.2f} | {c['errors']} | "
              f"{r['peak_self_mb']:.0f} | {r['peak_children_mb']:.0f} |")
    if ref is not None:
        n = ref["counts"]["inputs"]
        dp_rate = n / ref["seconds"]
        ours = sub["counts"]["inputs"] / sub["seconds"]
        print(f"\n| first {n} articles, one process | seconds | articles/s | vs dateparser |")
        print("|---|---:|---:|---:|")
        print(f"| dateparser `search_dates(text, languages=['ar'])`, dates only | {ref['seconds']:.1f} | "
              f"{dp_rate:.0f} | 1x |")
        print(f"| karabakh_nb whole pipeline (load, clean, numbers, dates, claims) | {sub['seconds']:.1f} | "
              f"{ours:.0f} | {ours / dp_rate:.1f}x |")
        single = [(s, r, c) for s, w, r, c in rows if w == 1]
        if single:
            s, r, c = single[0]
            rate = c["inputs"] / r["seconds"]
            print(f"| karabakh_nb whole pipeline, whole corpus at {s}x | {r['seconds']:.1f} | {rate:.0f} | "
                  f"{rate / dp_rate:.1f}x |")
        print("\nTarget: the whole pipeline on one core at least 20x dateparser's article rate.")
    if args.profile:
        profile(source, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
