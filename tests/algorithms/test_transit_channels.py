"""The service channels by public transport (the transit closure impact and optimiser on the
bundled Tampere sample and its GTFS, a short window), and the optimiser's report section:
the same rules as by road (a cell within the mobile limit of a stop with a visit is
compensated by the stop, the rest of the lost by remote visits)."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.qgis_helpers import ROOT, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
SAMPLE = ROOT / "resources" / "sample"
TAMPERE = SAMPLE / "tampere_sample.gpkg"
CHANNELS = SAMPLE / "channels_sample.gpkg"
TRANSIT = {"FACILITIES": f"{TAMPERE}|layername=facilities", "FAC_ID": "fac_id",
           "POPULATION": f"{TAMPERE}|layername=population", "POP_FIELD": "vaesto",
           "AREA_FIELD": "kunta", "GTFS": [str(SAMPLE / "tampere_gtfs.zip")],
           "DATE": "2022-01-18", "START": "07:00", "END": "07:20", "STEP": 10,
           "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
           "EQUITY": "memory:"}
LIMIT = 20.0  # minutes: the fixed sites' threshold and the mobile stops' access time


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def stops_layer() -> QgsVectorLayer:
    """The sample health bus's stops M1 and M2, moved next to Kaukajärvi and Linnainmaa."""
    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=stop_id:string&field=unit_id:string&"
                           "field=fac_id:string", "stops", "memory")
    feats = []
    for sid, x, y in (("M1", 333944.0, 6819463.0), ("M2", 334342.0, 6821847.0)):
        f = QgsFeature(layer.fields())
        f.setAttributes([sid, "bus1", sid])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def broadband() -> tuple[QgsVectorLayer, dict]:
    """Every cell: 10 households, all on 100 Mbit/s fibre in every other cell, mobile
    coverage 0.5 elsewhere; so the connectivity (the better of the two) is 1 or 0.5."""
    pop = QgsVectorLayer(TRANSIT["POPULATION"])
    layer = QgsVectorLayer("None?field=grid_id:string&field=hh_total:double&"
                           "field=hh_fixed_100M:double&field=mob_cov:double", "bb", "memory")
    feats, b = [], {}
    for i, cell in enumerate(pop.getFeatures()):
        f = QgsFeature(layer.fields())
        f.setAttributes([cell["grd_id"], 10.0, 10.0 if i % 2 == 0 else 0.0, 0.5])
        feats.append(f)
        b[cell["grd_id"]] = 1.0 if i % 2 == 0 else 0.5
    layer.dataProvider().addFeatures(feats)
    return layer, b


def channel_inputs() -> tuple[dict, dict]:
    bb, b = broadband()
    return {"STOPS": stops_layer(), "UNITS": f"{CHANNELS}|layername=mobile_units",
            "SCHEDULE": f"{CHANNELS}|layername=stop_schedule",
            "HOLIDAYS": f"{CHANNELS}|layername=holidays", "MOBILE_LIMIT": LIMIT,
            "BROADBAND": bb, "GRID_ID": "grd_id", "READINESS": "vaesto=0.9",
            "REMOTE": "gp=0.3"}, b


def check_rules(cells: list[dict], b: dict, lost_field: str) -> None:
    """Each cell judged by the road case's rules."""
    for c in cells:
        assert c["ch_b_conn"] == b[c["grd_id"]]
        assert c["ch_sigma"] == pytest.approx(0.3 * 0.9 * b[c["grd_id"]] if c["vaesto"]
                                              else 0.0)
        assert c["ch_lost"] == int(c[lost_field])
        near = c["ch_mobile_min"] is not None and c["ch_mobile_min"] <= LIMIT
        assert c["ch_comp_mobile"] == int(c["ch_lost"] and near)
        assert c["ch_comp_remote"] == pytest.approx(
            c["ch_sigma"] if c["ch_lost"] and not near else 0.0)
        if c["ch_lost"]:
            assert c["ch_best_after"] == ("mobile" if near else "digital")


def test_transit_closure_impact_with_channels(tmp_path):
    inputs, b = channel_inputs()
    report = tmp_path / "r.html"
    res = run("transitclosureimpact", CLOSE_IDS="3,4", THRESHOLDS="20,40",
              REPORT=str(report), CHANNEL_AREAS="memory:", **TRANSIT, **inputs)
    cells = rows(res["OUTPUT"])
    check_rules(cells, b, "lost_20")
    # the stops' times are the transit times to them: the closure with the stops as sites
    stops = run("transitclosureimpact", **{**TRANSIT, "FACILITIES": stops_layer(),
                                           "FAC_ID": "stop_id"}, CLOSE_IDS="M2", THRESHOLDS="20",
                REPORT=str(tmp_path / "s.html"))
    to_stop = [c["min_before"] for c in rows(stops["OUTPUT"])]
    assert [c["ch_mobile_min"] for c in cells] == pytest.approx(to_stop, abs=1e-4, nan_ok=True)
    areas = {r["area"]: r for r in rows(res["CHANNEL_AREAS"])}
    total = areas["all areas"]
    lost = sum(c["vaesto"] for c in cells if c["ch_lost"])
    mobile = sum(c["vaesto"] for c in cells if c["ch_comp_mobile"])
    remote = sum(c["vaesto"] * c["ch_comp_remote"] for c in cells)
    assert [total[k] for k in ("lost", "mobile", "remote")] == pytest.approx(
        [lost, mobile, remote])
    assert [total[k] for k in ("lost", "mobile", "remote", "left")] == pytest.approx(
        [13465, 12525, 208.305, 731.695], abs=1e-3)
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", report.read_text(encoding="utf-8")))
    assert "Other service channels" in page
    assert ("Of the 13,465 residents who lose their facility within 20 min, a mobile stop "
            "within 20 min serves 12,525 (93%)") in page


def test_transit_optimiser_with_channels(tmp_path):
    from core.channels.multichannel import channel_demand

    inputs, b = channel_inputs()
    common = dict(PROBLEM=1, P=3, THRESHOLD=LIMIT, THRESHOLDS="20", SITES="memory:",
                  **TRANSIT)
    plain = run("transitoptimisenetwork", REPORT=str(tmp_path / "p.html"), **common)
    report = tmp_path / "o.html"
    res = run("transitoptimisenetwork", REPORT=str(report), **common, **inputs)
    cells = rows(res["OUTPUT"])
    # the cells judged as in the closure: 'before' the current network, 'after' the chosen
    check_rules(cells, b, "lost_20")
    nan = float("nan")
    left = channel_demand([c["vaesto"] for c in cells],
                          [nan if c["ch_mobile_min"] is None else c["ch_mobile_min"]
                           for c in cells], [c["ch_sigma"] for c in cells], LIMIT)
    covered = sum(w for w, c in zip(left, cells) if c["min_after"] is not None
                  and c["min_after"] <= LIMIT)
    assert res["OBJECTIVE"] == pytest.approx(covered)
    assert res["OBJECTIVE"] == pytest.approx(34453.625, abs=0.01)
    assert plain["OBJECTIVE"] == pytest.approx(58212)
    assert "Other service channels" in report.read_text(encoding="utf-8")
    assert "Other service channels" not in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_optimiser_report_has_the_channels_section(tmp_path):
    """By road on the channel sample: the optimiser's report says what the closure impact
    says when the sites it does not choose are closed."""
    from tests.algorithms.test_channel_sample import CHANNELS_IN, WALK8

    report = tmp_path / "o.html"
    res = run("optimisenetwork", PROBLEM=1, P=3, THRESHOLD=8, THRESHOLDS="8",
              SITES="memory:", REPORT=str(report), **WALK8, **CHANNELS_IN)
    closed = [str(s["site_id"]) for s in rows(res["SITES"]) if not s["chosen"]]
    closure = run("closureimpact", CLOSE_IDS=",".join(closed), THRESHOLDS="8",
                  REPORT=str(tmp_path / "c.html"), CHANNEL_AREAS="memory:", **WALK8,
                  **CHANNELS_IN)
    total = {r["area"]: r for r in rows(closure["CHANNEL_AREAS"])}["all areas"]
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", report.read_text(encoding="utf-8")))
    words = (f"Of the {total['lost']:,.0f} residents who lose their facility within 8 min, a "
             f"mobile stop within 8 min serves {total['mobile']:,.0f}")
    assert words in page, page[page.find("Other service"):][:600]
    assert "Other service channels" in page
    assert [total[k] for k in ("lost", "mobile")] == pytest.approx([3024, 899])
