"""The "Service network scenario" dialog: pick layers, tick facilities to close, run.

A comfortable way into the Facility closure impact algorithms: layers and fields come from
the project (filtered to suitable types), facilities are ticked in a list or taken from the
map selection, and the run happens in a background task (QgsProcessingAlgRunnerTask) with
a progress bar and a cancel button. The outputs are loaded into a layer group named after
the scenario, styled, and the HTML report is opened. Choices are kept in QgsSettings.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFieldProxyModel,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..algorithms.parameters import (
    AREA_FIELD,
    CAPACITY_FIELD,
    CLASS_FIELD,
    CLOSE_IDS,
    DATE,
    EQUITY,
    FAC_ID,
    FACILITIES,
    FLOWS,
    GTFS,
    LOADS,
    MODE,
    NAME_FIELD,
    OUTPUT,
    POP_FIELD,
    POPULATION,
    REPORT,
    ROADS,
    SCENARIO_NAME,
    SUMMARY,
    THRESHOLDS,
)
from ..algorithms.translation import translate
from ..core.roads.modes import ROAD_MODES

SETTINGS = "palveluverkko/scenario/"
ID_ROLE = Qt.UserRole + 1
POINTS_OR_POLYGONS = Qgis.LayerFilters(Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer)
MODES = (*(m.name for m in ROAD_MODES), "transit")  # the combo's entries
STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"


class ScenarioDialog(QDialog):
    """Set up and run a facility closure scenario."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.task = None
        self.feedback = None
        self.loaded_layers: list = []
        self.setWindowTitle(self.tr("Service network scenario"))
        self._build()
        self._restore()

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        form = QFormLayout()
        self.scenario = QLineEdit(self.tr("Scenario 1"))
        form.addRow(self.tr("Scenario name"), self.scenario)
        self.facilities = QgsMapLayerComboBox()
        self.facilities.setFilters(POINTS_OR_POLYGONS)
        self.fac_id = QgsFieldComboBox()
        self.capacity = QgsFieldComboBox()
        self.capacity.setAllowEmptyFieldName(True)
        self.population = QgsMapLayerComboBox()
        self.population.setFilters(POINTS_OR_POLYGONS)
        self.pop_field = QgsFieldComboBox()
        self.pop_field.setFilters(QgsFieldProxyModel.Numeric)
        self.area_field = QgsFieldComboBox()
        self.area_field.setAllowEmptyFieldName(True)
        self.roads = QgsMapLayerComboBox()
        self.roads.setFilters(Qgis.LayerFilters(Qgis.LayerFilter.LineLayer))
        self.roads.setAllowEmptyLayer(True)
        self.class_field = QgsFieldComboBox()
        self.class_field.setAllowEmptyFieldName(True)
        self.gtfs = QgsFileWidget()
        self.gtfs.setFilter("GTFS (*.zip)")
        self.mode = QComboBox()
        self.mode.addItems([translate("RoadMode",
                                      m.label) for m in ROAD_MODES] + [self.tr("Public transport")])
        self.thresholds = QLineEdit("15,30,60")
        self.date = QLineEdit("")
        self.date.setPlaceholderText("2016-11-01")
        for label, widget in ((self.tr("Facilities"), self.facilities),
                              (self.tr("Facility id field"), self.fac_id),
                              (self.tr("Capacity field"), self.capacity),
                              (self.tr("Population"), self.population),
                              (self.tr("Total population field"), self.pop_field),
                              (self.tr("Area field (municipality)"), self.area_field),
                              (self.tr("Road network"), self.roads),
                              (self.tr("Road class field (OSM highway)"), self.class_field),
                              (self.tr("GTFS feeds (zip)"), self.gtfs),
                              (self.tr("Date"), self.date),
                              (self.tr("Travel mode"), self.mode),
                              (self.tr("Access thresholds (minutes)"), self.thresholds)):
            form.addRow(label, widget)
        self.facilities.layerChanged.connect(self._facilities_changed)
        self.fac_id.fieldChanged.connect(lambda _: self._fill_list())
        self.population.layerChanged.connect(self.pop_field.setLayer)
        self.population.layerChanged.connect(self.area_field.setLayer)
        self.roads.layerChanged.connect(self.class_field.setLayer)
        self.mode.currentIndexChanged.connect(self._mode_changed)

        self.list = QListWidget()
        sel = QPushButton(self.tr("Tick the facilities selected on the map"))
        sel.clicked.connect(self.tick_selection)
        self.progress = QProgressBar()
        self.status = QLabel("")
        self.run_button = QPushButton(self.tr("Run"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Facilities to close")))
        layout.addWidget(self.list)
        layout.addWidget(sel)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._facilities_changed(self.facilities.currentLayer())
        self.pop_field.setLayer(self.population.currentLayer())
        self.area_field.setLayer(self.population.currentLayer())
        self.class_field.setLayer(self.roads.currentLayer())
        self._mode_changed(self.mode.currentIndex())

    def _facilities_changed(self, layer) -> None:
        self.fac_id.setLayer(layer)
        self.capacity.setLayer(layer)
        self._fill_list()

    def _mode_changed(self, index: int) -> None:
        transit = MODES[index] == "transit"
        self.gtfs.setEnabled(transit)
        self.date.setEnabled(transit)

    def _name_field(self) -> str | None:
        """The facilities' name field (name, nimi, namn), for the report and the list."""
        layer = self.facilities.currentLayer()
        names = layer.fields().names() if layer is not None else []
        return next((n for n in ("name", "nimi", "namn") if n in names), None)

    def _fill_list(self) -> None:
        self.list.clear()
        layer = self.facilities.currentLayer()
        if layer is None:
            return
        field = self.fac_id.currentField()
        name_field = self._name_field()
        for f in layer.getFeatures():
            fid = str(f[field]) if field else str(f.id())
            name = f[name_field] if name_field else None
            item = QListWidgetItem(f"{fid}  {name}" if name else fid)
            item.setData(ID_ROLE, fid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setData(Qt.UserRole, f.id())
            self.list.addItem(item)

    def tick_selection(self) -> None:
        """Tick exactly the facilities selected on the map canvas."""
        layer = self.facilities.currentLayer()
        selected = set(layer.selectedFeatureIds()) if layer is not None else set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in selected
                               else Qt.Unchecked)

    def closed_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    # ------------------------------------------------------------------ settings
    def _restore(self) -> None:
        s = QgsSettings()
        for key, combo in (("facilities", self.facilities), ("population", self.population),
                           ("roads", self.roads)):
            layer = QgsProject.instance().mapLayer(s.value(SETTINGS + key, ""))
            if layer is not None:
                combo.setLayer(layer)
        self.thresholds.setText(s.value(SETTINGS + "thresholds", self.thresholds.text()))
        mode = s.value(SETTINGS + "mode", MODES[0])  # by name: new modes shift the positions
        self.mode.setCurrentIndex(MODES.index(mode) if mode in MODES else 0)
        self.gtfs.setFilePath(s.value(SETTINGS + "gtfs", ""))
        self.date.setText(s.value(SETTINGS + "date", ""))

    def _save(self) -> None:
        s = QgsSettings()
        for key, combo in (("facilities", self.facilities), ("population", self.population),
                           ("roads", self.roads)):
            layer = combo.currentLayer()
            s.setValue(SETTINGS + key, layer.id() if layer else "")
        s.setValue(SETTINGS + "thresholds", self.thresholds.text())
        s.setValue(SETTINGS + "mode", MODES[self.mode.currentIndex()])
        s.setValue(SETTINGS + "gtfs", self.gtfs.filePath())
        s.setValue(SETTINGS + "date", self.date.text())

    # ------------------------------------------------------------------ running
    def parameters(self) -> tuple[str, dict]:
        """The algorithm id and its parameters for the current choices."""
        out = Path(tempfile.mkdtemp(prefix="palveluverkko_"))
        params = {
            FACILITIES: self.facilities.currentLayer(), FAC_ID: self.fac_id.currentField(),
            CLOSE_IDS: ",".join(self.closed_ids()),
            CAPACITY_FIELD: self.capacity.currentField() or None,
            POPULATION: self.population.currentLayer(),
            POP_FIELD: self.pop_field.currentField(),
            AREA_FIELD: self.area_field.currentField() or None,
            THRESHOLDS: self.thresholds.text(),
            OUTPUT: str(out / "cells.gpkg"), FLOWS: str(out / "flows.csv"),
            LOADS: str(out / "loads.csv"), SUMMARY: str(out / "summary.csv"),
            EQUITY: str(out / "equity.csv"), REPORT: str(out / "report.html"),
            SCENARIO_NAME: self.scenario.text(), NAME_FIELD: self._name_field()}
        mode = MODES[self.mode.currentIndex()]
        if mode == "transit":
            params.update({GTFS: [self.gtfs.filePath()], DATE: self.date.text()})
            return "palveluverkko:transitclosureimpact", params
        params.update({ROADS: self.roads.currentLayer(), MODE: MODES.index(mode),
                       CLASS_FIELD: self.class_field.currentField() or None})
        return "palveluverkko:closureimpact", params

    def run(self) -> None:
        """Start the scenario as a background task."""
        alg_id, params = self.parameters()
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            self.status.setText(self.tr("The Palveluverkko Processing provider is not loaded."))
            return
        self._save()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(lambda ok, results: self._finished(ok, results))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Running..."))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _finished(self, ok: bool, results: dict) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None
        if not ok:
            self.status.setText(self.tr("The scenario did not finish (cancelled or failed; see the "
                                   "Processing log)."))
            return
        self.progress.setValue(100)
        self.load_results(results)
        self.status.setText(self.tr("Done."))
        if results.get(REPORT):
            QDesktopServices.openUrl(QUrl.fromLocalFile(results[REPORT]))

    def load_results(self, results: dict) -> None:
        """Add the outputs to a layer group named after the scenario, styled."""
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.insertGroup(0, self.scenario.text() or self.tr("Scenario"))
        self.loaded_layers = []
        for key, name, style in ((OUTPUT, self.tr("Cells: access before and after"),
                                  "change_in_time"),
                                 (LOADS, self.tr("Facility loads"), None),
                                 (FLOWS, self.tr("Flows between facilities"), None),
                                 (SUMMARY, self.tr("Summary by area and age group"), None),
                                 (EQUITY, self.tr("Equity figures"), None)):
            path = results.get(key)
            if not path:
                continue
            layer = QgsVectorLayer(str(path), name, "ogr")
            if not layer.isValid():
                continue
            if style:
                kind = "points" if layer.geometryType() == 0 else "polygons"
                layer.loadNamedStyle(str(STYLES / f"{style}_{kind}.qml"))
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.loaded_layers.append(layer)
