"""The audit log for administrators: who did what, when, on which desk, to which record. Read-only.

Rows are ``AuditLine``: a ``services.audit.AuditRow`` with the person's name looked up by the page
(the log itself keeps only ids). Actions are shown in words; the stored code is the tooltip.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.display import datetime_text
from wic_desk.services.audit import AuditRow

_CONTEXT = "AuditModel"

ACTIONS = {
    "note.read": QT_TRANSLATE_NOOP("AuditModel", "Confidential note read"),
    "consultation.create": QT_TRANSLATE_NOOP("AuditModel", "Consultation recorded"),
    "consultation.update": QT_TRANSLATE_NOOP("AuditModel", "Consultation edited"),
    "follow_up.close": QT_TRANSLATE_NOOP("AuditModel", "Follow-up closed"),
    "follow_up.reschedule": QT_TRANSLATE_NOOP("AuditModel", "Follow-up rescheduled"),
    "outcome.create": QT_TRANSLATE_NOOP("AuditModel", "Employment recorded"),
    "person.create": QT_TRANSLATE_NOOP("AuditModel", "Person registered"),
    "person.update": QT_TRANSLATE_NOOP("AuditModel", "Person edited"),
    "person.view": QT_TRANSLATE_NOOP("AuditModel", "Person's page opened"),
    "activity.create": QT_TRANSLATE_NOOP("AuditModel", "Activity created"),
    "activity.tag": QT_TRANSLATE_NOOP("AuditModel", "Activity's event (tag) changed"),
    "export.attendance_sheet": QT_TRANSLATE_NOOP("AuditModel", "Attendance sheet exported"),
    "export.certificates": QT_TRANSLATE_NOOP("AuditModel", "Certificates exported"),
    "export.verification_page": QT_TRANSLATE_NOOP("AuditModel", "Certificate verification page published"),
    "certificate.verify": QT_TRANSLATE_NOOP("AuditModel", "Certificate verified"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditModel", "Backup restored"),
    "export.donor_report": QT_TRANSLATE_NOOP("AuditModel", "Donor report exported"),
    "export.monthly_report": QT_TRANSLATE_NOOP("AuditModel", "Monthly report exported"),
    "export.archived_report": QT_TRANSLATE_NOOP("AuditModel", "Copy of a report sent saved"),
    "settings.certificate_block": QT_TRANSLATE_NOOP("AuditModel", "Certificate settings changed"),
    "settings.idle_lock": QT_TRANSLATE_NOOP("AuditModel", "Idle lock changed"),
    "settings.verification_url": QT_TRANSLATE_NOOP("AuditModel", "Certificate verification address changed"),
    "staff.create": QT_TRANSLATE_NOOP("AuditModel", "Staff account added"),
    "staff.update": QT_TRANSLATE_NOOP("AuditModel", "Staff account changed"),
    "staff.reset_pin": QT_TRANSLATE_NOOP("AuditModel", "PIN reset"),
    "staff.change_pin": QT_TRANSLATE_NOOP("AuditModel", "Own PIN changed"),
    "staff.reset_password": QT_TRANSLATE_NOOP("AuditModel", "Password reset"),
    "staff.change_password": QT_TRANSLATE_NOOP("AuditModel", "Own password changed"),
    "staff.choose_password": QT_TRANSLATE_NOOP("AuditModel", "First password chosen (instead of the old PIN)"),
    "staff.set_pin": QT_TRANSLATE_NOOP("AuditModel", "Own lock-screen PIN set"),
    "staff.remove_pin": QT_TRANSLATE_NOOP("AuditModel", "Own lock-screen PIN removed"),
    "auth.failure": QT_TRANSLATE_NOOP("AuditModel", "Failed login or unlock"),
    "auth.lockout": QT_TRANSLATE_NOOP("AuditModel", "Account locked after failed attempts"),
    "centre.recovery_key": QT_TRANSLATE_NOOP("AuditModel", "New recovery key made"),
    "database.encrypted": QT_TRANSLATE_NOOP("AuditModel", "Database encrypted"),
    "staff.recovered": QT_TRANSLATE_NOOP("AuditModel", "Administrator's password set with the recovery key"),
    "notes.identity": QT_TRANSLATE_NOOP("AuditModel", "Key for notes made for a staff member"),
    "notes.grant": QT_TRANSLATE_NOOP("AuditModel", "Access to notes passed on to colleagues waiting for it"),
    "notes.seal_old": QT_TRANSLATE_NOOP("AuditModel", "Notes from an older version encrypted"),
    "notes.recovery_grant": QT_TRANSLATE_NOOP("AuditModel", "Access to notes given with the recovery key"),
    "note.read_recovery": QT_TRANSLATE_NOOP("AuditModel", "Note opened with the recovery key"),
    "session.cancel": QT_TRANSLATE_NOOP("AuditModel", "Session cancelled"),
    "activity.cancel": QT_TRANSLATE_NOOP("AuditModel", "Activity cancelled"),
    "person.anonymise": QT_TRANSLATE_NOOP("AuditModel", "Person anonymised"),
    "person.consent_withdrawn": QT_TRANSLATE_NOOP("AuditModel", "Consent withdrawn"),
    "retention.erase": QT_TRANSLATE_NOOP("AuditModel", "Erased: retention period over"),
    "retention.backups": QT_TRANSLATE_NOOP("AuditModel", "Backups older than the retention period deleted"),
    "settings.retention": QT_TRANSLATE_NOOP("AuditModel", "Retention period changed"),
    "person.export": QT_TRANSLATE_NOOP("AuditModel", "Everything held about a person exported (PDF and JSON)"),
    "person.import": QT_TRANSLATE_NOOP("AuditModel", "People imported"),
    "person.merge": QT_TRANSLATE_NOOP("AuditModel", "Persons merged"),
    "person.unmerge": QT_TRANSLATE_NOOP("AuditModel", "Merge undone"),
    "project.create": QT_TRANSLATE_NOOP("AuditModel", "Project created"),
    "project.update": QT_TRANSLATE_NOOP("AuditModel", "Project changed"),
    "project.current": QT_TRANSLATE_NOOP("AuditModel", "Current project chosen"),
    "indicator.create": QT_TRANSLATE_NOOP("AuditModel", "Indicator added"),
    "indicator.update": QT_TRANSLATE_NOOP("AuditModel", "Indicator changed"),
    "indicator.remove": QT_TRANSLATE_NOOP("AuditModel", "Indicator removed"),
    "indicator.move": QT_TRANSLATE_NOOP("AuditModel", "Indicator moved"),
    "report.drilldown": QT_TRANSLATE_NOOP("AuditModel", "Records behind a figure viewed"),
    "sync.centre_key": QT_TRANSLATE_NOOP("AuditModel", "Centre key made from the former sync passphrase"),
    "sync.export": QT_TRANSLATE_NOOP("AuditModel", "Exchange file written"),
    "sync.import": QT_TRANSLATE_NOOP("AuditModel", "Exchange file read"),
    "sync.join": QT_TRANSLATE_NOOP("AuditModel", "Desk joined the centre"),
    "sync.rebuild": QT_TRANSLATE_NOOP("AuditModel", "Data rebuilt from the change log"),
    "sync.resolve": QT_TRANSLATE_NOOP("AuditModel", "Conflict settled"),
    "sync.retire": QT_TRANSLATE_NOOP("AuditModel", "Desk retired"),
}


def action_text(code: str) -> str:
    """An action code in words; an unknown code as it is."""
    source = ACTIONS.get(code)
    return QCoreApplication.translate("AuditModel", source) if source else code


@dataclass(frozen=True)
class AuditLine:
    entry: AuditRow
    person_name: str | None = None

    @property
    def id(self) -> uuid.UUID | None:
        return self.entry.record_id


class AuditModel(RowsModel):
    """Newest first, as the service returns them."""

    CONTEXT = _CONTEXT
    WHEN, DESK, USER, ACTION, PERSON, RECORD, DETAIL = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Desk"),
        QT_TRANSLATE_NOOP("AuditModel", "User"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Person"),
        QT_TRANSLATE_NOOP("AuditModel", "Record"),
        QT_TRANSLATE_NOOP("AuditModel", "Detail"),
    )

    def display(self, row: AuditLine, column: int) -> str:
        e = row.entry
        if column == self.WHEN:
            return datetime_text(e.at)
        if column == self.DESK:
            # a desk whose record has not arrived yet: the start of its id, as the Sync tab shows it
            return e.desk_name or (str(e.desk_id)[:8] if e.desk_id else "")
        if column == self.USER:
            return e.staff_name or ""
        if column == self.ACTION:
            return action_text(e.action)
        if column == self.PERSON:
            if row.person_name:
                return row.person_name
            return str(e.person_id)[:8] if e.person_id else ""
        if column == self.RECORD:
            table = e.table_name or ""
            return f"{table} {str(e.record_id)[:8]}".strip() if e.record_id else table
        if column == self.DETAIL:
            return e.detail or ""
        return ""

    def sort_key(self, row: AuditLine, column: int):
        if column == self.WHEN:
            return sort_value(row.entry.at)
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: AuditLine, column: int) -> str | None:
        e = row.entry
        if column == self.ACTION:
            return e.action
        if column == self.RECORD and e.record_id:
            return f"{e.table_name or ''} {e.record_id}".strip()
        if column == self.PERSON and e.person_id:
            return str(e.person_id)
        if column == self.DESK and e.desk_id:
            return str(e.desk_id)
        return None
