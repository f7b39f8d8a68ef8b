# Generated from ui/staff_reset_pin.ui by tools/compile_forms.py (pyside6-uic); do not edit.
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

class Ui_ResetPinDialog(object):
    def setupUi(self, ResetPinDialog):
        if not ResetPinDialog.objectName():
            ResetPinDialog.setObjectName(u"ResetPinDialog")
        ResetPinDialog.resize(460, 220)
        self.dialog_layout = QVBoxLayout(ResetPinDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ResetPinDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pin_caption = QLabel(ResetPinDialog)
        self.pin_caption.setObjectName(u"pin_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pin_caption)

        self.pin_edit = QLineEdit(ResetPinDialog)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pin_edit)

        self.pin_repeat_caption = QLabel(ResetPinDialog)
        self.pin_repeat_caption.setObjectName(u"pin_repeat_caption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pin_repeat_caption)

        self.pin_repeat_edit = QLineEdit(ResetPinDialog)
        self.pin_repeat_edit.setObjectName(u"pin_repeat_edit")
        self.pin_repeat_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pin_repeat_edit)

        self.pin_error = QLabel(ResetPinDialog)
        self.pin_error.setObjectName(u"pin_error")
        self.pin_error.setStyleSheet(u"color: #b00020;")
        self.pin_error.setText(u"")
        self.pin_error.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pin_error)


        self.dialog_layout.addLayout(self.form)

        self.error_label = QLabel(ResetPinDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(ResetPinDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pin_caption.setBuddy(self.pin_edit)
        self.pin_repeat_caption.setBuddy(self.pin_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPinDialog)

        QMetaObject.connectSlotsByName(ResetPinDialog)
    # setupUi

    def retranslateUi(self, ResetPinDialog):
        ResetPinDialog.setWindowTitle(QCoreApplication.translate("ResetPinDialog", u"Reset PIN", None))
        self.intro_label.setText(QCoreApplication.translate("ResetPinDialog", u"Set a new PIN for this account and tell it to its owner in person.", None))
        self.pin_caption.setText(QCoreApplication.translate("ResetPinDialog", u"New &PIN or password:", None))
        self.pin_repeat_caption.setText(QCoreApplication.translate("ResetPinDialog", u"Repeat the P&IN:", None))
    # retranslateUi

