"""Palveluverkko engine: road networks, searches, catchments, impacts.

Pure Python on numpy/scipy/pandas/networkx/shapely; never imports qgis, so it
can be tested and scripted without QGIS.
"""
