"""The handover scan form, keyboard first: scan the packet's QR (Enter) -> the step, preset to
the next one of its chain (Enter) -> the giver's badge (Enter) -> the receiver's badge
(Enter) -> seal intact? (Enter saves; "broken" asks for a note, Enter there saves). Esc starts
over. A USB scanner types the code and Enter into the focused field, so a handover is four
scans and two key presses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.messages import render
from app.rules.custody import STEP_BY_CODE, STEP_CODES
from app.rules.staffing import role_label
from app.services.custody import HandoverResult, record_handover
from app.services.custody_queries import PacketRow, StaffBadge, packet_status, staff_by_badge
from ui.dialogs import qt_translate
from ui.screens.custody.labels import content_label, flags_text, hands_label, step_label
from ui.tasks import TaskRunner

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
OK_STYLE, ERROR_STYLE = "color: #1b5e20; font-weight: bold;", "color: #b71c1c; font-weight: bold;"


def custody_error_text(exc: DomainError) -> str:
    """The error in the user's language, its step code shown as the step's name."""
    params = dict(exc.params)
    if "step" in params:
        params["step"] = step_label(str(params["step"]))
    return render(exc.code, params, qt_translate)


class _EnterFilter(QObject):
    """Enter on a combo box moves on (a combo box ignores Enter by itself)."""

    def __init__(self, parent: QObject, on_enter: Callable[[], None]) -> None:
        super().__init__(parent)
        self.on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                self.on_enter()
                return True
        return False


class ScanForm(QGroupBox):
    """Records one handover at a time; ``saved`` carries the service's result."""

    saved = Signal(object)

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.packet: PacketRow | None = None
        self.giver: StaffBadge | None = None
        self.receiver: StaffBadge | None = None
        self.last_result: HandoverResult | None = None
        self.busy = False
        self.packet_edit, self.giver_edit, self.receiver_edit = (QLineEdit(self) for _ in range(3))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.packet_info, self.giver_name, self.receiver_name = (QLabel(self) for _ in range(3))
        for label in (self.packet_info, self.giver_name, self.receiver_name):
            label.setWordWrap(True)
        self.step_hint = QLabel(self)
        self.step_hint.setStyleSheet("color: #555;")
        self.step_combo, self.seal_combo = QComboBox(self), QComboBox(self)
        self.save_button, self.reset_button = QPushButton(self), QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = [QLabel(self) for _ in range(6)]
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.packet_edit.returnPressed.connect(self.look_up_packet)
        self.giver_edit.returnPressed.connect(lambda: self.look_up_badge("giver"))
        self.receiver_edit.returnPressed.connect(lambda: self.look_up_badge("receiver"))
        self.giver_edit.textEdited.connect(lambda _t: self._forget("giver"))
        self.receiver_edit.textEdited.connect(lambda _t: self._forget("receiver"))
        self.packet_edit.textEdited.connect(lambda _t: self._forget("packet"))
        self.note_edit.returnPressed.connect(self.save)
        self.step_combo.currentIndexChanged.connect(self._on_step_combo_changed)
        self.step_combo.installEventFilter(_EnterFilter(self, self.giver_edit.setFocus))
        self.seal_combo.installEventFilter(_EnterFilter(self, self._on_seal_entered))
        self.seal_combo.currentIndexChanged.connect(self._on_seal_combo_changed)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        fields: list[tuple[QWidget, QWidget | None]] = [
            (self.packet_edit, self.packet_info), (self.step_combo, self.step_hint),
            (self.giver_edit, self.giver_name), (self.receiver_edit, self.receiver_name),
            (self.seal_combo, None), (self.note_edit, None)]
        form = QFormLayout()
        for caption, (field, info) in zip(self.captions, fields, strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
            if info is not None:
                form.addRow("", info)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence("Esc"), self, self.reset)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        order = [self.packet_edit, self.step_combo, self.giver_edit, self.receiver_edit,
                 self.seal_combo, self.note_edit, self.save_button, self.reset_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Scan a handover"))
        texts = (self.tr("&1 Packet QR"), self.tr("&2 Step"), self.tr("&3 Giver's badge"),
                 self.tr("&4 Receiver's badge"), self.tr("&5 Seal"), self.tr("&6 Note"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.packet_edit.setPlaceholderText(self.tr("Scan the QR label of the packet"))
        self.giver_edit.setPlaceholderText(self.tr("Scan the badge of who hands it over"))
        self.receiver_edit.setPlaceholderText(self.tr("Scan the badge of who takes it"))
        self.note_edit.setPlaceholderText(self.tr("Required when the seal is broken"))
        step = self.step_combo.currentData()
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        for code in STEP_CODES:
            self.step_combo.addItem(step_label(code), code)
        self.step_combo.setCurrentIndex(max(self.step_combo.findData(step), 0))
        self.step_combo.blockSignals(False)
        seal = self.seal_combo.currentIndex()
        self.seal_combo.blockSignals(True)
        self.seal_combo.clear()
        self.seal_combo.addItem(self.tr("Intact (Enter saves)"), True)
        self.seal_combo.addItem(self.tr("Broken: describe it in the note"), False)
        self.seal_combo.setCurrentIndex(max(seal, 0))
        self.seal_combo.blockSignals(False)
        self.save_button.setText(self.tr("&Save handover"))
        self.reset_button.setText(self.tr("Start over (Esc)"))
        self._on_step_combo_changed(self.step_combo.currentIndex())
        self._show_packet()
        self._show_person("giver")
        self._show_person("receiver")

    # --- state ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Empty the form for the next packet (the last status line stays)."""
        self.packet = self.giver = self.receiver = None
        for edit in (self.packet_edit, self.giver_edit, self.receiver_edit, self.note_edit):
            edit.clear()
        self.seal_combo.setCurrentIndex(0)
        self.step_combo.setCurrentIndex(0)
        self._show_packet()
        self._show_person("giver")
        self._show_person("receiver")
        self.packet_edit.setFocus()

    def _forget(self, what: str) -> None:
        setattr(self, what, None)
        if what == "packet":
            self._show_packet()
        else:
            self._show_person(what)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _fail(self, field: QLineEdit | None) -> Callable[[Any], None]:
        def failed(exc: Any) -> None:
            self.busy = False
            self._say(custody_error_text(exc), ok=False)
            if field is not None:
                field.setFocus()
                field.selectAll()
        return failed

    def _show_packet(self) -> None:
        p = self.packet
        if p is None:
            self.packet_info.setText("")
            return
        text = self.tr("%1 · %2 %3 · %4 · %5 copies").replace("%1", p.session_code).replace(
            "%2", p.room_code).replace("%3", p.room_name).replace("%4", p.subject).replace(
            "%5", str(p.copies)) + " · " + content_label(p.content)
        if p.holder:
            text += "\n" + self.tr("Now held by %1 (%2)").replace("%1", p.holder).replace(
                "%2", step_label(p.last_step))
        if p.flags:
            text += "\n" + flags_text(p.flags)
        self.packet_info.setText(text)
        self.packet_info.setStyleSheet("color: #b71c1c;" if p.flags else "")

    def _show_person(self, which: str) -> None:
        """The name of who was scanned; a note when the step expects someone of another role
        (a hint: a site may delegate, so the handover is not refused)."""
        person: StaffBadge | None = getattr(self, which)
        label = self.giver_name if which == "giver" else self.receiver_name
        if person is None:
            label.setText("")
            return
        text = f"{person.name}（{person.badge_no}）"
        step = STEP_BY_CODE.get(self.step_combo.currentData() or "")
        expected = (step.giver_roles if which == "giver" else step.receiver_roles) if step else ()
        unexpected = bool(expected) and not set(expected) & set(person.roles)
        if unexpected:
            names = " / ".join(role_label(r, qt_translate) for r in sorted(expected))
            text += "  " + self.tr("(this step expects: %1)").replace("%1", names)
        label.setText(text)
        label.setStyleSheet("color: #e65100;" if unexpected else "")

    def _on_step_combo_changed(self, _index: int) -> None:
        self.step_hint.setText(hands_label(self.step_combo.currentData()))
        self._show_person("giver")
        self._show_person("receiver")

    def _on_seal_combo_changed(self, _index: int) -> None:
        if self.seal_combo.currentData() is False:
            self.note_edit.setFocus()

    def _on_seal_entered(self) -> None:
        if self.seal_combo.currentData() is False:
            self.note_edit.setFocus()
        else:
            self.save()

    # --- lookups -------------------------------------------------------------------------
    def look_up_packet(self) -> None:
        code = self.packet_edit.text().strip()
        if not code:
            return
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: packet_status(uow, batch_id, code)).on_success(
            self._on_packet_found).on_failure(self._fail(self.packet_edit)).run()

    def _on_packet_found(self, packet: PacketRow) -> None:
        self.packet = packet
        self._show_packet()
        if packet.next_step is None:
            self._say(render("custody.chain_complete", {"packet": packet.code}, qt_translate),
                      ok=False)
            self.packet_edit.selectAll()
            return
        self.status.setText("")
        self.step_combo.setCurrentIndex(max(self.step_combo.findData(packet.next_step), 0))
        self.step_combo.setFocus()

    def look_up_badge(self, which: str) -> None:
        edit = self.giver_edit if which == "giver" else self.receiver_edit
        badge = edit.text().strip()
        if not badge:
            return
        uow = self.app.uow()
        self.runner.task(lambda _p: staff_by_badge(uow, badge)).on_success(
            lambda person: self._on_badge_found(which, person)).on_failure(
            self._fail(edit)).run()

    def _on_badge_found(self, which: str, person: StaffBadge) -> None:
        other = self.receiver if which == "giver" else self.giver
        if other is not None and other.staff_id == person.staff_id:
            edit = self.giver_edit if which == "giver" else self.receiver_edit
            self._say(render("custody.same_person", {"badge": person.badge_no}, qt_translate),
                      ok=False)
            edit.selectAll()
            return
        setattr(self, which, person)
        self._show_person(which)
        self.status.setText("")
        (self.receiver_edit if which == "giver" else self.seal_combo).setFocus()

    # --- saving --------------------------------------------------------------------------
    def save(self) -> None:
        if self.busy:
            return
        missing = [(self.packet, self.packet_edit, self.tr("Scan the packet first.")),
                   (self.giver, self.giver_edit, self.tr("Scan the giver's badge.")),
                   (self.receiver, self.receiver_edit, self.tr("Scan the receiver's badge."))]
        for value, edit, text in missing:
            if value is None:
                self._say(text, ok=False)
                edit.setFocus()
                return
        assert self.packet and self.giver and self.receiver
        uow, batch_id = self.app.uow(), self.batch_id
        code, step = self.packet.code, self.step_combo.currentData()
        giver, receiver = self.giver.badge_no, self.receiver.badge_no
        intact, note = bool(self.seal_combo.currentData()), self.note_edit.text()
        self.busy = True
        self.runner.task(lambda _p: record_handover(
            uow, batch_id, code, giver, receiver, step=step, seal_intact=intact,
            note=note)).on_success(self._on_saved).on_failure(self._fail(None)).run()

    def _on_saved(self, result: HandoverResult) -> None:
        self.busy = False
        self.last_result = result
        text = self.tr("Saved: %1, %2, %3 → %4.").replace("%1", result.code).replace(
            "%2", step_label(result.step)).replace("%3", result.giver).replace(
            "%4", result.receiver)
        if result.flags:
            text += "\n" + self.tr("Flagged: %1").replace("%1", flags_text(result.flags))
        self._say(text, ok=not result.flags)
        self.reset()
        self.saved.emit(result)
