"""The README's plan example on the bundled Tampere sample: projection, costs, the least-cost
plan and staff commutes, chained as a planner runs them."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProcessingException

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


CLOSURE = {"FACILITIES": f"{TAMPERE}|layername=facilities", "FAC_ID": "fac_id",
           "CLOSE_IDS": "3,4", "POPULATION": f"{TAMPERE}|layername=population",
           "POP_FIELD": "vaesto", "ROADS": f"{TAMPERE}|layername=roads",
           "CLASS_FIELD": "highway", "MODE": 0, "THRESHOLDS": "10,20", "OUTPUT": "memory:",
           "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:", "EQUITY": "memory:"}
YEAR = {"PROJECTION": f"{PLAN}|layername=projection", "BASE_YEAR": 2023,
        "MUNICIPALITY_FIELD": "kunta", "NEED_RATES": RATES}


@pytest.fixture(scope="module")
def closures(tmp_path_factory):
    out = {}
    for year in (2025, 2030):
        report = tmp_path_factory.mktemp(f"y{year}") / "report.html"
        out[year] = run("closureimpact", **CLOSURE, **YEAR, TARGET_YEAR=year,
                        REPORT=str(report))
        out[year]["html"] = report.read_text(encoding="utf-8")
    return out


def test_closure_run_for_2025_and_2030_counts_each_years_demand(closures, projected):
    cells = rows(projected["OUTPUT"])
    for year in (2025, 2030):
        loads = rows(closures[year]["LOADS"])
        total = {r["group"]: r for r in rows(closures[year]["SUMMARY"])
                 if r["area"] == "all areas"}["total"]["population"]
        # the scenario counts the projection's need of that year (the projection algorithm
        # without raking is the independent reference)
        assert total == pytest.approx(sum(c[f"need_{year}"] for c in cells), rel=1e-9)
        assert sum(r["load_after"] for r in loads) <= total + 1e-6
    grow = [rows(closures[y]["SUMMARY"])[0]["population"] for y in (2025, 2030)]
    assert grow[1] > grow[0] * 1.03  # the old grow, and their visits count most


def test_closure_reports_show_demand_now_and_in_each_year(closures):
    for year in (2025, 2030):
        page = closures[year]["html"]
        assert f"Demand now and in {year}" in page or f"Kysyntä nyt ja vuonna {year}" in page
        heads = re.findall(r"<th[^>]*>([^<]*)</th>", page)
        assert any(h.endswith(" 2023") for h in heads) and any(h.endswith(f" {year}")
                                                               for h in heads)
        # the closed stations 3 and 4 have demand now and none in the target year
        row = re.search(r"<tr><td class=\"t\">4</td><td>([^<]+)</td><td>([^<]+)</td>", page)
        assert row and row.group(1) not in ("0", "") and row.group(2) == "0"
        assert "75–84" in page or "75-84" in page  # growth by age group per catchment


def test_closure_bad_target_year_names_table_and_year(tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Target year 2040: projection table "
                                                     r"projection: year 2040 is not in the "
                                                     r"projection table"):
        run("closureimpact", **CLOSURE, **YEAR, TARGET_YEAR=2040,
            REPORT=str(tmp_path / "r.html"))
    with pytest.raises(QgsProcessingException, match="give the projection table and the "
                                                     "population's municipality field"):
        run("closureimpact", **CLOSURE, TARGET_YEAR=2030, REPORT=str(tmp_path / "r.html"))


def test_cost_report_of_two_scenarios_side_by_side(tmp_path, od):
    common = {"SITES": f"{PLAN}|layername=site_costs", "STAFF": f"{PLAN}|layername=staff",
              "YEARLY": "memory:", "SITE_YEARS": "memory:", "NPV": "memory:"}
    keep = run("networkcosts", **common, SCENARIO_NAME="keep all")
    close = run("networkcosts", **common, SCENARIO=f"{PLAN}|layername=scenario",
                SCENARIO_NAME="close 3 and 4")
    staff = run("staffcommute", STAFF=f"{PLAN}|layername=staff_homes", TIMES=od,
                MOVES="3>2, 4>7", LIMIT=15, OUTPUT="memory:", AREAS="memory:")
    report = tmp_path / "costs.html"
    run("costreport", YEARLY=[keep["YEARLY"], close["YEARLY"]],
        NPV=[keep["NPV"], close["NPV"]], SITE_YEARS=close["SITE_YEARS"],
        SITES=f"{PLAN}|layername=site_costs", STAFF=staff["OUTPUT"], REPORT=str(report))
    page = report.read_text(encoding="utf-8")
    npv = {(r["scenario"], r["view"]): r["npv_eur"] for t in (keep, close)
           for r in rows(t["NPV"])}
    for value in npv.values():
        assert f"{value:,.0f}" in page or f"{value:,.0f}".replace(",", "\u00a0") in page
    diff = npv[("close 3 and 4", "county")] - npv[("keep all", "county")]
    assert f"{diff:,.0f}".replace("-", "\u2212") in page or \
        f"{diff:,.0f}".replace(",", "\u00a0").replace("-", "\u2212") in page
    assert page.count("<img") == 2  # the yearly chart and the lease timeline
    assert "keep all" in page and "close 3 and 4" in page
    assert "at 3.0% a year" in page or "3,0\u00a0% vuosikorolla" in page
    over = sum(r["over_after"] for r in rows(staff["OUTPUT"]))
    assert f"{over:,.1f}" in page or f"{over:,.1f}".replace(".", ",") in page


def fmt(value: float, sign: bool = False) -> set[str]:
    """A count as the report writes it in English and in Finnish/Swedish."""
    s = f"{value:,.0f}"
    if sign and value > 0:
        s = "+" + s
    s = s.replace("-", "\u2212")
    return {s, s.replace(",", "\u00a0")}


def test_cost_report_shows_the_closures_access_effect(tmp_path):
    common = {"SITES": f"{PLAN}|layername=site_costs", "YEARLY": "memory:",
              "SITE_YEARS": "memory:", "NPV": "memory:"}
    keep = run("networkcosts", **common, SCENARIO_NAME="keep all")
    close = run("networkcosts", **common, SCENARIO=f"{PLAN}|layername=scenario",
                SCENARIO_NAME="close 3 and 4")
    impact = run("closureimpact", **CLOSURE, ELDERLY_FIELD="ika_75_",
                 REPORT=str(tmp_path / "impact.html"))
    report = tmp_path / "costs.html"
    # one summary for two scenarios: it goes to the second (the first is the baseline)
    run("costreport", YEARLY=[keep["YEARLY"], close["YEARLY"]],
        NPV=[keep["NPV"], close["NPV"]], ACCESS_TABLES=[impact["SUMMARY"]], REPORT=str(report))
    page = report.read_text(encoding="utf-8")
    assert "Access effect" in page or "Vaikutus saavutettavuuteen" in page
    groups = {r["group"]: r for r in rows(impact["SUMMARY"]) if r["area"] == "all areas"}
    assert set(groups) == {"total", "ika_75_"}
    section = page.split("<h2>")[-1]
    lines = re.findall(r"<tr>(.*?)</tr>", section)[1:]
    assert len(lines) == 4  # (everyone, 75+) x (10, 20 min)
    lost = 0.0
    for line, (group, t) in zip(lines, [(g, t) for g in ("total", "ika_75_")
                                        for t in ("10", "20")]):
        after, before = (groups[group][f"within_{t}_{w}"] for w in ("after", "before"))
        lost += before - after
        # keep all: n/a, n/a; close 3 and 4: after, change
        got = re.findall(r"<td>([^<]*)</td>", line)
        assert got[0] in ("n/a", "\u2013") and got[1] == got[0]
        assert got[2] in fmt(after) and got[3] in fmt(after - before, sign=True)
    assert lost > 0  # closing 3 and 4 takes residents out of reach
    with pytest.raises(QgsProcessingException, match="Access by scenario .*neither "
                                                     "within_<minutes>_before"):
        run("costreport", YEARLY=[keep["YEARLY"]], ACCESS_TABLES=[keep["NPV"]],
            REPORT=str(tmp_path / "bad.html"))


def test_least_cost_plan_staff_limit_no_plan_can_meet(projected, od):
    from qgis.core import QgsFeature, QgsVectorLayer

    limits = QgsVectorLayer("None?field=profession:string&field=fte:double", "limits",
                            "memory")
    for prof, fte in (("lääkäri", 24.0), ("hoitaja", 100.0)):
        f = QgsFeature(limits.fields())
        f.setAttributes([prof, fte])
        limits.dataProvider().addFeature(f)
    params = dict(DEMAND=projected["OUTPUT"], DEMAND_ID="grd_id", DEMAND_FIELDS="need_{year}",
                  SITES=f"{PLAN}|layername=site_costs", TIMES=od, STAFF=f"{PLAN}|layername=staff",
                  PLAN="memory:", YEARLY="memory:")
    # five stations of 6 doctors each must stay open in 2025 (their leases): 30 > 24
    with pytest.raises(QgsProcessingException, match="lääkäri in the whole county: the plan "
                                                     "needs 30 FTE, 24 available"):
        run("leastcostplan", **params, STAFF_LIMITS=limits)
    f = QgsFeature(limits.fields())
    f.setAttributes(["kirurgi", 1.0])
    limits.dataProvider().addFeature(f)
    with pytest.raises(QgsProcessingException, match=r"Staff available \(limits\) row 3: "
                                                     r"profession 'kirurgi' is not in the staff"):
        run("leastcostplan", **params, STAFF_LIMITS=limits)


def test_nearest_catchments_and_optimise_count_the_target_years_demand(projected, tmp_path):
    need = sum(c["need_2030"] for c in rows(projected["OUTPUT"]))
    road = {k: CLOSURE[k] for k in ("ROADS", "CLASS_FIELD", "MODE")}
    near = run("nearestfacility", INPUT=f"{TAMPERE}|layername=population", POP_FIELD="vaesto",
               FACILITIES=f"{TAMPERE}|layername=facilities", FAC_ID="fac_id", BANDS="10,20",
               TARGET_YEAR=2030, OUTPUT="memory:", SUMMARY="memory:", **YEAR, **road)
    assert sum(r["population"] for r in rows(near["SUMMARY"])) == pytest.approx(need)
    plain = run("nearestfacility", INPUT=f"{TAMPERE}|layername=population",
                POP_FIELD="vaesto", FACILITIES=f"{TAMPERE}|layername=facilities",
                FAC_ID="fac_id", BANDS="10,20", OUTPUT="memory:", SUMMARY="memory:", **road)
    assert sum(r["population"] for r in rows(plain["SUMMARY"])) == pytest.approx(95_006)
    catch = run("catchmentareas", FACILITIES=f"{TAMPERE}|layername=facilities",
                FAC_ID="fac_id", BANDS="30", KIND=2, POPULATION=f"{TAMPERE}|layername=population",
                POP_FIELD="vaesto", TARGET_YEAR=2030, OUTPUT="memory:", **YEAR, **road)
    counted = sum(r["population"] for r in rows(catch["OUTPUT"]))
    assert 0.95 * need < counted <= need + 1e-6  # (dissolved, 30 min by car: nearly all)
    opt = run("optimisenetwork", FACILITIES=f"{TAMPERE}|layername=facilities",
              FAC_ID="fac_id", POPULATION=f"{TAMPERE}|layername=population",
              POP_FIELD="vaesto", PROBLEM=0, P=3, TARGET_YEAR=2030, THRESHOLDS="10,20",
              OUTPUT="memory:", FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
              EQUITY="memory:", SITES="memory:", REPORT=str(tmp_path / "opt.html"), **YEAR,
              **road)
    assert sum(r["demand"] for r in rows(opt["SITES"])) == pytest.approx(need)
    assert "Demand now and in 2030" in (tmp_path / "opt.html").read_text(encoding="utf-8")


def test_cost_report_of_the_least_cost_plans_phases(projected, od, tmp_path):
    plan = run("leastcostplan", DEMAND=projected["OUTPUT"], DEMAND_ID="grd_id",
               DEMAND_FIELDS="need_{year}", SITES=f"{PLAN}|layername=site_costs", TIMES=od,
               EUR_PER_MINUTE=0.4, PLAN="memory:", YEARLY="memory:")
    report = tmp_path / "plan.html"
    run("costreport", YEARLY=[plan["YEARLY"]], SITE_YEARS=plan["PLAN"], DISCOUNT_RATE=3.0,
        SITES=f"{PLAN}|layername=site_costs", REPORT=str(report))
    page = report.read_text(encoding="utf-8")
    yearly = rows(plan["YEARLY"])
    # the plan's yearly site costs discounted at 3 % are the county NPV shown
    county = sum(r["fixed_cost"] / 1.03 ** k for k, r in enumerate(yearly))
    assert f"{county:,.0f}" in page or f"{county:,.0f}".replace(",", "\u00a0") in page
    assert page.count("<img") == 2


def csv_layer(path):
    """A CSV file as QGIS opens it through OGR: every column text."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid(), path
    return layer


def test_cost_report_readme_chain_through_csv_files(tmp_path):
    """The README's chain as written: every table a CSV file read back through OGR (text
    columns), not a memory layer."""
    out = {k: tmp_path / f"{k}.csv" for k in ("keep", "keep_sites", "keep_npv", "costs",
                                              "site_costs", "npv", "od", "staff", "areas",
                                              "summary")}
    common = {"SITES": f"{PLAN}|layername=site_costs", "STAFF": f"{PLAN}|layername=staff"}
    run("networkcosts", **common, SCENARIO_NAME="keep all", YEARLY=str(out["keep"]),
        SITE_YEARS=str(out["keep_sites"]), NPV=str(out["keep_npv"]))
    run("networkcosts", **common, SCENARIO=f"{PLAN}|layername=scenario",
        SCENARIO_NAME="close 3 and 4", YEARLY=str(out["costs"]),
        SITE_YEARS=str(out["site_costs"]), NPV=str(out["npv"]))
    assert all(f.type() == 10 for f in csv_layer(out["costs"]).fields())  # QVariant.String
    run("odmatrix", ORIGINS=f"{TAMPERE}|layername=population", ORIGINS_ID="grd_id",
        DESTINATIONS=f"{TAMPERE}|layername=facilities", DESTINATIONS_ID="fac_id",
        ROADS=f"{TAMPERE}|layername=roads", CLASS_FIELD="highway", MODE=0,
        OUTPUT=str(out["od"]))
    run("staffcommute", STAFF=f"{PLAN}|layername=staff_homes", TIMES=str(out["od"]),
        MOVES="3>2, 4>7", LIMIT=15, OUTPUT=str(out["staff"]), AREAS=str(out["areas"]))
    run("closureimpact", **{**CLOSURE, "SUMMARY": str(out["summary"])},
        REPORT=str(tmp_path / "impact.html"))
    report = tmp_path / "costs.html"
    res = run("costreport", YEARLY=[str(out["keep"]), str(out["costs"])],
              NPV=[str(out["keep_npv"]), str(out["npv"])], SITE_YEARS=str(out["site_costs"]),
              SITES=f"{PLAN}|layername=site_costs", STAFF=str(out["staff"]),
              ACCESS_TABLES=[str(out["summary"])], REPORT=str(report))
    page = report.read_text(encoding="utf-8")
    pdf = tmp_path / "costs.pdf"  # the PDF next to the HTML, as the closure reports have
    assert res["REPORT_PDF"] == str(pdf) and pdf.read_bytes().startswith(b"%PDF")
    npv = {(r["scenario"], r["view"]): float(r["npv_eur"])
           for p in ("keep_npv", "npv") for r in rows(csv_layer(out[p]))}
    for value in npv.values():
        assert fmt(value) & {page[m.start():m.end()] for m in re.finditer(r"[\d,\u00a0]+",
                                                                            page)}
    diff = npv[("close 3 and 4", "county")] - npv[("keep all", "county")]
    assert fmt(diff) & set(re.findall(r"\u2212[\d,\u00a0]+", page))
    assert page.count("<img") == 2
    assert "Access effect" in page or "Vaikutus saavutettavuuteen" in page
    summary = {r["group"]: r for r in rows(csv_layer(out["summary"]))
               if r["area"] == "all areas"}
    after = float(summary["total"]["within_10_after"])
    assert fmt(after) & set(re.findall(r"<td>([^<]*)</td>", page.split("<h2>")[-1]))


def test_cost_report_names_csv_row_that_is_not_a_number(tmp_path):
    yearly = tmp_path / "yearly.csv"
    yearly.write_text("scenario,year,county_total,societal_total\n"
                      "a,2025,\"1 000,75\",1000\n"
                      "a,2026,1 100,1100\n", encoding="utf-8")
    report = tmp_path / "r.html"
    run("costreport", YEARLY=[str(yearly)], REPORT=str(report))  # Finnish decimals read
    page = report.read_text(encoding="utf-8")
    assert "2\u00a0101" in page or "2,101" in page  # 1000.75 + 1100, rounded
    yearly.write_text("scenario,year,county_total,societal_total\n"
                      "a,2025,1000,1000\na,2026,n/a,1100\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"Costs per year \(yearly\), field "
                                                     r"county_total, row 2: 'n/a' is not a "
                                                     r"number"):
        run("costreport", YEARLY=[str(yearly)], REPORT=str(report))


def test_cost_log_lines_write_numbers_in_the_language_of_qgis(tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from palveluverkko.algorithms import report_output

    class Log(QgsProcessingFeedback):
        lines: list[str] = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    register_provider()
    monkeypatch.setattr(report_output, "report_language", lambda: "fi")
    log = Log()
    processing.run("palveluverkko:networkcosts", {
        "SITES": f"{PLAN}|layername=site_costs", "STAFF": f"{PLAN}|layername=staff",
        "SCENARIO_NAME": "keep", "YEARLY": str(tmp_path / "keep.csv"), "SITE_YEARS": "memory:",
        "NPV": "memory:"}, context=QgsProcessingContext(), feedback=log)
    assert any(re.search(r"\(county view, 3,0\u00a0%\): 55\u00a0967\u00a0288 EUR", line)
               for line in log.lines), log.lines
    processing.run("palveluverkko:costreport", {"YEARLY": [str(tmp_path / "keep.csv")],
                                                 "REPORT": str(tmp_path / "r.html")},
                   context=QgsProcessingContext(), feedback=log)
    assert any("2025-2030, discount rate 3,0\u00a0%." in line for line in log.lines)


def to_csv(layer_uri: str, path) -> str:
    """A table of the plan sample written as CSV (text columns when read back)."""
    from osgeo import gdal

    gdal.VectorTranslate(str(path), layer_uri.split("|")[0], format="CSV",
                         layers=[layer_uri.split("layername=")[1]])
    return str(path)


def test_network_costs_and_projection_read_their_tables_from_csv(tmp_path):
    tables = {k: to_csv(f"{PLAN}|layername={k}", tmp_path / f"{k}.csv")
              for k in ("site_costs", "scenario", "staff", "projection")}
    common = {"SCENARIO_NAME": "close 3 and 4", "YEARLY": "memory:", "SITE_YEARS": "memory:",
              "NPV": "memory:"}
    typed = run("networkcosts", SITES=f"{PLAN}|layername=site_costs",
                SCENARIO=f"{PLAN}|layername=scenario", STAFF=f"{PLAN}|layername=staff",
                **common)
    text = run("networkcosts", SITES=tables["site_costs"], SCENARIO=tables["scenario"],
               STAFF=tables["staff"], **common)
    assert [r["npv_eur"] for r in rows(text["NPV"])] == pytest.approx(
        [r["npv_eur"] for r in rows(typed["NPV"])])
    params = dict(INPUT=f"{TAMPERE}|layername=population", POP_FIELD="vaesto",
                  MUNICIPALITY_FIELD="kunta", BASE_YEAR=2023, TARGET_YEARS="2030",
                  RAKE=False, OUTPUT="memory:", CHECK="memory:")
    a = run("populationprojection", PROJECTION=f"{PLAN}|layername=projection", **params)
    b = run("populationprojection", PROJECTION=tables["projection"], **params)
    assert sum(c["pop_75_84_2030"] for c in rows(b["OUTPUT"])) == pytest.approx(
        sum(c["pop_75_84_2030"] for c in rows(a["OUTPUT"])))
