"""``examsite-cli keys ...``, ``export ...`` and ``import ...``: identities and packages.

    examsite-cli keys show   --db PATH [--kind site|body|station] [--name NAME]
    examsite-cli keys export --db PATH --out REQUEST.json [--age-identity FILE]
    examsite-cli keys enrol  REQUEST.json --db PATH --fingerprint "ABCD EFGH ..."
    examsite-cli keys trust  REQUEST.json|PACKAGE --db PATH --fingerprint "..."
    examsite-cli keys revoke KEYID --db PATH --reason TEXT
    examsite-cli export site|results|station --db PATH --to KEYFILE [--to ...] --out FILE
                        [--passphrase-env VAR]   (instead of --to: no key exchanged yet)
    examsite-cli import FILE --db PATH [--dry-run] [--passphrase-env VAR]

``--to`` takes a peer's request file (or its key id); the peer must already be trusted.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import render

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK = 0


def _print(ctx: Ctx, data: dict[str, Any], text: str) -> int:
    from app.cli import emit

    if ctx.args.json:
        emit({"ok": True, **data})
    else:
        print(text)
    return EXIT_OK


def cmd_keys_show(ctx: Ctx) -> int:
    from app.services import keys

    me = keys.own_identity(ctx.app.uow(), kind=ctx.args.kind, name=ctx.args.name or "")
    views = keys.list_keys(ctx.app.uow())
    lines = [f"{'本机' if v.own else ('已撤销' if v.revoked else '已信任')}  {v.kind:8} "
             f"{v.key_id}  {v.fingerprint}  {v.name}" for v in views]
    return _print(ctx, {"key_id": me.key_id, "kind": me.kind, "name": me.name,
                        "fingerprint": me.public().fingerprint,
                        "keys": [v.__dict__ for v in views]}, "\n".join(lines))


def cmd_keys_export(ctx: Ctx) -> int:
    from app.services import keys

    out = Path(ctx.args.out)
    out.write_bytes(keys.export_request(ctx.app.uow()))
    me = keys.own_identity(ctx.app.uow())
    if ctx.args.age_identity:
        me.export_age_identity(Path(ctx.args.age_identity))
    return _print(ctx, {"request": str(out), "key_id": me.key_id,
                        "fingerprint": me.public().fingerprint},
                  f"{out}\n{me.public().fingerprint}")


def _public_from(ctx: Ctx, path: Path) -> Any:
    from app.crypto.package import read_sender
    from app.services import keys

    data = path.read_bytes()
    if data.startswith(b"age-encryption.org/"):  # a package: its sender, to compare and trust
        with ctx.app.uow().read() as s:
            identity = keys.stored_identity(s)
        return read_sender(path, identity)
    return keys.read_public(data)


def cmd_keys_trust(ctx: Ctx) -> int:
    from app.services import keys

    public = _public_from(ctx, Path(ctx.args.file))
    view = keys.trust(ctx.app.uow(), public, ctx.args.fingerprint)
    return _print(ctx, {"key_id": view.key_id, "kind": view.kind, "name": view.name,
                        "fingerprint": view.fingerprint},
                  f"{view.kind} {view.key_id} {view.fingerprint} {view.name}")


def cmd_keys_revoke(ctx: Ctx) -> int:
    from app.services import keys

    keys.revoke(ctx.app.uow(), ctx.args.key_id, ctx.args.reason)
    return _print(ctx, {"key_id": ctx.args.key_id}, ctx.args.key_id)


def _recipient(value: str) -> str:
    from app.services.keys import read_public

    path = Path(value)
    if path.is_file():
        return read_public(path.read_bytes()).key_id
    return value.strip().lower()


def _passphrase(a: argparse.Namespace) -> str | None:
    """From the environment variable named by --passphrase-env, never from the command line."""
    name = getattr(a, "passphrase_env", None)
    return (os.environ.get(name) or None) if name else None


def cmd_export(ctx: Ctx) -> int:
    from app.services.transfer import export_package

    a = ctx.args
    result = export_package(ctx.app.uow(), a.kind, ctx.batch_id(),
                            [_recipient(v) for v in a.to or ()], Path(a.out),
                            passphrase=_passphrase(a))
    return _print(ctx, {"path": str(result.path), "kind": result.kind,
                        "package_id": result.package_id, "sequence": result.sequence,
                        "records": result.records, "size": result.size,
                        "audit_head": result.audit_head},
                  render("transfer.exported_summary", {
                      "path": str(result.path), "records": result.records,
                      "size": result.size}, ctx.tr))


def cmd_import(ctx: Ctx) -> int:
    from app.services.transfer import import_package, preview_import

    a = ctx.args
    run = preview_import if a.dry_run else import_package
    done = run(ctx.app.uow(), Path(a.file), passphrase=_passphrase(a))
    tables = {c.table: {"added": c.added, "changed": c.changed, "removed": c.removed,
                        "unchanged": c.unchanged, "conflicts": c.conflicts}
              for c in done.changes}
    lines = [render("transfer.import_summary", {
        "kind": done.kind, "sender": done.sender_name, "fingerprint": done.sender_fingerprint,
        "added": done.added, "changed": done.changed}, ctx.tr)]
    lines += [f"  {c.table}: +{c.added} ~{c.changed + c.removed} ={c.unchanged}"
              for c in done.changes if c.added or c.changed or c.removed]
    lines += [f"  ! {c}" for c in done.conflicts]
    return _print(ctx, {"dry_run": bool(a.dry_run), "kind": done.kind,
                        "package_id": done.package_id, "sender": done.sender_key_id,
                        "added": done.added, "changed": done.changed, "tables": tables,
                        "trail_ok": done.trail_ok, "audit_head": done.audit_head,
                        "conflicts": [str(c) for c in done.conflicts]}, "\n".join(lines))


def add_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    keys = sub.add_parser("keys", help="this installation's keys and the trusted peers"
                          ).add_subparsers(dest="action", required=True)
    show = add("show", cmd_keys_show, keys, help="show (creating on first use) the keys")
    show.add_argument("--kind", choices=("site", "body", "station"), default="site")
    show.add_argument("--name", default="")
    exp = add("export", cmd_keys_export, keys, help="write the enrolment request file")
    exp.add_argument("--out", required=True)
    exp.add_argument("--age-identity", help="also write the age secret (emergency use only)")
    for name, helptext in (("enrol", "a body enrols a site laptop from its request"),
                           ("trust", "trust a peer from its request file or a package")):
        t = add(name, cmd_keys_trust, keys, help=helptext)
        t.add_argument("file")
        t.add_argument("--fingerprint", required=True,
                       help="the fingerprint read from the peer's screen or printout")
    rev = add("revoke", cmd_keys_revoke, keys, help="stop trusting a key")
    rev.add_argument("key_id")
    rev.add_argument("--reason", required=True)

    export = sub.add_parser("export", help="write a package").add_subparsers(
        dest="kind", required=True)
    for kind in ("site", "results", "station"):
        e = add(kind, cmd_export, export, help=f"a {kind} package")
        e.add_argument("--to", action="append",
                       help="recipient's request file or key id (repeat for several)")
        e.add_argument("--passphrase-env", metavar="VAR",
                       help="no key exchanged yet: encrypt to the passphrase in this variable")
        e.add_argument("--out", required=True)
        e.add_argument("--batch", type=int)
    imp = add("import", cmd_import, help="check and apply a package")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="show what would change only")
    imp.add_argument("--passphrase-env", metavar="VAR",
                     help="a passphrase package: the passphrase is in this variable")
