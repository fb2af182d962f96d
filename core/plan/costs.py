"""Costs of a service network scenario per year and their net present value (spec (d)).

Sites are costed day by day over the planning years: a day's share of an annual amount is
``1 / (12 x days in its month)``, so a whole month is exactly a twelfth of the year whatever
its length. A site is active from its opening date (existing sites: always) to its closing
date. A closure takes effect at the later of its date and the lease end (fixed-term lease),
or after the notice period (open-ended lease), unless an exit cost is given: then it takes
effect on its date and the exit cost falls in that year. After a kept site's lease ends the
renewal rent applies. The repair backlog falls in its investment year if the site is still
active on 1 January of that year. Client travel is split between the client and Kela per
person-year: the client pays ``min(n x min(c, deductible), ceiling)``, Kela the rest.

Tariffs come from a parameter table (``name, value, valid_from``), never from the code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..messages import msg

YEARS = tuple(range(2025, 2031))
ACTIONS = ("keep", "close", "open")
COUNTY = ["rent", "opex", "invest", "exit", "staff", "mobile"]
CLIENTS = ["client_travel", "kela_travel"]


TRUE = {"1", "true", "yes", "kyllä", "t", "y"}


def truthy(values) -> np.ndarray:
    """Yes/no fields as booleans: 1, true, yes, kyllä, t, y (any case) are yes."""
    return np.array([str(v).strip().lower() in TRUE for v in values], dtype=bool)


class CostError(ValueError):
    """A cost input cannot be used (the message names the table, row and value)."""


class Parameters:
    """Tariffs in force at a date from rows ``name, value, valid_from`` (ISO dates)."""

    def __init__(self, rows: pd.DataFrame):
        need = {"name", "value", "valid_from"}
        if missing := need - set(rows.columns):
            raise CostError(msg("parameter table lacks columns {missing}", missing=sorted(missing)))
        self.rows = rows.assign(valid_from=[parse_date(v, msg("parameters"), i, "valid_from")
                                            for i, v in enumerate(rows["valid_from"])],
                                value=pd.to_numeric(rows["value"], errors="raise"))

    def value(self, name: str, on: dt.date) -> float:
        rows = self.rows[(self.rows["name"] == name) & (self.rows["valid_from"] <= on)]
        if rows.empty:
            raise CostError(msg("parameter {name!r} has no value valid on {date}",
                                name=name, date=on.isoformat()))
        return float(rows.sort_values("valid_from")["value"].iloc[-1])


def parse_date(value, table: str, row: int, field: str) -> dt.date | None:
    """ISO ``2027-06-30`` or Finnish ``30.6.2027``; empty -> None; else a CostError."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() in (
            "", "NULL", "NaT", "nan", "None"):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()[:10]
    try:
        if "." in text:
            d, m, y = text.split(".")
            return dt.date(int(y), int(m), int(d))
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise CostError(msg("{table} row {row}: {field} {value!r} is not a date (write "
                            "2027-06-30 or 30.6.2027)",
                            table=table, row=row + 1, field=field, value=value)) from err


def kela_split(trips: np.ndarray, cost: np.ndarray, deductible: float, ceiling: float
               ) -> tuple[np.ndarray, np.ndarray]:
    """Client's and Kela's share of ``trips`` one-way trips of ``cost`` each in a year."""
    trips, cost = np.asarray(trips, float), np.asarray(cost, float)
    client = np.minimum(trips * np.minimum(cost, deductible), ceiling)
    return client, trips * cost - client


def npv(costs: np.ndarray, years: np.ndarray, rate: float, base_year: int = 2025,
        residual: float = 0.0, residual_year: int = 2030) -> float:
    """Net present value of yearly ``costs`` less a residual value at ``residual_year``."""
    if not -0.05 <= rate <= 0.20:
        raise CostError(msg("discount rate {rate:.2%} is outside -5 % ... 20 %", rate=rate))
    years = np.asarray(years)
    return float(np.sum(np.asarray(costs, float) / (1 + rate) ** (years - base_year))
                 - residual / (1 + rate) ** (residual_year - base_year))


def _days(years: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every day of ``years`` (as ordinals), its year and its weight 1/(12 x month days)."""
    start, end = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
    days = pd.date_range(start, end, freq="D")
    return (np.array([d.toordinal() for d in days.date]), days.year.to_numpy(),
            1.0 / (12 * days.days_in_month.to_numpy()))


@dataclass
class SiteDates:
    opens: np.ndarray  # ordinal of the first active day (min for existing sites)
    closes: np.ndarray  # ordinal of the last active day (max for sites kept)
    exit_cost: np.ndarray
    exit_year: np.ndarray
    lease_end: np.ndarray  # ordinal of the lease's last day (max for none)


def _number(sites: pd.DataFrame, field: str, default: float = 0.0) -> np.ndarray:
    if field not in sites:
        return np.full(len(sites), default)
    values = pd.to_numeric(sites[field], errors="coerce").fillna(default).to_numpy(float)
    if (values < 0).any():
        row = int(np.flatnonzero(values < 0)[0])
        raise CostError(msg("site costs row {row} ({site_id}): {field} {value:g} is "
                            "negative",
                            row=row + 1, site_id=sites['site_id'].iloc[row], field=field,
                            value=values[row]))
    return values


def site_dates(sites: pd.DataFrame, actions: pd.DataFrame) -> SiteDates:
    """When each site is active under the scenario ``actions`` (site_id, action,
    effective_date, optional exit_cost_eur)."""
    n = len(sites)
    ids = sites["site_id"].astype(str).tolist()
    index = {s: k for k, s in enumerate(ids)}
    opens = np.full(n, dt.date.min.toordinal())
    closes = np.full(n, dt.date.max.toordinal())
    exit_cost, exit_year = np.zeros(n), np.zeros(n, int)
    lease_end = [parse_date(v, msg("site costs"), k, "lease_end")
                 for k, v in enumerate(sites.get("lease_end", [None] * n))]
    notice = _number(sites, "notice_months")
    owned = truthy(sites.get("owned", [False] * n))
    for row, act in enumerate(actions.itertuples(index=False)):
        site, action = str(act.site_id), str(act.action).strip().lower()
        if site not in index:
            raise CostError(msg("scenario row {row}: site {site!r} is not in the site costs",
                                row=row + 1, site=site))
        if action not in ACTIONS:
            raise CostError(msg("scenario row {row}: action {action!r} is not one of "
                                "{ACTIONS} (a move is a close and an open)",
                                row=row + 1, action=act.action, ACTIONS=', '.join(ACTIONS)))
        k = index[site]
        date = parse_date(getattr(act, "effective_date", None), msg("scenario"), row,
                          "effective_date")
        if action == "keep":
            continue
        if date is None:
            raise CostError(msg("scenario row {row}: {action} of site {site!r} needs an "
                                "effective_date",
                                row=row + 1, action=action, site=site))
        if action == "open":
            opens[k] = date.toordinal()
            continue
        cost = pd.to_numeric(pd.Series([getattr(act, "exit_cost_eur", None)]),
                             errors="coerce").iloc[0]
        if pd.notna(cost) and cost > 0:
            end = date
            exit_cost[k], exit_year[k] = cost, date.year
        elif owned[k]:
            end = date
        elif (lease := lease_end[k]) is not None:
            end = max(date, lease + dt.timedelta(days=1))
        else:
            end = (pd.Timestamp(date) + pd.DateOffset(months=int(notice[k]))).date()
        closes[k] = end.toordinal() - 1  # the closing day itself is no longer active
    lease_days = np.array([d.toordinal() if d else dt.date.max.toordinal() for d in lease_end])
    return SiteDates(opens, closes, exit_cost, exit_year, lease_days)


def site_costs(sites: pd.DataFrame, actions: pd.DataFrame, staff: pd.DataFrame | None = None,
               years: tuple[int, ...] = YEARS, staff_follow: bool = True) -> pd.DataFrame:
    """Per site and year: active months, rent, opex, invest, exit and staff costs.

    ``staff`` rows: site_id, fte, eur_per_fte_year (profession optional). With
    ``staff_follow`` the staff of a closed site move with its clients (their cost goes on);
    otherwise it ends with the site.
    """
    if "site_id" not in sites:
        raise CostError(msg("site costs lack the column site_id"))
    if sites["site_id"].astype(str).duplicated().any():
        dup = sites["site_id"][sites["site_id"].astype(str).duplicated()].iloc[0]
        raise CostError(msg("site costs: site_id {dup!r} appears twice", dup=dup))
    dates = site_dates(sites, actions)
    ordinal, year, weight = _days(years)
    day = ordinal[None, :]
    active = (day >= dates.opens[:, None]) & (day <= dates.closes[:, None])
    rent, renewal = _number(sites, "rent_eur_year"), _number(sites, "renewal_rent_eur_year", -1)
    renewal = np.where(renewal < 0, rent, renewal)
    annual_rent = np.where(day <= dates.lease_end[:, None], rent[:, None],
                           renewal[:, None])
    opex = _number(sites, "m2") * _number(sites, "opex_eur_m2_year")
    backlog, invest_year = _number(sites, "repair_backlog_eur"), _number(sites, "invest_year")
    staff_eur = np.zeros(len(sites))
    if staff is not None and len(staff):
        per = pd.to_numeric(staff["fte"], errors="coerce") * pd.to_numeric(
            staff["eur_per_fte_year"], errors="coerce")
        if per.isna().any() or (per < 0).any():
            row = int(np.flatnonzero(per.isna() | (per < 0))[0])
            raise CostError(msg("staff costs row {row}: fte x eur_per_fte_year is not a "
                                "number >= 0", row=row + 1))
        by_site = per.groupby(staff["site_id"].astype(str)).sum()
        unknown = sorted(set(by_site.index) - set(sites["site_id"].astype(str)))
        if unknown:
            raise CostError(msg("staff costs name sites {unknown} that the site costs lack",
                                unknown=unknown[:5]))
        staff_eur = by_site.reindex(sites["site_id"].astype(str)).fillna(0).to_numpy()
    rows = []
    for y in years:
        days = year == y
        share = (active[:, days] * weight[days]).sum(axis=1)  # active twelfths / 12
        jan1 = dt.date(y, 1, 1).toordinal()
        kept_at_jan1 = (dates.opens <= jan1) & (dates.closes >= jan1)
        rows.append(pd.DataFrame({
            "site_id": sites["site_id"].astype(str).to_numpy(), "year": y,
            "active_months": 12 * share,
            "rent": (active[:, days] * annual_rent[:, days] * weight[days]).sum(axis=1),
            "opex": opex * share,
            "invest": np.where((invest_year == y) & kept_at_jan1, backlog, 0.0),
            "exit": np.where(dates.exit_year == y, dates.exit_cost, 0.0),
            "staff": staff_eur * (np.where(dates.closes < dt.date.max.toordinal(), 1.0, share)
                                  if staff_follow else share),
        }))
    return pd.concat(rows, ignore_index=True)


def client_travel(population: np.ndarray, visits_per_person: np.ndarray, km_one_way: np.ndarray,
                  eur_per_km: float, deductible: float, ceiling: float
                  ) -> tuple[float, float]:
    """Clients' and Kela's yearly travel cost for cells of ``population`` each making
    ``visits_per_person`` return trips of ``km_one_way`` (the person-year split applied to
    the cell's average person; cells that reach no site are left out)."""
    ok = np.isfinite(km_one_way)
    trips = 2 * np.asarray(visits_per_person, float)[ok]
    client, kela = kela_split(trips, eur_per_km * np.asarray(km_one_way, float)[ok],
                              deductible, ceiling)
    pop = np.asarray(population, float)[ok]
    return float(pop @ client), float(pop @ kela)


def yearly_table(scenario: str, sites: pd.DataFrame, mobile: pd.DataFrame | None = None,
                 travel: pd.DataFrame | None = None) -> pd.DataFrame:
    """Scenario x year totals: county costs (rent, opex, invest, exit, staff, mobile), the
    clients' and Kela's travel, county total and societal total.

    ``sites`` is :func:`site_costs`' output; ``mobile`` and ``travel`` have a ``year`` column
    and the columns ``mobile`` / ``client_travel``, ``kela_travel``.
    """
    table = sites.groupby("year")[["rent", "opex", "invest", "exit", "staff"]].sum()
    for extra, cols in ((mobile, ["mobile"]), (travel, CLIENTS)):
        part = (extra.groupby("year")[cols].sum() if extra is not None
                else pd.DataFrame(0.0, index=table.index, columns=cols))
        table = table.join(part, how="left").fillna(0.0)
    table["county_total"] = table[COUNTY].sum(axis=1)
    table["societal_total"] = table["county_total"] + table[CLIENTS].sum(axis=1)
    return table.reset_index().assign(scenario=scenario)[
        ["scenario", "year", *COUNTY, *CLIENTS, "county_total", "societal_total"]]


def mobile_costs(units: pd.DataFrame, years: tuple[int, ...] = YEARS) -> pd.DataFrame:
    """Per unit and year: vehicle + fixed + eur_per_km x km_year (+ staff_eur_year)."""
    parts = {f: _number(units.rename(columns={"unit_id": "site_id"}), f)
             for f in ("vehicle_eur_year", "fixed_eur_year", "eur_per_km", "km_year",
                       "staff_eur_year")}
    per_year = (parts["vehicle_eur_year"] + parts["fixed_eur_year"] + parts["staff_eur_year"]
                + parts["eur_per_km"] * parts["km_year"])
    return pd.DataFrame([(u, y, c) for y in years for u, c in
                         zip(units["unit_id"].astype(str), per_year)],
                        columns=["unit_id", "year", "mobile"])
