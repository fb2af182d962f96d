"""Service-site tables as the counties keep them: TM35FIN or WGS84 columns found by name
and told apart by their values; unreadable rows named. Cells into areas by polygon."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from core.scenario.areas import OUTSIDE, assign_areas
from core.scenario.site_table import SiteTableError, read_table, sites_from_table

TM35 = "nimi;itä;pohjoinen;kapasiteetti\nHervannan tk;330 500,5;6 818 000;12,5\n" \
       "Keskusta;327000;6822000;30\nVanha;;;5\nOsoite;Kauppakatu 1;;2\n"


def test_tm35fin_with_semicolons_decimal_commas_and_finnish_names(tmp_path):
    path = tmp_path / "asemat.csv"
    path.write_text(TM35, encoding="cp1252")
    t = sites_from_table(read_table(path), name_column="nimi")
    assert t.crs == "EPSG:3067" and t.columns == ("itä", "pohjoinen")
    assert t.x.tolist() == [330500.5, 327000.0] and t.y.tolist() == [6818000.0, 6822000.0]
    assert t.frame["nimi"].tolist() == ["Hervannan tk", "Keskusta"]
    assert t.unread == ["row 4 (Vanha): '', '' is not a coordinate pair in the same system",
                        "row 5 (Osoite): 'Kauppakatu 1', '' is not a coordinate pair in the "
                        "same system"]


def test_wgs84_by_name_and_by_values():
    import pandas as pd

    frame = pd.DataFrame({"name": ["a", "b"], "lat": ["61.4978", "62.89"],
                          "lng": ["23.7610", "27.68"]})
    t = sites_from_table(frame)
    assert t.crs == "EPSG:4326" and t.columns == ("lng", "lat")
    assert t.x.tolist() == [23.761, 27.68]
    # degrees in columns called x and y are WGS84 too (told by the values)
    t2 = sites_from_table(pd.DataFrame({"x": ["23.76"], "y": ["61.50"]}))
    assert t2.crs == "EPSG:4326" and t2.x.tolist() == [23.76]


def test_northing_in_x_is_read_as_northing():
    import pandas as pd

    t = sites_from_table(pd.DataFrame({"X": ["6822000"], "Y": ["327000"]}))
    assert t.crs == "EPSG:3067" and t.columns == ("Y", "X")
    assert (t.x[0], t.y[0]) == (327000.0, 6822000.0)


def test_no_coordinates_is_explained():
    import pandas as pd

    with pytest.raises(SiteTableError, match="no coordinate columns found among nimi, "
                                             "osoite; name them x and y"):
        sites_from_table(pd.DataFrame({"nimi": ["a"], "osoite": ["Kauppakatu 1"]}))
    with pytest.raises(SiteTableError, match="columns 'x' and 'y' hold no coordinates "
                                             "inside Finland"):
        sites_from_table(pd.DataFrame({"x": ["500"], "y": ["400"]}))


def test_assign_areas_point_in_polygon_against_shapely():
    polys = [box(0, 0, 10, 10), box(10, 0, 20, 10), box(5, 5, 15, 15)]
    rng = np.random.default_rng(3)
    x, y = rng.uniform(-2, 22, 400), rng.uniform(-2, 17, 400)
    got = assign_areas(x, y, [p.wkb for p in polys], ["A", "B", "C"])
    from shapely.geometry import Point

    for xi, yi, g in zip(x, y, got):
        want = next((n for p, n in zip(polys, "ABC") if p.intersects(Point(xi, yi))), OUTSIDE)
        assert g == want
    assert assign_areas(np.array([10.0]), np.array([5.0]), [p.wkb for p in polys[:2]],
                        ["A", "B"]).tolist() == ["A"]  # on the border: the first listed


def test_grid_corner_coordinates_become_cell_centres():
    import pandas as pd

    frame = pd.DataFrame({"grd_id": ["250mN667075E38250", "250mN667100E38275"],
                          "xkoord": ["382500", "382750"], "ykoord": ["6670750", "6671000"],
                          "vaesto": ["25", "-1"]})
    t = sites_from_table(frame)
    assert t.x.tolist() == [382625.0, 382875.0] and t.y.tolist() == [6670875.0, 6671125.0]
    assert "lower-left corners of Statistics Finland's 250 m grid cells" in t.notes[1]
    one_km = sites_from_table(pd.DataFrame({"grd_id": ["1kmN6667E385"], "xkoord": ["385000"],
                                            "ykoord": ["6667000"]}))
    assert (one_km.x[0], one_km.y[0]) == (385500.0, 6667500.0)
    plain = sites_from_table(pd.DataFrame({"x": ["385000"], "y": ["6667000"]}))
    assert plain.x[0] == 385000.0 and len(plain.notes) == 1
