"""Transit profiles against a time-expanded graph searched with networkx (Kuopio feed)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from core.transit.profiles import Access, arrivals, profile_to_target, stop_footpaths
from tests.osm_data import load_kuopio, stop_xy


@pytest.fixture(scope="module")
def kuopio():
    return load_kuopio()


def _direct(profile, stop: int, t: float, foot) -> float:
    """Earliest arrival leaving ``stop`` at ``t``: walk to a nearby stop, then ride."""
    to, secs = foot.of(stop)
    access = Access(np.zeros(len(to), dtype=int), to, secs, 1)
    return float(arrivals(profile, access, np.array([t]))[0, 0])


def time_expanded(conn, foot, n_stops):
    """Events as nodes: ride, stay seated, wait at a stop, walk to another stop."""
    g = nx.DiGraph()
    dep_events = [[] for _ in range(n_stops)]  # (time, node)
    for c in conn.itertuples():
        dep_events[c.dep_stop].append((c.dep, ("d", c.Index)))
        g.add_edge(("d", c.Index), ("a", c.Index), weight=c.arr - c.dep)
    for _, rows in conn.groupby("trip"):
        idx = rows.sort_values("dep").index.to_numpy()
        for i, j in zip(idx[:-1], idx[1:]):
            g.add_edge(("a", i), ("d", j), weight=conn.dep[j] - conn.arr[i])
    times = []
    for s in range(n_stops):
        dep_events[s].sort()
        times.append(np.array([t for t, _ in dep_events[s]]))
        for (t1, n1), (t2, n2) in zip(dep_events[s][:-1], dep_events[s][1:]):
            g.add_edge(n1, n2, weight=t2 - t1)

    def first_dep(stop, t):
        i = np.searchsorted(times[stop], t, side="left")
        return (times[stop][i], dep_events[stop][i][1]) if i < len(times[stop]) else None

    for c in conn.itertuples():
        for w, d in zip(*foot.of(c.arr_stop)):
            nxt = first_dep(w, c.arr + d)
            if nxt is not None:
                g.add_edge(("a", c.Index), nxt[1], weight=nxt[0] - c.arr)
    return g, first_dep


def test_earliest_arrival_equals_time_expanded_graph(kuopio):
    feed, conn, foot = kuopio
    n = len(feed.stops)
    g, first_dep = time_expanded(conn, foot, n)
    rng = np.random.default_rng(11)
    used = np.unique(np.r_[conn.dep_stop, conn.arr_stop])
    targets = rng.choice(used, 6, replace=False)
    checked = reached = 0
    for target in targets:
        profile = profile_to_target(conn, foot, {int(target): 0.0}, n, max_transfers=20)
        arrive_nodes = {("a", i) for i in conn.index[conn.arr_stop == target]}
        for s, tau in zip(rng.choice(used, 25), rng.integers(7 * 3600, 8 * 3600, 25)):
            if s == target:
                continue
            g.add_node("src")
            for w, d in zip(*foot.of(s)):
                nxt = first_dep(w, tau + d)
                if nxt is not None:
                    g.add_edge("src", nxt[1], weight=nxt[0] - tau)
            dist = nx.single_source_dijkstra_path_length(g, "src")
            ref = min((tau + dist[a] for a in arrive_nodes if a in dist), default=np.inf)
            g.remove_node("src")
            got = _direct(profile, int(s), float(tau), foot)
            assert got == ref, (s, target, tau)
            checked += 1
            reached += np.isfinite(ref)
    assert checked >= 100 and reached >= 40


def test_one_vehicle_only_means_a_direct_trip(kuopio):
    feed, conn, foot = kuopio
    n = len(feed.stops)
    target = int(conn.arr_stop.value_counts().index[0])
    one = profile_to_target(conn, foot, {target: 0.0}, n, max_transfers=0)
    many = profile_to_target(conn, foot, {target: 0.0}, n, max_transfers=5)
    rng = np.random.default_rng(2)
    diff = 0
    for s in rng.choice(np.unique(conn.dep_stop), 60):
        tau = 7.5 * 3600
        # brute force: board any trip at a stop within walking, ride it to the target
        best = np.inf
        for w, d in zip(*foot.of(int(s))):
            for _, rows in conn[conn.dep_stop == w].groupby("trip"):
                board = rows[rows.dep >= tau + d]
                if not len(board):
                    continue
                t0 = board.dep.min()
                later = conn[(conn.trip == rows.trip.iloc[0]) & (conn.dep >= t0)
                             & (conn.arr_stop == target)]
                if len(later):
                    best = min(best, later.arr.min())
        assert _direct(one, int(s), tau, foot) == best
        diff += _direct(many, int(s), tau, foot) < best
    assert diff > 0  # transfers help somewhere


def test_origin_lookups_match_the_profile(kuopio):
    from core.transit.profiles import percentiles, share_within, straight_access, travel_seconds

    feed, conn, foot = kuopio
    n = len(feed.stops)
    xs, ys = stop_xy(feed.stops)
    target = int(conn.arr_stop.value_counts().index[3])
    profile = profile_to_target(conn, foot, {target: 60.0}, n, max_transfers=2)
    rng = np.random.default_rng(4)
    pick = rng.choice(np.unique(conn.dep_stop), 40)
    ox, oy = xs[pick] + rng.normal(0, 150, 40), ys[pick] + rng.normal(0, 150, 40)
    access = straight_access(ox, oy, xs, ys, 600, 5 / 3.6)
    deps = np.arange(7 * 3600, 7 * 3600 + 1800, 60, dtype=float)
    got = travel_seconds(profile, access, deps)
    for o in range(40):
        rows = access.origin == o
        for j, tau in enumerate(deps):
            want = min((profile.arrival(int(s), tau + a) for s, a in
                        zip(access.stop[rows], access.seconds[rows])), default=np.inf)
            assert got[o, j] == want - tau
    p = percentiles(got, [0, 50, 100])
    assert np.array_equal(p[:, 0], got.min(axis=1)) and np.array_equal(p[:, 2], got.max(axis=1))
    assert np.array_equal(share_within(got, 1200), (got <= 1200).mean(axis=1))


def test_arrive_by_is_the_latest_departure_that_makes_it(kuopio):
    from core.transit.profiles import arrive_by, straight_access, travel_seconds

    feed, conn, foot = kuopio
    xs, ys = stop_xy(feed.stops)
    target = int(conn.arr_stop.value_counts().index[5])
    profile = profile_to_target(conn, foot, {target: 0.0}, len(xs), max_transfers=3)
    rng = np.random.default_rng(9)
    pick = rng.choice(np.unique(conn.dep_stop), 25)
    access = straight_access(xs[pick] + 50, ys[pick], xs, ys, 600, 5 / 3.6)
    deadline = 8.5 * 3600
    latest = arrive_by(profile, access, deadline)
    # leaving at the latest time makes it; one second later does not; brute force on a grid
    deps = np.arange(7 * 3600, deadline + 1, 10, dtype=float)
    arr = travel_seconds(profile, access, deps) + deps[None, :]
    for o in range(25):
        ok = np.flatnonzero(arr[o] <= deadline)
        if not np.isfinite(latest[o]):
            assert len(ok) == 0
            continue
        t = np.array([latest[o], latest[o] + 1])
        at = travel_seconds(profile, access, t)[o] + t
        assert at[0] <= deadline < at[1]
        if len(ok):
            assert latest[o] >= deps[ok[-1]]


def test_transfers_txt_sets_and_forbids_links():
    import pandas as pd

    x, y = np.array([0.0, 100.0, 5000.0]), np.zeros(3)
    tr = pd.DataFrame({"from_stop": [0, 1, 0], "to_stop": [1, 0, 2], "transfer_type": [2, 3, 2],
                       "min_transfer_time": [300, None, 60]})
    foot = stop_footpaths(x, y, 400, 1.0, 1.0, tr)
    to0, s0 = foot.of(0)
    assert dict(zip(to0.tolist(), s0.tolist())) == {0: 0.0, 1: 300.0, 2: 5000.0}
    to1, _ = foot.of(1)
    assert to1.tolist() == [1]  # type 3: no transfer from 1 to 0




def test_transfers_txt_without_min_transfer_time_reads_without_warning():
    """A transfers.txt without min_transfer_time (as in the Tampere feed) gave pandas'
    FutureWarning on an untyped empty Series (QGIS shows it with a stack trace)."""
    import warnings

    import pandas as pd

    from core.transit.gtfs import Feed, transfer_table

    stops = pd.DataFrame({"stop_id": ["a", "b"]})
    feed = Feed(stops=stops, routes=pd.DataFrame(), trips=pd.DataFrame(),
                stop_times=pd.DataFrame(), calendar=None, calendar_dates=None,
                frequencies=None, name="f",
                transfers=pd.DataFrame({"from_stop_id": ["a"], "to_stop_id": ["b"],
                                        "transfer_type": ["2"]}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = transfer_table(feed)
    assert table["from_stop"].tolist() == [0] and table["to_stop"].tolist() == [1]
    assert table["transfer_type"].tolist() == ["2"]
    assert pd.isna(table["min_transfer_time"]).all()


def test_percentiles_are_numpys_inverted_cdf_without_sorting_unreached_rows():
    """``percentiles`` picks the k-th smallest itself (rows with k or fewer finite values
    are inf without sorting): the same figures as ``np.percentile(method=
    "inverted_cdf")`` for every count of departures, percentile and share of inf."""
    from core.transit.profiles import percentiles

    rng = np.random.default_rng(0)
    qs = [0, 0.1, 1, 10, 12.5, 25, 33.3, 50, 66.7, 70, 90, 99.9, 100, *rng.random(10) * 100]
    for n in (1, 2, 3, 7, 61, 121, 241):
        x = rng.normal(0, 1000, (300, n))
        x[rng.random(x.shape) < rng.random((300, 1))] = np.inf
        want = np.stack([np.percentile(x, q, axis=-1, method="inverted_cdf") for q in qs], -1)
        np.testing.assert_array_equal(percentiles(x, qs), want)
        np.testing.assert_array_equal(percentiles(x[0], [50, 90]),
                                      [np.percentile(x[0], q, method="inverted_cdf")
                                       for q in (50, 90)])
    assert np.isinf(percentiles(x, [50])).any() and np.isfinite(percentiles(x, [50])).any()
