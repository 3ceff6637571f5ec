"""The Qt-free progress protocol that long services accept."""

from __future__ import annotations

from typing import Protocol

from app.errors import UserCancelled


class Progress(Protocol):
    def report(self, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress sink for callers that do not show progress (CLI, tests)."""

    def report(self, done: int, total: int) -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    """Raise ``UserCancelled`` when the user asked to stop."""
    if progress.cancelled():
        raise UserCancelled()
