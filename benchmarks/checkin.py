"""Check-in latency on a 100,000-candidate database, against the raw limit in the same run.

Service: ``check_in`` = parse the QR + verify the Ed25519 signature + look up the ticket,
candidate and seats + durable write (WAL, synchronous=FULL) + audit event.
Raw limit: the same work by hand — the same SQL statements through plain sqlite3, the same
QR parse and one signature verification, the same audit hash — on a copy of the same database
with the same pragmas.

Usage: python benchmarks/checkin.py [CANDIDATES] [SCANS]   (defaults 100000 and 2000)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.crypto.base45 import b45decode  # noqa: E402
from app.crypto.ticket_codec import PREFIX, ticket_digest  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.model import AdmissionTicket  # noqa: E402
from app.services.checkin import Desk, check_in  # noqa: E402

OPEN = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


RAW_SLOTS = """
    select es.id, es.code, sub.kind, r.code, r.name, st.label, es.starts_at, es.ends_at,
           es.late_entry_minutes
    from seat_assignment sa join exam_session es on es.id = sa.exam_session_id
    join subject sub on sub.id = es.subject_id join room r on r.id = es.room_id
    join seat st on st.id = sa.seat_id where sa.registration_id = ? order by es.starts_at"""
RAW_CARD = """
    select reg.id, c.name, c.gender, c.id_type, c.id_number, o.name, reg.level, p.data, c.id
    from registration reg join candidate c on c.id = reg.candidate_id
    join occupation o on o.id = reg.occupation_id
    left join candidate_photo p on p.candidate_id = c.id where reg.id = ?"""
RAW_STANDING = """
    select at, desk, clerk from checkin_event e where verdict = 'admitted'
    and registration_id = ? and exam_session_id = ? and not exists
    (select 1 from checkin_event x where x.reverses_id = e.id) order by at limit 1"""


def raw_run(path: Path, qrs: list[str]) -> list[float]:
    """The same statements as ``check_in``, written by hand on plain sqlite3."""
    import cbor2

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    times = []
    for qr in qrs:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("select id, plan_name, late_entry_minutes, checkin_opens_minutes "
                     "from batch where id = 1").fetchone()
        keys = {bytes.fromhex(k): Ed25519PublicKey.from_public_bytes(v) for k, v in conn.execute(
            "select key_id, public_key from key_material where purpose = 'ticket_sign'")}
        protected, _u, payload, signature = cbor2.loads(b45decode(qr[len(PREFIX):])).value
        kid = cbor2.loads(protected)[4]
        keys[kid].verify(signature, cbor2.dumps(["Signature1", protected, b"", payload]))
        ticket_no = cbor2.loads(payload)[1]
        conn.execute("select id from ticket_revocation where digest = ?",
                     (ticket_digest(qr),)).fetchone()
        reg_id = conn.execute("select registration_id, revoked_at, issue_no from "
                              "admission_ticket where batch_id = 1 and ticket_no = ?",
                              (ticket_no,)).fetchone()[0]
        card = conn.execute(RAW_CARD, (reg_id,)).fetchone()
        slot = conn.execute(RAW_SLOTS, (reg_id,)).fetchall()[0]
        conn.execute(RAW_STANDING, (reg_id, slot[0])).fetchone()
        uid = str(uuid.uuid4())
        now = "2026-12-03 00:30:00.000000"
        conn.execute("insert into checkin_event (uid, batch_id, exam_session_id, "
                     "registration_id, ticket_no, verdict, desk, clerk, at, note) "
                     "values (?,?,?,?,?,?,?,?,?,?)",
                     (uid, 1, slot[0], reg_id, ticket_no, "admitted", "raw", "raw", now, ""))
        last_id, prev = conn.execute(
            "select id, hash from audit_event order by id desc limit 1").fetchone()
        summary = json.dumps({"ticket_no": ticket_no, "desk": "raw", "detail": "",
                              "session": slot[1]}, ensure_ascii=False)
        digest = hashlib.sha256(f"{last_id + 1}{now}{uid}{summary}{prev}".encode()).hexdigest()
        conn.execute("insert into audit_event (id, at, actor, action, object_type, object_id, "
                     "candidate_id, summary, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?)",
                     (last_id + 1, now, "raw", "checkin.admitted", "checkin", uid, card[8],
                      summary, prev, digest))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    scans = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "site.sqlite"
        app = build_app(db, data_dir=Path(tmp), clock=FixedClock(OPEN))
        t0 = time.perf_counter()
        create_demo(app.uow(), candidates=n, seed=1, exam_date=OPEN.date())
        print(f"demo with {n} candidates and signed tickets: {time.perf_counter() - t0:.1f} s")
        with app.uow().read() as s:
            qrs = [p.decode() for p in s.scalars(
                select(AdmissionTicket.payload).order_by(AdmissionTicket.id).limit(scans * 2))]
        shutil.copy(db, Path(tmp) / "raw.sqlite")
        service = []
        for qr in qrs[:scans]:
            start = time.perf_counter()
            result = check_in(app.uow(), 1, qr, Desk("bench"))
            service.append(time.perf_counter() - start)
            assert result.verdict.value == "admitted", result
        app.close()
        raw = raw_run(Path(tmp) / "raw.sqlite", qrs[scans:])
    for label, values in (("check_in service", service), ("raw sqlite3 + verify", raw)):
        print(f"{label:22} p50 {percentile(values, 50) * 1000:6.2f} ms   "
              f"p99 {percentile(values, 99) * 1000:6.2f} ms   "
              f"mean {statistics.mean(values) * 1000:6.2f} ms")
    print(f"ratio p50 {percentile(service, 50) / percentile(raw, 50):.2f}   "
          f"ratio p99 {percentile(service, 99) / percentile(raw, 99):.2f}   "
          f"(target: service p99 < 20 ms, ratio < 2)")


if __name__ == "__main__":
    main()
