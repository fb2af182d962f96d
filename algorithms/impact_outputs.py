"""Writing a closure impact result to the Processing outputs (cells and four tables)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingException

from ..core.scenario.grid import unmask_groups
from ..core.scenario.impact import ImpactResult
from .areas import areas_by_polygon
from .common import PointInput, read_points
from .names import name_of
from .outputs import add_row, id_type, make_fields
from .parameters import (
    EQUITY,
    FAC_ID,
    FACILITIES,
    FLOWS,
    LOADS,
    NEW_FACILITIES,
    NEW_ID,
    OUTPUT,
    SUMMARY,
    GroupSettings,
)
from .translation import translate
from .validation import check_id_collisions, check_ids


def _fac(ids: list, index) -> object:
    return ids[index] if index >= 0 else None


def _sink(alg, parameters, context, key, fields, wkb=None, crs=None):
    if wkb is None:
        sink, dest = alg.parameterAsSink(parameters, key, context, fields)
    else:
        sink, dest = alg.parameterAsSink(parameters, key, context, fields, wkb, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, key))
    return sink, dest


def _table(alg, parameters, context, key, df: pd.DataFrame) -> str:
    kinds = []
    for c in df.columns:
        dt = df[c].dtype
        kind = (bool if np.issubdtype(dt, np.bool_) else int if np.issubdtype(dt, np.integer)
                else float if np.issubdtype(dt, np.floating) else str)
        kinds.append((str(c), kind))
    fields = make_fields(kinds)
    sink, dest = _sink(alg, parameters, context, key, fields)
    for row in df.itertuples(index=False):
        add_row(sink, fields, list(row))
    return dest


def write_tables(alg, parameters, context, pop_src, pop, crs, result: ImpactResult,
                 ids: list, thresholds: list[float], groups: list[str],
                 extra: pd.DataFrame | None = None, names: dict | None = None) -> dict:
    """The cells (with the ``extra`` columns appended, e.g. the channels) and the tables;
    with ``names`` (facility id -> name) the flows and loads name the facilities too."""
    fac_type = id_type(ids)
    more = [] if extra is None else list(extra.columns)
    cells = result.cells
    flag_cols = [c for c in cells.columns if c.startswith(("lost_", "gained_"))]
    spec = [("fac_before", fac_type), ("min_before", float), ("fac_after", fac_type),
            ("min_after", float), ("change_min", float), ("reallocated", bool)]
    fields = make_fields(spec + [(c, bool) for c in flag_cols] + [
        (c, str if extra[c].dtype == object else int if extra[c].dtype.kind == "i"
         else float) for c in more], pop_src.fields())
    sink, dest = _sink(alg, parameters, context, OUTPUT, fields, pop_src.wkbType(), crs)
    values = cells[["fac_before", "min_before", "fac_after", "min_after", "change_min",
                    "reallocated", *flag_cols]].to_numpy(dtype=object)
    added = np.empty((len(values), 0), object) if extra is None else extra.to_numpy(object)
    for f, row, plus in zip(pop.features, values, added):
        add_row(sink, fields, list(f.attributes()) + [
            _fac(ids, row[0]), row[1], _fac(ids, row[2]), row[3], row[4], bool(row[5]),
            *[bool(v) for v in row[6:]], *plus], f.geometry())

    flows = result.flows.copy()
    flows["from_fac"] = [_fac(ids, i) if i >= 0 else "none" for i in flows["from_fac"]]
    flows["to_fac"] = [_fac(ids, i) if i >= 0 else "unreachable" for i in flows["to_fac"]]
    if names is not None:
        flows.insert(1, "from_name", [name_of(names, _fac(ids, i)) if i >= 0 else None
                                      for i in result.flows["from_fac"]])
        flows.insert(3, "to_name", [name_of(names, _fac(ids, i)) if i >= 0 else None
                                    for i in result.flows["to_fac"]])
    flows[["from_fac", "to_fac"]] = flows[["from_fac", "to_fac"]].astype(str)
    loads = result.loads.copy()
    loads["facility"] = [str(_fac(ids, i)) for i in loads["facility"]]
    if names is not None:
        loads.insert(1, "facility_name", [name_of(names, _fac(ids, i))
                                          for i in result.loads["facility"]])
    return {OUTPUT: dest,
            FLOWS: _table(alg, parameters, context, FLOWS, flows),
            LOADS: _table(alg, parameters, context, LOADS, loads),
            SUMMARY: _table(alg, parameters, context, SUMMARY, result.summary),
            EQUITY: _table(alg, parameters, context, EQUITY, result.equity)}


def read_groups(settings: GroupSettings, feedback, pop: PointInput) -> dict:
    """Population per age group (and the 75+ field), from a population read with
    ``extra_fields=settings.fields()``; warns where the groups miss the total."""
    listed = list(settings.age_fields)
    groups, masked = unmask_groups({name: pop.extra[name] for name in settings.fields()})
    if masked.any():
        feedback.pushWarning(translate("impact_outputs",
            "{masked} features (population {weights:.0f}) have masked age groups (-1: under "
            "10 residents in Statistics Finland's grid); they count in the total population "
            "but in no age group.").format(masked=int(masked.sum()),
            weights=pop.weights[masked].sum()))
    if listed and pop.year is None:  # (projected weights are no longer the fields' sum)
        total = np.sum([groups[g] for g in listed], axis=0)
        off = (np.abs(total - pop.weights) > np.maximum(0.5, 0.01 * pop.weights)) & ~masked
        if off.any():
            first = [pop.features[i].id() for i in np.flatnonzero(off)[:5]]
            feedback.pushWarning(translate("impact_outputs",
                "The age group fields do not add up to the total population in {off} "
                "features (e.g. feature ids {first}); each group is reported as given and "
                "the totals use the total population field.").format(off=int(off.sum()),
                first=first))
    return groups


def read_area(settings: GroupSettings, pop: PointInput, crs=None, context=None,
              feedback=None):
    """Area name of each population feature, or None when no area field is given; with
    area polygons instead, the polygon each feature's point lies in."""
    field = settings.area_field
    if not field and settings.areas is not None and crs is not None:
        return areas_by_polygon(settings.areas, settings.area_name, pop, crs, context,
                                feedback)
    if not field:
        return None
    return np.array([str(f[field]) if f[field] is not None and not (
        hasattr(f[field], "isNull") and f[field].isNull()) else "(no area)"
        for f in pop.features], dtype=object)


@dataclass
class Sites:
    """The facilities and the new (candidate) sites, in this order."""

    facilities: PointInput
    new: PointInput | None
    ids: list
    x: np.ndarray
    y: np.ndarray


def read_sites(alg, parameters, context, feedback, crs, value_field: str = "",
               new_value_field: str = "") -> Sites:
    """The facilities (with ``value_field`` as weight) and, if given, the new sites."""
    fac = read_points(alg.parameterAsSource(parameters, FACILITIES, context), crs, context,
                      feedback, translate("impact_outputs", "facilities"),
                      alg.parameterAsString(parameters, FAC_ID, context), value_field)
    new_src = alg.parameterAsSource(parameters, NEW_FACILITIES, context)
    new_id = alg.parameterAsString(parameters, NEW_ID, context)
    new = read_points(new_src, crs, context, feedback, translate("impact_outputs",
                                                                 "new facilities"), new_id,
                      new_value_field) if new_src is not None else None
    if new is not None:
        check_ids(new, new_id, what=translate("impact_outputs", "new sites"))
        if new_id:
            check_id_collisions(fac.ids, new.ids, fac.layer, new.layer, new_id)
    ids = list(fac.ids) + (list(new.ids) if new else [])
    xs = np.r_[fac.x, new.x] if new else fac.x
    ys = np.r_[fac.y, new.y] if new else fac.y
    return Sites(fac, new, ids, xs, ys)
