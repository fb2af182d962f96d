"""Menu and toolbar entry of the plugin: opens the scenario dialog."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..algorithms.translation import translate

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "palveluverkko.svg"


def add_menu(iface, plugin) -> list:
    """Add 'Service network scenario...' to the Plugins menu and the toolbar."""
    if iface is None:
        return []
    from .scenario_dialog import ScenarioDialog

    action = QAction(QIcon(str(ICON)), translate("menu", "Service network scenario..."),
                     iface.mainWindow())

    def show():
        plugin.dialog = ScenarioDialog(iface, iface.mainWindow())
        plugin.dialog.show()

    action.triggered.connect(show)
    iface.addPluginToMenu("&Palveluverkko", action)
    iface.addToolBarIcon(action)
    return [action]
