"""The population of a scenario algorithm projected to a target year (the block of
``parameters.add_year_parameters``): the grid's age fields and municipality read beside its
points, carried to the year by ``core.plan.projection.project_year``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..core.plan.projection import (
    MASK,
    ProjectionError,
    YearDemand,
    age_groups_of,
    municipality_code,
    project_year,
    standard_table,
)
from .common import PointInput
from .translation import engine_text, translate

if TYPE_CHECKING:
    from .parameters import YearSettings


def parse_need_rates(text: str, what: str = "Use rates") -> dict[str, float] | None:
    """``'0_14=1.2, 75_84=6'`` -> {'0_14': 1.2, '75_84': 6.0}; empty -> None."""
    if not (text or "").strip():
        return None
    rates = {}
    for part in text.replace(";", ",").split(","):
        key, _, value = part.partition("=")
        try:
            rates[key.strip()] = float(value.replace(" ", ""))
        except ValueError:
            raise QgsProcessingException(translate("target_year",
                "{what}: '{part}' is not group=visits (e.g. 75_84=6.5).").format(
                    what=what, part=part.strip())) from None
    return rates


def project_points(settings: YearSettings, source, pop: PointInput, feedback) -> YearDemand:
    """The population ``pop`` read from ``source``, projected to the settings' year."""
    name = source.sourceName()
    ages = list(age_groups_of(source.fields().names()))
    if not ages:
        raise QgsProcessingException(translate("target_year",
            "Target year: population layer {name} has no age fields (ika_0_14, ika_15_64, "
            "ika_65_ or ika_LO_HI); the projection works by age group.").format(name=name))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
        [settings.municipality_field, *ages], source.fields())
    by_fid = {f.id(): ([f[a] for a in ages], f[settings.municipality_field])
              for f in source.getFeatures(request)}
    frame = pd.DataFrame([by_fid[i][0] for i in pop.fids], columns=ages).apply(
        pd.to_numeric, errors="coerce")
    if frame.isna().any().any():
        row, col = np.argwhere(frame.isna().to_numpy())[0]
        raise QgsProcessingException(translate("target_year",
            "Target year: population layer {name}, feature {fid}: {field} is NULL or not a "
            "number (masked values must be -1).").format(name=name, fid=pop.fids[row],
                                                         field=ages[col]))
    muni = np.array([municipality_code(by_fid[i][1]) for i in pop.fids])
    try:
        out = project_year(pop.weights, frame, muni, standard_table(settings.table),
                           settings.base_year, settings.year, settings.rates)
    except ProjectionError as err:
        raise QgsProcessingException(translate("target_year",
            "Target year {year}: projection table {table}: {err}.").format(
                year=settings.year, table=settings.table_name, err=engine_text(err))) from None
    masked = int((frame == MASK).any(axis=1).sum())
    feedback.pushInfo(translate("target_year",
        "Target year {year}: demand {now:.0f} in {base} -> {then:.0f} ({what}); {masked} "
        "cells with masked ages filled from their municipality's shares.").format(
            year=settings.year, base=settings.base_year, now=out.now.sum(),
            then=out.then.sum(), masked=masked,
            what="visits by the use rates" if settings.rates else "persons"))
    return out
