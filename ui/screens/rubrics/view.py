"""The rubrics screen (评分表): every subject of the batch with its rubric, an item editor
checked as you type (maxima sum to 100, steps divide the maxima), and the workbook import,
export and template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.io.rubric_sheet import centi_text
from app.messages import render, render_problem
from app.services.rubrics import (
    RubricImportReport,
    RubricView,
    SubjectRubric,
    current_rubric,
    export_rubrics,
    import_rubrics,
    rubric_subjects,
    save_rubric,
    write_rubric_template,
)
from ui.dialogs import error_text, qt_translate
from ui.screens.rubrics.models import ItemColumns, RubricItemsModel, RubricSubjectsModel
from ui.tasks import TaskRunner

OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b71c1c"


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class RubricsScreen(QWidget):
    """Rubric list per subject on the left, the selected subject's item editor on the right."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loads = 0  # finished loads of the subject list (tests wait on it)
        self.editing: SubjectRubric | None = None
        self.last_import: RubricImportReport | None = None
        self.subjects = RubricSubjectsModel(self)
        self.subject_view = _table(self)
        self.subject_view.setModel(self.subjects)
        self.subject_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subject_view.verticalHeader().hide()
        self.subject_view.selectionModel().selectionChanged.connect(self._on_subject_selected)
        self.items = RubricItemsModel(self)
        self.items.dataChanged.connect(self._show_check)
        self.items.rowsInserted.connect(self._show_check)
        self.items.rowsRemoved.connect(self._show_check)
        self.items.modelReset.connect(self._show_check)
        self.item_view = _table(self)
        self.item_view.setModel(self.items)
        triggers = QAbstractItemView.EditTrigger
        self.item_view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                       | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.item_view.horizontalHeader().setSectionResizeMode(
            ItemColumns.NAME, QHeaderView.ResizeMode.Stretch)
        self.item_view.horizontalHeader().setStretchLastSection(False)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.buttons = {k: QPushButton(self) for k in (
            "import", "export", "template", "add", "remove", "up", "down", "save")}
        for key, slot in (("import", self.choose_import), ("export", self.choose_export),
                          ("template", self.choose_template), ("add", self.add_item),
                          ("remove", self.remove_item), ("up", lambda: self.move_item(-1)),
                          ("down", lambda: self.move_item(1)), ("save", self.save)):
            self.buttons[key].clicked.connect(slot)
        self.total = QLabel(self)
        self.check_text = QLabel(self)
        self.check_text.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_item)
        self._set_editable(False)
        self.retranslate()

    def _build_layout(self) -> None:
        self.boxes = {k: QGroupBox(self) for k in ("subjects", "editor")}
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        top = QHBoxLayout()
        top.addWidget(self.feedback, 1)
        for key in ("import", "export", "template"):
            top.addWidget(self.buttons[key])
        QVBoxLayout(self.boxes["subjects"]).addWidget(self.subject_view)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        row_buttons = QHBoxLayout()
        for key in ("add", "remove", "up", "down"):
            row_buttons.addWidget(self.buttons[key])
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.total)
        editor = QVBoxLayout(self.boxes["editor"])
        editor.addLayout(form)
        editor.addWidget(self.item_view, 1)
        editor.addLayout(row_buttons)
        editor.addWidget(self.check_text)
        editor.addWidget(self.buttons["save"])
        splitter = QSplitter(self)
        splitter.addWidget(self.boxes["subjects"])
        splitter.addWidget(self.boxes["editor"])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "import": self.tr("&Import workbook..."), "export": self.tr("E&xport..."),
            "template": self.tr("Empty &template..."), "add": self.tr("&Add item (Ctrl+N)"),
            "remove": self.tr("&Remove item"), "up": self.tr("Move &up"),
            "down": self.tr("Move &down"), "save": self.tr("&Save rubric (Ctrl+S)"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.boxes["subjects"].setTitle(self.tr("Subjects and their rubrics"))
        self.boxes["editor"].setTitle(self.tr("Rubric items"))
        self.name_label.setText(self.tr("Rubric &name:"))
        for model in (self.subjects, self.items):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show_check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: rubric_subjects(app.uow(), batch_id)) \
            .on_success(self._on_loaded).run()

    def _on_loaded(self, rows: list[SubjectRubric]) -> None:
        keep = self.editing.subject_id if self.editing else None
        self.subjects.set_rows(rows)
        self.subject_view.resizeColumnsToContents()
        row = self.subjects.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.subject_view.selectRow(row)
        self.loads += 1

    def select_subject(self, subject_id: int) -> None:
        self.subject_view.selectRow(self.subjects.row_of(subject_id))

    def _on_subject_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        subject = self.subjects.row_at(rows[0].row())
        self.editing = subject
        app = self.app
        self.runner.task(lambda _p: current_rubric(app.uow(), subject.subject_id)) \
            .on_success(lambda rubric: self._show_rubric(subject, rubric)).run()

    def _show_rubric(self, subject: SubjectRubric, rubric: RubricView | None) -> None:
        if self.editing is None or self.editing.subject_id != subject.subject_id:
            return  # another subject was selected meanwhile
        self.items.set_rubric(rubric, read_only=subject.frozen)
        self.name_edit.setText(rubric.name if rubric else "")
        self._set_editable(not subject.frozen)
        if subject.frozen:
            self._say(render("rubrics.marks_exist", {"subject": subject.rubric_name},
                             qt_translate), False)

    def _set_editable(self, editable: bool) -> None:
        self.name_edit.setEnabled(editable)
        for key in ("add", "remove", "up", "down", "save"):
            self.buttons[key].setEnabled(editable)

    def _show_check(self, *_args: object) -> None:
        total = self.items.total_centi()
        self.total.setText(self.tr("Total: %1 of 100 points").replace("%1", centi_text(total)))
        self.total.setStyleSheet(f"color: {OK_COLOUR if total == 10_000 else BAD_COLOUR};"
                                 " font-weight: bold;")
        lines = [render(p.code, p.params, qt_translate) for p in self.items.problems]
        self.check_text.setText("\n".join(lines))
        self.check_text.setStyleSheet(f"color: {BAD_COLOUR};")

    def _say(self, text: str, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {OK_COLOUR if ok else BAD_COLOUR};")

    # --- editing -----------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.editing is None or self.items.read_only:
            return
        row = self.items.add_item()
        index = self.items.index(row, ItemColumns.NAME)
        self.item_view.setCurrentIndex(index)
        self.item_view.edit(index)

    def remove_item(self) -> None:
        self.items.remove_item(self.item_view.currentIndex().row())

    def move_item(self, delta: int) -> None:
        current = self.item_view.currentIndex()
        if current.isValid():
            row = self.items.move_item(current.row(), delta)
            self.item_view.setCurrentIndex(self.items.index(row, current.column()))

    def save(self) -> None:
        subject = self.editing
        if subject is None or self.items.read_only:
            return
        self.item_view.setCurrentIndex(QModelIndex())  # commit the cell being edited
        if self.items.problems:
            self._say(self.tr("The rubric has problems; see the list under the items."), False)
            return
        app, name, specs = self.app, self.name_edit.text(), self.items.specs()
        self.runner.task(lambda _p: save_rubric(app.uow(), subject.subject_id, name, specs)) \
            .on_success(self._on_saved).on_failure(self._on_failed).run()

    def _on_saved(self, rubric: RubricView) -> None:
        self._say(self.tr("Saved the rubric \"%1\".").replace("%1", rubric.name), True)
        self.refresh()
        self.data_changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)  # the runner hands only domain errors here
        self._say(error_text(exc), False)

    # --- the workbook ------------------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("Excel workbook (*.xlsx)")

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import rubrics"), "",
                                              self._file_filter())
        if path:
            self.import_file(Path(path))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rubrics"), "评分表.xlsx",
                                              self._file_filter())
        if path:
            self.export_file(Path(path))

    def choose_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the empty template"),
                                              "评分表模板.xlsx", self._file_filter())
        if path:
            self.runner.task(lambda _p: write_rubric_template(Path(path))).on_success(
                lambda _r: self._say(self.tr("Wrote %1.").replace("%1", path), True)).run()

    def import_file(self, path: Path) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: import_rubrics(app.uow(), batch_id, path)) \
            .on_success(self._on_imported).on_failure(self._on_failed) \
            .with_progress(self.tr("Importing rubrics..."), self).run()

    def _on_imported(self, report: RubricImportReport) -> None:
        self.last_import = report
        if report.applied:
            self._say(self.tr("Imported %1 rubrics with %2 items from %3.")
                      .replace("%1", str(report.rubrics)).replace("%2", str(report.items))
                      .replace("%3", report.file_name), True)
            self.editing = None
            self.items.set_rubric(None)
            self.name_edit.clear()
            self._set_editable(False)
            self.refresh()
            self.data_changed.emit()
            return
        lines = [render_problem(p.row, p.column, p.code, p.params, qt_translate)
                 for p in report.problems]
        self._say(self.tr("Nothing was imported; correct these rows and import again:")
                  + "\n" + "\n".join(lines), False)

    def export_file(self, path: Path) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: export_rubrics(app.uow(), batch_id, path)) \
            .on_success(lambda n: self._say(self.tr("Exported %1 items to %2.")
                                            .replace("%1", str(n)).replace("%2", str(path)),
                                            True)).run()
