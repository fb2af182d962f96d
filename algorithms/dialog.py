"""The Processing dialog of our algorithms: QGIS's own, with field parameters preselected by
name (``parameters.FIELD_CANDIDATES``) when the dialog opens and whenever their layer changes.

QGIS itself takes one fixed default name per field parameter; a layer of the Statistics
Finland grid calls its population ``vaesto``, an OSM extract ``population``, so the name is
looked up in the layer the user has chosen.
"""

from __future__ import annotations

import weakref

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QComboBox

from .map_styles import is_output
from .parameters import (
    CLASS_SCHEME,
    CLASS_SCHEMES,
    ROADS,
    TAKES_OUTPUTS,
    field_candidates,
    guess_scheme,
    layer_candidates,
    pick_field,
    pick_layer,
)

_NUMERIC = QgsProcessingParameterField.Numeric
_STRING = QgsProcessingParameterField.String


def parameters_dialog(alg, parent=None):
    """QGIS's algorithm dialog for ``alg`` with the field defaults wired in (None when the
    Processing plugin cannot be imported, e.g. outside the desktop: QGIS then makes its own)."""
    try:
        from processing.gui.AlgorithmDialog import AlgorithmDialog
    except ImportError:
        return None
    dlg = AlgorithmDialog(alg, parent=parent)
    preselect_layers(dlg.mainWidget().wrappers, alg)
    preselect_fields(dlg.mainWidget().wrappers, alg)
    preselect_scheme(dlg.mainWidget().wrappers)
    return dlg


def compatible_names(fields, data_type) -> list[str]:
    """Names of the ``fields`` a field parameter of ``data_type`` accepts."""
    out = []
    for f in fields:
        if data_type == _NUMERIC and not f.isNumeric():
            continue
        if data_type == _STRING and f.isNumeric():
            continue
        out.append(f.name())
    return out


def layer_of(value, context: QgsProcessingContext):
    """The vector layer a layer widget's value names (layer id, source, or selection)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if not value or not isinstance(value, str):
        return value if isinstance(value, QgsVectorLayer) else None
    layer = QgsProcessingUtils.mapLayerFromString(value, context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def project_layers() -> list:
    """The project's vector layers in layer tree order (top first), then any not in the tree."""
    project = QgsProject.instance()
    ordered = [n.layer() for n in project.layerTreeRoot().findLayers()]
    ordered += [lyr for lyr in project.mapLayers().values() if lyr not in ordered]
    return [lyr for lyr in ordered if isinstance(lyr, QgsVectorLayer)]


def preselect_layers(wrappers: dict, alg) -> dict[str, str]:
    """Mandatory layer parameters with name candidates (``parameters.layer_candidates``, by
    parameter key): the first project layer, in layer tree order, whose name says so and
    whose geometry fits, unless the one QGIS chose already does. A layer of the wrong
    geometry (a line layer for a grid, points or a table) is never left chosen, and an
    earlier output of the plugin is chosen only where one is expected
    (``parameters.TAKES_OUTPUTS``). Returns {parameter key: layer name} of the choices."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    chosen = {}
    for param in alg.parameterDefinitions():
        candidates = layer_candidates(alg.name(), param.name())
        wrapper = wrappers.get(param.name())
        if (not candidates or wrapper is None
                or not isinstance(param, QgsProcessingParameterFeatureSource)
                or param.flags() & QgsProcessingParameterDefinition.FlagOptional):
            continue
        outputs_ok = (alg.name(), param.name()) in TAKES_OUTPUTS
        current = layer_of(wrapper.parameterValue(), context)
        fits = [lyr for lyr in project_layers()
                if param.checkValueIsAcceptable(lyr) and _geometry_fits(param, lyr)
                and (outputs_ok or not is_output(lyr))]
        if current is not None and current in fits and \
                pick_layer([current.name()], candidates) == 0:
            continue
        i = pick_layer([lyr.name() for lyr in fits], candidates)
        if i >= 0:
            wrapper.setParameterValue(fits[i].id(), context)
            chosen[param.name()] = fits[i].name()
        elif current is not None and (current not in fits or _table(param)):
            _clear(wrapper)  # a wrong geometry, or a table no name fits: the user chooses
            chosen[param.name()] = ""
    return chosen


def _clear(wrapper) -> None:
    """No layer chosen in a layer widget (QGIS's own value None keeps a mandatory choice)."""
    combo = wrapper.wrappedWidget().findChild(QComboBox)
    if combo is not None:
        combo.setCurrentIndex(-1)


def _table(param) -> bool:
    """Whether a source parameter takes a table (any vector layer, geometry or not)."""
    return QgsProcessing.TypeVector in param.dataTypes()


def _geometry_fits(param, layer) -> bool:
    """Whether ``layer``'s geometry suits the source parameter: one of its declared types; a
    line layer only for the road network; a table (no geometry) only where any vector
    layer is accepted."""
    types = param.dataTypes()
    lines = layer.geometryType() == QgsWkbTypes.LineGeometry
    if lines and param.name() != ROADS:
        return False
    if not types or QgsProcessing.TypeVector in types:
        return True
    if QgsProcessing.TypeVectorAnyGeometry in types:
        return layer.isSpatial()
    kind = {QgsWkbTypes.PointGeometry: QgsProcessing.TypeVectorPoint,
            QgsWkbTypes.LineGeometry: QgsProcessing.TypeVectorLine,
            QgsWkbTypes.PolygonGeometry: QgsProcessing.TypeVectorPolygon}.get(
        layer.geometryType())
    return kind in types


def preselect_fields(wrappers: dict, alg) -> list[str]:
    """Connect every single-field parameter with name candidates to its layer's widget; an
    field gets the first candidate the chosen layer has; a mandatory one no candidate fits is
    left empty, for the user to choose (QGIS would take the first field). Returns the keys
    wired."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    wired = []
    for param in alg.parameterDefinitions():
        if not isinstance(param, QgsProcessingParameterField) or param.allowMultiple():
            continue
        candidates = field_candidates(alg.name(), param.name())
        field_w = wrappers.get(param.name())
        parent_w = wrappers.get(param.parentLayerParameterName())
        if not candidates or field_w is None or parent_w is None:
            continue

        mandatory = not param.flags() & QgsProcessingParameterDefinition.FlagOptional

        def fill(*_, f_ref=weakref.ref(field_w), p_ref=weakref.ref(parent_w),
                 data_type=param.dataType(), names=candidates, mandatory=mandatory):
            fw, pw = f_ref(), p_ref()  # (no reference cycle keeps a closed dialog's alive)
            if not _alive(fw, pw):
                return
            layer = layer_of(pw.parameterValue(), context)
            if layer is None:
                return
            name = pick_field(compatible_names(layer.fields(), data_type), names)
            if name or mandatory:  # no silent first field (e.g. fid as the population)
                fw.setParameterValue(name, context)

        parent_w.widgetValueHasChanged.connect(fill)
        fill()
        wired.append(param.name())
    return wired


def preselect_scheme(wrappers: dict) -> bool:
    """The road class scheme follows the road layer: Digiroad for a Digiroad road-link
    layer (TOIMINN_LK or LINKKITYYP with AJOSUUNTA or LINK_ID), OSM for one with a
    ``highway`` or ``fclass`` field; otherwise the user's choice stays. Returns whether it
    was wired."""
    if wrappers.get(ROADS) is None or wrappers.get(CLASS_SCHEME) is None:
        return False
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    r_ref, s_ref = weakref.ref(wrappers[ROADS]), weakref.ref(wrappers[CLASS_SCHEME])

    def fill(*_):
        roads_w, scheme_w = r_ref(), s_ref()
        if not _alive(roads_w, scheme_w):
            return
        layer = layer_of(roads_w.parameterValue(), context)
        if layer is None:
            return
        scheme = guess_scheme(layer.fields().names())
        if scheme is not None:
            scheme_w.setParameterValue(CLASS_SCHEMES.index(scheme), context)

    wrappers[ROADS].widgetValueHasChanged.connect(fill)
    fill()
    return True


def _alive(*wrappers) -> bool:
    """Whether the wrappers and their widgets still exist (a closed dialog's wrappers may
    outlive their widgets while a layer they showed is removed from the project)."""
    for w in wrappers:
        widget = w.wrappedWidget() if w is not None and not sip.isdeleted(w) else None
        if widget is None or sip.isdeleted(widget):
            return False
    return True
