"""The bundled HTML help page of an algorithm (``resources/help/<id>.html``, opened by the
dialog's Help button): its help text from ``help.py`` and every parameter and output with
its own help. ``scripts/make_help_pages.py`` writes the pages; a test checks they are current.
"""

from __future__ import annotations

from html import escape

from qgis.core import QgsProcessingParameterDefinition

from .translation import translate

STYLE = ("body{font-family:sans-serif;max-width:50em;margin:1em auto;padding:0 1em;"
         "line-height:1.4}dt{font-weight:bold;margin-top:.6em}dd{margin-left:1.5em}"
         "code{background:#f2f2f2}")


def _entry(d) -> str:
    flags = d.flags()
    notes = []
    if flags & QgsProcessingParameterDefinition.FlagOptional:
        notes.append(translate("help_pages", "optional"))
    if flags & QgsProcessingParameterDefinition.FlagAdvanced:
        notes.append(translate("help_pages", "advanced"))
    note = f" <small>({', '.join(notes)}; <code>{d.name()}</code>)</small>" if notes \
        else f" <small>(<code>{d.name()}</code>)</small>"
    return f"<dt>{escape(d.description())}{note}</dt><dd>{d.help() or ''}</dd>"


def help_page(alg, lang: str = "en") -> str:
    """The page of an initialised algorithm (help texts are HTML already), in the language
    of the installed translation (``lang`` names it in the page)."""
    inputs = [d for d in alg.parameterDefinitions() if not d.isDestination()]
    outputs = [d for d in alg.parameterDefinitions() if d.isDestination()]
    title = escape(f"{alg.displayName()} — Palveluverkko")
    heads = (translate("help_pages", "Parameters"), translate("help_pages", "Outputs"))
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(alg.displayName())}</h1>",
        f"<p><small>Palveluverkko · {escape(alg.group())} · "
        f"<code>palveluverkko:{alg.name()}</code></small></p>",
        alg.shortHelpString(),
        f"<h2>{heads[0]}</h2><dl>", *(_entry(d) for d in inputs), "</dl>",
        f"<h2>{heads[1]}</h2><dl>", *(_entry(d) for d in outputs), "</dl>",
        "</body></html>", "",
    ]
    return "\n".join(parts)
