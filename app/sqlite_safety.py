"""Which journal mode is safe with the SQLite library this process runs on.

SQLite 3.7.0 to 3.51.2 have the "WAL-reset bug" (https://sqlite.org/wal.html#walresetbug): a
data race between two checkpoints and a commit that resets the WAL, on two or more connections
to one file, can leave a wrong WAL-index header so that a later checkpoint skips part of a
transaction, corrupting the database. It is fixed in 3.51.3 (and every later release: the
withdrawn 3.52.0, 3.53.x) and in the point releases 3.50.7 and 3.44.6. The bug needs WAL mode,
so on an affected library the app runs in "safe mode": the rollback journal
(``journal_mode=DELETE``) with ``synchronous=FULL``, which is just as durable, only slower and
without concurrent readers during a write. ``EXAMSITE_FORCE_WAL=1`` keeps WAL anyway (for
development on an affected library). See docs/crash-safety.md.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

Version = tuple[int, int, int]

FIXED_IN: dict[tuple[int, int], Version] = {
    (3, 44): (3, 44, 6),
    (3, 50): (3, 50, 7),
    (3, 51): (3, 51, 3),
}
"""The first fixed release of each release line that received the fix."""

FIRST_FIXED_LINE: Version = (3, 51, 3)
"""Every release from here on has the fix (3.52.0 and later lines)."""

FORCE_WAL_ENV = "EXAMSITE_FORCE_WAL"

WAL = "wal"
SAFE = "delete"


def parse_version(text: str) -> Version:
    """``"3.40.1"`` → ``(3, 40, 1)``; a missing patch number counts as 0.

    Raises:
        ValueError: not a dotted SQLite version.
    """
    parts = text.strip().split(".")
    if not 2 <= len(parts) <= 4 or not all(p.isdigit() for p in parts):  # noqa: PLR2004
        raise ValueError(f"not an SQLite version: {text!r}")
    numbers = [int(p) for p in parts[:3]] + [0] * (3 - len(parts[:3]))
    return numbers[0], numbers[1], numbers[2]


def wal_reset_bug_affected(version: Version | str | None = None) -> bool:
    """Whether this SQLite library (default: the one loaded) has the WAL-reset bug.

    Affected: anything older than the fix of its own release line — 3.44.x before 3.44.6,
    3.50.x before 3.50.7, 3.51.x before 3.51.3, and every other line before 3.51.3 (including
    everything before 3.44.0). Versions without WAL at all (before 3.7.0) count as affected
    too: safe mode is the only mode they have.
    """
    if version is None:
        version = sqlite3.sqlite_version
    v = parse_version(version) if isinstance(version, str) else version
    if v >= FIRST_FIXED_LINE:
        return False
    fixed = FIXED_IN.get((v[0], v[1]))
    return fixed is None or v < fixed


def force_wal() -> bool:
    """``EXAMSITE_FORCE_WAL=1`` (or true/yes/on): use WAL even on an affected library."""
    return os.environ.get(FORCE_WAL_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class JournalChoice:
    """The journal mode chosen for this process, and why."""

    mode: str  # "wal" or "delete", as PRAGMA journal_mode reports it
    sqlite_version: str
    affected: bool
    forced: bool

    @property
    def safe_mode(self) -> bool:
        return self.mode == SAFE

    def describe(self) -> str:
        """One line for the log (no personal data)."""
        if self.safe_mode:
            return (f"SQLite {self.sqlite_version} has the WAL-reset bug (fixed in 3.51.3, "
                    "3.50.7, 3.44.6): safe mode, rollback journal (journal_mode=DELETE, "
                    "synchronous=FULL)")
        if self.affected:
            return (f"SQLite {self.sqlite_version} has the WAL-reset bug but "
                    f"{FORCE_WAL_ENV}=1: WAL mode anyway (development only)")
        return f"SQLite {self.sqlite_version}: WAL mode (synchronous=FULL)"


def choose_journal(version: str | None = None, *, forced: bool | None = None) -> JournalChoice:
    """WAL on a fixed library or when forced, otherwise the safe mode."""
    version = version or sqlite3.sqlite_version
    forced = force_wal() if forced is None else forced
    affected = wal_reset_bug_affected(version)
    mode = WAL if (forced or not affected) else SAFE
    return JournalChoice(mode, version, affected, forced)
