"""The certification body's ticket-signing keys, stored as ``KeyMaterial`` rows.

Several keys may be valid at once (rotation): every non-revoked ``ticket_sign`` key verifies;
the newest one with a private half signs. (Issue 6 wraps private keys at rest.)
"""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.ticket_codec import key_id
from app.model import KeyMaterial

PURPOSE = "ticket_sign"


def signing_key(session: Session, now: datetime, owner_name: str) -> Ed25519PrivateKey:
    """The newest usable private ticket key, creating one on first use."""
    row = session.scalar(
        select(KeyMaterial).where(KeyMaterial.purpose == PURPOSE,
                                  KeyMaterial.private_key.is_not(None),
                                  KeyMaterial.revoked_at.is_(None))
        .order_by(KeyMaterial.created_at.desc(), KeyMaterial.id.desc()).limit(1))
    if row is not None and row.private_key is not None:
        return Ed25519PrivateKey.from_private_bytes(row.private_key)
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    session.add(KeyMaterial(
        key_id=key_id(public).hex(), owner="self", owner_name=owner_name, purpose=PURPOSE,
        algorithm="Ed25519", public_key=public.public_bytes_raw(),
        private_key=key.private_bytes_raw(), trusted=True, created_at=now))
    session.flush()
    return key


def verification_keys(session: Session) -> dict[bytes, Ed25519PublicKey]:
    """Every trusted, non-revoked ticket key by its 4-byte key id."""
    rows = session.execute(select(KeyMaterial.key_id, KeyMaterial.public_key).where(
        KeyMaterial.purpose == PURPOSE, KeyMaterial.trusted.is_(True),
        KeyMaterial.revoked_at.is_(None)))
    return {bytes.fromhex(kid): Ed25519PublicKey.from_public_bytes(pub) for kid, pub in rows}
