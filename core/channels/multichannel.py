"""A cell's access over all its channels, and how much of a closure the other channels make up.

Per cell, a channel serves it when: *fixed* site within ``fixed_limit`` minutes; *mobile* stop
within ``mobile_limit`` minutes; *digital*: a share sigma (0-1) of its visits can be remote
(``core.channels.digital``). The best channel is the first that serves it in that order
(digital when sigma > 0), else ``none``.

Closure compensation: of the population that loses its fixed site within the limit, the part
living near a mobile stop is made up by the bus; of the rest, the share sigma of their demand
can go remote; what is left is uncompensated (in persons, or demand in person-equivalents).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..messages import msg
from .mobile import ChannelInputError

ORDER = ("fixed", "mobile", "digital", "none")


def _minutes(values, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.inf)
    v = np.asarray(values, dtype=float)
    return np.where(np.isnan(v), np.inf, v)  # NULL: not reached


def best_channel(fixed_min, mobile_min, sigma, fixed_limit: float,
                 mobile_limit: float) -> np.ndarray:
    """Name of each cell's best channel (fixed, mobile, digital or none)."""
    n = len(fixed_min)
    fixed = _minutes(fixed_min, n) <= fixed_limit
    mobile = _minutes(mobile_min, n) <= mobile_limit
    digital = (np.zeros(n) if sigma is None else np.nan_to_num(np.asarray(sigma, float))) > 0
    return np.select([fixed, mobile, digital], list(ORDER[:3]), ORDER[3])


def closure_compensation(pop, fixed_before, fixed_after, mobile_min=None, sigma=None,
                         fixed_limit: float = 15.0, mobile_limit: float = 15.0
                         ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per cell: best channel before and after, ``lost_fixed``, ``comp_mobile`` (0/1),
    ``comp_remote`` (share of demand); summary rows (figure, persons, share of the lost)."""
    p = np.asarray(pop, float)
    n = len(p)
    if sigma is not None:
        s = np.nan_to_num(np.asarray(sigma, float))
        bad = np.flatnonzero((s < 0) | (s > 1))
        if len(bad):
            raise ChannelInputError(msg("Cells, row {row}: remote share sigma {sigma} is outside "
                                        "0-1.",
                                        row=bad[0], sigma=s[bad[0]]))
    else:
        s = np.zeros(n)
    before = _minutes(fixed_before, n) <= fixed_limit
    after = _minutes(fixed_after, n) <= fixed_limit
    mobile = _minutes(mobile_min, n) <= mobile_limit
    lost = before & ~after
    comp_mobile = lost & mobile
    comp_remote = np.where(lost & ~mobile, s, 0.0)
    cells = pd.DataFrame({
        "best_before": best_channel(fixed_before, mobile_min, s, fixed_limit, mobile_limit),
        "best_after": best_channel(fixed_after, mobile_min, s, fixed_limit, mobile_limit),
        "lost_fixed": lost.astype(int), "comp_mobile": comp_mobile.astype(int),
        "comp_remote": comp_remote})
    lost_pop = float(p[lost].sum())
    # the figures' names are messages: the algorithm writes them in the user's language
    figures = [(msg("population losing the fixed site"), lost_pop),
               (msg("of whom near a mobile stop"), float(p[comp_mobile].sum())),
               (msg("of the rest, demand that can go remote"), float((p * comp_remote).sum()))]
    figures.append((msg("left uncompensated"), lost_pop - figures[1][1] - figures[2][1]))
    for when in ("before", "after"):
        for ch in ORDER:  # ch: the channel's code, as in the best_<when> field
            name = msg("best channel before: {ch}", ch=ch) if when == "before" else \
                msg("best channel after: {ch}", ch=ch)
            figures.append((name, float(p[cells[f"best_{when}"] == ch].sum())))
    summary = pd.DataFrame(figures, columns=["figure", "persons"])
    summary["share_of_lost"] = np.nan
    if lost_pop > 0:
        summary.loc[:3, "share_of_lost"] = summary.loc[:3, "persons"] / lost_pop
    return cells, summary


def by_area(pop, cells: pd.DataFrame, area=None) -> pd.DataFrame:
    """Per area, then ``all areas``: residents losing the fixed site (``lost``), those a
    mobile stop serves (``mobile``), the demand remote visits take (``remote``, person-
    equivalents), the rest (``left``) and each as a share of the lost (``*_share``)."""
    p = np.asarray(pop, float)
    names = np.asarray(area if area is not None else np.full(len(p), "all areas"), object)
    lost = p * cells["lost_fixed"].to_numpy(float)
    mobile = p * cells["comp_mobile"].to_numpy(float)
    remote = p * cells["comp_remote"].to_numpy(float)
    rows = []
    for name in [*sorted(set(names.tolist()) - {"all areas"}), "all areas"]:
        inside = np.ones(len(p), bool) if name == "all areas" else names == name
        row = {"area": name, "lost": lost[inside].sum(), "mobile": mobile[inside].sum(),
               "remote": remote[inside].sum()}
        row["left"] = row["lost"] - row["mobile"] - row["remote"]
        for k in ("mobile", "remote", "left"):
            row[f"{k}_share"] = row[k] / row["lost"] if row["lost"] > 0 else np.nan
        rows.append(row)
    return pd.DataFrame(rows)


def channel_demand(weight, mobile_min=None, sigma=None, mobile_limit: float = 15.0
                   ) -> np.ndarray:
    """Demand left for the fixed sites when the other channels count: 0 in a cell within
    ``mobile_limit`` of a mobile stop (it is served there), else weight x (1 - sigma)."""
    w = np.asarray(weight, float)
    s = np.zeros(len(w)) if sigma is None else np.nan_to_num(np.asarray(sigma, float))
    return np.where(_minutes(mobile_min, len(w)) <= mobile_limit, 0.0, w * (1 - s))


def residual_share(share: float, weight, residual) -> float:
    """The share of the ``residual`` demand the fixed sites must cover so that ``share`` of
    the whole demand is covered, the demand the other channels serve counting as covered
    (0 when they serve enough already, 1 at most)."""
    total, left = float(np.sum(weight)), float(np.sum(residual))
    if left <= 0:
        return 0.0
    return float(np.clip((share * total - (total - left)) / left, 0.0, 1.0))
