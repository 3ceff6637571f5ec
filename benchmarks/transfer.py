"""Site package: export and import of a 10,000-candidate batch with 15 KB photos, against the
raw limit measured in the same run.

Export: ``app.services.transfer.export_package`` (read every row of the batch, CBOR, sign,
age-encrypt to the site's key, write, read back and verify, log and audit).
Import: ``import_package`` into an empty site database (copy, decrypt and verify everything,
then decrypt again while comparing and applying every row in one transaction).
Raw limit: age encryption of the same plaintext bytes (pyrage, one call) plus plain ``sqlite3``
``executemany`` of the same rows into an empty database of the same schema (one transaction,
no checks). The ratios say what the checks and the streaming cost over that floor.

Usage: python benchmarks/transfer.py [CANDIDATES]   (default 10000)
"""

from __future__ import annotations

import hashlib
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyrage  # noqa: E402
from pyrage import x25519  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.services import keys  # noqa: E402
from app.services.transfer import export_package, import_package  # noqa: E402
from app.transfer import records  # noqa: E402
from app.transfer.tables import SITE_TABLES  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
PHOTO_BYTES = 15 * 1024


def photo(i: int) -> bytes:
    """15 KB that do not compress (like a JPEG)."""
    seed = hashlib.sha256(str(i).encode()).digest()
    out = bytearray()
    while len(out) < PHOTO_BYTES:
        seed = hashlib.sha256(seed).digest()
        out += seed
    return bytes(b"\xff\xd8\xff\xe0" + out[: PHOTO_BYTES - 4])


def build(folder: Path, candidates: int) -> tuple[Path, Path]:
    body_db, empty_db = folder / "body.sqlite", folder / "empty.sqlite"
    app = build_app(empty_db, data_dir=folder, clock=FixedClock(NOW))
    app.close()
    shutil.copy(empty_db, body_db)
    app = build_app(body_db, data_dir=folder, clock=FixedClock(NOW))
    create_demo(app.uow(), candidates=candidates, seed=1, exam_date=date(2026, 12, 3))
    app.close()
    with closing(sqlite3.connect(body_db)) as conn, conn:
        ids = [r[0] for r in conn.execute("select candidate_id from candidate_photo")]
        conn.executemany(
            "update candidate_photo set data = ?, sha256 = ? where candidate_id = ?",
            [(p, hashlib.sha256(p).hexdigest(), i) for i in ids for p in (photo(i),)])
    return body_db, empty_db


def raw_limit(body_db: Path, empty_db: Path, folder: Path, recipient: str) -> float:
    """age-encrypt the same rows' bytes + executemany them into an empty database."""
    body = build_app(body_db, data_dir=folder, clock=FixedClock(NOW))
    dumped: list[tuple[str, records.TableRows]] = []
    with body.db.read() as s:
        conn = s.connection()
        for spec in SITE_TABLES:
            dumped += [(spec.table, rows) for rows in records.dump(conn, spec, 1)]
    body.close()
    plaintext = b"".join(rows.encode() for _t, rows in dumped)
    target = folder / "raw.sqlite"
    shutil.copy(empty_db, target)
    began = time.perf_counter()
    pyrage.encrypt(plaintext, [x25519.Recipient.from_str(recipient)])
    with closing(sqlite3.connect(target)) as conn, conn:
        for table, rows in dumped:
            cols = [c for c in rows.columns if c != "@link"]
            data = [r[: len(cols)] for r in rows.rows]
            if table == "key_material":
                continue  # its ids clash with the target's own keys; a handful of rows
            marks = ", ".join("?" for _ in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            conn.executemany(f'insert into "{table}" ({names}) values ({marks})', data)
    return time.perf_counter() - began


def main() -> None:
    if sys.argv[1:2] == ["--build"]:  # the child that builds the demo (its memory is not ours)
        build(Path(sys.argv[2]), int(sys.argv[3]))
        return
    candidates = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory(prefix="examsite-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build", str(folder), str(candidates)],
                       check=True)
        body_db, empty_db = folder / "body.sqlite", folder / "empty.sqlite"
        print(f"demo database: {candidates} candidates, {PHOTO_BYTES // 1024} KB photos "
              f"({time.perf_counter() - t0:.1f} s to build)")
        site_db = folder / "site.sqlite"
        shutil.copy(empty_db, site_db)
        body = build_app(body_db, data_dir=folder, clock=FixedClock(NOW))
        site = build_app(site_db, data_dir=folder, clock=FixedClock(NOW))
        keys.own_identity(body.uow(), kind="body")
        me = keys.own_identity(site.uow(), kind="site")
        for a, b in ((body, site), (site, body)):
            request = keys.export_request(b.uow())
            keys.enrol_request(a.uow(), request, keys.read_public(request).fingerprint)

        out = folder / "site.espkg"
        began = time.perf_counter()
        sent = export_package(body.uow(), "site", 1, [me.key_id], out)
        export_s = time.perf_counter() - began
        began = time.perf_counter()
        done = import_package(site.uow(), out)
        import_s = time.perf_counter() - began
        body.close()
        site.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        limit = raw_limit(body_db, empty_db, folder, me.public().age_recipient)

        size_mb = sent.size / 1e6
        print(f"package: {sent.records} records, {size_mb:.1f} MB")
        print(f"export:  {export_s:6.2f} s  ({size_mb / export_s:5.1f} MB/s)")
        print(f"import:  {import_s:6.2f} s  ({done.added} rows added)")
        print(f"raw limit (age-encrypt same bytes + sqlite3 executemany same rows): "
              f"{limit:6.2f} s")
        print(f"ratio export/raw: {export_s / limit:4.1f}x   import/raw: {import_s / limit:4.1f}x")
        print(f"peak memory through export and import: {peak:.0f} MB "
              f"(the package is {size_mb:.0f} MB; members stream, one at a time)")


if __name__ == "__main__":
    main()
