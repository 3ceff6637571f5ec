"""Base45 (RFC 9285): bytes as QR-alphanumeric text, so a QR code uses its compact mode."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}


class Base45Error(ValueError):
    """Text that is not valid base45."""


def _triplet(n: int) -> str:
    e, n = divmod(n, 45 * 45)
    d, c = divmod(n, 45)
    return ALPHABET[c] + ALPHABET[d] + ALPHABET[e]


# Every two-byte value's three characters, built once: encoding is then one look-up per
# pair (a seat draw signs thousands of QR codes).
_PAIRS = tuple(_triplet(n) for n in range(0x10000))


def b45encode(data: bytes) -> str:
    pairs = _PAIRS
    out = [pairs[data[i] << 8 | data[i + 1]] for i in range(0, len(data) - 1, 2)]
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out.append(ALPHABET[c] + ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    try:
        values = [_INDEX[c] for c in text]
    except KeyError as exc:
        raise Base45Error(f"not a base45 character: {exc}") from None
    if len(values) % 3 == 1:
        raise Base45Error("base45 text has a dangling character")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 45 * 45
            if n > 0xFFFF:
                raise Base45Error("base45 triplet out of range")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise Base45Error("base45 pair out of range")
            out.append(n)
    return bytes(out)
