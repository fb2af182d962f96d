"""Catchment (isochrone) polygons that follow the road network.

The rule (the help's): a place is in a band when a road point within ``reach`` of it
is reached within the band, walking from that point included. Travel times are known
exactly on the network: at the nodes from the searches, and at any point of an edge by
interpolation. Points are sampled along every usable edge; at each centre of a regular
grid the engine computes by how much the place misses the band, in time or in reach
(``SampleGrid.fields``: exact over every sample near it wherever the traced edge
depends on it; the nearest samples first, then, next to a band edge where a farther one
could do better, those of the cells around), and ``contourpy`` traces the zero line of
that field. So a polygon is made of the areas near roads reached in time, not a hull around
reached nodes, and its edge follows the reach too.
"""

from __future__ import annotations

import os
import queue
import struct
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from contourpy import FillType, contour_generator
from scipy import ndimage
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

from ..messages import msg
from .network import point_tree
from .search import Cancelled, Progress, Router
from .snapping import OK, Snap


def edge_samples(router: Router, spacing: float) -> Snap:
    """Points every ``spacing`` metres along each usable edge (both ends included)."""
    net, graph = router.net, router.graph
    edges = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    counts = np.ceil(net.e_len[edges] / spacing).astype(np.int64) + 1
    edge = np.repeat(edges, counts)
    step = np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts)
    frac = step / np.repeat(np.maximum(counts - 1, 1), counts)
    xy = net.point_on_edge(edge, frac)
    n = len(edge)

    def same(value, dtype=None):  # one read-only value for every sample (no memory)
        return np.broadcast_to(np.array(value, dtype=dtype), (n,))

    return Snap(edge, frac, same(0.0), xy[:, 0], xy[:, 1], same(OK, object),
                same("", object), same(np.nan), same(np.nan))


K_SAMPLES = 4  # nearest samples kept per grid cell (the rest is searched when it matters)
_EPS = 1e-6  # seconds: bounds within this of a band limit never settle a cell
_CAP = 1e5  # seconds: longer times count as never in the lower bounds
_SLACK = 1e-2  # seconds: the float32 bounds of the search are this much wider
MAX_WORKERS = 4  # threads tracing per-facility catchments (each holds a copy of the times)


def default_workers() -> int:
    """Threads for per-facility work: the cores this process may use, at most MAX_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform (macOS, Windows)
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


@dataclass
class SampleGrid:
    """Grid cells near the roads, their nearest road samples, and the samples by cell.

    The samples are kept in the grid's own order (by cell, row after row): the samples of
    a row range, or of one cell, are then contiguous, and ``times`` (one per sample, in
    this order, then an ``inf`` for missing neighbours) is filled one row range at a time.
    """

    x: np.ndarray  # cell centre coordinates along x (columns)
    y: np.ndarray  # along y (rows)
    radius: float  # samples farther than this from a cell centre are never used
    cells: np.ndarray  # flat indices (row * nx + col) of cells with a sample within radius
    nearest: np.ndarray  # (n_cells, K) samples in the grid's order (n_samples where missing)
    dist: np.ndarray  # (n_cells, K) metres (inf where missing)
    order: np.ndarray  # original index of each sample, in the grid's order
    bucket: np.ndarray  # (nx * ny + 1) start of each flat cell's samples in the grid's order
    sx: np.ndarray  # sample coordinates in the grid's order
    sy: np.ndarray
    times: np.ndarray  # seconds per sample in the grid's order, and a last inf

    @classmethod
    def build(cls, sx: np.ndarray, sy: np.ndarray, resolution: float, radius: float,
              progress: Progress | None = None) -> SampleGrid:
        x = np.arange(sx.min() - radius, sx.max() + radius + resolution, resolution)
        y = np.arange(sy.min() - radius, sy.max() + radius + resolution, resolution)
        col = np.clip(np.rint((sx - x[0]) / resolution).astype(np.int64), 0, len(x) - 1)
        row = np.clip(np.rint((sy - y[0]) / resolution).astype(np.int64), 0, len(y) - 1)
        flat = row * len(x) + col
        order = np.argsort(flat, kind="stable")
        bucket = np.searchsorted(flat[order], np.arange(len(x) * len(y) + 1))
        sx, sy = sx[order], sy[order]
        tree = point_tree(np.column_stack([sx, sy]))
        cells, nearest, dist = [], [], []
        rows_per_block = max(1, int(2_000_000 // len(x)))
        for r0 in range(0, len(y), rows_per_block):
            gy, gx = np.meshgrid(y[r0:r0 + rows_per_block], x, indexing="ij")
            d, i = tree.query(np.column_stack([gx.ravel(), gy.ravel()]), k=K_SAMPLES,
                              distance_upper_bound=radius, workers=-1)
            near = np.isfinite(d[:, 0])
            cells.append(np.flatnonzero(near) + r0 * len(x))
            nearest.append(i[near])
            dist.append(d[near])
            done = min(r0 + rows_per_block, len(y)) / len(y)
            if progress is not None and progress(done) is False:
                raise Cancelled()
        # (n_cells, K) arrays kept rank after rank in memory (``_by_rank`` reads them so)
        return cls(x, y, radius, np.concatenate(cells),
                   np.concatenate([v.T for v in nearest], axis=1).T,
                   np.concatenate([v.T for v in dist], axis=1).T,
                   order, bucket, sx, sy, np.full(len(sx) + 1, np.inf))

    @property
    def margin(self) -> int:
        """Cells (rows or columns) around a cell in which its samples within radius lie."""
        return int(np.floor(self.radius / (self.x[1] - self.x[0]) + 0.5))

    def row_samples(self, r0: int, r1: int) -> slice:
        """The samples (grid order) of rows r0..r1 - 1."""
        nx = len(self.x)
        return slice(self.bucket[max(r0, 0) * nx], self.bucket[min(r1, len(self.y)) * nx])

    def raster(self, values: np.ndarray, fill: float = np.nan) -> np.ndarray:
        out = np.full(len(self.x) * len(self.y), fill, dtype=float)
        out[self.cells] = values
        return out.reshape(len(self.y), len(self.x))

    def fields(self, limits: list[float], walk_mps: float, reach: float,
               sel: np.ndarray | None = None, times: np.ndarray | None = None
               ) -> list[np.ndarray]:
        """For each band limit U (seconds), at each cell of ``sel`` (indices into
        ``cells``; all by default): the minimum over the road samples p within the
        radius of ``max(t_p + d_p / v - U, (d_p - reach) / v)``, in minutes (``times``
        must hold t_p for the samples within the radius of these cells), wherever the
        traced edge depends on it; elsewhere a value of the same sign.

        A cell centre lies in the band exactly when this is <= 0: some road point within
        the reach is reached, walk included, within U. The term is ``d_p / v + w_p`` with
        ``w_p = max(t_p - U, -reach / v)``, so the value changes by at most the walking
        time of the distance moved and its zero line, traced by linear interpolation
        between cell centres, follows the band's edge, the reach's edge included. Only
        values next to that line matter. Per cell, once for all bands: the K nearest
        samples within the reach give an upper bound of the time at which it enters a
        band, a lower bound from the fastest samples in the rings of cells around too.
        A cell whose row and column neighbours and itself lie on one side of a limit by
        these bounds is settled for that band (a diagonal neighbour never moves the
        traced edge). Elsewhere, for every band, the cell takes the K nearest samples'
        value, and where a farther sample may do better and the cell is not settled,
        the samples of the cells around that may do better are all tried.
        ``times``: another array in place of ``self.times`` (one per thread).
        """
        sel = np.arange(len(self.cells)) if sel is None else sel
        r, c = self._rows_cols(sel)
        r0, r1, c0, c1 = r.min(), r.max() + 1, c.min(), c.max() + 1
        rasters = self.field_rasters(limits, walk_mps, reach, sel, (r0, r1, c0, c1), times)
        at = (r - r0) * (c1 - c0) + (c - c0)
        return [np.take(z, at) for z in rasters]

    def field_rasters(self, limits: list[float], walk_mps: float, reach: float,
                      sel: np.ndarray, window: tuple[int, int, int, int],
                      times: np.ndarray | None = None) -> list[np.ndarray]:
        """``fields`` as rasters of the window (rows r0 to r1 - 1, columns c0 to c1 - 1,
        holding the cells ``sel``), NaN off the cells."""
        times = self.times if times is None else times
        res, m = self.x[1] - self.x[0], self.margin
        # a box with m cells around the window (beyond the grid too: no samples there)
        wr0, wr1, wc0, wc1 = window
        r0, c0 = wr0 - m, wc0 - m
        shape = (wr1 - wr0 + 2 * m, wc1 - wc0 + 2 * m)
        fastest = self._fastest(r0, c0, shape, times)
        # the fastest sample in the (2k + 1)^2 cells around, k = 1..m + 1
        around = [_min3(fastest)]
        for _ in range(m):
            around.append(_min3(around[-1]))
        # a cell whose samples within the radius, and its row and column neighbours',
        # are all slower than the last limit is outside every band, and so are they
        r, c = self._rows_cols(sel)
        at = (r - r0) * shape[1] + (c - c0)  # the cells in the box, flat
        kept = np.flatnonzero(np.take(around[m], at) <= max(limits) + _EPS)
        sel, r, c, at = (np.take(v, kept) for v in (sel, r, c, at))
        flat = np.take(self.cells, sel)
        nearest, dv, dv_in, marginal, far = self._by_rank(walk_mps, reach)
        idx = np.take(nearest, sel, axis=1)  # one row per rank of nearness, contiguous
        ts = np.take(times, idx)
        # samples beyond the K nearest are >= d_k away, and >= (k - 1/2) cells when
        # outside the (2k + 1)^2 cells around: the fastest of them gives a lower bound
        d_k = np.take(dv[-1], sel)
        lowest = np.take(around[0], at) + d_k
        for k in range(2, m + 1):
            lowest = np.minimum(lowest, np.take(around[k - 1], at)
                                + np.maximum(d_k, (k - 0.5) * res / walk_mps))
        # the K nearest within the reach (and _EPS s more): the cell is inside band U if
        # their best is <= U - _EPS, outside if > U + _EPS and no farther sample may do
        # better (lowest, or the K-th beyond the reach)
        tw = ts + np.take(dv_in, sel, axis=1)
        enter = tw.min(axis=0)
        low = np.where(np.take(far, sel), np.inf, lowest)
        np.minimum(low, enter, out=low)
        enter[np.take(marginal, sel)] = np.inf  # (a rank near the reach: never settled in)
        # settled for band U: the cell and its row and column neighbours all inside (the
        # most of their entries <= U - _EPS), or all outside (the least of their lower
        # bounds > U + _EPS); cells beyond the cells count as outside
        box = np.full(shape, np.inf)
        box.ravel()[at] = enter
        hi = np.take(_max4(box), at)
        inner = box[m:shape[0] - m, m:shape[1] - m]
        entry = np.where(self._is_cell()[wr0:wr1, wc0:wc1], inner, np.nan)
        box.fill(np.inf)
        box.ravel()[at] = low
        lo = np.take(_min4(box), at)
        open_ = [(lo <= u + _EPS) & (hi > u - _EPS) for u in limits]
        act = np.flatnonzero(np.logical_or.reduce(open_))
        t_a, dv_a = np.take(ts, act, axis=1), np.take(dv, np.take(sel, act), axis=1)
        beyond = np.take(d_k, act) - reach / walk_mps
        lowest_a = np.take(lowest, act)
        at_w = (np.take(r, act) - wr0) * (wc1 - wc0) + (np.take(c, act) - wc0)
        out = []
        for u, o in zip(limits, open_):
            z = entry - u  # the sign is right where settled (inf: no sample in the reach)
            g = _best(t_a, dv_a, u - reach / walk_mps) - u
            rest = np.maximum(lowest_a - u, beyond)  # farther samples give >= this
            idx_s = np.flatnonzero((rest < g) & np.take(o, act))
            if len(idx_s):
                cells = np.take(act, idx_s)
                g[idx_s] = self._search(np.take(flat, cells), np.take(at, cells), g[idx_s],
                                        u, walk_mps, reach, fastest, times)
            z.ravel()[at_w] = g
            z /= 60
            out.append(z)
        return out

    def _rows_cols(self, sel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of the cells ``sel``."""
        if not hasattr(self, "_rc"):
            nx = len(self.x)
            self._rc = (self.cells // nx, self.cells % nx)
        return np.take(self._rc[0], sel), np.take(self._rc[1], sel)

    def _is_cell(self) -> np.ndarray:
        """Raster of the grid: whether each place is a cell (has a sample within radius)."""
        if not hasattr(self, "_cell_mask"):
            mask = np.zeros(len(self.x) * len(self.y), dtype=bool)
            mask[self.cells] = True
            self._cell_mask = mask.reshape(len(self.y), len(self.x))
        return self._cell_mask

    def _by_rank(self, walk_mps: float | None = None, reach: float | None = None):
        """``nearest`` and the walking time to them (``dist / walk_mps``), with one row
        per rank (contiguous across cells); for ``reach``: that time where within the
        reach (+ _EPS s), inf beyond; per cell, whether a rank lies within 2 _EPS s of
        the reach, and whether the K-th lies beyond it."""
        key = (walk_mps, reach)
        ranked = getattr(self, "_ranked", None)
        if ranked is None or ranked[0] != key:
            nearest = np.ascontiguousarray(self.nearest.T)
            if walk_mps is None:
                ranked = (key, nearest)
            else:
                dv = np.ascontiguousarray(self.dist.T) / walk_mps
                lim = float(reach if reach is not None else np.inf) / walk_mps
                dv_in = np.where(dv <= lim + _EPS, dv, np.inf)
                marginal = (np.abs(dv - lim) <= _EPS).any(axis=0)
                ranked = (key, nearest, dv, dv_in, marginal, dv[-1] - lim > _EPS)
            self._ranked = ranked
        return ranked[1:]

    def _fastest(self, r0: int, c0: int, shape: tuple[int, int], times: np.ndarray
                 ) -> np.ndarray:
        """Raster of the box of ``shape`` from row r0, column c0: the fastest sample per
        cell (float32, rounded down; inf without samples or slower than ``_CAP``)."""
        nx, h = len(self.x), shape[0]
        occupied, last, offset, cell_offset = self._occupation()
        wide = np.full((h, nx), np.inf, dtype=np.float32)  # the box's rows, all columns
        lo, hi = np.searchsorted(occupied, [max(r0, 0) * nx, max(r0 + h, 0) * nx])
        if hi > lo:
            # the least time per cell from one running maximum over the samples of the
            # rows: the samples of each cell are offset by 2 _CAP above the cells before
            s0, s1 = (last[lo - 1] + 1 if lo else 0), last[hi - 1] + 1
            run = np.minimum(times[s0:s1], _CAP)
            np.subtract(offset[s0:s1], run, out=run)
            np.maximum.accumulate(run, out=run)
            best = cell_offset[lo:hi] - np.take(run, last[lo:hi] - s0)
            # the offsets within 3e-5 s, float32 within 6e-8 of the value: 1e-3 and 1e-6
            # lower keep it a lower bound (times capped at _CAP count as never)
            best *= 1 - 1e-6
            best -= 1e-3
            best[best >= _CAP * (1 - 1e-4)] = np.inf
            wide.ravel()[occupied[lo:hi] - r0 * nx] = best
        if c0 >= 0 and c0 + shape[1] <= nx:
            return np.ascontiguousarray(wide[:, c0:c0 + shape[1]])
        box = np.full(shape, np.inf, dtype=np.float32)  # (beyond the grid: no samples)
        a, b = max(c0, 0), min(c0 + shape[1], nx)
        if b > a:
            box[:, a - c0:b - c0] = wide[:, a:b]
        return box

    def _occupation(self):
        """Cells with samples (flat index), the last sample of each (grid order), per
        sample its cell's offset, 2 _CAP times the cell's rank among these, and per cell
        its offset."""
        if not hasattr(self, "_occ"):
            count = np.diff(self.bucket)
            occupied = np.flatnonzero(count)
            cell_offset = np.arange(len(occupied)) * (2 * _CAP)
            self._occ = (occupied, self.bucket[occupied + 1] - 1,
                         np.repeat(cell_offset, count[occupied]), cell_offset)
        return self._occ

    def _offsets(self, width: int, walk_mps: float):
        """Cell offsets (flat, in the grid and in a box ``width`` wide) whose samples may
        be within the radius, and the least walk from a cell centre to their samples
        (float32, seconds)."""
        if not hasattr(self, "_offs"):
            self._offs: dict[tuple, tuple] = {}  # by width (threads: several at once)
        key = (width, walk_mps)
        if key not in self._offs:
            res, m, nx = self.x[1] - self.x[0], self.margin, len(self.x)
            dr, dc = np.meshgrid(np.arange(-m, m + 1), np.arange(-m, m + 1), indexing="ij")
            dmin = res * np.hypot(np.maximum(np.abs(dr) - 0.5, 0), np.maximum(np.abs(dc) - 0.5,
                                                                                0))
            keep = dmin <= self.radius
            dr, dc, dmin = dr[keep], dc[keep], dmin[keep]
            self._offs[key] = (dr * nx + dc, dr * width + dc,
                               (dmin / walk_mps).astype(np.float32))
        return self._offs[key]

    def _search(self, flat, at, upper, u, walk_mps, reach, fastest, times) -> np.ndarray:
        """The value of ``fields`` at cells ``flat`` (``at`` in the box of ``fastest``) from
        every sample within the radius whose cell may beat ``upper`` (a value from some of
        them)."""
        nx = len(self.x)
        in_grid, in_box, dmin = self._offsets(fastest.shape[1], walk_mps)
        # the cells around whose fastest sample, walking from the nearest point of the
        # cell, may beat upper (float32 lower bounds within 1e-3 s, compared _SLACK s
        # wider than their rounding)
        with np.errstate(over="ignore"):  # (times beyond float32's range: never)
            limit = (upper + (u + _SLACK)).astype(np.float32)
        bound = np.take(fastest, at[:, None] + in_box)  # the box holds every cell within m
        np.maximum(bound, np.float32(u - reach / walk_mps), out=bound)
        bound += dmin
        k = np.flatnonzero(bound < limit[:, None])
        ci = k // len(dmin)
        f = np.take(flat, ci) + np.take(in_grid, k % len(dmin))
        first = np.take(self.bucket, f)
        count = np.take(self.bucket, f + 1) - first
        total = int(count.sum())
        if total == 0:
            return upper
        # ci ascending: each cell's samples are contiguous
        s = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(total)
        owner = np.repeat(ci, count)
        cx, cy = self.x[flat % nx], self.y[flat // nx]
        dist = np.hypot(np.take(self.sx, s) - np.take(cx, owner),
                        np.take(self.sy, s) - np.take(cy, owner))
        term = np.take(times, s) - u
        np.maximum(term, -reach / walk_mps, out=term)
        term += dist / walk_mps
        term[dist > self.radius] = np.inf
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        best = upper.copy()
        cells = owner[starts]
        best[cells] = np.minimum(upper[cells], np.minimum.reduceat(term, starts))
        return best

    def labels(self, labels: np.ndarray, walk_mps: float):
        """The label (``labels``: per sample in the grid's order) of the nearby sample
        giving each cell its best time (walk included)."""
        t = np.take(self.times, self.nearest) + self.dist / walk_mps
        best = np.argmin(t, axis=1)
        return np.append(labels, -1)[self.nearest[np.arange(len(t)), best]]


def _best(t: np.ndarray, dv: np.ndarray, floor: float) -> np.ndarray:
    """Per cell, the least ``dv + max(t, floor)`` over the rows (one per sample)."""
    g = np.maximum(t[0], floor)
    g += dv[0]
    tmp = np.empty_like(g)
    for k in range(1, len(t)):
        np.maximum(t[k], floor, out=tmp)
        tmp += dv[k]
        np.minimum(g, tmp, out=g)
    return g


def _runs(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The values of a sorted array and where each first occurs."""
    first = np.flatnonzero(np.r_[True, v[1:] != v[:-1]])
    return v[first], first


def _extents(x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, y1: np.ndarray,
             first: np.ndarray) -> list[np.ndarray]:
    """Least x0, most x1, least y0, most y1 over the runs starting at ``first``."""
    return [np.minimum.reduceat(x0, first), np.maximum.reduceat(x1, first),
            np.minimum.reduceat(y0, first), np.maximum.reduceat(y1, first)]


def _min3(a: np.ndarray) -> np.ndarray:
    """The least value of each cell's 3 x 3 neighbourhood (inside the array)."""
    o = a.copy()
    np.minimum(o[1:], a[:-1], out=o[1:])
    np.minimum(o[:-1], a[1:], out=o[:-1])
    p = o.copy()
    np.minimum(p[:, 1:], o[:, :-1], out=p[:, 1:])
    np.minimum(p[:, :-1], o[:, 1:], out=p[:, :-1])
    return p


def _min4(a: np.ndarray) -> np.ndarray:
    """The least value of each cell and its 4 neighbours (inside the array)."""
    o = a.copy()
    np.minimum(o[1:], a[:-1], out=o[1:])
    np.minimum(o[:-1], a[1:], out=o[:-1])
    np.minimum(o[:, 1:], a[:, :-1], out=o[:, 1:])
    np.minimum(o[:, :-1], a[:, 1:], out=o[:, :-1])
    return o


def _max4(a: np.ndarray) -> np.ndarray:
    """The greatest value of each cell and its 4 neighbours (inside the array)."""
    o = a.copy()
    np.maximum(o[1:], a[:-1], out=o[1:])
    np.maximum(o[:-1], a[1:], out=o[:-1])
    np.maximum(o[:, 1:], a[:, :-1], out=o[:, 1:])
    np.maximum(o[:, :-1], a[:, 1:], out=o[:, :-1])
    return o


def _all4(a: np.ndarray) -> np.ndarray:
    """Whether each cell and its 4 neighbours (inside the array) are all true."""
    o = a.copy()
    o[1:] &= a[:-1]
    o[:-1] &= a[1:]
    o[:, 1:] &= a[:, :-1]
    o[:, :-1] &= a[:, 1:]
    return o


def _polygons(x, y, z, lower: float, upper: float) -> MultiPolygon | Polygon | None:
    """Areas where ``lower < z <= upper`` on the grid (NaN cells excluded)."""
    finite = np.isfinite(z)
    if not finite.any():
        return None
    # cells off the roads get a time far beyond the band: the edge then hugs the reached
    # cells, and no mask means no self-touching rings around masked corners
    zz = np.where(finite, z, 4.0 * max(abs(upper), 1.0) + 1.0)
    gen = contour_generator(x=x, y=y, z=zz, fill_type=FillType.OuterOffset)
    points, offsets = gen.filled(lower, upper)
    pieces = []  # (contour polygon index, its rings)
    for k, (pts, offs) in enumerate(zip(points, offsets)):
        rings = [pts[offs[i]:offs[i + 1]] for i in range(len(offs) - 1)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            pieces.append((k, rings))
    if not pieces:
        return None
    # contourpy's filled polygons do not overlap and carry their holes; rings can only
    # touch where a vertex repeats, so only those pieces are checked (GEOS's check of the
    # whole multipolygon costs more than tracing it) and repaired by buffer(0)
    suspect = set(_repeated_vertex(points, offsets))
    checked = {k: Polygon(rings[0], rings[1:]) for k, rings in pieces if k in suspect}
    if any(not p.is_valid for p in checked.values()):
        polys = [checked.get(k) or Polygon(rings[0], rings[1:]) for k, rings in pieces]
        return _polygonal(unary_union([p if p.is_valid else p.buffer(0) for p in polys]))
    return wkb.loads(_polygons_wkb([rings for _, rings in pieces]))


def _polygons_wkb(polys: list[list[np.ndarray]]) -> bytes:
    """Well-known binary of a polygon (one) or multipolygon from rings of coordinates:
    built in one go, as GEOS then reads it far faster than polygon by polygon."""
    out = [] if len(polys) == 1 else [struct.pack("<BII", 1, 6, len(polys))]
    for rings in polys:
        out.append(struct.pack("<BII", 1, 3, len(rings)))
        for r in rings:
            closed = r if (r[0] == r[-1]).all() else np.vstack([r, r[:1]])
            out.append(struct.pack("<I", len(closed)))
            out.append(np.ascontiguousarray(closed, dtype="<f8").tobytes())
    return b"".join(out)


def _repeated_vertex(points: list, offsets: list) -> list[int]:
    """Contour polygons in which a vertex occurs twice (each ring's closing point aside):
    the only places where contour rings can touch themselves or one another."""
    pts, owner = [], []
    for i, (p, offs) in enumerate(zip(points, offsets)):
        keep = np.ones(len(p), dtype=bool)
        keep[np.asarray(offs[1:]) - 1] = False
        pts.append(p[keep])
        owner.append(np.full(int(keep.sum()), i))
    if not pts:
        return []
    xy, who = np.concatenate(pts), np.concatenate(owner)
    order = np.lexsort((xy[:, 1], xy[:, 0], who))
    xy, who = xy[order], who[order]
    twice = (who[1:] == who[:-1]) & (xy[1:] == xy[:-1]).all(axis=1)
    return np.unique(who[1:][twice]).tolist()


def _fill_nearest(z: np.ndarray) -> np.ndarray:
    """NaN cells take the value of the nearest non-NaN cell."""
    missing = np.isnan(z)
    if not missing.any() or missing.all():
        return z
    idx = ndimage.distance_transform_edt(missing, return_distances=False, return_indices=True)
    return z[tuple(idx)]


def _territories(x: np.ndarray, y: np.ndarray, labels: np.ndarray, size: float) -> dict:
    """Polygon of the grid cells of each label (NaN: none), traced on the cells' borders.

    The same areas as the union of each label's cells (``_territories_by_runs``), without
    a polygon per cell run or any union: every unit border between a cell and one of
    another label (or none) is a directed edge with the cell on its left; each edge is
    followed by the next edge around the same cell, else the one straight on, else the
    one turning right, so the rings bound 4-connected cells and never cross. A ring
    passing a point twice (cells touching only at corners) is cut there into loops:
    counter-clockwise loops are shells, clockwise ones holes, and each hole goes to the
    shell of its cells' 4-connected group. Vertices lie on the lattice ``x +- size / 2``,
    ``y +- size / 2``, one number per line (the neighbouring cells' edges are the same
    numbers), only where a border turns.
    """
    ny, nx = labels.shape
    ok = np.isfinite(labels)
    if not ok.any():
        return {}
    lab = np.full((ny + 2, nx + 2), -1, dtype=np.int64)
    lab[1:-1, 1:-1][ok] = labels[ok].astype(np.int64)
    half = size / 2
    xs = np.r_[x[0] - half, x + half]  # lattice line i lies left of cell column i
    ys = np.r_[y[0] - half, y + half]
    w = nx + 2
    # sides of a cell, counter-clockwise: 0 bottom (towards +x), 1 right (+y), 2 top
    # (-x), 3 left (-y); the step to the cell across each side (flat, padded raster)
    across = np.array([-w, 1, w, -1])
    step = np.array([1, w, -1, -w])  # along each side's direction
    flat = lab.ravel()
    cells = np.flatnonzero(flat >= 0)
    f = flat[cells]
    exists = np.stack([flat[cells + a] != f for a in across], axis=1)  # (cells, 4)
    if not exists.any():
        return {}
    ident = np.full(exists.shape, -1, dtype=np.int64)
    ident[exists] = np.arange(int(exists.sum()))
    where = np.full(len(flat), -1, dtype=np.int64)  # cell -> its row in ``cells``
    where[cells] = np.arange(len(cells))
    ci, side = np.nonzero(exists)
    cell = cells[ci]
    # next edge: left turn (same cell, next side), else straight (the cell ahead, same
    # side), else right turn (the cell diagonally ahead, previous side)
    nxt = ident[ci, (side + 1) % 4]
    ahead = cell + step[side]
    straight = ident[np.maximum(where[ahead], 0), side]
    straight = np.where(where[ahead] >= 0, straight, -1)
    diag = ahead + across[side]
    right = ident[np.maximum(where[diag], 0), (side + 3) % 4]
    right = np.where(where[diag] >= 0, right, -1)
    nxt = np.where(nxt >= 0, nxt, np.where(straight >= 0, straight, right))
    if (nxt < 0).any() or np.bincount(nxt, minlength=len(nxt)).max() > 1:
        return _territories_by_runs(x, y, labels, size)  # (a guard: never seen)
    # lattice start point of each edge: cell (r, c) has corners (c, r) .. (c + 1, r + 1)
    r, c = cell // w - 1, cell % w - 1
    pi = c + np.array([0, 1, 1, 0])[side]
    pj = r + np.array([0, 0, 1, 1])[side]
    order, ring_of = _cycles(nxt)
    # keep the corners: an edge whose direction differs from the one before it
    prev = np.empty_like(nxt)
    prev[nxt] = np.arange(len(nxt))
    corner = side[prev] != side
    # rings through a point twice: cut into loops (rare: cells touching at corners)
    seq = order[corner[order]]
    rid = ring_of[seq]
    key = (rid * (nx + 1) + pi[seq]) * (ny + 1) + pj[seq]
    srt = np.sort(key)
    twice = set(np.unique(srt[1:][srt[1:] == srt[:-1]] // ((nx + 1) * (ny + 1))).tolist())
    bounds = np.flatnonzero(np.r_[True, rid[1:] != rid[:-1], True])
    if twice:  # (rare: cells touching at corners) those rings cut into their loops
        parts: list[np.ndarray] = []
        for k in range(len(bounds) - 1):
            part = seq[bounds[k]:bounds[k + 1]]
            parts += _split_loops(part, pi, pj) if int(rid[bounds[k]]) in twice else [part]
        seq = np.concatenate(parts)
        bounds = np.r_[0, np.cumsum([len(q) for q in parts])]
    # each loop's orientation from its lattice points (exact integer areas)
    li, lj = pi[seq], pj[seq]
    first = bounds[:-1]
    ni = np.empty_like(li)
    nj = np.empty_like(lj)
    ni[:-1], nj[:-1] = li[1:], lj[1:]
    ni[bounds[1:] - 1], nj[bounds[1:] - 1] = li[first], lj[first]  # back to the start
    ccw = np.add.reduceat(li * nj - ni * lj, first) > 0
    loop_label = f[ci[seq[first]]]
    px, py = xs[li], ys[lj]
    by_label: dict[int, list] = {}
    for k in np.argsort(loop_label, kind="stable").tolist():
        a, b = bounds[k], bounds[k + 1]
        by_label.setdefault(int(loop_label[k]), []).append(
            (bool(ccw[k]), seq[a], np.column_stack([px[a:b], py[a:b]]), a, b))
    out = {}
    for lbl, rings in by_label.items():
        shells = [k for k, ring in enumerate(rings) if ring[0]]
        polys: list[list[np.ndarray]] = [[rings[k][2]] for k in shells]
        if len(shells) == 1:
            polys[0] += [ring[2] for ring in rings if not ring[0]]
        else:  # holes to the shell of their cells' 4-connected group
            box_i = min(int(li[a:b].min()) for *_, a, b in rings), max(
                int(li[a:b].max()) for *_, a, b in rings)
            box_j = min(int(lj[a:b].min()) for *_, a, b in rings), max(
                int(lj[a:b].max()) for *_, a, b in rings)
            comp = _groups(lab, lbl, cell[[ring[1] for ring in rings]], box_i, box_j)
            shell_of = {comp[k]: n for n, k in enumerate(shells)}
            for k, ring in enumerate(rings):
                if not ring[0]:
                    polys[shell_of[comp[k]]].append(ring[2])
        out[lbl] = wkb.loads(_polygons_wkb(polys))
    # in the order the labels first occur, row after row (as the runs gave them)
    seen, first = np.unique(lab[1:-1, 1:-1].ravel(), return_index=True)
    return {int(k): out[int(k)] for k in seen[np.argsort(first)] if int(k) in out}


def _cycles(nxt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The cycles of the permutation ``nxt``: all elements cycle after cycle, each in its
    order, and each element's cycle number."""
    n = len(nxt)
    seen = np.zeros(n, dtype=bool)
    order = np.empty(n, dtype=np.int64)
    ring_of = np.empty(n, dtype=np.int64)
    succ = nxt.tolist()
    pos, ring = 0, 0
    for start in range(n):
        if seen[start]:
            continue
        walk = [start]
        e = succ[start]
        while e != start:
            walk.append(e)
            e = succ[e]
        idx = np.array(walk)
        seen[idx] = True
        order[pos:pos + len(walk)] = idx
        ring_of[idx] = ring
        pos += len(walk)
        ring += 1
    return order, ring_of


def _split_loops(part: np.ndarray, pi: np.ndarray, pj: np.ndarray) -> list[np.ndarray]:
    """A closed ring of corner edges (start points ``pi``, ``pj``) cut at the points it
    passes twice into simple loops."""
    stack: list[int] = []
    at: dict[tuple[int, int], int] = {}
    loops = []
    for e in part.tolist():
        p = (int(pi[e]), int(pj[e]))
        if p in at:  # the edges since this point was reached close a loop
            k = at[p]
            loops.append(np.array(stack[k:]))
            for q in stack[k:]:
                at.pop((int(pi[q]), int(pj[q])), None)
            del stack[k:]
        at[p] = len(stack)
        stack.append(e)
    if stack:
        loops.append(np.array(stack))
    return loops


def _groups(lab: np.ndarray, label: int, cells: np.ndarray, box_i: tuple[int, int],
            box_j: tuple[int, int]) -> list[int]:
    """4-connected group (of the cells of ``label`` in the padded raster ``lab``, all
    within the lattice box ``box_i`` x ``box_j``) of each of ``cells`` (flat indices)."""
    r0, c0 = box_j[0] + 1, box_i[0] + 1  # (padded cell rows and columns of the box)
    groups, _ = ndimage.label(lab[r0:box_j[1] + 1, c0:box_i[1] + 1] == label)
    w = lab.shape[1]
    return groups[cells // w - r0, cells % w - c0].tolist()


def _territories_by_runs(x: np.ndarray, y: np.ndarray, labels: np.ndarray, size: float
                         ) -> dict:
    """Polygon of the grid cells of each label: row runs of equal labels, merged."""
    boxes: dict[int, list] = {}
    half = size / 2
    for r in range(labels.shape[0]):
        row = labels[r]
        ok = np.isfinite(row)
        if not ok.any():
            continue
        vals = np.where(ok, row, -1).astype(np.int64)
        change = np.flatnonzero(np.diff(vals)) + 1
        starts = np.r_[0, change]
        ends = np.r_[change, len(vals)] - 1
        for s0, s1 in zip(starts, ends):
            if vals[s0] >= 0:
                boxes.setdefault(int(vals[s0]), []).append(
                    box(x[s0] - half, y[r] - half, x[s1] + half, y[r] + half))
    return {f: unary_union(b) for f, b in boxes.items()}


def _polygonal(geom):
    """Only the polygon parts of an overlay result (drops touching lines and points)."""
    if geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon" and g.area > 0]
    polys += [p for g in getattr(geom, "geoms", []) if g.geom_type == "MultiPolygon"
              for p in g.geoms]
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def band_polygons(x: np.ndarray, y: np.ndarray, z: np.ndarray, lower: float, upper: float):
    """Polygons where ``lower < z <= upper`` on a regular grid (NaN: no value)."""
    return _polygons(x, y, z, lower, upper)


@dataclass
class Catchment:
    """One band polygon: facility index (-1 dissolved), band limits in minutes."""

    facility: int
    lower: float
    upper: float
    geometry: Polygon | MultiPolygon


class CatchmentBuilder:
    """Band polygons for one router; samples and grid are built once and reused."""

    def __init__(self, router: Router, resolution: float = 50.0, reach: float | None = None,
                 walk_speed: float = 5.0, progress: Progress | None = None):
        """``progress``: called with the share of the grid built (False from it: cancel,
        ``Cancelled`` is raised)."""
        self.router = router
        self.resolution = resolution
        self.reach = reach if reach is not None else max(2.0 * resolution, 100.0)
        self.walk_mps = walk_speed / 3.6
        self.samples = edge_samples(router, resolution / 2)
        if len(self.samples) == 0:
            raise ValueError(msg("the network has no usable roads on its main component"))
        self.grid = SampleGrid.build(self.samples.x, self.samples.y, resolution,
                                     self.reach + resolution, progress)
        # a straight line between grid centres cuts inside a circle of the reach's radius
        # by up to res^2 / (8 reach): the reach is traced that much wider, so round ends
        # are not cut short (straight edges then lie that much outside: 3 m at 50/100 m)
        self.traced_reach = self.reach + resolution ** 2 / (8 * self.reach)

    def _bands(self, bands: list[float], rings: bool) -> list[tuple[float, float]]:
        edges = [0.0] + list(bands)
        return [((edges[i] if rings else 0.0), edges[i + 1]) for i in range(len(bands))]

    def per_facility(self, fac: Snap, bands: list[float], rings: bool = False,
                     chunk: int = 8, progress: Progress | None = None,
                     workers: int | None = None) -> Iterator[Catchment]:
        """Overlapping polygons: every facility's own bands.

        Each facility only touches the grid rows inside the box of the nodes it reaches
        within the last band, so the work per facility follows its catchment's size.
        The fields of the facilities are computed on ``workers`` threads (default: the
        cores, at most ``MAX_WORKERS``; numpy releases the interpreter lock), each with
        its own copy of the sample times; polygons are traced on this thread (GEOS through
        shapely 1.8 is not for threads), in facility order, the same as on one thread.
        """
        cutoff = max(bands) * 60
        searches = self.router.node_times(fac, cutoff, chunk=chunk, progress=progress)
        workers = default_workers() if workers is None else max(1, workers)
        if workers == 1:
            for sl, node_t, _ in searches:
                for j in range(node_t.shape[0]):
                    win = self._facility_window(node_t[j], fac, sl.start + j, bands, cutoff)
                    if win is not None:
                        yield from self._trace_window(sl.start + j, *win, bands, rings)
            return
        self._warm()
        buffers: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(workers):
            buffers.put(np.full_like(self.grid.times, np.inf))

        def window(nt: np.ndarray, j: int):
            times = buffers.get()
            try:
                return j, self._facility_window(nt, fac, j, bands, cutoff, times)
            finally:
                buffers.put(times)

        def traced(future) -> Iterator[Catchment]:
            j, win = future.result()
            if win is not None:
                x, y, rasters = win
                yield from self._trace_window(j, x, y, rasters, bands, rings)

        pending: deque = deque()
        with ThreadPoolExecutor(workers) as pool:
            try:
                for sl, node_t, _ in searches:
                    for j in range(node_t.shape[0]):
                        pending.append(pool.submit(window, node_t[j], sl.start + j))
                    while pending and (pending[0].done() or len(pending) > 2 * chunk):
                        yield from traced(pending.popleft())  # (bounds the memory held)
                while pending:
                    yield from traced(pending.popleft())
            finally:
                for f in pending:
                    f.cancel()

    def _warm(self) -> None:
        """Fill the lazily built lookups before threads share them."""
        self._sample_costs()
        self.grid._by_rank(self.walk_mps, self.traced_reach)
        self.grid._fastest(0, 0, (1, 1), self.grid.times)
        self.grid._rows_cols(np.arange(1))
        self.grid._is_cell()

    def _sample_costs(self):
        """Per sample (grid order): its edge's end nodes and the seconds to each; per edge
        with samples: the box of its samples."""
        if not hasattr(self, "_costs"):
            order = self.grid.order
            a, b, ca, cb, _, _ = self._sample_ends()
            self._costs = (a[order], b[order], ca[order], cb[order])
            self._position = np.empty(len(order), dtype=np.int64)  # grid order of samples
            self._position[order] = np.arange(len(order))
            smp = self.samples
            edges, first = _runs(smp.edge)
            net = self.router.net
            box = _extents(smp.x, smp.x, smp.y, smp.y, first)
            self._edge_box = (edges, *box)
            # per node, the box of the samples of the edges it ends
            ends = np.concatenate([net.e_from[edges], net.e_to[edges]])
            order = np.argsort(ends, kind="stable")
            nodes, first = _runs(ends[order])
            node_box = []
            tiled = [np.tile(v, 2)[order] for v in box]
            for v, empty in zip(_extents(tiled[0], tiled[1], tiled[2], tiled[3], first),
                                (np.inf, -np.inf) * 2):
                nb = np.full(net.n_nodes, empty)
                nb[nodes] = v
                node_box.append(nb)
            self._node_box = node_box
            nx = len(self.grid.x)
            self._cell_rc = (self.grid.cells // nx, self.grid.cells % nx)
        return self._costs

    def _sample_ends(self):
        """``Router.point_ends`` of the samples (their own order), made once."""
        if not hasattr(self, "_ends"):
            self._ends = self.router.point_ends(self.samples)
        return self._ends

    def _sample_times(self, nt: np.ndarray, fac: Snap, j: int, rows: slice,
                      times: np.ndarray) -> None:
        """Seconds from the samples of grid rows ``rows`` to facility ``j`` (node times
        ``nt``), into ``times`` (the grid's order)."""
        s_a, s_b, s_ca, s_cb = self._sample_costs()
        smp, graph, grid = self.samples, self.router.graph, self.grid
        s = grid.row_samples(rows.start, rows.stop)
        np.minimum(nt[s_a[s]] + s_ca[s], nt[s_b[s]] + s_cb[s], out=times[s])
        e = fac.edge[j]
        lo, hi = np.searchsorted(smp.edge, [e, e + 1])  # samples on the facility's edge
        if hi > lo:  # straight along it
            f, g = fac.frac[j], smp.frac[lo:hi]
            start, end = (g, f) if self.router.to_facility else (f, g)
            with np.errstate(invalid="ignore"):
                direct = np.where(end >= start, (end - start) * graph.t_fwd[e],
                                  (start - end) * graph.t_bwd[e])
            direct = np.nan_to_num(direct, nan=np.inf) + self.router.access_time(
                fac.subset([j]))[0]
            at = self._position[lo:hi]
            ok = (at >= s.start) & (at < s.stop)
            times[at[ok]] = np.minimum(times[at[ok]], direct[ok])

    def _facility_window(self, nt: np.ndarray, fac: Snap, j: int, bands, cutoff: float,
                         times: np.ndarray | None = None
                         ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]] | None:
        """(x, y, one raster per band limit) around facility ``j``'s reach; ``times``:
        the sample times to fill and use (the grid's own by default)."""
        net, grid = self.router.net, self.grid
        times = grid.times if times is None else times
        if fac.edge[j] < 0:
            return None
        self._sample_costs()
        # the samples reached lie on edges with an end reached (or on the facility's edge)
        reached = np.flatnonzero(nt[: net.n_nodes] <= cutoff)
        if len(reached) == 0:
            return None
        x0, x1, y0, y1 = (f(np.take(v, reached)) for f, v in zip(
            (np.min, np.max, np.min, np.max), self._node_box))
        edges, ex0, ex1, ey0, ey1 = self._edge_box
        k = np.searchsorted(edges, fac.edge[j])
        if k < len(edges) and edges[k] == fac.edge[j]:
            x0, x1 = min(x0, ex0[k]), max(x1, ex1[k])
            y0, y1 = min(y0, ey0[k]), max(y1, ey1[k])
        if not x0 <= x1:
            return None
        pad = self.reach + 2 * self.resolution
        x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
        c0, c1 = np.searchsorted(grid.x, [x0, x1])
        r0, r1 = np.searchsorted(grid.y, [y0, y1])
        rows, cols = self._cell_rc
        lo, hi = np.searchsorted(rows, [r0, r1])
        sel = np.arange(lo, hi)[(cols[lo:hi] >= c0) & (cols[lo:hi] < c1)]
        if len(sel) == 0:
            return None
        self._sample_times(nt, fac, j, slice(r0 - grid.margin, r1 + grid.margin), times)
        rasters = grid.field_rasters([b * 60 for b in bands], self.walk_mps,
                                     self.traced_reach, sel, (r0, r1, c0, c1), times)
        return grid.x[c0:c1], grid.y[r0:r1], rasters

    def _trace_window(self, facility, x, y, fields, bands, rings) -> Iterator[Catchment]:
        """Band polygons from one field per band limit (<= 0 inside; see ``fields``)."""
        by_limit = dict(zip(bands, fields))
        for lo, hi in self._bands(bands, rings):
            z = by_limit[hi]
            if lo > 0:  # a ring: inside the upper limit, not inside the lower one
                with np.errstate(invalid="ignore"):
                    z = np.maximum(z, -by_limit[lo])
            geom = _polygons(x, y, z, -1e30, 0.0)
            if geom is not None:
                yield Catchment(facility, lo, hi, geom)

    def nearest_facility(self, fac: Snap, bands: list[float], rings: bool = False,
                         dissolve: bool = False, progress: Progress | None = None
                         ) -> Iterator[Catchment]:
        """Non-overlapping polygons: each area goes to the facility reached fastest.

        One multi-source search gives the fastest time and its facility everywhere. The
        band polygons are traced on the fastest time (as the dissolved catchments), then
        cut along the facilities' territories: grid cells labelled with the facility of
        the road point giving them their time (off-road cells take the label of the
        nearest labelled cell). So the pieces tile the dissolved catchment exactly, with
        borders on the grid's cell edges.
        """
        cutoff = max(bands) * 60
        near = self.router.nearest(fac, self.samples, cutoff=cutoff, with_distance=False,
                                   ends=self._sample_ends())
        if progress is not None and progress(0.2) is False:
            raise Cancelled()
        self.grid.times[:-1] = near.time[self.grid.order]
        values = self.grid.fields([b * 60 for b in bands], self.walk_mps, self.traced_reach)
        if progress is not None and progress(0.5) is False:
            raise Cancelled()
        within = values[-1] <= 0
        window = self._window(values, within)
        if window is None:
            return
        x, y, rasters = window
        if dissolve:
            yield from self._trace_window(-1, x, y, rasters, bands, rings)
            return
        label = self.grid.labels(near.facility[self.grid.order], self.walk_mps).astype(float)
        _, _, (lab,) = self._window([np.where(within & (label >= 0), label, np.nan)], within)
        lab = _fill_nearest(lab)
        territories = _territories(x, y, lab, self.resolution)
        yield from self._cut(x, y, rasters, lab, territories, bands, rings, progress)

    def _cut(self, x, y, rasters, lab, territories: dict, bands, rings,
             progress: Progress | None = None) -> Iterator[Catchment]:
        """The dissolved band polygons of the window's ``rasters`` cut along the
        ``territories`` (of the cells labelled in ``lab``), band after band.

        Each territory's part of a band is traced from the rasters cut to the box of its
        cells and one cell more all round (every grid square its cells touch, so the
        same lines as the whole window's trace there), then cut by the territory: the
        same polygons as the dissolved ones cut, without going through the whole band
        polygon once per territory."""
        ny, nx = lab.shape
        ints = np.where(np.isfinite(lab), lab, -1).astype(np.int64) + 1
        boxes = ndimage.find_objects(ints)
        pieces: dict[tuple[float, float], list] = {}
        for k, (f, part) in enumerate(territories.items()):
            if progress is not None and k % 50 == 0 and progress(
                    0.5 + 0.5 * k / len(territories)) is False:
                raise Cancelled()
            rs, cs = boxes[int(f)]
            rows = slice(max(rs.start - 1, 0), min(rs.stop + 1, ny))
            cols = slice(max(cs.start - 1, 0), min(cs.stop + 1, nx))
            for c in self._trace_window(-1, x[cols], y[rows], [z[rows, cols] for z in rasters],
                                        bands, rings):
                piece = _polygonal(c.geometry.intersection(part))
                if piece is not None:
                    pieces.setdefault((c.lower, c.upper), []).append(
                        Catchment(int(f), c.lower, c.upper, piece))
        for lo_hi in self._bands(bands, rings):
            yield from pieces.get(lo_hi, [])

    def _window(self, values: list[np.ndarray], keep: np.ndarray):
        """The rasters of ``values`` (NaN: no value) cut to the box around ``keep`` cells."""
        if not keep.any():
            return None
        nx = len(self.grid.x)
        cells = self.grid.cells[keep]
        r, c = cells // nx, cells % nx
        r0, r1 = max(r.min() - 2, 0), min(r.max() + 3, len(self.grid.y))
        c0, c1 = max(c.min() - 2, 0), min(c.max() + 3, nx)
        return self.grid.x[c0:c1], self.grid.y[r0:r1], [
            self.grid.raster(v)[r0:r1, c0:c1] for v in values]
