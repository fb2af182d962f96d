"""QGIS plugin object: registers the Processing provider and the plugin's menu entries."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .dependencies import install_hint, missing_dependencies

PLUGIN_NAME = "Palveluverkko"
I18N = Path(__file__).resolve().parent / "i18n"


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load the Finnish or Swedish translation matching QGIS's user locale, if any."""
    locale = (locale or str(QgsSettings().value("locale/userLocale", "en") or "en"))[:2]
    qm = I18N / f"palveluverkko_{locale}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class PalveluverkkoPlugin:
    """Created by ``classFactory``; QGIS calls ``initProcessing``, ``initGui`` and ``unload``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.missing = missing_dependencies()
        self.actions = []
        self.translator = install_translator()  # before any tr() of the algorithms

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
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
