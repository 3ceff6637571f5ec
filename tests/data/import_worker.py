"""Import one package into a database and say so: the child that the import kill test kills.

Usage: python tests/data/import_worker.py DB PACKAGE
Prints ``opened`` once the database is open and ``imported N`` after the transaction commits.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.bootstrap import build_app  # noqa: E402
from app.services.transfer import import_package  # noqa: E402


def main() -> int:
    app = build_app(Path(sys.argv[1]), data_dir=Path(sys.argv[1]).parent / "worker-data")
    print("opened", flush=True)
    done = import_package(app.uow(), Path(sys.argv[2]))
    print("imported", done.added, flush=True)
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
