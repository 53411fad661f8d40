"""Bar charts drawn as SVG on the server, so the dashboard needs no JavaScript and no CDN.

The staff pages' Content-Security-Policy blocks inline styles, so the charts use SVG
presentation attributes (fill, font-size, text-anchor) and never `style`. Every piece of
text is escaped here: labels come from data (incident types, channels), and the callers
place the returned SVG in the page as it is.
"""
from __future__ import annotations

import hashlib
import math
from html import escape

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "system-ui, sans-serif"
TEXT = "#1a1a1a"
GRID = "#757575"
# Each at least 3:1 against white (WCAG non-text contrast); they also differ in lightness.
COLOURS = ("#1f4e79", "#b03a2e", "#5b6b2f")
SERIES = ("Filed", "911", "Officer")

TITLE_BAND = 28       # room for the visible title
CHAR_WIDTH = 6.5      # rough width of a 12px character, to size the label column
ROW, BAR = 24, 16     # horizontal bars: row pitch and bar thickness
VALUE_WIDTH = 48      # room after the longest bar for its value
LEFT, RIGHT = 40, 8   # weekly chart: room for the axis labels
PLOT_TOP, PLOT_HEIGHT = 60, 160
WEEK_LABEL_WIDTH = 40  # an "Nov 16" label at 10px, with a gap


def bar_chart(title: str, rows: list[tuple[str, int]], width: int = 560) -> str:
    """Horizontal bars, one per (label, value), labels on the left and values after the bars."""
    label_width = _label_width(rows, width)
    scale = _scale(max((value for _, value in rows), default=0), width - label_width - VALUE_WIDTH)
    body = [_bar_row(TITLE_BAND + index * ROW, label, value, label_width, scale)
            for index, (label, value) in enumerate(rows)]
    desc = "; ".join(f"{label}: {value}" for label, value in rows) or "No data."
    height = TITLE_BAND + ROW * len(rows) + 8
    return _svg(title, desc, width, height, body)


def weekly_chart(title: str, weeks: list[tuple[str, int, int, int]],
                 series_names: tuple[str, ...] = SERIES, width: int = 560) -> str:
    """Grouped columns, one group per week (oldest first) and one column per series, with a legend."""
    top = max((max(counts, default=0) for _, *counts in weeks), default=0)
    scale = _scale(top, PLOT_HEIGHT)
    slot = (width - LEFT - RIGHT) / max(len(weeks), 1)
    body = _legend(series_names) + _axis(top, width)
    for index, (label, *counts) in enumerate(weeks):
        body += _week(LEFT + index * slot, slot, label, counts, series_names, scale)
    body += _week_labels([label for label, *_ in weeks], slot)
    height = PLOT_TOP + PLOT_HEIGHT + 28
    return _svg(title, _weekly_desc(weeks, series_names), width, height, body)


def _svg(title: str, desc: str, width: int, height: int, body: list[str]) -> str:
    chart_id = _chart_id(title, desc)
    opening = (f'<svg xmlns="{SVG_NS}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
               f'role="img" aria-labelledby="{chart_id}-title" aria-describedby="{chart_id}-desc" '
               f'font-family="{_e(FONT)}" font-size="12" fill="{TEXT}">')
    return "\n".join([
        opening,
        f'<title id="{chart_id}-title">{_e(title)}</title>',
        f'<desc id="{chart_id}-desc">{_e(desc)}</desc>',
        f'<text x="0" y="18" font-size="14" font-weight="bold">{_e(title)}</text>',
        *body,
        "</svg>",
    ])


def _chart_id(title: str, desc: str) -> str:
    # Derived from the content so output is repeatable, yet two charts on one page get different ids.
    return "chart-" + hashlib.sha1(f"{title}\n{desc}".encode()).hexdigest()[:10]


def _scale(top: int, length: float) -> float:
    """Pixels per unit; 0 when every value is 0, so an empty chart draws no bars instead of dividing by 0."""
    return length / top if top > 0 else 0.0


def _label_width(rows: list[tuple[str, int]], width: int) -> float:
    longest = max((len(str(label)) for label, _ in rows), default=0)
    return min(longest * CHAR_WIDTH + 12, width * 0.55)


def _bar_row(y: float, label: str, value: int, label_width: float, scale: float) -> str:
    length = max(value, 0) * scale
    parts = [
        f"<g><title>{_e(label)}: {_e(value)}</title>",
        f'<text x="{label_width - 8:.1f}" y="{y + 14:.1f}" text-anchor="end">{_e(_fit(label, label_width))}</text>',
    ]
    if length > 0:
        parts.append(f'<rect x="{label_width:.1f}" y="{y + 2:.1f}" width="{length:.1f}" height="{BAR}" '
                     f'fill="{COLOURS[0]}"/>')
    parts.append(f'<text x="{label_width + length + 4:.1f}" y="{y + 14:.1f}">{_e(value)}</text></g>')
    return "".join(parts)


def _fit(label: str, label_width: float) -> str:
    """Shortened to fit the label column; the full label stays in the row's tooltip and the desc."""
    room = max(int((label_width - 8) / CHAR_WIDTH), 1)
    label = str(label)
    return label if len(label) <= room else label[:room - 1] + "\u2026"


def _legend(series_names: tuple[str, ...]) -> list[str]:
    items = []
    for index, name in enumerate(series_names):
        x = LEFT + index * 100
        items.append(f'<rect x="{x}" y="30" width="10" height="10" fill="{_colour(index)}"/>'
                     f'<text x="{x + 14}" y="39">{_e(name)}</text>')
    return items


def _axis(top: int, width: int) -> list[str]:
    baseline = PLOT_TOP + PLOT_HEIGHT
    lines = [f'<line x1="{LEFT}" y1="{baseline}" x2="{width - RIGHT}" y2="{baseline}" stroke="{TEXT}"/>',
             f'<text x="{LEFT - 6}" y="{baseline + 4}" text-anchor="end" font-size="10">0</text>']
    if top > 0:
        lines += [f'<line x1="{LEFT}" y1="{PLOT_TOP}" x2="{width - RIGHT}" y2="{PLOT_TOP}" stroke="{GRID}" '
                  f'stroke-dasharray="2 3"/>',
                  f'<text x="{LEFT - 6}" y="{PLOT_TOP + 4}" text-anchor="end" font-size="10">{top}</text>']
    return lines


def _week(x: float, slot: float, label: str, counts: list[int], series_names: tuple[str, ...],
          scale: float) -> list[str]:
    """One week's columns, side by side within the middle 80% of its slot, 1px apart so colours don't touch."""
    bar_width = slot * 0.8 / max(len(series_names), 1)
    bars = []
    for index, (name, count) in enumerate(zip(series_names, counts)):
        height = max(count, 0) * scale
        if height > 0:
            left, top = x + slot * 0.1 + index * bar_width, PLOT_TOP + PLOT_HEIGHT - height
            bars.append(f'<rect x="{left:.1f}" y="{top:.1f}" width="{max(bar_width - 1, 1):.1f}" '
                        f'height="{height:.1f}" fill="{_colour(index)}"><title>Week of {_e(label)}, '
                        f'{_e(name)}: {count}</title></rect>')
    return bars


def _week_labels(labels: list[str], slot: float) -> list[str]:
    # With many weeks in a narrow chart, label every second (or third...) week so labels never
    # overlap, counting back from the latest week, which is always labelled.
    step = max(math.ceil(WEEK_LABEL_WIDTH / slot), 1) if slot > 0 else 1
    y = PLOT_TOP + PLOT_HEIGHT + 16
    return [f'<text x="{LEFT + (index + 0.5) * slot:.1f}" y="{y}" text-anchor="middle" font-size="10">'
            f'{_e(label)}</text>'
            for index, label in enumerate(labels) if (len(labels) - 1 - index) % step == 0]


def _weekly_desc(weeks: list[tuple[str, int, int, int]], series_names: tuple[str, ...]) -> str:
    parts = [f"Week of {label}: " + ", ".join(f"{name} {count}" for name, count in zip(series_names, counts))
             for label, *counts in weeks]
    return "; ".join(parts) or "No data."


def _colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def _e(text: object) -> str:
    return escape(str(text), quote=True)
