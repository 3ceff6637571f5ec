"""The certificates screen on a copy of the demo, in Chinese: the rule edited with a live
example, issuing refused before the lock and done after it, revoking, the export and the
printed certificates written, and a scanned code checked."""

from __future__ import annotations

import csv
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from app.bootstrap import App
from app.services.certificate_queries import certificate_documents, current_rule
from tests.integration.test_certificates import lock_all
from tests.score_data import fill_demo_marks
from ui.screens.certificates.models import CertificateColumns
from ui.screens.certificates.view import CertificatesScreen
from ui.tasks import TaskRunner


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

SHOTS = Path("/tmp/c2_shots")


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[CertificatesScreen]:
    runner = TaskRunner(error_sink)
    view = CertificatesScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def _idle(qtbot, screen: CertificatesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=20000)


def _save(name: str, widget) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_the_rule_shows_a_live_example_and_refuses_a_bad_one(qtbot, screen) -> None:
    assert screen.rule_edit.text() == "{site}{year}{level}{seq:6}"
    assert screen.rule_example.text() == "示例：450100120264000001"
    screen.rule_edit.setText("{seq:6}{year}")
    assert screen.rule_example.text() == "流水号部分必须放在最后"
    assert not screen.save_rule_button.isEnabled()
    screen.rule_edit.setText("GX{year:2}{level:2}{seq:5}")
    assert screen.rule_example.text() == "示例：GX260400001"
    qtbot.mouseClick(screen.save_rule_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, screen)
    assert current_rule(screen.app.uow()) == "GX{year:2}{level:2}{seq:5}"
    assert screen.status.text() == "编号规则已保存：新证书按此规则编号。"


def test_issuing_before_the_lock_says_why(qtbot, screen) -> None:
    fill_demo_marks(screen.app)
    screen.issue()
    _idle(qtbot, screen)
    assert "尚未锁定" in screen.status.text()
    assert screen.model.rowCount() == 0
    assert screen.summary.text().startswith("本批次尚未发放证书")


def test_issue_revoke_export_print_and_check(qtbot, screen, tmp_path: Path) -> None:
    fill_demo_marks(screen.app)
    lock_all(screen.app)
    screen.date_edit.setDate(QDate(2026, 12, 20))
    with qtbot.waitSignal(screen.data_changed, timeout=20000):
        screen.issue()
    _idle(qtbot, screen)
    count = screen.model.rowCount()
    assert count > 0 and screen.status.text().startswith(f"已发放 {count} 本证书")
    first = screen.model.row_at(0)
    index = screen.model.index(0, CertificateColumns.STATE)
    assert screen.model.data(index) == "有效"
    assert screen.model.headerData(CertificateColumns.NUMBER, Qt.Orientation.Horizontal) == \
        "证书编号"
    _save("certificates.png", screen)

    with qtbot.waitSignal(screen.data_changed, timeout=10000):
        screen.revoke(first.certificate_id, "信息有误")
    _idle(qtbot, screen)
    revoked = next(r for r in range(count)
                   if screen.model.row_at(r).certificate_id == first.certificate_id)
    assert screen.model.data(screen.model.index(revoked, CertificateColumns.STATE)) == "已注销"
    assert screen.summary.text() == f"共 {count} 本证书，已注销 1 本。"

    csv_out, pdf_out = tmp_path / "c.csv", tmp_path / "c.pdf"
    screen.write("csv", csv_out)
    _idle(qtbot, screen)
    with csv_out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "证书编号" and len(rows) == count  # header + all but the revoked
    screen.write("xlsx", tmp_path / "c.xlsx")
    _idle(qtbot, screen)
    assert (tmp_path / "c.xlsx").stat().st_size > 0
    screen.write("pdf", pdf_out)
    _idle(qtbot, screen)
    assert screen.status.text().startswith("已保存到")
    info = subprocess.run(["pdfinfo", str(pdf_out)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(rf"^Pages:\s+{count - 1}$", info, re.MULTILINE)

    code = certificate_documents(screen.app.uow(), 1)[0].qr_text
    screen.verify_edit.setText(code)
    screen.check_code()
    _idle(qtbot, screen)
    assert screen.last_check is not None and screen.last_check.ok
    assert screen.status.text().startswith("真实有效")
    screen.verify_edit.setText(code[:-6] + "AAAAAA")
    screen.check_code()
    _idle(qtbot, screen)
    assert screen.last_check is not None and not screen.last_check.ok
    _save("certificates_checked.png", screen)
