"""QGIS plugin object: registers the Processing provider and the plugin's menu entries."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .dependencies import install_hint, missing_dependencies

PLUGIN_NAME = "Palveluverkko"


class PalveluverkkoPlugin:
    """Created by ``classFactory``; QGIS calls ``initProcessing``, ``initGui`` and ``unload``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.missing = missing_dependencies()
        self.actions = []

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Register the Processing provider (called by QGIS and qgis_process)."""
        if self.missing or self.provider is not None:
            return
        from .algorithms.provider import PalveluverkkoProvider

        self.provider = PalveluverkkoProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        if self.missing:
            message = install_hint(self.missing)
            QgsMessageLog.logMessage(message, PLUGIN_NAME, Qgis.Critical)
            if self.iface is not None:
                self.iface.messageBar().pushMessage(PLUGIN_NAME, message, Qgis.Critical, 0)
            return
        self.initProcessing()
        try:
            from .ui.menu import add_menu
        except ImportError:  # the workbench is optional
            return
        self.actions = add_menu(self.iface, self)

    def unload(self):
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(f"&{PLUGIN_NAME}", action)
                self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
