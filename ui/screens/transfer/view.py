"""The packages screen (数据包与密钥): this computer's key with its fingerprint and QR code,
the trusted computers, and the export and import wizards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.crypto.identity import PublicIdentity
from app.rules.permissions import allowed
from app.services import keys
from app.services.keys import KeyView
from app.services.queries import list_batches
from ui.dialogs import ask_confirm, show_error
from ui.pdf_output import choose_pdf, documents_folder, open_file, pdf_path
from ui.screens.transfer.common import (
    INSTALLATION_KINDS,
    SENDS,
    monospace,
    qr_pixmap,
    tr_label,
)
from ui.screens.transfer.export_dialog import PackageExportDialog
from ui.screens.transfer.fingerprint_sheet import write_fingerprint_sheet
from ui.screens.transfer.import_dialog import PackageImportDialog
from ui.screens.transfer.models import ROW_ROLE, KeyColumns, KeysModel
from ui.screens.transfer.trust_dialog import TrustDialog
from ui.tasks import TaskRunner
from ui.widgets.reason_dialog import ReasonDialog


@dataclass(frozen=True)
class KeysState:
    own: PublicIdentity | None
    keys: list[KeyView]
    plan_name: str


def load_state(app: App, batch_id: int) -> KeysState:
    with app.uow().read() as s:
        identity = keys.stored_identity(s)
    plans = [b.plan_name for b in list_batches(app.uow()) if b.id == batch_id]
    return KeysState(identity.public() if identity else None, keys.list_keys(app.uow()),
                     plans[0] if plans else "")


class TransferScreen(QWidget):
    """Keys, trust and packages; every change goes through ``app.services.keys`` and
    ``app.services.transfer`` on the task runner."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.state: KeysState | None = None
        self.dialog: (PackageExportDialog | PackageImportDialog | TrustDialog | ReasonDialog
                      | None) = None
        self.written: Path | None = None  # the last request or rotation statement saved
        self._build_own_box()
        self._build_packages_box()
        self._build_keys_box()
        top = QHBoxLayout()
        top.addWidget(self.own_box, 3)
        top.addWidget(self.packages_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keys_box, 1)
        self.retranslate()

    def _build_own_box(self) -> None:
        self.own_box = QGroupBox(self)
        self.values = {k: QLabel(self.own_box) for k in ("name", "kind", "key_id")}
        self.captions = {k: QLabel(self.own_box) for k in (*self.values, "fingerprint")}
        self.fingerprint = QLabel(self.own_box)
        self.fingerprint.setFont(monospace(18, bold=True))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel(self.own_box)
        self.qr.setFixedSize(190, 190)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.own_box)
        self.hint.setWordWrap(True)
        self.request_button = QPushButton(self.own_box)
        self.request_button.clicked.connect(self._on_request_button_clicked)
        self.trust_button = QPushButton(self.own_box)
        self.trust_button.clicked.connect(self._on_trust_button_clicked)
        self.revoke_button = QPushButton(self.own_box)
        self.revoke_button.clicked.connect(self.open_revoke)
        self.rotate_button = QPushButton(self.own_box)
        self.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        self.print_button = QPushButton(self.own_box)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        # when there is no key yet
        self.create_kind = QComboBox(self.own_box)
        self.create_name = QLineEdit(self.own_box)
        self.create_button = QPushButton(self.own_box)
        self.create_button.clicked.connect(self.create_key)
        self.create_row = QWidget(self.own_box)
        create_layout = QHBoxLayout(self.create_row)
        create_layout.setContentsMargins(0, 0, 0, 0)
        create_layout.addWidget(self.create_kind)
        create_layout.addWidget(self.create_name, 1)
        create_layout.addWidget(self.create_button)

        form = QFormLayout()
        for key in ("name", "kind", "key_id"):
            self.values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.captions[key], self.values[key])
        form.addRow(self.captions["fingerprint"], self.fingerprint)
        key_buttons = QHBoxLayout()
        for b in (self.request_button, self.print_button, self.trust_button,
                  self.revoke_button, self.rotate_button):
            key_buttons.addWidget(b)
        key_buttons.addStretch(1)
        own_left = QVBoxLayout()
        own_left.addLayout(form)
        own_left.addWidget(self.create_row)
        own_left.addWidget(self.hint)
        own_left.addStretch(1)
        own_left.addLayout(key_buttons)
        own_layout = QHBoxLayout(self.own_box)
        own_layout.addLayout(own_left, 1)
        own_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

    def _build_packages_box(self) -> None:
        self.packages_box = QGroupBox(self)
        self.packages_hint = QLabel(self.packages_box)
        self.packages_hint.setWordWrap(True)
        self.export_button = QPushButton(self.packages_box)
        self.export_button.setMinimumHeight(40)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button = QPushButton(self.packages_box)
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        packages_layout = QVBoxLayout(self.packages_box)
        packages_layout.addWidget(self.packages_hint)
        packages_layout.addStretch(1)
        packages_layout.addWidget(self.export_button)
        packages_layout.addWidget(self.import_button)

    def _build_keys_box(self) -> None:
        self.keys_box = QGroupBox(self)
        self.model = KeysModel(self)
        self.table = QTableView(self.keys_box)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.apply_button = QPushButton(self.keys_box)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        keys_buttons = QHBoxLayout()
        keys_buttons.addWidget(self.apply_button)
        keys_buttons.addStretch(1)
        keys_layout = QVBoxLayout(self.keys_box)
        keys_layout.addWidget(self.table)
        keys_layout.addLayout(keys_buttons)

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.own_box.setTitle(self.tr("This computer's key"))
        captions = {"name": self.tr("Name:"), "kind": self.tr("Kind:"),
                    "key_id": self.tr("Key id:"), "fingerprint": self.tr("Fingerprint:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.request_button.setText(self.tr("Export enrolment file..."))
        self.trust_button.setText(self.tr("Trust another key..."))
        self.revoke_button.setText(self.tr("Revoke..."))
        self.rotate_button.setText(self.tr("Replace key..."))
        self.print_button.setText(self.tr("Print fingerprint..."))
        self.create_button.setText(self.tr("Create this computer's key"))
        self.create_name.setPlaceholderText(self.tr("Name, e.g. the site or desk"))
        current = self.create_kind.currentData()
        self.create_kind.clear()
        for kind in ("site", "station", "body"):
            self.create_kind.addItem(tr_label(INSTALLATION_KINDS, kind), kind)
        self.create_kind.setCurrentIndex(max(self.create_kind.findData(current), 0))
        self.packages_box.setTitle(self.tr("Packages"))
        self.packages_hint.setText(self.tr(
            "Data travels between the certification body, the site and its laptops only as "
            "encrypted, signed package files on a USB stick. A package opens only on the "
            "computers it was made for, and only from a sender whose fingerprint was "
            "compared."))
        self.export_button.setText(self.tr("Export package..."))
        self.import_button.setText(self.tr("Import package..."))
        self.keys_box.setTitle(self.tr("Keys of this computer and of trusted computers"))
        self.apply_button.setText(self.tr("Apply its key replacement statement..."))
        self.apply_button.setToolTip(self.tr(
            "The selected computer replaced its key: choose the statement it gave you to "
            "trust its new key."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(KeyColumns) - 1)
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: load_state(app, batch_id)).on_success(
            self._on_state_loaded).run()

    def _on_state_loaded(self, state: KeysState) -> None:
        self.state = state
        self.model.set_rows(state.keys)
        self.table.resizeColumnsToContents()
        self._show_state()

    def _show_state(self) -> None:
        own = self.state.own if self.state else None
        self.values["name"].setText(own.name if own else "")
        self.values["kind"].setText(tr_label(INSTALLATION_KINDS, own.kind) if own else "")
        self.values["key_id"].setText(own.key_id if own else "")
        self.fingerprint.setText(own.fingerprint if own else "—")
        if own is not None:
            self.qr.setPixmap(qr_pixmap(own.fingerprint_qr, 180))
            self.hint.setText(self.tr(
                "Read this fingerprint out to the other computer's operator (or let them scan "
                "the QR code); they type it when they trust this computer."))
        else:
            self.qr.clear()
            self.hint.setText(self.tr("This computer has no key yet. Choose what it is and "
                                      "create its key."))
        self.create_row.setVisible(self.state is not None and own is None)
        self._update_buttons()

    def can(self, action: str) -> bool:
        return allowed(self.app.actor.roles, action)

    def sendable_kinds(self) -> list[str]:
        """Package types this installation sends and the user may export."""
        own = self.state.own.kind if self.state and self.state.own else ""
        kinds = SENDS.get(own, ("site", "results", "station"))
        return [k for k in kinds if self.can(f"transfer.export_{k}")]

    def selected_key(self) -> KeyView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        view = self.model.data(rows[0], ROW_ROLE)
        return view if isinstance(view, KeyView) else None

    def _update_buttons(self, *_args: object) -> None:
        manage = self.can("keys.manage")
        has_own = bool(self.state and self.state.own)
        selected = self.selected_key()
        self.request_button.setEnabled(has_own)
        self.print_button.setEnabled(has_own)
        self.trust_button.setEnabled(manage and has_own)
        self.revoke_button.setEnabled(manage and selected is not None and not selected.own
                                      and not selected.revoked)
        self.rotate_button.setEnabled(manage and has_own)
        self.apply_button.setEnabled(manage and selected is not None and selected.trusted
                                     and not selected.own)
        self.create_button.setEnabled(manage)
        has_batch = bool(self.state and self.state.plan_name)
        self.export_button.setEnabled(has_own and has_batch and bool(self.sendable_kinds()))
        self.import_button.setEnabled(has_own and self.can("transfer.import"))
        denied = self.tr("Your account may not do this.")
        for button, action in ((self.trust_button, "keys.manage"),
                               (self.rotate_button, "keys.manage"),
                               (self.import_button, "transfer.import")):
            button.setToolTip("" if self.can(action) else denied)

    def _changed(self, *_args: object) -> None:
        self.refresh()
        self.data_changed.emit()

    # -- own key ------------------------------------------------------------------------
    def create_key(self) -> None:
        kind, name = str(self.create_kind.currentData()), self.create_name.text().strip()
        uow = self.app.uow()
        self.runner.task(lambda _p: keys.own_identity(uow, kind=kind, name=name)).on_success(
            self._changed).run()

    def _documents(self) -> Path:
        return documents_folder()

    def _on_request_button_clicked(self) -> None:
        own = self.state.own if self.state else None
        if own is None:
            return
        default = self._documents() / "_".join((self.tr("Enrolment request"), own.name,
                                               own.key_id + ".json"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the enrolment file as"),
                                              str(default),
                                              self.tr("Enrolment requests (*.json)"))
        if path:
            self.export_request_to(Path(path))

    def export_request_to(self, path: Path) -> None:
        """Write this computer's enrolment request (public keys only) to ``path``."""
        uow = self.app.uow()

        def work(_p: object) -> Path:
            data = keys.export_request(uow)
            path.write_bytes(data)
            if keys.read_public(path.read_bytes()).key_id != keys.read_public(data).key_id:
                raise OSError(f"{path} reads back differently")
            return path

        self.runner.task(work).on_success(self._on_request_written).with_progress(
            self.tr("Saving the enrolment file..."), self).run()

    def _on_request_written(self, path: Path) -> None:
        self.written = path
        self.hint.setText(self.tr("Enrolment file saved and verified: %1. Give it to the "
                                  "other computer and read them this fingerprint.")
                          .replace("%1", str(path)))

    def _on_print_button_clicked(self) -> None:
        own = self.state.own if self.state else None
        if own is None:
            return
        default = self._documents() / (self.tr("Key fingerprint") + f"_{own.key_id}.pdf")
        path = choose_pdf(self, self.tr("Save the fingerprint sheet as"), str(default),
                          self.tr("PDF (*.pdf)"))
        out = pdf_path(path) if path else None
        if out is not None:
            self.print_fingerprint(out)
            open_file(out)

    def print_fingerprint(self, path: Path) -> Path | None:
        """Write this computer's fingerprint sheet (PDF) to ``path``."""
        own = self.state.own if self.state else None
        if own is None:
            return None
        self.written = write_fingerprint_sheet(path, own, self.app.clock.now())
        return self.written

    def _on_rotate_button_clicked(self) -> None:
        if not ask_confirm(self, self.tr(
                "Replace this computer's key? Every computer that trusts this one must then "
                "be given the rotation statement (or enrol the new key); packages made for the "
                "old key can no longer be opened here.")):
            return
        default = self._documents() / (self.tr("Key rotation statement") + ".json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rotation statement as"),
                                              str(default), self.tr("Statements (*.json)"))
        if path:
            self.rotate_to(Path(path))

    def rotate_to(self, path: Path) -> None:
        """Replace this computer's key and save the signed rotation statement to ``path``."""
        uow = self.app.uow()

        def work(_p: object) -> Path:
            _new, statement = keys.rotate(uow)
            path.write_bytes(statement)
            return path

        self.runner.task(work).on_success(self._on_rotated).with_progress(
            self.tr("Replacing the key..."), self).run()

    def _on_rotated(self, path: Path) -> None:
        self.written = path
        self._changed()
        self.hint.setText(self.tr("New key created. Give the statement %1 to every computer "
                                  "that trusted the old key.").replace("%1", str(path)))

    # -- peers --------------------------------------------------------------------------
    def _on_trust_button_clicked(self) -> None:
        self.open_trust()

    def open_trust(self, path: Path | None = None) -> TrustDialog:
        dialog = TrustDialog(self.app, self.runner, self, path)
        dialog.accepted.connect(self._changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_revoke(self) -> ReasonDialog | None:
        view = self.selected_key()
        if view is None or view.own:
            return None
        dialog = ReasonDialog(self, self.tr("Revoke key"), self.tr(
            "Stop trusting %1 (fingerprint %2)? Its packages will be refused from now on. "
            "Give a reason:").replace("%1", view.name).replace("%2", view.fingerprint),
            [self.tr("Laptop lost or stolen"), self.tr("Key replaced"),
             self.tr("Computer no longer used")])
        dialog.accepted.connect(lambda: self.revoke(view.key_id, dialog.text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def revoke(self, key_id: str, reason: str) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: keys.revoke(uow, key_id, reason)).on_success(
            self._changed).run()

    def _on_apply_button_clicked(self) -> None:
        view = self.selected_key()
        if view is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the key replacement statement"), str(self._documents()),
            self.tr("Statements (*.json)"))
        if path:
            self.apply_rotation(view.key_id, Path(path))

    def apply_rotation(self, old_key_id: str, path: Path) -> None:
        """Trust a peer's new key from the rotation statement signed by its old key."""
        uow = self.app.uow()
        self.runner.task(lambda _p: keys.apply_rotation(uow, path.read_bytes(), old_key_id)
                         ).on_success(self._changed).run()

    # -- packages -----------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        self.open_export()

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def open_export(self) -> PackageExportDialog | None:
        state, kinds = self.state, self.sendable_kinds()
        if state is None or not state.plan_name:
            return None
        if not kinds:
            show_error(self, self.tr("Your account may not export packages here."))
            return None
        dialog = PackageExportDialog(self.app, self.runner, self.batch_id, self,
                                     plan_name=state.plan_name, kinds=kinds, peers=state.keys)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_import(self) -> PackageImportDialog:
        dialog = PackageImportDialog(self.app, self.runner, self)
        dialog.imported_package.connect(self._changed)
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog
