"""The desk's settings (admin): for now, after how many idle minutes the desk locks itself."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wic_desk.domain.errors import UserError
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from wic_desk.gui.widgets.form_errors import as_user_error, clear_errors, fit_height, show_user_error
from wic_desk.services import setup

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Saves through ``services.setup``; on success ``ctx.desk`` carries the new values."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        minutes = ctx.desk.idle_lock_minutes if ctx.desk else setup.DEFAULT_IDLE_LOCK_MINUTES
        self.ui.idle_lock_spin.setValue(minutes)
        self.errors = {"idle_lock_minutes": self.ui.idle_lock_error}
        clear_errors(self.errors, self.ui.error_label)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        fit_height(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def save(self) -> None:
        if self._busy:
            return
        minutes = self.ui.idle_lock_spin.value()
        db, actor = self.ctx.db, self.ctx.actor
        self._busy = True
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.ctx.runner.run_in_background(lambda _p: setup.set_idle_lock_minutes(db, actor, minutes),
                                          on_success=lambda _r: self._saved(minutes), on_error=self._failed)

    def _saved(self, minutes: int) -> None:
        self._busy = False
        if self.ctx.desk is not None:
            self.ctx.desk = dataclasses.replace(self.ctx.desk, idle_lock_minutes=minutes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not isinstance(exc, UserError):
            log.error("saving settings failed", exc_info=exc)
        show_user_error(as_user_error(exc), self.errors, self.ui.error_label)
