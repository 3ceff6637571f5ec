"""导入数据包: choose a file → checked and previewed in the background (nothing written) →
sender, fingerprint, type, batch, number, what each table gains, the audit-trail check →
"Import" applies it in one transaction → summary, with double admissions after a merge.
Every refusal is shown in plain words; an unknown sender can be compared and trusted here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import DomainError
from app.progress import Progress
from app.services import keys
from app.services.transfer import ImportPreview, import_package, preview_import
from app.services.transfer_conflicts import AdmissionConflict
from ui.dialogs import error_text
from ui.screens.transfer.common import (
    PACKAGE_KINDS,
    ProgressPanel,
    error_label_style,
    monospace,
    ok_label_style,
    tr_label,
)
from ui.screens.transfer.models import ChangesModel
from ui.screens.transfer.trust_dialog import TrustDialog
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class Checked:
    """A preview or an import's result, with whether its sender is trusted here."""

    preview: ImportPreview
    sender_trusted: bool


def _checked(app: App, preview: ImportPreview) -> Checked:
    views = keys.list_keys(app.uow())
    trusted = any(v.key_id == preview.sender_key_id and v.trusted for v in views)
    return Checked(preview, trusted)


class PackageImportDialog(QDialog):
    """Preview, then import one package; ``previewed``/``imported`` hold the results."""

    imported_package = Signal(object)  # the ImportPreview of what was applied

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.path: Path | None = None
        self.previewed: ImportPreview | None = None
        self.imported: ImportPreview | None = None
        self.refusal: DomainError | None = None
        self.trust_dialog: TrustDialog | None = None
        self._build()
        self._show(None)
        self.retranslate()

    def _build(self) -> None:
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_file)
        self.progress = ProgressPanel(self)
        self.progress.stopped.connect(self._update_buttons)
        self.sender_box = QGroupBox(self)
        self.values: dict[str, QLabel] = {k: QLabel(self.sender_box) for k in (
            "sender", "fingerprint", "trusted", "kind", "batch", "sequence", "trail")}
        self.values["fingerprint"].setFont(monospace(13, bold=True))
        for value in self.values.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.captions = {k: QLabel(self.sender_box) for k in self.values}
        form = QFormLayout(self.sender_box)
        for key, value in self.values.items():
            form.addRow(self.captions[key], value)
        self.changes = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.changes)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts_title = QLabel(self)
        self.conflicts = QStringListModel(self)
        self.conflicts_view = QListView(self)
        self.conflicts_view.setModel(self.conflicts)
        self.conflicts_view.setMaximumHeight(90)
        self.conflicts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self)
        self.trust_button.clicked.connect(self.open_trust)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)

        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.sender_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts_view)
        layout.addLayout(buttons)
        self.resize(760, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a package"))
        self.browse.setText(self.tr("Choose package..."))
        self.sender_box.setTitle(self.tr("Package"))
        captions = {"sender": self.tr("Sender:"), "fingerprint": self.tr("Fingerprint:"),
                    "trusted": self.tr("Trust:"), "kind": self.tr("Type:"),
                    "batch": self.tr("Batch:"), "sequence": self.tr("Number:"),
                    "trail": self.tr("Audit trail:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.conflicts_title.setText(self.tr("Candidates admitted at two desks (the earliest "
                                             "admission counts; both scans are kept):"))
        self.trust_button.setText(self.tr("Compare fingerprint and trust..."))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        self.progress.retranslate()
        if self.path is None:  # nothing chosen yet: say what to do
            self.status.setText(self.tr("Choose the package file (.espkg) from the USB "
                                        "stick. It is checked completely before anything "
                                        "is changed."))
        shown = self.imported or self.previewed
        if shown is not None:
            self._show_values(shown, self.values["trusted"].property("trusted_flag") is True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a package"),
                                              self.file_edit.text(),
                                              self.tr("ExamSite packages (*.espkg);;"
                                                      "All files (*)"))
        if path:
            self.load(Path(path))

    # -- preview ------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Check and preview ``path`` in the background (nothing is written)."""
        self.path = path
        self.file_edit.setText(str(path))
        self.previewed = self.imported = self.refusal = None
        self._show(None)
        self._say(self.tr("Checking the package (decryption, signature, sender, every "
                          "hash)..."))
        app = self.app

        def work(p: Progress) -> Checked:
            return _checked(app, preview_import(app.uow(), path, progress=p))

        self._start(work, self._on_previewed)

    def _on_previewed(self, checked: Checked) -> None:
        self.previewed = checked.preview
        self._show(checked)
        preview = checked.preview
        self._say(self.tr("Checked: nothing has been changed yet. Importing adds %1 and "
                          "changes %2 records. Compare the sender's fingerprint, then "
                          "click Import.").replace("%1", str(preview.added))
                  .replace("%2", str(preview.changed)), ok=True)
        self._update_buttons()

    # -- import -------------------------------------------------------------------------
    def start_import(self) -> None:
        path = self.path
        if path is None or self.previewed is None or self.imported is not None:
            return
        app = self.app
        self._say(self.tr("Importing..."))

        def work(p: Progress) -> Checked:
            return _checked(app, import_package(app.uow(), path, progress=p))

        self._start(work, self._on_imported)

    def _on_imported(self, checked: Checked) -> None:
        self.imported = checked.preview
        self._show(checked)
        done = checked.preview
        text = self.tr("Imported: %1 records added, %2 changed.").replace(
            "%1", str(done.added)).replace("%2", str(done.changed))
        if done.conflicts:
            text += " " + self.tr("%1 candidates were admitted at two desks: see the list "
                                  "below.").replace("%1", str(len(done.conflicts)))
        self._say(text, ok=True)
        self._update_buttons()
        self.imported_package.emit(done)

    # -- shared -------------------------------------------------------------------------
    def _start(self, work, on_success) -> None:  # type: ignore[no-untyped-def]
        self.progress.start(self.runner, work, on_success, self._on_failed,
                            self._on_cancelled)
        self._update_buttons()

    def _on_failed(self, exc: DomainError) -> None:
        self.refusal = exc
        self._say(error_text(exc), error=True)
        self._update_buttons()

    def _on_cancelled(self) -> None:
        self._say(self.tr("Cancelled: nothing was changed."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.progress.running
        self.browse.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.previewed is not None
                                      and self.imported is None)
        unknown = self.refusal is not None and self.refusal.code == "package.unknown_sender"
        self.trust_button.setVisible(unknown)
        self.trust_button.setEnabled(not busy and unknown)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setStyleSheet(error_label_style() if error else
                                  ok_label_style() if ok else "")
        self.status.setText(text)

    def _show(self, checked: Checked | None) -> None:
        if checked is None:
            for value in self.values.values():
                value.clear()
            self.changes.set_rows([])
            self.conflicts.setStringList([])
            self.sender_box.setEnabled(False)
            self.conflicts_title.setVisible(False)
            self.conflicts_view.setVisible(False)
            return
        self.sender_box.setEnabled(True)
        self._show_values(checked.preview, checked.sender_trusted)
        self.changes.set_rows(list(checked.preview.changes))
        lines = [self.conflict_text(c) for c in checked.preview.conflicts]
        self.conflicts.setStringList(lines)
        self.conflicts_title.setVisible(bool(lines))
        self.conflicts_view.setVisible(bool(lines))

    def conflict_text(self, c: AdmissionConflict) -> str:
        """One double admission, in China Standard Time (the exam's time)."""
        def at(moment: datetime) -> str:
            aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            return aware.astimezone(CHINA_TZ).strftime("%H:%M:%S")

        others = ", ".join(f"{desk} {at(moment)}" for desk, moment in c.later)
        return (self.tr("Ticket %1: admitted at %2 %3 (this counts); also admitted at %4")
                .replace("%1", c.ticket_no).replace("%2", c.first_desk)
                .replace("%3", at(c.first_at)).replace("%4", others))

    def _show_values(self, p: ImportPreview, trusted: bool) -> None:
        self.values["sender"].setText(p.sender_name)
        self.values["fingerprint"].setText(p.sender_fingerprint)
        self.values["trusted"].setProperty("trusted_flag", trusted)
        self.values["trusted"].setText(
            self.tr("Trusted sender (key %1)").replace("%1", p.sender_key_id) if trusted
            else self.tr("Not trusted"))
        self.values["kind"].setText(tr_label(PACKAGE_KINDS, p.kind))
        self.values["batch"].setText(p.plan_name)
        self.values["sequence"].setText(str(p.sequence))
        self.values["trail"].setText(
            self.tr("No audit trail in this package") if p.trail_ok is None
            else self.tr("Complete: matches the sender's signed head") if p.trail_ok
            else self.tr("Does NOT match the sender's signed head: ask the sender"))
        self.values["trail"].setStyleSheet(error_label_style() if p.trail_ok is False else "")

    # -- unknown sender -----------------------------------------------------------------
    def open_trust(self) -> TrustDialog | None:
        """Compare the unknown sender's fingerprint and trust it; then check again."""
        if self.path is None:
            return None
        dialog = TrustDialog(self.app, self.runner, self, self.path)
        dialog.accepted.connect(self._on_trust_dialog_accepted)
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    def _on_trust_dialog_accepted(self) -> None:
        if self.path is not None:
            self.load(self.path)
