"""The numbers: reports by type, outcome, channel and week, handoffs, and time to decision."""
from __future__ import annotations

from flask import Blueprint, render_template
from markupsafe import Markup

from bot.staff import charts

from bot.staff import dashboard
from bot.profile import profile
from webhooks.extensions import front_door
from webhooks.staff import load_signed_in_staff, no_store, staff_required

bp = Blueprint("staff_dashboard", __name__, url_prefix="/staff", template_folder="templates")
bp.before_request(load_signed_in_staff)
bp.after_request(no_store)


@bp.get("/dashboard")
@staff_required()
def show():
    with front_door().sessions() as db:
        figures = dashboard.figures(db)
    # charts.* escape every label themselves, so their SVG can be placed in the page as it is.
    svg = {
        "type": Markup(charts.bar_chart("Filed reports by type", figures.by_type)),
        "outcome": Markup(charts.bar_chart("Conversations by outcome", figures.by_outcome)),
        "channel": Markup(charts.bar_chart("Conversations by channel", figures.by_channel)),
        "reason": Markup(charts.bar_chart("Officer referrals by reason", figures.by_reason)),
        "week": Markup(charts.weekly_chart("Outcomes by week", figures.by_week)),
    }
    return render_template("staff/dashboard.html", figures=figures, svg=svg, dept=profile())
