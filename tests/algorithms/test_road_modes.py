"""Every registered road mode runs in the algorithms, at its position in the MODE enum."""

from __future__ import annotations

import numpy as np
import pytest

from core.roads.modes import MODES, ROAD_MODES
from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")


def _minutes(mode: str, **extra) -> np.ndarray:
    import processing

    register_provider()
    out = processing.run("palveluverkko:nearestfacility", {
        "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
        "FAC_ID": "fac_id", "ROADS": ROADS, "CLASS_FIELD": "highway",
        "MODE": MODES.index(mode), "BANDS": "10", "OUTPUT": "memory:", "SUMMARY": "memory:",
        **extra})
    return np.array([np.inf if r["time_min"] is None else r["time_min"]
                     for r in rows(out["OUTPUT"])])


@pytest.mark.parametrize("mode", ROAD_MODES, ids=lambda m: m.name)
def test_every_mode_runs_at_its_speed(mode):
    base = _minutes(mode.name, ACCESS_SPEED=0)
    assert np.isfinite(base).sum() > 50
    faster = _minutes(mode.name, ACCESS_SPEED=0, **{mode.speed_key: 2 * mode.speed})
    fin = np.isfinite(base)
    if not mode.class_speeds:  # one speed everywhere: twice as fast, half the time
        assert np.allclose(faster[fin], base[fin] / 2, rtol=1e-5, atol=1e-6)

