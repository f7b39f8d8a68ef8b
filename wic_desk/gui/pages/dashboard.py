"""The coordinators' dashboard: the current project's indicators against their targets, persons
served per month by service, the days left, and the donor's Excel reports.

Everything is loaded in the background (about a second on the full demo database). Each figure is
a button: it opens the list of the records behind it (``services.drilldown``), as many rows as the
figure. The reports run in the background with a progress dialog and a Cancel button; the
workbook is written under a temporary name beside the chosen file and renamed only once it is
complete and not cancelled, so a cancelled report leaves no file.

The chart draws one bar per service and month, side by side and never stacked: a person served at
the desk and in a workshop in the same month is one person in each bar, and the humanitarian norm
forbids adding sector figures together.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.base import IdRole, RowRole, SortProxy
from wic_desk.gui.models.dashboard import DrilldownModel, number_text
from wic_desk.gui.models.display import date_text
from wic_desk.gui.pages import reports_sent
from wic_desk.gui.pages.consultation import date_edit, from_qdate
from wic_desk.gui.tasks import Cancelled
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.language import LANGUAGE_NAMES
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import drilldown, reports
from wic_desk.services.context import Actor, Database
from wic_desk.services.drilldown import PERSON, Drilldown
from wic_desk.services.reports import IndicatorValue, MonthlyServed, ProjectInfo

log = logging.getLogger(__name__)

DONOR, MONTHLY = "donor", "monthly"
SENT_KEYS = "Ctrl+Shift+R"  # the reports sent

# Okabe-Ito colours: told apart with every common colour-vision deficiency.
SERIES = (
    ("visit", QColor("#0072B2"), T("PersonsChart", "Desk visits")),
    ("consultation", QColor("#E69F00"), T("PersonsChart", "Consultations")),
    ("attendance", QColor("#009E73"), T("PersonsChart", "Group activities")),
)

STEPS = {
    "indicators": T("DashboardPage", "Counting the indicators…"),
    "persons": T("DashboardPage", "Counting the persons served…"),
    "services": T("DashboardPage", "Counting the services…"),
    "activities": T("DashboardPage", "Listing the activities…"),
    "employment": T("DashboardPage", "Listing the employment outcomes…"),
    "workbook": T("DashboardPage", "Writing the workbook…"),
    "done": T("DashboardPage", "Saving…"),
    "saved": T("DashboardPage", "Saving…"),
}


# -- data ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DashboardData:
    project: ProjectInfo
    values: list[IndicatorValue]
    monthly: list[MonthlyServed]


def load_dashboard(db: Database, actor: Actor) -> DashboardData:
    """Everything the dashboard shows (runs in the background)."""
    project = reports.current_project(db)
    values = reports.indicator_values(db, actor, project.period_start, project.period_end)
    monthly = reports.persons_per_month(db, actor, project.period_start, project.period_end)
    return DashboardData(project, values, monthly)


def indicator_title(value: IndicatorValue) -> str:
    """A seed indicator's title in the screens' language; a typed one as typed."""
    return reports.shown_title(value.code, value.title, QCoreApplication.translate)


def months_between(a: dt.date, b: dt.date) -> list[str]:
    """"YYYY-MM" of every month from a's to b's."""
    months, y, m = [], a.year, a.month
    while (y, m) <= (b.year, b.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def days_left_text(project: ProjectInfo, today: dt.date) -> str:
    tr = QCoreApplication.translate
    if today < project.period_start:
        return tr("DashboardPage", "Starts on {date}").format(date=date_text(project.period_start))
    if today > project.period_end:
        return tr("DashboardPage", "Ended on {date}").format(date=date_text(project.period_end))
    return tr("DashboardPage", "Days left: {n}").format(n=QLocale().toString((project.period_end - today).days))


# -- the chart -------------------------------------------------------------------------------------

def nice_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50, ...) giving about ``ticks`` grid lines up to ``top``."""
    raw = max(top, 1) / ticks
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


class PersonsChart(QWidget):
    """Unique persons served per month, one bar per service, with a legend; a tooltip per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personsChart")
        self.months: list[str] = []
        self.values: dict[tuple[str, str], int] = {}
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plot = QRectF()

    def set_data(self, months: list[str], rows: list[MonthlyServed]) -> None:
        self.months = list(months)
        self.values = {(r.month, r.source): r.persons for r in rows}
        for r in rows:  # a month outside the range still shows
            if r.month not in self.months:
                self.months.append(r.month)
        self.months.sort()
        self.setAccessibleDescription(self.summary())
        self.update()

    def value(self, month: str, source: str) -> int:
        return self.values.get((month, source), 0)

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        parts = []
        for month in self.months:
            figures = ", ".join(f"{QCoreApplication.translate('PersonsChart', label)} {self.value(month, code)}"
                                for code, _colour, label in SERIES)
            parts.append(f"{self.month_label(month, True)}: {figures}")
        return "; ".join(parts)

    @staticmethod
    def month_label(month: str, with_year: bool = False) -> str:
        year, number = (int(x) for x in month.split("-"))
        name = QLocale().standaloneMonthName(number, QLocale.FormatType.ShortFormat)
        return f"{name} {year}" if with_year else name

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(900, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(420, 220)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        grid_colour = palette.color(QPalette.ColorRole.Mid)
        fm = self.fontMetrics()
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)

        # Legend: coloured squares with labels, right-aligned on the top line.
        x = rect.right()
        for _code, colour, label in reversed(SERIES):
            text = QCoreApplication.translate("PersonsChart", label)
            w = fm.horizontalAdvance(text)
            x -= w
            p.setPen(text_colour)
            p.drawText(QRectF(x, rect.top(), w + 2, line), Qt.AlignmentFlag.AlignVCenter, text)
            x -= line * 0.8 + 6
            p.fillRect(QRectF(x, rect.top() + line * 0.15, line * 0.7, line * 0.7), colour)
            x -= 18

        top = max((self.value(m, code) for m in self.months for code, _c, _l in SERIES), default=0)
        step = nice_step(top)
        ceiling = max(step, ((top + step - 1) // step) * step)
        tick_width = fm.horizontalAdvance(QLocale().toString(ceiling)) + 8
        plot = QRectF(rect.left() + tick_width, rect.top() + line * 1.6, rect.width() - tick_width,
                      rect.height() - line * 1.6 - line * 2.4)
        self._plot = plot
        if plot.height() < 20 or plot.width() < 20:
            p.end()
            return

        # Grid and the count axis.
        p.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
        value = 0
        while value <= ceiling:
            y = plot.bottom() - plot.height() * value / ceiling
            p.setPen(QPen(grid_colour, 1, Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine))
            p.drawLine(plot.left(), y, plot.right(), y)
            p.setPen(text_colour)
            p.drawText(QRectF(rect.left(), y - line / 2, tick_width - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, QLocale().toString(value))
            value += step

        if not self.months or top == 0:
            p.setPen(text_colour)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("PersonsChart", "No one served in this period yet."))
            p.end()
            return

        n = len(self.months)
        group = plot.width() / n
        bar = max(1.0, group * 0.8 / len(SERIES))
        label_every = 1
        while group * label_every < fm.horizontalAdvance("0000") + 8:
            label_every += 1
        for i, month in enumerate(self.months):
            left = plot.left() + i * group + group * 0.1
            for j, (code, colour, _label) in enumerate(SERIES):
                v = self.value(month, code)
                if v:
                    h = plot.height() * v / ceiling
                    p.fillRect(QRectF(left + j * bar, plot.bottom() - h, bar - 1, h), colour)
            year, number = (int(x) for x in month.split("-"))
            if i % label_every == 0:
                p.setPen(text_colour)
                cell = QRectF(plot.left() + i * group - group, plot.bottom() + 2, group * 3, line)
                p.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.month_label(month))
                if i == 0 or number == 1:
                    p.drawText(cell.translated(0, line), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                               str(year))
        p.end()

    def month_at(self, x: float) -> str | None:
        if not self.months or self._plot.width() <= 0 or not self._plot.left() <= x <= self._plot.right():
            return None
        i = int((x - self._plot.left()) / (self._plot.width() / len(self.months)))
        return self.months[min(i, len(self.months) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            month = self.month_at(event.position().x() if hasattr(event, "position") else event.pos().x())
            if month is None:
                QToolTip.hideText()
            else:
                lines = [f"<b>{self.month_label(month, True)}</b>"] + [
                    f"{QCoreApplication.translate('PersonsChart', label)}: {self.value(month, code)}"
                    for code, _c, label in SERIES]
                QToolTip.showText(event.globalPos(), "<br>".join(lines), self)
            return True
        return super().event(event)


# -- the records behind a figure ---------------------------------------------------------------------

class DrilldownDialog(QDialog):
    """Lists the records behind one indicator's figure (loaded in the background)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, value: IndicatorValue, date_from: dt.date, date_to: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrilldownDialog")
        self.ctx = ctx
        self.value = value
        self.date_from, self.date_to = date_from, date_to
        self.result: Drilldown | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = DrilldownModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("drilldownView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DrilldownModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.open_person)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Records behind a figure"))
        self.heading.setText(indicator_title(self.value))
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        db, actor, code = self.ctx.db, self.ctx.actor, self.value.code
        a, b = self.date_from, self.date_to
        self.summary.setText(self.tr("Loading…"))
        self.ctx.runner.run_in_background(lambda _p: drilldown.records(db, actor, code, a, b),
                                          self._loaded, self._failed)

    def _loaded(self, result: Drilldown) -> None:
        self.result = result
        self.model.set_unit(result.unit)
        self.model.set_rows(result.rows)
        self.status.hide()
        self._show_summary()
        self.loaded.emit()

    def _show_summary(self) -> None:
        r = self.result
        if r is None:
            return
        period = f"{date_text(r.date_from)} – {date_text(r.date_to)}"
        text = self.tr("{period} · figure: {figure} · records listed: {rows}").format(
            period=period, figure=number_text(r.figure), rows=QLocale().toString(len(r.rows)))
        if r.rule == "hours_held":
            text += " · " + self.tr("the hours of the sessions listed add up to the figure ({hours})").format(
                hours=number_text(r.total, 2))
        if r.rule == "services":
            text += " · " + self.tr("the services of the records listed add up to the figure ({services})").format(
                services=number_text(r.total))
        if r.unit == PERSON:
            text += " · " + self.tr("each person once; double-click a person to open their page")
        if not r.complete:
            text += " · " + self.tr("only the first {n} are listed").format(n=QLocale().toString(len(r.rows)))
        self.summary.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.summary.clear()
        self.status.setText(failure_text(exc))
        self.status.show()

    def open_person(self, index) -> QDialog | None:
        if self.result is None or self.result.unit not in (PERSON, drilldown.CONSULTATION, drilldown.SERVICE):
            return None
        row = index.data(RowRole)
        if getattr(row, "restricted", False):  # counted only: their page is not opened from a figure
            return None
        person_id: uuid.UUID | None = getattr(row, "person_id", None) or index.data(IdRole)
        if person_id is None:
            return None
        from wic_desk.gui.pages.person import PersonDialog
        dialog = PersonDialog(self.ctx, person_id, self)
        dialog.open()
        return dialog


# -- asking for a report -----------------------------------------------------------------------------

def default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


class ReportDialog(QDialog):
    """The period (or the month) and the file of a report. ``params()`` gives what was chosen."""

    def __init__(self, kind: str, project: ProjectInfo, folder: Path, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.kind = kind
        self.project = project
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.from_label, self.to_label, self.month_label, self.file_label = (QLabel(self) for _ in range(4))
        self.date_from = date_edit(self, project.period_start)
        self.date_from.setObjectName("dateFrom")
        self.date_to = date_edit(self, project.period_end)
        self.date_to.setObjectName("dateTo")
        self.month = QDateEdit(self)
        self.month.setObjectName("month")
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setCalendarPopup(True)
        month = today if project.period_start <= today <= project.period_end else project.period_end
        self.month.setDate(QDate(month.year, month.month, 1))
        if kind == DONOR:
            form.addRow(self.from_label, self.date_from)
            form.addRow(self.to_label, self.date_to)
            self.month.hide()
            self.month_label.hide()
        else:
            form.addRow(self.month_label, self.month)
            for w in (self.date_from, self.date_to, self.from_label, self.to_label):
                w.hide()
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setMinimumWidth(420)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.file_label, file_row)
        # the workbook's language, whatever the screens show (the donor may read another)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.installed_language())))
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.path_edit.setText(str(folder / self.default_name()))
        self.date_from.dateChanged.connect(self._rename)
        self.date_to.dateChanged.connect(self._rename)
        self.month.dateChanged.connect(self._rename)

    def retranslate(self) -> None:
        if self.kind == DONOR:
            self.setWindowTitle(self.tr("Donor report"))
            self.intro.setText(self.tr("An Excel workbook for the donor: indicators, persons served, services, "
                                       "activities and employment (with codes, not names)."))
        else:
            self.setWindowTitle(self.tr("Monthly report"))
            self.intro.setText(self.tr("The same figures for one month, for the centre's own tracking."))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.month_label.setText(self.tr("&Month:"))
        self.file_label.setText(self.tr("&File:"))
        self.language_label.setText(self.tr("Workbook &language:"))
        for label, buddy in ((self.from_label, self.date_from), (self.to_label, self.date_to),
                             (self.month_label, self.month), (self.file_label, self.path_edit),
                             (self.language_label, self.language)):
            label.setBuddy(buddy)
        self.choose_button.setText(self.tr("&Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the report"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def default_name(self) -> str:
        if self.kind == DONOR:
            a, b = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
            return self.tr("donor-report") + f"_{a.isoformat()}_{b.isoformat()}.xlsx"
        return self.tr("monthly-report") + f"_{self.month_text()}.xlsx"

    def _rename(self, *_args) -> None:
        """Follow the dates in the file name while it is still a name we proposed."""
        path = Path(self.path_edit.text().strip())
        if path.name.startswith((self.tr("donor-report") + "_", self.tr("monthly-report") + "_")):
            self.path_edit.setText(str(path.with_name(self.default_name())))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def params(self) -> dict:
        language = self.language.currentData()
        if self.kind == DONOR:
            return {"date_from": from_qdate(self.date_from.date()), "date_to": from_qdate(self.date_to.date()),
                    "language": language}
        return {"month": self.month_text(), "language": language}

    def check_and_accept(self) -> None:
        problem = None
        if not self.path_edit.text().strip():
            problem = self.tr("Choose where to save the report.")
        elif not self.path().parent.is_dir():
            problem = self.tr("The folder {name} does not exist.").format(name=str(self.path().parent))
        elif self.kind == DONOR and self.date_to.date() < self.date_from.date():
            problem = self.tr("The end of the period is before its start.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


# -- the page ----------------------------------------------------------------------------------------

@dataclass
class IndicatorWidgets:
    title: QLabel
    count_button: QPushButton
    target_label: QLabel
    percent_label: QLabel
    bar: QProgressBar


class DashboardPage(QWidget):
    """For coordinators and administrators. ``refresh()`` reloads everything in the background."""

    loaded = Signal()
    report_finished = Signal(object)  # the Path written
    report_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self.ctx = ctx
        self.today = today
        self.data: DashboardData | None = None
        self.indicator_widgets: dict[str, IndicatorWidgets] = {}
        self.folder = default_folder()
        self.report_dialog: ReportDialog | None = None
        self.sent_dialog: reports_sent.ReportsSentDialog | None = None
        self.drilldown_dialog: DrilldownDialog | None = None
        self.progress: QProgressDialog | None = None
        self._report: dict | None = None
        self._seq = 0
        self._build()
        self.retranslate()

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.project_label = QLabel(self)
        self.project_label.setObjectName("projectLabel")
        font = self.project_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.project_label.setFont(font)
        self.project_label.setWordWrap(True)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        titles.addWidget(self.project_label)
        titles.addWidget(self.period_label)
        top.addLayout(titles, 1)
        self.days_left_label = QLabel(self)
        self.days_left_label.setObjectName("daysLeft")
        big = self.days_left_label.font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.days_left_label.setFont(big)
        top.addWidget(self.days_left_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(16)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.monthly_button = QPushButton(self)
        self.monthly_button.setObjectName("monthlyButton")
        self.monthly_button.clicked.connect(lambda: self.ask_report(MONTHLY))
        self.donor_button = QPushButton(self)
        self.donor_button.setObjectName("donorButton")
        self.donor_button.clicked.connect(lambda: self.ask_report(DONOR))
        self.sent_button = QPushButton(self)
        self.sent_button.setObjectName("sentButton")
        self.sent_button.clicked.connect(self.show_reports_sent)
        self.sent_button.setVisible(reports_sent.may_see(self.ctx))
        # beside the button's Alt mnemonic (setText would replace a shortcut set on the button)
        self.sent_shortcut = QShortcut(QKeySequence(SENT_KEYS), self, self.show_reports_sent)
        self.sent_shortcut.setEnabled(reports_sent.may_see(self.ctx))
        for button in (self.refresh_button, self.monthly_button, self.donor_button, self.sent_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)

        self.indicators_box = QGroupBox(self)
        self.indicators_box.setObjectName("indicatorsBox")
        box_layout = QVBoxLayout(self.indicators_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        self.grid_host = QWidget(self.indicators_box)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnMinimumWidth(4, 260)
        box_layout.addWidget(self.grid_host)
        layout.addWidget(self.indicators_box, 0)

        self.chart_box = QGroupBox(self)
        self.chart_box.setObjectName("chartBox")
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        self.chart = PersonsChart(self.chart_box)
        chart_layout.addWidget(self.chart)
        layout.addWidget(self.chart_box, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.status)
        self._headers: list[QLabel] = []
        for column in range(5):
            label = QLabel(self.grid_host)
            hint = label.font()
            hint.setBold(True)
            label.setFont(hint)
            self.grid.addWidget(label, 0, column,
                                Qt.AlignmentFlag.AlignRight if column in (1, 2, 3) else Qt.AlignmentFlag.AlignLeft)
            self._headers.append(label)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.monthly_button.setText(self.tr("&Monthly report…"))
        self.donor_button.setText(self.tr("&Donor report…"))
        self.sent_button.setText(self.tr("Reports &sent… (Ctrl+Shift+R)"))
        self.sent_button.setToolTip(self.tr("Every report written, kept exactly as it was sent"))
        self.indicators_box.setTitle(self.tr("Indicators over the project's period: click a figure to see the "
                                             "records behind it"))
        self.chart_box.setTitle(self.tr("Persons served per month, by service (each person once per bar)"))
        for label, text in zip(self._headers, (self.tr("Indicator"), self.tr("Count"), self.tr("Target"),
                                               self.tr("Done"), self.tr("Progress")), strict=True):
            label.setText(text)
        if self.data is not None:
            self._show(self.data)
        else:
            self.project_label.setText(self.tr("Project dashboard"))
        self.chart.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        self._seq += 1
        seq = self._seq
        db, actor = self.ctx.db, self.ctx.actor
        self.refresh_button.setEnabled(False)
        if self.data is None:
            self.show_status(self.tr("Loading…"))
        self.ctx.runner.run_in_background(lambda _p: load_dashboard(db, actor),
                                          lambda data: self._loaded(seq, data),
                                          lambda exc: self._failed(seq, exc))

    def _loaded(self, seq: int, data: DashboardData) -> None:
        if seq != self._seq:
            return
        self.refresh_button.setEnabled(True)
        self.data = data
        self._show(data)
        if self._report is None:
            self.show_status("")
        self.loaded.emit()

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.refresh_button.setEnabled(True)
        self.show_status(failure_text(exc), error=True)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show(self, data: DashboardData) -> None:
        p = data.project
        self.project_label.setText(f"{p.name} · {p.donor}" if p.donor else p.name)
        self.period_label.setText(self.tr("Project period: {start} – {end}").format(
            start=date_text(p.period_start), end=date_text(p.period_end)))
        self.days_left_label.setText(days_left_text(p, self._today()))
        self._fill_indicators(data.values)
        self.chart.set_data(months_between(p.period_start, p.period_end), data.monthly)

    def _fill_indicators(self, values: list[IndicatorValue]) -> None:
        for widgets in self.indicator_widgets.values():
            for w in (widgets.title, widgets.count_button, widgets.target_label, widgets.percent_label, widgets.bar):
                self.grid.removeWidget(w)
                w.deleteLater()
        self.indicator_widgets.clear()
        host = self.grid_host
        for row, v in enumerate(values, start=1):
            title = QLabel(indicator_title(v), host)
            title.setWordWrap(True)
            count = QPushButton(number_text(v.count), host)
            count.setObjectName(f"count_{v.code}")
            count.setFlat(True)
            count.setCursor(Qt.CursorShape.PointingHandCursor)
            count.setToolTip(self.tr("Show the records behind this figure"))
            font = count.font()
            font.setBold(True)
            font.setUnderline(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            count.setFont(font)
            count.setStyleSheet("QPushButton { color: palette(link); padding: 0 4px; text-align: right; }")
            count.clicked.connect(lambda _checked=False, value=v: self.open_drilldown(value))
            # no target yet (0): the figure alone, no share of a target
            target = QLabel(number_text(v.target) if v.has_target else "—", host)
            target.setObjectName(f"target_{v.code}")
            if not v.has_target:
                target.setToolTip(self.tr("No target set yet: a coordinator sets one on the Projects page."))
            percent = QLabel(QLocale().toString(round(v.percent)) + " %" if v.has_target else "—", host)
            percent.setObjectName(f"percent_{v.code}")
            bar = QProgressBar(host)
            bar.setObjectName(f"bar_{v.code}")
            bar.setRange(0, 1000)
            bar.setValue(min(1000, round(v.percent * 10)))
            bar.setTextVisible(False)
            bar.setMaximumHeight(max(14, self.fontMetrics().height()))
            bar.setAccessibleName(f"{indicator_title(v)}: {round(v.percent)} %" if v.has_target
                                  else indicator_title(v))
            if not v.has_target:
                bar.hide()
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(count, row, 1, right)
            self.grid.addWidget(target, row, 2, right)
            self.grid.addWidget(percent, row, 3, right)
            self.grid.addWidget(bar, row, 4)
            self.indicator_widgets[v.code] = IndicatorWidgets(title, count, target, percent, bar)

    # -- drill-down ------------------------------------------------------------------------------

    def open_drilldown(self, value: IndicatorValue) -> DrilldownDialog | None:
        if self.data is None:
            return None
        p = self.data.project
        dialog = DrilldownDialog(self.ctx, value, p.period_start, p.period_end, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drilldown_dialog = dialog
        dialog.open()
        return dialog

    # -- reports ---------------------------------------------------------------------------------

    def show_reports_sent(self) -> reports_sent.ReportsSentDialog:
        """The reports sent from every desk, each to be saved or opened again as it was sent."""
        if self.sent_dialog is not None:
            self.sent_dialog.load()
            self.sent_dialog.raise_()
            self.sent_dialog.activateWindow()
            return self.sent_dialog
        dialog = reports_sent.ReportsSentDialog(self.ctx, self)
        dialog.folder = self.folder
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "sent_dialog", None))
        self.sent_dialog = dialog
        dialog.open()
        return dialog

    def ask_report(self, kind: str) -> ReportDialog | None:
        if self.data is None or self._report is not None:
            return None
        dialog = ReportDialog(kind, self.data.project, self.folder, self._today(), self)
        dialog.accepted.connect(lambda: self.start_report(kind, dialog.path(), **dialog.params()))
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def start_report(self, kind: str, out_path: Path, date_from: dt.date | None = None,
                     date_to: dt.date | None = None, month: str | None = None,
                     language: str | None = None) -> None:
        """Write a report in the background; the file appears only when it is complete. The
        workbook is in ``language`` (default: the screens')."""
        if self._report is not None:
            return
        out_path = Path(out_path)
        self.folder = out_path.parent
        tmp = out_path.with_name(f".{out_path.stem}.{uuid.uuid4().hex[:8]}.part.xlsx")
        cancel = threading.Event()
        db, actor = self.ctx.db, self.ctx.actor
        language = language or i18n.installed_language()
        translate = i18n.translator_for(language)

        def work(progress):
            def step(done: int, total: int, what: str = "") -> None:
                if cancel.is_set():
                    raise Cancelled()
                progress(done, total, what)

            try:
                # archived under the name it is saved as (the temporary file is renamed to it)
                if kind == DONOR:
                    reports.donor_report(db, actor, date_from, date_to, tmp, translate, step, language,
                                         file_name=out_path.name)
                else:
                    reports.monthly_report(db, actor, month, tmp, translate, step, language,
                                           file_name=out_path.name)
                step(1, 1, "saved")  # the last moment a Cancel still counts
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            return tmp

        progress = QProgressDialog(self)
        progress.setObjectName("reportProgress")
        progress.setWindowTitle(self.tr("Donor report") if kind == DONOR else self.tr("Monthly report"))
        progress.setLabelText(self.tr("Preparing the report…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the dashboard stays usable
        progress.canceled.connect(self.cancel_report)
        progress.setMinimumWidth(420)
        self.progress = progress
        self._report = {"kind": kind, "out": out_path, "tmp": tmp, "cancel": cancel}
        self.donor_button.setEnabled(False)
        self.monthly_button.setEnabled(False)
        self.show_status(self.tr("Preparing the report in the background; you can go on working."))
        progress.show()
        report = self._report
        self.ctx.runner.run_in_background(work, lambda path: self._report_done(report, path),
                                          lambda exc: self._report_error(report, exc), self._report_progress)

    def _report_progress(self, done: int, total: int, what: str) -> None:
        if self.progress is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if what in STEPS:
            self.progress.setLabelText(QCoreApplication.translate("DashboardPage", STEPS[what]))

    def cancel_report(self) -> None:
        report = self._report
        if report is None:
            return
        report["cancel"].set()  # the job stops at its next step and removes its partial file
        self._finish_report()
        self.show_status(self.tr("The report was cancelled; no file was written."))

    def _finish_report(self) -> None:
        self._report = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_report)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.donor_button.setEnabled(True)
        self.monthly_button.setEnabled(True)

    def _report_done(self, report: dict, tmp: Path) -> None:
        if report["cancel"].is_set():
            Path(tmp).unlink(missing_ok=True)  # finished just as Cancel was pressed
            return
        out: Path = report["out"]
        try:
            os.replace(tmp, out)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            self._finish_report()
            text = self.tr("The report could not be saved as {name}: {reason}. Is the file open in another "
                           "program?").format(name=str(out), reason=exc.strerror or type(exc).__name__)
            self.show_status(text, error=True)
            self.report_failed.emit(text)
            return
        self._finish_report()
        link = QUrl.fromLocalFile(str(out)).toString()
        folder = QUrl.fromLocalFile(str(out.parent)).toString()
        self.show_status(self.tr("Report saved: {file} (<a href=\"{folder}\">open the folder</a>)").format(
            file=f"<a href=\"{link}\">{out.name}</a>", folder=folder))
        self.report_finished.emit(out)

    def _report_error(self, report: dict, exc: BaseException) -> None:
        if report["cancel"].is_set():
            return
        self._finish_report()
        text = failure_text(exc)
        self.show_status(text, error=True)
        self.report_failed.emit(text)

