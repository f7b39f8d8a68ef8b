"""Staff accounts (administrators only): the table, and the dialogs to add, edit and reset a password.

A new account starts with a password the administrator types or lets the app make (shown once, in
the dialog, to hand over in person); "Reset password" does the same for someone who forgot
theirs. The rules beside the field are ``domain.passwords``'; the services check them again.

The services check the role again on every call; hiding this page from others is a courtesy.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.passwords import PASSWORD_RULE, check_password
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_staff_dialog import Ui_StaffDialog
from wic_desk.gui.forms.ui_staff_page import Ui_StaffPage
from wic_desk.gui.forms.ui_staff_reset_password import Ui_ResetPasswordDialog
from wic_desk.gui.widgets.form_errors import as_user_error, clear_errors, fit_height, show_user_error
from wic_desk.services import auth
from wic_desk.services.auth import StaffRow

log = logging.getLogger(__name__)

REQUIRED = T("Errors", "This field is required.")
PASSWORDS_DIFFER = T("Errors", "The two passwords are not the same.")

_Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    """Plain ``StaffRow``s handed in with ``set_rows``; it never queries the database."""

    LOGIN, NAME, ROLE, SPECIALIST_KIND, ACTIVE = range(5)
    COLUMN_COUNT = 5
    HEADERS = (T("StaffTableModel", "Login"), T("StaffTableModel", "Name"), T("StaffTableModel", "Role"),
               T("StaffTableModel", "Specialist kind"), T("StaffTableModel", "Active"))

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the StaffRow itself
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key that sorts as people expect
    ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the staff member's UUID

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    # -- contents ------------------------------------------------------------------------------

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StaffRow]:
        return list(self._rows)

    def row_at(self, row: int) -> StaffRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, staff_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if r.id == staff_id:
                return i
        return -1

    def retranslate(self) -> None:
        """The language changed: headers and enum labels are shown anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    # -- the model API -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return QApplication.translate("StaffTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.row_at(index.row())
        column = index.column()
        if r is None or not 0 <= column < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == self.SORT_ROLE:
            if column == self.ACTIVE:
                return 0 if r.active else 1
            return (self._display(r, column) or "").casefold()
        if role == self.ROW_ROLE:
            return r
        if role == self.ID_ROLE:
            return str(r.id)
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def _display(self, r: StaffRow, column: int) -> str:
        if column == self.LOGIN:
            return r.login
        if column == self.NAME:
            return r.full_name
        if column == self.ROLE:
            return i18n.enum_text(r.role)
        if column == self.SPECIALIST_KIND:
            return i18n.enum_text(r.specialist_kind) if r.specialist_kind else ""
        return QApplication.translate("StaffTableModel", "Active") if r.active \
            else QApplication.translate("StaffTableModel", "Inactive")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class StaffFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; filters by the text typed and whether inactive accounts show."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(StaffTableModel.SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._show_inactive = True
        self._text = ""

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_show_inactive(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_inactive", show))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, StaffTableModel):
            return True
        r = model.row_at(source_row)
        if r is None:
            return False
        if not self._show_inactive and not r.active:
            return False
        if not self._text:
            return True
        return self._text in r.login.casefold() or self._text in r.full_name.casefold()


def _fill_enum_combo(combo, values, none_text: str | None = None) -> None:
    """(Re)fill a combo with enum labels in the current language, keeping the chosen value."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(i18n.enum_text(value), value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class StaffDialog(QDialog):
    """Add a staff account (``row`` None) or edit one. Saves through the services; refused
    values are shown under their fields. ``staff_id`` holds the saved account's id."""

    def __init__(self, ctx: AppContext, row: StaffRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.staff_id: uuid.UUID | None = row.id if row else None
        self._busy = False
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = {"login": ui.login_error, "full_name": ui.full_name_error,
                       "specialist_kind": ui.specialist_kind_error, "password": ui.password_error}
        self._edits = {"login": ui.login_edit, "full_name": ui.full_name_edit,
                       "specialist_kind": ui.specialist_kind_combo, "password": ui.password_edit}
        clear_errors(self.errors, ui.error_label)
        self.generator = _PasswordGenerator(self, ui.form, ui.password_error, ui.password_edit, ui.password_repeat_edit)
        self._fill_combos()
        ui.role_combo.currentIndexChanged.connect(self._role_changed)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        if row is None:
            ui.role_combo.setCurrentIndex(ui.role_combo.findData(Role.RECEPTIONIST))
            ui.active_check.setChecked(True)
            ui.active_check.setVisible(False)  # a new account is active
        else:
            ui.login_edit.setText(row.login)
            ui.login_edit.setReadOnly(True)  # the login is the account's name in the audit log
            ui.full_name_edit.setText(row.full_name)
            ui.role_combo.setCurrentIndex(ui.role_combo.findData(row.role))
            if row.specialist_kind is not None:
                ui.specialist_kind_combo.setCurrentIndex(ui.specialist_kind_combo.findData(row.specialist_kind))
            ui.active_check.setChecked(row.active)
            for w in (ui.password_caption, ui.password_edit, ui.password_repeat_caption, ui.password_repeat_edit,
                      self.generator.button, self.generator.shown, self.generator.rule):
                w.setVisible(False)  # passwords change through "Reset password"
        self._role_changed()
        self._retranslate()
        fit_height(self)
        (ui.full_name_edit if row else ui.login_edit).setFocus()

    def _fill_combos(self) -> None:
        _fill_enum_combo(self.ui.role_combo, list(Role))
        _fill_enum_combo(self.ui.specialist_kind_combo, list(ConsultationKind), none_text="—")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New staff account") if self.row is None
                            else self.tr("Staff account: {login}").format(login=self.row.login))
        self.generator.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._retranslate()
        super().changeEvent(event)

    def _role_changed(self, _index: int = 0) -> None:
        is_specialist = self.ui.role_combo.currentData() == Role.SPECIALIST
        self.ui.specialist_kind_combo.setEnabled(is_specialist)
        if not is_specialist:
            self.ui.specialist_kind_combo.setCurrentIndex(0)

    # -- saving --------------------------------------------------------------------------------

    def _check(self) -> None:
        """The checks worth doing before a round trip; the services check everything again."""
        ui = self.ui
        if not ui.login_edit.text().strip():
            raise ValidationError("login", REQUIRED)
        if not ui.full_name_edit.text().strip():
            raise ValidationError("full_name", REQUIRED)
        if self.row is None:
            check_password(ui.password_edit.text(), (ui.login_edit.text(), ui.full_name_edit.text()))
            if ui.password_edit.text() != ui.password_repeat_edit.text():
                raise ValidationError("password", PASSWORDS_DIFFER)

    def save(self) -> None:
        if self._busy:
            return
        try:
            self._check()
        except UserError as exc:
            self._show(exc)
            return
        ui = self.ui
        role: Role = ui.role_combo.currentData()
        kind: ConsultationKind | None = ui.specialist_kind_combo.currentData() if role == Role.SPECIALIST else None
        db, actor = self.ctx.db, self.ctx.actor
        if self.row is None:
            login_name, full_name = ui.login_edit.text().strip(), ui.full_name_edit.text().strip()
            password = ui.password_edit.text()

            def job(_progress):
                return auth.add_staff(db, actor, login_name, full_name, role, password, kind)
        else:
            staff_id, full_name, active = self.row.id, ui.full_name_edit.text().strip(), ui.active_check.isChecked()

            def job(_progress):
                auth.update_staff(db, actor, staff_id, full_name=full_name, role=role, specialist_kind=kind,
                                  active=active)
                return staff_id
        self._set_busy(True)
        self.ctx.runner.run_in_background(job, on_success=self._saved, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _saved(self, staff_id: uuid.UUID) -> None:
        self._set_busy(False)
        self.staff_id = staff_id
        self.accept()

    def done(self, result: int) -> None:
        self.generator.clear()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("saving a staff account failed", exc_info=exc)
        self._show(as_user_error(exc))

    def _show(self, exc: UserError) -> None:
        field = show_user_error(exc, self.errors, self.ui.error_label)
        if field in self._edits:
            self._edits[field].setFocus()


class _PasswordGenerator:
    """Beside a new-password field: the rule, a button that makes a password, and the made one
    shown in clear once (to hand over in person); typing instead hides it again."""

    def __init__(self, dialog: QDialog, form, error_label, edit, repeat) -> None:
        self.edit, self.repeat = edit, repeat
        self.rule = QLabel(dialog)
        self.rule.setObjectName("password_rule")
        self.rule.setWordWrap(True)
        self.button = QPushButton(dialog)
        self.button.setObjectName("generate_button")
        self.button.setAutoDefault(False)
        self.shown = QLabel(dialog)
        self.shown.setObjectName("generated_label")
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setVisible(False)
        row, _role = form.getWidgetPosition(error_label)
        form.insertRow(row, "", self.rule)
        form.insertRow(row + 1, "", self.button)
        form.insertRow(row + 2, "", self.shown)
        self.button.clicked.connect(self.generate)
        edit.textEdited.connect(self._typed)
        self._made: str | None = None

    def retranslate(self) -> None:
        self.rule.setText(i18n.message_text(PASSWORD_RULE))
        self.button.setText(QApplication.translate("StaffPage", "&Make a password"))
        if self._made:
            self._show()

    def generate(self) -> str:
        self._made = auth.generate_password()
        self.edit.setText(self._made)
        self.repeat.setText(self._made)
        self._show()
        return self._made

    def _show(self) -> None:
        self.shown.setText(QApplication.translate(
            "StaffPage", "The new password: {password} — give it to its owner in person; it is not shown again."
        ).format(password=self._made))
        self.shown.setVisible(True)

    def _typed(self, _text: str) -> None:
        self._made = None
        self.shown.clear()
        self.shown.setVisible(False)

    def clear(self) -> None:
        self._typed("")
        self.edit.clear()
        self.repeat.clear()


class ResetPasswordDialog(QDialog):
    """An administrator sets a new password for someone who forgot theirs."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self._busy = False
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self.errors = {"password": self.ui.password_error}
        clear_errors(self.errors, self.ui.error_label)
        self.generator = _PasswordGenerator(self, self.ui.form, self.ui.password_error, self.ui.password_edit,
                                            self.ui.password_repeat_edit)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self._retranslate()
        fit_height(self)
        self.ui.password_edit.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password: {name} ({login})").format(name=self.row.full_name,
                                                                               login=self.row.login))
        self.generator.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        if self._busy:
            return
        password = self.ui.password_edit.text()
        try:
            check_password(password, (self.row.login, self.row.full_name))
            if password != self.ui.password_repeat_edit.text():
                raise ValidationError("password", PASSWORDS_DIFFER)
        except UserError as exc:
            show_user_error(exc, self.errors, self.ui.error_label)
            self.ui.password_edit.setFocus()
            return
        db, actor, staff_id = self.ctx.db, self.ctx.actor, self.row.id
        self._busy = True
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.ctx.runner.run_in_background(lambda _p: auth.reset_password(db, actor, staff_id, password),
                                          on_success=self._saved, on_error=self._failed)

    def _saved(self, _result: object) -> None:
        self._busy = False
        self.accept()

    def done(self, result: int) -> None:
        self.generator.clear()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not isinstance(exc, UserError):
            log.error("resetting a password failed", exc_info=exc)
        show_user_error(as_user_error(exc), self.errors, self.ui.error_label)


class StaffPage(QWidget):
    """The table of staff accounts with Add, Edit, Deactivate/Activate and Reset password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._select_after_load: uuid.UUID | None = None
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((StaffTableModel.LOGIN, 140), (StaffTableModel.NAME, 260),
                              (StaffTableModel.ROLE, 160), (StaffTableModel.SPECIALIST_KIND, 220)):
            table.setColumnWidth(column, width)
        self.ui.error_label.setVisible(False)
        self.ui.filter_edit.textChanged.connect(self.proxy.set_text)
        self.ui.show_inactive_check.toggled.connect(self.proxy.set_show_inactive)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.ui.add_button.clicked.connect(self.add)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.toggle_active_button.clicked.connect(self.toggle_active_selected)
        self.ui.reset_password_button.clicked.connect(self.reset_password_selected)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self._retranslate()
        self._update_buttons()
        self.refresh()

    def _retranslate(self) -> None:
        self.ui.filter_edit.setPlaceholderText(self.tr("Filter by login or name"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: auth.list_staff(db, actor),
                                          on_success=self._loaded, on_error=self._failed)

    def _loaded(self, rows: list[StaffRow]) -> None:
        keep = self._select_after_load or (self.selected_row().id if self.selected_row() else None)
        self._select_after_load = None
        self.model.set_rows(rows)
        self.show_error("")
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, UserError):
            log.error("staff page: a service call failed", exc_info=exc)
        self.show_error(i18n.error_text(as_user_error(exc)))
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    # -- selection -----------------------------------------------------------------------------

    def selected_row(self) -> StaffRow | None:
        indexes = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        if not indexes:
            return None
        return indexes[0].data(StaffTableModel.ROW_ROLE)

    def select(self, staff_id: uuid.UUID) -> bool:
        row = self.model.row_of(staff_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.table.selectRow(index.row())
        self.ui.table.scrollTo(index)
        return True

    def _update_buttons(self, *_args) -> None:
        r = self.selected_row()
        self.ui.edit_button.setEnabled(r is not None and not self._busy)
        self.ui.reset_password_button.setEnabled(r is not None and not self._busy)
        self.ui.toggle_active_button.setEnabled(r is not None and not self._busy)
        self.ui.toggle_active_button.setText(self.tr("&Activate") if r is not None and not r.active
                                             else self.tr("&Deactivate"))

    # -- actions -------------------------------------------------------------------------------

    def add(self) -> StaffDialog:
        dialog = StaffDialog(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._changed(dialog.staff_id))
        dialog.open()
        return dialog

    def edit_selected(self) -> StaffDialog | None:
        r = self.selected_row()
        if r is None:
            return None
        dialog = StaffDialog(self.ctx, r, self)
        dialog.accepted.connect(lambda: self._changed(r.id))
        dialog.open()
        return dialog

    def reset_password_selected(self) -> ResetPasswordDialog | None:
        r = self.selected_row()
        if r is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, r, self)
        dialog.open()
        return dialog

    def toggle_active_selected(self) -> None:
        """Deactivating keeps the account and its history; it only stops its logins."""
        r = self.selected_row()
        if r is None or self._busy:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._busy = True
        self._update_buttons()

        def job(_progress):
            auth.update_staff(db, actor, r.id, full_name=r.full_name, role=r.role,
                              specialist_kind=r.specialist_kind, active=not r.active)
            return r.id
        self.ctx.runner.run_in_background(job, on_success=self._toggled, on_error=self._failed)

    def _toggled(self, staff_id: uuid.UUID) -> None:
        self._busy = False
        self._changed(staff_id)

    def _changed(self, staff_id: uuid.UUID | None) -> None:
        self._select_after_load = staff_id
        self.refresh()
