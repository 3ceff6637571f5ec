"""新建认定计划: the plan wizard. Four pages collect the plan (``ui.screens.plan.pages``); the
last one shows the plan's name, what it holds and where it breaks the profile's timeline, asks
for the reason of such an override, and makes the batch (``app.services.plan.create_plan``)
off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.bootstrap import App
from app.clock import today
from app.errors import DomainError
from app.rules.batch_plan import PlanDraft, Problem, TimingFlag, fee_text, problems, timing_flags
from app.rules.plan_name import plan_name
from app.services.eligibility_queries import condition_sets
from app.services.plan import KnownBody, PlanCreated, create_plan, known_bodies
from ui.dialogs import error_text
from ui.formats import date_text
from ui.labels import LEVELS, STEPS, label
from ui.screens.plan.pages import (
    ERROR_STYLE,
    BasicsPage,
    ContactsPage,
    OfferingsPage,
    RegistrationPage,
    error_text_of,
    from_qdate,
)
from ui.tasks import TaskRunner


class ReviewPage(QWizardPage):
    """The plan as it will be made, its timeline breaches and the override's reason."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__(wizard)
        self.plan_wizard = wizard
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        self.flags_label.setStyleSheet(ERROR_STYLE)
        self.reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.reason_label.setBuddy(self.reason)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.flags: list[TimingFlag] = []

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and make the plan"))
        self.setSubTitle(self.tr("Making the plan creates the batch; its announcement is printed "
                            "from the plan screen."))
        self.reason_label.setText(self.tr("&Reason for going ahead anyway (kept in the audit "
                                     "trail):"))
        if self.plan_wizard.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:
        draft = self.plan_wizard.draft()
        rows = "".join(
            f"<li>{o.occupation_code} {o.occupation_name} · {label(LEVELS, o.level)} · "
            f"{fee_text(o.fee_yuan)} {self.tr('yuan')}</li>" for o in draft.offerings)
        sites = "、".join(s.name for s in draft.sites)
        self.summary.setText(
            f"<b>{plan_name(draft.eval_date, draft.body_name, draft.batch_no)}</b>"
            f"<ul>{rows}</ul>"
            + self.tr("Registration %1 – %2; exam %3 – %4; sites: %5.")
            .replace("%1", date_text(draft.registration_opens))
            .replace("%2", date_text(draft.registration_closes))
            .replace("%3", date_text(draft.eval_date)).replace("%4", date_text(draft.end_date))
            .replace("%5", sites))
        try:
            self.flags = timing_flags(draft, today(self.plan_wizard.app.clock),
                                      self.plan_wizard.app.calendar)
        except DomainError as exc:
            self.flags = []
            self.status.setText(error_text(exc))
        lines = [self.tr("%1: due %2, here %3").replace("%1", label(STEPS, f.step))
                 .replace("%2", date_text(f.due)).replace("%3", date_text(f.actual))
                 for f in self.flags]
        self.flags_label.setText(
            self.tr("This plan breaks the timeline of its rule profile:") + "\n" + "\n".join(lines)
            if lines else "")
        self.flags_label.setVisible(bool(lines))
        self.reason_label.setVisible(bool(lines))
        self.reason.setVisible(bool(lines))


class PlanWizard(QWizard):
    """Collect a plan and make its batch; ``created`` carries the new batch's id."""

    created = Signal(int)

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.result_plan: PlanCreated | None = None
        self._busy = False
        on = today(app.clock)
        self.basics = BasicsPage(self.problems, on, ["national"], self)
        self.offerings = OfferingsPage(self.problems, self)
        self.registration = RegistrationPage(self.problems, on, self)
        self.contacts = ContactsPage(self.problems, self)
        self.review = ReviewPage(self)
        for page in (self.basics, self.offerings, self.registration, self.contacts,
                     self.review):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.offerings.add_row()
        self.registration.add_site_row()
        self.resize(900, 620)
        self.retranslate()
        uow = app.uow()
        self.runner.task(lambda _p: (condition_sets(uow), known_bodies(uow))).on_success(
            self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[str], list[KnownBody]]) -> None:
        sets, bodies = loaded
        combo = self.basics.condition_set
        combo.clear()
        for name in sets:
            combo.addItem(name, name)
        b, c = self.basics, self.contacts
        if bodies and not b.body_code.text():  # the body this database already knows
            body = bodies[0]
            b.body_code.setText(body.code)
            b.body_name.setText(body.name)
            b.batch_no.setValue(min(body.next_batch_no, 99))
            c.phone.setText(body.contact)
        b.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New certification plan"))
        for page in (self.basics, self.offerings, self.registration, self.contacts,
                     self.review):
            page.retranslate()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Make the plan"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def draft(self) -> PlanDraft:
        b, r, c = self.basics, self.registration, self.contacts
        return PlanDraft(
            body_code=b.body_code.text().strip(), body_name=b.body_name.text().strip(),
            batch_no=b.batch_no.value(), eval_date=from_qdate(b.eval_date.date()),
            end_date=from_qdate(b.end_date.date()),
            rule_profile=str(b.profile.currentData()),
            condition_set=str(b.condition_set.currentData() or "national"),
            offerings=self.offerings.offerings(),
            registration_opens=from_qdate(r.opens.date()),
            registration_closes=from_qdate(r.closes.date()),
            announce_on=from_qdate(r.announce_on.date()), sites=r.site_list(),
            registration_way=r.way.toPlainText().strip(),
            contact_person=c.person.text().strip(), contact_phone=c.phone.text().strip(),
            complaints=c.complaints.toPlainText().strip(),
            fee_basis=c.fee_basis.toPlainText().strip())

    def problems(self) -> list[Problem]:
        return problems(self.draft())

    def accept(self) -> None:
        """Make the plan (off the GUI thread); the wizard closes when it is made."""
        if self._busy:
            return
        left = self.problems()
        if left:
            self.review.status.setText("\n".join(error_text_of(p) for p in left))
            return
        draft, reason = self.draft(), self.review.reason.toPlainText().strip()
        uow, calendar = self.app.uow(), self.app.calendar
        self._busy = True
        self.review.status.setText(self.tr("Making the plan..."))
        self.runner.task(lambda _p: create_plan(uow, draft, calendar, override_reason=reason)
                         ).on_success(self._on_created).on_failure(self._on_failed).run()

    def _on_created(self, created: PlanCreated) -> None:
        self._busy = False
        self.result_plan = created
        self.created.emit(created.batch_id)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.review.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
        if isinstance(exc, DomainError) and exc.code in ("plan.needs_reason",
                                                         "gate.reason_too_short"):
            self.review.reason.setFocus()

