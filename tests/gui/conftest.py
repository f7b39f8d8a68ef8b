"""Fixtures for the GUI tests: a context whose background jobs run at once, and a clean language."""

from __future__ import annotations

import pytest


@pytest.fixture
def gui_ctx(db, admin):
    """An AppContext on the set-up test database, logged in as its administrator, with an
    ImmediateRunner (background jobs run at once, callbacks straight after)."""
    from wic_desk.gui.context import AppContext
    from wic_desk.gui.tasks import ImmediateRunner
    from wic_desk.services import setup
    return AppContext(db=db, runner=ImmediateRunner(), desk=setup.desk_info(db), actor=admin)


@pytest.fixture
def english(qapp):
    """Leaves the application without our translators afterwards, whatever the test switched to."""
    yield
    from wic_desk.gui import i18n
    for translator in list(i18n._installed):
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    i18n._language.clear()


@pytest.fixture(autouse=True)
def _default_locale():
    """Every test starts and leaves with the same default locale: a test that switches the screens
    to Polish sets Qt's default locale too (decimal commas), which must not reach the next test."""
    from PySide6.QtCore import QLocale
    before = QLocale()
    yield
    QLocale.setDefault(before)
