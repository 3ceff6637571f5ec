"""The results screen over real marks: counts, the pass/fail filter, the score documents
written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.scoring import results
from tests.score_data import fill_demo_marks
from ui.screens.results.view import ResultsScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app, translations, error_sink):
    fill_demo_marks(demo_app)
    runner = TaskRunner(error_sink)
    widget = ResultsScreen(demo_app, runner, 1)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=10000)
    yield widget
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def test_the_screen_shows_the_services_results_and_filters_by_outcome(qtbot, screen,
                                                                      demo_app):
    expected = results(demo_app.uow(), 1)
    assert screen.candidates.rowCount() == len(expected.candidates) == 200
    assert screen.groups.rowCount() == len(expected.groups)
    assert f"通过 {expected.passed} 人" in screen.summary.text()
    screen.filter_combo.setCurrentIndex(2)  # failed
    assert screen.proxy.rowCount() == expected.failed
    failed = [screen.proxy.index(r, 7).data() for r in range(screen.proxy.rowCount())]
    assert set(failed) <= {"不通过"}
    screen.filter_combo.setCurrentIndex(0)
    assert screen.proxy.rowCount() == 200


def test_the_roster_is_written_with_the_candidates_names(qtbot, screen, demo_app,
                                                         tmp_path: Path):
    out = tmp_path / "roster.pdf"
    screen.write("roster", out)
    qtbot.waitUntil(lambda: screen.written == out, timeout=30000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    first = screen.result.candidates[0]
    assert first.candidate_name in text and first.ticket_no in text
    assert "open" in screen.status.text()
