"""Small least-recently-used cache for built networks and search results."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class LruCache:
    """Keeps the ``size`` most recently used values; ``get_or_build`` builds on a miss."""

    def __init__(self, size: int = 3):
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get_or_build(self, key: Hashable | None, build: Callable[[], Any]) -> Any:
        """The cached value of ``key``, or ``build()`` (stored unless ``key`` is None)."""
        if key is not None and key in self._items:
            self._items.move_to_end(key)
            self.hits += 1
            return self._items[key]
        self.misses += 1
        value = build()
        if key is not None:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def __contains__(self, key: Hashable | None) -> bool:
        return key is not None and key in self._items

    def last_used(self) -> Any:
        """The value most recently built or reused (None when empty)."""
        return next(reversed(self._items.values()), None)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def file_signature(*paths) -> tuple:
    """(path, size, modification time in ns) of each file, and of each file in a folder: a
    cache key part that changes whenever a file is rewritten. Missing paths give None."""
    out: list = []
    for p in map(str, paths):
        if os.path.isdir(p):
            for root, _, names in sorted(os.walk(p)):
                out.extend(_stat(os.path.join(root, n)) for n in sorted(names))
        else:
            out.append(_stat(p))
    return tuple(out)


def _stat(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return (path, None)
    return (os.path.realpath(path), st.st_size, st.st_mtime_ns)
