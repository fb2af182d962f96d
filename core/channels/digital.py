"""The digital channel (spec (c)): connectivity, channel shift to remote service, exclusion.

- connectivity b_i: ``fixed`` = hh_fixed_100M / hh_total, ``mobile`` = mob_cov, ``max`` = the
  larger of the two;
- channel shift sigma_ik = s_k b_i sum_a (P_ia / P_i) r_a (r_a: share of age group a using the
  internet; s_k: share of service k's visits clinically fit for remote care);
- physical demand left P'_ik = D_ik (1 - sigma_ik), fed to the accessibility index;
- digitally excluded persons dig_excluded_i = sum_a P_ia (1 - r_a b_i).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..messages import msg
from .mobile import ChannelInputError, non_negative

RULES = ("fixed", "mobile", "max")


def _shares(values: dict[str, float], table: str) -> None:
    for key, share in values.items():
        if not (0 <= share <= 1):
            raise ChannelInputError(msg("{table}, '{key}': share {share} is outside 0-1.",
                                        table=table, key=key, share=share))


def connectivity(bb: pd.DataFrame, rule: str = "max") -> np.ndarray:
    """b_i per row of the broadband table (``hh_total``, ``hh_fixed_100M``, ``mob_cov``).

    A cell with no households has no fixed share: its fixed part counts 0."""
    if rule not in RULES:
        raise ChannelInputError(msg("Connectivity rule '{rule}' is not one of {RULES}.",
                                    rule=rule, RULES=', '.join(RULES)))
    t = msg("Broadband table")
    needed = ("hh_total", "hh_fixed_100M") if rule != "mobile" else ()
    needed += ("mob_cov",) if rule != "fixed" else ()
    non_negative(bb, needed, t)
    fixed = np.zeros(len(bb))
    if rule != "mobile":
        hh = bb["hh_total"].to_numpy(float)
        f100 = bb["hh_fixed_100M"].to_numpy(float)
        bad = np.flatnonzero(f100 > hh)
        if len(bad):
            raise ChannelInputError(msg("{t}, row {row}: hh_fixed_100M {f100:g} is more than "
                                        "hh_total {hh:g}.",
                                        t=t, row=bad[0], f100=f100[bad[0]], hh=hh[bad[0]]))
        fixed = np.divide(f100, hh, out=np.zeros(len(bb)), where=hh > 0)
    if rule == "fixed":
        return fixed
    mob = bb["mob_cov"].to_numpy(float)
    bad = np.flatnonzero(mob > 1)
    if len(bad):
        raise ChannelInputError(msg("{t}, row {row}: mob_cov {mob:g} is outside 0-1.",
                                    t=t, row=bad[0], mob=mob[bad[0]]))
    return mob if rule == "mobile" else np.maximum(fixed, mob)


def readiness_mix(pop_by_age: pd.DataFrame, readiness: dict[str, float]) -> np.ndarray:
    """sum_a (P_ia / P_i) r_a per cell (0 for an empty cell)."""
    _shares(readiness, msg("Digital readiness"))
    missing = [a for a in readiness if a not in pop_by_age]
    if missing:
        raise ChannelInputError(msg("Digital readiness: age group '{group}' is not a "
                                    "column of the population table.",
                                    group=missing[0]))
    non_negative(pop_by_age, readiness, msg("Population by age"))
    p = pop_by_age[list(readiness)].to_numpy(float)
    total = p.sum(axis=1)
    mixed = p @ np.array(list(readiness.values()))
    return np.divide(mixed, total, out=np.zeros(len(p)), where=total > 0)


def channel_shift(pop_by_age: pd.DataFrame, readiness: dict[str, float], b: np.ndarray,
                  remote_share: dict[str, float]) -> pd.DataFrame:
    """Per cell: ``b_conn``, ``sigma_<k>`` per service type and ``dig_excluded``."""
    _shares(remote_share, msg("Remote share"))
    b = np.asarray(b, float)
    if len(b) != len(pop_by_age):
        raise ChannelInputError(msg("Connectivity has {cells} cells, the population table "
                                    "{rows}.",
                                    cells=len(b), rows=len(pop_by_age)))
    bad = np.flatnonzero(~((b >= 0) & (b <= 1)))
    if len(bad):
        raise ChannelInputError(msg("Connectivity, row {row}: {value} is outside 0-1.",
                                    row=bad[0], value=b[bad[0]]))
    mix = readiness_mix(pop_by_age, readiness)
    out = pd.DataFrame({"b_conn": b})
    for k, s in remote_share.items():
        out[f"sigma_{k}"] = s * b * mix
    p = pop_by_age[list(readiness)].to_numpy(float)
    r = np.array(list(readiness.values()))
    out["dig_excluded"] = (p * (1 - r[None, :] * b[:, None])).sum(axis=1)
    return out


def physical_demand(demand: np.ndarray, sigma: np.ndarray) -> np.ndarray:
    """D'_ik = D_ik (1 - sigma_ik)."""
    return np.asarray(demand, float) * (1 - np.asarray(sigma, float))


def shifted_summary(visits_year: np.ndarray, sigma: np.ndarray,
                    km_oneway: np.ndarray | None = None) -> dict[str, float]:
    """County totals: visits shifted to remote a year, round trips and km avoided (two
    one-way trips per visit; km only where the cell's trip length is known)."""
    shifted = np.asarray(visits_year, float) * np.asarray(sigma, float)
    km = np.nan
    if km_oneway is not None:
        d = np.asarray(km_oneway, float)
        km = float((2 * shifted * np.where(np.isfinite(d), d, 0)).sum())
    return {"visits_shifted": float(shifted.sum()), "trips_avoided": float(2 * shifted.sum()),
            "km_avoided": km}


def connectivity_for(grid_ids, bb: pd.DataFrame, rule: str = "max",
                     default: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """b_i for each grid id from the broadband table (keyed by ``grid_id``), and the source
    per cell ('grid' or 'default'). A cell missing from the table is an error unless a
    ``default`` connectivity is given (e.g. the municipal share)."""
    if bb["grid_id"].duplicated().any():
        dup = bb["grid_id"][bb["grid_id"].duplicated()].iloc[0]
        raise ChannelInputError(msg("Broadband table: grid_id {dup!r} appears more than "
                                    "once.", dup=dup))
    b_all = connectivity(bb, rule)
    pos = pd.Index(bb["grid_id"]).get_indexer(pd.Index(list(grid_ids)))
    lost = np.flatnonzero(pos < 0)
    if len(lost) and default is None:
        raise ChannelInputError(msg("Broadband table: {n_lost} grid cell(s) have no row, "
                                    "e.g. grid_id {grid_id!r}; add them or give a default "
                                    "connectivity (such as the municipal share).",
                                    n_lost=len(lost), grid_id=list(grid_ids)[lost[0]]))
    if default is not None and not 0 <= default <= 1:
        raise ChannelInputError(msg("Default connectivity {default} is outside 0-1.",
                                    default=default))
    b = np.where(pos >= 0, b_all[np.maximum(pos, 0)] if len(b_all) else 0.0,
                 default if default is not None else 0.0)
    return b, np.where(pos >= 0, "grid", "default")
