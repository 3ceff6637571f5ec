"""Read queries of 证书核发: the number rule in force, a batch's certificates, their export rows
and printable data, and checking a scanned certificate QR against the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.certificate_seal import (
    CertificateClaims,
    check_seal,
    id_hash,
)
from app.crypto.ticket_keys import verification_keys
from app.model import (
    Batch,
    CandidatePhoto,
    CertBody,
    Certificate,
    ExamSession,
    Registration,
    Room,
    Setting,
    Site,
)
from app.rules.certificate_numbers import DEFAULT_TEMPLATE, NumberRule, RuleError, parse_rule
from app.services.staffing_queries import get_batch
from app.uow import UnitOfWork

RULE_KEY = "certificate_number_rule"

ID_TYPE_ZH = {"resident_id": "居民身份证", "hmt_permit": "港澳台居民居住证",
              "foreign_permanent": "外国人永久居留身份证", "passport": "护照"}
LEVEL_ZH = {1: "一级/高级技师", 2: "二级/技师", 3: "三级/高级工", 4: "四级/中级工",
            5: "五级/初级工"}
EXPORT_COLUMNS = ("证书编号", "姓名", "证件类型", "证件号码", "职业（工种）代码",
                  "职业（工种）名称", "等级", "发证日期", "评价机构", "评价机构代码", "状态")
"""The column order of the xlsx/CSV export (docs/certificates.md)."""


@dataclass(frozen=True)
class CertificateRow:
    certificate_id: int
    number: str
    name: str
    id_type: str
    id_number: str
    occupation_code: str
    occupation_name: str
    level: int
    issued_on: date
    revoked_at: datetime | None
    revoke_reason: str
    registration_id: int | None

    @property
    def state(self) -> str:
        return "revoked" if self.revoked_at is not None else "valid"


@dataclass(frozen=True)
class CertificateDocument:
    """One printable certificate: the row, the issuing body, the photo and the QR text."""

    row: CertificateRow
    body_name: str
    body_code: str
    photo: bytes | None
    qr_text: str


@dataclass(frozen=True)
class CertificateCheck:
    """A scanned certificate QR checked against the database. ``reason`` is a message code:
    ``certificate.check.ok``, ``.unreadable``, ``.unknown_key``, ``.bad_signature``,
    ``.unknown`` (no such number here), ``.changed`` (the record differs from the QR) or
    ``.revoked``."""

    ok: bool
    reason: str
    number: str = ""
    name: str = ""
    level: int = 0
    issued_on: date | None = None


def stored_template(s: Session) -> str:
    setting = s.get(Setting, RULE_KEY)
    if setting is None or not isinstance(setting.value.get("template"), str):
        return DEFAULT_TEMPLATE
    return str(setting.value["template"])


def current_rule(uow: UnitOfWork) -> str:
    """The template of the number rule in force (the default until one is saved)."""
    with uow.read() as s:
        return stored_template(s)


def load_rule(s: Session) -> NumberRule:
    try:
        return parse_rule(stored_template(s))
    except RuleError:  # stored by an older version: fall back rather than block issuing
        return parse_rule(DEFAULT_TEMPLATE)


def site_code(s: Session, batch: Batch) -> str:
    """The code of the site the batch sits in (its rooms' site), else the body's code."""
    codes = set(s.scalars(select(Site.code).join(Room, Room.site_id == Site.id)
                          .join(ExamSession, ExamSession.room_id == Room.id)
                          .where(ExamSession.batch_id == batch.id)))
    if len(codes) == 1:
        return codes.pop()
    body = s.get(CertBody, batch.body_id)
    return body.code if body else ""


def _row(c: Certificate) -> CertificateRow:
    return CertificateRow(c.id, c.number, c.name, c.id_type, c.id_number, c.occupation_code,
                          c.occupation_name, c.level, c.issued_on, c.revoked_at,
                          c.revoke_reason, c.registration_id)


def list_certificates(uow: UnitOfWork, batch_id: int) -> list[CertificateRow]:
    """The batch's certificates in number order, revoked ones included.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        get_batch(s, batch_id)
        return [_row(c) for c in s.scalars(select(Certificate).where(
            Certificate.batch_id == batch_id).order_by(Certificate.number))]


def export_rows(uow: UnitOfWork, batch_id: int, *,
                include_revoked: bool = False) -> list[tuple[str, ...]]:
    """The rows of the export in ``EXPORT_COLUMNS`` order, valid certificates only unless
    ``include_revoked`` (then 状态 says 已注销)."""
    with uow.read() as s:
        batch = get_batch(s, batch_id)
        body = s.get(CertBody, batch.body_id)
        certs = s.scalars(select(Certificate).where(Certificate.batch_id == batch_id)
                          .order_by(Certificate.number)).all()
        return [(c.number, c.name, ID_TYPE_ZH.get(c.id_type, c.id_type), c.id_number,
                 c.occupation_code, c.occupation_name, LEVEL_ZH.get(c.level, str(c.level)),
                 c.issued_on.isoformat(), body.name if body else "",
                 body.code if body else "", "已注销" if c.revoked_at else "有效")
                for c in certs if include_revoked or c.revoked_at is None]


def claims_of(c: Certificate | CertificateRow, body_code: str) -> CertificateClaims:
    return CertificateClaims(c.number, c.name, id_hash(c.number, c.id_type, c.id_number),
                             c.occupation_code, c.level, c.issued_on, body_code)


def certificate_documents(uow: UnitOfWork, batch_id: int,
                          certificate_ids: list[int] | None = None) -> list[CertificateDocument]:
    """Printable data of the batch's valid certificates (or of the given ones), signed with
    the body's ticket key (created on first use, hence a write transaction).

    Raises:
        PermissionDenied: ``auth.denied`` (signing is issuing: ``certificates.issue``).
        NotFoundError: ``batch.not_found``.
    """
    from app.crypto.certificate_seal import seal_text
    from app.crypto.ticket_keys import signing_key
    from app.services.access import require

    require(uow, "certificates.issue")

    with uow.write() as s:
        batch = get_batch(s, batch_id)
        body = s.get(CertBody, batch.body_id)
        body_name, body_code = (body.name, body.code) if body else ("", "")
        key = signing_key(s, uow.clock.now(), body_name)
        query = select(Certificate).where(Certificate.batch_id == batch_id,
                                          Certificate.revoked_at.is_(None))
        if certificate_ids is not None:
            query = query.where(Certificate.id.in_(certificate_ids))
        certs = s.scalars(query.order_by(Certificate.number)).all()
        photos: dict[int, bytes] = {reg_id: data for reg_id, data in s.execute(
            select(Registration.id, CandidatePhoto.data)
            .join(CandidatePhoto, CandidatePhoto.candidate_id == Registration.candidate_id)
            .where(Registration.batch_id == batch_id))}
        return [CertificateDocument(_row(c), body_name, body_code,
                                    photos.get(c.registration_id) if c.registration_id else None,
                                    seal_text(claims_of(c, body_code), key)) for c in certs]


def verify_certificate(uow: UnitOfWork, qr_text: str) -> CertificateCheck:
    """Check a scanned certificate QR: the signature, then the record this database holds.

    Returns:
        A ``CertificateCheck``; ``ok`` only for a good signature over data equal to a valid
        certificate here.
    """
    with uow.read() as s:
        seal = check_seal(qr_text, verification_keys(s))
        claims = seal.claims
        if not seal.ok or claims is None:
            return CertificateCheck(False, seal.reason)
        found = CertificateCheck(False, "", claims.number, claims.name, claims.level,
                                 claims.issued_on)
        cert = s.scalar(select(Certificate).where(Certificate.number == claims.number))
        if cert is None:
            return _with(found, False, "certificate.check.unknown")
        batch = s.get(Batch, cert.batch_id) if cert.batch_id is not None else None
        body = s.get(CertBody, batch.body_id) if batch is not None else None
        body_code = body.code if body is not None else claims.body_code
        if claims_of(cert, body_code) != claims:
            return _with(found, False, "certificate.check.changed")
        if cert.revoked_at is not None:
            return _with(found, False, "certificate.check.revoked")
        return _with(found, True, "certificate.check.ok")


def _with(check: CertificateCheck, ok: bool, reason: str) -> CertificateCheck:
    return CertificateCheck(ok, reason, check.number, check.name, check.level, check.issued_on)
