"""Accessibility indices (spec (f)): the spec's tiny case, supply conservation, PySAL access."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from core.access.fca import (
    AccessInputError,
    CostTable,
    fca,
    gaussian,
    gravity,
    parse_steps,
    step,
)

ROOT = Path(__file__).resolve().parents[2]
REF_PY = ROOT / ".venv-spopt" / "bin" / "python"
NAN = float("nan")

# the spec's tiny case: demand A, B, C; supply X, Y
POP = np.array([100.0, 200.0, 300.0])
SUPPLY = np.array([10.0, 5.0])
TINY = CostTable.from_ids(list("AABBCC"), list("XYXYXY"), [5, 25, 15, 15, 40, 8],
                          list("ABC"), list("XY"))


@pytest.mark.parametrize("kwargs, expected", [
    (dict(method="2sfca", max_cost=30), [0.041667, 0.041667, 0.008333]),
    (dict(method="e2sfca"), [0.044775, 0.036237, 0.010917]),
    (dict(method="3sfca"), [0.050837, 0.030058, 0.013016]),
    (dict(method="gravity", weight=gravity(1, -1)), [2.2, 1.0, 0.875]),
    (dict(method="gravity", weight=gravity(1, -1), max_cost=30), [2.2, 1.0, 0.625]),
    (dict(method="2sfca", weight=gaussian(20)), [0.038429, 0.034133, 0.014435]),
    (dict(method="2sfca", max_cost=10), [0.1, 0.0, 0.016667]),
])
def test_spec_tiny_table(kwargs, expected):
    res = fca(POP, SUPPLY, TINY, **kwargs)
    np.testing.assert_allclose(res.access, expected, atol=1e-6)


def test_tiny_normalised_ratios_and_unreached():
    res = fca(POP, SUPPLY, TINY, "2sfca", 30)
    assert res.mean_access == pytest.approx(15 / 600)
    np.testing.assert_allclose(res.access_norm, [1.666667, 1.666667, 0.333333], atol=1e-6)
    np.testing.assert_allclose(res.ratio, [10 / 300, 5 / 600])
    np.testing.assert_allclose(res.weighted_demand, [300, 600])
    assert res.reached.tolist() == [True, True, True]
    short = fca(POP, SUPPLY, TINY, "2sfca", 10)
    assert short.reached.tolist() == [True, False, True]  # B: PySAL NaN, here 0 and unreached
    assert short.access[1] == 0.0


def test_supply_conservation_on_random_table():
    rng = np.random.default_rng(5)
    n, m = 500, 30
    minutes = rng.uniform(0, 60, (n, m))
    minutes[rng.random((n, m)) < 0.5] = np.inf
    costs = CostTable.from_dense(minutes)
    pop, cap = rng.integers(1, 500, n).astype(float), rng.uniform(1, 20, m)
    res = fca(pop, cap, costs, "2sfca", 45)
    assert np.isfinite(res.ratio).all()  # every site is reached by a populated cell
    assert (pop * res.access).sum() == pytest.approx(cap.sum(), rel=1e-12)
    assert (pop * res.access_norm).sum() == pytest.approx(pop.sum(), rel=1e-12)


def test_step_weights_are_inclusive_and_zero_beyond():
    w = step({20: 1, 40: 0.68, 60: 0.22})
    assert w(np.arange(0, 71, 10)).tolist() == [1, 1, 1, 0.68, 0.68, 0.22, 0.22, 0]
    assert parse_steps("10:1, 20:0.68;30:0.22") == {10: 1, 20: 0.68, 30: 0.22}


@pytest.mark.parametrize("call, message", [
    (lambda: fca([100, -5, 1], SUPPLY, TINY), "Demand table, row 1: population is -5.0"),
    (lambda: fca(POP, [10, NAN], TINY), "Supply table, row 1: capacity is nan"),
    (lambda: CostTable([0], [0], [-1.0], 1, 1), "Cost table, row 0: cost -1.0"),
    (lambda: CostTable.from_ids(["A", "Q"], ["X", "X"], [1, 2], ["A"], ["X"]),
     "Cost table, row 1: origin 'Q' is not in the demand table"),
    (lambda: fca(POP, SUPPLY, CostTable([0], [0], [0.0], 3, 2), "gravity",
                 weight=gravity(1, -1)),
     "infinite weight at cost 0 min"),
    (lambda: parse_steps("10=1"), "cannot read '10=1'"),
    (lambda: fca(POP, SUPPLY, TINY, "4sfca"), "Method '4sfca' is not one of"),
])
def test_bad_input_is_named(call, message):
    with pytest.raises(AccessInputError, match=message.replace("(", r"\(")):
        call()


# ---------------------------------------------------------------- PySAL access, real grid
@pytest.fixture(scope="module")
def helsinki_grid():
    """Walking minutes from 2,300 cells of 50 m (the Helsinki 250 m grid, each cell split
    5 x 5, its population shared evenly) to 20 sites, as a long table within 40 min."""
    from core.roads.modes import make_profile
    from core.roads.network import build_network
    from core.roads.search import Router
    from tests.osm_data import HELSINKI_PBF, load_osm_roads, load_population

    lines, _ = load_osm_roads(HELSINKI_PBF)
    router = Router(build_network(lines), make_profile("walk", "osm"))
    x, y, pop = load_population()
    off = np.arange(-100, 101, 50.0)
    dx, dy = (a.ravel() for a in np.meshgrid(off, off))
    cx, cy = (x[:, None] + dx).ravel(), (y[:, None] + dy).ravel()
    cpop = np.repeat(pop / 25, 25)
    rng = np.random.default_rng(11)
    pick = rng.choice(len(cx), 20, replace=False)
    sites = router.snap(cx[pick] + 20, cy[pick] - 20)
    cells = router.snap(cx, cy)
    minutes = router.times(sites, cells)[0].astype(float) / 60
    costs = CostTable.from_dense(minutes, 40.0)
    cap = rng.uniform(1, 10, 20).round(1)
    return cpop, cap, costs


RUNS = [
    {"name": "2sfca15", "method": "2sfca", "max_cost": 15},
    {"name": "2sfca15n", "method": "2sfca", "max_cost": 15, "normalize": True},
    {"name": "e2sfca", "method": "e2sfca"},
    {"name": "e2sfca_own", "method": "e2sfca", "weight": ["step", [[5, 1], [12, 0.5],
                                                                  [25, 0.1]]]},
    {"name": "3sfca", "method": "3sfca"},
    {"name": "3sfca20", "method": "3sfca", "max_cost": 20},
    {"name": "gauss", "method": "2sfca", "weight": ["gaussian", 8]},
    {"name": "gravity", "method": "gravity", "weight": ["gravity", 1, -1, 1], "max_cost": 30},
]


def _ours(run, pop, cap, costs):
    kind = run.get("weight")
    w = None
    if kind:
        w = {"step": lambda s: step(dict(s)), "gaussian": gaussian,
             "gravity": gravity}[kind[0]](*kind[1:])
    res = fca(pop, cap, costs, run["method"], run.get("max_cost"), w)
    return res.access_norm if run.get("normalize") else res.access


@pytest.mark.skipif(not REF_PY.exists(), reason="no reference venv: scripts/setup.sh makes "
                    ".venv-spopt with PySAL access")
def test_against_pysal_access(helsinki_grid, tmp_path):
    if subprocess.run([str(REF_PY), "-c", "import access"], capture_output=True).returncode:
        pytest.skip("PySAL access is not installed in .venv-spopt (scripts/setup.sh does it)")
    pop, cap, costs = helsinki_grid
    assert len(pop) >= 1000 and len(costs.cost) > 10_000
    np.savez(tmp_path / "case.npz", pop=pop, supply=cap, origin=costs.origin, dest=costs.dest,
             cost=costs.cost)
    (tmp_path / "runs.json").write_text(json.dumps(RUNS))
    subprocess.run([str(REF_PY), str(ROOT / "tests" / "access_reference.py"),
                    str(tmp_path / "case.npz"), str(tmp_path / "runs.json"),
                    str(tmp_path / "out.npz")], check=True, capture_output=True)
    ref = np.load(tmp_path / "out.npz")
    for run in RUNS:
        ours = _ours(run, pop, cap, costs)
        theirs = np.nan_to_num(ref[run["name"]], nan=0.0)
        assert np.isfinite(theirs).all(), run["name"]  # no site without population here
        assert (ours > 0).sum() > 500, run["name"]
        np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=0, err_msg=run["name"])


@pytest.mark.skipif(not REF_PY.exists(), reason="no reference venv (scripts/setup.sh)")
def test_tiny_table_against_pysal_access(tmp_path):
    if subprocess.run([str(REF_PY), "-c", "import access"], capture_output=True).returncode:
        pytest.skip("PySAL access is not installed in .venv-spopt (scripts/setup.sh does it)")
    np.savez(tmp_path / "case.npz", pop=POP, supply=SUPPLY, origin=TINY.origin,
             dest=TINY.dest, cost=TINY.cost)
    runs = [{"name": "a", "method": "2sfca", "max_cost": 10},
            {"name": "b", "method": "3sfca"}, {"name": "c", "method": "e2sfca"}]
    (tmp_path / "runs.json").write_text(json.dumps(runs))
    subprocess.run([str(REF_PY), str(ROOT / "tests" / "access_reference.py"),
                    str(tmp_path / "case.npz"), str(tmp_path / "runs.json"),
                    str(tmp_path / "out.npz")], check=True, capture_output=True)
    ref = np.load(tmp_path / "out.npz")
    assert np.isnan(ref["a"][1])  # PySAL: B reaches no site within 10 min
    for run in runs:
        np.testing.assert_allclose(_ours(run, POP, SUPPLY, TINY), np.nan_to_num(ref[run["name"]]),
                                   atol=1e-12)
