"""Core checks of issue 17 that need no QGIS: a feed given twice, cache keys on content,
roads without class or speed field."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from core.cache import file_signature
from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from core.transit.gtfs import GtfsError, read_feed
from tests.osm_data import SHARED

KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
SAO_PAULO = SHARED / "sao_paulo" / "spo_gtfs.zip"


def test_the_same_feed_given_twice_is_refused(tmp_path):
    copy = tmp_path / "kuopio_copy.zip"
    shutil.copy(KUOPIO, copy)
    with pytest.raises(GtfsError, match=r"kuopio_copy.zip: the same feed as "
                                        r"gtfs_kuopio_finland.zip .* given twice"):
        read_feed([KUOPIO, copy])
    with pytest.raises(GtfsError, match="given twice"):
        read_feed([KUOPIO, KUOPIO])


def test_two_different_feeds_still_combine():
    feed = read_feed([KUOPIO, SAO_PAULO])
    assert len(feed.trips) == len(read_feed(KUOPIO).trips) + len(read_feed(SAO_PAULO).trips)


def test_file_signature_changes_when_a_file_is_rewritten(tmp_path):
    f = tmp_path / "feed.zip"
    f.write_bytes(b"one")
    before = file_signature(f)
    f.write_bytes(b"two!")  # other content, other size
    assert file_signature(f) != before
    again = file_signature(f)
    os.utime(f, ns=(1, 1))  # same size, other time
    assert file_signature(f) != again
    folder = tmp_path / "gtfs"
    folder.mkdir()
    (folder / "stops.txt").write_text("a")
    sig = file_signature(folder)
    (folder / "stops.txt").write_text("ab")
    assert file_signature(folder) != sig
    assert file_signature(tmp_path / "missing.zip") == ((str(tmp_path / "missing.zip"), None),)


@pytest.mark.parametrize("mode, speed", [("car", 40.0), ("walk", 5.0), ("bike", 15.0)])
def test_roads_without_class_or_speed_field_get_the_default_speed(mode, speed):
    profile = make_profile(mode, None)
    assert profile.speeds(None, None).tolist() == [speed]
    # a 1 km line: 1000 m at the default speed of the mode
    lines = LineInput(np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([2]), np.array([0]))
    net = build_network(lines)
    graph = net.graph(profile)
    assert graph.usable.all()


def test_same_trips_with_other_stop_times_still_combine(tmp_path):
    """Two feeds with the same trips and as many stop times, one time changed: not the same
    feed (the stop times are compared in full when the trips match)."""
    import zipfile

    changed = tmp_path / "kuopio_changed.zip"
    with zipfile.ZipFile(KUOPIO) as src, zipfile.ZipFile(changed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith("stop_times.txt"):
                lines = data.decode("utf-8-sig").splitlines()
                header = lines[0].split(",")
                row = lines[1].split(",")
                i = header.index("arrival_time")
                h, m, sec = row[i].split(":")
                row[i] = f"{h}:{m}:{(int(sec) + 1) % 60:02d}"
                data = "\n".join([lines[0], ",".join(row), *lines[2:]]).encode()
            dst.writestr(item, data)
    feed = read_feed([KUOPIO, changed])
    assert len(feed.trips) == 2 * len(read_feed(KUOPIO).trips)
