"""Travel modes: speeds per road class, which classes a mode may use, one-way rules."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..messages import msg

#: Default car speeds (km/h) for OpenStreetMap ``highway`` values.
OSM_CAR_SPEEDS: dict[str, float] = {
    "motorway": 100, "motorway_link": 60, "trunk": 80, "trunk_link": 50,
    "primary": 60, "primary_link": 40, "secondary": 50, "secondary_link": 40,
    "tertiary": 40, "tertiary_link": 30, "unclassified": 40, "residential": 30,
    "living_street": 20, "service": 20, "road": 30, "track": 20,
}
#: OSM ``highway`` values that are not (or not yet, or no longer) a way anyone can use.
OSM_NOT_A_WAY = {"proposed", "construction", "abandoned", "disused", "razed", "planned"}
#: OSM ``highway`` values never open to private cars, from the meanings documented on the
#: OSM wiki (Key:highway): ways for walking, cycling or riding, indoor and climbing ways,
#: bus- and guided-bus-only roads, race tracks, emergency escape lanes, and ways not
#: (or no longer) built. Any other class missing from the speed table is driven at the
#: "unknown class" car speed.
OSM_NO_CAR = {"footway", "pedestrian", "path", "cycleway", "bridleway", "steps", "corridor",
              "via_ferrata", "elevator", "platform", "busway", "bus_guideway", "raceway",
              "escape"} | OSM_NOT_A_WAY
#: OSM classes walkers and cyclists may not use.
OSM_NO_WALK = {"motorway", "motorway_link", "trunk", "trunk_link", "raceway"} | OSM_NOT_A_WAY
OSM_NO_BIKE = OSM_NO_WALK | {"steps"}

#: Default car speeds (km/h) for Digiroad ``toiminnallinen_luokka`` (functional class).
#: 1 main road (class I) .. 6 other private road; 7 track (ajopolku); 8 pedestrian/cycle path.
DIGIROAD_CAR_SPEEDS: dict[str, float] = {
    "1": 90, "2": 80, "3": 60, "4": 50, "5": 40, "6": 30, "7": 20,
    # link types that decide by themselves (``core.roads.digiroad.LINK_TYPE_TOKENS``);
    # pedestrian and cycle ways, pedestrian zones, service and emergency roads, motorway
    # service openings and special transport connections are not in it: closed to cars
    "motorway": 100, "freeway": 80, "ramp": 50, "ferry": 10, "unclassified": 40,
}
#: Digiroad link types no one walks or cycles on (motorways, freeways and their ramps are
#: closed to pedestrians and cyclists by the Road Traffic Act; gated connections to all)
DIGIROAD_NO_FOOT = {"motorway", "freeway", "ramp", "service_opening", "special_transport"}
DIGIROAD_NO_WALK = {"1"} | DIGIROAD_NO_FOOT
DIGIROAD_NO_BIKE = {"1"} | DIGIROAD_NO_FOOT
#: per scheme: classes every mode crosses at the speed in the speed values (timed links:
#: a ferry's crossing and wait), not at its own speed
TIMED_CLASSES = {"digiroad": frozenset({"ferry"})}

#: per scheme: car speeds, classes closed to walking, to cycling, and to cars (None: every
#: class outside the car speed table is closed to cars)
CLASS_TABLES = {
    "osm": (OSM_CAR_SPEEDS, OSM_NO_WALK, OSM_NO_BIKE, OSM_NO_CAR),
    "digiroad": (DIGIROAD_CAR_SPEEDS, DIGIROAD_NO_WALK, DIGIROAD_NO_BIKE, None),
}



@dataclass(frozen=True)
class RoadMode:
    """One road travel mode. Everything else (the travel mode enum and speed parameters of
    the algorithms, the scenario dialog's combo, the README table) is generated from
    ``ROAD_MODES``, so adding a mode is adding an entry there."""

    name: str  # the engine's and the settings' name
    label: str  # shown in the algorithms and the dialog
    speed: float  # default km/h (for a mode with class speeds: on roads of unknown class)
    speed_key: str  # parameter key of its speed
    speed_label: str
    closed: dict[str, frozenset[str]]  # class scheme -> road classes the mode may not use
    oneway: bool  # obeys one-way rules
    class_speeds: bool = False  # speeds per road class (and the speed field) as a car
    note: str = ""  # one line for the README table


def _closed(osm: set[str], digiroad: set[str]) -> dict[str, frozenset[str]]:
    return {"osm": frozenset(osm), "digiroad": frozenset(digiroad)}


ROAD_MODES: tuple[RoadMode, ...] = (
    RoadMode("car", "Car", 40.0, "DEFAULT_SPEED", "Car speed on roads of unknown class (km/h)",
             _closed(set(), set()), oneway=True, class_speeds=True,
             note="speeds per road class or from the speed field; OSM classes never open "
                  "to cars are closed, other unknown OSM classes run at this speed; Digiroad: "
                  "classes 1-7 only"),
    RoadMode("walk", "Walk", 5.0, "WALK_SPEED", "Walking speed (km/h)",
             _closed(OSM_NO_WALK, DIGIROAD_NO_WALK), oneway=False),
    RoadMode("bike", "Bike", 15.0, "BIKE_SPEED", "Cycling speed (km/h)",
             _closed(OSM_NO_BIKE, DIGIROAD_NO_BIKE), oneway=False),
    RoadMode("wheelchair", "Wheelchair", 3.0, "WHEELCHAIR_SPEED", "Wheelchair speed (km/h)",
             _closed(OSM_NO_WALK | {"steps", "track", "bridleway"},
                     DIGIROAD_NO_WALK | {"7", "service_road"}),
             oneway=False, note="walkers' closed classes, steps and unpaved tracks"),
)
MODES = tuple(m.name for m in ROAD_MODES)


def road_mode(name: str) -> RoadMode:
    """The registered mode called ``name``."""
    for m in ROAD_MODES:
        if m.name == name:
            return m
    raise ValueError(msg("unknown mode {name!r}; expected one of {MODES}",
                         name=name, MODES=', '.join(MODES)))


def modes_table() -> str:
    """The README's Markdown table of the road modes (``MODE`` is the position)."""
    rows = ["| `MODE` | Mode | Default speed (km/h) | Speed parameter | One-way rules | "
            "Closed OSM classes | Closed Digiroad classes |",
            "|---|---|---|---|---|---|---|"]
    for i, m in enumerate(ROAD_MODES):
        closed = [", ".join(sorted(m.closed.get(k, ()))) or "none" for k in ("osm", "digiroad")]
        if m.note:
            closed[0] = f"{closed[0]} ({m.note})"
        rows.append(f"| {i} | {m.label} | {m.speed:g} | `{m.speed_key}` | "
                    f"{'yes' if m.oneway else 'no'} | {closed[0]} | {closed[1]} |")
    return "\n".join(rows)


@dataclass
class Profile:
    """How one mode moves on the road network.

    ``class_speeds`` maps road-class values to km/h; a class missing from it is
    closed to the mode unless ``open_classes`` is None (every class open at
    ``default_speed``). ``closed_classes`` are never used.
    """

    mode: str
    default_speed: float
    class_speeds: dict[str, float] = field(default_factory=dict)
    closed_classes: set[str] = field(default_factory=set)
    use_speed_field: bool = True
    respect_oneway: bool = True
    classes_restricted: bool = False
    max_speed: float | None = None
    timed_classes: frozenset[str] = frozenset()  # run at the speed values by every mode

    def key(self) -> tuple:
        """Hashable summary, used to cache networks built with this profile."""
        return (self.mode, self.default_speed, tuple(sorted(self.class_speeds.items())),
                tuple(sorted(self.closed_classes)), self.use_speed_field,
                self.respect_oneway, self.classes_restricted, self.max_speed,
                tuple(sorted(self.timed_classes)))

    def speeds(self, classes: np.ndarray | None, field_speeds: np.ndarray | None) -> np.ndarray:
        """Speed (km/h) of each line; 0 where the mode may not use it.

        ``field_speeds`` holds the speed field's values (NaN where NULL or absent);
        they win over class speeds for a car, are capped by ``max_speed`` for
        walking and cycling. Neither given: the default speed, once.
        """
        if classes is None and field_speeds is None:  # no class, no speed field
            return np.array([float(self.default_speed)])  # one speed for every road
        n = len(classes) if classes is not None else len(field_speeds)  # type: ignore[arg-type]
        out = np.full(n, float(self.default_speed))
        if classes is not None:
            cls = np.asarray(classes, dtype=object).astype(str)
            if self.class_speeds:
                mapped = pd.Series(cls).map(self.class_speeds).to_numpy(dtype=float)
                if self.classes_restricted:
                    out = mapped
                else:
                    out = np.where(np.isnan(mapped), out, mapped)
            if self.closed_classes:
                out[np.isin(cls, list(self.closed_classes))] = 0.0
            out[np.isin(cls, ["", "None", "NULL"])] = 0.0  # no class: not a road (OSM lines)
        if self.use_speed_field and field_speeds is not None:
            fs = np.asarray(field_speeds, dtype=float)
            good = np.isfinite(fs) & (fs > 0) & (out > 0)
            out = np.where(good, fs, out)
        if self.max_speed is not None:
            out = np.minimum(out, self.max_speed)
        if self.timed_classes and classes is not None and field_speeds is not None:
            fs = np.asarray(field_speeds, dtype=float)
            timed = np.isin(np.asarray(classes, dtype=object).astype(str),
                            list(self.timed_classes)) & np.isfinite(fs) & (fs > 0) & (out > 0)
            out = np.where(timed, fs, out)
        return np.nan_to_num(out, nan=0.0)


def make_profile(mode: str, class_scheme: str | None = None, *, speed: float | None = None,
                 walk_speed: float | None = None, bike_speed: float | None = None,
                 car_default: float | None = None,
                 class_speeds: dict[str, float] | None = None) -> Profile:
    """The profile of ``mode`` for a road-class scheme ('osm', 'digiroad' or None).

    ``speed`` replaces the mode's default speed (``walk_speed``, ``bike_speed`` and
    ``car_default`` do the same for those modes); ``class_speeds`` replace the class
    speeds of a mode with class speeds (0 closes a class)."""
    m = road_mode(mode)
    named = {"walk": walk_speed, "bike": bike_speed, "car": car_default}.get(m.name)
    kmh = speed if speed is not None else named if named is not None else m.speed
    if m.class_speeds:
        table, _, _, no_car = CLASS_TABLES.get(class_scheme or "", ({}, set(), set(), None))
        speeds = {**table, **(class_speeds or {})}  # user values win; 0 closes a class
        if no_car is None:  # Digiroad (or no scheme): the table lists every drivable class
            return Profile(m.name, kmh, speeds, use_speed_field=True,
                           respect_oneway=m.oneway, classes_restricted=bool(speeds),
                           timed_classes=TIMED_CLASSES.get(class_scheme or "", frozenset()))
        # OSM: classes never drivable are closed, others outside the table run at ``kmh``
        closed = {c for c in no_car if c not in (class_speeds or {})}
        return Profile(m.name, kmh, speeds, closed_classes=closed, use_speed_field=True,
                       respect_oneway=m.oneway)
    return Profile(m.name, kmh, closed_classes=set(m.closed.get(class_scheme or "", ())),
                   use_speed_field=False, respect_oneway=m.oneway,
                   timed_classes=TIMED_CLASSES.get(class_scheme or "", frozenset()))


_FORWARD = {"yes", "true", "1", "4", "forward", "ft"}
_BACKWARD = {"-1", "reverse", "3", "backward", "tf"}


def parse_oneway(values) -> np.ndarray:
    """Direction codes from a direction field: +1 digitised direction only, -1 against it, 0 both.

    Understands OSM ``oneway`` tags (yes/true/1, -1/reverse, no) and Digiroad-style
    codes (2 both, 3 against, 4 along). An OSM ``other_tags`` hstore string such as
    ``"oneway"=>"yes"`` is read too; there ``junction=roundabout`` or ``circular``
    without a ``oneway`` tag means one-way along the way, as OSM defines it. Anything
    else (NULL, 'no', '2') means both ways.
    """
    return by_distinct(values, _oneway_code, np.int8, 0)


def _oneway_code(v) -> int:
    s = str(v).strip().lower()
    if "=>" in s:
        tags = s
        s = _hstore_get(tags, "oneway")
        if s is None:  # OSM: a roundabout or circular junction is one-way by itself
            s = "yes" if _hstore_get(tags, "junction") in ("roundabout", "circular") else ""
    if s.endswith(".0"):
        s = s[:-2]
    return 1 if s in _FORWARD else -1 if s in _BACKWARD else 0


def by_distinct(values, parse, dtype, missing) -> np.ndarray:
    """``parse`` applied to each distinct value once (road layers repeat a few values);
    ``missing`` where a value is NULL (None or NaN)."""
    if not (isinstance(values, np.ndarray) and values.dtype.kind == "f"):
        values = np.asarray(values, dtype=object)
    try:
        codes, uniques = pd.factorize(values)
    except TypeError:  # unhashable values: one by one
        return np.array([missing if _null(v) else parse(v) for v in values], dtype=dtype)
    parsed = np.array([missing if _null(u) else parse(u) for u in uniques] + [missing],
                      dtype=dtype)
    return parsed[codes]  # code -1 (NULL) reads the last entry


def _null(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or (
        hasattr(v, "isNull") and v.isNull())


def _hstore_get(s: str, key: str) -> str | None:
    marker = f'"{key}"=>"'
    i = s.find(marker)
    if i < 0:
        return None
    j = s.find('"', i + len(marker))
    return s[i + len(marker): j if j >= 0 else None]


def parse_speed(values) -> np.ndarray:
    """Speeds (km/h) from a field: numbers, '50', '50 km/h', hstore 'maxspeed'; else NaN."""
    return by_distinct(values, _speed_value, float, np.nan)


def _speed_value(v) -> float:
    if isinstance(v, (int, float, np.integer, np.floating)):
        return float(v)
    s = str(v).strip().lower()
    if "=>" in s:
        s = _hstore_get(s, "maxspeed") or ""
    s = s.replace("km/h", "").strip()
    try:
        return float(s)
    except ValueError:
        if s.endswith("mph"):
            try:
                return float(s[:-3]) * 1.609344
            except ValueError:
                pass
    return np.nan
