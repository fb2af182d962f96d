"""The plugin as users run it: qgis_process from a linked checkout, and the zip package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402


def _env(config) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(config)}


def _qgis_process(config, *args) -> subprocess.CompletedProcess:
    return subprocess.run(["qgis_process", *args], env=_env(config), capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def linked_profile(tmp_path_factory):
    config = tmp_path_factory.mktemp("qgis_config")
    subprocess.run([str(ROOT / "scripts" / "install_plugin.sh")], env=_env(config), check=True,
                   capture_output=True)
    return config


def test_qgis_process_lists_the_provider(linked_profile):
    out = _qgis_process(linked_profile, "list").stdout
    for alg in ("catchmentareas", "nearestfacility", "odmatrix", "checknetwork",
                "closureimpact", "comparescenarios", "transittimes",
                "transitclosureimpact", "transitservice", "transitcatchments",
                "optimisenetwork", "transitoptimisenetwork"):
        assert f"palveluverkko:{alg}" in out


def test_qgis_process_runs_nearest_facility(linked_profile, tmp_path):
    out_gpkg, summary = tmp_path / "nearest.gpkg", tmp_path / "summary.csv"
    res = _qgis_process(
        linked_profile, "run", "palveluverkko:nearestfacility", "--json", "--",
        f"INPUT={POPULATION}", "POP_FIELD=population", f"FACILITIES={FACILITIES}",
        "FAC_ID=fac_id", f"ROADS={ROADS}", "MODE=1", "CLASS_FIELD=highway", "BANDS=5,10",
        f"OUTPUT={out_gpkg}", f"SUMMARY={summary}")
    assert res.returncode == 0, res.stderr + res.stdout
    results = json.loads(res.stdout[res.stdout.index("{"):])["results"]
    assert results["OUTPUT"] == str(out_gpkg)
    from osgeo import ogr

    ds = ogr.Open(str(out_gpkg))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 92
    feats = list(layer)
    reached = [f for f in feats if f.GetField("reachable")]
    assert 50 < len(reached) < 92
    assert all(f.GetField("time_min") > 0 and f.GetField("fac_id") for f in reached)
    assert all(f.GetField("reason") for f in feats if not f.GetField("reachable"))
    lines = summary.read_text().splitlines()
    assert lines[0].startswith("fac_id,cells,population,pop_le_5,pop_le_10")
    assert len(lines) == 1 + 17 + 1  # 17 facilities and the unreachable row


def test_qgis_process_cost_report_on_the_readmes_csv_files(linked_profile, tmp_path):
    """README: networkcosts writes CSV files, costreport reads them (text columns through
    OGR) and writes the HTML report with the PDF beside it."""
    plan = ROOT / "resources" / "sample" / "plan_sample.gpkg"
    common = [f"SITES={plan}|layername=site_costs", f"STAFF={plan}|layername=staff"]
    for name, extra in (("keep", []), ("close", [f"SCENARIO={plan}|layername=scenario"])):
        res = _qgis_process(linked_profile, "run", "palveluverkko:networkcosts", "--",
                            *common, *extra, f"SCENARIO_NAME={name}",
                            f"YEARLY={tmp_path / name}.csv",
                            f"SITE_YEARS={tmp_path / name}_sites.csv",
                            f"NPV={tmp_path / name}_npv.csv")
        assert res.returncode == 0, res.stderr + res.stdout
    assert '"2025"' not in (tmp_path / "keep.csv").read_text()  # years unquoted
    report = tmp_path / "costs.html"
    res = _qgis_process(linked_profile, "run", "palveluverkko:costreport", "--",
                        f"YEARLY={tmp_path / 'keep.csv'}", f"YEARLY={tmp_path / 'close.csv'}",
                        f"NPV={tmp_path / 'keep_npv.csv'}", f"NPV={tmp_path / 'close_npv.csv'}",
                        f"SITE_YEARS={tmp_path / 'close_sites.csv'}",
                        f"SITES={plan}|layername=site_costs", f"REPORT={report}")
    assert res.returncode == 0, res.stderr + res.stdout
    assert "Traceback" not in res.stdout + res.stderr
    page = report.read_text(encoding="utf-8")
    npv = float((tmp_path / "close_npv.csv").read_text().splitlines()[1].split(",")[-1])
    assert f"{npv:,.0f}" in page
    assert report.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_zip_contains_only_runtime_files(tmp_path):
    target = package.build(tmp_path)
    names = zipfile.ZipFile(target).namelist()
    assert "palveluverkko/metadata.txt" in names
    assert "palveluverkko/core/roads/search.py" in names
    assert "palveluverkko/resources/sample/helsinki_sample.gpkg" in names
    licence = zipfile.ZipFile(target).read("palveluverkko/LICENSE").decode()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 2, June 1991" in licence
    assert licence == (ROOT / "LICENSE").read_text()
    assert not [n for n in names if "/tests/" in n or "/bench/" in n or "__pycache__" in n
                or n.endswith(".pyc") or "/.venv/" in n]


def test_zip_installs_into_a_clean_profile(tmp_path):
    target = package.build(tmp_path / "dist")
    config = tmp_path / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(target).extractall(plugins)
    assert (plugins / "palveluverkko" / "__init__.py").exists()
    enable = _qgis_process(config, "plugins", "enable", "palveluverkko")
    assert enable.returncode == 0, enable.stderr
    listing = _qgis_process(config, "list").stdout
    assert "palveluverkko:catchmentareas" in listing
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import palveluverkko.core.roads.search, "
            "palveluverkko.algorithms.provider; print(palveluverkko.core.roads.search.__file__)")
    res = subprocess.run([sys.executable, "-c", code, str(plugins)], capture_output=True,
                         text=True, env=_env(config))
    assert res.returncode == 0, res.stderr
    assert str(plugins) in res.stdout


def test_example_model_runs_through_qgis_process(linked_profile, tmp_path):
    res = _qgis_process(
        linked_profile, "run", "palveluverkko:Walking access example", "--json", "--",
        f"facilities={FACILITIES}", "fac_id=fac_id", f"population={POPULATION}",
        "pop_field=population", f"roads={ROADS}", "class_field=highway", "bands=5,10",
        "close_ids=3", f"catchments={tmp_path / 'catch.gpkg'}",
        f"cells_before_and_after={tmp_path / 'cells.gpkg'}",
        f"closure_report={tmp_path / 'report.html'}")
    assert res.returncode == 0, res.stderr + res.stdout
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "catch.gpkg"))
    assert ds.GetLayer(0).GetFeatureCount() > 10
    cells = ogr.Open(str(tmp_path / "cells.gpkg"))
    assert cells.GetLayer(0).GetFeatureCount() == 92
    assert "Key figures" in (tmp_path / "report.html").read_text()
