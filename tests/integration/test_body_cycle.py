"""The body's end-to-end cycle (issue 8 acceptance): plan → announcement → 500 applications →
eligibility review with refusals → seating → site package → the site day → results package →
results publicity → certificate export, every document read back (``tests.body_cycle``).

``cycle_body`` is the body's database: an empty SQLite file, then an empty PostgreSQL database
(``body_empty_app``, skipped without a server); the site stays a laptop's SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import App
from tests.body_cycle import run_cycle
from tests.conftest import NOW
from tests.transfer_world import open_copy


@pytest.fixture
def cycle_body(body_empty_app: App) -> App:
    """An empty SQLite file, then an empty PostgreSQL database (``body_empty_app``)."""
    return body_empty_app


@pytest.fixture
def cycle_site(empty_template: Path, tmp_path: Path) -> Iterator[App]:
    app = open_copy(empty_template, tmp_path / "databases", "site", NOW)
    yield app
    app.close()


def test_a_batch_goes_from_plan_to_certificates(cycle_body: App, cycle_site: App,
                                                tmp_path: Path) -> None:
    summary = run_cycle(cycle_body, cycle_site, tmp_path / "documents")
    assert (summary.applications, summary.refused + summary.admitted) == (500, 500)
    assert summary.refused > 0 and summary.certificates == summary.passed > 0
