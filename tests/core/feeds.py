"""Hand-made GTFS feeds (folders) whose answers are computed by hand in the tests."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

# far apart (about 5.5 km a step), so walking never replaces a ride
STOPS = {"A": 0, "B": 1, "C": 2, "M": 3, "P": 4, "Q": 5}


def write_feed(folder: Path, stop_times: str, calendar: str, trips: str,
               frequencies: str | None = None) -> Path:
    """A feed folder with stops A, B, C, M, P, Q, one route and the given tables."""
    folder.mkdir(parents=True, exist_ok=True)
    stops = "stop_id,stop_name,stop_lat,stop_lon\n" + "".join(
        f"{s},{s},{62.0 + 0.05 * i:.2f},25.0\n" for s, i in STOPS.items())
    files = {"stops.txt": stops, "routes.txt": "route_id,route_type\nR,3\n",
             "trips.txt": "route_id,service_id,trip_id\n" + dedent(trips).strip() + "\n",
             "stop_times.txt": dedent(stop_times).strip() + "\n",
             "calendar.txt": dedent(calendar).strip() + "\n"}
    if frequencies:
        files["frequencies.txt"] = dedent(frequencies).strip() + "\n"
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


CALENDAR = """\
    service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
    MON,1,0,0,0,0,0,0,20240101,20240131
    TUE,0,1,0,0,0,0,0,20240101,20240131
    ALL,1,1,1,1,1,1,1,20240101,20240131
"""


def night_feed(folder: Path) -> Path:
    """Monday 2024-01-15 and Tuesday 2024-01-16 around midnight, A -> B (10 min rides).

    M1 (Monday) A 24:30 -> B 24:40, i.e. Tuesday 00:30 -> 00:40; T1 (Tuesday) A 01:20 ->
    B 01:30; T2 (Tuesday) A 24:50 -> B 25:00 (Wednesday 00:50); F (Monday, headway 30 min
    from 23:30 to 24:31) A -> C in 5 min: runs at 23:30, 24:00, 24:30.
    """
    return write_feed(folder, """\
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        M1,24:30:00,24:30:00,A,1
        M1,24:40:00,24:40:00,B,2
        T1,01:20:00,01:20:00,A,1
        T1,01:30:00,01:30:00,B,2
        T2,24:50:00,24:50:00,A,1
        T2,25:00:00,25:00:00,B,2
        F,23:30:00,23:30:00,A,1
        F,23:35:00,23:35:00,C,2
    """, CALENDAR, """\
        R,MON,M1
        R,TUE,T1
        R,TUE,T2
        R,MON,F
    """, """\
        trip_id,start_time,end_time,headway_secs
        F,23:30:00,24:31:00,1800
    """)


def express_feed(folder: Path, pickup_m: str = "1", drop_off_m: str = "1") -> Path:
    """Every day. Express E: A 08:00 -> M 08:10 -> C 08:20, with ``pickup_m`` /
    ``drop_off_m`` at M; local L: M 08:12 -> B 08:20; slow S: A 08:05 -> B 08:45;
    X: P 09:00 -> Q 09:10 with pickup_type 1 at P; Y: P 09:20 -> Q 09:35."""
    return write_feed(folder, f"""\
        trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type
        E,08:00:00,08:00:00,A,1,0,1
        E,08:10:00,08:10:00,M,2,{pickup_m},{drop_off_m}
        E,08:20:00,08:20:00,C,3,1,0
        L,08:12:00,08:12:00,M,1,,
        L,08:20:00,08:20:00,B,2,,
        S,08:05:00,08:05:00,A,1,0,0
        S,08:45:00,08:45:00,B,2,0,0
        X,09:00:00,09:00:00,P,1,1,0
        X,09:10:00,09:10:00,Q,2,0,0
        Y,09:20:00,09:20:00,P,1,0,0
        Y,09:35:00,09:35:00,Q,2,0,0
    """, CALENDAR, """\
        R,ALL,E
        R,ALL,L
        R,ALL,S
        R,ALL,X
        R,ALL,Y
    """)


def same_second_feed(folder: Path) -> Path:
    """Every day. X: A 08:00 -> M 08:10; Z: M 08:10 -> B 08:10 and Y: B 08:10 -> C 08:10
    (zero-time legs, as minute-rounded timetables have); W: C 08:10 -> Q 08:30. A rider
    steps from each onto the next at the same second: A 08:00 -> Q 08:30."""
    return write_feed(folder, """\
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        X,08:00:00,08:00:00,A,1
        X,08:10:00,08:10:00,M,2
        Y,08:10:00,08:10:00,B,1
        Y,08:10:00,08:10:00,C,2
        Z,08:10:00,08:10:00,M,1
        Z,08:10:00,08:10:00,B,2
        W,08:10:00,08:10:00,C,1
        W,08:30:00,08:30:00,Q,2
    """, CALENDAR, """\
        R,ALL,X
        R,ALL,Y
        R,ALL,Z
        R,ALL,W
    """)
