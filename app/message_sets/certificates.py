"""Messages of the certificates area (codes its services raise), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "certificate.rule.empty": QT_TRANSLATE_NOOP("messages", "The number rule is empty"),
    "certificate.rule.unknown_part": QT_TRANSLATE_NOOP(
        "messages", "Unknown part {{{part}}} in the number rule"),
    "certificate.rule.bad_digits": QT_TRANSLATE_NOOP(
        "messages", "The number of digits of part {part} is not allowed"),
    "certificate.rule.bad_text": QT_TRANSLATE_NOOP(
        "messages", "Fixed text \"{text}\" may hold only letters, digits and -"),
    "certificate.rule.no_sequence": QT_TRANSLATE_NOOP(
        "messages", "The rule needs exactly one sequence part, e.g. {{seq:6}}"),
    "certificate.rule.sequence_not_last": QT_TRANSLATE_NOOP(
        "messages", "The sequence part must come last"),
    "certificate.rule.too_long": QT_TRANSLATE_NOOP(
        "messages", "Certificate numbers would be longer than {limit} characters"),
    "certificate.no_results": QT_TRANSLATE_NOOP(
        "messages", "The batch has no results yet: nothing to issue"),
    "certificate.results_not_locked": QT_TRANSLATE_NOOP(
        "messages", "{count} of {total} subject results are not locked yet: certificates are "
        "issued only after the results are reviewed and locked"),
    "certificate.results_changed": QT_TRANSLATE_NOOP(
        "messages", "The results changed while issuing; try again"),
    "certificate.sequence_exhausted": QT_TRANSLATE_NOOP(
        "messages", "Every sequence number under {prefix} is used: change the number rule"),
    "certificate.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for revoking the certificate"),
    "certificate.not_found": QT_TRANSLATE_NOOP("messages", "No such certificate"),
    "certificate.already_revoked": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} is already revoked"),
    "certificate.check.ok": QT_TRANSLATE_NOOP(
        "messages", "Genuine: the certificate matches the record"),
    "certificate.check.unreadable": QT_TRANSLATE_NOOP(
        "messages", "Not a certificate code"),
    "certificate.check.unknown_key": QT_TRANSLATE_NOOP(
        "messages", "Signed with a key this office does not know"),
    "certificate.check.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The code has been altered: its signature does not match"),
    "certificate.check.unknown": QT_TRANSLATE_NOOP(
        "messages", "No certificate with this number was issued here"),
    "certificate.check.changed": QT_TRANSLATE_NOOP(
        "messages", "The code does not match the certificate on record"),
    "certificate.check.revoked": QT_TRANSLATE_NOOP(
        "messages", "This certificate has been revoked"),
}
