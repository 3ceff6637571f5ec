"""Installation identities: protected storage, fingerprints, enrolment requests, rotation and
revocation statements, and the age identity file the standard ``age`` tools read."""

from __future__ import annotations

import base64
import json
import shutil
import stat
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import CHINA_TZ
from app.crypto.identity import (
    Identity,
    PublicIdentity,
    canonical_json,
    crockford32,
    normalise_fingerprint,
)
from app.crypto.key_statements import verify_revocation, verify_rotation
from app.errors import IntegrityError, PermissionDenied, ValidationError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.fixture(scope="module")
def body() -> Identity:
    return Identity.generate("广西职业技能鉴定中心", "body", now=NOW)


@pytest.fixture(scope="module")
def site() -> Identity:
    return Identity.generate("南宁市示范职业技能培训学校", "site", now=NOW)


def _forge(document: bytes, **changes: object) -> bytes:
    parsed = json.loads(document)
    parsed["statement"].update(changes)
    return canonical_json(parsed)


def test_a_new_identity_has_both_keys_and_a_stable_key_id(site: Identity) -> None:
    public = site.public()
    assert len(public.signing_key) == 32
    assert public.age_recipient.startswith("age1")
    assert len(public.key_id) == 16 and int(public.key_id, 16) >= 0
    assert public.key_id == site.key_id == site.public().key_id
    assert public.created == NOW and public.kind == "site"
    other = Identity.generate(site.name, "site", now=NOW)
    assert other.key_id != site.key_id


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Identity.generate("x", "laptop", now=NOW)
    assert caught.value.code == "identity.bad_kind"
    assert caught.value.params == {"kind": "laptop"}


@given(st.binary(min_size=0, max_size=40).filter(lambda b: len(b) % 5 == 0))
def test_crockford_base32_matches_rfc4648_base32_with_crockfords_alphabet(data: bytes) -> None:
    expected = base64.b32encode(data).decode().translate(str.maketrans(RFC4648, CROCKFORD))
    assert crockford32(data) == expected


def test_the_fingerprint_is_eight_groups_of_four_and_its_qr_payload(site: Identity) -> None:
    public = site.public()
    groups = public.fingerprint.split(" ")
    assert len(groups) == 8
    assert all(len(g) == 4 and set(g) <= set(CROCKFORD) for g in groups)
    assert public.fingerprint_qr == "EXAMSITE-FP1:" + "".join(groups)
    assert public.fingerprint_qr.upper() == public.fingerprint_qr  # QR alphanumeric mode
    assert public.fingerprint_matches(public.fingerprint_qr)
    assert public.fingerprint_matches(public.fingerprint.lower().replace(" ", "-"))
    misread = public.fingerprint.replace("0", "O").replace("1", "l")
    assert public.fingerprint_matches(misread)
    assert not public.fingerprint_matches(Identity.generate("x", "site").public().fingerprint)
    assert normalise_fingerprint("ab cd-oi") == "ABCD01"


def test_the_key_file_round_trips_and_is_protected(tmp_path: Path, site: Identity) -> None:
    path = tmp_path / "keys" / "identity.age"
    site.save(path, "数据库密钥派生的口令")
    raw = path.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = site.age_identity_text().splitlines()[-1]
    for plain in (secret.encode(), site.name.encode(), b"signing_secret"):
        assert plain not in raw
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind

    loaded = Identity.load(path, "数据库密钥派生的口令")
    assert loaded.public() == site.public()
    message = b"the same signing key"
    assert site.public().verify(loaded.sign(message), message)

    with pytest.raises(PermissionDenied) as caught:
        Identity.load(path, "wrong")
    assert caught.value.code == "identity.wrong_passphrase"


def test_a_file_that_is_not_a_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.txt"
    path.write_bytes(b"just some text")
    for target in (path, tmp_path / "missing.age"):
        with pytest.raises(ValidationError) as caught:
            Identity.load(target, "pw")
        assert caught.value.code == "identity.not_an_identity_file"
    with pytest.raises(ValidationError) as caught:
        Identity.generate("x", "site").save(tmp_path / "k.age", "")
    assert caught.value.code == "identity.empty_passphrase"


def test_the_enrolment_request_carries_a_checked_self_signature(site: Identity) -> None:
    request = site.to_request()
    statement = json.loads(request)["statement"]
    assert statement["name"] == site.name and statement["kind"] == "site"
    assert statement["age_recipient"] == site.public().age_recipient
    assert statement["created"] == NOW.isoformat()
    assert PublicIdentity.from_request(request) == site.public()

    with pytest.raises(IntegrityError) as caught:
        PublicIdentity.from_request(_forge(request, name="冒名考点"))
    assert caught.value.code == "identity.bad_signature"
    other = Identity.generate("x", "site").public()
    with pytest.raises(ValidationError) as caught:  # keys swapped, key id no longer matches
        PublicIdentity.from_request(_forge(request, age_recipient=other.age_recipient))
    assert caught.value.code == "identity.bad_request"
    for garbage in (b"", b"{}", b"\xff\xfe", b'{"statement": [], "signature": ""}'):
        with pytest.raises(ValidationError) as caught:
            PublicIdentity.from_request(garbage)
        assert caught.value.code == "identity.bad_request"


def test_public_identity_records_round_trip(body: Identity) -> None:
    record = body.public().as_record()
    assert PublicIdentity.from_record(json.loads(json.dumps(record))) == body.public()


def test_rotation_names_the_new_key_under_the_old_keys_signature(site: Identity) -> None:
    later = NOW + timedelta(days=30)
    new, statement = site.rotate(now=later)
    assert new.key_id != site.key_id and new.kind == site.kind and new.name == site.name
    rotation = verify_rotation(statement, site.public())
    assert rotation.new == new.public()
    assert rotation.old_key_id == site.key_id and rotation.created == later

    with pytest.raises(ValidationError) as caught:  # checked against another old key
        verify_rotation(statement, new.public())
    assert caught.value.code == "identity.bad_statement"
    intruder = Identity.generate("intruder", "site")
    forged = _forge(statement, new_request=json.loads(intruder.to_request()))
    with pytest.raises(IntegrityError) as caught:
        verify_rotation(forged, site.public())
    assert caught.value.code == "identity.bad_signature"


def test_a_key_revokes_itself_and_the_body_revokes_a_site(body: Identity, site: Identity
                                                          ) -> None:
    known = {k.key_id: k.public() for k in (body, site)}.get
    own = verify_revocation(site.revocation("laptop stolen", now=NOW), known)
    assert (own.revoked_key_id, own.signer_key_id, own.reason) == (
        site.key_id, site.key_id, "laptop stolen")
    by_body = verify_revocation(body.revocation("retired", key_id=site.key_id, now=NOW), known)
    assert (by_body.revoked_key_id, by_body.signer_key_id) == (site.key_id, body.key_id)

    with pytest.raises(PermissionDenied) as caught:
        site.revocation("spite", key_id=body.key_id)
    assert caught.value.code == "identity.revoke_not_allowed"
    crafted = site.sign_statement({"type": "key-revocation", "revoked_key_id": body.key_id,
                                   "signer_key_id": site.key_id, "reason": "spite",
                                   "created": NOW.isoformat()})
    with pytest.raises(PermissionDenied) as caught:
        verify_revocation(crafted, known)
    assert caught.value.code == "identity.revoke_not_allowed"

    stranger = Identity.generate("stranger", "body")
    with pytest.raises(PermissionDenied) as caught:
        verify_revocation(stranger.revocation("x", key_id=site.key_id), known)
    assert caught.value.code == "identity.unknown_signer"
    with pytest.raises(IntegrityError) as caught:
        verify_revocation(_forge(site.revocation("lost", now=NOW), reason="found"), known)
    assert caught.value.code == "identity.bad_signature"


@pytest.mark.skipif(shutil.which("age-keygen") is None, reason="age-keygen not installed")
def test_the_exported_age_identity_is_read_by_age_keygen(tmp_path: Path, site: Identity
                                                         ) -> None:
    path = tmp_path / "identity.txt"
    site.export_age_identity(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    out = subprocess.run(["age-keygen", "-y", str(path)], check=True, capture_output=True,
                         text=True).stdout.strip()
    assert out == site.public().age_recipient


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_name_survives_the_request(name: str) -> None:
    identity = Identity.generate(name, "station", now=NOW)
    assert PublicIdentity.from_request(identity.to_request()).name == name


def test_every_refusal_code_of_the_crypto_modules_has_a_message() -> None:
    import re

    from app.messages import MESSAGES

    folder = Path(__file__).resolve().parents[2] / "app" / "crypto"
    codes = set()
    for name in ("identity.py", "key_statements.py", "package.py", "package_codec.py",
                 "age_io.py"):
        codes |= set(re.findall(r'"((?:identity|package)\.[a-z_]+)"',
                                (folder / name).read_text(encoding="utf-8")))
    assert len(codes) >= 20
    assert sorted(codes - set(MESSAGES)) == []
