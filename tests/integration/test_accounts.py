"""Accounts: first-start setup, login with lockout (injected clock), own password, the list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.bootstrap import App
from app.clock import FixedClock
from app.demo.users import DEMO_PASSWORD
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.model import AuditEvent
from app.services.accounts import (
    change_password,
    list_users,
    log_in,
    needs_setup,
    setup_site_manager,
)
from app.services.users import create_user


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app


def events(app: App, action: str) -> list[tuple[str, str]]:
    """(actor, object id) of each audit event of ``action``."""
    with app.uow().read() as s:
        return [tuple(r) for r in s.execute(select(AuditEvent.actor, AuditEvent.object_id)
                                            .where(AuditEvent.action == action))]


def demo_manager(app: App) -> str:
    return next(u.username for u in list_users(app.uow()) if "site_manager" in u.roles)


def test_an_empty_database_needs_setup_and_setup_creates_the_site_manager(empty_app: App):
    assert needs_setup(empty_app.uow())
    user_id = setup_site_manager(empty_app.uow(), "Wang.Fang", "王芳", "first-pass")
    assert user_id > 0
    assert not needs_setup(empty_app.uow())
    rows = list_users(empty_app.uow())
    assert [(r.username, r.display_name, r.roles, r.active) for r in rows] == [
        ("wang.fang", "王芳", ("site_manager",), True)]
    actor = log_in(empty_app.uow(), "wang.fang", "first-pass")
    assert actor.display_name == "王芳" and "site_manager" in actor.roles
    created = events(empty_app, "users.created")
    assert created == [("system", "wang.fang")]


def test_setup_is_refused_once_a_site_manager_exists(demo_app: App):
    assert not needs_setup(demo_app.uow())
    with pytest.raises(ConflictError) as refused:
        setup_site_manager(demo_app.uow(), "intruder", "Intruder", "long-enough")
    assert refused.value.code == "accounts.already_set_up"
    assert "intruder" not in {u.username for u in list_users(demo_app.uow())}


def test_a_clerk_alone_does_not_count_as_set_up(empty_app: App):
    create_user(empty_app.uow(), "clerk.li", "李检录", ["checkin_clerk"], "clerk-pass")
    assert needs_setup(empty_app.uow())


def test_setup_validates_the_password(empty_app: App):
    with pytest.raises(ValidationError) as weak:
        setup_site_manager(empty_app.uow(), "wang", "王", "123")
    assert weak.value.code == "users.weak_password"
    assert needs_setup(empty_app.uow())


def test_five_failures_lock_the_account_until_the_clock_passes_fifteen_minutes(demo_app: App):
    clock = demo_app.clock
    assert isinstance(clock, FixedClock)
    manager = demo_manager(demo_app)
    for _ in range(4):
        with pytest.raises(PermissionDenied) as wrong:
            log_in(demo_app.uow(), manager, "not-it")
        assert wrong.value.code == "users.bad_password"
    with pytest.raises(PermissionDenied) as fifth:
        log_in(demo_app.uow(), manager, "not-it")
    assert fifth.value.code == "users.locked"  # told at once, with the time it unlocks
    until = fifth.value.params["until"]
    assert until.startswith("2026-11-23T01:15:00")  # 09:15 CST, stored in UTC
    with pytest.raises(PermissionDenied) as still:
        log_in(demo_app.uow(), manager, DEMO_PASSWORD)
    assert still.value.code == "users.locked"
    row = next(u for u in list_users(demo_app.uow()) if u.username == manager)
    assert row.locked_until is not None
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(PermissionDenied):
        log_in(demo_app.uow(), manager, DEMO_PASSWORD)
    clock.advance(timedelta(seconds=1))
    assert log_in(demo_app.uow(), manager, DEMO_PASSWORD).username == manager
    assert len(events(demo_app, "users.locked")) == 1


def test_change_password_needs_the_old_one_and_is_audited(demo_app: App):
    manager = demo_manager(demo_app)
    uow = demo_app.uow(log_in(demo_app.uow(), manager, DEMO_PASSWORD))
    with pytest.raises(PermissionDenied) as wrong:
        change_password(uow, manager, "not-it", "brand-new-1")
    assert wrong.value.code == "users.bad_password"
    with pytest.raises(ValidationError) as weak:
        change_password(uow, manager, DEMO_PASSWORD, "abc")
    assert weak.value.code == "users.weak_password"
    change_password(uow, manager, DEMO_PASSWORD, "brand-new-1")
    assert events(demo_app, "users.password_changed") == [(manager, manager)]
    with pytest.raises(PermissionDenied):
        log_in(demo_app.uow(), manager, DEMO_PASSWORD)
    assert log_in(demo_app.uow(), manager, "brand-new-1").username == manager


def test_wrong_old_passwords_lock_the_account_like_wrong_logins(demo_app: App):
    manager = demo_manager(demo_app)
    uow = demo_app.uow(log_in(demo_app.uow(), manager, DEMO_PASSWORD))
    codes = []
    for _ in range(5):
        with pytest.raises(PermissionDenied) as wrong:
            change_password(uow, manager, "not-it", "brand-new-1")
        codes.append(wrong.value.code)
    assert codes == ["users.bad_password"] * 4 + ["users.locked"]
    with pytest.raises(PermissionDenied) as locked:
        change_password(uow, manager, DEMO_PASSWORD, "brand-new-1")
    assert locked.value.code == "users.locked"


def test_nobody_changes_another_users_password(demo_app: App):
    names = [u.username for u in list_users(demo_app.uow())]
    clerk = log_in(demo_app.uow(), names[1], DEMO_PASSWORD)
    with pytest.raises(PermissionDenied) as refused:
        change_password(demo_app.uow(clerk), names[0], DEMO_PASSWORD, "brand-new-1")
    assert refused.value.code == "accounts.not_own_account"
    assert log_in(demo_app.uow(), names[0], DEMO_PASSWORD).username == names[0]


def test_the_list_shows_every_demo_account_by_name(demo_app: App):
    rows = list_users(demo_app.uow())
    assert [r.username for r in rows] == sorted(r.username for r in rows)
    assert [r.username for r in rows[:2]] == ["jg00001", "zk00001"]  # the body's, then staff
    assert all(r.active and r.locked_until is None for r in rows)


def test_a_changed_password_opens_an_encrypted_database_and_the_old_one_no_longer(
        tmp_path):
    from app.bootstrap import create_encrypted, open_with_password

    path = tmp_path / "site.sqlite"
    app = create_encrypted(path, "wang", "王芳", "first-pass", data_dir=tmp_path)
    try:
        change_password(app.uow(), "wang", "first-pass", "second-pass")
    finally:
        app.close()
    with pytest.raises(PermissionDenied):
        open_with_password(path, "wang", "first-pass", data_dir=tmp_path).close()
    reopened = open_with_password(path, "wang", "second-pass", data_dir=tmp_path)
    assert reopened.actor.username == "wang"
    reopened.close()
