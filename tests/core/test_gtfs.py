"""GTFS reading on the real Kuopio and São Paulo feeds, and broken feeds."""

from __future__ import annotations

import zipfile
from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.transit.gtfs import GtfsError, active_services, connections, parse_times, read_feed
from tests.osm_data import SHARED

KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
SAO_PAULO = SHARED / "sao_paulo" / "spo_gtfs.zip"


def test_times_past_midnight_and_bad_times():
    got = parse_times(pd.Series(["07:05:09", "25:00:00", "7:00:00", None]), "f", "c")
    assert got.tolist() == [7 * 3600 + 309, 25 * 3600, 7 * 3600, -1]
    with pytest.raises(GtfsError, match=r"f, row 3: c '7\.30' is not a time"):
        parse_times(pd.Series(["07:00:00", "7.30"]), "f", "c")



def test_times_parsed_once_per_text_match_row_by_row():
    """Distinct texts parsed once (the reader's speed on millions of stop_times): the same
    seconds as parsing every row, and a bad time found late names its own row."""
    rng = np.random.default_rng(0)
    h, m, s = rng.integers(0, 30, 5000), rng.integers(0, 60, 5000), rng.integers(0, 60, 5000)
    texts = [f"{a}:{b:02d}:{c:02d}" if a % 7 else f" {a:02d}:{b:02d}:{c:02d} "
             for a, b, c in zip(h, m, s)]
    texts[17] = None
    got = parse_times(pd.Series(texts), "f", "c")
    want = np.where(np.arange(5000) == 17, -1, h * 3600 + m * 60 + s)
    assert np.array_equal(got, want)
    for bad in ("07:00:00:00", "07:61:00", "12:30", "-1:00:00"):
        with pytest.raises(GtfsError, match=rf"f, row 4003: c '{bad}' is not a time"):
            parse_times(pd.Series(texts[:4000] + [texts[0], bad, texts[1]]), "f", "c")

def test_kuopio_connections_follow_stop_times():
    feed = read_feed(KUOPIO)
    conn = connections(feed, date(2016, 11, 1), 7 * 3600, 9 * 3600)
    assert len(conn) > 3000 and (conn["arr"] >= conn["dep"]).all()
    assert conn["dep"].is_monotonic_increasing
    # every connection is a pair of consecutive stop_times of an active trip
    services = active_services(feed, date(2016, 11, 1))
    trips = set(feed.trips.loc[feed.trips.service_id.isin(services), "trip_id"])
    st = feed.stop_times[feed.stop_times.trip_id.isin(trips)].sort_values(
        ["trip_id", "stop_sequence"])
    nxt = st.groupby("trip_id").shift(-1)
    pairs = st.assign(arr_next=nxt["arrival"], stop_next=nxt["stop_id"]).dropna(
        subset=["stop_next"])
    pairs = pairs[(pairs.departure >= 7 * 3600) & (pairs.departure <= 9 * 3600)]
    assert len(pairs) == len(conn)
    ids = feed.stops["stop_id"].to_numpy()
    got = sorted(zip(ids[conn.dep_stop], ids[conn.arr_stop], conn.dep, conn.arr))
    want = sorted(zip(pairs.stop_id, pairs.stop_next, pairs.departure,
                      pairs.arr_next.astype(int)))
    assert got == want


def test_sunday_runs_other_services_and_dates_outside_are_named():
    feed = read_feed(KUOPIO)
    assert active_services(feed, date(2016, 11, 6)) != active_services(feed, date(2016, 11, 1))
    with pytest.raises(GtfsError, match=r"covers 2016-10-24 \.\. 2017-06-04"):
        connections(feed, date(2018, 1, 1))


def test_sao_paulo_frequencies_are_expanded():
    feed = read_feed(SAO_PAULO)
    day = date(2019, 10, 1)
    conn = connections(feed, day, 0, 48 * 3600)
    freq = feed.frequencies
    trip = freq["trip_id"].iloc[0]
    rows = freq[freq.trip_id == trip]
    expected = sum(len(range(int(s), int(e), int(h))) for s, e, h in
                   rows[["start", "end", "headway"]].to_numpy())
    st = feed.stop_times[feed.stop_times.trip_id == trip]
    legs = len(st) - 1
    first = st["departure"].min()
    starts = np.concatenate([np.arange(int(s), int(e), int(h)) for s, e, h in
                             rows[["start", "end", "headway"]].to_numpy()])
    st = st.sort_values("stop_sequence")
    stop_pos = pd.Series(np.arange(len(feed.stops)), index=feed.stops.stop_id)
    a, b = stop_pos[st.stop_id.iloc[0]], stop_pos[st.stop_id.iloc[1]]
    leg = int(st.arrival.iloc[1] - first)
    found = set(zip(conn.dep_stop, conn.arr_stop, conn.dep, conn.arr))
    assert all((a, b, s0, s0 + leg) in found for s0 in starts)
    assert expected == len(starts) and legs > 0


def _broken(tmp_path, edit) -> str:
    out = tmp_path / "feed.zip"
    with zipfile.ZipFile(KUOPIO) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            text = src.read(name).decode("utf-8-sig")
            text = edit(name, text)
            if text is not None:
                dst.writestr(name, text)
    return out


def test_broken_feeds_name_file_and_row(tmp_path):
    with pytest.raises(GtfsError, match="required file stops.txt is missing"):
        read_feed(_broken(tmp_path, lambda n, t: None if n == "stops.txt" else t))
    with pytest.raises(GtfsError, match="stop_times.txt lacks the column"):
        read_feed(_broken(tmp_path, lambda n, t: t.replace("stop_sequence", "seq")
                          if n == "stop_times.txt" else t))

    def swap(name, text):
        if name != "stop_times.txt":
            return text
        lines = text.splitlines()
        lines[2] = lines[2].replace("06:23:00,06:23:00", "06:10:00,06:10:00")
        return "\n".join(lines)

    with pytest.raises(GtfsError, match=r"stop_times.txt, row 3: trip .* out of order"):
        connections(read_feed(_broken(tmp_path, swap)), date(2016, 11, 1))

    def no_coords(name, text):
        if name != "stops.txt":
            return text
        lines = text.splitlines()
        header = lines[0].split(",")
        lat = header.index("stop_lat")
        cells = lines[1].split(",")
        cells[lat] = ""
        lines[1] = ",".join(cells)
        return "\n".join(lines)

    feed = read_feed(_broken(tmp_path, no_coords))
    with pytest.raises(GtfsError, match="has no coordinates"):
        connections(feed, date(2016, 11, 1))


def test_two_feeds_combine_with_unique_ids():
    feed = read_feed([KUOPIO, SAO_PAULO])
    assert feed.stops["stop_id"].is_unique
    assert len(feed.stops) == len(read_feed(KUOPIO).stops) + len(read_feed(SAO_PAULO).stops)
