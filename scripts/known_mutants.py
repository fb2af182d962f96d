#!/usr/bin/env python3
"""The single-line bugs of issue 16 that the suite once missed, applied one at a time.

Each mutant is put into a scratch copy of core/ and tests/, and the tests meant to catch it
are run there (in .venv-core, without QGIS); every mutant must make them fail. Run by hand:
``.venv-core/bin/python scripts/known_mutants.py`` (about a minute). Exit code 1 when a
mutant survives. The broad search for new weak spots is scripts/mutation.sh.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (file, code as it is, the bug, tests that must fail)
MUTANTS = [
    ("core/transit/gtfs.py",
     'services |= set(d.loc[d["exception_type"] == 1, "service_id"])', "pass",
     "tests/core/test_exact_limits.py"),
    ("core/transit/gtfs.py",
     'services -= set(d.loc[d["exception_type"] == 2, "service_id"])', "pass",
     "tests/core/test_exact_limits.py"),
    ("core/roads/search.py", "t[t > cutoff] = np.inf", "t[t >= cutoff] = np.inf",
     "tests/core/test_exact_limits.py"),
    ("core/roads/search.py", "np.isfinite(t) & (t <= cutoff)", "np.isfinite(t) & (t < cutoff)",
     "tests/core/test_exact_limits.py"),
    ("core/roads/odmatrix.py", "t = np.where(t <= cutoff, t, np.inf)",
     "t = np.where(t < cutoff, t, np.inf)", "tests/core/test_exact_limits.py"),
    ("core/roads/snapping.py", "(d > max_distance)", "(d >= max_distance)",
     "tests/core/test_snapping.py"),
    ("core/scenario/bands.py", 'side="left"', 'side="right"', "tests/core/test_bands.py"),
    ("core/scenario/bands.py", "weights=w * (t <= b)", "weights=w * (t < b)",
     "tests/core/test_bands.py"),
    ("core/scenario/impact.py", "inside_b, inside_a = before.minutes <= thr, after.minutes <= thr",
     "inside_b, inside_a = before.minutes < thr, after.minutes < thr",
     "tests/core/test_exact_limits.py"),
    ("core/scenario/impact.py", 'row[f"within_{lab}_before"] = w[tb <= thr].sum()',
     'row[f"within_{lab}_before"] = w[tb < thr].sum()', "tests/core/test_exact_limits.py"),
    ("core/scenario/impact.py", 'row[f"within_{lab}_after"] = w[ta <= thr].sum()',
     'row[f"within_{lab}_after"] = w[ta < thr].sum()', "tests/core/test_exact_limits.py"),
    ("core/scenario/impact.py", "w[(tb <= thr) & ~(ta <= thr)]", "w[(tb < thr) & ~(ta < thr)]",
     "tests/core/test_exact_limits.py"),
    ("core/scenario/impact.py", "beyond = gw[~(t <= thr)].sum()", "beyond = gw[~(t < thr)].sum()",
     "tests/core/test_exact_limits.py"),
    ("core/scenario/impact.py", "w[~(t <= thr)].sum() / total", "w[~(t < thr)].sum() / total",
     "tests/core/test_exact_limits.py"),
    ("core/transit/profiles.py", "d = np.hypot(x[a] - x[b], y[a] - y[b]) * detour / walk_mps",
     "d = np.hypot(x[a] - x[b], y[a] - y[b]) / walk_mps", "tests/core/test_exact_limits.py"),
    ("core/transit/profiles.py",
     "walk = np.hypot(x[fa] - x[fb], y[fa] - y[fb]) * detour / walk_mps",
     "walk = np.hypot(x[fa] - x[fb], y[fa] - y[fb]) / walk_mps",
     "tests/core/test_exact_limits.py"),
    ("core/transit/profiles.py", "query_pairs(max_walk_m / detour,", "query_pairs(max_walk_m,",
     "tests/core/test_exact_limits.py"),
    ("core/scenario/report.py", 'f"{number(population[moved].sum(), lang)} "',
     'f"{number(moved.sum(), lang)} "', "tests/core/test_report.py"),
    ("core/scenario/report.py", 'number(population[result.cells[f"lost_{lab}"].to_numpy()].sum()',
     'number(result.cells[f"lost_{lab}"].to_numpy().sum()', "tests/core/test_report.py"),
    ("core/roads/modes.py",
     'OSM_NO_WALK = {"motorway", "motorway_link", "trunk", "trunk_link", "raceway"}',
     'OSM_NO_WALK = {"motorway", "motorway_link", "raceway"}',
     "tests/core/test_road_access_rules.py"),
    ("core/optimise/locate.py", "        if len(sol.sites) <= p:\n            return sol, True",
     "        if len(sol.sites) < p:\n            return sol, True",
     "tests/core/test_pcenter_brute_force.py"),
    ("core/optimise/locate.py", "    use = weight > 0\n\n    def feasible(threshold: float) -> "
     "tuple[Solution | None, bool]:\n        try:\n            sol = set_cover_exact(",
     "    use = weight >= 0\n\n    def feasible(threshold: float) -> "
     "tuple[Solution | None, bool]:\n        try:\n            sol = set_cover_exact(",
     "tests/core/test_pcenter_brute_force.py"),
]


def main() -> int:
    python = sys.executable
    survivors, missing = [], []
    with tempfile.TemporaryDirectory(prefix="known_mutants_") as tmp:
        work = Path(tmp) / "palveluverkko"
        shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(
            ".venv*", ".git", "__pycache__", ".pytest_cache", ".mypy_cache", "mutants", "dist",
            "resources", "i18n", "bench"))
        shutil.copytree(ROOT / "resources" / "sample", work / "resources" / "sample")
        for path, old, new, tests in MUTANTS:
            target = work / path
            text = target.read_text()
            if text.count(old) != 1:
                missing.append((path, old))
                continue
            target.write_text(text.replace(old, new))
            res = subprocess.run([python, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                  tests], cwd=work, capture_output=True, text=True)
            target.write_text(text)
            killed = res.returncode == 1
            shown = new.strip().splitlines()[0][:70]
            print(f"{'killed ' if killed else 'SURVIVED'}  {path}: {shown}")
            if not killed:
                survivors.append((path, new))
    for path, old in missing:
        print(f"not found (the code changed: update this list)  {path}: {old.strip()[:60]}")
    print(f"{len(MUTANTS) - len(survivors) - len(missing)} of {len(MUTANTS)} known mutants killed")
    return 1 if survivors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
