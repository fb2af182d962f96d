"""Digiroad road links as Väylävirasto (the Finnish Transport Infrastructure Agency) publishes
them, turned into the engine's road classes, speeds and directions.

Field names and code lists follow "Digiroad – Description of Data Objects" (release
4/2017, appendix 1: field names, data types and code values) and the Finnish "Digiroad –
tietolajien kuvaus" / "Digiroad-julkaisun tietosisältö": ``TOIMINN_LK`` functional class,
``LINKKITYYP`` link type, ``AJOSUUNTA`` direction of traffic flow (2 both ways, 3 against
the digitising direction, 4 along it), ``KUNTAKOODI`` municipality code, ``LINK_ID``; the
speed-limit layer (``DR_NOPEUSRAJOITUS``) gives ``ARVO`` km/h on the measure range
``ALKUM`` .. ``LOPPUM`` (metres along the link) of ``LINK_ID``. Shapefile products use
upper-case names, GeoPackage and database products lower case: both are read.

A link's engine class is its functional class ("1".."8"), except where its link type alone
decides who may use it (motorway, freeway, ramp, pedestrian and cycle way, pedestrian
zone, service road, motorway service opening, special transport connection, ferry): then
it is that type's token (``LINK_TYPE_TOKENS``). ``core.roads.modes`` holds each token's
car speed and which modes may not use it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .modes import DIGIROAD_CAR_SPEEDS, by_distinct, road_mode

#: TOIMINN_LK, functional class.
FUNCTIONAL_CLASSES: dict[str, str] = {
    "1": "class I main road (valtatie) / regional main street",
    "2": "class II main road (kantatie) / regional main street",
    "3": "regional road (seututie) / local main street",
    "4": "connecting road (yhdystie) / collector street",
    "5": "class I private road / feeder street",
    "6": "class II private road (other private road)",
    "7": "driving path (ajopolku)",
    "8": "pedestrian and cycle way (kevyen liikenteen väylä)",
}
#: LINKKITYYP, link type.
LINK_TYPES: dict[str, str] = {
    "1": "motorway (moottoritie)",
    "2": "multiple carriageway road (moniajoratainen tie)",
    "3": "single carriageway road (yksiajoratainen tie)",
    "4": "freeway (moottoriliikennetie)",
    "5": "roundabout (kiertoliittymä)",
    "6": "slip road / ramp (ramppi)",
    "7": "rest area (levähdysalue)",
    "8": "pedestrian and cycle way (kevyen liikenteen väylä)",
    "9": "pedestrian zone (jalankulkualue)",
    "10": "service or emergency road (huolto- tai pelastustie)",
    "11": "enclosed traffic area (liitännäisliikennealue)",
    "12": "driving path (ajopolku)",
    "13": "service opening on a motorway (huoltoaukko moottoritiellä)",
    "14": "special transport connection with a gate (erikoiskuljetusyhteys)",
    "15": "special transport connection without a gate (erikoiskuljetusyhteys)",
    "21": "ferry (lautta / lossi)",
}
#: AJOSUUNTA, direction of traffic flow, as the engine's direction codes.
DIRECTIONS: dict[str, int] = {"2": 0, "3": -1, "4": 1}
#: link types that decide by themselves who may use a link (else: the functional class)
LINK_TYPE_TOKENS: dict[str, str] = {
    "1": "motorway", "4": "freeway", "6": "ramp", "8": "path", "9": "pedestrian_zone",
    "10": "service_road", "13": "service_opening", "14": "special_transport",
    "15": "special_transport", "21": "ferry",
}
FERRY_KMH = 10.0  # crossing speed of a road ferry
FERRY_WAIT_MIN = 10.0  # mean wait at a ferry landing (half a 20-minute interval)

#: the fields of a road-link product, and the speed-limit layer's (first name found wins)
LINK_FIELDS: dict[str, tuple[str, ...]] = {
    "class": ("TOIMINN_LK",), "link_type": ("LINKKITYYP",), "direction": ("AJOSUUNTA",),
    "municipality": ("KUNTAKOODI",), "link_id": ("LINK_ID",)}
LIMIT_FIELDS: dict[str, tuple[str, ...]] = {
    "link_id": ("LINK_ID",), "start": ("ALKUM", "ALKU_M", "START_M"),
    "end": ("LOPPUM", "LOPPU_M", "END_M"),
    "value": ("ARVO", "NOPEUSRAJ", "NOPEUSRAJOITUS", "SPEED_LIMIT")}
#: what is assumed when a field of the link product is missing
ASSUMED = {
    "class": "links not told apart by their link type are driven at 40 km/h",
    "link_type": "motorways, ramps, ferries and pedestrian ways are told apart by the "
                 "functional class only (class 1 closed to walking and cycling, class 8 "
                 "closed to cars)",
    "direction": "every link is open both ways",
    "municipality": "no municipality codes (not needed for routing)",
    "link_id": "no speed limits can be joined",
}


class DigiroadError(ValueError):
    """A Digiroad layer that cannot be used as it is."""


def find_fields(names, wanted: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """The layer's own spelling of each wanted field (upper or lower case), by role."""
    by_upper = {n.upper(): n for n in names}
    out = {}
    for role, candidates in wanted.items():
        for c in candidates:
            if c in by_upper:
                out[role] = by_upper[c]
                break
    return out


def is_digiroad(names) -> bool:
    """A road-link product: TOIMINN_LK or LINKKITYYP, with AJOSUUNTA or LINK_ID."""
    found = find_fields(names, LINK_FIELDS)
    return bool({"class", "link_type"} & found.keys()) and bool(
        {"direction", "link_id"} & found.keys())


def missing_fields(names) -> list[str]:
    """Messages for each routing field of a Digiroad product the layer lacks."""
    found = find_fields(names, LINK_FIELDS)
    return [f"the Digiroad layer has no {LINK_FIELDS[role][0]} field: {ASSUMED[role]}"
            for role in ("class", "link_type", "direction") if role not in found]


def _code(v) -> str:
    """'4', 4, 4.0 -> '4'; NULL -> ''."""
    if v is None or (isinstance(v, float) and v != v):
        return ""
    s = str(v).strip()
    return s[:-2] if s.endswith(".0") else s


def _codes(values) -> np.ndarray:
    """Codes as text per link ('' where NULL), each distinct value parsed once."""
    return by_distinct(values, _code, object, "")


@dataclass
class Links:
    """Digiroad links as the engine's attributes, and what could not be read."""

    classes: np.ndarray  # engine class tokens
    oneway: np.ndarray | None  # +1 / -1 / 0
    speeds: np.ndarray  # km/h from the speed limits and ferries, NaN elsewhere
    unknown: dict[str, Counter] = field(default_factory=dict)  # field -> code -> links
    limited: int = 0  # links given a speed limit
    ferries: int = 0

    def notes(self) -> list[str]:
        """One message per field with unknown codes (counted and listed), and the joins."""
        out = []
        for name, counts in self.unknown.items():
            listed = ", ".join(f"'{c}' ({n})" for c, n in sorted(counts.items()))
            out.append(f"{sum(counts.values())} Digiroad links have an unknown {name} code: "
                       f"{listed}; "
                       + ("they are taken as closed (no class)" if name == "TOIMINN_LK"
                          else "their functional class decides"))
        return out


def links(classes, link_types=None, directions=None, lengths=None,
          limit_speeds=None) -> Links:
    """Engine classes, directions and speeds of Digiroad links.

    ``classes`` TOIMINN_LK, ``link_types`` LINKKITYYP, ``directions`` AJOSUUNTA per link
    (None: the field is absent); ``lengths`` metres (for the ferries' wait);
    ``limit_speeds`` km/h per link from ``speed_limits`` (NaN where none)."""
    fc = _codes(classes) if classes is not None else None
    n = len(fc) if fc is not None else len(link_types)
    unknown: dict[str, Counter] = {}
    if fc is not None:
        bad = (fc != "") & ~np.isin(fc, list(FUNCTIONAL_CLASSES))
        if bad.any():
            unknown["TOIMINN_LK"] = Counter(fc[bad].tolist())
        tokens = np.where(bad, "", fc).astype(object)
    else:
        tokens = np.full(n, "unclassified", dtype=object)
    if link_types is not None:
        lt = _codes(link_types)
        bad = (lt != "") & ~np.isin(lt, list(LINK_TYPES))
        if bad.any():
            unknown["LINKKITYYP"] = Counter(lt[bad].tolist())
        by_type = pd.Series(lt).map(LINK_TYPE_TOKENS).to_numpy(dtype=object)
        typed = pd.notna(by_type)
        tokens[typed] = by_type[typed]
    oneway = None
    if directions is not None:
        d = _codes(directions)
        bad = (d != "") & ~np.isin(d, list(DIRECTIONS))
        if bad.any():
            unknown["AJOSUUNTA"] = Counter(d[bad].tolist())
        oneway = pd.Series(d).map(DIRECTIONS).fillna(0).to_numpy(dtype=np.int8)
    speeds = np.full(n, np.nan) if limit_speeds is None else np.asarray(
        limit_speeds, dtype=float).copy()
    limited = int(np.isfinite(speeds).sum())
    ferry = tokens == "ferry"
    if ferry.any():
        metres = np.asarray(lengths, dtype=float)[ferry] if lengths is not None else 0.0
        hours = metres / 1000 / FERRY_KMH + FERRY_WAIT_MIN / 60
        speeds[ferry] = np.maximum(metres / 1000 / hours, 1e-3)
    return Links(tokens, oneway, speeds, unknown, limited, int(ferry.sum()))


def speed_limits(link_ids, lengths, limit_ids, start, end, value) -> np.ndarray:
    """km/h per link from a speed-limit table joined by link id and measure range.

    Each link gets the speed that gives the same time over the ranges the table covers
    (their lengths divided by the time at each limit); a link less than half covered, or
    not in the table, gets NaN (its class speed is used). Rows with no positive speed or
    an empty range are left out."""
    t = pd.DataFrame({"id": pd.Series(limit_ids, dtype=object).map(_code),
                      "m": (pd.to_numeric(pd.Series(end), errors="coerce")
                            - pd.to_numeric(pd.Series(start), errors="coerce")).abs(),
                      "v": pd.to_numeric(pd.Series(value), errors="coerce")})
    t = t[(t["m"] > 0) & (t["v"] > 0)]
    t = t.assign(h=t["m"] / t["v"])
    per = t.groupby("id")[["m", "h"]].sum()
    ids = pd.Series(link_ids, dtype=object).map(_code)
    m = ids.map(per["m"]).to_numpy(dtype=float)
    h = ids.map(per["h"]).to_numpy(dtype=float)
    covered = m >= 0.5 * np.asarray(lengths, dtype=float)
    return np.where(covered & (h > 0), m / np.where(h > 0, h, 1), np.nan)


def line_lengths(xy: np.ndarray, sizes: np.ndarray, feature: np.ndarray,
                 n_features: int) -> np.ndarray:
    """Metres per feature of lines stored part after part (``LineInput`` layout)."""
    if len(xy) < 2:
        return np.zeros(n_features)
    seg = np.hypot(*np.diff(xy, axis=0).T)
    ends = np.cumsum(sizes)
    last = np.zeros(len(xy) - 1, dtype=bool)
    last[ends[:-1] - 1] = True  # the step from one part's last vertex to the next part
    part = np.repeat(np.arange(len(sizes)), sizes)[:-1]
    per_part = np.bincount(part[~last], weights=seg[~last], minlength=len(sizes))
    return np.bincount(feature, weights=per_part, minlength=n_features)


def rules_table() -> list[tuple[str, str, str, str, str]]:
    """(field, code, meaning, engine class, who may use it) for the help's table."""
    def who(token: str) -> str:
        allowed = []
        for name in ("car", "walk", "bike"):
            m = road_mode(name)
            if m.class_speeds:
                ok = token in DIGIROAD_CAR_SPEEDS
            else:
                ok = token not in m.closed["digiroad"]
            allowed.append(name if ok else f"no {name}")
        speed = DIGIROAD_CAR_SPEEDS.get(token)
        car = f"car {speed:g} km/h" if speed and token != "ferry" else ""
        if token == "ferry":
            car = f"all at {FERRY_KMH:g} km/h + {FERRY_WAIT_MIN:g} min wait"
        return ", ".join([a for a in allowed if a.startswith("no")] + ([car] if car else []))

    rows = [("TOIMINN_LK", c, m, c, who(c)) for c, m in FUNCTIONAL_CLASSES.items()]
    for c, m in LINK_TYPES.items():
        token = LINK_TYPE_TOKENS.get(c)
        rows.append(("LINKKITYYP", c, m, token or "(functional class)",
                     who(token) if token else "as its functional class"))
    rows += [("AJOSUUNTA", "2", "both directions", "", "both ways"),
             ("AJOSUUNTA", "3", "against the digitising direction", "",
              "one-way against the line (cars)"),
             ("AJOSUUNTA", "4", "along the digitising direction", "",
              "one-way along the line (cars)")]
    return rows
