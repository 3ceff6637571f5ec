"""Creating a new installation's database at first start (no Qt: runs on the task worker).

A site or a body console gets its own encrypted database in the user's data folder (never next
to the executable), its first account (the site manager, or the body's administrator) logged
in, and its key pair (identity of kind ``site`` or ``body``), so it can enrol with the other
side and exchange packages at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.bootstrap import App, build_app, create_encrypted, remove_database
from app.crypto.db_keyring import new_key
from app.rules.permissions import BODY_ADMIN
from app.services.keys import own_identity
from app.services.users import create_user, verify_password
from app.uow import SYSTEM_ACTOR

KINDS = ("site", "body")
SUFFIX = ".examsite.sqlite"


def new_database_path(data_dir: Path, kind: str) -> Path:
    """``site.examsite.sqlite`` (or ``body...``) in ``data_dir``; ``site-2...`` and so on when
    that name is taken, so an earlier installation is never overwritten."""
    for n in range(1, 1000):
        path = Path(data_dir) / (f"{kind}{SUFFIX}" if n == 1 else f"{kind}-{n}{SUFFIX}")
        if not path.exists():
            return path
    raise FileExistsError(str(Path(data_dir) / f"{kind}{SUFFIX}"))


def create_installation(data_dir: Path, kind: str, username: str, display_name: str,
                        password: str, **kw: Any) -> App:
    """A new encrypted database for a ``site`` or the ``body``, its first account logged in.

    Nothing is left behind when it fails (a bad user name, a weak password).

    Raises:
        ValueError: an unknown ``kind``.
        ValidationError: ``users.bad_username``, ``users.weak_password``.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    path = new_database_path(data_dir, kind)
    if kind == "site":
        app = create_encrypted(path, username, display_name, password, data_dir=data_dir, **kw)
    else:  # encrypted whatever the plain setting, like a site (create_encrypted)
        remove_database(path)  # no stale key ring or journal of a deleted file
        try:
            app = build_app(path, key=new_key(), data_dir=data_dir, **kw)
        except BaseException:
            remove_database(path)
            raise
    try:
        if kind == "body":
            create_user(app.uow(SYSTEM_ACTOR), username, display_name, [BODY_ADMIN], password)
            app.actor = verify_password(app.uow(), username, password)
        own_identity(app.uow(), kind=kind)
    except BaseException:
        app.close()
        remove_database(path)
        raise
    return app
