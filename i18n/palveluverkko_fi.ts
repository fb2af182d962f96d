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
        <translation>toimipisteet</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
</context>
<context>
    <name>AccessibilityIndexBase</name>
    <message>
        <source>Population (grid cells)</source>
        <translation>Väestö (ruudut)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Service sites</source>
        <translation>Palvelun toimipisteet</translation>
    </message>
    <message>
        <source>Site id field</source>
        <translation>Toimipisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Capacity field (empty: 1 per site)</source>
        <translation>Kapasiteettikenttä (tyhjä: 1 toimipistettä kohden)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <source>Enhanced 2SFCA (step weights)</source>
        <translation>Tehostettu 2SFCA (porraspainot)</translation>
    </message>
    <message>
        <source>3SFCA</source>
        <translation>3SFCA</translation>
    </message>
    <message>
        <source>Gravity potential</source>
        <translation>Gravitaatiopotentiaali</translation>
    </message>
    <message>
        <source>Maximum travel time (minutes, 0 = none)</source>
        <translation>Suurin matka-aika (min, 0 = ei rajaa)</translation>
    </message>
    <message>
        <source>Distance weight</source>
        <translation>Etäisyyspaino</translation>
    </message>
    <message>
        <source>Method default</source>
        <translation>Menetelmän oletus</translation>
    </message>
    <message>
        <source>Step weights</source>
        <translation>Porraspainot</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussinen</translation>
    </message>
    <message>
        <source>Gravity</source>
        <translation>Gravitaatio</translation>
    </message>
    <message>
        <source>Step weights (minutes:weight, ...)</source>
        <translation>Porraspainot (minuutit:paino, ...)</translation>
    </message>
    <message>
        <source>Gaussian sigma (minutes)</source>
        <translation>Gaussisen painon sigma (min)</translation>
    </message>
    <message>
        <source>Gravity scale (minutes)</source>
        <translation>Gravitaatiomallin skaala (min)</translation>
    </message>
    <message>
        <source>Gravity exponent alpha</source>
        <translation>Gravitaatiomallin eksponentti alfa</translation>
    </message>
    <message>
        <source>Gravity minimum time (minutes)</source>
        <translation>Gravitaatiomallin vähimmäisaika (min)</translation>
    </message>
    <message>
        <source>Sites to close for an after scenario (ids, comma separated)</source>
        <translation>Suljettavat toimipisteet jälkitilanteeseen (tunnukset pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>Accessibility per cell</source>
        <translation>Saavutettavuus ruuduittain</translation>
    </message>
    <message>
        <source>Supply ratio per site</source>
        <translation>Tarjontasuhde toimipisteittäin</translation>
    </message>
    <message>
        <source>Run metadata</source>
        <translation>Ajon metatiedot</translation>
    </message>
    <message>
        <source>{n_cost} cell-site pairs within the maximum time.</source>
        <translation>{n_cost} ruutu–toimipiste-paria enimmäisajan sisällä.</translation>
    </message>
    <message>
        <source>{method}: mean access {mean_access:.6g} per resident ({per_1000:.4g} per 1 000); population not reaching any site {weights:.0f}; below half the average {low:.0f}.</source>
        <translation>{method}: keskimääräinen saavutettavuus {mean_access:.6g} asukasta kohden ({per_1000:.4g} tuhatta asukasta kohden); väestö, joka ei saavuta yhtään toimipistettä {weights:.0f}; alle puolet keskiarvosta {low:.0f}.</translation>
    </message>
    <message>
        <source>Sites to close: &apos;{unknown}&apos; is not an id of the sites layer (site id field).</source>
        <translation>Suljettavat toimipisteet: '{unknown}' ei ole toimipistetason tunnus (toimipisteen tunnuskenttä).</translation>
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
        <translation>Vyöhykkeet renkaina (0-10, 10-20...) kumulatiivisten sijaan</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Grid resolution (m)</source>
        <translation>Ruudukon resoluutio (m)</translation>
    </message>
    <message>
        <source>Reach from the road (m, 0 = twice the resolution, at least 100 m)</source>
        <translation>Ulottuma tieltä (m, 0 = kaksi kertaa resoluutio, vähintään 100 m)</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
    <message>
        <source>{count} catchment polygons written.</source>
        <translation>Kirjoitettu {count} vaikutusaluepolygonia.</translation>
    </message>
    <message>
        <source>Time bands {value} min gave no polygon: the area reached is smaller than the {resolution:g} m grid resolution (or nothing is reached). Use a finer grid resolution or larger bands.</source>
        <translation>Aikavyöhykkeet {value} min eivät tuottaneet polygonia: saavutettu alue on pienempi kuin ruudukon resoluutio {resolution:g} m (tai mitään ei saavuteta). Käytä tiheämpää ruudukkoa tai suurempia vyöhykkeitä.</translation>
    </message>
    <message>
        <source>A {resolution:g} m grid over this network would have {cells:.0f} cells; using {coarser:.0f} m instead.</source>
        <translation>{resolution:g} m:n ruudukossa olisi tämän verkon alueella {cells:.0f} ruutua; käytetään sen sijaan {coarser:.0f} m:n ruudukkoa.</translation>
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
        <translation>Palvelupisteen nimikenttä (raportti ja kartta)</translation>
    </message>
    <message>
        <source>Scenario name (report title)</source>
        <translation>Skenaarion nimi (raportin otsikko)</translation>
    </message>
    <message>
        <source>Facilities to close: ids (comma separated)</source>
        <translation>Suljettavat palvelupisteet: tunnukset (pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>Facilities to close: expression</source>
        <translation>Suljettavat palvelupisteet: lauseke</translation>
    </message>
    <message>
        <source>Close the facilities selected on the map</source>
        <translation>Sulje kartalta valitut palvelupisteet</translation>
    </message>
    <message>
        <source>Status field (closed / new)</source>
        <translation>Tilakenttä (suljettu / uusi)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>New facilities to open</source>
        <translation>Avattavat uudet palvelupisteet</translation>
    </message>
    <message>
        <source>New facilities: id field</source>
        <translation>Uudet palvelupisteet: tunnuskenttä</translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Ruudut: saavutettavuus ennen ja jälkeen</translation>
    </message>
    <message>
        <source>The scenario closes every facility and opens none: keep at least one open or add new facilities.</source>
        <translation>Skenaario sulkee kaikki palvelupisteet eikä avaa yhtään: pidä vähintään yksi auki tai lisää uusia palvelupisteitä.</translation>
    </message>
    <message>
        <source>Scenario: {e}.</source>
        <translation>Skenaario: {e}.</translation>
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
        <translation>Skenaario A (ennen)</translation>
    </message>
    <message>
        <source>Scenario B (after)</source>
        <translation>Skenaario B (jälkeen)</translation>
    </message>
    <message>
        <source>{label}: cell id field</source>
        <translation>{label}: ruudun tunnuskenttä</translation>
    </message>
    <message>
        <source>{label}: facility field</source>
        <translation>{label}: palvelupisteen kenttä</translation>
    </message>
    <message>
        <source>{label}: travel time field (minutes)</source>
        <translation>{label}: matka-aikakenttä (min)</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Facilities (for capacities)</source>
        <translation>Palvelupisteet (kapasiteetteja varten)</translation>
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
        <translation>Ruudut: saavutettavuus A:ssa ja B:ssä</translation>
    </message>
    <message>
        <source>{n_missing} cells of scenario A have no cell with the same id in scenario B (e.g. {missing}); both layers must hold the same cells.</source>
        <translation>Skenaarion A {n_missing} ruudulle ei ole samaa tunnusta skenaariossa B (esim. {missing}); molemmissa tasoissa on oltava samat ruudut.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos;: {n_extra} cells of scenario B have no cell with the same id in scenario A (e.g. {extra}); both layers must hold the same cells. Compare outputs made from the same population layer.</source>
        <translation>Taso '{name}': skenaarion B {n_extra} ruudulle ei ole samaa tunnusta skenaariossa A (esim. {extra}); molemmissa tasoissa on oltava samat ruudut. Vertaa samasta väestötasosta tehtyjä tuloksia.</translation>
    </message>
    <message>
        <source>Scenario {key}: the cell id &apos;{cell}&apos; (field &apos;{id_f}&apos;) occurs twice; choose a field that identifies each cell.</source>
        <translation>Skenaario {key}: ruudun tunnus '{cell}' (kenttä '{id_f}') esiintyy kahdesti; valitse kenttä, joka yksilöi jokaisen ruudun.</translation>
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
        <translation>Väestöruudukko</translation>
    </message>
    <message>
        <source>Grid id field</source>
        <translation>Ruudun tunnuskenttä</translation>
    </message>
    <message>
        <source>Broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov)</source>
        <translation>Laajakaistataulukko (grid_id, hh_total, hh_fixed_100M, mob_cov)</translation>
    </message>
    <message>
        <source>Digital readiness by age field (field=share, ...)</source>
        <translation>Digivalmius ikäkentittäin (kenttä=osuus, ...)</translation>
    </message>
    <message>
        <source>Remote share by service type (service=share, ...)</source>
        <translation>Etäpalvelun osuus palvelutyypeittäin (palvelu=osuus, ...)</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Yhteyksien saatavuus</translation>
    </message>
    <message>
        <source>Fixed broadband (&gt;= 100 Mbit/s)</source>
        <translation>Kiinteä laajakaista (&gt;= 100 Mbit/s)</translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation>Mobiiliverkon kattavuus</translation>
    </message>
    <message>
        <source>The better of the two</source>
        <translation>Parempi näistä kahdesta</translation>
    </message>
    <message>
        <source>Default connectivity for cells without data (-1 = none: error)</source>
        <translation>Oletusyhteys ruuduille, joilta puuttuu tieto (-1 = ei oletusta: virhe)</translation>
    </message>
    <message>
        <source>Demand field (empty: the persons)</source>
        <translation>Kysyntäkenttä (tyhjä: henkilöt)</translation>
    </message>
    <message>
        <source>Visits a year field (county table)</source>
        <translation>Vuotuisten käyntien kenttä (hyvinvointialueen taulukko)</translation>
    </message>
    <message>
        <source>Digital channel per cell</source>
        <translation>Sähköinen kanava ruuduittain</translation>
    </message>
    <message>
        <source>Digital channel summary</source>
        <translation>Sähköisen kanavan yhteenveto</translation>
    </message>
    <message>
        <source>{value} cells have no broadband row; they use the default connectivity {default:g}.</source>
        <translation>{value} ruudulle ei ole laajakaistariviä; niille käytetään oletusyhteyttä {default:g}.</translation>
    </message>
    <message>
        <source>{dig_excluded:.0f} of {persons:.0f} persons unlikely to use remote care.</source>
        <translation>{dig_excluded:.0f}/{persons:.0f} henkilöä ei todennäköisesti käytä etäpalveluja.</translation>
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
        <translation>Kotihoidon tukikohdat</translation>
    </message>
    <message>
        <source>Demand grid</source>
        <translation>Kysyntäruudukko</translation>
    </message>
    <message>
        <source>Coverage by age group when there is no clients field (field=share, ...)</source>
        <translation>Kattavuus ikäryhmittäin, kun asiakaskenttää ei ole (kenttä=osuus, ...)</translation>
    </message>
    <message>
        <source>Drive per visit</source>
        <translation>Ajo käyntiä kohden</translation>
    </message>
    <message>
        <source>Routes (nearest neighbour + 2-opt)</source>
        <translation>Reitit (lähin naapuri + 2-opt)</translation>
    </message>
    <message>
        <source>Star (round trip per visit)</source>
        <translation>Tähti (edestakainen matka käyntiä kohden)</translation>
    </message>
    <message>
        <source>Productive hours per FTE-year</source>
        <translation>Tuottavat tunnit henkilötyövuotta kohden</translation>
    </message>
    <message>
        <source>Indirect work share (documentation, meetings; 0-1)</source>
        <translation>Välillisen työn osuus (kirjaaminen, palaverit; 0-1)</translation>
    </message>
    <message>
        <source>Bases to close (ids, comma separated)</source>
        <translation>Suljettavat tukikohdat (tunnukset pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>Given base per cell (care area field; empty: nearest base)</source>
        <translation>Ruudun määrätty tukikohta (hoitoaluekenttä; tyhjä: lähin tukikohta)</translation>
    </message>
    <message>
        <source>Home-care bases with figures</source>
        <translation>Kotihoidon tukikohdat tunnuslukuineen</translation>
    </message>
    <message>
        <source>Home-care demand per cell</source>
        <translation>Kotihoidon tarve ruuduittain</translation>
    </message>
    <message>
        <source>Bases before and after closing</source>
        <translation>Tukikohdat ennen sulkemista ja sen jälkeen</translation>
    </message>
    <message>
        <source>bases and cells</source>
        <translation>tukikohdat ja ruudut</translation>
    </message>
    <message>
        <source>{lost} demand cells ({visits_per_week:.0f} visits a week) reach no base by road; they are left out of the base figures and have an empty base_id.</source>
        <translation>{lost} kysyntäruutua ({visits_per_week:.0f} käyntiä viikossa) ei saavuta yhtään tukikohtaa tieverkkoa pitkin; ne jätetään tukikohtien luvuista pois ja niiden base_id on tyhjä.</translation>
    </message>
    <message>
        <source>{mode}: {drive_min_wk:.0f} drive and {care_min_wk:.0f} care minutes a week, {fte_needed:.2f} FTE.</source>
        <translation>{mode}: {drive_min_wk:.0f} ajominuuttia ja {care_min_wk:.0f} hoitominuuttia viikossa, {fte_needed:.2f} htv.</translation>
    </message>
    <message>
        <source>Layer &apos;{source_name}&apos; has no clients field: give the coverage by age group (e.g. ika_75_84=0.1,ika_85_=0.3) or add the fields {demand_cols}.</source>
        <translation>Tasolla '{source_name}' ei ole asiakaskenttää: anna kattavuus ikäryhmittäin (esim. ika_75_84=0.1,ika_85_=0.3) tai lisää kentät {demand_cols}.</translation>
    </message>
    <message>
        <source>Bases to close: &apos;{unknown}&apos; is not a base_id of the base layer.</source>
        <translation>Suljettavat tukikohdat: '{unknown}' ei ole tukikohtatason base_id.</translation>
    </message>
    <message>
        <source>Bases to close: at least one base must stay.</source>
        <translation>Suljettavat tukikohdat: vähintään yhden tukikohdan on jäätävä.</translation>
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
        <translation>Kysyntäruudut</translation>
    </message>
    <message>
        <source>Cell id field</source>
        <translation>Ruudun tunnuskenttä</translation>
    </message>
    <message>
        <source>Demand field(s) per year</source>
        <translation>Kysyntäkenttä/-kentät vuosittain</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation>Matka-ajat (origin_id, dest_id, time_min)</translation>
    </message>
    <message>
        <source>EUR per demand unit and travel minute</source>
        <translation>Euroa kysyntäyksikköä ja matkaminuuttia kohden</translation>
    </message>
    <message>
        <source>Access floor: demand field(s) per year</source>
        <translation>Saavutettavuuden vähimmäistaso: kysyntäkenttä/-kentät vuosittain</translation>
    </message>
    <message>
        <source>Access floor: minutes</source>
        <translation>Saavutettavuuden vähimmäistaso: minuutit</translation>
    </message>
    <message>
        <source>Access floor: share within the minutes (%)</source>
        <translation>Saavutettavuuden vähimmäistaso: osuus minuuttirajan sisällä (%)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonttokorko (%)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Ensimmäinen vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <source>Solver time limit (seconds)</source>
        <translation>Ratkaisijan aikaraja (s)</translation>
    </message>
    <message>
        <source>Plan by site and year</source>
        <translation>Suunnitelma toimipisteittäin ja vuosittain</translation>
    </message>
    <message>
        <source>Plan by year</source>
        <translation>Suunnitelma vuosittain</translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation>Viimeinen vuosi {last} on ennen ensimmäistä vuotta {first}.</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Kysyntä</translation>
    </message>
    <message>
        <source>Access floor</source>
        <translation>Saavutettavuuden vähimmäistaso</translation>
    </message>
    <message>
        <source>Demand cells: id {duplicate!r} appears twice in {id_field}.</source>
        <translation>Kysyntäruudut: tunnus {duplicate!r} esiintyy kahdesti kentässä {id_field}.</translation>
    </message>
    <message>
        <source>Demand cells: negative demand (masked -1 values must be filled first: use the projection&apos;s output).</source>
        <translation>Kysyntäruudut: negatiivinen kysyntä (peitetyt -1-arvot on täytettävä ensin: käytä väestöennusteen tulosta).</translation>
    </message>
    <message>
        <source>Sites: {err}.</source>
        <translation>Toimipisteet: {err}.</translation>
    </message>
    <message>
        <source>{n_ids} cells, {n_site_ids} sites, {n_years} years: solving the plan exactly (HiGHS)...</source>
        <translation>{n_ids} ruutua, {n_site_ids} toimipistettä, {n_years} vuotta: ratkaistaan suunnitelma tarkasti (HiGHS)...</translation>
    </message>
    <message>
        <source>Least-cost plan: {err}.</source>
        <translation>Edullisin suunnitelma: {err}.</translation>
    </message>
    <message>
        <source>Objective {objective} EUR (discounted); proven lower bound {bound}; gap {gap:.3%}. Solver: {status}</source>
        <translation>Tavoite {objective} EUR (diskontattu); todistettu alaraja {bound}; ero {gap:.3%}. Ratkaisija: {status}</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Matka-ajat</translation>
    </message>
    <message>
        <source>Travel times: no row joins the demand cells (origin_id) to the sites (dest_id); make the OD matrix from the cells to the sites with the same ids.</source>
        <translation>Matka-ajat: yksikään rivi ei yhdistä kysyntäruutuja (origin_id) toimipisteisiin (dest_id); laske lähtö–määränpää-matriisi ruuduista toimipisteisiin samoilla tunnuksilla.</translation>
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
        <translation>Liikkuvan palvelun pysäkit</translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation>Liikkuvat yksiköt (taulukko)</translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation>Pysäkkiaikataulu (taulukko)</translation>
    </message>
    <message>
        <source>Holidays (table with a date field)</source>
        <translation>Vapaapäivät (taulukko, jossa päivämääräkenttä)</translation>
    </message>
    <message>
        <source>Depots (base_id)</source>
        <translation>Varikot (base_id)</translation>
    </message>
    <message>
        <source>Population (grid cells)</source>
        <translation>Väestö (ruudut)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Population 75+ field</source>
        <translation>75 vuotta täyttäneiden kenttä</translation>
    </message>
    <message>
        <source>Fixed sites (optional)</source>
        <translation>Kiinteät toimipisteet (valinnainen)</translation>
    </message>
    <message>
        <source>Fixed sites: annual service hours field</source>
        <translation>Kiinteät toimipisteet: vuotuisten palvelutuntien kenttä</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Coverage time (minutes)</source>
        <translation>Kattavuusaika (min)</translation>
    </message>
    <message>
        <source>Accessibility time (minutes)</source>
        <translation>Saavutettavuusaika (min)</translation>
    </message>
    <message>
        <source>Mobile stops with figures</source>
        <translation>Liikkuvan palvelun pysäkit tunnuslukuineen</translation>
    </message>
    <message>
        <source>Route days</source>
        <translation>Reittipäivät</translation>
    </message>
    <message>
        <source>Mobile channel per cell</source>
        <translation>Liikkuva palvelu ruuduittain</translation>
    </message>
    <message>
        <source>mobile stops</source>
        <translation>liikkuvan palvelun pysäkit</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
    <message>
        <source>{n_table} stops, {n_visits_y} stop visits in {year}; population within {cover:g} min of a stop {pop_cov:.0f}; route days not fitting: {map}.</source>
        <translation>{n_table} pysäkkiä, {n_visits_y} pysäkkikäyntiä vuonna {year}; väestö enintään {cover:g} min päässä pysäkistä {pop_cov:.0f}; reittipäivät, jotka eivät mahdu: {map}.</translation>
    </message>
    <message>
        <source>depots and stops</source>
        <translation>varikot ja pysäkit</translation>
    </message>
    <message>
        <source>fixed sites</source>
        <translation>kiinteät toimipisteet</translation>
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
        <translation>Ruudut</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Minutes to a fixed site before</source>
        <translation>Minuutit kiinteään toimipisteeseen ennen</translation>
    </message>
    <message>
        <source>Minutes to a fixed site after</source>
        <translation>Minuutit kiinteään toimipisteeseen jälkeen</translation>
    </message>
    <message>
        <source>Minutes to a mobile stop</source>
        <translation>Minuutit liikkuvan palvelun pysäkille</translation>
    </message>
    <message>
        <source>Remote share (0-1)</source>
        <translation>Etäpalvelun osuus (0-1)</translation>
    </message>
    <message>
        <source>Fixed-site limit (minutes)</source>
        <translation>Kiinteän toimipisteen aikaraja (min)</translation>
    </message>
    <message>
        <source>Mobile-stop limit (minutes)</source>
        <translation>Liikkuvan palvelun pysäkin aikaraja (min)</translation>
    </message>
    <message>
        <source>Cells by channel</source>
        <translation>Ruudut palvelukanavittain</translation>
    </message>
    <message>
        <source>Compensation summary</source>
        <translation>Korvaavuuden yhteenveto</translation>
    </message>
    <message>
        <source>{lost:.0f} residents lose their fixed site within the limit; a mobile stop serves {mobile:.0f}, remote care can take {remote:.0f} person-equivalents, {left:.0f} are left uncompensated.</source>
        <translation>{lost:.0f} asukasta menettää kiinteän toimipisteen aikarajan sisältä; liikkuvan palvelun pysäkki palvelee {mobile:.0f}, etäpalvelu voi korvata {remote:.0f} henkilöekvivalenttia, {left:.0f} jää ilman korvaavaa palvelua.</translation>
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
        <translation>Väestökenttä</translation>
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
        <translation>Aikaraja (min, 0 = ei rajaa)</translation>
    </message>
    <message>
        <source>Facility summary</source>
        <translation>Palvelupisteiden yhteenveto</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
    <message>
        <source>Allocated {lost} of {n_lost} population features; population {reached:.0f} reached, {not_reached:.0f} not.</source>
        <translation>Kohdistettu {lost}/{n_lost} väestökohdetta; väestöstä {reached:.0f} saavutetaan, {not_reached:.0f} ei.</translation>
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
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Network edges</source>
        <translation>Verkon kaaret</translation>
    </message>
    <message>
        <source>Dangles</source>
        <translation>Irtopäät</translation>
    </message>
    <message>
        <source>Connected pieces</source>
        <translation>Yhtenäiset osat</translation>
    </message>
    <message>
        <source>Share of facilities routable</source>
        <translation>Reititettävien palvelupisteiden osuus</translation>
    </message>
    <message>
        <source>Share of population routable</source>
        <translation>Reititettävän väestön osuus</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
    <message>
        <source>{share:.1f}% of the {label} (weighted) can be routed.</source>
        <translation>{share:.1f} % kohteista ({label}, painotettuna) on reititettävissä.</translation>
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
        <translation>Toimipisteiden kustannukset</translation>
    </message>
    <message>
        <source>Scenario (site actions)</source>
        <translation>Skenaario (toimipisteiden muutokset)</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Skenaarion nimi</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Henkilöstökustannukset</translation>
    </message>
    <message>
        <source>Mobile unit costs</source>
        <translation>Liikkuvien yksiköiden kustannukset</translation>
    </message>
    <message>
        <source>Client travel (cells)</source>
        <translation>Asiakkaiden matkat (ruudut)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>One-way distance field (km)</source>
        <translation>Yhdensuuntaisen matkan pituuden kenttä (km)</translation>
    </message>
    <message>
        <source>Visits per person and year</source>
        <translation>Käyntiä henkeä kohden vuodessa</translation>
    </message>
    <message>
        <source>Parameter table (tariffs with valid_from)</source>
        <translation>Parametritaulukko (taksat ja valid_from)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonttokorko (%)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Ensimmäinen vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation>Kustannukset vuosittain</translation>
    </message>
    <message>
        <source>Costs per site and year</source>
        <translation>Kustannukset toimipisteittäin ja vuosittain</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Nykyarvo</translation>
    </message>
    <message>
        <source>Last year {last} is before the first {first}.</source>
        <translation>Viimeinen vuosi {last} on ennen ensimmäistä vuotta {first}.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Parametritaulukko</translation>
    </message>
    <message>
        <source>Network costs: {err}.</source>
        <translation>Verkon kustannukset: {err}.</translation>
    </message>
    <message>
        <source>NPV {first}-{last} ({view} view, {rate:.1%}): {npv} EUR</source>
        <translation>Nykyarvo {first}-{last} (näkökulma {view}, {rate:.1%}): {npv} EUR</translation>
    </message>
    <message>
        <source>Client travel: choose the population field and the one-way distance field.</source>
        <translation>Asiakkaiden matkat: valitse väestökenttä ja yhdensuuntaisen matkan pituuden kenttä.</translation>
    </message>
    <message>
        <source>Client travel</source>
        <translation>Asiakkaiden matkat</translation>
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
        <translation>Lähtöpaikat</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Määränpäät</translation>
    </message>
    <message>
        <source>{label}: id field</source>
        <translation>{label}: tunnuskenttä</translation>
    </message>
    <message>
        <source>k nearest destinations (0 = all)</source>
        <translation>k lähintä määränpäätä (0 = kaikki)</translation>
    </message>
    <message>
        <source>Cut-off (minutes, 0 = none)</source>
        <translation>Aikaraja (min, 0 = ei rajaa)</translation>
    </message>
    <message>
        <source>{n_table} origin-destination pairs written.</source>
        <translation>Kirjoitettu {n_table} lähtö–määränpää-paria.</translation>
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
        <translation>Nykyiset palvelupisteet</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Capacity field (p-median with capacities)</source>
        <translation>Kapasiteettikenttä (p-mediaani kapasiteetein)</translation>
    </message>
    <message>
        <source>Candidate new sites</source>
        <translation>Uusien toimipisteiden ehdokkaat</translation>
    </message>
    <message>
        <source>Candidates: id field</source>
        <translation>Ehdokkaat: tunnuskenttä</translation>
    </message>
    <message>
        <source>Candidates: capacity field</source>
        <translation>Ehdokkaat: kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Optimointitehtävä</translation>
    </message>
    <message>
        <source>p-median (least travel time)</source>
        <translation>p-mediaani (pienin kokonaismatka-aika)</translation>
    </message>
    <message>
        <source>Maximal coverage</source>
        <translation>Suurin kattavuus</translation>
    </message>
    <message>
        <source>Set cover</source>
        <translation>Joukkopeite (kaikkien kattaminen)</translation>
    </message>
    <message>
        <source>p-center (least worst time)</source>
        <translation>p-keskus (pienin pisin matka-aika)</translation>
    </message>
    <message>
        <source>Number of sites p</source>
        <translation>Toimipisteiden määrä p</translation>
    </message>
    <message>
        <source>Coverage threshold (minutes)</source>
        <translation>Kattavuuden aikaraja (min)</translation>
    </message>
    <message>
        <source>Set cover: share of demand to cover (0-1)</source>
        <translation>Joukkopeite: katettava kysynnän osuus (0-1)</translation>
    </message>
    <message>
        <source>Sites that must stay open (ids)</source>
        <translation>Toimipisteet, joiden on pysyttävä auki (tunnukset)</translation>
    </message>
    <message>
        <source>Sites that must close (ids)</source>
        <translation>Toimipisteet, jotka on suljettava (tunnukset)</translation>
    </message>
    <message>
        <source>Use rates (field=visits per person, ...)</source>
        <translation>Käyttöasteet (kenttä=käyntiä henkeä kohden, ...)</translation>
    </message>
    <message>
        <source>Cells: allocation now and optimised</source>
        <translation>Ruudut: kohdistus nyt ja optimoituna</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation>Tavoitefunktion arvo</translation>
    </message>
    <message>
        <source>Solver used</source>
        <translation>Käytetty ratkaisija</translation>
    </message>
    <message>
        <source>With a capacity field, give the candidates&apos; capacity field too.</source>
        <translation>Kun kapasiteettikenttä on annettu, anna myös ehdokkaiden kapasiteettikenttä.</translation>
    </message>
    <message>
        <source>Use rates: the population layer has no field(s) {missing}.</source>
        <translation>Käyttöasteet: väestötasolla ei ole kenttiä {missing}.</translation>
    </message>
    <message>
        <source>Solver: {solver}; objective {objective:.4g}; {gap}; {n_sites} sites chosen.</source>
        <translation>Ratkaisija: {solver}; tavoite {objective:.4g}; {gap}; valittu {n_sites} toimipistettä.</translation>
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
        <translation>Väestöruudukko</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Municipality field of the grid</source>
        <translation>Ruudukon kuntakenttä</translation>
    </message>
    <message>
        <source>Municipality polygons (when the grid has no municipality field)</source>
        <translation>Kuntapolygonit (kun ruudukossa ei ole kuntakenttää)</translation>
    </message>
    <message>
        <source>Municipality code field</source>
        <translation>Kuntakoodikenttä</translation>
    </message>
    <message>
        <source>Population projection table</source>
        <translation>Väestöennustetaulukko</translation>
    </message>
    <message>
        <source>Base year (the grid&apos;s year)</source>
        <translation>Perusvuosi (ruutuaineiston vuosi)</translation>
    </message>
    <message>
        <source>Target years</source>
        <translation>Tavoitevuodet</translation>
    </message>
    <message>
        <source>Use rates (visits per person and year by age group)</source>
        <translation>Käyttöasteet (käyntiä henkeä kohden vuodessa ikäryhmittäin)</translation>
    </message>
    <message>
        <source>Rake the grid to the projection (grid covers whole municipalities)</source>
        <translation>Sovita ruudukko ennusteeseen (ruudukko kattaa kokonaiset kunnat)</translation>
    </message>
    <message>
        <source>Projected population</source>
        <translation>Ennustettu väestö</translation>
    </message>
    <message>
        <source>Projection check by municipality</source>
        <translation>Ennusteen tarkistus kunnittain</translation>
    </message>
    <message>
        <source>Population grid {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or ika_LO_HI): the projection works by age group.</source>
        <translation>Väestöruudukossa {name} ei ole ikäkenttiä (ika_0_14, ika_15_64, ika_65_ tai ika_LO_HI): ennuste lasketaan ikäryhmittäin.</translation>
    </message>
    <message>
        <source>Population grid {name} has no features.</source>
        <translation>Väestöruudukossa {name} ei ole kohteita.</translation>
    </message>
    <message>
        <source>Population grid {name}, feature {id}: {columns} is NULL or not a number (masked values must be -1).</source>
        <translation>Väestöruudukko {name}, kohde {id}: {columns} on NULL tai ei luku (peitettyjen arvojen on oltava -1).</translation>
    </message>
    <message>
        <source>Projection table</source>
        <translation>Ennustetaulukko</translation>
    </message>
    <message>
        <source>Population projection: {err}.</source>
        <translation>Väestöennuste: {err}.</translation>
    </message>
    <message>
        <source>{n_feats} cells, {masked} with masked ages filled from their municipality&apos;s shares; groups {name}.</source>
        <translation>{n_feats} ruutua, joista {masked} peitettyä ikätietoa täydennetty kunnan osuuksilla; ryhmät {name}.</translation>
    </message>
    <message>
        <source>Largest difference between the grid&apos;s sum and the projection (municipality x group x year): {worst:.2f} persons.</source>
        <translation>Suurin ero ruudukon summan ja ennusteen välillä (kunta x ryhmä x vuosi): {worst:.2f} henkeä.</translation>
    </message>
    <message>
        <source>Give the grid&apos;s municipality field, or a municipality polygon layer and its code field: growth factors are per municipality.</source>
        <translation>Anna ruutuaineiston kuntakenttä tai kuntarajataso ja sen kuntakoodikenttä: kasvukertoimet ovat kuntakohtaisia.</translation>
    </message>
    <message>
        <source>Grid cell {id} lies in no municipality polygon of {source_name}: clip the grid to the municipalities.</source>
        <translation>Ruutu {id} ei ole yhdenkään tason {source_name} kuntapolygonin sisällä: rajaa ruudukko kuntiin.</translation>
    </message>
    <message>
        <source>Cells placed in municipalities by their centre ({n_set} municipalities).</source>
        <translation>Ruudut sijoitettu kuntiin keskipisteensä mukaan ({n_set} kuntaa).</translation>
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
        <translation>Auton nopeus tuntemattoman luokan teillä (km/h)</translation>
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
        <translation>Pyörätuoli</translation>
    </message>
    <message>
        <source>Wheelchair speed (km/h)</source>
        <translation>Pyörätuolin nopeus (km/h)</translation>
    </message>
</context>
<context>
    <name>RoadTimes</name>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>population features</source>
        <translation>väestökohteet</translation>
    </message>
    <message>
        <source>None of the facilities open in the scenario can be snapped to the road network; check the CRS and the maximum snapping distance.</source>
        <translation>Yhtäkään skenaariossa avoinna olevaa palvelupistettä ei voi kohdistaa tieverkkoon; tarkista koordinaattijärjestelmä ja suurin kohdistusetäisyys.</translation>
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
        <translation>Skenaario 1</translation>
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
        <translation>Merkitse kartalta valitut palvelupisteet</translation>
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
        <translation>Palveluverkko-laajennuksen Processing-algoritmeja ei ole ladattu.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Käynnissä...</translation>
    </message>
    <message>
        <source>The scenario did not finish (cancelled or failed; see the Processing log).</source>
        <translation>Skenaarion laskenta ei päättynyt (keskeytetty tai epäonnistui; katso Processing-loki).</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenaario</translation>
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
        <translation>Henkilöstön kodit</translation>
    </message>
    <message>
        <source>Travel times (origin_id, dest_id, time_min)</source>
        <translation>Matka-ajat (origin_id, dest_id, time_min)</translation>
    </message>
    <message>
        <source>Merged sites (closed&gt;receiving, ...)</source>
        <translation>Yhdistettävät toimipisteet (suljettava&gt;vastaanottava, ...)</translation>
    </message>
    <message>
        <source>Flow table of a closure (instead of merged sites)</source>
        <translation>Sulkemisen asiakasvirtataulukko (yhdistettävien toimipisteiden sijaan)</translation>
    </message>
    <message>
        <source>Commute limit (minutes)</source>
        <translation>Työmatkan raja (min)</translation>
    </message>
    <message>
        <source>Staff commutes by site</source>
        <translation>Henkilöstön työmatkat toimipisteittäin</translation>
    </message>
    <message>
        <source>Staff commutes by home area</source>
        <translation>Henkilöstön työmatkat asuinalueittain</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Matka-ajat</translation>
    </message>
    <message>
        <source>Give the merged sites (closed&gt;receiving) or a closure&apos;s flow table.</source>
        <translation>Anna yhdistettävät toimipisteet (suljettava&gt;vastaanottava) tai sulkemisen asiakasvirtataulukko.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Asiakasvirtataulukko</translation>
    </message>
    <message>
        <source>Staff commutes: {err}.</source>
        <translation>Henkilöstön työmatkat: {err}.</translation>
    </message>
    <message>
        <source>{staff:g} staff move ({value}); over the limit: {over_before:g} before, {over_after:g} after.</source>
        <translation>{staff:g} työntekijää siirtyy ({value}); rajan ylittäviä: {over_before:g} ennen, {over_after:g} jälkeen.</translation>
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
        <translation>Ruutuväli (m)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Transit catchments</source>
        <translation>Joukkoliikenteen vaikutusalueet</translation>
    </message>
    <message>
        <source>A {spacing:g} m grid over the feed&apos;s stops has {n_gx} points; use a larger grid spacing.</source>
        <translation>{spacing:g} m:n ruudukossa aineiston pysäkkien alueella on {n_gx} pistettä; käytä suurempaa ruutuväliä.</translation>
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
        <translation>Väestöruudut</translation>
    </message>
    <message>
        <source>Maximum walk to a stop (m)</source>
        <translation>Suurin kävelymatka pysäkille (m)</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Service per stop</source>
        <translation>Palvelutaso pysäkeittäin</translation>
    </message>
    <message>
        <source>Service per cell</source>
        <translation>Palvelutaso ruuduittain</translation>
    </message>
    <message>
        <source>The window is empty: it ends when it starts.</source>
        <translation>Aikaikkuna on tyhjä: se päättyy samalla hetkellä kuin alkaa.</translation>
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
        <translation>Aikatauluprofiilit {n} palvelupisteelle...</translation>
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
        <translation>Lähtöpaikat (väestö)</translation>
    </message>
    <message>
        <source>Origin id field</source>
        <translation>Lähtöpaikan tunnuskenttä</translation>
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
        <translation>Osuuden aikaraja (min)</translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Persentiilit</translation>
    </message>
    <message>
        <source>Arrive by (HH:MM, optional)</source>
        <translation>Perillä viimeistään (HH:MM, valinnainen)</translation>
    </message>
    <message>
        <source>Transit travel times</source>
        <translation>Joukkoliikenteen matka-ajat</translation>
    </message>
    <message>
        <source>OD table (origin x facility percentiles)</source>
        <translation>Lähtö–määränpää-taulukko (lähtöpaikka x palvelupiste, persentiilit)</translation>
    </message>
    <message>
        <source>Arrive by {deadline_text} is not after the first departure ({start}): the timetable is read from the first departure on, so only walking all the way can make it and leave_by is empty for every other origin. Choose a later arrival time or an earlier window.</source>
        <translation>Perilläoloaika {deadline_text} ei ole ensimmäisen lähdön ({start}) jälkeen: aikataulu luetaan ensimmäisestä lähdöstä alkaen, joten perille ehtii vain kävellen koko matkan ja leave_by jää tyhjäksi kaikille muille lähtöpaikoille. Valitse myöhäisempi perilläoloaika tai aikaisempi aikaikkuna.</translation>
    </message>
</context>
<context>
    <name>TravelTimes</name>
    <message>
        <source>Reusing the cached per-facility travel times.</source>
        <translation>Käytetään välimuistiin tallennettuja palvelupistekohtaisia matka-aikoja.</translation>
    </message>
    <message>
        <source>Searching from {n} facilities...</source>
        <translation>Haetaan reittejä {n} palvelupisteestä...</translation>
    </message>
</context>
<context>
    <name>channel_common</name>
    <message>
        <source>Table &apos;{source_name}&apos; ({label}) has no field &apos;{lost}&apos;; it needs the fields {columns}.</source>
        <translation>Taulukossa '{source_name}' ({label}) ei ole kenttää '{lost}'; tarvittavat kentät ovat {columns}.</translation>
    </message>
    <message>
        <source>{what}: cannot read &apos;{item}&apos;; write name=value pairs separated by commas.</source>
        <translation>{what}: kohtaa '{item}' ei voi lukea; kirjoita nimi=arvo-parit pilkuin eroteltuina.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is outside 0-1.</source>
        <translation>{what}: '{item}' ei ole välillä 0-1.</translation>
    </message>
    <message>
        <source>{what}: give at least one name=value pair.</source>
        <translation>{what}: anna vähintään yksi nimi=arvo-pari.</translation>
    </message>
</context>
<context>
    <name>closure_impact</name>
    <message>
        <source>Facilities to close: no facility has the id &apos;{w}&apos; (field &apos;{id_field}&apos;).</source>
        <translation>Suljettavat palvelupisteet: yhdelläkään palvelupisteellä ei ole tunnusta '{w}' (kenttä '{id_field}').</translation>
    </message>
    <message>
        <source>&apos;Close the selected facilities&apos; is on, but no facility is selected on the map.</source>
        <translation>'Sulje valitut palvelupisteet' on päällä, mutta kartalta ei ole valittu yhtään palvelupistettä.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expression} selects none of the {n_features} facilities of layer &apos;{layer}&apos;, so nothing changes. Check the expression against the layer&apos;s values.</source>
        <translation>Suljettavat palvelupisteet: lauseke {expression} ei valitse yhtään tason '{layer}' {n_features} palvelupisteestä, joten mikään ei muutu. Tarkista lauseke tason arvoja vasten.</translation>
    </message>
    <message>
        <source>Nothing changes: give the facilities to close (ids, expression, selection or status field) or new facilities to open.</source>
        <translation>Mikään ei muutu: anna suljettavat palvelupisteet (tunnukset, lauseke, valinta tai tilakenttä) tai avattavat uudet palvelupisteet.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} cannot be read: {error}. Fix it in the expression builder.</source>
        <translation>Suljettavat palvelupisteet: lauseketta {expr_text} ei voi lukea: {error}. Korjaa se lausekkeen muodostimessa.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression {expr_text} uses the field(s) {unknown}, which layer &apos;{layer}&apos; does not have. Fields: {names}.</source>
        <translation>Suljettavat palvelupisteet: lauseke {expr_text} käyttää kenttiä {unknown}, joita tasolla '{layer}' ei ole. Kentät: {names}.</translation>
    </message>
    <message>
        <source>Facilities to close: the expression fails on feature {id}: {eval_error_string}</source>
        <translation>Suljettavat palvelupisteet: lausekkeen laskenta epäonnistuu kohteessa {id}: {eval_error_string}</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Class speeds: cannot read &apos;{item}&apos;. Write class=km/h pairs separated by commas, e.g. residential=30,service=15 (0 closes a class).</source>
        <translation>Tieluokkien nopeudet: kohtaa '{item}' ei voi lukea. Kirjoita luokka=km/h-parit pilkuin eroteltuina, esim. residential=30,service=15 (0 sulkee luokan).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer_name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Tasolla '{layer_name}' ei ole kenttää '{field}'.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Keskeytetty.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; ({layer_label}) has no features.</source>
        <translation>Tasolla '{name}' ({layer_label}) ei ole kohteita.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; holds &apos;{value}&apos;, not a number. Choose a numeric field or fix the value.</source>
        <translation>Taso '{layer}', kohde {fid}: kentän '{field}' arvo on '{value}', ei luku. Valitse numeerinen kenttä tai korjaa arvo.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: field &apos;{field}&apos; is {v}; a population or capacity cannot be negative. Fix the value or filter the feature out.</source>
        <translation>Taso '{layer}', kohde {fid}: kentän '{field}' arvo on {v}; väestö tai kapasiteetti ei voi olla negatiivinen. Korjaa arvo tai suodata kohde pois.</translation>
    </message>
    <message>
        <source>None of the {label} can be routed: {island} of {n_snap} sit on a road piece not connected to the main network (the largest connected piece of the roads usable by the mode), the others are too far from it. Connect those roads to the network (check the topology tolerance, or roads the mode may not use) or move the {label}.</source>
        <translation>Reittiä ei voi laskea yhdellekään ({label}): {island}/{n_snap} on tienpätkällä, joka ei ole yhteydessä pääverkkoon (kulkutavan käytettävissä olevien teiden suurin yhtenäinen osa), muut ovat liian kaukana siitä. Yhdistä tiet verkkoon (tarkista topologian toleranssi tai tiet, joita kulkutapa ei saa käyttää) tai siirrä kohteita ({label}).</translation>
    </message>
    <message>
        <source>None of the {label} could be snapped to the main road network: check the layers&apos; CRS and the maximum snapping distance.</source>
        <translation>Yhtäkään kohdetta ({label}) ei voitu kohdistaa tieverkon pääverkkoon: tarkista tasojen koordinaattijärjestelmät ja suurin kohdistusetäisyys.</translation>
    </message>
    <message>
        <source>{n} of {n_snap} {label}: {reason}.</source>
        <translation>{n}/{n_snap} ({label}): {reason}.</translation>
    </message>
    <message>
        <source>{past} of {n_snap} {label}: {nearest_unconnected}; snapped to the main network instead, up to {max_m:.0f} m away (field snap_m where the output has it).</source>
        <translation>{past}/{n_snap} ({label}): {nearest_unconnected}; kohdistettu sen sijaan pääverkkoon enintään {max_m:.0f} m:n päähän (kenttä snap_m, jos tuloksessa on se).</translation>
    </message>
</context>
<context>
    <name>compare_scenarios</name>
    <message>
        <source>Layer &apos;{source_name}&apos;, feature {fid}: the travel time field &apos;{field}&apos; holds &apos;{value}&apos;, not a number of minutes. Choose the numeric time field (e.g. time_min or min_after).</source>
        <translation>Taso '{source_name}', kohde {fid}: matka-aikakentän '{field}' arvo on '{value}', ei minuuttimäärä. Valitse numeerinen aikakenttä (esim. time_min tai min_after).</translation>
    </message>
</context>
<context>
    <name>impact_outputs</name>
    <message>
        <source>{masked} features (population {weights:.0f}) have masked age groups (-1: under 10 residents in Statistics Finland&apos;s grid); they count in the total population but in no age group.</source>
        <translation>{masked} kohteen (väestö {weights:.0f}) ikäryhmät on peitetty (-1: alle 10 asukasta Tilastokeskuksen ruutuaineistossa); ne lasketaan kokonaisväestöön mutta ei mihinkään ikäryhmään.</translation>
    </message>
    <message>
        <source>The age group fields do not add up to the total population in {off} features (e.g. feature ids {first}); each group is reported as given and the totals use the total population field.</source>
        <translation>Ikäryhmäkenttien summa ei vastaa kokonaisväestöä {off} kohteessa (esim. kohteet {first}); ryhmät raportoidaan sellaisinaan ja kokonaisluvuissa käytetään kokonaisväestön kenttää.</translation>
    </message>
</context>
<context>
    <name>least_cost_plan</name>
    <message>
        <source>{what}: the demand layer has no field {missing} (for {y}); run Population projection to target years for these years, or name fields that exist, e.g. need_{{year}} or vaesto.</source>
        <translation>{what}: kysyntätasolla ei ole kenttää {missing} (vuodelle {y}); aja Väestöennuste tavoitevuosille näille vuosille tai nimeä olemassa olevat kentät, esim. need_{{year}} tai vaesto.</translation>
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
        <translation>Käyttöasteet: kohtaa '{item}' ei voi lukea; kirjoita kenttä=käyntiä henkeä kohden, esim. age_75=9.5.</translation>
    </message>
    <message>
        <source>Optimisation: no demand is within the coverage threshold ({thr:g} min) of any site (the fastest trip takes {fastest:.1f} min), so every choice of sites would cover nothing. Raise the threshold.</source>
        <translation>Optimointi: mikään kysyntä ei ole minkään toimipisteen kattavuusrajan ({thr:g} min) sisällä (nopein matka kestää {fastest:.1f} min), joten mikään toimipistevalinta ei kattaisi mitään. Nosta aikarajaa.</translation>
    </message>
    <message>
        <source>Optimisation: {e}.</source>
        <translation>Optimointi: {e}.</translation>
    </message>
    <message>
        <source>{n_demand} demand points x {n_sites} sites: the heuristic result is reported with its proven gap.</source>
        <translation>{n_demand} kysyntäpistettä x {n_sites} toimipistettä: heuristinen tulos raportoidaan todistetun eron kanssa.</translation>
    </message>
    <message>
        <source>{what}: no site has the id &apos;{w}&apos;.</source>
        <translation>{what}: yhdelläkään toimipisteellä ei ole tunnusta '{w}'.</translation>
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
        <translation>Ei mitään (oletusnopeus)</translation>
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
        <translation>Luokkien nopeudet (luokka=km/h, ...)</translation>
    </message>
    <message>
        <source>Access walking speed from point to road (km/h, 0 = free)</source>
        <translation>Kävelynopeus pisteestä tielle (km/h, 0 = ei aikaa)</translation>
    </message>
    <message>
        <source>Maximum snapping distance (m)</source>
        <translation>Suurin kohdistusetäisyys (m)</translation>
    </message>
    <message>
        <source>Topology tolerance (map units of the work CRS)</source>
        <translation>Topologian toleranssi (työskentelykoordinaatiston karttayksiköinä)</translation>
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
        <translation>Askel (min)</translation>
    </message>
    <message>
        <source>Maximum walk to or from a stop (m)</source>
        <translation>Suurin kävelymatka pysäkille tai pysäkiltä (m)</translation>
    </message>
    <message>
        <source>Maximum walk between stops (m)</source>
        <translation>Suurin kävelymatka pysäkkien välillä (m)</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Maximum trip time (minutes)</source>
        <translation>Suurin matka-aika (min)</translation>
    </message>
    <message>
        <source>Maximum transfers</source>
        <translation>Vaihtojen enimmäismäärä</translation>
    </message>
    <message>
        <source>Road network for the walks (optional)</source>
        <translation>Tieverkko kävelyosuuksille (valinnainen)</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Tieluokkakenttä (OSM highway)</translation>
    </message>
    <message>
        <source>Percentile of travel time over the window</source>
        <translation>Matka-ajan persentiili aikaikkunan yli</translation>
    </message>
    <message>
        <source>Age group fields</source>
        <translation>Ikäryhmäkentät</translation>
    </message>
    <message>
        <source>75+ field (equity figures)</source>
        <translation>75+ -kenttä (yhdenvertaisuusluvut)</translation>
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
        <translation>HTML-tiedostot (*.html)</translation>
    </message>
</context>
<context>
    <name>population_projection</name>
    <message>
        <source>Use rates: &apos;{part}&apos; is not group=visits (e.g. 75_84=6.5).</source>
        <translation>Käyttöasteet: '{part}' ei ole muotoa ryhmä=käynnit (esim. 75_84=6.5).</translation>
    </message>
    <message>
        <source>Target years: &apos;{text}&apos; is not a list of years (e.g. 2025,2030).</source>
        <translation>Tavoitevuodet: '{text}' ei ole vuosiluettelo (esim. 2025,2030).</translation>
    </message>
    <message>
        <source>Target years: give at least one year, e.g. 2030.</source>
        <translation>Tavoitevuodet: anna vähintään yksi vuosi, esim. 2030.</translation>
    </message>
</context>
<context>
    <name>report_output</name>
    <message>
        <source>Report (PDF)</source>
        <translation>Raportti (PDF)</translation>
    </message>
    <message>
        <source>{pdf} exists and is not a report of this plugin; it was left as it is and no PDF was written.</source>
        <translation>{pdf} on jo olemassa eikä se ole tämän laajennuksen raportti; se jätettiin ennalleen eikä PDF-tiedostoa kirjoitettu.</translation>
    </message>
    <message>
        <source>The PDF of the report could not be written: {e}</source>
        <translation>Raportin PDF-tiedostoa ei voitu kirjoittaa: {e}</translation>
    </message>
</context>
<context>
    <name>roads</name>
    <message>
        <source>The road network layer could not be opened.</source>
        <translation>Tieverkkotasoa ei voitu avata.</translation>
    </message>
    <message>
        <source>Reading the road network...</source>
        <translation>Luetaan tieverkkoa...</translation>
    </message>
    <message>
        <source>{empty} road features without geometry were skipped.</source>
        <translation>Ohitettiin {empty} tiekohdetta, joilta puuttuu geometria.</translation>
    </message>
    <message>
        <source>{null_speed} roads have no speed value; their class speed (or the default speed) is used.</source>
        <translation>{null_speed} tieltä puuttuu nopeusarvo; niille käytetään tieluokan nopeutta (tai oletusnopeutta).</translation>
    </message>
    <message>
        <source>Road network: {e}.</source>
        <translation>Tieverkko: {e}.</translation>
    </message>
    <message>
        <source>Network: {n_nodes} nodes, {n_edges} edges (work CRS {authid}).</source>
        <translation>Verkko: {n_nodes} solmua, {n_edges} kaarta (työskentelykoordinaatisto {authid}).</translation>
    </message>
    <message>
        <source>Road network: {note}.</source>
        <translation>Tieverkko: {note}.</translation>
    </message>
    <message>
        <source>No road of the network can be used by mode &apos;{mode}&apos;. Check the road class field and scheme, or the class speeds.</source>
        <translation>Kulkutapa '{mode}' ei voi käyttää yhtään verkon tietä. Tarkista tieluokkakenttä ja tieluokitus tai luokkien nopeudet.</translation>
    </message>
    <message>
        <source>Layer &apos;{name}&apos; has no line features with geometry; choose a road layer.</source>
        <translation>Tasolla '{name}' ei ole viivakohteita, joilla on geometria; valitse tieverkkotaso.</translation>
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
        <translation>Yhdistettävät toimipisteet: '{part}' ei ole muotoa suljettava&gt;vastaanottava (esim. HC3&gt;HC1).</translation>
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
        <translation>{n_conn} yhteysväliä päivänä {day} ensimmäisestä lähdöstä viimeiseen saapumiseen.</translation>
    </message>
    <message>
        <source>Walks to, between and from stops follow the road network.</source>
        <translation>Kävelyt pysäkeille, pysäkkien välillä ja pysäkeiltä kulkevat tieverkkoa pitkin.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{label}: the output file {path} is also an input (parameter &apos;{used_by}&apos;, layer {n}); writing it would destroy that data. Choose another output file.</source>
        <translation>{label}: tulostiedosto {path} on myös syöte (parametri '{used_by}', taso {n}); sen kirjoittaminen tuhoaisi aineiston. Valitse toinen tulostiedosto.</translation>
    </message>
    <message>
        <source>{label}: {folder} is a file, not a folder; choose a folder for {basename}.</source>
        <translation>{label}: {folder} on tiedosto, ei kansio; valitse tiedostolle {basename} kansio.</translation>
    </message>
    <message>
        <source>{label}: the folder {folder} does not exist. Create it or choose another place for {basename}.</source>
        <translation>{label}: kansiota {folder} ei ole. Luo se tai valitse tiedostolle {basename} toinen paikka.</translation>
    </message>
    <message>
        <source>{label}: {path} cannot be written (no permission). Choose another place.</source>
        <translation>{label}: tiedostoon {path} ei voi kirjoittaa (ei oikeuksia). Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>{label}: {path} is a folder; give a file name ending in .html.</source>
        <translation>{label}: {path} on kansio; anna tiedostonimi, jonka pääte on .html.</translation>
    </message>
    <message>
        <source>{label}: {path} already exists and is not a Palveluverkko HTML report; it would be replaced. Choose a new file name ending in .html.</source>
        <translation>{label}: {path} on jo olemassa eikä se ole Palveluverkon HTML-raportti; se korvattaisiin. Valitse uusi tiedostonimi, jonka pääte on .html.</translation>
    </message>
    <message>
        <source>{description} ({name}): &apos;{value}&apos; is not a finite number; give a number{range}.</source>
        <translation>{description} ({name}): '{value}' ei ole äärellinen luku; anna luku{range}.</translation>
    </message>
    <message>
        <source>The run did not finish; the incomplete outputs were removed: {removed}.</source>
        <translation>Ajo ei päättynyt; keskeneräiset tulokset poistettiin: {removed}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; in &apos;{text}&apos; is not a number of {unit}; write e.g. {example}.</source>
        <translation>{what}: '{item}' arvossa '{text}' ei ole lukumäärä ({unit}); kirjoita esim. {example}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{item}&apos; is not allowed; give positive, finite {unit}{limit}, e.g. {example}.</source>
        <translation>{what}: '{item}' ei ole sallittu; anna positiivinen, äärellinen arvo ({unit}){limit}, esim. {example}.</translation>
    </message>
    <message>
        <source>{what}: give at least one positive number of {unit}, e.g. {example}.</source>
        <translation>{what}: anna vähintään yksi positiivinen luku ({unit}), esim. {example}.</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a time; write HH:MM, e.g. 07:30.</source>
        <translation>{what}: '{text}' ei ole kellonaika; kirjoita HH:MM, esim. 07:30.</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a valid time (hours 0-47, minutes 0-59); write HH:MM, e.g. 07:30.</source>
        <translation>{what}: '{text}' ei ole kelvollinen kellonaika (tunnit 0-47, minuutit 0-59); kirjoita HH:MM, esim. 07:30.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: none of the {n} features is within walking reach ({max_walk:g} m) of a stop of the GTFS feeds, so every result is walking only. Check that the feeds cover this area (and the date), or raise the maximum walk.</source>
        <translation>Taso '{layer}': yksikään sen {n} kohteesta ei ole kävelyetäisyydellä ({max_walk:g} m) GTFS-aineistojen pysäkeistä, joten kaikki tulokset ovat pelkkää kävelyä. Tarkista, että aineistot kattavat alueen (ja päivämäärän), tai kasvata suurinta kävelymatkaa.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {reached} of {n} features ({share:.0%}) are within walking reach ({max_walk:g} m) of a stop.</source>
        <translation>Taso '{layer}': {reached}/{n} kohdetta ({share:.0%}) on kävelyetäisyydellä ({max_walk:g} m) pysäkistä.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_nulls} of the {what} have no value (NULL) in the id field &apos;{field}&apos; (e.g. feature ids {nulls}). Fill in the ids or filter those features out.</source>
        <translation>Taso '{layer}': {n_nulls} ({what}) ilman arvoa (NULL) tunnuskentässä '{field}' (esim. kohteet {nulls}). Täydennä tunnukset tai suodata kohteet pois.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_ids} features merged as entrances into {n_repeated} facilities (same &apos;{field}&apos;); each facility counts from its nearest entrance.</source>
        <translation>Taso '{layer}': {n_ids} kohdetta yhdistetty sisäänkäynneiksi {n_repeated} palvelupisteeseen (sama '{field}'); kunkin palvelupisteen matka lasketaan lähimmästä sisäänkäynnistä.</translation>
    </message>
    <message>
        <source>Features with the same id are entrances of one facility</source>
        <translation>Saman tunnuksen kohteet ovat yhden palvelupisteen sisäänkäyntejä</translation>
    </message>
    <message>
        <source>Layer &apos;{layer_b}&apos;: the ids {both} (field &apos;{field_b}&apos;) are also ids of layer &apos;{layer_a}&apos;; a site would be mistaken for another. Give the new sites ids of their own.</source>
        <translation>Taso '{layer_b}': tunnukset {both} (kenttä '{field_b}') ovat myös tason '{layer_a}' tunnuksia; toimipisteet sekoittuisivat toisiinsa. Anna uusille toimipisteille omat tunnukset.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {n_missing} of {n_has_geometry} {what} have no geometry (e.g. feature ids {fids}) and take no part in the computation. Add their geometry or filter them out.</source>
        <translation>Taso '{layer}': {n_missing}/{n_has_geometry} ({what}) ilman geometriaa (esim. kohteet {fids}); ne eivät ole mukana laskennassa. Lisää niille geometria tai suodata ne pois.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no valid CRS; set its CRS in the layer properties.</source>
        <translation>Tasolla '{layer}' ei ole kelvollista koordinaattijärjestelmää; aseta se tason ominaisuuksissa.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no feature with a geometry, so no work CRS can be chosen; choose a layer with features.</source>
        <translation>Tasolla '{layer}' ei ole yhtään kohdetta, jolla on geometria, joten työskentelykoordinaatistoa ei voi valita; valitse taso, jolla on kohteita.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: its extent cannot be placed on the globe; check its CRS.</source>
        <translation>Taso '{layer}': sen laajuutta ei voi sijoittaa maapallolle; tarkista tason koordinaattijärjestelmä.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in {crs}, whose map units are not ground metres here (1 unit = {scale:.3g} m on the ground); the work is done in {work_crs} instead.</source>
        <translation>Taso '{layer}' on koordinaatistossa {crs}, jonka karttayksiköt eivät täällä ole maastometrejä (1 yksikkö = {scale:.3g} m maastossa); laskenta tehdään sen sijaan koordinaatistossa {work_crs}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in geographic {crs}; the work is done in {work_crs}.</source>
        <translation>Taso '{layer}' on maantieteellisessä koordinaatistossa {crs}; laskenta tehdään koordinaatistossa {work_crs}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: the id field &apos;{field}&apos; repeats the ids {repeated}{more} ({n_repeated} ids on more than one feature). Give every facility its own id, or, if those features are entrances of one facility, switch on &apos;features with the same id are entrances of one facility&apos;.</source>
        <translation>Taso '{layer}': tunnuskentässä '{field}' toistuvat tunnukset {repeated}{more} ({n_repeated} tunnusta useammalla kuin yhdellä kohteella). Anna jokaiselle palvelupisteelle oma tunnus, tai jos kohteet ovat yhden palvelupisteen sisäänkäyntejä, valitse 'saman tunnuksen kohteet ovat yhden palvelupisteen sisäänkäyntejä'.</translation>
    </message>
</context>
</TS>
