"""The road layer into a network, built once and cached for the runs that follow.

Reading is the slow part of a large road layer in Python, so the feature loop only
collects each geometry's WKB and three attributes, and ``core.roads.wkb`` reads the coordinates
of all of them at once. A whole OGR layer (GeoPackage, shapefile...) already in the work
CRS, with no selection, filter or pending edits, is read straight through GDAL's Arrow
interface instead, a column at a time; both ways give the same lines.
"""

from __future__ import annotations

import contextlib
import hashlib
import os

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsSettings,
    QgsWkbTypes,
)

from ..core.cache import LruCache, NetworkDiskCache, file_digest, file_signature
from ..core.roads.modes import by_distinct, make_profile, parse_oneway, parse_speed
from ..core.roads.network import LineInput, NetworkError, RoadNetwork, build_network
from ..core.roads.search import Router
from ..core.roads.wkb import lines_from_wkb
from .common import _features, _field_index, work_crs
from .digiroad_input import apply_digiroad
from .parameters import ROADS, NetworkSettings, read_network
from .translation import engine_text, translate

NETWORKS = LruCache(size=3)  # built networks, shared by every algorithm run in this process


def load_router(alg, parameters, context, feedback, settings: NetworkSettings | None = None,
                crs=None) -> tuple[Router, NetworkSettings, object]:
    """Build (or reuse from the cache) the network of the road parameter; the work CRS.

    ``settings`` and ``crs`` replace those read from the parameters (for algorithms that
    only walk on the roads).
    """
    settings = settings or read_network(alg, parameters, context)
    source = alg.parameterAsSource(parameters, ROADS, context)
    if source is None:
        raise QgsProcessingException(translate("roads",
                                               "The road network layer could not be opened."))
    crs = crs or work_crs(source, context, feedback)
    key = network_cache_key(alg, parameters, context, settings, crs)

    def build() -> RoadNetwork:
        feedback.pushInfo(translate("roads", "Reading the road network..."))
        lines, skipped = read_lines(source, crs, context, settings, feedback,
                                    whole_ogr_layer(alg, parameters, context, crs))
        if skipped.get("empty"):
            feedback.pushWarning(translate("roads",
                "{empty} road features without geometry were skipped.").format(
                empty=skipped['empty']))
        if skipped.get("null_speed"):
            feedback.pushInfo(translate("roads",
                "{null_speed} roads have no speed value; their class speed (or the default "
                "speed) is used.").format(null_speed=skipped['null_speed']))
        try:
            return build_network(lines, tolerance=settings.tolerance)
        except NetworkError as e:
            raise QgsProcessingException(translate("roads",
                "Road network: {e}.").format(e=engine_text(e))) from None

    for note in settings.notes:  # Digiroad fields found, missing ones and what is assumed
        (feedback.pushWarning if note.startswith("WARNING") else feedback.pushInfo)(note)
    net = NETWORKS.get_or_build(key, lambda: from_disk_or_build(key, build, feedback))
    feedback.pushInfo(translate("roads",
        "Network: {n_nodes} nodes, {n_edges} edges (work CRS {authid}).").format(
        n_nodes=net.n_nodes, n_edges=net.n_edges, authid=crs.authid()))
    for note in net.notes:  # e.g. how many vertices the topology tolerance joined
        (feedback.pushWarning if note.startswith("WARNING") else feedback.pushInfo)(
            translate("roads",
                "Road network: {note}.").format(note=engine_text(note)))
    classed = settings.class_field or settings.link_type_field
    profile = make_profile(settings.mode, settings.scheme if classed else None,
                           speed=settings.speed, class_speeds=settings.class_speeds or None)
    router = Router.shared(net, profile, settings.access_speed or None)
    if not router.graph.usable.any():
        raise QgsProcessingException(translate("roads",
            "No road of the network can be used by mode '{mode}'. Check the road class field "
            "and scheme, or the class speeds.").format(mode=settings.mode))
    return router, settings, crs


CACHE_SETTING = "palveluverkko/network_disk_cache"  # false: never read or write the disk cache
HASH_SETTING = "palveluverkko/network_cache_content_hash"  # true: key on the file's bytes too
CACHE_ENV = "PALVELUVERKKO_NETWORK_CACHE"  # "off", or the folder to use


def network_disk_cache() -> NetworkDiskCache | None:
    """The disk cache of built networks (under the QGIS profile), or None when switched
    off by the setting or the environment variable."""
    env = os.environ.get(CACHE_ENV, "").strip()
    if env.lower() in ("0", "off", "no", "false"):
        return None
    if not env and not QgsSettings().value(CACHE_SETTING, True, type=bool):
        return None
    folder = env or os.path.join(QgsApplication.qgisSettingsDirPath(), "cache",
                                 "palveluverkko", "networks")
    return NetworkDiskCache(folder)


def code_version() -> str:
    """A digest of the code that reads and builds a network: a changed reader or build
    never reuses networks the old one stored."""
    if not _CODE:
        here = os.path.dirname(os.path.abspath(__file__))
        h = hashlib.sha256()
        for rel in ("roads.py", "../core/roads/network.py", "../core/roads/wkb.py",
                    "../core/roads/modes.py", "../core/cache.py"):
            with contextlib.suppress(OSError), open(os.path.join(here, rel), "rb") as f:
                h.update(f.read())
        _CODE.append(h.hexdigest()[:16])
    return _CODE[0]


_CODE: list[str] = []


def from_disk_or_build(key, build, feedback) -> RoadNetwork:
    """The network of ``key`` from the disk cache, else ``build()`` (then stored)."""
    disk = network_disk_cache() if key is not None else None
    if disk is None:
        return build()
    disk_key = [*key, code_version()]
    if QgsSettings().value(HASH_SETTING, False, type=bool):
        with contextlib.suppress(OSError):
            disk_key.append(file_digest(key[0].split("|")[0]))
    net = disk.load(disk_key)
    if net is not None:
        feedback.pushInfo(translate(
            "roads", "Road network read from the disk cache ({path}).").format(
            path=str(disk.path(disk_key))))
        return net
    net = build()
    if disk.save(disk_key, net) is not None:
        feedback.pushInfo(translate(
            "roads", "Road network stored in the disk cache ({path}).").format(
            path=str(disk.path(disk_key))))
    return net


def _whole_layer_asked(parameters) -> bool:
    """The road parameter asks for every feature (no selection, limit or filter)."""
    value = parameters.get(ROADS)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return not (value.selectedFeaturesOnly or value.featureLimit >= 0
                    or getattr(value, "filterExpression", ""))
    return True


def network_cache_key(alg, parameters, context, s: NetworkSettings, crs):
    layer = alg.parameterAsVectorLayer(parameters, ROADS, context)
    if layer is None or layer.isEditable() or layer.providerType() == "memory" \
            or not _whole_layer_asked(parameters):
        return None  # edits, memory layers or selections may change under us: no caching
    return (layer.source(), layer.subsetString(), layer.featureCount(),
            file_signature(layer.source().split("|")[0]), crs.authid(),
            s.class_field, s.speed_field, s.oneway_field, s.tolerance,
            s.scheme == "digiroad", s.link_type_field, _source_key(s.speed_limits))


def _source_key(source):
    """A Digiroad speed-limit layer's part of the cache key (its name and size)."""
    return None if source is None else (source.sourceName(), source.featureCount())


def whole_ogr_layer(alg, parameters, context, crs) -> tuple[str, str | int] | None:
    """(file, layer name or index) when the road parameter is a whole, unedited OGR layer
    of straight lines in the work CRS, text in UTF-8: then GDAL can read it directly."""
    if not _whole_layer_asked(parameters):
        return None
    layer = alg.parameterAsVectorLayer(parameters, ROADS, context)
    if (layer is None or layer.providerType() != "ogr" or layer.subsetString()
            or layer.isEditable() or layer.crs() != crs
            or QgsWkbTypes.isCurvedType(layer.wkbType())
            or layer.dataProvider().encoding().upper().replace("-", "") != "UTF8"):
        return None  # (text in other encodings: QGIS's decoding is the one users set)
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path) or any(parts.get(k) for k in (
            "geometryType", "subset", "vsiPrefix", "vsiSuffix", "openOptions")):
        return None  # filtered, zipped or opened with options: QGIS knows best
    name, index = parts.get("layerName") or None, parts.get("layerId")
    return path, name if name else (int(index) if index else 0)


def read_lines(source, crs, context, settings: NetworkSettings,
               feedback: QgsProcessingFeedback, ogr_layer: tuple | None = None
               ) -> tuple[LineInput, dict]:
    """Road features as engine input, in ``crs``; counts of skipped features.

    ``ogr_layer`` (from ``whole_ogr_layer``): read that layer through GDAL instead of
    QGIS's feature loop.
    """
    name = source.sourceName() or "road network"
    wanted = {key: _field_index(source, field, name) for key, field in (
        ("class", settings.class_field), ("speed", settings.speed_field),
        ("oneway", settings.oneway_field), ("link_type", settings.link_type_field),
        ("link_id", settings.link_id_field if settings.speed_limits is not None else ""))}
    names = {key: source.fields().at(i).name() for key, i in wanted.items() if i >= 0}
    read = _ogr_columns(*ogr_layer, list(names.values())) if ogr_layer else None
    if read is not None:
        blobs, by_name = read
        columns = {key: by_name[n] for key, n in names.items()}
    else:
        blobs, columns = _qgis_columns(source, crs, context, wanted, feedback)
    xy, sizes, owner = lines_from_wkb(blobs)
    if len(sizes) == 0:
        raise QgsProcessingException(translate("roads",
            "Layer '{name}' has no line features with geometry; choose a road layer.").format(
            name=name))
    rows = np.unique(owner)  # features with at least one line part
    skipped = {"empty": len(blobs) - len(rows)}

    def kept(key: str):
        values = columns.get(key)
        if values is None or len(rows) == len(values):
            return values
        return values[rows] if isinstance(values, np.ndarray) else [values[r] for r in rows]

    classes, speeds, oneway = kept("class"), kept("speed"), kept("oneway")
    lines = LineInput(xy, sizes, np.searchsorted(rows, owner),
                      classes=None if classes is None else by_distinct(
                          classes, str, object, ""),
                      speeds=None if speeds is None else parse_speed(speeds),
                      oneway=None if oneway is None else parse_oneway(oneway))
    if speeds is not None:
        skipped["null_speed"] = int(np.isnan(lines.speeds).sum())
    if settings.link_type_field or settings.class_field.upper() == "TOIMINN_LK":
        lines = apply_digiroad(lines, {k: kept(k) for k in wanted}, settings, feedback)
    return lines, skipped


def _qgis_columns(source, crs, context, wanted: dict, feedback):
    """Every feature's WKB (in ``crs``) and the wanted attributes, through QGIS."""
    blobs = []
    columns = {key: [] for key, i in wanted.items() if i >= 0}
    index = [(columns[key], i) for key, i in wanted.items() if i >= 0]
    total = max(source.featureCount(), 1)
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    for n, f in enumerate(_features(source, crs, context)):
        if n % 2000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("roads", "Cancelled."))
            feedback.setProgress(15.0 * n / total)
        blobs.append(_line_wkb(f.geometry(), curved))
        attrs = f.attributes()
        for values, i in index:
            values.append(attrs[i])
    return blobs, columns


def _ogr_columns(path: str, layer: str | int, fields: list[str]):
    """Every feature's WKB and the named fields of a file's layer (by name or index), read
    by GDAL a batch at a time (None if GDAL cannot: the caller then reads through QGIS)."""
    ds = ogr.Open(path)
    if ds is None:
        return None
    layer = ds.GetLayerByName(layer) if isinstance(layer, str) else ds.GetLayer(layer)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    defn = layer.GetLayerDefn()
    present = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if any(f not in present for f in fields):  # e.g. a GeoPackage's fid: QGIS reads it
        return None
    ignored = [f for f in present if f not in fields]
    # GDAL 3.6 returns empty geometries when every attribute is ignored: keep one
    layer.SetIgnoredFields(ignored if fields else ignored[1:])
    geom_col = layer.GetGeometryColumn() or "wkb_geometry"
    blobs, columns = [], {f: [] for f in fields}
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
        blobs.extend(np.ma.filled(batch[geom_col], b"").tolist())
        for f in fields:
            columns[f].append(_column(batch[f]))
    del layer, ds
    return blobs, {f: np.concatenate(c) if c else np.zeros(0) for f, c in columns.items()}


def _column(array) -> np.ndarray:
    """A GDAL column as QGIS gives its values: floats (NaN where NULL), else Python objects
    (ints, text; None where NULL)."""
    mask = np.ma.getmaskarray(array)
    data = np.ma.getdata(array)
    if data.dtype.kind == "f":
        out = data.astype(float)
        out[mask] = np.nan
        return out
    if data.dtype.kind == "S":
        data = np.char.decode(data, "utf-8", errors="replace")
    out = data.astype(object)
    out[mask] = None
    return out


def _line_wkb(geom, curved: bool):
    """WKB of a geometry (curves, in a layer that may have them, made straight segments);
    empty for no geometry."""
    if geom is None or geom.isNull():
        return b""
    if curved and QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = geom.__class__(geom.constGet().segmentize())
    return geom.asWkb()
