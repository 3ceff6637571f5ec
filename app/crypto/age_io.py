"""age encryption and decryption of package streams (pyrage), and their errors.

pyrage's streaming calls pull plaintext from a ``read(n)`` object (``ChunkReader``) and push
decrypted bytes into a ``write`` object (the ``PackageParser``); exceptions raised inside those
callbacks are kept and re-raised here, because pyrage may wrap them. age's own failures become
the package's domain errors.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import passphrase as age_passphrase

from app.crypto.identity import AGE_ARMOR, AGE_MAGIC, Identity
from app.crypto.package_codec import CHUNK, PackageParser, damaged
from app.errors import DomainError, NotFoundError, PermissionDenied, UserCancelled, ValidationError
from app.progress import Progress, check_cancel


class Stop(Exception):
    """Ends a decryption pass early (everything wanted has been read)."""


class ChunkReader:
    """A read(n) file over an iterator of chunks (pyrage.encrypt_io pulls from it)."""

    def __init__(self, chunks: Iterable[bytes], total: int, progress: Progress) -> None:
        self._chunks = iter(chunks)
        self._buf = bytearray()
        self._done, self._total, self._progress = 0, total, progress
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            return self._read(size)
        except BaseException as exc:
            self.error = exc
            raise

    def _read(self, size: int) -> bytes:
        check_cancel(self._progress)
        while size < 0 or len(self._buf) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buf += chunk
        size = len(self._buf) if size < 0 else min(size, len(self._buf))
        out = bytes(self._buf[:size])
        del self._buf[:size]
        self._done += size
        self._progress.report(min(self._done, self._total), self._total)
        return out


class CountingReader:
    """The package file for pyrage.decrypt_io, reporting progress and cancellation."""

    def __init__(self, handle: BinaryIO, total: int, progress: Progress) -> None:
        self._handle, self._total, self._progress = handle, total, progress
        self._done = 0
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        if self._progress.cancelled():
            self.error = UserCancelled()
            raise self.error
        data = self._handle.read(size)
        self._done += len(data)
        self._progress.report(self._done, self._total)
        return data


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def age_stanzas(path: Path) -> set[str] | None:
    """The recipient stanza types of an age file ("X25519", "scrypt"), None when armored;
    raises ``package.not_a_package`` when it is not an age file at all."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError as exc:
        raise NotFoundError("package.file_not_found", path=str(path)) from exc
    if head.startswith(AGE_ARMOR):
        return None
    if not head.startswith(AGE_MAGIC):
        raise ValidationError("package.not_a_package")
    return {line[3:].split(b" ", 1)[0].decode("ascii", "replace")
            for line in head.split(b"\n") if line.startswith(b"-> ")}


def decrypt(path: Path, identity: Identity | None, parser: PackageParser,
            progress: Progress, plaintext: bytes | None) -> None:
    """One decryption pass of ``path`` (or of a held passphrase ``plaintext``) into ``parser``;
    age errors become domain errors; ``Stop`` ends the pass quietly."""
    reader: CountingReader | None = None
    try:
        if plaintext is not None:
            for start in range(0, len(plaintext), CHUNK):
                parser.write(plaintext[start:start + CHUNK])
        else:
            if identity is None:
                raise PermissionDenied("package.not_for_this_laptop")
            with path.open("rb") as handle:
                reader = CountingReader(handle, path.stat().st_size, progress)
                pyrage.decrypt_io(reader, parser, [identity.age_identity])
        parser.finish()
    except Stop:
        return
    except (pyrage.DecryptError, OSError) as exc:
        if isinstance(parser.error, Stop):
            return
        kept = parser.error or (reader.error if reader is not None else None)
        if isinstance(kept, DomainError | UserCancelled):
            raise kept from exc
        if "No matching keys" in str(exc):
            raise PermissionDenied("package.not_for_this_laptop") from exc
        raise damaged("encryption") from exc
    except BaseException:
        if isinstance(parser.error, Stop):
            return
        raise


def passphrase_decrypt(path: Path, passphrase: str) -> bytes:
    try:
        return bytes(age_passphrase.decrypt(path.read_bytes(), passphrase))
    except pyrage.DecryptError as exc:
        if "Decryption failed" in str(exc) or "No matching keys" in str(exc):
            raise PermissionDenied("package.wrong_passphrase") from exc
        raise damaged("encryption") from exc


def copy_hashing(source: Path, target: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with source.open("rb") as src, target.open("wb") as dst:
            os.chmod(target, 0o600)
            while block := src.read(1024 * 1024):
                digest.update(block)
                size += len(block)
                dst.write(block)
    except FileNotFoundError as exc:
        raise NotFoundError("package.file_not_found", path=str(source)) from exc
    return digest.hexdigest(), size
