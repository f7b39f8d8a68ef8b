"""What the desk shows when a background job fails: a plain message for what the user can fix,
a logged traceback and a short apology for anything else (a bug)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from wic_desk.domain.errors import UserError
from wic_desk.gui.i18n import error_text

log = logging.getLogger("wic_desk.gui.desk")


def failure_text(exc: BaseException) -> str:
    """The message to show for a failed job; bugs are logged with their traceback."""
    if isinstance(exc, UserError):
        return error_text(exc)
    log.error("desk job failed", exc_info=exc)
    return QCoreApplication.translate(
        "DeskFeedback", "Something went wrong and nothing was changed. The details are in the log file.")
