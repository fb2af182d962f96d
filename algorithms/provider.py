"""The Processing provider that lists Palveluverkko's algorithms in the toolbox."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .translation import translate

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "palveluverkko.svg"
MODELS = Path(__file__).resolve().parents[1] / "resources" / "models"


class PalveluverkkoProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "palveluverkko"

    def name(self) -> str:
        return "Palveluverkko"

    def longName(self) -> str:  # noqa: N802
        return translate("provider", "Palveluverkko: service network planning")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON)

    def loadAlgorithms(self) -> None:  # noqa: N802
        for alg in all_algorithms():
            self.addAlgorithm(alg)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            # a model's steps are looked up in the registry, which holds this provider only
            # once it is loaded: add the models then (else they would declare no outputs)
            registry.providerAdded.connect(self._add_models)
            return
        for model in example_models():
            self.addAlgorithm(model)

    def _add_models(self, provider_id: str) -> None:
        if provider_id == self.id():
            QgsApplication.processingRegistry().providerAdded.disconnect(self._add_models)
            self.refreshAlgorithms()


class TranslatedModel(QgsProcessingModelAlgorithm):
    """A shipped model whose toolbox name, group and parameter descriptions follow QGIS's
    language (context "models", marked by scripts/ts_todo.py --stub from the .model3 files);
    its id (from the English model name) stays the same in every language, so models and
    scripts that call it keep working."""

    def displayName(self) -> str:  # noqa: N802
        return translate("models", super().displayName())

    def group(self) -> str:
        return translate("models", super().group())

    def initAlgorithm(self, configuration=None):  # noqa: N802
        super().initAlgorithm(configuration)
        for param in self.parameterDefinitions():
            param.setDescription(translate("models", param.description()))

    def createInstance(self):  # noqa: N802
        model = TranslatedModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model


def example_models() -> list:
    """The graphical models shipped in resources/models."""
    models = []
    for path in sorted(MODELS.glob("*.model3")):
        model = TranslatedModel()
        if model.fromFile(str(path)):
            models.append(model)
    return models


def all_algorithms() -> list:
    """One new instance of every algorithm the provider offers."""
    from .accessibility_index import AccessibilityIndex, TransitAccessibilityIndex
    from .catchment_areas import CatchmentAreas
    from .closure_impact import ClosureImpact, TransitClosureImpact
    from .compare_scenarios import CompareScenarios
    from .cost_report import CostReport
    from .digital_channel import DigitalChannel
    from .home_care import HomeCare
    from .least_cost_plan import LeastCostPlan
    from .mobile_units import MobileUnits
    from .multichannel import MultichannelCompensation
    from .nearest_facility import NearestFacility
    from .network_check import NetworkCheck
    from .network_costs import NetworkCosts
    from .od_matrix import OdMatrix
    from .optimise_network import OptimiseNetwork, TransitOptimiseNetwork
    from .population_projection import PopulationProjection
    from .sites_from_csv import SitesFromCsv
    from .staff_commute import StaffCommute
    from .transit_catchments import TransitCatchments
    from .transit_service import TransitService
    from .transit_times import TransitTravelTimes

    return [CatchmentAreas(), NearestFacility(), OdMatrix(), NetworkCheck(), ClosureImpact(),
            CompareScenarios(), TransitTravelTimes(),
            TransitClosureImpact(), TransitService(),
            TransitCatchments(), OptimiseNetwork(), TransitOptimiseNetwork(),
            AccessibilityIndex(), TransitAccessibilityIndex(), MobileUnits(), HomeCare(),
            DigitalChannel(), MultichannelCompensation(),
            PopulationProjection(), NetworkCosts(), LeastCostPlan(), StaffCommute(),
            CostReport(), SitesFromCsv()]
