"""Engine messages (core/messages.py): English text as before, template and arguments kept
for the QGIS layer to translate, through pickling and the network cache's JSON."""

from __future__ import annotations

import copy
import json
import pickle

import numpy as np

from palveluverkko.core.messages import Join, Message, from_data, msg, to_data
from palveluverkko.core.roads.network import _join_note
from palveluverkko.core.roads.snapping import TOO_FAR
from palveluverkko.core.scenario.impact import ScenarioError


def test_a_message_is_its_english_text_and_keeps_template_and_arguments():
    m = msg("{cells} cells (population {population:.0f}) reach no facility after the change",
            cells=60, population=1234.4)
    assert m == "60 cells (population 1234) reach no facility after the change"
    assert isinstance(m, str) and isinstance(m, Message)
    assert m.template.startswith("{cells} cells (population {population:.0f})")
    assert m.args == {"cells": 60, "population": 1234.4}
    assert str(ScenarioError(m)) == m
    assert TOO_FAR == "too far from a road" and TOO_FAR.args == {}
    assert np.array([TOO_FAR], dtype=object)[0] == "too far from a road"


def test_messages_survive_pickling_copying_and_json():
    m = msg("{table}: column '{col}' is missing.", table=msg("Mobile units"), col="shift_min")
    j = Join("; ", [msg("no geometry"), m])
    for back in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert back == m and back.template == m.template and back.args["table"].template == \
            "Mobile units"
    back = pickle.loads(pickle.dumps(j))
    assert back == j == "no geometry; Mobile units: column 'shift_min' is missing."
    assert back.items[1].template == m.template
    data = json.loads(json.dumps(to_data(m)))
    assert from_data(data) == m and from_data(data).args["table"].template == "Mobile units"
    assert from_data("plain") == "plain" and to_data(np.int64(3)) == 3


def test_the_topology_note_is_a_message_with_figures():
    (note,) = _join_note(1000, 900, 0.5)
    assert note.startswith("WARNING: the topology tolerance 0.5 joined 100 of 1000 distinct")
    assert "(10.00%)" in note and note.args["joined"] == 100
    (note,) = _join_note(1000, 990, 0.5)
    assert note == ("the topology tolerance 0.5 joined 10 of 1000 distinct vertex positions "
                    "(1.00%) to a neighbour within that distance")
    assert json.loads(json.dumps(to_data(note)))["args"]["distinct"] == 1000
