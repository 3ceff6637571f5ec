"""A room's layout: the grid, its aisles, the numbering order of seats and who is a neighbour.

``Room.layout`` (JSON) holds what the ``rows x cols`` grid cannot::

    {"numbering": "row_major", "aisles_after_cols": [2, 4], "aisles_after_rows": []}

Rows and columns count from 0; row 0 is the front (the proctor's desk / the door side).
``aisles_after_cols: [2]`` draws an aisle between column 2 and column 3. Aisles are drawn and
printed, but seats across an aisle still count as neighbours: a metre of floor does not stop
a candidate from reading the next desk, so the separation rule stays strict.

Numbering orders (how labels 01, 02, ... run through the usable seats):

* ``row_major`` — front row left to right, then the next row (the default);
* ``column_major`` — first column front to back, then the next column;
* ``snake_rows`` — like ``row_major`` but every other row runs right to left;
* ``snake_cols`` — like ``column_major`` but every other column runs back to front.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

NUMBERING_ORDERS = ("row_major", "column_major", "snake_rows", "snake_cols")
MAX_ROWS = MAX_COLS = 40

Cell = tuple[int, int]  # (row, col)


@dataclass(frozen=True)
class RoomLayout:
    rows: int
    cols: int
    numbering: str = "row_major"
    aisles_after_cols: tuple[int, ...] = ()
    aisles_after_rows: tuple[int, ...] = ()

    @classmethod
    def of(cls, rows: int, cols: int, layout: Mapping[str, Any] | None) -> RoomLayout:
        """From a room's grid and its ``layout`` JSON; unknown keys are ignored and bad
        values fall back to the defaults (old files must still open)."""
        data = layout or {}
        numbering = str(data.get("numbering", "row_major"))
        if numbering not in NUMBERING_ORDERS:
            numbering = "row_major"

        def cuts(key: str, limit: int) -> tuple[int, ...]:
            raw = data.get(key) or []
            return tuple(sorted({int(v) for v in raw
                                 if isinstance(v, int) and 0 <= v < limit - 1}))

        return cls(rows, cols, numbering, cuts("aisles_after_cols", cols),
                   cuts("aisles_after_rows", rows))

    def to_json(self) -> dict[str, Any]:
        return {"numbering": self.numbering, "aisles_after_cols": list(self.aisles_after_cols),
                "aisles_after_rows": list(self.aisles_after_rows)}

    def cells(self) -> Iterator[Cell]:
        """Every cell of the grid in numbering order."""
        r_n, c_n = self.rows, self.cols
        if self.numbering in ("row_major", "snake_rows"):
            for r in range(r_n):
                cols = range(c_n)
                if self.numbering == "snake_rows" and r % 2:
                    cols = range(c_n - 1, -1, -1)
                for c in cols:
                    yield r, c
        else:
            for c in range(c_n):
                rows = range(r_n)
                if self.numbering == "snake_cols" and c % 2:
                    rows = range(r_n - 1, -1, -1)
                for r in rows:
                    yield r, c

    def labels(self, usable: set[Cell] | None = None, *, prefix: str = "",
               width: int = 2) -> dict[Cell, str]:
        """Seat labels ``01, 02, ...`` (or ``G01`` with a prefix) over the usable cells in
        numbering order; unusable cells get no label."""
        out: dict[Cell, str] = {}
        n = 0
        for cell in self.cells():
            if usable is None or cell in usable:
                n += 1
                out[cell] = f"{prefix}{n:0{width}d}"
        return out


def neighbours(cell: Cell, rows: int, cols: int) -> Iterator[Cell]:
    """The up to 8 cells around ``cell`` (diagonals included) inside the grid."""
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                yield r + dr, c + dc


def are_neighbours(a: Cell, b: Cell) -> bool:
    return a != b and abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1
