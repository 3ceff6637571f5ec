"""Retention dates, the encrypted batch archive and purging, on a real copy of the demo."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyrage
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.bootstrap import App, build_app
from app.clock import CHINA_TZ, FixedClock
from app.errors import ConflictError, PermissionDenied, UserCancelled, ValidationError
from app.model import AuditEvent, Candidate, CandidatePhoto, Registration
from app.rules.profiles import GUANGXI, NATIONAL
from app.rules.retention import add_years, retention_dates
from app.rules.workdays import WorkdayCalendar
from app.services.archive import (
    AUDIT_TRAIL,
    archive_member,
    export_archive,
    purge_batch,
    read_archive,
    retention_of,
)
from app.services.audit_verify import chain_head, verify_chain
from app.services.queries import list_batches
from app.services.supervision import add_note
from app.uow import Actor, UnitOfWork
from tests.conftest import NOW
from tests.conftest import _open as open_copy


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


PASS = "correct horse battery staple"
MANAGER = Actor("zk00001", "考务负责人", frozenset({"site_manager"}))
CLERK = Actor("zk00007", "检录员", frozenset({"checkin_clerk"}))
BODY = Actor("admin", "评价机构", frozenset({"body_admin"}))
# Day 1 after the demo's five-year electronic retention (exam ends 2026-12-04).
AFTER = datetime(2031, 12, 5, 9, 0, tzinfo=CHINA_TZ)


def batch_of(app: App) -> int:
    return list_batches(app.uow())[0].id


def later(app: App, actor: Actor = MANAGER, at: datetime = AFTER) -> UnitOfWork:
    return UnitOfWork(app.db, FixedClock(at), actor)


def count(app: App, model: type) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# --- the rules ----------------------------------------------------------------------------
def test_retention_counts_from_the_last_exam_day_or_a_later_after_exam_step():
    dates = retention_dates(GUANGXI, date(2026, 12, 4))
    assert (dates.paper_keep_until, dates.electronic_keep_until, dates.purge_from) == (
        date(2029, 12, 4), date(2031, 12, 4), date(2031, 12, 5))
    later_results = retention_dates(NATIONAL, date(2026, 12, 4),
                                    [("results_published", date(2027, 1, 10)),
                                     ("rooms_sealed", date(2027, 5, 1))])
    assert later_results.start == date(2027, 1, 10)
    assert not dates.purge_allowed(date(2031, 12, 4)) and dates.purge_allowed(date(2031, 12, 5))


def test_a_29_february_start_is_never_kept_shorter():
    assert add_years(date(2028, 2, 29), 5) == date(2033, 3, 1)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)


def test_retention_of_the_demo_batch_shows_both_dates_and_no_purge_yet(demo_app):
    r = retention_of(demo_app.uow(), batch_of(demo_app))
    assert r.exam_end == date(2026, 12, 4)
    assert r.dates.paper_keep_until == date(2029, 12, 4)
    assert r.dates.electronic_keep_until == date(2031, 12, 4)
    assert r.today == date(2026, 11, 23) and not r.purge_allowed
    assert r.batch_code == "4501001-20261203-3"
    assert r.last_export_at is None and r.purged_at is None
    assert retention_of(later(demo_app), batch_of(demo_app)).purge_allowed


# --- export -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def archived(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo after one archive export, and that archive: made once (scrypt and the PDFs
    take seconds), copied for each test."""
    folder = tmp_path_factory.mktemp("archived")
    db = folder / "examsite.sqlite"
    shutil.copy(demo_template, db)
    app = build_app(db, data_dir=folder / "data", clock=FixedClock(NOW),
                    calendar=WorkdayCalendar())
    out = folder / "archive.age"
    export_archive(app.uow(MANAGER), batch_of(app), out, PASS)
    app.close()
    return db, out


@pytest.fixture
def exported_app(archived: tuple[Path, Path], tmp_path: Path) -> Iterator[App]:
    """A private copy of the demo database whose batch was exported (``exported``)."""
    yield from open_copy(archived[0], tmp_path)


@pytest.fixture
def exported(archived: tuple[Path, Path]) -> Path:
    return archived[1]


def test_export_reads_back_with_every_member_hash_and_the_audit_trail(exported_app, exported):
    report = read_archive(exported, PASS)
    assert report.ok and report.audit.intact
    names = {m.name for m in report.members}
    assert {"tables/candidate.jsonl", "tables/candidate_photo.jsonl", "tables/registration.jsonl",
            "tables/seat.jsonl", "tables/admission_ticket.jsonl", "tables/mark.jsonl",
            "pdfs/score_roster.pdf", "pdfs/signin_sheets.pdf", AUDIT_TRAIL} <= names
    assert report.row_counts["candidate"] == 200 and report.row_counts["registration"] == 200
    # The chain head inside is the head of the trail at the export, and the trail re-verifies.
    trail = archive_member(exported, PASS, AUDIT_TRAIL).decode().splitlines()
    assert report.audit.events == len(trail) and report.chain_head == str(report.audit.head)
    # Each member's bytes hash to the manifest's value.
    plain = pyrage.passphrase.decrypt(exported.read_bytes(), PASS)
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        manifest = json.loads(z.read("manifest.json"))
        for m in manifest["members"]:
            assert hashlib.sha256(z.read(m["name"])).hexdigest() == m["sha256"]
        roster = PdfReader(io.BytesIO(z.read("pdfs/score_roster.pdf")))
        assert "成绩花名册" in roster.pages[0].extract_text()
        photo = json.loads(z.read("tables/candidate_photo.jsonl").splitlines()[0])
        assert "$base64" in photo["data"]


def test_the_archive_holds_no_plaintext_personal_data(exported_app, exported):
    with exported_app.uow().read() as s:
        name, id_number = s.execute(select(Candidate.name, Candidate.id_number).limit(1)).one()
    data = exported.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    for needle in (name.encode(), id_number.encode(), b"manifest.json", b"PK\x03\x04"):
        assert needle not in data
    # Nothing else was left beside the archive (no plaintext or temporary files).
    assert sorted(p.name for p in exported.parent.iterdir() if p.name != "data"
                  and not p.name.startswith("examsite.sqlite")) == ["archive.age"]


def test_export_is_recorded_in_the_audit_trail(exported_app, exported):
    r = retention_of(exported_app.uow(), batch_of(exported_app))
    assert r.last_export_at is not None
    with exported_app.uow().read() as s:
        actor, object_id, summary = s.execute(select(
            AuditEvent.actor, AuditEvent.object_id, AuditEvent.summary).where(
            AuditEvent.action == "archive.exported")).one()
    assert actor == "zk00001" and object_id == str(batch_of(exported_app))
    assert summary["sha256"] == hashlib.sha256(exported.read_bytes()).hexdigest()


def test_a_wrong_passphrase_or_a_damaged_file_is_refused(exported, tmp_path):
    with pytest.raises(ValidationError) as wrong:
        read_archive(exported, "not the passphrase")
    assert wrong.value.code == "archive.cannot_decrypt"
    cut = tmp_path / "cut.age"
    cut.write_bytes(exported.read_bytes()[:-100])
    with pytest.raises(ValidationError):
        read_archive(cut, PASS)


def test_export_needs_the_permission_and_a_long_passphrase(demo_app, tmp_path):
    batch = batch_of(demo_app)
    with pytest.raises(PermissionDenied):
        export_archive(demo_app.uow(CLERK), batch, tmp_path / "a.age", PASS)
    with pytest.raises(ValidationError) as short:
        export_archive(demo_app.uow(MANAGER), batch, tmp_path / "a.age", "short")
    assert short.value.code == "archive.weak_passphrase"
    assert not list(tmp_path.glob("*.age")) and not list(tmp_path.glob(".*tmp"))


# --- purge --------------------------------------------------------------------------------
def test_purge_is_refused_before_the_retention_date(exported_app, exported):
    with pytest.raises(ValidationError) as early:
        purge_batch(exported_app.uow(MANAGER), batch_of(exported_app), "4501001-20261203-3")
    assert early.value.code == "archive.retention_not_over"
    assert early.value.params["purge_from"] == "2031-12-05"
    the_day_before = datetime(2031, 12, 4, 23, 59, tzinfo=CHINA_TZ)
    with pytest.raises(ValidationError):
        purge_batch(later(exported_app, at=the_day_before), batch_of(exported_app),
                    "4501001-20261203-3")
    assert count(exported_app, Registration) == 200


def test_purge_is_for_the_site_manager_only(exported_app, exported):
    for actor in (CLERK, BODY):
        with pytest.raises(PermissionDenied):
            purge_batch(later(exported_app, actor), batch_of(exported_app), "4501001-20261203-3")
    assert count(exported_app, Registration) == 200


def test_purge_is_refused_with_a_wrong_confirmation(exported_app, exported):
    with pytest.raises(ValidationError) as wrong:
        purge_batch(later(exported_app), batch_of(exported_app), "4501001-20261203-4")
    assert wrong.value.code == "archive.wrong_confirmation"
    assert wrong.value.params["batch_code"] == "4501001-20261203-3"


def test_purge_needs_an_export_of_the_current_data(demo_app, tmp_path):
    batch = batch_of(demo_app)
    with pytest.raises(ConflictError) as none:
        purge_batch(later(demo_app), batch, "4501001-20261203-3")
    assert none.value.code == "archive.not_exported"
    export_archive(demo_app.uow(), batch, tmp_path / "a.age", PASS)
    add_note(demo_app.uow(), batch, "room_setup", "考场布置完成")
    with pytest.raises(ConflictError) as stale:
        purge_batch(later(demo_app), batch, "4501001-20261203-3")
    assert stale.value.code == "archive.export_outdated"
    assert count(demo_app, Registration) == 200


def test_purge_after_the_date_deletes_the_records_and_keeps_a_verifying_trail(
        exported_app, exported):
    batch = batch_of(exported_app)
    head_before = chain_head(exported_app.uow())
    result = purge_batch(later(exported_app), batch, " 4501001-20261203-3 ")
    assert result.chain_intact
    assert result.deleted["registration"] == 200 and result.deleted["candidate"] == 200
    assert result.deleted["admission_ticket"] == 200
    for model in (Registration, Candidate, CandidatePhoto):
        assert count(exported_app, model) == 0
    report = verify_chain(exported_app.uow(), expected_head=head_before)
    assert report.intact and report.head.event_id == head_before.event_id + 1
    with exported_app.uow().read() as s:
        actor, summary = s.execute(select(AuditEvent.actor, AuditEvent.summary).where(
            AuditEvent.action == "archive.purged")).one()
    assert actor == "zk00001" and summary["deleted"]["registration"] == 200
    r = retention_of(exported_app.uow(), batch)
    assert r.purged_at is not None
    # The archive still holds what was purged.
    assert read_archive(exported, PASS).row_counts["candidate"] == 200
    with pytest.raises(ConflictError) as again:
        purge_batch(later(exported_app), batch, "4501001-20261203-3")
    assert again.value.code == "archive.already_purged"


class Recorder:
    """A progress sink that records reports and cancels after ``stop_after`` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.seen) >= self.stop_after


def test_export_reports_progress_and_a_cancel_leaves_no_file(demo_app, tmp_path):
    batch = batch_of(demo_app)
    stopped = Recorder(stop_after=2)
    with pytest.raises(UserCancelled):
        export_archive(demo_app.uow(), batch, tmp_path / "a.age", PASS, progress=stopped)
    assert list(tmp_path.glob("*.age")) == [] and list(tmp_path.glob(".a-*")) == []
    assert retention_of(demo_app.uow(), batch).last_export_at is None
    full = Recorder()
    export_archive(demo_app.uow(), batch, tmp_path / "a.age", PASS, progress=full)
    done = [d for d, _t in full.seen]
    assert done == sorted(done) and full.seen[-1][0] == full.seen[-1][1]


def test_purge_removes_check_ins_undos_marks_and_duties_but_keeps_the_staff(demo_app, tmp_path):
    import uuid

    from app.model import CheckinEvent, Mark, ScoreReview, Staff, StaffAssignment, SupervisionNote
    from app.model import ExamSession as Sess
    from app.services.staffing import assign_staff

    batch = batch_of(demo_app)
    assign_staff(demo_app.uow(), batch, seed=1)
    add_note(demo_app.uow(), batch, "room_setup", "考场布置完成")
    now = demo_app.clock.now()
    with demo_app.uow().write() as s:
        reg = s.scalars(select(Registration).where(Registration.batch_id == batch)).first()
        session_id = s.scalar(select(Sess.id).where(Sess.batch_id == batch))
        admitted = CheckinEvent(uid=str(uuid.uuid4()), batch_id=batch, exam_session_id=session_id,
                                registration_id=reg.id, verdict="admitted", desk="A1",
                                clerk="zk00007", at=now)
        s.add(admitted)
        s.flush()
        s.add(CheckinEvent(uid=str(uuid.uuid4()), batch_id=batch, exam_session_id=session_id,
                           registration_id=reg.id, verdict="undone", desk="A1", clerk="zk00007",
                           at=now, reverses_id=admitted.id))
        subject_id = s.scalar(select(Sess.subject_id).where(Sess.id == session_id))
        s.add(Mark(uid=str(uuid.uuid4()), registration_id=reg.id, subject_id=subject_id,
                   source="examiner", total_centi=8000, updated_at=now))
        s.add(ScoreReview(registration_id=reg.id, subject_id=subject_id, updated_at=now))
    staff_before = count(demo_app, Staff)
    result = export_archive(demo_app.uow(), batch, tmp_path / "a.age", PASS)
    assert result.row_counts["checkin_event"] == 2 and result.row_counts["mark"] == 1
    assert result.row_counts["staff_assignment"] > 0 and result.row_counts["staff"] > 0
    purged = purge_batch(later(demo_app), batch, "4501001-20261203-3")
    assert purged.chain_intact and purged.deleted["checkin_event"] == 2
    for model in (CheckinEvent, Mark, ScoreReview, StaffAssignment, SupervisionNote, Sess):
        assert count(demo_app, model) == 0, model
    assert count(demo_app, Staff) == staff_before
