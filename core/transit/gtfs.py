"""GTFS reader: the timetable around one date as elementary connections.

Reads a zip or a folder (several feeds can be combined; their ids are prefixed with the
feed's number). Times are seconds after midnight of the chosen date: a GTFS time past
24:00 belongs to the next date, so the previous service day's late trips (e.g. Monday's
24:30 = Tuesday 00:30) and, past 24:00, the next service day's trips are included.
``pickup_type`` / ``drop_off_type`` 1 (none) forbid boarding / alighting; 2 and 3 (by
arrangement) are taken as allowed. Headway-based trips (``frequencies.txt``) are expanded
into one trip per departure, the trip's stop_times pattern shifted to each start. Every
problem is reported with the file and row it comes from.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..messages import msg

REQUIRED = {
    "stops.txt": ["stop_id", "stop_lat", "stop_lon"],
    "routes.txt": ["route_id"],
    "trips.txt": ["route_id", "service_id", "trip_id"],
    "stop_times.txt": ["trip_id", "arrival_time", "departure_time", "stop_id",
                       "stop_sequence"],
}
OPTIONAL = {
    "calendar.txt": ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday",
                     "saturday", "sunday", "start_date", "end_date"],
    "calendar_dates.txt": ["service_id", "date", "exception_type"],
    "frequencies.txt": ["trip_id", "start_time", "end_time", "headway_secs"],
    "transfers.txt": ["from_stop_id", "to_stop_id"],
}
DAY = 24 * 3600
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class GtfsError(ValueError):
    """The feed cannot be used as it is; the message names the file and row."""


@dataclass
class Feed:
    """The tables of one or more feeds, ids made unique across feeds."""

    stops: pd.DataFrame
    routes: pd.DataFrame
    trips: pd.DataFrame
    stop_times: pd.DataFrame  # trip_id, stop_id, stop_sequence, arrival / departure (int64
    # seconds), board / alight (bool), row (in the file); the text times are dropped
    calendar: pd.DataFrame | None
    calendar_dates: pd.DataFrame | None
    frequencies: pd.DataFrame | None
    transfers: pd.DataFrame | None
    name: str
    parts: tuple[str, ...] = ()  # the file names of a combination, in prefix order

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        """First and last date any service runs, from calendar and calendar_dates."""
        dates = []
        if self.calendar is not None and len(self.calendar):
            dates += [_date(self.calendar["start_date"].min()),
                      _date(self.calendar["end_date"].max())]
        if self.calendar_dates is not None and len(self.calendar_dates):
            added = self.calendar_dates[self.calendar_dates["exception_type"] == 1]["date"]
            if len(added):
                dates += [_date(added.min()), _date(added.max())]
        return (min(dates), max(dates)) if dates else None


def _date(value) -> dt.date:
    s = str(int(value))
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def parse_times(values: pd.Series, file: str, column: str) -> np.ndarray:
    """'HH:MM:SS' (hours may exceed 24, 'H:MM:SS' allowed) -> seconds; -1 where empty.

    Each distinct text is parsed once (a day's stop_times repeat a few ten thousand times
    over millions of rows); an error names the first row holding a bad time."""
    codes, uniq = pd.factorize(values, use_na_sentinel=True)
    text = pd.Series(uniq, dtype=object).astype(str).str.strip()
    empty = (text == "").to_numpy()
    secs = np.full(len(text) + 1, -1, dtype=np.int64)  # the last one for missing values
    full = np.flatnonzero(~empty)
    if len(full):
        parts = text.iloc[full].str.split(":")
        n_parts = parts.str.len().to_numpy()
        padded = parts.where(n_parts == 3, pd.Series([["x"] * 3] * len(parts),
                                                     index=parts.index, dtype=object))
        nums = pd.DataFrame(padded.tolist(), index=parts.index).apply(pd.to_numeric,
                                                                      errors="coerce")
        bad = (nums.isna().any(axis=1) | (nums[1] >= 60) | (nums[2] >= 60)
               | (nums < 0).any(axis=1)).to_numpy()
        if bad.any():
            row = int(np.flatnonzero(np.isin(codes, full[bad]))[0])
            raise GtfsError(msg("{file}, row {row}: {column} '{value}' is not a time "
                                "HH:MM:SS", file=file, row=row + 2, column=column,
                                value=str(values.iloc[row]).strip()))
        secs[full] = (nums[0] * 3600 + nums[1] * 60 + nums[2]).astype(np.int64).to_numpy()
    return secs[codes]


# the columns of stop_times.txt the engine reads (the others, e.g. shape_dist_traveled or
# timepoint, are not kept: millions of rows)
STOP_TIMES_USED = {*REQUIRED["stop_times.txt"], "pickup_type", "drop_off_type"}


def _columns(name: str):
    return (lambda c: c in STOP_TIMES_USED) if name == "stop_times.txt" else None


def _read_tables(path: Path) -> dict[str, pd.DataFrame]:
    wanted = {**REQUIRED, **OPTIONAL}
    tables = {}
    if path.is_dir():
        for name in wanted:
            if (path / name).exists():
                tables[name] = pd.read_csv(path / name, dtype=str, keep_default_na=False,
                                           na_values=[""], encoding="utf-8-sig",
                                           usecols=_columns(name))
    else:
        try:
            z = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, FileNotFoundError) as e:
            raise GtfsError(msg("{path}: not a GTFS zip or folder ({e})", path=path, e=e)) from None
        names = {Path(n).name: n for n in z.namelist()}
        for name in wanted:
            if name in names:
                with z.open(names[name]) as fh:
                    tables[name] = pd.read_csv(io.TextIOWrapper(fh, encoding="utf-8-sig"),
                                               dtype=str, keep_default_na=False,
                                               na_values=[""], usecols=_columns(name))
    return tables


def _check_columns(tables: dict, feed: str) -> None:
    for name in REQUIRED:
        if name not in tables:
            raise GtfsError(msg("{feed}: required file {name} is missing", feed=feed, name=name))
    if "calendar.txt" not in tables and "calendar_dates.txt" not in tables:
        raise GtfsError(msg("{feed}: neither calendar.txt nor calendar_dates.txt is present, "
                            "so no service date can be chosen",
                            feed=feed))
    for name, df in tables.items():
        missing = [c for c in {**REQUIRED, **OPTIONAL}[name] if c not in df.columns]
        if missing and not (name == "transfers.txt"):
            raise GtfsError(msg("{feed}: {name} lacks the column(s) {missing}",
                                feed=feed, name=name, missing=', '.join(missing)))


def read_feed(paths: str | Path | list) -> Feed:
    """Read one feed or combine several (zip files or folders)."""
    paths = [Path(p) for p in (paths if isinstance(paths, (list, tuple)) else [paths])]
    parts = []
    seen: dict = {}
    for k, path in enumerate(paths):
        tables = _read_tables(path)
        _check_columns(tables, path.name)
        _check_not_given_twice(tables, path, seen)
        prefix = f"{k}:" if len(paths) > 1 else ""
        parts.append(_prepare(tables, prefix, path.name))
    if len(parts) == 1:
        return parts[0]
    def cat(attr):
        frames = [getattr(p, attr) for p in parts if getattr(p, attr) is not None]
        return pd.concat(frames, ignore_index=True) if frames else None
    return Feed(cat("stops"), cat("routes"), cat("trips"), cat("stop_times"), cat("calendar"),
                cat("calendar_dates"), cat("frequencies"), cat("transfers"),
                " + ".join(p.name for p in parts), tuple(p.name for p in parts))


def _check_not_given_twice(tables: dict, path: Path, seen: dict) -> None:
    """The same feed given twice would double every trip: refuse it (same trips and stop
    times, whatever the file is called). The stop times are compared in full only for
    feeds with the same trips and as many stop times (hashing them all costs seconds on a
    large feed; the earlier feed's are read again then)."""
    st = tables["stop_times.txt"]
    key = (frozenset(tables["trips.txt"]["trip_id"].astype(str)), len(st))
    other = seen.get(key)
    if other is not None and _content(st) == _content(
            _read_tables(other)["stop_times.txt"]):
        raise GtfsError(msg("{name}: the same feed as {other} (the same trips and stop "
                            "times); it is given twice, which would double every trip. Give "
                            "each feed once",
                            name=path.name, other=other.name))
    seen.setdefault(key, path)


def _content(stop_times: pd.DataFrame) -> int:
    """A fingerprint of a stop_times table's rows, whatever their order."""
    return int(pd.util.hash_pandas_object(stop_times, index=False).sum())


def _prepare(tables: dict, prefix: str, name: str) -> Feed:
    def ids(df, *cols):
        for c in cols:
            if c in df.columns and prefix:
                df[c] = prefix + df[c].astype(str)
        return df

    stops = ids(tables["stops.txt"].copy(), "stop_id", "parent_station")
    stops["stop_lat"] = pd.to_numeric(stops["stop_lat"], errors="coerce")
    stops["stop_lon"] = pd.to_numeric(stops["stop_lon"], errors="coerce")
    routes = ids(tables["routes.txt"].copy(), "route_id")
    trips = ids(tables["trips.txt"].copy(), "route_id", "service_id", "trip_id")
    st = ids(tables.pop("stop_times.txt"), "trip_id", "stop_id")  # read here: no copy
    st["arrival"] = parse_times(st["arrival_time"], f"{name}/stop_times.txt", "arrival_time")
    st["departure"] = parse_times(st["departure_time"], f"{name}/stop_times.txt",
                                  "departure_time")
    seq = pd.to_numeric(st["stop_sequence"], errors="coerce")
    if seq.isna().any():
        row = int(np.flatnonzero(seq.isna().to_numpy())[0])
        raise GtfsError(msg("{name}/stop_times.txt, row {row}: stop_sequence "
                            "'{stop_sequence}' is not a number",
                            name=name, row=row + 2, stop_sequence=st['stop_sequence'].iloc[row]))
    st["stop_sequence"] = seq.astype(np.int64)
    st["row"] = np.arange(len(st)) + 2
    for column, allowed in (("pickup_type", "board"), ("drop_off_type", "alight")):
        st[allowed] = _allowed(st, column, f"{name}/stop_times.txt")
    # a time given only at timepoints: fill arrival/departure from each other
    st.loc[st["arrival"] < 0, "arrival"] = st["departure"]
    st.loc[st["departure"] < 0, "departure"] = st["arrival"]
    st = st.drop(columns=[c for c in ("arrival_time", "departure_time", "pickup_type",
                                      "drop_off_type") if c in st.columns])  # now numbers
    cal = tables.get("calendar.txt")
    if cal is not None:
        cal = ids(cal.copy(), "service_id")
        for c in DAYS + ["start_date", "end_date"]:
            cal[c] = pd.to_numeric(cal[c], errors="coerce").fillna(0).astype(np.int64)
    cd = tables.get("calendar_dates.txt")
    if cd is not None:
        cd = ids(cd.copy(), "service_id")
        cd["date"] = pd.to_numeric(cd["date"], errors="coerce").fillna(0).astype(np.int64)
        cd["exception_type"] = pd.to_numeric(cd["exception_type"], errors="coerce")
    freq = tables.get("frequencies.txt")
    if freq is not None:
        freq = ids(freq.copy(), "trip_id")
        freq["start"] = parse_times(freq["start_time"], f"{name}/frequencies.txt", "start_time")
        freq["end"] = parse_times(freq["end_time"], f"{name}/frequencies.txt", "end_time")
        freq["headway"] = pd.to_numeric(freq["headway_secs"], errors="coerce")
        bad = freq["headway"].isna() | (freq["headway"] <= 0)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise GtfsError(msg("{name}/frequencies.txt, row {row}: headway_secs must be a "
                                "positive number",
                                name=name, row=row + 2))
    tr = tables.get("transfers.txt")
    if tr is not None:
        tr = ids(tr.copy(), "from_stop_id", "to_stop_id")
    return Feed(stops, routes, trips, st, cal, cd, freq, tr, name)


def _allowed(st: pd.DataFrame, column: str, file: str) -> np.ndarray:
    """True where ``pickup_type`` / ``drop_off_type`` lets riders board / alight: empty, 0,
    2 (phone the agency) and 3 (ask the driver); False for 1 (none)."""
    if column not in st.columns:
        return np.ones(len(st), dtype=bool)
    codes, uniq = pd.factorize(st[column], use_na_sentinel=True)  # each text once
    text = pd.Series(uniq, dtype=object).astype(str).str.strip()
    bad = ~text.isin(["", "0", "1", "2", "3"]).to_numpy()
    if bad.any():
        row = int(np.flatnonzero(np.isin(codes, np.flatnonzero(bad)))[0])
        raise GtfsError(msg("{file}, row {row}: {column} '{value}' is not one of 0, 1, 2, 3 "
                            "(or empty)", file=file, row=row + 2, column=column,
                            value=text.iloc[codes[row]]))
    return np.r_[(text != "1").to_numpy(), True][codes]


def active_services(feed: Feed, day: dt.date) -> set[str]:
    """service_ids running on ``day``; a date outside the feed says which dates it covers."""
    services = _services(feed, day)
    if not services:
        covered = feed.date_range()
        span = f"{covered[0]} .. {covered[1]}" if covered else "no dates"
        raise GtfsError(msg("{name}: no service runs on {day}; the feed covers {span}",
                            name=feed.name, day=day, span=span))
    return services


def _services(feed: Feed, day: dt.date) -> set[str]:
    """service_ids running on ``day`` (calendar, then calendar_dates' exceptions)."""
    services: set[str] = set()
    ymd = int(day.strftime("%Y%m%d"))
    if feed.calendar is not None:
        c = feed.calendar
        on = (c["start_date"] <= ymd) & (c["end_date"] >= ymd) & (c[DAYS[day.weekday()]] == 1)
        services |= set(c.loc[on, "service_id"])
    if feed.calendar_dates is not None:
        d = feed.calendar_dates[feed.calendar_dates["date"] == ymd]
        services |= set(d.loc[d["exception_type"] == 1, "service_id"])
        services -= set(d.loc[d["exception_type"] == 2, "service_id"])
    return services


def connections(feed: Feed, day: dt.date, start: int = 0, end: int = DAY - 1) -> pd.DataFrame:
    """Elementary connections departing in [start, end] seconds after midnight of ``day``,
    sorted by departure.

    The timetable is the one a rider meets on the clock of ``day``: the service of ``day``,
    the previous date's trips whose times run past 24:00 (shifted back by 24 h) and, for
    times past 24:00, the next date's trips (shifted forward by 24 h); a trip run on two
    dates is two trips. Columns: trip (int code), dep_stop, arr_stop (stop index in
    ``feed.stops``), dep, arr (seconds), board (riders may board at dep_stop), alight (riders
    may alight at arr_stop). Only trips with a departure in the range are read; those whose
    stop times go backwards in time are refused.
    """
    today = active_services(feed, day)  # the date itself must be served
    st_all = feed.stop_times
    code, trip_ids = pd.factorize(st_all["trip_id"], use_na_sentinel=False)
    service = feed.trips.drop_duplicates("trip_id").set_index("trip_id")["service_id"]
    service = service.reindex(trip_ids)
    template = np.zeros(len(trip_ids), dtype=bool)
    if feed.frequencies is not None:
        template = trip_ids.isin(set(feed.frequencies["trip_id"]))
    dep_all = st_all["departure"].to_numpy()
    runs = []  # (offset of the service date, its trips departing in the range)
    for k in range(int(start // DAY) - 1, int(end // DAY) + 1):
        services = today if k == 0 else _services(feed, day + dt.timedelta(days=k))
        if not services:
            continue
        lo, hi = start - k * DAY, end - k * DAY
        touching = template.copy()
        touching[code[(dep_all >= lo) & (dep_all <= hi)]] = True
        runs.append((k * DAY, touching & service.isin(services).to_numpy()))
    wanted = np.logical_or.reduce([trips for _, trips in runs]) if runs else template & False
    base = _day_connections(feed, st_all[wanted[code]], code[wanted[code]], len(trip_ids))
    parts = []
    for n, (offset, trips) in enumerate(runs):
        dep = base["dep"].to_numpy() + offset
        rows = np.flatnonzero(trips[base["base"].to_numpy()] & (dep >= start) & (dep <= end))
        part = base.iloc[rows]
        parts.append(part.assign(dep=dep[rows], arr=part["arr"].to_numpy() + offset,
                                 run=part["run"].to_numpy() * len(runs) + n))
    conn = pd.concat(parts, ignore_index=True) if parts else base.iloc[:0]
    conn = conn.assign(trip=pd.factorize(conn["run"])[0])
    order = np.lexsort((_zero_time_chain(conn), conn["arr"].to_numpy(), conn["dep"].to_numpy()))
    return conn.iloc[order].drop(columns=["base", "run"]).reset_index(drop=True)


def _zero_time_chain(conn: pd.DataFrame) -> np.ndarray:
    """Per connection, how many zero-duration connections lead into it at the same second
    (0 for the rest). A rider may step from one onto the next at once (same stop, same
    second), so sorting by this after (dep, arr) puts every such pair in riding order."""
    chain = np.zeros(len(conn), dtype=np.int64)
    t = conn["dep"].to_numpy()
    zero = np.flatnonzero(t == conn["arr"].to_numpy())
    if len(zero) < 2:
        return chain
    n = int(max(conn["dep_stop"].max(), conn["arr_stop"].max())) + 1
    key_in = t[zero] * n + conn["arr_stop"].to_numpy()[zero]
    key_out = t[zero] * n + conn["dep_stop"].to_numpy()[zero]
    order = np.argsort(key_out, kind="stable")  # pairs i -> j with key_in[i] == key_out[j]
    first = np.searchsorted(key_out[order], key_in, side="left")
    count = np.searchsorted(key_out[order], key_in, side="right") - first
    if not count.any():
        return chain
    i = np.repeat(np.arange(len(zero)), count)
    j = order[np.repeat(first, count) + np.arange(count.sum())
              - np.repeat(np.cumsum(count) - count, count)]
    i, j = i[i != j], j[i != j]
    level = np.zeros(len(zero), dtype=np.int64)
    for _ in range(len(zero)):  # longest chain; a zero-time loop stops at the cap
        new = level.copy()
        np.maximum.at(new, j, level[i] + 1)
        if (new == level).all() or new.max() > 100:
            break
        level = new
    chain[zero] = level
    return chain


def _day_connections(feed: Feed, st: pd.DataFrame, code: np.ndarray, n_trips: int
                     ) -> pd.DataFrame:
    """Consecutive stop_times of each trip as connections (times of the service day),
    headway-based trips expanded. ``code``: the trip's number per row of ``st``; in the
    result ``base`` is it and ``run`` tells runs apart (base, or n_trips + k for the k-th
    run of a headway-based trip)."""
    order = np.lexsort((st["stop_sequence"].to_numpy(), code))
    st, code = st.iloc[order], code[order]
    stop_index = pd.Series(np.arange(len(feed.stops)), index=feed.stops["stop_id"])
    missing = ~st["stop_id"].isin(stop_index.index)
    if missing.any():
        r = st[missing].iloc[0]
        raise GtfsError(msg("{name}/stop_times.txt, row {row}: stop_id '{stop_id}' is not in "
                            "stops.txt",
                            name=feed.name, row=r['row'], stop_id=r['stop_id']))
    nocoord = feed.stops["stop_lat"].isna() | feed.stops["stop_lon"].isna()
    used_nocoord = st["stop_id"].isin(set(feed.stops.loc[nocoord, "stop_id"]))
    if used_nocoord.any():
        r = st[used_nocoord].iloc[0]
        raise GtfsError(msg("{name}/stops.txt: stop '{stop_id}', used by trip '{trip_id}', "
                            "has no coordinates",
                            name=feed.name, stop_id=r['stop_id'], trip_id=r['trip_id']))
    same = code[1:] == code[:-1]
    dep = st["departure"].to_numpy()
    arr = st["arrival"].to_numpy()
    if (st["arrival"] < 0).any():
        r = st[st["arrival"] < 0].iloc[0]
        raise GtfsError(msg("{name}/stop_times.txt, row {row}: no arrival or departure time "
                            "(interpolating times between timepoints is not supported)",
                            name=feed.name, row=r['row']))
    backwards = same & ((arr[1:] < dep[:-1]) | (dep[:-1] < arr[:-1]))
    if backwards.any():
        i = int(np.flatnonzero(backwards)[0])
        r = st.iloc[i + 1]
        raise GtfsError(msg("{name}/stop_times.txt, row {row}: trip '{trip_id}' arrives "
                            "before it left the previous stop; stop times are out of order",
                            name=feed.name, row=r['row'], trip_id=r['trip_id']))
    stops = stop_index[st["stop_id"].to_numpy()].to_numpy()
    conn = pd.DataFrame({"base": code[:-1][same], "dep_stop": stops[:-1][same],
                         "arr_stop": stops[1:][same], "dep": dep[:-1][same],
                         "arr": arr[1:][same], "board": st["board"].to_numpy()[:-1][same],
                         "alight": st["alight"].to_numpy()[1:][same]})
    conn["run"] = conn["base"]
    return _expand_frequencies(feed, conn, st, code, n_trips)


def _expand_frequencies(feed: Feed, conn: pd.DataFrame, st: pd.DataFrame, code: np.ndarray,
                        n_trips: int) -> pd.DataFrame:
    """Headway-based trips: one copy of the pattern per departure start..end (end excluded)."""
    if feed.frequencies is None or not len(feed.frequencies):
        return conn
    trip_code = pd.Series(code, index=st["trip_id"].to_numpy())
    trip_code = trip_code[~trip_code.index.duplicated()]
    freq = feed.frequencies[feed.frequencies["trip_id"].isin(trip_code.index)]
    templated = np.isin(conn["base"].to_numpy(), trip_code[freq["trip_id"]].to_numpy())
    if not templated.any():
        return conn
    pattern = conn[templated]  # grouped by trip, in stop order
    trips, first_leg, n_legs = np.unique(pattern["base"].to_numpy(), return_index=True,
                                         return_counts=True)
    first_dep = pd.Series(st["departure"].to_numpy()).groupby(code).min()
    first_dep = first_dep.reindex(trips).to_numpy()
    of_freq = trip_code[freq["trip_id"]].to_numpy()
    freq, of_freq = freq[np.isin(of_freq, trips)], of_freq[np.isin(of_freq, trips)]
    spans = freq[["start", "end", "headway"]].to_numpy().astype(np.int64)
    counts = np.maximum(0, -(-(spans[:, 1] - spans[:, 0]) // spans[:, 2]))
    which = np.repeat(np.searchsorted(trips, of_freq), counts)
    starts = (np.repeat(spans[:, 0], counts) + spans[:, 2].repeat(counts)
              * (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)))
    legs_per_run = n_legs[which]
    run = np.repeat(np.arange(len(starts)), legs_per_run)
    step = np.arange(len(run)) - np.repeat(np.cumsum(legs_per_run) - legs_per_run, legs_per_run)
    rows = first_leg[which][run] + step
    shift = (starts - first_dep[which])[run]
    copies = pattern.iloc[rows].assign(run=n_trips + run,
                                       dep=pattern["dep"].to_numpy()[rows] + shift,
                                       arr=pattern["arr"].to_numpy()[rows] + shift)
    return pd.concat([conn[~templated], copies], ignore_index=True)


def transfer_table(feed: Feed) -> pd.DataFrame | None:
    """transfers.txt with stops as indices into ``feed.stops`` (rows naming unknown stops
    are refused)."""
    if feed.transfers is None or not len(feed.transfers):
        return None
    index = pd.Series(np.arange(len(feed.stops)), index=feed.stops["stop_id"])
    t = feed.transfers
    for col in ("from_stop_id", "to_stop_id"):
        bad = ~t[col].isin(index.index)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise GtfsError(msg("{name}/transfers.txt, row {row}: {col} '{value}' is not in "
                                "stops.txt",
                                name=feed.name, row=row + 2, col=col, value=t[col].iloc[row]))
    return pd.DataFrame({"from_stop": index[t["from_stop_id"]].to_numpy(),
                         "to_stop": index[t["to_stop_id"]].to_numpy(),
                         "transfer_type": t.get("transfer_type", pd.Series("0", index=t.index))
                         .to_numpy(),
                         "min_transfer_time": t.get("min_transfer_time",
                                                    pd.Series(np.nan, index=t.index)).to_numpy()})
