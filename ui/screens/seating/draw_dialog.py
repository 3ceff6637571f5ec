"""编排座位: draw the seats of one sitting (ordinary or shuffled, with a recorded seed),
off the GUI thread, then list the pairs that could not be separated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.services.seating import DrawResult, DrawTarget, allocate_seats, draw_targets
from ui.dialogs import ask_confirm, error_text
from ui.formats import day_time_text
from ui.gate_override import ask_override_reason, is_overridable
from ui.labels import SUBJECTS, label
from ui.tasks import TaskRunner

SHARED = {
    "work_unit": QT_TRANSLATE_NOOP("DrawSeatsDialog", "same work unit"),
    "training_class": QT_TRANSLATE_NOOP("DrawSeatsDialog", "same training class"),
}


class DrawSeatsDialog(QDialog):
    """Choose the sitting and the mode; an empty seed draws a new one (it is recorded)."""

    drawn = Signal(object)  # DrawResult

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.targets: list[DrawTarget] = []
        self.result: DrawResult | None = None
        self.sitting_combo, self.mode_combo = QComboBox(self), QComboBox(self)
        self.seed_edit = QLineEdit(self)
        self.seed_edit.setMaxLength(10)
        self.captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.captions[0], self.sitting_combo)
        form.addRow(self.captions[1], self.mode_combo)
        form.addRow(self.captions[2], self.seed_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pairs = QListWidget(self)
        self.pairs.hide()
        self.draw_button, self.close_button = QPushButton(self), QPushButton(self)
        self.draw_button.setDefault(True)
        self.draw_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.pairs, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(640, 300)
        uow = app.uow()
        runner.task(lambda _p: draw_targets(uow, batch_id)).on_success(self._on_targets).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draw the seats"))
        for caption, text in zip(self.captions, (self.tr("Sitting:"), self.tr("Mode:"),
                                                 self.tr("Seed:")), strict=True):
            caption.setText(text)
        self.mode_combo.clear()
        self.mode_combo.addItem(self.tr("Ordinary: by paper, in ticket-number order"),
                                "ordinary")
        self.mode_combo.addItem(self.tr("Shuffled: random order within each paper"),
                                "shuffled")
        self.seed_edit.setPlaceholderText(self.tr("Empty: a new random seed (recorded)"))
        self.note.setText(self.tr(
            "Candidates of the same paper sit together; neighbours (diagonals included) never "
            "share a work unit or training class where the room allows it. Tickets already "
            "signed are signed again with their new seats and must be printed again."))
        self.draw_button.setText(self.tr("Draw"))
        self.close_button.setText(self.tr("Close"))

    def _on_targets(self, targets: list[DrawTarget]) -> None:
        self.targets = targets
        self.sitting_combo.clear()
        for t in targets:
            start = day_time_text(t.starts_at)
            text = self.tr("%1 %2 · %3 rooms · %4 seated").replace("%1", start).replace(
                "%2", label(SUBJECTS, t.kind)).replace("%3", str(t.rooms)).replace(
                "%4", str(t.seated))
            if t.last_seed is not None:
                text += self.tr(" · last draw: seed %1").replace("%1", str(t.last_seed))
            self.sitting_combo.addItem(text, t.session_code)
        self.draw_button.setEnabled(bool(targets))

    def start(self) -> None:
        code = self.sitting_combo.currentData()
        seed_text = self.seed_edit.text().strip()
        if code is None:
            return
        if seed_text and not seed_text.isdigit():
            self.status.setText(self.tr("The seed is a whole number, or empty."))
            return
        target = self.targets[self.sitting_combo.currentIndex()]
        if target.seated and not ask_confirm(self, self.tr(
                "The %1 seats of this sitting are drawn again; seat changes cannot be undone "
                "(the draw is recorded). Continue?").replace("%1", str(target.seated))):
            return
        self._draw(code, self.mode_combo.currentData(), int(seed_text) if seed_text else None)

    def _draw(self, code: str, mode: str, seed: int | None, reason: str = "") -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.draw_button.setEnabled(False)
        self.status.setText("")
        self._last_draw = (code, mode, seed)

        def work(progress: Progress) -> DrawResult:
            return allocate_seats(uow, batch_id, code, mode=mode, seed=seed, progress=progress,
                                  override_reason=reason)

        self.runner.task(work).on_success(self._on_drawn).on_failure(
            self._on_failed).with_progress(self.tr("Drawing the seats..."), self).run()

    def _on_drawn(self, result: DrawResult) -> None:
        self.result = result
        self.draw_button.setEnabled(True)
        text = self.tr("%1 candidates seated in %2 rooms (seed %3).").replace(
            "%1", str(result.seated)).replace("%2", str(len(result.rooms))).replace(
            "%3", str(result.seed))
        if result.overflow_rooms:
            text += " " + self.tr("Overflow rooms: %1.").replace(
                "%1", ", ".join(result.overflow_rooms))
        if result.tickets_resigned:
            text += " " + self.tr("%1 admission tickets must be printed again.").replace(
                "%1", str(result.tickets_resigned))
        if result.unseparated:
            text += " " + self.tr("%1 pairs of neighbours could not be separated:").replace(
                "%1", str(len(result.unseparated)))
        else:
            text += " " + self.tr("No neighbours share a work unit or training class.")
        self.status.setText(text)
        self.pairs.clear()
        for p in result.unseparated:
            why = QCoreApplication.translate("DrawSeatsDialog", SHARED[p.shared])
            self.pairs.addItem(f"{p.room_code}  {p.seats[0]} {p.names[0]} — {p.seats[1]} "
                               f"{p.names[1]}  ({why}: {p.value})")
        self.pairs.setVisible(bool(result.unseparated))
        self.drawn.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.draw_button.setEnabled(True)
        if isinstance(exc, DomainError) and is_overridable(exc):
            reason = ask_override_reason(self, exc)
            if reason:
                self._draw(*self._last_draw, reason=reason)
                return
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
