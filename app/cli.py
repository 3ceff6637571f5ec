"""``examsite-cli``: the headless front end over the same services as the GUI.

Exit codes: 0 success, 1 a reported data problem (bad file, bad ID, refused action),
2 a usage error. ``--json`` prints machine-readable output (UTF-8, one document).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.bootstrap import DATABASE_URL_ENV, App, open_site, setup_logging
from app.cli_archive import add_commands as add_archive_commands
from app.cli_audit import add_audit_commands
from app.cli_checkin import add_commands
from app.cli_reports import add_commands as add_report_commands
from app.cli_rooms import add_commands as add_room_commands
from app.cli_scores import add_scores_commands
from app.cli_scoring import add_commands as add_scoring_commands
from app.cli_seating import add_seating_commands
from app.cli_staff import add_commands as add_staff_commands
from app.cli_transfer import add_commands as add_transfer_commands
from app.cli_users import add_commands as add_user_commands
from app.crypto.package import remove_stale_copies
from app.db_server import is_server_url
from app.errors import DomainError, UserCancelled
from app.i18n import language_from_env, translator
from app.messages import Translate, render, render_problem
from app.paths import data_paths
from app.uow import Actor

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
CLI_ACTOR = Actor("cli", "command line", frozenset({"system", "site_manager"}))
"""Without --user (a plain development database): the system actor of docs/permissions.md."""


def _password() -> str:
    import getpass

    return os.environ.get("EXAMSITE_PASSWORD") or getpass.getpass("Password: ")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return str(value)


def emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n")


class Ctx:
    """Parsed arguments plus the translator; opens the database on demand."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tr: Translate = translator(args.lang)
        self._app: App | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            data_dir = Path(self.args.data_dir) if self.args.data_dir else None
            # An encrypted database (or --user) needs a login: EXAMSITE_PASSWORD or a prompt;
            # the command then acts as that user. A new demo file is encrypted unless --plain
            # or EXAMSITE_PLAIN_DB=1 (docs/encryption-at-rest.md).
            user = getattr(self.args, "user", None)
            self._app = open_site(
                database_arg(self.args.db), data_dir=data_dir, username=user, password=_password,
                plain=getattr(self.args, "plain", False),
                create_encrypted_if_new=self.args.command == "demo")
            if not user:
                self._app.actor = CLI_ACTOR
        return self._app

    def batch_id(self) -> int:
        from app.services.queries import list_batches

        if getattr(self.args, "batch", None):
            return int(self.args.batch)
        batches = list_batches(self.app.uow())
        if not batches:
            raise DomainError("batch.none")
        return batches[0].id

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def cmd_demo(ctx: Ctx) -> int:
    from app.demo.builder import create_demo

    a = ctx.args
    exam = date.fromisoformat(a.exam_date) if a.exam_date else None
    first = None
    if a.starts_in is not None:
        first = (ctx.app.clock.now() + timedelta(minutes=a.starts_in)).replace(
            second=0, microsecond=0)
    summary = create_demo(ctx.app.uow(), candidates=a.candidates, seed=a.seed, exam_date=exam,
                          profile=a.profile, first_session_at=first)
    if a.json:
        emit(summary)
    else:
        print(f"{summary.plan_name}: {summary.candidates} candidates, {summary.rooms} rooms, "
              f"{summary.sessions} sessions, {summary.staff} staff -> {a.db}")
    return EXIT_OK


def cmd_import(ctx: Ctx) -> int:
    from app.io.candidate_template import write_problem_report
    from app.services.registration import import_candidates

    a = ctx.args
    report = import_candidates(
        ctx.app.uow(), ctx.batch_id(), Path(a.file),
        photos_dir=Path(a.photos) if a.photos else None, skip_invalid=a.skip_invalid)
    lines = [render_problem(p.row, p.column, p.code, p.params, ctx.tr) for p in report.problems]
    report_error = None
    if a.report:
        # The import is done by now: a report that cannot be written must not hide its result.
        try:
            Path(a.report).parent.mkdir(parents=True, exist_ok=True)
            write_problem_report(Path(a.report), [(p.row, p.column, p.code, dict(p.params))
                                                  for p in report.problems], ctx.tr)
        except OSError as exc:
            report_error = f"{a.report}: {exc.strerror or exc}"
            print(f"report not written: {report_error}", file=sys.stderr)
    if a.json:
        emit({"file": report.file_name, "rows": report.total_rows, "imported": report.imported,
               "skipped": report.skipped, "applied": report.applied,
               "problems": [{"row": p.row, "column": p.column, "code": p.code,
                             "params": dict(p.params), "message": m}
                            for p, m in zip(report.problems, lines, strict=True)],
               "report_error": report_error})
    else:
        for line in lines:
            print(line)
        print(f"rows={report.total_rows} imported={report.imported} skipped={report.skipped}")
    return EXIT_PROBLEM if report.problems or report_error else EXIT_OK


def cmd_list(ctx: Ctx) -> int:
    from app.services.queries import candidate_rows

    rows = candidate_rows(ctx.app.uow(), ctx.batch_id())
    needle = (ctx.args.search or "").strip().upper()
    if needle:
        rows = [r for r in rows if needle in r.name.upper() or needle in r.id_number
                or needle in r.ticket_no]
    if ctx.args.json:
        emit(rows)
    else:
        for r in rows:
            print(f"{r.ticket_no or '-':15} {r.name:6} {r.id_number:18} {r.occupation} L{r.level}")
        print(f"{len(rows)} candidates")
    return EXIT_OK


def cmd_template(ctx: Ctx) -> int:
    from app.io.candidate_template import write_template

    write_template(Path(ctx.args.out))
    print(ctx.args.out)
    return EXIT_OK


def cmd_idcheck(ctx: Ctx) -> int:
    from app.rules.id_documents import IdType, check_id

    kind = IdType(ctx.args.type) if ctx.args.type else None
    result = check_id(ctx.args.number, kind)
    message = ("OK" if result.ok else render(result.reason or "", result.params, ctx.tr))
    warnings = [render(w, {}, ctx.tr) for w in result.warnings]
    if ctx.args.json:
        emit({"ok": result.ok, "id_type": result.id_type, "normalized": result.normalized,
               "reason": result.reason, "params": dict(result.params), "message": message,
               "birth_date": result.birth_date, "gender": result.gender,
               "region_code": result.region_code, "warnings": list(result.warnings),
               "warning_messages": warnings})
    else:
        verdict = "有效" if result.ok else "无效"
        if (ctx.args.lang or language_from_env()).startswith("en"):  # same choice as ctx.tr
            verdict = "valid" if result.ok else "invalid"
        print(f"{verdict}: {result.normalized} {'' if result.ok else message}".rstrip())
        for w in warnings:
            print(f"  ! {w}")
    return EXIT_OK if result.ok else EXIT_PROBLEM


def cmd_timeline(ctx: Ctx) -> int:
    from app.services.batches import batch_overview

    overview = batch_overview(ctx.app.uow(), ctx.batch_id(), ctx.app.calendar)
    if ctx.args.json:
        emit({"plan_name": overview.batch.plan_name, "deadlines": overview.deadlines})
    else:
        print(overview.batch.plan_name)
        for d in overview.deadlines:
            print(f"{d.step:24} {d.due or '?'}  {d.status}")
    return EXIT_OK


def database_arg(value: str) -> Path | str:
    """``--db``: a file's path, or a server database's URL as it is."""
    return value if is_server_url(value) else Path(value)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="examsite-cli", description="ExamSite 考点考务 (headless)")
    p.add_argument("--lang", default=None, help="zh_CN (default) or en")
    p.add_argument("--data-dir", default=None, help="data folder (calendar override, logs)")
    p.add_argument("--user", default=None,
                   help="log in as this user (password: EXAMSITE_PASSWORD or a prompt)")
    p.add_argument("--plain", action="store_true",
                   help="a new demo database is plain SQLite, not encrypted (development)")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, fn: Callable[[Ctx], int], parent: Any = sub, db: bool = True,
            **kw: Any) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, **kw)
        if db:
            sp.add_argument("--db", default=os.environ.get(DATABASE_URL_ENV) or None,
                            required=not os.environ.get(DATABASE_URL_ENV),
                            help="database file, or a body's server database URL "
                                 f"(postgresql+psycopg://...; default: ${DATABASE_URL_ENV})")
        sp.add_argument("--json", action="store_true", help="machine-readable output")
        sp.set_defaults(fn=fn)
        return sp

    demo = add("demo", cmd_demo, help="create a demo batch in a new database")
    demo.add_argument("--candidates", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--exam-date", default=None, help="YYYY-MM-DD (default: today)")
    demo.add_argument("--profile", choices=("guangxi", "national"), default="guangxi")
    demo.add_argument("--starts-in", type=int, metavar="MINUTES",
                      help="first session starts this many minutes from now (try check-in)")

    cands = sub.add_parser("candidates", help="candidate registration").add_subparsers(
        dest="action", required=True)
    imp = add("import", cmd_import, cands, help="import a candidate workbook (.xlsx)")
    imp.add_argument("file")
    imp.add_argument("--batch", type=int)
    imp.add_argument("--photos", help="folder of photos named by ID number")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good rows and report the bad ones")
    imp.add_argument("--report", help="write the problems to this .xlsx or .csv file")
    lst = add("list", cmd_list, cands, help="list the batch's candidates")
    lst.add_argument("--batch", type=int)
    lst.add_argument("--search")
    tpl = add("template", cmd_template, cands, db=False, help="write the empty import template")
    tpl.add_argument("--out", required=True)

    idc = add("idcheck", cmd_idcheck, db=False, help="check an ID document number")
    idc.add_argument("number")
    idc.add_argument("--type", choices=("resident_id", "hmt_permit", "foreign_permanent",
                                        "passport"))
    tl = add("timeline", cmd_timeline, help="the batch's deadline timeline")
    tl.add_argument("--batch", type=int)
    add_commands(sub, add)
    add_staff_commands(sub, add)
    add_seating_commands(sub, add)
    add_room_commands(sub, add)
    add_scores_commands(sub, add)
    add_scoring_commands(sub, add)
    add_report_commands(sub, add)
    add_audit_commands(sub, add)
    add_archive_commands(sub, add)
    add_transfer_commands(sub, add)
    add_user_commands(sub, add)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    ctx = Ctx(args)
    setup_logging(data_paths(Path(args.data_dir) if args.data_dir else None))
    remove_stale_copies()
    try:
        code: int = args.fn(ctx)
        return code
    except DomainError as exc:
        message = render(exc.code, exc.params, ctx.tr)
        if getattr(args, "json", False):
            emit({"ok": False, "error": exc.code, "params": exc.params, "message": message})
        else:
            print(message, file=sys.stderr)
        return EXIT_PROBLEM
    except UserCancelled:
        return EXIT_PROBLEM
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
