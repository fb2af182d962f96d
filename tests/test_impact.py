"""Closure impact: figures against a direct recomputation on real data, and bad input."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from core.scenario.impact import Scenario, ScenarioError, evaluate, weighted_gini, weighted_quantile
from tests.osm_data import HELSINKI_PBF, load_osm_roads, load_population
from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows


@pytest.fixture(scope="module")
def helsinki():
    lines, _ = load_osm_roads(HELSINKI_PBF)
    router = Router(build_network(lines), make_profile("walk", "osm"))
    x, y, pop = load_population()
    pts = router.snap(x, y)
    rng = np.random.default_rng(5)
    fac = router.snap(x[rng.choice(len(x), 12, replace=False)] + 40,
                      y[rng.choice(len(y), 12, replace=False)] - 30)
    minutes = router.times(fac, pts)[0] / 60
    return router, pts, fac, pop, minutes


def test_scenario_equals_a_direct_recomputation(helsinki):
    router, pts, fac, pop, minutes = helsinki
    close = [0, 3, 4]
    keep = [j for j in range(len(fac)) if j not in close]
    result = evaluate(minutes, Scenario.closing(len(fac), close), pop, [5, 10, 15])
    direct_before = router.nearest(fac, pts)
    direct_after = router.nearest(fac.subset(keep), pts)
    reach = direct_before.facility >= 0
    assert np.array_equal(result.before.facility >= 0, reach)
    assert np.allclose(result.before.minutes[reach], direct_before.time[reach] / 60, atol=1e-4)
    reach_a = direct_after.facility >= 0
    assert np.array_equal(result.after.facility >= 0, reach_a)
    assert np.allclose(result.after.minutes[reach_a], direct_after.time[reach_a] / 60, atol=1e-4)
    # the facility after is one of those kept, and the nearest of them
    assert np.array_equal(result.after.facility[reach_a], np.array(keep)[direct_after.facility[
        reach_a]])
    lost10 = (direct_before.time / 60 <= 10) & ~(direct_after.time / 60 <= 10)
    assert result.cells["lost_10"].to_numpy().tolist() == lost10.tolist()
    row = result.summary[(result.summary.area == "all areas")].iloc[0]
    assert row["losing_10"] == pytest.approx(pop[lost10].sum())
    assert row["within_15_after"] == pytest.approx(pop[direct_after.time / 60 <= 15].sum())


def test_population_is_conserved_in_flows_and_loads(helsinki):
    _, _, fac, pop, minutes = helsinki
    young = np.floor(pop * 0.2)
    result = evaluate(minutes, Scenario.closing(len(fac), [1, 2]), pop, [10],
                      groups={"0-14": young})
    assert result.flows["total"].sum() == pytest.approx(pop.sum())
    assert result.flows["0-14"].sum() == pytest.approx(young.sum())
    for j in (1, 2):  # everything leaving a closed facility lands somewhere (or nowhere)
        out = result.flows[result.flows.from_fac == j]
        assert out["total"].sum() == pytest.approx(pop[result.before.facility == j].sum())
        assert (out["to_fac"] != j).all()
    loads = result.loads
    reached_after = pop[result.after.facility >= 0].sum()
    assert loads["load_after"].sum() == pytest.approx(reached_after)
    assert loads.loc[[1, 2], "load_after"].sum() == 0


def test_equity_measures_against_brute_force():
    rng = np.random.default_rng(0)
    t, w = rng.uniform(1, 60, 200), rng.integers(0, 50, 200).astype(float)
    expanded = np.repeat(t, w.astype(int))
    diffs = np.abs(expanded[:, None] - expanded[None, :]).sum()
    gini = diffs / (2 * len(expanded) ** 2 * expanded.mean())
    assert weighted_gini(t, w) == pytest.approx(gini, abs=2e-3)
    assert weighted_quantile(t, w, 0.9) == pytest.approx(np.quantile(expanded, 0.9,
                                                                      method="inverted_cdf"))
    assert np.isnan(weighted_gini(np.array([np.inf]), np.array([3.0])))


def test_closing_everything_is_refused(helsinki):
    _, _, fac, pop, minutes = helsinki
    with pytest.raises(ScenarioError):
        evaluate(minutes, Scenario.closing(len(fac), range(len(fac))), pop, [10])


ALG = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
       "POP_FIELD": "population", "AREA_FIELD": "area", "ROADS": ROADS, "MODE": 1,
       "CLASS_FIELD": "highway", "THRESHOLDS": "5,10,15", "OUTPUT": "memory:",
       "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:", "EQUITY": "memory:"}


def run(tmp_path, **params):
    import processing

    register_provider()
    return processing.run("palveluverkko:closureimpact",
                          {**ALG, "REPORT": str(tmp_path / "report.html"), **params})


@pytest.mark.usefixtures("qgis_processing")
def test_algorithm_outputs_and_cache(tmp_path):
    from palveluverkko.algorithms.travel_times import MATRICES as TIMES

    first = run(tmp_path, CLOSE_IDS="3,7", CAPACITY_FIELD="capacity")
    hits = TIMES.hits
    second = run(tmp_path, CLOSE_EXPRESSION='"fac_id" = 9', CAPACITY_FIELD="capacity")
    assert TIMES.hits == hits + 1  # the second scenario reused the searches
    cells = rows(first["OUTPUT"])
    assert len(cells) == 92
    moved = [c for c in cells if c["reallocated"]]
    assert moved and all(c["fac_before"] in (3, 7) for c in moved)
    assert all(c["change_min"] >= -1e-9 for c in moved if c["change_min"] is not None)
    flows = rows(first["FLOWS"])
    assert sum(f["total"] for f in flows) == pytest.approx(sum(c["population"] for c in cells))
    assert any(f["from_fac"] == "none" and f["to_fac"] == "unreachable" for f in flows)
    loads = {r["facility"]: r for r in rows(first["LOADS"])}
    assert loads["3"]["load_after"] == 0 and not loads["3"]["open_after"]
    assert any(r["over_capacity"] for r in loads.values())
    page = (tmp_path / "report.html").read_text()
    assert page.count("<img") == 2 and "Key figures" in page
    text = page.split("<img")[0] + "".join(p.split(">", 1)[-1] for p in page.split("<img")[1:])
    assert ">nan<" not in text.lower()  # unknown values are written "n/a", never NaN
    assert [c["fac_before"] for c in rows(second["OUTPUT"]) if c["reallocated"]] and all(
        c["fac_before"] == 9 for c in rows(second["OUTPUT"]) if c["reallocated"])


@pytest.mark.usefixtures("qgis_processing")
def test_algorithm_bad_input(tmp_path):
    with pytest.raises(QgsProcessingException, match="closes every facility"):
        run(tmp_path, CLOSE_EXPRESSION="true")
    with pytest.raises(QgsProcessingException, match="no facility has the id '999'"):
        run(tmp_path, CLOSE_IDS="999")
    with pytest.raises(QgsProcessingException, match="Nothing changes"):
        run(tmp_path)
    with pytest.raises(QgsProcessingException, match="field 'name' holds"):
        run(tmp_path, CLOSE_IDS="3", CAPACITY_FIELD="name")
    layer = QgsVectorLayer(FACILITIES, "f", "ogr")
    layer.selectByIds([])
    with pytest.raises(QgsProcessingException, match="no facility is selected"):
        run(tmp_path, FACILITIES=layer, CLOSE_SELECTED=True)


@pytest.mark.usefixtures("qgis_processing")
def test_comparing_saved_scenarios_gives_the_closure_figures(tmp_path):
    import processing

    closure = run(tmp_path, CLOSE_IDS="3,7")
    base = processing.run("palveluverkko:nearestfacility", {
        "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
        "FAC_ID": "fac_id", "ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway",
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    res = processing.run("palveluverkko:comparescenarios", {
        "A": base["OUTPUT"], "A_ID": "id", "A_FAC": "fac_id", "A_TIME": "time_min",
        "B": closure["OUTPUT"], "B_ID": "id", "B_FAC": "fac_after", "B_TIME": "min_after",
        "POP_FIELD": "population", "AREA_FIELD": "area", "THRESHOLDS": "5,10,15",
        "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
        "EQUITY": "memory:", "REPORT": str(tmp_path / "compare.html")})

    def key(r):
        return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in r.items()}

    got = rows(res["SUMMARY"])
    want = rows(closure["SUMMARY"])
    assert [key(r) for r in got] == [key(r) for r in want]
    moved = sorted((r["from_fac"], r["to_fac"], r["total"]) for r in rows(res["FLOWS"])
                   if r["moved"])
    assert moved == sorted((r["from_fac"], r["to_fac"], r["total"])
                           for r in rows(closure["FLOWS"]) if r["moved"])
    assert (tmp_path / "compare.html").read_text().count("<img") == 2


@pytest.mark.usefixtures("qgis_processing")
def test_age_group_fields_are_read_with_the_population(tmp_path):
    res = run(tmp_path, CLOSE_IDS="3", AGE_FIELDS=["population"], ELDERLY_FIELD="population")
    summary = rows(res["SUMMARY"])
    mine = [r for r in summary if r["group"] == "population" and r["area"] == "all areas"]
    total = [r for r in summary if r["group"] == "total" and r["area"] == "all areas"]
    assert mine[0]["within_10_after"] == total[0]["within_10_after"]
    equity = rows(res["EQUITY"])
    assert all(r["share_population_beyond_10"] == r["share_beyond_10"] for r in equity)
