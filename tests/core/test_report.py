"""The closure report: key figures weigh people, not cells; the page holds every part."""

from __future__ import annotations

import numpy as np
import pytest

from core.scenario.impact import Scenario, evaluate
from core.scenario.report import key_figures, render

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
    fig = dict(key_figures(result, POP, [5, 10], NAMES).values.tolist())
    assert fig["facilities closed"] == "B"
    assert fig["facilities opened"] == "none"
    assert fig["population"] == "1,017"
    assert fig["population whose nearest facility changes"] == "1,012"
    assert fig["population losing access within 5 min"] == "12"  # 10 + the 2 left with none
    assert fig["population losing access within 10 min"] == "2"
    # before: (2*1000 + 3*10 + 1*5 + 5*2) / 1017; after (cell 3 unreachable, left out)
    assert fig["mean travel time before (min)"] == f"{2045 / 1017:.1f}"
    assert fig["mean travel time after (min)"] == f"{(4000 + 60 + 5) / 1015:.1f}"
    # extra time of the movers who still reach one: (2*1000 + 3*10) / 1010
    assert fig["mean extra time of those whose facility changes (min)"] == \
        f"{2030 / 1010:.1f}"
    assert fig["facilities over capacity after"] == "A"  # 1005 on 500; C 10 on 100


def test_report_page_has_every_part(result):
    page = render(result, POP, [5, 10], NAMES, title="Closing <B>", notes=["a & b"])
    assert "<title>Closing &lt;B&gt;</title>" in page
    assert "<p class='note'>a &amp; b</p>" in page
    assert page.count("<img") == 2
    for heading in ("Key figures", "Travel time before and after", "Where the demand goes",
                    "Load against capacity", "By area and age group", "Equity"):
        assert f"<h2>{heading}</h2>" in page
    text = page.split("<img")[0]
    assert "<td>population whose nearest facility changes</td><td>1,012</td>" in text
    assert ">nan<" not in page.lower()
    assert "none (unreachable)" in page  # the 2 people left with no facility


def test_tables_format_numbers_yes_no_and_unknown(result):
    page = render(result, POP, [5, 10], NAMES)
    thin = "\u202f"
    assert f"<td>1{thin}005.00</td>" in page  # A's load after, 2 decimals in the load table
    assert f"<td>1{thin}017.0</td>" in page  # the population, 1 decimal in the area table
    assert f"<td>{12 / 1017:.3f}</td>" in page  # share beyond 5 min after, 3 in equity
    assert f"<td>1{thin}000</td>" in page  # the flow B -> A, whole people
    assert "<td>yes</td>" in page and "<td>no</td>" in page  # open before / after
    assert "<td>n/a</td>" in page  # B's unknown capacity
    assert "nobody changes facility" not in page.lower()


def test_page_without_movers_says_so():
    res = evaluate(np.array([[1.0, 9.0]]), Scenario.closing(2, [1]), np.array([3.0]), [5])
    page = render(res, np.array([3.0]), [5], ["A", "B"])
    assert "<p>Nobody changes facility.</p>" in page


def test_charts_plot_the_population_reaching_in_time(result, monkeypatch):
    """The travel-time chart: share of people (not cells) reaching within each time."""
    import core.scenario.report as report

    monkeypatch.setattr(report, "_png", lambda fig: fig)
    fig = report._cdf_chart(result, POP, [5, 10])
    ax = fig.axes[0]
    before, after = ax.get_lines()[:2]
    assert before.get_label() == "before" and after.get_label() == "after"
    assert before.get_xdata().tolist() == [1, 2, 3, 5]
    assert np.allclose(before.get_ydata(), np.cumsum([5, 1000, 10, 2]) / 1017 * 100)
    assert after.get_xdata().tolist() == [1, 4, 6]
    assert np.allclose(after.get_ydata(), np.cumsum([5, 1000, 10]) / 1017 * 100)
    assert ax.get_ylim() == (0, 100)
    assert [v.get_xdata()[0] for v in ax.get_lines()[2:]] == [5, 10]  # threshold lines
    hist = report._change_chart(result, POP)
    bars = hist.axes[0].patches
    assert sum(b.get_height() for b in bars) == pytest.approx(1010)  # movers who reach one
