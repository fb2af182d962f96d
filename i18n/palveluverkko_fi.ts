<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AccessibilityIndex</name>
    <message>
        <source>Accessibility index (2SFCA)</source>
        <translation>Saavutettavuusindeksi (2SFCA)</translation>
    </message>
    <message>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessibilityIndexBase</name>
    <message>
        <source>Population (grid cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity field (empty: 1 per site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2SFCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced 2SFCA (step weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3SFCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum travel time (minutes, 0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step weights (minutes:weight, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian sigma (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity scale (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity exponent alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity minimum time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites to close for an after scenario (ids, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply ratio per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_cost} cell-site pairs within the maximum time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}: mean access {mean_access:.6g} per resident ({per_1000:.4g} per 1 000); population not reaching any site {weights:.0f}; below half the average {low:.0f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites to close: &apos;{unknown}&apos; is not an id of the sites layer (site id field).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchmentAreas</name>
    <message>
        <source>Catchment areas</source>
        <translation>Vaikutusalueet</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Aikavyöhykkeet (min)</translation>
    </message>
    <message>
        <source>Catchment type</source>
        <translation>Vaikutusalueen tyyppi</translation>
    </message>
    <message>
        <source>Per facility (overlapping)</source>
        <translation>Palvelupisteittäin (päällekkäiset)</translation>
    </message>
    <message>
        <source>Nearest facility (no overlaps)</source>
        <translation>Lähin palvelupiste (ei päällekkäisyyksiä)</translation>
    </message>
    <message>
        <source>Dissolved (all facilities together)</source>
        <translation>Yhdistetty (kaikki palvelupisteet)</translation>
    </message>
    <message>
        <source>Bands as rings (0-10, 10-20...) instead of cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid resolution (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach from the road (m, 0 = twice the resolution, at least 100 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} catchment polygons written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time bands {value} min gave no polygon: the area reached is smaller than the {resolution:g} m grid resolution (or nothing is reached). Use a finer grid resolution or larger bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {resolution:g} m grid over this network would have {cells:.0f} cells; using {coarser:.0f} m instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureImpact</name>
    <message>
        <source>Facility closure impact</source>
        <translation>Palvelupisteen sulkemisen vaikutukset</translation>
    </message>
</context>
<context>
    <name>ClosureImpactBase</name>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Facility name field (report and map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name (report title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: ids (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the facilities selected on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status field (closed / new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>New facilities to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facilities: id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Ruudut: saavutettavuus ennen ja jälkeen</translation>
    </message>
    <message>
        <source>The scenario closes every facility and opens none: keep at least one open or add new facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareScenarios</name>
    <message>
        <source>Compare two scenarios</source>
        <translation>Kahden skenaarion vertailu</translation>
    </message>
    <message>
        <source>Scenario A (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario B (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: cell id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: facility field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: travel time field (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Facilities (for capacities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Cells: access in A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_missing} cells of scenario A have no cell with the same id in scenario B (e.g. {missing}); both layers must hold the same cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos;: {n_extra} cells of scenario B have no cell with the same id in scenario A (e.g. {extra}); both layers must hold the same cells. Compare outputs made from the same population layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {key}: the cell id &apos;{cell}&apos; (field &apos;{id_f}&apos;) occurs twice; choose a field that identifies each cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitalChannel</name>
    <message>
        <source>Digital channel: remote service potential</source>
        <translation>Sähköinen kanava: etäasioinnin mahdollisuus</translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital readiness by age field (field=share, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote share by service type (service=share, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed broadband (&gt;= 100 Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The better of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default connectivity for cells without data (-1 = none: error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand field (empty: the persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits a year field (county table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital channel per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital channel summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} cells have no broadband row; they use the default connectivity {default:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dig_excluded:.0f} of {persons:.0f} persons unlikely to use remote care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeCare</name>
    <message>
        <source>Home care: drive time and staff</source>
        <translation>Kotihoito: ajoaika ja henkilöstötarve</translation>
    </message>
    <message>
        <source>Home-care bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by age group when there is no clients field (field=share, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes (nearest neighbour + 2-opt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star (round trip per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productive hours per FTE-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect work share (documentation, meetings; 0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases to close (ids, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given base per cell (care area field; empty: nearest base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-care bases with figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-care demand per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases before and after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bases and cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lost} demand cells ({visits_per_week:.0f} visits a week) reach no base by road; they are left out of the base figures and have an empty base_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode}: {drive_min_wk:.0f} drive and {care_min_wk:.0f} care minutes a week, {fte_needed:.2f} FTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{source_name}&apos; has no clients field: give the coverage by age group (e.g. ika_75_84=0.1,ika_85_=0.3) or add the fields {demand_cols}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases to close: &apos;{unknown}&apos; is not a base_id of the base layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases to close: at least one base must stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeastCostPlan</name>
    <message>
        <source>Least-cost network plan by year (fixed-charge, phased)</source>
        <translation>Edullisin palveluverkkosuunnitelma vuosittain (vaiheistettu)</translation>
    </message>
    <message>
        <source>Demand cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand field(s) per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sijainnit</translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR per demand unit and travel minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access floor: demand field(s) per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access floor: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access floor: share within the minutes (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver time limit (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan by site and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand cells: id {duplicate!r} appears twice in {id_field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand cells: negative demand (masked -1 values must be filled first: use the projection&apos;s output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_ids} cells, {n_site_ids} sites, {n_years} years: solving the plan exactly (HiGHS)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-cost plan: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {objective} EUR (discounted); proven lower bound {bound}; gap {gap:.3%}. Solver: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times: no row joins the demand cells (origin_id) to the sites (dest_id); make the OD matrix from the cells to the sites with the same ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileUnits</name>
    <message>
        <source>Mobile service units</source>
        <translation>Liikkuvat palveluyksiköt</translation>
    </message>
    <message>
        <source>Mobile stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays (table with a date field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depots (base_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population (grid cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population 75+ field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed sites (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed sites: annual service hours field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile stops with figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile channel per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_table} stops, {n_visits_y} stop visits in {year}; population within {cover:g} min of a stop {pop_cov:.0f}; route days not fitting: {map}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depots and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultichannelCompensation</name>
    <message>
        <source>Multichannel closure compensation</source>
        <translation>Palvelukanavien korvaavuus sulkemisessa</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to a fixed site before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to a fixed site after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to a mobile stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote share (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-site limit (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile-stop limit (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lost:.0f} residents lose their fixed site within the limit; a mobile stop serves {mobile:.0f}, remote care can take {remote:.0f} person-equivalents, {left:.0f} are left uncompensated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearestFacility</name>
    <message>
        <source>Nearest facility</source>
        <translation>Lähin palvelupiste</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Aikavyöhykkeet (min)</translation>
    </message>
    <message>
        <source>Cut-off (minutes, 0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated {lost} of {n_lost} population features; population {reached:.0f} reached, {not_reached:.0f} not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>Check road network</source>
        <translation>Tieverkon tarkistus</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of facilities routable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of population routable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:.1f}% of the {label} (weighted) can be routed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCosts</name>
    <message>
        <source>Service network costs per year (2025-2030) and NPV</source>
        <translation>Palveluverkon kustannukset vuosittain (2025-2030) ja nykyarvo</translation>
    </message>
    <message>
        <source>Site costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (site actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Skenaarion nimi</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile unit costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client travel (cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way distance field (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per person and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter table (tariffs with valid_from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs per site and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network costs: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV {first}-{last} ({view} view, {rate:.1%}): {npv} EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client travel: choose the population field and the one-way distance field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdMatrix</name>
    <message>
        <source>OD matrix</source>
        <translation>Lähtö–määränpää-matriisi</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k nearest destinations (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off (minutes, 0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_table} origin-destination pairs written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimiseNetwork</name>
    <message>
        <source>Optimise service network</source>
        <translation>Palveluverkon optimointi</translation>
    </message>
</context>
<context>
    <name>OptimiseNetworkBase</name>
    <message>
        <source>Current facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Capacity field (p-median with capacities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate new sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: capacity field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>p-median (least travel time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximal coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-center (least worst time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sites p</source>
        <translation>Palvelupisteiden määrä p</translation>
    </message>
    <message>
        <source>Coverage threshold (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cover: share of demand to cover (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites that must stay open (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites that must close (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rates (field=visits per person, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: allocation now and optimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sijainnit</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a capacity field, give the candidates&apos; capacity field too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rates: the population layer has no field(s) {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver: {solver}; objective {objective:.4g}; {gap}; {n_sites} sites chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PalveluAlgorithm</name>
    <message>
        <source>Road network</source>
        <translation>Tieverkko</translation>
    </message>
    <message>
        <source>Service network scenarios</source>
        <translation>Palveluverkon skenaariot</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Joukkoliikenne</translation>
    </message>
    <message>
        <source>Accessibility and channels</source>
        <translation>Saavutettavuus ja palvelukanavat</translation>
    </message>
    <message>
        <source>Plan: costs and population</source>
        <translation>Suunnittelu: kustannukset ja väestö</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esimerkki</translation>
    </message>
</context>
<context>
    <name>PopulationProjection</name>
    <message>
        <source>Population projection to target years</source>
        <translation>Väestöennuste tavoitevuosille</translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Municipality field of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality polygons (when the grid has no municipality field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population projection table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base year (the grid&apos;s year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rates (visits per person and year by age group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rake the grid to the projection (grid covers whole municipalities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection check by municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or ika_LO_HI): the projection works by age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid {name} has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid {name}, feature {id}: {columns} is NULL or not a number (masked values must be -1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population projection: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_feats} cells, {masked} with masked ages filled from their municipality&apos;s shares; groups {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference between the grid&apos;s sum and the projection (municipality x group x year): {worst:.2f} persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the grid&apos;s municipality field, or a municipality polygon layer and its code field: growth factors are per municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid cell {id} lies in no municipality polygon of {source_name}: clip the grid to the municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells placed in municipalities by their centre ({n_set} municipalities).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadMode</name>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Car speed on roads of unknown class (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Kävely</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Bike</source>
        <translation>Pyörä</translation>
    </message>
    <message>
        <source>Cycling speed (km/h)</source>
        <translation>Pyöräilynopeus (km/h)</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadTimes</name>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the facilities open in the scenario can be snapped to the road network; check the CRS and the maximum snapping distance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Service network scenario</source>
        <translation>Palveluverkon skenaario</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Skenaarion nimi</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Joukkoliikenne</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Aluekenttä (kunta)</translation>
    </message>
    <message>
        <source>Road network</source>
        <translation>Tieverkko</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Tieluokkakenttä (OSM highway)</translation>
    </message>
    <message>
        <source>GTFS feeds (zip)</source>
        <translation>GTFS-aineistot (zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Kulkutapa</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Saavutettavuusrajat (min)</translation>
    </message>
    <message>
        <source>Tick the facilities selected on the map</source>
        <translation>Valitse kartalla valitut palvelupisteet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Suorita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Facilities to close</source>
        <translation>Suljettavat palvelupisteet</translation>
    </message>
    <message>
        <source>The Palveluverkko Processing provider is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Käynnissä...</translation>
    </message>
    <message>
        <source>The scenario did not finish (cancelled or failed; see the Processing log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Ruudut: saavutettavuus ennen ja jälkeen</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Palvelupisteiden kuormitus</translation>
    </message>
    <message>
        <source>Flows between facilities</source>
        <translation>Asiakasvirrat palvelupisteiden välillä</translation>
    </message>
    <message>
        <source>Summary by area and age group</source>
        <translation>Yhteenveto alueittain ja ikäryhmittäin</translation>
    </message>
    <message>
        <source>Equity figures</source>
        <translation>Yhdenvertaisuusluvut</translation>
    </message>
</context>
<context>
    <name>StaffCommute</name>
    <message>
        <source>Staff commutes when sites merge</source>
        <translation>Henkilöstön työmatkat toimipisteiden yhdistyessä</translation>
    </message>
    <message>
        <source>Staff homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged sites (closed&gt;receiving, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow table of a closure (instead of merged sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commute limit (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff commutes by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff commutes by home area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the merged sites (closed&gt;receiving) or a closure&apos;s flow table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff commutes: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff:g} staff move ({value}); over the limit: {over_before:g} before, {over_after:g} after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitAccessibilityIndex</name>
    <message>
        <source>Accessibility index (2SFCA, public transport)</source>
        <translation>Saavutettavuusindeksi (2SFCA, joukkoliikenne)</translation>
    </message>
</context>
<context>
    <name>TransitCatchments</name>
    <message>
        <source>Transit catchment areas</source>
        <translation>Joukkoliikenteen vaikutusalueet</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Aikavyöhykkeet (min)</translation>
    </message>
    <message>
        <source>Grid spacing (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit catchments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {spacing:g} m grid over the feed&apos;s stops has {n_gx} points; use a larger grid spacing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitClosureImpact</name>
    <message>
        <source>Facility closure impact (public transport)</source>
        <translation>Palvelupisteen sulkemisen vaikutukset (joukkoliikenne)</translation>
    </message>
</context>
<context>
    <name>TransitOptimiseNetwork</name>
    <message>
        <source>Optimise service network (public transport)</source>
        <translation>Palveluverkon optimointi (joukkoliikenne)</translation>
    </message>
</context>
<context>
    <name>TransitService</name>
    <message>
        <source>Transit service summary</source>
        <translation>Joukkoliikenteen palvelutaso</translation>
    </message>
    <message>
        <source>Population cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum walk to a stop (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Service per stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is empty: it ends when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTFS: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitTimes</name>
    <message>
        <source>Timetable profiles for {n} facilities...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitTravelTimes</name>
    <message>
        <source>Transit travel times to facilities</source>
        <translation>Joukkoliikenteen matka-ajat palvelupisteisiin</translation>
    </message>
    <message>
        <source>Origins (population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Threshold for the share (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Persentiilit</translation>
    </message>
    <message>
        <source>Arrive by (HH:MM, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OD table (origin x facility percentiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive by {deadline_text} is not after the first departure ({start}): the timetable is read from the first departure on, so only walking all the way can make it and leave_by is empty for every other origin. Choose a later arrival time or an earlier window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelTimes</name>
    <message>
        <source>Reusing the cached per-facility travel times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching from {n} facilities...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>channel_common</name>
    <message>
        <source>Table &apos;{source_name}&apos; ({label}) has no field &apos;{lost}&apos;; it needs the fields {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: cannot read &apos;{item}&apos;; write name=value pairs separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is outside 0-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: give at least one name=value pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closure_impact</name>
    <message>
        <source>Facilities to close: no facility has the id &apos;{w}&apos; (field &apos;{id_field}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Close the selected facilities&apos; is on, but no facility is selected on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expression} selects none of the {n_features} facilities of layer &apos;{layer}&apos;, so nothing changes. Check the expression against the layer&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: give the facilities to close (ids, expression, selection or status field) or new facilities to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} cannot be read: {error}. Fix it in the expression builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} uses the field(s) {unknown}, which layer &apos;{layer}&apos; does not have. Fields: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities to close: the expression fails on feature {id}: {eval_error_string}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Class speeds: cannot read &apos;{item}&apos;. Write class=km/h pairs separated by commas, e.g. residential=30,service=15 (0 closes a class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer_name}&apos; has no field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Keskeytetty.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; ({layer_label}) has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; holds &apos;{value}&apos;, not a number. Choose a numeric field or fix the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; is {v}; a population or capacity cannot be negative. Fix the value or filter the feature out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {label} can be routed: {island} of {n_snap} sit on a road piece not connected to the main network (the largest connected piece of the roads usable by the mode), the others are too far from it. Connect those roads to the network (check the topology tolerance, or roads the mode may not use) or move the {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {label} could be snapped to the main road network: check the layers&apos; CRS and the maximum snapping distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {n_snap} {label}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{past} of {n_snap} {label}: {nearest_unconnected}; snapped to the main network instead, up to {max_m:.0f} m away (field snap_m where the output has it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare_scenarios</name>
    <message>
        <source>Layer &apos;{source_name}&apos;, feature {fid}: the travel time field &apos;{field}&apos; holds &apos;{value}&apos;, not a number of minutes. Choose the numeric time field (e.g. time_min or min_after).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>impact_outputs</name>
    <message>
        <source>{masked} features (population {weights:.0f}) have masked age groups (-1: under 10 residents in Statistics Finland&apos;s grid); they count in the total population but in no age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age group fields do not add up to the total population in {off} features (e.g. feature ids {first}); each group is reported as given and the totals use the total population field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>least_cost_plan</name>
    <message>
        <source>{what}: the demand layer has no field {missing} (for {y}); run Population projection to target years for these years, or name fields that exist, e.g. need_{{year}} or vaesto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Service network scenario...</source>
        <translation>Palveluverkon skenaario...</translation>
    </message>
</context>
<context>
    <name>optimise_network</name>
    <message>
        <source>Use rates: cannot read &apos;{item}&apos;; write field=visits per person, e.g. age_75=9.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation: no demand is within the coverage threshold ({thr:g} min) of any site (the fastest trip takes {fastest:.1f} min), so every choice of sites would cover nothing. Raise the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_demand} demand points x {n_sites} sites: the heuristic result is reported with its proven gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: no site has the id &apos;{w}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parameters</name>
    <message>
        <source>Road network</source>
        <translation>Tieverkko</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Kulkutapa</translation>
    </message>
    <message>
        <source>Road class field</source>
        <translation>Tieluokkakenttä</translation>
    </message>
    <message>
        <source>OSM highway</source>
        <translation>OSM highway</translation>
    </message>
    <message>
        <source>Digiroad functional class</source>
        <translation>Digiroadin toiminnallinen luokka</translation>
    </message>
    <message>
        <source>None (default speed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road class scheme</source>
        <translation>Tieluokitus</translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation>Nopeuskenttä (km/h)</translation>
    </message>
    <message>
        <source>One-way / direction field</source>
        <translation>Yksisuuntaisuus- / suuntakenttä</translation>
    </message>
    <message>
        <source>Class speeds (class=km/h, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access walking speed from point to road (km/h, 0 = free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum snapping distance (m)</source>
        <translation>Suurin kohdistusetäisyys (m)</translation>
    </message>
    <message>
        <source>Topology tolerance (map units of the work CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTFS feeds (zip)</source>
        <translation>GTFS-aineistot (zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>First departure</source>
        <translation>Ensimmäinen lähtö</translation>
    </message>
    <message>
        <source>Last departure</source>
        <translation>Viimeinen lähtö</translation>
    </message>
    <message>
        <source>Step (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum walk to or from a stop (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum walk between stops (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Maximum trip time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road network for the walks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Tieluokkakenttä (OSM highway)</translation>
    </message>
    <message>
        <source>Percentile of travel time over the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group fields</source>
        <translation>Ikäryhmäkentät</translation>
    </message>
    <message>
        <source>75+ field (equity figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Aluekenttä (kunta)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Saavutettavuusrajat (min)</translation>
    </message>
    <message>
        <source>Flows between facilities</source>
        <translation>Asiakasvirrat palvelupisteiden välillä</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Palvelupisteiden kuormitus</translation>
    </message>
    <message>
        <source>Summary by area and age group</source>
        <translation>Yhteenveto alueittain ja ikäryhmittäin</translation>
    </message>
    <message>
        <source>Equity figures</source>
        <translation>Yhdenvertaisuusluvut</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>population_projection</name>
    <message>
        <source>Use rates: &apos;{part}&apos; is not group=visits (e.g. 75_84=6.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target years: &apos;{text}&apos; is not a list of years (e.g. 2025,2030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target years: give at least one year, e.g. 2030.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_output</name>
    <message>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pdf} exists and is not a report of this plugin; it was left as it is and no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of the report could not be written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roads</name>
    <message>
        <source>The road network layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the road network...</source>
        <translation>Luetaan tieverkkoa...</translation>
    </message>
    <message>
        <source>{empty} road features without geometry were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{null_speed} roads have no speed value; their class speed (or the default speed) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road network: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {n_nodes} nodes, {n_edges} edges (work CRS {authid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road network: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No road of the network can be used by mode &apos;{mode}&apos;. Check the road class field and scheme, or the class speeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; has no line features with geometry; choose a road layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Keskeytetty.</translation>
    </message>
</context>
<context>
    <name>staff_commute</name>
    <message>
        <source>Merged sites: &apos;{part}&apos; is not closed&gt;receiving (e.g. HC3&gt;HC1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travel_times</name>
    <message>
        <source>GTFS: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_conn} connections on {day} from the first departure to the latest arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks to, between and from stops follow the road network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{label}: the output file {path} is also an input (parameter &apos;{used_by}&apos;, layer {n}); writing it would destroy that data. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {folder} is a file, not a folder; choose a folder for {basename}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the folder {folder} does not exist. Create it or choose another place for {basename}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {path} cannot be written (no permission). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {path} is a folder; give a file name ending in .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {path} already exists and is not a Palveluverkko HTML report; it would be replaced. Choose a new file name ending in .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} ({name}): &apos;{value}&apos; is not a finite number; give a number{range}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish; the incomplete outputs were removed: {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; in &apos;{text}&apos; is not a number of {unit}; write e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is not allowed; give positive, finite {unit}{limit}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: give at least one positive number of {unit}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a time; write HH:MM, e.g. 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a valid time (hours 0-47, minutes 0-59); write HH:MM, e.g. 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: none of the {n} features is within walking reach ({max_walk:g} m) of a stop of the GTFS feeds, so every result is walking only. Check that the feeds cover this area (and the date), or raise the maximum walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {reached} of {n} features ({share:.0%}) are within walking reach ({max_walk:g} m) of a stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_nulls} of the {what} have no value (NULL) in the id field &apos;{field}&apos; (e.g. feature ids {nulls}). Fill in the ids or filter those features out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_ids} features merged as entrances into {n_repeated} facilities (same &apos;{field}&apos;); each facility counts from its nearest entrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features with the same id are entrances of one facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer_b}&apos;: the ids {both} (field &apos;{field_b}&apos;) are also ids of layer &apos;{layer_a}&apos;; a site would be mistaken for another. Give the new sites ids of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_missing} of {n_has_geometry} {what} have no geometry (e.g. feature ids {fids}) and take no part in the computation. Add their geometry or filter them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no valid CRS; set its CRS in the layer properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no feature with a geometry, so no work CRS can be chosen; choose a layer with features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: its extent cannot be placed on the globe; check its CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in {crs}, whose map units are not ground metres here (1 unit = {scale:.3g} m on the ground); the work is done in {work_crs} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in geographic {crs}; the work is done in {work_crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: the id field &apos;{field}&apos; repeats the ids {repeated}{more} ({n_repeated} ids on more than one feature). Give every facility its own id, or, if those features are entrances of one facility, switch on &apos;features with the same id are entrances of one facility&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
