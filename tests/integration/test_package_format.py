"""The package format: real age files (pyrage and the ``age`` tool), real signatures.

Mutation tests decrypt a genuine package, change its plaintext and encrypt it again to the
recipient — what anyone who knows the recipient's public key can do, since age does not
authenticate senders — and check that each change is refused with its own code.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import cbor2
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from app.clock import CHINA_TZ
from app.crypto.identity import Identity, PublicIdentity
from app.crypto.package import (
    Member,
    OpenedPackage,
    PackageHeader,
    open_package,
    read_sender,
    write_package,
)
from app.crypto.package_codec import (
    MAGIC,
    encode_header,
    encode_manifest,
    package_digest,
    plaintext_chunks,
)
from app.errors import DomainError, UserCancelled

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
NAMES = "张三丰 李四光 王五"
ID_NUMBER = "11010519491231002X"
CANDIDATES = "\n".join(f'{{"name": "{n}", "id": "{ID_NUMBER}"}}' for n in NAMES.split())
MEMBERS = (Member("candidates.jsonl", 3, CANDIDATES.encode()),
           Member("photos.bin", 2, os.urandom(3000) + b"PHOTO-PLAINTEXT-MARKER"),
           Member("empty.jsonl", 0, b""),
           Member("rooms.jsonl", 1, b'{"room": "T001"}'))
FIXTURES = [HealthCheck.function_scoped_fixture]  # module-scoped keys and package only
needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="age tool not installed")


@pytest.fixture(scope="module")
def keys() -> dict[str, Identity]:
    return {"body": Identity.generate("广西职业技能鉴定中心", "body", now=NOW),
            "site": Identity.generate("南宁市示范职业技能培训学校", "site", now=NOW),
            "station": Identity.generate("检录台2", "station", now=NOW),
            "intruder": Identity.generate("intruder", "body", now=NOW)}


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("packages")


def trusting(*identities: Identity):  # type: ignore[no-untyped-def]
    table = {i.key_id: i.public() for i in identities}
    return table.get


def header(sequence: int = 1, previous: str | None = None) -> PackageHeader:
    return PackageHeader("site", "2026-12-03南宁市示范职业技能培训学校第3批", "body:site-package",
                         sequence, previous, NOW)


@pytest.fixture(scope="module")
def written(keys: dict[str, Identity], work: Path) -> tuple[Path, bytes]:
    """A genuine package body → site, and its decrypted plaintext."""
    path = work / "site.pkg"
    write_package(path, header(), MEMBERS, keys["body"], [keys["site"].public()])
    plaintext = pyrage.decrypt(path.read_bytes(), [keys["site"].age_identity])
    return path, bytes(plaintext)


def layout(plaintext: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of each part (length prefixes included) in the plaintext."""
    parts, at = {"magic": (0, len(MAGIC))}, len(MAGIC)
    for part in ("header", "manifest", "signature"):
        (length,) = struct.unpack(">I", plaintext[at:at + 4])
        parts[part] = (at, at + 4 + length)
        at += 4 + length
    for member in MEMBERS:
        length = len(member.data) if isinstance(member.data, bytes) else 0
        parts[f"member {member.name}"] = (at, at + length)
        at += length
    assert at == len(plaintext)
    return parts


def reseal(path: Path, plaintext: bytes, to: Identity) -> None:
    path.write_bytes(pyrage.encrypt(plaintext, [x25519.Recipient.from_str(
        to.public().age_recipient)]))


def refusal(path: Path, keys: dict[str, Identity]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        open_package(path, keys["site"], trusting(keys["body"], keys["station"])).close()
    return caught.value


# --- round trip ---------------------------------------------------------------------------
def test_round_trip_keeps_header_manifest_and_members(keys: dict[str, Identity],
                                                      work: Path) -> None:
    first = write_package(work / "one.pkg", header(), MEMBERS, keys["body"],
                          [keys["site"].public(), keys["station"].public()])
    assert first.path == work / "one.pkg" and first.size == (work / "one.pkg").stat().st_size
    assert first.file_sha256 == hashlib.sha256((work / "one.pkg").read_bytes()).hexdigest()
    assert [p.name for p in work.iterdir() if p.name.endswith(".part")] == []
    for reader in ("site", "station"):
        with open_package(work / "one.pkg", keys[reader], trusting(keys["body"])) as opened:
            h = opened.header
            assert (h.package_type, h.batch_code, h.stream, h.sequence, h.previous_digest) == (
                "site", header().batch_code, "body:site-package", 1, None)
            assert h.created == NOW and uuid.UUID(h.package_id).version == 4
            assert h.sender == keys["body"].public() == opened.sender
            assert h.sender_key_id == keys["body"].key_id
            assert h.recipient_key_ids == (keys["site"].key_id, keys["station"].key_id)
            assert h.mode == "x25519" and h.format_version == 1
            assert opened.digest == first.digest and opened.header == first.header
            assert [(m.name, m.count, m.length) for m in opened.members] == [
                (m.name, m.count, len(m.data)) for m in MEMBERS if isinstance(m.data, bytes)]
            for member in MEMBERS:
                assert opened.read_member(member.name) == member.data
                info = opened.member(member.name)
                assert info.sha256 == hashlib.sha256(member.data).hexdigest()  # type: ignore
    second = write_package(work / "two.pkg", header(2, first.digest), MEMBERS[:1], keys["body"],
                           [keys["site"].public()])
    assert second.header.previous_digest == first.digest and second.header.sequence == 2
    assert second.header.package_id != first.header.package_id


def test_large_members_stream_in_bounded_chunks(keys: dict[str, Identity], work: Path) -> None:
    def photos() -> Iterator[bytes]:  # 3 MB of "photos", produced twice, never joined
        for i in range(200):
            yield hashlib.sha256(str(i).encode()).digest() * 480

    info = write_package(work / "big.pkg", header(), [Member("photos", 200, photos)],
                         keys["body"], [keys["site"].public()])
    assert info.members[0].length == 200 * 32 * 480
    sizes: list[int] = []
    digest = hashlib.sha256()

    def sink(member: object, chunk: bytes) -> None:
        sizes.append(len(chunk))
        digest.update(chunk)

    with open_package(work / "big.pkg", keys["site"], trusting(keys["body"])) as opened:
        opened.stream_members(sink)
    assert sum(sizes) == 200 * 32 * 480 and max(sizes) <= 64 * 1024
    assert digest.hexdigest() == info.members[0].sha256


def test_no_plaintext_of_members_or_names_is_in_the_file(written: tuple[Path, bytes]) -> None:
    raw = written[0].read_bytes()
    for secret in (*NAMES.split(), ID_NUMBER, "PHOTO-PLAINTEXT-MARKER", "T001",
                   "南宁市", "鉴定中心", "candidates.jsonl", "EXAMSITE-PKG"):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
    assert raw.startswith(b"age-encryption.org/v1\n")


def test_progress_is_reported_and_a_cancel_leaves_no_file(keys: dict[str, Identity],
                                                          work: Path) -> None:
    class Recorder:
        def __init__(self, stop_after: int | None = None) -> None:
            self.reports: list[tuple[int, int]] = []
            self.stop_after = stop_after

        def report(self, done: int, total: int) -> None:
            self.reports.append((done, total))

        def cancelled(self) -> bool:
            return self.stop_after is not None and len(self.reports) >= self.stop_after

    big = [Member("blob", 1, bytes(300_000))]
    seen = Recorder()
    write_package(work / "p.pkg", header(), big, keys["body"], [keys["site"].public()],
                  progress=seen)
    assert seen.reports[-1][0] == seen.reports[-1][1] > 0
    reading = Recorder()
    open_package(work / "p.pkg", keys["site"], trusting(keys["body"]), progress=reading).close()
    assert reading.reports[-1] == (os.path.getsize(work / "p.pkg"),) * 2
    with pytest.raises(UserCancelled):
        write_package(work / "cancelled.pkg", header(), big, keys["body"],
                      [keys["site"].public()], progress=Recorder(stop_after=3))
    assert not (work / "cancelled.pkg").exists()
    with pytest.raises(UserCancelled):
        open_package(work / "p.pkg", keys["site"], trusting(keys["body"]),
                     progress=Recorder(stop_after=2))
    assert [p.name for p in work.iterdir() if p.name.endswith(".part")] == []


def test_a_source_that_changes_between_passes_fails_the_read_back(keys: dict[str, Identity],
                                                                  work: Path) -> None:
    calls = iter(range(10))

    def unstable() -> Iterator[bytes]:
        yield f"call {next(calls)}".encode()

    with pytest.raises(DomainError) as caught:
        write_package(work / "unstable.pkg", header(), [Member("m", 1, unstable)],
                      keys["body"], [keys["site"].public()])
    assert caught.value.code == "package.verify_failed"
    assert caught.value.params == {"reason": "package.damaged"}
    assert not (work / "unstable.pkg").exists()


def test_bad_arguments_are_refused(keys: dict[str, Identity], work: Path) -> None:
    cases = [
        ({"recipients": []}, "package.no_recipients"),
        ({"recipients": [keys["site"].public()], "passphrase": "x"}, "package.no_recipients"),
        ({"recipients": [keys["site"].public()], "members": [Member("a", 1, b""),
                                                             Member("a", 1, b"")]},
         "package.duplicate_member"),
    ]
    for kwargs, code in cases:
        members = kwargs.pop("members", MEMBERS)
        with pytest.raises(DomainError) as caught:
            write_package(work / "bad.pkg", header(), members, keys["body"], **kwargs)  # type: ignore[arg-type]
        assert caught.value.code == code
    path = work / "args.pkg"
    write_package(path, header(), MEMBERS, keys["body"], [keys["site"].public()])
    opened = open_package(path, keys["site"], trusting(keys["body"]))
    with opened:
        with pytest.raises(DomainError) as caught:
            opened.read_member("nope")
        assert caught.value.code == "package.no_such_member"
    with pytest.raises(DomainError) as caught:
        opened.read_member("rooms.jsonl")
    assert caught.value.code == "package.closed"
    with pytest.raises(DomainError) as caught:
        open_package(work / "missing.pkg", keys["site"], trusting(keys["body"]))
    assert caught.value.code == "package.file_not_found"


# --- who may open it, and from whom it is accepted -----------------------------------------
def test_a_package_for_another_laptop_is_refused(keys: dict[str, Identity], work: Path,
                                                 written: tuple[Path, bytes]) -> None:
    path, plaintext = written
    with pytest.raises(DomainError) as caught:
        open_package(path, keys["station"], trusting(keys["body"]))
    assert caught.value.code == "package.not_for_this_laptop"
    # A recipient re-encrypting the package to another laptop: age opens it, the signed
    # header's recipient list does not name that laptop.
    forwarded = work / "forwarded.pkg"
    reseal(forwarded, plaintext, keys["station"])
    with pytest.raises(DomainError) as caught:
        open_package(forwarded, keys["station"], trusting(keys["body"]))
    assert caught.value.code == "package.not_for_this_laptop"


def test_an_unknown_sender_is_refused_with_its_fingerprint(keys: dict[str, Identity],
                                                           written: tuple[Path, bytes]) -> None:
    path = written[0]
    with pytest.raises(DomainError) as caught:
        open_package(path, keys["site"], trusting(keys["intruder"]))
    error, body = caught.value, keys["body"].public()
    assert error.code == "package.unknown_sender"
    assert error.params == {"key_id": body.key_id, "name": body.name,
                            "fingerprint": body.fingerprint}
    sender = read_sender(path, keys["site"])
    assert sender == body  # what a person compares before trusting it
    confirmed = {sender.key_id: sender}.get  # after the fingerprints were compared
    with open_package(path, keys["site"], confirmed) as opened:
        assert opened.sender == body


def test_a_package_signed_by_another_key_in_the_senders_name_is_refused(
        keys: dict[str, Identity], work: Path) -> None:
    forged = replace(header(), sender=keys["body"].public(),
                     recipient_key_ids=(keys["site"].key_id,))
    head = encode_header(forged)
    manifest = encode_manifest(m.info() for m in MEMBERS)
    signature = keys["intruder"].sign(package_digest(head, manifest))
    path = work / "forged.pkg"
    reseal(path, b"".join(plaintext_chunks(head, manifest, signature, MEMBERS)), keys["site"])
    assert refusal(path, keys).code == "package.bad_signature"
    with pytest.raises(DomainError) as caught:
        read_sender(path, keys["site"])
    assert caught.value.code == "package.bad_signature"


def test_a_passphrase_package_opens_with_the_passphrase_only(keys: dict[str, Identity],
                                                            work: Path) -> None:
    path = work / "first.pkg"
    info = write_package(path, header(), MEMBERS[:2], keys["body"], [], passphrase="口令 2026")
    assert info.header.mode == "passphrase" and info.header.recipient_key_ids == ()
    with open_package(path, None, trusting(keys["body"]), passphrase="口令 2026") as opened:
        assert opened.read_member("candidates.jsonl") == MEMBERS[0].data
    checks = [({"identity": keys["site"]}, "package.needs_passphrase"),
              ({"identity": None, "passphrase": "wrong"}, "package.wrong_passphrase")]
    for kwargs, code in checks:
        identity = kwargs.pop("identity")
        with pytest.raises(DomainError) as caught:
            open_package(path, identity, trusting(keys["body"]), **kwargs)  # type: ignore[arg-type]
        assert caught.value.code == code
    keyed = work / "keyed.pkg"
    write_package(keyed, header(), MEMBERS[:1], keys["body"], [keys["site"].public()])
    with pytest.raises(DomainError) as caught:  # a key package offered a passphrase
        open_package(keyed, None, trusting(keys["body"]), passphrase="口令 2026")
    assert caught.value.code == "package.not_for_this_laptop"


def test_files_that_are_not_packages_are_refused(keys: dict[str, Identity], work: Path) -> None:
    path = work / "not.pkg"
    for content in (b"", b"%PDF-1.7\n", os.urandom(5000), b"age-encryption.org"):
        path.write_bytes(content)
        assert refusal(path, keys).code == "package.not_a_package"
    reseal(path, b"EXAMSITE-PKX\n" + bytes(100), keys["site"])
    assert refusal(path, keys).code == "package.not_a_package"


# --- truncation -------------------------------------------------------------------------------
def _payload_start(raw: bytes) -> int:
    mac_line = raw.index(b"\n--- ") + 1
    return raw.index(b"\n", mac_line) + 1 + 16  # header, then the 16-byte payload nonce


def test_ciphertext_truncated_at_every_age_chunk_boundary_is_refused(
        keys: dict[str, Identity], work: Path) -> None:
    source = work / "chunks.pkg"
    write_package(source, header(), [Member("blob", 1, os.urandom(200_000))], keys["body"],
                  [keys["site"].public()])
    raw = source.read_bytes()
    start = _payload_start(raw)
    cuts = [start - 16, start, *(start + k * (64 * 1024 + 16) for k in range(1, 4))]
    cuts += [c + d for c in cuts for d in (-1, 1)] + [len(raw) - 1, len(raw) - 17]
    path = work / "cut.pkg"
    for cut in sorted(set(cuts)):
        path.write_bytes(raw[:cut])
        error = refusal(path, keys)
        assert (error.code, error.params) == ("package.damaged", {"part": "encryption"}), cut


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES)
@given(data=st.data())
def test_ciphertext_truncated_anywhere_is_refused(data: st.DataObject, keys: dict[str, Identity],
                                                  written: tuple[Path, bytes],
                                                  work: Path) -> None:
    raw = written[0].read_bytes()
    cut = data.draw(st.integers(0, len(raw) - 1))
    path = work / "cut-any.pkg"
    path.write_bytes(raw[:cut])
    error = refusal(path, keys)
    expected = "package.not_a_package" if cut < 22 else "package.damaged"
    assert error.code == expected


def _expected_part(parts: dict[str, tuple[int, int]], cut: int) -> str:
    for name, (start, end) in parts.items():
        if cut < end or (start == end == cut):
            return name
    raise AssertionError(cut)


def test_plaintext_truncated_at_every_part_boundary_is_refused(
        keys: dict[str, Identity], written: tuple[Path, bytes], work: Path) -> None:
    plaintext = written[1]
    parts = layout(plaintext)
    cuts = {c for start, end in parts.values() for c in (start, start + 1, start + 4, end - 1)}
    path = work / "short.pkg"
    for cut in sorted(c for c in cuts if 0 <= c < len(plaintext)):
        reseal(path, plaintext[:cut], keys["site"])
        error = refusal(path, keys)
        part = _expected_part({k: v for k, v in parts.items() if v[1] > v[0]}, cut)
        assert (error.code, error.params) == ("package.damaged", {"part": part}), cut


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES)
@given(data=st.data())
def test_plaintext_truncated_anywhere_names_the_part(data: st.DataObject,
                                                     keys: dict[str, Identity],
                                                     written: tuple[Path, bytes],
                                                     work: Path) -> None:
    plaintext = written[1]
    parts = {k: v for k, v in layout(plaintext).items() if v[1] > v[0]}
    cut = data.draw(st.integers(0, len(plaintext) - 1))
    path = work / "short-any.pkg"
    reseal(path, plaintext[:cut], keys["site"])
    error = refusal(path, keys)
    assert (error.code, error.params) == ("package.damaged", {"part": _expected_part(parts, cut)})


# --- bit flips ----------------------------------------------------------------------------------
def _flip(plaintext: bytes, offset: int, bit: int) -> bytes:
    changed = bytearray(plaintext)
    changed[offset] ^= 1 << bit
    return bytes(changed)


EXPECTED_FLIPS = {
    "magic": {("package.not_a_package", ())},
    "header": {("package.damaged", ("header",)), ("package.bad_signature", ()),
               ("package.unsupported_version", ("version",))},
    "manifest": {("package.damaged", ("manifest",)), ("package.bad_signature", ())},
    "signature": {("package.bad_signature", ())},
}


@pytest.mark.parametrize("part", ["magic", "header", "manifest", "signature", "members"])
def test_bit_flips_are_refused_with_the_parts_code(part: str, keys: dict[str, Identity],
                                                   written: tuple[Path, bytes],
                                                   work: Path) -> None:
    plaintext = written[1]
    parts = layout(plaintext)
    if part == "members":
        ranges = {k: v for k, v in parts.items() if k.startswith("member ") and v[1] > v[0]}
    else:
        start, end = parts[part]
        # length prefixes are flipped in the framing test below; here the part's body
        ranges = {part: (start + (0 if part == "magic" else 4), end)}
    path = work / f"flip-{part}.pkg"
    examples = {"magic": 100, "header": 400, "manifest": 400, "signature": 300, "members": 600}

    @settings(max_examples=examples[part], deadline=None, database=None)
    @given(st.sampled_from(sorted(ranges)), st.floats(0, 1, exclude_max=True),
           st.integers(0, 7))
    def flip(name: str, where: float, bit: int) -> None:
        start, end = ranges[name]
        offset = start + int(where * (end - start))
        reseal(path, _flip(plaintext, offset, bit), keys["site"])
        error = refusal(path, keys)
        got = (error.code, tuple(sorted(error.params.values() if error.code ==
                                        "package.damaged" else error.params)))
        allowed = EXPECTED_FLIPS.get(part, {("package.damaged", (name,))})
        assert got in allowed, (name, offset, bit, error)

    flip()


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURES)
@given(prefix=st.sampled_from(["header", "manifest", "signature"]), byte=st.integers(0, 3),
       bit=st.integers(0, 7))
def test_bit_flips_in_length_prefixes_are_refused_as_damage(
        prefix: str, byte: int, bit: int, keys: dict[str, Identity],
        written: tuple[Path, bytes], work: Path) -> None:
    plaintext = written[1]
    start = layout(plaintext)[prefix][0]
    path = work / "flip-length.pkg"
    reseal(path, _flip(plaintext, start + byte, bit), keys["site"])
    error = refusal(path, keys)
    assert error.code in {"package.damaged", "package.bad_signature"}, error
    if error.code == "package.damaged":
        assert error.params["part"] in {"header", "manifest", "signature", "end"} or \
            error.params["part"].startswith("member ")


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES)
@given(offset=st.integers(0, 10**6), bit=st.integers(0, 7))
def test_bit_flips_in_the_age_file_are_refused(offset: int, bit: int,
                                               keys: dict[str, Identity],
                                               written: tuple[Path, bytes],
                                               work: Path) -> None:
    raw = written[0].read_bytes()
    path = work / "flip-age.pkg"
    path.write_bytes(_flip(raw, offset % len(raw), bit))
    error = refusal(path, keys)
    assert error.code in {"package.damaged", "package.not_for_this_laptop",
                          "package.not_a_package"}, error
    if error.code == "package.damaged":
        assert error.params == {"part": "encryption"}


def test_trailing_bytes_after_the_last_member_are_refused(keys: dict[str, Identity],
                                                          written: tuple[Path, bytes],
                                                          work: Path) -> None:
    path = work / "longer.pkg"
    reseal(path, written[1] + b"\x00", keys["site"])
    error = refusal(path, keys)
    assert (error.code, error.params) == ("package.damaged", {"part": "end"})


# --- the standard age tool -------------------------------------------------------------------
def _parse_independently(plaintext: bytes) -> tuple[dict, list, bytes, bytes]:  # type: ignore[type-arg]
    assert plaintext.startswith(b"EXAMSITE-PKG\n")
    at, parts = 13, []
    for _ in range(3):
        (length,) = struct.unpack(">I", plaintext[at:at + 4])
        parts.append(plaintext[at:at + 4 + length])
        at += 4 + length
    head, manifest = cbor2.loads(parts[0][4:]), cbor2.loads(parts[1][4:])
    return head, manifest, parts[0] + parts[1], parts[2][4:]


@needs_age
def test_the_age_tool_decrypts_a_package_with_the_exported_identity(
        keys: dict[str, Identity], written: tuple[Path, bytes], work: Path) -> None:
    identity_file = work / "site-identity.txt"
    keys["site"].export_age_identity(identity_file)
    plaintext = subprocess.run(["age", "-d", "-i", str(identity_file), str(written[0])],
                               check=True, capture_output=True).stdout
    head, manifest, signed, signature = _parse_independently(plaintext)
    assert head["format"] == 1 and head["sender_key_id"] == keys["body"].key_id
    assert [(m["name"], m["count"]) for m in manifest] == [(m.name, m.count) for m in MEMBERS]
    at = len(MAGIC) + len(signed) + 4 + len(signature)
    for entry in manifest:
        content = plaintext[at:at + entry["length"]]
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        at += entry["length"]
    Ed25519PublicKey.from_public_bytes(keys["body"].public().signing_key).verify(
        signature, hashlib.sha256(signed).digest())


@needs_age
def test_files_encrypted_by_the_age_tool_are_judged_by_their_signature(
        keys: dict[str, Identity], written: tuple[Path, bytes], work: Path) -> None:
    recipient = keys["site"].public().age_recipient
    source, target = work / "plain.bin", work / "from-age.pkg"

    def age_encrypt(plaintext: bytes) -> None:
        source.write_bytes(plaintext)
        subprocess.run(["age", "-r", recipient, "-o", str(target), str(source)], check=True)

    age_encrypt(b"hello, not a package")
    assert refusal(target, keys).code == "package.not_a_package"

    # a well-formed package, signed by a key the site does not trust
    forged = replace(header(), sender=keys["intruder"].public(),
                     recipient_key_ids=(keys["site"].key_id,))
    head, manifest = encode_header(forged), encode_manifest(m.info() for m in MEMBERS)
    signature = keys["intruder"].sign(package_digest(head, manifest))
    age_encrypt(b"".join(plaintext_chunks(head, manifest, signature, MEMBERS)))
    error = refusal(target, keys)
    assert (error.code, error.params["key_id"]) == ("package.unknown_sender",
                                                    keys["intruder"].key_id)

    age_encrypt(written[1])  # the genuine content, encrypted by the age tool: accepted
    with open_package(target, keys["site"], trusting(keys["body"])) as opened:
        assert opened.read_member("rooms.jsonl") == b'{"room": "T001"}'


def test_opened_packages_clean_up_their_private_copy(keys: dict[str, Identity],
                                                     written: tuple[Path, bytes]) -> None:
    opened = open_package(written[0], keys["site"], trusting(keys["body"]))
    assert isinstance(opened, OpenedPackage)
    folder = opened._copy.parent
    assert folder.exists() and set(os.listdir(folder)) == {"ciphertext"}
    assert (folder / "ciphertext").read_bytes() == written[0].read_bytes()
    opened.close()
    assert not folder.exists()
    assert PublicIdentity.from_request(keys["body"].to_request()) == opened.sender
