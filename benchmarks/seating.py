"""Seat draw: 10,000 candidates into 400 rooms with the work-unit / training-class rule,
against a plain random shuffle measured in the same run.

Planner: ``app.rules.seat_plan.plan_seats`` (papers kept together per room, no same-unit or
same-class neighbours wherever the room allows it, pairs left reported).
Baseline: shuffle the candidates, fill the rooms' seats in numbering order; count the
neighbour pairs (diagonals included) that share a work unit or a class.
Service: ``app.services.seating.allocate_seats`` end to end on a demo database of the same
size (read, plan, write sessions/seats/tickets/QR re-signing, audit) for the whole theory
sitting.

The candidates are drawn like a real batch: 10 papers; work units and training classes of
very unequal size (a few large employers and schools, a long tail).

Usage: python benchmarks/seating.py [CANDIDATES] [ROOMS]   (defaults 10000 and 400)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.model import ExamSession, Subject  # noqa: E402
from app.rules.room_layout import are_neighbours  # noqa: E402
from app.rules.seat_plan import (  # noqa: E402
    PlanCandidate,
    PlanRoom,
    PlanSeat,
    conflict,
    plan_seats,
)
from app.services.seating import allocate_seats  # noqa: E402

ROWS, COLS, CAPACITY = 5, 6, 25  # 30 desks, 25 candidates: the usual spacing


def population(n: int, rng: random.Random) -> list[PlanCandidate]:
    units = [f"单位{i:04d}" for i in range(800)]
    unit_weights = [1 / (i + 1) ** 0.9 for i in range(len(units))]  # a few big employers
    classes = [f"培训班{i:03d}" for i in range(250)]
    class_weights = [1 / (i + 1) ** 0.7 for i in range(len(classes))]
    out = []
    for i in range(n):
        unit = rng.choices(units, unit_weights)[0] if rng.random() < 0.85 else ""
        klass = rng.choices(classes, class_weights)[0] if rng.random() < 0.6 else ""
        out.append(PlanCandidate(i + 1, (rng.randrange(10), rng.randrange(3, 6)), unit, klass))
    return out


def rooms(count: int) -> list[PlanRoom]:
    return [PlanRoom(r, tuple(PlanSeat(r * 1000 + i, i // COLS, i % COLS)
                              for i in range(ROWS * COLS)), CAPACITY)
            for r in range(1, count + 1)]


def random_pairs(people: list[PlanCandidate], room_list: list[PlanRoom],
                 rng: random.Random) -> int:
    order = list(people)
    rng.shuffle(order)
    pairs = 0
    pos = 0
    for room in room_list:
        seated = list(zip(room.drawable(), order[pos:pos + room.limit()], strict=False))
        pos += room.limit()
        for i, (sa, a) in enumerate(seated):
            for sb, b in seated[i + 1:]:
                if are_neighbours(sa.cell, sb.cell) and conflict(a, b):
                    pairs += 1
    return pairs


def service_run(n: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        now = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
        app = build_app(Path(tmp) / "bench.sqlite", data_dir=Path(tmp), clock=FixedClock(now))
        create_demo(app.uow(), candidates=n, seed=1, exam_date=date(2026, 12, 3))
        with app.uow().read() as s:
            code = s.scalar(select(ExamSession.code).join(Subject)
                            .where(Subject.kind == "theory").limit(1))
        start = time.perf_counter()
        result = allocate_seats(app.uow(), 1, code, mode="shuffled", seed=1)
        took = time.perf_counter() - start
        app.close()
        return took, result.seated, len(result.unseparated)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    room_count = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    rng = random.Random(1)
    people, room_list = population(n, rng), rooms(room_count)
    print(f"{n} candidates, {room_count} rooms of {ROWS}x{COLS} desks, capacity {CAPACITY}")
    for mode in ("ordinary", "shuffled"):
        start = time.perf_counter()
        plan = plan_seats(room_list, people, mode=mode, seed=1)
        took = time.perf_counter() - start
        print(f"planner {mode:9s}: {took:.2f} s, seated {len(plan.seats)}, "
              f"unseparated pairs {len(plan.unseparated)}")
    start = time.perf_counter()
    baseline = random_pairs(people, room_list, random.Random(2))
    shuffle_took = time.perf_counter() - start
    print(f"random shuffle   : {shuffle_took:.2f} s (incl. counting), "
          f"same-unit/class neighbour pairs {baseline}")
    print(f"ratio: planner leaves {len(plan.unseparated)} of the shuffle's {baseline} pairs "
          f"({len(plan.unseparated) / max(baseline, 1):.1%})")
    took, seated, pairs = service_run(n)
    print(f"service allocate_seats on a {n}-candidate demo database (theory sitting, "
          f"read+plan+write+re-sign QR+audit): {took:.2f} s, seated {seated}, "
          f"unseparated {pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
