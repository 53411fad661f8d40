#!/usr/bin/env python3
"""Validate the held-out evaluation scenarios in eval/scenarios/*.yml and print counts."""
import collections
import glob
import os
import re
import sys

import yaml
from evaluation.resident import as_messages

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {
    "incident_type", "location", "location_confirmed", "occurred_at", "suspect_or_weapon",
    "known_suspect", "weapon", "vehicle", "items", "caller_number", "call_pattern", "accounts",
    "narrative", "reporter_name", "reporter_email", "reporter_phone", "confirmed", "callback_wanted",
}
TYPES = {"harassing_phone_call", "damage_to_motor_vehicle", "identity_theft", "lost_property",
         "theft", "vandalism", "vehicle_burglary", "vehicle_tampering"}
OUTCOMES = {"filed", "emergency", "ineligible", "cancelled"}
REASONS = {"unsupported_type", "outside_town", "excluded_area", "known_suspect", "weapon",
           "officer_requested", "requested_officer"}  # the later sets' spelling of the same reason
LOCS = {"in_town", "outside_town", "excluded_area", None}
COMMON_FILED = {"location", "location_confirmed", "occurred_at", "suspect_or_weapon",
                "known_suspect", "weapon", "narrative", "reporter_name", "reporter_email",
                "reporter_phone", "confirmed"}
TYPE_FIELDS = {
    "harassing_phone_call": {"caller_number", "call_pattern"},
    "damage_to_motor_vehicle": {"vehicle"},
    "identity_theft": {"accounts"},
    "lost_property": {"items"},
    "theft": {"items"},
    "vandalism": set(),
    "vehicle_burglary": {"vehicle", "items"},
    "vehicle_tampering": {"vehicle"},
}
PHONE = re.compile(r"555[\s.\-)]*01\d\d")


def main():
    errors, seen = [], {}
    outcome_reason = collections.Counter()
    by_type = collections.Counter()
    total = 0
    for path in sorted(glob.glob(os.path.join(HERE, "scenarios", "*.yml"))):
        name = os.path.basename(path)
        with open(path) as fh:
            doc = yaml.safe_load(fh)
        for sc in doc["scenarios"]:
            total += 1
            sid = sc.get("id")
            err = lambda m: errors.append(f"{name}:{sid}: {m}")
            if not sid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
                err("bad id")
            if sid in seen:
                err(f"duplicate id (also in {seen[sid]})")
            seen[sid] = name
            opening = sc.get("opening") or []
            if not opening or not all(isinstance(m, str) and m.strip() for m in opening):
                err("opening must be a non-empty list of strings")
            answers = sc.get("answers") or {}
            for k, v in answers.items():
                if k not in FIELDS:
                    err(f"unknown answer field {k}")
                if not isinstance(v, str):
                    err(f"answer {k} is not a string")
            inter = sc.get("interjections") or []
            for it in inter:
                if it.get("at") not in FIELDS or not isinstance(it.get("text"), str):
                    err(f"bad interjection {it}")
                if it.get("at") not in answers and sc["expect"]["outcome"] != "emergency":
                    err(f"interjection at {it.get('at')} without an answer to fall back to")
            after = as_messages(sc.get("after_end"))
            exp = sc.get("expect") or {}
            keys = {"outcome", "reason", "incident_type", "location_decision",
                    "first_message_describes", "emergency_message"}
            if set(exp) != keys:
                err(f"expect keys {sorted(exp)}")
            out, reason, itype = exp.get("outcome"), exp.get("reason"), exp.get("incident_type")
            if out not in OUTCOMES:
                err(f"bad outcome {out}")
            if (out == "ineligible") != (reason is not None) or (reason and reason not in REASONS):
                err(f"bad reason {reason} for {out}")
            if itype is not None and itype not in TYPES:
                err(f"bad incident_type {itype}")
            if exp.get("location_decision") not in LOCS:
                err("bad location_decision")
            if not isinstance(exp.get("first_message_describes"), bool):
                err("first_message_describes must be bool")
            msgs = list(opening) + [i["text"] for i in inter] + list(after)
            em = exp.get("emergency_message")
            if em is not None and em not in msgs:
                err("emergency_message not found among opening/interjections/after_end")
            if out == "emergency" and em is None:
                err("emergency without emergency_message")
            if out == "filed":
                if itype is None or exp.get("location_decision") != "in_town":
                    err("filed needs a type and in_town")
                need = COMMON_FILED | TYPE_FIELDS.get(itype, set())
                if not exp.get("first_message_describes"):
                    need = need | {"incident_type"}
                missing = need - set(answers)
                if missing:
                    err(f"filed scenario missing answers {sorted(missing)}")
            if out == "ineligible" and "callback_wanted" not in answers:
                err("ineligible without callback_wanted answer")
            if out == "cancelled" and not any(
                    re.search(r"cancel|never ?mind|nvm|forget it", m, re.I) for m in msgs):
                err("cancelled scenario has no cancel message")
            email = answers.get("reporter_email")
            if email and not email.lower().endswith("@example.com"):
                err("email not example.com")
            for k in ("reporter_phone", "caller_number", "callback_wanted"):
                v = answers.get(k, "")
                for digits in re.findall(r"\d[\d\s.\-()]{8,}\d", v):
                    if not PHONE.search(digits):
                        err(f"{k} phone {digits!r} not a 555-01xx number")
            outcome_reason[(out, reason)] += 1
            by_type[itype] += 1
    print(f"{total} scenarios, {len(seen)} unique ids")
    for (o, r), n in sorted(outcome_reason.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        print(f"  {o:10s} {r or '':18s} {n}")
    print("by incident_type:")
    for t, n in sorted(by_type.items(), key=lambda x: str(x[0])):
        print(f"  {str(t):24s} {n}")
    filed_by_type = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "scenarios", "*.yml"))):
        for sc in yaml.safe_load(open(path))["scenarios"]:
            if sc["expect"]["outcome"] == "filed":
                filed_by_type[sc["expect"]["incident_type"]] += 1
    print("filed by type:", dict(sorted(filed_by_type.items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
