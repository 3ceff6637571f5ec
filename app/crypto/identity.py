"""An installation's identity: an Ed25519 signing key and an age X25519 receiving key.

Every installation (a site laptop, a station laptop, a certification body) has one identity,
created on first start and kept on disk in a file encrypted with age's passphrase (scrypt) mode.
Its public half (``PublicIdentity``) is what others store after an explicit trust decision:

- key id: the first 16 hex digits of SHA-256 over both public keys (``_key_digest``);
- fingerprint: 32 Crockford-base32 characters of the same digest, printed as 8 groups of 4 for
  a person to compare aloud or on paper, and as a QR payload (``EXAMSITE-FP1:`` + 32 chars);
- enrolment request: JSON with name, kind, both public keys and the creation time, signed by
  the identity itself (``Identity.to_request`` / ``PublicIdentity.from_request``).

Rotation and revocation statements live in ``app.crypto.key_statements``. See
docs/package-format.md ("Identities and trust").
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.errors import IntegrityError, PermissionDenied, ValidationError

KINDS = ("site", "body", "station")
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_KEY_CONTEXT = b"examsite-key-v1\x00"
_STATEMENT_CONTEXT = b"examsite-statement-v1\x00"
_IDENTITY_FILE_TYPE = "examsite-identity"
_REQUEST_TYPE = "enrolment-request"
ROTATION_TYPE = "key-rotation"
REVOCATION_TYPE = "key-revocation"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_PREFIX = "EXAMSITE-FP1:"


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value that is signed and hashed."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def statement_message(statement: dict[str, Any]) -> bytes:
    """What an Ed25519 signature over a JSON statement covers (domain-separated)."""
    return _STATEMENT_CONTEXT + canonical_json(statement)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, *, size: int, code: str) -> bytes:
    try:
        raw = base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise ValidationError(code) from exc
    if len(raw) != size:
        raise ValidationError(code)
    return raw


def crockford32(data: bytes) -> str:
    """Crockford base32 (no padding) of ``data``; 5 bytes give 8 characters."""
    if len(data) % 5:
        raise ValueError("length must be a multiple of 5 bytes")
    bits = int.from_bytes(data, "big")
    count = len(data) * 8 // 5
    return "".join(_CROCKFORD[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def normalise_fingerprint(text: str) -> str:
    """A typed or scanned fingerprint reduced to its 32 characters (case, spaces, O/I/L)."""
    if text.startswith(QR_PREFIX):
        text = text[len(QR_PREFIX):]
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(table)


def _key_digest(signing_key: bytes, age_recipient: str) -> bytes:
    return hashlib.sha256(_KEY_CONTEXT + signing_key + age_recipient.encode("ascii")).digest()


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timezone-aware datetime required")
    return moment.isoformat(timespec="seconds")


def parse_time(text: object, code: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError as exc:
        raise ValidationError(code) from exc
    if moment.tzinfo is None:
        raise ValidationError(code)
    return moment


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("identity.bad_kind", kind=kind)
    return kind


@dataclass(frozen=True)
class PublicIdentity:
    """The public half of an identity: what a peer stores once it trusts it."""

    name: str
    kind: str
    signing_key: bytes  # raw Ed25519 public key, 32 bytes
    age_recipient: str  # "age1..."
    created: datetime

    @property
    def key_id(self) -> str:
        return _key_digest(self.signing_key, self.age_recipient).hex()[:16]

    @property
    def fingerprint(self) -> str:
        """8 groups of 4 Crockford-base32 characters (160 bits of the key digest)."""
        chars = crockford32(_key_digest(self.signing_key, self.age_recipient)[:20])
        return " ".join(chars[i:i + 4] for i in range(0, 32, 4))

    @property
    def fingerprint_qr(self) -> str:
        """The fingerprint as a QR payload (QR alphanumeric mode: upper case, digits, ':-')."""
        return QR_PREFIX + self.fingerprint.replace(" ", "")

    def fingerprint_matches(self, typed: str) -> bool:
        """Whether a fingerprint read out, typed or scanned is this identity's."""
        return normalise_fingerprint(typed) == self.fingerprint.replace(" ", "")

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def as_record(self) -> dict[str, Any]:
        """Plain JSON-able fields (to store in the database or embed in a statement)."""
        return {"name": self.name, "kind": self.kind, "signing_key": b64(self.signing_key),
                "age_recipient": self.age_recipient, "created": _iso(self.created),
                "key_id": self.key_id}

    @classmethod
    def from_record(cls, record: dict[str, Any], code: str = "identity.bad_request"
                    ) -> PublicIdentity:
        """The inverse of ``as_record``; checks the key id when one is given."""
        try:
            name, kind = str(record["name"]), str(record["kind"])
            recipient = str(record["age_recipient"])
            created = parse_time(record["created"], code)
            signing_key = unb64(record["signing_key"], size=32, code=code)
        except (KeyError, TypeError) as exc:
            raise ValidationError(code) from exc
        if kind not in KINDS:
            raise ValidationError(code)
        try:
            x25519.Recipient.from_str(recipient)
        except pyrage.RecipientError as exc:
            raise ValidationError(code) from exc
        public = cls(name, kind, signing_key, recipient, created)
        if "key_id" in record and record["key_id"] != public.key_id:
            raise ValidationError(code)
        return public

    @classmethod
    def from_request(cls, data: bytes) -> PublicIdentity:
        """Reads an enrolment request and checks its self-signature.

        Raises:
            ValidationError: ``identity.bad_request`` when it is not a readable request.
            IntegrityError: ``identity.bad_signature`` when the self-signature fails.
        """
        try:
            document = json.loads(data.decode("utf-8"))
            statement, signature = document["statement"], document["signature"]
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise ValidationError("identity.bad_request") from exc
        if not isinstance(statement, dict) or statement.get("type") != _REQUEST_TYPE:
            raise ValidationError("identity.bad_request")
        public = cls.from_record(statement)
        raw = unb64(signature, size=64, code="identity.bad_request")
        if not public.verify(raw, statement_message(statement)):
            raise IntegrityError("identity.bad_signature", key_id=public.key_id)
        return public


class Identity:
    """An installation's own key pair; never leaves the machine except encrypted."""

    def __init__(self, name: str, kind: str, created: datetime,
                 signing: Ed25519PrivateKey, receiving: x25519.Identity) -> None:
        self.name = name
        self.kind = check_kind(kind)
        self.created = created
        self._signing = signing
        self._receiving = receiving

    @classmethod
    def generate(cls, name: str, kind: str, *, now: datetime | None = None) -> Identity:
        """A new identity of ``kind`` ("site", "body" or "station")."""
        check_kind(kind)
        created = (now or datetime.now(UTC)).replace(microsecond=0)
        _iso(created)
        return cls(name, kind, created, Ed25519PrivateKey.generate(),
                   x25519.Identity.generate())

    # --- public half -------------------------------------------------------------------
    def public(self) -> PublicIdentity:
        return PublicIdentity(self.name, self.kind,
                              self._signing.public_key().public_bytes_raw(),
                              str(self._receiving.to_public()), self.created)

    @property
    def key_id(self) -> str:
        return self.public().key_id

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def sign_statement(self, statement: dict[str, Any]) -> bytes:
        """A signed JSON statement: ``{"statement": ..., "signature": base64}``."""
        signature = self.sign(statement_message(statement))
        return canonical_json({"statement": statement, "signature": b64(signature)})

    def to_request(self) -> bytes:
        """The enrolment request a peer reads with ``PublicIdentity.from_request``."""
        return self.sign_statement({"type": _REQUEST_TYPE, **self.public().as_record()})

    # --- rotation and revocation (checked by app.crypto.key_statements) ----------------
    def rotate(self, *, now: datetime | None = None) -> tuple[Identity, bytes]:
        """A new identity of the same name and kind, and a statement signed by this (old)
        key naming the new one; the new key's own enrolment request is inside it."""
        new = Identity.generate(self.name, self.kind, now=now)
        statement = {"type": ROTATION_TYPE, "old_key_id": self.key_id,
                     "new_request": json.loads(new.to_request()),
                     "created": _iso(new.created)}
        return new, self.sign_statement(statement)

    def revocation(self, reason: str, *, key_id: str | None = None,
                   now: datetime | None = None) -> bytes:
        """A revocation statement for this key (``key_id`` None) or, for a certification
        body only, for another key it enrolled."""
        if key_id is not None and key_id != self.key_id and self.kind != "body":
            raise PermissionDenied("identity.revoke_not_allowed")
        moment = (now or datetime.now(UTC)).replace(microsecond=0)
        return self.sign_statement({
            "type": REVOCATION_TYPE, "revoked_key_id": key_id or self.key_id,
            "signer_key_id": self.key_id, "reason": reason, "created": _iso(moment)})

    # --- the age receiving key ------------------------------------------------------------
    @property
    def age_identity(self) -> x25519.Identity:
        """For pyrage decryption."""
        return self._receiving

    def age_identity_text(self) -> str:
        """The secret in age's identity file format (``age -d -i FILE``); handle with care."""
        name = " ".join(self.name.split())  # a comment line: no line breaks
        return (f"# ExamSite identity {self.key_id} ({self.kind}: {name})\n"
                f"# public key: {self._receiving.to_public()}\n{self._receiving}\n")

    def export_age_identity(self, path: Path) -> None:
        """Writes the age identity file (mode 600) for emergency use with the ``age`` tool."""
        _write_private(path, self.age_identity_text().encode("utf-8"))

    # --- protected storage ------------------------------------------------------------
    def to_bytes(self, passphrase: str) -> bytes:
        """The identity encrypted with age's passphrase (scrypt) mode."""
        if not passphrase:
            raise ValidationError("identity.empty_passphrase")
        secret = canonical_json({
            "type": _IDENTITY_FILE_TYPE, "version": 1, "name": self.name, "kind": self.kind,
            "created": _iso(self.created), "signing_secret": b64(self._signing.private_bytes_raw()),
            "age_secret": str(self._receiving)})
        return bytes(age_passphrase.encrypt(secret, passphrase))

    @classmethod
    def from_bytes(cls, data: bytes, passphrase: str) -> Identity:
        """Raises ``identity.not_an_identity_file`` or ``identity.wrong_passphrase``."""
        if not data.startswith(AGE_MAGIC):
            raise ValidationError("identity.not_an_identity_file")
        try:
            secret = age_passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as exc:
            if "No matching keys" in str(exc) or "Decryption failed" in str(exc):
                raise PermissionDenied("identity.wrong_passphrase") from exc
            raise ValidationError("identity.not_an_identity_file") from exc
        code = "identity.not_an_identity_file"
        try:
            record = json.loads(bytes(secret).decode("utf-8"))
            if record.get("type") != _IDENTITY_FILE_TYPE or record.get("version") != 1:
                raise ValidationError(code)
            signing = Ed25519PrivateKey.from_private_bytes(
                unb64(record["signing_secret"], size=32, code=code))
            receiving = x25519.Identity.from_str(str(record["age_secret"]))
            return cls(str(record["name"]), check_kind(str(record["kind"])),
                       parse_time(record["created"], code), signing, receiving)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
                pyrage.IdentityError) as exc:
            raise ValidationError(code) from exc

    def save(self, path: Path, passphrase: str) -> None:
        """Writes the encrypted identity file atomically (mode 600)."""
        _write_private(path, self.to_bytes(passphrase))

    @classmethod
    def load(cls, path: Path, passphrase: str) -> Identity:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ValidationError("identity.not_an_identity_file") from exc
        return cls.from_bytes(data, passphrase)


def _write_private(path: Path, data: bytes) -> None:
    """Temp file beside ``path`` (mode 600), fsync, then an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
