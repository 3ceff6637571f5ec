"""Validation and normalization of identity document numbers.

Pure functions only: no database, no Qt, no I/O. Results carry stable reason codes and
parameters; the UI turns them into text (``REASON_TEXT_EN`` / ``REASON_TEXT_ZH`` are the
reference templates).

Formats handled:

* Resident ID (居民身份证), GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit
  sequence (odd = male), ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers
  (GB 11643-1989: 2-digit year, no check digit) are converted to 18 digits.
* Hong Kong / Macao / Taiwan residence permit (港澳台居民居住证): same structure with the
  fixed region 810000 / 820000 / 830000. python-stdnum rejects these, so it is not used.
* Foreign permanent residence ID (外国人永久居留身份证):
  - 2017 card, 15 characters: 3-letter ISO 3166 nationality, 4-digit issuing region,
    ``yymmdd`` birth date, 2 more digits. The last two digits' meaning is not published
    by the issuer, so only the shape, the region's province and the date are checked.
  - 2023 card, 18 characters, per the National Immigration Administration's
    "新版外国人永久居留身份证机读信息规则（2023版）" (copy at
    http://www.eastcoms.com/service/pro/840.html): '9' (foreigner marker, never a
    province's first digit), 2-digit issuing province, 3-digit numeric nationality,
    ``YYYYMMDD`` birth date, 3-digit sequence (odd = male), MOD 11-2 check character
    computed exactly like a resident ID.
* Passport (护照): format only, since nationality is not known here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType


class IdType(StrEnum):
    """Kinds of identity document; values are stored in the database."""

    RESIDENT = "resident_id"
    HMT_PERMIT = "hmt_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    PASSPORT = "passport"


_NO_PARAMS: Mapping[str, str | int] = MappingProxyType({})


@dataclass(frozen=True)
class IdCheck:
    """Outcome of :func:`check_id`.

    ``normalized`` is the cleaned-up input; when a legacy 15-digit number passes, it is the
    converted 18-digit number instead.
    """

    ok: bool
    id_type: IdType | None
    normalized: str
    reason: str | None
    params: Mapping[str, str | int] = field(default_factory=lambda: _NO_PARAMS)
    birth_date: date | None = None
    gender: str | None = None
    region_code: str | None = None
    warnings: tuple[str, ...] = ()


REASON_TEXT_EN: dict[str, str] = {
    "id.empty": "The ID number is empty",
    "id.bad_characters": "The ID number contains characters that are not allowed: {chars}",
    "id.bad_length": "The ID number has {length} characters; expected {expected}",
    "id.bad_check_digit": "Check digit should be {expected} but is {actual}",
    "id.bad_birth_date": "The birth date {value} in the ID number is not a real date",
    "id.birth_date_in_future": "The birth date {value} in the ID number is in the future",
    "id.birth_date_too_old": "The birth date {value} in the ID number is before 1900",
    "id.bad_hmt_prefix": (
        "A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 "
        "or 830000, not {prefix}"
    ),
    "id.bad_format": "The number does not have the format of document type {id_type}",
    "id.type_mismatch": "A document of type {expected} was chosen but the number is a {detected}",
    "id.unknown_region": "The region code is not a known province; please double-check it",
    "id.converted_from_15": "The old 15-digit number was converted to the 18-digit form",
}

REASON_TEXT_ZH: dict[str, str] = {
    "id.empty": "证件号码为空",
    "id.bad_characters": "证件号码含有不允许的字符：{chars}",
    "id.bad_length": "证件号码为 {length} 位，应为 {expected} 位",
    "id.bad_check_digit": "校验码应为 {expected}，实际为 {actual}",
    "id.bad_birth_date": "证件号码中的出生日期 {value} 不是有效日期",
    "id.birth_date_in_future": "证件号码中的出生日期 {value} 晚于今天",
    "id.birth_date_too_old": "证件号码中的出生日期 {value} 早于 1900 年",
    "id.bad_hmt_prefix": "港澳台居民居住证号码应以 810000、820000 或 830000 开头，而不是 {prefix}",
    "id.bad_format": "号码不符合证件类型 {id_type} 的格式",
    "id.type_mismatch": "所选证件类型为 {expected}，但号码属于 {detected}",
    "id.unknown_region": "地址码不是已知的省级行政区划代码，请核对",
    "id.converted_from_15": "已将 15 位旧号码转换为 18 位号码",
}

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# Province-level codes of GB/T 2260 plus 71 (Taiwan), 81 (Hong Kong), 82 (Macao).
_PROVINCES = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23"}
    | {str(code) for code in range(31, 38)}
    | {str(code) for code in range(41, 47)}
    | {str(code) for code in range(50, 55)}
    | {str(code) for code in range(61, 66)}
    | {"71", "81", "82"}
)
_HMT_PREFIXES = frozenset({"810000", "820000", "830000"})
_OLDEST_BIRTH = date(1900, 1, 1)

_RE_18 = re.compile(r"\d{17}[\dX]", re.ASCII)
_RE_15 = re.compile(r"\d{15}", re.ASCII)
_RE_FOREIGN_2017 = re.compile(r"[A-Z]{3}\d{12}", re.ASCII)
_RE_FOREIGN_2023 = re.compile(r"9\d{16}[\dX]", re.ASCII)
_RE_ALLOWED = re.compile(r"[A-Z0-9]", re.ASCII)
# Digit runs close to a resident number's length are typos of one, not passports.
_RE_NEAR_RESIDENT = re.compile(r"\d{13,19}X?", re.ASCII)
_RE_CN_PASSPORT = re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", re.ASCII)
_RE_PASSPORT = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{5,20}", re.ASCII)
_PASSPORT_LENGTH = "5-20"
# Dash-like characters people paste from documents and spreadsheets.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


def normalize_id_text(raw: str) -> str:
    """Return ``raw`` in the canonical text form used for every ID number.

    Applies NFKC (full-width digits and letters become ASCII), removes all whitespace
    (including the ideographic space U+3000), dashes and invisible format characters such
    as zero-width spaces, and upper-cases letters (so a final ``x`` becomes ``X``).

    Args:
        raw: Text as typed, scanned or imported.

    Returns:
        The normalized text; it may still contain characters no ID number allows.
    """
    text = unicodedata.normalize("NFKC", raw)
    kept = (
        char
        for char in text
        if not char.isspace() and char not in _DASHES and unicodedata.category(char) != "Cf"
    )
    return "".join(kept).upper()


def gb11643_check_digit(first17: str) -> str:
    """Compute the GB 11643-1999 (ISO 7064 MOD 11-2) check character.

    Args:
        first17: The first 17 digits of an 18-character number.

    Returns:
        One of ``0``-``9`` or ``X``.

    Raises:
        ValueError: If ``first17`` is not exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("expected 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def convert_15_to_18(number15: str) -> str:
    """Convert a legacy 15-digit resident ID number to the 18-digit form.

    The legacy number has a 2-digit birth year; all were issued to people born in the
    1900s, so ``19`` is inserted before it and the check digit appended.

    Args:
        number15: Exactly 15 ASCII digits.

    Returns:
        The 18-character number.

    Raises:
        ValueError: If ``number15`` is not exactly 15 ASCII digits.
    """
    if not _RE_15.fullmatch(number15) or not number15.isascii():
        raise ValueError("expected 15 ASCII digits")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + gb11643_check_digit(first17)


def mask_id(number: str) -> str:
    """Mask an ID number for display and printing.

    Keeps the first 4 and last 4 characters of numbers longer than 8 characters
    (``4501**********123X``); shorter numbers keep only their last 2, and numbers of 2
    characters or fewer are masked completely so nothing is revealed.

    Args:
        number: The ID number, normalized or not.

    Returns:
        The masked text, as long as the normalized number.
    """
    text = normalize_id_text(number)
    if len(text) > 8:
        return text[:4] + "*" * (len(text) - 8) + text[-4:]
    if len(text) > 2:
        return "*" * (len(text) - 2) + text[-2:]
    return "*" * len(text)


def id_type_label_key(id_type: IdType) -> str:
    """Return the translation key of the document type's display name."""
    return f"id_type.{id_type.value}"


def is_chinese_passport(number: str) -> bool:
    """Tell whether ``number`` has the shape of a Chinese ordinary passport number."""
    return _RE_CN_PASSPORT.fullmatch(normalize_id_text(number)) is not None


def check_id(raw: str, id_type: IdType | None = None, *, today: date | None = None) -> IdCheck:
    """Validate and normalize an identity document number.

    Args:
        raw: The number as typed, scanned or imported.
        id_type: The document type chosen by the user, or None to detect it.
        today: Reference date for "birth date in the future"; defaults to the system date.

    Returns:
        An :class:`IdCheck`. When ``ok`` is False, ``reason`` is one of the ``id.*``
        codes of :data:`REASON_TEXT_EN` and ``params`` fills its placeholders.
    """
    reference = today if today is not None else date.today()
    text = normalize_id_text(raw)
    if not text:
        return _fail(id_type, text, "id.empty")
    bad_chars = "".join(dict.fromkeys(c for c in text if not _RE_ALLOWED.fullmatch(c)))
    if bad_chars:
        return _fail(id_type, text, "id.bad_characters", chars=bad_chars)
    detected = _detect(text)
    if id_type is None:
        if detected is not None:
            return _VALIDATORS[detected](text, reference)
        if _RE_NEAR_RESIDENT.fullmatch(text):
            return _check_resident(text, reference)
        if not 5 <= len(text) <= 20:
            return _fail(None, text, "id.bad_length", length=len(text), expected=_PASSPORT_LENGTH)
        return _fail(None, text, "id.bad_format", id_type="unknown")
    other = _other_type(id_type, detected, text)
    if other is not None:
        return _fail(id_type, text, "id.type_mismatch", expected=id_type.value, detected=other)
    return _VALIDATORS[id_type](text, reference)


def _fail(kind: IdType | None, text: str, reason: str, /, **params: str | int) -> IdCheck:
    return IdCheck(False, kind, text, reason, MappingProxyType(params))


def _detect(text: str) -> IdType | None:
    """Return the type ``text`` unambiguously has the shape of, if any."""
    if _RE_18.fullmatch(text):
        if text[:6] in _HMT_PREFIXES:
            return IdType.HMT_PERMIT
        if text[0] == "9":
            return IdType.FOREIGN_PERMANENT
        return IdType.RESIDENT
    if _RE_15.fullmatch(text):
        return IdType.RESIDENT
    if _RE_FOREIGN_2017.fullmatch(text):
        return IdType.FOREIGN_PERMANENT
    if _RE_NEAR_RESIDENT.fullmatch(text):
        return None
    if _RE_PASSPORT.fullmatch(text):
        return IdType.PASSPORT
    return None


def _other_type(requested: IdType, detected: IdType | None, text: str) -> str | None:
    """Return the type the number plainly belongs to if it is not the one chosen."""
    # A passport can look like anything, and anything passport-shaped is left to the
    # requested type's own rules, which give a more precise reason than a mismatch.
    if requested is IdType.PASSPORT or detected in (None, IdType.PASSPORT, requested):
        return None
    assert detected is not None  # for mypy: excluded just above
    if requested is IdType.HMT_PERMIT and detected is IdType.RESIDENT:
        # Only a genuine mainland number is "another type"; 840000... is a bad prefix.
        mainland = text[:2] in _PROVINCES and text[0] != "8"
        return detected.value if mainland else None
    return detected.value


def _check_resident(text: str, today: date) -> IdCheck:
    warnings: tuple[str, ...] = ()
    number = text
    if len(text) == 15:
        if not _RE_15.fullmatch(text):
            return _fail(IdType.RESIDENT, text, "id.bad_format", id_type=IdType.RESIDENT.value)
        number = convert_15_to_18(text)
        warnings = ("id.converted_from_15",)
    elif len(text) != 18:
        return _fail(IdType.RESIDENT, text, "id.bad_length", length=len(text), expected="15/18")
    result = _check_gb11643(number, IdType.RESIDENT, today)
    if not result.ok:
        return replace(result, normalized=text)
    if number[:2] not in _PROVINCES:
        # tech-notes "ID numbers": region codes change over time; warn, never block.
        warnings += ("id.unknown_region",)
    return replace(result, region_code=number[:6], warnings=warnings)


def _check_hmt(text: str, today: date) -> IdCheck:
    if len(text) != 18:
        return _fail(IdType.HMT_PERMIT, text, "id.bad_length", length=len(text), expected="18")
    if not _RE_18.fullmatch(text):
        return _fail(IdType.HMT_PERMIT, text, "id.bad_format", id_type=IdType.HMT_PERMIT.value)
    if text[:6] not in _HMT_PREFIXES:
        return _fail(IdType.HMT_PERMIT, text, "id.bad_hmt_prefix", prefix=text[:6])
    result = _check_gb11643(text, IdType.HMT_PERMIT, today)
    return replace(result, region_code=text[:6]) if result.ok else result


def _check_foreign(text: str, today: date) -> IdCheck:
    kind = IdType.FOREIGN_PERMANENT
    if len(text) == 18:
        if not _RE_FOREIGN_2023.fullmatch(text):
            return _fail(kind, text, "id.bad_format", id_type=kind.value)
        result = _check_gb11643(text, kind, today)
        province = text[1:3]
    elif len(text) == 15:
        if not _RE_FOREIGN_2017.fullmatch(text):
            return _fail(kind, text, "id.bad_format", id_type=kind.value)
        result = _check_foreign_2017(text, today)
        province = text[3:5]
    else:
        return _fail(kind, text, "id.bad_length", length=len(text), expected="15/18")
    if result.ok and province not in _PROVINCES:
        result = replace(result, warnings=("id.unknown_region",))
    return result


def _check_foreign_2017(text: str, today: date) -> IdCheck:
    kind = IdType.FOREIGN_PERMANENT
    yymmdd = text[7:13]
    # The card prints no century: take the latest one giving a real date not after today.
    candidates = [_parse_date(century + yymmdd) for century in ("20", "19")]
    real = [day for day in candidates if day is not None]
    if not real:
        return _fail(kind, text, "id.bad_birth_date", value=yymmdd)
    past = [day for day in real if day <= today]
    if not past:
        return _fail(kind, text, "id.birth_date_in_future", value=real[-1].isoformat())
    return IdCheck(True, kind, text, None, birth_date=past[0])


def _check_passport(text: str, today: date) -> IdCheck:
    del today  # passports carry no date
    if not 5 <= len(text) <= 20:
        return _fail(
            IdType.PASSPORT, text, "id.bad_length", length=len(text), expected=_PASSPORT_LENGTH
        )
    # Chinese ordinary passports (E/G formats) are a subset of this general rule.
    if not _RE_PASSPORT.fullmatch(text):
        return _fail(IdType.PASSPORT, text, "id.bad_format", id_type=IdType.PASSPORT.value)
    return IdCheck(True, IdType.PASSPORT, text, None)


def _check_gb11643(number: str, kind: IdType, today: date) -> IdCheck:
    """Check an 18-character GB 11643 style number: date, check digit, date range."""
    if not _RE_18.fullmatch(number):
        return _fail(kind, number, "id.bad_format", id_type=kind.value)
    # The date is read before the check digit: an impossible date pinpoints the typo.
    raw_birth = number[6:14]
    birth = _parse_date(raw_birth)
    if birth is None:
        return _fail(kind, number, "id.bad_birth_date", value=raw_birth)
    expected = gb11643_check_digit(number[:17])
    if number[17] != expected:
        return _fail(kind, number, "id.bad_check_digit", expected=expected, actual=number[17])
    if birth > today:
        return _fail(kind, number, "id.birth_date_in_future", value=birth.isoformat())
    if birth < _OLDEST_BIRTH:
        return _fail(kind, number, "id.birth_date_too_old", value=birth.isoformat())
    gender = "M" if int(number[16]) % 2 else "F"
    return IdCheck(True, kind, number, None, birth_date=birth, gender=gender)


def _parse_date(yyyymmdd: str) -> date | None:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None


_VALIDATORS = {
    IdType.RESIDENT: _check_resident,
    IdType.HMT_PERMIT: _check_hmt,
    IdType.FOREIGN_PERMANENT: _check_foreign,
    IdType.PASSPORT: _check_passport,
}
