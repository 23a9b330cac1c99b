"""Batch processing: the whole pipeline over a corpus of any size, on all cores or on Dask.

:func:`process_corpus` streams articles from a folder, a list of paths, a
``manifest.csv``, JSON Lines files (``.jsonl``, ``.jsonl.gz``) or an iterable of
record dicts, runs loading, cleaning, numbers, dates and claims on each, and
returns five tables (``articles``, ``numbers``, ``dates``, ``claims``, ``errors``)
or writes them as Parquet, chunk by chunk, so memory stays flat however large
the corpus.

How the work is cut up:

* the *driver* (the calling process) reads the inputs in order, one at a time,
  and cuts them into chunks of about ``chunk_size`` articles; a chunk carries the
  bytes of each file or the JSON record, so a worker never needs the driver's
  file system (a Dask cluster runs it as is);
* a *worker* (:func:`process_chunk`) turns one chunk into one Arrow table per
  output table, with a fixed schema, plus the errors; a bad input, or an article
  on which a stage raises, becomes an ``errors`` row and never stops the run;
* ``engine="local"`` runs the chunks on a process pool (``workers=1``: in
  this process), ``engine="dask"`` on a ``dask.bag`` built from the same chunks,
  on the active ``distributed`` client when there is one (or ``scheduler=``),
  else on Dask's multiprocessing scheduler. Results come back in input order,
  so every engine and worker count gives the same tables, row for row.

Accounting: every input is either a row of ``articles`` or a row of ``errors``
(``source``, ``reason``); what was processed with a reservation (decoded as
Windows-1256, text truncated, a crawl date used as publication date, little
Arabic text, a renamed duplicate id) says so in the ``caveats`` column of
``articles``.

JSON Lines records are ``{"id", "text", "outlet"?, "published"?}``; the keys of
the shared SaudiNewsNet corpus are read too: ``url``, ``title`` (the headline: when
the text does not hold it, it is put before the text on a line of its own, whitespace
collapsed, so its mentions are read and spanned like the rest, with a caveat giving the
offset; the record's own string is kept as ``headline``), ``source`` (the outlet when there is no
``outlet``) and ``date``, a crawl date. A record's keys are what the corpus knows about the
article, as a manifest row is: no override. The outlet is the one the text names (a place tag
'سبق- الرياض:', a credit line '... – عين اليوم'), else the record's ``outlet`` (``outlet_from``
``record``), else its ``source`` (``record source``); ``outlet_canonical`` joins the text's name and
the record's ('سبق' and 'Sabq'). ``published`` is the dateline's day, else the record's
``published`` (``record``), else a day the ``url`` carries ('/Issues/20150805/', '/2015/08/05/';
``url``, never after the crawl day), else the crawl ``date`` (``crawl date``; only when there is
no ``published`` key), each of the last two with a caveat saying so.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gzip
import json
import os
import re
import sys
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .loading import (
    _URL_DATE_CAVEAT,
    ARTICLE_SUFFIXES,
    MANIFEST,
    Article,
    ArticleError,
    ManifestRow,
    article_from_text,
    decode,
    read_manifest,
)

__all__ = ["TABLES", "BatchResult", "process_chunk", "iter_batches", "process_corpus"]

#: The output tables, in the order they are written (``errors`` always comes too).
TABLES = ("articles", "numbers", "dates", "claims")
ENGINES = ("local", "dask")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: Articles per chunk: big enough to amortize the hand-off, small enough to spread over the cores.
CHUNK_SIZE = 200
#: A chunk is closed early once it holds this many characters (a few huge articles are one chunk).
CHUNK_CHARS = 4_000_000
#: Longer texts are cut to this many characters, with a caveat (about 20 MB of Arabic UTF-8).
MAX_CHARS = 10_000_000
#: A Parquet row group is written once a table's buffer holds this many rows or bytes.
ROW_GROUP_ROWS = 65_536
ROW_GROUP_BYTES = 8_000_000

_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")


# --- input: the driver reads the sources and yields work items ------------------------------

# A work item is a small picklable tuple, so a chunk travels to any worker as it is:
#   ("file", source, id, bytes, path, manifest_row | None, caveats)
#   ("record", source, id, record_dict, caveats)
#   ("error", source, reason)          -- found by the driver (missing file, bad JSON line ...)
Item = tuple


def _jsonl(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(s) for s in JSONL_SUFFIXES)


def _expand(source: Any) -> Iterator[tuple[str, Any]]:
    """``(kind, thing)`` pairs in input order: ``path`` (an article or JSONL file), ``record``
    (a dict, with its running number), ``manifest`` or ``error``."""
    if isinstance(source, str | os.PathLike):
        yield from _expand_path(Path(source))
        return
    if isinstance(source, dict):
        yield "record", ("<records>:1", source)
        return
    n = 0
    for s in source:
        if isinstance(s, dict):
            n += 1
            yield "record", (f"<records>:{n}", s)
        elif isinstance(s, str | os.PathLike):
            yield from _expand_path(Path(s))
        else:
            n += 1
            yield "error", (f"<records>:{n}", f"not a path or a record: {type(s).__name__}")


def _expand_path(p: Path) -> Iterator[tuple[str, Any]]:
    if p.is_dir():
        files = sorted(q for q in p.iterdir() if q.is_file() and (
            q.suffix.lower() in ARTICLE_SUFFIXES or _jsonl(q)))
        if not files:
            yield "error", (str(p), "folder holds no .txt, .jsonl or .jsonl.gz files")
        for q in files:
            yield "path", q
    elif p.name == MANIFEST or p.suffix.lower() == ".csv":
        yield "manifest", p
    elif not p.exists():
        yield "error", (str(p), "no such file or folder")
    else:
        yield "path", p


class _Reader:
    """The driver's side: turns sources into work items, with unique ids."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.copies: dict[str, int] = {}  # id -> last suffix used (only for ids seen twice)
        self.manifests: dict[Path, tuple[dict[str, ManifestRow], str | None]] = {}

    def _unique(self, wanted: str) -> tuple[str, list[str]]:
        if wanted not in self.ids:
            self.ids.add(wanted)
            return wanted, []
        n = self.copies.get(wanted, 1) + 1
        while f"{wanted}~{n}" in self.ids:
            n += 1
        self.copies[wanted] = n
        new = f"{wanted}~{n}"
        self.ids.add(new)
        return new, [f"id {wanted!r} was already used by an earlier input, renamed {new!r}"]

    def _manifest(self, folder: Path) -> tuple[dict[str, ManifestRow], str | None]:
        key = folder.resolve()
        if key not in self.manifests:
            rows: dict[str, ManifestRow] = {}
            problem = None
            if (folder / MANIFEST).is_file():
                try:
                    rows = read_manifest(folder / MANIFEST)
                except (ArticleError, OSError, UnicodeDecodeError, csv.Error) as exc:
                    problem = f"manifest not used: {getattr(exc, 'reason', exc)}"
            self.manifests[key] = (rows, problem)
        return self.manifests[key]

    def items(self, source: Any) -> Iterator[Item]:
        for kind, thing in _expand(source):
            if kind == "error":
                yield ("error", *thing)
            elif kind == "record":
                label, rec = thing
                yield self._record_item(label, rec, f"record{label.rsplit(':', 1)[-1]}")
            elif kind == "manifest":
                yield from self._manifest_items(thing)
            elif _jsonl(thing):
                yield from self._jsonl_items(thing)
            else:
                yield self._file_item(thing)

    def _manifest_items(self, manifest: Path) -> Iterator[Item]:
        try:
            rows = read_manifest(manifest)
        except (ArticleError, OSError, UnicodeDecodeError, csv.Error) as exc:
            yield ("error", str(manifest), getattr(exc, "reason", None) or str(exc))
            return
        for name in rows:
            yield self._file_item(manifest.parent / name)

    def _file_item(self, path: Path) -> Item:
        source = str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return ("error", source, "no such file")
        except IsADirectoryError:
            return ("error", source, "is a folder, not a file")
        except OSError as exc:
            return ("error", source, f"cannot be read: {exc.strerror or exc}")
        rows, problem = self._manifest(path.parent)
        row = rows.get(path.name) or rows.get(path.stem)
        ident, caveats = self._unique(path.stem)
        if problem:
            caveats.append(problem)
        return ("file", source, ident, data, source, row, tuple(caveats))

    def _record_item(self, source: str, rec: Any, fallback_id: str) -> Item:
        if not isinstance(rec, dict):
            return ("error", source, f"record is a JSON {type(rec).__name__}, not an object")
        caveats = []
        raw_id = rec.get("id")
        if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
            wanted = _SURROGATE.sub("\ufffd", str(raw_id).strip())
        else:
            wanted = fallback_id
            caveats.append(f"record has no usable id, named {fallback_id!r}")
        ident, dup = self._unique(wanted)
        return ("record", source, ident, rec, tuple(caveats + dup))

    def _jsonl_items(self, path: Path) -> Iterator[Item]:
        stem = path.name[: -len(".gz")] if path.name.lower().endswith(".gz") else path.name
        stem = stem.rsplit(".", 1)[0]
        n = 0
        try:
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    label = f"{path}:{n}"
                    try:
                        rec = json.loads(line)
                    except UnicodeDecodeError:
                        yield ("error", label, "line is not UTF-8")
                        continue
                    except ValueError as exc:
                        yield ("error", label, f"not a JSON line: {exc}")
                        continue
                    yield self._record_item(label, rec, f"{stem}:{n}")
        except (OSError, EOFError, zlib.error) as exc:
            where = f"after line {n}" if n else "at the start"
            yield ("error", f"{path}:{n + 1}" if n else str(path),
                   f"cannot be read {where}: {exc}")


def _chunks(items: Iterable[Item], size: int, max_chars: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += _item_size(item)
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _item_size(item: Item) -> int:
    if item[0] == "file":
        return len(item[3])
    if item[0] == "record":
        text = item[3].get("text")
        return len(text) if isinstance(text, str | bytes) else 0
    return 0


# --- the worker: one chunk in, Arrow tables out ---------------------------------------------


@dataclass(slots=True)
class _Built:
    pos: int
    source: str
    article: Article
    headline: str | None


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and (m := _ISO_DATE.match(value)):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    return None


def _text_caveats(raw: str, max_chars: int | None) -> tuple[str, list[str]]:
    caveats = []
    if _SURROGATE.search(raw):  # from JSON "\\ud800" escapes: not encodable, so not storable
        raw = _SURROGATE.sub("\ufffd", raw)  # same length: spans stay valid
        caveats.append("lone surrogate code points replaced with U+FFFD")
    if max_chars is not None and len(raw) > max_chars:
        caveats.append(f"text truncated to the first {max_chars:,} of {len(raw):,} characters")
        raw = raw[:max_chars]
    share = _arabic_share(raw[:20_000])
    if share is None:
        caveats.append("no letters in the text")
    elif share < 0.3:
        caveats.append(f"little Arabic text ({share:.0%} of letters are Arabic)")
    return raw, caveats


_SURROGATE = re.compile("[\ud800-\udfff]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ARABIC_LEADS = bytes(range(0xD8, 0xDC))  # UTF-8 lead bytes of U+0600..U+06FF
_OTHER_LEADS = bytes(b for b in range(0xC3, 0xF5) if b not in _ARABIC_LEADS)


def _arabic_share(sample: str) -> float | None:
    """Share of Arabic among the letters of ``sample`` (``None``: no letters), counted on
    UTF-8 bytes: far cheaper than a Unicode regex, and exact enough for a caveat."""
    data = sample.encode("utf-8", "replace")
    n = len(data)
    arabic = n - len(data.translate(None, _ARABIC_LEADS))
    other = (n - len(data.translate(None, _ASCII_LETTERS))) + (n - len(data.translate(None, _OTHER_LEADS)))
    if not arabic + other:
        return None
    return arabic / (arabic + other)


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = _SURROGATE.sub("\ufffd", str(value)).strip()
    return value or None


def _build(pos: int, item: Item, max_chars: int | None) -> _Built:
    kind, source = item[0], item[1]
    if kind == "error":
        raise ArticleError(source, item[2])
    if kind == "file":
        _, _, ident, data, path, row, pre = item
        raw, encoding = decode(data, source)
        caveats = list(pre)
        if encoding not in ("utf-8", "utf-8-sig"):
            caveats.append(f"decoded as {encoding}")
        raw, more = _text_caveats(raw, max_chars)
        art = article_from_text(raw, ident, path=path, manifest=row, encoding=encoding,
                                caveats=caveats + more)
        return _Built(pos, source, art, None)

    _, _, ident, rec, pre = item
    text = rec.get("text")
    encoding = "utf-8"
    if text is None:
        raise ArticleError(source, f"record {ident!r} has no text")
    if isinstance(text, bytes | bytearray):
        text, encoding = decode(bytes(text), source)
    elif not isinstance(text, str):
        raise ArticleError(source, f"record {ident!r}: text is of type {type(text).__name__}, "
                                   "not a string")
    if not text.strip():
        raise ArticleError(source, f"record {ident!r} has an empty text")
    caveats = list(pre)
    if encoding not in ("utf-8", "utf-8-sig"):
        caveats.append(f"decoded as {encoding}")
    text, more = _text_caveats(text, max_chars)
    caveats += more

    published = None
    if rec.get("published") is not None:
        published = _parse_date(rec["published"])
        if published is None:
            caveats.append(f"published {rec['published']!r} is not a YYYY-MM-DD date, not used")
    crawl = None
    if rec.get("published") is None and rec.get("date") is not None:
        crawl = _parse_date(rec["date"])
        if crawl is None:
            caveats.append(f"date {rec['date']!r} is not a YYYY-MM-DD date, not used")
    # The record's keys are what the corpus knows about the article, manifest-level (the guide:
    # the outlet as the text names it, else the manifest's; the dateline, else the manifest's
    # date): the text ranks above them, they are no override.
    outlet_key = _str_or_none(rec.get("outlet"))
    row = ManifestRow(file=ident, outlet=outlet_key or _str_or_none(rec.get("source")),
                      published=published, url=_str_or_none(rec.get("url")))
    headline = _str_or_none(rec.get("title"))
    art = article_from_text(text, ident, manifest=row, encoding=encoding, caveats=caveats,
                            title=headline)
    if art.published_from == "manifest":
        art.published_from = "record"
    if crawl is not None:
        if art.published_from == "url" and art.published > crawl:
            # a day in the address after the crawl day is no publication day
            art.caveats.remove(_URL_DATE_CAVEAT)
            art.published_from = None
        if art.published_from not in ("dateline", "record", "url"):
            # no dateline, no published key, no day in the URL: the crawl day, which ranks
            # above the site's own header date line
            art.published, art.published_from = crawl, "crawl date"
            art.caveats.append("published is the crawl date (the date key of the record), "
                               "not a publication date")
    if art.outlet_from == "manifest":
        art.outlet_from = "record" if outlet_key else "record source"
    return _Built(pos, source, art, headline)


# --- table schemas (fixed, so every chunk's Parquet row group agrees) ----------------------

_STRING = pa.string()


def _arrow_type(annotation: Any) -> pa.DataType:
    """Arrow type for a dataclass field annotation (a string under postponed annotations)."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    parts = {p.strip().rsplit(".", 1)[-1] for p in re.split(r"[|,\[\]]", text.replace("Optional", ""))}
    parts -= {"", "None", "NoneType"}
    if parts & {"tuple", "list", "dict", "set", "Any"}:
        return _STRING
    if parts == {"bool"}:
        return pa.bool_()
    if parts == {"date"}:
        return pa.date32()
    if parts == {"datetime"}:
        return pa.timestamp("us")
    if parts == {"int"}:
        return pa.int64()
    if parts and parts <= {"int", "float", "Decimal"}:
        return pa.float64()
    return _STRING


def _column_type(name: str, annotations: dict[str, Any]) -> pa.DataType:
    if name in annotations:
        return _arrow_type(annotations[name])
    if name.endswith(("_char", "_start", "_end")) or name in ("start_char", "end_char"):
        return pa.int64()
    return _STRING


_ARTICLE_TYPES: dict[str, pa.DataType] = {
    "id": _STRING, "source": _STRING, "outlet": _STRING, "outlet_canonical": _STRING,
    "outlet_from": _STRING,
    "published": pa.date32(), "published_from": _STRING, "title": _STRING, "headline": _STRING,
    "url": _STRING, "paragraphs": pa.int64(), "sentences": pa.int64(), "characters": pa.int64(),
    "body_characters": pa.int64(), "boilerplate_pieces": pa.int64(), "encoding": _STRING,
    "caveats": _STRING,
}
#: Claims columns when :mod:`karabakh_nb.claims` is not there (ANNOTATION.md section 4).
_CLAIM_FALLBACK: dict[str, pa.DataType] = {
    "article": _STRING, "text": _STRING, "value": pa.float64(), "low": pa.float64(),
    "high": pa.float64(), "qualifier": _STRING, "measure": _STRING, "subject": _STRING,
    "side": _STRING, "source_party": _STRING, "source_text": _STRING, "sentence": _STRING,
    "as_of": pa.date32(), "start_char": pa.int64(), "end_char": pa.int64(),
}
ERRORS_SCHEMA = pa.schema([("source", _STRING), ("reason", _STRING)])


def _mention_schema(record: type, columns: Sequence[str] | None = None) -> pa.Schema:
    # a column named like an Article field (outlet, published ...) has that field's type
    annotations = {f.name: f.type for f in dataclasses.fields(Article)}
    annotations.update({f.name: f.type for f in dataclasses.fields(record)})
    if columns is None:
        columns = ["article", *(f.name for f in dataclasses.fields(record) if f.name != "span"),
                   "start_char", "end_char"]
    return pa.schema([(c, _STRING if c == "article" else _column_type(c, annotations))
                      for c in columns])


@cache
def _claims() -> tuple[ModuleType | None, str | None]:
    """The claims module, or ``None`` and why not (it is optional while it is being written)."""
    from importlib import import_module

    try:
        mod = import_module(".claims", __package__)
    except Exception as exc:  # a missing or half-written module must not stop a run
        return None, f"karabakh_nb.claims is not available ({type(exc).__name__}: {exc})"
    if not hasattr(mod, "claims_table") and not hasattr(mod, "extract_claims"):
        return None, "karabakh_nb.claims has neither claims_table nor extract_claims"
    return mod, None


def _claim_record(mod: ModuleType) -> type | None:
    record = getattr(mod, "Claim", None)
    return record if record is not None and dataclasses.is_dataclass(record) else None


@cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of one output table (the same in every process)."""
    if table == "articles":
        return pa.schema(list(_ARTICLE_TYPES.items()))
    if table == "errors":
        return ERRORS_SCHEMA
    if table == "numbers":
        from .numbers import NumberMention

        return _mention_schema(NumberMention)
    if table == "dates":
        from .dates import DateMention

        return _mention_schema(DateMention)
    if table == "claims":
        mod, _ = _claims()
        if mod is None:
            return pa.schema(list(_CLAIM_FALLBACK.items()))
        record = _claim_record(mod)
        if hasattr(mod, "claims_table"):
            columns = list(mod.claims_table([]).columns)
        else:
            columns = None
        if record is None:
            return pa.schema([(c, _CLAIM_FALLBACK.get(c) or _column_type(c, {}))
                              for c in columns or _CLAIM_FALLBACK])
        return _mention_schema(record, columns)
    raise ValueError(f"unknown table {table!r}; the tables are {', '.join(TABLES)} and errors")


def _column(values: pd.Series | list[Any], typ: pa.DataType) -> pa.Array:
    try:
        return pa.array(values, type=typ, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        if typ == _STRING:
            return pa.array([None if _missing(v) else _SURROGATE.sub("\ufffd", str(v)) for v in values],
                            type=typ)
        if pa.types.is_floating(typ):
            return pa.array([None if _missing(v) else float(v) for v in values], type=typ)
        raise


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


def to_arrow(frame: pd.DataFrame | dict[str, list[Any]], table: str) -> pa.Table:
    """``frame`` (a pandas frame, or a dict of equally long column lists) as an Arrow table with
    the fixed schema of ``table`` (absent columns are null)."""
    sch = schema(table)
    if isinstance(frame, dict):
        n = len(next(iter(frame.values()))) if frame else 0
        names = frame.keys()
    else:
        n, names = len(frame), frame.columns
    arrays = [_column(frame[f.name], f.type) if f.name in names else pa.nulls(n, f.type)
              for f in sch]
    return pa.Table.from_arrays(arrays, schema=sch)


# --- the stages -------------------------------------------------------------------------------


def _articles_frame(built: list[_Built]) -> pd.DataFrame:
    from .mentions import corpus_table

    frame = corpus_table([b.article for b in built])
    if not built:
        return frame
    frame["source"] = [b.source for b in built]
    frame["outlet_from"] = [b.article.outlet_from for b in built]
    frame["headline"] = [b.headline for b in built]
    frame["url"] = [b.article.url for b in built]
    frame["caveats"] = ["; ".join(b.article.caveats) for b in built]
    return frame


def _claims_frame(articles: list[Article], conflict: Any = ...) -> pd.DataFrame:
    mod, _ = _claims()
    if mod is None:
        return pd.DataFrame(columns=list(_CLAIM_FALLBACK))
    options = {} if conflict is ... else {"conflict": conflict}
    if hasattr(mod, "claims_table"):
        return mod.claims_table(articles, **options)
    rows = []
    for art in articles:
        for claim in mod.extract_claims(art, **options):
            row = {"article": art.id}
            row.update({f.name: getattr(claim, f.name) for f in dataclasses.fields(claim)
                        if f.name != "span"})
            if getattr(claim, "span", None) is not None:
                row["start_char"], row["end_char"] = claim.span
            rows.append(row)
    return pd.DataFrame(rows)


def _stage(table: str, built: list[_Built], conflict: Any = ...) -> pd.DataFrame | dict[str, list[Any]]:
    if table == "articles":
        return _articles_frame(built)
    articles = [b.article for b in built]
    if table in ("numbers", "dates"):
        from .mentions import mentions_columns

        return mentions_columns(articles, table)  # lists straight to Arrow: no pandas frame
    return _claims_frame(articles, conflict)


def process_chunk(chunk: Sequence[Item], tables: Sequence[str] = TABLES,
                  max_chars: int | None = MAX_CHARS, conflict: Any = ...
                  ) -> tuple[int, int, dict[str, pa.Table]]:
    """Run the pipeline on one chunk of work items; return ``(inputs, articles, tables)``.

    ``tables`` maps each requested table name, and ``errors``, to an Arrow table.
    Never raises for a bad input or an article on which a stage fails: both become
    ``errors`` rows (an article that fails a stage leaves no row in any table).
    """
    built: list[_Built] = []
    errors: list[tuple[int, str, str]] = []
    for pos, item in enumerate(chunk):
        try:
            built.append(_build(pos, item, max_chars))
        except ArticleError as exc:
            errors.append((pos, item[1], exc.reason))
        except Exception as exc:  # a bug must cost one article, not the run
            errors.append((pos, item[1], f"loading failed: {type(exc).__name__}: {exc}"))

    out: dict[str, pa.Table] = {}
    failed: dict[str, tuple[int, str, str]] = {}
    for table in dict.fromkeys(("articles", *tables)):
        try:
            out[table] = to_arrow(_stage(table, built, conflict), table)
        except Exception:
            parts = []
            for b in built:  # find the article(s) on which the stage (or its table) fails
                if b.article.id in failed:
                    continue
                try:
                    parts.append(to_arrow(_stage(table, [b], conflict), table))
                except Exception as exc:
                    failed[b.article.id] = (b.pos, b.source,
                                            f"{table} stage failed: {type(exc).__name__}: {exc}")
            out[table] = pa.concat_tables(parts) if parts else schema(table).empty_table()
    if failed:
        gone = pa.array(list(failed), type=_STRING)
        for table, data in out.items():
            key = "id" if table == "articles" else "article"
            out[table] = data.filter(pc.invert(pc.is_in(data[key], value_set=gone)))
        errors.extend(failed.values())
    errors.sort()
    out = {table: out[table] for table in tables}
    out["errors"] = pa.table({"source": [e[1] for e in errors], "reason": [e[2] for e in errors]},
                             schema=ERRORS_SCHEMA)
    return len(chunk), len(built) - len(failed), out


# --- engines ----------------------------------------------------------------------------------

Batch = tuple[int, int, dict[str, pa.Table]]


def _pool(workers: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    methods = mp.get_all_start_methods()
    others = [t for t in threading.enumerate()
              if t is not threading.main_thread() and type(t).__name__ != "TMonitor"]
    if "fork" in methods and not others:  # (tqdm's sleeping monitor thread is harmless)
        ctx = mp.get_context("fork")  # fastest, and needs no `if __name__ == "__main__"` guard
    elif "forkserver" in methods:  # never fork a threaded parent (Jupyter, a Dask client)
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["karabakh_nb.batch", "karabakh_nb.mentions"])
    else:
        ctx = mp.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def _run_local(chunks: Iterator[list[Item]], workers: int, work: Callable) -> Iterator[Batch]:
    """Chunks on a process pool, at most two per worker in flight, results in input order.

    If the pool breaks (a worker killed, e.g. out of memory), the rest runs in this process."""
    if workers <= 1:
        yield from map(work, chunks)
        return
    from concurrent.futures.process import BrokenProcessPool

    executor = _pool(workers)
    pending: deque = deque()
    broken: list[BaseException] = []

    def submit(chunk):
        if not broken:
            try:
                return executor.submit(work, chunk)
            except BrokenProcessPool as exc:
                _pool_broke(broken, exc)
        return None

    def result(chunk, future) -> Batch:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool as exc:
                _pool_broke(broken, exc)
            except Exception as exc:  # could not ship or run the chunk there: run it here
                _warn(f"a worker could not run a chunk ({type(exc).__name__}: {exc}); "
                      "running it in this process")
        return work(chunk)

    try:
        for chunk in chunks:
            pending.append((chunk, submit(chunk)))
            while pending and (len(pending) >= 2 * workers or broken):
                yield result(*pending.popleft())
        while pending:
            yield result(*pending.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _pool_broke(broken: list[BaseException], exc: BaseException) -> None:
    if not broken:
        broken.append(exc)
        _warn(f"the process pool broke ({exc}); running the rest of the corpus in this process")


def _dask_client(scheduler: str | None):
    """``(client, owned)``: the ``distributed`` client to use, if any."""
    if scheduler is not None:
        from distributed import Client

        return Client(scheduler), True
    try:
        from distributed import get_client
    except ImportError:
        return None, False
    try:
        return get_client(), False
    except ValueError:
        return None, False


def _run_dask(chunks: Iterator[list[Item]], workers: int, work: Callable,
              scheduler: str | None) -> Iterator[Batch]:
    try:
        import dask.bag as db
    except ImportError as exc:
        raise ImportError("engine='dask' needs dask: pip install 'karabakh-nb[dask]'") from exc
    client, owned = _dask_client(scheduler)
    pool = None
    try:
        if client is not None:
            slots = max(1, sum(client.nthreads().values()))
            options: dict[str, Any] = {"scheduler": client}
        else:
            slots = workers
            pool = _pool(workers) if workers > 1 else None
            options = {"scheduler": "processes", "pool": pool} if pool else {"scheduler": "sync"}
        window: list[list[Item]] = []
        for chunk in chunks:
            window.append(chunk)
            if len(window) >= 2 * slots:
                yield from _dask_window(db, window, work, options)
                window = []
        if window:
            yield from _dask_window(db, window, work, options)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if owned:
            client.close()


def _dask_window(db, window: list[list[Item]], work: Callable, options: dict) -> list[Batch]:
    bag = db.from_sequence(window, npartitions=len(window)).map(work)
    try:
        return bag.compute(**options)
    except Exception as exc:  # a chunk could not be shipped or a worker was lost: run the window here
        _warn(f"Dask could not run {len(window)} chunk(s) ({type(exc).__name__}: {exc}); "
              "running them in this process")
        return [work(chunk) for chunk in window]


def _warn(message: str) -> None:
    import warnings

    warnings.warn(f"karabakh_nb: {message}", RuntimeWarning, stacklevel=4)


class _Work:
    """The worker call with its settings bound (picklable, unlike a lambda)."""

    def __init__(self, tables: tuple[str, ...], max_chars: int | None, conflict: Any = ...):
        self.tables, self.max_chars, self.conflict = tables, max_chars, conflict
        self.__name__ = "process_chunk"  # Dask names its tasks after it

    def __repr__(self) -> str:
        return f"process_chunk(tables={self.tables}, max_chars={self.max_chars})"

    def __dask_tokenize__(self):
        return ("karabakh_nb.batch.process_chunk", self.tables, self.max_chars, repr(self.conflict))

    def __call__(self, chunk: list[Item]) -> Batch:
        return process_chunk(chunk, self.tables, self.max_chars, self.conflict)


def _check(engine: str, tables: Iterable[str] | None) -> tuple[str, ...]:
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    tables = TABLES if tables is None else tuple(dict.fromkeys(tables))
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; the tables are {', '.join(TABLES)}")
    return tables


def iter_batches(source: Any, *, engine: str = "local", workers: int | None = None,
                 tables: Iterable[str] | None = None, chunk_size: int = CHUNK_SIZE,
                 max_chars: int | None = MAX_CHARS, scheduler: str | None = None,
                 quiet: bool = False, progress: Callable | None = None,
                 conflict: Any = ...) -> Iterator[Batch]:
    """The pipeline as a stream: one ``(inputs, articles, {table: pyarrow.Table})`` per chunk,
    in input order. :func:`process_corpus` collects or writes these; use it directly to
    stream the tables somewhere else."""
    tables = _check(engine, tables)
    workers = max(1, workers or os.cpu_count() or 1)
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunks = _chunks(_Reader().items(source), chunk_size, CHUNK_CHARS)
    work = _Work(tables, max_chars, conflict)
    run = _run_local(chunks, workers, work) if engine == "local" \
        else _run_dask(chunks, workers, work, scheduler)
    bar = None if quiet else _bar(engine)
    try:
        for batch in run:
            if bar is not None:
                bar.update(batch[0])
            if progress is not None:
                progress(batch)
            yield batch
    finally:
        if bar is not None:
            bar.close()


def _bar(engine: str):
    from tqdm.auto import tqdm

    class Bar(tqdm):  # no monitor thread: the process pool may then start with a plain fork
        monitor_interval = 0

    return Bar(total=None, unit=" articles", desc=f"karabakh_nb ({engine})", file=sys.stderr,
               dynamic_ncols=True)


# --- the result ---------------------------------------------------------------------------------


@dataclass
class BatchResult:
    """What :func:`process_corpus` gives back.

    In memory, ``articles``, ``numbers``, ``dates`` and ``claims`` are pandas
    frames (``None`` for a table that was not asked for). With ``out=``, they are
    ``None`` and ``paths`` names the Parquet files (read one with :meth:`read`).
    ``errors`` is always a frame: the inputs that could not be processed, with the
    reason. ``counts`` has ``inputs``, ``articles``, ``errors`` and the rows of
    each table; ``inputs == articles + errors`` always. ``notes`` says what the
    run could not do (e.g. no claims module installed).
    """

    articles: pd.DataFrame | None = None
    numbers: pd.DataFrame | None = None
    dates: pd.DataFrame | None = None
    claims: pd.DataFrame | None = None
    errors: pd.DataFrame = field(default_factory=lambda: ERRORS_SCHEMA.empty_table().to_pandas())
    counts: dict[str, int] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    engine: str = "local"
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every input was processed."""
        return not self.counts.get("errors")

    def table(self, name: str) -> pd.DataFrame:
        """One table by name, from memory or from its Parquet file."""
        frame = getattr(self, name, None) if name in (*TABLES, "errors") else None
        if frame is not None:
            return frame
        if name in self.paths:
            return self.read(name)
        raise KeyError(f"table {name!r} was not computed")

    def read(self, name: str) -> pd.DataFrame:
        """Read a table written with ``out=`` (pandas; use pyarrow for larger-than-memory work)."""
        import pyarrow.parquet as pq

        return pq.read_table(self.paths[name]).to_pandas()

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.counts.items())
        where = f", out={sorted(self.paths)}" if self.paths else ""
        return f"BatchResult(engine={self.engine!r}, {counts}{where})"


class _ParquetSink:
    """Appends chunks to ``FOLDER/TABLE.parquet`` (via ``.part`` files renamed at the end)."""

    def __init__(self, folder: Path, tables: Sequence[str]):
        import pyarrow.parquet as pq

        self.pq = pq
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.tables = list(tables)
        self.final = {t: folder / f"{t}.parquet" for t in self.tables}
        self.part = {t: folder / f"{t}.parquet.part" for t in self.tables}
        self.writers = {t: pq.ParquetWriter(self.part[t], schema(t)) for t in self.tables}
        self.buffers: dict[str, list[pa.Table]] = {t: [] for t in self.tables}
        self.buffered = {t: [0, 0] for t in self.tables}  # rows, bytes

    def add(self, table: str, data: pa.Table) -> None:
        if data.num_rows:
            self.buffers[table].append(data)
            size = self.buffered[table]
            size[0] += data.num_rows
            size[1] += data.nbytes
            if size[0] >= ROW_GROUP_ROWS or size[1] >= ROW_GROUP_BYTES:
                self._flush(table)

    def _flush(self, table: str) -> None:
        if self.buffers[table]:
            self.writers[table].write_table(pa.concat_tables(self.buffers[table]))
            self.buffers[table] = []
            self.buffered[table] = [0, 0]

    def close(self, ok: bool = True) -> dict[str, Path]:
        for t in self.tables:
            if ok:
                self._flush(t)
            self.writers[t].close()
            if ok:
                os.replace(self.part[t], self.final[t])
            else:
                self.part[t].unlink(missing_ok=True)
        return dict(self.final)


def process_corpus(source: Any, *, engine: str = "local", workers: int | None = None,
                   out: str | os.PathLike | None = None, quiet: bool = False,
                   tables: Iterable[str] | None = None, chunk_size: int = CHUNK_SIZE,
                   max_chars: int | None = MAX_CHARS, scheduler: str | None = None,
                   conflict: Any = ...) -> BatchResult:
    """Run loading, cleaning, numbers, dates and claims over a whole corpus.

    ``source``: a folder (its ``*.txt``, ``*.jsonl`` and ``*.jsonl.gz`` files, by
    name, with ``manifest.csv`` read for the ``.txt`` files), a ``manifest.csv``,
    one file, a list of any of these, or an iterable of record dicts
    (``{"id", "text", "outlet"?, "published"?}``; their keys, like a manifest row, rank below
    what the text says: see the module notes). Inputs are streamed, never all held at once.

    ``engine="local"`` uses a process pool of ``workers`` processes (default:
    every core; ``1`` runs in this process). ``engine="dask"`` runs the same
    chunks as a ``dask.bag`` on the active ``distributed.Client`` (or the cluster
    at ``scheduler=``, an address), else on Dask's process scheduler. Every engine
    gives the same tables in the same order.

    ``out``: a folder; the tables are written there as ``TABLE.parquet`` (and
    ``errors.parquet``) chunk by chunk, and the result holds paths and counts
    instead of frames. ``tables`` limits the work to some of ``articles``,
    ``numbers``, ``dates``, ``claims``. ``quiet=True`` hides the progress bar.
    Texts longer than ``max_chars`` characters are cut there, with a caveat.
    ``conflict`` is passed to :func:`karabakh_nb.claims.claims_table` (the gazetteer
    of sides and parties: a name, a path, a dict, or ``None`` for the generic one
    alone, right for a corpus about another conflict); left out, the claims
    module's default is used.

    >>> result = process_corpus("samples/saudinewsnet_300.jsonl.gz", quiet=True)  # doctest: +SKIP
    >>> result.counts["inputs"] == result.counts["articles"] + result.counts["errors"]  # doctest: +SKIP
    True
    """
    tables = _check(engine, tables)
    notes = []
    if "claims" in tables and (why := _claims()[1]):
        notes.append(f"claims table left empty: {why}")
    sink = _ParquetSink(Path(out), [*tables, "errors"]) if out is not None else None
    parts: dict[str, list[pa.Table]] = {t: [] for t in (*tables, "errors")}
    errors: list[pa.Table] = []
    rows = [t for t in tables if t != "articles"]  # the articles table has counts["articles"] rows
    counts = {"inputs": 0, "articles": 0, "errors": 0, **dict.fromkeys(rows, 0)}
    ok = False
    try:
        for n_inputs, n_articles, batch in iter_batches(
                source, engine=engine, workers=workers, tables=tables, chunk_size=chunk_size,
                max_chars=max_chars, scheduler=scheduler, quiet=quiet, conflict=conflict):
            counts["inputs"] += n_inputs
            counts["articles"] += n_articles
            counts["errors"] += batch["errors"].num_rows
            if batch["errors"].num_rows:
                errors.append(batch["errors"])
            for t in rows:
                counts[t] += batch[t].num_rows
            if sink is not None:
                for t, data in batch.items():
                    sink.add(t, data)
            else:
                for t in tables:
                    parts[t].append(batch[t])
        ok = True
    finally:
        paths = sink.close(ok) if sink is not None else {}
    result = BatchResult(counts=counts, paths=paths, engine=engine, notes=notes)
    result.errors = _frame(errors, "errors")
    if sink is None:
        for t in tables:
            setattr(result, t, _frame(parts[t], t))
    return result


def _frame(parts: list[pa.Table], table: str) -> pd.DataFrame:
    data = pa.concat_tables(parts) if parts else schema(table).empty_table()
    return data.to_pandas()
