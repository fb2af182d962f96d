"""The "Service network scenario" dialog: pick layers, tick facilities to close, run.

A way into the Facility closure impact algorithms that needs no Processing log: inputs in
groups (``ui/scenario_inputs.py``) that follow the travel mode, facilities ticked in a list
or taken from the map selection, a check of the inputs before anything runs or is saved,
the run in a background task with a progress bar and a cancel button, and the run's
errors and warnings in the dialog's message area. The outputs go to the project's output
folder and come into the project as a styled group (``ui/scenario_results.py``).
"""

from __future__ import annotations

import html
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..algorithms.common import parse_bands
from ..algorithms.parameters import CLOSE_IDS, REPORT, SCENARIO_NAME, THRESHOLDS
from .channel_inputs import ChannelInputs
from .scenario_inputs import (
    SETTINGS,
    TRANSIT,
    FacilityInputs,
    InputGroup,
    PopulationInputs,
    TransitInputs,
    TravelInputs,
)
from .scenario_results import (
    channel_message,
    facilities_above,
    load_results,
    output_paths,
    project_folder,
    remember_folder,
    remove_if_empty,
    run_folder,
)

ID_ROLE = Qt.UserRole + 1
COLORS = {"error": "#b00020", "warning": "#a15c00", "info": "#202020", "done": "#1b5e20"}


def initial_size(widget: QWidget) -> tuple[int, int]:
    """1120 x 840, or nine tenths of a smaller screen (the inputs scroll)."""
    screen = widget.screen() if hasattr(widget, "screen") else None
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.width() <= 0:
        return 1120, 840
    return min(1120, int(area.width() * 0.9)), min(840, int(area.height() * 0.9))


class DialogFeedback(QgsProcessingFeedback):
    """Processing feedback that hands errors and warnings to the dialog (queued: the
    algorithm runs in another thread)."""

    message = pyqtSignal(str, str)  # level, text

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        super().reportError(error, fatalError)
        self.message.emit("error", error)

    def pushWarning(self, warning):  # noqa: N802
        super().pushWarning(warning)
        self.message.emit("warning", warning)


class ResultInputs(InputGroup):
    """Scenario name, thresholds and the project's output folder."""

    key = "results"

    def __init__(self):
        super().__init__(self.tr("Scenario and results"))
        self.name = self.row(
            self.tr("Scenario name"),
            QLineEdit(self.tr("Scenario 1")),
            self.tr("The report's title and the name of the layer group and output folder."),
        )
        self.thresholds = self.row(
            self.tr("Access thresholds (minutes)"),
            QLineEdit("10,20,30"),
            self.tr(
                "Comma separated, e.g. 10,20,30: the report counts "
                "residents within each, the map's classes use them."
            ),
        )
        self.folder = self.row(
            self.tr("Output folder (this project)"),
            QgsFileWidget(),
            self.tr("Chosen once per project; each scenario gets its own sub-folder in it."),
        )
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(str(project_folder(QgsProject.instance())))

    def threshold_values(self) -> list[float] | None:
        try:
            return parse_bands(self.thresholds.text(), self.tr("Access thresholds"))
        except QgsProcessingException:
            return None

    def threshold_problem(self) -> str:
        """Why the thresholds cannot be read, in the engine's words ('' when they can)."""
        try:
            parse_bands(self.thresholds.text(), self.tr("Access thresholds"))
        except QgsProcessingException as e:
            return str(e)
        return ""

    def parameters(self, mode: str) -> dict:
        return {SCENARIO_NAME: self.name.text().strip(), THRESHOLDS: self.thresholds.text()}

    def problems(self, mode: str) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append(self.tr("Give the scenario a name."))
        problem = self.threshold_problem()  # says what is wrong and what to write
        if problem:
            out.append(problem)
        if not self.folder.filePath().strip():
            out.append(self.tr("Choose the output folder."))
        return out

    def save(self, s: QgsSettings) -> None:
        s.setValue(SETTINGS + self.key + "/thresholds", self.thresholds.text())
        remember_folder(QgsProject.instance(), self.folder.filePath())

    def restore(self, s: QgsSettings) -> None:
        self.thresholds.setText(
            str(s.value(SETTINGS + self.key + "/thresholds", self.thresholds.text()))
        )


class ScenarioDialog(QDialog):
    """Set up and run a facility closure scenario."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.task = None
        self.feedback = None
        self.context = None
        self.loaded_layers: list = []
        self.group = None
        self.running: dict = {}
        self.errors = 0  # error messages of the current run
        self.setWindowTitle(self.tr("Service network scenario"))
        self.fac = FacilityInputs()
        self.pop = PopulationInputs()
        self.travel = TravelInputs()
        self.transit = TransitInputs()
        self.result = ResultInputs()
        self.channels = ChannelInputs(self.pop.layer)
        # the groups in the left column, then those above the facility list on the right;
        # one more group (e.g. service channels) is one more entry here
        self.left: list[InputGroup] = [self.result, self.fac, self.pop, self.travel,
                                       self.channels]
        self.right: list[InputGroup] = [self.transit]
        self.groups = self.left + self.right
        self._build()
        self._restore()
        self.resize(*initial_size(self))

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        inputs = QWidget()
        column = QVBoxLayout(inputs)
        for g in self.left:
            column.addWidget(g.box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inputs)
        scroll.setMinimumWidth(470)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        for g in self.right:
            side.addWidget(g.box)
        box = QGroupBox(self.tr("Facilities to close"))
        boxl = QVBoxLayout(box)
        self.list = QListWidget()
        self.list.setMinimumHeight(200)
        sel = QPushButton(self.tr("Tick the facilities selected on the map"))
        sel.clicked.connect(self.tick_selection)
        clear = QPushButton(self.tr("Untick all"))
        clear.clicked.connect(lambda: self._tick(set()))
        self.ticked = QLabel("")
        self.list.itemChanged.connect(self._count_ticked)
        row = QHBoxLayout()
        row.addWidget(sel)
        row.addWidget(clear)
        boxl.addWidget(self.list, 1)
        boxl.addWidget(self.ticked)
        boxl.addLayout(row)
        side.addWidget(box, 3)
        msgs = QGroupBox(self.tr("Messages"))
        msgl = QVBoxLayout(msgs)
        self.messages = QTextBrowser()
        self.messages.setOpenExternalLinks(True)
        self.messages.setPlaceholderText(self.tr("Errors and warnings of the run appear here."))
        msgl.addWidget(self.messages)
        side.addWidget(msgs, 2)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        self.progress = QProgressBar()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel run"))
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.run_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        # the list is refilled once control is back in the event loop: a layer being
        # removed from the project must not be read while the removal is under way
        self.refill = QTimer(self)
        self.refill.setSingleShot(True)
        self.refill.timeout.connect(self._fill_list)
        self.fac.layer.layerChanged.connect(self._schedule_fill)
        self.fac.id_field.fieldChanged.connect(self._schedule_fill)
        self.fac.name_field.fieldChanged.connect(self._schedule_fill)
        self.travel.mode.currentIndexChanged.connect(self._mode_changed)
        self._fill_list()
        self._mode_changed()

    def mode(self) -> str:
        return self.travel.current_mode()

    def _mode_changed(self, *_) -> None:
        for g in self.groups:
            g.set_mode(self.mode())

    def _schedule_fill(self, *_) -> None:
        self.refill.start(0)

    def _fill_list(self) -> None:
        ticked = set(self.closed_ids())
        self.list.blockSignals(True)
        self.list.clear()
        layer = self.fac.layer.currentLayer()
        field = self.fac.id_field.currentField()
        name_field = self.fac.name_field.currentField()
        if layer is not None:
            for f in layer.getFeatures():
                fid = str(f[field]) if field else str(f.id())
                name = f[name_field] if name_field else None
                item = QListWidgetItem(f"{name}  ({fid})" if name else fid)
                item.setData(ID_ROLE, fid)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if fid in ticked else Qt.Unchecked)
                item.setData(Qt.UserRole, f.id())
                self.list.addItem(item)
        self.list.blockSignals(False)
        self._count_ticked()

    def _count_ticked(self, *_) -> None:
        self.ticked.setText(
            self.tr("{n} of {total} facilities ticked to close.").format(
                n=len(self.closed_ids()), total=self.list.count()
            )
        )

    def _tick(self, feature_ids: set) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.Checked if item.data(Qt.UserRole) in feature_ids else Qt.Unchecked
            )
        self.list.blockSignals(False)
        self._count_ticked()

    def tick_selection(self) -> None:
        """Tick exactly the facilities selected on the map canvas."""
        layer = self.fac.layer.currentLayer()
        self._tick(set(layer.selectedFeatureIds()) if layer is not None else set())

    def closed_ids(self) -> list[str]:
        if self.refill.isActive():  # a change not yet shown in the list
            self.refill.stop()
            self._fill_list()
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        ]

    # ------------------------------------------------------------------ messages
    def show_message(self, level: str, text: str) -> None:
        """One line in the message area (errors red, warnings brown)."""
        prefix = {"error": self.tr("Error: "), "warning": self.tr("Warning: ")}.get(level, "")
        self.errors += level == "error"
        self.messages.append(
            f'<span style="color:{COLORS.get(level, "#202020")}">'
            f"{html.escape(prefix + text)}</span>"
        )

    def message_texts(self) -> str:
        return self.messages.toPlainText()

    # ------------------------------------------------------------------ settings
    def _restore(self) -> None:
        s = QgsSettings()
        for g in self.groups:
            g.restore(s)
        self._mode_changed()

    def save_settings(self) -> None:
        s = QgsSettings()
        for g in self.groups:
            g.save(s)

    # ------------------------------------------------------------------ running
    def problems(self) -> list[str]:
        """What keeps the scenario from running, in plain words (empty: ready)."""
        out = [p for g in self.groups for p in g.problems(self.mode())]
        if self.fac.layer.currentLayer() is not None and not self.closed_ids():
            out.append(self.tr("Tick at least one facility to close."))
        elif self.list.count() and len(self.closed_ids()) == self.list.count():
            out.append(self.tr("Every facility is ticked: keep at least one open."))
        return out

    def parameters(self) -> tuple[str, dict]:
        """The algorithm id and its parameters for the current choices (no outputs)."""
        mode = self.mode()
        params = {CLOSE_IDS: ",".join(self.closed_ids())}
        for g in self.groups:
            params.update(g.parameters(mode))
        alg = "transitclosureimpact" if mode == TRANSIT else "closureimpact"
        return f"palveluverkko:{alg}", params

    def run(self) -> bool:
        """Check the inputs, save them, and start the scenario as a background task."""
        self.messages.clear()
        self.errors = 0
        self.progress.setValue(0)
        problems = self.problems()
        if problems:
            for p in problems:
                self.show_message("error", p)
            self.status.setText(self.tr("Fix the inputs listed under Messages, then run again."))
            return False
        alg_id, params = self.parameters()
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            self.show_message(
                "error",
                self.tr(
                    "The Palveluverkko Processing provider is not "
                    "loaded: enable the plugin in Processing options."
                ),
            )
            return False
        try:
            folder = run_folder(Path(self.result.folder.filePath()), params[SCENARIO_NAME])
        except OSError as e:
            self.show_message(
                "error",
                self.tr("Cannot create a folder in {folder}: {error}").format(
                    folder=self.result.folder.filePath(), error=e.strerror or str(e)
                ),
            )
            return False
        self.save_settings()  # only once the inputs are known to be usable
        params.update(output_paths(folder))
        params[REPORT] = str(folder / "report.html")
        if not QgsProject.instance().fileName():
            self.show_message(
                "info",
                self.tr("The project is not saved: the results go to {folder}.").format(
                    folder=folder
                ),
            )
        self.running = {
            "folder": folder,
            "name": params[SCENARIO_NAME],
            "thresholds": self.result.threshold_values(),
            "closed": set(self.closed_ids()),
            "facilities": self.fac.layer.currentLayer(),
            "id_field": self.fac.id_field.currentField(),
            "name_field": self.fac.name_field.currentField() or None,
        }
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = DialogFeedback()
        self.feedback.message.connect(self.show_message)
        self.feedback.progressChanged.connect(self._progress)
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self._finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Running..."))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _progress(self, value: float) -> None:
        self.progress.setValue(int(value))

    def cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        self.status.setText(self.tr("Cancelling..."))

    def _finished(self, ok: bool, results: dict) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None
        cancelled = self.feedback is not None and self.feedback.isCanceled()
        if not ok or cancelled:
            self.progress.setValue(0)
            if self.running.get("folder") is not None:
                remove_if_empty(self.running["folder"])  # the next run takes its name
            if cancelled:
                self.status.setText(self.tr("Cancelled: nothing was added to the project."))
            else:
                if not self.errors:
                    self.show_message("error", self.tr("The run stopped without a message."))
                self.status.setText(self.tr("The scenario did not finish: see the messages above."))
            return
        self.progress.setValue(100)
        r = self.running
        self.group, self.loaded_layers = load_results(
            results,
            r["name"],
            r["thresholds"],
            r["facilities"],
            r["id_field"],
            r["name_field"],
            r["closed"],
            r["folder"],
        )
        if facilities_above(self.group, r["facilities"]):
            # its symbols would be drawn over the closed and open ones; below the group the
            # group's facility layer is drawn over it and it stays visible
            QgsProject.instance().layerTreeRoot().findLayer(
                r["facilities"].id()
            ).setItemVisibilityChecked(False)
            self.show_message(
                "info",
                self.tr(
                    "The layer '{layer}' is hidden: the group's "
                    "facility layer shows the facilities open and "
                    "closed."
                ).format(layer=r["facilities"].name()),
            )
        line = channel_message(results, r["thresholds"])
        if line:
            self.show_message("info", line)
        self.status.setText(
            self.tr("Done: the layers are in the group '{name}'; the files in {folder}.").format(
                name=r["name"], folder=r["folder"]
            )
        )
        if results.get(REPORT):
            QDesktopServices.openUrl(QUrl.fromLocalFile(results[REPORT]))
