"""Derive department/gazetteer/streets.csv from public street-name facts.

Source: shared/geo/street-names-by-town-partial.csv (street names seen in the
State of Connecticut's public real-estate sales records, 2021-22, for Westport
and its neighbours). The raw names carry house and unit numbers, abbreviations
and typos; this script keeps only the street name, expands abbreviations, fixes
the few typos we know of, and writes one row per (street, town).

Run: python scripts/build_gazetteer.py [path/to/street-names.csv]
The output is committed; the assistant never reads shared/geo at run time.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "geo" / "street-names-by-town-partial.csv"
OUTPUT = ROOT / "department" / "gazetteer" / "streets.csv"

SUFFIXES = {
    "AVE": "AVENUE", "AV": "AVENUE", "RD": "ROAD", "ST": "STREET", "LN": "LANE",
    "DR": "DRIVE", "PL": "PLACE", "CT": "COURT", "TER": "TERRACE", "TERR": "TERRACE",
    "CIR": "CIRCLE", "HWY": "HIGHWAY", "TPKE": "TURNPIKE", "PKWY": "PARKWAY",
    "EXT": "EXTENSION", "BLVD": "BOULEVARD", "SQ": "SQUARE", "TRL": "TRAIL",
}
DIRECTIONS = {"N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST"}
# Typos seen in the source, corrected from the town's own spelling of the street.
TYPOS = {"MORNINSIDE": "MORNINGSIDE", "O;D": "OLD"}
STREET_WORDS = set(SUFFIXES.values()) | {
    "WAY", "PATH", "HILL", "RIDGE", "PARK", "COMMON", "COMMONS", "LANDING", "KNOLL",
    "HOLLOW", "CLOSE", "COVE", "LOOP", "ROW", "GREEN", "CROSSING", "POINT", "HILLSIDE",
}


def clean_street_name(raw: str) -> str | None:
    """Return the bare street name in upper case, or None when nothing usable is left."""
    text = raw.upper().replace("&", " & ")
    text = re.sub(r"\bAKA\b", " ", text)
    text = text.split(" & ")[0]  # "WESTON RD & PINK CLOUD": keep the first street
    text = re.sub(r"\bLOTS? [\d-]+.*$", " ", text)
    words = [TYPOS.get(w, w) for w in text.split()]
    # Drop house numbers in front ("135.5", "1/2", "6 8") and unit labels behind ("102", "C2", "D").
    while words and re.search(r"\d", words[0]):
        words.pop(0)
    while words and (re.search(r"\d", words[-1]) or (len(words[-1]) == 1 and words[-1] not in DIRECTIONS)):
        words.pop()
    words = [SUFFIXES.get(w, w) for w in words]
    if len(words) >= 2 and words[-1] in DIRECTIONS:
        words[-1] = DIRECTIONS[words[-1]]
    if not words or not any(re.search(r"[A-Z]{2}", w) for w in words):
        return None
    return " ".join(words)


def title(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split())


def build(source: Path) -> list[tuple[str, str]]:
    rows = set()
    with source.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = clean_street_name(row["street_name_raw"])
            if name:
                rows.add((title(name), row["town"].strip()))
    return sorted(rows)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    rows = build(source)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", newline="", encoding="utf-8") as handle:
        handle.write(
            "# Derived by scripts/build_gazetteer.py from street names in Connecticut's public\n"
            "# real-estate sales records (2021-22), via shared/geo. Partial: about half of each town's streets.\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["street", "town"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
