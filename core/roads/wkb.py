"""Line coordinates from many WKB geometries at once.

QGIS hands features over one by one; reading each WKB with shapely 1.8 (what Debian's
QGIS ships; it has no vectorised reader) costs about 60 microseconds a feature, half a
minute for a county's roads. Here the blobs are joined and read with numpy in a few
passes: little-endian (Multi)LineStrings of any dimension (XY, Z, M, ZM, ISO or EWKB type
codes) take the fast path, anything else goes through shapely.
"""

from __future__ import annotations

import numpy as np
from shapely import wkb as shapely_wkb

LINESTRING, MULTILINESTRING = 2, 5


def lines_from_wkb(blobs: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vertices (n, 2) of every line part, the parts' vertex counts and owning blob index.

    Parts come in blob order; empty parts and parts with fewer than two vertices are left
    out, as are blobs that hold no line (points, polygons, empty geometries).
    """
    lens = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    raw = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    off = np.cumsum(lens) - lens
    ok = lens >= 9
    base, dims = np.zeros(len(blobs), dtype=np.int64), np.zeros(len(blobs), dtype=np.int64)
    little = np.zeros(len(blobs), dtype=bool)
    little[ok] = raw[off[ok]] == 1
    base[little], dims[little] = _geometry_type(_u32(raw, off[little] + 1))
    single = little & (base == LINESTRING)
    multi = little & (base == MULTILINESTRING)

    # each part: where its coordinates start, how many vertices, doubles per vertex
    starts, counts, owner, rank = [], [], [], []
    idx = np.flatnonzero(single)
    starts.append(off[idx] + 9)
    counts.append(_u32(raw, off[idx] + 5))
    owner.append(idx)
    rank.append(np.zeros(len(idx), dtype=np.int64))
    idx = np.flatnonzero(multi)
    n_parts = _u32(raw, off[idx] + 5)
    pos = off[idx] + 9  # the header of each blob's next part
    end = off + lens
    for j in range(int(n_parts.max()) if len(idx) else 0):
        live = n_parts > j
        i, p = idx[live], np.minimum(pos[live], end[idx[live]] - 9)
        good = (raw[p] == 1) & (_geometry_type(_u32(raw, p + 1))[0] == LINESTRING)
        multi[i[~good]] = False  # a part that is not a little-endian line: shapely reads it
        cnt = _u32(raw, p + 5)
        starts.append(p + 9)
        counts.append(cnt)
        owner.append(i)
        rank.append(np.full(len(i), j, dtype=np.int64))
        pos[live] = p + 9 + 8 * dims[i] * cnt
    starts, counts = np.concatenate(starts), np.concatenate(counts)
    owner, rank = np.concatenate(owner), np.concatenate(rank)
    fits = starts + 8 * dims[owner] * counts <= end[owner]
    single[owner[~fits]] = multi[owner[~fits]] = False  # truncated: shapely says why
    fast = single[owner] | multi[owner]
    starts, counts, owner, rank = starts[fast], counts[fast], owner[fast], rank[fast]
    xy = _gather_xy(raw, starts, counts, dims[owner])
    sizes = counts

    other = np.flatnonzero(ok & ~single & ~multi)
    if len(other):  # big-endian, collections...: shapely reads them
        more = [(i, np.asarray(g.coords)[:, :2]) for i in other
                for g in _line_geoms(shapely_wkb.loads(bytes(blobs[i])))]
        if more:
            xy = np.concatenate([xy] + [c for _, c in more])
            sizes = np.r_[sizes, [len(c) for _, c in more]].astype(np.int64)
            owner = np.r_[owner, [i for i, _ in more]].astype(np.int64)
            rank = np.r_[rank, np.arange(len(more))].astype(np.int64)
    # blob order, and parts of at least two vertices
    order = np.lexsort((rank, owner))
    keep = order[sizes[order] >= 2]
    first_vertex = np.cumsum(sizes) - sizes
    vidx = np.repeat(first_vertex[keep], sizes[keep]) + _ranges(sizes[keep])
    return xy[vidx], sizes[keep], owner[keep]


def _geometry_type(code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Base type and doubles per vertex from ISO (1000s) or EWKB (flag bits) codes."""
    z = (code & 0x80000000) != 0
    m = (code & 0x40000000) != 0
    plain = code & 0x0FFFFFFF
    kind = plain // 1000  # ISO: 1 Z, 2 M, 3 ZM
    z |= (kind == 1) | (kind == 3)
    m |= (kind == 2) | (kind == 3)
    return plain % 1000, 2 + z.astype(np.int64) + m.astype(np.int64)


def _u32(raw: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Little-endian unsigned 32-bit integers starting at byte positions ``pos``."""
    pos = np.asarray(pos, dtype=np.int64)
    b = raw[pos[:, None] + np.arange(4)].astype(np.int64)
    return b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16) | (b[:, 3] << 24)


def _ranges(counts: np.ndarray) -> np.ndarray:
    """0..c-1 for each count, concatenated."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)


def _gather_xy(raw: np.ndarray, starts: np.ndarray, counts: np.ndarray, dim: np.ndarray
               ) -> np.ndarray:
    """x, y of every vertex: doubles read through eight views of the buffer, one per
    byte alignment, so no byte is copied twice."""
    if len(starts) == 0:
        return np.zeros((0, 2))
    first = np.repeat(starts, counts) + 8 * np.repeat(dim, counts) * _ranges(counts)
    xy = np.empty((len(first), 2))
    shift = first % 8
    for r in np.unique(shift):
        view = raw[r:r + 8 * ((len(raw) - r) // 8)].view("<f8")
        at = shift == r
        word = (first[at] - r) // 8
        xy[at, 0] = view[word]
        xy[at, 1] = view[word + 1]
    return xy


def _line_geoms(geom) -> list:
    """The non-empty line strings in a shapely geometry."""
    if geom.is_empty:
        return []
    if geom.geom_type == "LineString":
        return [geom]
    return [g for g in getattr(geom, "geoms", []) if g.geom_type == "LineString"
            and not g.is_empty]
