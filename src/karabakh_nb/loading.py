"""Loading: decode article files, read the corpus manifest, build :class:`Article` records.

``raw`` is the decoded file, unmodified; everything else (title, body,
boilerplate, paragraphs, sentences) is derived from it by
:mod:`karabakh_nb.cleaning` and points back into it with spans.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cleaning import (
    Segment,
    agency_key,
    canonical_outlet,
    clean,
    is_date_line,
    is_issue_line,
    line_date,
    names_agency,
    outlet_name,
    stamp_date,
)
from .normalize import Normalized, normalize

MANIFEST = "manifest.csv"
#: Columns a manifest may have; ``file`` is required, the rest optional.
MANIFEST_COLUMNS = ("file", "outlet", "published", "url", "notes")
ARTICLE_SUFFIXES = (".txt",)


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message names the file and the problem."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(slots=True)
class Article:
    """One news article: the raw text and what cleaning found in it.

    ``boilerplate`` holds the removed pieces verbatim; ``boilerplate_segments``,
    ``paragraphs`` and ``sentences`` are :class:`~karabakh_nb.cleaning.Segment`
    records whose ``span`` indexes ``raw``. ``published_from`` says where
    ``published`` came from (``argument``, ``dateline``, ``manifest``, ``url``, ``header``,
    ``update_stamp`` or ``None``; in batch runs also ``record`` and ``crawl date``),
    ``outlet_from`` the same for ``outlet``, which is given as the text (or the manifest) names
    it; ``outlet_canonical`` is that outlet's one name across pages and spellings
    (``boilerplate.outlet_aliases``: 'BBC News عربي' and 'بي بي سي' are 'بي بي سي عربي'), for
    grouping by outlet; ``encoding`` is the codec used and
    ``caveats`` lists anything processed with a reservation.
    """

    id: str
    raw: str
    path: Path | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    title_span: tuple[int, int] | None = None
    boilerplate_segments: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    dateline: Segment | None = None
    published_from: str | None = None
    outlet_from: str | None = None
    outlet_canonical: str | None = None
    encoding: str = "utf-8"
    caveats: list[str] = field(default_factory=list)
    _view: Normalized | None = field(default=None, repr=False, compare=False)

    @property
    def view(self) -> Normalized:
        """The matching view of ``raw`` (:func:`~karabakh_nb.normalize.normalize`), built once.

        Cleaning builds it; every later stage cuts its sentences' views from it
        instead of normalizing the same characters again.
        """
        if self._view is None or self._view.raw is not self.raw:
            self._view = normalize(self.raw)
        return self._view

    @property
    def boilerplate(self) -> list[str]:
        """The removed pieces, verbatim from ``raw``, in text order."""
        return [s.text for s in self.boilerplate_segments]

    @property
    def body(self) -> str:
        """The article text without title and boilerplate: its paragraphs, one blank line apart."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def content(self) -> list[Segment]:
        """Title (when there is one) and body paragraphs: where mentions are extracted."""
        head = [Segment(self.title, self.title_span, "title")] if self.title_span else []
        return head + self.paragraphs

    def __repr__(self) -> str:  # short and stable (no memory addresses) for notebooks
        return (f"Article(id={self.id!r}, outlet={self.outlet!r}, published={self.published}, "
                f"title={self.title!r}, paragraphs={len(self.paragraphs)}, "
                f"sentences={len(self.sentences)}, chars={len(self.raw)})")


# --- decoding --------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, and Windows-1256
    are read; an empty, binary or undecodable file raises :class:`ArticleError`.
    """
    if not data.strip():
        raise ArticleError(path, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"starts with a {codec} byte-order mark but does not "
                                         f"decode as {codec}: {exc.reason}") from None
            if not text.strip("\ufeff \t\r\n"):
                raise ArticleError(path, "empty file")
            return text, codec
    if _binary_share(data) > 0.05:
        raise ArticleError(path, "binary file (control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:  # pragma: no cover - cp1256 maps nearly every byte
        raise ArticleError(path, f"neither UTF-8 nor Windows-1256: {exc.reason}") from None
    letters = _LETTER.findall(text)
    arabic = sum(1 for c in letters if _ARABIC_CHAR.match(c))
    if not letters or arabic / len(letters) < 0.3:
        raise ArticleError(path, "undecodable: not UTF-8, and Windows-1256 gives no Arabic text")
    return text, "cp1256"


def _binary_share(data: bytes) -> float:
    sample = data[:65536]
    return len(sample.translate(None, delete=bytes(range(32, 256)) + b"\t\n\x0c\r\x1b")) / len(
        sample)


# --- manifest --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One row of a corpus ``manifest.csv``: what a researcher knows about a file."""

    file: str
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    notes: str | None = None


def read_manifest(path: str | Path) -> dict[str, ManifestRow]:
    """Read ``manifest.csv`` (columns ``file, outlet, published, url, notes``), keyed by file name.

    A missing ``file`` column or a ``published`` that is not ``YYYY-MM-DD`` raises
    :class:`ArticleError` naming the manifest and the row.
    """
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise ArticleError(path, "manifest has no 'file' column "
                                     f"(expected columns: {', '.join(MANIFEST_COLUMNS)})")
        rows: dict[str, ManifestRow] = {}
        for n, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if not name:
                raise ArticleError(path, f"row {n}: empty 'file'")
            published = (row.get("published") or "").strip()
            try:
                date = dt.date.fromisoformat(published) if published else None
            except ValueError:
                raise ArticleError(path, f"row {n}: published {published!r} is not "
                                         "a YYYY-MM-DD date") from None
            rows[name] = ManifestRow(
                file=name,
                outlet=(row.get("outlet") or "").strip() or None,
                published=date,
                url=(row.get("url") or "").strip() or None,
                notes=(row.get("notes") or "").strip() or None,
            )
    return rows


@cache
def _manifest_for(folder: Path, mtime: float) -> dict[str, ManifestRow]:
    return read_manifest(folder / MANIFEST)


def _manifest_row(path: Path) -> ManifestRow | None:
    manifest = path.parent / MANIFEST
    if not manifest.is_file():
        return None
    rows = _manifest_for(path.parent.resolve(), manifest.stat().st_mtime)
    return rows.get(path.name) or rows.get(path.stem)


# --- articles --------------------------------------------------------------------------------


_TITLE_PUT_BEFORE = "title put before the text (offsets into the text shift by its length + 2)"


def _holds_line(text: str, line: str) -> bool:
    """Whether a line of ``text`` reads ``line`` (whitespace collapsed).

    >>> _holds_line("T\\n\\nbody", "T"), _holds_line("body. T", "T")
    (True, False)
    """
    return line in text and any(" ".join(t.split()) == line for t in text.splitlines())


def article_from_text(raw: str, id: str, *, path: str | Path | None = None,
                      published: dt.date | str | None = None, outlet: str | None = None,
                      title: str | None = None,
                      manifest: ManifestRow | None = None, encoding: str = "utf-8",
                      caveats: Iterable[str] = ()) -> Article:
    """Build an :class:`Article` from decoded text (what :func:`load_article` does after decoding).

    ``published`` and ``outlet`` given here are explicit overrides: they beat what is inferred
    (the batch never passes them: a record's keys are manifest-level, ``manifest``); then the
    dateline and the outlet named in the text; then ``manifest`` (whose outlet, when it is
    the wire agency a byline names, is given as the text names it: 'باكو/ الأناضول' on the
    manifest's 'وكالة الأناضول' gives 'الأناضول'); last the site's own name, from its masthead
    or copyright line ('© 2024 بي بي سي'), given the same way. The outlet is kept as named;
    ``outlet_canonical`` gives its one name (``boilerplate.outlet_aliases``).

    ``published``, in this order: the argument; the dateline (a date line right under the
    title, or a labelled publication stamp: the article's own date); the manifest; a day the
    manifest's URL carries (:func:`url_date`, ``published_from`` ``url``, with a caveat); the site's
    header date line above the title ('الأربعاء 20 سبتمبر 2023 17:45', also a Hijri date
    converted, or the Gregorian one of a line with both), which may be the crawl day on some
    sites and so ranks below the manifest (``published_from`` ``header``); last an update stamp
    ('آخر تحديث: ...'), the day of a later edit. The header line and the dateline stay
    boilerplate (``site_header_date``, ``dateline``) wherever the date comes from. ``title``, when
    the headline is known from elsewhere (a JSON record), is used instead of the
    first line of the text; when no line above the body reads it (no line does, or
    only one inside the body, such as the verse of a poem that the record took as its
    headline), it is put before the text on a line of its own (whitespace collapsed),
    and a line of the text that reads it stays body; so that its numbers, dates and
    claims are read and spanned like the rest, and a caveat gives the offset.

    >>> art = article_from_text("Body.", "a", title="Head")
    >>> art.raw, art.title, art.title_span, len(art.caveats)
    ('Head\\n\\nBody.', 'Head', (0, 4), 1)
    """
    caveats = list(caveats)
    if title is not None:
        title = " ".join(title.split()) or None
    cleaned = clean(raw, title=title) if title and _holds_line(raw, title) else None
    if title and (cleaned is None or cleaned.title is None):
        # not in the text, or only inside the body (a verse that gave the record its headline)
        raw = f"{title}\n\n{raw}"
        caveats.append(_TITLE_PUT_BEFORE)
        cleaned = clean(raw, title=title, title_in_text=False)
    elif cleaned is None:
        cleaned = clean(raw)
    art = Article(id=id, raw=raw, path=Path(path) if path is not None else None,
                  encoding=encoding, caveats=list(caveats), _view=cleaned.view)
    if cleaned.title:
        art.title, art.title_span = cleaned.title.text, cleaned.title.span
    elif title:
        art.title = title  # known from the record, not present in raw: no span
    art.boilerplate_segments = sorted(cleaned.boilerplate, key=lambda s: s.span)
    art.paragraphs = cleaned.paragraphs
    art.sentences = cleaned.sentences
    art.dateline = cleaned.dateline
    art.url = manifest.url if manifest else None

    if published is not None:
        art.published = (dt.date.fromisoformat(published) if isinstance(published, str)
                         else published)
        art.published_from = "argument"
    elif (when := _dateline_date(cleaned.dateline)) is not None:
        art.published, art.published_from = when, "dateline"
        if (turned := _weekday_order(when, cleaned.dateline, cleaned.paragraphs)) is not None:
            # rule weekday_order: '12/05/2023' read day first is a Friday, but the story says 'اليوم
            # الثلاثاء': the stamp is month first (5 December 2023, a Tuesday)
            art.published = turned
    elif manifest and manifest.published:
        art.published, art.published_from = manifest.published, "manifest"
    elif (when := _body_tag_date(cleaned.paragraphs, art.boilerplate_segments)) is not None:
        # rule body_tag_date: the agency's tag opening the story carries its day ('رام الله 26-10-2024
        # وفا-'; a day and month only, 'عمان 17 أيار (بترا)-', in the year of the site's header date)
        art.published, art.published_from = when, "body_tag"
    elif art.url and (when := url_date(art.url)) is not None:
        # no dateline and no manifest date, but the page's address carries its day (a print
        # issue's folder '/Issues/20150805/', a dated path '/2015/08/05/'): the article's own date
        art.published, art.published_from = when, "url"
        art.caveats.append(_URL_DATE_CAVEAT)
    elif (when := _header_date(art.boilerplate_segments)) is not None:
        # no dateline and no manifest, only the site's date line above the headline
        art.published, art.published_from = when, "header"
        foot = _foot_date(art.boilerplate_segments, cleaned.paragraphs)
        if foot is not None and when - _HEADER_LAG <= foot < when:
            # rule foot_before_header: the story's own date line under it ('سقطرى – فريق ...' /
            # '14 فبراير، 2024') a few days before the site's header date, which is the crawl day
            art.published, art.published_from = foot, "foot"
    elif (when := _foot_date(art.boilerplate_segments, cleaned.paragraphs)) is not None:
        # rule foot_date: an agency's page stamps its day under the story ('(النهاية)' / initials /
        # '10/07/2024 12:05:14 م')
        art.published, art.published_from = when, "foot"
    elif cleaned.updated is not None and (when := stamp_date(cleaned.updated.text)) is not None:
        # no publication stamp and no manifest, only 'آخر تحديث: 12/10/2020 - 14:05': the last
        # update is the closest the text comes to its publication day
        art.published, art.published_from = when, "update_stamp"

    if outlet is not None:
        art.outlet, art.outlet_from = outlet, "argument"
    elif cleaned.outlet:
        art.outlet, art.outlet_from = outlet_name(cleaned.outlet), cleaned.outlet_rule
    elif (manifest and manifest.outlet and cleaned.byline_agency
          and names_agency(manifest.outlet, cleaned.byline_agency)):
        # the agency's own site ('باكو/ الأناضول' on وكالة الأناضول): the outlet as the text names it
        art.outlet, art.outlet_from = cleaned.byline_agency, "byline"
    elif manifest and manifest.outlet:
        art.outlet, art.outlet_from = manifest.outlet, "manifest"
    elif cleaned.site_name:  # the site names itself in its masthead or copyright line, nothing else does
        art.outlet, art.outlet_from = outlet_name(cleaned.site_name[0]), cleaned.site_name[1]
        if cleaned.byline_agency and names_agency(cleaned.site_name[0], cleaned.byline_agency):
            art.outlet = cleaned.byline_agency  # 'وكالة الأناضول' above 'أنقرة/ الأناضول'
    if art.outlet is not None:  # as named; and its one name for grouping ('BBC News عربي': 'بي بي سي عربي')
        art.outlet_canonical = canonical_outlet(art.outlet)
    return art


_URL_DATE_CAVEAT = "published is the date in the article's URL (no dateline, no manifest date)"
#: A day in an address's path, delimited by '/', '-', '_', '.' or the ends: 'YYYYMMDD'
#: ('/Issues/20150805/', '-20150805-'), or 'YYYY/MM/DD' and 'YYYY-MM-DD' ('/2015/08/05/'). Longer
#: digit runs ('/Con20150805784687.htm', an id '/201508051234/') are no date.
_URL_DATE_RE = re.compile(
    r"(?<![^/_.-])((?:19|20)\d\d)(?:(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
    r"|([/-])(0[1-9]|1[0-2])\4(0[1-9]|[12]\d|3[01]))(?![^/_.-])")
#: The first year a news page's address can carry; the last is the next year from today.
_URL_FIRST_YEAR = 1995


def url_date(url: str) -> dt.date | None:
    """The publication day an article's URL carries, or ``None``.

    Only a whole path part (or a part delimited by '-', '_', '.'; never the query) that is a
    valid calendar date with a plausible year (1995 to next year) counts, so an article id is
    never read as a date.

    >>> url_date("http://www.okaz.com.sa/new/Issues/20150805/Con20150805784687.htm")
    datetime.date(2015, 8, 5)
    >>> url_date("http://www.aleqt.com/2015/07/20/article_974886.html")
    datetime.date(2015, 7, 20)
    >>> url_date("http://www.alriyadh.com/20151066"), url_date("http://x.com/news/20151301/a")
    (None, None)
    >>> url_date("http://x.com/News_Detail.aspx?ArticleID=20150805")  # an id in the query
    """
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]  # a query holds ids, not days
    path = path[path.find("/"):] if "/" in path else ""
    for m in _URL_DATE_RE.finditer(path):
        year = int(m.group(1))
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
        if not _URL_FIRST_YEAR <= year <= dt.date.today().year + 1:
            continue
        try:
            return dt.date(year, int(month), int(day))
        except ValueError:  # 20150231
            continue
    return None


def _dateline_date(seg: Segment | None) -> dt.date | None:
    return None if seg is None else line_date(seg.text)


def _header_date(segments: list[Segment]) -> dt.date | None:
    """The day the first site header date line above the title gives (``site_header_date``); rule
    header_issue_date: a header date line opened by the issue's number ('العدد 231 - الأربعاء 24 ربيع
    الأول 1431هـ') gives the day of the issue that carries the story, before the site's day above it
    ('اليوم: الأحد 14 مارس 2010')."""
    headers = [seg for seg in segments if seg.rule == "site_header_date"]
    for seg in headers:
        if is_issue_line(seg.text) and (day := line_date(seg.text)) is not None:
            return day
    return line_date(headers[0].text) if headers else None


#: A story's opening agency tag: a place, a date (day-month-year, or a day and a month), the agency in
#: parentheses or before a dash ('رام الله 26-10-2024 وفا-', 'عمان 17 أيار (بترا)-', 'الكويت - 10 - 7 (كونا)')
_BODY_TAG_RE = re.compile(
    r"^\s*[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}[ \t]*[-\u2013\u2014\u060c,]?[ \t]*"
    r"(?P<date>\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}(?:[ \t]*[-/.][ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?(?:[ \t]+\d{4})?)"
    r"[ \t]*\(?[ \t]*(?P<agency>[^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[ \t]*\)?[ \t]*[-\u2013\u2014/:]")
_YEAR_END_RE = re.compile(r"\d{4}$")
_DAY_MONTH_RE = re.compile(r"^(\d{1,2})[ \t]*[-/.][ \t]*(\d{1,2})$")


def _body_tag_date(paragraphs: list[Segment], segments: list[Segment]) -> dt.date | None:
    """The day an agency's tag opening the first paragraph gives (rule ``body_tag_date``): a full date
    as written; a day and a month with no year, the latest such day on or before the site's header
    date among the boilerplate ``segments`` (the crawl day), none without it. The tag must name a
    known agency."""
    if not paragraphs or not (m := _BODY_TAG_RE.match(paragraphs[0].text)):
        return None
    if agency_key(m.group("agency")) is None:
        return None
    date = m.group("date")
    if _YEAR_END_RE.search(date):
        return line_date(date)
    if (reference := _header_date(segments)) is None:
        return None
    if (dm := _DAY_MONTH_RE.match(date)) is not None:
        date = f"{dm.group(1)}/{dm.group(2)}"
    for year in (reference.year, reference.year - 1):
        when = line_date(f"{date} {year}" if dm is None else f"{date}/{year}")
        if when is not None and when <= reference:
            return when
    return None


#: A foot stamp is looked for among this many boilerplate lines under the story.
_FOOT_LINES = 4


#: Rule foot_before_header: how long before a site's header date (a crawl day) the story's own date
#: line under the text may be.
_HEADER_LAG = dt.timedelta(days=30)

#: rule weekday_order: a numeric day and month that could be read either way, then the year.
_EITHER_WAY_RE = re.compile(r"(?<![\d.:/\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{4})(?!\d)")
#: rule weekday_order: how many paragraphs under the dateline are read for 'today' with a weekday.
_WEEKDAY_PARAGRAPHS = 3


def _weekday_order(when: dt.date, dateline: Segment | None, paragraphs: list[Segment]) -> dt.date | None:
    """Rule weekday_order: the month-first reading of a numeric dateline ('12/05/2023') when the day
    it gives (read day first) is not the weekday the story's first paragraphs name for today ('اليوم
    الثلاثاء') and the month-first day is; else ``None``. Only a stamp whose day and month are both
    12 or less, and differ, can be read either way."""
    from .dates import extract_dates  # local import, as cleaning's line_date does

    m = _EITHER_WAY_RE.search(dateline.text) if dateline is not None else None
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if a == b or a > 12 or b > 12 or (when.year, when.month, when.day) != (year, b, a):
        return None  # (compared, not built: a stamp's first date may be no day at all, '00/05/2023')
    other = dt.date(year, a, b)
    lead = [p.text for p in paragraphs if p.span[0] > dateline.span[0]][:_WEEKDAY_PARAGRAPHS]
    for text in lead:
        today = [d for d in extract_dates(text, when) if d.rule == "today"]
        if today and all(d.start != when for d in today) \
                and any(d.start == other for d in extract_dates(text, other) if d.rule == "today"):
            return other
    return None


def _foot_date(segments: list[Segment], paragraphs: list[Segment]) -> dt.date | None:
    """The day a date line among the first boilerplate lines under the last paragraph gives (rule
    ``foot_date``)."""
    if not paragraphs:
        return None
    end = paragraphs[-1].span[1]
    below = [seg for seg in segments if seg.span[0] >= end][:_FOOT_LINES]
    for seg in below:
        if is_date_line(seg.text) and (when := line_date(seg.text)) is not None:
            return when
    return None


def load_article(path: str | Path, *, published: dt.date | str | None = None,
                 outlet: str | None = None) -> Article:
    """Load one article file.

    >>> art = load_article("seeds/001_3bac4744d1ebe7a2.txt")  # doctest: +SKIP
    >>> art.published, art.outlet                              # doctest: +SKIP
    (datetime.date(2020, 10, 10), 'الكرمل')

    Reads ``manifest.csv`` beside the file when present. Raises
    :class:`ArticleError` (naming the file) for a missing, empty, binary or
    undecodable file.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a folder, not a file (use load_corpus)") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot be read: {exc.strerror}") from None
    raw, encoding = decode(data, path)
    caveats = [f"decoded as {encoding}"] if encoding not in ("utf-8", "utf-8-sig") else []
    return article_from_text(raw, path.stem, path=path, published=published, outlet=outlet,
                             manifest=_manifest_row(path), encoding=encoding, caveats=caveats)


class Corpus(list):
    """A list of :class:`Article` that also reports the files it skipped as ``(path, reason)``."""

    def __init__(self, articles: Iterable[Article] = (),
                 skipped: Iterable[tuple[str, str]] = ()):
        super().__init__(articles)
        self.skipped: list[tuple[str, str]] = list(skipped)


def corpus_paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    """The article files named by a folder, a ``manifest.csv``, one file, or a list of paths.

    A folder gives its ``*.txt`` files (sorted by name); a manifest gives the
    files it lists, in its order.
    """
    if isinstance(source, str | Path):
        p = Path(source)
        if p.is_dir():
            return sorted(q for q in p.iterdir()
                          if q.suffix.lower() in ARTICLE_SUFFIXES and q.is_file())
        if p.name == MANIFEST or p.suffix.lower() == ".csv":
            return [p.parent / name for name in read_manifest(p)]
        return [p]
    return [Path(s) for s in source]


def load_corpus(source: str | Path | Iterable[str | Path], *,
                on_error: str = "raise") -> Corpus:
    """Load many articles in a stable order (by file name for a folder).

    ``on_error="raise"`` stops at the first bad file with its :class:`ArticleError`;
    ``"skip"`` leaves bad files out, lists them in ``Corpus.skipped`` and warns
    once with their count, so nothing is dropped silently.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    if isinstance(source, str | Path) and not Path(source).exists():
        raise ArticleError(source, "no such file or folder")
    corpus = Corpus()
    for path in corpus_paths(source):
        try:
            corpus.append(load_article(path))
        except ArticleError as exc:
            if on_error == "raise":
                raise
            corpus.skipped.append((exc.path, exc.reason))
    if corpus.skipped:
        warnings.warn(f"{len(corpus.skipped)} file(s) skipped; see Corpus.skipped",
                      stacklevel=2)
    return corpus
