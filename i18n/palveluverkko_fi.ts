<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Palveluverkko</name>
    <message>
        <source>Catchment areas</source>
        <translation>Vaikutusalueet</translation>
    </message>
    <message>
        <source>Nearest facility</source>
        <translation>Lähin palvelupiste</translation>
    </message>
    <message>
        <source>OD matrix</source>
        <translation>Lähtö–määränpää-matriisi</translation>
    </message>
    <message>
        <source>Check road network</source>
        <translation>Tieverkon tarkistus</translation>
    </message>
    <message>
        <source>Facility closure impact</source>
        <translation>Palvelupisteen sulkemisen vaikutukset</translation>
    </message>
    <message>
        <source>Facility closure impact (public transport)</source>
        <translation>Palvelupisteen sulkemisen vaikutukset (joukkoliikenne)</translation>
    </message>
    <message>
        <source>Compare two scenarios</source>
        <translation>Kahden skenaarion vertailu</translation>
    </message>
    <message>
        <source>Transit travel times to facilities</source>
        <translation>Joukkoliikenteen matka-ajat palvelupisteisiin</translation>
    </message>
    <message>
        <source>Transit catchment areas</source>
        <translation>Joukkoliikenteen vaikutusalueet</translation>
    </message>
    <message>
        <source>Transit service summary</source>
        <translation>Joukkoliikenteen palvelutaso</translation>
    </message>
    <message>
        <source>Optimise service network</source>
        <translation>Palveluverkon optimointi</translation>
    </message>
    <message>
        <source>Optimise service network (public transport)</source>
        <translation>Palveluverkon optimointi (joukkoliikenne)</translation>
    </message>
    <message>
        <source>Accessibility index (2SFCA)</source>
        <translation>Saavutettavuusindeksi (2SFCA)</translation>
    </message>
    <message>
        <source>Accessibility index (2SFCA, public transport)</source>
        <translation>Saavutettavuusindeksi (2SFCA, joukkoliikenne)</translation>
    </message>
    <message>
        <source>Mobile service units</source>
        <translation>Liikkuvat palveluyksiköt</translation>
    </message>
    <message>
        <source>Home care: drive time and staff</source>
        <translation>Kotihoito: ajoaika ja henkilöstötarve</translation>
    </message>
    <message>
        <source>Digital channel: remote service potential</source>
        <translation>Sähköinen kanava: etäasioinnin mahdollisuus</translation>
    </message>
    <message>
        <source>Multichannel closure compensation</source>
        <translation>Palvelukanavien korvaavuus sulkemisessa</translation>
    </message>
    <message>
        <source>Population projection to target years</source>
        <translation>Väestöennuste tavoitevuosille</translation>
    </message>
    <message>
        <source>Service network costs per year (2025-2030) and NPV</source>
        <translation>Palveluverkon kustannukset vuosittain (2025-2030) ja nykyarvo</translation>
    </message>
    <message>
        <source>Least-cost network plan by year (fixed-charge, phased)</source>
        <translation>Edullisin palveluverkkosuunnitelma vuosittain (vaiheistettu)</translation>
    </message>
    <message>
        <source>Service sites from a CSV table</source>
        <translation>Palvelupisteet CSV-taulukosta</translation>
    </message>
    <message>
        <source>Staff commutes when sites merge</source>
        <translation>Henkilöstön työmatkat toimipisteiden yhdistyessä</translation>
    </message>
    <message>
        <source>Plan: costs and population</source>
        <translation>Suunnittelu: kustannukset ja väestö</translation>
    </message>
    <message>
        <source>Accessibility and channels</source>
        <translation>Saavutettavuus ja palvelukanavat</translation>
    </message>
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
        <source>Travel mode</source>
        <translation>Kulkutapa</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Kävely</translation>
    </message>
    <message>
        <source>Bike</source>
        <translation>Pyörä</translation>
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
        <source>Speed field (km/h)</source>
        <translation>Nopeuskenttä (km/h)</translation>
    </message>
    <message>
        <source>One-way / direction field</source>
        <translation>Yksisuuntaisuus- / suuntakenttä</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Kävelynopeus (km/h)</translation>
    </message>
    <message>
        <source>Cycling speed (km/h)</source>
        <translation>Pyöräilynopeus (km/h)</translation>
    </message>
    <message>
        <source>Maximum snapping distance (m)</source>
        <translation>Suurin kohdistusetäisyys (m)</translation>
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
        <source>Total population field</source>
        <translation>Kokonaisväestön kenttä</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Aikavyöhykkeet (min)</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Saavutettavuusrajat (min)</translation>
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
        <source>Age group fields</source>
        <translation>Ikäryhmäkentät</translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Aluekenttä (kunta)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapasiteettikenttä</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
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
        <source>Percentiles</source>
        <translation>Persentiilit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Number of sites p</source>
        <translation>Palvelupisteiden määrä p</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sijainnit</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Keskeytetty.</translation>
    </message>
    <message>
        <source>Reading the road network...</source>
        <translation>Luetaan tieverkkoa...</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esimerkki</translation>
    </message>
    <message>
        <source>Service network scenario</source>
        <translation>Palveluverkon skenaario</translation>
    </message>
    <message>
        <source>Service network scenario...</source>
        <translation>Palveluverkon skenaario...</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Skenaarion nimi</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Palvelupisteen tunnuskenttä</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Tieluokkakenttä (OSM highway)</translation>
    </message>
    <message>
        <source>Facilities to close</source>
        <translation>Suljettavat palvelupisteet</translation>
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
        <source>Running...</source>
        <translation>Käynnissä...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Ruudut: saavutettavuus ennen ja jälkeen</translation>
    </message>
</context>
</TS>
