"""The signed admission ticket carried by the QR code (format version 1).

Text: ``ES1:`` + base45( COSE_Sign1 ) — RFC 9052 COSE_Sign1 signed with Ed25519 (EdDSA, alg -8),
the key id (``kid``, 4 bytes) in the protected header, and a CBOR map of claims as payload:

====  ===========  ====================================================================
key   claim        value
====  ===========  ====================================================================
1     ticket_no    text, the 15-digit ticket number
2     batch_tag    4 bytes, SHA-256(plan name)[:4]
3     sessions     array of [session code, room code, seat label]
4     id_hash      8 bytes, SHA-256(batch_tag hex ":" id_type ":" id_number)[:8]
5     photo_hash   8 bytes, SHA-256(registered photo bytes)[:8]
6     not_before   integer, Unix seconds
7     not_after    integer, Unix seconds
8     issue_no     integer, 1 for the first issue, +1 on every reissue
====  ===========  ====================================================================

See docs/ticket-format.md. Independent COSE libraries (e.g. pycose) verify these tickets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.crypto.base45 import Base45Error, b45decode, b45encode
from app.errors import IntegrityError

PREFIX = "ES1:"
COSE_ALG = 1
COSE_KID = 4
EDDSA = -8
KID_LENGTH = 4


@dataclass(frozen=True)
class TicketSeat:
    session_code: str
    room_code: str
    seat_label: str


@dataclass(frozen=True)
class TicketClaims:
    ticket_no: str
    batch_tag: bytes
    seats: tuple[TicketSeat, ...]
    id_hash: bytes
    photo_hash: bytes
    not_before: datetime
    not_after: datetime
    issue_no: int = 1


@dataclass(frozen=True)
class VerifiedTicket:
    claims: TicketClaims
    kid: bytes


def key_id(public_key: Ed25519PublicKey) -> bytes:
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:KID_LENGTH]


def batch_tag(plan_name: str) -> bytes:
    return hashlib.sha256(plan_name.encode("utf-8")).digest()[:4]


def id_hash(tag: bytes, id_type: str, id_number: str) -> bytes:
    return hashlib.sha256(f"{tag.hex()}:{id_type}:{id_number}".encode()).digest()[:8]


def photo_hash(photo: bytes) -> bytes:
    return hashlib.sha256(photo).digest()[:8]


def _sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def _claims_map(c: TicketClaims) -> dict[int, object]:
    return {
        1: c.ticket_no, 2: c.batch_tag,
        3: [[s.session_code, s.room_code, s.seat_label] for s in c.seats],
        4: c.id_hash, 5: c.photo_hash,
        6: int(c.not_before.timestamp()), 7: int(c.not_after.timestamp()), 8: c.issue_no,
    }


def sign_ticket(claims: TicketClaims, private_key: Ed25519PrivateKey) -> str:
    """The QR text for ``claims`` signed with ``private_key``."""
    protected = cbor2.dumps({COSE_ALG: EDDSA, COSE_KID: key_id(private_key.public_key())})
    payload = cbor2.dumps(_claims_map(claims))
    signature = private_key.sign(_sig_structure(protected, payload))
    return PREFIX + b45encode(cbor2.dumps(cbor2.CBORTag(18, [protected, {}, payload, signature])))


def _unreadable(detail: str) -> IntegrityError:
    return IntegrityError("ticket.unreadable", detail=detail)


def _parse(text: str) -> tuple[bytes, bytes, bytes, bytes]:
    """(protected, kid, payload, signature) from QR text; raises ``ticket.unreadable``."""
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        raise _unreadable("prefix")
    try:
        raw = b45decode(text[len(PREFIX):].upper())
        obj = cbor2.loads(raw)
    except (Base45Error, cbor2.CBORDecodeError, ValueError, TypeError, OverflowError):
        raise _unreadable("encoding") from None
    if isinstance(obj, cbor2.CBORTag):
        if obj.tag != 18:
            raise _unreadable("tag")
        obj = obj.value
    if not (isinstance(obj, list | tuple) and len(obj) == 4 and isinstance(obj[0], bytes)
            and isinstance(obj[2], bytes) and isinstance(obj[3], bytes)):
        raise _unreadable("structure")
    protected, _unprotected, payload, signature = obj
    try:
        header = cbor2.loads(protected)
    except (cbor2.CBORDecodeError, ValueError, TypeError):
        raise _unreadable("header") from None
    if not isinstance(header, dict) or header.get(COSE_ALG) != EDDSA:
        raise _unreadable("algorithm")
    kid = header.get(COSE_KID)
    if not isinstance(kid, bytes):
        raise _unreadable("kid")
    return protected, kid, payload, signature


def _claims(payload: bytes) -> TicketClaims:
    try:
        m = cbor2.loads(payload)
        seats = tuple(TicketSeat(str(a), str(b), str(c)) for a, b, c in m[3])
        claims = TicketClaims(
            ticket_no=str(m[1]), batch_tag=bytes(m[2]), seats=seats, id_hash=bytes(m[4]),
            photo_hash=bytes(m[5]), not_before=datetime.fromtimestamp(int(m[6]), UTC),
            not_after=datetime.fromtimestamp(int(m[7]), UTC), issue_no=int(m.get(8, 1)))
    except (cbor2.CBORDecodeError, KeyError, TypeError, ValueError, OverflowError):
        raise _unreadable("claims") from None
    return claims


def ticket_digest(text: str) -> str:
    """The revocation-list identity of one issued QR text."""
    return hashlib.sha256(text.strip().upper().encode("ascii", "replace")).hexdigest()


def verify_ticket(text: str, keys: Mapping[bytes, Ed25519PublicKey]) -> VerifiedTicket:
    """Decode and verify QR text against the trusted ticket keys.

    Raises:
        IntegrityError: ``ticket.unreadable`` (not a ticket, damaged), ``ticket.unknown_key``
            (signed by a key this laptop does not trust), ``ticket.bad_signature`` (edited or
            forged).
    """
    protected, kid, payload, signature = _parse(text)
    key = keys.get(kid)
    if key is None:
        raise IntegrityError("ticket.unknown_key", kid=kid.hex())
    try:
        key.verify(signature, _sig_structure(protected, payload))
    except InvalidSignature:
        raise IntegrityError("ticket.bad_signature") from None
    return VerifiedTicket(_claims(payload), kid)
