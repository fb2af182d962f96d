"""The projection and cost algorithms through Processing, on small layers with known answers."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.qgis_helpers import register_provider, rows


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def layer(uri: str, records: list[dict], points: list | None = None) -> QgsVectorLayer:
    out = QgsVectorLayer(uri, "t", "memory")
    feats = []
    for k, rec in enumerate(records):
        f = QgsFeature(out.fields())
        if points:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*points[k])))
        f.setAttributes([rec.get(n) for n in out.fields().names()])
        feats.append(f)
    out.dataProvider().addFeatures(feats)
    return out


def projection_table(rows_):
    return layer("None?field=Alue:string&field=Ikä:string&field=Sukupuoli:string"
                 "&field=Vuosi:integer&field=vaesto_e24:double",
                 [dict(zip(["Alue", "Ikä", "Sukupuoli", "Vuosi", "vaesto_e24"], r))
                  for r in rows_])


def spec_projection_rows():
    """Municipality 091: 0-14 1 000, 15-64 5 000, 65-74 1 200, 75-84 600, 85+ 200 in 2023;
    the old grow to 1 300 / 700 / 300 in 2030 (65+ 2 000 -> 2 300)."""
    groups = {2023: [(0, 15, 1000), (15, 65, 5000), (65, 75, 1200), (75, 85, 600),
                     (85, 101, 200)],
              2030: [(0, 15, 900), (15, 65, 4800), (65, 75, 1300), (75, 85, 700),
                     (85, 101, 300)]}
    out = []
    for year, spans in groups.items():
        for lo, hi, pop in spans:
            for a in range(lo, hi):
                age = str(a) if a < 100 else "100 -"
                out.append(("KU091 Helsinki", age, "Yhteensä", year, pop / (hi - lo)))
                out.append(("KU091 Helsinki", age, "Miehet", year, pop / (hi - lo) / 2))
    return out


def grid():
    fields = ("Point?crs=EPSG:3067&field=grd_id:string&field=kunta:string&field=vaesto:integer"
              "&field=ika_0_14:integer&field=ika_15_64:integer&field=ika_65_:integer")
    recs = [{"grd_id": "a", "kunta": "091", "vaesto": 1300, "ika_0_14": 200,
             "ika_15_64": 1000, "ika_65_": 100},
            {"grd_id": "b", "kunta": "091", "vaesto": 6395, "ika_0_14": 800,
             "ika_15_64": 4000, "ika_65_": 1595},
            {"grd_id": "c", "kunta": "91", "vaesto": 5, "ika_0_14": -1, "ika_15_64": -1,
             "ika_65_": -1}]
    return layer(fields, recs, [(385000, 6672000), (386000, 6672000), (387000, 6672000)])


def test_projection_spec_case_and_masked_cell():
    out = run("populationprojection", INPUT=grid(), POP_FIELD="vaesto",
              MUNICIPALITY_FIELD="kunta", PROJECTION=projection_table(spec_projection_rows()),
              BASE_YEAR=2023, TARGET_YEARS="2030", RAKE=False,
              USE_RATES="0_14=1,15_64=2,65_74=3,75_84=5,85_=8",
              OUTPUT="memory:", CHECK="memory:")
    cells = {r["grd_id"]: r for r in rows(out["OUTPUT"])}
    a = cells["a"]
    # spec (e) case 1: 65+ = 100 -> 115 (60 x 1300/1200 + 30 x 700/600 + 10 x 300/200)
    assert a["pop_65_74_2030"] + a["pop_75_84_2030"] + a["pop_85__2030"] == pytest.approx(115)
    # the masked cell: 5 residents spread by the municipality's shares (1 000 / 8 000 ...)
    c = cells["c"]
    assert sum(v for k, v in c.items() if k.startswith("pop_") and k.endswith("_2023")) == \
        pytest.approx(5.0)
    assert c["pop_0_14_2023"] == pytest.approx(5 * 1000 / 8000)
    want = sum(a[f"pop_{g}_2030"] * r for g, r in
               (("0_14", 1), ("15_64", 2), ("65_74", 3), ("75_84", 5), ("85_", 8)))
    assert a["need_2030"] == pytest.approx(want)
    check = rows(out["CHECK"])
    assert {r["group"] for r in check} == {"0_14", "15_64", "65_74", "75_84", "85_"}


def test_projection_raked_sums_to_the_table():
    out = run("populationprojection", INPUT=grid(), POP_FIELD="vaesto",
              MUNICIPALITY_FIELD="kunta", PROJECTION=projection_table(spec_projection_rows()),
              BASE_YEAR=2023, TARGET_YEARS="2030", RAKE=True, OUTPUT="memory:", CHECK="memory:")
    assert all(abs(r["difference"]) < 0.5 for r in rows(out["CHECK"]))
    total_2030 = sum(v for r in rows(out["OUTPUT"]) for k, v in r.items()
                     if k.startswith("pop_") and k.endswith("_2030"))
    assert total_2030 == pytest.approx(900 + 4800 + 1300 + 700 + 300)


def test_projection_refuses_unknown_municipality_and_missing_year():
    g = grid()
    with pytest.raises(QgsProcessingException, match="year 2035 is not in the projection"):
        run("populationprojection", INPUT=g, POP_FIELD="vaesto", MUNICIPALITY_FIELD="kunta",
            PROJECTION=projection_table(spec_projection_rows()), BASE_YEAR=2023,
            TARGET_YEARS="2030,2035", OUTPUT="memory:", CHECK="memory:")
    with pytest.raises(QgsProcessingException, match="municipality field, or a municipality"):
        run("populationprojection", INPUT=g, POP_FIELD="vaesto",
            PROJECTION=projection_table(spec_projection_rows()), BASE_YEAR=2023,
            TARGET_YEARS="2030", OUTPUT="memory:", CHECK="memory:")


def site_table():
    return layer("None?field=site_id:string&field=owned:integer&field=rent_eur_year:double"
                 "&field=lease_end:string&field=m2:double&field=opex_eur_m2_year:double"
                 "&field=residual_value_eur:double",
                 [{"site_id": "S1", "owned": 0, "rent_eur_year": 120000, "lease_end": "30.6.2027",
                   "m2": 0, "opex_eur_m2_year": 0},
                  {"site_id": "S2", "owned": 1, "rent_eur_year": 0, "m2": 1000,
                   "opex_eur_m2_year": 100, "residual_value_eur": 200000}])


def test_costs_lease_end_closure_npv_and_kela_split():
    scenario = layer("None?field=site_id:string&field=action:string&field=effective_date:string",
                     [{"site_id": "S1", "action": "close", "effective_date": "2026-01-01"}])
    travel = layer("None?field=pop:double&field=km:double",
                   [{"pop": 100, "km": 50}, {"pop": 50, "km": 100}, {"pop": 10}])
    out = run("networkcosts", SITES=site_table(), SCENARIO=scenario, SCENARIO_NAME="close S1",
              TRAVEL=travel, TRAVEL_POP="pop", TRAVEL_KM="km", VISITS=5.0, DISCOUNT_RATE=3.0,
              YEARLY="memory:", SITE_YEARS="memory:", NPV="memory:")
    yearly = {r["year"]: r for r in rows(out["YEARLY"])}
    assert yearly[2027]["rent"] == pytest.approx(60000) and yearly[2028]["rent"] == 0
    assert yearly[2025]["opex"] == pytest.approx(100000)
    # 5 visits = 10 trips: 100 persons x (10 x 10 EUR, under the deductible: client pays all)
    # + 50 persons x 10 trips x 20 EUR = 200 EUR (client 10 x 20 = 200, Kela 0)
    assert yearly[2025]["client_travel"] == pytest.approx(100 * 100 + 50 * 200)
    assert yearly[2025]["kela_travel"] == pytest.approx(0)
    county = [yearly[y]["county_total"] for y in range(2025, 2031)]
    npvs = {r["view"]: r["npv_eur"] for r in rows(out["NPV"])}
    want = sum(c / 1.03 ** k for k, c in enumerate(county)) - 200000 / 1.03 ** 5
    assert npvs["county"] == pytest.approx(want)
    assert npvs["societal"] > npvs["county"]


def test_costs_bad_input_names_row_and_value():
    scenario = layer("None?field=site_id:string&field=action:string&field=effective_date:string",
                     [{"site_id": "S1", "action": "demolish", "effective_date": "2026-01-01"}])
    with pytest.raises(QgsProcessingException, match="scenario row 1: action 'demolish'"):
        run("networkcosts", SITES=site_table(), SCENARIO=scenario, YEARLY="memory:",
            SITE_YEARS="memory:", NPV="memory:")
    no_id = layer("None?field=name:string", [{"name": "x"}])
    with pytest.raises(QgsProcessingException, match="has no field site_id"):
        run("networkcosts", SITES=no_id, YEARLY="memory:", SITE_YEARS="memory:", NPV="memory:")


def plan_inputs():
    """Demand cells (need_2025..2027), four sites (A and B with leases ending, C, and N
    opening in 2026) and their OD table; also the minutes, needs and rents behind them."""
    import numpy as np

    rng = np.random.default_rng(7)
    n_cells, years = 15, [2025, 2026, 2027]
    minutes = rng.uniform(3, 40, (n_cells, 4))
    need = rng.integers(50, 400, (3, n_cells)).astype(float)
    cells = layer("None?field=grd_id:string" + "".join(f"&field=need_{y}:double" for y in years),
                  [{"grd_id": f"c{i}", **{f"need_{y}": need[t, i] for t, y in enumerate(years)}}
                   for i in range(n_cells)])
    rents = [90_000.0, 60_000.0, 70_000.0, 30_000.0]
    sites = layer("None?field=site_id:string&field=existing:integer&field=rent_eur_year:double"
                  "&field=lease_end:string&field=open_from:integer",
                  [{"site_id": "A", "existing": 1, "rent_eur_year": rents[0],
                    "lease_end": "2025-12-31"},
                   {"site_id": "B", "existing": 1, "rent_eur_year": rents[1],
                    "lease_end": "30.6.2026"},
                   {"site_id": "C", "existing": 1, "rent_eur_year": rents[2]},
                   {"site_id": "N", "existing": 0, "rent_eur_year": rents[3],
                    "open_from": 2026}])
    od = layer("None?field=origin_id:string&field=dest_id:string&field=time_min:double",
               [{"origin_id": f"c{i}", "dest_id": s, "time_min": minutes[i, j]}
                for i in range(n_cells) for j, s in enumerate("ABCN")])
    return cells, sites, od, minutes, need, rents


def test_least_cost_plan_matches_enumeration_and_respects_leases():
    import numpy as np

    from tests.core.test_fixed_charge import phased_enumeration

    cells, sites, od, minutes, need, rents = plan_inputs()
    out = run("leastcostplan", DEMAND=cells, DEMAND_ID="grd_id", DEMAND_FIELDS="need_{year}",
              SITES=sites, TIMES=od, EUR_PER_MINUTE=0.4, DISCOUNT_RATE=3.0, FIRST_YEAR=2025,
              LAST_YEAR=2027, PLAN="memory:", YEARLY="memory:")
    fixed = np.tile(rents, (3, 1))
    want = phased_enumeration(minutes, need, fixed, np.array([1, 1, 1, 0], bool),
                              np.array([1, 2, 0, 1]), 0.03, 0.4)
    yearly = rows(out["YEARLY"])
    assert yearly[0]["objective"] == pytest.approx(want, rel=1e-7)
    assert yearly[0]["gap"] < 1e-5
    plan = {(r["site_id"], r["year"]): r for r in rows(out["PLAN"])}
    assert plan[("A", 2025)]["open"] == 1 and plan[("B", 2026)]["open"] == 1  # leases run
    assert plan[("N", 2025)]["open"] == 0
    served = sum(r["demand_served"] for r in rows(out["PLAN"]) if r["year"] == 2026)
    assert served == pytest.approx(need[1].sum())


def test_least_cost_plan_names_missing_fields():
    cells = layer("None?field=grd_id:string&field=need_2025:double", [{"grd_id": "a",
                                                                       "need_2025": 1.0}])
    sites = layer("None?field=site_id:string&field=existing:integer",
                  [{"site_id": "A", "existing": 1}])
    od = layer("None?field=origin_id:string&field=dest_id:string&field=time_min:double",
               [{"origin_id": "a", "dest_id": "A", "time_min": 5.0}])
    with pytest.raises(QgsProcessingException, match="no field need_2026 \\(for 2026\\)"):
        run("leastcostplan", DEMAND=cells, DEMAND_ID="grd_id", SITES=sites, TIMES=od,
            FIRST_YEAR=2025, LAST_YEAR=2026, PLAN="memory:", YEARLY="memory:")


def staff_layers():
    staff = layer("None?field=area_id:string&field=site_id:string&field=profession:string"
                  "&field=staff:double",
                  [{"area_id": "h1", "site_id": "A", "profession": "nurse", "staff": 6},
                   {"area_id": "h2", "site_id": "A", "profession": "nurse", "staff": 4},
                   {"area_id": "h1", "site_id": "B", "profession": "nurse", "staff": 3}])
    times = {("h1", "A"): 10, ("h1", "B"): 40, ("h1", "C"): 25, ("h2", "A"): 30,
             ("h2", "B"): 15}
    od = layer("None?field=origin_id:string&field=dest_id:string&field=time_min:double",
               [{"origin_id": a, "dest_id": s, "time_min": t} for (a, s), t in times.items()])
    return staff, od


def test_staff_commute_merger_by_pairs_and_by_flows():
    staff, od = staff_layers()
    out = run("staffcommute", STAFF=staff, TIMES=od, MOVES="A>B", LIMIT=30,
              OUTPUT="memory:", AREAS="memory:")
    a = {r["site_id"]: r for r in rows(out["OUTPUT"])}["A"]
    assert (a["mean_min_before"], a["mean_min_after"]) == pytest.approx((18.0, 30.0))
    assert (a["over_before"], a["over_after"]) == (0, 6)
    flows = layer("None?field=from_fac:string&field=to_fac:string&field=total:double",
                  [{"from_fac": "A", "to_fac": "C", "total": 700},
                   {"from_fac": "A", "to_fac": "B", "total": 300},
                   {"from_fac": "A", "to_fac": "unreachable", "total": 900},
                   {"from_fac": "B", "to_fac": "B", "total": 800}])
    out = run("staffcommute", STAFF=staff, TIMES=od, FLOWS=flows, LIMIT=30,
              OUTPUT="memory:", AREAS="memory:")
    a = {r["site_id"]: r for r in rows(out["OUTPUT"])}["A"]
    assert a["site_after"] == "C"
    # h1's six commute 25 min to C; h2's four cannot reach C (no time): over the limit
    assert a["mean_min_after"] == pytest.approx(25.0) and a["over_after"] == 4


def test_least_cost_plan_with_staff_available_equals_enumeration():
    import itertools

    import numpy as np

    from tests.core.test_fixed_charge import open_set_cost

    cells, sites, od, minutes, need, rents = plan_inputs()
    nurses = {"A": 3.0, "B": 2.0, "C": 4.0, "N": 2.0}
    staff = layer("None?field=site_id:string&field=profession:string&field=fte:double",
                  [{"site_id": s, "profession": "nurse", "fte": f} for s, f in nurses.items()]
                  + [{"site_id": "C", "profession": "doctor", "fte": 1.0}])
    limits = layer("None?field=area:string&field=profession:string&field=fte:double",
                   [{"area": "", "profession": "nurse", "fte": 7.0}])
    out = run("leastcostplan", DEMAND=cells, DEMAND_ID="grd_id", DEMAND_FIELDS="need_{year}",
              SITES=sites, TIMES=od, EUR_PER_MINUTE=0.4, DISCOUNT_RATE=3.0, FIRST_YEAR=2025,
              LAST_YEAR=2027, STAFF=staff, STAFF_LIMITS=limits, PLAN="memory:",
              YEARLY="memory:")
    existing, earliest = np.array([1, 1, 1, 0], bool), np.array([1, 2, 0, 1])
    fte = np.array(list(nurses.values()))
    best = np.inf
    for change in itertools.product(*[range(e, 4) for e in earliest]):
        open_ = np.array([[(t < c) if existing[j] else (t >= c) for j, c in enumerate(change)]
                          for t in range(3)])
        if (open_ @ fte > 7.0).any():
            continue
        best = min(best, sum(open_set_cost(minutes, need[t], np.array(rents), open_[t], 0.4)
                             / 1.03 ** t for t in range(3)))
    assert rows(out["YEARLY"])[0]["objective"] == pytest.approx(best, rel=1e-7)
    plan = rows(out["PLAN"])
    for y in (2025, 2026, 2027):
        assert sum(nurses[r["site_id"]] for r in plan if r["year"] == y and r["open"]) <= 7


def test_staff_limits_and_cost_report_bad_input_name_table_row_and_value(tmp_path):
    cells, sites, od, *_ = plan_inputs()
    staff = layer("None?field=site_id:string&field=profession:string&field=fte:double",
                  [{"site_id": "A", "profession": "nurse", "fte": 3.0}])
    base = dict(DEMAND=cells, DEMAND_ID="grd_id", SITES=sites, TIMES=od, FIRST_YEAR=2025,
                LAST_YEAR=2027, STAFF=staff, PLAN="memory:", YEARLY="memory:")
    negative = layer("None?field=area:string&field=profession:string&field=fte:double",
                     [{"area": "", "profession": "nurse", "fte": 5.0},
                      {"area": "", "profession": "nurse", "fte": -2.0}])
    with pytest.raises(QgsProcessingException, match=r"Staff available \(t\) row 2: fte -2\.0 "
                                                     r"is not a number >= 0"):
        run("leastcostplan", **base, STAFF_LIMITS=negative)
    by_area = layer("None?field=area:string&field=profession:string&field=fte:double",
                    [{"area": "north", "profession": "nurse", "fte": 5.0}])
    with pytest.raises(QgsProcessingException, match="row 1: area 'north' given but the sites "
                                                     "have no area field"):
        run("leastcostplan", **base, STAFF_LIMITS=by_area)
    with pytest.raises(QgsProcessingException, match="give the staff per site too"):
        run("leastcostplan", **{**base, "STAFF": None}, STAFF_LIMITS=by_area)
    yearly = layer("None?field=scenario:string&field=year:integer&field=county_total:string"
                   "&field=societal_total:double",
                   [{"scenario": "x", "year": 2025, "county_total": "100", "societal_total": 1},
                    {"scenario": "x", "year": 2026, "county_total": "lots",
                     "societal_total": 1}])
    with pytest.raises(QgsProcessingException, match=r"Costs per year \(t\), field "
                                                     r"county_total, row 2: 'lots' is not a "
                                                     r"number"):
        run("costreport", YEARLY=[yearly], REPORT=str(tmp_path / "c.html"))
