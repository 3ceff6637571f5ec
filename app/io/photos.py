"""Candidate photos: find them, check they are images, keep them small."""

from __future__ import annotations

import io
from pathlib import Path

from app.errors import ValidationError

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
MAX_PHOTO_BYTES = 5 * 1024 * 1024
# Stored photos are at most this size (a 1-inch ID photo at ~300 dpi is 295 x 413).
MAX_SIDE = (360, 480)


def find_photo(folder: Path | None, id_number: str, file_name: str = "") -> Path | None:
    """The photo named in the sheet, or ``<ID number>.jpg/.jpeg/.png`` in ``folder``."""
    if folder is None:
        return None
    if file_name:
        # Only a file inside the photo folder: a name like "../x.jpg" or "C:\\x.jpg" must not
        # reach anywhere else on the disk.
        candidate = (folder / Path(file_name).name).resolve()
        inside = candidate.parent == folder.resolve()
        return candidate if inside and candidate.is_file() else None
    for suffix in PHOTO_SUFFIXES:
        for name in (id_number + suffix, id_number.lower() + suffix, id_number + suffix.upper()):
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def normalize_photo(data: bytes) -> tuple[bytes, str]:
    """Check that ``data`` is a JPEG or PNG image and shrink it if large.

    Returns:
        The bytes to store and their MIME type.

    Raises:
        ValidationError: ``photo.too_large`` or ``photo.not_an_image``.
    """
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError("photo.too_large", size=len(data), limit=MAX_PHOTO_BYTES)
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            fmt = img.format
            if fmt in ("JPEG", "PNG") and img.width <= MAX_SIDE[0] and img.height <= MAX_SIDE[1]:
                return data, "image/jpeg" if fmt == "JPEG" else "image/png"
            small = img.convert("RGB")
            small.thumbnail(MAX_SIDE)
            out = io.BytesIO()
            small.save(out, "JPEG", quality=88)
            return out.getvalue(), "image/jpeg"
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError("photo.not_an_image") from exc
