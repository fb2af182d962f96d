"""The scenario report's QGIS side: language, the map render, and the PDF next to the HTML."""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path

import numpy as np
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProcessingOutputFile,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QMarginsF, QMetaType, QSize, QUrl
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

from ..core.scenario.impact import ImpactResult
from ..core.scenario.report import ReportInfo, render
from ..core.scenario.report_text import LocaleNumber, lang_of, number, text
from .map_styles import haloed_text
from .translation import translate

# change in minutes -> class, colour (the legend of the report's map)
CLASSES = [("shorter", "#4575b4"), ("same", "#ecebe4"), ("1-5", "#fdd49e"),
           ("5-10", "#fc8d59"), ("10-20", "#d7301f"), ("20+", "#7f0000"),
           ("unreached", "#222222"), ("never", "#8c8c8c")]


def report_language() -> str:
    """fi, sv or en: the language QGIS runs in."""
    return lang_of(QgsApplication.locale())


def loc(value) -> LocaleNumber:
    """A number for a message's placeholder, formatted in QGIS's language ('{n:.0f}' ->
    95 006 in Finnish, '{rate:.1%}' -> 3,0 %)."""
    return LocaleNumber(value, report_language())


def add_pdf_output(alg) -> None:
    alg.addOutput(QgsProcessingOutputFile("REPORT_PDF", translate("report_output", "Report (PDF)")))


def _change_class(before: float, after: float, change: float) -> str:
    if not np.isfinite(after):
        return "unreached" if np.isfinite(before) else "never"
    if not np.isfinite(change) or abs(change) < 1:
        return "same"
    if change < 0:
        return "shorter"
    return "1-5" if change < 5 else "5-10" if change < 10 else "10-20" if change < 20 else "20+"


def _classes(result: ImpactResult) -> list[str]:
    return [_change_class(b, a, c) for b, a, c in zip(
        result.before.minutes, result.after.minutes, result.cells["change_min"].to_numpy())]


def map_legend(lang: str, result: ImpactResult) -> list[tuple[str, str]]:
    """Colour and words of the classes the map shows."""
    present = set(_classes(result))
    labels = {"shorter": text("map_shorter", lang), "same": text("map_same", lang),
              "1-5": text("map_longer", lang, a=1, b=5),
              "5-10": text("map_longer", lang, a=5, b=10),
              "10-20": text("map_longer", lang, a=10, b=20),
              "20+": text("map_longer_than", lang, a=20),
              "unreached": text("map_unreached", lang), "never": text("map_never", lang)}
    return [(c, labels[k]) for k, c in CLASSES if k in present]


def _memory(kind: str, crs, fields: list[tuple[str, int]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid() or 'EPSG:3067'}", "m", "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    return layer


def map_png(result: ImpactResult, pop, xs: np.ndarray, ys: np.ndarray, names: list[str],
            crs, lang: str, roads=None, size=(1500, 1150), column=None) -> bytes:
    """The change in travel time per cell and the open / closed / new sites, as PNG.

    ``column`` is the facility of each site point (entrances of one facility share it);
    by default point i is facility i."""
    cells = _memory("Polygon" if any(f.geometry().type() == 2 for f in pop.features[:5])
                    else "Point", crs, [("cls", QMetaType.QString)])
    feats = []
    for f, cls in zip(pop.features, _classes(result)):
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        nf = QgsFeature(cells.fields())
        nf.setGeometry(g)
        nf.setAttributes([cls])
        feats.append(nf)
    cells.dataProvider().addFeatures(feats)
    cats = []
    for key, colour in CLASSES:
        sym = (QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
               if cells.geometryType() == 2 else
               QgsMarkerSymbol.createSimple({"color": colour, "size": "2.2",
                                             "outline_style": "no"}))
        sym.setOpacity(0.85)
        cats.append(QgsRendererCategory(key, sym, key))
    cells.setRenderer(QgsCategorizedSymbolRenderer("cls", cats))

    sites = _memory("Point", crs, [("name", QMetaType.QString),
                                   ("status", QMetaType.QString)])
    ob, oa = result.loads["open_before"].to_numpy(), result.loads["open_after"].to_numpy()
    feats = []
    for k, (x, y) in enumerate(zip(xs, ys)):
        i = k if column is None else int(column[k])
        if not (ob[i] or oa[i]):
            continue
        nf = QgsFeature(sites.fields())
        nf.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        status = "closed" if ob[i] and not oa[i] else "new" if oa[i] and not ob[i] else "open"
        nf.setAttributes([names[i] if status == "open" else
                          f"{names[i]} ({text(status, lang)})", status])
        feats.append(nf)
    sites.dataProvider().addFeatures(feats)
    sites.setRenderer(QgsCategorizedSymbolRenderer("status", [
        QgsRendererCategory("open", QgsMarkerSymbol.createSimple({
            "name": "circle", "color": "#1f4e79", "outline_color": "white",
            "outline_width": "0.5", "size": "4.2"}), "open"),
        QgsRendererCategory("closed", _closed_symbol(), "closed"),
        QgsRendererCategory("new", QgsMarkerSymbol.createSimple({
            "name": "star", "color": "#2e8b57", "outline_color": "white", "size": "5.5"}),
            "new")]))
    label = QgsPalLayerSettings()
    label.fieldName = "name"
    fmt = haloed_text(9.5, "black", 1.0)
    fmt.setFont(QFont("DejaVu Sans"))
    halo = fmt.buffer()
    halo.setColor(QColor("white"))
    fmt.setBuffer(halo)
    label.setFormat(fmt)
    label.placement = Qgis.LabelPlacement.AroundPoint
    label.dist = 1.2
    sites.setLabeling(QgsVectorLayerSimpleLabeling(label))
    sites.setLabelsEnabled(True)

    layers = [sites, cells]
    if roads is not None:  # a read-only copy of the user's layer, styled here
        options = QgsVectorLayer.LayerOptions()
        options.forceReadOnly = True
        copy = QgsVectorLayer(roads.source(), "roads", roads.providerType(), options)
        if copy.isValid():
            copy.setRenderer(_road_renderer())
            layers.append(copy)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    extent = cells.extent()
    extent.combineExtentWith(sites.extent())
    extent.scale(1.04)
    extent.grow(0.1 * extent.width())  # room for the names of sites near the edge
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(160)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    image = QImage(settings.deviceOutputSize(), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    _scale_bar(painter, settings, image.width(), image.height())
    painter.end()
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def _closed_symbol() -> QgsMarkerSymbol:
    """A white disc with a red ring and cross: reads on any cell colour."""
    from qgis.core import QgsSimpleMarkerSymbolLayer

    sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": "white",
                                        "outline_color": "#c0392b", "outline_width": "0.9",
                                        "size": "6"})
    sym.appendSymbolLayer(QgsSimpleMarkerSymbolLayer.create({
        "name": "cross2", "color": "#c0392b", "outline_color": "#c0392b",
        "outline_width": "0.9", "size": "3.6"}))
    return sym


def _road_renderer():
    from qgis.core import QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"color": "#b9b9b9", "width": "0.15"}))


def _scale_bar(painter: QPainter, settings: QgsMapSettings, w: int, h: int) -> None:
    """A simple scale bar (1, 2 or 5 km) in the lower left corner."""
    metres_per_px = settings.extent().width() / w
    length = next((m for m in (500, 1000, 2000, 5000, 10000, 20000)
                   if m / metres_per_px >= w / 8), 20000)
    px = length / metres_per_px
    x0, y0 = 30, h - 40
    painter.setPen(QColor("#222222"))
    painter.fillRect(int(x0), int(y0), int(px), 8, QColor("#222222"))
    painter.fillRect(int(x0 + px / 2), int(y0 + 1), int(px / 2) - 1, 6, QColor("white"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(20)
    painter.setFont(font)
    label = f"{length // 1000} km" if length >= 1000 else f"{length} m"
    painter.drawText(int(x0), int(y0 - 8), label)


def write_pdf(page: str, path: Path) -> None:
    """Print the HTML page to an A4 PDF with Qt (images given as data: URLs are loaded).

    The page is laid out at 96 dpi on the A4 text area and printed page by page: the
    report's forced page breaks (for the browser's print) are dropped, a heading goes to
    the next page with what follows it when that would not start on its page, words in
    table cells wrap only at spaces and hyphens (columns get at least their longest word),
    and each page gets its number."""
    from qgis.PyQt.QtCore import QRectF, QSizeF, Qt
    from qgis.PyQt.QtGui import QPageLayout, QPageSize, QTextOption
    from qgis.PyQt.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator(CREATOR)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                      QMarginsF(14, 14, 14, 14), QPageLayout.Millimeter))
    area = printer.pageRect(QPrinter.DevicePixel)
    scale = printer.resolution() / LAYOUT_DPI
    footer = 24.0  # layout pixels under each page's text for its number
    width, height = area.width() / scale, area.height() / scale - footer

    doc = QTextDocument()
    screen = QImage(1, 1, QImage.Format_RGB32)  # lay out at 96 dpi whatever the screen
    screen.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    screen.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    doc.documentLayout().setPaintDevice(screen)
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    image_width = int(width)
    images = {}

    def swap(m):
        name = f"img{len(images)}.png"
        img = QImage()
        img.loadFromData(base64.b64decode(m.group(1)), "PNG")
        images[name] = img
        img_height = image_width * img.height() // max(1, img.width())
        return f'src="{name}" width="{image_width}" height="{img_height}"'

    body = re.sub(r'src="data:image/png;base64,([^"]+)"', swap, page)
    for name, img in images.items():
        doc.addResource(QTextDocument.ImageResource, QUrl(name), img)
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setHtml(_qt_friendly(body))
    doc.setPageSize(QSizeF(width, height))
    keep_headings_with_next(doc, height)

    painter = QPainter(printer)
    font = QFont("DejaVu Sans", 8)
    try:
        for k in range(doc.pageCount()):
            if k:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -k * height)
            doc.drawContents(painter, QRectF(0, k * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, height, width, footer),
                             int(Qt.AlignRight | Qt.AlignBottom), str(k + 1))
            painter.restore()
    finally:
        painter.end()


def keep_headings_with_next(doc, height: float, room: float = 90.0) -> int:
    """Move a heading to the next page when what follows it (a paragraph, image or table)
    starts on a later page, or starts on its page with less than ``room`` layout pixels
    left there (a table's header and first rows); returns how many headings moved."""
    from qgis.PyQt.QtGui import QTextCursor, QTextFormat

    layout = doc.documentLayout()

    def line_top(block) -> float:  # where its first line is (pushed past a page break)
        lines = block.layout()
        return layout.blockBoundingRect(block).top() + (
            lines.lineAt(0).y() if lines.lineCount() else 0.0)

    moved = 0
    block = doc.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() > 1:
            while after.isValid() and not after.text().strip():
                after = after.next()
            top = line_top(block)
            if after.isValid() and top % height > 1:
                start = line_top(after)
                table = QTextCursor(after).currentTable()
                content = (layout.frameBoundingRect(table).height() if table is not None
                           else layout.blockBoundingRect(after).height())
                left = (top // height + 1) * height - start
                if start // height > top // height or left < min(room, content):
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved += 1
        block = block.next()
    return moved


CREATOR = "Palveluverkko scenario report"  # marks the PDFs this plugin may overwrite
LAYOUT_DPI = 96  # the PDF is laid out at this resolution and scaled to the printer's
QT_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222222; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; color: #1f3b57; }
.sub { color: #555555; }
th { background-color: #e8eef4; font-weight: bold; font-size: 8pt; text-align: right; }
td { text-align: right; }
td.t, th.t { text-align: left; }
table.kv td { text-align: left; }
.means { background-color: #eef6ee; }
.note { background-color: #fff6e0; }
table.legend td { border-width: 0; }
"""


def _wide_first_column(m: re.Match) -> str:
    """Wide tables (5+ columns) give their first (name) column a quarter of the width."""
    head = m.group(0)
    if head.count("<th") < 5:
        return head
    return head.replace('<th class="t">', '<th class="t" width="26%">', 1)


def _qt_friendly(page: str) -> str:
    """QTextDocument reads a subset of CSS (no max-width, no :first-child): its own style
    sheet, and tables with explicit borders, padding and width."""
    page = re.sub(r"<style>.*?</style>", f"<style>{QT_CSS}</style>", page, flags=re.S)
    page = re.sub(r"<thead>.*?</thead>", _wide_first_column, page, flags=re.S)
    page = re.sub(r"<figure\b[^>]*>", "<div>", page).replace("</figure>", "</div>")
    page = re.sub(r"class='newpage'|class=\"newpage\"", "", page)  # breaks: write_pdf's
    return page.replace("<table", '<table border="1" cellspacing="0" cellpadding="3" '
                        'width="100%"')


def layer_name(alg, parameters, context, key: str, source) -> str:
    """The layer's name as the user sees it (a file's layer name, not the file's)."""
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    name = layer.name() if layer is not None else ""
    uri = layer.source() if layer is not None else ""
    m = re.search(r"layername=([^|]+)", uri)
    if m and (not name or name == source.sourceName()):
        name = m.group(1)
    return name or source.sourceName()


def report_info(name: str, kind: str, inputs: list[tuple[str, str]],
                assumptions: list[str]) -> ReportInfo:
    return ReportInfo(name=name, kind=kind, made=dt.date.today(), inputs=inputs,
                      assumptions=assumptions)


def _ours(pdf: bytes) -> bool:
    """Whether a PDF was written by this plugin (its Creator, as Qt writes it: UTF-16)."""
    return CREATOR.encode("utf-16-be") in pdf or CREATOR.encode() in pdf


def write_report(path: str, result: ImpactResult, population: np.ndarray,
                 thresholds: list[float], names: list[str], info: ReportInfo, lang: str,
                 notes: list[str] | None = None, feedback=None) -> dict:
    """The HTML report at ``path`` and its PDF next to it; the output values."""
    page = render(result, population, thresholds, names, notes=notes, lang=lang, info=info)
    return write_page(path, page, feedback)


def write_page(path: str, page: str, feedback=None) -> dict:
    """The HTML ``page`` at ``path`` and its A4 PDF next to it (a PDF there that this
    plugin did not write is left alone, with a warning); the output values REPORT and
    REPORT_PDF."""
    Path(path).write_text(page, encoding="utf-8")
    out = {"REPORT": path}
    pdf = Path(path).with_suffix(".pdf")
    if pdf.exists() and not _ours(pdf.read_bytes()):
        if feedback is not None:
            feedback.pushWarning(translate("report_output",
                "{pdf} exists and is not a report of this plugin; it was left as it is and "
                "no PDF was written.").format(pdf=pdf))
        return out
    try:
        write_pdf(page, pdf)
        out["REPORT_PDF"] = str(pdf)
    except Exception as e:  # noqa: BLE001 - the HTML report stands without its PDF
        if feedback is not None:
            feedback.pushWarning(translate("report_output",
                "The PDF of the report could not be written: {e}").format(e=e))
    return out


def masked_note(pop, lang: str) -> list[str]:
    """The report's word on cells whose age groups are masked (read as NaN)."""
    if not pop.extra:
        return []
    masked = np.any([np.isnan(v) for v in pop.extra.values()], axis=0)
    if not masked.any():
        return []
    return [text("a_masked", lang, cells=number(masked.sum(), lang),
                 n=number(pop.weights[masked].sum(), lang))]


def thresholds_text(thresholds: list[float], lang: str) -> str:
    return ", ".join(number(t, lang, 0 if t == int(t) else 1) for t in thresholds) + " min"
