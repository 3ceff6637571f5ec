"""The timeline's blocking checks as the user meets them: why the action is held up, and a
reason to go ahead anyway (``app.services.gates``: the service records it in the audit trail).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import DomainError
from app.services.gates import MIN_REASON
from ui.dialogs import error_text
from ui.widgets.reason_dialog import ReasonDialog


def is_overridable(exc: BaseException) -> bool:
    """Whether ``exc`` is a blocking check that a reason can override."""
    return isinstance(exc, DomainError) and bool(exc.params.get("overridable"))


def ask_override_reason(parent: QWidget | None, exc: DomainError) -> str | None:
    """Show why the action is blocked and ask for the reason to go ahead; None: do not.

    The dialog asks again while the reason is shorter than the service accepts."""
    title = QCoreApplication.translate("gate_override", "Timeline check")
    ask = QCoreApplication.translate(
        "gate_override", "To go ahead anyway, say why (kept in the audit trail):")
    while True:
        dialog = ReasonDialog(parent, title, f"{error_text(exc)}\n\n{ask}", [])
        if not dialog.exec():
            return None
        if len(dialog.text()) >= MIN_REASON:
            return dialog.text()
        ask = QCoreApplication.translate(
            "gate_override", "Say why in at least %1 characters:").replace("%1", str(MIN_REASON))
