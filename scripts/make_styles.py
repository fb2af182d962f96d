"""Write the .qml styles of the output layers into resources/styles (run with QGIS's Python).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_styles.py
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

OUT = Path(__file__).resolve().parents[1] / "resources" / "styles"
TIME = [(0, 5, "#1a9850", "0-5 min"), (5, 10, "#91cf60", "5-10 min"),
        (10, 15, "#d9ef8b", "10-15 min"), (15, 20, "#fee08b", "15-20 min"),
        (20, 30, "#fc8d59", "20-30 min"), (30, 60, "#d73027", "30-60 min"),
        (60, 1e9, "#7f0000", "over 60 min")]
CHANGE = [(-1e9, -1, "#4575b4", "faster by over 1 min"), (-1, 1, "#d9d9d9", "about the same"),
          (1, 5, "#fdd49e", "1-5 min longer"), (5, 10, "#fc8d59", "5-10 min longer"),
          (10, 20, "#d7301f", "10-20 min longer"), (20, 1e9, "#7f0000", "over 20 min longer")]
BANDS = [(0, 5, "#1a9850", "up to 5 min"), (5, 10, "#91cf60", "up to 10 min"),
         (10, 15, "#fee08b", "up to 15 min"), (15, 20, "#fdae61", "up to 20 min"),
         (20, 30, "#f46d43", "up to 30 min"), (30, 45, "#d73027", "up to 45 min"),
         (45, 1e9, "#a50026", "over 45 min")]

ACCESS = [(0, 1e-12, "#bdbdbd", "no site reached (0)"),
          (1e-12, 0.5, "#d7301f", "under half the average"),
          (0.5, 0.8, "#fc8d59", "0.5-0.8 x average"), (0.8, 1.25, "#ffffbf", "about average"),
          (1.25, 2, "#91cf60", "1.25-2 x average"), (2, 1e12, "#1a9850", "over twice the average")]

INTERVAL = [(0, 7, "#1a9850", "weekly or more often"), (7, 14, "#91cf60", "every 1-2 weeks"),
            (14, 28, "#fee08b", "every 2-4 weeks"), (28, 1e9, "#fc8d59", "less often")]
EXCLUDED = [(0, 0.1, "#ffffcc", "under 10 %"), (0.1, 0.2, "#fed976", "10-20 %"),
            (0.2, 0.3, "#fd8d3c", "20-30 %"), (0.3, 0.5, "#e31a1c", "30-50 %"),
            (0.5, 1.01, "#800026", "over 50 %")]

CHANNELS = [("fixed", "#1a9850", "fixed site"), ("mobile", "#91bfdb", "mobile stop"),
            ("digital", "#fee08b", "remote (digital) only"), ("none", "#d73027", "no channel")]


def categorized(field: str, classes, geometry):
    cats = []
    for value, color, label in classes:
        sym = QgsSymbol.defaultSymbol(geometry)
        sym.setColor(QColor(color))
        if geometry == QgsWkbTypes.PolygonGeometry:
            sym.symbolLayer(0).setStrokeColor(QColor("#555555"))
            sym.symbolLayer(0).setStrokeWidth(0.1)
        else:
            sym.setSize(2.2)
        cats.append(QgsRendererCategory(value, sym, label))
    return QgsCategorizedSymbolRenderer(field, cats)


def graduated(field: str, classes, geometry, opacity: float = 1.0, outline: bool = True):
    ranges = []
    for lo, hi, color, label in classes:
        sym = QgsSymbol.defaultSymbol(geometry)
        sym.setColor(QColor(color))
        sym.setOpacity(opacity)
        if geometry == QgsWkbTypes.PolygonGeometry:
            layer = sym.symbolLayer(0)
            layer.setStrokeColor(QColor("#555555") if outline else QColor(color))
            layer.setStrokeWidth(0.1)
        else:
            sym.setSize(2.2)
        ranges.append(QgsRendererRange(lo, hi, sym, label))
    return QgsGraduatedSymbolRenderer(field, ranges)


def save(name: str, geometry_uri: str, renderer, order_desc: str = "") -> None:
    layer = QgsVectorLayer(f"{geometry_uri}?crs=EPSG:3067", name, "memory")
    if order_desc:
        renderer.setOrderBy(QgsFeatureRequest.OrderBy(
            [QgsFeatureRequest.OrderByClause(order_desc, False)]))
        renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(OUT / f"{name}.qml"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pt, pg = QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry
    save("travel_time_points", "Point", graduated("time_min", TIME, pt))
    save("travel_time_polygons", "Polygon", graduated("time_min", TIME, pg))
    save("change_in_time_points", "Point", graduated("change_min", CHANGE, pt))
    save("change_in_time_polygons", "Polygon", graduated("change_min", CHANGE, pg))
    save("catchment_bands_polygons", "MultiPolygon",
         graduated("band_to", BANDS, pg, opacity=0.55, outline=False), order_desc="band_to")
    for geom, kind in (("Point", pt), ("Polygon", pg)):
        suffix = "points" if kind == pt else "polygons"
        save(f"access_index_{suffix}", geom, graduated("acc_norm", ACCESS, kind))
        save(f"access_ratio_{suffix}", geom, graduated("ratio_norm", ACCESS, kind))
        save(f"mobile_interval_{suffix}", geom,
             graduated("mobile_interval_days", INTERVAL, kind))
        save(f"home_drive_{suffix}", geom, graduated("drive_min_oneway", TIME, kind))
        save(f"digital_exclusion_{suffix}", geom, graduated("dig_excl_share", EXCLUDED, kind))
        save(f"best_channel_{suffix}", geom, categorized("best_after", CHANNELS, kind))
    print(f"styles written to {OUT}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
