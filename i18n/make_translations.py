"""Write the Finnish and Swedish .ts files and compile them to .qm with lrelease.

    /usr/bin/python3 i18n/make_translations.py

Untranslated strings stay in English. The source strings are those the plugin passes to
``tr()`` (context "Palveluverkko").
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

# English -> (Finnish, Swedish)
TRANSLATIONS = {
    # algorithms
    "Catchment areas": ("Vaikutusalueet", "Upptagningsområden"),
    "Nearest facility": ("Lähin palvelupiste", "Närmaste serviceställe"),
    "OD matrix": ("Lähtö–määränpää-matriisi", "Start–mål-matris"),
    "Check road network": ("Tieverkon tarkistus", "Kontroll av vägnätet"),
    "Facility closure impact": ("Palvelupisteen sulkemisen vaikutukset",
                                "Konsekvenser av att stänga serviceställen"),
    "Facility closure impact (public transport)": (
        "Palvelupisteen sulkemisen vaikutukset (joukkoliikenne)",
        "Konsekvenser av att stänga serviceställen (kollektivtrafik)"),
    "Compare two scenarios": ("Kahden skenaarion vertailu", "Jämförelse av två scenarier"),
    "Transit travel times to facilities": ("Joukkoliikenteen matka-ajat palvelupisteisiin",
                                           "Restider med kollektivtrafik till serviceställen"),
    "Transit catchment areas": ("Joukkoliikenteen vaikutusalueet",
                                "Upptagningsområden med kollektivtrafik"),
    "Transit service summary": ("Joukkoliikenteen palvelutaso", "Kollektivtrafikens utbud"),
    "Optimise service network": ("Palveluverkon optimointi", "Optimering av servicenätet"),
    "Optimise service network (public transport)": (
        "Palveluverkon optimointi (joukkoliikenne)",
        "Optimering av servicenätet (kollektivtrafik)"),
    "Accessibility index (2SFCA)": ("Saavutettavuusindeksi (2SFCA)",
                                    "Tillgänglighetsindex (2SFCA)"),
    "Accessibility index (2SFCA, public transport)": (
        "Saavutettavuusindeksi (2SFCA, joukkoliikenne)",
        "Tillgänglighetsindex (2SFCA, kollektivtrafik)"),
    "Mobile service units": ("Liikkuvat palveluyksiköt", "Mobila serviceenheter"),
    "Home care: drive time and staff": ("Kotihoito: ajoaika ja henkilöstötarve",
                                        "Hemvård: körtid och personalbehov"),
    "Digital channel: remote service potential": (
        "Sähköinen kanava: etäasioinnin mahdollisuus",
        "Digital kanal: potential för distanstjänster"),
    "Multichannel closure compensation": ("Palvelukanavien korvaavuus sulkemisessa",
                                          "Servicekanalernas kompensation vid stängning"),
    "Population projection to target years": ("Väestöennuste tavoitevuosille",
                                              "Befolkningsprognos för målår"),
    "Service network costs per year (2025-2030) and NPV": (
        "Palveluverkon kustannukset vuosittain (2025-2030) ja nykyarvo",
        "Servicenätets kostnader per år (2025-2030) och nuvärde"),
    "Least-cost network plan by year (fixed-charge, phased)": (
        "Edullisin palveluverkkosuunnitelma vuosittain (vaiheistettu)",
        "Billigaste plan för servicenätet per år (stegvis)"),
    "Service sites from a CSV table": ("Palvelupisteet CSV-taulukosta",
                                       "Serviceställen från en CSV-tabell"),
    "Staff commutes when sites merge": ("Henkilöstön työmatkat toimipisteiden yhdistyessä",
                                        "Personalens arbetsresor när verksamhetsställen slås "
                                        "samman"),
    # groups
    "Plan: costs and population": ("Suunnittelu: kustannukset ja väestö",
                                   "Planering: kostnader och befolkning"),
    "Accessibility and channels": ("Saavutettavuus ja palvelukanavat",
                                   "Tillgänglighet och servicekanaler"),
    "Road network": ("Tieverkko", "Vägnät"),
    "Service network scenarios": ("Palveluverkon skenaariot", "Scenarier för servicenätet"),
    "Public transport": ("Joukkoliikenne", "Kollektivtrafik"),
    # common parameters
    "Travel mode": ("Kulkutapa", "Färdsätt"),
    "Car": ("Auto", "Bil"),
    "Walk": ("Kävely", "Gång"),
    "Bike": ("Pyörä", "Cykel"),
    "Road class field": ("Tieluokkakenttä", "Vägklassfält"),
    "Road class scheme": ("Tieluokitus", "Vägklassificering"),
    "OSM highway": ("OSM highway", "OSM highway"),
    "Digiroad functional class": ("Digiroadin toiminnallinen luokka",
                                  "Digiroads funktionella klass"),
    "Speed field (km/h)": ("Nopeuskenttä (km/h)", "Hastighetsfält (km/h)"),
    "One-way / direction field": ("Yksisuuntaisuus- / suuntakenttä",
                                  "Enkelriktnings- / riktningsfält"),
    "Walking speed (km/h)": ("Kävelynopeus (km/h)", "Gånghastighet (km/h)"),
    "Cycling speed (km/h)": ("Pyöräilynopeus (km/h)", "Cykelhastighet (km/h)"),
    "Maximum snapping distance (m)": ("Suurin kohdistusetäisyys (m)",
                                      "Största fästavstånd (m)"),
    "Facilities": ("Palvelupisteet", "Serviceställen"),
    "Population": ("Väestö", "Befolkning"),
    "Total population field": ("Kokonaisväestön kenttä", "Fält för total befolkning"),
    "Time bands (minutes)": ("Aikavyöhykkeet (min)", "Tidszoner (min)"),
    "Access thresholds (minutes)": ("Saavutettavuusrajat (min)", "Tillgänglighetsgränser (min)"),
    "Catchment type": ("Vaikutusalueen tyyppi", "Typ av upptagningsområde"),
    "Per facility (overlapping)": ("Palvelupisteittäin (päällekkäiset)",
                                   "Per serviceställe (överlappande)"),
    "Nearest facility (no overlaps)": ("Lähin palvelupiste (ei päällekkäisyyksiä)",
                                       "Närmaste serviceställe (utan överlapp)"),
    "Dissolved (all facilities together)": ("Yhdistetty (kaikki palvelupisteet)",
                                            "Sammanslagen (alla serviceställen)"),
    "Age group fields": ("Ikäryhmäkentät", "Åldersgruppsfält"),
    "Area field (municipality)": ("Aluekenttä (kunta)", "Områdesfält (kommun)"),
    "Capacity field": ("Kapasiteettikenttä", "Kapacitetsfält"),
    "Report": ("Raportti", "Rapport"),
    "Flows between facilities": ("Asiakasvirrat palvelupisteiden välillä",
                                 "Flöden mellan serviceställen"),
    "Facility loads": ("Palvelupisteiden kuormitus", "Belastning på serviceställen"),
    "Summary by area and age group": ("Yhteenveto alueittain ja ikäryhmittäin",
                                      "Sammanfattning per område och åldersgrupp"),
    "Equity figures": ("Yhdenvertaisuusluvut", "Jämlikhetstal"),
    "GTFS feeds (zip)": ("GTFS-aineistot (zip)", "GTFS-data (zip)"),
    "Date": ("Päivämäärä", "Datum"),
    "First departure": ("Ensimmäinen lähtö", "Första avgång"),
    "Last departure": ("Viimeinen lähtö", "Sista avgång"),
    "Percentiles": ("Persentiilit", "Percentiler"),
    "Problem": ("Ongelma", "Problem"),
    "Number of sites p": ("Palvelupisteiden määrä p", "Antal serviceställen p"),
    "Sites": ("Sijainnit", "Platser"),
    "Cancelled.": ("Keskeytetty.", "Avbruten."),
    "Reading the road network...": ("Luetaan tieverkkoa...", "Läser vägnätet..."),
    "Example": ("Esimerkki", "Exempel"),
    # scenario dialog
    "Service network scenario": ("Palveluverkon skenaario", "Scenario för servicenätet"),
    "Service network scenario...": ("Palveluverkon skenaario...",
                                    "Scenario för servicenätet..."),
    "Scenario name": ("Skenaarion nimi", "Scenariots namn"),
    "Facility id field": ("Palvelupisteen tunnuskenttä", "Serviceställets id-fält"),
    "Road class field (OSM highway)": ("Tieluokkakenttä (OSM highway)",
                                       "Vägklassfält (OSM highway)"),
    "Facilities to close": ("Suljettavat palvelupisteet", "Serviceställen som stängs"),
    "Tick the facilities selected on the map": ("Valitse kartalla valitut palvelupisteet",
                                                "Markera serviceställena som valts på kartan"),
    "Run": ("Suorita", "Kör"),
    "Cancel": ("Peruuta", "Avbryt"),
    "Running...": ("Käynnissä...", "Körs..."),
    "Done.": ("Valmis.", "Klart."),
    "Cells: access before and after": ("Ruudut: saavutettavuus ennen ja jälkeen",
                                       "Rutor: tillgänglighet före och efter"),
}


def write(lang: int, code: str) -> Path:
    msgs = "\n".join(
        f"    <message>\n        <source>{escape(en)}</source>\n"
        f"        <translation>{escape(pair[lang])}</translation>\n    </message>"
        for en, pair in TRANSLATIONS.items())
    ts = HERE / f"palveluverkko_{code}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{code}">\n<context>\n'
                  f"    <name>Palveluverkko</name>\n{msgs}\n</context>\n</TS>\n",
                  encoding="utf-8")
    subprocess.run(["lrelease", "-silent", str(ts)], check=True)
    return ts.with_suffix(".qm")


if __name__ == "__main__":
    for i, code in enumerate(("fi", "sv")):
        print(write(i, code))
