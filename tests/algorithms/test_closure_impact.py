"""Closure impact in QGIS Processing: outputs, cache reuse, bad input, saved scenarios."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")

ALG = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
       "POP_FIELD": "population", "AREA_FIELD": "area", "ROADS": ROADS, "MODE": 1,
       "CLASS_FIELD": "highway", "THRESHOLDS": "5,10,15", "OUTPUT": "memory:",
       "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:", "EQUITY": "memory:"}


def run(tmp_path, **params):
    import processing

    register_provider()
    return processing.run("palveluverkko:closureimpact",
                          {**ALG, "REPORT": str(tmp_path / "report.html"), **params})


def test_algorithm_outputs_and_cache(tmp_path):
    from palveluverkko.algorithms.travel_times import MATRICES as TIMES

    first = run(tmp_path, CLOSE_IDS="3,7", CAPACITY_FIELD="capacity")
    hits = TIMES.hits
    second = run(tmp_path, CLOSE_EXPRESSION='"fac_id" = 9', CAPACITY_FIELD="capacity")
    assert TIMES.hits == hits + 1  # the second scenario reused the searches
    cells = rows(first["OUTPUT"])
    assert len(cells) == 92
    moved = [c for c in cells if c["reallocated"]]
    assert moved and all(c["fac_before"] in (3, 7) for c in moved)
    assert all(c["change_min"] >= -1e-9 for c in moved if c["change_min"] is not None)
    flows = rows(first["FLOWS"])
    assert sum(f["total"] for f in flows) == pytest.approx(sum(c["population"] for c in cells))
    assert any(f["from_fac"] == "none" and f["to_fac"] == "unreachable" for f in flows)
    loads = {r["facility"]: r for r in rows(first["LOADS"])}
    assert loads["3"]["load_after"] == 0 and not loads["3"]["open_after"]
    assert any(r["over_capacity"] for r in loads.values())
    page = (tmp_path / "report.html").read_text()
    assert page.count("<img") == 3 and "Key figures" in page  # map and two charts
    text = page.split("<img")[0] + "".join(p.split(">", 1)[-1] for p in page.split("<img")[1:])
    assert ">nan<" not in text.lower()  # unknown values are written "n/a", never NaN
    assert [c["fac_before"] for c in rows(second["OUTPUT"]) if c["reallocated"]] and all(
        c["fac_before"] == 9 for c in rows(second["OUTPUT"]) if c["reallocated"])


def test_algorithm_bad_input(tmp_path):
    with pytest.raises(QgsProcessingException, match="closes every facility"):
        run(tmp_path, CLOSE_EXPRESSION="true")
    with pytest.raises(QgsProcessingException, match="no facility has the id '999'"):
        run(tmp_path, CLOSE_IDS="999")
    with pytest.raises(QgsProcessingException, match="Nothing changes"):
        run(tmp_path)
    with pytest.raises(QgsProcessingException, match="field 'name' holds"):
        run(tmp_path, CLOSE_IDS="3", CAPACITY_FIELD="name")
    layer = QgsVectorLayer(FACILITIES, "f", "ogr")
    layer.selectByIds([])
    with pytest.raises(QgsProcessingException, match="no facility is selected"):
        run(tmp_path, FACILITIES=layer, CLOSE_SELECTED=True)


def test_comparing_saved_scenarios_gives_the_closure_figures(tmp_path):
    import processing

    closure = run(tmp_path, CLOSE_IDS="3,7")
    base = processing.run("palveluverkko:nearestfacility", {
        "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
        "FAC_ID": "fac_id", "ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway",
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    res = processing.run("palveluverkko:comparescenarios", {
        "A": base["OUTPUT"], "A_ID": "id", "A_FAC": "fac_id", "A_TIME": "time_min",
        "B": closure["OUTPUT"], "B_ID": "id", "B_FAC": "fac_after", "B_TIME": "min_after",
        "POP_FIELD": "population", "AREA_FIELD": "area", "THRESHOLDS": "5,10,15",
        "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
        "EQUITY": "memory:", "REPORT": str(tmp_path / "compare.html")})

    def key(r):
        return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in r.items()}

    got = rows(res["SUMMARY"])
    want = rows(closure["SUMMARY"])
    assert [key(r) for r in got] == [key(r) for r in want]
    moved = sorted((r["from_fac"], r["to_fac"], r["total"]) for r in rows(res["FLOWS"])
                   if r["moved"])
    assert moved == sorted((r["from_fac"], r["to_fac"], r["total"])
                           for r in rows(closure["FLOWS"]) if r["moved"])
    assert (tmp_path / "compare.html").read_text().count("<img") == 2


def test_age_group_fields_are_read_with_the_population(tmp_path):
    res = run(tmp_path, CLOSE_IDS="3", AGE_FIELDS=["population"], ELDERLY_FIELD="population")
    summary = rows(res["SUMMARY"])
    mine = [r for r in summary if r["group"] == "population" and r["area"] == "all areas"]
    total = [r for r in summary if r["group"] == "total" and r["area"] == "all areas"]
    assert mine[0]["within_10_after"] == total[0]["within_10_after"]
    equity = rows(res["EQUITY"])
    assert all(r["share_population_beyond_10"] == r["share_beyond_10"] for r in equity)


def test_road_closures_equal_the_per_facility_matrix(tmp_path, monkeypatch):
    """The road closure impact allocates by one nearest-facility search and searches again
    only where the closed facilities were nearest (``RoadTimes.allocations``); the same
    facilities and minutes (to the matrix's float32) as the nearest open column of the
    per-facility matrix, the former way."""
    from palveluverkko.algorithms import closure_impact
    from palveluverkko.algorithms.travel_times import MATRICES

    def cells(**params):
        MATRICES.clear()
        return {c["fid"] if "fid" in c else i: c for i, c in enumerate(rows(run(
            tmp_path, CLOSE_IDS="3,7", **params)["OUTPUT"]))}

    searched = cells()

    class NotRoad:  # the matrix path for every mode
        pass

    monkeypatch.setattr(closure_impact, "RoadTimes", NotRoad)
    matrix = cells()
    assert searched.keys() == matrix.keys() and len(searched) == 92
    moved = 0
    for k, a in searched.items():
        b = matrix[k]
        assert (a["fac_before"], a["fac_after"]) == (b["fac_before"], b["fac_after"])
        for when in ("min_before", "min_after"):
            if a[when] is None or b[when] is None:
                assert a[when] is None and b[when] is None
            else:
                assert a[when] == pytest.approx(b[when], rel=1e-6, abs=1e-6)
        moved += bool(a["reallocated"])
    assert moved > 5
