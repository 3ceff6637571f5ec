"""The table model of the certificates screen: one row per certificate of the batch."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.certificate_queries import CertificateRow
from ui.labels import ID_TYPES, LEVELS, label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
REVOKED_COLOURS = ("#eeeeee", "#757575")  # background, text


class CertificateColumns(IntEnum):
    NUMBER = 0
    NAME = 1
    ID_TYPE = 2
    ID_NUMBER = 3
    OCCUPATION = 4
    LEVEL = 5
    ISSUED = 6
    STATE = 7
    REASON = 8


HEADERS = {
    CertificateColumns.NUMBER: QT_TRANSLATE_NOOP("CertificatesModel", "Certificate no."),
    CertificateColumns.NAME: QT_TRANSLATE_NOOP("CertificatesModel", "Name"),
    CertificateColumns.ID_TYPE: QT_TRANSLATE_NOOP("CertificatesModel", "ID type"),
    CertificateColumns.ID_NUMBER: QT_TRANSLATE_NOOP("CertificatesModel", "ID number"),
    CertificateColumns.OCCUPATION: QT_TRANSLATE_NOOP("CertificatesModel", "Occupation"),
    CertificateColumns.LEVEL: QT_TRANSLATE_NOOP("CertificatesModel", "Level"),
    CertificateColumns.ISSUED: QT_TRANSLATE_NOOP("CertificatesModel", "Issued on"),
    CertificateColumns.STATE: QT_TRANSLATE_NOOP("CertificatesModel", "State"),
    CertificateColumns.REASON: QT_TRANSLATE_NOOP("CertificatesModel", "Revocation reason"),
}
STATES = {"valid": QT_TRANSLATE_NOOP("CertificatesModel", "Valid"),
          "revoked": QT_TRANSLATE_NOOP("CertificatesModel", "Revoked")}


class CertificatesModel(QAbstractTableModel):
    """Rows from ``app.services.certificate_queries.list_certificates``; revoked ones grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CertificateRow] = []

    def set_rows(self, rows: list[CertificateRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[CertificateRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CertificateRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CertificateColumns)

    def _text(self, r: CertificateRow, col: CertificateColumns) -> str:
        if col is CertificateColumns.STATE:
            return QCoreApplication.translate("CertificatesModel", STATES[r.state])
        values = {
            CertificateColumns.NUMBER: r.number,
            CertificateColumns.NAME: r.name,
            CertificateColumns.ID_TYPE: label(ID_TYPES, r.id_type),
            CertificateColumns.ID_NUMBER: r.id_number,
            CertificateColumns.OCCUPATION: f"{r.occupation_code} {r.occupation_name}",
            CertificateColumns.LEVEL: label(LEVELS, r.level),
            CertificateColumns.ISSUED: r.issued_on.isoformat(),
            CertificateColumns.REASON: r.revoke_reason,
        }
        return values[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = CertificateColumns(index.column())
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, col)
        if r.state == "revoked" and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(REVOKED_COLOURS[0]))
        if r.state == "revoked" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(REVOKED_COLOURS[1]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CertificateColumns):
            return QCoreApplication.translate(
                "CertificatesModel", str(HEADERS[CertificateColumns(section)]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
