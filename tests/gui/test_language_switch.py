"""Switching the language through the menu keeps the user's work, and the choice persists."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import App
from ui import formats
from ui.appearance import Translations
from ui.main_window import MainWindow


def _window(qtbot, demo_app: App, translations: Translations, error_sink) -> MainWindow:
    window = MainWindow(demo_app, translations, error_sink)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.screens) >= 11, timeout=5000)
    candidates = window.screen("candidates")
    qtbot.waitUntil(lambda: candidates.model.rowCount() == 200, timeout=5000)
    return window


def test_switching_language_keeps_the_typed_search_the_selection_and_the_screen(
        qtbot, demo_app: App, translations: Translations, error_sink, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    translations.settings = settings
    window = _window(qtbot, demo_app, translations, error_sink)
    keys = [key for key, _ in window.screens]
    window.nav.setCurrentRow(keys.index("candidates"))
    screen = window.screen("candidates")
    needle = screen.model.row_at(0).ticket_no[-2:]  # part of several ticket numbers
    qtbot.keyClicks(screen.search, needle)
    shown = screen.proxy.rowCount()
    assert 1 < shown < 200
    screen.table.selectRow(2)
    selected = screen.proxy.index(2, 0).data()
    assert window.nav.currentItem().text() == "考生"
    assert screen.import_button.text() == "从 Excel 导入…"

    window.language_actions["en"].trigger()
    QApplication.processEvents()

    assert window.translations.language == "en"
    assert window.language_actions["en"].isChecked()
    assert window.stack.currentWidget() is screen  # the same screen
    assert window.nav.currentItem().text() == "Candidates"
    assert screen.search.text() == needle  # the typed text is kept
    assert screen.search.placeholderText().startswith("Search by name")
    assert screen.proxy.rowCount() == shown  # and still filters
    rows = screen.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [2]
    assert screen.proxy.index(2, 0).data() == selected  # the same candidate stays selected
    assert screen.import_button.text() == "Import from Excel..."
    header = screen.proxy.headerData(0, Qt.Orientation.Horizontal)
    assert header and header.isascii()  # table headers follow as well
    assert window.menuBar().actions()[0].text() == "&File"
    assert settings.value("language") == "en"  # remembered for the next start

    window.language_actions["zh_CN"].trigger()
    QApplication.processEvents()
    assert window.nav.currentItem().text() == "考生"
    assert screen.search.text() == needle
    assert screen.import_button.text() == "从 Excel 导入…"
    assert settings.value("language") == "zh_CN"


def test_the_check_in_manual_search_survives_a_language_switch(
        qtbot, demo_app: App, translations: Translations, error_sink):
    window = _window(qtbot, demo_app, translations, error_sink)
    keys = [key for key, _ in window.screens]
    window.nav.setCurrentRow(keys.index("checkin"))
    screen = window.screen("checkin")
    qtbot.keyClicks(screen.search, "4501")
    qtbot.waitUntil(lambda: screen.search_results.count() > 2, timeout=3000)
    screen.search_results.setCurrentRow(2)
    found = screen.search_results.count()
    chosen = screen.search_results.currentItem().text().split()[:2]  # name, ticket
    title = screen.search_panel.title.text()
    window.set_language("en")
    QApplication.processEvents()
    assert screen.search.text() == "4501"
    assert screen.search_results.count() == found
    assert screen.search_results.currentRow() == 2
    current = screen.search_results.currentItem().text()
    assert current.split()[:2] == chosen
    assert "Level" in current  # the list itself is in the new language
    assert screen.search_panel.title.text() != title
    assert screen.search_panel.title.text().startswith("Search a candidate")
    assert window.stack.currentWidget() is screen
    assert window.nav.currentItem().text() == "Check-in"
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert screen.search.text() == "4501"
    assert screen.search_panel.title.text() == title


def test_the_language_chosen_last_time_is_the_one_installed_at_start(qapp, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = Translations(qapp, settings=settings)
    first.install("en")
    assert settings.value("language") == "en"
    again = Translations(qapp, settings=settings)
    assert again.saved_language() == "en"
    first.install("zh_CN")
    assert again.saved_language() == "zh_CN"
    first.install("en")


@pytest.mark.parametrize(("language", "expected"), [
    ("zh_CN", ["2026年12月3日", "12月3日", "08:30", "08:30:05", "2026-12-03 08:30",
               "12月3日 08:30", "08:30–10:00", "87.5", "60", "87.5%"]),
    ("en", ["Dec 3, 2026", "Dec 3", "08:30", "08:30:05", "Dec 3, 2026 08:30", "Dec 3 08:30",
            "08:30–10:00", "87.5", "60", "87.5%"]),
])
def test_dates_times_and_numbers_follow_the_language(translations: Translations,
                                                     language: str, expected: list[str]):
    translations.install(language)
    start = datetime(2026, 12, 3, 0, 30, 5, tzinfo=UTC)  # 08:30:05 in China
    assert [formats.date_text(date(2026, 12, 3)), formats.day_text(start),
            formats.time_text(start), formats.time_text(start, seconds=True),
            formats.datetime_text(start), formats.day_time_text(start),
            formats.time_range_text(start, start + timedelta(hours=1, minutes=30)),
            formats.number_text(87.5), formats.number_text(60.0),
            formats.percent_text(0.875)] == expected
    assert formats.date_text(None, "?") == "?" and formats.time_text(None) == ""


def test_a_screen_shows_its_dates_in_the_new_language_after_a_switch(
        qtbot, demo_app: App, translations: Translations, error_sink):
    window = _window(qtbot, demo_app, translations, error_sink)
    overview = window.screen("overview")
    qtbot.waitUntil(lambda: "2026年12月3日" in overview.facts.text(), timeout=5000)
    window.set_language("en")
    QApplication.processEvents()
    overview.refresh()
    qtbot.waitUntil(lambda: "Dec 3, 2026" in overview.facts.text(), timeout=5000)
    deadlines = overview.deadlines
    rules = {deadlines.index(r, 1).data() for r in range(deadlines.rowCount())}
    assert "1 working day before the exam" in rules  # the singular, in English
    assert "5 working days before the exam" in rules
    rooms = window.screen("rooms")
    qtbot.waitUntil(lambda: rooms.sessions_model.rowCount() > 0, timeout=5000)
    cells = {rooms.sessions_model.index(r, c).data()
             for r in range(rooms.sessions_model.rowCount())
             for c in range(rooms.sessions_model.columnCount())}
    assert "Dec 3, 2026" in cells
