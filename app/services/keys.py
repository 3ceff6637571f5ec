"""This installation's package identity and the identities it trusts.

The own identity (Ed25519 for signing, X25519 for receiving) is created on first use and kept
in the database's ``key_material`` table, which SQLCipher encrypts at rest. A peer is trusted
only explicitly, after a person compared its fingerprint (typed or scanned) with the one shown
on the peer's screen or printout; trust can be revoked, and a key can be rotated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.identity import Identity, PublicIdentity, b64, unb64
from app.crypto.key_statements import verify_revocation, verify_rotation
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import KeyMaterial
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

PURPOSE = "package"
ALGORITHM = "ed25519+x25519"
INSTALLATION_KINDS = ("site", "body", "station")


@dataclass(frozen=True)
class KeyView:
    """An identity as the keys screen and the CLI show it."""

    key_id: str
    name: str
    kind: str
    fingerprint: str
    own: bool
    trusted: bool
    revoked: bool
    created_at: datetime


def _public_of(row: KeyMaterial) -> PublicIdentity:
    return PublicIdentity.from_record(json.loads(row.public_key))


def _identity_of(row: KeyMaterial) -> Identity:
    public = _public_of(row)
    secret = json.loads(row.private_key or b"{}")
    return Identity(public.name, public.kind, public.created,
                    Ed25519PrivateKey.from_private_bytes(
                        unb64(secret["signing_secret"], size=32, code="identity.bad_request")),
                    x25519.Identity.from_str(secret["age_secret"]))


def _view(row: KeyMaterial) -> KeyView:
    public = _public_of(row)
    return KeyView(public.key_id, public.name, public.kind, public.fingerprint,
                   row.owner == "self", row.trusted and row.revoked_at is None,
                   row.revoked_at is not None, row.created_at)


def _own_row(s: Session) -> KeyMaterial | None:
    return s.scalars(select(KeyMaterial).where(
        KeyMaterial.purpose == PURPOSE, KeyMaterial.owner == "self",
        KeyMaterial.revoked_at.is_(None)).order_by(KeyMaterial.id.desc())).first()


def stored_identity(s: Session) -> Identity | None:
    """This installation's identity if it has one (never creates it)."""
    row = _own_row(s)
    return None if row is None else _identity_of(row)


def own_kind(s: Session) -> str:
    """"site", "body" or "station" — or "" before the installation has an identity."""
    row = _own_row(s)
    return "" if row is None else _public_of(row).kind


def own_identity(uow: UnitOfWork, *, kind: str = "site", name: str = "") -> Identity:
    """This installation's identity, created (as ``kind``) on first use."""
    with uow.read() as s:
        row = _own_row(s)
        if row is not None:
            return _identity_of(row)
    if kind not in INSTALLATION_KINDS:
        raise ValidationError("keys.bad_kind", kind=kind)
    now = uow.clock.now()
    with uow.write() as s:
        row = _own_row(s)  # another window may have made it meanwhile
        if row is not None:
            return _identity_of(row)
        identity = Identity.generate(name or _default_name(kind), kind, now=now)
        _store_own(s, identity, now)
        record(s, uow.actor, now, AuditEntry("keys.created", "key", identity.key_id, {
            "kind": kind, "name": identity.name, "fingerprint": identity.public().fingerprint}))
        return identity


def _default_name(kind: str) -> str:
    return {"body": "评价机构", "site": "考点主机", "station": "考点工作站"}[kind]


def _store_own(s: Session, identity: Identity, now: datetime) -> None:
    public = identity.public()
    secret = {"signing_secret": b64(identity._signing.private_bytes_raw()),  # noqa: SLF001
              "age_secret": str(identity.age_identity)}
    s.add(KeyMaterial(key_id=public.key_id, owner="self", owner_name=public.name,
                      purpose=PURPOSE, algorithm=ALGORITHM,
                      public_key=json.dumps(public.as_record()).encode(),
                      private_key=json.dumps(secret).encode(), trusted=True, created_at=now))


def list_keys(uow: UnitOfWork) -> list[KeyView]:
    """The own identity first, then every peer (trusted, revoked) by name."""
    with uow.read() as s:
        rows = s.scalars(select(KeyMaterial).where(KeyMaterial.purpose == PURPOSE)).all()
        views = [_view(r) for r in rows]
    return sorted(views, key=lambda v: (not v.own, v.revoked, v.name, v.key_id))


def trusted_lookup(s: Session) -> Callable[[str], PublicIdentity | None]:
    """Key id -> the trusted, unrevoked peer (or this installation itself)."""
    rows = s.scalars(select(KeyMaterial).where(
        KeyMaterial.purpose == PURPOSE, KeyMaterial.trusted.is_(True),
        KeyMaterial.revoked_at.is_(None))).all()
    known = {r.key_id: _public_of(r) for r in rows}
    return known.get


def peer(uow: UnitOfWork, key_id: str) -> PublicIdentity:
    """A trusted, unrevoked peer to send a package to.

    Raises:
        NotFoundError: ``keys.not_trusted``.
    """
    with uow.read() as s:
        found = trusted_lookup(s)(key_id.strip().lower())
    if found is None:
        raise NotFoundError("keys.not_trusted", key_id=key_id)
    return found


def trust(uow: UnitOfWork, public: PublicIdentity, fingerprint: str) -> KeyView:
    """Trust a peer after a person compared fingerprints (the one typed or scanned must match).

    Used by a body to enrol a site or station from its request, and by a site to trust the body
    (from the body's request file or the sender of its first package).

    Raises:
        ValidationError: ``keys.fingerprint_mismatch``.
        ConflictError: ``keys.is_own``, ``keys.revoked``.
    """
    require(uow, "keys.manage")
    if not public.fingerprint_matches(fingerprint):
        raise ValidationError("keys.fingerprint_mismatch", key_id=public.key_id)
    now = uow.clock.now()
    with uow.write() as s:
        row = s.scalars(select(KeyMaterial).where(KeyMaterial.key_id == public.key_id)).first()
        if row is not None and row.owner == "self":
            raise ConflictError("keys.is_own", key_id=public.key_id)
        if row is not None and row.revoked_at is not None:
            raise ConflictError("keys.revoked", key_id=public.key_id)
        if row is None:
            row = KeyMaterial(key_id=public.key_id, owner=public.kind, owner_name=public.name,
                              purpose=PURPOSE, algorithm=ALGORITHM,
                              public_key=json.dumps(public.as_record()).encode(),
                              private_key=None, trusted=True, created_at=now)
            s.add(row)
        row.trusted = True
        record(s, uow.actor, now, AuditEntry("keys.trusted", "key", public.key_id, {
            "kind": public.kind, "name": public.name, "fingerprint": public.fingerprint}))
        s.flush()
        return _view(row)


def enrol_request(uow: UnitOfWork, request: bytes, fingerprint: str) -> KeyView:
    """Trust the identity in an enrolment request file (see ``trust``)."""
    require(uow, "keys.manage")
    return trust(uow, PublicIdentity.from_request(request), fingerprint)


def export_request(uow: UnitOfWork) -> bytes:
    """This installation's enrolment request (public keys, self-signed) to give a peer."""
    return own_identity(uow).to_request()


def revoke(uow: UnitOfWork, key_id: str, reason: str) -> None:
    """Stop trusting a peer's key: its packages are refused from now on.

    Raises:
        NotFoundError: ``keys.not_found``; ValidationError: ``keys.reason_required``.
    """
    require(uow, "keys.manage")
    if not reason.strip():
        raise ValidationError("keys.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        row = s.scalars(select(KeyMaterial).where(KeyMaterial.key_id == key_id.strip().lower(),
                                                  KeyMaterial.purpose == PURPOSE)).first()
        if row is None:
            raise NotFoundError("keys.not_found", key_id=key_id)
        if row.revoked_at is None:
            row.revoked_at = now
            record(s, uow.actor, now, AuditEntry("keys.revoked", "key", row.key_id, {
                "owner": row.owner, "reason": reason.strip()}))


def apply_revocation(uow: UnitOfWork, statement: bytes) -> str:
    """Apply a revocation statement signed by a trusted key (the key itself, or the body)."""
    require(uow, "keys.manage")
    with uow.read() as s:
        revocation = verify_revocation(statement, trusted_lookup(s))
    revoke(uow, revocation.revoked_key_id, revocation.reason or "revocation statement")
    return revocation.revoked_key_id


def rotate(uow: UnitOfWork) -> tuple[Identity, bytes]:
    """A new own identity; the old one is retired. Returns it and the rotation statement
    (signed by the old key) to hand to every peer."""
    require(uow, "keys.manage")
    now = uow.clock.now()
    with uow.write() as s:
        row = _own_row(s)
        if row is None:
            raise NotFoundError("keys.no_identity")
        old = _identity_of(row)
        new, statement = old.rotate(now=now)
        row.revoked_at = now
        _store_own(s, new, now)
        record(s, uow.actor, now, AuditEntry("keys.rotated", "key", new.key_id, {
            "old_key_id": old.key_id, "fingerprint": new.public().fingerprint}))
    return new, statement


def apply_rotation(uow: UnitOfWork, statement: bytes, old_key_id: str) -> KeyView:
    """A trusted peer rotated its key: trust the new one (signed by the old), retire the old."""
    require(uow, "keys.manage")
    with uow.read() as s:
        old = trusted_lookup(s)(old_key_id.strip().lower())
    if old is None:
        raise NotFoundError("keys.not_trusted", key_id=old_key_id)
    rotation = verify_rotation(statement, old)
    view = trust(uow, rotation.new, rotation.new.fingerprint)
    revoke(uow, old.key_id, "rotated")
    return view


def read_public(data: bytes) -> PublicIdentity:
    """A public identity from an enrolment request file."""
    return PublicIdentity.from_request(data)

