"""Population by age on the grid projected to a target year (spec (e)).

A Statistics Finland grid (``vaesto`` and age fields such as ``ika_0_14``, ``ika_15_64``,
``ika_65_``; age fields of cells under 10 residents masked as -1) is brought to the
projection's age groups and carried to a target year with municipal growth factors:

1. masked cells get ``vaesto x`` the municipality's age shares of the base year;
2. grid groups that span the split ages (65+ -> 65-74, 75-84, 85+) are divided by the
   municipality's shares of the base year;
3. ``P[i, a, T] = P[i, a, B] x Proj[m, a, T] / Pop[m, a, B]`` (growth factor);
4. optionally raked: scaled per municipality and group so the grid sums to the projection
   exactly (for grids that cover whole municipalities).

A masked value is never counted as a person: the masks are read, replaced, and checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..messages import msg

MASK = -1
OPEN_END = 200  # upper bound (exclusive) of an open age group such as 85+
DEFAULT_SPLITS = (65, 75, 85)


class ProjectionError(ValueError):
    """The grid or the projection table cannot be used (the message says where and why)."""


@dataclass(frozen=True)
class AgeGroup:
    """Ages ``lo`` to ``hi - 1``; ``hi == OPEN_END`` for an open group (``85+``)."""

    lo: int
    hi: int

    @property
    def name(self) -> str:
        return f"{self.lo}_" if self.hi >= OPEN_END else f"{self.lo}_{self.hi - 1}"

    @classmethod
    def from_field(cls, name: str) -> AgeGroup | None:
        """``ika_0_14`` -> 0..14, ``ika_65_`` -> 65+; None for other names."""
        m = re.fullmatch(r"(?:ika|age)_(\d+)_(\d*)", name.strip().lower())
        if not m:
            return None
        lo = int(m.group(1))
        return cls(lo, int(m.group(2)) + 1 if m.group(2) else OPEN_END)


def age_groups_of(fields: list[str]) -> dict[str, AgeGroup]:
    """The age fields of a grid layer (Statistics Finland naming), checked not to overlap.

    A field nested at the open end of another (``ika_75_`` inside ``ika_65_``) is allowed:
    :func:`partition_ages` turns the pair into 65-74 and 75+."""
    groups = {f: g for f in fields if (g := AgeGroup.from_field(f)) is not None}
    spans = sorted(_partition(groups).values(), key=lambda g: g.lo)
    for a, b in zip(spans, spans[1:]):
        if b.lo < a.hi:
            raise ProjectionError(msg("age fields overlap: ages {a} and {b}",
                                      a=a.name, b=b.name))
    return groups


def _partition(groups: dict[str, AgeGroup]) -> dict[str, AgeGroup]:
    """Groups with each one nested at another's upper end cut away from the outer one."""
    out = dict(groups)
    for outer, a in groups.items():
        inner = [g for f, g in groups.items() if f != outer and a.lo < g.lo and g.hi == a.hi]
        if inner:
            out[outer] = AgeGroup(a.lo, min(g.lo for g in inner))
    return out


def partition_ages(ages: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, AgeGroup]]:
    """Age fields as non-overlapping groups: a field nested at the open end of another is
    subtracted from it (``ika_65_`` - ``ika_75_`` = ages 65-74); masked stays masked."""
    groups = age_groups_of(list(ages.columns))
    parts = _partition(groups)
    out = ages[list(groups)].astype(float).copy()
    for f, g in parts.items():
        if g != groups[f]:
            inner = next(c for c, h in groups.items() if h.lo == g.hi and h.hi == groups[f].hi)
            masked = (ages[f] == MASK) | (ages[inner] == MASK)
            out[f] = np.where(masked, MASK, ages[f].astype(float) - ages[inner].astype(float))
            bad = np.flatnonzero((out[f] < 0) & ~masked)
            if len(bad):
                raise ProjectionError(msg("grid cell {cell}: {inner} is larger than {f}",
                                          cell=bad[0] + 1, inner=inner, f=f))
    return out, parts


def split_groups(groups: list[AgeGroup], splits: tuple[int, ...] = DEFAULT_SPLITS
                 ) -> list[AgeGroup]:
    """Output groups: each grid group cut at the split ages that fall inside it."""
    out = []
    for g in sorted(groups, key=lambda g: g.lo):
        cuts = [g.lo] + [s for s in splits if g.lo < s < g.hi] + [g.hi]
        out += [AgeGroup(a, b) for a, b in zip(cuts, cuts[1:])]
    return out


def parse_age(value) -> tuple[int, int]:
    """An age label of a projection table: ``42`` -> (42, 43), ``100-``/``100+`` -> open,
    ``65-74``/``65_74`` -> (65, 75)."""
    text = str(value).strip().lower().replace("–", "-")
    m = re.fullmatch(r"(\d+)(?:\.0)?(?:\s*(?:-|_)\s*(\d*)|\s*\+|\s*-\s*)?", text)
    if not m:
        raise ProjectionError(msg("age {value!r} is not an age, a range (65-74) or open "
                                  "(100-)", value=value))
    lo = int(m.group(1))
    if m.group(2):
        return lo, int(m.group(2)) + 1
    if text.endswith(("+", "-", "_")):
        return lo, OPEN_END
    return lo, lo + 1


def group_table(table: pd.DataFrame, groups: list[AgeGroup]) -> pd.DataFrame:
    """Sum a long table (municipality, age, year, population) into ``groups``.

    Every age row must fall wholly inside one group; rows outside every group are an error
    (the table and the grid do not describe the same ages).
    """
    need = {"municipality", "age", "year", "population"}
    if missing := need - set(table.columns):
        raise ProjectionError(msg("projection table lacks columns {missing}",
                                  missing=sorted(missing)))
    where, labels = pd.factorize(table["age"].astype(str), sort=True)  # (hashing: fast)
    spans = np.array([parse_age(a) for a in labels]).reshape(-1, 2)[where]
    label = np.full(len(table), "", dtype=object)
    for g in groups:
        inside = (spans[:, 0] >= g.lo) & (spans[:, 1] <= g.hi)
        label[inside] = g.name
    if (bad := label == "").any():
        row = int(np.flatnonzero(bad)[0])
        raise ProjectionError(
            msg("projection table row {row}: age {age!r} does not fit in one of the grid's "
                "age groups {groups}",
                row=row + 1, age=table['age'].iloc[row], groups=[g.name for g in groups]))
    pops = pd.to_numeric(table["population"], errors="coerce").astype(float)
    if pops.isna().any() or (pops < 0).any():
        row = int(np.flatnonzero(pops.isna() | (pops < 0))[0])
        raise ProjectionError(msg("projection table row {row}: population {population!r} is "
                                  "not a number >= 0",
                                  row=row + 1, population=table['population'].iloc[row]))
    muni, munis = pd.factorize(table["municipality"].astype(str))
    out = pd.DataFrame({"municipality": np.array([m.strip() for m in munis])[muni],
                        "year": table["year"].astype(int), "group": label, "population": pops})
    return out.groupby(["municipality", "year", "group"], as_index=False)["population"].sum()


def sum_by(groups: np.ndarray, n: int, values: np.ndarray) -> np.ndarray:
    """Column sums of ``values`` (rows x k) per group index (0..n-1) of each row."""
    return np.column_stack([np.bincount(groups, values[:, k], minlength=n)
                            for k in range(values.shape[1])])


@dataclass
class Projection:
    cells: pd.DataFrame  # one row per cell: pop_<group>_<year> and need_<year> columns
    check: pd.DataFrame  # municipality x group x year: grid sum against the projection
    growth: pd.DataFrame  # municipality x group x year: growth factor from the base year
    groups: list[AgeGroup]


def base_population(total: np.ndarray, ages: pd.DataFrame, municipality: np.ndarray,
                    shares: pd.DataFrame) -> pd.DataFrame:
    """Cells x grid age groups in the base year, masked cells filled from ``shares``
    (municipality x group, each row summing to 1)."""
    values = ages.to_numpy(float)
    masked = (values == MASK).any(axis=1)
    if ((values < 0) & (values != MASK)).any():
        i, j = map(int, np.argwhere((values < 0) & (values != MASK))[0])
        raise ProjectionError(msg("grid cell {cell}: {age} = {value:g} (only -1 marks a "
                                  "masked value)",
                                  cell=i + 1, age=ages.columns[j], value=values[i, j]))
    if np.isnan(total).any() or (total < 0).any():
        i = int(np.flatnonzero(np.isnan(total) | (total < 0))[0])
        raise ProjectionError(msg("grid cell {cell}: total population {total} is not >= 0",
                                  cell=i + 1, total=total[i]))
    if masked.any():
        missing = sorted(set(municipality[masked]) - set(shares.index))
        if missing:
            raise ProjectionError(msg("masked cells in municipalities {missing} which the "
                                      "projection table does not have",
                                      missing=missing[:5]))
        where, codes = pd.factorize(municipality[masked])
        fill = shares.reindex(codes)[list(ages.columns)].to_numpy(float)[where]
        values[masked] = total[masked, None] * fill
    return pd.DataFrame(values, columns=ages.columns)


def project(total: np.ndarray, ages: pd.DataFrame, municipality: np.ndarray,
            table: pd.DataFrame, base_year: int, target_years: list[int],
            use_rates: dict[str, float] | None = None, rake: bool = True,
            splits: tuple[int, ...] = DEFAULT_SPLITS) -> Projection:
    """Project the grid (``total``, age fields ``ages`` named as Statistics Finland does,
    ``municipality`` code per cell) with the long ``table`` to ``target_years``.

    ``use_rates`` (visits per person and year, keyed by output group name, e.g. ``75_84``)
    give ``need_<year>``. Years must be in the table; the base year must be too.
    """
    municipality = np.asarray(municipality).astype(str)
    if not age_groups_of(list(ages.columns)):
        raise ProjectionError(msg("the grid has no age fields (ika_0_14, ika_15_64, ika_65_, "
                                  "...)"))
    ages, grid_groups = partition_ages(ages)
    out_groups = split_groups(list(grid_groups.values()), splits)
    tab = group_table(table, out_groups)
    years = sorted(set(tab["year"]))
    for y in [base_year, *target_years]:
        if y not in years:
            raise ProjectionError(msg("year {y} is not in the projection table (it has "
                                      "{years})",
                                      y=y, years=years))
    wide = tab.pivot_table(index=["municipality", "year"], columns="group",
                           values="population", aggfunc="sum").reindex(
        columns=[g.name for g in out_groups]).fillna(0.0)
    base = wide.xs(base_year, level="year")
    unknown = sorted(set(municipality) - set(base.index))
    if unknown:
        raise ProjectionError(msg("grid municipalities {unknown} are not in the projection "
                                  "table (codes must match, e.g. '091' vs '91')",
                                  unknown=unknown[:5]))
    # base-year municipal shares of the grid's groups (to fill masks) and of the split parts
    by_grid_group = pd.DataFrame({
        f: base[[g.name for g in out_groups if gg.lo <= g.lo and g.hi <= gg.hi]].sum(axis=1)
        for f, gg in grid_groups.items()})
    shares = by_grid_group.div(by_grid_group.sum(axis=1).replace(0, np.nan), axis=0).fillna(0)
    inverse, codes = pd.factorize(municipality, sort=True)
    codes = np.asarray(codes)
    filled = base_population(np.asarray(total, float), ages, municipality, shares)
    cells_b = np.zeros((len(filled), len(out_groups)))
    for k, g in enumerate(out_groups):
        parent = next(f for f, gg in grid_groups.items() if gg.lo <= g.lo and g.hi <= gg.hi)
        part = base[g.name] / by_grid_group[parent].replace(0, np.nan)
        cells_b[:, k] = filled[parent].to_numpy() * part.reindex(codes).fillna(
            0 if len(split_groups([grid_groups[parent]], splits)) > 1 else 1).to_numpy()[inverse]
    names = [g.name for g in out_groups]
    cols: dict[str, int] = {}  # output column -> its position
    growth_rows, check_rows = [], []
    grid_sum_b = sum_by(inverse, len(codes), cells_b)
    years_out = [base_year, *[t for t in target_years if t != base_year]]
    width = len(names) + (use_rates is not None)
    values = np.empty((len(cells_b), width * len(years_out)))  # filled in place (fast)
    pop_b = base.reindex(codes)[names].to_numpy()
    rates = np.array([float((use_rates or {}).get(n, 0.0)) for n in names])
    for t, y in enumerate(years_out):
        proj = wide.xs(y, level="year").reindex(codes).fillna(0.0)[names].to_numpy()
        g_factor = np.divide(proj, pop_b, out=np.zeros_like(proj), where=pop_b > 0)
        factor = np.divide(proj, grid_sum_b, out=np.ones_like(proj), where=grid_sum_b > 0) \
            if rake else g_factor
        cells_y = values[:, t * width:t * width + len(names)]
        np.multiply(cells_b, factor[inverse], out=cells_y)
        sums = sum_by(inverse, len(codes), cells_y)
        for k, name in enumerate(names):
            cols[f"pop_{name}_{y}"] = t * width + k
            for m in range(len(codes)):
                growth_rows.append((codes[m], name, y, g_factor[m, k]))
                check_rows.append((codes[m], name, y, grid_sum_b[m, k], pop_b[m, k],
                                   sums[m, k], proj[m, k]))
        if use_rates is not None:
            values[:, t * width + len(names)] = cells_y @ rates
            cols[f"need_{y}"] = t * width + len(names)
    growth = pd.DataFrame(growth_rows, columns=["municipality", "group", "year", "growth"])
    check = pd.DataFrame(check_rows, columns=["municipality", "group", "year", "grid_base",
                                              "municipal_base", "grid_sum", "projection"])
    check["difference"] = check["grid_sum"] - check["projection"]
    cells = pd.DataFrame(values, columns=list(cols), copy=False)
    return Projection(cells, check, growth, out_groups)


ALIASES = {"municipality": ("municipality", "alue", "kunta", "area", "region", "kommun"),
           "age": ("age", "ikä", "ika", "ålder", "alder"),
           "year": ("year", "vuosi", "år", "ar"),
           "sex": ("sex", "sukupuoli", "kön", "kon")}
VALUE_NAMES = ("population", "vaesto", "väestö", "value", "arvo", "folkmängd")
TOTAL_SEX = {"yhteensä", "total", "totalt", "sss", "both sexes", "kaikki"}


def municipality_code(value) -> str:
    """``KU091``, ``091 Helsinki``, ``91`` and ``91.0`` all -> ``091``; names stay names."""
    text = str(value).strip()
    m = re.match(r"(?:KU)?(\d{1,3})(?:\.0)?(?:\s|$)", text, re.IGNORECASE)
    return m.group(1).zfill(3) if m else text


def standard_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A long projection table as published (Statistics Finland PxWeb export: Alue, Ikä,
    Sukupuoli, Vuosi, value; or English/Swedish headers) as municipality, age, year,
    population; only the both-sexes rows when a sex column has several values."""
    lower = {c.lower().strip(): c for c in frame.columns}
    found = {key: next((lower[a] for a in names if a in lower), None)
             for key, names in ALIASES.items()}
    if found["sex"] is not None:
        sexes = frame[found["sex"]].astype(str).str.strip().str.lower()
        if sexes.nunique() > 1:
            if not sexes.isin(TOTAL_SEX).any():
                raise ProjectionError(msg("the projection table has several sexes but no "
                                          "total rows (Yhteensä/Total): export the total, or "
                                          "sum them"))
            frame = frame[sexes.isin(TOTAL_SEX).to_numpy()]
    missing = [k for k in ("municipality", "age", "year") if found[k] is None]
    if missing:
        raise ProjectionError(msg("projection table: no column for {missing} (columns: "
                                  "{columns})",
                                  missing=', '.join(missing),
                                  columns=', '.join(map(str, frame.columns))))
    used = {found[k] for k in found if found[k] is not None}
    numeric = [c for c in frame.columns if c not in used
               and str(c).lower() not in ("fid", "ogc_fid", "id", "objectid")
               and pd.to_numeric(frame[c], errors="coerce").notna().all()]
    named = [c for c in numeric if str(c).lower().startswith(VALUE_NAMES)]
    values = (named or numeric[-1:] or [None])[0]  # PxWeb puts the value column last
    if values is None:
        raise ProjectionError(msg("projection table: no numeric population column"))
    return pd.DataFrame({
        "municipality": frame[found["municipality"]].map(municipality_code).to_numpy(),
        "age": frame[found["age"]].astype(str).str.replace(" ", "").to_numpy(),
        "year": pd.to_numeric(frame[found["year"]], errors="coerce").to_numpy(),
        "population": pd.to_numeric(frame[values], errors="coerce").to_numpy()})


@dataclass
class YearDemand:
    """The population of cells in the grid's year and a target year, by age group, and the
    demand (need-weighted with use rates, else persons) that the scenarios count."""

    base_year: int
    year: int
    groups: list[str]
    ages_now: np.ndarray  # cells x groups, persons in the base year
    ages_then: np.ndarray  # cells x groups, persons in the target year
    now: np.ndarray  # demand per cell in the base year
    then: np.ndarray  # demand per cell in the target year
    weighted: bool = False  # demand in visits by use rates (else persons)


def project_year(total: np.ndarray, ages: pd.DataFrame, municipality: np.ndarray,
                 table: pd.DataFrame, base_year: int, year: int,
                 use_rates: dict[str, float] | None = None) -> YearDemand:
    """One target year by growth factors (no raking: the cells may cover part of a
    municipality); demand = sum of persons x use rate by group (rates keyed by group name,
    e.g. ``75_84``), or persons when no rates are given."""
    if use_rates is not None:
        names = {g.name for g in split_groups(list(_partition(age_groups_of(
            list(ages.columns))).values()))}
        if unknown := sorted(set(use_rates) - names):
            raise ProjectionError(msg("use rates name groups {unknown} which are not age "
                                      "groups of the projection ({names})",
                                      unknown=unknown, names=', '.join(sorted(names))))
    out = project(total, ages, municipality, table, base_year, [year], use_rates, rake=False)
    names = [g.name for g in out.groups]
    now = out.cells[[f"pop_{n}_{base_year}" for n in names]].to_numpy()
    then = out.cells[[f"pop_{n}_{year}" for n in names]].to_numpy()
    if use_rates is None:
        need_now, need_then = now.sum(axis=1), then.sum(axis=1)
    else:
        need_now, need_then = out.cells[f"need_{base_year}"].to_numpy(), \
            out.cells[f"need_{year}"].to_numpy()
    return YearDemand(base_year, year, names, now, then, need_now, need_then,
                      use_rates is not None)
