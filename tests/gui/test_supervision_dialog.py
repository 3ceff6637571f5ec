"""The supervision dialog on a copy of the demo, in Chinese: a note typed in, listed, stored
with an audit event, and the record printed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.bootstrap import App
from app.errors import ValidationError
from app.model import AuditEvent
from app.services.supervision import list_notes
from ui.dialogs import error_text
from ui.screens.supervision.dialog import SupervisionDialog
from ui.screens.supervision.models import NoteColumns, topic_label
from ui.tasks import TaskRunner


@pytest.fixture
def dialog(qtbot, demo_app: App, translations, error_sink) -> Iterator[SupervisionDialog]:
    runner = TaskRunner(error_sink)
    view = SupervisionDialog(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.supervisor_combo.count() > 0 and view.room_combo.count() > 1,
                    timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def test_a_typed_note_is_saved_listed_audited_and_printed(qtbot, dialog, demo_app: App,
                                                          tmp_path: Path, qtmodeltester) -> None:
    # compared through the catalogue: 内部督导情况记录 once the lead merges the translations
    assert dialog.windowTitle() == QCoreApplication.translate(
        "SupervisionDialog", "Internal supervision record")
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findData("proctoring"))
    dialog.room_combo.setCurrentIndex(1)
    room_name = dialog.room_combo.currentText()
    dialog.text_edit.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString("监考员两人到位，考生入场秩序良好。")
    QApplication.sendEvent(dialog.text_edit, ev)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(dialog.model)
    assert dialog.text_edit.toPlainText() == ""
    model = dialog.model
    assert model.data(model.index(0, NoteColumns.TOPIC)) == topic_label("proctoring")
    assert model.data(model.index(0, NoteColumns.ROOM)) == room_name
    assert "秩序良好" in model.data(model.index(0, NoteColumns.TEXT))
    notes = list_notes(demo_app.uow(), 1)
    assert len(notes) == 1 and notes[0].staff_name == dialog.supervisor_combo.currentText()
    with demo_app.uow().read() as s:
        assert s.scalar(select(AuditEvent.id).where(
            AuditEvent.action == "supervision.note_added")) is not None
    dialog.grab().save(str(tmp_path / "supervision.png"))

    # an empty note is refused with the translated message
    refused = error_text(ValidationError("supervision.empty"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == refused, timeout=5000)
    assert dialog.add_button.isEnabled() and len(list_notes(demo_app.uow(), 1)) == 1

    out = tmp_path / "record.pdf"
    dialog.print_record(out)
    qtbot.waitUntil(lambda: dialog.written == out, timeout=10000)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "内部督导情况记录表" in text and "秩序良好" in text
