"""p-center against brute force on many small cases: ties, unreachable pairs, demand without
weight, forced and barred sites."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from core.optimise.locate import pcenter


def brute_pcenter(cost, w, p, must_open=(), must_close=()) -> float:
    """Least worst time over demand with weight, trying every choice of p allowed sites."""
    allowed = [j for j in range(cost.shape[1]) if j not in must_close]
    best = np.inf
    for sites in itertools.combinations(allowed, p):
        if not set(must_open) <= set(sites):
            continue
        best = min(best, cost[:, list(sites)].min(axis=1)[w > 0].max())
    return best


def random_case(seed: int):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(4, 10)), int(rng.integers(3, 7))
    cost = rng.integers(1, 15, (n, m)).astype(float)  # whole minutes: many ties
    cost[rng.random((n, m)) < 0.15] = np.inf
    w = rng.integers(0, 4, n).astype(float)  # some demand without weight
    w[np.argmax(cost.min(axis=1))] = 0.0  # the farthest demand point weighs nothing
    if not (w > 0).any():
        w[0] = 1.0
    return cost, w


def check_against_brute_force(seed, cases):
    cost, w = random_case(seed)
    for p, must_open, must_close in cases(cost.shape[1], np.random.default_rng(1000 + seed)):
        want = brute_pcenter(cost, w, p, must_open, must_close)
        if not np.isfinite(want):
            with pytest.raises(ValueError, match="no choice of p sites"):
                pcenter(cost, w, p, must_open=list(must_open), must_close=list(must_close))
            continue
        got = pcenter(cost, w, p, must_open=list(must_open), must_close=list(must_close))
        assert got.objective == want, (seed, p, must_open, must_close)
        assert len(got.sites) <= p and set(must_open) <= set(got.sites)
        assert not set(must_close) & set(got.sites)
        assert cost[:, got.sites].min(axis=1)[w > 0].max() == want


@pytest.mark.parametrize("seed", range(40))
def test_pcenter_equals_brute_force(seed):
    def cases(m, rng):
        return [*((p, (), ()) for p in range(1, min(m, 3) + 1)),
                (2, (int(rng.integers(m)),), ())]

    check_against_brute_force(seed, cases)


@pytest.mark.parametrize("seed", [2, 5])
def test_pcenter_with_barred_sites_equals_brute_force(seed):
    def cases(m, rng):
        order = rng.permutation(m).tolist()
        return [(2, (order[0],), (order[1],)), (2, (), (order[1],))]

    check_against_brute_force(seed, cases)


def test_pcenter_hand_case():
    """Two clusters: one site each gives a worst time of 2; one site alone, 9."""
    cost = np.array([[1.0, 9.0, 8.0], [2.0, 9.0, 7.0], [9.0, 1.0, 6.0], [9.0, 2.0, 9.0],
                     [50.0, 50.0, 50.0]])
    w = np.array([1.0, 1.0, 1.0, 1.0, 0.0])  # the far point has no demand
    assert pcenter(cost, w, 2).objective == 2.0
    assert sorted(pcenter(cost, w, 2).sites.tolist()) == [0, 1]
    assert pcenter(cost, w, 1).objective == 9.0
    assert pcenter(cost, w, 2, must_open=[2]).objective == 8.0  # sites 2 and 1
