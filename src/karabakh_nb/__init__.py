"""karabakh-nb: read Arabic news the way a careful analyst does.

Load messy scraped articles without losing a character (:func:`load_article`,
:func:`load_corpus`), extract numbers and dates with spans into the raw text
(:func:`extract_numbers`, :func:`extract_dates`), and score all of it against
hand-made gold (:mod:`karabakh_nb.evaluate`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

#: public name -> module that defines it (imported on first use, so start-up stays light)
_EXPORTS = {
    "Article": "loading",
    "ArticleError": "loading",
    "Corpus": "loading",
    "load_article": "loading",
    "load_corpus": "loading",
    "read_manifest": "loading",
    "article_from_text": "loading",
    "Segment": "cleaning",
    "clean": "cleaning",
    "NumberMention": "numbers",
    "extract_numbers": "numbers",
    "DateMention": "dates",
    "extract_dates": "dates",
    "article_numbers": "mentions",
    "article_dates": "mentions",
    "mentions_table": "mentions",
    "corpus_table": "mentions",
    "process_corpus": "batch",
    "BatchResult": "batch",
    "Claim": "claims",
    "extract_claims": "claims",
    "claims_table": "claims",
    "ar": "plotting",
    "show": "view",
    "use_arabic_style": "plotting",
}

__all__ = [*sorted(_EXPORTS), "evaluate", "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    if name == "evaluate":
        return import_module(".evaluate", __name__)
    raise AttributeError(f"module 'karabakh_nb' has no attribute {name!r}")


def __dir__():
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from . import evaluate  # noqa: F401
    from .batch import BatchResult, process_corpus  # noqa: F401
    from .claims import Claim, claims_table, extract_claims  # noqa: F401
    from .cleaning import Segment, clean  # noqa: F401
    from .dates import DateMention, extract_dates  # noqa: F401
    from .loading import (  # noqa: F401
        Article,
        ArticleError,
        Corpus,
        article_from_text,
        load_article,
        load_corpus,
        read_manifest,
    )
    from .mentions import article_dates, article_numbers, corpus_table, mentions_table  # noqa: F401
    from .numbers import NumberMention, extract_numbers  # noqa: F401
    from .plotting import ar, use_arabic_style  # noqa: F401
    from .view import show  # noqa: F401
