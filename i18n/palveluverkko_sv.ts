<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessibilityIndex</name>
    <message>
        <source>Accessibility index (2SFCA)</source>
        <translation>Tillgänglighetsindex (2SFCA)</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>verksamhetsställen</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
</context>
<context>
    <name>AccessibilityIndexBase</name>
    <message>
        <source>Population (grid cells)</source>
        <translation>Befolkning (rutor)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Service sites</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Site id field</source>
        <translation>Verksamhetsställets id-fält</translation>
    </message>
    <message>
        <source>Capacity field (empty: 1 per site)</source>
        <translation>Kapacitetsfält (tomt: 1 per verksamhetsställe)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <source>Enhanced 2SFCA (step weights)</source>
        <translation>Förbättrad 2SFCA (stegvikter)</translation>
    </message>
    <message>
        <source>3SFCA</source>
        <translation>3SFCA</translation>
    </message>
    <message>
        <source>Gravity potential</source>
        <translation>Gravitationspotential</translation>
    </message>
    <message>
        <source>Maximum travel time (minutes, 0 = none)</source>
        <translation>Längsta restid (min, 0 = ingen)</translation>
    </message>
    <message>
        <source>Distance weight</source>
        <translation>Avståndsvikt</translation>
    </message>
    <message>
        <source>Method default</source>
        <translation>Metodens standard</translation>
    </message>
    <message>
        <source>Step weights</source>
        <translation>Stegvikter</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussisk</translation>
    </message>
    <message>
        <source>Gravity</source>
        <translation>Gravitation</translation>
    </message>
    <message>
        <source>Step weights (minutes:weight, ...)</source>
        <translation>Stegvikter (minuter:vikt, ...)</translation>
    </message>
    <message>
        <source>Gaussian sigma (minutes)</source>
        <translation>Gaussisk sigma (min)</translation>
    </message>
    <message>
        <source>Gravity scale (minutes)</source>
        <translation>Gravitationsskala (min)</translation>
    </message>
    <message>
        <source>Gravity exponent alpha</source>
        <translation>Gravitationsexponent alfa</translation>
    </message>
    <message>
        <source>Gravity minimum time (minutes)</source>
        <translation>Gravitationsmodellens minsta tid (min)</translation>
    </message>
    <message>
        <source>Sites to close for an after scenario (ids, comma separated)</source>
        <translation>Verksamhetsställen som stängs i ett efter-scenario (id:n, kommaseparerade)</translation>
    </message>
    <message>
        <source>Accessibility per cell</source>
        <translation>Tillgänglighet per ruta</translation>
    </message>
    <message>
        <source>Supply ratio per site</source>
        <translation>Utbudskvot per verksamhetsställe</translation>
    </message>
    <message>
        <source>Run metadata</source>
        <translation>Körningens metadata</translation>
    </message>
    <message>
        <source>{n_cost} cell-site pairs within the maximum time.</source>
        <translation>{n_cost} par av ruta och verksamhetsställe inom den längsta tiden.</translation>
    </message>
    <message>
        <source>{method}: mean access {mean_access:.6g} per resident ({per_1000:.4g} per 1 000); population not reaching any site {weights:.0f}; below half the average {low:.0f}.</source>
        <translation>{method}: genomsnittlig tillgänglighet {mean_access:.6g} per invånare ({per_1000:.4g} per 1 000); befolkning som inte når något verksamhetsställe {weights:.0f}; under halva genomsnittet {low:.0f}.</translation>
    </message>
    <message>
        <source>Sites to close: &apos;{unknown}&apos; is not an id of the sites layer (site id field).</source>
        <translation>Verksamhetsställen som stängs: '{unknown}' är inte ett id i lagret med verksamhetsställen (id-fältet).</translation>
    </message>
</context>
<context>
    <name>CatchmentAreas</name>
    <message>
        <source>Catchment areas</source>
        <translation>Upptagningsområden</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Tidszoner (min)</translation>
    </message>
    <message>
        <source>Catchment type</source>
        <translation>Typ av upptagningsområde</translation>
    </message>
    <message>
        <source>Per facility (overlapping)</source>
        <translation>Per serviceställe (överlappande)</translation>
    </message>
    <message>
        <source>Nearest facility (no overlaps)</source>
        <translation>Närmaste serviceställe (utan överlapp)</translation>
    </message>
    <message>
        <source>Dissolved (all facilities together)</source>
        <translation>Sammanslagen (alla serviceställen)</translation>
    </message>
    <message>
        <source>Bands as rings (0-10, 10-20...) instead of cumulative</source>
        <translation>Zoner som ringar (0-10, 10-20...) i stället för kumulativa</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Grid resolution (m)</source>
        <translation>Rutnätets upplösning (m)</translation>
    </message>
    <message>
        <source>Reach from the road (m, 0 = twice the resolution, at least 100 m)</source>
        <translation>Räckvidd från vägen (m, 0 = två gånger upplösningen, minst 100 m)</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
    <message>
        <source>{count} catchment polygons written.</source>
        <translation>{count} polygoner för upptagningsområden skrivna.</translation>
    </message>
    <message>
        <source>Time bands {value} min gave no polygon: the area reached is smaller than the {resolution:g} m grid resolution (or nothing is reached). Use a finer grid resolution or larger bands.</source>
        <translation>Tidszonerna {value} min gav ingen polygon: det nådda området är mindre än rutnätets upplösning {resolution:g} m (eller inget nås). Använd en finare upplösning eller större zoner.</translation>
    </message>
    <message>
        <source>A {resolution:g} m grid over this network would have {cells:.0f} cells; using {coarser:.0f} m instead.</source>
        <translation>Ett rutnät på {resolution:g} m över detta nät skulle ha {cells:.0f} rutor; {coarser:.0f} m används i stället.</translation>
    </message>
</context>
<context>
    <name>ClosureImpact</name>
    <message>
        <source>Facility closure impact</source>
        <translation>Konsekvenser av att stänga serviceställen</translation>
    </message>
</context>
<context>
    <name>ClosureImpactBase</name>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Facility name field (report and map)</source>
        <translation>Serviceställets namnfält (rapport och karta)</translation>
    </message>
    <message>
        <source>Scenario name (report title)</source>
        <translation>Scenariots namn (rapportens rubrik)</translation>
    </message>
    <message>
        <source>Facilities to close: ids (comma separated)</source>
        <translation>Serviceställen som stängs: id:n (kommaseparerade)</translation>
    </message>
    <message>
        <source>Facilities to close: expression</source>
        <translation>Serviceställen som stängs: uttryck</translation>
    </message>
    <message>
        <source>Close the facilities selected on the map</source>
        <translation>Stäng serviceställena som valts på kartan</translation>
    </message>
    <message>
        <source>Status field (closed / new)</source>
        <translation>Statusfält (stängt / nytt)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>New facilities to open</source>
        <translation>Nya serviceställen som öppnas</translation>
    </message>
    <message>
        <source>New facilities: id field</source>
        <translation>Nya serviceställen: id-fält</translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Rutor: tillgänglighet före och efter</translation>
    </message>
    <message>
        <source>The scenario closes every facility and opens none: keep at least one open or add new facilities.</source>
        <translation>Scenariot stänger alla serviceställen och öppnar inga: håll minst ett öppet eller lägg till nya serviceställen.</translation>
    </message>
    <message>
        <source>Scenario: {e}.</source>
        <translation>Scenario: {e}.</translation>
    </message>
</context>
<context>
    <name>CompareScenarios</name>
    <message>
        <source>Compare two scenarios</source>
        <translation>Jämförelse av två scenarier</translation>
    </message>
    <message>
        <source>Scenario A (before)</source>
        <translation>Scenario A (före)</translation>
    </message>
    <message>
        <source>Scenario B (after)</source>
        <translation>Scenario B (efter)</translation>
    </message>
    <message>
        <source>{label}: cell id field</source>
        <translation>{label}: rutans id-fält</translation>
    </message>
    <message>
        <source>{label}: facility field</source>
        <translation>{label}: serviceställets fält</translation>
    </message>
    <message>
        <source>{label}: travel time field (minutes)</source>
        <translation>{label}: restidsfält (min)</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Facilities (for capacities)</source>
        <translation>Serviceställen (för kapaciteterna)</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>Cells: access in A and B</source>
        <translation>Rutor: tillgänglighet i A och B</translation>
    </message>
    <message>
        <source>{n_missing} cells of scenario A have no cell with the same id in scenario B (e.g. {missing}); both layers must hold the same cells.</source>
        <translation>{n_missing} rutor i scenario A har ingen ruta med samma id i scenario B (t.ex. {missing}); båda lagren måste innehålla samma rutor.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos;: {n_extra} cells of scenario B have no cell with the same id in scenario A (e.g. {extra}); both layers must hold the same cells. Compare outputs made from the same population layer.</source>
        <translation>Lager '{name}': {n_extra} rutor i scenario B har ingen ruta med samma id i scenario A (t.ex. {extra}); båda lagren måste innehålla samma rutor. Jämför resultat som gjorts från samma befolkningslager.</translation>
    </message>
    <message>
        <source>Scenario {key}: the cell id &apos;{cell}&apos; (field &apos;{id_f}&apos;) occurs twice; choose a field that identifies each cell.</source>
        <translation>Scenario {key}: rutans id '{cell}' (fält '{id_f}') förekommer två gånger; välj ett fält som identifierar varje ruta.</translation>
    </message>
</context>
<context>
    <name>DigitalChannel</name>
    <message>
        <source>Digital channel: remote service potential</source>
        <translation>Digital kanal: potential för distanstjänster</translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation>Befolkningsrutnät</translation>
    </message>
    <message>
        <source>Grid id field</source>
        <translation>Rutans id-fält</translation>
    </message>
    <message>
        <source>Broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov)</source>
        <translation>Bredbandstabell (grid_id, hh_total, hh_fixed_100M, mob_cov)</translation>
    </message>
    <message>
        <source>Digital readiness by age field (field=share, ...)</source>
        <translation>Digital beredskap per åldersfält (fält=andel, ...)</translation>
    </message>
    <message>
        <source>Remote share by service type (service=share, ...)</source>
        <translation>Andel distanstjänster per servicetyp (tjänst=andel, ...)</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Uppkoppling</translation>
    </message>
    <message>
        <source>Fixed broadband (&gt;= 100 Mbit/s)</source>
        <translation>Fast bredband (&gt;= 100 Mbit/s)</translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation>Mobiltäckning</translation>
    </message>
    <message>
        <source>The better of the two</source>
        <translation>Den bättre av de två</translation>
    </message>
    <message>
        <source>Default connectivity for cells without data (-1 = none: error)</source>
        <translation>Standarduppkoppling för rutor utan data (-1 = ingen: fel)</translation>
    </message>
    <message>
        <source>Demand field (empty: the persons)</source>
        <translation>Efterfrågefält (tomt: personerna)</translation>
    </message>
    <message>
        <source>Visits a year field (county table)</source>
        <translation>Fält för besök per år (välfärdsområdets tabell)</translation>
    </message>
    <message>
        <source>Digital channel per cell</source>
        <translation>Digital kanal per ruta</translation>
    </message>
    <message>
        <source>Digital channel summary</source>
        <translation>Sammanfattning av den digitala kanalen</translation>
    </message>
    <message>
        <source>{value} cells have no broadband row; they use the default connectivity {default:g}.</source>
        <translation>{value} rutor saknar bredbandsrad; de använder standarduppkopplingen {default:g}.</translation>
    </message>
    <message>
        <source>{dig_excluded:.0f} of {persons:.0f} persons unlikely to use remote care.</source>
        <translation>{dig_excluded:.0f} av {persons:.0f} personer använder sannolikt inte distansvård.</translation>
    </message>
</context>
<context>
    <name>HomeCare</name>
    <message>
        <source>Home care: drive time and staff</source>
        <translation>Hemvård: körtid och personalbehov</translation>
    </message>
    <message>
        <source>Home-care bases</source>
        <translation>Hemvårdens baser</translation>
    </message>
    <message>
        <source>Demand grid</source>
        <translation>Efterfrågerutnät</translation>
    </message>
    <message>
        <source>Coverage by age group when there is no clients field (field=share, ...)</source>
        <translation>Täckning per åldersgrupp när det inte finns något klientfält (fält=andel, ...)</translation>
    </message>
    <message>
        <source>Drive per visit</source>
        <translation>Körning per besök</translation>
    </message>
    <message>
        <source>Routes (nearest neighbour + 2-opt)</source>
        <translation>Rutter (närmaste granne + 2-opt)</translation>
    </message>
    <message>
        <source>Star (round trip per visit)</source>
        <translation>Stjärna (tur och retur per besök)</translation>
    </message>
    <message>
        <source>Productive hours per FTE-year</source>
        <translation>Produktiva timmar per årsverke</translation>
    </message>
    <message>
        <source>Indirect work share (documentation, meetings; 0-1)</source>
        <translation>Andel indirekt arbete (dokumentation, möten; 0-1)</translation>
    </message>
    <message>
        <source>Bases to close (ids, comma separated)</source>
        <translation>Baser som stängs (id:n, kommaseparerade)</translation>
    </message>
    <message>
        <source>Given base per cell (care area field; empty: nearest base)</source>
        <translation>Given bas per ruta (vårdområdesfält; tomt: närmaste bas)</translation>
    </message>
    <message>
        <source>Home-care bases with figures</source>
        <translation>Hemvårdens baser med nyckeltal</translation>
    </message>
    <message>
        <source>Home-care demand per cell</source>
        <translation>Hemvårdsbehov per ruta</translation>
    </message>
    <message>
        <source>Bases before and after closing</source>
        <translation>Baser före och efter stängning</translation>
    </message>
    <message>
        <source>bases and cells</source>
        <translation>baser och rutor</translation>
    </message>
    <message>
        <source>{lost} demand cells ({visits_per_week:.0f} visits a week) reach no base by road; they are left out of the base figures and have an empty base_id.</source>
        <translation>{lost} efterfrågerutor ({visits_per_week:.0f} besök i veckan) når ingen bas på vägnätet; de lämnas utanför basernas tal och har tomt base_id.</translation>
    </message>
    <message>
        <source>{mode}: {drive_min_wk:.0f} drive and {care_min_wk:.0f} care minutes a week, {fte_needed:.2f} FTE.</source>
        <translation>{mode}: {drive_min_wk:.0f} körminuter och {care_min_wk:.0f} vårdminuter i veckan, {fte_needed:.2f} årsverken.</translation>
    </message>
    <message>
        <source>Layer &apos;{source_name}&apos; has no clients field: give the coverage by age group (e.g. ika_75_84=0.1,ika_85_=0.3) or add the fields {demand_cols}.</source>
        <translation>Lagret '{source_name}' har inget klientfält: ange täckningen per åldersgrupp (t.ex. ika_75_84=0.1,ika_85_=0.3) eller lägg till fälten {demand_cols}.</translation>
    </message>
    <message>
        <source>Bases to close: &apos;{unknown}&apos; is not a base_id of the base layer.</source>
        <translation>Baser som stängs: '{unknown}' är inte ett base_id i baslagret.</translation>
    </message>
    <message>
        <source>Bases to close: at least one base must stay.</source>
        <translation>Baser som stängs: minst en bas måste finnas kvar.</translation>
    </message>
</context>
<context>
    <name>LeastCostPlan</name>
    <message>
        <source>Least-cost network plan by year (fixed-charge, phased)</source>
        <translation>Billigaste plan för servicenätet per år (stegvis)</translation>
    </message>
    <message>
        <source>Demand cells</source>
        <translation>Efterfrågerutor</translation>
    </message>
    <message>
        <source>Cell id field</source>
        <translation>Rutans id-fält</translation>
    </message>
    <message>
        <source>Demand field(s) per year</source>
        <translation>Efterfrågefält per år</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation>Restider (origin_id, dest_id, time_min)</translation>
    </message>
    <message>
        <source>EUR per demand unit and travel minute</source>
        <translation>Euro per efterfrågeenhet och resminut</translation>
    </message>
    <message>
        <source>Access floor: demand field(s) per year</source>
        <translation>Tillgänglighetsgolv: efterfrågefält per år</translation>
    </message>
    <message>
        <source>Access floor: minutes</source>
        <translation>Tillgänglighetsgolv: minuter</translation>
    </message>
    <message>
        <source>Access floor: share within the minutes (%)</source>
        <translation>Tillgänglighetsgolv: andel inom minuterna (%)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonteringsränta (%)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <source>Solver time limit (seconds)</source>
        <translation>Lösarens tidsgräns (s)</translation>
    </message>
    <message>
        <source>Plan by site and year</source>
        <translation>Plan per verksamhetsställe och år</translation>
    </message>
    <message>
        <source>Plan by year</source>
        <translation>Plan per år</translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation>Sista året {last} är före det första {first}.</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Efterfrågan</translation>
    </message>
    <message>
        <source>Access floor</source>
        <translation>Tillgänglighetsgolv</translation>
    </message>
    <message>
        <source>Demand cells: id {duplicate!r} appears twice in {id_field}.</source>
        <translation>Efterfrågerutor: id {duplicate!r} förekommer två gånger i {id_field}.</translation>
    </message>
    <message>
        <source>Demand cells: negative demand (masked -1 values must be filled first: use the projection&apos;s output).</source>
        <translation>Efterfrågerutor: negativ efterfrågan (maskerade -1-värden måste fyllas i först: använd prognosens resultat).</translation>
    </message>
    <message>
        <source>Sites: {err}.</source>
        <translation>Verksamhetsställen: {err}.</translation>
    </message>
    <message>
        <source>{n_ids} cells, {n_site_ids} sites, {n_years} years: solving the plan exactly (HiGHS)...</source>
        <translation>{n_ids} rutor, {n_site_ids} verksamhetsställen, {n_years} år: planen löses exakt (HiGHS)...</translation>
    </message>
    <message>
        <source>Least-cost plan: {err}.</source>
        <translation>Billigaste plan: {err}.</translation>
    </message>
    <message>
        <source>Objective {objective} EUR (discounted); proven lower bound {bound}; gap {gap:.3%}. Solver: {status}</source>
        <translation>Målvärde {objective} EUR (diskonterat); bevisad undre gräns {bound}; gap {gap:.3%}. Lösare: {status}</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Restider</translation>
    </message>
    <message>
        <source>Travel times: no row joins the demand cells (origin_id) to the sites (dest_id); make the OD matrix from the cells to the sites with the same ids.</source>
        <translation>Restider: ingen rad förbinder efterfrågerutorna (origin_id) med verksamhetsställena (dest_id); gör start–mål-matrisen från rutorna till verksamhetsställena med samma id:n.</translation>
    </message>
</context>
<context>
    <name>MobileUnits</name>
    <message>
        <source>Mobile service units</source>
        <translation>Mobila serviceenheter</translation>
    </message>
    <message>
        <source>Mobile stops</source>
        <translation>Mobila hållplatser</translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation>Mobila enheter (tabell)</translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation>Hållplatsschema (tabell)</translation>
    </message>
    <message>
        <source>Holidays (table with a date field)</source>
        <translation>Helgdagar (tabell med datumfält)</translation>
    </message>
    <message>
        <source>Depots (base_id)</source>
        <translation>Depåer (base_id)</translation>
    </message>
    <message>
        <source>Population (grid cells)</source>
        <translation>Befolkning (rutor)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Population 75+ field</source>
        <translation>Fält för befolkning 75+</translation>
    </message>
    <message>
        <source>Fixed sites (optional)</source>
        <translation>Fasta verksamhetsställen (valfritt)</translation>
    </message>
    <message>
        <source>Fixed sites: annual service hours field</source>
        <translation>Fasta verksamhetsställen: fält för årliga servicetimmar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Coverage time (minutes)</source>
        <translation>Täckningstid (min)</translation>
    </message>
    <message>
        <source>Accessibility time (minutes)</source>
        <translation>Tillgänglighetstid (min)</translation>
    </message>
    <message>
        <source>Mobile stops with figures</source>
        <translation>Mobila hållplatser med nyckeltal</translation>
    </message>
    <message>
        <source>Route days</source>
        <translation>Ruttdagar</translation>
    </message>
    <message>
        <source>Mobile channel per cell</source>
        <translation>Mobil service per ruta</translation>
    </message>
    <message>
        <source>mobile stops</source>
        <translation>mobila hållplatser</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
    <message>
        <source>{n_table} stops, {n_visits_y} stop visits in {year}; population within {cover:g} min of a stop {pop_cov:.0f}; route days not fitting: {map}.</source>
        <translation>{n_table} hållplatser, {n_visits_y} hållplatsbesök år {year}; befolkning inom {cover:g} min från en hållplats {pop_cov:.0f}; ruttdagar som inte ryms: {map}.</translation>
    </message>
    <message>
        <source>depots and stops</source>
        <translation>depåer och hållplatser</translation>
    </message>
    <message>
        <source>fixed sites</source>
        <translation>fasta verksamhetsställen</translation>
    </message>
</context>
<context>
    <name>MultichannelCompensation</name>
    <message>
        <source>Multichannel closure compensation</source>
        <translation>Servicekanalernas kompensation vid stängning</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Rutor</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Minutes to a fixed site before</source>
        <translation>Minuter till ett fast verksamhetsställe före</translation>
    </message>
    <message>
        <source>Minutes to a fixed site after</source>
        <translation>Minuter till ett fast verksamhetsställe efter</translation>
    </message>
    <message>
        <source>Minutes to a mobile stop</source>
        <translation>Minuter till en mobil hållplats</translation>
    </message>
    <message>
        <source>Remote share (0-1)</source>
        <translation>Andel distanstjänster (0-1)</translation>
    </message>
    <message>
        <source>Fixed-site limit (minutes)</source>
        <translation>Tidsgräns för fast verksamhetsställe (min)</translation>
    </message>
    <message>
        <source>Mobile-stop limit (minutes)</source>
        <translation>Tidsgräns för mobil hållplats (min)</translation>
    </message>
    <message>
        <source>Cells by channel</source>
        <translation>Rutor per servicekanal</translation>
    </message>
    <message>
        <source>Compensation summary</source>
        <translation>Sammanfattning av kompensationen</translation>
    </message>
    <message>
        <source>{lost:.0f} residents lose their fixed site within the limit; a mobile stop serves {mobile:.0f}, remote care can take {remote:.0f} person-equivalents, {left:.0f} are left uncompensated.</source>
        <translation>{lost:.0f} invånare förlorar sitt fasta verksamhetsställe inom gränsen; en mobil hållplats betjänar {mobile:.0f}, distansvård kan ta {remote:.0f} personekvivalenter, {left:.0f} blir utan kompensation.</translation>
    </message>
</context>
<context>
    <name>NearestFacility</name>
    <message>
        <source>Nearest facility</source>
        <translation>Närmaste serviceställe</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Tidszoner (min)</translation>
    </message>
    <message>
        <source>Cut-off (minutes, 0 = none)</source>
        <translation>Tidsgräns (min, 0 = ingen)</translation>
    </message>
    <message>
        <source>Facility summary</source>
        <translation>Sammanfattning per serviceställe</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
    <message>
        <source>Allocated {lost} of {n_lost} population features; population {reached:.0f} reached, {not_reached:.0f} not.</source>
        <translation>{lost} av {n_lost} befolkningsobjekt fördelade; befolkning {reached:.0f} nås, {not_reached:.0f} nås inte.</translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>Check road network</source>
        <translation>Kontroll av vägnätet</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Network edges</source>
        <translation>Nätets länkar</translation>
    </message>
    <message>
        <source>Dangles</source>
        <translation>Lösa ändar</translation>
    </message>
    <message>
        <source>Connected pieces</source>
        <translation>Sammanhängande delar</translation>
    </message>
    <message>
        <source>Share of facilities routable</source>
        <translation>Andel serviceställen som kan nås i nätet</translation>
    </message>
    <message>
        <source>Share of population routable</source>
        <translation>Andel befolkning som kan nås i nätet</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
    <message>
        <source>{share:.1f}% of the {label} (weighted) can be routed.</source>
        <translation>{share:.1f} % av objekten ({label}, viktat) kan nås i nätet.</translation>
    </message>
</context>
<context>
    <name>NetworkCosts</name>
    <message>
        <source>Service network costs per year (2025-2030) and NPV</source>
        <translation>Servicenätets kostnader per år (2025-2030) och nuvärde</translation>
    </message>
    <message>
        <source>Site costs</source>
        <translation>Verksamhetsställenas kostnader</translation>
    </message>
    <message>
        <source>Scenario (site actions)</source>
        <translation>Scenario (åtgärder för verksamhetsställen)</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Personalkostnader</translation>
    </message>
    <message>
        <source>Mobile unit costs</source>
        <translation>Kostnader för mobila enheter</translation>
    </message>
    <message>
        <source>Client travel (cells)</source>
        <translation>Klienternas resor (rutor)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>One-way distance field (km)</source>
        <translation>Fält för enkel resväg (km)</translation>
    </message>
    <message>
        <source>Visits per person and year</source>
        <translation>Besök per person och år</translation>
    </message>
    <message>
        <source>Parameter table (tariffs with valid_from)</source>
        <translation>Parametertabell (taxor med valid_from)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonteringsränta (%)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation>Kostnader per år</translation>
    </message>
    <message>
        <source>Costs per site and year</source>
        <translation>Kostnader per verksamhetsställe och år</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Nuvärde</translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation>Sista året {last} är före det första {first}.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Parametertabell</translation>
    </message>
    <message>
        <source>Network costs: {err}.</source>
        <translation>Nätets kostnader: {err}.</translation>
    </message>
    <message>
        <source>NPV {first}-{last} ({view} view, {rate:.1%}): {npv} EUR</source>
        <translation>Nuvärde {first}-{last} (perspektiv {view}, {rate:.1%}): {npv} EUR</translation>
    </message>
    <message>
        <source>Client travel: choose the population field and the one-way distance field.</source>
        <translation>Klienternas resor: välj befolkningsfältet och fältet för enkel resväg.</translation>
    </message>
    <message>
        <source>Client travel</source>
        <translation>Klienternas resor</translation>
    </message>
</context>
<context>
    <name>OdMatrix</name>
    <message>
        <source>OD matrix</source>
        <translation>Start–mål-matris</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Startpunkter</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>{label}: id field</source>
        <translation>{label}: id-fält</translation>
    </message>
    <message>
        <source>k nearest destinations (0 = all)</source>
        <translation>k närmaste mål (0 = alla)</translation>
    </message>
    <message>
        <source>Cut-off (minutes, 0 = none)</source>
        <translation>Tidsgräns (min, 0 = ingen)</translation>
    </message>
    <message>
        <source>{n_table} origin-destination pairs written.</source>
        <translation>{n_table} start–mål-par skrivna.</translation>
    </message>
</context>
<context>
    <name>OptimiseNetwork</name>
    <message>
        <source>Optimise service network</source>
        <translation>Optimering av servicenätet</translation>
    </message>
</context>
<context>
    <name>OptimiseNetworkBase</name>
    <message>
        <source>Current facilities</source>
        <translation>Nuvarande serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Capacity field (p-median with capacities)</source>
        <translation>Kapacitetsfält (p-median med kapaciteter)</translation>
    </message>
    <message>
        <source>Candidate new sites</source>
        <translation>Kandidater för nya verksamhetsställen</translation>
    </message>
    <message>
        <source>Candidates: id field</source>
        <translation>Kandidater: id-fält</translation>
    </message>
    <message>
        <source>Candidates: capacity field</source>
        <translation>Kandidater: kapacitetsfält</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Optimeringsproblem</translation>
    </message>
    <message>
        <source>p-median (least travel time)</source>
        <translation>p-median (kortaste sammanlagda restid)</translation>
    </message>
    <message>
        <source>Maximal coverage</source>
        <translation>Maximal täckning</translation>
    </message>
    <message>
        <source>Set cover</source>
        <translation>Mängdtäckning</translation>
    </message>
    <message>
        <source>p-center (least worst time)</source>
        <translation>p-center (kortaste längsta restid)</translation>
    </message>
    <message>
        <source>Number of sites p</source>
        <translation>Antal verksamhetsställen p</translation>
    </message>
    <message>
        <source>Coverage threshold (minutes)</source>
        <translation>Tidsgräns för täckning (min)</translation>
    </message>
    <message>
        <source>Set cover: share of demand to cover (0-1)</source>
        <translation>Mängdtäckning: andel av efterfrågan som ska täckas (0-1)</translation>
    </message>
    <message>
        <source>Sites that must stay open (ids)</source>
        <translation>Verksamhetsställen som måste hållas öppna (id:n)</translation>
    </message>
    <message>
        <source>Sites that must close (ids)</source>
        <translation>Verksamhetsställen som måste stängas (id:n)</translation>
    </message>
    <message>
        <source>Use rates (field=visits per person, ...)</source>
        <translation>Användningsgrader (fält=besök per person, ...)</translation>
    </message>
    <message>
        <source>Cells: allocation now and optimised</source>
        <translation>Rutor: fördelning nu och optimerad</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation>Målfunktionens värde</translation>
    </message>
    <message>
        <source>Solver used</source>
        <translation>Använd lösare</translation>
    </message>
    <message>
        <source>With a capacity field, give the candidates&apos; capacity field too.</source>
        <translation>Med ett kapacitetsfält ska även kandidaternas kapacitetsfält anges.</translation>
    </message>
    <message>
        <source>Use rates: the population layer has no field(s) {missing}.</source>
        <translation>Användningsgrader: befolkningslagret har inte fälten {missing}.</translation>
    </message>
    <message>
        <source>Solver: {solver}; objective {objective:.4g}; {gap}; {n_sites} sites chosen.</source>
        <translation>Lösare: {solver}; målvärde {objective:.4g}; {gap}; {n_sites} verksamhetsställen valda.</translation>
    </message>
</context>
<context>
    <name>PalveluAlgorithm</name>
    <message>
        <source>Road network</source>
        <translation>Vägnät</translation>
    </message>
    <message>
        <source>Service network scenarios</source>
        <translation>Scenarier för servicenätet</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafik</translation>
    </message>
    <message>
        <source>Accessibility and channels</source>
        <translation>Tillgänglighet och servicekanaler</translation>
    </message>
    <message>
        <source>Plan: costs and population</source>
        <translation>Planering: kostnader och befolkning</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>PopulationProjection</name>
    <message>
        <source>Population projection to target years</source>
        <translation>Befolkningsprognos för målår</translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation>Befolkningsrutnät</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Municipality field of the grid</source>
        <translation>Rutnätets kommunfält</translation>
    </message>
    <message>
        <source>Municipality polygons (when the grid has no municipality field)</source>
        <translation>Kommunpolygoner (när rutnätet saknar kommunfält)</translation>
    </message>
    <message>
        <source>Municipality code field</source>
        <translation>Kommunkodsfält</translation>
    </message>
    <message>
        <source>Population projection table</source>
        <translation>Befolkningsprognostabell</translation>
    </message>
    <message>
        <source>Base year (the grid&apos;s year)</source>
        <translation>Basår (rutnätets år)</translation>
    </message>
    <message>
        <source>Target years</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>Use rates (visits per person and year by age group)</source>
        <translation>Användningsgrader (besök per person och år per åldersgrupp)</translation>
    </message>
    <message>
        <source>Rake the grid to the projection (grid covers whole municipalities)</source>
        <translation>Anpassa rutnätet till prognosen (rutnätet täcker hela kommuner)</translation>
    </message>
    <message>
        <source>Projected population</source>
        <translation>Prognostiserad befolkning</translation>
    </message>
    <message>
        <source>Projection check by municipality</source>
        <translation>Kontroll av prognosen per kommun</translation>
    </message>
    <message>
        <source>Population grid {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or ika_LO_HI): the projection works by age group.</source>
        <translation>Befolkningsrutnätet {name} har inga åldersfält (ika_0_14, ika_15_64, ika_65_ eller ika_LO_HI): prognosen görs per åldersgrupp.</translation>
    </message>
    <message>
        <source>Population grid {name} has no features.</source>
        <translation>Befolkningsrutnätet {name} har inga objekt.</translation>
    </message>
    <message>
        <source>Population grid {name}, feature {id}: {columns} is NULL or not a number (masked values must be -1).</source>
        <translation>Befolkningsrutnät {name}, objekt {id}: {columns} är NULL eller inte ett tal (maskerade värden måste vara -1).</translation>
    </message>
    <message>
        <source>Projection table</source>
        <translation>Prognostabell</translation>
    </message>
    <message>
        <source>Population projection: {err}.</source>
        <translation>Befolkningsprognos: {err}.</translation>
    </message>
    <message>
        <source>{n_feats} cells, {masked} with masked ages filled from their municipality&apos;s shares; groups {name}.</source>
        <translation>{n_feats} rutor, varav {masked} med maskerade åldrar ifyllda med kommunens andelar; grupper {name}.</translation>
    </message>
    <message>
        <source>Largest difference between the grid&apos;s sum and the projection (municipality x group x year): {worst:.2f} persons.</source>
        <translation>Största skillnad mellan rutnätets summa och prognosen (kommun x grupp x år): {worst:.2f} personer.</translation>
    </message>
    <message>
        <source>Give the grid&apos;s municipality field, or a municipality polygon layer and its code field: growth factors are per municipality.</source>
        <translation>Ange rutnätets kommunfält, eller ett lager med kommunpolygoner och dess kodfält: tillväxtfaktorerna är per kommun.</translation>
    </message>
    <message>
        <source>Grid cell {id} lies in no municipality polygon of {source_name}: clip the grid to the municipalities.</source>
        <translation>Rutan {id} ligger inte i någon kommunpolygon i {source_name}: klipp rutnätet till kommunerna.</translation>
    </message>
    <message>
        <source>Cells placed in municipalities by their centre ({n_set} municipalities).</source>
        <translation>Rutorna placerade i kommuner efter sin mittpunkt ({n_set} kommuner).</translation>
    </message>
</context>
<context>
    <name>RoadMode</name>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Car speed on roads of unknown class (km/h)</source>
        <translation>Bilens hastighet på vägar av okänd klass (km/h)</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gång</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
        <source>Bike</source>
        <translation>Cykel</translation>
    </message>
    <message>
        <source>Cycling speed (km/h)</source>
        <translation>Cykelhastighet (km/h)</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Rullstol</translation>
    </message>
    <message>
        <source>Wheelchair speed (km/h)</source>
        <translation>Rullstolens hastighet (km/h)</translation>
    </message>
</context>
<context>
    <name>RoadTimes</name>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>befolkningsobjekt</translation>
    </message>
    <message>
        <source>None of the facilities open in the scenario can be snapped to the road network; check the CRS and the maximum snapping distance.</source>
        <translation>Inget av de serviceställen som är öppna i scenariot kan fästas vid vägnätet; kontrollera koordinatsystemet och det största fästavståndet.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Service network scenario</source>
        <translation>Scenario för servicenätet</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Scenario 1</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafik</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Områdesfält (kommun)</translation>
    </message>
    <message>
        <source>Road network</source>
        <translation>Vägnät</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Vägklassfält (OSM highway)</translation>
    </message>
    <message>
        <source>GTFS feeds (zip)</source>
        <translation>GTFS-data (zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Färdsätt</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Tillgänglighetsgränser (min)</translation>
    </message>
    <message>
        <source>Tick the facilities selected on the map</source>
        <translation>Markera serviceställena som valts på kartan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Facilities to close</source>
        <translation>Serviceställen som stängs</translation>
    </message>
    <message>
        <source>The Palveluverkko Processing provider is not loaded.</source>
        <translation>Palveluverkkos Processing-leverantör är inte laddad.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Körs...</translation>
    </message>
    <message>
        <source>The scenario did not finish (cancelled or failed; see the Processing log).</source>
        <translation>Scenariot slutfördes inte (avbrutet eller misslyckat; se Processing-loggen).</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Rutor: tillgänglighet före och efter</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Belastning på serviceställen</translation>
    </message>
    <message>
        <source>Flows between facilities</source>
        <translation>Flöden mellan serviceställen</translation>
    </message>
    <message>
        <source>Summary by area and age group</source>
        <translation>Sammanfattning per område och åldersgrupp</translation>
    </message>
    <message>
        <source>Equity figures</source>
        <translation>Jämlikhetstal</translation>
    </message>
</context>
<context>
    <name>StaffCommute</name>
    <message>
        <source>Staff commutes when sites merge</source>
        <translation>Personalens arbetsresor när verksamhetsställen slås samman</translation>
    </message>
    <message>
        <source>Staff homes</source>
        <translation>Personalens bostäder</translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation>Restider (origin_id, dest_id, time_min)</translation>
    </message>
    <message>
        <source>Merged sites (closed&gt;receiving, ...)</source>
        <translation>Sammanslagna verksamhetsställen (stängt&gt;mottagande, ...)</translation>
    </message>
    <message>
        <source>Flow table of a closure (instead of merged sites)</source>
        <translation>Flödestabell från en stängning (i stället för sammanslagna verksamhetsställen)</translation>
    </message>
    <message>
        <source>Commute limit (minutes)</source>
        <translation>Gräns för arbetsresa (min)</translation>
    </message>
    <message>
        <source>Staff commutes by site</source>
        <translation>Personalens arbetsresor per verksamhetsställe</translation>
    </message>
    <message>
        <source>Staff commutes by home area</source>
        <translation>Personalens arbetsresor per bostadsområde</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Restider</translation>
    </message>
    <message>
        <source>Give the merged sites (closed&gt;receiving) or a closure&apos;s flow table.</source>
        <translation>Ange de sammanslagna verksamhetsställena (stängt&gt;mottagande) eller en stängnings flödestabell.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Flödestabell</translation>
    </message>
    <message>
        <source>Staff commutes: {err}.</source>
        <translation>Personalens arbetsresor: {err}.</translation>
    </message>
    <message>
        <source>{staff:g} staff move ({value}); over the limit: {over_before:g} before, {over_after:g} after.</source>
        <translation>{staff:g} anställda flyttar ({value}); över gränsen: {over_before:g} före, {over_after:g} efter.</translation>
    </message>
</context>
<context>
    <name>TransitAccessibilityIndex</name>
    <message>
        <source>Accessibility index (2SFCA, public transport)</source>
        <translation>Tillgänglighetsindex (2SFCA, kollektivtrafik)</translation>
    </message>
</context>
<context>
    <name>TransitCatchments</name>
    <message>
        <source>Transit catchment areas</source>
        <translation>Upptagningsområden med kollektivtrafik</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Tidszoner (min)</translation>
    </message>
    <message>
        <source>Grid spacing (m)</source>
        <translation>Rutavstånd (m)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Transit catchments</source>
        <translation>Upptagningsområden med kollektivtrafik</translation>
    </message>
    <message>
        <source>A {spacing:g} m grid over the feed&apos;s stops has {n_gx} points; use a larger grid spacing.</source>
        <translation>Ett rutnät på {spacing:g} m över datats hållplatser har {n_gx} punkter; använd ett större rutavstånd.</translation>
    </message>
</context>
<context>
    <name>TransitClosureImpact</name>
    <message>
        <source>Facility closure impact (public transport)</source>
        <translation>Konsekvenser av att stänga serviceställen (kollektivtrafik)</translation>
    </message>
</context>
<context>
    <name>TransitOptimiseNetwork</name>
    <message>
        <source>Optimise service network (public transport)</source>
        <translation>Optimering av servicenätet (kollektivtrafik)</translation>
    </message>
</context>
<context>
    <name>TransitService</name>
    <message>
        <source>Transit service summary</source>
        <translation>Kollektivtrafikens utbud</translation>
    </message>
    <message>
        <source>Population cells</source>
        <translation>Befolkningsrutor</translation>
    </message>
    <message>
        <source>Maximum walk to a stop (m)</source>
        <translation>Längsta gångsträcka till en hållplats (m)</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
        <source>Service per stop</source>
        <translation>Utbud per hållplats</translation>
    </message>
    <message>
        <source>Service per cell</source>
        <translation>Utbud per ruta</translation>
    </message>
    <message>
        <source>The window is empty: it ends when it starts.</source>
        <translation>Tidsfönstret är tomt: det slutar när det börjar.</translation>
    </message>
    <message>
        <source>GTFS: {e}.</source>
        <translation>GTFS: {e}.</translation>
    </message>
</context>
<context>
    <name>TransitTimes</name>
    <message>
        <source>Timetable profiles for {n} facilities...</source>
        <translation>Tidtabellsprofiler för {n} serviceställen...</translation>
    </message>
</context>
<context>
    <name>TransitTravelTimes</name>
    <message>
        <source>Transit travel times to facilities</source>
        <translation>Restider med kollektivtrafik till serviceställen</translation>
    </message>
    <message>
        <source>Origins (population)</source>
        <translation>Startpunkter (befolkning)</translation>
    </message>
    <message>
        <source>Origin id field</source>
        <translation>Startpunktens id-fält</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Threshold for the share (minutes)</source>
        <translation>Tidsgräns för andelen (min)</translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Percentiler</translation>
    </message>
    <message>
        <source>Arrive by (HH:MM, optional)</source>
        <translation>Framme senast (HH:MM, valfritt)</translation>
    </message>
    <message>
        <source>Transit travel times</source>
        <translation>Restider med kollektivtrafik</translation>
    </message>
    <message>
        <source>OD table (origin x facility percentiles)</source>
        <translation>Start–mål-tabell (startpunkt x serviceställe, percentiler)</translation>
    </message>
    <message>
        <source>Arrive by {deadline_text} is not after the first departure ({start}): the timetable is read from the first departure on, so only walking all the way can make it and leave_by is empty for every other origin. Choose a later arrival time or an earlier window.</source>
        <translation>Framme senast {deadline_text} är inte efter första avgången ({start}): tidtabellen läses från första avgången, så endast den som går hela vägen hinner fram och leave_by är tomt för alla andra startpunkter. Välj en senare ankomsttid eller ett tidigare tidsfönster.</translation>
    </message>
</context>
<context>
    <name>TravelTimes</name>
    <message>
        <source>Reusing the cached per-facility travel times.</source>
        <translation>Återanvänder de cachade restiderna per serviceställe.</translation>
    </message>
    <message>
        <source>Searching from {n} facilities...</source>
        <translation>Söker från {n} serviceställen...</translation>
    </message>
</context>
<context>
    <name>channel_common</name>
    <message>
        <source>Table &apos;{source_name}&apos; ({label}) has no field &apos;{lost}&apos;; it needs the fields {columns}.</source>
        <translation>Tabellen '{source_name}' ({label}) har inget fält '{lost}'; den behöver fälten {columns}.</translation>
    </message>
    <message>
        <source>{what}: cannot read &apos;{item}&apos;; write name=value pairs separated by commas.</source>
        <translation>{what}: '{item}' kan inte läsas; skriv namn=värde-par separerade med kommatecken.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is outside 0-1.</source>
        <translation>{what}: '{item}' ligger utanför 0-1.</translation>
    </message>
    <message>
        <source>{what}: give at least one name=value pair.</source>
        <translation>{what}: ange minst ett namn=värde-par.</translation>
    </message>
</context>
<context>
    <name>closure_impact</name>
    <message>
        <source>Facilities to close: no facility has the id &apos;{w}&apos; (field &apos;{id_field}&apos;).</source>
        <translation>Serviceställen som stängs: inget serviceställe har id '{w}' (fält '{id_field}').</translation>
    </message>
    <message>
        <source>&apos;Close the selected facilities&apos; is on, but no facility is selected on the map.</source>
        <translation>'Stäng de valda serviceställena' är på, men inget serviceställe är valt på kartan.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expression} selects none of the {n_features} facilities of layer &apos;{layer}&apos;, so nothing changes. Check the expression against the layer&apos;s values.</source>
        <translation>Serviceställen som stängs: uttrycket {expression} väljer inget av de {n_features} serviceställena i lagret '{layer}', så ingenting ändras. Kontrollera uttrycket mot lagrets värden.</translation>
    </message>
    <message>
        <source>Nothing changes: give the facilities to close (ids, expression, selection or status field) or new facilities to open.</source>
        <translation>Ingenting ändras: ange de serviceställen som stängs (id:n, uttryck, val eller statusfält) eller nya serviceställen som öppnas.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} cannot be read: {error}. Fix it in the expression builder.</source>
        <translation>Serviceställen som stängs: uttrycket {expr_text} kan inte läsas: {error}. Rätta det i uttrycksbyggaren.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} uses the field(s) {unknown}, which layer &apos;{layer}&apos; does not have. Fields: {names}.</source>
        <translation>Serviceställen som stängs: uttrycket {expr_text} använder fälten {unknown}, som lagret '{layer}' inte har. Fält: {names}.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression fails on feature {id}: {eval_error_string}</source>
        <translation>Serviceställen som stängs: uttrycket misslyckas för objekt {id}: {eval_error_string}</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Class speeds: cannot read &apos;{item}&apos;. Write class=km/h pairs separated by commas, e.g. residential=30,service=15 (0 closes a class).</source>
        <translation>Klasshastigheter: '{item}' kan inte läsas. Skriv klass=km/h-par separerade med kommatecken, t.ex. residential=30,service=15 (0 stänger en klass).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer_name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Lagret '{layer_name}' har inget fält '{field}'.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbruten.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; ({layer_label}) has no features.</source>
        <translation>Lagret '{name}' ({layer_label}) har inga objekt.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; holds &apos;{value}&apos;, not a number. Choose a numeric field or fix the value.</source>
        <translation>Lager '{layer}', objekt {fid}: fältet '{field}' innehåller '{value}', inte ett tal. Välj ett numeriskt fält eller rätta värdet.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; is {v}; a population or capacity cannot be negative. Fix the value or filter the feature out.</source>
        <translation>Lager '{layer}', objekt {fid}: fältet '{field}' är {v}; en befolkning eller kapacitet kan inte vara negativ. Rätta värdet eller filtrera bort objektet.</translation>
    </message>
    <message>
        <source>None of the {label} can be routed: {island} of {n_snap} sit on a road piece not connected to the main network (the largest connected piece of the roads usable by the mode), the others are too far from it. Connect those roads to the network (check the topology tolerance, or roads the mode may not use) or move the {label}.</source>
        <translation>Ingen rutt kan beräknas för något av objekten ({label}): {island} av {n_snap} ligger på en vägbit som inte är ansluten till huvudnätet (den största sammanhängande delen av vägarna som färdsättet får använda), de övriga är för långt från det. Anslut vägarna till nätet (kontrollera topologitoleransen, eller vägar som färdsättet inte får använda) eller flytta objekten ({label}).</translation>
    </message>
    <message>
        <source>None of the {label} could be snapped to the main road network: check the layers&apos; CRS and the maximum snapping distance.</source>
        <translation>Inget av objekten ({label}) kunde fästas vid vägnätets huvudnät: kontrollera lagrens koordinatsystem och det största fästavståndet.</translation>
    </message>
    <message>
        <source>{n} of {n_snap} {label}: {reason}.</source>
        <translation>{n} av {n_snap} ({label}): {reason}.</translation>
    </message>
    <message>
        <source>{past} of {n_snap} {label}: {nearest_unconnected}; snapped to the main network instead, up to {max_m:.0f} m away (field snap_m where the output has it).</source>
        <translation>{past} av {n_snap} ({label}): {nearest_unconnected}; fästa vid huvudnätet i stället, upp till {max_m:.0f} m bort (fältet snap_m där resultatet har det).</translation>
    </message>
</context>
<context>
    <name>compare_scenarios</name>
    <message>
        <source>Layer &apos;{source_name}&apos;, feature {fid}: the travel time field &apos;{field}&apos; holds &apos;{value}&apos;, not a number of minutes. Choose the numeric time field (e.g. time_min or min_after).</source>
        <translation>Lager '{source_name}', objekt {fid}: restidsfältet '{field}' innehåller '{value}', inte ett antal minuter. Välj det numeriska tidsfältet (t.ex. time_min eller min_after).</translation>
    </message>
</context>
<context>
    <name>impact_outputs</name>
    <message>
        <source>{masked} features (population {weights:.0f}) have masked age groups (-1: under 10 residents in Statistics Finland&apos;s grid); they count in the total population but in no age group.</source>
        <translation>{masked} objekt (befolkning {weights:.0f}) har maskerade åldersgrupper (-1: under 10 invånare i Statistikcentralens rutnät); de räknas i den totala befolkningen men i ingen åldersgrupp.</translation>
    </message>
    <message>
        <source>The age group fields do not add up to the total population in {off} features (e.g. feature ids {first}); each group is reported as given and the totals use the total population field.</source>
        <translation>Åldersgruppsfälten summerar inte till den totala befolkningen i {off} objekt (t.ex. objekt-id {first}); varje grupp redovisas som den är och totalerna använder fältet för total befolkning.</translation>
    </message>
</context>
<context>
    <name>least_cost_plan</name>
    <message>
        <source>{what}: the demand layer has no field {missing} (for {y}); run Population projection to target years for these years, or name fields that exist, e.g. need_{{year}} or vaesto.</source>
        <translation>{what}: efterfrågelagret har inget fält {missing} (för {y}); kör Befolkningsprognos för målår för dessa år, eller ange fält som finns, t.ex. need_{{year}} eller vaesto.</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Service network scenario...</source>
        <translation>Scenario för servicenätet...</translation>
    </message>
</context>
<context>
    <name>optimise_network</name>
    <message>
        <source>Use rates: cannot read &apos;{item}&apos;; write field=visits per person, e.g. age_75=9.5.</source>
        <translation>Användningsgrader: '{item}' kan inte läsas; skriv fält=besök per person, t.ex. age_75=9.5.</translation>
    </message>
    <message>
        <source>Optimisation: no demand is within the coverage threshold ({thr:g} min) of any site (the fastest trip takes {fastest:.1f} min), so every choice of sites would cover nothing. Raise the threshold.</source>
        <translation>Optimering: ingen efterfrågan ligger inom täckningsgränsen ({thr:g} min) från något verksamhetsställe (den snabbaste resan tar {fastest:.1f} min), så inget val av verksamhetsställen skulle täcka något. Höj gränsen.</translation>
    </message>
    <message>
        <source>Optimisation: {e}.</source>
        <translation>Optimering: {e}.</translation>
    </message>
    <message>
        <source>{n_demand} demand points x {n_sites} sites: the heuristic result is reported with its proven gap.</source>
        <translation>{n_demand} efterfrågepunkter x {n_sites} verksamhetsställen: det heuristiska resultatet redovisas med sitt bevisade gap.</translation>
    </message>
    <message>
        <source>{what}: no site has the id &apos;{w}&apos;.</source>
        <translation>{what}: inget verksamhetsställe har id '{w}'.</translation>
    </message>
</context>
<context>
    <name>parameters</name>
    <message>
        <source>Road network</source>
        <translation>Vägnät</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Färdsätt</translation>
    </message>
    <message>
        <source>Road class field</source>
        <translation>Vägklassfält</translation>
    </message>
    <message>
        <source>OSM highway</source>
        <translation>OSM highway</translation>
    </message>
    <message>
        <source>Digiroad functional class</source>
        <translation>Digiroads funktionella klass</translation>
    </message>
    <message>
        <source>None (default speed)</source>
        <translation>Ingen (standardhastighet)</translation>
    </message>
    <message>
        <source>Road class scheme</source>
        <translation>Vägklassificering</translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
        <source>One-way / direction field</source>
        <translation>Enkelriktnings- / riktningsfält</translation>
    </message>
    <message>
        <source>Class speeds (class=km/h, ...)</source>
        <translation>Klasshastigheter (klass=km/h, ...)</translation>
    </message>
    <message>
        <source>Access walking speed from point to road (km/h, 0 = free)</source>
        <translation>Gånghastighet från punkt till väg (km/h, 0 = ingen tid)</translation>
    </message>
    <message>
        <source>Maximum snapping distance (m)</source>
        <translation>Största fästavstånd (m)</translation>
    </message>
    <message>
        <source>Topology tolerance (map units of the work CRS)</source>
        <translation>Topologitolerans (arbetskoordinatsystemets kartenheter)</translation>
    </message>
    <message>
        <source>GTFS feeds (zip)</source>
        <translation>GTFS-data (zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>First departure</source>
        <translation>Första avgång</translation>
    </message>
    <message>
        <source>Last departure</source>
        <translation>Sista avgång</translation>
    </message>
    <message>
        <source>Step (minutes)</source>
        <translation>Steg (min)</translation>
    </message>
    <message>
        <source>Maximum walk to or from a stop (m)</source>
        <translation>Längsta gångsträcka till eller från en hållplats (m)</translation>
    </message>
    <message>
        <source>Maximum walk between stops (m)</source>
        <translation>Längsta gångsträcka mellan hållplatser (m)</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
        <source>Maximum trip time (minutes)</source>
        <translation>Längsta restid (min)</translation>
    </message>
    <message>
        <source>Maximum transfers</source>
        <translation>Högsta antal byten</translation>
    </message>
    <message>
        <source>Road network for the walks (optional)</source>
        <translation>Vägnät för gångsträckorna (valfritt)</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Vägklassfält (OSM highway)</translation>
    </message>
    <message>
        <source>Percentile of travel time over the window</source>
        <translation>Percentil av restiden över tidsfönstret</translation>
    </message>
    <message>
        <source>Age group fields</source>
        <translation>Åldersgruppsfält</translation>
    </message>
    <message>
        <source>75+ field (equity figures)</source>
        <translation>Fält för 75+ (jämlikhetstal)</translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Områdesfält (kommun)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Tillgänglighetsgränser (min)</translation>
    </message>
    <message>
        <source>Flows between facilities</source>
        <translation>Flöden mellan serviceställen</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Belastning på serviceställen</translation>
    </message>
    <message>
        <source>Summary by area and age group</source>
        <translation>Sammanfattning per område och åldersgrupp</translation>
    </message>
    <message>
        <source>Equity figures</source>
        <translation>Jämlikhetstal</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
</context>
<context>
    <name>population_projection</name>
    <message>
        <source>Use rates: &apos;{part}&apos; is not group=visits (e.g. 75_84=6.5).</source>
        <translation>Användningsgrader: '{part}' är inte på formen grupp=besök (t.ex. 75_84=6.5).</translation>
    </message>
    <message>
        <source>Target years: &apos;{text}&apos; is not a list of years (e.g. 2025,2030).</source>
        <translation>Målår: '{text}' är inte en lista med år (t.ex. 2025,2030).</translation>
    </message>
    <message>
        <source>Target years: give at least one year, e.g. 2030.</source>
        <translation>Målår: ange minst ett år, t.ex. 2030.</translation>
    </message>
</context>
<context>
    <name>report_output</name>
    <message>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <source>{pdf} exists and is not a report of this plugin; it was left as it is and no PDF was written.</source>
        <translation>{pdf} finns redan och är inte en rapport från detta tillägg; den lämnades orörd och ingen PDF skrevs.</translation>
    </message>
    <message>
        <source>The PDF of the report could not be written: {e}</source>
        <translation>Rapportens PDF kunde inte skrivas: {e}</translation>
    </message>
</context>
<context>
    <name>roads</name>
    <message>
        <source>The road network layer could not be opened.</source>
        <translation>Väglagret kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Reading the road network...</source>
        <translation>Läser vägnätet...</translation>
    </message>
    <message>
        <source>{empty} road features without geometry were skipped.</source>
        <translation>{empty} vägobjekt utan geometri hoppades över.</translation>
    </message>
    <message>
        <source>{null_speed} roads have no speed value; their class speed (or the default speed) is used.</source>
        <translation>{null_speed} vägar saknar hastighetsvärde; deras klasshastighet (eller standardhastigheten) används.</translation>
    </message>
    <message>
        <source>Road network: {e}.</source>
        <translation>Vägnät: {e}.</translation>
    </message>
    <message>
        <source>Network: {n_nodes} nodes, {n_edges} edges (work CRS {authid}).</source>
        <translation>Nät: {n_nodes} noder, {n_edges} länkar (arbetskoordinatsystem {authid}).</translation>
    </message>
    <message>
        <source>Road network: {note}.</source>
        <translation>Vägnät: {note}.</translation>
    </message>
    <message>
        <source>No road of the network can be used by mode &apos;{mode}&apos;. Check the road class field and scheme, or the class speeds.</source>
        <translation>Ingen väg i nätet kan användas av färdsättet '{mode}'. Kontrollera vägklassfältet och klassificeringen, eller klasshastigheterna.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; has no line features with geometry; choose a road layer.</source>
        <translation>Lagret '{name}' har inga linjeobjekt med geometri; välj ett väglager.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbruten.</translation>
    </message>
</context>
<context>
    <name>staff_commute</name>
    <message>
        <source>Merged sites: &apos;{part}&apos; is not closed&gt;receiving (e.g. HC3&gt;HC1).</source>
        <translation>Sammanslagna verksamhetsställen: '{part}' är inte på formen stängt&gt;mottagande (t.ex. HC3&gt;HC1).</translation>
    </message>
</context>
<context>
    <name>travel_times</name>
    <message>
        <source>GTFS: {e}.</source>
        <translation>GTFS: {e}.</translation>
    </message>
    <message>
        <source>{n_conn} connections on {day} from the first departure to the latest arrival.</source>
        <translation>{n_conn} förbindelser den {day} från första avgång till sista ankomst.</translation>
    </message>
    <message>
        <source>Walks to, between and from stops follow the road network.</source>
        <translation>Gångsträckor till, mellan och från hållplatser följer vägnätet.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{label}: the output file {path} is also an input (parameter &apos;{used_by}&apos;, layer {n}); writing it would destroy that data. Choose another output file.</source>
        <translation>{label}: utdatafilen {path} är också indata (parameter '{used_by}', lager {n}); att skriva den skulle förstöra datat. Välj en annan utdatafil.</translation>
    </message>
    <message>
        <source>{label}: {folder} is a file, not a folder; choose a folder for {basename}.</source>
        <translation>{label}: {folder} är en fil, inte en mapp; välj en mapp för {basename}.</translation>
    </message>
    <message>
        <source>{label}: the folder {folder} does not exist. Create it or choose another place for {basename}.</source>
        <translation>{label}: mappen {folder} finns inte. Skapa den eller välj en annan plats för {basename}.</translation>
    </message>
    <message>
        <source>{label}: {path} cannot be written (no permission). Choose another place.</source>
        <translation>{label}: {path} kan inte skrivas (ingen behörighet). Välj en annan plats.</translation>
    </message>
    <message>
        <source>{label}: {path} is a folder; give a file name ending in .html.</source>
        <translation>{label}: {path} är en mapp; ange ett filnamn som slutar på .html.</translation>
    </message>
    <message>
        <source>{label}: {path} already exists and is not a Palveluverkko HTML report; it would be replaced. Choose a new file name ending in .html.</source>
        <translation>{label}: {path} finns redan och är inte en HTML-rapport från Palveluverkko; den skulle ersättas. Välj ett nytt filnamn som slutar på .html.</translation>
    </message>
    <message>
        <source>{description} ({name}): &apos;{value}&apos; is not a finite number; give a number{range}.</source>
        <translation>{description} ({name}): '{value}' är inte ett ändligt tal; ange ett tal{range}.</translation>
    </message>
    <message>
        <source>The run did not finish; the incomplete outputs were removed: {removed}.</source>
        <translation>Körningen slutfördes inte; de ofullständiga resultaten togs bort: {removed}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; in &apos;{text}&apos; is not a number of {unit}; write e.g. {example}.</source>
        <translation>{what}: '{item}' i '{text}' är inte ett antal ({unit}); skriv t.ex. {example}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is not allowed; give positive, finite {unit}{limit}, e.g. {example}.</source>
        <translation>{what}: '{item}' är inte tillåtet; ange ett positivt, ändligt värde ({unit}){limit}, t.ex. {example}.</translation>
    </message>
    <message>
        <source>{what}: give at least one positive number of {unit}, e.g. {example}.</source>
        <translation>{what}: ange minst ett positivt tal ({unit}), t.ex. {example}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a time; write HH:MM, e.g. 07:30.</source>
        <translation>{what}: '{text}' är inte en tid; skriv HH:MM, t.ex. 07:30.</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a valid time (hours 0-47, minutes 0-59); write HH:MM, e.g. 07:30.</source>
        <translation>{what}: '{text}' är inte en giltig tid (timmar 0-47, minuter 0-59); skriv HH:MM, t.ex. 07:30.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: none of the {n} features is within walking reach ({max_walk:g} m) of a stop of the GTFS feeds, so every result is walking only. Check that the feeds cover this area (and the date), or raise the maximum walk.</source>
        <translation>Lager '{layer}': inget av dess {n} objekt ligger på gångavstånd ({max_walk:g} m) från en hållplats i GTFS-datat, så alla resultat är enbart gång. Kontrollera att datat täcker området (och datumet), eller höj den längsta gångsträckan.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {reached} of {n} features ({share:.0%}) are within walking reach ({max_walk:g} m) of a stop.</source>
        <translation>Lager '{layer}': {reached} av {n} objekt ({share:.0%}) ligger på gångavstånd ({max_walk:g} m) från en hållplats.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_nulls} of the {what} have no value (NULL) in the id field &apos;{field}&apos; (e.g. feature ids {nulls}). Fill in the ids or filter those features out.</source>
        <translation>Lager '{layer}': {n_nulls} ({what}) saknar värde (NULL) i id-fältet '{field}' (t.ex. objekt-id {nulls}). Fyll i id:na eller filtrera bort objekten.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_ids} features merged as entrances into {n_repeated} facilities (same &apos;{field}&apos;); each facility counts from its nearest entrance.</source>
        <translation>Lager '{layer}': {n_ids} objekt sammanslagna som ingångar till {n_repeated} serviceställen (samma '{field}'); varje serviceställe räknas från sin närmaste ingång.</translation>
    </message>
    <message>
        <source>Features with the same id are entrances of one facility</source>
        <translation>Objekt med samma id är ingångar till ett serviceställe</translation>
    </message>
    <message>
        <source>Layer &apos;{layer_b}&apos;: the ids {both} (field &apos;{field_b}&apos;) are also ids of layer &apos;{layer_a}&apos;; a site would be mistaken for another. Give the new sites ids of their own.</source>
        <translation>Lager '{layer_b}': id:na {both} (fält '{field_b}') är också id:n i lagret '{layer_a}'; verksamhetsställen skulle förväxlas. Ge de nya verksamhetsställena egna id:n.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_missing} of {n_has_geometry} {what} have no geometry (e.g. feature ids {fids}) and take no part in the computation. Add their geometry or filter them out.</source>
        <translation>Lager '{layer}': {n_missing} av {n_has_geometry} ({what}) saknar geometri (t.ex. objekt-id {fids}) och deltar inte i beräkningen. Lägg till deras geometri eller filtrera bort dem.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no valid CRS; set its CRS in the layer properties.</source>
        <translation>Lagret '{layer}' har inget giltigt koordinatsystem; ange det i lagrets egenskaper.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no feature with a geometry, so no work CRS can be chosen; choose a layer with features.</source>
        <translation>Lagret '{layer}' har inget objekt med geometri, så inget arbetskoordinatsystem kan väljas; välj ett lager med objekt.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: its extent cannot be placed on the globe; check its CRS.</source>
        <translation>Lager '{layer}': dess utbredning kan inte placeras på jordklotet; kontrollera dess koordinatsystem.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in {crs}, whose map units are not ground metres here (1 unit = {scale:.3g} m on the ground); the work is done in {work_crs} instead.</source>
        <translation>Lagret '{layer}' är i {crs}, vars kartenheter här inte är meter i terrängen (1 enhet = {scale:.3g} m i terrängen); arbetet görs i stället i {work_crs}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in geographic {crs}; the work is done in {work_crs}.</source>
        <translation>Lagret '{layer}' är i det geografiska {crs}; arbetet görs i {work_crs}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: the id field &apos;{field}&apos; repeats the ids {repeated}{more} ({n_repeated} ids on more than one feature). Give every facility its own id, or, if those features are entrances of one facility, switch on &apos;features with the same id are entrances of one facility&apos;.</source>
        <translation>Lager '{layer}': id-fältet '{field}' upprepar id:na {repeated}{more} ({n_repeated} id:n på mer än ett objekt). Ge varje serviceställe ett eget id, eller, om objekten är ingångar till ett serviceställe, slå på 'objekt med samma id är ingångar till ett serviceställe'.</translation>
    </message>
</context>
</TS>
