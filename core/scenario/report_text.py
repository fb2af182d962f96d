"""Words and number formats of the scenario report in English, Finnish and Swedish.

The report is written in the language of QGIS; the caller passes ``lang`` ("en", "fi",
"sv"; anything else falls back to English). Strings take ``str.format`` fields.
"""

from __future__ import annotations

import datetime as dt
import math
import re

LANGS = ("en", "fi", "sv")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

T: dict[str, tuple[str, str, str]] = {  # key: (en, fi, sv)
    # titles and sections
    "title_closure": ("Facility closure impact", "Palveluverkon muutoksen vaikutukset",
                      "Konsekvenser av förändringen i servicenätet"),
    "title_optimise": ("Optimised service network", "Optimoitu palveluverkko",
                       "Optimerat servicenät"),
    "title_compare": ("Scenario comparison", "Skenaarioiden vertailu", "Jämförelse av scenarier"),
    "made": ("Report made {date}", "Raportti laadittu {date}", "Rapporten gjord {date}"),
    "what_means": ("What this means", "Mitä tämä tarkoittaa", "Vad detta betyder"),
    "key_figures": ("Key figures", "Keskeiset luvut", "Nyckeltal"),
    "map": ("Map of the change", "Kartta muutoksesta", "Karta över förändringen"),
    "scenario": ("Scenario, inputs and assumptions", "Skenaario, lähtötiedot ja oletukset",
                 "Scenario, indata och antaganden"),
    "travel_times": ("Travel time before and after", "Matka-aika ennen ja jälkeen",
                     "Restid före och efter"),
    "loads": ("Facilities: residents served and capacity",
              "Toimipisteet: asiakasmäärä ja kapasiteetti",
              "Verksamhetsställen: invånare och kapacitet"),
    "flows": ("Where the residents go", "Mihin asukkaat siirtyvät", "Vart invånarna flyttas"),
    "flows_intro": ("Residents whose nearest open facility changes, from the facility before "
                    "to the facility after.",
                    "Asukkaat, joiden lähin avoin toimipiste vaihtuu: toimipiste ennen ja "
                    "jälkeen.",
                    "Invånare vars närmaste öppna verksamhetsställe ändras: före och efter."),
    "nobody_moves": ("Nobody changes facility.", "Kenenkään toimipiste ei vaihdu.",
                     "Ingen byter verksamhetsställe."),
    "by_area": ("By area", "Alueittain", "Per område"),
    "by_group": ("By age group", "Ikäryhmittäin", "Per åldersgrupp"),
    "equity": ("Equity", "Yhdenvertaisuus", "Jämlikhet"),
    "equity_intro": (
        "Gini: how unequal travel times are between residents (0 = everyone equally far, "
        "1 = very unequal); it measures relative differences, not how long the trips are. "
        "Worst tenth: mean travel time of the 10 % living farthest. Shares: residents beyond "
        "each threshold (those who reach no facility included).",
        "Gini-kerroin: kuinka eriarvoisia asukkaiden matka-ajat ovat (0 = kaikilla yhtä pitkä "
        "matka, 1 = hyvin eriarvoiset); se mittaa suhteellisia eroja, ei matkojen pituutta. "
        "Kaukaisin kymmenys: kauimpana asuvan 10 %:n keskimääräinen matka-aika. Osuudet: "
        "asukkaat kunkin aikarajan ulkopuolella (myös ne, jotka eivät pääse mihinkään).",
        "Gini: hur ojämlika invånarnas restider är (0 = alla lika långt, 1 = mycket "
        "ojämlikt); den mäter relativa skillnader, inte hur långa resorna är. Sämsta tiondel: "
        "medelrestiden för de 10 % som bor längst bort. Andelar: invånare utanför varje "
        "tidsgräns (även de som inte når något ställe)."),
    "notes": ("Notes", "Huomiot", "Anmärkningar"),
    "legend_change": ("Change in travel time", "Matka-ajan muutos", "Förändring i restid"),
    # table headers
    "h_figure": ("Figure", "Luku", "Tal"), "h_value": ("Value", "Arvo", "Värde"),
    "h_facility": ("Facility", "Toimipiste", "Verksamhetsställe"),
    "h_status": ("Status", "Tila", "Status"),
    "h_load_before": ("Residents before", "Asukkaita ennen", "Invånare före"),
    "h_load_after": ("Residents after", "Asukkaita jälkeen", "Invånare efter"),
    "h_capacity": ("Capacity", "Kapasiteetti", "Kapacitet"),
    "h_use_before": ("Use of capacity before", "Käyttöaste ennen", "Beläggning före"),
    "h_use_after": ("Use of capacity after", "Käyttöaste jälkeen", "Beläggning efter"),
    "h_from": ("From (before)", "Mistä (ennen)", "Från (före)"),
    "h_to": ("To (after)", "Mihin (jälkeen)", "Till (efter)"),
    "h_residents": ("Residents", "Asukkaita", "Invånare"),
    "h_area": ("Area", "Alue", "Område"), "h_group": ("Age group", "Ikäryhmä", "Åldersgrupp"),
    "h_losing": ("Lose access within {t} min", "Menettää yhteyden {t} min sisällä",
                 "Förlorar tillgång inom {t} min"),
    "h_mean_before": ("Mean time before (min)", "Keskim. aika ennen (min)",
                      "Medeltid före (min)"),
    "h_mean_after": ("Mean time after (min)", "Keskim. aika jälkeen (min)",
                     "Medeltid efter (min)"),
    "h_measure": ("Measure", "Mittari", "Mått"), "h_before": ("Before", "Ennen", "Före"),
    "h_after": ("After", "Jälkeen", "Efter"),
    "gini": ("Gini coefficient of travel time", "Matka-aikojen Gini-kerroin",
             "Gini-koefficient för restid"),
    "worst": ("Worst tenth: mean travel time (min)", "Kaukaisin kymmenys: keskim. matka-aika "
              "(min)", "Sämsta tiondel: medelrestid (min)"),
    "beyond": ("Residents beyond {t} min", "Asukkaat yli {t} min päässä",
               "Invånare längre bort än {t} min"),
    "beyond_group": ("{group} beyond {t} min", "{group} yli {t} min päässä",
                     "{group} längre bort än {t} min"),
    # status words
    "open": ("open", "avoinna", "öppen"), "closed": ("closed", "suljetaan", "stängs"),
    "new": ("new", "uusi", "ny"), "not_open": ("not open", "ei avoinna", "inte öppen"),
    "over_after": ("over capacity after", "ylikuormitettu jälkeen", "överbelastad efter"),
    "over_both": ("over capacity before and after", "ylikuormitettu jo ennen",
                  "överbelastad redan före"),
    "none": ("none", "ei yhtään", "inga"), "nowhere": ("no facility reached", "ei mihinkään",
                                                       "inget ställe nås"),
    "n_a": ("n/a", "–", "–"), "all_areas": ("all areas", "kaikki alueet", "alla områden"),
    "total": ("everyone", "kaikki", "alla"),
    # key figures
    "k_closed": ("Facilities closed", "Suljettavat toimipisteet", "Verksamhetsställen som stängs"),
    "k_opened": ("Facilities opened", "Avattavat toimipisteet", "Verksamhetsställen som öppnas"),
    "k_population": ("Residents", "Asukkaita", "Invånare"),
    "k_moved": ("Residents whose nearest facility changes", "Asukkaat, joiden lähin toimipiste "
                "vaihtuu", "Invånare vars närmaste ställe ändras"),
    "k_losing": ("Residents losing access within {t} min", "Asukkaat, jotka menettävät "
                 "yhteyden {t} min sisällä", "Invånare som förlorar tillgång inom {t} min"),
    "k_within": ("Residents within {t} min (before → after)", "Asukkaita {t} min sisällä "
                 "(ennen → jälkeen)", "Invånare inom {t} min (före → efter)"),
    "k_mean": ("Mean travel time (before → after)", "Keskimääräinen matka-aika (ennen → "
               "jälkeen)", "Medelrestid (före → efter)"),
    "k_extra": ("Extra time of those whose facility changes", "Lisäaika niille, joiden "
                "toimipiste vaihtuu", "Extra tid för dem som byter ställe"),
    "k_over": ("Facilities over capacity after the change (not before)",
               "Muutoksen myötä ylikuormittuvat toimipisteet",
               "Ställen som blir överbelastade genom förändringen"),
    "k_over_already": ("Facilities over capacity both before and after",
                       "Toimipisteet, jotka ovat ylikuormitettuja sekä ennen että jälkeen",
                       "Ställen som är överbelastade både före och efter"),
    # scenario block
    "i_name": ("Scenario", "Skenaario", "Scenario"),
    "i_mode": ("Travel mode", "Kulkutapa", "Färdsätt"),
    "i_facilities": ("Facilities", "Toimipisteet", "Verksamhetsställen"),
    "i_population": ("Population", "Väestö", "Befolkning"),
    "i_roads": ("Road network", "Tieverkko", "Vägnät"),
    "i_gtfs": ("Timetables (GTFS)", "Aikataulut (GTFS)", "Tidtabeller (GTFS)"),
    "i_thresholds": ("Access thresholds", "Saavutettavuuden aikarajat", "Tidsgränser"),
    "i_capacity": ("Capacity", "Kapasiteetti", "Kapacitet"),
    "i_layer_field": ("layer {layer}, field {field}", "taso {layer}, kenttä {field}",
                      "lager {layer}, fält {field}"),
    "i_layer": ("layer {layer}", "taso {layer}", "lager {layer}"),
    "mode_walk": ("walking", "kävely", "gång"), "mode_car": ("car", "auto", "bil"),
    "mode_bike": ("cycling", "pyöräily", "cykel"),
    "mode_wheelchair": ("wheelchair", "pyörätuoli", "rullstol"),
    "mode_transit": ("public transport", "joukkoliikenne", "kollektivtrafik"),
    "a_nearest": (
        "Every resident is assigned to the nearest open facility by travel time; capacity "
        "does not turn anyone away. Residents are counted where their grid cell is.",
        "Jokainen asukas ohjataan matka-ajaltaan lähimpään avoimeen toimipisteeseen; "
        "kapasiteetti ei käännytä ketään. Asukkaat lasketaan ruutunsa kohdalle.",
        "Varje invånare hänförs till det närmaste öppna stället i restid; kapaciteten "
        "avvisar ingen. Invånarna räknas där deras ruta ligger."),
    "a_road": (
        "Travel times along the road network ({mode}); the walk between each home and the "
        "nearest road is included at {access} km/h; homes farther than {snap} m from a "
        "usable road count as not reaching any facility.",
        "Matka-ajat tieverkkoa pitkin ({mode}); kävely kodista lähimmälle tielle sisältyy "
        "nopeudella {access} km/h; yli {snap} m:n päässä käyttökelpoisesta tiestä olevat "
        "kodit eivät saavuta mitään toimipistettä.",
        "Restider längs vägnätet ({mode}); promenaden mellan hemmet och närmaste väg ingår "
        "med {access} km/h; hem längre än {snap} m från en användbar väg når inget ställe."),
    "a_transit": (
        "Public transport on {date}, departures every {step} min from {start} to {end}; "
        "the travel time is the {q}th percentile over those departures (waiting, walking "
        "and transfers included; walks up to {walk} m at {speed} km/h).",
        "Joukkoliikenne {date}, lähtö {step} min välein klo {start}–{end}; matka-aika on "
        "näiden lähtöjen {q}. persentiili (odotus, kävely ja vaihdot mukana; kävelyä enintään "
        "{walk} m nopeudella {speed} km/h).",
        "Kollektivtrafik {date}, avgång var {step}:e minut kl. {start}–{end}; restiden är "
        "{q}:e percentilen över avgångarna (väntan, gång och byten inräknade; gång högst "
        "{walk} m med {speed} km/h)."),
    "a_capacity": ("Capacity: residents a facility can serve, from the field {field}.",
                   "Kapasiteetti: asukasmäärä, jonka toimipiste voi palvella (kenttä {field}).",
                   "Kapacitet: antal invånare ett ställe kan betjäna (fält {field})."),
    "a_masked": (
        "{cells} cells ({n} residents) have their age groups hidden (-1: under 10 residents "
        "in Statistics Finland's grid); they count in the totals but in no age group.",
        "{cells} ruudun ({n} asukasta) ikäryhmät on salattu (-1: alle 10 asukasta "
        "Tilastokeskuksen ruudukossa); he ovat mukana kokonaismäärissä mutta eivät missään "
        "ikäryhmässä.",
        "{cells} rutor ({n} invånare) har dolda åldersgrupper (-1: under 10 invånare i "
        "Statistikcentralens rutnät); de räknas i totalen men i ingen åldersgrupp."),
    # what this means
    "m_closing": ("Closing {closed} changes the nearest facility of {moved} residents "
                  "({share} of all); their trip grows by {extra} min on average.",
                  "Kun {closed} suljetaan, {moved} asukkaan ({share} kaikista) lähin "
                  "toimipiste vaihtuu; heidän matkansa pitenee keskimäärin {extra} min.",
                  "När {closed} stängs ändras det närmaste stället för {moved} invånare "
                  "({share} av alla); deras resa blir i medeltal {extra} min längre."),
    "m_change": ("The change moves {moved} residents ({share} of all) to another facility; "
                 "their travel time changes by {extra} min on average.",
                 "Muutos siirtää {moved} asukasta ({share} kaikista) toiseen toimipisteeseen; "
                 "heidän matka-aikansa muuttuu keskimäärin {extra} min.",
                 "Förändringen flyttar {moved} invånare ({share} av alla) till ett annat "
                 "ställe; deras restid ändras i medeltal med {extra} min."),
    "m_nochange": ("Nobody's nearest facility changes.", "Kenenkään lähin toimipiste ei "
                   "vaihdu.", "Ingens närmaste ställe ändras."),
    "m_within": ("Within {t} min of a facility live {before} before and {after} after.",
                 "{t} minuutin sisällä toimipisteestä asuu ennen {before} ja jälkeen {after} "
                 "asukkaista.",
                 "Inom {t} min från ett ställe bor {before} före och {after} efter."),
    "m_gini_down_longer": (
        "The Gini coefficient falls ({before} → {after}) although trips get longer: the "
        "residents who lose their facility had shorter trips than average before ({moved_min}"
        " against {all_min} min), so their longer trips now resemble everyone else's. Travel "
        "times become more alike, not shorter.",
        "Gini-kerroin laskee ({before} → {after}), vaikka matkat pitenevät: toimipisteensä "
        "menettävien matkat olivat ennen keskimääräistä lyhyempiä ({moved_min} vs. "
        "{all_min} min), joten heidän pidentyneet matkansa muistuttavat nyt muiden matkoja. "
        "Matka-ajat tasaantuvat, eivät lyhene.",
        "Gini-koefficienten sjunker ({before} → {after}) trots att resorna blir längre: de "
        "som förlorar sitt ställe hade kortare resor än genomsnittet ({moved_min} mot "
        "{all_min} min), så deras längre resor liknar nu alla andras. Restiderna blir mer "
        "lika, inte kortare."),
    "m_gini_up": ("The Gini coefficient rises ({before} → {after}): the longer trips fall on "
                  "some residents only, so travel times become more unequal.",
                  "Gini-kerroin nousee ({before} → {after}): pidentyneet matkat osuvat vain "
                  "osalle asukkaista, joten matka-ajat eriarvoistuvat.",
                  "Gini-koefficienten stiger ({before} → {after}): de längre resorna drabbar "
                  "bara en del av invånarna, så restiderna blir mer ojämlika."),
    "m_gini_down": ("The Gini coefficient falls ({before} → {after}): travel times become "
                    "more equal.", "Gini-kerroin laskee ({before} → {after}): matka-ajat "
                    "tasaantuvat.", "Gini-koefficienten sjunker ({before} → {after}): "
                    "restiderna blir mer jämlika."),
    "m_gini_same": ("The Gini coefficient hardly moves ({before} → {after}).",
                    "Gini-kerroin pysyy lähes ennallaan ({before} → {after}).",
                    "Gini-koefficienten ändras knappt ({before} → {after})."),
    "m_never": ("{n} residents ({cells} cells) reach no facility before or after the change: "
                "check the road or timetable data around them.",
                "{n} asukasta ({cells} ruutua) ei saavuta mitään toimipistettä ennen eikä "
                "jälkeen muutoksen: tarkista tie- tai aikataulutiedot heidän ympäriltään.",
                "{n} invånare ({cells} rutor) når inget ställe före eller efter "
                "förändringen: kontrollera väg- eller tidtabellsdata kring dem."),
    "m_over": ("After the change {n} facilities are over capacity: {names}.",
               "Muutoksen jälkeen {n} toimipistettä on ylikuormitettu: {names}.",
               "Efter förändringen är {n} ställen överbelastade: {names}."),
    "m_over_before": ("Of these, already over capacity before the change: {names}.",
                      "Näistä ylikuormitettuja jo ennen muutosta: {names}.",
                      "Av dessa var redan före förändringen överbelastade: {names}."),
    "m_over_none": ("No facility is over capacity after the change.",
                    "Yksikään toimipiste ei ole ylikuormitettu muutoksen jälkeen.",
                    "Inget ställe är överbelastat efter förändringen."),
    "m_unreached": ("{n} residents reach no facility after the change.",
                    "{n} asukasta ei saavuta mitään toimipistettä muutoksen jälkeen.",
                    "{n} invånare når inget ställe efter förändringen."),
    # charts
    "c_cdf_x": ("travel time to the nearest open facility (min)",
                "matka-aika lähimpään avoimeen toimipisteeseen (min)",
                "restid till närmaste öppna ställe (min)"),
    "c_cdf_y": ("residents reaching it (%)", "asukkaista perillä (%)", "invånare framme (%)"),
    "c_change_x": ("change in travel time of the residents whose facility changes (min)",
                   "matka-ajan muutos asukkailla, joiden toimipiste vaihtuu (min)",
                   "förändring i restid för dem som byter ställe (min)"),
    "c_change_y": ("residents", "asukkaita", "invånare"),
    "c_before": ("before", "ennen", "före"), "c_after": ("after", "jälkeen", "efter"),
    "map_closed": ("closed facility", "suljettava toimipiste", "stängt ställe"),
    "map_open": ("open facility", "avoin toimipiste", "öppet ställe"),
    "map_new": ("new facility", "uusi toimipiste", "nytt ställe"),
    "map_unreached": ("no facility reached after", "ei yhteyttä jälkeen",
                      "inget ställe nås efter"),
    "map_never": ("no facility reached before or after", "ei yhteyttä ennen eikä jälkeen",
                  "inget ställe nås före eller efter"),
    "map_same": ("about the same (under 1 min)", "ennallaan (alle 1 min)",
                 "ungefär samma (under 1 min)"),
    "map_longer": ("{a}–{b} min longer", "{a}–{b} min pidempi", "{a}–{b} min längre"),
    "map_longer_than": ("over {a} min longer", "yli {a} min pidempi", "över {a} min längre"),
    "map_shorter": ("shorter", "lyhyempi", "kortare"),
    # target year, costs and staff (issue 18)
    "year_title": ("Demand now and in {year}", "Kysyntä nyt ja vuonna {year}",
                   "Efterfrågan nu och år {year}"),
    "year_intro": (
        "Demand ({what}) of each facility's residents: in {base} with the current network, "
        "and in {year} (population projection by age) after the change.",
        "Kunkin toimipisteen asukkaiden kysyntä ({what}): vuonna {base} nykyisellä "
        "verkolla ja vuonna {year} (väestöennuste ikäryhmittäin) muutoksen jälkeen.",
        "Efterfrågan ({what}) hos varje ställes invånare: år {base} med nuvarande nät och "
        "år {year} (befolkningsprognos per åldersgrupp) efter förändringen."),
    "w_visits": ("visits a year by age-specific use rates",
                 "käyntejä vuodessa ikäryhmittäisin käyttöastein",
                 "besök per år enligt åldersspecifika nyttjandegrader"),
    "w_persons": ("residents", "asukkaita", "invånare"),
    "h_demand_at": ("Demand {year}", "Kysyntä {year}", "Efterfrågan {year}"),
    "h_change": ("Change", "Muutos", "Förändring"),
    "age_title": ("Growth by age group in each catchment, {base}–{year}",
                  "Muutos ikäryhmittäin kunkin toimipisteen alueella, {base}–{year}",
                  "Förändring per åldersgrupp i varje upptagningsområde, {base}–{year}"),
    "age_intro": ("Residents of each facility's catchment after the change, in {base} and "
                  "{year}.",
                  "Toimipisteen alueen asukkaat muutoksen jälkeen vuosina {base} ja {year}.",
                  "Invånarna i ställets upptagningsområde efter förändringen, år {base} och "
                  "{year}."),
    "title_costs": ("Costs of the network scenarios {first}–{last}",
                    "Palveluverkon vaihtoehtojen kustannukset {first}–{last}",
                    "Servicenätets scenarier: kostnader {first}–{last}"),
    "costs_yearly": ("Costs per year", "Kustannukset vuosittain", "Kostnader per år"),
    "costs_of": ("Costs per year: {name}", "Kustannukset vuosittain: {name}",
                 "Kostnader per år: {name}"),
    "costs_npv": ("Net present value", "Nykyarvo", "Nuvärde"),
    "npv_intro": ("Costs {first}–{last} discounted to {first} at {rate} a year{residual}.",
                  "Kustannukset {first}–{last} diskontattuna vuoteen {first} {rate} "
                  "vuosikorolla{residual}.",
                  "Kostnaderna {first}–{last} diskonterade till {first} med {rate} per "
                  "år{residual}."),
    "npv_residual": ("; the residual value of the sites kept is deducted",
                     "; jäljelle jäävien toimipisteiden jäännösarvo on vähennetty",
                     "; restvärdet av ställena som behålls är avdraget"),
    "h_scenario": ("Scenario", "Vaihtoehto", "Scenario"), "h_year": ("Year", "Vuosi", "År"),
    "h_item": ("Cost item", "Kustannuserä", "Kostnadspost"),
    "h_total": ("Total", "Yhteensä", "Totalt"),
    "h_diff": ("Difference to {name}", "Ero: {name}", "Skillnad mot {name}"),
    "h_npv_county": ("NPV, county", "Nykyarvo, hyvinvointialue", "Nuvärde, välfärdsområdet"),
    "h_npv_societal": ("NPV, with clients and Kela", "Nykyarvo, asiakkaat ja Kela mukana",
                       "Nuvärde, med klienter och FPA"),
    "cost_rent": ("Rent", "Vuokrat", "Hyror"),
    "cost_opex": ("Operating costs", "Käyttökustannukset", "Driftskostnader"),
    "cost_invest": ("Investments (repair backlog)", "Investoinnit (korjausvelka)",
                    "Investeringar (reparationsskuld)"),
    "cost_exit": ("Early exit", "Ennenaikainen irtautuminen", "Förtida uppsägning"),
    "cost_staff": ("Staff", "Henkilöstö", "Personal"),
    "cost_mobile": ("Mobile units", "Liikkuvat yksiköt", "Mobila enheter"),
    "cost_client_travel": ("Clients' travel (own share)", "Asiakkaiden matkat (omavastuu)",
                           "Klienternas resor (självrisk)"),
    "cost_kela_travel": ("Kela travel reimbursements", "Kelan matkakorvaukset",
                         "FPA:s reseersättningar"),
    "cost_county_total": ("County total", "Hyvinvointialue yhteensä",
                          "Välfärdsområdet totalt"),
    "cost_societal_total": ("With clients and Kela", "Asiakkaat ja Kela mukaan lukien",
                            "Med klienter och FPA"),
    "cost_fixed_cost": ("Site costs", "Toimipisteiden kustannukset", "Ställenas kostnader"),
    "cost_travel_cost": ("Value of clients' travel time", "Asiakkaiden matka-ajan arvo",
                         "Värdet av klienternas restid"),
    "c_eur": ("million EUR a year", "miljoonaa euroa vuodessa", "miljoner euro per år"),
    "lease_title": ("Sites and leases by year", "Toimipisteet ja vuokrasopimukset vuosittain",
                    "Ställen och hyresavtal per år"),
    "lease_intro": ("Bars: the months each site is in use in each year ({name}); a mark: "
                    "the end of its lease.",
                    "Palkit: kuukaudet, joina toimipiste on käytössä kunakin vuonna "
                    "({name}); merkki: vuokrasopimuksen päättyminen.",
                    "Staplar: månaderna varje ställe används varje år ({name}); ett märke: "
                    "hyresavtalets slut."),
    "c_lease_end": ("lease ends", "vuokrasopimus päättyy", "hyresavtalet upphör"),
    "staff_title": ("Staff effect", "Vaikutus henkilöstöön", "Konsekvenser för personalen"),
    "staff_intro": ("Staff by workplace before the change, and how many commute longer than "
                    "the limit before and after.",
                    "Henkilöstö työpaikoittain ennen muutosta ja kuinka monen työmatka on "
                    "rajaa pidempi ennen ja jälkeen.",
                    "Personal per arbetsplats före förändringen och hur många som pendlar "
                    "längre än gränsen före och efter."),
    "h_staff": ("Staff", "Henkilöstö", "Personal"),
    "h_profession": ("Profession", "Ammattiryhmä", "Yrkesgrupp"),
    "h_workplace_after": ("Workplace after", "Työpaikka jälkeen", "Arbetsplats efter"),
    "h_over_before": ("Over the limit before", "Rajan yli ennen", "Över gränsen före"),
    "h_over_after": ("Over the limit after", "Rajan yli jälkeen", "Över gränsen efter"),
    "access_title": ("Access effect", "Vaikutus saavutettavuuteen",
                     "Konsekvenser för tillgängligheten"),
    "access_intro": ("Residents within each travel time of a facility after the change, and "
                     "the change vs. before, from each scenario's closure impact (shares "
                     "where its equity table was given).",
                     "Asukkaat kunkin matka-ajan sisällä toimipisteestä muutoksen jälkeen ja "
                     "muutos ennen tilanteeseen verrattuna, kunkin vaihtoehdon "
                     "sulkemisvaikutuksista (osuuksina, jos annettiin yhdenvertaisuusluvut).",
                     "Invånare inom varje restid till ett ställe efter förändringen och "
                     "förändringen jämfört med före, från varje scenarios stängningskonsekvenser "
                     "(andelar där jämlikhetstalen gavs)."),
    "h_within_min": ("Within (min)", "Sisällä (min)", "Inom (min)"),
    "h_acc_after": ("{name}: after", "{name}: jälkeen", "{name}: efter"),
    "h_acc_change": ("{name}: change", "{name}: muutos", "{name}: förändring"),
}

T.update({  # the other service channels (mobile stops, remote visits)
    "channels": ("Other service channels", "Muut palvelukanavat", "Övriga servicekanaler"),
    "ch_intro": (
        "Of the {lost} residents who lose their facility within {t} min, a mobile stop within "
        "{m} min serves {mobile} ({mobile_share}), remote visits can take the demand of "
        "{remote} more ({remote_share}), and {left} ({left_share}) are left without a "
        "substitute.",
        "Niistä {lost} asukkaasta, joilta toimipiste {t} minuutin sisällä häviää, "
        "liikkuvan palvelun pysäkki {m} minuutin sisällä palvelee {mobile} ({mobile_share}), "
        "etäasiointi voi korvata vielä {remote} asukkaan tarpeen ({remote_share}), ja "
        "{left} ({left_share}) jää ilman korvaavaa kanavaa.",
        "Av de {lost} invånare som förlorar sitt ställe inom {t} min betjänas {mobile} "
        "({mobile_share}) av en mobil hållplats inom {m} min, distansbesök kan ta behovet "
        "hos ytterligare {remote} ({remote_share}), och {left} ({left_share}) blir utan "
        "ersättande kanal."),
    "ch_no_loss": ("Nobody loses their facility within {t} min.",
                   "Kenenkään toimipiste ei häviä {t} minuutin sisältä.",
                   "Ingen förlorar sitt ställe inom {t} min."),
    "ch_how": (
        "A mobile stop counts when it is within the time above by the same travel mode and "
        "has visits in its timetable; remote visits count as the share of the residents' "
        "visits that can be remote (connection, internet use by age, share of visits fit "
        "for remote care), in person-equivalents.",
        "Liikkuvan palvelun pysäkki lasketaan, kun se on yllä mainitun ajan sisällä samalla "
        "kulkutavalla ja sillä on käyntejä aikataulussa; etäasiointi lasketaan osuutena "
        "asukkaiden käynneistä, jotka voivat olla etäkäyntejä (yhteys, internetin käyttö "
        "iän mukaan, etäkäynteihin sopivien käyntien osuus), henkilöekvivalentteina.",
        "En mobil hållplats räknas när den nås inom tiden ovan med samma färdsätt och har "
        "besök i tidtabellen; distansbesök räknas som den andel av invånarnas besök som kan "
        "ske på distans (uppkoppling, internetanvändning efter ålder, andel besök lämpliga "
        "för distansvård), i personekvivalenter."),
    "h_ch_lost": ("Losing the facility", "Toimipiste häviää", "Förlorar stället"),
    "h_ch_mobile": ("Mobile stop", "Liikkuva palvelu", "Mobil tjänst"),
    "h_ch_remote": ("Remote visits", "Etäasiointi", "Distansbesök"),
    "h_ch_left": ("Left", "Jää ilman", "Blir utan"),
    "h_ch_comp": ("Compensated", "Korvattu", "Kompenserat"),
})


def lang_of(locale: str | None) -> str:
    """'fi_FI' -> 'fi'; unknown languages -> 'en'."""
    code = (locale or "en")[:2].lower()
    return code if code in LANGS else "en"


def text(key: str, lang: str = "en", **fields) -> str:
    words = T[key][LANGS.index(lang) if lang in LANGS else 0]
    return words.format(**fields) if fields else words


def number(value, lang: str = "en", digits: int = 0) -> str:
    """13152 -> '13 152' (fi, sv) or '13,152' (en); NaN/None -> the language's n/a."""
    if value is None or not math.isfinite(float(value)):
        return text("n_a", lang)
    s = f"{float(value):,.{digits}f}"
    if lang in ("fi", "sv"):
        s = s.replace(",", "\u00a0").replace(".", ",")
    return s.replace("-", "\u2212", 1) if s.startswith("-") else s


def localise(formatted: str, lang: str = "en") -> str:
    """Numbers in a string Python formatted ('95006', '10.50', '3.0%') as the language
    writes them: thousands grouped ('95 006' in fi/sv, '95,006' in en), a decimal comma and
    '3,0 %' in fi/sv, a real minus sign."""
    sep, point = ("\u00a0", ",") if lang in ("fi", "sv") else (",", ".")

    def one(m: re.Match) -> str:
        whole = f"{int(m.group(2)):,}".replace(",", sep)
        frac = (point + m.group(3)[1:]) if m.group(3) else ""
        return ("\u2212" if m.group(1) else "") + whole + frac

    out = re.sub(r"(?<![\w.])([-\u2212]?)(\d+)(\.\d+)?(?![\w.])", one, formatted)
    return out.replace("%", "\u00a0%") if lang in ("fi", "sv") else out


class LocaleNumber(float):
    """A number that formats in ``lang`` with Python's format specs: ``{n:.0f}`` ->
    '95 006', ``{rate:.1%}`` -> '3,0 %' in Finnish (so a translated message's placeholders
    stay as they are)."""

    lang = "en"

    def __new__(cls, value, lang: str = "en") -> LocaleNumber:
        out = super().__new__(cls, value)
        out.lang = lang
        return out

    def __format__(self, spec: str) -> str:
        if spec:
            return localise(float.__format__(self, spec), self.lang)
        plain = float.__format__(self, ".0f") if self.is_integer() else repr(float(self))
        return localise(plain, self.lang)


def percent(share, lang: str = "en", digits: int = 0) -> str:
    """0.884 -> '88 %' (fi, sv) or '88%' (en)."""
    if share is None or not math.isfinite(float(share)):
        return text("n_a", lang)
    return number(100 * float(share), lang, digits) + ("%" if lang == "en" else "\u00a0%")


def date(day: dt.date, lang: str = "en") -> str:
    """1.12.2026 (fi), 2026-12-01 (sv), 1 December 2026 (en)."""
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "sv":
        return day.isoformat()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def join(names: list[str], lang: str = "en") -> str:
    """'A, B and C' in the language."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    word = {"fi": "ja", "sv": "och"}.get(lang, "and")
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def group_label(name: str, lang: str = "en") -> str:
    """Statistics Finland's age fields in words: ika_0_14 -> '0–14 years', ika_75_ -> '75+'."""
    m = re.fullmatch(r"(?:ika|age|ikä)_?(\d+)_(\d*)", str(name).lower())
    if not m:
        return text("total", lang) if name == "total" else str(name)
    a, b = m.groups()
    unit = {"fi": "v", "sv": "år"}.get(lang, "years")
    return f"{a}–{b} {unit}" if b else f"{a}+ {unit}"
