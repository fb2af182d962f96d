"""Help texts as data: per algorithm id (``ALGORITHMS``, ``EXAMPLES``) and per parameter key
(``PARAMETERS``, with ``OVERRIDES`` where one algorithm means something else by a key).

An algorithm's help is its own text followed by the sections of the parameter blocks it
uses (road network, public transport); nothing is cut out of another algorithm's text.
"""

from __future__ import annotations

from ..core.roads.modes import ROAD_MODES
from ..core.transit.setup import DETOUR

_MODE_NAMES = ", ".join(m.label.lower() for m in ROAD_MODES)
_ONEWAY = ", ".join(m.label.lower() for m in ROAD_MODES if m.oneway) or "none"

NETWORK = (
    "<h3>Road network parameters</h3>"
    "<p><b>Road network</b>: line layer of roads (e.g. OSM, Digiroad). Lines are joined where "
    "they share a vertex (within the snapping tolerance). <b>Travel mode</b>: "
    f"{_MODE_NAMES}. <b>Road class field</b> with <b>road class scheme</b> OSM "
    "<i>highway</i> values "
    "or Digiroad functional classes 1-8 gives car speeds per class (edit them with "
    "<b>class speeds</b>, e.g. <code>residential=30,service=15</code>; 0 closes a class) and "
    "tells which roads the other modes may not use (e.g. motorways). <b>Speed field</b> (km/h) "
    "wins over the class speed for cars; NULL falls back to the class speed. <b>One-way "
    "field</b> accepts OSM <code>oneway</code> values (yes/-1) or Digiroad direction codes "
    "(2 both, 3 against, 4 along digitising); an OSM <code>other_tags</code> field works "
    f"too. One-way rules apply to: {_ONEWAY}. Points (facilities, "
    "population) are snapped to the nearest point of the nearest road usable by the mode; "
    "the walk from the point to the road is counted at the <b>access walking speed</b>. "
    "Points farther than the <b>maximum snapping distance</b> or on a piece of network "
    "disconnected from the main one are reported with the reason.</p>")

TRANSIT = (
    "<h3>Public transport parameters</h3><p><b>GTFS feeds</b>: one or more zip files. "
    "<b>Date</b>: a day the feeds cover. <b>First / last departure</b> (HH:MM) and "
    "<b>step</b> (minutes) make the departure window; waiting at the origin counts as "
    f"travel time. Walks to, between and from stops are straight lines times {DETOUR:g} at "
    "the <b>walking speed</b>, up to the <b>maximum walks</b>; a facility within walking "
    "distance can be reached on foot. <b>Maximum transfers</b> bounds the vehicles used; "
    "trips longer than the <b>maximum trip time</b> count as not reaching.</p>")

TRANSIT_CLOSURE = (
    "<p>Travel times are public transport times from GTFS: for every cell and facility "
    "the chosen <b>percentile</b> of the travel time over the departure window (e.g. "
    "50 = median). The per-facility times are cached for further scenarios.</p>")

TRANSIT_OPTIMISE = (
    "<p>Travel times are public transport times from GTFS: for every cell and site the "
    "chosen <b>percentile</b> of the travel time over the departure window (e.g. 50 = "
    "median).</p>")

CLOSURE = (
    '<p>What happens to residents if some facilities close (or new ones open): who loses '
    'access within each threshold, how much longer trips get, where the demand goes and '
    'how loads compare with capacity, by area and age group, with equity figures and an '
    'HTML report.</p><p><b>Facilities to close</b>: any of a list of ids '
    '(<code>3,7</code>), an expression (<code>"name" LIKE \'%Kallio%\'</code>), the features '
    'selected on the map, or a <b>status field</b> whose value is <i>closed</i> (also '
    '<i>suljettu</i>, <i>stängd</i>); status <i>new</i>/<i>planned</i> (<i>uusi</i>) marks '
    'facilities that open in the scenario only. <b>New facilities</b>: an optional layer '
    'of sites opened in the scenario. <b>Capacity field</b>: residents a facility can '
    'serve (optional). <b>Age group fields</b>: population per group (e.g. 0-14, 15-64, '
    '65-74, 75+); <b>75+ field</b> is used for the equity figure. <b>Area field</b>: e.g. '
    'municipality, for the summary. <b>Thresholds</b>: minutes, e.g. '
    '<code>15,30,60</code>.</p><p><b>Outputs</b>: cells with the nearest facility and '
    'minutes before and after, the change and <code>lost_&lt;min&gt;</code> flags; the '
    'flow table (population moving between facilities); facility loads against capacity; '
    'the summary by area and age group; equity figures; the HTML report. Per-facility '
    'travel times are cached, so a further scenario on the same layers does not search '
    'again.</p>')

OPTIMISE = (
    '<p>Which sites should be open? Solves, on the travel times of its mode: '
    '<b>p-median</b> (least '
    'population-weighted travel time with p sites), <b>maximal coverage</b> (most demand '
    'within the threshold with p sites), <b>set cover</b> (fewest sites reaching the '
    'required share of demand within the threshold) or <b>p-center</b> (least worst travel '
    'time with p sites).</p><p><b>Sites</b>: the current facilities and optional '
    '<b>candidate sites</b>. <b>Must stay open</b> / <b>must close</b>: site ids (comma '
    'separated). <b>Demand</b>: the population field, or with <b>use rates</b> (e.g. '
    '<code>age_0_14=2.1,age_75=9.5</code>, visits per person per year by age group field) '
    'the expected visits. <b>Solver</b>: p-median and coverage use a greedy start and '
    'vertex substitution (with a <b>capacity field</b> every problem respects the '
    'capacities, in the units of the demand, demand may be split between sites); when '
    'demand x sites is small enough the exact MILP (HiGHS) also runs and its result and '
    'optimality gap are reported. Set cover and p-center are solved '
    'exactly.</p><p><b>Outputs</b>: the sites with <code>chosen</code>, demand and load; '
    'the cells with their allocation before (current facilities) and after (chosen sites); '
    'the same flow, load, summary and equity tables and HTML report as the closure impact; '
    'the objective, the solver used and its gap.</p>')

_CATCHMENTAREAS = (
    '<p>Travel-time catchment polygons (isochrones) around facilities that follow the road '
    'network: an area belongs to a band when it lies near a road (within the <b>reach</b>, '
    "walking from the road) that is reached within the band's minutes.</p><p><b>Time "
    'bands</b>: minutes, e.g. <code>10,20,30</code>. <b>Catchment type</b>: <i>per '
    'facility</i> gives every facility its own (overlapping) bands; <i>nearest '
    'facility</i> splits the area between facilities so that each place goes to the '
    'facility it reaches fastest (no overlaps); <i>dissolved</i> gives one polygon per '
    'band for all facilities together. <b>Rings</b>: bands as 0-10, 10-20, 20-30 instead '
    'of 0-10, 0-20, 0-30. <b>Grid resolution</b>: cell size of the travel-time surface '
    '(smaller = finer and slower).</p><p><b>Population</b> (optional, points or polygons '
    'with a population field): each polygon gets the population of the features whose own '
    'network travel time falls in the band (the same times as the Nearest facility '
    'algorithm), not a geometric overlay.</p><p><b>Output</b>: <code>fac_id</code>, '
    '<code>band_from</code>, <code>band_to</code> (minutes), <code>population</code>, '
    '<code>area_km2</code>.</p>')

_NEARESTFACILITY = (
    '<p>Allocates every population feature (points, or polygons such as grid cells) to the '
    'facility it reaches fastest over the road network, in one multi-source search from '
    'the facilities.</p><p><b>Population</b>: points or polygons (a polygon is represented '
    'by a point on its surface); <b>population field</b>: optional weight (NULL counts 0). '
    '<b>Facilities</b> and their <b>id field</b>. <b>Time bands</b>: minutes, e.g. '
    '<code>10,20,30</code>, for the summary. <b>Cut-off</b>: beyond it a feature counts as '
    'unreachable (0 = no limit).</p><p><b>Outputs</b>: the population layer with '
    '<code>fac_id</code>, <code>time_min</code> (including the walks between points and '
    'roads), <code>dist_m</code> (network metres), <code>band_min</code>, '
    '<code>reachable</code> and <code>reason</code> (why a feature could not be routed); a '
    'summary table with, per facility, the cells and population served, the population '
    'within each band and the mean travel time, plus one row for the unreachable '
    'population.</p>')

_ODMATRIX = (
    '<p>Travel times and network distances from every origin to every destination, as a '
    'table in long format (one row per pair). The searches start from the smaller of the '
    'two layers, so a matrix of 100,000 population cells to 50 facilities costs 50 '
    "searches.</p><p><b>k nearest</b>: keep only each origin's k fastest destinations (0 = "
    'all). <b>Cut-off</b>: drop pairs slower than this (minutes, 0 = none). Pairs that '
    'cannot be routed are left out; origins and destinations that cannot be snapped are '
    'reported in the log.</p><p><b>Output</b>: <code>origin_id</code>, '
    '<code>dest_id</code>, <code>time_min</code>, <code>dist_m</code>, <code>rank</code> '
    '(1 = fastest for the origin).</p>')

_CHECKNETWORK = (
    '<p>Checks a road network for a travel mode: how many connected pieces it has, which '
    'roads are off the main piece, dead ends (dangles), and, optionally, which share of '
    'the facilities and of the population can be routed (snapped to the main piece within '
    'the maximum snapping distance).</p><p><b>Outputs</b>: the network edges with '
    '<code>component</code>, <code>on_main</code> and <code>usable</code>; the dangle '
    'points; figures <code>COMPONENTS</code>, <code>DANGLES</code>, '
    '<code>FACILITY_SHARE</code> and <code>POPULATION_SHARE</code> (0..1).</p>')

_COMPARESCENARIOS = (
    '<p>Compares two saved allocations of the same population cells, e.g. the outputs of '
    "<i>Nearest facility</i> for today's network and of <i>Facility closure impact</i> for "
    'a plan, or two plans. Gives the same tables and HTML report as the closure impact: '
    'who loses access within each threshold, the change in travel time, flows of '
    'population between facilities, loads against capacity, figures by area and age group, '
    'equity.</p><p><b>Scenario A</b> and <b>Scenario B</b>: cell layers with a cell id '
    'field, a facility field and a travel time field (minutes; NULL = unreachable); the '
    'cells are matched by id. Population, age group and area fields come from scenario A. '
    '<b>Facilities</b> (optional) with a <b>capacity field</b> for the load table.</p>')

_TRANSITTIMES = (
    '<p>Timetable-exact public transport travel times from every origin (population cell) '
    'to the facilities, from GTFS feeds, for every departure minute of a window. Waiting '
    'at the origin counts as travel time. Walking legs (to the first stop, between stops, '
    f'from the last stop) are straight lines times {DETOUR:g} at the walking speed; a facility '
    'within walking distance can also be reached on foot.</p><p><b>GTFS feeds</b>: one or '
    'more zip files or folders. <b>Date</b>: a day the feed covers. <b>Window</b>: first '
    'and last departure (HH:MM) and the step in minutes. <b>Percentiles</b> of travel time '
    'over the window, e.g. <code>10,50,90</code>; <b>threshold</b> for the share of '
    'departures arriving in time.</p><p><b>Output</b>: the origins with, for the nearest '
    'facility, <code>p&lt;q&gt;_min</code> per percentile, <code>share_within</code>, '
    '<code>fac_p50</code> (the facility fastest at the median) and '
    '<code>n_reachable</code> (facilities reached within the maximum trip time at the '
    'median), <code>trips_day</code> (distinct trips of the day leaving a stop within '
    'walking); with <b>arrive by</b>, <code>leave_by</code> (the latest departure from the '
    'origin that reaches a facility in time) and <code>arrive_by_min</code>. The optional '
    '<b>OD table</b> holds the percentiles per origin and facility.</p>')

_TRANSITSERVICE = (
    '<p>Where public transport service is thin: departures per stop over the day and per '
    'hour of a window, and for each population cell the number of distinct trips that '
    'leave a stop within walking distance (over the day and in the window) and the walk to '
    'the nearest stop.</p><p><b>GTFS feeds</b>, <b>date</b>, <b>window</b> (HH:MM); '
    '<b>cells</b> (optional points or polygons) with the <b>maximum walk</b> (m, straight '
    f'line x {DETOUR:g}) and <b>walking speed</b>.</p><p><b>Outputs</b>: stops (EPSG:4326) with '
    '<code>dep_day</code>, <code>dep_window</code>, <code>hHH</code>; cells with '
    '<code>trips_day</code>, <code>trips_window</code>, <code>walk_min</code>.</p>')

_TRANSITCATCHMENTS = (
    '<p>Per facility, the areas from which it is reached by public transport (walking '
    'included) within each time band, at a chosen <b>percentile</b> of the travel time '
    'over the departure window (50 = a typical departure, 90 = nearly any departure). '
    'Travel times are computed on a regular grid of origins (<b>grid spacing</b>) and '
    'traced into band polygons. With a <b>population</b> layer, each polygon gets the '
    'population of the features whose own travel time (same rules) is in the band.</p>')


ALGORITHMS = {
    "nearestfacility": _NEARESTFACILITY + NETWORK,
    "odmatrix": _ODMATRIX + NETWORK,
    "checknetwork": _CHECKNETWORK + NETWORK,
    "catchmentareas": _CATCHMENTAREAS + NETWORK,
    "closureimpact": CLOSURE + NETWORK,
    "optimisenetwork": OPTIMISE + NETWORK,
    "comparescenarios": _COMPARESCENARIOS,
    "transittimes": _TRANSITTIMES + TRANSIT,
    "transitservice": _TRANSITSERVICE,
    "transitcatchments": _TRANSITCATCHMENTS + TRANSIT,
    "transitclosureimpact": CLOSURE + TRANSIT_CLOSURE + TRANSIT,
    "transitoptimisenetwork": OPTIMISE + TRANSIT_OPTIMISE + TRANSIT,
}

EXAMPLES = {
    "catchmentareas": (
        'health stations, OSM roads (<code>highway</code>), mode walk, bands 5,10,15, type per '
        'facility.'),
    "nearestfacility": (
        'population grid, health stations, roads (OSM, field <code>highway</code>), mode car, '
        'bands 10,20,30.'),
    "odmatrix": (
        'population grid as origins, health stations as destinations, OSM roads, mode car, k = '
        '3: the three nearest stations of every cell with minutes and metres.'),
    "checknetwork": (
        'OSM roads with class field highway, mode car, the facilities and population grid: see '
        'which share of residents can be routed and where the network is broken.'),
    "closureimpact": (
        'sample facilities with id field fac_id and capacity, close ids 3,7, population grid '
        'with field population and area field area, mode walk on the sample roads, thresholds '
        '5,10,15.'),
    "comparescenarios": (
        'A = Nearest facility output (id, fac_id, time_min), B = a closure impact output (id, '
        'fac_after, min_after), population field population.'),
    "transittimes": (
        'Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every minute, population grid as '
        'origins, health stations as facilities, percentiles 10,50,90, threshold 30.'),
    "transitclosureimpact": (
        'Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every 2 minutes, health stations with '
        'id field fac_id, close id 2, population grid, median (percentile 50), thresholds '
        '20,40.'),
    "transitservice": (
        'Kuopio GTFS zip, date 2016-11-01, window 07:00-09:00, the population grid as cells, '
        'maximum walk 800 m.'),
    "transitcatchments": (
        'Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, health stations, bands 15,30,45 at the '
        '50th percentile, grid spacing 200 m.'),
    "optimisenetwork": (
        'keep 12 of 18 health stations: current stations as facilities, p-median, p = 12, mode '
        'car; or the fewest sites reaching 95 % within 30 min: set cover, threshold 30, share '
        '0.95.'),
    "transitoptimisenetwork": (
        'keep 2 of 5 health stations by public transport: Kuopio GTFS zip, date 2016-11-01, '
        '07:00-07:20 every 5 minutes, p-median, p = 2, median travel times.'),
}

_ID = "Field that identifies each {} in the outputs; empty: the feature id."
_POINTS = "a polygon counts at a point on its surface"

PARAMETERS = {
    # layers and their fields
    "FACILITIES": f"Point or polygon layer of the facilities (service points); {_POINTS}.",
    "FAC_ID": _ID.format("facility"),
    "CAPACITY_FIELD": "Field with the residents (in the units of the demand) each facility "
                      "can serve; empty: no capacities.",
    "NEW_FACILITIES": "Optional layer of sites opened in the scenario.",
    "NEW_ID": _ID.format("new site"),
    "NEW_CAPACITY_FIELD": "Capacity field of the candidate sites (needed when the current "
                          "facilities have a capacity field).",
    "POPULATION": f"Point or polygon layer of residents, e.g. a population grid; {_POINTS}.",
    "POP_FIELD": "Numeric field with the residents of each feature (NULL counts 0).",
    "INPUT": f"Population layer (points, or polygons such as grid cells; {_POINTS}) whose "
             f"features are allocated to their nearest facility.",
    "AGE_FIELDS": "Numeric fields with the residents per age group (e.g. 0-14, 15-64, 65-74, "
                  "75+), reported group by group.",
    "ELDERLY_FIELD": "Numeric field with the residents aged 75 or more, for the equity "
                     "figures.",
    "AREA_FIELD": "Field naming each feature's area (e.g. municipality), for the summary by "
                  "area.",
    "ORIGINS": f"Points or polygons the trips start from; {_POINTS}.",
    "ORIGINS_ID": _ID.format("origin"),
    "ORIGIN_ID": _ID.format("origin"),
    "DESTINATIONS": f"Points or polygons the trips go to; {_POINTS}.",
    "DESTINATIONS_ID": _ID.format("destination"),
    "CELLS": "Optional population cells (points or polygons) for which the trips leaving "
             "stops within walking distance are counted.",
    "STATUS_FIELD": "Field whose value closed (also suljettu, stängd) closes a facility and "
                    "new or planned (uusi) opens it in the scenario only.",
    "A": "Cell layer of scenario A (before), e.g. a Nearest facility output.",
    "A_ID": "Field that identifies each cell of scenario A (matched with scenario B).",
    "A_FAC": "Field of scenario A with each cell's facility.",
    "A_TIME": "Field of scenario A with each cell's travel time in minutes (NULL = "
              "unreachable).",
    "B": "Cell layer of scenario B (after), e.g. a Facility closure impact output.",
    "B_ID": "Field that identifies each cell of scenario B (matched with scenario A).",
    "B_FAC": "Field of scenario B with each cell's facility.",
    "B_TIME": "Field of scenario B with each cell's travel time in minutes (NULL = "
              "unreachable).",
    # road network
    "ROADS": "Line layer of roads (e.g. OSM, Digiroad); lines are joined where they share a "
             "vertex.",
    "MODE": f"{_MODE_NAMES.capitalize()}: sets the speeds, the roads the mode may use and "
            f"whether one-way rules apply.",
    "CLASS_FIELD": "Field with the road class (OSM highway values or Digiroad functional "
                   "classes 1-8); it sets car speeds and the roads walkers and cyclists may "
                   "not use.",
    "CLASS_SCHEME": "How to read the road class field: OSM highway, Digiroad functional "
                    "class, or none (every road at the default speed).",
    "SPEED_FIELD": "Field with car speeds in km/h; wins over the class speed, NULL falls "
                   "back to it.",
    "ONEWAY_FIELD": "Field with one-way rules: OSM oneway (yes/-1) or other_tags, or "
                    "Digiroad direction codes (2 both, 3 against, 4 along digitising).",
    "CLASS_SPEEDS": "Car speeds per class replacing the defaults, e.g. "
                    "residential=30,service=15; 0 closes a class.",
    **{m.speed_key: f"{m.speed_label}; used when the travel mode is {m.label.lower()}."
       for m in ROAD_MODES},
    "ACCESS_SPEED": "Speed (km/h) of the walk from a point to the nearest usable road; 0: "
                    "that walk takes no time.",
    "MAX_SNAP": "Points farther than this (m) from a road usable by the mode cannot be "
                "routed and are reported.",
    "TOLERANCE": "Line ends closer than this (work CRS units) are joined into one node.",
    # public transport
    "GTFS": "One or more GTFS feeds (zip files).",
    "DATE": "The day to travel on; the feeds must cover it.",
    "START": "First departure from the origins (HH:MM).",
    "END": "Last departure from the origins (HH:MM).",
    "STEP": "Minutes between the departures of the window.",
    "MAX_WALK": f"Longest walk (m) to the first stop or from the last one (straight line "
                f"times {DETOUR:g}, or along the roads when a road network is given).",
    "TRANSFER_WALK": "Longest walk (m) between two stops when changing vehicles.",
    "MAX_TRIP": "Trips longer than this (minutes) count as not reaching the facility.",
    "MAX_TRANSFERS": "Most changes of vehicle in one trip.",
    "PERCENTILE": "Which travel time over the departure window counts: 50 = the median "
                  "departure, 90 = nearly any departure.",
    "PERCENTILES": "Percentiles of the travel time over the window to write, e.g. 10,50,90.",
    "ARRIVE_BY": "Optional time (HH:MM) to arrive by: the latest departure that makes it is "
                 "written.",
    "SPACING": "Distance (m) between the grid points whose travel times are traced into "
               "polygons.",
    # scenario and optimisation
    "CLOSE_IDS": "Ids (comma separated) of the facilities that close in the scenario.",
    "CLOSE_EXPRESSION": "Expression selecting the facilities that close, e.g. "
                        "\"name\" LIKE '%Kallio%'.",
    "CLOSE_SELECTED": "Close the facilities selected on the map.",
    "THRESHOLDS": "Minutes (comma separated) within which access is counted, e.g. 15,30,60.",
    "THRESHOLD": "Minutes within which the share of departures arriving is counted.",
    "SHARE": "Set cover: the share (0-1) of the demand that must be within the threshold.",
    "USE_RATES": "Visits per person per year by age group field, e.g. age_75=9.5; the "
                 "demand is then the expected visits instead of the population.",
    "PROBLEM": "p-median (least weighted travel time), maximal coverage, set cover or "
               "p-center (least worst travel time).",
    "P": "Number of sites to open (p-median, maximal coverage, p-center).",
    "MUST_OPEN": "Ids (comma separated) of sites that stay open in every solution.",
    "MUST_CLOSE": "Ids (comma separated) of sites that are never chosen.",
    # bands, cut-offs and grids
    "BANDS": "Time bands in minutes (comma separated), e.g. 10,20,30.",
    "CUTOFF": "Travel times above this (minutes) count as unreachable; 0: no limit.",
    "K": "Keep only each origin's k fastest destinations; 0: all.",
    "KIND": "Per facility (overlapping bands), nearest facility (each place to the facility "
            "it reaches fastest) or dissolved (one polygon per band).",
    "RINGS": "Bands as rings (0-10, 10-20...) instead of cumulative (0-10, 0-20...).",
    "RESOLUTION": "Cell size (m) of the travel-time surface: smaller is finer and slower.",
    "REACH": "How far (m) from a reached road an area still counts as reached; 0: twice the "
             "resolution, at least 100 m.",
    # outputs
    "OUTPUT": "The main output layer; its fields are listed in the algorithm's help.",
    "SUMMARY": "Summary table; its fields are listed in the algorithm's help.",
    "OD": "Optional table of percentiles per origin and facility.",
    "REPORT": "HTML report with the key figures, tables and charts.",
    "SITES": "The sites with current, chosen, demand and load.",
    "FLOWS": "Population moving from one facility to another.",
    "LOADS": "Each facility's load before and after, against its capacity.",
    "EQUITY": "Equity figures: who loses access, by age group.",
    "EDGES": "The network edges with component, on_main and usable.",
    "DANGLES": "Dead ends of the network.",
    "STOPS": "Departures per stop over the day and per hour of the window.",
    "CELLS_OUT": "Trips within walking distance of each cell, and the walk to the nearest "
                 "stop.",
}

_TRANSIT_WALKS = {
    "WALK_SPEED": "Walking speed (km/h) to, between and from stops.",
    "ROADS": "Optional road layer: walks to, between and from stops follow its roads instead "
             "of straight lines.",
    "CLASS_FIELD": "OSM highway field of the road layer for the walks (motorways and trunk "
                   "roads are then not walked).",
}
OVERRIDES = {
    **{(alg, key): text for alg in ("transittimes", "transitcatchments",
                                    "transitclosureimpact", "transitoptimisenetwork")
       for key, text in _TRANSIT_WALKS.items()},
    ("transitservice", "WALK_SPEED"): "Walking speed (km/h) from a cell to a stop.",
    ("transitservice", "START"): "Start of the window (HH:MM) for the hourly departures.",
    ("transitservice", "END"): "End of the window (HH:MM).",
    ("transitservice", "MAX_WALK"): f"Longest walk (m) from a cell to a stop (straight line "
                                    f"times {DETOUR:g}).",
    ("optimisenetwork", "NEW_FACILITIES"): "Optional layer of candidate sites to choose from.",
    ("optimisenetwork", "THRESHOLD"): "Coverage threshold (minutes) for maximal coverage and "
                                      "set cover.",
    ("nearestfacility", "BANDS"): "Time bands in minutes for the summary, e.g. 10,20,30.",
    ("catchmentareas", "POPULATION"): "Optional residents (points or polygons) counted into "
                                      "the polygon of their own travel time.",
    ("transitcatchments", "POPULATION"): "Optional residents (points or polygons) counted "
                                         "into the polygon of their own travel time.",
    ("checknetwork", "FACILITIES"): "Optional facilities: the share that can be routed.",
    ("checknetwork", "POPULATION"): "Optional residents: the share that can be routed.",
    ("comparescenarios", "FACILITIES"): "Optional facilities with their capacities, for the "
                                        "load table.",
}
OVERRIDES.update({("transitoptimisenetwork", key): OVERRIDES[("optimisenetwork", key)]
                  for key in ("NEW_FACILITIES", "THRESHOLD")})


def algorithm_help(alg_id: str) -> str:
    """The help of an algorithm ("" when it has none)."""
    return ALGORITHMS.get(alg_id, "")


def parameter_help(alg_id: str, key: str) -> str:
    """The help of one parameter of an algorithm ("" when it has none)."""
    return OVERRIDES.get((alg_id, key), PARAMETERS.get(key, ""))
