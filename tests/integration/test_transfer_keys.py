"""Trust over time: a first package by passphrase, key rotation and revocation."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto.package import read_sender
from app.errors import DomainError, ValidationError
from app.services import keys
from app.services.transfer import export_package, import_package
from tests.transfer_world import key_id, make_world, open_copy

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def world(demo_template: Path, empty_template: Path, tmp_path: Path):
    w = make_world(demo_template, empty_template, tmp_path / "w", stations=0)
    yield w
    w.close()


def code_of(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        call()
    return err.value.code


def test_a_first_package_by_passphrase_is_trusted_only_after_the_fingerprint(
        world, empty_template: Path, tmp_path: Path) -> None:
    newcomer = open_copy(empty_template, tmp_path, "newcomer", world.body.clock.now())
    try:
        keys.own_identity(newcomer.uow(), kind="site")
        out = tmp_path / "first.espkg"
        export_package(world.body.uow(), "site", 1, [], out, passphrase=PASSPHRASE)
        assert code_of(lambda: import_package(newcomer.uow(), out)) == "package.needs_passphrase"
        assert code_of(lambda: import_package(newcomer.uow(), out, passphrase="wrong words")
                       ) == "package.wrong_passphrase"
        assert code_of(lambda: import_package(newcomer.uow(), out, passphrase=PASSPHRASE)
                       ) == "package.unknown_sender"
        sender = read_sender(out, None, passphrase=PASSPHRASE)
        with pytest.raises(ValidationError):  # a mistyped fingerprint trusts nothing
            keys.trust(newcomer.uow(), sender, "0000 0000 0000 0000 0000 0000 0000 0000")
        body_screen = keys.own_identity(world.body.uow()).public().fingerprint
        keys.trust(newcomer.uow(), sender, body_screen)
        done = import_package(newcomer.uow(), out, passphrase=PASSPHRASE)
        assert {c.table: c for c in done.changes}["candidate"].added == 200
    finally:
        newcomer.close()


def test_after_a_rotation_only_the_new_key_is_accepted(world, tmp_path: Path) -> None:
    before = tmp_path / "old-key.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], before)
    old_id = key_id(world.body)
    new, statement = keys.rotate(world.body.uow())
    assert new.key_id != old_id and key_id(world.body) == new.key_id
    view = keys.apply_rotation(world.site.uow(), statement, old_id)
    assert view.key_id == new.key_id and view.trusted
    after = tmp_path / "new-key.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], after)
    assert import_package(world.site.uow(), after).added > 0
    assert code_of(lambda: import_package(world.site.uow(), before)) == "package.unknown_sender"
    states = {v.key_id: v for v in keys.list_keys(world.site.uow())}
    assert states[old_id].revoked and not states[old_id].trusted


def test_a_revoked_sender_is_refused(world, tmp_path: Path) -> None:
    out = tmp_path / "site.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], out)
    keys.revoke(world.site.uow(), key_id(world.body), "机构密钥遗失")
    assert code_of(lambda: import_package(world.site.uow(), out)) == "package.unknown_sender"
    with pytest.raises(DomainError) as again:
        keys.enrol_request(world.site.uow(), keys.export_request(world.body.uow()),
                           keys.own_identity(world.body.uow()).public().fingerprint)
    assert again.value.code == "keys.revoked"
