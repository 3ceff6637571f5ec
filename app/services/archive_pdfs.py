"""The batch's documents for the archive, drawn into memory: nothing readable touches a disk.

Each maker returns one PDF's bytes; the archive lists a document that cannot be made yet (no
scores, nobody seated) as skipped.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.uow import UnitOfWork


@contextmanager
def _memory_canvas(pagesize: tuple[float, float], title: str,
                   author: str) -> Iterator[tuple[Canvas, io.BytesIO]]:
    from app.reports.fonts import register_cjk_font

    buf = io.BytesIO()
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(buf, pagesize=pagesize, pageCompression=1,
                   initialFontName=register_cjk_font())
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator("ExamSite")
        yield c, buf
        c.save()
    finally:
        rl_config.useA85 = use_a85


def _score_pdf(doc: Any, drawer: Any, pagesize: tuple[float, float], title: str) -> bytes:
    from app.reports.fonts import register_cjk_font
    from app.reports.room_pdf_common import Painter
    from app.reports.tickets_pdf import QrRenderer

    font, qr = register_cjk_font(), QrRenderer()
    with _memory_canvas(pagesize, f"{title}（{doc.plan_name}）", doc.body_name) as (c, buf):
        painter = Painter(c, font)
        for n, page in enumerate(doc.pages, start=1):
            c.setFont(font, 10)
            drawer(painter, qr, page, n)
            c.showPage()
    return buf.getvalue()


def _room_pdf(docs: Any, jobs: Any, pagesize: tuple[float, float], title: str,
              photos: bool) -> bytes:
    from app.reports.fonts import register_cjk_font
    from app.reports.room_pdf_common import Painter, PhotoCache

    font = register_cjk_font()
    with _memory_canvas(pagesize, f"{title}（{docs.plan_name}）", docs.body_name) as (c, buf):
        painter = Painter(c, font, PhotoCache(docs.photos) if photos else None)
        for job in jobs:
            c.setFont(font, 10)
            job.draw(painter, job.page, job.pages)
            c.showPage()
    return buf.getvalue()


def pdf_makers(uow: UnitOfWork, batch_id: int) -> list[tuple[str, Callable[[], bytes]]]:
    from app.reports import (
        evaluation_report_pdf,
        room_pdf_chart,
        room_pdf_signin,
        score_record_pdf,
        score_roster_pdf,
        supervision_pdf,
    )
    from app.reports.room_documents import room_documents
    from app.reports.score_documents import record_document, roster_document
    from app.reports.score_summary import evaluation_report
    from app.reports.supervision_documents import supervision_record

    def roster() -> bytes:
        doc = roster_document(uow, batch_id)
        return _score_pdf(doc, score_roster_pdf._RosterDrawer(doc), landscape(A4),
                          score_roster_pdf.TITLE)

    def records() -> bytes:
        doc = record_document(uow, batch_id)
        return _score_pdf(doc, score_record_pdf._RecordDrawer(doc), A4, score_record_pdf.TITLE)

    def report() -> bytes:
        doc = evaluation_report(uow, batch_id)
        return _score_pdf(doc, evaluation_report_pdf._ReportDrawer(doc), A4,
                          evaluation_report_pdf.TITLE)

    def supervision() -> bytes:
        doc = supervision_record(uow, batch_id)
        return _score_pdf(doc, supervision_pdf._Drawer(doc), A4, supervision_pdf.TITLE)

    def signin() -> bytes:
        docs = room_documents(uow, batch_id)
        return _room_pdf(docs, room_pdf_signin.plan_signin_sheets(docs), A4,
                         room_pdf_signin.TITLE, True)

    def charts() -> bytes:
        docs = room_documents(uow, batch_id, with_photos=False)
        return _room_pdf(docs, room_pdf_chart.plan_seat_charts(docs), landscape(A4),
                         room_pdf_chart.TITLE, False)

    return [("pdfs/score_roster.pdf", roster), ("pdfs/scoring_records.pdf", records),
            ("pdfs/evaluation_report.pdf", report),
            ("pdfs/supervision_record.pdf", supervision),
            ("pdfs/signin_sheets.pdf", signin), ("pdfs/seat_charts.pdf", charts)]
