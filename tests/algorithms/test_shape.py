"""The shape of the algorithms layer: travel modes are composed, never inherited."""

from __future__ import annotations

from pathlib import Path

import pytest

from palveluverkko.algorithms.provider import all_algorithms

ALGORITHMS = Path(__file__).resolve().parents[2] / "algorithms"


def test_no_algorithm_inherits_another():
    classes = {type(a) for a in all_algorithms()}
    for cls in classes:
        parents = [c for c in cls.__mro__[1:] if c in classes]
        assert not parents, f"{cls.__name__} inherits the algorithm {parents[0].__name__}"


def test_scenario_algorithms_hold_their_travel_mode():
    from palveluverkko.algorithms.travel_times import RoadTimes, TransitTimes

    held = {a.name(): getattr(type(a), "TIMES", None) for a in all_algorithms()}
    assert held["closureimpact"] is held["optimisenetwork"] is RoadTimes
    assert held["transitclosureimpact"] is held["transitoptimisenetwork"] is TransitTimes


@pytest.mark.parametrize("path", sorted(ALGORITHMS.glob("*.py")), ids=lambda p: p.name)
def test_no_help_string_surgery_or_private_cache_probing(path):
    text = path.read_text(encoding="utf-8")
    assert "HELP.split" not in text and "._items" not in text
