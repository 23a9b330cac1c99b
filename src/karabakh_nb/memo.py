"""A small bounded memo for the extractors: recent results by their input text.

The pipeline asks about the same sentence more than once (the numbers table,
then claims; the dates table, then the date guard of numbers), so each
extractor remembers its last few thousand answers. Results are immutable
tuples, so sharing them is safe.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from .normalize import Normalized, normalize

_MISSING = object()


class Memo:
    """Least-recently-used map of at most ``maxsize`` entries.

    >>> m = Memo(2)
    >>> m.put("a", 1); m.put("b", 2); m.get("a"); m.put("c", 3)
    1
    >>> m.get("b") is None, len(m)
    (True, 2)
    """

    __slots__ = ("maxsize", "_data")

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        """The value stored under ``key`` (now the most recent), or ``None``."""
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            return None
        self._data.move_to_end(key)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        """Store ``value`` under ``key``, forgetting the least recent entry when full."""
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (benchmarks time real scans, not lookups)."""
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


def remembered(memo: Memo, extract: Callable[[str, Normalized, Any], Sequence[Any]], text: str,
               reference: Any, view: Normalized | None) -> list[Any]:
    """``extract(text, view, reference)`` as a list, answered from ``memo`` when it was asked
    before; ``view`` is used when it is the view of ``text``, else the text is normalized."""
    key = (text, reference)
    found = memo.get(key)
    if found is None:
        nv = view if view is not None and view.raw == text else normalize(text)
        found = tuple(extract(text, nv, reference))
        memo.put(key, found)
    return list(found)
