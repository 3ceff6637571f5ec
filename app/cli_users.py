"""``examsite-cli users ...``: account administration from the command line.

    examsite-cli users list   --db PATH
    examsite-cli users add    NAME --db PATH --display 张三 --role checkin_clerk [--role ...]
                              [--staff-badge ZK00012] [--password-env VAR]
    examsite-cli users roles  NAME --db PATH --role proctor [--role ...]
    examsite-cli users reset-password NAME --db PATH [--password-env VAR]
    examsite-cli users disable NAME --db PATH --reason TEXT
    examsite-cli users enable  NAME --db PATH --reason TEXT [--password-env VAR]

A password comes from the environment variable named by ``--password-env`` or a prompt, never
from the command line (it would stay in the shell's history).
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK = 0


def _new_password(a: argparse.Namespace) -> str:
    if a.password_env:
        return os.environ.get(a.password_env, "")
    return getpass.getpass("New password: ")


def _done(ctx: Ctx, data: dict[str, Any], text: str) -> int:
    from app.cli import emit

    if ctx.args.json:
        emit({"ok": True, **data})
    else:
        print(text)
    return EXIT_OK


def cmd_list(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.user_admin import accounts

    rows = accounts(ctx.app.uow())
    if ctx.args.json:
        emit([r.__dict__ for r in rows])
        return EXIT_OK
    for r in rows:
        state = "在用" if r.active else "停用"
        print(f"{r.username:16} {state}  {r.display_name}  {','.join(r.roles)}  {r.badge_no}")
    return EXIT_OK


def cmd_add(ctx: Ctx) -> int:
    from sqlalchemy import select

    from app.errors import NotFoundError
    from app.model import Staff
    from app.services.users import create_user

    a = ctx.args
    staff_id = None
    if a.staff_badge:
        with ctx.app.uow().read() as s:
            staff_id = s.scalar(select(Staff.id).where(Staff.badge_no == a.staff_badge))
        if staff_id is None:
            raise NotFoundError("staffing.staff_not_found", staff_id=a.staff_badge)
    user_id = create_user(ctx.app.uow(), a.name, a.display, a.role, _new_password(a),
                          staff_id)
    return _done(ctx, {"id": user_id, "username": a.name.strip().lower()}, a.name)


def cmd_roles(ctx: Ctx) -> int:
    from app.services.user_admin import set_roles

    set_roles(ctx.app.uow(), ctx.args.name, ctx.args.role)
    return _done(ctx, {"username": ctx.args.name, "roles": ctx.args.role}, ctx.args.name)


def cmd_reset(ctx: Ctx) -> int:
    from app.services.user_admin import reset_password

    reset_password(ctx.app.uow(), ctx.args.name, _new_password(ctx.args))
    return _done(ctx, {"username": ctx.args.name}, ctx.args.name)


def cmd_disable(ctx: Ctx) -> int:
    from app.services.user_admin import set_active

    set_active(ctx.app.uow(), ctx.args.name, False, ctx.args.reason)
    return _done(ctx, {"username": ctx.args.name, "active": False}, ctx.args.name)


def cmd_enable(ctx: Ctx) -> int:
    from app.services.user_admin import set_active

    set_active(ctx.app.uow(), ctx.args.name, True, ctx.args.reason,
               password=_new_password(ctx.args))
    return _done(ctx, {"username": ctx.args.name, "active": True}, ctx.args.name)


def add_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="user accounts (site manager)").add_subparsers(
        dest="action", required=True)
    add("list", cmd_list, users, help="every account")
    new = add("add", cmd_add, users, help="create an account")
    new.add_argument("name")
    new.add_argument("--display", required=True, help="the person's name")
    new.add_argument("--role", action="append", required=True)
    new.add_argument("--staff-badge", help="link to this staff member (badge number)")
    roles = add("roles", cmd_roles, users, help="set an account's roles")
    roles.add_argument("name")
    roles.add_argument("--role", action="append", required=True)
    reset = add("reset-password", cmd_reset, users, help="set a new password")
    reset.add_argument("name")
    off = add("disable", cmd_disable, users, help="deactivate an account")
    off.add_argument("name")
    off.add_argument("--reason", required=True)
    on = add("enable", cmd_enable, users, help="reactivate an account with a new password")
    on.add_argument("name")
    on.add_argument("--reason", required=True)
    for parser in (new, reset, on):
        parser.add_argument("--password-env", metavar="VAR",
                            help="read the new password from this environment variable")
