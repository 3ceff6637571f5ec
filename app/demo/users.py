"""Demo accounts: one user per staff member, so every role can be tried at once.

Username is the badge number in lower case (``zk00001``), the password ``demo1234`` for
everybody. All demo accounts share one Argon2id hash (one salt): hashing a fresh one for each of
thousands of staff in a large demo would take minutes, and demo passwords are public anyway.
On an encrypted demo the database key is wrapped for every account the same way: one Argon2id
derivation shared by all entries (docs/encryption-at-rest.md).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.crypto.db_keyring import wrap_for_users
from app.model import Staff, StaffRole, User
from app.services.users import hash_password

DEMO_PASSWORD = "demo1234"
BODY_ADMIN_USER = ("jg00001", "评价机构管理员（演示）")
"""The demo's certification-body administrator: the body console (plan, eligibility review,
publicity, certificates, site package) can be tried with it."""


def create_demo_users(session: Session, now: datetime) -> int:
    """Create an account for every staff member without one, and the body administrator's;
    returns how many were made."""
    roles: dict[int, list[str]] = defaultdict(list)
    for staff_id, role in session.execute(select(StaffRole.staff_id, StaffRole.role)
                                          .order_by(StaffRole.staff_id, StaffRole.role)):
        roles[staff_id].append(role)
    linked = set(session.scalars(select(User.staff_id).where(User.staff_id.is_not(None))))
    hashed = hash_password(DEMO_PASSWORD)
    rows = [{"username": badge.lower(), "display_name": name, "roles": roles.get(sid, []),
             "password_hash": hashed, "staff_id": sid, "active": True, "failed_attempts": 0,
             "created_at": now}
            for sid, name, badge in session.execute(
                select(Staff.id, Staff.name, Staff.badge_no).order_by(Staff.id))
            if sid not in linked]
    username, display_name = BODY_ADMIN_USER
    if session.scalar(select(User.id).where(User.username == username)) is None:
        rows.append({"username": username, "display_name": display_name,
                     "roles": ["body_admin"], "password_hash": hashed, "staff_id": None,
                     "active": True, "failed_attempts": 0, "created_at": now})
    if rows:  # audited with the rest of the demo (the demo creation event)
        session.execute(insert(User), rows)
        database = session.info.get("database")  # app.db.Database.write puts it there
        if database is not None:  # an encrypted demo: every demo password opens it
            wrap_for_users(database, [str(r["username"]) for r in rows], DEMO_PASSWORD)
    return len(rows)
