"""Rewrite old-style ``tr(...)`` calls (the module-level helper once imported from
``algorithms.common``) into extractable ones, e.g. in code merged from an older branch:

    python3 scripts/tr_codemod.py algorithms/new_algorithm.py ui/new_dialog.py

``tr("text")`` becomes ``self.tr("text")`` inside a method (context: the class) or
``translate("<module>", "text")`` elsewhere; ``tr(f"... {x:.0f} ...")`` becomes
``...tr("... {x:.0f} ...").format(x=x)``; the ``tr`` import goes and ``translate`` is
imported where used. Any other ``tr(expression)`` is listed to be done by hand, as are lines
over 100 characters. Then: ruff check --fix, scripts/update_translations.sh, and fill the new
entries (scripts/ts_todo.py).
"""

from __future__ import annotations

import ast
import keyword
import re
import sys
from pathlib import Path

WIDTH = 100


def _name(expr: ast.expr) -> str:
    """A placeholder name for a formatted value: its last identifier, n_<x> for len(x)."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Call):
        func, args = expr.func, expr.args
        if isinstance(func, ast.Name) and func.id == "len" and args:
            return "n_" + _name(args[0])
        if isinstance(func, ast.Name) and func.id in ("int", "float", "str", "abs") and args:
            return _name(args[0])
        if isinstance(func, ast.Attribute) and func.attr == "join" and args:
            return _name(args[0])
        if isinstance(func, ast.Attribute) and func.attr in ("sum", "max", "min", "mean"):
            return _name(func.value)
        return _name(func)
    if isinstance(expr, ast.Subscript):
        key = expr.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return key.value
        return _name(expr.value)
    if isinstance(expr, (ast.GeneratorExp, ast.ListComp)):
        return _name(expr.elt)
    if isinstance(expr, ast.BinOp):
        return _name(expr.right if isinstance(expr.left, ast.Constant) else expr.left)
    if isinstance(expr, ast.IfExp):
        return _name(expr.body)
    if isinstance(expr, ast.UnaryOp):
        return _name(expr.operand)
    return "value"


def _snake(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    name = re.sub(r"[^a-z0-9_]", "_", name).strip("_") or "value"
    return "v_" + name if name[0].isdigit() or keyword.iskeyword(name) else name


def template(fstring: ast.JoinedStr) -> tuple[str, list[tuple[str, str]]]:
    """The f-string as a str.format template and its (name, expression) arguments."""
    parts, args, seen = [], [], {}
    for value in fstring.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        code = ast.unparse(value.value)
        if code not in seen:
            base = name = _snake(_name(value.value))
            i = 2
            while name in {n for n, _ in args}:
                name, i = f"{base}{i}", i + 1
            seen[code] = name
            args.append((name, code))
        conversion = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[value.conversion]
        spec = ""
        if value.format_spec is not None:
            spec = ":" + "".join(str(getattr(v, "value", "")) for v in value.format_spec.values)
        parts.append("{" + seen[code] + conversion + spec + "}")
    return "".join(parts), args


def _quoted(text: str, room: int) -> list[str]:
    """``text`` as string literals of at most ``room`` characters, split after spaces."""
    def quote(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    chunks, current = [], ""
    for word in re.split(r"(?<= )", text):
        if current and len(quote(current + word)) > room:
            chunks.append(current)
            current = word
        else:
            current += word
    return [quote(c) for c in [*chunks, current]]


def starts_of(src: str) -> list[int]:
    """Character offset of the start of each line (index 0: line 1), and the end."""
    starts = [0]
    for line in src.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def rewrite(path: Path) -> list[str]:
    """Rewrite the file; returns what is left to do by hand."""
    src = path.read_text(encoding="utf-8")
    lines = src.splitlines(keepends=True)
    starts = starts_of(src)

    def offset(row: int, col: int) -> int:  # ast columns are UTF-8 byte offsets
        return starts[row - 1] + len(lines[row - 1].encode()[:col].decode())

    edits, todo = [], []

    def visit(node: ast.AST, in_method: bool) -> None:
        for child in ast.iter_child_nodes(node):
            method = in_method
            if isinstance(child, ast.ClassDef):
                method = False
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = child.args.args[0].arg if child.args.args else ""
                method = first == "self" or (in_method and not isinstance(node, ast.ClassDef))
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) \
                    and child.func.id == "tr":
                edit(child, method)
            visit(child, method)

    def edit(call: ast.Call, method: bool) -> None:
        head = "self.tr(" if method else f'translate("{path.stem}", '
        arg = call.args[0] if call.args else None
        start = offset(call.lineno, call.col_offset)
        end = offset(call.end_lineno or call.lineno, call.end_col_offset or 0)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            edits.append((start, start + 3, head))
        elif isinstance(arg, ast.JoinedStr):
            text, args = template(arg)
            line = lines[call.lineno - 1]
            indent = " " * (len(line) - len(line.lstrip()) + 4)
            pieces = _quoted(text, WIDTH - len(indent) - 6)
            new = head.rstrip() + "\n" + indent + ("\n" + indent).join(pieces) + ")"
            if args:
                values = ", ".join(f"{n}={e}" for n, e in args)
                fits = len(indent) + len(pieces[-1]) + len(values) + 12 <= WIDTH
                new += ".format(" + ("" if fits else "\n" + indent) + values + ")"
            edits.append((start, end, new))
        else:
            todo.append(f"{path}:{call.lineno}: by hand: {ast.unparse(call)[:80]}")

    visit(ast.parse(src), False)
    for start, end, new in sorted(edits, reverse=True):
        src = src[:start] + new + src[end:]
    # the old helper's import goes; translate is imported where used
    src = re.sub(r"(from \.(?:common|scenario_dialog) import [^\n(]*?), tr\b", r"\1", src)
    src = re.sub(r"(from \.(?:common|scenario_dialog) import )tr, ", r"\1", src)
    src = re.sub(r"(from \.(?:common|scenario_dialog) import \([^)]*?)\n\s*tr,", r"\1", src)
    if "translate(" in src and "import translate" not in src \
            and not re.search(r"import \([^)]*\btranslate\b", src):
        package = "." if path.parent.name == "algorithms" else "..algorithms."
        imports = [n for n in ast.parse(src).body if isinstance(n, (ast.Import, ast.ImportFrom))]
        at = starts_of(src)[imports[-1].end_lineno or 0] if imports else 0
        src = src[:at] + f"from {package}translation import translate\n" + src[at:]
    if re.search(r"^def tr\(", src, re.M):
        todo.append(f"{path}: remove its own module-level def tr (not extractable)")
    path.write_text(src, encoding="utf-8")
    for i, line in enumerate(src.splitlines(), 1):
        if len(line) > WIDTH:
            todo.append(f"{path}:{i}: longer than {WIDTH} characters")
    return todo


def main(paths: list[str]) -> int:
    todo = [item for p in paths for item in rewrite(Path(p))]
    print("\n".join(todo))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
