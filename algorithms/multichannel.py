"""Processing algorithm: best service channel per cell and closure compensation by channel."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.channels.mobile import ChannelInputError
from ..core.channels.multichannel import closure_compensation
from .channel_common import channel_error, read_frame
from .common import PalveluAlgorithm, apply_style, people_frame
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    AFTER_FIELD,
    BEFORE_FIELD,
    FIXED_LIMIT,
    INPUT,
    MOBILE_FIELD,
    MOBILE_LIMIT,
    OUTPUT,
    POP_FIELD,
    SIGMA_FIELD,
    SUMMARY,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP, engine_texts


class MultichannelCompensation(PalveluAlgorithm):
    NAME = "multichannelcompensation"
    DISPLAY = QT_TRANSLATE_NOOP("MultichannelCompensation", "Multichannel closure compensation")
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, INPUT, self.tr("Cells"), POP_FIELD, self.tr("Population field"),
                             numeric=True, field_optional=False)
        for key, label, default, optional in (
                (BEFORE_FIELD, self.tr("Minutes to a fixed site before"), "min_before", False),
                (AFTER_FIELD, self.tr("Minutes to a fixed site after"), "min_after", False),
                (MOBILE_FIELD, self.tr("Minutes to a mobile stop"), None, True),
                (SIGMA_FIELD, self.tr("Remote share (0-1)"), None, True)):
            self.addParameter(QgsProcessingParameterField(
                key, label, defaultValue=default, parentLayerParameterName=INPUT,
                type=QgsProcessingParameterField.Numeric, optional=optional))
        for key, label in ((FIXED_LIMIT, self.tr("Fixed-site limit (minutes)")),
                           (MOBILE_LIMIT, self.tr("Mobile-stop limit (minutes)"))):
            self.addParameter(QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Double, defaultValue=15.0,
                minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Cells by channel"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SUMMARY, self.tr("Compensation summary"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = self.parameterAsSource(parameters, INPUT, context)
        names = {k: self.parameterAsString(parameters, k, context) for k in (
            POP_FIELD, BEFORE_FIELD, AFTER_FIELD, MOBILE_FIELD, SIGMA_FIELD)}
        cols = list(dict.fromkeys(v for v in names.values() if v))
        frame = read_frame(src, cols, self.tr("cells")).apply(pd.to_numeric, errors="coerce")

        def column(key):
            return frame[names[key]].to_numpy(float) if names[key] else None

        try:
            cells, summary = closure_compensation(
                people_frame(frame, [names[POP_FIELD]], src.sourceName() or self.tr("cells"),
                             feedback)[names[POP_FIELD]].to_numpy(), column(BEFORE_FIELD),
                column(AFTER_FIELD), column(MOBILE_FIELD), column(SIGMA_FIELD),
                self.parameterAsDouble(parameters, FIXED_LIMIT, context),
                self.parameterAsDouble(parameters, MOBILE_LIMIT, context))
        except ChannelInputError as e:
            raise channel_error(e) from None
        kinds = [(c, str if c.startswith("best") else int if c != "comp_remote" else float)
                 for c in cells.columns]
        fields = make_fields(kinds, src.fields())
        sink, dest = _sink(self, parameters, context, OUTPUT, fields, src.wkbType(),
                           src.sourceCrs())
        for f, row in zip(src.getFeatures(), cells.to_numpy(object)):
            add_row(sink, fields, list(f.attributes()) + list(row), f.geometry())
        apply_style(context, dest, "best_channel", src.wkbType())
        table = _table(self, parameters, context, SUMMARY,
                       summary.assign(figure=engine_texts(summary["figure"])))
        fig = dict(zip(summary["figure"], summary["persons"]))
        lost = fig["population losing the fixed site"]
        feedback.pushInfo(self.tr(
            "{lost:.0f} residents lose their fixed site within the limit; a mobile stop "
            "serves {mobile:.0f}, remote care can take "
            "{remote:.0f} person-equivalents, "
            "{left:.0f} are left uncompensated.").format(lost=lost,
            mobile=fig['of whom near a mobile stop'],
            remote=fig['of the rest, demand that can go remote'],
            left=fig['left uncompensated']))
        return {OUTPUT: dest, SUMMARY: table}
