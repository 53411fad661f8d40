"""The town gazetteer: named places, which town they are in, and how residents write them.

Built from the department's gazetteer folder (streets.csv, places.yml) and the
profile's excluded areas. Pure data; matching text against it is place_matcher's job.
"""
from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.profile import DepartmentProfile, profile
from bot.text import normalize

# Kinds of place, in the order a decision trusts them.
EXCLUDED = "excluded"      # an excluded area (park, highway)
OTHER_TOWN = "other_town"  # a town, village or landmark outside the jurisdiction
TOWN = "town"              # the jurisdiction's own name
LANDMARK = "landmark"
NEIGHBOURHOOD = "neighbourhood"
STREET = "street"

SUFFIX_FORMS = {
    "road": ["road", "rd"], "avenue": ["avenue", "ave", "av"], "street": ["street", "st"],
    "lane": ["lane", "ln"], "drive": ["drive", "dr"], "place": ["place", "pl"],
    "court": ["court", "ct"], "terrace": ["terrace", "ter"], "circle": ["circle", "cir"],
    "highway": ["highway", "hwy"], "turnpike": ["turnpike", "tpke", "tpk"],
    "parkway": ["parkway", "pkwy"], "extension": ["extension", "ext"],
    "boulevard": ["boulevard", "blvd"], "trail": ["trail", "trl"],
}
DIRECTION_FORMS = {"north": ["north", "n"], "south": ["south", "s"], "east": ["east", "e"], "west": ["west", "w"]}


@dataclass(frozen=True)
class Place:
    name: str               # how the assistant writes it back
    kind: str               # one of the kinds above
    town: str | None        # the town it is in (None for excluded areas)
    aliases: tuple[str, ...]  # normalised spellings residents use
    shared: bool = False    # a street name that also exists in another town
    address: str | None = None
    area_id: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    town: str
    places: tuple[Place, ...]
    zip_towns: dict[str, str]  # ZIP code -> town

    def by_alias(self) -> dict[str, list[Place]]:
        index: dict[str, list[Place]] = defaultdict(list)
        for place in self.places:
            for alias in place.aliases:
                index[alias].append(place)
        return index


def street_aliases(name: str) -> tuple[str, ...]:
    """Spellings of a street name: "Compo Road South" -> "compo rd s", "compo road south", ..."""
    tokens = normalize(name).split()
    options = []
    for index, token in enumerate(tokens):
        if token in DIRECTION_FORMS and index == len(tokens) - 1 and index > 0:
            options.append(DIRECTION_FORMS[token])
        elif token in SUFFIX_FORMS and index > 0:
            options.append(SUFFIX_FORMS[token])
        else:
            options.append([token])
    return tuple(" ".join(combo) for combo in itertools.product(*options))


def _read_streets(path: Path) -> dict[str, set[str]]:
    towns_by_street: dict[str, set[str]] = defaultdict(set)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            towns_by_street[row["street"]].add(row["town"])
    return towns_by_street


def _aliases(entry: dict) -> tuple[str, ...]:
    given = entry.get("aliases")
    if given:
        return tuple(normalize(a) for a in given)
    return street_aliases(entry["name"])


def build_gazetteer(dept: DepartmentProfile) -> Gazetteer:
    folder = dept.gazetteer_dir
    data = yaml.safe_load((folder / "places.yml").read_text(encoding="utf-8"))
    town = dept.town
    places: list[Place] = [Place(town, TOWN, town, tuple(normalize(a) for a in data["town"]["aliases"]))]
    for kind, key in ((LANDMARK, "landmarks"), (NEIGHBOURHOOD, "neighbourhoods")):
        for entry in data.get(key, []):
            places.append(Place(entry["name"], kind, town, _aliases(entry), address=entry.get("address")))

    streets = _read_streets(folder / "streets.csv")
    named_roads = {normalize(r["name"].split(" (")[0]) for r in data.get("roads", [])}
    for entry in data.get("roads", []):
        places.append(Place(entry["name"], STREET, town, _aliases(entry), shared=bool(entry.get("shared"))))
    for street, towns in sorted(streets.items()):
        if town in towns and normalize(street) not in named_roads:
            places.append(Place(street, STREET, town, street_aliases(street), shared=len(towns) > 1))
        elif town not in towns and normalize(town) in normalize(street).split() and normalize(street) != normalize(town):
            # "Westport Turnpike" is in Fairfield, "Westport Avenue" in Norwalk: without them the town's name
            # inside the street's would read as the town itself.
            places.append(Place(street, OTHER_TOWN, sorted(towns)[0], street_aliases(street)))

    zip_towns = {z: town for z in dept.zip_codes}
    for entry in data.get("other_towns", []):
        aliases = tuple(normalize(a) for a in entry["aliases"])
        places.append(Place(entry["name"], OTHER_TOWN, entry["name"], aliases))
        zip_towns.update({z: entry["name"] for z in entry.get("zip_codes", [])})

    for area in dept.excluded_areas:
        places.append(Place(area.name, EXCLUDED, None, tuple(normalize(a) for a in area.aliases), area_id=area.id))
    return Gazetteer(town=town, places=tuple(places), zip_towns=zip_towns)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return build_gazetteer(profile())
