"""Glue shared by the algorithms: reading layers into the engine, network parameters, styles.

Metre-based work happens in a projected CRS in ground metres: the road layer's own when it
is one (not e.g. EPSG:3857), else EPSG:3067 (TM35FIN) inside Finland and the WGS 84 UTM zone
elsewhere. Every other layer is reprojected on the fly into it.
"""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSettings,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core.roads.search import Cancelled, Router
from ..core.roads.snapping import (
    NEAREST_UNCONNECTED,
    NO_GEOMETRY,
    OK,
    UNCONNECTED_PIECE,
    NoUsableRoadError,
    Snap,
)
from ..core.scenario.grid import GRID_POPULATION, MASKED, masked_message, unmask_people
from .field_aliases import finish_outputs, translate_legend
from .help import algorithm_help, example_help, parameter_help
from .translation import QT_TRANSLATE_NOOP, Translatable, engine_text, translate
from .validation import (
    absent_outputs,
    check_numbers,
    check_output_places,
    choose_work_crs,
    name_input_layers,
    parse_numbers,
    remove_partial_outputs,
    warn_missing_geometry,
)

if TYPE_CHECKING:
    from .parameters import NetworkSettings

PLUGIN_DIR = Path(__file__).resolve().parents[1]
ICON = PLUGIN_DIR / "resources" / "icons" / "palveluverkko.svg"
STYLES = PLUGIN_DIR / "resources" / "styles"
HELP_PAGES = PLUGIN_DIR / "resources" / "help"


# the Processing groups (``GROUP`` of the algorithms), translated in this context
GROUPS = (
    QT_TRANSLATE_NOOP("PalveluAlgorithm", "Road network"),
    QT_TRANSLATE_NOOP("PalveluAlgorithm", "Service network scenarios"),
    QT_TRANSLATE_NOOP("PalveluAlgorithm", "Public transport"),
    QT_TRANSLATE_NOOP("PalveluAlgorithm", "Accessibility and channels"),
    QT_TRANSLATE_NOOP("PalveluAlgorithm", "Plan: costs and population"),
)


class PalveluAlgorithm(Translatable, QgsProcessingAlgorithm):
    """Base class: names and group from class attributes, help texts from ``help.py``.

    ``DISPLAY`` is marked ``QT_TRANSLATE_NOOP("<the class's name>", "...")`` and ``GROUP`` is
    one of ``GROUPS``; ``self.tr("...")`` translates in the context of the class holding it."""

    NAME = ""
    DISPLAY = ""
    GROUP = GROUPS[0]
    GROUP_ID = "network"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY)

    def group(self) -> str:
        return translate("PalveluAlgorithm", self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        text = example_help(self.name())
        example = self.tr("Example")
        example = f"<p><i>{example}</i>: {text}</p>" if text else ""
        return algorithm_help(self.name()) + example

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """The loaded outputs get translated field aliases (after their style)."""
        finish_outputs(context)
        return {}
    def parameterAsSink(self, parameters, name, context, fields,  # noqa: N802
                        geometryType=None, crs=None, sinkFlags=None,  # noqa: N803
                        createOptions=None, datasourceOptions=None,  # noqa: N803
                        layerOptions=None):  # noqa: N803
        """Processing's sink; a CSV file quotes only text that needs it (GDAL's default
        also quotes integers and numeric-looking text: ids "3", years "2025")."""
        from qgis.core import QgsFeatureSink

        options = list(layerOptions or [])
        dest = self.parameterAsOutputLayer(parameters, name, context) or ""
        if dest.lower().split("|")[0].endswith(".csv") \
                and not any(o.upper().startswith("STRING_QUOTING") for o in options):
            options.append("STRING_QUOTING=IF_NEEDED")
        return super().parameterAsSink(
            parameters, name, context, fields,
            QgsWkbTypes.NoGeometry if geometryType is None else geometryType,
            QgsCoordinateReferenceSystem() if crs is None else crs,
            QgsFeatureSink.SinkFlags() if sinkFlags is None else sinkFlags,
            createOptions or {}, datasourceOptions or [], options)

    def addParameter(self, parameter, createOutput: bool = True) -> bool:  # noqa: N802, N803
        """Adds the parameter with its help text from ``help.py``."""
        if not parameter.help():
            parameter.setHelp(parameter_help(self.name(), parameter.name()))
        dress_parameter(parameter)
        return super().addParameter(parameter, createOutput)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def createCustomParametersWidget(self, parent=None):  # noqa: N802
        """QGIS's dialog, with fields preselected by name (``algorithms/dialog.py``)."""
        from .dialog import parameters_dialog

        return parameters_dialog(self, parent)

    def helpUrl(self) -> str:  # noqa: N802
        """The bundled HTML page of the algorithm for the Help button: in QGIS's language
        (``resources/help/<fi|sv>/``) when there is one, else the English page."""
        lang = str(QgsSettings().value("locale/userLocale", "en") or "en")[:2]
        for page in (HELP_PAGES / lang / f"{self.name()}.html",
                     HELP_PAGES / f"{self.name()}.html"):
            if page.exists():
                return QUrl.fromLocalFile(str(page)).toString()
        return ""

    # the shared validation (algorithms/validation.py), before any work and for every output
    def checkParameterValues(self, parameters, context):  # noqa: N802
        missing = missing_field(self, parameters, context)
        if missing:
            return False, missing
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            try:
                check_numbers(self, parameters)
                check_output_places(self, parameters, context)
            except QgsProcessingException as e:
                return False, str(e)
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        name_input_layers(self, parameters, context)
        check_numbers(self, parameters)
        check_output_places(self, parameters, context)
        self._absent_outputs = absent_outputs(self, parameters, context)
        return True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _removing_partial_outputs(cls.__dict__["processAlgorithm"])


def missing_field(alg, parameters, context=None) -> str:
    """The message for a mandatory field parameter left empty ('' when none is): fields such
    as the population are never guessed, so the user has to choose them (a default such as
    Statistics Finland's ``vaesto`` counts only when the layer has it)."""
    for d in alg.parameterDefinitions():
        if (isinstance(d, QgsProcessingParameterField)
                and not d.flags() & QgsProcessingParameterDefinition.FlagOptional
                and parameters.get(d.name()) in (None, "", [])
                and not _default_field_present(alg, d, parameters, context)):
            layer = alg.parameterDefinition(d.parentLayerParameterName())
            return translate(
                "common", "{field}: no field chosen. Choose the field of the layer '{layer}' "
                "that holds it ({key}).").format(
                field=d.description(), layer=layer.description() if layer else "", key=d.name())
    return ""


def _default_field_present(alg, d, parameters, context) -> bool:
    """Whether the field parameter ``d`` has a default that its parent layer holds (True
    when the layer cannot be read here: the later checks name it)."""
    default = d.defaultValue()
    if default in (None, "", []):
        return False
    if context is None or not d.parentLayerParameterName():
        return True
    try:
        source = alg.parameterAsSource(parameters, d.parentLayerParameterName(), context)
    except QgsProcessingException:
        return True
    names = [] if source is None else source.fields().names()
    wanted = default if isinstance(default, list) else str(default).split(";")
    return source is None or all(w in names for w in wanted)


def dress_parameter(parameter) -> None:
    """Dialog details: a real number's decimals (``parameters.number_decimals``)."""
    from .parameters import number_decimals

    if (isinstance(parameter, QgsProcessingParameterNumber)
            and parameter.dataType() == QgsProcessingParameterNumber.Double
            and "widget_wrapper" not in parameter.metadata()):
        parameter.setMetadata({**parameter.metadata(), "widget_wrapper": {
            "decimals": number_decimals(parameter.name(), parameter.description())}})


def _removing_partial_outputs(process):
    """processAlgorithm that removes the output files it created when it fails or is
    cancelled (no empty, layer-less GeoPackage is left behind)."""
    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            results = process(self, parameters, context, feedback)
        except BaseException as e:
            remove_partial_outputs(getattr(self, "_absent_outputs", []), e, feedback)
            raise
        name_outputs(self, parameters, context, results)
        return results
    return run


def name_outputs(alg, parameters, context, results) -> None:
    """The layers a run loads: named '<output>' ('<output> (<scenario name>)' when the run
    has one) and put in one group '<algorithm> <scenario name or time of the run>', so that
    runs can be told apart in the layer tree; marked as the plugin's and placed below the
    project's point and line layers when QGIS loads them (``map_styles.RendererLoader``)."""
    from .map_styles import handle_loaded_output
    from .parameters import SCENARIO_NAME

    stamp = time.strftime("%H:%M:%S")
    scenario = ""
    if alg.parameterDefinition(SCENARIO_NAME) is not None:
        scenario = alg.parameterAsString(parameters, SCENARIO_NAME, context).strip()
    for out in alg.destinationParameterDefinitions():
        dest = (results or {}).get(out.name())
        if not isinstance(dest, str) or not context.willLoadLayerOnCompletion(dest):
            continue
        details = context.layerToLoadOnCompletionDetails(dest)
        details.name = f"{out.description()} ({scenario})" if scenario else out.description()
        details.forceName = True
        details.groupName = f"{alg.displayName()} {scenario or stamp}"
        handle_loaded_output(context, dest)


# ---------------------------------------------------------------------- parsing
def parse_class_speeds(text: str) -> dict[str, float]:
    """``'residential=30, service=15'`` -> {'residential': 30.0, 'service': 15.0}."""
    out: dict[str, float] = {}
    for item in filter(None, (s.strip() for s in (text or "").replace(";", ",").split(","))):
        key, sep, value = item.partition("=")
        try:
            speed = float(value)
        except ValueError:
            speed = -1.0
        if not sep or not key.strip() or speed < 0:
            raise QgsProcessingException(translate("common",
                "Class speeds: cannot read '{item}'. Write class=km/h pairs separated by "
                "commas, e.g. residential=30,service=15 (0 closes a class).").format(item=item))
        out[key.strip()] = speed
    return out


def parse_bands(text: str, what: str = "") -> list[float]:
    """``'10,20;30'`` -> [10.0, 20.0, 30.0] minutes, sorted, positive, finite, no duplicates."""
    return parse_numbers(text, what)


# ---------------------------------------------------------------------- CRS and reading
def work_crs(source, context: QgsProcessingContext, feedback=None,
             layer: str = "road network") -> QgsCoordinateReferenceSystem:
    """Projected CRS in ground metres: the layer's own, TM35FIN in Finland, else UTM."""
    return choose_work_crs(source, context, source.sourceName() or layer, feedback)


def _features(source, crs, context):
    """Features in ``crs``. The engine copes with degenerate geometries itself (and reports
    them), so GEOS validity checks, which would stop at a self-touching road, are skipped."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)


def _field_index(source, field: str, layer_name: str) -> int:
    if not field:
        return -1
    idx = source.fields().lookupField(field)
    if idx < 0:
        raise QgsProcessingException(translate("common",
            "Layer '{layer_name}' has no field '{field}'.").format(layer_name=layer_name,
            field=field))
    return idx


@dataclass
class PointInput:
    """Points read from a point or polygon layer (polygons: a point on the surface)."""

    x: np.ndarray
    y: np.ndarray
    ids: list  # values of the id field, else feature ids
    weights: np.ndarray  # the value field per feature (population, capacity), 1 when none
    features: list  # the QgsFeatures, in order (for writing outputs)
    has_geometry: np.ndarray
    extra: dict = field(default_factory=dict)  # further numeric fields read in the same pass
    layer: str = ""  # the layer's name, for messages
    fids: list = field(default_factory=list)  # QGIS feature ids, in order (for messages)
    year: object = None  # core.plan.projection.YearDemand with a target year (weights = then)


def read_points(source, crs, context, feedback, layer_label: str, id_field: str = "",
                value_field: str = "", keep_features: bool = True,
                extra_fields=(), people: bool | None = None) -> PointInput:
    """Point positions, ids and weights; a NULL weight counts 0, a negative one is an error.

    ``extra_fields`` are further numeric fields (age groups...) checked and read in the
    same pass, into ``PointInput.extra``. ``people`` (default: a layer label naming
    population, cells, a grid, origins or a scenario): the weights are residents, where
    Statistics Finland's masked -1 counts 0 with a warning counting the cells. An empty
    value field of a population layer with a ``vaesto`` field reads ``vaesto``."""
    name = source.sourceName() or layer_label
    if people is None:
        people = any(w in layer_label.lower() for w in _PEOPLE_LABELS)
    if not value_field and "population" in layer_label.lower():
        value_field = _grid_total(source, name, feedback)
    ii = _field_index(source, id_field, name)
    vi = _field_index(source, value_field, name)
    extra = {f: (_field_index(source, f, name), []) for f in extra_fields}
    xs, ys, ids, vals, feats, has, fids = [], [], [], [], [], [], []
    point = QgsWkbTypes.Point
    for n, f in enumerate(_features(source, crs, context)):
        fid = f.id()
        fids.append(fid)
        if n % 1000 == 0 and feedback.isCanceled():
            raise QgsProcessingException(translate("common", "Cancelled."))
        g = f.geometry()
        ok = g is not None and not g.isNull() and not g.isEmpty()
        if ok and QgsWkbTypes.flatType(g.wkbType()) == point:  # a single point: itself
            pt = g.constGet()
        elif ok:
            p = g.pointOnSurface() if g.type() == QgsWkbTypes.PolygonGeometry else g.centroid()
            ok = not p.isNull()
            pt = p.asPoint() if ok else None
        xs.append(pt.x() if ok else np.nan)
        ys.append(pt.y() if ok else np.nan)
        has.append(ok)
        attrs = f.attributes()
        ids.append(_plain(attrs[ii]) if ii >= 0 else fid)
        vals.append(_weight(attrs[vi], name, value_field, fid, people) if vi >= 0 else 1.0)
        for key, (idx, values) in extra.items():
            values.append(_weight(attrs[idx], name, key, fid, masked_ok=True))
        if keep_features:
            feats.append(f)
    if not xs:
        raise QgsProcessingException(translate("common",
            "Layer '{name}' ({layer_label}) has no features.").format(name=name,
            layer_label=layer_label))
    warn_missing_geometry(has, fids, name, feedback, layer_label)
    vals = np.asarray(vals, float)
    masked = np.isnan(vals)  # only a people field's -1 reads as NaN
    if masked.any():
        vals[masked] = 0.0
        feedback.pushWarning(translate(
            "common", "{m}.").format(m=engine_text(masked_message(int(masked.sum()), name,
                                                                             [value_field]))))
    return PointInput(np.asarray(xs, float), np.asarray(ys, float), ids,
                      vals, feats, np.asarray(has, bool),
                      {k: np.asarray(v, float) for k, (_, v) in extra.items()}, name, fids)


_PEOPLE_LABELS = ("population", "cell", "grid", "origin", "scenario")


def _grid_total(source, name: str, feedback) -> str:
    """A population grid's total field (vaesto, any case) when the layer has one, else ""."""
    found = [f for f in source.fields().names() if f.lower() == GRID_POPULATION]
    if found:
        feedback.pushInfo(translate(
            "common", "Layer '{layer}': population from its field '{f}' (Statistics "
                             "Finland's total population).").format(layer=name, f=found[0]))
    return found[0] if found else ""


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _weight(value, layer: str, field: str, fid, masked_ok: bool = False) -> float:
    """A non-negative number; with ``masked_ok``, Statistics Finland's -1 (masked) is NaN."""
    value = _plain(value)
    if value is None:
        return 0.0
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise QgsProcessingException(translate("common",
            "Layer '{layer}', feature {fid}: field '{field}' holds '{value}', not a number. "
            "Choose a numeric field or fix the value.").format(layer=layer, fid=fid,
            field=field, value=value)) from None
    if masked_ok and v == MASKED:
        return float("nan")
    if v < 0 or not np.isfinite(v):
        raise QgsProcessingException(translate("common",
            "Layer '{layer}', feature {fid}: field '{field}' is {v}; a population or "
            "capacity cannot be negative. Fix the value or filter the feature out.").format(
            layer=layer, fid=fid, field=field, v=v))
    return v


# ---------------------------------------------------------------------- network
def snap_and_report(router: Router, pts: PointInput, settings: NetworkSettings, label: str,
                  feedback, required: bool = False) -> Snap:
    """Snap points to the network, logging how many cannot be routed and why.

    ``required``: fail when none of them can be routed (e.g. facilities).
    """
    try:
        snap = router.snap(pts.x, pts.y, settings.max_snap)
    except NoUsableRoadError as e:
        raise QgsProcessingException(translate(
            "common", "Snapping the {label}: {e}.").format(label=label, e=engine_text(e))) from None
    report_unsnapped(snap, label, feedback)
    if required and not (snap.status == OK).any():
        island = int((snap.status == UNCONNECTED_PIECE).sum())
        if island:
            raise QgsProcessingException(translate("common",
                "None of the {label} can be routed: {island} of {n_snap} sit on a road piece "
                "not connected to the main network (the largest connected piece of the roads "
                "usable by the mode), the others are too far from it. Connect those roads to "
                "the network (check the topology tolerance, or roads the mode may not use) "
                "or move the {label}.").format(label=label, island=island, n_snap=len(snap)))
        raise QgsProcessingException(translate("common",
            "None of the {label} could be snapped to the main road network: check the "
            "layers' CRS and the maximum snapping distance.").format(label=label))
    return snap


def report_unsnapped(snap: Snap, label: str, feedback) -> None:
    """Tell the user how many points could not be routed, and why, and how many were
    snapped past a nearer road piece not connected to the network."""
    failed = (snap.status != OK) & (snap.status != NO_GEOMETRY)  # (warned when read)
    reasons, counts = np.unique(snap.status[failed].astype(str), return_counts=True)
    for reason, n in zip(reasons, counts):
        feedback.pushWarning(translate("common",
            "{n} of {n_snap} {label}: {reason}.").format(n=n, n_snap=len(snap), label=label,
            reason=engine_text(reason)))
    past = snap.note == NEAREST_UNCONNECTED
    if past.any():
        feedback.pushWarning(translate("common",
            "{past} of {n_snap} {label}: {nearest_unconnected}; snapped to the main network "
            "instead, up to {max_m:.0f} m away (field snap_m where the output has it).").format(
            past=int(past.sum()), n_snap=len(snap), label=label,
            nearest_unconnected=engine_text(NEAREST_UNCONNECTED),
            max_m=np.nanmax(snap.distance[past])))


def progress_callback(feedback, start: float, end: float):
    """An engine progress callback mapping 0..1 onto ``start..end`` percent."""
    def cb(frac: float) -> bool:
        feedback.setProgress(start + (end - start) * frac)
        return not feedback.isCanceled()
    return cb


def run_engine(func, *args, **kwargs):
    """Call the engine, turning its cancellation into a Processing exception."""
    try:
        return func(*args, **kwargs)
    except Cancelled:
        raise QgsProcessingException(translate("common", "Cancelled.")) from None


def cancellable(items):
    """Iterate over an engine generator, turning its cancellation into a Processing
    exception."""
    try:
        yield from items
    except Cancelled:
        raise QgsProcessingException(translate("common", "Cancelled.")) from None


# ---------------------------------------------------------------------- styles
class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies a .qml style from resources/styles to an output layer when it is loaded."""

    _keep: list = []  # QGIS holds post-processors weakly; keep them alive here

    def __init__(self, qml: str):
        super().__init__()
        self.qml = str(STYLES / qml)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        from .map_styles import mark_output, place_below_points_and_lines

        if layer is not None and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            translate_legend(layer)
            layer.triggerRepaint()
        if layer is not None:
            mark_output(layer)
            place_below_points_and_lines(layer, context)


def apply_style(context: QgsProcessingContext, dest_id: str, style: str, wkb_type=None) -> None:
    """Style output ``dest_id`` with ``<style>_points.qml`` or ``<style>_polygons.qml``."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    points = wkb_type is not None and QgsWkbTypes.geometryType(wkb_type) == \
        QgsWkbTypes.PointGeometry
    loader = StyleLoader(f"{style}_{'points' if points else 'polygons'}.qml")
    StyleLoader._keep.append(loader)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)



def people_frame(frame, columns, layer: str, feedback):
    """``frame``'s ``columns`` as residents: Statistics Finland's masked -1 and NULL count 0
    (never -1), with a warning counting the masked cells."""
    import pandas as pd

    out, masked = {}, np.zeros(len(frame), bool)
    for c in columns:
        values, m = unmask_people(pd.to_numeric(frame[c], errors="coerce").to_numpy(float))
        out[c] = values
        masked |= m
    if masked.any() and feedback is not None:
        feedback.pushWarning(translate("common", "{m}.").format(m=engine_text(masked_message(
            int(masked.sum()), layer, [c for c in columns if (frame[c] == MASKED).any()]))))
    return pd.DataFrame(out, index=frame.index)
