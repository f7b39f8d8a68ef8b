# Generated from ui/settings_dialog.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 180)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.idle_lock_caption = QLabel(SettingsDialog)
        self.idle_lock_caption.setObjectName(u"idle_lock_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idle_lock_caption)

        self.idle_lock_spin = QSpinBox(SettingsDialog)
        self.idle_lock_spin.setObjectName(u"idle_lock_spin")
        self.idle_lock_spin.setMinimum(1)
        self.idle_lock_spin.setMaximum(240)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idle_lock_spin)

        self.idle_lock_error = QLabel(SettingsDialog)
        self.idle_lock_error.setObjectName(u"idle_lock_error")
        self.idle_lock_error.setStyleSheet(u"color: #b00020;")
        self.idle_lock_error.setText(u"")
        self.idle_lock_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idle_lock_error)


        self.dialog_layout.addLayout(self.form)

        self.error_label = QLabel(SettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.idle_lock_caption.setBuddy(self.idle_lock_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.idle_lock_caption.setText(QCoreApplication.translate("SettingsDialog", u"&Lock the desk after (minutes without use):", None))
    # retranslateUi

