"""First start: the set-up wizard. Two ways through it:

- a new centre: the centre, this desk, the first administrator; on Finish it calls
  ``services.setup.initialise``;
- joining a centre whose other desks already work: this desk's name, then the join file (a full
  exchange file) and its join code, shown once on the desk that wrote it (the centre's recovery
  key opens it too); on Finish it calls ``services.sync.join_centre``, which brings everything,
  staff accounts included (the login that follows uses an account from the file), and the centre
  key.

The join code's field is the Designer form's ``passphrase_edit`` (ui/setup_wizard.ui): its caption,
echo mode and hint are set here, after ``setupUi``/``retranslateUi``.

The first administrator's password follows ``domain.passwords``: its rule is shown beside the
field, and why a password is refused under it.

Either runs off the UI thread; the wizard closes only once the database is set up, and a refused
value is shown under its field.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget, QWizard

from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.passwords import PASSWORD_RULE, check_password
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from wic_desk.gui.widgets.form_errors import as_user_error, clear_errors, show_user_error
from wic_desk.services import setup
from wic_desk.services import sync as sync_service
from wic_desk.services.setup import SetupResult
from wic_desk.services.sync import JoinResult
from wic_desk.sync import centrekey

log = logging.getLogger(__name__)

REQUIRED = T("Errors", "This field is required.")
PASSWORDS_DIFFER = T("Errors", "The two passwords are not the same.")
EXCHANGE_FILTER = T("SetupWizard", "WIC Desk exchange files (*.wicsync *.age);;All files (*)")
# what join_centre says about the code itself: shown under the code's field
CODE_ERRORS = (centrekey.E_WRONG_CODE, centrekey.E_NO_CODE)


class SetupWizard(QWizard):
    """The first page chooses the way. A new centre: ``result`` holds the SetupResult once the
    wizard is accepted. Joining: ``joined`` holds the JoinResult."""

    CENTRE_PAGE = 0
    ADMIN_PAGE = 1
    JOIN_PAGE = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: SetupResult | None = None
        self.joined: JoinResult | None = None
        self._busy = False
        self._starting = False  # inside _finish: an immediate runner must not accept twice
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        ui = self.ui
        self.centre_errors = {"centre": ui.centre_error, "desk": ui.desk_error}
        self.admin_errors = {"login": ui.login_error, "full_name": ui.full_name_error, "password": ui.password_error}
        # the join code (or the recovery key): read aloud or from paper, so shown as typed
        self.code_caption = ui.passphrase_caption
        self.code_edit = ui.passphrase_edit
        self.code_error = ui.passphrase_error
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code_hint = QLabel(self)
        self.code_hint.setObjectName("code_hint")
        self.code_hint.setWordWrap(True)
        for label in (self.code_hint, self.code_error):  # a wrapped label is given room for more lines
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row, _role = ui.join_page_form.getWidgetPosition(self.code_error)  # under the field and its error
        ui.join_page_form.insertRow(row + 1, "", self.code_hint)
        self.join_errors = {"file": ui.file_error, "code": self.code_error}
        clear_errors(self.centre_errors)
        clear_errors(self.admin_errors, ui.general_error)
        clear_errors(self.join_errors, ui.join_error)
        self.password_rule = QLabel(self)
        self.password_rule.setObjectName("password_rule")
        self.password_rule.setWordWrap(True)
        row, _role = ui.admin_page_form.getWidgetPosition(ui.password_edit)
        ui.admin_page_form.insertRow(row + 1, "", self.password_rule)
        self.password_rule.setText(i18n.message_text(PASSWORD_RULE))
        self._retranslate_join()
        ui.join_progress.hide()
        ui.join_radio.toggled.connect(self._mode_changed)
        ui.file_button.clicked.connect(self.choose_file)
        self._mode_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.password_rule.setText(i18n.message_text(PASSWORD_RULE))
            self._retranslate_join()
        super().changeEvent(event)

    def _retranslate_join(self) -> None:
        self.code_caption.setText(self.tr("&Join code:"))
        self.code_edit.setPlaceholderText(self.tr("e.g. ABCD-EFGH-JKLM-NPQR"))
        self.code_hint.setText(self.tr("Shown once on the desk that wrote the join file. The centre's recovery "
                                       "key opens it too."))

    # -- the way through -----------------------------------------------------------------------

    @property
    def joining(self) -> bool:
        return self.ui.join_radio.isChecked()

    def _mode_changed(self, _checked: bool = False) -> None:
        """Joining takes the centre from the file: its name is not asked for."""
        ui = self.ui
        for widget in (ui.centre_caption, ui.centre_edit):
            widget.setVisible(not self.joining)
        if self.joining:
            clear_errors({"centre": ui.centre_error})
        ui.join_hint.setEnabled(self.joining)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        page = self.currentId()
        if page == self.CENTRE_PAGE:
            return self.JOIN_PAGE if self.joining else self.ADMIN_PAGE
        return -1

    def choose_file(self) -> None:
        start = self.ui.file_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The full exchange file"), start,
                                                    self.tr(EXCHANGE_FILTER))
        if path:
            self.ui.file_edit.setText(path)
            self.code_edit.setFocus()

    # -- checks --------------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        page = self.currentId()
        if page == self.CENTRE_PAGE:
            return self._check_centre()
        if page == self.ADMIN_PAGE:
            return self._finish()
        if page == self.JOIN_PAGE:
            return self._join()
        return True

    def _check_centre(self) -> bool:
        ui = self.ui
        fields = [("desk", ui.desk_edit)] if self.joining else [("centre", ui.centre_edit), ("desk", ui.desk_edit)]
        for field, edit in fields:
            if not edit.text().strip():
                show_user_error(ValidationError(field, REQUIRED), self.centre_errors)
                edit.setFocus()
                return False
        clear_errors(self.centre_errors)
        return True

    def _finish(self) -> bool:
        """True once set up; otherwise checks the fields and starts ``initialise`` in the
        background, whose success accepts the wizard."""
        if self.result is not None:
            return True
        if self._busy:
            return False
        ui = self.ui
        edits = {"login": ui.login_edit, "full_name": ui.full_name_edit, "password": ui.password_edit}
        for field in ("login", "full_name", "password"):
            if not edits[field].text().strip():
                return self._refuse(ValidationError(field, REQUIRED), edits)
        try:
            check_password(ui.password_edit.text(), (ui.login_edit.text(), ui.full_name_edit.text()))
        except UserError as exc:
            return self._refuse(exc, edits)
        if ui.password_edit.text() != ui.password_repeat_edit.text():
            return self._refuse(ValidationError("password", PASSWORDS_DIFFER), edits)
        clear_errors(self.admin_errors, ui.general_error)
        args = (ui.centre_edit.text().strip(), ui.desk_edit.text().strip(), ui.login_edit.text().strip(),
                ui.full_name_edit.text().strip(), ui.password_edit.text())
        db = self.ctx.db
        self._set_busy(True)
        self._starting = True
        try:
            self.ctx.runner.run_in_background(lambda _progress: setup.initialise(db, *args),
                                              on_success=self._done, on_error=self._failed)
        finally:
            self._starting = False
        return self.result is not None  # an immediate runner has finished already

    def _refuse(self, exc: UserError, edits) -> bool:
        field = show_user_error(exc, self.admin_errors, self.ui.general_error)
        if field in edits:
            edits[field].setFocus()
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        for widget in (self.ui.file_edit, self.ui.file_button, self.code_edit):
            widget.setEnabled(not busy)

    def _done(self, result: SetupResult) -> None:
        self._set_busy(False)
        self.result = result
        self.ui.password_edit.clear()
        self.ui.password_repeat_edit.clear()
        if not self._starting:
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("set-up failed unexpectedly", exc_info=exc)
        edits = {"login": self.ui.login_edit, "full_name": self.ui.full_name_edit, "password": self.ui.password_edit}
        self._refuse(as_user_error(exc), edits)

    # -- joining a centre ----------------------------------------------------------------------

    def _join(self) -> bool:
        """True once joined; otherwise checks the fields and starts ``join_centre`` in the
        background (with progress), whose success accepts the wizard."""
        if self.joined is not None:
            return True
        if self._busy:
            return False
        ui = self.ui
        path = ui.file_edit.text().strip()
        if not path:
            return self._refuse_join(ValidationError("file", REQUIRED))
        code = self.code_edit.text().strip()
        if not code:
            return self._refuse_join(ValidationError("code", REQUIRED))
        clear_errors(self.join_errors, ui.join_error)
        db, desk = self.ctx.db, ui.desk_edit.text().strip()
        ui.join_progress.setRange(0, 0)
        ui.join_progress.show()
        self._set_busy(True)
        self._starting = True
        try:
            self.ctx.runner.run_in_background(
                lambda progress: sync_service.join_centre(db, Path(path), code, desk,
                                                          progress=lambda d, t: progress(d, t, "")),
                on_success=self._joined, on_error=self._join_failed, on_progress=self._join_progress)
        finally:
            self._starting = False
        return self.joined is not None

    def _join_progress(self, done: int, total: int, _what: str = "") -> None:
        bar = self.ui.join_progress
        bar.setRange(0, max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def _refuse_join(self, exc: UserError) -> bool:
        edits = {"file": self.ui.file_edit, "code": self.code_edit}
        field = show_user_error(exc, self.join_errors, self.ui.join_error)
        if field in edits:
            edits[field].setFocus()
        return False

    def _joined(self, result: JoinResult) -> None:
        self._set_busy(False)
        self.joined = result
        self.code_edit.clear()
        self.ui.join_progress.hide()
        if not self._starting:
            self.accept()

    def _join_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.join_progress.hide()
        if not isinstance(exc, UserError):
            log.error("joining the centre failed unexpectedly", exc_info=exc)
        error = as_user_error(exc)
        if isinstance(error, ValidationError) and error.field == "desk":
            # the desk's name is on the first page: say so there too
            show_user_error(error, self.centre_errors)
        elif not isinstance(error, ValidationError) and error.text in CODE_ERRORS:
            error = ValidationError("code", error.text, **error.params)
        self._refuse_join(error)
