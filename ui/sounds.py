"""A distinct sound per verdict class, so the clerk hears the verdict without looking.

ok = two rising beeps, warn = two equal mid beeps, refuse = one long low buzz. The tones are
made in memory (``wave``/``struct``) and played without blocking: ``winsound`` on Windows,
``paplay``/``pw-play``/``aplay`` on Linux when one is installed, else ``QApplication.beep()``.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
RATE = 22050
# (frequency Hz, duration s) per tone; a frequency of 0 is a silence.
PATTERNS: dict[str, tuple[tuple[float, float], ...]] = {
    "ok": ((880.0, 0.11), (0.0, 0.05), (1320.0, 0.16)),
    "warn": ((660.0, 0.16), (0.0, 0.08), (660.0, 0.16)),
    "refuse": ((220.0, 0.65),),
}


def tone_wav(cls: str, rate: int = RATE) -> bytes:
    """The WAV file (16-bit mono) of a verdict class's sound."""
    frames = bytearray()
    for freq, seconds in PATTERNS[cls]:
        count = int(rate * seconds)
        fade = max(1, int(rate * 0.01))  # 10 ms ramps: no clicks
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            if freq == 0.0:
                sample = 0.0
            elif cls == "refuse":  # a buzz: square-ish, rich in harmonics
                sample = 0.45 * math.copysign(1.0, math.sin(2 * math.pi * freq * i / rate))
            else:
                sample = 0.6 * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(sample * envelope * 32767))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


class Player(Protocol):
    muted: bool

    def play(self, cls: str) -> None: ...


class SoundPlayer:
    """Plays a verdict class's sound without blocking the GUI."""

    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self._wavs = {cls: tone_wav(cls) for cls in PATTERNS}
        self._files: dict[str, Path] = {}
        self._folder: Path | None = None
        self._running: list[subprocess.Popen[bytes]] = []
        self._command = None if sys.platform == "win32" else next(
            (c for c in ("paplay", "pw-play", "aplay") if shutil.which(c)), None)

    def play(self, cls: str) -> None:
        if self.muted or cls not in self._wavs:
            return
        try:
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(self._wavs[cls], winsound.SND_MEMORY | winsound.SND_ASYNC)
            elif self._command:
                self._spawn(cls)
            else:
                QApplication.beep()
        except OSError:
            log.warning("could not play the %s sound", cls, exc_info=True)
            QApplication.beep()

    def _spawn(self, cls: str) -> None:
        assert self._command is not None
        self._running = [p for p in self._running if p.poll() is None]
        for p in self._running:  # a new verdict cuts the previous sound short
            p.terminate()
            p.wait(timeout=1)
        path = self._files.get(cls)
        if path is None:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="examsite-sounds-"))
            path = self._folder / f"{cls}.wav"
            path.write_bytes(self._wavs[cls])
            self._files[cls] = path
        args = [self._command, "-q", str(path)] if self._command == "aplay" else [
            self._command, str(path)]
        self._running = [subprocess.Popen(args, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)]

    def close(self) -> None:
        for p in self._running:
            if p.poll() is None:
                p.terminate()
            p.wait(timeout=1)
        self._running = []
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._files, self._folder = {}, None
