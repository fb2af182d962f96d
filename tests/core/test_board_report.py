"""The board report: locale-aware numbers, readable words, capacity before/after labelled,
the Gini explained."""

from __future__ import annotations

import re

import numpy as np

from core.scenario.impact import Scenario, evaluate
from core.scenario.report import key_figures, meaning, render
from core.scenario.report_text import T, group_label, number, percent


def test_numbers_follow_the_language():
    assert number(13152, "fi") == "13\u00a0152" and number(13152, "en") == "13,152"
    assert number(0.5, "fi", 1) == "0,5" and number(71724.0, "sv") == "71\u00a0724"
    assert percent(0.884, "fi") == "88\u00a0%" and percent(0.884, "en") == "88%"
    assert number(float("nan"), "en") == "n/a" and percent(None, "fi") == "–"
    assert group_label("ika_0_14", "fi") == "0–14 v" and group_label("ika_75_", "en") == \
        "75+ years"


def test_every_string_has_three_languages():
    assert all(len(v) == 3 and all(v) for v in T.values())
    fields = {k: [set(re.findall(r"{(\w+)}", s)) for s in v] for k, v in T.items()}
    assert all(f[0] == f[1] == f[2] for f in fields.values()), \
        [k for k, f in fields.items() if not f[0] == f[1] == f[2]]


def scenario():
    """Four cells, three facilities; C (index 2) closes. A was over capacity already."""
    minutes = np.array([[2.0, 9.0, 1.0],
                        [3.0, 8.0, 20.0],
                        [9.0, 2.0, 1.5],
                        [12.0, 3.0, 30.0]])
    pop = np.array([100.0, 500.0, 300.0, 50.0])
    sc = Scenario.closing(3, [2])
    capacity = np.array([400.0, 300.0, 500.0])
    return evaluate(minutes, sc, pop, [5, 10], capacity=capacity), pop


def test_capacity_before_and_after_is_labelled():
    result, pop = scenario()
    names = ["A", "B", "C"]
    rows = dict(key_figures(result, pop, [5, 10], names, "en"))
    # A: 500 before (over 400), 600 after; B: 50 before, 350 after (over 300)
    assert rows["Facilities over capacity after the change (not before)"] == "B"
    assert rows["Facilities over capacity both before and after"] == "A"
    assert rows["Residents"] == "950"
    fi = dict(key_figures(result, pop, [5, 10], names, "fi"))
    assert fi["Suljettavat toimipisteet"] == "C"
    text = " ".join(meaning(result, pop, [5, 10], names, "en"))
    assert "Of these, already over capacity before the change: A." in text


def test_gini_explained_when_it_falls_while_trips_grow():
    result, pop = scenario()
    eq = result.equity.set_index("when")
    assert eq.loc["after", "gini"] < eq.loc["before", "gini"]
    text = " ".join(meaning(result, pop, [5, 10], ["A", "B", "C"], "en"))
    assert "The Gini coefficient falls" in text and "more alike, not shorter" in text


def test_page_has_no_raw_column_names_and_prints_on_a4():
    result, pop = scenario()
    page = render(result, pop, [5, 10], ["A", "B", "C"], lang="fi")
    body = re.sub(r"<style>.*?</style>|src=\"[^\"]+\"", "", page, flags=re.S)
    for raw in ("within_", "load_before", "share_beyond", "use_after", "mean_min", "nan",
                "open_after", "0.8"):
        assert raw not in body, raw
    assert "@page { size: A4 portrait" in page and "Mitä tämä tarkoittaa" in page
    assert "Käyttöaste ennen" in page and "ylikuormitettu jo ennen" in page


def test_every_road_mode_has_its_words_in_every_report_language():
    """The report names the travel mode: a mode added to the registry needs its words."""
    from core.roads.modes import ROAD_MODES
    from core.scenario.report_text import LANGS, T

    for m in ROAD_MODES:
        assert f"mode_{m.name}" in T, m.name
        assert all(T[f"mode_{m.name}"][LANGS.index(lang)] for lang in LANGS)


def test_channels_section_says_how_much_the_bus_and_remote_visits_make_up():
    """The hand case of test_channels_multichannel: 600 lose their site within 15 min, the
    bus serves 100 (in A), remote visits 50 (in B), 450 are left."""
    from core.channels.multichannel import by_area, closure_compensation
    from core.scenario.report import ReportInfo

    pop = [100, 200, 300, 400, 50]
    cells, _ = closure_compensation(pop, [10, 10, 10, 10, 40], [30, 30, 30, 12, 40],
                                    [5, np.nan, np.nan, np.nan, 3], [0.2, 0.25, 0, 0.2, 0.1],
                                    15, 15)
    areas = by_area(pop, cells, ["A", "B", "B", "A", "B"])
    result, rpop = scenario()
    info = ReportInfo(channels=areas, channel_limits=(15.0, 10.0))
    page = re.sub(r"<[^>]+>", " ", render(result, rpop, [5, 10], ["A", "B", "C"], lang="en",
                                           info=info))
    assert ("Of the 600 residents who lose their facility within 15 min, a mobile stop "
            "within 10 min serves 100 (17%), remote visits can take the demand of 50 more "
            "(8%), and 450 (75%) are left without a substitute.") in page
    rows = re.sub(r"\s+", " ", page)
    assert "A 100 100 0 0 100%" in rows and "B 500 0 50 450 10%" in rows
    assert "all areas 600 100 50 450 25%" in rows
    fi = re.sub(r"<[^>]+>", " ", render(result, rpop, [5, 10], ["A", "B", "C"], lang="fi",
                                         info=info))
    assert "Muut palvelukanavat" in fi and "liikkuvan palvelun pysäkki 10 minuutin" in fi
    one = ReportInfo(channels=by_area(pop, cells), channel_limits=(15.0, None))
    section = render(result, rpop, [5, 10], ["A", "B", "C"], info=one).split(
        "Other service channels")[1]
    assert section.count("<tr>") == 2 and "a mobile stop within n/a" in section
    assert "Other service channels" not in render(result, rpop, [5, 10], ["A", "B", "C"])
