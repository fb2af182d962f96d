"""Service-site lists as the counties keep them: a CSV table with coordinates in
ETRS-TM35FIN (EPSG:3067) or WGS84 (EPSG:4326), read into points.

The coordinate columns are found by name (x/y, E/N, itä/pohjoinen, easting/northing,
xkoord/ykoord, lon/lng/lat...) and the system by the values: in Finland TM35FIN easting is
about 50,000..800,000 m and northing 6,600,000..7,800,000 m, WGS84 longitude 19..32 and
latitude 59..71. Finnish tables often call the northing x: whichever column holds
northings is read as such. Decimal commas are read. Rows without readable coordinates
(an address alone cannot be located offline) are named, never dropped silently.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..messages import msg

EASTING = ("x", "e", "itä", "ita", "east", "easting", "xkoord", "x_koord", "koord_x",
           "etrs_x", "etrs_e", "itakoordinaatti", "itäkoordinaatti", "x_3067", "e_3067",
           "euref_x")
NORTHING = ("y", "n", "pohjoinen", "north", "northing", "ykoord", "y_koord", "koord_y",
            "etrs_y", "etrs_n", "pohjoiskoordinaatti", "y_3067", "n_3067", "euref_y")
LONGITUDE = ("lon", "lng", "long", "longitude", "pituus", "pituusaste", "x_wgs84",
             "lon_wgs84")
LATITUDE = ("lat", "latitude", "leveys", "leveysaste", "y_wgs84", "lat_wgs84")
RANGES = {  # (easting or longitude, northing or latitude) plausible in Finland
    "EPSG:3067": ((20_000.0, 800_000.0), (6_550_000.0, 7_850_000.0)),
    "EPSG:4326": ((19.0, 32.0), (59.0, 71.0)),
}


class SiteTableError(ValueError):
    """The table cannot be read into points; the message says why and what to do."""


@dataclass
class SiteTable:
    """The table's rows with readable coordinates, in the system found."""

    frame: pd.DataFrame  # the rows read (all columns as text), in table order
    x: np.ndarray  # easting / longitude
    y: np.ndarray  # northing / latitude
    crs: str  # 'EPSG:3067' or 'EPSG:4326'
    columns: tuple[str, str]  # the (east, north) columns used
    unread: list[str] = field(default_factory=list)  # 'row 5 (name): why' per row left out
    notes: list[str] = field(default_factory=list)


def read_table(path: str | Path) -> pd.DataFrame:
    """A CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252) as text columns."""
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def _find(columns, names) -> str | None:
    low = {c.lower(): c for c in columns}
    return next((low[n] for n in names if n in low), None)


def _numbers(values: pd.Series) -> np.ndarray:
    text = values.astype(str).str.strip().str.replace("\u00a0", "").str.replace(" ", "")
    text = text.str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce").to_numpy(float)


def _inside(v: np.ndarray, lo_hi) -> np.ndarray:
    return np.isfinite(v) & (v >= lo_hi[0]) & (v <= lo_hi[1])


def sites_from_table(frame: pd.DataFrame, east: str = "", north: str = "",
                     name_column: str = "") -> SiteTable:
    """Points of the rows of ``frame``; ``east`` / ``north`` name the columns (else found
    by name), the system is told by the values."""
    cols = list(frame.columns)
    for given in (east, north):
        if given and given not in cols:
            raise SiteTableError(msg("the table has no column '{given}'; it has {cols}",
                                     given=given, cols=', '.join(cols)))
    pairs = []
    if east and north:
        pairs.append((east, north))
    else:
        for e_names, n_names in ((EASTING, NORTHING), (LONGITUDE, LATITUDE)):
            e, n = _find(cols, e_names), _find(cols, n_names)
            if e and n:
                pairs.append((e, n))
    if not pairs:
        raise SiteTableError(
            msg("no coordinate columns found among {cols}; name them x and y (or E and N, "
                "itä and pohjoinen) for ETRS-TM35FIN metres, or lon and lat for WGS84 "
                "degrees, or choose them. Addresses alone cannot be located offline: geocode "
                "them first", cols=', '.join(cols)))
    best = None
    for e, n in pairs:
        a, b = _numbers(frame[e]), _numbers(frame[n])
        for crs, (er, nr) in RANGES.items():
            for swapped, (xs, ys) in ((False, (a, b)), (True, (b, a))):
                ok = _inside(xs, er) & _inside(ys, nr)
                score = int(ok.sum())
                if best is None or score > best[0]:
                    best = (score, crs, (n, e) if swapped else (e, n), xs, ys, ok)
    score, crs, used, xs, ys, ok = best  # type: ignore[misc]
    if score == 0:
        e, n = pairs[0]
        raise SiteTableError(
            msg("columns '{e}' and '{n}' hold no coordinates inside Finland in ETRS-TM35FIN "
                "(easting 20,000-800,000 m, northing 6,550,000-7,850,000 m) or WGS84 "
                "(longitude 19-32, latitude 59-71): check the columns and the system",
                e=e, n=n))
    notes: list[str] = [msg(
        "coordinates from columns '{east}' (east) and '{north}' (north), read as {crs}",
        east=used[0], north=used[1],
        crs="ETRS-TM35FIN (EPSG:3067)" if crs == "EPSG:3067" else "WGS84 (EPSG:4326)")]
    shift = _corner_shift(frame, used) if crs == "EPSG:3067" else None
    if shift is not None:
        xs, ys = xs + shift / 2, ys + shift / 2
        notes.append(msg("'{east}', '{north}' are the lower-left corners of Statistics "
                         "Finland's {size:g} m grid cells (size from grd_id): the points are the "
                         "cell centres, {half:g} m further east and north", east=used[0],
                         north=used[1], size=shift, half=shift / 2))
    names = frame[name_column] if name_column in frame else None
    unread: list[str] = []
    for i in np.flatnonzero(~ok):
        got = f"'{frame[used[0]].iloc[i]}', '{frame[used[1]].iloc[i]}'"
        if names is not None and str(names.iloc[i]).strip():  # the header is row 1
            unread.append(msg("row {row} ({name}): {got} is not a coordinate pair in the same "
                              "system", row=i + 2, name=names.iloc[i], got=got))
        else:
            unread.append(msg("row {row}: {got} is not a coordinate pair in the same system",
                              row=i + 2, got=got))
    return SiteTable(frame[ok].reset_index(drop=True), xs[ok], ys[ok], crs, used, unread,
                     notes)


#: Statistics Finland's corner coordinates (xkoord, ykoord; euref_x, euref_y of the grid key)
CORNER_COLUMNS = {"xkoord", "ykoord", "euref_x", "euref_y"}


def _corner_shift(frame: pd.DataFrame, used: tuple[str, str]) -> float | None:
    """The cell size (m) when the coordinates are Statistics Finland's cell corners and the
    table's grd_id / grid_inspire (e.g. '250mN667075E38250', '1kmN6667E385') gives it."""
    if not {used[0].lower(), used[1].lower()} <= CORNER_COLUMNS:
        return None
    ids = _find(frame.columns, ("grd_id", "grid_inspire"))
    if ids is None:
        return None
    size = frame[ids].astype(str).str.extract(r"^\s*(\d+)\s*(k?m)", expand=True)
    metres = pd.to_numeric(size[0], errors="coerce") * np.where(size[1] == "km", 1000, 1)
    sizes = set(metres.dropna().tolist())
    return float(sizes.pop()) if len(sizes) == 1 else None


def name_column(columns) -> str:
    """The column most likely naming each site (nimi, name, toimipiste...), or ""."""
    return _find(columns, ("nimi", "name", "toimipiste", "toimipaikka", "yksikkö", "yksikko",
                           "palvelupiste", "site", "namn")) or ""
