"""The scenario report: one self-contained HTML page (A4 portrait) a board can read.

Words come from ``report_text`` in the language passed in; charts are made with matplotlib;
maps (PNG bytes rendered by QGIS) are passed in by the caller.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import pandas as pd

from ..messages import msg
from .bands import band_label
from .impact import ImpactResult
from .report_text import date, group_label, join, localise, number, percent, text

CSS = """
@page { size: A4 portrait; margin: 16mm 14mm 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222;
       max-width: 182mm; margin: 1.5em auto; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 0.1em; }
h2 { font-size: 12.5pt; margin: 1.2em 0 0.4em; border-bottom: 1px solid #9ab;
     padding-bottom: 2px; break-after: avoid; page-break-after: avoid; }
.sub { color: #555; margin: 0 0 1em; }
table { border-collapse: collapse; margin: 0.3em 0 1em; font-size: 9pt; width: 100%;
        page-break-inside: auto; }
tr { page-break-inside: avoid; break-inside: avoid; }
td, th { border: 1px solid #c8d0d8; padding: 2px 5px; text-align: right;
         vertical-align: top; }
th { background: #e8eef4; font-weight: bold; }
td.t, th.t { text-align: left; }
table.kv td { text-align: left; }
table.kv td:first-child { width: 45%; color: #333; }
.means { background: #eef6ee; border-left: 4px solid #4a8f4a; padding: 0.4em 0.9em; }
.means p { margin: 0.35em 0; }
.note { background: #fff6e0; padding: 0.3em 0.9em; border-left: 4px solid #e0a800; }
.warn { color: #a0321e; }
figure { margin: 0.4em 0 1em; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; }
table.legend { width: auto; }
table.legend td { border: none; padding: 1px 6px 1px 2px; }
table.legend td.sw { width: 1.4em; border: 1px solid #888; }
.newpage { page-break-before: always; break-before: page; }
img.map { width: 100%; border: 1px solid #c8d0d8; }
.chart img { width: 100%; }
"""


@dataclass
class ReportInfo:
    """What the report says about the scenario besides the figures."""

    name: str = ""
    kind: str = "closure"  # closure / optimise / compare: the title
    made: dt.date | None = None
    inputs: list[tuple[str, str]] = field(default_factory=list)  # (label, value), localised
    assumptions: list[str] = field(default_factory=list)  # localised sentences
    maps: list[tuple[str, bytes, list[tuple[str, str]]]] = field(default_factory=list)
    # (caption, PNG, legend [(colour, label)])
    channels: pd.DataFrame | None = None  # per area: lost, mobile, remote, left (by_area)
    channel_limits: tuple[float, float | None] = (15.0, None)  # fixed, mobile minutes
    sections: list[tuple[str, str]] = field(default_factory=list)  # (title, HTML) e.g. years


def _img(data: bytes, alt: str, css: str = "") -> str:
    b64 = base64.b64encode(data).decode()
    return f'<img class="{css}" alt="{html.escape(alt)}" src="data:image/png;base64,{b64}">'


def _fig_png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return buf.getvalue()


def _locale_ticks(lang: str, *axes) -> None:
    """Tick labels of ``axes`` (matplotlib Axis objects) as the language writes numbers:
    decimal comma and spaces between thousands in fi/sv (10,50; 1 500), 1,500 in en."""
    from matplotlib.ticker import ScalarFormatter

    class Localised(ScalarFormatter):
        def __call__(self, x, pos=None):
            return localise(super().__call__(x, pos), lang)

    for axis in axes:
        formatter = Localised(useOffset=False)
        formatter.set_scientific(False)
        axis.set_major_formatter(formatter)


def _cdf_chart(result: ImpactResult, population: np.ndarray, thresholds: list[float],
               lang: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.8, 2.9))
    ax = fig.subplots()
    total = population.sum()
    for key, t, style in (("c_before", result.before.minutes, "-"),
                          ("c_after", result.after.minutes, "--")):
        ok = np.isfinite(t) & (population > 0)
        order = np.argsort(t[ok])
        if total > 0 and ok.any():
            ax.step(t[ok][order], np.cumsum(population[ok][order]) / total * 100, style,
                    where="post", label=text(key, lang))
    for thr in thresholds:
        ax.axvline(thr, color="grey", lw=0.6)
    ax.set_xlabel(text("c_cdf_x", lang))
    ax.set_ylabel(text("c_cdf_y", lang))
    ax.set_ylim(0, 100)
    ax.grid(alpha=0.3)
    ax.legend()
    _locale_ticks(lang, ax.xaxis, ax.yaxis)
    return _img(_fig_png(fig), text("travel_times", lang))


def _change_chart(result: ImpactResult, population: np.ndarray, lang: str) -> str:
    from matplotlib.figure import Figure

    change = result.cells["change_min"].to_numpy()
    moved = result.cells["reallocated"].to_numpy() & np.isfinite(change)
    if not moved.any():
        return ""
    fig = Figure(figsize=(6.8, 2.5))
    ax = fig.subplots()
    ax.hist(change[moved], bins=30, weights=population[moved], color="#c0392b")
    ax.set_xlabel(text("c_change_x", lang))
    ax.set_ylabel(text("c_change_y", lang))
    ax.grid(alpha=0.3)
    _locale_ticks(lang, ax.xaxis, ax.yaxis)
    return _img(_fig_png(fig), text("c_change_x", lang))


def _table(header: list[str], body: list[list[str]], left: int = 1, css: str = "") -> str:
    """Cells are already formatted text; the first ``left`` columns are left-aligned."""
    def cell(tag, i, v):
        cls = ' class="t"' if i < left else ""
        return f"<{tag}{cls}>{html.escape(str(v))}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(header))
    rows = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>"
                   for r in body)
    cls = f' class="{css}"' if css else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _minutes(v, lang: str) -> str:
    return number(v, lang, 1)


def _status(before: bool, after: bool, lang: str) -> str:
    return text("open" if before and after else "closed" if before else
                "new" if after else "not_open", lang)


def _over(loads: pd.DataFrame) -> tuple[list[int], list[int]]:
    """Facilities over capacity after the change, and those of them already over before."""
    cap = loads["capacity"].to_numpy(dtype=float)
    known = np.isfinite(cap) & (cap > 0)
    after = known & loads["open_after"].to_numpy() & (loads["load_after"].to_numpy() > cap)
    before = after & loads["open_before"].to_numpy() & (loads["load_before"].to_numpy() > cap)
    return np.flatnonzero(after).tolist(), np.flatnonzero(before).tolist()


def _total_row(result: ImpactResult) -> pd.Series:
    s = result.summary
    return s[(s["area"] == "all areas") & (s["group"] == "total")].iloc[0]


def key_figures(result: ImpactResult, population: np.ndarray, thresholds: list[float],
                names: list[str], lang: str = "en") -> list[tuple[str, str]]:
    """The handful of numbers a decision maker asks for first, as (label, value) text."""
    loads = result.loads
    ob, oa = loads["open_before"].to_numpy(), loads["open_after"].to_numpy()
    closed = [names[i] for i in np.flatnonzero(ob & ~oa)]
    opened = [names[i] for i in np.flatnonzero(~ob & oa)]
    total = population.sum()
    moved = result.cells["reallocated"].to_numpy()
    rows = [(text("k_closed", lang), join(closed, lang) or text("none", lang))]
    if opened:
        rows.append((text("k_opened", lang), join(opened, lang)))
    rows.append((text("k_population", lang), number(total, lang)))
    rows.append((text("k_moved", lang), f"{number(population[moved].sum(), lang)} "
                 f"({percent(population[moved].sum() / total if total else np.nan, lang)})"))
    allrow = _total_row(result)
    for thr in thresholds:
        lab = band_label(thr)
        rows.append((text("k_losing", lang, t=number(thr, lang, 0 if thr == int(thr) else 1)),
                     number(population[result.cells[f"lost_{lab}"].to_numpy()].sum(), lang)))
    for thr in thresholds:
        lab = band_label(thr)
        before, after = (allrow[f"within_{lab}_{w}"] / total if total else np.nan
                         for w in ("before", "after"))
        rows.append((text("k_within", lang, t=number(thr, lang, 0 if thr == int(thr) else 1)),
                     f"{percent(before, lang)} → {percent(after, lang)}"))
    rows.append((text("k_mean", lang), f"{_minutes(allrow['mean_min_before'], lang)} → "
                 f"{_minutes(allrow['mean_min_after'], lang)} min"))
    change = result.cells["change_min"].to_numpy()
    ok = moved & np.isfinite(change) & (population > 0)
    rows.append((text("k_extra", lang), (_minutes(np.average(change[ok], weights=population[ok]),
                                                  lang) + " min") if ok.any()
                 else text("n_a", lang)))
    over, already = _over(loads)
    fresh = [names[i] for i in over if i not in already]
    rows.append((text("k_over", lang), join(fresh, lang) or text("none", lang)))
    if already:
        rows.append((text("k_over_already", lang), join([names[i] for i in already], lang)))
    return rows


def meaning(result: ImpactResult, population: np.ndarray, thresholds: list[float],
            names: list[str], lang: str = "en") -> list[str]:
    """A few plain sentences generated from the figures: what changes and why."""
    out = []
    loads = result.loads
    ob, oa = loads["open_before"].to_numpy(), loads["open_after"].to_numpy()
    closed = [names[i] for i in np.flatnonzero(ob & ~oa)]
    total = population.sum()
    moved = result.cells["reallocated"].to_numpy()
    change = result.cells["change_min"].to_numpy()
    ok = moved & np.isfinite(change) & (population > 0)
    extra = np.average(change[ok], weights=population[ok]) if ok.any() else np.nan
    moved_pop = population[moved].sum()
    if moved_pop <= 0:
        out.append(text("m_nochange", lang))
    else:
        fields = {"moved": number(moved_pop, lang), "extra": _minutes(extra, lang),
                  "share": percent(moved_pop / total if total else np.nan, lang)}
        out.append(text("m_closing", lang, closed=join(closed, lang), **fields)
                   if closed and (~ob & oa).sum() == 0 else text("m_change", lang, **fields))
    allrow = _total_row(result)
    if thresholds and total > 0:  # the threshold where the share within it drops most
        thr = max(thresholds, key=lambda t: allrow[f"within_{band_label(t)}_before"]
                  - allrow[f"within_{band_label(t)}_after"])
        lab = band_label(thr)
        out.append(text("m_within", lang, t=number(thr, lang, 0 if thr == int(thr) else 1),
                        before=percent(allrow[f"within_{lab}_before"] / total, lang),
                        after=percent(allrow[f"within_{lab}_after"] / total, lang)))
    lost = (result.before.facility >= 0) & (result.after.facility < 0)
    if lost.any():
        out.append(text("m_unreached", lang, n=number(population[lost].sum(), lang)))
    never = (result.before.facility < 0) & (result.after.facility < 0) & (population > 0)
    if never.any():
        out.append(text("m_never", lang, n=number(population[never].sum(), lang),
                        cells=number(never.sum(), lang)))
    eq = result.equity.set_index("when")
    gb, ga = eq.loc["before", "gini"], eq.loc["after", "gini"]
    if np.isfinite(gb) and np.isfinite(ga):
        g = {"before": number(gb, lang, 2), "after": number(ga, lang, 2)}
        mb, ma = allrow["mean_min_before"], allrow["mean_min_after"]
        tb = result.before.minutes
        w = moved & np.isfinite(tb) & (population > 0)
        moved_before = np.average(tb[w], weights=population[w]) if w.any() else np.nan
        if abs(ga - gb) < 0.005:
            out.append(text("m_gini_same", lang, **g))
        elif ga < gb and ma > mb and moved_before < mb:
            out.append(text("m_gini_down_longer", lang, moved_min=_minutes(moved_before, lang),
                            all_min=_minutes(mb, lang), **g))
        elif ga < gb:
            out.append(text("m_gini_down", lang, **g))
        else:
            out.append(text("m_gini_up", lang, **g))
    if np.isfinite(loads["capacity"].to_numpy(dtype=float)).any():
        over, already = _over(loads)
        if over:
            out.append(text("m_over", lang, n=len(over), names=", ".join(
                f"{names[i]} ({percent(loads['use_after'].iloc[i], lang)})" for i in over)))
            if already:
                out.append(text("m_over_before", lang,
                                names=join([names[i] for i in already], lang)))
        else:
            out.append(text("m_over_none", lang))
    return out


def _loads_table(result: ImpactResult, names: list[str], lang: str) -> str:
    loads = result.loads
    over, already = _over(loads)
    has_cap = np.isfinite(loads["capacity"].to_numpy(dtype=float)).any()
    header = [text("h_facility", lang), text("h_status", lang), text("h_load_before", lang),
              text("h_load_after", lang)]
    if has_cap:
        header += [text("h_capacity", lang), text("h_use_before", lang),
                   text("h_use_after", lang)]
    body = []
    for i, r in enumerate(loads.itertuples(index=False)):
        status = _status(r.open_before, r.open_after, lang)
        if i in over:
            status += "; " + text("over_both" if i in already else "over_after", lang)
        row = [names[r.facility], status, number(r.load_before, lang),
               number(r.load_after, lang) if r.open_after else "–"]
        if has_cap:
            row += [number(r.capacity, lang), percent(r.use_before, lang) if r.open_before
                    else "–", percent(r.use_after, lang) if r.open_after else "–"]
        body.append(row)
    return _table(header, body, left=2)


def _flows_table(result: ImpactResult, names: list[str], lang: str) -> str:
    flows = result.flows[result.flows["moved"]]
    if not len(flows):
        return f"<p>{html.escape(text('nobody_moves', lang))}</p>"
    body = [[names[f] if f >= 0 else text("nowhere", lang),
             names[t] if t >= 0 else text("nowhere", lang), number(p, lang)]
            for f, t, p in zip(flows["from_fac"], flows["to_fac"], flows["total"])]
    return (f"<p>{html.escape(text('flows_intro', lang))}</p>"
            + _table([text("h_from", lang), text("h_to", lang), text("h_residents", lang)],
                     body, left=2))


def _summary_table(rows: pd.DataFrame, first: str, first_key: str, thresholds: list[float],
                   lang: str) -> str:
    header = [text(first_key, lang), text("h_residents", lang)] + [
        text("h_losing", lang, t=number(t, lang, 0 if t == int(t) else 1)) for t in thresholds
    ] + [text("h_mean_before", lang), text("h_mean_after", lang)]
    body = []
    for r in rows.to_dict("records"):
        label = r[first]
        label = text("all_areas", lang) if label == "all areas" else \
            group_label(label, lang) if first == "group" else label
        body.append([label, number(r["population"], lang)]
                    + [number(r[f"losing_{band_label(t)}"], lang) for t in thresholds]
                    + [_minutes(r["mean_min_before"], lang), _minutes(r["mean_min_after"], lang)])
    return _table(header, body)


def _equity_table(result: ImpactResult, thresholds: list[float], lang: str) -> str:
    eq = result.equity.set_index("when")

    def share(column: str, when: str) -> str:
        return percent(eq.loc[when, column], lang)

    rows: list[tuple[str, Callable[[str], str]]] = [
        (text("gini", lang), lambda w: number(eq.loc[w, "gini"], lang, 2)),
        (text("worst", lang), lambda w: _minutes(eq.loc[w, "worst_decile_mean_min"], lang))]
    for t in thresholds:
        lab = band_label(t)
        tt = number(t, lang, 0 if t == int(t) else 1)
        rows.append((text("beyond", lang, t=tt), partial(share, f"share_beyond_{lab}")))
        for c in eq.columns:
            if c.startswith("share_") and c.endswith(f"_beyond_{lab}") and \
                    c != f"share_beyond_{lab}":
                group = c[len("share_"):-len(f"_beyond_{lab}")]
                rows.append((text("beyond_group", lang, group=group_label(group, lang), t=tt),
                             partial(share, c)))
    body = [[label, f("before"), f("after")] for label, f in rows]
    return _table([text("h_measure", lang), text("h_before", lang), text("h_after", lang)],
                  body)


def channels_section(table: pd.DataFrame, limits: tuple[float, float | None],
                     lang: str) -> str:
    """How much of the lost access the mobile stops and remote visits make up: in words for
    all areas, and a table per area when there are several."""
    def num(v):
        return number(v, lang, 0 if v == int(v) else 1)

    total = table[table["area"] == "all areas"].iloc[0]
    fixed, mobile = limits
    head = f"<h2>{html.escape(text('channels', lang))}</h2>"
    if not total["lost"] > 0:
        return head + f"<p>{html.escape(text('ch_no_loss', lang, t=num(fixed)))}</p>"
    shares = {f"{k}_share": percent(total[f"{k}_share"], lang)
              for k in ("mobile", "remote", "left")}
    words = text("ch_intro", lang, lost=number(total["lost"], lang), t=num(fixed),
                 m=num(mobile) if mobile is not None else text("n_a", lang),
                 mobile=number(total["mobile"], lang), remote=number(total["remote"], lang),
                 left=number(total["left"], lang), **shares)
    rows = table if len(table) > 2 else table[table["area"] == "all areas"]
    body = [[text("all_areas", lang) if r["area"] == "all areas" else r["area"],
             number(r["lost"], lang), number(r["mobile"], lang), number(r["remote"], lang),
             number(r["left"], lang), percent(1 - r["left_share"], lang)]
            for r in rows.to_dict("records")]
    return (head + f"<p>{html.escape(words)}</p>" + _table(
        [text(k, lang) for k in ("h_area", "h_ch_lost", "h_ch_mobile", "h_ch_remote",
                                 "h_ch_left", "h_ch_comp")], body)
            + f"<p>{html.escape(text('ch_how', lang))}</p>")


def _maps(info: ReportInfo) -> str:
    """Each map with its legend: a table of colour swatches, three to a row (prints in the
    PDF too, which draws no inline blocks)."""
    parts = []
    for caption, png, legend in info.maps:
        cells = [f'<td class="sw" bgcolor="{html.escape(c)}" style="background:{html.escape(c)}">'
                 f'&nbsp;&nbsp;&nbsp;</td><td class="t">{html.escape(label)}</td>'
                 for c, label in legend]
        rows = "".join("<tr>" + "".join(cells[i:i + 3]) + "</tr>"
                       for i in range(0, len(cells), 3))
        parts.append(f"<figure>{_img(png, caption, 'map')}<p><b>{html.escape(caption)}</b></p>"
                     f"<table class='legend'><tbody>{rows}</tbody></table></figure>")
    return "".join(parts)


def render(result: ImpactResult, population: np.ndarray, thresholds: list[float],
           names: list[str], title: str = "", notes: list[str] | None = None,
           lang: str = "en", info: ReportInfo | None = None) -> str:
    """A self-contained HTML page (charts and maps inlined), A4 portrait when printed."""
    info = info or ReportInfo()
    names = [str(n) for n in names]
    population = np.asarray(population, dtype=float)
    heading = info.name or title or text(f"title_{info.kind}", lang)
    sub = text(f"title_{info.kind}", lang) if info.name else ""
    made = text("made", lang, date=date(info.made or dt.date.today(), lang))
    notes = notes or []  # the result's own warnings are said in words in "what this means"
    summary = result.summary
    areas = summary[(summary["group"] == "total")]
    if areas["area"].nunique() <= 2:  # one area (or none given): the total row only
        areas = areas[areas["area"] == "all areas"]
    groups = summary[(summary["area"] == "all areas")]
    kv = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                 for k, v in key_figures(result, population, thresholds, names, lang))
    inputs = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                     for k, v in info.inputs)
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        "<meta name='generator' content='Palveluverkko'>",
        f"<title>{html.escape(heading)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(heading)}</h1>",
        f"<p class='sub'>{html.escape(' · '.join(p for p in (sub, made) if p))}</p>",
        f"<h2>{html.escape(text('what_means', lang))}</h2><div class='means'>",
        *(f"<p>{html.escape(s)}</p>" for s in meaning(result, population, thresholds, names,
                                                      lang)),
        "</div>",
        f"<h2>{html.escape(text('key_figures', lang))}</h2>",
        f"<table class='kv'><tbody>{kv}</tbody></table>",
    ]
    if info.maps:
        parts += [f"<h2 class='newpage'>{html.escape(text('map', lang))}</h2>", _maps(info)]
    if info.inputs or info.assumptions:
        parts += [f"<h2>{html.escape(text('scenario', lang))}</h2>",
                  f"<table class='kv'><tbody>{inputs}</tbody></table>" if inputs else "",
                  *(f"<p>{html.escape(a)}</p>" for a in info.assumptions)]
    parts += [f"<h2>{html.escape(t)}</h2>{body}" for t, body in info.sections]
    parts += [
        f"<h2 class='newpage'>{html.escape(text('travel_times', lang))}</h2>",
        f"<figure class='chart'>{_cdf_chart(result, population, thresholds, lang)}</figure>",
        f"<figure class='chart'>{_change_chart(result, population, lang)}</figure>",
        f"<h2 class='newpage'>{html.escape(text('loads', lang))}</h2>",
        _loads_table(result, names, lang),
        f"<h2>{html.escape(text('flows', lang))}</h2>", _flows_table(result, names, lang),
        f"<h2>{html.escape(text('by_area', lang))}</h2>",
        _summary_table(areas, "area", "h_area", thresholds, lang)]
    if len(groups) > 1:
        parts += [f"<h2>{html.escape(text('by_group', lang))}</h2>",
                  _summary_table(groups, "group", "h_group", thresholds, lang)]
    parts += [f"<h2>{html.escape(text('equity', lang))}</h2>",
              f"<p>{html.escape(text('equity_intro', lang))}</p>",
              _equity_table(result, thresholds, lang)]
    if info.channels is not None:
        parts.append(channels_section(info.channels, info.channel_limits, lang))
    if notes:
        parts += [f"<h2>{html.escape(text('notes', lang))}</h2>",
                  *(f"<p class='note'>{html.escape(n)}</p>" for n in notes)]
    parts.append("</body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------------- years, costs, staff
def _change(now: float, then: float, lang: str) -> str:
    return percent((then - now) / now, lang) if now > 0 else text("n_a", lang)


def year_sections(year, before: np.ndarray, after: np.ndarray, names: list[str],
                  lang: str = "en") -> list[tuple[str, str]]:
    """Demand per facility in the base year (current network) and the target year (after
    the change), and each catchment's residents by age group in both years; ``year`` is a
    ``core.plan.projection.YearDemand``, ``before`` / ``after`` each cell's facility."""
    n = len(names)

    def per_site(fac: np.ndarray, values: np.ndarray) -> np.ndarray:
        ok = fac >= 0
        return np.bincount(fac[ok], values[ok], minlength=n)

    now, then = per_site(before, year.now), per_site(after, year.then)
    y = {"base": year.base_year, "year": year.year}
    body = [[names[j], number(now[j], lang), number(then[j], lang),
             _change(now[j], then[j], lang)] for j in range(n) if now[j] > 0 or then[j] > 0]
    body.append([text("h_total", lang), number(now.sum(), lang), number(then.sum(), lang),
                 _change(now.sum(), then.sum(), lang)])
    what = text("w_visits" if year.weighted else "w_persons", lang)
    demand = (f"<p>{html.escape(text('year_intro', lang, what=what, **y))}</p>"
              + _table([text("h_facility", lang), text("h_demand_at", lang, year=year.base_year),
                  text("h_demand_at", lang, year=year.year), text("h_change", lang)], body))
    ages_now = np.column_stack([per_site(after, year.ages_now[:, k])
                                for k in range(len(year.groups))])
    ages_then = np.column_stack([per_site(after, year.ages_then[:, k])
                                 for k in range(len(year.groups))])
    rows = [[names[j]] + [f"{number(a, lang)} → {number(b, lang)} ({_change(a, b, lang)})"
                          for a, b in zip(ages_now[j], ages_then[j])]
            for j in range(n) if ages_then[j].sum() > 0]
    ages = (f"<p>{html.escape(text('age_intro', lang, **y))}</p>"
            + _table([text("h_facility", lang)] + [group_label(f"ika_{g}", lang)
                                                  for g in year.groups], rows))
    return [(text("year_title", lang, year=year.year), demand),
            (text("age_title", lang, **y), ages)]


COST_ITEMS = ("rent", "opex", "invest", "exit", "staff", "mobile", "client_travel",
              "kela_travel", "fixed_cost", "travel_cost", "county_total", "societal_total")


def _euros(v, lang: str) -> str:
    return number(v, lang)


def _cost_chart(yearly: pd.DataFrame, lang: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.8, 2.8))
    ax = fig.subplots()
    for name, rows in yearly.groupby("scenario", sort=False):
        line = ax.plot(rows["year"], rows["county_total"] / 1e6, "o-",
                       label=f"{name}: {text('cost_county_total', lang)}")
        if (rows["societal_total"] != rows["county_total"]).any():
            ax.plot(rows["year"], rows["societal_total"] / 1e6, "s--",
                    color=line[0].get_color(),
                    label=f"{name}: {text('cost_societal_total', lang)}")
    ax.set_xticks(sorted(yearly["year"].unique()))
    ax.set_ylabel(text("c_eur", lang))
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    _locale_ticks(lang, ax.yaxis)
    return _img(_fig_png(fig), text("costs_yearly", lang))


def _lease_chart(leases: pd.DataFrame, lang: str, label: Callable[[str], str] = str) -> str:
    from matplotlib.figure import Figure

    sites = list(dict.fromkeys(leases["site_id"].astype(str)))
    fig = Figure(figsize=(6.8, 0.35 * len(sites) + 1.0))
    ax = fig.subplots()
    marked = False
    for k, site in enumerate(sites):
        rows = leases[leases["site_id"].astype(str) == site]
        ax.broken_barh([(y, m / 12) for y, m in zip(rows["year"], rows["active_months"])
                        if m > 0], (k - 0.3, 0.6), color="#4a8fc0")
        end = rows["lease_end"].iloc[0] if "lease_end" in rows else None
        if isinstance(end, dt.date):
            ax.plot(end.year + (end.timetuple().tm_yday / 365.25), k, "v", color="#a0321e",
                    label=None if marked else text("c_lease_end", lang))
            marked = True
    ax.set_yticks(range(len(sites)))
    ax.set_yticklabels([label(s) for s in sites], fontsize=8)
    years = sorted(leases["year"].unique())
    ax.set_xticks(years)
    ax.set_xlim(years[0], years[-1] + 1)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    if marked:
        ax.legend(fontsize=7, loc="lower right")
    return _img(_fig_png(fig), text("lease_title", lang))


def cost_sections(yearly: pd.DataFrame, npvs: pd.DataFrame, rate: float, lang: str = "en",
                  leases: pd.DataFrame | None = None, lease_name: str = "",
                  staff: pd.DataFrame | None = None, residual: bool = False,
                  access: dict[str, pd.DataFrame] | None = None,
                  site_names: dict[str, str] | None = None
                  ) -> list[tuple[str, str]]:
    """The board's cost pages: yearly totals of every scenario side by side (and the
    difference to the first), a chart, the NPV with its discount rate, each scenario's cost
    items by year, the sites' use and lease ends by year, and the staff over the commute
    limit. ``yearly``: scenario, year and cost columns (``COST_ITEMS``); ``npvs``: scenario,
    view (county / societal), npv_eur; ``leases``: site_id, year, active_months, lease_end
    (date or None); ``staff``: site_id, staff, site_after, over_before, over_after;
    ``access``: scenario name -> its closure impact Summary or Equity table (see
    ``access_rows``); ``site_names``: site id (as text) -> name, shown before the id in the
    lease chart and the staff table."""
    def site(value) -> str:
        name = (site_names or {}).get(str(value))
        return f"{name} ({value})" if name else str(value)

    names = list(dict.fromkeys(yearly["scenario"].astype(str)))
    years = sorted(yearly["year"].unique())
    first, last = int(years[0]), int(years[-1])
    by = yearly.assign(scenario=yearly["scenario"].astype(str)).set_index(["scenario", "year"])
    header = [text("h_year", lang)] + [f"{n}: {text('cost_county_total', lang)}" for n in names]
    header += [text("h_diff", lang, name=names[0]) + f" ({n})" for n in names[1:]]
    body = []
    for y in years:
        vals = [by.loc[(n, y), "county_total"] for n in names]
        body.append([str(y)] + [_euros(v, lang) for v in vals]
                    + [_euros(v - vals[0], lang) for v in vals[1:]])
    totals = [by.loc[n, "county_total"].sum() for n in names]
    body.append([text("h_total", lang)] + [_euros(v, lang) for v in totals]
                + [_euros(v - totals[0], lang) for v in totals[1:]])
    out = [(text("costs_yearly", lang), _table(header, body)
            + f"<figure class='chart'>{_cost_chart(yearly, lang)}</figure>")]
    npv = npvs.assign(scenario=npvs["scenario"].astype(str)).set_index(["scenario", "view"])
    rows = []
    for n in names:
        county, soc = (npv["npv_eur"].get((n, v), np.nan) for v in ("county", "societal"))
        rows.append([n, _euros(county, lang), _euros(soc, lang)]
                    + ([_euros(county - npv["npv_eur"].get((names[0], "county"), np.nan),
                               lang)] if len(names) > 1 else []))
    intro = text("npv_intro", lang, first=first, last=last, rate=percent(rate, lang, 1),
                 residual=text("npv_residual", lang) if residual else "")
    out.append((text("costs_npv", lang), f"<p>{html.escape(intro)}</p>" + _table(
        [text("h_scenario", lang), text("h_npv_county", lang), text("h_npv_societal", lang)]
        + ([text("h_diff", lang, name=names[0])] if len(names) > 1 else []), rows)))
    for n in names:
        rows_n = by.loc[n]
        items = [c for c in COST_ITEMS if c in rows_n and (rows_n[c] != 0).any()]
        body = [[text(f"cost_{c}", lang)] + [_euros(rows_n.loc[y, c], lang) for y in years]
                + [_euros(rows_n[c].sum(), lang)] for c in items]
        out.append((text("costs_of", lang, name=n), _table(
            [text("h_item", lang)] + [str(y) for y in years] + [text("h_total", lang)], body)))
    if leases is not None and len(leases):
        out.append((text("lease_title", lang),
                    f"<p>{html.escape(text('lease_intro', lang, name=lease_name))}</p>"
                    f"<figure class='chart'>{_lease_chart(leases, lang, site)}</figure>"))
    if staff is not None and len(staff):
        keys = ["site_id"] + (["profession"] if "profession" in staff else [])
        body = [[site(r["site_id"]), *(str(r[k]) for k in keys[1:]), site(r["site_after"]),
                 number(r["staff"], lang, 1),
                 number(r["over_before"], lang, 1), number(r["over_after"], lang, 1)]
                for _, r in staff.iterrows()]
        body.append([text("h_total", lang)] + [""] * len(keys) + [
            number(staff[c].sum(), lang, 1) for c in ("staff", "over_before", "over_after")])
        out.append((text("staff_title", lang),
                    f"<p>{html.escape(text('staff_intro', lang))}</p>" + _table(
                        [text("h_facility", lang)] + ([text("h_profession", lang)] if len(keys) > 1
                                                      else [])
                        + [text("h_workplace_after", lang), text("h_staff", lang),
                           text("h_over_before", lang), text("h_over_after", lang)], body,
                        left=len(keys) + 1)))
    if access:
        out.append(_access_section(names, access, lang))
    return out


class AccessTableError(ValueError):
    """An access table that is neither a closure impact Summary nor its Equity table."""


def access_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Residents within each threshold before and after, of all areas, from a closure impact
    Summary (area, group, within_<t>_before, within_<t>_after) or its Equity table (when,
    share_beyond_<t>, share_<group>_beyond_<t>: the shares within are one minus these).
    Columns: group, threshold (label), before, after, share (True for Equity's shares)."""
    rows = []
    if "group" in frame and any(str(c).startswith("within_") for c in frame):
        part = frame[frame["area"].astype(str) == "all areas"] if "area" in frame else frame
        labels = [str(c)[7:-7] for c in frame if str(c).startswith("within_")
                  and str(c).endswith("_before")]
        for _, r in part.iterrows():
            rows += [(str(r["group"]), lab, float(r[f"within_{lab}_before"]),
                      float(r[f"within_{lab}_after"]), False) for lab in labels]
    elif "when" in frame and any(str(c).startswith("share_") for c in frame):
        by = frame.assign(when=frame["when"].astype(str)).set_index("when")
        if not {"before", "after"} <= set(by.index):
            raise AccessTableError(msg("the Equity table needs a 'before' and an 'after' row"))
        for col in [c for c in frame if str(c).startswith("share_") and "_beyond_" in str(c)]:
            group, lab = str(col)[6:].rsplit("_beyond_", 1) if not str(col).startswith(
                "share_beyond_") else ("total", str(col)[13:])
            rows.append((group, lab, 1 - float(by.loc["before", col]),
                         1 - float(by.loc["after", col]), True))
    else:
        raise AccessTableError(msg("it has neither within_<minutes>_before/_after columns (the "
                                   "Summary) nor a when column with share_beyond_<minutes> "
                                   "(the Equity table)"))
    return pd.DataFrame(rows, columns=["group", "threshold", "before", "after", "share"])


def _access_section(names: list[str], access: dict[str, pd.DataFrame],
                    lang: str) -> tuple[str, str]:
    """Per group and threshold, each scenario's residents within it after the change and the
    change vs. before, side by side; scenarios without a table get n/a."""
    tables = {n: access_rows(t).set_index(["group", "threshold"]) for n, t in access.items()}
    keys = list(dict.fromkeys(k for t in tables.values() for k in t.index))
    keys.sort(key=lambda k: (k[0] != "total", _label_minutes(k[1])))
    header = [text("h_group", lang), text("h_within_min", lang)]
    for n in names:
        header += [text("h_acc_after", lang, name=n), text("h_acc_change", lang, name=n)]
    body = []
    for group, lab in keys:
        row = [group_label(group, lang), lab.replace("_", ",") if lang != "en"
               else lab.replace("_", ".")]
        for n in names:
            t = tables.get(n)
            if t is None or (group, lab) not in t.index:
                row += [text("n_a", lang)] * 2
                continue
            r = t.loc[(group, lab)]
            fmt = partial(percent, lang=lang, digits=1) if r["share"] else partial(
                number, lang=lang)
            change = r["after"] - r["before"]
            row += [fmt(r["after"]), ("+" if change > 0 else "") + fmt(change)]
        body.append(row)
    return (text("access_title", lang),
            f"<p>{html.escape(text('access_intro', lang))}</p>" + _table(header, body, left=2))


def _label_minutes(label: str) -> float:
    try:
        return float(label.replace("_", "."))
    except ValueError:
        return float("inf")


def page(title: str, sections: list[tuple[str, str]], lang: str = "en",
         made: dt.date | None = None) -> str:
    """A self-contained HTML page of ``sections`` (title, HTML) under ``title``."""
    today = dt.date.today()
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        "<meta name='generator' content='Palveluverkko'>",
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='sub'>{html.escape(text('made', lang, date=date(made or today, lang)))}</p>",
        *(f"<h2>{html.escape(t)}</h2>{body}" for t, body in sections), "</body></html>"])
