"""Where a scenario's outputs go and how they come into the project.

The output folder is chosen once per project (kept in the project file): by default a
folder next to the saved project, for an unsaved project ``Palveluverkko`` in the user's
documents. Each run writes GeoPackages (typed tables) into its own sub-folder named after
the scenario, never over an earlier one. The results come in as a layer group above the
project's topmost polygon layer, below its point and line layers: the facilities with their
status and loads, the cells styled by the change (and by the travel time before and after,
in the user's thresholds), and the tables with the facilities' names joined.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsLayerTree,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerJoinInfo,
)
from qgis.PyQt.QtCore import QMetaType, QStandardPaths

from ..algorithms.channel_common import compensation_line
from ..algorithms.map_styles import (
    area_position,
    channel_renderer,
    closure_sites_renderer,
    label_layer,
    mark_output,
    style_cells,
)
from ..algorithms.parameters import CHANNEL_AREAS, EQUITY, FLOWS, LOADS, OUTPUT, SUMMARY
from ..algorithms.translation import translate

SCOPE, FOLDER_KEY = "palveluverkko", "output_folder"
GROUP_PROPERTY = "palveluverkko/scenario"


def default_folder(project: QgsProject) -> Path:
    """Next to the saved project file; for an unsaved project, in the user's documents."""
    if project.fileName():
        path = Path(project.absoluteFilePath())
        return path.parent / f"{path.stem}_palveluverkko"
    docs = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(docs or Path.home()) / "Palveluverkko"


def project_folder(project: QgsProject) -> Path:
    """The output folder stored in the project, else the default."""
    stored, ok = project.readEntry(SCOPE, FOLDER_KEY, "")
    return Path(stored) if ok and stored else default_folder(project)


def remember_folder(project: QgsProject, folder: str) -> None:
    project.writeEntry(SCOPE, FOLDER_KEY, folder)


def slug(name: str) -> str:
    """A file-name-safe form of a scenario name (letters with accents kept)."""
    return re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_") or "skenaario"


def run_folder(base: Path, name: str) -> Path:
    """A new sub-folder of ``base`` for scenario ``name`` (``_2``, ``_3`` ... if taken)."""
    folder = base / slug(name)
    n = 2
    while folder.exists():
        folder = base / f"{slug(name)}_{n}"
        n += 1
    folder.mkdir(parents=True)
    return folder


def output_paths(folder: Path) -> dict:
    """Processing destinations of the closure impact in ``folder``: GeoPackages, typed."""
    return {
        OUTPUT: str(folder / "cells.gpkg"),
        FLOWS: str(folder / "flows.gpkg"),
        LOADS: str(folder / "loads.gpkg"),
        SUMMARY: str(folder / "summary.gpkg"),
        EQUITY: str(folder / "equity.gpkg"),
        CHANNEL_AREAS: str(folder / "channels.gpkg"),
    }


def insert_position(root: QgsLayerTreeGroup) -> int:
    """Above the topmost polygon layer (or group of them) of the layer tree, so that the
    point and line layers above it (facilities, roads) stay visible over the result's cells
    and the user's opaque areas (a population grid) do not hide them."""
    return area_position(root)


def facilities_above(group: QgsLayerTreeGroup, facilities: QgsVectorLayer) -> bool:
    """Whether the user's visible ``facilities`` layer is drawn over the results ``group``
    (above it in the layer tree order of drawing)."""
    root = QgsProject.instance().layerTreeRoot()
    node = root.findLayer(facilities.id())
    if node is None or not node.itemVisibilityChecked():
        return False
    order = [n.layer() for n in root.findLayers()]  # top first
    inside = [n.layer() for n in group.findLayers()]
    return bool(inside) and order.index(facilities) < order.index(inside[0])


def remove_if_empty(folder: Path) -> bool:
    """Remove a run's folder that holds nothing (a refused or cancelled run); True if gone."""
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


def _value(v):
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def facility_status(
    facilities: QgsVectorLayer,
    id_field: str,
    name_field: str | None,
    closed: set[str],
    loads: QgsVectorLayer | None,
    path: Path,
) -> QgsVectorLayer:
    """A point GeoPackage of the facilities: id, name, status (open / closed), load before
    and after, capacity and use; polygons become points on their surface."""
    fields = [
        QgsField("fac_id", QMetaType.Type.QString),
        QgsField("name", QMetaType.Type.QString),
        QgsField("status", QMetaType.Type.QString),
    ]
    numbers = ("load_before", "load_after", "change", "capacity", "use_before", "use_after")
    fields += [QgsField(n, QMetaType.Type.Double) for n in numbers]
    by_id = {}
    if loads is not None:
        for f in loads.getFeatures():
            by_id[str(f["facility"])] = [
                _value(f[n]) if n in f.fields().names() else None for n in numbers
            ]
    mem = QgsVectorLayer(f"Point?crs={facilities.crs().authid()}", "facilities", "memory")
    mem.dataProvider().addAttributes(fields)
    mem.updateFields()
    out = []
    for f in facilities.getFeatures():
        fid = str(f[id_field])
        geom = f.geometry()
        if geom.type() != Qgis.GeometryType.Point:
            geom = geom.pointOnSurface()
        feat = QgsFeature(mem.fields())
        feat.setGeometry(geom)
        name = _value(f[name_field]) if name_field else None
        feat.setAttributes(
            [
                fid,
                str(name) if name is not None else fid,
                "closed" if fid in closed else "open",
                *by_id.get(fid, [None] * len(numbers)),
            ]
        )
        out.append(feat)
    mem.dataProvider().addFeatures(out)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "facilities"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        mem, str(path), QgsProject.instance().transformContext(), options
    )
    return QgsVectorLayer(f"{path}|layername=facilities", "facilities", "ogr")


def join_names(table: QgsVectorLayer, status: QgsVectorLayer, field: str, prefix: str) -> None:
    """Join the facility name onto ``table`` by its id ``field`` (unless the table has it:
    the closure impact writes the names when given a name field)."""
    if table.fields().lookupField(f"{prefix}name") >= 0:
        return
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(status)
    join.setJoinFieldName("fac_id")
    join.setTargetFieldName(field)
    join.setJoinFieldNamesSubset(["name"])
    join.setPrefix(prefix)
    join.setUsingMemoryCache(True)
    table.addJoin(join)


def load_results(
    results: dict,
    scenario: str,
    thresholds: list[float],
    facilities: QgsVectorLayer,
    id_field: str,
    name_field: str | None,
    closed: set[str],
    folder: Path,
) -> tuple[QgsLayerTreeGroup, list]:
    """Add the outputs to a new group named ``scenario``, above the polygon layers and below
    the point and line layers, each marked as the plugin's; earlier scenario groups are
    hidden (not removed)."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    for node in root.children():
        if QgsLayerTree.isGroup(node) and node.customProperty(GROUP_PROPERTY):
            node.setItemVisibilityChecked(False)
    group = root.insertGroup(insert_position(root), scenario)
    group.setCustomProperty(GROUP_PROPERTY, True)

    def layer(key: str, name: str) -> QgsVectorLayer | None:
        path = results.get(key)
        lyr = QgsVectorLayer(str(path), name, "ogr") if path else None
        return lyr if lyr is not None and lyr.isValid() else None

    name = translate("scenario_results", "{scenario}: {what}").format
    loads = layer(
        LOADS, name(scenario=scenario, what=translate("scenario_results", "facility loads"))
    )
    status = facility_status(
        facilities, id_field, name_field, closed, loads, folder / "facilities.gpkg"
    )
    status.setName(
        name(scenario=scenario, what=translate("scenario_results", "facilities open and closed"))
    )
    status.setRenderer(closure_sites_renderer())
    label_layer(
        status,
        "\"name\" || if(\"load_before\" IS NULL, '', '\\n' || "
        "format_number(\"load_before\", 0) || ' → ' || "
        'format_number("load_after", 0))',
        expression=True,
    )
    cells = layer(
        OUTPUT,
        name(scenario=scenario, what=translate("scenario_results", "travel time of residents")),
    )
    if cells is not None:
        style_cells(cells, thresholds)
    flows = layer(
        FLOWS,
        name(scenario=scenario, what=translate("scenario_results", "flows between facilities")),
    )
    if flows is not None:
        join_names(flows, status, "from_fac", "from_")
        join_names(flows, status, "to_fac", "to_")
    if loads is not None:
        join_names(loads, status, "facility", "facility_")
    channels = None
    if cells is not None and results.get(CHANNEL_AREAS):  # the run had service channels
        channels = layer(OUTPUT, name(scenario=scenario, what=translate(
            "scenario_results", "best service channel after")))
        if channels is not None:
            channels.setRenderer(channel_renderer(channels.geometryType()))
    tables = [
        layer(
            SUMMARY,
            name(
                scenario=scenario,
                what=translate("scenario_results", "summary by area and age group"),
            ),
        ),
        layer(
            EQUITY, name(scenario=scenario, what=translate("scenario_results", "equity figures"))
        ),
        layer(CHANNEL_AREAS, name(scenario=scenario, what=translate(
            "scenario_results", "channels by area"))),
    ]
    # the best channel is drawn over the change in travel time
    loaded = [lyr for lyr in (status, channels, cells, loads, flows, *tables)
              if lyr is not None]
    for lyr in loaded:
        mark_output(lyr)
        project.addMapLayer(lyr, False)
        group.addLayer(lyr)
    return group, loaded


def channel_message(results: dict, thresholds: list[float]) -> str:
    """The run's channel figures for all areas, as the algorithm logs them ('' without
    channels); the fixed sites' limit is the smallest threshold, as in the algorithm."""
    path = results.get(CHANNEL_AREAS)
    table = QgsVectorLayer(str(path), "channels", "ogr") if path else None
    if table is None or not table.isValid():
        return ""
    rows = [f for f in table.getFeatures() if f["area"] == "all areas"]
    return compensation_line(rows[0], min(thresholds)) if rows else ""
