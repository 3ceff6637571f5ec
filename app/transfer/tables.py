"""Which rows of which tables each package type carries, and how they are matched on arrival.

A site package (body → site) is a snapshot of one batch: everything the site needs for the day,
matched by primary key (the site's database is a replica of the body's batch, so ids agree).
Results and station packages carry what the exam day created: check-in events and marks carry
a global ``uid`` and are matched by it (two laptops never clash); reviews and supervision notes
are matched by their natural key; the site operations log's tables by their uid. Rows are
copied as SQLite stores them (no type conversion), which is exact and fast.
"""

from __future__ import annotations

from dataclasses import dataclass

_B = ":batch"
_OCCUPATIONS = f"select occupation_id from batch_offering where batch_id = {_B}"
_SITES = ("select distinct r.site_id from room r join exam_session e on e.room_id = r.id "
          f"where e.batch_id = {_B}")
_STAFF = f"select staff_id from staff_assignment where batch_id = {_B}"
_REGISTRATIONS = f"select id from registration where batch_id = {_B}"
_ADMITTED = (f"batch_id = {_B} and eligibility not in ('refused', 'ineligible')")
"""The registrations a site receives: not the refused applicants (nor those the conditions
failed and nobody accepted), whose personal data the site has no use for."""


@dataclass(frozen=True)
class TableSpec:
    """One table in a package: the rows of the batch, and the columns that identify a row."""

    table: str
    where: str  # SQL condition on the table's own columns, with :batch
    match: tuple[str, ...] = ("id",)  # the key an arriving row is matched on
    skip: tuple[str, ...] = ()  # columns not carried (local ids, private halves)
    fixed: tuple[tuple[str, object], ...] = ()  # columns set on arrival
    chunk: int = 0  # rows per member (0: one member); for photos
    arrive_where: str | None = None  # the receiver's rows to match against (default: where)
    replace: bool = False  # a plan table: the batch's rows are replaced as a whole
    natural: tuple[str, ...] = ()  # a second unique key two laptops may both fill (marks)

    @property
    def receiver_where(self) -> str:
        return self.where if self.arrive_where is None else self.arrive_where


_CUSTODY = (
    TableSpec("paper_packet", f"batch_id = {_B}", match=("uid",), skip=("id",)),
    TableSpec("custody_handover",
              f"packet_uid in (select uid from paper_packet where batch_id = {_B})",
              match=("uid",), skip=("id",)),
)
"""Sealed paper packets and their handovers: the body may register and print them (site
package), the site scans every later step (results package); matched by uid both ways."""

SITE_TABLES: tuple[TableSpec, ...] = (
    TableSpec("cert_body", f"id = (select body_id from batch where id = {_B})"),
    TableSpec("occupation", f"id in ({_OCCUPATIONS})"),
    TableSpec("subject", f"occupation_id in ({_OCCUPATIONS})"),
    TableSpec("site", f"id in ({_SITES})"),
    TableSpec("room", f"site_id in ({_SITES})"),
    TableSpec("seat", f"room_id in (select id from room where site_id in ({_SITES}))"),
    TableSpec("staff", f"id in ({_STAFF})"),
    TableSpec("staff_role", f"staff_id in ({_STAFF})", match=("staff_id", "role")),
    TableSpec("staff_relation", f"staff_id in ({_STAFF})"),
    TableSpec("batch", f"id = {_B}"),
    TableSpec("batch_milestone", f"batch_id = {_B}"),
    TableSpec("batch_offering", f"batch_id = {_B}"),
    TableSpec("exam_session", f"batch_id = {_B}"),
    TableSpec("candidate", f"id in (select candidate_id from registration where {_ADMITTED})"),
    TableSpec("candidate_photo",
              f"candidate_id in (select candidate_id from registration where {_ADMITTED})",
              match=("candidate_id",), chunk=1000),
    TableSpec("registration", _ADMITTED),
    TableSpec("rubric", f"subject_id in (select id from subject where occupation_id in "
                        f"({_OCCUPATIONS}))"),
    TableSpec("rubric_item", "rubric_id in (select id from rubric where subject_id in (select id "
                             f"from subject where occupation_id in ({_OCCUPATIONS})))"),
    TableSpec("seat_draw", f"batch_id = {_B}"),
    TableSpec("seat_assignment",
              f"exam_session_id in (select id from exam_session where batch_id = {_B})",
              replace=True),
    TableSpec("staff_assignment", f"batch_id = {_B}", replace=True),
    TableSpec("admission_ticket", f"registration_id in (select id from registration where "
                                  f"{_ADMITTED})"),
    TableSpec("ticket_revocation", f"batch_id = {_B}", match=("digest",), skip=("id",)),
    # the public halves of the body's ticket keys, so the site can check every QR
    TableSpec("key_material", "purpose = 'ticket_sign' and owner = 'self'", match=("key_id",),
              skip=("id", "private_key"), fixed=(("owner", "body"), ("trusted", 1)),
              arrive_where="purpose = 'ticket_sign'"),
    *_CUSTODY,
)

_SUPERVISION_NOTES = TableSpec(
    "supervision_note", f"batch_id = {_B}",
    match=("batch_id", "topic", "observed_at", "created_at", "text"), skip=("id",))


def _by_uid(table: str, where: str = f"batch_id = {_B}") -> TableSpec:
    """A table of the site operations log: rows carry a uid, children name their parent's."""
    return TableSpec(table, where, match=("uid",), skip=("id",))


DAY_TABLES: tuple[TableSpec, ...] = (
    TableSpec("checkin_event", f"batch_id = {_B}", match=("uid",), skip=("id", "reverses_id")),
    TableSpec("mark", f"registration_id in ({_REGISTRATIONS})", match=("uid",), skip=("id",),
              natural=("registration_id", "subject_id", "source", "scorer_staff_id")),
    _by_uid("incident"),  # a proctor's or examiner's laptop records them too
    _SUPERVISION_NOTES,  # and the supervisor's
    _by_uid("supervision_visit"),
)
"""What a station (one laptop of the site) sends to the site's main laptop."""

RESULT_TABLES: tuple[TableSpec, ...] = (
    *DAY_TABLES,
    TableSpec("score_review", f"registration_id in ({_REGISTRATIONS})",
              match=("registration_id", "subject_id"), skip=("id",)),
    TableSpec("admission_ticket", f"batch_id = {_B}", match=("registration_id",),
              skip=("id",)),
    TableSpec("ticket_revocation", f"batch_id = {_B}", match=("digest",), skip=("id",)),
    # the site operations log (parents before children)
    _by_uid("readiness_check"),
    _by_uid("rectification",
            f"check_uid in (select uid from readiness_check where batch_id = {_B})"),
    _by_uid("room_seal"),
    _by_uid("staff_meeting"),
    _by_uid("meeting_attendance",
            f"meeting_uid in (select uid from staff_meeting where batch_id = {_B})"),
    *_CUSTODY,
    _by_uid("change_request"),
)
"""What the site sends back to the body (besides its audit trail)."""

TABLES_BY_KIND: dict[str, tuple[TableSpec, ...]] = {
    "site": SITE_TABLES, "results": RESULT_TABLES, "station": DAY_TABLES,
}
