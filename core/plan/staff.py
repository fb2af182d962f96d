"""Staff in a network change: where they work after a merger and how far they commute.

Staff homes are aggregated (counts per grid cell or postal area and site, never personal
addresses). When a site closes, its staff move to the site that takes over its work (the
receiving site named in the scenario, or the one taking most of its clients). The commute is
the travel time from the home area to the workplace.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..messages import msg


class StaffError(ValueError):
    """A staff input cannot be used (the message names the table, row and value)."""


@dataclass
class StaffEffect:
    areas: pd.DataFrame  # one row per home area x site x profession: commute before/after
    sites: pd.DataFrame  # per site (before) and profession: staff, mean commutes, over limit


def receiving_sites(flows: pd.DataFrame, closed: list) -> dict:
    """The site that takes most of each closed site's clients, from a flow table with
    ``from_site``, ``to_site`` and ``population`` (the closure impact's flows)."""
    moved = flows[flows["from_site"].isin(closed) & (flows["from_site"] != flows["to_site"])]
    moved = moved.dropna(subset=["to_site"])
    best = moved.sort_values("population").groupby("from_site")["to_site"].last()
    missing = [s for s in closed if s not in best.index]
    if missing:
        raise StaffError(msg("no clients of closed sites {missing} move to another site; "
                             "name the receiving site for their staff",
                             missing=missing[:5]))
    return best.to_dict()


def commute_effect(staff: pd.DataFrame, minutes: np.ndarray, area_ids: list, site_ids: list,
                   moves: dict, limit: float) -> StaffEffect:
    """Commutes before and after ``moves`` (closed site -> receiving site).

    ``staff`` rows: ``area_id`` (home area), ``site_id`` (workplace now), ``staff`` (count),
    optionally ``profession``; ``minutes`` is the home area x site travel-time matrix in the
    order of ``area_ids`` and ``site_ids`` (inf where unreachable).
    """
    need = {"area_id", "site_id", "staff"}
    if missing := need - set(staff.columns):
        raise StaffError(msg("staff home table lacks columns {missing}", missing=sorted(missing)))
    area_pos = {a: k for k, a in enumerate(area_ids)}
    site_pos = {s: k for k, s in enumerate(site_ids)}
    for row, (a, s) in enumerate(zip(staff["area_id"], staff["site_id"])):
        if a not in area_pos:
            raise StaffError(msg("staff home table row {row}: home area {a!r} is unknown",
                                 row=row + 1, a=a))
        if s not in site_pos:
            raise StaffError(msg("staff home table row {row}: site {s!r} is unknown",
                                 row=row + 1, s=s))
    for closed, to in moves.items():
        if to not in site_pos:
            raise StaffError(msg("staff of site {closed!r} move to {to!r}, which is not a "
                                 "site", closed=closed, to=to))
        if to in moves:
            raise StaffError(msg("staff of site {closed!r} move to {to!r}, which closes too",
                                 closed=closed, to=to))
    count = pd.to_numeric(staff["staff"], errors="coerce")
    if count.isna().any() or (count < 0).any():
        row = int(np.flatnonzero(count.isna() | (count < 0))[0])
        raise StaffError(msg("staff home table row {row}: staff {staff!r} is not a count >= "
                             "0",
                             row=row + 1, staff=staff['staff'].iloc[row]))
    a = staff["area_id"].map(area_pos).to_numpy()
    before = staff["site_id"].to_numpy()
    after = np.array([moves.get(s, s) for s in before], dtype=object)
    t_before = minutes[a, [site_pos[s] for s in before]]
    t_after = minutes[a, [site_pos[s] for s in after]]
    areas = staff.assign(site_after=after, min_before=t_before, min_after=t_after,
                         over_before=np.where(t_before > limit, count, 0.0),
                         over_after=np.where(t_after > limit, count, 0.0))
    keys = ["site_id"] + (["profession"] if "profession" in staff else [])
    ok_b, ok_a = np.isfinite(t_before), np.isfinite(t_after)
    weighted = areas.assign(wb=np.where(ok_b, count * t_before, 0.0), nb=np.where(ok_b, count, 0),
                            wa=np.where(ok_a, count * t_after, 0.0), na=np.where(ok_a, count, 0))
    sites = weighted.groupby(keys).agg(
        staff=("staff", "sum"), site_after=("site_after", "first"), wb=("wb", "sum"),
        nb=("nb", "sum"), wa=("wa", "sum"), na=("na", "sum"),
        over_before=("over_before", "sum"), over_after=("over_after", "sum"))
    # mean commute of the staff who can reach their workplace (NaN when none can)
    sites["mean_min_before"] = sites.pop("wb") / sites.pop("nb").replace(0, np.nan)
    sites["mean_min_after"] = sites.pop("wa") / sites.pop("na").replace(0, np.nan)
    return StaffEffect(areas, sites.reset_index())
