"""Digiroad road links read into the engine: link types, directions, speed limits, ferries
(``core.roads.digiroad`` does the work; this reads the speed-limit layer and logs)."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException

from ..core.roads import digiroad
from ..core.roads.network import LineInput
from .tables import source_frame
from .translation import translate


def limit_table(source) -> tuple:
    """(link ids, start, end, km/h) of a Digiroad speed-limit layer, its fields found by
    name in upper or lower case."""
    names = source.fields().names()
    found = digiroad.find_fields(names, digiroad.LIMIT_FIELDS)
    missing = [f"{v[0]}" for k, v in digiroad.LIMIT_FIELDS.items() if k not in found]
    if missing:
        raise QgsProcessingException(translate("digiroad_input",
            "Digiroad speed limits ({layer}) have no field {fields}; they need the link id "
            "(LINK_ID), the measure range (ALKUM, LOPPUM) and the limit (ARVO). Its fields: "
            "{names}.").format(layer=source.sourceName(), fields=", ".join(missing),
                               names=", ".join(names)))
    frame = source_frame(source, translate("digiroad_input", "Digiroad speed limits"))
    return tuple(frame[found[k]].to_numpy() for k in ("link_id", "start", "end", "value"))


def apply_digiroad(lines: LineInput, columns: dict, settings, feedback) -> LineInput:
    """``lines`` with Digiroad classes, directions and speeds; logs what was assumed."""
    n = lines.n_features
    lengths = digiroad.line_lengths(lines.xy, lines.sizes, lines.feature, n)
    limits = None
    if settings.speed_limits is not None:
        if columns.get("link_id") is None:
            feedback.pushWarning(translate("digiroad_input",
                "The road layer has no LINK_ID field: the Digiroad speed limits cannot be "
                "joined; class speeds are used."))
        else:
            limits = digiroad.speed_limits(columns["link_id"], lengths,
                                           *limit_table(settings.speed_limits))
    links = digiroad.links(columns.get("class"), columns.get("link_type"),
                           columns.get("oneway"), lengths, limits)
    for note in links.notes():
        feedback.pushWarning(translate("digiroad_input", "{note}.").format(note=note))
    if limits is not None:
        feedback.pushInfo(translate(
            "digiroad_input", "Speed limits joined to {k} of {n} Digiroad links; the others "
                             "run at their class speed.").format(k=links.limited, n=n))
    if links.ferries:
        feedback.pushInfo(translate(
            "digiroad_input", "{k} ferry links: {kmh:g} km/h and a {wait:g}-minute wait "
                             "each.").format(k=links.ferries, kmh=digiroad.FERRY_KMH,
                                             wait=digiroad.FERRY_WAIT_MIN))
    speeds = links.speeds
    if lines.speeds is not None:  # a speed field wins where it has a value (not ferries)
        given = np.isfinite(lines.speeds) & (links.classes != "ferry")
        speeds = np.where(given, lines.speeds, speeds)
    return LineInput(lines.xy, lines.sizes, lines.feature, classes=links.classes,
                     speeds=speeds,
                     oneway=links.oneway if links.oneway is not None else lines.oneway)
