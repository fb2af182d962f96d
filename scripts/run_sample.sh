#!/usr/bin/env bash
# The main job on the bundled Tampere sample (south-east Tampere: OSM roads and health
# stations, a SYNTHETIC population grid, the Nysse GTFS for one week): walking catchments,
# nearest facility, and closing two health stations by road and by public transport, with
# the board reports (HTML + PDF). Installs what is missing first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/install_plugin.sh"
export QT_QPA_PLATFORM=offscreen
DATA="$ROOT/resources/sample/tampere_sample.gpkg"
GTFS="$ROOT/resources/sample/tampere_gtfs.zip"
OUT="${1:-$ROOT/sample_output}"
mkdir -p "$OUT"
FAC=(FACILITIES="$DATA|layername=facilities" FAC_ID=fac_id)
POP=(POPULATION="$DATA|layername=population" POP_FIELD=vaesto)
ROADS=(ROADS="$DATA|layername=roads" CLASS_FIELD=highway ONEWAY_FIELD=oneway)
SCENARIO=(NAME_FIELD=name CLOSE_IDS=3,4 CAPACITY_FIELD=capacity AREA_FIELD=alue
  AGE_FIELDS=ika_0_14 AGE_FIELDS=ika_15_64 AGE_FIELDS=ika_65_ ELDERLY_FIELD=ika_75_)
run() { qgis_process run "$@" 2>&1 | grep -v -e "^Warning" -e "XDG_RUNTIME_DIR"; }
run palveluverkko:catchmentareas -- "${FAC[@]}" "${ROADS[@]}" MODE=1 BANDS=10,20,30 KIND=1 \
  "${POP[@]}" OUTPUT="$OUT/catchments.gpkg"
run palveluverkko:nearestfacility -- INPUT="$DATA|layername=population" POP_FIELD=vaesto \
  "${FAC[@]}" "${ROADS[@]}" MODE=1 BANDS=10,20,30 OUTPUT="$OUT/nearest.gpkg" \
  SUMMARY="$OUT/facility_summary.csv"
run palveluverkko:closureimpact -- "${FAC[@]}" "${SCENARIO[@]}" "${POP[@]}" "${ROADS[@]}" \
  MODE=1 THRESHOLDS=10,20,30 SCENARIO_NAME="Closing Kaukajärvi and Linnainmaa (walking)" \
  OUTPUT="$OUT/walk_cells.gpkg" FLOWS="$OUT/walk_flows.csv" LOADS="$OUT/walk_loads.csv" \
  SUMMARY="$OUT/walk_summary.csv" EQUITY="$OUT/walk_equity.csv" REPORT="$OUT/walk_report.html"
run palveluverkko:transitclosureimpact -- "${FAC[@]}" "${SCENARIO[@]}" "${POP[@]}" \
  GTFS="$GTFS" DATE=2022-01-18 START=07:00 END=09:00 STEP=5 PERCENTILE=50 THRESHOLDS=15,30 \
  SCENARIO_NAME="Closing Kaukajärvi and Linnainmaa (public transport)" \
  OUTPUT="$OUT/transit_cells.gpkg" FLOWS="$OUT/transit_flows.csv" \
  LOADS="$OUT/transit_loads.csv" SUMMARY="$OUT/transit_summary.csv" \
  EQUITY="$OUT/transit_equity.csv" REPORT="$OUT/transit_report.html"
echo "Results in $OUT (reports: walk_report.html/.pdf, transit_report.html/.pdf)"
