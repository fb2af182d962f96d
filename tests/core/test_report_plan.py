"""The board report's year, cost, lease and staff sections (issue 18): figures asserted."""

from __future__ import annotations

import datetime as dt
import html
import re

import numpy as np
import pandas as pd
import pytest

from core.plan.costs import npv
from core.plan.projection import YearDemand
from core.scenario.report import ReportInfo, cost_sections, page, render, year_sections


def cells(section: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", section)
    return [[html.unescape(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r)]
            for r in rows]


def year_demand() -> YearDemand:
    # three cells; groups 0_64 and 75_; cell 2 moves from site B (closed) to A
    ages_now = np.array([[100.0, 10.0], [50.0, 20.0], [30.0, 30.0]])
    ages_then = np.array([[90.0, 15.0], [45.0, 30.0], [27.0, 45.0]])
    rates = np.array([1.0, 5.0])
    return YearDemand(2023, 2030, ["0_64", "75_"], ages_now, ages_then, ages_now @ rates,
                      ages_then @ rates, weighted=True)


def test_year_sections_demand_per_site_and_age_growth():
    yd = year_demand()
    (t1, demand), (t2, ages) = year_sections(yd, np.array([0, 0, 1]), np.array([0, 0, 0]),
                                             ["A", "B"], "en")
    assert t1 == "Demand now and in 2030" and t2.endswith("2023–2030")
    rows = cells(demand)
    assert rows[0] == ["Facility", "Demand 2023", "Demand 2030", "Change"]
    # A: now 150 + 150 = 300 visits; 2030 after the change: 165 + 195 + 252 = 612
    assert rows[1] == ["A", "300", "612", "104%"]
    assert rows[2] == ["B", "180", "0", "\u2212100%"]
    assert rows[3] == ["Total", "480", "612", "28%"]
    assert "visits a year by age-specific use rates" in demand
    assert cells(ages)[1] == ["A", "180 → 162 (\u221210%)", "60 → 90 (50%)"]
    info = ReportInfo(sections=[(t1, demand)])
    assert "<h2>Demand now and in 2030</h2>" in page("x", info.sections)


def yearly(name: str, base: float) -> pd.DataFrame:
    years = np.arange(2025, 2031)
    return pd.DataFrame({"scenario": name, "year": years, "rent": base, "opex": 10_000.0,
                         "invest": np.where(years == 2027, 50_000.0, 0.0), "staff": 0.0,
                         "client_travel": 1_000.0, "kela_travel": 2_000.0}).assign(
        county_total=lambda f: f["rent"] + f["opex"] + f["invest"],
        societal_total=lambda f: f["county_total"] + 3_000.0)


def test_cost_sections_side_by_side_npv_leases_and_staff(monkeypatch):
    table = pd.concat([yearly("keep", 90_000.0), yearly("close B", 40_000.0)])
    npvs = pd.DataFrame([(n, v, npv(table[table.scenario == n][c].to_numpy(),
                                    np.arange(2025, 2031), 0.03))
                         for n in ("keep", "close B")
                         for v, c in (("county", "county_total"),
                                      ("societal", "societal_total"))],
                        columns=["scenario", "view", "npv_eur"])
    leases = pd.DataFrame({"site_id": ["B"] * 6, "year": range(2025, 2031),
                           "active_months": [12, 12, 6, 0, 0, 0],
                           "lease_end": [dt.date(2027, 6, 30)] * 6})
    staff = pd.DataFrame({"site_id": ["B"], "site_after": ["A"], "staff": [12.0],
                          "over_before": [1.0], "over_after": [4.0]})
    drawn = []
    import matplotlib.axes

    real = matplotlib.axes.Axes.broken_barh
    monkeypatch.setattr(matplotlib.axes.Axes, "broken_barh",
                        lambda self, xr, yr, **kw: drawn.append(xr) or real(self, xr, yr, **kw))
    sections = cost_sections(table, npvs, 0.03, "fi", leases, "close B", staff)
    titles = [t for t, _ in sections]
    assert titles == ["Kustannukset vuosittain", "Nykyarvo", "Kustannukset vuosittain: keep",
                      "Kustannukset vuosittain: close B",
                      "Toimipisteet ja vuokrasopimukset vuosittain", "Vaikutus henkilöstöön"]
    yearly_rows = cells(sections[0][1])
    assert yearly_rows[1] == ["2025", "100\u00a0000", "50\u00a0000", "\u221250\u00a0000"]
    assert yearly_rows[3] == ["2027", "150\u00a0000", "100\u00a0000", "\u221250\u00a0000"]
    assert yearly_rows[-1] == ["Yhteensä", "650\u00a0000", "350\u00a0000",
                               "\u2212300\u00a0000"]
    assert "<img" in sections[0][1]
    # NPV: spec (d) 2 gives 100 000 x 5.57971 = 557 970.72; here 50 000 more in 2027
    want = 100_000 * sum(1.03 ** -k for k in range(6)) + 50_000 / 1.03 ** 2
    assert want == pytest.approx(605_100.51, abs=0.01)
    npv_rows = cells(sections[1][1])
    assert npv_rows[1][:2] == ["keep", "605\u00a0101"]
    assert "diskontattuna vuoteen 2025 3,0\u00a0% vuosikorolla" in sections[1][1]
    items = cells(sections[2][1])
    assert items[1] == ["Vuokrat"] + ["90\u00a0000"] * 6 + ["540\u00a0000"]
    assert ["Investoinnit (korjausvelka)", "0", "0", "50\u00a0000", "0", "0", "0",
            "50\u00a0000"] in items
    assert "Kelan matkakorvaukset" in sections[2][1] and "Henkilöstö" not in sections[2][1]
    assert drawn == [[(2025, 1.0), (2026, 1.0), (2027, 0.5)]]
    staff_rows = cells(sections[5][1])
    assert staff_rows[1] == ["B", "A", "12,0", "1,0", "4,0"]


def test_render_without_sections_is_unchanged():
    from core.scenario.impact import Scenario, evaluate

    minutes = np.array([[5.0, 20.0], [30.0, 6.0]])
    result = evaluate(minutes, Scenario.closing(2, [1]), np.array([10.0, 5.0]), [15])
    plain = render(result, np.array([10.0, 5.0]), [15], ["A", "B"], lang="en")
    with_info = render(result, np.array([10.0, 5.0]), [15], ["A", "B"], lang="en",
                       info=ReportInfo())
    strip = re.compile(r"src=\"[^\"]+\"")
    assert strip.sub("", plain) == strip.sub("", with_info)
    assert "Demand now" not in plain


def test_cost_sections_access_after_and_change_per_scenario():
    table = pd.concat([yearly("keep", 90_000.0), yearly("close B", 40_000.0),
                       yearly("close C", 60_000.0)])
    npvs = pd.DataFrame(columns=["scenario", "view", "npv_eur"])
    summary = pd.DataFrame([
        # an area row is left out: only all areas count
        {"area": "north", "group": "total", "population": 500.0, "within_10_before": 400.0,
         "within_10_after": 100.0, "within_20_before": 500.0, "within_20_after": 450.0},
        {"area": "all areas", "group": "total", "population": 1200.0,
         "within_10_before": 1000.0, "within_10_after": 700.0, "within_20_before": 1150.0,
         "within_20_after": 1100.0},
        {"area": "all areas", "group": "ika_75_", "population": 150.0,
         "within_10_before": 120.0, "within_10_after": 80.0, "within_20_before": 140.0,
         "within_20_after": 141.0}])
    equity = pd.DataFrame({"when": ["before", "after"], "gini": [0.1, 0.2],
                           "share_beyond_10": [0.2, 0.25]})
    sections = cost_sections(table, npvs, 0.03, "en", access={"close B": summary,
                                                             "close C": equity})
    title, body = sections[-1]
    assert title == "Access effect"
    rows = cells(body)
    assert rows[0] == ["Age group", "Within (min)", "keep: after", "keep: change",
                       "close B: after", "close B: change", "close C: after",
                       "close C: change"]
    assert rows[1] == ["everyone", "10", "n/a", "n/a", "700", "\u2212300", "75.0%", "\u22125.0%"]
    assert rows[2] == ["everyone", "20", "n/a", "n/a", "1,100", "\u221250", "n/a", "n/a"]
    assert rows[3] == ["75+ years", "10", "n/a", "n/a", "80", "\u221240", "n/a", "n/a"]
    assert rows[4] == ["75+ years", "20", "n/a", "n/a", "141", "+1", "n/a", "n/a"]
    fi = cells(cost_sections(table, npvs, 0.03, "fi", access={"close B": summary})[-1][1])
    assert fi[0][4:6] == ["close B: jälkeen", "close B: muutos"]
    assert fi[1][4:6] == ["700", "\u2212300"]
    with pytest.raises(ValueError, match="within_<minutes>_before"):
        cost_sections(table, npvs, 0.03, "en", access={"close B": pd.DataFrame({"x": [1]})})
