"""A second process (here: after the in-memory cache is emptied) reads the built road network
from the disk cache instead of building it again, with the same results."""

from __future__ import annotations

import pytest

from tests.algorithms.test_sample import FACILITIES, NETWORK, POPULATION, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")


def nearest(feedback=None):
    import processing
    from qgis.core import QgsProcessingContext

    from tests.qgis_helpers import register_provider

    register_provider()
    params = dict(INPUT=POPULATION, POP_FIELD="vaesto", FACILITIES=FACILITIES,
                  FAC_ID="fac_id", MODE=0, BANDS="10,20", OUTPUT="memory:",
                  SUMMARY="memory:", **NETWORK)
    res = processing.run("palveluverkko:nearestfacility", params,
                         context=QgsProcessingContext(), feedback=feedback)
    return [(r["fac_id"], r["time_min"]) for r in rows(res["OUTPUT"])]


class Log:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class F(QgsProcessingFeedback):
            def pushInfo(inner, text):  # noqa: N802, N805
                self.lines.append(text)

        self.lines: list[str] = []
        self.feedback = F()


def test_second_run_reads_the_network_from_disk(tmp_path, monkeypatch):
    from palveluverkko.algorithms import roads

    monkeypatch.setenv(roads.CACHE_ENV, str(tmp_path))
    roads.NETWORKS.clear()
    first = Log()
    before = nearest(first.feedback)
    assert any("stored in the disk cache" in t for t in first.lines)
    assert len(list(tmp_path.glob("network-*.npz"))) == 1
    roads.NETWORKS.clear()  # as a new process would start
    second = Log()
    assert nearest(second.feedback) == before
    assert any("read from the disk cache" in t for t in second.lines)
    assert not any("Reading the road network" in t for t in second.lines)
    # damaged: ignored, built again and stored again
    path = next(tmp_path.glob("network-*.npz"))
    path.write_bytes(b"garbage")
    roads.NETWORKS.clear()
    third = Log()
    assert nearest(third.feedback) == before
    assert any("Reading the road network" in t for t in third.lines)
    assert path.stat().st_size > 1000
    roads.NETWORKS.clear()


def test_switched_off_never_writes(tmp_path, monkeypatch):
    from palveluverkko.algorithms import roads

    monkeypatch.setenv(roads.CACHE_ENV, "off")
    assert roads.network_disk_cache() is None
    monkeypatch.setenv(roads.CACHE_ENV, str(tmp_path))
    assert roads.network_disk_cache().folder == tmp_path
