"""The department's facts live in its profile only, so another department can adopt the assistant."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.profile import profile

ROOT = Path(__file__).resolve().parent.parent
# Everything a resident reads or the assistant decides with, outside the profile.
SOURCES = ["domain.yml", *sorted(str(p.relative_to(ROOT)) for folder in ("actions", "bot", "rasa_ext", "webhooks", "data/rules")
                                 for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".yml"))]


def department_facts() -> list[str]:
    dept = profile()
    phones = [dept.phones.non_emergency, dept.phones.records, dept.phones.railroad_parking]
    digits = [p[-8:] for p in phones]  # "341-6000" in any formatting of the area code
    return [dept.name, dept.short_name, dept.address, dept.website, *phones, *digits,
            *(area.name for area in dept.excluded_areas)]


@pytest.mark.parametrize("source", SOURCES)
def test_no_department_fact_is_written_outside_the_profile(source):
    text = (ROOT / source).read_text(encoding="utf-8")
    assert [fact for fact in department_facts() if fact in text] == []


def test_responses_quote_911_and_the_crisis_line_from_the_profile():
    domain = (ROOT / "domain.yml").read_text(encoding="utf-8")
    responses = yaml.dump(yaml.safe_load(domain)["responses"])  # intent names such as called_911 are not facts
    assert "911" not in responses and "988" not in responses
    assert "{emergency_number}" in domain and "{crisis_line}" in domain and "{nonemergency_phone}" in domain
