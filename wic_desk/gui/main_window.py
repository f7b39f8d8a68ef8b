"""The main window: menus, the pages as tabs, the status bar, and the idle lock.

Pages are imported when the window is built, not when the app starts, so the login dialog shows
fast. The front-desk page (``wic_desk.gui.pages.desk.DeskPage``) may not exist in a given build
of the code yet; then a placeholder stands in for it.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from wic_desk import __version__
from wic_desk.domain.enums import Role
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_main_window import Ui_MainWindow
from wic_desk.gui.widgets.idle import IdleWatcher
from wic_desk.gui.widgets.language import current_language, switch_language
from wic_desk.gui.widgets.lock_screen import LockScreen
from wic_desk.services.setup import DEFAULT_IDLE_LOCK_MINUTES

log = logging.getLogger(__name__)

DESK_MODULE = "wic_desk.gui.pages.desk"
VERIFY_CERTIFICATE_KEYS = "Ctrl+Shift+V"


# The modules of the pages ``_build_pages`` makes (for any role): ``preload`` loads them while the
# login window waits for a password, so that the desk shows sooner after it.
PAGE_MODULES = ("wic_desk.gui.pages.desk", "wic_desk.gui.pages.activities", "wic_desk.gui.pages.dashboard",
                "wic_desk.gui.pages.projects", "wic_desk.gui.pages.follow_ups", "wic_desk.gui.pages.merge",
                "wic_desk.gui.pages.sync", "wic_desk.gui.pages.staff", "wic_desk.gui.pages.audit_log")


def preload() -> None:
    """Load the pages' code, making no widget (safe off the UI thread: app.py runs it in a thread
    of its own while the login window is up)."""
    for name in PAGE_MODULES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """Everything after login. ``logout_requested`` asks the application to show the login
    again; ``quit_requested`` to end. The window never logs out or quits by itself."""

    logout_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ctx.actor is None:
            raise ValueError("the main window needs a logged-in user")
        self.ctx = ctx
        self._leaving = False  # closing because of log-out or quit, not the window's X
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)

        self.desk_page: QWidget | None = None
        self.staff_page: QWidget | None = None
        self.follow_ups_page: QWidget | None = None
        self.activities_page: QWidget | None = None
        self.dashboard_page: QWidget | None = None
        self.merge_page: QWidget | None = None
        self.sync_page: QWidget | None = None
        self.projects_page: QWidget | None = None
        self.audit_page: QWidget | None = None
        self.verify_dialog: QDialog | None = None
        self._tab_titles: list[tuple[QWidget, str]] = []  # (page, untranslated title)
        self._build_pages()
        # a page shows what changed elsewhere (another tab, another desk) when it comes to the front
        self.ui.tabs.currentChanged.connect(self._refresh_current_tab)

        self.lock_screen = LockScreen(ctx, self)
        self.ui.stack.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.logout_requested.connect(self.request_logout)

        self.status_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.status_label)

        self._languages = QActionGroup(self)
        self._languages.setExclusive(True)
        for code, action in self._language_actions().items():
            self._languages.addAction(action)
            action.setData(code)
            action.setChecked(code == current_language())
        self._languages.triggered.connect(lambda action: self.set_language(action.data()))

        ui = self.ui
        ui.action_lock.triggered.connect(self.lock)
        ui.action_logout.triggered.connect(self.request_logout)
        ui.action_quit.triggered.connect(self.request_quit)
        ui.action_staff.triggered.connect(self.show_staff)
        ui.action_settings.triggered.connect(self.show_settings)
        ui.action_topics.triggered.connect(self.show_topics)
        ui.action_about.triggered.connect(self.show_about)
        # File > Verify a certificate: someone at the desk hands over a certificate to be checked
        from wic_desk.gui.widgets.certificate_check import may_verify
        self.action_verify_certificate = QAction(self)
        self.action_verify_certificate.setObjectName("action_verify_certificate")
        self.action_verify_certificate.setShortcut(QKeySequence(VERIFY_CERTIFICATE_KEYS))
        self.action_verify_certificate.triggered.connect(self.show_verify_certificate)
        ui.menu_file.insertAction(ui.action_lock, self.action_verify_certificate)
        ui.menu_file.insertSeparator(ui.action_lock)
        # File > one's own password and lock-screen PIN (everyone's: domain.permissions)
        self.action_change_password = QAction(self)
        self.action_change_password.setObjectName("action_change_password")
        self.action_change_password.triggered.connect(self.show_change_password)
        self.action_pin = QAction(self)
        self.action_pin.setObjectName("action_pin")
        self.action_pin.triggered.connect(self.show_pin)
        ui.menu_file.insertAction(ui.action_lock, self.action_change_password)
        ui.menu_file.insertAction(ui.action_lock, self.action_pin)
        ui.menu_file.insertSeparator(ui.action_lock)
        self.action_verify_certificate.setVisible(may_verify(ctx))
        # Administration > Retention: who is due for erasure under the retention period
        from wic_desk.gui.widgets.retention_dialog import may_manage
        self.action_retention = QAction(self)
        self.action_retention.setObjectName("action_retention")
        self.action_retention.triggered.connect(self.show_retention)
        ui.menu_admin.insertAction(ui.action_settings, self.action_retention)
        self.action_retention.setEnabled(may_manage(ctx))
        # Administration > Access to notes: colleagues waiting for their keys; the recovery key lets them in
        from wic_desk.gui.widgets import note_access
        self.action_note_access = QAction(self)
        self.action_note_access.setObjectName("action_note_access")
        self.action_note_access.triggered.connect(self.show_note_access)
        ui.menu_admin.insertAction(ui.action_settings, self.action_note_access)
        self.action_note_access.setEnabled(note_access.may_manage(ctx))
        # Administration > New recovery key: the centre's key for a forgotten administrator password
        from wic_desk.gui.widgets.recovery_key import NewRecoveryKeyFlow, may_make
        self.recovery_flow = NewRecoveryKeyFlow(ctx, self)
        self.action_recovery_key = QAction(self)
        self.action_recovery_key.setObjectName("action_recovery_key")
        self.action_recovery_key.triggered.connect(self.show_new_recovery_key)
        ui.menu_admin.insertAction(ui.action_settings, self.action_recovery_key)
        self.action_recovery_key.setEnabled(may_make(ctx))
        is_admin = ctx.actor.role == Role.ADMIN
        ui.menu_admin.menuAction().setVisible(is_admin)
        ui.action_staff.setEnabled(is_admin)
        ui.action_settings.setEnabled(is_admin)
        ui.action_topics.setEnabled(is_admin)

        # Ctrl+F jumps to the search from anywhere in the application, the desk's commonest move.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

        minutes = ctx.desk.idle_lock_minutes if ctx.desk else DEFAULT_IDLE_LOCK_MINUTES
        self.idle_watcher = IdleWatcher(minutes * 60_000, self)
        self.idle_watcher.idle.connect(self.lock)
        self.idle_watcher.start()

        self.retranslate()

    # -- pages ---------------------------------------------------------------------------------

    def _build_pages(self) -> None:  # its pages' modules: PAGE_MODULES
        """The tabs each role works with; the services check the roles again on every call."""
        role = self.ctx.actor.role
        self.desk_page = self._make_desk_page()
        self._add_tab(self.desk_page, T("MainWindow", "Front desk"))
        from wic_desk.gui.pages.activities import ActivitiesPage
        self.activities_page = ActivitiesPage(self.ctx, self)
        self._add_tab(self.activities_page, T("MainWindow", "Activities"))
        if role in (Role.COORDINATOR, Role.ADMIN):
            from wic_desk.gui.pages.dashboard import DashboardPage
            from wic_desk.gui.pages.projects import ProjectsPage
            self.dashboard_page = DashboardPage(self.ctx, self)
            self._add_tab(self.dashboard_page, T("MainWindow", "Dashboard"))
            self.projects_page = ProjectsPage(self.ctx, self)
            self._add_tab(self.projects_page, T("MainWindow", "Projects"))
            self.projects_page.changed.connect(self.dashboard_page.refresh)
        if role in (Role.COUNSELLOR, Role.SPECIALIST):
            from wic_desk.gui.pages.follow_ups import FollowUpsPage
            self.follow_ups_page = FollowUpsPage(self.ctx, self)
            self._add_tab(self.follow_ups_page, T("MainWindow", "My follow-ups"))
        if role in (Role.RECEPTIONIST, Role.COORDINATOR, Role.ADMIN):
            from wic_desk.gui.pages.merge import MergePage
            self.merge_page = MergePage(self.ctx, self)
            self._add_tab(self.merge_page, T("MainWindow", "Possible duplicates"))
        from wic_desk.gui.pages.sync import SyncPage
        self.sync_page = SyncPage(self.ctx, self)
        self._add_tab(self.sync_page, T("MainWindow", "Sync"))
        self.sync_page.imported.connect(self._after_import)
        if role == Role.ADMIN:
            from wic_desk.gui.pages.staff import StaffPage
            self.staff_page = StaffPage(self.ctx, self)
            self._add_tab(self.staff_page, T("MainWindow", "Staff"))
            from wic_desk.gui.pages.audit_log import AuditLogPage
            self.audit_page = AuditLogPage(self.ctx, self)
            self._add_tab(self.audit_page, T("MainWindow", "Audit log"))

    def _after_import(self, *_args) -> None:
        """What another desk sent shows at once on the desk's list."""
        refresh_today = getattr(self.desk_page, "refresh_today", None)
        if callable(refresh_today):
            refresh_today()

    def _refresh_current_tab(self, index: int) -> None:
        refresh = getattr(self.ui.tabs.widget(index), "refresh", None)
        if callable(refresh):
            refresh()

    def _make_desk_page(self) -> QWidget:
        try:
            from wic_desk.gui.pages.desk import DeskPage
        except ModuleNotFoundError as exc:
            if exc.name != DESK_MODULE:
                raise
            return self._placeholder(self.tr("The front desk is not part of this build yet."))
        try:
            return DeskPage(self.ctx, self)
        except Exception:  # keep the rest of the app usable (staff accounts, settings)
            log.exception("the front-desk page could not be built")
            return self._placeholder(self.tr("The front desk could not be opened; the error was written "
                                             "to the log file."))

    def _placeholder(self, text: str) -> QWidget:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("desk_placeholder")
        return label

    def _add_tab(self, page: QWidget, title: str) -> None:
        """``title`` is the untranslated source text (marked with T in context MainWindow)."""
        self._tab_titles.append((page, title))
        self.ui.tabs.addTab(page, self.tr(title))

    def tab_titles(self) -> list[str]:
        """The visible tab titles, in order (tests and screen readers)."""
        return [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]

    def focus_search(self) -> None:
        """Ctrl+F: show the front desk and put the cursor in its search field."""
        if self.is_locked or self.desk_page is None:
            return
        self.ui.tabs.setCurrentWidget(self.desk_page)
        focus = getattr(self.desk_page, "focus_search", None)
        if callable(focus):
            focus()

    def show_staff(self) -> None:
        if self.staff_page is not None and not self.is_locked:
            self.ui.tabs.setCurrentWidget(self.staff_page)

    def show_settings(self) -> None:
        if self.ctx.actor is None or self.ctx.actor.role != Role.ADMIN or self.is_locked:
            return
        from wic_desk.gui.widgets.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.ctx.desk is not None:
            self.idle_timeout_ms = self.ctx.desk.idle_lock_minutes * 60_000

    def show_topics(self) -> None:
        if self.ctx.actor is None or self.ctx.actor.role != Role.ADMIN or self.is_locked:
            return
        from wic_desk.gui.pages.consultation import TopicsDialog
        TopicsDialog(self.ctx, self).exec()

    def show_retention(self) -> QDialog | None:
        from wic_desk.gui.widgets.retention_dialog import RetentionDialog, may_manage
        if self.is_locked or not may_manage(self.ctx):
            return None
        dialog = RetentionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_note_access(self) -> QDialog | None:
        from wic_desk.gui.widgets.note_access import NoteAccessDialog, may_manage
        if self.is_locked or not may_manage(self.ctx):
            return None
        dialog = NoteAccessDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_new_recovery_key(self):
        from wic_desk.gui.widgets.recovery_key import may_make
        if self.is_locked or not may_make(self.ctx):
            return None
        return self.recovery_flow.confirm()

    def ask_for_a_recovery_key_if_none(self) -> None:
        """An administrator on a centre without a recovery key (a database from before keys, or
        converted) is asked to make one, off the UI thread to find out."""
        from wic_desk.gui.widgets.recovery_key import may_make
        from wic_desk.services import keys
        if not may_make(self.ctx) or self.ctx.db.key is None:
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(
            lambda _progress: keys.has_recovery_key(db),
            on_success=lambda has: None if has or self.is_locked else self.recovery_flow.confirm(none_yet=True),
            on_error=lambda exc: log.warning("could not tell whether there is a recovery key: %s", type(exc).__name__))

    def show_verify_certificate(self) -> None:
        """The verification dialog (not modal: it may stay open beside the desk's work)."""
        from wic_desk.gui.widgets.certificate_check import VerifyCertificateDialog, may_verify
        if self.is_locked or not may_verify(self.ctx):
            return
        if self.verify_dialog is None:
            self.verify_dialog = VerifyCertificateDialog(self.ctx, self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.activateWindow()
        self.verify_dialog.serial_edit.setFocus()
        self.verify_dialog.serial_edit.selectAll()

    def show_change_password(self) -> QDialog | None:
        if self.is_locked:
            return None
        from wic_desk.gui.widgets.password_dialogs import ChangePasswordDialog
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000))
        dialog.open()
        return dialog

    def show_pin(self) -> QDialog | None:
        if self.is_locked:
            return None
        from wic_desk.gui.widgets.password_dialogs import PinDialog
        dialog = PinDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your PIN was saved."), 10_000))
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About WIC Desk"), self.tr(
            "<h3>WIC Desk {version}</h3>"
            "<p>The front desk of the integration centre: walk-ins, consultations, activities "
            "and reports, working offline.</p>"
            "<p>Licence: GPL-3.0-or-later.</p>").format(version=__version__))

    # -- idle lock -----------------------------------------------------------------------------

    @property
    def idle_timeout_ms(self) -> int:
        """Milliseconds without input before the desk locks (tests shorten it)."""
        return self.idle_watcher.timeout_ms

    @idle_timeout_ms.setter
    def idle_timeout_ms(self, value: int) -> None:
        self.idle_watcher.timeout_ms = value

    @property
    def is_locked(self) -> bool:
        return self.ui.stack.currentWidget() is self.lock_screen

    def _session_actions(self):
        ui = self.ui
        return [ui.action_lock, ui.action_logout, ui.action_staff, ui.action_settings,
                self.action_verify_certificate, self.action_change_password, self.action_pin,
                *self._languages.actions()]

    def lock(self) -> None:
        """Hide the content behind the lock screen. Open dialogs of this window are closed
        (cancelled): whatever they showed must not stay on screen."""
        if self.is_locked or self.ctx.actor is None:
            return
        self.idle_watcher.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                widget.reject()
        for action in self._session_actions():
            action.setEnabled(False)
        self.ui.menu_view.setEnabled(False)
        self.ui.menu_admin.setEnabled(False)
        self.ui.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def unlock(self) -> None:
        if not self.is_locked:
            return
        is_admin = self.ctx.actor is not None and self.ctx.actor.role == Role.ADMIN
        for action in self._session_actions():
            action.setEnabled(True)
        self.ui.action_staff.setEnabled(is_admin)
        self.ui.action_settings.setEnabled(is_admin)
        self.ui.menu_view.setEnabled(True)
        self.ui.menu_admin.setEnabled(True)
        self.ui.stack.setCurrentWidget(self.ui.content_page)
        self.idle_watcher.start()

    # -- language ------------------------------------------------------------------------------

    def _language_actions(self):
        return {"pl": self.ui.action_lang_pl, "uk": self.ui.action_lang_uk, "en": self.ui.action_lang_en}

    def set_language(self, code: str) -> None:
        """Switch the UI language live and remember it for this computer."""
        switch_language(code)
        action = self._language_actions().get(code)
        if action is not None:
            action.setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The texts not in the Designer form: title, tabs, status bar."""
        desk = self.ctx.desk
        parts = ["WIC Desk"]
        if desk is not None:
            parts += [p for p in (desk.centre_name, desk.desk_name) if p]
        self.setWindowTitle(" — ".join(parts))
        self.action_verify_certificate.setText(self.tr("&Verify a certificate…"))
        self.action_change_password.setText(self.tr("Change my pass&word…"))
        self.action_pin.setText(self.tr("My &PIN for the lock screen…"))
        self.action_retention.setText(self.tr("&Retention and erasure…"))
        self.action_note_access.setText(self.tr("Access to &notes…"))
        self.action_recovery_key.setText(self.tr("New recovery &key…"))
        for page, title in self._tab_titles:
            index = self.ui.tabs.indexOf(page)
            if index >= 0:
                self.ui.tabs.setTabText(index, self.tr(title))
        actor = self.ctx.actor
        if actor is not None:
            who = actor.full_name if actor.full_name == actor.login else f"{actor.full_name} ({actor.login})"
            self.status_label.setText(self.tr("{user} · {role} · desk: {desk}").format(
                user=who, role=i18n.enum_text(actor.role), desk=desk.desk_name if desk else "—"))

    # -- leaving -------------------------------------------------------------------------------

    def request_logout(self) -> None:
        self._leaving = True
        self.idle_watcher.stop()
        self.logout_requested.emit()

    def request_quit(self) -> None:
        self._leaving = True
        self.idle_watcher.stop()
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            self._leaving = True
            self.idle_watcher.stop()
            self.quit_requested.emit()
        super().closeEvent(event)

