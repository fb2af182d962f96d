#!/usr/bin/env bash
# The main job on the bundled sample data: catchment areas and nearest-facility allocation
# of the Helsinki population grid to health facilities (installs what is missing first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/install_plugin.sh"
export QT_QPA_PLATFORM=offscreen
DATA="$ROOT/resources/sample/helsinki_sample.gpkg"
OUT="${1:-$ROOT/sample_output}"
mkdir -p "$OUT"
run() { qgis_process run "$@" 2>&1 | grep -v -e "^Warning" -e "XDG_RUNTIME_DIR"; }
run palveluverkko:catchmentareas -- FACILITIES="$DATA|layername=facilities" FAC_ID=fac_id \
  ROADS="$DATA|layername=roads" MODE=1 CLASS_FIELD=highway ONEWAY_FIELD=oneway \
  BANDS=5,10,15 KIND=0 POPULATION="$DATA|layername=population" POP_FIELD=population \
  OUTPUT="$OUT/catchments.gpkg"
run palveluverkko:nearestfacility -- INPUT="$DATA|layername=population" POP_FIELD=population \
  FACILITIES="$DATA|layername=facilities" FAC_ID=fac_id ROADS="$DATA|layername=roads" \
  MODE=1 CLASS_FIELD=highway BANDS=5,10,15 OUTPUT="$OUT/nearest.gpkg" \
  SUMMARY="$OUT/facility_summary.csv"
echo "Results in $OUT"
