"""Encryption at rest: SQLCipher files, the per-user key ring, logins and the plain setting."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.bootstrap import (
    RedactingFormatter,
    build_app,
    create_encrypted,
    encrypt_existing_for_users,
    needs_password,
    open_new,
    open_site,
    open_with_password,
    redact,
)
from app.clock import FixedClock
from app.crypto import db_keyring
from app.db import Database
from app.demo.builder import create_demo
from app.errors import IntegrityError, PermissionDenied
from app.model import Candidate, CandidatePhoto, Staff, User
from app.rules.permissions import CHECKIN_CLERK, SITE_MANAGER
from app.rules.workdays import WorkdayCalendar
from app.services import accounts
from app.services.users import create_user
from tests.conftest import DEMO_EXAM, NOW

REPO = Path(__file__).resolve().parents[2]
SQLITE_HEADER = b"SQLite format 3\x00"


def _kw(folder: Path) -> dict[str, Any]:
    return {"data_dir": folder, "clock": FixedClock(NOW), "calendar": WorkdayCalendar()}


def _files(db: Path) -> dict[str, bytes]:
    """The database, its WAL/shared memory and key ring: name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(db.parent.iterdir())
            if p.name.startswith(db.name) and p.is_file()}


def _digest(db: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in _files(db).items()}


@pytest.fixture(scope="module")
def encrypted_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 60-candidate demo made encrypted by default (no plain setting), closed."""
    folder = tmp_path_factory.mktemp("encrypted-demo")
    db = folder / "site.sqlite"
    env = os.environ.pop("EXAMSITE_PLAIN_DB", None)
    try:
        app = open_new(db, **_kw(folder))
    finally:
        if env is not None:
            os.environ["EXAMSITE_PLAIN_DB"] = env
    assert app.db.encrypted
    create_demo(app.uow(), candidates=60, seed=3, exam_date=DEMO_EXAM)
    app.close()
    return db


@pytest.fixture
def demo_copy(encrypted_demo: Path, tmp_path: Path) -> Path:
    for name in _files(encrypted_demo):
        shutil.copy(encrypted_demo.parent / name, tmp_path / name)
    return tmp_path / encrypted_demo.name


@pytest.fixture
def plaintexts(encrypted_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        tuple[list[str], list[str], list[bytes]]]:
    """Names, ID numbers and photos of the encrypted demo (read through a login)."""
    app = open_with_password(encrypted_demo, "zk00001", "demo1234",
                             **_kw(tmp_path_factory.mktemp("reader")))
    with app.uow().read() as s:
        people = list(s.execute(select(Candidate.name, Candidate.id_number)))
        people += list(s.execute(select(Staff.name, Staff.id_number)))
        photos = list(s.scalars(select(CandidatePhoto.data)))
    app.close()
    yield [n for n, _ in people], [i for _, i in people], photos


def test_an_encrypted_database_holds_no_plaintext(encrypted_demo, plaintexts):
    names, ids, photos = plaintexts
    assert len(names) > 60 and len(photos) >= 60
    data = encrypted_demo.read_bytes()
    assert len(data) > 100_000
    assert not data.startswith(SQLITE_HEADER) and SQLITE_HEADER not in data
    for name in names:
        assert name.encode("utf-8") not in data, name
    for number in ids:
        assert number.encode("ascii") not in data, number
    for photo in photos:
        assert photo[:24] not in data  # the JPEG/PNG header with its first segment
        assert photo[len(photo) // 2:len(photo) // 2 + 32] not in data
    ring = json.loads(db_keyring.keyring_path(encrypted_demo).read_text(encoding="utf-8"))
    assert ring["format"] == "examsite-db-keyring" and ring["version"] == 1
    assert "zk00001" in ring["users"]
    assert all(n.encode() not in db_keyring.keyring_path(encrypted_demo).read_bytes()
               for n in names)


def test_every_demo_account_opens_the_encrypted_demo_with_its_own_password(demo_copy, tmp_path):
    with Database.open(demo_copy, key=db_keyring.unwrap(
            db_keyring.keyring_path(demo_copy), "zk00001", "demo1234")).read() as s:
        usernames = sorted(s.scalars(select(User.username)))
    assert db_keyring.usernames(db_keyring.keyring_path(demo_copy)) == usernames
    app = open_with_password(demo_copy, "ZK00002", "demo1234", **_kw(tmp_path))
    assert app.actor.username == "zk00002" and app.db.encrypted
    with app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 60
    app.close()


def test_a_wrong_password_or_key_is_refused_and_leaves_the_files_unchanged(demo_copy, tmp_path):
    before = _digest(demo_copy)
    for user, password in (("zk00001", "wrong-password"), ("nobody", "demo1234")):
        with pytest.raises(PermissionDenied) as exc:
            open_with_password(demo_copy, user, password, **_kw(tmp_path))
        assert exc.value.code == "users.bad_password"  # one code: no user enumeration
    with pytest.raises(IntegrityError) as wrong:
        Database.open(demo_copy, key=db_keyring.new_key())
    assert wrong.value.code == "db.wrong_key"
    with pytest.raises(IntegrityError) as plain:
        build_app(demo_copy, **_kw(tmp_path))
    assert plain.value.code == "db.needs_login"
    with pytest.raises(IntegrityError) as login:
        open_site(demo_copy, **_kw(tmp_path))
    assert login.value.code == "db.needs_login"
    assert _digest(demo_copy) == before


def test_a_key_ring_from_another_database_gives_wrong_key(demo_copy, tmp_path):
    other = tmp_path / "other" / "site.sqlite"
    create_encrypted(other, "zk00001", "别的考点", "demo1234", **_kw(tmp_path)).close()
    shutil.copy(db_keyring.keyring_path(other), db_keyring.keyring_path(demo_copy))
    before = _digest(demo_copy)
    with pytest.raises(IntegrityError) as exc:
        open_with_password(demo_copy, "zk00001", "demo1234", **_kw(tmp_path))
    assert exc.value.code == "db.wrong_key"
    assert _digest(demo_copy) == before


def test_each_account_unwraps_with_its_own_password_and_survives_a_password_change(tmp_path):
    db = tmp_path / "site.sqlite"
    app = create_encrypted(db, "boss", "考点负责人", "manager-pw-1", **_kw(tmp_path))
    assert app.actor.username == "boss" and SITE_MANAGER in app.actor.roles
    create_user(app.uow(), "clerk", "检录员甲", [CHECKIN_CLERK], "clerk-pw-1")  # by the manager
    key = app.db.key
    app.close()
    ring = db_keyring.keyring_path(db)
    assert needs_password(db) and db_keyring.usernames(ring) == ["boss", "clerk"]
    assert db_keyring.unwrap(ring, "boss", "manager-pw-1") == key
    assert db_keyring.unwrap(ring, "clerk", "clerk-pw-1") == key
    with pytest.raises(PermissionDenied):
        db_keyring.unwrap(ring, "clerk", "manager-pw-1")

    clerk = open_with_password(db, "clerk", "clerk-pw-1", **_kw(tmp_path))
    assert clerk.actor.roles == frozenset({CHECKIN_CLERK})
    accounts.change_password(clerk.uow(), "clerk", "clerk-pw-1", "clerk-pw-2")
    db_keyring.wrap_for_user(clerk.db, "clerk", "clerk-pw-2")  # the hook change_password calls
    clerk.close()
    with pytest.raises(PermissionDenied):
        db_keyring.unwrap(ring, "clerk", "clerk-pw-1")
    again = open_with_password(db, "clerk", "clerk-pw-2", **_kw(tmp_path))
    assert again.db.key == key
    again.close()
    db_keyring.rewrap(ring, "boss", "manager-pw-1", "manager-pw-2")
    assert db_keyring.unwrap(ring, "boss", "manager-pw-2") == key
    assert db_keyring.unwrap(ring, "clerk", "clerk-pw-2") == key  # the others untouched
    assert db_keyring.remove_user(ring, "clerk") and db_keyring.usernames(ring) == ["boss"]


def test_an_entry_copied_to_another_name_does_not_open(tmp_path):
    ring = tmp_path / "x.keyring"
    key = db_keyring.create(ring, "alice", "secret-1")
    db_keyring.add_user(ring, key, "bob", "secret-2")
    doc = json.loads(ring.read_text(encoding="utf-8"))
    doc["users"]["bob"] = doc["users"]["alice"]  # bob tries alice's entry with alice's password
    ring.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PermissionDenied):
        db_keyring.unwrap(ring, "bob", "secret-1")
    assert db_keyring.unwrap(ring, "alice", "secret-1") == key
    with pytest.raises(FileExistsError):
        db_keyring.create(ring, "carol", "secret-3")
    ring.write_text('{"format": "examsite-db-keyring", "version": 99, "users": {}}')
    with pytest.raises(IntegrityError) as exc:
        db_keyring.unwrap(ring, "alice", "secret-1")
    assert exc.value.code == "db.keyring_unreadable"


def test_a_failed_first_account_leaves_no_database_behind(tmp_path):
    db = tmp_path / "site.sqlite"
    with pytest.raises(Exception) as exc:
        create_encrypted(db, "boss", "负责人", "short", **_kw(tmp_path))
    assert getattr(exc.value, "code", None) == "users.weak_password"
    assert list(tmp_path.iterdir()) == []


def test_plain_sqlite_only_by_the_explicit_setting(tmp_path, monkeypatch):
    monkeypatch.delenv("EXAMSITE_PLAIN_DB", raising=False)
    default = open_new(tmp_path / "default.sqlite", **_kw(tmp_path))
    assert default.db.encrypted
    default.close()
    monkeypatch.setenv("EXAMSITE_PLAIN_DB", "1")
    plain = open_new(tmp_path / "plain.sqlite", **_kw(tmp_path))
    assert not plain.db.encrypted and plain.db.keyring_path is None
    create_demo(plain.uow(), candidates=5, seed=1, exam_date=DEMO_EXAM)
    plain.close()
    assert (tmp_path / "plain.sqlite").read_bytes()[:16] == SQLITE_HEADER
    assert not needs_password(tmp_path / "plain.sqlite")
    monkeypatch.delenv("EXAMSITE_PLAIN_DB")
    flagged = open_new(tmp_path / "flag.sqlite", plain=True, **_kw(tmp_path))
    assert not flagged.db.encrypted
    flagged.close()
    # a plain database still answers a login (the CLI's --user on a development file)
    app = open_with_password(tmp_path / "plain.sqlite", "zk00001", "demo1234", **_kw(tmp_path))
    assert SITE_MANAGER in app.actor.roles and not app.db.encrypted
    app.close()


def test_the_cli_makes_an_encrypted_demo_and_needs_a_login_for_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"EXAMSITE_PLAIN_DB",
                                                            "EXAMSITE_PASSWORD"}}
    env |= {"EXAMSITE_LANG": "en", "PYTHONPATH": str(REPO)}
    db = str(tmp_path / "cli.sqlite")

    def cli(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir",
                               str(tmp_path / "data"), *args], capture_output=True, text=True,
                              encoding="utf-8", env=env | extra, cwd=tmp_path, timeout=120,
                              check=False)

    made = cli("demo", "--db", db, "--candidates", "10", "--exam-date", "2026-12-03")
    assert made.returncode == 0, made.stderr
    assert Path(db).read_bytes()[:16] != SQLITE_HEADER and needs_password(Path(db))
    refused = cli("candidates", "list", "--db", db)
    assert refused.returncode == 1 and "encrypted" in refused.stderr
    wrong = cli("--user", "zk00001", "candidates", "list", "--db", db, EXAMSITE_PASSWORD="x")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    listed = cli("--user", "zk00001", "candidates", "list", "--db", db, "--json",
                 EXAMSITE_PASSWORD="demo1234")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 10
    plain = cli("--plain", "demo", "--db", str(tmp_path / "p.sqlite"), "--candidates", "5")
    assert plain.returncode == 0 and (tmp_path / "p.sqlite").read_bytes()[:16] == SQLITE_HEADER


def test_a_plain_database_is_encrypted_into_a_copy_for_its_accounts(demo_template, tmp_path):
    out = tmp_path / "encrypted.sqlite"
    # each account's own password (the one its users-table hash checks) wraps the new key
    encrypt_existing_for_users(demo_template, out, {"zk00001": "demo1234", "zk00002": "demo1234"})
    data = out.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert db_keyring.usernames(db_keyring.keyring_path(out)) == ["zk00001", "zk00002"]
    app = open_with_password(out, "zk00001", "demo1234", **_kw(tmp_path))
    with app.uow().read() as s:
        count = s.scalar(select(func.count()).select_from(Candidate))
        ids = list(s.scalars(select(Candidate.id_number)))
    app.close()
    assert count == 200 and all(i.encode() not in data for i in ids)
    assert demo_template.read_bytes()[:16] == SQLITE_HEADER  # the plain file stays


def test_the_log_masks_id_numbers_and_chinese_names(tmp_path):
    handler = logging.FileHandler(tmp_path / "x.log", encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError("bad row: 张三丰 11010519491231002X 110105194912310")
        except ValueError:
            logger.exception("import of %s failed", "买买提·艾力")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "x.log").read_text(encoding="utf-8")
    assert "张三丰" not in text and "11010519491231002X" not in text and "买买提" not in text
    assert "110105194912310" not in text and "<id:18>" in text and "<han:3>" in text
    assert redact("room T001 seat 12, 2026-12-03 09:00") == "room T001 seat 12, 2026-12-03 09:00"
