"""The verification QR printed on a 职业技能等级证书 (format version 1).

Text: ``EC1:`` + base45( CBOR array ``[payload, kid, signature]`` ), where ``payload`` is the
canonical CBOR map

====  ==========  ==================================================================
key   field       value
====  ==========  ==================================================================
1     number      text, the certificate number
2     name        text, the holder's name as printed
3     id_hash     8 bytes, SHA-256(number ":" id_type ":" id_number)[:8]
4     occupation  text, the occupation (工种) code
5     level       integer 1-5
6     issued_on   text, ISO date
7     body        text, the issuing body's code
====  ==========  ==================================================================

and ``signature`` is Ed25519 by the body's ticket-signing key (``app.crypto.ticket_keys``) over
``b"EC1" + payload``; ``kid`` is that key's 4-byte id. The name and number are in the signed
payload, so a changed name or number on paper no longer matches the QR a verifier reads, and a
changed QR text fails the signature. The ID number is only hashed (bound to the number).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.crypto.base45 import Base45Error, b45decode, b45encode
from app.crypto.ticket_codec import key_id

PREFIX = "EC1:"
DOMAIN = b"EC1"


@dataclass(frozen=True)
class CertificateClaims:
    number: str
    name: str
    id_hash: bytes
    occupation_code: str
    level: int
    issued_on: date
    body_code: str


@dataclass(frozen=True)
class SealCheck:
    """The signature check of a scanned text. ``reason`` is a message code:
    ``certificate.check.ok``, ``certificate.check.unreadable``,
    ``certificate.check.unknown_key`` or ``certificate.check.bad_signature``."""

    ok: bool
    reason: str
    claims: CertificateClaims | None = None


def id_hash(number: str, id_type: str, id_number: str) -> bytes:
    return hashlib.sha256(f"{number}:{id_type}:{id_number}".encode()).digest()[:8]


def _payload(c: CertificateClaims) -> bytes:
    return cbor2.dumps({1: c.number, 2: c.name, 3: c.id_hash, 4: c.occupation_code,
                        5: c.level, 6: c.issued_on.isoformat(), 7: c.body_code},
                       canonical=True)


def seal_text(claims: CertificateClaims, key: Ed25519PrivateKey) -> str:
    """The QR text of one certificate."""
    payload = _payload(claims)
    signature = key.sign(DOMAIN + payload)
    return PREFIX + b45encode(cbor2.dumps([payload, key_id(key.public_key()), signature]))


def _decode(text: str) -> tuple[bytes, bytes, bytes, CertificateClaims] | None:
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        return None
    try:
        payload, kid, signature = cbor2.loads(b45decode(text[len(PREFIX):].upper()))
        m = cbor2.loads(payload)
        claims = CertificateClaims(str(m[1]), str(m[2]), bytes(m[3]), str(m[4]), int(m[5]),
                                   date.fromisoformat(str(m[6])), str(m[7]))
        return bytes(payload), bytes(kid), bytes(signature), claims
    except (Base45Error, cbor2.CBORDecodeError, KeyError, TypeError, ValueError,
            OverflowError):
        return None


def check_seal(text: str, keys: Mapping[bytes, Ed25519PublicKey]) -> SealCheck:
    """Decode a scanned text and check its signature against the trusted keys (no database)."""
    decoded = _decode(text)
    if decoded is None:
        return SealCheck(False, "certificate.check.unreadable")
    payload, kid, signature, claims = decoded
    key = keys.get(kid)
    if key is None:
        return SealCheck(False, "certificate.check.unknown_key", claims)
    try:
        key.verify(signature, DOMAIN + payload)
    except InvalidSignature:
        return SealCheck(False, "certificate.check.bad_signature", claims)
    return SealCheck(True, "certificate.check.ok", claims)
