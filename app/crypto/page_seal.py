"""The page seal: a QR code on every page of a score document that ties it to the database.

Text: ``PG1:`` + base45( CBOR array ``[payload, kid, signature]`` ), where ``payload`` is the
CBOR map

====  ========  =====================================================================
key   field     value
====  ========  =====================================================================
1     kind      text: ``roster``, ``record``, ``report`` or ``supervision``
2     batch     4 bytes, SHA-256(plan name)[:4] (as on the tickets)
3     page      array: the page's key within its document, e.g. ``["6-31-01-03", 4, 2]``
              (occupation code, level, page within the group) or ``["2612...", "practical"]``
4     digest    16 bytes, SHA-256 of the canonical page data (see ``page_digest``)
====  ========  =====================================================================

and ``signature`` is Ed25519 by this site's ``page_seal`` key over ``b"PG1" + payload``.
``verify_page`` recomputes the page's data from the database (the same code that printed it)
and compares digests: a mark changed after printing makes the page fail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.base45 import Base45Error, b45decode, b45encode
from app.crypto.ticket_codec import key_id
from app.model import KeyMaterial
from app.uow import UnitOfWork

PREFIX = "PG1:"
PURPOSE = "page_seal"
DIGEST_LENGTH = 16
KINDS = ("roster", "record", "report", "supervision")


@dataclass(frozen=True)
class SealedPage:
    """What a page QR says."""

    kind: str
    batch_tag: bytes
    page_key: tuple[Any, ...]
    digest: bytes
    kid: bytes
    signature: bytes
    payload: bytes


@dataclass(frozen=True)
class PageCheck:
    """The outcome of checking a scanned page code against the database.

    ``reason`` is a message code: ``pages.ok``, ``pages.unreadable``, ``pages.unknown_batch``,
    ``pages.unknown_key``, ``pages.bad_signature``, ``pages.unknown_page`` or ``pages.changed``.
    """

    ok: bool
    reason: str
    kind: str = ""
    page_key: tuple[Any, ...] = ()
    plan_name: str = ""
    digest: str = ""
    expected: str = ""


def page_digest(kind: str, batch_tag: bytes, page_key: Sequence[Any], content: Any) -> bytes:
    """SHA-256 (truncated) of the canonical CBOR of ``[kind, batch, page key, content]``.

    ``content`` holds only lists, text, integers and ``None`` (the page's rows as printed).
    """
    data = cbor2.dumps([kind, batch_tag, list(page_key), content], canonical=True)
    return hashlib.sha256(data).digest()[:DIGEST_LENGTH]


def _payload(kind: str, batch_tag: bytes, page_key: Sequence[Any], digest: bytes) -> bytes:
    return cbor2.dumps({1: kind, 2: batch_tag, 3: list(page_key), 4: digest}, canonical=True)


def seal_text(kind: str, batch_tag: bytes, page_key: Sequence[Any], content: Any,
              key: Ed25519PrivateKey) -> str:
    """The QR text of one page."""
    payload = _payload(kind, batch_tag, page_key, page_digest(kind, batch_tag, page_key, content))
    signature = key.sign(b"PG1" + payload)
    return PREFIX + b45encode(cbor2.dumps([payload, key_id(key.public_key()), signature]))


def decode_seal(text: str) -> SealedPage | None:
    """Parse QR text; ``None`` when it is not a readable page seal."""
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        return None
    try:
        outer = cbor2.loads(b45decode(text[len(PREFIX):].upper()))
        payload, kid, signature = outer
        m = cbor2.loads(payload)
        page = SealedPage(str(m[1]), bytes(m[2]), tuple(m[3]), bytes(m[4]), bytes(kid),
                          bytes(signature), bytes(payload))
    except (Base45Error, cbor2.CBORDecodeError, KeyError, TypeError, ValueError, OverflowError):
        return None
    return page


def signing_key(session: Session, now: datetime, owner_name: str) -> Ed25519PrivateKey:
    """This site's page-seal key, created on first use (in the caller's transaction)."""
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


def seal_key(uow: UnitOfWork, owner_name: str) -> Ed25519PrivateKey:
    """The signing key, read (or created once) in its own short transaction."""
    with uow.read() as s:
        row = s.scalar(select(KeyMaterial.private_key).where(
            KeyMaterial.purpose == PURPOSE, KeyMaterial.private_key.is_not(None),
            KeyMaterial.revoked_at.is_(None))
            .order_by(KeyMaterial.created_at.desc(), KeyMaterial.id.desc()).limit(1))
    if row is not None:
        return Ed25519PrivateKey.from_private_bytes(row)
    with uow.write() as s:
        return signing_key(s, uow.clock.now(), owner_name)


def _public_keys(session: Session) -> dict[bytes, Ed25519PublicKey]:
    rows = session.execute(select(KeyMaterial.key_id, KeyMaterial.public_key).where(
        KeyMaterial.purpose == PURPOSE, KeyMaterial.trusted.is_(True),
        KeyMaterial.revoked_at.is_(None)))
    return {bytes.fromhex(kid): Ed25519PublicKey.from_public_bytes(pub) for kid, pub in rows}


def verify_page(uow: UnitOfWork, qr_text: str) -> PageCheck:
    """Check a scanned page code: its signature, then its data against the database now.

    Args:
        uow: The unit of work.
        qr_text: The decoded QR text (``PG1:...``).

    Returns:
        A ``PageCheck``; ``ok`` only when the signature is good and the page's data as the
        database has it now hashes to the printed digest.
    """
    from app.reports.score_documents import page_content  # reports build the page data

    page = decode_seal(qr_text)
    if page is None or page.kind not in KINDS:
        return PageCheck(False, "pages.unreadable")
    def check(ok: bool, reason: str, plan_name: str = "", expected: bytes = b"") -> PageCheck:
        assert page is not None
        return PageCheck(ok, reason, page.kind, page.page_key, plan_name, page.digest.hex(),
                         expected.hex())

    with uow.read() as s:
        key = _public_keys(s).get(page.kid)
    if key is None:
        return check(False, "pages.unknown_key")
    try:
        key.verify(page.signature, b"PG1" + page.payload)
    except InvalidSignature:
        return check(False, "pages.bad_signature")
    found = page_content(uow, page.kind, page.batch_tag, page.page_key)
    if found is None:
        return check(False, "pages.unknown_batch")
    plan_name, content = found
    if content is None:
        return check(False, "pages.unknown_page", plan_name)
    expected = page_digest(page.kind, page.batch_tag, page.page_key, content)
    if expected != page.digest:
        return check(False, "pages.changed", plan_name, expected)
    return check(True, "pages.ok", plan_name, expected)
