"""The closure report: key figures weigh people, not cells; the page holds every part."""

from __future__ import annotations

import html
import re

import numpy as np
import pytest

from core.scenario.impact import Scenario, evaluate
from core.scenario.report import key_figures, meaning, render
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


def _tables(page: str) -> list[tuple[list[str], list[list[str]]]]:
    """(header cells, body rows) of every table with a header row, by the exact markup."""
    out = []
    for head, body in re.findall(r"<table(?: class=\"\w+\")?><thead><tr>(.*?)</tr></thead>"
                                 r"<tbody>(.*?)</tbody></table>", page):
        cell = r"<t[hd](?: class=\"t\")?>(.*?)</t[hd]>"
        rows = [re.findall(cell, r) for r in re.findall(r"<tr>(.*?)</tr>", body)]
        out.append((re.findall(cell, head), rows))
    return out


def _table(page: str, first_key: str) -> tuple[list[str], list[list[str]]]:
    """The table whose first header is ``text(first_key)``."""
    return next(t for t in _tables(page) if t[0][0] == text(first_key, "en"))


def test_tables_format_numbers_status_and_unknown(result):
    page = render(result, POP, [5, 10], NAMES)
    cols, loads = _table(page, "h_facility")
    assert cols == [text(k, "en") for k in ("h_facility", "h_status", "h_load_before",
                                            "h_load_after", "h_capacity", "h_use_before",
                                            "h_use_after")]
    over = f"{text('open', 'en')}; {text('over_after', 'en')}"
    assert loads == [["A", over, "5", "1,005", "500", "1%", "201%"],  # people, not cells
                     ["B", text("closed", "en"), "1,012", "–", text("n_a", "en"),
                      text("n_a", "en"), "–"],  # closed; its capacity unknown
                     ["C", text("open", "en"), "0", "10", "100", "0%", "10%"]]
    _, flows = _table(page, "h_from")
    assert sorted(flows) == [["B", "A", "1,000"], ["B", "C", "10"],
                             ["B", text("nowhere", "en"), "2"]]
    _, areas = _table(page, "h_area")
    assert areas == [[text("all_areas", "en"), "1,017", "12", "2", "2.0",
                      f"{4065 / 1015:.1f}"]]
    _, equity = _table(page, "h_measure")
    assert [text("beyond", "en", t="5"), "0%", "1%"] in equity  # 2 then 12 of 1017 people
    assert [text("beyond", "en", t="10"), "0%", "0%"] in equity
    assert text("nobody_moves", "en") not in page


def test_page_without_movers_says_so():
    res = evaluate(np.array([[1.0, 9.0]]), Scenario.closing(2, [1]), np.array([3.0]), [5])
    page = render(res, np.array([3.0]), [5], ["A", "B"])
    assert f"\n<p>{text('nobody_moves', 'en')}</p>\n" in page
    assert f"<p>{html.escape(text('m_nochange', 'en'))}</p>" in page
    assert page.count("<img") == 1  # no histogram of changes without movers
    fig = dict(key_figures(res, np.array([3.0]), [5], ["A", "B"]))
    assert fig[text("k_moved", "en")] == "0 (0%)"
    assert fig[text("k_extra", "en")] == text("n_a", "en")


def _figures(monkeypatch) -> list:
    """Make the charts keep their matplotlib figures instead of PNG bytes."""
    import core.scenario.report as report

    figs: list = []
    monkeypatch.setattr(report, "_fig_png", lambda fig: figs.append(fig) or b"")
    return figs


def test_charts_plot_the_population_reaching_in_time(result, monkeypatch):
    """The travel-time chart: share of people (not cells) reaching within each time."""
    from core.scenario.report import _cdf_chart, _change_chart

    figs = _figures(monkeypatch)
    _cdf_chart(result, POP, [5, 10], "en")
    ax = figs[0].axes[0]
    before, after = ax.get_lines()[:2]
    assert before.get_label() == text("c_before", "en")
    assert after.get_label() == text("c_after", "en")
    assert before.get_xdata().tolist() == [1, 2, 3, 5]
    assert np.allclose(before.get_ydata(), np.cumsum([5, 1000, 10, 2]) / 1017 * 100)
    assert after.get_xdata().tolist() == [1, 4, 6]
    assert np.allclose(after.get_ydata(), np.cumsum([5, 1000, 10]) / 1017 * 100)
    assert ax.get_ylim() == (0, 100)
    assert [v.get_xdata()[0] for v in ax.get_lines()[2:]] == [5, 10]  # threshold lines
    _change_chart(result, POP, "en")
    bars = figs[1].axes[0].patches
    assert sum(b.get_height() for b in bars) == pytest.approx(1010)  # movers who reach one


def test_chart_axes_say_what_they_show(result, monkeypatch):
    from core.scenario.report import _cdf_chart, _change_chart

    figs = _figures(monkeypatch)
    for lang in ("en", "fi"):
        _cdf_chart(result, POP, [5], lang)
        _change_chart(result, POP, lang)
        ax, hx = figs[-2].axes[0], figs[-1].axes[0]
        assert ax.get_xlabel() == text("c_cdf_x", lang)
        assert ax.get_ylabel() == text("c_cdf_y", lang)
        assert [t.get_text() for t in ax.get_legend().get_texts()] == \
            [text("c_before", lang), text("c_after", lang)]
        assert hx.get_xlabel() == text("c_change_x", lang)
        assert hx.get_ylabel() == text("c_change_y", lang)


def test_page_markup(result):
    page = render(result, POP, [5, 10], NAMES)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n')
    assert page.endswith("\n</body></html>")
    assert f"<h1>{text('title_closure', 'en')}</h1>" in page  # the default title
    assert page.count('<img class="" alt="') == 2  # the two charts, inlined PNGs
    assert page.count('src="data:image/png;base64,iVBORw0KGgo') == 2
    tables = _tables(page)
    assert page.count("<table") - page.count("<table class='kv'>") == len(tables) == 4
    for cols, rows in tables:  # every row has a cell per column
        assert rows and all(len(r) == len(cols) for r in rows)
    cols, loads = tables[0]
    assert cols[:2] == [text("h_facility", "en"), text("h_status", "en")]
    assert [r[0] for r in loads] == NAMES
    cols, flows = tables[1]
    assert cols == [text(k, "en") for k in ("h_from", "h_to", "h_residents")]
    assert sorted(r[:2] for r in flows) == [["B", "A"], ["B", "C"],
                                            ["B", text("nowhere", "en")]]
    kv = re.search(r"<table class='kv'><tbody><tr><td>(.*?)</td><td>(.*?)</td></tr>", page)
    assert kv.groups() == (text("k_closed", "en"), "B")  # the key figures come first


def test_two_closed_a_new_site_and_areas():
    """Close A and B of A, B, C and open N: lists are joined in words, the flows name the
    first facility and the new one, and the key means are those of all areas together."""
    minutes = np.array([[1.0, 9.0, 20.0, 3.0], [2.0, 1.0, 4.0, 30.0], [np.inf] * 3 + [5.0],
                        [8.0, 2.0, 6.0, np.inf]])
    pop = np.array([10.0, 20.0, 0.5, 40.0])
    res = evaluate(minutes, Scenario.closing(3, [0, 1], n_new=1), pop, [5],
                   area=np.array(["X", "X", "Y", "Y"]), capacity=np.array([1, 1, 10, 5.0]))
    names = ["A", "B", "C", "N"]
    fig = dict(key_figures(res, pop, [5], names))
    assert fig[text("k_closed", "en")] == "A and B"
    assert fig[text("k_opened", "en")] == "N"
    assert fig[text("k_over", "en")] == "C and N"  # 60 on 10; 10.5 on 5; neither before
    assert text("k_over_already", "en") not in fig
    # before: (1*10 + 1*20 + 2*40) / 70 (cell 2 unreachable); after: all four reach one
    assert fig[text("k_mean", "en")] == \
        f"{110 / 70:.1f} → {(30 + 80 + 2.5 + 240) / 70.5:.1f} min"
    # the movers who reach one before and after: (2*10 + 3*20 + 4*40) / 70; not cell 2
    assert fig[text("k_extra", "en")] == f"{240 / 70:.1f} min"
    fi = dict(key_figures(res, pop, [5], names, "fi"))
    assert fi[text("k_closed", "fi")] == "A ja B"
    page = render(res, pop, [5], names)
    _, flows = _table(page, "h_from")
    assert sorted(r[:2] for r in flows) == [["A", "N"], ["B", "C"], [text("nowhere", "en"), "N"]]
    _, areas = _table(page, "h_area")
    assert [r[:2] for r in areas] == [["X", "30"], ["Y", "40"], [text("all_areas", "en"), "70"]]
    # one facility opens, so the sentence speaks of a change, not of closing A and B; the
    # half resident who reaches none before moves too (70.5 shown as 70, all of them)
    assert f"<p>{text('m_change', 'en', moved='70', share='100%', extra='3.4')}</p>" in page


def test_nobody_reaching_after_is_not_available():
    pop = np.array([1.0, 2.0])
    res = evaluate(np.array([[3.0, np.inf], [4.0, np.inf]]), Scenario.closing(2, [0]), pop, [5])
    fig = dict(key_figures(res, pop, [5], ["A", "B"]))
    na = text("n_a", "en")
    assert fig[text("k_mean", "en")] == f"3.7 → {na} min"
    assert fig[text("k_extra", "en")] == na
    assert fig[text("k_over", "en")] == text("none", "en")
    assert fig[text("k_within", "en", t="5")] == "100% → 0%"
    assert text("m_unreached", "en", n="3") in meaning(res, pop, [5], ["A", "B"])


TABLE = re.compile(r"<table(?: class=\"\w+\")?><thead><tr>(<th( class=\"t\")?>[^<]*</th>)+"
                   r"</tr></thead><tbody>(<tr>(<td( class=\"t\")?>[^<]*</td>)+</tr>)+"
                   r"</tbody></table>")
KV = re.compile(r"<table class='kv'><tbody>(<tr><td>[^<]*</td><td>[^<]*</td></tr>)+"
                r"</tbody></table>")


def test_page_is_one_element_per_line(result):
    """After the head, one heading, paragraph, figure or table per line (a heading may open
    its block, an introduction may lead its table)."""
    page = render(result, POP, [5, 10], NAMES, notes=["n1"])
    head, body = page.split("</style></head><body>\n")
    assert head.split("\n")[:4] == ["<!DOCTYPE html>",
                                    '<html lang="en"><head><meta charset="utf-8">',
                                    "<meta name='generator' content='Palveluverkko'>",
                                    f"<title>{text('title_closure', 'en')}</title><style>"]
    lines = body.split("\n")
    assert lines[-1] == "</body></html>"
    elements = [e for line in lines[:-1]
                for e in re.split(r"(?<=</h2>)(?=<div)|(?<=</p>)(?=<table)", line)]
    for line in elements:
        assert line.startswith(("<h1>", "<h2", "<p>", "<p class=", "<div class='means'>",
                                "</div>", "<table", "<figure class='chart'>")), line
        assert line.count("<p") <= 1 and line.count("<table") <= 1, line
        if line.startswith("<table class='kv'>"):
            assert KV.fullmatch(line), line[:80]
        elif line.startswith("<table"):
            assert TABLE.fullmatch(line), line[:80]
        if line.startswith("<figure"):
            assert re.fullmatch(r"<figure class='chart'><img [^>]+></figure>", line), line[:80]
    for intro in ("flows_intro", "equity_intro"):
        assert f"<p>{text(intro, 'en')}</p>" in elements
    assert "<p class='note'>n1</p>" in elements
    headings = [re.sub(r"<[^>]+>", "", x) for x in lines if x.startswith("<h2")]
    assert headings == [text(k, "en") for k in ("what_means", "key_figures", "travel_times",
                                                "loads", "flows", "by_area", "equity",
                                                "notes")]


def test_nothing_closed_and_two_opened():
    pop = np.array([1.0])
    res = evaluate(np.array([[5.0, 2.0, 3.0]]), Scenario.closing(1, [], n_new=2), pop, [5])
    fig = dict(key_figures(res, pop, [5], ["A", "N1", "N2"]))
    assert fig[text("k_closed", "en")] == text("none", "en")
    assert fig[text("k_opened", "en")] == "N1 and N2"
    assert fig[text("k_extra", "en")] == "\u22123.0 min"  # shorter: a true minus sign
    assert meaning(res, pop, [5], ["A", "N1", "N2"])[0] == \
        text("m_change", "en", moved="1", share="100%", extra="\u22123.0")


def test_fractional_populations_count(monkeypatch):
    """Grid cells may hold expected populations below one person; they count in full."""
    from core.scenario.report import _cdf_chart

    pop = np.array([0.5, 0.5])
    res = evaluate(np.array([[1.0, 3.0], [2.0, 6.0]]), Scenario.closing(2, [0]), pop, [5])
    fig = dict(key_figures(res, pop, [5], ["A", "B"]))
    assert fig[text("k_extra", "en")] == "3.0 min"
    assert fig[text("k_moved", "en")] == "1 (100%)"
    figs = _figures(monkeypatch)
    _cdf_chart(res, pop, [5], "en")
    before = figs[0].axes[0].get_lines()[0]
    assert before.get_xdata().tolist() == [1, 2]
    assert before.get_ydata().tolist() == [50, 100]
