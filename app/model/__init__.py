"""The ORM model, one module per aggregate. Importing this package registers every table."""

from app.model.archive_index import ArchivePlace
from app.model.audit import AuditEvent
from app.model.base import Base
from app.model.batch import Batch, BatchMilestone, BatchOffering, CertBody, Occupation, Subject
from app.model.certificates import Certificate, CertificateCounter
from app.model.changes import ChangeRequest
from app.model.checkin import CheckinEvent
from app.model.custody import CustodyHandover, PaperPacket
from app.model.eligibility import (
    BatchPlan,
    EligibilityCondition,
    EligibilityFacts,
    EligibilityReview,
)
from app.model.incidents import Incident
from app.model.keys import KeyMaterial
from app.model.meeting import MeetingAttendance, StaffMeeting
from app.model.people import (
    Candidate,
    CandidatePhoto,
    Registration,
    Staff,
    StaffAssignment,
    StaffRelation,
    StaffRole,
)
from app.model.publicity import Publicity, PublicityObjection
from app.model.readiness import ReadinessCheck, Rectification, RoomSeal
from app.model.scoring import Mark, Rubric, RubricItem, ScoreReview
from app.model.seating import SeatAssignment, SeatDraw
from app.model.supervision import SupervisionNote, SupervisionVisit
from app.model.tickets import AdmissionTicket, TicketRevocation
from app.model.transfer import ImportedTrail, PackageLog
from app.model.users import Setting, User
from app.model.venue import ExamSession, Room, Seat, Site

__all__ = [
    "AdmissionTicket", "ArchivePlace", "AuditEvent", "Base", "Batch", "BatchMilestone",
    "BatchOffering", "BatchPlan", "Candidate", "CandidatePhoto", "CertBody", "Certificate",
    "CertificateCounter", "ChangeRequest", "CheckinEvent", "CustodyHandover",
    "EligibilityCondition", "EligibilityFacts", "EligibilityReview", "ExamSession",
    "ImportedTrail", "Incident", "KeyMaterial", "Mark", "MeetingAttendance", "Occupation",
    "PackageLog", "PaperPacket", "Publicity", "PublicityObjection", "ReadinessCheck",
    "Rectification", "Registration", "Room", "RoomSeal", "Rubric", "RubricItem", "ScoreReview",
    "Seat", "SeatAssignment", "SeatDraw", "Setting", "Site", "Staff", "StaffAssignment",
    "StaffMeeting", "StaffRelation", "StaffRole", "Subject", "SupervisionNote",
    "SupervisionVisit", "TicketRevocation", "User",
]
