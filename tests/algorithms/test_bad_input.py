"""Bad input, as a county GIS specialist meets it (issue 17): every case is a clear error, a
warning or a correct figure, and no input file is ever changed.

Cases that write files work on a copy of the sample GeoPackage, never on the bundled file.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.qgis_helpers import (
    FACILITIES,
    POPULATION,
    ROADS,
    ROOT,
    SAMPLE,
    register_provider,
    rows,
)

pytestmark = pytest.mark.usefixtures("qgis_processing")
WALK = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway"}
NEAREST = {"INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
           "FAC_ID": "fac_id", "BANDS": "5,10", **WALK}
CLOSURE = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CLOSE_IDS": "3",
           "POPULATION": POPULATION, "POP_FIELD": "population", "THRESHOLDS": "5,10", **WALK,
           "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
           "EQUITY": "memory:"}


class Log(QgsProcessingFeedback):
    """Feedback that keeps every message; optionally cancels once progress passes a mark."""

    def __init__(self, cancel_at: float | None = None):
        super().__init__()
        self.lines: list[str] = []
        self.cancel_at = cancel_at

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append("WARNING " + text)

    def reportError(self, text, fatal=False):  # noqa: N802
        self.lines.append("ERROR " + text)

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def run(alg, feedback=None, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params, feedback=feedback or Log())


def points(features: list, fields: str = "&field=fac_id:integer",
           crs: str = "EPSG:3067") -> QgsVectorLayer:
    """A memory point layer from (x, y or None, attributes) tuples."""
    layer = QgsVectorLayer(f"Point?crs={crs}{fields}", "test points", "memory")
    feats = []
    for x, y, attrs in features:
        f = QgsFeature(layer.fields())
        if x is not None:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def sample_facilities(extra=(), fields="&field=fac_id:integer") -> QgsVectorLayer:
    """The sample facilities as a memory layer (fac_id only), plus ``extra`` features."""
    src = QgsVectorLayer(FACILITIES, "f", "ogr")
    feats = [(f.geometry().asPoint().x(), f.geometry().asPoint().y(), [f["fac_id"]])
             for f in src.getFeatures()]
    return points(feats + list(extra), fields)


@pytest.fixture
def gpkg_copy(tmp_path):
    """A copy of the sample GeoPackage (never the bundled file) and its layer URIs."""
    path = tmp_path / "mydata.gpkg"
    shutil.copy(SAMPLE, path)
    return path


def tables(path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {r[0] for r in db.execute("select table_name from gpkg_contents")}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------- 1-4: data loss
@pytest.mark.parametrize("alg, extra, key", [
    ("nearestfacility", {}, "OUTPUT"),
    ("nearestfacility", {}, "SUMMARY"),
    ("catchmentareas", {"BANDS": "5"}, "OUTPUT"),
    ("closureimpact", {}, "LOADS"),
])
def test_output_onto_an_input_file_is_refused_before_writing(gpkg_copy, tmp_path, alg, extra,
                                                              key):
    uri = {n: f"{gpkg_copy}|layername={n}" for n in ("roads", "facilities", "population")}
    params = {"FACILITIES": uri["facilities"], "FAC_ID": "fac_id", "ROADS": uri["roads"],
              "MODE": 1, "CLASS_FIELD": "highway"}
    if alg == "nearestfacility":
        params.update(INPUT=uri["population"], POP_FIELD="population", BANDS="5,10",
                      OUTPUT=str(tmp_path / "o.gpkg"), SUMMARY=str(tmp_path / "s.csv"))
    elif alg == "closureimpact":
        params.update({k: v for k, v in CLOSURE.items() if k not in params},
                      POPULATION=uri["population"], REPORT=str(tmp_path / "r.html"))
    else:
        params.update(OUTPUT=str(tmp_path / "o.gpkg"))
    params.update(extra)
    params[key] = str(gpkg_copy)
    before = digest(gpkg_copy)
    with pytest.raises(QgsProcessingException, match=rf"\({key}\): the output file .*mydata"
                                                     r"\.gpkg is also an input"):
        run(alg, **params)
    assert digest(gpkg_copy) == before
    assert {"roads", "facilities", "population"} <= tables(gpkg_copy)


def test_new_layer_in_the_input_geopackage_is_allowed_but_not_over_an_input_layer(gpkg_copy):
    params = {**NEAREST, "INPUT": f"{gpkg_copy}|layername=population",
              "SUMMARY": "memory:"}
    with pytest.raises(QgsProcessingException, match="is also an input"):
        run("nearestfacility", **params,
            OUTPUT=f"ogr:dbname='{gpkg_copy}' table=\"population\" (geom)")
    res = run("nearestfacility", **params,
              OUTPUT=f"ogr:dbname='{gpkg_copy}' table=\"nearest\" (geom)")
    assert "nearest" in res["OUTPUT"]
    assert {"roads", "facilities", "population", "nearest"} <= tables(gpkg_copy)


def test_report_onto_a_geopackage_or_other_file_is_refused(gpkg_copy, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    for target in (gpkg_copy, notes):
        before = digest(target)
        with pytest.raises(QgsProcessingException,
                           match=r"Report \(REPORT\): .* already exists and is not a "
                                 r"Palveluverkko HTML report"):
            run("closureimpact", **CLOSURE, REPORT=str(target))
        assert digest(target) == before
    report = tmp_path / "report.html"
    run("closureimpact", **CLOSURE, REPORT=str(report))
    run("closureimpact", **CLOSURE, REPORT=str(report))  # our own report: replaced
    assert "Key figures" in report.read_text()


def test_report_in_a_missing_folder_is_refused_before_other_outputs(tmp_path):
    out = tmp_path / "cells.gpkg"
    with pytest.raises(QgsProcessingException,
                       match=r"Report \(REPORT\): the folder .*nowhere does not exist"):
        run("closureimpact", **{**CLOSURE, "OUTPUT": str(out)},
            REPORT=str(tmp_path / "nowhere" / "r.html"))
    assert not out.exists()


def test_output_under_a_file_instead_of_a_folder_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    with pytest.raises(QgsProcessingException,
                       match=r"Nearest facility \(OUTPUT\): .*notes.txt is a file, not a folder"):
        run("nearestfacility", **NEAREST, OUTPUT=str(notes / "o.gpkg"), SUMMARY="memory:")
    assert notes.read_text() == "x"


def test_unwritable_output_place_is_refused(tmp_path, monkeypatch):
    """(The tests run as root, for whom every place is writable: the permission check is
    simulated.)"""
    import palveluverkko.algorithms.validation as validation

    real = validation.os.access
    locked = str(tmp_path / "locked")
    monkeypatch.setattr(validation.os, "access",
                        lambda p, mode: False if str(p) == locked else real(p, mode))
    (tmp_path / "locked").mkdir()
    with pytest.raises(QgsProcessingException,
                       match=r"Report \(REPORT\): .*locked/r.html cannot be written \(no "
                             r"permission\)"):
        run("closureimpact", **CLOSURE, REPORT=str(tmp_path / "locked" / "r.html"))


def test_cancel_after_the_sink_was_created_leaves_no_empty_geopackage(tmp_path):
    out = tmp_path / "catchments.gpkg"
    log = Log(cancel_at=50)
    with pytest.raises(QgsProcessingException):
        run("catchmentareas", feedback=log, FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5",
            OUTPUT=str(out), **WALK)
    assert not out.exists()
    assert "incomplete outputs were removed" in log.text


def test_qgis_process_output_onto_the_input_geopackage_keeps_its_layers(gpkg_copy, tmp_path):
    from tests.integration.test_qgis_process import _env

    config = tmp_path / "config"
    subprocess.run([str(ROOT / "scripts" / "install_plugin.sh")], env=_env(config), check=True,
                   capture_output=True)
    before = digest(gpkg_copy)
    res = subprocess.run(
        ["qgis_process", "run", "palveluverkko:nearestfacility", "--",
         f"INPUT={gpkg_copy}|layername=population", "POP_FIELD=population",
         f"FACILITIES={gpkg_copy}|layername=facilities", "FAC_ID=fac_id",
         f"ROADS={gpkg_copy}|layername=roads", "MODE=1", "CLASS_FIELD=highway",
         f"OUTPUT={gpkg_copy}", f"SUMMARY={tmp_path / 'summary.csv'}"],
        env=_env(config), capture_output=True, text=True, timeout=300)
    assert res.returncode != 0
    assert "Nearest facility (OUTPUT): the output file" in res.stdout + res.stderr
    assert "is also an input (parameter 'Population', layer 'population', 'facilities', " \
        "'roads')" in \
        res.stdout + res.stderr
    assert digest(gpkg_copy) == before
    assert {"roads", "facilities", "population"} <= tables(gpkg_copy)


# ---------------------------------------------------------------------- 5: caches
def test_transit_times_cache_key_covers_feed_content_and_walking_roads(tmp_path):
    import numpy as np
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )

    from palveluverkko.algorithms.closure_impact import TransitClosureImpact
    from palveluverkko.algorithms.travel_times import TransitTimes
    from tests.osm_data import SHARED

    feed = tmp_path / "feed.zip"
    shutil.copy(SHARED / "kuopio" / "gtfs_kuopio_finland.zip", feed)
    alg = TransitClosureImpact()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    crs = QgsCoordinateReferenceSystem("EPSG:3067")

    class Pts:
        x = y = np.zeros(3)

    def key(**extra):
        params = {"GTFS": [str(feed)], "DATE": "2016-11-01", "START": "07:00", **extra}
        times = TransitTimes(alg, params, context, QgsProcessingFeedback(),
                             TransitTimes.read(alg, params, context), crs)
        return times.cache_key(Pts, Pts)

    first = key()
    assert key() == first
    with open(feed, "ab") as fh:
        fh.write(b"\0")  # the feed file rewritten in place, same name
    assert key() != first
    plain = key()
    roads_copy = tmp_path / "roads.gpkg"
    shutil.copy(SAMPLE, roads_copy)
    with_roads = key(ROADS=f"{roads_copy}|layername=roads")
    assert with_roads != plain
    assert key(ROADS=f"{roads_copy}|layername=roads", CLASS_FIELD="highway") != with_roads


# ---------------------------------------------------------------------- 6, 15: work CRS
def test_road_layer_in_web_mercator_is_worked_in_ground_metres(tmp_path):
    reprojected = tmp_path / "roads3857.gpkg"
    import processing

    processing.run("native:reprojectlayer", {"INPUT": ROADS, "TARGET_CRS": "EPSG:3857",
                                             "OUTPUT": str(reprojected)})
    params = {"ORIGINS": POPULATION, "ORIGINS_ID": "id", "DESTINATIONS": FACILITIES,
              "DESTINATIONS_ID": "fac_id", "K": 1, "MODE": 1, "CLASS_FIELD": "highway",
              "OUTPUT": "memory:"}
    log = Log()
    mercator = run("odmatrix", feedback=log, **params, ROADS=str(reprojected))
    native = run("odmatrix", **params, ROADS=ROADS)
    assert "is in EPSG:3857, whose map units are not ground metres here" in log.text
    assert "the work is done in EPSG:3067" in log.text
    a = {r["origin_id"]: r["time_min"] for r in rows(mercator["OUTPUT"])}
    b = {r["origin_id"]: r["time_min"] for r in rows(native["OUTPUT"])}
    assert len(a) == len(b) > 40
    assert sum(a.values()) == pytest.approx(sum(b.values()), rel=0.01)  # not doubled


def test_work_crs_of_a_source_without_extent_is_read_from_its_features():
    """An OSM .pbf without a bounding box in its header reports a NaN extent."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingContext,
        QgsRectangle,
    )

    from palveluverkko.algorithms.validation import choose_work_crs

    nan = float("nan")
    lines = QgsVectorLayer("LineString?crs=EPSG:4326", "osm lines", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(24.9, 60.2), QgsPointXY(25.0, 60.2)]))
    lines.dataProvider().addFeatures([f])

    class NoExtent:
        def sourceCrs(self):
            return QgsCoordinateReferenceSystem("EPSG:4326")

        def sourceExtent(self):
            return QgsRectangle(nan, nan, nan, nan)

        def getFeatures(self, request):
            return lines.getFeatures(request)

    log = Log()
    crs = choose_work_crs(NoExtent(), QgsProcessingContext(), "lines", log)
    assert crs.authid() == "EPSG:3067"
    assert "Layer 'lines' is in geographic EPSG:4326; the work is done in EPSG:3067" in log.text


# ---------------------------------------------------------------------- 7: ids
def _with_entrance():
    """The sample facilities plus a second entrance of facility 3, 400 m east."""
    return sample_facilities([(*_entrance_xy(), [3])])


def test_repeated_facility_ids_are_refused_with_the_ids_listed():
    with pytest.raises(QgsProcessingException,
                       match=r"Layer 'test points': the id field 'fac_id' repeats the ids "
                             r"\['3'\] .* switch on 'features with the same id are entrances"):
        run("nearestfacility", **{**NEAREST, "FACILITIES": _with_entrance()},
            OUTPUT="memory:", SUMMARY="memory:")


@pytest.mark.parametrize("alg, params", [
    ("nearestfacility", {**NEAREST, "OUTPUT": "memory:", "SUMMARY": "memory:"}),
    ("catchmentareas", {"FAC_ID": "fac_id", "BANDS": "5", "OUTPUT": "memory:", **WALK}),
    ("closureimpact", CLOSURE),
    ("optimisenetwork", {**CLOSURE, "P": 3, "SITES": "memory:"}),
    ("odmatrix", {"ORIGINS": POPULATION, "DESTINATIONS_ID": "fac_id", "OUTPUT": "memory:",
                  **WALK}),
])
def test_null_or_repeated_ids_are_refused_everywhere(alg, params, tmp_path):
    layer = "DESTINATIONS" if alg == "odmatrix" else "FACILITIES"
    params = {k: v for k, v in params.items() if k not in ("CLOSE_IDS", "FACILITIES")}
    if alg in ("closureimpact", "optimisenetwork"):
        params["REPORT"] = str(tmp_path / "r.html")
    if alg == "closureimpact":
        params["CLOSE_IDS"] = "3"
    nulls = sample_facilities([(385600.0, 6672000.0, [None])])
    with pytest.raises(QgsProcessingException,
                       match=r"Layer 'test points': 1 of the .* have no value \(NULL\) in the id "
                             r"field 'fac_id' \(e.g. feature ids \[18\]\)"):
        run(alg, **params, **{layer: nulls})
    with pytest.raises(QgsProcessingException, match=r"repeats the ids \['3'\]"):
        run(alg, **params, **{layer: _with_entrance()})


def test_entrances_of_one_facility_count_from_the_nearest():
    log = Log()
    merged = run("nearestfacility", feedback=log, **{**NEAREST, "FACILITIES": _with_entrance()},
                 ENTRANCES=True, OUTPUT="memory:", SUMMARY="memory:")
    assert "1 features merged as entrances into 1 facilities (same 'fac_id')" in log.text
    summary = rows(merged["SUMMARY"])
    assert len(summary) == 17 + 1  # one row per facility (and the unreachable row)
    assert len({r["fac_id"] for r in summary}) == 18
    # reference: the entrance as a facility of its own id 99, then mapped back to 3
    apart = run("nearestfacility", **{**NEAREST, "FACILITIES": sample_facilities(
        [(*_entrance_xy(), [99])])}, OUTPUT="memory:", SUMMARY="memory:")
    want = {r["id"]: (3 if r["fac_id"] == 99 else r["fac_id"], r["time_min"])
            for r in rows(apart["OUTPUT"])}
    got = {r["id"]: (r["fac_id"], r["time_min"]) for r in rows(merged["OUTPUT"])}
    assert got == want
    assert any(fac == 3 for fac, _ in got.values())


def _entrance_xy(fac_id=3, dx=400.0):
    src = QgsVectorLayer(FACILITIES, "f", "ogr")
    p = next(f for f in src.getFeatures() if f["fac_id"] == fac_id).geometry().asPoint()
    return p.x() + dx, p.y()


def test_closing_a_facility_closes_all_its_entrances(tmp_path):
    res = run("closureimpact", **{**CLOSURE, "FACILITIES": _with_entrance()}, ENTRANCES=True,
              REPORT=str(tmp_path / "r.html"))
    cells = rows(res["OUTPUT"])
    assert any(c["fac_before"] == 3 for c in cells)
    assert not any(c["fac_after"] == 3 for c in cells)
    loads = rows(res["LOADS"])
    assert sorted(r["facility"] for r in loads).count("3") == 1


def test_new_site_ids_colliding_with_existing_ones_are_refused(tmp_path):
    new = points([(385600.0, 6672000.0, [3])])
    with pytest.raises(QgsProcessingException,
                       match=r"Layer 'test points': the ids \['3'\] \(field 'fac_id'\) are also "
                             r"ids of layer 'facilities'"):
        run("closureimpact", **CLOSURE, NEW_FACILITIES=new, NEW_ID="fac_id",
            REPORT=str(tmp_path / "r.html"))


# ---------------------------------------------------------------------- 8: no geometry
@pytest.mark.parametrize("alg, params", [
    ("nearestfacility", {**NEAREST, "OUTPUT": "memory:", "SUMMARY": "memory:"}),
    ("catchmentareas", {"FAC_ID": "fac_id", "BANDS": "5", "OUTPUT": "memory:", **WALK}),
    ("closureimpact", CLOSURE),
])
def test_facilities_without_geometry_are_warned_about_the_same_way(alg, params, tmp_path):
    params = {k: v for k, v in params.items() if k != "FACILITIES"}
    if alg == "closureimpact":
        params["REPORT"] = str(tmp_path / "r.html")
    log = Log()
    run(alg, feedback=log, **params,
        FACILITIES=sample_facilities([(None, None, [77])]))
    warnings = [m for m in log.lines if "have no geometry" in m]
    assert warnings == ["WARNING Layer 'test points': 1 of 18 facilities have no geometry (e.g. "
                        "feature ids [18]) and take no part in the computation. Add their "
                        "geometry or filter them out."]


# ---------------------------------------------------------------------- 9: numbers
@pytest.mark.parametrize("bands, message", [
    ("nan", "'nan' is not allowed; give positive, finite minutes"),
    ("10,inf", "'inf' is not allowed"),
    ("-5", "'-5' is not allowed"),
    ("ten", "'ten' in 'ten' is not a number of minutes"),
    (" ", "give at least one positive number of minutes"),
])
def test_bands_must_be_positive_finite_minutes(bands, message):
    with pytest.raises(QgsProcessingException, match=f"Time bands: {message}"):
        run("catchmentareas", FACILITIES=FACILITIES, BANDS=bands, OUTPUT="memory:", **WALK)


@pytest.mark.parametrize("alg, key, value, message", [
    ("nearestfacility", "CUTOFF", "nan", r"Cut-off \(minutes, 0 = none\) \(CUTOFF\): 'nan' is "
                                         r"not a finite number; give a number \(at least 0\)"),
    ("catchmentareas", "REACH", "nan", r"\(REACH\): 'nan' is not a finite number"),
    ("catchmentareas", "RESOLUTION", "inf", "Incorrect parameter value for RESOLUTION"),
    ("transittimes", "THRESHOLD", float("nan"), r"\(THRESHOLD\): 'nan' is not a finite number"),
])
def test_numbers_must_be_finite(alg, key, value, message):
    params = {"nearestfacility": {**NEAREST, "SUMMARY": "memory:"},
              "catchmentareas": {"FACILITIES": FACILITIES, "BANDS": "5", **WALK},
              "transittimes": _transit()}[alg]
    with pytest.raises(QgsProcessingException, match=message):
        run(alg, **params, **{key: value}, OUTPUT="memory:")


def test_band_smaller_than_the_grid_is_reported():
    log = Log()
    res = run("catchmentareas", feedback=log, FACILITIES=FACILITIES, FAC_ID="fac_id",
              BANDS="0.01,5", OUTPUT="memory:", **WALK)
    assert {r["band_to"] for r in rows(res["OUTPUT"])} == {5.0}
    assert "Time bands 0.01 min gave no polygon: the area reached is smaller than the 50 m " \
           "grid resolution" in log.text


def test_percentiles_are_percent_and_ids_take_semicolons(tmp_path):
    with pytest.raises(QgsProcessingException,
                       match=r"Percentiles: '150' is not allowed; give positive, finite percent "
                             r"and at most 100"):
        run("transittimes", **_transit(), PERCENTILES="50,150", OUTPUT="memory:")
    res = run("closureimpact", **{**CLOSURE, "CLOSE_IDS": "3;7"},
              REPORT=str(tmp_path / "r.html"))
    cells = rows(res["OUTPUT"])
    assert {3, 7} <= {c["fac_before"] for c in cells}
    assert not {3, 7} & {c["fac_after"] for c in cells}


# ---------------------------------------------------------------------- 10-12: transit
def _transit(n_origins: int = 20, offset: float = 100.0) -> dict:
    """Kuopio feed, origins near stops served in the morning, three stops as facilities."""
    import numpy as np

    from core.transit.gtfs import read_feed
    from tests.osm_data import SHARED, stop_xy

    feed_path = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
    feed = read_feed(feed_path)
    xs, ys = stop_xy(feed.stops)
    served = feed.stop_times["stop_id"].unique()
    idx = np.flatnonzero(feed.stops["stop_id"].isin(served).to_numpy())
    rng = np.random.default_rng(3)
    org = rng.choice(idx, n_origins, replace=False)
    fac = rng.choice(idx, 3, replace=False)
    return {"GTFS": [str(feed_path)], "DATE": "2016-11-01", "START": "07:00", "END": "07:20",
            "STEP": 5,
            "ORIGINS": points([(xs[i] + offset, ys[i], [k]) for k, i in enumerate(org)],
                              "&field=id:integer"), "ORIGIN_ID": "id",
            "FACILITIES": points([(xs[i], ys[i], [k]) for k, i in enumerate(fac)]),
            "FAC_ID": "fac_id"}


@pytest.mark.parametrize("key, value, message", [
    ("ARRIVE_BY", "99:99", "Arrive by: '99:99' is not a valid time"),
    ("START", "07:99", "First departure: '07:99' is not a valid time"),
    ("END", "7h", "Last departure: '7h' is not a time; write HH:MM"),
])
def test_clock_times_are_range_checked(key, value, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("transittimes", **{**_transit(), key: value}, OUTPUT="memory:")


def test_arrive_by_before_the_window_is_warned_about():
    log = Log()
    res = run("transittimes", feedback=log, **_transit(), ARRIVE_BY="06:30", OUTPUT="memory:")
    assert "Arrive by 06:30 is not after the first departure (07:00)" in log.text
    walked = [r for r in rows(res["OUTPUT"]) if r["leave_by"] is not None]
    assert len(walked) < 20
    assert all(r["leave_by"] > "06:00:00" for r in walked)  # walks of at most 800 m x 1.3


def test_feed_of_another_region_is_warned_about():
    log = Log()
    far = points([(385600.0 + 100 * i, 6672000.0, [i]) for i in range(5)],
                  "&field=id:integer")  # Helsinki, the feed is Kuopio's
    run("transittimes", feedback=log, **{**_transit(), "ORIGINS": far}, OUTPUT="memory:")
    assert "Layer 'test points': none of the 5 features is within walking reach (800 m) of a " \
           "stop of the GTFS feeds" in log.text
    log = Log()
    run("transittimes", feedback=log, **_transit(), OUTPUT="memory:")
    assert "Layer 'test points': 20 of 20 features (100%) are within walking reach" in log.text


def test_feed_given_twice_is_refused_by_the_algorithms(tmp_path):
    params = _transit()
    copy = tmp_path / "copy.zip"
    shutil.copy(params["GTFS"][0], copy)
    with pytest.raises(QgsProcessingException, match=r"GTFS: copy.zip: the same feed as "):
        run("transittimes", **{**params, "GTFS": params["GTFS"] + [str(copy)]},
            OUTPUT="memory:")


# ---------------------------------------------------------------------- 13, 16: scenarios
def _scenario_layers(time_type="double", extra_b=0):
    """Scenario A and B cell layers (3 cells; B with ``extra_b`` unrelated cells)."""
    fields = f"&field=id:integer&field=fac:integer&field=t:{time_type}&field=pop:double"
    cells = [(385600.0 + 100 * i, 6672000.0, [i, 1, 5 + i, 10.0]) for i in range(3)]
    a = points(cells, fields)
    b = points(cells + [(390000.0 + 100 * k, 6672000.0, [100 + k, 1, 1, 10.0])
                        for k in range(extra_b)], fields)
    b.setName("plan B")
    return a, b


def _compare(a, b, tmp_path):
    return run("comparescenarios", A=a, A_ID="id", A_FAC="fac", A_TIME="t", B=b, B_ID="id",
               B_FAC="fac", B_TIME="t", POP_FIELD="pop", THRESHOLDS="10",
               **{k: "memory:" for k in ("OUTPUT", "FLOWS", "LOADS", "SUMMARY", "EQUITY")},
               REPORT=str(tmp_path / "r.html"))


def test_compare_refuses_b_with_unrelated_cells(tmp_path):
    a, b = _scenario_layers(extra_b=2)
    with pytest.raises(QgsProcessingException,
                       match=r"Layer 'plan B': 2 cells of scenario B have no cell with the same "
                             r"id in scenario A \(e.g. \['100', '101'\]\)"):
        _compare(a, b, tmp_path)
    a, b = _scenario_layers()
    assert len(rows(_compare(a, b, tmp_path)["OUTPUT"])) == 3


def test_compare_with_a_text_time_field_names_feature_and_value(tmp_path):
    a, b = _scenario_layers("string")
    b.startEditing()
    f = next(b.getFeatures())
    b.changeAttributeValue(f.id(), 2, "n/a")
    b.commitChanges()
    with pytest.raises(QgsProcessingException,
                       match=r"feature 1: the travel time field 't' holds 'n/a', not a number of "
                             r"minutes"):
        _compare(a, b, tmp_path)


def test_coverage_threshold_covering_nothing_is_refused(tmp_path):
    with pytest.raises(QgsProcessingException,
                       match=r"Optimisation: no demand is within the coverage threshold "
                             r"\(0.01 min\) of any site \(the fastest trip takes \d+\.\d min\)"):
        run("optimisenetwork", **{k: v for k, v in CLOSURE.items() if k != "CLOSE_IDS"},
            PROBLEM=1, P=3, THRESHOLD=0.01, SITES="memory:", REPORT=str(tmp_path / "r.html"))


# ---------------------------------------------------------------------- 14: no class field
NO_CLASS = {"ROADS": ROADS, "MODE": 1}


@pytest.mark.parametrize("alg, params", [
    ("nearestfacility", {**NEAREST, **NO_CLASS, "CLASS_FIELD": None, "OUTPUT": "memory:",
                         "SUMMARY": "memory:"}),
    ("catchmentareas", {"FACILITIES": FACILITIES, "BANDS": "5", "OUTPUT": "memory:",
                        **NO_CLASS}),
    ("odmatrix", {"ORIGINS": POPULATION, "DESTINATIONS": FACILITIES, "K": 1,
                  "OUTPUT": "memory:", **NO_CLASS}),
    ("checknetwork", {"FACILITIES": FACILITIES, "EDGES": "memory:", "DANGLES": "memory:",
                      **NO_CLASS}),
    ("closureimpact", {**CLOSURE, **NO_CLASS, "CLASS_FIELD": None}),
    ("optimisenetwork", {**CLOSURE, **NO_CLASS, "CLASS_FIELD": None, "P": 3,
                         "SITES": "memory:"}),
])
@pytest.mark.parametrize("mode", [0, 1])
def test_sample_roads_without_class_field_run_everywhere(alg, params, mode, tmp_path):
    params = {k: v for k, v in params.items() if v is not None and k != "CLOSE_IDS"}
    params["MODE"] = mode
    if alg == "closureimpact":
        params["CLOSE_IDS"] = "3"
    if alg in ("closureimpact", "optimisenetwork"):
        params["REPORT"] = str(tmp_path / "r.html")
    res = run(alg, **params)
    if alg == "checknetwork":
        assert res["FACILITY_SHARE"] > 0.9
        return
    got = rows(res["OUTPUT"])
    if alg == "nearestfacility":
        assert sum(r["reachable"] for r in got) > 50
    elif alg == "catchmentareas":
        assert len(got) == 17 and all(r["area_km2"] > 0 for r in got)
    elif alg == "odmatrix":
        assert len(got) > 50 and all(r["time_min"] > 0 for r in got)
    else:
        assert len(got) == 92 and sum(r["min_after"] is not None for r in got) > 50


# ---------------------------------------------------------------------- 17: bundled model
MODEL = "palveluverkko:Walking access example"
TAMPERE = ROOT / "resources" / "sample" / "tampere_sample.gpkg"  # the README's sample
MODEL_INPUTS = {"facilities": f"{TAMPERE}|layername=facilities",
                "population": f"{TAMPERE}|layername=population",
                "roads": f"{TAMPERE}|layername=roads",
                "bands": "10,20", "close_ids": "3"}  # field names: the model's defaults
TAMPERE_CELLS = 841


def test_bundled_model_declares_outputs_and_runs_through_processing_run(tmp_path):
    from qgis.core import QgsApplication

    register_provider()
    model = QgsApplication.processingRegistry().algorithmById(MODEL)
    assert sorted(p.name() for p in model.destinationParameterDefinitions()) == [
        "catchments", "cells_before_and_after",
        "closure_report"]
    res = run("Walking access example", **MODEL_INPUTS,
              **{"catchments": str(tmp_path / "c.gpkg"),
                 "cells_before_and_after": str(tmp_path / "cells.gpkg"),
                 "closure_report": str(tmp_path / "r.html")})
    assert set(res) >= {"catchments", "cells_before_and_after"}
    used = res["CHILD_INPUTS"]["closure_impact"]  # the defaults of the inputs left out
    assert (used["FAC_ID"], used["POP_FIELD"], used["CLASS_FIELD"]) == (
        "fac_id", "vaesto", "highway")
    assert QgsVectorLayer(str(tmp_path / "c.gpkg"), "c", "ogr").featureCount() > 10
    assert QgsVectorLayer(str(tmp_path / "cells.gpkg"), "c", "ogr").featureCount() == \
        TAMPERE_CELLS
    assert "Key figures" in (tmp_path / "r.html").read_text()


def test_bundled_model_runs_through_qgis_process_with_default_fields(tmp_path):
    import json

    from tests.integration.test_qgis_process import _env

    config = tmp_path / "config"
    subprocess.run([str(ROOT / "scripts" / "install_plugin.sh")], env=_env(config), check=True,
                   capture_output=True)
    outputs = {"catchments": tmp_path / "c.gpkg",
               "cells_before_and_after": tmp_path / "cells.gpkg",
               "closure_report": tmp_path / "r.html"}
    res = subprocess.run(["qgis_process", "run", MODEL, "--json", "--"]
                         + [f"{k}={v}" for k, v in MODEL_INPUTS.items()]
                         + [f"{k}={v}" for k, v in outputs.items()],
                         env=_env(config), capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    results = json.loads(res.stdout[res.stdout.index("{"):])["results"]
    assert results["closure_report"] == str(tmp_path / "r.html")
    cells = QgsVectorLayer(str(tmp_path / "cells.gpkg"), "c", "ogr")
    assert cells.featureCount() == TAMPERE_CELLS


# ---------------------------------------------------------------------- 18, 20: messages
@pytest.mark.parametrize("expression, message", [
    ("fac_id = ", r"the expression fac_id = cannot be read: syntax error, unexpected end of "
                  r"file\. Fix it"),
    ('"nosuch" = 3', r"the expression \"nosuch\" = 3 uses the field\(s\) nosuch, which layer "
                     r"'facilities' does not have"),
    ("fac_id = 12345", r"the expression fac_id = 12345 selects none of the 17 facilities of "
                       r"layer 'facilities'"),
])
def test_close_expression_errors_are_shown(expression, message, tmp_path):
    params = {k: v for k, v in CLOSURE.items() if k != "CLOSE_IDS"}
    with pytest.raises(QgsProcessingException, match=f"Facilities to close: {message}"):
        run("closureimpact", **params, CLOSE_EXPRESSION=expression,
            REPORT=str(tmp_path / "r.html"))


def test_messages_name_the_layer_of_a_geopackage_not_the_file():
    with pytest.raises(QgsProcessingException) as err:
        run("nearestfacility", **{**NEAREST, "FACILITIES": f"{SAMPLE}|layername=population",
                                   "FAC_ID": "population"}, OUTPUT="memory:", SUMMARY="memory:")
    assert "helsinki_sample" not in str(err.value)
    assert "Layer 'population'" in str(err.value)


# ---------------------------------------------------------------------- categories that hold
def test_empty_layers_are_refused_by_name():
    empty = points([])
    for alg, params in (("catchmentareas", {"BANDS": "5", "OUTPUT": "memory:", **WALK}),
                        ("nearestfacility", {**NEAREST, "OUTPUT": "memory:",
                                             "SUMMARY": "memory:"})):
        with pytest.raises(QgsProcessingException,
                           match=r"Layer 'test points' \(facilities\) has no features"):
            run(alg, **{**params, "FACILITIES": empty})


@pytest.mark.parametrize("value, message", [
    (-5, r"feature \d+: field 'pop' is -5.0; a population or capacity cannot be negative"),
    ("many", r"feature \d+: field 'pop' holds 'many', not a number"),
])
def test_bad_populations_name_layer_field_and_feature(value, message):
    kind = "double" if isinstance(value, int) else "string"
    pop = points([(385600.0, 6672000.0, [value])], f"&field=pop:{kind}")
    with pytest.raises(QgsProcessingException, match=f"Layer 'test points', {message}"):
        run("nearestfacility", **{**NEAREST, "INPUT": pop, "POP_FIELD": "pop"},
            OUTPUT="memory:", SUMMARY="memory:")


def test_broken_gtfs_names_file_and_row(tmp_path):
    import zipfile

    src = _transit()
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(src["GTFS"][0]) as zin, zipfile.ZipFile(broken, "w") as zout:
        for name in zin.namelist():
            if name != "stops.txt":
                zout.writestr(name, zin.read(name))
    with pytest.raises(QgsProcessingException, match=r"GTFS: .*required file stops.txt is "
                                                     r"missing"):
        run("transittimes", **{**src, "GTFS": [str(broken)]}, OUTPUT="memory:")


def _nearest_times(**params) -> dict:
    res = run("nearestfacility", **{**NEAREST, **params}, OUTPUT="memory:", SUMMARY="memory:")
    return {r["id"]: (r["fac_id"], round(r["time_min"], 6) if r["time_min"] else None)
            for r in rows(res["OUTPUT"])}


def test_mixed_crs_zm_and_encodings_give_the_same_result(tmp_path):
    import processing

    reference = _nearest_times()
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": FACILITIES,
                                                     "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    assert _nearest_times(FACILITIES=wgs84) == reference  # facilities in another CRS
    zm = processing.run("native:setmvalue", {"INPUT": processing.run(
        "native:setzvalue", {"INPUT": FACILITIES, "Z_VALUE": 12, "OUTPUT": "memory:"})[
        "OUTPUT"], "M_VALUE": 3, "OUTPUT": "memory:"})["OUTPUT"]
    assert zm.wkbType() != QgsVectorLayer(FACILITIES, "f", "ogr").wkbType()
    assert _nearest_times(FACILITIES=zm) == reference  # Z and M ignored
    latin1 = tmp_path / "fac_latin1.shp"
    layer = points([(f.geometry().asPoint().x(), f.geometry().asPoint().y(),
                     [f"Kätilöopisto {f['fac_id']}"])
                    for f in QgsVectorLayer(FACILITIES, "f", "ogr").getFeatures()],
                   "&field=fac_id:string(40)")
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "ISO-8859-1"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(latin1),
                                              QgsCoordinateTransformContext(), options)
    assert "Kätilöopisto 1".encode("latin-1") in latin1.with_suffix(".dbf").read_bytes()
    got = _nearest_times(FACILITIES=str(latin1))
    assert {v[1] for v in got.values()} == {v[1] for v in reference.values()}
    assert {v[0] for v in got.values() if v[0]} == {
        f"Kätilöopisto {v[0]}" for v in reference.values() if v[0]}


def test_road_network_cache_key_changes_when_the_road_file_is_rewritten(gpkg_copy):
    import os

    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext

    from palveluverkko.algorithms.nearest_facility import NearestFacility
    from palveluverkko.algorithms.parameters import read_network
    from palveluverkko.algorithms.roads import network_cache_key

    alg = NearestFacility()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    params = {**NEAREST, "ROADS": f"{gpkg_copy}|layername=roads"}
    crs = QgsCoordinateReferenceSystem("EPSG:3067")
    settings = read_network(alg, params, context)
    before = network_cache_key(alg, params, context, settings, crs)
    st = os.stat(gpkg_copy)
    os.utime(gpkg_copy, ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # rewritten within a second
    assert network_cache_key(alg, params, QgsProcessingContext(), settings, crs) != before


def test_sites_and_transit_origins_without_geometry_are_warned_about(tmp_path):
    log = Log()
    run("optimisenetwork", feedback=log,
        **{k: v for k, v in CLOSURE.items() if k not in ("CLOSE_IDS", "FACILITIES")},
        FACILITIES=sample_facilities([(None, None, [77])]), P=3, SITES="memory:",
        REPORT=str(tmp_path / "r.html"))
    assert "WARNING Layer 'test points': 1 of 18 facilities have no geometry" in log.text
    params = _transit()
    origins = params["ORIGINS"]
    f = QgsFeature(origins.fields())
    f.setAttributes([99])
    origins.dataProvider().addFeatures([f])
    log = Log()
    run("transittimes", feedback=log, **params, OUTPUT="memory:")
    assert "WARNING Layer 'test points': 1 of 21 origins have no geometry (e.g. feature ids " \
           "[21]) and take no part in the computation." in log.text


def test_work_crs_of_the_sao_paulo_pbf_without_bounding_box():
    from qgis.core import QgsProcessingContext

    from palveluverkko.algorithms.validation import choose_work_crs
    from tests.osm_data import SAO_PAULO_PBF

    layer = QgsVectorLayer(f"{SAO_PAULO_PBF}|layername=lines", "lines", "ogr")
    assert layer.isValid() and layer.extent().isNull()  # no bounding box in its header
    log = Log()
    assert choose_work_crs(layer, QgsProcessingContext(), "lines", log).authid() == "EPSG:32723"
    assert "the work is done in EPSG:32723" in log.text
    # and end to end: an OD matrix on those roads (it raised "cannot convert float NaN")
    feats = [f for _, f in zip(range(400), layer.getFeatures())]
    a, b = feats[0].geometry().vertexAt(0), feats[-1].geometry().vertexAt(0)
    pts = points([(a.x(), a.y(), [1]), (b.x(), b.y(), [2])], "&field=id:integer", "EPSG:4326")
    res = run("odmatrix", ORIGINS=pts, ORIGINS_ID="id", DESTINATIONS=pts, DESTINATIONS_ID="id",
              ROADS=f"{SAO_PAULO_PBF}|layername=lines", MODE=1, OUTPUT="memory:")
    pair = [r for r in rows(res["OUTPUT"]) if r["origin_id"] == 1 and r["dest_id"] == 2]
    assert pair and pair[0]["time_min"] > 0
