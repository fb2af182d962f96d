"""Translations the Qt way: literal strings looked up by context in the installed .qm.

``pylupdate5`` (scripts/update_translations.sh) extracts, with their context,
``self.tr("...")`` inside a class (context: that class's name), ``translate("ctx", "...")``
(module-level code: the context is the module's name) and ``QT_TRANSLATE_NOOP("ctx", "...")``
(text kept as data and translated later with ``translate(ctx, text)``). The first argument of
``tr`` and the second of ``translate`` must be literal strings: put values in with
``.format(name=value)`` after the call, never an f-string inside it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.messages import CONTEXT, Join, Message


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (as written when no translation is installed)."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 reads)
    """Marks ``text`` for extraction into ``context``; returns it untranslated."""
    return text


def engine_text(value) -> str:
    """An engine message in the user's language: a ``core.messages.Message`` (its template
    looked up in the context ``engine``, then filled with its arguments, which are translated
    too when they are messages), a ``Join`` of them, an exception holding one, or a plain
    engine text such as a snapping reason. Text without an entry comes out as it is."""
    if isinstance(value, BaseException):
        if len(value.args) == 1 and isinstance(value.args[0], str):
            return engine_text(value.args[0])
        return str(value)
    if isinstance(value, Join):
        return value.sep.join(engine_text(item) for item in value.items)
    if isinstance(value, Message):
        args = {k: engine_text(v) if isinstance(v, (Message, Join)) else v
                for k, v in value.args.items()}
        try:
            return QCoreApplication.translate(CONTEXT, value.template).format(**args) \
                if args else QCoreApplication.translate(CONTEXT, value.template)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return str(value)
    if isinstance(value, str) and value:
        return QCoreApplication.translate(CONTEXT, value)
    return "" if value is None else str(value)


def engine_texts(values) -> list[str]:
    """``engine_text`` of each of ``values`` (e.g. a column of snapping reasons)."""
    done: dict[str, str] = {}
    out = []
    for v in values:
        key = str(v)
        if key not in done:
            done[key] = engine_text(v if isinstance(v, str) else key)
        out.append(done[key])
    return out


class Translatable:
    """``self.tr(text)`` looked up in the context pylupdate5 gives it: the class whose code
    holds the call, i.e. this object's class or one of its bases (first one that has it)."""

    def tr(self, text: str) -> str:
        for cls in type(self).__mro__:
            found = QCoreApplication.translate(cls.__name__, text)
            if found != text:
                return found
        return text
