"""Finnish and Swedish translations load and cover every algorithm's name and group."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from palveluverkko.algorithms.provider import all_algorithms
from palveluverkko.plugin import install_translator

pytestmark = pytest.mark.usefixtures("qgis_app")


@pytest.mark.parametrize("locale", ["fi", "sv"])
def test_translation_covers_every_algorithm(locale):
    english = {a.name(): (a.displayName(), a.group()) for a in all_algorithms()}
    translator = install_translator(locale)
    assert translator is not None
    try:
        for alg in all_algorithms():
            name, group = english[alg.name()]
            assert alg.displayName() != name, (locale, name)
            assert alg.group() != group, (locale, group)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_finnish_names():
    translator = install_translator("fi")
    try:
        names = {a.name(): a.displayName() for a in all_algorithms()}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert names["catchmentareas"] == "Vaikutusalueet"
    assert names["closureimpact"] == "Palvelupisteen sulkemisen vaikutukset"
    assert install_translator("de") is None  # no German: English stays
