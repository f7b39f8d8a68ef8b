"""The centre's fixed vocabularies. Values are stable codes stored in the database and in
exchange files; ``label()`` gives the English source text for Qt's translation (context "Enum")."""

from __future__ import annotations

from enum import StrEnum

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP

T = QT_TRANSLATE_NOOP


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    COUNSELLOR = "counsellor"
    SPECIALIST = "specialist"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"  # other / not stated


class ResidenceStatus(StrEnum):
    TEMPORARY_PROTECTION = "temporary_protection"
    TEMPORARY_RESIDENCE = "temporary_residence"
    PERMANENT_RESIDENCE = "permanent_residence"
    INTERNATIONAL_PROTECTION = "international_protection"
    VISA = "visa"
    VISA_FREE = "visa_free"
    OTHER = "other"


class ConsentKind(StrEnum):
    WRITTEN = "written"
    VERBAL_CERTIFIED = "verbal"


class Disability(StrEnum):
    """Washington Group short set, kept only for disaggregation."""

    NOT_ASKED = "not_asked"
    WITHOUT = "without"
    WITH = "with"


class HouseholdRelation(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class ServiceCategory(StrEnum):
    """Why someone came to the desk (reasons for a walk-in visit)."""

    INFORMATION = "information"
    VOCATIONAL = "vocational"
    JOB_SEARCH = "job_search"
    LEGAL = "legal"
    ADMINISTRATIVE = "administrative"
    LAWYER = "lawyer"
    PSYCHOLOGIST = "psychologist"
    TAX_ADVISOR = "tax_advisor"
    LANGUAGE_COURSE = "language_course"
    ACTIVITIES = "activities"
    OTHER = "other"


class ConsultationKind(StrEnum):
    VOCATIONAL = "vocational"
    JOB_SEARCH = "job_search"
    LEGAL = "legal"
    ADMINISTRATIVE = "administrative"
    LAWYER = "lawyer"
    PSYCHOLOGIST = "psychologist"
    TAX_ADVISOR = "tax_advisor"


class Confidentiality(StrEnum):
    NORMAL = "normal"
    SPECIALIST_ONLY = "specialist"
    AUTHOR_ONLY = "author"


class ConsultationMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"


class ContractKind(StrEnum):
    EMPLOYMENT = "employment"
    MANDATE = "mandate"
    SELF_EMPLOYMENT = "self_employment"
    OTHER = "other"


class ActivityKind(StrEnum):
    ADAPTATION_MEETING = "adaptation_meeting"
    ADAPTATION_MEETING_UA_REPS = "adaptation_meeting_ua_reps"
    WORKSHOP_CHILDREN = "workshop_children"
    WORKSHOP_ADULTS = "workshop_adults"
    FESTIVAL_WORKSHOP = "festival_workshop"
    POLISH_COURSE = "polish_course"
    LANGUAGE_CLUB = "language_club"
    ONLINE_COURSE = "online_course"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITING = "waiting"
    WITHDRAWN = "withdrawn"


_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Role.RECEPTIONIST, T("Enum", "Receptionist")),
    (Role.COUNSELLOR, T("Enum", "Counsellor")),
    (Role.SPECIALIST, T("Enum", "Specialist")),
    (Role.COORDINATOR, T("Enum", "Coordinator")),
    (Role.ADMIN, T("Enum", "Administrator")),
    (Sex.FEMALE, T("Enum", "Female")),
    (Sex.MALE, T("Enum", "Male")),
    (Sex.OTHER, T("Enum", "Other / not stated")),
    (ResidenceStatus.TEMPORARY_PROTECTION, T("Enum", "Temporary protection (PESEL UKR)")),
    (ResidenceStatus.TEMPORARY_RESIDENCE, T("Enum", "Temporary residence permit")),
    (ResidenceStatus.PERMANENT_RESIDENCE, T("Enum", "Permanent residence")),
    (ResidenceStatus.INTERNATIONAL_PROTECTION, T("Enum", "International protection")),
    (ResidenceStatus.VISA, T("Enum", "Visa")),
    (ResidenceStatus.VISA_FREE, T("Enum", "Visa-free stay")),
    (ResidenceStatus.OTHER, T("Enum", "None / other")),
    (ConsentKind.WRITTEN, T("Enum", "Written")),
    (ConsentKind.VERBAL_CERTIFIED, T("Enum", "Verbal, certified by staff")),
    (Disability.NOT_ASKED, T("Enum", "Not asked")),
    (Disability.WITHOUT, T("Enum", "Without disability")),
    (Disability.WITH, T("Enum", "With disability")),
    (HouseholdRelation.HEAD, T("Enum", "Head of household")),
    (HouseholdRelation.SPOUSE, T("Enum", "Spouse / partner")),
    (HouseholdRelation.CHILD, T("Enum", "Child")),
    (HouseholdRelation.PARENT, T("Enum", "Parent")),
    (HouseholdRelation.SIBLING, T("Enum", "Sibling")),
    (HouseholdRelation.OTHER, T("Enum", "Other relative")),
    (ServiceCategory.INFORMATION, T("Enum", "Information")),
    (ServiceCategory.VOCATIONAL, T("Enum", "Vocational counselling")),
    (ServiceCategory.JOB_SEARCH, T("Enum", "Job-search support")),
    (ServiceCategory.LEGAL, T("Enum", "Legal consultation")),
    (ServiceCategory.ADMINISTRATIVE, T("Enum", "Administrative consultation")),
    (ServiceCategory.LAWYER, T("Enum", "Lawyer")),
    (ServiceCategory.PSYCHOLOGIST, T("Enum", "Psychologist")),
    (ServiceCategory.TAX_ADVISOR, T("Enum", "Tax advisor")),
    (ServiceCategory.LANGUAGE_COURSE, T("Enum", "Polish language course")),
    (ServiceCategory.ACTIVITIES, T("Enum", "Workshops and meetings")),
    (ServiceCategory.OTHER, T("Enum", "Other")),
    (ConsultationKind.VOCATIONAL, T("Enum", "Vocational counselling")),
    (ConsultationKind.JOB_SEARCH, T("Enum", "Job-search support")),
    (ConsultationKind.LEGAL, T("Enum", "Legal consultation")),
    (ConsultationKind.ADMINISTRATIVE, T("Enum", "Administrative consultation")),
    (ConsultationKind.LAWYER, T("Enum", "Lawyer")),
    (ConsultationKind.PSYCHOLOGIST, T("Enum", "Psychologist")),
    (ConsultationKind.TAX_ADVISOR, T("Enum", "Tax advisor")),
    (Confidentiality.NORMAL, T("Enum", "Normal")),
    (Confidentiality.SPECIALIST_ONLY, T("Enum", "Specialists of the same kind only")),
    (Confidentiality.AUTHOR_ONLY, T("Enum", "Author only")),
    (ConsultationMode.IN_PERSON, T("Enum", "In person")),
    (ConsultationMode.PHONE, T("Enum", "Phone")),
    (ConsultationMode.ONLINE, T("Enum", "Online")),
    (ContractKind.EMPLOYMENT, T("Enum", "Employment contract")),
    (ContractKind.MANDATE, T("Enum", "Mandate contract")),
    (ContractKind.SELF_EMPLOYMENT, T("Enum", "Self-employment")),
    (ContractKind.OTHER, T("Enum", "Other")),
    (ActivityKind.ADAPTATION_MEETING, T("Enum", "Adaptation meeting")),
    (ActivityKind.ADAPTATION_MEETING_UA_REPS, T("Enum", "Adaptation meeting for Ukrainian community representatives")),
    (ActivityKind.WORKSHOP_CHILDREN, T("Enum", "Integration workshop for children")),
    (ActivityKind.WORKSHOP_ADULTS, T("Enum", "Integration workshop for adults")),
    (ActivityKind.FESTIVAL_WORKSHOP, T("Enum", "Festival workshop")),
    (ActivityKind.POLISH_COURSE, T("Enum", "Polish language course")),
    (ActivityKind.LANGUAGE_CLUB, T("Enum", "Language club")),
    (ActivityKind.ONLINE_COURSE, T("Enum", "Online course \"Foreigners in Poland\"")),
    (AttendanceStatus.PRESENT, T("Enum", "Present")),
    (AttendanceStatus.ABSENT, T("Enum", "Absent")),
    (AttendanceStatus.EXCUSED, T("Enum", "Excused")),
    (EnrolmentStatus.ENROLLED, T("Enum", "Enrolled")),
    (EnrolmentStatus.WAITING, T("Enum", "Waiting list")),
    (EnrolmentStatus.WITHDRAWN, T("Enum", "Withdrawn")),
)

# Keyed by (enum class, member): members of different enums with the same code compare equal
# as strings (Role.SPECIALIST == Confidentiality.SPECIALIST_ONLY == "specialist").
LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in _LABEL_PAIRS}

ENUM_CONTEXT = "Enum"


def label(value: StrEnum) -> str:
    """English source text of a value, for Qt's translation in context "Enum".

    It takes the enum member, not its bare code: a Qt item's data comes back as a plain string,
    and codes repeat across enums ("specialist", "other"), so convert it first: Kind(data)."""
    if not isinstance(value, StrEnum):
        raise TypeError(f"label() needs an enum member, not {type(value).__name__}")
    return LABELS[(type(value), value.value)]


# Citizenships the centre sees most; ISO 3166-1 alpha-2 codes, shown first in pickers.
COMMON_CITIZENSHIPS: dict[str, str] = {
    "UA": T("Country", "Ukraine"),
    "BY": T("Country", "Belarus"),
    "RU": T("Country", "Russia"),
    "GE": T("Country", "Georgia"),
    "PL": T("Country", "Poland"),
    "MD": T("Country", "Moldova"),
    "KZ": T("Country", "Kazakhstan"),
    "UZ": T("Country", "Uzbekistan"),
    "TJ": T("Country", "Tajikistan"),
    "AM": T("Country", "Armenia"),
    "AZ": T("Country", "Azerbaijan"),
    "TR": T("Country", "Turkey"),
    "IN": T("Country", "India"),
    "SY": T("Country", "Syria"),
    "AF": T("Country", "Afghanistan"),
    "XX": T("Country", "Stateless / unknown"),
}
