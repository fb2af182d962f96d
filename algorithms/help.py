"""Help texts as data: per algorithm id (``ALGORITHMS``, ``EXAMPLES``) and per parameter key
(``PARAMETERS``, with ``OVERRIDES`` where one algorithm means something else by a key).

An algorithm's help is its own text followed by the sections of the parameter blocks it
uses (road network, public transport); nothing is cut out of another algorithm's text.
Every text is one entry of the .ts files in the context "help" (extracted through the stub
``scripts/ts_todo.py --stub`` writes; looked up translated by the functions at the end).
"""

from __future__ import annotations

from ..core.roads import digiroad as _dr
from ..core.roads.modes import ROAD_MODES
from ..core.transit.setup import DETOUR
from .translation import translate

_MODE_NAMES = ", ".join(m.label.lower() for m in ROAD_MODES)
_ONEWAY = ", ".join(m.label.lower() for m in ROAD_MODES if m.oneway) or "none"

NETWORK = (
    "<h3>Road network parameters</h3>"
    "<p><b>Road network</b>: line layer of roads (e.g. OSM, Digiroad). Lines are joined where "
    "they share a vertex: vertices within the <b>topology tolerance</b> of each other "
    "(directly or through a chain of such vertices) become one junction; the log says how "
    "many were joined, and a tolerance not smaller than the median road segment is refused "
    "(it would collapse the network). <b>Travel mode</b>: "
    f"{_MODE_NAMES}. <b>Road class field</b> with <b>road class scheme</b> OSM "
    "<i>highway</i> values "
    "or Digiroad functional classes 1-8 gives car speeds per class (edit them with "
    "<b>class speeds</b>, e.g. <code>residential=30,service=15</code>; 0 closes a class) and "
    "tells which roads the other modes may not use (e.g. motorways). With the OSM scheme, "
    "the classes that OSM documents as never open to private cars are closed to cars: "
    "<i>footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, "
    "elevator, platform, busway, bus_guideway, raceway, escape</i>, and ways not built or "
    "no longer in use (<i>proposed, planned, construction, abandoned, disused, razed</i>; "
    "these, raceways, motorways and trunk roads are closed to walking and cycling too); "
    "every other class outside the speed table is driven at the <b>car speed on roads of "
    "unknown class</b>. With the Digiroad scheme only the classes of the table (1-7) are "
    "open to cars. <b>Speed field</b> (km/h) "
    "wins over the class speed for cars; NULL falls back to the class speed. <b>One-way "
    "field</b> accepts OSM <code>oneway</code> values (yes/-1) or Digiroad direction codes "
    "(2 both, 3 against, 4 along digitising); an OSM <code>other_tags</code> field works "
    "too, and there <code>junction=roundabout</code> or <code>circular</code> without a "
    "<code>oneway</code> tag is one-way along the way, as OSM defines it. "
    f"One-way rules apply to: {_ONEWAY}. Points (facilities, "
    "population) are snapped to the nearest point of the nearest road usable by the mode "
    "on the main network (its largest connected piece); "
    "the walk from the point to the road is counted at the <b>access walking speed</b>. "
    "A point whose nearest road is a piece not connected to the main network is snapped "
    "to the main network, farther away: the log counts such points and outputs with a "
    "<code>snap_note</code> field mark them <i>nearest road not connected to the "
    "network</i>. Points farther than the <b>maximum snapping distance</b> from the main "
    "network are reported with the reason: <i>on a road piece not connected to the main "
    "network</i> when such a piece is within that distance, else <i>too far from a "
    "road</i>. A point at the very place of a facility is 0 minutes from it. Distances are "
    "measured in a CRS in ground metres: the road layer's own when it is one, else "
    "EPSG:3067 (TM35FIN) in Finland and the local UTM zone elsewhere (the log says "
    "which).</p>")

DIGIROAD = (
    "<h3>Digiroad road links</h3>"
    "<p>A Digiroad road-link product of the Finnish Transport Infrastructure Agency "
    "(Väylävirasto; shapefile or GeoPackage, upper- or lower-case field names) is recognised "
    "by its fields: an empty <b>road class field</b> becomes <code>TOIMINN_LK</code> "
    "(functional class) and selects the Digiroad scheme, an empty <b>link type field</b> "
    "<code>LINKKITYYP</code>, an empty <b>one-way field</b> <code>AJOSUUNTA</code>; the log "
    "says so, and names each of these fields the layer lacks with what is then assumed. "
    "Codes outside the lists below are counted and listed in the log: an unknown functional "
    "class closes the link, an unknown link type leaves it to its functional class. "
    "<b>Digiroad speed limits</b>: the speed-limit layer (<code>DR_NOPEUSRAJOITUS</code>: "
    "<code>LINK_ID</code>, measures <code>ALKUM</code>..<code>LOPPUM</code> in metres, "
    "<code>ARVO</code> km/h) joined to the links by <code>LINK_ID</code>; a link takes the "
    "speed that gives the same time as its limits over the measure ranges they cover "
    "(e.g. 80 km/h on 500 m and 40 km/h on 500 m: 53.3 km/h); a link less than half "
    "covered, or not in the table, keeps its class speed. Limits are for cars. A ferry "
    f"(link type 21) is a timed link for every mode: {_dr.FERRY_KMH:g} km/h plus a "
    f"{_dr.FERRY_WAIT_MIN:g}-minute wait. <code>KUNTAKOODI</code> (municipality code) is "
    "not used for routing. Codes as in <i>Digiroad – Description of Data Objects</i> "
    "(Väylävirasto, release 4/2017, appendix 1) and <i>Digiroad – tietolajien "
    "kuvaus</i>:</p>"
    "<table><tr><th>Field</th><th>Code</th><th>Meaning</th><th>Engine class</th>"
    "<th>Rules</th></tr>"
    + "".join(f"<tr><td>{f}</td><td>{c}</td><td>{m}</td><td>{t}</td><td>{w}</td></tr>"
              for f, c, m, t, w in _dr.rules_table())
    + "</table>"
    "<p>Class 1 roads are also closed to walking and cycling (with no link type, class 1 "
    "stands for motorways); wheelchairs also keep off driving paths (class 7) and service "
    "roads.</p>")
NETWORK = NETWORK + DIGIROAD

TRANSIT = (
    "<h3>Public transport parameters</h3><p><b>GTFS feeds</b>: one or more zip files. "
    "<b>Date</b>: a day the feeds cover. <b>First / last departure</b> (HH:MM) and "
    "<b>step</b> (minutes) make the departure window; waiting at the origin counts as "
    "travel time. A last departure earlier than the first (e.g. 23:00-01:00) ends on the "
    "next day.</p><p><b>Which timetable</b>: times are clock times of the chosen date. "
    "Used are the trips of the date's services, the previous date's trips where they run "
    "past 24:00 (GTFS times such as 24:30 of a Monday trip are Tuesday 00:30) and, for "
    "times past midnight (a window or a journey crossing it), the next date's trips. "
    "A stop where a trip lets no one board (<code>pickup_type</code> 1) or alight "
    "(<code>drop_off_type</code> 1) is passed by riders of that trip; 2 and 3 (by "
    "arrangement with the agency or the driver) are taken as regular stops. A vehicle "
    "that continues as another trip (<code>block_id</code>) is not followed: staying on "
    "counts as a transfer at that stop.</p><p>Walks "
    f"to, between and from stops are straight lines times {DETOUR:g} at "
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
    '65-74, 75+); <b>75+ field</b> is used for the equity figure; -1 in a group field '
    "(Statistics Finland's mark of cells under 10 residents) counts in no group, the total "
    'field still counts them. <b>Area field</b>: e.g. municipality, for the summary. '
    '<b>Thresholds</b>: minutes, e.g. <code>15,30,60</code>. <b>Facility name field</b> '
    'and <b>scenario name</b>: the names the report and its map use (ids when not '
    'given).</p><p><b>Outputs</b>: cells with the nearest facility and '
    'minutes before and after, the change and <code>lost_&lt;min&gt;</code> flags; the '
    'flow table (population moving between facilities); facility loads against capacity; '
    'the summary by area and age group; equity figures; the report: an HTML page for A4 '
    'paper in the language of QGIS (Finnish, Swedish or English) with what the figures '
    'mean, a map of the change and of the open and closed sites, the inputs and '
    'assumptions, and its PDF next to it (same name, .pdf; a PDF not made by this plugin '
    'is never replaced). By road, one search gives every cell its nearest site and is '
    'kept: a scenario then searches again only where its closed facilities were nearest '
    '(the same times and facilities as a whole new search), so a further scenario on the '
    'same layers takes seconds; by public transport, per-facility travel times are cached, '
    'so a further scenario does not search again.</p><p><b>Facility ids</b> must be filled in '
    'and unique; with <b>features with the same id are entrances of one facility</b> on, '
    'features sharing an id are one facility, reached through its nearest entrance, and '
    'closing it closes all its entrances.</p>')

SCENARIO_CHANNELS = (
    "<h3>Other service channels (optional)</h3><p>Give <b>mobile stops</b> (with the "
    "<b>mobile units</b> and <b>stop schedule</b> tables, as for Mobile service units) "
    "and/or a <b>broadband table</b> (with the population's <b>grid id field</b>, "
    "<b>digital readiness</b> and <b>remote share</b>, as for Digital channel), and each "
    "cell's access is judged over all the channels it has. What counts as access: a "
    "<i>fixed site</i> within the smallest access threshold (closure) or the coverage "
    "threshold (optimiser); a <i>mobile stop</i> within the <b>mobile stop access time</b> "
    "by the same travel mode as the sites (road or public transport), if the stop has at "
    "least one visit in its timetable (holidays taken off); <i>remote visits</i>: the "
    "share sigma of the cell's visits that can be made remotely, sigma = s &times; b "
    "&times; &Sigma;<sub>a</sub> (P<sub>a</sub> / P) r<sub>a</sub>: the service's remote "
    "share s (with several service types, the first one listed) times the cell's "
    "connectivity b (as the Digital channel computes it from the broadband table) times "
    "its residents' digital readiness (over the age groups a, the sum of each group's "
    "share of the residents P<sub>a</sub> / P times its readiness r<sub>a</sub>), "
    "counted as sigma x residents "
    "(person-equivalents). A cell's best channel is the first of fixed, mobile, digital "
    "(sigma &gt; 0) that serves it, else none. Of the residents who lose their fixed site "
    "within the threshold, those within reach of a mobile stop count as compensated by the "
    "stop, of the rest the person-equivalents sigma x residents by remote visits; what is "
    "left has no substitute. Without channel inputs nothing changes.</p>")
_CLOSURE_CHANNELS = (
    "<p><b>With channels</b> the cells get <code>ch_best_before</code>, "
    "<code>ch_best_after</code>, <code>ch_lost</code> (1: loses the fixed site within the "
    "threshold), <code>ch_comp_mobile</code> (1: a mobile stop makes it up), "
    "<code>ch_comp_remote</code> (share made up by remote visits) and each channel's "
    "figure (<code>ch_mobile_min</code>, <code>ch_mobile_interval_days</code>, "
    "<code>ch_b_conn</code>, <code>ch_sigma</code>); the optional table <b>Channels: "
    "compensation by area</b> and the report's section <i>Other service channels</i> say, "
    "per area (municipality) and in all, how many lose their site and how many of them a "
    "mobile stop and remote visits compensate (persons and %).</p>")
_OPTIMISE_CHANNELS = (
    "<p><b>With channels</b> the sites are chosen for the demand the other channels leave: "
    "a cell within reach of a mobile stop counts as covered (its demand drops out of every "
    "problem, also p-median and p-center), every other cell's demand is multiplied by "
    "(1 - sigma); for set cover the share applies to the whole demand, the demand the "
    "channels serve counting as covered (the log gives the share of the remaining demand "
    "that the sites must cover). The sites layer's <code>demand</code> is the demand left "
    "for the sites. The cells get the same <code>ch_</code> fields as in the closure "
    "impact, 'before' being the current network and 'after' the chosen sites, and the "
    "report its section <i>Other service channels</i>: of the residents who have a current "
    "site within the coverage threshold and no chosen one, how many a mobile stop and "
    "remote visits compensate, per area.</p>")
_MOBILE_PLAN = (
    "<h3>Plan a route day (optional)</h3><p>Give <b>candidate stops</b> "
    "(points or polygons; a <code>stop_id</code> field names them, else the feature ids) "
    "and the stops of the first unit of the units table are chosen for one route day: "
    "greedy maximal coverage of the need (the 75+ field when given, else the population) "
    "within the coverage time, each cell counted once; a candidate is added (the one "
    "adding the most need first) when the route from the unit's depot through the chosen "
    "stops and back, by cheapest insertion improved by 2-opt, plus the <b>time at each "
    "stop</b> (setup included) still fits the unit's <code>shift_min</code>. A heuristic: "
    "on 40 small random instances it reached the brute-force optimum in 35 and at least "
    "85 % of it in all. Outputs: the candidates with <code>seq</code> (route order, 0 "
    "not chosen) and <code>need_within</code>, and the route day (stops, drive, day, "
    "slack, need covered).</p>")

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
    'the expected visits.</p>'
    '<p><b>Solver</b>: p-median and maximal coverage use a heuristic (greedy and '
    'randomised starts, vertex substitution pricing every swap at once, random '
    'perturbations of the best) and a Lagrangian relaxation whose value is a <b>proven '
    'bound</b> on the optimum (a lower bound on the least total travel time, an upper '
    'bound on the coverable demand). Every run states the proven gap (upper - lower) / '
    'lower in the log and the report, or <i>proven optimal</i> below 0.0001 %. If the '
    'gap is not closed and demand x sites is at most 400,000 (for coverage after merging '
    'cells covered by the same sites), the exact MILP (HiGHS, 60 s) also runs and the '
    'better result with the tighter bound is reported. With a <b>capacity field</b> (in '
    'the units of the demand; demand may be split between sites) p-median improves the '
    'uncapacitated sites by swaps checked with the capacitated assignment (an LP); its '
    'bound is the uncapacitated one (proven, looser when capacities bind). Set cover, '
    'p-center and coverage with capacities are solved exactly by HiGHS; p-center is the '
    'smallest travel time within which p sites reach all demand, by bisection over the '
    'travel times, proven optimal when each tested time was solved to optimality.</p>'
    '<p><b>Outputs</b>: the sites with <code>chosen</code>, demand and load; '
    'the cells with their allocation before (current facilities) and after (chosen sites); '
    'the same flow, load, summary and equity tables and HTML report as the closure impact; '
    'the objective, the solver used and its gap.</p>')

_CATCHMENTAREAS = (
    "<p>Travel-time catchment polygons (isochrones) around facilities that follow the "
    "road network: a place belongs to a band when a point of a road within the "
    "<b>reach</b> of it (straight-line metres) is reached within the band's minutes, "
    "counting the straight walk from that road point at the access walking speed (5 km/h "
    "when that is 0). Every road usable by the mode on the main network counts, the "
    "nearest or not.</p>"
    "<p>How it is drawn: roads are taken at points every half <b>grid resolution</b> "
    "along them. At each cell centre of the grid the engine computes by how much the "
    "place misses the band, in time or in reach: the best, over the road points p near "
    "it, of max(time at p + walk from p - band limit, (distance to p - reach) / walking "
    "speed). The band's edge is where this crosses zero, drawn by linear interpolation "
    "between cell centres; so it lies within a few metres of the exact edge, the "
    "reach's circles included (a straight line between cell centres cuts inside a "
    "circle, so the reach is traced resolution&sup2; / (8 &times; reach) wider: 3 m with "
    "50 m cells and a 100 m reach). A ring (0-10, 10-20...) is the area inside its upper "
    "limit and not inside its lower one.</p>"
    "<p><b>Time bands</b>: minutes, e.g. <code>10,20,30</code>. <b>Catchment type</b>: "
    "<i>per facility</i> gives every facility its own (overlapping) bands; <i>nearest "
    "facility</i> splits the area between facilities so that each place goes to the "
    "facility it reaches fastest, decided per grid cell (no overlaps); <i>dissolved</i> "
    "gives one polygon per "
    "band for all facilities together. <b>Rings</b>: bands as 0-10, 10-20, 20-30 instead "
    "of 0-10, 0-20, 0-30. <b>Grid resolution</b>: cell size of the travel-time surface "
    "(smaller = finer and slower). A band narrower than the grid may give no polygon: the "
    "log warns.</p>"
    "<p><b>Population</b> (optional, points or polygons with a population field): each "
    "polygon gets the population of the features whose own network travel time falls in "
    "the band (the same times as the Nearest facility algorithm), not a geometric "
    "overlay.</p>"
    "<p><b>Output</b>: <code>fac_id</code>, <code>band_from</code>, <code>band_to</code> "
    "(minutes), <code>population</code>, <code>area_km2</code>.</p>")

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
    '<code>reachable</code>, <code>reason</code> (why a feature could not be routed), '
    '<code>snap_m</code> (metres from the feature to the road it was snapped to) and '
    '<code>snap_note</code> (<i>nearest road not connected to the network</i> when a nearer '
    'road piece is not connected to the main network, so the feature was snapped farther '
    'away, onto the main network); a summary table with, per facility, the cells and '
    'population served, the population '
    'within each band and the mean travel time, plus one row for the unreachable '
    'population.</p><p><b>Facility ids</b> must be filled in and unique; with <b>features '
    'with the same id are entrances of one facility</b> on, features sharing an id are one '
    'facility, reached through its nearest entrance.</p>')

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
    'median), <code>trips_day</code> (distinct trips riders may board at a stop within '
    'walking on the date, 00:00-24:00); with <b>arrive by</b>, <code>leave_by</code> (the '
    'latest departure from the origin that reaches a facility in time; an arrive-by time '
    'earlier than the first departure is read as the next day\'s when that falls within '
    '12 hours of the last departure (a window running past midnight), else a warning says '
    'only walking can make it) and <code>arrive_by_min</code>. The optional '
    '<b>OD table</b> holds the percentiles per origin and facility.</p>')

_TRANSITSERVICE = (
    '<p>Where public transport service is thin: departures per stop over the day and per '
    'hour of a window, and for each population cell the number of distinct trips that '
    'leave a stop within walking distance (over the day and in the window) and the walk to '
    'the nearest stop. Counted are only departures riders may board '
    '(<code>pickup_type</code> other than 1; 2 and 3, by arrangement, count).</p>'
    "<p>The <b>day</b> is the chosen date from 00:00 to 24:00 on the clock: the date's "
    "trips and the previous date's trips that run past 24:00 (a Monday trip at 24:30 is "
    "Tuesday 00:30); the date's own times past 24:00 belong to the next day. A "
    '<b>window</b> whose end is earlier than its start (e.g. 23:00-01:00) crosses midnight '
    "and takes the next date's trips after it; <code>hHH</code> is the clock hour.</p>"
    '<p><b>GTFS feeds</b>, <b>date</b>, <b>window</b> (HH:MM); '
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


_ACCESSIBILITYINDEX = (
    "<p>How much service capacity per resident each population cell reaches, counting "
    "the competition of the other residents for the same sites: the floating catchment "
    "indices of PySAL <i>access</i> 1.1.10, on road travel times from every site to "
    "every cell (searches start at the sites; only pairs within the maximum time are "
    "kept).</p>"
    "<p><b>Methods</b> (P<sub>i</sub> population of cell i, S<sub>j</sub> capacity of "
    "site j, d<sub>ij</sub> minutes, W the weight, only pairs with d<sub>ij</sub> &le; the "
    "maximum time):<br><b>2SFCA</b> (Luo &amp; Wang 2003): R<sub>j</sub> = S<sub>j</sub> / "
    "&Sigma;<sub>i</sub> P<sub>i</sub>W(d<sub>ij</sub>), A<sub>i</sub> = &Sigma;<sub>j</sub> "
    "R<sub>j</sub>W(d<sub>ij</sub>), W = 1 unless a weight is chosen;<br><b>E2SFCA</b> "
    "(Luo &amp; Qi 2009): the same with step weights, by default 10:1, 20:0.68, 30:0.22 "
    "(minutes:weight, a threshold includes its own minute, 0 beyond the last);<br>"
    "<b>3SFCA</b> (Wan et al. 2012): W becomes G<sub>ij</sub>W<sub>ij</sub> with the "
    "selection weight G<sub>ij</sub> = W<sub>ij</sub> / &Sigma;<sub>k</sub>W<sub>ik</sub> "
    "over every site within the larger of the maximum time and the last step threshold "
    "(as PySAL on a cost table that long: G is taken before the maximum time); default "
    "steps 10:0.962, 20:0.704, 30:0.377, 60:0.042;<br><b>Gravity potential</b> (no "
    "competition, PySAL <i>weighted_catchment</i>): A<sub>i</sub> = &Sigma;<sub>j</sub> "
    "S<sub>j</sub>W(d<sub>ij</sub>). 2SFCA with a gaussian or gravity weight and no "
    "maximum time is the competition gravity model.</p>"
    "<p><b>Weights</b>: step (the <b>step weights</b> text), gaussian W = exp(-d&sup2;/"
    "2&sigma;&sup2;) (W(0) = 1), gravity W = (max(d, minimum)/scale)<sup>&alpha;</sup> "
    "(&alpha; as given, e.g. -1).</p>"
    "<p><b>Capacity field</b>: one unit per run (doctor FTE, appointment hours per week, "
    "visits per year); without it each site counts 1. <b>Maximum travel time</b>: 0 = "
    "every pair the roads connect.</p>"
    "<p><b>Outputs</b>: the population layer with <code>acc</code> (capacity per resident "
    "reached), <code>acc_1000</code> (per 1 000 residents), <code>acc_norm</code> "
    "(acc divided by the population-weighted mean: 1.0 = the area's average) and "
    "<code>reached</code> (1 when some site is within the maximum time at a positive "
    "weight; otherwise acc = 0, where PySAL gives NaN). The sites with "
    "<code>weighted_demand</code> (&Sigma; P<sub>i</sub>W), <code>ratio</code> "
    "(R<sub>j</sub>; empty when no resident reaches the site, which then adds nothing), "
    "<code>ratio_norm</code> (R<sub>j</sub> / mean access) and <code>cells</code> reaching "
    "it. A one-row run table: method, maximum time, weight, mode, mean access and the "
    "population with normalised access below 0.5.</p>"
    "<p><b>Sites to close</b> (ids): the same index without them (their pairs left "
    "out): <code>acc_after</code>, <code>acc_norm_after</code> (divided by the mean "
    "<i>before</i>, so before and after read on one scale), <code>d_acc</code>, "
    "<code>reached_after</code>; per site <code>open_after</code> and "
    "<code>ratio_after</code>; in the run table the mean after and the population below "
    "half the mean before, after the closure.</p>"
    "<p>With W = 1 and every site reached, &Sigma; P<sub>i</sub>A<sub>i</sub> = "
    "&Sigma; S<sub>j</sub>: capacity is shared out, not created.</p>")

_TRANSITACCESS = (
    "<p>Travel times are public transport times from GTFS: for every cell and site the "
    "chosen <b>percentile</b> of the door-to-door time over the departure window (50 = "
    "median; waiting at the origin and walks included), one timetable profile per "
    "site. Pairs slower than the maximum trip time count as not connected.</p>")

_MOBILEUNITS = (
    "<p>A health bus, mobile dental or laboratory unit: what its timetable gives a year, "
    "whether each day's route fits the shift, and who lives near its stops.</p>"
    "<p><b>Mobile stops</b> (points): <code>stop_id</code>, <code>unit_id</code>. "
    "<b>Mobile units</b> (table): <code>unit_id</code>, <code>base_id</code> (depot), "
    "<code>visits_per_hour</code>, <code>staff_per_shift</code>, <code>shift_min</code>, "
    "<code>setup_min</code>. <b>Depots</b> (points, <code>base_id</code>). <b>Stop "
    "schedule</b> (table, like a GTFS calendar): <code>stop_id</code>, <code>weekday</code> "
    "(1 Monday ... 7 Sunday), <code>time_start</code>, <code>time_end</code> (HH:MM), "
    "<code>period_weeks</code> (1 weekly, 2 every other week...), <code>first_date</code> "
    "(must fall on the weekday), <code>valid_from</code> (empty = first date), "
    "<code>valid_to</code>, <code>route_day_id</code> and <code>seq</code> (order on that "
    "route day). Optional <b>holidays</b> table with a <code>date</code> field.</p>"
    "<p><b>Per stop</b>: service dates = first_date + k x 7 x period_weeks up to valid_to, "
    "from valid_from, minus holidays, in the <b>year</b>: <code>n_visits_y</code>; "
    "<code>hours_y</code> = visits x (open minutes - setup) / 60; <code>capacity_y</code> "
    "= hours x visits per hour; <code>staff_hours_y</code> = hours x staff; "
    "<code>interval_days</code> = 7 x period (with several timetable rows: 1 / their "
    "visits per day) and <code>expected_wait_days</code> = half of it (a need arising at "
    "a random time waits on average half an interval); <code>pop_cov</code> / "
    "<code>pop75_cov</code> = population of the cells within the <b>coverage time</b> "
    "of a stop, each cell counted once, for its nearest stop; "
    "<code>capacity_per_1000_cov</code>.</p>"
    "<p><b>Per route day</b>: depot -> stops in seq order -> depot by road: "
    "<code>drive_min</code>, <code>route_km</code>, T_day = drive + the stops' opening "
    "minutes (<code>t_day_min</code>), <code>slack_min</code> = shift - T_day; "
    "<code>route_ok</code> = 1 when T_day fits the shift and, leaving each stop at its "
    "closing time, the unit reaches the next stop by its opening time (<code>late</code> "
    "lists the stops it would reach late).</p>"
    "<p><b>Per cell</b>: <code>mobile_stop</code> and <code>mobile_min</code> (nearest "
    "stop within the coverage time, else empty), <code>mobile_interval_days</code>. With "
    "<b>fixed sites</b> and their <b>annual service hours</b> field, the 2SFCA index "
    "(maximum time = <b>accessibility time</b>) is run on annual staffed hours with and "
    "without the stops (a stop's supply = staff_hours_y): <code>acc_fixed</code>, "
    "<code>acc_with_mobile</code> and <code>dA_mobile</code> (hours per resident a year)."
    "</p><p>The route days and the coverage both use the chosen <b>travel mode</b> (car: "
    "residents' time to a stop is also by car; run again with walking for a walking "
    "catchment).</p><p>Bad input (impossible times, a first date on the wrong weekday, "
    "one unit at two stops at once, a stop without a unit, negative capacities) stops "
    "the run with "
    "the table, row and value.</p>")

_HOMECARE = (
    "<p>How much of home-care staff time goes to driving from each base, how many FTE "
    "are needed, and what changes when bases close.</p>"
    "<p><b>Home-care bases</b> (points): <code>base_id</code>, <code>shift_min</code>, "
    "<code>vehicle_cost_per_km</code>. <b>Demand grid</b> (aggregate cells, no client "
    "points): <code>clients</code>, <code>visits_per_week</code>, "
    "<code>mean_visit_min</code>, <code>share_two_staff</code> (0-1). Without a "
    "<code>clients</code> field give the <b>coverage by age group</b> (field=share, e.g. "
    "<code>ika_75_84=0.1,ika_85_=0.3</code>): clients = &Sigma; persons x share, "
    "visits = clients x 9 a week and 29.6 min a visit (THL time study: about 9 visits and "
    "38 min of care a day per client), one carer.</p>"
    "<p>Each cell goes to its nearest base by road (from the base), or to the base of its "
    "<b>care area field</b> when given (an empty value: the nearest base; when that base "
    "closes, the nearest open one). <b>Star</b>: a visit "
    "costs the round trip, &tau; = 2 t(base, cell). <b>Route</b> (default): the weekly "
    "visits are spread evenly over 7 days; per base and day they are chained "
    "nearest-neighbour into routes of at most the shift (drive + care), each improved by "
    "2-opt; &tau; = route drive / visits on it (a cell with under half a visit a week "
    "uses the star figure).</p>"
    "<p>Per base: weekly staff minutes M = &Sigma; v (1 + two)(visit min + &tau;) (both "
    "carers drive and care when two are needed): <code>care_min_wk</code>, "
    "<code>drive_min_wk</code>, <code>drive_share</code> = drive / M, "
    "<code>direct_share</code> = 1 - drive share - indirect share, <code>fte_needed</code> "
    "= 52 M / 60 / (productive hours per FTE-year x (1 - indirect share)), "
    "<code>km_year</code> = 52 x weekly km (routes, or 2 x distance x visits for star), "
    "<code>vehicle_cost_year</code>. Per cell: <code>base_id</code>, "
    "<code>drive_min_oneway</code>, <code>tau_min</code>. <b>Bases to close</b> (ids, "
    "comma separated): the same run without them, and a comparison table per base (before, "
    "after, change; last row the total).</p>"
    "<p>Plausibility (THL Aikamittaus 2022): client-facing share 36-56 % by unit.</p>")

_DIGITALCHANNEL = (
    "<p>Where remote services can realistically replace a trip, given connections and "
    "age, and how much physical demand that removes.</p>"
    "<p><b>Population grid</b> with a <b>grid id field</b> and persons per age group. "
    "<b>Broadband table</b> (Traficom-style, per grid cell): <code>grid_id</code>, "
    "<code>hh_total</code>, <code>hh_fixed_100M</code> (households with &ge; 100 Mbit/s "
    "fixed availability), <code>mob_cov</code> (0-1). A cell without a row is an error "
    "unless a <b>default connectivity</b> is given (e.g. the municipal household share "
    "when only municipal figures exist); such cells get <code>bb_source</code> = "
    "default.</p>"
    "<p><b>Digital readiness</b> (age field=share using the internet, e.g. "
    "<code>ika_15_64=0.98,ika_65_74=0.78,ika_75_=0.40</code>; Statistics Finland ICT "
    "use survey) and <b>remote share</b> per service type (e.g. <code>gp=0.3,"
    "nurse=0.2</code>; the share of visits clinically fit for remote care).</p>"
    "<p>Connectivity b = hh_fixed_100M / hh_total (<i>fixed</i>; 0 without households), "
    "mob_cov (<i>mobile</i>) or the larger (<i>max</i>). Per cell and service k: "
    "<code>sigma_k</code> = s<sub>k</sub> b &Sigma;<sub>a</sub> (P<sub>a</sub>/P) "
    "r<sub>a</sub>; <code>demand_phys_k</code> = demand x (1 - sigma_k) (demand = the "
    "<b>demand field</b>, else the persons of the age fields): the input for the "
    "accessibility index; <code>dig_excluded</code> = &Sigma;<sub>a</sub> P<sub>a</sub> "
    "(1 - r<sub>a</sub> b), persons unlikely to use remote care, and "
    "<code>dig_excl_share</code> of the cell's persons. The county table gives, per "
    "service, the visits shifted a year (visits field x sigma), one-way trips avoided (2 "
    "per visit) and the excluded persons in total.</p>")

_MULTICHANNELCOMPENSATION = (
    "<p>After a closure, who is still served, and by which channel: the fixed sites, a "
    "mobile stop or remote (digital) service.</p>"
    "<p><b>Cells</b>: one layer with the minutes to the nearest fixed site <b>before</b> "
    "and <b>after</b> (e.g. <code>min_before</code> / <code>min_after</code> of the "
    "Facility closure impact), optionally the minutes to the nearest <b>mobile stop</b> "
    "(<code>mobile_min</code> of Mobile service units; empty = none within its coverage "
    "time) and the <b>remote share</b> (<code>sigma_&lt;service&gt;</code> of the Digital "
    "channel). Run those algorithms one after the other on the same cells: each adds its "
    "fields to the layer it is given.</p>"
    "<p>A cell is served by the fixed channel within the <b>fixed-site limit</b>, by the "
    "mobile channel within the <b>mobile limit</b>, digitally when its remote share is "
    "above 0; <code>best_before</code> / <code>best_after</code> is the first of fixed, "
    "mobile, digital that serves it, else none. <code>lost_fixed</code> = 1 when the "
    "closure takes its fixed site beyond the limit; <code>comp_mobile</code> = 1 when a "
    "mobile stop serves such a cell; <code>comp_remote</code> = the remote share of a "
    "lost cell the bus does not serve.</p>"
    "<p><b>Summary</b>: population losing the fixed site; of whom near a mobile stop; of "
    "the rest, demand that can go remote (persons x remote share); left uncompensated; "
    "each also as a share of the lost; and the population by best channel before and "
    "after.</p>")

_POPULATIONPROJECTION = (
    "<p>Projects a population grid by age to target years (e.g. 2025-2030) with a "
    "municipal population projection, so that demand can be judged for the year a "
    "decision takes effect.</p>"
    "<p><b>Population grid</b>: Statistics Finland's grid as published (1 km or 250 m; "
    "<code>vaesto</code> and age fields <code>ika_0_14</code>, <code>ika_15_64</code>, "
    "<code>ika_65_</code>, or finer ones named <code>ika_LO_HI</code>). Cells with fewer "
    "than 10 residents have their age fields masked as -1: they get the cell's total "
    "spread by the municipality's age shares of the base year; a -1 is never counted "
    "as a person. Each cell belongs to a municipality: a <b>municipality field</b> of "
    "the grid (codes such as <code>091</code>) or a <b>municipality layer</b> "
    "(polygons, code field) that contains the cell's centre.</p>"
    "<p><b>Projection table</b>: Statistics Finland's projection by municipality and "
    "single year of age (table 14wx exported from PxWeb: columns Alue, Ikä, Sukupuoli, "
    "Vuosi and the population; English headers municipality, age, year, population "
    "work too). Only the both-sexes rows are used. The <b>base year</b> must be in it "
    "(the grid's year) as well as every target year.</p>"
    "<p>What is computed, per cell, age group and year T: the grid's groups, with 65+ "
    "split into 65-74, 75-84 and 85+ by the municipality's shares of the base year; "
    "then P(T) = P(base) x projection(municipality, group, T) / projection(municipality, "
    "group, base). With <b>rake</b> on (default; for grids covering whole "
    "municipalities) the cells are scaled so that each municipality's grid sum equals "
    "the projection exactly; switch it off when the grid covers only part of a "
    "municipality. <b>Use rates</b> (visits per person and year by group, e.g. "
    "<code>0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9</code>) give the need-weighted "
    "demand <code>need_YEAR</code>.</p>"
    "<p><b>Outputs</b>: the grid with <code>pop_GROUP_YEAR</code> (expected persons, not "
    "rounded) and <code>need_YEAR</code>; a check table per municipality, group and year "
    "with the grid's base sum, the municipality's base population, the grid's projected "
    "sum and the projection (the difference is 0 after raking).</p>")

_NETWORKCOSTS = (
    "<p>What a network scenario costs per year, for the county and for its clients "
    "(with Kela's share of their travel), and the net present value.</p>"
    "<p><b>Site costs</b> (table, one row per site): <code>site_id</code>, and any of "
    "<code>owned</code>, <code>rent_eur_year</code>, <code>lease_end</code>, "
    "<code>notice_months</code>, <code>renewal_rent_eur_year</code>, <code>m2</code>, "
    "<code>opex_eur_m2_year</code>, <code>repair_backlog_eur</code>, "
    "<code>invest_year</code>, <code>residual_value_eur</code>. Dates as 2027-06-30 or "
    "30.6.2027. <b>Scenario</b> (table): <code>site_id</code>, <code>action</code> "
    "(keep, close or open; a move is a close and an open), <code>effective_date</code> "
    "and optionally <code>exit_cost_eur</code>; without it every site is kept. "
    "Sites to be opened are rows of the site costs too.</p>"
    "<p>What is computed: a site is active from its opening to its closing; a day "
    "counts 1/(12 x days of its month) of an annual amount, so a whole month is a "
    "twelfth. A closure takes effect at the later of its date and the lease end "
    "(fixed-term lease), after the notice period (open-ended lease, no lease end) or on "
    "its date (owned sites, or when an exit cost is given: it falls in that year). After "
    "a kept site's lease end the renewal rent applies (the old rent when none is given). "
    "Operating costs = m2 x opex per m2 while active. The repair backlog falls in its "
    "investment year if the site is active on 1 January of that year. <b>Staff</b> "
    "(table: <code>site_id</code>, <code>profession</code>, <code>fte</code>, "
    "<code>eur_per_fte_year</code>): while a site is active; the staff of a closed site "
    "move with its clients and their cost goes on. <b>Mobile units</b> (table: "
    "<code>unit_id</code>, <code>vehicle_eur_year</code>, <code>fixed_eur_year</code>, "
    "<code>eur_per_km</code>, <code>km_year</code>, <code>staff_eur_year</code>).</p>"
    "<p><b>Client travel</b> (optional layer, e.g. the closure impact's cells): population "
    "and one-way distance in km to the site used, and visits per person and year. Each "
    "visit is two one-way trips at Kela's own-car rate per km (the cheapest mode), split "
    "per person and year: the client pays min(trips x min(trip cost, deductible), "
    "annual ceiling), Kela the rest; cells that reach no site are left out. Tariffs come "
    "from the <b>parameter table</b> (<code>name</code>, <code>value</code>, "
    "<code>valid_from</code>: <code>kela_deductible</code>, <code>kela_ceiling</code>, "
    "<code>car_eur_per_km</code>), the values in force on 1 July of each year; the "
    "bundled table (resources/parameters/finland.csv) holds Kela's tariffs with "
    "sources.</p>"
    "<p><b>NPV</b> = sum over the years of cost / (1 + r)^(year - first year) less the "
    "residual value of the sites active at the end, discounted from the last year; the "
    "county view counts county costs, the societal view adds clients' and Kela's "
    "travel.</p>"
    "<p><b>Outputs</b>: yearly table (rent, opex, invest, exit, staff, mobile, "
    "client_travel, kela_travel, county_total, societal_total), the same per site, and "
    "the NPV of both views.</p>")

_LEASTCOSTPLAN = (
    "<p>Which sites to keep, close and open, year by year, so that the network costs the "
    "least while every resident is served and a stated level of access holds.</p>"
    "<p><b>Demand</b>: cells with an id and demand per year, named by a pattern such as "
    "<code>need_{year}</code> (the output of <i>Population projection to target "
    "years</i>) or one field for every year. <b>Sites</b> (table or layer): "
    "<code>site_id</code>, <code>existing</code> (1 = open today, 0 = candidate), and "
    "the cost fields of <i>Service network costs</i> (<code>rent_eur_year</code>, "
    "<code>m2</code>, <code>opex_eur_m2_year</code>...), optional "
    "<code>capacity</code> (demand units per year), <code>lease_end</code> (an existing "
    "site can close only from the year after its lease end; without one from the first "
    "year), <code>open_from</code> (first year a candidate can open), "
    "<code>required</code> and <code>forbidden</code> (1/0). <b>Travel times</b>: a "
    "long table <code>origin_id</code>, <code>dest_id</code>, <code>time_min</code>, "
    "e.g. the OD matrix algorithm's output from cells to sites (pairs missing from it "
    "cannot be used).</p>"
    "<p>What is computed: an exact mixed-integer programme (HiGHS) minimising the sum over "
    "the years of discounted [sites' yearly costs while open + EUR per minute x demand x "
    "travel minutes], where each cell's demand goes to open sites (split only where "
    "capacities bind), existing sites close at most once and stay closed, candidates "
    "open at most once and stay open, and, when an <b>access floor</b> is given, at least "
    "that share of the floor demand (e.g. <code>pop_75_84_{year},pop_85__{year}</code>) "
    "is served within the floor minutes every year, and, with <b>staff available</b> "
    "(<code>area</code>, <code>profession</code>, <code>fte</code>; an empty area is the "
    "whole county; the sites' <code>area</code> field places them), the open sites of an "
    "area never need more FTE of a profession (from <b>staff per site</b>) than "
    "available. When no plan can meet the staff limits, the message names each limit "
    "that cannot be met and the FTE that the plan closest to the limits (least FTE over "
    "them in total) would still need. A site's yearly cost is what it would cost open "
    "all year (rent, renewal rent after lease end, operating costs, and the "
    "repair backlog in its investment year). <b>EUR per "
    "minute</b> values a demand unit's one-way travel minute; 0.4 is about a return trip "
    "by car at Kela's 0.20 EUR/km and 60 km/h. The log and the yearly table state the "
    "objective, the solver's proven lower bound and the gap.</p>"
    "<p><b>Outputs</b>: the plan (site, year, open, change: kept/closed/opened, demand "
    "served) and a yearly table (sites open, fixed costs, travel cost, share of floor "
    "demand within the floor minutes).</p>")

_STAFFCOMMUTE = (
    "<p>How the staff's journeys to work change when sites close and their staff move "
    "to another site, and how many would then commute longer than a limit.</p>"
    "<p><b>Staff homes</b> (table): <code>area_id</code> (a grid cell or postal area: "
    "aggregated counts, never personal addresses), <code>site_id</code> (where they work "
    "now), <code>staff</code> (count) and optionally <code>profession</code>. <b>Travel "
    "times</b>: a long table <code>origin_id</code> (home area), <code>dest_id</code> "
    "(site), <code>time_min</code>, e.g. the OD matrix algorithm's output from the home "
    "areas to the sites; a pair missing from it counts as unreachable (over any limit). "
    "<b>Merged sites</b>: <code>closed&gt;receiving</code> pairs such as "
    "<code>HC3&gt;HC1, HC7&gt;HC2</code>; or leave it empty and give the closure "
    "impact's <b>flow table</b>: the staff then follow the site that takes most of the "
    "closed site's clients.</p>"
    "<p><b>Outputs</b>: per site (and profession) the staff, the site they work at after, "
    "the mean commute before and after (of those who can reach it) and the staff "
    "commuting longer than the limit before and after; and the same per home area.</p>")

_COSTREPORT = (
    "<p>The board's page on what the network scenarios cost, year by year and as a net "
    "present value, side by side.</p>"
    "<p><b>Costs per year</b>: one table per scenario, the <i>Costs per year</i> output of "
    "<i>Service network costs</i> (its scenario name is used) or the <i>Plan by year</i> "
    "output of the least-cost plan (the layer's name is used; site costs count as the "
    "county's, site costs plus the value of travel time as the societal view). The first "
    "table is the baseline the others are compared with. <b>Net present values</b>: the "
    "NPV outputs of <i>Service network costs</i> (with their residual values and "
    "discount rate); without them the NPV is computed here from the yearly totals at "
    "the <b>discount rate</b>, discounted to the first year, without residual values. "
    "<b>Sites by year</b>: <i>Costs per site and year</i> of one scenario "
    "(<code>active_months</code>) or the plan by site and year (<code>open</code>): the "
    "lease timeline, with the lease ends of the <b>site costs</b>. <b>Staff "
    "commutes by site</b>: the output of <i>Staff commutes when sites merge</i>. <b>Access by "
    "scenario</b>: the <i>Summary</i> (or the <i>Equity</i>) output of <i>Closure impact</i> "
    "of the scenarios that change the network; a table goes to the scenario its "
    "<code>scenario</code> field or its layer's name names, the others in order to the "
    "scenarios left, from the second on when there are fewer tables than scenarios (the "
    "first is the baseline).</p>"
    "<p><b>Output</b>: an HTML page (A4) in the language of QGIS: the county's yearly "
    "totals of every scenario and the difference to the first, a chart of the county "
    "and societal totals, the NPV of both views, each scenario's cost items by year, the "
    "months each site is in use per year with its lease end, and the staff over the "
    "commute limit before and after; with access tables, per age group and threshold the "
    "residents of all areas within it after the change and the change vs. before (from "
    "the Equity table: the shares within) of each scenario side by side.</p>")


_SITESFROMCSV = (
    "<p>A list of service sites as the counties keep them, a CSV table (comma, semicolon or "
    "tab separated; UTF-8 or Windows-1252; decimal commas read), into a point layer in "
    "EPSG:3067 (ETRS-TM35FIN) with every column of the table (columns holding only numbers "
    "as numbers).</p>"
    "<p>The coordinate columns are found by name unless chosen: <code>x</code>/<code>y</code>, "
    "<code>E</code>/<code>N</code>, <code>itä</code>/<code>pohjoinen</code>, "
    "<code>easting</code>/<code>northing</code>, <code>xkoord</code>/<code>ykoord</code> "
    "for ETRS-TM35FIN metres, <code>lon</code> (or <code>lng</code>)/<code>lat</code> for "
    "WGS84 degrees. The system is told by the values: in Finland TM35FIN easting lies "
    "between 20,000 and 800,000 m and northing between 6,550,000 and 7,850,000 m, WGS84 "
    "longitude between 19 and 32 and latitude between 59 and 71; a northing in the column "
    "named <code>x</code> (the Finnish surveying habit) is read as the northing. The log "
    "says which columns and system were used. Rows whose coordinates cannot be read "
    "(empty, not numbers, outside Finland, or an address alone: addresses cannot be "
    "located offline, geocode them first) are left out and named in the log by row "
    "number and site name.</p>"
    "<p>A Statistics Finland population grid as a table works too: its <code>xkoord</code>, "
    "<code>ykoord</code> (or <code>euref_x</code>, <code>euref_y</code>) are the cells' "
    "lower-left corners, so with a <code>grd_id</code> (e.g. <code>250mN667075E38250</code>) "
    "giving the cell size the points are put at the cell centres; the population fields "
    "are kept as numbers, masked cells as -1 (the algorithms count those as 0).</p>")


# an algorithm's help: its own text, then the sections of the parameter blocks it uses; each
# part is one entry of the .ts files (context "help")
ALGORITHM_PARTS = {
    "nearestfacility": (_NEARESTFACILITY, NETWORK),
    "odmatrix": (_ODMATRIX, NETWORK),
    "checknetwork": (_CHECKNETWORK, NETWORK),
    "catchmentareas": (_CATCHMENTAREAS, NETWORK),
    "closureimpact": (CLOSURE, SCENARIO_CHANNELS, _CLOSURE_CHANNELS, NETWORK),
    "optimisenetwork": (OPTIMISE, SCENARIO_CHANNELS, _OPTIMISE_CHANNELS, NETWORK),
    "comparescenarios": (_COMPARESCENARIOS,),
    "transittimes": (_TRANSITTIMES, TRANSIT),
    "transitservice": (_TRANSITSERVICE,),
    "transitcatchments": (_TRANSITCATCHMENTS, TRANSIT),
    "transitclosureimpact": (CLOSURE, TRANSIT_CLOSURE, SCENARIO_CHANNELS, _CLOSURE_CHANNELS,
                             TRANSIT),
    "transitoptimisenetwork": (OPTIMISE, TRANSIT_OPTIMISE, SCENARIO_CHANNELS,
                               _OPTIMISE_CHANNELS, TRANSIT),
    "accessibilityindex": (_ACCESSIBILITYINDEX, NETWORK),
    "transitaccessibilityindex": (_ACCESSIBILITYINDEX, _TRANSITACCESS, TRANSIT),
    "mobileunits": (_MOBILEUNITS, _MOBILE_PLAN, NETWORK),
    "homecare": (_HOMECARE, NETWORK),
    "digitalchannel": (_DIGITALCHANNEL,),
    "multichannelcompensation": (_MULTICHANNELCOMPENSATION,),
    "populationprojection": (_POPULATIONPROJECTION,),
    "networkcosts": (_NETWORKCOSTS,),
    "leastcostplan": (_LEASTCOSTPLAN,),
    "staffcommute": (_STAFFCOMMUTE,),
    "costreport": (_COSTREPORT,),
    "sitesfromcsv": (_SITESFROMCSV,),
}
ALGORITHMS = {alg_id: "".join(parts) for alg_id, parts in ALGORITHM_PARTS.items()}

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
    "accessibilityindex": (
        "population grid (field population), health stations with a capacity field, "
        "OSM roads (highway), car, E2SFCA, maximum 30 minutes."),
    "transitaccessibilityindex": (
        "population grid (field population), health stations with a capacity field, "
        "Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, median, E2SFCA, maximum 30 minutes."),
    "mobileunits": (
        "two health-bus stops every other Tuesday and Thursday, coverage 15 min by "
        "car, population grid with a 75+ field, year 2025."),
    "homecare": (
        "three home-care bases, a 250 m demand grid with clients and visits, route "
        "mode, 1 600 productive hours per FTE, close base 2."),
    "digitalchannel": (
        "250 m grid with age groups, a Traficom-style broadband table, readiness by "
        "age, remote share gp=0.3."),
    "multichannelcompensation": (
        "closure impact cells (close site 3), then Mobile service units and Digital "
        "channel on those cells, then this with limits 15 and 15 minutes."),
    "populationprojection": (
        "Statistics Finland 1 km grid with a kunta field, table 14wx for the "
        "county's municipalities, base year 2023, target years 2025,2030."),
    "networkcosts": (
        "site cost table with leases, a scenario closing two sites at their lease "
        "ends, discount rate 3 %."),
    "leastcostplan": (
        "demand need_{year} from the projection, sites with leases and two "
        "candidates, OD matrix cells to sites, floor 95 % of 75+ within 30 min."),
    "staffcommute": (
        "staff by postal area and site, OD matrix by car, HC3>HC1, limit 45 min."),
    "costreport": (
        "the yearly costs and NPV of 'keep all' and 'close 3 and 4', the second's costs "
        "per site and year with the site costs, and the staff commutes of the merger."),
    "sitesfromcsv": (
        "terveysasemat.csv with columns nimi;itä;pohjoinen (or nimi,lat,lon): the health "
        "stations as points in EPSG:3067 for the Facilities parameter."),
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
    "POP_FIELD": "Numeric field with the residents of each feature (NULL counts 0); "
                 "preselected: vaesto, the total of a Statistics Finland grid. A "
                 "Statistics Finland mask (-1: fewer than 10 residents, in the age and sex "
                 "fields) counts 0 people, never -1, and the log counts the masked cells.",
    "INPUT": f"Population layer (points, or polygons such as grid cells; {_POINTS}) whose "
             f"features are allocated to their nearest facility.",
    "AGE_FIELDS": "Numeric fields with the residents per age group (e.g. 0-14, 15-64, 65-74, "
                  "75+), reported group by group.",
    "ELDERLY_FIELD": "Numeric field with the residents aged 75 or more, for the equity "
                     "figures.",
    "AREA_FIELD": "Field naming each feature's area (e.g. municipality), for the summary by "
                  "area.",
    "AREAS": "Optional polygons of areas (municipality or county boundaries, e.g. "
             "Statistics Finland's kunta or hyvinvointialue layers) used when no area field "
             "is given: each population feature counts in the polygon its point lies in (the "
             "first listed where polygons overlap; none: '(no area)', counted in the log).",
    "AREA_NAME": "Field naming each area polygon; empty: nimi, name, kunta... or the first "
                 "field.",
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
    "LINK_TYPE_FIELD": "Digiroad link type field (LINKKITYYP): motorways, ramps, ferries, "
                       "pedestrian and cycle ways, service roads follow their own rules; "
                       "empty: found by name in a Digiroad layer.",
    "SPEED_LIMITS": "Optional Digiroad speed-limit layer or table (LINK_ID, ALKUM, LOPPUM, "
                    "ARVO), joined to the road links by link id and measure range; links "
                    "it does not cover keep their class speed.",
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
    "GTFS": "One or more GTFS feeds (zip files), e.g. a city's own, the regional ones, "
            "coaches and trains: read together, their ids kept apart per feed; a feed that "
            "runs nothing on the date is named in the log (its stops still serve walks), so "
            "is a feed none of whose stops the origins can walk to (e.g. another country).",
    "STOP_MERGE": "Stops of different feeds closer than this (m) are one stop: changing "
                  "between them takes 0 s (other stops within the walk between stops are "
                  "walked). 0: no merging.",
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
    "NONROUTABLE": "Every input point (facility, population feature, origin, destination) "
                   "the network cannot route, as QGIS's own service area reports them: "
                   "<code>layer</code>, <code>feature_id</code>, <code>id</code>, "
                   "<code>reason</code> (<i>too far from a road</i>, <i>on a road piece not "
                   "connected to the main network</i>, <i>no geometry</i>) and "
                   "<code>snap_m</code>, the distance to the nearest usable road (m). The "
                   "other outputs count these points as not reaching any facility.",
    "STOPS": "Departures per stop over the day and per hour of the window.",
    "CELLS_OUT": "Trips within walking distance of each cell, and the walk to the nearest "
                 "stop.",
    # report and map
    "NAME_FIELD": "Field with the facility names the report and its map show, also written "
                  "beside the ids in the flows (from_name, to_name) and loads (facility_name); "
                  "empty: the ids.",
    "SCENARIO_NAME": "Name of the scenario, the title of the report.",
    "ENTRANCES": "Features sharing an id are entrances of one facility: it is reached through "
                 "its nearest entrance and closing it closes them all. Off: ids must be "
                 "unique.",
    "REPORT_PDF": "PDF of the report, written next to the HTML report (same name, .pdf).",
    # accessibility indices
    "SITE_ID": _ID.format("site"),
    "CAPACITY": "Numeric field with each site's supply (e.g. staffed hours); empty: 1 per "
                "site.",
    "METHOD": "2SFCA, enhanced 2SFCA (step weights), 3SFCA or gravity potential.",
    "MAX_COST": "Pairs slower than this (minutes) take no part; 0: no limit.",
    "WEIGHT": "Distance decay of the index: the method's default, step weights, Gaussian or "
              "gravity.",
    "STEPS": "Step weights as minutes:weight, e.g. 10:1,20:0.68,30:0.22.",
    "SIGMA": "Gaussian weight: its sigma in minutes.",
    "SCALE": "Gravity weight: the time scale in minutes.",
    "ALPHA": "Gravity weight: the exponent of time (negative: decay).",
    "MIN_DIST": "Gravity weight: times below this (minutes) count as this.",
    "SITES_OUTPUT": "The sites with their supply, weighted demand and supply ratio.",
    "RUN": "One row describing the run: method, limits, weight and the main figures.",
    # channels
    "UNITS": "Table of the mobile units: unit_id, base_id, visits_per_hour, staff_per_shift, "
             "shift_min, setup_min.",
    "SCHEDULE": "Table of the stop visits: stop_id, weekday, time_start, time_end, "
                "period_weeks, first_date, valid_from, valid_to, route_day_id, seq.",
    "HOLIDAYS": "Optional table with a date field: no visits on these days.",
    "DEPOTS": "Points of the units' depots, with a base_id field.",
    "POP75_FIELD": "Optional numeric field with the residents aged 75 or more.",
    "SITE_HOURS": "Numeric field with the fixed sites' annual service hours (their supply).",
    "YEAR": "The year whose service dates are counted.",
    "COVER_MIN": "Cells within this many minutes of a stop count as covered.",
    "ACCESS_MIN": "Catchment (minutes) of the accessibility index with and without the "
                  "mobile stops.",
    "ROUTES": "One row per route day: the drive from the depot through the stops and back, "
              "and whether it fits the shift.",
    "GRID": "The cells with their figures for the channel.",
    "BASES": "Points of the home-care bases: base_id, shift_min, vehicle_cost_per_km.",
    "AGE_COVERAGE": "Without a clients field: clients as persons times share per age group "
                    "field, e.g. ika_75_84=0.1,ika_85_=0.3.",
    "CLOSE": "Ids (comma separated) of the bases that close, for the comparison.",
    "COMPARISON": "The bases' figures before and after the closing.",
    "INDIRECT": "Share (0-1) of working time that goes to indirect work (documentation, "
                "meetings).",
    "PRODUCTIVE_HOURS": "Productive working hours of one FTE in a year.",
    "BROADBAND": "Table of connectivity per cell: grid_id, hh_total, hh_fixed_100M, mob_cov.",
    "GRID_ID": _ID.format("grid cell") + " Matches the broadband table's grid_id.",
    "RULE": "Which connection counts as connected: fixed broadband of at least 100 Mbit/s, "
            "mobile coverage, or either.",
    "DEFAULT": "Connectivity (0-1) of cells missing from the broadband table; -1: such a "
               "cell is an error.",
    "READINESS": "Share of persons ready for remote services per age group field, e.g. "
                 "ika_75_=0.5.",
    "REMOTE": "Share of visits that can be remote per service type, e.g. gp=0.3.",
    "DEMAND_FIELD": "Numeric field with the demand (e.g. visits); empty: the persons.",
    "VISITS_FIELD": "Numeric field with the visits a year, for the county table.",
    "BEFORE_FIELD": "Field with each cell's minutes to a fixed site before the closure.",
    "AFTER_FIELD": "Field with each cell's minutes to a fixed site after the closure.",
    "MOBILE_FIELD": "Field with each cell's minutes to a mobile stop (empty: no mobile "
                    "channel).",
    "SIGMA_FIELD": "Field with each cell's remote share (0-1), e.g. from the digital "
                   "channel.",
    "FIXED_LIMIT": "A cell is served by a fixed site within this many minutes.",
    "MOBILE_LIMIT": "A cell is served by a mobile stop within this many minutes.",
    # plans and costs
    "PROJECTION": "Population projection table as published (municipality, age, year).",
    "BASE_YEAR": "The year of the grid's population.",
    "TARGET_YEARS": "Years to project to, comma separated, e.g. 2025,2030.",
    "MUNICIPALITY_FIELD": "Field of the grid with each cell's municipality code.",
    "MUNICIPALITIES": "Municipality polygons, to find each cell's municipality when the grid "
                      "has no municipality field.",
    "MUNICIPALITY_CODE": "Field of the municipality polygons with the municipality code.",
    "RAKE": "Scale the grid so that each municipality's sum equals the projection (only "
            "when the grid covers whole municipalities).",
    "CHECK": "Per municipality: the base population, the grid's projected sum and the "
             "projection.",
    "PARAMETERS": "Table of tariffs with valid_from dates; empty: the bundled table.",
    "SCENARIO": "Table of site actions (close, open, move) with their years.",
    "STAFF": "Staff table: staff per site (costs) or staff homes by area and site "
             "(commutes).",
    "MOBILE": "Optional table of the mobile units' costs.",
    "TRAVEL": "Optional cells with the clients' travel: distance and population fields.",
    "TRAVEL_KM": "Field with the one-way distance (km) from a cell to its site.",
    "TRAVEL_POP": "Field with the population of a cell.",
    "VISITS": "Visits per person and year, for the clients' travel costs.",
    "FIRST_YEAR": "First year of the plan.",
    "LAST_YEAR": "Last year of the plan.",
    "DISCOUNT_RATE": "Discount rate (%) of the net present value.",
    "YEARLY": "One row per year with the costs or the plan's figures.",
    "SITE_YEARS": "Costs per site and year.",
    "NPV": "The net present value of the county's and the societal costs.",
    "DEMAND": "Demand cells (points or polygons) with their demand per year.",
    "DEMAND_ID": _ID.format("demand cell") + " Matches the travel times' origin_id.",
    "DEMAND_FIELDS": "Demand field per year, with {year} for the year, e.g. need_{year}.",
    "FLOOR_FIELDS": "Demand field(s) per year that the access floor applies to (e.g. the "
                    "75+); empty: no floor.",
    "FLOOR_MINUTES": "Access floor: the minutes within which demand must be served.",
    "FLOOR_SHARE": "Access floor: the share (%) of the floor demand within the minutes.",
    "EUR_PER_MINUTE": "Cost of one travel minute of one demand unit (EUR), to weigh travel "
                      "against site costs.",
    "TIMES": "Travel time table (origin_id, dest_id, time_min), e.g. an OD matrix output.",
    "TIME_LIMIT": "Longest time (seconds) the solver may run.",
    "PLAN": "Per site and year: open or closed, and its costs.",
    "MOVES": "Merged sites as closed>receiving pairs, comma separated, e.g. HC3>HC1.",
    "LIMIT": "Commutes longer than this (minutes) are counted as over the limit.",
    "TARGET_YEAR": "Count the population as projected to this year (e.g. 2030): the "
                   "population field becomes the cells' projected demand by age (growth "
                   "factors of the projection table per municipality and age group, masked "
                   "-1 ages filled from the municipality's shares, no raking), weighted by "
                   "the use rates when given. 0: the population as it is.",
    "NEED_RATES": "Target year: visits per person and year by age group of the projection, "
                  "e.g. 0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9; empty: persons.",
    "STAFF_LIMITS": "Optional table of the staff available: area, profession, fte. A plan "
                    "may not need more FTE of a profession in an area than listed (the "
                    "sites' FTE by profession from the staff table, their area from the "
                    "sites' area field).",
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
    ("costreport", "YEARLY"): "Costs per year of each scenario (Service network costs or "
                              "the least-cost plan's plan by year); the first is the "
                              "baseline.",
    ("costreport", "NPV"): "Optional NPV tables of Service network costs; empty: computed "
                           "from the yearly totals.",
    ("costreport", "DISCOUNT_RATE"): "Discount rate (%) when no NPV table is given.",
    ("costreport", "SITE_YEARS"): "Optional costs per site and year of one scenario, or a "
                                  "plan by site and year: the lease timeline.",
    ("costreport", "STAFF"): "Optional staff commutes by site (over the limit before and "
                             "after).",
    ("costreport", "ACCESS_TABLES"): "Optional Summary (or Equity) outputs of Closure impact "
                                     "per scenario: residents within each threshold after "
                                     "and the change.",
    ("nearestfacility", "NAME_FIELD"): "Optional field with the facility names: the summary "
                                       "gets a column name beside fac_id.",
    ("catchmentareas", "NAME_FIELD"): "Optional field with the facility names: each polygon "
                                      "gets a column name beside fac_id.",
    ("transitcatchments", "NAME_FIELD"): "Optional field with the facility names: each polygon "
                                         "gets a column name beside fac_id.",
    ("costreport", "SITES"): "Optional site costs, for the lease end marks; a name (or nimi) "
                             "column names the sites in the lease chart and the staff table.",
    ("costreport", "REPORT"): "The HTML report, and its A4 PDF next to it (same name, .pdf; "
                              "a PDF not made by this plugin is never replaced).",
    ("leastcostplan", "STAFF"): "Optional staff per site: site_id, profession, fte (the FTE "
                                "an open site needs).",
}
OVERRIDES.update({("transitoptimisenetwork", key): OVERRIDES[("optimisenetwork", key)]
                  for key in ("NEW_FACILITIES", "THRESHOLD")})

_ACCESS = ("accessibilityindex", "transitaccessibilityindex")
OVERRIDES.update({
    **{(alg, key): text for alg in _ACCESS for key, text in {
        "INPUT": f"Population cells (points or polygons; {_POINTS}).",
        "SITES": f"Service sites (points or polygons; {_POINTS}).",
        "CLOSE_IDS": "Ids (comma separated) of sites that close, for the after figures.",
        "OUTPUT": "The cells with acc, acc_1000, acc_norm and reached (and the after figures "
                  "with sites to close)."}.items()},
    ("mobileunits", "CANDIDATES"): "Optional candidate stops for planning a route day "
                                   "(points or polygons; stop_id field or feature ids).",
    ("mobileunits", "STAY_MIN"): "Plan: minutes the unit spends at each chosen stop, setup "
                                 "included.",
    ("mobileunits", "PLAN"): "Plan: the candidates with their route order (seq, 0: not "
                             "chosen) and the need within reach.",
    ("mobileunits", "PLAN_ROUTE"): "Plan: the route day with its stops, drive, day and "
                                   "slack minutes and the need covered.",
    ("mobileunits", "STOPS"): "Points of the mobile stops, with stop_id and unit_id fields.",
    ("mobileunits", "INPUT"): f"Population cells (points or polygons; {_POINTS}).",
    ("mobileunits", "SITES"): "Optional fixed sites, for the accessibility index with and "
                              "without the mobile stops.",
    ("mobileunits", "OUTPUT"): "The mobile stops with visits, hours, capacity and coverage.",
    ("homecare", "INPUT"): "Demand cells (aggregate, no client points) with clients, visits "
                           "per week, mean visit minutes and share of two-staff visits.",
    ("homecare", "AREA_FIELD"): "Field with each cell's given base id (its care area); "
                                "empty: the nearest base.",
    ("homecare", "METHOD"): "Drive per visit: a star from the base to each cell and back, or "
                            "routed rounds.",
    ("homecare", "OUTPUT"): "The bases with drive and staff minutes, drive share, FTE and "
                            "km.",
    ("digitalchannel", "INPUT"): f"Population grid with age groups; {_POINTS}.",
    ("digitalchannel", "OUTPUT"): "The cells with connectivity, channel shift and exclusion.",
    ("digitalchannel", "SUMMARY"): "County table of the digital channel's figures.",
    ("multichannelcompensation", "INPUT"): "Cells with their minutes to fixed sites before "
                                           "and after, to mobile stops and the remote share.",
    ("multichannelcompensation", "OUTPUT"): "The cells with their best channel before and "
                                            "after.",
    ("multichannelcompensation", "SUMMARY"): "How much of the loss the mobile stops and "
                                             "remote care make up.",
    ("populationprojection", "INPUT"): "Statistics Finland population grid by age.",
    ("populationprojection", "POP_FIELD"): "Numeric field with the total population of each "
                                           "cell.",
    ("populationprojection", "USE_RATES"): "Optional visits per person and year by age "
                                           "group: the need-weighted demand per year.",
    ("populationprojection", "OUTPUT"): "The grid with the projected population by age per "
                                        "target year.",
    ("networkcosts", "SITES"): "Table of the sites' costs (leases, running costs).",
    ("networkcosts", "SCENARIO_NAME"): "Name of the scenario in the cost tables.",
    ("leastcostplan", "SITES"): "Table of the sites: fixed costs, lease ends, open-from "
                                "years, capacities, required or forbidden.",
    ("staffcommute", "FLOWS"): "Flow table of a closure impact (from_fac, to_fac), read "
                               "instead of the merged sites.",
    ("staffcommute", "OUTPUT"): "Staff commutes per site, before and after.",
    ("staffcommute", "AREAS"): "Staff commutes per home area, before and after.",
    ("sitesfromcsv", "INPUT"): "CSV table of the service sites with coordinates in "
                               "ETRS-TM35FIN or WGS84.",
    ("sitesfromcsv", "X_FIELD"): "Column with the easting (or longitude); empty: found by "
                                 "its name (x, E, itä, easting, xkoord, lon, lng).",
    ("sitesfromcsv", "Y_FIELD"): "Column with the northing (or latitude); empty: found by "
                                 "its name (y, N, pohjoinen, northing, ykoord, lat).",
    ("sitesfromcsv", "OUTPUT"): "The sites as points in EPSG:3067 with the table's columns.",
})


_SCENARIOS = ("closureimpact", "transitclosureimpact", "optimisenetwork",
              "transitoptimisenetwork")
OVERRIDES.update({(alg, key): words for alg in _SCENARIOS for key, words in {
    "STOPS": "Optional mobile stops (points with stop_id and unit_id): a cell within the "
             "mobile stop access time of a stop with visits counts as served by it.",
    "UNITS": "Mobile units table (needed with mobile stops): unit_id, base_id, "
             "visits_per_hour, staff_per_shift, shift_min, setup_min.",
    "SCHEDULE": "Stop schedule table (needed with mobile stops), as for Mobile service "
                "units.",
    "MOBILE_LIMIT": "A cell is served by a mobile stop within this many minutes (same "
                    "travel mode as the sites).",
    "GRID_ID": "Field of the population layer matching the broadband table's grid_id "
               "(needed with a broadband table).",
    "BROADBAND": "Optional broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov): "
                 "with it, remote visits count as a channel.",
    "CHANNEL_AREAS": "Optional table per area: residents losing the site, made up by a "
                     "mobile stop, by remote visits, and left."}.items()})
def _translated(text: str) -> str:
    return translate("help", text) if text else ""


def algorithm_help(alg_id: str) -> str:
    """The help of an algorithm in the user's language ("" when it has none)."""
    return "".join(_translated(part) for part in ALGORITHM_PARTS.get(alg_id, ()))


def example_help(alg_id: str) -> str:
    """The worked example of an algorithm in the user's language ("" when it has none)."""
    return _translated(EXAMPLES.get(alg_id, ""))


def parameter_help(alg_id: str, key: str) -> str:
    """The help of one parameter of an algorithm in the user's language ("" when none)."""
    return _translated(OVERRIDES.get((alg_id, key), PARAMETERS.get(key, "")))


def texts() -> list[str]:
    """Every help text as looked up (for the extraction stub, scripts/ts_todo.py --stub)."""
    parts = [p for parts in ALGORITHM_PARTS.values() for p in parts]
    found = [*parts, *EXAMPLES.values(), *PARAMETERS.values(), *OVERRIDES.values()]
    return list(dict.fromkeys(t for t in found if t))
