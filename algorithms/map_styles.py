"""Map styles built in code where they depend on the user's choices (the thresholds), and
the post-processor that applies them to Processing outputs when QGIS loads them.

Every renderer is rule based, so that cells without a value get their own class: "no
access" is drawn (grey, hatched) and listed in the legend instead of being left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .translation import translate

NO_ACCESS = "#9e9e9e"
# green (near) to dark red (far); the ramp is cut to the number of classes
TIME_COLORS = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027", "#7f0000")
CHANGE = (
    (None, -1, "#4575b4"),
    (-1, 1, "#f7f7f7"),
    (1, 5, "#fee090"),
    (5, 10, "#fdae61"),
    (10, 20, "#f46d43"),
    (20, None, "#a50026"),
)  # minutes
SERVICE = (
    (0, 1, "#d9d9d9"),
    (1, 5, "#c6dbef"),
    (5, 12, "#6baed6"),
    (12, 30, "#2171b5"),
    (30, None, "#08306b"),
)  # trips in the window


def _num(value: float) -> str:
    return f"{value:g}"


def symbol(geometry: Qgis.GeometryType, color: str, no_access: bool = False) -> QgsSymbol:
    """A fill (polygons) or marker (points) of ``color``; hatched grey for no access."""
    if geometry == Qgis.GeometryType.Point:
        return QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": color,
                "size": "2.4",
                "outline_color": "#606060" if no_access else "#ffffff",
                "outline_width": "0.2",
            }
        )
    if no_access:  # grey as in the report, hatched: the layer below does not show through
        fill = QgsFillSymbol.createSimple(
            {"color": color, "outline_color": "#8c8c8c", "outline_width": "0.2"}
        )
        hatch = QgsSimpleFillSymbolLayer(QColor("#5a5a5a"), Qt.BDiagPattern)
        hatch.setStrokeStyle(Qt.NoPen)
        fill.appendSymbolLayer(hatch)
        return fill
    return QgsFillSymbol.createSimple(
        {
            "color": color,
            "outline_color": "#ffffff",
            "outline_width": "0.1",
            "outline_style": "solid",
        }
    )


def _rules(geometry, rows: Sequence[tuple[str, str, str, bool]]) -> QgsRuleBasedRenderer:
    """A rule based renderer from (label, expression, colour, no_access) rows."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, color, no_access in rows:
        root.appendChild(
            QgsRuleBasedRenderer.Rule(symbol(geometry, color, no_access), 0, 0, expression, label)
        )
    return QgsRuleBasedRenderer(root)


def _ranges(field: str, bounds) -> list[str]:
    """The expression of each (low, high) class of ``field`` (None: open ended)."""
    out = []
    for low, high in bounds:
        parts = [
            f'"{field}" >= {low!r}' if low is not None else "",
            f'"{field}" < {high!r}' if high is not None else "",
        ]
        out.append(" AND ".join(p for p in parts if p) or f'"{field}" IS NOT NULL')
    return out


def time_classes(thresholds: Sequence[float]) -> list[tuple[float, float | None]]:
    """The classes of a travel-time legend: 0-t1, t1-t2, ..., over tn."""
    edges = sorted({float(t) for t in thresholds if t > 0})
    if not edges:
        return [(0.0, None)]
    return list(zip([0.0, *edges], [*edges, None]))


def time_renderer(field: str, thresholds: Sequence[float], geometry) -> QgsRuleBasedRenderer:
    """Travel time in classes at the user's ``thresholds`` (minutes), plus "no access"."""
    classes = time_classes(thresholds)
    colors = _ramp(len(classes))
    rows = []
    for (low, high), expression, color in zip(classes, _ranges(field, classes), colors):
        label = (
            translate("map_styles", "{a}–{b} min").format(a=_num(low), b=_num(high))
            if high is not None
            else translate("map_styles", "over {a} min").format(a=_num(low))
        )
        rows.append((label, expression, color, False))
    rows.append((translate("map_styles", "no access"), f'"{field}" IS NULL', NO_ACCESS, True))
    return _rules(geometry, rows)


def _ramp(n: int) -> list[str]:
    if n >= len(TIME_COLORS):
        return [*TIME_COLORS, *[TIME_COLORS[-1]] * (n - len(TIME_COLORS))]
    step = (len(TIME_COLORS) - 1) / max(n - 1, 1)
    return [TIME_COLORS[round(i * step)] for i in range(n)]


def band_renderer(bands: Sequence[float], geometry, field: str = "band_to") -> QgsRuleBasedRenderer:
    """Catchment bands at the user's ``bands``: "up to b min" each, the nearer bands drawn
    over the farther ones."""
    edges = sorted({float(b) for b in bands if b > 0})
    colors = _ramp(len(edges))
    rows = []
    for low, high, color in zip([0.0, *edges], edges, colors):
        rows.append(
            (
                translate("map_styles", "up to {b} min").format(b=_num(high)),
                f'"{field}" > {low!r} AND "{field}" <= {high!r}',
                color,
                False,
            )
        )
    renderer = _rules(geometry, rows)
    for i, rule in enumerate(renderer.rootRule().children()):
        for k in range(rule.symbol().symbolLayerCount()):
            rule.symbol().symbolLayer(k).setRenderingPass(len(rows) - i)
        rule.symbol().setOpacity(0.75)
    renderer.setUsingSymbolLevels(True)
    return renderer


TERRITORY_NAMES = ("name", "fac_name", "facility_name", "nimi")  # else the id labels them


def style_territories(layer: QgsVectorLayer, bands: Sequence[float]) -> None:
    """Catchments by nearest facility: the bands as ``band_renderer``, each facility's
    territory (its farthest band) outlined dark over them, and its name (else id) written
    once in its nearest band, so that one sees which area is whose."""
    renderer = band_renderer(bands, layer.geometryType())
    outline = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#202020", "outline_width": "0.6"}
    )
    outline.symbolLayer(0).setRenderingPass(len(renderer.rootRule().children()) + 1)
    renderer.rootRule().appendChild(
        QgsRuleBasedRenderer.Rule(
            outline,
            0,
            0,
            '"band_to" = maximum("band_to", group_by:="fac_id")',
            translate("map_styles", "facility's area (nearest facility)"),
        )
    )
    layer.setRenderer(renderer)
    names = {n.lower(): n for n in layer.fields().names()}
    field = next((names[n] for n in TERRITORY_NAMES if n in names), "fac_id")
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.setFormat(haloed_text(9, "#101010", 1.0))
    settings.placement = Qgis.LabelPlacement.OverPoint  # at the area's centre
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(
        QgsRuleBasedLabeling.Rule(
            settings, 0, 0, '"band_to" = minimum("band_to", group_by:="fac_id")'
        )
    )
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


def change_renderer(
    geometry, before: str = "min_before", after: str = "min_after", change: str = "change_min"
) -> QgsRuleBasedRenderer:
    """Change in travel time, with access lost, gained and missing in both as own classes."""
    rows = [
        (
            translate("map_styles", "access lost (no facility within reach after)"),
            f'"{before}" IS NOT NULL AND "{after}" IS NULL',
            "#3d0000",
            False,
        ),
        (
            translate("map_styles", "access gained"),
            f'"{before}" IS NULL AND "{after}" IS NOT NULL',
            "#00441b",
            False,
        ),
        (
            translate("map_styles", "no access before or after"),
            f'"{before}" IS NULL AND "{after}" IS NULL',
            NO_ACCESS,
            True,
        ),
    ]
    labels = (
        translate("map_styles", "faster by over 1 min"),
        translate("map_styles", "about the same"),
        translate("map_styles", "1–5 min longer"),
        translate("map_styles", "5–10 min longer"),
        translate("map_styles", "10–20 min longer"),
        translate("map_styles", "over 20 min longer"),
    )
    for (_, _, color), label, expression in zip(
        CHANGE, labels, _ranges(change, [(lo, hi) for lo, hi, _ in CHANGE])
    ):
        rows.append((label, expression, color, False))
    return _rules(geometry, rows)


def service_renderer(field: str, geometry, walk_field: str = "") -> QgsRuleBasedRenderer:
    """Public transport trips (or departures) in the window; none as its own class, and
    with ``walk_field``, cells with no stop within walking distance (NULL there)."""
    rows = []
    reach = f' AND "{walk_field}" IS NOT NULL' if walk_field else ""
    for (low, high, color), expression in zip(
        SERVICE, _ranges(field, [(lo, hi) for lo, hi, _ in SERVICE])
    ):
        label = (
            translate("map_styles", "none")
            if low == 0
            else translate("map_styles", "{a}–{b}").format(a=_num(low), b=_num(high - 1))
            if high is not None
            else translate("map_styles", "{a} or more").format(a=_num(low))
        )
        rows.append((label, expression + reach, color, False))
    if walk_field:
        rows.append(
            (
                translate("map_styles", "no stop within walking distance"),
                f'"{walk_field}" IS NULL',
                NO_ACCESS,
                True,
            )
        )
    return _rules(geometry, rows)


CHANNEL_COLORS = {"fixed": "#2b83ba", "mobile": "#fdae61", "digital": "#abdda4"}


def channel_renderer(geometry, field: str = "ch_best_after") -> QgsRuleBasedRenderer:
    """A cell's best service channel (``core.channels.multichannel.ORDER``): a fixed site,
    a mobile stop, remote service, or none of them ("none" drawn like no access)."""
    labels = {"fixed": translate(
        "map_styles", "fixed site within reach"), "mobile": translate(
            "map_styles", "mobile stop within reach"),
              "digital": translate("map_styles", "remote service (digital) only")}
    rows = [(labels[k], f"\"{field}\" = '{k}'", color, False)
            for k, color in CHANNEL_COLORS.items()]
    rows.append((translate(
        "map_styles", "no channel"), f"\"{field}\" = 'none' OR \"{field}\" IS NULL", NO_ACCESS,
                 True))
    return _rules(geometry, rows)


def _site_symbol(shape: str, color: str, size: float) -> QgsMarkerSymbol:
    """A marker; a cross is drawn in ``color`` on a white disc, to show on any fill."""
    if shape != "cross2":
        return QgsMarkerSymbol.createSimple(
            {
                "name": shape,
                "color": color,
                "size": str(size),
                "outline_color": "#ffffff",
                "outline_width": "0.4",
            }
        )
    marker = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#ffffff",
            "size": str(size + 1.6),
            "outline_color": "#000000",
            "outline_width": "0.5",
        }
    )
    cross = QgsSimpleMarkerSymbolLayer(Qgis.MarkerShape.Cross2, size - 0.2)
    cross.setStrokeColor(QColor(color))
    cross.setStrokeWidth(1.2)
    marker.appendSymbolLayer(cross)
    return marker


def status_renderer(
    rows: Sequence[tuple[str, str, str, str, float]], load: str = ""
) -> QgsRuleBasedRenderer:
    """Facilities by status: (label, expression, shape, colour, size) per class; with
    ``load``, circles sized by that field (area in proportion to it)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, shape, color, size in rows:
        symbol = _site_symbol(shape, color, size)
        if load and shape == "circle":
            symbol.setDataDefinedSize(
                QgsProperty.fromExpression(
                    f'coalesce(scale_exp("{load}", 0, maximum("{load}"), {size * 0.6}, '
                    f"{size * 2.4}, 0.5), {size})"
                )
            )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def closure_sites_renderer(
    status: str = "status", load: str = "load_after"
) -> QgsRuleBasedRenderer:
    """Open (sized by ``load``), closed (a red cross) and new facilities of a scenario."""
    return status_renderer(
        (
            (
                translate("map_styles", "closed in the scenario"),
                f"\"{status}\" = 'closed'",
                "cross2",
                "#d7191c",
                5.0,
            ),
            (
                translate("map_styles", "new in the scenario"),
                f"\"{status}\" = 'new'",
                "star",
                "#1a9641",
                4.6,
            ),
            (
                translate("map_styles", "open (size: residents after)"),
                f"\"{status}\" = 'open'",
                "circle",
                "#2b5f9e",
                3.4,
            ),
        ),
        load,
    )


def chosen_sites_renderer(load: str = "population") -> QgsRuleBasedRenderer:
    """The optimiser's sites: kept, new, closed (red cross) and candidates not chosen."""
    return status_renderer(
        (
            (
                translate("map_styles", "kept (current and chosen)"),
                '"current" AND "chosen"',
                "circle",
                "#2b5f9e",
                3.4,
            ),
            (
                translate("map_styles", "new site chosen"),
                'NOT "current" AND "chosen"',
                "star",
                "#1a9641",
                4.6,
            ),
            (
                translate("map_styles", "closed (current, not chosen)"),
                '"current" AND NOT "chosen"',
                "cross2",
                "#d7191c",
                4.0,
            ),
            (
                translate("map_styles", "candidate not chosen"),
                'NOT "current" AND NOT "chosen"',
                "square",
                "#bdbdbd",
                1.8,
            ),
        ),
        load,
    )


def haloed_text(size: float, colour: str, halo: float) -> QgsTextFormat:
    """A label text format of ``size`` points in ``colour`` with a ``halo`` mm buffer (white
    unless QGIS's default buffer colour is changed)."""
    fmt = QgsTextFormat()
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    fmt.setBuffer(buffer)
    return fmt


def label_layer(layer: QgsVectorLayer, field: str, expression: bool = False) -> None:
    """Small haloed labels of ``field`` (or of an expression)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = expression
    settings.setFormat(haloed_text(8, "#202020", 0.8))
    settings.placement = Qgis.LabelPlacement.OrderedPositionsAroundPoint  # off the symbol:
    settings.offsetType = Qgis.LabelOffsetType.FromSymbolBounds  # measured from its edge
    settings.dist = 1.0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_cells(layer: QgsVectorLayer, thresholds: Sequence[float]) -> None:
    """A scenario's cells: the change in travel time (current style), and the travel time
    before and after in the user's threshold classes as the layer's other styles."""
    geometry = layer.geometryType()
    manager = layer.styleManager()
    for name, field in (
        (translate("map_styles", "Travel time before"), "min_before"),
        (translate("map_styles", "Travel time after"), "min_after"),
    ):
        layer.setRenderer(time_renderer(field, thresholds, geometry))
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        manager.removeStyle(name)
        manager.addStyle(name, style)
    layer.setRenderer(change_renderer(geometry))
    change = translate("map_styles", "Change in travel time")
    if manager.currentStyle() != change:
        manager.removeStyle(change)
        manager.renameStyle(manager.currentStyle(), change)
    layer.triggerRepaint()


OUTPUT_PROPERTY = "palveluverkko/output"  # custom property of every layer the plugin loads


def mark_output(layer) -> None:
    """Mark ``layer`` as written by the plugin (the dialogs never offer it as an input)."""
    layer.setCustomProperty(OUTPUT_PROPERTY, True)


def is_output(layer) -> bool:
    """Whether ``layer`` was loaded as an output of the plugin (also from a saved project)."""
    return str(layer.customProperty(OUTPUT_PROPERTY, "")).lower() in ("true", "1")


def _covers(node, skip=None) -> bool:
    """Whether a layer tree node draws areas: a polygon or non-vector layer, or a group
    holding one (``skip`` not counted)."""
    if node is skip:
        return False
    if QgsLayerTree.isGroup(node):
        return any(_covers(child, skip) for child in node.children())
    layer = node.layer() if QgsLayerTree.isLayer(node) else None
    if layer is None:
        return False
    if isinstance(layer, QgsVectorLayer):
        return layer.geometryType() == Qgis.GeometryType.Polygon
    return True


def area_position(root: QgsLayerTreeGroup, skip=None) -> int:
    """Where a group or layer of areas goes in ``root``: above the topmost node that draws
    areas (polygons, rasters, a group with them), so that the point and line layers above
    it (facilities, roads) stay visible; ``skip`` (the node being placed) is not counted."""
    children = [c for c in root.children() if c is not skip]
    return next((i for i, c in enumerate(children) if _covers(c, skip)), len(children))


def place_below_points_and_lines(layer: QgsMapLayer, context=None) -> None:
    """Move the top-level group holding a loaded polygon output (or the layer itself when
    it is at the top level) to ``area_position`` in the context's project, if not there."""
    project = (context.project() if context is not None else None) or QgsProject.instance()
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        return
    while node.parent() is not None and node.parent() is not root:
        node = node.parent()
    if node.parent() is not root or not _covers(node):
        return
    target = area_position(root, skip=node)  # among the other nodes
    now = root.children().index(node)
    if now == target:
        return
    clone = node.clone()
    # inserted before the original is removed: its layers stay in the project
    root.insertChildNode(target + 1 if now < target else target, clone)
    root.removeChildNode(node)


class RendererLoader(QgsProcessingLayerPostProcessorInterface):
    """When QGIS loads a Processing output: marks it as the plugin's, styles it with
    ``build(layer)`` (if given) and places its group below the point and line layers."""

    _keep: list = []  # QGIS holds post-processors weakly; keep them alive here

    def __init__(self, build: Callable[[QgsVectorLayer], None] | None = None):
        super().__init__()
        self.build = build

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if not isinstance(layer, QgsVectorLayer):
            return
        mark_output(layer)
        if self.build is not None:
            self.build(layer)
            layer.triggerRepaint()
        place_below_points_and_lines(layer, context)


def style_output(
    context: QgsProcessingContext, dest_id: str, build: Callable[[QgsVectorLayer], None]
) -> None:
    """Apply ``build(layer)`` to output ``dest_id`` when QGIS loads it."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    loader = RendererLoader(build)
    RendererLoader._keep.append(loader)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)


def handle_loaded_output(context: QgsProcessingContext, dest_id: str) -> None:
    """Mark and place output ``dest_id`` when QGIS loads it (unstyled outputs too)."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if details.postProcessor() is None:
        loader = RendererLoader()
        RendererLoader._keep.append(loader)
        details.setPostProcessor(loader)


def set_renderer(make: Callable[[Qgis.GeometryType], object]) -> Callable:
    """A ``build`` for ``style_output`` that sets the renderer ``make(geometry type)``."""
    return lambda layer: layer.setRenderer(make(layer.geometryType()))
