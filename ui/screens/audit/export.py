"""Writing filtered audit events to an .xlsx workbook (runs on the worker thread, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.errors import UserCancelled
from app.progress import Progress
from app.services.audit_queries import AuditRow
from ui.screens.audit.models import cells


def write_audit_xlsx(path: Path, headers: list[str], rows: Iterable[AuditRow],
                     total: int, progress: Progress | None = None) -> int:
    """Write ``rows`` under ``headers``; returns the number of rows written."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("audit")
    ws.append(headers)
    count = 0
    for row in rows:
        ws.append(cells(row))
        count += 1
        if progress is not None and count % 2000 == 0:
            progress.report(count, total)
            if progress.cancelled():
                raise UserCancelled()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return count
