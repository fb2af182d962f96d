"""Location-allocation: the heuristic against the exact MILP on real travel times."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from core.optimise.locate import (
    coverage_exact,
    coverage_heuristic,
    finite_cost,
    pcenter,
    pmedian_exact,
    pmedian_heuristic,
    set_cover_exact,
)
from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import HELSINKI_PBF, load_osm_roads, load_population


@pytest.fixture(scope="module")
def helsinki():
    """Walking minutes from the 71 reachable Helsinki cells to 25 candidate sites."""
    lines, _ = load_osm_roads(HELSINKI_PBF)
    router = Router(build_network(lines), make_profile("walk", "osm"))
    x, y, pop = load_population()
    pts = router.snap(x, y)
    ok = pts.status == "ok"
    rng = np.random.default_rng(3)
    sites = router.snap(x[ok][rng.choice(ok.sum(), 25, replace=False)] + 30,
                        y[ok][rng.choice(ok.sum(), 25, replace=False)])
    minutes = router.times(sites, pts.subset(np.flatnonzero(ok)))[0] / 60
    return minutes.astype(float), pop[ok]


def brute_pmedian(cost, w, p):
    best = min(itertools.combinations(range(cost.shape[1]), p),
               key=lambda s: (w * cost[:, list(s)].min(axis=1)).sum())
    return (w * cost[:, list(best)].min(axis=1)).sum()


def test_pmedian_exact_equals_brute_force_and_heuristic_is_close(helsinki):
    cost, w = helsinki
    small = cost[:, :12]
    for p in (2, 3, 4):
        ref = brute_pmedian(small, w, p)
        assert pmedian_exact(small, w, p).objective == pytest.approx(ref, rel=1e-6)
        assert pmedian_heuristic(small, w, p).objective <= ref * 1.01
    for p in (3, 6, 10):
        exact = pmedian_exact(cost, w, p)
        heur = pmedian_heuristic(cost, w, p)
        assert len(heur.sites) == p and len(exact.sites) == p
        assert exact.objective <= heur.objective * (1 + 1e-9)
        assert heur.objective <= exact.objective * 1.01


def test_forced_sites_are_respected(helsinki):
    cost, w = helsinki
    sol = pmedian_heuristic(cost, w, 5, must_open=[0, 1], must_close=[2, 3, 4])
    ex = pmedian_exact(cost, w, 5, must_open=[0, 1], must_close=[2, 3, 4])
    for s in (sol, ex):
        assert {0, 1} <= set(s.sites) and not {2, 3, 4} & set(s.sites)
    assert sol.objective <= ex.objective * 1.01


def test_coverage_set_cover_and_center(helsinki):
    cost, w = helsinki
    for p in (2, 4):
        ex = coverage_exact(cost, w, p, 8.0)
        heur = coverage_heuristic(cost, w, p, 8.0)
        brute = max((w[(cost[:, list(s)] <= 8.0).any(axis=1)].sum())
                    for s in itertools.combinations(range(cost.shape[1]), p))
        assert ex.objective == pytest.approx(brute)
        assert heur.objective >= 0.99 * brute
    share = 0.9 * w[(cost <= 10.0).any(axis=1)].sum() / w.sum()
    cover = set_cover_exact(cost, w, 10.0, share)
    got = w[(cost[:, cover.sites] <= 10.0).any(axis=1)].sum()
    assert got >= share * w.sum() - 1e-6
    k = len(cover.sites)
    assert all(w[(cost[:, list(s)] <= 10.0).any(axis=1)].sum() < share * w.sum()
               for s in itertools.combinations(range(cost.shape[1]), k - 1))
    with pytest.raises(ValueError, match="even all sites cover only"):
        set_cover_exact(cost, w, 10.0, 0.99)
    w = np.where(np.isfinite(cost).any(axis=1), w, 0.0)  # p-center over reachable demand
    center = pcenter(cost, w, 3)
    worst = cost[:, center.sites].min(axis=1)[w > 0].max()
    assert worst == pytest.approx(center.objective)
    brute = min(cost[:, list(s)].min(axis=1)[w > 0].max()
                for s in itertools.combinations(range(cost.shape[1]), 3))
    assert center.objective == pytest.approx(brute)


def test_capacitated_pmedian(helsinki):
    from core.optimise.locate import (
        capacitated_assignment,
        pmedian_capacitated_exact,
        pmedian_capacitated_heuristic,
    )

    cost, w = helsinki
    cost = cost[:, :14]
    cap = np.full(14, w.sum() / 4.5)  # five sites needed at least
    for p in (5, 6):
        ex = pmedian_capacitated_exact(cost, w, p, cap)
        heur = pmedian_capacitated_heuristic(cost, w, p, cap)
        assert ex.objective <= heur.objective * (1 + 1e-6)
        assert heur.objective <= ex.objective * 1.01
        # the exact value is the optimal assignment of its own sites
        value, shares = capacitated_assignment(cost, w, ex.sites, cap)
        assert value == pytest.approx(ex.objective, rel=1e-6)
        assert ((w[:, None] * shares).sum(axis=0) <= cap[ex.sites] + 1e-6).all()
        free = pmedian_exact(cost, w, p)
        assert ex.objective >= free.objective - 1e-6  # capacities can only cost
    with pytest.raises(ValueError):
        pmedian_capacitated_heuristic(cost, w, 2, cap)


def test_capacitated_coverage_cover_and_center(helsinki):
    from scipy.optimize import linprog

    from core.optimise.locate import capacitated_cover, capacitated_pcenter

    cost, w = helsinki
    cost = cost[:, :10]
    cap = np.full(10, w.sum() / 6)

    def served(sites, thr):  # best capacitated service of a fixed site set (LP)
        pairs = [(i, j) for i in range(len(w)) for j in sites if cost[i, j] <= thr]
        if not pairs:
            return 0.0
        c = -np.array([w[i] for i, _ in pairs])
        a_one = np.zeros((len(w), len(pairs)))
        a_cap = np.zeros((len(sites), len(pairs)))
        for k, (i, j) in enumerate(pairs):
            a_one[i, k] = 1
            a_cap[list(sites).index(j), k] = w[i]
        res = linprog(c, A_ub=np.r_[a_one, a_cap], b_ub=np.r_[np.ones(len(w)), cap[list(sites)]],
                      bounds=(0, 1), method="highs")
        return -res.fun

    for p in (2, 3):
        got = capacitated_cover(cost, w, 10.0, cap, p=p)
        brute = max(served(s, 10.0) for s in itertools.combinations(range(10), p))
        assert got.objective == pytest.approx(brute, rel=1e-6)
        assert got.objective <= coverage_exact(cost, w, p, 10.0).objective + 1e-6
    target = 0.9 * served(range(10), 10.0) / w.sum()
    sc = capacitated_cover(cost, w, 10.0, cap, share=target)
    assert served(sc.sites, 10.0) >= target * w.sum() - 1e-6
    assert all(served(s, 10.0) < target * w.sum() - 1e-6
               for s in itertools.combinations(range(10), len(sc.sites) - 1))
    reach = np.isfinite(cost).any(axis=1)
    wc = np.where(reach, w, 0.0)
    center = capacitated_pcenter(cost, wc, 8, np.full(10, wc.sum() / 5))
    free = pcenter(cost, wc, 8)
    assert center.objective >= free.objective - 1e-9


SPOPT_PY = Path(__file__).resolve().parents[2] / ".venv-spopt" / "bin" / "python"
SPOPT_SCRIPT = Path(__file__).resolve().parents[1] / "spopt_reference.py"


@pytest.mark.skipif(not SPOPT_PY.exists(), reason="scripts/setup.sh makes .venv-spopt")
def test_against_pysal_spopt(helsinki, tmp_path):
    cost, w = helsinki
    cost = finite_cost(cost)  # spopt needs finite costs: the penalty our solvers give inf
    for p in (3, 6):
        np.savez(tmp_path / "pm.npz", cost=cost, weight=w, p=p)
        ref = json.loads(subprocess.run([str(SPOPT_PY), str(SPOPT_SCRIPT),
                                         str(tmp_path / "pm.npz")], capture_output=True,
                                        text=True, check=True).stdout)
        assert pmedian_exact(cost, w, p).objective == pytest.approx(ref["objective"], rel=1e-6)
        assert pmedian_heuristic(cost, w, p).objective <= ref["objective"] * 1.01
        np.savez(tmp_path / "mc.npz", cost=cost, weight=w, p=p, radius=6.0)
        ref = json.loads(subprocess.run([str(SPOPT_PY), str(SPOPT_SCRIPT),
                                         str(tmp_path / "mc.npz")], capture_output=True,
                                        text=True, check=True).stdout)
        assert coverage_exact(cost, w, p, 6.0).objective == pytest.approx(ref["objective"])
        assert coverage_heuristic(cost, w, p, 6.0).objective >= 0.99 * ref["objective"]
