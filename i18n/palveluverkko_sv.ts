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
    <message>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>verksamhetsställen</translation>
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
    <name>ChannelInputs</name>
    <message>
        <source>Service channels (optional)</source>
        <translation>Servicekanaler (valfritt)</translation>
    </message>
    <message>
        <source>Mobile stops</source>
        <translation>Mobila hållplatser</translation>
    </message>
    <message>
        <source>Stops of a health bus or other mobile unit (stop_id, unit_id); empty: no mobile channel.</source>
        <translation>Hållplatser för en hälsobuss eller annan mobil enhet (stop_id, unit_id); tom: ingen mobil service.</translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation>Mobila enheter (tabell)</translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation>Tidtabell för hållplatser (tabell)</translation>
    </message>
    <message>
        <source>Holidays (table, optional)</source>
        <translation>Helgdagar (tabell, valfri)</translation>
    </message>
    <message>
        <source>Mobile stop: access time (min)</source>
        <translation>Mobil hållplats: restid (min)</translation>
    </message>
    <message>
        <source>A cell is served by a stop with a visit within this time, by the scenario&apos;s travel mode.</source>
        <translation>En ruta betjänas av en mobil hållplats med besök som nås inom denna tid med scenariots färdsätt.</translation>
    </message>
    <message>
        <source>Broadband table</source>
        <translation>Bredbandstabell</translation>
    </message>
    <message>
        <source>grid_id, hh_total, hh_fixed_100M, mob_cov per cell; empty: no digital channel.</source>
        <translation>grid_id, hh_total, hh_fixed_100M, mob_cov per ruta; tom: ingen digital kanal.</translation>
    </message>
    <message>
        <source>Population: grid id field</source>
        <translation>Befolkning: fält för rut-id</translation>
    </message>
    <message>
        <source>The population field holding the broadband table&apos;s grid_id.</source>
        <translation>Befolkningsfältet som innehåller bredbandstabellens grid_id.</translation>
    </message>
    <message>
        <source>Digital readiness (field=share, ...)</source>
        <translation>Digital beredskap (field=share, ...)</translation>
    </message>
    <message>
        <source>Population fields (age groups) and the share of each able to use remote service.</source>
        <translation>Befolkningsfält (åldersgrupper) och andelen i varje grupp som kan använda distanstjänst.</translation>
    </message>
    <message>
        <source>Remote share (service=share, ...)</source>
        <translation>Andel distanstjänst (service=share, ...)</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Anslutningsgrad</translation>
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
        <source>Cells without broadband data</source>
        <translation>Rutor utan bredbandsdata</translation>
    </message>
    <message>
        <source>Connectivity share given to them; -1: they are an error.</source>
        <translation>Anslutningsgrad (andel) som de tilldelas; -1: de räknas som fel.</translation>
    </message>
    <message>
        <source>mobile units</source>
        <translation>mobila enheter</translation>
    </message>
    <message>
        <source>stop schedule</source>
        <translation>tidtabell för hållplatser</translation>
    </message>
    <message>
        <source>Mobile stops are chosen: choose the {what} table too.</source>
        <translation>Mobila hållplatser har valts: välj även tabellen {what}.</translation>
    </message>
    <message>
        <source>A broadband table is chosen: choose the population&apos;s grid id field too.</source>
        <translation>En bredbandstabell har valts: välj även befolkningens fält för rut-id.</translation>
    </message>
    <message>
        <source>Digital readiness: the population layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Digital beredskap: befolkningslagret '{layer}' har inget fält '{field}'.</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Digital beredskap</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Andel distansbesök</translation>
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
    <message>
        <source>scenario A</source>
        <translation>scenario A</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
</context>
<context>
    <name>CostReport</name>
    <message>
        <source>Costs per year of each scenario</source>
        <translation>Varje scenarios kostnader per år</translation>
    </message>
    <message>
        <source>Sites by year (costs per site and year, or a plan)</source>
        <translation>Verksamhetsställen per år (kostnader per verksamhetsställe och år, eller en plan)</translation>
    </message>
    <message>
        <source>Site costs (lease ends)</source>
        <translation>Verksamhetsställenas kostnader (hyresavtalens slut)</translation>
    </message>
    <message>
        <source>Staff commutes by site</source>
        <translation>Personalens arbetsresor per verksamhetsställe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation>Kostnader per år</translation>
    </message>
    <message>
        <source>Net present values</source>
        <translation>Nuvärden</translation>
    </message>
    <message>
        <source>Cost report: {err}.</source>
        <translation>Kostnadsrapport: {err}.</translation>
    </message>
    <message>
        <source>Staff commutes</source>
        <translation>Personalens arbetsresor</translation>
    </message>
    <message>
        <source>{n} scenarios, {first}-{last}, discount rate {rate:.1%}.</source>
        <translation>{n} scenarier, {first}-{last}, diskonteringsränta {rate:.1%}.</translation>
    </message>
    <message>
        <source>Sites by year</source>
        <translation>Verksamhetsställen per år</translation>
    </message>
    <message>
        <source>Sites by year ({name}) has neither active_months nor open: use the costs per site and year, or the least-cost plan by site and year.</source>
        <translation>Verksamhetsställen per år ({name}) har varken active_months eller open: använd kostnaderna per verksamhetsställe och år eller den billigaste planens plan per verksamhetsställe och år.</translation>
    </message>
    <message>
        <source>Site costs</source>
        <translation>Verksamhetsställenas kostnader</translation>
    </message>
    <message>
        <source>Site costs: {err}.</source>
        <translation>Verksamhetsställenas kostnader: {err}.</translation>
    </message>
    <message>
        <source>Board report: scenario costs by year, NPV, leases and staff</source>
        <translation>Beslutsrapport: scenariots kostnader per år, nuvärde, hyresavtal och personal</translation>
    </message>
    <message>
        <source>Access by scenario (closure impact summaries)</source>
        <translation>Tillgänglighet per scenario (sammanfattningar av stängningens konsekvenser)</translation>
    </message>
    <message>
        <source>Access by scenario</source>
        <translation>Tillgänglighet per scenario</translation>
    </message>
    <message>
        <source>Access by scenario {name}: {err}; give the Summary or Equity output of Closure impact.</source>
        <translation>Tillgänglighet per scenario {name}: {err}; ange resultatet Sammanfattning eller Jämlikhetstal från Konsekvenser av att stänga serviceställen.</translation>
    </message>
    <message>
        <source>Access by scenario: {n} tables for {m} scenarios without one; name each table&apos;s layer as its scenario or give one table per scenario.</source>
        <translation>Tillgänglighet per scenario: {n} tabeller för {m} scenarier utan tabell; döp varje tabells lager efter dess scenario eller ge en tabell per scenario.</translation>
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
    <message>
        <source>population grid</source>
        <translation>befolkningsrutnät</translation>
    </message>
</context>
<context>
    <name>FacilityInputs</name>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Id field</source>
        <translation>Id-fält</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Namnfält</translation>
    </message>
    <message>
        <source>Names in the report, the map and the tables.</source>
        <translation>Namn i rapporten, på kartan och i tabellerna.</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>Residents a facility can serve; loads are compared with it.</source>
        <translation>Antal invånare som verksamhetsstället kan betjäna; belastningen jämförs med det.</translation>
    </message>
    <message>
        <source>Choose the facility layer (points or polygons).</source>
        <translation>Välj lagret med verksamhetsställen (punkter eller polygoner).</translation>
    </message>
    <message>
        <source>Choose the facilities&apos; id field.</source>
        <translation>Välj verksamhetsställenas id-fält.</translation>
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
    <message>
        <source>home-care bases</source>
        <translation>hemvårdens baser</translation>
    </message>
    <message>
        <source>demand grid</source>
        <translation>efterfrågerutnät</translation>
    </message>
    <message>
        <source>Coverage by age group</source>
        <translation>Täckning per åldersgrupp</translation>
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
    <message>
        <source>Staff per site (site_id, profession, fte)</source>
        <translation>Personal per ställe (site_id, profession, fte)</translation>
    </message>
    <message>
        <source>Staff available (area, profession, fte)</source>
        <translation>Tillgänglig personal (area, profession, fte)</translation>
    </message>
    <message>
        <source>Staff available is given: give the staff per site too (site_id, profession, fte).</source>
        <translation>Tillgänglig personal har angetts: ange även personalen per verksamhetsställe (site_id, profession, fte).</translation>
    </message>
    <message>
        <source>Staff available</source>
        <translation>Tillgänglig personal</translation>
    </message>
    <message>
        <source>Staff per site</source>
        <translation>Personal per verksamhetsställe</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: fte {value!r} is not a number &gt;= 0.</source>
        <translation>Tillgänglig personal ({name}), rad {row}: fte {value!r} är inte ett tal &gt;= 0.</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: profession {p!r} is not in the staff per site (it has {known}).</source>
        <translation>Tillgänglig personal ({name}), rad {row}: yrkesgruppen (profession) {p!r} finns inte i personalen per verksamhetsställe (där finns {known}).</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: area {area!r} given but the sites have no area field; add one, or leave the area empty (whole county).</source>
        <translation>Tillgänglig personal ({name}), rad {row}: området {area!r} har angetts men verksamhetsställena har inget area-fält; lägg till ett eller lämna området tomt (hela välfärdsområdet).</translation>
    </message>
</context>
<context>
    <name>MobileUnits</name>
    <message>
        <source>Mobile service units</source>
        <translation>Mobila serviceenheter</translation>
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
    <message>
        <source>depots</source>
        <translation>depåer</translation>
    </message>
    <message>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
    <message>
        <source>Plan: candidate stops</source>
        <translation>Plan: kandidathållplatser</translation>
    </message>
    <message>
        <source>Plan: time at each stop, setup included (minutes)</source>
        <translation>Plan: tid vid varje hållplats, inklusive förberedelser (minuter)</translation>
    </message>
    <message>
        <source>Plan: candidate stops chosen, in route order</source>
        <translation>Plan: valda kandidathållplatser i ruttordning</translation>
    </message>
    <message>
        <source>Plan: route day</source>
        <translation>Plan: ruttdag</translation>
    </message>
    <message>
        <source>depot and candidate stops</source>
        <translation>depå och kandidathållplatser</translation>
    </message>
    <message>
        <source>Plan for unit {u}: stops {ids} reach a need of {cov:.0f} of {total:.0f}; the day takes {t:.0f} of {shift:g} minutes ({d:.1f} driving).</source>
        <translation>Plan för enhet {u}: hållplatserna {ids} når ett behov på {cov:.0f} av {total:.0f}; dagen tar {t:.0f} av {shift:g} minuter ({d:.1f} körning).</translation>
    </message>
    <message>
        <source>Fixed sites</source>
        <translation>Fasta verksamhetsställen</translation>
    </message>
    <message>
        <source>candidate stops</source>
        <translation>kandidathållplatser</translation>
    </message>
    <message>
        <source>Mobile units, unit {unit!r}: depot {depot!r} is not in the depot layer.</source>
        <translation>Mobila enheter, enhet {unit!r}: depån {depot!r} finns inte i depålagret.</translation>
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
    <message>
        <source>cells</source>
        <translation>rutor</translation>
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
    <message>
        <source>no facility within the cut-off</source>
        <translation>inget serviceställe inom maxtiden</translation>
    </message>
    <message>
        <source>no facility reachable</source>
        <translation>inget serviceställe nås</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unreachable population</source>
        <translation>befolkning utan förbindelse</translation>
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
    <message>
        <source>Number of dangles</source>
        <translation>Antal återvändspunkter</translation>
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
    <message>
        <source>origins</source>
        <translation>startpunkter</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>mål</translation>
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
    <message>
        <source>sites</source>
        <translation>verksamhetsställen</translation>
    </message>
    <message>
        <source>Sites that must stay open</source>
        <translation>Verksamhetsställen som måste hållas öppna</translation>
    </message>
    <message>
        <source>Sites that must close</source>
        <translation>Verksamhetsställen som måste stängas</translation>
    </message>
    <message>
        <source>Use rates: with a target year, give the use rates by age group in the target year&apos;s use rates ({rates} given here)</source>
        <translation>Användningsgrader: med ett målår ska användningsgraderna per åldersgrupp anges i målårets användningsgrader (här angavs {rates})</translation>
    </message>
    <message>
        <source>{mode_note} Problem: {problem}; solver: {solver}; objective {objective:.4g}; {gap}. &apos;Before&apos; is the current network, &apos;after&apos; the chosen sites.</source>
        <translation>{mode_note} Problem: {problem}; lösare: {solver}; målvärde {objective:.4g}; {gap}. 'Före' är det nuvarande nätet, 'efter' de valda verksamhetsställena.</translation>
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
    <name>PopulationInputs</name>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Age group fields</source>
        <translation>Åldersgruppsfält</translation>
    </message>
    <message>
        <source>Figures by age group in the summary and the report.</source>
        <translation>Siffror per åldersgrupp i sammanfattningen och rapporten.</translation>
    </message>
    <message>
        <source>75+ field</source>
        <translation>75+-fält</translation>
    </message>
    <message>
        <source>Residents aged 75 or over: the equity figures count them.</source>
        <translation>Invånare som är 75 år eller äldre: jämlikhetssiffrorna räknas på dem.</translation>
    </message>
    <message>
        <source>Area field</source>
        <translation>Områdesfält</translation>
    </message>
    <message>
        <source>Municipality or district: the summary gives figures per area.</source>
        <translation>Kommun eller distrikt: sammanfattningen ger siffror per område.</translation>
    </message>
    <message>
        <source>Choose the population layer (points or polygons).</source>
        <translation>Välj befolkningslagret (punkter eller polygoner).</translation>
    </message>
    <message>
        <source>Choose the total population field of layer &apos;{layer}&apos;.</source>
        <translation>Välj fältet för total befolkning i lagret '{layer}'.</translation>
    </message>
    <message>
        <source>The total population field &apos;{field}&apos; looks like an id: choose the field with the number of residents.</source>
        <translation>Fältet för total befolkning '{field}' ser ut som ett id: välj fältet med antalet invånare.</translation>
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
    <name>ResultInputs</name>
    <message>
        <source>Scenario and results</source>
        <translation>Scenario och resultat</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Scenario 1</translation>
    </message>
    <message>
        <source>The report&apos;s title and the name of the layer group and output folder.</source>
        <translation>Rapportens titel och namnet på lagergruppen och utdatamappen.</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Tillgänglighetsgränser (min)</translation>
    </message>
    <message>
        <source>Comma separated, e.g. 10,20,30: the report counts residents within each, the map&apos;s classes use them.</source>
        <translation>Kommaseparerade, t.ex. 10,20,30: rapporten räknar invånarna inom var och en, och kartans klasser använder dem.</translation>
    </message>
    <message>
        <source>Output folder (this project)</source>
        <translation>Utdatamapp (detta projekt)</translation>
    </message>
    <message>
        <source>Chosen once per project; each scenario gets its own sub-folder in it.</source>
        <translation>Väljs en gång per projekt; varje scenario får en egen undermapp i den.</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Ge scenariot ett namn.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Välj utdatamapp.</translation>
    </message>
    <message>
        <source>Access thresholds</source>
        <translation>Tillgänglighetsgränser</translation>
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
    <message>
        <source>Reusing the nearest-facility search of these facilities.</source>
        <translation>Återanvänder sökningen av närmaste serviceställe för dessa serviceställen.</translation>
    </message>
    <message>
        <source>Nearest facilities: one search from {n} facilities; a closure searches again only where the closed facilities were nearest.</source>
        <translation>Närmaste serviceställen: en sökning från {n} serviceställen; en stängning söker igen bara där de stängda serviceställena var närmast.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Service network scenario</source>
        <translation>Scenario för servicenätet</translation>
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
        <source>Facilities to close</source>
        <translation>Serviceställen som stängs</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Körs...</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Avmarkera alla</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Errors and warnings of the run appear here.</source>
        <translation>Körningens fel och varningar visas här.</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Avbryt körningen</translation>
    </message>
    <message>
        <source>{n} of {total} facilities ticked to close.</source>
        <translation>{n} av {total} verksamhetsställen markerade för stängning.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fel: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Varning: </translation>
    </message>
    <message>
        <source>Tick at least one facility to close.</source>
        <translation>Markera minst ett verksamhetsställe som ska stängas.</translation>
    </message>
    <message>
        <source>Every facility is ticked: keep at least one open.</source>
        <translation>Alla verksamhetsställen är markerade: håll minst ett öppet.</translation>
    </message>
    <message>
        <source>Fix the inputs listed under Messages, then run again.</source>
        <translation>Rätta indata som listas under Meddelanden och kör sedan igen.</translation>
    </message>
    <message>
        <source>The Palveluverkko Processing provider is not loaded: enable the plugin in Processing options.</source>
        <translation>Processing-leverantören Palveluverkko är inte inläst: aktivera insticksprogrammet i inställningarna för Processing.</translation>
    </message>
    <message>
        <source>Cannot create a folder in {folder}: {error}</source>
        <translation>Kan inte skapa en mapp i {folder}: {error}</translation>
    </message>
    <message>
        <source>The project is not saved: the results go to {folder}.</source>
        <translation>Projektet är inte sparat: resultaten sparas i {folder}.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Avbryter...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added to the project.</source>
        <translation>Avbrutet: inget lades till i projektet.</translation>
    </message>
    <message>
        <source>The run stopped without a message.</source>
        <translation>Körningen avbröts utan meddelande.</translation>
    </message>
    <message>
        <source>The scenario did not finish: see the messages above.</source>
        <translation>Scenariot slutfördes inte: se meddelandena ovan.</translation>
    </message>
    <message>
        <source>The layer &apos;{layer}&apos; is hidden: the group&apos;s facility layer shows the facilities open and closed.</source>
        <translation>Lagret '{layer}' är dolt: gruppens lager med verksamhetsställen visar öppna och stängda verksamhetsställen.</translation>
    </message>
    <message>
        <source>Done: the layers are in the group &apos;{name}&apos;; the files in {folder}.</source>
        <translation>Klart: lagren finns i gruppen '{name}', filerna i {folder}.</translation>
    </message>
</context>
<context>
    <name>SitesFromCsv</name>
    <message>
        <source>CSV table of service sites</source>
        <translation>CSV-tabell med verksamhetsställen</translation>
    </message>
    <message>
        <source>East / longitude column (empty: found by name)</source>
        <translation>Öst- / longitudkolumn (tomt: hittas via namnet)</translation>
    </message>
    <message>
        <source>North / latitude column (empty: found by name)</source>
        <translation>Nord- / latitudkolumn (tomt: hittas via namnet)</translation>
    </message>
    <message>
        <source>Service sites</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Service sites ({path}): {e}.</source>
        <translation>Verksamhetsställen ({path}): {e}.</translation>
    </message>
    <message>
        <source>Service sites: {n}.</source>
        <translation>Verksamhetsställen: {n}.</translation>
    </message>
    <message>
        <source>Service sites: {k} of {n} rows left out, their coordinates cannot be read: {rows}.</source>
        <translation>Verksamhetsställen: {k} av {n} rader utelämnades, deras koordinater kan inte läsas: {rows}.</translation>
    </message>
    <message>
        <source>Service sites ({path}): no row has readable coordinates.</source>
        <translation>Verksamhetsställen ({path}): ingen rad har läsbara koordinater.</translation>
    </message>
    <message>
        <source>{k} service sites written in EPSG:3067.</source>
        <translation>{k} verksamhetsställen skrivna i EPSG:3067.</translation>
    </message>
    <message>
        <source>Service sites from a CSV table</source>
        <translation>Verksamhetsställen från en CSV-tabell</translation>
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
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
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
    <name>TransitInputs</name>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafik</translation>
    </message>
    <message>
        <source>GTFS feed (zip)</source>
        <translation>GTFS-flöde (zip)</translation>
    </message>
    <message>
        <source>GTFS feeds (*.zip)</source>
        <translation>GTFS-flöden (*.zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type d.m.yyyy (e.g. 18.1.2022) or pick from the calendar.</source>
        <translation>Skriv d.m.åååå (t.ex. 18.1.2022) eller välj i kalendern.</translation>
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
        <source>Departure step (min)</source>
        <translation>Intervall mellan avgångstider (min)</translation>
    </message>
    <message>
        <source>Percentile of travel time</source>
        <translation>Percentil för restid</translation>
    </message>
    <message>
        <source>50: the median trip over the window; 80: a trip that is this fast or faster at 80 % of the departures.</source>
        <translation>50: medianresan under tidsfönstret; 80: en restid som är lika snabb eller snabbare vid 80 % av avgångarna.</translation>
    </message>
    <message>
        <source>The file is not a readable GTFS zip.</source>
        <translation>Filen är inte en läsbar GTFS-zip.</translation>
    </message>
    <message>
        <source>The feed runs from {first} to {last}.</source>
        <translation>Flödet gäller från {first} till {last}.</translation>
    </message>
    <message>
        <source>Choose the GTFS feed (a zip file) for public transport.</source>
        <translation>Välj GTFS-flödet (en zip-fil) för kollektivtrafiken.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a readable GTFS zip (calendar.txt or calendar_dates.txt missing).</source>
        <translation>'{path}' är inte en läsbar GTFS-zip (calendar.txt eller calendar_dates.txt saknas).</translation>
    </message>
    <message>
        <source>The date &apos;{text}&apos; is not a date: type it as d.m.yyyy, e.g. 18.1.2022.</source>
        <translation>Datumet '{text}' är inte ett giltigt datum: skriv det som d.m.åååå, t.ex. 18.1.2022.</translation>
    </message>
    <message>
        <source>The feed has no service on {day}: it runs from {first} to {last}.</source>
        <translation>Flödet har ingen trafik den {day}: det gäller från {first} till {last}.</translation>
    </message>
    <message>
        <source>The departure window is empty: the first and last departure are the same.</source>
        <translation>Avgångsfönstret är tomt: första och sista avgångstiden är desamma.</translation>
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
    <message>
        <source>Window start</source>
        <translation>Tidsfönstrets början</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Tidsfönstrets slut</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>rutor</translation>
    </message>
    <message>
        <source>GTFS: {note}.</source>
        <translation>GTFS: {note}.</translation>
    </message>
</context>
<context>
    <name>TransitTimes</name>
    <message>
        <source>Timetable profiles for {n} facilities...</source>
        <translation>Tidtabellsprofiler för {n} serviceställen...</translation>
    </message>
    <message>
        <source>GTFS: {note}.</source>
        <translation>GTFS: {note}.</translation>
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
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>origins</source>
        <translation>startpunkter</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>Framme senast</translation>
    </message>
    <message>
        <source>Arrive by (HH:MM)</source>
        <translation>Framme senast (HH:MM)</translation>
    </message>
    <message>
        <source>GTFS: {note}.</source>
        <translation>GTFS: {note}.</translation>
    </message>
</context>
<context>
    <name>TravelInputs</name>
    <message>
        <source>Travel</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Färdsätt</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafik</translation>
    </message>
    <message>
        <source>Road network</source>
        <translation>Vägnät</translation>
    </message>
    <message>
        <source>Road class field</source>
        <translation>Vägklassfält</translation>
    </message>
    <message>
        <source>Road class scheme</source>
        <translation>Vägklassificering</translation>
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
        <source>One-way / direction field</source>
        <translation>Enkelriktnings- / riktningsfält</translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
        <source>Speed limits (OSM maxspeed, Digiroad nopeusrajoitus); empty: speeds by class.</source>
        <translation>Hastighetsgränser (OSM maxspeed, Digiroad nopeusrajoitus); tomt: hastigheter enligt vägklass.</translation>
    </message>
    <message>
        <source>Road network (walks, optional)</source>
        <translation>Vägnät (gång, valfritt)</translation>
    </message>
    <message>
        <source>Choose the road network (a line layer) for travel by road.</source>
        <translation>Välj vägnätet (ett linjelager) för resor på väg.</translation>
    </message>
    <message>
        <source>The road network the travel times by road follow.</source>
        <translation>Vägnätet som restiderna på väg följer.</translation>
    </message>
    <message>
        <source>Optional, empty by default as in the algorithm: the walks to, between and from stops are then straight lines times 1.3 at the walking speed. Chosen, the walks follow its roads instead (with the class field, not along motorways and trunk roads): longer where the streets go round, shorter where they run straight, so the travel times and every figure of the run change.</source>
        <translation>Valfritt, tomt som standard som i algoritmen: gångvägarna till, mellan och från hållplatser räknas då som raka linjer gånger 1,3 med gånghastigheten. Väljs ett vägnät följer gångvägarna i stället dess vägar (med klassfältet, inte längs motorvägar och stamvägar): längre där gatorna går runt, kortare där de går rakt, så restiderna och alla körningens tal ändras.</translation>
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
    <name>areas</name>
    <message>
        <source>Area polygons ({layer}) have no fields to name the areas.</source>
        <translation>Områdespolygonerna ({layer}) har inga fält som kan namnge områdena.</translation>
    </message>
    <message>
        <source>Areas from the polygons of &apos;{layer}&apos; (field &apos;{f}&apos;): {n} areas.</source>
        <translation>Områden från polygonerna i '{layer}' (fält '{f}'): {n} områden.</translation>
    </message>
    <message>
        <source>{k} of {n} population features lie in none of the area polygons: area &apos;{o}&apos;.</source>
        <translation>{k} av {n} befolkningsobjekt ligger inte i någon områdespolygon: område '{o}'.</translation>
    </message>
</context>
<context>
    <name>channel_common</name>
    <message>
        <source>{what}: &apos;{item}&apos; is outside 0-1.</source>
        <translation>{what}: '{item}' ligger utanför 0-1.</translation>
    </message>
    <message>
        <source>{what}: give at least one name=value pair.</source>
        <translation>{what}: ange minst ett namn=värde-par.</translation>
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
        <translation>Helgdagar (tabell med ett datumfält)</translation>
    </message>
    <message>
        <source>Mobile units</source>
        <translation>Mobila enheter</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Hållplatsschema</translation>
    </message>
    <message>
        <source>Mobile stops are given: give the {what} table too.</source>
        <translation>Mobila hållplatser har angetts: ange även tabellen {what}.</translation>
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
        <translation>Andel distansbesök per tjänstetyp (tjänst=andel, ...)</translation>
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
        <source>Digital readiness</source>
        <translation>Digital beredskap</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Andel distansbesök</translation>
    </message>
    <message>
        <source>Mobile stop: access time (minutes)</source>
        <translation>Mobil hållplats: restid (minuter)</translation>
    </message>
    <message>
        <source>Mobile stops: no stop has a visit in the stop schedule.</source>
        <translation>Mobila hållplatser: ingen hållplats har något besök i hållplatsschemat.</translation>
    </message>
    <message>
        <source>Population: grid id field (the broadband table&apos;s grid_id)</source>
        <translation>Befolkning: rutans id-fält (bredbandstabellens grid_id)</translation>
    </message>
    <message>
        <source>Channels: compensation by area</source>
        <translation>Kanaler: kompensation per område</translation>
    </message>
    <message>
        <source>Channels: {lost:.0f} residents lose their facility within {f:g} min; a mobile stop serves {m:.0f}, remote visits take {r:.0f} person-equivalents, {left:.0f} are left without a substitute.</source>
        <translation>Servicekanaler: {lost:.0f} invånare förlorar sitt verksamhetsställe inom {f:g} min; en mobil hållplats betjänar {m:.0f}, distanstjänst tar {r:.0f} personekvivalenter och {left:.0f} blir utan ersättande service.</translation>
    </message>
    <message>
        <source>mobile stops</source>
        <translation>mobila hållplatser</translation>
    </message>
    <message>
        <source>mobile units</source>
        <translation>mobila enheter</translation>
    </message>
    <message>
        <source>stop schedule</source>
        <translation>hållplatsschema</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>helgdagar</translation>
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
        <translation>{past} av {n_snap} ({label}): en närmare vägbit är inte ansluten till huvudnätet (snap_note: {nearest_unconnected}); fästa vid huvudnätet i stället, upp till {max_m:.0f} m bort (fältet snap_m där resultatet har det).</translation>
    </message>
    <message>
        <source>{field}: no field chosen. Choose the field of the layer &apos;{layer}&apos; that holds it ({key}).</source>
        <translation>{field}: inget fält valt. Välj det fält i lagret '{layer}' som innehåller uppgiften ({key}).</translation>
    </message>
    <message>
        <source>{m}.</source>
        <translation>{m}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: population from its field &apos;{f}&apos; (Statistics Finland&apos;s total population).</source>
        <translation>Lager '{layer}': befolkning från dess fält '{f}' (Statistikcentralens totala befolkning).</translation>
    </message>
    <message>
        <source>Snapping the {label}: {e}.</source>
        <translation>Anslutning av {label} till vägnätet: {e}.</translation>
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
    <name>cost_report</name>
    <message>
        <source>Yearly costs {name} row {row}: county_total {value!r} is not a number.</source>
        <translation>Årliga kostnader {name}, rad {row}: county_total {value!r} är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>digiroad_input</name>
    <message>
        <source>Digiroad speed limits ({layer}) have no field {fields}; they need the link id (LINK_ID), the measure range (ALKUM, LOPPUM) and the limit (ARVO). Its fields: {names}.</source>
        <translation>Digiroads hastighetsbegränsningar ({layer}) saknar fältet {fields}; de behöver länkens id (LINK_ID), mätintervallet (ALKUM, LOPPUM) och begränsningen (ARVO). Lagrets fält: {names}.</translation>
    </message>
    <message>
        <source>Digiroad speed limits</source>
        <translation>Digiroads hastighetsbegränsningar</translation>
    </message>
    <message>
        <source>The road layer has no LINK_ID field: the Digiroad speed limits cannot be joined; class speeds are used.</source>
        <translation>Väglagret saknar fältet LINK_ID: Digiroads hastighetsbegränsningar kan inte kopplas; klasshastigheterna används.</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Speed limits joined to {k} of {n} Digiroad links; the others run at their class speed.</source>
        <translation>Hastighetsbegränsningar kopplade till {k} av {n} Digiroad-länkar; de övriga körs med sin klasshastighet.</translation>
    </message>
    <message>
        <source>{k} ferry links: {kmh:g} km/h and a {wait:g}-minute wait each.</source>
        <translation>{k} färjelänkar: {kmh:g} km/h och {wait:g} minuters väntan på varje.</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Demand table</source>
        <translation>Efterfrågetabellen</translation>
    </message>
    <message>
        <source>Supply table</source>
        <translation>Utbudstabellen</translation>
    </message>
    <message>
        <source>Step weights: give at least one threshold:weight pair.</source>
        <translation>Stegvikter: ange minst ett par gräns:vikt.</translation>
    </message>
    <message>
        <source>Step weights: {bad} has a negative value; thresholds (minutes) and weights must be &gt;= 0.</source>
        <translation>Stegvikter: {bad} har ett negativt värde; gränser (minuter) och vikter måste vara &gt;= 0.</translation>
    </message>
    <message>
        <source>Gaussian weight: sigma is {sigma}; it must be &gt; 0 minutes.</source>
        <translation>Gaussisk vikt: sigma är {sigma}; den måste vara &gt; 0 minuter.</translation>
    </message>
    <message>
        <source>Gravity weight: scale is {scale}; it must be &gt; 0 minutes.</source>
        <translation>Gravitationsvikt: skalan är {scale}; den måste vara &gt; 0 minuter.</translation>
    </message>
    <message>
        <source>Gravity weight: minimum distance is {min_dist}; use &gt;= 0.</source>
        <translation>Gravitationsvikt: minsta avståndet är {min_dist}; använd &gt;= 0.</translation>
    </message>
    <message>
        <source>{table}, {where}: {field} is {v}; it must be a number &gt;= 0 ({n_bad} such row(s)).</source>
        <translation>{table}, {where}: {field} är {v}; det måste vara ett tal &gt;= 0 ({n_bad} sådana rader).</translation>
    </message>
    <message>
        <source>{weight}: infinite weight at cost {cost:g} min; set a minimum distance &gt; 0.</source>
        <translation>{weight}: oändlig vikt vid kostnaden {cost:g} min; ange ett minsta avstånd &gt; 0.</translation>
    </message>
    <message>
        <source>Method &apos;{method}&apos; is not one of {METHODS}.</source>
        <translation>Metoden '{method}' är inte någon av {METHODS}.</translation>
    </message>
    <message>
        <source>The cost table is for {n_origins} cells and {n_dests} sites, not {n_pop} and {n_supply}.</source>
        <translation>Kostnadstabellen gäller {n_origins} rutor och {n_dests} verksamhetsställen, inte {n_pop} och {n_supply}.</translation>
    </message>
    <message>
        <source>Step weights: cannot read &apos;{item}&apos;; write minutes:weight pairs separated by commas, e.g. 10:1,20:0.68,30:0.22.</source>
        <translation>Stegvikter: '{item}' kan inte läsas; skriv par minuter:vikt åtskilda med kommatecken, t.ex. 10:1,20:0.68,30:0.22.</translation>
    </message>
    <message>
        <source>Cost table: origin, dest and cost columns differ in length.</source>
        <translation>Kostnadstabellen: kolumnerna origin, dest och cost har olika längd.</translation>
    </message>
    <message>
        <source>Cost table, row {row}: cost {cost} is not a travel time &gt;= 0 (leave unreachable pairs out).</source>
        <translation>Kostnadstabellen, rad {row}: kostnaden {cost} är inte en restid &gt;= 0 (lämna bort par som inte nås).</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>efterfrågan</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Efterfrågan</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>utbud</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Utbud</translation>
    </message>
    <message>
        <source>Cost table, row {row}: {name} {value} is not one of the {n} {name} positions.</source>
        <translation>Kostnadstabellen, rad {row}: {name} {value} är inte någon av de {n} positionerna ({name}).</translation>
    </message>
    <message>
        <source>{table} table: id {dup!r} appears more than once.</source>
        <translation>Tabellen {table}: id {dup!r} förekommer mer än en gång.</translation>
    </message>
    <message>
        <source>Cost table, row {row}: {label} {ids!r} is not in the {table} table.</source>
        <translation>Kostnadstabellen, rad {row}: {label} {ids!r} finns inte i tabellen ({table}).</translation>
    </message>
    <message>
        <source>Broadband table</source>
        <translation>Bredbandstabellen</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Digital beredskap</translation>
    </message>
    <message>
        <source>Population by age</source>
        <translation>Befolkning per åldersgrupp</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Andel distansbesök</translation>
    </message>
    <message>
        <source>Connectivity rule &apos;{rule}&apos; is not one of {RULES}.</source>
        <translation>Anslutningsregeln '{rule}' är inte någon av {RULES}.</translation>
    </message>
    <message>
        <source>{t}, row {row}: mob_cov {mob:g} is outside 0-1.</source>
        <translation>{t}, rad {row}: mob_cov {mob:g} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>Digital readiness: age group &apos;{group}&apos; is not a column of the population table.</source>
        <translation>Digital beredskap: åldersgruppen '{group}' är ingen kolumn i befolkningstabellen.</translation>
    </message>
    <message>
        <source>Connectivity has {cells} cells, the population table {rows}.</source>
        <translation>Anslutningen har {cells} rutor, befolkningstabellen {rows}.</translation>
    </message>
    <message>
        <source>Connectivity, row {row}: {value} is outside 0-1.</source>
        <translation>Anslutning, rad {row}: {value} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>Broadband table: grid_id {dup!r} appears more than once.</source>
        <translation>Bredbandstabellen: grid_id {dup!r} förekommer mer än en gång.</translation>
    </message>
    <message>
        <source>Broadband table: {n_lost} grid cell(s) have no row, e.g. grid_id {grid_id!r}; add them or give a default connectivity (such as the municipal share).</source>
        <translation>Bredbandstabellen: {n_lost} rut(or) saknar rad, t.ex. grid_id {grid_id!r}; lägg till dem eller ange en standardanslutning (till exempel kommunens andel).</translation>
    </message>
    <message>
        <source>Default connectivity {default} is outside 0-1.</source>
        <translation>Standardanslutningen {default} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>{table}, &apos;{key}&apos;: share {share} is outside 0-1.</source>
        <translation>{table}, '{key}': andelen {share} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>{t}, row {row}: hh_fixed_100M {f100:g} is more than hh_total {hh:g}.</source>
        <translation>{t}, rad {row}: hh_fixed_100M {f100:g} är större än hh_total {hh:g}.</translation>
    </message>
    <message>
        <source>Home-care demand</source>
        <translation>Hemvårdens efterfrågan</translation>
    </message>
    <message>
        <source>Home-care bases</source>
        <translation>Hemvårdens baser</translation>
    </message>
    <message>
        <source>Home-care demand, row {row}: share_two_staff {share} is outside 0-1.</source>
        <translation>Hemvårdens efterfrågan, rad {row}: share_two_staff {share} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>Indirect share {indirect_share} is outside 0-1 (exclusive).</source>
        <translation>Andelen indirekt arbete {indirect_share} ligger utanför det öppna intervallet 0–1.</translation>
    </message>
    <message>
        <source>Productive hours per FTE-year {productive_hours} must be &gt; 0.</source>
        <translation>Produktiva timmar per årsverke ({productive_hours}) måste vara &gt; 0.</translation>
    </message>
    <message>
        <source>Home-care mode &apos;{mode}&apos; is not star or route.</source>
        <translation>Hemvårdens sätt '{mode}' är varken star eller route.</translation>
    </message>
    <message>
        <source>The drive-time matrix is {shape}, not ({size}, {size}) for {nb} bases and {nc} cells.</source>
        <translation>Körtidsmatrisen är {shape}, inte ({size}, {size}) för {nb} baser och {nc} rutor.</translation>
    </message>
    <message>
        <source>Home-care coverage: age group &apos;{group}&apos; is not a column of the population table.</source>
        <translation>Hemvårdens täckning: åldersgruppen '{group}' är ingen kolumn i befolkningstabellen.</translation>
    </message>
    <message>
        <source>Home-care coverage, age group &apos;{group}&apos;: share {share} is outside 0-1.</source>
        <translation>Hemvårdens täckning, åldersgrupp '{group}': andelen {share} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>Home-care demand, row {r}: base {v!r} is not a base_id of the base layer.</source>
        <translation>Hemvårdens efterfrågan, rad {r}: basen {v!r} är inget base_id i baslagret.</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Hållplatsschemat</translation>
    </message>
    <message>
        <source>Mobile units</source>
        <translation>Mobila enheter</translation>
    </message>
    <message>
        <source>{table}, row {row}: {field} &apos;{value}&apos; is not a time HH:MM between 00:00 and 24:00.</source>
        <translation>{table}, rad {row}: {field} '{value}' är ingen tid HH:MM mellan 00:00 och 24:00.</translation>
    </message>
    <message>
        <source>{table}, row {row}: {field} &apos;{value}&apos; is not a date YYYY-MM-DD.</source>
        <translation>{table}, rad {row}: {field} '{value}' är inget datum ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>{table}: column &apos;{col}&apos; is missing.</source>
        <translation>{table}: kolumnen '{col}' saknas.</translation>
    </message>
    <message>
        <source>{table}, row {r}: {col} is {value!r}; it must be a number &gt;= 0.</source>
        <translation>{table}, rad {r}: {col} är {value!r}; det måste vara ett tal &gt;= 0.</translation>
    </message>
    <message>
        <source>Mobile stops, row {r} (stop {sid!r}): unit {uid!r} is not in the unit table; every stop needs its unit.</source>
        <translation>Mobila hållplatser, rad {r} (hållplats {sid!r}): enheten {uid!r} finns inte i enhetstabellen; varje hållplats behöver sin enhet.</translation>
    </message>
    <message>
        <source>{t}, row {r}: stop {stop_id!r} is not in the stop layer.</source>
        <translation>{t}, rad {r}: hållplatsen {stop_id!r} finns inte i hållplatslagret.</translation>
    </message>
    <message>
        <source>{t}, row {r}: time_end {time_end} is not after time_start {time_start}.</source>
        <translation>{t}, rad {r}: time_end {time_end} är inte efter time_start {time_start}.</translation>
    </message>
    <message>
        <source>{t}, row {r}: the stop is open {open_min} min, less than unit {unit!r}&apos;s setup time {setup:g} min.</source>
        <translation>{t}, rad {r}: hållplatsen är öppen {open_min} min, mindre än enhetens {unit!r} uppställningstid {setup:g} min.</translation>
    </message>
    <message>
        <source>{t}, row {r}: weekday {weekday!r} is not 1 (Monday) to 7 (Sunday).</source>
        <translation>{t}, rad {r}: veckodagen {weekday!r} är inte 1 (måndag) till 7 (söndag).</translation>
    </message>
    <message>
        <source>{t}, row {r}: period_weeks {period!r} is not a whole number of weeks &gt;= 1.</source>
        <translation>{t}, rad {r}: period_weeks {period!r} är inte ett helt antal veckor &gt;= 1.</translation>
    </message>
    <message>
        <source>{t}, row {r}: first_date {first} is a {day_name}, not weekday {weekday}.</source>
        <translation>{t}, rad {r}: first_date {first} är en {day_name}, inte veckodag {weekday}.</translation>
    </message>
    <message>
        <source>{t}, row {r}: valid_to {vto} is before valid_from {vfrom}.</source>
        <translation>{t}, rad {r}: valid_to {vto} är före valid_from {vfrom}.</translation>
    </message>
    <message>
        <source>Stop schedule, route day {day!r}: stops of different units ({units}).</source>
        <translation>Hållplatsschemat, ruttdag {day!r}: hållplatser för olika enheter ({units}).</translation>
    </message>
    <message>
        <source>Stop schedule, rows {row} and {row2}: unit {unit_id!r} would be at stops {stop_id!r} ({time_start}-{time_end}) and {stop_id2!r} ({time_start2}-{time_end2}) on {date}.</source>
        <translation>Hållplatsschemat, raderna {row} och {row2}: enheten {unit_id!r} skulle den {date} vara både vid hållplatsen {stop_id!r} ({time_start}–{time_end}) och {stop_id2!r} ({time_start2}–{time_end2}).</translation>
    </message>
    <message>
        <source>Cells, row {row}: remote share sigma {sigma} is outside 0-1.</source>
        <translation>Rutor, rad {row}: andelen distansbesök sigma {sigma} ligger utanför 0–1.</translation>
    </message>
    <message>
        <source>need and time at the stops must be &gt;= 0</source>
        <translation>behov och tid vid hållplatserna måste vara &gt;= 0</translation>
    </message>
    <message>
        <source>no plan meets the constraints ({message})</source>
        <translation>ingen plan uppfyller villkoren ({message})</translation>
    </message>
    <message>
        <source>no plan meets the staff limits: {limits} (raise the limit, allow closing sites there, or open sites elsewhere)</source>
        <translation>ingen plan håller sig inom personalgränserna: {limits} (höj gränsen, tillåt att verksamhetsställen stängs där eller öppna ställen på annat håll)</translation>
    </message>
    <message>
        <source>demand {demand:.0f} exceeds the capacity of all sites together ({capacity:.0f})</source>
        <translation>efterfrågan {demand:.0f} överstiger alla verksamhetsställens sammanlagda kapacitet ({capacity:.0f})</translation>
    </message>
    <message>
        <source>no plan reaches the access floor ({share:.0%} within {minutes:g} min) with the sites allowed; lower it or allow more sites ({message})</source>
        <translation>ingen plan når tillgänglighetsgolvet ({share:.0%} inom {minutes:g} min) med de tillåtna verksamhetsställena; sänk det eller tillåt fler ställen ({message})</translation>
    </message>
    <message>
        <source>sizes differ: demand {demand}, fixed costs {fixed}, travel times {minutes}</source>
        <translation>storlekarna skiljer sig: efterfrågan {demand}, fasta kostnader {fixed}, restider {minutes}</translation>
    </message>
    <message>
        <source>sites {sites} are both required and forbidden</source>
        <translation>verksamhetsställena {sites} är både obligatoriska och förbjudna</translation>
    </message>
    <message>
        <source>{n_lonely} cells with demand reach no site (first: cell {first}); drop them or allow longer trips</source>
        <translation>från {n_lonely} rutor med efterfrågan nås inget verksamhetsställe (första: ruta {first}); ta bort dem eller tillåt längre resor</translation>
    </message>
    <message>
        <source>{profession} in the whole county: the plan needs {need:g} FTE, {cap:g} available</source>
        <translation>{profession} i hela välfärdsområdet: planen behöver {need:g} årsverken, {cap:g} tillgängliga</translation>
    </message>
    <message>
        <source>{profession} in area {area}: the plan needs {need:g} FTE, {cap:g} available</source>
        <translation>{profession} i området {area}: planen behöver {need:g} årsverken, {cap:g} tillgängliga</translation>
    </message>
    <message>
        <source>staff available: profession {p!r} is not one the sites need ({professions})</source>
        <translation>tillgänglig personal: yrkesgruppen {p!r} behövs inte vid verksamhetsställena ({professions})</translation>
    </message>
    <message>
        <source>a site cannot be both forced open and forced closed</source>
        <translation>ett verksamhetsställe kan inte både tvingas öppet och tvingas stängt</translation>
    </message>
    <message>
        <source>p = {p} does not fit {m} sites with {n_must_open} forced open and {n_must_close} forced closed</source>
        <translation>p = {p} passar inte {m} verksamhetsställen, varav {n_must_open} tvingas öppna och {n_must_close} tvingas stängda</translation>
    </message>
    <message>
        <source>the exact solver found no solution: {message}</source>
        <translation>den exakta lösaren hittade ingen lösning: {message}</translation>
    </message>
    <message>
        <source>no choice of p sites reaches every demand point</source>
        <translation>inget val av p verksamhetsställen når alla efterfrågepunkter</translation>
    </message>
    <message>
        <source>the open sites cannot take all the demand within their capacities</source>
        <translation>de öppna verksamhetsställena kan inte ta emot hela efterfrågan inom sin kapacitet</translation>
    </message>
    <message>
        <source>every site needs a capacity of zero or more</source>
        <translation>varje verksamhetsställe behöver en kapacitet på noll eller mer</translation>
    </message>
    <message>
        <source>no capacitated solution: {message}</source>
        <translation>ingen kapacitetsbegränsad lösning: {message}</translation>
    </message>
    <message>
        <source>no capacitated cover: {message}</source>
        <translation>ingen kapacitetsbegränsad täckning: {message}</translation>
    </message>
    <message>
        <source>even all sites cover only {share:.1%} of the demand within {threshold:g} (the barred sites left out)</source>
        <translation>även alla verksamhetsställen täcker bara {share:.1%} av efterfrågan inom {threshold:g} (de uteslutna ställena undantagna)</translation>
    </message>
    <message>
        <source>even all sites cover only {share:.1%} of the demand within {threshold:g}</source>
        <translation>även alla verksamhetsställen täcker bara {share:.1%} av efterfrågan inom {threshold:g}</translation>
    </message>
    <message>
        <source>the chosen sites&apos; capacities are below the total demand</source>
        <translation>de valda verksamhetsställenas kapacitet understiger den totala efterfrågan</translation>
    </message>
    <message>
        <source>discount rate {rate:.2%} is outside -5 % ... 20 %</source>
        <translation>diskonteringsräntan {rate:.2%} ligger utanför -5 % ... 20 %</translation>
    </message>
    <message>
        <source>site costs row {row} ({site_id}): {field} {value:g} is negative</source>
        <translation>verksamhetsställenas kostnader rad {row} ({site_id}): {field} {value:g} är negativt</translation>
    </message>
    <message>
        <source>site costs</source>
        <translation>verksamhetsställenas kostnader</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>site costs lack the column site_id</source>
        <translation>verksamhetsställenas kostnader saknar kolumnen site_id</translation>
    </message>
    <message>
        <source>site costs: site_id {dup!r} appears twice</source>
        <translation>verksamhetsställenas kostnader: site_id {dup!r} förekommer två gånger</translation>
    </message>
    <message>
        <source>parameter table lacks columns {missing}</source>
        <translation>parametertabellen saknar kolumnerna {missing}</translation>
    </message>
    <message>
        <source>parameter {name!r} has no value valid on {date}</source>
        <translation>parametern {name!r} har inget värde som gäller den {date}</translation>
    </message>
    <message>
        <source>{table} row {row}: {field} {value!r} is not a date (write 2027-06-30 or 30.6.2027)</source>
        <translation>{table}, rad {row}: {field} {value!r} är inget datum (skriv 2027-06-30 eller 30.6.2027)</translation>
    </message>
    <message>
        <source>scenario row {row}: site {site!r} is not in the site costs</source>
        <translation>scenariots rad {row}: verksamhetsstället {site!r} finns inte i ställenas kostnader</translation>
    </message>
    <message>
        <source>scenario row {row}: action {action!r} is not one of {ACTIONS} (a move is a close and an open)</source>
        <translation>scenariots rad {row}: åtgärden {action!r} är inte någon av {ACTIONS} (en flytt är en stängning och en öppning)</translation>
    </message>
    <message>
        <source>scenario row {row}: {action} of site {site!r} needs an effective_date</source>
        <translation>scenariots rad {row}: åtgärden {action} för verksamhetsstället {site!r} behöver ett effective_date</translation>
    </message>
    <message>
        <source>staff costs row {row}: fte x eur_per_fte_year is not a number &gt;= 0</source>
        <translation>personalkostnadernas rad {row}: fte x eur_per_fte_year är inte ett tal &gt;= 0</translation>
    </message>
    <message>
        <source>staff costs name sites {unknown} that the site costs lack</source>
        <translation>personalkostnaderna nämner verksamhetsställena {unknown}, som saknas i ställenas kostnader</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametrar</translation>
    </message>
    <message>
        <source>age {value!r} is not an age, a range (65-74) or open (100-)</source>
        <translation>åldern {value!r} är varken en ålder, ett intervall (65-74) eller öppen (100-)</translation>
    </message>
    <message>
        <source>projection table lacks columns {missing}</source>
        <translation>prognostabellen saknar kolumnerna {missing}</translation>
    </message>
    <message>
        <source>projection table row {row}: age {age!r} does not fit in one of the grid&apos;s age groups {groups}</source>
        <translation>prognostabellens rad {row}: åldern {age!r} ryms inte i någon av rutnätets åldersgrupper {groups}</translation>
    </message>
    <message>
        <source>projection table row {row}: population {population!r} is not a number &gt;= 0</source>
        <translation>prognostabellens rad {row}: befolkningen {population!r} är inte ett tal &gt;= 0</translation>
    </message>
    <message>
        <source>grid cell {cell}: {age} = {value:g} (only -1 marks a masked value)</source>
        <translation>ruta {cell}: {age} = {value:g} (endast -1 markerar ett maskerat värde)</translation>
    </message>
    <message>
        <source>grid cell {cell}: total population {total} is not &gt;= 0</source>
        <translation>ruta {cell}: totalbefolkningen {total} är inte &gt;= 0</translation>
    </message>
    <message>
        <source>the grid has no age fields (ika_0_14, ika_15_64, ika_65_, ...)</source>
        <translation>rutnätet har inga åldersfält (ika_0_14, ika_15_64, ika_65_, ...)</translation>
    </message>
    <message>
        <source>grid municipalities {unknown} are not in the projection table (codes must match, e.g. &apos;091&apos; vs &apos;91&apos;)</source>
        <translation>rutnätets kommuner {unknown} finns inte i prognostabellen (koderna måste stämma överens, t.ex. '091' och '91')</translation>
    </message>
    <message>
        <source>projection table: no column for {missing} (columns: {columns})</source>
        <translation>prognostabellen: ingen kolumn för {missing} (kolumner: {columns})</translation>
    </message>
    <message>
        <source>projection table: no numeric population column</source>
        <translation>prognostabellen: ingen numerisk befolkningskolumn</translation>
    </message>
    <message>
        <source>age fields overlap: ages {a} and {b}</source>
        <translation>åldersfälten överlappar: åldrarna {a} och {b}</translation>
    </message>
    <message>
        <source>masked cells in municipalities {missing} which the projection table does not have</source>
        <translation>maskerade rutor i kommunerna {missing}, som prognostabellen saknar</translation>
    </message>
    <message>
        <source>year {y} is not in the projection table (it has {years})</source>
        <translation>året {y} finns inte i prognostabellen (den har {years})</translation>
    </message>
    <message>
        <source>use rates name groups {unknown} which are not age groups of the projection ({names})</source>
        <translation>användningsgraderna nämner grupperna {unknown}, som inte är prognosens åldersgrupper ({names})</translation>
    </message>
    <message>
        <source>grid cell {cell}: {inner} is larger than {f}</source>
        <translation>ruta {cell}: {inner} är större än {f}</translation>
    </message>
    <message>
        <source>the projection table has several sexes but no total rows (Yhteensä/Total): export the total, or sum them</source>
        <translation>prognostabellen har flera kön men inga totalrader (Yhteensä/Total): exportera totalen eller summera dem</translation>
    </message>
    <message>
        <source>no clients of closed sites {missing} move to another site; name the receiving site for their staff</source>
        <translation>inga klienter vid de stängda verksamhetsställena {missing} flyttar till ett annat ställe; ange det mottagande stället för deras personal</translation>
    </message>
    <message>
        <source>staff home table lacks columns {missing}</source>
        <translation>personalens hemtabell saknar kolumnerna {missing}</translation>
    </message>
    <message>
        <source>staff home table row {row}: staff {staff!r} is not a count &gt;= 0</source>
        <translation>personalens hemtabell rad {row}: personalen {staff!r} är inte ett antal &gt;= 0</translation>
    </message>
    <message>
        <source>staff home table row {row}: home area {a!r} is unknown</source>
        <translation>personalens hemtabell rad {row}: hemområdet {a!r} är okänt</translation>
    </message>
    <message>
        <source>staff home table row {row}: site {s!r} is unknown</source>
        <translation>personalens hemtabell rad {row}: verksamhetsstället {s!r} är okänt</translation>
    </message>
    <message>
        <source>staff of site {closed!r} move to {to!r}, which is not a site</source>
        <translation>personalen vid {closed!r} flyttar till {to!r}, som inte är något verksamhetsställe</translation>
    </message>
    <message>
        <source>staff of site {closed!r} move to {to!r}, which closes too</source>
        <translation>personalen vid {closed!r} flyttar till {to!r}, som också stängs</translation>
    </message>
    <message>
        <source>the network has no usable roads on its main component</source>
        <translation>nätets huvudkomponent har inga användbara vägar</translation>
    </message>
    <message>
        <source>unknown mode {name!r}; expected one of {MODES}</source>
        <translation>okänt färdsätt {name!r}; väntade ett av {MODES}</translation>
    </message>
    <message>
        <source>the topology tolerance {tolerance:g} joined {joined} of {distinct} distinct vertex positions ({percent:.2f}%) to a neighbour within that distance</source>
        <translation>topologitoleransen {tolerance:g} sammanfogade {joined} av {distinct} distinkta brytpunktslägen ({percent:.2f} %) med en granne inom det avståndet</translation>
    </message>
    <message>
        <source>the road layer has no line with at least two vertices</source>
        <translation>väglagret har ingen linje med minst två brytpunkter</translation>
    </message>
    <message>
        <source>the road layer has vertices with non-finite coordinates</source>
        <translation>väglagret har brytpunkter med icke-ändliga koordinater</translation>
    </message>
    <message>
        <source>the topology tolerance ({tolerance:g} map units) is not smaller than the median road segment ({median_seg:.3g}): vertices that far apart would be joined into one point and the network would collapse. Give a tolerance well below the segment lengths, e.g. 0.5 (metres)</source>
        <translation>topologitoleransen ({tolerance:g} kartenheter) är inte mindre än medianvägsegmentet ({median_seg:.3g}): brytpunkter så långt isär skulle slås ihop till en punkt och nätet skulle kollapsa. Ange en tolerans långt under segmentlängderna, t.ex. 0,5 (meter)</translation>
    </message>
    <message>
        <source>WARNING: the topology tolerance {tolerance:g} joined {joined} of {distinct} distinct vertex positions ({percent:.2f}%) to a neighbour within that distance; so many joins can merge separate roads: check that the tolerance is in the work CRS&apos;s units and small (e.g. 0.5 m)</source>
        <translation>VARNING: topologitoleransen {tolerance:g} sammanfogade {joined} av {distinct} distinkta brytpunktslägen ({percent:.2f} %) med en granne inom det avståndet; så många sammanfogningar kan slå ihop separata vägar: kontrollera att toleransen anges i arbetskoordinatsystemets enheter och är liten (t.ex. 0,5 m)</translation>
    </message>
    <message>
        <source>too far from a road</source>
        <translation>för långt från en väg</translation>
    </message>
    <message>
        <source>on a small disconnected piece of the network</source>
        <translation>på en liten fristående del av nätet</translation>
    </message>
    <message>
        <source>on a road piece not connected to the main network</source>
        <translation>på en vägdel som inte är ansluten till huvudnätet</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>ingen geometri</translation>
    </message>
    <message>
        <source>nearest road not connected to the network</source>
        <translation>närmaste väg är inte ansluten till nätet</translation>
    </message>
    <message>
        <source>no road of the network can be used by this travel mode, so no point can be snapped to it: check the road class field and scheme, the class speeds or the mode</source>
        <translation>ingen väg i nätet kan användas med detta färdsätt, så ingen punkt kan fästas vid det: kontrollera vägklassfältet och -indelningen, klassernas hastigheter eller färdsättet</translation>
    </message>
    <message>
        <source>{cells} features of &apos;{layer}&apos; have the masked value -1 in {names} (Statistics Finland&apos;s grid: fewer than 10 residents); they count 0 people there, never -1. Use the total population field ({population}), which is never masked, or fill the masks with the population projection</source>
        <translation>{cells} objekt i '{layer}' har det maskerade värdet -1 i {names} (Statistikcentralens rutnät: färre än 10 invånare); de räknas som 0 personer där, aldrig -1. Använd fältet för totalbefolkning ({population}), som aldrig maskeras, eller fyll i maskerna med befolkningsprognosen</translation>
    </message>
    <message>
        <source>no facility is open in this scenario</source>
        <translation>inget serviceställe är öppet i detta scenario</translation>
    </message>
    <message>
        <source>{cells} cells (population {population:.0f}) reach no facility after the change</source>
        <translation>från {cells} rutor (befolkning {population:.0f}) nås inget serviceställe efter förändringen</translation>
    </message>
    <message>
        <source>{cells} cells (population {population:.0f}) reach no facility before or after</source>
        <translation>från {cells} rutor (befolkning {population:.0f}) nås inget serviceställe varken före eller efter</translation>
    </message>
    <message>
        <source>coordinates from columns &apos;{east}&apos; (east) and &apos;{north}&apos; (north), read as {crs}</source>
        <translation>koordinater ur kolumnerna '{east}' (öst) och '{north}' (nord), lästa som {crs}</translation>
    </message>
    <message>
        <source>no coordinate columns found among {cols}; name them x and y (or E and N, itä and pohjoinen) for ETRS-TM35FIN metres, or lon and lat for WGS84 degrees, or choose them. Addresses alone cannot be located offline: geocode them first</source>
        <translation>inga koordinatkolumner hittades bland {cols}; namnge dem x och y (eller E och N, itä och pohjoinen) för ETRS-TM35FIN-meter, eller lon och lat för WGS84-grader, eller välj dem. Enbart adresser kan inte lokaliseras offline: geokoda dem först</translation>
    </message>
    <message>
        <source>columns &apos;{e}&apos; and &apos;{n}&apos; hold no coordinates inside Finland in ETRS-TM35FIN (easting 20,000-800,000 m, northing 6,550,000-7,850,000 m) or WGS84 (longitude 19-32, latitude 59-71): check the columns and the system</source>
        <translation>kolumnerna '{e}' och '{n}' innehåller inga koordinater inom Finland i ETRS-TM35FIN (östlig 20 000–800 000 m, nordlig 6 550 000–7 850 000 m) eller WGS84 (longitud 19–32, latitud 59–71): kontrollera kolumnerna och koordinatsystemet</translation>
    </message>
    <message>
        <source>&apos;{east}&apos;, &apos;{north}&apos; are the lower-left corners of Statistics Finland&apos;s {size:g} m grid cells (size from grd_id): the points are the cell centres, {half:g} m further east and north</source>
        <translation>'{east}', '{north}' är nedre vänstra hörnen av Statistikcentralens rutor på {size:g} m (storleken ur grd_id): punkterna är rutornas mittpunkter, {half:g} m längre österut och norrut</translation>
    </message>
    <message>
        <source>the table has no column &apos;{given}&apos;; it has {cols}</source>
        <translation>tabellen har ingen kolumn '{given}'; den har {cols}</translation>
    </message>
    <message>
        <source>row {row} ({name}): {got} is not a coordinate pair in the same system</source>
        <translation>rad {row} ({name}): {got} är inte ett koordinatpar i samma system</translation>
    </message>
    <message>
        <source>row {row}: {got} is not a coordinate pair in the same system</source>
        <translation>rad {row}: {got} är inte ett koordinatpar i samma system</translation>
    </message>
    <message>
        <source>{feed}: neither calendar.txt nor calendar_dates.txt is present, so no service date can be chosen</source>
        <translation>{feed}: varken calendar.txt eller calendar_dates.txt finns, så inget trafikdatum kan väljas</translation>
    </message>
    <message>
        <source>{name}: the same feed as {other} (the same trips and stop times); it is given twice, which would double every trip. Give each feed once</source>
        <translation>{name}: samma material som {other} (samma turer och hållplatstider); det har angetts två gånger, vilket skulle fördubbla varje tur. Ange varje material en gång</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: stop_sequence &apos;{stop_sequence}&apos; is not a number</source>
        <translation>{name}/stop_times.txt, rad {row}: stop_sequence '{stop_sequence}' är inget tal</translation>
    </message>
    <message>
        <source>{file}, row {row}: {column} &apos;{value}&apos; is not one of 0, 1, 2, 3 (or empty)</source>
        <translation>{file}, rad {row}: {column} '{value}' är inte 0, 1, 2 eller 3 (eller tomt)</translation>
    </message>
    <message>
        <source>{name}: no service runs on {day}; the feed covers {span}</source>
        <translation>{name}: ingen trafik går den {day}; materialet täcker {span}</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: stop_id &apos;{stop_id}&apos; is not in stops.txt</source>
        <translation>{name}/stop_times.txt, rad {row}: stop_id '{stop_id}' finns inte i stops.txt</translation>
    </message>
    <message>
        <source>{name}/stops.txt: stop &apos;{stop_id}&apos;, used by trip &apos;{trip_id}&apos;, has no coordinates</source>
        <translation>{name}/stops.txt: hållplatsen '{stop_id}', som används av turen '{trip_id}', saknar koordinater</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: no arrival or departure time (interpolating times between timepoints is not supported)</source>
        <translation>{name}/stop_times.txt, rad {row}: ingen ankomst- eller avgångstid (interpolering av tider mellan tidpunkter stöds inte)</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: trip &apos;{trip_id}&apos; arrives before it left the previous stop; stop times are out of order</source>
        <translation>{name}/stop_times.txt, rad {row}: turen '{trip_id}' anländer innan den lämnat föregående hållplats; hållplatstiderna är i fel ordning</translation>
    </message>
    <message>
        <source>{file}, row {row}: {column} &apos;{value}&apos; is not a time HH:MM:SS</source>
        <translation>{file}, rad {row}: {column} '{value}' är ingen tid HH:MM:SS</translation>
    </message>
    <message>
        <source>{feed}: required file {name} is missing</source>
        <translation>{feed}: den obligatoriska filen {name} saknas</translation>
    </message>
    <message>
        <source>{feed}: {name} lacks the column(s) {missing}</source>
        <translation>{feed}: {name} saknar kolumnen/kolumnerna {missing}</translation>
    </message>
    <message>
        <source>{name}/frequencies.txt, row {row}: headway_secs must be a positive number</source>
        <translation>{name}/frequencies.txt, rad {row}: headway_secs måste vara ett positivt tal</translation>
    </message>
    <message>
        <source>{name}/transfers.txt, row {row}: {col} &apos;{value}&apos; is not in stops.txt</source>
        <translation>{name}/transfers.txt, rad {row}: {col} '{value}' finns inte i stops.txt</translation>
    </message>
    <message>
        <source>{path}: not a GTFS zip or folder ({e})</source>
        <translation>{path}: är ingen GTFS-zipfil eller -mapp ({e})</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>inga datum</translation>
    </message>
    <message>
        <source>{name}: no service runs on {day} (the feed covers {covered}); none of its trips are used, its stops only for walking</source>
        <translation>{name}: ingen trafik går den {day} (materialet täcker {covered}); inga av dess turer används, dess hållplatser bara för gång</translation>
    </message>
    <message>
        <source>id {id!r}</source>
        <translation>id {id!r}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>it has neither within_&lt;minutes&gt;_before/_after columns (the Summary) nor a when column with share_beyond_&lt;minutes&gt; (the Equity table)</source>
        <translation>den har varken kolumnerna within_&lt;minuter&gt;_before/_after (Sammanfattningen) eller en when-kolumn med share_beyond_&lt;minuter&gt; (Jämlikhetstabellen)</translation>
    </message>
    <message>
        <source>the Equity table needs a &apos;before&apos; and an &apos;after&apos; row</source>
        <translation>Jämlikhetstabellen behöver en rad 'before' och en rad 'after'</translation>
    </message>
    <message>
        <source>proven gap {gap:.3%} (objective {objective:.6g}, bound {bound:.6g})</source>
        <translation>bevisat gap {gap:.3%} (målvärde {objective:.6g}, gräns {bound:.6g})</translation>
    </message>
    <message>
        <source>no proven bound (gap unknown)</source>
        <translation>ingen bevisad gräns (gapet okänt)</translation>
    </message>
    <message>
        <source>proven optimal (bound {bound:.6g})</source>
        <translation>bevisat optimal (gräns {bound:.6g})</translation>
    </message>
    <message>
        <source>population losing the fixed site</source>
        <translation>befolkning som förlorar det fasta verksamhetsstället</translation>
    </message>
    <message>
        <source>of whom near a mobile stop</source>
        <translation>varav nära en mobil hållplats</translation>
    </message>
    <message>
        <source>of the rest, demand that can go remote</source>
        <translation>av de övriga, efterfrågan som kan övergå till distans</translation>
    </message>
    <message>
        <source>left uncompensated</source>
        <translation>blir utan ersättande service</translation>
    </message>
    <message>
        <source>best channel before: {ch}</source>
        <translation>bästa servicekanal före: {ch}</translation>
    </message>
    <message>
        <source>best channel after: {ch}</source>
        <translation>bästa servicekanal efter: {ch}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Facility</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hållplats</translation>
    </message>
    <message>
        <source>Stop name</source>
        <translation>Hållplatsens namn</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>Objektets id</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Travel time (min)</source>
        <translation>Restid (min)</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Avstånd (m)</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Längd (m)</translation>
    </message>
    <message>
        <source>Time band (min)</source>
        <translation>Tidszon (min)</translation>
    </message>
    <message>
        <source>Band from (min)</source>
        <translation>Zon från (min)</translation>
    </message>
    <message>
        <source>Band to (min)</source>
        <translation>Zon till (min)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Nåbar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Distance to road (m)</source>
        <translation>Avstånd till väg (m)</translation>
    </message>
    <message>
        <source>Snapping note</source>
        <translation>Anmärkning om fästning</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Rutor</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Areal (km²)</translation>
    </message>
    <message>
        <source>Mean travel time (min)</source>
        <translation>Genomsnittlig restid (min)</translation>
    </message>
    <message>
        <source>Travel time before (min)</source>
        <translation>Restid före (min)</translation>
    </message>
    <message>
        <source>Travel time after (min)</source>
        <translation>Restid efter (min)</translation>
    </message>
    <message>
        <source>Change in travel time (min)</source>
        <translation>Förändring i restid (min)</translation>
    </message>
    <message>
        <source>Facility before</source>
        <translation>Serviceställe före</translation>
    </message>
    <message>
        <source>Facility after</source>
        <translation>Serviceställe efter</translation>
    </message>
    <message>
        <source>Moved to another facility</source>
        <translation>Flyttade till ett annat serviceställe</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Efterfrågan</translation>
    </message>
    <message>
        <source>Weighted demand</source>
        <translation>Viktad efterfrågan</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Utbud</translation>
    </message>
    <message>
        <source>Supply-to-demand ratio</source>
        <translation>Kvot mellan utbud och efterfrågan</translation>
    </message>
    <message>
        <source>Supply-to-demand ratio after</source>
        <translation>Kvot mellan utbud och efterfrågan efter</translation>
    </message>
    <message>
        <source>Ratio relative to the average</source>
        <translation>Kvot i förhållande till medeltalet</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Accessibility after</source>
        <translation>Tillgänglighet efter</translation>
    </message>
    <message>
        <source>Accessibility per 1 000 residents</source>
        <translation>Tillgänglighet per 1 000 invånare</translation>
    </message>
    <message>
        <source>Accessibility relative to the average</source>
        <translation>Tillgänglighet i förhållande till medeltalet</translation>
    </message>
    <message>
        <source>Accessibility relative to the average after</source>
        <translation>Tillgänglighet i förhållande till medeltalet efter</translation>
    </message>
    <message>
        <source>Change in accessibility</source>
        <translation>Förändring i tillgänglighet</translation>
    </message>
    <message>
        <source>Accessibility, fixed sites</source>
        <translation>Tillgänglighet, fasta verksamhetsställen</translation>
    </message>
    <message>
        <source>Accessibility with mobile stops</source>
        <translation>Tillgänglighet med mobila hållplatser</translation>
    </message>
    <message>
        <source>Mean accessibility</source>
        <translation>Genomsnittlig tillgänglighet</translation>
    </message>
    <message>
        <source>Mean accessibility after</source>
        <translation>Genomsnittlig tillgänglighet efter</translation>
    </message>
    <message>
        <source>Population with no site in reach</source>
        <translation>Befolkning utan verksamhetsställe inom räckhåll</translation>
    </message>
    <message>
        <source>Population with no site in reach after</source>
        <translation>Befolkning utan verksamhetsställe inom räckhåll efter</translation>
    </message>
    <message>
        <source>Site in reach</source>
        <translation>Verksamhetsställe inom räckhåll</translation>
    </message>
    <message>
        <source>Site in reach after</source>
        <translation>Verksamhetsställe inom räckhåll efter</translation>
    </message>
    <message>
        <source>Sites in reach</source>
        <translation>Verksamhetsställen inom räckhåll</translation>
    </message>
    <message>
        <source>Share within the time</source>
        <translation>Andel inom tiden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Vald</translation>
    </message>
    <message>
        <source>Current site</source>
        <translation>Nuvarande verksamhetsställe</translation>
    </message>
    <message>
        <source>Open after</source>
        <translation>Öppet efter</translation>
    </message>
    <message>
        <source>Walking time (min)</source>
        <translation>Gångtid (min)</translation>
    </message>
    <message>
        <source>Time to the nearest mobile stop (min)</source>
        <translation>Tid till närmaste mobila hållplats (min)</translation>
    </message>
    <message>
        <source>Mobile stop</source>
        <translation>Mobil hållplats</translation>
    </message>
    <message>
        <source>Mobile stop interval (days)</source>
        <translation>Den mobila hållplatsens intervall (dygn)</translation>
    </message>
    <message>
        <source>Drive time one way (min)</source>
        <translation>Körtid enkel väg (min)</translation>
    </message>
    <message>
        <source>Depot</source>
        <translation>Depå</translation>
    </message>
    <message>
        <source>Departures a day</source>
        <translation>Avgångar per dygn</translation>
    </message>
    <message>
        <source>Departures in the time window</source>
        <translation>Avgångar i tidsfönstret</translation>
    </message>
    <message>
        <source>Departure window</source>
        <translation>Avgångsfönster</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation>Avresa senast</translation>
    </message>
    <message>
        <source>Arrive by (min)</source>
        <translation>Framme senast (min)</translation>
    </message>
    <message>
        <source>Facility fastest at the median</source>
        <translation>Serviceställe som nås snabbast vid mediantiden</translation>
    </message>
    <message>
        <source>Maximum travel time (min)</source>
        <translation>Längsta restid (min)</translation>
    </message>
    <message>
        <source>Time constant (min)</source>
        <translation>Tidskonstant (min)</translation>
    </message>
    <message>
        <source>Kela deductible (EUR)</source>
        <translation>FPA:s självrisk (EUR)</translation>
    </message>
    <message>
        <source>Kela annual ceiling (EUR)</source>
        <translation>FPA:s årliga tak (EUR)</translation>
    </message>
    <message>
        <source>Car cost (EUR/km)</source>
        <translation>Bilkostnad (EUR/km)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Usable by the mode</source>
        <translation>Användbar med färdsättet</translation>
    </message>
    <message>
        <source>On the main network</source>
        <translation>På huvudnätet</translation>
    </message>
    <message>
        <source>Network piece</source>
        <translation>Nätdel</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Källrad</translation>
    </message>
    <message>
        <source>Best channel before</source>
        <translation>Bästa servicekanal före</translation>
    </message>
    <message>
        <source>Best channel after</source>
        <translation>Bästa servicekanal efter</translation>
    </message>
    <message>
        <source>Population within {n} min</source>
        <translation>Befolkning inom {n} min</translation>
    </message>
    <message>
        <source>Within {n} min before</source>
        <translation>Inom {n} min före</translation>
    </message>
    <message>
        <source>Within {n} min after</source>
        <translation>Inom {n} min efter</translation>
    </message>
    <message>
        <source>Share beyond {n} min</source>
        <translation>Andel längre bort än {n} min</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&lt;p&gt;Allocates every population feature (points, or polygons such as grid cells) to the facility it reaches fastest over the road network, in one multi-source search from the facilities.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt;: points or polygons (a polygon is represented by a point on its surface); &lt;b&gt;population field&lt;/b&gt;: optional weight (NULL counts 0). &lt;b&gt;Facilities&lt;/b&gt; and their &lt;b&gt;id field&lt;/b&gt;. &lt;b&gt;Time bands&lt;/b&gt;: minutes, e.g. &lt;code&gt;10,20,30&lt;/code&gt;, for the summary. &lt;b&gt;Cut-off&lt;/b&gt;: beyond it a feature counts as unreachable (0 = no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the population layer with &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt; (including the walks between points and roads), &lt;code&gt;dist_m&lt;/code&gt; (network metres), &lt;code&gt;band_min&lt;/code&gt;, &lt;code&gt;reachable&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (why a feature could not be routed), &lt;code&gt;snap_m&lt;/code&gt; (metres from the feature to the road it was snapped to) and &lt;code&gt;snap_note&lt;/code&gt; (&lt;i&gt;nearest road not connected to the network&lt;/i&gt; when a nearer road piece is not connected to the main network, so the feature was snapped farther away, onto the main network); a summary table with, per facility, the cells and population served, the population within each band and the mean travel time, plus one row for the unreachable population.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facility ids&lt;/b&gt; must be filled in and unique; with &lt;b&gt;features with the same id are entrances of one facility&lt;/b&gt; on, features sharing an id are one facility, reached through its nearest entrance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fördelar varje befolkningsobjekt (punkter, eller polygoner som rutor) till det serviceställe det når snabbast på vägnätet, i en sökning med flera källor från serviceställena.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Befolkning&lt;/b&gt;: punkter eller polygoner (en polygon representeras av en punkt på dess yta); &lt;b&gt;befolkningsfält&lt;/b&gt;: valfri vikt (NULL räknas som 0). &lt;b&gt;Serviceställen&lt;/b&gt; och deras &lt;b&gt;id-fält&lt;/b&gt;. &lt;b&gt;Tidszoner&lt;/b&gt;: minuter, t.ex. &lt;code&gt;10,20,30&lt;/code&gt;, för sammanfattningen. &lt;b&gt;Tidsgräns&lt;/b&gt;: bortom den räknas ett objekt som onåbart (0 = ingen gräns).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: befolkningslagret med &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt; (inklusive gångsträckorna mellan punkter och vägar), &lt;code&gt;dist_m&lt;/code&gt; (meter i nätet), &lt;code&gt;band_min&lt;/code&gt;, &lt;code&gt;reachable&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (varför ingen rutt kunde beräknas för objektet), &lt;code&gt;snap_m&lt;/code&gt; (meter från objektet till vägen det fästes vid) och &lt;code&gt;snap_note&lt;/code&gt; (&lt;i&gt;närmaste väg är inte ansluten till nätet&lt;/i&gt; när en närmare vägbit inte är ansluten till huvudnätet, så att objektet fästes längre bort, vid huvudnätet); en sammanfattningstabell med, per serviceställe, betjänade rutor och befolkning, befolkningen inom varje zon och den genomsnittliga restiden, samt en rad för den befolkning som inte nås.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Serviceställenas id:n&lt;/b&gt; måste vara ifyllda och unika; med &lt;b&gt;objekt med samma id är ingångar till ett serviceställe&lt;/b&gt; påslaget är objekt som delar ett id ett serviceställe, som nås genom sin närmaste ingång.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times and network distances from every origin to every destination, as a table in long format (one row per pair). The searches start from the smaller of the two layers, so a matrix of 100,000 population cells to 50 facilities costs 50 searches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k nearest&lt;/b&gt;: keep only each origin&apos;s k fastest destinations (0 = all). &lt;b&gt;Cut-off&lt;/b&gt;: drop pairs slower than this (minutes, 0 = none). Pairs that cannot be routed are left out; origins and destinations that cannot be snapped are reported in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, &lt;code&gt;dist_m&lt;/code&gt;, &lt;code&gt;rank&lt;/code&gt; (1 = fastest for the origin).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Restider och nätavstånd från varje startpunkt till varje mål, som en tabell i långt format (en rad per par). Sökningarna startar från det mindre av de två lagren, så en matris med 100 000 befolkningsrutor till 50 serviceställen kostar 50 sökningar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k närmaste&lt;/b&gt;: behåll endast varje startpunkts k snabbaste mål (0 = alla). &lt;b&gt;Tidsgräns&lt;/b&gt;: släpp par som är långsammare än detta (minuter, 0 = ingen). Par som inte kan nås i nätet lämnas bort; startpunkter och mål som inte kan fästas vid nätet rapporteras i loggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, &lt;code&gt;dist_m&lt;/code&gt;, &lt;code&gt;rank&lt;/code&gt; (1 = snabbast för startpunkten).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checks a road network for a travel mode: how many connected pieces it has, which roads are off the main piece, dead ends (dangles), and, optionally, which share of the facilities and of the population can be routed (snapped to the main piece within the maximum snapping distance).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the network edges with &lt;code&gt;component&lt;/code&gt;, &lt;code&gt;on_main&lt;/code&gt; and &lt;code&gt;usable&lt;/code&gt;; the dangle points; figures &lt;code&gt;COMPONENTS&lt;/code&gt;, &lt;code&gt;DANGLES&lt;/code&gt;, &lt;code&gt;FACILITY_SHARE&lt;/code&gt; and &lt;code&gt;POPULATION_SHARE&lt;/code&gt; (0..1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kontrollerar ett vägnät för ett färdsätt: hur många sammanhängande delar det har, vilka vägar som ligger utanför huvuddelen, återvändsgränder (lösa ändar) och, valfritt, hur stor andel av serviceställena och befolkningen som kan nås i nätet (fästas vid huvuddelen inom det största fästavståndet).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: nätets länkar med &lt;code&gt;component&lt;/code&gt;, &lt;code&gt;on_main&lt;/code&gt; och &lt;code&gt;usable&lt;/code&gt;; punkterna för de lösa ändarna; talen &lt;code&gt;COMPONENTS&lt;/code&gt;, &lt;code&gt;DANGLES&lt;/code&gt;, &lt;code&gt;FACILITY_SHARE&lt;/code&gt; och &lt;code&gt;POPULATION_SHARE&lt;/code&gt; (0..1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel-time catchment polygons (isochrones) around facilities that follow the road network: a place belongs to a band when a point of a road within the &lt;b&gt;reach&lt;/b&gt; of it (straight-line metres) is reached within the band&apos;s minutes, counting the straight walk from that road point at the access walking speed (5 km/h when that is 0). Every road usable by the mode on the main network counts, the nearest or not.&lt;/p&gt;&lt;p&gt;How it is drawn: roads are taken at points every half &lt;b&gt;grid resolution&lt;/b&gt; along them. At each cell centre of the grid the engine computes by how much the place misses the band, in time or in reach: the best, over the road points p near it, of max(time at p + walk from p - band limit, (distance to p - reach) / walking speed). The band&apos;s edge is where this crosses zero, drawn by linear interpolation between cell centres; so it lies within a few metres of the exact edge, the reach&apos;s circles included (a straight line between cell centres cuts inside a circle, so the reach is traced resolution&amp;sup2; / (8 &amp;times; reach) wider: 3 m with 50 m cells and a 100 m reach). A ring (0-10, 10-20...) is the area inside its upper limit and not inside its lower one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time bands&lt;/b&gt;: minutes, e.g. &lt;code&gt;10,20,30&lt;/code&gt;. &lt;b&gt;Catchment type&lt;/b&gt;: &lt;i&gt;per facility&lt;/i&gt; gives every facility its own (overlapping) bands; &lt;i&gt;nearest facility&lt;/i&gt; splits the area between facilities so that each place goes to the facility it reaches fastest, decided per grid cell (no overlaps); &lt;i&gt;dissolved&lt;/i&gt; gives one polygon per band for all facilities together. &lt;b&gt;Rings&lt;/b&gt;: bands as 0-10, 10-20, 20-30 instead of 0-10, 0-20, 0-30. &lt;b&gt;Grid resolution&lt;/b&gt;: cell size of the travel-time surface (smaller = finer and slower). A band narrower than the grid may give no polygon: the log warns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt; (optional, points or polygons with a population field): each polygon gets the population of the features whose own network travel time falls in the band (the same times as the Nearest facility algorithm), not a geometric overlay.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;band_from&lt;/code&gt;, &lt;code&gt;band_to&lt;/code&gt; (minutes), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Upptagningsområden efter restid (isokroner) kring serviceställen som följer vägnätet: en plats hör till en zon när en punkt på en väg inom dess &lt;b&gt;räckvidd&lt;/b&gt; (meter fågelvägen) nås inom zonens minuter, inklusive den raka gången från vägpunkten med gånghastigheten från punkt till väg (5 km/h när den är 0). Varje väg i huvudnätet som färdsättet får använda räknas, närmast eller inte.&lt;/p&gt;&lt;p&gt;Hur det ritas: vägarna tas i punkter varje halv &lt;b&gt;rutnätsupplösning&lt;/b&gt; längs dem. I varje rutas mittpunkt beräknar motorn hur mycket platsen missar zonen, i tid eller i räckvidd: det bästa, över vägpunkterna p nära den, av max(tid i p + gång från p - zonens gräns, (avstånd till p - räckvidd) / gånghastighet). Zonens kant ligger där detta passerar noll, ritad med linjär interpolation mellan rutornas mittpunkter; så den ligger inom några meter från den exakta kanten, räckviddens cirklar inräknade (en rak linje mellan mittpunkter skär innanför en cirkel, så räckvidden ritas upplösning&amp;sup2; / (8 &amp;times; räckvidd) bredare: 3 m med rutor på 50 m och räckvidd 100 m). En ring (0-10, 10-20...) är området innanför dess övre gräns och inte innanför den undre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tidszoner&lt;/b&gt;: minuter, t.ex. &lt;code&gt;10,20,30&lt;/code&gt;. &lt;b&gt;Typ av upptagningsområde&lt;/b&gt;: &lt;i&gt;per serviceställe&lt;/i&gt; ger varje serviceställe egna (överlappande) zoner; &lt;i&gt;närmaste serviceställe&lt;/i&gt; delar området mellan serviceställena så att varje plats går till det serviceställe den når snabbast, avgjort per ruta (inga överlapp); &lt;i&gt;sammanslagen&lt;/i&gt; ger en polygon per zon för alla serviceställen tillsammans. &lt;b&gt;Ringar&lt;/b&gt;: zoner som 0-10, 10-20, 20-30 i stället för 0-10, 0-20, 0-30. &lt;b&gt;Rutnätets upplösning&lt;/b&gt;: cellstorleken för restidsytan (mindre = finare och långsammare). En zon smalare än rutnätet kan ge ingen polygon: loggen varnar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Befolkning&lt;/b&gt; (valfri, punkter eller polygoner med ett befolkningsfält): varje polygon får befolkningen i de objekt vars egen restid i nätet faller i zonen (samma tider som i algoritmen Närmaste serviceställe), inte en geometrisk överlagring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;band_from&lt;/code&gt;, &lt;code&gt;band_to&lt;/code&gt; (minuter), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which sites should be open? Solves, on the travel times of its mode: &lt;b&gt;p-median&lt;/b&gt; (least population-weighted travel time with p sites), &lt;b&gt;maximal coverage&lt;/b&gt; (most demand within the threshold with p sites), &lt;b&gt;set cover&lt;/b&gt; (fewest sites reaching the required share of demand within the threshold) or &lt;b&gt;p-center&lt;/b&gt; (least worst travel time with p sites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: the current facilities and optional &lt;b&gt;candidate sites&lt;/b&gt;. &lt;b&gt;Must stay open&lt;/b&gt; / &lt;b&gt;must close&lt;/b&gt;: site ids (comma separated). &lt;b&gt;Demand&lt;/b&gt;: the population field, or with &lt;b&gt;use rates&lt;/b&gt; (e.g. &lt;code&gt;age_0_14=2.1,age_75=9.5&lt;/code&gt;, visits per person per year by age group field) the expected visits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: p-median and maximal coverage use a heuristic (greedy and randomised starts, vertex substitution pricing every swap at once, random perturbations of the best) and a Lagrangian relaxation whose value is a &lt;b&gt;proven bound&lt;/b&gt; on the optimum (a lower bound on the least total travel time, an upper bound on the coverable demand). Every run states the proven gap (upper - lower) / lower in the log and the report, or &lt;i&gt;proven optimal&lt;/i&gt; below 0.0001 %. If the gap is not closed and demand x sites is at most 400,000 (for coverage after merging cells covered by the same sites), the exact MILP (HiGHS, 60 s) also runs and the better result with the tighter bound is reported. With a &lt;b&gt;capacity field&lt;/b&gt; (in the units of the demand; demand may be split between sites) p-median improves the uncapacitated sites by swaps checked with the capacitated assignment (an LP); its bound is the uncapacitated one (proven, looser when capacities bind). Set cover, p-center and coverage with capacities are solved exactly by HiGHS; p-center is the smallest travel time within which p sites reach all demand, by bisection over the travel times, proven optimal when each tested time was solved to optimality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the sites with &lt;code&gt;chosen&lt;/code&gt;, demand and load; the cells with their allocation before (current facilities) and after (chosen sites); the same flow, load, summary and equity tables and HTML report as the closure impact; the objective, the solver used and its gap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vilka verksamhetsställen bör vara öppna? Löser, på färdsättets restider: &lt;b&gt;p-median&lt;/b&gt; (kortaste befolkningsviktade restid med p verksamhetsställen), &lt;b&gt;maximal täckning&lt;/b&gt; (mest efterfrågan inom gränsen med p verksamhetsställen), &lt;b&gt;mängdtäckning&lt;/b&gt; (minst antal verksamhetsställen som når den krävda andelen av efterfrågan inom gränsen) eller &lt;b&gt;p-center&lt;/b&gt; (kortaste längsta restid med p verksamhetsställen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verksamhetsställen&lt;/b&gt;: de nuvarande serviceställena och valfria &lt;b&gt;kandidater&lt;/b&gt;. &lt;b&gt;Måste hållas öppna&lt;/b&gt; / &lt;b&gt;måste stängas&lt;/b&gt;: verksamhetsställenas id:n (kommaseparerade). &lt;b&gt;Efterfrågan&lt;/b&gt;: befolkningsfältet, eller med &lt;b&gt;användningsgrader&lt;/b&gt; (t.ex. &lt;code&gt;age_0_14=2.1,age_75=9.5&lt;/code&gt;, besök per person och år per åldersgruppsfält) de förväntade besöken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lösare&lt;/b&gt;: p-median och maximal täckning använder en heuristik (girig och slumpmässiga starter, nodutbyte som prissätter alla byten på en gång, slumpmässiga störningar av den bästa) och en Lagrangerelaxation vars värde är en &lt;b&gt;bevisad gräns&lt;/b&gt; för optimum (en undre gräns för den kortaste sammanlagda restiden, en övre gräns för den efterfrågan som kan täckas). Varje körning anger det bevisade gapet (övre - undre) / undre i loggen och rapporten, eller &lt;i&gt;bevisat optimal&lt;/i&gt; under 0,0001 %. Om gapet inte sluts och efterfrågan x verksamhetsställen är högst 400 000 (för täckning efter att rutor som täcks av samma verksamhetsställen slagits samman) körs också den exakta MILP-modellen (HiGHS, 60 s) och det bättre resultatet med den snävare gränsen redovisas. Med ett &lt;b&gt;kapacitetsfält&lt;/b&gt; (i efterfrågans enheter; efterfrågan kan delas mellan verksamhetsställen) förbättrar p-median verksamhetsställena utan kapacitet genom byten som kontrolleras med fördelningen med kapaciteter (en LP); dess gräns är den utan kapaciteter (bevisad, lösare när kapaciteterna binder). Mängdtäckning, p-center och täckning med kapaciteter löses exakt med HiGHS; p-center är den kortaste restid inom vilken p verksamhetsställen når all efterfrågan, genom bisektion över restiderna, bevisat optimal när varje testad tid lösts till optimum.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: verksamhetsställena med &lt;code&gt;chosen&lt;/code&gt;, efterfrågan och belastning; rutorna med sin fördelning före (nuvarande serviceställen) och efter (valda verksamhetsställen); samma flödes-, belastnings-, sammanfattnings- och jämlikhetstabeller och HTML-rapport som stängningsanalysen; målfunktionens värde, lösaren som använts och dess gap.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compares two saved allocations of the same population cells, e.g. the outputs of &lt;i&gt;Nearest facility&lt;/i&gt; for today&apos;s network and of &lt;i&gt;Facility closure impact&lt;/i&gt; for a plan, or two plans. Gives the same tables and HTML report as the closure impact: who loses access within each threshold, the change in travel time, flows of population between facilities, loads against capacity, figures by area and age group, equity.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenario A&lt;/b&gt; and &lt;b&gt;Scenario B&lt;/b&gt;: cell layers with a cell id field, a facility field and a travel time field (minutes; NULL = unreachable); the cells are matched by id. Population, age group and area fields come from scenario A. &lt;b&gt;Facilities&lt;/b&gt; (optional) with a &lt;b&gt;capacity field&lt;/b&gt; for the load table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jämför två sparade fördelningar av samma befolkningsrutor, t.ex. resultaten av &lt;i&gt;Närmaste serviceställe&lt;/i&gt; för dagens nät och av &lt;i&gt;Konsekvenser av att stänga serviceställen&lt;/i&gt; för en plan, eller två planer. Ger samma tabeller och HTML-rapport som stängningsanalysen: vem som förlorar tillgänglighet inom varje gräns, förändringen i restid, befolkningsflöden mellan serviceställen, belastning mot kapacitet, tal per område och åldersgrupp, jämlikhet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenario A&lt;/b&gt; och &lt;b&gt;scenario B&lt;/b&gt;: rutlager med ett id-fält för rutan, ett fält för serviceställe och ett restidsfält (minuter; NULL = kan inte nås); rutorna matchas med id. Befolknings-, åldersgrupps- och områdesfälten tas från scenario A. &lt;b&gt;Serviceställen&lt;/b&gt; (valfritt) med ett &lt;b&gt;kapacitetsfält&lt;/b&gt; för belastningstabellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Timetable-exact public transport travel times from every origin (population cell) to the facilities, from GTFS feeds, for every departure minute of a window. Waiting at the origin counts as travel time. Walking legs (to the first stop, between stops, from the last stop) are straight lines times 1.3 at the walking speed; a facility within walking distance can also be reached on foot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;: one or more zip files or folders. &lt;b&gt;Date&lt;/b&gt;: a day the feed covers. &lt;b&gt;Window&lt;/b&gt;: first and last departure (HH:MM) and the step in minutes. &lt;b&gt;Percentiles&lt;/b&gt; of travel time over the window, e.g. &lt;code&gt;10,50,90&lt;/code&gt;; &lt;b&gt;threshold&lt;/b&gt; for the share of departures arriving in time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the origins with, for the nearest facility, &lt;code&gt;p&amp;lt;q&amp;gt;_min&lt;/code&gt; per percentile, &lt;code&gt;share_within&lt;/code&gt;, &lt;code&gt;fac_p50&lt;/code&gt; (the facility fastest at the median) and &lt;code&gt;n_reachable&lt;/code&gt; (facilities reached within the maximum trip time at the median), &lt;code&gt;trips_day&lt;/code&gt; (distinct trips riders may board at a stop within walking on the date, 00:00-24:00); with &lt;b&gt;arrive by&lt;/b&gt;, &lt;code&gt;leave_by&lt;/code&gt; (the latest departure from the origin that reaches a facility in time; an arrive-by time earlier than the first departure is read as the next day&apos;s when that falls within 12 hours of the last departure (a window running past midnight), else a warning says only walking can make it) and &lt;code&gt;arrive_by_min&lt;/code&gt;. The optional &lt;b&gt;OD table&lt;/b&gt; holds the percentiles per origin and facility.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidtabellsexakta restider med kollektivtrafik från varje startpunkt (befolkningsruta) till serviceställena, från GTFS-data, för varje avgångsminut i ett tidsfönster. Väntan vid startpunkten räknas som restid. Gångsträckor (till första hållplatsen, mellan hållplatser, från den sista hållplatsen) är fågelvägen gånger 1.3 med gånghastigheten; ett serviceställe på gångavstånd kan också nås till fots.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS-data&lt;/b&gt;: en eller flera zip-filer eller mappar. &lt;b&gt;Datum&lt;/b&gt;: en dag som datat täcker. &lt;b&gt;Tidsfönster&lt;/b&gt;: första och sista avgång (HH:MM) och steget i minuter. &lt;b&gt;Percentiler&lt;/b&gt; av restiden över fönstret, t.ex. &lt;code&gt;10,50,90&lt;/code&gt;; &lt;b&gt;gräns&lt;/b&gt; för andelen avgångar som kommer fram i tid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: startpunkterna med, för närmaste serviceställe, &lt;code&gt;p&amp;lt;q&amp;gt;_min&lt;/code&gt; per percentil, &lt;code&gt;share_within&lt;/code&gt;, &lt;code&gt;fac_p50&lt;/code&gt; (det snabbaste serviceställena vid medianen) och &lt;code&gt;n_reachable&lt;/code&gt; (serviceställen som nås inom den längsta restiden vid medianen), &lt;code&gt;trips_day&lt;/code&gt; (olika turer som resenärer kan stiga på vid en hållplats på gångavstånd det datumet, 00:00-24:00); med &lt;b&gt;framme senast&lt;/b&gt;, &lt;code&gt;leave_by&lt;/code&gt; (den senaste avgången från startpunkten som når ett serviceställe i tid; en ankomsttid tidigare än första avgången läses som nästa dags när den ligger inom 12 timmar från sista avgången (ett fönster som går över midnatt), annars säger en varning att endast gång hinner fram) och &lt;code&gt;arrive_by_min&lt;/code&gt;. Den valfria &lt;b&gt;start–mål-tabellen&lt;/b&gt; innehåller percentilerna per startpunkt och serviceställe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Public transport parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;: one or more zip files. &lt;b&gt;Date&lt;/b&gt;: a day the feeds cover. &lt;b&gt;First / last departure&lt;/b&gt; (HH:MM) and &lt;b&gt;step&lt;/b&gt; (minutes) make the departure window; waiting at the origin counts as travel time. A last departure earlier than the first (e.g. 23:00-01:00) ends on the next day.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Which timetable&lt;/b&gt;: times are clock times of the chosen date. Used are the trips of the date&apos;s services, the previous date&apos;s trips where they run past 24:00 (GTFS times such as 24:30 of a Monday trip are Tuesday 00:30) and, for times past midnight (a window or a journey crossing it), the next date&apos;s trips. A stop where a trip lets no one board (&lt;code&gt;pickup_type&lt;/code&gt; 1) or alight (&lt;code&gt;drop_off_type&lt;/code&gt; 1) is passed by riders of that trip; 2 and 3 (by arrangement with the agency or the driver) are taken as regular stops. A vehicle that continues as another trip (&lt;code&gt;block_id&lt;/code&gt;) is not followed: staying on counts as a transfer at that stop.&lt;/p&gt;&lt;p&gt;Walks to, between and from stops are straight lines times 1.3 at the &lt;b&gt;walking speed&lt;/b&gt;, up to the &lt;b&gt;maximum walks&lt;/b&gt;; a facility within walking distance can be reached on foot. &lt;b&gt;Maximum transfers&lt;/b&gt; bounds the vehicles used; trips longer than the &lt;b&gt;maximum trip time&lt;/b&gt; count as not reaching.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kollektivtrafikens parametrar&lt;/h3&gt;&lt;p&gt;&lt;b&gt;GTFS-data&lt;/b&gt;: en eller flera zip-filer. &lt;b&gt;Datum&lt;/b&gt;: en dag som datat täcker. &lt;b&gt;Första / sista avgång&lt;/b&gt; (HH:MM) och &lt;b&gt;steg&lt;/b&gt; (minuter) bildar avgångsfönstret; väntan vid startpunkten räknas som restid. En sista avgång tidigare än den första (t.ex. 23:00-01:00) slutar nästa dag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vilken tidtabell&lt;/b&gt;: tiderna är klocktider för det valda datumet. Används gör datumets turer enligt trafikdagarna, föregående dags turer där de går efter 24:00 (GTFS-tider som 24:30 för en måndagstur är tisdag 00:30) och, för tider efter midnatt (ett fönster eller en resa som passerar den), nästa dags turer. En hållplats där en tur inte tar upp (&lt;code&gt;pickup_type&lt;/code&gt; 1) eller släpper av (&lt;code&gt;drop_off_type&lt;/code&gt; 1) någon passeras av den turens resenärer; 2 och 3 (efter överenskommelse med trafikföretaget eller föraren) räknas som vanliga hållplatser. Ett fordon som fortsätter som en annan tur (&lt;code&gt;block_id&lt;/code&gt;) följs inte: att sitta kvar räknas som ett byte vid den hållplatsen.&lt;/p&gt;&lt;p&gt;Gångsträckor till, mellan och från hållplatser är fågelvägen gånger 1.3 med &lt;b&gt;gånghastigheten&lt;/b&gt;, upp till de &lt;b&gt;längsta gångsträckorna&lt;/b&gt;; ett serviceställe på gångavstånd kan nås till fots. &lt;b&gt;Högsta antal byten&lt;/b&gt; begränsar antalet fordon; resor längre än den &lt;b&gt;längsta restiden&lt;/b&gt; räknas som att de inte når fram.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where public transport service is thin: departures per stop over the day and per hour of a window, and for each population cell the number of distinct trips that leave a stop within walking distance (over the day and in the window) and the walk to the nearest stop. Counted are only departures riders may board (&lt;code&gt;pickup_type&lt;/code&gt; other than 1; 2 and 3, by arrangement, count).&lt;/p&gt;&lt;p&gt;The &lt;b&gt;day&lt;/b&gt; is the chosen date from 00:00 to 24:00 on the clock: the date&apos;s trips and the previous date&apos;s trips that run past 24:00 (a Monday trip at 24:30 is Tuesday 00:30); the date&apos;s own times past 24:00 belong to the next day. A &lt;b&gt;window&lt;/b&gt; whose end is earlier than its start (e.g. 23:00-01:00) crosses midnight and takes the next date&apos;s trips after it; &lt;code&gt;hHH&lt;/code&gt; is the clock hour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;, &lt;b&gt;date&lt;/b&gt;, &lt;b&gt;window&lt;/b&gt; (HH:MM); &lt;b&gt;cells&lt;/b&gt; (optional points or polygons) with the &lt;b&gt;maximum walk&lt;/b&gt; (m, straight line x 1.3) and &lt;b&gt;walking speed&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: stops (EPSG:4326) with &lt;code&gt;dep_day&lt;/code&gt;, &lt;code&gt;dep_window&lt;/code&gt;, &lt;code&gt;hHH&lt;/code&gt;; cells with &lt;code&gt;trips_day&lt;/code&gt;, &lt;code&gt;trips_window&lt;/code&gt;, &lt;code&gt;walk_min&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Var kollektivtrafikens utbud är glest: avgångar per hållplats under dagen och per timme i ett fönster, och för varje befolkningsruta antalet olika turer som avgår från en hållplats på gångavstånd (under dagen och i fönstret) samt gångsträckan till närmaste hållplats. Endast avgångar som resenärer kan stiga på räknas (&lt;code&gt;pickup_type&lt;/code&gt; annat än 1; 2 och 3, efter överenskommelse, räknas).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dagen&lt;/b&gt; är det valda datumet från 00:00 till 24:00 på klockan: datumets turer och föregående dags turer som går efter 24:00 (en måndagstur kl. 24:30 är tisdag 00:30); datumets egna tider efter 24:00 hör till nästa dag. Ett &lt;b&gt;fönster&lt;/b&gt; vars slut är tidigare än början (t.ex. 23:00-01:00) passerar midnatt och tar nästa dags turer efter den; &lt;code&gt;hHH&lt;/code&gt; är klocktimmen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS-data&lt;/b&gt;, &lt;b&gt;datum&lt;/b&gt;, &lt;b&gt;fönster&lt;/b&gt; (HH:MM); &lt;b&gt;rutor&lt;/b&gt; (valfria punkter eller polygoner) med &lt;b&gt;längsta gångsträcka&lt;/b&gt; (m, fågelvägen x 1.3) och &lt;b&gt;gånghastighet&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: hållplatser (EPSG:4326) med &lt;code&gt;dep_day&lt;/code&gt;, &lt;code&gt;dep_window&lt;/code&gt;, &lt;code&gt;hHH&lt;/code&gt;; rutor med &lt;code&gt;trips_day&lt;/code&gt;, &lt;code&gt;trips_window&lt;/code&gt;, &lt;code&gt;walk_min&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Per facility, the areas from which it is reached by public transport (walking included) within each time band, at a chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (50 = a typical departure, 90 = nearly any departure). Travel times are computed on a regular grid of origins (&lt;b&gt;grid spacing&lt;/b&gt;) and traced into band polygons. With a &lt;b&gt;population&lt;/b&gt; layer, each polygon gets the population of the features whose own travel time (same rules) is in the band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Per serviceställe, områdena varifrån det nås med kollektivtrafik (gång inräknad) inom varje tidszon, vid en vald &lt;b&gt;percentil&lt;/b&gt; av restiden över avgångsfönstret (50 = en typisk avgång, 90 = nästan vilken avgång som helst). Restiderna beräknas på ett regelbundet rutnät av startpunkter (&lt;b&gt;rutavstånd&lt;/b&gt;) och ritas upp till zonpolygoner. Med ett &lt;b&gt;befolkningslager&lt;/b&gt; får varje polygon befolkningen i de objekt vars egen restid (samma regler) ligger i zonen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and facility the chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (e.g. 50 = median). The per-facility times are cached for further scenarios.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Restiderna är kollektivtrafikrestider från GTFS: för varje ruta och serviceställe den valda &lt;b&gt;percentilen&lt;/b&gt; av restiden över avgångsfönstret (t.ex. 50 = median). Restiderna per serviceställe cachas för följande scenarier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and site the chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (e.g. 50 = median).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Restiderna är kollektivtrafikrestider från GTFS: för varje ruta och verksamhetsställe den valda &lt;b&gt;percentilen&lt;/b&gt; av restiden över avgångsfönstret (t.ex. 50 = median).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much service capacity per resident each population cell reaches, counting the competition of the other residents for the same sites: the floating catchment indices of PySAL &lt;i&gt;access&lt;/i&gt; 1.1.10, on road travel times from every site to every cell (searches start at the sites; only pairs within the maximum time are kept).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods&lt;/b&gt; (P&lt;sub&gt;i&lt;/sub&gt; population of cell i, S&lt;sub&gt;j&lt;/sub&gt; capacity of site j, d&lt;sub&gt;ij&lt;/sub&gt; minutes, W the weight, only pairs with d&lt;sub&gt;ij&lt;/sub&gt; &amp;le; the maximum time):&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt; (Luo &amp;amp; Wang 2003): R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), W = 1 unless a weight is chosen;&lt;br&gt;&lt;b&gt;E2SFCA&lt;/b&gt; (Luo &amp;amp; Qi 2009): the same with step weights, by default 10:1, 20:0.68, 30:0.22 (minutes:weight, a threshold includes its own minute, 0 beyond the last);&lt;br&gt;&lt;b&gt;3SFCA&lt;/b&gt; (Wan et al. 2012): W becomes G&lt;sub&gt;ij&lt;/sub&gt;W&lt;sub&gt;ij&lt;/sub&gt; with the selection weight G&lt;sub&gt;ij&lt;/sub&gt; = W&lt;sub&gt;ij&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt;W&lt;sub&gt;ik&lt;/sub&gt; over every site within the larger of the maximum time and the last step threshold (as PySAL on a cost table that long: G is taken before the maximum time); default steps 10:0.962, 20:0.704, 30:0.377, 60:0.042;&lt;br&gt;&lt;b&gt;Gravity potential&lt;/b&gt; (no competition, PySAL &lt;i&gt;weighted_catchment&lt;/i&gt;): A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;). 2SFCA with a gaussian or gravity weight and no maximum time is the competition gravity model.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weights&lt;/b&gt;: step (the &lt;b&gt;step weights&lt;/b&gt; text), gaussian W = exp(-d&amp;sup2;/2&amp;sigma;&amp;sup2;) (W(0) = 1), gravity W = (max(d, minimum)/scale)&lt;sup&gt;&amp;alpha;&lt;/sup&gt; (&amp;alpha; as given, e.g. -1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capacity field&lt;/b&gt;: one unit per run (doctor FTE, appointment hours per week, visits per year); without it each site counts 1. &lt;b&gt;Maximum travel time&lt;/b&gt;: 0 = every pair the roads connect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the population layer with &lt;code&gt;acc&lt;/code&gt; (capacity per resident reached), &lt;code&gt;acc_1000&lt;/code&gt; (per 1 000 residents), &lt;code&gt;acc_norm&lt;/code&gt; (acc divided by the population-weighted mean: 1.0 = the area&apos;s average) and &lt;code&gt;reached&lt;/code&gt; (1 when some site is within the maximum time at a positive weight; otherwise acc = 0, where PySAL gives NaN). The sites with &lt;code&gt;weighted_demand&lt;/code&gt; (&amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;W), &lt;code&gt;ratio&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt;; empty when no resident reaches the site, which then adds nothing), &lt;code&gt;ratio_norm&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt; / mean access) and &lt;code&gt;cells&lt;/code&gt; reaching it. A one-row run table: method, maximum time, weight, mode, mean access and the population with normalised access below 0.5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites to close&lt;/b&gt; (ids): the same index without them (their pairs left out): &lt;code&gt;acc_after&lt;/code&gt;, &lt;code&gt;acc_norm_after&lt;/code&gt; (divided by the mean &lt;i&gt;before&lt;/i&gt;, so before and after read on one scale), &lt;code&gt;d_acc&lt;/code&gt;, &lt;code&gt;reached_after&lt;/code&gt;; per site &lt;code&gt;open_after&lt;/code&gt; and &lt;code&gt;ratio_after&lt;/code&gt;; in the run table the mean after and the population below half the mean before, after the closure.&lt;/p&gt;&lt;p&gt;With W = 1 and every site reached, &amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma; S&lt;sub&gt;j&lt;/sub&gt;: capacity is shared out, not created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hur mycket servicekapacitet per invånare varje befolkningsruta når, med hänsyn till de andra invånarnas konkurrens om samma verksamhetsställen: de flytande upptagningsindexen (floating catchment) i PySAL &lt;i&gt;access&lt;/i&gt; 1.1.10, på restider på vägnätet från varje verksamhetsställe till varje ruta (sökningarna startar vid verksamhetsställena; endast par inom den längsta tiden behålls).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Metoder&lt;/b&gt; (P&lt;sub&gt;i&lt;/sub&gt; befolkningen i ruta i, S&lt;sub&gt;j&lt;/sub&gt; kapaciteten vid verksamhetsställe j, d&lt;sub&gt;ij&lt;/sub&gt; minuter, W vikten, endast par med d&lt;sub&gt;ij&lt;/sub&gt; &amp;le; den längsta tiden):&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt; (Luo &amp;amp; Wang 2003): R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), W = 1 om ingen vikt väljs;&lt;br&gt;&lt;b&gt;E2SFCA&lt;/b&gt; (Luo &amp;amp; Qi 2009): samma med stegvikter, som standard 10:1, 20:0.68, 30:0.22 (minuter:vikt, en gräns inkluderar sin egen minut, 0 bortom den sista);&lt;br&gt;&lt;b&gt;3SFCA&lt;/b&gt; (Wan m.fl. 2012): W blir G&lt;sub&gt;ij&lt;/sub&gt;W&lt;sub&gt;ij&lt;/sub&gt; med urvalsvikten G&lt;sub&gt;ij&lt;/sub&gt; = W&lt;sub&gt;ij&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt;W&lt;sub&gt;ik&lt;/sub&gt; över varje verksamhetsställe inom det större av den längsta tiden och den sista steggränsen (som PySAL på en så lång kostnadstabell: G tas före den längsta tiden); standardsteg 10:0.962, 20:0.704, 30:0.377, 60:0.042;&lt;br&gt;&lt;b&gt;Gravitationspotential&lt;/b&gt; (ingen konkurrens, PySAL &lt;i&gt;weighted_catchment&lt;/i&gt;): A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;). 2SFCA med gaussisk vikt eller gravitationsvikt och ingen längsta tid är gravitationsmodellen med konkurrens.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vikter&lt;/b&gt;: steg (texten med &lt;b&gt;stegvikter&lt;/b&gt;), gaussisk W = exp(-d&amp;sup2;/2&amp;sigma;&amp;sup2;) (W(0) = 1), gravitation W = (max(d, minimum)/skala)&lt;sup&gt;&amp;alpha;&lt;/sup&gt; (&amp;alpha; som angivet, t.ex. -1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kapacitetsfält&lt;/b&gt;: en enhet per körning (läkarårsverken, mottagningstimmar per vecka, besök per år); utan det räknas varje verksamhetsställe som 1. &lt;b&gt;Längsta restid&lt;/b&gt;: 0 = alla par som vägarna förbinder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: befolkningslagret med &lt;code&gt;acc&lt;/code&gt; (nådd kapacitet per invånare), &lt;code&gt;acc_1000&lt;/code&gt; (per 1 000 invånare), &lt;code&gt;acc_norm&lt;/code&gt; (acc delat med det befolkningsviktade medelvärdet: 1.0 = områdets genomsnitt) och &lt;code&gt;reached&lt;/code&gt; (1 när något verksamhetsställe ligger inom den längsta tiden med en positiv vikt; annars acc = 0, där PySAL ger NaN). Verksamhetsställena med &lt;code&gt;weighted_demand&lt;/code&gt; (&amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;W), &lt;code&gt;ratio&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt;; tomt när ingen invånare når verksamhetsstället, som då inte bidrar med något), &lt;code&gt;ratio_norm&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt; / genomsnittlig tillgänglighet) och &lt;code&gt;cells&lt;/code&gt; som når det. En körningstabell med en rad: metod, längsta tid, vikt, färdsätt, genomsnittlig tillgänglighet och befolkningen med normaliserad tillgänglighet under 0.5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verksamhetsställen som stängs&lt;/b&gt; (id:n): samma index utan dem (deras par lämnas bort): &lt;code&gt;acc_after&lt;/code&gt;, &lt;code&gt;acc_norm_after&lt;/code&gt; (delat med medelvärdet &lt;i&gt;före&lt;/i&gt;, så att före och efter läses på samma skala), &lt;code&gt;d_acc&lt;/code&gt;, &lt;code&gt;reached_after&lt;/code&gt;; per verksamhetsställe &lt;code&gt;open_after&lt;/code&gt; och &lt;code&gt;ratio_after&lt;/code&gt;; i körningstabellen medelvärdet efter och befolkningen under halva medelvärdet före, efter stängningen.&lt;/p&gt;&lt;p&gt;Med W = 1 och varje verksamhetsställe nått gäller &amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma; S&lt;sub&gt;j&lt;/sub&gt;: kapaciteten fördelas, den skapas inte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and site the chosen &lt;b&gt;percentile&lt;/b&gt; of the door-to-door time over the departure window (50 = median; waiting at the origin and walks included), one timetable profile per site. Pairs slower than the maximum trip time count as not connected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Restiderna är kollektivtrafikrestider från GTFS: för varje ruta och verksamhetsställe den valda &lt;b&gt;percentilen&lt;/b&gt; av dörr-till-dörr-tiden över avgångsfönstret (50 = median; väntan vid startpunkten och gångsträckor inräknade), en tidtabellsprofil per verksamhetsställe. Par långsammare än den längsta restiden räknas som ej förbundna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A health bus, mobile dental or laboratory unit: what its timetable gives a year, whether each day&apos;s route fits the shift, and who lives near its stops.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mobile stops&lt;/b&gt; (points): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;unit_id&lt;/code&gt;. &lt;b&gt;Mobile units&lt;/b&gt; (table): &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;base_id&lt;/code&gt; (depot), &lt;code&gt;visits_per_hour&lt;/code&gt;, &lt;code&gt;staff_per_shift&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;setup_min&lt;/code&gt;. &lt;b&gt;Depots&lt;/b&gt; (points, &lt;code&gt;base_id&lt;/code&gt;). &lt;b&gt;Stop schedule&lt;/b&gt; (table, like a GTFS calendar): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;weekday&lt;/code&gt; (1 Monday ... 7 Sunday), &lt;code&gt;time_start&lt;/code&gt;, &lt;code&gt;time_end&lt;/code&gt; (HH:MM), &lt;code&gt;period_weeks&lt;/code&gt; (1 weekly, 2 every other week...), &lt;code&gt;first_date&lt;/code&gt; (must fall on the weekday), &lt;code&gt;valid_from&lt;/code&gt; (empty = first date), &lt;code&gt;valid_to&lt;/code&gt;, &lt;code&gt;route_day_id&lt;/code&gt; and &lt;code&gt;seq&lt;/code&gt; (order on that route day). Optional &lt;b&gt;holidays&lt;/b&gt; table with a &lt;code&gt;date&lt;/code&gt; field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per stop&lt;/b&gt;: service dates = first_date + k x 7 x period_weeks up to valid_to, from valid_from, minus holidays, in the &lt;b&gt;year&lt;/b&gt;: &lt;code&gt;n_visits_y&lt;/code&gt;; &lt;code&gt;hours_y&lt;/code&gt; = visits x (open minutes - setup) / 60; &lt;code&gt;capacity_y&lt;/code&gt; = hours x visits per hour; &lt;code&gt;staff_hours_y&lt;/code&gt; = hours x staff; &lt;code&gt;interval_days&lt;/code&gt; = 7 x period (with several timetable rows: 1 / their visits per day) and &lt;code&gt;expected_wait_days&lt;/code&gt; = half of it (a need arising at a random time waits on average half an interval); &lt;code&gt;pop_cov&lt;/code&gt; / &lt;code&gt;pop75_cov&lt;/code&gt; = population of the cells within the &lt;b&gt;coverage time&lt;/b&gt; of a stop, each cell counted once, for its nearest stop; &lt;code&gt;capacity_per_1000_cov&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per route day&lt;/b&gt;: depot -&gt; stops in seq order -&gt; depot by road: &lt;code&gt;drive_min&lt;/code&gt;, &lt;code&gt;route_km&lt;/code&gt;, T_day = drive + the stops&apos; opening minutes (&lt;code&gt;t_day_min&lt;/code&gt;), &lt;code&gt;slack_min&lt;/code&gt; = shift - T_day; &lt;code&gt;route_ok&lt;/code&gt; = 1 when T_day fits the shift and, leaving each stop at its closing time, the unit reaches the next stop by its opening time (&lt;code&gt;late&lt;/code&gt; lists the stops it would reach late).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per cell&lt;/b&gt;: &lt;code&gt;mobile_stop&lt;/code&gt; and &lt;code&gt;mobile_min&lt;/code&gt; (nearest stop within the coverage time, else empty), &lt;code&gt;mobile_interval_days&lt;/code&gt;. With &lt;b&gt;fixed sites&lt;/b&gt; and their &lt;b&gt;annual service hours&lt;/b&gt; field, the 2SFCA index (maximum time = &lt;b&gt;accessibility time&lt;/b&gt;) is run on annual staffed hours with and without the stops (a stop&apos;s supply = staff_hours_y): &lt;code&gt;acc_fixed&lt;/code&gt;, &lt;code&gt;acc_with_mobile&lt;/code&gt; and &lt;code&gt;dA_mobile&lt;/code&gt; (hours per resident a year).&lt;/p&gt;&lt;p&gt;The route days and the coverage both use the chosen &lt;b&gt;travel mode&lt;/b&gt; (car: residents&apos; time to a stop is also by car; run again with walking for a walking catchment).&lt;/p&gt;&lt;p&gt;Bad input (impossible times, a first date on the wrong weekday, one unit at two stops at once, a stop without a unit, negative capacities) stops the run with the table, row and value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En hälsobuss, mobil tandvårds- eller laboratorieenhet: vad dess tidtabell ger på ett år, om varje dags rutt ryms i arbetspasset, och vem som bor nära dess hållplatser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mobila hållplatser&lt;/b&gt; (punkter): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;unit_id&lt;/code&gt;. &lt;b&gt;Mobila enheter&lt;/b&gt; (tabell): &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;base_id&lt;/code&gt; (depå), &lt;code&gt;visits_per_hour&lt;/code&gt;, &lt;code&gt;staff_per_shift&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;setup_min&lt;/code&gt;. &lt;b&gt;Depåer&lt;/b&gt; (punkter, &lt;code&gt;base_id&lt;/code&gt;). &lt;b&gt;Hållplatsschema&lt;/b&gt; (tabell, som en GTFS-kalender): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;weekday&lt;/code&gt; (1 måndag ... 7 söndag), &lt;code&gt;time_start&lt;/code&gt;, &lt;code&gt;time_end&lt;/code&gt; (HH:MM), &lt;code&gt;period_weeks&lt;/code&gt; (1 varje vecka, 2 varannan vecka...), &lt;code&gt;first_date&lt;/code&gt; (måste infalla på veckodagen), &lt;code&gt;valid_from&lt;/code&gt; (tomt = första datum), &lt;code&gt;valid_to&lt;/code&gt;, &lt;code&gt;route_day_id&lt;/code&gt; och &lt;code&gt;seq&lt;/code&gt; (ordningen den ruttdagen). Valfri tabell över &lt;b&gt;helgdagar&lt;/b&gt; med ett &lt;code&gt;date&lt;/code&gt;-fält.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per hållplats&lt;/b&gt;: servicedagar = first_date + k x 7 x period_weeks fram till valid_to, från valid_from, minus helgdagar, under &lt;b&gt;året&lt;/b&gt;: &lt;code&gt;n_visits_y&lt;/code&gt;; &lt;code&gt;hours_y&lt;/code&gt; = besök x (öppna minuter - förberedelse) / 60; &lt;code&gt;capacity_y&lt;/code&gt; = timmar x besök per timme; &lt;code&gt;staff_hours_y&lt;/code&gt; = timmar x personal; &lt;code&gt;interval_days&lt;/code&gt; = 7 x period (med flera tidtabellsrader: 1 / deras besök per dag) och &lt;code&gt;expected_wait_days&lt;/code&gt; = hälften av det (ett behov som uppstår vid en slumpmässig tidpunkt väntar i genomsnitt ett halvt intervall); &lt;code&gt;pop_cov&lt;/code&gt; / &lt;code&gt;pop75_cov&lt;/code&gt; = befolkningen i rutorna inom en hållplats &lt;b&gt;täckningstid&lt;/b&gt;, varje ruta räknad en gång, för sin närmaste hållplats; &lt;code&gt;capacity_per_1000_cov&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per ruttdag&lt;/b&gt;: depå -&gt; hållplatser i seq-ordning -&gt; depå på vägnätet: &lt;code&gt;drive_min&lt;/code&gt;, &lt;code&gt;route_km&lt;/code&gt;, T_dag = körning + hållplatsernas öppna minuter (&lt;code&gt;t_day_min&lt;/code&gt;), &lt;code&gt;slack_min&lt;/code&gt; = arbetspass - T_dag; &lt;code&gt;route_ok&lt;/code&gt; = 1 när T_dag ryms i arbetspasset och enheten, när den lämnar varje hållplats vid dess stängningstid, når nästa hållplats senast vid dess öppningstid (&lt;code&gt;late&lt;/code&gt; listar hållplatserna den skulle komma för sent till).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per ruta&lt;/b&gt;: &lt;code&gt;mobile_stop&lt;/code&gt; och &lt;code&gt;mobile_min&lt;/code&gt; (närmaste hållplats inom täckningstiden, annars tomt), &lt;code&gt;mobile_interval_days&lt;/code&gt;. Med &lt;b&gt;fasta verksamhetsställen&lt;/b&gt; och deras fält för &lt;b&gt;årliga servicetimmar&lt;/b&gt; körs 2SFCA-indexet (längsta tid = &lt;b&gt;tillgänglighetstid&lt;/b&gt;) på årliga bemannade timmar med och utan hållplatserna (en hållplats utbud = staff_hours_y): &lt;code&gt;acc_fixed&lt;/code&gt;, &lt;code&gt;acc_with_mobile&lt;/code&gt; och &lt;code&gt;dA_mobile&lt;/code&gt; (timmar per invånare och år).&lt;/p&gt;&lt;p&gt;Ruttdagarna och täckningen använder båda det valda &lt;b&gt;färdsättet&lt;/b&gt; (bil: invånarnas tid till en hållplats räknas också med bil; kör igen med gång för ett upptagningsområde till fots).&lt;/p&gt;&lt;p&gt;Felaktig indata (omöjliga tider, ett första datum på fel veckodag, en enhet vid två hållplatser samtidigt, en hållplats utan enhet, negativa kapaciteter) stoppar körningen med tabell, rad och värde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much of home-care staff time goes to driving from each base, how many FTE are needed, and what changes when bases close.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Home-care bases&lt;/b&gt; (points): &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;vehicle_cost_per_km&lt;/code&gt;. &lt;b&gt;Demand grid&lt;/b&gt; (aggregate cells, no client points): &lt;code&gt;clients&lt;/code&gt;, &lt;code&gt;visits_per_week&lt;/code&gt;, &lt;code&gt;mean_visit_min&lt;/code&gt;, &lt;code&gt;share_two_staff&lt;/code&gt; (0-1). Without a &lt;code&gt;clients&lt;/code&gt; field give the &lt;b&gt;coverage by age group&lt;/b&gt; (field=share, e.g. &lt;code&gt;ika_75_84=0.1,ika_85_=0.3&lt;/code&gt;): clients = &amp;Sigma; persons x share, visits = clients x 9 a week and 29.6 min a visit (THL time study: about 9 visits and 38 min of care a day per client), one carer.&lt;/p&gt;&lt;p&gt;Each cell goes to its nearest base by road (from the base), or to the base of its &lt;b&gt;care area field&lt;/b&gt; when given (an empty value: the nearest base; when that base closes, the nearest open one). &lt;b&gt;Star&lt;/b&gt;: a visit costs the round trip, &amp;tau; = 2 t(base, cell). &lt;b&gt;Route&lt;/b&gt; (default): the weekly visits are spread evenly over 7 days; per base and day they are chained nearest-neighbour into routes of at most the shift (drive + care), each improved by 2-opt; &amp;tau; = route drive / visits on it (a cell with under half a visit a week uses the star figure).&lt;/p&gt;&lt;p&gt;Per base: weekly staff minutes M = &amp;Sigma; v (1 + two)(visit min + &amp;tau;) (both carers drive and care when two are needed): &lt;code&gt;care_min_wk&lt;/code&gt;, &lt;code&gt;drive_min_wk&lt;/code&gt;, &lt;code&gt;drive_share&lt;/code&gt; = drive / M, &lt;code&gt;direct_share&lt;/code&gt; = 1 - drive share - indirect share, &lt;code&gt;fte_needed&lt;/code&gt; = 52 M / 60 / (productive hours per FTE-year x (1 - indirect share)), &lt;code&gt;km_year&lt;/code&gt; = 52 x weekly km (routes, or 2 x distance x visits for star), &lt;code&gt;vehicle_cost_year&lt;/code&gt;. Per cell: &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;drive_min_oneway&lt;/code&gt;, &lt;code&gt;tau_min&lt;/code&gt;. &lt;b&gt;Bases to close&lt;/b&gt; (ids, comma separated): the same run without them, and a comparison table per base (before, after, change; last row the total).&lt;/p&gt;&lt;p&gt;Plausibility (THL Aikamittaus 2022): client-facing share 36-56 % by unit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hur stor del av hemvårdspersonalens tid som går till körning från varje bas, hur många årsverken som behövs och vad som ändras när baser stängs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hemvårdens baser&lt;/b&gt; (punkter): &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;vehicle_cost_per_km&lt;/code&gt;. &lt;b&gt;Efterfrågerutnät&lt;/b&gt; (aggregerade rutor, inga klientpunkter): &lt;code&gt;clients&lt;/code&gt;, &lt;code&gt;visits_per_week&lt;/code&gt;, &lt;code&gt;mean_visit_min&lt;/code&gt;, &lt;code&gt;share_two_staff&lt;/code&gt; (0-1). Utan ett &lt;code&gt;clients&lt;/code&gt;-fält anges &lt;b&gt;täckningen per åldersgrupp&lt;/b&gt; (fält=andel, t.ex. &lt;code&gt;ika_75_84=0.1,ika_85_=0.3&lt;/code&gt;): klienter = &amp;Sigma; personer x andel, besök = klienter x 9 i veckan och 29.6 min per besök (THL:s tidsstudie: cirka 9 besök och 38 min vård per dag och klient), en vårdare.&lt;/p&gt;&lt;p&gt;Varje ruta går till sin närmaste bas på vägnätet (räknat från basen), eller till basen i sitt &lt;b&gt;vårdområdesfält&lt;/b&gt; när det anges (ett tomt värde: närmaste bas; när den basen stängs, den närmaste öppna). &lt;b&gt;Stjärna&lt;/b&gt;: ett besök kostar resan tur och retur, &amp;tau; = 2 t(bas, ruta). &lt;b&gt;Rutt&lt;/b&gt; (standard): veckans besök sprids jämnt över 7 dagar; per bas och dag kedjas de med närmaste granne till rutter på högst ett arbetspass (körning + vård), var och en förbättrad med 2-opt; &amp;tau; = ruttens körtid / besöken på den (en ruta med under ett halvt besök i veckan använder stjärnans tal).&lt;/p&gt;&lt;p&gt;Per bas: personalminuter per vecka M = &amp;Sigma; v (1 + två)(besöksminuter + &amp;tau;) (båda vårdarna kör och vårdar när två behövs): &lt;code&gt;care_min_wk&lt;/code&gt;, &lt;code&gt;drive_min_wk&lt;/code&gt;, &lt;code&gt;drive_share&lt;/code&gt; = körning / M, &lt;code&gt;direct_share&lt;/code&gt; = 1 - körandel - indirekt andel, &lt;code&gt;fte_needed&lt;/code&gt; = 52 M / 60 / (produktiva timmar per årsverke x (1 - indirekt andel)), &lt;code&gt;km_year&lt;/code&gt; = 52 x km per vecka (rutter, eller 2 x avstånd x besök för stjärna), &lt;code&gt;vehicle_cost_year&lt;/code&gt;. Per ruta: &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;drive_min_oneway&lt;/code&gt;, &lt;code&gt;tau_min&lt;/code&gt;. &lt;b&gt;Baser som stängs&lt;/b&gt; (id:n, kommaseparerade): samma körning utan dem, och en jämförelsetabell per bas (före, efter, förändring; sista raden totalen).&lt;/p&gt;&lt;p&gt;Rimlighet (THL Aikamittaus 2022): andelen tid med klienten 36-56 % beroende på enhet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where remote services can realistically replace a trip, given connections and age, and how much physical demand that removes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population grid&lt;/b&gt; with a &lt;b&gt;grid id field&lt;/b&gt; and persons per age group. &lt;b&gt;Broadband table&lt;/b&gt; (Traficom-style, per grid cell): &lt;code&gt;grid_id&lt;/code&gt;, &lt;code&gt;hh_total&lt;/code&gt;, &lt;code&gt;hh_fixed_100M&lt;/code&gt; (households with &amp;ge; 100 Mbit/s fixed availability), &lt;code&gt;mob_cov&lt;/code&gt; (0-1). A cell without a row is an error unless a &lt;b&gt;default connectivity&lt;/b&gt; is given (e.g. the municipal household share when only municipal figures exist); such cells get &lt;code&gt;bb_source&lt;/code&gt; = default.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Digital readiness&lt;/b&gt; (age field=share using the internet, e.g. &lt;code&gt;ika_15_64=0.98,ika_65_74=0.78,ika_75_=0.40&lt;/code&gt;; Statistics Finland ICT use survey) and &lt;b&gt;remote share&lt;/b&gt; per service type (e.g. &lt;code&gt;gp=0.3,nurse=0.2&lt;/code&gt;; the share of visits clinically fit for remote care).&lt;/p&gt;&lt;p&gt;Connectivity b = hh_fixed_100M / hh_total (&lt;i&gt;fixed&lt;/i&gt;; 0 without households), mob_cov (&lt;i&gt;mobile&lt;/i&gt;) or the larger (&lt;i&gt;max&lt;/i&gt;). Per cell and service k: &lt;code&gt;sigma_k&lt;/code&gt; = s&lt;sub&gt;k&lt;/sub&gt; b &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt;/P) r&lt;sub&gt;a&lt;/sub&gt;; &lt;code&gt;demand_phys_k&lt;/code&gt; = demand x (1 - sigma_k) (demand = the &lt;b&gt;demand field&lt;/b&gt;, else the persons of the age fields): the input for the accessibility index; &lt;code&gt;dig_excluded&lt;/code&gt; = &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; P&lt;sub&gt;a&lt;/sub&gt; (1 - r&lt;sub&gt;a&lt;/sub&gt; b), persons unlikely to use remote care, and &lt;code&gt;dig_excl_share&lt;/code&gt; of the cell&apos;s persons. The county table gives, per service, the visits shifted a year (visits field x sigma), one-way trips avoided (2 per visit) and the excluded persons in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Var distanstjänster realistiskt kan ersätta en resa, givet uppkoppling och ålder, och hur mycket fysisk efterfrågan det tar bort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Befolkningsrutnät&lt;/b&gt; med ett &lt;b&gt;id-fält för rutan&lt;/b&gt; och personer per åldersgrupp. &lt;b&gt;Bredbandstabell&lt;/b&gt; (i Traficoms stil, per ruta): &lt;code&gt;grid_id&lt;/code&gt;, &lt;code&gt;hh_total&lt;/code&gt;, &lt;code&gt;hh_fixed_100M&lt;/code&gt; (hushåll med tillgång till fast uppkoppling &amp;ge; 100 Mbit/s), &lt;code&gt;mob_cov&lt;/code&gt; (0-1). En ruta utan rad är ett fel om ingen &lt;b&gt;standarduppkoppling&lt;/b&gt; anges (t.ex. kommunens hushållsandel när endast kommunala tal finns); sådana rutor får &lt;code&gt;bb_source&lt;/code&gt; = default.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Digital beredskap&lt;/b&gt; (åldersfält=andel som använder internet, t.ex. &lt;code&gt;ika_15_64=0.98,ika_65_74=0.78,ika_75_=0.40&lt;/code&gt;; Statistikcentralens undersökning om användning av informations- och kommunikationsteknik) och &lt;b&gt;andel distanstjänster&lt;/b&gt; per servicetyp (t.ex. &lt;code&gt;gp=0.3,nurse=0.2&lt;/code&gt;; andelen besök som kliniskt lämpar sig för distansvård).&lt;/p&gt;&lt;p&gt;Uppkoppling b = hh_fixed_100M / hh_total (&lt;i&gt;fast&lt;/i&gt;; 0 utan hushåll), mob_cov (&lt;i&gt;mobil&lt;/i&gt;) eller den större (&lt;i&gt;max&lt;/i&gt;). Per ruta och tjänst k: &lt;code&gt;sigma_k&lt;/code&gt; = s&lt;sub&gt;k&lt;/sub&gt; b &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt;/P) r&lt;sub&gt;a&lt;/sub&gt;; &lt;code&gt;demand_phys_k&lt;/code&gt; = efterfrågan x (1 - sigma_k) (efterfrågan = &lt;b&gt;efterfrågefältet&lt;/b&gt;, annars personerna i åldersfälten): indata för tillgänglighetsindexet; &lt;code&gt;dig_excluded&lt;/code&gt; = &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; P&lt;sub&gt;a&lt;/sub&gt; (1 - r&lt;sub&gt;a&lt;/sub&gt; b), personer som sannolikt inte använder distansvård, och &lt;code&gt;dig_excl_share&lt;/code&gt; av rutans personer. Välfärdsområdets tabell ger, per tjänst, de besök som flyttas per år (besöksfält x sigma), undvikna enkelresor (2 per besök) och de utestängda personerna totalt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a closure, who is still served, and by which channel: the fixed sites, a mobile stop or remote (digital) service.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cells&lt;/b&gt;: one layer with the minutes to the nearest fixed site &lt;b&gt;before&lt;/b&gt; and &lt;b&gt;after&lt;/b&gt; (e.g. &lt;code&gt;min_before&lt;/code&gt; / &lt;code&gt;min_after&lt;/code&gt; of the Facility closure impact), optionally the minutes to the nearest &lt;b&gt;mobile stop&lt;/b&gt; (&lt;code&gt;mobile_min&lt;/code&gt; of Mobile service units; empty = none within its coverage time) and the &lt;b&gt;remote share&lt;/b&gt; (&lt;code&gt;sigma_&amp;lt;service&amp;gt;&lt;/code&gt; of the Digital channel). Run those algorithms one after the other on the same cells: each adds its fields to the layer it is given.&lt;/p&gt;&lt;p&gt;A cell is served by the fixed channel within the &lt;b&gt;fixed-site limit&lt;/b&gt;, by the mobile channel within the &lt;b&gt;mobile limit&lt;/b&gt;, digitally when its remote share is above 0; &lt;code&gt;best_before&lt;/code&gt; / &lt;code&gt;best_after&lt;/code&gt; is the first of fixed, mobile, digital that serves it, else none. &lt;code&gt;lost_fixed&lt;/code&gt; = 1 when the closure takes its fixed site beyond the limit; &lt;code&gt;comp_mobile&lt;/code&gt; = 1 when a mobile stop serves such a cell; &lt;code&gt;comp_remote&lt;/code&gt; = the remote share of a lost cell the bus does not serve.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt;: population losing the fixed site; of whom near a mobile stop; of the rest, demand that can go remote (persons x remote share); left uncompensated; each also as a share of the lost; and the population by best channel before and after.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Efter en stängning, vem som fortfarande betjänas, och genom vilken kanal: de fasta verksamhetsställena, en mobil hållplats eller distanstjänst (digital tjänst).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rutor&lt;/b&gt;: ett lager med minuterna till närmaste fasta verksamhetsställe &lt;b&gt;före&lt;/b&gt; och &lt;b&gt;efter&lt;/b&gt; (t.ex. &lt;code&gt;min_before&lt;/code&gt; / &lt;code&gt;min_after&lt;/code&gt; från Konsekvenser av att stänga serviceställen), valfritt minuterna till närmaste &lt;b&gt;mobila hållplats&lt;/b&gt; (&lt;code&gt;mobile_min&lt;/code&gt; från Mobila serviceenheter; tomt = ingen inom dess täckningstid) och &lt;b&gt;andelen distanstjänster&lt;/b&gt; (&lt;code&gt;sigma_&amp;lt;service&amp;gt;&lt;/code&gt; från Digital kanal). Kör de algoritmerna efter varandra på samma rutor: var och en lägger till sina fält i lagret den får.&lt;/p&gt;&lt;p&gt;En ruta betjänas av den fasta kanalen inom &lt;b&gt;gränsen för fast verksamhetsställe&lt;/b&gt;, av den mobila kanalen inom &lt;b&gt;den mobila gränsen&lt;/b&gt;, digitalt när dess andel distanstjänster är över 0; &lt;code&gt;best_before&lt;/code&gt; / &lt;code&gt;best_after&lt;/code&gt; är den första av fast, mobil, digital som betjänar den, annars ingen. &lt;code&gt;lost_fixed&lt;/code&gt; = 1 när stängningen flyttar dess fasta verksamhetsställe bortom gränsen; &lt;code&gt;comp_mobile&lt;/code&gt; = 1 när en mobil hållplats betjänar en sådan ruta; &lt;code&gt;comp_remote&lt;/code&gt; = andelen distanstjänster för en förlorad ruta som bussen inte betjänar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sammanfattning&lt;/b&gt;: befolkning som förlorar sitt fasta verksamhetsställe; varav nära en mobil hållplats; av resten, efterfrågan som kan gå över till distans (personer x andel distanstjänster); utan kompensation; var och en även som andel av de förlorade; och befolkningen efter bästa kanal före och efter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Projects a population grid by age to target years (e.g. 2025-2030) with a municipal population projection, so that demand can be judged for the year a decision takes effect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population grid&lt;/b&gt;: Statistics Finland's grid as published (1 km or 250 m; &lt;code&gt;vaesto&lt;/code&gt; and age fields &lt;code&gt;ika_0_14&lt;/code&gt;, &lt;code&gt;ika_15_64&lt;/code&gt;, &lt;code&gt;ika_65_&lt;/code&gt;, or finer ones named &lt;code&gt;ika_LO_HI&lt;/code&gt;). Cells with fewer than 10 residents have their age fields masked as -1: they get the cell's total spread by the municipality's age shares of the base year; a -1 is never counted as a person. Each cell belongs to a municipality: a &lt;b&gt;municipality field&lt;/b&gt; of the grid (codes such as &lt;code&gt;091&lt;/code&gt;) or a &lt;b&gt;municipality layer&lt;/b&gt; (polygons, code field) that contains the cell's centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Projection table&lt;/b&gt;: Statistics Finland's projection by municipality and single year of age (table 14wx exported from PxWeb: columns Alue, Ikä, Sukupuoli, Vuosi and the population; English headers municipality, age, year, population work too). Only the both-sexes rows are used. The &lt;b&gt;base year&lt;/b&gt; must be in it (the grid's year) as well as every target year.&lt;/p&gt;&lt;p&gt;What is computed, per cell, age group and year T: the grid's groups, with 65+ split into 65-74, 75-84 and 85+ by the municipality's shares of the base year; then P(T) = P(base) x projection(municipality, group, T) / projection(municipality, group, base). With &lt;b&gt;rake&lt;/b&gt; on (default; for grids covering whole municipalities) the cells are scaled so that each municipality's grid sum equals the projection exactly; switch it off when the grid covers only part of a municipality. &lt;b&gt;Use rates&lt;/b&gt; (visits per person and year by group, e.g. &lt;code&gt;0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9&lt;/code&gt;) give the need-weighted demand &lt;code&gt;need_YEAR&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the grid with &lt;code&gt;pop_GROUP_YEAR&lt;/code&gt; (expected persons, not rounded) and &lt;code&gt;need_YEAR&lt;/code&gt;; a check table per municipality, group and year with the grid's base sum, the municipality's base population, the grid's projected sum and the projection (the difference is 0 after raking).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skriver fram ett befolkningsrutnät efter ålder till målår (t.ex. 2025-2030) med en kommunal befolkningsprognos, så att efterfrågan kan bedömas för det år ett beslut träder i kraft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Befolkningsrutnät&lt;/b&gt;: Statistikcentralens rutnät som publicerat (1 km eller 250 m; &lt;code&gt;vaesto&lt;/code&gt; och åldersfälten &lt;code&gt;ika_0_14&lt;/code&gt;, &lt;code&gt;ika_15_64&lt;/code&gt;, &lt;code&gt;ika_65_&lt;/code&gt;, eller finare med namnet &lt;code&gt;ika_LO_HI&lt;/code&gt;). Rutor med färre än 10 invånare har sina åldersfält maskerade som -1: de får rutans total fördelad enligt kommunens åldersandelar för basåret; ett -1 räknas aldrig som en person. Varje ruta hör till en kommun: ett &lt;b&gt;kommunfält&lt;/b&gt; i rutnätet (koder som &lt;code&gt;091&lt;/code&gt;) eller ett &lt;b&gt;kommunlager&lt;/b&gt; (polygoner, kodfält) som innehåller rutans mittpunkt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prognostabell&lt;/b&gt;: Statistikcentralens prognos per kommun och ettårig ålder (tabell 14wx exporterad från PxWeb: kolumnerna Alue, Ikä, Sukupuoli, Vuosi och befolkningen; engelska rubriker municipality, age, year, population fungerar också). Endast raderna för båda könen används. &lt;b&gt;Basåret&lt;/b&gt; måste finnas i den (rutnätets år) liksom varje målår.&lt;/p&gt;&lt;p&gt;Vad som beräknas, per ruta, åldersgrupp och år T: rutnätets grupper, med 65+ uppdelat i 65-74, 75-84 och 85+ enligt kommunens andelar för basåret; sedan P(T) = P(bas) x prognos(kommun, grupp, T) / prognos(kommun, grupp, bas). Med &lt;b&gt;anpassning&lt;/b&gt; påslagen (standard; för rutnät som täcker hela kommuner) skalas rutorna så att varje kommuns rutnätssumma är exakt lika med prognosen; stäng av den när rutnätet täcker endast en del av en kommun. &lt;b&gt;Användningsgrader&lt;/b&gt; (besök per person och år per grupp, t.ex. &lt;code&gt;0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9&lt;/code&gt;) ger den behovsviktade efterfrågan &lt;code&gt;need_YEAR&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: rutnätet med &lt;code&gt;pop_GROUP_YEAR&lt;/code&gt; (förväntade personer, inte avrundade) och &lt;code&gt;need_YEAR&lt;/code&gt;; en kontrolltabell per kommun, grupp och år med rutnätets bassumma, kommunens basbefolkning, rutnätets prognostiserade summa och prognosen (skillnaden är 0 efter anpassningen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What a network scenario costs per year, for the county and for its clients (with Kela&apos;s share of their travel), and the net present value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Site costs&lt;/b&gt; (table, one row per site): &lt;code&gt;site_id&lt;/code&gt;, and any of &lt;code&gt;owned&lt;/code&gt;, &lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;lease_end&lt;/code&gt;, &lt;code&gt;notice_months&lt;/code&gt;, &lt;code&gt;renewal_rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;, &lt;code&gt;repair_backlog_eur&lt;/code&gt;, &lt;code&gt;invest_year&lt;/code&gt;, &lt;code&gt;residual_value_eur&lt;/code&gt;. Dates as 2027-06-30 or 30.6.2027. &lt;b&gt;Scenario&lt;/b&gt; (table): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;action&lt;/code&gt; (keep, close or open; a move is a close and an open), &lt;code&gt;effective_date&lt;/code&gt; and optionally &lt;code&gt;exit_cost_eur&lt;/code&gt;; without it every site is kept. Sites to be opened are rows of the site costs too.&lt;/p&gt;&lt;p&gt;What is computed: a site is active from its opening to its closing; a day counts 1/(12 x days of its month) of an annual amount, so a whole month is a twelfth. A closure takes effect at the later of its date and the lease end (fixed-term lease), after the notice period (open-ended lease, no lease end) or on its date (owned sites, or when an exit cost is given: it falls in that year). After a kept site&apos;s lease end the renewal rent applies (the old rent when none is given). Operating costs = m2 x opex per m2 while active. The repair backlog falls in its investment year if the site is active on 1 January of that year. &lt;b&gt;Staff&lt;/b&gt; (table: &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;, &lt;code&gt;eur_per_fte_year&lt;/code&gt;): while a site is active; the staff of a closed site move with its clients and their cost goes on. &lt;b&gt;Mobile units&lt;/b&gt; (table: &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;vehicle_eur_year&lt;/code&gt;, &lt;code&gt;fixed_eur_year&lt;/code&gt;, &lt;code&gt;eur_per_km&lt;/code&gt;, &lt;code&gt;km_year&lt;/code&gt;, &lt;code&gt;staff_eur_year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Client travel&lt;/b&gt; (optional layer, e.g. the closure impact&apos;s cells): population and one-way distance in km to the site used, and visits per person and year. Each visit is two one-way trips at Kela&apos;s own-car rate per km (the cheapest mode), split per person and year: the client pays min(trips x min(trip cost, deductible), annual ceiling), Kela the rest; cells that reach no site are left out. Tariffs come from the &lt;b&gt;parameter table&lt;/b&gt; (&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;value&lt;/code&gt;, &lt;code&gt;valid_from&lt;/code&gt;: &lt;code&gt;kela_deductible&lt;/code&gt;, &lt;code&gt;kela_ceiling&lt;/code&gt;, &lt;code&gt;car_eur_per_km&lt;/code&gt;), the values in force on 1 July of each year; the bundled table (resources/parameters/finland.csv) holds Kela&apos;s tariffs with sources.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NPV&lt;/b&gt; = sum over the years of cost / (1 + r)^(year - first year) less the residual value of the sites active at the end, discounted from the last year; the county view counts county costs, the societal view adds clients&apos; and Kela&apos;s travel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: yearly table (rent, opex, invest, exit, staff, mobile, client_travel, kela_travel, county_total, societal_total), the same per site, and the NPV of both views.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vad ett nätscenario kostar per år, för välfärdsområdet och för dess klienter (med FPA:s andel av deras resor), och nuvärdet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verksamhetsställenas kostnader&lt;/b&gt; (tabell, en rad per verksamhetsställe): &lt;code&gt;site_id&lt;/code&gt;, och något av &lt;code&gt;owned&lt;/code&gt;, &lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;lease_end&lt;/code&gt;, &lt;code&gt;notice_months&lt;/code&gt;, &lt;code&gt;renewal_rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;, &lt;code&gt;repair_backlog_eur&lt;/code&gt;, &lt;code&gt;invest_year&lt;/code&gt;, &lt;code&gt;residual_value_eur&lt;/code&gt;. Datum som 2027-06-30 eller 30.6.2027. &lt;b&gt;Scenario&lt;/b&gt; (tabell): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;action&lt;/code&gt; (keep, close eller open; en flytt är en stängning och en öppning), &lt;code&gt;effective_date&lt;/code&gt; och valfritt &lt;code&gt;exit_cost_eur&lt;/code&gt;; utan det behålls alla verksamhetsställen. Verksamhetsställen som ska öppnas är också rader i kostnadstabellen.&lt;/p&gt;&lt;p&gt;Vad som beräknas: ett verksamhetsställe är aktivt från öppningen till stängningen; en dag räknas som 1/(12 x dagarna i månaden) av ett årsbelopp, så en hel månad är en tolftedel. En stängning träder i kraft vid det senare av sitt datum och hyresavtalets slut (tidsbundet hyresavtal), efter uppsägningstiden (tillsvidareavtal, inget slutdatum) eller på sitt datum (ägda verksamhetsställen, eller när en utträdeskostnad anges: den faller det året). Efter ett behållet verksamhetsställes hyresavtals slut gäller den förnyade hyran (den gamla hyran när ingen anges). Driftskostnader = m2 x driftskostnad per m2 under den aktiva tiden. Reparationsskulden faller på sitt investeringsår om verksamhetsstället är aktivt den 1 januari det året. &lt;b&gt;Personal&lt;/b&gt; (tabell: &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;, &lt;code&gt;eur_per_fte_year&lt;/code&gt;): medan ett verksamhetsställe är aktivt; personalen vid ett stängt verksamhetsställe följer med klienterna och kostnaden fortsätter. &lt;b&gt;Mobila enheter&lt;/b&gt; (tabell: &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;vehicle_eur_year&lt;/code&gt;, &lt;code&gt;fixed_eur_year&lt;/code&gt;, &lt;code&gt;eur_per_km&lt;/code&gt;, &lt;code&gt;km_year&lt;/code&gt;, &lt;code&gt;staff_eur_year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Klienternas resor&lt;/b&gt; (valfritt lager, t.ex. stängningsanalysens rutor): befolkning och enkel resväg i km till det verksamhetsställe som används, samt besök per person och år. Varje besök är två enkelresor enligt FPA:s ersättning för egen bil per km (det billigaste färdsättet), fördelat per person och år: klienten betalar min(resor x min(resans kostnad, självrisk), årlig självriskgräns), FPA resten; rutor som inte når något verksamhetsställe lämnas bort. Taxorna kommer från &lt;b&gt;parametertabellen&lt;/b&gt; (&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;value&lt;/code&gt;, &lt;code&gt;valid_from&lt;/code&gt;: &lt;code&gt;kela_deductible&lt;/code&gt;, &lt;code&gt;kela_ceiling&lt;/code&gt;, &lt;code&gt;car_eur_per_km&lt;/code&gt;), de värden som gäller den 1 juli varje år; den medföljande tabellen (resources/parameters/finland.csv) innehåller FPA:s taxor med källor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuvärde&lt;/b&gt; = summan över åren av kostnad / (1 + r)^(år - första år) minus restvärdet av de verksamhetsställen som är aktiva i slutet, diskonterat från det sista året; välfärdsområdets perspektiv räknar välfärdsområdets kostnader, samhällsperspektivet lägger till klienternas och FPA:s resor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: årstabell (rent, opex, invest, exit, staff, mobile, client_travel, kela_travel, county_total, societal_total), samma per verksamhetsställe, och nuvärdet för båda perspektiven.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the staff&apos;s journeys to work change when sites close and their staff move to another site, and how many would then commute longer than a limit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Staff homes&lt;/b&gt; (table): &lt;code&gt;area_id&lt;/code&gt; (a grid cell or postal area: aggregated counts, never personal addresses), &lt;code&gt;site_id&lt;/code&gt; (where they work now), &lt;code&gt;staff&lt;/code&gt; (count) and optionally &lt;code&gt;profession&lt;/code&gt;. &lt;b&gt;Travel times&lt;/b&gt;: a long table &lt;code&gt;origin_id&lt;/code&gt; (home area), &lt;code&gt;dest_id&lt;/code&gt; (site), &lt;code&gt;time_min&lt;/code&gt;, e.g. the OD matrix algorithm&apos;s output from the home areas to the sites; a pair missing from it counts as unreachable (over any limit). &lt;b&gt;Merged sites&lt;/b&gt;: &lt;code&gt;closed&amp;gt;receiving&lt;/code&gt; pairs such as &lt;code&gt;HC3&amp;gt;HC1, HC7&amp;gt;HC2&lt;/code&gt;; or leave it empty and give the closure impact&apos;s &lt;b&gt;flow table&lt;/b&gt;: the staff then follow the site that takes most of the closed site&apos;s clients.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per site (and profession) the staff, the site they work at after, the mean commute before and after (of those who can reach it) and the staff commuting longer than the limit before and after; and the same per home area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hur personalens arbetsresor ändras när verksamhetsställen stängs och deras personal flyttar till ett annat verksamhetsställe, och hur många som då skulle pendla längre än en gräns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Personalens bostäder&lt;/b&gt; (tabell): &lt;code&gt;area_id&lt;/code&gt; (en ruta eller ett postnummerområde: aggregerade antal, aldrig personliga adresser), &lt;code&gt;site_id&lt;/code&gt; (där de arbetar nu), &lt;code&gt;staff&lt;/code&gt; (antal) och valfritt &lt;code&gt;profession&lt;/code&gt;. &lt;b&gt;Restider&lt;/b&gt;: en lång tabell &lt;code&gt;origin_id&lt;/code&gt; (bostadsområde), &lt;code&gt;dest_id&lt;/code&gt; (verksamhetsställe), &lt;code&gt;time_min&lt;/code&gt;, t.ex. resultatet av start–mål-matrisen från bostadsområdena till verksamhetsställena; ett par som saknas räknas som onåbart (över varje gräns). &lt;b&gt;Sammanslagna verksamhetsställen&lt;/b&gt;: par &lt;code&gt;stängt&amp;gt;mottagande&lt;/code&gt; som &lt;code&gt;HC3&amp;gt;HC1, HC7&amp;gt;HC2&lt;/code&gt;; eller lämna tomt och ange stängningsanalysens &lt;b&gt;flödestabell&lt;/b&gt;: personalen följer då det verksamhetsställe som tar emot flest av det stängda verksamhetsställets klienter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: per verksamhetsställe (och yrke) personalen, verksamhetsstället där de arbetar efteråt, den genomsnittliga arbetsresan före och efter (för dem som kan nå det) och den personal som pendlar längre än gränsen före och efter; och detsamma per bostadsområde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>health stations, OSM roads (&lt;code&gt;highway&lt;/code&gt;), mode walk, bands 5,10,15, type per facility.</source>
        <translation>hälsostationer, OSM-vägar (&lt;code&gt;highway&lt;/code&gt;), färdsätt gång, zoner 5,10,15, typ per serviceställe.</translation>
    </message>
    <message>
        <source>population grid, health stations, roads (OSM, field &lt;code&gt;highway&lt;/code&gt;), mode car, bands 10,20,30.</source>
        <translation>befolkningsrutnät, hälsostationer, vägar (OSM, fält &lt;code&gt;highway&lt;/code&gt;), färdsätt bil, zoner 10,20,30.</translation>
    </message>
    <message>
        <source>population grid as origins, health stations as destinations, OSM roads, mode car, k = 3: the three nearest stations of every cell with minutes and metres.</source>
        <translation>befolkningsrutnät som startpunkter, hälsostationer som mål, OSM-vägar, färdsätt bil, k = 3: varje rutas tre närmaste stationer med minuter och meter.</translation>
    </message>
    <message>
        <source>OSM roads with class field highway, mode car, the facilities and population grid: see which share of residents can be routed and where the network is broken.</source>
        <translation>OSM-vägar med klassfältet highway, färdsätt bil, serviceställena och befolkningsrutnätet: se hur stor andel av invånarna som kan nås i nätet och var nätet är trasigt.</translation>
    </message>
    <message>
        <source>sample facilities with id field fac_id and capacity, close ids 3,7, population grid with field population and area field area, mode walk on the sample roads, thresholds 5,10,15.</source>
        <translation>exempeldatats serviceställen med id-fältet fac_id och kapacitet, stäng id 3,7, befolkningsrutnät med fältet population och områdesfältet area, färdsätt gång på exempeldatats vägar, gränser 5,10,15.</translation>
    </message>
    <message>
        <source>A = Nearest facility output (id, fac_id, time_min), B = a closure impact output (id, fac_after, min_after), population field population.</source>
        <translation>A = resultat från Närmaste serviceställe (id, fac_id, time_min), B = resultat från en stängningsanalys (id, fac_after, min_after), befolkningsfält population.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every minute, population grid as origins, health stations as facilities, percentiles 10,50,90, threshold 30.</source>
        <translation>Kuopios GTFS-zip, datum 2016-11-01, 07:00-09:00 varje minut, befolkningsrutnät som startpunkter, hälsostationer som serviceställen, percentiler 10,50,90, gräns 30.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every 2 minutes, health stations with id field fac_id, close id 2, population grid, median (percentile 50), thresholds 20,40.</source>
        <translation>Kuopios GTFS-zip, datum 2016-11-01, 07:00-09:00 varannan minut, hälsostationer med id-fältet fac_id, stäng id 2, befolkningsrutnät, median (percentil 50), gränser 20,40.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, window 07:00-09:00, the population grid as cells, maximum walk 800 m.</source>
        <translation>Kuopios GTFS-zip, datum 2016-11-01, tidsfönster 07:00-09:00, befolkningsrutnätet som rutor, längsta gångsträcka 800 m.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, health stations, bands 15,30,45 at the 50th percentile, grid spacing 200 m.</source>
        <translation>Kuopios GTFS-zip, datum 2016-11-01, 07:00-09:00, hälsostationer, zoner 15,30,45 vid 50:e percentilen, rutavstånd 200 m.</translation>
    </message>
    <message>
        <source>keep 12 of 18 health stations: current stations as facilities, p-median, p = 12, mode car; or the fewest sites reaching 95 % within 30 min: set cover, threshold 30, share 0.95.</source>
        <translation>behåll 12 av 18 hälsostationer: nuvarande stationer som serviceställen, p-median, p = 12, färdsätt bil; eller så få verksamhetsställen som möjligt som når 95 % inom 30 min: mängdtäckning, gräns 30, andel 0.95.</translation>
    </message>
    <message>
        <source>keep 2 of 5 health stations by public transport: Kuopio GTFS zip, date 2016-11-01, 07:00-07:20 every 5 minutes, p-median, p = 2, median travel times.</source>
        <translation>behåll 2 av 5 hälsostationer med kollektivtrafik: Kuopios GTFS-zip, datum 2016-11-01, 07:00-07:20 var femte minut, p-median, p = 2, medianrestider.</translation>
    </message>
    <message>
        <source>population grid (field population), health stations with a capacity field, OSM roads (highway), car, E2SFCA, maximum 30 minutes.</source>
        <translation>befolkningsrutnät (fält population), hälsostationer med kapacitetsfält, OSM-vägar (highway), bil, E2SFCA, högst 30 minuter.</translation>
    </message>
    <message>
        <source>population grid (field population), health stations with a capacity field, Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, median, E2SFCA, maximum 30 minutes.</source>
        <translation>befolkningsrutnät (fält population), hälsostationer med kapacitetsfält, Kuopios GTFS-zip, datum 2016-11-01, 07:00-09:00, median, E2SFCA, högst 30 minuter.</translation>
    </message>
    <message>
        <source>two health-bus stops every other Tuesday and Thursday, coverage 15 min by car, population grid with a 75+ field, year 2025.</source>
        <translation>två hållplatser för hälsobussen varannan tisdag och torsdag, täckning 15 min med bil, befolkningsrutnät med fält för 75+, år 2025.</translation>
    </message>
    <message>
        <source>three home-care bases, a 250 m demand grid with clients and visits, route mode, 1 600 productive hours per FTE, close base 2.</source>
        <translation>tre hemvårdsbaser, ett efterfrågerutnät på 250 m med klienter och besök, ruttläge, 1 600 produktiva timmar per årsverke, stäng bas 2.</translation>
    </message>
    <message>
        <source>250 m grid with age groups, a Traficom-style broadband table, readiness by age, remote share gp=0.3.</source>
        <translation>rutnät på 250 m med åldersgrupper, en bredbandstabell i Traficoms stil, digital beredskap per ålder, andel distanstjänster gp=0.3.</translation>
    </message>
    <message>
        <source>closure impact cells (close site 3), then Mobile service units and Digital channel on those cells, then this with limits 15 and 15 minutes.</source>
        <translation>rutor från en stängningsanalys (stäng verksamhetsställe 3), sedan Mobila serviceenheter och Digital kanal på samma rutor, sedan denna med gränserna 15 och 15 minuter.</translation>
    </message>
    <message>
        <source>Statistics Finland 1 km grid with a kunta field, table 14wx for the county&apos;s municipalities, base year 2023, target years 2025,2030.</source>
        <translation>Statistikcentralens rutnät på 1 km med kommunfältet kunta, tabell 14wx för välfärdsområdets kommuner, basår 2023, målår 2025,2030.</translation>
    </message>
    <message>
        <source>site cost table with leases, a scenario closing two sites at their lease ends, discount rate 3 %.</source>
        <translation>kostnadstabell för verksamhetsställen med hyresavtal, ett scenario som stänger två verksamhetsställen när deras hyresavtal löper ut, diskonteringsränta 3 %.</translation>
    </message>
    <message>
        <source>demand need_{year} from the projection, sites with leases and two candidates, OD matrix cells to sites, floor 95 % of 75+ within 30 min.</source>
        <translation>efterfrågan need_{year} från prognosen, verksamhetsställen med hyresavtal och två kandidater, start–mål-matris från rutor till verksamhetsställen, golv 95 % av 75+ inom 30 min.</translation>
    </message>
    <message>
        <source>staff by postal area and site, OD matrix by car, HC3&gt;HC1, limit 45 min.</source>
        <translation>personal per postnummerområde och verksamhetsställe, start–mål-matris med bil, HC3&gt;HC1, gräns 45 min.</translation>
    </message>
    <message>
        <source>Point or polygon layer of the facilities (service points); a polygon counts at a point on its surface.</source>
        <translation>Punkt- eller polygonlager med serviceställena; en polygon räknas i en punkt på dess yta.</translation>
    </message>
    <message>
        <source>Field that identifies each facility in the outputs; empty: the feature id.</source>
        <translation>Fält som identifierar varje serviceställe i resultaten; tomt: objektets id (feature id).</translation>
    </message>
    <message>
        <source>Field with the residents (in the units of the demand) each facility can serve; empty: no capacities.</source>
        <translation>Fält med det antal invånare (i efterfrågans enheter) som varje serviceställe kan betjäna; tomt: inga kapaciteter.</translation>
    </message>
    <message>
        <source>Optional layer of sites opened in the scenario.</source>
        <translation>Valfritt lager med verksamhetsställen som öppnas i scenariot.</translation>
    </message>
    <message>
        <source>Field that identifies each new site in the outputs; empty: the feature id.</source>
        <translation>Fält som identifierar varje nytt verksamhetsställe i resultaten; tomt: objektets id (feature id).</translation>
    </message>
    <message>
        <source>Capacity field of the candidate sites (needed when the current facilities have a capacity field).</source>
        <translation>Kandidaternas kapacitetsfält (behövs när de nuvarande serviceställena har ett kapacitetsfält).</translation>
    </message>
    <message>
        <source>Point or polygon layer of residents, e.g. a population grid; a polygon counts at a point on its surface.</source>
        <translation>Punkt- eller polygonlager med invånare, t.ex. ett befolkningsrutnät; en polygon räknas i en punkt på dess yta.</translation>
    </message>
    <message>
        <source>Population layer (points, or polygons such as grid cells; a polygon counts at a point on its surface) whose features are allocated to their nearest facility.</source>
        <translation>Befolkningslager (punkter, eller polygoner som rutor; en polygon räknas i en punkt på dess yta) vars objekt fördelas till sitt närmaste serviceställe.</translation>
    </message>
    <message>
        <source>Numeric fields with the residents per age group (e.g. 0-14, 15-64, 65-74, 75+), reported group by group.</source>
        <translation>Numeriska fält med invånarna per åldersgrupp (t.ex. 0-14, 15-64, 65-74, 75+), redovisade grupp för grupp.</translation>
    </message>
    <message>
        <source>Numeric field with the residents aged 75 or more, for the equity figures.</source>
        <translation>Numeriskt fält med invånarna som fyllt 75, för jämlikhetstalen.</translation>
    </message>
    <message>
        <source>Field naming each feature&apos;s area (e.g. municipality), for the summary by area.</source>
        <translation>Fält som anger varje objekts område (t.ex. kommun), för sammanfattningen per område.</translation>
    </message>
    <message>
        <source>Points or polygons the trips start from; a polygon counts at a point on its surface.</source>
        <translation>Punkter eller polygoner som resorna börjar från; en polygon räknas i en punkt på dess yta.</translation>
    </message>
    <message>
        <source>Field that identifies each origin in the outputs; empty: the feature id.</source>
        <translation>Fält som identifierar varje startpunkt i resultaten; tomt: objektets id (feature id).</translation>
    </message>
    <message>
        <source>Points or polygons the trips go to; a polygon counts at a point on its surface.</source>
        <translation>Punkter eller polygoner som resorna går till; en polygon räknas i en punkt på dess yta.</translation>
    </message>
    <message>
        <source>Field that identifies each destination in the outputs; empty: the feature id.</source>
        <translation>Fält som identifierar varje mål i resultaten; tomt: objektets id (feature id).</translation>
    </message>
    <message>
        <source>Optional population cells (points or polygons) for which the trips leaving stops within walking distance are counted.</source>
        <translation>Valfria befolkningsrutor (punkter eller polygoner) för vilka turerna som avgår från hållplatser på gångavstånd räknas.</translation>
    </message>
    <message>
        <source>Field whose value closed (also suljettu, stängd) closes a facility and new or planned (uusi) opens it in the scenario only.</source>
        <translation>Fält vars värde closed (även suljettu, stängd) stänger ett serviceställe och new eller planned (uusi) öppnar det endast i scenariot.</translation>
    </message>
    <message>
        <source>Cell layer of scenario A (before), e.g. a Nearest facility output.</source>
        <translation>Rutlager för scenario A (före), t.ex. ett resultat från Närmaste serviceställe.</translation>
    </message>
    <message>
        <source>Field that identifies each cell of scenario A (matched with scenario B).</source>
        <translation>Fält som identifierar varje ruta i scenario A (matchas mot scenario B).</translation>
    </message>
    <message>
        <source>Field of scenario A with each cell&apos;s facility.</source>
        <translation>Fält i scenario A med varje rutas serviceställe.</translation>
    </message>
    <message>
        <source>Field of scenario A with each cell&apos;s travel time in minutes (NULL = unreachable).</source>
        <translation>Fält i scenario A med varje rutas restid i minuter (NULL = kan inte nås).</translation>
    </message>
    <message>
        <source>Cell layer of scenario B (after), e.g. a Facility closure impact output.</source>
        <translation>Rutlager för scenario B (efter), t.ex. ett resultat från Konsekvenser av att stänga serviceställen.</translation>
    </message>
    <message>
        <source>Field that identifies each cell of scenario B (matched with scenario A).</source>
        <translation>Fält som identifierar varje ruta i scenario B (matchas mot scenario A).</translation>
    </message>
    <message>
        <source>Field of scenario B with each cell&apos;s facility.</source>
        <translation>Fält i scenario B med varje rutas serviceställe.</translation>
    </message>
    <message>
        <source>Field of scenario B with each cell&apos;s travel time in minutes (NULL = unreachable).</source>
        <translation>Fält i scenario B med varje rutas restid i minuter (NULL = kan inte nås).</translation>
    </message>
    <message>
        <source>Line layer of roads (e.g. OSM, Digiroad); lines are joined where they share a vertex.</source>
        <translation>Linjelager med vägar (t.ex. OSM, Digiroad); linjerna sammanfogas där de har en gemensam brytpunkt.</translation>
    </message>
    <message>
        <source>Car, walk, bike, wheelchair: sets the speeds, the roads the mode may use and whether one-way rules apply.</source>
        <translation>Bil, gång, cykel, rullstol: bestämmer hastigheterna, vilka vägar färdsättet får använda och om enkelriktning gäller.</translation>
    </message>
    <message>
        <source>Field with the road class (OSM highway values or Digiroad functional classes 1-8); it sets car speeds and the roads walkers and cyclists may not use.</source>
        <translation>Fält med vägklassen (OSM:s highway-värden eller Digiroads funktionella klasser 1-8); det bestämmer bilhastigheterna och vilka vägar gående och cyklister inte får använda.</translation>
    </message>
    <message>
        <source>How to read the road class field: OSM highway, Digiroad functional class, or none (every road at the default speed).</source>
        <translation>Hur vägklassfältet läses: OSM highway, Digiroads funktionella klass eller ingen (alla vägar med standardhastigheten).</translation>
    </message>
    <message>
        <source>Field with car speeds in km/h; wins over the class speed, NULL falls back to it.</source>
        <translation>Fält med bilhastigheter i km/h; går före klasshastigheten, NULL faller tillbaka på den.</translation>
    </message>
    <message>
        <source>Field with one-way rules: OSM oneway (yes/-1) or other_tags, or Digiroad direction codes (2 both, 3 against, 4 along digitising).</source>
        <translation>Fält med enkelriktning: OSM oneway (yes/-1) eller other_tags, eller Digiroads riktningskoder (2 båda, 3 mot, 4 längs digitaliseringsriktningen).</translation>
    </message>
    <message>
        <source>Car speeds per class replacing the defaults, e.g. residential=30,service=15; 0 closes a class.</source>
        <translation>Bilhastigheter per klass i stället för standardvärdena, t.ex. residential=30,service=15; 0 stänger en klass.</translation>
    </message>
    <message>
        <source>Car speed on roads of unknown class (km/h); used when the travel mode is car.</source>
        <translation>Bilens hastighet på vägar av okänd klass (km/h); används när färdsättet är bil.</translation>
    </message>
    <message>
        <source>Walking speed (km/h); used when the travel mode is walk.</source>
        <translation>Gånghastighet (km/h); används när färdsättet är gång.</translation>
    </message>
    <message>
        <source>Cycling speed (km/h); used when the travel mode is bike.</source>
        <translation>Cykelhastighet (km/h); används när färdsättet är cykel.</translation>
    </message>
    <message>
        <source>Wheelchair speed (km/h); used when the travel mode is wheelchair.</source>
        <translation>Rullstolens hastighet (km/h); används när färdsättet är rullstol.</translation>
    </message>
    <message>
        <source>Speed (km/h) of the walk from a point to the nearest usable road; 0: that walk takes no time.</source>
        <translation>Hastighet (km/h) för gången från en punkt till närmaste användbara väg; 0: gången tar ingen tid.</translation>
    </message>
    <message>
        <source>Points farther than this (m) from a road usable by the mode cannot be routed and are reported.</source>
        <translation>Punkter längre bort än detta (m) från en väg som färdsättet får använda kan inte nås i nätet och rapporteras.</translation>
    </message>
    <message>
        <source>Line ends closer than this (work CRS units) are joined into one node.</source>
        <translation>Linjeändar närmare varandra än detta (i arbetskoordinatsystemets enheter) sammanfogas till en nod.</translation>
    </message>
    <message>
        <source>The day to travel on; the feeds must cover it.</source>
        <translation>Resdagen; datat måste täcka den.</translation>
    </message>
    <message>
        <source>First departure from the origins (HH:MM).</source>
        <translation>Första avgång från startpunkterna (HH:MM).</translation>
    </message>
    <message>
        <source>Last departure from the origins (HH:MM).</source>
        <translation>Sista avgång från startpunkterna (HH:MM).</translation>
    </message>
    <message>
        <source>Minutes between the departures of the window.</source>
        <translation>Minuter mellan avgångarna i tidsfönstret.</translation>
    </message>
    <message>
        <source>Longest walk (m) to the first stop or from the last one (straight line times 1.3, or along the roads when a road network is given).</source>
        <translation>Längsta gångsträcka (m) till första hållplatsen eller från den sista (fågelvägen gånger 1.3, eller längs vägarna när ett vägnät anges).</translation>
    </message>
    <message>
        <source>Longest walk (m) between two stops when changing vehicles.</source>
        <translation>Längsta gångsträcka (m) mellan två hållplatser vid byte av fordon.</translation>
    </message>
    <message>
        <source>Trips longer than this (minutes) count as not reaching the facility.</source>
        <translation>Resor längre än detta (minuter) räknas som att de inte når serviceställena.</translation>
    </message>
    <message>
        <source>Most changes of vehicle in one trip.</source>
        <translation>Högsta antal fordonsbyten under en resa.</translation>
    </message>
    <message>
        <source>Which travel time over the departure window counts: 50 = the median departure, 90 = nearly any departure.</source>
        <translation>Vilken restid över avgångsfönstret som räknas: 50 = medianavgången, 90 = nästan vilken avgång som helst.</translation>
    </message>
    <message>
        <source>Percentiles of the travel time over the window to write, e.g. 10,50,90.</source>
        <translation>Percentiler av restiden över fönstret som skrivs ut, t.ex. 10,50,90.</translation>
    </message>
    <message>
        <source>Optional time (HH:MM) to arrive by: the latest departure that makes it is written.</source>
        <translation>Valfri tid (HH:MM) att vara framme: den senaste avgången som hinner fram skrivs ut.</translation>
    </message>
    <message>
        <source>Distance (m) between the grid points whose travel times are traced into polygons.</source>
        <translation>Avstånd (m) mellan rutnätspunkterna vars restider ritas upp till polygoner.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of the facilities that close in the scenario.</source>
        <translation>Id:n (kommaseparerade) för de serviceställen som stängs i scenariot.</translation>
    </message>
    <message>
        <source>Expression selecting the facilities that close, e.g. &quot;name&quot; LIKE &apos;%Kallio%&apos;.</source>
        <translation>Uttryck som väljer de serviceställen som stängs, t.ex. &quot;name&quot; LIKE '%Kallio%'.</translation>
    </message>
    <message>
        <source>Close the facilities selected on the map.</source>
        <translation>Stäng serviceställena som valts på kartan.</translation>
    </message>
    <message>
        <source>Minutes (comma separated) within which access is counted, e.g. 15,30,60.</source>
        <translation>Minuter (kommaseparerade) inom vilka tillgängligheten räknas, t.ex. 15,30,60.</translation>
    </message>
    <message>
        <source>Minutes within which the share of departures arriving is counted.</source>
        <translation>Minuter inom vilka andelen avgångar som kommer fram räknas.</translation>
    </message>
    <message>
        <source>Set cover: the share (0-1) of the demand that must be within the threshold.</source>
        <translation>Mängdtäckning: den andel (0-1) av efterfrågan som måste ligga inom gränsen.</translation>
    </message>
    <message>
        <source>Visits per person per year by age group field, e.g. age_75=9.5; the demand is then the expected visits instead of the population.</source>
        <translation>Besök per person och år per åldersgruppsfält, t.ex. age_75=9.5; efterfrågan är då de förväntade besöken i stället för befolkningen.</translation>
    </message>
    <message>
        <source>p-median (least weighted travel time), maximal coverage, set cover or p-center (least worst travel time).</source>
        <translation>p-median (kortaste viktade restid), maximal täckning, mängdtäckning eller p-center (kortaste längsta restid).</translation>
    </message>
    <message>
        <source>Number of sites to open (p-median, maximal coverage, p-center).</source>
        <translation>Antal verksamhetsställen som öppnas (p-median, maximal täckning, p-center).</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that stay open in every solution.</source>
        <translation>Id:n (kommaseparerade) för verksamhetsställen som hålls öppna i varje lösning.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that are never chosen.</source>
        <translation>Id:n (kommaseparerade) för verksamhetsställen som aldrig väljs.</translation>
    </message>
    <message>
        <source>Time bands in minutes (comma separated), e.g. 10,20,30.</source>
        <translation>Tidszoner i minuter (kommaseparerade), t.ex. 10,20,30.</translation>
    </message>
    <message>
        <source>Travel times above this (minutes) count as unreachable; 0: no limit.</source>
        <translation>Restider över detta (minuter) räknas som att målet inte nås; 0: ingen gräns.</translation>
    </message>
    <message>
        <source>Keep only each origin&apos;s k fastest destinations; 0: all.</source>
        <translation>Behåll endast varje startpunkts k snabbaste mål; 0: alla.</translation>
    </message>
    <message>
        <source>Per facility (overlapping bands), nearest facility (each place to the facility it reaches fastest) or dissolved (one polygon per band).</source>
        <translation>Per serviceställe (överlappande zoner), närmaste serviceställe (varje plats till det serviceställe den når snabbast) eller sammanslagen (en polygon per zon).</translation>
    </message>
    <message>
        <source>Bands as rings (0-10, 10-20...) instead of cumulative (0-10, 0-20...).</source>
        <translation>Zoner som ringar (0-10, 10-20...) i stället för kumulativa (0-10, 0-20...).</translation>
    </message>
    <message>
        <source>Cell size (m) of the travel-time surface: smaller is finer and slower.</source>
        <translation>Cellstorlek (m) för restidsytan: mindre är finare och långsammare.</translation>
    </message>
    <message>
        <source>How far (m) from a reached road an area still counts as reached; 0: twice the resolution, at least 100 m.</source>
        <translation>Hur långt (m) från en nådd väg ett område fortfarande räknas som nått; 0: två gånger upplösningen, minst 100 m.</translation>
    </message>
    <message>
        <source>The main output layer; its fields are listed in the algorithm&apos;s help.</source>
        <translation>Huvudresultatlagret; dess fält listas i algoritmens hjälp.</translation>
    </message>
    <message>
        <source>Summary table; its fields are listed in the algorithm&apos;s help.</source>
        <translation>Sammanfattningstabell; dess fält listas i algoritmens hjälp.</translation>
    </message>
    <message>
        <source>Optional table of percentiles per origin and facility.</source>
        <translation>Valfri tabell med percentiler per startpunkt och serviceställe.</translation>
    </message>
    <message>
        <source>HTML report with the key figures, tables and charts.</source>
        <translation>HTML-rapport med nyckeltal, tabeller och diagram.</translation>
    </message>
    <message>
        <source>The sites with current, chosen, demand and load.</source>
        <translation>Verksamhetsställena med nuvarande, vald, efterfrågan och belastning.</translation>
    </message>
    <message>
        <source>Population moving from one facility to another.</source>
        <translation>Befolkning som flyttar från ett serviceställe till ett annat.</translation>
    </message>
    <message>
        <source>Each facility&apos;s load before and after, against its capacity.</source>
        <translation>Varje serviceställes belastning före och efter, i förhållande till dess kapacitet.</translation>
    </message>
    <message>
        <source>Equity figures: who loses access, by age group.</source>
        <translation>Jämlikhetstal: vem som förlorar tillgänglighet, per åldersgrupp.</translation>
    </message>
    <message>
        <source>The network edges with component, on_main and usable.</source>
        <translation>Nätets länkar med component, on_main och usable.</translation>
    </message>
    <message>
        <source>Dead ends of the network.</source>
        <translation>Nätets återvändsgränder.</translation>
    </message>
    <message>
        <source>Departures per stop over the day and per hour of the window.</source>
        <translation>Avgångar per hållplats under dagen och per timme i tidsfönstret.</translation>
    </message>
    <message>
        <source>Trips within walking distance of each cell, and the walk to the nearest stop.</source>
        <translation>Turer på gångavstånd från varje ruta, och gångsträckan till närmaste hållplats.</translation>
    </message>
    <message>
        <source>Name of the scenario, the title of the report.</source>
        <translation>Scenariots namn, rapportens rubrik.</translation>
    </message>
    <message>
        <source>Features sharing an id are entrances of one facility: it is reached through its nearest entrance and closing it closes them all. Off: ids must be unique.</source>
        <translation>Objekt som delar ett id är ingångar till ett serviceställe: det nås genom sin närmaste ingång och när det stängs stängs alla. Av: id:na måste vara unika.</translation>
    </message>
    <message>
        <source>PDF of the report, written next to the HTML report (same name, .pdf).</source>
        <translation>Rapportens PDF, skrivs bredvid HTML-rapporten (samma namn, .pdf).</translation>
    </message>
    <message>
        <source>Field that identifies each site in the outputs; empty: the feature id.</source>
        <translation>Fält som identifierar varje verksamhetsställe i resultaten; tomt: objektets id (feature id).</translation>
    </message>
    <message>
        <source>Numeric field with each site&apos;s supply (e.g. staffed hours); empty: 1 per site.</source>
        <translation>Numeriskt fält med varje verksamhetsställes utbud (t.ex. bemannade timmar); tomt: 1 per verksamhetsställe.</translation>
    </message>
    <message>
        <source>2SFCA, enhanced 2SFCA (step weights), 3SFCA or gravity potential.</source>
        <translation>2SFCA, förbättrad 2SFCA (stegvikter), 3SFCA eller gravitationspotential.</translation>
    </message>
    <message>
        <source>Pairs slower than this (minutes) take no part; 0: no limit.</source>
        <translation>Par långsammare än detta (minuter) tas inte med; 0: ingen gräns.</translation>
    </message>
    <message>
        <source>Distance decay of the index: the method&apos;s default, step weights, Gaussian or gravity.</source>
        <translation>Indexets avståndsavtagande: metodens standard, stegvikter, gaussisk eller gravitation.</translation>
    </message>
    <message>
        <source>Step weights as minutes:weight, e.g. 10:1,20:0.68,30:0.22.</source>
        <translation>Stegvikter som minuter:vikt, t.ex. 10:1,20:0.68,30:0.22.</translation>
    </message>
    <message>
        <source>Gaussian weight: its sigma in minutes.</source>
        <translation>Gaussisk vikt: dess sigma i minuter.</translation>
    </message>
    <message>
        <source>Gravity weight: the time scale in minutes.</source>
        <translation>Gravitationsvikt: tidsskalan i minuter.</translation>
    </message>
    <message>
        <source>Gravity weight: the exponent of time (negative: decay).</source>
        <translation>Gravitationsvikt: tidens exponent (negativ: avtagande).</translation>
    </message>
    <message>
        <source>Gravity weight: times below this (minutes) count as this.</source>
        <translation>Gravitationsvikt: tider under detta (minuter) räknas som detta.</translation>
    </message>
    <message>
        <source>The sites with their supply, weighted demand and supply ratio.</source>
        <translation>Verksamhetsställena med sitt utbud, sin viktade efterfrågan och utbudskvot.</translation>
    </message>
    <message>
        <source>One row describing the run: method, limits, weight and the main figures.</source>
        <translation>En rad som beskriver körningen: metod, gränser, vikt och de viktigaste talen.</translation>
    </message>
    <message>
        <source>Table of the mobile units: unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</source>
        <translation>Tabell över de mobila enheterna: unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</translation>
    </message>
    <message>
        <source>Table of the stop visits: stop_id, weekday, time_start, time_end, period_weeks, first_date, valid_from, valid_to, route_day_id, seq.</source>
        <translation>Tabell över hållplatsbesöken: stop_id, weekday, time_start, time_end, period_weeks, first_date, valid_from, valid_to, route_day_id, seq.</translation>
    </message>
    <message>
        <source>Optional table with a date field: no visits on these days.</source>
        <translation>Valfri tabell med ett datumfält: inga besök dessa dagar.</translation>
    </message>
    <message>
        <source>Points of the units&apos; depots, with a base_id field.</source>
        <translation>Punkter för enheternas depåer, med ett base_id-fält.</translation>
    </message>
    <message>
        <source>Optional numeric field with the residents aged 75 or more.</source>
        <translation>Valfritt numeriskt fält med invånarna som fyllt 75.</translation>
    </message>
    <message>
        <source>Numeric field with the fixed sites&apos; annual service hours (their supply).</source>
        <translation>Numeriskt fält med de fasta verksamhetsställenas årliga servicetimmar (deras utbud).</translation>
    </message>
    <message>
        <source>The year whose service dates are counted.</source>
        <translation>Året vars servicedagar räknas.</translation>
    </message>
    <message>
        <source>Cells within this many minutes of a stop count as covered.</source>
        <translation>Rutor inom så här många minuter från en hållplats räknas som täckta.</translation>
    </message>
    <message>
        <source>Catchment (minutes) of the accessibility index with and without the mobile stops.</source>
        <translation>Upptagningsområde (minuter) för tillgänglighetsindexet med och utan de mobila hållplatserna.</translation>
    </message>
    <message>
        <source>One row per route day: the drive from the depot through the stops and back, and whether it fits the shift.</source>
        <translation>En rad per ruttdag: körningen från depån via hållplatserna och tillbaka, och om den ryms i arbetspasset.</translation>
    </message>
    <message>
        <source>The cells with their figures for the channel.</source>
        <translation>Rutorna med kanalens nyckeltal.</translation>
    </message>
    <message>
        <source>Points of the home-care bases: base_id, shift_min, vehicle_cost_per_km.</source>
        <translation>Punkter för hemvårdens baser: base_id, shift_min, vehicle_cost_per_km.</translation>
    </message>
    <message>
        <source>Without a clients field: clients as persons times share per age group field, e.g. ika_75_84=0.1,ika_85_=0.3.</source>
        <translation>Utan klientfält: klienterna som personer gånger andel per åldersgruppsfält, t.ex. ika_75_84=0.1,ika_85_=0.3.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of the bases that close, for the comparison.</source>
        <translation>Id:n (kommaseparerade) för de baser som stängs, för jämförelsen.</translation>
    </message>
    <message>
        <source>The bases&apos; figures before and after the closing.</source>
        <translation>Basernas nyckeltal före och efter stängningen.</translation>
    </message>
    <message>
        <source>Share (0-1) of working time that goes to indirect work (documentation, meetings).</source>
        <translation>Andel (0-1) av arbetstiden som går till indirekt arbete (dokumentation, möten).</translation>
    </message>
    <message>
        <source>Productive working hours of one FTE in a year.</source>
        <translation>Produktiva arbetstimmar för ett årsverke under ett år.</translation>
    </message>
    <message>
        <source>Table of connectivity per cell: grid_id, hh_total, hh_fixed_100M, mob_cov.</source>
        <translation>Tabell över uppkopplingen per ruta: grid_id, hh_total, hh_fixed_100M, mob_cov.</translation>
    </message>
    <message>
        <source>Field that identifies each grid cell in the outputs; empty: the feature id. Matches the broadband table&apos;s grid_id.</source>
        <translation>Fält som identifierar varje ruta i resultaten; tomt: objektets id (feature id). Matchar bredbandstabellens grid_id.</translation>
    </message>
    <message>
        <source>Which connection counts as connected: fixed broadband of at least 100 Mbit/s, mobile coverage, or either.</source>
        <translation>Vilken anslutning som räknas som uppkopplad: fast bredband på minst 100 Mbit/s, mobiltäckning eller någondera.</translation>
    </message>
    <message>
        <source>Connectivity (0-1) of cells missing from the broadband table; -1: such a cell is an error.</source>
        <translation>Uppkoppling (0-1) för rutor som saknas i bredbandstabellen; -1: en sådan ruta är ett fel.</translation>
    </message>
    <message>
        <source>Share of persons ready for remote services per age group field, e.g. ika_75_=0.5.</source>
        <translation>Andel personer som är redo för distanstjänster per åldersgruppsfält, t.ex. ika_75_=0.5.</translation>
    </message>
    <message>
        <source>Share of visits that can be remote per service type, e.g. gp=0.3.</source>
        <translation>Andel besök som kan ske på distans per servicetyp, t.ex. gp=0.3.</translation>
    </message>
    <message>
        <source>Numeric field with the demand (e.g. visits); empty: the persons.</source>
        <translation>Numeriskt fält med efterfrågan (t.ex. besök); tomt: personerna.</translation>
    </message>
    <message>
        <source>Numeric field with the visits a year, for the county table.</source>
        <translation>Numeriskt fält med besöken per år, för välfärdsområdets tabell.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a fixed site before the closure.</source>
        <translation>Fält med varje rutas minuter till ett fast verksamhetsställe före stängningen.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a fixed site after the closure.</source>
        <translation>Fält med varje rutas minuter till ett fast verksamhetsställe efter stängningen.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a mobile stop (empty: no mobile channel).</source>
        <translation>Fält med varje rutas minuter till en mobil hållplats (tomt: ingen mobil kanal).</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s remote share (0-1), e.g. from the digital channel.</source>
        <translation>Fält med varje rutas andel distanstjänster (0-1), t.ex. från den digitala kanalen.</translation>
    </message>
    <message>
        <source>A cell is served by a fixed site within this many minutes.</source>
        <translation>En ruta betjänas av ett fast verksamhetsställe inom så här många minuter.</translation>
    </message>
    <message>
        <source>A cell is served by a mobile stop within this many minutes.</source>
        <translation>En ruta betjänas av en mobil hållplats inom så här många minuter.</translation>
    </message>
    <message>
        <source>Population projection table as published (municipality, age, year).</source>
        <translation>Befolkningsprognostabell som publicerad (kommun, ålder, år).</translation>
    </message>
    <message>
        <source>The year of the grid&apos;s population.</source>
        <translation>Året för rutnätets befolkning.</translation>
    </message>
    <message>
        <source>Years to project to, comma separated, e.g. 2025,2030.</source>
        <translation>År att göra prognos för, kommaseparerade, t.ex. 2025,2030.</translation>
    </message>
    <message>
        <source>Field of the grid with each cell&apos;s municipality code.</source>
        <translation>Rutnätets fält med varje rutas kommunkod.</translation>
    </message>
    <message>
        <source>Municipality polygons, to find each cell&apos;s municipality when the grid has no municipality field.</source>
        <translation>Kommunpolygoner, för att hitta varje rutas kommun när rutnätet saknar kommunfält.</translation>
    </message>
    <message>
        <source>Field of the municipality polygons with the municipality code.</source>
        <translation>Kommunpolygonernas fält med kommunkoden.</translation>
    </message>
    <message>
        <source>Scale the grid so that each municipality&apos;s sum equals the projection (only when the grid covers whole municipalities).</source>
        <translation>Skala rutnätet så att varje kommuns summa är lika med prognosen (endast när rutnätet täcker hela kommuner).</translation>
    </message>
    <message>
        <source>Per municipality: the base population, the grid&apos;s projected sum and the projection.</source>
        <translation>Per kommun: basbefolkningen, rutnätets prognostiserade summa och prognosen.</translation>
    </message>
    <message>
        <source>Table of tariffs with valid_from dates; empty: the bundled table.</source>
        <translation>Tabell över taxor med valid_from-datum; tomt: den medföljande tabellen.</translation>
    </message>
    <message>
        <source>Table of site actions (close, open, move) with their years.</source>
        <translation>Tabell över åtgärder för verksamhetsställen (stänga, öppna, flytta) med sina år.</translation>
    </message>
    <message>
        <source>Staff table: staff per site (costs) or staff homes by area and site (commutes).</source>
        <translation>Personaltabell: personal per verksamhetsställe (kostnader) eller personalens bostäder per område och verksamhetsställe (arbetsresor).</translation>
    </message>
    <message>
        <source>Optional table of the mobile units&apos; costs.</source>
        <translation>Valfri tabell över de mobila enheternas kostnader.</translation>
    </message>
    <message>
        <source>Optional cells with the clients&apos; travel: distance and population fields.</source>
        <translation>Valfria rutor med klienternas resor: fält för avstånd och befolkning.</translation>
    </message>
    <message>
        <source>Field with the one-way distance (km) from a cell to its site.</source>
        <translation>Fält med den enkla resvägen (km) från en ruta till dess verksamhetsställe.</translation>
    </message>
    <message>
        <source>Field with the population of a cell.</source>
        <translation>Fält med en rutas befolkning.</translation>
    </message>
    <message>
        <source>Visits per person and year, for the clients&apos; travel costs.</source>
        <translation>Besök per person och år, för klienternas resekostnader.</translation>
    </message>
    <message>
        <source>First year of the plan.</source>
        <translation>Planens första år.</translation>
    </message>
    <message>
        <source>Last year of the plan.</source>
        <translation>Planens sista år.</translation>
    </message>
    <message>
        <source>Discount rate (%) of the net present value.</source>
        <translation>Nuvärdets diskonteringsränta (%).</translation>
    </message>
    <message>
        <source>One row per year with the costs or the plan&apos;s figures.</source>
        <translation>En rad per år med kostnaderna eller planens nyckeltal.</translation>
    </message>
    <message>
        <source>Costs per site and year.</source>
        <translation>Kostnader per verksamhetsställe och år.</translation>
    </message>
    <message>
        <source>The net present value of the county&apos;s and the societal costs.</source>
        <translation>Nuvärdet av välfärdsområdets och samhällets kostnader.</translation>
    </message>
    <message>
        <source>Demand cells (points or polygons) with their demand per year.</source>
        <translation>Efterfrågerutor (punkter eller polygoner) med sin efterfrågan per år.</translation>
    </message>
    <message>
        <source>Field that identifies each demand cell in the outputs; empty: the feature id. Matches the travel times&apos; origin_id.</source>
        <translation>Fält som identifierar varje efterfrågeruta i resultaten; tomt: objektets id (feature id). Matchar restidernas origin_id.</translation>
    </message>
    <message>
        <source>Demand field per year, with {year} for the year, e.g. need_{year}.</source>
        <translation>Efterfrågefält per år, med {year} för året, t.ex. need_{year}.</translation>
    </message>
    <message>
        <source>Demand field(s) per year that the access floor applies to (e.g. the 75+); empty: no floor.</source>
        <translation>Efterfrågefält per år som tillgänglighetsgolvet gäller (t.ex. 75+); tomt: inget golv.</translation>
    </message>
    <message>
        <source>Access floor: the minutes within which demand must be served.</source>
        <translation>Tillgänglighetsgolv: minuterna inom vilka efterfrågan måste betjänas.</translation>
    </message>
    <message>
        <source>Access floor: the share (%) of the floor demand within the minutes.</source>
        <translation>Tillgänglighetsgolv: andelen (%) av golvets efterfrågan inom minuterna.</translation>
    </message>
    <message>
        <source>Cost of one travel minute of one demand unit (EUR), to weigh travel against site costs.</source>
        <translation>Kostnaden för en resminut för en efterfrågeenhet (EUR), för att väga resor mot verksamhetsställenas kostnader.</translation>
    </message>
    <message>
        <source>Travel time table (origin_id, dest_id, time_min), e.g. an OD matrix output.</source>
        <translation>Restidstabell (origin_id, dest_id, time_min), t.ex. ett resultat från start–mål-matrisen.</translation>
    </message>
    <message>
        <source>Longest time (seconds) the solver may run.</source>
        <translation>Längsta tid (sekunder) som lösaren får köra.</translation>
    </message>
    <message>
        <source>Per site and year: open or closed, and its costs.</source>
        <translation>Per verksamhetsställe och år: öppet eller stängt, och dess kostnader.</translation>
    </message>
    <message>
        <source>Merged sites as closed&gt;receiving pairs, comma separated, e.g. HC3&gt;HC1.</source>
        <translation>Sammanslagna verksamhetsställen som par stängt&gt;mottagande, kommaseparerade, t.ex. HC3&gt;HC1.</translation>
    </message>
    <message>
        <source>Commutes longer than this (minutes) are counted as over the limit.</source>
        <translation>Arbetsresor längre än detta (minuter) räknas som över gränsen.</translation>
    </message>
    <message>
        <source>Staff commutes per home area, before and after.</source>
        <translation>Personalens arbetsresor per bostadsområde, före och efter.</translation>
    </message>
    <message>
        <source>Walking speed (km/h) to, between and from stops.</source>
        <translation>Gånghastighet (km/h) till, mellan och från hållplatser.</translation>
    </message>
    <message>
        <source>Optional road layer: walks to, between and from stops follow its roads instead of straight lines.</source>
        <translation>Valfritt väglager: gångsträckorna till, mellan och från hållplatser följer dess vägar i stället för raka linjer.</translation>
    </message>
    <message>
        <source>OSM highway field of the road layer for the walks (motorways and trunk roads are then not walked).</source>
        <translation>Väglagrets OSM highway-fält för gångsträckorna (på motorvägar och motortrafikleder går man då inte).</translation>
    </message>
    <message>
        <source>Walking speed (km/h) from a cell to a stop.</source>
        <translation>Gånghastighet (km/h) från en ruta till en hållplats.</translation>
    </message>
    <message>
        <source>Start of the window (HH:MM) for the hourly departures.</source>
        <translation>Tidsfönstrets början (HH:MM) för avgångarna per timme.</translation>
    </message>
    <message>
        <source>End of the window (HH:MM).</source>
        <translation>Tidsfönstrets slut (HH:MM).</translation>
    </message>
    <message>
        <source>Longest walk (m) from a cell to a stop (straight line times 1.3).</source>
        <translation>Längsta gångsträcka (m) från en ruta till en hållplats (fågelvägen gånger 1.3).</translation>
    </message>
    <message>
        <source>Optional layer of candidate sites to choose from.</source>
        <translation>Valfritt lager med kandidater att välja bland.</translation>
    </message>
    <message>
        <source>Coverage threshold (minutes) for maximal coverage and set cover.</source>
        <translation>Tidsgräns för täckning (minuter) för maximal täckning och mängdtäckning.</translation>
    </message>
    <message>
        <source>Time bands in minutes for the summary, e.g. 10,20,30.</source>
        <translation>Tidszoner i minuter för sammanfattningen, t.ex. 10,20,30.</translation>
    </message>
    <message>
        <source>Optional residents (points or polygons) counted into the polygon of their own travel time.</source>
        <translation>Valfria invånare (punkter eller polygoner) som räknas in i polygonen för sin egen restid.</translation>
    </message>
    <message>
        <source>Optional facilities: the share that can be routed.</source>
        <translation>Valfria serviceställen: andelen som kan nås i nätet.</translation>
    </message>
    <message>
        <source>Optional residents: the share that can be routed.</source>
        <translation>Valfria invånare: andelen som kan nås i nätet.</translation>
    </message>
    <message>
        <source>Optional facilities with their capacities, for the load table.</source>
        <translation>Valfria serviceställen med sina kapaciteter, för belastningstabellen.</translation>
    </message>
    <message>
        <source>Population cells (points or polygons; a polygon counts at a point on its surface).</source>
        <translation>Befolkningsrutor (punkter eller polygoner; en polygon räknas i en punkt på dess yta).</translation>
    </message>
    <message>
        <source>Service sites (points or polygons; a polygon counts at a point on its surface).</source>
        <translation>Verksamhetsställen (punkter eller polygoner; en polygon räknas i en punkt på dess yta).</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that close, for the after figures.</source>
        <translation>Id:n (kommaseparerade) för verksamhetsställen som stängs, för efter-talen.</translation>
    </message>
    <message>
        <source>The cells with acc, acc_1000, acc_norm and reached (and the after figures with sites to close).</source>
        <translation>Rutorna med acc, acc_1000, acc_norm och reached (och efter-talen när verksamhetsställen stängs).</translation>
    </message>
    <message>
        <source>Points of the mobile stops, with stop_id and unit_id fields.</source>
        <translation>Punkter för de mobila hållplatserna, med fälten stop_id och unit_id.</translation>
    </message>
    <message>
        <source>Optional fixed sites, for the accessibility index with and without the mobile stops.</source>
        <translation>Valfria fasta verksamhetsställen, för tillgänglighetsindexet med och utan de mobila hållplatserna.</translation>
    </message>
    <message>
        <source>The mobile stops with visits, hours, capacity and coverage.</source>
        <translation>De mobila hållplatserna med besök, timmar, kapacitet och täckning.</translation>
    </message>
    <message>
        <source>Demand cells (aggregate, no client points) with clients, visits per week, mean visit minutes and share of two-staff visits.</source>
        <translation>Efterfrågerutor (aggregerade, inga klientpunkter) med klienter, besök per vecka, genomsnittliga besöksminuter och andel besök med två anställda.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s given base id (its care area); empty: the nearest base.</source>
        <translation>Fält med varje rutas givna bas-id (dess vårdområde); tomt: närmaste bas.</translation>
    </message>
    <message>
        <source>Drive per visit: a star from the base to each cell and back, or routed rounds.</source>
        <translation>Körning per besök: en stjärna från basen till varje ruta och tillbaka, eller ruttplanerade rundor.</translation>
    </message>
    <message>
        <source>The bases with drive and staff minutes, drive share, FTE and km.</source>
        <translation>Baserna med kör- och personalminuter, körandel, årsverken och km.</translation>
    </message>
    <message>
        <source>Population grid with age groups; a polygon counts at a point on its surface.</source>
        <translation>Befolkningsrutnät med åldersgrupper; en polygon räknas i en punkt på dess yta.</translation>
    </message>
    <message>
        <source>The cells with connectivity, channel shift and exclusion.</source>
        <translation>Rutorna med uppkoppling, kanalskifte och utestängning.</translation>
    </message>
    <message>
        <source>County table of the digital channel&apos;s figures.</source>
        <translation>Välfärdsområdets tabell över den digitala kanalens nyckeltal.</translation>
    </message>
    <message>
        <source>Cells with their minutes to fixed sites before and after, to mobile stops and the remote share.</source>
        <translation>Rutor med sina minuter till fasta verksamhetsställen före och efter, till mobila hållplatser och andelen distanstjänster.</translation>
    </message>
    <message>
        <source>The cells with their best channel before and after.</source>
        <translation>Rutorna med sin bästa servicekanal före och efter.</translation>
    </message>
    <message>
        <source>How much of the loss the mobile stops and remote care make up.</source>
        <translation>Hur stor del av förlusten de mobila hållplatserna och distansvården kompenserar.</translation>
    </message>
    <message>
        <source>Statistics Finland population grid by age.</source>
        <translation>Statistikcentralens befolkningsrutnät efter ålder.</translation>
    </message>
    <message>
        <source>Numeric field with the total population of each cell.</source>
        <translation>Numeriskt fält med varje rutas totala befolkning.</translation>
    </message>
    <message>
        <source>Optional visits per person and year by age group: the need-weighted demand per year.</source>
        <translation>Valfria besök per person och år per åldersgrupp: den behovsviktade efterfrågan per år.</translation>
    </message>
    <message>
        <source>The grid with the projected population by age per target year.</source>
        <translation>Rutnätet med den prognostiserade befolkningen efter ålder per målår.</translation>
    </message>
    <message>
        <source>Table of the sites&apos; costs (leases, running costs).</source>
        <translation>Tabell över verksamhetsställenas kostnader (hyror, driftskostnader).</translation>
    </message>
    <message>
        <source>Name of the scenario in the cost tables.</source>
        <translation>Scenariots namn i kostnadstabellerna.</translation>
    </message>
    <message>
        <source>Table of the sites: fixed costs, lease ends, open-from years, capacities, required or forbidden.</source>
        <translation>Tabell över verksamhetsställena: fasta kostnader, hyresavtalens slut, öppningsår, kapaciteter, obligatoriska eller förbjudna.</translation>
    </message>
    <message>
        <source>Flow table of a closure impact (from_fac, to_fac), read instead of the merged sites.</source>
        <translation>Flödestabell från en stängningsanalys (from_fac, to_fac), läses i stället för de sammanslagna verksamhetsställena.</translation>
    </message>
    <message>
        <source>Staff commutes per site, before and after.</source>
        <translation>Personalens arbetsresor per verksamhetsställe, före och efter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With channels&lt;/b&gt; the cells get &lt;code&gt;ch_best_before&lt;/code&gt;, &lt;code&gt;ch_best_after&lt;/code&gt;, &lt;code&gt;ch_lost&lt;/code&gt; (1: loses the fixed site within the threshold), &lt;code&gt;ch_comp_mobile&lt;/code&gt; (1: a mobile stop makes it up), &lt;code&gt;ch_comp_remote&lt;/code&gt; (share made up by remote visits) and each channel&apos;s figure (&lt;code&gt;ch_mobile_min&lt;/code&gt;, &lt;code&gt;ch_mobile_interval_days&lt;/code&gt;, &lt;code&gt;ch_b_conn&lt;/code&gt;, &lt;code&gt;ch_sigma&lt;/code&gt;); the optional table &lt;b&gt;Channels: compensation by area&lt;/b&gt; and the report&apos;s section &lt;i&gt;Other service channels&lt;/i&gt; say, per area (municipality) and in all, how many lose their site and how many of them a mobile stop and remote visits compensate (persons and %).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Med kanaler&lt;/b&gt; får rutorna &lt;code&gt;ch_best_before&lt;/code&gt;, &lt;code&gt;ch_best_after&lt;/code&gt;, &lt;code&gt;ch_lost&lt;/code&gt; (1: förlorar det fasta verksamhetsstället inom tröskelvärdet), &lt;code&gt;ch_comp_mobile&lt;/code&gt; (1: en mobil hållplats kompenserar), &lt;code&gt;ch_comp_remote&lt;/code&gt; (andel som kompenseras av distansbesök) och varje kanals värde (&lt;code&gt;ch_mobile_min&lt;/code&gt;, &lt;code&gt;ch_mobile_interval_days&lt;/code&gt;, &lt;code&gt;ch_b_conn&lt;/code&gt;, &lt;code&gt;ch_sigma&lt;/code&gt;); den valfria tabellen &lt;b&gt;Kanaler: kompensation per område&lt;/b&gt; och rapportens avsnitt &lt;i&gt;Andra servicekanaler&lt;/i&gt; visar per område (kommun) och totalt hur många som förlorar sitt verksamhetsställe och hur många av dem som kompenseras av en mobil hållplats och av distansbesök (personer och %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Optional candidate stops for planning a route day (points or polygons; stop_id field or feature ids).</source>
        <translation>Valfria kandidathållplatser för att planera en ruttdag (punkter eller polygoner; stop_id-fält eller objektens id).</translation>
    </message>
    <message>
        <source>Plan: minutes the unit spends at each chosen stop, setup included.</source>
        <translation>Plan: minuter som enheten tillbringar vid varje vald hållplats, inklusive förberedelser.</translation>
    </message>
    <message>
        <source>Plan: the candidates with their route order (seq, 0: not chosen) and the need within reach.</source>
        <translation>Plan: kandidaterna med sin ruttordning (seq, 0: inte vald) och behovet inom räckhåll.</translation>
    </message>
    <message>
        <source>Plan: the route day with its stops, drive, day and slack minutes and the need covered.</source>
        <translation>Plan: ruttdagen med hållplatser, körning, dag och marginal i minuter samt täckt behov.</translation>
    </message>
    <message>
        <source>Optional mobile stops (points with stop_id and unit_id): a cell within the mobile stop access time of a stop with visits counts as served by it.</source>
        <translation>Valfria mobila hållplatser (punkter med stop_id och unit_id): en ruta inom restiden till en mobil hållplats med besök räknas som betjänad av den.</translation>
    </message>
    <message>
        <source>Mobile units table (needed with mobile stops): unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</source>
        <translation>Tabell över mobila enheter (krävs med mobila hållplatser): unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</translation>
    </message>
    <message>
        <source>Stop schedule table (needed with mobile stops), as for Mobile service units.</source>
        <translation>Hållplatsschema (krävs med mobila hållplatser), som för Mobila serviceenheter.</translation>
    </message>
    <message>
        <source>A cell is served by a mobile stop within this many minutes (same travel mode as the sites).</source>
        <translation>En ruta betjänas av en mobil hållplats inom så här många minuter (samma färdsätt som för verksamhetsställena).</translation>
    </message>
    <message>
        <source>Field of the population layer matching the broadband table&apos;s grid_id (needed with a broadband table).</source>
        <translation>Fält i befolkningslagret som motsvarar bredbandstabellens grid_id (krävs med en bredbandstabell).</translation>
    </message>
    <message>
        <source>Optional broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov): with it, remote visits count as a channel.</source>
        <translation>Valfri bredbandstabell (grid_id, hh_total, hh_fixed_100M, mob_cov): med den räknas distansbesök som en kanal.</translation>
    </message>
    <message>
        <source>Optional table per area: residents losing the site, made up by a mobile stop, by remote visits, and left.</source>
        <translation>Valfri tabell per område: invånare som förlorar verksamhetsstället, kompenserade av en mobil hållplats, av distansbesök samt återstående.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which sites to keep, close and open, year by year, so that the network costs the least while every resident is served and a stated level of access holds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: cells with an id and demand per year, named by a pattern such as &lt;code&gt;need_{year}&lt;/code&gt; (the output of &lt;i&gt;Population projection to target years&lt;/i&gt;) or one field for every year. &lt;b&gt;Sites&lt;/b&gt; (table or layer): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;existing&lt;/code&gt; (1 = open today, 0 = candidate), and the cost fields of &lt;i&gt;Service network costs&lt;/i&gt; (&lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;...), optional &lt;code&gt;capacity&lt;/code&gt; (demand units per year), &lt;code&gt;lease_end&lt;/code&gt; (an existing site can close only from the year after its lease end; without one from the first year), &lt;code&gt;open_from&lt;/code&gt; (first year a candidate can open), &lt;code&gt;required&lt;/code&gt; and &lt;code&gt;forbidden&lt;/code&gt; (1/0). &lt;b&gt;Travel times&lt;/b&gt;: a long table &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, e.g. the OD matrix algorithm&apos;s output from cells to sites (pairs missing from it cannot be used).&lt;/p&gt;&lt;p&gt;What is computed: an exact mixed-integer programme (HiGHS) minimising the sum over the years of discounted [sites&apos; yearly costs while open + EUR per minute x demand x travel minutes], where each cell&apos;s demand goes to open sites (split only where capacities bind), existing sites close at most once and stay closed, candidates open at most once and stay open, and, when an &lt;b&gt;access floor&lt;/b&gt; is given, at least that share of the floor demand (e.g. &lt;code&gt;pop_75_84_{year},pop_85__{year}&lt;/code&gt;) is served within the floor minutes every year, and, with &lt;b&gt;staff available&lt;/b&gt; (&lt;code&gt;area&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;; an empty area is the whole county; the sites&apos; &lt;code&gt;area&lt;/code&gt; field places them), the open sites of an area never need more FTE of a profession (from &lt;b&gt;staff per site&lt;/b&gt;) than available. When no plan can meet the staff limits, the message names each limit that cannot be met and the FTE that the plan closest to the limits (least FTE over them in total) would still need. A site&apos;s yearly cost is what it would cost open all year (rent, renewal rent after lease end, operating costs, and the repair backlog in its investment year). &lt;b&gt;EUR per minute&lt;/b&gt; values a demand unit&apos;s one-way travel minute; 0.4 is about a return trip by car at Kela&apos;s 0.20 EUR/km and 60 km/h. The log and the yearly table state the objective, the solver&apos;s proven lower bound and the gap.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the plan (site, year, open, change: kept/closed/opened, demand served) and a yearly table (sites open, fixed costs, travel cost, share of floor demand within the floor minutes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vilka verksamhetsställen som ska behållas, stängas och öppnas, år för år, så att servicenätet kostar minst medan varje invånare betjänas och en angiven tillgänglighetsnivå uppfylls.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Efterfrågan&lt;/b&gt;: rutor med id och efterfrågan per år, namngivna enligt ett mönster som &lt;code&gt;need_{year}&lt;/code&gt; (resultatet från &lt;i&gt;Befolkningsprognos för målår&lt;/i&gt;) eller ett fält för varje år. &lt;b&gt;Verksamhetsställen&lt;/b&gt; (tabell eller lager): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;existing&lt;/code&gt; (1 = öppet i dag, 0 = kandidat) och kostnadsfälten från &lt;i&gt;Servicenätets kostnader&lt;/i&gt; (&lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;...), valfritt &lt;code&gt;capacity&lt;/code&gt; (efterfrågeenheter per år), &lt;code&gt;lease_end&lt;/code&gt; (ett befintligt verksamhetsställe kan stängas först från året efter att hyresavtalet löper ut; utan det från det första året), &lt;code&gt;open_from&lt;/code&gt; (första året en kandidat kan öppnas), &lt;code&gt;required&lt;/code&gt; och &lt;code&gt;forbidden&lt;/code&gt; (1/0). &lt;b&gt;Restider&lt;/b&gt;: en lång tabell &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, t.ex. resultatet från algoritmen för start–mål-matris från rutor till verksamhetsställen (par som saknas i den kan inte användas).&lt;/p&gt;&lt;p&gt;Vad som beräknas: ett exakt blandat heltalsprogram (HiGHS) som minimerar den diskonterade summan över åren av [verksamhetsställenas årskostnader medan de är öppna + euro per minut x efterfrågan x resminuter]. Varje rutas efterfrågan går till öppna verksamhetsställen (delas bara där kapaciteterna begränsar), befintliga verksamhetsställen stängs högst en gång och förblir stängda, kandidater öppnas högst en gång och förblir öppna. När ett &lt;b&gt;tillgänglighetsgolv&lt;/b&gt; anges betjänas minst den andelen av golvets efterfrågan (t.ex. &lt;code&gt;pop_75_84_{year},pop_85__{year}&lt;/code&gt;) inom golvets minuter varje år. Med &lt;b&gt;tillgänglig personal&lt;/b&gt; (&lt;code&gt;area&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;; ett tomt område är hela välfärdsområdet; verksamhetsställenas fält &lt;code&gt;area&lt;/code&gt; placerar dem) behöver ett områdes öppna verksamhetsställen aldrig fler årsverken (FTE) av en yrkesgrupp (enligt &lt;b&gt;personal per verksamhetsställe&lt;/b&gt;) än vad som finns tillgängligt. När ingen plan kan hålla personalgränserna namnger meddelandet varje gräns som inte kan hållas och de årsverken som planen närmast gränserna (minst FTE över dem totalt) ändå skulle behöva. Ett verksamhetsställes årskostnad är vad det skulle kosta att ha det öppet hela året (hyra, förnyad hyra efter att hyresavtalet löpt ut, driftskostnader och reparationsskulden under investeringsåret). &lt;b&gt;Euro per resminut&lt;/b&gt; värderar en efterfrågeenhets enkelriktade resminut; 0,4 motsvarar ungefär en tur-och-returresa med bil enligt FPA:s 0,20 EUR/km och 60 km/h. Loggen och årstabellen anger målvärdet, lösarens bevisade undre gräns och gapet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: planen (verksamhetsställe, år, öppet, förändring: behållet/stängt/öppnat, betjänad efterfrågan) och en årstabell (öppna verksamhetsställen, fasta kostnader, resekostnad, andel av golvets efterfrågan inom golvets minuter).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the yearly costs and NPV of &apos;keep all&apos; and &apos;close 3 and 4&apos;, the second&apos;s costs per site and year with the site costs, and the staff commutes of the merger.</source>
        <translation>de årliga kostnaderna och nuvärdena för 'keep all' och 'close 3 and 4', det senares kostnader per verksamhetsställe och år med verksamhetsställenas kostnader, samt personalens arbetsresor vid sammanslagningen.</translation>
    </message>
    <message>
        <source>Count the population as projected to this year (e.g. 2030): the population field becomes the cells&apos; projected demand by age (growth factors of the projection table per municipality and age group, masked -1 ages filled from the municipality&apos;s shares, no raking), weighted by the use rates when given. 0: the population as it is.</source>
        <translation>Räkna befolkningen enligt prognosen för detta år (t.ex. 2030): befolkningsfältet blir rutornas prognostiserade efterfrågan efter ålder (prognostabellens tillväxtfaktorer per kommun och åldersgrupp, maskerade -1-åldrar ifyllda med kommunens andelar, ingen kalibrering mot marginalsummor), viktad med användningsgraderna när de anges. 0: befolkningen som den är.</translation>
    </message>
    <message>
        <source>Target year: visits per person and year by age group of the projection, e.g. 0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9; empty: persons.</source>
        <translation>Målår: besök per person och år per åldersgrupp i prognosen, t.ex. 0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9; tomt: personer.</translation>
    </message>
    <message>
        <source>Optional table of the staff available: area, profession, fte. A plan may not need more FTE of a profession in an area than listed (the sites&apos; FTE by profession from the staff table, their area from the sites&apos; area field).</source>
        <translation>Valfri tabell över tillgänglig personal: area, profession, fte. En plan får inte behöva fler årsverken (FTE) av en yrkesgrupp i ett område än vad som anges (verksamhetsställenas FTE per yrkesgrupp från personaltabellen, deras område från verksamhetsställenas area-fält).</translation>
    </message>
    <message>
        <source>Costs per year of each scenario (Service network costs or the least-cost plan&apos;s plan by year); the first is the baseline.</source>
        <translation>Varje scenarios kostnader per år (Servicenätets kostnader eller den billigaste planens Plan per år); det första är basalternativet.</translation>
    </message>
    <message>
        <source>Optional NPV tables of Service network costs; empty: computed from the yearly totals.</source>
        <translation>Valfria nuvärdestabeller från Servicenätets kostnader; tomt: beräknas från årssummorna.</translation>
    </message>
    <message>
        <source>Discount rate (%) when no NPV table is given.</source>
        <translation>Diskonteringsränta (%) när ingen nuvärdestabell anges.</translation>
    </message>
    <message>
        <source>Optional costs per site and year of one scenario, or a plan by site and year: the lease timeline.</source>
        <translation>Valfria kostnader per verksamhetsställe och år för ett scenario, eller en plan per verksamhetsställe och år: hyresavtalens tidslinje.</translation>
    </message>
    <message>
        <source>Optional staff commutes by site (over the limit before and after).</source>
        <translation>Valfria arbetsresor för personalen per verksamhetsställe (över gränsen före och efter).</translation>
    </message>
    <message>
        <source>Optional staff per site: site_id, profession, fte (the FTE an open site needs).</source>
        <translation>Valfri personal per verksamhetsställe: site_id, profession, fte (de årsverken, FTE, som ett öppet verksamhetsställe behöver).</translation>
    </message>
    <message>
        <source>Every input point (facility, population feature, origin, destination) the network cannot route, as QGIS&apos;s own service area reports them: &lt;code&gt;layer&lt;/code&gt;, &lt;code&gt;feature_id&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;too far from a road&lt;/i&gt;, &lt;i&gt;on a road piece not connected to the main network&lt;/i&gt;, &lt;i&gt;no geometry&lt;/i&gt;) and &lt;code&gt;snap_m&lt;/code&gt;, the distance to the nearest usable road (m). The other outputs count these points as not reaching any facility.</source>
        <translation>Varje indatapunkt (verksamhetsställe, befolkningsobjekt, start- eller målpunkt) som nätet inte kan rutta, på samma sätt som QGIS egen serviceområdesfunktion rapporterar dem: &lt;code&gt;layer&lt;/code&gt;, &lt;code&gt;feature_id&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;för långt från en väg&lt;/i&gt;, &lt;i&gt;på en vägdel som inte är ansluten till huvudnätet&lt;/i&gt;, &lt;i&gt;ingen geometri&lt;/i&gt;) och &lt;code&gt;snap_m&lt;/code&gt;, avståndet till närmaste användbara väg (m). De övriga resultaten räknar dessa punkter som punkter som inte når något verksamhetsställe.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Road network parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Road network&lt;/b&gt;: line layer of roads (e.g. OSM, Digiroad). Lines are joined where they share a vertex: vertices within the &lt;b&gt;topology tolerance&lt;/b&gt; of each other (directly or through a chain of such vertices) become one junction; the log says how many were joined, and a tolerance not smaller than the median road segment is refused (it would collapse the network). &lt;b&gt;Travel mode&lt;/b&gt;: car, walk, bike, wheelchair. &lt;b&gt;Road class field&lt;/b&gt; with &lt;b&gt;road class scheme&lt;/b&gt; OSM &lt;i&gt;highway&lt;/i&gt; values or Digiroad functional classes 1-8 gives car speeds per class (edit them with &lt;b&gt;class speeds&lt;/b&gt;, e.g. &lt;code&gt;residential=30,service=15&lt;/code&gt;; 0 closes a class) and tells which roads the other modes may not use (e.g. motorways). With the OSM scheme, the classes that OSM documents as never open to private cars are closed to cars: &lt;i&gt;footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, elevator, platform, busway, bus_guideway, raceway, escape&lt;/i&gt;, and ways not built or no longer in use (&lt;i&gt;proposed, planned, construction, abandoned, disused, razed&lt;/i&gt;; these, raceways, motorways and trunk roads are closed to walking and cycling too); every other class outside the speed table is driven at the &lt;b&gt;car speed on roads of unknown class&lt;/b&gt;. With the Digiroad scheme only the classes of the table (1-7) are open to cars. &lt;b&gt;Speed field&lt;/b&gt; (km/h) wins over the class speed for cars; NULL falls back to the class speed. &lt;b&gt;One-way field&lt;/b&gt; accepts OSM &lt;code&gt;oneway&lt;/code&gt; values (yes/-1) or Digiroad direction codes (2 both, 3 against, 4 along digitising); an OSM &lt;code&gt;other_tags&lt;/code&gt; field works too, and there &lt;code&gt;junction=roundabout&lt;/code&gt; or &lt;code&gt;circular&lt;/code&gt; without a &lt;code&gt;oneway&lt;/code&gt; tag is one-way along the way, as OSM defines it. One-way rules apply to: car. Points (facilities, population) are snapped to the nearest point of the nearest road usable by the mode on the main network (its largest connected piece); the walk from the point to the road is counted at the &lt;b&gt;access walking speed&lt;/b&gt;. A point whose nearest road is a piece not connected to the main network is snapped to the main network, farther away: the log counts such points and outputs with a &lt;code&gt;snap_note&lt;/code&gt; field mark them &lt;i&gt;nearest road not connected to the network&lt;/i&gt;. Points farther than the &lt;b&gt;maximum snapping distance&lt;/b&gt; from the main network are reported with the reason: &lt;i&gt;on a road piece not connected to the main network&lt;/i&gt; when such a piece is within that distance, else &lt;i&gt;too far from a road&lt;/i&gt;. A point at the very place of a facility is 0 minutes from it. Distances are measured in a CRS in ground metres: the road layer's own when it is one, else EPSG:3067 (TM35FIN) in Finland and the local UTM zone elsewhere (the log says which).&lt;/p&gt;&lt;h3&gt;Digiroad road links&lt;/h3&gt;&lt;p&gt;A Digiroad road-link product of the Finnish Transport Infrastructure Agency (Väylävirasto; shapefile or GeoPackage, upper- or lower-case field names) is recognised by its fields: an empty &lt;b&gt;road class field&lt;/b&gt; becomes &lt;code&gt;TOIMINN_LK&lt;/code&gt; (functional class) and selects the Digiroad scheme, an empty &lt;b&gt;link type field&lt;/b&gt; &lt;code&gt;LINKKITYYP&lt;/code&gt;, an empty &lt;b&gt;one-way field&lt;/b&gt; &lt;code&gt;AJOSUUNTA&lt;/code&gt;; the log says so, and names each of these fields the layer lacks with what is then assumed. Codes outside the lists below are counted and listed in the log: an unknown functional class closes the link, an unknown link type leaves it to its functional class. &lt;b&gt;Digiroad speed limits&lt;/b&gt;: the speed-limit layer (&lt;code&gt;DR_NOPEUSRAJOITUS&lt;/code&gt;: &lt;code&gt;LINK_ID&lt;/code&gt;, measures &lt;code&gt;ALKUM&lt;/code&gt;..&lt;code&gt;LOPPUM&lt;/code&gt; in metres, &lt;code&gt;ARVO&lt;/code&gt; km/h) joined to the links by &lt;code&gt;LINK_ID&lt;/code&gt;; a link takes the speed that gives the same time as its limits over the measure ranges they cover (e.g. 80 km/h on 500 m and 40 km/h on 500 m: 53.3 km/h); a link less than half covered, or not in the table, keeps its class speed. Limits are for cars. A ferry (link type 21) is a timed link for every mode: 10 km/h plus a 10-minute wait. &lt;code&gt;KUNTAKOODI&lt;/code&gt; (municipality code) is not used for routing. Codes as in &lt;i&gt;Digiroad – Description of Data Objects&lt;/i&gt; (Väylävirasto, release 4/2017, appendix 1) and &lt;i&gt;Digiroad – tietolajien kuvaus&lt;/i&gt;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Field&lt;/th&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Meaning&lt;/th&gt;&lt;th&gt;Engine class&lt;/th&gt;&lt;th&gt;Rules&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;class I main road (valtatie) / regional main street&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;no walk, no bike, car 90 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;class II main road (kantatie) / regional main street&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;car 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;regional road (seututie) / local main street&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;car 60 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;connecting road (yhdystie) / collector street&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;car 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;class I private road / feeder street&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;car 40 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;class II private road (other private road)&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;car 30 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;driving path (ajopolku)&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;car 20 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;pedestrian and cycle way (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;motorway (moottoritie)&lt;/td&gt;&lt;td&gt;motorway&lt;/td&gt;&lt;td&gt;no walk, no bike, car 100 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;multiple carriageway road (moniajoratainen tie)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;single carriageway road (yksiajoratainen tie)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;freeway (moottoriliikennetie)&lt;/td&gt;&lt;td&gt;freeway&lt;/td&gt;&lt;td&gt;no walk, no bike, car 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;roundabout (kiertoliittymä)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;slip road / ramp (ramppi)&lt;/td&gt;&lt;td&gt;ramp&lt;/td&gt;&lt;td&gt;no walk, no bike, car 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;rest area (levähdysalue)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;pedestrian and cycle way (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;path&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;pedestrian zone (jalankulkualue)&lt;/td&gt;&lt;td&gt;pedestrian_zone&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;service or emergency road (huolto- tai pelastustie)&lt;/td&gt;&lt;td&gt;service_road&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;enclosed traffic area (liitännäisliikennealue)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;driving path (ajopolku)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;service opening on a motorway (huoltoaukko moottoritiellä)&lt;/td&gt;&lt;td&gt;service_opening&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;special transport connection with a gate (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;special transport connection without a gate (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;21&lt;/td&gt;&lt;td&gt;ferry (lautta / lossi)&lt;/td&gt;&lt;td&gt;ferry&lt;/td&gt;&lt;td&gt;all at 10 km/h + 10 min wait&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;both directions&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;both ways&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;against the digitising direction&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;one-way against the line (cars)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;along the digitising direction&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;one-way along the line (cars)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Class 1 roads are also closed to walking and cycling (with no link type, class 1 stands for motorways); wheelchairs also keep off driving paths (class 7) and service roads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vägnätets parametrar&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Vägnät&lt;/b&gt;: linjelager med vägar (t.ex. OSM, Digiroad). Linjerna sammanfogas där de har en gemensam brytpunkt: brytpunkter inom &lt;b&gt;topologitoleransen&lt;/b&gt; från varandra (direkt eller genom en kedja av sådana brytpunkter) blir en korsning; loggen säger hur många som sammanfogades, och en tolerans som inte är mindre än medianvägsegmentet avvisas (den skulle få nätet att kollapsa). &lt;b&gt;Färdsätt&lt;/b&gt;: bil, gång, cykel, rullstol. &lt;b&gt;Vägklassfältet&lt;/b&gt; med &lt;b&gt;vägklassificeringen&lt;/b&gt; OSM &lt;i&gt;highway&lt;/i&gt;-värden eller Digiroads funktionella klasser 1-8 ger bilhastigheterna per klass (ändra dem med &lt;b&gt;klasshastigheter&lt;/b&gt;, t.ex. &lt;code&gt;residential=30,service=15&lt;/code&gt;; 0 stänger en klass) och anger vilka vägar de andra färdsätten inte får använda (t.ex. motorvägar). Med OSM-klassificeringen stängs för bilar de klasser som OSM dokumenterar som aldrig öppna för privatbilar: &lt;i&gt;footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, elevator, platform, busway, bus_guideway, raceway, escape&lt;/i&gt;, samt vägar som inte byggts eller inte längre används (&lt;i&gt;proposed, planned, construction, abandoned, disused, razed&lt;/i&gt;; dessa, racerbanor, motorvägar och motortrafikleder är stängda även för gång och cykel); alla andra klasser utanför hastighetstabellen körs med &lt;b&gt;bilens hastighet på vägar av okänd klass&lt;/b&gt;. Med Digiroad-klassificeringen är endast tabellens klasser (1-7) öppna för bilar. &lt;b&gt;Hastighetsfältet&lt;/b&gt; (km/h) går före klasshastigheten för bilar; NULL faller tillbaka på klasshastigheten. &lt;b&gt;Enkelriktningsfältet&lt;/b&gt; accepterar OSM:s &lt;code&gt;oneway&lt;/code&gt;-värden (yes/-1) eller Digiroads riktningskoder (2 båda, 3 mot, 4 längs digitaliseringsriktningen); även ett OSM-fält &lt;code&gt;other_tags&lt;/code&gt; fungerar, och där är &lt;code&gt;junction=roundabout&lt;/code&gt; eller &lt;code&gt;circular&lt;/code&gt; utan &lt;code&gt;oneway&lt;/code&gt;-tagg enkelriktad i vägens riktning, så som OSM definierar det. Enkelriktning gäller färdsätten: bil. Punkter (serviceställen, befolkning) fästs vid närmaste punkt på den närmaste väg i huvudnätet (dess största sammanhängande del) som färdsättet får använda; gången från punkten till vägen räknas med &lt;b&gt;gånghastigheten från punkt till väg&lt;/b&gt;. En punkt vars närmaste väg är en bit som inte är ansluten till huvudnätet fästs vid huvudnätet, längre bort: loggen räknar sådana punkter och resultat med ett &lt;code&gt;snap_note&lt;/code&gt;-fält markerar dem &lt;i&gt;närmaste väg är inte ansluten till nätet&lt;/i&gt;. Punkter längre bort från huvudnätet än det &lt;b&gt;största fästavståndet&lt;/b&gt; rapporteras med orsaken: &lt;i&gt;på en vägdel som inte är ansluten till huvudnätet&lt;/i&gt; när en sådan bit ligger inom det avståndet, annars &lt;i&gt;för långt från en väg&lt;/i&gt;. En punkt på samma plats som ett serviceställe ligger 0 minuter från det. Avstånd mäts i ett koordinatsystem i meter i terrängen: väglagrets eget när det är ett sådant, annars EPSG:3067 (TM35FIN) i Finland och den lokala UTM-zonen på andra håll (loggen säger vilket).&lt;/p&gt;&lt;h3&gt;Digiroads väglänkar&lt;/h3&gt;&lt;p&gt;En Digiroad-väglänksprodukt från Trafikledsverket (Väylävirasto; shapefil eller GeoPackage, fältnamn med versaler eller gemener) känns igen på sina fält: ett tomt &lt;b&gt;vägklassfält&lt;/b&gt; blir &lt;code&gt;TOIMINN_LK&lt;/code&gt; (funktionell klass) och väljer Digiroad-klassificeringen, ett tomt &lt;b&gt;länktypsfält&lt;/b&gt; blir &lt;code&gt;LINKKITYYP&lt;/code&gt; och ett tomt &lt;b&gt;enkelriktningsfält&lt;/b&gt; &lt;code&gt;AJOSUUNTA&lt;/code&gt;; loggen säger det och nämner vart och ett av dessa fält som lagret saknar samt vad som då antas. Koder utanför listorna nedan räknas och listas i loggen: en okänd funktionell klass stänger länken, en okänd länktyp lämnar den åt dess funktionella klass. &lt;b&gt;Digiroads hastighetsbegränsningar&lt;/b&gt;: lagret med hastighetsbegränsningar (&lt;code&gt;DR_NOPEUSRAJOITUS&lt;/code&gt;: &lt;code&gt;LINK_ID&lt;/code&gt;, mått &lt;code&gt;ALKUM&lt;/code&gt;..&lt;code&gt;LOPPUM&lt;/code&gt; i meter, &lt;code&gt;ARVO&lt;/code&gt; km/h) kopplas till länkarna via &lt;code&gt;LINK_ID&lt;/code&gt;; en länk får den hastighet som ger samma tid som dess begränsningar över de mätintervall de täcker (t.ex. 80 km/h på 500 m och 40 km/h på 500 m: 53,3 km/h); en länk som täcks till mindre än hälften, eller som inte finns i tabellen, behåller sin klasshastighet. Begränsningarna gäller bilar. En färja (länktyp 21) är en tidsatt länk för alla färdsätt: 10 km/h plus 10 minuters väntan. &lt;code&gt;KUNTAKOODI&lt;/code&gt; (kommunkod) används inte för ruttberäkningen. Koder enligt &lt;i&gt;Digiroad – Description of Data Objects&lt;/i&gt; (Väylävirasto, version 4/2017, bilaga 1) och &lt;i&gt;Digiroad – tietolajien kuvaus&lt;/i&gt;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Fält&lt;/th&gt;&lt;th&gt;Kod&lt;/th&gt;&lt;th&gt;Betydelse&lt;/th&gt;&lt;th&gt;Beräkningsklass&lt;/th&gt;&lt;th&gt;Regler&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;huvudväg klass I (valtatie) / regional huvudgata&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;ingen gång, ingen cykel, bil 90 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;huvudväg klass II (kantatie) / regional huvudgata&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;bil 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;regionalväg (seututie) / lokal huvudgata&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;bil 60 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;förbindelseväg (yhdystie) / matargata&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;bil 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;enskild väg klass I / anslutningsgata&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;bil 40 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;enskild väg klass II (övrig enskild väg)&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;bil 30 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;körstig (ajopolku)&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;bil 20 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;gång- och cykelväg (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;ingen bil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;motorväg (moottoritie)&lt;/td&gt;&lt;td&gt;motorway&lt;/td&gt;&lt;td&gt;ingen gång, ingen cykel, bil 100 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;väg med flera körbanor (moniajoratainen tie)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;väg med en körbana (yksiajoratainen tie)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;motortrafikled (moottoriliikennetie)&lt;/td&gt;&lt;td&gt;freeway&lt;/td&gt;&lt;td&gt;ingen gång, ingen cykel, bil 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;cirkulationsplats (kiertoliittymä)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;påfart / avfart, ramp (ramppi)&lt;/td&gt;&lt;td&gt;ramp&lt;/td&gt;&lt;td&gt;ingen gång, ingen cykel, bil 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;rastplats (levähdysalue)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;gång- och cykelväg (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;path&lt;/td&gt;&lt;td&gt;ingen bil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;gångområde (jalankulkualue)&lt;/td&gt;&lt;td&gt;pedestrian_zone&lt;/td&gt;&lt;td&gt;ingen bil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;service- eller räddningsväg (huolto- tai pelastustie)&lt;/td&gt;&lt;td&gt;service_road&lt;/td&gt;&lt;td&gt;ingen bil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;slutet trafikområde (liitännäisliikennealue)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;körstig (ajopolku)&lt;/td&gt;&lt;td&gt;(funktionell klass)&lt;/td&gt;&lt;td&gt;som dess funktionella klass&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;serviceöppning på motorväg (huoltoaukko moottoritiellä)&lt;/td&gt;&lt;td&gt;service_opening&lt;/td&gt;&lt;td&gt;ingen bil, ingen gång, ingen cykel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;specialtransportförbindelse med bom (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;ingen bil, ingen gång, ingen cykel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;specialtransportförbindelse utan bom (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;ingen bil, ingen gång, ingen cykel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;21&lt;/td&gt;&lt;td&gt;färja (lautta / lossi)&lt;/td&gt;&lt;td&gt;ferry&lt;/td&gt;&lt;td&gt;alla 10 km/h + 10 min väntan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;båda riktningarna&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;dubbelriktad&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;mot digitaliseringsriktningen&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;enkelriktad mot linjen (bilar)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;längs digitaliseringsriktningen&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;enkelriktad längs linjen (bilar)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Vägar i klass 1 är också stängda för gång och cykel (utan länktyp står klass 1 för motorvägar); rullstolar håller sig också borta från körstigar (klass 7) och servicevägar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A list of service sites as the counties keep them, a CSV table (comma, semicolon or tab separated; UTF-8 or Windows-1252; decimal commas read), into a point layer in EPSG:3067 (ETRS-TM35FIN) with every column of the table (columns holding only numbers as numbers).&lt;/p&gt;&lt;p&gt;The coordinate columns are found by name unless chosen: &lt;code&gt;x&lt;/code&gt;/&lt;code&gt;y&lt;/code&gt;, &lt;code&gt;E&lt;/code&gt;/&lt;code&gt;N&lt;/code&gt;, &lt;code&gt;itä&lt;/code&gt;/&lt;code&gt;pohjoinen&lt;/code&gt;, &lt;code&gt;easting&lt;/code&gt;/&lt;code&gt;northing&lt;/code&gt;, &lt;code&gt;xkoord&lt;/code&gt;/&lt;code&gt;ykoord&lt;/code&gt; for ETRS-TM35FIN metres, &lt;code&gt;lon&lt;/code&gt; (or &lt;code&gt;lng&lt;/code&gt;)/&lt;code&gt;lat&lt;/code&gt; for WGS84 degrees. The system is told by the values: in Finland TM35FIN easting lies between 20,000 and 800,000 m and northing between 6,550,000 and 7,850,000 m, WGS84 longitude between 19 and 32 and latitude between 59 and 71; a northing in the column named &lt;code&gt;x&lt;/code&gt; (the Finnish surveying habit) is read as the northing. The log says which columns and system were used. Rows whose coordinates cannot be read (empty, not numbers, outside Finland, or an address alone: addresses cannot be located offline, geocode them first) are left out and named in the log by row number and site name.&lt;/p&gt;&lt;p&gt;A Statistics Finland population grid as a table works too: its &lt;code&gt;xkoord&lt;/code&gt;, &lt;code&gt;ykoord&lt;/code&gt; (or &lt;code&gt;euref_x&lt;/code&gt;, &lt;code&gt;euref_y&lt;/code&gt;) are the cells' lower-left corners, so with a &lt;code&gt;grd_id&lt;/code&gt; (e.g. &lt;code&gt;250mN667075E38250&lt;/code&gt;) giving the cell size the points are put at the cell centres; the population fields are kept as numbers, masked cells as -1 (the algorithms count those as 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;En lista över verksamhetsställen så som välfärdsområdena för den, en CSV-tabell (komma-, semikolon- eller tabbseparerad; UTF-8 eller Windows-1252; decimalkomman läses), blir ett punktlager i EPSG:3067 (ETRS-TM35FIN) med alla tabellens kolumner (kolumner med enbart tal som tal).&lt;/p&gt;&lt;p&gt;Koordinatkolumnerna hittas via namnet om de inte väljs: &lt;code&gt;x&lt;/code&gt;/&lt;code&gt;y&lt;/code&gt;, &lt;code&gt;E&lt;/code&gt;/&lt;code&gt;N&lt;/code&gt;, &lt;code&gt;itä&lt;/code&gt;/&lt;code&gt;pohjoinen&lt;/code&gt;, &lt;code&gt;easting&lt;/code&gt;/&lt;code&gt;northing&lt;/code&gt;, &lt;code&gt;xkoord&lt;/code&gt;/&lt;code&gt;ykoord&lt;/code&gt; för ETRS-TM35FIN-meter, &lt;code&gt;lon&lt;/code&gt; (eller &lt;code&gt;lng&lt;/code&gt;)/&lt;code&gt;lat&lt;/code&gt; för WGS84-grader. Systemet avgörs av värdena: i Finland ligger TM35FIN-östkoordinaten mellan 20 000 och 800 000 m och nordkoordinaten mellan 6 550 000 och 7 850 000 m, WGS84-longituden mellan 19 och 32 och latituden mellan 59 och 71; en nordkoordinat i kolumnen &lt;code&gt;x&lt;/code&gt; (finländsk lantmäteripraxis) läses som nordkoordinat. Loggen säger vilka kolumner och vilket system som användes. Rader vars koordinater inte kan läsas (tomma, inte tal, utanför Finland eller bara en adress: adresser kan inte lokaliseras offline, geokoda dem först) utelämnas och nämns i loggen med radnummer och ställets namn.&lt;/p&gt;&lt;p&gt;Även Statistikcentralens befolkningsrutnät som tabell fungerar: dess &lt;code&gt;xkoord&lt;/code&gt;, &lt;code&gt;ykoord&lt;/code&gt; (eller &lt;code&gt;euref_x&lt;/code&gt;, &lt;code&gt;euref_y&lt;/code&gt;) är rutornas nedre vänstra hörn, så när ett &lt;code&gt;grd_id&lt;/code&gt; (t.ex. &lt;code&gt;250mN667075E38250&lt;/code&gt;) anger rutstorleken placeras punkterna i rutornas mittpunkter; befolkningsfälten behålls som tal, maskerade rutor som -1 (algoritmerna räknar dem som 0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>terveysasemat.csv with columns nimi;itä;pohjoinen (or nimi,lat,lon): the health stations as points in EPSG:3067 for the Facilities parameter.</source>
        <translation>terveysasemat.csv med kolumnerna nimi;itä;pohjoinen (eller nimi,lat,lon): hälsostationerna som punkter i EPSG:3067 för parametern Serviceställen.</translation>
    </message>
    <message>
        <source>Numeric field with the residents of each feature (NULL counts 0); preselected: vaesto, the total of a Statistics Finland grid. A Statistics Finland mask (-1: fewer than 10 residents, in the age and sex fields) counts 0 people, never -1, and the log counts the masked cells.</source>
        <translation>Numeriskt fält med antalet invånare i varje objekt (NULL räknas som 0); förvalt: vaesto, totalen i Statistikcentralens rutnät. Statistikcentralens maskering (-1: färre än 10 invånare, i ålders- och könsfälten) räknas som 0 personer, aldrig -1, och loggen räknar de maskerade rutorna.</translation>
    </message>
    <message>
        <source>Optional polygons of areas (municipality or county boundaries, e.g. Statistics Finland&apos;s kunta or hyvinvointialue layers) used when no area field is given: each population feature counts in the polygon its point lies in (the first listed where polygons overlap; none: &apos;(no area)&apos;, counted in the log).</source>
        <translation>Valfria områdespolygoner (kommun- eller välfärdsområdesgränser, t.ex. Statistikcentralens lager kunta eller hyvinvointialue) som används när inget områdesfält anges: varje befolkningsobjekt räknas till den polygon som dess punkt ligger i (den första i listan där polygoner överlappar; ingen: '(no area)', räknas i loggen).</translation>
    </message>
    <message>
        <source>Field naming each area polygon; empty: nimi, name, kunta... or the first field.</source>
        <translation>Fält som namnger varje områdespolygon; tomt: nimi, name, kunta... eller det första fältet.</translation>
    </message>
    <message>
        <source>Digiroad link type field (LINKKITYYP): motorways, ramps, ferries, pedestrian and cycle ways, service roads follow their own rules; empty: found by name in a Digiroad layer.</source>
        <translation>Digiroads länktypsfält (LINKKITYYP): motorvägar, ramper, färjor, gång- och cykelvägar och servicevägar följer egna regler; tomt: hittas via namnet i ett Digiroad-lager.</translation>
    </message>
    <message>
        <source>Optional Digiroad speed-limit layer or table (LINK_ID, ALKUM, LOPPUM, ARVO), joined to the road links by link id and measure range; links it does not cover keep their class speed.</source>
        <translation>Valfritt lager eller valfri tabell med Digiroads hastighetsbegränsningar (LINK_ID, ALKUM, LOPPUM, ARVO), som kopplas till väglänkarna via länk-id och mätintervall; länkar som den inte täcker behåller sin klasshastighet.</translation>
    </message>
    <message>
        <source>One or more GTFS feeds (zip files), e.g. a city&apos;s own, the regional ones, coaches and trains: read together, their ids kept apart per feed; a feed that runs nothing on the date is named in the log (its stops still serve walks), so is a feed none of whose stops the origins can walk to (e.g. another country).</source>
        <translation>Ett eller flera GTFS-dataset (zip-filer), t.ex. stadens egna, de regionala, fjärrbussar och tåg: de läses tillsammans och deras id:n hålls isär per dataset; ett dataset utan trafik det datumet nämns i loggen (dess hållplatser kan ändå användas för gång), likaså ett dataset där startpunkterna inte kan gå till någon av hållplatserna (t.ex. ett annat land).</translation>
    </message>
    <message>
        <source>Stops of different feeds closer than this (m) are one stop: changing between them takes 0 s (other stops within the walk between stops are walked). 0: no merging.</source>
        <translation>Hållplatser från olika dataset som ligger närmare varandra än detta (m) är en hållplats: byte mellan dem tar 0 s (mellan andra hållplatser inom gångsträckan mellan hållplatser går man). 0: ingen sammanslagning.</translation>
    </message>
    <message>
        <source>CSV table of the service sites with coordinates in ETRS-TM35FIN or WGS84.</source>
        <translation>CSV-tabell med verksamhetsställena, med koordinater i ETRS-TM35FIN eller WGS84.</translation>
    </message>
    <message>
        <source>Column with the easting (or longitude); empty: found by its name (x, E, itä, easting, xkoord, lon, lng).</source>
        <translation>Kolumn med östkoordinaten (eller longituden); tomt: hittas via namnet (x, E, itä, easting, xkoord, lon, lng).</translation>
    </message>
    <message>
        <source>Column with the northing (or latitude); empty: found by its name (y, N, pohjoinen, northing, ykoord, lat).</source>
        <translation>Kolumn med nordkoordinaten (eller latituden); tomt: hittas via namnet (y, N, pohjoinen, northing, ykoord, lat).</translation>
    </message>
    <message>
        <source>The sites as points in EPSG:3067 with the table&apos;s columns.</source>
        <translation>Verksamhetsställena som punkter i EPSG:3067 med tabellens kolumner.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With channels&lt;/b&gt; the sites are chosen for the demand the other channels leave: a cell within reach of a mobile stop counts as covered (its demand drops out of every problem, also p-median and p-center), every other cell&apos;s demand is multiplied by (1 - sigma); for set cover the share applies to the whole demand, the demand the channels serve counting as covered (the log gives the share of the remaining demand that the sites must cover). The sites layer&apos;s &lt;code&gt;demand&lt;/code&gt; is the demand left for the sites. The cells get the same &lt;code&gt;ch_&lt;/code&gt; fields as in the closure impact, &apos;before&apos; being the current network and &apos;after&apos; the chosen sites, and the report its section &lt;i&gt;Other service channels&lt;/i&gt;: of the residents who have a current site within the coverage threshold and no chosen one, how many a mobile stop and remote visits compensate, per area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Med servicekanaler&lt;/b&gt; väljs verksamhetsställena för den efterfrågan som de andra kanalerna lämnar: en ruta inom räckhåll för en mobil hållplats räknas som täckt (dess efterfrågan faller bort ur alla problem, även p-median och p-center), och varje annan rutas efterfrågan multipliceras med (1 - sigma); för set cover gäller andelen hela efterfrågan, och den efterfrågan som kanalerna betjänar räknas som täckt (loggen anger den andel av den återstående efterfrågan som verksamhetsställena måste täcka). Verksamhetsställelagrets &lt;code&gt;demand&lt;/code&gt; är den efterfrågan som återstår för verksamhetsställena. Rutorna får samma &lt;code&gt;ch_&lt;/code&gt;-fält som i stängningskonsekvenserna, där 'före' är det nuvarande nätverket och 'efter' de valda verksamhetsställena, och rapporten får avsnittet &lt;i&gt;Övriga servicekanaler&lt;/i&gt;: per område, hur många av de invånare som har ett nuvarande verksamhetsställe inom täckningsgränsen men inget valt som en mobil hållplats och distanstjänst kompenserar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The board&apos;s page on what the network scenarios cost, year by year and as a net present value, side by side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Costs per year&lt;/b&gt;: one table per scenario, the &lt;i&gt;Costs per year&lt;/i&gt; output of &lt;i&gt;Service network costs&lt;/i&gt; (its scenario name is used) or the &lt;i&gt;Plan by year&lt;/i&gt; output of the least-cost plan (the layer&apos;s name is used; site costs count as the county&apos;s, site costs plus the value of travel time as the societal view). The first table is the baseline the others are compared with. &lt;b&gt;Net present values&lt;/b&gt;: the NPV outputs of &lt;i&gt;Service network costs&lt;/i&gt; (with their residual values and discount rate); without them the NPV is computed here from the yearly totals at the &lt;b&gt;discount rate&lt;/b&gt;, discounted to the first year, without residual values. &lt;b&gt;Sites by year&lt;/b&gt;: &lt;i&gt;Costs per site and year&lt;/i&gt; of one scenario (&lt;code&gt;active_months&lt;/code&gt;) or the plan by site and year (&lt;code&gt;open&lt;/code&gt;): the lease timeline, with the lease ends of the &lt;b&gt;site costs&lt;/b&gt;. &lt;b&gt;Staff commutes by site&lt;/b&gt;: the output of &lt;i&gt;Staff commutes when sites merge&lt;/i&gt;. &lt;b&gt;Access by scenario&lt;/b&gt;: the &lt;i&gt;Summary&lt;/i&gt; (or the &lt;i&gt;Equity&lt;/i&gt;) output of &lt;i&gt;Closure impact&lt;/i&gt; of the scenarios that change the network; a table goes to the scenario its &lt;code&gt;scenario&lt;/code&gt; field or its layer&apos;s name names, the others in order to the scenarios left, from the second on when there are fewer tables than scenarios (the first is the baseline).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: an HTML page (A4) in the language of QGIS: the county&apos;s yearly totals of every scenario and the difference to the first, a chart of the county and societal totals, the NPV of both views, each scenario&apos;s cost items by year, the months each site is in use per year with its lease end, and the staff over the commute limit before and after; with access tables, per age group and threshold the residents of all areas within it after the change and the change vs. before (from the Equity table: the shares within) of each scenario side by side.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Styrelsens sida om vad servicenätets scenarier kostar, år för år och som nuvärde, sida vid sida.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kostnader per år&lt;/b&gt;: en tabell per scenario, resultatet &lt;i&gt;Kostnader per år&lt;/i&gt; från &lt;i&gt;Servicenätets kostnader&lt;/i&gt; (dess scenarionamn används) eller resultatet &lt;i&gt;Plan per år&lt;/i&gt; från den billigaste planen (lagrets namn används; verksamhetsställenas kostnader räknas som välfärdsområdets, verksamhetsställenas kostnader plus restidens värde som samhällets perspektiv). Den första tabellen är basalternativet som de andra jämförs med. &lt;b&gt;Nuvärden&lt;/b&gt;: nuvärdesresultaten från &lt;i&gt;Servicenätets kostnader&lt;/i&gt; (med deras restvärden och diskonteringsränta); utan dem beräknas nuvärdet här från årssummorna med &lt;b&gt;diskonteringsräntan&lt;/b&gt;, diskonterat till det första året, utan restvärden. &lt;b&gt;Verksamhetsställen per år&lt;/b&gt;: &lt;i&gt;Kostnader per verksamhetsställe och år&lt;/i&gt; för ett scenario (&lt;code&gt;active_months&lt;/code&gt;) eller planen per verksamhetsställe och år (&lt;code&gt;open&lt;/code&gt;): hyresavtalens tidslinje, med hyresavtalens slut från &lt;b&gt;verksamhetsställenas kostnader&lt;/b&gt;. &lt;b&gt;Personalens arbetsresor per verksamhetsställe&lt;/b&gt;: resultatet från &lt;i&gt;Personalens arbetsresor när verksamhetsställen slås samman&lt;/i&gt;. &lt;b&gt;Tillgänglighet per scenario&lt;/b&gt;: resultatet &lt;i&gt;Sammanfattning&lt;/i&gt; (eller &lt;i&gt;Jämlikhetstal&lt;/i&gt;) från &lt;i&gt;Konsekvenser av att stänga serviceställen&lt;/i&gt; för de scenarier som ändrar nätet; en tabell hör till det scenario som dess fält &lt;code&gt;scenario&lt;/code&gt; eller lagrets namn anger, de övriga i ordning till de återstående scenarierna, från det andra om tabellerna är färre än scenarierna (det första är basalternativet).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: en HTML-sida (A4) på samma språk som QGIS: välfärdsområdets årssummor för varje scenario och skillnaden mot det första, ett diagram över välfärdsområdets och samhällets totaler, nuvärdet i båda perspektiven, varje scenarios kostnadsposter per år, de månader varje verksamhetsställe används per år med hyresavtalets slut, samt personalen över gränsen för arbetsresan före och efter; med tillgänglighetstabeller per åldersgrupp och tidsgräns invånarna i alla områden inom den efter förändringen och förändringen jämfört med före (från jämlikhetstalen: andelarna inom gränsen) för varje scenario sida vid sida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Optional Summary (or Equity) outputs of Closure impact per scenario: residents within each threshold after and the change.</source>
        <translation>Valfria resultat Sammanfattning (eller Jämlikhetstal) från Konsekvenser av att stänga serviceställen per scenario: invånarna inom varje tidsgräns efter förändringen och förändringen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens to residents if some facilities close (or new ones open): who loses access within each threshold, how much longer trips get, where the demand goes and how loads compare with capacity, by area and age group, with equity figures and an HTML report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facilities to close&lt;/b&gt;: any of a list of ids (&lt;code&gt;3,7&lt;/code&gt;), an expression (&lt;code&gt;&quot;name&quot; LIKE '%Kallio%'&lt;/code&gt;), the features selected on the map, or a &lt;b&gt;status field&lt;/b&gt; whose value is &lt;i&gt;closed&lt;/i&gt; (also &lt;i&gt;suljettu&lt;/i&gt;, &lt;i&gt;stängd&lt;/i&gt;); status &lt;i&gt;new&lt;/i&gt;/&lt;i&gt;planned&lt;/i&gt; (&lt;i&gt;uusi&lt;/i&gt;) marks facilities that open in the scenario only. &lt;b&gt;New facilities&lt;/b&gt;: an optional layer of sites opened in the scenario. &lt;b&gt;Capacity field&lt;/b&gt;: residents a facility can serve (optional). &lt;b&gt;Age group fields&lt;/b&gt;: population per group (e.g. 0-14, 15-64, 65-74, 75+); &lt;b&gt;75+ field&lt;/b&gt; is used for the equity figure; -1 in a group field (Statistics Finland's mark of cells under 10 residents) counts in no group, the total field still counts them. &lt;b&gt;Area field&lt;/b&gt;: e.g. municipality, for the summary. &lt;b&gt;Thresholds&lt;/b&gt;: minutes, e.g. &lt;code&gt;15,30,60&lt;/code&gt;. &lt;b&gt;Facility name field&lt;/b&gt; and &lt;b&gt;scenario name&lt;/b&gt;: the names the report and its map use (ids when not given).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: cells with the nearest facility and minutes before and after, the change and &lt;code&gt;lost_&amp;lt;min&amp;gt;&lt;/code&gt; flags; the flow table (population moving between facilities); facility loads against capacity; the summary by area and age group; equity figures; the report: an HTML page for A4 paper in the language of QGIS (Finnish, Swedish or English) with what the figures mean, a map of the change and of the open and closed sites, the inputs and assumptions, and its PDF next to it (same name, .pdf; a PDF not made by this plugin is never replaced). By road, one search gives every cell its nearest site and is kept: a scenario then searches again only where its closed facilities were nearest (the same times and facilities as a whole new search), so a further scenario on the same layers takes seconds; by public transport, per-facility travel times are cached, so a further scenario does not search again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facility ids&lt;/b&gt; must be filled in and unique; with &lt;b&gt;features with the same id are entrances of one facility&lt;/b&gt; on, features sharing an id are one facility, reached through its nearest entrance, and closing it closes all its entrances.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vad som händer med invånarna om några serviceställen stängs (eller nya öppnas): vem som förlorar tillgänglighet inom varje gräns, hur mycket längre resorna blir, vart efterfrågan går och hur belastningen förhåller sig till kapaciteten, per område och åldersgrupp, med jämlikhetstal och en HTML-rapport.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Serviceställen som stängs&lt;/b&gt;: något av en lista med id:n (&lt;code&gt;3,7&lt;/code&gt;), ett uttryck (&lt;code&gt;&quot;name&quot; LIKE '%Kallio%'&lt;/code&gt;), objekten som valts på kartan eller ett &lt;b&gt;statusfält&lt;/b&gt; vars värde är &lt;i&gt;closed&lt;/i&gt; (även &lt;i&gt;suljettu&lt;/i&gt;, &lt;i&gt;stängd&lt;/i&gt;); status &lt;i&gt;new&lt;/i&gt;/&lt;i&gt;planned&lt;/i&gt; (&lt;i&gt;uusi&lt;/i&gt;) markerar serviceställen som öppnas endast i scenariot. &lt;b&gt;Nya serviceställen&lt;/b&gt;: ett valfritt lager med verksamhetsställen som öppnas i scenariot. &lt;b&gt;Kapacitetsfält&lt;/b&gt;: invånare ett serviceställe kan betjäna (valfritt). &lt;b&gt;Åldersgruppsfält&lt;/b&gt;: befolkning per grupp (t.ex. 0-14, 15-64, 65-74, 75+); &lt;b&gt;fältet för 75+&lt;/b&gt; används för jämlikhetstalet; -1 i ett gruppfält (Statistikcentralens markering av rutor med under 10 invånare) räknas i ingen grupp, totalfältet räknar dem ändå. &lt;b&gt;Områdesfält&lt;/b&gt;: t.ex. kommun, för sammanfattningen. &lt;b&gt;Gränser&lt;/b&gt;: minuter, t.ex. &lt;code&gt;15,30,60&lt;/code&gt;. &lt;b&gt;Serviceställets namnfält&lt;/b&gt; och &lt;b&gt;scenariots namn&lt;/b&gt;: namnen som rapporten och dess karta använder (id:n när de inte anges).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultat&lt;/b&gt;: rutor med närmaste serviceställe och minuter före och efter, förändringen och flaggorna &lt;code&gt;lost_&amp;lt;min&amp;gt;&lt;/code&gt;; flödestabellen (befolkning som flyttar mellan serviceställen); serviceställenas belastning mot kapaciteten; sammanfattningen per område och åldersgrupp; jämlikhetstal; rapporten: en HTML-sida för A4-papper på QGIS språk (finska, svenska eller engelska) med vad talen betyder, en karta över förändringen och över öppna och stängda verksamhetsställen, indata och antaganden, och dess PDF bredvid (samma namn, .pdf; en PDF som inte gjorts av detta tillägg ersätts aldrig). På vägnätet ger en sökning varje ruta dess närmaste serviceställe, och sökningen sparas: ett scenario söker igen bara där de stängda serviceställena var närmast (samma tider och serviceställen som en helt ny sökning), så ett följande scenario på samma lager tar sekunder; med kollektivtrafik cachas restiderna per serviceställe, så ett följande scenario söker inte igen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Serviceställenas id:n&lt;/b&gt; måste vara ifyllda och unika; med &lt;b&gt;objekt med samma id är ingångar till ett serviceställe&lt;/b&gt; påslaget är objekt som delar ett id ett serviceställe, som nås genom sin närmaste ingång, och när det stängs stängs alla dess ingångar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field with the facility names the report and its map show, also written beside the ids in the flows (from_name, to_name) and loads (facility_name); empty: the ids.</source>
        <translation>Fält med serviceställenas namn som rapporten och dess karta visar, skrivs också bredvid id:n i flödena (from_name, to_name) och belastningarna (facility_name); tomt: id:n.</translation>
    </message>
    <message>
        <source>Optional field with the facility names: the summary gets a column name beside fac_id.</source>
        <translation>Valfritt fält med serviceställenas namn: sammanfattningen får en kolumn name bredvid fac_id.</translation>
    </message>
    <message>
        <source>Optional field with the facility names: each polygon gets a column name beside fac_id.</source>
        <translation>Valfritt fält med serviceställenas namn: varje polygon får en kolumn name bredvid fac_id.</translation>
    </message>
    <message>
        <source>Optional site costs, for the lease end marks; a name (or nimi) column names the sites in the lease chart and the staff table.</source>
        <translation>Valfria kostnader per serviceställe, för markeringarna av hyresavtalens slut; en kolumn name (eller nimi) namnger serviceställena i hyresdiagrammet och personaltabellen.</translation>
    </message>
    <message>
        <source>The HTML report, and its A4 PDF next to it (same name, .pdf; a PDF not made by this plugin is never replaced).</source>
        <translation>HTML-rapporten och bredvid den dess A4-PDF (samma namn, .pdf; en PDF som inte gjorts av detta tillägg ersätts aldrig).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Other service channels (optional)&lt;/h3&gt;&lt;p&gt;Give &lt;b&gt;mobile stops&lt;/b&gt; (with the &lt;b&gt;mobile units&lt;/b&gt; and &lt;b&gt;stop schedule&lt;/b&gt; tables, as for Mobile service units) and/or a &lt;b&gt;broadband table&lt;/b&gt; (with the population&apos;s &lt;b&gt;grid id field&lt;/b&gt;, &lt;b&gt;digital readiness&lt;/b&gt; and &lt;b&gt;remote share&lt;/b&gt;, as for Digital channel), and each cell&apos;s access is judged over all the channels it has. What counts as access: a &lt;i&gt;fixed site&lt;/i&gt; within the smallest access threshold (closure) or the coverage threshold (optimiser); a &lt;i&gt;mobile stop&lt;/i&gt; within the &lt;b&gt;mobile stop access time&lt;/b&gt; by the same travel mode as the sites (road or public transport), if the stop has at least one visit in its timetable (holidays taken off); &lt;i&gt;remote visits&lt;/i&gt;: the share sigma of the cell&apos;s visits that can be made remotely, sigma = s &amp;times; b &amp;times; &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt; / P) r&lt;sub&gt;a&lt;/sub&gt;: the service&apos;s remote share s (with several service types, the first one listed) times the cell&apos;s connectivity b (as the Digital channel computes it from the broadband table) times its residents&apos; digital readiness (over the age groups a, the sum of each group&apos;s share of the residents P&lt;sub&gt;a&lt;/sub&gt; / P times its readiness r&lt;sub&gt;a&lt;/sub&gt;), counted as sigma x residents (person-equivalents). A cell&apos;s best channel is the first of fixed, mobile, digital (sigma &amp;gt; 0) that serves it, else none. Of the residents who lose their fixed site within the threshold, those within reach of a mobile stop count as compensated by the stop, of the rest the person-equivalents sigma x residents by remote visits; what is left has no substitute. Without channel inputs nothing changes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Andra servicekanaler (valfritt)&lt;/h3&gt;&lt;p&gt;Ange &lt;b&gt;mobila hållplatser&lt;/b&gt; (med tabellerna &lt;b&gt;mobila enheter&lt;/b&gt; och &lt;b&gt;hållplatsschema&lt;/b&gt;, som för Mobila serviceenheter) och/eller en &lt;b&gt;bredbandstabell&lt;/b&gt; (med befolkningens &lt;b&gt;id-fält för rutor&lt;/b&gt;, &lt;b&gt;digital beredskap&lt;/b&gt; och &lt;b&gt;andel distansbesök&lt;/b&gt;, som för Digital kanal), så bedöms varje rutas tillgänglighet utifrån alla kanaler den har. Som tillgång räknas: ett &lt;i&gt;fast verksamhetsställe&lt;/i&gt; inom det minsta tröskelvärdet för tillgänglighet (stängning) eller tröskelvärdet för täckning (optimering); en &lt;i&gt;mobil hållplats&lt;/i&gt; inom &lt;b&gt;restiden till mobil hållplats&lt;/b&gt; med samma färdsätt som verksamhetsställena (vägnät eller kollektivtrafik), om hållplatsen har minst ett besök i sin tidtabell (helgdagar borträknade); &lt;i&gt;distansbesök&lt;/i&gt;: andelen sigma av rutans besök som kan skötas på distans, sigma = s &amp;times; b &amp;times; &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt; / P) r&lt;sub&gt;a&lt;/sub&gt;: tjänstens andel distansbesök s (vid flera tjänstetyper den först angivna) gånger rutans uppkoppling b (som Digital kanal beräknar den ur bredbandstabellen) gånger invånarnas digitala beredskap (över åldersgrupperna a summan av varje grupps andel av invånarna P&lt;sub&gt;a&lt;/sub&gt; / P gånger gruppens beredskap r&lt;sub&gt;a&lt;/sub&gt;), räknat som sigma x invånare (personekvivalenter). En rutas bästa kanal är den första av fast, mobil och digital (sigma &amp;gt; 0) som betjänar den, annars ingen. Av de invånare som förlorar sitt fasta verksamhetsställe inom tröskelvärdet räknas de som når en mobil hållplats som kompenserade av hållplatsen, och av resten personekvivalenterna sigma x invånare som kompenserade av distansbesök; det som återstår saknar ersättning. Utan kanalindata ändras ingenting.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan a route day (optional)&lt;/h3&gt;&lt;p&gt;Give &lt;b&gt;candidate stops&lt;/b&gt; (points or polygons; a &lt;code&gt;stop_id&lt;/code&gt; field names them, else the feature ids) and the stops of the first unit of the units table are chosen for one route day: greedy maximal coverage of the need (the 75+ field when given, else the population) within the coverage time, each cell counted once; a candidate is added (the one adding the most need first) when the route from the unit&apos;s depot through the chosen stops and back, by cheapest insertion improved by 2-opt, plus the &lt;b&gt;time at each stop&lt;/b&gt; (setup included) still fits the unit&apos;s &lt;code&gt;shift_min&lt;/code&gt;. A heuristic: on 40 small random instances it reached the brute-force optimum in 35 and at least 85 % of it in all. Outputs: the candidates with &lt;code&gt;seq&lt;/code&gt; (route order, 0 not chosen) and &lt;code&gt;need_within&lt;/code&gt;, and the route day (stops, drive, day, slack, need covered).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planera en ruttdag (valfritt)&lt;/h3&gt;&lt;p&gt;Ange &lt;b&gt;kandidathållplatser&lt;/b&gt; (punkter eller polygoner; ett &lt;code&gt;stop_id&lt;/code&gt;-fält namnger dem, annars objektens id) så väljs hållplatserna för den första enheten i enhetstabellen för en ruttdag: girig maximal täckning av behovet (75+-fältet om det anges, annars befolkningen) inom täckningstiden, varje ruta räknad en gång; en kandidat läggs till (den som tillför mest behov först) när rutten från enhetens depå via de valda hållplatserna och tillbaka, med billigaste insättning förbättrad med 2-opt, plus &lt;b&gt;tiden vid varje hållplats&lt;/b&gt; (inklusive förberedelser) fortfarande ryms inom enhetens &lt;code&gt;shift_min&lt;/code&gt;. En heuristik: i 40 små slumpmässiga instanser nådde den optimum enligt totalsökning i 35 och minst 85 % av det i alla. Utdata: kandidaterna med &lt;code&gt;seq&lt;/code&gt; (ruttordning, 0 = inte vald) och &lt;code&gt;need_within&lt;/code&gt; samt ruttdagen (hållplatser, körning, dag, marginal, täckt behov).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>help_pages</name>
    <message>
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avancerad</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Resultat</translation>
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
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>new facilities</source>
        <translation>nya serviceställen</translation>
    </message>
    <message>
        <source>new sites</source>
        <translation>nya verksamhetsställen</translation>
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
    <name>map_styles</name>
    <message>
        <source>{a}–{b} min</source>
        <translation>{a}–{b} min</translation>
    </message>
    <message>
        <source>over {a} min</source>
        <translation>över {a} min</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>ingen tillgång</translation>
    </message>
    <message>
        <source>up to {b} min</source>
        <translation>upp till {b} min</translation>
    </message>
    <message>
        <source>access lost (no facility within reach after)</source>
        <translation>förlorar tillgång (inget verksamhetsställe inom räckhåll efteråt)</translation>
    </message>
    <message>
        <source>access gained</source>
        <translation>får tillgång</translation>
    </message>
    <message>
        <source>no access before or after</source>
        <translation>ingen tillgång före eller efter</translation>
    </message>
    <message>
        <source>faster by over 1 min</source>
        <translation>över 1 min snabbare</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>ungefär densamma</translation>
    </message>
    <message>
        <source>1–5 min longer</source>
        <translation>1–5 min längre</translation>
    </message>
    <message>
        <source>5–10 min longer</source>
        <translation>5–10 min längre</translation>
    </message>
    <message>
        <source>10–20 min longer</source>
        <translation>10–20 min längre</translation>
    </message>
    <message>
        <source>over 20 min longer</source>
        <translation>över 20 min längre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{a}–{b}</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <source>{a} or more</source>
        <translation>{a} eller mer</translation>
    </message>
    <message>
        <source>no stop within walking distance</source>
        <translation>ingen hållplats inom gångavstånd</translation>
    </message>
    <message>
        <source>closed in the scenario</source>
        <translation>stängt i scenariot</translation>
    </message>
    <message>
        <source>new in the scenario</source>
        <translation>nytt i scenariot</translation>
    </message>
    <message>
        <source>open (size: residents after)</source>
        <translation>öppet (storlek: invånare efter)</translation>
    </message>
    <message>
        <source>kept (current and chosen)</source>
        <translation>behållet (nuvarande och valt)</translation>
    </message>
    <message>
        <source>new site chosen</source>
        <translation>nytt verksamhetsställe valt</translation>
    </message>
    <message>
        <source>closed (current, not chosen)</source>
        <translation>stängt (nuvarande, inte valt)</translation>
    </message>
    <message>
        <source>candidate not chosen</source>
        <translation>kandidat, inte vald</translation>
    </message>
    <message>
        <source>Travel time before</source>
        <translation>Restid före</translation>
    </message>
    <message>
        <source>Travel time after</source>
        <translation>Restid efter</translation>
    </message>
    <message>
        <source>Change in travel time</source>
        <translation>Förändring i restid</translation>
    </message>
    <message>
        <source>fixed site within reach</source>
        <translation>fast verksamhetsställe inom räckhåll</translation>
    </message>
    <message>
        <source>mobile stop within reach</source>
        <translation>mobil hållplats inom räckhåll</translation>
    </message>
    <message>
        <source>remote service (digital) only</source>
        <translation>endast distanstjänst (digital)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>ingen servicekanal</translation>
    </message>
    <message>
        <source>facility&apos;s area (nearest facility)</source>
        <translation>serviceställets område (närmaste serviceställe)</translation>
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
    <name>models</name>
    <message>
        <source>Walking access example</source>
        <translation>Exempel: tillgänglighet till fots</translation>
    </message>
    <message>
        <source>Public transport closure example</source>
        <translation>Exempel: stängning med kollektivtrafik</translation>
    </message>
    <message>
        <source>Example models</source>
        <translation>Exempelmodeller</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>Cells before and after</source>
        <translation>Rutor före och efter</translation>
    </message>
    <message>
        <source>Facilities to close (ids)</source>
        <translation>Serviceställen som stängs (id)</translation>
    </message>
    <message>
        <source>Closure report</source>
        <translation>Rapport om stängningen</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Last departure</source>
        <translation>Sista avgång</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Belastning på serviceställen</translation>
    </message>
    <message>
        <source>GTFS feed (zip)</source>
        <translation>GTFS-flöde (zip)</translation>
    </message>
    <message>
        <source>Facility name field</source>
        <translation>Serviceställets namnfält</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Befolkningsfält</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>First departure</source>
        <translation>Första avgång</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Tillgänglighetsgränser (min)</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Tidszoner (min)</translation>
    </message>
    <message>
        <source>Catchments</source>
        <translation>Upptagningsområden</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Vägklassfält (OSM highway)</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vägar</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Facility name field (names beside the ids)</source>
        <translation>Fält för serviceställets namn (namn bredvid id:n)</translation>
    </message>
</context>
<context>
    <name>nonroutable</name>
    <message>
        <source>Non-routable features</source>
        <translation>Objekt som inte kan ruttas</translation>
    </message>
    <message>
        <source>{n} non-routable features written (layer Non-routable features).</source>
        <translation>{n} objekt som inte kan ruttas skrevs (lagret Objekt som inte kan ruttas).</translation>
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
    <name>outputs</name>
    <message>
        <source>The input layer already has a field &apos;{name}&apos;, which this algorithm writes: it may be the result of an earlier run. Choose the original layer (e.g. the population grid, not the cells of an earlier scenario), or rename or drop that field, and run again.</source>
        <translation>Indatalagret har redan ett fält '{name}', som denna algoritm skriver: det kan vara resultatet av en tidigare körning. Välj det ursprungliga lagret (t.ex. befolkningsrutnätet, inte rutorna från ett tidigare scenario), eller byt namn på fältet eller ta bort det, och kör igen.</translation>
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
        <translation>Längsta tid för en resa (min)</translation>
    </message>
    <message>
        <source>Maximum transfers</source>
        <translation>Högsta antal byten</translation>
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
    <message>
        <source>Access thresholds</source>
        <translation>Tillgänglighetsgränser</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonteringsränta (%)</translation>
    </message>
    <message>
        <source>Target year (0 = population as given)</source>
        <translation>Målår (0 = befolkningen som den är)</translation>
    </message>
    <message>
        <source>Target year: projection table</source>
        <translation>Målår: befolkningsprognostabell</translation>
    </message>
    <message>
        <source>Target year: the population&apos;s year</source>
        <translation>Målår: befolkningsdatans år</translation>
    </message>
    <message>
        <source>Target year: municipality field</source>
        <translation>Målår: kommunfält</translation>
    </message>
    <message>
        <source>Target year: use rates by age group</source>
        <translation>Målår: nyttjandegrader per åldersgrupp</translation>
    </message>
    <message>
        <source>Target year {year}: give the projection table and the population&apos;s municipality field too.</source>
        <translation>Målår {year}: ange även prognostabellen och befolkningens kommunfält.</translation>
    </message>
    <message>
        <source>Projection table</source>
        <translation>Prognostabell</translation>
    </message>
    <message>
        <source>Road network for the walks</source>
        <translation>Vägnät för gångsträckorna</translation>
    </message>
    <message>
        <source>Digiroad link type field (LINKKITYYP)</source>
        <translation>Digiroads länktypsfält (LINKKITYYP)</translation>
    </message>
    <message>
        <source>Digiroad speed limits (LINK_ID, ALKUM, LOPPUM, ARVO)</source>
        <translation>Digiroads hastighetsbegränsningar (LINK_ID, ALKUM, LOPPUM, ARVO)</translation>
    </message>
    <message>
        <source>Digiroad road links recognised by their fields.</source>
        <translation>Digiroads väglänkar igenkända på sina fält.</translation>
    </message>
    <message>
        <source>Road class field: {f} (functional class).</source>
        <translation>Vägklassfält: {f} (funktionell klass).</translation>
    </message>
    <message>
        <source>Road class scheme: Digiroad functional class.</source>
        <translation>Vägklassificering: Digiroads funktionella klass.</translation>
    </message>
    <message>
        <source>Link type field: {f}.</source>
        <translation>Länktypsfält: {f}.</translation>
    </message>
    <message>
        <source>Direction field: {f}.</source>
        <translation>Riktningsfält: {f}.</translation>
    </message>
    <message>
        <source>WARNING: {m}.</source>
        <translation>VARNING: {m}.</translation>
    </message>
    <message>
        <source>Merge stops of different feeds closer than (m)</source>
        <translation>Slå ihop hållplatser från olika dataset närmare än (m)</translation>
    </message>
    <message>
        <source>Area polygons (municipalities, counties; when no area field)</source>
        <translation>Områdespolygoner (kommuner, välfärdsområden; när områdesfält saknas)</translation>
    </message>
    <message>
        <source>Area name field of the polygons</source>
        <translation>Polygonernas fält för områdesnamn</translation>
    </message>
    <message>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
</context>
<context>
    <name>population_projection</name>
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
    <name>provider</name>
    <message>
        <source>Palveluverkko: service network planning</source>
        <translation>Palveluverkko: planering av servicenätet</translation>
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
    <message>
        <source>Road network read from the disk cache ({path}).</source>
        <translation>Vägnätet lästes från diskcachen ({path}).</translation>
    </message>
    <message>
        <source>Road network stored in the disk cache ({path}).</source>
        <translation>Vägnätet sparades i diskcachen ({path}).</translation>
    </message>
</context>
<context>
    <name>scenario_results</name>
    <message>
        <source>{scenario}: {what}</source>
        <translation>{scenario}: {what}</translation>
    </message>
    <message>
        <source>facility loads</source>
        <translation>verksamhetsställenas belastning</translation>
    </message>
    <message>
        <source>facilities open and closed</source>
        <translation>öppna och stängda verksamhetsställen</translation>
    </message>
    <message>
        <source>travel time of residents</source>
        <translation>invånarnas restid</translation>
    </message>
    <message>
        <source>flows between facilities</source>
        <translation>flöden mellan verksamhetsställen</translation>
    </message>
    <message>
        <source>summary by area and age group</source>
        <translation>sammanfattning per område och åldersgrupp</translation>
    </message>
    <message>
        <source>equity figures</source>
        <translation>jämlikhetssiffror</translation>
    </message>
    <message>
        <source>best service channel after</source>
        <translation>bästa servicekanal efter</translation>
    </message>
    <message>
        <source>channels by area</source>
        <translation>servicekanaler per område</translation>
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
    <name>styles</name>
    <message>
        <source>no site reached (0)</source>
        <translation>inget verksamhetsställe nås (0)</translation>
    </message>
    <message>
        <source>under half the average</source>
        <translation>under hälften av medeltalet</translation>
    </message>
    <message>
        <source>0.5-0.8 x average</source>
        <translation>0,5–0,8 × medeltalet</translation>
    </message>
    <message>
        <source>about average</source>
        <translation>ungefär medeltalet</translation>
    </message>
    <message>
        <source>1.25-2 x average</source>
        <translation>1,25–2 × medeltalet</translation>
    </message>
    <message>
        <source>over twice the average</source>
        <translation>över dubbla medeltalet</translation>
    </message>
    <message>
        <source>fixed site</source>
        <translation>fast verksamhetsställe</translation>
    </message>
    <message>
        <source>mobile stop</source>
        <translation>mobil hållplats</translation>
    </message>
    <message>
        <source>remote (digital) only</source>
        <translation>endast distans (digitalt)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>ingen servicekanal</translation>
    </message>
    <message>
        <source>up to 5 min</source>
        <translation>högst 5 min</translation>
    </message>
    <message>
        <source>up to 10 min</source>
        <translation>högst 10 min</translation>
    </message>
    <message>
        <source>up to 15 min</source>
        <translation>högst 15 min</translation>
    </message>
    <message>
        <source>up to 20 min</source>
        <translation>högst 20 min</translation>
    </message>
    <message>
        <source>up to 30 min</source>
        <translation>högst 30 min</translation>
    </message>
    <message>
        <source>up to 45 min</source>
        <translation>högst 45 min</translation>
    </message>
    <message>
        <source>over 45 min</source>
        <translation>över 45 min</translation>
    </message>
    <message>
        <source>faster by over 1 min</source>
        <translation>över 1 min snabbare</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>ungefär densamma</translation>
    </message>
    <message>
        <source>1-5 min longer</source>
        <translation>1–5 min längre</translation>
    </message>
    <message>
        <source>5-10 min longer</source>
        <translation>5–10 min längre</translation>
    </message>
    <message>
        <source>10-20 min longer</source>
        <translation>10–20 min längre</translation>
    </message>
    <message>
        <source>over 20 min longer</source>
        <translation>över 20 min längre</translation>
    </message>
    <message>
        <source>under 10 %</source>
        <translation>under 10 %</translation>
    </message>
    <message>
        <source>10-20 %</source>
        <translation>10–20 %</translation>
    </message>
    <message>
        <source>20-30 %</source>
        <translation>20–30 %</translation>
    </message>
    <message>
        <source>30-50 %</source>
        <translation>30–50 %</translation>
    </message>
    <message>
        <source>over 50 %</source>
        <translation>över 50 %</translation>
    </message>
    <message>
        <source>0-5 min</source>
        <translation>0–5 min</translation>
    </message>
    <message>
        <source>5-10 min</source>
        <translation>5–10 min</translation>
    </message>
    <message>
        <source>10-15 min</source>
        <translation>10–15 min</translation>
    </message>
    <message>
        <source>15-20 min</source>
        <translation>15–20 min</translation>
    </message>
    <message>
        <source>20-30 min</source>
        <translation>20–30 min</translation>
    </message>
    <message>
        <source>30-60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>over 60 min</source>
        <translation>över 60 min</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>varje vecka eller oftare</translation>
    </message>
    <message>
        <source>every 1-2 weeks</source>
        <translation>var 1–2 vecka</translation>
    </message>
    <message>
        <source>every 2-4 weeks</source>
        <translation>var 2–4 vecka</translation>
    </message>
    <message>
        <source>less often</source>
        <translation>mer sällan</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>{label} ({layer}) has no field {missing}; it has {names}. Rename the fields or pick another table.</source>
        <translation>{label} ({layer}) har inget fält {missing}; den har {names}. Byt namn på fälten eller välj en annan tabell.</translation>
    </message>
    <message>
        <source>{label} ({layer}), field {field}, row {row}: {value!r} is not a number. Correct the value (a decimal point or comma, no units) or leave it empty.</source>
        <translation>{label} ({layer}), fält {field}, rad {row}: {value!r} är inte ett tal. Rätta värdet (decimalpunkt eller -komma, inga enheter) eller lämna det tomt.</translation>
    </message>
</context>
<context>
    <name>target_year</name>
    <message>
        <source>{what}: &apos;{part}&apos; is not group=visits (e.g. 75_84=6.5).</source>
        <translation>{what}: '{part}' har inte formen grupp=besök (t.ex. 75_84=6.5).</translation>
    </message>
    <message>
        <source>Target year: population layer {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or ika_LO_HI); the projection works by age group.</source>
        <translation>Målår: befolkningslagret {name} har inga åldersfält (ika_0_14, ika_15_64, ika_65_ eller ika_LO_HI); prognosen görs per åldersgrupp.</translation>
    </message>
    <message>
        <source>Target year: population layer {name}, feature {fid}: {field} is NULL or not a number (masked values must be -1).</source>
        <translation>Målår: befolkningslagret {name}, objekt {fid}: {field} är NULL eller inte ett tal (maskerade värden måste vara -1).</translation>
    </message>
    <message>
        <source>Target year {year}: projection table {table}: {err}.</source>
        <translation>Målår {year}: prognostabell {table}: {err}.</translation>
    </message>
    <message>
        <source>Target year {year}: demand {now:.0f} in {base} -&gt; {then:.0f} ({what}); {masked} cells with masked ages filled from their municipality&apos;s shares.</source>
        <translation>Målår {year}: efterfrågan {now:.0f} år {base} -&gt; {then:.0f} ({what}); {masked} rutor med maskerade åldrar ifyllda med kommunens andelar.</translation>
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
    <message>
        <source>GTFS: {note}.</source>
        <translation>GTFS: {note}.</translation>
    </message>
    <message>
        <source>{n} stops of different feeds within {m:g} m of each other are taken as one stop (0-second transfers).</source>
        <translation>{n} hållplatser från olika dataset inom {m:g} m från varandra behandlas som en hållplats (byten på 0 sekunder).</translation>
    </message>
    <message>
        <source>Mode: {mode}. Travel times include the walk between each point and the road.</source>
        <translation>Färdsätt: {mode}. Restiderna omfattar gången mellan varje punkt och vägen.</translation>
    </message>
    <message>
        <source>Mode: public transport, {q:g}th percentile of the travel time over the departure window, waiting and walking included.</source>
        <translation>Färdsätt: kollektivtrafik, {q:g}:e percentilen av restiden över avgångsfönstret, väntan och gång inräknade.</translation>
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
    <message>
        <source>Time bands</source>
        <translation>Tidszoner</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>serviceställen</translation>
    </message>
</context>
</TS>
