"""Administration > Access to notes (administrators): the colleagues whose access to some notes is
pending (a new account, a reset password), and letting them in at once with the centre's
recovery key. Otherwise access reaches them by itself when a colleague who reads the same notes
logs in (services.notes); this dialog only shows and collects."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import ConsultationKind
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import notes

GROUP_LABELS = {
    notes.NORMAL: QT_TRANSLATE_NOOP("NoteAccessDialog", "notes for all counsellors and specialists"),
    notes.COUNSELLING: QT_TRANSLATE_NOOP("NoteAccessDialog", "counsellors' confidential notes"),
}
KIND_LABEL = QT_TRANSLATE_NOOP("NoteAccessDialog", "confidential notes of: {kind}")
OWN_LABEL = QT_TRANSLATE_NOOP("NoteAccessDialog", "their own author-only notes")


def may_manage(ctx: AppContext) -> bool:
    return ctx.actor is not None and allowed(ctx.actor.role, Action.NOTES_RECOVERY)


class NoteAccessDialog(QDialog):
    granted: int | None = None  # how many keys the last letting-in sealed (tests, status)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[notes.Pending] = []
        self._busy = False
        self.setObjectName("NoteAccessDialog")
        layout = QVBoxLayout(self)
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)
        layout.addWidget(self.explain_label)
        self.list = QListWidget(self)
        self.list.setObjectName("pendingList")
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.key_label = QLabel(self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.textChanged.connect(self._update_buttons)
        self.key_edit.returnPressed.connect(self.let_in)
        self.key_label.setBuddy(self.key_edit)
        form.addRow(self.key_label, self.key_edit)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.let_in_button = QPushButton(self)
        self.let_in_button.setObjectName("letInButton")
        self.let_in_button.clicked.connect(self.let_in)
        self.buttons.addButton(self.let_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Access to notes"))
        self.explain_label.setText(self.tr(
            "Every note is encrypted for the colleagues who may read it. Someone new, or someone whose password "
            "was reset, waits for access until a colleague who reads the same notes logs in, on any desk. With "
            "the centre's recovery key you can let them in now; their own author-only notes after a reset open "
            "only so."))
        self.key_label.setText(self.tr("&Recovery key:"))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.let_in_button.setText(self.tr("&Let them in"))
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def group_text(self, group: str) -> str:
        if group in GROUP_LABELS:
            return self.tr(GROUP_LABELS[group])
        if group.startswith("specialist:"):
            kind = group.split(":", 1)[1]
            try:
                return self.tr(KIND_LABEL).format(kind=enum_text(ConsultationKind(kind)))
            except ValueError:
                return kind
        return self.tr(OWN_LABEL)

    def _show_rows(self) -> None:
        self.list.clear()
        for row in self.rows:
            self.list.addItem(f"{row.full_name}: " + ", ".join(self.group_text(g) for g in row.groups))
        if not self.rows:
            self.list.addItem(self.tr("Nobody is waiting for access to notes."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _p: notes.pending(db), self._loaded, self._failed)

    def _loaded(self, rows: list[notes.Pending]) -> None:
        self.rows = rows
        self._show_rows()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(failure_text(exc))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.let_in_button.setEnabled(not self._busy and bool(self.key_edit.text().strip()) and bool(self.rows))

    def let_in(self) -> None:
        if not self.let_in_button.isEnabled():
            return
        db, actor, key = self.ctx.db, self.ctx.actor, self.key_edit.text()
        self._busy = True
        self._update_buttons()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Letting them in…"))
        self.ctx.runner.run_in_background(lambda _p: notes.grant_with_recovery(db, actor, key),
                                          self._let_in_done, self._failed)

    def _let_in_done(self, made: int) -> None:
        self._busy = False
        self.granted = made
        self.key_edit.clear()
        self.status.setText(self.tr("Done: access given %n time(s).", "", made))
        self.refresh()
