"""The sync screen's tables: the other desks (the last exchange with each), the conflicts to
review, and the values of one conflict side by side.

Rows are the services' plain objects (``PeerInfo``, ``ConflictRow``, ``ConflictValue``); the page
loads them in the background and hands them over with ``set_rows``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.gui.models.base import Index, RowsModel, sort_value
from wic_desk.gui.models.display import date_text, datetime_text
from wic_desk.services.sync import (
    ACTIVE,
    REPLACED,
    RETIRED,
    SILENT,
    SILENT_AFTER_DAYS,
    Conflict,
    ConflictValue,
    PeerInfo,
)

_PEERS = "PeersModel"
_CONFLICTS = "ConflictsModel"
_VALUES = "ConflictValuesModel"
_TEXTS = "SyncTexts"

# What a record of each synced table is called on screen.
TABLE_LABELS = {
    "centres": QT_TRANSLATE_NOOP(_TEXTS, "Centre"),
    "desks": QT_TRANSLATE_NOOP(_TEXTS, "Desk"),
    "staff": QT_TRANSLATE_NOOP(_TEXTS, "Staff member"),
    "persons": QT_TRANSLATE_NOOP(_TEXTS, "Person"),
    "visits": QT_TRANSLATE_NOOP(_TEXTS, "Visit"),
    "consultations": QT_TRANSLATE_NOOP(_TEXTS, "Consultation"),
    "topics": QT_TRANSLATE_NOOP(_TEXTS, "Consultation topic"),
    "employment_outcomes": QT_TRANSLATE_NOOP(_TEXTS, "Employment"),
    "projects": QT_TRANSLATE_NOOP(_TEXTS, "Project"),
    "indicators": QT_TRANSLATE_NOOP(_TEXTS, "Indicator"),
    "activities": QT_TRANSLATE_NOOP(_TEXTS, "Activity"),
    "activity_sessions": QT_TRANSLATE_NOOP(_TEXTS, "Session"),
    "enrolments": QT_TRANSLATE_NOOP(_TEXTS, "Enrolment"),
    "attendance": QT_TRANSLATE_NOOP(_TEXTS, "Attendance"),
    "certificates": QT_TRANSLATE_NOOP(_TEXTS, "Certificate"),
}

# The fields people disagree on most; any other shows under its column name.
FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP(_TEXTS, "First name"),
    "family_name": QT_TRANSLATE_NOOP(_TEXTS, "Last name"),
    "native_name": QT_TRANSLATE_NOOP(_TEXTS, "Name in native script"),
    "sex": QT_TRANSLATE_NOOP(_TEXTS, "Sex"),
    "birth_date": QT_TRANSLATE_NOOP(_TEXTS, "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP(_TEXTS, "Year of birth"),
    "citizenship": QT_TRANSLATE_NOOP(_TEXTS, "Citizenship"),
    "languages": QT_TRANSLATE_NOOP(_TEXTS, "Languages"),
    "phone": QT_TRANSLATE_NOOP(_TEXTS, "Phone"),
    "email": QT_TRANSLATE_NOOP(_TEXTS, "E-mail"),
    "city": QT_TRANSLATE_NOOP(_TEXTS, "City"),
    "district": QT_TRANSLATE_NOOP(_TEXTS, "District"),
    "residence_status": QT_TRANSLATE_NOOP(_TEXTS, "Residence status"),
    "pesel": QT_TRANSLATE_NOOP(_TEXTS, "PESEL"),
    "disability": QT_TRANSLATE_NOOP(_TEXTS, "Disability"),
    "heard_from": QT_TRANSLATE_NOOP(_TEXTS, "Heard of the centre from"),
    "note": QT_TRANSLATE_NOOP(_TEXTS, "Note"),
    "title": QT_TRANSLATE_NOOP(_TEXTS, "Title"),
    "name": QT_TRANSLATE_NOOP(_TEXTS, "Name"),
    "full_name": QT_TRANSLATE_NOOP(_TEXTS, "Full name"),
    "role": QT_TRANSLATE_NOOP(_TEXTS, "Role"),
    "status": QT_TRANSLATE_NOOP(_TEXTS, "Status"),
    "deleted": QT_TRANSLATE_NOOP(_TEXTS, "Deleted"),
    "merged_into": QT_TRANSLATE_NOOP(_TEXTS, "Merged into"),
}

HIDDEN = QT_TRANSLATE_NOOP(_TEXTS, "(hidden)")
EMPTY = QT_TRANSLATE_NOOP(_TEXTS, "(empty)")
YES = QT_TRANSLATE_NOOP(_TEXTS, "Yes")
NO = QT_TRANSLATE_NOOP(_TEXTS, "No")


def _t(text: str) -> str:
    return QCoreApplication.translate(_TEXTS, text)


def table_text(table: str) -> str:
    label = TABLE_LABELS.get(table)
    return _t(label) if label else table


def field_text(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return _t(label) if label else field.replace("_", " ")


def value_text(value: ConflictValue) -> str:
    """A field's value as the user reads it: "(hidden)" where they may not see it."""
    if value.hidden:
        return _t(HIDDEN)
    v = value.value
    if v is None or v == "" or v == []:
        return _t(EMPTY)
    if isinstance(v, bool):
        return _t(YES) if v else _t(NO)
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, str):
        try:  # dates travel as ISO text; show them as people write them
            return dt.date.fromisoformat(v).strftime("%d.%m.%Y") if len(v) == 10 else v
        except ValueError:
            return v
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def count_text(n: int | None) -> str:
    return "—" if n is None else QLocale().toString(n)


@dataclass(frozen=True)
class ConflictRow:
    """One conflict and what the record is (a person's name where it is a person)."""

    conflict: Conflict
    record_label: str = ""

    @property
    def id(self) -> uuid.UUID:
        return self.conflict.record_id

    @property
    def values(self) -> tuple[ConflictValue, ...]:
        """The shown value first, then the others."""
        return (self.conflict.winner, *self.conflict.others)


def peer_state_text(row: PeerInfo) -> str:
    """A desk's state as the sync screen says it: active, replaced by X, silent since DATE, retired."""
    tr = QCoreApplication.translate
    if row.state == REPLACED:
        successor = row.replaced_by_name or (str(row.replaced_by)[:8] if row.replaced_by else "?")
        return tr(_PEERS, "replaced by {desk}").format(desk=successor)
    if row.state == SILENT:
        if row.last_heard is None:
            return tr(_PEERS, "silent")
        return tr(_PEERS, "silent since {date}").format(date=date_text(row.last_heard.date()))
    if row.state == RETIRED:
        if row.retired_at is None:
            return tr(_PEERS, "retired")
        return tr(_PEERS, "retired on {date}").format(date=date_text(row.retired_at.date()))
    return tr(_PEERS, "active")


def peer_state_tooltip(row: PeerInfo) -> str:
    tr = QCoreApplication.translate
    if row.state == REPLACED:
        return tr(_PEERS, "This desk's database took a new desk id (a restored backup or a copy). Files for every "
                          "desk no longer wait for the old id; it is active again if it is heard from.")
    if row.state == SILENT:
        return tr(_PEERS, "Nothing has been heard from this desk for {days} days, so files for every desk no longer "
                          "wait for it. It can still get a file of its own.").format(days=SILENT_AFTER_DAYS)
    if row.state == RETIRED:
        return tr(_PEERS, "Retired by an administrator: files for every desk no longer wait for it. It can still "
                          "get a file of its own.")
    return tr(_PEERS, "Files for every desk carry what this desk lacks.")


class PeersModel(RowsModel):
    """Rows are ``services.sync.PeerInfo``: the other desks this desk knows of, with their state."""

    CONTEXT = _PEERS
    NAME, STATE, LAST_RECEIVED, LAST_SENT, LACKING = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_PEERS, "Desk"),
        QT_TRANSLATE_NOOP(_PEERS, "State"),
        QT_TRANSLATE_NOOP(_PEERS, "Last file read from it"),
        QT_TRANSLATE_NOOP(_PEERS, "Last file written for it"),
        QT_TRANSLATE_NOOP(_PEERS, "Changes it lacks"),
    )

    def row_id(self, row: PeerInfo) -> uuid.UUID:
        return row.desk_id

    def display(self, row: PeerInfo, column: int) -> str:
        tr = QCoreApplication.translate
        if column == self.NAME:
            return row.name
        if column == self.STATE:
            return peer_state_text(row)
        if column == self.LAST_RECEIVED:
            return datetime_text(row.last_received) if row.last_received else tr(_PEERS, "never")
        if column == self.LAST_SENT:
            return datetime_text(row.last_sent) if row.last_sent else tr(_PEERS, "never")
        if column == self.LACKING:
            return tr(_PEERS, "not known yet") if row.lacking is None else count_text(row.lacking)
        return ""

    def sort_key(self, row: PeerInfo, column: int) -> Any:
        if column == self.STATE:
            order = (ACTIVE, SILENT, REPLACED, RETIRED)
            return sort_value((order.index(row.state) if row.state in order else len(order), row.name.casefold()))
        if column == self.LAST_RECEIVED:
            return sort_value(row.last_received)
        if column == self.LAST_SENT:
            return sort_value(row.last_sent)
        if column == self.LACKING:
            return sort_value(row.lacking)
        return sort_value(row.name.casefold())

    def tooltip(self, row: PeerInfo, column: int) -> str | None:
        if column == self.STATE:
            return peer_state_tooltip(row)
        if column == self.LACKING and row.lacking is None:
            return QCoreApplication.translate(_PEERS, "No file from this desk has been read here yet, so what it "
                                                      "holds is not known.")
        return None


class ConflictsModel(RowsModel):
    """Rows are ``ConflictRow``: one a conflicting field of a record."""

    CONTEXT = _CONFLICTS
    RECORD, FIELD, SHOWN, OTHERS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP(_CONFLICTS, "Record"),
        QT_TRANSLATE_NOOP(_CONFLICTS, "Field"),
        QT_TRANSLATE_NOOP(_CONFLICTS, "Shown value"),
        QT_TRANSLATE_NOOP(_CONFLICTS, "Other values"),
    )

    def display(self, row: ConflictRow, column: int) -> str:
        c = row.conflict
        if column == self.RECORD:
            what = table_text(c.table)
            return f"{what}: {row.record_label}" if row.record_label else f"{what} {str(c.record_id)[:8]}"
        if column == self.FIELD:
            return field_text(c.field)
        if column == self.SHOWN:
            return value_text(c.winner)
        if column == self.OTHERS:
            return " · ".join(value_text(o) for o in c.others)
        return ""

    def tooltip(self, row: ConflictRow, column: int) -> str | None:
        if column == self.RECORD:
            return str(row.conflict.record_id)
        return None


class ConflictValuesModel(RowsModel):
    """Rows are the ``ConflictValue``s of one conflict, the shown one first."""

    CONTEXT = _VALUES
    VALUE, SHOWN, DESK, AUTHOR, WHEN = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_VALUES, "Value"),
        QT_TRANSLATE_NOOP(_VALUES, "Shown now"),
        QT_TRANSLATE_NOOP(_VALUES, "Written at desk"),
        QT_TRANSLATE_NOOP(_VALUES, "By"),
        QT_TRANSLATE_NOOP(_VALUES, "When"),
    )

    def row_id(self, row: ConflictValue) -> uuid.UUID:
        return row.desk_id

    def display(self, row: ConflictValue, column: int) -> str:
        if column == self.VALUE:
            return value_text(row)
        if column == self.SHOWN:
            shown = bool(self._rows) and self._rows[0] is row
            return QCoreApplication.translate(_VALUES, "shown") if shown else ""
        if column == self.DESK:
            return row.desk_name
        if column == self.AUTHOR:
            return row.author_name or "—"
        if column == self.WHEN:
            return datetime_text(row.when)
        return ""

    def sort_key(self, row: ConflictValue, column: int) -> Any:
        if column == self.WHEN:
            return (row.hlc,)
        if column == self.SHOWN:
            return 0 if self._rows and self._rows[0] is row else 1
        return super().sort_key(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() == 0 \
                and 0 <= index.row() < len(self._rows):
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
