"""Parameter keys, blocks and help texts (issue 16 item 3)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from palveluverkko.algorithms import help as texts
from palveluverkko.algorithms.provider import all_algorithms

pytestmark = pytest.mark.usefixtures("qgis_app")
ROOT = Path(__file__).resolve().parents[2]


def _initialised():
    algs = all_algorithms()
    for a in algs:
        a.initAlgorithm()
    return algs


def test_every_parameter_has_help():
    missing = [(a.name(), d.name()) for a in _initialised() for d in a.parameterDefinitions()
               if not d.help().strip()]
    assert not missing


def test_every_algorithm_has_help_and_no_help_is_cut_from_another():
    for a in all_algorithms():
        assert texts.ALGORITHMS[a.name()] and a.shortHelpString().startswith(
            texts.ALGORITHMS[a.name()])
    for path in (ROOT / "algorithms").glob("*.py"):
        assert not re.search(r"HELP\s*\.\s*split|\.split\(\"<h3>\"", path.read_text()), path


def test_transit_optimisation_help_documents_its_own_parameters_only():
    algs = {a.name(): a for a in _initialised()}
    alg = algs["transitoptimisenetwork"]
    keys = {d.name() for d in alg.parameterDefinitions()}
    page = alg.shortHelpString()
    assert "CLOSE_IDS" not in keys and "Facilities to close" not in page
    assert "Public transport parameters" in page and "Road network parameters" not in page
    assert "<b>percentile</b>" in page and "PERCENTILE" in keys
    road = algs["optimisenetwork"].shortHelpString()
    assert "Road network parameters" in road and "Public transport" not in road


def test_parameter_help_is_keyed_by_algorithm():
    algs = {a.name(): a for a in _initialised()}
    transit_roads = algs["transitclosureimpact"].parameterDefinition("ROADS").help()
    roads = algs["closureimpact"].parameterDefinition("ROADS").help()
    assert "walks" in transit_roads and transit_roads != roads
    assert texts.parameter_help("odmatrix", "K") == texts.PARAMETERS["K"]


def test_keys_are_named_constants_in_the_algorithms():
    """No parameter is read by a bare string key (they live in algorithms/parameters.py)."""
    pattern = re.compile(r"parameterAs\w+\(parameters, \"")
    for path in list((ROOT / "algorithms").glob("*.py")) + list((ROOT / "ui").glob("*.py")):
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_network_parameters_come_from_the_mode_registry():
    from core.roads.modes import ROAD_MODES
    from palveluverkko.algorithms.parameters import NetworkSettings

    algs = {a.name(): a for a in _initialised()}
    alg = algs["nearestfacility"]
    assert alg.parameterDefinition("MODE").options() == [m.label for m in ROAD_MODES]
    s = NetworkSettings(mode="walk", scheme="", class_field="", speed_field="",
                        oneway_field="")
    assert s.speed == 5.0 and s.speeds["car"] == 40.0
    for m in ROAD_MODES:
        p = alg.parameterDefinition(m.speed_key)
        assert p.defaultValue() == m.speed == s.speeds[m.name], m.name
        assert p.description() == m.speed_label and m.label.lower() in p.help()
    for key, value in (("ACCESS_SPEED", s.access_speed), ("MAX_SNAP", s.max_snap),
                       ("TOLERANCE", s.tolerance)):
        assert alg.parameterDefinition(key).defaultValue() == value, key
