"""ID-card readers (身份证阅读器) as pluggable drivers behind one small protocol.

The check-in screen only knows :class:`IdCardReader`: it calls ``poll()`` on a timer (every few
hundred milliseconds, on the GUI thread) and treats every :class:`IdCardData` it gets as the
document shown by the candidate at the desk. So ``poll()`` must return at once: a driver whose
reads block does them in its own thread and hands finished reads over through a queue, as
:class:`SdtapiReader` does.

Drivers shipped here:

* :class:`SimulatedIdReader` — tests (and demos) push cards into it.
* :class:`SdtapiReader` — Windows readers that come with the common ``sdtapi.dll`` (the
  "SDT" API of the public-security ministry's reference reader, re-used by most vendors).
* Keyboard-wedge readers need no driver: they type the 18-character number and Enter like a
  keyboard; the screen recognises that input (``ui/widgets/id_reader_wedge.py``).

How a vendor-DLL driver works (``sdtapi.dll`` style, through :mod:`ctypes`, Windows only):

1. ``SDT_OpenPort(port)`` once: USB readers are ports 1001-1016, serial readers 1-16; it
   returns 0x90 on success. ``SDT_ClosePort(port)`` in ``close()``.
2. In a loop on a background thread: ``SDT_StartFindIDCard(port, buf, 1)`` returns 0x9F when a
   card is on the reader (0x80 when none: sleep ~300 ms and retry), then
   ``SDT_SelectIDCard(port, buf, 1)`` returns 0x90 when the card answered.
3. ``SDT_ReadBaseMsg(port, text, &text_len, photo, &photo_len, 1)`` returns 0x90 and fills
   256 bytes of UCS-2 little-endian text (name 30 bytes, gender 2, nation 4, birth date 16,
   address 70, ID number 36, issuing authority 30, validity 32 — fixed-width, space padded)
   and 1024 bytes of the chip photo in the vendor's compressed WLT format. Decoding WLT to
   a BMP needs the vendor's ``WltRS.dll`` (``GetBmp``); when it is absent the photo is None.
4. The number and name become an :class:`IdCardData`; the driver waits for the card to be
   removed (``SDT_StartFindIDCard`` fails again) before reading the next one, so a card left
   on the reader is reported once.

Nothing in the screen changes for a new driver: it is handed to the screen's constructor.
"""

from __future__ import annotations

import ctypes
import queue
import sys
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class IdCardData:
    """What a reader got from the document: number, name and (chip readers) the photo."""

    id_number: str
    name: str = ""
    photo: bytes | None = None


class IdCardReader(Protocol):
    """A source of ID-card reads; ``poll`` never blocks."""

    @property
    def name(self) -> str: ...

    def poll(self) -> IdCardData | None:
        """The next card read since the last call, or None."""
        ...

    def close(self) -> None: ...


class SimulatedIdReader:
    """A reader for tests and demos: ``push`` a card and the next ``poll`` returns it."""

    def __init__(self, name: str = "simulated") -> None:
        self._name = name
        self._cards: deque[IdCardData] = deque()
        self.closed = False

    @property
    def name(self) -> str:
        return self._name

    def push(self, card: IdCardData) -> None:
        self._cards.append(card)

    def poll(self) -> IdCardData | None:
        return self._cards.popleft() if self._cards and not self.closed else None

    def close(self) -> None:
        self.closed = True
        self._cards.clear()


class ReaderUnavailable(RuntimeError):
    """The reader's driver or device is missing; the message says which and what to do."""


# SDT return codes.
_SDT_OK = 0x90
_SDT_CARD_FOUND = 0x9F
_TEXT_SIZE, _PHOTO_SIZE = 256, 1024
# Byte offsets of the fixed-width UCS-2 fields in the text block.
_NAME = slice(0, 30)
_ID_NUMBER = slice(122, 158)


def parse_base_message(text: bytes) -> tuple[str, str]:
    """(name, ID number) from the 256-byte text block of ``SDT_ReadBaseMsg``."""
    name = text[_NAME].decode("utf-16-le", errors="replace").strip().strip("\x00")
    number = text[_ID_NUMBER].decode("utf-16-le", errors="replace").strip().strip("\x00")
    return name, number.upper()


class SdtapiReader:
    """An ``sdtapi.dll`` reader on Windows (see the module notes); not used by the tests.

    The DLL is loaded only here, so importing this module is harmless everywhere.

    Raises:
        ReaderUnavailable: not on Windows, the DLL cannot be loaded, or the port does not open.
    """

    def __init__(self, port: int = 1001, dll_path: Path | str = "sdtapi.dll",
                 interval: float = 0.3) -> None:
        loader = getattr(ctypes, "WinDLL", None)  # stdcall DLLs exist only on Windows
        if loader is None:
            raise ReaderUnavailable(
                f"The sdtapi.dll ID-card reader driver works only on Windows ({sys.platform}).")
        try:
            self._dll: Any = loader(str(dll_path))
        except OSError as exc:
            raise ReaderUnavailable(
                f"The ID-card reader driver {dll_path} could not be loaded ({exc}). Install the "
                "reader vendor's software or copy sdtapi.dll next to ExamSite.") from None
        self._port, self._interval = port, interval
        if self._dll.SDT_OpenPort(port) != _SDT_OK:
            raise ReaderUnavailable(
                f"The ID-card reader on port {port} does not answer: check its cable "
                "(USB readers use ports 1001-1016, serial readers 1-16).")
        self._reads: queue.Queue[IdCardData] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="sdtapi-reader", daemon=True)
        self._thread.start()

    @property
    def name(self) -> str:
        return f"sdtapi:{self._port}"

    def poll(self) -> IdCardData | None:
        try:
            return self._reads.get_nowait()
        except queue.Empty:
            return None

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._dll.SDT_ClosePort(self._port)

    def _card_present(self) -> bool:
        buf = ctypes.create_string_buffer(8)
        return bool(self._dll.SDT_StartFindIDCard(self._port, buf, 1) == _SDT_CARD_FOUND
                    and self._dll.SDT_SelectIDCard(self._port, buf, 1) == _SDT_OK)

    def _read(self) -> IdCardData | None:
        text, photo = ctypes.create_string_buffer(_TEXT_SIZE), ctypes.create_string_buffer(
            _PHOTO_SIZE)
        text_len, photo_len = ctypes.c_uint(0), ctypes.c_uint(0)
        if self._dll.SDT_ReadBaseMsg(self._port, text, ctypes.byref(text_len), photo,
                                     ctypes.byref(photo_len), 1) != _SDT_OK:
            return None
        name, number = parse_base_message(text.raw[:text_len.value or _TEXT_SIZE])
        # The chip photo is WLT-compressed; decoding needs the vendor's WltRS.dll, so the
        # screen shows the registered photo and this driver reports none.
        return IdCardData(number, name, None) if number else None

    def _loop(self) -> None:
        card_on_reader = False
        while not self._stop.wait(self._interval):
            present = self._card_present()
            if present and not card_on_reader:
                card = self._read()
                if card is not None:
                    self._reads.put(card)
            card_on_reader = present
