"""The Optimise service network algorithm on the sample data."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from core.optimise.locate import pmedian_exact
from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
BASE = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
        "POP_FIELD": "population", "ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway",
        "THRESHOLDS": "5,10", "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
        "SUMMARY": "memory:", "EQUITY": "memory:", "SITES": "memory:"}


def run(tmp_path, feedback=None, **params):
    import processing

    register_provider()
    return processing.run("palveluverkko:optimisenetwork",
                          {**BASE, "REPORT": str(tmp_path / "opt.html"), **params},
                          feedback=feedback)


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)


def test_pmedian_keeps_the_optimal_sites(tmp_path):
    from palveluverkko.algorithms.travel_times import MATRICES as TIMES

    log = Log()
    res = run(tmp_path, log, PROBLEM=0, P=4, MUST_OPEN="1")
    sites = rows(res["SITES"])
    chosen = [s["site_id"] for s in sites if s["chosen"]]
    assert len(chosen) == 4 and 1 in chosen
    # the heuristic's Lagrangian bound proves it optimal: the MILP is not needed
    assert res["SOLVER"] == "heuristic"
    assert "proven optimal (bound" in (tmp_path / "opt.html").read_text()
    assert any(line.startswith("Solver: heuristic; objective") and "proven optimal (bound"
               in line for line in log.lines)
    cells = rows(res["OUTPUT"])
    minutes = TIMES.last_used()  # the minutes matrix the run used
    pop = np.array([c["population"] for c in cells])
    ref = pmedian_exact(minutes.astype(float), pop, 4, must_open=[0])
    assert res["OBJECTIVE"] == pytest.approx(ref.objective, rel=1e-6)
    # cells are allocated to chosen sites only, and loads add up
    assert {c["fac_after"] for c in cells if c["fac_after"] is not None} <= set(chosen)
    assert sum(s["population"] for s in sites) == pytest.approx(
        sum(c["population"] for c in cells if c["fac_after"] is not None))
    assert (tmp_path / "opt.html").read_text().count("<img") == 2


def test_coverage_set_cover_and_center(tmp_path):
    cov = run(tmp_path, PROBLEM=1, P=2, THRESHOLD=8, MUST_CLOSE="3")
    chosen = [s["site_id"] for s in rows(cov["SITES"]) if s["chosen"]]
    assert len(chosen) == 2 and 3 not in chosen
    cells = rows(cov["OUTPUT"])
    covered = sum(c["population"] for c in cells if c["min_after"] is not None
                  and c["min_after"] <= 8)
    assert cov["OBJECTIVE"] == pytest.approx(covered)
    sc = run(tmp_path, PROBLEM=2, THRESHOLD=10, SHARE=0.4)
    assert sc["OBJECTIVE"] == len([s for s in rows(sc["SITES"]) if s["chosen"]])
    pc = run(tmp_path, PROBLEM=3, P=3)
    worst = max(c["min_after"] for c in rows(pc["OUTPUT"]) if c["min_after"] is not None)
    assert pc["OBJECTIVE"] == pytest.approx(worst, abs=1e-4)


def test_bad_input(tmp_path):
    with pytest.raises(QgsProcessingException, match="no site has the id '99'"):
        run(tmp_path, MUST_OPEN="99")
    with pytest.raises(QgsProcessingException, match="Use rates: cannot read"):
        run(tmp_path, USE_RATES="population")
    with pytest.raises(QgsProcessingException, match="even all sites cover only 43.7%"):
        run(tmp_path, PROBLEM=2, THRESHOLD=10, SHARE=0.9)
    with pytest.raises(QgsProcessingException, match="does not fit"):
        run(tmp_path, P=40)


def test_capacities_are_respected(tmp_path):
    from qgis.core import QgsVectorLayer

    from core.optimise.locate import capacitated_assignment

    # demand as visits: 0.1 per resident, so that five sites' capacities can hold it
    res = run(tmp_path, PROBLEM=0, P=5, CAPACITY_FIELD="capacity", USE_RATES="population=0.1")
    assert res["SOLVER"].startswith(("exact", "heuristic"))
    capacity = {f["fac_id"]: f["capacity"] for f in QgsVectorLayer(FACILITIES, "f", "ogr")
                .getFeatures()}
    sites = rows(res["SITES"])
    chosen = [s["site_id"] for s in sites if s["chosen"]]
    assert len(chosen) == 5
    from palveluverkko.algorithms.travel_times import MATRICES as TIMES

    minutes = TIMES.last_used()
    demand = np.array([c["population"] for c in rows(res["OUTPUT"])]) * 0.1
    ids = [s["site_id"] for s in sites]
    cap = np.array([capacity[i] for i in ids])
    open_idx = np.array([ids.index(c) for c in chosen])
    value, shares = capacitated_assignment(minutes, demand, open_idx, cap)
    assert res["OBJECTIVE"] == pytest.approx(value, rel=1e-6)
    assert ((demand[:, None] * shares).sum(axis=0) <= cap[open_idx] + 1e-6).all()


def test_capacitated_coverage_runs(tmp_path):
    res = run(tmp_path, PROBLEM=1, P=3, THRESHOLD=10, CAPACITY_FIELD="capacity",
              USE_RATES="population=0.1")
    assert res["SOLVER"] == "exact (HiGHS)"
    assert sum(s["chosen"] for s in rows(res["SITES"])) == 3
    assert res["OBJECTIVE"] <= 3 * 4000 + 1e-6  # at most the three largest capacities


def test_exact_solver_without_a_solution_keeps_the_heuristic():
    from palveluverkko.algorithms.optimise_network import _better, _exact
    from palveluverkko.core.optimise.locate import Solution

    def timed_out(*args):
        raise RuntimeError("the exact solver found no solution: Time limit reached")

    heur = Solution(np.array([0, 2]), 10.0, "heuristic", 0.05, 3, 9.5238)
    assert _exact(timed_out, 1, 2) is None
    assert _better(heur, None, minimise=True) is heur
    exact = Solution(np.array([0, 1]), 9.8, "exact (HiGHS)", 0.02, bound=9.6)
    best = _better(heur, exact, minimise=True)
    assert best is exact and best.bound == 9.6 and best.gap == pytest.approx(0.2 / 9.6)
