"""Messages added with a body's central database on a server (app/db.py, docs/postgresql.md),
merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "db.bad_url": QT_TRANSLATE_NOOP(
        "messages", "{url} is not the address of a PostgreSQL database "
        "(postgresql+psycopg://user@host/database)."),
    "db.file_only": QT_TRANSLATE_NOOP(
        "messages", "{feature} is for a site's database file; the server database {url} has "
        "no file (the server's own tools look after it)."),
    "db.value_too_long": QT_TRANSLATE_NOOP(
        "messages", "A value is longer than the database allows; nothing was saved."),
    # text columns of a candidate file longer than their database columns
    "import.too_long": QT_TRANSLATE_NOOP("messages", "Longer than {limit} characters."),
}
