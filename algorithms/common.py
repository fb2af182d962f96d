"""Glue shared by the algorithms: reading layers into the engine, network parameters, styles.

Metre-based work happens in a projected CRS in ground metres: the road layer's own when it
is one (not e.g. EPSG:3857), else EPSG:3067 (TM35FIN) inside Finland and the WGS 84 UTM zone
elsewhere. Every other layer is reprojected on the fly into it.
"""

from __future__ import annotations

import functools
import os
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
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
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
from ..core.scenario.grid import MASKED
from .help import EXAMPLES, algorithm_help, parameter_help
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


def tr(text: str) -> str:
    return QCoreApplication.translate("Palveluverkko", text)


class PalveluAlgorithm(QgsProcessingAlgorithm):
    """Base class: names and group from class attributes, help texts from ``help.py``."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Road network"
    GROUP_ID = "network"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        text = EXAMPLES.get(self.name(), "")
        example = f"<p><i>{tr('Example')}</i>: {tr(text)}</p>" if text else ""
        return tr(algorithm_help(self.name())) + example

    def addParameter(self, parameter, createOutput: bool = True) -> bool:  # noqa: N802, N803
        """Adds the parameter with its help text from ``help.py``."""
        if not parameter.help():
            parameter.setHelp(tr(parameter_help(self.name(), parameter.name())))
        return super().addParameter(parameter, createOutput)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):  # noqa: N802
        return type(self)()

    # the shared validation (algorithms/validation.py), before any work and for every output
    def checkParameterValues(self, parameters, context):  # noqa: N802
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


def _removing_partial_outputs(process):
    """processAlgorithm that removes the output files it created when it fails or is
    cancelled (no empty, layer-less GeoPackage is left behind)."""
    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, feedback)
        except BaseException as e:
            remove_partial_outputs(getattr(self, "_absent_outputs", []), e, feedback)
            raise
    return run


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
            raise QgsProcessingException(tr(
                f"Class speeds: cannot read '{item}'. Write class=km/h pairs separated by "
                f"commas, e.g. residential=30,service=15 (0 closes a class)."))
        out[key.strip()] = speed
    return out


def parse_bands(text: str, what: str = "Time bands") -> list[float]:
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
        raise QgsProcessingException(tr(f"Layer '{layer_name}' has no field '{field}'."))
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


def read_points(source, crs, context, feedback, layer_label: str, id_field: str = "",
                value_field: str = "", keep_features: bool = True,
                extra_fields=()) -> PointInput:
    """Point positions, ids and weights; a NULL weight counts 0, a negative one is an error.

    ``extra_fields`` are further numeric fields (age groups...) checked and read in the
    same pass, into ``PointInput.extra``."""
    name = source.sourceName() or layer_label
    ii = _field_index(source, id_field, name)
    vi = _field_index(source, value_field, name)
    extra = {f: (_field_index(source, f, name), []) for f in extra_fields}
    xs, ys, ids, vals, feats, has, fids = [], [], [], [], [], [], []
    for f in _features(source, crs, context):
        fids.append(f.id())
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        g = f.geometry()
        ok = g is not None and not g.isNull() and not g.isEmpty()
        if ok:
            p = g.pointOnSurface() if g.type() == QgsWkbTypes.PolygonGeometry else g.centroid()
            ok = not p.isNull()
        pt = p.asPoint() if ok else None
        xs.append(pt.x() if ok else np.nan)
        ys.append(pt.y() if ok else np.nan)
        has.append(ok)
        ids.append(_plain(f.attributes()[ii]) if ii >= 0 else f.id())
        if vi >= 0:
            vals.append(_weight(f.attributes()[vi], name, value_field, f.id()))
        else:
            vals.append(1.0)
        for key, (idx, values) in extra.items():
            values.append(_weight(f.attributes()[idx], name, key, f.id(), masked_ok=True))
        if keep_features:
            feats.append(f)
    if not xs:
        raise QgsProcessingException(tr(f"Layer '{name}' ({layer_label}) has no features."))
    warn_missing_geometry(has, fids, name, feedback, layer_label)
    return PointInput(np.asarray(xs, float), np.asarray(ys, float), ids,
                      np.asarray(vals, float), feats, np.asarray(has, bool),
                      {k: np.asarray(v, float) for k, (_, v) in extra.items()}, name, fids)


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
        raise QgsProcessingException(tr(
            f"Layer '{layer}', feature {fid}: field '{field}' holds '{value}', not a number. "
            f"Choose a numeric field or fix the value.")) from None
    if masked_ok and v == MASKED:
        return float("nan")
    if v < 0 or not np.isfinite(v):
        raise QgsProcessingException(tr(
            f"Layer '{layer}', feature {fid}: field '{field}' is {v}; a population or "
            f"capacity cannot be negative. Fix the value or filter the feature out."))
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
        raise QgsProcessingException(tr(f"Snapping the {label}: {e}.")) from None
    report_unsnapped(snap, tr(label), feedback)
    if required and not (snap.status == OK).any():
        island = int((snap.status == UNCONNECTED_PIECE).sum())
        if island:
            raise QgsProcessingException(tr(
                f"None of the {label} can be routed: {island} of {len(snap)} sit on a road "
                f"piece not connected to the main network (the largest connected piece of "
                f"the roads usable by the mode), the others are too far from it. Connect "
                f"those roads to the network (check the topology tolerance, or roads the "
                f"mode may not use) or move the {label}."))
        raise QgsProcessingException(tr(
            f"None of the {label} could be snapped to the main road network: check the "
            f"layers' CRS and the maximum snapping distance."))
    return snap


def report_unsnapped(snap: Snap, label: str, feedback) -> None:
    """Tell the user how many points could not be routed, and why, and how many were
    snapped past a nearer road piece not connected to the network."""
    failed = (snap.status != OK) & (snap.status != NO_GEOMETRY)  # (warned when read)
    reasons, counts = np.unique(snap.status[failed].astype(str), return_counts=True)
    for reason, n in zip(reasons, counts):
        feedback.pushWarning(tr(f"{n} of {len(snap)} {label}: {reason}."))
    past = snap.note == NEAREST_UNCONNECTED
    if past.any():
        feedback.pushWarning(tr(
            f"{int(past.sum())} of {len(snap)} {label}: {NEAREST_UNCONNECTED}; snapped to "
            f"the main network instead, up to {np.nanmax(snap.distance[past]):.0f} m away "
            f"(field snap_m where the output has it)."))


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
        raise QgsProcessingException(tr("Cancelled.")) from None


def cancellable(items):
    """Iterate over an engine generator, turning its cancellation into a Processing
    exception."""
    try:
        yield from items
    except Cancelled:
        raise QgsProcessingException(tr("Cancelled.")) from None


# ---------------------------------------------------------------------- styles
class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies a .qml style from resources/styles to an output layer when it is loaded."""

    _keep: list = []  # QGIS holds post-processors weakly; keep them alive here

    def __init__(self, qml: str):
        super().__init__()
        self.qml = str(STYLES / qml)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()


def apply_style(context: QgsProcessingContext, dest_id: str, style: str, wkb_type=None) -> None:
    """Style output ``dest_id`` with ``<style>_points.qml`` or ``<style>_polygons.qml``."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    points = wkb_type is not None and QgsWkbTypes.geometryType(wkb_type) == \
        QgsWkbTypes.PointGeometry
    loader = StyleLoader(f"{style}_{'points' if points else 'polygons'}.qml")
    StyleLoader._keep.append(loader)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)

