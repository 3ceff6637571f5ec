"""The signed ticket format: round trip, tamper detection, interoperability with pycose."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto.base45 import Base45Error, b45decode, b45encode
from app.crypto.ticket_codec import (
    PREFIX,
    TicketClaims,
    TicketSeat,
    batch_tag,
    id_hash,
    key_id,
    photo_hash,
    sign_ticket,
    verify_ticket,
)
from app.errors import IntegrityError

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
KEYS = {key_id(KEY.public_key()): KEY.public_key()}


def claims(ticket_no: str = "261001034000176") -> TicketClaims:
    tag = batch_tag("2026-12-03南宁市示范职业技能培训学校第3批")
    return TicketClaims(
        ticket_no=ticket_no, batch_tag=tag,
        seats=(TicketSeat("S00001", "T001", "05"), TicketSeat("S00021", "P1-001", "G05")),
        id_hash=id_hash(tag, "resident_id", "11010519491231002X"),
        photo_hash=photo_hash(b"photo"),
        not_before=datetime(2026, 12, 3, 0, 0, tzinfo=UTC),
        not_after=datetime(2026, 12, 4, 9, 0, tzinfo=UTC))


def test_rfc9285_vectors():
    assert b45encode(b"AB") == "BB8"
    assert b45encode(b"Hello!!") == "%69 VD92EX0"
    assert b45encode(b"base-45") == "UJCLQE7W581"
    assert b45decode("QED8WEX0") == b"ietf!"
    with pytest.raises(Base45Error):
        b45decode("GGW")  # 65535 + 1 is out of range
    with pytest.raises(Base45Error):
        b45decode("a")


@given(st.binary(max_size=300))
def test_base45_round_trips(data):
    assert b45decode(b45encode(data)) == data


def test_signed_ticket_round_trips_and_is_compact():
    text = sign_ticket(claims(), KEY)
    assert text.startswith(PREFIX)
    verified = verify_ticket(text, KEYS)
    assert verified.claims == claims()
    assert verified.kid == key_id(KEY.public_key())
    assert len(text) < 300


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_changed_character_is_refused(data):
    text = sign_ticket(claims(), KEY)
    pos = data.draw(st.integers(len(PREFIX), len(text) - 1))
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    repl = data.draw(st.sampled_from([c for c in alphabet if c != text[pos]]))
    mutated = text[:pos] + repl + text[pos + 1:]
    with pytest.raises(IntegrityError) as err:
        verify_ticket(mutated, KEYS)
    assert err.value.code in ("ticket.unreadable", "ticket.bad_signature", "ticket.unknown_key")


def test_unknown_key_and_not_a_ticket():
    other = Ed25519PrivateKey.generate()
    with pytest.raises(IntegrityError) as err:
        verify_ticket(sign_ticket(claims(), other), KEYS)
    assert err.value.code == "ticket.unknown_key"
    for junk in ("", "261001034000176", "ES1:", "ES1:!!!", "HC1:NCFOXN%TS3DH"):
        with pytest.raises(IntegrityError) as err:
            verify_ticket(junk, KEYS)
        assert err.value.code == "ticket.unreadable"


def test_an_independent_cose_library_verifies_our_ticket():
    from pycose.keys import OKPKey
    from pycose.keys.curves import Ed25519
    from pycose.messages import CoseMessage

    raw = b45decode(sign_ticket(claims(), KEY)[len(PREFIX):])
    message = CoseMessage.decode(raw)
    message.key = OKPKey(crv=Ed25519, x=KEY.public_key().public_bytes_raw())
    assert message.verify_signature()
