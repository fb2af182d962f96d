"""Write the road travel modes table (from core/roads/modes.py) into README.md.

    python3 scripts/mode_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.roads.modes import modes_table  # noqa: E402

START, END = "<!-- road modes: scripts/mode_table.py -->\n", "\n<!-- /road modes -->"


def main() -> None:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END.lstrip("\n"), 1)[1]
    path.write_text(head + START + modes_table() + END + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
