"""Where the ID document's number comes from at the check-in desk.

* A keyboard-wedge ID-card reader (many Chinese readers can be set to "type" the card) sends
  the 18-character number and Enter as a fast burst, which the screen's ``ScanCapture`` takes;
  ``feed`` recognises the number and makes it the document read. A clerk typing the number
  into the ID field and pressing Enter counts the same.
* Any ``app.devices.id_reader.IdCardReader`` driver (the simulated one, a vendor DLL) is
  polled on a timer.

Either way ``document_read(IdCardData)`` is emitted; the field shows the number.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from app.devices.id_reader import IdCardData, IdCardReader
from app.rules.id_documents import check_id, normalize_id_text

# What an ID-card chip (or its wedge) yields: resident ID, HK/Macao/Taiwan residence permit,
# 2017 foreign permanent resident ID: 17 digits and a check character.
_CHIP_NUMBER = re.compile(r"\d{17}[\dX]", re.ASCII)


def is_id_number(text: str, today: date | None = None) -> bool:
    """True for an 18-character ID number with a valid check character.

    Ticket numbers (15 digits) and QR codes never match.
    """
    normalized = normalize_id_text(text)
    return bool(_CHIP_NUMBER.fullmatch(normalized)) and check_id(normalized, today=today).ok


class IdDocumentInput(QObject):
    """Turns wedge input, typed numbers and reader drivers into ``document_read``."""

    document_read = Signal(object)  # IdCardData
    rejected = Signal(str)  # the text typed, which is not a valid ID number

    def __init__(self, field: QLineEdit, reader: IdCardReader | None = None,
                 parent: QObject | None = None, interval_ms: int = 300) -> None:
        super().__init__(parent)
        self.field, self.reader = field, reader
        field.returnPressed.connect(self._on_field_return_pressed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        if reader is not None:
            self.timer.start()

    def feed(self, text: str) -> bool:
        """Take wedge input (a whole burst); False when it is not an ID number."""
        if not is_id_number(text):
            return False
        self._read(IdCardData(normalize_id_text(text)))
        return True

    def poll(self) -> None:
        card = self.reader.poll() if self.reader is not None else None
        if card is not None:
            self._read(IdCardData(normalize_id_text(card.id_number), card.name, card.photo))

    def stop(self) -> None:
        self.timer.stop()
        if self.reader is not None:
            self.reader.close()

    def _read(self, card: IdCardData) -> None:
        self.field.setText(card.id_number)
        self.document_read.emit(card)

    def _on_field_return_pressed(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        if is_id_number(text):
            self._read(IdCardData(normalize_id_text(text)))
        else:
            self.rejected.emit(text)
