"""The packages screen: this installation's key, trusted peers, export and import wizards."""

from ui.screens.transfer.view import TransferScreen

__all__ = ["TransferScreen"]
