"""Domain errors: a stable code plus parameters; front ends turn them into text.

Services raise these; the UI translates the code (``app.messages``) and the CLI prints it and
exits non-zero. ``UserCancelled`` is raised when a long task is cancelled and is never shown.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A failure the user can understand and act on."""

    kind = "domain"

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


class ValidationError(DomainError):
    """Input that breaks a rule (bad ID number, bad file, missing field)."""

    kind = "validation"


class NotFoundError(DomainError):
    """A referenced object does not exist."""

    kind = "not_found"


class ConflictError(DomainError):
    """The change clashes with the current state (duplicate, already done)."""

    kind = "conflict"


class PermissionDenied(DomainError):
    """The acting user may not do this."""

    kind = "permission"


class IntegrityError(DomainError):
    """Stored data fails a consistency check (tampering, corruption)."""

    kind = "integrity"


class UserCancelled(Exception):
    """A long task was cancelled by the user; never shown as an error."""
