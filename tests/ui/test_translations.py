"""Translations the Qt way: literal strings only, .ts files current with the code and complete,
and the runtime lookup uses the contexts pylupdate5 writes."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from palveluverkko.algorithms.common import GROUPS, parse_class_speeds
from palveluverkko.algorithms.provider import all_algorithms
from palveluverkko.plugin import install_translator
from scripts.ts_todo import messages, placeholders, problems, ts_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("algorithms/*.py"), *ROOT.glob("ui/*.py"), ROOT / "plugin.py"])
# lookups of text marked elsewhere (QT_TRANSLATE_NOOP, the road mode stub): file, expression
DATA_LOOKUPS = {
    ("algorithms/common.py", "self.DISPLAY"), ("algorithms/common.py", "self.GROUP"),
    ("algorithms/parameters.py", "m.label"), ("algorithms/parameters.py", "m.speed_label"),
    ("ui/scenario_inputs.py", "m.label"), ("algorithms/help.py", "text"),
    ("algorithms/field_aliases.py", "text"), ("algorithms/field_aliases.py", "cat.label()"),
    ("algorithms/field_aliases.py", "rng.label()"),
    ("algorithms/field_aliases.py", "rule.label()"),
    ("algorithms/provider.py", "super().displayName()"),
    ("algorithms/provider.py", "super().group()"),
    ("algorithms/provider.py", "param.description()"),
}


def _is_literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_tr_and_translate_take_literal_strings_only():
    bad = []
    for path in SOURCES:
        rel = path.relative_to(ROOT).as_posix()
        if rel == "algorithms/translation.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == "tr":
                args = node.args[:1]
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                if isinstance(func, ast.Attribute) and not (
                        isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"):
                    continue  # e.g. QPainter.translate(dx, dy), not a message
                args = node.args[:2]
            else:
                continue
            for arg in args:
                if not _is_literal(arg) and (rel, ast.unparse(arg)) not in DATA_LOOKUPS:
                    bad.append(f"{rel}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert not bad, "tr()/translate() need literal strings (use .format after):\n" + \
        "\n".join(bad)


def test_class_contexts_are_unique():
    """self.tr() is looked up by class name: two classes of one name would share entries."""
    names = [n.name for path in SOURCES for n in ast.walk(ast.parse(path.read_text()))
             if isinstance(n, ast.ClassDef)]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_algorithm_names_and_groups_are_marked():
    """DISPLAY is QT_TRANSLATE_NOOP'd in its own class's context; GROUP is one of GROUPS."""
    for alg in all_algorithms():
        assert alg.GROUP in GROUPS, alg.name()
        context = next(c.__name__ for c in type(alg).__mro__ if "DISPLAY" in vars(c))
        fi = {(ctx, src) for ctx, src, _ in messages(ts_path("fi"))}
        assert (context, alg.DISPLAY) in fi, (context, alg.DISPLAY)


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pyqt5-dev-tools not installed")
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_ts_files_are_current_with_the_code(tmp_path, lang):
    subprocess.run([str(ROOT / "scripts" / "update_translations.sh"), str(tmp_path)],
                   check=True, capture_output=True)
    fresh = {(c, s) for c, s, _ in messages(ts_path(lang, tmp_path))}
    committed = {(c, s) for c, s, _ in messages(ts_path(lang))}
    assert fresh - committed == set(), "run scripts/update_translations.sh (strings not in .ts)"
    assert committed - fresh == set(), "run scripts/update_translations.sh (stale strings)"
    # the compiled .qm is as new as the .ts (lrelease was run)
    qm = ts_path(lang).with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000


def test_translations_keep_the_placeholders():
    for lang in ("fi", "sv"):
        for ctx, source, tr in messages(ts_path(lang)):
            if tr is not None and tr.get("type") is None and tr.text:
                assert placeholders(tr.text) == placeholders(source), (lang, ctx, source)


def test_translations_keep_leading_and_trailing_spaces():
    """A prefix such as "Warning: " is joined to the message: its space must stay."""
    for lang in ("fi", "sv"):
        for ctx, source, tr in messages(ts_path(lang)):
            if tr is not None and tr.get("type") is None and tr.text:
                assert (tr.text[:1].isspace(), tr.text[-1:].isspace()) == (
                    source[:1].isspace(), source[-1:].isspace()), (lang, ctx, source)


def test_every_algorithm_name_comes_out_in_finnish():
    """The toolbox shows no English name: each DISPLAY is marked and translated."""
    algs = [a.createInstance() for a in all_algorithms()]
    translator = install_translator("fi")
    try:
        english = [a.DISPLAY for a in algs if a.displayName() == a.DISPLAY]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert not english, english


def test_runtime_lookup_uses_the_extracted_contexts():
    """With the Finnish .qm installed, an algorithm's name, a parameter declared by a base
    class, a message of a module-level helper and the dialog come out in Finnish."""
    algs = {a.name(): a for a in all_algorithms()}
    translator = install_translator("fi")
    assert translator is not None
    try:
        alg = algs["closureimpact"].createInstance()
        assert alg.displayName() == "Palvelupisteen sulkemisen vaikutukset"
        alg.initAlgorithm()
        assert alg.parameterDefinition("FACILITIES").description() == "Palvelupisteet"
        assert alg.group() == "Palveluverkon skenaariot"
        with pytest.raises(QgsProcessingException) as err:
            parse_class_speeds("residential")
        assert "residential" in str(err.value)
        assert str(err.value).startswith("Tieluokkien nopeudet")
        from palveluverkko.ui.scenario_dialog import ScenarioDialog

        dialog = ScenarioDialog()  # QObject.tr: the context is the dialog's class
        assert dialog.windowTitle() == "Palveluverkon skenaario"
        assert dialog.run_button.text() == "Suorita"
        dialog.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert algs["closureimpact"].displayName() == "Facility closure impact"


def test_every_entry_is_translated():
    """No unfinished, empty or placeholder-breaking entry in either language."""
    for lang in ("fi", "sv"):
        left = problems(ts_path(lang))
        assert not left, f"{lang}: {len(left)} entries left (scripts/ts_todo.py): {left[:5]}"
        assert messages(ts_path(lang))
        root = ET.parse(ts_path(lang)).getroot()
        assert root.get("language") == lang


def test_help_texts_are_entries_and_come_out_translated():
    """Every help text of algorithms/help.py is an entry (context "help", extracted through
    the stub exactly as looked up) and the help panel and parameter help read Finnish."""
    from palveluverkko.algorithms import help as texts

    help_sources = {s for c, s, _ in messages(ts_path("fi")) if c == "help"}
    assert set(texts.texts()) <= help_sources
    algs = {a.name(): a for a in all_algorithms()}
    english = {name: a.shortHelpString() for name, a in algs.items()}
    translator = install_translator("fi")
    try:
        for name, alg in algs.items():
            page = alg.shortHelpString()
            assert page != english[name], name
        page = algs["closureimpact"].shortHelpString()
        assert "<h3>Tieverkon parametrit</h3>" in page and "Esimerkki" in page
        alg = algs["closureimpact"].createInstance()
        alg.initAlgorithm()
        assert alg.parameterDefinition("CLOSE_IDS").help() == \
            "Skenaariossa suljettavien palvelupisteiden tunnukset (pilkuin eroteltuina)."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert algs["closureimpact"].shortHelpString() == english["closureimpact"]


# ------------------------------------------------------------------ the engine's messages
#: core exceptions that never reach a user (programming errors), kept as plain English
INTERNAL = {"a node to search from was contracted away", "not a plain array",
            "connection times must be whole seconds", "connect must be 'vertices' or 'endpoints'",
            "attributes do not fit", "arrays do not fit together", "features do not fit"}


def _core_calls():
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            yield path.relative_to(ROOT).as_posix(), node


def test_every_engine_message_template_is_extracted():
    """Each msg("...") template of core/ is an entry of context "engine" in both .ts files
    (so none reaches a Finnish or Swedish user in English), and so is each .qml legend
    label (context "styles")."""
    from scripts.ts_todo import engine_templates, style_labels

    templates = engine_templates()
    assert len(templates) > 150 and "too far from a road" in templates
    labels = style_labels()
    assert "fixed site" in labels and "remote (digital) only" in labels
    for lang in ("fi", "sv"):
        entries = {(c, s) for c, s, _ in messages(ts_path(lang))}
        missing = [t for t in templates if ("engine", t) not in entries]
        assert not missing, f"{lang}: run scripts/update_translations.sh: {missing[:5]}"
        missing = [t for t in labels if ("styles", t) not in entries]
        assert not missing, f"{lang}: legend labels not extracted: {missing[:5]}"


def test_msg_arguments_match_the_template():
    """msg("...{x}...", x=...) names exactly the template's placeholders (a translation
    keeps them; a missing one would break the English text too)."""
    bad = []
    for rel, node in _core_calls():
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "msg":
            if any(k.arg is None for k in node.keywords):  # **args: checked at run time
                continue
            names = {k.arg for k in node.keywords}
            if names != placeholders(node.args[0].value):
                bad.append(f"{rel}:{node.lineno}: {sorted(names)} vs {node.args[0].value!r}")
    assert not bad, "\n".join(bad)


def test_user_visible_core_errors_and_warnings_are_messages():
    """A core exception or warning built from a plain or f-string cannot be translated: it
    must be msg(...) (or a name holding one), except the internal errors above."""
    bad = []
    for rel, node in _core_calls():
        arg = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            arg = node.exc.args[0]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "append" and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in ("warnings", "notes", "unread"):
            arg = node.args[0] if node.args else None
        if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                and arg.value not in INTERNAL) or isinstance(arg, ast.BinOp):
            bad.append(f"{rel}:{node.lineno}: {ast.unparse(arg)[:80]}")
    assert not bad, "use msg(template, **args) (core/messages.py):\n" + "\n".join(bad)
