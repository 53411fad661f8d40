"""SVG charts: escaped text, no inline styles (the CSP blocks them), accessible names, empty data."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from bot.staff import charts

NS = {"svg": "http://www.w3.org/2000/svg"}
TEXT = "{http://www.w3.org/2000/svg}text"
HOSTILE = '<script>alert("x")</script> & co'
WEEKS = [("Nov 3", 4, 1, 2), ("Nov 10", 0, 0, 0), ("Nov 17", 7, 2, 3)]


def every_chart() -> list[str]:
    return [
        charts.bar_chart("Filed reports by type", [("theft", 3), ("vandalism", 0), ("identity theft", 12)]),
        charts.bar_chart("Nothing yet", [("theft", 0), ("vandalism", 0)]),
        charts.bar_chart("No rows", []),
        charts.weekly_chart("Outcomes by week", WEEKS),
        charts.weekly_chart("Quiet weeks", [("Nov 10", 0, 0, 0), ("Nov 17", 0, 0, 0)]),
        charts.weekly_chart("No weeks", []),
    ]


@pytest.mark.parametrize("svg", every_chart())
def test_every_chart_is_well_formed_svg_without_inline_styles(svg):
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "style" not in svg.lower()
    assert isinstance(svg, str)


@pytest.mark.parametrize("svg", every_chart())
def test_the_accessible_name_is_the_title_inside_the_svg(svg):
    root = ET.fromstring(svg)
    title = root.find(f"svg:title[@id='{root.get('aria-labelledby')}']", NS)
    desc = root.find(f"svg:desc[@id='{root.get('aria-describedby')}']", NS)
    assert root.get("role") == "img"
    assert title is not None and title.text
    assert desc is not None and desc.text


def test_labels_from_data_are_escaped_in_bar_charts():
    svg = charts.bar_chart(HOSTILE, [(HOSTILE, 2)])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    root = ET.fromstring(svg)
    assert root.find("svg:title", NS).text == HOSTILE  # escaped once, so it reads back as written


def test_week_labels_and_series_names_are_escaped():
    svg = charts.weekly_chart("Weeks", [(HOSTILE, 1, 0, 0)], series_names=(HOSTILE, "911", "Officer"))
    assert "<script>" not in svg
    ET.fromstring(svg)


def test_the_desc_reads_out_every_value():
    bar = ET.fromstring(charts.bar_chart("By type", [("theft", 3), ("vandalism", 0)]))
    week = ET.fromstring(charts.weekly_chart("By week", WEEKS))
    assert bar.find("svg:desc", NS).text == "theft: 3; vandalism: 0"
    assert "Week of Nov 17: Filed 7, 911 2, Officer 3" in week.find("svg:desc", NS).text


def test_an_all_zero_chart_draws_no_bars_but_shows_every_label_and_value():
    root = ET.fromstring(charts.bar_chart("Nothing yet", [("theft", 0), ("vandalism", 0)]))
    texts = [text.text for text in root.iter(TEXT)]
    assert root.findall(".//svg:rect", NS) == []
    assert ["theft", "0", "vandalism", "0"] == texts[1:]


def test_bars_are_proportional_and_stay_inside_the_chart():
    root = ET.fromstring(charts.bar_chart("By type", [("a", 5), ("b", 10), ("c", 0)], width=400))
    widths = [float(rect.get("width")) for rect in root.findall(".//svg:rect", NS)]
    assert len(widths) == 2 and widths[1] == pytest.approx(2 * widths[0], abs=0.2)
    for rect in root.findall(".//svg:rect", NS):
        assert float(rect.get("x")) + float(rect.get("width")) <= 400


def test_weekly_chart_has_one_column_per_nonzero_count_and_a_legend():
    root = ET.fromstring(charts.weekly_chart("By week", WEEKS))
    texts = [text.text for text in root.iter(TEXT)]
    columns = [rect for rect in root.findall(".//svg:rect", NS) if rect.find("svg:title", NS) is not None]
    assert len(columns) == 6
    assert {"Filed", "911", "Officer"} <= set(texts)


def test_the_latest_week_is_always_labelled_even_when_labels_are_thinned():
    weeks = [(f"Week {n}", 1, 1, 1) for n in range(26)]
    texts = [t.text for t in ET.fromstring(charts.weekly_chart("Half a year", weeks)).iter(TEXT)]
    assert "Week 25" in texts
    assert sum(text.startswith("Week ") for text in texts) < 26


@pytest.mark.parametrize("svg", every_chart())
def test_every_colour_has_at_least_3_to_1_contrast_against_white(svg):
    for colour in set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg)):
        assert contrast_with_white(colour) >= 3.0, colour


def contrast_with_white(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)
