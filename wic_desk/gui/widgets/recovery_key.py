"""The centre's recovery key, shown once: to print, seal in an envelope and keep in the safe.

With it an administrator who has forgotten their password sets a new one (``wic-desk recover``,
``services.keys.recover``); nothing else opens an encrypted database without a password. The app
keeps only its argon2id hash, so this dialog is the one time anyone sees it: it closes only once
the person says they have kept it, and Print… sends it to a printer (or a PDF the person names).

``NewRecoveryKeyFlow`` is Administration > New recovery key…: a confirmation (the old key stops
working), the key made off the UI thread (argon2id), then this dialog.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui import i18n
from wic_desk.gui.widgets import shown_once

log = logging.getLogger(__name__)


def may_make(ctx) -> bool:
    return ctx.actor is not None and allowed(ctx.actor.role, Action.RECOVERY_KEY)


class RecoveryKeyDialog(QDialog):
    """Shows ``recovery_key`` for ``centre``; Close is enabled once "I have kept it" is ticked."""

    def __init__(self, recovery_key: str, centre: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.recovery_key = recovery_key
        self.centre = centre
        self.printed = 0
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.title_label = shown_once.heading(self)
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)
        self.key_label = shown_once.secret_label(recovery_key, self, scale=1.6, margin=12)
        self.key_label.setObjectName("key_label")
        self.key_label.setMinimumHeight(self.key_label.fontMetrics().height() * 2 + 8)
        self.kept_check = QCheckBox(self)
        self.kept_check.setObjectName("kept_check")
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_button")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_button")
        self.close_button.setEnabled(False)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.title_label, self.explain_label, self.key_label, self.kept_check):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.kept_check.toggled.connect(self.close_button.setEnabled)
        self.print_button.clicked.connect(self.ask_printer)
        self.close_button.clicked.connect(self.accept)
        self.print_button.setDefault(True)
        self.setMinimumWidth(620)
        self.retranslate()
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.title_label.setText(self.tr("The centre's recovery key"))
        self.explain_label.setText(self.tr(
            "Print this key or write it down, seal it in an envelope and keep it in the safe. It is "
            "shown only now. If every administrator forgets their password, it lets an administrator "
            "set a new one; without it and without a password nobody can open the data."))
        self.kept_check.setText(self.tr("I have printed or written down the key and will keep it safe"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Escape or the window's close button: not before the key is kept."""
        if self.kept_check.isChecked():
            super().reject()

    def sheet_html(self) -> str:
        """The printed page: the centre, the key, what it is for."""
        title = self.tr("WIC Desk: the recovery key")
        centre = self.tr("Centre: {name}").format(name=self.centre)
        keep = self.tr("Keep this page sealed in the safe. With it an administrator sets a new password when "
                       "every administrator password is forgotten. A new recovery key made in Administration "
                       "replaces this one.")
        return (
            f"<h2>{html.escape(title)}</h2><p>{html.escape(centre)}</p>"
            f"<p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap'>"
            f"{html.escape(self.recovery_key)}</p><p>{html.escape(keep)}</p>")

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)
        self.printed += 1

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._printer = printer  # lives as long as the print dialog
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()


class NewRecoveryKeyFlow(QObject):
    """Administration > New recovery key…: confirm, make it in the background, show it once."""

    shown = Signal(object)  # the RecoveryKeyDialog

    def __init__(self, ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.dialog: RecoveryKeyDialog | None = None

    def confirm(self, *, none_yet: bool = False) -> QMessageBox:
        text = (self.tr("This centre has no recovery key yet. Without one, a forgotten administrator "
                        "password cannot be replaced. Make it now and print it?") if none_yet else
                self.tr("Make a new recovery key? The one in the envelope now stops working; print "
                        "the new one and seal it in its place."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recovery key"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("recovery_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.make)
        box.open()
        return box

    def make(self) -> None:
        from wic_desk.services import keys
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _progress: keys.new_recovery_key(db, actor),
                                          on_success=self._made, on_error=self._failed)

    def _made(self, recovery_key: str) -> None:
        desk = self.ctx.desk
        self.dialog = RecoveryKeyDialog(recovery_key, desk.centre_name if desk else "", self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        self.shown.emit(self.dialog)

    def _failed(self, exc: BaseException) -> None:
        from wic_desk.domain.errors import UserError
        if not isinstance(exc, UserError):
            log.error("making a recovery key failed", exc_info=exc)
        text = (i18n.error_text(exc) if isinstance(exc, UserError) else
                self.tr("Something went wrong; it was written to the log file. Please try again."))
        QMessageBox.warning(self.window, self.tr("Recovery key"), text)
