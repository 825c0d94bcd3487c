"""Values built once per rules object or record and kept while it lives. Pure.

FigureRules and records hold mappings, so they cannot be dict keys: the cache is keyed by
`id()` with an identity check (an id may be reused once its object is gone), and holds at
most a few entries (a process checks with one or two rule sets and records).
"""

from __future__ import annotations

from typing import Callable, Hashable, TypeVar

__all__ = ["kept"]

T = TypeVar("T")
_MOST = 8


def kept(cache: dict, key: Hashable, owner: object, build: Callable[[], T]) -> T:
    """`build()`, made once for `owner` under `key` (an id of it, with whatever else the value
    depends on) and kept in `cache`."""
    entry = cache.get(key)
    if entry is None or entry[0] is not owner:
        if len(cache) >= _MOST:
            cache.clear()
        entry = cache[key] = (owner, build())
    return entry[1]
