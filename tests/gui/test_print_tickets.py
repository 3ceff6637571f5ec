"""Printing the batch's admission tickets from the GUI, off the GUI thread."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt


def test_printing_one_rooms_tickets_writes_a_pdf_with_their_names(qtbot, main_window,
                                                                 tmp_path: Path):
    screen = main_window.screen("candidates")
    screen.open_print()
    dialog = screen.print_dialog
    qtbot.waitUntil(lambda: dialog.room_combo.count() > 1, timeout=5000)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("T001"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a5"))
    out = tmp_path / "T001 准考证.pdf"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    assert out.exists()
    assert dialog.open_button.isEnabled()
    assert "30" in dialog.status.text()  # T001 seats 30 candidates, one A5 page each
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    first = screen.model.row_at(0)
    assert "职业技能等级认定准考证" in text
    assert text.count("理论考场001") >= 30
    assert any(screen.model.row_at(i).name in text for i in range(screen.model.rowCount()))
    assert first.ticket_no  # the list shows ticket numbers of signed tickets


def test_a_room_without_anybody_says_so_and_writes_nothing(qtbot, main_window, tmp_path):
    screen = main_window.screen("candidates")
    screen.open_print()
    dialog = screen.print_dialog
    qtbot.waitUntil(lambda: dialog.room_combo.count() > 1, timeout=5000)
    out = tmp_path / "nothing.pdf"
    dialog.out_edit.setText(str(out))
    # Revoke nothing; instead ask for a room code nobody sits in.
    dialog.room_combo.addItem("X", "NO-SUCH-ROOM")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.count() - 1)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.status.text() != "",
                    timeout=10000)
    assert "NO-SUCH-ROOM" in dialog.status.text()
    assert not out.exists()
