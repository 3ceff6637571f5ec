"""GUI fixtures: the real main window over a copy of the demo database, in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.bootstrap import App
from ui.appearance import Translations, register_cjk_font
from ui.main_window import SCREEN_KEYS, MainWindow


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    register_cjk_font(qapp)
    tr = Translations(qapp)
    assert tr.install("zh_CN")
    yield tr
    tr.install("en")


class FailingSink:
    """Collects failures no task handled; a GUI test with any of them fails (never hangs
    on a modal crash dialog)."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def __call__(self, _parent, exc: BaseException, _info) -> None:
        self.errors.append(exc)


@pytest.fixture
def error_sink() -> Iterator[FailingSink]:
    sink = FailingSink()
    yield sink
    assert not sink.errors, f"unhandled task failures: {sink.errors!r}"


@pytest.fixture
def main_window(qtbot, demo_app: App, translations: Translations,
                error_sink: FailingSink) -> Iterator[MainWindow]:
    window = MainWindow(demo_app, translations, error_sink)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.screens) == len(SCREEN_KEYS), timeout=5000)
    candidates = window.screen("candidates")
    qtbot.waitUntil(lambda: candidates.model.rowCount() == 200, timeout=5000)
    yield window
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    window.runner.shutdown()
