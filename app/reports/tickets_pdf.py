"""Ticket PDFs (准考证): two per A4 page with a cut line, or one per A5 page.

Every ticket is drawn in the same 210 x 148 mm box (A5 landscape, half an A4 portrait page).
The parts all tickets of a batch share (frame, title, labels, table header, rules) are drawn
once as a PDF form and reused; per ticket only the candidate's data, the photo and the QR code
are drawn. The QR is a raster image with a few pixels per module (reportlab's vector QR is ~10x
slower); ``mask_pattern=0`` skips qrcode's mask search, 70% of its time, and still decodes.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.clock import CHINA_TZ
from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import cell_lines, fit_line, missing_glyphs, register_cjk_font
from app.reports.ticket_documents import TicketDocument, TicketSession, exam_rules
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh

log = logging.getLogger(__name__)

LAYOUTS = ("a4x2", "a5")
TICKET_W, TICKET_H = 210 * mm, 148 * mm
TITLE = "职业技能等级认定准考证"
QR_PX_PER_MODULE = 4
QR_BORDER_MODULES = 2  # the white space around the image completes the quiet zone

# Geometry in mm inside the ticket box (origin bottom-left).
FRAME = (7.0, 7.0, 203.0, 141.0)
LEFT, RIGHT = 12.0, 198.0
INFO_TOP, INFO_ROW, INFO_LABEL_W, INFO_W = 116.0, 6.6, 25.0, 106.0
PHOTO = (123.5, 81.0, 25.0, 35.0)  # x, y, w, h: a standard 1-inch photo
QR_SIZE, QR_TOP = 34.0, 116.5
TABLE_TOP, TABLE_ROW, TABLE_ROOM = 76.0, 6.3, 19.0  # room for the data rows below the header
TABLE_COLS = (("科目", 30.0), ("日期", 44.0), ("时间", 32.0), ("考场", 56.0), ("座位号", 24.0))
SITE_Y, RULES_TOP, RULES_LEADING = 46.0, 38.8, 3.45

GENDER_ZH = {"M": "男", "F": "女"}
WEEKDAYS_ZH = ("一", "二", "三", "四", "五", "六", "日")
LABEL_FILL, LINE_GREY, TEXT_GREY = 0.93, 0.35, 0.25


class _TicketPainter:
    """Draws tickets on one canvas; shares forms, font and QR settings across tickets."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.c, self.font = canvas, font
        self._forms: dict[tuple[str, str, str, int], str] = {}

    # --- text helpers -------------------------------------------------------------------
    def _text(self, x: float, y: float, text: str, size: float, *, width: float = 0.0,
              align: str = "left", bold: bool = False) -> None:
        """Draw one line at (x, y) mm; shrinks to ``width`` mm when given."""
        c = self.c
        if width:
            text, size = fit_line(text, self.font, size, width * mm)
        w = stringWidth(text, self.font, size)
        px = x * mm - (w / 2 if align == "center" else w if align == "right" else 0)
        t = c.beginText(px, y * mm)
        t.setFont(self.font, size)
        if bold:  # the font has one weight: fill and stroke the outline for a bold look
            t.setTextRenderMode(2)
            c.setStrokeGray(0)
            c.setLineWidth(size * 0.035)
        t.textLine(text)
        if bold:  # the render mode outlives the text object: reset it
            t.setTextRenderMode(0)
        c.drawText(t)

    def _cell(self, box: tuple[float, float, float, float], text: str, size: float, *,
              center: bool = False, bold: bool = False) -> None:
        """Text vertically centred in a cell ``(x, y, w, h)`` mm, (x, y) its bottom-left.

        Text too long for one line even at the smallest size goes on two lines (a long name must
        not be cut), and only if that fails is it cut with "…".
        """
        x, _y, w, _h = box
        size, lines = cell_lines(text, self.font, size, box, 1.8)
        for base, line in lines:
            if center:
                self._text(x + w / 2, base, line, size, align="center", bold=bold)
            else:
                self._text(x + 1.8, base, line, size, bold=bold)

    # --- the shared part ----------------------------------------------------------------
    def _form(self, doc: TicketDocument) -> str:
        key = (doc.plan_name, doc.site_name, doc.site_address, doc.late_entry_minutes)
        name = self._forms.get(key)
        if name is None:
            name = f"ticket{len(self._forms)}"
            self.c.beginForm(name, lowerx=0, lowery=0, upperx=TICKET_W, uppery=TICKET_H)
            self._static(doc)
            self.c.endForm()
            self._forms[key] = name
        return name

    def _static(self, doc: TicketDocument) -> None:
        c = self.c
        x0, y0, x1, y1 = FRAME
        c.setStrokeGray(0)
        c.setLineWidth(1.2)
        c.rect(x0 * mm, y0 * mm, (x1 - x0) * mm, (y1 - y0) * mm)
        c.setLineWidth(0.4)
        c.rect((x0 + 1.2) * mm, (y0 + 1.2) * mm, (x1 - x0 - 2.4) * mm, (y1 - y0 - 2.4) * mm)
        self._text(105, 128.5, TITLE, 20, align="center", bold=True)
        c.setFillGray(TEXT_GREY)
        self._text(105, 121.8, doc.plan_name, 10, width=150, align="center")
        c.setFillGray(0)
        c.setLineWidth(0.6)
        c.line(LEFT * mm, 119.5 * mm, RIGHT * mm, 119.5 * mm)
        self._info_grid()
        self._table_header()
        site = f"考点：{doc.site_name}"
        if doc.site_address:
            site += f"    地址：{doc.site_address}"
        self._text(LEFT, SITE_Y, site, 9.5, width=RIGHT - LEFT)
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(LEFT * mm, (SITE_Y - 2.7) * mm, RIGHT * mm, (SITE_Y - 2.7) * mm)
        self._rules(doc.late_entry_minutes)

    def _info_grid(self) -> None:
        c = self.c
        labels = ("姓  名", "证件号码", "职业（工种）", "等  级", "准考证号")
        bottom = INFO_TOP - INFO_ROW * len(labels)
        c.setFillGray(LABEL_FILL)
        c.rect(LEFT * mm, bottom * mm, INFO_LABEL_W * mm, (INFO_TOP - bottom) * mm,
               stroke=0, fill=1)
        # 性别 shares the first row with the name.
        gx = LEFT + INFO_W - 30
        c.rect(gx * mm, (INFO_TOP - INFO_ROW) * mm, 14 * mm, INFO_ROW * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.5)
        c.rect(LEFT * mm, bottom * mm, INFO_W * mm, (INFO_TOP - bottom) * mm)
        for i in range(1, len(labels)):
            y = (INFO_TOP - i * INFO_ROW) * mm
            c.line(LEFT * mm, y, (LEFT + INFO_W) * mm, y)
        c.line((LEFT + INFO_LABEL_W) * mm, bottom * mm, (LEFT + INFO_LABEL_W) * mm,
               INFO_TOP * mm)
        top_row = (INFO_TOP - INFO_ROW) * mm
        c.line(gx * mm, top_row, gx * mm, INFO_TOP * mm)
        c.line((gx + 14) * mm, top_row, (gx + 14) * mm, INFO_TOP * mm)
        for i, label in enumerate(labels):
            self._cell((LEFT, INFO_TOP - (i + 1) * INFO_ROW, INFO_LABEL_W, INFO_ROW), label, 9.5,
                       center=True)
        self._cell((gx, INFO_TOP - INFO_ROW, 14, INFO_ROW), "性  别", 9.5, center=True)

    def _table_header(self) -> None:
        c = self.c
        top = TABLE_TOP
        c.setFillGray(LABEL_FILL)
        c.rect(LEFT * mm, (top - TABLE_ROW) * mm, (RIGHT - LEFT) * mm, TABLE_ROW * mm,
               stroke=0, fill=1)
        c.setFillGray(0)
        x = LEFT
        for label, width in TABLE_COLS:
            self._cell((x, top - TABLE_ROW, width, TABLE_ROW), label, 9.5, center=True)
            x += width

    def _rules(self, late_entry_minutes: int) -> None:
        self._text(LEFT, RULES_TOP, "考生须知", 10, bold=True)
        y = RULES_TOP - 4.2
        for n, rule in enumerate(exam_rules(late_entry_minutes), start=1):
            self._text(LEFT + 1, y, f"{n}. {rule}", 7.8, width=RIGHT - LEFT - 1)
            y -= RULES_LEADING

    # --- one ticket ---------------------------------------------------------------------
    def draw(self, doc: TicketDocument, qr_image: Image.Image) -> None:
        self.c.doForm(self._form(doc))
        self._info(doc)
        self._photo(doc.photo)
        self._qr(qr_image, doc.ticket_no)
        self._sessions(doc.sessions)

    def _info(self, doc: TicketDocument) -> None:
        vx, vw = LEFT + INFO_LABEL_W, INFO_W - INFO_LABEL_W
        row = INFO_TOP - INFO_ROW
        self._cell((vx, row, vw - 30, INFO_ROW), doc.name, 11, bold=True)
        self._cell((LEFT + INFO_W - 16, row, 16, INFO_ROW), GENDER_ZH.get(doc.gender, doc.gender),
                   10, center=True)
        values = (doc.id_masked, doc.occupation, level_label_zh(Level(doc.level)))
        for i, value in enumerate(values, start=2):
            self._cell((vx, INFO_TOP - i * INFO_ROW, vw, INFO_ROW), value, 10)
        self._cell((vx, INFO_TOP - 5 * INFO_ROW, vw, INFO_ROW), doc.ticket_no, 14, bold=True)

    def _photo(self, photo: bytes | None) -> None:
        c = self.c
        x, y, w, h = PHOTO
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.5)
        c.rect(x * mm, y * mm, w * mm, h * mm)
        image = None
        if photo:
            try:
                image = ImageReader(BytesIO(photo))
                iw, ih = image.getSize()
            except (OSError, ValueError, SyntaxError):  # a damaged file prints as no photo
                image = None
        if image is None:
            c.setFillGray(0.55)
            self._text(x + w / 2, y + h / 2 + 1, "照片", 10, align="center")
            self._text(x + w / 2, y + h / 2 - 4, "（未登记）", 7, align="center")
            c.setFillGray(0)
            return
        pad = 0.8
        scale = min((w - 2 * pad) / iw, (h - 2 * pad) / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(image, (x + (w - dw) / 2) * mm, (y + (h - dh) / 2) * mm, dw * mm, dh * mm)

    def _qr(self, image: Image.Image, ticket_no: str) -> None:
        x = RIGHT - QR_SIZE
        self.c.drawImage(ImageReader(image), x * mm, (QR_TOP - QR_SIZE) * mm,
                         QR_SIZE * mm, QR_SIZE * mm)
        self._text(x + QR_SIZE / 2, QR_TOP - QR_SIZE - 2.6, ticket_no, 8, align="center")

    def _sessions(self, sessions: Sequence[TicketSession]) -> None:
        c = self.c
        rows = max(1, len(sessions))
        height = min(TABLE_ROW, TABLE_ROOM / rows)
        top, bottom = TABLE_TOP, TABLE_TOP - TABLE_ROW - rows * height
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.5)
        c.rect(LEFT * mm, bottom * mm, (RIGHT - LEFT) * mm, (top - bottom) * mm)
        x = LEFT
        for _label, width in TABLE_COLS[:-1]:
            x += width
            c.line(x * mm, bottom * mm, x * mm, top * mm)
        for i in range(rows):
            y = (top - TABLE_ROW - i * height) * mm
            c.line(LEFT * mm, y, RIGHT * mm, y)
        size = 9.5 if height >= 5.5 else 8.0
        for i, session in enumerate(sessions):
            y = top - TABLE_ROW - (i + 1) * height
            x = LEFT
            for (_label, width), value in zip(TABLE_COLS, _session_cells(session), strict=True):
                self._cell((x, y, width, height), value, size, center=True)
                x += width


def _session_cells(session: TicketSession) -> tuple[str, str, str, str, str]:
    start = session.starts_at.astimezone(CHINA_TZ)
    end = session.ends_at.astimezone(CHINA_TZ)
    try:
        subject = SUBJECT_NAMES_ZH[SubjectKind(session.subject_kind)]
    except ValueError:
        subject = session.subject_kind
    day = f"{start.year}年{start.month}月{start.day}日（周{WEEKDAYS_ZH[start.weekday()]}）"
    return (subject, day, f"{start:%H:%M}-{end:%H:%M}", session.room_name, session.seat_label)


class QrRenderer:
    """Renders QR text as a greyscale image, ``QR_PX_PER_MODULE`` pixels per module.

    Error correction M; mask pattern 0 skips the mask search (the code still decodes). The
    version found for a text length is remembered, so the next ticket skips qrcode's version
    search (a fifth of its time); a text that does not fit it is fitted afresh.
    """

    def __init__(self) -> None:
        self._versions: dict[int, int] = {}

    def image(self, text: str) -> Image.Image:
        """Return the QR code of ``text`` as an image, quiet zone of two modules included."""
        version = self._versions.get(len(text))
        qr = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, box_size=1,
                           border=QR_BORDER_MODULES, mask_pattern=0)
        qr.add_data(text)
        try:
            qr.make(fit=version is None)
        except DataOverflowError:
            qr.version = None
            qr.make(fit=True)
        self._versions[len(text)] = qr.version
        matrix = qr.get_matrix()
        size = len(matrix)
        data = bytes(0 if dark else 255 for row in matrix for dark in row)
        image = Image.frombytes("L", (size, size), data)
        k = QR_PX_PER_MODULE
        return image.resize((size * k, size * k), Image.Resampling.NEAREST)


def write_tickets_pdf(docs: Sequence[TicketDocument], out: Path, layout: str = "a4x2",
                      progress: Progress | None = None) -> int:
    """Write the tickets to one PDF.

    The file is written next to ``out`` under a temporary name and renamed at the end, so a
    cancelled or failed run leaves no partial file (and an existing ``out`` untouched).

    Args:
        docs: The tickets, in print order (see ``ticket_documents``).
        out: The PDF to write.
        layout: ``"a4x2"`` (A4 portrait, two tickets per page, dashed cut line between them)
            or ``"a5"`` (one ticket per A5 landscape page).
        progress: Told after every ticket; cancelling raises ``UserCancelled``.

    Returns:
        The number of pages written.

    Raises:
        ValueError: For an unknown layout or no tickets.
        UserCancelled: When ``progress`` is cancelled.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown ticket layout {layout!r}; expected one of {LAYOUTS}")
    if not docs:
        raise ValueError("no tickets to print")
    progress = progress or NullProgress()
    font = register_cjk_font()
    blanks = sum(1 for d in docs if missing_glyphs(d.name + d.occupation))
    if blanks:  # counted, not named: no personal data in the log
        log.warning("%d of %d tickets have characters the font lacks (printed blank)",
                    blanks, len(docs))
    qr = QrRenderer()
    per_page = 2 if layout == "a4x2" else 1
    page_size = A4 if layout == "a4x2" else landscape(A5)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # reportlab ASCII85-encodes streams in pure Python by default (~10% of the run); plain
    # binary streams are standard and smaller. Set for this run only.
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(str(tmp), pagesize=page_size, pageCompression=1, initialFontName=font)
        c.setTitle(f"{TITLE}（{docs[0].plan_name}）")
        c.setAuthor(docs[0].body_name)
        c.setCreator("ExamSite")
        painter = _TicketPainter(c, font)
        total, pages = len(docs), 0
        for i, doc in enumerate(docs):
            check_cancel(progress)
            slot = i % per_page
            if slot == 0 and i:
                c.showPage()
            if slot == 0:
                pages += 1
                if per_page == 2:
                    _cut_line(c, font)
            c.saveState()
            if per_page == 2:  # each half of A4 is 148.5 mm high, a ticket 148 mm
                c.translate(0, (A4[1] / 2 if slot == 0 else 0) + 0.25 * mm)
            painter.draw(doc, qr.image(doc.qr_text))
            c.restoreState()
            progress.report(i + 1, total)
        c.showPage()
        c.save()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        rl_config.useA85 = use_a85
    return pages


def _cut_line(c: Canvas, font: str) -> None:
    """The dashed line between the two tickets of an A4 page, with a hint for the scissors."""
    y = A4[1] / 2
    c.saveState()
    c.setStrokeGray(0.45)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    c.line(5 * mm, y, A4[0] - 5 * mm, y)
    c.setFont(font, 6.5)
    label = "沿虚线裁开"
    w = stringWidth(label, font, 6.5)
    c.setFillGray(1)
    c.rect(A4[0] - 8 * mm - w - 1.5 * mm, y - 1.6 * mm, w + 3 * mm, 3.2 * mm, stroke=0, fill=1)
    c.setFillGray(0.45)
    c.drawString(A4[0] - 8 * mm - w, y - 0.8 * mm, label)
    c.restoreState()
