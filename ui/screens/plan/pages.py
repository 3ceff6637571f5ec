"""The pages of the plan wizard: basics, occupations and levels, registration and sites,
contacts. Each page fills its part of a ``PlanDraft`` and shows the draft's problems that
concern its own fields (``app.rules.batch_plan.problems``) before it lets the user go on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import DomainError, ValidationError
from app.rules.batch_plan import PlanOffering, PlanSite, Problem, fee_text
from app.rules.levels import Level, required_subjects
from ui.dialogs import error_text
from ui.labels import LEVELS, PROFILES, SUBJECTS, label

CTX = "PlanWizard"
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
OFFERING_HEADERS = (QT_TRANSLATE_NOOP("PlanWizard", "Occupation code"),
                    QT_TRANSLATE_NOOP("PlanWizard", "Occupation"),
                    QT_TRANSLATE_NOOP("PlanWizard", "Level"),
                    QT_TRANSLATE_NOOP("PlanWizard", "Fee (yuan)"),
                    QT_TRANSLATE_NOOP("PlanWizard", "Evaluation"))
SITE_HEADERS = (QT_TRANSLATE_NOOP("PlanWizard", "Exam site"),
                QT_TRANSLATE_NOOP("PlanWizard", "Address"))


def header(text: str) -> str:
    """A column title marked with QT_TRANSLATE_NOOP in the PlanWizard context."""
    return QCoreApplication.translate(CTX, text)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(parent: QWidget, d: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(d))
    return edit


class CheckedPage(QWizardPage):
    """A page that lists the problems of its own fields and stays until they are mended."""

    fields: tuple[str, ...] = ()

    def __init__(self, problems: Callable[[], list[Problem]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._problems = problems
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)

    def validatePage(self) -> bool:
        mine = [p for p in self._problems() if p.field in self.fields]
        self.errors.setText("\n".join(
            error_text_of(p) for p in mine))
        return not mine


def error_text_of(problem: Problem) -> str:
    return error_text(ValidationError(problem.code, **problem.params))


class BasicsPage(CheckedPage):
    fields = ("body_code", "body_name", "batch_no", "rule_profile", "end_date")

    def __init__(self, problems: Callable[[], list[Problem]], today: date,
                 condition_sets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(problems, parent)
        self.body_code = QLineEdit(self)
        self.body_name = QLineEdit(self)
        self.batch_no = QSpinBox(self)
        self.batch_no.setRange(1, 99)
        exam = today + timedelta(days=42)
        self.eval_date = date_edit(self, exam)
        self.end_date = date_edit(self, exam)
        self.eval_date.dateChanged.connect(self._on_eval_date_changed)
        self.profile = QComboBox(self)
        for code in PROFILES:
            self.profile.addItem("", code)
        self.condition_set = QComboBox(self)
        for name in condition_sets:
            self.condition_set.addItem(name, name)
        self.name_preview = QLabel(self)
        self.name_preview.setWordWrap(True)
        for edit in (self.body_name,):
            edit.textChanged.connect(self.update_preview)
        self.batch_no.valueChanged.connect(self.update_preview)
        self.eval_date.dateChanged.connect(self.update_preview)
        self.labels = [QLabel(self) for _ in range(8)]
        form = QFormLayout()
        for lab, widget in zip(self.labels, (self.body_code, self.body_name, self.batch_no,
                                             self.eval_date, self.end_date, self.profile,
                                             self.condition_set, self.name_preview),
                               strict=True):
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The batch"))
        self.setSubTitle(self.tr("Who runs it, when, and under which rules. The plan's name is "
                            "made of the exam date, the body's name and the batch number."))
        for lab, text in zip(self.labels, (
                self.tr("Body &code:"), self.tr("Body &name:"), self.tr("&Batch number:"),
                self.tr("&Exam (first day):"), self.tr("Exam (&last day):"),
                self.tr("&Rule profile:"),
                self.tr("&Conditions:"), self.tr("Plan name:")), strict=True):
            lab.setText(text)
        for i in range(self.profile.count()):
            self.profile.setItemText(i, label(PROFILES, self.profile.itemData(i)))
        for i in range(self.condition_set.count()):
            name = str(self.condition_set.itemData(i))
            self.condition_set.setItemText(i, self.tr("National occupational skill standards")
                                           if name == "national" else name)
        self.update_preview()

    def _on_eval_date_changed(self, day: QDate) -> None:
        if self.end_date.date() < day:
            self.end_date.setDate(day)

    def update_preview(self) -> None:
        from app.rules.plan_name import plan_name

        try:
            text = plan_name(from_qdate(self.eval_date.date()), self.body_name.text(),
                             self.batch_no.value())
        except DomainError:  # a blank name: nothing to show yet
            text = "—"
        self.name_preview.setText(text)


class OfferingsPage(CheckedPage):
    fields = ("offerings",)

    def __init__(self, problems: Callable[[], list[Problem]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(problems, parent)
        self.table = QTableWidget(0, len(OFFERING_HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Occupations and levels"))
        self.setSubTitle(self.tr(
            "One row per occupation and level. The evaluation follows from the level: theory "
            "and practical skills, and for levels 2 and 1 also a comprehensive review."))
        self.table.setHorizontalHeaderLabels([header(h) for h in OFFERING_HEADERS])
        self.add_button.setText(self.tr("&Add a row"))
        self.remove_button.setText(self.tr("&Remove the row"))
        for row in range(self.table.rowCount()):
            self._show_methods(row)

    def _on_add_clicked(self) -> None:
        self.add_row()
        self.table.setFocus()

    def add_row(self, offering: PlanOffering | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        o = offering or PlanOffering("", "", 4, Decimal("0"))
        self.table.setItem(row, 0, QTableWidgetItem(o.occupation_code))
        self.table.setItem(row, 1, QTableWidgetItem(o.occupation_name))
        level = QComboBox(self.table)
        for n in (5, 4, 3, 2, 1):
            level.addItem(label(LEVELS, n), n)
        level.setCurrentIndex(level.findData(o.level))
        level.currentIndexChanged.connect(lambda _i, r=row: self._show_methods(r))
        self.table.setCellWidget(row, 2, level)
        self.table.setItem(row, 3, QTableWidgetItem(fee_text(o.fee_yuan)))
        methods = QTableWidgetItem()
        methods.setFlags(methods.flags() & ~methods.flags().ItemIsEditable)
        self.table.setItem(row, 4, methods)
        self._show_methods(row)
        self.table.setCurrentCell(row, 0)

    def _level(self, row: int) -> int:
        widget = self.table.cellWidget(row, 2)
        return int(widget.currentData()) if isinstance(widget, QComboBox) else 4

    def _show_methods(self, row: int) -> None:
        item = self.table.item(row, 4)
        if item is not None:
            kinds = required_subjects(Level(self._level(row)))
            item.setText(" + ".join(label(SUBJECTS, k.value) for k in kinds))

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            for r in range(self.table.rowCount()):  # the level combos' rows moved up
                widget = self.table.cellWidget(r, 2)
                if isinstance(widget, QComboBox):
                    widget.currentIndexChanged.disconnect()
                    widget.currentIndexChanged.connect(lambda _i, rr=r: self._show_methods(rr))

    def offerings(self) -> tuple[PlanOffering, ...]:
        out = []
        for row in range(self.table.rowCount()):
            code, name, fee = (self._text(row, c) for c in (0, 1, 3))
            if not (code or name):
                continue
            try:
                fee_yuan = Decimal(fee or "0")
            except InvalidOperation:
                fee_yuan = Decimal("-1")  # shown as a bad fee
            out.append(PlanOffering(code, name, self._level(row), fee_yuan))
        return tuple(out)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""


class RegistrationPage(CheckedPage):
    fields = ("registration_closes", "announce_on", "sites")

    def __init__(self, problems: Callable[[], list[Problem]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(problems, parent)
        self.announce_on = date_edit(self, today)
        self.opens = date_edit(self, today + timedelta(days=1))
        self.closes = date_edit(self, today + timedelta(days=15))
        self.way = QPlainTextEdit(self)
        self.way.setFixedHeight(60)
        self.sites = QTableWidget(0, len(SITE_HEADERS), self)
        self.sites.verticalHeader().hide()
        self.sites.horizontalHeader().setStretchLastSection(True)
        self.sites.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.add_site = QPushButton(self)
        self.add_site.clicked.connect(self._on_add_site_clicked)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for lab, widget in zip(self.labels, (self.announce_on, self.opens, self.closes,
                                             self.way, self.sites), strict=True):
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_site)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.errors)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Registration and sites"))
        self.setSubTitle(self.tr("The announcement comes out first; registration closes before the "
                            "profile's deadline for it."))
        for lab, text in zip(self.labels, (
                self.tr("&Announcement date:"), self.tr("Registration &opens:"),
                self.tr("Registration &closes:"), self.tr("How to &apply:"),
                self.tr("Exam &sites:")),
                strict=True):
            lab.setText(text)
        self.sites.setHorizontalHeaderLabels([header(h) for h in SITE_HEADERS])
        self.add_site.setText(self.tr("Add a &site"))

    def _on_add_site_clicked(self) -> None:
        self.add_site_row()
        self.sites.setFocus()

    def add_site_row(self, site: PlanSite | None = None) -> None:
        row = self.sites.rowCount()
        self.sites.insertRow(row)
        self.sites.setItem(row, 0, QTableWidgetItem(site.name if site else ""))
        self.sites.setItem(row, 1, QTableWidgetItem(site.address if site else ""))
        self.sites.setCurrentCell(row, 0)

    def site_list(self) -> tuple[PlanSite, ...]:
        out = []
        for row in range(self.sites.rowCount()):
            name, address = (self.sites.item(row, c) for c in (0, 1))
            text = name.text().strip() if name else ""
            if text:
                out.append(PlanSite(text, address.text().strip() if address else ""))
        return tuple(out)


class ContactsPage(CheckedPage):
    fields = ("contact_phone", "complaints")

    def __init__(self, problems: Callable[[], list[Problem]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(problems, parent)
        self.person = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.complaints = QPlainTextEdit(self)
        self.complaints.setFixedHeight(70)
        self.fee_basis = QPlainTextEdit(self)
        self.fee_basis.setFixedHeight(60)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for lab, widget in zip(self.labels, (self.person, self.phone, self.complaints,
                                             self.fee_basis), strict=True):
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Contacts, complaints and fees"))
        self.setSubTitle(self.tr("The announcement prints them for the applicants."))
        for lab, text in zip(self.labels, (
                self.tr("Contact &person:"), self.tr("Contact &telephone:"),
                self.tr("Co&mplaints channel:"), self.tr("&Fee basis:")), strict=True):
            lab.setText(text)
        self.complaints.setPlaceholderText(self.tr("e.g. supervision telephone 0771-1234567, "
                                              "mailbox ..."))
        self.fee_basis.setPlaceholderText(self.tr("e.g. the price authority's document"))
