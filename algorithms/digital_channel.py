"""Processing algorithm: the digital channel (connectivity, shift to remote care, exclusion)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.channels.digital import (
    RULES,
    channel_shift,
    connectivity_for,
    physical_demand,
    shifted_summary,
)
from ..core.channels.mobile import ChannelInputError
from .channel_common import channel_error, parse_pairs, read_frame
from .common import PalveluAlgorithm, apply_style, people_frame, tr
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    BROADBAND,
    DEFAULT,
    DEMAND_FIELD,
    GRID_ID,
    INPUT,
    OUTPUT,
    READINESS,
    REMOTE,
    RULE,
    SUMMARY,
    VISITS_FIELD,
    add_points_parameter,
)

BB_COLS = ["grid_id", "hh_total", "hh_fixed_100M", "mob_cov"]


class DigitalChannel(PalveluAlgorithm):
    NAME = "digitalchannel"
    DISPLAY = "Digital channel: remote service potential"
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, INPUT, "Population grid", GRID_ID, "Grid id field",
                             field_optional=False)
        self.addParameter(QgsProcessingParameterFeatureSource(
            BROADBAND, tr("Broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            READINESS, tr("Digital readiness by age field (field=share, ...)"),
            defaultValue="ika_15_64=0.98,ika_65_=0.6"))
        self.addParameter(QgsProcessingParameterString(
            REMOTE, tr("Remote share by service type (service=share, ...)"),
            defaultValue="gp=0.3"))
        self.addParameter(QgsProcessingParameterEnum(
            RULE, tr("Connectivity"), options=[tr("Fixed broadband (>= 100 Mbit/s)"),
                                                 tr("Mobile coverage"), tr("The better of "
                                                                           "the two")],
            defaultValue=2))
        self.addParameter(QgsProcessingParameterNumber(
            DEFAULT, tr("Default connectivity for cells without data (-1 = none: error)"),
            QgsProcessingParameterNumber.Double, defaultValue=-1.0, minValue=-1.0,
            maxValue=1.0))
        for key, label in ((DEMAND_FIELD, "Demand field (empty: the persons)"),
                           (VISITS_FIELD, "Visits a year field (county table)")):
            self.addParameter(QgsProcessingParameterField(
                key, tr(label), parentLayerParameterName=INPUT,
                type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Digital channel per cell"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SUMMARY, tr("Digital channel summary"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = self.parameterAsSource(parameters, INPUT, context)
        readiness = parse_pairs(self.parameterAsString(parameters, READINESS, context),
                                "Digital readiness")
        remote = parse_pairs(self.parameterAsString(parameters, REMOTE, context),
                             "Remote share")
        id_field = self.parameterAsString(parameters, GRID_ID, context)
        extra = [self.parameterAsString(parameters, k, context)
                 for k in (DEMAND_FIELD, VISITS_FIELD)]
        cols = list(dict.fromkeys([id_field, *readiness, *[e for e in extra if e]]))
        grid = read_frame(src, cols, "population grid")
        bb = read_frame(self.parameterAsSource(parameters, BROADBAND, context), BB_COLS,
                        "broadband table")
        default = self.parameterAsDouble(parameters, DEFAULT, context)
        rule = RULES[self.parameterAsEnum(parameters, RULE, context)]
        ages = people_frame(grid, list(readiness), src.sourceName() or "population grid",
                            feedback)
        try:
            b, source = connectivity_for(grid[id_field], bb, rule,
                                         None if default < 0 else default)
            cells = channel_shift(ages, readiness, b, remote)
        except ChannelInputError as e:
            raise channel_error(e) from None
        persons = ages.sum(axis=1).to_numpy()
        demand = grid[extra[0]].astype(float).fillna(0).to_numpy() if extra[0] else persons
        cells["bb_source"] = source
        cells["dig_excl_share"] = np.divide(cells["dig_excluded"].to_numpy(), persons,
                                            out=np.zeros(len(persons)), where=persons > 0)
        for k in remote:
            cells[f"demand_phys_{k}"] = physical_demand(demand, cells[f"sigma_{k}"])
        if (source == "default").any():
            feedback.pushWarning(tr(f"{int((source == 'default').sum())} cells have no "
                                    f"broadband row; they use the default connectivity "
                                    f"{default:g}."))
        out = {OUTPUT: self._write_cells(parameters, context, src, cells)}
        visits = grid[extra[1]].astype(float).fillna(0).to_numpy() if extra[1] else None
        rows = []
        for k in remote:
            s = shifted_summary(visits if visits is not None else np.zeros(len(grid)),
                                cells[f"sigma_{k}"])
            rows.append({"service": k, "remote_share": remote[k],
                         "visits_shifted_y": s["visits_shifted"] if visits is not None
                         else np.nan,
                         "trips_avoided_y": s["trips_avoided"] if visits is not None
                         else np.nan,
                         "demand": float(demand.sum()),
                         "demand_phys": float(cells[f"demand_phys_{k}"].sum()),
                         "dig_excluded": float(cells["dig_excluded"].sum()),
                         "persons": float(persons.sum())})
        out[SUMMARY] = _table(self, parameters, context, SUMMARY, pd.DataFrame(rows))
        feedback.pushInfo(tr(f"{cells['dig_excluded'].sum():.0f} of {persons.sum():.0f} persons "
                             f"unlikely to use remote care."))
        return out

    def _write_cells(self, parameters, context, src, cells: pd.DataFrame) -> str:
        kinds = [(c, str if c == "bb_source" else float) for c in cells.columns]
        fields = make_fields(kinds, src.fields())
        sink, dest = _sink(self, parameters, context, OUTPUT, fields, src.wkbType(),
                           src.sourceCrs())
        values = cells.to_numpy(object)
        for f, row in zip(src.getFeatures(), values):
            add_row(sink, fields, list(f.attributes()) + list(row), f.geometry())
        apply_style(context, dest, "digital_exclusion", src.wkbType())
        return dest
