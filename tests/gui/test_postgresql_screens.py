"""The body console over a PostgreSQL database: every screen of the navigation loads its data
through the task runner's worker thread without a failure (skipped without a server)."""

from __future__ import annotations

import pytest

from app.bootstrap import App
from ui.main_window import SCREEN_KEYS, MainWindow

pytestmark = pytest.mark.postgresql


def test_every_screen_loads_on_a_postgresql_database(qtbot, pg_demo_app: App, translations,
                                                      error_sink):
    window = MainWindow(pg_demo_app, translations, error_sink)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.screens) == len(SCREEN_KEYS), timeout=10000)
    candidates = window.screen("candidates")
    qtbot.waitUntil(lambda: candidates.model.rowCount() == 200, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    assert error_sink.errors == []
    window.runner.shutdown()
