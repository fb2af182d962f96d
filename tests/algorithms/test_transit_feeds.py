"""Several GTFS feeds in the transit algorithms: a feed with no service on the date is
named in the log; feeds are read together, stops of each kept."""

from __future__ import annotations

import pytest

from tests.algorithms.test_road_messages import run
from tests.core.test_transit_merge import TAMPERE, coach_feed
from tests.qgis_helpers import log_feedback, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")

X, Y = 327000.0, 6822000.0  # Tampere centre, EPSG:3067


def test_feed_with_no_service_on_the_date_is_named(tmp_path):
    old = coach_feed(tmp_path / "coach_2019", (X, Y), (X + 20000, Y), [7 * 3600],
                     "20190101", "20190630")
    log = log_feedback()
    out = run("transitservice", log, GTFS=[str(TAMPERE), str(old)], DATE="2022-01-12",
              START="07:00", END="09:00", STOPS="memory:")
    assert ("GTFS: coach_2019: no service runs on 2022-01-12 (the feed covers 2019-01-01 .. "
            "2019-06-30); none of its trips are used, its stops only for walking.") in log.lines
    stops = rows(out["STOPS"])
    assert {s["stop_id"] for s in stops} >= {"1:R1", "1:R2"}
    assert sum(s["dep_day"] for s in stops if s["stop_id"].startswith("1:")) == 0
    assert sum(s["dep_day"] for s in stops if s["stop_id"].startswith("0:")) > 1000


def test_no_feed_running_names_them_all(tmp_path):
    old = coach_feed(tmp_path / "coach_2019", (X, Y), (X + 20000, Y), [7 * 3600],
                     "20190101", "20190630")
    with pytest.raises(Exception, match="GTFS: tampere_gtfs.zip \\+ coach_2019: no service "
                                        "runs on 2023-01-11"):
        run("transitservice", log_feedback(), GTFS=[str(TAMPERE), str(old)], DATE="2023-01-11",
            START="07:00", END="09:00", STOPS="memory:")
