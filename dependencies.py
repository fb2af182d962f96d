"""Check at start-up that the Python libraries the engine needs can be imported."""

from __future__ import annotations

import importlib

#: import name -> (Debian package, pip name)
REQUIRED = {
    "numpy": ("python3-numpy", "numpy"),
    "scipy": ("python3-scipy", "scipy"),
    "pandas": ("python3-pandas", "pandas"),
    "networkx": ("python3-networkx", "networkx"),
    "shapely": ("python3-shapely", "shapely"),
    "matplotlib": ("python3-matplotlib", "matplotlib"),
    "contourpy": ("python3-contourpy", "contourpy"),
}


def missing_dependencies() -> list[str]:
    """Import names of the required libraries that are not importable."""
    missing = []
    for name in REQUIRED:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def install_hint(missing: list[str]) -> str:
    """One message telling the user what to install."""
    debs = " ".join(REQUIRED[m][0] for m in missing)
    pips = " ".join(REQUIRED[m][1] for m in missing)
    return (f"Palveluverkko needs the Python libraries {', '.join(missing)}, which QGIS "
            f"cannot import. On Debian/Ubuntu run: sudo apt install {debs}. Elsewhere, "
            f"install them into QGIS's Python (OSGeo4W Shell: python -m pip install {pips}) "
            f"and restart QGIS.")
