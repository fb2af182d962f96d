"""The input groups of the scenario dialog: each group holds its widgets, turns them into
algorithm parameters, checks them, follows the travel mode and keeps its settings.

A new group (e.g. service channels) is one more ``InputGroup`` subclass, titled with
``super().__init__(self.tr("Title"))`` and listed in ``ScenarioDialog.left`` or ``.right``: it
adds its rows with ``self.row``, returns its parameters from ``parameters``, its problems
(in plain words) from ``problems``, and enables what applies in ``set_mode``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from types import SimpleNamespace

import pandas as pd
from qgis.core import (
    Qgis,
    QgsFieldProxyModel,
    QgsMapLayer,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..algorithms.map_styles import is_output
from ..algorithms.parameters import (
    AGE_FIELDS,
    AREA_FIELD,
    CAPACITY_FIELD,
    CLASS_FIELD,
    CLASS_SCHEME,
    CLASS_SCHEMES,
    DATE,
    ELDERLY_FIELD,
    END,
    FAC_ID,
    FACILITIES,
    FIELD_CANDIDATES,
    GTFS,
    MODE,
    NAME_FIELD,
    ONEWAY_FIELD,
    PERCENTILE,
    POP_FIELD,
    POPULATION,
    ROADS,
    SPEED_FIELD,
    START,
    STEP,
    guess_scheme,
)
from ..algorithms.translation import Translatable, translate
from ..core.roads.modes import ROAD_MODES
from ..core.transit.gtfs import Feed

SETTINGS = "palveluverkko/scenario/"
TRANSIT = "transit"
MODES = (*(m.name for m in ROAD_MODES), TRANSIT)  # the mode combo's entries
POINTS_OR_POLYGONS = Qgis.LayerFilters(Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer)
# field names picked by default, first match wins (Statistics Finland's grid, OSM, Digiroad);
# the area and speed as in the algorithms' dialogs
GUESS = {
    "fac_id": ("fac_id", "tunnus", "site_id", "facility_id"),
    "name": ("name", "nimi", "namn"),
    "capacity": ("capacity", "kapasiteetti", "kapasitet"),
    "pop": ("vaesto", "population", "pop", "asukkaat", "total"),
    "elderly": ("ika_75_", "ika_75", "age_75", "pop75"),
    "area": FIELD_CANDIDATES["AREA_FIELD"],
    "class": FIELD_CANDIDATES["CLASS_FIELD"],  # (Digiroad's TOIMINN_LK too)
    "oneway": FIELD_CANDIDATES["ONEWAY_FIELD"],
    "speed": FIELD_CANDIDATES["SPEED_FIELD"],
}
# fields of the plugin's results: a layer holding them is a result, not an input (the
# closure impact refuses a population that has them)
RESULT_FIELDS = frozenset(
    ("fac_before", "min_before", "fac_after", "min_after", "change_min", "time_min", "band_to")
)
AGE_PATTERN = re.compile(r"^(ika|age)_\d+_\d*$", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """A date typed as Finnish d.m.yyyy (also d.m.yy) or ISO yyyy-mm-dd; None if neither."""
    text = text.strip()
    for pattern, order in (
        (r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?", "dmy"),
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
    ):
        m = re.fullmatch(pattern, text)
        if m:
            a, b, c = (int(g) for g in m.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            year += 2000 if year < 100 else 0
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def feed_dates(path: str) -> tuple[dt.date, dt.date] | None:
    """First and last service date of a GTFS zip (calendar files only, so it is quick)."""
    try:
        with zipfile.ZipFile(path) as z:
            names = {n.rsplit("/", 1)[-1]: n for n in z.namelist()}
            tables = {}
            for name in ("calendar", "calendar_dates"):
                if f"{name}.txt" in names:
                    with z.open(names[f"{name}.txt"]) as fh:
                        tables[name] = pd.read_csv(
                            io.TextIOWrapper(fh, encoding="utf-8-sig"), dtype=str
                        )
        return Feed.date_range(
            SimpleNamespace(
                calendar=tables.get("calendar"), calendar_dates=tables.get("calendar_dates")
            )
        )
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, pd.errors.ParserError):
        return None


def fi_date(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def guess_field(combo: QgsFieldComboBox, kind: str) -> None:
    """Pick the first field named like ``GUESS[kind]`` (case-insensitive), if any."""
    layer = combo.layer()
    if layer is None:
        return
    by_lower = {n.lower(): n for n in layer.fields().names()}
    name = next((by_lower[g] for g in GUESS[kind] if g in by_lower), None)
    if name is not None:
        combo.setField(name)


def tree_layers() -> list[QgsVectorLayer]:
    """The project's vector layers in layer tree order (top first), then any not in the tree;
    the layers the plugin wrote itself left out."""
    project = QgsProject.instance()
    ordered = [n.layer() for n in project.layerTreeRoot().findLayers()]
    ordered += [lyr for lyr in project.mapLayers().values() if lyr not in ordered]
    return [lyr for lyr in ordered if isinstance(lyr, QgsVectorLayer) and not is_output(lyr)]


def pick_layer(combo: QgsMapLayerComboBox, kind: str, avoid: str = "") -> None:
    """Select the first vector layer, in layer tree order, with a field named like
    ``GUESS[kind]`` and none like ``GUESS[avoid]``; never a result of the plugin (marked as
    one, or holding its result fields); keep the combo's choice when there is none."""
    for layer in tree_layers():
        fields = {n.lower() for n in layer.fields().names()}
        if fields & RESULT_FIELDS:
            continue
        if fields & set(GUESS[kind]) and not (avoid and fields & set(GUESS[avoid])):
            combo.setLayer(layer)
            if combo.currentLayer() is layer:
                return


def select_by_name(name: str, combo: QgsMapLayerComboBox) -> QgsMapLayer | None:
    """Select the first project layer called ``name`` that the combo accepts."""
    before = combo.currentLayer()
    for layer in QgsProject.instance().mapLayersByName(name) if name else ():
        combo.setLayer(layer)
        if combo.currentLayer() is layer:
            return layer
    combo.setLayer(before)
    return None


class InputGroup(Translatable):
    """A titled box of inputs in the dialog."""

    key = ""  # settings sub-key

    def __init__(self, title: str = ""):
        self.box = QGroupBox(title)
        self.form = QFormLayout(self.box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.labels: dict[QWidget, QLabel] = {}
        self.layers: dict[str, QgsMapLayerComboBox] = {}  # settings name -> combo
        self.fields: dict[str, QgsFieldComboBox] = {}

    def row(self, label: str, widget: QWidget, tip: str = "") -> QWidget:
        lab = QLabel(label)
        if tip:
            widget.setToolTip(tip)
            lab.setToolTip(tip)
        self.labels[widget] = lab
        self.form.addRow(lab, widget)
        return widget

    def enable(self, widget: QWidget, on: bool) -> None:
        widget.setEnabled(on)
        self.labels[widget].setEnabled(on)

    def set_mode(self, mode: str) -> None:
        """Enable the inputs that apply to travel mode ``mode``."""

    def parameters(self, mode: str) -> dict:
        return {}

    def problems(self, mode: str) -> list[str]:
        return []

    # settings: layers by name (so that they carry to another project), fields by name
    def save(self, s: QgsSettings) -> None:
        prefix = SETTINGS + self.key + "/"
        for name, combo in self.layers.items():
            layer = combo.currentLayer()
            s.setValue(prefix + name, layer.name() if layer is not None else "")
        for name, combo in self.fields.items():
            s.setValue(prefix + name, combo.currentField())

    def restore(self, s: QgsSettings) -> None:
        prefix = SETTINGS + self.key + "/"
        for name, combo in self.layers.items():
            select_by_name(str(s.value(prefix + name, "") or ""), combo)
        for name, combo in self.fields.items():
            field = str(s.value(prefix + name, "") or "")
            layer = combo.layer()
            if field and layer is not None and layer.fields().lookupField(field) >= 0:
                combo.setField(field)


def _layer_combo(filters, optional: bool = False) -> QgsMapLayerComboBox:
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(optional)
    if optional:
        combo.setLayer(None)
    return combo


def _field_combo(optional: bool = True, numeric: bool = False) -> QgsFieldComboBox:
    combo = QgsFieldComboBox()
    combo.setAllowEmptyFieldName(optional)
    if numeric:
        combo.setFilters(QgsFieldProxyModel.Numeric)
    return combo


class FacilityInputs(InputGroup):
    key = "facilities"

    def __init__(self):
        super().__init__(self.tr("Facilities"))
        self.layer = self.row(self.tr("Layer"), _layer_combo(POINTS_OR_POLYGONS))
        self.id_field = self.row(self.tr("Id field"), _field_combo(optional=False))
        self.name_field = self.row(
            self.tr("Name field"),
            _field_combo(),
            self.tr("Names in the report, the map and the tables."),
        )
        self.capacity = self.row(
            self.tr("Capacity field"),
            _field_combo(numeric=True),
            self.tr("Residents a facility can serve; loads are compared with it."),
        )
        self.layers = {"layer": self.layer}
        self.fields = {"id": self.id_field, "name": self.name_field, "capacity": self.capacity}
        self.layer.layerChanged.connect(self._layer_changed)
        pick_layer(self.layer, "fac_id", avoid="pop")
        self._layer_changed(self.layer.currentLayer())

    def _layer_changed(self, layer) -> None:
        for combo, kind in (
            (self.id_field, "fac_id"),
            (self.name_field, "name"),
            (self.capacity, "capacity"),
        ):
            combo.setLayer(layer)
            guess_field(combo, kind)

    def parameters(self, mode: str) -> dict:
        return {
            FACILITIES: self.layer.currentLayer(),
            FAC_ID: self.id_field.currentField(),
            NAME_FIELD: self.name_field.currentField() or None,
            CAPACITY_FIELD: self.capacity.currentField() or None,
        }

    def problems(self, mode: str) -> list[str]:
        if self.layer.currentLayer() is None:
            return [self.tr("Choose the facility layer (points or polygons).")]
        if not self.id_field.currentField():
            return [self.tr("Choose the facilities' id field.")]
        return []


class PopulationInputs(InputGroup):
    key = "population"

    def __init__(self):
        super().__init__(self.tr("Population"))
        self.layer = self.row(self.tr("Layer"), _layer_combo(POINTS_OR_POLYGONS))
        self.total = self.row(self.tr("Total population field"), _field_combo(False, True))
        self.ages = self.row(
            self.tr("Age group fields"),
            QgsCheckableComboBox(),
            self.tr("Figures by age group in the summary and the report."),
        )
        self.elderly = self.row(
            self.tr("75+ field"),
            _field_combo(numeric=True),
            self.tr("Residents aged 75 or over: the equity figures count them."),
        )
        self.area = self.row(
            self.tr("Area field"),
            _field_combo(),
            self.tr("Municipality or district: the summary gives figures per area."),
        )
        self.layers = {"layer": self.layer}
        self.fields = {"total": self.total, "elderly": self.elderly, "area": self.area}
        self.layer.layerChanged.connect(self._layer_changed)
        pick_layer(self.layer, "pop")
        self._layer_changed(self.layer.currentLayer())

    def _layer_changed(self, layer) -> None:
        for combo, kind in ((self.total, "pop"), (self.elderly, "elderly"), (self.area, "area")):
            combo.setLayer(layer)
            guess_field(combo, kind)
        self.ages.clear()
        if layer is None:
            return
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        self.ages.addItems(numeric)
        self.ages.setCheckedItems(
            [n for n in numeric if AGE_PATTERN.match(n) and n != self.elderly.currentField()]
        )

    def parameters(self, mode: str) -> dict:
        return {
            POPULATION: self.layer.currentLayer(),
            POP_FIELD: self.total.currentField(),
            AGE_FIELDS: self.ages.checkedItems(),
            ELDERLY_FIELD: self.elderly.currentField() or None,
            AREA_FIELD: self.area.currentField() or None,
        }

    def problems(self, mode: str) -> list[str]:
        layer = self.layer.currentLayer()
        if layer is None:
            return [self.tr("Choose the population layer (points or polygons).")]
        out = []
        total = self.total.currentField()
        if not total:
            out.append(
                self.tr("Choose the total population field of layer '{layer}'.").format(
                    layer=layer.name()
                )
            )
        elif total in GUESS["fac_id"] or total.lower().endswith("id"):
            out.append(
                self.tr(
                    "The total population field '{field}' looks like an id: choose "
                    "the field with the number of residents."
                ).format(field=total)
            )
        return out

    def save(self, s: QgsSettings) -> None:
        super().save(s)
        s.setValue(SETTINGS + self.key + "/ages", self.ages.checkedItems())

    def restore(self, s: QgsSettings) -> None:
        super().restore(s)
        ages = s.value(SETTINGS + self.key + "/ages", None)
        if ages:
            names = [self.ages.itemText(i) for i in range(self.ages.count())]
            self.ages.setCheckedItems(
                [a for a in ([ages] if isinstance(ages, str) else ages) if a in names]
            )


class TravelInputs(InputGroup):
    """The travel mode and the road network (by public transport: for the walks)."""

    key = "travel"

    def __init__(self):
        super().__init__(self.tr("Travel"))
        self.mode = self.row(self.tr("Travel mode"), QComboBox())
        self.mode.addItems(
            [translate("RoadMode", m.label) for m in ROAD_MODES] + [self.tr("Public transport")]
        )
        self.roads = self.row(
            self.tr("Road network"),
            _layer_combo(Qgis.LayerFilters(Qgis.LayerFilter.LineLayer), optional=True),
        )
        self.road_tip = self.tr("The road network the travel times by road follow.")
        self.walk_tip = self.tr(
            "Optional, empty by default as in the algorithm: the walks to, between and from "
            "stops are then straight lines times 1.3 at the walking speed. Chosen, the walks "
            "follow its roads instead (with the class field, not along motorways and trunk "
            "roads): longer where the streets go round, shorter where they run straight, so "
            "the travel times and every figure of the run change."
        )
        self.class_field = self.row(self.tr("Road class field"), _field_combo())
        self.scheme = self.row(self.tr("Road class scheme"), QComboBox())
        self.scheme.addItems(
            [
                self.tr("OSM highway"),
                self.tr("Digiroad functional class"),
                self.tr("None (default speed)"),
            ]
        )
        self.oneway = self.row(self.tr("One-way / direction field"), _field_combo())
        self.speed = self.row(
            self.tr("Speed field (km/h)"),
            _field_combo(),
            self.tr(
                "Speed limits (OSM maxspeed, Digiroad nopeusrajoitus); empty: speeds by class."
            ),
        )
        self.road_only = (self.scheme, self.oneway, self.speed)
        self.layers = {"roads": self.roads}
        self.fields = {"class": self.class_field, "oneway": self.oneway, "speed": self.speed}
        self.roads.layerChanged.connect(self._roads_changed)
        pick_layer(self.roads, "class")
        self._roads_changed(self.roads.currentLayer())
        # the road layer chosen for travel by road and the one for the walks by public
        # transport (none unless the planner chooses one), by layer id
        self.kind = "road"
        self.chosen = {"road": self._id(self.roads.currentLayer()), "walk": ""}

    @staticmethod
    def _id(layer) -> str:
        return layer.id() if layer is not None else ""

    def current_mode(self) -> str:
        return MODES[self.mode.currentIndex()]

    def _show_choice(self, kind: str) -> None:
        """Switch the road combo to the choice kept for ``kind`` ("road" or "walk")."""
        if kind == self.kind:
            return
        self.chosen[self.kind] = self._id(self.roads.currentLayer())
        self.kind = kind
        layer = QgsProject.instance().mapLayer(self.chosen[kind]) if self.chosen[kind] else None
        if kind == "road" and layer is None:
            pick_layer(self.roads, "class")
        else:
            self.roads.setLayer(layer)

    def _roads_changed(self, layer) -> None:
        for combo, kind in (
            (self.class_field, "class"),
            (self.oneway, "oneway"),
            (self.speed, "speed"),
        ):
            combo.setLayer(layer)
            guess_field(combo, kind)
        names = layer.fields().names() if layer is not None else []
        scheme = guess_scheme(names, self.class_field.currentField())
        if scheme is not None:
            self.scheme.setCurrentIndex(CLASS_SCHEMES.index(scheme))

    def set_mode(self, mode: str) -> None:
        transit = mode == TRANSIT
        self._show_choice("walk" if transit else "road")
        for w in self.road_only:
            self.enable(w, not transit)
        self.labels[self.roads].setText(
            self.tr("Road network (walks, optional)") if transit else self.tr("Road network")
        )
        for w in (self.roads, self.labels[self.roads]):
            w.setToolTip(self.walk_tip if transit else self.road_tip)

    def parameters(self, mode: str) -> dict:
        params = {
            ROADS: self.roads.currentLayer(),
            CLASS_FIELD: self.class_field.currentField() or None,
        }
        if mode == TRANSIT:
            if params[ROADS] is None:
                params[CLASS_FIELD] = None
            return params
        params.update(
            {
                MODE: MODES.index(mode),
                CLASS_SCHEME: self.scheme.currentIndex(),
                ONEWAY_FIELD: self.oneway.currentField() or None,
                SPEED_FIELD: self.speed.currentField() or None,
            }
        )
        return params

    def problems(self, mode: str) -> list[str]:
        if mode != TRANSIT and self.roads.currentLayer() is None:
            return [self.tr("Choose the road network (a line layer) for travel by road.")]
        return []

    def save(self, s: QgsSettings) -> None:
        super().save(s)
        prefix = SETTINGS + self.key + "/"
        self.chosen[self.kind] = self._id(self.roads.currentLayer())
        for kind, name in (("road", "roads"), ("walk", "walk_roads")):
            layer = QgsProject.instance().mapLayer(self.chosen[kind]) if self.chosen[kind] \
                else None
            s.setValue(prefix + name, layer.name() if layer is not None else "")
        s.setValue(prefix + "mode", self.current_mode())  # by name: new modes shift indices
        s.setValue(prefix + "scheme", CLASS_SCHEMES[self.scheme.currentIndex()])

    def restore(self, s: QgsSettings) -> None:
        prefix = SETTINGS + self.key + "/"
        mode = s.value(prefix + "mode", MODES[0])
        self.mode.setCurrentIndex(MODES.index(mode) if mode in MODES else 0)
        self.set_mode(self.current_mode())
        for kind, name in (("road", "roads"), ("walk", "walk_roads")):
            stored = str(s.value(prefix + name, "") or "")
            layer = select_by_name(stored, self.roads) if stored else None
            if layer is not None or kind == "walk":
                self.chosen[kind] = self._id(layer)
        self.roads.setLayer(
            QgsProject.instance().mapLayer(self.chosen[self.kind]) if self.chosen[self.kind]
            else None
        )
        for name, combo in self.fields.items():
            field = str(s.value(prefix + name, "") or "")
            layer = combo.layer()
            if field and layer is not None and layer.fields().lookupField(field) >= 0:
                combo.setField(field)
        scheme = s.value(prefix + "scheme", None)  # none saved: as the fields suggest
        if scheme in CLASS_SCHEMES:
            self.scheme.setCurrentIndex(CLASS_SCHEMES.index(scheme))


class TransitInputs(InputGroup):
    """The timetable: feed, date, departure window, step and percentile."""

    key = "transit"

    def __init__(self):
        super().__init__(self.tr("Public transport"))
        self.gtfs = self.row(self.tr("GTFS feed (zip)"), QgsFileWidget())
        self.gtfs.setFilter(self.tr("GTFS feeds (*.zip)"))
        self.feed_note = QLabel("")
        self.feed_note.setWordWrap(True)
        self.form.addRow("", self.feed_note)
        self.date = self.row(
            self.tr("Date"),
            QDateEdit(QDate.currentDate()),
            self.tr("Type d.m.yyyy (e.g. 18.1.2022) or pick from the calendar."),
        )
        self.date.setDisplayFormat("d.M.yyyy")
        self.date.setCalendarPopup(True)
        self.start = self.row(self.tr("First departure"), QTimeEdit(QTime(7, 0)))
        self.end = self.row(self.tr("Last departure"), QTimeEdit(QTime(9, 0)))
        for w in (self.start, self.end):
            w.setDisplayFormat("HH:mm")
        self.step = self.row(self.tr("Departure step (min)"), QSpinBox())
        self.step.setRange(1, 60)
        self.step.setValue(5)
        self.percentile = self.row(
            self.tr("Percentile of travel time"),
            QDoubleSpinBox(),
            self.tr(
                "50: the median trip over the window; 80: a trip that is this fast or faster "
                "at 80 % of the departures."
            ),
        )
        self.percentile.setRange(0, 100)
        self.percentile.setDecimals(0)
        self.percentile.setValue(50)
        self.gtfs.fileChanged.connect(self._feed_changed)

    def _feed_changed(self, path: str) -> None:
        """Say which dates the feed covers, and move the date into them if it is outside."""
        span = feed_dates(path) if path else None
        if span is None:
            self.feed_note.setText(self.tr("The file is not a readable GTFS zip.") if path else "")
            return
        self.feed_note.setText(
            self.tr("The feed runs from {first} to {last}.").format(
                first=fi_date(span[0]), last=fi_date(span[1])
            )
        )
        day = self.date.date().toPyDate()
        if not span[0] <= day <= span[1]:
            first_weekday = span[0] + dt.timedelta(days=(1 - span[0].weekday()) % 7)
            pick = first_weekday if first_weekday <= span[1] else span[0]
            self.date.setDate(QDate(pick.year, pick.month, pick.day))

    def set_mode(self, mode: str) -> None:
        self.box.setEnabled(mode == TRANSIT)

    def day(self) -> dt.date | None:
        return parse_date(self.date.text())

    def parameters(self, mode: str) -> dict:
        if mode != TRANSIT:
            return {}
        day = self.day()
        return {
            GTFS: [self.gtfs.filePath()],
            DATE: QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)) if day else None,
            START: self.start.time().toString("HH:mm"),
            END: self.end.time().toString("HH:mm"),
            STEP: self.step.value(),
            PERCENTILE: self.percentile.value(),
        }

    def problems(self, mode: str) -> list[str]:
        if mode != TRANSIT:
            return []
        out = []
        path = self.gtfs.filePath()
        span = feed_dates(path) if path else None
        if not path:
            out.append(self.tr("Choose the GTFS feed (a zip file) for public transport."))
        elif span is None:
            out.append(
                self.tr(
                    "'{path}' is not a readable GTFS zip (calendar.txt or "
                    "calendar_dates.txt missing)."
                ).format(path=path)
            )
        day = self.day()
        if day is None:
            out.append(
                self.tr(
                    "The date '{text}' is not a date: type it as d.m.yyyy, e.g. 18.1.2022."
                ).format(text=self.date.text())
            )
        elif span is not None and not span[0] <= day <= span[1]:
            out.append(
                self.tr("The feed has no service on {day}: it runs from {first} to {last}.").format(
                    day=fi_date(day), first=fi_date(span[0]), last=fi_date(span[1])
                )
            )
        if self.start.time() == self.end.time():
            out.append(
                self.tr("The departure window is empty: the first and last departure are the same.")
            )
        return out

    def save(self, s: QgsSettings) -> None:
        prefix = SETTINGS + self.key + "/"
        s.setValue(prefix + "gtfs", self.gtfs.filePath())
        s.setValue(prefix + "date", self.date.date().toString("yyyy-MM-dd"))
        s.setValue(prefix + "start", self.start.time().toString("HH:mm"))
        s.setValue(prefix + "end", self.end.time().toString("HH:mm"))
        s.setValue(prefix + "step", self.step.value())
        s.setValue(prefix + "percentile", self.percentile.value())

    def restore(self, s: QgsSettings) -> None:
        prefix = SETTINGS + self.key + "/"
        day = QDate.fromString(str(s.value(prefix + "date", "")), "yyyy-MM-dd")
        if day.isValid():
            self.date.setDate(day)
        self.gtfs.setFilePath(str(s.value(prefix + "gtfs", "") or ""))
        for key, w in (("start", self.start), ("end", self.end)):
            t = QTime.fromString(str(s.value(prefix + key, "")), "HH:mm")
            if t.isValid():
                w.setTime(t)
        self.step.setValue(int(s.value(prefix + "step", self.step.value())))
        self.percentile.setValue(float(s.value(prefix + "percentile", self.percentile.value())))
