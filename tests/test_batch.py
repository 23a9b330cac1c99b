"""Batch processing: every input accounted for, awkward files, JSON Lines, engines agree, CLI.

Speed is measured in benchmarks/throughput.py, never asserted here. Everything
read comes from the repository (seeds/ and the vendored samples/).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import warnings
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEEDS
from karabakh_nb import lexicon, process_corpus
from karabakh_nb.batch import TABLES, _build, schema
from karabakh_nb.cli import main

SAMPLE = ROOT / "samples" / "saudinewsnet_300.jsonl.gz"
AWKWARD_RECORDS = ROOT / "samples" / "awkward_records.jsonl"
SEED_TEXT = (SEEDS / "001_3bac4744d1ebe7a2.txt").read_text(encoding="utf-8")
_START = SEED_TEXT.index("وارتفع العدد الرسمي للقتلى")
#: "... rose on Friday morning to more than 400 killed, among them 22 Armenian and 31 Azerbaijani civilians."
TOLL = SEED_TEXT[_START:SEED_TEXT.index(".", _START) + 1]
KILLED = "قتيل"
BIDI = "\u202b\u200f\u2067\u2069\u202c\u200e"


def _claims_available() -> bool:
    from karabakh_nb.batch import _claims

    return _claims()[0] is not None


def _sample_records(n: int) -> list[dict]:
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(n), fh, strict=False)]


def _accounted(result, n_inputs: int) -> None:
    c = result.counts
    assert c["inputs"] == n_inputs
    assert c["inputs"] == c["articles"] + c["errors"]
    assert len(result.errors) == c["errors"]
    if result.articles is not None:
        assert len(result.articles) == c["articles"]
        assert result.articles["id"].is_unique


# --- a folder of awkward files -----------------------------------------------------------------

AWKWARD = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 64,
    "nul_bytes.txt": TOLL.replace("،", "\x00،").encode("utf-8"),
    "cp1256.txt": TOLL.encode("cp1256"),
    "utf16_bom.txt": b"\xff\xfe" + TOLL.encode("utf-16-le"),
    "utf8_bom.txt": b"\xef\xbb\xbf" + TOLL.encode("utf-8"),
    "english.txt": b"More than 400 people were killed, officials said on Friday.\n",
    "bidi.txt": ("\u202b" + TOLL.replace(" ", " \u200f").replace("400", "\u2067400\u2069")
                 + "\u202c\n").encode("utf-8"),
}
TOLL_FILES = ("cp1256", "utf16_bom", "utf8_bom", "bidi", "nul_bytes")


@pytest.fixture(scope="module")
def awkward(tmp_path_factory):
    folder = tmp_path_factory.mktemp("awkward")
    for name, data in AWKWARD.items():
        (folder / name).write_bytes(data)
    big = (SEED_TEXT + "\n") * (5_000_000 // len(SEED_TEXT.encode("utf-8")) + 1)
    (folder / "big_5mb.txt").write_text(big, encoding="utf-8")
    return folder, process_corpus(folder, workers=1, quiet=True)


def test_awkward_folder_every_file_accounted_for(awkward):
    folder, result = awkward
    names = sorted(p.name for p in folder.iterdir())
    _accounted(result, len(names))
    errors = dict(zip(result.errors["source"].map(lambda s: Path(s).name), result.errors["reason"],
                      strict=True))
    assert errors == {"binary.txt": "binary file (control bytes), not text", "empty.txt": "empty file"}
    processed = set(result.articles["id"])
    assert processed == {Path(n).stem for n in names} - {"binary", "empty"}
    sources = result.articles.set_index("id")["source"]
    assert all(Path(sources[i]).stem == i for i in processed)


def test_awkward_files_yield_their_tolls(awkward):
    _, result = awkward
    tolls = result.numbers[(result.numbers["value"] == 400) & (result.numbers["unit"] == KILLED)]
    assert set(TOLL_FILES) <= set(tolls["article"])
    for art in TOLL_FILES:  # 22 and 31 civilians too
        values = set(result.numbers.loc[result.numbers["article"] == art, "value"])
        assert {400, 22, 31} <= values, art


@pytest.mark.skipif(not _claims_available(), reason="karabakh_nb.claims is not there yet")
def test_awkward_files_yield_their_claims(awkward):
    _, result = awkward
    killed = result.claims[(result.claims["low"] == 400) & (result.claims["measure"] == "killed")]
    assert set(TOLL_FILES) <= set(killed["article"])


def test_awkward_caveats_say_what_was_done(awkward):
    _, result = awkward
    arts = result.articles.set_index("id")
    assert arts.loc["cp1256", "encoding"] == "cp1256"
    assert "decoded as cp1256" in arts.loc["cp1256", "caveats"]
    assert "decoded as utf-16" in arts.loc["utf16_bom", "caveats"]
    assert arts.loc["utf8_bom", "encoding"] == "utf-8-sig"
    assert "little Arabic text" in arts.loc["english", "caveats"]
    assert arts.loc["big_5mb", "characters"] > 2_500_000  # processed whole, not truncated
    assert "truncated" not in arts.loc["big_5mb", "caveats"]
    assert arts.loc["bidi", "caveats"] == ""


def test_spans_index_the_raw_text(awkward):
    folder, result = awkward
    for table in ("numbers", "dates"):
        frame = result.table(table)
        for art in ("bidi", "cp1256", "utf16_bom"):
            from karabakh_nb import load_article

            raw = load_article(folder / f"{art}.txt").raw
            rows = frame[frame["article"] == art]
            assert len(rows) or table == "dates"
            for text, s, e in rows[["text", "start_char", "end_char"]].itertuples(index=False):
                assert raw[s:e] == text


def test_long_text_is_truncated_with_a_caveat():
    result = process_corpus([{"id": "long", "text": TOLL * 20}], max_chars=len(TOLL), quiet=True,
                            workers=1)
    cav = result.articles.loc[0, "caveats"]
    assert f"text truncated to the first {len(TOLL):,}" in cav
    assert result.articles.loc[0, "characters"] == len(TOLL)


# --- JSON Lines ----------------------------------------------------------------------------------


def _write_jsonl(path: Path, lines: list, gz: bool = False) -> Path:
    text = "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines)
    if gz:
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_records_and_their_errors(tmp_path):
    lines = [
        {"id": "a", "text": TOLL, "outlet": "X", "published": "2020-10-10"},
        {"id": "b", "outlet": "X"},                                  # no text
        {"id": "c", "text": "  "},                                   # empty text
        {"id": "d", "text": 400},                                    # not a string
        '{"id": "e", "text": "cut',                                  # not JSON
        "[1, 2]",                                                     # not an object
        "",                                                           # blank: not an input
        {"id": "a", "text": TOLL},                                    # duplicate id
        {"text": TOLL, "title": "T", "url": "http://x", "source": "alx", "date": "2015-07-21"},
    ]
    path = _write_jsonl(tmp_path / "c.jsonl", lines)
    result = process_corpus(path, workers=1, quiet=True)
    _accounted(result, 8)
    reasons = dict(zip(result.errors["source"], result.errors["reason"], strict=True))
    assert reasons == {
        f"{path}:2": "record 'b' has no text",
        f"{path}:3": "record 'c' has an empty text",
        f"{path}:4": "record 'd': text is of type int, not a string",
        f"{path}:5": reasons[f"{path}:5"],
        f"{path}:6": "record is a JSON list, not an object",
    }
    assert reasons[f"{path}:5"].startswith("not a JSON line")
    arts = result.articles.set_index("id")
    assert list(arts.index) == ["a", "a~2", "c:9"]
    assert arts.loc["a", "published"] == dt.date(2020, 10, 10)
    assert arts.loc["a", "published_from"] == "record"
    assert arts.loc["a", "outlet"] == "X" and arts.loc["a", "outlet_from"] == "record"
    assert "renamed 'a~2'" in arts.loc["a~2", "caveats"]
    last = arts.loc["c:9"]
    assert (last["published"], last["published_from"]) == (dt.date(2015, 7, 21), "crawl date")
    assert "crawl date" in last["caveats"] and "no usable id" in last["caveats"]
    assert (last["headline"], last["url"], last["outlet"]) == ("T", "http://x", "alx")
    assert last["source"] == f"{path}:9"


def test_published_key_wins_over_the_crawl_date():
    result = process_corpus([{"id": "p", "text": TOLL, "published": "2020-10-09", "date": "2021-01-01"},
                             {"id": "q", "text": TOLL, "published": None, "date": "2021-01-01"}],
                            workers=1, quiet=True)
    p, q = result.articles.iloc[0], result.articles.iloc[1]
    assert p["published"] == dt.date(2020, 10, 9) and "crawl" not in p["caveats"]
    assert q["published"] == dt.date(2021, 1, 1) and q["published_from"] == "crawl date"


def test_lone_surrogates_are_replaced_not_fatal():
    result = process_corpus([{"id": "s\ud800", "text": TOLL + " \udfff", "title": "\ud800"}],
                            workers=1, quiet=True)
    _accounted(result, 1)
    row = result.articles.iloc[0]
    assert row["id"] == "s\ufffd" and "surrogate" in row["caveats"]
    assert 400 in set(result.numbers["value"])


def test_gzip_jsonl_and_a_broken_gzip(tmp_path):
    good = _write_jsonl(tmp_path / "good.jsonl.gz", [{"id": f"g{i}", "text": TOLL} for i in range(3)],
                        gz=True)
    data = good.read_bytes()
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(data[: len(data) - 12])  # cut off the end: the trailer is missing
    result = process_corpus(tmp_path, workers=1, quiet=True)
    assert result.counts["articles"] >= 3
    assert set(result.articles["id"]) >= {"g0", "g1", "g2"}
    assert result.errors["source"].str.contains("broken.jsonl.gz").any()
    assert result.counts["inputs"] == result.counts["articles"] + result.counts["errors"]


def test_missing_paths_and_empty_folders_are_errors(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    result = process_corpus([tmp_path / "nope.txt", tmp_path / "empty_dir", SEEDS / "manifest.csv"],
                            workers=1, quiet=True)
    assert list(result.errors["reason"]) == ["no such file or folder",
                                             "folder holds no .txt, .jsonl or .jsonl.gz files"]
    assert result.counts["articles"] == 5
    assert result.articles["published_from"].notna().all()  # the manifest was read


def test_nothing_in_gives_empty_tables_with_their_columns():
    result = process_corpus([], quiet=True)
    for table in (*TABLES, "errors"):
        frame = result.table(table)
        assert frame.empty and list(frame.columns) == schema(table).names
    assert result.counts == {"inputs": 0, "articles": 0, "errors": 0, "numbers": 0, "dates": 0,
                             "claims": 0}


def test_claims_table_has_columns_even_without_the_claims_module():
    result = process_corpus([{"id": "x", "text": TOLL}], workers=1, quiet=True)
    assert {"article", "low", "high", "measure"} <= set(result.claims.columns)
    assert bool(result.notes) == (not _claims_available())


def test_a_stage_that_raises_costs_one_article(monkeypatch):
    import karabakh_nb.mentions as mentions

    real = mentions.mentions_columns  # what the pipeline's numbers and dates stages call

    def flaky(articles, kind="numbers"):
        if kind == "dates" and any(a.id == "bad" for a in articles):
            raise RuntimeError("boom")
        return real(articles, kind)

    monkeypatch.setattr(mentions, "mentions_columns", flaky)
    records = [{"id": i, "text": TOLL} for i in ("ok1", "bad", "ok2")]
    result = process_corpus(records, workers=1, quiet=True)
    _accounted(result, 3)
    assert list(result.errors["reason"]) == ["dates stage failed: RuntimeError: boom"]
    assert list(result.articles["id"]) == ["ok1", "ok2"]
    assert "bad" not in set(result.numbers["article"]) | set(result.dates["article"])


# --- fuzz ---------------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from(list("قتلى 400 ٤٠٠ أكثر من الجمعة\n\t.،abc\x00\ufeff\ud800" + BIDI)),
                max_size=120)
_RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=6), st.integers(-3, 3), st.none(), st.lists(st.integers(), max_size=1)),
    "text": st.one_of(_TEXT, _TEXT, st.none(), st.integers(), st.binary(max_size=40)),
    "outlet": st.one_of(st.text(max_size=8), st.none(), st.integers()),
    "published": st.one_of(st.text(max_size=12), st.none(), st.just("2020-10-10"), st.just("2020-02-30")),
    "date": st.one_of(st.text(max_size=12), st.just("2015-07-21T10:00:00")),
})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_RECORD, st.just("no/such/file.txt")), max_size=6))
def test_fuzz_inputs_never_stop_a_run(inputs):
    result = process_corpus(inputs, workers=1, quiet=True, chunk_size=2)
    _accounted(result, len(inputs))
    records = [x for x in inputs if isinstance(x, dict)]
    texts = {ident: records[int(src.rsplit(":", 1)[1]) - 1].get("text")
             for ident, src in result.articles[["id", "source"]].itertuples(index=False)}
    for table in ("numbers", "dates"):
        frame = result.table(table)
        for art, text, s, e in frame[["article", "text", "start_char", "end_char"]].itertuples(index=False):
            assert 0 <= s <= e
            if isinstance(texts[art], str):
                assert texts[art][s:e] == text


# --- engines agree, Parquet output, the command line --------------------------------------------


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "small.jsonl.gz"
    _write_jsonl(path, _sample_records(48), gz=True)
    return [path, AWKWARD_RECORDS, ROOT / "samples" / "awkward_files"]


@pytest.fixture(scope="module")
def reference(small_corpus):
    return process_corpus(small_corpus, workers=1, quiet=True, chunk_size=7)


def _same(a, b) -> None:
    for table in (*TABLES, "errors"):
        pd.testing.assert_frame_equal(a.table(table), b.table(table), obj=table)
    assert a.counts == b.counts


def test_reference_run_accounts_for_every_input(reference):
    n_awkward = sum(1 for line in AWKWARD_RECORDS.read_text(encoding="utf-8").splitlines() if line.strip())
    _accounted(reference, 48 + n_awkward + 4)
    assert reference.counts["errors"] == 6


def test_local_pool_equals_in_process(small_corpus, reference):
    _same(reference, process_corpus(small_corpus, workers=2, quiet=True, chunk_size=7))


def test_dask_on_a_distributed_cluster_equals_local(small_corpus, reference):
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client, \
            warnings.catch_warnings(record=True) as caught, distributed.get_task_stream(client) as tasks:
        warnings.simplefilter("always")
        result = process_corpus(small_corpus, engine="dask", quiet=True, chunk_size=7)
    assert not [w for w in caught if "karabakh_nb" in str(w.message)]  # no fallback to the driver
    assert result.engine == "dask"
    _same(reference, result)
    chunks = -(-reference.counts["inputs"] // 7)
    ran = [t for t in tasks.data if "process_chunk" in str(t["key"])]
    assert len(ran) >= chunks, [t["key"] for t in tasks.data]  # every chunk ran on a worker


def test_parquet_output_matches_memory(tmp_path, small_corpus, reference):
    result = process_corpus(small_corpus, workers=1, quiet=True, chunk_size=7, out=tmp_path / "out")
    assert result.articles is None and result.numbers is None
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.parquet" for t in (*TABLES, "errors"))
    for table in (*TABLES, "errors"):
        assert pq.read_schema(result.paths[table]).names == schema(table).names
    _same(reference, result)


def test_cli_writes_one_table_and_reports_errors(tmp_path, small_corpus, reference, capsys):
    out = tmp_path / "numbers.parquet"
    code = main(["numbers", *map(str, small_corpus), "-o", str(out), "--workers", "1", "--quiet"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("skipped ") == reference.counts["errors"]
    assert "awkward_files/binary.txt: binary file" in err
    pd.testing.assert_frame_equal(pd.read_parquet(out), reference.numbers)
    assert [p.name for p in tmp_path.iterdir()] == ["numbers.parquet"]  # no parts left behind


def test_cli_exit_zero_without_errors(tmp_path, capsys):
    out = tmp_path / "articles.csv"
    assert main(["articles", str(SEEDS), "-o", str(out), "--workers", "1"]) == 0
    assert len(pd.read_csv(out)) == 5
    assert "5 inputs: 5 articles processed, 0 not processed" in capsys.readouterr().err
    assert main(["claims", str(SEEDS), "-o", str(tmp_path / "c.jsonl"), "--quiet",
                 "--engine", "dask", "--workers", "1"]) == 0


RECORD_EXAMPLES = [e for e in lexicon.examples("boilerplate") if "record" in e]


def test_record_examples_the_text_ranks_above_the_record_keys():
    """A record's keys are manifest-level: the outlet the text names, the dateline, then the
    record's keys, a day in the URL, the crawl date (boilerplate.examples.jsonl, 'record' lines)."""
    assert len(RECORD_EXAMPLES) >= 8
    result = process_corpus([e["record"] for e in RECORD_EXAMPLES], workers=1, quiet=True,
                            tables=["articles"])
    _accounted(result, len(RECORD_EXAMPLES))
    for example, (_, row) in zip(RECORD_EXAMPLES, result.articles.iterrows(), strict=True):
        got = {k: row[k] for k in ("outlet", "outlet_from", "outlet_canonical", "published_from")}
        got["published"] = str(row["published"])
        assert got == {k: example[k] for k in got}, example["record"]["id"]
        art = _build(0, ("record", "s", "x", example["record"], ()), None).article
        assert [s.rule for s in art.boilerplate_segments] == example["rules"], example["record"]["id"]
