"""First start: the set-up wizard (the centre, this desk, the first administrator).

On Finish it calls ``services.setup.initialise`` off the UI thread; the wizard closes only once
the database is set up, and a refused value is shown under its field.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget, QWizard

from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from wic_desk.gui.widgets.form_errors import as_user_error, clear_errors, show_user_error
from wic_desk.services import setup
from wic_desk.services.setup import SetupResult

log = logging.getLogger(__name__)

REQUIRED = T("Errors", "This field is required.")
PINS_DIFFER = T("Errors", "The two PINs are not the same.")


class SetupWizard(QWizard):
    """Two pages; ``result`` holds the SetupResult once the wizard is accepted."""

    CENTRE_PAGE = 0
    ADMIN_PAGE = 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: SetupResult | None = None
        self._busy = False
        self._starting = False  # inside _finish: an immediate runner must not accept twice
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        ui = self.ui
        self.centre_errors = {"centre": ui.centre_error, "desk": ui.desk_error}
        self.admin_errors = {"login": ui.login_error, "full_name": ui.full_name_error, "pin": ui.pin_error}
        clear_errors(self.centre_errors)
        clear_errors(self.admin_errors, ui.general_error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    # -- checks --------------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        page = self.currentId()
        if page == self.CENTRE_PAGE:
            return self._check_centre()
        if page == self.ADMIN_PAGE:
            return self._finish()
        return True

    def _check_centre(self) -> bool:
        ui = self.ui
        for field, edit in (("centre", ui.centre_edit), ("desk", ui.desk_edit)):
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
        edits = {"login": ui.login_edit, "full_name": ui.full_name_edit, "pin": ui.pin_edit}
        for field in ("login", "full_name", "pin"):
            if not edits[field].text().strip():
                return self._refuse(ValidationError(field, REQUIRED), edits)
        if ui.pin_edit.text() != ui.pin_repeat_edit.text():
            return self._refuse(ValidationError("pin", PINS_DIFFER), edits)
        clear_errors(self.admin_errors, ui.general_error)
        args = (ui.centre_edit.text().strip(), ui.desk_edit.text().strip(), ui.login_edit.text().strip(),
                ui.full_name_edit.text().strip(), ui.pin_edit.text())
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
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def _done(self, result: SetupResult) -> None:
        self._set_busy(False)
        self.result = result
        self.ui.pin_edit.clear()
        self.ui.pin_repeat_edit.clear()
        if not self._starting:
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("set-up failed unexpectedly", exc_info=exc)
        edits = {"login": self.ui.login_edit, "full_name": self.ui.full_name_edit, "pin": self.ui.pin_edit}
        self._refuse(as_user_error(exc), edits)
