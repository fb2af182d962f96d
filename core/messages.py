"""Engine messages that the QGIS layer can show in the user's language.

core/ has no Qt, so it cannot translate. A user-visible text (an exception, a warning, a value
written to an output row) is made with :func:`msg`: a ``str`` holding the English text, as
before, that also keeps its ``template`` and keyword ``args``. The algorithms translate it with
``translate("engine", template).format(**args)`` (``algorithms/translation.py``,
``engine_text``); ``scripts/ts_todo.py --stub`` finds every ``msg("literal", ...)`` call of
core/ and marks the template for pylupdate5 in the context ``engine``. Hence the template must
be a literal string, and values go in as keyword arguments named in it::

    raise GtfsError(msg("{feed}: required file {name} is missing", feed=feed, name=name))

An argument may itself be a :class:`Message` (such as a table's name): it is translated too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: the translation context of the engine's messages
CONTEXT = "engine"


class Message(str):
    """English text of an engine message, with the template and arguments it was made of."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        self = super().__new__(cls, template.format(**args) if args else template)
        self.template = template
        self.args = args
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:  # pickling, copying
        return (self.template,), self.args


def msg(template: str, /, **args: Any) -> Message:
    """The message ``template.format(**args)`` (English), translatable by the QGIS layer."""
    return Message(template, **args)


class Join(str):
    """Messages joined by ``sep`` (English); the QGIS layer translates each item."""

    sep: str
    items: list[str]

    def __new__(cls, sep: str, items: Sequence[str]) -> Join:
        self = super().__new__(cls, sep.join(items))
        self.sep = sep
        self.items = list(items)
        return self

    def __reduce__(self) -> tuple[type[Join], tuple[str, list[str]]]:  # pickling, copying
        return Join, (self.sep, self.items)


def to_data(value: Any) -> Any:
    """A message as JSON-able data (template and arguments), for a file cache; other values
    as they are (numpy scalars as Python ones)."""
    if isinstance(value, Message):
        return {"template": value.template, "args": {k: to_data(v) for k, v in
                                                     value.args.items()}}
    if hasattr(value, "item") and not isinstance(value, (str, dict)):
        return value.item()
    if isinstance(value, (str, int, float, bool, dict, list)) or value is None:
        return value
    return str(value)


def from_data(value: Any) -> Any:
    """The inverse of :func:`to_data`."""
    if isinstance(value, dict) and set(value) == {"template", "args"}:
        return Message(value["template"], **{k: from_data(v) for k, v in
                                             value["args"].items()})
    return value
