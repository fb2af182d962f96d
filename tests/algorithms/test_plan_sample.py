"""The README's plan example on the bundled Tampere sample: projection, costs, the least-cost
plan and staff commutes, chained as a planner runs them."""

from __future__ import annotations

import pytest

from tests.qgis_helpers import ROOT, register_provider, rows

SAMPLE = ROOT / "resources" / "sample"
TAMPERE = SAMPLE / "tampere_sample.gpkg"
PLAN = SAMPLE / "plan_sample.gpkg"
YEARS = "2025,2026,2027,2028,2029,2030"
RATES = "0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9"


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


@pytest.fixture(scope="module")
def projected():
    return run("populationprojection", INPUT=f"{TAMPERE}|layername=population",
               POP_FIELD="vaesto", MUNICIPALITY_FIELD="kunta",
               PROJECTION=f"{PLAN}|layername=projection", BASE_YEAR=2023,
               TARGET_YEARS=YEARS, USE_RATES=RATES, RAKE=False, OUTPUT="memory:",
               CHECK="memory:")


@pytest.fixture(scope="module")
def od():
    return run("odmatrix", ORIGINS=f"{TAMPERE}|layername=population", ORIGINS_ID="grd_id",
               DESTINATIONS=f"{TAMPERE}|layername=facilities", DESTINATIONS_ID="fac_id",
               ROADS=f"{TAMPERE}|layername=roads", CLASS_FIELD="highway", MODE=0,
               OUTPUT="memory:")["OUTPUT"]


def test_projection_of_the_sample_grows_the_old(projected):
    cells = rows(projected["OUTPUT"])
    assert len(cells) == 841
    total = {y: sum(sum(v for k, v in c.items() if k.startswith("pop_") and k.endswith(y))
                    for c in cells) for y in ("2025", "2030")}
    old = {y: sum(c[f"pop_75_84_{y}"] + c[f"pop_85__{y}"] for c in cells)
           for y in ("2025", "2030")}
    assert 94_000 < total["2025"] < 96_500  # the sample's 95,006 residents, a little changed
    # the made-up table: 75-84 +4 %/yr, 85+ +3.5 %/yr -> 75+ up about 22 % in five years
    assert 1.18 < old["2030"] / old["2025"] < 1.25
    assert all(c["need_2030"] >= 0 for c in cells)


def test_costs_of_closing_two_stations_at_their_lease_ends():
    out = run("networkcosts", SITES=f"{PLAN}|layername=site_costs",
              SCENARIO=f"{PLAN}|layername=scenario", STAFF=f"{PLAN}|layername=staff",
              SCENARIO_NAME="close 3 and 4", YEARLY="memory:", SITE_YEARS="memory:",
              NPV="memory:")
    site = {(r["site_id"], r["year"]): r for r in rows(out["SITE_YEARS"])}
    assert site[("3", 2026)]["rent"] == pytest.approx(310_000)  # lease runs to 2026-12-31
    assert site[("3", 2027)]["rent"] == 0 and site[("3", 2027)]["invest"] == 0
    assert site[("4", 2027)]["rent"] == pytest.approx(130_000)  # to 2027-06-30
    keep = run("networkcosts", SITES=f"{PLAN}|layername=site_costs",
               STAFF=f"{PLAN}|layername=staff", YEARLY="memory:", SITE_YEARS="memory:",
               NPV="memory:")
    npv = {r["view"]: r["npv_eur"] for r in rows(out["NPV"])}
    npv_keep = {r["view"]: r["npv_eur"] for r in rows(keep["NPV"])}
    # closing saves rent, operating costs and site 3's 650,000 EUR repair (staff move along)
    assert npv_keep["county"] - npv["county"] > 1_500_000


def test_least_cost_plan_on_the_sample(projected, od):
    out = run("leastcostplan", DEMAND=projected["OUTPUT"], DEMAND_ID="grd_id",
              DEMAND_FIELDS="need_{year}", SITES=f"{PLAN}|layername=site_costs", TIMES=od,
              EUR_PER_MINUTE=0.4, FLOOR_FIELDS="pop_75_84_{year},pop_85__{year}",
              FLOOR_MINUTES=10, FLOOR_SHARE=95, PLAN="memory:", YEARLY="memory:")
    yearly = rows(out["YEARLY"])
    assert yearly[0]["gap"] < 1e-4
    assert all(r["floor_share"] >= 0.95 - 1e-9 for r in yearly)
    plan = {(r["site_id"], r["year"]): r["open"] for r in rows(out["PLAN"])}
    assert plan[("2", 2029)] == 1 and plan[("7", 2030)] == 1  # leases run past these years
    # leased stations stay open until their lease ends (3: 2026-12-31, 4: 2027-06-30);
    # the owned hospitals 1 and 5 may close at any time
    assert all(plan[(s, y)] == 1 for s in "23467" for y in (2025, 2026))
    assert plan[("4", 2027)] == 1


def test_staff_commutes_on_the_sample(od):
    out = run("staffcommute", STAFF=f"{PLAN}|layername=staff_homes", TIMES=od,
              MOVES="3>2, 4>7", LIMIT=15, OUTPUT="memory:", AREAS="memory:")
    by_site = rows(out["OUTPUT"])
    moved = [r for r in by_site if r["site_id"] in ("3", "4")]
    assert {r["site_after"] for r in moved} == {"2", "7"}
    assert all(r["mean_min_after"] > 0 and r["mean_min_before"] > 0 for r in moved)
    stay = [r for r in by_site if r["site_id"] not in ("3", "4")]
    assert all(r["mean_min_before"] == r["mean_min_after"] for r in stay)
