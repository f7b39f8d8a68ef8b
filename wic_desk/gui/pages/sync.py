"""The sync screen: desks in step without a network (issue 6).

- "Write exchange file": for every desk (what the least up-to-date desk lacks), for one chosen
  desk (only what it lacks, judged from the last file read from it), or everything (a full file,
  from which a new desk joins; coordinators and administrators). "Read exchange file" applies a
  file from another desk, all of it or nothing, and says what arrived.
- The other desks: each one's state (active, replaced by another desk, silent since a date,
  retired), the last exchange with it and how many changes it is known to lack. An administrator
  retires a desk that will not come back ("Retire desk…", after a confirmation); the retirement
  travels to every desk, and files "for every desk" stop waiting for it.
- The conflicts to review: every value of a field that two desks changed apart, who wrote it at
  which desk and when; "Keep" confirms the shown value, "Use the other" takes another. Either is a
  new change that settles the conflict on every desk once it travels (coordinators and
  administrators; the service checks the role again).

Exchange files are encrypted to the centre key, which every desk of the centre keeps in its
encrypted database: nobody types anything to write or read one. A full file (for a new desk)
comes with a one-time join code, shown once in ``JoinCodeDialog`` and kept nowhere; the new desk
joins with the file and that code. A desk set up before centre keys asks once for the centre's
former sync passphrase (``FormerPassphraseDialog``) and derives the key from it in the
background; after that it asks for nothing. Reading and writing run in the background with a
progress dialog and Cancel; a cancelled import changes nothing and a cancelled export leaves no
file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import allows
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.base import RowRole, SortProxy
from wic_desk.gui.models.sync import ConflictRow, ConflictsModel, ConflictValuesModel, PeersModel, count_text
from wic_desk.gui.tasks import Cancelled
from wic_desk.gui.widgets import shown_once
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import people
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Actor, Database
from wic_desk.services.sync import ConflictValue, ExportResult, ImportResult, PeerInfo

log = logging.getLogger(__name__)

WRITE_KEYS = "Ctrl+E"
READ_KEYS = "Ctrl+O"
REFRESH_KEYS = "F5"
KEEP_KEYS = "Ctrl+K"
USE_OTHER_KEYS = "Ctrl+U"

EVERYONE, ONE_DESK, EVERYTHING = "everyone", "desk", "everything"

FILE_FILTER = T("SyncPage", "WIC Desk exchange files (*.wicsync *.age);;All files (*)")
NAMED_PERSONS = 500  # conflicts of persons beyond this many show the record's id, not the name


class _CancelledJob:
    """What a job returns when the user pressed Cancel and it stopped."""


CANCELLED = _CancelledJob()


def may_write_full(actor: Actor | None) -> bool:
    return actor is not None and allows(actor.role, "sync.export_full")


def may_resolve(actor: Actor | None) -> bool:
    return actor is not None and allows(actor.role, "sync.resolve")


def may_retire(actor: Actor | None) -> bool:
    return actor is not None and allows(actor.role, "sync.retire")


def default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


def file_name_part(text: str) -> str:
    """A desk's name as part of a file name (letters of any script kept, the rest dashes)."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-") or "desk"


def load_state(db: Database, actor: Actor) -> tuple[list[PeerInfo], list[ConflictRow]]:
    """The other desks and the open conflicts, persons named (runs in the background)."""
    peer_rows = sync_service.peers(db)
    rows = []
    named = 0
    for c in sync_service.conflicts(db, actor):
        label = ""
        if c.table == "persons" and named < NAMED_PERSONS:
            named += 1
            try:
                data = people.get_person(db, actor, c.record_id).data
                label = f"{data.given_name} {data.family_name}".strip()
            except UserError:
                label = ""
        rows.append(ConflictRow(c, label))
    return peer_rows, rows


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


# -- the centre key ---------------------------------------------------------------------------------

class FormerPassphraseDialog(QDialog):
    """A desk set up before centre keys: asks, once, for the centre's former sync passphrase (twice,
    as a typing mistake would give this desk a key no other desk has). ``ask`` returns it or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FormerPassphraseDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.careful = QLabel(self)
        self.careful.setWordWrap(True)
        layout.addWidget(self.careful)
        form = QFormLayout()
        self.caption = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(320)
        self.caption.setBuddy(self.edit)
        form.addRow(self.caption, self.edit)
        self.repeat_caption = QLabel(self)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_caption.setBuddy(self.repeat_edit)
        form.addRow(self.repeat_caption, self.repeat_edit)
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
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The centre key"))
        self.intro.setText(i18n.message_text(sync_service.E_NO_CENTRE_KEY))
        self.careful.setText(self.tr("Type it exactly as the other desks had it: this desk keeps the key made "
                                     "from it, and with another passphrase it could not read the other desks' "
                                     "files."))
        self.caption.setText(self.tr("Former sync &passphrase:"))
        self.repeat_caption.setText(self.tr("&Repeat it:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refuse(self, text: str, edit: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        edit.setFocus()

    def check_and_accept(self) -> None:
        if not self.edit.text():
            return self._refuse(i18n.message_text(sync_service.E_NO_PASSPHRASE), self.edit)
        if self.edit.text() != self.repeat_edit.text():
            return self._refuse(self.tr("The two passphrases are not the same."), self.repeat_edit)
        self.accept()

    def passphrase(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.repeat_edit.clear()

    @staticmethod
    def ask(parent: QWidget) -> str | None:
        dialog = FormerPassphraseDialog(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase()
        finally:
            dialog.clear()
            dialog.deleteLater()


class JoinCodeDialog(QDialog):
    """The join code of a full file just written, shown this once (it is kept nowhere). It closes
    only once the person says they have written it down; Close is then the default button, so a
    stray Enter does not close it unseen."""

    def __init__(self, code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JoinCodeDialog")
        self.code = code
        self.path = path
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title_label = shown_once.heading(self)
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)
        self.code_label = shown_once.secret_label(code, self, scale=2, margin=14, keyboard=True)
        self.code_label.setObjectName("codeLabel")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.once_label = QLabel(self)
        self.once_label.setObjectName("onceLabel")
        self.once_label.setWordWrap(True)
        bold = self.once_label.font()
        bold.setBold(True)
        self.once_label.setFont(bold)
        self.kept_check = QCheckBox(self)
        self.kept_check.setObjectName("keptCheck")
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAutoDefault(False)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("copiedLabel")
        self.copied_label.hide()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.title_label, self.explain_label, self.code_label, self.file_label, self.once_label,
                       self.kept_check):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.kept_check.toggled.connect(self.close_button.setEnabled)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)
        self.setMinimumWidth(600)
        self.retranslate()
        self.adjustSize()
        self.kept_check.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join code"))
        self.title_label.setText(self.tr("The join code for the new desk"))
        self.explain_label.setText(self.tr(
            "The new desk joins the centre with the join file and this code. Give the code to the person "
            "setting up the new desk separately from the file: by phone or on paper, not in the same e-mail "
            "and not on the same USB stick."))
        self.file_label.setText(self.tr("Join file: {file}").format(file=str(self.path)))
        self.once_label.setText(self.tr("The code is shown only now and kept nowhere: once this window is "
                                        "closed it is gone, and a new join file has to be written."))
        self.kept_check.setText(self.tr("I have &written down the code"))
        self.copy_button.setText(self.tr("&Copy the code"))
        self.copied_label.setText(self.tr("Copied."))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copied_label.show()

    def reject(self) -> None:
        """Escape or the window's close button: not before the code is written down."""
        if self.kept_check.isChecked():
            super().reject()


# -- what to write ---------------------------------------------------------------------------------

class WriteDialog(QDialog):
    """For whom to write: every desk, one desk (only what it lacks), or everything."""

    def __init__(self, peers: list[PeerInfo], allow_full: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WriteDialog")
        self.peers = peers
        self.allow_full = allow_full
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.everyone_radio = QRadioButton(self)
        self.everyone_radio.setObjectName("everyoneRadio")
        self.everyone_note = QLabel(self)
        self.desk_radio = QRadioButton(self)
        self.desk_radio.setObjectName("deskRadio")
        self.desk_combo = QComboBox(self)
        self.desk_combo.setObjectName("deskCombo")
        for peer in peers:
            self.desk_combo.addItem(peer.name, peer.desk_id)
        self.full_radio = QRadioButton(self)
        self.full_radio.setObjectName("fullRadio")
        self.full_note = QLabel(self)
        # A full file written for a new desk by name: this desk knows it from then on.
        self.new_desk_label = QLabel(self)
        self.new_desk_edit = QLineEdit(self)
        self.new_desk_edit.setObjectName("newDeskEdit")
        self.new_desk_label.setBuddy(self.new_desk_edit)
        self.group = QButtonGroup(self)
        for radio in (self.everyone_radio, self.desk_radio, self.full_radio):
            self.group.addButton(radio)
        layout.addWidget(self.everyone_radio)
        layout.addWidget(self._indented(self.everyone_note))
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.desk_radio)
        desk_row.addWidget(self.desk_combo, 1)
        layout.addLayout(desk_row)
        layout.addWidget(self.full_radio)
        layout.addWidget(self._indented(self.full_note))
        new_desk_row = QHBoxLayout()
        new_desk_row.addSpacing(24)
        new_desk_row.addWidget(self.new_desk_label)
        new_desk_row.addWidget(self.new_desk_edit, 1)
        layout.addLayout(new_desk_row)
        self.everyone_radio.setChecked(True)
        self.desk_radio.setEnabled(bool(peers))
        self.desk_combo.setEnabled(False)
        self.full_radio.setEnabled(allow_full)
        self.new_desk_edit.setEnabled(False)
        self.full_radio.toggled.connect(self.new_desk_edit.setEnabled)
        self.new_desk_edit.textEdited.connect(lambda _t: self.full_radio.setChecked(True))
        self.desk_radio.toggled.connect(self.desk_combo.setEnabled)
        self.desk_combo.activated.connect(lambda _i: self.desk_radio.setChecked(True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def _indented(self, label: QLabel) -> QLabel:
        label.setWordWrap(True)
        label.setIndent(24)
        label.setEnabled(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Write exchange file"))
        self.intro.setText(self.tr("Which changes should the file carry?"))
        self.everyone_radio.setText(self.tr("For &every desk"))
        self.everyone_note.setText(self.tr("What the least up-to-date active desk lacks: any desk can read it. "
                                           "Silent, replaced and retired desks are not waited for."))
        self.desk_radio.setText(self.tr("For &one desk, only what it lacks:"))
        self.full_radio.setText(self.tr("Every&thing (a full file, for a new desk joining the centre)"))
        if self.allow_full:
            self.full_note.setText(self.tr("Holds all the centre's data, staff accounts included. Keep it safe. "
                                           "The new desk also needs the join code shown once the file is "
                                           "written. Name the new desk to write files for it before it has "
                                           "sent any."))
        else:
            self.full_note.setText(self.tr("Only coordinators and administrators write a full file."))
        self.new_desk_label.setText(self.tr("&New desk's name:"))
        self.new_desk_edit.setPlaceholderText(self.tr("optional, e.g. Recepcja 2"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mode(self) -> str:
        if self.full_radio.isChecked():
            return EVERYTHING
        if self.desk_radio.isChecked() and self.desk_combo.currentIndex() >= 0:
            return ONE_DESK
        return EVERYONE

    def choose(self, mode: str, desk_id: uuid.UUID | None = None) -> None:
        """Select a choice as the user would (tests, keyboard)."""
        if mode == EVERYTHING:
            self.full_radio.setChecked(True)
        elif mode == ONE_DESK:
            self.desk_radio.setChecked(True)
            if desk_id is not None:
                self.desk_combo.setCurrentIndex(self.desk_combo.findData(desk_id))
        else:
            self.everyone_radio.setChecked(True)

    def new_desk(self) -> str | None:
        """The new desk's name for a full file, when one was given."""
        name = self.new_desk_edit.text().strip()
        return name if self.mode() == EVERYTHING and name else None

    def for_desk(self) -> PeerInfo | None:
        if self.mode() != ONE_DESK:
            return None
        desk_id = self.desk_combo.currentData()
        return next((p for p in self.peers if p.desk_id == desk_id), None)


# -- the page --------------------------------------------------------------------------------------

class SyncPage(QWidget):
    """Exchange files, the other desks, the conflicts. Signals for the main window and tests:
    ``loaded`` after a refresh, ``imported`` after a file was read (data changed here),
    ``exported`` after a file was written."""

    loaded = Signal()
    imported = Signal(object)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncPage")
        self.ctx = ctx
        self.folder = default_folder()
        self._centre_key = False  # known to be on this desk (a desk never loses it)
        self._retype = False  # a file did not open with a key from a former passphrase: ask it again
        self._seq = 0
        self._job: dict[str, Any] | None = None
        self.progress: QProgressDialog | None = None
        self.write_dialog: WriteDialog | None = None
        self.join_code_dialog: JoinCodeDialog | None = None
        self.last_import: ImportResult | None = None
        self.last_export: ExportResult | None = None
        self._build()
        self.retranslate()
        self._update_actions()
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.write_button = QPushButton(self)
        self.write_button.setObjectName("writeButton")
        self.write_button.clicked.connect(self.ask_write)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("readButton")
        self.read_button.clicked.connect(self.ask_read)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.write_button, self.read_button, self.refresh_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)

        upper = QHBoxLayout()
        self.peers_box = QGroupBox(self)
        self.peers_box.setObjectName("peersBox")
        peers_layout = QVBoxLayout(self.peers_box)
        self.peers_model = PeersModel(self)
        self.peers_proxy = SortProxy(self)
        self.peers_proxy.setSourceModel(self.peers_model)
        self.peers_view = _table(self.peers_box, "peersView")
        self.peers_view.setModel(self.peers_proxy)
        self.peers_view.sortByColumn(PeersModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.peers_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeersModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.peers_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        peers_layout.addWidget(self.peers_view)
        self.no_peers = QLabel(self.peers_box)
        self.no_peers.setObjectName("noPeers")
        self.no_peers.setWordWrap(True)
        peers_layout.addWidget(self.no_peers)
        self.not_known_there = QLabel(self.peers_box)
        self.not_known_there.setObjectName("notKnownThere")
        self.not_known_there.setWordWrap(True)
        self.not_known_there.hide()
        peers_layout.addWidget(self.not_known_there)
        peer_buttons = QHBoxLayout()
        peer_buttons.addStretch(1)
        self.retire_button = QPushButton(self.peers_box)
        self.retire_button.setObjectName("retireButton")
        self.retire_button.setAutoDefault(False)
        self.retire_button.clicked.connect(self.ask_retire)
        self.retire_button.setVisible(may_retire(self.ctx.actor))
        peer_buttons.addWidget(self.retire_button)
        peers_layout.addLayout(peer_buttons)
        upper.addWidget(self.peers_box, 3)

        self.arrived_box = QGroupBox(self)
        self.arrived_box.setObjectName("arrivedBox")
        arrived_layout = QFormLayout(self.arrived_box)
        self.arrived_captions: dict[str, QLabel] = {}
        self.arrived_values: dict[str, QLabel] = {}
        for key in ("from", "changes", "new", "conflicts", "waiting"):
            caption, value = QLabel(self.arrived_box), QLabel(self.arrived_box)
            value.setObjectName(f"arrived_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            arrived_layout.addRow(caption, value)
            self.arrived_captions[key], self.arrived_values[key] = caption, value
        self.nothing_read = QLabel(self.arrived_box)
        self.nothing_read.setWordWrap(True)
        arrived_layout.addRow(self.nothing_read)
        upper.addWidget(self.arrived_box, 2)
        layout.addLayout(upper, 1)

        self.conflicts_box = QGroupBox(self)
        self.conflicts_box.setObjectName("conflictsBox")
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.conflicts_box)
        self.conflicts_model = ConflictsModel(self)
        self.conflicts_proxy = SortProxy(self)
        self.conflicts_proxy.setSourceModel(self.conflicts_model)
        self.conflicts_view = _table(self.splitter, "conflictsView")
        self.conflicts_view.setModel(self.conflicts_proxy)
        self.conflicts_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.conflicts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ConflictsModel.RECORD, 220)
        header.resizeSection(ConflictsModel.FIELD, 120)
        header.resizeSection(ConflictsModel.SHOWN, 150)
        self.conflicts_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_conflict())
        detail = QWidget(self.splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.conflict_heading = QLabel(detail)
        self.conflict_heading.setObjectName("conflictHeading")
        self.conflict_heading.setWordWrap(True)
        detail_layout.addWidget(self.conflict_heading)
        self.values_model = ConflictValuesModel(self)
        self.values_view = _table(detail, "valuesView")
        self.values_view.setSortingEnabled(False)
        self.values_view.setModel(self.values_model)
        header = self.values_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictValuesModel.VALUE, QHeaderView.ResizeMode.Stretch)
        self.values_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        detail_layout.addWidget(self.values_view, 1)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(detail)
        self.keep_button.setObjectName("keepButton")
        self.keep_button.clicked.connect(self.keep)
        self.use_other_button = QPushButton(detail)
        self.use_other_button.setObjectName("useOtherButton")
        self.use_other_button.clicked.connect(self.use_other)
        for button in (self.keep_button, self.use_other_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        conflicts_layout.addWidget(self.splitter, 1)
        self.no_conflicts = QLabel(self.conflicts_box)
        self.no_conflicts.setObjectName("noConflicts")
        conflicts_layout.addWidget(self.no_conflicts)
        self.resolve_note = QLabel(self.conflicts_box)
        self.resolve_note.setObjectName("resolveNote")
        self.resolve_note.setWordWrap(True)
        self.resolve_note.setVisible(not may_resolve(self.ctx.actor))
        conflicts_layout.addWidget(self.resolve_note)
        layout.addWidget(self.conflicts_box, 2)

        for keys, slot in ((WRITE_KEYS, self.ask_write), (READ_KEYS, self.ask_read), (REFRESH_KEYS, self.refresh),
                           (KEEP_KEYS, self.keep), (USE_OTHER_KEYS, self.use_other)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Exchange files with the other desks"))
        self.intro.setText(self.tr("Desks stay in step through files: write one here, carry it on a USB stick, a "
                                   "shared folder or e-mail, and read it at the other desk. The files are "
                                   "encrypted with the centre key: only the desks of this centre can read them."))
        self.write_button.setText(self.tr("Write exchange file… ({keys})").format(keys=WRITE_KEYS))
        self.read_button.setText(self.tr("Read exchange file… ({keys})").format(keys=READ_KEYS))
        self.refresh_button.setText(self.tr("Refresh ({keys})").format(keys=REFRESH_KEYS))
        self.peers_box.setTitle(self.tr("The last exchange with each desk"))
        self.no_peers.setText(self.tr("No other desk is known here yet. Read a file from another desk, or write one "
                                      "for every desk."))
        self.retire_button.setText(self.tr("Retire desk…"))
        self.retire_button.setToolTip(self.tr("For a desk that will not come back (a laptop given away, lost or "
                                              "replaced): files for every desk stop waiting for it."))
        self.arrived_box.setTitle(self.tr("The last file read here"))
        captions = {"from": self.tr("From desk:"), "changes": self.tr("Changes in the file:"),
                    "new": self.tr("New here:"), "conflicts": self.tr("Conflicts to review:"),
                    "waiting": self.tr("Waiting for their person or activity:")}
        for key, text in captions.items():
            self.arrived_captions[key].setText(text)
        self.nothing_read.setText(self.tr("No file has been read since you logged in."))
        self.conflicts_box.setTitle(self.tr("Conflicts to review: the same field changed at two desks"))
        self.no_conflicts.setText(self.tr("No conflicts: every desk's changes agree."))
        self.keep_button.setText(self.tr("Keep the shown value ({keys})").format(keys=KEEP_KEYS))
        self.use_other_button.setText(self.tr("Use the other ({keys})").format(keys=USE_OTHER_KEYS))
        self.use_other_button.setToolTip(self.tr("Takes the value selected in the list; with two values, the one "
                                                 "not shown now."))
        self.resolve_note.setText(self.tr("Coordinators and administrators settle conflicts; until then the shown "
                                          "value stands and nothing is lost."))
        for model in (self.peers_model, self.conflicts_model, self.values_model):
            model.retranslate()
        self._show_not_known_there()
        self._show_arrived()
        self._show_conflict()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the other desks and the conflicts (in the background)."""
        if self.ctx.actor is None:
            return
        self._seq += 1
        seq = self._seq
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: load_state(db, actor),
                                          lambda state: self._loaded(seq, state),
                                          lambda exc: self._load_failed(seq, exc))

    def _loaded(self, seq: int, state: tuple[list[PeerInfo], list[ConflictRow]]) -> None:
        if seq != self._seq:
            return
        peer_rows, conflict_rows = state
        selected = self.selected_conflict()
        key = (selected.conflict.table, selected.conflict.record_id, selected.conflict.field) if selected else None
        chosen_peer = self.selected_peer()
        self.peers_model.set_rows(peer_rows)
        self.no_peers.setVisible(not peer_rows)
        self.peers_view.setVisible(bool(peer_rows))
        if chosen_peer is not None:
            self.select_peer(chosen_peer.desk_id)
        self._show_not_known_there()
        self.conflicts_model.set_rows(conflict_rows)
        self.no_conflicts.setVisible(not conflict_rows)
        self.splitter.setVisible(bool(conflict_rows))
        if conflict_rows:
            row = next((n for n, r in enumerate(conflict_rows)
                        if (r.conflict.table, r.conflict.record_id, r.conflict.field) == key), 0)
            self.select_conflict(row)
        self._show_conflict()
        self.loaded.emit()

    def _load_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.show_status(failure_text(exc), error=True)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- the centre key ------------------------------------------------------------------------------

    def has_centre_key(self) -> bool:
        if self._retype:
            return False
        if not self._centre_key:
            self._centre_key = sync_service.has_centre_key(self.ctx.db)
        return self._centre_key

    def with_centre_key(self, then: Callable[[], None]) -> None:
        """Run ``then`` once this desk has the centre key. A desk set up before centre keys asks for
        the centre's former sync passphrase (once ever) and derives the key in the background first."""
        if self.has_centre_key():
            then()
            return
        phrase = FormerPassphraseDialog.ask(self)
        if phrase is None:
            self._retype = False  # not mistyped, then: the next write or read goes on with the key held
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(_step):
            try:
                sync_service.adopt_passphrase(db, actor, phrase)
            except UserError as exc:
                if exc.text != sync_service.E_HAS_CENTRE_KEY:  # made meanwhile (another window): fine
                    raise

        def done(_result) -> None:
            self._centre_key = True
            self._retype = False
            self.show_status(self.tr("This desk has the centre key now: no passphrase is needed from now on."))
            then()

        self._start_job("key", self.tr("Making the centre key"), work, done, cancellable=False)

    # -- writing ---------------------------------------------------------------------------------

    def ask_write(self) -> WriteDialog | None:
        """Ctrl+E: for whom to write, then the file."""
        if self._job is not None or self.ctx.actor is None:
            return None
        # a replaced desk id is a database that now writes under another id: nobody to write for
        choices = [p for p in self.peers_model.rows() if p.state != sync_service.REPLACED]
        dialog = WriteDialog(choices, may_write_full(self.ctx.actor), self)
        dialog.accepted.connect(lambda: self._write_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.write_dialog = dialog
        dialog.open()
        return dialog

    def _write_chosen(self, dialog: WriteDialog) -> None:
        self.write_dialog = None
        mode, peer = dialog.mode(), dialog.for_desk()
        self.write(mode, peer, new_desk=dialog.new_desk())

    def write(self, mode: str = EVERYONE, peer: PeerInfo | None = None, new_desk: str | None = None) -> None:
        """Ask for the file, then write in the background (the centre key first, on a desk set up
        before centre keys)."""
        if self._job is not None:
            return
        self.with_centre_key(lambda: self._choose_file_and_write(mode, peer, new_desk))

    def _choose_file_and_write(self, mode: str, peer: PeerInfo | None, new_desk: str | None) -> None:
        own = file_name_part(self.ctx.desk.desk_name if self.ctx.desk else "desk")
        if mode == EVERYTHING and new_desk:
            name = f"{own}-join-{file_name_part(new_desk)}-{dt.date.today():%Y-%m-%d}.wicsync"
        elif mode == EVERYTHING:
            name = f"{own}-full-{dt.date.today():%Y-%m-%d}.wicsync"
        elif peer is not None:
            name = f"{own}-for-{file_name_part(peer.name)}-{dt.date.today():%Y-%m-%d}.wicsync"
        else:
            name = f"{own}-{dt.date.today():%Y-%m-%d}.wicsync"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Write exchange file"), str(self.folder / name),
                                                    self.tr(FILE_FILTER))
        if not path:
            return
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(".wicsync")
        self.folder = out.parent
        self.start_export(out, for_desk=peer.desk_id if peer else None, full=mode == EVERYTHING,
                          whom=peer.name if peer else new_desk, new_desk=new_desk)

    def start_export(self, out: Path, for_desk: uuid.UUID | None = None, full: bool = False,
                     whom: str | None = None, new_desk: str | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        existed = out.exists()

        def work(step):
            try:
                return sync_service.export_changes(db, actor, out, for_desk=for_desk, full=full,
                                                   progress=step, new_desk=new_desk)
            except Cancelled:
                if not existed:
                    out.unlink(missing_ok=True)  # the export may have finished writing just before
                return CANCELLED

        title = self.tr("Writing the exchange file")
        self._start_job("export", title, work, lambda result: self._exported(result, whom))

    def _exported(self, result: ExportResult, whom: str | None) -> None:
        code = result.join_code
        result = dataclasses.replace(result, join_code=None)  # shown once below, kept nowhere
        self.last_export = result
        size = QLocale().formattedDataSize(result.size)
        if result.full and result.for_desk is not None:
            text = self.tr("Written: {file}, everything ({changes} changes, {size}). The new desk {desk} joins "
                           "from it with its join code; it is listed here from now on.")
        elif result.full:
            text = self.tr("Written: {file}, everything ({changes} changes, {size}). A new desk joins from it "
                           "with its join code.")
        elif whom:
            text = self.tr("Written: {file}, for {desk} ({changes} changes, {size}).")
        else:
            text = self.tr("Written: {file}, for every desk ({changes} changes, {size}).")
        self.show_status(text.format(file=str(result.path), desk=whom or "", changes=count_text(result.changes),
                                     size=size))
        if code:
            self.show_join_code(code, result.path)
        self.exported.emit(result)
        self.refresh()

    def show_join_code(self, code: str, path: Path) -> JoinCodeDialog:
        """The join code of the full file just written: this once, in a dialog."""
        dialog = JoinCodeDialog(code, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._join_code_closed(dialog))
        self.join_code_dialog = dialog
        dialog.open()
        return dialog

    def _join_code_closed(self, dialog: JoinCodeDialog) -> None:
        if self.join_code_dialog is dialog:
            self.join_code_dialog = None

    # -- reading ---------------------------------------------------------------------------------

    def ask_read(self) -> None:
        """Ctrl+O: the file, then read it in the background (the centre key first, on a desk set
        up before centre keys)."""
        if self._job is not None or self.ctx.actor is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Read exchange file"), str(self.folder),
                                                    self.tr(FILE_FILTER))
        if not path:
            return
        self.folder = Path(path).parent
        self.with_centre_key(lambda: self.start_import(Path(path)))

    def start_import(self, path: Path) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(step):
            try:
                return sync_service.import_file(db, actor, path, progress=step)
            except Cancelled:  # raised inside the import's transaction: nothing was written
                return CANCELLED

        self._start_job("import", self.tr("Reading the exchange file"), work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.last_import = result
        self._show_arrived()
        text = self.tr("Read a file from {desk}: {changes} changes, {new} new here.").format(
            desk=result.from_desk_name, changes=count_text(result.changes), new=count_text(result.new))
        if result.conflicts:
            text += " " + self.tr("{n} conflicts to review below.").format(n=count_text(result.conflicts))
        if result.new_desk_id is not None:
            text += " " + self.tr("This database is a copy or a restored backup, so this desk took a new desk id.")
        self.show_status(text)
        self.imported.emit(result)
        self.refresh()

    def _show_arrived(self) -> None:
        r = self.last_import
        for key in self.arrived_values:
            self.arrived_values[key].setVisible(r is not None)
            self.arrived_captions[key].setVisible(r is not None)
        self.nothing_read.setVisible(r is None)
        if r is None:
            return
        values = {"from": r.from_desk_name, "changes": count_text(r.changes), "new": count_text(r.new),
                  "conflicts": count_text(r.conflicts), "waiting": count_text(r.waiting)}
        for key, value in values.items():
            self.arrived_values[key].setText(value)
        self.arrived_values["waiting"].setVisible(bool(r.waiting))
        self.arrived_captions["waiting"].setVisible(bool(r.waiting))

    # -- the job and its progress --------------------------------------------------------------------

    def _start_job(self, kind: str, title: str, work, on_done, cancellable: bool = True) -> None:
        cancel = threading.Event()

        def run(progress):
            def step(done: int, total: int) -> None:
                if cancel.is_set():
                    raise Cancelled()
                progress(done, total, "")
            return work(step)

        dialog = QProgressDialog(self)
        dialog.setObjectName("syncProgress")
        dialog.setWindowTitle(title)
        dialog.setLabelText(title + "…")
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
        else:  # a short job that cannot stop half-way (the centre key: well under a second)
            dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel_job)
        self.progress = dialog
        job = {"kind": kind, "cancel": cancel, "cancellable": cancellable}
        self._job = job
        self._update_actions()
        self.show_status(title + "…")
        dialog.show()
        self.ctx.runner.run_in_background(run, lambda result: self._job_done(job, result, on_done),
                                          lambda exc: self._job_failed(job, exc), self._job_progress)

    def _job_progress(self, done: int, total: int, _what: str = "") -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def cancel_job(self) -> None:
        """Cancel: the job stops at its next step (an import changes nothing, an export leaves no file)."""
        if self._job is None or not self._job["cancellable"]:
            return
        self._job["cancel"].set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping…"))

    def _end_job(self, job: dict) -> bool:
        if self._job is not job:
            return False
        self._job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_job)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._update_actions()
        return True

    def _job_done(self, job: dict, result: Any, on_done) -> None:
        if not self._end_job(job):
            return
        if result is CANCELLED:
            if job["kind"] == "import":
                self.show_status(self.tr("Reading was cancelled; nothing was changed."))
            else:
                self.show_status(self.tr("Writing was cancelled; no file was written."))
            return
        on_done(result)

    def _job_failed(self, job: dict, exc: BaseException) -> None:
        if not self._end_job(job):
            return
        if isinstance(exc, UserError) and exc.text == sync_service.E_NO_CENTRE_KEY:
            self._centre_key = False  # asked for again next time
        if isinstance(exc, UserError) and exc.text == sync_service.E_OTHER_CENTRE_OR_TYPO:
            # the former passphrase may have been mistyped here: asked for again at the next write or read
            self._centre_key = False
            self._retype = True
        self.show_status(failure_text(exc), error=True)

    @property
    def busy(self) -> bool:
        return self._job is not None

    # -- conflicts -------------------------------------------------------------------------------

    def select_conflict(self, row: int) -> None:
        """Select the conflict on the model's row ``row``."""
        source = self.conflicts_model.index(row, 0)
        index = self.conflicts_proxy.mapFromSource(source)
        if index.isValid():
            self.conflicts_view.setCurrentIndex(index)
            self.conflicts_view.selectRow(index.row())

    def selected_conflict(self) -> ConflictRow | None:
        index = self.conflicts_view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def selected_value(self) -> ConflictValue | None:
        index = self.values_view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show_conflict(self) -> None:
        row = self.selected_conflict()
        if row is None:
            self.values_model.set_rows([])
            self.conflict_heading.setText(self.tr("Choose a conflict to see every value."))
        else:
            c = row.conflict
            self.values_model.set_rows(row.values)
            what = self.conflicts_model.display(row, ConflictsModel.RECORD)
            field = self.conflicts_model.display(row, ConflictsModel.FIELD)
            self.conflict_heading.setText(self.tr("{record} · {field}: {n} values; the first is shown now.").format(
                record=what, field=field, n=len(c.others) + 1))
            if len(c.others) >= 1:
                self.values_view.setCurrentIndex(self.values_model.index(1, 0))
                self.values_view.selectRow(1)
        self._update_actions()

    def _update_actions(self) -> None:
        idle = self._job is None
        self.write_button.setEnabled(idle)
        self.read_button.setEnabled(idle)
        allowed = may_resolve(self.ctx.actor) and idle and self.selected_conflict() is not None
        self.keep_button.setEnabled(allowed)
        self.use_other_button.setEnabled(allowed)
        peer = self.selected_peer()
        self.retire_button.setEnabled(may_retire(self.ctx.actor) and idle and peer is not None
                                      and peer.state != sync_service.RETIRED)

    def keep(self) -> None:
        """Ctrl+K: the shown value stays, and the conflict is settled."""
        row = self.selected_conflict()
        if row is not None:
            self.resolve(row, row.conflict.winner)

    def use_other(self) -> None:
        """Ctrl+U: the value selected in the list (with two values, the one not shown) is taken."""
        row = self.selected_conflict()
        if row is None or not row.conflict.others:
            return
        value = self.selected_value()
        if value is None or value is row.conflict.winner:
            value = row.conflict.others[0]
        self.resolve(row, value)

    def resolve(self, row: ConflictRow, value: ConflictValue) -> None:
        if not may_resolve(self.ctx.actor) or self._job is not None:
            return
        db, actor, c = self.ctx.db, self.ctx.actor, row.conflict
        self.keep_button.setEnabled(False)
        self.use_other_button.setEnabled(False)

        def done(_result) -> None:
            self.show_status(self.tr("Settled: {field} of {record} is now “{value}”. The choice travels to the other "
                                     "desks with the next exchange file.").format(
                field=self.conflicts_model.display(row, ConflictsModel.FIELD),
                record=self.conflicts_model.display(row, ConflictsModel.RECORD),
                value=self.values_model.display(value, ConflictValuesModel.VALUE)))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.show_status(failure_text(exc), error=True)
            self.refresh()

        self.ctx.runner.run_in_background(
            lambda _p: sync_service.resolve_conflict(db, actor, c.table, c.record_id, c.field,
                                                     chosen=(value.desk_id, value.seq)),
            done, failed)

    def peer_rows(self) -> list[PeerInfo]:
        return self.peers_model.rows()

    # -- the other desks ---------------------------------------------------------------------------

    def selected_peer(self) -> PeerInfo | None:
        index = self.peers_view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_peer(self, desk_id: uuid.UUID) -> bool:
        """Select the desk with this id in the list (False if it is not listed)."""
        for n, peer in enumerate(self.peers_model.rows()):
            if peer.desk_id == desk_id:
                index = self.peers_proxy.mapFromSource(self.peers_model.index(n, 0))
                self.peers_view.setCurrentIndex(index)
                self.peers_view.selectRow(index.row())
                self._update_actions()
                return True
        return False

    def _show_not_known_there(self) -> None:
        """Name the active desks that, as far as their latest word says, have read nothing from this
        desk: they cannot write a file for this desk alone until they do (a desk that just joined)."""
        names = [p.name for p in self.peers_model.rows()
                 if p.state == sync_service.ACTIVE and p.knows_this_desk is False]
        self.not_known_there.setVisible(bool(names))
        if names:
            self.not_known_there.setText(self.tr(
                "Not yet known at {desks}, as far as this desk can tell: write a file for it (Write exchange "
                "file → For one desk) and read it there. From then on it can write files for this desk alone.")
                .format(desks=", ".join(names)))

    def ask_retire(self) -> None:
        """Retire the selected desk for good, after asking (administrators; the service checks again)."""
        peer = self.selected_peer()
        if peer is None or not may_retire(self.ctx.actor) or self._job is not None \
                or peer.state == sync_service.RETIRED:
            return
        answer = QMessageBox.question(
            self, self.tr("Retire desk"),
            self.tr("Retire the desk “{desk}” for good? Files for every desk will no longer wait for it, on "
                    "every desk once the change travels. It can still be given a file of its own. Retire a desk "
                    "only if it will not come back.").format(desk=peer.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, desk_id, name = self.ctx.db, self.ctx.actor, peer.desk_id, peer.name
        self.retire_button.setEnabled(False)

        def done(_result) -> None:
            self.show_status(self.tr("Retired: {desk}. The other desks learn it from the next exchange file.")
                             .format(desk=name))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.show_status(failure_text(exc), error=True)
            self.refresh()

        self.ctx.runner.run_in_background(lambda _p: sync_service.retire_desk(db, actor, desk_id), done, failed)

    def desk_state_text(self, desk_id: uuid.UUID) -> str | None:
        """The state shown for this desk (tests)."""
        for n, peer in enumerate(self.peers_model.rows()):
            if peer.desk_id == desk_id:
                return self.peers_model.data(self.peers_model.index(n, PeersModel.STATE))
        return None

    def last_exchange_text(self, name: str) -> tuple[str, str, str] | None:
        """(last read, last written, lacking) as shown for the desk called ``name`` (tests)."""
        for n, peer in enumerate(self.peers_model.rows()):
            if peer.name == name:
                m = self.peers_model
                return (m.data(m.index(n, PeersModel.LAST_RECEIVED)), m.data(m.index(n, PeersModel.LAST_SENT)),
                        m.data(m.index(n, PeersModel.LACKING)))
        return None

