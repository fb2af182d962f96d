"""The road mode registry: profiles, the README table and the dialog are made from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.roads.modes import MODES, ROAD_MODES, make_profile, modes_table, road_mode

ROOT = Path(__file__).resolve().parents[2]


def test_readme_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- road modes: scripts/mode_table.py -->\n", "\n<!-- /road modes -->"
    assert readme[readme.index(start) + len(start):readme.index(end)] == modes_table(), (
        "run scripts/mode_table.py to write the table into README.md")


@pytest.mark.parametrize("mode", ROAD_MODES, ids=lambda m: m.name)
def test_profiles_follow_the_registry(mode):
    assert MODES.index(mode.name) == ROAD_MODES.index(mode) and road_mode(mode.name) is mode
    for scheme in ("osm", "digiroad"):
        p = make_profile(mode.name, scheme)
        assert p.mode == mode.name and p.default_speed == mode.speed
        assert p.respect_oneway == mode.oneway and p.use_speed_field == mode.class_speeds
        if not mode.class_speeds:
            assert p.closed_classes == set(mode.closed[scheme])
    assert make_profile(mode.name, None).closed_classes == set()
    assert make_profile(mode.name, "osm", speed=7.5).default_speed == 7.5


def test_unknown_mode_is_named():
    with pytest.raises(ValueError, match="unknown mode 'boat'; expected one of car, walk"):
        make_profile("boat")
