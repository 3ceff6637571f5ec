"""The page seal codec: round trip, a fixed digest vector, tampering, and arbitrary text."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from app.crypto.page_seal import PREFIX, SealedPage, decode_seal, page_digest, seal_text
from app.crypto.ticket_codec import batch_tag, key_id

TAG = batch_tag("2026-12-03南宁市示范职业技能培训学校第3批")
ROWS = [["261001035000415", "汪斌", "4505**********9332",
         [["theory", 5466, "normal"], ["practical", None, "absent"]], "fail"]]


def test_digest_is_canonical_and_fixed() -> None:
    digest = page_digest("roster", TAG, ["4-03-02-01", 5, 1], ROWS)
    assert len(digest) == 16
    assert digest == page_digest("roster", TAG, ("4-03-02-01", 5, 1), [list(r) for r in ROWS])
    assert digest.hex() == "04e328e89df44fdd9f1e74131faaade9"  # the format must not drift
    changed = [[*ROWS[0][:3], [["theory", 5467, "normal"], ["practical", None, "absent"]],
                "fail"]]
    assert page_digest("roster", TAG, ["4-03-02-01", 5, 1], changed) != digest
    assert page_digest("roster", TAG, ["4-03-02-01", 5, 2], ROWS) != digest
    assert page_digest("record", TAG, ["4-03-02-01", 5, 1], ROWS) != digest


def test_sealed_text_decodes_to_what_was_sealed() -> None:
    key = Ed25519PrivateKey.generate()
    text = seal_text("record", TAG, ["261001035000415", "practical"], ROWS, key)
    assert text.startswith(PREFIX)
    assert set(text[len(PREFIX):]) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert len(text) <= 221  # fits a version 8 QR at level M (alphanumeric mode)
    page = decode_seal(text)
    assert page is not None
    assert (page.kind, page.batch_tag, page.page_key) == ("record", TAG,
                                                           ("261001035000415", "practical"))
    assert page.digest == page_digest("record", TAG, page.page_key, ROWS)
    assert page.kid == key_id(key.public_key())
    key.public_key().verify(page.signature, b"PG1" + page.payload)
    assert decode_seal(text.lower()) == page  # scanners may lower-case alphanumeric QR text


@given(st.text(max_size=300))
def test_text_without_the_prefix_is_not_a_page(text: str) -> None:
    if not text.strip().upper().startswith(PREFIX):
        assert decode_seal(text) is None
    page = decode_seal(PREFIX + text)  # never raises
    assert page is None or isinstance(page, SealedPage)


@given(st.binary(max_size=200))
def test_arbitrary_base45_payloads_are_refused_or_parsed(data: bytes) -> None:
    from app.crypto.base45 import b45encode

    page = decode_seal(PREFIX + b45encode(data))
    assert page is None or isinstance(page, SealedPage)
