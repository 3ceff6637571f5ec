"""Packages between the body, the site and the site's laptops: export, preview, import.

Export writes a signed, encrypted package (``app.crypto.package``) of one batch for trusted
recipients and logs it. Import first opens the package completely — decryption, signature,
sender trust, recipient, every hash — then checks it is new (not already imported, not older
than the last one of its stream), and only then compares and applies its rows in one
transaction, so a refused, damaged or interrupted import leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.crypto.package import OpenedPackage, open_package, write_package
from app.crypto.package_codec import MemberInfo, PackageHeader
from app.errors import ConflictError, IntegrityError, NotFoundError, PermissionDenied
from app.model import Batch, ImportedTrail, PackageLog
from app.progress import NullProgress, Progress
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.audit_verify import chain_head, verify_rows
from app.services.gates import check_reason, enforce, package_blockers
from app.services.incidents import sync_result_states
from app.services.keys import own_kind, peer, stored_identity, trusted_lookup
from app.services.transfer_conflicts import AdmissionConflict, admission_conflicts
from app.transfer import members as m
from app.transfer import records
from app.transfer.records import TableChange
from app.uow import UnitOfWork

KINDS = ("site", "results", "station")
RECEIVERS = {"site": ("site", "station"), "results": ("body",), "station": ("site",)}
"""Which installation kind may import which package type."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    package_id: str
    sequence: int
    records: int
    size: int
    recipients: tuple[str, ...]
    audit_head: str


@dataclass(frozen=True)
class ImportPreview:
    """What an import adds and changes, before (or after) it is applied."""

    kind: str
    package_id: str
    plan_name: str
    sender_name: str
    sender_key_id: str
    sender_fingerprint: str
    sequence: int
    changes: tuple[TableChange, ...]
    audit_head: str = ""
    trail_ok: bool | None = None  # the sender's audit trail verified against its signed head
    conflicts: tuple[AdmissionConflict, ...] = field(default_factory=tuple)  # after a merge

    @property
    def added(self) -> int:
        return sum(c.added for c in self.changes)

    @property
    def changed(self) -> int:
        return sum(c.changed + c.removed for c in self.changes)


def export_package(uow: UnitOfWork, kind: str, batch_id: int, recipients: Sequence[str],
                   out: Path, *, progress: Progress | None = None,
                   passphrase: str | None = None, override_reason: str = "") -> ExportResult:
    """Write a ``kind`` package of the batch for the trusted ``recipients`` (key ids) — or,
    with no recipients, for a ``passphrase`` (age's scrypt mode: the one case where no key has
    been exchanged yet; the package is still signed, and its sender must still be trusted).

    Raises:
        PermissionDenied: ``auth.denied``. NotFoundError: ``batch.not_found``,
        ``keys.not_trusted``. ValidationError: ``package.no_recipients``.
        IntegrityError: ``package.verify_failed`` (the file read back differs).
        ConflictError: ``gate.tickets_missing`` — a site package while seated candidates have
            no issued ticket, without ``override_reason`` (``app.services.gates``).
    """
    if kind not in KINDS:
        raise NotFoundError("transfer.bad_kind", kind=kind)
    require(uow, f"transfer.export_{kind}")
    with uow.read() as s:
        identity = stored_identity(s)
    if identity is None:  # nobody can trust a key this laptop never showed them
        raise NotFoundError("keys.no_identity")
    peers = [peer(uow, key_id) for key_id in recipients]
    now = uow.clock.now()
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        plan_name = batch.plan_name
        blockers = package_blockers(s, batch_id) if kind == "site" else []
        if blockers and not override_reason.strip():
            enforce(s, uow, batch_id, f"transfer.export_{kind}", blockers, reason="")  # raises
        if blockers:
            check_reason(override_reason)
        stream = f"{kind}:{plan_name}"
        last = _last(s, "out", identity.key_id, stream)
        head = str(chain_head(uow)) if kind != "site" else ""
        conn = s.connection()
        items = [m.batch_ref_member(m.BatchRef(batch_id, plan_name)),
                 *m.table_members(conn, kind, batch_id),
                 *(m.trail_members(conn, head) if head else [])]
        header = PackageHeader(kind, plan_name, stream,
                               (last.sequence + 1) if last else 1,
                               last.sha256 if last else None, now)
        info = write_package(out, header, items, identity, peers, progress=progress,
                             passphrase=passphrase or None)
    count = sum(i.count for i in info.members)
    with uow.write() as s:
        s.add(PackageLog(direction="out", package_id=info.header.package_id, kind=kind,
                         stream=stream, sequence=info.header.sequence, sha256=info.digest,
                         sender_key_id=identity.key_id,
                         recipients=list(info.header.recipient_key_ids),
                         batch_code=plan_name, at=now,
                         summary={"records": count, "size": info.size,
                                  "file_sha256": info.file_sha256}))
        record(s, uow.actor, now, AuditEntry("transfer.exported", "package",
                                             info.header.package_id, {
            "kind": kind, "batch_id": batch_id, "sequence": info.header.sequence,
            "recipients": list(info.header.recipient_key_ids), "records": count,
            "audit_head": head}))
        enforce(s, uow, batch_id, f"transfer.export_{kind}", blockers,
                reason=override_reason)
    return ExportResult(out, kind, info.header.package_id, info.header.sequence, count,
                        info.size, tuple(info.header.recipient_key_ids), head)


def _last(s: Session, direction: str, sender: str, stream: str) -> PackageLog | None:
    return s.scalars(select(PackageLog).where(
        PackageLog.direction == direction, PackageLog.sender_key_id == sender,
        PackageLog.stream == stream).order_by(PackageLog.sequence.desc())).first()


def preview_import(uow: UnitOfWork, path: Path, progress: Progress | None = None, *,
                   passphrase: str | None = None) -> ImportPreview:
    """Open and check a package and say what importing it would do; nothing is written.

    Raises the package's refusals (``package.*``: not for this laptop, unknown sender, damaged,
    bad signature), ``transfer.already_imported``, ``transfer.older_package``,
    ``transfer.wrong_kind``, ``transfer.batch_mismatch``.
    """
    require(uow, "transfer.import")
    with _opened(uow, path, progress, passphrase) as pkg:
        with uow.read() as s:
            _check_new(s, pkg)
            return _walk(s, pkg, write=False, now=uow.clock.now())


def import_package(uow: UnitOfWork, path: Path, progress: Progress | None = None, *,
                   passphrase: str | None = None) -> ImportPreview:
    """Check and apply a package in one transaction; returns what was done (see
    ``preview_import`` for the refusals)."""
    require(uow, "transfer.import")
    now = uow.clock.now()
    with _opened(uow, path, progress, passphrase) as pkg, uow.write() as s:
        _check_new(s, pkg)
        done = _walk(s, pkg, write=True, now=now)
        header = pkg.header
        s.add(PackageLog(direction="in", package_id=header.package_id,
                         kind=header.package_type, stream=header.stream,
                         sequence=header.sequence, sha256=pkg.digest,
                         sender_key_id=header.sender_key_id,
                         recipients=list(header.recipient_key_ids),
                         batch_code=header.batch_code, at=now,
                         summary={"added": done.added, "changed": done.changed,
                                  "file_sha256": pkg.file_sha256}))
        record(s, uow.actor, now, AuditEntry("transfer.imported", "package", header.package_id, {
            "kind": header.package_type, "sender": header.sender_key_id,
            "sequence": header.sequence, "added": done.added, "changed": done.changed,
            "sender_audit_head": done.audit_head, "trail_ok": done.trail_ok,
            "conflicts": len(done.conflicts)}))
        return done


def _opened(uow: UnitOfWork, path: Path, progress: Progress | None,
            passphrase: str | None) -> OpenedPackage:
    with uow.read() as s:
        trusted = trusted_lookup(s)
        identity = stored_identity(s)
    if passphrase:
        return open_package(Path(path), None, trusted, passphrase=passphrase,
                            progress=progress or NullProgress())
    if identity is None:  # no key yet: nothing can have been addressed to this laptop
        raise PermissionDenied("package.not_for_this_laptop")
    return open_package(Path(path), identity, trusted, progress=progress or NullProgress())


def _check_new(s: Session, pkg: OpenedPackage) -> None:
    header = pkg.header
    own = own_kind(s)
    if own not in RECEIVERS.get(header.package_type, ()):
        raise ConflictError("transfer.wrong_kind", kind=header.package_type, own=own)
    seen = s.scalars(select(PackageLog).where(PackageLog.direction == "in",
                                              PackageLog.package_id == header.package_id)).first()
    if seen is not None:
        raise ConflictError("transfer.already_imported", package_id=header.package_id,
                            at=seen.at.isoformat())
    last = _last(s, "in", header.sender_key_id, header.stream)
    if last is not None and header.sequence <= last.sequence:
        raise ConflictError("transfer.older_package", sequence=header.sequence,
                            last=last.sequence)


class _Walker:
    """Takes members chunk by chunk and handles each one when it is complete."""

    def __init__(self, conn: Connection, kind: str, write: bool) -> None:
        self.conn, self.kind, self.write = conn, kind, write
        self.ref: m.BatchRef | None = None
        self.changes: dict[str, TableChange] = {}
        self.trail: bytes = b""
        self.head = ""
        self._name = ""
        self._parts: list[bytes] = []

    def __call__(self, info: MemberInfo, chunk: bytes) -> None:
        if info.name != self._name:
            self.finish()
            self._name = info.name
        self._parts.append(chunk)

    def finish(self) -> None:
        if not self._name:
            return
        data, name = b"".join(self._parts), self._name
        self._name, self._parts = "", []
        if name == m.BATCH_REF:
            self.ref = m.read_batch_ref(data)
            self._check_batch()
        elif name == m.AUDIT_TRAIL:
            self.trail = data
        elif name == m.AUDIT_HEAD:
            self.head = m.read_head(data)
        else:
            self._table(name, data)

    def _check_batch(self) -> None:
        assert self.ref is not None
        if self.kind == "site":
            return  # the batch arrives with the package
        row = self.conn.execute(select(Batch.plan_name).where(Batch.id == self.ref.batch_id)
                                ).first()
        if row is None or row[0] != self.ref.plan_name:
            raise ConflictError("transfer.batch_mismatch", plan_name=self.ref.plan_name)

    def _table(self, name: str, data: bytes) -> None:
        if self.ref is None:
            raise IntegrityError("package.bad_content", member=name)
        spec = m.spec_for(self.kind, name)
        rows = records.decode(data, spec, records.table_columns(self.conn, spec.table))
        plan = records.plan(self.conn, spec, rows, self.ref.batch_id)
        if self.write:
            records.apply(self.conn, spec, plan, self.ref.batch_id)
        total = self.changes.setdefault(spec.table, TableChange(spec.table))
        total.added += plan.change.added
        total.changed += plan.change.changed
        total.unchanged += plan.change.unchanged
        total.removed += plan.change.removed
        total.conflicts.extend(plan.change.conflicts)


def _walk(s: Session, pkg: OpenedPackage, *, write: bool, now: datetime) -> ImportPreview:
    header = pkg.header
    walker = _Walker(s.connection(), header.package_type, write)
    pkg.stream_members(walker)
    walker.finish()
    if walker.ref is None:
        raise IntegrityError("package.bad_content", member=m.BATCH_REF)
    trail_ok: bool | None = None
    if walker.trail:
        from app.services.audit_verify import parse_head

        report = verify_rows(iter(m.read_trail(walker.trail)), parse_head(walker.head))
        trail_ok = report.intact
        if write:
            s.add(ImportedTrail(package_id=header.package_id, sender_key_id=header.sender_key_id,
                                batch_id=walker.ref.batch_id if header.package_type != "site"
                                else None, head=walker.head, events=walker.trail,
                                received_at=now))
    incident = walker.changes.get("incident")
    if write and incident is not None and (incident.added or incident.changed):
        sync_result_states(s, walker.ref.batch_id)  # misconduct decides, as where recorded
    conflicts: tuple[AdmissionConflict, ...] = ()
    if write and header.package_type == "station":
        conflicts = tuple(admission_conflicts(s, walker.ref.batch_id))
    sender = pkg.sender
    return ImportPreview(header.package_type, header.package_id, walker.ref.plan_name,
                         sender.name, sender.key_id, sender.fingerprint, header.sequence,
                         tuple(walker.changes.values()), walker.head, trail_ok, conflicts)
