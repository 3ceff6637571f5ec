"""The seat draw as a pure function: candidates of one sitting into rooms and seats.

Rules (issue 4, 考场编排):

* Candidates of the same paper (occupation + level) sit together: a paper fills rooms in
  order, so each room holds one block per paper, in seat-numbering order.
* Candidates of the same work unit or training class are never neighbours (8-neighbourhood,
  diagonals included) wherever the room allows it; the empty seats of a room are used as
  separators. Every pair that could not be separated is reported.
* Reserved seats (预留) are never drawn; accessible seats (无障碍) are drawn last, so they stay
  free while the room has other seats.
* A room takes at most its exam capacity, but may use any of its drawable seats (the spare
  ones separate neighbours); when the rooms run out the plan says how many could not be
  placed (the service then adds overflow rooms or refuses).
* ``ordinary``: papers in their given order, candidates in their given order (registration
  order). ``shuffled`` (打乱编排): the order inside each paper is drawn from ``seed``. Either
  way the result depends only on the inputs and the seed.

Per room the arrangement is a depth-first search over the seats in numbering order (each seat
gets the next block's candidate that has no conflict with the seats already filled, or stays
empty while spare seats remain), candidates of crowded units first. It is exact for small
rooms; past a node budget it falls back to the best greedy arrangement plus a min-conflicts
repair by swaps, and reports what is left.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.rules.room_layout import Cell, are_neighbours

MODES = ("ordinary", "shuffled")
# Search steps per room before the greedy fallback: exhaustive for small rooms, a bounded
# look for large ones (where the heuristics nearly always succeed at once).
SMALL_ROOM, SMALL_BUDGET, LARGE_BUDGET = 12, 20000, 300
REPAIR_ROUNDS, REPAIR_PATIENCE = 200, 12


@dataclass(frozen=True)
class PlanSeat:
    seat_id: int
    row: int
    col: int
    usable: bool = True
    accessible: bool = False
    reserved: bool = False

    @property
    def cell(self) -> Cell:
        return self.row, self.col


@dataclass(frozen=True)
class PlanRoom:
    room_id: int
    seats: tuple[PlanSeat, ...]  # in numbering order
    capacity: int

    def drawable(self) -> list[PlanSeat]:
        """Seats a draw may use (usable, not reserved), accessible ones last. All of them
        may be used, so the seats beyond the exam capacity serve as separators."""
        seats = [s for s in self.seats if s.usable and not s.reserved]
        return sorted(seats, key=lambda s: s.accessible)

    def limit(self) -> int:
        """How many candidates the room takes: its exam capacity, at most its seats."""
        return max(0, min(self.capacity, len(self.drawable())))


@dataclass(frozen=True)
class PlanCandidate:
    registration_id: int
    paper: tuple[int, int]  # (occupation_id, level)
    work_unit: str = ""
    training_class: str = ""


@dataclass(frozen=True)
class Unseparated:
    """Two neighbours sharing a work unit or a training class."""

    room_id: int
    first: int  # registration ids
    second: int
    reason: str  # "work_unit" or "training_class"


@dataclass
class SeatPlan:
    seats: dict[int, tuple[int, int]] = field(default_factory=dict)  # reg -> (room, seat)
    unplaced: list[int] = field(default_factory=list)
    unseparated: list[Unseparated] = field(default_factory=list)
    rooms_used: list[int] = field(default_factory=list)


def conflict(a: PlanCandidate, b: PlanCandidate) -> str | None:
    if a.work_unit and a.work_unit == b.work_unit:
        return "work_unit"
    if a.training_class and a.training_class == b.training_class:
        return "training_class"
    return None


def plan_seats(rooms: Sequence[PlanRoom], candidates: Sequence[PlanCandidate], *,
               mode: str = "ordinary", seed: int = 0) -> SeatPlan:
    """Place ``candidates`` into ``rooms`` (in the given room order)."""
    if mode not in MODES:
        raise ValueError(f"unknown seating mode {mode!r}")
    rng = random.Random(seed)
    papers: dict[tuple[int, int], list[PlanCandidate]] = defaultdict(list)
    for c in candidates:
        papers[c.paper].append(c)
    if mode == "shuffled":
        for group in papers.values():
            rng.shuffle(group)
    plan = SeatPlan()
    queue = [c for group in papers.values() for c in group]  # papers in first-seen order
    loads = _room_loads(rooms, len(queue))
    for room, mine in zip(rooms, _deal(queue, loads), strict=True):
        if not mine:
            continue
        placed, pairs = arrange_room(room, mine, rng if mode == "shuffled" else None)
        plan.seats.update(placed)
        plan.unseparated += pairs
        plan.rooms_used.append(room.room_id)
    plan.unplaced = [c.registration_id for c in queue[sum(loads):]]
    return plan


def _room_loads(rooms: Sequence[PlanRoom], total: int) -> list[int]:
    """How many candidates each room takes: rooms filled in order up to their capacity."""
    loads, left = [], total
    for room in rooms:
        n = min(left, room.limit())
        loads.append(n)
        left -= n
    return loads


def _deal(queue: list[PlanCandidate], loads: list[int]) -> list[list[PlanCandidate]]:
    """The candidates of each room. Rooms are filled in queue order, so a paper spans
    consecutive rooms; the candidates of a paper spanning several rooms are dealt out over
    them unit by unit, so a crowded work unit or class is spread instead of packed into one
    room (imports often come one training class at a time)."""
    rooms: list[list[PlanCandidate]] = [[] for _ in loads]
    quota: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)  # paper -> (room, n)
    pos = 0
    for r, load in enumerate(loads):
        counts = Counter(c.paper for c in queue[pos:pos + load])
        for paper in dict.fromkeys(c.paper for c in queue[pos:pos + load]):
            quota[paper].append((r, counts[paper]))
        pos += load
    by_paper: dict[tuple[int, int], list[PlanCandidate]] = defaultdict(list)
    for c in queue[:pos]:
        by_paper[c.paper].append(c)
    for paper, shares in quota.items():
        group = by_paper[paper]
        if len(shares) == 1:
            rooms[shares[0][0]] += group
            continue
        sizes = Counter(_unit_key(c) for c in group)
        ordered = sorted(group, key=lambda c: (-sizes[_unit_key(c)], _unit_key(c)))
        slots = sorted(((i + 0.5) / n, r) for r, n in shares for i in range(n))
        for (_pos, r), cand in zip(slots, ordered, strict=True):
            rooms[r].append(cand)
    return rooms


def _unit_key(c: PlanCandidate) -> str:
    return c.work_unit or c.training_class or ""


def arrange_room(room: PlanRoom, candidates: Sequence[PlanCandidate],
                 rng: random.Random | None = None
                 ) -> tuple[dict[int, tuple[int, int]], list[Unseparated]]:
    """Seat ``candidates`` (paper blocks in order) in ``room``; returns seats and the pairs
    that could not be separated."""
    seats = room.drawable()
    if len(candidates) > len(seats):
        raise ValueError("more candidates than drawable seats")
    order = sorted(seats, key=lambda s: _seat_rank(room, s))
    blocks = _blocks(candidates)
    found = None if _hopeless(seats, candidates) else _search(order, blocks,
                                                              len(seats) - len(candidates))
    if found is None:
        found = _repair(order, _greedy(order, blocks, len(seats) - len(candidates)), blocks,
                        rng or random.Random(0))
    placed = {c.registration_id: (room.room_id, s.seat_id) for s, c in found.items()}
    return placed, _pairs(room.room_id, found)


def _hopeless(seats: list[PlanSeat], candidates: Sequence[PlanCandidate]) -> bool:
    """True when some work unit or class has more people than the room has mutually
    non-adjacent seats (an upper bound: every 2x2 block holds at most one of them), so no
    search can separate them all."""
    blocks = {(s.row // 2, s.col // 2) for s in seats}
    crowd = Counter(c.work_unit for c in candidates if c.work_unit) + Counter(
        "\0" + c.training_class for c in candidates if c.training_class)
    return bool(crowd) and max(crowd.values()) > len(blocks)


def _seat_rank(room: PlanRoom, seat: PlanSeat) -> tuple[bool, int]:
    return seat.accessible, room.seats.index(seat)


def _blocks(candidates: Sequence[PlanCandidate]) -> list[list[PlanCandidate]]:
    """Candidates per paper in order of first appearance; inside a block, crowded units and
    classes first (they are the hard ones), ties in the given order."""
    by_paper: dict[tuple[int, int], list[PlanCandidate]] = defaultdict(list)
    for c in candidates:
        by_paper[c.paper].append(c)
    units = Counter(c.work_unit for c in candidates if c.work_unit)
    classes = Counter(c.training_class for c in candidates if c.training_class)

    def crowd(c: PlanCandidate) -> int:
        return max(units.get(c.work_unit, 0) if c.work_unit else 0,
                   classes.get(c.training_class, 0) if c.training_class else 0)

    return [sorted(group, key=lambda c: -crowd(c)) for group in by_paper.values()]


def _around(cell: Cell) -> tuple[Cell, ...]:
    r, c = cell
    return tuple((r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)


def _clashes(seat: PlanSeat, cand: PlanCandidate, filled: dict[Cell, PlanCandidate]) -> int:
    unit, klass = cand.work_unit, cand.training_class
    n = 0
    for cell in _AROUND[seat.cell]:
        other = filled.get(cell)
        if other is not None and ((unit and unit == other.work_unit)
                                  or (klass and klass == other.training_class)):
            n += 1
    return n


class _Around(dict[Cell, tuple[Cell, ...]]):
    def __missing__(self, cell: Cell) -> tuple[Cell, ...]:
        value = self[cell] = _around(cell)
        return value


_AROUND = _Around()


def _search(order: list[PlanSeat], blocks: list[list[PlanCandidate]],
            spare: int) -> dict[PlanSeat, PlanCandidate] | None:
    """Depth-first: a conflict-free arrangement, or None past the node budget / none exists."""
    filled: dict[Cell, PlanCandidate] = {}
    result: dict[PlanSeat, PlanCandidate] = {}
    remaining = [list(b) for b in blocks]
    budget = [SMALL_BUDGET if len(order) <= SMALL_ROOM else LARGE_BUDGET]

    def current() -> list[PlanCandidate] | None:
        return next((b for b in remaining if b), None)

    def step(i: int, spare_left: int) -> bool:
        block = current()
        if block is None:
            return True
        if i >= len(order) or budget[0] <= 0:
            return False
        budget[0] -= 1
        seat = order[i]
        tried: set[tuple[str, str, tuple[int, int]]] = set()
        for k, cand in enumerate(block):
            key = (cand.work_unit, cand.training_class, cand.paper)
            if key in tried or _clashes(seat, cand, filled):
                continue  # candidates alike in every rule are interchangeable
            tried.add(key)
            block.pop(k)
            filled[seat.cell], result[seat] = cand, cand
            if step(i + 1, spare_left):
                return True
            del filled[seat.cell], result[seat]
            block.insert(k, cand)
        return spare_left > 0 and step(i + 1, spare_left - 1)

    return dict(result) if step(0, spare) else None


def _greedy(order: list[PlanSeat], blocks: list[list[PlanCandidate]],
            spare: int) -> dict[PlanSeat, PlanCandidate]:
    """Each seat takes the current block's candidate with the fewest clashes; a seat is left
    empty when every candidate clashes and spare seats remain."""
    filled: dict[Cell, PlanCandidate] = {}
    result: dict[PlanSeat, PlanCandidate] = {}
    remaining = [list(b) for b in blocks]
    seats_left = len(order)
    for seat in order:
        block = next((b for b in remaining if b), None)
        if block is None:
            break
        must_fill = seats_left - 1 < sum(len(b) for b in remaining)
        scores = [_clashes(seat, c, filled) for c in block]
        best = min(range(len(block)), key=scores.__getitem__)
        seats_left -= 1
        if scores[best] and spare > 0 and not must_fill:
            spare -= 1
            continue
        cand = block.pop(best)
        filled[seat.cell], result[seat] = cand, cand
    return result


def _repair(order: list[PlanSeat], start: dict[PlanSeat, PlanCandidate],
            blocks: list[list[PlanCandidate]], rng: random.Random
            ) -> dict[PlanSeat, PlanCandidate]:
    """Min-conflicts: swap a clashing candidate with another of its paper, or move it to an
    empty seat, when that lowers the number of clashes."""
    current = dict(start)
    cells = _cells(current)
    idle = 0
    for _ in range(REPAIR_ROUNDS):
        bad = [s for s, c in current.items() if _clashes(s, c, cells)]
        if not bad or idle >= REPAIR_PATIENCE:
            break
        seat = rng.choice(bad)
        cand = current[seat]
        best: tuple[int, PlanSeat] | None = None
        for other in order:
            moved = current.get(other)
            if other is seat or (moved is not None and moved.paper != cand.paper):
                continue
            del cells[seat.cell]
            cells.pop(other.cell, None)
            before = _clashes(seat, cand, cells) + (
                _clashes(other, moved, cells) if moved else 0)
            after = _clashes(other, cand, cells) + (
                _clashes(seat, moved, cells) if moved else 0)
            cells[seat.cell] = cand
            if moved is not None:
                cells[other.cell] = moved
            if after < before and (best is None or after - before < best[0]):
                best = (after - before, other)
        if best is None:
            idle += 1
            continue
        idle = 0
        other = best[1]
        moved = current.pop(other, None)
        current[other] = cand
        del current[seat]
        if moved is not None:
            current[seat] = moved
        cells = _cells(current)
    return current


def _cells(arrangement: dict[PlanSeat, PlanCandidate],
           skip: PlanSeat | None = None) -> dict[Cell, PlanCandidate]:
    return {s.cell: c for s, c in arrangement.items() if s is not skip}


def _pairs(room_id: int, arrangement: dict[PlanSeat, PlanCandidate]) -> list[Unseparated]:
    items = sorted(arrangement.items(), key=lambda kv: kv[0].cell)
    out = []
    for i, (sa, ca) in enumerate(items):
        for sb, cb in items[i + 1:]:
            if sb.row > sa.row + 1:
                break
            why = conflict(ca, cb)
            if why and are_neighbours(sa.cell, sb.cell):
                out.append(Unseparated(room_id, ca.registration_id, cb.registration_id, why))
    return out
