"""证书编号: the certificate number rule, as data (documented in docs/certificates.md).

A rule is a template of parts written as text, e.g. the default
``{site}{year}{level}{seq:6}``:

=============  ===================================================================
part           value
=============  ===================================================================
``{site}``     the site code (站点代码), letters and digits only (``450100-01`` → ``45010001``)
``{year}``     the year of issue, 4 digits; ``{year:2}`` its last two digits
``{level}``    the level code, one digit: 一级 = 1 ... 五级 = 5; ``{level:2}`` the
               two-digit form 01 ... 05
``{seq:N}``    the sequence, N digits (3-9) zero-padded; exactly once, at the end
other text     copied as is (letters, digits and ``-`` only)
=============  ===================================================================

Everything before the sequence is the *prefix* the sequence counts under (the
``CertificateCounter`` key). Numbers are unique forever: a prefix's counter only grows, and
:func:`allocate` skips any number already used (two different rules can spell the same number).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

DEFAULT_TEMPLATE = "{site}{year}{level}{seq:6}"
MAX_NUMBER_LENGTH = 40  # the certificate.number and certificate_counter.prefix columns
MIN_SEQ_DIGITS, MAX_SEQ_DIGITS = 3, 9
_TOKEN = re.compile(r"\{([a-z]+)(?::(\d+))?\}")
_LITERAL = re.compile(r"^[A-Za-z0-9-]+$")
_DIGITS = {"site": (None,), "year": (4, 2), "level": (1, 2), "seq": (None,)}


class RuleError(ValueError):
    """A template that is not a valid rule; ``code`` is a message code, ``params`` its values."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Part:
    """One part of a rule: ``kind`` is site, year, level, text or seq."""

    kind: str
    digits: int = 0
    text: str = ""


@dataclass(frozen=True)
class NumberRule:
    parts: tuple[Part, ...]

    @property
    def seq_digits(self) -> int:
        return self.parts[-1].digits

    @property
    def template(self) -> str:
        return "".join(_part_text(p) for p in self.parts)


def _part_text(part: Part) -> str:
    if part.kind == "text":
        return part.text
    if part.kind == "site":
        return "{site}"
    default = {"year": 4, "level": 1}.get(part.kind)
    if part.digits == default:
        return "{" + part.kind + "}"
    return "{" + part.kind + ":" + str(part.digits) + "}"


def _token_part(name: str, digits_text: str | None) -> Part:
    if name not in _DIGITS:
        raise RuleError("certificate.rule.unknown_part", part=name)
    if name == "site":
        if digits_text is not None:
            raise RuleError("certificate.rule.bad_digits", part=name)
        return Part("site")
    if name == "seq":
        if digits_text is None:
            raise RuleError("certificate.rule.bad_digits", part=name)
        digits = int(digits_text)
        if not MIN_SEQ_DIGITS <= digits <= MAX_SEQ_DIGITS:
            raise RuleError("certificate.rule.bad_digits", part=name)
        return Part("seq", digits)
    allowed = _DIGITS[name]
    count = allowed[0] if digits_text is None else int(digits_text)
    if count is None or count not in allowed:
        raise RuleError("certificate.rule.bad_digits", part=name)
    return Part(name, count)


def parse_rule(template: str) -> NumberRule:
    """Parse and validate a template.

    Raises:
        RuleError: ``certificate.rule.empty``, ``certificate.rule.unknown_part`` (part),
            ``certificate.rule.bad_digits`` (part), ``certificate.rule.bad_text`` (text),
            ``certificate.rule.no_sequence``, ``certificate.rule.sequence_not_last``,
            ``certificate.rule.too_long``.
    """
    template = template.strip()
    if not template:
        raise RuleError("certificate.rule.empty")
    parts: list[Part] = []
    pos = 0
    for match in _TOKEN.finditer(template):
        if match.start() > pos:
            parts.append(_literal(template[pos:match.start()]))
        parts.append(_token_part(match.group(1), match.group(2)))
        pos = match.end()
    if pos < len(template):
        parts.append(_literal(template[pos:]))
    seqs = [i for i, p in enumerate(parts) if p.kind == "seq"]
    if len(seqs) != 1:
        raise RuleError("certificate.rule.no_sequence")
    if seqs[0] != len(parts) - 1:
        raise RuleError("certificate.rule.sequence_not_last")
    rule = NumberRule(tuple(parts))
    try:
        example(rule)
    except ValueError as exc:
        raise RuleError("certificate.rule.too_long", limit=MAX_NUMBER_LENGTH) from exc
    return rule


def _literal(text: str) -> Part:
    if not _LITERAL.match(text):
        raise RuleError("certificate.rule.bad_text", text=text)
    return Part("text", text=text)


def site_digits(site_code: str) -> str:
    """The site code as printed in numbers: letters and digits only, upper case."""
    return re.sub(r"[^A-Za-z0-9]", "", site_code).upper()


def prefix(rule: NumberRule, site_code: str, year: int, level: int) -> str:
    """The text before the sequence: the key its counter is kept under.

    Raises:
        ValueError: for a level outside 1-5, a year outside 1000-9999 or an empty site code.
    """
    if not 1 <= level <= 5 or not 1000 <= year <= 9999:
        raise ValueError("level or year out of range")
    site = site_digits(site_code)
    if not site and any(p.kind == "site" for p in rule.parts):
        raise ValueError("empty site code")
    out = []
    for part in rule.parts[:-1]:
        if part.kind == "site":
            out.append(site)
        elif part.kind == "year":
            out.append(f"{year % 10 ** part.digits:0{part.digits}d}")
        elif part.kind == "level":
            out.append(f"{level:0{part.digits}d}")
        else:
            out.append(part.text)
    text = "".join(out)
    if len(text) + rule.seq_digits > MAX_NUMBER_LENGTH:
        raise ValueError("number too long")
    return text


def format_number(rule: NumberRule, site_code: str, year: int, level: int, seq: int) -> str:
    """A certificate number; raises ``ValueError`` when ``seq`` does not fit its digits."""
    if not 1 <= seq < 10 ** rule.seq_digits:
        raise ValueError("sequence out of range")
    return prefix(rule, site_code, year, level) + f"{seq:0{rule.seq_digits}d}"


def example(rule: NumberRule, site_code: str = "4501001", year: int = 2026,
            level: int = 4, seq: int = 1) -> str:
    """A sample number for showing a rule while it is edited."""
    return format_number(rule, site_code, year, level, seq)


def allocate(rule: NumberRule, number_prefix: str, last: int,
             used: Container[str] | Callable[[str], bool]) -> tuple[str, int]:
    """The next number under ``number_prefix`` after ``last`` that is not ``used``.

    Returns:
        ``(number, seq)``; the caller stores ``seq`` as the prefix's new ``last``.

    Raises:
        OverflowError: every sequence number of the prefix is taken.
    """
    is_used = used if callable(used) else used.__contains__
    seq = last + 1
    limit = 10 ** rule.seq_digits
    while seq < limit:
        number = number_prefix + f"{seq:0{rule.seq_digits}d}"
        if not is_used(number):
            return number, seq
        seq += 1
    raise OverflowError(number_prefix)


DEFAULT_RULE = parse_rule(DEFAULT_TEMPLATE)
