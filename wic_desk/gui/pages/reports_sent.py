"""Reports sent: every donor and monthly report written on any desk, as it was written.

Reached from the dashboard (its "Reports sent…" button). The list is loaded in the background;
"Save a copy…" writes the archived file byte for byte where the user chooses, "Open" saves it to
a temporary folder and opens it in the spreadsheet program. Both check the file's SHA-256 first
(``services.report_archive``): a damaged archive entry is refused and nothing is written.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.base import RowRole, RowsModel, SortProxy, sort_value
from wic_desk.gui.models.display import date_text, datetime_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import report_archive
from wic_desk.services.report_archive import ArchivedInfo

CONTEXT = "ReportsSentModel"
KINDS = {"donor": T(CONTEXT, "Donor report"), "monthly": T(CONTEXT, "Monthly report")}
SHORT_CHECKSUM = 12  # characters of the SHA-256 shown; the whole is in the tooltip
OPEN_KEYS = "Ctrl+O"
SAVE_KEYS = "Ctrl+S"


def may_see(ctx: AppContext) -> bool:
    return ctx.actor is not None and allowed(ctx.actor.role, Action.REPORTS_ARCHIVE)


def size_text(size: int) -> str:
    if size < 1024:
        return QLocale().toString(size) + " B"
    return QLocale().toString(size / 1024, "f", 1) + " KB"


class ReportsSentModel(RowsModel):
    CONTEXT = CONTEXT
    KIND, PERIOD, PROJECT, MADE_BY, MADE_AT, FILE, CHECKSUM = range(7)
    HEADERS = (T(CONTEXT, "Kind"), T(CONTEXT, "Period"), T(CONTEXT, "Project"), T(CONTEXT, "Made by"),
               T(CONTEXT, "Made at"), T(CONTEXT, "File"), T(CONTEXT, "Checksum (SHA-256)"))

    def display(self, row: ArchivedInfo, column: int) -> str:
        if column == self.KIND:
            return QCoreApplication.translate(CONTEXT, KINDS.get(row.kind, row.kind))
        if column == self.PERIOD:
            return f"{date_text(row.period_from)} – {date_text(row.period_to)}"
        if column == self.PROJECT:
            return row.project
        if column == self.MADE_BY:
            return row.made_by
        if column == self.MADE_AT:
            return datetime_text(row.made_at)
        if column == self.FILE:
            return f"{row.file_name} ({size_text(row.size)})"
        if column == self.CHECKSUM:
            return row.sha256[:SHORT_CHECKSUM]
        return ""

    def tooltip(self, row: ArchivedInfo, column: int) -> str | None:
        return row.sha256 if column == self.CHECKSUM else None

    def sort_key(self, row: ArchivedInfo, column: int):
        if column == self.PERIOD:
            return sort_value((row.period_from, row.period_to))
        if column == self.MADE_AT:
            return sort_value(row.made_at)
        return sort_value(self.display(row, column).casefold())


class ReportsSentDialog(QDialog):
    """The reports sent, newest first; save a copy or open one as it was sent."""

    loaded = Signal()
    saved = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsSentDialog")
        self.ctx = ctx
        self.folder = Path.home()
        self._busy = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ReportsSentModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("reportsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the service gives them: newest first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # every column as wide as its text: a project is not cut to "…"
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCopyButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_selected)
        self.open_button.clicked.connect(self.open_selected)
        QShortcut(QKeySequence(SAVE_KEYS), self, self.save_selected)
        QShortcut(QKeySequence(OPEN_KEYS), self, self.open_selected)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.resize(1240, 480)
        self.retranslate()
        self._enable()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports sent"))
        self.save_button.setText(self.tr("&Save a copy… (Ctrl+S)"))
        self.open_button.setText(self.tr("&Open (Ctrl+O)"))
        self.model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list --------------------------------------------------------------------------------

    def load(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.summary.setText(self.tr("Loading…"))
        self.ctx.runner.run_in_background(lambda _p: report_archive.list_reports(db, actor),
                                          self._loaded, self._failed)

    def _loaded(self, rows: list[ArchivedInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self._show_summary()
        self._enable()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.clear()
        self.show_status(failure_text(exc), error=True)

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("No report has been sent yet. Every donor or monthly report written "
                                         "is kept here exactly as it was written."))
        else:
            self.summary.setText(self.tr("Reports sent: {n}, newest first. Each opens exactly as it was sent, "
                                         "whatever was corrected since.").format(n=QLocale().toString(count)))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def selected(self) -> ArchivedInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None and not self._busy
        self.save_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    # -- saving and opening ----------------------------------------------------------------------

    def save_selected(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the report"),
                                                    str(self.folder / row.file_name),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        self.folder = out.parent
        self._write(row, out, open_after=False)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        folder = Path(tempfile.mkdtemp(prefix="wic-desk-report-"))
        self._write(row, folder / row.file_name, open_after=True, temporary=folder)

    def _write(self, row: ArchivedInfo, out: Path, open_after: bool, temporary: Path | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._busy = True
        self._enable()
        self.show_status(self.tr("Saving the copy…"))
        self.ctx.runner.run_in_background(lambda _p: report_archive.save_copy(db, actor, row.id, out),
                                          lambda written: self._written(Path(written), open_after),
                                          lambda exc: self._write_failed(exc, temporary))

    def _written(self, path: Path, open_after: bool) -> None:
        self._busy = False
        self._enable()
        if open_after:
            self.show_status(self.tr("The report is open in the spreadsheet program, as it was sent."))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        else:
            link = QUrl.fromLocalFile(str(path)).toString()
            self.show_status(self.tr("Copy saved, identical to the report sent: {file}").format(
                file=f"<a href=\"{link}\">{path.name}</a>"))
        self.saved.emit(path)

    def _write_failed(self, exc: BaseException, temporary: Path | None = None) -> None:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)  # nothing was written in it
        self._busy = False
        self._enable()
        self.show_status(failure_text(exc), error=True)
