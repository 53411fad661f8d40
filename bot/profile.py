"""The department profile: every department-specific fact, loaded from one YAML file.

Nothing else in the project spells out a phone number, the town's name or an
exclusion zone; they read them from here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.config import settings


SCREENING_QUESTIONS = ("known_suspect", "weapon")


@dataclass(frozen=True)
class NibrsOffense:
    code: str
    offense: str


@dataclass(frozen=True)
class IncidentType:
    slug: str
    label: str
    details: tuple[str, ...]
    screening: tuple[str, ...] = SCREENING_QUESTIONS
    nibrs: NibrsOffense | None = None                # None: not a NIBRS offense
    nibrs_vehicle_parts: NibrsOffense | None = None  # when the things taken were parts of a vehicle
    details_vehicle_parts: tuple[str, ...] | None = None  # the details asked then (the vehicle too)

    def details_for(self, vehicle_parts: bool) -> tuple[str, ...]:
        return self.details_vehicle_parts if vehicle_parts and self.details_vehicle_parts else self.details


@dataclass(frozen=True)
class ExcludedArea:
    id: str
    name: str
    kind: str  # "park" or "highway"
    aliases: tuple[str, ...]
    exits: tuple[str, ...]
    exit_names: tuple[tuple[str, str], ...] = ()  # ("saugatuck", "17"): "the saugatuck exit" is exit 17


@dataclass(frozen=True)
class Phones:
    emergency: str
    non_emergency: str
    crisis_line: str
    records: str
    railroad_parking: str


@dataclass(frozen=True)
class Answer:
    """The department's answer to a question residents ask, and the public source it comes from."""
    text: str
    source: str


@dataclass(frozen=True)
class DepartmentProfile:
    name: str
    short_name: str
    address: str
    website: str
    timezone: str
    phones: Phones
    reference_prefix: str
    case_number_format: str
    online_types: tuple[IncidentType, ...]
    officer_only_types: dict[str, str]
    town: str
    state: str
    zip_codes: tuple[str, ...]
    gazetteer_dir: Path
    excluded_areas: tuple[ExcludedArea, ...]
    sounds_like: dict[str, str]      # type slug -> "something was stolen": how the assistant checks its reading
    answers: dict[str, Answer]       # question topic -> answer (department/answers.yml)
    # neighbouring town -> its police non-emergency number (department/answers.yml facts, each with its source)
    neighbouring_police: dict[str, str] = field(default_factory=dict)

    @property
    def online_slugs(self) -> tuple[str, ...]:
        return tuple(t.slug for t in self.online_types)

    def incident_type(self, slug: str) -> IncidentType | None:
        return next((t for t in self.online_types if t.slug == slug), None)

    def type_label(self, slug: str | None) -> str:
        found = self.incident_type(slug) if slug else None
        if found:
            return found.label
        return (slug or "unknown").replace("_", " ")

    def online_types_sentence(self) -> str:
        labels = [t.label.split(" (")[0] for t in self.online_types]
        return ", ".join(labels[:-1]) + " and " + labels[-1]

    def area(self, area_id: str) -> ExcludedArea | None:
        return next((a for a in self.excluded_areas if a.id == area_id), None)

    def answer(self, topic: str, **said) -> str | None:
        """The answer to a question topic, with the department's facts (and any named in `said`) filled in."""
        found = self.answers.get(topic)
        if not found:
            return None
        return found.text.format(non_emergency=self.phones.non_emergency, emergency=self.phones.emergency,
                                 records=self.phones.records, town=self.town, dept_short_name=self.short_name,
                                 railroad_parking=self.phones.railroad_parking,
                                 online_types=self.online_types_sentence(), **said)


def load_profile(path: Path) -> DepartmentProfile:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    dept, jurisdiction = raw["department"], raw["jurisdiction"]
    return DepartmentProfile(
        name=dept["name"],
        short_name=dept["short_name"],
        address=dept["address"],
        website=dept["website"],
        timezone=dept["timezone"],
        phones=Phones(**{key: str(value) for key, value in raw["phones"].items()}),
        reference_prefix=raw["reference_prefix"],
        case_number_format=raw["case_number_format"],
        online_types=tuple(_incident_type(t) for t in raw["online_incident_types"]),
        officer_only_types=dict(raw.get("officer_only_incident_types", {})),
        town=jurisdiction["town"],
        state=jurisdiction["state"],
        zip_codes=tuple(str(z) for z in jurisdiction["zip_codes"]),
        gazetteer_dir=(path.parent / jurisdiction["gazetteer"]).resolve(),
        excluded_areas=tuple(
            ExcludedArea(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                aliases=tuple(a.get("aliases", ())),
                exits=tuple(str(e) for e in a.get("exits", ())),
                exit_names=tuple((str(name), str(number)) for name, number in (a.get("exit_names") or {}).items()),
            )
            for a in jurisdiction["excluded_areas"]
        ),
        sounds_like=dict(raw.get("sounds_like", {})),
        answers=_answers(path.parent / raw["answers"]) if raw.get("answers") else {},
        neighbouring_police=_neighbouring_police(path.parent / raw["answers"]) if raw.get("answers") else {},
    )


def _answers(path: Path) -> dict[str, Answer]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]
    return {topic: Answer(entry["text"], entry["source"]) for topic, entry in raw.items()}


def _neighbouring_police(path: Path) -> dict[str, str]:
    facts = (yaml.safe_load(path.read_text(encoding="utf-8")).get("facts") or {}).get("neighbouring_police") or {}
    return {town: str(entry["phone"]) for town, entry in facts.items() if entry.get("verified") and entry.get("phone")}


def _incident_type(raw: dict) -> IncidentType:
    return IncidentType(raw["slug"], raw["label"], tuple(raw.get("details", ())),
                        tuple(raw.get("screening", SCREENING_QUESTIONS)),
                        nibrs=_nibrs(raw.get("nibrs")), nibrs_vehicle_parts=_nibrs(raw.get("nibrs_vehicle_parts")),
                        details_vehicle_parts=tuple(raw["details_vehicle_parts"]) if raw.get("details_vehicle_parts") else None)


def _nibrs(raw: dict | None) -> NibrsOffense | None:
    return NibrsOffense(str(raw["code"]), raw["offense"]) if raw else None


@lru_cache(maxsize=4)
def _cached(path: Path) -> DepartmentProfile:
    return load_profile(path)


def profile() -> DepartmentProfile:
    """The profile named by the settings (DEPARTMENT_PROFILE), loaded once."""
    return _cached(settings().department_profile)
