"""Facility names beside their ids in the output tables, when a name field is given."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingParameterField

from .parameters import FAC_ID, FACILITIES, NAME_FIELD
from .translation import translate


def add_name_parameter(alg, parent: str = FACILITIES) -> None:
    """The optional facility name field of the layer ``parent``."""
    alg.addParameter(QgsProcessingParameterField(
        NAME_FIELD, translate("names", "Facility name field (names beside the ids)"),
        parentLayerParameterName=parent, optional=True))


def names_by_id(alg, parameters, context, source_key: str = FACILITIES,
                id_key: str = FAC_ID) -> dict | None:
    """Facility id -> its name (the first filled one of its features), or None when no
    name field is given."""
    field = alg.parameterAsString(parameters, NAME_FIELD, context) if \
        NAME_FIELD in parameters else ""
    source = alg.parameterAsSource(parameters, source_key, context)
    if not field or source is None:
        return None
    id_field = alg.parameterAsString(parameters, id_key, context)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    out: dict = {}
    for f in source.getFeatures(request):
        key, value = (f[id_field] if id_field else f.id()), f[field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or not str(value):
            continue
        out.setdefault(key, str(value))
        out.setdefault(str(key), str(value))
    return out


def name_of(names: dict | None, fac_id) -> str | None:
    """The name of ``fac_id`` (None without names or for no facility)."""
    if names is None or fac_id is None:
        return None
    return names.get(fac_id, names.get(str(fac_id)))
