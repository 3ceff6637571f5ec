"""The readiness screen on a copy of the demo, in Chinese: ticking items from the keyboard with
a scanned badge, failing one with a photo, closing its rectification, sealing (refused while an
item is open; late after the due date), unsealing, and the overview's readiness section."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage

from app.bootstrap import App
from app.rules.readiness import CATALOGUE, room_items, site_items
from app.services.readiness import record_check, seal_room
from app.services.readiness_queries import readiness_board
from ui.screens.overview.view import OverviewScreen
from ui.screens.readiness.labels import ITEM_LABELS
from ui.screens.readiness.models import KEY_ROLE, Key
from ui.screens.readiness.view import ReadinessScreen
from ui.tasks import TaskRunner

T001, T002 = 1, 2
SITE = 1


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    r = TaskRunner(error_sink)
    yield r
    r.shutdown()


@pytest.fixture
def screen(qtbot, demo_app: App, translations, runner) -> Iterator[ReadinessScreen]:
    view = ReadinessScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.activateWindow()
    view.refresh()
    qtbot.waitUntil(lambda: view.board is not None, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)


def _settle(qtbot, view: ReadinessScreen) -> None:
    qtbot.waitUntil(lambda: not view.runner.busy(), timeout=10000)


def _board(app: App):
    return readiness_board(app.uow(), 1, app.calendar)


def _pass_all_but(app: App, room_id: int, kind: str, skip: str | None = None) -> None:
    for item in site_items({"theory", "practical"}):
        record_check(app.uow(), 1, item.code, passed=True, staff_id=1)
    for item in room_items(kind):
        if item.code != skip:
            record_check(app.uow(), 1, item.code, room_id=room_id, passed=True, staff_id=6)


def test_every_catalogue_item_has_a_translatable_label():
    assert list(ITEM_LABELS) == [i.code for i in CATALOGUE]
    assert list(ITEM_LABELS.values()) == [i.label_en for i in CATALOGUE]


def test_the_tree_shows_the_site_then_each_room_in_chinese(screen, qtmodeltester):
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.rects)
    model = screen.model
    assert model.rowCount() == 1 + 20
    site = model.index(0, 0)
    assert site.data() == "考点：南宁市示范职业技能培训学校考点"
    assert model.rowCount(site) == 8
    assert model.index(0, 0, site).data() == "考务办公室"
    assert model.index(0, 1, site).data() == "未检查"
    room = model.index(2, 0)  # after the review room R001
    assert room.data() == "T001 理论考场001 (理论考场)"
    assert model.index(2, 1).data() == "0/3 · 未封场"
    assert [model.index(r, 0, room).data() for r in range(model.rowCount(room))] == [
        "考试时间安排", "考场布置（座位号、考场号标识）", "全程电子监控"]
    assert screen.summary.text() == "已封场考场：0/20 · 未关闭整改：0 · 封场截止：2026年12月2日"
    assert screen.check_panel.passed_button.text() == "合格(&P)"
    assert not screen.check_panel.passed_button.isEnabled()  # nothing chosen yet


def test_ticking_items_from_the_keyboard_with_a_scanned_badge(screen, qtbot, demo_app: App):
    assert screen.select_key(Key("item", SITE, None, "exam_office"))
    panel = screen.check_panel
    qtbot.keyClicks(panel.badge, "zk00006")
    qtbot.keyClick(panel.badge, Qt.Key.Key_Return)
    assert panel.staff_id() == 6 and panel.badge.text() == ""
    assert panel.staff.currentText().startswith("ZK00006 ")
    screen.tree.setFocus()
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        qtbot.keyClick(screen.tree, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot, screen)
    assert screen.message.text() == "已记录为合格。"
    # the next item is chosen, ready for the next verdict
    assert screen.current_key() == Key("item", SITE, None, "emergency_room")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        qtbot.keyClick(screen.tree, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot, screen)
    site = _board(demo_app).sites[0]
    done = {c.item: c for c in site.checks if c.state == "passed"}
    assert set(done) == {"exam_office", "emergency_room"}
    six = next(c for c in panel.choices if c.staff_id == 6)
    assert done["exam_office"].checked_by == six.name
    first = screen.model.index(0, 0, screen.model.index(0, 0))
    assert screen.model.index(0, 1, first.parent()).data() == "合格"
    assert screen.model.index(0, 2, first.parent()).data() == done["exam_office"].checked_by
    assert screen.model.index(0, 3, first.parent()).data() == "11月23日 09:00"


def test_an_unknown_badge_is_said_plainly(screen, qtbot):
    qtbot.keyClicks(screen.check_panel.badge, "ZK99999")
    qtbot.keyClick(screen.check_panel.badge, Qt.Key.Key_Return)
    assert screen.message.text() == "没有证卡号为 ZK99999 的考务人员。"


def test_a_failed_item_needs_a_problem_and_opens_a_rectification_with_its_photo(
        screen, qtbot, demo_app: App, tmp_path: Path):
    screen.select_key(Key("item", SITE, T002, "room_layout"))
    qtbot.mouseClick(screen.check_panel.failed_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text().startswith("请说明存在的问题")
    assert screen.check_panel.note.hasFocus()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    photo = tmp_path / "座位.png"
    assert image.save(str(photo))
    screen.check_panel.set_photo(photo)
    screen.check_panel.note.setText("第3排座位号脱落")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        qtbot.mouseClick(screen.check_panel.failed_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text() == "已记录为不合格，并已提出整改。"
    assert screen.check_panel.note.text() == "" and screen.check_panel.photo_path is None
    assert screen.rects.rowCount() == 1
    assert screen.rects.index(0, 2).data() == "第3排座位号脱落"
    assert screen.rects.index(0, 4).data() == "未关闭"
    colour = screen.rects.data(screen.rects.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour.color() == QColor("#ffcdd2")
    # back on the failed item, its state, note and photo show
    screen.select_key(Key("item", SITE, T002, "room_layout"))
    index = screen.tree.currentIndex()
    assert index.siblingAtColumn(1).data() == "不合格，待整改"
    assert index.siblingAtColumn(4).data() == "第3排座位号脱落 ［附照片］"
    qtbot.waitUntil(lambda: screen.photo.pixmap() is not None
                    and not screen.photo.pixmap().isNull(), timeout=5000)
    # close it: the dialog asks what was put right
    screen.rect_view.selectRow(0)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    dialog = screen.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setEditText("已重新粘贴座位号")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        dialog.accept()
    _settle(qtbot, screen)
    assert screen.message.text() == "整改已关闭。"
    assert screen.rects.index(0, 5).data() == "已重新粘贴座位号"
    (rect,) = _board(demo_app).rectifications
    assert not rect.is_open
    screen.grab().save(str(tmp_path / "readiness_rectification.png"))


def test_sealing_is_refused_while_an_item_is_open_then_done_and_late_is_shown(
        screen, qtbot, demo_app: App):
    _pass_all_but(demo_app, T001, "theory", skip="video_monitoring")
    screen.refresh()
    _settle(qtbot, screen)
    screen.select_key(Key("room", SITE, T001))
    assert "未完成：全程电子监控" in screen.seal_panel.state.text()
    qtbot.mouseClick(screen.seal_panel.seal_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text() == (
        "考场 T001 理论考场001 不能封场：考场或考点尚有 1 个检查项未完成（须合格，或不合格且整改已"
        "关闭）：全程电子监控。")
    assert not _board(demo_app).rooms[2].sealed
    record_check(demo_app.uow(), 1, "video_monitoring", room_id=T001, passed=True, staff_id=6)
    demo_app.clock.advance(timedelta(days=10))  # the exam day: past the due date
    screen.refresh()
    _settle(qtbot, screen)
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        qtbot.mouseClick(screen.seal_panel.seal_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text() == "考场已封场，但已逾期：应于 2026年12月2日 前封场。"
    room = screen.tree.currentIndex()
    assert room.siblingAtColumn(1).data() == "3/3 · 逾期封场 12月3日 09:00"
    colour = room.data(Qt.ItemDataRole.BackgroundRole)
    assert colour.color() == QColor("#ffe0b2")
    assert not screen.seal_panel.seal_button.isEnabled()
    assert screen.seal_panel.unseal_button.isEnabled()
    assert screen.summary.text().startswith("已封场考场：1/20")
    # a sealed room's items cannot be changed until it is unsealed
    screen.select_key(Key("item", SITE, T001, "room_layout"))
    qtbot.mouseClick(screen.check_panel.passed_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text().startswith("考场 T001 理论考场001 已封场")
    screen.select_key(Key("room", SITE, T001))
    qtbot.mouseClick(screen.seal_panel.unseal_button, Qt.MouseButton.LeftButton)
    dialog = screen.reason_dialog
    assert dialog is not None
    assert dialog.prompt.text() == "为什么需要重新打开考场 T001 理论考场001？"
    dialog.reason.setEditText("更换损坏桌椅")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        dialog.accept()
    _settle(qtbot, screen)
    assert screen.message.text() == "已解除封场。"
    assert "已于 12月3日 09:00 解除封场：更换损坏桌椅" in screen.seal_panel.state.text()
    screen.grab().save(str(Path(demo_app.db.path).parent / "readiness_sealed.png"))


def test_the_overview_shows_readiness_per_room(qtbot, demo_app: App, translations, runner):
    _pass_all_but(demo_app, T001, "theory")
    seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    record_check(demo_app.uow(), 1, "equipment", room_id=8, passed=False, staff_id=6,
                 note="电源故障")
    view = OverviewScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.readiness.rowCount() == 20, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    rows = {view.readiness.index(r, 0).data(): r
                          for r in range(view.readiness.rowCount())}
    t001 = rows["T001 理论考场001"]
    assert [view.readiness.index(t001, c).data() for c in range(4)] == [
        "T001 理论考场001", "3/3", "0", "是，11月23日 09:00"]
    p1 = rows["P1-001 电工实操场地001"]
    assert [view.readiness.index(p1, c).data() for c in range(1, 4)] == ["0/4", "1", "否"]
    assert view.boxes["readiness"].title() == "考场准备情况"
    view.grab().save(str(Path(demo_app.db.path).parent / "overview_readiness.png"))


def test_the_key_role_names_what_each_row_stands_for(screen):
    model = screen.model
    assert model.index(0, 0).data(KEY_ROLE) == Key("site", SITE)
    assert model.index(2, 3).data(KEY_ROLE) == Key("room", SITE, T001)
    assert QCoreApplication.translate("SealPanel", "&Seal room") == "封场(&S)"


def test_a_photo_that_cannot_be_read_is_said_plainly_and_nothing_is_saved(
        screen, qtbot, demo_app: App, tmp_path: Path):
    screen.select_key(Key("item", SITE, None, "medical_room"))
    screen.check_panel.set_photo(tmp_path / "不存在.png")
    qtbot.mouseClick(screen.check_panel.passed_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert screen.message.text().startswith("无法读取照片 ")
    assert all(c.state == "open" for c in _board(demo_app).sites[0].checks)


def test_the_screen_follows_a_language_switch(screen, qtbot, translations):
    translations.install("en")
    qtbot.waitUntil(lambda: screen.check_panel.passed_button.text() == "&Passed",
                    timeout=5000)
    assert screen.model.index(0, 0, screen.model.index(0, 0)).data() == "Exam office"
    assert screen.summary.text().startswith("Rooms sealed: 0 of 20")
    translations.install("zh_CN")
    qtbot.waitUntil(lambda: screen.check_panel.passed_button.text() == "合格(&P)",
                    timeout=5000)
    assert screen.model.index(0, 0, screen.model.index(0, 0)).data() == "考务办公室"
