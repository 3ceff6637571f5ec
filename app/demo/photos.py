"""Generated ID photos: small palette PNGs, unique per person, cheap enough for 100,000.

A handful of portrait bitmaps (head, hair, shoulders on a plain background) are drawn and
compressed once; each person gets one of them with their own palette (background, skin, hair
and clothing colours), so every photo's bytes differ while the cost is a PLTE chunk and a CRC.
"""

from __future__ import annotations

import random
import struct
import zlib
from functools import cache

WIDTH, HEIGHT = 96, 128
_BACKGROUNDS = ((67, 142, 219), (255, 255, 255), (214, 0, 15))  # blue, white, red
_HAIR_STYLES = 4
_HEAD_WIDTHS = (18, 20, 22)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
    )


def _pixel(x: int, y: int, head_w: int, hair: int) -> int:
    """Palette index: 0 background, 1 skin, 2 hair, 3 clothing, 4 collar, 5 eyes, 6 mouth."""
    cx, cy, head_h = WIDTH // 2, 52, 26
    dx, dy = x - cx, y - cy
    in_head = (dx * dx) / (head_w * head_w) + (dy * dy) / (head_h * head_h) <= 1.0
    if y >= 92:  # shoulders widen below the neck
        half = 26 + (y - 92) * 0.9
        if abs(dx) <= half:
            return 4 if abs(dx) <= 10 - (y - 92) * 0.6 and y < 104 else 3
    if 74 <= y < 94 and abs(dx) <= 8:
        return 1  # neck
    hair_top = in_head and dy < -head_h * (0.35 if hair % 2 == 0 else 0.2)
    hair_side = hair >= 2 and abs(dx) > head_w - 4 and -head_h < dy < head_h * 0.9 and (
        abs(dx) <= head_w + 5
    )
    if hair_top or hair_side:
        return 2
    if in_head:
        if dy == -4 and 5 <= abs(dx) <= 9:
            return 5
        if dy == 12 and abs(dx) <= 5:
            return 6
        return 1
    return 0


@cache
def _compressed_bitmap(head_w: int, hair: int) -> bytes:
    raw = bytearray()
    for y in range(HEIGHT):
        raw.append(0)  # filter type None
        raw.extend(_pixel(x, y, head_w, hair) for x in range(WIDTH))
    return zlib.compress(bytes(raw), 9)


def _jitter(rng: random.Random, rgb: tuple[int, int, int], spread: int) -> bytes:
    return bytes(max(0, min(255, c + rng.randint(-spread, spread))) for c in rgb)


def make_photo(rng: random.Random, female: bool) -> bytes:
    """A 96x128 PNG portrait, deterministic for the generator's state."""
    head_w = rng.choice(_HEAD_WIDTHS)
    hair = rng.choice((2, 3)) if female else rng.choice((0, 1))
    palette = b"".join((
        _jitter(rng, rng.choice(_BACKGROUNDS), 3),
        _jitter(rng, (236, 196, 160), 18),
        _jitter(rng, (30, 24, 20), 12),
        _jitter(rng, rng.choice(((20, 30, 60), (60, 60, 65), (120, 20, 30))), 15),
        _jitter(rng, (245, 245, 245), 4),
        _jitter(rng, (25, 25, 25), 5),
        _jitter(rng, (190, 90, 90), 12),
    ))
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 3, 0, 0, 0)  # 8-bit palette
    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        _chunk(b"IHDR", header),
        _chunk(b"PLTE", palette),
        _chunk(b"IDAT", _compressed_bitmap(head_w, hair)),
        _chunk(b"IEND", b""),
    ))
