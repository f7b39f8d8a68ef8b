"""Reports sent, from the dashboard: the list loads in the background, a copy saved or opened is
the very file that was sent, a damaged entry is refused with nothing written."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update

from tests.unit.test_drilldown import build_world
from wic_desk.domain.enums import Role, ServiceCategory
from wic_desk.gui.context import AppContext
from wic_desk.gui.pages import reports_sent
from wic_desk.gui.pages.dashboard import MONTHLY, DashboardPage
from wic_desk.gui.pages.reports_sent import ReportsSentDialog, ReportsSentModel
from wic_desk.gui.tasks import BackgroundRunner, ImmediateRunner
from wic_desk.services import merge, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ArchivedReport

TODAY = dt.date(2024, 3, 20)


@pytest.fixture
def world(db, admin, make_staff, consent):
    return build_world(db, admin, make_staff, consent)


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def page(qtbot, gui_ctx, world):
    page = DashboardPage(gui_ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def write_monthly(qtbot, page, path):
    with qtbot.waitSignal(page.report_finished):
        page.start_report(MONTHLY, path, month="2024-03")
    return path.read_bytes()


def cells(dialog: ReportsSentDialog, row: int) -> list[str]:
    return [dialog.proxy.index(row, c).data() for c in range(dialog.proxy.columnCount())]


def test_a_copy_saved_from_the_list_is_the_file_sent_after_the_data_changed(qtbot, page, db, admin, world, out_dir,
                                                                              monkeypatch):
    sent = write_monthly(qtbot, page, out_dir / "march.xlsx")
    merge.merge_persons(db, admin, world["olena"], world["dmytro"])
    visits.record_visit(db, admin, world["giorgi"], [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 27, 10))
    with UnitOfWork(db, admin) as uow:  # the first one an hour earlier, so the order is known
        uow.session.execute(update(ArchivedReport).values(made_at=dt.datetime(2024, 3, 20, 9, 0)))
    again = write_monthly(qtbot, page, out_dir / "march-corrected.xlsx")
    assert again != sent

    page.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.sent_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 2
    newest, older = cells(dialog, 0), cells(dialog, 1)
    assert newest[ReportsSentModel.FILE].startswith("march-corrected.xlsx")  # not the temporary name
    assert older[ReportsSentModel.KIND] == "Monthly report"
    assert older[ReportsSentModel.PERIOD] == "01.03.2024 – 31.03.2024"
    assert older[ReportsSentModel.MADE_BY] == "Anna Admin"
    assert older[ReportsSentModel.FILE].startswith("march.xlsx")
    assert older[ReportsSentModel.CHECKSUM] == hashlib.sha256(sent).hexdigest()[:12]
    assert dialog.proxy.index(1, ReportsSentModel.CHECKSUM).data(Qt.ItemDataRole.ToolTipRole) == \
        hashlib.sha256(sent).hexdigest()

    (out_dir / "march.xlsx").unlink()  # the file sent is gone: the archive still has it
    copy = out_dir / "copy-of-march.xlsx"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: asked.append(start) or (str(copy), ""))
    dialog.view.selectRow(1)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("march.xlsx")
    assert copy.read_bytes() == sent
    assert "Copy saved" in dialog.status.text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [path] = opened
    assert path.endswith("march-corrected.xlsx") and open(path, "rb").read() == again


def test_a_damaged_entry_is_refused_and_nothing_is_saved(qtbot, page, db, admin, out_dir, monkeypatch):
    write_monthly(qtbot, page, out_dir / "march.xlsx")
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(ArchivedReport).values(sha256="0" * 64))
    dialog = page.show_reports_sent()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out_dir / "copy.xlsx"), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.save_selected()
    assert "damaged" in dialog.status.text() and not dialog.status.isHidden()
    dialog.open_selected()
    assert opened == [] and "damaged" in dialog.status.text()
    assert [p.name for p in out_dir.iterdir()] == ["march.xlsx"]
    assert dialog.save_button.isEnabled()  # ready for another try


def test_the_list_loads_in_the_background(qtbot, db, admin, world, out_dir):
    from wic_desk.services import reports
    reports.monthly_report(db, admin, "2024-03", out_dir / "m.xlsx")
    pool = QThreadPool()
    ctx = AppContext(db=db, runner=BackgroundRunner(pool), actor=admin)
    try:
        dialog = ReportsSentDialog(ctx)
        qtbot.addWidget(dialog)
        # the rows arrive on the GUI thread once its event loop runs: the dialog is shown at once
        assert dialog.summary.text() == "Loading…" and dialog.model.rowCount() == 0
        with qtbot.waitSignal(dialog.loaded, timeout=10000):
            pass
        assert dialog.model.rowCount() == 1
        assert dialog.save_button.isEnabled() and "Reports sent: 1," in dialog.summary.text()
    finally:
        pool.waitForDone(10000)


def test_an_empty_archive_and_who_sees_the_button(qtbot, gui_ctx, db, make_staff):
    dialog = ReportsSentDialog(gui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "No report has been sent yet" in dialog.summary.text()
    assert not dialog.save_button.isEnabled() and not dialog.open_button.isEnabled()
    receptionist = make_staff(Role.RECEPTIONIST)
    other = AppContext(db=db, runner=ImmediateRunner(), actor=receptionist)
    assert not reports_sent.may_see(other) and reports_sent.may_see(gui_ctx)
    hidden = DashboardPage(other, today=TODAY)
    qtbot.addWidget(hidden)
    assert hidden.sent_button.isHidden()
