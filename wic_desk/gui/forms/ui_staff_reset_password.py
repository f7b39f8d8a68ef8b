# Generated from ui/staff_reset_password.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(460, 220)
        self.dialog_layout = QVBoxLayout(ResetPasswordDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ResetPasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.password_caption = QLabel(ResetPasswordDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(ResetPasswordDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_caption = QLabel(ResetPasswordDialog)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(ResetPasswordDialog)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)

        self.password_error = QLabel(ResetPasswordDialog)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setStyleSheet(u"color: #b00020;")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_error)


        self.dialog_layout.addLayout(self.form)

        self.error_label = QLabel(ResetPasswordDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(ResetPasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_caption.setBuddy(self.password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.intro_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"Set a new password for this account (type one, or let the app make one) and tell it to its owner in person. Their lock-screen PIN is removed, and a lock-out of the account is lifted.", None))
        self.password_caption.setText(QCoreApplication.translate("ResetPasswordDialog", u"New &password:", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("ResetPasswordDialog", u"Repeat the pass&word:", None))
    # retranslateUi

