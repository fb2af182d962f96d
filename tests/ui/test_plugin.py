"""The plugin loads with a mocked iface, registers its provider and unloads cleanly."""

from __future__ import annotations

from unittest import mock

import pytest
from qgis.core import QgsApplication

import palveluverkko
from palveluverkko import dependencies


@pytest.fixture(autouse=True)
def no_provider_registered():
    """Other tests register the provider themselves; start from an empty slot."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("palveluverkko") is not None:
        registry.removeProvider("palveluverkko")


def test_load_and_unload(qgis_iface):
    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("palveluverkko")
    assert provider is not None
    ids = {a.id() for a in provider.algorithms()}
    assert {"palveluverkko:catchmentareas", "palveluverkko:nearestfacility",
            "palveluverkko:odmatrix", "palveluverkko:checknetwork"} <= ids
    for alg in provider.algorithms():
        assert alg.shortHelpString().strip(), alg.id()
        if alg.id().split(":")[1].islower():  # the algorithms (models carry their own help)
            assert "Example" in alg.shortHelpString(), alg.id()
        assert not alg.icon().isNull(), alg.id()
    plugin.unload()
    assert registry.providerById("palveluverkko") is None
    assert plugin.actions == []


def test_missing_dependency_gives_one_clear_message(qgis_iface):
    real_import = dependencies.importlib.import_module

    def fake_import(name):
        if name == "scipy":
            raise ImportError("No module named 'scipy'")
        return real_import(name)

    bar = mock.MagicMock()
    iface = mock.MagicMock()
    iface.messageBar.return_value = bar
    with mock.patch.object(dependencies.importlib, "import_module", fake_import):
        plugin = palveluverkko.classFactory(iface)
    plugin.initProcessing()
    plugin.initGui()
    assert QgsApplication.processingRegistry().providerById("palveluverkko") is None
    assert bar.pushMessage.call_count == 1
    message = bar.pushMessage.call_args[0][1]
    assert "scipy" in message and "python3-scipy" in message
    plugin.unload()  # must not fail either
