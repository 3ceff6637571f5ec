"""The bundled CJK font for PDFs: registered once, a glyph check, and fitting text to boxes.

WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``) is a TrueType-outline font, so
reportlab embeds a subset of it in every PDF and the PDF renders on a machine with no Chinese
fonts. It lacks some rare characters (most of CJK Extension A and B) and reportlab draws a
missing glyph as a blank without any error: ``missing_glyphs`` finds them before printing.
"""

from __future__ import annotations

import threading

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import cjk_font_path

CJK_FONT_NAME = "ExamSiteCJK"
MIN_SIZE = 6.0  # points: the smallest text printed

_lock = threading.Lock()
_font: TTFont | None = None


def _cjk_font() -> TTFont:
    """The registered font object, loading and registering it on first use."""
    global _font  # noqa: PLW0603 - one font per process, loaded lazily (~0.1 s)
    with _lock:
        if _font is None:
            font = TTFont(CJK_FONT_NAME, str(cjk_font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            _font = font
        return _font


def register_cjk_font() -> str:
    """Register the bundled CJK font with reportlab, once per process.

    Safe to call from any thread and any number of times.

    Returns:
        The reportlab font name to pass to ``setFont`` (``"ExamSiteCJK"``).
    """
    return _cjk_font().fontName  # type: ignore[no-any-return]


def missing_glyphs(text: str) -> set[str]:
    """Return the characters of ``text`` the bundled font cannot draw.

    Control characters (line breaks, tabs) are not reported: they are never drawn.

    Args:
        text: Text to be printed, e.g. a candidate's name.

    Returns:
        The characters that would print as blanks; empty when everything can be drawn.
    """
    cmap: dict[int, int] = _cjk_font().face.charToGlyph
    return {ch for ch in text if ord(ch) not in cmap and ch.isprintable()}


def fit_line(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """Fit one line of ``text`` in the font into ``width`` points.

    Args:
        text: The text.
        font: A registered reportlab font name.
        size: The preferred size in points.
        width: The available width in points.

    Returns:
        The text and size to draw: the size shrinks down to ``MIN_SIZE``; below that the text
        is cut and ends with "…".
    """
    natural = stringWidth(text, font, size)
    if natural <= width:
        return text, size
    size = max(MIN_SIZE, size * width / natural * 0.999)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def two_lines(text: str, font: str, size: float, width: float,
               height: float) -> tuple[str, str, float] | None:
    """Split ``text`` into two balanced lines that fit a ``width`` x ``height`` points box.

    Returns:
        ``(first, second, size)`` at the largest size that fits (at most ``size``, down to
        one point under ``MIN_SIZE``), or ``None`` when even that does not fit.
    """
    cut = len(text) // 2
    first, second = text[:cut], text[cut:]
    size = min(size, height / 2.1)
    while size >= MIN_SIZE - 1:
        if max(stringWidth(first, font, size), stringWidth(second, font, size)) <= width:
            return first, second, size
        size -= 0.5
    return None


def cell_lines(text: str, font: str, size: float, box: tuple[float, float, float, float],
               pad: float) -> tuple[float, list[tuple[float, str]]]:
    """How a text sits vertically centred in a table cell ``(x, y, w, h)`` mm, (x, y) its
    bottom-left, with ``pad`` mm on each side: one line shrunk to fit; if even the smallest
    size is too wide, two lines (a long name must not be cut); only if that fails, one line
    cut with "…". Returns the font size and each line with its baseline (mm)."""
    _x, y, w, h = box
    inner = (w - 2 * pad) * mm
    lines = [text]
    fitted, fitted_size = fit_line(text, font, size, inner)
    if fitted != text:
        split = two_lines(text, font, size, inner, (h - 0.6) * mm)
        lines, size = ([fitted], fitted_size) if split is None else (list(split[:2]), split[2])
    else:
        size = fitted_size
    step = size * 1.05 / mm
    base = y + h / 2 - size * 0.36 / mm + step * (len(lines) - 1) / 2
    return size, [(base - i * step, line) for i, line in enumerate(lines)]
