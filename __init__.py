"""Palveluverkko QGIS plugin: service network planning (catchments, access, closures)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Entry point QGIS calls when it loads the plugin."""
    from .plugin import PalveluverkkoPlugin

    return PalveluverkkoPlugin(iface)
