"""Print the role/permission matrix as the Markdown table in docs/permissions.md.

Run ``python scripts/permissions_table.py`` after changing ``app/rules/permissions.py`` and paste
the output between the ``matrix`` markers; a test fails while the two differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.rules.permissions import ACCOUNT_ROLES, ACTION_NAMES_ZH, matrix_rows  # noqa: E402
from app.rules.staffing import ROLE_NAMES_ZH  # noqa: E402

ROLE_ZH = ROLE_NAMES_ZH


def table() -> str:
    header = ["操作 Action", *(f"{ROLE_ZH[r]}<br>`{r}`" for r in ACCOUNT_ROLES)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for action, row in matrix_rows():
        cells = ["✔" if ok else "·" for ok in row]
        lines.append(f"| {ACTION_NAMES_ZH[action]} `{action}` | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(table())
