"""The one permission check every service makes before it touches anything."""

from __future__ import annotations

from app.errors import PermissionDenied
from app.rules.permissions import PERMISSIONS, allowed
from app.uow import Actor, UnitOfWork


def require(who: UnitOfWork | Actor, action: str) -> None:
    """Refuse unless the acting user holds a role allowed to perform ``action``.

    Raises:
        PermissionDenied: ``auth.denied`` (params: user, action).
    """
    actor = who.actor if isinstance(who, UnitOfWork) else who
    if action not in PERMISSIONS:  # a programming error, never a user's
        raise KeyError(f"unknown action {action!r}")
    if not allowed(actor.roles, action):
        raise PermissionDenied("auth.denied", user=actor.username, action=action)
