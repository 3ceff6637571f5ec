"""证书核发: issuing and revoking certificates, and the certificate number rule.

Certificates are issued, after review, for every candidate of a batch who passed, once the
batch's results are locked; numbers follow the rule stored in the ``certificate_number_rule``
setting and are unique forever (``app.rules.certificate_numbers``). See docs/certificates.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Candidate,
    Certificate,
    CertificateCounter,
    Occupation,
    Registration,
    ScoreReview,
    Setting,
)
from app.rules.certificate_numbers import (
    MAX_NUMBER_LENGTH,
    NumberRule,
    RuleError,
    allocate,
    parse_rule,
    prefix,
)
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.services.certificate_queries import RULE_KEY, load_rule, site_code, stored_template
from app.services.scoring import results, subject_results
from app.services.staffing_queries import get_batch
from app.uow import UnitOfWork

MAX_REASON = 500


@dataclass(frozen=True)
class IssueOutcome:
    """``issued`` new certificates; ``already`` passing candidates who had one (not reissued);
    ``numbers`` the new numbers in issue order."""

    issued: int
    already: int
    numbers: tuple[str, ...]


def set_rule(uow: UnitOfWork, template: str) -> str:
    """Store a new number rule; numbers issued before keep theirs.

    Returns:
        The normalised template.

    Raises:
        PermissionDenied: ``auth.denied``.
        ValidationError: the ``certificate.rule.*`` code of what is wrong with the template.
    """
    require(uow, "certificates.issue")
    try:
        rule = parse_rule(template)
    except RuleError as exc:
        raise ValidationError(exc.code, **exc.params) from exc
    now = uow.clock.now()
    with uow.write() as s:
        old = stored_template(s)
        setting = s.get(Setting, RULE_KEY)
        if setting is None:
            s.add(Setting(key=RULE_KEY, value={"template": rule.template}))
        else:
            setting.value = {"template": rule.template}
        record(s, uow.actor, now, AuditEntry("certificate.rule_changed", "setting", RULE_KEY,
                                             {"from": old, "to": rule.template}))
    return rule.template


def _passing(uow: UnitOfWork, batch_id: int) -> tuple[list[int], int]:
    """Registration ids that passed, and how many subject results are locked; refuses a batch
    whose results are not all locked."""
    subjects = subject_results(uow, batch_id)
    if not subjects:
        raise ConflictError("certificate.no_results", batch_id=batch_id)
    not_locked = sum(1 for r in subjects if r.state != "locked")
    if not_locked:
        raise ConflictError("certificate.results_not_locked", count=not_locked,
                            total=len(subjects))
    outcome = results(uow, batch_id)
    return [c.registration_id for c in outcome.candidates if c.passed is True], len(subjects)


def issue_certificates(uow: UnitOfWork, batch_id: int,
                       issued_on: date | None = None) -> IssueOutcome:
    """Issue a certificate to every passing candidate of the batch who has none, in one
    transaction, numbered in registration order.

    Args:
        uow: The unit of work.
        batch_id: The batch, whose results must all be locked.
        issued_on: The date of issue (发证日期); today by default.

    Raises:
        PermissionDenied: ``auth.denied``.
        NotFoundError: ``batch.not_found``.
        ConflictError: ``certificate.no_results``; ``certificate.results_not_locked``
            (count, total); ``certificate.results_changed`` when results were unlocked
            meanwhile; ``certificate.sequence_exhausted`` (prefix).
    """
    require(uow, "certificates.issue")
    with uow.read() as s:
        get_batch(s, batch_id)
    passing, locked = _passing(uow, batch_id)
    now = uow.clock.now()
    issued_on = issued_on or today(uow.clock)
    with uow.write() as s:
        batch = get_batch(s, batch_id)
        still = len(s.scalars(select(ScoreReview.id).join(
            Registration, Registration.id == ScoreReview.registration_id).where(
            Registration.batch_id == batch_id, ScoreReview.state == "locked")).all())
        if still != locked:  # an unlock slipped in between reading and writing
            raise ConflictError("certificate.results_changed")
        have = set(s.scalars(select(Certificate.registration_id).where(
            Certificate.registration_id.in_(passing))))
        rule, site = load_rule(s), site_code(s, batch)
        rows = s.execute(
            select(Registration.id, Registration.level, Candidate.id, Candidate.name,
                   Candidate.id_type, Candidate.id_number, Occupation.code, Occupation.name)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(Occupation, Occupation.id == Registration.occupation_id)
            .where(Registration.id.in_(passing)).order_by(Registration.id)).all()
        counters: dict[str, CertificateCounter] = {}  # prefix -> its row, loaded once
        numbers: list[str] = []
        entries: list[AuditEntry] = []
        for reg_id, level, cand_id, name, id_type, id_number, occ_code, occ_name in rows:
            if reg_id in have:
                continue
            number = next_number(s, rule, site, issued_on.year, level, counters=counters)
            cert = Certificate(
                uid=str(uuid.uuid4()), number=number, registration_id=reg_id,
                batch_id=batch_id, name=name, id_type=id_type, id_number=id_number,
                occupation_code=occ_code, occupation_name=occ_name, level=level,
                issued_on=issued_on, created_at=now, revoke_reason="")
            s.add(cert)
            s.flush()
            numbers.append(number)
            entries.append(AuditEntry("certificate.issued", "certificate", str(cert.id), {
                "number": number, "registration_id": reg_id, "issued_on": issued_on},
                candidate_id=cand_id))
        entries.append(AuditEntry("certificate.batch_issued", "batch", str(batch_id), {
            "issued": len(numbers), "already": len(have), "issued_on": issued_on,
            "rule": rule.template}))
        record_many(s, uow.actor, now, entries)
    return IssueOutcome(len(numbers), len(have), tuple(numbers))


def _used(s: Session) -> Callable[[str], bool]:
    def is_used(number: str) -> bool:
        return s.scalar(select(Certificate.id).where(Certificate.number == number)) is not None
    return is_used


def next_number(s: Session, rule: NumberRule, site: str, year: int, level: int, *,
                counters: dict[str, CertificateCounter] | None = None) -> str:
    """Take the next certificate number under the rule in the caller's transaction: the
    prefix's counter moves on past any number already held by a certificate.

    Raises:
        ConflictError: ``certificate.rule.too_long`` (limit) when the site code makes the
            number too long; ``certificate.sequence_exhausted`` (prefix).
    """
    counters = {} if counters is None else counters
    try:
        key = prefix(rule, site, year, level)
    except ValueError as exc:  # a site code too long for the rule
        raise ConflictError("certificate.rule.too_long", limit=MAX_NUMBER_LENGTH) from exc
    counter = counters.get(key) or s.get(CertificateCounter, key)
    if counter is None:
        counter = CertificateCounter(prefix=key, last=0)
        s.add(counter)
    counters[key] = counter
    try:
        number, counter.last = allocate(rule, key, counter.last, _used(s))
    except OverflowError as exc:
        raise ConflictError("certificate.sequence_exhausted", prefix=key) from exc
    return number


def revoke_certificate(uow: UnitOfWork, certificate_id: int, reason: str) -> None:
    """Revoke a certificate (注销) with a reason; its number stays used forever.

    Raises:
        PermissionDenied: ``auth.denied``.
        ValidationError: ``certificate.reason_required``.
        NotFoundError: ``certificate.not_found``.
        ConflictError: ``certificate.already_revoked``.
    """
    require(uow, "certificates.issue")
    reason = reason.strip()
    if not reason:
        raise ValidationError("certificate.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        cert = s.get(Certificate, certificate_id)
        if cert is None:
            raise NotFoundError("certificate.not_found", certificate_id=certificate_id)
        if cert.revoked_at is not None:
            raise ConflictError("certificate.already_revoked", number=cert.number)
        cert.revoked_at, cert.revoke_reason = now, reason[:MAX_REASON]
        reg = s.get(Registration, cert.registration_id) if cert.registration_id else None
        record(s, uow.actor, now, AuditEntry(
            "certificate.revoked", "certificate", str(cert.id),
            {"number": cert.number, "reason": cert.revoke_reason},
            candidate_id=reg.candidate_id if reg is not None else None))
