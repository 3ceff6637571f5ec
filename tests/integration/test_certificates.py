"""证书核发 on a real copy of the demo: issuing after the lock, numbering, revoking, the
platform export read back, and the printed certificate's QR decoded with zxing-cpp and
verified (and refused once tampered with)."""

from __future__ import annotations

import csv
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import delete, select

from app.bootstrap import App
from app.crypto.base45 import b45decode, b45encode
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.io.certificate_export import write_certificates_csv, write_certificates_xlsx
from app.model import AuditEvent, Certificate, CertificateCounter, ScoreReview
from app.reports.certificate_pdf import write_certificates_pdf
from app.rules.certificate_numbers import DEFAULT_TEMPLATE
from app.services.certificate_queries import (
    EXPORT_COLUMNS,
    certificate_documents,
    current_rule,
    export_rows,
    list_certificates,
    load_rule,
    verify_certificate,
)
from app.services.certificates import (
    issue_certificates,
    next_number,
    revoke_certificate,
    set_rule,
)
from app.services.scoring import results, subject_results
from app.uow import Actor
from tests.score_data import fill_demo_marks


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app


BATCH = 1
ADMIN = Actor("admin9", "考评管理", frozenset({"body_admin"}))
PROCTOR = Actor("zk00009", "监考", frozenset({"proctor"}))


def lock_all(app: App, batch_id: int = BATCH) -> int:
    """Test data: every subject result of the batch reviewed and locked (straight into the
    table, as ``tests/score_data`` writes the marks)."""
    subjects = subject_results(app.uow(), batch_id)
    now = app.clock.now()
    with app.uow().write() as s:
        for r in subjects:
            s.add(ScoreReview(registration_id=r.registration_id, subject_id=r.subject_id,
                              state="locked", verified_by_clerk="tj", verified_by_reviewer="fh",
                              updated_at=now))
    return len(subjects)


@pytest.fixture
def locked(demo_app: App) -> App:
    fill_demo_marks(demo_app)
    lock_all(demo_app)
    return demo_app


def _events(app: App, action: str) -> list[dict[str, object]]:
    """The summaries of the audit events of ``action``, oldest first."""
    with app.uow().read() as s:
        return [dict(x) for x in s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == action).order_by(AuditEvent.id))]


def test_issuing_is_refused_until_the_results_are_locked(demo_app: App) -> None:
    uow = demo_app.uow(ADMIN)
    with pytest.raises(ConflictError) as none:
        issue_certificates(uow, BATCH)
    assert none.value.code in ("certificate.no_results", "certificate.results_not_locked")
    fill_demo_marks(demo_app)
    with pytest.raises(ConflictError) as open_:
        issue_certificates(uow, BATCH)
    assert open_.value.code == "certificate.results_not_locked"
    assert open_.value.params["count"] == open_.value.params["total"] > 0
    with pytest.raises(NotFoundError):
        issue_certificates(uow, 999)
    for denied in (lambda u: issue_certificates(u, BATCH),
                   lambda u: revoke_certificate(u, 1, "x"),
                   lambda u: certificate_documents(u, BATCH)):
        with pytest.raises(PermissionDenied) as info:
            denied(demo_app.uow(PROCTOR))
        assert info.value.code == "auth.denied"


def test_every_passing_candidate_gets_one_numbered_certificate_once(locked: App) -> None:
    uow = locked.uow(ADMIN)
    passing = {c.registration_id for c in results(uow, BATCH).candidates if c.passed}
    assert passing
    out = issue_certificates(uow, BATCH, date(2026, 12, 20))
    assert out.issued == len(passing) and out.already == 0
    rows = list_certificates(uow, BATCH)
    assert {r.registration_id for r in rows} == passing
    assert len({r.number for r in rows}) == len(rows)
    first = rows[0]
    # default rule: site code 450100-01 → 45010001, year, level, six-digit sequence
    assert first.number.startswith(f"450100012026{first.level}") and len(first.number) == 19
    assert first.issued_on == date(2026, 12, 20) and first.state == "valid"
    with locked.uow().read() as s:
        counters = {c.prefix: c.last for c in s.scalars(select(CertificateCounter))}
    assert sum(counters.values()) == len(rows)
    # again: nobody gets a second certificate
    again = issue_certificates(uow, BATCH)
    assert again.issued == 0 and again.already == len(passing)
    assert len(list_certificates(uow, BATCH)) == len(rows)
    assert len(_events(locked, "certificate.issued")) == len(rows)
    assert [e["issued"] for e in _events(locked, "certificate.batch_issued")] == [
        len(rows), 0]


def test_rule_change_and_revocation_never_reuse_a_number(locked: App) -> None:
    uow = locked.uow(ADMIN)
    assert current_rule(uow) == "{site}{year}{level}{seq:6}"
    with pytest.raises(ValidationError) as bad:
        set_rule(uow, "{seq:6}{year}")
    assert bad.value.code == "certificate.rule.sequence_not_last"
    with pytest.raises(PermissionDenied):
        set_rule(locked.uow(PROCTOR), "{year}{seq:6}")
    # a rule that spells the same numbers as the default (site+year then 7 digits)
    assert set_rule(uow, "{site}{year}{seq:7}") == "{site}{year}{seq:7}"
    with locked.uow().write() as s:  # someone already holds what would be the first number
        s.add(Certificate(uid="x", number="450100012026" + "0000001", registration_id=None,
                          batch_id=None, name="旧证", id_type="resident_id", id_number="1",
                          occupation_code="x", occupation_name="x", level=5,
                          issued_on=date(2026, 1, 1), created_at=locked.clock.now()))
    issue_certificates(uow, BATCH, date(2026, 12, 20))
    rows = list_certificates(uow, BATCH)
    assert all(r.number.startswith("450100012026") and len(r.number) == 19 for r in rows)
    assert "4501000120260000001" not in {r.number for r in rows}

    victim = rows[0]
    with pytest.raises(ValidationError):
        revoke_certificate(uow, victim.certificate_id, "  ")
    revoke_certificate(uow, victim.certificate_id, "成绩复核更正")
    with pytest.raises(ConflictError) as twice:
        revoke_certificate(uow, victim.certificate_id, "again")
    assert twice.value.code == "certificate.already_revoked"
    with pytest.raises(NotFoundError):
        revoke_certificate(uow, 99999, "x")
    after = {r.certificate_id: r for r in list_certificates(uow, BATCH)}
    assert after[victim.certificate_id].state == "revoked"
    assert after[victim.certificate_id].revoke_reason == "成绩复核更正"
    assert issue_certificates(uow, BATCH).issued == 0  # revoked: not reissued, number kept
    assert _events(locked, "certificate.revoked")[0]["number"] == victim.number
    assert _events(locked, "certificate.rule_changed")[0]["to"] == "{site}{year}{seq:7}"


def test_export_xlsx_and_csv_read_back_in_the_platform_order(locked: App,
                                                          tmp_path: Path) -> None:
    uow = locked.uow(ADMIN)
    issue_certificates(uow, BATCH, date(2026, 12, 20))
    certs = list_certificates(uow, BATCH)
    revoke_certificate(uow, certs[-1].certificate_id, "信息有误")
    rows = export_rows(uow, BATCH)
    assert len(rows) == len(certs) - 1
    assert write_certificates_xlsx(rows, tmp_path / "c.xlsx") == len(rows)
    assert write_certificates_csv(rows, tmp_path / "c.csv") == len(rows)

    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    assert tuple(back[0]) == EXPORT_COLUMNS[:len(back[0])] == EXPORT_COLUMNS
    assert back[0][:9] == ["证书编号", "姓名", "证件类型", "证件号码", "职业（工种）代码",
                           "职业（工种）名称", "等级", "发证日期", "评价机构"]
    first = certs[0]
    assert back[1][:4] == [first.number, first.name, "居民身份证", first.id_number]
    assert back[1][7] == "2026-12-20" and back[1][-1] == "有效"

    book = load_workbook(tmp_path / "c.xlsx", read_only=True)
    xrows = [tuple(c.value for c in r) for r in book.active.iter_rows()]
    book.close()
    assert xrows[0] == EXPORT_COLUMNS
    assert [tuple(r) for r in back[1:]] == xrows[1:]
    assert certs[-1].number not in {r[0] for r in xrows}
    everything = export_rows(uow, BATCH, include_revoked=True)
    assert everything[-1][-1] == "已注销" or any(r[-1] == "已注销" for r in everything)


def _text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _qr(pdf: Path, page: int, tmp_path: Path) -> str:
    stem = tmp_path / f"p{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    codes = zxingcpp.read_barcodes(Image.open(stem.with_suffix(".png")),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    return codes[0].text


def _tamper(text: str, old: str, new: str) -> str:
    raw = b45decode(text[4:])
    assert old.encode() in raw
    return text[:4] + b45encode(raw.replace(old.encode(), new.encode()))


def test_printed_certificate_shows_the_holder_and_its_qr_verifies(locked: App,
                                                                   tmp_path: Path) -> None:
    uow = locked.uow(ADMIN)
    issue_certificates(uow, BATCH, date(2026, 12, 20))
    docs = certificate_documents(uow, BATCH)
    out = tmp_path / "certs.pdf"
    assert write_certificates_pdf(docs[:3], out) == 3
    doc = docs[1]
    text = _text(out, 2)
    for needle in ("职业技能等级证书", doc.row.name, doc.row.number, doc.row.id_number,
                   doc.row.occupation_name, "2026年12月20日", doc.body_name):
        assert needle in text.replace(" ", "")
    scanned = _qr(out, 2, tmp_path)
    assert scanned == doc.qr_text
    check = verify_certificate(uow, scanned)
    assert check.ok and check.reason == "certificate.check.ok"
    assert (check.number, check.name) == (doc.row.number, doc.row.name)

    # a changed name or number inside the code breaks the signature
    renamed = _tamper(scanned, doc.row.name, "王" * len(doc.row.name))
    assert verify_certificate(uow, renamed).reason == "certificate.check.bad_signature"
    renumbered = _tamper(scanned, doc.row.number, doc.row.number[:-1] + "9")
    assert not verify_certificate(uow, renumbered).ok
    assert verify_certificate(uow, "EC1:NOPE").reason == "certificate.check.unreadable"
    # the record changed after printing: the code no longer matches it
    with locked.uow().write() as s:
        cert = s.get(Certificate, doc.row.certificate_id)
        assert cert is not None
        cert.name = "改名"
    assert verify_certificate(uow, scanned).reason == "certificate.check.changed"
    revoke_certificate(uow, docs[0].row.certificate_id, "注销")
    assert verify_certificate(uow, docs[0].qr_text).reason == "certificate.check.revoked"


# --- unique forever, on the real tables -------------------------------------------------------
# the last one spells the same numbers as the default: ...{level}0{seq:5} = ...{level}{seq:6}
TEMPLATES = ("{site}{year}{level}{seq:6}", "{site}{year}{seq:7}", "{year}{level}{seq:3}",
             "{site}{year}{level}0{seq:5}")
db_operation = st.one_of(
    st.tuples(st.just("issue"), st.sampled_from(("450100-01", "4501001")),
              st.integers(2025, 2028), st.lists(st.integers(1, 5), min_size=1, max_size=8),
              st.randoms(use_true_random=False)),
    st.tuples(st.just("revoke"), st.integers(0, 1000)),
    st.tuples(st.just("rule"), st.sampled_from(TEMPLATES)),
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(db_operation, min_size=1, max_size=12))
def test_numbers_stay_unique_in_the_database_across_batches_years_and_rules(
        empty_app: App, ops) -> None:  # type: ignore[no-untyped-def]
    """``next_number`` on a real SQLite file: each issue is one "batch" (a transaction) in
    random level order; revocations keep numbers; the rule changes between batches."""
    uow = empty_app.uow(ADMIN)
    with empty_app.uow().write() as s:  # a fresh start for every example
        s.execute(delete(Certificate))
        s.execute(delete(CertificateCounter))
    set_rule(uow, DEFAULT_TEMPLATE)
    for op in ops:
        if op[0] == "rule":
            set_rule(uow, op[1])
        elif op[0] == "revoke":
            with empty_app.uow().read() as s:
                ids = list(s.scalars(select(Certificate.id).order_by(Certificate.id)))
            if ids:
                with empty_app.uow().write() as s:
                    cert = s.get(Certificate, ids[op[1] % len(ids)])
                    assert cert is not None
                    cert.revoked_at, cert.revoke_reason = empty_app.clock.now(), "x"
        else:
            _kind, site, year, levels, rnd = op
            rnd.shuffle(levels)
            with empty_app.uow().write() as s:
                rule, counters = load_rule(s), {}
                for level in levels:
                    number = next_number(s, rule, site, year, level, counters=counters)
                    s.add(Certificate(uid=str(uuid.uuid4()), number=number, registration_id=None,
                                      batch_id=None, name="甲", id_type="resident_id",
                                      id_number="1", occupation_code="x", occupation_name="x",
                                      level=level, issued_on=date(year, 12, 1),
                                      created_at=empty_app.clock.now()))
                    s.flush()
    with empty_app.uow().read() as s:
        numbers = list(s.scalars(select(Certificate.number)))
    assert len(numbers) == len(set(numbers))
