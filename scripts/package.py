"""Build the installable plugin zip: dist/palveluverkko-<version>.zip (runtime files only)."""

from __future__ import annotations

import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ["metadata.txt", "__init__.py", "plugin.py", "dependencies.py", "README.md",
           "LICENSE", "algorithms", "core", "ui", "resources", "i18n"]
SKIP_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache", "screenshots"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro"}
SKIP_NAMES = {"make_translations.py"}


def version() -> str:
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt")
    return meta["general"]["version"]


def runtime_files() -> list[Path]:
    files = []
    for name in RUNTIME:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*")) if path.exists() else []
        for f in candidates:
            rel = f.relative_to(ROOT)
            if (f.is_file() and not SKIP_PARTS & set(rel.parts)
                    and f.suffix not in SKIP_SUFFIXES and f.name not in SKIP_NAMES):
                files.append(rel)
    return files


def build(out_dir: Path = ROOT / "dist") -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"palveluverkko-{version()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for rel in runtime_files():
            z.write(ROOT / rel, f"palveluverkko/{rel.as_posix()}")
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
