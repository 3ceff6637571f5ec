"""The conditions tab: the condition set the batch applies, and the conditions of each
occupation and level in a set, edited in place, imported from a workbook or saved as one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.messages import render_problem
from app.rules.eligibility import ENTERPRISE_PREFIX, KINDS, NATIONAL
from app.services.eligibility import choose_condition_set, replace_conditions
from app.services.eligibility_import import ConditionImportReport, import_conditions, write_template
from app.services.eligibility_queries import (
    ConditionGroup,
    batch_condition_set,
    batch_conditions,
    condition_sets,
)
from ui.dialogs import error_text, qt_translate
from ui.labels import LEVELS, label
from ui.screens.eligibility.models import CondColumns, ConditionsModel, kind_label
from ui.tasks import TaskRunner

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class KindDelegate(QStyledItemDelegate):
    """A combo box of the condition kinds for the kind column."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for kind in KINDS:
            combo.addItem(kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConditionsPanel(QWidget):
    """Sets, groups and the editable conditions of the selected group."""

    changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.groups: list[ConditionGroup] = []
        self.batch_set = NATIONAL
        self.set_combo = QComboBox(self)
        self.set_combo.activated.connect(self._on_set_combo_activated)
        self.new_set_edit = QLineEdit(self)
        self.new_set_edit.setMinimumWidth(220)
        self.new_set_button = QPushButton(self)
        self.new_set_button.clicked.connect(self._on_new_set_button_clicked)
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.batch_set_label = QLabel(self)
        self.group_list = QListWidget(self)
        self.group_list.currentItemChanged.connect(self._on_group_list_current_changed)
        self.group_title = QLabel(self)
        self.group_title.setWordWrap(True)
        self.model = ConditionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CondColumns.KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for w in (self.set_combo, self.use_button, self.new_set_edit, self.new_set_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.group_title)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for w in (self.add_button, self.remove_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        rl.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.group_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.batch_set_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.new_set_edit.setPlaceholderText(self.tr("Enterprise evaluation standard name"))
        self.new_set_button.setText(self.tr("New enterprise set"))
        self.use_button.setText(self.tr("Apply this set to the batch"))
        self.add_button.setText(self.tr("Add condition"))
        self.remove_button.setText(self.tr("Remove condition"))
        self.save_button.setText(self.tr("Save conditions"))
        self.import_button.setText(self.tr("Import conditions..."))
        self.template_button.setText(self.tr("Save template..."))
        self.table.setToolTip(self.tr(
            "An applicant qualifies by any one route all of whose conditions hold."))
        self._fill_sets(self.current_set())
        self._fill_groups()
        self._show_batch_set()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_set(self) -> str:
        return str(self.set_combo.currentData() or self.batch_set)

    def refresh(self) -> None:
        uow, bid, chosen = self.app.uow(), self.batch_id, self.set_combo.currentData()

        def load(_p: Any) -> tuple[list[str], str, list[ConditionGroup]]:
            batch_set = batch_condition_set(uow, bid)
            return condition_sets(uow), batch_set, batch_conditions(uow, bid, chosen or batch_set)

        self.runner.task(load).on_success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[list[str], str, list[ConditionGroup]]) -> None:
        sets, self.batch_set, self.groups = result
        current = self.groups[0].condition_set if self.groups else self.batch_set
        self._fill_sets(current, sets)
        self._fill_groups()
        self._show_batch_set()

    def _fill_sets(self, current: str, sets: list[str] | None = None) -> None:
        names = sets if sets is not None else [str(self.set_combo.itemData(i))
                                               for i in range(self.set_combo.count())]
        if current not in names:
            names.append(current)
        self.set_combo.clear()
        for name in names:
            self.set_combo.addItem(self._set_text(name), name)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(current)))

    def _set_text(self, name: str) -> str:
        if name == NATIONAL:
            return self.tr("National occupational skill standard")
        return self.tr("Enterprise standard: %1").replace("%1",
                                                          name.removeprefix(ENTERPRISE_PREFIX))

    def _show_batch_set(self) -> None:
        self.batch_set_label.setText(self.tr("This batch applies: %1").replace(
            "%1", self._set_text(self.batch_set)))

    def _fill_groups(self) -> None:
        row = max(0, self.group_list.currentRow())
        self.group_list.blockSignals(True)
        self.group_list.clear()
        sources = {"edited": self.tr("edited"), "built_in": self.tr("built-in national"),
                   "none": self.tr("no conditions")}
        for g in self.groups:
            item = QListWidgetItem(f"{g.occupation_name} · {label(LEVELS, g.level)}\n"
                                   f"    {sources[g.source]}")
            item.setData(GROUP_ROLE, g)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        if self.groups:
            self.group_list.setCurrentRow(min(row, len(self.groups) - 1))
        else:
            self._show_group(None)

    def _on_group_list_current_changed(self, item: QListWidgetItem | None, _old: Any) -> None:
        self._show_group(item.data(GROUP_ROLE) if item is not None else None)

    def selected_group(self) -> ConditionGroup | None:
        item = self.group_list.currentItem()
        return item.data(GROUP_ROLE) if item is not None else None

    def _show_group(self, g: ConditionGroup | None) -> None:
        self.model.set_conditions(g.conditions if g else ())
        self.group_title.setText(
            f"{g.occupation_name}（{g.occupation_code}）{label(LEVELS, g.level)}" if g else "")
        self.table.resizeColumnsToContents()
        for w in (self.add_button, self.remove_button, self.save_button):
            w.setEnabled(g is not None)

    def _on_set_combo_activated(self, _index: int) -> None:
        self.refresh()

    def _on_new_set_button_clicked(self) -> None:
        name = self.new_set_edit.text().strip()
        if not name:
            return
        self._fill_sets(ENTERPRISE_PREFIX + name)
        self.new_set_edit.clear()
        self.refresh()

    def _on_use_button_clicked(self) -> None:
        uow, bid, name = self.app.uow(), self.batch_id, self.current_set()
        self.runner.task(lambda _p: choose_condition_set(uow, bid, name)).on_success(
            self._on_saved).on_failure(self._on_failed).run()

    def _on_add_button_clicked(self) -> None:
        routes = [c.route for c in self.model.conditions()]
        self.model.add(max(routes, default=1))
        self.table.selectRow(self.model.rowCount() - 1)

    def _on_remove_button_clicked(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def save(self) -> None:
        g = self.selected_group()
        if g is None:
            return
        uow, conditions = self.app.uow(), self.model.conditions()
        self.runner.task(lambda _p: replace_conditions(
            uow, g.condition_set, g.occupation_id, g.level, conditions)).on_success(
            self._on_saved).on_failure(self._on_failed).run()

    def _on_saved(self, _result: Any) -> None:
        self.status.setText(self.tr("Saved. Apply the conditions again to re-check the "
                                    "applications."))
        self.refresh()
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)
        self.status.setText(error_text(exc))

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import conditions"), "",
                                              self.tr("Excel (*.xlsx)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: import_conditions(uow, path)).on_success(
            self._on_imported).on_failure(self._on_failed).run()

    def _on_imported(self, report: ConditionImportReport) -> None:
        if not report.applied:
            lines = [render_problem(p.row, p.column, p.code, p.params, qt_translate)
                     for p in report.problems]
            self.status.setText(self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
            return
        self.status.setText(self.tr("Imported the conditions of %1 occupations and levels.")
                            .replace("%1", str(report.groups)))
        self.refresh()
        self.changed.emit()

    def _on_template_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save template"),
                                              "申报条件模板.xlsx", self.tr("Excel (*.xlsx)"))
        if path:
            self.runner.task(lambda _p: write_template(Path(path))).run()
