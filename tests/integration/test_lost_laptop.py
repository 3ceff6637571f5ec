"""The lost-laptop test (issue 6): after a demo day on an encrypted database, grepping the data
folder (and the temporary folder) for any ID number or any person's name finds nothing.

The day: the demo is built encrypted, the site manager logs in, tickets, door lists, sign-in
sheets and the score roster are printed to a folder outside the data folder, candidates are
checked in by scanning their ticket QR codes, marks are entered, and an unexpected error is
logged the way the crash dialog logs it.
"""

from __future__ import annotations

import logging
import re
import tempfile
import traceback
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App, open_new, open_with_password, setup_logging
from app.clock import CHINA_TZ, FixedClock
from app.demo.builder import create_demo
from app.model import AdmissionTicket, Candidate, CheckinEvent, Mark, Staff
from app.paths import data_paths
from app.reports.room_pdfs import write_room_pdf
from app.reports.score_documents import roster_document
from app.reports.score_roster_pdf import write_roster_pdf
from app.reports.ticket_documents import ticket_documents
from app.reports.tickets_pdf import write_tickets_pdf
from app.rules.workdays import WorkdayCalendar
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from tests.conftest import DEMO_EXAM, NOW
from tests.score_data import fill_demo_marks

THEORY_OPEN = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)
ID_PATTERN = re.compile(rb"[1-9]\d{16}[\dXx]")
ID_PATTERN_UTF16 = re.compile(rb"[1-9]\x00(?:\d\x00){16}[\dXx]\x00")


def _people(app: App) -> tuple[list[str], list[str]]:
    with app.uow().read() as s:
        rows = list(s.execute(select(Candidate.name, Candidate.id_number)))
        rows += list(s.execute(select(Staff.name, Staff.id_number)))
    return [n for n, _ in rows], [i for _, i in rows]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def findings(folders: Iterable[Path], names: list[str], ids: list[str]) -> list[str]:
    """What the finder of the laptop would see: every ID-like number or name in any file."""
    found = []
    for folder in folders:
        for path in _files(folder):
            data = path.read_bytes()
            for pattern in (ID_PATTERN, ID_PATTERN_UTF16):
                found += [f"{path.name}: ID-like {m.group()!r}" for m in pattern.finditer(data)]
            for number in ids:
                if number.encode() in data or number.encode("utf-16-le") in data:
                    found.append(f"{path.name}: ID {number}")
            for name in names:
                if name.encode() in data:
                    found.append(f"{path.name}: name {name} (UTF-8)")
                # two characters are only 4 UTF-16 bytes: random ciphertext matches those
                # by chance, so UTF-16 is checked for names of three or more characters
                if len(name) >= 3 and name.encode("utf-16-le") in data:  # noqa: PLR2004
                    found.append(f"{path.name}: name {name} (UTF-16-LE)")
    return found


@pytest.fixture
def day_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data, printed, private_tmp = tmp_path / "data", tmp_path / "printed", tmp_path / "tmp"
    for folder in (data, printed, private_tmp):
        folder.mkdir()
    monkeypatch.delenv("EXAMSITE_PLAIN_DB", raising=False)  # the default: encrypted
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging(data_paths(data))  # the log folder is inside the data folder here
    yield data, printed, private_tmp
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_after_a_demo_day_the_data_folder_holds_no_id_number_and_no_name(day_folders):
    data, printed, private_tmp = day_folders
    db = data / "examsite.sqlite"
    kw = {"data_dir": data, "calendar": WorkdayCalendar()}
    app = open_new(db, clock=FixedClock(NOW), **kw)
    create_demo(app.uow(), candidates=120, seed=5, exam_date=DEMO_EXAM)
    app.close()

    app = open_with_password(db, "zk00001", "demo1234", clock=FixedClock(THEORY_OPEN), **kw)
    assert app.db.encrypted and "site_manager" in app.actor.roles
    names, ids = _people(app)
    assert len(names) > 120 and len(ids) == len(names)

    tickets = ticket_documents(app.uow(), 1)
    assert write_tickets_pdf(tickets, printed / "tickets.pdf") > 0
    assert write_room_pdf(app.uow(), 1, "door", printed / "door-lists.pdf")[1] > 0
    assert write_room_pdf(app.uow(), 1, "signin", printed / "signin.pdf")[1] > 0

    with app.uow().read() as s:
        scans = [p.decode() for p in s.scalars(select(AdmissionTicket.payload)
                                               .order_by(AdmissionTicket.id).limit(40))]
    verdicts = [check_in(app.uow(), 1, qr, Desk("检录台1")).verdict for qr in scans]
    assert verdicts == [Verdict.ADMITTED] * 40
    fill_demo_marks(app)
    assert write_roster_pdf(roster_document(app.uow(), 1), printed / "roster.pdf") > 0

    try:  # an unexpected error quoting a candidate, logged as ui/dialogs.report_error does
        raise RuntimeError(f"cannot print the ticket of {names[0]} ({ids[0]})")
    except RuntimeError as exc:
        details = "".join(traceback.format_exception(exc))
        logging.getLogger("ui.dialogs").error("unexpected error: %s", details)

    with app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(CheckinEvent)) >= 40
        assert s.scalar(select(func.count()).select_from(Mark)) > 0
    assert findings([data, private_tmp], names, ids) == []  # while open: WAL and -shm too
    app.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert findings([data, private_tmp], names, ids) == []
    assert _files(private_tmp) == []  # nothing was left in the temporary folder
    kept = {p.relative_to(data).as_posix() for p in _files(data)}
    assert kept <= {"examsite.sqlite", "examsite.sqlite-wal", "examsite.sqlite-shm",
                    "examsite.sqlite.keyring", "logs/examsite.log"}, kept
    assert {"examsite.sqlite", "examsite.sqlite.keyring", "logs/examsite.log"} <= kept
    log = (data / "logs" / "examsite.log").read_text(encoding="utf-8")
    assert "unexpected error" in log and "<id:18>" in log  # written, and masked
    assert sorted(p.name for p in printed.iterdir()) == [
        "door-lists.pdf", "roster.pdf", "signin.pdf", "tickets.pdf"]


def test_the_finder_does_find_names_and_id_numbers_in_a_plain_database(demo_app, tmp_path):
    """The control: the same search on a plain (development) database finds everything."""
    names, ids = _people(demo_app)
    demo_app.close()
    found = findings([demo_app.db.path.parent], names, ids)
    assert any("ID-like" in f for f in found)
    assert any(f"name {names[0]} (UTF-8)" in f for f in found)
    assert any(f"ID {ids[-1]}" in f for f in found)
