# Generated from ui/staff_dialog.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(460, 420)
        self.dialog_layout = QVBoxLayout(StaffDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.login_caption = QLabel(StaffDialog)
        self.login_caption.setObjectName(u"login_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_caption)

        self.login_edit = QLineEdit(StaffDialog)
        self.login_edit.setObjectName(u"login_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.login_error = QLabel(StaffDialog)
        self.login_error.setObjectName(u"login_error")
        self.login_error.setStyleSheet(u"color: #b00020;")
        self.login_error.setText(u"")
        self.login_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.login_error)

        self.full_name_caption = QLabel(StaffDialog)
        self.full_name_caption.setObjectName(u"full_name_caption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_caption)

        self.full_name_edit = QLineEdit(StaffDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.full_name_error = QLabel(StaffDialog)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setStyleSheet(u"color: #b00020;")
        self.full_name_error.setText(u"")
        self.full_name_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_error)

        self.role_caption = QLabel(StaffDialog)
        self.role_caption.setObjectName(u"role_caption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_combo = QComboBox(StaffDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.specialist_kind_caption = QLabel(StaffDialog)
        self.specialist_kind_caption.setObjectName(u"specialist_kind_caption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.specialist_kind_caption)

        self.specialist_kind_combo = QComboBox(StaffDialog)
        self.specialist_kind_combo.setObjectName(u"specialist_kind_combo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.specialist_kind_combo)

        self.specialist_kind_error = QLabel(StaffDialog)
        self.specialist_kind_error.setObjectName(u"specialist_kind_error")
        self.specialist_kind_error.setStyleSheet(u"color: #b00020;")
        self.specialist_kind_error.setText(u"")
        self.specialist_kind_error.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.specialist_kind_error)

        self.password_caption = QLabel(StaffDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(StaffDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_caption = QLabel(StaffDialog)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(StaffDialog)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)

        self.password_error = QLabel(StaffDialog)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setStyleSheet(u"color: #b00020;")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password_error)

        self.active_check = QCheckBox(StaffDialog)
        self.active_check.setObjectName(u"active_check")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.dialog_layout.addLayout(self.form)

        self.error_label = QLabel(StaffDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(StaffDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.login_caption.setBuddy(self.login_edit)
        self.full_name_caption.setBuddy(self.full_name_edit)
        self.role_caption.setBuddy(self.role_combo)
        self.specialist_kind_caption.setBuddy(self.specialist_kind_combo)
        self.password_caption.setBuddy(self.password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff account", None))
        self.login_caption.setText(QCoreApplication.translate("StaffDialog", u"&Login:", None))
        self.full_name_caption.setText(QCoreApplication.translate("StaffDialog", u"&Full name:", None))
        self.role_caption.setText(QCoreApplication.translate("StaffDialog", u"&Role:", None))
        self.specialist_kind_caption.setText(QCoreApplication.translate("StaffDialog", u"&Specialist kind:", None))
        self.password_caption.setText(QCoreApplication.translate("StaffDialog", u"&Password:", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("StaffDialog", u"Repeat the pass&word:", None))
        self.active_check.setText(QCoreApplication.translate("StaffDialog", u"Account &active", None))
    # retranslateUi

