"""The room PDFs of a batch: door lists (门贴), seat charts (座次图) and sign-in sheets (签到表).

Data first (``app.reports.room_documents.room_documents``), then one of the writers below. Each
writes the whole file under a temporary name and renames it at the end, reports progress after
every page and stops with ``UserCancelled`` when asked to.

Example::

    docs = room_documents(uow, batch_id, room_code="T001")
    pages = write_door_lists(docs, Path("T001 门贴.pdf"))
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from app.progress import Progress
from app.reports import room_pdf_chart, room_pdf_door, room_pdf_signin
from app.reports.room_documents import RoomDocuments, room_documents
from app.reports.room_pdf_common import render_pages
from app.uow import UnitOfWork

WHATS = ("door", "chart", "signin")


def write_door_lists(docs: RoomDocuments, out: Path, progress: Progress | None = None) -> int:
    """Write the door lists (A4 portrait, a card with photo per candidate).

    Args:
        docs: What to print (see ``room_documents``).
        out: The PDF to write.
        progress: Told after every page (done and total count candidates); cancelling raises
            ``UserCancelled`` and leaves no file.

    Returns:
        The number of pages written.
    """
    return render_pages(room_pdf_door.plan_door_lists(docs), out, docs, pagesize=A4,
                        title=room_pdf_door.TITLE, progress=progress)


def write_seat_charts(docs: RoomDocuments, out: Path, progress: Progress | None = None) -> int:
    """Write the seat charts (A4 landscape, the room's grid with aisles and the front desk).

    Args:
        docs: What to print; photos are not needed (``with_photos=False``).
        out: The PDF to write.
        progress: As for ``write_door_lists``.

    Returns:
        The number of pages written.
    """
    return render_pages(room_pdf_chart.plan_seat_charts(docs), out, docs,
                        pagesize=landscape(A4), title=room_pdf_chart.TITLE, progress=progress,
                        with_photos=False)


def write_signin_sheets(docs: RoomDocuments, out: Path,
                        progress: Progress | None = None) -> int:
    """Write the sign-in sheets (A4 portrait, one per session, with photos and signature cells).

    Args:
        docs: What to print.
        out: The PDF to write.
        progress: As for ``write_door_lists``.

    Returns:
        The number of pages written.
    """
    return render_pages(room_pdf_signin.plan_signin_sheets(docs), out, docs, pagesize=A4,
                        title=room_pdf_signin.TITLE, progress=progress)


def write_room_pdf(uow: UnitOfWork, batch_id: int, what: str, out: Path, *,
                   room_code: str | None = None,
                   progress: Progress | None = None) -> tuple[RoomDocuments, int]:
    """Read and write one kind of room document in one call (CLI and GUI).

    Args:
        uow: The unit of work.
        batch_id: The batch.
        what: ``"door"``, ``"chart"`` or ``"signin"``.
        out: The PDF to write.
        room_code: Only this room, when given.
        progress: As for ``write_door_lists``.

    Returns:
        The documents printed and the number of pages.

    Raises:
        ValueError: For an unknown ``what``.
        NotFoundError, ConflictError: See ``room_documents``.
    """
    writers = {"door": write_door_lists, "chart": write_seat_charts,
               "signin": write_signin_sheets}
    if what not in writers:
        raise ValueError(f"unknown room document {what!r}; expected one of {WHATS}")
    docs = room_documents(uow, batch_id, room_code, with_photos=what != "chart")
    return docs, writers[what](docs, out, progress)
