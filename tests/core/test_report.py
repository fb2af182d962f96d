"""The closure report: key figures weigh people, not cells; the page holds every part."""

from __future__ import annotations

import numpy as np
import pytest

from core.scenario.impact import Scenario, evaluate
from core.scenario.report import key_figures, render
from core.scenario.report_text import text

# three facilities A, B, C; B closes. Cells hold very different populations, so a figure
# that counted cells instead of people would be far off.
MINUTES = np.array([[4.0, 2.0, 9.0],    # 1000 people, B -> A: +2 min, stays within 5
                    [12.0, 3.0, 6.0],   # 10 people, B -> C: +3 min, loses the 5 min limit
                    [1.0, 8.0, 7.0],    # 5 people, stays at A
                    [np.inf, 5.0, np.inf]])  # 2 people, B -> nothing
POP = np.array([1000.0, 10.0, 5.0, 2.0])
NAMES = ["A", "B", "C"]


@pytest.fixture(scope="module")
def result():
    return evaluate(MINUTES, Scenario.closing(3, [1]), POP, [5, 10],
                    capacity=np.array([500.0, np.nan, 100.0]))


def test_key_figures_count_population(result):
    fig = dict(key_figures(result, POP, [5, 10], NAMES))
    assert fig[text("k_closed", "en")] == "B"
    assert text("k_opened", "en") not in fig
    assert fig[text("k_population", "en")] == "1,017"
    assert fig[text("k_moved", "en")] == "1,012 (100%)"
    assert fig[text("k_losing", "en", t="5")] == "12"  # 10 + the 2 left with none
    assert fig[text("k_losing", "en", t="10")] == "2"
    # before: (2*1000 + 3*10 + 1*5 + 5*2) / 1017; after (cell 3 unreachable, left out)
    assert fig[text("k_mean", "en")] == \
        f"{2045 / 1017:.1f} → {(4000 + 60 + 5) / 1015:.1f} min"
    # extra time of the movers who still reach one: (2*1000 + 3*10) / 1010
    assert fig[text("k_extra", "en")] == f"{2030 / 1010:.1f} min"
    assert fig[text("k_over", "en")] == "A"  # 1005 on 500; C 10 on 100


def test_report_page_has_every_part(result):
    page = render(result, POP, [5, 10], NAMES, title="Closing <B>", notes=["a & b"])
    assert "<title>Closing &lt;B&gt;</title>" in page
    assert "<p class='note'>a &amp; b</p>" in page
    assert page.count("<img") == 2  # the two charts (no map without QGIS)
    for key in ("what_means", "key_figures", "travel_times", "loads", "flows", "by_area",
                "equity"):
        assert f">{text(key, 'en')}</h2>" in page, key
    assert f"<td>{text('k_moved', 'en')}</td><td>1,012 (100%)</td>" in page
    assert ">nan<" not in page.lower()
    assert text("nowhere", "en") in page  # the 2 people left with no facility
