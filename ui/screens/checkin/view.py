"""The check-in desk (检录): scan a ticket anywhere on the screen, see the verdict, the
registered photo and the seat, confirm or refuse; keyboard only.

Keys: Enter/F1 let in · F2 ID number · F3/Ctrl+F search · F4 refuse · F8 undo · F6 room ·
Esc next candidate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.devices.id_reader import IdCardData, IdCardReader
from app.errors import DomainError
from app.rules.id_documents import mask_id
from app.services.checkin import CheckinResult, Desk, check_in
from app.services.checkin_actions import reverse_admission
from app.services.checkin_queries import ScanRow
from app.services.checkin_rules import Verdict
from app.services.queries import candidate_rows
from ui.dialogs import error_text
from ui.formats import time_text
from ui.screens.checkin.live import Counts, LiveDesk, guarded
from ui.screens.checkin.models import ROW_ROLE, ScansModel
from ui.screens.checkin.panels import (
    CandidateData,
    DeskBar,
    ManualSearch,
    ReasonDialog,
    scans_view,
)
from ui.screens.checkin.verdicts import Shown, present, present_reversal
from ui.sounds import Player, SoundPlayer
from ui.tasks import TaskRunner
from ui.widgets.id_reader_wedge import IdDocumentInput
from ui.widgets.photo_view import PhotoView
from ui.widgets.scan_capture import ENTER_KEYS, ScanCapture
from ui.widgets.verdict_banner import VerdictBanner


class CheckinScreen(QWidget):
    """One desk at a room's door or at the site entrance (room "all")."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None, *, sound_player: Player | None = None,
                 id_reader: IdCardReader | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.settings = settings if settings is not None else QSettings()
        self.sound: Player = sound_player if sound_player is not None else SoundPlayer()
        self.sound.muted = self.settings.value("checkin/muted", False, bool)
        self.last_result: CheckinResult | None = None
        self._open: CheckinResult | None = None  # at the desk: unconfirmed admission/ID issue
        self._scan_text = ""
        self._id_fresh = False  # the ID field holds a number not yet used in a check
        self._shown: Callable[[], Shown | None] = lambda: None
        self._build()
        self.live = LiveDesk(app, runner, batch_id, self.bar, settings=self.settings,
                             desk_name=lambda: self.desk().name, parent=self)
        self.live.scans_loaded.connect(self._on_scans_loaded)
        self.live.note.connect(self._note)
        self.live.failed.connect(self._on_failed)
        self.live.changed.connect(self.data_changed)
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.on_scan)
        self.id_input = IdDocumentInput(self.id_field, id_reader, self)
        self.id_input.document_read.connect(self._on_document_read)
        self.id_input.rejected.connect(self._on_id_rejected)
        self.retranslate()
        self.clear()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.bar = DeskBar(self)
        self.desk_edit, self.room_combo = self.bar.desk_edit, self.bar.room_combo
        self.counts_label, self.absent_button = self.bar.counts_label, self.bar.absent_button
        self.desk_edit.editingFinished.connect(self._on_desk_edit_editing_finished)
        self.bar.sound_check.setChecked(not self.sound.muted)
        self.bar.sound_check.toggled.connect(self._on_sound_check_toggled)

        self.banner = VerdictBanner(self)
        self.card = CandidateData(self)
        self.photo = PhotoView(self, QSize(250, 330))
        self.id_caption, self.id_field = QLabel(self), QLineEdit(self)
        self.id_field.setMaxLength(20)
        self.id_field.textEdited.connect(self._on_id_field_text_edited)
        self.confirm_button, self.refuse_button = QPushButton(self), QPushButton(self)
        self.undo_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm)
        self.refuse_button.clicked.connect(self.refuse)
        self.undo_button.clicked.connect(self.undo)
        actions = QHBoxLayout()
        for widget in (self.id_caption, self.id_field, self.confirm_button, self.refuse_button,
                       self.undo_button):
            actions.addWidget(widget, 1 if widget is self.id_field else 0)
        middle = QGridLayout()
        middle.addWidget(self.banner, 0, 0)
        middle.addWidget(self.card, 1, 0)
        middle.addWidget(self.photo, 0, 1, 2, 1)
        middle.addLayout(actions, 2, 0, 1, 2)
        middle.setColumnStretch(0, 1)
        middle.setRowStretch(0, 1)

        self.search_panel = ManualSearch(self)
        self.search, self.search_results = self.search_panel.edit, self.search_panel.results
        self.search_panel.chosen.connect(self.check)
        self.scans_model = ScansModel(self)
        self.scans = scans_view(self)
        self.scans.setModel(self.scans_model)
        self.scans_title = QLabel(self)
        self.scans_title.setStyleSheet("font-weight: bold;")
        scans_box = QVBoxLayout()
        scans_box.addWidget(self.scans_title)
        scans_box.addWidget(self.scans, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.search_panel, 2)
        bottom.addLayout(scans_box, 3)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(middle, 3)
        layout.addLayout(bottom, 1)
        layout.addWidget(self.status)
        for keys, slot in (("F1", self.confirm), ("F2", self.id_field.setFocus),
                           ("F3", self.focus_search), ("Ctrl+F", self.focus_search),
                           ("F4", self.refuse), ("F8", self.undo),
                           ("F6", self.room_combo.setFocus), ("Esc", self.clear)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        self.bar.retranslate()
        if not self.desk_edit.text():
            self.desk_edit.setText(str(self.settings.value("checkin/desk", self.tr("Desk 1"))))
        self.id_caption.setText(self.tr("ID number (F2)"))
        self.id_field.setPlaceholderText(self.tr("Optional: type or read the ID card"))
        self.confirm_button.setText(self.tr("Let in (Enter/F1)"))
        self.refuse_button.setText(self.tr("Refuse entry... (F4)"))
        self.undo_button.setText(self.tr("Undo check-in... (F8)"))
        self.scans_title.setText(self.tr("Last scans at this desk"))
        self.search_panel.retranslate()
        self.card.retranslate()
        self.scans_model.retranslate()
        if not self.photo.has_photo():  # its placeholder follows the language too
            self.photo.setText(self.tr("No photo") if self._shown() else self.tr("Photo"))
        self._show(self._shown)
        self.live.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def desk(self) -> Desk:
        return Desk(self.desk_edit.text().strip() or self.tr("Desk 1"),
                    self.room_combo.currentData())

    # -- scans and checks ---------------------------------------------------------------
    def on_scan(self, text: str) -> None:
        """A scanner burst: a ticket (QR or number), or a wedge reader's ID number."""
        if not self.id_input.feed(text):
            self.check(text)

    def check(self, scan: str) -> None:
        """Check in one scan (a QR text, or the ticket number of a candidate searched)."""
        id_number = self._take_id()
        self._submit(scan, lambda uow, desk: check_in(uow, self.batch_id, scan, desk, id_number))

    def _submit(self, scan: str, work: Callable[[Any, Desk], CheckinResult]) -> None:
        uow, desk = self.app.uow(), self.desk()
        self.runner.task(lambda _p: work(uow, desk)).on_success(
            guarded(self, lambda result: self._on_checked(scan, result))).on_failure(
            guarded(self, self._on_failed)).run()

    def _take_id(self) -> str | None:
        if self._id_fresh and self.id_field.text().strip():
            self._id_fresh = False
            return self.id_field.text().strip()
        self.id_field.clear()  # a number left from the previous candidate
        return None

    def _on_checked(self, scan: str, result: CheckinResult) -> None:
        self.last_result, self._scan_text = result, scan
        self._open = result if result.verdict in (Verdict.ADMITTED, Verdict.ID_MISMATCH) \
            else None
        self.card.show_result(result)
        self.photo.set_photo(result.candidate.photo if result.candidate else None,
                             self.tr("No photo"))
        self._show(lambda: present(result), play=True)
        self.status.clear()
        self.banner.setFocus()
        self.refresh_live()
        self.data_changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.status.setText(text)

    def _note(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _show(self, shown: Callable[[], Shown | None], *, play: bool = False) -> None:
        self._shown = shown
        s = shown()
        if s is None:
            self.banner.show_verdict(None, "idle", self.tr("Ready"), self.tr(
                "Scan the admission ticket, or search by name (F3)"))
        else:
            self.banner.show_verdict(s.verdict, s.cls, s.title, s.instruction, s.detail)
            if play:
                self.sound.play(s.cls)
        admitted = self._open is not None and self._open.verdict is Verdict.ADMITTED
        self.confirm_button.setEnabled(admitted)
        self.refuse_button.setEnabled(admitted)

    # -- the ID document ----------------------------------------------------------------
    def _on_id_field_text_edited(self, _text: str) -> None:
        self._id_fresh = True

    def _on_document_read(self, card: IdCardData) -> None:
        self._id_fresh = True
        self._note(self.tr("ID card read: %1 %2").replace("%1", card.name)
                   .replace("%2", mask_id(card.id_number)))
        if self._open is not None and self._scan_text:
            self.recheck()

    def _on_id_rejected(self, text: str) -> None:
        self._on_failed(ValueError(self.tr("%1 is not a valid ID number.").replace("%1", text)))

    def recheck(self) -> None:
        """Check the candidate at the desk again, now with the ID number.

        A standing admission from the first check is undone first (with a reason), so the
        new check admits again or says the ID card does not match.
        """
        open_, scan, id_number = self._open, self._scan_text, self._take_id()
        reason = self.tr("ID card checked after the scan")
        batch_id = self.batch_id

        def work(uow: Any, desk: Desk) -> CheckinResult:
            if open_ is not None and open_.verdict is Verdict.ADMITTED:
                reverse_admission(uow, open_.event_id, Verdict.UNDONE, reason, desk.name)
            return check_in(uow, batch_id, scan, desk, id_number)

        self._submit(scan, work)

    # -- confirm, refuse, undo ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        typing = (self.id_field, self.search, self.search_results, self.desk_edit,
                  self.room_combo)
        if event.key() in ENTER_KEYS and self.focusWidget() not in typing:
            self.confirm()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        """The clerk checked face and ID: let the candidate in (nothing more to record)."""
        if self._open is None or self._open.verdict is not Verdict.ADMITTED:
            return
        name = self._open.candidate.name if self._open.candidate else self._open.ticket_no
        self._open = None
        self.id_field.clear()
        self._id_fresh = False
        self.banner.set_detail(self.tr("Let in. Next candidate, please."))
        self._show(self._shown)
        self._note(self.tr("%1 let in.").replace("%1", name))

    def refuse(self) -> None:
        """Refuse entry after the face/ID check; the ticket stays valid."""
        result = self._open
        if result is None or result.verdict is not Verdict.ADMITTED:
            return
        name = result.candidate.name if result.candidate else result.ticket_no
        self._ask_reason(
            self.tr("Refuse entry"),
            self.tr("Why is %1 refused entry? The ticket stays valid.").replace("%1", name),
            [self.tr("The face does not match the photo"),
             self.tr("No valid ID document"), self.tr("Carries prohibited items")],
            lambda reason: self._reverse(result.event_id, Verdict.REFUSED, name, reason))

    def undo(self) -> None:
        """Undo an admission made by mistake: the open one, the selected or the latest."""
        if self._open is not None and self._open.verdict is Verdict.ADMITTED:
            target = self._open
            event_id, name, ticket, at = (target.event_id, target.candidate.name if
                                          target.candidate else "", target.ticket_no, target.at)
        else:
            index = self.scans.currentIndex()
            row = self.scans_model.data(index, ROW_ROLE) if index.isValid() else None
            if row is None or row.verdict != Verdict.ADMITTED.value or row.reversed:
                row = self.scans_model.latest_admission()
            if row is None:
                self._note(self.tr("No admission at this desk to undo."))
                return
            event_id, name, ticket, at = row.event_id, row.name, row.ticket_no, row.at
        self._ask_reason(
            self.tr("Undo check-in"),
            self.tr("Undo the check-in of %1 (ticket %2) at %3? Give the reason.")
            .replace("%1", name or ticket).replace("%2", ticket)
            .replace("%3", time_text(at)),
            [self.tr("Scanned the wrong candidate"), self.tr("Let in by mistake")],
            lambda reason: self._reverse(event_id, Verdict.UNDONE, name or ticket, reason))

    def _ask_reason(self, title: str, prompt: str, presets: list[str],
                    then: Callable[[str], None]) -> None:
        dialog = ReasonDialog(self, title, prompt, presets)
        dialog.accepted.connect(lambda: then(dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def _reverse(self, event_id: int, verdict: Verdict, name: str, reason: str) -> None:
        uow, desk = self.app.uow(), self.desk().name
        self.runner.task(lambda _p: reverse_admission(uow, event_id, verdict, reason, desk)) \
            .on_success(guarded(self, lambda _id: self._on_reversed(verdict, name, reason))) \
            .on_failure(guarded(self, self._on_failed)).run()

    def _on_reversed(self, verdict: Verdict, name: str, reason: str) -> None:
        self._open = None
        self._show(lambda: present_reversal(verdict, name, reason), play=True)
        self.banner.setFocus()
        self.refresh_live()
        self.data_changed.emit()

    def clear(self) -> None:
        """Ready for the next candidate (Esc)."""
        self._open, self._scan_text = None, ""
        self.card.show_result(None)
        self.photo.set_photo(None, self.tr("Photo"))
        self._show(lambda: None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- live counts, last scans, absentees -----------------------------------------------
    def refresh(self) -> None:
        """Load the candidates for manual search, then the live data."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: candidate_rows(uow, batch_id)).on_success(
            guarded(self, self.search_panel.set_rows)).run()
        self.refresh_live()

    def refresh_live(self) -> None:
        self.live.refresh()

    @property
    def current_counts(self) -> Counts | None:
        """Expected/present/absent/waiting of the selected room's current session."""
        return self.live.counts()

    def _on_scans_loaded(self, rows: list[ScanRow]) -> None:
        self.scans_model.set_rows(rows)
        self.scans.resizeColumnsToContents()

    def _on_desk_edit_editing_finished(self) -> None:
        self.settings.setValue("checkin/desk", self.desk().name)
        self.refresh_live()

    def _on_sound_check_toggled(self, on: bool) -> None:
        self.sound.muted = not on
        self.settings.setValue("checkin/muted", not on)

    def shutdown(self) -> None:
        """Stop timers and the reader (the main window calls this before closing)."""
        self.live.stop()
        self.id_input.stop()
        self.capture.uninstall()
