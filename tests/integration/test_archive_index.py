"""The archive index: every required record kind with its count, retention date and place; the
places set per batch (audited, refused for other roles, bad input leaves nothing); the PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import PermissionDenied, ValidationError
from app.model import ArchivePlace, AuditEvent, Registration
from app.reports.archive_index_pdf import write_archive_index_pdf
from app.rules.archive_index import RECORDS
from app.services.archive_index import archive_index, set_place
from app.services.queries import list_batches
from app.services.supervision import add_note
from app.uow import Actor, UnitOfWork


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


MANAGER = Actor("zk00001", "考务负责人", frozenset({"site_manager"}))
PROCTOR = Actor("zk00020", "监考员", frozenset({"proctor"}))


def as_(app: App, actor: Actor) -> UnitOfWork:
    return UnitOfWork(app.db, app.clock, actor)


def batch_of(app: App) -> int:
    return list_batches(app.uow())[0].id


def test_every_record_kind_is_listed_with_its_count_and_retention_date(demo_app: App) -> None:
    batch = batch_of(demo_app)
    add_note(demo_app.uow(), batch, "proctoring", "第1考场监考员到岗，考场秩序良好。")
    index = archive_index(demo_app.uow(), batch)
    by_code = {e.code: e for e in index.entries}
    assert [e.code for e in index.entries] == [r.code for r in RECORDS]
    with demo_app.uow().read() as s:
        registrations = s.scalar(select(func.count()).select_from(Registration)
                                 .where(Registration.batch_id == batch))
    assert by_code["applications"].count == registrations == 200
    assert by_code["supervision"].count == 1
    assert by_code["operations_data"].count == 1  # the supervision note
    assert by_code["video"].count is None and by_code["publicity"].count is None
    # demo exam ends 2026-12-04: paper 3 years, electronic 5 years, inclusive
    assert index.paper_keep_until == date(2029, 12, 4)
    assert index.electronic_keep_until == date(2031, 12, 4)
    assert by_code["papers"].keep_until == date(2029, 12, 4)
    assert by_code["audit_trail"].keep_until == date(2031, 12, 4)
    assert all(e.place_is_default and e.place for e in index.entries)


def test_a_place_is_set_audited_and_reset_to_the_default(demo_app: App) -> None:
    batch = batch_of(demo_app)
    set_place(as_(demo_app, MANAGER), batch, "papers", "保密室 2 号保险柜", "钥匙由考务负责人保管")
    entry = {e.code: e for e in archive_index(demo_app.uow(), batch).entries}["papers"]
    assert (entry.place, entry.note, entry.place_is_default) == (
        "保密室 2 号保险柜", "钥匙由考务负责人保管", False)
    with demo_app.uow().read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "archive.place_set")
                          ).one()
        assert event.actor == "zk00001"
        assert event.summary["place"] == "保密室 2 号保险柜"
    set_place(as_(demo_app, MANAGER), batch, "papers", "  ")
    entry = {e.code: e for e in archive_index(demo_app.uow(), batch).entries}["papers"]
    assert entry.place_is_default and entry.place == "评价机构保密室"


def test_refusals_leave_nothing_behind(demo_app: App) -> None:
    batch = batch_of(demo_app)
    with pytest.raises(PermissionDenied):
        set_place(as_(demo_app, PROCTOR), batch, "papers", "我的抽屉")
    with pytest.raises(ValidationError) as bad:
        set_place(as_(demo_app, MANAGER), batch, "no_such_record", "档案室")
    assert bad.value.code == "archive.unknown_record"
    with pytest.raises(ValidationError) as long:
        set_place(as_(demo_app, MANAGER), batch, "papers", "档" * 301)
    assert long.value.code == "archive.place_too_long"
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(ArchivePlace)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "archive.place_set")) == 0


def test_the_pdf_lists_every_record_with_its_place_and_dates(demo_app: App,
                                                             tmp_path: Path) -> None:
    batch = batch_of(demo_app)
    set_place(as_(demo_app, MANAGER), batch, "video", "考点监控硬盘录像机 NVR-01")
    out = tmp_path / "档案目录.pdf"
    pages = write_archive_index_pdf(archive_index(demo_app.uow(), batch), out)
    assert pages >= 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "职业技能等级认定档案目录" in text
    for r in RECORDS:
        assert r.name_zh[:6] in text, r.name_zh
    assert "考点监控硬盘录像机 NVR-01" in text
    assert "2029年12月4日" in text and "2031年12月4日" in text
    assert not list(tmp_path.glob(".*.pdf.tmp"))
