"""The attendance grid: enrolled participants (rows) × sessions (columns).

Plain data in (``set_grid(services.activities.Grid)``), never a query. Columns: the name, how many
sessions the person attended, whether they meet the completion rule (a tick and the hours
attended), then one column per session holding present / absent / excused (a short letter in the
user's language, coloured; the full word as tooltip).

``set_mark`` changes one cell at once, before the service has saved it, and recomputes the row's
count, hours and completion with the service's own rule (``activities.completed``), so the grid
answers a key press without waiting for the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from wic_desk.domain.enums import AttendanceStatus, EnrolmentStatus
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import IdRole, Index, RowRole, SortKeyRole
from wic_desk.gui.models.display import date_text
from wic_desk.services.activities import Grid, Participant, SessionCol, completed

_CTX = "AttendanceModel"

StatusRole = Qt.ItemDataRole.UserRole + 10
"""The cell's AttendanceStatus (or None: not marked yet; None outside session columns)."""
SessionIdRole = Qt.ItemDataRole.UserRole + 11
"""The session's id for a session column (also in the horizontal header)."""
CompletedRole = Qt.ItemDataRole.UserRole + 12
"""True when the row's person meets the completion rule."""

SHORT: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP(_CTX, "P"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP(_CTX, "A"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP(_CTX, "E"),
}
COLOURS: dict[AttendanceStatus, QColor] = {
    AttendanceStatus.PRESENT: QColor("#cdebd0"),
    AttendanceStatus.ABSENT: QColor("#f5d0d0"),
    AttendanceStatus.EXCUSED: QColor("#fae6b8"),
}
TEXT_COLOUR = QColor("#1a1a1a")
COMPLETED_COLOUR = QColor("#1b6e2a")
CYCLE = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


def short_text(status: AttendanceStatus) -> str:
    """The letter shown in a cell and typed to mark it, in the user's language."""
    return QCoreApplication.translate(_CTX, SHORT[status])


def next_status(status: AttendanceStatus | None) -> AttendanceStatus:
    """Space and double-click cycle: (none) -> present -> absent -> excused -> present."""
    if status is None:
        return AttendanceStatus.PRESENT
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)]


def hours_text(hours: float) -> str:
    """``6``, ``7,5`` (Polish) or ``7.5``: no trailing zeros, the locale's decimal sign."""
    text = f"{round(hours, 2):g}"
    return text.replace(".", QLocale().decimalPoint())


class AttendanceModel(QAbstractTableModel):
    NAME, PRESENT, COMPLETED = range(3)
    FIRST_SESSION = 3
    HEADERS = (
        QT_TRANSLATE_NOOP(_CTX, "Participant"),
        QT_TRANSLATE_NOOP(_CTX, "Present"),
        QT_TRANSLATE_NOOP(_CTX, "Completed"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []
        self._sessions: list[SessionCol] = []
        self._marks: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus] = {}
        self._percent = 80
        self._today: dt.date | None = None

    # -- data in --------------------------------------------------------------------------------

    def set_grid(self, grid: Grid | None, today: dt.date | None = None) -> None:
        """Show a grid from the service: its enrolled participants (the waiting list does not
        attend) and all its sessions. ``today`` makes today's session header bold."""
        self.beginResetModel()
        if grid is None:
            self._rows, self._sessions, self._marks = [], [], {}
        else:
            self._rows = [p for p in grid.participants if p.status == EnrolmentStatus.ENROLLED]
            self._sessions = list(grid.sessions)
            self._marks = dict(grid.marks)
            self._percent = grid.completion_percent
        self._today = today
        self.endResetModel()

    def set_mark(self, row: int, column: int, status: AttendanceStatus) -> bool:
        """Mark one cell; the row's count, hours and completion follow. False when the cell is
        not a session cell."""
        session = self.session_at(column)
        if session is None or not 0 <= row < len(self._rows):
            return False
        person = self._rows[row]
        self._marks[(person.person_id, session.id)] = AttendanceStatus(status)
        present = [s for s in self._sessions if self._marks.get((person.person_id, s.id)) == AttendanceStatus.PRESENT]
        self._rows[row] = replace(person, present=len(present), hours=sum(s.hours for s in present),
                                  completed=completed(len(present), len(self._sessions), self._percent))
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.dataChanged.emit(self.index(row, self.PRESENT), self.index(row, self.COMPLETED))
        return True

    # -- questions ------------------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        return list(self._rows)

    def participant(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_person(self, person_id: uuid.UUID) -> int:
        return next((n for n, p in enumerate(self._rows) if p.person_id == person_id), -1)

    def sessions(self) -> list[SessionCol]:
        return list(self._sessions)

    def session_at(self, column: int) -> SessionCol | None:
        number = column - self.FIRST_SESSION
        return self._sessions[number] if 0 <= number < len(self._sessions) else None

    def column_of_session(self, session_id: uuid.UUID) -> int:
        for number, s in enumerate(self._sessions):
            if s.id == session_id:
                return self.FIRST_SESSION + number
        return -1

    def status(self, row: int, column: int) -> AttendanceStatus | None:
        session = self.session_at(column)
        person = self.participant(row)
        if session is None or person is None:
            return None
        return self._marks.get((person.person_id, session.id))

    def completion_percent(self) -> int:
        return self._percent

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_SESSION + len(self._sessions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        session = self.session_at(section)
        if session is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(_CTX, self.HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == self.COMPLETED:
                return QCoreApplication.translate(
                    _CTX, "✓ present at {percent}% of the sessions or more; hours attended").format(
                    percent=self._percent)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "\n✕" if session.cancelled else ""
            return f"{session.number}\n{session.held_on.strftime('%d.%m')}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate(_CTX, "Session {number} · {date} · {hours} h").format(
                number=session.number, date=date_text(session.held_on), hours=hours_text(session.hours))
            if session.cancelled:
                text += " · " + QCoreApplication.translate(_CTX, "cancelled: {reason}").format(
                    reason=session.cancel_reason or "—")
            if session.held_on == self._today:
                text += " · " + QCoreApplication.translate(_CTX, "today")
            return text
        if role == Qt.ItemDataRole.FontRole and session.held_on == self._today:
            font = QFont()
            font.setBold(True)
            return font
        if role == SessionIdRole:
            return session.id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.columnCount():
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == IdRole:
            return person.person_id
        if role == RowRole:
            return person
        if role == CompletedRole:
            return person.completed
        session = self.session_at(column)
        if session is not None:
            return self._session_data(person, session, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.PRESENT:  # of the sessions held (a cancelled one counts nowhere)
                return f"{person.present} / {sum(1 for s in self._sessions if not s.cancelled)}"
            if column == self.COMPLETED:
                hours = QCoreApplication.translate(_CTX, "{hours} h").format(hours=hours_text(person.hours))
                return f"✓ {hours}" if person.completed else hours
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return person.native_name or None
            if column == self.COMPLETED:
                return QCoreApplication.translate(_CTX, "Meets the completion rule") if person.completed \
                    else QCoreApplication.translate(_CTX, "Does not meet the completion rule yet")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COMPLETED and person.completed:
            return QBrush(COMPLETED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == self.COMPLETED and person.completed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PRESENT, self.COMPLETED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SortKeyRole:
            if column == self.NAME:
                return person.name.casefold()
            return person.hours if column == self.COMPLETED else person.present
        return None

    def _session_data(self, person: Participant, session: SessionCol, role: int):
        status = self._marks.get((person.person_id, session.id))
        if role == StatusRole:
            return status
        if role == SessionIdRole:
            return session.id
        if role == Qt.ItemDataRole.DisplayRole:
            return short_text(status) if status is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            what = enum_text(status) if status is not None else QCoreApplication.translate(_CTX, "Not marked")
            return f"{person.name} · {date_text(session.held_on)}: {what}"
        if session.cancelled and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(Qt.GlobalColor.lightGray)
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QBrush(COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole and status is not None:
            return QBrush(TEXT_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SortKeyRole:
            return CYCLE.index(status) if status is not None else len(CYCLE)
        return None
