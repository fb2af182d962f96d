<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Palveluverkko</name>
    <message>
        <source>Catchment areas</source>
        <translation>Upptagningsområden</translation>
    </message>
    <message>
        <source>Nearest facility</source>
        <translation>Närmaste serviceställe</translation>
    </message>
    <message>
        <source>OD matrix</source>
        <translation>Start–mål-matris</translation>
    </message>
    <message>
        <source>Check road network</source>
        <translation>Kontroll av vägnätet</translation>
    </message>
    <message>
        <source>Facility closure impact</source>
        <translation>Konsekvenser av att stänga serviceställen</translation>
    </message>
    <message>
        <source>Facility closure impact (public transport)</source>
        <translation>Konsekvenser av att stänga serviceställen (kollektivtrafik)</translation>
    </message>
    <message>
        <source>Compare two scenarios</source>
        <translation>Jämförelse av två scenarier</translation>
    </message>
    <message>
        <source>Transit travel times to facilities</source>
        <translation>Restider med kollektivtrafik till serviceställen</translation>
    </message>
    <message>
        <source>Transit catchment areas</source>
        <translation>Upptagningsområden med kollektivtrafik</translation>
    </message>
    <message>
        <source>Transit service summary</source>
        <translation>Kollektivtrafikens utbud</translation>
    </message>
    <message>
        <source>Optimise service network</source>
        <translation>Optimering av servicenätet</translation>
    </message>
    <message>
        <source>Optimise service network (public transport)</source>
        <translation>Optimering av servicenätet (kollektivtrafik)</translation>
    </message>
    <message>
        <source>Accessibility index (2SFCA)</source>
        <translation>Tillgänglighetsindex (2SFCA)</translation>
    </message>
    <message>
        <source>Accessibility index (2SFCA, public transport)</source>
        <translation>Tillgänglighetsindex (2SFCA, kollektivtrafik)</translation>
    </message>
    <message>
        <source>Mobile service units</source>
        <translation>Mobila serviceenheter</translation>
    </message>
    <message>
        <source>Home care: drive time and staff</source>
        <translation>Hemvård: körtid och personalbehov</translation>
    </message>
    <message>
        <source>Digital channel: remote service potential</source>
        <translation>Digital kanal: potential för distanstjänster</translation>
    </message>
    <message>
        <source>Multichannel closure compensation</source>
        <translation>Servicekanalernas kompensation vid stängning</translation>
    </message>
    <message>
        <source>Population projection to target years</source>
        <translation>Befolkningsprognos för målår</translation>
    </message>
    <message>
        <source>Service network costs per year (2025-2030) and NPV</source>
        <translation>Servicenätets kostnader per år (2025-2030) och nuvärde</translation>
    </message>
    <message>
        <source>Least-cost network plan by year (fixed-charge, phased)</source>
        <translation>Billigaste plan för servicenätet per år (stegvis)</translation>
    </message>
    <message>
        <source>Service sites from a CSV table</source>
        <translation>Serviceställen från en CSV-tabell</translation>
    </message>
    <message>
        <source>Staff commutes when sites merge</source>
        <translation>Personalens arbetsresor när verksamhetsställen slås samman</translation>
    </message>
    <message>
        <source>Plan: costs and population</source>
        <translation>Planering: kostnader och befolkning</translation>
    </message>
    <message>
        <source>Accessibility and channels</source>
        <translation>Tillgänglighet och servicekanaler</translation>
    </message>
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
        <source>Travel mode</source>
        <translation>Färdsätt</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gång</translation>
    </message>
    <message>
        <source>Bike</source>
        <translation>Cykel</translation>
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
        <source>Speed field (km/h)</source>
        <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
        <source>One-way / direction field</source>
        <translation>Enkelriktnings- / riktningsfält</translation>
    </message>
    <message>
        <source>Walking speed (km/h)</source>
        <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
        <source>Cycling speed (km/h)</source>
        <translation>Cykelhastighet (km/h)</translation>
    </message>
    <message>
        <source>Maximum snapping distance (m)</source>
        <translation>Största fästavstånd (m)</translation>
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
        <source>Total population field</source>
        <translation>Fält för total befolkning</translation>
    </message>
    <message>
        <source>Time bands (minutes)</source>
        <translation>Tidszoner (min)</translation>
    </message>
    <message>
        <source>Access thresholds (minutes)</source>
        <translation>Tillgänglighetsgränser (min)</translation>
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
        <source>Age group fields</source>
        <translation>Åldersgruppsfält</translation>
    </message>
    <message>
        <source>Area field (municipality)</source>
        <translation>Områdesfält (kommun)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation>Kapacitetsfält</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
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
        <source>Percentiles</source>
        <translation>Percentiler</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Number of sites p</source>
        <translation>Antal serviceställen p</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbruten.</translation>
    </message>
    <message>
        <source>Reading the road network...</source>
        <translation>Läser vägnätet...</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Service network scenario</source>
        <translation>Scenario för servicenätet</translation>
    </message>
    <message>
        <source>Service network scenario...</source>
        <translation>Scenario för servicenätet...</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <source>Facility id field</source>
        <translation>Serviceställets id-fält</translation>
    </message>
    <message>
        <source>Road class field (OSM highway)</source>
        <translation>Vägklassfält (OSM highway)</translation>
    </message>
    <message>
        <source>Facilities to close</source>
        <translation>Serviceställen som stängs</translation>
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
        <source>Running...</source>
        <translation>Körs...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Cells: access before and after</source>
        <translation>Rutor: tillgänglighet före och efter</translation>
    </message>
</context>
</TS>
