"""Translated headers (aliases) of the output fields, and the legends of the .qml styles.

Field NAMES stay as they are in every language (models, expressions and scripts use them);
when a translation is installed, a loaded output layer gets each known field's translated
label as its alias, so the attribute table reads Finnish or Swedish. In English the fields keep
no alias (the table shows the names, as before). The legend labels of the .qml styles in
resources/styles are marked for extraction by scripts/ts_todo.py --stub (context "styles") and
translated when the style is loaded.
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRuleBasedRenderer,
)

from .translation import QT_TRANSLATE_NOOP, translate

#: field name -> English header (marked; looked up in the context "fields")
ALIASES = {
    "fac_id": QT_TRANSLATE_NOOP("fields", "Facility"),
    "site_id": QT_TRANSLATE_NOOP("fields", "Site"),
    "base_id": QT_TRANSLATE_NOOP("fields", "Base"),
    "stop_id": QT_TRANSLATE_NOOP("fields", "Stop"),
    "stop_name": QT_TRANSLATE_NOOP("fields", "Stop name"),
    "id": QT_TRANSLATE_NOOP("fields", "Identifier"),
    "feature_id": QT_TRANSLATE_NOOP("fields", "Feature id"),
    "layer": QT_TRANSLATE_NOOP("fields", "Layer"),
    "time_min": QT_TRANSLATE_NOOP("fields", "Travel time (min)"),
    "dist_m": QT_TRANSLATE_NOOP("fields", "Distance (m)"),
    "length_m": QT_TRANSLATE_NOOP("fields", "Length (m)"),
    "band_min": QT_TRANSLATE_NOOP("fields", "Time band (min)"),
    "band_from": QT_TRANSLATE_NOOP("fields", "Band from (min)"),
    "band_to": QT_TRANSLATE_NOOP("fields", "Band to (min)"),
    "reachable": QT_TRANSLATE_NOOP("fields", "Reachable"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "snap_m": QT_TRANSLATE_NOOP("fields", "Distance to road (m)"),
    "snap_note": QT_TRANSLATE_NOOP("fields", "Snapping note"),
    "population": QT_TRANSLATE_NOOP("fields", "Population"),
    "cells": QT_TRANSLATE_NOOP("fields", "Cells"),
    "area_km2": QT_TRANSLATE_NOOP("fields", "Area (km²)"),
    "mean_min": QT_TRANSLATE_NOOP("fields", "Mean travel time (min)"),
    "min_before": QT_TRANSLATE_NOOP("fields", "Travel time before (min)"),
    "min_after": QT_TRANSLATE_NOOP("fields", "Travel time after (min)"),
    "change_min": QT_TRANSLATE_NOOP("fields", "Change in travel time (min)"),
    "fac_before": QT_TRANSLATE_NOOP("fields", "Facility before"),
    "fac_after": QT_TRANSLATE_NOOP("fields", "Facility after"),
    "reallocated": QT_TRANSLATE_NOOP("fields", "Moved to another facility"),
    "capacity": QT_TRANSLATE_NOOP("fields", "Capacity"),
    "demand": QT_TRANSLATE_NOOP("fields", "Demand"),
    "weighted_demand": QT_TRANSLATE_NOOP("fields", "Weighted demand"),
    "supply": QT_TRANSLATE_NOOP("fields", "Supply"),
    "ratio": QT_TRANSLATE_NOOP("fields", "Supply-to-demand ratio"),
    "ratio_after": QT_TRANSLATE_NOOP("fields", "Supply-to-demand ratio after"),
    "ratio_norm": QT_TRANSLATE_NOOP("fields", "Ratio relative to the average"),
    "acc": QT_TRANSLATE_NOOP("fields", "Accessibility"),
    "acc_after": QT_TRANSLATE_NOOP("fields", "Accessibility after"),
    "acc_1000": QT_TRANSLATE_NOOP("fields", "Accessibility per 1 000 residents"),
    "acc_norm": QT_TRANSLATE_NOOP("fields", "Accessibility relative to the average"),
    "acc_norm_after": QT_TRANSLATE_NOOP("fields", "Accessibility relative to the average after"),
    "d_acc": QT_TRANSLATE_NOOP("fields", "Change in accessibility"),
    "acc_fixed": QT_TRANSLATE_NOOP("fields", "Accessibility, fixed sites"),
    "acc_with_mobile": QT_TRANSLATE_NOOP("fields", "Accessibility with mobile stops"),
    "mean_access": QT_TRANSLATE_NOOP("fields", "Mean accessibility"),
    "mean_access_after": QT_TRANSLATE_NOOP("fields", "Mean accessibility after"),
    "pop_unreached": QT_TRANSLATE_NOOP("fields", "Population with no site in reach"),
    "pop_unreached_after": QT_TRANSLATE_NOOP("fields",
                                             "Population with no site in reach after"),
    "reached": QT_TRANSLATE_NOOP("fields", "Site in reach"),
    "reached_after": QT_TRANSLATE_NOOP("fields", "Site in reach after"),
    "n_reachable": QT_TRANSLATE_NOOP("fields", "Sites in reach"),
    "share_within": QT_TRANSLATE_NOOP("fields", "Share within the time"),
    "rank": QT_TRANSLATE_NOOP("fields", "Rank"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "chosen": QT_TRANSLATE_NOOP("fields", "Chosen"),
    "current": QT_TRANSLATE_NOOP("fields", "Current site"),
    "open_after": QT_TRANSLATE_NOOP("fields", "Open after"),
    "walk_min": QT_TRANSLATE_NOOP("fields", "Walking time (min)"),
    "mobile_min": QT_TRANSLATE_NOOP("fields", "Time to the nearest mobile stop (min)"),
    "mobile_stop": QT_TRANSLATE_NOOP("fields", "Mobile stop"),
    "mobile_interval_days": QT_TRANSLATE_NOOP("fields", "Mobile stop interval (days)"),
    "drive_min_oneway": QT_TRANSLATE_NOOP("fields", "Drive time one way (min)"),
    "depot": QT_TRANSLATE_NOOP("fields", "Depot"),
    "trips_day": QT_TRANSLATE_NOOP("fields", "Departures a day"),
    "trips_window": QT_TRANSLATE_NOOP("fields", "Departures in the time window"),
    "dep_window": QT_TRANSLATE_NOOP("fields", "Departure window"),
    "leave_by": QT_TRANSLATE_NOOP("fields", "Leave by"),
    "arrive_by_min": QT_TRANSLATE_NOOP("fields", "Arrive by (min)"),
    "fac_p50": QT_TRANSLATE_NOOP("fields", "Facility fastest at the median"),
    "max_cost_min": QT_TRANSLATE_NOOP("fields", "Maximum travel time (min)"),
    "tau_min": QT_TRANSLATE_NOOP("fields", "Time constant (min)"),
    "kela_deductible": QT_TRANSLATE_NOOP("fields", "Kela deductible (EUR)"),
    "kela_ceiling": QT_TRANSLATE_NOOP("fields", "Kela annual ceiling (EUR)"),
    "car_eur_per_km": QT_TRANSLATE_NOOP("fields", "Car cost (EUR/km)"),
    "weight": QT_TRANSLATE_NOOP("fields", "Weight"),
    "usable": QT_TRANSLATE_NOOP("fields", "Usable by the mode"),
    "on_main": QT_TRANSLATE_NOOP("fields", "On the main network"),
    "component": QT_TRANSLATE_NOOP("fields", "Network piece"),
    "edge": QT_TRANSLATE_NOOP("fields", "Edge"),
    "node": QT_TRANSLATE_NOOP("fields", "Node"),
    "source_row": QT_TRANSLATE_NOOP("fields", "Source row"),
    "ch_best_before": QT_TRANSLATE_NOOP("fields", "Best channel before"),
    "ch_best_after": QT_TRANSLATE_NOOP("fields", "Best channel after"),
}

#: generated names (thresholds in the name) -> English header with {n} for the number
PATTERNS = [
    (re.compile(r"pop_le_(\d+(?:_\d+)?)$"),
     QT_TRANSLATE_NOOP("fields", "Population within {n} min")),
    (re.compile(r"within_(\d+(?:_\d+)?)_before$"),
     QT_TRANSLATE_NOOP("fields", "Within {n} min before")),
    (re.compile(r"within_(\d+(?:_\d+)?)_after$"),
     QT_TRANSLATE_NOOP("fields", "Within {n} min after")),
    (re.compile(r"share_beyond_(\d+(?:_\d+)?)$"),
     QT_TRANSLATE_NOOP("fields", "Share beyond {n} min")),
]


def alias_of(name: str) -> str:
    """The translated header of field ``name``; "" when it has none or no translation is
    installed (English keeps the plain field names)."""
    text = ALIASES.get(name)
    if text is not None:
        found = translate("fields", text)
        return found if found != text else ""
    for pattern, text in PATTERNS:
        m = pattern.match(name)
        if m:
            found = translate("fields", text)
            return found.format(n=m.group(1).replace("_", ".")) if found != text else ""
    return ""


def set_aliases(layer) -> int:
    """Give ``layer``'s known fields their translated aliases (never over an alias the user
    set); returns how many were set."""
    done = 0
    for i, field in enumerate(layer.fields()):
        alias = alias_of(field.name())
        if alias and not field.alias():
            layer.setFieldAlias(i, alias)
            done += 1
    return done


def translate_legend(layer) -> None:
    """The legend labels of ``layer``'s renderer (loaded from a .qml) in the user's language."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, cat in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, translate("styles", cat.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, rng in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, translate("styles", rng.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(translate("styles", rule.label()))


class OutputFinisher(QgsProcessingLayerPostProcessorInterface):
    """Runs the output's own post-processor (a style), then sets the translated aliases."""

    _keep: list = []  # QGIS holds post-processors weakly; keep them alive here

    def __init__(self, inner=None):
        super().__init__()
        self.inner = inner

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if self.inner is not None:
            self.inner.postProcessLayer(layer, context, feedback)
        if layer is not None and hasattr(layer, "fields"):
            set_aliases(layer)


def finish_outputs(context) -> None:
    """Wrap the post-processor of every layer this run loads in an OutputFinisher."""
    for layer_id in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(layer_id)
        inner = details.postProcessor()
        if isinstance(inner, OutputFinisher):
            continue
        finisher = OutputFinisher(inner)
        OutputFinisher._keep.append(finisher)
        details.setPostProcessor(finisher)
