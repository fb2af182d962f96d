"""HTML report of a closure scenario, readable without QGIS (charts made with matplotlib)."""

from __future__ import annotations

import base64
import html
import io

import numpy as np
import pandas as pd

from .bands import band_label
from .impact import ImpactResult


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    data = base64.b64encode(buf.getvalue()).decode()
    return f'<img alt="chart" src="data:image/png;base64,{data}">'


def _cdf_chart(result: ImpactResult, population: np.ndarray, thresholds: list[float]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 3.6))
    ax = fig.subplots()
    total = population.sum()
    for label, t, style in (("before", result.before.minutes, "-"),
                            ("after", result.after.minutes, "--")):
        ok = np.isfinite(t) & (population > 0)
        order = np.argsort(t[ok])
        if total > 0 and ok.any():
            ax.step(t[ok][order], np.cumsum(population[ok][order]) / total * 100, style,
                    where="post", label=label)
    for thr in thresholds:
        ax.axvline(thr, color="grey", lw=0.6)
    ax.set_xlabel("travel time to the nearest open facility (min)")
    ax.set_ylabel("population reaching it (%)")
    ax.set_ylim(0, 100)
    ax.grid(alpha=0.3)
    ax.legend()
    return _png(fig)


def _change_chart(result: ImpactResult, population: np.ndarray) -> str:
    from matplotlib.figure import Figure

    change = result.cells["change_min"].to_numpy()
    moved = result.cells["reallocated"].to_numpy() & np.isfinite(change)
    fig = Figure(figsize=(7, 3.2))
    ax = fig.subplots()
    if moved.any():
        ax.hist(change[moved], bins=30, weights=population[moved], color="#c0392b")
    ax.set_xlabel("change in travel time of the residents whose facility changes (min)")
    ax.set_ylabel("population")
    ax.grid(alpha=0.3)
    return _png(fig)


def _table(df: pd.DataFrame, digits: int = 1) -> str:
    def fmt(v):
        if isinstance(v, (bool, np.bool_)):
            return "yes" if v else "no"
        if isinstance(v, (float, np.floating)):
            if not np.isfinite(v):
                return "n/a"
            return f"{v:,.{digits}f}".replace(",", "\u202f")
        return html.escape(str(v))

    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join("<tr>" + "".join(f"<td>{fmt(v)}</td>" for v in row) + "</tr>"
                   for row in df.itertuples(index=False))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def key_figures(result: ImpactResult, population: np.ndarray, thresholds: list[float],
                names: list[str]) -> pd.DataFrame:
    """The handful of numbers a decision maker asks for first."""
    rows = []
    closed = [names[i] for i in np.flatnonzero(result.loads["open_before"]
                                                & ~result.loads["open_after"])]
    opened = [names[i] for i in np.flatnonzero(~result.loads["open_before"]
                                               & result.loads["open_after"])]
    rows.append(("facilities closed", ", ".join(map(str, closed)) or "none"))
    rows.append(("facilities opened", ", ".join(map(str, opened)) or "none"))
    rows.append(("population", f"{population.sum():,.0f}"))
    moved = result.cells["reallocated"].to_numpy()
    rows.append(("population whose nearest facility changes", f"{population[moved].sum():,.0f}"))
    for thr in thresholds:
        col = f"lost_{band_label(thr)}"
        rows.append((f"population losing access within {thr:g} min",
                     f"{population[result.cells[col].to_numpy()].sum():,.0f}"))
    allrow = result.summary[(result.summary["area"] == "all areas")
                            & (result.summary["group"] == "total")].iloc[0]
    for when in ("before", "after"):
        v = allrow[f"mean_min_{when}"]
        rows.append((f"mean travel time {when} (min)", "n/a" if not np.isfinite(v)
                     else f"{v:.1f}"))
    change = result.cells["change_min"].to_numpy()
    ok = moved & np.isfinite(change) & (population > 0)
    rows.append(("mean extra time of those whose facility changes (min)",
                 f"{np.average(change[ok], weights=population[ok]):.1f}" if ok.any() else "n/a"))
    over = result.loads[result.loads["over_capacity"] & result.loads["open_after"]]
    rows.append(("facilities over capacity after", ", ".join(str(names[i]) for i in
                                                             over["facility"]) or "none"))
    return pd.DataFrame(rows, columns=["figure", "value"])



def render(result: ImpactResult, population: np.ndarray, thresholds: list[float],
           names: list[str], title: str = "Facility closure impact",
           notes: list[str] | None = None) -> str:
    """A self-contained HTML page (charts inlined) of the scenario."""
    loads = result.loads.copy()
    loads.insert(0, "name", [names[i] for i in loads["facility"]])
    loads = loads.drop(columns=["facility"])
    flows = result.flows[result.flows["moved"]].drop(columns=["moved"]).copy()
    flows["from_fac"] = [names[i] if i >= 0 else "none" for i in flows["from_fac"]]
    flows["to_fac"] = [names[i] if i >= 0 else "none (unreachable)" for i in flows["to_fac"]]
    summary = result.summary
    notes = (notes or []) + result.warnings
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta name='generator' content='Palveluverkko'>",
        f"<title>{html.escape(title)}</title><style>",
        "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:90%}"
        "td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}"
        "th{background:#eef3f7}td:first-child{text-align:left}"
        ".note{background:#fff6e0;padding:0.5em 1em;border-left:4px solid #e0a800}",
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        *(f"<p class='note'>{html.escape(n)}</p>" for n in notes),
        "<h2>Key figures</h2>", _table(key_figures(result, population, thresholds, names)),
        "<h2>Travel time before and after</h2>", _cdf_chart(result, population, thresholds),
        _change_chart(result, population),
        "<h2>Where the demand goes</h2>",
        "<p>Population (and age groups) moving from one facility to another.</p>",
        _table(flows, 0) if len(flows) else "<p>Nobody changes facility.</p>",
        "<h2>Load against capacity</h2>", _table(loads, 2),
        "<h2>By area and age group</h2>", _table(summary, 1),
        "<h2>Equity</h2>",
        "<p>Gini: population-weighted Gini coefficient of travel time (0 = everyone equally "
        "far). Shares: of the population beyond each threshold (unreachable included). "
        "Worst decile: mean travel time of the 10% living farthest.</p>",
        _table(result.equity, 3),
        "</body></html>"]
    return "\n".join(parts)
