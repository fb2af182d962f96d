"""Catchment (isochrone) polygons that follow the road network.

Travel times are known exactly on the network: at the nodes from the searches, and at
any point of an edge by interpolation. Points are sampled along every usable edge; a
regular grid around them gets, in each cell, the best time over the nearest samples
plus the walk from the road to the cell centre (cells farther than ``reach`` from any
road stay empty). ``contourpy`` then traces the bands of that field. So a polygon is
made of the areas near roads reached in time, not a hull around reached nodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from contourpy import FillType, contour_generator
from scipy import ndimage
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import clip_by_rect, unary_union

from .network import point_tree
from .search import Cancelled, Progress, Router
from .snapping import OK, Snap

K_SAMPLES = 4  # samples compared per grid cell


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
    return Snap(edge, frac, np.zeros(n), xy[:, 0], xy[:, 1], np.full(n, OK, dtype=object))


@dataclass
class SampleGrid:
    """Grid cells near the roads and, for each, its nearest samples and distances to them."""

    x: np.ndarray  # cell centre coordinates along x (columns)
    y: np.ndarray  # along y (rows)
    cells: np.ndarray  # flat indices (row * nx + col) of cells near a road
    nearest: np.ndarray  # (n_cells, K) sample indices (len(samples) where missing)
    dist: np.ndarray  # (n_cells, K) metres (inf where missing)

    @classmethod
    def build(cls, sx: np.ndarray, sy: np.ndarray, resolution: float, reach: float
              ) -> SampleGrid:
        x = np.arange(sx.min() - reach, sx.max() + reach + resolution, resolution)
        y = np.arange(sy.min() - reach, sy.max() + reach + resolution, resolution)
        tree = point_tree(np.column_stack([sx, sy]))
        cells, nearest, dist = [], [], []
        rows_per_block = max(1, int(2_000_000 // len(x)))
        for r0 in range(0, len(y), rows_per_block):
            gy, gx = np.meshgrid(y[r0:r0 + rows_per_block], x, indexing="ij")
            d, i = tree.query(np.column_stack([gx.ravel(), gy.ravel()]), k=K_SAMPLES,
                              distance_upper_bound=reach)
            near = np.isfinite(d[:, 0])
            cells.append(np.flatnonzero(near) + r0 * len(x))
            nearest.append(i[near])
            dist.append(d[near])
        return cls(x, y, np.concatenate(cells), np.concatenate(nearest), np.concatenate(dist))

    def field(self, sample_times: np.ndarray, walk_mps: float,
              labels: np.ndarray | None = None):
        """Seconds at each near-road cell (and the label of the sample giving it)."""
        t = np.append(sample_times, np.inf)[self.nearest] + self.dist / walk_mps
        best = np.argmin(t, axis=1)
        rows = np.arange(len(t))
        if labels is None:
            return t[rows, best], None
        return t[rows, best], np.append(labels, -1)[self.nearest[rows, best]]

    def raster(self, values: np.ndarray, fill: float = np.nan) -> np.ndarray:
        out = np.full(len(self.x) * len(self.y), fill, dtype=float)
        out[self.cells] = values
        return out.reshape(len(self.y), len(self.x))


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
    polys, traced = [], []  # shapely polygons, and which contour polygon each one is
    for k, (pts, offs) in enumerate(zip(points, offsets)):
        rings = [pts[offs[i]:offs[i + 1]] for i in range(len(offs) - 1)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            polys.append(Polygon(rings[0], rings[1:]))
            traced.append(k)
    if not polys:
        return None
    # contourpy's filled polygons do not overlap and carry their holes; rings can only
    # touch where a vertex repeats, so only those pieces are checked (GEOS's check of the
    # whole multipolygon costs more than tracing it) and repaired by buffer(0)
    suspect = set(_repeated_vertex(points, offsets))
    bad = [i for i, k in enumerate(traced) if k in suspect and not polys[i].is_valid]
    if bad:
        return _polygonal(unary_union([p.buffer(0) if i in bad else p
                                       for i, p in enumerate(polys)]))
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


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
                 walk_speed: float = 5.0):
        self.router = router
        self.resolution = resolution
        self.reach = reach if reach is not None else max(2.0 * resolution, 100.0)
        self.walk_mps = walk_speed / 3.6
        self.samples = edge_samples(router, resolution / 2)
        if len(self.samples) == 0:
            raise ValueError("the network has no usable roads on its main component")
        self.grid = SampleGrid.build(self.samples.x, self.samples.y, resolution, self.reach)

    def _bands(self, bands: list[float], rings: bool) -> list[tuple[float, float]]:
        edges = [0.0] + list(bands)
        return [((edges[i] if rings else 0.0), edges[i + 1]) for i in range(len(bands))]

    def per_facility(self, fac: Snap, bands: list[float], rings: bool = False,
                     chunk: int = 8, progress: Progress | None = None) -> Iterator[Catchment]:
        """Overlapping polygons: every facility's own bands.

        Each facility only touches the grid cells inside the box of the nodes it reaches
        within the last band, so the work per facility follows its catchment's size.
        """
        cutoff = max(bands) * 60
        for sl, node_t, _ in self.router.node_times(fac, cutoff, chunk=chunk, progress=progress):
            for j in range(node_t.shape[0]):
                window = self._facility_window(node_t[j], fac, sl.start + j, cutoff)
                if window is not None:
                    yield from self._trace_window(sl.start + j, *window, bands, rings)

    def _sample_costs(self):
        """Per sample: its edge's end nodes and the seconds from the sample to each."""
        if not hasattr(self, "_costs"):
            smp = self.samples
            a, b, ca, cb, _, _ = self.router.point_ends(smp)
            # a sentinel sample (index len(samples)) stands for "no sample near this cell"
            self._costs = (np.r_[a, 0], np.r_[b, 0], np.r_[ca, np.inf], np.r_[cb, np.inf],
                           np.r_[smp.edge, -1], np.r_[smp.frac, 0.0])
            nx = len(self.grid.x)
            self._cell_rc = (self.grid.cells // nx, self.grid.cells % nx)
        return self._costs

    def _facility_field(self, nt: np.ndarray, fac: Snap, j: int, cutoff: float):
        """Seconds from the cells around facility ``j``'s reach: (cells, times, window)."""
        s_a, s_b, s_ca, s_cb, s_edge, s_frac = self._sample_costs()
        net, grid = self.router.net, self.grid
        reached = np.flatnonzero(nt[: net.n_nodes] <= cutoff)
        if len(reached) == 0 or fac.edge[j] < 0:
            return None
        pad = self.reach + 2 * self.resolution
        x0, x1 = net.node_x[reached].min() - pad, net.node_x[reached].max() + pad
        y0, y1 = net.node_y[reached].min() - pad, net.node_y[reached].max() + pad
        c0, c1 = np.searchsorted(grid.x, [x0, x1])
        r0, r1 = np.searchsorted(grid.y, [y0, y1])
        rows, cols = self._cell_rc
        lo, hi = np.searchsorted(rows, [r0, r1])
        sel = np.arange(lo, hi)[(cols[lo:hi] >= c0) & (cols[lo:hi] < c1)]
        nb = grid.nearest[sel]
        st = np.minimum(nt[s_a[nb]] + s_ca[nb], nt[s_b[nb]] + s_cb[nb])
        same = s_edge[nb] == fac.edge[j]
        if same.any():  # samples on the facility's own edge: straight along it
            e, f, g = fac.edge[j], fac.frac[j], s_frac[nb[same]]
            t_f, t_b = self.router.graph.t_fwd[e], self.router.graph.t_bwd[e]
            start, end = (g, f) if self.router.to_facility else (f, g)
            with np.errstate(invalid="ignore"):
                direct = np.where(end >= start, (end - start) * t_f, (start - end) * t_b)
            direct = np.nan_to_num(direct, nan=np.inf) + self.router.access_time(
                fac.subset([j]))[0]
            st[same] = np.minimum(st[same], direct)
        t = np.min(st + grid.dist[sel] / self.walk_mps, axis=1)
        return sel, t, (r0, r1, c0, c1)

    def _raster_window(self, sel, values, box, fill=np.nan):
        r0, r1, c0, c1 = box
        rows, cols = self._cell_rc
        z = np.full((r1 - r0, c1 - c0), fill, dtype=float)
        z[rows[sel] - r0, cols[sel] - c0] = values
        return self.grid.x[c0:c1], self.grid.y[r0:r1], z

    def _facility_window(self, nt: np.ndarray, fac: Snap, j: int, cutoff: float
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        found = self._facility_field(nt, fac, j, cutoff)
        if found is None:
            return None
        sel, t, box = found
        return self._raster_window(sel, t / 60, box)

    def _trace_window(self, facility, x, y, z, bands, rings) -> Iterator[Catchment]:
        for lo, hi in self._bands(bands, rings):
            geom = _polygons(x, y, z, lo if lo > 0 else -1.0, hi)
            if geom is not None:
                yield Catchment(facility, lo, hi, geom)

    def nearest_facility(self, fac: Snap, bands: list[float], rings: bool = False,
                         dissolve: bool = False, progress: Progress | None = None
                         ) -> Iterator[Catchment]:
        """Non-overlapping polygons: each area goes to the facility reached fastest.

        One multi-source search gives the fastest time and its facility everywhere. The
        band polygons are traced on the fastest time (as the dissolved catchments), then
        cut along the facilities' territories: grid cells labelled with their fastest
        facility (off-road cells take the label of the nearest road cell). So the pieces
        tile the dissolved catchment exactly, with borders on the grid's cell edges.
        """
        cutoff = max(bands) * 60
        near = self.router.nearest(fac, self.samples, cutoff=cutoff, with_distance=False)
        t, label = self.grid.field(near.time, self.walk_mps, near.facility)
        if progress is not None and progress(0.5) is False:
            raise Cancelled()
        dissolved = list(self._trace(-1, t, bands, rings))
        if dissolve:
            yield from dissolved
            return
        reached = np.isfinite(t) & (t <= cutoff) & (label >= 0)
        window = self._window(np.where(reached, label, np.nan), reached)
        if window is None:
            return
        x, y, lab = window
        territories = _territories(x, y, _fill_nearest(lab), self.resolution)
        for c in dissolved:
            for f, part in territories.items():
                piece = clip_by_rect(c.geometry, *part.bounds).intersection(part)
                piece = _polygonal(piece)
                if piece is not None:
                    yield Catchment(int(f), c.lower, c.upper, piece)

    def _trace(self, facility: int, t: np.ndarray, bands, rings) -> Iterator[Catchment]:
        reached = np.isfinite(t) & (t <= max(bands) * 60)
        z = self._window(np.where(np.isfinite(t), t / 60, np.nan), reached)
        if z is not None:
            yield from self._trace_window(facility, *z, bands, rings)

    def _window(self, values: np.ndarray, keep: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The raster of ``values`` (NaN: no value) cut to the box around ``keep`` cells."""
        if not keep.any():
            return None
        nx = len(self.grid.x)
        cells = self.grid.cells[keep]
        r, c = cells // nx, cells % nx
        r0, r1 = max(r.min() - 2, 0), min(r.max() + 3, len(self.grid.y))
        c0, c1 = max(c.min() - 2, 0), min(c.max() + 3, nx)
        full = self.grid.raster(values)
        return self.grid.x[c0:c1], self.grid.y[r0:r1], full[r0:r1, c0:c1]
