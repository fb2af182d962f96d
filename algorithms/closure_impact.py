"""Processing algorithm: what closing (or opening) facilities does to residents' access."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.cache import LruCache, file_signature
from ..core.roads.snapping import OK
from ..core.scenario.impact import Scenario, ScenarioError, evaluate
from ..core.scenario.report_text import date, text
from ..core.transit.profiles import percentiles
from .common import (
    NETWORK_HELP,
    NetworkSettings,
    PalveluAlgorithm,
    add_network_parameters,
    add_points_parameter,
    apply_style,
    parse_bands,
    progress_callback,
    read_points,
    run_engine,
    snap_report,
    snap_reported,
    tr,
    work_crs,
)
from .impact_outputs import (
    add_group_parameters,
    add_impact_outputs,
    group_fields,
    read_area,
    read_groups,
    write_tables,
)
from .report_output import (
    add_pdf_output,
    layer_name,
    map_legend,
    map_png,
    masked_note,
    report_info,
    report_language,
    thresholds_text,
    write_report,
)
from .roads import load_router, network_cache_key
from .transit_common import TRANSIT_HELP, add_transit_parameters, transit_setup
from .validation import (
    add_entrances_parameter,
    check_id_collisions,
    check_ids,
    facility_groups,
    group_min,
    report_walk_reach,
    split_ids,
)

TIMES = LruCache(size=4)  # per-facility travel-time matrices, reused scenario after scenario
CLOSED_STATUS = {"closed", "close", "closing", "suljettu", "suljetaan", "stängd"}
NEW_STATUS = {"new", "planned", "candidate", "uusi", "suunniteltu", "ny"}


class ClosureImpact(PalveluAlgorithm):
    NAME = "closureimpact"
    DISPLAY = "Facility closure impact"
    GROUP = "Service network scenarios"
    GROUP_ID = "scenarios"
    EXAMPLE = (
        "sample facilities with id field fac_id and capacity, close ids 3,7, population grid "
        "with field population and area field area, mode walk on the sample roads, thresholds"
        " 5,10,15.")
    HELP = (
        "<p>What happens to residents if some facilities close (or new ones open): who "
        "loses access within each threshold, how much longer trips get, where the demand "
        "goes and how loads compare with capacity, by area and age group, with equity "
        "figures and an HTML report.</p>"
        "<p><b>Facilities to close</b>: any of a list of ids (<code>3,7</code>), an "
        "expression (<code>\"name\" LIKE '%Kallio%'</code>), the features selected on the "
        "map, or a <b>status field</b> whose value is <i>closed</i> (also <i>suljettu</i>, "
        "<i>stängd</i>); status <i>new</i>/<i>planned</i> (<i>uusi</i>) marks facilities "
        "that open in the scenario only. <b>New facilities</b>: an optional layer of sites "
        "opened in the scenario. <b>Capacity field</b>: residents a facility can serve "
        "(optional). <b>Age group fields</b>: population per group (e.g. 0-14, 15-64, 65-74, "
        "75+); <b>75+ field</b> is used for the equity figure; -1 in a group field "
        "(Statistics Finland's mark of cells under 10 residents) counts in no group, the "
        "total field still counts them. <b>Area field</b>: e.g. "
        "municipality, for the summary. <b>Thresholds</b>: minutes, e.g. "
        "<code>15,30,60</code>. <b>Facility name field</b> and <b>scenario name</b>: the "
        "names the report and its map use (ids when not given).</p>"
        "<p><b>Outputs</b>: cells with the nearest facility and minutes before and after, "
        "the change and <code>lost_&lt;min&gt;</code> flags; the flow table (population "
        "moving between facilities); facility loads against capacity; the summary by area "
        "and age group; equity figures; the report: an HTML page for A4 paper in the language "
        "of QGIS (Finnish, Swedish or English) with what the figures mean, a map of the "
        "change and of the open and closed sites, the inputs and assumptions, and its PDF "
        "next to it (same name, .pdf; a PDF not made by this plugin is never replaced). "
        "Per-facility travel times are "
        "cached, so a further scenario on the same layers does not search again.</p>"
        "<p><b>Facility ids</b> must be filled in and unique; with <b>features with the "
        "same id are entrances of one facility</b> on, features sharing an id are one "
        "facility, reached through its nearest entrance, and closing it closes all its "
        "entrances.</p>"
        + NETWORK_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        pts = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        add_points_parameter(self, "FACILITIES", "Facilities", "FAC_ID", "Facility id field")
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", tr("Facility name field (report and map)"),
            parentLayerParameterName="FACILITIES", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SCENARIO_NAME", tr("Scenario name (report title)"), optional=True))
        add_entrances_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            "CLOSE_IDS", tr("Facilities to close: ids (comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            "CLOSE_EXPRESSION", tr("Facilities to close: expression"),
            parentLayerParameterName="FACILITIES", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "CLOSE_SELECTED", tr("Close the facilities selected on the map"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            "STATUS_FIELD", tr("Status field (closed / new)"),
            parentLayerParameterName="FACILITIES", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", tr("Capacity field"), parentLayerParameterName="FACILITIES",
            type=QgsProcessingParameterField.Any, optional=True))
        add_points_parameter(self, "NEW_FACILITIES", "New facilities to open",
                             "NEW_ID", "New facilities: id field", optional=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "POPULATION", tr("Population"), pts))
        self.addParameter(QgsProcessingParameterField(
            "POP_FIELD", tr("Total population field"), parentLayerParameterName="POPULATION",
            type=QgsProcessingParameterField.Numeric))
        add_group_parameters(self, "POPULATION")
        self.add_mode_parameters()
        add_impact_outputs(self, "Cells: access before and after")
        add_pdf_output(self)

    def add_mode_parameters(self) -> None:
        add_network_parameters(self)

    # ------------------------------------------------------------------ run
    def read_start(self, parameters, context, feedback, value_field: str = ""):
        """Thresholds, travel mode (with its work CRS) and the facilities layer."""
        thresholds = parse_bands(self.parameterAsString(parameters, "THRESHOLDS", context),
                                 "Access thresholds")
        mode = self.prepare_mode(parameters, context, feedback)
        fac_src = self.parameterAsSource(parameters, "FACILITIES", context)
        fac = read_points(fac_src, mode["crs"], context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context), value_field)
        return thresholds, mode, mode["crs"], fac_src, fac

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        thresholds, mode, crs, fac_src, fac = self.read_start(
            parameters, context, feedback,
            self.parameterAsString(parameters, "CAPACITY_FIELD", context) or "")
        has_capacity = bool(self.parameterAsString(parameters, "CAPACITY_FIELD", context))
        fac_ids, group = facility_groups(self, parameters, context, fac, feedback=feedback)
        close, opening = self._closed_and_new(parameters, context, fac_src, fac)
        close, opening = (sorted(set(group[p].tolist())) for p in (close, opening))
        new, ids, xs, ys = self.with_new_sites(parameters, context, feedback, crs, fac)
        n_fac, n_new = len(fac_ids), len(new.ids) if new else 0
        ids = fac_ids + ids[len(fac.ids):]
        column = np.r_[group, n_fac + np.arange(n_new)]  # facility of each site feature
        capacity = np.r_[[fac.values[group == g].max() for g in range(n_fac)] if has_capacity
                         else np.full(n_fac, np.nan), np.full(n_new, np.nan)]
        scenario = Scenario.closing(n_fac, close, n_new)
        scenario.open_before[opening] = False
        scenario.open_after[opening] = True
        if not scenario.open_after.any():
            raise QgsProcessingException(tr(
                "The scenario closes every facility and opens none: keep at least one open "
                "or add new facilities."))

        pop_src = self.parameterAsSource(parameters, "POPULATION", context)
        pop_field = self.parameterAsString(parameters, "POP_FIELD", context)
        pop = read_points(pop_src, crs, context, feedback, "population", value_field=pop_field,
                          extra_fields=group_fields(self, parameters, context))
        groups = read_groups(self, parameters, context, feedback, pop)
        area = read_area(self, parameters, context, pop)

        minutes = group_min(self.minutes(mode, parameters, context, feedback, xs, ys, pop,
                                         Scenario(scenario.open_before[column],
                                                  scenario.open_after[column])), column)
        elderly = self.parameterAsString(parameters, "ELDERLY_FIELD", context) or None
        try:
            result = evaluate(minutes, scenario, pop.values, thresholds, groups, area, capacity,
                              elderly)
        except ScenarioError as e:
            raise QgsProcessingException(tr(f"Scenario: {e}.")) from None
        for w in result.warnings:
            feedback.pushWarning(w)
        feedback.setProgress(85)
        out = write_tables(self, parameters, context, pop_src, pop, crs, result, ids,
                           thresholds, list(groups))
        apply_style(context, out["OUTPUT"], "change_in_time", pop_src.wkbType())
        lang = report_language()
        names = self.site_names(parameters, context, fac, new, ids)
        info = report_info(
            self.parameterAsString(parameters, "SCENARIO_NAME", context), "closure",
            self.report_inputs(parameters, context, mode, fac_src, pop_src, thresholds, lang),
            [text("a_nearest", lang), mode["assume"](lang)] + ([text(
                "a_capacity", lang, field=self.parameterAsString(
                    parameters, "CAPACITY_FIELD", context))] if has_capacity else [])
            + masked_note(pop, lang))
        info.maps.append((text("legend_change", lang), map_png(
            result, pop, xs, ys, names, crs, lang, self.parameterAsVectorLayer(
                parameters, "ROADS", context), column=column), map_legend(lang, result)))
        out.update(write_report(self.parameterAsFileOutput(parameters, "REPORT", context),
                                result, pop.values, thresholds, names, info, lang,
                                feedback=feedback))
        return out

    def site_names(self, parameters, context, fac, new, ids) -> list[str]:
        """Facility names for the report (the name field, else the ids)."""
        field = self.parameterAsString(parameters, "NAME_FIELD", context)
        names = [str(v) for v in ids]
        if field:
            for i, f in enumerate(fac.features):
                v = f[field]
                if v is not None and not (hasattr(v, "isNull") and v.isNull()) and str(v):
                    names[i] = str(v)
        return names

    def report_inputs(self, parameters, context, mode, fac_src, pop_src, thresholds,
                      lang) -> list[tuple[str, str]]:
        """The scenario's inputs in plain words (label, value) for the report."""
        def layer(src, layer_key, field_key):
            return text("i_layer_field", lang,
                        layer=layer_name(self, parameters, context, layer_key, src),
                        field=self.parameterAsString(parameters, field_key, context) or "-")

        rows = [(text("i_mode", lang), text(f"mode_{mode['mode']}", lang)),
                (text("i_facilities", lang), layer(fac_src, "FACILITIES", "FAC_ID")),
                (text("i_population", lang), layer(pop_src, "POPULATION", "POP_FIELD"))]
        roads = self.parameterAsSource(parameters, "ROADS", context)
        if roads is not None:
            rows.append((text("i_roads", lang), text("i_layer", lang, layer=layer_name(
                self, parameters, context, "ROADS", roads))))
        if "GTFS" in parameters:
            rows.append((text("i_gtfs", lang), ", ".join(
                Path(p).name for p in self.parameterAsFileList(parameters, "GTFS", context))))
        rows.append((text("i_thresholds", lang), thresholds_text(thresholds, lang)))
        return rows

    def with_new_sites(self, parameters, context, feedback, crs, fac, value_field: str = ""):
        """The new (candidate) sites, if any, and ids and coordinates of all sites."""
        new_src = self.parameterAsSource(parameters, "NEW_FACILITIES", context)
        new_id = self.parameterAsString(parameters, "NEW_ID", context)
        new = read_points(new_src, crs, context, feedback, "new facilities", new_id,
                          value_field) if new_src is not None else None
        if new is not None:
            check_ids(new, new_id, what="new sites")
            if new_id:
                check_id_collisions(fac.ids, new.ids, fac.layer, new.layer, new_id)
        ids = list(fac.ids) + (list(new.ids) if new else [])
        xs = np.r_[fac.x, new.x] if new else fac.x
        ys = np.r_[fac.y, new.y] if new else fac.y
        return new, ids, xs, ys

    # ------------------------------------------------------------------ travel mode
    def prepare_mode(self, parameters, context, feedback) -> dict:
        router, settings, crs = load_router(self, parameters, context, feedback)
        return {"crs": crs, "router": router, "settings": settings, "mode": settings.mode,
                "note": f"Mode: {settings.mode}. Travel times include the walk between each "
                        f"point and the road.",
                "assume": lambda lang: text(
                    "a_road", lang, mode=text(f"mode_{settings.mode}", lang),
                    access=f"{settings.access_speed:g}", snap=f"{settings.max_snap:g}")}

    def minutes(self, mode, parameters, context, feedback, xs, ys, pop, scenario) -> np.ndarray:
        """(cells, facilities) travel minutes, from the cache when the inputs are the same."""
        router, settings, crs = mode["router"], mode["settings"], mode["crs"]
        key = network_cache_key(self, parameters, context, settings, crs)
        fac_snap = router.snap(xs, ys, settings.max_snap)
        snap_report(fac_snap, tr("facilities"), feedback)
        pop_snap = snap_reported(router, pop, settings, "population features", feedback)
        if not (fac_snap.status[scenario.open_after] == OK).any():
            raise QgsProcessingException(tr(
                "None of the facilities open in the scenario can be snapped to the road "
                "network; check the CRS and the maximum snapping distance."))
        times_key = None if key is None else (key, router.profile.key(), settings.access_speed,
                                              settings.max_snap, xs.tobytes(), ys.tobytes(),
                                              pop.x.tobytes(), pop.y.tobytes())
        cached = times_key is not None and times_key in TIMES._items
        feedback.pushInfo(tr("Reusing the cached per-facility travel times." if cached else
                             f"Searching from {len(xs)} facilities..."))
        seconds = TIMES.get_or_build(times_key, lambda: run_engine(
            router.times, fac_snap, pop_snap, np.inf, False,
            progress_callback(feedback, 30, 80))[0])
        return seconds / 60.0

    # ------------------------------------------------------------------ inputs
    def _closed_and_new(self, parameters, context, source, fac) -> tuple[list[int], list[int]]:
        """Positions of the facilities to close, and of those that open in the scenario."""
        close: set[int] = set()
        wanted = split_ids(self.parameterAsString(parameters, "CLOSE_IDS", context))
        as_text = [str(v) for v in fac.ids]
        for w in wanted:
            if w not in as_text:
                raise QgsProcessingException(tr(
                    f"Facilities to close: no facility has the id '{w}' (field "
                    f"'{self.parameterAsString(parameters, 'FAC_ID', context) or 'feature id'}')."))
            close.update(i for i, v in enumerate(as_text) if v == w)
        raw = parameters.get("CLOSE_EXPRESSION")  # (QGIS gives '' for an unreadable one)
        expr_text = self.parameterAsExpression(parameters, "CLOSE_EXPRESSION", context) or (
            raw.strip() if isinstance(raw, str) else "")
        fids = [f.id() for f in fac.features]
        by_expression = 0
        if expr_text:
            expr = QgsExpression(expr_text)
            if expr.hasParserError():
                raise QgsProcessingException(tr(
                    f"Facilities to close: the expression {expr_text} cannot be read: "
                    f"{' '.join(expr.parserErrorString().split())}. Fix it in the expression "
                    f"builder."))
            unknown = [c for c in expr.referencedColumns() if c != "#!allattributes!#"
                       and source.fields().lookupField(c) < 0]
            if unknown:
                raise QgsProcessingException(tr(
                    f"Facilities to close: the expression {expr_text} uses the field(s) "
                    f"{', '.join(unknown)}, which layer '{fac.layer}' does not have. Fields: "
                    f"{', '.join(source.fields().names())}."))
            ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
            ctx.setFields(source.fields())
            expr.prepare(ctx)
            for i, f in enumerate(fac.features):
                ctx.setFeature(f)
                if expr.evaluate(ctx):
                    close.add(i)
                    by_expression += 1
                if expr.hasEvalError():
                    raise QgsProcessingException(tr(
                        f"Facilities to close: the expression fails on feature {f.id()}: "
                        f"{expr.evalErrorString()}"))
        if self.parameterAsBool(parameters, "CLOSE_SELECTED", context):
            layer = self.parameterAsVectorLayer(parameters, "FACILITIES", context)
            selected = set(layer.selectedFeatureIds()) if layer is not None else set()
            if not selected:
                raise QgsProcessingException(tr(
                    "'Close the selected facilities' is on, but no facility is selected on "
                    "the map."))
            close.update(i for i, fid in enumerate(fids) if fid in selected)
        opening: list[int] = []
        status_field = self.parameterAsString(parameters, "STATUS_FIELD", context)
        if status_field:
            for i, f in enumerate(fac.features):
                value = str(f[status_field]).strip().lower()
                if value in CLOSED_STATUS:
                    close.add(i)
                elif value in NEW_STATUS:
                    opening.append(i)
        if not close and not opening and self.parameterAsSource(
                parameters, "NEW_FACILITIES", context) is None:
            if expr_text and not by_expression:
                raise QgsProcessingException(tr(
                    f"Facilities to close: the expression {expr_text} selects none of the "
                    f"{len(fids)} facilities of layer '{fac.layer}', so nothing changes. Check "
                    f"the expression against the layer's values."))
            raise QgsProcessingException(tr(
                "Nothing changes: give the facilities to close (ids, expression, selection or "
                "status field) or new facilities to open."))
        return sorted(close), opening


class TransitClosureImpact(ClosureImpact):
    """The closure impact with public transport travel times (a percentile over a window)."""

    NAME = "transitclosureimpact"
    DISPLAY = "Facility closure impact (public transport)"
    HELP = ClosureImpact.HELP.split("<h3>")[0] + (
        "<p>Travel times are public transport times from GTFS: for every cell and facility "
        "the chosen <b>percentile</b> of the travel time over the departure window (e.g. "
        "50 = median). The per-facility times are cached for further scenarios.</p>"
    ) + TRANSIT_HELP

    def add_mode_parameters(self) -> None:
        add_transit_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            "PERCENTILE", tr("Percentile of travel time over the window"),
            QgsProcessingParameterNumber.Double, defaultValue=50.0, minValue=0.0,
            maxValue=100.0))

    def prepare_mode(self, parameters, context, feedback) -> dict:
        crs = work_crs(self.parameterAsSource(parameters, "POPULATION", context), context,
                       feedback)
        q = self.parameterAsDouble(parameters, "PERCENTILE", context)
        day = self.parameterAsDateTime(parameters, "DATE", context).date().toPyDate()
        words = {k.lower(): self.parameterAsString(parameters, k, context)
                 for k in ("START", "END")}
        words.update({k.lower(): f"{self.parameterAsDouble(parameters, k, context):g}"
                      for k in ("STEP", "MAX_WALK", "WALK_SPEED")})
        return {"crs": crs, "percentile": q, "mode": "transit",
                "assume": lambda lang: text(
                    "a_transit", lang, date=date(day, lang), q=f"{q:g}", step=words["step"],
                    start=words["start"], end=words["end"], walk=words["max_walk"],
                    speed=words["walk_speed"]),
                "note": f"Mode: public transport, {q:g}th percentile of the travel time over "
                        f"the departure window, waiting and walking included."}

    def times_key(self, parameters, context, mode, xs, ys, pop) -> tuple | None:
        """Everything the cached transit times depend on: the feeds' files (their content
        through size and modification time), the window and walking parameters, the walking
        road layer and its class field, the points. None (no caching) for a walking layer
        that may change under us (edited, in memory, filtered)."""
        feeds = self.parameterAsFileList(parameters, "GTFS", context)
        roads = None
        if self.parameterAsSource(parameters, "ROADS", context) is not None:
            settings = NetworkSettings("walk", "", self.parameterAsString(
                parameters, "CLASS_FIELD", context), "", "", {}, 0, 0, 0, 0, 0, 0.5)
            roads = network_cache_key(self, parameters, context, settings, mode["crs"])
            if roads is None:
                return None
        return (tuple(feeds), file_signature(*feeds), roads,
                *(self.parameterAsString(parameters, k, context) for k in (
                    "DATE", "START", "END", "STEP", "MAX_WALK", "TRANSFER_WALK", "WALK_SPEED",
                    "MAX_TRIP", "MAX_TRANSFERS")), mode["percentile"], mode["crs"].authid(),
                xs.tobytes(), ys.tobytes(), pop.x.tobytes(), pop.y.tobytes())

    def minutes(self, mode, parameters, context, feedback, xs, ys, pop, scenario) -> np.ndarray:
        key = self.times_key(parameters, context, mode, xs, ys, pop)

        def build() -> np.ndarray:
            setup = transit_setup(self, parameters, context, feedback, mode["crs"])
            access = setup.access(pop.x, pop.y)
            report_walk_reach(access, len(pop.x), pop.layer, feedback, setup.max_walk)
            out = np.full((len(pop.x), len(xs)), np.inf, dtype=np.float32)
            for j in range(len(xs)):
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                secs = setup.seconds_to(xs[j], ys[j], access, pop.x, pop.y)
                out[:, j] = percentiles(secs, [mode["percentile"]])[:, 0] / 60
                feedback.setProgress(30 + 50 * (j + 1) / len(xs))
            return out

        cached = key in TIMES._items
        feedback.pushInfo(tr("Reusing the cached per-facility travel times." if cached else
                             f"Timetable profiles for {len(xs)} facilities..."))
        return TIMES.get_or_build(key, build)
