"""Population projection to a target year: spec (e) acceptance cases and the -1 mask."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.plan.projection import (
    AgeGroup,
    ProjectionError,
    age_groups_of,
    parse_age,
    project,
    project_year,
    split_groups,
)


def single_years(municipality: str, year: int, by_group: dict[tuple[int, int], float]):
    """A long table with the population of each (lo, hi) range spread over its single years."""
    rows = []
    for (lo, hi), pop in by_group.items():
        ages = list(range(lo, hi))
        for a in ages:
            rows.append((municipality, str(a) if a < 100 else "100-", year, pop / len(ages)))
    return rows


def table(rows):
    return pd.DataFrame(rows, columns=["municipality", "age", "year", "population"])


def test_age_fields_and_labels():
    assert age_groups_of(["vaesto", "ika_0_14", "ika_15_64", "IKA_65_"]) == {
        "ika_0_14": AgeGroup(0, 15), "ika_15_64": AgeGroup(15, 65), "IKA_65_": AgeGroup(65, 200)}
    assert [g.name for g in split_groups([AgeGroup(0, 15), AgeGroup(65, 200)])] == [
        "0_14", "65_74", "75_84", "85_"]
    assert parse_age("100-") == (100, 200) and parse_age("42") == (42, 43)
    assert parse_age("65-74") == (65, 75) and parse_age("85+") == (85, 200)
    with pytest.raises(ProjectionError, match="overlap"):
        age_groups_of(["ika_0_14", "ika_10_64"])


def spec_case(rake: bool):
    """Municipality 091: 65+ = 2 000 in 2023 (1 200 aged 65-74, 600 75-84, 200 85+) and
    2 300 in 2030; the grid's 65+ sums to 2 000 over three cells, one of them 100."""
    base = {(0, 15): 1000, (15, 65): 5000, (65, 75): 1200, (75, 85): 600, (85, 101): 200}
    target = {(0, 15): 900, (15, 65): 4800, (65, 75): 1300, (75, 85): 700, (85, 101): 300}
    tab = table(single_years("091", 2023, base) + single_years("091", 2030, target))
    ages = pd.DataFrame({"ika_0_14": [200.0, 500, 300], "ika_15_64": [1000.0, 2500, 1500],
                         "ika_65_": [100.0, 1200, 700]})
    total = ages.sum(axis=1).to_numpy()
    return project(total, ages, np.array(["091"] * 3), tab, 2023, [2030], rake=rake)


@pytest.mark.parametrize("rake", [False, True])
def test_spec_case_1_cell_65_plus_grows_to_115(rake):
    p = spec_case(rake)
    cell65 = sum(p.cells[f"pop_{g}_2030"].iloc[0] for g in ("65_74", "75_84", "85_"))
    assert cell65 == pytest.approx(115.0, abs=1e-9)
    # the split of 65+ follows the municipality's base-year shares: 60 % / 30 % / 10 %
    assert p.cells["pop_65_74_2023"].iloc[0] == pytest.approx(60.0)
    assert p.cells["pop_85__2023"].iloc[0] == pytest.approx(10.0)
    # by group: 60 * 1300/1200 + 30 * 700/600 + 10 * 300/200 = 65 + 35 + 15
    assert p.cells["pop_75_84_2030"].iloc[0] == pytest.approx(35.0)


def test_spec_case_2_grid_sums_to_projection_after_raking():
    """A grid that misses people of the base year (geocoding losses) is raked so every
    municipality x group x year sums to the table (tolerance 0.5 person)."""
    rng = np.random.default_rng(3)
    rows = []
    for m in ("091", "049", "837"):
        for y, f in ((2023, 1.0), (2025, 1.02), (2030, 1.07)):
            rows += [(m, str(a), y, float(rng.integers(50, 400)) * f * (1 + a / 200))
                     for a in range(100)]
            rows.append((m, "100-", y, 7.0 * f))
    tab = table(rows)
    n = 300
    muni = rng.choice(["091", "049", "837"], n)
    ages = pd.DataFrame({"ika_0_14": rng.integers(0, 60, n).astype(float),
                         "ika_15_64": rng.integers(0, 300, n).astype(float),
                         "ika_65_": rng.integers(0, 80, n).astype(float)})
    masked = rng.random(n) < 0.2
    total = ages.sum(axis=1).to_numpy()
    total[masked] = rng.integers(1, 10, masked.sum())
    ages.loc[masked, :] = -1
    p = project(total, ages, muni, tab, 2023, [2025, 2030], rake=True)
    assert (p.check["difference"].abs() < 0.5).all()
    want = tab[tab.year == 2030].assign(old=lambda d: d.age.map(lambda a: a == "100-" or
                                                                int(a) >= 85))
    got = p.check[(p.check.year == 2030) & (p.check.group == "85_")].set_index("municipality")
    for m, grp in want[want.old].groupby("municipality"):
        assert got.loc[m, "grid_sum"] == pytest.approx(grp.population.sum())


def test_masked_cells_are_never_counted_as_people():
    """A masked cell with 5 residents gets 5 people spread by the municipality's shares; a -1
    summed as a person would give 2 (three -1 plus 5)."""
    base = {(0, 15): 200, (15, 65): 600, (65, 101): 200}
    tab = table(single_years("1", 2023, base) + single_years("1", 2030, base))
    ages = pd.DataFrame({"ika_0_14": [-1.0, 20], "ika_15_64": [-1.0, 60], "ika_65_": [-1.0, 20]})
    p = project(np.array([5.0, 100.0]), ages, np.array(["1", "1"]), tab, 2023, [2030],
                rake=False, splits=())
    row = p.cells.iloc[0]
    assert row["pop_0_14_2023"] == pytest.approx(1.0)
    assert row["pop_15_64_2023"] == pytest.approx(3.0)
    assert row["pop_65__2023"] == pytest.approx(1.0)
    assert p.cells.filter(like="_2023").to_numpy().min() >= 0
    assert p.cells.filter(like="_2023").sum(axis=1).tolist() == pytest.approx([5.0, 100.0])


def test_whole_number_tables_as_published():
    """Statistics Finland publishes whole persons: an integer table must work the same."""
    tab = spec_table()
    whole = tab.assign(population=(tab.population * 100).round().astype(int))
    ages = pd.DataFrame({"ika_0_14": [200, 500, 300], "ika_15_64": [1000, 2500, 1500],
                         "ika_65_": [100, 1200, 700]})
    p = project(ages.sum(axis=1).to_numpy(), ages, np.array(["091"] * 3), whole, 2023, [2030],
                rake=False)
    assert sum(p.cells[f"pop_{g}_2030"].iloc[0] for g in ("65_74", "75_84", "85_")) == \
        pytest.approx(115.0)


def test_need_weighted_demand():
    p = spec_case(rake=False)
    rates = {"0_14": 1.0, "15_64": 2.0, "65_74": 3.0, "75_84": 5.0, "85_": 8.0}
    c = p.cells.iloc[0]
    want = sum(c[f"pop_{g}_2030"] * r for g, r in rates.items())
    p2 = project(np.array([1300.0, 4200, 2500]),
                 pd.DataFrame({"ika_0_14": [200.0, 500, 300], "ika_15_64": [1000.0, 2500, 1500],
                               "ika_65_": [100.0, 1200, 700]}),
                 np.array(["091"] * 3), spec_table(), 2023, [2030], use_rates=rates, rake=False)
    assert p2.cells["need_2030"].iloc[0] == pytest.approx(want)


def spec_table():
    base = {(0, 15): 1000, (15, 65): 5000, (65, 75): 1200, (75, 85): 600, (85, 101): 200}
    target = {(0, 15): 900, (15, 65): 4800, (65, 75): 1300, (75, 85): 700, (85, 101): 300}
    return table(single_years("091", 2023, base) + single_years("091", 2030, target))


@pytest.mark.parametrize("change, message", [
    (lambda a, t, m: (a.assign(ika_0_14=[-2.0, 5, 5]), t, m), "only -1 marks"),
    (lambda a, t, m: (a, t, np.array(["091", "091", "92"])), "not in the projection table"),
    (lambda a, t, m: (a, t.assign(population=t.population.where(t.index != 3, -5)), m),
     "row 4: population"),
    (lambda a, t, m: (a, t[t.age != "100-"].assign(age=lambda d: d.age.where(
        d.index != 0, "abc")), m), "not an age"),
])
def test_bad_input_names_the_row(change, message):
    ages = pd.DataFrame({"ika_0_14": [200.0, 500, 300], "ika_15_64": [1000.0, 2500, 1500],
                         "ika_65_": [100.0, 1200, 700]})
    a, t, m = change(ages, spec_table(), np.array(["091"] * 3))
    with pytest.raises(ProjectionError, match=message):
        project(a.abs().sum(axis=1).to_numpy(), a, m, t, 2023, [2030])


def test_years_outside_the_table_are_refused():
    ages = pd.DataFrame({"ika_0_14": [1.0], "ika_15_64": [1.0], "ika_65_": [1.0]})
    with pytest.raises(ProjectionError, match="year 2031 is not in the projection table"):
        project(np.array([3.0]), ages, np.array(["091"]), spec_table(), 2023, [2031])


def test_statfin_pxweb_export_is_read_as_published():
    from core.plan.projection import municipality_code, standard_table

    px = pd.DataFrame({"fid": range(1, 7),  # a GeoPackage table's own id: never the value
                       "Alue": ["KU091 Helsinki"] * 3 + ["KU049 Espoo"] * 3,
                       "Ikä": ["0", "100 -", "0"] * 2,
                       "Sukupuoli": ["Yhteensä", "Yhteensä", "Miehet"] * 2,
                       "Vuosi": ["2030"] * 6,
                       "Väestö 31.12. (vaesto_e24)": [5000, 40, 2600, 3000, 20, 1500]})
    t = standard_table(px)
    assert t["municipality"].tolist() == ["091", "091", "049", "049"]
    assert t["population"].tolist() == [5000, 40, 3000, 20]
    assert parse_age(t["age"].iloc[1]) == (100, 200)
    assert [municipality_code(v) for v in ("91", 91.0, "091", "Kuopio")] == [
        "091", "091", "091", "Kuopio"]


def test_nested_open_age_field_is_subtracted():
    """ika_75_ inside ika_65_ (as in the Tampere sample): 65-74 = ika_65_ - ika_75_."""
    from core.plan.projection import partition_ages

    ages = pd.DataFrame({"ika_0_14": [10.0, -1], "ika_15_64": [50.0, -1],
                         "ika_65_": [40.0, -1], "ika_75_": [15.0, -1]})
    out, groups = partition_ages(ages)
    assert groups["ika_65_"] == AgeGroup(65, 75) and groups["ika_75_"] == AgeGroup(75, 200)
    assert out["ika_65_"].tolist() == [25.0, -1.0] and out["ika_75_"].tolist() == [15.0, -1.0]
    base = {(0, 15): 1000, (15, 65): 5000, (65, 75): 1200, (75, 85): 600, (85, 101): 200}
    tab = table(single_years("1", 2023, base) + single_years("1", 2030, base))
    p = project(np.array([115.0, 5.0]), ages, np.array(["1", "1"]), tab, 2023, [2030],
                rake=False)
    row = p.cells.iloc[0]
    assert row["pop_65_74_2023"] == pytest.approx(25.0)
    assert row["pop_75_84_2023"] + row["pop_85__2023"] == pytest.approx(15.0)
    assert row["pop_85__2023"] == pytest.approx(15.0 * 200 / 800)
    with pytest.raises(ProjectionError, match="ika_75_ is larger than ika_65_"):
        partition_ages(ages.assign(ika_75_=[50.0, -1]))


def test_project_year_spec_case_demand_and_bad_years():
    # spec (e) 1: cell 65+ = 100, municipality 65+ 2 000 -> 2 300: 115 in the target year
    rows = [("0-64", 8000, 7600), ("65-74", 1000, 1150), ("75-84", 600, 690),
            ("85-", 400, 460)]
    table = pd.DataFrame([("001", a, y, p) for a, b, t in rows for y, p in ((2023, b),
                                                                            (2030, t))],
                         columns=["municipality", "age", "year", "population"])
    ages = pd.DataFrame({"ika_0_64": [400.0, -1.0], "ika_65_": [100.0, -1.0]})
    muni, total = np.array(["001", "001"]), np.array([500.0, 10.0])
    rates = {"0_64": 2.0, "65_74": 4.0, "75_84": 8.0, "85_": 12.0}
    got = project_year(total, ages, muni, table, 2023, 2030, rates)
    assert got.groups == ["0_64", "65_74", "75_84", "85_"] and got.weighted
    assert got.ages_then[0].tolist() == pytest.approx([380.0, 57.5, 34.5, 23.0])
    assert got.ages_then[0, 1:].sum() == pytest.approx(115.0)
    # the masked cell (-1 ages) is 10 persons in the municipality's shares, never -1 persons
    assert got.ages_now[1].tolist() == pytest.approx([8.0, 1.0, 0.6, 0.4])
    assert got.now.tolist() == pytest.approx([400 * 2 + 50 * 4 + 30 * 8 + 20 * 12,
                                              16 + 4 + 4.8 + 4.8])
    assert got.then[0] == pytest.approx(380 * 2 + 57.5 * 4 + 34.5 * 8 + 23 * 12)
    plain = project_year(total, ages, muni, table, 2023, 2023)
    assert plain.then.tolist() == pytest.approx([500.0, 10.0])
    with pytest.raises(ProjectionError, match=r"year 2040 is not in the projection table "
                                              r"\(it has \[2023, 2030\]\)"):
        project_year(total, ages, muni, table, 2023, 2040)
    with pytest.raises(ProjectionError, match=r"use rates name groups \['75_'\]"):
        project_year(total, ages, muni, table, 2023, 2030, {"75_": 3.0})
