"""Facility names beside the ids where a name field is given (QA walk-through item 17):
nearest-facility summary, catchments, closure flows and loads, the cost report's lease chart
and staff table."""

from __future__ import annotations

import re

import pytest

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
ROAD = {"ROADS": ROADS, "CLASS_FIELD": "highway", "MODE": 0}


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


@pytest.fixture(scope="module")
def facility_names():
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(FACILITIES, "f", "ogr")
    return {f["fac_id"]: f["name"] for f in layer.getFeatures()}


def test_nearest_summary_names_each_facility(facility_names):
    out = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
              FACILITIES=FACILITIES, FAC_ID="fac_id", NAME_FIELD="name", BANDS="5,10",
              OUTPUT="memory:", SUMMARY="memory:", **ROAD)
    summary = rows(out["SUMMARY"])
    assert list(summary[0])[:3] == ["fac_id", "name", "cells"]
    named = [r for r in summary if r["fac_id"] is not None]
    assert named and all(r["name"] == facility_names[r["fac_id"]] for r in named)
    plain = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
                FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5,10", OUTPUT="memory:",
                SUMMARY="memory:", **ROAD)
    assert "name" not in out["OUTPUT"].fields().names()
    assert "name" not in plain["SUMMARY"].fields().names()


def test_nearest_catchments_name_each_polygon(facility_names):
    out = run("catchmentareas", FACILITIES=FACILITIES, FAC_ID="fac_id", NAME_FIELD="name",
              BANDS="5", KIND=1, RESOLUTION=100, OUTPUT="memory:", **ROAD)
    polygons = rows(out["OUTPUT"])
    assert polygons and all(p["name"] == facility_names[p["fac_id"]] for p in polygons)


def test_closure_flows_and_loads_name_the_facilities(facility_names, tmp_path):
    out = run("closureimpact", REPORT=str(tmp_path / "r.html"), FACILITIES=FACILITIES,
              FAC_ID="fac_id", NAME_FIELD="name",
              CLOSE_IDS="3", POPULATION=POPULATION, POP_FIELD="population",
              THRESHOLDS="5,10", OUTPUT="memory:", FLOWS="memory:", LOADS="memory:",
              SUMMARY="memory:", EQUITY="memory:", **ROAD)
    flows = [r for r in rows(out["FLOWS"]) if r["from_fac"] == "3"]
    assert flows
    for r in flows:
        assert r["from_name"] == facility_names[3]
        assert r["to_fac"] == "unreachable" or r["to_name"] == facility_names[int(r["to_fac"])]
    loads = rows(out["LOADS"])
    assert all(r["facility_name"] == facility_names[int(r["facility"])] for r in loads)


def test_cost_report_names_sites_in_lease_chart_and_staff_table(tmp_path, monkeypatch):
    from palveluverkko.core.scenario import report

    yearly = tmp_path / "yearly.csv"
    yearly.write_text("scenario,year,county_total,societal_total\na,2025,10,10\n"
                      "a,2026,10,10\n", encoding="utf-8")
    sites = tmp_path / "sites.csv"
    sites.write_text("site_id,nimi,lease_end\n2,Hervannan terveysasema,2026-12-31\n"
                     "3,Kaukajärven terveysasema,2026-06-30\n", encoding="utf-8")
    site_years = tmp_path / "site_years.csv"
    site_years.write_text("site_id,year,active_months\n2,2025,12\n2,2026,12\n3,2025,12\n"
                          "3,2026,6\n", encoding="utf-8")
    staff = tmp_path / "staff.csv"
    staff.write_text("site_id,profession,staff,site_after,over_before,over_after\n"
                     "3,hoitaja,10,2,0,1\n", encoding="utf-8")
    labels = []
    original = report._lease_chart

    def lease_chart(leases, lang, label=str):
        labels.extend(label(s) for s in leases["site_id"].astype(str).unique())
        return original(leases, lang, label)

    monkeypatch.setattr(report, "_lease_chart", lease_chart)
    out = tmp_path / "r.html"
    run("costreport", YEARLY=[str(yearly)], SITES=str(sites), SITE_YEARS=str(site_years),
        STAFF=str(staff), REPORT=str(out))
    assert labels == ["Hervannan terveysasema (2)", "Kaukajärven terveysasema (3)"]
    page = out.read_text(encoding="utf-8")
    staff_rows = re.findall(r"<tr>(.*?)</tr>", page.split("<h2>")[-1])
    assert "Kaukajärven terveysasema (3)" in staff_rows[1]
    assert "Hervannan terveysasema (2)" in staff_rows[1]
