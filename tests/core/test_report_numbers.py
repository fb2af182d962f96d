"""Numbers in the language of QGIS outside the report's tables: chart ticks and the
messages' placeholders (QA walk-through item 16)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.scenario import report
from core.scenario.report_text import LocaleNumber, localise


@pytest.mark.parametrize(("lang", "want"), [("fi", "95\u00a0006 3,0\u00a0% 10,50 \u22121\u00a0500"),
                                            ("en", "95,006 3.0% 10.50 \u22121,500")])
def test_message_placeholders_format_in_the_language(lang, want):
    template = "{n} {rate:.1%} {x:.2f} {d:.0f}"  # as a translated message has them
    got = template.format(
        n=LocaleNumber(95006, lang), rate=LocaleNumber(0.03, lang),
        x=LocaleNumber(10.5, lang), d=LocaleNumber(-1500.2, lang))
    assert got == want


def test_localise_leaves_words_alone():
    assert localise("p90 in 2 min: 1234.5", "fi") == "p90 in 2 min: 1\u00a0234,5"


def ticks(monkeypatch, draw) -> list[list[str]]:
    """The tick labels of every axis of the chart ``draw`` makes."""
    figures = []
    monkeypatch.setattr(report, "_fig_png", lambda fig: figures.append(fig) or b"")
    draw()
    (fig,) = figures
    fig.canvas.draw()
    return [[t.get_text() for t in labels() if t.get_text()]
            for ax in fig.axes for labels in (ax.get_xticklabels, ax.get_yticklabels)]


def test_cost_chart_writes_millions_with_a_decimal_comma_in_finnish(monkeypatch):
    yearly = pd.DataFrame({"scenario": ["a", "a", "b", "b"], "year": [2025, 2026] * 2,
                           "county_total": [10.5e6, 10.6e6, 9.2e6, 9.3e6],
                           "societal_total": [10.5e6, 10.6e6, 9.2e6, 9.3e6]})
    years, euros = ticks(monkeypatch, lambda: report._cost_chart(yearly, "fi"))
    assert years == ["2025", "2026"]  # years are not grouped
    assert any("," in t for t in euros) and not any("." in t for t in euros)
    years, euros = ticks(monkeypatch, lambda: report._cost_chart(yearly, "en"))
    assert any("." in t for t in euros) and not any("," in t for t in euros)


def test_change_histogram_groups_thousands(monkeypatch):
    import numpy as np

    class Result:
        cells = pd.DataFrame({"change_min": [1.0, 2.0, 2.5, 8.0],
                              "reallocated": [True, True, True, True]})

    population = np.array([1500.0, 2500.0, 2000.0, 600.0])
    minutes, people = ticks(monkeypatch, lambda: report._change_chart(Result(), population,
                                                                       "fi"))
    assert any("\u00a0" in t for t in people) and not any("," in t for t in people)
    minutes, people = ticks(monkeypatch, lambda: report._change_chart(Result(), population,
                                                                       "en"))
    assert any("," in t for t in people)
