"""Glue shared by the service-channel algorithms: tables into DataFrames, 'key=value' lists,
the mobile and digital parameter blocks, and the channels as objects a scenario holds.

A channel (``MobileStopChannel``, ``RemoteVisitChannel``) is built like a travel mode
(``travel_times``): ``add_parameters(alg)`` declares its (optional) parameters, ``prepare``
reads them and returns a ready object, or None when the user gave no input for it. A scenario
algorithm holds the tuple ``CHANNELS`` and judges each cell over all channels it has.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.channels.digital import RULES, channel_shift, connectivity_for
from ..core.channels.mobile import ChannelInputError, stop_table
from ..core.channels.multichannel import (
    by_area,
    channel_demand,
    closure_compensation,
    residual_share,
)
from .common import _plain, read_points
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    BROADBAND,
    CHANNEL_AREAS,
    DEFAULT,
    GRID_ID,
    HOLIDAYS,
    MOBILE_LIMIT,
    POPULATION,
    READINESS,
    REMOTE,
    RULE,
    SCHEDULE,
    STOPS,
    UNITS,
    add_points_parameter,
)
from .tables import numbers
from .translation import engine_text, translate

UNIT_COLS = ["unit_id", "base_id", "visits_per_hour", "staff_per_shift", "shift_min", "setup_min"]
SCHEDULE_COLS = [
    "stop_id",
    "weekday",
    "time_start",
    "time_end",
    "period_weeks",
    "first_date",
    "valid_from",
    "valid_to",
    "route_day_id",
    "seq",
]
BB_COLS = ["grid_id", "hh_total", "hh_fixed_100M", "mob_cov"]


def read_frame(source, columns: list[str], label: str, optional: tuple = ()) -> pd.DataFrame:
    """The named attribute columns of every feature, in order (missing optional ones are
    left out); NULL becomes None. A missing required column is an error naming it."""
    names = source.fields().names()
    lost = [c for c in columns if c not in names and c not in optional]
    if lost:
        raise QgsProcessingException(
            translate(
                "channel_common",
                "Table '{source_name}' ({label}) has no field '{lost}'; it needs the fields "
                "{columns}.",
            ).format(
                source_name=source.sourceName() or label,
                label=label,
                lost=lost[0],
                columns=", ".join(columns),
            )
        )
    cols = [c for c in columns if c in names]
    idx = [names.index(c) for c in cols]
    data = [[_value(f.attributes()[i]) for i in idx] for f in source.getFeatures()]
    frame = pd.DataFrame(data, columns=cols)
    for c in cols:  # a CSV's text columns: numbers as numbers, ids stay labels
        if c != "id" and not c.endswith("_id") and frame[c].dtype == object:
            read = numbers(frame[c])
            if read is not None:
                frame[c] = read
    return frame


def _value(value):
    """A QGIS attribute as plain Python: dates as ``datetime.date``, times as 'HH:MM'."""
    value = _plain(value)
    for method in ("toPyDateTime", "toPyDate"):
        if hasattr(value, method):
            return getattr(value, method)()
    if hasattr(value, "hour") and hasattr(value, "toString"):  # QTime
        return value.toString("HH:mm")
    return value


def parse_pairs(text: str, what: str, shares: bool = True) -> dict[str, float]:
    """``'a=0.98, b=0.4'`` -> {'a': 0.98, 'b': 0.4}; shares must lie in 0-1."""
    out: dict[str, float] = {}
    for item in filter(None, (s.strip() for s in (text or "").replace(";", ",").split(","))):
        key, sep, value = item.partition("=")
        try:
            v = float(value)
        except ValueError:
            sep = ""
        if not sep or not key.strip():
            raise QgsProcessingException(
                translate(
                    "channel_common",
                    "{what}: cannot read '{item}'; write name=value pairs separated by commas.",
                ).format(what=what, item=item)
            )
        if shares and not 0 <= v <= 1:
            raise QgsProcessingException(
                translate("channel_common", "{what}: '{item}' is outside 0-1.").format(
                    what=what, item=item
                )
            )
        out[key.strip()] = v
    if not out:
        raise QgsProcessingException(
            translate("channel_common", "{what}: give at least one name=value pair.").format(
                what=what
            )
        )
    return out


def channel_error(e: ChannelInputError) -> QgsProcessingException:
    return QgsProcessingException(engine_text(e))


def write_points_with(
    alg, parameters, context, key: str, src, pts, table: pd.DataFrame, crs, skip=()
) -> str:
    """The input features (``pts.features``, in table order) with the table's numeric
    columns (except ``skip``) appended."""
    cols = [c for c in table.columns if c not in skip]
    fields = make_fields([(c, float) for c in cols], src.fields())
    sink, dest = _sink(alg, parameters, context, key, fields, src.wkbType(), crs)
    for f, row in zip(pts.features, table[cols].to_numpy(float)):
        add_row(sink, fields, list(f.attributes()) + list(row), f.geometry())
    return dest


# ---------------------------------------------------------------------- parameter blocks
def add_mobile_parameters(alg, optional: bool = False) -> None:
    """The mobile stops with their units, timetable and holidays."""
    add_points_parameter(alg, STOPS, translate("channel_common", "Mobile stops"), optional=optional)
    for key, label, opt in (
        (UNITS, translate("channel_common", "Mobile units (table)"), optional),
        (SCHEDULE, translate("channel_common", "Stop schedule (table)"), optional),
        (HOLIDAYS, translate("channel_common", "Holidays (table with a date field)"), True),
    ):
        alg.addParameter(
            QgsProcessingParameterFeatureSource(
                key, label, [QgsProcessing.TypeVector], optional=opt
            )
        )


def read_mobile(alg, parameters, context) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, list]:
    """Stops, units, schedule and holidays as tables."""
    src = {
        k: alg.parameterAsSource(parameters, k, context) for k in (STOPS, UNITS, SCHEDULE, HOLIDAYS)
    }
    for key, label in (
        (UNITS, translate("channel_common", "Mobile units")),
        (SCHEDULE, translate("channel_common", "Stop schedule")),
    ):
        if src[key] is None:
            raise QgsProcessingException(
                translate(
                    "channel_common", "Mobile stops are given: give the {what} table too."
                ).format(what=label)
            )
    return (
        read_frame(src[STOPS], ["stop_id", "unit_id"], translate("channel_common", "mobile stops")),
        read_frame(src[UNITS], UNIT_COLS, translate("channel_common", "mobile units")),
        read_frame(src[SCHEDULE], SCHEDULE_COLS, translate("channel_common", "stop schedule"),
                   ("valid_from",)),
        []
        if src[HOLIDAYS] is None
        else list(read_frame(src[HOLIDAYS], ["date"],
                             translate("channel_common", "holidays"))["date"]),
    )


def add_digital_parameters(alg, optional: bool = False) -> None:
    """Broadband table, readiness by age, remote share, connectivity rule and default."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            BROADBAND,
            translate(
                "channel_common", "Broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov)"
            ),
            [QgsProcessing.TypeVector],
            optional=optional,
        )
    )
    alg.addParameter(
        QgsProcessingParameterString(
            READINESS,
            translate("channel_common", "Digital readiness by age field (field=share, ...)"),
            defaultValue="ika_15_64=0.98,ika_65_=0.6",
        )
    )
    alg.addParameter(
        QgsProcessingParameterString(
            REMOTE,
            translate("channel_common", "Remote share by service type (service=share, ...)"),
            defaultValue="gp=0.3",
        )
    )
    alg.addParameter(
        QgsProcessingParameterEnum(
            RULE,
            translate("channel_common", "Connectivity"),
            options=[
                translate("channel_common", "Fixed broadband (>= 100 Mbit/s)"),
                translate("channel_common", "Mobile coverage"),
                translate("channel_common", "The better of the two"),
            ],
            defaultValue=2,
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT,
            translate(
                "channel_common", "Default connectivity for cells without data (-1 = none: error)"
            ),
            QgsProcessingParameterNumber.Double,
            defaultValue=-1.0,
            minValue=-1.0,
            maxValue=1.0,
        )
    )


@dataclass(frozen=True)
class DigitalSettings:
    broadband: pd.DataFrame
    readiness: dict
    remote: dict
    rule: str
    default: float | None


def read_digital(alg, parameters, context) -> DigitalSettings:
    default = alg.parameterAsDouble(parameters, DEFAULT, context)
    return DigitalSettings(
        read_frame(
            alg.parameterAsSource(parameters, BROADBAND, context), BB_COLS, "broadband table"
        ),
        parse_pairs(alg.parameterAsString(parameters, READINESS, context),
                    translate("channel_common", "Digital readiness")),
        parse_pairs(alg.parameterAsString(parameters, REMOTE, context),
                    translate("channel_common", "Remote share")),
        RULES[alg.parameterAsEnum(parameters, RULE, context)],
        None if default < 0 else default,
    )


# ---------------------------------------------------------------------- channels
class MobileStopChannel:
    """Mobile stops: a cell is served when a stop with at least one visit in its timetable
    is within ``limit`` minutes by the scenario's travel mode."""

    name = "mobile"

    def __init__(self, minutes: np.ndarray, interval: np.ndarray, limit: float):
        self.minutes, self.interval, self.limit = minutes, interval, limit

    @staticmethod
    def add_parameters(alg) -> None:
        add_mobile_parameters(alg, optional=True)
        alg.addParameter(
            QgsProcessingParameterNumber(
                MOBILE_LIMIT,
                translate("channel_common", "Mobile stop: access time (minutes)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=15.0,
                minValue=0.0,
            )
        )

    @classmethod
    def prepare(cls, alg, parameters, context, feedback, times, pop, pop_src):
        source = alg.parameterAsSource(parameters, STOPS, context)
        if source is None:
            return None
        stops, units, sched, holidays = read_mobile(alg, parameters, context)
        try:
            table = stop_table(sched, stops, units, None, holidays)
        except ChannelInputError as e:
            raise channel_error(e) from None
        serving = table["n_visits_y"].to_numpy() > 0
        if not serving.any():
            raise QgsProcessingException(
                translate(
                    "channel_common", "Mobile stops: no stop has a visit in the stop schedule."
                )
            )
        pts = read_points(source, times.crs, context, feedback,
                          translate("channel_common", "mobile stops"), "stop_id")
        m = np.where(serving[None, :], times.minutes(pop, pts, feedback), np.inf)
        j = np.argmin(m, axis=1)
        best = m[np.arange(len(m)), j]
        interval = np.where(np.isfinite(best), table["interval_days"].to_numpy(float)[j], np.nan)
        return cls(best, interval, alg.parameterAsDouble(parameters, MOBILE_LIMIT, context))

    def columns(self) -> dict:
        return {
            "ch_mobile_min": np.where(np.isfinite(self.minutes), self.minutes, np.nan),
            "ch_mobile_interval_days": self.interval,
        }


class RemoteVisitChannel:
    """Remote visits: a share sigma of a cell's visits can be remote (spec (c)); with several
    service types, the first one listed."""

    name = "digital"

    def __init__(self, sigma: np.ndarray, b_conn: np.ndarray, service: str):
        self.sigma, self.b_conn, self.service = sigma, b_conn, service

    @staticmethod
    def add_parameters(alg) -> None:
        alg.addParameter(
            QgsProcessingParameterField(
                GRID_ID,
                translate(
                    "channel_common", "Population: grid id field (the broadband table's grid_id)"
                ),
                parentLayerParameterName=POPULATION,
                optional=True,
            )
        )
        add_digital_parameters(alg, optional=True)

    @classmethod
    def prepare(cls, alg, parameters, context, feedback, times, pop, pop_src):
        if alg.parameterAsSource(parameters, BROADBAND, context) is None:
            return None
        s = read_digital(alg, parameters, context)
        grid = alg.parameterAsString(parameters, GRID_ID, context)
        if not grid:
            raise QgsProcessingException(
                translate(
                    "channel_common",
                    "A broadband table is given: choose the population's grid id field too.",
                )
            )
        frame = read_frame(pop_src, list(dict.fromkeys([grid, *s.readiness])), "population")
        ages = frame[list(s.readiness)].apply(pd.to_numeric, errors="coerce").fillna(0.0)
        try:
            b, _ = connectivity_for(frame[grid], s.broadband, s.rule, s.default)
            shift = channel_shift(ages, s.readiness, b, s.remote)
        except ChannelInputError as e:
            raise channel_error(e) from None
        service = next(iter(s.remote))
        return cls(shift[f"sigma_{service}"].to_numpy(float), b, service)

    def columns(self) -> dict:
        return {"ch_b_conn": self.b_conn, "ch_sigma": self.sigma}


CHANNELS = (MobileStopChannel, RemoteVisitChannel)


def prepare_channels(alg, parameters, context, feedback, times, pop, pop_src) -> list:
    """The channels the user gave input for (empty: none)."""
    ready = [c.prepare(alg, parameters, context, feedback, times, pop, pop_src) for c in CHANNELS]
    return [c for c in ready if c is not None]


def judge_channels(
    channels: list, population, before, after, area, fixed_limit: float
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per cell (``ch_`` columns: best channel before and after, lost fixed access, made up
    by a mobile stop / remote visits, and each channel's figure) and per area."""
    by = {c.name: c for c in channels}
    mobile, digital = by.get("mobile"), by.get("digital")
    cells, _ = closure_compensation(
        population,
        before,
        after,
        mobile.minutes if mobile else None,
        digital.sigma if digital else None,
        fixed_limit,
        mobile.limit if mobile else 0.0,
    )
    areas = by_area(population, cells, area)
    cells = cells.rename(columns={"lost_fixed": "lost"}).add_prefix("ch_")
    for c in channels:
        for k, v in c.columns().items():
            cells[k] = v
    return cells, areas


def add_channel_outputs(alg, table: bool = True) -> None:
    """The channels' parameters and their optional table by area (a scenario algorithm)."""
    for channel in CHANNELS:
        channel.add_parameters(alg)
    if table:
        alg.addParameter(
            QgsProcessingParameterFeatureSink(
                CHANNEL_AREAS,
                translate("channel_common", "Channels: compensation by area"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )


@dataclass
class ChannelResult:
    """The channels judged for one scenario (all None when no channel was given)."""

    cells: pd.DataFrame | None = None
    areas: pd.DataFrame | None = None
    limits: tuple = (15.0, None)
    table: str | None = None

    def to_report(self, info, out: dict) -> None:
        if self.areas is not None:
            info.channels, info.channel_limits = self.areas, self.limits
        if self.table:
            out[CHANNEL_AREAS] = self.table


def compensation_line(total, fixed_limit: float) -> str:
    """The log line of the channels' figures for all areas (a ``by_area`` row)."""
    return translate(
        "channel_common",
        "Channels: {lost:.0f} residents lose their facility within {f:g} min; a mobile "
        "stop serves {m:.0f}, remote visits take {r:.0f} person-equivalents, {left:.0f} "
        "are left without a substitute.").format(
        lost=total["lost"], f=fixed_limit, m=total["mobile"], r=total["remote"],
        left=total["left"])


def channel_outputs(
    alg, parameters, context, feedback, channels: list, result, pop, area, fixed_limit: float
) -> ChannelResult:
    """Judge the cells over the channels; the table by area when asked; the log."""
    if not channels:
        return ChannelResult()
    cells, areas = judge_channels(
        channels, pop.weights, result.before.minutes, result.after.minutes, area, fixed_limit
    )
    mobile = next((c.limit for c in channels if c.name == "mobile"), None)
    table = (
        _table(alg, parameters, context, CHANNEL_AREAS, areas)
        if parameters.get(CHANNEL_AREAS)
        else None
    )
    feedback.pushInfo(compensation_line(areas.iloc[-1], fixed_limit))
    return ChannelResult(cells, areas, (fixed_limit, mobile), table)


def demand_after_channels(channels: list, demand: np.ndarray, opt, feedback):
    """The optimiser's demand with the channels counted (``channel_demand``), and its
    settings ``opt`` with the set cover share of that demand which keeps ``opt.share`` of
    the whole covered."""
    if not channels:
        return demand, opt
    by = {c.name: c for c in channels}
    mobile, digital = by.get("mobile"), by.get("digital")
    left = channel_demand(
        demand,
        mobile.minutes if mobile else None,
        digital.sigma if digital else None,
        mobile.limit if mobile else 0.0,
    )
    share = residual_share(opt.share, demand, left)
    served = float(np.sum(demand) - np.sum(left))
    if opt.problem == "setcover" and share <= 0:
        raise QgsProcessingException(
            translate(
                "channel_common",
                "Set cover with channels: mobile stops and remote visits serve {served:.0f} of "
                "the demand {total:.0f} already, at least the share {share:g}; no site is needed. "
                "Raise the share.",
            ).format(served=served, total=float(np.sum(demand)), share=opt.share)
        )
    feedback.pushInfo(
        translate(
            "channel_common",
            "Channels: {served:.0f} of the demand {total:.0f} is served by "
            "mobile stops and remote visits; the sites are chosen for the "
            "remaining {left:.0f} (set cover share of it: {s:.3f}).",
        ).format(served=served, total=float(np.sum(demand)), left=float(np.sum(left)), s=share)
    )
    return left, replace(opt, share=share)
