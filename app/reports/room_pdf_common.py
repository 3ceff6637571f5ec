"""What the three room PDFs share: the canvas written to a temporary file, text and cell
drawing in millimetres, photos scaled down once, time windows and page footers.

A document is planned first as a list of pages (so every page knows "page x of y" of its
room), then drawn page by page with progress and cancel checks.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import TypeVar

from PIL import Image, UnidentifiedImageError
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.clock import CHINA_TZ
from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import cell_lines, fit_line, missing_glyphs, register_cjk_font
from app.reports.room_documents import RoomDocuments, RoomSheet

log = logging.getLogger(__name__)
T = TypeVar("T")

# Photos are printed at most ~21 x 28 mm: 150 x 200 px is ~180 dpi there, plenty for a face.
PHOTO_MAX_PX = (150, 200)
PHOTO_JPEG_QUALITY = 80
WEEKDAYS_ZH = ("一", "二", "三", "四", "五", "六", "日")
LINE_GREY, LABEL_FILL, TEXT_GREY = 0.35, 0.92, 0.3


def scale_photo(data: bytes) -> bytes | None:
    """Return the photo as small as it prints: within ``PHOTO_MAX_PX``, as JPEG when scaled.

    A photo already that small is kept as it is. A file Pillow cannot read returns ``None``
    (printed as "no photo").
    """
    try:
        with Image.open(BytesIO(data)) as image:
            if (image.width <= PHOTO_MAX_PX[0] and image.height <= PHOTO_MAX_PX[1]
                    and image.format in ("PNG", "JPEG")):
                return data
            image.draft("RGB", PHOTO_MAX_PX)  # JPEG: decode at a reduced size, much faster
            small = image.convert("RGB")
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    small.thumbnail(PHOTO_MAX_PX, Image.Resampling.LANCZOS)
    out = BytesIO()
    small.save(out, "JPEG", quality=PHOTO_JPEG_QUALITY, optimize=True)
    return out.getvalue()


class PhotoCache:
    """Scaled photo readers by candidate id: each photo is decoded and scaled only once."""

    def __init__(self, photos: Mapping[int, bytes]) -> None:
        self._photos = photos
        self._readers: dict[int, ImageReader | None] = {}

    def reader(self, candidate_id: int) -> ImageReader | None:
        if candidate_id not in self._readers:
            data = self._photos.get(candidate_id)
            small = scale_photo(data) if data else None
            reader = None
            if small is not None:
                try:
                    reader = ImageReader(BytesIO(small))
                    reader.getSize()
                except (OSError, ValueError, SyntaxError):
                    reader = None
            self._readers[candidate_id] = reader
        return self._readers[candidate_id]


class Painter:
    """Draws text, cells and photos on a canvas in millimetres (origin bottom-left)."""

    def __init__(self, canvas: Canvas, font: str, photos: PhotoCache | None = None) -> None:
        self.c, self.font, self.photos = canvas, font, photos

    def text(self, x: float, y: float, text: str, size: float, *, width: float = 0.0,
             align: str = "left", bold: bool = False) -> None:
        """One line with its baseline at (x, y) mm; shrinks to ``width`` mm when given."""
        c = self.c
        if width:
            text, size = fit_line(text, self.font, size, width * mm)
        w = stringWidth(text, self.font, size)
        px = x * mm - (w / 2 if align == "center" else w if align == "right" else 0)
        t = c.beginText(px, y * mm)
        t.setFont(self.font, size)
        if not bold:
            t.textLine(text)
            c.drawText(t)
            return
        # One weight in the font: fill and stroke the outline (in the fill colour) for a
        # bold look, without leaking the line width and colour into later lines and boxes.
        c.saveState()
        t.setTextRenderMode(2)
        c.setStrokeColor(c._fillColorObj)
        c.setLineWidth(size * 0.035)
        t.textLine(text)
        t.setTextRenderMode(0)
        c.drawText(t)
        c.restoreState()

    def cell(self, box: tuple[float, float, float, float], text: str, size: float, *,
             center: bool = True, bold: bool = False) -> None:
        """Text vertically centred in ``(x, y, w, h)`` mm; a long text takes two lines."""
        x, _y, w, _h = box
        size, lines = cell_lines(text, self.font, size, box, 1.2)
        for base, line in lines:
            if center:
                self.text(x + w / 2, base, line, size, align="center", bold=bold)
            else:
                self.text(x + 1.2, base, line, size, bold=bold)

    def photo(self, box: tuple[float, float, float, float], candidate_id: int) -> None:
        """The candidate's photo fitted in the box (framed); "无照片" when there is none."""
        c = self.c
        x, y, w, h = box
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.4)
        c.rect(x * mm, y * mm, w * mm, h * mm)
        reader = self.photos.reader(candidate_id) if self.photos else None
        if reader is None:
            c.setFillGray(0.55)
            self.text(x + w / 2, y + h / 2 - 1, "无照片", min(7.0, w * 0.9), align="center")
            c.setFillGray(0)
            return
        iw, ih = reader.getSize()
        pad = 0.4
        scale = min((w - 2 * pad) / iw, (h - 2 * pad) / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(reader, (x + (w - dw) / 2) * mm, (y + (h - dh) / 2) * mm, dw * mm, dh * mm)

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c.line(x0 * mm, y0 * mm, x1 * mm, y1 * mm)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: float | None = None,
             stroke: bool = True) -> None:
        c = self.c
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x * mm, y * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        if fill is not None:
            c.setFillGray(0)


def day_zh(moment: datetime) -> str:
    local = moment.astimezone(CHINA_TZ)
    return f"{local.year}年{local.month}月{local.day}日（周{WEEKDAYS_ZH[local.weekday()]}）"


def window_zh(starts: datetime, ends: datetime) -> str:
    """``2026年12月3日（周四）09:00-10:30`` in China time."""
    a, b = starts.astimezone(CHINA_TZ), ends.astimezone(CHINA_TZ)
    return f"{day_zh(a)} {a:%H:%M}-{b:%H:%M}"


def room_title(sheet: RoomSheet) -> str:
    return f"{sheet.room_name}（{sheet.room_code}）"


@dataclass(frozen=True)
class PageJob:
    """One page to draw; ``page``/``pages`` count within its room (or session)."""

    draw: Callable[[Painter, int, int], None]
    page: int
    pages: int
    weight: int = 1  # candidates on the page, for progress


def footer(p: Painter, width_mm: float, left: str, page: int, pages: int) -> None:
    """The bottom line of every page: what it is on the left, ``第 x 页 / 共 y 页`` right."""
    p.c.setFillGray(TEXT_GREY)
    p.text(12, 7, left, 7.5, width=width_mm - 60)
    p.text(width_mm - 12, 7, f"第 {page} 页 / 共 {pages} 页", 8, align="right")
    p.c.setFillGray(0)


def warn_missing_glyphs(docs: RoomDocuments) -> None:
    blanks = sum(1 for sheet in docs.sheets for c in sheet.candidates if missing_glyphs(c.name))
    if blanks:  # counted, not named: no personal data in the log
        log.warning("%d names have characters the font lacks (printed blank)", blanks)


@contextmanager
def pdf_canvas(out: Path, pagesize: tuple[float, float], title: str,
               author: str) -> Iterator[Canvas]:
    """A canvas on a temporary file next to ``out``, renamed to ``out`` only on success, so a
    cancelled or failed run leaves no partial file (and an existing ``out`` untouched)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # reportlab ASCII85-encodes streams in pure Python by default; binary is smaller, faster.
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(str(tmp), pagesize=pagesize, pageCompression=1,
                   initialFontName=register_cjk_font())
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator("ExamSite")
        yield c
        c.save()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        rl_config.useA85 = use_a85


def render_pages(jobs: Sequence[PageJob], out: Path, docs: RoomDocuments, *,
                 pagesize: tuple[float, float], title: str, progress: Progress | None,
                 with_photos: bool = True) -> int:
    """Draw the planned pages into ``out``; returns the page count.

    Raises:
        UserCancelled: When ``progress`` is cancelled (no file is left behind).
    """
    progress = progress or NullProgress()
    warn_missing_glyphs(docs)
    font = register_cjk_font()
    photos = PhotoCache(docs.photos) if with_photos else None
    total = sum(job.weight for job in jobs)
    done = 0
    with pdf_canvas(out, pagesize, f"{title}（{docs.plan_name}）", docs.body_name) as c:
        painter = Painter(c, font, photos)
        for job in jobs:
            check_cancel(progress)
            c.setFont(font, 10)
            job.draw(painter, job.page, job.pages)
            c.showPage()
            done += job.weight
            progress.report(done, total)
    return len(jobs)


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` in pieces of ``size``; at least one (empty) piece."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]
