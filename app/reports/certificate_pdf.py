"""The printable 职业技能等级证书: A4 landscape, one certificate per page.

A double frame, the title, the holder's photo (when registered) and particulars (name, ID,
occupation, level), the certificate number, date of issue and issuing body, and the
verification QR (``app.crypto.certificate_seal``) with the number printed under it. The data
comes as ``CertificateDocument`` values (``app.services.certificate_queries``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from PIL import Image
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import fit_line, register_cjk_font
from app.reports.tickets_pdf import QrRenderer
from app.services.certificate_queries import ID_TYPE_ZH, LEVEL_ZH, CertificateDocument

TITLE = "职业技能等级证书"
WIDTH, HEIGHT = 297.0, 210.0  # mm
PHOTO = (40.0, 88.0, 30.0, 40.0)  # x, y, w, h: a 2-inch photo
QR_SIZE = 38.0
QR_X, QR_Y = 226.0, 34.0
LABEL_X, VALUE_X, VALUE_W = 92.0, 128.0, 92.0
ROW_TOP, ROW_STEP = 140.0, 12.5
GOLD = (0.62, 0.47, 0.16)


def _date_zh(doc: CertificateDocument) -> str:
    d = doc.row.issued_on
    return f"{d.year}年{d.month}月{d.day}日"


class _Painter:
    def __init__(self, canvas: Canvas, font: str) -> None:
        self.c, self.font = canvas, font

    def text(self, x: float, y: float, text: str, size: float, *, width: float = 0.0,
             align: str = "left") -> None:
        if width:
            text, size = fit_line(text, self.font, size, width * mm)
        w = stringWidth(text, self.font, size)
        px = x * mm - (w / 2 if align == "center" else w if align == "right" else 0)
        self.c.setFont(self.font, size)
        self.c.drawString(px, y * mm, text)

    def frame(self) -> None:
        c = self.c
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(3)
        c.rect(10 * mm, 10 * mm, (WIDTH - 20) * mm, (HEIGHT - 20) * mm)
        c.setLineWidth(0.8)
        c.rect(14 * mm, 14 * mm, (WIDTH - 28) * mm, (HEIGHT - 28) * mm)
        c.setStrokeGray(0)

    def photo(self, photo: bytes | None) -> None:
        c = self.c
        x, y, w, h = PHOTO
        c.setLineWidth(0.5)
        c.setStrokeGray(0.6)
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
            self.text(x + w / 2, y + h / 2, "照片", 11, align="center")
            c.setFillGray(0)
            return
        scale = min((w - 1) / iw, (h - 1) / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(image, (x + (w - dw) / 2) * mm, (y + (h - dh) / 2) * mm, dw * mm, dh * mm)

    def draw(self, doc: CertificateDocument, qr: Image.Image) -> None:
        row = doc.row
        self.frame()
        self.c.setFillColorRGB(*GOLD)
        self.text(WIDTH / 2, 170, TITLE, 34, align="center")
        self.c.setFillGray(0)
        self.text(WIDTH / 2, 160, "Vocational Skill Level Certificate", 11, align="center")
        self.photo(doc.photo)
        fields = (("姓　　名", row.name),
                  ("证件类型", ID_TYPE_ZH.get(row.id_type, row.id_type)),
                  ("证件号码", row.id_number),
                  ("职业（工种）", f"{row.occupation_name}（{row.occupation_code}）"),
                  ("等　　级", LEVEL_ZH.get(row.level, str(row.level))),
                  ("证书编号", row.number),
                  ("发证日期", _date_zh(doc)))
        for i, (label, value) in enumerate(fields):
            y = ROW_TOP - i * ROW_STEP
            self.text(LABEL_X, y, label + "：", 13)
            self.text(VALUE_X, y, value, 15, width=VALUE_W)
            self.c.setStrokeGray(0.7)
            self.c.setLineWidth(0.4)
            self.c.line(VALUE_X * mm, (y - 2) * mm, (VALUE_X + VALUE_W) * mm, (y - 2) * mm)
        self.text(LABEL_X, 40, "评价机构（盖章）：", 13)
        self.text(LABEL_X, 30, doc.body_name, 14, width=120)
        self.c.drawImage(ImageReader(qr), QR_X * mm, QR_Y * mm, QR_SIZE * mm, QR_SIZE * mm)
        self.text(QR_X + QR_SIZE / 2, QR_Y - 4, "扫码核验", 9, align="center")
        self.text(QR_X + QR_SIZE / 2, QR_Y + QR_SIZE + 2, row.number, 8, align="center",
                  width=QR_SIZE + 12)


def write_certificates_pdf(docs: Sequence[CertificateDocument], out: Path,
                           progress: Progress | None = None) -> int:
    """Write the certificates to one PDF, one per A4 landscape page; returns the pages.

    Written under a temporary name and renamed at the end, so a cancelled run leaves nothing.

    Raises:
        ValueError: no certificates.
        UserCancelled: when ``progress`` is cancelled.
    """
    if not docs:
        raise ValueError("no certificates to print")
    progress = progress or NullProgress()
    font = register_cjk_font()
    qr = QrRenderer()
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(str(tmp), pagesize=landscape(A4), pageCompression=1, initialFontName=font)
        c.setTitle(TITLE)
        c.setAuthor(docs[0].body_name)
        c.setCreator("ExamSite")
        painter = _Painter(c, font)
        for i, doc in enumerate(docs):
            check_cancel(progress)
            painter.draw(doc, qr.image(doc.qr_text))
            c.showPage()
            progress.report(i + 1, len(docs))
        c.save()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        rl_config.useA85 = use_a85
    return len(docs)
