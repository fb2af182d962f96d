"""The scenario dialog's "Service channels" group: the mobile stops with their tables and the
broadband table with the remote-visit shares, exactly the closure impact's channel
parameters (``algorithms/channel_common.py``). All optional: no stops and no broadband
table means a scenario without channels."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingException, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit

from ..algorithms.channel_common import BB_COLS, SCHEDULE_COLS, UNIT_COLS, parse_pairs
from ..algorithms.map_styles import is_output
from ..algorithms.parameters import (
    BROADBAND,
    DEFAULT,
    GRID_ID,
    HOLIDAYS,
    MOBILE_LIMIT,
    READINESS,
    REMOTE,
    RULE,
    SCHEDULE,
    STOPS,
    UNITS,
)
from .scenario_inputs import SETTINGS, InputGroup, _field_combo, _layer_combo

# the fields each input needs: a project layer with them all is preselected when it is the
# only one the combo accepts (so a guess is never a coin toss)
NEEDS = {"stops": ["stop_id", "unit_id"], "units": UNIT_COLS, "schedule": SCHEDULE_COLS,
         "holidays": ["date"], "broadband": BB_COLS}
GRID_GUESS = ("grid_id", "grd_id", "id", "nro")
ANY_VECTOR = Qgis.LayerFilters(Qgis.LayerFilter.VectorLayer)


def pick_unique(combo: QgsMapLayerComboBox, fields: list[str]) -> None:
    """Select the one layer the combo offers that has all ``fields``; none if not one (the
    layers the plugin wrote itself not counted)."""
    found = []
    for i in range(combo.count()):
        layer = combo.layer(i)
        if isinstance(layer, QgsVectorLayer) and not is_output(layer) \
                and set(fields) <= set(layer.fields().names()):
            found.append(layer)
    if len(found) == 1:
        combo.setLayer(found[0])


class ChannelInputs(InputGroup):
    """Mobile stops (layer, units, schedule, holidays, access time) and the digital channel
    (broadband table, grid id of the population, readiness, remote share, rule, default)."""

    key = "channels"

    def __init__(self, population: QgsMapLayerComboBox):
        super().__init__(self.tr("Service channels (optional)"))
        points = Qgis.LayerFilters(Qgis.LayerFilter.PointLayer)
        self.stops = self.row(self.tr("Mobile stops"), _layer_combo(points, True), self.tr(
            "Stops of a health bus or other mobile unit (stop_id, unit_id); empty: no mobile "
            "channel."))
        self.units = self.row(self.tr("Mobile units (table)"), _layer_combo(ANY_VECTOR, True))
        self.schedule = self.row(self.tr("Stop schedule (table)"), _layer_combo(ANY_VECTOR, True))
        self.holidays = self.row(self.tr("Holidays (table, optional)"),
                                 _layer_combo(ANY_VECTOR, True))
        self.limit = self.row(self.tr("Mobile stop: access time (min)"), QDoubleSpinBox(), self.tr(
            "A cell is served by a stop with a visit within this time, by the scenario's "
            "travel mode."))
        self.limit.setRange(0, 240)
        self.limit.setDecimals(1)
        self.limit.setValue(15.0)
        self.broadband = self.row(
            self.tr("Broadband table"), _layer_combo(ANY_VECTOR, True), self.tr(
            "grid_id, hh_total, hh_fixed_100M, mob_cov per cell; empty: no digital channel."))
        self.grid = self.row(self.tr("Population: grid id field"), _field_combo(), self.tr(
            "The population field holding the broadband table's grid_id."))
        self.readiness = self.row(self.tr("Digital readiness (field=share, ...)"),
                                  QLineEdit("ika_15_64=0.98,ika_65_=0.6"), self.tr(
            "Population fields (age groups) and the share of each able to use remote "
            "service."))
        self.remote = self.row(self.tr("Remote share (service=share, ...)"), QLineEdit("gp=0.3"))
        self.rule = self.row(self.tr("Connectivity"), QComboBox())
        self.rule.addItems([self.tr("Fixed broadband (>= 100 Mbit/s)"), self.tr("Mobile coverage"),
                            self.tr("The better of the two")])
        self.rule.setCurrentIndex(2)
        self.default = self.row(self.tr("Cells without broadband data"), QDoubleSpinBox(), self.tr(
            "Connectivity share given to them; -1: they are an error."))
        self.default.setRange(-1, 1)
        self.default.setDecimals(2)
        self.default.setValue(-1)
        self.population = population
        self.layers = {"stops": self.stops, "units": self.units, "schedule": self.schedule,
                       "holidays": self.holidays, "broadband": self.broadband}
        self.fields = {"grid": self.grid}
        for name, combo in self.layers.items():
            pick_unique(combo, NEEDS[name])
        population.layerChanged.connect(self._population_changed)
        self._population_changed(population.currentLayer())

    def _population_changed(self, layer) -> None:
        self.grid.setLayer(layer)
        if layer is not None:
            by_lower = {n.lower(): n for n in layer.fields().names()}
            name = next((by_lower[g] for g in GRID_GUESS if g in by_lower), None)
            if name is not None:
                self.grid.setField(name)

    def parameters(self, mode: str) -> dict:
        params: dict = {}
        if self.stops.currentLayer() is not None:
            params.update({STOPS: self.stops.currentLayer(), UNITS: self.units.currentLayer(),
                           SCHEDULE: self.schedule.currentLayer(),
                           HOLIDAYS: self.holidays.currentLayer(),
                           MOBILE_LIMIT: self.limit.value()})
        if self.broadband.currentLayer() is not None:
            params.update({BROADBAND: self.broadband.currentLayer(),
                           GRID_ID: self.grid.currentField() or None,
                           READINESS: self.readiness.text(), REMOTE: self.remote.text(),
                           RULE: self.rule.currentIndex(), DEFAULT: self.default.value()})
        return params

    def problems(self, mode: str) -> list[str]:
        out = []
        if self.stops.currentLayer() is not None:
            for combo, what in ((self.units, self.tr("mobile units")),
                                (self.schedule, self.tr("stop schedule"))):
                if combo.currentLayer() is None:
                    out.append(self.tr("Mobile stops are chosen: choose the {what} table "
                                  "too.").format(what=what))
        if self.broadband.currentLayer() is None:
            return out
        if not self.grid.currentField():
            out.append(self.tr("A broadband table is chosen: choose the population's grid id "
                          "field too."))
        for widget, what in ((self.readiness, self.tr("Digital readiness")),
                             (self.remote, self.tr("Remote share"))):
            try:
                pairs = parse_pairs(widget.text(), what)
            except QgsProcessingException as e:
                out.append(str(e))
                continue
            layer = self.population.currentLayer()
            missing = [k for k in pairs if layer is not None and widget is self.readiness
                       and layer.fields().lookupField(k) < 0]
            if missing:
                out.append(self.tr("Digital readiness: the population layer '{layer}' has no "
                              "field '{field}'.").format(layer=layer.name(), field=missing[0]))
        return out

    def save(self, s: QgsSettings) -> None:
        super().save(s)
        prefix = SETTINGS + self.key + "/"
        for name, value in (("limit", self.limit.value()), ("readiness", self.readiness.text()),
                            ("remote", self.remote.text()), ("rule", self.rule.currentIndex()),
                            ("default", self.default.value())):
            s.setValue(prefix + name, value)

    def restore(self, s: QgsSettings) -> None:
        super().restore(s)
        prefix = SETTINGS + self.key + "/"
        for name, combo in self.layers.items():  # a channel left out stays out
            if s.contains(prefix + name) and not s.value(prefix + name):
                combo.setLayer(None)
        self.limit.setValue(float(s.value(prefix + "limit", self.limit.value())))
        self.readiness.setText(str(s.value(prefix + "readiness", self.readiness.text())))
        self.remote.setText(str(s.value(prefix + "remote", self.remote.text())))
        self.rule.setCurrentIndex(int(s.value(prefix + "rule", self.rule.currentIndex())))
        self.default.setValue(float(s.value(prefix + "default", self.default.value())))
