"""The closure report on the Tampere sample: in the language of QGIS, with facility names,
a QGIS-rendered map and a PDF next to the HTML."""

from __future__ import annotations

import base64
import re

import pytest

from tests.algorithms.test_sample import CLOSE, FACILITIES, NETWORK, POPULATION, run

pytestmark = pytest.mark.usefixtures("qgis_processing")


def test_finnish_report_with_map_and_pdf(tmp_path, monkeypatch):
    from qgis.PyQt.QtGui import QImage

    import palveluverkko.algorithms.closure_impact as closure

    monkeypatch.setattr(closure, "report_language", lambda: "fi")
    report = tmp_path / "raportti.html"
    res = run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id", NAME_FIELD="name",
              SCENARIO_NAME="Kaksi asemaa kiinni", CLOSE_IDS=CLOSE, CAPACITY_FIELD="capacity",
              POPULATION=POPULATION, POP_FIELD="vaesto", AREA_FIELD="alue", MODE=1,
              AGE_FIELDS=["ika_0_14", "ika_15_64", "ika_65_"], ELDERLY_FIELD="ika_75_",
              THRESHOLDS="10,20,30", OUTPUT="memory:", FLOWS="memory:", LOADS="memory:",
              SUMMARY="memory:", EQUITY="memory:", REPORT=str(report), **NETWORK)
    page = report.read_text(encoding="utf-8")
    assert "<h1>Kaksi asemaa kiinni</h1>" in page and "Mitä tämä tarkoittaa" in page
    assert "Kaukajärven terveysasema ja Linnainmaan terveysasema" in page
    assert "95\u00a0006" in page  # the sample's residents, Finnish thousands
    assert "kävely" in page and "taso facilities, kenttä fac_id" in page
    assert "84 ruudun (448 asukasta) ikäryhmät on salattu" in page
    assert "<td class=\"t\">75+ v</td>" in page
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 3
    map_img = QImage()
    assert map_img.loadFromData(base64.b64decode(images[0]), "PNG")
    assert map_img.width() >= 1000
    # the map shows the change: a good part of it is red (cells 5+ minutes longer)
    samples = [map_img.pixelColor(x, y) for x in range(0, map_img.width(), 10)
               for y in range(0, map_img.height(), 10)]
    red = [c for c in samples if c.red() > c.green() + 80 and c.green() < 110]
    assert len(red) > 0.05 * len(samples)
    pdf = tmp_path / "raportti.pdf"
    assert res["REPORT_PDF"] == str(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
    assert b"/MediaBox [0 0 595" in data  # A4 portrait
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    # table headers wrap at spaces only: no word split over two lines (QA item 7)
    for word in ("Asukkaita", "Kapasiteetti", "Käyttöaste", "Toimipiste"):
        assert word in text
    assert not re.search(r"\b(Asukkai|Kapasit|Käyttöa)\s*\n\s*(ta|eetti|ste)\b", text)
    # no page left with a line or two before a forced break; each numbered
    lines = [[ln for ln in p.splitlines() if ln.strip()] for p in pages]
    assert all(len(p) >= 8 for p in lines[:-1]), [len(p) for p in lines]
    assert all(str(k + 1) in [ln.strip() for ln in p] for k, p in enumerate(lines))
    assert 4 <= len(pages) <= 5


def pdf_pages(pdf) -> list[str]:
    """The text of each page of ``pdf`` (poppler's pdftotext)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [p for p in out.split("\f") if p.strip()]


def test_a_pdf_the_plugin_did_not_make_is_left_alone(tmp_path):
    report = tmp_path / "r.html"
    theirs = tmp_path / "r.pdf"
    theirs.write_bytes(b"%PDF-1.4 somebody else's document")
    res = run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id", CLOSE_IDS="3",
              POPULATION=POPULATION, POP_FIELD="vaesto", MODE=0, THRESHOLDS="5,10",
              OUTPUT="memory:", FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
              EQUITY="memory:", REPORT=str(report), **NETWORK)
    assert report.exists() and "REPORT_PDF" not in res or res["REPORT_PDF"] is None
    assert theirs.read_bytes() == b"%PDF-1.4 somebody else's document"
    theirs.unlink()
    res = run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id", CLOSE_IDS="3",
              POPULATION=POPULATION, POP_FIELD="vaesto", MODE=0, THRESHOLDS="5,10",
              OUTPUT="memory:", FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
              EQUITY="memory:", REPORT=str(report), **NETWORK)
    made = theirs.read_bytes()
    assert res["REPORT_PDF"] == str(theirs) and made.startswith(b"%PDF")
    run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id", CLOSE_IDS="4",
        POPULATION=POPULATION, POP_FIELD="vaesto", MODE=0, THRESHOLDS="5,10",
        OUTPUT="memory:", FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
        EQUITY="memory:", REPORT=str(report), **NETWORK)
    assert theirs.read_bytes() != made  # its own earlier PDF is replaced
