"""The Finnish and Swedish .ts files: what is left to translate, and filling it in.

    python3 scripts/ts_todo.py                  # unfinished/missing entries per language
    python3 scripts/ts_todo.py --csv todo.csv   # the same as a CSV to fill (context,source,fi,sv)
    python3 scripts/ts_todo.py --apply done.csv # write the fi/sv columns into the .ts files
    python3 scripts/ts_todo.py --stub           # markers for the strings kept as data
                                                # (help texts, road modes, core's msg(...))

``--apply`` reads CSV (header context,source,fi,sv) or JSON (a list of such objects); the
context ``*`` fills the source in every context that has it; an empty cell leaves the entry as
it is. A translation must keep the source's ``{placeholders}``. Then run
scripts/update_translations.sh to compile the .qm files. Exit status 1 while anything is left
(or a row cannot be applied).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGUAGES = ("fi", "sv")
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"palveluverkko_{lang}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) of every message of a .ts file."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source", ""), msg.find("translation")))
    return out


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, what is wrong) for every entry not ready to ship."""
    out = []
    for ctx, source, tr in messages(path):
        text = "" if tr is None else (tr.text or "")
        if tr is None or not text.strip():
            out.append((ctx, source, "missing"))
        elif tr.get("type") in ("unfinished", "obsolete", "vanished"):
            out.append((ctx, source, tr.get("type")))
        elif placeholders(text) != placeholders(source):
            out.append((ctx, source, "placeholders differ: " + text))
    return out


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def read_rows(path: Path) -> list[dict]:
    if path.suffix.lower() == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def apply(rows: list[dict], folder: Path = I18N) -> list[str]:
    """Fill the .ts files from rows {context, source, fi, sv}; returns what could not be."""
    errors = []
    for lang in LANGUAGES:
        path = ts_path(lang, folder)
        tree = ET.parse(path)
        index: dict[tuple[str, str], list[ET.Element]] = {}
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                source = msg.findtext("source", "")
                index.setdefault((name, source), []).append(msg)
                index.setdefault(("*", source), []).append(msg)
        for row in rows:
            text = (row.get(lang) or "").strip()
            if not text:
                continue
            key = (row.get("context") or "*", row["source"])
            if key not in index:
                errors.append(f"{lang}: no entry {key}")
                continue
            if placeholders(text) != placeholders(row["source"]):
                errors.append(f"{lang}: placeholders differ in {key}: {text}")
                continue
            source = row["source"]  # a prefix such as "Warning: " keeps its space
            text = source[:len(source) - len(source.lstrip())] + text + \
                source[len(source.rstrip()):]
            for msg in index[key]:
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.text = text
                tr.attrib.pop("type", None)
        write_ts(tree, path)
    return errors


def engine_templates(root: Path = ROOT) -> list[str]:
    """The templates of every ``msg("literal", ...)`` call of core/ (core/messages.py), in
    file order; raises ValueError on a call whose template is not a literal string."""
    out: list[str] = []
    for path in sorted((root / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id == "msg":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise ValueError(f"{path}:{node.lineno}: msg() needs a literal template")
                if first.value not in out:
                    out.append(first.value)
    return out


def style_labels(root: Path = ROOT) -> list[str]:
    """The legend labels of the .qml styles of resources/styles (categories, ranges, rules)."""
    out: list[str] = []
    for path in sorted((root / "resources" / "styles").glob("*.qml")):
        for el in ET.parse(path).getroot().iter():
            if el.tag in ("category", "range", "rule") and el.get("label") and \
                    el.get("label") not in out:
                out.append(el.get("label"))
    return out


def model_texts(root: Path = ROOT) -> list[str]:
    """The example models' names, group and parameter/output descriptions
    (resources/models/*.model3), which the toolbox and the model's dialog show."""
    out: list[str] = []
    for path in sorted((root / "resources" / "models").glob("*.model3")):
        for el in ET.parse(path).getroot().iter("Option"):
            if el.get("name") in ("model_name", "model_group", "description") and \
                    el.get("value") and el.get("value") not in out:
                out.append(el.get("value"))
    return out


def stub() -> str:
    """Python text marking for pylupdate5 the strings kept as data: the road modes' labels
    (core/ has no Qt; context "RoadMode"), the help texts of algorithms/help.py ("help") and
    the engine's messages (``msg(...)`` in core/, context "engine") and the legend labels of
    the .qml styles ("styles") and the example models' texts ("models")."""
    sys.path.insert(0, str(ROOT))
    from tests.package_link import make_importable

    make_importable()
    from palveluverkko.algorithms.help import texts
    from palveluverkko.core.roads.modes import ROAD_MODES

    marked = [("RoadMode", text) for m in ROAD_MODES for text in (m.label, m.speed_label)]
    marked += [("help", text) for text in texts()]
    marked += [("engine", text) for text in engine_templates()]
    marked += [("styles", text) for text in style_labels()]
    marked += [("models", text) for text in model_texts()]
    lines = ["# generated by scripts/ts_todo.py --stub (road modes and messages of core/, "
             "algorithms/help.py)"]
    for context, text in marked:
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, "
                     f"{json.dumps(text, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, help="write what is left as CSV to fill")
    parser.add_argument("--apply", type=Path, help="CSV or JSON of translations to write")
    parser.add_argument("--stub", action="store_true", help="print the data markers")
    parser.add_argument("--folder", type=Path, default=I18N, help="folder of the .ts files")
    args = parser.parse_args(argv)
    if args.stub:
        sys.stdout.write(stub())
        return 0
    if args.apply:
        errors = apply(read_rows(args.apply), args.folder)
        for e in errors:
            print(e, file=sys.stderr)
        if errors:
            return 1
    left: dict[tuple[str, str], dict[str, str]] = {}
    for lang in LANGUAGES:
        found = problems(ts_path(lang, args.folder))
        total = len(messages(ts_path(lang, args.folder)))
        print(f"{lang}: {total - len(found)} of {total} entries done, {len(found)} left")
        for ctx, source, what in found:
            print(f"  [{ctx}] {source!r}: {what}")
            left.setdefault((ctx, source), {})
        for ctx, source, tr in messages(ts_path(lang, args.folder)):
            if (ctx, source) in left and tr is not None and tr.get("type") is None:
                left[(ctx, source)][lang] = tr.text or ""
    if args.csv:
        with args.csv.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["context", "source", *LANGUAGES])
            for (ctx, source), done in sorted(left.items()):
                w.writerow([ctx, source, *(done.get(lang, "") for lang in LANGUAGES)])
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
