"""Password hashes: Argon2id at or above OWASP's minimum, and old scrypt hashes still accepted."""

from __future__ import annotations

import base64
import hashlib
import re

from app.services.users import hash_password, needs_rehash, password_matches


def test_hashes_are_argon2id_at_owasp_minimum_or_above() -> None:
    stored = hash_password("geheim-密码")
    m = re.fullmatch(r"\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[^$]+\$[^$]+", stored)
    assert m, stored
    memory_kib, time_cost, lanes = map(int, m.groups())
    assert memory_kib >= 19 * 1024 and time_cost >= 2 and lanes >= 1
    assert password_matches("geheim-密码", stored)
    assert not password_matches("geheim-密", stored)
    assert hash_password("geheim-密码") != stored  # a fresh salt each time
    assert not needs_rehash(stored)


def test_a_weaker_or_garbled_hash_is_refused_or_marked_for_rehash() -> None:
    weak = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0$" + "A" * 43
    assert needs_rehash(weak)
    assert not password_matches("x", "$argon2id$garbage")
    assert not password_matches("x", None)
    assert not password_matches("x", "")


def test_a_legacy_scrypt_hash_still_matches_and_asks_for_an_upgrade() -> None:
    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"demo1234", salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = "$".join(("scrypt", str(2**14), "8", "1", base64.b64encode(salt).decode(),
                       base64.b64encode(key).decode()))
    assert password_matches("demo1234", legacy)
    assert not password_matches("demo12345", legacy)
    assert needs_rehash(legacy)
