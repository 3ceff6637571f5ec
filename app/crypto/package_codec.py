"""The plaintext layout inside a package's age encryption (format version 1).

``MAGIC`` ``u32 len`` header ``u32 len`` manifest ``u32 len`` signature, then the members'
bytes back to back in manifest order, then the end of the stream. Header and manifest are
canonical CBOR (RFC 8949 section 4.2.1); lengths are unsigned 32-bit big-endian. The signature
is Ed25519 over ``package_digest`` = SHA-256 of the framed header and manifest. See
docs/package-format.md.

``PackageParser`` is a push parser (fed by pyrage's streaming decryption): it never holds more
than one part or one chunk of a member, and it calls ``on_prelude`` with the header, manifest and
signature *before* the first member byte, so the caller can check trust and the signature first.
"""

from __future__ import annotations

import hashlib
import re
import struct
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import cbor2

from app.crypto.identity import PublicIdentity, parse_time
from app.errors import IntegrityError, ValidationError

MAGIC = b"EXAMSITE-PKG\n"
FORMAT_VERSION = 1
CHUNK = 64 * 1024
MAX_HEADER = 64 * 1024
MAX_MANIFEST = 16 * 1024 * 1024
SIGNATURE_SIZE = 64
MODES = ("x25519", "passphrase")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_HEADER_KEYS = {"format", "type", "id", "batch", "created", "sender_key_id", "sender",
                "recipients", "mode", "stream", "sequence", "previous"}


def damaged(part: str) -> IntegrityError:
    return IntegrityError("package.damaged", part=part)


@dataclass(frozen=True)
class PackageHeader:
    """What a package says about itself; ``write_package`` fills sender, recipients and mode."""

    package_type: str
    batch_code: str
    stream: str  # per sender, e.g. "site-package" or "station:desk-2"
    sequence: int  # 1, 2, ... within the stream
    previous_digest: str | None  # the previous package's ``digest`` in the stream, hex
    created: datetime
    package_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    sender: PublicIdentity | None = None
    recipient_key_ids: tuple[str, ...] = ()
    mode: str = "x25519"
    format_version: int = FORMAT_VERSION

    @property
    def sender_key_id(self) -> str:
        return self.sender.key_id if self.sender is not None else ""


@dataclass(frozen=True)
class MemberInfo:
    name: str
    count: int  # records in the member (the producer's count; photos: one per photo)
    length: int  # bytes
    sha256: str  # hex


@dataclass(frozen=True)
class Member:
    """One member to write: its bytes, or a function giving them in chunks (called twice:
    once to hash, once to write, so large content need not be held in memory)."""

    name: str
    count: int
    data: bytes | Callable[[], Iterable[bytes]]

    def chunks(self) -> Iterator[bytes]:
        if isinstance(self.data, bytes):
            for start in range(0, len(self.data), CHUNK):
                yield self.data[start:start + CHUNK]
        else:
            yield from self.data()

    def info(self) -> MemberInfo:
        digest, length = hashlib.sha256(), 0
        for chunk in self.chunks():
            digest.update(chunk)
            length += len(chunk)
        return MemberInfo(self.name, self.count, length, digest.hexdigest())


def encode_header(header: PackageHeader) -> bytes:
    if header.sender is None:
        raise ValueError("the header has no sender")
    return bytes(cbor2.dumps({
        "format": header.format_version, "type": header.package_type, "id": header.package_id,
        "batch": header.batch_code, "created": header.created.isoformat(timespec="seconds"),
        "sender_key_id": header.sender.key_id, "sender": header.sender.as_record(),
        "recipients": list(header.recipient_key_ids), "mode": header.mode,
        "stream": header.stream, "sequence": header.sequence,
        "previous": header.previous_digest}, canonical=True))


def _canonical(data: bytes, part: str) -> Any:
    try:
        value = cbor2.loads(data)
    except Exception as exc:  # cbor2 raises many kinds on garbage  # noqa: BLE001
        raise damaged(part) from exc
    try:
        same = bytes(cbor2.dumps(value, canonical=True)) == data
    except Exception as exc:  # noqa: BLE001
        raise damaged(part) from exc
    if not same:
        raise damaged(part)
    return value


def decode_header(data: bytes) -> PackageHeader:
    """Raises ``package.damaged`` (part header) or ``package.unsupported_version``."""
    value = _canonical(data, "header")
    if not isinstance(value, dict) or set(value) != _HEADER_KEYS:
        raise damaged("header")
    if value["format"] != FORMAT_VERSION:
        raise ValidationError("package.unsupported_version", version=str(value.get("format")))
    try:
        sender = PublicIdentity.from_record(value["sender"], code="package.damaged")
        recipients = value["recipients"]
        previous = value["previous"]
        header = PackageHeader(
            package_type=_text(value["type"]), batch_code=_text(value["batch"]),
            stream=_text(value["stream"]), sequence=value["sequence"],
            previous_digest=previous,
            created=parse_time(value["created"], "package.damaged"),
            package_id=str(uuid.UUID(_text(value["id"]))), sender=sender,
            recipient_key_ids=tuple(recipients), mode=value["mode"])
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise damaged("header") from exc
    ok = (value["sender_key_id"] == sender.key_id
          and type(header.sequence) is int and header.sequence >= 1
          and (previous is None or (isinstance(previous, str) and _HEX64.fullmatch(previous)))
          and isinstance(recipients, list)
          and all(isinstance(r, str) and _KEY_ID.fullmatch(r) for r in recipients)
          and header.mode in MODES and header.package_id == value["id"])
    if not ok:
        raise damaged("header")
    return header


def _text(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("text expected")
    return value


def encode_manifest(members: Iterable[MemberInfo]) -> bytes:
    return bytes(cbor2.dumps([{"name": m.name, "count": m.count, "length": m.length,
                               "sha256": m.sha256} for m in members], canonical=True))


def decode_manifest(data: bytes) -> tuple[MemberInfo, ...]:
    value = _canonical(data, "manifest")
    if not isinstance(value, list):
        raise damaged("manifest")
    members: list[MemberInfo] = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"name", "count", "length", "sha256"}:
            raise damaged("manifest")
        name, count, length, sha = item["name"], item["count"], item["length"], item["sha256"]
        if not (isinstance(name, str) and name and type(count) is int and count >= 0
                and type(length) is int and length >= 0
                and isinstance(sha, str) and _HEX64.fullmatch(sha)):
            raise damaged("manifest")
        members.append(MemberInfo(name, count, length, sha))
    if len({m.name for m in members}) != len(members):
        raise damaged("manifest")
    return tuple(members)


def frame(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def package_digest(header_bytes: bytes, manifest_bytes: bytes) -> bytes:
    """What the sender signs: SHA-256 over the framed header and framed manifest."""
    return hashlib.sha256(frame(header_bytes) + frame(manifest_bytes)).digest()


def plaintext_chunks(header_bytes: bytes, manifest_bytes: bytes, signature: bytes,
                     members: Iterable[Member]) -> Iterator[bytes]:
    yield MAGIC + frame(header_bytes) + frame(manifest_bytes) + frame(signature)
    for member in members:
        yield from member.chunks()


@dataclass(frozen=True)
class Prelude:
    header: PackageHeader
    members: tuple[MemberInfo, ...]
    header_bytes: bytes
    manifest_bytes: bytes
    signature: bytes

    @property
    def digest(self) -> bytes:
        return package_digest(self.header_bytes, self.manifest_bytes)


ChunkSink = Callable[[MemberInfo, bytes], None]
_Steps = Generator[None, bytes | None, None]


class PackageParser:
    """Push parser: ``feed`` decrypted bytes as they come, then ``finish``.

    The first error raised is also kept in ``error`` (pyrage may wrap exceptions raised
    inside its writer callback)."""

    def __init__(self, on_prelude: Callable[[Prelude], None],
                 on_chunk: ChunkSink | None = None) -> None:
        self._on_prelude = on_prelude
        self._on_chunk = on_chunk
        self._buf = bytearray()
        self.error: BaseException | None = None
        self.prelude: Prelude | None = None
        self._steps = self._run()
        next(self._steps)

    # file-like, for pyrage.decrypt_io
    def write(self, data: bytes) -> int:
        self._send(bytes(data))
        return len(data)

    def flush(self) -> None:
        return None

    def finish(self) -> None:
        try:
            self._send(None)
        except StopIteration:
            return
        raise damaged("end")  # pragma: no cover - _run always stops at end of stream

    def _send(self, data: bytes | None) -> None:
        if self.error is not None:
            raise self.error
        try:
            self._steps.send(data)
        except StopIteration:
            raise
        except BaseException as exc:
            self.error = exc
            raise

    def _take(self, count: int, part: str) -> Generator[None, bytes | None, bytes]:
        while len(self._buf) < count:
            data = yield
            if data is None:
                raise damaged(part)
            self._buf += data
        out = bytes(self._buf[:count])
        del self._buf[:count]
        return out

    def _part(self, part: str, limit: int) -> Generator[None, bytes | None, bytes]:
        (length,) = struct.unpack(">I", (yield from self._take(4, part)))
        if length > limit:
            raise damaged(part)
        return (yield from self._take(length, part))

    def _run(self) -> _Steps:
        magic = yield from self._take(len(MAGIC), "magic")
        if magic != MAGIC:
            raise ValidationError("package.not_a_package")
        header_bytes = yield from self._part("header", MAX_HEADER)
        header = decode_header(header_bytes)
        manifest_bytes = yield from self._part("manifest", MAX_MANIFEST)
        members = decode_manifest(manifest_bytes)
        signature = yield from self._part("signature", SIGNATURE_SIZE)
        if len(signature) != SIGNATURE_SIZE:
            raise damaged("signature")
        self.prelude = Prelude(header, members, header_bytes, manifest_bytes, signature)
        self._on_prelude(self.prelude)
        for member in members:
            yield from self._member(member)
        while True:
            if self._buf:
                raise damaged("end")
            data = yield
            if data is None:
                return
            self._buf += data

    def _member(self, member: MemberInfo) -> _Steps:
        part = f"member {member.name}"
        digest, remaining = hashlib.sha256(), member.length
        while remaining:
            if not self._buf:
                data = yield
                if data is None:
                    raise damaged(part)
                self._buf += data
                continue
            piece = bytes(self._buf[:min(remaining, CHUNK)])
            del self._buf[:len(piece)]
            digest.update(piece)
            remaining -= len(piece)
            if self._on_chunk is not None:
                self._on_chunk(member, piece)
        if digest.hexdigest() != member.sha256:
            raise damaged(part)
