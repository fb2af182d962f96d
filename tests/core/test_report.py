"""The closure report: key figures weigh people, not cells; the page holds every part."""

from __future__ import annotations

import re

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
    assert "\n<p>Nobody changes facility.</p>\n" in page


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


def _tables(page: str) -> list[tuple[list[str], list[list[str]]]]:
    """(header cells, body rows) of every table of the page, by the exact markup."""
    import re

    out = []
    for head, body in re.findall(r"<table><thead><tr>(.*?)</tr></thead><tbody>(.*?)</tbody>"
                                 r"</table>", page):
        cols = re.findall(r"<th>(.*?)</th>", head)
        rows = [re.findall(r"<td>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", body)]
        out.append((cols, rows))
    return out


def test_page_markup(result):
    page = render(result, POP, [5, 10], NAMES)
    assert page.startswith("<!DOCTYPE html><html><head><meta charset='utf-8'>\n<title>")
    assert page.endswith("\n</body></html>")
    assert "<h1>Facility closure impact</h1>" in page  # the default title
    assert page.count('<img alt="chart" src="data:image/png;base64,iVBORw0KGgo') == 2  # PNGs
    tables = _tables(page)
    assert page.count("<table>") == len(tables) == 5
    for cols, rows in tables:  # every row has a cell per column
        assert rows and all(len(r) == len(cols) for r in rows)
    figures, flows, loads = tables[0], tables[1], tables[2]
    assert figures[0] == ["figure", "value"]
    assert figures[1][0] == ["facilities closed", "B"]
    assert flows[0][:2] == ["from_fac", "to_fac"] and "moved" not in flows[0]
    assert sorted(r[:2] for r in flows[1]) == [["B", "A"], ["B", "C"], ["B", "none (unreachable)"]]
    assert loads[0][:2] == ["name", "open_before"]
    assert [r[0] for r in loads[1]] == NAMES


def test_two_closed_a_new_site_and_areas():
    """Close A and B of A, B, C and open N: lists are joined with commas, the flows name the
    first facility and the new one, and the key means are those of all areas together."""
    minutes = np.array([[1.0, 9.0, 20.0, 3.0], [2.0, 1.0, 4.0, 30.0], [np.inf] * 3 + [5.0],
                        [8.0, 2.0, 6.0, np.inf]])
    pop = np.array([10.0, 20.0, 0.5, 40.0])
    res = evaluate(minutes, Scenario.closing(3, [0, 1], n_new=1), pop, [5],
                   area=np.array(["X", "X", "Y", "Y"]), capacity=np.array([1, 1, 10, 5.0]))
    names = ["A", "B", "C", "N"]
    fig = dict(key_figures(res, pop, [5], names).values.tolist())
    assert fig["facilities closed"] == "A, B"
    assert fig["facilities opened"] == "N"
    assert fig["facilities over capacity after"] == "C, N"  # 60 on 10; 10.5 on 5
    # before: (1*10 + 1*20 + 2*40) / 70 (cell 2 unreachable); after: all four reach one
    assert fig["mean travel time before (min)"] == f"{110 / 70:.1f}"
    assert fig["mean travel time after (min)"] == f"{(30 + 80 + 2.5 + 240) / 70.5:.1f}"
    # the movers who reach one before and after: (2*10 + 3*20 + 4*40) / 70; not cell 2
    assert fig["mean extra time of those whose facility changes (min)"] == f"{240 / 70:.1f}"
    flows = _tables(render(res, pop, [5], names))[1][1]
    assert sorted(r[:2] for r in flows) == [["A", "N"], ["B", "C"], ["none", "N"]]


def test_nobody_reaching_after_is_not_available():
    res = evaluate(np.array([[3.0, np.inf], [4.0, np.inf]]), Scenario.closing(2, [0]),
                   np.array([1.0, 2.0]), [5])
    fig = dict(key_figures(res, np.array([1.0, 2.0]), [5], ["A", "B"]).values.tolist())
    assert fig["mean travel time after (min)"] == "n/a"
    assert fig["mean extra time of those whose facility changes (min)"] == "n/a"
    assert fig["facilities over capacity after"] == "none"


def test_chart_axes_say_what_they_show(result, monkeypatch):
    import core.scenario.report as report

    monkeypatch.setattr(report, "_png", lambda fig: fig)
    ax = report._cdf_chart(result, POP, [5]).axes[0]
    assert ax.get_xlabel() == "travel time to the nearest open facility (min)"
    assert ax.get_ylabel() == "population reaching it (%)"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["before", "after"]
    hx = report._change_chart(result, POP).axes[0]
    assert hx.get_xlabel() == \
        "change in travel time of the residents whose facility changes (min)"
    assert hx.get_ylabel() == "population"


TABLE = re.compile(r"<table><thead><tr>(<th>[^<]*</th>)+</tr></thead><tbody>"
                   r"(<tr>(<td>[^<]*</td>)+</tr>)+</tbody></table>")


def test_page_is_one_element_per_line(result):
    """Head, title, style, then one heading, paragraph, chart or table per line."""
    page = render(result, POP, [5, 10], NAMES, notes=["n1"])
    lines = page.split("\n")
    assert lines[:2] == ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
                         "<title>Facility closure impact</title><style>"]
    assert lines[2].startswith("body{") and lines[2].endswith("}")
    notes = [f"<p class='note'>{n}</p>" for n in ["n1", *result.warnings]]
    assert lines[3:5 + len(notes)] == ["</style></head><body>",
                                        "<h1>Facility closure impact</h1>", *notes]
    k = 5 + len(notes)
    assert lines[k] == "<h2>Key figures</h2>" and TABLE.fullmatch(lines[k + 1])
    assert lines[-1] == "</body></html>"
    for line in lines[4:-1]:
        assert line.startswith(("<h1>", "<h2>", "<p>", "<p class=", "<img", "<table>")), line
        if line.startswith("<table>"):
            assert TABLE.fullmatch(line), line[:80]
        if line.startswith("<img"):
            assert line.endswith('">')
    assert "<p>Population (and age groups) moving from one facility to another.</p>" in lines
    assert ("<p>Gini: population-weighted Gini coefficient of travel time (0 = everyone equally "
            "far). Shares: of the population beyond each threshold (unreachable included). "
            "Worst decile: mean travel time of the 10% living farthest.</p>") in lines
    headings = [x for x in lines if x.startswith("<h2>")]
    assert headings == ["<h2>Key figures</h2>", "<h2>Travel time before and after</h2>",
                        "<h2>Where the demand goes</h2>", "<h2>Load against capacity</h2>",
                        "<h2>By area and age group</h2>", "<h2>Equity</h2>"]


def test_nothing_closed_and_two_opened():
    res = evaluate(np.array([[5.0, 2.0, 3.0]]), Scenario.closing(1, [], n_new=2),
                   np.array([1.0]), [5])
    fig = dict(key_figures(res, np.array([1.0]), [5], ["A", "N1", "N2"]).values.tolist())
    assert fig["facilities closed"] == "none" and fig["facilities opened"] == "N1, N2"


def test_fractional_populations_count(monkeypatch):
    """Grid cells may hold expected populations below one person; they count in full."""
    import core.scenario.report as report

    pop = np.array([0.5, 0.5])
    res = evaluate(np.array([[1.0, 3.0], [2.0, 6.0]]), Scenario.closing(2, [0]), pop, [5])
    fig = dict(key_figures(res, pop, [5], ["A", "B"]).values.tolist())
    assert fig["mean extra time of those whose facility changes (min)"] == "3.0"
    monkeypatch.setattr(report, "_png", lambda fig: fig)
    before = report._cdf_chart(res, pop, [5]).axes[0].get_lines()[0]
    assert before.get_xdata().tolist() == [1, 2]
    assert before.get_ydata().tolist() == [50, 100]
