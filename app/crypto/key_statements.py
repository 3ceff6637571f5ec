"""Checking key rotation and revocation statements (made by ``Identity.rotate`` /
``Identity.revocation``).

A statement is canonical JSON ``{"statement": {...}, "signature": base64}``; the Ed25519
signature covers ``"examsite-statement-v1\\0" + canonical_json(statement)``.

- Rotation: signed by the old key; names the new key by embedding the new key's own signed
  enrolment request. Whoever trusts the old key may move that trust to the new one.
- Revocation: signed by the revoked key itself, or by a trusted certification body's key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.crypto.identity import (
    REVOCATION_TYPE,
    ROTATION_TYPE,
    PublicIdentity,
    canonical_json,
    parse_time,
    statement_message,
    unb64,
)
from app.errors import IntegrityError, PermissionDenied, ValidationError

_BAD = "identity.bad_statement"


@dataclass(frozen=True)
class Rotation:
    old_key_id: str
    new: PublicIdentity
    created: datetime


@dataclass(frozen=True)
class Revocation:
    revoked_key_id: str
    signer_key_id: str
    reason: str
    created: datetime


def _read(data: bytes, kind: str) -> tuple[dict[str, Any], bytes]:
    try:
        document = json.loads(data.decode("utf-8"))
        statement, signature = document["statement"], document["signature"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(_BAD) from exc
    if not isinstance(statement, dict) or statement.get("type") != kind:
        raise ValidationError(_BAD)
    return statement, unb64(signature, size=64, code=_BAD)


def verify_rotation(data: bytes, old: PublicIdentity) -> Rotation:
    """Checks a rotation statement against the old key the reader already trusts.

    Raises:
        ValidationError: ``identity.bad_statement`` (unreadable, or about another key).
        IntegrityError: ``identity.bad_signature`` (old or new signature fails).
    """
    statement, signature = _read(data, ROTATION_TYPE)
    if statement.get("old_key_id") != old.key_id:
        raise ValidationError(_BAD)
    if not old.verify(signature, statement_message(statement)):
        raise IntegrityError("identity.bad_signature", key_id=old.key_id)
    new = PublicIdentity.from_request(canonical_json(statement.get("new_request")))
    if new.kind != old.kind:
        raise ValidationError(_BAD)
    return Rotation(old.key_id, new, parse_time(statement.get("created"), _BAD))


def verify_revocation(data: bytes, known: Callable[[str], PublicIdentity | None]
                      ) -> Revocation:
    """Checks a revocation statement; ``known`` looks up trusted keys by key id.

    Raises:
        ValidationError: ``identity.bad_statement``.
        PermissionDenied: ``identity.unknown_signer`` (signer not known) or
            ``identity.revoke_not_allowed`` (another key that is not a body's).
        IntegrityError: ``identity.bad_signature``.
    """
    statement, signature = _read(data, REVOCATION_TYPE)
    revoked, signer_id = statement.get("revoked_key_id"), statement.get("signer_key_id")
    if not isinstance(revoked, str) or not isinstance(signer_id, str):
        raise ValidationError(_BAD)
    signer = known(signer_id)
    if signer is None or signer.key_id != signer_id:
        raise PermissionDenied("identity.unknown_signer", key_id=signer_id)
    if revoked != signer_id and signer.kind != "body":
        raise PermissionDenied("identity.revoke_not_allowed")
    if not signer.verify(signature, statement_message(statement)):
        raise IntegrityError("identity.bad_signature", key_id=signer_id)
    return Revocation(revoked, signer_id, str(statement.get("reason", "")),
                      parse_time(statement.get("created"), _BAD))
