"""Processing algorithm: the digital channel (connectivity, shift to remote care, exclusion)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
)

from ..core.channels.digital import (
    channel_shift,
    connectivity_for,
    physical_demand,
    shifted_summary,
)
from ..core.channels.mobile import ChannelInputError
from .channel_common import add_digital_parameters, channel_error, read_digital, read_frame
from .common import PalveluAlgorithm, apply_style, people_frame
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    DEMAND_FIELD,
    GRID_ID,
    INPUT,
    OUTPUT,
    SUMMARY,
    VISITS_FIELD,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP


class DigitalChannel(PalveluAlgorithm):
    NAME = "digitalchannel"
    DISPLAY = QT_TRANSLATE_NOOP("DigitalChannel", "Digital channel: remote service potential")
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, INPUT, self.tr("Population grid"), GRID_ID,
                             self.tr("Grid id field"),
                             field_optional=False)
        add_digital_parameters(self)
        for key, label in ((DEMAND_FIELD, self.tr("Demand field (empty: the persons)")),
                           (VISITS_FIELD, self.tr("Visits a year field (county table)"))):
            self.addParameter(QgsProcessingParameterField(
                key, label, parentLayerParameterName=INPUT,
                type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Digital channel per cell"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SUMMARY, self.tr("Digital channel summary"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = self.parameterAsSource(parameters, INPUT, context)
        settings = read_digital(self, parameters, context)
        readiness, remote = settings.readiness, settings.remote
        id_field = self.parameterAsString(parameters, GRID_ID, context)
        extra = [self.parameterAsString(parameters, k, context)
                 for k in (DEMAND_FIELD, VISITS_FIELD)]
        cols = list(dict.fromkeys([id_field, *readiness, *[e for e in extra if e]]))
        grid = read_frame(src, cols, self.tr("population grid"))
        bb, default, rule = settings.broadband, settings.default, settings.rule
        ages = people_frame(grid, list(readiness), src.sourceName() or self.tr("population grid"),
                            feedback)
        try:
            b, source = connectivity_for(grid[id_field], bb, rule, default)
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
            feedback.pushWarning(self.tr(
                "{value} cells have no broadband row; they use the default connectivity "
                "{default:g}.").format(value=int((source == 'default').sum()), default=default))
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
        feedback.pushInfo(self.tr(
            "{dig_excluded:.0f} of {persons:.0f} persons unlikely to use remote care.").format(
            dig_excluded=cells['dig_excluded'].sum(), persons=persons.sum()))
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
