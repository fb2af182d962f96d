"""The cost-minimising (phased) plan equals brute-force enumeration on small instances."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.optimize import linprog

from core.optimise.fixed_charge import AccessFloor, PlanError, StaffLimit, plan_network


def instance(seed, cells=25, sites=6, years=1):
    rng = np.random.default_rng(seed)
    pts, sp = rng.random((cells, 2)) * 30, rng.random((sites, 2)) * 30
    minutes = np.hypot(*(pts[:, None] - sp[None]).transpose(2, 0, 1)) * 1.5
    minutes[rng.random(minutes.shape) < 0.1] = np.inf
    minutes[np.arange(cells), np.argmin(minutes, axis=1)] = np.nanmin(
        np.where(np.isfinite(minutes), minutes, np.nan), axis=1)  # every cell reaches one
    demand = rng.integers(1, 50, (years, cells)).astype(float)
    fixed = rng.integers(200, 2000, (years, sites)).astype(float)
    return minutes, demand, fixed


def open_set_cost(minutes, demand_t, fixed_t, open_, weight):
    if not open_.any():
        return np.inf
    near = minutes[:, open_].min(axis=1)
    if not np.isfinite(near[demand_t > 0]).all():
        return np.inf
    return fixed_t[open_].sum() + weight * demand_t @ np.where(demand_t > 0, near, 0)


@pytest.mark.parametrize("seed", range(6))
def test_single_year_equals_enumeration(seed):
    minutes, demand, fixed = instance(seed)
    sites = minutes.shape[1]
    best = min(open_set_cost(minutes, demand[0], fixed[0], np.array(bits, bool), 2.0)
               for bits in itertools.product([0, 1], repeat=sites))
    plan = plan_network(minutes, demand, fixed, existing=np.zeros(sites, bool), weight=2.0)
    assert plan.objective == pytest.approx(best, rel=1e-7)
    assert plan.bound <= plan.objective + 1e-6 and plan.gap < 1e-5
    got = open_set_cost(minutes, demand[0], fixed[0], plan.open[0], 2.0)
    assert got == pytest.approx(best, rel=1e-7)


@pytest.mark.parametrize("seed", range(4))
def test_capacitated_equals_enumeration_with_transport_lp(seed):
    minutes, demand, fixed = instance(seed, cells=12, sites=5)
    cap = np.full(5, demand.sum() / 2.5)
    best = np.inf
    for bits in itertools.product([0, 1], repeat=5):
        open_ = np.array(bits, bool)
        if cap[open_].sum() < demand.sum():
            continue
        sub = np.where(np.isfinite(minutes[:, open_]), minutes[:, open_], 1e6)
        k = open_.sum()
        # x_ij shares: each cell served fully, each site within capacity
        a_eq = np.kron(np.eye(12), np.ones(k))
        a_ub = np.vstack([np.concatenate([demand[0][i] * np.eye(k)[m] for i in range(12)])
                          for m in range(k)])
        res = linprog((demand[0][:, None] * sub).ravel(), A_ub=a_ub, b_ub=cap[open_],
                      A_eq=a_eq, b_eq=np.ones(12), bounds=(0, 1))
        if res.status == 0 and res.fun < 1e5:
            best = min(best, fixed[0][open_].sum() + res.fun)
    plan = plan_network(minutes, demand, fixed, np.zeros(5, bool), capacity=cap)
    assert plan.objective == pytest.approx(best, rel=1e-6)
    loads = np.asarray(plan.assignment[0].multiply(demand[0][:, None]).sum(axis=0)).ravel()
    assert (loads <= cap + 1e-6).all()


def phased_enumeration(minutes, demand, fixed, existing, earliest, rate, weight):
    years, sites = fixed.shape
    choices = [range(earliest[j], years + 1) for j in range(sites)]  # change year (years=never)
    best = np.inf
    for change in itertools.product(*choices):
        total = 0.0
        for t in range(years):
            open_ = np.array([(t < c) if existing[j] else (t >= c)
                              for j, c in enumerate(change)])
            total += open_set_cost(minutes, demand[t], fixed[t], open_, weight) / (1 + rate) ** t
        best = min(best, total)
    return best


@pytest.mark.parametrize("seed", range(4))
def test_phased_plan_equals_enumeration(seed):
    minutes, demand, fixed = instance(seed, cells=20, sites=5, years=4)
    existing = np.array([1, 1, 1, 0, 0], bool)
    earliest = np.array([2, 0, 1, 1, 3])  # leases end; new sites available from a year
    want = phased_enumeration(minutes, demand, fixed, existing, earliest, 0.03, 1.5)
    plan = plan_network(minutes, demand, fixed, existing, earliest, weight=1.5, rate=0.03)
    assert plan.objective == pytest.approx(want, rel=1e-7)
    # existing sites never reopen, new ones never close, nothing changes before its year
    diff = np.diff(plan.open.astype(int), axis=0)
    assert (diff[:, existing] <= 0).all() and (diff[:, ~existing] >= 0).all()
    for j in range(5):
        assert (plan.open[:earliest[j], j] == existing[j]).all()


def test_access_floor_opens_a_site_for_the_old():
    # two cells far apart; one cheap site near cell 0, one dear site near cell 1 (the old)
    minutes = np.array([[5.0, 60.0], [60.0, 5.0]])
    demand, fixed = np.array([[100.0, 10.0]]), np.array([[100.0, 5000.0]])
    cheap = plan_network(minutes, demand, fixed, np.zeros(2, bool), weight=1.0)
    assert cheap.open[0].tolist() == [True, False]
    floor = AccessFloor(np.array([[0.0, 10.0]]), minutes=30, share=0.95)
    fair = plan_network(minutes, demand, fixed, np.zeros(2, bool), weight=1.0, floor=floor)
    assert fair.open[0].tolist() == [True, True]
    assert fair.objective == pytest.approx(5100 + 100 * 5 + 10 * 5)


def test_required_forbidden_and_infeasible_constraints_are_named():
    minutes, demand, fixed = instance(1, cells=10, sites=4)
    req = np.array([0, 0, 1, 0], bool)
    plan = plan_network(minutes, demand, fixed, np.zeros(4, bool), required=req,
                        forbidden=np.array([1, 0, 0, 0], bool))
    assert plan.open[0, 2] and not plan.open[0, 0]
    with pytest.raises(PlanError, match="exceeds the capacity of all sites"):
        plan_network(minutes, demand, fixed, np.zeros(4, bool), capacity=np.ones(4))
    with pytest.raises(PlanError, match="both required and forbidden"):
        plan_network(minutes, demand, fixed, np.zeros(4, bool), required=req, forbidden=req)
    far = np.full((10, 4), 50.0)
    with pytest.raises(PlanError, match="access floor \\(90% within 10 min\\)"):
        plan_network(far, demand, fixed, np.zeros(4, bool),
                     floor=AccessFloor(demand, minutes=10, share=0.9))


def staff_instance():
    # sites 0-2 in area N, 3-4 in area S; nurses per open site, doctors at 0 and 3 only
    fte = np.array([[3.0, 1.0], [2.0, 0.0], [4.0, 0.0], [3.0, 1.0], [2.0, 0.0]])
    return StaffLimit(fte, np.array(["N", "N", "N", "S", "S"]),
                      {("N", "nurse"): 6.0, ("S", "doctor"): 0.5}, ["nurse", "doctor"])


def staff_ok(limit, open_):
    return all(limit.fte[(limit.area == a) & open_, limit.professions.index(p)].sum() <= cap
               for (a, p), cap in limit.available.items())


@pytest.mark.parametrize("seed", range(4))
def test_staff_limits_equal_enumeration(seed):
    minutes, demand, fixed = instance(seed, cells=15, sites=5, years=2)
    limit = staff_instance()
    best = np.inf
    for bits in itertools.product(itertools.product([0, 1], repeat=5), repeat=2):
        open_ = np.array(bits, bool)
        if (open_[1] < open_[0]).any() or not all(staff_ok(limit, o) for o in open_):
            continue  # candidates only open
        best = min(best, sum(open_set_cost(minutes, demand[t], fixed[t], open_[t], 1.0)
                             / 1.02 ** t for t in range(2)))
    plan = plan_network(minutes, demand, fixed, np.zeros(5, bool), weight=1.0, rate=0.02,
                        staff=limit)
    assert plan.objective == pytest.approx(best, rel=1e-7)
    assert all(staff_ok(limit, o) for o in plan.open)
    assert not plan.open[:, 3].any()  # site 3 needs a doctor, area S has half a one


def test_staff_limit_no_plan_can_meet_is_named():
    minutes, demand, fixed = instance(2, cells=10, sites=5)
    limit = staff_instance()
    required = np.array([1, 0, 1, 0, 0], bool)  # 3 + 4 nurses in N, 6 available
    with pytest.raises(PlanError, match="nurse in area N: the plan needs 7 FTE, 6 available"):
        plan_network(minutes, demand, fixed, np.zeros(5, bool), required=required,
                     staff=limit)
    existing = np.array([0, 0, 0, 1, 0], bool)  # site 3 open until year 2 (its lease)
    with pytest.raises(PlanError, match="doctor in area S: the plan needs 1 FTE, 0.5 avail"):
        plan_network(minutes, np.repeat(demand, 3, 0), np.repeat(fixed, 3, 0), existing,
                     earliest=np.array([0, 0, 0, 2, 0]), staff=limit)
    with pytest.raises(PlanError, match="profession 'cook' is not one the sites need"):
        plan_network(minutes, demand, fixed, np.zeros(5, bool), staff=StaffLimit(
            limit.fte, limit.area, {("N", "cook"): 1.0}, limit.professions))
