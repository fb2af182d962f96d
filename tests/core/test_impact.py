"""Closure impact engine: figures against a direct recomputation on real data."""

from __future__ import annotations

import numpy as np
import pytest

from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from core.scenario.impact import Scenario, ScenarioError, evaluate, weighted_gini, weighted_quantile
from tests.osm_data import HELSINKI_PBF, load_osm_roads, load_population


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
