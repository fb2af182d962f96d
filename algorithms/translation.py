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


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (as written when no translation is installed)."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 reads)
    """Marks ``text`` for extraction into ``context``; returns it untranslated."""
    return text


class Translatable:
    """``self.tr(text)`` looked up in the context pylupdate5 gives it: the class whose code
    holds the call, i.e. this object's class or one of its bases (first one that has it)."""

    def tr(self, text: str) -> str:
        for cls in type(self).__mro__:
            found = QCoreApplication.translate(cls.__name__, text)
            if found != text:
                return found
        return text
