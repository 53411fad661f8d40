"""Approved reports for the records management system, as JSON or CSV downloads."""
from __future__ import annotations

import io

from flask import Blueprint, Response

from bot.staff import audit

from bot.staff import rms
from webhooks.extensions import front_door
from webhooks.staff import load_signed_in_staff, no_store, record, staff_required

bp = Blueprint("staff_exports", __name__, url_prefix="/staff/export")
bp.before_request(load_signed_in_staff)
bp.after_request(no_store)
FORMATS = {"json": (rms.write_json, "application/json"), "csv": (rms.write_csv, "text/csv")}


@bp.get("/rms.<fmt>")
@staff_required()
def rms_export(fmt: str):
    if fmt not in FORMATS:
        return Response("Unknown format.", status=404)
    writer, mimetype = FORMATS[fmt]
    out = io.StringIO()
    with front_door().transaction() as db:
        count = writer(rms.approved_reports(db), out)
        record(db, audit.EXPORT, f"export:rms.{fmt}", {"reports": count})
    return Response(out.getvalue(), mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="rms-approved-reports.{fmt}"'})
