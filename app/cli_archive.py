"""``examsite-cli archive show|export|verify|purge``: retention dates, the encrypted batch
archive and purging a batch after its retention date.

The passphrase is never an argument (it would sit in the shell history and the process list):
``--passphrase-env VAR`` names an environment variable holding it, otherwise it is prompted
for (twice when exporting). ``verify`` exits 1 when a member or the audit chain does not check
out; every refusal (too early, wrong confirmation, no export) exits 1 with its message.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import CHINA_TZ
from app.errors import ValidationError
from app.messages import render

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK, EXIT_PROBLEM = 0, 1


def _passphrase(args: argparse.Namespace, *, twice: bool) -> str:
    if args.passphrase_env:
        name = args.passphrase_env
        value = os.environ.get(name)
        if not value:  # never echo something that may be the passphrase itself
            shown = name if name.isidentifier() and len(name) <= 64 else "?"
            raise ValidationError("archive.passphrase_env_empty", var=shown)
        return value
    first = getpass.getpass("Passphrase / 口令: ")
    if twice and getpass.getpass("Again / 再输一次: ") != first:
        raise ValidationError("archive.passphrases_differ")
    return first


def _local(at: datetime | None) -> str:
    return at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if at else "-"


def cmd_show(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.archive import retention_of

    r = retention_of(ctx.app.uow(), ctx.batch_id())
    if ctx.args.json:
        emit({"batch_id": r.batch_id, "plan_name": r.plan_name, "batch_code": r.batch_code,
              "exam_end": r.exam_end, **asdict(r.dates), "today": r.today,
              "purge_allowed": r.purge_allowed, "last_export_at": r.last_export_at,
              "purged_at": r.purged_at})
        return EXIT_OK
    d = r.dates
    print(f"{r.plan_name}  ({r.batch_code})")
    print(f"start={d.start} paper_keep_until={d.paper_keep_until} "
          f"electronic_keep_until={d.electronic_keep_until} purge_from={d.purge_from}")
    print(f"purge_allowed={'yes' if r.purge_allowed else 'no'} "
          f"last_export={_local(r.last_export_at)} "
          f"purged={_local(r.purged_at)}")
    return EXIT_OK


def cmd_export(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.archive import export_archive

    a = ctx.args
    passphrase = _passphrase(a, twice=True)
    result = export_archive(ctx.app.uow(), ctx.batch_id(), Path(a.out), passphrase)
    if a.json:
        emit({"ok": True, "file": str(result.path), "size": result.size,
              "sha256": result.sha256, "members": result.members, "rows": result.row_counts,
              "skipped": result.skipped, "chain_head": result.chain_head})
    else:
        print(f"{result.path}: {result.members} members, {result.size} bytes, "
              f"sha256 {result.sha256} (verified)")
    return EXIT_OK


def cmd_verify(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.archive import read_archive

    a = ctx.args
    report = read_archive(Path(a.file), _passphrase(a, twice=False))
    bad = [m.name for m in report.members if not m.ok]
    audit = render(report.audit.code, report.audit.params, ctx.tr)
    if a.json:
        emit({"ok": report.ok, "batch_id": report.batch_id, "plan_name": report.plan_name,
              "created_at": report.created_at, "created_by": report.created_by,
              "chain_head": report.chain_head, "members": [asdict(m) for m in report.members],
              "bad_members": bad, "skipped": report.skipped, "rows": report.row_counts,
              "audit": {"intact": report.audit.intact, "code": report.audit.code,
                        "message": audit}})
    else:
        print(f"{report.plan_name}  {report.created_at}  {len(report.members)} members")
        for name in bad:
            print(f"BAD {name}")
        print(audit)
        print("OK" if report.ok else "DAMAGED")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def cmd_purge(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.archive import purge_batch

    a = ctx.args
    confirm = a.confirm if a.confirm is not None else input("Batch code / 批次代码: ")
    result = purge_batch(ctx.app.uow(), ctx.batch_id(), confirm)
    if a.json:
        emit({"ok": True, "batch_id": result.batch_id, "deleted": result.deleted,
              "chain_intact": result.chain_intact})
    else:
        print(" ".join(f"{k}={v}" for k, v in result.deleted.items()))
        print(f"chain_intact={'yes' if result.chain_intact else 'no'}")
    return EXIT_OK if result.chain_intact else EXIT_PROBLEM


def add_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    arch = sub.add_parser("archive", help="retention, encrypted batch archive, purge") \
        .add_subparsers(dest="action", required=True)
    show = add("show", cmd_show, arch, help="the batch's retention dates")
    show.add_argument("--batch", type=int)
    # No abbreviations: "--passphrase SECRET" must not be taken for "--passphrase-env".
    export = add("export", cmd_export, arch, allow_abbrev=False,
                 help="write the batch's encrypted archive")
    export.add_argument("--batch", type=int)
    export.add_argument("--out", required=True, help="the archive file to write (.age)")
    verify = add("verify", cmd_verify, arch, db=False, allow_abbrev=False,
                 help="decrypt an archive and check every member and the audit chain")
    verify.add_argument("file")
    purge = add("purge", cmd_purge, arch,
                help="delete the batch's records after its retention date (site manager)")
    purge.add_argument("--batch", type=int)
    purge.add_argument("--confirm", metavar="BATCH_CODE",
                       help="the batch code (asked for when not given)")
    for sp in (export, verify):
        sp.add_argument("--passphrase-env", metavar="VAR",
                        help="environment variable holding the passphrase (else prompted)")
