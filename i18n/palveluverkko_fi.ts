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
    <message>
        <source>population</source>
        <translation>väestö</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>toimipisteet</translation>
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
    <name>ChannelInputs</name>
    <message>
        <source>Service channels (optional)</source>
        <translation>Palvelukanavat (valinnainen)</translation>
    </message>
    <message>
        <source>Mobile stops</source>
        <translation>Liikkuvan palvelun pysähdyspaikat</translation>
    </message>
    <message>
        <source>Stops of a health bus or other mobile unit (stop_id, unit_id); empty: no mobile channel.</source>
        <translation>Terveysbussin tai muun liikkuvan yksikön pysähdyspaikat (stop_id, unit_id); tyhjä: ei liikkuvaa palvelua.</translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation>Liikkuvat yksiköt (taulukko)</translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation>Pysähdyspaikkojen aikataulu (taulukko)</translation>
    </message>
    <message>
        <source>Holidays (table, optional)</source>
        <translation>Pyhäpäivät (taulukko, valinnainen)</translation>
    </message>
    <message>
        <source>Mobile stop: access time (min)</source>
        <translation>Pysähdyspaikka: matka-aika (min)</translation>
    </message>
    <message>
        <source>A cell is served by a stop with a visit within this time, by the scenario&apos;s travel mode.</source>
        <translation>Ruutua palvelee pysähdyspaikka, jolla on käynti ja jonne pääsee tässä ajassa skenaarion kulkutavalla.</translation>
    </message>
    <message>
        <source>Broadband table</source>
        <translation>Laajakaistataulukko</translation>
    </message>
    <message>
        <source>grid_id, hh_total, hh_fixed_100M, mob_cov per cell; empty: no digital channel.</source>
        <translation>grid_id, hh_total, hh_fixed_100M, mob_cov ruuduittain; tyhjä: ei digitaalista kanavaa.</translation>
    </message>
    <message>
        <source>Population: grid id field</source>
        <translation>Väestö: ruudun tunnisteen kenttä</translation>
    </message>
    <message>
        <source>The population field holding the broadband table&apos;s grid_id.</source>
        <translation>Väestön kenttä, joka sisältää laajakaistataulukon grid_id-arvon.</translation>
    </message>
    <message>
        <source>Digital readiness (field=share, ...)</source>
        <translation>Digivalmius (field=share, ...)</translation>
    </message>
    <message>
        <source>Population fields (age groups) and the share of each able to use remote service.</source>
        <translation>Väestökentät (ikäryhmät) ja kunkin ryhmän osuus, joka pystyy käyttämään etäpalvelua.</translation>
    </message>
    <message>
        <source>Remote share (service=share, ...)</source>
        <translation>Etäasioinnin osuus (service=share, ...)</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Yhteyden taso</translation>
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
        <translation>Parempi kahdesta</translation>
    </message>
    <message>
        <source>Cells without broadband data</source>
        <translation>Ruudut ilman laajakaistatietoja</translation>
    </message>
    <message>
        <source>Connectivity share given to them; -1: they are an error.</source>
        <translation>Niille annettava yhteyden taso (osuus); -1: niitä pidetään virheenä.</translation>
    </message>
    <message>
        <source>mobile units</source>
        <translation>liikkuvat yksiköt</translation>
    </message>
    <message>
        <source>stop schedule</source>
        <translation>pysähdyspaikkojen aikataulu</translation>
    </message>
    <message>
        <source>Mobile stops are chosen: choose the {what} table too.</source>
        <translation>Pysähdyspaikat on valittu: valitse myös taulukko {what}.</translation>
    </message>
    <message>
        <source>A broadband table is chosen: choose the population&apos;s grid id field too.</source>
        <translation>Laajakaistataulukko on valittu: valitse myös väestön ruudun tunnisteen kenttä.</translation>
    </message>
    <message>
        <source>Digital readiness: the population layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Digivalmius: väestötasolla '{layer}' ei ole kenttää '{field}'.</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Digivalmius</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Etäasioinnin osuus</translation>
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
    <message>
        <source>scenario A</source>
        <translation>skenaario A</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
</context>
<context>
    <name>CostReport</name>
    <message>
        <source>Costs per year of each scenario</source>
        <translation>Kunkin vaihtoehdon kustannukset vuosittain</translation>
    </message>
    <message>
        <source>Sites by year (costs per site and year, or a plan)</source>
        <translation>Toimipisteet vuosittain (kustannukset toimipisteittäin ja vuosittain tai suunnitelma)</translation>
    </message>
    <message>
        <source>Site costs (lease ends)</source>
        <translation>Toimipisteiden kustannukset (vuokrakausien päättyminen)</translation>
    </message>
    <message>
        <source>Staff commutes by site</source>
        <translation>Henkilöstön työmatkat toimipisteittäin</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-tiedostot (*.html)</translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation>Kustannukset vuosittain</translation>
    </message>
    <message>
        <source>Net present values</source>
        <translation>Nykyarvot</translation>
    </message>
    <message>
        <source>Cost report: {err}.</source>
        <translation>Kustannusraportti: {err}.</translation>
    </message>
    <message>
        <source>Staff commutes</source>
        <translation>Henkilöstön työmatkat</translation>
    </message>
    <message>
        <source>{n} scenarios, {first}-{last}, discount rate {rate:.1%}.</source>
        <translation>{n} vaihtoehtoa, {first}-{last}, diskonttokorko {rate:.1%}.</translation>
    </message>
    <message>
        <source>Sites by year</source>
        <translation>Toimipisteet vuosittain</translation>
    </message>
    <message>
        <source>Sites by year ({name}) has neither active_months nor open: use the costs per site and year, or the least-cost plan by site and year.</source>
        <translation>Toimipisteet vuosittain ({name}): ei kenttää active_months eikä open; käytä kustannuksia toimipisteittäin ja vuosittain tai edullisimman suunnitelman tulosta Suunnitelma toimipisteittäin ja vuosittain.</translation>
    </message>
    <message>
        <source>Site costs</source>
        <translation>Toimipisteiden kustannukset</translation>
    </message>
    <message>
        <source>Site costs: {err}.</source>
        <translation>Toimipisteiden kustannukset: {err}.</translation>
    </message>
    <message>
        <source>Board report: scenario costs by year, NPV, leases and staff</source>
        <translation>Päätösraportti: skenaarion kustannukset vuosittain, nykyarvo, vuokrasopimukset ja henkilöstö</translation>
    </message>
    <message>
        <source>Access by scenario (closure impact summaries)</source>
        <translation>Saavutettavuus vaihtoehdoittain (sulkemisen vaikutusten yhteenvedot)</translation>
    </message>
    <message>
        <source>Access by scenario</source>
        <translation>Saavutettavuus vaihtoehdoittain</translation>
    </message>
    <message>
        <source>Access by scenario {name}: {err}; give the Summary or Equity output of Closure impact.</source>
        <translation>Saavutettavuus vaihtoehdoittain {name}: {err}; anna algoritmin Palvelupisteen sulkemisen vaikutukset tulos Yhteenveto tai Yhdenvertaisuusluvut.</translation>
    </message>
    <message>
        <source>Access by scenario: {n} tables for {m} scenarios without one; name each table&apos;s layer as its scenario or give one table per scenario.</source>
        <translation>Saavutettavuus vaihtoehdoittain: {n} taulukkoa {m} vaihtoehdolle, joilla ei ole taulukkoa; nimeä kunkin taulukon taso vaihtoehdon mukaan tai anna yksi taulukko kullekin vaihtoehdolle.</translation>
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
    <message>
        <source>population grid</source>
        <translation>väestöruudukko</translation>
    </message>
</context>
<context>
    <name>FacilityInputs</name>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Id field</source>
        <translation>Tunnuskenttä</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Nimikenttä</translation>
    </message>
    <message>
        <source>Names in the report, the map and the tables.</source>
        <translation>Nimet raportissa, kartalla ja taulukoissa.</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Residents a facility can serve; loads are compared with it.</source>
        <translation>Asukasmäärä, jonka toimipiste pystyy palvelemaan; kuormitusta verrataan siihen.</translation>
    </message>
    <message>
        <source>Choose the facility layer (points or polygons).</source>
        <translation>Valitse toimipistetaso (pisteet tai polygonit).</translation>
    </message>
    <message>
        <source>Choose the facilities&apos; id field.</source>
        <translation>Valitse toimipisteiden tunnuskenttä.</translation>
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
    <message>
        <source>home-care bases</source>
        <translation>kotihoidon tukikohdat</translation>
    </message>
    <message>
        <source>demand grid</source>
        <translation>kysyntäruudukko</translation>
    </message>
    <message>
        <source>Coverage by age group</source>
        <translation>Kattavuus ikäryhmittäin</translation>
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
    <message>
        <source>Staff per site (site_id, profession, fte)</source>
        <translation>Henkilöstö toimipisteittäin (site_id, profession, fte)</translation>
    </message>
    <message>
        <source>Staff available (area, profession, fte)</source>
        <translation>Käytettävissä oleva henkilöstö (area, profession, fte)</translation>
    </message>
    <message>
        <source>Staff available is given: give the staff per site too (site_id, profession, fte).</source>
        <translation>Käytettävissä oleva henkilöstö on annettu: anna myös henkilöstö toimipisteittäin (site_id, profession, fte).</translation>
    </message>
    <message>
        <source>Staff available</source>
        <translation>Käytettävissä oleva henkilöstö</translation>
    </message>
    <message>
        <source>Staff per site</source>
        <translation>Henkilöstö toimipisteittäin</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: fte {value!r} is not a number &gt;= 0.</source>
        <translation>Käytettävissä oleva henkilöstö ({name}), rivi {row}: fte {value!r} ei ole luku &gt;= 0.</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: profession {p!r} is not in the staff per site (it has {known}).</source>
        <translation>Käytettävissä oleva henkilöstö ({name}), rivi {row}: ammattiryhmää (profession) {p!r} ei ole henkilöstössä toimipisteittäin (siinä on {known}).</translation>
    </message>
    <message>
        <source>Staff available ({name}) row {row}: area {area!r} given but the sites have no area field; add one, or leave the area empty (whole county).</source>
        <translation>Käytettävissä oleva henkilöstö ({name}), rivi {row}: alue {area!r} on annettu, mutta toimipisteillä ei ole area-kenttää; lisää se tai jätä alue tyhjäksi (koko hyvinvointialue).</translation>
    </message>
</context>
<context>
    <name>MobileUnits</name>
    <message>
        <source>Mobile service units</source>
        <translation>Liikkuvat palveluyksiköt</translation>
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
    <message>
        <source>depots</source>
        <translation>varikot</translation>
    </message>
    <message>
        <source>population</source>
        <translation>väestö</translation>
    </message>
    <message>
        <source>Plan: candidate stops</source>
        <translation>Suunnitelma: ehdolla olevat pysähdyspaikat</translation>
    </message>
    <message>
        <source>Plan: time at each stop, setup included (minutes)</source>
        <translation>Suunnitelma: aika kullakin pysähdyspaikalla valmistelut mukaan lukien (minuuttia)</translation>
    </message>
    <message>
        <source>Plan: candidate stops chosen, in route order</source>
        <translation>Suunnitelma: valitut ehdokaspysähdyspaikat reittijärjestyksessä</translation>
    </message>
    <message>
        <source>Plan: route day</source>
        <translation>Suunnitelma: reittipäivä</translation>
    </message>
    <message>
        <source>depot and candidate stops</source>
        <translation>tukikohta ja ehdolla olevat pysähdyspaikat</translation>
    </message>
    <message>
        <source>Plan for unit {u}: stops {ids} reach a need of {cov:.0f} of {total:.0f}; the day takes {t:.0f} of {shift:g} minutes ({d:.1f} driving).</source>
        <translation>Yksikön {u} suunnitelma: pysähdyspaikat {ids} tavoittavat tarpeesta {cov:.0f} / {total:.0f}; päivään kuluu {t:.0f} / {shift:g} minuuttia (ajoa {d:.1f}).</translation>
    </message>
    <message>
        <source>Fixed sites</source>
        <translation>Kiinteät toimipisteet</translation>
    </message>
    <message>
        <source>candidate stops</source>
        <translation>ehdolla olevat pysähdyspaikat</translation>
    </message>
    <message>
        <source>Mobile units, unit {unit!r}: depot {depot!r} is not in the depot layer.</source>
        <translation>Liikkuvat yksiköt, yksikkö {unit!r}: varikkoa {depot!r} ei ole varikkotasolla.</translation>
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
    <message>
        <source>cells</source>
        <translation>ruudut</translation>
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
    <message>
        <source>no facility within the cut-off</source>
        <translation>ei palvelupistettä enimmäisajan sisällä</translation>
    </message>
    <message>
        <source>no facility reachable</source>
        <translation>yhtään palvelupistettä ei saavuteta</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unreachable population</source>
        <translation>väestö ilman yhteyttä</translation>
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
    <message>
        <source>Number of dangles</source>
        <translation>Umpipäiden määrä</translation>
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
    <message>
        <source>origins</source>
        <translation>lähtöpaikat</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>määränpäät</translation>
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
    <message>
        <source>sites</source>
        <translation>toimipisteet</translation>
    </message>
    <message>
        <source>Sites that must stay open</source>
        <translation>Auki pysyvät toimipisteet</translation>
    </message>
    <message>
        <source>Sites that must close</source>
        <translation>Suljettavat toimipisteet</translation>
    </message>
    <message>
        <source>Use rates: with a target year, give the use rates by age group in the target year&apos;s use rates ({rates} given here)</source>
        <translation>Käyttöasteet: kun tavoitevuosi on annettu, anna ikäryhmittäiset käyttöasteet tavoitevuoden käyttöasteissa (tässä annettu {rates})</translation>
    </message>
    <message>
        <source>{mode_note} Problem: {problem}; solver: {solver}; objective {objective:.4g}; {gap}. &apos;Before&apos; is the current network, &apos;after&apos; the chosen sites.</source>
        <translation>{mode_note} Tehtävä: {problem}; ratkaisija: {solver}; tavoite {objective:.4g}; {gap}. 'Ennen' on nykyinen verkko, 'jälkeen' valitut toimipisteet.</translation>
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
    <name>PopulationInputs</name>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Age group fields</source>
        <translation>Ikäryhmäkentät</translation>
    </message>
    <message>
        <source>Figures by age group in the summary and the report.</source>
        <translation>Luvut ikäryhmittäin yhteenvedossa ja raportissa.</translation>
    </message>
    <message>
        <source>75+ field</source>
        <translation>75+-kenttä</translation>
    </message>
    <message>
        <source>Residents aged 75 or over: the equity figures count them.</source>
        <translation>75 vuotta täyttäneet asukkaat: yhdenvertaisuusluvut lasketaan heistä.</translation>
    </message>
    <message>
        <source>Area field</source>
        <translation>Aluekenttä</translation>
    </message>
    <message>
        <source>Municipality or district: the summary gives figures per area.</source>
        <translation>Kunta tai alue: yhteenveto antaa luvut alueittain.</translation>
    </message>
    <message>
        <source>Choose the population layer (points or polygons).</source>
        <translation>Valitse väestötaso (pisteet tai polygonit).</translation>
    </message>
    <message>
        <source>Choose the total population field of layer &apos;{layer}&apos;.</source>
        <translation>Valitse tason '{layer}' kokonaisväestön kenttä.</translation>
    </message>
    <message>
        <source>The total population field &apos;{field}&apos; looks like an id: choose the field with the number of residents.</source>
        <translation>Kokonaisväestön kenttä '{field}' näyttää tunnukselta: valitse kenttä, jossa on asukasmäärä.</translation>
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
    <name>ResultInputs</name>
    <message>
        <source>Scenario and results</source>
        <translation>Skenaario ja tulokset</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Skenaarion nimi</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Skenaario 1</translation>
    </message>
    <message>
        <source>The report&apos;s title and the name of the layer group and output folder.</source>
        <translation>Raportin otsikko sekä tasoryhmän ja tuloskansion nimi.</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Saavutettavuusrajat (min)</translation>
    </message>
    <message>
        <source>Comma separated, e.g. 10,20,30: the report counts residents within each, the map&apos;s classes use them.</source>
        <translation>Pilkuilla eroteltuina, esim. 10,20,30: raportti laskee asukkaat kunkin rajan sisällä, ja kartan luokat käyttävät niitä.</translation>
    </message>
    <message>
        <source>Output folder (this project)</source>
        <translation>Tuloskansio (tämä projekti)</translation>
    </message>
    <message>
        <source>Chosen once per project; each scenario gets its own sub-folder in it.</source>
        <translation>Valitaan kerran projektia kohden; kukin skenaario saa siihen oman alikansion.</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Anna skenaariolle nimi.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Valitse tuloskansio.</translation>
    </message>
    <message>
        <source>Access thresholds</source>
        <translation>Saavutettavuusrajat</translation>
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
    <message>
        <source>Reusing the nearest-facility search of these facilities.</source>
        <translation>Käytetään uudelleen näiden toimipisteiden lähimmän toimipisteen hakua.</translation>
    </message>
    <message>
        <source>Nearest facilities: one search from {n} facilities; a closure searches again only where the closed facilities were nearest.</source>
        <translation>Lähimmät toimipisteet: yksi haku {n} toimipisteestä; sulkeminen hakee uudelleen vain siellä, missä suljetut toimipisteet olivat lähimpiä.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Service network scenario</source>
        <translation>Palveluverkon skenaario</translation>
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
        <source>Facilities to close</source>
        <translation>Suljettavat palvelupisteet</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Käynnissä...</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Poista kaikki valinnat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <source>Errors and warnings of the run appear here.</source>
        <translation>Ajon virheet ja varoitukset näkyvät tässä.</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Peruuta ajo</translation>
    </message>
    <message>
        <source>{n} of {total} facilities ticked to close.</source>
        <translation>{n}/{total} toimipistettä valittu suljettavaksi.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Virhe: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Varoitus: </translation>
    </message>
    <message>
        <source>Tick at least one facility to close.</source>
        <translation>Valitse vähintään yksi suljettava toimipiste.</translation>
    </message>
    <message>
        <source>Every facility is ticked: keep at least one open.</source>
        <translation>Kaikki toimipisteet on valittu: jätä vähintään yksi auki.</translation>
    </message>
    <message>
        <source>Fix the inputs listed under Messages, then run again.</source>
        <translation>Korjaa Viestit-kohdassa luetellut syötteet ja aja sitten uudelleen.</translation>
    </message>
    <message>
        <source>The Palveluverkko Processing provider is not loaded: enable the plugin in Processing options.</source>
        <translation>Palveluverkko-prosessointitarjoajaa ei ole ladattu: ota lisäosa käyttöön prosessoinnin asetuksissa.</translation>
    </message>
    <message>
        <source>Cannot create a folder in {folder}: {error}</source>
        <translation>Kansiota ei voi luoda kohteeseen {folder}: {error}</translation>
    </message>
    <message>
        <source>The project is not saved: the results go to {folder}.</source>
        <translation>Projektia ei ole tallennettu: tulokset tallennetaan kansioon {folder}.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Peruutetaan...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added to the project.</source>
        <translation>Peruutettu: projektiin ei lisätty mitään.</translation>
    </message>
    <message>
        <source>The run stopped without a message.</source>
        <translation>Ajo pysähtyi ilman viestiä.</translation>
    </message>
    <message>
        <source>The scenario did not finish: see the messages above.</source>
        <translation>Skenaario ei valmistunut: katso yllä olevat viestit.</translation>
    </message>
    <message>
        <source>The layer &apos;{layer}&apos; is hidden: the group&apos;s facility layer shows the facilities open and closed.</source>
        <translation>Taso '{layer}' on piilotettu: ryhmän toimipistetaso näyttää avoimet ja suljetut toimipisteet.</translation>
    </message>
    <message>
        <source>Done: the layers are in the group &apos;{name}&apos;; the files in {folder}.</source>
        <translation>Valmis: tasot ovat ryhmässä '{name}', tiedostot kansiossa {folder}.</translation>
    </message>
</context>
<context>
    <name>SitesFromCsv</name>
    <message>
        <source>CSV table of service sites</source>
        <translation>Toimipisteiden CSV-taulukko</translation>
    </message>
    <message>
        <source>East / longitude column (empty: found by name)</source>
        <translation>Itä- / pituusastesarake (tyhjä: haetaan nimen perusteella)</translation>
    </message>
    <message>
        <source>North / latitude column (empty: found by name)</source>
        <translation>Pohjois- / leveysastesarake (tyhjä: haetaan nimen perusteella)</translation>
    </message>
    <message>
        <source>Service sites</source>
        <translation>Palvelun toimipisteet</translation>
    </message>
    <message>
        <source>Service sites ({path}): {e}.</source>
        <translation>Palvelun toimipisteet ({path}): {e}.</translation>
    </message>
    <message>
        <source>Service sites: {n}.</source>
        <translation>Palvelun toimipisteet: {n}.</translation>
    </message>
    <message>
        <source>Service sites: {k} of {n} rows left out, their coordinates cannot be read: {rows}.</source>
        <translation>Palvelun toimipisteet: {k}/{n} riviä jätettiin pois, koska niiden koordinaatteja ei voi lukea: {rows}.</translation>
    </message>
    <message>
        <source>Service sites ({path}): no row has readable coordinates.</source>
        <translation>Palvelun toimipisteet ({path}): yhdelläkään rivillä ei ole luettavia koordinaatteja.</translation>
    </message>
    <message>
        <source>{k} service sites written in EPSG:3067.</source>
        <translation>Kirjoitettu {k} toimipistettä (EPSG:3067).</translation>
    </message>
    <message>
        <source>Service sites from a CSV table</source>
        <translation>Palvelun toimipisteet CSV-taulukosta</translation>
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
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
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
    <name>TransitInputs</name>
    <message>
        <source>Public transport</source>
        <translation>Joukkoliikenne</translation>
    </message>
    <message>
        <source>GTFS feed (zip)</source>
        <translation>GTFS-aineisto (zip)</translation>
    </message>
    <message>
        <source>GTFS feeds (*.zip)</source>
        <translation>GTFS-aineistot (*.zip)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Type d.m.yyyy (e.g. 18.1.2022) or pick from the calendar.</source>
        <translation>Kirjoita muodossa p.k.vvvv (esim. 18.1.2022) tai valitse kalenterista.</translation>
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
        <source>Departure step (min)</source>
        <translation>Lähtöaikojen väli (min)</translation>
    </message>
    <message>
        <source>Percentile of travel time</source>
        <translation>Matka-ajan persentiili</translation>
    </message>
    <message>
        <source>50: the median trip over the window; 80: a trip that is this fast or faster at 80 % of the departures.</source>
        <translation>50: aikaikkunan mediaanimatka; 80: matka-aika, joka alittuu tai saavutetaan 80 %:ssa lähdöistä.</translation>
    </message>
    <message>
        <source>The file is not a readable GTFS zip.</source>
        <translation>Tiedosto ei ole luettava GTFS-zip.</translation>
    </message>
    <message>
        <source>The feed runs from {first} to {last}.</source>
        <translation>Aineisto on voimassa {first}–{last}.</translation>
    </message>
    <message>
        <source>Choose the GTFS feed (a zip file) for public transport.</source>
        <translation>Valitse joukkoliikenteen GTFS-aineisto (zip-tiedosto).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a readable GTFS zip (calendar.txt or calendar_dates.txt missing).</source>
        <translation>'{path}' ei ole luettava GTFS-zip (calendar.txt tai calendar_dates.txt puuttuu).</translation>
    </message>
    <message>
        <source>The date &apos;{text}&apos; is not a date: type it as d.m.yyyy, e.g. 18.1.2022.</source>
        <translation>Päivämäärä '{text}' ei kelpaa: kirjoita se muodossa p.k.vvvv, esim. 18.1.2022.</translation>
    </message>
    <message>
        <source>The feed has no service on {day}: it runs from {first} to {last}.</source>
        <translation>Aineistossa ei ole liikennettä päivänä {day}: se on voimassa {first}–{last}.</translation>
    </message>
    <message>
        <source>The departure window is empty: the first and last departure are the same.</source>
        <translation>Lähtöaikaikkuna on tyhjä: ensimmäinen ja viimeinen lähtöaika ovat samat.</translation>
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
    <message>
        <source>Window start</source>
        <translation>Aikaikkunan alku</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Aikaikkunan loppu</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ruudut</translation>
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
        <translation>Aikatauluprofiilit {n} palvelupisteelle...</translation>
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
    <message>
        <source>percent</source>
        <translation>prosenttia</translation>
    </message>
    <message>
        <source>origins</source>
        <translation>lähtöpaikat</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>Perillä viimeistään</translation>
    </message>
    <message>
        <source>Arrive by (HH:MM)</source>
        <translation>Perillä viimeistään (HH:MM)</translation>
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
        <translation>Liikkuminen</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Kulkutapa</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Joukkoliikenne</translation>
    </message>
    <message>
        <source>Road network</source>
        <translation>Tieverkko</translation>
    </message>
    <message>
        <source>Road class field</source>
        <translation>Tieluokkakenttä</translation>
    </message>
    <message>
        <source>Road class scheme</source>
        <translation>Tieluokitus</translation>
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
        <source>One-way / direction field</source>
        <translation>Yksisuuntaisuus- / suuntakenttä</translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation>Nopeuskenttä (km/h)</translation>
    </message>
    <message>
        <source>Speed limits (OSM maxspeed, Digiroad nopeusrajoitus); empty: speeds by class.</source>
        <translation>Nopeusrajoitukset (OSM maxspeed, Digiroad nopeusrajoitus); tyhjä: nopeudet tieluokan mukaan.</translation>
    </message>
    <message>
        <source>Road network (walks, optional)</source>
        <translation>Tieverkko (kävely, valinnainen)</translation>
    </message>
    <message>
        <source>Choose the road network (a line layer) for travel by road.</source>
        <translation>Valitse tieverkko (viivataso) tieliikenteen matkoille.</translation>
    </message>
    <message>
        <source>The road network the travel times by road follow.</source>
        <translation>Tieverkko, jota pitkin tieliikenteen matka-ajat lasketaan.</translation>
    </message>
    <message>
        <source>Optional, empty by default as in the algorithm: the walks to, between and from stops are then straight lines times 1.3 at the walking speed. Chosen, the walks follow its roads instead (with the class field, not along motorways and trunk roads): longer where the streets go round, shorter where they run straight, so the travel times and every figure of the run change.</source>
        <translation>Valinnainen, oletuksena tyhjä kuten algoritmissa: kävelyt pysäkeille, pysäkkien välillä ja pysäkeiltä lasketaan silloin suorina viivoina kertaa 1,3 kävelynopeudella. Jos tieverkko valitaan, kävelyt kulkevat sen teitä pitkin (luokkakentän mukaan, ei moottori- eikä valtateitä pitkin): pidempiä siellä, missä kadut kiertävät, lyhyempiä siellä, missä ne kulkevat suoraan, joten matka-ajat ja ajon kaikki luvut muuttuvat.</translation>
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
    <name>areas</name>
    <message>
        <source>Area polygons ({layer}) have no fields to name the areas.</source>
        <translation>Aluepolygoneilla ({layer}) ei ole kenttiä, joilla alueet voisi nimetä.</translation>
    </message>
    <message>
        <source>Areas from the polygons of &apos;{layer}&apos; (field &apos;{f}&apos;): {n} areas.</source>
        <translation>Alueet tason '{layer}' polygoneista (kenttä '{f}'): {n} aluetta.</translation>
    </message>
    <message>
        <source>{k} of {n} population features lie in none of the area polygons: area &apos;{o}&apos;.</source>
        <translation>{k}/{n} väestökohdetta ei ole minkään aluepolygonin sisällä: alue '{o}'.</translation>
    </message>
</context>
<context>
    <name>channel_common</name>
    <message>
        <source>{what}: &apos;{item}&apos; is outside 0-1.</source>
        <translation>{what}: '{item}' ei ole välillä 0-1.</translation>
    </message>
    <message>
        <source>{what}: give at least one name=value pair.</source>
        <translation>{what}: anna vähintään yksi nimi=arvo-pari.</translation>
    </message>
    <message>
        <source>Mobile stops</source>
        <translation>Liikkuvan palvelun pysähdyspaikat</translation>
    </message>
    <message>
        <source>Mobile units (table)</source>
        <translation>Liikkuvat yksiköt (taulukko)</translation>
    </message>
    <message>
        <source>Stop schedule (table)</source>
        <translation>Pysähdysaikataulu (taulukko)</translation>
    </message>
    <message>
        <source>Holidays (table with a date field)</source>
        <translation>Pyhäpäivät (taulukko, jossa päivämääräkenttä)</translation>
    </message>
    <message>
        <source>Mobile units</source>
        <translation>Liikkuvat yksiköt</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Pysähdysaikataulu</translation>
    </message>
    <message>
        <source>Mobile stops are given: give the {what} table too.</source>
        <translation>Liikkuvan palvelun pysähdyspaikat on annettu: anna myös taulukko {what}.</translation>
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
        <translation>Etäasioinnin osuus palvelutyypeittäin (palvelu=osuus, ...)</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Tietoliikenneyhteydet</translation>
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
        <translation>Parempi kahdesta</translation>
    </message>
    <message>
        <source>Default connectivity for cells without data (-1 = none: error)</source>
        <translation>Oletusyhteystaso ruuduille, joilta tieto puuttuu (-1 = ei oletusta: virhe)</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Digivalmius</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Etäasioinnin osuus</translation>
    </message>
    <message>
        <source>Mobile stop: access time (minutes)</source>
        <translation>Liikkuvan palvelun pysähdyspaikka: matka-aika (minuuttia)</translation>
    </message>
    <message>
        <source>Mobile stops: no stop has a visit in the stop schedule.</source>
        <translation>Liikkuvan palvelun pysähdyspaikat: yhdelläkään pysähdyspaikalla ei ole käyntiä pysähdysaikataulussa.</translation>
    </message>
    <message>
        <source>Population: grid id field (the broadband table&apos;s grid_id)</source>
        <translation>Väestö: ruudun tunnuskenttä (laajakaistataulukon grid_id)</translation>
    </message>
    <message>
        <source>Channels: compensation by area</source>
        <translation>Kanavat: korvautuminen alueittain</translation>
    </message>
    <message>
        <source>Channels: {lost:.0f} residents lose their facility within {f:g} min; a mobile stop serves {m:.0f}, remote visits take {r:.0f} person-equivalents, {left:.0f} are left without a substitute.</source>
        <translation>Palvelukanavat: {lost:.0f} asukasta menettää toimipisteensä {f:g} minuutin sisältä; liikkuvan palvelun pysähdyspaikka palvelee {m:.0f}, etäasiointi kattaa {r:.0f} henkilöekvivalenttia ja {left:.0f} jää ilman korvaavaa palvelua.</translation>
    </message>
    <message>
        <source>mobile stops</source>
        <translation>liikkuvan palvelun pysäkit</translation>
    </message>
    <message>
        <source>mobile units</source>
        <translation>liikkuvat yksiköt</translation>
    </message>
    <message>
        <source>stop schedule</source>
        <translation>pysähdysaikataulu</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>pyhäpäivät</translation>
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
        <translation>{past}/{n_snap} ({label}): lähempi tienpätkä ei ole yhteydessä pääverkkoon (snap_note: {nearest_unconnected}); kohdistettu sen sijaan pääverkkoon enintään {max_m:.0f} m:n päähän (kenttä snap_m, jos tuloksessa on se).</translation>
    </message>
    <message>
        <source>{field}: no field chosen. Choose the field of the layer &apos;{layer}&apos; that holds it ({key}).</source>
        <translation>{field}: kenttää ei ole valittu. Valitse tason '{layer}' kenttä, jossa tieto on ({key}).</translation>
    </message>
    <message>
        <source>{m}.</source>
        <translation>{m}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: population from its field &apos;{f}&apos; (Statistics Finland&apos;s total population).</source>
        <translation>Taso '{layer}': väestö sen kentästä '{f}' (Tilastokeskuksen kokonaisväestö).</translation>
    </message>
    <message>
        <source>Snapping the {label}: {e}.</source>
        <translation>Kohteiden {label} kohdistus tieverkkoon: {e}.</translation>
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
    <name>cost_report</name>
    <message>
        <source>Yearly costs {name} row {row}: county_total {value!r} is not a number.</source>
        <translation>Vuosittaiset kustannukset {name}, rivi {row}: county_total {value!r} ei ole luku.</translation>
    </message>
</context>
<context>
    <name>digiroad_input</name>
    <message>
        <source>Digiroad speed limits ({layer}) have no field {fields}; they need the link id (LINK_ID), the measure range (ALKUM, LOPPUM) and the limit (ARVO). Its fields: {names}.</source>
        <translation>Digiroadin nopeusrajoituksilla ({layer}) ei ole kenttää {fields}; niissä tarvitaan linkin tunnus (LINK_ID), mittaväli (ALKUM, LOPPUM) ja rajoitus (ARVO). Tason kentät: {names}.</translation>
    </message>
    <message>
        <source>Digiroad speed limits</source>
        <translation>Digiroadin nopeusrajoitukset</translation>
    </message>
    <message>
        <source>The road layer has no LINK_ID field: the Digiroad speed limits cannot be joined; class speeds are used.</source>
        <translation>Tietasolla ei ole LINK_ID-kenttää: Digiroadin nopeusrajoituksia ei voi liittää; käytetään luokkien nopeuksia.</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Speed limits joined to {k} of {n} Digiroad links; the others run at their class speed.</source>
        <translation>Nopeusrajoitukset liitetty {k}/{n} Digiroad-linkkiin; muilla käytetään luokan nopeutta.</translation>
    </message>
    <message>
        <source>{k} ferry links: {kmh:g} km/h and a {wait:g}-minute wait each.</source>
        <translation>{k} lauttalinkkiä: kullakin {kmh:g} km/h ja {wait:g} minuutin odotus.</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Demand table</source>
        <translation>Kysyntätaulukko</translation>
    </message>
    <message>
        <source>Supply table</source>
        <translation>Tarjontataulukko</translation>
    </message>
    <message>
        <source>Step weights: give at least one threshold:weight pair.</source>
        <translation>Porraspainot: anna vähintään yksi raja:paino-pari.</translation>
    </message>
    <message>
        <source>Step weights: {bad} has a negative value; thresholds (minutes) and weights must be &gt;= 0.</source>
        <translation>Porraspainot: kohdassa {bad} on negatiivinen arvo; rajojen (minuuttia) ja painojen on oltava &gt;= 0.</translation>
    </message>
    <message>
        <source>Gaussian weight: sigma is {sigma}; it must be &gt; 0 minutes.</source>
        <translation>Gaussin painotus: sigma on {sigma}; sen on oltava &gt; 0 minuuttia.</translation>
    </message>
    <message>
        <source>Gravity weight: scale is {scale}; it must be &gt; 0 minutes.</source>
        <translation>Gravitaatiopainotus: skaala on {scale}; sen on oltava &gt; 0 minuuttia.</translation>
    </message>
    <message>
        <source>Gravity weight: minimum distance is {min_dist}; use &gt;= 0.</source>
        <translation>Gravitaatiopainotus: vähimmäisetäisyys on {min_dist}; käytä arvoa &gt;= 0.</translation>
    </message>
    <message>
        <source>{table}, {where}: {field} is {v}; it must be a number &gt;= 0 ({n_bad} such row(s)).</source>
        <translation>{table}, {where}: {field} on {v}; sen on oltava luku &gt;= 0 ({n_bad} tällaista riviä).</translation>
    </message>
    <message>
        <source>{weight}: infinite weight at cost {cost:g} min; set a minimum distance &gt; 0.</source>
        <translation>{weight}: ääretön paino kustannuksella {cost:g} min; aseta vähimmäisetäisyys &gt; 0.</translation>
    </message>
    <message>
        <source>Method &apos;{method}&apos; is not one of {METHODS}.</source>
        <translation>Menetelmä '{method}' ei ole mikään näistä: {METHODS}.</translation>
    </message>
    <message>
        <source>The cost table is for {n_origins} cells and {n_dests} sites, not {n_pop} and {n_supply}.</source>
        <translation>Kustannustaulukko on {n_origins} ruudulle ja {n_dests} toimipisteelle, ei {n_pop} ja {n_supply}.</translation>
    </message>
    <message>
        <source>Step weights: cannot read &apos;{item}&apos;; write minutes:weight pairs separated by commas, e.g. 10:1,20:0.68,30:0.22.</source>
        <translation>Porraspainot: kohtaa '{item}' ei voi lukea; kirjoita minuutit:paino-parit pilkuin eroteltuina, esim. 10:1,20:0.68,30:0.22.</translation>
    </message>
    <message>
        <source>Cost table: origin, dest and cost columns differ in length.</source>
        <translation>Kustannustaulukko: sarakkeet origin, dest ja cost ovat eri pituisia.</translation>
    </message>
    <message>
        <source>Cost table, row {row}: cost {cost} is not a travel time &gt;= 0 (leave unreachable pairs out).</source>
        <translation>Kustannustaulukko, rivi {row}: kustannus {cost} ei ole matka-aika &gt;= 0 (jätä saavuttamattomat parit pois).</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>kysyntä</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Kysyntä</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>tarjonta</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Tarjonta</translation>
    </message>
    <message>
        <source>Cost table, row {row}: {name} {value} is not one of the {n} {name} positions.</source>
        <translation>Kustannustaulukko, rivi {row}: {name} {value} ei ole mikään {n} sijainnista ({name}).</translation>
    </message>
    <message>
        <source>{table} table: id {dup!r} appears more than once.</source>
        <translation>{table}taulukko: tunnus {dup!r} esiintyy useammin kuin kerran.</translation>
    </message>
    <message>
        <source>Cost table, row {row}: {label} {ids!r} is not in the {table} table.</source>
        <translation>Kustannustaulukko, rivi {row}: {label} {ids!r} ei ole taulukossa ({table}).</translation>
    </message>
    <message>
        <source>Broadband table</source>
        <translation>Laajakaistataulukko</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Digivalmius</translation>
    </message>
    <message>
        <source>Population by age</source>
        <translation>Väestö ikäryhmittäin</translation>
    </message>
    <message>
        <source>Remote share</source>
        <translation>Etäasioinnin osuus</translation>
    </message>
    <message>
        <source>Connectivity rule &apos;{rule}&apos; is not one of {RULES}.</source>
        <translation>Yhteystason sääntö '{rule}' ei ole mikään näistä: {RULES}.</translation>
    </message>
    <message>
        <source>{t}, row {row}: mob_cov {mob:g} is outside 0-1.</source>
        <translation>{t}, rivi {row}: mob_cov {mob:g} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>Digital readiness: age group &apos;{group}&apos; is not a column of the population table.</source>
        <translation>Digivalmius: ikäryhmä '{group}' ei ole väestötaulukon sarake.</translation>
    </message>
    <message>
        <source>Connectivity has {cells} cells, the population table {rows}.</source>
        <translation>Yhteystasossa on {cells} ruutua, väestötaulukossa {rows}.</translation>
    </message>
    <message>
        <source>Connectivity, row {row}: {value} is outside 0-1.</source>
        <translation>Yhteystaso, rivi {row}: {value} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>Broadband table: grid_id {dup!r} appears more than once.</source>
        <translation>Laajakaistataulukko: grid_id {dup!r} esiintyy useammin kuin kerran.</translation>
    </message>
    <message>
        <source>Broadband table: {n_lost} grid cell(s) have no row, e.g. grid_id {grid_id!r}; add them or give a default connectivity (such as the municipal share).</source>
        <translation>Laajakaistataulukko: {n_lost} ruudulla ei ole riviä, esim. grid_id {grid_id!r}; lisää ne tai anna oletusyhteystaso (kuten kunnan osuus).</translation>
    </message>
    <message>
        <source>Default connectivity {default} is outside 0-1.</source>
        <translation>Oletusyhteystaso {default} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>{table}, &apos;{key}&apos;: share {share} is outside 0-1.</source>
        <translation>{table}, '{key}': osuus {share} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>{t}, row {row}: hh_fixed_100M {f100:g} is more than hh_total {hh:g}.</source>
        <translation>{t}, rivi {row}: hh_fixed_100M {f100:g} on suurempi kuin hh_total {hh:g}.</translation>
    </message>
    <message>
        <source>Home-care demand</source>
        <translation>Kotihoidon kysyntä</translation>
    </message>
    <message>
        <source>Home-care bases</source>
        <translation>Kotihoidon tukikohdat</translation>
    </message>
    <message>
        <source>Home-care demand, row {row}: share_two_staff {share} is outside 0-1.</source>
        <translation>Kotihoidon kysyntä, rivi {row}: share_two_staff {share} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>Indirect share {indirect_share} is outside 0-1 (exclusive).</source>
        <translation>Välillisen työn osuus {indirect_share} ei ole avoimella välillä 0–1.</translation>
    </message>
    <message>
        <source>Productive hours per FTE-year {productive_hours} must be &gt; 0.</source>
        <translation>Tuottavien tuntien määrän henkilötyövuotta kohden ({productive_hours}) on oltava &gt; 0.</translation>
    </message>
    <message>
        <source>Home-care mode &apos;{mode}&apos; is not star or route.</source>
        <translation>Kotihoidon tapa '{mode}' ei ole star eikä route.</translation>
    </message>
    <message>
        <source>The drive-time matrix is {shape}, not ({size}, {size}) for {nb} bases and {nc} cells.</source>
        <translation>Ajoaikamatriisin koko on {shape}, ei ({size}, {size}) {nb} tukikohdalle ja {nc} ruudulle.</translation>
    </message>
    <message>
        <source>Home-care coverage: age group &apos;{group}&apos; is not a column of the population table.</source>
        <translation>Kotihoidon kattavuus: ikäryhmä '{group}' ei ole väestötaulukon sarake.</translation>
    </message>
    <message>
        <source>Home-care coverage, age group &apos;{group}&apos;: share {share} is outside 0-1.</source>
        <translation>Kotihoidon kattavuus, ikäryhmä '{group}': osuus {share} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>Home-care demand, row {r}: base {v!r} is not a base_id of the base layer.</source>
        <translation>Kotihoidon kysyntä, rivi {r}: tukikohta {v!r} ei ole tukikohtatason base_id.</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Pysähdysaikataulu</translation>
    </message>
    <message>
        <source>Mobile units</source>
        <translation>Liikkuvat yksiköt</translation>
    </message>
    <message>
        <source>{table}, row {row}: {field} &apos;{value}&apos; is not a time HH:MM between 00:00 and 24:00.</source>
        <translation>{table}, rivi {row}: {field} '{value}' ei ole kellonaika HH:MM väliltä 00:00–24:00.</translation>
    </message>
    <message>
        <source>{table}, row {row}: {field} &apos;{value}&apos; is not a date YYYY-MM-DD.</source>
        <translation>{table}, rivi {row}: {field} '{value}' ei ole päivämäärä muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>{table}: column &apos;{col}&apos; is missing.</source>
        <translation>{table}: sarake '{col}' puuttuu.</translation>
    </message>
    <message>
        <source>{table}, row {r}: {col} is {value!r}; it must be a number &gt;= 0.</source>
        <translation>{table}, rivi {r}: {col} on {value!r}; sen on oltava luku &gt;= 0.</translation>
    </message>
    <message>
        <source>Mobile stops, row {r} (stop {sid!r}): unit {uid!r} is not in the unit table; every stop needs its unit.</source>
        <translation>Liikkuvan palvelun pysähdyspaikat, rivi {r} (pysähdyspaikka {sid!r}): yksikkö {uid!r} puuttuu yksikkötaulukosta; jokainen pysähdyspaikka tarvitsee yksikkönsä.</translation>
    </message>
    <message>
        <source>{t}, row {r}: stop {stop_id!r} is not in the stop layer.</source>
        <translation>{t}, rivi {r}: pysähdyspaikka {stop_id!r} puuttuu pysähdyspaikkatasolta.</translation>
    </message>
    <message>
        <source>{t}, row {r}: time_end {time_end} is not after time_start {time_start}.</source>
        <translation>{t}, rivi {r}: time_end {time_end} ei ole time_start-ajan {time_start} jälkeen.</translation>
    </message>
    <message>
        <source>{t}, row {r}: the stop is open {open_min} min, less than unit {unit!r}&apos;s setup time {setup:g} min.</source>
        <translation>{t}, rivi {r}: pysähdys kestää {open_min} min, vähemmän kuin yksikön {unit!r} käyttöönottoaika {setup:g} min.</translation>
    </message>
    <message>
        <source>{t}, row {r}: weekday {weekday!r} is not 1 (Monday) to 7 (Sunday).</source>
        <translation>{t}, rivi {r}: viikonpäivä {weekday!r} ei ole 1 (maanantai)–7 (sunnuntai).</translation>
    </message>
    <message>
        <source>{t}, row {r}: period_weeks {period!r} is not a whole number of weeks &gt;= 1.</source>
        <translation>{t}, rivi {r}: period_weeks {period!r} ei ole kokonainen viikkomäärä &gt;= 1.</translation>
    </message>
    <message>
        <source>{t}, row {r}: first_date {first} is a {day_name}, not weekday {weekday}.</source>
        <translation>{t}, rivi {r}: first_date {first} on {day_name}, ei viikonpäivä {weekday}.</translation>
    </message>
    <message>
        <source>{t}, row {r}: valid_to {vto} is before valid_from {vfrom}.</source>
        <translation>{t}, rivi {r}: valid_to {vto} on ennen valid_from-päivää {vfrom}.</translation>
    </message>
    <message>
        <source>Stop schedule, route day {day!r}: stops of different units ({units}).</source>
        <translation>Pysähdysaikataulu, reittipäivä {day!r}: eri yksiköiden pysähdyksiä ({units}).</translation>
    </message>
    <message>
        <source>Stop schedule, rows {row} and {row2}: unit {unit_id!r} would be at stops {stop_id!r} ({time_start}-{time_end}) and {stop_id2!r} ({time_start2}-{time_end2}) on {date}.</source>
        <translation>Pysähdysaikataulu, rivit {row} ja {row2}: yksikkö {unit_id!r} olisi {date} sekä pysähdyspaikalla {stop_id!r} ({time_start}–{time_end}) että {stop_id2!r} ({time_start2}–{time_end2}).</translation>
    </message>
    <message>
        <source>Cells, row {row}: remote share sigma {sigma} is outside 0-1.</source>
        <translation>Ruudut, rivi {row}: etäasioinnin osuus sigma {sigma} ei ole välillä 0–1.</translation>
    </message>
    <message>
        <source>need and time at the stops must be &gt;= 0</source>
        <translation>pysähdyspaikkojen tarpeen ja ajan on oltava &gt;= 0</translation>
    </message>
    <message>
        <source>no plan meets the constraints ({message})</source>
        <translation>mikään suunnitelma ei täytä ehtoja ({message})</translation>
    </message>
    <message>
        <source>no plan meets the staff limits: {limits} (raise the limit, allow closing sites there, or open sites elsewhere)</source>
        <translation>mikään suunnitelma ei pysy henkilöstörajoissa: {limits} (nosta rajaa, salli toimipisteiden sulkeminen siellä tai avaa toimipisteitä muualle)</translation>
    </message>
    <message>
        <source>demand {demand:.0f} exceeds the capacity of all sites together ({capacity:.0f})</source>
        <translation>kysyntä {demand:.0f} ylittää kaikkien toimipisteiden yhteisen kapasiteetin ({capacity:.0f})</translation>
    </message>
    <message>
        <source>no plan reaches the access floor ({share:.0%} within {minutes:g} min) with the sites allowed; lower it or allow more sites ({message})</source>
        <translation>mikään suunnitelma ei saavuta saavutettavuuden vähimmäistasoa ({share:.0%} {minutes:g} minuutin sisällä) sallituilla toimipisteillä; laske tasoa tai salli useampia toimipisteitä ({message})</translation>
    </message>
    <message>
        <source>sizes differ: demand {demand}, fixed costs {fixed}, travel times {minutes}</source>
        <translation>koot eroavat: kysyntä {demand}, kiinteät kustannukset {fixed}, matka-ajat {minutes}</translation>
    </message>
    <message>
        <source>sites {sites} are both required and forbidden</source>
        <translation>toimipisteet {sites} ovat sekä pakollisia että kiellettyjä</translation>
    </message>
    <message>
        <source>{n_lonely} cells with demand reach no site (first: cell {first}); drop them or allow longer trips</source>
        <translation>{n_lonely} kysyntäruudusta ei saavuteta yhtään toimipistettä (ensimmäinen: ruutu {first}); jätä ne pois tai salli pidemmät matkat</translation>
    </message>
    <message>
        <source>{profession} in the whole county: the plan needs {need:g} FTE, {cap:g} available</source>
        <translation>{profession} koko hyvinvointialueella: suunnitelma tarvitsee {need:g} htv, käytettävissä {cap:g}</translation>
    </message>
    <message>
        <source>{profession} in area {area}: the plan needs {need:g} FTE, {cap:g} available</source>
        <translation>{profession} alueella {area}: suunnitelma tarvitsee {need:g} htv, käytettävissä {cap:g}</translation>
    </message>
    <message>
        <source>staff available: profession {p!r} is not one the sites need ({professions})</source>
        <translation>käytettävissä oleva henkilöstö: ammattiryhmää {p!r} ei tarvita toimipisteissä ({professions})</translation>
    </message>
    <message>
        <source>a site cannot be both forced open and forced closed</source>
        <translation>toimipiste ei voi olla sekä pakotetusti auki että pakotetusti suljettu</translation>
    </message>
    <message>
        <source>p = {p} does not fit {m} sites with {n_must_open} forced open and {n_must_close} forced closed</source>
        <translation>p = {p} ei sovi {m} toimipisteeseen, joista {n_must_open} on pakotetusti auki ja {n_must_close} pakotetusti suljettuna</translation>
    </message>
    <message>
        <source>the exact solver found no solution: {message}</source>
        <translation>tarkka ratkaisija ei löytänyt ratkaisua: {message}</translation>
    </message>
    <message>
        <source>no choice of p sites reaches every demand point</source>
        <translation>mikään p toimipisteen valinta ei saavuta kaikkia kysyntäpisteitä</translation>
    </message>
    <message>
        <source>the open sites cannot take all the demand within their capacities</source>
        <translation>avoimet toimipisteet eivät pysty ottamaan kaikkea kysyntää kapasiteettiensa rajoissa</translation>
    </message>
    <message>
        <source>every site needs a capacity of zero or more</source>
        <translation>jokaisella toimipisteellä on oltava kapasiteetti, joka on nolla tai enemmän</translation>
    </message>
    <message>
        <source>no capacitated solution: {message}</source>
        <translation>kapasiteettirajoitettua ratkaisua ei löytynyt: {message}</translation>
    </message>
    <message>
        <source>no capacitated cover: {message}</source>
        <translation>kapasiteettirajoitettua kattavuusratkaisua ei löytynyt: {message}</translation>
    </message>
    <message>
        <source>even all sites cover only {share:.1%} of the demand within {threshold:g} (the barred sites left out)</source>
        <translation>kaikkikin toimipisteet kattavat vain {share:.1%} kysynnästä ajassa {threshold:g} (poissuljetut toimipisteet pois lukien)</translation>
    </message>
    <message>
        <source>even all sites cover only {share:.1%} of the demand within {threshold:g}</source>
        <translation>kaikkikin toimipisteet kattavat vain {share:.1%} kysynnästä ajassa {threshold:g}</translation>
    </message>
    <message>
        <source>the chosen sites&apos; capacities are below the total demand</source>
        <translation>valittujen toimipisteiden kapasiteetit jäävät alle kokonaiskysynnän</translation>
    </message>
    <message>
        <source>discount rate {rate:.2%} is outside -5 % ... 20 %</source>
        <translation>diskonttokorko {rate:.2%} ei ole välillä -5 % ... 20 %</translation>
    </message>
    <message>
        <source>site costs row {row} ({site_id}): {field} {value:g} is negative</source>
        <translation>toimipisteiden kustannusten rivi {row} ({site_id}): {field} {value:g} on negatiivinen</translation>
    </message>
    <message>
        <source>site costs</source>
        <translation>toimipisteiden kustannukset</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>skenaario</translation>
    </message>
    <message>
        <source>site costs lack the column site_id</source>
        <translation>toimipisteiden kustannuksista puuttuu sarake site_id</translation>
    </message>
    <message>
        <source>site costs: site_id {dup!r} appears twice</source>
        <translation>toimipisteiden kustannukset: site_id {dup!r} esiintyy kahdesti</translation>
    </message>
    <message>
        <source>parameter table lacks columns {missing}</source>
        <translation>parametritaulukosta puuttuvat sarakkeet {missing}</translation>
    </message>
    <message>
        <source>parameter {name!r} has no value valid on {date}</source>
        <translation>parametrilla {name!r} ei ole päivänä {date} voimassa olevaa arvoa</translation>
    </message>
    <message>
        <source>{table} row {row}: {field} {value!r} is not a date (write 2027-06-30 or 30.6.2027)</source>
        <translation>{table}, rivi {row}: {field} {value!r} ei ole päivämäärä (kirjoita 2027-06-30 tai 30.6.2027)</translation>
    </message>
    <message>
        <source>scenario row {row}: site {site!r} is not in the site costs</source>
        <translation>skenaarion rivi {row}: toimipiste {site!r} puuttuu toimipisteiden kustannuksista</translation>
    </message>
    <message>
        <source>scenario row {row}: action {action!r} is not one of {ACTIONS} (a move is a close and an open)</source>
        <translation>skenaarion rivi {row}: toimenpide {action!r} ei ole mikään näistä: {ACTIONS} (siirto on sulkeminen ja avaaminen)</translation>
    </message>
    <message>
        <source>scenario row {row}: {action} of site {site!r} needs an effective_date</source>
        <translation>skenaarion rivi {row}: toimipisteen {site!r} toimenpide {action} tarvitsee päivämäärän effective_date</translation>
    </message>
    <message>
        <source>staff costs row {row}: fte x eur_per_fte_year is not a number &gt;= 0</source>
        <translation>henkilöstökustannusten rivi {row}: fte x eur_per_fte_year ei ole luku &gt;= 0</translation>
    </message>
    <message>
        <source>staff costs name sites {unknown} that the site costs lack</source>
        <translation>henkilöstökustannuksissa on toimipisteitä {unknown}, joita toimipisteiden kustannuksissa ei ole</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametrit</translation>
    </message>
    <message>
        <source>age {value!r} is not an age, a range (65-74) or open (100-)</source>
        <translation>ikä {value!r} ei ole ikä, väli (65-74) eikä avoin väli (100-)</translation>
    </message>
    <message>
        <source>projection table lacks columns {missing}</source>
        <translation>ennustetaulukosta puuttuvat sarakkeet {missing}</translation>
    </message>
    <message>
        <source>projection table row {row}: age {age!r} does not fit in one of the grid&apos;s age groups {groups}</source>
        <translation>ennustetaulukon rivi {row}: ikä {age!r} ei mahdu mihinkään ruudukon ikäryhmään {groups}</translation>
    </message>
    <message>
        <source>projection table row {row}: population {population!r} is not a number &gt;= 0</source>
        <translation>ennustetaulukon rivi {row}: väestö {population!r} ei ole luku &gt;= 0</translation>
    </message>
    <message>
        <source>grid cell {cell}: {age} = {value:g} (only -1 marks a masked value)</source>
        <translation>ruutu {cell}: {age} = {value:g} (vain -1 merkitsee peitettyä arvoa)</translation>
    </message>
    <message>
        <source>grid cell {cell}: total population {total} is not &gt;= 0</source>
        <translation>ruutu {cell}: kokonaisväestö {total} ei ole &gt;= 0</translation>
    </message>
    <message>
        <source>the grid has no age fields (ika_0_14, ika_15_64, ika_65_, ...)</source>
        <translation>ruudukossa ei ole ikäkenttiä (ika_0_14, ika_15_64, ika_65_, ...)</translation>
    </message>
    <message>
        <source>grid municipalities {unknown} are not in the projection table (codes must match, e.g. &apos;091&apos; vs &apos;91&apos;)</source>
        <translation>ruudukon kunnat {unknown} puuttuvat ennustetaulukosta (koodien on vastattava toisiaan, esim. '091' ja '91')</translation>
    </message>
    <message>
        <source>projection table: no column for {missing} (columns: {columns})</source>
        <translation>ennustetaulukko: ei saraketta tiedoille {missing} (sarakkeet: {columns})</translation>
    </message>
    <message>
        <source>projection table: no numeric population column</source>
        <translation>ennustetaulukko: ei numeerista väestösaraketta</translation>
    </message>
    <message>
        <source>age fields overlap: ages {a} and {b}</source>
        <translation>ikäkentät menevät päällekkäin: iät {a} ja {b}</translation>
    </message>
    <message>
        <source>masked cells in municipalities {missing} which the projection table does not have</source>
        <translation>peitettyjä ruutuja kunnissa {missing}, joita ennustetaulukossa ei ole</translation>
    </message>
    <message>
        <source>year {y} is not in the projection table (it has {years})</source>
        <translation>vuotta {y} ei ole ennustetaulukossa (siinä on {years})</translation>
    </message>
    <message>
        <source>use rates name groups {unknown} which are not age groups of the projection ({names})</source>
        <translation>käyttöasteissa on ryhmiä {unknown}, jotka eivät ole ennusteen ikäryhmiä ({names})</translation>
    </message>
    <message>
        <source>grid cell {cell}: {inner} is larger than {f}</source>
        <translation>ruutu {cell}: {inner} on suurempi kuin {f}</translation>
    </message>
    <message>
        <source>the projection table has several sexes but no total rows (Yhteensä/Total): export the total, or sum them</source>
        <translation>ennustetaulukossa on useita sukupuolia mutta ei yhteensä-rivejä (Yhteensä/Total): vie yhteensä-luvut tai laske ne yhteen</translation>
    </message>
    <message>
        <source>no clients of closed sites {missing} move to another site; name the receiving site for their staff</source>
        <translation>suljettavien toimipisteiden {missing} asiakkaita ei siirry toiseen toimipisteeseen; nimeä vastaanottava toimipiste niiden henkilöstölle</translation>
    </message>
    <message>
        <source>staff home table lacks columns {missing}</source>
        <translation>henkilöstön kotitaulukosta puuttuvat sarakkeet {missing}</translation>
    </message>
    <message>
        <source>staff home table row {row}: staff {staff!r} is not a count &gt;= 0</source>
        <translation>henkilöstön kotitaulukon rivi {row}: henkilöstömäärä {staff!r} ei ole lukumäärä &gt;= 0</translation>
    </message>
    <message>
        <source>staff home table row {row}: home area {a!r} is unknown</source>
        <translation>henkilöstön kotitaulukon rivi {row}: kotialue {a!r} on tuntematon</translation>
    </message>
    <message>
        <source>staff home table row {row}: site {s!r} is unknown</source>
        <translation>henkilöstön kotitaulukon rivi {row}: toimipiste {s!r} on tuntematon</translation>
    </message>
    <message>
        <source>staff of site {closed!r} move to {to!r}, which is not a site</source>
        <translation>toimipisteen {closed!r} henkilöstö siirtyy kohteeseen {to!r}, joka ei ole toimipiste</translation>
    </message>
    <message>
        <source>staff of site {closed!r} move to {to!r}, which closes too</source>
        <translation>toimipisteen {closed!r} henkilöstö siirtyy toimipisteeseen {to!r}, joka myös suljetaan</translation>
    </message>
    <message>
        <source>the network has no usable roads on its main component</source>
        <translation>verkon pääosalla ei ole käytettäviä teitä</translation>
    </message>
    <message>
        <source>unknown mode {name!r}; expected one of {MODES}</source>
        <translation>tuntematon kulkutapa {name!r}; odotettiin jotakin näistä: {MODES}</translation>
    </message>
    <message>
        <source>the topology tolerance {tolerance:g} joined {joined} of {distinct} distinct vertex positions ({percent:.2f}%) to a neighbour within that distance</source>
        <translation>topologiatoleranssi {tolerance:g} yhdisti {joined}/{distinct} erillistä taitepisteen sijaintia ({percent:.2f} %) naapuriinsa tämän etäisyyden sisällä</translation>
    </message>
    <message>
        <source>the road layer has no line with at least two vertices</source>
        <translation>tietasolla ei ole yhtään viivaa, jossa on vähintään kaksi taitepistettä</translation>
    </message>
    <message>
        <source>the road layer has vertices with non-finite coordinates</source>
        <translation>tietasolla on taitepisteitä, joiden koordinaatit eivät ole äärellisiä</translation>
    </message>
    <message>
        <source>the topology tolerance ({tolerance:g} map units) is not smaller than the median road segment ({median_seg:.3g}): vertices that far apart would be joined into one point and the network would collapse. Give a tolerance well below the segment lengths, e.g. 0.5 (metres)</source>
        <translation>topologiatoleranssi ({tolerance:g} kartan yksikköä) ei ole pienempi kuin tiesegmenttien mediaanipituus ({median_seg:.3g}): näin kaukana toisistaan olevat taitepisteet yhdistettäisiin yhdeksi pisteeksi ja verkko romahtaisi. Anna toleranssi, joka on selvästi segmenttien pituuksia pienempi, esim. 0,5 (metriä)</translation>
    </message>
    <message>
        <source>WARNING: the topology tolerance {tolerance:g} joined {joined} of {distinct} distinct vertex positions ({percent:.2f}%) to a neighbour within that distance; so many joins can merge separate roads: check that the tolerance is in the work CRS&apos;s units and small (e.g. 0.5 m)</source>
        <translation>VAROITUS: topologiatoleranssi {tolerance:g} yhdisti {joined}/{distinct} erillistä taitepisteen sijaintia ({percent:.2f} %) naapuriinsa tämän etäisyyden sisällä; näin monet yhdistämiset voivat liittää erilliset tiet yhteen: tarkista, että toleranssi on työkoordinaatiston yksiköissä ja pieni (esim. 0,5 m)</translation>
    </message>
    <message>
        <source>too far from a road</source>
        <translation>liian kaukana tiestä</translation>
    </message>
    <message>
        <source>on a small disconnected piece of the network</source>
        <translation>verkon pienellä erillisellä osalla</translation>
    </message>
    <message>
        <source>on a road piece not connected to the main network</source>
        <translation>tien osalla, joka ei ole yhteydessä pääverkkoon</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>ei geometriaa</translation>
    </message>
    <message>
        <source>nearest road not connected to the network</source>
        <translation>lähin tie ei ole yhteydessä verkkoon</translation>
    </message>
    <message>
        <source>no road of the network can be used by this travel mode, so no point can be snapped to it: check the road class field and scheme, the class speeds or the mode</source>
        <translation>yhtäkään verkon tietä ei voi käyttää tällä kulkutavalla, joten yhtäkään pistettä ei voi kohdistaa verkkoon: tarkista tieluokkakenttä ja -luokitus, luokkien nopeudet tai kulkutapa</translation>
    </message>
    <message>
        <source>{cells} features of &apos;{layer}&apos; have the masked value -1 in {names} (Statistics Finland&apos;s grid: fewer than 10 residents); they count 0 people there, never -1. Use the total population field ({population}), which is never masked, or fill the masks with the population projection</source>
        <translation>tason '{layer}' {cells} kohteella on peitetty arvo -1 kentissä {names} (Tilastokeskuksen ruudukko: alle 10 asukasta); ne lasketaan siellä 0 henkilöksi, ei koskaan -1. Käytä kokonaisväestön kenttää ({population}), jota ei koskaan peitetä, tai täytä peitetyt arvot väestöennusteella</translation>
    </message>
    <message>
        <source>no facility is open in this scenario</source>
        <translation>yksikään palvelupiste ei ole auki tässä skenaariossa</translation>
    </message>
    <message>
        <source>{cells} cells (population {population:.0f}) reach no facility after the change</source>
        <translation>{cells} ruudusta (väestö {population:.0f}) ei muutoksen jälkeen saavuteta yhtään palvelupistettä</translation>
    </message>
    <message>
        <source>{cells} cells (population {population:.0f}) reach no facility before or after</source>
        <translation>{cells} ruudusta (väestö {population:.0f}) ei saavuteta yhtään palvelupistettä ennen eikä jälkeen</translation>
    </message>
    <message>
        <source>coordinates from columns &apos;{east}&apos; (east) and &apos;{north}&apos; (north), read as {crs}</source>
        <translation>koordinaatit sarakkeista '{east}' (itä) ja '{north}' (pohjoinen), luettu järjestelmässä {crs}</translation>
    </message>
    <message>
        <source>no coordinate columns found among {cols}; name them x and y (or E and N, itä and pohjoinen) for ETRS-TM35FIN metres, or lon and lat for WGS84 degrees, or choose them. Addresses alone cannot be located offline: geocode them first</source>
        <translation>koordinaattisarakkeita ei löytynyt sarakkeista {cols}; nimeä ne x ja y (tai E ja N, itä ja pohjoinen) ETRS-TM35FIN-metreille tai lon ja lat WGS84-asteille, tai valitse ne. Pelkkiä osoitteita ei voi paikantaa ilman verkkoyhteyttä: geokoodaa ne ensin</translation>
    </message>
    <message>
        <source>columns &apos;{e}&apos; and &apos;{n}&apos; hold no coordinates inside Finland in ETRS-TM35FIN (easting 20,000-800,000 m, northing 6,550,000-7,850,000 m) or WGS84 (longitude 19-32, latitude 59-71): check the columns and the system</source>
        <translation>sarakkeissa '{e}' ja '{n}' ei ole Suomen alueella olevia koordinaatteja ETRS-TM35FIN-järjestelmässä (itä 20 000–800 000 m, pohjoinen 6 550 000–7 850 000 m) eikä WGS84:ssä (pituus 19–32, leveys 59–71): tarkista sarakkeet ja koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>&apos;{east}&apos;, &apos;{north}&apos; are the lower-left corners of Statistics Finland&apos;s {size:g} m grid cells (size from grd_id): the points are the cell centres, {half:g} m further east and north</source>
        <translation>'{east}', '{north}' ovat Tilastokeskuksen {size:g} metrin ruutujen lounaiskulmia (koko grd_id-kentästä): pisteet ovat ruutujen keskipisteitä, {half:g} m kauempana itään ja pohjoiseen</translation>
    </message>
    <message>
        <source>the table has no column &apos;{given}&apos;; it has {cols}</source>
        <translation>taulukossa ei ole saraketta '{given}'; siinä on {cols}</translation>
    </message>
    <message>
        <source>row {row} ({name}): {got} is not a coordinate pair in the same system</source>
        <translation>rivi {row} ({name}): {got} ei ole saman järjestelmän koordinaattipari</translation>
    </message>
    <message>
        <source>row {row}: {got} is not a coordinate pair in the same system</source>
        <translation>rivi {row}: {got} ei ole saman järjestelmän koordinaattipari</translation>
    </message>
    <message>
        <source>{feed}: neither calendar.txt nor calendar_dates.txt is present, so no service date can be chosen</source>
        <translation>{feed}: tiedostoja calendar.txt ja calendar_dates.txt ei ole, joten liikennöintipäivää ei voi valita</translation>
    </message>
    <message>
        <source>{name}: the same feed as {other} (the same trips and stop times); it is given twice, which would double every trip. Give each feed once</source>
        <translation>{name}: sama aineisto kuin {other} (samat vuorot ja pysähtymisajat); se on annettu kahdesti, mikä kahdentaisi jokaisen vuoron. Anna kukin aineisto vain kerran</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: stop_sequence &apos;{stop_sequence}&apos; is not a number</source>
        <translation>{name}/stop_times.txt, rivi {row}: stop_sequence '{stop_sequence}' ei ole luku</translation>
    </message>
    <message>
        <source>{file}, row {row}: {column} &apos;{value}&apos; is not one of 0, 1, 2, 3 (or empty)</source>
        <translation>{file}, rivi {row}: {column} '{value}' ei ole 0, 1, 2 tai 3 (tai tyhjä)</translation>
    </message>
    <message>
        <source>{name}: no service runs on {day}; the feed covers {span}</source>
        <translation>{name}: päivänä {day} ei ole liikennettä; aineisto kattaa {span}</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: stop_id &apos;{stop_id}&apos; is not in stops.txt</source>
        <translation>{name}/stop_times.txt, rivi {row}: stop_id '{stop_id}' puuttuu tiedostosta stops.txt</translation>
    </message>
    <message>
        <source>{name}/stops.txt: stop &apos;{stop_id}&apos;, used by trip &apos;{trip_id}&apos;, has no coordinates</source>
        <translation>{name}/stops.txt: vuoron '{trip_id}' käyttämällä pysäkillä '{stop_id}' ei ole koordinaatteja</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: no arrival or departure time (interpolating times between timepoints is not supported)</source>
        <translation>{name}/stop_times.txt, rivi {row}: ei saapumis- tai lähtöaikaa (aikojen interpolointia aikapisteiden välillä ei tueta)</translation>
    </message>
    <message>
        <source>{name}/stop_times.txt, row {row}: trip &apos;{trip_id}&apos; arrives before it left the previous stop; stop times are out of order</source>
        <translation>{name}/stop_times.txt, rivi {row}: vuoro '{trip_id}' saapuu ennen kuin se lähti edelliseltä pysäkiltä; pysähtymisajat ovat väärässä järjestyksessä</translation>
    </message>
    <message>
        <source>{file}, row {row}: {column} &apos;{value}&apos; is not a time HH:MM:SS</source>
        <translation>{file}, rivi {row}: {column} '{value}' ei ole aika muodossa HH:MM:SS</translation>
    </message>
    <message>
        <source>{feed}: required file {name} is missing</source>
        <translation>{feed}: pakollinen tiedosto {name} puuttuu</translation>
    </message>
    <message>
        <source>{feed}: {name} lacks the column(s) {missing}</source>
        <translation>{feed}: tiedostosta {name} puuttuu sarake tai sarakkeet {missing}</translation>
    </message>
    <message>
        <source>{name}/frequencies.txt, row {row}: headway_secs must be a positive number</source>
        <translation>{name}/frequencies.txt, rivi {row}: headway_secs on oltava positiivinen luku</translation>
    </message>
    <message>
        <source>{name}/transfers.txt, row {row}: {col} &apos;{value}&apos; is not in stops.txt</source>
        <translation>{name}/transfers.txt, rivi {row}: {col} '{value}' puuttuu tiedostosta stops.txt</translation>
    </message>
    <message>
        <source>{path}: not a GTFS zip or folder ({e})</source>
        <translation>{path}: ei ole GTFS-zip-tiedosto eikä -kansio ({e})</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ei päivämääriä</translation>
    </message>
    <message>
        <source>{name}: no service runs on {day} (the feed covers {covered}); none of its trips are used, its stops only for walking</source>
        <translation>{name}: päivänä {day} ei ole liikennettä (aineisto kattaa {covered}); sen vuoroja ei käytetä, pysäkkejä vain kävelyyn</translation>
    </message>
    <message>
        <source>id {id!r}</source>
        <translation>tunnus {id!r}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message>
        <source>it has neither within_&lt;minutes&gt;_before/_after columns (the Summary) nor a when column with share_beyond_&lt;minutes&gt; (the Equity table)</source>
        <translation>siinä ei ole sarakkeita within_&lt;minuutit&gt;_before/_after (Yhteenveto) eikä when-saraketta ja sarakkeita share_beyond_&lt;minuutit&gt; (Yhdenvertaisuustaulukko)</translation>
    </message>
    <message>
        <source>the Equity table needs a &apos;before&apos; and an &apos;after&apos; row</source>
        <translation>Yhdenvertaisuustaulukossa on oltava rivit 'before' ja 'after'</translation>
    </message>
    <message>
        <source>proven gap {gap:.3%} (objective {objective:.6g}, bound {bound:.6g})</source>
        <translation>todistettu ero {gap:.3%} (tavoite {objective:.6g}, raja {bound:.6g})</translation>
    </message>
    <message>
        <source>no proven bound (gap unknown)</source>
        <translation>ei todistettua rajaa (ero tuntematon)</translation>
    </message>
    <message>
        <source>proven optimal (bound {bound:.6g})</source>
        <translation>todistetusti optimaalinen (raja {bound:.6g})</translation>
    </message>
    <message>
        <source>population losing the fixed site</source>
        <translation>kiinteän toimipisteen menettävä väestö</translation>
    </message>
    <message>
        <source>of whom near a mobile stop</source>
        <translation>joista liikkuvan palvelun pysäkin lähellä</translation>
    </message>
    <message>
        <source>of the rest, demand that can go remote</source>
        <translation>lopuista etäpalveluun siirrettävissä oleva kysyntä</translation>
    </message>
    <message>
        <source>left uncompensated</source>
        <translation>jää ilman korvaavaa palvelua</translation>
    </message>
    <message>
        <source>best channel before: {ch}</source>
        <translation>paras palvelukanava ennen: {ch}</translation>
    </message>
    <message>
        <source>best channel after: {ch}</source>
        <translation>paras palvelukanava jälkeen: {ch}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Facility</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Tukikohta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Stop name</source>
        <translation>Pysäkin nimi</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>Kohteen tunnus</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Travel time (min)</source>
        <translation>Matka-aika (min)</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Etäisyys (m)</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Pituus (m)</translation>
    </message>
    <message>
        <source>Time band (min)</source>
        <translation>Aikavyöhyke (min)</translation>
    </message>
    <message>
        <source>Band from (min)</source>
        <translation>Vyöhyke alkaen (min)</translation>
    </message>
    <message>
        <source>Band to (min)</source>
        <translation>Vyöhyke enintään (min)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Saavutettavissa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Distance to road (m)</source>
        <translation>Etäisyys tiehen (m)</translation>
    </message>
    <message>
        <source>Snapping note</source>
        <translation>Kohdistuksen huomautus</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Ruudut</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Pinta-ala (km²)</translation>
    </message>
    <message>
        <source>Mean travel time (min)</source>
        <translation>Keskimääräinen matka-aika (min)</translation>
    </message>
    <message>
        <source>Travel time before (min)</source>
        <translation>Matka-aika ennen (min)</translation>
    </message>
    <message>
        <source>Travel time after (min)</source>
        <translation>Matka-aika jälkeen (min)</translation>
    </message>
    <message>
        <source>Change in travel time (min)</source>
        <translation>Matka-ajan muutos (min)</translation>
    </message>
    <message>
        <source>Facility before</source>
        <translation>Palvelupiste ennen</translation>
    </message>
    <message>
        <source>Facility after</source>
        <translation>Palvelupiste jälkeen</translation>
    </message>
    <message>
        <source>Moved to another facility</source>
        <translation>Siirtyi toiseen palvelupisteeseen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Kysyntä</translation>
    </message>
    <message>
        <source>Weighted demand</source>
        <translation>Painotettu kysyntä</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Tarjonta</translation>
    </message>
    <message>
        <source>Supply-to-demand ratio</source>
        <translation>Tarjonnan ja kysynnän suhde</translation>
    </message>
    <message>
        <source>Supply-to-demand ratio after</source>
        <translation>Tarjonnan ja kysynnän suhde jälkeen</translation>
    </message>
    <message>
        <source>Ratio relative to the average</source>
        <translation>Suhde suhteessa keskiarvoon</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <source>Accessibility after</source>
        <translation>Saavutettavuus jälkeen</translation>
    </message>
    <message>
        <source>Accessibility per 1 000 residents</source>
        <translation>Saavutettavuus 1 000 asukasta kohden</translation>
    </message>
    <message>
        <source>Accessibility relative to the average</source>
        <translation>Saavutettavuus suhteessa keskiarvoon</translation>
    </message>
    <message>
        <source>Accessibility relative to the average after</source>
        <translation>Saavutettavuus suhteessa keskiarvoon jälkeen</translation>
    </message>
    <message>
        <source>Change in accessibility</source>
        <translation>Saavutettavuuden muutos</translation>
    </message>
    <message>
        <source>Accessibility, fixed sites</source>
        <translation>Saavutettavuus, kiinteät toimipisteet</translation>
    </message>
    <message>
        <source>Accessibility with mobile stops</source>
        <translation>Saavutettavuus liikkuvan palvelun kanssa</translation>
    </message>
    <message>
        <source>Mean accessibility</source>
        <translation>Keskimääräinen saavutettavuus</translation>
    </message>
    <message>
        <source>Mean accessibility after</source>
        <translation>Keskimääräinen saavutettavuus jälkeen</translation>
    </message>
    <message>
        <source>Population with no site in reach</source>
        <translation>Väestö, jonka ulottuvilla ei ole toimipistettä</translation>
    </message>
    <message>
        <source>Population with no site in reach after</source>
        <translation>Väestö, jonka ulottuvilla ei ole toimipistettä jälkeen</translation>
    </message>
    <message>
        <source>Site in reach</source>
        <translation>Toimipiste ulottuvilla</translation>
    </message>
    <message>
        <source>Site in reach after</source>
        <translation>Toimipiste ulottuvilla jälkeen</translation>
    </message>
    <message>
        <source>Sites in reach</source>
        <translation>Toimipisteitä ulottuvilla</translation>
    </message>
    <message>
        <source>Share within the time</source>
        <translation>Osuus aikarajan sisällä</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sijoitus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valittu</translation>
    </message>
    <message>
        <source>Current site</source>
        <translation>Nykyinen toimipiste</translation>
    </message>
    <message>
        <source>Open after</source>
        <translation>Auki jälkeen</translation>
    </message>
    <message>
        <source>Walking time (min)</source>
        <translation>Kävelyaika (min)</translation>
    </message>
    <message>
        <source>Time to the nearest mobile stop (min)</source>
        <translation>Aika lähimmälle liikkuvan palvelun pysähdyspaikalle (min)</translation>
    </message>
    <message>
        <source>Mobile stop</source>
        <translation>Liikkuvan palvelun pysähdyspaikka</translation>
    </message>
    <message>
        <source>Mobile stop interval (days)</source>
        <translation>Liikkuvan palvelun käyntiväli (vrk)</translation>
    </message>
    <message>
        <source>Drive time one way (min)</source>
        <translation>Ajoaika yhteen suuntaan (min)</translation>
    </message>
    <message>
        <source>Depot</source>
        <translation>Varikko</translation>
    </message>
    <message>
        <source>Departures a day</source>
        <translation>Lähtöjä vuorokaudessa</translation>
    </message>
    <message>
        <source>Departures in the time window</source>
        <translation>Lähtöjä aikaikkunassa</translation>
    </message>
    <message>
        <source>Departure window</source>
        <translation>Lähtöaikaikkuna</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation>Lähtö viimeistään</translation>
    </message>
    <message>
        <source>Arrive by (min)</source>
        <translation>Perillä viimeistään (min)</translation>
    </message>
    <message>
        <source>Facility fastest at the median</source>
        <translation>Mediaaniajalla nopeimmin saavutettava palvelupiste</translation>
    </message>
    <message>
        <source>Maximum travel time (min)</source>
        <translation>Suurin matka-aika (min)</translation>
    </message>
    <message>
        <source>Time constant (min)</source>
        <translation>Aikavakio (min)</translation>
    </message>
    <message>
        <source>Kela deductible (EUR)</source>
        <translation>Kelan omavastuu (EUR)</translation>
    </message>
    <message>
        <source>Kela annual ceiling (EUR)</source>
        <translation>Kelan vuosikatto (EUR)</translation>
    </message>
    <message>
        <source>Car cost (EUR/km)</source>
        <translation>Autokustannus (EUR/km)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Paino</translation>
    </message>
    <message>
        <source>Usable by the mode</source>
        <translation>Kulkutavalla käytettävissä</translation>
    </message>
    <message>
        <source>On the main network</source>
        <translation>Pääverkolla</translation>
    </message>
    <message>
        <source>Network piece</source>
        <translation>Verkon osa</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Solmu</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Lähderivi</translation>
    </message>
    <message>
        <source>Best channel before</source>
        <translation>Paras palvelukanava ennen</translation>
    </message>
    <message>
        <source>Best channel after</source>
        <translation>Paras palvelukanava jälkeen</translation>
    </message>
    <message>
        <source>Population within {n} min</source>
        <translation>Väestö {n} minuutin sisällä</translation>
    </message>
    <message>
        <source>Within {n} min before</source>
        <translation>{n} minuutin sisällä ennen</translation>
    </message>
    <message>
        <source>Within {n} min after</source>
        <translation>{n} minuutin sisällä jälkeen</translation>
    </message>
    <message>
        <source>Share beyond {n} min</source>
        <translation>Osuus yli {n} minuutin päässä</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&lt;p&gt;Allocates every population feature (points, or polygons such as grid cells) to the facility it reaches fastest over the road network, in one multi-source search from the facilities.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt;: points or polygons (a polygon is represented by a point on its surface); &lt;b&gt;population field&lt;/b&gt;: optional weight (NULL counts 0). &lt;b&gt;Facilities&lt;/b&gt; and their &lt;b&gt;id field&lt;/b&gt;. &lt;b&gt;Time bands&lt;/b&gt;: minutes, e.g. &lt;code&gt;10,20,30&lt;/code&gt;, for the summary. &lt;b&gt;Cut-off&lt;/b&gt;: beyond it a feature counts as unreachable (0 = no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the population layer with &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt; (including the walks between points and roads), &lt;code&gt;dist_m&lt;/code&gt; (network metres), &lt;code&gt;band_min&lt;/code&gt;, &lt;code&gt;reachable&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (why a feature could not be routed), &lt;code&gt;snap_m&lt;/code&gt; (metres from the feature to the road it was snapped to) and &lt;code&gt;snap_note&lt;/code&gt; (&lt;i&gt;nearest road not connected to the network&lt;/i&gt; when a nearer road piece is not connected to the main network, so the feature was snapped farther away, onto the main network); a summary table with, per facility, the cells and population served, the population within each band and the mean travel time, plus one row for the unreachable population.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facility ids&lt;/b&gt; must be filled in and unique; with &lt;b&gt;features with the same id are entrances of one facility&lt;/b&gt; on, features sharing an id are one facility, reached through its nearest entrance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kohdistaa jokaisen väestökohteen (pisteet tai alueet, kuten ruudut) siihen palvelupisteeseen, jonka se saavuttaa tieverkkoa pitkin nopeimmin, yhdellä palvelupisteistä alkavalla monilähdehaulla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Väestö&lt;/b&gt;: pisteet tai alueet (alue edustetaan sen pinnalla olevalla pisteellä); &lt;b&gt;väestökenttä&lt;/b&gt;: valinnainen paino (NULL lasketaan nollaksi). &lt;b&gt;Palvelupisteet&lt;/b&gt; ja niiden &lt;b&gt;tunnuskenttä&lt;/b&gt;. &lt;b&gt;Aikavyöhykkeet&lt;/b&gt;: minuutit, esim. &lt;code&gt;10,20,30&lt;/code&gt;, yhteenvetoa varten. &lt;b&gt;Aikaraja&lt;/b&gt;: sen ylittävä kohde lasketaan saavuttamattomaksi (0 = ei rajaa).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: väestötaso kentillä &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt; (sisältää kävelyt pisteiden ja teiden välillä), &lt;code&gt;dist_m&lt;/code&gt; (verkkometrit), &lt;code&gt;band_min&lt;/code&gt;, &lt;code&gt;reachable&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (miksi kohteelle ei voitu laskea reittiä), &lt;code&gt;snap_m&lt;/code&gt; (metrit kohteesta tiehen, johon se kohdistettiin) ja &lt;code&gt;snap_note&lt;/code&gt; (&lt;i&gt;lähin tie ei ole yhteydessä verkkoon&lt;/i&gt;, kun lähempi tienpätkä ei ole yhteydessä pääverkkoon ja kohde kohdistettiin siksi kauemmas, pääverkkoon); yhteenvetotaulukko, jossa on palvelupisteittäin palvellut ruudut ja väestö, väestö kunkin vyöhykkeen sisällä ja keskimääräinen matka-aika sekä yksi rivi saavuttamattomalle väestölle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Palvelupisteiden tunnusten&lt;/b&gt; on oltava täytettyjä ja yksilöllisiä; kun &lt;b&gt;saman tunnuksen kohteet ovat yhden palvelupisteen sisäänkäyntejä&lt;/b&gt; on päällä, saman tunnuksen kohteet ovat yksi palvelupiste, johon mennään lähimmän sisäänkäynnin kautta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times and network distances from every origin to every destination, as a table in long format (one row per pair). The searches start from the smaller of the two layers, so a matrix of 100,000 population cells to 50 facilities costs 50 searches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k nearest&lt;/b&gt;: keep only each origin&apos;s k fastest destinations (0 = all). &lt;b&gt;Cut-off&lt;/b&gt;: drop pairs slower than this (minutes, 0 = none). Pairs that cannot be routed are left out; origins and destinations that cannot be snapped are reported in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, &lt;code&gt;dist_m&lt;/code&gt;, &lt;code&gt;rank&lt;/code&gt; (1 = fastest for the origin).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Matka-ajat ja verkkoetäisyydet jokaisesta lähtöpaikasta jokaiseen määränpäähän taulukkona pitkässä muodossa (yksi rivi paria kohden). Haut aloitetaan pienemmästä kahdesta tasosta, joten 100 000 väestöruudun ja 50 palvelupisteen matriisi maksaa 50 hakua.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k lähintä&lt;/b&gt;: säilytä kultakin lähtöpaikalta vain k nopeinta määränpäätä (0 = kaikki). &lt;b&gt;Aikaraja&lt;/b&gt;: pudota pois tätä hitaammat parit (min, 0 = ei rajaa). Parit, joille reittiä ei voi laskea, jätetään pois; lähtöpaikat ja määränpäät, joita ei voi kohdistaa tieverkkoon, raportoidaan lokissa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, &lt;code&gt;dist_m&lt;/code&gt;, &lt;code&gt;rank&lt;/code&gt; (1 = lähtöpaikan nopein).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checks a road network for a travel mode: how many connected pieces it has, which roads are off the main piece, dead ends (dangles), and, optionally, which share of the facilities and of the population can be routed (snapped to the main piece within the maximum snapping distance).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the network edges with &lt;code&gt;component&lt;/code&gt;, &lt;code&gt;on_main&lt;/code&gt; and &lt;code&gt;usable&lt;/code&gt;; the dangle points; figures &lt;code&gt;COMPONENTS&lt;/code&gt;, &lt;code&gt;DANGLES&lt;/code&gt;, &lt;code&gt;FACILITY_SHARE&lt;/code&gt; and &lt;code&gt;POPULATION_SHARE&lt;/code&gt; (0..1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tarkistaa tieverkon kulkutavalle: montako yhtenäistä osaa siinä on, mitkä tiet ovat pääosan ulkopuolella, umpiperät (irtopäät) sekä valinnaisesti, kuinka suurelle osalle palvelupisteistä ja väestöstä reitti voidaan laskea (kohdistettavissa pääosaan suurimman kohdistusetäisyyden sisällä).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: verkon kaaret kentillä &lt;code&gt;component&lt;/code&gt;, &lt;code&gt;on_main&lt;/code&gt; ja &lt;code&gt;usable&lt;/code&gt;; irtopäiden pisteet; luvut &lt;code&gt;COMPONENTS&lt;/code&gt;, &lt;code&gt;DANGLES&lt;/code&gt;, &lt;code&gt;FACILITY_SHARE&lt;/code&gt; ja &lt;code&gt;POPULATION_SHARE&lt;/code&gt; (0..1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel-time catchment polygons (isochrones) around facilities that follow the road network: a place belongs to a band when a point of a road within the &lt;b&gt;reach&lt;/b&gt; of it (straight-line metres) is reached within the band&apos;s minutes, counting the straight walk from that road point at the access walking speed (5 km/h when that is 0). Every road usable by the mode on the main network counts, the nearest or not.&lt;/p&gt;&lt;p&gt;How it is drawn: roads are taken at points every half &lt;b&gt;grid resolution&lt;/b&gt; along them. At each cell centre of the grid the engine computes by how much the place misses the band, in time or in reach: the best, over the road points p near it, of max(time at p + walk from p - band limit, (distance to p - reach) / walking speed). The band&apos;s edge is where this crosses zero, drawn by linear interpolation between cell centres; so it lies within a few metres of the exact edge, the reach&apos;s circles included (a straight line between cell centres cuts inside a circle, so the reach is traced resolution&amp;sup2; / (8 &amp;times; reach) wider: 3 m with 50 m cells and a 100 m reach). A ring (0-10, 10-20...) is the area inside its upper limit and not inside its lower one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time bands&lt;/b&gt;: minutes, e.g. &lt;code&gt;10,20,30&lt;/code&gt;. &lt;b&gt;Catchment type&lt;/b&gt;: &lt;i&gt;per facility&lt;/i&gt; gives every facility its own (overlapping) bands; &lt;i&gt;nearest facility&lt;/i&gt; splits the area between facilities so that each place goes to the facility it reaches fastest, decided per grid cell (no overlaps); &lt;i&gt;dissolved&lt;/i&gt; gives one polygon per band for all facilities together. &lt;b&gt;Rings&lt;/b&gt;: bands as 0-10, 10-20, 20-30 instead of 0-10, 0-20, 0-30. &lt;b&gt;Grid resolution&lt;/b&gt;: cell size of the travel-time surface (smaller = finer and slower). A band narrower than the grid may give no polygon: the log warns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt; (optional, points or polygons with a population field): each polygon gets the population of the features whose own network travel time falls in the band (the same times as the Nearest facility algorithm), not a geometric overlay.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;band_from&lt;/code&gt;, &lt;code&gt;band_to&lt;/code&gt; (minutes), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tieverkkoa seuraavat matka-aikaan perustuvat vaikutusaluepolygonit (isokronit) palvelupisteiden ympärille: paikka kuuluu vyöhykkeeseen, kun jokin sen &lt;b&gt;ulottuman&lt;/b&gt; (linnuntiemetreinä) sisällä olevan tien piste saavutetaan vyöhykkeen minuuttien sisällä, kun mukaan lasketaan suora kävely tien pisteestä kävelynopeudella pisteestä tielle (5 km/h, kun se on 0). Jokainen kulkutavan käytettävissä oleva pääverkon tie lasketaan, oli se lähin tai ei.&lt;/p&gt;&lt;p&gt;Miten alue piirretään: teistä otetaan pisteet puolen &lt;b&gt;ruudukon resoluution&lt;/b&gt; välein. Ruudukon jokaisen ruudun keskipisteessä lasketaan, kuinka paljon paikka jää vyöhykkeestä ajassa tai ulottumassa: paras sen lähellä olevien tien pisteiden p yli arvosta max(aika pisteessä p + kävely pisteestä p - vyöhykkeen raja, (etäisyys pisteeseen p - ulottuma) / kävelynopeus). Vyöhykkeen reuna on siellä, missä tämä ylittää nollan, ja se piirretään lineaarisella interpoloinnilla ruutujen keskipisteiden välillä; näin se on muutaman metrin päässä tarkasta reunasta ulottuman ympyrät mukaan lukien (suora viiva ruutujen keskipisteiden välillä leikkaa ympyrän sisäpuolelta, joten ulottuma piirretään resoluutio&amp;sup2; / (8 &amp;times; ulottuma) leveämpänä: 3 m 50 m:n ruuduilla ja 100 m:n ulottumalla). Rengas (0-10, 10-20...) on alue, joka on sen ylärajan sisällä eikä alarajan sisällä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aikavyöhykkeet&lt;/b&gt;: minuutit, esim. &lt;code&gt;10,20,30&lt;/code&gt;. &lt;b&gt;Vaikutusalueen tyyppi&lt;/b&gt;: &lt;i&gt;palvelupisteittäin&lt;/i&gt; antaa jokaiselle palvelupisteelle omat (päällekkäiset) vyöhykkeet; &lt;i&gt;lähin palvelupiste&lt;/i&gt; jakaa alueen palvelupisteiden kesken niin, että kukin paikka kuuluu siihen palvelupisteeseen, jonka se saavuttaa nopeimmin, ruutu kerrallaan ratkaistuna (ei päällekkäisyyksiä); &lt;i&gt;yhdistetty&lt;/i&gt; antaa yhden polygonin vyöhykettä kohden kaikille palvelupisteille yhdessä. &lt;b&gt;Renkaat&lt;/b&gt;: vyöhykkeet muodossa 0-10, 10-20, 20-30 eikä 0-10, 0-20, 0-30. &lt;b&gt;Ruudukon resoluutio&lt;/b&gt;: matka-aikapinnan ruutukoko (pienempi = tarkempi ja hitaampi). Ruudukkoa kapeampi vyöhyke ei välttämättä tuota polygonia: loki varoittaa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Väestö&lt;/b&gt; (valinnainen, pisteet tai alueet väestökenttineen): kukin polygoni saa niiden kohteiden väestön, joiden oma verkkomatka-aika osuu vyöhykkeeseen (samat ajat kuin Lähin palvelupiste -algoritmissa), ei geometristä päällekkäisanalyysiä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: &lt;code&gt;fac_id&lt;/code&gt;, &lt;code&gt;band_from&lt;/code&gt;, &lt;code&gt;band_to&lt;/code&gt; (minuutit), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which sites should be open? Solves, on the travel times of its mode: &lt;b&gt;p-median&lt;/b&gt; (least population-weighted travel time with p sites), &lt;b&gt;maximal coverage&lt;/b&gt; (most demand within the threshold with p sites), &lt;b&gt;set cover&lt;/b&gt; (fewest sites reaching the required share of demand within the threshold) or &lt;b&gt;p-center&lt;/b&gt; (least worst travel time with p sites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: the current facilities and optional &lt;b&gt;candidate sites&lt;/b&gt;. &lt;b&gt;Must stay open&lt;/b&gt; / &lt;b&gt;must close&lt;/b&gt;: site ids (comma separated). &lt;b&gt;Demand&lt;/b&gt;: the population field, or with &lt;b&gt;use rates&lt;/b&gt; (e.g. &lt;code&gt;age_0_14=2.1,age_75=9.5&lt;/code&gt;, visits per person per year by age group field) the expected visits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: p-median and maximal coverage use a heuristic (greedy and randomised starts, vertex substitution pricing every swap at once, random perturbations of the best) and a Lagrangian relaxation whose value is a &lt;b&gt;proven bound&lt;/b&gt; on the optimum (a lower bound on the least total travel time, an upper bound on the coverable demand). Every run states the proven gap (upper - lower) / lower in the log and the report, or &lt;i&gt;proven optimal&lt;/i&gt; below 0.0001 %. If the gap is not closed and demand x sites is at most 400,000 (for coverage after merging cells covered by the same sites), the exact MILP (HiGHS, 60 s) also runs and the better result with the tighter bound is reported. With a &lt;b&gt;capacity field&lt;/b&gt; (in the units of the demand; demand may be split between sites) p-median improves the uncapacitated sites by swaps checked with the capacitated assignment (an LP); its bound is the uncapacitated one (proven, looser when capacities bind). Set cover, p-center and coverage with capacities are solved exactly by HiGHS; p-center is the smallest travel time within which p sites reach all demand, by bisection over the travel times, proven optimal when each tested time was solved to optimality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the sites with &lt;code&gt;chosen&lt;/code&gt;, demand and load; the cells with their allocation before (current facilities) and after (chosen sites); the same flow, load, summary and equity tables and HTML report as the closure impact; the objective, the solver used and its gap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mitkä toimipisteet pitäisi pitää auki? Ratkaisee kulkutavan matka-ajoilla tehtävän &lt;b&gt;p-mediaani&lt;/b&gt; (pienin väestöllä painotettu matka-aika p toimipisteellä), &lt;b&gt;suurin kattavuus&lt;/b&gt; (eniten kysyntää aikarajan sisällä p toimipisteellä), &lt;b&gt;joukkopeite&lt;/b&gt; (vähiten toimipisteitä, joilla vaadittu osuus kysynnästä on aikarajan sisällä) tai &lt;b&gt;p-keskus&lt;/b&gt; (pienin pisin matka-aika p toimipisteellä).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toimipisteet&lt;/b&gt;: nykyiset palvelupisteet ja valinnaiset &lt;b&gt;ehdokastoimipisteet&lt;/b&gt;. &lt;b&gt;Pysyttävä auki&lt;/b&gt; / &lt;b&gt;suljettava&lt;/b&gt;: toimipisteiden tunnukset (pilkuin eroteltuina). &lt;b&gt;Kysyntä&lt;/b&gt;: väestökenttä tai &lt;b&gt;käyttöasteilla&lt;/b&gt; (esim. &lt;code&gt;age_0_14=2.1,age_75=9.5&lt;/code&gt;, käyntiä henkeä kohden vuodessa ikäryhmäkentittäin) odotetut käynnit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ratkaisija&lt;/b&gt;: p-mediaani ja suurin kattavuus käyttävät heuristiikkaa (ahne ja satunnaistetut aloitukset, solmunvaihtomenetelmä, joka hinnoittelee kaikki vaihdot kerralla, parhaan ratkaisun satunnaiset häiriöt) ja Lagrangen relaksaatiota, jonka arvo on optimin &lt;b&gt;todistettu raja&lt;/b&gt; (alaraja pienimmälle kokonaismatka-ajalle, yläraja katettavalle kysynnälle). Jokainen ajo kertoo todistetun eron (ylä - ala) / ala lokissa ja raportissa, tai &lt;i&gt;todistetusti optimaalinen&lt;/i&gt; alle 0,0001 %:n erolla. Jos ero ei sulkeudu ja kysyntä x toimipisteet on enintään 400 000 (kattavuudessa sen jälkeen, kun samojen toimipisteiden kattamat ruudut on yhdistetty), ajetaan myös tarkka MILP (HiGHS, 60 s) ja raportoidaan parempi tulos tiukemman rajan kera. &lt;b&gt;Kapasiteettikentän&lt;/b&gt; kanssa (kysynnän yksiköissä; kysyntä voi jakautua toimipisteiden kesken) p-mediaani parantaa kapasiteetittomia toimipisteitä vaihdoilla, jotka tarkistetaan kapasiteetit huomioivalla kohdistuksella (LP); sen raja on kapasiteetittoman tehtävän raja (todistettu, väljempi kun kapasiteetit rajoittavat). Joukkopeite, p-keskus ja kattavuus kapasiteetein ratkaistaan tarkasti HiGHS:llä; p-keskus on pienin matka-aika, jonka sisällä p toimipistettä saavuttaa kaiken kysynnän, haettuna puolitusmenetelmällä matka-aikojen yli, todistetusti optimaalinen, kun jokainen testattu aika ratkaistiin optimiin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: toimipisteet kentillä &lt;code&gt;chosen&lt;/code&gt;, kysyntä ja kuormitus; ruudut kohdistuksineen ennen (nykyiset palvelupisteet) ja jälkeen (valitut toimipisteet); samat asiakasvirta-, kuormitus-, yhteenveto- ja yhdenvertaisuustaulukot ja HTML-raportti kuin sulkemisen vaikutuksissa; tavoitefunktion arvo, käytetty ratkaisija ja sen ero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compares two saved allocations of the same population cells, e.g. the outputs of &lt;i&gt;Nearest facility&lt;/i&gt; for today&apos;s network and of &lt;i&gt;Facility closure impact&lt;/i&gt; for a plan, or two plans. Gives the same tables and HTML report as the closure impact: who loses access within each threshold, the change in travel time, flows of population between facilities, loads against capacity, figures by area and age group, equity.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenario A&lt;/b&gt; and &lt;b&gt;Scenario B&lt;/b&gt;: cell layers with a cell id field, a facility field and a travel time field (minutes; NULL = unreachable); the cells are matched by id. Population, age group and area fields come from scenario A. &lt;b&gt;Facilities&lt;/b&gt; (optional) with a &lt;b&gt;capacity field&lt;/b&gt; for the load table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vertaa kahta tallennettua saman väestöruudukon kohdistusta, esim. &lt;i&gt;Lähin palvelupiste&lt;/i&gt; -algoritmin tulosta nykyiselle verkolle ja &lt;i&gt;Palvelupisteen sulkemisen vaikutukset&lt;/i&gt; -algoritmin tulosta suunnitelmalle, tai kahta suunnitelmaa. Antaa samat taulukot ja HTML-raportin kuin sulkemisen vaikutukset: ketkä menettävät saavutettavuuden kunkin aikarajan sisällä, matka-ajan muutos, väestön siirtymät palvelupisteiden välillä, kuormitus suhteessa kapasiteettiin, luvut alueittain ja ikäryhmittäin, yhdenvertaisuus.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skenaario A&lt;/b&gt; ja &lt;b&gt;skenaario B&lt;/b&gt;: ruututasot, joissa on ruudun tunnuskenttä, palvelupisteen kenttä ja matka-aikakenttä (minuutit; NULL = ei saavutettavissa); ruudut yhdistetään tunnuksen perusteella. Väestö-, ikäryhmä- ja aluekentät otetaan skenaariosta A. &lt;b&gt;Palvelupisteet&lt;/b&gt; (valinnainen) &lt;b&gt;kapasiteettikenttineen&lt;/b&gt; kuormitustaulukkoa varten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Timetable-exact public transport travel times from every origin (population cell) to the facilities, from GTFS feeds, for every departure minute of a window. Waiting at the origin counts as travel time. Walking legs (to the first stop, between stops, from the last stop) are straight lines times 1.3 at the walking speed; a facility within walking distance can also be reached on foot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;: one or more zip files or folders. &lt;b&gt;Date&lt;/b&gt;: a day the feed covers. &lt;b&gt;Window&lt;/b&gt;: first and last departure (HH:MM) and the step in minutes. &lt;b&gt;Percentiles&lt;/b&gt; of travel time over the window, e.g. &lt;code&gt;10,50,90&lt;/code&gt;; &lt;b&gt;threshold&lt;/b&gt; for the share of departures arriving in time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the origins with, for the nearest facility, &lt;code&gt;p&amp;lt;q&amp;gt;_min&lt;/code&gt; per percentile, &lt;code&gt;share_within&lt;/code&gt;, &lt;code&gt;fac_p50&lt;/code&gt; (the facility fastest at the median) and &lt;code&gt;n_reachable&lt;/code&gt; (facilities reached within the maximum trip time at the median), &lt;code&gt;trips_day&lt;/code&gt; (distinct trips riders may board at a stop within walking on the date, 00:00-24:00); with &lt;b&gt;arrive by&lt;/b&gt;, &lt;code&gt;leave_by&lt;/code&gt; (the latest departure from the origin that reaches a facility in time; an arrive-by time earlier than the first departure is read as the next day&apos;s when that falls within 12 hours of the last departure (a window running past midnight), else a warning says only walking can make it) and &lt;code&gt;arrive_by_min&lt;/code&gt;. The optional &lt;b&gt;OD table&lt;/b&gt; holds the percentiles per origin and facility.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aikataulutarkat joukkoliikenteen matka-ajat jokaisesta lähtöpaikasta (väestöruudusta) palvelupisteisiin GTFS-aineistoista, aikaikkunan jokaiselle lähtöminuutille. Odotus lähtöpaikassa lasketaan matka-aikaan. Kävelyosuudet (ensimmäiselle pysäkille, pysäkkien välillä, viimeiseltä pysäkiltä) ovat linnuntie kertaa 1.3 kävelynopeudella; kävelyetäisyydellä olevaan palvelupisteeseen voi myös kävellä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS-aineistot&lt;/b&gt;: yksi tai useampi zip-tiedosto tai kansio. &lt;b&gt;Päivämäärä&lt;/b&gt;: päivä, jonka aineisto kattaa. &lt;b&gt;Aikaikkuna&lt;/b&gt;: ensimmäinen ja viimeinen lähtö (HH:MM) ja askel minuutteina. Matka-ajan &lt;b&gt;persentiilit&lt;/b&gt; aikaikkunan yli, esim. &lt;code&gt;10,50,90&lt;/code&gt;; &lt;b&gt;aikaraja&lt;/b&gt; ajoissa perille saapuvien lähtöjen osuudelle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: lähtöpaikat, joilla on lähimmälle palvelupisteelle &lt;code&gt;p&amp;lt;q&amp;gt;_min&lt;/code&gt; persentiileittäin, &lt;code&gt;share_within&lt;/code&gt;, &lt;code&gt;fac_p50&lt;/code&gt; (mediaanilla nopein palvelupiste) ja &lt;code&gt;n_reachable&lt;/code&gt; (palvelupisteet, jotka saavutetaan mediaanilla suurimman matka-ajan sisällä), &lt;code&gt;trips_day&lt;/code&gt; (eri vuorot, joihin matkustajat voivat nousta kävelyetäisyydellä olevalta pysäkiltä kyseisenä päivänä, 00:00-24:00); &lt;b&gt;perilläoloajan&lt;/b&gt; kanssa &lt;code&gt;leave_by&lt;/code&gt; (myöhäisin lähtö lähtöpaikasta, jolla palvelupisteeseen ehtii ajoissa; ensimmäistä lähtöä aikaisempi perilläoloaika tulkitaan seuraavan päivän ajaksi, kun se on 12 tunnin sisällä viimeisestä lähdöstä (keskiyön yli jatkuva aikaikkuna), muuten varoitus kertoo, että perille ehtii vain kävellen) ja &lt;code&gt;arrive_by_min&lt;/code&gt;. Valinnainen &lt;b&gt;lähtö–määränpää-taulukko&lt;/b&gt; sisältää persentiilit lähtöpaikoittain ja palvelupisteittäin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Public transport parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;: one or more zip files. &lt;b&gt;Date&lt;/b&gt;: a day the feeds cover. &lt;b&gt;First / last departure&lt;/b&gt; (HH:MM) and &lt;b&gt;step&lt;/b&gt; (minutes) make the departure window; waiting at the origin counts as travel time. A last departure earlier than the first (e.g. 23:00-01:00) ends on the next day.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Which timetable&lt;/b&gt;: times are clock times of the chosen date. Used are the trips of the date&apos;s services, the previous date&apos;s trips where they run past 24:00 (GTFS times such as 24:30 of a Monday trip are Tuesday 00:30) and, for times past midnight (a window or a journey crossing it), the next date&apos;s trips. A stop where a trip lets no one board (&lt;code&gt;pickup_type&lt;/code&gt; 1) or alight (&lt;code&gt;drop_off_type&lt;/code&gt; 1) is passed by riders of that trip; 2 and 3 (by arrangement with the agency or the driver) are taken as regular stops. A vehicle that continues as another trip (&lt;code&gt;block_id&lt;/code&gt;) is not followed: staying on counts as a transfer at that stop.&lt;/p&gt;&lt;p&gt;Walks to, between and from stops are straight lines times 1.3 at the &lt;b&gt;walking speed&lt;/b&gt;, up to the &lt;b&gt;maximum walks&lt;/b&gt;; a facility within walking distance can be reached on foot. &lt;b&gt;Maximum transfers&lt;/b&gt; bounds the vehicles used; trips longer than the &lt;b&gt;maximum trip time&lt;/b&gt; count as not reaching.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Joukkoliikenteen parametrit&lt;/h3&gt;&lt;p&gt;&lt;b&gt;GTFS-aineistot&lt;/b&gt;: yksi tai useampi zip-tiedosto. &lt;b&gt;Päivämäärä&lt;/b&gt;: päivä, jonka aineistot kattavat. &lt;b&gt;Ensimmäinen / viimeinen lähtö&lt;/b&gt; (HH:MM) ja &lt;b&gt;askel&lt;/b&gt; (minuutit) muodostavat lähtöaikaikkunan; odotus lähtöpaikassa lasketaan matka-aikaan. Ensimmäistä aikaisempi viimeinen lähtö (esim. 23:00-01:00) päättyy seuraavana päivänä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mikä aikataulu&lt;/b&gt;: ajat ovat valitun päivän kellonaikoja. Käytetään päivän liikennöintipäivien vuoroja, edellisen päivän vuoroja siltä osin kuin ne jatkuvat yli 24:00 (GTFS-ajat kuten maanantain vuoron 24:30 ovat tiistaina 00:30) sekä keskiyön jälkeisille ajoille (keskiyön ylittävä aikaikkuna tai matka) seuraavan päivän vuoroja. Pysäkki, jolla vuoroon ei voi nousta (&lt;code&gt;pickup_type&lt;/code&gt; 1) tai siitä jäädä pois (&lt;code&gt;drop_off_type&lt;/code&gt; 1), ohitetaan kyseisen vuoron matkustajilta; arvot 2 ja 3 (sopimalla liikennöitsijän tai kuljettajan kanssa) käsitellään tavallisina pysäkkeinä. Toisena vuorona jatkavaa ajoneuvoa (&lt;code&gt;block_id&lt;/code&gt;) ei seurata: kyytiin jääminen lasketaan vaihdoksi kyseisellä pysäkillä.&lt;/p&gt;&lt;p&gt;Kävelyt pysäkeille, pysäkkien välillä ja pysäkeiltä ovat linnuntie kertaa 1.3 &lt;b&gt;kävelynopeudella&lt;/b&gt; &lt;b&gt;suurimpiin kävelymatkoihin&lt;/b&gt; asti; kävelyetäisyydellä olevaan palvelupisteeseen voi kävellä. &lt;b&gt;Vaihtojen enimmäismäärä&lt;/b&gt; rajoittaa käytettyjä kulkuneuvoja; &lt;b&gt;suurinta matka-aikaa&lt;/b&gt; pidemmät matkat lasketaan perille pääsemättömiksi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where public transport service is thin: departures per stop over the day and per hour of a window, and for each population cell the number of distinct trips that leave a stop within walking distance (over the day and in the window) and the walk to the nearest stop. Counted are only departures riders may board (&lt;code&gt;pickup_type&lt;/code&gt; other than 1; 2 and 3, by arrangement, count).&lt;/p&gt;&lt;p&gt;The &lt;b&gt;day&lt;/b&gt; is the chosen date from 00:00 to 24:00 on the clock: the date&apos;s trips and the previous date&apos;s trips that run past 24:00 (a Monday trip at 24:30 is Tuesday 00:30); the date&apos;s own times past 24:00 belong to the next day. A &lt;b&gt;window&lt;/b&gt; whose end is earlier than its start (e.g. 23:00-01:00) crosses midnight and takes the next date&apos;s trips after it; &lt;code&gt;hHH&lt;/code&gt; is the clock hour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS feeds&lt;/b&gt;, &lt;b&gt;date&lt;/b&gt;, &lt;b&gt;window&lt;/b&gt; (HH:MM); &lt;b&gt;cells&lt;/b&gt; (optional points or polygons) with the &lt;b&gt;maximum walk&lt;/b&gt; (m, straight line x 1.3) and &lt;b&gt;walking speed&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: stops (EPSG:4326) with &lt;code&gt;dep_day&lt;/code&gt;, &lt;code&gt;dep_window&lt;/code&gt;, &lt;code&gt;hHH&lt;/code&gt;; cells with &lt;code&gt;trips_day&lt;/code&gt;, &lt;code&gt;trips_window&lt;/code&gt;, &lt;code&gt;walk_min&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Missä joukkoliikenteen palvelu on heikkoa: lähdöt pysäkeittäin koko päivältä ja aikaikkunan tunneittain, sekä kullekin väestöruudulle niiden eri vuorojen määrä, jotka lähtevät kävelyetäisyydellä olevalta pysäkiltä (koko päivänä ja aikaikkunassa), ja kävelymatka lähimmälle pysäkille. Mukaan lasketaan vain lähdöt, joihin matkustajat voivat nousta (&lt;code&gt;pickup_type&lt;/code&gt; muu kuin 1; 2 ja 3, sopimalla, lasketaan).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Päivä&lt;/b&gt; on valittu päivämäärä kellonajasta 00:00 kellonaikaan 24:00: päivän vuorot ja edellisen päivän vuorot, jotka jatkuvat yli 24:00 (maanantain vuoro kello 24:30 on tiistaina 00:30); päivän omat ajat yli 24:00 kuuluvat seuraavaan päivään. &lt;b&gt;Aikaikkuna&lt;/b&gt;, jonka loppu on ennen alkua (esim. 23:00-01:00), ylittää keskiyön ja ottaa sen jälkeen seuraavan päivän vuorot; &lt;code&gt;hHH&lt;/code&gt; on kellotunti.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GTFS-aineistot&lt;/b&gt;, &lt;b&gt;päivämäärä&lt;/b&gt;, &lt;b&gt;aikaikkuna&lt;/b&gt; (HH:MM); &lt;b&gt;ruudut&lt;/b&gt; (valinnaiset pisteet tai alueet) &lt;b&gt;suurimman kävelymatkan&lt;/b&gt; (m, linnuntie x 1.3) ja &lt;b&gt;kävelynopeuden&lt;/b&gt; kanssa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: pysäkit (EPSG:4326) kentillä &lt;code&gt;dep_day&lt;/code&gt;, &lt;code&gt;dep_window&lt;/code&gt;, &lt;code&gt;hHH&lt;/code&gt;; ruudut kentillä &lt;code&gt;trips_day&lt;/code&gt;, &lt;code&gt;trips_window&lt;/code&gt;, &lt;code&gt;walk_min&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Per facility, the areas from which it is reached by public transport (walking included) within each time band, at a chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (50 = a typical departure, 90 = nearly any departure). Travel times are computed on a regular grid of origins (&lt;b&gt;grid spacing&lt;/b&gt;) and traced into band polygons. With a &lt;b&gt;population&lt;/b&gt; layer, each polygon gets the population of the features whose own travel time (same rules) is in the band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Palvelupisteittäin alueet, joilta palvelupiste saavutetaan joukkoliikenteellä (kävely mukaan lukien) kunkin aikavyöhykkeen sisällä, valitulla matka-ajan &lt;b&gt;persentiilillä&lt;/b&gt; lähtöaikaikkunan yli (50 = tavallinen lähtö, 90 = lähes mikä tahansa lähtö). Matka-ajat lasketaan säännöllisessä lähtöpaikkojen ruudukossa (&lt;b&gt;ruutuväli&lt;/b&gt;) ja niistä muodostetaan vyöhykepolygonit. &lt;b&gt;Väestötason&lt;/b&gt; kanssa kukin polygoni saa niiden kohteiden väestön, joiden oma matka-aika (samoin säännöin) osuu vyöhykkeeseen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and facility the chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (e.g. 50 = median). The per-facility times are cached for further scenarios.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Matka-ajat ovat GTFS-aineiston joukkoliikennematka-aikoja: jokaiselle ruudulle ja palvelupisteelle valittu matka-ajan &lt;b&gt;persentiili&lt;/b&gt; lähtöaikaikkunan yli (esim. 50 = mediaani). Palvelupistekohtaiset ajat tallennetaan välimuistiin seuraavia skenaarioita varten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and site the chosen &lt;b&gt;percentile&lt;/b&gt; of the travel time over the departure window (e.g. 50 = median).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Matka-ajat ovat GTFS-aineiston joukkoliikennematka-aikoja: jokaiselle ruudulle ja toimipisteelle valittu matka-ajan &lt;b&gt;persentiili&lt;/b&gt; lähtöaikaikkunan yli (esim. 50 = mediaani).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much service capacity per resident each population cell reaches, counting the competition of the other residents for the same sites: the floating catchment indices of PySAL &lt;i&gt;access&lt;/i&gt; 1.1.10, on road travel times from every site to every cell (searches start at the sites; only pairs within the maximum time are kept).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods&lt;/b&gt; (P&lt;sub&gt;i&lt;/sub&gt; population of cell i, S&lt;sub&gt;j&lt;/sub&gt; capacity of site j, d&lt;sub&gt;ij&lt;/sub&gt; minutes, W the weight, only pairs with d&lt;sub&gt;ij&lt;/sub&gt; &amp;le; the maximum time):&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt; (Luo &amp;amp; Wang 2003): R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), W = 1 unless a weight is chosen;&lt;br&gt;&lt;b&gt;E2SFCA&lt;/b&gt; (Luo &amp;amp; Qi 2009): the same with step weights, by default 10:1, 20:0.68, 30:0.22 (minutes:weight, a threshold includes its own minute, 0 beyond the last);&lt;br&gt;&lt;b&gt;3SFCA&lt;/b&gt; (Wan et al. 2012): W becomes G&lt;sub&gt;ij&lt;/sub&gt;W&lt;sub&gt;ij&lt;/sub&gt; with the selection weight G&lt;sub&gt;ij&lt;/sub&gt; = W&lt;sub&gt;ij&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt;W&lt;sub&gt;ik&lt;/sub&gt; over every site within the larger of the maximum time and the last step threshold (as PySAL on a cost table that long: G is taken before the maximum time); default steps 10:0.962, 20:0.704, 30:0.377, 60:0.042;&lt;br&gt;&lt;b&gt;Gravity potential&lt;/b&gt; (no competition, PySAL &lt;i&gt;weighted_catchment&lt;/i&gt;): A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;). 2SFCA with a gaussian or gravity weight and no maximum time is the competition gravity model.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weights&lt;/b&gt;: step (the &lt;b&gt;step weights&lt;/b&gt; text), gaussian W = exp(-d&amp;sup2;/2&amp;sigma;&amp;sup2;) (W(0) = 1), gravity W = (max(d, minimum)/scale)&lt;sup&gt;&amp;alpha;&lt;/sup&gt; (&amp;alpha; as given, e.g. -1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capacity field&lt;/b&gt;: one unit per run (doctor FTE, appointment hours per week, visits per year); without it each site counts 1. &lt;b&gt;Maximum travel time&lt;/b&gt;: 0 = every pair the roads connect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the population layer with &lt;code&gt;acc&lt;/code&gt; (capacity per resident reached), &lt;code&gt;acc_1000&lt;/code&gt; (per 1 000 residents), &lt;code&gt;acc_norm&lt;/code&gt; (acc divided by the population-weighted mean: 1.0 = the area&apos;s average) and &lt;code&gt;reached&lt;/code&gt; (1 when some site is within the maximum time at a positive weight; otherwise acc = 0, where PySAL gives NaN). The sites with &lt;code&gt;weighted_demand&lt;/code&gt; (&amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;W), &lt;code&gt;ratio&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt;; empty when no resident reaches the site, which then adds nothing), &lt;code&gt;ratio_norm&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt; / mean access) and &lt;code&gt;cells&lt;/code&gt; reaching it. A one-row run table: method, maximum time, weight, mode, mean access and the population with normalised access below 0.5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites to close&lt;/b&gt; (ids): the same index without them (their pairs left out): &lt;code&gt;acc_after&lt;/code&gt;, &lt;code&gt;acc_norm_after&lt;/code&gt; (divided by the mean &lt;i&gt;before&lt;/i&gt;, so before and after read on one scale), &lt;code&gt;d_acc&lt;/code&gt;, &lt;code&gt;reached_after&lt;/code&gt;; per site &lt;code&gt;open_after&lt;/code&gt; and &lt;code&gt;ratio_after&lt;/code&gt;; in the run table the mean after and the population below half the mean before, after the closure.&lt;/p&gt;&lt;p&gt;With W = 1 and every site reached, &amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma; S&lt;sub&gt;j&lt;/sub&gt;: capacity is shared out, not created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kuinka paljon palvelukapasiteettia asukasta kohden kukin väestöruutu saavuttaa, kun otetaan huomioon muiden asukkaiden kilpailu samoista toimipisteistä: PySAL &lt;i&gt;access&lt;/i&gt; 1.1.10 -kirjaston liukuvan vaikutusalueen (floating catchment) indeksit tieverkon matka-ajoilla jokaisesta toimipisteestä jokaiseen ruutuun (haut alkavat toimipisteistä; vain enimmäisajan sisällä olevat parit säilytetään).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Menetelmät&lt;/b&gt; (P&lt;sub&gt;i&lt;/sub&gt; ruudun i väestö, S&lt;sub&gt;j&lt;/sub&gt; toimipisteen j kapasiteetti, d&lt;sub&gt;ij&lt;/sub&gt; minuutit, W paino, vain parit, joilla d&lt;sub&gt;ij&lt;/sub&gt; &amp;le; enimmäisaika):&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt; (Luo &amp;amp; Wang 2003): R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;), W = 1, ellei painoa valita;&lt;br&gt;&lt;b&gt;E2SFCA&lt;/b&gt; (Luo &amp;amp; Qi 2009): sama porraspainoin, oletuksena 10:1, 20:0.68, 30:0.22 (minuutit:paino, raja sisältää oman minuuttinsa, 0 viimeisen jälkeen);&lt;br&gt;&lt;b&gt;3SFCA&lt;/b&gt; (Wan ym. 2012): W:stä tulee G&lt;sub&gt;ij&lt;/sub&gt;W&lt;sub&gt;ij&lt;/sub&gt;, jossa valintapaino G&lt;sub&gt;ij&lt;/sub&gt; = W&lt;sub&gt;ij&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt;W&lt;sub&gt;ik&lt;/sub&gt; kaikkien niiden toimipisteiden yli, jotka ovat enimmäisajan ja viimeisen porrasrajan suuremman sisällä (kuten PySAL niin pitkällä kustannustaulukolla: G otetaan ennen enimmäisaikaa); oletusportaat 10:0.962, 20:0.704, 30:0.377, 60:0.042;&lt;br&gt;&lt;b&gt;Gravitaatiopotentiaali&lt;/b&gt; (ei kilpailua, PySAL &lt;i&gt;weighted_catchment&lt;/i&gt;): A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;W(d&lt;sub&gt;ij&lt;/sub&gt;). 2SFCA gaussisella tai gravitaatiopainolla ilman enimmäisaikaa on kilpailun huomioiva gravitaatiomalli.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Painot&lt;/b&gt;: porras (&lt;b&gt;porraspainojen&lt;/b&gt; teksti), gaussinen W = exp(-d&amp;sup2;/2&amp;sigma;&amp;sup2;) (W(0) = 1), gravitaatio W = (max(d, minimi)/skaala)&lt;sup&gt;&amp;alpha;&lt;/sup&gt; (&amp;alpha; annetun mukaan, esim. -1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kapasiteettikenttä&lt;/b&gt;: yksi yksikkö ajoa kohden (lääkärin henkilötyövuodet, vastaanottotunnit viikossa, käynnit vuodessa); ilman sitä kukin toimipiste lasketaan 1:ksi. &lt;b&gt;Suurin matka-aika&lt;/b&gt;: 0 = kaikki parit, jotka tiet yhdistävät.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: väestötaso kentillä &lt;code&gt;acc&lt;/code&gt; (saavutettu kapasiteetti asukasta kohden), &lt;code&gt;acc_1000&lt;/code&gt; (1 000 asukasta kohden), &lt;code&gt;acc_norm&lt;/code&gt; (acc jaettuna väestöllä painotetulla keskiarvolla: 1.0 = alueen keskiarvo) ja &lt;code&gt;reached&lt;/code&gt; (1, kun jokin toimipiste on enimmäisajan sisällä positiivisella painolla; muuten acc = 0, missä PySAL antaa NaN). Toimipisteet kentillä &lt;code&gt;weighted_demand&lt;/code&gt; (&amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;W), &lt;code&gt;ratio&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt;; tyhjä, kun yksikään asukas ei saavuta toimipistettä, joka ei silloin lisää mitään), &lt;code&gt;ratio_norm&lt;/code&gt; (R&lt;sub&gt;j&lt;/sub&gt; / keskimääräinen saavutettavuus) ja sen saavuttavat &lt;code&gt;cells&lt;/code&gt;. Yksirivinen ajotaulukko: menetelmä, enimmäisaika, paino, kulkutapa, keskimääräinen saavutettavuus ja väestö, jonka normalisoitu saavutettavuus on alle 0.5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suljettavat toimipisteet&lt;/b&gt; (tunnukset): sama indeksi ilman niitä (niiden parit jätetään pois): &lt;code&gt;acc_after&lt;/code&gt;, &lt;code&gt;acc_norm_after&lt;/code&gt; (jaettuna keskiarvolla &lt;i&gt;ennen&lt;/i&gt;, joten ennen ja jälkeen luetaan samalla asteikolla), &lt;code&gt;d_acc&lt;/code&gt;, &lt;code&gt;reached_after&lt;/code&gt;; toimipisteittäin &lt;code&gt;open_after&lt;/code&gt; ja &lt;code&gt;ratio_after&lt;/code&gt;; ajotaulukossa keskiarvo sulkemisen jälkeen ja väestö, joka jää sulkemisen jälkeen alle puoleen aiemmasta keskiarvosta.&lt;/p&gt;&lt;p&gt;Kun W = 1 ja jokainen toimipiste saavutetaan, &amp;Sigma; P&lt;sub&gt;i&lt;/sub&gt;A&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma; S&lt;sub&gt;j&lt;/sub&gt;: kapasiteetti jaetaan, sitä ei synny lisää.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Travel times are public transport times from GTFS: for every cell and site the chosen &lt;b&gt;percentile&lt;/b&gt; of the door-to-door time over the departure window (50 = median; waiting at the origin and walks included), one timetable profile per site. Pairs slower than the maximum trip time count as not connected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Matka-ajat ovat GTFS-aineiston joukkoliikennematka-aikoja: jokaiselle ruudulle ja toimipisteelle valittu ovelta ovelle -ajan &lt;b&gt;persentiili&lt;/b&gt; lähtöaikaikkunan yli (50 = mediaani; odotus lähtöpaikassa ja kävelyt mukaan lukien), yksi aikatauluprofiili toimipistettä kohden. Suurinta matka-aikaa hitaammat parit lasketaan yhteydettömiksi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A health bus, mobile dental or laboratory unit: what its timetable gives a year, whether each day&apos;s route fits the shift, and who lives near its stops.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mobile stops&lt;/b&gt; (points): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;unit_id&lt;/code&gt;. &lt;b&gt;Mobile units&lt;/b&gt; (table): &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;base_id&lt;/code&gt; (depot), &lt;code&gt;visits_per_hour&lt;/code&gt;, &lt;code&gt;staff_per_shift&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;setup_min&lt;/code&gt;. &lt;b&gt;Depots&lt;/b&gt; (points, &lt;code&gt;base_id&lt;/code&gt;). &lt;b&gt;Stop schedule&lt;/b&gt; (table, like a GTFS calendar): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;weekday&lt;/code&gt; (1 Monday ... 7 Sunday), &lt;code&gt;time_start&lt;/code&gt;, &lt;code&gt;time_end&lt;/code&gt; (HH:MM), &lt;code&gt;period_weeks&lt;/code&gt; (1 weekly, 2 every other week...), &lt;code&gt;first_date&lt;/code&gt; (must fall on the weekday), &lt;code&gt;valid_from&lt;/code&gt; (empty = first date), &lt;code&gt;valid_to&lt;/code&gt;, &lt;code&gt;route_day_id&lt;/code&gt; and &lt;code&gt;seq&lt;/code&gt; (order on that route day). Optional &lt;b&gt;holidays&lt;/b&gt; table with a &lt;code&gt;date&lt;/code&gt; field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per stop&lt;/b&gt;: service dates = first_date + k x 7 x period_weeks up to valid_to, from valid_from, minus holidays, in the &lt;b&gt;year&lt;/b&gt;: &lt;code&gt;n_visits_y&lt;/code&gt;; &lt;code&gt;hours_y&lt;/code&gt; = visits x (open minutes - setup) / 60; &lt;code&gt;capacity_y&lt;/code&gt; = hours x visits per hour; &lt;code&gt;staff_hours_y&lt;/code&gt; = hours x staff; &lt;code&gt;interval_days&lt;/code&gt; = 7 x period (with several timetable rows: 1 / their visits per day) and &lt;code&gt;expected_wait_days&lt;/code&gt; = half of it (a need arising at a random time waits on average half an interval); &lt;code&gt;pop_cov&lt;/code&gt; / &lt;code&gt;pop75_cov&lt;/code&gt; = population of the cells within the &lt;b&gt;coverage time&lt;/b&gt; of a stop, each cell counted once, for its nearest stop; &lt;code&gt;capacity_per_1000_cov&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per route day&lt;/b&gt;: depot -&gt; stops in seq order -&gt; depot by road: &lt;code&gt;drive_min&lt;/code&gt;, &lt;code&gt;route_km&lt;/code&gt;, T_day = drive + the stops&apos; opening minutes (&lt;code&gt;t_day_min&lt;/code&gt;), &lt;code&gt;slack_min&lt;/code&gt; = shift - T_day; &lt;code&gt;route_ok&lt;/code&gt; = 1 when T_day fits the shift and, leaving each stop at its closing time, the unit reaches the next stop by its opening time (&lt;code&gt;late&lt;/code&gt; lists the stops it would reach late).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per cell&lt;/b&gt;: &lt;code&gt;mobile_stop&lt;/code&gt; and &lt;code&gt;mobile_min&lt;/code&gt; (nearest stop within the coverage time, else empty), &lt;code&gt;mobile_interval_days&lt;/code&gt;. With &lt;b&gt;fixed sites&lt;/b&gt; and their &lt;b&gt;annual service hours&lt;/b&gt; field, the 2SFCA index (maximum time = &lt;b&gt;accessibility time&lt;/b&gt;) is run on annual staffed hours with and without the stops (a stop&apos;s supply = staff_hours_y): &lt;code&gt;acc_fixed&lt;/code&gt;, &lt;code&gt;acc_with_mobile&lt;/code&gt; and &lt;code&gt;dA_mobile&lt;/code&gt; (hours per resident a year).&lt;/p&gt;&lt;p&gt;The route days and the coverage both use the chosen &lt;b&gt;travel mode&lt;/b&gt; (car: residents&apos; time to a stop is also by car; run again with walking for a walking catchment).&lt;/p&gt;&lt;p&gt;Bad input (impossible times, a first date on the wrong weekday, one unit at two stops at once, a stop without a unit, negative capacities) stops the run with the table, row and value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Terveysbussi, liikkuva hammashoitola tai laboratorioyksikkö: mitä sen aikataulu tuottaa vuodessa, mahtuuko kunkin päivän reitti työvuoroon ja ketkä asuvat sen pysäkkien lähellä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Liikkuvan palvelun pysäkit&lt;/b&gt; (pisteet): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;unit_id&lt;/code&gt;. &lt;b&gt;Liikkuvat yksiköt&lt;/b&gt; (taulukko): &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;base_id&lt;/code&gt; (varikko), &lt;code&gt;visits_per_hour&lt;/code&gt;, &lt;code&gt;staff_per_shift&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;setup_min&lt;/code&gt;. &lt;b&gt;Varikot&lt;/b&gt; (pisteet, &lt;code&gt;base_id&lt;/code&gt;). &lt;b&gt;Pysäkkiaikataulu&lt;/b&gt; (taulukko, kuten GTFS-kalenteri): &lt;code&gt;stop_id&lt;/code&gt;, &lt;code&gt;weekday&lt;/code&gt; (1 maanantai ... 7 sunnuntai), &lt;code&gt;time_start&lt;/code&gt;, &lt;code&gt;time_end&lt;/code&gt; (HH:MM), &lt;code&gt;period_weeks&lt;/code&gt; (1 viikoittain, 2 joka toinen viikko...), &lt;code&gt;first_date&lt;/code&gt; (oltava kyseinen viikonpäivä), &lt;code&gt;valid_from&lt;/code&gt; (tyhjä = ensimmäinen päivä), &lt;code&gt;valid_to&lt;/code&gt;, &lt;code&gt;route_day_id&lt;/code&gt; ja &lt;code&gt;seq&lt;/code&gt; (järjestys kyseisenä reittipäivänä). Valinnainen &lt;b&gt;vapaapäivien&lt;/b&gt; taulukko, jossa on &lt;code&gt;date&lt;/code&gt;-kenttä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pysäkeittäin&lt;/b&gt;: palvelupäivät = first_date + k x 7 x period_weeks arvoon valid_to asti, arvosta valid_from alkaen, vapaapäivät pois lukien, &lt;b&gt;vuoden&lt;/b&gt; aikana: &lt;code&gt;n_visits_y&lt;/code&gt;; &lt;code&gt;hours_y&lt;/code&gt; = käynnit x (aukiolominuutit - valmisteluaika) / 60; &lt;code&gt;capacity_y&lt;/code&gt; = tunnit x käynnit tunnissa; &lt;code&gt;staff_hours_y&lt;/code&gt; = tunnit x henkilöstö; &lt;code&gt;interval_days&lt;/code&gt; = 7 x jakso (useilla aikataulun riveillä: 1 / niiden käynnit päivässä) ja &lt;code&gt;expected_wait_days&lt;/code&gt; = puolet siitä (satunnaisella hetkellä syntyvä tarve odottaa keskimäärin puolet välistä); &lt;code&gt;pop_cov&lt;/code&gt; / &lt;code&gt;pop75_cov&lt;/code&gt; = pysäkin &lt;b&gt;kattavuusajan&lt;/b&gt; sisällä olevien ruutujen väestö, kukin ruutu kerran, lähimmälle pysäkilleen; &lt;code&gt;capacity_per_1000_cov&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reittipäivittäin&lt;/b&gt;: varikko -&gt; pysäkit seq-järjestyksessä -&gt; varikko tieverkkoa pitkin: &lt;code&gt;drive_min&lt;/code&gt;, &lt;code&gt;route_km&lt;/code&gt;, T_päivä = ajo + pysäkkien aukiolominuutit (&lt;code&gt;t_day_min&lt;/code&gt;), &lt;code&gt;slack_min&lt;/code&gt; = työvuoro - T_päivä; &lt;code&gt;route_ok&lt;/code&gt; = 1, kun T_päivä mahtuu työvuoroon ja yksikkö ehtii, kun se lähtee kultakin pysäkiltä sen sulkemisaikaan, seuraavalle pysäkille sen avautumisaikaan mennessä (&lt;code&gt;late&lt;/code&gt; luettelee pysäkit, joille se myöhästyisi).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ruuduittain&lt;/b&gt;: &lt;code&gt;mobile_stop&lt;/code&gt; ja &lt;code&gt;mobile_min&lt;/code&gt; (lähin pysäkki kattavuusajan sisällä, muuten tyhjä), &lt;code&gt;mobile_interval_days&lt;/code&gt;. Kun annetaan &lt;b&gt;kiinteät toimipisteet&lt;/b&gt; ja niiden &lt;b&gt;vuotuisten palvelutuntien&lt;/b&gt; kenttä, 2SFCA-indeksi (enimmäisaika = &lt;b&gt;saavutettavuusaika&lt;/b&gt;) ajetaan vuotuisilla henkilöstötunneilla pysäkkien kanssa ja ilman (pysäkin tarjonta = staff_hours_y): &lt;code&gt;acc_fixed&lt;/code&gt;, &lt;code&gt;acc_with_mobile&lt;/code&gt; ja &lt;code&gt;dA_mobile&lt;/code&gt; (tunteja asukasta kohden vuodessa).&lt;/p&gt;&lt;p&gt;Reittipäivät ja kattavuus käyttävät molemmat valittua &lt;b&gt;kulkutapaa&lt;/b&gt; (auto: myös asukkaiden aika pysäkille lasketaan autolla; aja uudelleen kävellen kävelyn vaikutusaluetta varten).&lt;/p&gt;&lt;p&gt;Virheellinen syöte (mahdottomat ajat, väärälle viikonpäivälle osuva ensimmäinen päivä, sama yksikkö kahdella pysäkillä yhtä aikaa, pysäkki ilman yksikköä, negatiiviset kapasiteetit) keskeyttää ajon ja kertoo taulukon, rivin ja arvon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much of home-care staff time goes to driving from each base, how many FTE are needed, and what changes when bases close.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Home-care bases&lt;/b&gt; (points): &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;vehicle_cost_per_km&lt;/code&gt;. &lt;b&gt;Demand grid&lt;/b&gt; (aggregate cells, no client points): &lt;code&gt;clients&lt;/code&gt;, &lt;code&gt;visits_per_week&lt;/code&gt;, &lt;code&gt;mean_visit_min&lt;/code&gt;, &lt;code&gt;share_two_staff&lt;/code&gt; (0-1). Without a &lt;code&gt;clients&lt;/code&gt; field give the &lt;b&gt;coverage by age group&lt;/b&gt; (field=share, e.g. &lt;code&gt;ika_75_84=0.1,ika_85_=0.3&lt;/code&gt;): clients = &amp;Sigma; persons x share, visits = clients x 9 a week and 29.6 min a visit (THL time study: about 9 visits and 38 min of care a day per client), one carer.&lt;/p&gt;&lt;p&gt;Each cell goes to its nearest base by road (from the base), or to the base of its &lt;b&gt;care area field&lt;/b&gt; when given (an empty value: the nearest base; when that base closes, the nearest open one). &lt;b&gt;Star&lt;/b&gt;: a visit costs the round trip, &amp;tau; = 2 t(base, cell). &lt;b&gt;Route&lt;/b&gt; (default): the weekly visits are spread evenly over 7 days; per base and day they are chained nearest-neighbour into routes of at most the shift (drive + care), each improved by 2-opt; &amp;tau; = route drive / visits on it (a cell with under half a visit a week uses the star figure).&lt;/p&gt;&lt;p&gt;Per base: weekly staff minutes M = &amp;Sigma; v (1 + two)(visit min + &amp;tau;) (both carers drive and care when two are needed): &lt;code&gt;care_min_wk&lt;/code&gt;, &lt;code&gt;drive_min_wk&lt;/code&gt;, &lt;code&gt;drive_share&lt;/code&gt; = drive / M, &lt;code&gt;direct_share&lt;/code&gt; = 1 - drive share - indirect share, &lt;code&gt;fte_needed&lt;/code&gt; = 52 M / 60 / (productive hours per FTE-year x (1 - indirect share)), &lt;code&gt;km_year&lt;/code&gt; = 52 x weekly km (routes, or 2 x distance x visits for star), &lt;code&gt;vehicle_cost_year&lt;/code&gt;. Per cell: &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;drive_min_oneway&lt;/code&gt;, &lt;code&gt;tau_min&lt;/code&gt;. &lt;b&gt;Bases to close&lt;/b&gt; (ids, comma separated): the same run without them, and a comparison table per base (before, after, change; last row the total).&lt;/p&gt;&lt;p&gt;Plausibility (THL Aikamittaus 2022): client-facing share 36-56 % by unit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kuinka suuri osa kotihoidon henkilöstön ajasta kuluu ajamiseen kustakin tukikohdasta, montako henkilötyövuotta tarvitaan ja mikä muuttuu, kun tukikohtia suljetaan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kotihoidon tukikohdat&lt;/b&gt; (pisteet): &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;shift_min&lt;/code&gt;, &lt;code&gt;vehicle_cost_per_km&lt;/code&gt;. &lt;b&gt;Kysyntäruudukko&lt;/b&gt; (kootut ruudut, ei asiakaspisteitä): &lt;code&gt;clients&lt;/code&gt;, &lt;code&gt;visits_per_week&lt;/code&gt;, &lt;code&gt;mean_visit_min&lt;/code&gt;, &lt;code&gt;share_two_staff&lt;/code&gt; (0-1). Ilman &lt;code&gt;clients&lt;/code&gt;-kenttää anna &lt;b&gt;kattavuus ikäryhmittäin&lt;/b&gt; (kenttä=osuus, esim. &lt;code&gt;ika_75_84=0.1,ika_85_=0.3&lt;/code&gt;): asiakkaat = &amp;Sigma; henkilöt x osuus, käynnit = asiakkaat x 9 viikossa ja 29.6 min käyntiä kohden (THL:n aikamittaus: noin 9 käyntiä ja 38 min hoitoa päivässä asiakasta kohden), yksi hoitaja.&lt;/p&gt;&lt;p&gt;Kukin ruutu kuuluu tieverkkoa pitkin lähimpään tukikohtaan (tukikohdasta laskettuna) tai &lt;b&gt;hoitoaluekentän&lt;/b&gt; tukikohtaan, kun se annetaan (tyhjä arvo: lähin tukikohta; kun tämä tukikohta suljetaan, lähin avoinna oleva). &lt;b&gt;Tähti&lt;/b&gt;: käynti maksaa edestakaisen matkan, &amp;tau; = 2 t(tukikohta, ruutu). &lt;b&gt;Reitti&lt;/b&gt; (oletus): viikon käynnit jaetaan tasan 7 päivälle; tukikohdittain ja päivittäin ne ketjutetaan lähimmän naapurin menetelmällä enintään työvuoron mittaisiksi reiteiksi (ajo + hoito), ja kukin reitti parannetaan 2-opt-menetelmällä; &amp;tau; = reitin ajoaika / sen käynnit (ruutu, jossa on alle puoli käyntiä viikossa, käyttää tähden lukua).&lt;/p&gt;&lt;p&gt;Tukikohdittain: viikoittaiset henkilöstöminuutit M = &amp;Sigma; v (1 + kaksi)(käynnin min + &amp;tau;) (molemmat hoitajat ajavat ja hoitavat, kun tarvitaan kaksi): &lt;code&gt;care_min_wk&lt;/code&gt;, &lt;code&gt;drive_min_wk&lt;/code&gt;, &lt;code&gt;drive_share&lt;/code&gt; = ajo / M, &lt;code&gt;direct_share&lt;/code&gt; = 1 - ajon osuus - välillisen työn osuus, &lt;code&gt;fte_needed&lt;/code&gt; = 52 M / 60 / (tuottavat tunnit henkilötyövuotta kohden x (1 - välillisen työn osuus)), &lt;code&gt;km_year&lt;/code&gt; = 52 x viikon kilometrit (reitit, tai tähdelle 2 x etäisyys x käynnit), &lt;code&gt;vehicle_cost_year&lt;/code&gt;. Ruuduittain: &lt;code&gt;base_id&lt;/code&gt;, &lt;code&gt;drive_min_oneway&lt;/code&gt;, &lt;code&gt;tau_min&lt;/code&gt;. &lt;b&gt;Suljettavat tukikohdat&lt;/b&gt; (tunnukset pilkuin eroteltuina): sama ajo ilman niitä sekä vertailutaulukko tukikohdittain (ennen, jälkeen, muutos; viimeisellä rivillä yhteensä).&lt;/p&gt;&lt;p&gt;Uskottavuus (THL Aikamittaus 2022): asiakkaan kanssa vietetyn ajan osuus 36-56 % yksiköstä riippuen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where remote services can realistically replace a trip, given connections and age, and how much physical demand that removes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population grid&lt;/b&gt; with a &lt;b&gt;grid id field&lt;/b&gt; and persons per age group. &lt;b&gt;Broadband table&lt;/b&gt; (Traficom-style, per grid cell): &lt;code&gt;grid_id&lt;/code&gt;, &lt;code&gt;hh_total&lt;/code&gt;, &lt;code&gt;hh_fixed_100M&lt;/code&gt; (households with &amp;ge; 100 Mbit/s fixed availability), &lt;code&gt;mob_cov&lt;/code&gt; (0-1). A cell without a row is an error unless a &lt;b&gt;default connectivity&lt;/b&gt; is given (e.g. the municipal household share when only municipal figures exist); such cells get &lt;code&gt;bb_source&lt;/code&gt; = default.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Digital readiness&lt;/b&gt; (age field=share using the internet, e.g. &lt;code&gt;ika_15_64=0.98,ika_65_74=0.78,ika_75_=0.40&lt;/code&gt;; Statistics Finland ICT use survey) and &lt;b&gt;remote share&lt;/b&gt; per service type (e.g. &lt;code&gt;gp=0.3,nurse=0.2&lt;/code&gt;; the share of visits clinically fit for remote care).&lt;/p&gt;&lt;p&gt;Connectivity b = hh_fixed_100M / hh_total (&lt;i&gt;fixed&lt;/i&gt;; 0 without households), mob_cov (&lt;i&gt;mobile&lt;/i&gt;) or the larger (&lt;i&gt;max&lt;/i&gt;). Per cell and service k: &lt;code&gt;sigma_k&lt;/code&gt; = s&lt;sub&gt;k&lt;/sub&gt; b &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt;/P) r&lt;sub&gt;a&lt;/sub&gt;; &lt;code&gt;demand_phys_k&lt;/code&gt; = demand x (1 - sigma_k) (demand = the &lt;b&gt;demand field&lt;/b&gt;, else the persons of the age fields): the input for the accessibility index; &lt;code&gt;dig_excluded&lt;/code&gt; = &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; P&lt;sub&gt;a&lt;/sub&gt; (1 - r&lt;sub&gt;a&lt;/sub&gt; b), persons unlikely to use remote care, and &lt;code&gt;dig_excl_share&lt;/code&gt; of the cell&apos;s persons. The county table gives, per service, the visits shifted a year (visits field x sigma), one-way trips avoided (2 per visit) and the excluded persons in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Missä etäpalvelut voivat realistisesti korvata matkan yhteyksien ja iän perusteella, ja kuinka paljon fyysistä kysyntää se poistaa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Väestöruudukko&lt;/b&gt;, jossa on &lt;b&gt;ruudun tunnuskenttä&lt;/b&gt; ja henkilöt ikäryhmittäin. &lt;b&gt;Laajakaistataulukko&lt;/b&gt; (Traficomin tyyppinen, ruuduittain): &lt;code&gt;grid_id&lt;/code&gt;, &lt;code&gt;hh_total&lt;/code&gt;, &lt;code&gt;hh_fixed_100M&lt;/code&gt; (kotitaloudet, joilla on saatavilla &amp;ge; 100 Mbit/s kiinteä yhteys), &lt;code&gt;mob_cov&lt;/code&gt; (0-1). Ruutu ilman riviä on virhe, ellei &lt;b&gt;oletusyhteyttä&lt;/b&gt; anneta (esim. kunnan kotitalousosuus, kun on vain kuntatason lukuja); tällaiset ruudut saavat &lt;code&gt;bb_source&lt;/code&gt; = default.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Digivalmius&lt;/b&gt; (ikäkenttä=internetiä käyttävien osuus, esim. &lt;code&gt;ika_15_64=0.98,ika_65_74=0.78,ika_75_=0.40&lt;/code&gt;; Tilastokeskuksen tieto- ja viestintätekniikan käyttötutkimus) ja &lt;b&gt;etäpalvelun osuus&lt;/b&gt; palvelutyypeittäin (esim. &lt;code&gt;gp=0.3,nurse=0.2&lt;/code&gt;; kliinisesti etähoitoon soveltuvien käyntien osuus).&lt;/p&gt;&lt;p&gt;Yhteys b = hh_fixed_100M / hh_total (&lt;i&gt;kiinteä&lt;/i&gt;; 0 ilman kotitalouksia), mob_cov (&lt;i&gt;mobiili&lt;/i&gt;) tai suurempi näistä (&lt;i&gt;max&lt;/i&gt;). Ruuduittain ja palveluittain k: &lt;code&gt;sigma_k&lt;/code&gt; = s&lt;sub&gt;k&lt;/sub&gt; b &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt;/P) r&lt;sub&gt;a&lt;/sub&gt;; &lt;code&gt;demand_phys_k&lt;/code&gt; = kysyntä x (1 - sigma_k) (kysyntä = &lt;b&gt;kysyntäkenttä&lt;/b&gt;, muuten ikäkenttien henkilöt): syöte saavutettavuusindeksille; &lt;code&gt;dig_excluded&lt;/code&gt; = &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; P&lt;sub&gt;a&lt;/sub&gt; (1 - r&lt;sub&gt;a&lt;/sub&gt; b), henkilöt, jotka tuskin käyttävät etäpalveluja, ja &lt;code&gt;dig_excl_share&lt;/code&gt; ruudun henkilöistä. Hyvinvointialueen taulukko antaa palveluittain vuodessa siirtyvät käynnit (käyntikenttä x sigma), vältetyt yhdensuuntaiset matkat (2 käyntiä kohden) ja syrjään jäävät henkilöt yhteensä.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a closure, who is still served, and by which channel: the fixed sites, a mobile stop or remote (digital) service.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cells&lt;/b&gt;: one layer with the minutes to the nearest fixed site &lt;b&gt;before&lt;/b&gt; and &lt;b&gt;after&lt;/b&gt; (e.g. &lt;code&gt;min_before&lt;/code&gt; / &lt;code&gt;min_after&lt;/code&gt; of the Facility closure impact), optionally the minutes to the nearest &lt;b&gt;mobile stop&lt;/b&gt; (&lt;code&gt;mobile_min&lt;/code&gt; of Mobile service units; empty = none within its coverage time) and the &lt;b&gt;remote share&lt;/b&gt; (&lt;code&gt;sigma_&amp;lt;service&amp;gt;&lt;/code&gt; of the Digital channel). Run those algorithms one after the other on the same cells: each adds its fields to the layer it is given.&lt;/p&gt;&lt;p&gt;A cell is served by the fixed channel within the &lt;b&gt;fixed-site limit&lt;/b&gt;, by the mobile channel within the &lt;b&gt;mobile limit&lt;/b&gt;, digitally when its remote share is above 0; &lt;code&gt;best_before&lt;/code&gt; / &lt;code&gt;best_after&lt;/code&gt; is the first of fixed, mobile, digital that serves it, else none. &lt;code&gt;lost_fixed&lt;/code&gt; = 1 when the closure takes its fixed site beyond the limit; &lt;code&gt;comp_mobile&lt;/code&gt; = 1 when a mobile stop serves such a cell; &lt;code&gt;comp_remote&lt;/code&gt; = the remote share of a lost cell the bus does not serve.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt;: population losing the fixed site; of whom near a mobile stop; of the rest, demand that can go remote (persons x remote share); left uncompensated; each also as a share of the lost; and the population by best channel before and after.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sulkemisen jälkeen: ketkä saavat yhä palvelua ja minkä kanavan kautta: kiinteät toimipisteet, liikkuvan palvelun pysäkki vai etäpalvelu (sähköinen palvelu).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ruudut&lt;/b&gt;: yksi taso, jossa on minuutit lähimpään kiinteään toimipisteeseen &lt;b&gt;ennen&lt;/b&gt; ja &lt;b&gt;jälkeen&lt;/b&gt; (esim. Palvelupisteen sulkemisen vaikutukset -algoritmin &lt;code&gt;min_before&lt;/code&gt; / &lt;code&gt;min_after&lt;/code&gt;), valinnaisesti minuutit lähimmälle &lt;b&gt;liikkuvan palvelun pysäkille&lt;/b&gt; (Liikkuvat palveluyksiköt -algoritmin &lt;code&gt;mobile_min&lt;/code&gt;; tyhjä = ei pysäkkiä sen kattavuusajan sisällä) ja &lt;b&gt;etäpalvelun osuus&lt;/b&gt; (Sähköinen kanava -algoritmin &lt;code&gt;sigma_&amp;lt;service&amp;gt;&lt;/code&gt;). Aja nämä algoritmit peräkkäin samoille ruuduille: kukin lisää kenttänsä sille annettuun tasoon.&lt;/p&gt;&lt;p&gt;Ruutua palvelee kiinteä kanava &lt;b&gt;kiinteän toimipisteen aikarajan&lt;/b&gt; sisällä, liikkuva kanava &lt;b&gt;liikkuvan palvelun aikarajan&lt;/b&gt; sisällä ja sähköinen kanava, kun sen etäpalvelun osuus on yli 0; &lt;code&gt;best_before&lt;/code&gt; / &lt;code&gt;best_after&lt;/code&gt; on ensimmäinen ruutua palveleva kanavista kiinteä, liikkuva, sähköinen, muuten ei mikään. &lt;code&gt;lost_fixed&lt;/code&gt; = 1, kun sulkeminen vie kiinteän toimipisteen aikarajan ulkopuolelle; &lt;code&gt;comp_mobile&lt;/code&gt; = 1, kun liikkuvan palvelun pysäkki palvelee tällaista ruutua; &lt;code&gt;comp_remote&lt;/code&gt; = sellaisen menetetyn ruudun etäpalvelun osuus, jota bussi ei palvele.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Yhteenveto&lt;/b&gt;: kiinteän toimipisteen menettävä väestö; heistä liikkuvan palvelun pysäkin lähellä olevat; muiden osalta etäpalveluksi siirtyvä kysyntä (henkilöt x etäpalvelun osuus); ilman korvaavaa palvelua jäävät; kukin myös osuutena menetetyistä; sekä väestö parhaan kanavan mukaan ennen ja jälkeen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Projects a population grid by age to target years (e.g. 2025-2030) with a municipal population projection, so that demand can be judged for the year a decision takes effect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population grid&lt;/b&gt;: Statistics Finland's grid as published (1 km or 250 m; &lt;code&gt;vaesto&lt;/code&gt; and age fields &lt;code&gt;ika_0_14&lt;/code&gt;, &lt;code&gt;ika_15_64&lt;/code&gt;, &lt;code&gt;ika_65_&lt;/code&gt;, or finer ones named &lt;code&gt;ika_LO_HI&lt;/code&gt;). Cells with fewer than 10 residents have their age fields masked as -1: they get the cell's total spread by the municipality's age shares of the base year; a -1 is never counted as a person. Each cell belongs to a municipality: a &lt;b&gt;municipality field&lt;/b&gt; of the grid (codes such as &lt;code&gt;091&lt;/code&gt;) or a &lt;b&gt;municipality layer&lt;/b&gt; (polygons, code field) that contains the cell's centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Projection table&lt;/b&gt;: Statistics Finland's projection by municipality and single year of age (table 14wx exported from PxWeb: columns Alue, Ikä, Sukupuoli, Vuosi and the population; English headers municipality, age, year, population work too). Only the both-sexes rows are used. The &lt;b&gt;base year&lt;/b&gt; must be in it (the grid's year) as well as every target year.&lt;/p&gt;&lt;p&gt;What is computed, per cell, age group and year T: the grid's groups, with 65+ split into 65-74, 75-84 and 85+ by the municipality's shares of the base year; then P(T) = P(base) x projection(municipality, group, T) / projection(municipality, group, base). With &lt;b&gt;rake&lt;/b&gt; on (default; for grids covering whole municipalities) the cells are scaled so that each municipality's grid sum equals the projection exactly; switch it off when the grid covers only part of a municipality. &lt;b&gt;Use rates&lt;/b&gt; (visits per person and year by group, e.g. &lt;code&gt;0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9&lt;/code&gt;) give the need-weighted demand &lt;code&gt;need_YEAR&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the grid with &lt;code&gt;pop_GROUP_YEAR&lt;/code&gt; (expected persons, not rounded) and &lt;code&gt;need_YEAR&lt;/code&gt;; a check table per municipality, group and year with the grid's base sum, the municipality's base population, the grid's projected sum and the projection (the difference is 0 after raking).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ennustaa ikäryhmittäisen väestöruudukon tavoitevuosille (esim. 2025-2030) kuntakohtaisella väestöennusteella, jotta kysyntää voidaan arvioida sille vuodelle, jona päätös tulee voimaan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Väestöruudukko&lt;/b&gt;: Tilastokeskuksen ruutuaineisto julkaistussa muodossa (1 km tai 250 m; &lt;code&gt;vaesto&lt;/code&gt; ja ikäkentät &lt;code&gt;ika_0_14&lt;/code&gt;, &lt;code&gt;ika_15_64&lt;/code&gt;, &lt;code&gt;ika_65_&lt;/code&gt; tai tarkemmat, nimeltään &lt;code&gt;ika_LO_HI&lt;/code&gt;). Alle 10 asukkaan ruutujen ikäkentät on peitetty arvolla -1: niille jaetaan ruudun kokonaisväestö kunnan perusvuoden ikäosuuksilla; arvoa -1 ei koskaan lasketa henkilöksi. Kukin ruutu kuuluu kuntaan: ruudukon &lt;b&gt;kuntakenttä&lt;/b&gt; (koodit kuten &lt;code&gt;091&lt;/code&gt;) tai &lt;b&gt;kuntataso&lt;/b&gt; (polygonit, koodikenttä), jonka sisällä ruudun keskipiste on.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ennustetaulukko&lt;/b&gt;: Tilastokeskuksen ennuste kunnittain ja yksivuotisikäryhmittäin (PxWebistä viety taulukko 14wx: sarakkeet Alue, Ikä, Sukupuoli, Vuosi ja väkiluku; myös englanninkieliset otsikot municipality, age, year, population käyvät). Vain molempien sukupuolten rivejä käytetään. Taulukossa on oltava &lt;b&gt;perusvuosi&lt;/b&gt; (ruudukon vuosi) sekä jokainen tavoitevuosi.&lt;/p&gt;&lt;p&gt;Mitä lasketaan ruuduittain, ikäryhmittäin ja vuosittain T: ruudukon ryhmät, joissa 65+ jaetaan ryhmiin 65-74, 75-84 ja 85+ kunnan perusvuoden osuuksilla; sitten P(T) = P(perus) x ennuste(kunta, ryhmä, T) / ennuste(kunta, ryhmä, perus). Kun &lt;b&gt;sovitus&lt;/b&gt; on päällä (oletus; kokonaisia kuntia kattaville ruudukoille), ruudut skaalataan niin, että kunkin kunnan ruudukkosumma on täsmälleen ennusteen suuruinen; kytke se pois, kun ruudukko kattaa vain osan kunnasta. &lt;b&gt;Käyttöasteet&lt;/b&gt; (käyntiä henkeä kohden vuodessa ryhmittäin, esim. &lt;code&gt;0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9&lt;/code&gt;) antavat tarvepainotetun kysynnän &lt;code&gt;need_YEAR&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: ruudukko kentillä &lt;code&gt;pop_GROUP_YEAR&lt;/code&gt; (odotetut henkilöt, pyöristämättä) ja &lt;code&gt;need_YEAR&lt;/code&gt;; tarkistustaulukko kunnittain, ryhmittäin ja vuosittain, jossa on ruudukon perussumma, kunnan perusväestö, ruudukon ennustettu summa ja ennuste (ero on 0 sovituksen jälkeen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What a network scenario costs per year, for the county and for its clients (with Kela&apos;s share of their travel), and the net present value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Site costs&lt;/b&gt; (table, one row per site): &lt;code&gt;site_id&lt;/code&gt;, and any of &lt;code&gt;owned&lt;/code&gt;, &lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;lease_end&lt;/code&gt;, &lt;code&gt;notice_months&lt;/code&gt;, &lt;code&gt;renewal_rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;, &lt;code&gt;repair_backlog_eur&lt;/code&gt;, &lt;code&gt;invest_year&lt;/code&gt;, &lt;code&gt;residual_value_eur&lt;/code&gt;. Dates as 2027-06-30 or 30.6.2027. &lt;b&gt;Scenario&lt;/b&gt; (table): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;action&lt;/code&gt; (keep, close or open; a move is a close and an open), &lt;code&gt;effective_date&lt;/code&gt; and optionally &lt;code&gt;exit_cost_eur&lt;/code&gt;; without it every site is kept. Sites to be opened are rows of the site costs too.&lt;/p&gt;&lt;p&gt;What is computed: a site is active from its opening to its closing; a day counts 1/(12 x days of its month) of an annual amount, so a whole month is a twelfth. A closure takes effect at the later of its date and the lease end (fixed-term lease), after the notice period (open-ended lease, no lease end) or on its date (owned sites, or when an exit cost is given: it falls in that year). After a kept site&apos;s lease end the renewal rent applies (the old rent when none is given). Operating costs = m2 x opex per m2 while active. The repair backlog falls in its investment year if the site is active on 1 January of that year. &lt;b&gt;Staff&lt;/b&gt; (table: &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;, &lt;code&gt;eur_per_fte_year&lt;/code&gt;): while a site is active; the staff of a closed site move with its clients and their cost goes on. &lt;b&gt;Mobile units&lt;/b&gt; (table: &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;vehicle_eur_year&lt;/code&gt;, &lt;code&gt;fixed_eur_year&lt;/code&gt;, &lt;code&gt;eur_per_km&lt;/code&gt;, &lt;code&gt;km_year&lt;/code&gt;, &lt;code&gt;staff_eur_year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Client travel&lt;/b&gt; (optional layer, e.g. the closure impact&apos;s cells): population and one-way distance in km to the site used, and visits per person and year. Each visit is two one-way trips at Kela&apos;s own-car rate per km (the cheapest mode), split per person and year: the client pays min(trips x min(trip cost, deductible), annual ceiling), Kela the rest; cells that reach no site are left out. Tariffs come from the &lt;b&gt;parameter table&lt;/b&gt; (&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;value&lt;/code&gt;, &lt;code&gt;valid_from&lt;/code&gt;: &lt;code&gt;kela_deductible&lt;/code&gt;, &lt;code&gt;kela_ceiling&lt;/code&gt;, &lt;code&gt;car_eur_per_km&lt;/code&gt;), the values in force on 1 July of each year; the bundled table (resources/parameters/finland.csv) holds Kela&apos;s tariffs with sources.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NPV&lt;/b&gt; = sum over the years of cost / (1 + r)^(year - first year) less the residual value of the sites active at the end, discounted from the last year; the county view counts county costs, the societal view adds clients&apos; and Kela&apos;s travel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: yearly table (rent, opex, invest, exit, staff, mobile, client_travel, kela_travel, county_total, societal_total), the same per site, and the NPV of both views.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mitä verkkoskenaario maksaa vuosittain hyvinvointialueelle ja sen asiakkaille (Kelan osuus heidän matkoistaan mukaan lukien), sekä nykyarvo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toimipisteiden kustannukset&lt;/b&gt; (taulukko, yksi rivi toimipistettä kohden): &lt;code&gt;site_id&lt;/code&gt; ja mitkä tahansa kentistä &lt;code&gt;owned&lt;/code&gt;, &lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;lease_end&lt;/code&gt;, &lt;code&gt;notice_months&lt;/code&gt;, &lt;code&gt;renewal_rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;, &lt;code&gt;repair_backlog_eur&lt;/code&gt;, &lt;code&gt;invest_year&lt;/code&gt;, &lt;code&gt;residual_value_eur&lt;/code&gt;. Päivämäärät muodossa 2027-06-30 tai 30.6.2027. &lt;b&gt;Skenaario&lt;/b&gt; (taulukko): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;action&lt;/code&gt; (keep, close tai open; siirto on sulkeminen ja avaaminen), &lt;code&gt;effective_date&lt;/code&gt; ja valinnaisesti &lt;code&gt;exit_cost_eur&lt;/code&gt;; ilman sitä kaikki toimipisteet säilytetään. Avattavat toimipisteet ovat myös toimipisteiden kustannustaulukon rivejä.&lt;/p&gt;&lt;p&gt;Mitä lasketaan: toimipiste on toiminnassa avaamisestaan sulkemiseensa; päivä lasketaan osuutena 1/(12 x kuukauden päivät) vuotuisesta summasta, joten koko kuukausi on kahdestoistaosa. Sulkeminen tulee voimaan päivämääränsä ja vuokrasopimuksen päättymisen myöhäisempänä (määräaikainen vuokrasopimus), irtisanomisajan jälkeen (toistaiseksi voimassa oleva vuokrasopimus, ei päättymispäivää) tai päivämääränään (omistetut toimipisteet, tai kun poistumiskustannus annetaan: se kohdistuu kyseiselle vuodelle). Säilytettävän toimipisteen vuokrasopimuksen päätyttyä sovelletaan uusittua vuokraa (vanhaa vuokraa, jos uutta ei anneta). Käyttökustannukset = m2 x käyttökustannus neliötä kohden toiminnassa oloaikana. Korjausvelka kohdistuu investointivuodelleen, jos toimipiste on toiminnassa kyseisen vuoden 1. tammikuuta. &lt;b&gt;Henkilöstö&lt;/b&gt; (taulukko: &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;, &lt;code&gt;eur_per_fte_year&lt;/code&gt;): toimipisteen ollessa toiminnassa; suljetun toimipisteen henkilöstö siirtyy asiakkaidensa mukana ja sen kustannus jatkuu. &lt;b&gt;Liikkuvat yksiköt&lt;/b&gt; (taulukko: &lt;code&gt;unit_id&lt;/code&gt;, &lt;code&gt;vehicle_eur_year&lt;/code&gt;, &lt;code&gt;fixed_eur_year&lt;/code&gt;, &lt;code&gt;eur_per_km&lt;/code&gt;, &lt;code&gt;km_year&lt;/code&gt;, &lt;code&gt;staff_eur_year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Asiakkaiden matkat&lt;/b&gt; (valinnainen taso, esim. sulkemisen vaikutusten ruudut): väestö ja yhdensuuntaisen matkan pituus kilometreinä käytettyyn toimipisteeseen, sekä käynnit henkeä kohden vuodessa. Kukin käynti on kaksi yhdensuuntaista matkaa Kelan oman auton kilometrikorvauksella (edullisin kulkutapa), jaettuna henkeä ja vuotta kohden: asiakas maksaa min(matkat x min(matkan hinta, omavastuu), vuotuinen omavastuukatto), Kela loput; ruudut, jotka eivät saavuta yhtään toimipistettä, jätetään pois. Taksat tulevat &lt;b&gt;parametritaulukosta&lt;/b&gt; (&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;value&lt;/code&gt;, &lt;code&gt;valid_from&lt;/code&gt;: &lt;code&gt;kela_deductible&lt;/code&gt;, &lt;code&gt;kela_ceiling&lt;/code&gt;, &lt;code&gt;car_eur_per_km&lt;/code&gt;), kunkin vuoden 1. heinäkuuta voimassa olevat arvot; mukana tuleva taulukko (resources/parameters/finland.csv) sisältää Kelan taksat lähteineen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nykyarvo&lt;/b&gt; = vuosien summa kustannus / (1 + r)^(vuosi - ensimmäinen vuosi) vähennettynä lopussa toiminnassa olevien toimipisteiden jäännösarvolla viimeisestä vuodesta diskontattuna; hyvinvointialueen näkökulma laskee hyvinvointialueen kustannukset, yhteiskunnan näkökulma lisää asiakkaiden ja Kelan matkakustannukset.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: vuositaulukko (rent, opex, invest, exit, staff, mobile, client_travel, kela_travel, county_total, societal_total), sama toimipisteittäin sekä molempien näkökulmien nykyarvo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the staff&apos;s journeys to work change when sites close and their staff move to another site, and how many would then commute longer than a limit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Staff homes&lt;/b&gt; (table): &lt;code&gt;area_id&lt;/code&gt; (a grid cell or postal area: aggregated counts, never personal addresses), &lt;code&gt;site_id&lt;/code&gt; (where they work now), &lt;code&gt;staff&lt;/code&gt; (count) and optionally &lt;code&gt;profession&lt;/code&gt;. &lt;b&gt;Travel times&lt;/b&gt;: a long table &lt;code&gt;origin_id&lt;/code&gt; (home area), &lt;code&gt;dest_id&lt;/code&gt; (site), &lt;code&gt;time_min&lt;/code&gt;, e.g. the OD matrix algorithm&apos;s output from the home areas to the sites; a pair missing from it counts as unreachable (over any limit). &lt;b&gt;Merged sites&lt;/b&gt;: &lt;code&gt;closed&amp;gt;receiving&lt;/code&gt; pairs such as &lt;code&gt;HC3&amp;gt;HC1, HC7&amp;gt;HC2&lt;/code&gt;; or leave it empty and give the closure impact&apos;s &lt;b&gt;flow table&lt;/b&gt;: the staff then follow the site that takes most of the closed site&apos;s clients.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per site (and profession) the staff, the site they work at after, the mean commute before and after (of those who can reach it) and the staff commuting longer than the limit before and after; and the same per home area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Miten henkilöstön työmatkat muuttuvat, kun toimipisteitä suljetaan ja niiden henkilöstö siirtyy toiseen toimipisteeseen, ja monenko työmatka sen jälkeen ylittäisi rajan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Henkilöstön kodit&lt;/b&gt; (taulukko): &lt;code&gt;area_id&lt;/code&gt; (ruutu tai postinumeroalue: kootut lukumäärät, ei koskaan henkilöiden osoitteita), &lt;code&gt;site_id&lt;/code&gt; (missä he nyt työskentelevät), &lt;code&gt;staff&lt;/code&gt; (lukumäärä) ja valinnaisesti &lt;code&gt;profession&lt;/code&gt;. &lt;b&gt;Matka-ajat&lt;/b&gt;: pitkä taulukko &lt;code&gt;origin_id&lt;/code&gt; (asuinalue), &lt;code&gt;dest_id&lt;/code&gt; (toimipiste), &lt;code&gt;time_min&lt;/code&gt;, esim. lähtö–määränpää-matriisi-algoritmin tulos asuinalueilta toimipisteisiin; siitä puuttuva pari lasketaan saavuttamattomaksi (yli minkä tahansa rajan). &lt;b&gt;Yhdistettävät toimipisteet&lt;/b&gt;: &lt;code&gt;suljettava&amp;gt;vastaanottava&lt;/code&gt;-parit kuten &lt;code&gt;HC3&amp;gt;HC1, HC7&amp;gt;HC2&lt;/code&gt;; tai jätä tyhjäksi ja anna sulkemisen vaikutusten &lt;b&gt;asiakasvirtataulukko&lt;/b&gt;: henkilöstö seuraa silloin toimipistettä, joka ottaa suurimman osan suljetun toimipisteen asiakkaista.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: toimipisteittäin (ja ammateittain) henkilöstö, toimipiste, jossa he työskentelevät jälkeen, keskimääräinen työmatka ennen ja jälkeen (niiden osalta, jotka voivat sen kulkea) sekä rajaa pidempää työmatkaa kulkeva henkilöstö ennen ja jälkeen; ja samat asuinalueittain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>health stations, OSM roads (&lt;code&gt;highway&lt;/code&gt;), mode walk, bands 5,10,15, type per facility.</source>
        <translation>terveysasemat, OSM-tiet (&lt;code&gt;highway&lt;/code&gt;), kulkutapa kävely, vyöhykkeet 5,10,15, tyyppi palvelupisteittäin.</translation>
    </message>
    <message>
        <source>population grid, health stations, roads (OSM, field &lt;code&gt;highway&lt;/code&gt;), mode car, bands 10,20,30.</source>
        <translation>väestöruudukko, terveysasemat, tiet (OSM, kenttä &lt;code&gt;highway&lt;/code&gt;), kulkutapa auto, vyöhykkeet 10,20,30.</translation>
    </message>
    <message>
        <source>population grid as origins, health stations as destinations, OSM roads, mode car, k = 3: the three nearest stations of every cell with minutes and metres.</source>
        <translation>väestöruudukko lähtöpaikkoina, terveysasemat määränpäinä, OSM-tiet, kulkutapa auto, k = 3: kunkin ruudun kolme lähintä asemaa minuutteineen ja metreineen.</translation>
    </message>
    <message>
        <source>OSM roads with class field highway, mode car, the facilities and population grid: see which share of residents can be routed and where the network is broken.</source>
        <translation>OSM-tiet luokkakentällä highway, kulkutapa auto, palvelupisteet ja väestöruudukko: näet, kuinka suurelle osalle asukkaista reitti voidaan laskea ja missä verkko on rikki.</translation>
    </message>
    <message>
        <source>sample facilities with id field fac_id and capacity, close ids 3,7, population grid with field population and area field area, mode walk on the sample roads, thresholds 5,10,15.</source>
        <translation>esimerkkiaineiston palvelupisteet tunnuskentällä fac_id ja kapasiteetilla, suljettavat tunnukset 3,7, väestöruudukko kentällä population ja aluekentällä area, kulkutapa kävely esimerkkiaineiston teillä, rajat 5,10,15.</translation>
    </message>
    <message>
        <source>A = Nearest facility output (id, fac_id, time_min), B = a closure impact output (id, fac_after, min_after), population field population.</source>
        <translation>A = Lähin palvelupiste -algoritmin tulos (id, fac_id, time_min), B = sulkemisen vaikutusten tulos (id, fac_after, min_after), väestökenttä population.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every minute, population grid as origins, health stations as facilities, percentiles 10,50,90, threshold 30.</source>
        <translation>Kuopion GTFS-zip, päivä 2016-11-01, 07:00-09:00 joka minuutti, väestöruudukko lähtöpaikkoina, terveysasemat palvelupisteinä, persentiilit 10,50,90, raja 30.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00 every 2 minutes, health stations with id field fac_id, close id 2, population grid, median (percentile 50), thresholds 20,40.</source>
        <translation>Kuopion GTFS-zip, päivä 2016-11-01, 07:00-09:00 kahden minuutin välein, terveysasemat tunnuskentällä fac_id, suljettava tunnus 2, väestöruudukko, mediaani (persentiili 50), rajat 20,40.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, window 07:00-09:00, the population grid as cells, maximum walk 800 m.</source>
        <translation>Kuopion GTFS-zip, päivä 2016-11-01, aikaikkuna 07:00-09:00, väestöruudukko ruutuina, suurin kävelymatka 800 m.</translation>
    </message>
    <message>
        <source>Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, health stations, bands 15,30,45 at the 50th percentile, grid spacing 200 m.</source>
        <translation>Kuopion GTFS-zip, päivä 2016-11-01, 07:00-09:00, terveysasemat, vyöhykkeet 15,30,45 persentiilillä 50, ruutuväli 200 m.</translation>
    </message>
    <message>
        <source>keep 12 of 18 health stations: current stations as facilities, p-median, p = 12, mode car; or the fewest sites reaching 95 % within 30 min: set cover, threshold 30, share 0.95.</source>
        <translation>säilytä 12 terveysasemaa 18:sta: nykyiset asemat palvelupisteinä, p-mediaani, p = 12, kulkutapa auto; tai vähiten toimipisteitä, joilla 95 % saavuttaa palvelun 30 minuutissa: joukkopeite, raja 30, osuus 0.95.</translation>
    </message>
    <message>
        <source>keep 2 of 5 health stations by public transport: Kuopio GTFS zip, date 2016-11-01, 07:00-07:20 every 5 minutes, p-median, p = 2, median travel times.</source>
        <translation>säilytä 2 terveysasemaa 5:stä joukkoliikenteellä: Kuopion GTFS-zip, päivä 2016-11-01, 07:00-07:20 viiden minuutin välein, p-mediaani, p = 2, mediaanimatka-ajat.</translation>
    </message>
    <message>
        <source>population grid (field population), health stations with a capacity field, OSM roads (highway), car, E2SFCA, maximum 30 minutes.</source>
        <translation>väestöruudukko (kenttä population), terveysasemat kapasiteettikentällä, OSM-tiet (highway), auto, E2SFCA, enintään 30 minuuttia.</translation>
    </message>
    <message>
        <source>population grid (field population), health stations with a capacity field, Kuopio GTFS zip, date 2016-11-01, 07:00-09:00, median, E2SFCA, maximum 30 minutes.</source>
        <translation>väestöruudukko (kenttä population), terveysasemat kapasiteettikentällä, Kuopion GTFS-zip, päivä 2016-11-01, 07:00-09:00, mediaani, E2SFCA, enintään 30 minuuttia.</translation>
    </message>
    <message>
        <source>two health-bus stops every other Tuesday and Thursday, coverage 15 min by car, population grid with a 75+ field, year 2025.</source>
        <translation>kaksi terveysbussin pysäkkiä joka toinen tiistai ja torstai, kattavuus 15 min autolla, väestöruudukko 75+ -kentällä, vuosi 2025.</translation>
    </message>
    <message>
        <source>three home-care bases, a 250 m demand grid with clients and visits, route mode, 1 600 productive hours per FTE, close base 2.</source>
        <translation>kolme kotihoidon tukikohtaa, 250 m:n kysyntäruudukko asiakkaineen ja käynteineen, reittitila, 1 600 tuottavaa tuntia henkilötyövuotta kohden, suljettava tukikohta 2.</translation>
    </message>
    <message>
        <source>250 m grid with age groups, a Traficom-style broadband table, readiness by age, remote share gp=0.3.</source>
        <translation>250 m:n ruudukko ikäryhmineen, Traficomin tyyppinen laajakaistataulukko, digivalmius iän mukaan, etäpalvelun osuus gp=0.3.</translation>
    </message>
    <message>
        <source>closure impact cells (close site 3), then Mobile service units and Digital channel on those cells, then this with limits 15 and 15 minutes.</source>
        <translation>sulkemisen vaikutusten ruudut (suljettava toimipiste 3), sitten Liikkuvat palveluyksiköt ja Sähköinen kanava samoille ruuduille, sitten tämä rajoilla 15 ja 15 minuuttia.</translation>
    </message>
    <message>
        <source>Statistics Finland 1 km grid with a kunta field, table 14wx for the county&apos;s municipalities, base year 2023, target years 2025,2030.</source>
        <translation>Tilastokeskuksen 1 km:n ruudukko kuntakentällä kunta, taulukko 14wx hyvinvointialueen kunnista, perusvuosi 2023, tavoitevuodet 2025,2030.</translation>
    </message>
    <message>
        <source>site cost table with leases, a scenario closing two sites at their lease ends, discount rate 3 %.</source>
        <translation>toimipisteiden kustannustaulukko vuokrasopimuksineen, skenaario, joka sulkee kaksi toimipistettä vuokrasopimusten päättyessä, diskonttokorko 3 %.</translation>
    </message>
    <message>
        <source>demand need_{year} from the projection, sites with leases and two candidates, OD matrix cells to sites, floor 95 % of 75+ within 30 min.</source>
        <translation>kysyntä need_{year} väestöennusteesta, toimipisteet vuokrasopimuksineen ja kaksi ehdokasta, lähtö–määränpää-matriisi ruuduista toimipisteisiin, vähimmäistaso 95 % 75 vuotta täyttäneistä 30 minuutissa.</translation>
    </message>
    <message>
        <source>staff by postal area and site, OD matrix by car, HC3&gt;HC1, limit 45 min.</source>
        <translation>henkilöstö postinumeroalueittain ja toimipisteittäin, lähtö–määränpää-matriisi autolla, HC3&gt;HC1, raja 45 min.</translation>
    </message>
    <message>
        <source>Point or polygon layer of the facilities (service points); a polygon counts at a point on its surface.</source>
        <translation>Palvelupisteiden piste- tai aluetaso; alue lasketaan sen pinnalla olevaan pisteeseen.</translation>
    </message>
    <message>
        <source>Field that identifies each facility in the outputs; empty: the feature id.</source>
        <translation>Kenttä, joka yksilöi kunkin palvelupisteen tuloksissa; tyhjä: kohteen tunniste (feature id).</translation>
    </message>
    <message>
        <source>Field with the residents (in the units of the demand) each facility can serve; empty: no capacities.</source>
        <translation>Kenttä, jossa on asukasmäärä (kysynnän yksiköissä), jonka kukin palvelupiste voi palvella; tyhjä: ei kapasiteetteja.</translation>
    </message>
    <message>
        <source>Optional layer of sites opened in the scenario.</source>
        <translation>Valinnainen taso skenaariossa avattavista toimipisteistä.</translation>
    </message>
    <message>
        <source>Field that identifies each new site in the outputs; empty: the feature id.</source>
        <translation>Kenttä, joka yksilöi kunkin uuden toimipisteen tuloksissa; tyhjä: kohteen tunniste (feature id).</translation>
    </message>
    <message>
        <source>Capacity field of the candidate sites (needed when the current facilities have a capacity field).</source>
        <translation>Ehdokastoimipisteiden kapasiteettikenttä (tarvitaan, kun nykyisillä palvelupisteillä on kapasiteettikenttä).</translation>
    </message>
    <message>
        <source>Point or polygon layer of residents, e.g. a population grid; a polygon counts at a point on its surface.</source>
        <translation>Asukkaiden piste- tai aluetaso, esim. väestöruudukko; alue lasketaan sen pinnalla olevaan pisteeseen.</translation>
    </message>
    <message>
        <source>Population layer (points, or polygons such as grid cells; a polygon counts at a point on its surface) whose features are allocated to their nearest facility.</source>
        <translation>Väestötaso (pisteitä tai alueita kuten ruutuja; alue lasketaan sen pinnalla olevaan pisteeseen), jonka kohteet kohdistetaan lähimpään palvelupisteeseen.</translation>
    </message>
    <message>
        <source>Numeric fields with the residents per age group (e.g. 0-14, 15-64, 65-74, 75+), reported group by group.</source>
        <translation>Numeeriset kentät, joissa on asukkaat ikäryhmittäin (esim. 0-14, 15-64, 65-74, 75+); raportoidaan ryhmä kerrallaan.</translation>
    </message>
    <message>
        <source>Numeric field with the residents aged 75 or more, for the equity figures.</source>
        <translation>Numeerinen kenttä, jossa on 75 vuotta täyttäneet asukkaat, yhdenvertaisuuslukuja varten.</translation>
    </message>
    <message>
        <source>Field naming each feature&apos;s area (e.g. municipality), for the summary by area.</source>
        <translation>Kenttä, joka nimeää kunkin kohteen alueen (esim. kunnan), alueittaista yhteenvetoa varten.</translation>
    </message>
    <message>
        <source>Points or polygons the trips start from; a polygon counts at a point on its surface.</source>
        <translation>Pisteet tai alueet, joista matkat alkavat; alue lasketaan sen pinnalla olevaan pisteeseen.</translation>
    </message>
    <message>
        <source>Field that identifies each origin in the outputs; empty: the feature id.</source>
        <translation>Kenttä, joka yksilöi kunkin lähtöpaikan tuloksissa; tyhjä: kohteen tunniste (feature id).</translation>
    </message>
    <message>
        <source>Points or polygons the trips go to; a polygon counts at a point on its surface.</source>
        <translation>Pisteet tai alueet, joihin matkat päättyvät; alue lasketaan sen pinnalla olevaan pisteeseen.</translation>
    </message>
    <message>
        <source>Field that identifies each destination in the outputs; empty: the feature id.</source>
        <translation>Kenttä, joka yksilöi kunkin määränpään tuloksissa; tyhjä: kohteen tunniste (feature id).</translation>
    </message>
    <message>
        <source>Optional population cells (points or polygons) for which the trips leaving stops within walking distance are counted.</source>
        <translation>Valinnaiset väestöruudut (pisteet tai alueet), joille lasketaan kävelyetäisyydellä olevilta pysäkeiltä lähtevät vuorot.</translation>
    </message>
    <message>
        <source>Field whose value closed (also suljettu, stängd) closes a facility and new or planned (uusi) opens it in the scenario only.</source>
        <translation>Kenttä, jonka arvo closed (myös suljettu, stängd) sulkee palvelupisteen ja new tai planned (uusi) avaa sen vain skenaariossa.</translation>
    </message>
    <message>
        <source>Cell layer of scenario A (before), e.g. a Nearest facility output.</source>
        <translation>Skenaarion A (ennen) ruututaso, esim. Lähin palvelupiste -algoritmin tulos.</translation>
    </message>
    <message>
        <source>Field that identifies each cell of scenario A (matched with scenario B).</source>
        <translation>Kenttä, joka yksilöi skenaarion A kunkin ruudun (yhdistetään skenaarioon B).</translation>
    </message>
    <message>
        <source>Field of scenario A with each cell&apos;s facility.</source>
        <translation>Skenaarion A kenttä, jossa on kunkin ruudun palvelupiste.</translation>
    </message>
    <message>
        <source>Field of scenario A with each cell&apos;s travel time in minutes (NULL = unreachable).</source>
        <translation>Skenaarion A kenttä, jossa on kunkin ruudun matka-aika minuutteina (NULL = ei saavutettavissa).</translation>
    </message>
    <message>
        <source>Cell layer of scenario B (after), e.g. a Facility closure impact output.</source>
        <translation>Skenaarion B (jälkeen) ruututaso, esim. Palvelupisteen sulkemisen vaikutukset -algoritmin tulos.</translation>
    </message>
    <message>
        <source>Field that identifies each cell of scenario B (matched with scenario A).</source>
        <translation>Kenttä, joka yksilöi skenaarion B kunkin ruudun (yhdistetään skenaarioon A).</translation>
    </message>
    <message>
        <source>Field of scenario B with each cell&apos;s facility.</source>
        <translation>Skenaarion B kenttä, jossa on kunkin ruudun palvelupiste.</translation>
    </message>
    <message>
        <source>Field of scenario B with each cell&apos;s travel time in minutes (NULL = unreachable).</source>
        <translation>Skenaarion B kenttä, jossa on kunkin ruudun matka-aika minuutteina (NULL = ei saavutettavissa).</translation>
    </message>
    <message>
        <source>Line layer of roads (e.g. OSM, Digiroad); lines are joined where they share a vertex.</source>
        <translation>Teiden viivataso (esim. OSM, Digiroad); viivat yhdistetään, kun niillä on yhteinen taitepiste.</translation>
    </message>
    <message>
        <source>Car, walk, bike, wheelchair: sets the speeds, the roads the mode may use and whether one-way rules apply.</source>
        <translation>Auto, kävely, pyörä, pyörätuoli: määrää nopeudet, kulkutavan käytettävissä olevat tiet ja sen, sovelletaanko yksisuuntaisuutta.</translation>
    </message>
    <message>
        <source>Field with the road class (OSM highway values or Digiroad functional classes 1-8); it sets car speeds and the roads walkers and cyclists may not use.</source>
        <translation>Tieluokkakenttä (OSM:n highway-arvot tai Digiroadin toiminnalliset luokat 1-8); se määrää autojen nopeudet sekä tiet, joita jalankulkijat ja pyöräilijät eivät saa käyttää.</translation>
    </message>
    <message>
        <source>How to read the road class field: OSM highway, Digiroad functional class, or none (every road at the default speed).</source>
        <translation>Miten tieluokkakenttä luetaan: OSM highway, Digiroadin toiminnallinen luokka tai ei mitään (kaikki tiet oletusnopeudella).</translation>
    </message>
    <message>
        <source>Field with car speeds in km/h; wins over the class speed, NULL falls back to it.</source>
        <translation>Kenttä, jossa on autojen nopeudet km/h; ohittaa luokan nopeuden, NULL-arvolla käytetään luokan nopeutta.</translation>
    </message>
    <message>
        <source>Field with one-way rules: OSM oneway (yes/-1) or other_tags, or Digiroad direction codes (2 both, 3 against, 4 along digitising).</source>
        <translation>Yksisuuntaisuuskenttä: OSM oneway (yes/-1) tai other_tags, tai Digiroadin suuntakoodit (2 molemmat, 3 digitointisuuntaa vastaan, 4 digitointisuuntaan).</translation>
    </message>
    <message>
        <source>Car speeds per class replacing the defaults, e.g. residential=30,service=15; 0 closes a class.</source>
        <translation>Autojen nopeudet luokittain oletusten sijaan, esim. residential=30,service=15; 0 sulkee luokan.</translation>
    </message>
    <message>
        <source>Car speed on roads of unknown class (km/h); used when the travel mode is car.</source>
        <translation>Auton nopeus tuntemattoman luokan teillä (km/h); käytetään, kun kulkutapa on auto.</translation>
    </message>
    <message>
        <source>Walking speed (km/h); used when the travel mode is walk.</source>
        <translation>Kävelynopeus (km/h); käytetään, kun kulkutapa on kävely.</translation>
    </message>
    <message>
        <source>Cycling speed (km/h); used when the travel mode is bike.</source>
        <translation>Pyöräilynopeus (km/h); käytetään, kun kulkutapa on pyörä.</translation>
    </message>
    <message>
        <source>Wheelchair speed (km/h); used when the travel mode is wheelchair.</source>
        <translation>Pyörätuolin nopeus (km/h); käytetään, kun kulkutapa on pyörätuoli.</translation>
    </message>
    <message>
        <source>Speed (km/h) of the walk from a point to the nearest usable road; 0: that walk takes no time.</source>
        <translation>Kävelyn nopeus (km/h) pisteestä lähimmälle käytettävissä olevalle tielle; 0: kävely ei vie aikaa.</translation>
    </message>
    <message>
        <source>Points farther than this (m) from a road usable by the mode cannot be routed and are reported.</source>
        <translation>Pisteille, jotka ovat tätä kauempana (m) kulkutavan käytettävissä olevasta tiestä, ei voi laskea reittiä; ne raportoidaan.</translation>
    </message>
    <message>
        <source>Line ends closer than this (work CRS units) are joined into one node.</source>
        <translation>Tätä lähempänä toisiaan olevat viivojen päät (työskentelykoordinaatiston yksiköissä) yhdistetään yhdeksi solmuksi.</translation>
    </message>
    <message>
        <source>The day to travel on; the feeds must cover it.</source>
        <translation>Matkustuspäivä; aineistojen on katettava se.</translation>
    </message>
    <message>
        <source>First departure from the origins (HH:MM).</source>
        <translation>Ensimmäinen lähtö lähtöpaikoista (HH:MM).</translation>
    </message>
    <message>
        <source>Last departure from the origins (HH:MM).</source>
        <translation>Viimeinen lähtö lähtöpaikoista (HH:MM).</translation>
    </message>
    <message>
        <source>Minutes between the departures of the window.</source>
        <translation>Minuutteja aikaikkunan lähtöjen välillä.</translation>
    </message>
    <message>
        <source>Longest walk (m) to the first stop or from the last one (straight line times 1.3, or along the roads when a road network is given).</source>
        <translation>Pisin kävelymatka (m) ensimmäiselle pysäkille tai viimeiseltä pysäkiltä (linnuntie kertaa 1.3, tai teitä pitkin, kun tieverkko on annettu).</translation>
    </message>
    <message>
        <source>Longest walk (m) between two stops when changing vehicles.</source>
        <translation>Pisin kävelymatka (m) kahden pysäkin välillä vaihdettaessa kulkuneuvoa.</translation>
    </message>
    <message>
        <source>Trips longer than this (minutes) count as not reaching the facility.</source>
        <translation>Tätä pidemmät matkat (min) lasketaan palvelupisteeseen perille pääsemättömiksi.</translation>
    </message>
    <message>
        <source>Most changes of vehicle in one trip.</source>
        <translation>Kulkuneuvon vaihtojen enimmäismäärä yhdellä matkalla.</translation>
    </message>
    <message>
        <source>Which travel time over the departure window counts: 50 = the median departure, 90 = nearly any departure.</source>
        <translation>Mikä matka-aika lähtöaikaikkunan yli lasketaan: 50 = mediaanilähtö, 90 = lähes mikä tahansa lähtö.</translation>
    </message>
    <message>
        <source>Percentiles of the travel time over the window to write, e.g. 10,50,90.</source>
        <translation>Kirjoitettavat matka-ajan persentiilit aikaikkunan yli, esim. 10,50,90.</translation>
    </message>
    <message>
        <source>Optional time (HH:MM) to arrive by: the latest departure that makes it is written.</source>
        <translation>Valinnainen perilläoloaika (HH:MM): tulokseen kirjoitetaan myöhäisin lähtö, jolla ehtii.</translation>
    </message>
    <message>
        <source>Distance (m) between the grid points whose travel times are traced into polygons.</source>
        <translation>Etäisyys (m) niiden ruudukkopisteiden välillä, joiden matka-ajoista muodostetaan polygonit.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of the facilities that close in the scenario.</source>
        <translation>Skenaariossa suljettavien palvelupisteiden tunnukset (pilkuin eroteltuina).</translation>
    </message>
    <message>
        <source>Expression selecting the facilities that close, e.g. &quot;name&quot; LIKE &apos;%Kallio%&apos;.</source>
        <translation>Lauseke, joka valitsee suljettavat palvelupisteet, esim. &quot;name&quot; LIKE '%Kallio%'.</translation>
    </message>
    <message>
        <source>Close the facilities selected on the map.</source>
        <translation>Sulje kartalta valitut palvelupisteet.</translation>
    </message>
    <message>
        <source>Minutes (comma separated) within which access is counted, e.g. 15,30,60.</source>
        <translation>Minuutit (pilkuin eroteltuina), joiden sisällä saavutettavuus lasketaan, esim. 15,30,60.</translation>
    </message>
    <message>
        <source>Minutes within which the share of departures arriving is counted.</source>
        <translation>Minuutit, joiden sisällä perille saapuvien lähtöjen osuus lasketaan.</translation>
    </message>
    <message>
        <source>Set cover: the share (0-1) of the demand that must be within the threshold.</source>
        <translation>Joukkopeite: kysynnän osuus (0-1), jonka on oltava aikarajan sisällä.</translation>
    </message>
    <message>
        <source>Visits per person per year by age group field, e.g. age_75=9.5; the demand is then the expected visits instead of the population.</source>
        <translation>Käyntiä henkeä kohden vuodessa ikäryhmäkentittäin, esim. age_75=9.5; kysyntä on tällöin odotettu käyntimäärä väestön sijaan.</translation>
    </message>
    <message>
        <source>p-median (least weighted travel time), maximal coverage, set cover or p-center (least worst travel time).</source>
        <translation>p-mediaani (pienin painotettu matka-aika), suurin kattavuus, joukkopeite tai p-keskus (pienin pisin matka-aika).</translation>
    </message>
    <message>
        <source>Number of sites to open (p-median, maximal coverage, p-center).</source>
        <translation>Avattavien toimipisteiden määrä (p-mediaani, suurin kattavuus, p-keskus).</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that stay open in every solution.</source>
        <translation>Niiden toimipisteiden tunnukset (pilkuin eroteltuina), jotka pysyvät auki kaikissa ratkaisuissa.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that are never chosen.</source>
        <translation>Niiden toimipisteiden tunnukset (pilkuin eroteltuina), joita ei koskaan valita.</translation>
    </message>
    <message>
        <source>Time bands in minutes (comma separated), e.g. 10,20,30.</source>
        <translation>Aikavyöhykkeet minuutteina (pilkuin eroteltuina), esim. 10,20,30.</translation>
    </message>
    <message>
        <source>Travel times above this (minutes) count as unreachable; 0: no limit.</source>
        <translation>Tätä pidemmät matka-ajat (min) lasketaan saavuttamattomiksi; 0: ei rajaa.</translation>
    </message>
    <message>
        <source>Keep only each origin&apos;s k fastest destinations; 0: all.</source>
        <translation>Säilytä kultakin lähtöpaikalta vain k nopeinta määränpäätä; 0: kaikki.</translation>
    </message>
    <message>
        <source>Per facility (overlapping bands), nearest facility (each place to the facility it reaches fastest) or dissolved (one polygon per band).</source>
        <translation>Palvelupisteittäin (päällekkäiset vyöhykkeet), lähin palvelupiste (kukin paikka siihen palvelupisteeseen, jonka se saavuttaa nopeimmin) tai yhdistetty (yksi polygoni vyöhykettä kohden).</translation>
    </message>
    <message>
        <source>Bands as rings (0-10, 10-20...) instead of cumulative (0-10, 0-20...).</source>
        <translation>Vyöhykkeet renkaina (0-10, 10-20...) kumulatiivisten (0-10, 0-20...) sijaan.</translation>
    </message>
    <message>
        <source>Cell size (m) of the travel-time surface: smaller is finer and slower.</source>
        <translation>Matka-aikapinnan ruutukoko (m): pienempi on tarkempi ja hitaampi.</translation>
    </message>
    <message>
        <source>How far (m) from a reached road an area still counts as reached; 0: twice the resolution, at least 100 m.</source>
        <translation>Kuinka kaukana (m) saavutetusta tiestä alue vielä lasketaan saavutetuksi; 0: kaksi kertaa resoluutio, vähintään 100 m.</translation>
    </message>
    <message>
        <source>The main output layer; its fields are listed in the algorithm&apos;s help.</source>
        <translation>Päätulostaso; sen kentät luetellaan algoritmin ohjeessa.</translation>
    </message>
    <message>
        <source>Summary table; its fields are listed in the algorithm&apos;s help.</source>
        <translation>Yhteenvetotaulukko; sen kentät luetellaan algoritmin ohjeessa.</translation>
    </message>
    <message>
        <source>Optional table of percentiles per origin and facility.</source>
        <translation>Valinnainen persentiilitaulukko lähtöpaikoittain ja palvelupisteittäin.</translation>
    </message>
    <message>
        <source>HTML report with the key figures, tables and charts.</source>
        <translation>HTML-raportti tunnuslukuineen, taulukkoineen ja kaavioineen.</translation>
    </message>
    <message>
        <source>The sites with current, chosen, demand and load.</source>
        <translation>Toimipisteet tiedoilla nykyinen, valittu, kysyntä ja kuormitus.</translation>
    </message>
    <message>
        <source>Population moving from one facility to another.</source>
        <translation>Väestö, joka siirtyy palvelupisteestä toiseen.</translation>
    </message>
    <message>
        <source>Each facility&apos;s load before and after, against its capacity.</source>
        <translation>Kunkin palvelupisteen kuormitus ennen ja jälkeen suhteessa kapasiteettiin.</translation>
    </message>
    <message>
        <source>Equity figures: who loses access, by age group.</source>
        <translation>Yhdenvertaisuusluvut: ketkä menettävät saavutettavuutta, ikäryhmittäin.</translation>
    </message>
    <message>
        <source>The network edges with component, on_main and usable.</source>
        <translation>Verkon kaaret tiedoilla component, on_main ja usable.</translation>
    </message>
    <message>
        <source>Dead ends of the network.</source>
        <translation>Verkon umpiperät.</translation>
    </message>
    <message>
        <source>Departures per stop over the day and per hour of the window.</source>
        <translation>Lähdöt pysäkeittäin koko päivältä ja aikaikkunan tunneittain.</translation>
    </message>
    <message>
        <source>Trips within walking distance of each cell, and the walk to the nearest stop.</source>
        <translation>Kunkin ruudun kävelyetäisyydellä olevat vuorot sekä kävelymatka lähimmälle pysäkille.</translation>
    </message>
    <message>
        <source>Name of the scenario, the title of the report.</source>
        <translation>Skenaarion nimi, raportin otsikko.</translation>
    </message>
    <message>
        <source>Features sharing an id are entrances of one facility: it is reached through its nearest entrance and closing it closes them all. Off: ids must be unique.</source>
        <translation>Saman tunnuksen kohteet ovat yhden palvelupisteen sisäänkäyntejä: palvelupisteeseen mennään lähimmän sisäänkäynnin kautta ja sen sulkeminen sulkee ne kaikki. Pois päältä: tunnusten on oltava yksilöllisiä.</translation>
    </message>
    <message>
        <source>PDF of the report, written next to the HTML report (same name, .pdf).</source>
        <translation>Raportin PDF, kirjoitetaan HTML-raportin viereen (sama nimi, .pdf).</translation>
    </message>
    <message>
        <source>Field that identifies each site in the outputs; empty: the feature id.</source>
        <translation>Kenttä, joka yksilöi kunkin toimipisteen tuloksissa; tyhjä: kohteen tunniste (feature id).</translation>
    </message>
    <message>
        <source>Numeric field with each site&apos;s supply (e.g. staffed hours); empty: 1 per site.</source>
        <translation>Numeerinen kenttä, jossa on kunkin toimipisteen tarjonta (esim. henkilöstötunnit); tyhjä: 1 toimipistettä kohden.</translation>
    </message>
    <message>
        <source>2SFCA, enhanced 2SFCA (step weights), 3SFCA or gravity potential.</source>
        <translation>2SFCA, tehostettu 2SFCA (porraspainot), 3SFCA tai gravitaatiopotentiaali.</translation>
    </message>
    <message>
        <source>Pairs slower than this (minutes) take no part; 0: no limit.</source>
        <translation>Tätä hitaammat parit (min) eivät ole mukana; 0: ei rajaa.</translation>
    </message>
    <message>
        <source>Distance decay of the index: the method&apos;s default, step weights, Gaussian or gravity.</source>
        <translation>Indeksin etäisyysvaimennus: menetelmän oletus, porraspainot, gaussinen tai gravitaatio.</translation>
    </message>
    <message>
        <source>Step weights as minutes:weight, e.g. 10:1,20:0.68,30:0.22.</source>
        <translation>Porraspainot muodossa minuutit:paino, esim. 10:1,20:0.68,30:0.22.</translation>
    </message>
    <message>
        <source>Gaussian weight: its sigma in minutes.</source>
        <translation>Gaussinen paino: sen sigma minuutteina.</translation>
    </message>
    <message>
        <source>Gravity weight: the time scale in minutes.</source>
        <translation>Gravitaatiopaino: aikaskaala minuutteina.</translation>
    </message>
    <message>
        <source>Gravity weight: the exponent of time (negative: decay).</source>
        <translation>Gravitaatiopaino: ajan eksponentti (negatiivinen: vaimeneminen).</translation>
    </message>
    <message>
        <source>Gravity weight: times below this (minutes) count as this.</source>
        <translation>Gravitaatiopaino: tätä lyhyemmät ajat (min) lasketaan tämän pituisiksi.</translation>
    </message>
    <message>
        <source>The sites with their supply, weighted demand and supply ratio.</source>
        <translation>Toimipisteet tarjontoineen, painotettuine kysyntöineen ja tarjontasuhteineen.</translation>
    </message>
    <message>
        <source>One row describing the run: method, limits, weight and the main figures.</source>
        <translation>Yksi ajoa kuvaava rivi: menetelmä, rajat, paino ja päätunnusluvut.</translation>
    </message>
    <message>
        <source>Table of the mobile units: unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</source>
        <translation>Liikkuvien yksiköiden taulukko: unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</translation>
    </message>
    <message>
        <source>Table of the stop visits: stop_id, weekday, time_start, time_end, period_weeks, first_date, valid_from, valid_to, route_day_id, seq.</source>
        <translation>Pysäkkikäyntien taulukko: stop_id, weekday, time_start, time_end, period_weeks, first_date, valid_from, valid_to, route_day_id, seq.</translation>
    </message>
    <message>
        <source>Optional table with a date field: no visits on these days.</source>
        <translation>Valinnainen taulukko, jossa on päivämääräkenttä: näinä päivinä ei käyntejä.</translation>
    </message>
    <message>
        <source>Points of the units&apos; depots, with a base_id field.</source>
        <translation>Yksiköiden varikkojen pisteet, joissa on base_id-kenttä.</translation>
    </message>
    <message>
        <source>Optional numeric field with the residents aged 75 or more.</source>
        <translation>Valinnainen numeerinen kenttä, jossa on 75 vuotta täyttäneet asukkaat.</translation>
    </message>
    <message>
        <source>Numeric field with the fixed sites&apos; annual service hours (their supply).</source>
        <translation>Numeerinen kenttä, jossa on kiinteiden toimipisteiden vuotuiset palvelutunnit (niiden tarjonta).</translation>
    </message>
    <message>
        <source>The year whose service dates are counted.</source>
        <translation>Vuosi, jonka palvelupäivät lasketaan.</translation>
    </message>
    <message>
        <source>Cells within this many minutes of a stop count as covered.</source>
        <translation>Ruudut, jotka ovat enintään näin monen minuutin päässä pysäkistä, lasketaan katetuiksi.</translation>
    </message>
    <message>
        <source>Catchment (minutes) of the accessibility index with and without the mobile stops.</source>
        <translation>Saavutettavuusindeksin vaikutusalue (min) liikkuvan palvelun pysäkkien kanssa ja ilman.</translation>
    </message>
    <message>
        <source>One row per route day: the drive from the depot through the stops and back, and whether it fits the shift.</source>
        <translation>Yksi rivi reittipäivää kohden: ajo varikolta pysäkkien kautta takaisin ja mahtuuko se työvuoroon.</translation>
    </message>
    <message>
        <source>The cells with their figures for the channel.</source>
        <translation>Ruudut kanavan tunnuslukuineen.</translation>
    </message>
    <message>
        <source>Points of the home-care bases: base_id, shift_min, vehicle_cost_per_km.</source>
        <translation>Kotihoidon tukikohtien pisteet: base_id, shift_min, vehicle_cost_per_km.</translation>
    </message>
    <message>
        <source>Without a clients field: clients as persons times share per age group field, e.g. ika_75_84=0.1,ika_85_=0.3.</source>
        <translation>Ilman asiakaskenttää: asiakkaat henkilömäärä kertaa osuus ikäryhmäkentittäin, esim. ika_75_84=0.1,ika_85_=0.3.</translation>
    </message>
    <message>
        <source>Ids (comma separated) of the bases that close, for the comparison.</source>
        <translation>Suljettavien tukikohtien tunnukset (pilkuin eroteltuina) vertailua varten.</translation>
    </message>
    <message>
        <source>The bases&apos; figures before and after the closing.</source>
        <translation>Tukikohtien tunnusluvut ennen sulkemista ja sen jälkeen.</translation>
    </message>
    <message>
        <source>Share (0-1) of working time that goes to indirect work (documentation, meetings).</source>
        <translation>Välilliseen työhön (kirjaaminen, palaverit) kuluva osuus (0-1) työajasta.</translation>
    </message>
    <message>
        <source>Productive working hours of one FTE in a year.</source>
        <translation>Yhden henkilötyövuoden tuottavat työtunnit vuodessa.</translation>
    </message>
    <message>
        <source>Table of connectivity per cell: grid_id, hh_total, hh_fixed_100M, mob_cov.</source>
        <translation>Yhteyksien taulukko ruuduittain: grid_id, hh_total, hh_fixed_100M, mob_cov.</translation>
    </message>
    <message>
        <source>Field that identifies each grid cell in the outputs; empty: the feature id. Matches the broadband table&apos;s grid_id.</source>
        <translation>Kenttä, joka yksilöi kunkin ruudun tuloksissa; tyhjä: kohteen tunniste (feature id). Vastaa laajakaistataulukon grid_id-kenttää.</translation>
    </message>
    <message>
        <source>Which connection counts as connected: fixed broadband of at least 100 Mbit/s, mobile coverage, or either.</source>
        <translation>Mikä yhteys lasketaan yhteydeksi: vähintään 100 Mbit/s kiinteä laajakaista, mobiiliverkon kattavuus tai kumpi tahansa.</translation>
    </message>
    <message>
        <source>Connectivity (0-1) of cells missing from the broadband table; -1: such a cell is an error.</source>
        <translation>Laajakaistataulukosta puuttuvien ruutujen yhteys (0-1); -1: tällainen ruutu on virhe.</translation>
    </message>
    <message>
        <source>Share of persons ready for remote services per age group field, e.g. ika_75_=0.5.</source>
        <translation>Etäpalveluihin valmiiden henkilöiden osuus ikäryhmäkentittäin, esim. ika_75_=0.5.</translation>
    </message>
    <message>
        <source>Share of visits that can be remote per service type, e.g. gp=0.3.</source>
        <translation>Etänä hoidettavissa olevien käyntien osuus palvelutyypeittäin, esim. gp=0.3.</translation>
    </message>
    <message>
        <source>Numeric field with the demand (e.g. visits); empty: the persons.</source>
        <translation>Numeerinen kenttä, jossa on kysyntä (esim. käynnit); tyhjä: henkilöt.</translation>
    </message>
    <message>
        <source>Numeric field with the visits a year, for the county table.</source>
        <translation>Numeerinen kenttä, jossa on vuotuiset käynnit, hyvinvointialueen taulukkoa varten.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a fixed site before the closure.</source>
        <translation>Kenttä, jossa on kunkin ruudun minuutit kiinteään toimipisteeseen ennen sulkemista.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a fixed site after the closure.</source>
        <translation>Kenttä, jossa on kunkin ruudun minuutit kiinteään toimipisteeseen sulkemisen jälkeen.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s minutes to a mobile stop (empty: no mobile channel).</source>
        <translation>Kenttä, jossa on kunkin ruudun minuutit liikkuvan palvelun pysäkille (tyhjä: ei liikkuvaa kanavaa).</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s remote share (0-1), e.g. from the digital channel.</source>
        <translation>Kenttä, jossa on kunkin ruudun etäpalvelun osuus (0-1), esim. sähköisen kanavan tuloksesta.</translation>
    </message>
    <message>
        <source>A cell is served by a fixed site within this many minutes.</source>
        <translation>Ruutu on kiinteän toimipisteen palvelema, jos toimipiste on enintään näin monen minuutin päässä.</translation>
    </message>
    <message>
        <source>A cell is served by a mobile stop within this many minutes.</source>
        <translation>Ruutu on liikkuvan palvelun pysäkin palvelema, jos pysäkki on enintään näin monen minuutin päässä.</translation>
    </message>
    <message>
        <source>Population projection table as published (municipality, age, year).</source>
        <translation>Väestöennustetaulukko julkaistussa muodossa (kunta, ikä, vuosi).</translation>
    </message>
    <message>
        <source>The year of the grid&apos;s population.</source>
        <translation>Ruutuaineiston väestön vuosi.</translation>
    </message>
    <message>
        <source>Years to project to, comma separated, e.g. 2025,2030.</source>
        <translation>Ennustevuodet pilkuin eroteltuina, esim. 2025,2030.</translation>
    </message>
    <message>
        <source>Field of the grid with each cell&apos;s municipality code.</source>
        <translation>Ruudukon kenttä, jossa on kunkin ruudun kuntakoodi.</translation>
    </message>
    <message>
        <source>Municipality polygons, to find each cell&apos;s municipality when the grid has no municipality field.</source>
        <translation>Kuntapolygonit, joilla kunkin ruudun kunta selvitetään, kun ruudukossa ei ole kuntakenttää.</translation>
    </message>
    <message>
        <source>Field of the municipality polygons with the municipality code.</source>
        <translation>Kuntapolygonien kenttä, jossa on kuntakoodi.</translation>
    </message>
    <message>
        <source>Scale the grid so that each municipality&apos;s sum equals the projection (only when the grid covers whole municipalities).</source>
        <translation>Skaalaa ruudukko niin, että kunkin kunnan summa on yhtä suuri kuin ennuste (vain kun ruudukko kattaa kokonaiset kunnat).</translation>
    </message>
    <message>
        <source>Per municipality: the base population, the grid&apos;s projected sum and the projection.</source>
        <translation>Kunnittain: perusväestö, ruudukon ennustettu summa ja ennuste.</translation>
    </message>
    <message>
        <source>Table of tariffs with valid_from dates; empty: the bundled table.</source>
        <translation>Taksataulukko valid_from-päivämäärineen; tyhjä: laajennuksen mukana tuleva taulukko.</translation>
    </message>
    <message>
        <source>Table of site actions (close, open, move) with their years.</source>
        <translation>Toimipisteiden muutosten (sulkeminen, avaaminen, siirto) taulukko vuosineen.</translation>
    </message>
    <message>
        <source>Staff table: staff per site (costs) or staff homes by area and site (commutes).</source>
        <translation>Henkilöstötaulukko: henkilöstö toimipisteittäin (kustannukset) tai henkilöstön kodit alueittain ja toimipisteittäin (työmatkat).</translation>
    </message>
    <message>
        <source>Optional table of the mobile units&apos; costs.</source>
        <translation>Valinnainen taulukko liikkuvien yksiköiden kustannuksista.</translation>
    </message>
    <message>
        <source>Optional cells with the clients&apos; travel: distance and population fields.</source>
        <translation>Valinnaiset ruudut asiakkaiden matkoineen: matkan pituuden ja väestön kentät.</translation>
    </message>
    <message>
        <source>Field with the one-way distance (km) from a cell to its site.</source>
        <translation>Kenttä, jossa on yhdensuuntaisen matkan pituus (km) ruudusta sen toimipisteeseen.</translation>
    </message>
    <message>
        <source>Field with the population of a cell.</source>
        <translation>Kenttä, jossa on ruudun väestö.</translation>
    </message>
    <message>
        <source>Visits per person and year, for the clients&apos; travel costs.</source>
        <translation>Käyntiä henkeä kohden vuodessa, asiakkaiden matkakustannuksia varten.</translation>
    </message>
    <message>
        <source>First year of the plan.</source>
        <translation>Suunnitelman ensimmäinen vuosi.</translation>
    </message>
    <message>
        <source>Last year of the plan.</source>
        <translation>Suunnitelman viimeinen vuosi.</translation>
    </message>
    <message>
        <source>Discount rate (%) of the net present value.</source>
        <translation>Nykyarvon diskonttokorko (%).</translation>
    </message>
    <message>
        <source>One row per year with the costs or the plan&apos;s figures.</source>
        <translation>Yksi rivi vuotta kohden kustannuksineen tai suunnitelman tunnuslukuineen.</translation>
    </message>
    <message>
        <source>Costs per site and year.</source>
        <translation>Kustannukset toimipisteittäin ja vuosittain.</translation>
    </message>
    <message>
        <source>The net present value of the county&apos;s and the societal costs.</source>
        <translation>Hyvinvointialueen ja yhteiskunnan kustannusten nykyarvo.</translation>
    </message>
    <message>
        <source>Demand cells (points or polygons) with their demand per year.</source>
        <translation>Kysyntäruudut (pisteet tai alueet) vuosittaisine kysyntöineen.</translation>
    </message>
    <message>
        <source>Field that identifies each demand cell in the outputs; empty: the feature id. Matches the travel times&apos; origin_id.</source>
        <translation>Kenttä, joka yksilöi kunkin kysyntäruudun tuloksissa; tyhjä: kohteen tunniste (feature id). Vastaa matka-aikojen origin_id-kenttää.</translation>
    </message>
    <message>
        <source>Demand field per year, with {year} for the year, e.g. need_{year}.</source>
        <translation>Kysyntäkenttä vuosittain, {year} vuoden kohdalla, esim. need_{year}.</translation>
    </message>
    <message>
        <source>Demand field(s) per year that the access floor applies to (e.g. the 75+); empty: no floor.</source>
        <translation>Kysyntäkenttä/-kentät vuosittain, joihin saavutettavuuden vähimmäistasoa sovelletaan (esim. 75+); tyhjä: ei vähimmäistasoa.</translation>
    </message>
    <message>
        <source>Access floor: the minutes within which demand must be served.</source>
        <translation>Saavutettavuuden vähimmäistaso: minuutit, joiden sisällä kysyntä on palveltava.</translation>
    </message>
    <message>
        <source>Access floor: the share (%) of the floor demand within the minutes.</source>
        <translation>Saavutettavuuden vähimmäistaso: osuus (%) vähimmäistason kysynnästä minuuttirajan sisällä.</translation>
    </message>
    <message>
        <source>Cost of one travel minute of one demand unit (EUR), to weigh travel against site costs.</source>
        <translation>Yhden kysyntäyksikön yhden matkaminuutin hinta (EUR), jolla matkoja painotetaan toimipisteiden kustannuksia vasten.</translation>
    </message>
    <message>
        <source>Travel time table (origin_id, dest_id, time_min), e.g. an OD matrix output.</source>
        <translation>Matka-aikataulukko (origin_id, dest_id, time_min), esim. lähtö–määränpää-matriisin tulos.</translation>
    </message>
    <message>
        <source>Longest time (seconds) the solver may run.</source>
        <translation>Pisin aika (s), jonka ratkaisija saa käyttää.</translation>
    </message>
    <message>
        <source>Per site and year: open or closed, and its costs.</source>
        <translation>Toimipisteittäin ja vuosittain: auki vai suljettu, ja sen kustannukset.</translation>
    </message>
    <message>
        <source>Merged sites as closed&gt;receiving pairs, comma separated, e.g. HC3&gt;HC1.</source>
        <translation>Yhdistettävät toimipisteet pareina suljettava&gt;vastaanottava, pilkuin eroteltuina, esim. HC3&gt;HC1.</translation>
    </message>
    <message>
        <source>Commutes longer than this (minutes) are counted as over the limit.</source>
        <translation>Tätä pidemmät työmatkat (min) lasketaan rajan ylittäviksi.</translation>
    </message>
    <message>
        <source>Staff commutes per home area, before and after.</source>
        <translation>Henkilöstön työmatkat asuinalueittain ennen ja jälkeen.</translation>
    </message>
    <message>
        <source>Walking speed (km/h) to, between and from stops.</source>
        <translation>Kävelynopeus (km/h) pysäkeille, pysäkkien välillä ja pysäkeiltä.</translation>
    </message>
    <message>
        <source>Optional road layer: walks to, between and from stops follow its roads instead of straight lines.</source>
        <translation>Valinnainen tietaso: kävelyt pysäkeille, pysäkkien välillä ja pysäkeiltä kulkevat sen teitä pitkin linnuntien sijaan.</translation>
    </message>
    <message>
        <source>OSM highway field of the road layer for the walks (motorways and trunk roads are then not walked).</source>
        <translation>Kävelyjen tietason OSM highway -kenttä (moottori- ja moottoriliikenneteillä ei tällöin kävellä).</translation>
    </message>
    <message>
        <source>Walking speed (km/h) from a cell to a stop.</source>
        <translation>Kävelynopeus (km/h) ruudusta pysäkille.</translation>
    </message>
    <message>
        <source>Start of the window (HH:MM) for the hourly departures.</source>
        <translation>Aikaikkunan alku (HH:MM) tunneittaisille lähdöille.</translation>
    </message>
    <message>
        <source>End of the window (HH:MM).</source>
        <translation>Aikaikkunan loppu (HH:MM).</translation>
    </message>
    <message>
        <source>Longest walk (m) from a cell to a stop (straight line times 1.3).</source>
        <translation>Pisin kävelymatka (m) ruudusta pysäkille (linnuntie kertaa 1.3).</translation>
    </message>
    <message>
        <source>Optional layer of candidate sites to choose from.</source>
        <translation>Valinnainen taso ehdokastoimipisteistä, joista valitaan.</translation>
    </message>
    <message>
        <source>Coverage threshold (minutes) for maximal coverage and set cover.</source>
        <translation>Kattavuuden aikaraja (min) suurimmalle kattavuudelle ja joukkopeitteelle.</translation>
    </message>
    <message>
        <source>Time bands in minutes for the summary, e.g. 10,20,30.</source>
        <translation>Yhteenvedon aikavyöhykkeet minuutteina, esim. 10,20,30.</translation>
    </message>
    <message>
        <source>Optional residents (points or polygons) counted into the polygon of their own travel time.</source>
        <translation>Valinnaiset asukkaat (pisteet tai alueet), jotka lasketaan oman matka-aikansa polygoniin.</translation>
    </message>
    <message>
        <source>Optional facilities: the share that can be routed.</source>
        <translation>Valinnaiset palvelupisteet: osuus, jolle reitti voidaan laskea.</translation>
    </message>
    <message>
        <source>Optional residents: the share that can be routed.</source>
        <translation>Valinnaiset asukkaat: osuus, jolle reitti voidaan laskea.</translation>
    </message>
    <message>
        <source>Optional facilities with their capacities, for the load table.</source>
        <translation>Valinnaiset palvelupisteet kapasiteetteineen kuormitustaulukkoa varten.</translation>
    </message>
    <message>
        <source>Population cells (points or polygons; a polygon counts at a point on its surface).</source>
        <translation>Väestöruudut (pisteet tai alueet; alue lasketaan sen pinnalla olevaan pisteeseen).</translation>
    </message>
    <message>
        <source>Service sites (points or polygons; a polygon counts at a point on its surface).</source>
        <translation>Palvelun toimipisteet (pisteet tai alueet; alue lasketaan sen pinnalla olevaan pisteeseen).</translation>
    </message>
    <message>
        <source>Ids (comma separated) of sites that close, for the after figures.</source>
        <translation>Suljettavien toimipisteiden tunnukset (pilkuin eroteltuina) jälkitilanteen lukuja varten.</translation>
    </message>
    <message>
        <source>The cells with acc, acc_1000, acc_norm and reached (and the after figures with sites to close).</source>
        <translation>Ruudut tiedoilla acc, acc_1000, acc_norm ja reached (ja jälkitilanteen luvut, kun toimipisteitä suljetaan).</translation>
    </message>
    <message>
        <source>Points of the mobile stops, with stop_id and unit_id fields.</source>
        <translation>Liikkuvan palvelun pysäkkien pisteet, joissa on stop_id- ja unit_id-kentät.</translation>
    </message>
    <message>
        <source>Optional fixed sites, for the accessibility index with and without the mobile stops.</source>
        <translation>Valinnaiset kiinteät toimipisteet saavutettavuusindeksiä varten liikkuvan palvelun pysäkkien kanssa ja ilman.</translation>
    </message>
    <message>
        <source>The mobile stops with visits, hours, capacity and coverage.</source>
        <translation>Liikkuvan palvelun pysäkit käynteineen, tunteineen, kapasiteetteineen ja kattavuuksineen.</translation>
    </message>
    <message>
        <source>Demand cells (aggregate, no client points) with clients, visits per week, mean visit minutes and share of two-staff visits.</source>
        <translation>Kysyntäruudut (koottuina, ei asiakaspisteitä), joissa on asiakkaat, käynnit viikossa, käynnin keskimääräinen kesto minuutteina ja kahden työntekijän käyntien osuus.</translation>
    </message>
    <message>
        <source>Field with each cell&apos;s given base id (its care area); empty: the nearest base.</source>
        <translation>Kenttä, jossa on kunkin ruudun määrätty tukikohta (sen hoitoalue); tyhjä: lähin tukikohta.</translation>
    </message>
    <message>
        <source>Drive per visit: a star from the base to each cell and back, or routed rounds.</source>
        <translation>Ajo käyntiä kohden: tähti tukikohdasta kuhunkin ruutuun ja takaisin tai reititetyt kierrokset.</translation>
    </message>
    <message>
        <source>The bases with drive and staff minutes, drive share, FTE and km.</source>
        <translation>Tukikohdat ajo- ja henkilöstöminuutteineen, ajon osuuksineen, henkilötyövuosineen ja kilometreineen.</translation>
    </message>
    <message>
        <source>Population grid with age groups; a polygon counts at a point on its surface.</source>
        <translation>Väestöruudukko ikäryhmineen; alue lasketaan sen pinnalla olevaan pisteeseen.</translation>
    </message>
    <message>
        <source>The cells with connectivity, channel shift and exclusion.</source>
        <translation>Ruudut yhteyksineen, kanavasiirtymineen ja syrjäytymisineen.</translation>
    </message>
    <message>
        <source>County table of the digital channel&apos;s figures.</source>
        <translation>Hyvinvointialueen taulukko sähköisen kanavan tunnusluvuista.</translation>
    </message>
    <message>
        <source>Cells with their minutes to fixed sites before and after, to mobile stops and the remote share.</source>
        <translation>Ruudut minuutteineen kiinteisiin toimipisteisiin ennen ja jälkeen, liikkuvan palvelun pysäkeille sekä etäpalvelun osuuksineen.</translation>
    </message>
    <message>
        <source>The cells with their best channel before and after.</source>
        <translation>Ruudut parhaine palvelukanavineen ennen ja jälkeen.</translation>
    </message>
    <message>
        <source>How much of the loss the mobile stops and remote care make up.</source>
        <translation>Kuinka suuren osan menetyksestä liikkuvan palvelun pysäkit ja etäpalvelut korvaavat.</translation>
    </message>
    <message>
        <source>Statistics Finland population grid by age.</source>
        <translation>Tilastokeskuksen väestöruudukko iän mukaan.</translation>
    </message>
    <message>
        <source>Numeric field with the total population of each cell.</source>
        <translation>Numeerinen kenttä, jossa on kunkin ruudun kokonaisväestö.</translation>
    </message>
    <message>
        <source>Optional visits per person and year by age group: the need-weighted demand per year.</source>
        <translation>Valinnaiset käynnit henkeä kohden vuodessa ikäryhmittäin: tarvepainotettu kysyntä vuosittain.</translation>
    </message>
    <message>
        <source>The grid with the projected population by age per target year.</source>
        <translation>Ruudukko ennustettuine väestöineen iän mukaan kullekin tavoitevuodelle.</translation>
    </message>
    <message>
        <source>Table of the sites&apos; costs (leases, running costs).</source>
        <translation>Toimipisteiden kustannusten taulukko (vuokrat, käyttökustannukset).</translation>
    </message>
    <message>
        <source>Name of the scenario in the cost tables.</source>
        <translation>Skenaarion nimi kustannustaulukoissa.</translation>
    </message>
    <message>
        <source>Table of the sites: fixed costs, lease ends, open-from years, capacities, required or forbidden.</source>
        <translation>Toimipisteiden taulukko: kiinteät kustannukset, vuokrasopimusten päättymiset, avautumisvuodet, kapasiteetit, pakolliset tai kielletyt.</translation>
    </message>
    <message>
        <source>Flow table of a closure impact (from_fac, to_fac), read instead of the merged sites.</source>
        <translation>Sulkemisen vaikutusten asiakasvirtataulukko (from_fac, to_fac), luetaan yhdistettävien toimipisteiden sijaan.</translation>
    </message>
    <message>
        <source>Staff commutes per site, before and after.</source>
        <translation>Henkilöstön työmatkat toimipisteittäin ennen ja jälkeen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With channels&lt;/b&gt; the cells get &lt;code&gt;ch_best_before&lt;/code&gt;, &lt;code&gt;ch_best_after&lt;/code&gt;, &lt;code&gt;ch_lost&lt;/code&gt; (1: loses the fixed site within the threshold), &lt;code&gt;ch_comp_mobile&lt;/code&gt; (1: a mobile stop makes it up), &lt;code&gt;ch_comp_remote&lt;/code&gt; (share made up by remote visits) and each channel&apos;s figure (&lt;code&gt;ch_mobile_min&lt;/code&gt;, &lt;code&gt;ch_mobile_interval_days&lt;/code&gt;, &lt;code&gt;ch_b_conn&lt;/code&gt;, &lt;code&gt;ch_sigma&lt;/code&gt;); the optional table &lt;b&gt;Channels: compensation by area&lt;/b&gt; and the report&apos;s section &lt;i&gt;Other service channels&lt;/i&gt; say, per area (municipality) and in all, how many lose their site and how many of them a mobile stop and remote visits compensate (persons and %).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kanavien kanssa&lt;/b&gt; ruudut saavat kentät &lt;code&gt;ch_best_before&lt;/code&gt;, &lt;code&gt;ch_best_after&lt;/code&gt;, &lt;code&gt;ch_lost&lt;/code&gt; (1: menettää kiinteän toimipisteen kynnysarvon sisältä), &lt;code&gt;ch_comp_mobile&lt;/code&gt; (1: liikkuvan palvelun pysähdyspaikka korvaa sen), &lt;code&gt;ch_comp_remote&lt;/code&gt; (etäasioinnilla korvattu osuus) ja kunkin kanavan luvun (&lt;code&gt;ch_mobile_min&lt;/code&gt;, &lt;code&gt;ch_mobile_interval_days&lt;/code&gt;, &lt;code&gt;ch_b_conn&lt;/code&gt;, &lt;code&gt;ch_sigma&lt;/code&gt;); valinnainen taulukko &lt;b&gt;Kanavat: korvautuminen alueittain&lt;/b&gt; ja raportin osio &lt;i&gt;Muut palvelukanavat&lt;/i&gt; kertovat alueittain (kunnittain) ja yhteensä, kuinka moni menettää toimipisteensä ja kuinka monelle heistä liikkuvan palvelun pysähdyspaikka ja etäasiointi tarjoavat korvaavan palvelun (henkilöä ja %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Optional candidate stops for planning a route day (points or polygons; stop_id field or feature ids).</source>
        <translation>Valinnaiset ehdolla olevat pysähdyspaikat reittipäivän suunnitteluun (pisteet tai polygonit; stop_id-kenttä tai kohteiden tunnisteet).</translation>
    </message>
    <message>
        <source>Plan: minutes the unit spends at each chosen stop, setup included.</source>
        <translation>Suunnitelma: minuutit, jotka yksikkö viettää kullakin valitulla pysähdyspaikalla, valmistelut mukaan lukien.</translation>
    </message>
    <message>
        <source>Plan: the candidates with their route order (seq, 0: not chosen) and the need within reach.</source>
        <translation>Suunnitelma: ehdokkaat reittijärjestyksineen (seq, 0: ei valittu) ja ulottuvilla oleva tarve.</translation>
    </message>
    <message>
        <source>Plan: the route day with its stops, drive, day and slack minutes and the need covered.</source>
        <translation>Suunnitelma: reittipäivä pysähdyspaikkoineen, ajo-, päivä- ja pelivaraminuutteineen sekä katettu tarve.</translation>
    </message>
    <message>
        <source>Optional mobile stops (points with stop_id and unit_id): a cell within the mobile stop access time of a stop with visits counts as served by it.</source>
        <translation>Valinnaiset liikkuvan palvelun pysähdyspaikat (pisteet, joilla stop_id ja unit_id): ruutu lasketaan pysähdyspaikan palvelemaksi, jos sille on pysähdyspaikan matka-ajan verran tai vähemmän ja pysähdyspaikalla on käyntejä.</translation>
    </message>
    <message>
        <source>Mobile units table (needed with mobile stops): unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</source>
        <translation>Liikkuvien yksiköiden taulukko (tarvitaan pysähdyspaikkojen kanssa): unit_id, base_id, visits_per_hour, staff_per_shift, shift_min, setup_min.</translation>
    </message>
    <message>
        <source>Stop schedule table (needed with mobile stops), as for Mobile service units.</source>
        <translation>Pysähdysaikataulu (tarvitaan pysähdyspaikkojen kanssa), kuten Liikkuvat palveluyksiköt -työkalussa.</translation>
    </message>
    <message>
        <source>A cell is served by a mobile stop within this many minutes (same travel mode as the sites).</source>
        <translation>Ruutu lasketaan liikkuvan palvelun pysähdyspaikan palvelemaksi, jos pysähdyspaikalle on enintään näin monta minuuttia (sama kulkutapa kuin toimipisteillä).</translation>
    </message>
    <message>
        <source>Field of the population layer matching the broadband table&apos;s grid_id (needed with a broadband table).</source>
        <translation>Väestötason kenttä, joka vastaa laajakaistataulukon grid_id-kenttää (tarvitaan laajakaistataulukon kanssa).</translation>
    </message>
    <message>
        <source>Optional broadband table (grid_id, hh_total, hh_fixed_100M, mob_cov): with it, remote visits count as a channel.</source>
        <translation>Valinnainen laajakaistataulukko (grid_id, hh_total, hh_fixed_100M, mob_cov): sen kanssa etäasiointi lasketaan kanavaksi.</translation>
    </message>
    <message>
        <source>Optional table per area: residents losing the site, made up by a mobile stop, by remote visits, and left.</source>
        <translation>Valinnainen taulukko alueittain: toimipisteen menettävät asukkaat, pysähdyspaikan korvaamat, etäasioinnin korvaamat ja ilman korvaavaa palvelua jäävät.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which sites to keep, close and open, year by year, so that the network costs the least while every resident is served and a stated level of access holds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: cells with an id and demand per year, named by a pattern such as &lt;code&gt;need_{year}&lt;/code&gt; (the output of &lt;i&gt;Population projection to target years&lt;/i&gt;) or one field for every year. &lt;b&gt;Sites&lt;/b&gt; (table or layer): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;existing&lt;/code&gt; (1 = open today, 0 = candidate), and the cost fields of &lt;i&gt;Service network costs&lt;/i&gt; (&lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;...), optional &lt;code&gt;capacity&lt;/code&gt; (demand units per year), &lt;code&gt;lease_end&lt;/code&gt; (an existing site can close only from the year after its lease end; without one from the first year), &lt;code&gt;open_from&lt;/code&gt; (first year a candidate can open), &lt;code&gt;required&lt;/code&gt; and &lt;code&gt;forbidden&lt;/code&gt; (1/0). &lt;b&gt;Travel times&lt;/b&gt;: a long table &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, e.g. the OD matrix algorithm&apos;s output from cells to sites (pairs missing from it cannot be used).&lt;/p&gt;&lt;p&gt;What is computed: an exact mixed-integer programme (HiGHS) minimising the sum over the years of discounted [sites&apos; yearly costs while open + EUR per minute x demand x travel minutes], where each cell&apos;s demand goes to open sites (split only where capacities bind), existing sites close at most once and stay closed, candidates open at most once and stay open, and, when an &lt;b&gt;access floor&lt;/b&gt; is given, at least that share of the floor demand (e.g. &lt;code&gt;pop_75_84_{year},pop_85__{year}&lt;/code&gt;) is served within the floor minutes every year, and, with &lt;b&gt;staff available&lt;/b&gt; (&lt;code&gt;area&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;; an empty area is the whole county; the sites&apos; &lt;code&gt;area&lt;/code&gt; field places them), the open sites of an area never need more FTE of a profession (from &lt;b&gt;staff per site&lt;/b&gt;) than available. When no plan can meet the staff limits, the message names each limit that cannot be met and the FTE that the plan closest to the limits (least FTE over them in total) would still need. A site&apos;s yearly cost is what it would cost open all year (rent, renewal rent after lease end, operating costs, and the repair backlog in its investment year). &lt;b&gt;EUR per minute&lt;/b&gt; values a demand unit&apos;s one-way travel minute; 0.4 is about a return trip by car at Kela&apos;s 0.20 EUR/km and 60 km/h. The log and the yearly table state the objective, the solver&apos;s proven lower bound and the gap.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the plan (site, year, open, change: kept/closed/opened, demand served) and a yearly table (sites open, fixed costs, travel cost, share of floor demand within the floor minutes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mitkä toimipisteet säilytetään, suljetaan ja avataan vuosi vuodelta, jotta palveluverkko maksaa vähiten, kun jokainen asukas saa palvelun ja sovittu saavutettavuuden taso toteutuu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kysyntä&lt;/b&gt;: ruudut, joilla on tunnus ja kysyntä vuosittain, nimettyinä kaavalla kuten &lt;code&gt;need_{year}&lt;/code&gt; (algoritmin &lt;i&gt;Väestöennuste tavoitevuosille&lt;/i&gt; tulos), tai yksi kenttä kullekin vuodelle. &lt;b&gt;Toimipisteet&lt;/b&gt; (taulukko tai taso): &lt;code&gt;site_id&lt;/code&gt;, &lt;code&gt;existing&lt;/code&gt; (1 = avoinna nyt, 0 = ehdokas) ja algoritmin &lt;i&gt;Palveluverkon kustannukset&lt;/i&gt; kustannuskentät (&lt;code&gt;rent_eur_year&lt;/code&gt;, &lt;code&gt;m2&lt;/code&gt;, &lt;code&gt;opex_eur_m2_year&lt;/code&gt;...), valinnaisesti &lt;code&gt;capacity&lt;/code&gt; (kysyntäyksikköä vuodessa), &lt;code&gt;lease_end&lt;/code&gt; (nykyisen toimipisteen voi sulkea vasta vuokrakauden päättymistä seuraavasta vuodesta alkaen; ilman sitä jo ensimmäisestä vuodesta), &lt;code&gt;open_from&lt;/code&gt; (ensimmäinen vuosi, jona ehdokkaan voi avata), &lt;code&gt;required&lt;/code&gt; ja &lt;code&gt;forbidden&lt;/code&gt; (1/0). &lt;b&gt;Matka-ajat&lt;/b&gt;: pitkä taulukko &lt;code&gt;origin_id&lt;/code&gt;, &lt;code&gt;dest_id&lt;/code&gt;, &lt;code&gt;time_min&lt;/code&gt;, esim. lähtö–määränpää-matriisialgoritmin tulos ruuduista toimipisteisiin (siitä puuttuvia pareja ei voi käyttää).&lt;/p&gt;&lt;p&gt;Mitä lasketaan: tarkka sekalukuoptimointimalli (HiGHS), joka minimoi vuosien diskontattujen [toimipisteiden vuosikustannukset niiden ollessa avoinna + euroa minuutilta x kysyntä x matkaminuutit] summan. Kunkin ruudun kysyntä ohjautuu avoimiin toimipisteisiin (jakautuen vain, kun kapasiteetit rajoittavat), nykyiset toimipisteet suljetaan enintään kerran ja ne pysyvät suljettuina, ehdokkaat avataan enintään kerran ja ne pysyvät avoinna. Kun &lt;b&gt;saavutettavuuden vähimmäistaso&lt;/b&gt; on annettu, vähintään sen osuus vähimmäistason kysynnästä (esim. &lt;code&gt;pop_75_84_{year},pop_85__{year}&lt;/code&gt;) palvellaan minuuttirajan sisällä joka vuosi. Kun &lt;b&gt;käytettävissä oleva henkilöstö&lt;/b&gt; on annettu (&lt;code&gt;area&lt;/code&gt;, &lt;code&gt;profession&lt;/code&gt;, &lt;code&gt;fte&lt;/code&gt;; tyhjä alue on koko hyvinvointialue; toimipisteiden &lt;code&gt;area&lt;/code&gt;-kenttä sijoittaa ne alueille), alueen avoimien toimipisteiden henkilötyövuositarve (FTE) ammattiryhmittäin (&lt;b&gt;henkilöstö toimipisteittäin&lt;/b&gt; -taulukosta) ei koskaan ylitä käytettävissä olevaa. Jos mikään suunnitelma ei pysy henkilöstörajoissa, ilmoitus nimeää jokaisen rajan, jota ei voida noudattaa, sekä FTE-määrän, jonka rajoja lähimpänä oleva suunnitelma (rajat ylittyvät yhteensä vähiten FTE:tä) vielä tarvitsisi. Toimipisteen vuosikustannus on se, mitä se maksaisi koko vuoden avoinna (vuokra, uusittu vuokra vuokrakauden päätyttyä, käyttökustannukset sekä korjausvelka investointivuonna). &lt;b&gt;Euroa matkaminuuttia kohden&lt;/b&gt; arvottaa kysyntäyksikön yhdensuuntaisen matkaminuutin; 0,4 vastaa suunnilleen edestakaista automatkaa Kelan 0,20 EUR/km korvauksella ja 60 km/h nopeudella. Loki ja vuositaulukko kertovat tavoitefunktion arvon, ratkaisijan todistetun alarajan ja eron.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: suunnitelma (toimipiste, vuosi, avoinna, muutos: säilytetty/suljettu/avattu, palveltu kysyntä) ja vuositaulukko (avoimet toimipisteet, kiinteät kustannukset, matkakustannus, minuuttirajan sisällä palvellun vähimmäistason kysynnän osuus).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the yearly costs and NPV of &apos;keep all&apos; and &apos;close 3 and 4&apos;, the second&apos;s costs per site and year with the site costs, and the staff commutes of the merger.</source>
        <translation>vaihtoehtojen 'keep all' ja 'close 3 and 4' vuosittaiset kustannukset ja nykyarvot, jälkimmäisen kustannukset toimipisteittäin ja vuosittain toimipisteiden kustannuksineen sekä yhdistämisen henkilöstön työmatkat.</translation>
    </message>
    <message>
        <source>Count the population as projected to this year (e.g. 2030): the population field becomes the cells&apos; projected demand by age (growth factors of the projection table per municipality and age group, masked -1 ages filled from the municipality&apos;s shares, no raking), weighted by the use rates when given. 0: the population as it is.</source>
        <translation>Laske väestö tälle vuodelle ennustettuna (esim. 2030): väestökentän tilalle tulee ruutujen ennustettu kysyntä iän mukaan (ennustetaulukon kasvukertoimet kunnittain ja ikäryhmittäin, peitetyt -1-iät täydennetään kunnan osuuksilla, ei reunasummiin sovitusta), painotettuna käyttöasteilla, jos ne on annettu. 0: väestö sellaisenaan.</translation>
    </message>
    <message>
        <source>Target year: visits per person and year by age group of the projection, e.g. 0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9; empty: persons.</source>
        <translation>Tavoitevuosi: käyntiä henkeä kohden vuodessa ennusteen ikäryhmittäin, esim. 0_14=1.5,15_64=2,65_74=3.5,75_84=6,85_=9; tyhjä: henkilöt.</translation>
    </message>
    <message>
        <source>Optional table of the staff available: area, profession, fte. A plan may not need more FTE of a profession in an area than listed (the sites&apos; FTE by profession from the staff table, their area from the sites&apos; area field).</source>
        <translation>Valinnainen taulukko käytettävissä olevasta henkilöstöstä: area, profession, fte. Suunnitelma ei saa tarvita alueella minkään ammattiryhmän henkilötyövuosia (FTE) enempää kuin taulukossa on (toimipisteiden FTE ammattiryhmittäin henkilöstötaulukosta, niiden alue toimipisteiden area-kentästä).</translation>
    </message>
    <message>
        <source>Costs per year of each scenario (Service network costs or the least-cost plan&apos;s plan by year); the first is the baseline.</source>
        <translation>Kunkin vaihtoehdon kustannukset vuosittain (Palveluverkon kustannukset tai edullisimman suunnitelman Suunnitelma vuosittain); ensimmäinen on perusvaihtoehto.</translation>
    </message>
    <message>
        <source>Optional NPV tables of Service network costs; empty: computed from the yearly totals.</source>
        <translation>Valinnaiset algoritmin Palveluverkon kustannukset nykyarvotaulukot; tyhjä: lasketaan vuosisummista.</translation>
    </message>
    <message>
        <source>Discount rate (%) when no NPV table is given.</source>
        <translation>Diskonttokorko (%), kun nykyarvotaulukkoa ei ole annettu.</translation>
    </message>
    <message>
        <source>Optional costs per site and year of one scenario, or a plan by site and year: the lease timeline.</source>
        <translation>Valinnaiset yhden vaihtoehdon kustannukset toimipisteittäin ja vuosittain tai suunnitelma toimipisteittäin ja vuosittain: vuokrasopimusten aikajana.</translation>
    </message>
    <message>
        <source>Optional staff commutes by site (over the limit before and after).</source>
        <translation>Valinnaiset henkilöstön työmatkat toimipisteittäin (rajan ylittävät ennen ja jälkeen).</translation>
    </message>
    <message>
        <source>Optional staff per site: site_id, profession, fte (the FTE an open site needs).</source>
        <translation>Valinnainen henkilöstö toimipisteittäin: site_id, profession, fte (avoimen toimipisteen tarvitsemat henkilötyövuodet, FTE).</translation>
    </message>
    <message>
        <source>Every input point (facility, population feature, origin, destination) the network cannot route, as QGIS&apos;s own service area reports them: &lt;code&gt;layer&lt;/code&gt;, &lt;code&gt;feature_id&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;too far from a road&lt;/i&gt;, &lt;i&gt;on a road piece not connected to the main network&lt;/i&gt;, &lt;i&gt;no geometry&lt;/i&gt;) and &lt;code&gt;snap_m&lt;/code&gt;, the distance to the nearest usable road (m). The other outputs count these points as not reaching any facility.</source>
        <translation>Jokainen syöttöpiste (toimipiste, väestökohde, lähtö- tai määräpaikka), jota verkko ei pysty reitittämään, samaan tapaan kuin QGISin oma palvelualuetyökalu ne ilmoittaa: &lt;code&gt;layer&lt;/code&gt;, &lt;code&gt;feature_id&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;liian kaukana tiestä&lt;/i&gt;, &lt;i&gt;tien osalla, joka ei ole yhteydessä pääverkkoon&lt;/i&gt;, &lt;i&gt;ei geometriaa&lt;/i&gt;) ja &lt;code&gt;snap_m&lt;/code&gt;, etäisyys lähimpään käyttökelpoiseen tiehen (m). Muut tulokset laskevat nämä pisteet sellaisiksi, jotka eivät saavuta yhtään toimipistettä.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Road network parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Road network&lt;/b&gt;: line layer of roads (e.g. OSM, Digiroad). Lines are joined where they share a vertex: vertices within the &lt;b&gt;topology tolerance&lt;/b&gt; of each other (directly or through a chain of such vertices) become one junction; the log says how many were joined, and a tolerance not smaller than the median road segment is refused (it would collapse the network). &lt;b&gt;Travel mode&lt;/b&gt;: car, walk, bike, wheelchair. &lt;b&gt;Road class field&lt;/b&gt; with &lt;b&gt;road class scheme&lt;/b&gt; OSM &lt;i&gt;highway&lt;/i&gt; values or Digiroad functional classes 1-8 gives car speeds per class (edit them with &lt;b&gt;class speeds&lt;/b&gt;, e.g. &lt;code&gt;residential=30,service=15&lt;/code&gt;; 0 closes a class) and tells which roads the other modes may not use (e.g. motorways). With the OSM scheme, the classes that OSM documents as never open to private cars are closed to cars: &lt;i&gt;footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, elevator, platform, busway, bus_guideway, raceway, escape&lt;/i&gt;, and ways not built or no longer in use (&lt;i&gt;proposed, planned, construction, abandoned, disused, razed&lt;/i&gt;; these, raceways, motorways and trunk roads are closed to walking and cycling too); every other class outside the speed table is driven at the &lt;b&gt;car speed on roads of unknown class&lt;/b&gt;. With the Digiroad scheme only the classes of the table (1-7) are open to cars. &lt;b&gt;Speed field&lt;/b&gt; (km/h) wins over the class speed for cars; NULL falls back to the class speed. &lt;b&gt;One-way field&lt;/b&gt; accepts OSM &lt;code&gt;oneway&lt;/code&gt; values (yes/-1) or Digiroad direction codes (2 both, 3 against, 4 along digitising); an OSM &lt;code&gt;other_tags&lt;/code&gt; field works too, and there &lt;code&gt;junction=roundabout&lt;/code&gt; or &lt;code&gt;circular&lt;/code&gt; without a &lt;code&gt;oneway&lt;/code&gt; tag is one-way along the way, as OSM defines it. One-way rules apply to: car. Points (facilities, population) are snapped to the nearest point of the nearest road usable by the mode on the main network (its largest connected piece); the walk from the point to the road is counted at the &lt;b&gt;access walking speed&lt;/b&gt;. A point whose nearest road is a piece not connected to the main network is snapped to the main network, farther away: the log counts such points and outputs with a &lt;code&gt;snap_note&lt;/code&gt; field mark them &lt;i&gt;nearest road not connected to the network&lt;/i&gt;. Points farther than the &lt;b&gt;maximum snapping distance&lt;/b&gt; from the main network are reported with the reason: &lt;i&gt;on a road piece not connected to the main network&lt;/i&gt; when such a piece is within that distance, else &lt;i&gt;too far from a road&lt;/i&gt;. A point at the very place of a facility is 0 minutes from it. Distances are measured in a CRS in ground metres: the road layer's own when it is one, else EPSG:3067 (TM35FIN) in Finland and the local UTM zone elsewhere (the log says which).&lt;/p&gt;&lt;h3&gt;Digiroad road links&lt;/h3&gt;&lt;p&gt;A Digiroad road-link product of the Finnish Transport Infrastructure Agency (Väylävirasto; shapefile or GeoPackage, upper- or lower-case field names) is recognised by its fields: an empty &lt;b&gt;road class field&lt;/b&gt; becomes &lt;code&gt;TOIMINN_LK&lt;/code&gt; (functional class) and selects the Digiroad scheme, an empty &lt;b&gt;link type field&lt;/b&gt; &lt;code&gt;LINKKITYYP&lt;/code&gt;, an empty &lt;b&gt;one-way field&lt;/b&gt; &lt;code&gt;AJOSUUNTA&lt;/code&gt;; the log says so, and names each of these fields the layer lacks with what is then assumed. Codes outside the lists below are counted and listed in the log: an unknown functional class closes the link, an unknown link type leaves it to its functional class. &lt;b&gt;Digiroad speed limits&lt;/b&gt;: the speed-limit layer (&lt;code&gt;DR_NOPEUSRAJOITUS&lt;/code&gt;: &lt;code&gt;LINK_ID&lt;/code&gt;, measures &lt;code&gt;ALKUM&lt;/code&gt;..&lt;code&gt;LOPPUM&lt;/code&gt; in metres, &lt;code&gt;ARVO&lt;/code&gt; km/h) joined to the links by &lt;code&gt;LINK_ID&lt;/code&gt;; a link takes the speed that gives the same time as its limits over the measure ranges they cover (e.g. 80 km/h on 500 m and 40 km/h on 500 m: 53.3 km/h); a link less than half covered, or not in the table, keeps its class speed. Limits are for cars. A ferry (link type 21) is a timed link for every mode: 10 km/h plus a 10-minute wait. &lt;code&gt;KUNTAKOODI&lt;/code&gt; (municipality code) is not used for routing. Codes as in &lt;i&gt;Digiroad – Description of Data Objects&lt;/i&gt; (Väylävirasto, release 4/2017, appendix 1) and &lt;i&gt;Digiroad – tietolajien kuvaus&lt;/i&gt;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Field&lt;/th&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Meaning&lt;/th&gt;&lt;th&gt;Engine class&lt;/th&gt;&lt;th&gt;Rules&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;class I main road (valtatie) / regional main street&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;no walk, no bike, car 90 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;class II main road (kantatie) / regional main street&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;car 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;regional road (seututie) / local main street&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;car 60 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;connecting road (yhdystie) / collector street&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;car 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;class I private road / feeder street&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;car 40 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;class II private road (other private road)&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;car 30 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;driving path (ajopolku)&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;car 20 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;pedestrian and cycle way (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;motorway (moottoritie)&lt;/td&gt;&lt;td&gt;motorway&lt;/td&gt;&lt;td&gt;no walk, no bike, car 100 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;multiple carriageway road (moniajoratainen tie)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;single carriageway road (yksiajoratainen tie)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;freeway (moottoriliikennetie)&lt;/td&gt;&lt;td&gt;freeway&lt;/td&gt;&lt;td&gt;no walk, no bike, car 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;roundabout (kiertoliittymä)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;slip road / ramp (ramppi)&lt;/td&gt;&lt;td&gt;ramp&lt;/td&gt;&lt;td&gt;no walk, no bike, car 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;rest area (levähdysalue)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;pedestrian and cycle way (kevyen liikenteen väylä)&lt;/td&gt;&lt;td&gt;path&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;pedestrian zone (jalankulkualue)&lt;/td&gt;&lt;td&gt;pedestrian_zone&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;service or emergency road (huolto- tai pelastustie)&lt;/td&gt;&lt;td&gt;service_road&lt;/td&gt;&lt;td&gt;no car&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;enclosed traffic area (liitännäisliikennealue)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;driving path (ajopolku)&lt;/td&gt;&lt;td&gt;(functional class)&lt;/td&gt;&lt;td&gt;as its functional class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;service opening on a motorway (huoltoaukko moottoritiellä)&lt;/td&gt;&lt;td&gt;service_opening&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;special transport connection with a gate (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;special transport connection without a gate (erikoiskuljetusyhteys)&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;no car, no walk, no bike&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;21&lt;/td&gt;&lt;td&gt;ferry (lautta / lossi)&lt;/td&gt;&lt;td&gt;ferry&lt;/td&gt;&lt;td&gt;all at 10 km/h + 10 min wait&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;both directions&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;both ways&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;against the digitising direction&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;one-way against the line (cars)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;along the digitising direction&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;one-way along the line (cars)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Class 1 roads are also closed to walking and cycling (with no link type, class 1 stands for motorways); wheelchairs also keep off driving paths (class 7) and service roads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tieverkon parametrit&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tieverkko&lt;/b&gt;: teiden viivataso (esim. OSM, Digiroad). Viivat yhdistetään, kun niillä on yhteinen taitepiste: &lt;b&gt;topologian toleranssin&lt;/b&gt; sisällä toisistaan olevat taitepisteet (suoraan tai tällaisten taitepisteiden ketjun kautta) muuttuvat yhdeksi risteykseksi; loki kertoo, montako yhdistettiin, ja toleranssi, joka ei ole tiesegmenttien mediaanipituutta pienempi, hylätään (se romahduttaisi verkon). &lt;b&gt;Kulkutapa&lt;/b&gt;: auto, kävely, pyörä, pyörätuoli. &lt;b&gt;Tieluokkakenttä&lt;/b&gt; yhdessä &lt;b&gt;tieluokituksen&lt;/b&gt; kanssa (OSM:n &lt;i&gt;highway&lt;/i&gt;-arvot tai Digiroadin toiminnalliset luokat 1-8) antaa autojen nopeudet luokittain (muokkaa niitä &lt;b&gt;luokkien nopeuksilla&lt;/b&gt;, esim. &lt;code&gt;residential=30,service=15&lt;/code&gt;; 0 sulkee luokan) ja kertoo, mitä teitä muut kulkutavat eivät saa käyttää (esim. moottoritiet). OSM-luokituksella autoilta suljetaan luokat, jotka OSM dokumentoi yksityisautoilta aina suljetuiksi: &lt;i&gt;footway, pedestrian, path, cycleway, bridleway, steps, corridor, via_ferrata, elevator, platform, busway, bus_guideway, raceway, escape&lt;/i&gt;, sekä rakentamattomat tai käytöstä poistuneet tiet (&lt;i&gt;proposed, planned, construction, abandoned, disused, razed&lt;/i&gt;; nämä, kilparadat, moottoritiet ja moottoriliikennetiet on suljettu myös kävelyltä ja pyöräilyltä); kaikilla muilla nopeustaulukon ulkopuolisilla luokilla ajetaan &lt;b&gt;auton nopeudella tuntemattoman luokan teillä&lt;/b&gt;. Digiroad-luokituksella autoille ovat avoinna vain taulukon luokat (1-7). &lt;b&gt;Nopeuskenttä&lt;/b&gt; (km/h) ohittaa autojen luokkanopeuden; NULL-arvolla käytetään luokan nopeutta. &lt;b&gt;Yksisuuntaisuuskenttä&lt;/b&gt; hyväksyy OSM:n &lt;code&gt;oneway&lt;/code&gt;-arvot (yes/-1) tai Digiroadin suuntakoodit (2 molemmat, 3 digitointisuuntaa vastaan, 4 digitointisuuntaan); myös OSM:n &lt;code&gt;other_tags&lt;/code&gt;-kenttä käy, ja siinä &lt;code&gt;junction=roundabout&lt;/code&gt; tai &lt;code&gt;circular&lt;/code&gt; ilman &lt;code&gt;oneway&lt;/code&gt;-tagia on yksisuuntainen tien suuntaan, kuten OSM sen määrittelee. Yksisuuntaisuus koskee kulkutapoja: auto. Pisteet (palvelupisteet, väestö) kohdistetaan kulkutavan käytettävissä olevan lähimmän pääverkon tien (verkon suurimman yhtenäisen osan) lähimpään pisteeseen; kävely pisteestä tielle lasketaan &lt;b&gt;kävelynopeudella pisteestä tielle&lt;/b&gt;. Piste, jonka lähin tie on pääverkkoon yhdistämätön pätkä, kohdistetaan kauempana olevaan pääverkkoon: loki laskee tällaiset pisteet, ja tulokset, joissa on &lt;code&gt;snap_note&lt;/code&gt;-kenttä, merkitsevät ne tekstillä &lt;i&gt;lähin tie ei ole yhteydessä verkkoon&lt;/i&gt;. Pisteet, jotka ovat &lt;b&gt;suurinta kohdistusetäisyyttä&lt;/b&gt; kauempana pääverkosta, raportoidaan syyn kanssa: &lt;i&gt;tien osalla, joka ei ole yhteydessä pääverkkoon&lt;/i&gt;, kun tällainen pätkä on tämän etäisyyden sisällä, muuten &lt;i&gt;liian kaukana tiestä&lt;/i&gt;. Palvelupisteen kohdalla oleva piste on siitä 0 minuutin päässä. Etäisyydet mitataan maastometreissä olevassa koordinaatistossa: tietason omassa, jos se on sellainen, muuten Suomessa EPSG:3067 (TM35FIN) ja muualla paikallisessa UTM-vyöhykkeessä (loki kertoo, missä).&lt;/p&gt;&lt;h3&gt;Digiroadin tielinkit&lt;/h3&gt;&lt;p&gt;Väyläviraston Digiroad-tielinkkiaineisto (shapefile tai GeoPackage, kenttien nimet isoin tai pienin kirjaimin) tunnistetaan sen kentistä: tyhjäksi jätetty &lt;b&gt;tieluokkakenttä&lt;/b&gt; saa arvon &lt;code&gt;TOIMINN_LK&lt;/code&gt; (toiminnallinen luokka) ja valitsee Digiroad-luokituksen, tyhjä &lt;b&gt;linkkityyppikenttä&lt;/b&gt; arvon &lt;code&gt;LINKKITYYP&lt;/code&gt; ja tyhjä &lt;b&gt;yksisuuntaisuuskenttä&lt;/b&gt; arvon &lt;code&gt;AJOSUUNTA&lt;/code&gt;; loki kertoo tästä ja nimeää jokaisen näistä kentistä, joka tasolta puuttuu, sekä sen, mitä silloin oletetaan. Alla olevien luetteloiden ulkopuoliset koodit lasketaan ja luetellaan lokissa: tuntematon toiminnallinen luokka sulkee linkin, tuntemattoman linkkityypin linkkiä kohdellaan sen toiminnallisen luokan mukaan. &lt;b&gt;Digiroadin nopeusrajoitukset&lt;/b&gt;: nopeusrajoitustaso (&lt;code&gt;DR_NOPEUSRAJOITUS&lt;/code&gt;: &lt;code&gt;LINK_ID&lt;/code&gt;, mitat &lt;code&gt;ALKUM&lt;/code&gt;..&lt;code&gt;LOPPUM&lt;/code&gt; metreinä, &lt;code&gt;ARVO&lt;/code&gt; km/h) liitetään linkkeihin kentän &lt;code&gt;LINK_ID&lt;/code&gt; perusteella; linkki saa nopeuden, joka antaa saman ajan kuin sen rajoitukset niiden kattamilla mittaväleillä (esim. 80 km/h 500 m:n ja 40 km/h 500 m:n matkalla: 53,3 km/h); linkki, josta alle puolet on katettu tai joka puuttuu taulukosta, säilyttää luokkansa nopeuden. Rajoitukset koskevat autoja. Lautta (linkkityyppi 21) on kaikille kulkutavoille ajastettu linkki: 10 km/h ja 10 minuutin odotus. Kenttää &lt;code&gt;KUNTAKOODI&lt;/code&gt; (kuntakoodi) ei käytetä reitityksessä. Koodit kuten julkaisuissa &lt;i&gt;Digiroad – Description of Data Objects&lt;/i&gt; (Väylävirasto, julkaisu 4/2017, liite 1) ja &lt;i&gt;Digiroad – tietolajien kuvaus&lt;/i&gt;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Kenttä&lt;/th&gt;&lt;th&gt;Koodi&lt;/th&gt;&lt;th&gt;Merkitys&lt;/th&gt;&lt;th&gt;Laskentaluokka&lt;/th&gt;&lt;th&gt;Säännöt&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;valtatie / seudullinen pääkatu&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;ei kävelyä, ei pyöräilyä, auto 90 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;kantatie / seudullinen pääkatu&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;auto 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;seututie / alueellinen pääkatu&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;auto 60 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;yhdystie / kokoojakatu&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;auto 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;tärkeämpi yksityistie (I luokka) / liityntäkatu&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;auto 40 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;muu yksityistie (II luokka)&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;auto 30 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;ajopolku&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;auto 20 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TOIMINN_LK&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;kevyen liikenteen väylä&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;ei autoja&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;moottoritie&lt;/td&gt;&lt;td&gt;motorway&lt;/td&gt;&lt;td&gt;ei kävelyä, ei pyöräilyä, auto 100 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;moniajoratainen tie&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;yksiajoratainen tie&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;moottoriliikennetie&lt;/td&gt;&lt;td&gt;freeway&lt;/td&gt;&lt;td&gt;ei kävelyä, ei pyöräilyä, auto 80 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;kiertoliittymä&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;ramppi&lt;/td&gt;&lt;td&gt;ramp&lt;/td&gt;&lt;td&gt;ei kävelyä, ei pyöräilyä, auto 50 km/h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;levähdysalue&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;kevyen liikenteen väylä&lt;/td&gt;&lt;td&gt;path&lt;/td&gt;&lt;td&gt;ei autoja&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;jalankulkualue&lt;/td&gt;&lt;td&gt;pedestrian_zone&lt;/td&gt;&lt;td&gt;ei autoja&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;huolto- tai pelastustie&lt;/td&gt;&lt;td&gt;service_road&lt;/td&gt;&lt;td&gt;ei autoja&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;liitännäisliikennealue&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;ajopolku&lt;/td&gt;&lt;td&gt;(toiminnallinen luokka)&lt;/td&gt;&lt;td&gt;kuten sen toiminnallinen luokka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;huoltoaukko moottoritiellä&lt;/td&gt;&lt;td&gt;service_opening&lt;/td&gt;&lt;td&gt;ei autoja, ei kävelyä, ei pyöräilyä&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;erikoiskuljetusyhteys puomilla&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;ei autoja, ei kävelyä, ei pyöräilyä&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;erikoiskuljetusyhteys ilman puomia&lt;/td&gt;&lt;td&gt;special_transport&lt;/td&gt;&lt;td&gt;ei autoja, ei kävelyä, ei pyöräilyä&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LINKKITYYP&lt;/td&gt;&lt;td&gt;21&lt;/td&gt;&lt;td&gt;lautta / lossi&lt;/td&gt;&lt;td&gt;ferry&lt;/td&gt;&lt;td&gt;kaikki 10 km/h + 10 min odotus&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;molempiin suuntiin&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;kaksisuuntainen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;digitointisuuntaa vastaan&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;yksisuuntainen viivaa vastaan (autot)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AJOSUUNTA&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;digitointisuuntaan&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;yksisuuntainen viivan suuntaan (autot)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Luokan 1 tiet on suljettu myös kävelyltä ja pyöräilyltä (ilman linkkityyppiä luokka 1 tarkoittaa moottoriteitä); pyörätuolit eivät myöskään käytä ajopolkuja (luokka 7) eivätkä huoltoteitä.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A list of service sites as the counties keep them, a CSV table (comma, semicolon or tab separated; UTF-8 or Windows-1252; decimal commas read), into a point layer in EPSG:3067 (ETRS-TM35FIN) with every column of the table (columns holding only numbers as numbers).&lt;/p&gt;&lt;p&gt;The coordinate columns are found by name unless chosen: &lt;code&gt;x&lt;/code&gt;/&lt;code&gt;y&lt;/code&gt;, &lt;code&gt;E&lt;/code&gt;/&lt;code&gt;N&lt;/code&gt;, &lt;code&gt;itä&lt;/code&gt;/&lt;code&gt;pohjoinen&lt;/code&gt;, &lt;code&gt;easting&lt;/code&gt;/&lt;code&gt;northing&lt;/code&gt;, &lt;code&gt;xkoord&lt;/code&gt;/&lt;code&gt;ykoord&lt;/code&gt; for ETRS-TM35FIN metres, &lt;code&gt;lon&lt;/code&gt; (or &lt;code&gt;lng&lt;/code&gt;)/&lt;code&gt;lat&lt;/code&gt; for WGS84 degrees. The system is told by the values: in Finland TM35FIN easting lies between 20,000 and 800,000 m and northing between 6,550,000 and 7,850,000 m, WGS84 longitude between 19 and 32 and latitude between 59 and 71; a northing in the column named &lt;code&gt;x&lt;/code&gt; (the Finnish surveying habit) is read as the northing. The log says which columns and system were used. Rows whose coordinates cannot be read (empty, not numbers, outside Finland, or an address alone: addresses cannot be located offline, geocode them first) are left out and named in the log by row number and site name.&lt;/p&gt;&lt;p&gt;A Statistics Finland population grid as a table works too: its &lt;code&gt;xkoord&lt;/code&gt;, &lt;code&gt;ykoord&lt;/code&gt; (or &lt;code&gt;euref_x&lt;/code&gt;, &lt;code&gt;euref_y&lt;/code&gt;) are the cells' lower-left corners, so with a &lt;code&gt;grd_id&lt;/code&gt; (e.g. &lt;code&gt;250mN667075E38250&lt;/code&gt;) giving the cell size the points are put at the cell centres; the population fields are kept as numbers, masked cells as -1 (the algorithms count those as 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hyvinvointialueiden ylläpitämä toimipisteluettelo CSV-taulukkona (erottimena pilkku, puolipiste tai sarkain; UTF-8 tai Windows-1252; desimaalipilkut luetaan) pistetasoksi koordinaatistoon EPSG:3067 (ETRS-TM35FIN) taulukon kaikkine sarakkeineen (pelkkiä lukuja sisältävät sarakkeet lukuina).&lt;/p&gt;&lt;p&gt;Koordinaattisarakkeet haetaan nimen perusteella, ellei niitä valita: &lt;code&gt;x&lt;/code&gt;/&lt;code&gt;y&lt;/code&gt;, &lt;code&gt;E&lt;/code&gt;/&lt;code&gt;N&lt;/code&gt;, &lt;code&gt;itä&lt;/code&gt;/&lt;code&gt;pohjoinen&lt;/code&gt;, &lt;code&gt;easting&lt;/code&gt;/&lt;code&gt;northing&lt;/code&gt;, &lt;code&gt;xkoord&lt;/code&gt;/&lt;code&gt;ykoord&lt;/code&gt; ETRS-TM35FIN-metreille, &lt;code&gt;lon&lt;/code&gt; (tai &lt;code&gt;lng&lt;/code&gt;)/&lt;code&gt;lat&lt;/code&gt; WGS84-asteille. Koordinaatisto päätellään arvoista: Suomessa TM35FIN-itäkoordinaatti on välillä 20 000–800 000 m ja pohjoiskoordinaatti välillä 6 550 000–7 850 000 m, WGS84-pituusaste välillä 19–32 ja leveysaste välillä 59–71; sarakkeessa &lt;code&gt;x&lt;/code&gt; oleva pohjoiskoordinaatti (suomalainen maanmittauskäytäntö) luetaan pohjoiskoordinaatiksi. Loki kertoo, mitä sarakkeita ja koordinaatistoa käytettiin. Rivit, joiden koordinaatteja ei voi lukea (tyhjä, ei lukuja, Suomen ulkopuolella tai pelkkä osoite: osoitteita ei voi paikantaa ilman verkkoyhteyttä, geokoodaa ne ensin), jätetään pois ja nimetään lokissa rivinumeron ja toimipisteen nimen mukaan.&lt;/p&gt;&lt;p&gt;Myös taulukkomuotoinen Tilastokeskuksen väestöruudukko käy: sen &lt;code&gt;xkoord&lt;/code&gt;, &lt;code&gt;ykoord&lt;/code&gt; (tai &lt;code&gt;euref_x&lt;/code&gt;, &lt;code&gt;euref_y&lt;/code&gt;) ovat ruutujen vasemmat alakulmat, joten kun &lt;code&gt;grd_id&lt;/code&gt; (esim. &lt;code&gt;250mN667075E38250&lt;/code&gt;) kertoo ruutukoon, pisteet sijoitetaan ruutujen keskipisteisiin; väestökentät säilytetään lukuina, peitetyt ruudut arvona -1 (algoritmit laskevat ne nollaksi).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>terveysasemat.csv with columns nimi;itä;pohjoinen (or nimi,lat,lon): the health stations as points in EPSG:3067 for the Facilities parameter.</source>
        <translation>terveysasemat.csv, jossa sarakkeet nimi;itä;pohjoinen (tai nimi,lat,lon): terveysasemat pisteinä koordinaatistossa EPSG:3067 Palvelupisteet-parametria varten.</translation>
    </message>
    <message>
        <source>Numeric field with the residents of each feature (NULL counts 0); preselected: vaesto, the total of a Statistics Finland grid. A Statistics Finland mask (-1: fewer than 10 residents, in the age and sex fields) counts 0 people, never -1, and the log counts the masked cells.</source>
        <translation>Numeerinen kenttä, jossa on kunkin kohteen asukasmäärä (NULL lasketaan nollaksi); esivalittuna vaesto, Tilastokeskuksen ruudukon kokonaismäärä. Tilastokeskuksen peitetty arvo (-1: alle 10 asukasta, ikä- ja sukupuolikentissä) lasketaan 0 henkilöksi, ei koskaan -1:ksi, ja loki laskee peitetyt ruudut.</translation>
    </message>
    <message>
        <source>Optional polygons of areas (municipality or county boundaries, e.g. Statistics Finland&apos;s kunta or hyvinvointialue layers) used when no area field is given: each population feature counts in the polygon its point lies in (the first listed where polygons overlap; none: &apos;(no area)&apos;, counted in the log).</source>
        <translation>Valinnaiset aluepolygonit (kunta- tai hyvinvointialuerajat, esim. Tilastokeskuksen kunta- tai hyvinvointialue-tasot), joita käytetään, kun aluekenttää ei ole annettu: kukin väestökohde lasketaan siihen polygoniin, jonka sisällä sen piste on (päällekkäisistä polygoneista ensimmäiseen; jos ei mihinkään: '(no area)', määrä kerrotaan lokissa).</translation>
    </message>
    <message>
        <source>Field naming each area polygon; empty: nimi, name, kunta... or the first field.</source>
        <translation>Kenttä, joka nimeää kunkin aluepolygonin; tyhjä: nimi, name, kunta... tai ensimmäinen kenttä.</translation>
    </message>
    <message>
        <source>Digiroad link type field (LINKKITYYP): motorways, ramps, ferries, pedestrian and cycle ways, service roads follow their own rules; empty: found by name in a Digiroad layer.</source>
        <translation>Digiroadin linkkityyppikenttä (LINKKITYYP): moottoriteillä, rampeilla, lautoilla, kevyen liikenteen väylillä ja huoltoteillä on omat sääntönsä; tyhjä: haetaan nimen perusteella Digiroad-tasosta.</translation>
    </message>
    <message>
        <source>Optional Digiroad speed-limit layer or table (LINK_ID, ALKUM, LOPPUM, ARVO), joined to the road links by link id and measure range; links it does not cover keep their class speed.</source>
        <translation>Valinnainen Digiroadin nopeusrajoitustaso tai -taulukko (LINK_ID, ALKUM, LOPPUM, ARVO), joka liitetään tielinkkeihin linkin tunnuksen ja mittavälin perusteella; linkit, joita se ei kata, säilyttävät luokkansa nopeuden.</translation>
    </message>
    <message>
        <source>One or more GTFS feeds (zip files), e.g. a city&apos;s own, the regional ones, coaches and trains: read together, their ids kept apart per feed; a feed that runs nothing on the date is named in the log (its stops still serve walks), so is a feed none of whose stops the origins can walk to (e.g. another country).</source>
        <translation>Yksi tai useampi GTFS-aineisto (zip-tiedostoja), esim. kaupungin oma, seudulliset, kaukoliikenteen linja-autot ja junat: ne luetaan yhdessä, ja niiden tunnukset pidetään erillään aineistoittain; aineisto, jossa ei ole liikennettä valittuna päivänä, mainitaan lokissa (sen pysäkkejä voi silti käyttää kävelyyn), samoin aineisto, jonka yhdellekään pysäkille lähtöpaikoista ei pääse kävellen (esim. toinen maa).</translation>
    </message>
    <message>
        <source>Stops of different feeds closer than this (m) are one stop: changing between them takes 0 s (other stops within the walk between stops are walked). 0: no merging.</source>
        <translation>Eri aineistojen pysäkit, jotka ovat tätä lähempänä toisiaan (m), ovat yksi pysäkki: vaihto niiden välillä kestää 0 s (muiden pysäkkien välillä, jotka ovat pysäkkien välisen kävelymatkan sisällä, kävellään). 0: ei yhdistämistä.</translation>
    </message>
    <message>
        <source>CSV table of the service sites with coordinates in ETRS-TM35FIN or WGS84.</source>
        <translation>Toimipisteiden CSV-taulukko, koordinaatit ETRS-TM35FIN- tai WGS84-järjestelmässä.</translation>
    </message>
    <message>
        <source>Column with the easting (or longitude); empty: found by its name (x, E, itä, easting, xkoord, lon, lng).</source>
        <translation>Itäkoordinaatin (tai pituusasteen) sarake; tyhjä: haetaan nimen perusteella (x, E, itä, easting, xkoord, lon, lng).</translation>
    </message>
    <message>
        <source>Column with the northing (or latitude); empty: found by its name (y, N, pohjoinen, northing, ykoord, lat).</source>
        <translation>Pohjoiskoordinaatin (tai leveysasteen) sarake; tyhjä: haetaan nimen perusteella (y, N, pohjoinen, northing, ykoord, lat).</translation>
    </message>
    <message>
        <source>The sites as points in EPSG:3067 with the table&apos;s columns.</source>
        <translation>Toimipisteet pisteinä koordinaatistossa EPSG:3067 taulukon sarakkeineen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With channels&lt;/b&gt; the sites are chosen for the demand the other channels leave: a cell within reach of a mobile stop counts as covered (its demand drops out of every problem, also p-median and p-center), every other cell&apos;s demand is multiplied by (1 - sigma); for set cover the share applies to the whole demand, the demand the channels serve counting as covered (the log gives the share of the remaining demand that the sites must cover). The sites layer&apos;s &lt;code&gt;demand&lt;/code&gt; is the demand left for the sites. The cells get the same &lt;code&gt;ch_&lt;/code&gt; fields as in the closure impact, &apos;before&apos; being the current network and &apos;after&apos; the chosen sites, and the report its section &lt;i&gt;Other service channels&lt;/i&gt;: of the residents who have a current site within the coverage threshold and no chosen one, how many a mobile stop and remote visits compensate, per area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Palvelukanavia käytettäessä&lt;/b&gt; toimipisteet valitaan sille kysynnälle, jonka muut kanavat jättävät: ruutu, josta liikkuvan palvelun pysähdyspaikka on saavutettavissa, lasketaan katetuksi (sen kysyntä poistuu kaikista ongelmista, myös p-mediaani- ja p-center-ongelmista), ja kaikkien muiden ruutujen kysyntä kerrotaan luvulla (1 - sigma); joukkopeiteongelmassa osuus koskee koko kysyntää, ja kanavien palvelema kysyntä lasketaan katetuksi (loki kertoo, kuinka suuren osuuden jäljelle jäävästä kysynnästä toimipisteiden on katettava). Toimipistetason &lt;code&gt;demand&lt;/code&gt; on toimipisteille jäävä kysyntä. Ruudut saavat samat &lt;code&gt;ch_&lt;/code&gt;-kentät kuin sulkemisen vaikutuksissa, jolloin 'ennen' on nykyinen verkko ja 'jälkeen' valitut toimipisteet, ja raporttiin tulee osio &lt;i&gt;Muut palvelukanavat&lt;/i&gt;: alueittain, kuinka monta niistä asukkaista, joilla on nykyinen toimipiste kattavuusrajan sisällä mutta ei valittua, liikkuvan palvelun pysähdyspaikka ja etäasiointi korvaavat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The board&apos;s page on what the network scenarios cost, year by year and as a net present value, side by side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Costs per year&lt;/b&gt;: one table per scenario, the &lt;i&gt;Costs per year&lt;/i&gt; output of &lt;i&gt;Service network costs&lt;/i&gt; (its scenario name is used) or the &lt;i&gt;Plan by year&lt;/i&gt; output of the least-cost plan (the layer&apos;s name is used; site costs count as the county&apos;s, site costs plus the value of travel time as the societal view). The first table is the baseline the others are compared with. &lt;b&gt;Net present values&lt;/b&gt;: the NPV outputs of &lt;i&gt;Service network costs&lt;/i&gt; (with their residual values and discount rate); without them the NPV is computed here from the yearly totals at the &lt;b&gt;discount rate&lt;/b&gt;, discounted to the first year, without residual values. &lt;b&gt;Sites by year&lt;/b&gt;: &lt;i&gt;Costs per site and year&lt;/i&gt; of one scenario (&lt;code&gt;active_months&lt;/code&gt;) or the plan by site and year (&lt;code&gt;open&lt;/code&gt;): the lease timeline, with the lease ends of the &lt;b&gt;site costs&lt;/b&gt;. &lt;b&gt;Staff commutes by site&lt;/b&gt;: the output of &lt;i&gt;Staff commutes when sites merge&lt;/i&gt;. &lt;b&gt;Access by scenario&lt;/b&gt;: the &lt;i&gt;Summary&lt;/i&gt; (or the &lt;i&gt;Equity&lt;/i&gt;) output of &lt;i&gt;Closure impact&lt;/i&gt; of the scenarios that change the network; a table goes to the scenario its &lt;code&gt;scenario&lt;/code&gt; field or its layer&apos;s name names, the others in order to the scenarios left, from the second on when there are fewer tables than scenarios (the first is the baseline).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: an HTML page (A4) in the language of QGIS: the county&apos;s yearly totals of every scenario and the difference to the first, a chart of the county and societal totals, the NPV of both views, each scenario&apos;s cost items by year, the months each site is in use per year with its lease end, and the staff over the commute limit before and after; with access tables, per age group and threshold the residents of all areas within it after the change and the change vs. before (from the Equity table: the shares within) of each scenario side by side.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aluehallitukselle tarkoitettu sivu siitä, mitä palveluverkon vaihtoehdot maksavat vuosittain ja nykyarvona, rinnakkain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kustannukset vuosittain&lt;/b&gt;: yksi taulukko vaihtoehtoa kohden, algoritmin &lt;i&gt;Palveluverkon kustannukset&lt;/i&gt; tulos &lt;i&gt;Kustannukset vuosittain&lt;/i&gt; (sen skenaarion nimeä käytetään) tai edullisimman suunnitelman tulos &lt;i&gt;Suunnitelma vuosittain&lt;/i&gt; (tason nimeä käytetään; toimipisteiden kustannukset lasketaan hyvinvointialueen kustannuksiksi ja toimipisteiden kustannukset lisättynä matka-ajan arvolla yhteiskunnan näkökulmaksi). Ensimmäinen taulukko on perusvaihtoehto, johon muita verrataan. &lt;b&gt;Nykyarvot&lt;/b&gt;: algoritmin &lt;i&gt;Palveluverkon kustannukset&lt;/i&gt; nykyarvotulokset (jäännösarvoineen ja diskonttokorkoineen); ilman niitä nykyarvo lasketaan tässä vuosisummista &lt;b&gt;diskonttokorolla&lt;/b&gt; ensimmäiseen vuoteen diskontattuna, ilman jäännösarvoja. &lt;b&gt;Toimipisteet vuosittain&lt;/b&gt;: yhden vaihtoehdon &lt;i&gt;Kustannukset toimipisteittäin ja vuosittain&lt;/i&gt; (&lt;code&gt;active_months&lt;/code&gt;) tai suunnitelma toimipisteittäin ja vuosittain (&lt;code&gt;open&lt;/code&gt;): vuokrasopimusten aikajana, johon vuokrakausien päättyminen merkitään &lt;b&gt;toimipisteiden kustannuksista&lt;/b&gt;. &lt;b&gt;Henkilöstön työmatkat toimipisteittäin&lt;/b&gt;: algoritmin &lt;i&gt;Henkilöstön työmatkat toimipisteiden yhdistyessä&lt;/i&gt; tulos. &lt;b&gt;Saavutettavuus vaihtoehdoittain&lt;/b&gt;: algoritmin &lt;i&gt;Palvelupisteen sulkemisen vaikutukset&lt;/i&gt; tulos &lt;i&gt;Yhteenveto&lt;/i&gt; (tai &lt;i&gt;Yhdenvertaisuusluvut&lt;/i&gt;) niistä vaihtoehdoista, jotka muuttavat palveluverkkoa; taulukko liitetään vaihtoehtoon, jonka sen &lt;code&gt;scenario&lt;/code&gt;-kenttä tai tason nimi nimeää, muut järjestyksessä jäljellä oleviin vaihtoehtoihin, toisesta alkaen, jos taulukoita on vähemmän kuin vaihtoehtoja (ensimmäinen on perusvaihtoehto).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: HTML-sivu (A4) QGISin kielellä: kunkin vaihtoehdon hyvinvointialueen vuosisummat ja erotus ensimmäiseen, kaavio hyvinvointialueen ja yhteiskunnan kokonaiskustannuksista, molempien näkökulmien nykyarvo, kunkin vaihtoehdon kustannuserät vuosittain, kunkin toimipisteen käyttökuukaudet vuosittain vuokrakauden päättymisineen sekä työmatkarajan ylittävä henkilöstö ennen ja jälkeen; saavutettavuustaulukoiden kanssa ikäryhmittäin ja raja-ajoittain kaikkien alueiden asukkaat rajan sisällä muutoksen jälkeen ja muutos ennen tilanteeseen verrattuna (yhdenvertaisuusluvuista: osuudet rajan sisällä) kustakin vaihtoehdosta rinnakkain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Optional Summary (or Equity) outputs of Closure impact per scenario: residents within each threshold after and the change.</source>
        <translation>Valinnaiset algoritmin Palvelupisteen sulkemisen vaikutukset tulokset Yhteenveto (tai Yhdenvertaisuusluvut) vaihtoehdoittain: asukkaat kunkin raja-ajan sisällä muutoksen jälkeen ja muutos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens to residents if some facilities close (or new ones open): who loses access within each threshold, how much longer trips get, where the demand goes and how loads compare with capacity, by area and age group, with equity figures and an HTML report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facilities to close&lt;/b&gt;: any of a list of ids (&lt;code&gt;3,7&lt;/code&gt;), an expression (&lt;code&gt;&quot;name&quot; LIKE '%Kallio%'&lt;/code&gt;), the features selected on the map, or a &lt;b&gt;status field&lt;/b&gt; whose value is &lt;i&gt;closed&lt;/i&gt; (also &lt;i&gt;suljettu&lt;/i&gt;, &lt;i&gt;stängd&lt;/i&gt;); status &lt;i&gt;new&lt;/i&gt;/&lt;i&gt;planned&lt;/i&gt; (&lt;i&gt;uusi&lt;/i&gt;) marks facilities that open in the scenario only. &lt;b&gt;New facilities&lt;/b&gt;: an optional layer of sites opened in the scenario. &lt;b&gt;Capacity field&lt;/b&gt;: residents a facility can serve (optional). &lt;b&gt;Age group fields&lt;/b&gt;: population per group (e.g. 0-14, 15-64, 65-74, 75+); &lt;b&gt;75+ field&lt;/b&gt; is used for the equity figure; -1 in a group field (Statistics Finland's mark of cells under 10 residents) counts in no group, the total field still counts them. &lt;b&gt;Area field&lt;/b&gt;: e.g. municipality, for the summary. &lt;b&gt;Thresholds&lt;/b&gt;: minutes, e.g. &lt;code&gt;15,30,60&lt;/code&gt;. &lt;b&gt;Facility name field&lt;/b&gt; and &lt;b&gt;scenario name&lt;/b&gt;: the names the report and its map use (ids when not given).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: cells with the nearest facility and minutes before and after, the change and &lt;code&gt;lost_&amp;lt;min&amp;gt;&lt;/code&gt; flags; the flow table (population moving between facilities); facility loads against capacity; the summary by area and age group; equity figures; the report: an HTML page for A4 paper in the language of QGIS (Finnish, Swedish or English) with what the figures mean, a map of the change and of the open and closed sites, the inputs and assumptions, and its PDF next to it (same name, .pdf; a PDF not made by this plugin is never replaced). By road, one search gives every cell its nearest site and is kept: a scenario then searches again only where its closed facilities were nearest (the same times and facilities as a whole new search), so a further scenario on the same layers takes seconds; by public transport, per-facility travel times are cached, so a further scenario does not search again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facility ids&lt;/b&gt; must be filled in and unique; with &lt;b&gt;features with the same id are entrances of one facility&lt;/b&gt; on, features sharing an id are one facility, reached through its nearest entrance, and closing it closes all its entrances.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mitä asukkaille tapahtuu, jos palvelupisteitä suljetaan (tai uusia avataan): ketkä menettävät saavutettavuuden kunkin aikarajan sisällä, kuinka paljon matkat pitenevät, minne kysyntä siirtyy ja miten kuormitus suhteutuu kapasiteettiin, alueittain ja ikäryhmittäin, yhdenvertaisuuslukujen ja HTML-raportin kera.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suljettavat palvelupisteet&lt;/b&gt;: mikä tahansa seuraavista: tunnusluettelo (&lt;code&gt;3,7&lt;/code&gt;), lauseke (&lt;code&gt;&quot;name&quot; LIKE '%Kallio%'&lt;/code&gt;), kartalta valitut kohteet tai &lt;b&gt;tilakenttä&lt;/b&gt;, jonka arvo on &lt;i&gt;closed&lt;/i&gt; (myös &lt;i&gt;suljettu&lt;/i&gt;, &lt;i&gt;stängd&lt;/i&gt;); tila &lt;i&gt;new&lt;/i&gt;/&lt;i&gt;planned&lt;/i&gt; (&lt;i&gt;uusi&lt;/i&gt;) merkitsee palvelupisteet, jotka avataan vain skenaariossa. &lt;b&gt;Uudet palvelupisteet&lt;/b&gt;: valinnainen taso skenaariossa avattavista toimipisteistä. &lt;b&gt;Kapasiteettikenttä&lt;/b&gt;: asukkaat, jotka palvelupiste voi palvella (valinnainen). &lt;b&gt;Ikäryhmäkentät&lt;/b&gt;: väestö ryhmittäin (esim. 0-14, 15-64, 65-74, 75+); &lt;b&gt;75+ -kenttää&lt;/b&gt; käytetään yhdenvertaisuusluvussa; -1 ryhmäkentässä (Tilastokeskuksen merkintä alle 10 asukkaan ruuduille) ei lasketa mihinkään ryhmään, kokonaiskenttä laskee ne silti. &lt;b&gt;Aluekenttä&lt;/b&gt;: esim. kunta, yhteenvetoa varten. &lt;b&gt;Aikarajat&lt;/b&gt;: minuutit, esim. &lt;code&gt;15,30,60&lt;/code&gt;. &lt;b&gt;Palvelupisteen nimikenttä&lt;/b&gt; ja &lt;b&gt;skenaarion nimi&lt;/b&gt;: nimet, joita raportti ja sen kartta käyttävät (tunnukset, jos niitä ei anneta).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulokset&lt;/b&gt;: ruudut lähimpine palvelupisteineen ja minuutteineen ennen ja jälkeen, muutos ja &lt;code&gt;lost_&amp;lt;min&amp;gt;&lt;/code&gt;-liput; asiakasvirtataulukko (palvelupisteiden välillä siirtyvä väestö); palvelupisteiden kuormitus suhteessa kapasiteettiin; yhteenveto alueittain ja ikäryhmittäin; yhdenvertaisuusluvut; raportti: A4-paperille sopiva HTML-sivu QGISin kielellä (suomi, ruotsi tai englanti), jossa kerrotaan lukujen merkitys, kartta muutoksesta sekä avoimista ja suljetuista toimipisteistä, lähtötiedot ja oletukset, ja sen vieressä PDF (sama nimi, .pdf; muuta kuin tämän laajennuksen tekemää PDF-tiedostoa ei koskaan korvata). Tieverkolla yksi haku antaa jokaiselle ruudulle lähimmän toimipisteen, ja haku säilytetään: skenaario hakee uudelleen vain siellä, missä suljetut toimipisteet olivat lähimpiä (samat ajat ja toimipisteet kuin kokonaan uudessa haussa), joten seuraava skenaario samoilla tasoilla vie sekunteja; joukkoliikenteessä toimipistekohtaiset matka-ajat tallennetaan välimuistiin, joten seuraava skenaario ei hae uudelleen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Palvelupisteiden tunnusten&lt;/b&gt; on oltava täytettyjä ja yksilöllisiä; kun &lt;b&gt;saman tunnuksen kohteet ovat yhden palvelupisteen sisäänkäyntejä&lt;/b&gt; on päällä, saman tunnuksen kohteet ovat yksi palvelupiste, johon mennään lähimmän sisäänkäynnin kautta, ja sen sulkeminen sulkee kaikki sen sisäänkäynnit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field with the facility names the report and its map show, also written beside the ids in the flows (from_name, to_name) and loads (facility_name); empty: the ids.</source>
        <translation>Kenttä, jossa on toimipisteiden nimet, jotka raportti ja sen kartta näyttävät; kirjoitetaan myös tunnusten viereen siirtymätaulukkoon (from_name, to_name) ja kuormitustaulukkoon (facility_name); tyhjä: tunnukset.</translation>
    </message>
    <message>
        <source>Optional field with the facility names: the summary gets a column name beside fac_id.</source>
        <translation>Valinnainen kenttä, jossa on toimipisteiden nimet: yhteenveto saa sarakkeen name fac_id:n viereen.</translation>
    </message>
    <message>
        <source>Optional field with the facility names: each polygon gets a column name beside fac_id.</source>
        <translation>Valinnainen kenttä, jossa on toimipisteiden nimet: jokainen polygoni saa sarakkeen name fac_id:n viereen.</translation>
    </message>
    <message>
        <source>Optional site costs, for the lease end marks; a name (or nimi) column names the sites in the lease chart and the staff table.</source>
        <translation>Valinnaiset toimipisteiden kustannukset vuokrasopimusten päättymismerkintöjä varten; name- (tai nimi-) sarake nimeää toimipisteet vuokrakaaviossa ja henkilöstötaulukossa.</translation>
    </message>
    <message>
        <source>The HTML report, and its A4 PDF next to it (same name, .pdf; a PDF not made by this plugin is never replaced).</source>
        <translation>HTML-raportti ja sen vieressä A4-kokoinen PDF (sama nimi, .pdf; muuta kuin tämän laajennuksen tekemää PDF-tiedostoa ei koskaan korvata).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Other service channels (optional)&lt;/h3&gt;&lt;p&gt;Give &lt;b&gt;mobile stops&lt;/b&gt; (with the &lt;b&gt;mobile units&lt;/b&gt; and &lt;b&gt;stop schedule&lt;/b&gt; tables, as for Mobile service units) and/or a &lt;b&gt;broadband table&lt;/b&gt; (with the population&apos;s &lt;b&gt;grid id field&lt;/b&gt;, &lt;b&gt;digital readiness&lt;/b&gt; and &lt;b&gt;remote share&lt;/b&gt;, as for Digital channel), and each cell&apos;s access is judged over all the channels it has. What counts as access: a &lt;i&gt;fixed site&lt;/i&gt; within the smallest access threshold (closure) or the coverage threshold (optimiser); a &lt;i&gt;mobile stop&lt;/i&gt; within the &lt;b&gt;mobile stop access time&lt;/b&gt; by the same travel mode as the sites (road or public transport), if the stop has at least one visit in its timetable (holidays taken off); &lt;i&gt;remote visits&lt;/i&gt;: the share sigma of the cell&apos;s visits that can be made remotely, sigma = s &amp;times; b &amp;times; &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt; / P) r&lt;sub&gt;a&lt;/sub&gt;: the service&apos;s remote share s (with several service types, the first one listed) times the cell&apos;s connectivity b (as the Digital channel computes it from the broadband table) times its residents&apos; digital readiness (over the age groups a, the sum of each group&apos;s share of the residents P&lt;sub&gt;a&lt;/sub&gt; / P times its readiness r&lt;sub&gt;a&lt;/sub&gt;), counted as sigma x residents (person-equivalents). A cell&apos;s best channel is the first of fixed, mobile, digital (sigma &amp;gt; 0) that serves it, else none. Of the residents who lose their fixed site within the threshold, those within reach of a mobile stop count as compensated by the stop, of the rest the person-equivalents sigma x residents by remote visits; what is left has no substitute. Without channel inputs nothing changes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Muut palvelukanavat (valinnainen)&lt;/h3&gt;&lt;p&gt;Anna &lt;b&gt;liikkuvan palvelun pysähdyspaikat&lt;/b&gt; (sekä &lt;b&gt;liikkuvien yksiköiden&lt;/b&gt; ja &lt;b&gt;pysähdysaikataulun&lt;/b&gt; taulukot, kuten Liikkuvat palveluyksiköt -työkalussa) ja/tai &lt;b&gt;laajakaistataulukko&lt;/b&gt; (sekä väestön &lt;b&gt;ruudun tunnuskenttä&lt;/b&gt;, &lt;b&gt;digivalmius&lt;/b&gt; ja &lt;b&gt;etäasioinnin osuus&lt;/b&gt;, kuten Sähköinen kanava -työkalussa), niin kunkin ruudun saavutettavuus arvioidaan kaikkien sen käytettävissä olevien kanavien perusteella. Saavutettavuudeksi lasketaan: &lt;i&gt;kiinteä toimipiste&lt;/i&gt; pienimmän saavutettavuuden kynnysarvon (sulkeminen) tai kattavuuden kynnysarvon (optimointi) sisällä; &lt;i&gt;liikkuvan palvelun pysähdyspaikka&lt;/i&gt; &lt;b&gt;pysähdyspaikan matka-ajan&lt;/b&gt; sisällä samalla kulkutavalla kuin toimipisteet (tieverkko tai joukkoliikenne), jos pysähdyspaikalla on aikataulussaan vähintään yksi käynti (pyhäpäivät pois lukien); &lt;i&gt;etäasiointi&lt;/i&gt;: ruudun käynneistä etänä hoidettavissa oleva osuus sigma, sigma = s &amp;times; b &amp;times; &amp;Sigma;&lt;sub&gt;a&lt;/sub&gt; (P&lt;sub&gt;a&lt;/sub&gt; / P) r&lt;sub&gt;a&lt;/sub&gt;: palvelun etäasioinnin osuus s (useilla palvelutyypeillä ensimmäinen lueteltu) kertaa ruudun yhteyskattavuus b (jonka Sähköinen kanava laskee laajakaistataulukosta) kertaa sen asukkaiden digivalmius (ikäryhmien a yli laskettu summa kunkin ryhmän osuudesta asukkaista P&lt;sub&gt;a&lt;/sub&gt; / P kertaa ryhmän digivalmius r&lt;sub&gt;a&lt;/sub&gt;), laskettuna sigma x asukkaat (henkilöekvivalentteina). Ruudun paras kanava on ensimmäinen sitä palveleva kanavista kiinteä, liikkuva, digitaalinen (sigma &amp;gt; 0), muuten ei mikään. Niistä asukkaista, jotka menettävät kiinteän toimipisteen kynnysarvon sisältä, liikkuvan palvelun pysähdyspaikan ulottuvilla olevat lasketaan pysähdyspaikan korvaamiksi, ja muista henkilöekvivalentit sigma x asukkaat etäasioinnin korvaamiksi; jäljelle jäävillä ei ole korvaavaa palvelua. Ilman kanavasyötteitä mikään ei muutu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan a route day (optional)&lt;/h3&gt;&lt;p&gt;Give &lt;b&gt;candidate stops&lt;/b&gt; (points or polygons; a &lt;code&gt;stop_id&lt;/code&gt; field names them, else the feature ids) and the stops of the first unit of the units table are chosen for one route day: greedy maximal coverage of the need (the 75+ field when given, else the population) within the coverage time, each cell counted once; a candidate is added (the one adding the most need first) when the route from the unit&apos;s depot through the chosen stops and back, by cheapest insertion improved by 2-opt, plus the &lt;b&gt;time at each stop&lt;/b&gt; (setup included) still fits the unit&apos;s &lt;code&gt;shift_min&lt;/code&gt;. A heuristic: on 40 small random instances it reached the brute-force optimum in 35 and at least 85 % of it in all. Outputs: the candidates with &lt;code&gt;seq&lt;/code&gt; (route order, 0 not chosen) and &lt;code&gt;need_within&lt;/code&gt;, and the route day (stops, drive, day, slack, need covered).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reittipäivän suunnittelu (valinnainen)&lt;/h3&gt;&lt;p&gt;Anna &lt;b&gt;ehdolla olevat pysähdyspaikat&lt;/b&gt; (pisteet tai polygonit; &lt;code&gt;stop_id&lt;/code&gt;-kenttä nimeää ne, muuten kohteiden tunnisteet), niin yksikkötaulukon ensimmäiselle yksikölle valitaan pysähdyspaikat yhdeksi reittipäiväksi: tarpeen (75+-kenttä, jos annettu, muuten väestö) ahne maksimikattavuus kattavuusajan sisällä, kukin ruutu laskettuna kerran; ehdokas lisätään (eniten tarvetta lisäävä ensin), jos reitti yksikön tukikohdasta valittujen pysähdyspaikkojen kautta takaisin, halvimmalla lisäyksellä ja 2-opt-parannuksella, ja &lt;b&gt;aika kullakin pysähdyspaikalla&lt;/b&gt; (valmistelut mukaan lukien) mahtuvat yhä yksikön työvuoroon &lt;code&gt;shift_min&lt;/code&gt;. Kyseessä on heuristiikka: 40 pienessä satunnaisessa tapauksessa se saavutti täydellisen läpikäynnin optimin 35:ssä ja kaikissa vähintään 85 % siitä. Tulokset: ehdokkaat kentillä &lt;code&gt;seq&lt;/code&gt; (reittijärjestys, 0 = ei valittu) ja &lt;code&gt;need_within&lt;/code&gt; sekä reittipäivä (pysähdyspaikat, ajo, päivä, pelivara, katettu tarve).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>help_pages</name>
    <message>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>lisäasetus</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrit</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Tulokset</translation>
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
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
    <message>
        <source>new facilities</source>
        <translation>uudet palvelupisteet</translation>
    </message>
    <message>
        <source>new sites</source>
        <translation>uudet toimipisteet</translation>
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
    <name>map_styles</name>
    <message>
        <source>{a}–{b} min</source>
        <translation>{a}–{b} min</translation>
    </message>
    <message>
        <source>over {a} min</source>
        <translation>yli {a} min</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>ei saavutettavissa</translation>
    </message>
    <message>
        <source>up to {b} min</source>
        <translation>enintään {b} min</translation>
    </message>
    <message>
        <source>access lost (no facility within reach after)</source>
        <translation>jää palvelun ulkopuolelle (ei toimipistettä ulottuvilla muutoksen jälkeen)</translation>
    </message>
    <message>
        <source>access gained</source>
        <translation>pääsee palvelun piiriin</translation>
    </message>
    <message>
        <source>no access before or after</source>
        <translation>ei saavutettavissa ennen eikä jälkeen</translation>
    </message>
    <message>
        <source>faster by over 1 min</source>
        <translation>yli 1 min nopeampi</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>suunnilleen sama</translation>
    </message>
    <message>
        <source>1–5 min longer</source>
        <translation>1–5 min pidempi</translation>
    </message>
    <message>
        <source>5–10 min longer</source>
        <translation>5–10 min pidempi</translation>
    </message>
    <message>
        <source>10–20 min longer</source>
        <translation>10–20 min pidempi</translation>
    </message>
    <message>
        <source>over 20 min longer</source>
        <translation>yli 20 min pidempi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>{a}–{b}</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <source>{a} or more</source>
        <translation>{a} tai enemmän</translation>
    </message>
    <message>
        <source>no stop within walking distance</source>
        <translation>ei pysäkkiä kävelyetäisyydellä</translation>
    </message>
    <message>
        <source>closed in the scenario</source>
        <translation>suljettu skenaariossa</translation>
    </message>
    <message>
        <source>new in the scenario</source>
        <translation>uusi skenaariossa</translation>
    </message>
    <message>
        <source>open (size: residents after)</source>
        <translation>avoinna (koko: asukkaat jälkeen)</translation>
    </message>
    <message>
        <source>kept (current and chosen)</source>
        <translation>säilytetty (nykyinen ja valittu)</translation>
    </message>
    <message>
        <source>new site chosen</source>
        <translation>uusi toimipiste valittu</translation>
    </message>
    <message>
        <source>closed (current, not chosen)</source>
        <translation>suljettu (nykyinen, ei valittu)</translation>
    </message>
    <message>
        <source>candidate not chosen</source>
        <translation>ehdokas, ei valittu</translation>
    </message>
    <message>
        <source>Travel time before</source>
        <translation>Matka-aika ennen</translation>
    </message>
    <message>
        <source>Travel time after</source>
        <translation>Matka-aika jälkeen</translation>
    </message>
    <message>
        <source>Change in travel time</source>
        <translation>Matka-ajan muutos</translation>
    </message>
    <message>
        <source>fixed site within reach</source>
        <translation>kiinteä toimipiste saavutettavissa</translation>
    </message>
    <message>
        <source>mobile stop within reach</source>
        <translation>pysähdyspaikka saavutettavissa</translation>
    </message>
    <message>
        <source>remote service (digital) only</source>
        <translation>vain etäpalvelu (digitaalinen)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>ei palvelukanavaa</translation>
    </message>
    <message>
        <source>facility&apos;s area (nearest facility)</source>
        <translation>toimipisteen alue (lähin toimipiste)</translation>
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
    <name>models</name>
    <message>
        <source>Walking access example</source>
        <translation>Esimerkki: saavutettavuus kävellen</translation>
    </message>
    <message>
        <source>Public transport closure example</source>
        <translation>Esimerkki: sulkeminen joukkoliikenteellä</translation>
    </message>
    <message>
        <source>Example models</source>
        <translation>Esimerkkimallit</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Cells before and after</source>
        <translation>Ruudut ennen ja jälkeen</translation>
    </message>
    <message>
        <source>Facilities to close (ids)</source>
        <translation>Suljettavat palvelupisteet (tunnukset)</translation>
    </message>
    <message>
        <source>Closure report</source>
        <translation>Sulkemisen raportti</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Päivämäärä (VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>Last departure</source>
        <translation>Viimeinen lähtö</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Facility loads</source>
        <translation>Palvelupisteiden kuormitus</translation>
    </message>
    <message>
        <source>GTFS feed (zip)</source>
        <translation>GTFS-aineisto (zip)</translation>
    </message>
    <message>
        <source>Facility name field</source>
        <translation>Palvelupisteen nimikenttä</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Väestökenttä</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>First departure</source>
        <translation>Ensimmäinen lähtö</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Saavutettavuusrajat (min)</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Aikavyöhykkeet (min)</translation>
    </message>
    <message>
        <source>Catchments</source>
        <translation>Vaikutusalueet</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Tieluokkakenttä (OSM highway)</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Tiet</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Facility name field (names beside the ids)</source>
        <translation>Toimipisteen nimikenttä (nimet tunnusten viereen)</translation>
    </message>
</context>
<context>
    <name>nonroutable</name>
    <message>
        <source>Non-routable features</source>
        <translation>Reitittämättömät kohteet</translation>
    </message>
    <message>
        <source>{n} non-routable features written (layer Non-routable features).</source>
        <translation>{n} reitittämätöntä kohdetta kirjoitettu (taso Reitittämättömät kohteet).</translation>
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
    <name>outputs</name>
    <message>
        <source>The input layer already has a field &apos;{name}&apos;, which this algorithm writes: it may be the result of an earlier run. Choose the original layer (e.g. the population grid, not the cells of an earlier scenario), or rename or drop that field, and run again.</source>
        <translation>Syötetasolla on jo kenttä '{name}', jonka tämä algoritmi kirjoittaa: taso voi olla aiemman ajon tulos. Valitse alkuperäinen taso (esim. väestöruudukko, ei aiemman skenaarion ruutuja) tai nimeä kenttä uudelleen tai poista se ja aja uudelleen.</translation>
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
        <translation>Matkan enimmäiskesto (min)</translation>
    </message>
    <message>
        <source>Maximum transfers</source>
        <translation>Vaihtojen enimmäismäärä</translation>
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
    <message>
        <source>Access thresholds</source>
        <translation>Saavutettavuusrajat</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Diskonttokorko (%)</translation>
    </message>
    <message>
        <source>Target year (0 = population as given)</source>
        <translation>Tavoitevuosi (0 = väestö sellaisenaan)</translation>
    </message>
    <message>
        <source>Target year: projection table</source>
        <translation>Tavoitevuosi: väestöennustetaulukko</translation>
    </message>
    <message>
        <source>Target year: the population&apos;s year</source>
        <translation>Tavoitevuosi: väestötiedon vuosi</translation>
    </message>
    <message>
        <source>Target year: municipality field</source>
        <translation>Tavoitevuosi: kuntakenttä</translation>
    </message>
    <message>
        <source>Target year: use rates by age group</source>
        <translation>Tavoitevuosi: käyttöasteet ikäryhmittäin</translation>
    </message>
    <message>
        <source>Target year {year}: give the projection table and the population&apos;s municipality field too.</source>
        <translation>Tavoitevuosi {year}: anna myös ennustetaulukko ja väestön kuntakenttä.</translation>
    </message>
    <message>
        <source>Projection table</source>
        <translation>Ennustetaulukko</translation>
    </message>
    <message>
        <source>Road network for the walks</source>
        <translation>Tieverkko kävelyosuuksille</translation>
    </message>
    <message>
        <source>Digiroad link type field (LINKKITYYP)</source>
        <translation>Digiroadin linkkityyppikenttä (LINKKITYYP)</translation>
    </message>
    <message>
        <source>Digiroad speed limits (LINK_ID, ALKUM, LOPPUM, ARVO)</source>
        <translation>Digiroadin nopeusrajoitukset (LINK_ID, ALKUM, LOPPUM, ARVO)</translation>
    </message>
    <message>
        <source>Digiroad road links recognised by their fields.</source>
        <translation>Digiroadin tielinkit tunnistettu kenttiensä perusteella.</translation>
    </message>
    <message>
        <source>Road class field: {f} (functional class).</source>
        <translation>Tieluokkakenttä: {f} (toiminnallinen luokka).</translation>
    </message>
    <message>
        <source>Road class scheme: Digiroad functional class.</source>
        <translation>Tieluokitus: Digiroadin toiminnallinen luokka.</translation>
    </message>
    <message>
        <source>Link type field: {f}.</source>
        <translation>Linkkityyppikenttä: {f}.</translation>
    </message>
    <message>
        <source>Direction field: {f}.</source>
        <translation>Suuntakenttä: {f}.</translation>
    </message>
    <message>
        <source>WARNING: {m}.</source>
        <translation>VAROITUS: {m}.</translation>
    </message>
    <message>
        <source>Merge stops of different feeds closer than (m)</source>
        <translation>Yhdistä eri aineistojen pysäkit, jotka ovat lähempänä kuin (m)</translation>
    </message>
    <message>
        <source>Area polygons (municipalities, counties; when no area field)</source>
        <translation>Aluepolygonit (kunnat, hyvinvointialueet; kun aluekenttää ei ole)</translation>
    </message>
    <message>
        <source>Area name field of the polygons</source>
        <translation>Polygonien aluenimikenttä</translation>
    </message>
    <message>
        <source>population</source>
        <translation>väestö</translation>
    </message>
</context>
<context>
    <name>population_projection</name>
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
    <name>provider</name>
    <message>
        <source>Palveluverkko: service network planning</source>
        <translation>Palveluverkko: palveluverkon suunnittelu</translation>
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
    <message>
        <source>Road network read from the disk cache ({path}).</source>
        <translation>Tieverkko luettiin levyvälimuistista ({path}).</translation>
    </message>
    <message>
        <source>Road network stored in the disk cache ({path}).</source>
        <translation>Tieverkko tallennettiin levyvälimuistiin ({path}).</translation>
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
        <translation>toimipisteiden kuormitus</translation>
    </message>
    <message>
        <source>facilities open and closed</source>
        <translation>avoimet ja suljetut toimipisteet</translation>
    </message>
    <message>
        <source>travel time of residents</source>
        <translation>asukkaiden matka-aika</translation>
    </message>
    <message>
        <source>flows between facilities</source>
        <translation>asiakasvirrat toimipisteiden välillä</translation>
    </message>
    <message>
        <source>summary by area and age group</source>
        <translation>yhteenveto alueittain ja ikäryhmittäin</translation>
    </message>
    <message>
        <source>equity figures</source>
        <translation>yhdenvertaisuusluvut</translation>
    </message>
    <message>
        <source>best service channel after</source>
        <translation>paras palvelukanava jälkeen</translation>
    </message>
    <message>
        <source>channels by area</source>
        <translation>palvelukanavat alueittain</translation>
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
    <name>styles</name>
    <message>
        <source>no site reached (0)</source>
        <translation>ei toimipistettä ulottuvilla (0)</translation>
    </message>
    <message>
        <source>under half the average</source>
        <translation>alle puolet keskiarvosta</translation>
    </message>
    <message>
        <source>0.5-0.8 x average</source>
        <translation>0,5–0,8 × keskiarvo</translation>
    </message>
    <message>
        <source>about average</source>
        <translation>noin keskiarvo</translation>
    </message>
    <message>
        <source>1.25-2 x average</source>
        <translation>1,25–2 × keskiarvo</translation>
    </message>
    <message>
        <source>over twice the average</source>
        <translation>yli kaksinkertainen keskiarvoon nähden</translation>
    </message>
    <message>
        <source>fixed site</source>
        <translation>kiinteä toimipiste</translation>
    </message>
    <message>
        <source>mobile stop</source>
        <translation>liikkuvan palvelun pysähdyspaikka</translation>
    </message>
    <message>
        <source>remote (digital) only</source>
        <translation>vain etäpalvelu (digitaalinen)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>ei palvelukanavaa</translation>
    </message>
    <message>
        <source>up to 5 min</source>
        <translation>enintään 5 min</translation>
    </message>
    <message>
        <source>up to 10 min</source>
        <translation>enintään 10 min</translation>
    </message>
    <message>
        <source>up to 15 min</source>
        <translation>enintään 15 min</translation>
    </message>
    <message>
        <source>up to 20 min</source>
        <translation>enintään 20 min</translation>
    </message>
    <message>
        <source>up to 30 min</source>
        <translation>enintään 30 min</translation>
    </message>
    <message>
        <source>up to 45 min</source>
        <translation>enintään 45 min</translation>
    </message>
    <message>
        <source>over 45 min</source>
        <translation>yli 45 min</translation>
    </message>
    <message>
        <source>faster by over 1 min</source>
        <translation>yli 1 min nopeampi</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>suunnilleen sama</translation>
    </message>
    <message>
        <source>1-5 min longer</source>
        <translation>1–5 min pidempi</translation>
    </message>
    <message>
        <source>5-10 min longer</source>
        <translation>5–10 min pidempi</translation>
    </message>
    <message>
        <source>10-20 min longer</source>
        <translation>10–20 min pidempi</translation>
    </message>
    <message>
        <source>over 20 min longer</source>
        <translation>yli 20 min pidempi</translation>
    </message>
    <message>
        <source>under 10 %</source>
        <translation>alle 10 %</translation>
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
        <translation>yli 50 %</translation>
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
        <translation>yli 60 min</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>viikoittain tai useammin</translation>
    </message>
    <message>
        <source>every 1-2 weeks</source>
        <translation>1–2 viikon välein</translation>
    </message>
    <message>
        <source>every 2-4 weeks</source>
        <translation>2–4 viikon välein</translation>
    </message>
    <message>
        <source>less often</source>
        <translation>harvemmin</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>{label} ({layer}) has no field {missing}; it has {names}. Rename the fields or pick another table.</source>
        <translation>{label} ({layer}): kenttää {missing} ei ole; kentät ovat {names}. Nimeä kentät uudelleen tai valitse toinen taulukko.</translation>
    </message>
    <message>
        <source>{label} ({layer}), field {field}, row {row}: {value!r} is not a number. Correct the value (a decimal point or comma, no units) or leave it empty.</source>
        <translation>{label} ({layer}), kenttä {field}, rivi {row}: {value!r} ei ole luku. Korjaa arvo (desimaalipiste tai -pilkku, ei yksiköitä) tai jätä se tyhjäksi.</translation>
    </message>
</context>
<context>
    <name>target_year</name>
    <message>
        <source>{what}: &apos;{part}&apos; is not group=visits (e.g. 75_84=6.5).</source>
        <translation>{what}: '{part}' ei ole muotoa ryhmä=käynnit (esim. 75_84=6.5).</translation>
    </message>
    <message>
        <source>Target year: population layer {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or ika_LO_HI); the projection works by age group.</source>
        <translation>Tavoitevuosi: väestötasolla {name} ei ole ikäkenttiä (ika_0_14, ika_15_64, ika_65_ tai ika_LO_HI); ennuste lasketaan ikäryhmittäin.</translation>
    </message>
    <message>
        <source>Target year: population layer {name}, feature {fid}: {field} is NULL or not a number (masked values must be -1).</source>
        <translation>Tavoitevuosi: väestötaso {name}, kohde {fid}: {field} on NULL tai ei luku (peitettyjen arvojen on oltava -1).</translation>
    </message>
    <message>
        <source>Target year {year}: projection table {table}: {err}.</source>
        <translation>Tavoitevuosi {year}: ennustetaulukko {table}: {err}.</translation>
    </message>
    <message>
        <source>Target year {year}: demand {now:.0f} in {base} -&gt; {then:.0f} ({what}); {masked} cells with masked ages filled from their municipality&apos;s shares.</source>
        <translation>Tavoitevuosi {year}: kysyntä {now:.0f} vuonna {base} -&gt; {then:.0f} ({what}); {masked} ruudun peitetyt iät täydennetty kunnan osuuksilla.</translation>
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
    <message>
        <source>GTFS: {note}.</source>
        <translation>GTFS: {note}.</translation>
    </message>
    <message>
        <source>{n} stops of different feeds within {m:g} m of each other are taken as one stop (0-second transfers).</source>
        <translation>{n} eri aineistojen pysäkkiä, jotka ovat {m:g} m:n sisällä toisistaan, käsitellään yhtenä pysäkkinä (0 sekunnin vaihdot).</translation>
    </message>
    <message>
        <source>Mode: {mode}. Travel times include the walk between each point and the road.</source>
        <translation>Kulkutapa: {mode}. Matka-ajat sisältävät kävelyn kunkin pisteen ja tien välillä.</translation>
    </message>
    <message>
        <source>Mode: public transport, {q:g}th percentile of the travel time over the departure window, waiting and walking included.</source>
        <translation>Kulkutapa: joukkoliikenne, matka-ajan {q:g}. persentiili lähtöaikaikkunan yli, odotus ja kävely mukaan lukien.</translation>
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
    <message>
        <source>Time bands</source>
        <translation>Aikavyöhykkeet</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuuttia</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>palvelupisteet</translation>
    </message>
</context>
</TS>
