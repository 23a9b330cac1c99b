"""Rebuild the vendored samples (see README.md here): ``python samples/make_samples.py``.

Reads ../shared/corpus (the SaudiNewsNet sample beside the repository) and seeds/001.
The output is byte-for-byte reproducible (gzip without a timestamp).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "001_3bac4744d1ebe7a2.txt"
STRIDE, COUNT = 16, 300


def real_sample() -> None:
    lines: list[bytes] = []
    for part in ("saudinewsnet_sample_part1.jsonl", "saudinewsnet_sample_part2.jsonl"):
        lines += (CORPUS / part).read_bytes().splitlines(keepends=True)
    picked = lines[::STRIDE][:COUNT]  # lines 1, 17, 33, ... of part1 then part2
    with open(HERE / "saudinewsnet_300.jsonl.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.writelines(picked)


def seed_sentence() -> str:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("\u0648\u0627\u0631\u062a\u0641\u0639")  # the toll sentence
    return text[start:text.index(".", start) + 1]


def awkward() -> None:
    toll = seed_sentence()
    first_id = json.loads(gzip.open(HERE / "saudinewsnet_300.jsonl.gz").readline())["id"]
    records = [
        {"id": "awkward-published", "outlet": "seed 001", "published": "2020-10-10", "text": toll},
        {"id": "awkward-bidi", "outlet": "seed 001", "published": "2020-10-10",
         "text": "\u202b" + toll.replace(" ", " \u200f") + "\u202c"},
        {"id": "awkward-english", "outlet": "made up",
         "text": "More than 400 people were killed, officials said on Friday."},
        {"id": "awkward-bad-date", "published": "last Friday", "text": toll},
        {"outlet": "seed 001", "text": toll},
        {"id": first_id, "outlet": "seed 001", "text": toll},
        {"id": "awkward-no-text", "outlet": "seed 001"},
        {"id": "awkward-empty-text", "text": "  \n "},
        {"id": "awkward-number-text", "text": 400},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(7, '{"id": "awkward-cut-off", "text": "' + toll[:20])  # a line cut in the middle
    (HERE / "awkward_records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    files = HERE / "awkward_files"
    files.mkdir(exist_ok=True)
    (files / "cp1256.txt").write_bytes(toll.encode("cp1256"))
    (files / "utf16_bom.txt").write_bytes(b"\xff\xfe" + toll.encode("utf-16-le"))
    (files / "empty.txt").write_bytes(b"")
    (files / "binary.txt").write_bytes(bytes(range(256)) * 8)


if __name__ == "__main__":
    real_sample()
    awkward()
