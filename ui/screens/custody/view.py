"""The paper custody screen (试卷保密流转): the batch's sealed packets with their state and
flags, the chain of the packet chosen, registering packets, printing labels and the report,
and the keyboard-first handover scan form.

Keys: F2 scan a packet · F5 refresh · Ctrl+P print · Esc start the scan over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.custody import MAX_SPARE, HandoverResult, RegisterResult, register_packets
from app.services.custody_queries import PacketRow, packet_rows
from ui.screens.custody.models import (
    FLAG_COLOURS,
    ROW_ROLE,
    SORT_ROLE,
    ChainModel,
    PacketColumns,
    PacketsModel,
)
from ui.screens.custody.print_dialog import PrintCustodyDialog
from ui.screens.custody.scan import ScanForm, custody_error_text
from ui.tasks import TaskRunner

MAX_TEXT_PX = 300


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


class CustodyScreen(QWidget):
    """Packets on the left with the chosen packet's chain below, the scan form on the right."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loaded = False
        self.print_dialog: PrintCustodyDialog | None = None
        self.last_register: RegisterResult | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.spare_caption, self.spare_spin = QLabel(self), QSpinBox(self)
        self.spare_spin.setRange(0, MAX_SPARE)
        self.spare_caption.setBuddy(self.spare_spin)
        self.register_button, self.print_button = QPushButton(self), QPushButton(self)
        self.register_button.clicked.connect(self.register)
        self.print_button.clicked.connect(self.open_print)
        self.packets = PacketsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.packets)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PacketColumns.TIME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.chain = ChainModel(self)
        self.chain_view = _table(self)
        self.chain_view.setModel(self.chain)
        self.chain_title = QLabel(self)
        self.scan = ScanForm(app, runner, batch_id, self)
        self.scan.saved.connect(self._on_scan_saved)
        self._build_layout()
        for keys, slot in (("F2", self.focus_scan), ("F5", self.refresh),
                           ("Ctrl+P", self.open_print)):
            QShortcut(QKeySequence(keys), self, slot)
        self.retranslate()

    def _build_layout(self) -> None:
        self.packets_box = QGroupBox(self)
        packets_layout = QVBoxLayout(self.packets_box)
        packets_layout.addWidget(self.table, 3)
        packets_layout.addWidget(self.chain_title)
        packets_layout.addWidget(self.chain_view, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for widget in (self.spare_caption, self.spare_spin, self.register_button,
                       self.print_button):
            top.addWidget(widget)
        splitter = QSplitter(self)
        splitter.addWidget(self.packets_box)
        splitter.addWidget(self.scan)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.spare_caption.setText(self.tr("Spare &copies per packet:"))
        self.register_button.setText(self.tr("&Register packets"))
        self.register_button.setToolTip(self.tr(
            "One sealed packet per paper-based theory session not registered yet; copies = "
            "candidates seated + spare"))
        self.print_button.setText(self.tr("&Print labels / report... (Ctrl+P)"))
        self.packets_box.setTitle(self.tr("Paper packets"))
        self.packets.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                            len(PacketColumns) - 1)
        self.chain.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.chain.columnCount() - 1)
        self.scan.retranslate()
        self._show_summary()
        self._show_chain(self.current_packet())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: packet_rows(app.uow(), batch_id)).on_success(
            self._on_loaded).run()

    def _on_loaded(self, rows: list[PacketRow]) -> None:
        chosen = self.current_packet()
        self.packets.set_rows(rows)
        self.loaded = True
        self.table.resizeColumnsToContents()
        for column in (PacketColumns.FLAGS, PacketColumns.HOLDER):  # the full text: tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_TEXT_PX))
        if chosen is not None:
            self.select_packet(chosen.code)
        else:
            self._show_chain(None)
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.loaded:
            self.summary.setText("")
            return
        rows = self.packets.rows()
        flagged = sum(1 for r in rows if r.flags)
        done = sum(1 for r in rows if r.next_step is None)
        if not rows:
            text = self.tr("No packet registered yet: register the packets of the paper "
                           "exams, then print their QR labels.")
        else:
            text = self.tr("%1 packets: %2 back with the body, %3 flagged.").replace(
                "%1", str(len(rows))).replace("%2", str(done)).replace("%3", str(flagged))
        if self.last_register is not None:
            text += " " + self.tr("Last registration: %1 new, %2 already registered.").replace(
                "%1", str(self.last_register.created)).replace(
                "%2", str(self.last_register.existing))
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {FLAG_COLOURS[1]}; font-weight: bold;"
                                   if flagged else "font-weight: bold;")

    def current_packet(self) -> PacketRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row: PacketRow = rows[0].data(ROW_ROLE)
        return row

    def select_packet(self, code: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ROW_ROLE).code == code:
                self.table.selectRow(r)
                return

    def _on_table_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._show_chain(self.current_packet())

    def _show_chain(self, packet: PacketRow | None) -> None:
        self.chain.set_packet(packet)
        if packet is None:
            self.chain_title.setText(self.tr("Choose a packet to see its chain of handovers."))
        else:
            self.chain_title.setText(self.tr("Handovers of packet %1").replace("%1", packet.code))
        self.chain_view.resizeColumnsToContents()

    # --- actions -----------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan.packet_edit.setFocus()
        self.scan.packet_edit.selectAll()

    def register(self) -> None:
        app, batch_id, spare = self.app, self.batch_id, self.spare_spin.value()
        self.register_button.setEnabled(False)
        self.runner.task(lambda _p: register_packets(app.uow(), batch_id, spare=spare)) \
            .on_success(self._on_registered).on_failure(self._on_register_failed) \
            .with_progress(self.tr("Registering packets..."), self).run()

    def _on_registered(self, result: RegisterResult) -> None:
        self.register_button.setEnabled(True)
        self.last_register = result
        self.refresh()
        if result.created:
            self.data_changed.emit()

    def _on_register_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)  # the runner hands only domain errors here
        self.register_button.setEnabled(True)
        self.summary.setText(custody_error_text(exc))
        self.summary.setStyleSheet(f"color: {FLAG_COLOURS[1]}; font-weight: bold;")

    def _on_scan_saved(self, result: HandoverResult) -> None:
        self.refresh()
        self.select_packet(result.code)
        self.data_changed.emit()

    def open_print(self) -> None:
        packet = self.current_packet()
        dialog = PrintCustodyDialog(self.app, self.runner, self.batch_id, self,
                                    packet_code=packet.code if packet else None)
        dialog.open()
        self.print_dialog = dialog
