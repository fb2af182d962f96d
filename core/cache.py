"""Caches: a small least-recently-used one in memory for built networks and search
results, and one on disk for built road networks (``NetworkDiskCache``)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import numpy as np

from .messages import from_data, to_data


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


def file_digest(path: str, chunk: int = 1 << 22) -> str:
    """SHA-256 of a file's bytes (the content key where size and time are not trusted)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------------- networks on disk
NETWORK_FORMAT = "palveluverkko-road-network"
NETWORK_VERSION = 2  # raise whenever what is stored, or how the build makes it, changes
_NET_ARRAYS = ("vx", "vy", "node_x", "node_y", "e_from", "e_to", "e_v0", "e_v1", "e_len",
               "e_feature", "cumlen")
_LINE_ARRAYS = ("xy", "sizes", "feature", "classes", "speeds", "oneway")
KEEP_FILES = 8  # networks kept on disk (the least recently used go first)
STALE_SECONDS = 24 * 3600  # temporary files older than this were left by a crashed run


class NetworkDiskCache:
    """Built road networks on disk, so that the next process skips the build.

    A file holds plain numeric arrays in an ``.npz`` (always loaded with
    ``allow_pickle=False``: nothing read is ever executed) and a small JSON header with a
    format name, a version and the full content key; a file whose header does not match
    exactly, or that cannot be read, is ignored (and replaced by the next save). Writes go
    to a temporary name in the same folder and are renamed into place, so readers and
    other writers only ever see whole files; any file may be deleted at any time.
    """

    def __init__(self, folder, keep: int = KEEP_FILES):
        self.folder = Path(folder)
        self.keep = keep

    @staticmethod
    def key_text(key) -> str:
        return json.dumps(key, sort_keys=True, separators=(",", ":"), default=str)

    def path(self, key) -> Path:
        digest = hashlib.sha256(self.key_text(key).encode()).hexdigest()[:32]
        return self.folder / f"network-{digest}.npz"

    def load(self, key):
        """The network stored under ``key``, or None (missing, foreign, old or damaged)."""
        path = self.path(key)
        try:
            with np.load(path, allow_pickle=False) as data:
                header = json.loads(bytes(data["header"]).decode("utf-8"))
                if header != self._header(key, header.get("notes", []),
                                          header.get("lines", [])):
                    return None
                arrays = {name: data[name] for name in _NET_ARRAYS}
                lines = {name: data["line_" + name] for name in header["lines"]}
            net = _network(arrays, lines, header["notes"])
        except Exception:  # noqa: BLE001 (any unreadable file is a miss, never an error)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return net

    def save(self, key, net) -> Path | None:
        """Store ``net`` under ``key``; None when it cannot be (read-only folder, classes
        that are not text...): the cache is an aid, never a reason to fail."""
        lines = {}
        for name in _LINE_ARRAYS:
            value = getattr(net.lines, name)
            if value is None:
                continue
            value = np.asarray(value)
            if value.dtype == object:
                if not all(isinstance(v, str) for v in value):
                    return None
                value = value.astype(str)
            lines["line_" + name] = value
        header = self._header(key, list(net.notes), [n[5:] for n in lines])
        blob = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
        path = self.path(key)
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=path.stem + ".", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                np.savez(f, header=blob, **{n: getattr(net, n) for n in _NET_ARRAYS}, **lines)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.remove(tmp)
            return None
        self.prune()
        return path

    def prune(self) -> None:
        """Keep the ``keep`` most recently used networks; drop stale temporary files."""
        now = time.time()
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return
        files = []
        for e in entries:
            with contextlib.suppress(OSError):
                mtime = e.stat().st_mtime
                if e.name.startswith("network-") and e.name.endswith(".npz"):
                    files.append((mtime, e.path))
                elif e.name.startswith("network-") and e.name.endswith(".tmp") \
                        and now - mtime > STALE_SECONDS:
                    os.remove(e.path)
        for _, p in sorted(files, reverse=True)[self.keep:]:
            with contextlib.suppress(OSError):
                os.remove(p)

    def _header(self, key, notes: list, lines: list) -> dict:
        return {"format": NETWORK_FORMAT, "version": NETWORK_VERSION,
                "key": self.key_text(key), "notes": [to_data(n) for n in notes],
                "lines": lines}


def _network(arrays: dict, lines: dict, notes: list):
    """A RoadNetwork from loaded arrays, after checks that they fit together (a file that
    passed the header check may still be cut short or edited)."""
    from .roads.network import LineInput, RoadNetwork

    for a in (*arrays.values(), *lines.values()):
        if a.dtype.kind not in "biufU":
            raise ValueError("not a plain array")
    n_v, n_e, n_n = len(arrays["vx"]), len(arrays["e_from"]), len(arrays["node_x"])
    same = [len(arrays[k]) == n_v for k in ("vy", "cumlen")] + [
        len(arrays[k]) == n_e for k in ("e_to", "e_v0", "e_v1", "e_len", "e_feature")] + [
        len(arrays["node_y"]) == n_n]
    ends = np.r_[arrays["e_from"], arrays["e_to"]]
    verts = np.r_[arrays["e_v0"], arrays["e_v1"]]
    if not all(same) or (n_e and (ends.min() < 0 or ends.max() >= n_n or verts.min() < 0
                                  or verts.max() >= n_v)):
        raise ValueError("arrays do not fit together")
    if "classes" in lines:
        lines["classes"] = lines["classes"].astype(object)
    line = LineInput(**lines)
    if n_e and (arrays["e_feature"].min() < 0 or arrays["e_feature"].max() >= line.n_features):
        raise ValueError("features do not fit")
    for name in ("classes", "speeds", "oneway"):
        value = getattr(line, name)
        if value is not None and len(value) < line.n_features:
            raise ValueError("attributes do not fit")
    return RoadNetwork(**arrays, lines=line, notes=[from_data(n) for n in notes])
