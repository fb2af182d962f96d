"""Mobile service units (spec (a)): service dates, hours and capacity, route days, coverage.

Tables are pandas DataFrames with the spec's column names:

- units: ``unit_id``, ``visits_per_hour``, ``staff_per_shift``, ``shift_min``, ``setup_min``
- stops: ``stop_id``, ``unit_id``
- schedule: ``stop_id``, ``weekday`` (1 = Monday ... 7 = Sunday), ``time_start``,
  ``time_end`` (HH:MM), ``period_weeks``, ``first_date``, ``valid_from``, ``valid_to``
  (ISO dates), ``route_day_id``, ``seq``

Every check names the table, the row (0-based, as listed) and the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..messages import msg


class ChannelInputError(ValueError):
    """Bad channel input; the message names the table, row and value."""


def hhmm(value, table: str, row: int, field: str) -> int:
    """'09:30' -> 570 minutes after midnight; 24:00 is the end of the day."""
    text = str(value).strip()
    try:
        h, m = (int(v) for v in text.split(":")[:2])
    except ValueError:
        h, m = -1, -1
    if not (0 <= h <= 24 and 0 <= m <= 59) or (h == 24 and m):
        raise ChannelInputError(msg("{table}, row {row}: {field} '{value}' is not a time "
                                    "HH:MM between 00:00 and 24:00.",
                                    table=table, row=row, field=field, value=value))
    return h * 60 + m


def as_date(value, table: str, row: int, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ChannelInputError(msg("{table}, row {row}: {field} '{value}' is not a date "
                                    "YYYY-MM-DD.",
                                    table=table, row=row, field=field, value=value)) from None


def missing(value) -> bool:
    """None, NaN or empty text."""
    return value is None or value == "" or (isinstance(value, float) and np.isnan(value))


def non_negative(frame: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    """Numbers >= 0 in ``columns``, else an error naming the row and value."""
    for col in columns:
        if col not in frame:
            raise ChannelInputError(msg("{table}: column '{col}' is missing.",
                                        table=table, col=col))
        values = pd.to_numeric(frame[col], errors="coerce").to_numpy(float)
        bad = np.flatnonzero(~(values >= 0))
        if len(bad):
            r = int(bad[0])
            raise ChannelInputError(msg("{table}, row {r}: {col} is {value!r}; it must be a "
                                        "number >= 0.",
                                        table=table, r=r, col=col, value=frame[col].iloc[r]))


def service_dates(first: dt.date, period_weeks: int, valid_from: dt.date, valid_to: dt.date,
                  holidays: Iterable[dt.date] = (), year: int | None = None) -> list[dt.date]:
    """first + k * 7 * period_weeks up to valid_to, from valid_from, minus holidays (and
    only in ``year`` when given)."""
    step = dt.timedelta(days=7 * period_weeks)
    skip = set(holidays)
    out, day = [], first
    while day <= valid_to:
        if day >= valid_from and day not in skip and (year is None or day.year == year):
            out.append(day)
        day += step
    return out


def check_schedule(schedule: pd.DataFrame, stops: pd.DataFrame, units: pd.DataFrame
                   ) -> pd.DataFrame:
    """The schedule with parsed columns (start/end minutes, dates, unit), after checks:
    times, dates and weekdays, periods, known stops, stops with a unit, and no unit
    at two stops at once."""
    non_negative(units, ("visits_per_hour", "staff_per_shift", "shift_min", "setup_min"),
                 msg("Mobile units"))
    known_units = set(units["unit_id"])
    for r, (sid, uid) in enumerate(zip(stops["stop_id"], stops["unit_id"])):
        if missing(uid) or uid not in known_units:
            raise ChannelInputError(msg("Mobile stops, row {r} (stop {sid!r}): unit {uid!r} "
                                        "is not in the unit table; every stop needs its "
                                        "unit.",
                                        r=r, sid=sid, uid=uid))
    unit_of = dict(zip(stops["stop_id"], stops["unit_id"]))
    setup = dict(zip(units["unit_id"], units["setup_min"].astype(float)))
    t = msg("Stop schedule")
    rows = []
    for r, rec in enumerate(schedule.to_dict("records")):
        if rec["stop_id"] not in unit_of:
            raise ChannelInputError(msg("{t}, row {r}: stop {stop_id!r} is not in the stop "
                                        "layer.",
                                        t=t, r=r, stop_id=rec['stop_id']))
        start = hhmm(rec["time_start"], t, r, "time_start")
        end = hhmm(rec["time_end"], t, r, "time_end")
        if end <= start:
            raise ChannelInputError(msg("{t}, row {r}: time_end {time_end} is not after "
                                        "time_start {time_start}.",
                                        t=t, r=r, time_end=rec['time_end'],
                                        time_start=rec['time_start']))
        unit = unit_of[rec["stop_id"]]
        if end - start < setup[unit]:
            raise ChannelInputError(msg("{t}, row {r}: the stop is open {open_min} min, less than "
                                        "unit {unit!r}'s setup time {setup:g} min.",
                                        t=t, r=r, open_min=end - start, unit=unit,
                                        setup=setup[unit]))
        weekday = rec["weekday"]
        if weekday not in range(1, 8):
            raise ChannelInputError(msg("{t}, row {r}: weekday {weekday!r} is not 1 (Monday) "
                                        "to 7 (Sunday).",
                                        t=t, r=r, weekday=weekday))
        period = rec["period_weeks"]
        if not (float(period) == int(period) and int(period) >= 1):
            raise ChannelInputError(msg("{t}, row {r}: period_weeks {period!r} is not a "
                                        "whole number of weeks >= 1.",
                                        t=t, r=r, period=period))
        first = as_date(rec["first_date"], t, r, "first_date")
        if first.isoweekday() != weekday:
            raise ChannelInputError(msg("{t}, row {r}: first_date {first} is a {day_name}, "
                                        "not weekday {weekday}.",
                                        t=t, r=r, first=first, day_name=first.strftime('%A'),
                                        weekday=weekday))
        vfrom = first if missing(rec.get("valid_from")) else as_date(
            rec["valid_from"], t, r, "valid_from")
        vto = as_date(rec["valid_to"], t, r, "valid_to")
        if vto < vfrom:
            raise ChannelInputError(msg("{t}, row {r}: valid_to {vto} is before valid_from "
                                        "{vfrom}.",
                                        t=t, r=r, vto=vto, vfrom=vfrom))
        rows.append(dict(rec, row=r, unit_id=unit, start=start, end=end, first=first,
                         vfrom=vfrom, vto=vto, period=int(period)))
    out = pd.DataFrame(rows)
    _no_overlaps(out)
    return out


def _no_overlaps(s: pd.DataFrame) -> None:
    """One unit cannot serve two schedule rows at the same time on the same date."""
    if s.empty:
        return
    for _, g in s.groupby("unit_id", sort=False):
        recs = g.to_dict("records")
        dates = [set(service_dates(x["first"], x["period"], x["vfrom"], x["vto"]))
                 for x in recs]
        for a in range(len(recs)):
            for b in range(a + 1, len(recs)):
                x, y = recs[a], recs[b]
                if x["start"] < y["end"] and y["start"] < x["end"]:
                    both = dates[a] & dates[b]
                    if both:
                        raise ChannelInputError(
                            msg("Stop schedule, rows {row} and {row2}: unit {unit_id!r} "
                                "would be at stops {stop_id!r} ({time_start}-{time_end}) and "
                                "{stop_id2!r} ({time_start2}-{time_end2}) on {date}.",
                                row=x['row'], row2=y['row'], unit_id=x['unit_id'],
                                stop_id=x['stop_id'], time_start=x['time_start'],
                                time_end=x['time_end'], stop_id2=y['stop_id'],
                                time_start2=y['time_start'], time_end2=y['time_end'],
                                date=min(both)))


def stop_table(schedule: pd.DataFrame, stops: pd.DataFrame, units: pd.DataFrame, year: int,
               holidays: Iterable[dt.date] = ()) -> pd.DataFrame:
    """Per stop: ``n_visits_y``, ``hours_y`` (open minus setup), ``capacity_y`` (visits),
    ``staff_hours_y`` (hours x staff: the supply of the accessibility index),
    ``interval_days`` and ``expected_wait_days`` (half the interval)."""
    s = check_schedule(schedule, stops, units)
    u = units.set_index("unit_id")
    holidays = list(holidays)
    out = []
    for stop_id, unit in zip(stops["stop_id"], stops["unit_id"]):
        mine = s[s["stop_id"] == stop_id] if not s.empty else s
        n = hours = per_day = 0.0
        for x in mine.to_dict("records"):
            k = len(service_dates(x["first"], x["period"], x["vfrom"], x["vto"], holidays,
                                  year))
            n += k
            hours += k * (x["end"] - x["start"] - float(u.at[unit, "setup_min"])) / 60
            per_day += 1 / (7 * x["period"])  # visits per day of the timetable
        interval = 1 / per_day if per_day else np.nan
        out.append(dict(stop_id=stop_id, unit_id=unit, n_visits_y=int(n), hours_y=hours,
                        capacity_y=hours * float(u.at[unit, "visits_per_hour"]),
                        staff_hours_y=hours * float(u.at[unit, "staff_per_shift"]),
                        interval_days=interval, expected_wait_days=interval / 2))
    return pd.DataFrame(out)


def route_days(schedule: pd.DataFrame, stops: pd.DataFrame, units: pd.DataFrame,
               depot: dict, minutes, km=None) -> pd.DataFrame:
    """Per ``route_day_id``: the unit drives depot -> stops in ``seq`` order -> depot.

    ``minutes(a, b)`` / ``km(a, b)`` give drive minutes / km between places (stop ids, or
    ``depot[unit_id]`` for the depot). T_day = drive + the stops' open hours; ``route_ok``
    when T_day <= shift_min and each arrival (leaving a stop at its end time) is no later
    than the next stop's start. ``late`` lists the stops reached late."""
    s = check_schedule(schedule, stops, units)
    u = units.set_index("unit_id")
    out = []
    for day, g in s.groupby("route_day_id", sort=True):
        g = g.sort_values("seq")
        unit = g["unit_id"].iloc[0]
        if (g["unit_id"] != unit).any():
            raise ChannelInputError(msg("Stop schedule, route day {day!r}: stops of "
                                        "different units ({units}).",
                                        day=day, units=", ".join(map(repr, g["unit_id"].unique()))))
        places = [depot[unit]] + list(g["stop_id"]) + [depot[unit]]
        legs = [float(minutes(a, b)) for a, b in zip(places[:-1], places[1:])]
        dist = sum(float(km(a, b)) for a, b in zip(places[:-1], places[1:])) if km else np.nan
        open_min = float((g["end"] - g["start"]).sum())
        late = [sid for sid, prev_end, leg, start in zip(
            g["stop_id"].iloc[1:], g["end"].iloc[:-1], legs[1:-1], g["start"].iloc[1:])
            if prev_end + leg > start + 1e-9]
        total = sum(legs) + open_min
        shift = float(u.at[unit, "shift_min"])
        out.append(dict(route_day_id=day, unit_id=unit, stops=len(g), drive_min=sum(legs),
                        route_km=dist, open_min=open_min, t_day_min=total,
                        slack_min=shift - total, route_ok=int(total <= shift and not late),
                        late=",".join(map(str, late))))
    return pd.DataFrame(out)


def coverage(minutes: np.ndarray, pop: np.ndarray, max_minutes: float,
             pop75: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cells within ``max_minutes`` of a stop, each counted once for its nearest stop.

    ``minutes``: (cells, stops), inf where unreachable. Returns the nearest covering stop
    per cell (-1 none), population covered per stop and 75+ population covered per stop."""
    m = np.asarray(minutes, float)
    nearest = np.argmin(m, axis=1) if m.shape[1] else np.zeros(len(m), int)
    best = m[np.arange(len(m)), nearest] if m.shape[1] else np.full(len(m), np.inf)
    stop = np.where(best <= max_minutes, nearest, -1)
    ok = stop >= 0
    per = np.bincount(stop[ok], weights=np.asarray(pop, float)[ok], minlength=m.shape[1])
    old = np.zeros(m.shape[1]) if pop75 is None else np.bincount(
        stop[ok], weights=np.asarray(pop75, float)[ok], minlength=m.shape[1])
    return stop, per, old
