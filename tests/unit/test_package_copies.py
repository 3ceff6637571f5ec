"""Private package copies left by a killed process are swept at start-up; fresh ones stay."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from app.crypto.package import COPY_PREFIX, remove_stale_copies


def test_old_copies_go_and_recent_ones_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, new, other = (tmp_path / f"{COPY_PREFIX}old", tmp_path / f"{COPY_PREFIX}new",
                       tmp_path / "someone-else")
    for folder in (old, new, other):
        folder.mkdir()
        (folder / "package.age").write_bytes(b"age-encryption.org/v1\n")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    assert remove_stale_copies() == 1
    assert not old.exists() and new.exists() and other.exists()
