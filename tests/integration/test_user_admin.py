"""The site manager administers accounts: roles, password resets, deactivation — with guards
that keep the site workable, audit events, and the key ring following on an encrypted file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import App, create_encrypted, open_with_password
from app.clock import FixedClock
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.services.audit_queries import AuditFilter, audit_rows
from app.services.user_admin import accounts, reset_password, set_active, set_roles
from app.services.users import create_user, verify_password
from app.uow import Actor
from tests.conftest import NOW


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app

MANAGER = Actor("boss", "王站长", frozenset({"site_manager"}))
CLERK = Actor("clerk.li", "李检录", frozenset({"checkin_clerk"}))


@pytest.fixture
def site(empty_app: App) -> App:
    create_user(empty_app.uow(), "boss", "王站长", ["site_manager"], "boss-pass")
    create_user(empty_app.uow(), "clerk.li", "李检录", ["checkin_clerk"], "clerk-pass")
    return empty_app


def actions(app: App) -> list[str]:
    return [r.action for r in audit_rows(app.uow(), AuditFilter()).rows]


def test_roles_change_and_the_last_manager_keeps_the_role(site: App) -> None:
    as_boss = site.uow(MANAGER)
    set_roles(as_boss, "clerk.li", ["checkin_clerk", "proctor"])
    assert verify_password(site.uow(), "clerk.li", "clerk-pass").roles == frozenset(
        {"checkin_clerk", "proctor"})
    with pytest.raises(ConflictError) as last:
        set_roles(as_boss, "boss", ["proctor"])
    assert last.value.code == "user_admin.last_manager"
    with pytest.raises(ValidationError):
        set_roles(as_boss, "clerk.li", [])
    with pytest.raises(ValidationError):
        set_roles(as_boss, "clerk.li", ["janitor"])
    with pytest.raises(PermissionDenied):
        set_roles(site.uow(CLERK), "clerk.li", ["site_manager"])
    assert "users.roles_changed" in actions(site)


def test_a_reset_password_works_and_lifts_a_lockout(site: App) -> None:
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            verify_password(site.uow(), "clerk.li", "guess")
    reset_password(site.uow(MANAGER), "clerk.li", "new-secret")
    assert verify_password(site.uow(), "clerk.li", "new-secret").username == "clerk.li"
    with pytest.raises(ValidationError):
        reset_password(site.uow(MANAGER), "clerk.li", "123")
    assert "users.password_reset" in actions(site)


def test_deactivation_has_guards_and_needs_a_reason(site: App) -> None:
    as_boss = site.uow(MANAGER)
    with pytest.raises(ConflictError) as own:
        set_active(as_boss, "boss", False, "离职")
    assert own.value.code == "user_admin.not_yourself"
    with pytest.raises(ValidationError):
        set_active(as_boss, "clerk.li", False, " ")
    set_active(as_boss, "clerk.li", False, "借调结束")
    with pytest.raises(PermissionDenied):
        verify_password(site.uow(), "clerk.li", "clerk-pass")
    listed = {a.username: a for a in accounts(as_boss)}
    assert not listed["clerk.li"].active and listed["boss"].active
    set_active(as_boss, "clerk.li", True, "返岗", password="back-again")
    assert verify_password(site.uow(), "clerk.li", "back-again").username == "clerk.li"


def test_on_an_encrypted_file_the_key_ring_follows(tmp_path: Path) -> None:
    db = tmp_path / "site.sqlite"
    kw = {"data_dir": tmp_path / "data", "clock": FixedClock(NOW)}
    app = create_encrypted(db, "boss", "王站长", "boss-pass", **kw)
    create_user(app.uow(), "clerk.li", "李检录", ["checkin_clerk"], "clerk-pass")
    reset_password(app.uow(), "clerk.li", "reset-pass")
    app.close()
    open_with_password(db, "clerk.li", "reset-pass", **kw).close()
    with pytest.raises(PermissionDenied):
        open_with_password(db, "clerk.li", "clerk-pass", **kw)
    app = open_with_password(db, "boss", "boss-pass", **kw)
    set_active(app.uow(), "clerk.li", False, "离职")
    app.close()
    with pytest.raises(PermissionDenied):  # the entry is gone: the file no longer opens
        open_with_password(db, "clerk.li", "reset-pass", **kw)
