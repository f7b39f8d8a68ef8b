"""Verify a certificate: is the paper someone hands over at the desk one the centre issued?

The serial and the code are typed, or the certificate's QR code is scanned (a scanner types its
text and Enter) or pasted into either field: the verification page's address or ``WIC-CERT SERIAL
CODE``, split into the two fields and checked at once. The answer is "genuine" with the name,
activity, hours and date of issue, or "not genuine" with nothing about anyone. Every check goes
through ``services.certificates.verify``, which audits it.

Keyboard: the number field has the focus; Enter moves on to the code, Enter there checks; Alt
with a label's underlined letter jumps to its field; Esc closes. After an answer the number is
selected, ready for the next certificate.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import UserError
from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.display import date_text
from wic_desk.gui.widgets.form_errors import as_user_error
from wic_desk.services import certificates

log = logging.getLogger(__name__)

# the answer's state, a dynamic property of the answer label (tests, style sheets)
EMPTY, GENUINE, NOT_GENUINE, PROMPT = "", "genuine", "not-genuine", "prompt"


def may_verify(ctx: AppContext) -> bool:
    """Whether the logged-in user's role may verify certificates (domain.permissions)."""
    return ctx.actor is not None and allowed(ctx.actor.role, Action.VERIFY_CERTIFICATE)


class VerifyCertificateDialog(QDialog):
    """Checks as many certificates as the user likes; closing it changes nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_certificate_dialog")
        self.ctx = ctx
        self._busy = False
        self._filling = False  # while a scan is split into the two fields

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.serial_edit = QLineEdit(self)
        self.serial_edit.setObjectName("serial_edit")
        self.serial_edit.setPlaceholderText("WIC/2026/ABCD/000123")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText("ABCD-EFGH-JK23")
        self.serial_label = QLabel(self)
        self.serial_label.setBuddy(self.serial_edit)
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code_edit)
        form = QFormLayout()
        form.addRow(self.serial_label, self.serial_edit)
        form.addRow(self.code_label, self.code_edit)

        self.answer = QLabel(self)
        self.answer.setObjectName("answer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(self.fontMetrics().height() * 6)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("check_button")
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter is handled by the fields themselves (next field, then check): no default button
        self.check_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)

        self.serial_edit.returnPressed.connect(self._serial_entered)
        self.code_edit.returnPressed.connect(self.check)
        self.serial_edit.textChanged.connect(self._maybe_scanned)
        self.code_edit.textChanged.connect(self._maybe_scanned)
        self._set_answer(EMPTY, "")
        self.retranslate()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())
        self.serial_edit.setFocus()

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.intro.setText(self.tr("Type the number and the verification code printed under the certificate's "
                                   "QR code, or scan the QR code."))
        self.serial_label.setText(self.tr("&Number:"))
        self.code_label.setText(self.tr("Verification &code:"))
        self.check_button.setText(self.tr("Chec&k"))
        self.serial_edit.setAccessibleName(self.tr("Certificate number"))
        self.code_edit.setAccessibleName(self.tr("Verification code"))
        self.answer.setAccessibleName(self.tr("Answer"))

    # -- input -----------------------------------------------------------------------------------

    def _maybe_scanned(self, text: str) -> None:
        """A scan or a paste (serial and code together) fills both fields and checks at once."""
        if self._filling or self._busy:
            return
        scanned = certificates.parse_scanned(text)
        if scanned is None:
            return
        self._filling = True
        try:
            self.serial_edit.setText(scanned[0])
            self.code_edit.setText(scanned[1])
        finally:
            self._filling = False
        self.check()

    def _serial_entered(self) -> None:
        if self.code_edit.text().strip():
            self.check()
        else:
            self.code_edit.setFocus()

    def check(self) -> None:
        """Ask the service (in the background) whether the fields name a genuine certificate."""
        if self._busy:
            return
        serial, code = self.serial_edit.text().strip(), self.code_edit.text().strip()
        if not serial:
            self._set_answer(PROMPT, html.escape(self.tr("Type the certificate's number.")))
            self.serial_edit.setFocus()
            return
        if not code:
            self._set_answer(PROMPT, html.escape(self.tr("Type the verification code.")))
            self.code_edit.setFocus()
            return
        self._busy = True
        self.check_button.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _progress: certificates.verify(db, actor, serial, code),
                                          on_success=self._answered, on_error=self._failed)

    # -- the answer ------------------------------------------------------------------------------

    def state(self) -> str:
        """``genuine``, ``not-genuine``, ``prompt`` or "" (nothing asked yet)."""
        return str(self.answer.property("state") or "")

    def _set_answer(self, state: str, rich_text: str) -> None:
        self.answer.setProperty("state", state)
        colour = {GENUINE: "#1b5e20", NOT_GENUINE: "#b71c1c"}.get(state)
        self.answer.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.answer.setText(rich_text)
        # The whole answer stays in view: a genuine one lists six facts that wrap on a narrow dialog.
        layout = self.layout()
        if layout is not None:
            layout.activate()
            wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
            if wanted > self.height():
                self.resize(self.width(), wanted)

    def _answered(self, result: certificates.VerifyResult) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        self.serial_edit.setText(result.serial)
        if result.genuine:
            kind = self.tr("certificate of completion") if result.completed else self.tr(
                "certificate of participation")
            rows = [
                (self.tr("Name"), result.person_name or ""),
                (self.tr("Name in native script"), result.native_name or ""),
                (self.tr("Activity"), result.activity_title or ""),
                (self.tr("Hours"), _hours(result.hours)),
                (self.tr("Issued on"), date_text(result.issued_on)),
            ]
            table = "".join(f"<tr><td>{html.escape(label)}:&nbsp;</td><td><b>{html.escape(value)}</b></td></tr>"
                            for label, value in rows if value)
            verdict = html.escape(self.tr("Genuine"))
            self._set_answer(GENUINE, f"<p><b>{verdict}</b> — {html.escape(result.serial)}, {html.escape(kind)}</p>"
                                      f"<table>{table}</table>")
        else:
            verdict = html.escape(self.tr("Not genuine"))
            why = html.escape(self.tr("No certificate has this number and verification code. Check what was typed; a "
                                      "certificate issued at another desk shows here after the next exchange of files."))
            self._set_answer(NOT_GENUINE, f"<p><b>{verdict}</b></p><p>{why}</p>")
        self.serial_edit.setFocus()
        self.serial_edit.selectAll()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        if not isinstance(exc, UserError):
            log.error("verifying a certificate failed", exc_info=exc)
        self._set_answer(PROMPT, html.escape(i18n.error_text(as_user_error(exc))))


def _hours(value: float | None) -> str:
    """Hours as people write them in the UI's language (8 or 1,5 in Polish)."""
    if value is None:
        return ""
    return QLocale().toString(round(float(value), 2), "g", 6)
