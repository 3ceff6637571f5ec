"""Retention, the encrypted batch archive (档案导出) and purging a batch after its retention date.

The archive is one age-encrypted file (passphrase recipient, scrypt) holding a ZIP:

* ``tables/<table>.jsonl`` — every row of the batch in every table (candidates and photos,
  registrations, rooms, seats, sessions, tickets, check-ins, marks, reviews, supervision
  notes, staff and their assignments, the site operations log...), one JSON object a line,
  ordered by primary key; binary columns as ``{"$base64": ...}``;
* ``pdfs/*.pdf`` — the batch's documents rendered fresh (score roster, scoring records,
  evaluation report, supervision record, sign-in sheets, seat charts); one that cannot be made
  (no scores yet, nobody seated) is listed under ``skipped`` in the manifest;
* ``audit/audit_trail.jsonl`` — the whole audit trail as stored (``at`` and ``summary`` as
  text, so ``audit_verify.verify_rows`` re-checks it) and ``audit/chain_head.txt``;
* ``manifest.json`` — format, batch, time, actor, chain head, the batch data digest, and the
  SHA-256 and size of every other member.

Nothing readable touches a disk: the ZIP is built in memory, encrypted in memory and only the
ciphertext is written, under a temporary name beside the output; it is read back, decrypted
and every member hash checked before it is renamed into place. Each export leaves an
``archive.exported`` audit event with the batch data digest; purging needs one whose digest
still matches the batch's data, so records changed after the export are never lost.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyrage  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import (
    ConflictError,
    DomainError,
    IntegrityError,
    NotFoundError,
    ValidationError,
)
from app.model import (
    AuditEvent,
    Batch,
    BatchMilestone,
    CertBody,
)
from app.progress import NullProgress, Progress, check_cancel
from app.rules.profiles import get_profile
from app.rules.retention import RetentionDates, retention_dates
from app.services.access import require
from app.services.archive_pdfs import pdf_makers
from app.services.audit import AuditEntry, record
from app.services.audit_verify import (
    EVENT_COLUMNS,
    ChainReport,
    chain_head,
    events_query,
    verify_chain,
    verify_rows,
)
from app.services.batch_tables import batch_selects, purge_rows
from app.uow import UnitOfWork

FORMAT = "examsite-archive/1"
MANIFEST = "manifest.json"
AUDIT_TRAIL = "audit/audit_trail.jsonl"
CHAIN_HEAD = "audit/chain_head.txt"
MIN_PASSPHRASE = 10
STEPS = 11  # progress: tables, 6 PDFs, audit trail, encrypting, reading back, recorded
_AUDIT_COLUMNS = EVENT_COLUMNS

EXPORTED_ACTION = "archive.exported"  # audit action
PURGED_ACTION = "archive.purged"  # audit action


def batch_code(body_code: str, eval_date: date, batch_no: int) -> str:
    """The code typed to confirm a purge, e.g. ``GXJD001-20261203-1``."""
    return f"{body_code}-{eval_date:%Y%m%d}-{batch_no}"


@dataclass(frozen=True)
class Retention:
    """A batch's retention dates and whether it may be purged today."""

    batch_id: int
    plan_name: str
    batch_code: str
    rule_profile: str
    exam_end: date
    dates: RetentionDates
    today: date
    purge_allowed: bool
    last_export_at: datetime | None
    purged_at: datetime | None


@dataclass(frozen=True)
class MemberCheck:
    name: str
    size: int
    sha256: str
    ok: bool


@dataclass(frozen=True)
class ArchiveReport:
    """What ``read_archive`` found: the manifest, each member's check and the audit chain."""

    format: str
    batch_id: int
    plan_name: str
    created_at: str
    created_by: str
    chain_head: str
    data_digest: str
    members: tuple[MemberCheck, ...]
    skipped: dict[str, str]
    audit: ChainReport
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(m.ok for m in self.members) and self.audit.intact


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    members: int
    row_counts: dict[str, int]
    skipped: dict[str, str]
    chain_head: str


@dataclass(frozen=True)
class PurgeResult:
    batch_id: int
    deleted: dict[str, int]
    chain_intact: bool


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    return str(value)


def _jsonl(rows: Iterator[dict[str, Any]]) -> tuple[bytes, int]:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                        default=_json_value) for r in rows]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"), len(lines)


def _table_dumps(s: Session, batch_id: int) -> dict[str, tuple[bytes, int]]:
    """Every batch table as JSON lines, and its row count."""
    return {name: _jsonl(dict(row._mapping) for row in s.execute(query))
            for name, query in batch_selects(batch_id)}


def _data_digest(dumps: dict[str, tuple[bytes, int]]) -> str:
    h = hashlib.sha256()
    for name in sorted(dumps):
        h.update(name.encode() + b"\0" + hashlib.sha256(dumps[name][0]).digest())
    return h.hexdigest()


# --- retention ----------------------------------------------------------------------------
def _batch(s: Session, batch_id: int) -> tuple[Batch, str]:
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=batch_id)
    body = s.get(CertBody, batch.body_id)
    return batch, batch_code(body.code if body else "", batch.eval_date, batch.batch_no)


def _last_event(s: Session, batch_id: int, action: str) -> AuditEvent | None:
    return s.scalar(select(AuditEvent).where(
        AuditEvent.object_type == "batch", AuditEvent.object_id == str(batch_id),
        AuditEvent.action == action).order_by(AuditEvent.id.desc()).limit(1))


def retention_of(uow: UnitOfWork, batch_id: int) -> Retention:
    """The batch's retention dates (see ``app.rules.retention``) and whether purging is allowed.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    on = today(uow.clock)
    with uow.read() as s:
        batch, code = _batch(s, batch_id)
        steps = s.execute(select(BatchMilestone.step, BatchMilestone.done_on).where(
            BatchMilestone.batch_id == batch_id)).all()
        dates = retention_dates(get_profile(batch.rule_profile), batch.end_date,
                                [(step, done) for step, done in steps])
        exported = _last_event(s, batch_id, EXPORTED_ACTION)
        purged = _last_event(s, batch_id, PURGED_ACTION)
        return Retention(batch_id, batch.plan_name, code, batch.rule_profile, batch.end_date,
                         dates, on, dates.purge_allowed(on),
                         exported.at if exported else None, purged.at if purged else None)


# --- export -------------------------------------------------------------------------------
def _audit_trail(uow: UnitOfWork) -> bytes:
    with uow.read() as s:
        rows = s.execute(events_query(s)).all()
    return _jsonl(dict(zip(_AUDIT_COLUMNS, row, strict=True)) for row in rows)[0]


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("archive.weak_passphrase", minimum=MIN_PASSPHRASE)


def _build_zip(uow: UnitOfWork, batch_id: int, progress: Progress) -> tuple[bytes, dict[str, Any]]:
    with uow.read() as s:
        batch, code = _batch(s, batch_id)
        plan_name = batch.plan_name
        dumps = _table_dumps(s, batch_id)
    makers = pdf_makers(uow, batch_id)
    done = 1  # of STEPS: the tables, each PDF, the audit trail, encrypting, reading back
    progress.report(done, STEPS)
    members: dict[str, bytes] = {f"tables/{n}.jsonl": d for n, (d, _c) in dumps.items()}
    skipped: dict[str, str] = {}
    for name, make in makers:
        check_cancel(progress)
        try:
            members[name] = make()
        except DomainError as exc:  # nothing to print yet: say so in the manifest
            skipped[name] = exc.code
        done += 1
        progress.report(done, STEPS)
    head = chain_head(uow)
    members[AUDIT_TRAIL] = _audit_trail(uow)
    progress.report(done + 1, STEPS)
    members[CHAIN_HEAD] = f"{head}\n".encode()
    manifest = {
        "format": FORMAT, "batch_id": batch_id, "batch_code": code, "plan_name": plan_name,
        "created_at": uow.clock.now().isoformat(), "created_by": uow.actor.username,
        "chain_head": str(head), "data_digest": _data_digest(dumps),
        "row_counts": {n: c for n, (_d, c) in dumps.items()}, "skipped": skipped,
        "members": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                    for n, b in members.items()],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return buf.getvalue(), manifest


def _inspect(plain: bytes) -> ArchiveReport:
    try:
        z = zipfile.ZipFile(io.BytesIO(plain))
        manifest = json.loads(z.read(MANIFEST))
        if manifest.get("format") != FORMAT:
            raise ValueError("format")
        checks = []
        for m in manifest["members"]:
            try:
                data = z.read(m["name"])
            except KeyError:
                checks.append(MemberCheck(m["name"], 0, "", False))
                continue
            digest = hashlib.sha256(data).hexdigest()
            checks.append(MemberCheck(m["name"], len(data), digest,
                                      digest == m["sha256"] and len(data) == m["size"]))
        trail = [json.loads(line) for line in z.read(AUDIT_TRAIL).decode().splitlines()]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise ValidationError("archive.not_an_archive") from None
    from app.services.audit_verify import parse_head

    audit = verify_rows((tuple(r[c] for c in _AUDIT_COLUMNS) for r in trail),
                        parse_head(manifest["chain_head"]))
    return ArchiveReport(FORMAT, manifest["batch_id"], manifest["plan_name"],
                         manifest["created_at"], manifest["created_by"], manifest["chain_head"],
                         manifest["data_digest"], tuple(checks), manifest["skipped"], audit,
                         manifest["row_counts"])


def _decrypt(data: bytes, passphrase: str) -> bytes:
    try:
        plain: bytes = pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise ValidationError("archive.cannot_decrypt") from None
    return plain


def read_archive(path: Path, passphrase: str) -> ArchiveReport:
    """Decrypt an archive in memory and check every member's SHA-256 and the audit chain.

    Raises:
        NotFoundError: ``archive.file_missing``.
        ValidationError: ``archive.cannot_decrypt`` (wrong passphrase or damaged file),
            ``archive.not_an_archive``.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise NotFoundError("archive.file_missing", path=str(path)) from None
    return _inspect(_decrypt(data, passphrase))


def archive_member(path: Path, passphrase: str, name: str) -> bytes:
    """One member's bytes (e.g. ``tables/candidate.jsonl``), decrypted in memory."""
    plain = _decrypt(Path(path).read_bytes(), passphrase)
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        return z.read(name)


def export_archive(uow: UnitOfWork, batch_id: int, out_path: Path, passphrase: str,
                   progress: Progress | None = None) -> ExportResult:
    """Write the batch's encrypted archive to ``out_path`` and record the export.

    The ciphertext goes to a temporary file beside ``out_path``, is read back, decrypted and
    checked member by member, and only then renamed to ``out_path``.

    Raises:
        PermissionDenied: ``auth.denied`` (action ``archive.export``).
        NotFoundError: ``batch.not_found``.
        ValidationError: ``archive.weak_passphrase`` (param ``minimum``).
        IntegrityError: ``archive.verify_failed`` when the file read back does not check out.
        UserCancelled: When ``progress`` is cancelled (no file is left behind).
    """
    require(uow, "archive.export")
    _check_passphrase(passphrase)
    progress = progress or NullProgress()
    out = Path(out_path)
    plain, manifest = _build_zip(uow, batch_id, progress)
    check_cancel(progress)
    cipher = pyrage.passphrase.encrypt(plain, passphrase)
    del plain
    progress.report(STEPS - 1, STEPS)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(cipher)
            fh.flush()
            os.fsync(fh.fileno())
        report = read_archive(tmp, passphrase)
        if not report.ok or len(report.members) != len(manifest["members"]):
            raise IntegrityError("archive.verify_failed", path=str(out))
        check_cancel(progress)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    digest = hashlib.sha256(cipher).hexdigest()
    with uow.write() as s:
        record(s, uow.actor, uow.clock.now(), AuditEntry(
            EXPORTED_ACTION, "batch", str(batch_id),
            {"file": out.name, "sha256": digest, "size": len(cipher),
             "data_digest": manifest["data_digest"], "chain_head": manifest["chain_head"],
             "members": len(manifest["members"]), "rows": manifest["row_counts"]}))
    progress.report(STEPS, STEPS)
    return ExportResult(out, len(cipher), digest, len(manifest["members"]),
                        manifest["row_counts"], manifest["skipped"], manifest["chain_head"])


# --- purge --------------------------------------------------------------------------------
def purge_batch(uow: UnitOfWork, batch_id: int, confirm_code: str) -> PurgeResult:
    """Delete a batch's personal data and records once its retention period is over.

    Only after the electronic retention date (``app.rules.retention``), with the batch code
    typed as confirmation, and when an archive was exported whose data digest still matches
    the batch's data. One transaction; the audit trail stays intact and gains
    ``archive.purged`` with the counts.

    Raises:
        PermissionDenied: ``auth.denied`` (action ``archive.purge``, site manager only).
        NotFoundError: ``batch.not_found``.
        ValidationError: ``archive.retention_not_over`` (params ``purge_from``,
            ``keep_until``), ``archive.wrong_confirmation`` (param ``batch_code``).
        ConflictError: ``archive.not_exported``, ``archive.export_outdated``,
            ``archive.already_purged``.
    """
    require(uow, "archive.purge")
    info = retention_of(uow, batch_id)
    if not info.purge_allowed:
        raise ValidationError("archive.retention_not_over",
                              purge_from=info.dates.purge_from.isoformat(),
                              keep_until=info.dates.electronic_keep_until.isoformat())
    if confirm_code.strip() != info.batch_code:
        raise ValidationError("archive.wrong_confirmation", batch_code=info.batch_code)
    now = uow.clock.now()
    with uow.write() as s:
        exported = _last_event(s, batch_id, EXPORTED_ACTION)
        if exported is None:
            raise ConflictError("archive.not_exported", batch_id=batch_id)
        dumps = _table_dumps(s, batch_id)
        purged = _last_event(s, batch_id, PURGED_ACTION)
        if purged is not None and purged.id > exported.id:
            raise ConflictError("archive.already_purged", batch_id=batch_id)
        if exported.summary.get("data_digest") != _data_digest(dumps):
            raise ConflictError("archive.export_outdated",
                                exported_at=exported.at.date().isoformat())
        counts = purge_rows(s, batch_id)
        record(s, uow.actor, now, AuditEntry(
            PURGED_ACTION, "batch", str(batch_id),
            {"deleted": counts, "archive_sha256": exported.summary.get("sha256"),
             "retention_until": info.dates.electronic_keep_until.isoformat()}))
    report = verify_chain(uow)
    return PurgeResult(batch_id, counts, report.intact)
