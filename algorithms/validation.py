"""One validation layer shared by the algorithms, run before any work.

Output places against the input files, report targets, ids, missing geometries, numeric
bands, HH:MM times, the work CRS. One wording everywhere: every message names the layer (not
the file), the field, the feature and the value, and says what to do.
"""

from __future__ import annotations

import math
import os
import re
import traceback
from collections import Counter
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsRectangle,
)

from .translation import translate

REPORT_MARK = "<meta name='generator' content='Palveluverkko'>"
SIDECARS = ("-wal", "-shm", "-journal", ".aux.xml")
SHAPE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")
ENTRANCES = "ENTRANCES"  # the "features with the same id are entrances of one facility" option


# ---------------------------------------------------------------------- layer names
def layer_label(layer) -> str:
    """The name users know a layer by: its table for a layer of a multi-layer file."""
    if layer is None:
        return ""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    table = parts.get("layerName")
    path = parts.get("path") or ""
    if table and (not layer.name() or layer.name() == Path(path).stem):
        return table
    return layer.name()


def name_input_layers(alg, parameters, context) -> None:
    """Layers loaded from a file for this run get their table's name (``roads``), not the
    file's (``helsinki_sample``), so that every message names the layer."""
    store = context.temporaryLayerStore()
    for p in alg.parameterDefinitions():
        if not isinstance(p, (QgsProcessingParameterFeatureSource,
                              QgsProcessingParameterVectorLayer)) or not parameters.get(p.name()):
            continue
        layer = alg.parameterAsVectorLayer(parameters, p.name(), context)
        if layer is not None and store.mapLayer(layer.id()) is not None:
            label = layer_label(layer)
            if label and label != layer.name():
                layer.setName(label)


# ---------------------------------------------------------------------- output places
def _real(path: str) -> str:
    return os.path.realpath(os.path.expanduser(path))


def _layer_file(layer) -> tuple[str, str] | None:
    """(real file path, table) of a file-based layer."""
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path or not os.path.exists(path):
        return None
    return _real(path), parts.get("layerName") or ""


def input_files(alg, parameters, context) -> dict[str, tuple[str, list[str]]]:
    """Real path -> (parameter label, layer names) of every file an input parameter reads."""
    out: dict[str, tuple[str, list[str]]] = {}

    def add(path, table, label, name):
        entry = out.setdefault(path, (label, []))
        entry[1].append(table or name)

    for p in alg.parameterDefinitions():
        if p.isDestination() or parameters.get(p.name()) in (None, ""):
            continue
        label = p.description()
        if isinstance(p, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                          QgsProcessingParameterMapLayer)):
            layer = alg.parameterAsLayer(parameters, p.name(), context)
            found = _layer_file(layer)
            if found:
                add(*found, label, layer_label(layer))
        elif isinstance(p, QgsProcessingParameterMultipleLayers):
            for value in alg.parameterAsFileList(parameters, p.name(), context):
                path = str(value).split("|")[0]
                if os.path.exists(path):
                    add(_real(path), "", label, Path(path).name)
        elif isinstance(p, QgsProcessingParameterFile):
            path = alg.parameterAsFile(parameters, p.name(), context)
            if path and os.path.exists(path):
                add(_real(path), "", label, Path(path).name)
    return out


_OGR_DEST = re.compile(r"^ogr:dbname='?(?P<path>[^' ]+)'?(?:.*?table=\"?(?P<table>[^\" ]+))?")


def output_target(alg, parameters, key: str, context) -> tuple[str, str] | None:
    """(real file path, table or '') that the destination ``key`` will write, or None for
    memory and temporary outputs."""
    value = parameters.get(key)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value is None or not isinstance(value, str):
        return None
    text = value.strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith(("memory:", "postgres:",
                                                                 "postgis:", "spatialite:")):
        return None
    m = _OGR_DEST.match(text)
    if m:
        return _real(m.group("path")), m.group("table") or ""
    return _real(text.split("|")[0]), ""


def _is_our_report(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            head = fh.read(4000)
    except OSError:
        return False
    return REPORT_MARK in head or (head.startswith("<!DOCTYPE html><html><head><meta charset=")
                                   and "<h2>Key figures</h2>" in head)


def check_output_places(alg, parameters, context) -> None:
    """Refuse, before anything is written, an output that would overwrite an input file, a
    report target that is not a report of ours, and a folder that does not exist or cannot
    be written."""
    inputs = input_files(alg, parameters, context)
    for p in alg.destinationParameterDefinitions():
        target = output_target(alg, parameters, p.name(), context)
        if target is None:
            continue
        path, table = target
        label = f"{p.description()} ({p.name()})"
        if path in inputs and (not table or table in inputs[path][1]):
            used_by, layers = inputs[path]
            raise QgsProcessingException(translate("validation",
                "{label}: the output file {path} is also an input (parameter '{used_by}', "
                "layer {n}); writing it would destroy that data. Choose another output "
                "file.").format(
                label=label, path=path, used_by=used_by, n=', '.join(repr(n) for n in layers)))
        folder = os.path.dirname(path) or "."
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise QgsProcessingException(translate("validation",
                "{label}: {folder} is a file, not a folder; choose a folder for "
                "{basename}.").format(
                label=label, folder=folder, basename=os.path.basename(path)))
        if not os.path.isdir(folder):
            raise QgsProcessingException(translate("validation",
                "{label}: the folder {folder} does not exist. Create it or choose another "
                "place for {basename}.").format(label=label, folder=folder,
                basename=os.path.basename(path)))
        if not os.access(folder, os.W_OK) or (os.path.exists(path)
                                              and not os.access(path, os.W_OK)):
            raise QgsProcessingException(translate("validation",
                "{label}: {path} cannot be written (no permission). Choose another place.").format(
                label=label, path=path))
        if isinstance(p, QgsProcessingParameterFileDestination) and \
                p.defaultFileExtension().lower() in ("html", "htm"):
            if os.path.isdir(path):
                raise QgsProcessingException(translate("validation",
                    "{label}: {path} is a folder; give a file name ending in .html.").format(
                    label=label, path=path))
            if os.path.exists(path) and not _is_our_report(path):
                raise QgsProcessingException(translate("validation",
                    "{label}: {path} already exists and is not a Palveluverkko HTML report; "
                    "it would be replaced. Choose a new file name ending in .html.").format(
                    label=label, path=path))


def check_numbers(alg, parameters) -> None:
    """Every number parameter finite (QGIS lets 'nan' and 'inf' through its range checks)."""
    for p in alg.parameterDefinitions():
        if not isinstance(p, QgsProcessingParameterNumber) or parameters.get(p.name()) is None:
            continue
        value = parameters[p.name()]
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue  # (an expression or property: QGIS checks it)
        if not math.isfinite(number):
            raise QgsProcessingException(translate("validation",
                "{description} ({name}): '{value}' is not a finite number; give a "
                "number{range}.").format(description=p.description(), name=p.name(),
                value=value, range=_range(p)))


def _range(p) -> str:
    low, high = p.minimum(), p.maximum()
    parts = [f"at least {low:g}" if low > -1e300 else "", f"at most {high:g}" if high < 1e300
             else ""]
    text = " and ".join(x for x in parts if x)
    return f" ({text})" if text else ""


# ---------------------------------------------------------------------- partial outputs
def _written_files(path: str) -> list[str]:
    files = [path] + [path + s for s in SIDECARS]
    if path.lower().endswith(".shp"):
        files += [path[:-4] + s for s in SHAPE_PARTS]
    return files


def absent_outputs(alg, parameters, context) -> list[str]:
    """Output files that do not exist before the run (removed again if the run fails)."""
    out = []
    for p in alg.destinationParameterDefinitions():
        if not isinstance(p, (QgsProcessingParameterFeatureSink,
                              QgsProcessingParameterFileDestination)):
            continue
        target = output_target(alg, parameters, p.name(), context)
        if target and not target[1] and not os.path.exists(target[0]):
            out.append(target[0])
    return out


def remove_partial_outputs(paths: list[str], error: BaseException, feedback) -> None:
    """After a failed or cancelled run: remove the output files it created."""
    if error.__traceback__ is not None:
        traceback.clear_frames(error.__traceback__)  # closes the sinks the frames held
    import gc

    gc.collect()
    removed = []
    for path in paths:
        for f in _written_files(path):
            if os.path.isfile(f):
                try:
                    os.remove(f)
                except OSError:
                    continue
                if f == path:
                    removed.append(path)
    if removed and feedback is not None:
        feedback.pushWarning(translate("validation",
            "The run did not finish; the incomplete outputs were removed: {removed}.").format(
            removed=', '.join(removed)))


# ---------------------------------------------------------------------- numbers and times
def parse_numbers(text: str, what: str = "", unit: str = "",
                  example: str = "10,20,30", maximum: float | None = None) -> list[float]:
    """'10,20;30' -> [10.0, 20.0, 30.0]: sorted, positive, finite, no duplicates. ``what``
    and ``unit`` name them in messages (translated; default: time bands in minutes)."""
    what = what or translate("validation", "Time bands")
    unit = unit or translate("validation", "minutes")
    items = [s.strip() for s in re.split(r"[,;]", text or "") if s.strip()]
    values = set()
    for item in items:
        try:
            v = float(item)
        except ValueError:
            raise QgsProcessingException(translate("validation",
                "{what}: '{item}' in '{text}' is not a number of {unit}; write e.g. "
                "{example}.").format(what=what, item=item, text=text, unit=unit,
                                     example=example)) from None
        if not math.isfinite(v) or v <= 0 or (maximum is not None and v > maximum):
            limit = f" and at most {maximum:g}" if maximum is not None else ""
            raise QgsProcessingException(translate("validation",
                "{what}: '{item}' is not allowed; give positive, finite {unit}{limit}, e.g. "
                "{example}.").format(what=what, item=item, unit=unit, limit=limit,
                example=example))
        values.add(v)
    if not values:
        raise QgsProcessingException(translate("validation",
            "{what}: give at least one positive number of {unit}, e.g. {example}.").format(
            what=what, unit=unit, example=example))
    return sorted(values)


_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def parse_hhmm(text: str, what: str) -> int:
    """'07:30' -> seconds after midnight; hours 0-47 (GTFS service days run past 24:00),
    minutes and seconds 0-59."""
    m = _CLOCK.match(text or "")
    if not m:
        raise QgsProcessingException(translate("validation",
            "{what}: '{text}' is not a time; write HH:MM, e.g. 07:30.").format(what=what,
            text=text))
    h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if h > 47 or mi > 59 or s > 59:
        raise QgsProcessingException(translate("validation",
            "{what}: '{text}' is not a valid time (hours 0-47, minutes 0-59); write HH:MM, "
            "e.g. 07:30.").format(what=what, text=text))
    return h * 3600 + mi * 60 + s


def report_walk_reach(access, n: int, layer: str, feedback, max_walk: float) -> float:
    """Log the share of ``n`` points within walking reach of a stop; warn when none is
    (e.g. a feed of another region). Returns the share."""
    reached = len(np.unique(np.asarray(access.origin))) if n else 0
    share = reached / n if n else 0.0
    if feedback is None:
        return share
    if reached == 0:
        feedback.pushWarning(translate("validation",
            "Layer '{layer}': none of the {n} features is within walking reach ({max_walk:g} "
            "m) of a stop of the GTFS feeds, so every result is walking only. Check that the "
            "feeds cover this area (and the date), or raise the maximum walk.").format(
            layer=layer, n=n, max_walk=max_walk))
    else:
        feedback.pushInfo(translate("validation",
            "Layer '{layer}': {reached} of {n} features ({share:.0%}) are within walking "
            "reach ({max_walk:g} m) of a stop.").format(layer=layer, reached=reached, n=n,
            share=share, max_walk=max_walk))
    return share


def split_ids(text: str) -> list[str]:
    """'3, 7;9' -> ['3', '7', '9'] (commas or semicolons, as in the band lists)."""
    return [s.strip() for s in re.split(r"[,;]", text or "") if s.strip()]


# ---------------------------------------------------------------------- ids and geometry
def check_ids(pts, field: str, merge: bool = False, feedback=None,
              what: str = "") -> np.ndarray | None:
    """Refuse NULL ids of the points ``pts`` (read with the id field ``field``); refuse
    duplicates unless ``merge`` (features with the same id are entrances of one facility).
    Returns the group of each feature when merging, else None. ``what``: the points, as
    named in messages (translated; default: facilities)."""
    what = what or translate("validation", "facilities")
    if not field:
        return None
    ids, layer = pts.ids, pts.layer
    nulls = [pts.fids[i] for i, v in enumerate(ids) if v is None]
    if nulls:
        raise QgsProcessingException(translate("validation",
            "Layer '{layer}': {n_nulls} of the {what} have no value (NULL) in the id field "
            "'{field}' (e.g. feature ids {nulls}). Fill in the ids or filter those features "
            "out.").format(layer=layer, n_nulls=len(nulls), what=what, field=field,
            nulls=nulls[:5]))
    counts = Counter(str(v) for v in ids)
    repeated = [k for k, n in counts.items() if n > 1]
    if not repeated:
        return None
    if not merge:
        raise QgsProcessingException(translate("validation",
            "Layer '{layer}': the id field '{field}' repeats the ids {repeated}{more} "
            "({n_repeated} ids on more than one feature). Give every facility its own id, "
            "or, if those features are entrances of one facility, switch on 'features with "
            "the same id are entrances of one facility'.").format(layer=layer, field=field,
            repeated=repeated[:10], more=' ...' if len(repeated) > 10 else '',
            n_repeated=len(repeated)))
    first = {}
    group = np.array([first.setdefault(str(v), len(first)) for v in ids])
    if feedback is not None:
        feedback.pushInfo(translate("validation",
            "Layer '{layer}': {n_ids} features merged as entrances into {n_repeated} "
            "facilities (same '{field}'); each facility counts from its nearest entrance.").format(
            layer=layer, n_ids=len(ids) - len(first), n_repeated=len(repeated), field=field))
    return group


def add_entrances_parameter(alg) -> None:
    """The explicit option to treat features sharing an id as entrances of one facility."""
    alg.addParameter(QgsProcessingParameterBoolean(
        ENTRANCES, translate("validation",
                             "Features with the same id are entrances of one facility"),
        defaultValue=False))


def facility_groups(alg, parameters, context, pts, field_key: str = "FAC_ID",
                    feedback=None, what: str = "") -> tuple[list, np.ndarray]:
    """(id of each facility, facility of each feature) of a facility layer read with the id
    field ``field_key``: NULL ids refused, repeated ids refused unless the entrances option
    is on (then merged)."""
    field = alg.parameterAsString(parameters, field_key, context)
    merge = ENTRANCES in parameters and alg.parameterAsBool(parameters, ENTRANCES, context)
    group = check_ids(pts, field, merge, feedback, what)
    if group is None:
        return list(pts.ids), np.arange(len(pts.ids))
    ids: list = [None] * (int(group.max()) + 1)
    for i, g in enumerate(group):
        if ids[g] is None:
            ids[g] = pts.ids[i]
    return ids, group


def check_id_collisions(ids_a: list, ids_b: list, layer_a: str, layer_b: str,
                        field_b: str) -> None:
    """Ids of a second facility layer (new sites, candidates) must not repeat the first's."""
    both = sorted({str(v) for v in ids_a} & {str(v) for v in ids_b})
    if both:
        raise QgsProcessingException(translate("validation",
            "Layer '{layer_b}': the ids {both} (field '{field_b}') are also ids of layer "
            "'{layer_a}'; a site would be mistaken for another. Give the new sites ids of "
            "their own.").format(layer_b=layer_b, both=both[:10],
            field_b=field_b or 'feature id', layer_a=layer_a))


def warn_missing_geometry(has_geometry: np.ndarray, fids: list, layer: str, feedback,
                          what: str = "features") -> None:
    """The same warning everywhere for features without a geometry (they are left out)."""
    missing = np.flatnonzero(~np.asarray(has_geometry, bool))
    if len(missing) and feedback is not None:
        feedback.pushWarning(translate("validation",
            "Layer '{layer}': {n_missing} of {n_has_geometry} {what} have no geometry (e.g. "
            "feature ids {fids}) and take no part in the computation. Add their geometry or "
            "filter them out.").format(layer=layer, n_missing=len(missing),
            n_has_geometry=len(has_geometry), what=what, fids=[fids[i] for i in missing[:5]]))


def group_min(minutes: np.ndarray, group: np.ndarray | None) -> np.ndarray:
    """(rows, features) -> (rows, facilities): the fastest entrance of every facility."""
    if group is None:
        return minutes
    out = np.full((minutes.shape[0], int(group.max()) + 1), np.inf, dtype=minutes.dtype)
    for g in range(out.shape[1]):
        out[:, g] = minutes[:, group == g].min(axis=1)
    return out


# ---------------------------------------------------------------------- work CRS
def _finite(rect: QgsRectangle) -> bool:
    return not rect.isNull() and all(math.isfinite(v) for v in (
        rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()))


def layer_extent(source, limit: int = 100_000) -> QgsRectangle | None:
    """The source's extent; read from the features when the source does not know it (e.g.
    an OSM .pbf without a bounding box in its header)."""
    ext = source.sourceExtent()
    if _finite(ext) and not ext.isEmpty():
        return ext
    out = None
    request = QgsFeatureRequest().setNoAttributes().setLimit(limit)
    for f in source.getFeatures(request):
        g = f.geometry()
        if g is not None and not g.isNull() and not g.isEmpty():
            box = g.boundingBox()
            if not _finite(box):
                continue
            if out is None:
                out = QgsRectangle(box)
            else:
                out.combineExtentWith(box)
    return out


def ground_scale(crs, point: QgsPointXY, context) -> float:
    """Ground metres per map unit of ``crs`` at ``point`` (1 for a CRS in ground metres)."""
    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    da.setEllipsoid("WGS84")
    step = 1000.0
    ground = da.measureLine(point, QgsPointXY(point.x() + step, point.y()))
    return ground / step if math.isfinite(ground) and ground > 0 else float("nan")


def choose_work_crs(source, context, layer: str = "road network", feedback=None):
    """A projected CRS in ground metres: the layer's own when it is one, else EPSG:3067
    (TM35FIN) in Finland and the local WGS 84 UTM zone elsewhere."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(translate("validation",
            "Layer '{layer}' has no valid CRS; set its CRS in the layer properties.").format(
            layer=layer))
    ext = layer_extent(source)
    if ext is None:
        if not crs.isGeographic():
            return crs
        raise QgsProcessingException(translate("validation",
            "Layer '{layer}' has no feature with a geometry, so no work CRS can be chosen; "
            "choose a layer with features.").format(layer=layer))
    if not crs.isGeographic():
        scale = ground_scale(crs, ext.center(), context)
        if math.isfinite(scale) and abs(scale - 1.0) <= 0.01:
            return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    box = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transformBoundingBox(
        ext)
    lon, lat = box.center().x(), box.center().y()
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise QgsProcessingException(translate("validation",
            "Layer '{layer}': its extent cannot be placed on the globe; check its CRS.").format(
            layer=layer))
    if 19.0 <= lon <= 32.0 and 59.0 <= lat <= 70.5:
        out = QgsCoordinateReferenceSystem("EPSG:3067")
    else:
        zone = min(max(int((lon + 180) // 6) + 1, 1), 60)
        out = QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")
    if feedback is not None and not crs.isGeographic():
        feedback.pushInfo(translate("validation",
            "Layer '{layer}' is in {crs}, whose map units are not ground metres here (1 "
            "unit = {scale:.3g} m on the ground); the work is done in {work_crs} instead.").format(
            layer=layer, crs=crs.authid(), scale=scale, work_crs=out.authid()))
    elif feedback is not None:
        feedback.pushInfo(translate("validation",
            "Layer '{layer}' is in geographic {crs}; the work is done in {work_crs}.").format(
            layer=layer, crs=crs.authid(), work_crs=out.authid()))
    return out
