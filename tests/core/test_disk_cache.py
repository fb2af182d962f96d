"""The disk cache of built road networks: round trip, damaged, foreign, old and hostile files,
two processes writing at once."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core import cache as cache_mod
from core.cache import NetworkDiskCache
from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from core.roads.search import Router

ROOT = Path(__file__).resolve().parents[2]
KEY = {"source": "/data/roads.gpkg|layername=roads", "size": 123, "mtime": 456,
       "fields": ["highway", "maxspeed", "oneway"], "tolerance": 0.5}


def small_net():
    parts = [np.array([[0, 0], [100, 0], [200, 0]]), np.array([[100, 0], [100, 150]]),
             np.array([[200, 0], [200, 80], [260, 120]]), np.array([[0, 0], [0, 90]])]
    lines = LineInput.from_parts(parts, [0, 1, 2, 2],
                                 classes=np.array(["primary", "residential", "service"],
                                                  dtype=object),
                                 speeds=np.array([np.nan, 30.0, np.nan]),
                                 oneway=np.array([0, 1, 0], dtype=np.int8))
    net = build_network(lines)
    net.notes.append("a note for the user")
    return net


def same_network(a, b) -> None:
    for name in cache_mod._NET_ARRAYS:
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
        assert getattr(a, name).dtype == getattr(b, name).dtype
    for name in ("xy", "sizes", "feature", "speeds", "oneway"):
        np.testing.assert_array_equal(getattr(a.lines, name), getattr(b.lines, name))
    assert list(a.lines.classes) == list(b.lines.classes)
    assert b.lines.classes.dtype == object
    assert a.notes == b.notes


def test_round_trip_gives_the_same_network_and_times(tmp_path):
    net = small_net()
    disk = NetworkDiskCache(tmp_path)
    path = disk.save(KEY, net)
    assert path is not None and path.exists() and path.suffix == ".npz"
    back = disk.load(KEY)
    same_network(net, back)
    profile = make_profile("car", "osm")
    r1, r2 = Router(net, profile, None), Router(back, profile, None)
    f1, f2 = r1.snap([0.0], [10.0]), r2.snap([0.0], [10.0])
    p1, p2 = r1.snap([250.0, 90.0], [110.0, 140.0]), r2.snap([250.0, 90.0], [110.0, 140.0])
    np.testing.assert_array_equal(r1.times(f1, p1)[0], r2.times(f2, p2)[0])
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left behind


def test_other_key_misses_and_missing_folder_is_fine(tmp_path):
    disk = NetworkDiskCache(tmp_path / "not" / "yet")
    assert disk.load(KEY) is None
    disk.save(KEY, small_net())
    assert disk.load({**KEY, "mtime": 457}) is None
    assert disk.load(KEY) is not None


def test_damaged_file_is_ignored_and_rebuilt(tmp_path):
    disk = NetworkDiskCache(tmp_path)
    path = disk.save(KEY, small_net())
    data = path.read_bytes()
    for broken in (b"", b"not a zip at all", data[: len(data) // 2],
                   data[:200] + bytes(len(data) - 200)):
        path.write_bytes(broken)
        assert disk.load(KEY) is None
    assert disk.save(KEY, small_net()) == path  # the next build replaces it
    assert disk.load(KEY) is not None


def rewrite(path: Path, header_change: dict | None = None, **arrays) -> None:
    """Rewrite a cache file with a changed header or arrays."""
    with np.load(path, allow_pickle=False) as data:
        content = {k: data[k] for k in data.files}
    header = json.loads(bytes(content["header"]).decode())
    header.update(header_change or {})
    content["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    content.update(arrays)
    with open(path, "wb") as f:
        np.savez(f, **content)


@pytest.mark.parametrize("change", [{"version": cache_mod.NETWORK_VERSION - 1},
                                    {"version": cache_mod.NETWORK_VERSION + 1},
                                    {"format": "someone-else"},
                                    {"key": "another layer"}])
def test_old_version_or_foreign_file_is_ignored(tmp_path, change):
    disk = NetworkDiskCache(tmp_path)
    path = disk.save(KEY, small_net())
    rewrite(path, change)
    assert disk.load(KEY) is None


def test_arrays_that_do_not_fit_are_ignored(tmp_path):
    disk = NetworkDiskCache(tmp_path)
    path = disk.save(KEY, small_net())
    rewrite(path, e_to=np.array([0, 1, 99]))  # a node that does not exist
    assert disk.load(KEY) is None
    path = disk.save(KEY, small_net())
    rewrite(path, vx=np.zeros(2))  # fewer vertices than the edges use
    assert disk.load(KEY) is None


class Trap:
    """Unpickling this writes a marker file: the test fails if that ever happens."""

    marker = ""

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "unpickled!"))


def test_a_pickle_inside_is_never_unpickled(tmp_path):
    marker = tmp_path / "marker.txt"
    Trap.marker = str(marker)
    disk = NetworkDiskCache(tmp_path / "cache")
    path = disk.save(KEY, small_net())
    hostile = np.empty(3, dtype=object)
    hostile[:] = [Trap(), Trap(), Trap()]
    assert b"marker.txt" in pickle.dumps(hostile)  # the trap works when unpickled
    for name in ("vx", "line_classes", "header"):
        path = disk.save(KEY, small_net())
        with np.load(path, allow_pickle=False) as data:
            content = {k: data[k] for k in data.files}
        content[name] = hostile
        with open(path, "wb") as f:
            np.savez(f, **content)  # numpy pickles object arrays into the .npy
        assert disk.load(KEY) is None
    # and a raw pickle file under the cache's name
    path.write_bytes(pickle.dumps({"header": hostile}))
    assert disk.load(KEY) is None
    assert not marker.exists()


WRITER = """
import sys
sys.path.insert(0, {root!r})
from tests.core.test_disk_cache import small_net, KEY
from core.cache import NetworkDiskCache
disk = NetworkDiskCache({folder!r})
net = small_net()
for _ in range(40):
    assert disk.save(KEY, net) is not None
    disk.load(KEY)
"""


def test_two_processes_writing_at_once_leave_a_valid_cache(tmp_path):
    code = WRITER.format(root=str(ROOT), folder=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    disk = NetworkDiskCache(tmp_path)
    same_network(small_net(), disk.load(KEY))
    assert [p.name for p in tmp_path.iterdir()] == [disk.path(KEY).name]


def test_prune_keeps_the_most_recently_used(tmp_path):
    disk = NetworkDiskCache(tmp_path, keep=2)
    net = small_net()
    for i in range(4):
        disk.save({**KEY, "i": i}, net)
    assert len(list(tmp_path.glob("*.npz"))) == 2
    assert disk.load({**KEY, "i": 3}) is not None and disk.load({**KEY, "i": 0}) is None


def test_classes_that_are_not_text_are_not_stored(tmp_path):
    net = small_net()
    net.lines.classes = np.array(["primary", None, 3], dtype=object)
    assert NetworkDiskCache(tmp_path).save(KEY, net) is None
    assert not list(tmp_path.iterdir())
