"""The paper custody screen on a copy of the demo, in Chinese: packets registered, a handover
scanned with the keyboard only, a broken seal and a missing step flagged in red, refusals
shown, labels and the report printed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.bootstrap import App
from app.services.custody import record_handover, register_packets
from app.services.custody_queries import packet_rows
from ui.screens.custody.models import FLAG_COLOURS, PacketColumns
from ui.screens.custody.view import CustodyScreen
from ui.tasks import TaskRunner

KEEPER, COURIER, PRINTER, PROCTOR = "ZK00001", "ZK00002", "ZK00003", "ZK00007"
SHOTS = Path("/tmp/e_shots")


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[CustodyScreen]:
    runner = TaskRunner(error_sink)
    view = CustodyScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.activateWindow()  # keyboard shortcuts need the focus in an active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def _registered(screen: CustodyScreen, qtbot) -> list[str]:
    codes = list(register_packets(screen.app.uow(), 1).codes)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.packets.rowCount() == len(codes), timeout=5000)
    return codes


def _cell(screen: CustodyScreen, code: str, column: PacketColumns,
          role=Qt.ItemDataRole.DisplayRole):
    row = next(r for r in range(screen.packets.rowCount())
               if screen.packets.row_at(r).code == code)
    return screen.packets.data(screen.packets.index(row, column), role)


def _scan(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _type_chinese(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _save(path: str, widget) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / path))


def test_registering_fills_the_table_with_one_packet_per_paper_session(screen, qtbot,
                                                                       qtmodeltester):
    assert screen.packets.rowCount() == 0
    assert screen.summary.text().startswith("尚未登记试卷袋")
    screen.spare_spin.setValue(2)
    changed: list[bool] = []
    screen.data_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(screen.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.packets.rowCount() > 0, timeout=5000)
    qtmodeltester.check(screen.packets)
    rows = packet_rows(screen.app.uow(), 1)
    assert screen.packets.rowCount() == len(rows) == 20 and changed == [True]
    first = rows[0]
    assert _cell(screen, first.code, PacketColumns.COPIES) == str(first.copies)
    assert _cell(screen, first.code, PacketColumns.STATE) == "尚未扫码"
    assert _cell(screen, first.code, PacketColumns.NEXT) == "印制封装"
    assert _cell(screen, first.code, PacketColumns.CONTENT) == "试卷"
    assert screen.summary.text().startswith("共 20 个试卷袋")
    assert "本次新登记 20 个" in screen.summary.text()
    assert screen.register_button.text() == "登记试卷袋(&R)"


def test_a_handover_is_recorded_with_scans_and_enter_only(screen, qtbot):
    codes = _registered(screen, qtbot)
    form = screen.scan
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    assert form.packet_edit.hasFocus()
    _scan(qtbot, form.packet_edit, codes[0])
    qtbot.waitUntil(lambda: form.packet is not None and form.step_combo.hasFocus(), timeout=5000)
    assert form.step_combo.currentData() == "printed"
    assert form.step_hint.text() == "印制人员 → 押运或保管人员"
    assert "S00001" in form.packet_info.text() and "理论考场001" in form.packet_info.text()
    qtbot.keyClick(form.step_combo, Qt.Key.Key_Return)
    assert form.giver_edit.hasFocus()
    _scan(qtbot, form.giver_edit, PRINTER)
    qtbot.waitUntil(lambda: form.giver is not None and form.receiver_edit.hasFocus(),
                    timeout=5000)
    _scan(qtbot, form.receiver_edit, COURIER.lower())
    qtbot.waitUntil(lambda: form.receiver is not None and form.seal_combo.hasFocus(),
                    timeout=5000)
    # A check-in clerk is not who usually takes printed papers: a hint, not a refusal.
    assert form.receiver_name.text().endswith(f"（{COURIER}）  （本环节应为：考点负责人）")
    _save("custody_scan_ready.png", screen)
    changed: list[bool] = []
    screen.data_changed.connect(lambda: changed.append(True))
    qtbot.keyClick(form.seal_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.last_result is not None, timeout=5000)
    assert form.last_result.step == "printed" and form.last_result.flags == ()
    assert form.status.text().startswith(f"已保存：{codes[0]}，印制封装，")
    assert form.packet_edit.hasFocus() and form.packet_edit.text() == ""
    qtbot.waitUntil(lambda: _cell(screen, codes[0], PacketColumns.STATE) == "印制封装",
                    timeout=5000)
    assert changed == [True]
    assert _cell(screen, codes[0], PacketColumns.NEXT) == "入保密室"
    assert _cell(screen, codes[0], PacketColumns.HOLDER).endswith(f"（{COURIER}）")
    qtbot.waitUntil(lambda: screen.chain.rowCount() == 1, timeout=5000)  # its chain is shown
    assert screen.chain_title.text() == f"试卷袋 {codes[0]} 的交接记录"
    # The next scan of the same packet proposes the next step.
    _scan(qtbot, form.packet_edit, codes[0])
    qtbot.waitUntil(lambda: form.packet is not None, timeout=5000)
    assert form.step_combo.currentData() == "secure_room"
    _save("custody_screen.png", screen)


def test_a_broken_seal_asks_for_a_note_and_turns_the_packet_red(screen, qtbot):
    codes = _registered(screen, qtbot)
    record_handover(screen.app.uow(), 1, codes[1], PRINTER, COURIER)
    form = screen.scan
    _scan(qtbot, form.packet_edit, codes[1])
    qtbot.waitUntil(form.step_combo.hasFocus, timeout=5000)
    assert form.step_combo.currentData() == "secure_room"
    qtbot.keyClick(form.step_combo, Qt.Key.Key_Return)
    _scan(qtbot, form.giver_edit, COURIER)
    qtbot.waitUntil(form.receiver_edit.hasFocus, timeout=5000)
    _scan(qtbot, form.receiver_edit, KEEPER)
    qtbot.waitUntil(form.seal_combo.hasFocus, timeout=5000)
    qtbot.keyClick(form.seal_combo, Qt.Key.Key_Down)  # "broken": the note is next
    assert form.seal_combo.currentData() is False and form.note_edit.hasFocus()
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Return)  # no note: refused
    qtbot.waitUntil(lambda: "描述" in form.status.text(), timeout=5000)
    assert form.last_result is None and form.packet is not None
    _type_chinese(form.note_edit, "封条右下角撕裂")
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.last_result is not None, timeout=5000)
    assert "异常：密封破损：入保密室" in form.status.text()
    qtbot.waitUntil(lambda: _cell(screen, codes[1], PacketColumns.FLAGS) == "密封破损：入保密室",
                    timeout=5000)
    background = _cell(screen, codes[1], PacketColumns.CODE, Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor(FLAG_COLOURS[0])
    assert "1 个有异常" in screen.summary.text()
    qtbot.waitUntil(lambda: screen.chain.rowCount() == 2, timeout=5000)
    seal = screen.chain.data(screen.chain.index(1, 4))
    assert seal == "破损" and screen.chain.data(screen.chain.index(1, 5)) == "封条右下角撕裂"
    _save("custody_broken_seal.png", screen)


def test_a_missing_step_is_flagged_in_the_table(screen, qtbot):
    codes = _registered(screen, qtbot)
    record_handover(screen.app.uow(), 1, codes[2], PRINTER, KEEPER)
    record_handover(screen.app.uow(), 1, codes[2], KEEPER, PROCTOR, step="room")
    screen.refresh()
    qtbot.waitUntil(lambda: _cell(screen, codes[2], PacketColumns.FLAGS) == "缺少环节：入保密室",
                    timeout=5000)
    assert _cell(screen, codes[2], PacketColumns.STATE) == "发放至考场"


def test_bad_scans_are_explained_and_nothing_is_saved(screen, qtbot):
    codes = _registered(screen, qtbot)
    form = screen.scan
    _scan(qtbot, form.packet_edit, "NO-SUCH-PACKET")
    qtbot.waitUntil(lambda: form.status.text() != "", timeout=5000)
    assert form.status.text() == "本批次没有编号为 NO-SUCH-PACKET 的试卷袋。"
    assert form.packet_edit.hasFocus() and form.packet is None
    _scan(qtbot, form.packet_edit, codes[0])
    qtbot.waitUntil(lambda: form.packet is not None, timeout=5000)
    _scan(qtbot, form.giver_edit, "ZK99999")
    qtbot.waitUntil(lambda: "ZK99999" in form.status.text(), timeout=5000)
    assert form.giver is None
    _scan(qtbot, form.giver_edit, KEEPER)
    qtbot.waitUntil(lambda: form.giver is not None, timeout=5000)
    _scan(qtbot, form.receiver_edit, KEEPER)
    qtbot.waitUntil(lambda: "两个不同的人" in form.status.text(), timeout=5000)
    assert form.receiver is None
    # A step already recorded: chosen by hand, refused by the service.
    record_handover(screen.app.uow(), 1, codes[0], PRINTER, KEEPER)
    _scan(qtbot, form.receiver_edit, COURIER)
    qtbot.waitUntil(lambda: form.receiver is not None, timeout=5000)
    form.step_combo.setCurrentIndex(form.step_combo.findData("printed"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已有“印制封装”环节" in form.status.text(), timeout=5000)
    assert form.last_result is None
    qtbot.keyClick(form.packet_edit, Qt.Key.Key_Escape)
    assert form.packet is None and form.giver_edit.text() == ""


@pytest.mark.parametrize(("what", "expected"), [
    ("labels", ["试卷袋 · 密封", "份数："]),
    ("report", ["试卷保密流转记录", "（尚无交接记录）"]),
])
def test_labels_and_the_report_are_printed_from_the_screen(screen, qtbot, tmp_path: Path,
                                                           what, expected):
    codes = _registered(screen, qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.print_dialog is not None, timeout=2000)
    dialog = screen.print_dialog
    dialog.choose(what)
    out = tmp_path / f"{what}.pdf"
    dialog.out_edit.setText(str(out))
    _save(f"custody_print_{what}.png", dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for part in [*expected, codes[0]]:
        assert part in text, part
    assert dialog.status.text().endswith(str(out)) and dialog.open_button.isEnabled()
    dialog.close()


def test_the_label_of_the_packet_chosen_is_reprinted_alone(screen, qtbot, tmp_path: Path):
    codes = _registered(screen, qtbot)
    screen.select_packet(codes[3])
    screen.open_print()
    dialog = screen.print_dialog
    dialog.choose("one_label")
    assert dialog.what_combo.currentText() == f"仅试卷袋 {codes[3]} 的二维码标签（补打）"
    assert dialog.out_edit.text().endswith("试卷袋标签（补打）.pdf")
    out = tmp_path / "one.pdf"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert codes[3] in text and codes[0] not in text and codes[4] not in text
    dialog.close()
