"""The check-in screen, driven as a desk clerk with a USB scanner would: real services on a
copy of the demo database, the clock inside the theory session's check-in window."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import select

from app.clock import CHINA_TZ, FixedClock
from app.crypto.ticket_codec import PREFIX, verify_ticket
from app.crypto.ticket_keys import verification_keys
from app.devices.id_reader import (
    IdCardData,
    ReaderUnavailable,
    SdtapiReader,
    SimulatedIdReader,
    parse_base_message,
)
from app.errors import IntegrityError
from app.model import (
    AdmissionTicket,
    Candidate,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Subject,
)
from app.rules.ticket_numbers import ticket_number
from app.services.checkin_queries import recent_scans
from app.services.checkin_rules import Verdict
from app.services.queries import candidate_rows
from app.services.tickets import revoke_ticket
from ui.screens.checkin import live as live_module
from ui.screens.checkin.models import Columns, ScansModel
from ui.screens.checkin.view import CheckinScreen
from ui.sounds import PATTERNS, SoundPlayer, tone_wav
from ui.tasks import TaskRunner
from ui.widgets.id_reader_wedge import is_id_number

THEORY_OPEN = datetime(2026, 12, 3, 8, 50, tzinfo=CHINA_TZ)
DESK = "检录台1"


@dataclass(frozen=True)
class Sitter:
    registration_id: int
    name: str
    ticket_no: str
    qr: str
    id_number: str
    room: str  # theory room code
    seat: str  # theory seat label


def sitters(app) -> list[Sitter]:
    with app.uow().read() as s:
        rows = s.execute(
            select(Registration.id, Candidate.name, AdmissionTicket.ticket_no,
                   AdmissionTicket.payload, Candidate.id_number, Room.code, Seat.label)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .join(SeatAssignment, SeatAssignment.registration_id == Registration.id)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .where(Subject.kind == "theory")
            .order_by(Registration.id)).all()
    return [Sitter(r, n, t, p.decode(), i, room, seat) for r, n, t, p, i, room, seat in rows]


class RecordingPlayer:
    """Records the sound classes instead of playing them."""

    def __init__(self) -> None:
        self.muted = False
        self.played: list[str] = []

    def play(self, cls: str) -> None:
        if not self.muted:
            self.played.append(cls)


def type_chinese(widget, text: str) -> None:
    """Commit Chinese text as an input method would (QTest cannot type CJK)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def desk_app(demo_app):
    demo_app.clock = FixedClock(THEORY_OPEN)
    return demo_app


@pytest.fixture
def reader() -> SimulatedIdReader:
    return SimulatedIdReader()


@pytest.fixture
def screen(qtbot, desk_app, translations, error_sink, reader,
           tmp_path: Path) -> Iterator[CheckinScreen]:
    runner = TaskRunner(error_sink)
    host = QWidget()  # not qtbot.addWidget: it would be deleted before the runner is idle
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", DESK)
    screen = CheckinScreen(desk_app, runner, 1, host, sound_player=RecordingPlayer(),
                           id_reader=reader, settings=settings)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(screen)
    host.resize(1110, 750)
    host.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.room_combo.count() > 1 and bool(screen.search_panel._rows),
                    timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    yield screen
    screen.shutdown()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()
    host.close()
    host.deleteLater()


def scan(qtbot, screen: CheckinScreen, widget, text: str, *, enter: bool = True) -> Verdict:
    """Type ``text`` into ``widget`` as a scanner does, then wait for the verdict."""
    before = screen.last_result
    widget.setFocus()
    qtbot.keyClicks(widget, text)  # all keystrokes at once: far faster than a person
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.last_result is not before, timeout=5000)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)
    return screen.last_result.verdict


def last_event(app) -> tuple[str, str, str]:
    row = recent_scans(app.uow(), 1, limit=1)[0]
    return row.verdict, row.ticket_no, row.desk


def select_room(qtbot, screen: CheckinScreen, code: str | None) -> None:
    screen.room_combo.setCurrentIndex(max(screen.room_combo.findData(code), 0) if code else 0)
    screen.refresh_live()
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)


# -- the scanner ------------------------------------------------------------------------
def test_a_scan_with_enter_in_the_id_field_admits_and_shows_seat_photo_and_data(
        qtbot, screen, desk_app):
    who = sitters(desk_app)[0]
    edited: list[str] = []
    screen.id_field.textEdited.connect(edited.append)
    assert scan(qtbot, screen, screen.id_field, who.qr) is Verdict.ADMITTED
    assert edited == [] and screen.id_field.text() == ""  # no scan text left in the field
    banner = screen.banner
    assert banner.verdict is Verdict.ADMITTED and banner.verdict_class == "ok"
    assert who.seat in banner.instruction.text() and who.room in banner.instruction.text()
    assert screen.card.name.text() == who.name
    assert screen.card.fields["id_number"].text().count("*") == 10  # masked
    assert screen.card.fields["ticket_no"].text() == who.ticket_no
    assert screen.photo.has_photo() and screen.photo.height() >= 300
    assert screen.confirm_button.isEnabled()
    assert last_event(desk_app) == ("admitted", who.ticket_no, DESK)
    qtbot.waitUntil(lambda: screen.scans_model.rowCount() == 1, timeout=5000)
    assert screen.scans_model.index(0, Columns.TICKET).data() == who.ticket_no
    assert screen.scans_model.index(0, Columns.NAME).data() == who.name
    assert screen.sound.played == ["ok"]


def test_a_scan_without_enter_is_taken_after_the_pause_while_on_the_scans_table(
        qtbot, screen, desk_app):
    who = sitters(desk_app)[1]
    assert scan(qtbot, screen, screen.scans, who.qr, enter=False) is Verdict.ADMITTED
    assert last_event(desk_app) == ("admitted", who.ticket_no, DESK)


def test_a_scan_typed_into_the_search_field_leaves_no_text_there(qtbot, screen, desk_app):
    who = sitters(desk_app)[2]
    assert scan(qtbot, screen, screen.search, who.ticket_no, enter=False) is Verdict.ADMITTED
    assert screen.search.text() == "" and screen.search_results.count() == 0


def test_a_person_typing_slowly_reaches_the_field_and_is_not_a_scan(qtbot, screen):
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "26100103", delay=70)
    qtbot.wait(200)
    assert screen.search.text() == "26100103"
    assert screen.last_result is None
    assert screen.search_results.count() > 0


# -- every verdict ----------------------------------------------------------------------
def test_the_wrong_room_names_the_right_room_and_seat(qtbot, screen, desk_app):
    who = sitters(desk_app)[0]
    other = next(s.room for s in sitters(desk_app) if s.room != who.room)
    select_room(qtbot, screen, other)
    assert screen.desk().room_code == other
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.WRONG_ROOM
    text = screen.banner.instruction.text()
    assert who.room in text and who.seat in text
    assert screen.banner.verdict_class == "warn" and screen.sound.played == ["warn"]
    assert last_event(desk_app)[0] == "wrong_room"


def test_a_second_scan_says_when_and_at_which_desk(qtbot, screen, desk_app):
    who = sitters(desk_app)[3]
    scan(qtbot, screen, screen.banner, who.qr)
    desk_app.clock.advance(timedelta(minutes=5))
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.ALREADY_CHECKED_IN
    assert "08:50" in screen.banner.instruction.text()
    assert DESK in screen.banner.instruction.text()
    assert screen.sound.played == ["ok", "warn"]


def test_an_unknown_ticket_number_is_not_registered(qtbot, screen, desk_app):
    number = ticket_number(2026, "4501001", 3, 5, 99999)
    assert scan(qtbot, screen, screen.scans, number) is Verdict.NOT_REGISTERED
    assert number in screen.banner.instruction.text()
    assert screen.banner.verdict_class == "refuse" and screen.sound.played == ["refuse"]
    assert last_event(desk_app)[:2] == ("not_registered", number)


def _forged(app, qr: str) -> str:
    """The QR with one character changed so it still decodes but the signature fails."""
    with app.uow().read() as s:
        keys = verification_keys(s)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-./:"
    for pos in range(len(qr) - 4, len(PREFIX), -1):
        for ch in alphabet:
            text = qr[:pos] + ch + qr[pos + 1:]
            if ch == qr[pos]:
                continue
            try:
                verify_ticket(text, keys)
            except IntegrityError as exc:
                if exc.code == "ticket.bad_signature":
                    return text
    raise AssertionError("no single-character forgery found")


def test_one_character_changed_in_a_real_ticket_is_forged(qtbot, screen, desk_app):
    forged = _forged(desk_app, sitters(desk_app)[0].qr)
    assert scan(qtbot, screen, screen.id_field, forged) is Verdict.FORGED
    assert screen.banner.verdict_class == "refuse"
    assert screen.banner.detail.text()  # why: the signature does not match
    assert last_event(desk_app)[0] == "forged"


def test_garbage_is_unreadable_and_recorded(qtbot, screen, desk_app):
    assert scan(qtbot, screen, screen.banner, "HELLO-WORLD-42") is Verdict.UNREADABLE
    assert screen.banner.verdict_class == "refuse"
    assert last_event(desk_app)[0] == "unreadable"


def test_a_cancelled_ticket_is_revoked(qtbot, screen, desk_app):
    who = sitters(desk_app)[10]
    revoke_ticket(desk_app.uow(), 1, who.ticket_no, "考生放弃考试", reissue=False)
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.REVOKED
    assert screen.banner.verdict_class == "refuse"
    assert screen.card.fields["ticket_no"].text() == who.ticket_no
    assert last_event(desk_app)[:2] == ("revoked", who.ticket_no)


def test_an_id_card_typed_in_by_a_wedge_reader_before_the_scan_must_match(
        qtbot, screen, desk_app, reader):
    who, other = sitters(desk_app)[4], sitters(desk_app)[40]
    screen.id_field.setFocus()
    qtbot.keyClicks(screen.id_field, other.id_number)  # a keyboard-wedge reader
    qtbot.keyClick(screen.id_field, Qt.Key.Key_Return)
    assert screen.id_field.text() == other.id_number
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.ID_MISMATCH
    assert screen.banner.verdict_class == "refuse"
    assert last_event(desk_app)[0] == "id_mismatch"
    # The right card on the reader: checked again, admitted.
    before = screen.last_result
    reader.push(IdCardData(who.id_number, who.name))
    qtbot.waitUntil(lambda: screen.last_result is not before, timeout=5000)
    assert screen.last_result.verdict is Verdict.ADMITTED
    assert screen.id_field.text() == who.id_number


def test_an_id_card_read_after_an_admission_rechecks_and_undoes_it(
        qtbot, screen, desk_app, reader):
    who, other = sitters(desk_app)[5], sitters(desk_app)[41]
    select_room(qtbot, screen, who.room)
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.ADMITTED
    qtbot.waitUntil(lambda: screen.current_counts.present == 1, timeout=5000)
    before = screen.last_result
    reader.push(IdCardData(other.id_number, other.name))
    qtbot.waitUntil(lambda: screen.last_result is not before, timeout=5000)
    assert screen.last_result.verdict is Verdict.ID_MISMATCH
    qtbot.waitUntil(lambda: screen.current_counts.present == 0, timeout=5000)
    verdicts = [r.verdict for r in recent_scans(desk_app.uow(), 1, limit=3)]
    assert verdicts == ["id_mismatch", "undone", "admitted"]


def test_an_invalid_number_typed_in_the_id_field_is_rejected(qtbot, screen):
    screen.id_field.setFocus()
    qtbot.keyClicks(screen.id_field, "12345", delay=60)
    qtbot.keyClick(screen.id_field, Qt.Key.Key_Return)
    assert "12345" in screen.status.text() and screen.last_result is None


def test_too_early_too_late_and_another_day(qtbot, screen, desk_app):
    who = sitters(desk_app)[6]
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 7, 0, tzinfo=CHINA_TZ))
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.TOO_EARLY
    assert "09:00" in screen.banner.instruction.text()
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 9, 16, tzinfo=CHINA_TZ))
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.TOO_LATE
    assert "09:15" in screen.banner.instruction.text()
    assert screen.banner.verdict_class == "refuse"
    desk_app.clock = FixedClock(datetime(2026, 12, 2, 8, 30, tzinfo=CHINA_TZ))
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.WRONG_SESSION
    assert "12月3日" in screen.banner.instruction.text()
    assert "09:00" in screen.banner.instruction.text()
    assert screen.sound.played == ["warn", "refuse", "warn"]
    assert [r.verdict for r in recent_scans(desk_app.uow(), 1, limit=3)] == [
        "wrong_session", "too_late", "too_early"]


# -- confirm, refuse, undo ----------------------------------------------------------------
def test_refusing_after_the_id_check_records_the_reason_and_the_ticket_stays_valid(
        qtbot, screen, desk_app):
    who = sitters(desk_app)[7]
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.ADMITTED
    qtbot.keyClick(screen.banner, Qt.Key.Key_F4)
    dialog = screen.reason_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    type_chinese(dialog.reason.lineEdit(), "照片与本人不符")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.banner.verdict is Verdict.REFUSED, timeout=5000)
    assert screen.banner.verdict_class == "refuse"
    assert "照片与本人不符" in screen.banner.instruction.text()
    refused = recent_scans(desk_app.uow(), 1, limit=2)
    assert [r.verdict for r in refused] == ["refused", "admitted"]
    assert refused[0].note == "照片与本人不符" and refused[1].reversed
    assert not screen.refuse_button.isEnabled()
    assert screen.sound.played == ["ok", "refuse"]
    # The problem solved, the same ticket admits.
    assert scan(qtbot, screen, screen.banner, who.qr) is Verdict.ADMITTED


def test_enter_confirms_and_undo_needs_a_reason(qtbot, screen, desk_app):
    who = sitters(desk_app)[8]
    assert scan(qtbot, screen, screen.scans, who.qr) is Verdict.ADMITTED
    qtbot.keyClick(screen.banner, Qt.Key.Key_Return)  # 确认放行
    assert not screen.confirm_button.isEnabled() and not screen.refuse_button.isEnabled()
    qtbot.keyClick(screen.banner, Qt.Key.Key_F4)  # nothing to refuse any more
    assert not hasattr(screen, "reason_dialog")
    qtbot.waitUntil(lambda: screen.scans_model.latest_admission() is not None, timeout=5000)
    qtbot.keyClick(screen.banner, Qt.Key.Key_F8)
    dialog = screen.reason_dialog
    assert who.ticket_no in dialog.prompt.text()
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)  # pick a usual reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.banner.verdict is Verdict.UNDONE, timeout=5000)
    undone = recent_scans(desk_app.uow(), 1, limit=1)[0]
    assert undone.verdict == "undone" and undone.note


# -- manual search, counts, absentees ---------------------------------------------------
def test_manual_search_by_chinese_name_then_enter_checks_the_candidate_in(
        qtbot, screen, desk_app):
    rows = candidate_rows(desk_app.uow(), 1)
    names = [r.name for r in rows]
    target = next(r for r in rows if names.count(r.name) == 1)
    qtbot.keyClick(screen.banner, Qt.Key.Key_F3)
    assert screen.search.hasFocus()
    type_chinese(screen.search, target.name)
    assert screen.search_results.count() == 1
    before = screen.last_result
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.last_result is not before, timeout=5000)
    assert screen.last_result.verdict is Verdict.ADMITTED
    assert screen.card.name.text() == target.name
    assert last_event(desk_app)[:2] == ("admitted", target.ticket_no)


def test_manual_search_by_id_number_picks_with_the_arrow_keys(qtbot, screen, desk_app):
    target = candidate_rows(desk_app.uow(), 1)[20]
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, target.id_number[-6:], delay=60)
    qtbot.wait(100)
    assert screen.search_results.count() >= 1
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.search_results.hasFocus()
    before = screen.last_result
    qtbot.keyClick(screen.search_results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.last_result is not before, timeout=5000)
    assert screen.last_result.ticket_no == screen.search_results.item(0).data(
        Qt.ItemDataRole.UserRole + 1)


def test_counts_follow_scans_and_absentees_are_marked_after_the_cutoff(
        qtbot, screen, desk_app, monkeypatch):
    group = [s for s in sitters(desk_app) if s.room == sitters(desk_app)[0].room]
    select_room(qtbot, screen, group[0].room)
    counts = screen.current_counts
    assert counts.expected == len(group) and counts.present == 0
    assert not screen.absent_button.isEnabled()
    for who in group[:3]:
        scan(qtbot, screen, screen.banner, who.qr)
    qtbot.waitUntil(lambda: screen.current_counts.present == 3, timeout=5000)
    assert f"{len(group) - 3}" in screen.counts_label.text()
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 9, 16, tzinfo=CHINA_TZ))
    screen.refresh_live()
    qtbot.waitUntil(screen.absent_button.isEnabled, timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(live_module, "ask_confirm",
                        lambda _parent, text: asked.append(text) or True)
    screen.absent_button.setFocus()
    qtbot.keyClick(screen.absent_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.current_counts.absent == len(group) - 3, timeout=5000)
    assert str(len(group) - 3) in asked[0]
    assert screen.current_counts.waiting == 0 and not screen.absent_button.isEnabled()


def test_absentees_are_marked_automatically_when_a_cutoff_passes_while_open(
        qtbot, screen, desk_app):
    who = sitters(desk_app)[0]
    select_room(qtbot, screen, who.room)
    expected = screen.current_counts.expected
    desk_app.clock.advance(timedelta(minutes=26))  # 09:16, past the 09:15 cutoff
    screen.live.cutoff_timer.timeout.emit()
    qtbot.waitUntil(lambda: screen.current_counts.absent == expected, timeout=5000)
    assert str(expected) in screen.status.text()
    screen.live.check_cutoffs()  # once only
    assert not screen.runner.busy()


# -- parts ------------------------------------------------------------------------------
def test_the_scans_model_passes_the_qt_model_tester(qtmodeltester, desk_app):
    from app.services.checkin import Desk, check_in

    for who in sitters(desk_app)[:3]:
        check_in(desk_app.uow(), 1, who.qr, Desk(DESK))
    model = ScansModel()
    model.set_rows(recent_scans(desk_app.uow(), 1))
    qtmodeltester.check(model)
    assert model.latest_admission() is not None


def test_each_verdict_class_has_its_own_sound():
    lengths = {}
    for cls in PATTERNS:
        with wave.open(io.BytesIO(tone_wav(cls))) as w:
            assert w.getnchannels() == 1 and w.getsampwidth() == 2
            lengths[cls] = w.getnframes()
    assert len({tone_wav(c) for c in PATTERNS}) == 3
    assert lengths["refuse"] > lengths["ok"]
    player = SoundPlayer(muted=True)
    player.play("ok")  # muted: nothing started
    assert player._running == []
    player.close()


def test_id_numbers_are_told_apart_from_tickets_and_qr_codes(desk_app):
    who = sitters(desk_app)[0]
    assert is_id_number(who.id_number) and is_id_number(who.id_number.lower())
    assert not is_id_number(who.ticket_no) and not is_id_number(who.qr)
    assert not is_id_number(who.id_number[:-1] + ("0" if who.id_number[-1] != "0" else "1"))


def test_the_simulated_reader_and_the_dll_driver_outside_windows():
    reader = SimulatedIdReader()
    assert reader.poll() is None
    reader.push(IdCardData("450102199001011231", "黄小明"))
    assert reader.poll().name == "黄小明" and reader.poll() is None
    reader.close()
    block = bytearray(b"\x20\x00" * 128)
    block[:30] = "黄小明".ljust(15).encode("utf-16-le")
    block[122:158] = "450102199001011231".encode("utf-16-le")
    assert parse_base_message(bytes(block)) == ("黄小明", "450102199001011231")
    with pytest.raises(ReaderUnavailable):
        SdtapiReader(dll_path="/nonexistent/sdtapi.dll")


def test_switching_language_keeps_the_verdict_on_screen(qtbot, screen, desk_app, translations):
    who = sitters(desk_app)[9]
    scan(qtbot, screen, screen.banner, who.qr)
    assert screen.banner.title.text() == "准予入场"
    assert screen.confirm_button.text() == "准予入场（Enter/F1）"
    translations.install("en")
    qtbot.waitUntil(lambda: screen.banner.title.text() == "Admitted", timeout=3000)
    assert who.seat in screen.banner.instruction.text()
    assert screen.confirm_button.text() == "Let in (Enter/F1)"
    assert screen.banner.verdict is Verdict.ADMITTED and screen.confirm_button.isEnabled()
    assert screen.card.name.text() == who.name
    translations.install("zh_CN")
    qtbot.waitUntil(lambda: screen.banner.title.text() == "准予入场", timeout=3000)


def test_in_the_main_window_a_scan_is_taken_even_with_the_focus_on_the_navigation(
        qtbot, main_window):
    app = main_window.app
    app.clock = FixedClock(THEORY_OPEN)
    main_window.nav.setFocus()
    main_window.nav.setCurrentRow(2)
    desk = main_window.screen("checkin")
    assert main_window.nav.currentItem().text() == "考生检录"
    qtbot.waitUntil(desk.isVisible, timeout=3000)
    who = sitters(app)[4]
    assert scan(qtbot, desk, main_window.nav, who.qr) is Verdict.ADMITTED
    assert main_window.nav.currentRow() == 2  # the keystrokes did not move the navigation
    assert last_event(app)[:2] == ("admitted", who.ticket_no)


def test_a_scan_on_another_screen_is_not_a_check_in(qtbot, main_window):
    app = main_window.app
    app.clock = FixedClock(THEORY_OPEN)
    main_window.nav.setCurrentRow(1)
    candidates = main_window.screen("candidates")
    who = sitters(app)[5]
    candidates.search.setFocus()
    qtbot.keyClicks(candidates.search, who.ticket_no)
    qtbot.waitUntil(lambda: candidates.proxy.rowCount() == 1, timeout=3000)
    assert recent_scans(app.uow(), 1) == []
