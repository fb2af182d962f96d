"""Area polygons (municipality or county boundaries) for the area tables: each population
feature is assigned the polygon its point lies in."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException

from ..core.scenario.areas import OUTSIDE, assign_areas
from .common import _features
from .translation import translate

#: name fields of Statistics Finland's and the National Land Survey's boundary layers
NAME_FIELDS = ("nimi", "namefin", "name", "kuntanimi", "hyvinvointialue", "maakunta",
               "kunta", "natcode", "nimi_fi")


def area_name_field(source, chosen: str) -> str:
    """The chosen name field, else a known one (nimi, name, kunta...), else the first."""
    names = source.fields().names()
    if chosen:
        return chosen
    low = {n.lower(): n for n in names}
    found = next((low[n] for n in NAME_FIELDS if n in low), None)
    if found is None and not names:
        raise QgsProcessingException(translate("areas",
            "Area polygons ({layer}) have no fields to name the areas.").format(
                layer=source.sourceName()))
    return found or names[0]


def areas_by_polygon(source, chosen: str, pop, crs, context, feedback) -> np.ndarray:
    """The area name of each of ``pop``'s points, by point in polygon (in ``crs``)."""
    name = area_name_field(source, chosen)
    blobs, names = [], []
    for f in _features(source, crs, context):
        g = f.geometry()
        blobs.append(b"" if g is None or g.isNull() else bytes(g.asWkb()))
        names.append(f[name])
    area = assign_areas(pop.x, pop.y, blobs, [None if v is None or (
        hasattr(v, "isNull") and v.isNull()) else v for v in names])
    outside = int((area == OUTSIDE).sum())
    if feedback is not None:
        feedback.pushInfo(translate(
            "areas", "Areas from the polygons of '{layer}' (field '{f}'): {n} "
                             "areas.").format(layer=source.sourceName(), f=name,
                                              n=len(set(area.tolist()) - {OUTSIDE})))
        if outside:
            feedback.pushWarning(translate(
                "areas", "{k} of {n} population features lie in none of the "
                                    "area polygons: area '{o}'.").format(
                                        k=outside, n=len(area), o=OUTSIDE))
    return area
