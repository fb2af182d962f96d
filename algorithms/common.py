"""Glue shared by the algorithms: reading layers into the engine, network parameters, styles.

Metre-based work happens in a projected CRS: the road layer's own when it is projected,
else EPSG:3067 (TM35FIN) inside Finland and the WGS 84 UTM zone elsewhere. Every other
layer is reprojected on the fly into it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.roads.modes import MODES
from ..core.roads.search import Cancelled, Router
from ..core.roads.snapping import NEAREST_UNCONNECTED, OK, UNCONNECTED_PIECE, Snap

PLUGIN_DIR = Path(__file__).resolve().parents[1]
ICON = PLUGIN_DIR / "resources" / "icons" / "palveluverkko.svg"
STYLES = PLUGIN_DIR / "resources" / "styles"
CLASS_SCHEMES = ("osm", "digiroad", "")


def tr(text: str) -> str:
    return QCoreApplication.translate("Palveluverkko", text)


class PalveluAlgorithm(QgsProcessingAlgorithm):
    """Base class: names, group, help and icon from class attributes."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Road network"
    GROUP_ID = "network"
    HELP = ""
    EXAMPLE = ""  # one line of how to use it, appended to the help

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        example = f"<p><i>{tr('Example')}</i>: {tr(self.EXAMPLE)}</p>" if self.EXAMPLE else ""
        return tr(self.HELP) + example

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):  # noqa: N802
        return type(self)()


# ---------------------------------------------------------------------- parameters
ROADS, MODE, CLASS_FIELD, CLASS_SCHEME = "ROADS", "MODE", "CLASS_FIELD", "CLASS_SCHEME"
SPEED_FIELD, ONEWAY_FIELD, CLASS_SPEEDS = "SPEED_FIELD", "ONEWAY_FIELD", "CLASS_SPEEDS"
WALK_SPEED, BIKE_SPEED, DEFAULT_SPEED = "WALK_SPEED", "BIKE_SPEED", "DEFAULT_SPEED"
ACCESS_SPEED, MAX_SNAP, TOLERANCE = "ACCESS_SPEED", "MAX_SNAP", "TOLERANCE"

NETWORK_HELP = (
    "<h3>Road network parameters</h3>"
    "<p><b>Road network</b>: line layer of roads (e.g. OSM, Digiroad). Lines are joined where "
    "they share a vertex: vertices within the <b>topology tolerance</b> of each other "
    "(directly or through a chain of such vertices) become one junction; the log says how "
    "many were joined, and a tolerance not smaller than the median road segment is refused "
    "(it would collapse the network). <b>Travel mode</b>: car, walk or "
    "bike. <b>Road class field</b> with <b>road class scheme</b> OSM <i>highway</i> values "
    "or Digiroad functional classes 1-8 gives car speeds per class (edit them with "
    "<b>class speeds</b>, e.g. <code>residential=30,service=15</code>; 0 closes a class) and "
    "tells which roads walking and cycling may not use (motorways). With the OSM scheme, "
    "the classes that OSM documents as never open to private cars are closed to cars: "
    "<i>footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, "
    "elevator, platform, busway, bus_guideway, raceway, escape</i>, and ways not built or "
    "no longer in use (<i>proposed, planned, construction, abandoned, disused, razed</i>; "
    "these, raceways, motorways and trunk roads are closed to walking and cycling too); "
    "every other class outside the speed table is driven at the <b>car speed on roads of "
    "unknown class</b>. With the Digiroad scheme only the classes of the table (1-7) are "
    "open to cars. <b>Speed field</b> (km/h) "
    "wins over the class speed for cars; NULL falls back to the class speed. <b>One-way "
    "field</b> accepts OSM <code>oneway</code> values (yes/-1) or Digiroad direction codes "
    "(2 both, 3 against, 4 along digitising); an OSM <code>other_tags</code> field works "
    "too, and there <code>junction=roundabout</code> or <code>circular</code> without a "
    "<code>oneway</code> tag is one-way along the way, as OSM defines it. Cars obey one-way "
    "rules; walking and cycling do not. Points (facilities, "
    "population) are snapped to the nearest point of the nearest road usable by the mode "
    "on the main network (its largest connected piece); "
    "the walk from the point to the road is counted at the <b>access walking speed</b>. "
    "A point whose nearest road is a piece not connected to the main network is snapped "
    "to the main network, farther away: the log counts such points and outputs with a "
    "<code>snap_note</code> field mark them <i>nearest road not connected to the "
    "network</i>. Points farther than the <b>maximum snapping distance</b> from the main "
    "network are reported with the reason: <i>on a road piece not connected to the main "
    "network</i> when such a piece is within that distance, else <i>too far from a "
    "road</i>. A point at the very place of a facility is 0 minutes from it.</p>")


def add_network_parameters(alg: QgsProcessingAlgorithm) -> None:
    """The road network parameters every road-based algorithm shares."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        ROADS, tr("Road network"), [QgsProcessing.TypeVectorLine]))
    alg.addParameter(QgsProcessingParameterEnum(
        MODE, tr("Travel mode"), options=[tr("Car"), tr("Walk"), tr("Bike")], defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        CLASS_FIELD, tr("Road class field"), parentLayerParameterName=ROADS, optional=True))
    alg.addParameter(QgsProcessingParameterEnum(
        CLASS_SCHEME, tr("Road class scheme"),
        options=[tr("OSM highway"), tr("Digiroad functional class"), tr("None (default speed)")],
        defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        SPEED_FIELD, tr("Speed field (km/h)"), parentLayerParameterName=ROADS,
        type=QgsProcessingParameterField.Any, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ONEWAY_FIELD, tr("One-way / direction field"), parentLayerParameterName=ROADS,
        optional=True))
    advanced = [
        QgsProcessingParameterString(CLASS_SPEEDS, tr("Class speeds (class=km/h, ...)"),
                                     optional=True),
        _number(DEFAULT_SPEED, tr("Car speed on roads of unknown class (km/h)"), 40.0, 0.0),
        _number(WALK_SPEED, tr("Walking speed (km/h)"), 5.0, 0.1),
        _number(BIKE_SPEED, tr("Cycling speed (km/h)"), 15.0, 0.1),
        _number(ACCESS_SPEED, tr("Access walking speed from point to road (km/h, 0 = free)"),
                5.0, 0.0),
        _number(MAX_SNAP, tr("Maximum snapping distance (m)"), 1000.0, 0.0),
        _number(TOLERANCE, tr("Topology tolerance (map units of the work CRS)"), 0.5, 0.0),
    ]
    for p in advanced:
        p.setFlags(p.flags() | p.FlagAdvanced)
        alg.addParameter(p)


def _number(name, label, default, minimum):
    return QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Double,
                                        defaultValue=default, minValue=minimum)


@dataclass
class NetworkSettings:
    mode: str
    scheme: str
    class_field: str
    speed_field: str
    oneway_field: str
    class_speeds: dict
    default_speed: float
    walk_speed: float
    bike_speed: float
    access_speed: float
    max_snap: float
    tolerance: float


def network_settings(alg, parameters, context) -> NetworkSettings:
    return NetworkSettings(
        mode=MODES[alg.parameterAsEnum(parameters, MODE, context)],
        scheme=CLASS_SCHEMES[alg.parameterAsEnum(parameters, CLASS_SCHEME, context)],
        class_field=alg.parameterAsString(parameters, CLASS_FIELD, context),
        speed_field=alg.parameterAsString(parameters, SPEED_FIELD, context),
        oneway_field=alg.parameterAsString(parameters, ONEWAY_FIELD, context),
        class_speeds=parse_class_speeds(alg.parameterAsString(parameters, CLASS_SPEEDS, context)),
        default_speed=alg.parameterAsDouble(parameters, DEFAULT_SPEED, context),
        walk_speed=alg.parameterAsDouble(parameters, WALK_SPEED, context),
        bike_speed=alg.parameterAsDouble(parameters, BIKE_SPEED, context),
        access_speed=alg.parameterAsDouble(parameters, ACCESS_SPEED, context),
        max_snap=alg.parameterAsDouble(parameters, MAX_SNAP, context),
        tolerance=alg.parameterAsDouble(parameters, TOLERANCE, context),
    )


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
    """``'10,20,30'`` -> [10.0, 20.0, 30.0] minutes, sorted, positive, no duplicates."""
    try:
        values = sorted({float(s) for s in (text or "").replace(";", ",").split(",") if s.strip()})
    except ValueError:
        raise QgsProcessingException(tr(
            f"{what}: '{text}' is not a list of minutes; write e.g. 10,20,30.")) from None
    if not values or values[0] <= 0:
        raise QgsProcessingException(tr(
            f"{what}: give at least one positive number of minutes, e.g. 10,20,30."))
    return values


# ---------------------------------------------------------------------- CRS and reading
def work_crs(source, context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
    """Projected CRS for metre-based work: the layer's own, TM35FIN in Finland, else UTM."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr(
            "The road network layer has no valid CRS; set its CRS in the layer properties."))
    if not crs.isGeographic():
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    ext = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transformBoundingBox(
        source.sourceExtent())
    lon, lat = ext.center().x(), ext.center().y()
    if 19.0 <= lon <= 32.0 and 59.0 <= lat <= 70.5:
        return QgsCoordinateReferenceSystem("EPSG:3067")
    zone = int((lon + 180) // 6) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


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
    values: np.ndarray  # weight (population) per feature, 1 when no field given
    features: list  # the QgsFeatures, in order (for writing outputs)
    has_geometry: np.ndarray
    extra: dict = field(default_factory=dict)  # further numeric fields read in the same pass


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
    xs, ys, ids, vals, feats, has = [], [], [], [], [], []
    for f in _features(source, crs, context):
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
            values.append(_weight(f.attributes()[idx], name, key, f.id()))
        if keep_features:
            feats.append(f)
    if not xs:
        raise QgsProcessingException(tr(f"Layer '{name}' ({layer_label}) has no features."))
    return PointInput(np.asarray(xs, float), np.asarray(ys, float), ids,
                      np.asarray(vals, float), feats, np.asarray(has, bool),
                      {k: np.asarray(v, float) for k, (_, v) in extra.items()})


def read_optional_population(alg, parameters, context, crs, feedback) -> PointInput | None:
    """The optional POPULATION layer with its POP_FIELD weights, or None when not given."""
    source = alg.parameterAsSource(parameters, "POPULATION", context)
    if source is None:
        return None
    return read_points(source, crs, context, feedback, "population",
                       value_field=alg.parameterAsString(parameters, "POP_FIELD", context),
                       keep_features=False)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _weight(value, layer: str, field: str, fid) -> float:
    value = _plain(value)
    if value is None:
        return 0.0
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise QgsProcessingException(tr(
            f"Layer '{layer}', feature {fid}: field '{field}' holds '{value}', not a number. "
            f"Choose a numeric field or fix the value.")) from None
    if v < 0 or not np.isfinite(v):
        raise QgsProcessingException(tr(
            f"Layer '{layer}', feature {fid}: field '{field}' is {v}; a population or "
            f"capacity cannot be negative. Fix the value or filter the feature out."))
    return v


# ---------------------------------------------------------------------- network
def add_points_parameter(alg, key: str, label: str, field_key: str = "",
                         field_label: str = "", numeric: bool = False,
                         optional: bool = False, field_optional: bool = True) -> None:
    """A point or polygon layer parameter, with an optional field of it."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        key, tr(label), [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        optional=optional))
    if field_key:
        alg.addParameter(QgsProcessingParameterField(
            field_key, tr(field_label), parentLayerParameterName=key,
            type=QgsProcessingParameterField.Numeric if numeric
            else QgsProcessingParameterField.Any, optional=field_optional))


def snap_reported(router: Router, pts: PointInput, settings: NetworkSettings, label: str,
                  feedback, required: bool = False) -> Snap:
    """Snap points to the network, logging how many cannot be routed and why.

    ``required``: fail when none of them can be routed (e.g. facilities).
    """
    snap = router.snap(pts.x, pts.y, settings.max_snap)
    snap_report(snap, tr(label), feedback)
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


def snap_report(snap: Snap, label: str, feedback) -> None:
    """Tell the user how many points could not be routed, and why, and how many were
    snapped past a nearer road piece not connected to the network."""
    reasons, counts = np.unique(snap.status[snap.status != OK].astype(str), return_counts=True)
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

