"""Floating catchment accessibility indices: 2SFCA, E2SFCA, 3SFCA and gravity potential.

The formulas are those of PySAL ``access`` 1.1.10 (``access/fca.py``), computed on a long
sparse cost table (origin cell, destination site, minutes) with ``np.bincount`` instead of
pandas joins, so millions of pairs take a fraction of a second:

- supply ratio  R_j = S_j / sum_i P_i W(d_ij)           (over pairs with d_ij <= max_cost)
- access        A_i = sum_j R_j W(d_ij)
- 3SFCA         W becomes G_ij W(d_ij) with G_ij = W(d_ij) / sum_k W(d_ik) (Wan et al. 2012;
                 as in PySAL the sum runs over every pair of the table, before max_cost)
- gravity       A_i = sum_j S_j W(d_ij)                  (PySAL ``weighted_catchment``)
- normalised    A_i / A_mean, A_mean = sum_i P_i A_i / sum_i P_i (all cells, 1.0 = average)

A cell with no site within ``max_cost`` at a positive weight gets A = 0 and ``reached`` False
(PySAL leaves it out: NaN). A site that no populated cell reaches has no ratio (NaN) and
adds nothing to anyone's access.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import msg

E2SFCA_STEPS = {10.0: 1.0, 20.0: 0.68, 30.0: 0.22}  # Luo & Qi 2009, PySAL's default
THREE_STAGE_STEPS = {10.0: 0.962, 20.0: 0.704, 30.0: 0.377, 60.0: 0.042}  # PySAL's default
METHODS = ("2sfca", "e2sfca", "3sfca", "gravity")


class AccessInputError(ValueError):
    """Bad input to an accessibility index: the message names the table, row and value."""


@dataclass(frozen=True)
class Weight:
    """A distance-decay weight W(d) of minutes: ``step``, ``gaussian``, ``gravity`` or ``none``."""

    kind: str = "none"
    steps: tuple[tuple[float, float], ...] = ()  # (threshold, weight), thresholds ascending
    sigma: float = 0.0
    scale: float = 1.0
    alpha: float = -1.0
    min_dist: float = 0.0

    def __call__(self, d: np.ndarray) -> np.ndarray:
        d = np.asarray(d, dtype=float)
        if self.kind == "none":
            return np.ones_like(d)
        if self.kind == "step":  # thresholds inclusive; a few passes beat a searchsorted
            w = np.zeros_like(d)
            for limit, value in reversed(self.steps):
                w[d <= limit] = value
            return w
        if self.kind == "gaussian":
            return np.exp(-d * d / (2 * self.sigma ** 2))
        with np.errstate(divide="ignore"):
            return np.power(np.maximum(d, self.min_dist) / self.scale, self.alpha)

    def describe(self) -> str:
        if self.kind == "step":
            return "step " + ",".join(f"{t:g}:{v:g}" for t, v in self.steps)
        if self.kind == "gaussian":
            return f"gaussian sigma={self.sigma:g}"
        if self.kind == "gravity":
            return f"gravity scale={self.scale:g} alpha={self.alpha:g} min={self.min_dist:g}"
        return "none (W=1)"


def step(thresholds: dict[float, float]) -> Weight:
    """W = the weight of the smallest threshold >= d (inclusive); 0 beyond the largest."""
    if not thresholds:
        raise AccessInputError(msg("Step weights: give at least one threshold:weight pair."))
    bad = [f"{t:g}:{v:g}" for t, v in thresholds.items() if v < 0 or t < 0]
    if bad:
        raise AccessInputError(msg("Step weights: {bad} has a negative value; thresholds "
                                   "(minutes) and weights must be >= 0.",
                                   bad=', '.join(bad)))
    return Weight("step", tuple(sorted((float(t), float(v)) for t, v in thresholds.items())))


def gaussian(sigma: float) -> Weight:
    """W = exp(-d^2 / (2 sigma^2)) (not normalised: W(0) = 1)."""
    if not sigma > 0:
        raise AccessInputError(msg("Gaussian weight: sigma is {sigma}; it must be > 0 "
                                   "minutes.", sigma=sigma))
    return Weight("gaussian", sigma=float(sigma))


def gravity(scale: float, alpha: float, min_dist: float = 0.0) -> Weight:
    """W = (max(d, min_dist) / scale)^alpha; alpha is used as given (e.g. -1)."""
    if not scale > 0:
        raise AccessInputError(msg("Gravity weight: scale is {scale}; it must be > 0 "
                                   "minutes.", scale=scale))
    if min_dist < 0:
        raise AccessInputError(msg("Gravity weight: minimum distance is {min_dist}; use >= "
                                   "0.", min_dist=min_dist))
    return Weight("gravity", scale=float(scale), alpha=float(alpha), min_dist=float(min_dist))


def parse_steps(text: str) -> dict[float, float]:
    """``'10:1, 20:0.68, 30:0.22'`` -> {10.0: 1.0, 20.0: 0.68, 30.0: 0.22}."""
    out: dict[float, float] = {}
    for item in filter(None, (s.strip() for s in (text or "").replace(";", ",").split(","))):
        t, sep, v = item.partition(":")
        try:
            out[float(t)] = float(v)
        except ValueError:
            sep = ""
        if not sep:
            raise AccessInputError(msg("Step weights: cannot read '{item}'; write "
                                       "minutes:weight pairs separated by commas, e.g. "
                                       "10:1,20:0.68,30:0.22.",
                                       item=item))
    return out


def default_weight(method: str) -> Weight:
    """The weight PySAL uses when none is given."""
    return {"e2sfca": step(E2SFCA_STEPS), "3sfca": step(THREE_STAGE_STEPS)}.get(method, Weight())


def _index(values) -> np.ndarray:
    """Positions as an integer array (int32 tables stay int32)."""
    a = np.asarray(values)
    return a if a.dtype in (np.int32, np.int64) else a.astype(np.int64)


@dataclass
class CostTable:
    """Long sparse travel costs: cell position, site position, minutes (one row per pair)."""

    origin: np.ndarray
    dest: np.ndarray
    cost: np.ndarray
    n_origins: int
    n_dests: int

    def __post_init__(self):
        self.origin, self.dest = _index(self.origin), _index(self.dest)
        self.cost = np.asarray(self.cost)
        if self.cost.dtype != np.float32:  # float32 tables stay so (half the memory)
            self.cost = self.cost.astype(float)
        if not (len(self.origin) == len(self.dest) == len(self.cost)):
            raise AccessInputError(msg("Cost table: origin, dest and cost columns differ in "
                                       "length."))
        for name, col, n in (("origin", self.origin, self.n_origins),
                             ("dest", self.dest, self.n_dests)):
            bad = np.flatnonzero((col < 0) | (col >= n))
            if len(bad):
                raise AccessInputError(msg("Cost table, row {row}: {name} {value} is not one "
                                           "of the {n} {name} positions.",
                                           row=bad[0], name=name, value=col[bad[0]], n=n))
        bad = np.flatnonzero(~(self.cost >= 0))  # negative or NaN
        if len(bad):
            raise AccessInputError(msg("Cost table, row {row}: cost {cost} is not a travel "
                                       "time >= 0 (leave unreachable pairs out).",
                                       row=bad[0], cost=self.cost[bad[0]]))

    @classmethod
    def from_ids(cls, origin_ids, dest_ids, cost, demand_ids, supply_ids) -> CostTable:
        """A table keyed by ids (grid_id, site_id), mapped onto the positions of the
        demand and supply id lists; an id in neither list is an error naming its row."""
        import pandas as pd

        pos = []
        for label, table, name, ids, known in (
                ("origin", msg("demand"), msg("Demand"), origin_ids, demand_ids),
                ("dest", msg("supply"), msg("Supply"), dest_ids, supply_ids)):
            idx = pd.Index(known)
            if not idx.is_unique:
                dup = idx[idx.duplicated()][0]
                raise AccessInputError(msg("{table} table: id {dup!r} appears more than "
                                           "once.",
                                           table=name, dup=dup))
            p = idx.get_indexer(pd.Index(ids))
            if (p < 0).any():
                row = int(np.flatnonzero(p < 0)[0])
                raise AccessInputError(msg("Cost table, row {row}: {label} {ids!r} is not in "
                                           "the {table} table.",
                                           row=row, label=label, ids=list(ids)[row], table=table))
            pos.append(p)
        return cls(pos[0], pos[1], cost, len(demand_ids), len(supply_ids))

    @classmethod
    def from_dense(cls, minutes: np.ndarray, max_cost: float = np.inf) -> CostTable:
        """Pairs with a finite cost <= ``max_cost`` of an (n_cells, n_sites) matrix."""
        m = np.asarray(minutes)
        i, j = np.nonzero(np.isfinite(m) & (m <= max_cost))
        return cls(i, j, m[i, j], m.shape[0], m.shape[1])

    def without_dests(self, closed) -> CostTable:
        """The table without the pairs of the sites flagged in ``closed`` (a scenario)."""
        keep = ~np.asarray(closed, bool)[self.dest]
        return CostTable(self.origin[keep], self.dest[keep], self.cost[keep], self.n_origins,
                         self.n_dests)

    def within(self, max_cost: float | None) -> CostTable:
        if max_cost is None:
            return self
        keep = self.cost <= max_cost
        return CostTable(self.origin[keep], self.dest[keep], self.cost[keep], self.n_origins,
                         self.n_dests)


@dataclass
class FcaResult:
    """Per cell: access, normalised access, reached; per site: ratio and weighted demand."""

    access: np.ndarray
    access_norm: np.ndarray
    reached: np.ndarray
    ratio: np.ndarray  # R_j (NaN: no populated cell reaches the site; gravity: NaN)
    weighted_demand: np.ndarray  # sum_i P_i W(d_ij) (3SFCA: P_i G_ij W_ij)
    mean_access: float  # population-weighted mean of ``access`` (the normalising value)
    method: str
    max_cost: float | None
    weight: Weight


def check_values(values, table: str, field: str, ids=None) -> np.ndarray:
    """Finite, non-negative numbers, else an error naming the table, row and value."""
    v = np.asarray(values, dtype=float)
    bad = np.flatnonzero(~(v >= 0) | ~np.isfinite(v))
    if len(bad):
        r = int(bad[0])
        where = msg("id {id!r}", id=ids[r]) if ids is not None else msg("row {row}", row=r)
        raise AccessInputError(msg("{table}, {where}: {field} is {v}; it must be a number >= "
                                   "0 ({n_bad} such row(s)).",
                                   table=table, where=where, field=field, v=v[r], n_bad=len(bad)))
    return v


CHUNK = 1 << 22  # pairs weighed at a time: temporaries stay ~100 MB on any table


def _chunks(n: int):
    for start in range(0, n, CHUNK):
        yield slice(start, min(start + CHUNK, n))


def _weights(weight: Weight, cost: np.ndarray) -> np.ndarray:
    w = weight(cost)
    if not np.isfinite(w).all():
        raise AccessInputError(msg("{weight}: infinite weight at cost {cost:g} min; set a "
                                   "minimum distance > 0.",
                                   weight=weight.describe(), cost=cost[~np.isfinite(w)][0]))
    return w


def fca(pop, supply, costs: CostTable, method: str = "2sfca", max_cost: float | None = None,
        weight: Weight | None = None) -> FcaResult:
    """An accessibility index for every cell of ``pop`` from the sites of ``supply``.

    ``method``: 2sfca (W = 1 unless a weight is given), e2sfca (default step weights of Luo &
    Qi), 3sfca (Wan et al., PySAL's default steps) or gravity (potential, no competition).
    ``max_cost`` (minutes, inclusive) limits the pairs used; None uses the whole table.
    """
    if method not in METHODS:
        raise AccessInputError(msg("Method '{method}' is not one of {METHODS}.",
                                   method=method, METHODS=', '.join(METHODS)))
    pop = check_values(pop, msg("Demand table"), "population")
    supply = check_values(supply, msg("Supply table"), "capacity")
    if len(pop) != costs.n_origins or len(supply) != costs.n_dests:
        raise AccessInputError(msg("The cost table is for {n_origins} cells and {n_dests} "
                                   "sites, not {n_pop} and {n_supply}.",
                                   n_origins=costs.n_origins, n_dests=costs.n_dests,
                                   n_pop=len(pop), n_supply=len(supply)))
    weight = weight or default_weight(method)
    o, d, c, n, m = costs.origin, costs.dest, costs.cost, costs.n_origins, costs.n_dests
    cut = max_cost is not None and len(c) and c.max() > max_cost
    total = None
    if method == "3sfca":  # selection weight over every pair of the table (as PySAL)
        total = np.zeros(n)
        for sl in _chunks(len(c)):
            total += np.bincount(o[sl], weights=_weights(weight, c[sl]), minlength=n)

    def w_of(sl: slice) -> np.ndarray | None:
        """Effective weights of a chunk of pairs (None: all 1)."""
        if weight.kind == "none" and total is None and not cut:
            return None
        w = _weights(weight, c[sl])
        if total is not None:
            t = total[o[sl]]
            with np.errstate(invalid="ignore", divide="ignore"):
                w = np.where(t > 0, w * w / t, 0.0)
        return np.where(c[sl] <= max_cost, w, 0.0) if cut else w

    keep = len(c) * 8 <= 2 ** 30  # weights of up to 1 GB are kept for the second pass
    kept = []
    demand, reached = np.zeros(m), np.zeros(n, bool)
    for sl in _chunks(len(c)):
        w = w_of(sl)
        if keep:
            kept.append(w)
        demand += np.bincount(d[sl], weights=pop[o[sl]] if w is None else pop[o[sl]] * w,
                              minlength=m)
        reached[o[sl] if w is None else o[sl][w > 0]] = True
    if method == "gravity":
        ratio, per_site = np.full(m, np.nan), supply
    else:
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(demand > 0, supply / demand, np.nan)
        per_site = np.nan_to_num(ratio)
    access = np.zeros(n)
    for k, sl in enumerate(_chunks(len(c))):
        w = kept[k] if keep else w_of(sl)
        access += np.bincount(o[sl], weights=per_site[d[sl]] if w is None else
                              per_site[d[sl]] * w, minlength=n)
    total_pop = pop.sum()
    mean = float((pop * access).sum() / total_pop) if total_pop > 0 else 0.0
    with np.errstate(invalid="ignore", divide="ignore"):
        norm = access / mean if mean > 0 else np.full_like(access, np.nan)
    return FcaResult(access, norm, reached, ratio, demand, mean, method, max_cost, weight)
