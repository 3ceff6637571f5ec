"""导出数据包: package type, recipients (trusted peers, checkable), output file; written off
the GUI thread with a progress bar and cancel; "saved" only after the file was read back and
verified (``export_package`` does that before it returns)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import today
from app.errors import DomainError
from app.progress import Progress
from app.services.keys import KeyView
from app.services.transfer import ExportResult, export_package
from ui.dialogs import error_text
from ui.gate_override import ask_override_reason, is_overridable
from ui.pdf_output import documents_folder
from ui.screens.transfer.common import (
    INSTALLATION_KINDS,
    PACKAGE_KINDS,
    RECEIVERS,
    ProgressPanel,
    error_label_style,
    human_size,
    ok_label_style,
    tr_label,
)
from ui.tasks import TaskRunner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SUFFIX = ".espkg"


def package_path(text: str) -> Path | None:
    """The typed path with the package suffix, or None when no file name was given."""
    out = Path(text.strip())
    if not text.strip() or not out.name:
        return None
    return out if out.suffix.lower() == SUFFIX else out.with_name(out.name + SUFFIX)


def safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")


class PackageExportDialog(QDialog):
    """Write one package of the batch for the checked recipients; ``exported`` after."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None, *, plan_name: str, kinds: list[str],
                 peers: list[KeyView]) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id, self.plan_name = app, runner, batch_id, plan_name
        self.kinds, self.peers = kinds, [p for p in peers if p.trusted and not p.own]
        self.exported: ExportResult | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.recipients = QStandardItemModel(self)
        self.recipient_view = QListView(self)
        self.recipient_view.setModel(self.recipients)
        self.recipient_view.setMinimumHeight(110)
        self.recipients.itemChanged.connect(self._update_buttons)
        self.out_edit = QLineEdit(self)
        self.out_edit.textChanged.connect(self._update_buttons)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_file)
        self.progress = ProgressPanel(self)
        self.progress.stopped.connect(self._on_progress_stopped)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.captions = [QLabel(self) for _ in range(4)]
        self.batch_label = QLabel(plan_name, self)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.captions[0], self.batch_label)
        form.addRow(self.captions[1], self.kind_combo)
        form.addRow(self.captions[2], self.recipient_view)
        form.addRow(self.captions[3], out_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a package"))
        for caption, text in zip(self.captions, (
                self.tr("Batch:"), self.tr("Package type:"), self.tr("Recipients:"),
                self.tr("Save as:")), strict=True):
            caption.setText(text)
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in self.kinds:
            self.kind_combo.addItem(tr_label(PACKAGE_KINDS, kind), kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current), 0))
        self.kind_combo.blockSignals(False)
        self.browse.setText(self.tr("Browse..."))
        self.export_button.setText(self.tr("Export"))
        self.close_button.setText(self.tr("Close"))
        self.progress.retranslate()
        self._fill_recipients()
        if not self.out_edit.text():
            self.out_edit.setText(str(self.default_path()))
        if not self.peers:
            self._say(self.tr("No trusted computer to send to: trust the recipient's key "
                              "first."), error=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind(self) -> str:
        return str(self.kind_combo.currentData() or "")

    def default_path(self) -> Path:
        name = "_".join((safe_name(tr_label(PACKAGE_KINDS, self.kind())),
                         safe_name(self.plan_name), today(self.app.clock).isoformat()))
        return documents_folder() / (name + SUFFIX)

    def _on_kind_combo_changed(self, _index: int) -> None:
        old = package_path(self.out_edit.text())
        self._fill_recipients()
        if old is None or old.parent == self.default_path().parent:
            self.out_edit.setText(str(self.default_path()))

    def _fill_recipients(self) -> None:
        checked = self.checked_key_ids()
        usual = RECEIVERS.get(self.kind(), ())
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for peer in self.peers:
            item = QStandardItem(f"{peer.name} — {tr_label(INSTALLATION_KINDS, peer.kind)} — "
                                 f"{peer.fingerprint}")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(peer.key_id, KEY_ROLE)
            on = peer.key_id in checked if checked else peer.kind in usual
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.recipients.appendRow(item)
        self.recipients.blockSignals(False)
        self._update_buttons()

    def checked_key_ids(self) -> list[str]:
        found = []
        for row in range(self.recipients.rowCount()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(KEY_ROLE)))
        return found

    def set_checked(self, key_ids: list[str]) -> None:
        for row in range(self.recipients.rowCount()):
            item = self.recipients.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in key_ids
                               else Qt.CheckState.Unchecked)

    def _update_buttons(self, *_args: object) -> None:
        self.export_button.setEnabled(
            not self.progress.running and bool(self.kind()) and bool(self.checked_key_ids())
            and package_path(self.out_edit.text()) is not None)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package as"),
                                              self.out_edit.text(),
                                              self.tr("ExamSite packages (*.espkg)"))
        if path:
            self.out_edit.setText(path)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setStyleSheet(error_label_style() if error else
                                  ok_label_style() if ok else "")
        self.status.setText(text)

    def _on_export_clicked(self) -> None:
        self.start()

    def start(self, reason: str = "") -> None:
        out = package_path(self.out_edit.text())
        recipients, kind = self.checked_key_ids(), self.kind()
        if out is None or not recipients or not kind:
            return
        self.out_edit.setText(str(out))
        uow, batch_id = self.app.uow(), self.batch_id
        self.exported = None
        self._say(self.tr("Writing the package, then reading it back to verify it..."))

        def work(p: Progress) -> ExportResult:
            return export_package(uow, kind, batch_id, recipients, out, progress=p,
                                  override_reason=reason)

        self.progress.start(self.runner, work, self._on_done, self._on_failed,
                            self._on_cancelled)
        self._update_buttons()
        self.close_button.setEnabled(False)

    def _on_progress_stopped(self) -> None:
        self.close_button.setEnabled(True)
        self._update_buttons()

    def _on_done(self, result: ExportResult) -> None:
        self.exported = result
        self.close_button.setEnabled(True)
        self._update_buttons()
        self._say(self.tr("Saved and verified: %1 (%2 records, %3)")
                  .replace("%1", str(result.path)).replace("%2", str(result.records))
                  .replace("%3", human_size(result.size)), ok=True)

    def _on_failed(self, exc: DomainError) -> None:
        self.close_button.setEnabled(True)
        self._update_buttons()
        if is_overridable(exc):
            reason = ask_override_reason(self, exc)
            if reason:
                self.start(reason)
                return
        self._say(error_text(exc), error=True)

    def _on_cancelled(self) -> None:
        self.close_button.setEnabled(True)
        self._update_buttons()
        self._say(self.tr("Cancelled: no package was saved."))
