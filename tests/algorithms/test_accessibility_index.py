"""The accessibility index algorithm on the bundled sample, against the engine on the OD matrix."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from core.access.fca import CostTable, fca, gaussian
from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
WALK = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway"}
COMMON = dict(INPUT=POPULATION, POP_FIELD="population", SITES=FACILITIES, SITE_ID="fac_id",
              CAPACITY="capacity", OUTPUT="memory:", SITES_OUTPUT="memory:", RUN="memory:",
              **WALK)


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


@pytest.fixture(scope="module")
def inputs():
    """Population, capacities and the OD matrix algorithm's minutes as a cost table."""
    pop = rows(QgsVectorLayer(POPULATION))
    fac = rows(QgsVectorLayer(FACILITIES))
    od = rows(run("odmatrix", ORIGINS=POPULATION, ORIGINS_ID="id", DESTINATIONS=FACILITIES,
                  DESTINATIONS_ID="fac_id", OUTPUT="memory:", **WALK)["OUTPUT"])
    costs = CostTable.from_ids([r["origin_id"] for r in od], [r["dest_id"] for r in od],
                               [r["time_min"] for r in od], [r["id"] for r in pop],
                               [r["fac_id"] for r in fac])
    return (np.array([r["population"] or 0.0 for r in pop]),
            np.array([r["capacity"] for r in fac]), costs)


@pytest.mark.parametrize("params, method, max_cost, weight", [
    (dict(METHOD=0, MAX_COST=10), "2sfca", 10, None),
    (dict(METHOD=1, MAX_COST=0), "e2sfca", None, None),
    (dict(METHOD=2, MAX_COST=30), "3sfca", 30, None),
    (dict(METHOD=0, MAX_COST=0, WEIGHT=2, SIGMA=6), "2sfca", None, gaussian(6)),
])
def test_matches_the_engine_on_the_od_matrix(inputs, params, method, max_cost, weight):
    pop, cap, costs = inputs
    res = run("accessibilityindex", **COMMON, **params)
    cells, sites = rows(res["OUTPUT"]), rows(res["SITES_OUTPUT"])
    ref = fca(pop, cap, costs, method, max_cost, weight)
    np.testing.assert_allclose([c["acc"] for c in cells], ref.access, rtol=1e-12, atol=0)
    np.testing.assert_allclose([c["acc_norm"] for c in cells], ref.access_norm, rtol=1e-12)
    np.testing.assert_allclose([c["acc_1000"] for c in cells], ref.access * 1000, rtol=1e-12)
    assert [c["reached"] for c in cells] == ref.reached.astype(int).tolist()
    np.testing.assert_allclose([s["weighted_demand"] for s in sites], ref.weighted_demand,
                               rtol=1e-12)
    assert (ref.access > 0).sum() > 40


def test_plain_2sfca_shares_out_the_capacity(inputs):
    pop, cap, _ = inputs
    res = run("accessibilityindex", **COMMON, METHOD=0, MAX_COST=15)
    cells, sites = rows(res["OUTPUT"]), rows(res["SITES_OUTPUT"])
    served = sum(s["capacity"] for s in sites if s["ratio"] is not None)
    assert served > 0.5 * cap.sum()
    assert sum(p * c["acc"] for p, c in zip(pop, cells)) == pytest.approx(served, rel=1e-9)
    mean = sum(p * c["acc"] for p, c in zip(pop, cells)) / pop.sum()
    for s in sites:
        if s["ratio"] is not None:
            assert s["ratio"] == pytest.approx(s["capacity"] / s["weighted_demand"])
            assert s["ratio_norm"] == pytest.approx(s["ratio"] / mean)
    (meta,) = rows(res["RUN"])
    assert meta["method"] == "2sfca" and meta["max_cost_min"] == 15
    assert meta["weight"] == "none (W=1)" and meta["supply"] == "capacity"
    assert meta["mean_access"] == pytest.approx(mean)
    low = sum(p for p, c in zip(pop, cells) if c["acc_norm"] < 0.5)
    assert meta["pop_norm_below_0_5"] == pytest.approx(low)


def test_closing_sites_gives_the_after_figures(inputs):
    pop, cap, costs = inputs
    fac_ids = [r["fac_id"] for r in rows(QgsVectorLayer(FACILITIES))]
    closed = np.isin(fac_ids, [5, 8])
    res = run("accessibilityindex", **COMMON, METHOD=2, MAX_COST=20, CLOSE_IDS="5, 8")
    cells, sites = rows(res["OUTPUT"]), rows(res["SITES_OUTPUT"])
    before = fca(pop, cap, costs, "3sfca", 20)
    after = fca(pop, cap, costs.without_dests(closed), "3sfca", 20)
    np.testing.assert_allclose([c["acc_after"] for c in cells], after.access, rtol=1e-12)
    np.testing.assert_allclose([c["d_acc"] for c in cells], after.access - before.access,
                               rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose([c["acc_norm_after"] for c in cells],
                               after.access / before.mean_access, rtol=1e-12)
    assert [s["open_after"] for s in sites] == (~closed).astype(int).tolist()
    assert all(s["ratio_after"] is None for s, c in zip(sites, closed) if c)
    (meta,) = rows(res["RUN"])
    assert meta["mean_access_after"] == pytest.approx(after.mean_access)
    low = pop[after.access / before.mean_access < 0.5].sum()
    assert meta["pop_norm_below_0_5_after"] == pytest.approx(low)
    assert low > meta["pop_norm_below_0_5"]  # closing two sites leaves more people behind
    with pytest.raises(QgsProcessingException, match="'99' is not an id of the sites"):
        run("accessibilityindex", **COMMON, CLOSE_IDS="5,99")


def test_bad_input_is_named():
    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=fac_id:integer&field=capacity:double",
                           "bad sites", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(385800, 6672000)))
    f.setAttributes([7, -3.0])
    layer.dataProvider().addFeatures([f])
    params = dict(COMMON, SITES=layer)
    with pytest.raises(QgsProcessingException, match="field 'capacity' is -3.0"):
        run("accessibilityindex", **params)
    with pytest.raises(QgsProcessingException, match="Step weights: cannot read '10-1'"):
        run("accessibilityindex", **COMMON, WEIGHT=1, STEPS="10-1")


def test_public_transport_index_agrees_with_the_transit_closure_impact(tmp_path):
    """The same median times as the transit closure impact (Kuopio feed): per site, who is
    within the maximum time, and with every site open the cells reaching one."""
    from core.transit.gtfs import connections, read_feed
    from tests.osm_data import SHARED, stop_xy

    kuopio = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
    feed = read_feed(kuopio)
    xs, ys = stop_xy(feed.stops)
    used = np.unique(connections(feed, date(2016, 11, 1), 7 * 3600, 9 * 3600).dep_stop)
    rng = np.random.default_rng(21)
    cells, sites = rng.choice(used, 40), rng.choice(used, 4, replace=False)

    def layer(idx, dx, fields, attrs):
        lyr = QgsVectorLayer(f"Point?crs=EPSG:3067{fields}", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + dx, ys[s])))
            f.setAttributes(attrs(i))
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    pop = layer(cells, 90.0, "&field=id:integer&field=pop:double", lambda i: [i + 1, 10.0 + i])
    window = {"GTFS": [str(kuopio)], "DATE": "2016-11-01", "START": "07:00", "END": "07:20",
              "STEP": 2, "PERCENTILE": 50}

    def impact(fac):
        """Cells' minutes to the nearest site "before" closing a far-away dummy (id 99)."""
        f = QgsFeature(fac.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs.min() - 1e5, ys.min())))
        f.setAttributes([99])
        fac = fac.clone()
        fac.dataProvider().addFeatures([f])
        return rows(run("transitclosureimpact", FACILITIES=fac, FAC_ID="fac_id", CLOSE_IDS="99",
                        POPULATION=pop, POP_FIELD="pop", THRESHOLDS="20,40", OUTPUT="memory:",
                        FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
                        EQUITY="memory:", REPORT=str(tmp_path / "r.html"), **window)["OUTPUT"])

    def index(fac, **kw):
        return rows(run("transitaccessibilityindex", INPUT=pop, POP_FIELD="pop", SITES=fac,
                        SITE_ID="fac_id", MAX_COST=74, OUTPUT="memory:",
                        SITES_OUTPUT="memory:", RUN="memory:", **window, **kw)["OUTPUT"])

    popv = 10.0 + np.arange(40)
    for j in (0, 1):
        one = layer(sites[j:j + 1], 0.0, "&field=fac_id:integer", lambda i: [i + 1])
        minutes = np.array([c["min_before"] if c["min_before"] is not None else np.inf
                            for c in impact(one)])
        within = minutes <= 74
        assert 3 <= within.sum() < 40
        acc = index(one, METHOD=0)
        assert [c["reached"] for c in acc] == within.astype(int).tolist()
        np.testing.assert_allclose([c["acc"] for c in acc],
                                   np.where(within, 1 / popv[within].sum(), 0), rtol=1e-12)
    every = layer(sites, 0.0, "&field=fac_id:integer", lambda i: [i + 1])
    nearest = np.array([c["min_before"] if c["min_before"] is not None else np.inf
                        for c in impact(every)])
    counts = index(every, METHOD=3)  # gravity with W = 1: sites within the maximum time
    assert [c["reached"] for c in counts] == (nearest <= 74).astype(int).tolist()
    assert all(c["acc"] >= 1 for c, t in zip(counts, nearest) if t <= 74)
    assert max(c["acc"] for c in counts) > 1
