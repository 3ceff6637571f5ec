"""Writing and opening packages: age-encrypted, Ed25519-signed files (format version 1).

The encryption is the age file format itself (pyrage), to X25519 recipients — or, in the one
case where no key has been exchanged yet, to a passphrase (age's scrypt mode). Inside is the
layout of ``app.crypto.package_codec``. Everything is checked before ``open_package`` returns:
age decryption, magic, lengths, canonical header and manifest, the sender is trusted, the
signature, that this identity is a recipient, every member's length and SHA-256, and the end.
Replay and sequence checks belong to the import service (the header carries stream, sequence
and the previous package's digest).

Memory: X25519 packages stream through pyrage in 8 KiB pieces; the parser holds the header,
the manifest and at most one 64 KiB chunk. Member bytes are only held when a caller asks for
one with ``read_member``; ``stream_members`` passes them on chunk by chunk. ``open_package``
copies the file into a private temporary folder first (ciphertext only, so the USB stick can be
pulled and nothing decrypted ever touches the disk) and later reads decrypt that copy again.
pyrage's passphrase mode takes and returns whole byte strings, so a passphrase package is held
in memory (plaintext and ciphertext) while it is written or opened.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.crypto.age_io import (
    ChunkReader,
    Stop,
    age_stanzas,
    copy_hashing,
    decrypt,
    fsync_dir,
    passphrase_decrypt,
)
from app.crypto.identity import Identity, PublicIdentity
from app.crypto.package_codec import (
    Member,
    MemberInfo,
    PackageHeader,
    PackageParser,
    Prelude,
    damaged,
    encode_header,
    encode_manifest,
    package_digest,
    plaintext_chunks,
)
from app.errors import DomainError, IntegrityError, NotFoundError, PermissionDenied, ValidationError
from app.progress import NullProgress, Progress

Trusted = Callable[[str], PublicIdentity | None]

COPY_PREFIX = "examsite-pkg-"  # private ciphertext copies in the temp folder

__all__ = ["Member", "MemberInfo", "OpenedPackage", "PackageHeader", "PackageInfo",
           "open_package", "read_sender", "write_package"]


@dataclass(frozen=True)
class PackageInfo:
    """A package written and verified."""

    path: Path
    header: PackageHeader
    members: tuple[MemberInfo, ...]
    digest: str  # hex SHA-256 the signature covers; the next package's ``previous_digest``
    file_sha256: str
    size: int


def write_package(out_path: Path, header: PackageHeader, members: Iterable[Member],
                  signer: Identity, recipients: Sequence[PublicIdentity], *,
                  passphrase: str | None = None, progress: Progress | None = None
                  ) -> PackageInfo:
    """Writes a package to ``out_path`` for ``recipients`` (or, with no recipients, for
    ``passphrase``): temp file beside it, fsync, read back and fully verified, then renamed.

    The signer's own X25519 key is an extra age recipient (not listed in the header), so the
    sender can verify what it wrote and re-open its own archive.

    Raises:
        ValidationError: ``package.no_recipients``, ``package.duplicate_member``.
        IntegrityError: ``package.verify_failed`` when the file read back is not what was
            written (a failing USB stick).
    """
    progress = progress or NullProgress()
    if header.created.tzinfo is None:
        raise ValueError("the package's created time must be timezone-aware")
    items = list(members)
    if bool(recipients) == bool(passphrase):
        raise ValidationError("package.no_recipients")
    names = [m.name for m in items]
    if len(set(names)) != len(names):
        raise ValidationError("package.duplicate_member")
    infos = tuple(m.info() for m in items)
    header = replace(header, created=header.created.replace(microsecond=0),
                     sender=signer.public(),
                     recipient_key_ids=tuple(dict.fromkeys(r.key_id for r in recipients)),
                     mode="x25519" if recipients else "passphrase")
    header_bytes, manifest_bytes = encode_header(header), encode_manifest(infos)
    signature = signer.sign(package_digest(header_bytes, manifest_bytes))
    chunks = plaintext_chunks(header_bytes, manifest_bytes, signature, items)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part",
                                    dir=out_path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if passphrase:
                handle.write(bytes(age_passphrase.encrypt(b"".join(chunks), passphrase)))
            else:
                targets = dict.fromkeys([*(r.age_recipient for r in recipients),
                                         signer.public().age_recipient])
                reader = ChunkReader(chunks, sum(i.length for i in infos), progress)
                try:
                    pyrage.encrypt_io(reader, handle,
                                      [x25519.Recipient.from_str(r) for r in targets])
                except pyrage.EncryptError as exc:  # it wraps what the reader raised
                    if reader.error is not None:
                        raise reader.error from exc
                    raise
            handle.flush()
            os.fsync(handle.fileno())
        info = _verify_written(tmp, out_path, signer, passphrase=passphrase, header=header,
                               infos=infos)
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return info


def _verify_written(tmp: Path, out_path: Path, signer: Identity, *, passphrase: str | None,
                    header: PackageHeader, infos: tuple[MemberInfo, ...]) -> PackageInfo:
    own = signer.public()
    try:
        with _open(tmp, None if passphrase else signer,
                   lambda kid: own if kid == own.key_id else None,
                   passphrase=passphrase, progress=NullProgress(), as_sender=True) as opened:
            if opened.header != header or opened.members != infos:
                raise IntegrityError("package.verify_failed", reason="content")
            return PackageInfo(out_path, opened.header, opened.members, opened.digest,
                               opened.file_sha256, opened.size)
    except IntegrityError as exc:
        if exc.code == "package.verify_failed":
            raise
        raise IntegrityError("package.verify_failed", reason=exc.code) from exc
    except DomainError as exc:
        raise IntegrityError("package.verify_failed", reason=exc.code) from exc


class OpenedPackage:
    """A package that passed every check; its members are read from a private ciphertext copy
    (or, for a passphrase package, from memory). Close it (or use ``with``) when done."""

    def __init__(self, prelude: Prelude, sender: PublicIdentity, copy: Path, *,
                 file_sha256: str, size: int, identity: Identity | None,
                 plaintext: bytes | None) -> None:
        self.header = prelude.header
        self.members = prelude.members
        self.digest = prelude.digest.hex()
        self.sender = sender
        self.file_sha256 = file_sha256
        self.size = size
        self._copy = copy
        self._identity = identity
        self._plaintext = plaintext
        self._cleanup = weakref.finalize(self, shutil.rmtree, copy.parent, True)

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._plaintext = None
        self._cleanup()

    def member(self, name: str) -> MemberInfo:
        for info in self.members:
            if info.name == name:
                return info
        raise NotFoundError("package.no_such_member", name=name)

    def stream_members(self, sink: Callable[[MemberInfo, bytes], None],
                       progress: Progress | None = None) -> None:
        """Passes every member's bytes to ``sink`` in chunks, in manifest order; each member
        is checked again against its hash (an error after its last chunk)."""
        self._pass(sink, progress or NullProgress())

    def read_member(self, name: str) -> bytes:
        """One member's bytes, checked against the signed manifest."""
        wanted, parts = self.member(name), bytearray()

        def sink(info: MemberInfo, chunk: bytes) -> None:
            if info.name == name:
                parts.extend(chunk)

        self._pass(sink, NullProgress(), stop_after=name)
        if len(parts) != wanted.length or hashlib.sha256(parts).hexdigest() != wanted.sha256:
            raise damaged(f"member {name}")
        return bytes(parts)

    def _pass(self, sink: Callable[[MemberInfo, bytes], None], progress: Progress,
              stop_after: str | None = None) -> None:
        if not self._cleanup.alive:
            raise ValidationError("package.closed")
        expected = self.digest
        index = {m.name: i for i, m in enumerate(self.members)}
        last = index[stop_after] if stop_after is not None else len(self.members)

        def same_package(prelude: Prelude) -> None:
            if prelude.digest.hex() != expected:
                raise damaged("header")

        def chunks(info: MemberInfo, chunk: bytes) -> None:
            if index[info.name] > last:
                raise Stop()  # the wanted member is complete and its hash checked
            sink(info, chunk)

        parser = PackageParser(same_package, chunks)
        decrypt(self._copy, self._identity, parser, progress, self._plaintext)


def open_package(path: Path, identity: Identity | None, trusted: Trusted, *,
                 passphrase: str | None = None, progress: Progress | None = None
                 ) -> OpenedPackage:
    """Decrypts and checks a whole package before returning it.

    Args:
        path: the package file (e.g. on a USB stick); it is copied first.
        identity: this installation's identity (None with ``passphrase``).
        trusted: the public identity this installation trusts under a key id, or None.

    Raises:
        ValidationError: ``package.not_a_package``, ``package.unsupported_version``,
            ``package.needs_passphrase``.
        PermissionDenied: ``package.not_for_this_laptop``, ``package.unknown_sender`` (with
            the sender's key id, name and fingerprint), ``package.wrong_passphrase``.
        IntegrityError: ``package.damaged`` (with the part), ``package.bad_signature``.
    """
    return _open(path, identity, trusted, passphrase=passphrase,
                 progress=progress or NullProgress(), as_sender=False)


def _open(path: Path, identity: Identity | None, trusted: Trusted, *, passphrase: str | None,
          progress: Progress, as_sender: bool) -> OpenedPackage:
    """``open_package``; ``as_sender`` (the read-back after writing) skips the recipient
    check, since a sender is an age recipient of its own packages but not named in them."""
    folder = Path(tempfile.mkdtemp(prefix=COPY_PREFIX))
    try:
        copy = folder / "ciphertext"
        file_sha256, size = copy_hashing(path, copy)
        stanzas = age_stanzas(copy)
        if passphrase is None and stanzas == {"scrypt"}:
            raise ValidationError("package.needs_passphrase")
        if passphrase is not None and stanzas is not None and "scrypt" not in stanzas:
            raise PermissionDenied("package.not_for_this_laptop")
        plaintext = passphrase_decrypt(copy, passphrase) if passphrase is not None else None
        checks = _Checks(identity, trusted, passphrase is not None, as_sender)
        parser = PackageParser(checks)
        decrypt(copy, identity, parser, progress, plaintext)
        if parser.prelude is None or checks.sender is None:  # pragma: no cover - parser raises
            raise damaged("header")
        return OpenedPackage(parser.prelude, checks.sender, copy, file_sha256=file_sha256,
                             size=size, identity=identity, plaintext=plaintext)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def read_sender(path: Path, identity: Identity | None, *, passphrase: str | None = None
                ) -> PublicIdentity:
    """The sender named in a package (its signature checked with the key it carries, nothing
    else), so a person can compare its fingerprint before trusting it."""
    found: list[PublicIdentity] = []

    def prelude_only(prelude: Prelude) -> None:
        sender = prelude.header.sender
        if sender is None or not sender.verify(prelude.signature, prelude.digest):
            raise IntegrityError("package.bad_signature")
        found.append(sender)
        raise Stop()

    if passphrase is None and age_stanzas(path) == {"scrypt"}:
        raise ValidationError("package.needs_passphrase")
    parser = PackageParser(prelude_only)
    plaintext = passphrase_decrypt(path, passphrase) if passphrase is not None else None
    decrypt(path, identity, parser, NullProgress(), plaintext)
    if not found:
        raise damaged("header")
    return found[0]


class _Checks:
    """Run on the header, manifest and signature before any member byte is read."""

    def __init__(self, identity: Identity | None, trusted: Trusted, by_passphrase: bool,
                 as_sender: bool) -> None:
        self._identity, self._trusted = identity, trusted
        self._by_passphrase, self._as_sender = by_passphrase, as_sender
        self.sender: PublicIdentity | None = None

    def __call__(self, prelude: Prelude) -> None:
        header = prelude.header
        claimed = header.sender
        assert claimed is not None
        known = self._trusted(claimed.key_id)
        if known is None or known.key_id != claimed.key_id:
            raise PermissionDenied("package.unknown_sender", key_id=claimed.key_id,
                                   name=claimed.name, fingerprint=claimed.fingerprint)
        if not known.verify(prelude.signature, prelude.digest):
            raise IntegrityError("package.bad_signature")
        if header.mode == "x25519" and not self._as_sender and (
                self._identity is None or self._identity.key_id not in header.recipient_key_ids):
            raise PermissionDenied("package.not_for_this_laptop")
        if (header.mode == "passphrase") != self._by_passphrase and not self._as_sender:
            raise PermissionDenied("package.not_for_this_laptop")
        self.sender = known


def remove_stale_copies(max_age_seconds: float = 3600.0) -> int:
    """Delete private package copies (ciphertext only) that a killed process left in the temp
    folder; returns how many. Called at start-up."""
    cutoff = time.time() - max_age_seconds
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(COPY_PREFIX + "*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        except OSError:
            continue
    return removed
