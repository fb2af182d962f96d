"""Costs per year and NPV: spec (d) acceptance cases, lease rules and bad input."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.plan.costs import (
    CostError,
    Parameters,
    client_travel,
    kela_split,
    mobile_costs,
    npv,
    site_costs,
    yearly_table,
)


@pytest.mark.parametrize("trips, cost, client, kela", [
    (10, 40, 250, 150), (20, 40, 300, 500), (5, 10, 50, 0), (12, 25, 300, 0), (0, 40, 0, 0)])
def test_spec_kela_split(trips, cost, client, kela):
    c, k = kela_split(np.array([trips]), np.array([cost]), deductible=25, ceiling=300)
    assert (c[0], k[0]) == pytest.approx((client, kela))


def test_spec_npv():
    years = np.arange(2025, 2031)
    assert npv(np.full(6, 100_000.0), years, 0.03) == pytest.approx(557_970.72, abs=0.01)
    assert npv(np.full(6, 100_000.0), years, 0.0, residual=50_000) == pytest.approx(550_000)
    with pytest.raises(CostError, match="outside -5 % ... 20 %"):
        npv(np.ones(6), years, 0.25)


def one_site(**fields):
    base = {"site_id": "S1", "owned": False, "rent_eur_year": 120_000.0,
            "lease_end": "2027-06-30"}
    return pd.DataFrame([{**base, **fields}])


def test_spec_lease_end_closure():
    actions = pd.DataFrame([{"site_id": "S1", "action": "close", "effective_date": "2026-03-01"}])
    costs = site_costs(one_site(), actions).set_index("year")
    assert costs.loc[2027, "rent"] == pytest.approx(60_000)
    assert costs.loc[[2028, 2029, 2030], "rent"].tolist() == [0, 0, 0]
    assert costs.loc[[2025, 2026], "rent"].tolist() == pytest.approx([120_000, 120_000])
    assert costs.loc[2027, "active_months"] == pytest.approx(6)


def test_exit_cost_closes_on_the_date_and_renewal_rent_applies_to_kept_sites():
    actions = pd.DataFrame([{"site_id": "S1", "action": "close", "effective_date": "1.4.2026",
                             "exit_cost_eur": 20_000}])
    costs = site_costs(one_site(), actions).set_index("year")
    assert costs.loc[2026, "rent"] == pytest.approx(30_000)  # January to March
    assert costs.loc[2026, "exit"] == 20_000 and costs["exit"].sum() == 20_000
    kept = site_costs(one_site(renewal_rent_eur_year=144_000.0),
                      pd.DataFrame(columns=["site_id", "action", "effective_date"]))
    assert kept.set_index("year").loc[2027, "rent"] == pytest.approx(60_000 + 72_000)
    assert kept.set_index("year").loc[2030, "rent"] == pytest.approx(144_000)


def test_open_ended_lease_closes_after_notice_and_invest_only_if_kept():
    site = one_site(lease_end=None, notice_months=6, repair_backlog_eur=500_000,
                    invest_year=2028, m2=1000, opex_eur_m2_year=30)
    close = pd.DataFrame([{"site_id": "S1", "action": "close", "effective_date": "2027-07-01"}])
    costs = site_costs(site, close).set_index("year")
    assert costs.loc[2027, "rent"] == pytest.approx(120_000)  # notice runs to the year's end
    assert costs.loc[2028, "rent"] == 0 and costs["invest"].sum() == 0
    assert costs.loc[2027, "opex"] == pytest.approx(30_000)
    kept = site_costs(site, close.iloc[:0]).set_index("year")
    assert kept.loc[2028, "invest"] == 500_000 and kept["invest"].sum() == 500_000


def test_new_site_and_staff():
    sites = pd.DataFrame([{"site_id": "A", "rent_eur_year": 12_000.0},
                          {"site_id": "B", "rent_eur_year": 24_000.0}])
    actions = pd.DataFrame([{"site_id": "B", "action": "open", "effective_date": "2029-10-01"},
                            {"site_id": "A", "action": "close", "effective_date": "2029-10-01"}])
    staff = pd.DataFrame({"site_id": ["A", "A", "B"], "profession": ["gp", "nurse", "nurse"],
                          "fte": [2.0, 4.0, 1.0], "eur_per_fte_year": [100_000, 50_000, 50_000]})
    costs = site_costs(sites, actions, staff)
    by = costs.set_index(["site_id", "year"])
    assert by.loc[("B", 2029), "rent"] == pytest.approx(6_000)
    assert by.loc[("A", 2029), "rent"] == pytest.approx(9_000)
    assert by.loc[("A", 2030), "staff"] == 400_000  # staff follow the clients
    assert by.loc[("B", 2029), "staff"] == pytest.approx(12_500)
    ended = site_costs(sites, actions, staff, staff_follow=False).set_index(["site_id", "year"])
    assert ended.loc[("A", 2030), "staff"] == 0
    assert ended.loc[("A", 2029), "staff"] == pytest.approx(300_000)


def test_yearly_table_and_client_travel():
    pop = np.array([100.0, 50.0, 10.0])
    client, kela = client_travel(pop, np.array([5.0, 10.0, 3.0]), np.array([50.0, 100.0, np.inf]),
                                 eur_per_km=0.20, deductible=25, ceiling=300)
    # cell 1: 10 trips x 10 EUR -> client 100, Kela 0; cell 2: 20 trips x 20 EUR -> 300 / 100
    assert (client, kela) == pytest.approx((100 * 100 + 50 * 300, 50 * 100))
    sites = site_costs(one_site(), pd.DataFrame(columns=["site_id", "action", "effective_date"]))
    mobile = mobile_costs(pd.DataFrame([{"unit_id": "bus", "vehicle_eur_year": 30_000,
                                         "eur_per_km": 1.5, "km_year": 10_000}]))
    travel = pd.DataFrame({"year": list(range(2025, 2031)), "client_travel": client,
                           "kela_travel": kela})
    table = yearly_table("keep all", sites, mobile, travel)
    assert table["county_total"].tolist() == pytest.approx([120_000 + 45_000] * 6)
    assert table["societal_total"].iloc[0] == pytest.approx(165_000 + client + kela)


def test_parameters_valid_from():
    p = Parameters(pd.DataFrame({"name": ["kela_deductible", "kela_deductible"],
                                 "value": [16, 25], "valid_from": ["2005-01-01", "2016-01-01"]}))
    assert p.value("kela_deductible", dt.date(2015, 12, 31)) == 16
    assert p.value("kela_deductible", dt.date(2026, 1, 1)) == 25
    with pytest.raises(CostError, match="no value valid on 2004-01-01"):
        p.value("kela_deductible", dt.date(2004, 1, 1))


@pytest.mark.parametrize("site, actions, message", [
    ({"rent_eur_year": -5.0}, [], "row 1 \\(S1\\): rent_eur_year -5 is negative"),
    ({"lease_end": "31.13.2027"}, [], "lease_end '31.13.2027' is not a date"),
    ({}, [{"site_id": "S9", "action": "close", "effective_date": "2026-01-01"}],
     "scenario row 1: site 'S9' is not in the site costs"),
    ({}, [{"site_id": "S1", "action": "sell", "effective_date": "2026-01-01"}],
     "action 'sell' is not one of keep, close, open"),
    ({}, [{"site_id": "S1", "action": "close", "effective_date": None}],
     "close of site 'S1' needs an effective_date"),
])
def test_bad_input_names_table_row_value(site, actions, message):
    with pytest.raises(CostError, match=message):
        site_costs(one_site(**site),
                   pd.DataFrame(actions, columns=["site_id", "action", "effective_date"]))


def test_yes_no_fields():
    from core.plan.costs import truthy

    assert truthy(["1", "TRUE", "kyllä", " y ", "0", "no", None, 0, 1]).tolist() == [
        True, True, True, True, False, False, False, False, True]
