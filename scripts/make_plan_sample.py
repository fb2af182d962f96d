"""Write resources/sample/plan_sample.gpkg: MADE-UP tables for the plan algorithms on the
Tampere sample (projection by age, site costs, a closure scenario, staff, staff homes).

    /usr/bin/python3 scripts/make_plan_sample.py

Every figure is invented for the worked example (realistic magnitudes, not real data): the
municipal projection is Tampere-like in shape (few children more, many more 75+), the costs
are of the order of Finnish health stations' rents and running costs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
OUT = SAMPLE / "plan_sample.gpkg"
GROWTH = {(0, 15): -0.010, (15, 65): 0.003, (65, 75): 0.005, (75, 85): 0.040, (85, 101): 0.035}
BASE = {(0, 15): 36_000, (15, 65): 170_000, (65, 75): 25_000, (75, 85): 14_000,
        (85, 101): 5_000}  # a Tampere-sized municipality at the end of 2023 (made up)
# residents each site can serve (the sample's facility capacities) x visits per resident
CAPACITY = {"1": 21000, "2": 12500, "3": 15500, "4": 10000, "5": 16500, "6": 5500, "7": 28000}
VISITS_PER_RESIDENT = 2.8
SITES = [  # site_id, existing, owned, rent, lease_end, notice, m2, opex/m2, backlog, year
    ("1", 1, 1, 0, "", 0, 6000, 38, 0, ""),
    ("2", 1, 0, 420_000, "2029-12-31", 6, 2400, 35, 0, ""),
    ("3", 1, 0, 310_000, "2026-12-31", 6, 1800, 35, 650_000, 2027),
    ("4", 1, 0, 260_000, "2027-06-30", 6, 1500, 35, 0, ""),
    ("5", 1, 1, 0, "", 0, 9000, 40, 0, ""),
    ("6", 1, 0, 150_000, "2028-12-31", 3, 900, 33, 0, ""),
    ("7", 1, 0, 380_000, "2030-12-31", 6, 2100, 35, 0, ""),
]


def table(ds, name: str, fields: list[tuple[str, int]], rows: list[tuple]) -> None:
    layer = ds.CreateLayer(name, geom_type=ogr.wkbNone)
    for fname, kind in fields:
        layer.CreateField(ogr.FieldDefn(fname, kind))
    defn = layer.GetLayerDefn()
    for row in rows:
        f = ogr.Feature(defn)
        for (fname, _), v in zip(fields, row):
            if v != "" and v is not None:
                f.SetField(fname, v)
        layer.CreateFeature(f)


def main() -> None:
    OUT.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    s, i, r = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    rows = []
    for year in range(2023, 2031):
        for (lo, hi), pop in BASE.items():
            factor = (1 + GROWTH[(lo, hi)]) ** (year - 2023)
            for age in range(lo, hi):
                rows.append(("KU837 Tampere", str(age) if age < 100 else "100 -", "Yhteensä",
                             year, round(pop * factor / (hi - lo), 1)))
    table(ds, "projection", [("Alue", s), ("Ikä", s), ("Sukupuoli", s), ("Vuosi", i),
                             ("vaesto_e24", r)], rows)
    table(ds, "site_costs",
          [("site_id", s), ("existing", i), ("owned", i), ("rent_eur_year", r),
           ("lease_end", s), ("notice_months", i), ("m2", r), ("opex_eur_m2_year", r),
           ("repair_backlog_eur", r), ("invest_year", i), ("capacity", r)],
          [(*row, VISITS_PER_RESIDENT * CAPACITY[row[0]]) for row in SITES])
    table(ds, "scenario", [("site_id", s), ("action", s), ("effective_date", s)],
          [("3", "close", "2026-01-01"), ("4", "close", "2026-01-01")])
    table(ds, "staff", [("site_id", s), ("profession", s), ("fte", r),
                        ("eur_per_fte_year", r)],
          [(sid, prof, fte, eur) for sid in ("2", "3", "4", "6", "7")
           for prof, fte, eur in (("lääkäri", 6.0, 115_000), ("hoitaja", 14.0, 58_000))])
    source = ogr.Open(str(SAMPLE / "tampere_sample.gpkg"))  # kept open while its layer is read
    ids = [f.GetField("grd_id") for f in source.GetLayerByName("population")
           if (f.GetField("vaesto") or 0) >= 50]
    source = None
    rng = np.random.default_rng(837)
    homes = [(str(a), sid, prof, int(rng.integers(1, 4)))
             for sid in ("2", "3", "4", "6", "7") for prof in ("lääkäri", "hoitaja")
             for a in rng.choice(ids, 6 if prof == "hoitaja" else 3, replace=False)]
    table(ds, "staff_homes", [("area_id", s), ("site_id", s), ("profession", s),
                              ("staff", i)], homes)
    ds = None
    print(OUT, OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
