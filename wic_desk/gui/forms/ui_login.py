# Generated from ui/login.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 230)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 20, 24, 16)
        self.centre_label = QLabel(LoginDialog)
        self.centre_label.setObjectName(u"centre_label")
        self.centre_label.setText(u"")
        self.centre_label.setWordWrap(True)

        self.layout.addWidget(self.centre_label)

        self.desk_label = QLabel(LoginDialog)
        self.desk_label.setObjectName(u"desk_label")
        self.desk_label.setText(u"")

        self.layout.addWidget(self.desk_label)

        self.demo_label = QLabel(LoginDialog)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setText(u"")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.demo_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.login_caption = QLabel(LoginDialog)
        self.login_caption.setObjectName(u"login_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_caption)

        self.login_edit = QLineEdit(LoginDialog)
        self.login_edit.setObjectName(u"login_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.password_caption = QLabel(LoginDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(LoginDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.error_label = QLabel(LoginDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.error_label)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.language_combo = QComboBox(LoginDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.buttons.addWidget(self.language_combo)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_spacer)

        self.quit_button = QPushButton(LoginDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.buttons.addWidget(self.quit_button)

        self.login_button = QPushButton(LoginDialog)
        self.login_button.setObjectName(u"login_button")

        self.buttons.addWidget(self.login_button)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.login_caption.setBuddy(self.login_edit)
        self.password_caption.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.login_button)
        QWidget.setTabOrder(self.login_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.language_combo)

        self.retranslateUi(LoginDialog)

        self.login_button.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"WIC Desk \u2014 log in", None))
        self.login_caption.setText(QCoreApplication.translate("LoginDialog", u"&Login:", None))
        self.password_caption.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
        self.quit_button.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.login_button.setText(QCoreApplication.translate("LoginDialog", u"Log &in", None))
    # retranslateUi

